//! Embeds the built-in questionnaire in two forms:
//!
//! - `questionnaire.min.json`: the file without what only the documentation
//!   needs (`concept`, `source`) and without whitespace, for the JSON reader
//!   (`Content::parse`, with the `parse` feature);
//! - `questionnaire.bin`: the same content as a compact sequence of strings
//!   and small numbers, with every id reference already resolved, read by
//!   `content/builtin.rs` without the JSON reader, decoding or validation, so
//!   that the widget most visitors load carries none of them. A test checks
//!   that both forms give the same `Content`.

use serde_json::Value;
use std::{env, fs, path::Path};

fn strip(value: &mut Value) {
    match value {
        Value::Object(fields) => {
            fields.remove("concept");
            fields.remove("source");
            fields.values_mut().for_each(strip);
        }
        Value::Array(items) => items.iter_mut().for_each(strip),
        _ => {}
    }
}

/// Writes the compact form. Returns `None` when the file does not have the
/// expected shape: then nothing is embedded, and the core's tests (which read
/// the file with the full reader) say what is wrong.
struct Blob {
    out: Vec<u8>,
    langs: Vec<String>,
}

impl Blob {
    fn u8(&mut self, value: u64) -> Option<()> {
        self.out.push(u8::try_from(value).ok()?);
        Some(())
    }

    fn str(&mut self, text: &str) -> Option<()> {
        let len = u16::try_from(text.len()).ok()?;
        self.out.extend_from_slice(&len.to_le_bytes());
        self.out.extend_from_slice(text.as_bytes());
        Some(())
    }

    fn text(&mut self, value: &Value) -> Option<()> {
        for lang in self.langs.clone() {
            self.str(value.get(&lang).and_then(Value::as_str).unwrap_or(""))?;
        }
        Some(())
    }

    /// Writes a list's length and hands back its items to write.
    fn list<'v>(&mut self, value: &'v Value) -> Option<&'v [Value]> {
        let items = value.as_array()?;
        self.u8(items.len() as u64)?;
        Some(items)
    }

    fn strs(&mut self, value: &Value) -> Option<()> {
        for item in self.list(value)? {
            self.str(item.as_str()?)?;
        }
        Some(())
    }
}

const RUNGS: [&str; 3] = ["co-implementor", "co-designer", "initiator"];

fn index_of(list: &Value, id: &str) -> Option<u64> {
    list.as_array()?
        .iter()
        .position(|entry| entry.get("id").and_then(Value::as_str) == Some(id))
        .map(|i| i as u64)
}

fn condition(blob: &mut Blob, value: &Value) -> Option<()> {
    if let Some(name) = value.as_str() {
        let tag = [
            "otherwise",
            "uneven",
            "token_role",
            "little_room",
            "not_placed",
        ]
        .iter()
        .position(|n| *n == name)?;
        return blob.u8(tag as u64);
    }
    let (name, argument) = value.as_object()?.iter().next()?;
    match name.as_str() {
        "placed" | "between" => {
            blob.u8(if name == "placed" { 5 } else { 6 })?;
            let rung = RUNGS.iter().position(|r| Some(*r) == argument.as_str())?;
            blob.u8(rung as u64)
        }
        "dimension_below" | "dimension_at_least" | "item_at_most" | "item_at_least" => {
            let tag = match name.as_str() {
                "dimension_below" => 7,
                "dimension_at_least" => 8,
                "item_at_most" => 9,
                _ => 10,
            };
            blob.u8(tag)?;
            blob.str(argument.get(0)?.as_str()?)?;
            blob.u8(argument.get(1)?.as_u64()?)
        }
        "all" => {
            blob.u8(11)?;
            for inner in blob.list(argument)? {
                condition(blob, inner)?;
            }
            Some(())
        }
        _ => None,
    }
}

