//! Languages, and text in every language.
//!
//! [`Lang::ALL`] is the one list of languages. Everything else (the content
//! decoder, the interface tables in [`crate::text`], the widget's language
//! switch and its messages) is built from it, so a new language is a new
//! variant here, its table and its content column.

use std::fmt;

/// A language Peer Compass can speak.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Lang {
    /// English.
    En,
    /// Norwegian Bokmål.
    Nb,
    /// A test-only pseudo-locale: every string bracketed and accented, so a
    /// test can find any text that does not come from a table or the content.
    #[cfg(feature = "pseudo")]
    Pseudo,
}

impl Lang {
    /// Every language, in the order the widget offers them.
    #[cfg(not(feature = "pseudo"))]
    pub const ALL: &'static [Lang] = &[Lang::En, Lang::Nb];
    /// Every language, in the order the widget offers them.
    #[cfg(feature = "pseudo")]
    pub const ALL: &'static [Lang] = &[Lang::En, Lang::Nb, Lang::Pseudo];

    /// How many languages there are.
    pub const COUNT: usize = Lang::ALL.len();

    /// Position in [`Lang::ALL`], for tables indexed by language.
    pub fn index(self) -> usize {
        self as usize
    }

    /// The BCP 47 tag, as used in `lang` attributes and content files.
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Nb => "nb",
            #[cfg(feature = "pseudo")]
            Lang::Pseudo => "x-pseudo",
        }
    }

    /// The language's name in itself, as the language switch shows it.
    pub fn native_name(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::Nb => "Norsk (bokmål)",
            #[cfg(feature = "pseudo")]
            Lang::Pseudo => "[Þšéûðö]",
        }
    }

    /// The decimal mark the language writes: a comma in Norwegian.
    pub fn decimal_mark(self) -> char {
        match self {
            Lang::En => '.',
            Lang::Nb => ',',
            #[cfg(feature = "pseudo")]
            Lang::Pseudo => ',',
        }
    }

    /// The field separator a spreadsheet in this language expects of a CSV
    /// file: a semicolon where the decimal mark is a comma.
    pub fn csv_separator(self) -> char {
        if self.decimal_mark() == ',' {
            ';'
        } else {
            ','
        }
    }

    /// What the language puts between a number and the percent sign: a
    /// no-break space in Norwegian, nothing in English.
    pub fn percent_gap(self) -> &'static str {
        match self {
            Lang::En => "",
            Lang::Nb => "\u{a0}",
            #[cfg(feature = "pseudo")]
            Lang::Pseudo => "\u{a0}",
        }
    }

    /// Parses a BCP 47 tag by its primary subtag, ignoring case and region
    /// (`en-GB` is English). Norwegian without a written standard (`no`) and
    /// Nynorsk (`nn`) fall back to Bokmål, the closest language there is.
    pub fn from_code(code: &str) -> Option<Lang> {
        let primary = code.split(['-', '_']).next()?;
        let exact = Lang::ALL
            .iter()
            .copied()
            .find(|lang| lang.code().eq_ignore_ascii_case(code))
            .or_else(|| {
                Lang::ALL
                    .iter()
                    .copied()
                    .find(|lang| lang.code().eq_ignore_ascii_case(primary))
            });
        exact.or_else(|| {
            ["no", "nn"]
                .iter()
                .any(|fallback| fallback.eq_ignore_ascii_case(primary))
                .then_some(Lang::Nb)
        })
    }

    /// The codes of `langs`, quoted and joined for a message: `"en" or "nb"`.
    pub fn list(langs: &[Lang]) -> String {
        let quoted: Vec<String> = langs.iter().map(|l| format!("\"{}\"", l.code())).collect();
        match quoted.split_last() {
            Some((last, rest)) if !rest.is_empty() => format!("{} or {last}", rest.join(", ")),
            _ => quoted.concat(),
        }
    }
}

impl fmt::Display for Lang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

/// A piece of content text, one string per language. Languages a content file
/// does not declare are empty.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Text([String; Lang::COUNT]);

