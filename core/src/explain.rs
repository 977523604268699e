//! Why a result is what it is, as facts: for each rung, its status and the
//! answer that shows it best, and who makes that answer happen; for each
//! context dimension, its score. The words are in [`crate::text`], so a
//! placement's wording can change without touching the engine.

use crate::answers::{Answer, Answers};
use crate::assess::{Assessment, Placement, RungScore, RungStatus, Tally};
use crate::content::{Actor, Content, DimensionKind, Rung};

/// An answer that shows why a rung has its status.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Example {
    /// Index of the item.
    pub item: usize,
    /// What was answered (always a point on the item's scale).
    pub answer: Answer,
    /// Who makes what the item describes happen.
    pub actor: Actor,
}

/// The evidence for one rung.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RungEvidence {
    /// Which rung.
    pub rung: Rung,
    /// In place, partly, not yet or unknown.
    pub status: RungStatus,
    /// Average credit, 0–100, when enough items are answered.
    pub credit: Option<u8>,
    /// How many items were answered.
    pub tally: Tally,
    /// Whether most items were answered "not part of my role".
    pub outside_role: bool,
    /// The answer that shows the status best: for a rung in place, the one
    /// that counts most (the person's own before the workplace's); for one
    /// whose key items do not count, the first of those; otherwise the one
    /// that counts least (the workplace's before the person's, so that what
    /// others do is named as theirs). First in item order among equals.
    pub example: Option<Example>,
}

/// A context dimension, reported beside the placement.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ContextNote {
    /// Index of the dimension.
    pub dimension: usize,
    /// 0–100, when enough items are answered.
    pub score: Option<u8>,
}

/// Everything the result page explains.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Explanation {
    /// The placement explained.
    pub placement: Placement,
    /// For an uneven placement, the rungs below it that show less.
    pub gap: Vec<Rung>,
    /// One per rung, lowest first.
    pub rungs: Vec<RungEvidence>,
    /// One per context dimension, in content order.
    pub context: Vec<ContextNote>,
}

/// The facts behind an assessment.
pub fn explain(content: &Content, answers: &Answers, assessment: &Assessment) -> Explanation {
    let placement = &assessment.placement;
    // The rungs below the placed one (rungs are lowest first) that make it
    // uneven. The placed rung itself is always in place.
    let gap = match placement.rung() {
        Some(top) => assessment
            .rungs
            .iter()
            .take_while(|r| r.rung != top)
            .filter(|r| r.shows_less())
            .map(|r| r.rung)
            .collect(),
        None => Vec::new(),
    };
    Explanation {
        placement: placement.clone(),
        gap,
        rungs: assessment
            .rungs
            .iter()
            .map(|rung| evidence(content, answers, rung))
            .collect(),
        context: assessment
            .dimensions
            .iter()
            .filter(|d| d.kind == DimensionKind::Context)
            .map(|d| ContextNote {
                dimension: d.dimension,
                score: d.score,
            })
            .collect(),
    }
}

fn evidence(content: &Content, answers: &Answers, rung: &RungScore) -> RungEvidence {
    // Each answered item with what it counts and who makes it happen.
    let counted: Vec<(u8, Example)> = content
        .items_on(rung.rung)
        .filter_map(|(item, info)| {
            let answer = answers.get(item)?;
            let credit = content.credit(item, answer)?;
            Some((
                credit,
                Example {
                    item,
                    answer,
                    actor: info.actor,
                },
            ))
        })
        .collect();
    let needs = &content.rung(rung.rung).needs;
    let person_first = |e: &Example| u8::from(e.actor != Actor::Person);
    let workplace_first = |e: &Example| u8::from(e.actor != Actor::Workplace);
    let example = match rung.status {
        RungStatus::Unknown => None,
        RungStatus::InPlace => counted
            .iter()
            .min_by_key(|(credit, e)| (u8::MAX - credit, person_first(e)))
            .map(|&(_, e)| e),
        _ if !rung.key => counted
            .iter()
            .filter(|(_, e)| needs.contains(&content.items()[e.item].id))
            .min_by_key(|(_, e)| workplace_first(e))
            .or_else(|| counted.iter().min_by_key(|(credit, _)| *credit))
            .map(|&(_, e)| e),
        _ => counted
            .iter()
            .min_by_key(|(credit, e)| (*credit, workplace_first(e)))
            .map(|&(_, e)| e),
    };
    RungEvidence {
        rung: rung.rung,
        status: rung.status,
        credit: rung.credit,
        tally: rung.tally,
        outside_role: rung.outside_role(),
        example,
    }
}
