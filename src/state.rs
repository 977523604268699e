//! The widget's state: the core's [`Flow`], the language shown, whether the
//! person has taken a step yet (focus moves only after one), what they chose
//! to keep, what they have open, the message of their last action and the
//! question awaiting an answer. [`State::reduce`] is plain
//! Rust, tested natively; effects (storage, the completion event, files,
//! focus) happen in `App` (`app.rs`).

use peer_compass_core::record::{DataError, Record};
use peer_compass_core::{Answers, Flow, Lang, Step};

/// Progress kept on the device, offered on the welcome screen.
#[derive(Clone, Debug, PartialEq)]
pub struct Resume {
    /// Where to continue.
    pub flow: Flow,
    /// When it was kept (ISO 8601), or empty when not known.
    pub date: String,
    /// When it came from an earlier questionnaire version: how many answers
    /// carried over.
    pub carried: Option<usize>,
}

/// A past or imported result the person has open.
#[derive(Clone, Debug, PartialEq)]
pub struct Viewing {
    /// The result as it was.
    pub record: Record,
    /// Its answers as they fit this questionnaire, and how many carried over
    /// (`None` when its version is unknown here).
    pub answers: Option<(Answers, usize)>,
    /// Whether it came from a file (rather than from this device's history).
    pub imported: bool,
}

/// A question asked before something that cannot be undone.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Confirm {
    /// Start again, clearing the answers?
    Restart,
    /// Forget everything kept on this device?
    Forget,
}

/// A one-off message for the person.
#[derive(Clone, Debug, PartialEq)]
pub enum Message {
    /// Everything kept on the device was deleted.
    Forgotten,
    /// The browser refused to keep the answers.
    StorageFailed,
    /// A file could not be opened, and why.
    ImportFailed(DataError),
    /// The result was sent to the site.
    Shared,
    /// The share code was copied (`true`), or copying did not work.
    Copied(bool),
    /// A file was offered for download, with this name.
    Downloaded(String),
}

/// Everything the widget remembers while it runs.
#[derive(Clone, Debug, PartialEq)]
pub struct State {
    /// Screen and answers.
    pub flow: Flow,
    /// Interface and content language.
    pub lang: Lang,
    /// Whether the person has taken a step since the widget loaded (notices
    /// about what was kept go then).
    pub stepped: bool,
    /// Whether the person wants their answers remembered on this device.
    pub remember: bool,
    /// Finished results kept on this device, oldest first.
    pub history: Vec<Record>,
    /// Kept progress, offered until the person continues or starts afresh.
    pub resume: Option<Resume>,
    /// A past or imported result that is open.
    pub viewing: Option<Viewing>,
    /// The earlier result the current one is compared with, by index into
    /// `history`; `None` compares with the last one before it.
    pub compare: Option<usize>,
    /// What to tell the person now.
    pub message: Option<Message>,
    /// The question being asked before something that cannot be undone.
    pub confirm: Option<Confirm>,
}

/// What the interface can ask the state to do.
#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    /// A step through the questionnaire.
    Step(Step),
    /// Switch language; answers are kept.
    Lang(Lang),
    /// Remember the answers on this device, or stop and delete what was kept.
    Remember(bool),
    /// Continue the kept progress (`true`), or start afresh.
    Resume(bool),
    /// A result was reached while remembered: keep it.
    Finished(Record),
    /// Open a past or imported result.
    Open(Viewing),
    /// Close it.
    Close,
    /// Carry on from the open result's answers, on the check page.
    ContinueFrom,
    /// Compare with this earlier result.
    Compare(usize),
    /// Delete this earlier result.
    Delete(usize),
    /// Everything kept on the device was deleted.
    Forgotten,
    /// Show a message, or clear it.
    Say(Option<Message>),
    /// Ask before something that cannot be undone, or stop asking.
    Ask(Option<Confirm>),
}

impl State {
    /// The state a widget starts in.
    pub fn new(flow: Flow, lang: Lang) -> State {
        State {
            flow,
            lang,
            stepped: false,
            remember: false,
            history: Vec::new(),
            resume: None,
            viewing: None,
            compare: None,
            message: None,
            confirm: None,
        }
    }

