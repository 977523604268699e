#![allow(dead_code)]

use peer_compass_core::{Answer, Answers, Content, Rung};

pub const SMALL: &str = include_str!("../fixtures/small.json");

pub fn small() -> Content {
    Content::parse(SMALL, "small.json").expect("fixture is valid")
}

/// Answers for the fixture from one character per item of each rung, in the
/// order of dimensions a, b, c: a digit is a point on the item's scale
/// (co-implementor 1–5, the others 1–4), `n` not my role, `d` don't know, `-`
/// skipped. `context` does the same for the three context items (1–5).
#[track_caller]
pub fn answers(content: &Content, ci: &str, cd: &str, initiator: &str, context: &str) -> Answers {
    let mut answers = Answers::new(content.items().len());
    let rows = [
        (Some(Rung::CoImplementor), ci),
        (Some(Rung::CoDesigner), cd),
        (Some(Rung::Initiator), initiator),
        (None, context),
    ];
    for (rung, pattern) in rows {
        let indices: Vec<usize> = content
            .items()
            .iter()
            .enumerate()
            .filter(|(_, item)| item.rung == rung)
            .map(|(i, _)| i)
            .collect();
        assert_eq!(
            indices.len(),
            pattern.len(),
            "pattern {pattern:?} for {rung:?}"
        );
        for (index, ch) in indices.into_iter().zip(pattern.chars()) {
            answers.set(index, parse(ch));
        }
    }
    answers
}

#[track_caller]
fn parse(ch: char) -> Option<Answer> {
    match ch {
        '-' => None,
        code => Some(Answer::from_code(code).expect("1-7, n or d")),
    }
}

/// The fixture with one edit applied to its JSON, for validation tests.
#[track_caller]
pub fn small_with(edit: impl FnOnce(&mut serde_json::Value)) -> String {
    let mut value: serde_json::Value = serde_json::from_str(SMALL).unwrap();
    edit(&mut value);
    value.to_string()
}
