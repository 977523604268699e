//! Every file the widget writes matches `docs/export.schema.json`, the schema
//! `docs/DATA.md` documents for people and tools: the result file, and the
//! document kept on the device. The schema is read as it is in the docs and
//! checked with a small validator for the keywords it uses; a keyword the
//! validator does not know fails the test, so the schema cannot grow past it.

use peer_compass_core::record::{answers_for, device_json, export_json, Device, Progress, Record};
use peer_compass_core::{assess, Answer, Answers, Content, Flow, Screen};
use serde_json::Value;

fn schema() -> Value {
    let text = include_str!("../../docs/export.schema.json");
    serde_json::from_str(text).expect("docs/export.schema.json is JSON")
}

/// Where `value` breaks `schema` (`root` resolves `$ref`s), as JSON pointers
/// with what is wrong; empty when it matches.
fn errors(root: &Value, schema: &Value, value: &Value, at: &str) -> Vec<String> {
    let mut found = Vec::new();
    let Some(rules) = schema.as_object() else {
        return vec![format!("{at}: the schema here is not an object")];
    };
    for (keyword, rule) in rules {
        match keyword.as_str() {
            "$schema" | "$id" | "title" | "description" | "$defs" | "format" | "examples" => {}
            "$ref" => {
                let name = rule
                    .as_str()
                    .and_then(|r| r.strip_prefix("#/$defs/"))
                    .expect("only #/$defs/ references");
                let target = &root["$defs"][name];
                assert!(!target.is_null(), "{at}: $ref to a missing {name}");
                found.extend(errors(root, target, value, at));
            }
            "type" => {
                let types: Vec<&str> = match rule {
                    Value::String(t) => vec![t.as_str()],
                    Value::Array(ts) => ts.iter().filter_map(Value::as_str).collect(),
                    _ => panic!("{at}: type is a string or a list"),
                };
                let is = |t: &str| match t {
                    "object" => value.is_object(),
                    "array" => value.is_array(),
                    "string" => value.is_string(),
                    "boolean" => value.is_boolean(),
                    "null" => value.is_null(),
                    "number" => value.is_number(),
                    "integer" => value.is_i64() || value.is_u64(),
                    other => panic!("{at}: unknown type {other}"),
                };
                if !types.iter().any(|t| is(t)) {
                    found.push(format!("{at}: {value} is not of type {types:?}"));
                }
            }
            "const" if value != rule => found.push(format!("{at}: {value} is not {rule}")),
            "const" => {}
            "enum" => {
                let options = rule.as_array().expect("enum is a list");
                if !options.contains(value) {
                    found.push(format!("{at}: {value} is not one of {rule}"));
                }
            }
            "minimum" | "maximum" => {
                if let (Some(n), Some(limit)) = (value.as_f64(), rule.as_f64()) {
                    let below = keyword == "minimum" && n < limit;
                    let above = keyword == "maximum" && n > limit;
                    if below || above {
                        found.push(format!("{at}: {n} is outside its {keyword} {limit}"));
                    }
                }
            }
            "minLength" => {
                let least = rule.as_u64().expect("minLength is a number") as usize;
                if value.as_str().is_some_and(|s| s.chars().count() < least) {
                    found.push(format!("{at}: {value} is shorter than {least}"));
                }
            }
            "maxItems" => {
                let most = rule.as_u64().expect("maxItems is a number") as usize;
                if value.as_array().is_some_and(|a| a.len() > most) {
                    found.push(format!("{at}: more than {most} items"));
                }
            }
            "pattern" => {
                let pattern = regex_lite::Regex::new(rule.as_str().expect("pattern is a string"))
                    .expect("the pattern compiles");
                if value.as_str().is_some_and(|s| !pattern.is_match(s)) {
                    found.push(format!("{at}: {value} does not match {pattern}"));
                }
            }
            "required" => {
                for name in rule.as_array().expect("required is a list") {
                    let name = name.as_str().expect("required names are strings");
                    if value.as_object().is_some_and(|o| !o.contains_key(name)) {
                        found.push(format!("{at}: {name} is missing"));
                    }
                }
            }
            "properties" => {
                if let Some(object) = value.as_object() {
                    for (name, property) in rule.as_object().expect("properties is an object") {
                        if let Some(field) = object.get(name) {
                            found.extend(errors(root, property, field, &format!("{at}/{name}")));
                        }
                    }
                }
            }
            "additionalProperties" => {
                let known = schema.get("properties").and_then(Value::as_object);
                if let Some(object) = value.as_object() {
                    for (name, field) in object {
                        if known.is_some_and(|k| k.contains_key(name)) {
                            continue;
                        }
                        let here = format!("{at}/{name}");
                        match rule {
                            Value::Bool(false) => found.push(format!("{here} is not allowed")),
                            Value::Bool(true) => {}
                            _ => found.extend(errors(root, rule, field, &here)),
                        }
                    }
                }
            }
            "items" => {
                if let Some(items) = value.as_array() {
                    for (index, item) in items.iter().enumerate() {
                        found.extend(errors(root, rule, item, &format!("{at}/{index}")));
                    }
                }
            }
            "oneOf" => {
                let matching = rule
                    .as_array()
                    .expect("oneOf is a list")
                    .iter()
                    .filter(|option| errors(root, option, value, at).is_empty())
                    .count();
                if matching != 1 {
                    found.push(format!("{at}: {value} matches {matching} of oneOf, not 1"));
                }
            }
            other => panic!("{at}: the validator does not know the keyword {other}"),
        }
    }
    found
}

