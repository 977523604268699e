//! Saved progress: a short text a browser can keep (e.g. in `localStorage`)
//! and read back, with a clear reason whenever it cannot be used.
//!
//! Format: `pc2;<version>;<screen>;<answers>`. The screen is `w`, `q<n>`, `c`
//! or `r`; each answer is one character, `-` for none or an
//! [`Answer::code`](crate::Answer::code). Progress saved by version 2026.11
//! (`pc1`, answers `0`–`6`) is read through the content's list of earlier
//! versions: answers to items asked unchanged carry over.

use crate::answers::{Answer, Answers};
use crate::content::Content;
use crate::flow::{Flow, Screen};
use std::fmt;

const TAG: &str = "pc2";
const TAG_2026_11: &str = "pc1";

/// Why saved progress could not be used.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SavedError {
    /// Not something Peer Compass wrote.
    Unrecognised,
    /// Saved for another version of the questionnaire, with none of its
    /// answers able to carry over.
    OtherVersion(String),
    /// The number of answers does not match the questionnaire.
    WrongLength {
        /// How many were saved.
        found: usize,
        /// How many the questionnaire has.
        expected: usize,
    },
    /// A character that is not an answer, or a screen that does not exist.
    Damaged,
}

impl fmt::Display for SavedError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            SavedError::Unrecognised => {
                f.write_str("the saved data is not in a format Peer Compass knows")
            }
            SavedError::OtherVersion(version) => write!(
                f,
                "the saved answers belong to questionnaire version {version}"
            ),
            SavedError::WrongLength { found, expected } => write!(
                f,
                "the saved data has {found} answers, this questionnaire has {expected} questions"
            ),
            SavedError::Damaged => f.write_str("the saved data is damaged"),
        }
    }
}

/// Progress read back.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Restored {
    /// Where to continue.
    pub flow: Flow,
    /// When the progress came from an earlier version: that version, and how
    /// many answers carried over.
    pub from: Option<(String, usize)>,
}

/// The flow as saved text, tagged with the questionnaire `version`.
pub fn encode(flow: &Flow, version: &str) -> String {
    let screen = match flow.screen {
        Screen::Welcome => "w".to_owned(),
        Screen::Question(index) => format!("q{index}"),
        Screen::Check => "c".to_owned(),
        Screen::Result => "r".to_owned(),
    };
    let answers: String = flow
        .answers
        .slots()
        .iter()
        .map(|slot| slot.map_or('-', Answer::code))
        .collect();
    format!("{TAG};{version};{screen};{answers}")
}

/// Reads saved text back for `content`.
pub fn decode(saved: &str, content: &Content) -> Result<Restored, SavedError> {
    let mut parts = saved.split(';');
    let tag = parts.next();
    if tag != Some(TAG) && tag != Some(TAG_2026_11) {
        return Err(SavedError::Unrecognised);
    }
    let (Some(version), Some(screen), Some(answers), None) =
        (parts.next(), parts.next(), parts.next(), parts.next())
    else {
        return Err(SavedError::Damaged);
    };
    let answer = |c: char| match (tag, c) {
        (_, '-') => Ok(None),
        // Version 2026.11 numbered its answers from 0: never … always, then
        // not part of my role and don't know.
        (Some(TAG_2026_11), '0'..='4') => Ok(Some(Answer::Point(c as u8 - b'0' + 1))),
        (Some(TAG_2026_11), '5') => Ok(Some(Answer::NotMyRole)),
        (Some(TAG_2026_11), '6') => Ok(Some(Answer::DontKnow)),
        (Some(TAG), c) => Answer::from_code(c).map(Some).ok_or(SavedError::Damaged),
        _ => Err(SavedError::Damaged),
    };
    let slots = answers.chars().map(answer).collect::<Result<Vec<_>, _>>()?;
    let items = content.items().len();
    if version != content.version() {
        return carry_over(content, version, &slots);
    }
    if slots.len() != items {
        return Err(SavedError::WrongLength {
            found: slots.len(),
            expected: items,
        });
    }
    let in_range = slots.iter().enumerate().all(|(item, slot)| {
        slot.and_then(Answer::point)
            .is_none_or(|p| (1..=content.points_of(item)).contains(&p))
    });
    let screen = match screen {
        "w" => Screen::Welcome,
        "c" => Screen::Check,
        "r" => Screen::Result,
        question => match question.strip_prefix('q').and_then(|n| n.parse().ok()) {
            Some(index) if index < items => Screen::Question(index),
            _ => return Err(SavedError::Damaged),
        },
    };
    if !in_range {
        return Err(SavedError::Damaged);
    }
    Ok(Restored {
        flow: Flow {
            screen,
            answers: Answers::from_slots(slots),
            returning: false,
        },
        from: None,
    })
}

/// Answers saved under an earlier version, kept for the items asked
/// unchanged now; the person starts at the welcome screen.
fn carry_over(
    content: &Content,
    version: &str,
    slots: &[Option<Answer>],
) -> Result<Restored, SavedError> {
    let other = || SavedError::OtherVersion(version.to_owned());
    let earlier = content
        .earlier()
        .iter()
        .find(|e| e.version == version)
        .ok_or_else(other)?;
    if slots.len() != earlier.items.len() {
        return Err(SavedError::WrongLength {
            found: slots.len(),
            expected: earlier.items.len(),
        });
    }
    let mut answers = Answers::new(content.items().len());
    let mut carried = 0;
    for (id, slot) in earlier.items.iter().zip(slots) {
        if let (true, Some(item), Some(answer)) =
            (earlier.carried.contains(id), content.item_index(id), slot)
        {
            if answer.point().is_none_or(|p| p <= content.points_of(item)) {
                answers.set(item, Some(*answer));
                carried += 1;
            }
        }
    }
    if carried == 0 {
        return Err(other());
    }
    Ok(Restored {
        flow: Flow {
            screen: Screen::Welcome,
            answers,
            returning: false,
        },
        from: Some((version.to_owned(), carried)),
    })
}
