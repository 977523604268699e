//! What a person chooses to keep on their device or take with them: finished
//! results with their answers ([`Record`]), unfinished progress
//! ([`Progress`]), and the two documents that hold them, as JSON: an export of
//! one result and everything kept on a device ([`Device`]). The formats are
//! documented in `docs/DATA.md` and `docs/export.schema.json`; CSV exports
//! have the columns `peer-compass-cli score` reads.
//!
//! Answers are kept by item id, never by position, so that records from an
//! earlier questionnaire version still open: shown as from that version, and
//! with the answers to unchanged items carried over (see
//! [`Content::earlier`]).
//!
//! The widget reads and writes these with the small JSON reader in
//! [`crate::content`] rather than serde_json, which would add about 21 KB
//! gzip to every visitor's download (measured, docs/PERFORMANCE.md); with the
//! `serde` feature the same types derive `Serialize` and `Deserialize`, and
//! tests hold the two to the same documents.

use crate::answers::{Answer, Answers};
use crate::assess::{Assessment, Mode, Placement};
use crate::content::json::{self, quote, Value};
use crate::content::{Content, Rung};
use crate::flow::{Flow, Screen};
use std::fmt;

/// The `format` of an exported result.
pub const EXPORT_FORMAT: &str = "peer-compass-export";
/// The `format` of what is kept on a device.
pub const DEVICE_FORMAT: &str = "peer-compass-device";
/// The version of both formats this crate writes and reads.
pub const FORMAT_VERSION: u32 = 1;
/// Larger documents are refused before they are read: an export is a few
/// kilobytes, and a device keeps at most [`MAX_HISTORY`] results.
pub const MAX_BYTES: usize = 512 * 1024;
/// Most results a device keeps; the oldest go first.
pub const MAX_HISTORY: usize = 100;

/// Answers by item id, in questionnaire order; only those answered.
pub type ById = Vec<(String, Answer)>;

/// A finished result: when, in which version and language, what was
/// answered, and what the result was.
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Record {
    /// The questionnaire version answered.
    pub questionnaire_version: String,
    /// The language shown, as a code.
    pub language: String,
    /// When the result was seen, as an ISO 8601 date and time.
    pub date: String,
    /// The answers, by item id.
    #[cfg_attr(feature = "serde", serde(with = "by_id"))]
    pub answers: ById,
    /// The result as it was then.
    pub result: Outcome,
}

/// A result as kept: placement, mode and dimension scores.
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(
    feature = "serde",
    serde(try_from = "flat::Outcome", into = "flat::Outcome")
)]
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Outcome {
    /// The placement.
    pub placement: Placement,
    /// The co-production mode, if any.
    pub mode: Option<Mode>,
    /// Each dimension's id and score (0–100, or none).
    pub scores: Vec<(String, Option<u8>)>,
}

/// Where an unfinished questionnaire stands.
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Progress {
    /// The questionnaire version answered.
    pub questionnaire_version: String,
    /// When it was last kept, as an ISO 8601 date and time.
    pub date: String,
    /// The screen: `welcome`, `question-<n>` (from 1), `check` or `result`.
    pub screen: String,
    /// The answers so far, by item id.
    #[cfg_attr(feature = "serde", serde(with = "by_id"))]
    pub answers: ById,
}

/// Everything Peer Compass keeps on a device for one widget, when the
/// person has chosen to be remembered.
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Device {
    /// Unfinished progress, if any.
    pub progress: Option<Progress>,
    /// Finished results, oldest first.
    pub history: Vec<Record>,
}

/// Why a document could not be read. Nothing is changed when this happens:
/// the caller keeps what it had and says why.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DataError {
    /// Larger than [`MAX_BYTES`].
    TooLarge(usize),
    /// Not JSON at all, or cut off.
    NotJson,
    /// JSON, but not a Peer Compass document of the kind expected.
    Foreign,
    /// Written by a newer Peer Compass, in a format version this one cannot read.
    Future(u32),
    /// A Peer Compass document with a part that cannot be read.
    Damaged(String),
}

impl fmt::Display for DataError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DataError::TooLarge(bytes) => write!(
                f,
                "{bytes} bytes is larger than a Peer Compass file can be ({MAX_BYTES})"
            ),
            DataError::NotJson => f.write_str("not JSON, or cut off"),
            DataError::Foreign => f.write_str("not a Peer Compass file of this kind"),
            DataError::Future(version) => write!(
                f,
                "written in format {version} by a newer Peer Compass (this one reads {FORMAT_VERSION})"
            ),
            DataError::Damaged(what) => write!(f, "damaged: {what}"),
        }
    }
}

