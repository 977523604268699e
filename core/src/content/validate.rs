//! Checks that turn a decoded [`Draft`] into a [`Content`] that is safe to
//! score with.

use super::error::ContentErrorKind;
use super::{Audience, Condition, Content, DimensionKind, Draft, Rung, FORMAT};
use crate::answers::MAX_POINTS;
use crate::lang::{Lang, Text};

/// Fewest items a dimension or rung may have: with fewer, the two-thirds
/// coverage rule would let a single answer stand for the whole.
pub const MIN_ITEMS: usize = 3;

/// The range of a suggestion's priority, as messages name it.
pub(crate) const PRIORITIES: &str = "1–9";
/// The range of a score or a credit.
pub(crate) const SCORES: &str = "0–100";

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
    unique("scale", content.scales.iter().map(|s| s.id.as_str()))?;
    if content.scales.is_empty() {
        return Err(ContentErrorKind::NoScale);
    }
    for scale in &content.scales {
        if !(2..=usize::from(MAX_POINTS)).contains(&scale.points.len()) {
            return Err(ContentErrorKind::ScalePoints {
                scale: scale.id.clone(),
                found: scale.points.len(),
            });
        }
    }
    unique("rung", content.rungs.iter().map(|rung| rung.id.id()))?;
    for rung in Rung::ALL {
        if !content.rungs.iter().any(|info| info.id == rung) {
            return Err(ContentErrorKind::MissingRung(rung.id()));
        }
    }
    content.rungs.sort_unstable_by_key(|info| info.id);
    unique(
        "dimension",
        content.dimensions.iter().map(|d| d.id.as_str()),
    )?;
    unique("item", content.items.iter().map(|item| item.id.as_str()))?;
    unique(
        "suggestion",
        content.suggestions.iter().map(|s| s.id.as_str()),
    )?;
    let (item_dimension, item_scale) = check_items(&content)?;
    check_rungs(&content, &item_scale)?;
    check_suggestions(&content, &item_scale)?;
    check_earlier(&content)?;
    Ok(Content {
        version: content.version,
        languages,
        title: content.title,
        scales: content.scales,
        outside: content.outside,
        rungs: content.rungs,
        dimensions: content.dimensions,
        items: content.items,
        item_dimension,
        item_scale,
        suggestions: content.suggestions,
        earlier: content.earlier,
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
    let outside = &content.outside;
    let mut texts: Vec<(String, &'static str, &Text)> = vec![
        ("questionnaire".into(), "title", &content.title),
        ("outside".into(), "not_my_role", &outside.not_my_role),
        ("outside".into(), "dont_know", &outside.dont_know),
    ];
    for scale in &content.scales {
        let owner = format!("scale \"{}\"", scale.id);
        texts.push((owner.clone(), "question", &scale.question));
        texts.extend(scale.points.iter().map(|p| (owner.clone(), "points", p)));
    }
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

/// Checks every item against its dimension and scale, and returns each
/// item's dimension index and scale index.
fn check_items(content: &Draft) -> Result<(Vec<usize>, Vec<usize>), ContentErrorKind> {
    let mut item_dimension = Vec::with_capacity(content.items.len());
    let mut item_scale = Vec::with_capacity(content.items.len());
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
        let Some(scale) = content.scales.iter().position(|s| s.id == item.scale) else {
            return Err(ContentErrorKind::UnknownScale {
                item: item.id.clone(),
                scale: item.scale.clone(),
            });
        };
        item_dimension.push(index);
        item_scale.push(scale);
        if content.dimensions[index].kind == DimensionKind::Context && item.rung.is_some() {
            return Err(ContentErrorKind::ContextRung(item.id.clone()));
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
    Ok((item_dimension, item_scale))
}

/// Every rung's items share one scale; its credits fit that scale, stay in
/// 0–100 and never fall as the points rise (so that a higher answer never
/// lowers a placement); its key items are on it.
fn check_rungs(content: &Draft, item_scale: &[usize]) -> Result<(), ContentErrorKind> {
    for info in &content.rungs {
        let rule = |problem: String| ContentErrorKind::RungRule {
            rung: info.id.id(),
            problem,
        };
        let mut scales = content
            .items
            .iter()
            .zip(item_scale)
            .filter(|(item, _)| item.rung == Some(info.id))
            .map(|(_, &scale)| scale);
        let scale = scales.next().unwrap_or(0);
        if scales.any(|other| other != scale) {
            return Err(rule("its items must all use one scale".into()));
        }
        let points = content.scales[scale].points.len();
        if info.credit.len() != points {
            return Err(rule(format!(
                "credit has {} values for a scale of {points} points",
                info.credit.len()
            )));
        }
        if let Some(&over) = info.credit.iter().find(|&&c| c > 100) {
            return Err(rule(format!("credit {over} is outside {SCORES}")));
        }
        if info.credit.windows(2).any(|pair| pair[1] < pair[0]) {
            return Err(rule(
                "credit must not fall from one point to the next".into(),
            ));
        }
        for need in &info.needs {
            if !content
                .items
                .iter()
                .any(|item| &item.id == need && item.rung == Some(info.id))
            {
                return Err(rule(format!(
                    "needs \"{need}\", which is not one of its items"
                )));
            }
        }
    }
    Ok(())
}

fn check_suggestions(content: &Draft, item_scale: &[usize]) -> Result<(), ContentErrorKind> {
    for suggestion in &content.suggestions {
        if !(1..=9).contains(&suggestion.priority) {
            return Err(ContentErrorKind::OutOfRange {
                suggestion: suggestion.id.clone(),
                value: suggestion.priority,
                range: PRIORITIES.into(),
            });
        }
        check_condition(content, item_scale, &suggestion.id, &suggestion.when, false)?;
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
    item_scale: &[usize],
    id: &str,
    condition: &Condition,
    nested: bool,
) -> Result<(), ContentErrorKind> {
    let unknown = |what: &'static str, name: &str| ContentErrorKind::UnknownReference {
        suggestion: id.to_owned(),
        what,
        id: name.to_owned(),
    };
    let out_of_range = |value: u8, range: String| ContentErrorKind::OutOfRange {
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
                return Err(out_of_range(*score, SCORES.into()));
            }
            Ok(())
        }
        Condition::ItemAtMost(item, point) | Condition::ItemAtLeast(item, point) => {
            let Some(index) = content.items.iter().position(|i| &i.id == item) else {
                return Err(unknown("item", item));
            };
            let points = content.scales[item_scale[index]].points.len() as u8;
            if !(1..=points).contains(point) {
                return Err(out_of_range(*point, format!("1–{points}")));
            }
            Ok(())
        }
        Condition::All(conditions) => conditions
            .iter()
            .try_for_each(|c| check_condition(content, item_scale, id, c, true)),
        _ => Ok(()),
    }
}

/// Earlier versions are other versions, and only items in both carry over.
fn check_earlier(content: &Draft) -> Result<(), ContentErrorKind> {
    unique(
        "earlier version",
        content
            .earlier
            .iter()
            .map(|e| e.version.as_str())
            .chain([content.version.as_str()]),
    )?;
    for earlier in &content.earlier {
        for carried in &earlier.carried {
            if !earlier.items.contains(carried) || !content.items.iter().any(|i| &i.id == carried) {
                return Err(ContentErrorKind::Earlier {
                    version: earlier.version.clone(),
                    problem: format!(
                        "carries \"{carried}\", which is not an item of both versions"
                    ),
                });
            }
        }
    }
    Ok(())
}
