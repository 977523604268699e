//! Languages and localized text.

use std::fmt;

/// A language the questionnaire is written in.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Lang {
    /// English.
    En,
    /// Norwegian Bokmål.
    Nb,
}

impl Lang {
    /// Every language, in the order the widget offers them.
    pub const ALL: [Lang; 2] = [Lang::En, Lang::Nb];

    /// The BCP 47 tag, as used in `lang` attributes and content files.
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Nb => "nb",
        }
    }

    /// Parses a BCP 47 tag; `no`, `nb-NO` and `nn` fall back to Bokmål, anything
    /// else unknown gives `None`.
    pub fn from_code(code: &str) -> Option<Lang> {
        let primary = code.split(['-', '_']).next()?.to_ascii_lowercase();
        match primary.as_str() {
            "en" => Some(Lang::En),
            "nb" | "no" | "nn" => Some(Lang::Nb),
            _ => None,
        }
    }
}

impl fmt::Display for Lang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

/// A piece of text in every language. Missing translations parse as empty and
/// are reported by validation, naming the item they belong to.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Text {
    en: String,
    nb: String,
}

impl Text {
    /// Builds a text from its translations.
    pub fn new(en: impl Into<String>, nb: impl Into<String>) -> Text {
        Text {
            en: en.into(),
            nb: nb.into(),
        }
    }

    /// The text in `lang`.
    pub fn get(&self, lang: Lang) -> &str {
        match lang {
            Lang::En => &self.en,
            Lang::Nb => &self.nb,
        }
    }

    /// The languages this text has no (non-blank) translation for.
    pub fn missing(&self) -> impl Iterator<Item = Lang> + '_ {
        Lang::ALL
            .into_iter()
            .filter(|&lang| self.get(lang).trim().is_empty())
    }
}
