//! The way through the questionnaire: welcome, one question per screen,
//! check your answers, result. A plain state machine the widget wraps.

use crate::answers::{Answer, Answers};

/// Where the person is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Screen {
    /// What the tool is, how long it takes, that nothing leaves the device.
    Welcome,
    /// The question at this item index.
    Question(usize),
    /// Every answer, each with a way to change it.
    Check,
    /// Placement, profile and suggestions.
    Result,
}

/// A step the person takes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Step {
    /// From the welcome screen to the first question.
    Start,
    /// Answer (or clear) the current question; never moves on by itself.
    Answer(Option<Answer>),
    /// On to the next question, or back to the check page after a change.
    Next,
    /// Back one screen.
    Back,
    /// From the check page to a question, to return there after it.
    Change(usize),
    /// From the check page to the result.
    SeeResult,
    /// Clear every answer and go back to the welcome screen.
    Restart,
}

/// The person's place and answers.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Flow {
    /// The current screen.
    pub screen: Screen,
    /// Answers so far; skipping is always allowed.
    pub answers: Answers,
    /// Whether the current question was opened from the check page.
    pub returning: bool,
}

impl Flow {
    /// A fresh start for a questionnaire of `items` items.
    pub fn new(items: usize) -> Flow {
        Flow {
            screen: Screen::Welcome,
            answers: Answers::new(items),
            returning: false,
        }
    }

    /// The flow after `step`. Steps that make no sense on the current screen
    /// leave it as it is.
    pub fn step(mut self, step: Step) -> Flow {
        let last = self.answers.len().saturating_sub(1);
        let is_empty = self.answers.is_empty();
        let screen = match (self.screen, step) {
            (_, Step::Restart) => return Flow::new(self.answers.len()),
            (Screen::Welcome, Step::Start) if is_empty => Screen::Check,
            (Screen::Welcome, Step::Start) => Screen::Question(0),
            (Screen::Question(index), Step::Answer(answer)) => {
                self.answers.set(index, answer);
                Screen::Question(index)
            }
            (Screen::Question(_), Step::Next | Step::Back) if self.returning => Screen::Check,
            (Screen::Question(index), Step::Next) if index < last => Screen::Question(index + 1),
            (Screen::Question(_), Step::Next) => Screen::Check,
            (Screen::Question(0), Step::Back) => Screen::Welcome,
            (Screen::Question(index), Step::Back) => Screen::Question(index - 1),
            (Screen::Check, Step::Change(index)) if index <= last && !is_empty => {
                self.returning = true;
                return Flow {
                    screen: Screen::Question(index),
                    ..self
                };
            }
            (Screen::Check, Step::Back) if is_empty => Screen::Welcome,
            (Screen::Check, Step::Back) => Screen::Question(last),
            (Screen::Check, Step::SeeResult) => Screen::Result,
            (Screen::Result, Step::Back) => Screen::Check,
            (screen, _) => screen,
        };
        if screen != self.screen {
            self.returning = false;
        }
        Flow { screen, ..self }
    }

    /// Whether nothing has happened yet: the welcome screen, no answers.
    pub fn is_fresh(&self) -> bool {
        *self == Flow::new(self.answers.len())
    }

    /// Progress through the questions as (question number from 1, total).
    pub fn progress(&self) -> Option<(usize, usize)> {
        match self.screen {
            Screen::Question(index) => Some((index + 1, self.answers.len())),
            _ => None,
        }
    }
}