fn check(definition: &str, text: &str) -> Vec<String> {
    let root = schema();
    let value: Value = serde_json::from_str(text).expect("the widget writes JSON");
    let schema = serde_json::json!({ "$ref": format!("#/$defs/{definition}") });
    errors(&root, &schema, &value, "")
}

/// Results across the ladder: every answer at one point, with the answers
/// outside the scale and skips mixed in.
fn records(content: &Content) -> Vec<Record> {
    let items = content.items().len();
    let mut records = Vec::new();
    for pattern in 0..8usize {
        let answers = Answers::from_slots(
            (0..items)
                .map(|i| {
                    let offered: Vec<Answer> = Answer::offered(content.points_of(i)).collect();
                    match pattern {
                        0 => None,
                        1 => offered.last().copied(),
                        2 => offered.first().copied(),
                        _ => offered.get((i * pattern) % (offered.len() + 1)).copied(),
                    }
                })
                .collect(),
        );
        let date = format!("2026-11-2{pattern}T09:30:00.000Z");
        records.push(Record::new(
            content,
            &answers,
            &assess(content, &answers),
            "nb",
            &date,
        ));
    }
    records
}

#[test]
fn result_files_match_the_schema() {
    let content = Content::builtin().unwrap();
    for record in records(&content) {
        let text = export_json(&record);
        assert_eq!(check("export", &text), Vec::<String>::new(), "{text}");
    }
}

#[test]
fn the_device_document_matches_the_schema() {
    let content = Content::builtin().unwrap();
    let history = records(&content);
    let mut flow = Flow::new(content.items().len());
    let kept = &history[3];
    flow.answers = answers_for(&content, &kept.questionnaire_version, &kept.answers)
        .unwrap()
        .0;
    for (screen, progress) in [
        (None, false),
        (Some(Screen::Welcome), true),
        (Some(Screen::Question(4)), true),
        (Some(Screen::Check), true),
    ] {
        if let Some(screen) = screen {
            flow.screen = screen;
        }
        let device = Device {
            progress: progress.then(|| Progress::of(&content, &flow, "2026-11-27T10:00:00Z")),
            history: history.clone(),
        };
        let text = device_json(&device);
        assert_eq!(check("device", &text), Vec::<String>::new(), "{text}");
    }
}

/// The validator finds what is wrong, so the two tests above can fail.
#[test]
fn files_that_break_the_schema_are_caught() {
    let content = Content::builtin().unwrap();
    let good = export_json(&records(&content)[1]);
    let broken = |from: &str, to: &str| {
        assert!(good.contains(from), "{from}");
        check("export", &good.replacen(from, to, 1))
    };
    for (from, to, expected) in [
        (
            "\"format_version\":1",
            "\"format_version\":2",
            "/format_version: 2 is not 1",
        ),
        ("\"language\":\"nb\"", "\"language\":\"\"", "/language"),
        ("\"date\":\"2026-11-21", "\"date\":\"21.11.2026", "/date"),
        (
            "{\"format\"",
            "{\"extra\":1,\"format\"",
            "/extra is not allowed",
        ),
    ] {
        let found = broken(from, to);
        assert!(
            found.iter().any(|e| e.contains(expected)),
            "{from} → {to}: {found:?}"
        );
    }
    let mut value: Value = serde_json::from_str(&good).unwrap();
    value.as_object_mut().unwrap().remove("result");
    assert_eq!(
        errors(
            &schema(),
            &serde_json::json!({ "$ref": "#/$defs/export" }),
            &value,
            ""
        ),
        vec![": result is missing".to_owned()]
    );
}
