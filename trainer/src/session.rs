//! The trainer's session: the codes counted in each round, what became of
//! the last codes added, and the trainer's choices. A plain reducer
//! ([`State::apply`]), tested natively; the component only dispatches.

use crate::keeping::Kept;
use peer_compass_core::code::{find, CodeError, Shared};
use peer_compass_core::group::{judge, Entry};
use peer_compass_core::Content;
use std::collections::HashSet;
use std::rc::Rc;
use yew::Reducible;

/// Rounds of codes a session holds: a first and a second (before and after).
pub const ROUNDS: usize = 2;

/// How much of a text that is not a code is shown back, in characters.
const SHOWN: usize = 40;

/// Where codes came from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Source {
    /// Pasted text: codes one per line, or a chat log they are picked out of.
    Paste,
    /// A text file, read as pasted text.
    File,
    /// One code typed by hand.
    Typed,
    /// A scanned link's `#code=…` (already split into codes).
    Link,
}

/// What became of one code.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Outcome {
    /// Read, for this questionnaire, and counted.
    Counted,
    /// The same as a code counted before, counted again when the trainer
    /// said so (two people can have the same result).
    CountedAgain,
    /// The same as a code counted before in this round: not counted unless
    /// the trainer says so.
    Duplicate,
    /// From another questionnaire version (named, if known).
    OtherVersion(Option<String>),
    /// Not a code that reads.
    Unreadable(CodeError),
}

impl Outcome {
    /// Whether the code is in the round now.
    pub fn counted(&self) -> bool {
        matches!(self, Outcome::Counted | Outcome::CountedAgain)
    }
}

/// One code of a batch, as given, and what became of it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Report {
    /// The code as it reads (grouped) when it reads, else the text given.
    pub text: String,
    /// What became of it.
    pub outcome: Outcome,
    /// The code read, kept for "Count it again".
    shared: Option<Shared>,
}

/// The codes added at once, and what became of each.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Batch {
    /// Where they came from.
    pub source: Source,
    /// The round they went to.
    pub round: usize,
    /// One report per code found, in order (empty: none was found).
    pub reports: Vec<Report>,
}

impl Batch {
    /// How many were counted.
    pub fn counted(&self) -> usize {
        self.reports.iter().filter(|r| r.outcome.counted()).count()
    }

    /// How many were not.
    pub fn not_counted(&self) -> usize {
        self.reports.len() - self.counted()
    }
}

/// Something done to the session that is worth saying out loud.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Status {
    /// A code was removed.
    Removed(String),
    /// A round was cleared.
    Cleared(usize),
}

/// The whole session.
#[derive(Clone, Debug, PartialEq)]
pub struct State {
    /// The questionnaire the codes must come from.
    pub content: Rc<Content>,
    /// The codes counted in each round, in the order they were added.
    pub rounds: [Vec<Shared>; ROUNDS],
    /// The round codes are added to, and the one the picture shows.
    pub round: usize,
    /// The last codes added.
    pub batch: Option<Batch>,
    /// The last removal or clearing.
    pub status: Option<Status>,
    /// Whether the trainer chose to keep the session on this device.
    pub keep: bool,
    /// The questionnaire's address, to show as a QR code.
    pub questionnaire: String,
    /// Counts every change to what [`Kept`] holds, so that the component
    /// writes, and draws the picture again, only when something changed.
    pub revision: u64,
}

/// What the trainer does.
#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    /// Adds the codes in `text` to the current round.
    Add {
        /// Where the text came from.
        source: Source,
        /// The text.
        text: String,
    },
    /// Counts the duplicate at this position of the last batch after all.
    CountAgain(usize),
    /// Removes the code at this position of the current round.
    Remove(usize),
    /// Empties the current round.
    Clear,
    /// Adds codes to, and shows, this round from now on.
    Round(usize),
    /// Keeps the session on this device, or stops keeping it.
    Keep(bool),
    /// Sets the questionnaire's address.
    Questionnaire(String),
    /// Takes over what another tab of the trainer page kept.
    Restore(Kept),
}

impl State {
    /// An empty session for `content`, with the questionnaire's address if
    /// the page gave one.
    pub fn new(content: Rc<Content>, questionnaire: Option<String>) -> State {
        State {
            content,
            rounds: Default::default(),
            round: 0,
            batch: None,
            status: None,
            keep: false,
            questionnaire: questionnaire.unwrap_or_default(),
            revision: 0,
        }
    }

    /// The codes of the current round.
    pub fn codes(&self) -> &[Shared] {
        &self.rounds[self.round]
    }

