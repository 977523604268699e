//! `calibrate`: blind raters' answers placed and compared with their cases'
//! expected results (calibration/, see calibration/README.md).

use crate::responses::{read, Format, Response};
use crate::score::score;
use peer_compass_core::{Answer, Content, Placement};
use serde::Deserialize;
use std::collections::BTreeMap;
use std::fmt::Write;
use std::path::Path;

/// A case's expected result, as `expected.json` gives it.
#[derive(Clone, Debug, Deserialize, PartialEq, Eq)]
pub struct Expected {
    /// `en` or `nb`.
    pub lang: String,
    /// The placement's id.
    pub placement: String,
    /// The next rung up, when it shows in part.
    pub between: Option<String>,
    /// Whether a rung below shows less.
    pub uneven: bool,
    /// The sentence from the paper that justifies it.
    pub why: String,
}

/// A result as the three things compared.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Outcome {
    /// The placement's id.
    pub placement: String,
    /// The next rung up, if any.
    pub between: Option<String>,
    /// Whether uneven.
    pub uneven: bool,
}

impl Outcome {
    fn of(placement: &Placement) -> Outcome {
        Outcome {
            placement: placement.id().to_owned(),
            between: placement.between().map(|r| r.id().to_owned()),
            uneven: placement.uneven(),
        }
    }

    fn expected(e: &Expected) -> Outcome {
        Outcome {
            placement: e.placement.clone(),
            between: e.between.clone(),
            uneven: e.uneven,
        }
    }
}

impl std::fmt::Display for Outcome {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.placement)?;
        if let Some(next) = &self.between {
            write!(f, " → {next}")?;
        }
        if self.uneven {
            f.write_str(", uneven")?;
        }
        Ok(())
    }
}

/// One rater's answers to one case.
pub fn load(dir: &Path, case: &str, content: &Content) -> Result<Option<Response>, String> {
    let path = dir.join(format!("{case}.json"));
    let Ok(bytes) = std::fs::read(&path) else {
        return Ok(None);
    };
    let mut people = read(&bytes, &path.display().to_string(), Format::Json, content)
        .map_err(|e| e.to_string())?;
    let mut person = people
        .pop()
        .ok_or(format!("{}: no answers", path.display()))?;
    person.id = case.to_owned();
    Ok(Some(person))
}

/// How many single-answer moves of one step (up or down, on the scale) change
/// the outcome, out of how many there are.
pub fn stability(content: &Content, response: &Response) -> (usize, usize) {
    let base = Outcome::of(&score(content, response).1.placement);
    let (mut changed, mut moves) = (0, 0);
    for item in 0..content.items().len() {
        let Some(point) = response.answers.point(item) else {
            continue;
        };
        for moved in [point - 1, point + 1] {
            if !(1..=content.points_of(item)).contains(&moved) {
                continue;
            }
            let mut other = response.clone();
            other.answers.set(item, Some(Answer::Point(moved)));
            moves += 1;
            changed += usize::from(Outcome::of(&score(content, &other).1.placement) != base);
        }
    }
    (changed, moves)
}

/// Everything `calibrate` finds.
#[derive(Clone, Debug, Default)]
pub struct Findings {
    /// Per case: expected, the first rater's outcome, the second rater's.
    pub cases: BTreeMap<String, (Outcome, Outcome, Option<Outcome>)>,
    /// Per case: (moves that change the outcome, moves).
    pub stability: BTreeMap<String, (usize, usize)>,
    /// Per case with two raters: items answered alike, within one point, of
    /// items both answered on the scale.
    pub raters: BTreeMap<String, (usize, usize, usize)>,
}

