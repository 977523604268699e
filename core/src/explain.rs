//! Why a result is what it is, as facts: for each rung, its status and the
//! answer that shows it best; for each context dimension, its score. The words
//! are in [`crate::text`], so a placement's wording can change without
//! touching the engine.

use crate::answers::{Answer, Answers};
use crate::assess::{Assessment, Placement, RungScore, RungStatus, Tally};
use crate::content::{Content, DimensionKind, Rung};

/// An answer that shows why a rung has its status.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Example {
    /// Index of the item.
    pub item: usize,
    /// What was answered (always a point on the scale).
    pub answer: Answer,
}

/// The evidence for one rung.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RungEvidence {
    /// Which rung.
    pub rung: Rung,
    /// Met, near, not met or unknown.
    pub status: RungStatus,
    /// 0–100, when enough items are answered.
    pub score: Option<u8>,
    /// How many items were answered.
    pub tally: Tally,
    /// When scored: the highest answer if the rung is met (the last in item
    /// order among equals), otherwise the lowest (the first among equals).
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
    /// For an uneven profile, the rungs not met below those met above the gap
    /// (and above the highest rung reached from the bottom); otherwise empty.
    pub gap: Vec<Rung>,
    /// One per rung, lowest first.
    pub rungs: Vec<RungEvidence>,
    /// One per context dimension, in content order.
    pub context: Vec<ContextNote>,
}

/// The facts behind an assessment.
pub fn explain(content: &Content, answers: &Answers, assessment: &Assessment) -> Explanation {
    let placement = &assessment.placement;
    let gap = match placement {
        Placement::Uneven { above, .. } => Rung::ALL
            .into_iter()
            .filter(|rung| {
                !above.contains(rung)
                    && above.first() > Some(rung)
                    && Some(*rung) > placement.reached()
            })
            .collect(),
        _ => Vec::new(),
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
    let answered = content.items_on(rung.rung).filter_map(|(item, _)| {
        answers
            .get(item)
            .filter(|a| a.point().is_some())
            .map(|answer| Example { item, answer })
    });
    let example = match (rung.score, rung.status) {
        (None, _) => None,
        (Some(_), RungStatus::Met) => answered.max_by_key(|e| e.answer.point()),
        (Some(_), _) => answered.min_by_key(|e| e.answer.point()),
    };
    RungEvidence {
        rung: rung.rung,
        status: rung.status,
        score: rung.score,
        tally: rung.tally,
        example,
    }
}