/// Answers by id, in questionnaire order.
pub fn by_id(content: &Content, answers: &Answers) -> ById {
    content
        .items()
        .iter()
        .enumerate()
        .filter_map(|(index, item)| Some((item.id.clone(), answers.get(index)?)))
        .collect()
}

/// How answers by id, from `version`, fit `content`: all of them when the
/// version is this one, the carried-over ones when it is an earlier version,
/// none otherwise. Answers off an item's scale are dropped.
pub fn answers_for(content: &Content, version: &str, answers: &ById) -> Option<(Answers, usize)> {
    let carried: Option<&[String]> = if version == content.version() {
        None
    } else {
        Some(
            &content
                .earlier()
                .iter()
                .find(|e| e.version == version)?
                .carried,
        )
    };
    let mut out = Answers::new(content.items().len());
    let mut count = 0;
    for (id, answer) in answers {
        if carried.is_some_and(|carried| !carried.contains(id)) {
            continue;
        }
        let Some(item) = content.item_index(id) else {
            continue;
        };
        if answer
            .point()
            .is_none_or(|p| (1..=content.points_of(item)).contains(&p))
        {
            out.set(item, Some(*answer));
            count += 1;
        }
    }
    Some((out, count))
}

impl Outcome {
    /// The outcome of an assessment.
    pub fn of(content: &Content, assessment: &Assessment) -> Outcome {
        Outcome {
            placement: assessment.placement.clone(),
            mode: assessment.mode,
            scores: assessment
                .dimensions
                .iter()
                .map(|d| (content.dimensions()[d.dimension].id.clone(), d.score))
                .collect(),
        }
    }

    /// The score of the dimension with this id, if kept and scored.
    pub fn score(&self, dimension: &str) -> Option<u8> {
        self.scores
            .iter()
            .find(|(id, _)| id == dimension)
            .and_then(|(_, score)| *score)
    }
}

impl Record {
    /// A record of a result seen now (`date`), in `language`.
    pub fn new(
        content: &Content,
        answers: &Answers,
        assessment: &Assessment,
        language: &str,
        date: &str,
    ) -> Record {
        Record {
            questionnaire_version: content.version().to_owned(),
            language: language.to_owned(),
            date: date.to_owned(),
            answers: by_id(content, answers),
            result: Outcome::of(content, assessment),
        }
    }
}

impl Progress {
    /// Where `flow` stands, for `content`, kept at `date`.
    pub fn of(content: &Content, flow: &Flow, date: &str) -> Progress {
        let screen = match flow.screen {
            Screen::Welcome => "welcome".to_owned(),
            Screen::Question(index) => format!("question-{}", index + 1),
            Screen::Check => "check".to_owned(),
            Screen::Result => "result".to_owned(),
        };
        Progress {
            questionnaire_version: content.version().to_owned(),
            date: date.to_owned(),
            screen,
            answers: by_id(content, &flow.answers),
        }
    }

    /// The flow to continue from, and how many answers carried over from an
    /// earlier version (`None` when it is this version). Progress from an
    /// earlier version starts at the welcome screen; from an unknown version,
    /// there is nothing to continue.
    pub fn flow(&self, content: &Content) -> Option<(Flow, Option<usize>)> {
        let (answers, count) = answers_for(content, &self.questionnaire_version, &self.answers)?;
        let current = self.questionnaire_version == content.version();
        let screen = match (current, self.screen.as_str()) {
            (false, _) | (_, "welcome") => Screen::Welcome,
            (_, "check") => Screen::Check,
            (_, "result") => Screen::Result,
            (_, question) => match question
                .strip_prefix("question-")
                .and_then(|n| n.parse::<usize>().ok())
            {
                Some(n @ 1..) if n <= content.items().len() => Screen::Question(n - 1),
                _ => Screen::Welcome,
            },
        };
        let flow = Flow {
            screen,
            answers,
            returning: false,
        };
        Some((flow, (!current).then_some(count)))
    }
}

impl Device {
    /// Adds a finished result, keeping at most [`MAX_HISTORY`].
    pub fn add(&mut self, record: Record) {
        self.history.push(record);
        let extra = self.history.len().saturating_sub(MAX_HISTORY);
        self.history.drain(..extra);
    }
}

// Writing.

fn answers_json(answers: &ById) -> String {
    let fields: Vec<String> = answers
        .iter()
        .map(|(id, answer)| {
            let value = match answer.point() {
                Some(point) => point.to_string(),
                None => quote(&answer.code().to_string()),
            };
            format!("{}:{value}", quote(id))
        })
        .collect();
    format!("{{{}}}", fields.join(","))
}

