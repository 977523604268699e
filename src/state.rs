//! The widget's state: the core's [`Flow`] plus the interface language and
//! whether a restart is being confirmed.

use peer_compass_core::{Flow, Lang, Step};
use std::rc::Rc;
use yew::Reducible;

/// Everything the widget remembers while it runs.
#[derive(Clone, Debug, PartialEq)]
pub struct State {
    /// Screen and answers.
    pub flow: Flow,
    /// Interface and content language.
    pub lang: Lang,
    /// Whether "Start again?" is being asked.
    pub confirming_restart: bool,
    /// Whether the person has taken a step since the widget loaded (notices
    /// about their saved answers go then).
    pub stepped: bool,
    /// Whether the person wants their answers saved in this browser (only
    /// offered when the site turns saving on).
    pub saving: bool,
}

/// What the interface can ask the state to do.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Action {
    /// A step through the questionnaire.
    Step(Step),
    /// Switch language; answers are kept.
    Lang(Lang),
    /// Ask "Start again?".
    AskRestart,
    /// Keep the answers after all.
    CancelRestart,
    /// Save answers in this browser, or stop and forget them.
    Saving(bool),
}

impl State {
    /// A fresh start.
    pub fn new(items: usize, lang: Lang) -> State {
        State {
            flow: Flow::new(items),
            lang,
            confirming_restart: false,
            stepped: false,
            saving: true,
        }
    }
}

impl Reducible for State {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut state = (*self).clone();
        match action {
            Action::Step(step) => {
                state.flow = state.flow.step(step);
                state.confirming_restart = false;
                state.stepped = true;
            }
            Action::Lang(lang) => state.lang = lang,
            Action::AskRestart => state.confirming_restart = true,
            Action::CancelRestart => state.confirming_restart = false,
            Action::Saving(saving) => state.saving = saving,
        }
        Rc::new(state)
    }
}
