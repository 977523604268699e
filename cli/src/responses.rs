//! Reading responses: one row per person, as CSV or JSON.
//!
//! Columns (or keys) are item ids; a value is the point on that item's scale
//! (1 = lowest), `n` (not part of my role), `d` (don't know), or empty
//! (skipped). Besides item ids, a file may have `id` (the respondent),
//! `version` (the questionnaire version the answers belong to) and the
//! columns `score` writes and the widget's CSV export carries (`date`,
//! `lang`, `placement`, `between`, `uneven`, `mode`, and a score per
//! dimension): those are ignored, since the result is computed again.

use peer_compass_core::{Answer, Answers, Content};
use std::fmt;

/// One person's answers, with what names them.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Response {
    /// The respondent's id, or their row number.
    pub id: String,
    /// The answers, for the content given.
    pub answers: Answers,
    /// When the answers belong to an earlier version: that version.
    pub from: Option<String>,
}

/// Where reading went wrong: the file, the row (1 is the first person) and
/// the column, and what was wrong.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ReadError {
    /// File name as given.
    pub file: String,
    /// The row of the person (1-based, not counting a CSV header), if any.
    pub row: Option<usize>,
    /// The column (or key), if any.
    pub column: Option<String>,
    /// What is wrong.
    pub problem: String,
}

impl fmt::Display for ReadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.file)?;
        if let Some(row) = self.row {
            write!(f, ": row {row}")?;
        }
        if let Some(column) = &self.column {
            write!(f, ", column {column}")?;
        }
        write!(f, ": {}", self.problem)
    }
}

/// Columns that are not items and are not read.
pub fn is_result_column(name: &str, content: &Content) -> bool {
    matches!(
        name,
        "date" | "lang" | "placement" | "between" | "uneven" | "mode"
    ) || content.dimensions().iter().any(|d| d.id == name)
        || name.starts_with("status.")
        || name.starts_with("credit.")
}

/// Which format a file is in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    /// Comma-separated, with a header row.
    Csv,
    /// An array of objects (or one object), one per person.
    Json,
}

impl Format {
    /// From a file name's extension.
    pub fn of_path(path: &str) -> Option<Format> {
        let lower = path.to_ascii_lowercase();
        if lower.ends_with(".csv") {
            Some(Format::Csv)
        } else if lower.ends_with(".json") {
            Some(Format::Json)
        } else {
            None
        }
    }
}

/// Reads every person in `bytes` (the contents of `file`).
pub fn read(
    bytes: &[u8],
    file: &str,
    format: Format,
    content: &Content,
) -> Result<Vec<Response>, ReadError> {
    let fail = |row: Option<usize>, column: Option<&str>, problem: String| ReadError {
        file: file.to_owned(),
        row,
        column: column.map(str::to_owned),
        problem,
    };
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let text = std::str::from_utf8(bytes).map_err(|error| {
        let before = &bytes[..error.valid_up_to()];
        let line = 1 + before.iter().filter(|&&b| b == b'\n').count();
        fail(
            None,
            None,
            format!(
                "line {line} is not valid UTF-8; save the file as UTF-8 (in a spreadsheet: \"CSV UTF-8\")"
            ),
        )
    })?;
    let rows: Vec<Vec<(String, String)>> = match format {
        Format::Csv => csv_rows(text).map_err(|(row, problem)| fail(row, None, problem))?,
        Format::Json => json_rows(text).map_err(|(row, problem)| fail(row, None, problem))?,
    };
    rows.into_iter()
        .enumerate()
        .map(|(index, cells)| {
            let row = index + 1;
            person(&cells, row, content)
                .map_err(|(column, problem)| fail(Some(row), column.as_deref(), problem))
        })
        .collect()
}

type RowError = (Option<usize>, String);

fn csv_rows(text: &str) -> Result<Vec<Vec<(String, String)>>, RowError> {
    // Spreadsheets with Norwegian settings (and the widget's Norwegian
    // export) separate cells with semicolons.
    let header = text.lines().next().unwrap_or_default();
    let separator = if header.matches(';').count() > header.matches(',').count() {
        b';'
    } else {
        b','
    };
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(separator)
        .has_headers(true)
        .trim(csv::Trim::All)
        .from_reader(text.as_bytes());
    let headers: Vec<String> = reader
        .headers()
        .map_err(|e| (None, format!("the header row cannot be read: {e}")))?
        .iter()
        .map(str::to_owned)
        .collect();
    if headers.iter().all(String::is_empty) {
        return Err((None, "there is no header row of item ids".into()));
    }
    let mut rows = Vec::new();
    for (index, record) in reader.records().enumerate() {
        let row = index + 1;
        let record = record.map_err(|e| match e.kind() {
            csv::ErrorKind::UnequalLengths {
                expected_len, len, ..
            } => (
                Some(row),
                format!("has {len} cells, the header has {expected_len}"),
            ),
            _ => (Some(row), e.to_string()),
        })?;
        rows.push(
            headers
                .iter()
                .cloned()
                .zip(record.iter().map(str::to_owned))
                .collect(),
        );
    }
    Ok(rows)
}

