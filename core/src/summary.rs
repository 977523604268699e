//! The result as a small JSON document for a host page (the completion
//! event): placement, mode and dimension scores only, never the answers.

use crate::assess::Assessment;
use crate::content::{Content, Rung};

/// `{"version", "placement": {"id", "between", "uneven"}, "mode",
/// "scores": {"<dimension>": 0–100 or null}}`.
pub fn summary_json(content: &Content, assessment: &Assessment) -> String {
    let rung = |rung: Option<Rung>| rung.map_or("null".to_owned(), |r| quoted(r.id()));
    let placement = &assessment.placement;
    let scores: Vec<String> = assessment
        .dimensions
        .iter()
        .map(|d| {
            let score = d.score.map_or("null".to_owned(), |s| s.to_string());
            format!("{}:{score}", quoted(&content.dimensions()[d.dimension].id))
        })
        .collect();
    format!(
        "{{\"version\":{},\"placement\":{{\"id\":{},\"between\":{},\"uneven\":{}}},\"mode\":{},\"scores\":{{{}}}}}",
        quoted(content.version()),
        quoted(placement.id()),
        rung(placement.between()),
        placement.uneven(),
        assessment.mode.map_or("null".to_owned(), |m| quoted(m.id())),
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
