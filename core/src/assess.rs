//! From answers to dimension scores, rung statuses, placement and mode.
//!
//! The rules and their thresholds, and why they are what they are, are in
//! `docs/METHOD.md` §4.

use crate::answers::{Answer, Answers};
use crate::content::{Content, DimensionKind, Rung, SCORE_UNIT};

/// A rung is in place when its items' credits average at least this (0–100):
/// half of what the rung asks for.
pub const IN_PLACE: u32 = 50;
/// A rung shows in part from this average credit (0–100).
pub const PARTLY: u32 = 25;
/// Conditions at work below this score (0–100), with no rung in place, mark a
/// token role: on the frequency scale, answers below "sometimes" on average.
pub const WEAK_CONDITIONS: u8 = 50;

/// How a set of items was answered.
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Tally {
    /// Items answered on the scale.
    pub answered: usize,
    /// Items in the set.
    pub total: usize,
    /// Items answered "not part of my role".
    pub not_my_role: usize,
    /// The sum over answered items: normalised points for a dimension (each
    /// 0–[`SCORE_UNIT`]), credits for a rung (each 0–100).
    pub sum: u32,
}

impl Tally {
    fn of(
        answers: &Answers,
        items: impl Iterator<Item = usize>,
        value: impl Fn(usize, Answer) -> Option<u32>,
    ) -> Tally {
        items.fold(Tally::default(), |tally, index| {
            let answer = answers.get(index);
            let counted = answer.and_then(|a| value(index, a));
            Tally {
                answered: tally.answered + usize::from(counted.is_some()),
                total: tally.total + 1,
                not_my_role: tally.not_my_role + usize::from(answer == Some(Answer::NotMyRole)),
                sum: tally.sum + counted.unwrap_or(0),
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

    /// The mean on 0–100 of values whose full mark is `unit`, rounded half
    /// up; `None` when too few items are answered.
    fn mean(&self, unit: u32) -> Option<u8> {
        if !self.enough() {
            return None;
        }
        let n = self.answered as u32;
        Some(((200 * self.sum + unit * n) / (2 * unit * n)) as u8)
    }

    /// Whether the answered values average at least `threshold` (0–100).
    fn mean_at_least(&self, threshold: u32) -> bool {
        self.sum >= threshold * self.answered as u32
    }
}

/// A dimension's result.
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DimensionScore {
    /// Index into the content's dimensions.
    pub dimension: usize,
    /// Person or context.
    pub kind: DimensionKind,
    /// Its answers (sum of normalised points).
    pub tally: Tally,
    /// 0–100: the mean of its answers, each placed from 0 (the lowest point
    /// of its scale) to 100 (the highest); `None` with too few answers.
    pub score: Option<u8>,
}

/// How much of a rung shows in the answers.
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "kebab-case"))]
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum RungStatus {
    /// Too few answers to say.
    Unknown,
    /// Average credit below [`PARTLY`], or none of the rung's key items counts.
    NotYet,
    /// Average credit from [`PARTLY`] to below [`IN_PLACE`], with a key item.
    Partly,
    /// Average credit of [`IN_PLACE`] or more, with a key item.
    InPlace,
}

/// A rung's result.
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RungScore {
    /// Which rung.
    pub rung: Rung,
    /// Its answers (sum of credits).
    pub tally: Tally,
    /// The average credit, 0–100, or `None` with too few answers.
    pub credit: Option<u8>,
    /// Whether a key item counts (always, for a rung without key items).
    pub key: bool,
    /// In place, partly, not yet or unknown.
    pub status: RungStatus,
}

impl RungScore {
    /// Whether most of the rung's items were answered "not part of my role":
    /// the role does not include that work, rather than answers missing.
    pub fn outside_role(&self) -> bool {
        self.tally.total > 0 && 2 * self.tally.not_my_role >= self.tally.total
    }

