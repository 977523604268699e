//! The questionnaire this build ships with: complete, traceable, and every
//! suggestion reachable.

use peer_compass_core::{
    assess, suggest, Answer, Answers, Audience, Condition, Content, DimensionKind, Lang, Rung,
    BUILTIN_JSON,
};
use std::collections::BTreeSet;

const FULL: &str = include_str!("../content/questionnaire.json");

fn full() -> Content {
    Content::parse(FULL, "questionnaire.json").expect("the full file is valid")
}

#[test]
fn the_embedded_copy_is_the_file_without_provenance() {
    let embedded = Content::builtin().expect("embedded content is valid");
    let full = full();
    assert!(BUILTIN_JSON.len() < FULL.len());
    assert_eq!(embedded.items().len(), full.items().len());
    assert_eq!(embedded.items().len(), full.items().len());
    for (a, b) in embedded.items().iter().zip(full.items()) {
        assert_eq!(
            (&a.id, &a.text, &a.rung, &a.dimension),
            (&b.id, &b.text, &b.rung, &b.dimension)
        );
    }
    assert_eq!(embedded.suggestions().len(), full.suggestions().len());
    for (a, b) in embedded.suggestions().iter().zip(full.suggestions()) {
        assert_eq!((&a.id, &a.when, &a.text), (&b.id, &b.when, &b.text));
    }
}

#[test]
fn length_and_dimensions_are_as_documented() {
    let content = full();
    assert!(
        (20..=30).contains(&content.items().len()),
        "{} items",
        content.items().len()
    );
    let ids: Vec<&str> = content.dimensions().iter().map(|d| d.id.as_str()).collect();
    assert_eq!(
        ids,
        [
            "influence",
            "tacit-knowledge",
            "ownership",
            "bridging",
            "conditions"
        ]
    );
    let context: Vec<&str> = content
        .dimensions()
        .iter()
        .filter(|d| d.kind == DimensionKind::Context)
        .map(|d| d.id.as_str())
        .collect();
    assert_eq!(context, ["conditions"]);
    let counts = Rung::ALL.map(|rung| content.items_on(rung).count());
    assert_eq!(counts, [4, 6, 5], "items per rung");
    // Everyday work on a frequency scale; design and initiative, which come
    // in episodes, on a 12-month scale.
    for (index, item) in content.items().iter().enumerate() {
        let expected = match item.rung {
            Some(Rung::CoDesigner | Rung::Initiator) => "occurrence",
            _ => "frequency",
        };
        assert_eq!(content.scale_of(index).id, expected, "{}", item.id);
    }
}

/// Every item of one rung at its scale's top point and every other item at
/// its lowest places a person on that rung (higher rungs answered at the
/// lowest point, lower rungs too: an uneven pattern, but that rung).
#[test]
fn each_rung_at_the_top_and_the_rest_at_the_bottom_places_on_that_rung() {
    let content = full();
    for rung in Rung::ALL {
        let slots = (0..content.items().len())
            .map(|index| {
                let top = content.items()[index].rung == Some(rung);
                Some(Answer::Point(if top {
                    content.points_of(index)
                } else {
                    1
                }))
            })
            .collect();
        let result = assess(&content, &Answers::from_slots(slots));
        assert_eq!(result.placement.rung(), Some(rung), "{rung:?}");
        assert_eq!(result.placement.between(), None, "{rung:?}");
    }
}

#[test]
fn every_entry_traces_to_a_concept_and_a_source() {
    let content = full();
    let entries = content
        .items()
        .iter()
        .map(|i| (&i.id, &i.concept, &i.source))
        .chain(
            content
                .dimensions()
                .iter()
                .map(|d| (&d.id, &d.concept, &d.source)),
        )
        .chain(
            content
                .suggestions()
                .iter()
                .map(|s| (&s.id, &s.concept, &s.source)),
        );
    for (id, concept, source) in entries {
        assert!(!concept.trim().is_empty(), "{id} has no concept");
        assert!(!source.trim().is_empty(), "{id} has no source");
    }
}

#[test]
fn no_text_is_the_same_in_both_languages() {
    let content = full();
    for item in content.items() {
        assert_ne!(
            item.text.get(Lang::En),
            item.text.get(Lang::Nb),
            "{}",
            item.id
        );
    }
    for suggestion in content.suggestions() {
        assert_ne!(
            suggestion.text.get(Lang::En),
            suggestion.text.get(Lang::Nb),
            "{}",
            suggestion.id
        );
    }
}

#[test]
fn every_suggestion_is_reachable() {
    let content = full();
    let mut seen = BTreeSet::new();
    // A small deterministic generator: the same answer sets on every run.
    let mut state: u64 = 0x9E37_79B9_7F4A_7C15;
    let mut next = move || {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        state
    };
    for round in 0..30_000 {
        // Vary how answers cluster: some sets lean low, some high, some sparse.
        let bias = round % 6;
        let slots = (0..content.items().len())
            .map(|index| {
                let roll = next() % 12;
                match (bias, roll) {
                    (5, 0..=7) => None,
                    (_, 10) => Some(Answer::NotMyRole),
                    (_, 11) => None,
                    _ => {
                        let points = u64::from(content.points_of(index));
                        let point = (next() % points + (bias as u64) / 2).min(points - 1) + 1;
                        Some(Answer::Point(point as u8))
                    }
                }
            })
            .collect();
        let answers = Answers::from_slots(slots);
        let result = assess(&content, &answers);
        for audience in Audience::ALL {
            seen.extend(
                suggest(&content, &answers, &result, audience)
                    .into_iter()
                    .map(|s| s.id.clone()),
            );
        }
    }
    // The `otherwise` fallbacks are a safety net: here every placement already
    // has suggestions of its own (the fixture tests show the fallback firing).
    let unreachable: Vec<&str> = content
        .suggestions()
        .iter()
        .filter(|s| s.when != Condition::Otherwise)
        .map(|s| s.id.as_str())
        .filter(|id| !seen.contains(*id))
        .collect();
    assert!(unreachable.is_empty(), "never suggested: {unreachable:?}");
}

/// The compact form the widget reads at start-up is exactly the file's
/// content (without the documentation-only concept and source).
#[test]
fn the_compact_built_in_content_is_the_file() {
    let compact = Content::builtin().expect("the compact form reads");
    let parsed = Content::parse(BUILTIN_JSON, "questionnaire.json").expect("valid");
    assert_eq!(compact, parsed);
    assert!(!compact.items().is_empty());
}
