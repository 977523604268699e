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

#[cfg(test)]
mod tests {
    use super::Facts;
    use crate::answers::{Answer, Answers};
    use crate::assess::assess;
    use crate::content::{Condition, Content};

    /// Every item answered at `point` (or its scale's top, if lower).
    fn at(content: &Content, point: u8) -> Answers {
        Answers::from_slots(
            (0..content.items().len())
                .map(|i| {
                    Answer::offered(content.points_of(i))
                        .nth(usize::from(point.min(content.points_of(i)) - 1))
                })
                .collect(),
        )
    }

    #[test]
    fn item_conditions_hold_exactly_at_their_limits() {
        let content = Content::builtin().unwrap();
        let answers = at(&content, 3);
        let assessment = assess(&content, &answers);
        let facts = Facts {
            content: &content,
            answers: &answers,
            assessment: &assessment,
        };
        let item = content.items()[0].id.clone();
        let point = answers.point(0).unwrap();
        for (condition, holds) in [
            (Condition::ItemAtMost(item.clone(), point), true),
            (Condition::ItemAtMost(item.clone(), point - 1), false),
            (Condition::ItemAtLeast(item.clone(), point), true),
            (Condition::ItemAtLeast(item.clone(), point + 1), false),
            (Condition::ItemAtMost("no-such-item".into(), 5), false),
        ] {
            assert_eq!(facts.holds(&condition), holds, "{condition:?}");
        }
        let dimension = content.dimensions()[0].id.clone();
        let score = facts.score(&dimension).unwrap();
        assert!(score > 0 && score < 100, "{score}");
        for (condition, holds) in [
            (Condition::DimensionBelow(dimension.clone(), score), false),
            (
                Condition::DimensionBelow(dimension.clone(), score + 1),
                true,
            ),
            (Condition::DimensionAtLeast(dimension.clone(), score), true),
            (
                Condition::DimensionAtLeast(dimension.clone(), score + 1),
                false,
            ),
        ] {
            assert_eq!(facts.holds(&condition), holds, "{condition:?}");
        }
    }

    #[test]
    fn the_weakest_dimension_of_a_combined_condition_is_its_lowest_score() {
        let content = Content::builtin().unwrap();
        // Mixed answers, so that the dimensions score differently.
        let answers = Answers::from_slots(
            (0..content.items().len())
                .map(|i| Answer::offered(content.points_of(i)).nth(i % 4))
                .collect(),
        );
        let assessment = assess(&content, &answers);
        let facts = Facts {
            content: &content,
            answers: &answers,
            assessment: &assessment,
        };
        let scored: Vec<(String, u8)> = content
            .dimensions()
            .iter()
            .filter_map(|d| Some((d.id.clone(), facts.score(&d.id)?)))
            .collect();
        let (low, high) = (
            scored.iter().min_by_key(|(_, s)| *s).unwrap(),
            scored.iter().max_by_key(|(_, s)| *s).unwrap(),
        );
        assert!(low.1 < high.1, "{scored:?}");
        let both = Condition::All(vec![
            Condition::DimensionAtLeast(high.0.clone(), 0),
            Condition::DimensionBelow(low.0.clone(), 101),
        ]);
        assert_eq!(facts.weakest(&both), low.1);
        assert_eq!(facts.weakest(&Condition::All(Vec::new())), 101);
        assert_eq!(facts.weakest(&Condition::Otherwise), 101);
    }
}
