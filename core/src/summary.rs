//! The result as a small JSON document for a host page (the completion
//! event): placement, mode and dimension scores only, never the answers.

use crate::assess::Assessment;
use crate::content::json::quote as quoted;
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
