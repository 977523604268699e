//! From a JSON [`Value`] to a [`Draft`], with errors that say where: a path
//! such as `item "inf-early".rung` and what was expected.

use super::error::ContentErrorKind;
use super::json::Value;
use super::{
    Actor, Audience, Condition, Dimension, DimensionKind, Draft, Earlier, Item, Outside, Rung,
    RungInfo, Scale, Suggestion,
};
use crate::lang::{Lang, Text};

type Decoded<T> = Result<T, ContentErrorKind>;

fn wrong(at: &str, problem: impl Into<String>) -> ContentErrorKind {
    ContentErrorKind::Shape {
        at: if at.is_empty() { "the file" } else { at }.to_owned(),
        problem: problem.into(),
    }
}

fn kind_of(value: &Value) -> &'static str {
    match value {
        Value::Null => "null",
        Value::Bool(_) => "true or false",
        Value::Number(_) => "a number",
        Value::String(_) => "text",
        Value::Array(_) => "a list",
        Value::Object(_) => "an object",
    }
}

/// An object's fields, checked against the names allowed there.
struct Fields<'a> {
    at: String,
    fields: &'a [(String, Value)],
}

impl<'a> Fields<'a> {
    fn of(value: &'a Value, at: &str, allowed: &[&str]) -> Decoded<Fields<'a>> {
        let Value::Object(fields) = value else {
            return Err(wrong(
                at,
                format!("expected an object, found {}", kind_of(value)),
            ));
        };
        for (index, (key, _)) in fields.iter().enumerate() {
            if !allowed.contains(&key.as_str()) {
                return Err(wrong(
                    at,
                    format!(
                        "unknown field \"{key}\" (expected one of: {})",
                        allowed.join(", ")
                    ),
                ));
            }
            if fields[..index].iter().any(|(earlier, _)| earlier == key) {
                return Err(wrong(at, format!("field \"{key}\" appears twice")));
            }
        }
        Ok(Fields {
            at: at.to_owned(),
            fields,
        })
    }

    fn at(&self, key: &str) -> String {
        if self.at.is_empty() {
            key.to_owned()
        } else {
            format!("{}.{key}", self.at)
        }
    }

    fn get(&self, key: &str) -> Option<&'a Value> {
        self.fields.iter().find(|(k, _)| k == key).map(|(_, v)| v)
    }

    fn required(&self, key: &str) -> Decoded<&'a Value> {
        self.get(key)
            .ok_or_else(|| wrong(&self.at, format!("missing field \"{key}\"")))
    }

    fn string(&self, key: &str) -> Decoded<String> {
        string(self.required(key)?, &self.at(key))
    }

    /// Provenance fields: recommended, not required (builds strip them).
    fn optional_string(&self, key: &str) -> Decoded<String> {
        self.get(key)
            .map_or(Ok(String::new()), |v| string(v, &self.at(key)))
    }

    fn text(&self, key: &str) -> Decoded<Text> {
        text(self.required(key)?, &self.at(key))
    }

    fn list(&self, key: &str) -> Decoded<&'a [Value]> {
        list(self.required(key)?, &self.at(key))
    }
}

fn string(value: &Value, at: &str) -> Decoded<String> {
    match value {
        Value::String(s) => Ok(s.clone()),
        other => Err(wrong(
            at,
            format!("expected text, found {}", kind_of(other)),
        )),
    }
}

fn number<T: TryFrom<i64>>(value: &Value, at: &str, range: &str) -> Decoded<T> {
    match value {
        Value::Number(n) => {
            T::try_from(*n).map_err(|_| wrong(at, format!("{n} is outside {range}")))
        }
        other => Err(wrong(
            at,
            format!("expected a number, found {}", kind_of(other)),
        )),
    }
}

fn list<'a>(value: &'a Value, at: &str) -> Decoded<&'a [Value]> {
    match value {
        Value::Array(items) => Ok(items),
        other => Err(wrong(
            at,
            format!("expected a list, found {}", kind_of(other)),
        )),
    }
}

/// `{"en": "…", "nb": "…"}`: one string per language. A missing language is
/// left empty for validation to report by owner and field; a language this
/// build does not know is skipped, so content written for a newer build
/// still loads.
fn text(value: &Value, at: &str) -> Decoded<Text> {
    let Value::Object(fields) = value else {
        return Err(wrong(
            at,
            format!("expected an object, found {}", kind_of(value)),
        ));
    };
    let mut text = Text::default();
    for (code, value) in fields {
        let string = string(value, &format!("{at}.{code}"))?;
        if let Some(&lang) = Lang::ALL.iter().find(|lang| lang.code() == code) {
            text.set(lang, string);
        }
    }
    Ok(text)
}

