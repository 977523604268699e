//! The widget's state: the core's [`Flow`], the language shown, whether the
//! person has taken a step yet, and whether they want their answers
//! remembered. [`State::reduce`] is plain Rust, tested natively; effects
//! (saving, the completion event, focus) happen in the components.

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
    /// Whether the person has taken a step since the widget loaded (notices
    /// about their saved answers go then).
    pub stepped: bool,
    /// Whether the person wants their answers remembered on this device
    /// (offered only when the site allows saving).
    pub remember: bool,
}

/// What the interface can ask the state to do.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Action {
    /// A step through the questionnaire.
    Step(Step),
    /// Switch language; answers are kept.
    Lang(Lang),
    /// Remember the answers on this device, or stop and forget them.
    Remember(bool),
}

impl Reducible for State {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut state = (*self).clone();
        match action {
            Action::Step(step) => {
                state.flow = state.flow.step(step);
                state.stepped = true;
            }
            Action::Lang(lang) => state.lang = lang,
            Action::Remember(remember) => state.remember = remember,
        }
        Rc::new(state)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use peer_compass_core::{Answer, Screen};

    fn start() -> Rc<State> {
        Rc::new(State {
            flow: Flow::new(3),
            lang: Lang::En,
            stepped: false,
            remember: true,
        })
    }

    fn run(actions: &[Action]) -> Rc<State> {
        actions
            .iter()
            .fold(start(), |state, &action| state.reduce(action))
    }

    #[test]
    fn steps_go_to_the_flow_and_mark_that_the_person_moved() {
        let state = run(&[
            Action::Step(Step::Start),
            Action::Step(Step::Answer(Some(Answer::Point(4)))),
        ]);
        assert_eq!(state.flow.screen, Screen::Question(0));
        assert_eq!(state.flow.answers.get(0), Some(Answer::Point(4)));
        assert!(state.stepped);
    }

    #[test]
    fn language_and_remembering_change_nothing_else() {
        let before = run(&[
            Action::Step(Step::Start),
            Action::Step(Step::Answer(Some(Answer::Point(1)))),
        ]);
        let after = run(&[
            Action::Step(Step::Start),
            Action::Step(Step::Answer(Some(Answer::Point(1)))),
            Action::Lang(Lang::Nb),
            Action::Remember(false),
        ]);
        assert_eq!((after.lang, after.remember), (Lang::Nb, false));
        assert_eq!((&after.flow, after.stepped), (&before.flow, before.stepped));
        // Neither counts as a step through the questions.
        assert!(!run(&[Action::Lang(Lang::Nb), Action::Remember(false)]).stepped);
    }
}
