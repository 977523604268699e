//! What the trainer's device keeps, and only when the trainer ticks "Keep
//! this session on this device": the codes of both rounds, the round in use
//! and the questionnaire's address, under one key. The text format is
//! decided by plain functions ([`encode`], [`decode`]) tested natively;
//! [`Store`] only reads and writes it.

use peer_compass_core::code::{fingerprint, Shared};
use peer_compass_core::Content;
use web_sys::Storage;

use crate::session::ROUNDS;

/// The one key the trainer's session lives under.
pub const KEY: &str = "peer-compass/1/trainer";

/// The first line of what is kept.
const HEADER: &str = "peer-compass-trainer 1";

/// A session as kept.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Kept {
    /// The codes of each round.
    pub rounds: [Vec<Shared>; ROUNDS],
    /// The round in use.
    pub round: usize,
    /// The questionnaire's address, if the trainer typed one.
    pub questionnaire: String,
}

/// What was kept cannot be read at all.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Unreadable;

/// Kept codes, as text: a header, then one `name value` line each.
pub fn encode(kept: &Kept) -> String {
    let mut out = format!("{HEADER}\nround {}\n", kept.round + 1);
    let address = kept.questionnaire.replace(['\r', '\n'], " ");
    if !address.trim().is_empty() {
        out.push_str(&format!("questionnaire {}\n", address.trim()));
    }
    for (round, codes) in kept.rounds.iter().enumerate() {
        for code in codes {
            out.push_str(&format!("{} {}\n", round + 1, code.code()));
        }
    }
    out
}

/// Reads what [`encode`] wrote, with how many codes were left out because
/// they do not read or belong to another questionnaire version. Lines it
/// does not know are passed over, so a newer format's extras do no harm.
pub fn decode(text: &str, content: &Content) -> Result<(Kept, usize), Unreadable> {
    let mut lines = text.lines();
    if lines.next().map(str::trim) != Some(HEADER) {
        return Err(Unreadable);
    }
    let version = fingerprint(content.version());
    let mut kept = Kept::default();
    let mut dropped = 0;
    for line in lines {
        let Some((name, value)) = line.trim().split_once(' ') else {
            continue;
        };
        match name {
            "round" => {
                if let Some(round) = value
                    .parse::<usize>()
                    .ok()
                    .filter(|r| (1..=ROUNDS).contains(r))
                {
                    kept.round = round - 1;
                }
            }
            "questionnaire" => kept.questionnaire = value.trim().to_owned(),
            _ => {
                let Some(round) = name
                    .parse::<usize>()
                    .ok()
                    .filter(|r| (1..=ROUNDS).contains(r))
                else {
                    continue;
                };
                match Shared::decode(value) {
                    Ok(shared) if shared.version == version => kept.rounds[round - 1].push(shared),
                    _ => dropped += 1,
                }
            }
        }
    }
    Ok((kept, dropped))
}

/// What was found on the device at start.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Loaded {
    /// The session kept, if one was and it reads.
    pub kept: Option<Kept>,
    /// How many kept codes were left out ([`decode`]).
    pub dropped: usize,
    /// Whether something was kept that does not read at all.
    pub unreadable: bool,
}

impl Loaded {
    /// Decides from what storage holds under [`KEY`].
    pub fn from_stored(text: Option<&str>, content: &Content) -> Loaded {
        match text.map(|text| decode(text, content)) {
            None => Loaded::default(),
            Some(Ok((kept, dropped))) => Loaded {
                kept: Some(kept),
                dropped,
                unreadable: false,
            },
            Some(Err(Unreadable)) => Loaded {
                unreadable: true,
                ..Loaded::default()
            },
        }
    }
}

/// This browser's `localStorage`, for the trainer's session.
///
/// web-sys, not gloo-storage: `window.localStorage` throws in private modes
/// and sandboxed frames, and gloo-storage's `LocalStorage` panics then. Here
/// a browser that keeps nothing gives no store, and the page says so.
#[derive(Clone, Debug, PartialEq)]
pub struct Store {
    storage: Storage,
}