fn option<T>(value: Option<T>, write: impl FnOnce(T) -> String) -> String {
    value.map_or_else(|| "null".to_owned(), write)
}

fn outcome_json(outcome: &Outcome) -> String {
    let placement = &outcome.placement;
    let scores: Vec<String> = outcome
        .scores
        .iter()
        .map(|(id, score)| format!("{}:{}", quote(id), option(*score, |s| s.to_string())))
        .collect();
    format!(
        "{{\"placement\":{},\"between\":{},\"uneven\":{},\"mode\":{},\"scores\":{{{}}}}}",
        quote(placement.id()),
        option(placement.between(), |r| quote(r.id())),
        placement.uneven(),
        option(outcome.mode, |m| quote(m.id())),
        scores.join(",")
    )
}

fn record_fields(record: &Record) -> String {
    format!(
        "\"questionnaire_version\":{},\"language\":{},\"date\":{},\"answers\":{},\"result\":{}",
        quote(&record.questionnaire_version),
        quote(&record.language),
        quote(&record.date),
        answers_json(&record.answers),
        outcome_json(&record.result)
    )
}

/// One result as an export file.
pub fn export_json(record: &Record) -> String {
    format!(
        "{{\"format\":{},\"format_version\":{FORMAT_VERSION},{}}}\n",
        quote(EXPORT_FORMAT),
        record_fields(record)
    )
}

/// What a device keeps.
pub fn device_json(device: &Device) -> String {
    let progress = option(device.progress.as_ref(), |p| {
        format!(
            "{{\"questionnaire_version\":{},\"date\":{},\"screen\":{},\"answers\":{}}}",
            quote(&p.questionnaire_version),
            quote(&p.date),
            quote(&p.screen),
            answers_json(&p.answers)
        )
    });
    let history: Vec<String> = device
        .history
        .iter()
        .map(|r| format!("{{{}}}", record_fields(r)))
        .collect();
    format!(
        "{{\"format\":{},\"format_version\":{FORMAT_VERSION},\"progress\":{progress},\"history\":[{}]}}",
        quote(DEVICE_FORMAT),
        history.join(",")
    )
}

/// One result as CSV, for a spreadsheet and for `peer-compass-cli score`: a
/// byte-order mark (so spreadsheets read UTF-8), a header row, and one row.
/// Columns: `version`, `date`, `lang`, every item id in order, `placement`,
/// `between`, `uneven`, `mode`, and every dimension id. `separator` is `,`,
/// or `;` where spreadsheets expect it (Norwegian settings).
pub fn export_csv(content: &Content, record: &Record, separator: char) -> String {
    let mut header: Vec<&str> = vec!["version", "date", "lang"];
    header.extend(content.items().iter().map(|i| i.id.as_str()));
    header.extend(["placement", "between", "uneven", "mode"]);
    header.extend(content.dimensions().iter().map(|d| d.id.as_str()));
    let outcome = &record.result;
    let mut row: Vec<String> = vec![
        record.questionnaire_version.clone(),
        record.date.clone(),
        record.language.clone(),
    ];
    row.extend(content.items().iter().map(|item| {
        record
            .answers
            .iter()
            .find(|(id, _)| *id == item.id)
            .map_or_else(String::new, |(_, a)| a.code().to_string())
    }));
    row.extend([
        outcome.placement.id().to_owned(),
        outcome
            .placement
            .between()
            .map_or_else(String::new, |r| r.id().to_owned()),
        outcome.placement.uneven().to_string(),
        outcome.mode.map_or_else(String::new, |m| m.id().to_owned()),
    ]);
    row.extend(content.dimensions().iter().map(|d| {
        outcome
            .score(&d.id)
            .map_or_else(String::new, |s| s.to_string())
    }));
    let cell = |text: &str| {
        if text.contains([separator, '"', '\n']) {
            format!("\"{}\"", text.replace('"', "\"\""))
        } else {
            text.to_owned()
        }
    };
    let line = |cells: Vec<String>| -> String {
        let cells: Vec<String> = cells.iter().map(|c| cell(c)).collect();
        cells.join(&separator.to_string())
    };
    format!(
        "\u{feff}{}\r\n{}\r\n",
        line(header.into_iter().map(str::to_owned).collect()),
        line(row)
    )
}

// Reading.