fn one_of<T: Copy>(value: &Value, at: &str, what: &str, options: &[(&str, T)]) -> Decoded<T> {
    let name = string(value, at)?;
    options
        .iter()
        .find(|(option, _)| *option == name)
        .map(|(_, v)| *v)
        .ok_or_else(|| {
            let names: Vec<&str> = options.iter().map(|(n, _)| *n).collect();
            wrong(
                at,
                format!(
                    "unknown {what} \"{name}\" (expected one of: {})",
                    names.join(", ")
                ),
            )
        })
}

fn rung(value: &Value, at: &str) -> Decoded<Rung> {
    let options = Rung::ALL.map(|r| (r.id(), r));
    one_of(value, at, "rung", &options)
}

/// Decodes a whole content file.
pub(crate) fn content(value: &Value) -> Decoded<Draft> {
    let top = Fields::of(
        value,
        "",
        &[
            "format",
            "version",
            "languages",
            "title",
            "scales",
            "outside",
            "rungs",
            "dimensions",
            "items",
            "suggestions",
            "earlier",
        ],
    )?;
    // Anything else is read only once the format is known to be this one.
    let format = number(top.required("format")?, "format", "0–4294967295")?;
    if format != super::FORMAT {
        return Err(ContentErrorKind::UnsupportedFormat(format));
    }
    let outside = Fields::of(
        top.required("outside")?,
        "outside",
        &["not_my_role", "dont_know"],
    )?;
    Ok(Draft {
        format,
        version: top.string("version")?,
        languages: strings(top.required("languages")?, "languages")?,
        title: top.text("title")?,
        scales: each(&top, "scales", scale)?,
        outside: Outside {
            not_my_role: outside.text("not_my_role")?,
            dont_know: outside.text("dont_know")?,
        },
        rungs: each(&top, "rungs", rung_info)?,
        dimensions: each(&top, "dimensions", dimension)?,
        items: each(&top, "items", item)?,
        suggestions: each(&top, "suggestions", suggestion)?,
        earlier: match top.get("earlier") {
            Some(_) => each(&top, "earlier", earlier)?,
            None => Vec::new(),
        },
    })
}

/// A list of strings.
fn strings(value: &Value, at: &str) -> Decoded<Vec<String>> {
    list(value, at)?
        .iter()
        .enumerate()
        .map(|(i, v)| string(v, &format!("{at}[{i}]")))
        .collect()
}

fn each<T>(top: &Fields, key: &str, decode: fn(&Value, &str) -> Decoded<T>) -> Decoded<Vec<T>> {
    top.list(key)?
        .iter()
        .enumerate()
        .map(|(index, value)| decode(value, &format!("{key}[{index}]")))
        .collect()
}

/// The fields of an entry with an id, addressed by that id as soon as it is
/// known, so that errors name the entry a person can search for.
fn entry<'a>(
    value: &'a Value,
    at: &str,
    what: &str,
    allowed: &[&str],
) -> Decoded<(String, Fields<'a>)> {
    let id = match value {
        Value::Object(fields) => fields.iter().find(|(k, _)| k == "id").map(|(_, v)| v),
        _ => None,
    };
    let at = match id {
        Some(Value::String(id)) => format!("{what} \"{id}\""),
        _ => at.to_owned(),
    };
    let fields = Fields::of(value, &at, allowed)?;
    Ok((fields.string("id")?, fields))
}

fn scale(value: &Value, at: &str) -> Decoded<Scale> {
    let (id, fields) = entry(value, at, "scale", &["id", "question", "points"])?;
    Ok(Scale {
        id,
        question: fields.text("question")?,
        points: fields
            .list("points")?
            .iter()
            .enumerate()
            .map(|(i, p)| text(p, &format!("{}[{i}]", fields.at("points"))))
            .collect::<Decoded<_>>()?,
    })
}

fn rung_info(value: &Value, at: &str) -> Decoded<RungInfo> {
    let fields = Fields::of(value, at, &["id", "name", "description", "credit", "needs"])?;
    let credit_at = fields.at("credit");
    Ok(RungInfo {
        id: rung(fields.required("id")?, &fields.at("id"))?,
        name: fields.text("name")?,
        description: fields.text("description")?,
        credit: fields
            .list("credit")?
            .iter()
            .map(|c| number(c, &credit_at, super::validate::SCORES))
            .collect::<Decoded<_>>()?,
        needs: match fields.get("needs") {
            Some(needs) => strings(needs, &fields.at("needs"))?,
            None => Vec::new(),
        },
    })
}

fn earlier(value: &Value, at: &str) -> Decoded<Earlier> {
    let fields = Fields::of(value, at, &["version", "items", "carried"])?;
    Ok(Earlier {
        version: fields.string("version")?,
        items: strings(fields.required("items")?, &fields.at("items"))?,
        carried: strings(fields.required("carried")?, &fields.at("carried"))?,
    })
}

