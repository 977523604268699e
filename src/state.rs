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
}

impl State {
    /// A fresh start.
    pub fn new(items: usize, lang: Lang) -> State {
        State {
            flow: Flow::new(items),
            lang,
            confirming_restart: false,
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
            }
            Action::Lang(lang) => state.lang = lang,
            Action::AskRestart => state.confirming_restart = true,
            Action::CancelRestart => state.confirming_restart = false,
        }
        Rc::new(state)
    }
}
