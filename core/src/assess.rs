//! From answers to dimension scores, rung statuses, placement and mode.
//!
//! The rules and their thresholds are explained in `docs/METHOD.md`.

use crate::answers::Answers;
use crate::content::{Content, DimensionKind, Rung};

/// A rung is met at a mean of 4.0, "often": the first label that says a
/// behaviour is a regular part of the work.
pub const MET_MEAN_X2: u32 = 8;
/// [`MET_MEAN_X2`] on the 0–100 scale of scores: 75, the mark results quote.
pub const MET_SCORE: u32 = (MET_MEAN_X2 - 2) * 100 / 8;
/// A rung is near at a mean of 3.5, halfway between "sometimes" and "often".
pub const NEAR_MEAN_X2: u32 = 7;

/// How many of a set of items are answered on the scale, and their sum.
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Tally {
    /// Items answered on the scale (1–5).
    pub answered: usize,
    /// Items in the set.
    pub total: usize,
    /// Sum of the answered points.
    pub sum: u32,
}

impl Tally {
    fn of(answers: &Answers, items: impl Iterator<Item = usize>) -> Tally {
        items.fold(Tally::default(), |tally, index| {
            let point = answers.point(index);
            Tally {
                answered: tally.answered + usize::from(point.is_some()),
                total: tally.total + 1,
                sum: tally.sum + u32::from(point.unwrap_or(0)),
            }
        })
    }

    /// How many answers are needed: two thirds of the items, rounded up
    /// (the Recovery Self-Assessment's practice of not scoring thin subscales).
    pub fn needed(&self) -> usize {
        (2 * self.total).div_ceil(3).max(1)
    }

    /// Whether enough items are answered to score.
    pub fn enough(&self) -> bool {
        self.answered >= self.needed()
    }

    /// The score on 0–100, `(mean − 1) / 4 × 100` rounded half up; `None` when
    /// too few items are answered.
    pub fn score(&self) -> Option<u8> {
        if !self.enough() {
            return None;
        }
        let n = self.answered as u32;
        let above_floor = 100 * (self.sum - n);
        Some(((above_floor * 2 + 4 * n) / (8 * n)) as u8)
    }

    fn mean_at_least_half_points(&self, mean_x2: u32) -> bool {
        2 * self.sum >= mean_x2 * self.answered as u32
    }
}

/// A dimension's result.
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DimensionScore {
    /// Index into [`Content::dimensions`].
    pub dimension: usize,
    /// Person or context.
    pub kind: DimensionKind,
    /// Its answers.
    pub tally: Tally,
    /// 0–100, or `None` with too few answers.
    pub score: Option<u8>,
}

/// How a rung's items were answered.
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "kebab-case"))]
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum RungStatus {
    /// Too few answers to say.
    Unknown,
    /// Mean below 3.5.
    NotMet,
    /// Mean from 3.5 to just under 4.0.
    Near,
    /// Mean 4.0 or more.
    Met,
}

/// A rung's result.
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RungScore {
    /// Which rung.
    pub rung: Rung,
    /// Its answers.
    pub tally: Tally,
    /// 0–100, or `None` with too few answers.
    pub score: Option<u8>,
    /// Met, near, not met or unknown.
    pub status: RungStatus,
}

/// Where the answers place a person on the ladder.
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "kebab-case"))]
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Placement {
    /// Too few co-implementor answers to place the person.
    NotEnoughAnswers,
    /// A place on the ladder: the highest rung reached with every rung below
    /// it (`None` below co-implementor), and the next rung when it is near
    /// ("between").
    Ladder {
        /// Highest rung reached from the bottom.
        reached: Option<Rung>,
        /// The next rung, when close to its threshold.
        approaching: Option<Rung>,
    },
    /// A rung is met above one that is not: explained rather than labelled.
    Uneven {
        /// Highest rung reached from the bottom.
        reached: Option<Rung>,
        /// The next rung, when close to its threshold.
        approaching: Option<Rung>,
        /// Rungs met above the gap.
        above: Vec<Rung>,
    },
}

impl Placement {
    /// The highest rung reached from the bottom.
    pub fn reached(&self) -> Option<Rung> {
        match self {
            Placement::NotEnoughAnswers => None,
            Placement::Ladder { reached, .. } | Placement::Uneven { reached, .. } => *reached,
        }
    }

    /// The next rung, when close to its threshold.
    pub fn approaching(&self) -> Option<Rung> {
        match self {
            Placement::NotEnoughAnswers => None,
            Placement::Ladder { approaching, .. } | Placement::Uneven { approaching, .. } => {
                *approaching
            }
        }
    }

