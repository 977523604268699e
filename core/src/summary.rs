//! The result as a small JSON document for a host page (the opt-in
//! completion event): placement, mode and dimension scores only, never the
//! answers themselves.

use crate::assess::{Assessment, Mode, Placement};
use crate::content::{Content, Rung};

/// `{"version", "placement": {"kind", "reached", "approaching", "above"},
/// "mode", "scores": {"<dimension>": 0–100 or null}}`.
pub fn summary_json(content: &Content, assessment: &Assessment) -> String {
    let rung = |rung: Option<Rung>| rung.map_or("null".to_owned(), |r| format!("\"{}\"", r.id()));
    let placement = &assessment.placement;
    let (kind, above) = match placement {
        Placement::NotEnoughAnswers => ("not-enough-answers", &[][..]),
        Placement::Ladder { .. } => ("ladder", &[][..]),
        Placement::Uneven { above, .. } => ("uneven", &above[..]),
    };
    let above: Vec<String> = above.iter().map(|&r| rung(Some(r))).collect();
    let mode = match assessment.mode {
        None => "null",
        Some(Mode::Consumer) => "\"consumer\"",
        Some(Mode::Participative) => "\"participative\"",
        Some(Mode::Enhanced) => "\"enhanced\"",
    };
    let scores: Vec<String> = assessment
        .dimensions
        .iter()
        .map(|d| {
            let score = d.score.map_or("null".to_owned(), |s| s.to_string());
            format!("{}:{score}", quoted(&content.dimensions()[d.dimension].id))
        })
        .collect();
    format!(
        "{{\"version\":{},\"placement\":{{\"kind\":\"{kind}\",\"reached\":{},\"approaching\":{},\"above\":[{}]}},\"mode\":{mode},\"scores\":{{{}}}}}",
        quoted(content.version()),
        rung(placement.reached()),
        rung(placement.approaching()),
        above.join(","),
        scores.join(","),
    )
}

/// A JSON string literal.
fn quoted(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            c if (c as u32) < 0x20 => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}
