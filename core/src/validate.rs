//! Checks that make a parsed [`Content`] safe to score with.

use crate::content::{Audience, Condition, Content, DimensionKind, Rung, FORMAT};
use crate::error::ContentErrorKind;
use crate::lang::Text;

/// Fewest items a dimension or rung may have: with fewer, the two-thirds
/// coverage rule would let a single answer stand for the whole.
pub const MIN_ITEMS: usize = 3;

pub(crate) fn validate(content: &Content) -> Result<(), ContentErrorKind> {
    if content.format != FORMAT {
        return Err(ContentErrorKind::UnsupportedFormat(content.format));
    }
    check_texts(content)?;
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
    check_items(content)?;
    check_suggestions(content)
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

fn check_texts(content: &Content) -> Result<(), ContentErrorKind> {
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
        if let Some(lang) = text.missing().next() {
            return Err(ContentErrorKind::MissingText { owner, field, lang });
        }
    }
    Ok(())
}

fn check_items(content: &Content) -> Result<(), ContentErrorKind> {
    for item in &content.items {
        let Some(dim) = content.dimensions.iter().find(|d| d.id == item.dimension) else {
            return Err(ContentErrorKind::UnknownDimension {
                item: item.id.clone(),
                dimension: item.dimension.clone(),
            });
        };
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
        .map(|dim| {
            let found = content.items_of(&dim.id).count();
            (format!("dimension \"{}\"", dim.id), found)
        })
        .chain(Rung::ALL.into_iter().map(|rung| {
            let found = content.items_on(rung).count();
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
    Ok(())
}

fn check_suggestions(content: &Content) -> Result<(), ContentErrorKind> {
    for suggestion in &content.suggestions {
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
    content: &Content,
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
            content
                .dimension_index(dim)
                .ok_or_else(|| unknown("dimension", dim))?;
            if *score > 100 {
                return Err(out_of_range(*score, "0–100"));
            }
            Ok(())
        }
        Condition::ItemAtMost(item, point) | Condition::ItemAtLeast(item, point) => {
            content
                .item_index(item)
                .ok_or_else(|| unknown("item", item))?;
            if !(1..=5).contains(point) {
                return Err(out_of_range(*point, "1–5"));
            }
            Ok(())
        }
        Condition::All(conditions) => conditions
            .iter()
            .try_for_each(|c| check_condition(content, id, c, true)),
        _ => Ok(()),
    }
}
