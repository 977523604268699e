//! serde for content, with the `serde` feature: the same format the widget's
//! own reader reads, through the same checks. `Content` deserializes from a
//! [`Draft`] and then [`validate`](super::validate::validate)s it, so a
//! `Content` from serde is as valid as one from [`Content::parse`].

use super::error::ContentErrorKind;
use super::{Content, Draft};
use crate::lang::{Lang, Text};
use serde::de::{self, Deserialize, Deserializer, MapAccess, Visitor};
use serde::ser::{Serialize, SerializeMap, Serializer};
use std::fmt;

impl TryFrom<Draft> for Content {
    type Error = ContentErrorKind;

    fn try_from(draft: Draft) -> Result<Content, ContentErrorKind> {
        super::validate::validate(draft)
    }
}

/// `{"en": "…", "nb": "…"}`: only the languages that have text.
impl Serialize for Text {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let present: Vec<Lang> = Lang::ALL
            .iter()
            .copied()
            .filter(|&lang| !self.get(lang).is_empty())
            .collect();
        let mut map = serializer.serialize_map(Some(present.len()))?;
        for lang in present {
            map.serialize_entry(lang.code(), self.get(lang))?;
        }
        map.end()
    }
}

/// As the widget's reader: one string per language, and languages this build
/// does not know are skipped.
impl<'de> Deserialize<'de> for Text {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Text, D::Error> {
        struct TextVisitor;
        impl<'de> Visitor<'de> for TextVisitor {
            type Value = Text;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("an object with one string per language")
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Text, A::Error> {
                let mut text = Text::default();
                while let Some((code, value)) = map.next_entry::<String, String>()? {
                    if let Some(&lang) = Lang::ALL.iter().find(|lang| lang.code() == code) {
                        text.set(lang, value);
                    }
                }
                Ok(text)
            }
        }
        deserializer.deserialize_map(TextVisitor)
    }
}

/// A language as its code, `"en"`.
impl Serialize for Lang {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.code())
    }
}

impl<'de> Deserialize<'de> for Lang {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Lang, D::Error> {
        let code = String::deserialize(deserializer)?;
        Lang::ALL
            .iter()
            .copied()
            .find(|lang| lang.code() == code)
            .ok_or_else(|| de::Error::custom(format!("unknown language \"{code}\"")))
    }
}