    /// The earlier result to compare the current one with: the chosen one,
    /// or the last kept result before the current one.
    pub fn earlier(&self) -> Option<&Record> {
        match self.compare {
            Some(index) => self.history.get(index),
            // The current result is the last one kept, once it is kept.
            None if self.remember => self.history.iter().rev().nth(1),
            None => self.history.last(),
        }
    }
}

impl State {
    /// The state after `action`.
    pub fn reduce(&self, action: Action) -> State {
        let mut state = self.clone();
        // A question stays only while nothing else happens.
        state.confirm = None;
        match action {
            Action::Step(step) => {
                state.flow = state.flow.step(step);
                state.stepped = true;
                state.resume = None;
                state.message = None;
            }
            Action::Lang(lang) => state.lang = lang,
            Action::Remember(remember) => {
                state.remember = remember;
                if !remember {
                    state.history.clear();
                    state.compare = None;
                    state.resume = None;
                }
            }
            Action::Resume(resume) => {
                if let (true, Some(kept)) = (resume, state.resume.take()) {
                    state.flow = kept.flow;
                }
                state.resume = None;
                state.stepped = true;
            }
            Action::Finished(record) => {
                let same = state.history.last().is_some_and(|last| {
                    last.answers == record.answers
                        && last.questionnaire_version == record.questionnaire_version
                });
                if !same {
                    state.history.push(record);
                }
            }
            Action::Open(viewing) => {
                state.viewing = Some(viewing);
                state.message = None;
            }
            Action::Close => state.viewing = None,
            Action::ContinueFrom => {
                if let Some((answers, _)) = state.viewing.take().and_then(|v| v.answers) {
                    state.flow = Flow {
                        screen: peer_compass_core::Screen::Check,
                        answers,
                        returning: false,
                    };
                    state.resume = None;
                    state.stepped = true;
                }
            }
            Action::Compare(index) => state.compare = Some(index),
            Action::Delete(index) => {
                if index < state.history.len() {
                    state.history.remove(index);
                }
                state.compare = None;
            }
            Action::Forgotten => {
                state.remember = false;
                state.history.clear();
                state.resume = None;
                state.compare = None;
                state.message = Some(Message::Forgotten);
            }
            Action::Say(message) => state.message = message,
            Action::Ask(confirm) => state.confirm = confirm,
        }
        state
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use peer_compass_core::{assess, Answer, Content, Screen};

    fn content() -> Content {
        Content::builtin().unwrap()
    }

    fn start() -> State {
        State::new(Flow::new(3), Lang::En)
    }

    fn run(state: State, actions: &[Action]) -> State {
        actions
            .iter()
            .fold(state, |state, action| state.reduce(action.clone()))
    }

    fn record(answers: &Answers, date: &str) -> Record {
        let content = content();
        let mut all = Answers::new(content.items().len());
        for (i, a) in answers.slots().iter().enumerate() {
            all.set(i, *a);
        }
        Record::new(&content, &all, &assess(&content, &all), "en", date)
    }

    #[test]
    fn steps_go_to_the_flow_and_mark_that_the_person_moved() {
        let state = run(
            start(),
            &[
                Action::Step(Step::Start),
                Action::Step(Step::Answer(Some(Answer::Point(4)))),
            ],
        );
        assert_eq!(state.flow.screen, Screen::Question(0));
        assert_eq!(state.flow.answers.get(0), Some(Answer::Point(4)));
        assert!(state.stepped);
    }

    #[test]
    fn language_and_remembering_change_nothing_else() {
        let steps = [
            Action::Step(Step::Start),
            Action::Step(Step::Answer(Some(Answer::Point(1)))),
        ];
        let before = run(start(), &steps);
        let after = run(
            before.clone(),
            &[Action::Lang(Lang::Nb), Action::Remember(true)],
        );
        assert_eq!((after.lang, after.remember), (Lang::Nb, true));
        assert_eq!((&after.flow, after.stepped), (&before.flow, before.stepped));
        assert!(!run(start(), &[Action::Lang(Lang::Nb), Action::Remember(true)]).stepped);
    }

    #[test]
    fn kept_progress_is_offered_and_taken_or_left() {
        let kept = Flow::new(3).step(Step::Start).step(Step::Next);
        let offered = State {
            resume: Some(Resume {
                flow: kept.clone(),
                date: "d".into(),
                carried: None,
            }),
            remember: true,
            ..State::new(Flow::new(3), Lang::En)
        };
        let taken = run(offered.clone(), &[Action::Resume(true)]);
        assert_eq!((taken.flow.clone(), taken.resume.clone()), (kept, None));
        let left = run(offered.clone(), &[Action::Resume(false)]);
        assert_eq!(
            (left.flow.clone(), left.resume.clone()),
            (Flow::new(3), None)
        );
        // Any step leaves it too, and turning remembering off drops it.
        assert_eq!(
            run(offered.clone(), &[Action::Step(Step::Start)]).resume,
            None
        );
        assert_eq!(run(offered, &[Action::Remember(false)]).resume, None);
    }

    #[test]
    fn results_are_kept_once_compared_deleted_and_forgotten() {
        let one = Answers::from_slots(vec![Some(Answer::Point(4))]);
        let two = Answers::from_slots(vec![Some(Answer::Point(2))]);
        let state = run(
            State {
                remember: true,
                ..State::new(Flow::new(3), Lang::En)
            },
            &[
                Action::Finished(record(&one, "1")),
                Action::Finished(record(&one, "2")),
                Action::Finished(record(&two, "3")),
            ],
        );
        // The same answers again are not a new result.
        let dates: Vec<&str> = state.history.iter().map(|r| r.date.as_str()).collect();
        assert_eq!(dates, ["1", "3"]);
        // Compared with the one before the current result, unless chosen.
        assert_eq!(state.earlier().map(|r| r.date.as_str()), Some("1"));
        let chosen = run(state.clone(), &[Action::Compare(1)]);
        assert_eq!(chosen.earlier().map(|r| r.date.as_str()), Some("3"));
        let deleted = run(chosen, &[Action::Delete(0), Action::Delete(7)]);
        assert_eq!(deleted.history.len(), 1);
        assert_eq!(deleted.compare, None);
        let forgotten = run(deleted, &[Action::Forgotten]);
        assert_eq!((forgotten.remember, forgotten.history.len()), (false, 0));
        assert_eq!(forgotten.message, Some(Message::Forgotten));
    }

    #[test]
    fn an_open_result_can_be_continued_on_the_check_page() {
        let answers = Answers::from_slots(vec![Some(Answer::Point(5)), None, None]);
        let viewing = Viewing {
            record: record(&answers, "d"),
            answers: Some((answers.clone(), 1)),
            imported: true,
        };
        let state = run(
            start(),
            &[Action::Open(viewing.clone()), Action::ContinueFrom],
        );
        assert_eq!(state.viewing, None);
        assert_eq!(
            (state.flow.screen, &state.flow.answers),
            (Screen::Check, &answers)
        );
        // One from an unknown version can be looked at and closed, not continued.
        let unknown = Viewing {
            answers: None,
            ..viewing
        };
        let state = run(start(), &[Action::Open(unknown), Action::ContinueFrom]);
        assert_eq!(state.flow, Flow::new(3));
        assert_eq!(run(state, &[Action::Close]).viewing, None);
    }

    #[test]
    fn a_question_before_an_undoable_act_lasts_until_anything_else_happens() {
        let asked = run(start(), &[Action::Ask(Some(Confirm::Restart))]);
        assert_eq!(asked.confirm, Some(Confirm::Restart));
        assert_eq!(run(asked.clone(), &[Action::Ask(None)]).confirm, None);
        assert_eq!(
            run(asked.clone(), &[Action::Ask(Some(Confirm::Forget))]).confirm,
            Some(Confirm::Forget)
        );
        for other in [
            Action::Lang(Lang::Nb),
            Action::Step(Step::Back),
            Action::Say(Some(Message::Copied(true))),
            Action::Compare(0),
        ] {
            assert_eq!(
                run(asked.clone(), std::slice::from_ref(&other)).confirm,
                None,
                "{other:?}"
            );
        }
    }
}