fn dimension(value: &Value, at: &str) -> Decoded<Dimension> {
    let (id, fields) = entry(
        value,
        at,
        "dimension",
        &["id", "kind", "name", "description", "concept", "source"],
    )?;
    let kinds = [
        ("person", DimensionKind::Person),
        ("context", DimensionKind::Context),
    ];
    Ok(Dimension {
        id,
        kind: one_of(fields.required("kind")?, &fields.at("kind"), "kind", &kinds)?,
        name: fields.text("name")?,
        description: fields.text("description")?,
        concept: fields.optional_string("concept")?,
        source: fields.optional_string("source")?,
    })
}

fn item(value: &Value, at: &str) -> Decoded<Item> {
    let (id, fields) = entry(
        value,
        at,
        "item",
        &[
            "id",
            "dimension",
            "rung",
            "scale",
            "actor",
            "text",
            "hint",
            "concept",
            "source",
        ],
    )?;
    let actors = [("self", Actor::Person), ("workplace", Actor::Workplace)];
    Ok(Item {
        id,
        dimension: fields.string("dimension")?,
        rung: fields
            .get("rung")
            .map(|v| rung(v, &fields.at("rung")))
            .transpose()?,
        scale: fields.string("scale")?,
        actor: one_of(
            fields.required("actor")?,
            &fields.at("actor"),
            "actor",
            &actors,
        )?,
        text: fields.text("text")?,
        hint: fields
            .get("hint")
            .map(|v| text(v, &fields.at("hint")))
            .transpose()?,
        concept: fields.optional_string("concept")?,
        source: fields.optional_string("source")?,
    })
}

fn suggestion(value: &Value, at: &str) -> Decoded<Suggestion> {
    let (id, fields) = entry(
        value,
        at,
        "suggestion",
        &[
            "id", "audience", "when", "priority", "text", "concept", "source",
        ],
    )?;
    let audiences = Audience::ALL.map(|a| (a.id(), a));
    Ok(Suggestion {
        id,
        audience: one_of(
            fields.required("audience")?,
            &fields.at("audience"),
            "audience",
            &audiences,
        )?,
        when: condition(fields.required("when")?, &fields.at("when"))?,
        priority: number(
            fields.required("priority")?,
            &fields.at("priority"),
            super::validate::PRIORITIES,
        )?,
        text: fields.text("text")?,
        concept: fields.optional_string("concept")?,
        source: fields.optional_string("source")?,
    })
}

use super::validate::SCORES;

/// Points on any scale; validation narrows it to the item's own scale.
const POINTS: &str = "1–7";

const CONDITIONS: &str = "\"otherwise\", \"uneven\", \"token_role\", \"little_room\", \"not_placed\", or an object with one of: placed, between, dimension_below, dimension_at_least, item_at_most, item_at_least, all";

fn condition(value: &Value, at: &str) -> Decoded<Condition> {
    let fields = match value {
        Value::String(name) => {
            return match name.as_str() {
                "otherwise" => Ok(Condition::Otherwise),
                "uneven" => Ok(Condition::Uneven),
                "token_role" => Ok(Condition::TokenRole),
                "little_room" => Ok(Condition::LittleRoom),
                "not_placed" => Ok(Condition::NotPlaced),
                _ => Err(wrong(
                    at,
                    format!("unknown condition \"{name}\" (expected {CONDITIONS})"),
                )),
            };
        }
        Value::Object(fields) if fields.len() == 1 => &fields[0],
        _ => return Err(wrong(at, format!("expected a condition: {CONDITIONS}"))),
    };
    let (name, argument) = (fields.0.as_str(), &fields.1);
    let inner = format!("{at}.{name}");
    let pair = |range: &str| -> Decoded<(String, u8)> {
        match list(argument, &inner)? {
            [id, limit] => Ok((string(id, &inner)?, number(limit, &inner, range)?)),
            _ => Err(wrong(&inner, "expected a list of an id and a number")),
        }
    };
    Ok(match name {
        "placed" => Condition::Placed(rung(argument, &inner)?),
        "between" => Condition::Between(rung(argument, &inner)?),
        "dimension_below" => pair(SCORES).map(|(d, s)| Condition::DimensionBelow(d, s))?,
        "dimension_at_least" => pair(SCORES).map(|(d, s)| Condition::DimensionAtLeast(d, s))?,
        "item_at_most" => pair(POINTS).map(|(i, p)| Condition::ItemAtMost(i, p))?,
        "item_at_least" => pair(POINTS).map(|(i, p)| Condition::ItemAtLeast(i, p))?,
        "all" => Condition::All(
            list(argument, &inner)?
                .iter()
                .enumerate()
                .map(|(i, c)| condition(c, &format!("{inner}[{i}]")))
                .collect::<Decoded<_>>()?,
        ),
        _ => {
            return Err(wrong(
                at,
                format!("unknown condition \"{name}\" (expected {CONDITIONS})"),
            ))
        }
    })
}