    /// What is kept on the device, when the trainer chose so.
    pub fn kept(&self) -> Kept {
        Kept {
            rounds: self.rounds.clone(),
            round: self.round,
            questionnaire: self.questionnaire.clone(),
        }
    }

    /// The state after `action`.
    pub fn apply(mut self, action: Action) -> State {
        match action {
            Action::Add { source, text } => {
                let round = self.round;
                // The round's codes as a set, so that a batch of thousands
                // is checked in linear time.
                let mut seen: HashSet<Shared> = self.rounds[round].iter().cloned().collect();
                let reports = candidates(source, &text)
                    .into_iter()
                    .map(|(candidate, read)| self.add(round, &mut seen, &candidate, read))
                    .collect();
                self.batch = Some(Batch {
                    source,
                    round,
                    reports,
                });
                self.status = None;
                self.revision += 1;
            }
            Action::CountAgain(index) => {
                let Some(batch) = &mut self.batch else {
                    return self;
                };
                let Some(report) = batch.reports.get_mut(index) else {
                    return self;
                };
                if let (Outcome::Duplicate, Some(shared)) = (&report.outcome, &report.shared) {
                    self.rounds[batch.round].push(shared.clone());
                    report.outcome = Outcome::CountedAgain;
                    self.revision += 1;
                }
            }
            Action::Remove(index) => {
                if index < self.rounds[self.round].len() {
                    let removed = self.rounds[self.round].remove(index);
                    self.status = Some(Status::Removed(removed.code()));
                    self.batch = None;
                    self.revision += 1;
                }
            }
            Action::Clear => {
                self.rounds[self.round].clear();
                self.status = Some(Status::Cleared(self.round));
                self.batch = None;
                self.revision += 1;
            }
            Action::Round(round) => {
                if round < ROUNDS && round != self.round {
                    self.round = round;
                    self.batch = None;
                    self.status = None;
                    self.revision += 1;
                }
            }
            Action::Keep(keep) => {
                self.keep = keep;
                self.revision += 1;
            }
            Action::Questionnaire(address) => {
                self.questionnaire = address;
                self.revision += 1;
            }
            Action::Restore(kept) => {
                self.rounds = kept.rounds;
                self.round = kept.round.min(ROUNDS - 1);
                self.questionnaire = kept.questionnaire;
                self.batch = None;
                self.status = None;
                self.keep = true;
                self.revision += 1;
            }
        }
        self
    }

    /// Checks one code and counts it in `round` if it reads and is new there.
    fn add(
        &mut self,
        round: usize,
        seen: &mut HashSet<Shared>,
        candidate: &str,
        read: Result<Shared, CodeError>,
    ) -> Report {
        let shared = read.as_ref().ok().cloned();
        let entry = judge(&self.content, seen, read);
        let text = match &shared {
            Some(shared) => shared.code(),
            None => shown(candidate),
        };
        let outcome = match entry {
            Entry::Counted(shared) => {
                seen.insert(shared.clone());
                self.rounds[round].push(shared);
                Outcome::Counted
            }
            Entry::Duplicate => Outcome::Duplicate,
            Entry::OtherVersion(version) => Outcome::OtherVersion(version),
            Entry::Unreadable(error) => Outcome::Unreadable(error),
        };
        Report {
            text,
            shared: shared.filter(|_| outcome == Outcome::Duplicate),
            outcome,
        }
    }
}

impl Reducible for State {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        Rc::new(Rc::unwrap_or_clone(self).apply(action))
    }
}

/// The texts to check as codes: those picked out of pasted text or a file,
/// the one typed, or each of a link's.
fn candidates(source: Source, text: &str) -> Vec<(String, Result<Shared, CodeError>)> {
    let read = |text: &str| (text.to_owned(), Shared::decode(text));
    match source {
        // A line of chat can have 11 letters and digits too ("Good
        // morning"): one that does not read is taken for a code only if it
        // is grouped like one.
        Source::Paste | Source::File => find(text)
            .into_iter()
            .filter(|(code, read)| read.is_ok() || grouped_like_a_code(code))
            .collect(),
        Source::Typed => Some(text.trim())
            .filter(|t| !t.is_empty())
            .map(read)
            .into_iter()
            .collect(),
        Source::Link => text
            .split([',', '\n'])
            .map(str::trim)
            .filter(|t| !t.is_empty())
            .map(read)
            .collect(),
    }
}