impl Store {
    /// The store, or `None` when the browser keeps nothing.
    pub fn open() -> Option<Store> {
        let storage = web_sys::window()?.local_storage().ok().flatten()?;
        // Some browsers hand out storage that refuses every write.
        let probe = format!("{KEY}/probe");
        storage.set_item(&probe, "1").ok()?;
        let _ = storage.remove_item(&probe);
        Some(Store { storage })
    }

    /// What is kept, if anything.
    pub fn read(&self) -> Option<String> {
        self.storage.get_item(KEY).ok().flatten()
    }

    /// Keeps `text`; `false` when the browser refused (full, say).
    pub fn write(&self, text: &str) -> bool {
        self.storage.set_item(KEY, text).is_ok()
    }

    /// Deletes what is kept.
    pub fn remove(&self) {
        let _ = self.storage.remove_item(KEY);
    }

    /// Moves what is kept aside, under `<key>:unreadable`, rather than
    /// deleting something that could not be read.
    pub fn set_aside(&self, text: &str) {
        let _ = self.storage.set_item(&format!("{KEY}:unreadable"), text);
        self.remove();
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use peer_compass_core::{Mode, Placement, Rung};

    fn shared(content: &Content, score: u8) -> Shared {
        Shared {
            version: fingerprint(content.version()),
            placement: Placement::Rung {
                rung: Rung::CoDesigner,
                between: Some(Rung::Initiator),
                uneven: false,
            },
            mode: Some(Mode::Participative),
            scores: vec![Some(score), None, Some(100), Some(0), Some(55)],
        }
    }

    #[test]
    fn a_session_round_trips() {
        let content = Content::builtin().unwrap();
        let kept = Kept {
            rounds: [
                vec![shared(&content, 10), shared(&content, 10)],
                vec![shared(&content, 95)],
            ],
            round: 1,
            questionnaire: "https://example.org/pc/?lang=nb".into(),
        };
        let text = encode(&kept);
        assert!(text.starts_with("peer-compass-trainer 1\nround 2\n"));
        assert_eq!(decode(&text, &content), Ok((kept, 0)));
        let empty = Kept::default();
        assert_eq!(decode(&encode(&empty), &content), Ok((empty, 0)));
    }

    #[test]
    fn codes_that_do_not_fit_are_left_out_and_counted() {
        let content = Content::builtin().unwrap();
        let mut other = shared(&content, 20);
        other.version = fingerprint("2026.11");
        let good = shared(&content, 20).code();
        let text = format!(
            "peer-compass-trainer 1\nround 9\n1 {good}\n1 {}\n2 NOT-A-CODE\n3 {good}\nfuture stuff\n\n",
            other.code()
        );
        let (kept, dropped) = decode(&text, &content).unwrap();
        assert_eq!(kept.rounds[0].len(), 1);
        assert_eq!(kept.rounds[1].len(), 0);
        assert_eq!(kept.round, 0, "an unknown round is not taken");
        assert_eq!(dropped, 2);
    }

    #[test]
    fn what_is_found_at_start_is_decided_plainly() {
        let content = Content::builtin().unwrap();
        assert_eq!(Loaded::from_stored(None, &content), Loaded::default());
        let kept = Kept {
            rounds: [vec![shared(&content, 5)], Vec::new()],
            ..Kept::default()
        };
        let found = Loaded::from_stored(Some(&encode(&kept)), &content);
        assert_eq!(found.kept, Some(kept));
        assert!(!found.unreadable);
        let broken = Loaded::from_stored(Some("garbage"), &content);
        assert_eq!((broken.kept, broken.unreadable), (None, true));
    }

    #[test]
    fn anything_else_is_unreadable() {
        let content = Content::builtin().unwrap();
        for text in ["", "{\"json\": true}", "peer-compass-trainer 2\n", "\u{0}"] {
            assert_eq!(decode(text, &content), Err(Unreadable), "{text:?}");
        }
    }

    #[test]
    fn an_address_cannot_break_the_format() {
        let content = Content::builtin().unwrap();
        let kept = Kept {
            questionnaire: "https://x\n1 injected".into(),
            ..Kept::default()
        };
        let (back, dropped) = decode(&encode(&kept), &content).unwrap();
        assert_eq!(back.questionnaire, "https://x 1 injected");
        assert_eq!(dropped, 0);
    }
}