fn parse(text: &str, format: &str) -> Result<Value, DataError> {
    if text.len() > MAX_BYTES {
        return Err(DataError::TooLarge(text.len()));
    }
    let value = json::parse(text).map_err(|_| DataError::NotJson)?;
    if value.get("format").and_then(Value::as_str) != Some(format) {
        return Err(DataError::Foreign);
    }
    match value.get("format_version") {
        Some(Value::Number(n)) if *n == i64::from(FORMAT_VERSION) => Ok(value),
        Some(Value::Number(n)) if *n > i64::from(FORMAT_VERSION) => {
            Err(DataError::Future(u32::try_from(*n).unwrap_or(u32::MAX)))
        }
        _ => Err(DataError::Damaged("format_version".into())),
    }
}

fn damaged(what: &str) -> DataError {
    DataError::Damaged(what.to_owned())
}

fn text(value: &Value, key: &str) -> Result<String, DataError> {
    value
        .get(key)
        .and_then(Value::as_str)
        .map(str::to_owned)
        .ok_or_else(|| damaged(key))
}

fn answers(value: &Value) -> Result<ById, DataError> {
    let Some(Value::Object(fields)) = value.get("answers") else {
        return Err(damaged("answers"));
    };
    fields
        .iter()
        .map(|(id, answer)| {
            let answer = match answer {
                Value::Number(n) => u8::try_from(*n)
                    .ok()
                    .filter(|p| (1..=crate::MAX_POINTS).contains(p))
                    .map(Answer::Point),
                Value::String(code) if code == "n" || code == "d" => {
                    code.chars().next().and_then(Answer::from_code)
                }
                _ => None,
            };
            answer
                .map(|a| (id.clone(), a))
                .ok_or_else(|| damaged(&format!("answers.{id}")))
        })
        .collect()
}

fn outcome(value: &Value) -> Result<Outcome, DataError> {
    let result = value.get("result").ok_or_else(|| damaged("result"))?;
    let rung = |key: &str| -> Result<Option<Rung>, DataError> {
        match result.get(key) {
            None | Some(Value::Null) => Ok(None),
            Some(Value::String(id)) => Rung::from_id(id)
                .map(Some)
                .ok_or_else(|| damaged(&format!("result.{key}"))),
            Some(_) => Err(damaged(&format!("result.{key}"))),
        }
    };
    let placement_id = text(result, "placement").map_err(|_| damaged("result.placement"))?;
    let uneven = matches!(result.get("uneven"), Some(Value::Bool(true)));
    let placement = match placement_id.as_str() {
        "not-placed" => Placement::NotPlaced,
        "little-room" => Placement::LittleRoom,
        "token-role" => Placement::TokenRole,
        id => Placement::Rung {
            rung: Rung::from_id(id).ok_or_else(|| damaged("result.placement"))?,
            between: rung("between")?,
            uneven,
        },
    };
    let mode = match result.get("mode") {
        None | Some(Value::Null) => None,
        Some(Value::String(id)) => Some(
            [Mode::Consumer, Mode::Participative, Mode::Enhanced]
                .into_iter()
                .find(|m| m.id() == id)
                .ok_or_else(|| damaged("result.mode"))?,
        ),
        Some(_) => return Err(damaged("result.mode")),
    };
    let Some(Value::Object(scores)) = result.get("scores") else {
        return Err(damaged("result.scores"));
    };
    let scores = scores
        .iter()
        .map(|(id, score)| match score {
            Value::Null => Ok((id.clone(), None)),
            Value::Number(n @ 0..=100) => Ok((id.clone(), Some(*n as u8))),
            _ => Err(damaged(&format!("result.scores.{id}"))),
        })
        .collect::<Result<_, _>>()?;
    Ok(Outcome {
        placement,
        mode,
        scores,
    })
}

fn record(value: &Value) -> Result<Record, DataError> {
    Ok(Record {
        questionnaire_version: text(value, "questionnaire_version")?,
        language: text(value, "language")?,
        date: text(value, "date")?,
        answers: answers(value)?,
        result: outcome(value)?,
    })
}

/// Reads an export file.
pub fn import_json(text: &str) -> Result<Record, DataError> {
    record(&parse(text.trim_start_matches('\u{feff}'), EXPORT_FORMAT)?)
}

/// Reads what a device keeps.
pub fn device_from_json(text: &str) -> Result<Device, DataError> {
    let value = parse(text, DEVICE_FORMAT)?;
    let progress = match value.get("progress") {
        None | Some(Value::Null) => None,
        Some(progress) => Some(Progress {
            questionnaire_version: text_of(progress, "progress.questionnaire_version")?,
            date: text_of(progress, "progress.date")?,
            screen: text_of(progress, "progress.screen")?,
            answers: answers(progress)?,
        }),
    };
    let Some(Value::Array(history)) = value.get("history") else {
        return Err(damaged("history"));
    };
    Ok(Device {
        progress,
        history: history.iter().map(record).collect::<Result<_, _>>()?,
    })
}