impl Text {
    /// Builds a text from a function giving each language's string.
    pub fn from_fn(mut text: impl FnMut(Lang) -> String) -> Text {
        let mut out = Text::default();
        for &lang in Lang::ALL {
            out.0[lang.index()] = text(lang);
        }
        out
    }

    /// The text in `lang` (empty if the content does not have that language).
    pub fn get(&self, lang: Lang) -> &str {
        &self.0[lang.index()]
    }

    /// Sets the text in `lang`.
    pub fn set(&mut self, lang: Lang, text: String) {
        self.0[lang.index()] = text;
    }

    /// The first of `langs` this text has no (non-blank) translation for.
    pub fn first_missing(&self, langs: &[Lang]) -> Option<Lang> {
        langs
            .iter()
            .copied()
            .find(|&lang| self.get(lang).trim().is_empty())
    }
}

/// The pseudo-locale's form of a string: accented letters inside brackets,
/// with `{placeholders}` kept as they are so templates still fill.
#[cfg(feature = "pseudo")]
pub fn pseudo(text: &str) -> String {
    const PLAIN: &str = "aceinouyACEINOUY";
    const ACCENTED: [char; 16] = [
        'å', 'ç', 'é', 'î', 'ñ', 'ö', 'û', 'ý', 'Å', 'Ç', 'É', 'Î', 'Ñ', 'Ö', 'Û', 'Ý',
    ];
    let mut out = String::from("[");
    let mut in_placeholder = false;
    for c in text.chars() {
        match c {
            '{' => in_placeholder = true,
            '}' => in_placeholder = false,
            _ => {}
        }
        match PLAIN.find(c).filter(|_| !in_placeholder) {
            Some(at) => out.push(ACCENTED[at]),
            None => out.push(c),
        }
    }
    out.push(']');
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tags_parse_by_their_primary_subtag() {
        #[rustfmt::skip]
        let cases = [
            ("en", Some(Lang::En)), ("EN-gb", Some(Lang::En)), ("en_US", Some(Lang::En)),
            ("nb", Some(Lang::Nb)), ("nb-NO", Some(Lang::Nb)), ("no", Some(Lang::Nb)),
            ("nn", Some(Lang::Nb)), ("NN-no", Some(Lang::Nb)),
            ("sv", None), ("", None), ("e", None), ("english", None),
        ];
        for (code, lang) in cases {
            assert_eq!(Lang::from_code(code), lang, "{code:?}");
        }
    }

    #[test]
    fn every_language_round_trips_through_its_code() {
        for (index, &lang) in Lang::ALL.iter().enumerate() {
            assert_eq!(Lang::from_code(lang.code()), Some(lang));
            assert_eq!(lang.index(), index);
            assert_eq!(lang.to_string(), lang.code());
        }
    }

    #[test]
    fn numbers_and_files_follow_the_language() {
        assert_eq!(
            (
                Lang::En.decimal_mark(),
                Lang::En.csv_separator(),
                Lang::En.percent_gap()
            ),
            ('.', ',', "")
        );
        assert_eq!(
            (
                Lang::Nb.decimal_mark(),
                Lang::Nb.csv_separator(),
                Lang::Nb.percent_gap()
            ),
            (',', ';', "\u{a0}")
        );
    }

    #[test]
    fn language_lists_read_as_a_sentence() {
        assert_eq!(Lang::list(&[Lang::En]), "\"en\"");
        assert_eq!(Lang::list(&[Lang::En, Lang::Nb]), "\"en\" or \"nb\"");
        assert_eq!(Lang::list(&[]), "");
    }

    #[test]
    fn texts_know_what_is_missing() {
        let text = Text::from_fn(|lang| {
            if lang == Lang::En {
                "Hi".into()
            } else {
                " ".into()
            }
        });
        assert_eq!(text.get(Lang::En), "Hi");
        assert_eq!(text.first_missing(&[Lang::En]), None);
        assert_eq!(text.first_missing(&[Lang::En, Lang::Nb]), Some(Lang::Nb));
    }
}