fn blob(content: &Value) -> Option<Vec<u8>> {
    let langs: Vec<String> = content
        .get("languages")?
        .as_array()?
        .iter()
        .filter_map(|l| l.as_str().map(str::to_owned))
        .collect();
    let mut blob = Blob {
        out: Vec::new(),
        langs,
    };
    blob.str(content.get("version")?.as_str()?)?;
    blob.strs(content.get("languages")?)?;
    blob.text(content.get("title")?)?;
    for scale in blob.list(content.get("scales")?)? {
        blob.str(scale.get("id")?.as_str()?)?;
        blob.text(scale.get("question")?)?;
        for point in blob.list(scale.get("points")?)? {
            blob.text(point)?;
        }
    }
    let outside = content.get("outside")?;
    blob.text(outside.get("not_my_role")?)?;
    blob.text(outside.get("dont_know")?)?;
    // In ladder order, so that reading them needs no sort.
    let mut rungs = content.get("rungs")?.as_array()?.clone();
    rungs.sort_by_key(|rung| {
        let id = rung.get("id").and_then(Value::as_str);
        RUNGS.iter().position(|r| Some(*r) == id)
    });
    for rung in blob.list(&Value::Array(rungs))? {
        let name = rung.get("id")?.as_str()?;
        let id = RUNGS.iter().position(|r| *r == name)?;
        blob.u8(id as u64)?;
        blob.text(rung.get("name")?)?;
        blob.text(rung.get("description")?)?;
        for credit in blob.list(rung.get("credit")?)? {
            blob.u8(credit.as_u64()?)?;
        }
        blob.strs(rung.get("needs").unwrap_or(&Value::Array(Vec::new())))?;
    }
    let dimensions = content.get("dimensions")?;
    for dimension in blob.list(dimensions)? {
        blob.str(dimension.get("id")?.as_str()?)?;
        blob.u8(u64::from(dimension.get("kind")?.as_str()? == "context"))?;
        blob.text(dimension.get("name")?)?;
        blob.text(dimension.get("description")?)?;
    }
    let scales = content.get("scales")?;
    for item in blob.list(content.get("items")?)? {
        blob.str(item.get("id")?.as_str()?)?;
        blob.u8(index_of(dimensions, item.get("dimension")?.as_str()?)?)?;
        let rung = match item.get("rung").and_then(Value::as_str) {
            Some(id) => RUNGS.iter().position(|r| *r == id)? as u64,
            None => 255,
        };
        blob.u8(rung)?;
        blob.u8(index_of(scales, item.get("scale")?.as_str()?)?)?;
        blob.u8(u64::from(item.get("actor")?.as_str()? == "workplace"))?;
        blob.text(item.get("text")?)?;
        match item.get("hint") {
            Some(hint) => {
                blob.u8(1)?;
                blob.text(hint)?;
            }
            None => blob.u8(0)?,
        }
    }
    for suggestion in blob.list(content.get("suggestions")?)? {
        blob.str(suggestion.get("id")?.as_str()?)?;
        blob.u8(u64::from(
            suggestion.get("audience")?.as_str()? == "organisation",
        ))?;
        condition(&mut blob, suggestion.get("when")?)?;
        blob.u8(suggestion.get("priority")?.as_u64()?)?;
        blob.text(suggestion.get("text")?)?;
    }
    let earlier = content
        .get("earlier")
        .cloned()
        .unwrap_or(Value::Array(Vec::new()));
    for version in blob.list(&earlier)? {
        blob.str(version.get("version")?.as_str()?)?;
        blob.strs(version.get("items")?)?;
        blob.strs(version.get("carried")?)?;
    }
    Some(blob.out)
}

fn main() {
    let input = "content/questionnaire.json";
    println!("cargo:rerun-if-changed={input}");
    let text = fs::read_to_string(input).expect("read content/questionnaire.json");
    let out = Path::new(&env::var("OUT_DIR").unwrap()).to_owned();
    // Invalid JSON is embedded as it is, so the core's own reader reports it.
    let (compact, bin) = match serde_json::from_str::<Value>(&text) {
        Ok(mut value) => {
            strip(&mut value);
            (value.to_string(), blob(&value).unwrap_or_default())
        }
        Err(_) => (text, Vec::new()),
    };
    fs::write(out.join("questionnaire.min.json"), compact).expect("write the embedded content");
    fs::write(out.join("questionnaire.bin"), bin).expect("write the compact content");
}