    /// Whether, below a placed rung, this one shows less than in place: not
    /// yet or partly, or mostly "not part of my role". Any such rung makes a
    /// placement uneven.
    pub fn shows_less(&self) -> bool {
        matches!(self.status, RungStatus::NotYet | RungStatus::Partly)
            || (self.status == RungStatus::Unknown && self.outside_role())
    }
}

/// Where the answers place a person's role.
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(
    feature = "serde",
    serde(
        tag = "kind",
        rename_all = "kebab-case",
        rename_all_fields = "kebab-case"
    )
)]
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Placement {
    /// Too few answers about day-to-day work, and no rung in place.
    NotPlaced,
    /// No rung in place, without weak conditions: little room yet.
    LittleRoom,
    /// No rung in place, not even in part at the co-designer rung, and weak
    /// conditions at work: a token role (Gillard et al. 2015; Arnstein 1969).
    TokenRole,
    /// The highest rung in place.
    Rung {
        /// Which.
        rung: Rung,
        /// The next rung up, when it shows in part.
        between: Option<Rung>,
        /// Whether a rung below shows less than in place (answered not yet or
        /// partly, or mostly "not part of my role").
        uneven: bool,
    },
}

impl Placement {
    /// The stable id researchers' files and the completion event use: the
    /// rung's id, or `not-placed`, `little-room`, `token-role`.
    pub fn id(&self) -> &'static str {
        match self {
            Placement::NotPlaced => "not-placed",
            Placement::LittleRoom => "little-room",
            Placement::TokenRole => "token-role",
            Placement::Rung { rung, .. } => rung.id(),
        }
    }

    /// The rung placed on, if any.
    pub fn rung(&self) -> Option<Rung> {
        match self {
            Placement::Rung { rung, .. } => Some(*rung),
            _ => None,
        }
    }

    /// The next rung up, when it shows in part.
    pub fn between(&self) -> Option<Rung> {
        match self {
            Placement::Rung { between, .. } => *between,
            _ => None,
        }
    }

    /// Whether a rung below the one placed on shows less.
    pub fn uneven(&self) -> bool {
        matches!(self, Placement::Rung { uneven: true, .. })
    }

    /// Height on the ladder in half steps: 0 with no rung in place, then 2
    /// for each rung up to the one placed on, +1 when the next shows in part.
    /// Raising an answer never lowers it.
    pub fn rank(&self) -> u8 {
        let rung = self.rung().map_or(0, |rung| rung.index() as u8 + 1);
        2 * rung + u8::from(self.between().is_some())
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

impl Mode {
    /// The id results use.
    pub fn id(self) -> &'static str {
        match self {
            Mode::Consumer => "consumer",
            Mode::Participative => "participative",
            Mode::Enhanced => "enhanced",
        }
    }
}

/// Everything the answers say, before suggestions.
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Assessment {
    /// One per dimension, in content order (person and context).
    pub dimensions: Vec<DimensionScore>,
    /// One per rung, lowest first.
    pub rungs: Vec<RungScore>,
    /// All context items together, 0–100: what the workplace offers.
    pub conditions: Option<u8>,
    /// The role's place.
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
    let normalised =
        |item: usize, answer: Answer| answer.point().map(|p| content.normalised(item, p));
    let credit = |item: usize, answer: Answer| content.credit(item, answer).map(u32::from);
    let dimensions = content
        .dimensions()
        .iter()
        .enumerate()
        .map(|(index, dim)| {
            let tally = Tally::of(answers, content.items_of(index).map(|(i, _)| i), normalised);
            DimensionScore {
                dimension: index,
                kind: dim.kind,
                tally,
                score: tally.mean(SCORE_UNIT),
            }
        })
        .collect();
    let context_items = (0..content.items().len()).filter(|&item| {
        content
            .dimension_of(item)
            .is_some_and(|d| d.kind == DimensionKind::Context)
    });
    let conditions = Tally::of(answers, context_items, normalised).mean(SCORE_UNIT);
    let rungs: Vec<RungScore> = Rung::ALL
        .into_iter()
        .map(|rung| {
            let items = content.items_on(rung).map(|(i, _)| i);
            let tally = Tally::of(answers, items, credit);
            let needs = &content.rung(rung).needs;
            let key = needs.is_empty()
                || needs.iter().any(|id| {
                    content.item_index(id).is_some_and(|item| {
                        answers
                            .get(item)
                            .and_then(|a| content.credit(item, a))
                            .is_some_and(|c| c > 0)
                    })
                });
            RungScore {
                rung,
                tally,
                credit: tally.mean(100),
                key,
                status: status(&tally, key),
            }
        })
        .collect();
    Assessment {
        dimensions,
        placement: place(&rungs, conditions),
        mode: mode(&rungs),
        conditions,
        rungs,
    }
}

