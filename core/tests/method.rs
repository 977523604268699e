//! docs/METHOD.md lists every item and suggestion as the questionnaire has
//! them (scripts/method-tables prints the tables), and names the thresholds
//! the engine uses.

use peer_compass_core::{Actor, Content, IN_PLACE, PARTLY, WEAK_CONDITIONS};

const METHOD: &str = include_str!("../../docs/METHOD.md");
const FULL: &str = include_str!("../content/questionnaire.json");

#[test]
fn the_method_lists_every_item_as_the_file_has_it() {
    let content = Content::parse(FULL, "questionnaire.json").unwrap();
    assert!(METHOD.contains(&format!("version **{}**", content.version())));
    for (index, item) in content.items().iter().enumerate() {
        let actor = match item.actor {
            Actor::Person => "self",
            Actor::Workplace => "workplace",
        };
        let row = format!(
            "| `{}` | {} | {} | {} | {} | {actor} |",
            item.id,
            item.text.get(peer_compass_core::Lang::En),
            item.dimension,
            item.rung.map_or("—", |r| r.id()),
            content.scale_of(index).id,
        );
        assert!(
            METHOD.contains(&row),
            "METHOD.md lacks or differs: {row}\n(run scripts/method-tables items)"
        );
    }
}

#[test]
fn the_method_lists_every_suggestion() {
    let content = Content::parse(FULL, "questionnaire.json").unwrap();
    for suggestion in content.suggestions() {
        let start = format!("| `{}` | {} | `", suggestion.id, suggestion.audience.id());
        let line = METHOD
            .lines()
            .find(|line| line.starts_with(&start))
            .unwrap_or_else(|| {
                panic!("METHOD.md lacks {start}\n(run scripts/method-tables suggestions)")
            });
        assert!(
            line.contains(&format!("` | {} |", suggestion.priority)),
            "{line}: priority {}",
            suggestion.priority
        );
    }
}

#[test]
fn the_method_states_the_thresholds_the_engine_uses() {
    for fact in [
        format!("credit ≥ {IN_PLACE} (`IN_PLACE`)"),
        format!("credit ≥ {PARTLY} (`PARTLY`)"),
        format!("below {WEAK_CONDITIONS} (`WEAK_CONDITIONS`"),
    ] {
        assert!(METHOD.contains(&fact), "METHOD.md does not say {fact:?}");
    }
}
