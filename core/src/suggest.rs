//! Choosing and ordering suggestions from the library.

use crate::answers::Answers;
use crate::assess::{Assessment, Placement};
use crate::content::Rung;
use crate::content::{Audience, Condition, Content, Suggestion};

/// At most this many suggestions per audience: a short list people act on.
pub const MAX_PER_AUDIENCE: usize = 4;

/// The suggestions for one audience, in the order to show them: what to work on
/// next first. Never empty for valid content, since every audience has an
/// `otherwise` suggestion.
pub fn suggest<'c>(
    content: &'c Content,
    answers: &Answers,
    assessment: &Assessment,
    audience: Audience,
) -> Vec<&'c Suggestion> {
    let facts = Facts {
        content,
        answers,
        assessment,
    };
    let for_audience = || {
        content
            .suggestions()
            .iter()
            .filter(move |s| s.audience == audience)
    };
    let mut chosen: Vec<(u8, u8, &Suggestion)> = for_audience()
        .filter(|s| s.when != Condition::Otherwise && facts.holds(&s.when))
        .map(|s| (s.priority, facts.weakest(&s.when), s))
        .collect();
    if chosen.is_empty() {
        chosen = for_audience()
            .filter(|s| s.when == Condition::Otherwise)
            .map(|s| (s.priority, 101, s))
            .collect();
    }
    // A few dozen at most: an insertion sort is smaller in the wasm than
    // the standard library's. Stable: equal keys keep the library's order.
    for i in 1..chosen.len() {
        let mut j = i;
        while j > 0 && (chosen[j].0, chosen[j].1) < (chosen[j - 1].0, chosen[j - 1].1) {
            chosen.swap(j, j - 1);
            j -= 1;
        }
    }
    chosen
        .into_iter()
        .take(MAX_PER_AUDIENCE)
        .map(|(.., s)| s)
        .collect()
}

struct Facts<'a> {
    content: &'a Content,
    answers: &'a Answers,
    assessment: &'a Assessment,
}

impl Facts<'_> {
    fn score(&self, dimension: &str) -> Option<u8> {
        self.assessment.dimension_score(self.content, dimension)
    }

    fn point(&self, item: &str) -> Option<u8> {
        self.content
            .item_index(item)
            .and_then(|index| self.answers.point(index))
    }

    fn holds(&self, condition: &Condition) -> bool {
        let placement = &self.assessment.placement;
        match condition {
            Condition::Otherwise => false,
            Condition::Uneven => placement.uneven(),
            Condition::TokenRole => *placement == Placement::TokenRole,
            Condition::LittleRoom => *placement == Placement::LittleRoom,
            Condition::NotPlaced => *placement == Placement::NotPlaced,
            Condition::Placed(rung) => placement.rung() == Some(*rung),
            Condition::Between(rung) => placement.between() == Some::<Rung>(*rung),
            Condition::DimensionBelow(dim, limit) => self.score(dim).is_some_and(|s| s < *limit),
            Condition::DimensionAtLeast(dim, limit) => self.score(dim).is_some_and(|s| s >= *limit),
            Condition::ItemAtMost(item, limit) => self.point(item).is_some_and(|p| p <= *limit),
            Condition::ItemAtLeast(item, limit) => self.point(item).is_some_and(|p| p >= *limit),
            Condition::All(conditions) => conditions.iter().all(|c| self.holds(c)),
        }
    }

    /// The lowest score among the dimensions a condition names (101 if none),
    /// so that among equal priorities the weaker dimension comes first.
    fn weakest(&self, condition: &Condition) -> u8 {
        match condition {
            Condition::DimensionBelow(dim, _) | Condition::DimensionAtLeast(dim, _) => {
                self.score(dim).unwrap_or(101)
            }
            Condition::All(conditions) => conditions
                .iter()
                .map(|c| self.weakest(c))
                .min()
                .unwrap_or(101),
            _ => 101,
        }
    }
}
