//! Checks that turn a decoded [`Draft`] into a [`Content`] that is safe to
//! score with.

use super::error::ContentErrorKind;
use super::{Audience, Condition, Content, DimensionKind, Draft, Rung, FORMAT};
use crate::lang::{Lang, Text};

/// Fewest items a dimension or rung may have: with fewer, the two-thirds
/// coverage rule would let a single answer stand for the whole.
pub const MIN_ITEMS: usize = 3;

/// The range of a suggestion's priority, as messages name it.
pub(crate) const PRIORITIES: &str = "1–9";
/// The range of a score in a condition.
pub(crate) const SCORES: &str = "0–100";
/// The range of a point in a condition.
pub(crate) const POINTS: &str = "1–5";

pub(crate) fn validate(mut content: Draft) -> Result<Content, ContentErrorKind> {
    if content.format != FORMAT {
        return Err(ContentErrorKind::UnsupportedFormat(content.format));
    }
    // The declared languages this build can speak, in its own order.
    let languages: Vec<Lang> = Lang::ALL
        .iter()
        .copied()
        .filter(|lang| content.languages.iter().any(|code| code == lang.code()))
        .collect();
    if languages.is_empty() {
        return Err(ContentErrorKind::NoKnownLanguage(
            content.languages.join(", "),
        ));
    }
    check_texts(&content, &languages)?;
    if content.scale.points.len() != 5 {
        return Err(ContentErrorKind::ScalePoints(content.scale.points.len()));
    }
    unique("rung", content.rungs.iter().map(|rung| rung.id.id()))?;
    for rung in Rung::ALL {
        if !content.rungs.iter().any(|info| info.id == rung) {
            return Err(ContentErrorKind::MissingRung(rung.id()));
        }
    }
    unique(
        "dimension",
        content.dimensions.iter().map(|d| d.id.as_str()),
    )?;
    unique("item", content.items.iter().map(|item| item.id.as_str()))?;
    unique(
        "suggestion",
        content.suggestions.iter().map(|s| s.id.as_str()),
    )?;
    let item_dimension = check_items(&content)?;
    check_suggestions(&content)?;
    content.rungs.sort_unstable_by_key(|info| info.id);
    Ok(Content {
        version: content.version,
        languages,
        title: content.title,
        scale: content.scale,
        rungs: content.rungs,
        dimensions: content.dimensions,
        items: content.items,
        item_dimension,
        suggestions: content.suggestions,
    })
}

fn unique<'a>(
    what: &'static str,
    ids: impl Iterator<Item = &'a str>,
) -> Result<(), ContentErrorKind> {
    // A handful of ids: a linear scan is smaller in the wasm than a hash set.
    let mut seen = Vec::new();
    for id in ids {
        if seen.contains(&id) {
            return Err(ContentErrorKind::DuplicateId {
                what,
                id: id.to_owned(),
            });
        }
        seen.push(id);
    }
    Ok(())
}

fn check_texts(content: &Draft, languages: &[Lang]) -> Result<(), ContentErrorKind> {
    let scale = &content.scale;
    let mut texts: Vec<(String, &'static str, &Text)> = vec![
        ("questionnaire".into(), "title", &content.title),
        ("scale".into(), "not_my_role", &scale.not_my_role),
        ("scale".into(), "dont_know", &scale.dont_know),
    ];
    texts.extend(scale.points.iter().map(|p| ("scale".into(), "points", p)));
    for rung in &content.rungs {
        let owner = format!("rung \"{}\"", rung.id.id());
        texts.push((owner.clone(), "name", &rung.name));
        texts.push((owner, "description", &rung.description));
    }
    for dim in &content.dimensions {
        let owner = format!("dimension \"{}\"", dim.id);
        texts.push((owner.clone(), "name", &dim.name));
        texts.push((owner, "description", &dim.description));
    }
    for item in &content.items {
        let owner = format!("item \"{}\"", item.id);
        if let Some(hint) = &item.hint {
            texts.push((owner.clone(), "hint", hint));
        }
        texts.push((owner, "text", &item.text));
    }
    for suggestion in &content.suggestions {
        texts.push((
            format!("suggestion \"{}\"", suggestion.id),
            "text",
            &suggestion.text,
        ));
    }
    for (owner, field, text) in texts {
        if let Some(lang) = text.first_missing(languages) {
            return Err(ContentErrorKind::MissingText { owner, field, lang });
        }
    }
    Ok(())
}