/// `text(value, last part of path)`, naming the whole path when damaged.
fn text_of(value: &Value, path: &str) -> Result<String, DataError> {
    let key = path.rsplit('.').next().unwrap_or(path);
    text(value, key).map_err(|_| damaged(path))
}

/// The export file as serde reads and writes it: `format`, `format_version`
/// and the record's fields.
#[cfg(feature = "serde")]
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Export {
    /// Always [`EXPORT_FORMAT`].
    pub format: String,
    /// [`FORMAT_VERSION`].
    pub format_version: u32,
    /// The result.
    #[serde(flatten)]
    pub record: Record,
}

/// What a device keeps, as serde reads and writes it.
#[cfg(feature = "serde")]
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct DeviceFile {
    /// Always [`DEVICE_FORMAT`].
    pub format: String,
    /// [`FORMAT_VERSION`].
    pub format_version: u32,
    /// What is kept.
    #[serde(flatten)]
    pub device: Device,
}

#[cfg(feature = "serde")]
mod flat {
    //! The result as the files write it: the placement's id beside `between`
    //! and `uneven`.
    use crate::assess::{Mode, Placement};
    use crate::content::Rung;

    #[derive(serde::Serialize, serde::Deserialize)]
    pub struct Outcome {
        placement: String,
        between: Option<Rung>,
        uneven: bool,
        mode: Option<Mode>,
        #[serde(with = "super::scores")]
        scores: Vec<(String, Option<u8>)>,
    }

    impl From<super::Outcome> for Outcome {
        fn from(o: super::Outcome) -> Outcome {
            Outcome {
                placement: o.placement.id().to_owned(),
                between: o.placement.between(),
                uneven: o.placement.uneven(),
                mode: o.mode,
                scores: o.scores,
            }
        }
    }

    impl TryFrom<Outcome> for super::Outcome {
        type Error = String;
        fn try_from(o: Outcome) -> Result<super::Outcome, String> {
            let placement = match o.placement.as_str() {
                "not-placed" => Placement::NotPlaced,
                "little-room" => Placement::LittleRoom,
                "token-role" => Placement::TokenRole,
                id => Placement::Rung {
                    rung: Rung::from_id(id).ok_or_else(|| format!("unknown placement \"{id}\""))?,
                    between: o.between,
                    uneven: o.uneven,
                },
            };
            Ok(super::Outcome {
                placement,
                mode: o.mode,
                scores: o.scores,
            })
        }
    }
}

#[cfg(feature = "serde")]
mod by_id {
    //! Answers by id as a JSON object, in order.
    use super::ById;
    use crate::answers::Answer;
    use serde::de::{MapAccess, Visitor};
    use serde::ser::SerializeMap;
    use serde::{Deserializer, Serializer};

    pub fn serialize<S: Serializer>(answers: &ById, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(Some(answers.len()))?;
        for (id, answer) in answers {
            map.serialize_entry(id, answer)?;
        }
        map.end()
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(deserializer: D) -> Result<ById, D::Error> {
        struct ByIdVisitor;
        impl<'de> Visitor<'de> for ByIdVisitor {
            type Value = ById;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("an object of answers by item id")
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<ById, A::Error> {
                let mut out = Vec::new();
                while let Some(entry) = map.next_entry::<String, Answer>()? {
                    out.push(entry);
                }
                Ok(out)
            }
        }
        deserializer.deserialize_map(ByIdVisitor)
    }
}

#[cfg(feature = "serde")]
mod scores {
    //! Scores by dimension id as a JSON object, in order.
    use serde::de::{MapAccess, Visitor};
    use serde::ser::SerializeMap;
    use serde::{Deserializer, Serializer};

    type Scores = Vec<(String, Option<u8>)>;

    pub fn serialize<S: Serializer>(scores: &Scores, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(Some(scores.len()))?;
        for (id, score) in scores {
            map.serialize_entry(id, score)?;
        }
        map.end()
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Scores, D::Error> {
        struct ScoresVisitor;
        impl<'de> Visitor<'de> for ScoresVisitor {
            type Value = Scores;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("an object of scores by dimension id")
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Scores, A::Error> {
                let mut out = Vec::new();
                while let Some(entry) = map.next_entry::<String, Option<u8>>()? {
                    if entry.1.is_some_and(|s| s > 100) {
                        return Err(serde::de::Error::custom("a score is 0–100"));
                    }
                    out.push(entry);
                }
                Ok(out)
            }
        }
        deserializer.deserialize_map(ScoresVisitor)
    }
}
