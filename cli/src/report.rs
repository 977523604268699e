//! `stats`: internal consistency per dimension and the ladder's cumulative
//! structure, on pilot data, as Markdown.

use crate::responses::Response;
use crate::stats;
use peer_compass_core::{assess, Content, Rung, RungStatus};
use std::fmt::Write;

/// Fewer complete responses than this, and the report says the figures are
/// not yet worth reading (Nunnally & Bernstein's rule of thumb is hundreds;
/// the pilot plan in docs/METHOD.md aims at about 100).
pub const FEW: usize = 30;

fn fixed(value: Option<f64>) -> String {
    value.map_or_else(|| "–".to_owned(), |v| format!("{v:.2}"))
}

/// Each person's answer to `item` placed from 0 (lowest point) to 1 (highest).
fn item_values(
    content: &Content,
    responses: &[Response],
    items: &[usize],
) -> Vec<Vec<Option<f64>>> {
    responses
        .iter()
        .map(|r| {
            items
                .iter()
                .map(|&item| {
                    let span = f64::from(content.points_of(item).max(2) - 1);
                    r.answers.point(item).map(|p| f64::from(p - 1) / span)
                })
                .collect()
        })
        .collect()
}

/// The whole report.
pub fn report(content: &Content, responses: &[Response]) -> String {
    let mut out = String::new();
    let n = responses.len();
    let _ = writeln!(
        out,
        "# Scale statistics: {n} responses, questionnaire version {}\n",
        content.version()
    );
    if n < FEW {
        let _ = writeln!(
            out,
            "With fewer than {FEW} responses these figures are unstable: read them as a check that the tool runs, not as evidence.\n"
        );
    }
    let _ = writeln!(out, "## Internal consistency, per dimension\n");
    let _ = writeln!(out, "Answers are placed from 0 (lowest point) to 1 (highest) on each item's own scale. Only people who answered every item of a dimension on its scale count (listwise).\n");
    let _ = writeln!(
        out,
        "| dimension | items | complete | Cronbach's α | McDonald's ω |\n|---|---:|---:|---:|---:|"
    );
    let mut item_lines = String::new();
    for (index, dim) in content.dimensions().iter().enumerate() {
        let items: Vec<usize> = content.items_of(index).map(|(i, _)| i).collect();
        let rows = item_values(content, responses, &items);
        let complete = rows
            .iter()
            .filter(|r| r.iter().all(Option::is_some))
            .count();
        let _ = writeln!(
            out,
            "| {} | {} | {complete} | {} | {} |",
            dim.id,
            items.len(),
            fixed(stats::cronbach_alpha(&rows)),
            fixed(stats::omega_total(&rows))
        );
        for (item, r) in items.iter().zip(stats::item_rest_correlations(&rows)) {
            let _ = writeln!(
                item_lines,
                "| {} | {} | {} |",
                dim.id,
                content.items()[*item].id,
                fixed(r)
            );
        }
    }
    let _ = writeln!(out, "\nω is shown where a one-factor model can be fitted (at least 3 items and 10 complete responses, no Heywood case).\n");
    let _ = writeln!(
        out,
        "### Item–rest correlations\n\n| dimension | item | r |\n|---|---|---:|"
    );
    out.push_str(&item_lines);

    let _ = writeln!(out, "\n## The ladder\n");
    let rungs: Vec<Vec<Option<bool>>> = responses
        .iter()
        .map(|r| {
            assess(content, &r.answers)
                .rungs
                .iter()
                .map(|s| match s.status {
                    RungStatus::Unknown => None,
                    status => Some(status == RungStatus::InPlace),
                })
                .collect()
        })
        .collect();
    let in_place = |rung: usize| rungs.iter().filter(|r| r[rung] == Some(true)).count();
    let _ = writeln!(
        out,
        "| | {} |\n|---|{}",
        Rung::ALL.map(Rung::id).join(" | "),
        "---:|".repeat(3)
    );
    let _ = writeln!(
        out,
        "| in place | {} |",
        (0..3)
            .map(|r| in_place(r).to_string())
            .collect::<Vec<_>>()
            .join(" | ")
    );
    let hi = stats::loevinger_h_items(&rungs);
    let _ = writeln!(
        out,
        "| Hᵢ | {} |",
        hi.iter().map(|h| fixed(*h)).collect::<Vec<_>>().join(" | ")
    );
    let _ = writeln!(
        out,
        "\nRungs in place (in this order, lowest first), as a Guttman scale: coefficient of reproducibility {} (aim ≥ .90), Loevinger's H {} (≥ .3 a scale, ≥ .5 a strong one).",
        fixed(stats::guttman_reproducibility(&rungs)),
        fixed(stats::loevinger_h(&rungs))
    );
    // The rung items themselves, each counted when it earns at least half of
    // what its rung asks for.
    let items: Vec<usize> = Rung::ALL
        .into_iter()
        .flat_map(|rung| content.items_on(rung).map(|(i, _)| i))
        .collect();
    let counted: Vec<Vec<Option<bool>>> = responses
        .iter()
        .map(|r| {
            items
                .iter()
                .map(|&item| {
                    let answer = r.answers.get(item)?;
                    content.credit(item, answer).map(|c| c >= 50)
                })
                .collect()
        })
        .collect();
    let _ = writeln!(
        out,
        "The {} rung items, each counted when it earns at least half its rung's credit: coefficient of reproducibility {} (items in ladder order), H {}.",
        items.len(),
        fixed(stats::guttman_reproducibility(&counted)),
        fixed(stats::loevinger_h(&counted))
    );
    out
}