/// Reads `expected.json` and `answers/<version>[-second]/` under `dir`.
pub fn findings(dir: &Path, content: &Content) -> Result<Findings, String> {
    let expected: BTreeMap<String, Expected> = serde_json::from_slice(
        &std::fs::read(dir.join("expected.json")).map_err(|e| format!("expected.json: {e}"))?,
    )
    .map_err(|e| format!("expected.json: {e}"))?;
    let first = dir.join("answers").join(content.version());
    let second = dir
        .join("answers")
        .join(format!("{}-second", content.version()));
    let mut findings = Findings::default();
    for (case, e) in &expected {
        let Some(one) = load(&first, case, content)? else {
            return Err(format!("{}: no answers for {case}", first.display()));
        };
        let two = load(&second, case, content)?;
        let outcome = |r: &Response| Outcome::of(&score(content, r).1.placement);
        findings.cases.insert(
            case.clone(),
            (
                Outcome::expected(e),
                outcome(&one),
                two.as_ref().map(outcome),
            ),
        );
        findings
            .stability
            .insert(case.clone(), stability(content, &one));
        if let Some(two) = &two {
            let both: Vec<(u8, u8)> = (0..content.items().len())
                .filter_map(|i| Some((one.answers.point(i)?, two.answers.point(i)?)))
                .collect();
            let same = both.iter().filter(|(a, b)| a == b).count();
            let near = both.iter().filter(|(a, b)| a.abs_diff(*b) <= 1).count();
            findings
                .raters
                .insert(case.clone(), (same, near, both.len()));
        }
    }
    Ok(findings)
}

/// `part` of `whole` in whole percent, rounded half up.
fn percent(part: usize, whole: usize) -> usize {
    (200 * part + whole) / (2 * whole.max(1))
}

/// The findings as Markdown.
pub fn report(content: &Content, findings: &Findings) -> String {
    let mut out = String::new();
    let cases = &findings.cases;
    let agree = cases.values().filter(|(e, one, _)| e == one).count();
    let _ = writeln!(
        out,
        "# Calibration: questionnaire version {}\n\n{agree} of {} cases placed as expected ({}%).\n",
        content.version(),
        cases.len(),
        percent(agree, cases.len())
    );
    let _ = writeln!(
        out,
        "### Confusion matrix (placement only; rows expected, columns found)\n"
    );
    let ids = [
        "co-implementor",
        "co-designer",
        "initiator",
        "little-room",
        "token-role",
        "not-placed",
    ];
    let _ = writeln!(
        out,
        "| expected \\ found | {} |\n|---|{}",
        ids.join(" | "),
        "---:|".repeat(ids.len())
    );
    for row in ids {
        let counts: Vec<String> = ids
            .iter()
            .map(|col| {
                cases
                    .values()
                    .filter(|(e, one, _)| e.placement == row && one.placement == *col)
                    .count()
                    .to_string()
            })
            .collect();
        let _ = writeln!(out, "| {row} | {} |", counts.join(" | "));
    }
    let _ = writeln!(out, "\n### Every case\n\n| case | expected | found | second rater | moves that change it |\n|---|---|---|---|---:|");
    for (case, (e, one, two)) in cases {
        let (changed, moves) = findings.stability[case];
        let mark = if e == one { "" } else { " ✗" };
        let _ = writeln!(
            out,
            "| {case} | {e} | {one}{mark} | {} | {changed} of {moves} |",
            two.as_ref()
                .map_or_else(|| "–".to_owned(), |t| t.to_string())
        );
    }
    let pairs: Vec<_> = cases
        .values()
        .filter_map(|(_, one, two)| Some((one, two.as_ref()?)))
        .collect();
    let same = pairs.iter().filter(|(a, b)| a == b).count();
    let (alike, near, both) = findings
        .raters
        .values()
        .fold((0, 0, 0), |t, r| (t.0 + r.0, t.1 + r.1, t.2 + r.2));
    let _ = writeln!(
        out,
        "\n### Two raters\n\n{same} of {} cases rated twice got the same result from both raters. Item by item, the two raters gave the same point {alike} times of {both} ({}%), and points at most one apart {near} times ({}%).",
        pairs.len(),
        percent(alike, both),
        percent(near, both)
    );
    out
}
