//! Each person's result as a row: placement, mode, dimension scores and the
//! rungs' statuses and credits.

use crate::responses::Response;
use peer_compass_core::{assess, Assessment, Content, Rung, RungStatus};
use serde::Serialize;
use std::collections::BTreeMap;

/// One person's result, as `score` writes it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Scored {
    /// The respondent's id.
    pub id: String,
    /// The questionnaire version scored with.
    pub version: String,
    /// When the answers came from an earlier version: that version.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub carried_from: Option<String>,
    /// A rung's id, or `not-placed`, `little-room`, `token-role`.
    pub placement: &'static str,
    /// The next rung up, when it shows in part.
    pub between: Option<&'static str>,
    /// Whether a rung below the one placed on shows less.
    pub uneven: bool,
    /// `consumer`, `participative` or `enhanced`, where the answers support one.
    pub mode: Option<&'static str>,
    /// 0–100 per dimension id (`null` with too few answers).
    pub scores: BTreeMap<String, Option<u8>>,
    /// Per rung: `in-place`, `partly`, `not-yet` or `unknown`.
    pub status: BTreeMap<&'static str, &'static str>,
    /// Per rung: the average credit 0–100 (`null` with too few answers).
    pub credit: BTreeMap<&'static str, Option<u8>>,
}

/// A status's id.
pub fn status_id(status: RungStatus) -> &'static str {
    match status {
        RungStatus::InPlace => "in-place",
        RungStatus::Partly => "partly",
        RungStatus::NotYet => "not-yet",
        RungStatus::Unknown => "unknown",
    }
}

/// Scores one person.
pub fn score(content: &Content, response: &Response) -> (Scored, Assessment) {
    let result = assess(content, &response.answers);
    let scored = Scored {
        id: response.id.clone(),
        version: content.version().to_owned(),
        carried_from: response.from.clone(),
        placement: result.placement.id(),
        between: result.placement.between().map(Rung::id),
        uneven: result.placement.uneven(),
        mode: result.mode.map(|m| m.id()),
        scores: result
            .dimensions
            .iter()
            .map(|d| (content.dimensions()[d.dimension].id.clone(), d.score))
            .collect(),
        status: result
            .rungs
            .iter()
            .map(|r| (r.rung.id(), status_id(r.status)))
            .collect(),
        credit: result
            .rungs
            .iter()
            .map(|r| (r.rung.id(), r.credit))
            .collect(),
    };
    (scored, result)
}

/// The CSV header: fixed columns, then one per dimension in content order,
/// then the rungs' statuses and credits.
pub fn csv_header(content: &Content) -> Vec<String> {
    let mut header: Vec<String> = ["id", "version", "placement", "between", "uneven", "mode"]
        .map(str::to_owned)
        .to_vec();
    header.extend(content.dimensions().iter().map(|d| d.id.clone()));
    header.extend(Rung::ALL.map(|r| format!("status.{}", r.id())));
    header.extend(Rung::ALL.map(|r| format!("credit.{}", r.id())));
    header
}

/// A CSV row matching [`csv_header`]; missing values are empty.
pub fn csv_row(content: &Content, scored: &Scored) -> Vec<String> {
    let number = |n: Option<u8>| n.map_or_else(String::new, |n| n.to_string());
    let mut row = vec![
        scored.id.clone(),
        scored.version.clone(),
        scored.placement.to_owned(),
        scored.between.unwrap_or_default().to_owned(),
        scored.uneven.to_string(),
        scored.mode.unwrap_or_default().to_owned(),
    ];
    row.extend(
        content
            .dimensions()
            .iter()
            .map(|d| number(scored.scores[&d.id])),
    );
    row.extend(Rung::ALL.map(|r| scored.status[r.id()].to_owned()));
    row.extend(Rung::ALL.map(|r| number(scored.credit[r.id()])));
    row
}