fn status(tally: &Tally, key: bool) -> RungStatus {
    if !tally.enough() {
        RungStatus::Unknown
    } else if key && tally.mean_at_least(IN_PLACE) {
        RungStatus::InPlace
    } else if key && tally.mean_at_least(PARTLY) {
        RungStatus::Partly
    } else {
        RungStatus::NotYet
    }
}

/// The highest rung in place, with "between" and "uneven"; otherwise a token
/// role, too few answers, or little room.
fn place(rungs: &[RungScore], conditions: Option<u8>) -> Placement {
    let top = rungs.iter().rposition(|r| r.status == RungStatus::InPlace);
    if let Some(top) = top {
        let between = rungs
            .get(top + 1)
            .filter(|next| next.status == RungStatus::Partly)
            .map(|next| next.rung);
        let uneven = rungs[..top].iter().any(RungScore::shows_less);
        return Placement::Rung {
            rung: rungs[top].rung,
            between,
            uneven,
        };
    }
    let co_designer = rungs[Rung::CoDesigner.index()].status;
    let weak = conditions.is_some_and(|score| score < WEAK_CONDITIONS);
    if weak && co_designer != RungStatus::Partly {
        Placement::TokenRole
    } else if rungs[Rung::CoImplementor.index()].status == RungStatus::Unknown {
        Placement::NotPlaced
    } else {
        Placement::LittleRoom
    }
}

fn mode(rungs: &[RungScore]) -> Option<Mode> {
    let in_place = |rung: Rung| rungs[rung.index()].status == RungStatus::InPlace;
    match (in_place(Rung::CoImplementor), in_place(Rung::CoDesigner)) {
        (true, true) => Some(Mode::Enhanced),
        (true, false) => Some(Mode::Consumer),
        (false, true) => Some(Mode::Participative),
        (false, false) => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rung(total: usize, not_my_role: usize) -> RungScore {
        RungScore {
            rung: Rung::CoDesigner,
            tally: Tally {
                answered: total - not_my_role,
                total,
                not_my_role,
                sum: 0,
            },
            credit: None,
            key: true,
            status: RungStatus::Unknown,
        }
    }

    /// "Not part of my role" for at least half of a rung's items means the
    /// role does not include that work; a rung with no items says nothing.
    #[test]
    fn a_rung_is_outside_the_role_from_half_its_items() {
        for (total, not_my_role, outside) in [
            (0, 0, false),
            (1, 0, false),
            (1, 1, true),
            (3, 1, false),
            (3, 2, true),
            (4, 1, false),
            (4, 2, true),
            (6, 2, false),
            (6, 3, true),
            (6, 6, true),
        ] {
            assert_eq!(
                rung(total, not_my_role).outside_role(),
                outside,
                "{not_my_role} of {total}"
            );
        }
    }

    #[test]
    fn a_rung_below_shows_less_unless_in_place_or_simply_unanswered() {
        let with = |status, not_my_role| RungScore {
            status,
            ..rung(4, not_my_role)
        };
        assert!(with(RungStatus::NotYet, 0).shows_less());
        assert!(with(RungStatus::Partly, 0).shows_less());
        assert!(!with(RungStatus::InPlace, 0).shows_less());
        assert!(!with(RungStatus::InPlace, 4).shows_less());
        // Unknown: too few answers says nothing, unless most were "not part
        // of my role".
        assert!(!with(RungStatus::Unknown, 1).shows_less());
        assert!(with(RungStatus::Unknown, 2).shows_less());
    }
}