fn json_rows(text: &str) -> Result<Vec<Vec<(String, String)>>, RowError> {
    let value: serde_json::Value =
        serde_json::from_str(text).map_err(|e| (None, format!("not valid JSON: {e}")))?;
    let people = match value {
        serde_json::Value::Array(people) => people,
        object @ serde_json::Value::Object(_) => match object["format"].as_str() {
            // The widget's files: an export is one person, a device's
            // history one person per result.
            Some("peer-compass-export") => vec![exported(&object)],
            Some("peer-compass-device") => object["history"]
                .as_array()
                .map(|history| history.iter().map(exported).collect())
                .unwrap_or_default(),
            _ => vec![object],
        },
        _ => return Err((None, "expected a list of objects, one per person".into())),
    };
    people
        .into_iter()
        .enumerate()
        .map(|(index, person)| {
            let serde_json::Value::Object(fields) = person else {
                return Err((Some(index + 1), "expected an object of item ids".into()));
            };
            fields
                .into_iter()
                .map(|(key, value)| {
                    let cell = match value {
                        serde_json::Value::Null => String::new(),
                        serde_json::Value::String(s) => s,
                        serde_json::Value::Number(n) => n.to_string(),
                        serde_json::Value::Bool(b) => b.to_string(),
                        other => {
                            return Err((
                                Some(index + 1),
                                format!("{key}: expected a point, n, d or nothing, found {other}"),
                            ))
                        }
                    };
                    Ok((key, cell))
                })
                .collect()
        })
        .collect()
}

/// A result from the widget as a row: its version, date, language and answers.
fn exported(record: &serde_json::Value) -> serde_json::Value {
    let mut row = record["answers"].as_object().cloned().unwrap_or_default();
    for (key, column) in [
        ("questionnaire_version", "version"),
        ("date", "date"),
        ("language", "lang"),
    ] {
        row.insert(column.to_owned(), record[key].clone());
    }
    serde_json::Value::Object(row)
}

/// One person from their cells: `Err((column, problem))` names the cell.
fn person(
    cells: &[(String, String)],
    row: usize,
    content: &Content,
) -> Result<Response, (Option<String>, String)> {
    let cell = |name: &str| {
        cells
            .iter()
            .find(|(column, _)| column == name)
            .map(|(_, value)| value.trim())
    };
    let id = cell("id")
        .filter(|id| !id.is_empty())
        .map_or_else(|| row.to_string(), str::to_owned);
    let version = cell("version").filter(|v| !v.is_empty());
    // Answers to an earlier version: only the items it asked unchanged count.
    let earlier = match version {
        Some(v) if v != content.version() => Some(
            content
                .earlier()
                .iter()
                .find(|e| e.version == v)
                .ok_or_else(|| {
                    (
                        Some("version".to_owned()),
                        format!(
                            "questionnaire version {v} is not this one ({}) or one it carries answers over from",
                            content.version()
                        ),
                    )
                })?,
        ),
        _ => None,
    };
    let mut answers = Answers::new(content.items().len());
    for (column, value) in cells {
        if column == "id" || column == "version" || is_result_column(column, content) {
            continue;
        }
        if let Some(earlier) = earlier {
            if !earlier.items.contains(column) {
                return Err((
                    Some(column.clone()),
                    format!("unknown item id in version {}", earlier.version),
                ));
            }
            if !earlier.carried.contains(column) {
                continue;
            }
        }
        let Some(item) = content.item_index(column) else {
            return Err((Some(column.clone()), "unknown item id".into()));
        };
        let value = value.trim();
        if value.is_empty() {
            continue;
        }
        let points = content.points_of(item);
        let answer = match value {
            "n" | "N" => Answer::NotMyRole,
            "d" | "D" => Answer::DontKnow,
            number => match number.parse::<u8>() {
                Ok(point) if (1..=points).contains(&point) => Answer::Point(point),
                _ => {
                    return Err((
                        Some(column.clone()),
                        format!(
                            "\"{value}\" is not an answer: use a point 1–{points} on this item's scale, n, d, or leave it empty"
                        ),
                    ))
                }
            },
        };
        answers.set(item, Some(answer));
    }
    Ok(Response {
        id,
        answers,
        from: earlier.map(|e| e.version.clone()),
    })
}