/// Whether a text is written as codes are: in one piece, or in groups of
/// four, four and three (with dashes or spaces).
fn grouped_like_a_code(text: &str) -> bool {
    let groups: Vec<usize> = text
        .split(|c: char| c.is_whitespace() || c == '-')
        .filter(|group| !group.is_empty())
        .map(|group| group.chars().count())
        .collect();
    groups == [11] || groups == [4, 4, 3]
}

/// A text given as a code, short enough to show back.
fn shown(text: &str) -> String {
    let text = text.trim();
    match text.char_indices().nth(SHOWN) {
        Some((end, _)) => format!("{}…", &text[..end]),
        None => text.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use peer_compass_core::code::fingerprint;
    use peer_compass_core::{Mode, Placement, Rung};

    fn content() -> Rc<Content> {
        Rc::new(Content::builtin().unwrap())
    }

    /// A code for this questionnaire with these scores.
    fn code(content: &Content, score: u8) -> String {
        Shared {
            version: fingerprint(content.version()),
            placement: Placement::Rung {
                rung: Rung::CoImplementor,
                between: None,
                uneven: false,
            },
            mode: Some(Mode::Consumer),
            scores: vec![Some(score); 5],
        }
        .code()
    }

    fn add(state: State, source: Source, text: &str) -> State {
        state.apply(Action::Add {
            source,
            text: text.to_owned(),
        })
    }

    fn outcomes(state: &State) -> Vec<Outcome> {
        let batch = state.batch.as_ref().unwrap();
        batch.reports.iter().map(|r| r.outcome.clone()).collect()
    }

    #[test]
    fn codes_are_picked_out_of_a_chat_log() {
        let content = content();
        let (a, b) = (code(&content, 40), code(&content, 60));
        // A code in a line, and one on a line of its own as someone typed
        // it; lines of chat that happen to have 11 letters are not codes.
        let log = format!(
            "[10:02] Kari: here is mine {a} :)\n{}\nGood morning\nno codes here\n[10:04] Per: forgot it, sorry\n",
            b.to_lowercase().replace('-', " ")
        );
        let state = add(State::new(content, None), Source::Paste, &log);
        assert_eq!(state.codes().len(), 2);
        assert_eq!(outcomes(&state), [Outcome::Counted, Outcome::Counted]);
        let batch = state.batch.unwrap();
        assert_eq!(batch.reports[1].text, b, "shown as it reads");
        assert_eq!((batch.counted(), batch.not_counted()), (2, 0));
    }

    #[test]
    fn each_code_gets_its_own_outcome() {
        let content = content();
        let good = code(&content, 50);
        // One symbol changed: the check symbol catches it.
        let mut typo: Vec<char> = good.chars().collect();
        typo[1] = if typo[1] == 'A' { 'B' } else { 'A' };
        let typo: String = typo.into_iter().collect();
        let mut other = Shared::decode(&good).unwrap();
        other.version = fingerprint("2026.11");
        let mut unknown = other.clone();
        unknown.version = fingerprint("1999.1");
        let text = [
            good.clone(),
            typo,
            other.code(),
            unknown.code(),
            good.clone(),
        ]
        .join("\n");
        let state = add(State::new(content, None), Source::Paste, &text);
        assert_eq!(
            outcomes(&state),
            [
                Outcome::Counted,
                Outcome::Unreadable(CodeError::Check),
                Outcome::OtherVersion(Some("2026.11".into())),
                Outcome::OtherVersion(None),
                Outcome::Duplicate,
            ]
        );
        assert_eq!(state.codes().len(), 1);
        // The trainer knows two people sent it: counted after all, once.
        let state = state.apply(Action::CountAgain(4));
        assert_eq!(state.codes().len(), 2);
        assert_eq!(outcomes(&state)[4], Outcome::CountedAgain);
        let state = state
            .apply(Action::CountAgain(4))
            .apply(Action::CountAgain(1));
        assert_eq!(state.codes().len(), 2, "only a duplicate, only once");
        let state = state.apply(Action::CountAgain(99));
        assert_eq!(state.codes().len(), 2);
    }

    #[test]
    fn a_typed_code_is_read_as_typed() {
        let content = content();
        let good = code(&content, 70);
        let typed = format!("  {}  ", good.to_lowercase().replace('-', ""));
        let state = add(State::new(content, None), Source::Typed, &typed);
        assert_eq!(outcomes(&state), [Outcome::Counted]);
        let state = add(state, Source::Typed, "K7QF-2M9X");
        assert_eq!(
            outcomes(&state),
            [Outcome::Unreadable(CodeError::Length(8))]
        );
        let state = add(state, Source::Typed, "K7QF-2M9X-Q3!");
        assert_eq!(
            outcomes(&state),
            [Outcome::Unreadable(CodeError::Character('!'))]
        );
        let state = add(state, Source::Typed, "   ");
        assert_eq!(outcomes(&state), []);
        let long = "x".repeat(500);
        let state = add(state, Source::Typed, &long);
        let report = &state.batch.as_ref().unwrap().reports[0];
        assert_eq!(report.text.chars().count(), SHOWN + 1);
    }

    #[test]
    fn a_link_adds_each_of_its_codes() {
        let content = content();
        let (a, b) = (code(&content, 10), code(&content, 20));
        let state = add(
            State::new(content, None),
            Source::Link,
            &format!("{a},{b},,{a}"),
        );
        assert_eq!(
            outcomes(&state),
            [Outcome::Counted, Outcome::Counted, Outcome::Duplicate]
        );
    }

    #[test]
    fn a_mistyped_code_in_pasted_text_is_still_reported() {
        let content = content();
        let good = code(&content, 50);
        let mut typo: Vec<char> = good.chars().collect();
        typo.swap(5, 6);
        let typo: String = typo.into_iter().collect();
        let spaced = typo.replace('-', " ");
        let joined = typo.replace('-', "");
        let state = add(
            State::new(content, None),
            Source::Paste,
            &format!("Ola: {typo}\n{spaced}\n{joined}\n"),
        );
        assert_eq!(
            outcomes(&state),
            vec![Outcome::Unreadable(CodeError::Check); 3],
            "in a line, spaced, joined"
        );
    }

    #[test]
    fn nothing_found_is_an_empty_batch() {
        let state = add(
            State::new(content(), None),
            Source::Paste,
            "hello\nno codes here",
        );
        assert_eq!(state.batch.unwrap().reports, []);
    }

    #[test]
    fn rounds_are_kept_apart() {
        let content = content();
        let a = code(&content, 30);
        let state = add(State::new(content, None), Source::Typed, &a);
        let state = state.apply(Action::Round(1));
        assert_eq!(state.batch, None);
        let state = add(state, Source::Typed, &a);
        assert_eq!(outcomes(&state), [Outcome::Counted], "new in this round");
        assert_eq!((state.rounds[0].len(), state.rounds[1].len()), (1, 1));
        let state = state.apply(Action::Clear);
        assert_eq!(state.status, Some(Status::Cleared(1)));
        assert_eq!((state.rounds[0].len(), state.rounds[1].len()), (1, 0));
        let unchanged = state.clone().apply(Action::Round(7));
        assert_eq!(unchanged, state);
    }

    #[test]
    fn one_code_can_be_removed() {
        let content = content();
        let (a, b) = (code(&content, 30), code(&content, 35));
        let state = add(
            State::new(content, None),
            Source::Paste,
            &format!("{a}\n{b}"),
        );
        let revision = state.revision;
        let state = state.apply(Action::Remove(0));
        assert_eq!(state.status, Some(Status::Removed(a)));
        assert_eq!(state.codes().len(), 1);
        assert_eq!(state.codes()[0].code(), b);
        assert!(state.revision > revision);
        let same = state.clone().apply(Action::Remove(5));
        assert_eq!(same, state, "out of range: nothing happens");
    }

    #[test]
    fn what_is_kept_changes_the_revision_and_restores() {
        let content = content();
        let a = code(&content, 45);
        let state = add(
            State::new(content.clone(), Some("https://x".into())),
            Source::Typed,
            &a,
        )
        .apply(Action::Keep(true));
        assert!(state.keep);
        let kept = state.kept();
        assert_eq!(kept.questionnaire, "https://x");
        let restored = State::new(content, None).apply(Action::Restore(kept));
        assert_eq!(restored.rounds, state.rounds);
        assert!(restored.keep);
        let revision = restored.revision;
        let state = restored.apply(Action::Questionnaire("https://y".into()));
        assert_eq!(state.questionnaire, "https://y");
        assert!(state.revision > revision);
    }

    #[test]
    fn a_thousand_codes_add_up() {
        let content = content();
        let version = fingerprint(content.version());
        let text: String = (0..1000u32)
            .map(|i| {
                let shared = Shared {
                    version,
                    placement: Placement::NotPlaced,
                    mode: None,
                    scores: (0..5)
                        .map(|d| Some(((i / 21u32.pow(d)) % 21 * 5) as u8))
                        .collect(),
                };
                format!("{}\n", shared.code())
            })
            .collect();
        let state = add(State::new(content, None), Source::File, &text);
        assert_eq!(state.codes().len(), 1000);
    }
}
