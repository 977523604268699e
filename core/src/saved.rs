//! Saved progress: a short text a browser can keep (e.g. in `localStorage`)
//! and read back, with a clear reason whenever it cannot be used.
//!
//! Format: `pc1;<version>;<screen>;<answers>`. The screen is `w`, `q<n>`,
//! `c` or `r`; each answer is one character, `-` for none or `0`–`6` for an
//! [`Answer`](crate::Answer) code.

use crate::answers::{Answer, Answers};
use crate::flow::{Flow, Screen};
use std::fmt;

const TAG: &str = "pc1";

/// Why saved progress could not be used.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SavedError {
    /// Not something Peer Compass wrote.
    Unrecognised,
    /// Saved for another version of the questionnaire.
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
            SavedError::OtherVersion(version) => {
                write!(
                    f,
                    "the saved answers belong to questionnaire version {version}"
                )
            }
            SavedError::WrongLength { found, expected } => write!(
                f,
                "the saved data has {found} answers, this questionnaire has {expected} questions"
            ),
            SavedError::Damaged => f.write_str("the saved data is damaged"),
        }
    }
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
        .map(|slot| slot.map_or('-', |a| char::from(b'0' + a.code())))
        .collect();
    format!("{TAG};{version};{screen};{answers}")
}

/// Reads saved text back for a questionnaire of `items` items at `version`.
pub fn decode(saved: &str, version: &str, items: usize) -> Result<Flow, SavedError> {
    let mut parts = saved.split(';');
    if parts.next() != Some(TAG) {
        return Err(SavedError::Unrecognised);
    }
    let (Some(saved_version), Some(screen), Some(answers), None) =
        (parts.next(), parts.next(), parts.next(), parts.next())
    else {
        return Err(SavedError::Damaged);
    };
    if saved_version != version {
        return Err(SavedError::OtherVersion(saved_version.to_owned()));
    }
    let slots = answers
        .chars()
        .map(|c| match c {
            '-' => Ok(None),
            '0'..='6' => Ok(Answer::from_code(c as u8 - b'0')),
            _ => Err(SavedError::Damaged),
        })
        .collect::<Result<Vec<_>, _>>()?;
    if slots.len() != items {
        return Err(SavedError::WrongLength {
            found: slots.len(),
            expected: items,
        });
    }
    let screen = match screen {
        "w" => Screen::Welcome,
        "c" => Screen::Check,
        "r" => Screen::Result,
        question => match question.strip_prefix('q').and_then(|n| n.parse().ok()) {
            Some(index) if index < items => Screen::Question(index),
            _ => return Err(SavedError::Damaged),
        },
    };
    Ok(Flow {
        screen,
        answers: Answers::from_slots(slots),
        returning: false,
    })
}