/// Checks every item against its dimension, and returns each item's
/// dimension index.
fn check_items(content: &Draft) -> Result<Vec<usize>, ContentErrorKind> {
    let mut item_dimension = Vec::with_capacity(content.items.len());
    for item in &content.items {
        let Some(index) = content
            .dimensions
            .iter()
            .position(|d| d.id == item.dimension)
        else {
            return Err(ContentErrorKind::UnknownDimension {
                item: item.id.clone(),
                dimension: item.dimension.clone(),
            });
        };
        item_dimension.push(index);
        let dim = &content.dimensions[index];
        let needs_rung = dim.kind == DimensionKind::Person;
        if needs_rung != item.rung.is_some() {
            return Err(ContentErrorKind::RungMismatch {
                item: item.id.clone(),
                needs_rung,
            });
        }
    }
    let counts = content
        .dimensions
        .iter()
        .enumerate()
        .map(|(index, dim)| {
            let found = item_dimension.iter().filter(|&&d| d == index).count();
            (format!("dimension \"{}\"", dim.id), found)
        })
        .chain(Rung::ALL.into_iter().map(|rung| {
            let found = content
                .items
                .iter()
                .filter(|i| i.rung == Some(rung))
                .count();
            (format!("rung \"{}\"", rung.id()), found)
        }));
    for (what, found) in counts {
        if found < MIN_ITEMS {
            return Err(ContentErrorKind::TooFewItems {
                what,
                found,
                needed: MIN_ITEMS,
            });
        }
    }
    Ok(item_dimension)
}

fn check_suggestions(content: &Draft) -> Result<(), ContentErrorKind> {
    for suggestion in &content.suggestions {
        if !(1..=9).contains(&suggestion.priority) {
            return Err(ContentErrorKind::OutOfRange {
                suggestion: suggestion.id.clone(),
                value: suggestion.priority,
                range: PRIORITIES,
            });
        }
        check_condition(content, &suggestion.id, &suggestion.when, false)?;
    }
    for audience in Audience::ALL {
        let has_fallback = content
            .suggestions
            .iter()
            .any(|s| s.audience == audience && s.when == Condition::Otherwise);
        if !has_fallback {
            return Err(ContentErrorKind::NoFallback(audience.id()));
        }
    }
    Ok(())
}

fn check_condition(
    content: &Draft,
    id: &str,
    condition: &Condition,
    nested: bool,
) -> Result<(), ContentErrorKind> {
    let unknown = |what: &'static str, name: &str| ContentErrorKind::UnknownReference {
        suggestion: id.to_owned(),
        what,
        id: name.to_owned(),
    };
    let out_of_range = |value: u8, range: &'static str| ContentErrorKind::OutOfRange {
        suggestion: id.to_owned(),
        value,
        range,
    };
    match condition {
        Condition::Otherwise if nested => Err(ContentErrorKind::NestedOtherwise(id.to_owned())),
        Condition::DimensionBelow(dim, score) | Condition::DimensionAtLeast(dim, score) => {
            if !content.dimensions.iter().any(|d| &d.id == dim) {
                return Err(unknown("dimension", dim));
            }
            if *score > 100 {
                return Err(out_of_range(*score, SCORES));
            }
            Ok(())
        }
        Condition::ItemAtMost(item, point) | Condition::ItemAtLeast(item, point) => {
            if !content.items.iter().any(|i| &i.id == item) {
                return Err(unknown("item", item));
            }
            if !(1..=5).contains(point) {
                return Err(out_of_range(*point, POINTS));
            }
            Ok(())
        }
        Condition::All(conditions) => conditions
            .iter()
            .try_for_each(|c| check_condition(content, id, c, true)),
        _ => Ok(()),
    }
}