    /// Height on the ladder in half steps: 0 below co-implementor, +1 when the
    /// next rung is near, +2 for each rung reached. Raising an answer never
    /// lowers it.
    pub fn rank(&self) -> u8 {
        let reached = self.reached().map_or(0, |rung| rung.index() as u8 + 1);
        2 * reached + u8::from(self.approaching().is_some())
    }
}

/// Co-production mode (Osborne & Strokosch 2013).
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "kebab-case"))]
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Mode {
    /// Operational level: adjusting delivery to a user.
    Consumer,
    /// Strategic level: improving existing services.
    Participative,
    /// Both levels joined, transforming services.
    Enhanced,
}

/// Everything the answers say, before suggestions.
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Assessment {
    /// One per dimension, in content order (person and context).
    pub dimensions: Vec<DimensionScore>,
    /// One per rung, lowest first.
    pub rungs: Vec<RungScore>,
    /// Place on the ladder.
    pub placement: Placement,
    /// Co-production mode, where the answers support one.
    pub mode: Option<Mode>,
}

impl Assessment {
    /// The result for a rung.
    pub fn rung(&self, rung: Rung) -> &RungScore {
        &self.rungs[rung.index()]
    }

    /// The score of the dimension with this id, if scored.
    pub fn dimension_score(&self, content: &Content, id: &str) -> Option<u8> {
        content
            .dimension_index(id)
            .and_then(|index| self.dimensions.get(index)?.score)
    }
}

/// Scores the answers against the content.
pub fn assess(content: &Content, answers: &Answers) -> Assessment {
    let dimensions = content
        .dimensions()
        .iter()
        .enumerate()
        .map(|(index, dim)| {
            let tally = Tally::of(answers, content.items_of(index).map(|(i, _)| i));
            DimensionScore {
                dimension: index,
                kind: dim.kind,
                tally,
                score: tally.score(),
            }
        })
        .collect();
    let rungs: Vec<RungScore> = Rung::ALL
        .into_iter()
        .map(|rung| {
            let tally = Tally::of(answers, content.items_on(rung).map(|(i, _)| i));
            RungScore {
                rung,
                tally,
                score: tally.score(),
                status: status(&tally),
            }
        })
        .collect();
    let statuses: Vec<RungStatus> = rungs.iter().map(|r| r.status).collect();
    Assessment {
        dimensions,
        placement: place(&statuses),
        mode: mode(&statuses),
        rungs,
    }
}

fn status(tally: &Tally) -> RungStatus {
    if !tally.enough() {
        RungStatus::Unknown
    } else if tally.mean_at_least_half_points(MET_MEAN_X2) {
        RungStatus::Met
    } else if tally.mean_at_least_half_points(NEAR_MEAN_X2) {
        RungStatus::Near
    } else {
        RungStatus::NotMet
    }
}

/// Cumulative (Guttman-like) placement from rung statuses, lowest first.
fn place(statuses: &[RungStatus]) -> Placement {
    if statuses[0] == RungStatus::Unknown {
        return Placement::NotEnoughAnswers;
    }
    let count = statuses
        .iter()
        .take_while(|&&s| s == RungStatus::Met)
        .count();
    let reached = count.checked_sub(1).map(|i| Rung::ALL[i]);
    let approaching = (statuses.get(count) == Some(&RungStatus::Near)).then(|| Rung::ALL[count]);
    let first_unmet = statuses
        .iter()
        .position(|&s| matches!(s, RungStatus::NotMet | RungStatus::Near));
    let above: Vec<Rung> = match first_unmet {
        Some(gap) => Rung::ALL
            .into_iter()
            .zip(statuses)
            .skip(gap + 1)
            .filter(|(_, &s)| s == RungStatus::Met)
            .map(|(rung, _)| rung)
            .collect(),
        None => Vec::new(),
    };
    if above.is_empty() {
        Placement::Ladder {
            reached,
            approaching,
        }
    } else {
        Placement::Uneven {
            reached,
            approaching,
            above,
        }
    }
}

fn mode(statuses: &[RungStatus]) -> Option<Mode> {
    use RungStatus::{Met, Near, NotMet};
    let operational = statuses[Rung::CoImplementor.index()];
    let strategic = statuses[Rung::CoDesigner.index()];
    match (operational, strategic) {
        (Met, Met) => Some(Mode::Enhanced),
        (Met, _) => Some(Mode::Consumer),
        (NotMet | Near, Met) => Some(Mode::Participative),
        _ => None,
    }
}
