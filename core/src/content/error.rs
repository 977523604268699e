//! Errors, written for the people who will read them.

use crate::lang::Lang;
use std::fmt;

/// Content that could not be used: where it came from and what is wrong.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ContentError {
    source: String,
    kind: ContentErrorKind,
}

/// What is wrong with a piece of content.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum ContentErrorKind {
    /// The page has no element with the id a `content` attribute names.
    NoElement(String),
    /// This build of the widget does not read content from JSON.
    NoReader,
    /// Not valid JSON.
    Syntax {
        /// What is wrong.
        message: &'static str,
        /// 1-based line.
        line: usize,
        /// 1-based column.
        column: usize,
    },
    /// Valid JSON, but not the shape the format expects.
    Shape {
        /// Where, e.g. `item "inf-early".rung`.
        at: String,
        /// What was expected there.
        problem: String,
    },
    /// A format this version cannot read.
    UnsupportedFormat(u32),
    /// None of the declared languages is one this build speaks.
    NoKnownLanguage(String),
    /// Two things of one kind share an id.
    DuplicateId {
        /// "item", "dimension", "suggestion", "scale", "rung" or "earlier version".
        what: &'static str,
        /// The repeated id.
        id: String,
    },
    /// A text lacks a translation.
    MissingText {
        /// What the text belongs to, e.g. `item "inf-early"`.
        owner: String,
        /// Which of its texts, e.g. "text" or "name".
        field: &'static str,
        /// The missing language.
        lang: Lang,
    },
    /// There is no answer scale.
    NoScale,
    /// A scale has too few or too many points.
    ScalePoints {
        /// The scale.
        scale: String,
        /// How many points it has.
        found: usize,
    },
    /// An item names a scale that does not exist.
    UnknownScale {
        /// The item.
        item: String,
        /// The scale it names.
        scale: String,
    },
    /// A rung's scale, credits or key items do not fit.
    RungRule {
        /// The rung.
        rung: &'static str,
        /// What is wrong.
        problem: String,
    },
    /// An earlier version's entry does not fit.
    Earlier {
        /// The earlier version.
        version: String,
        /// What is wrong.
        problem: String,
    },
    /// A rung of the ladder is not described.
    MissingRung(&'static str),
    /// An item names a dimension that does not exist.
    UnknownDimension {
        /// The item.
        item: String,
        /// The dimension it names.
        dimension: String,
    },
    /// A context item has a rung: conditions are never evidence for one.
    ContextRung(String),
    /// A dimension or rung has too few items to be scored.
    TooFewItems {
        /// e.g. `dimension "ownership"` or `rung "initiator"`.
        what: String,
        /// How many there are.
        found: usize,
        /// How many are needed.
        needed: usize,
    },
    /// A suggestion's condition names something that does not exist.
    UnknownReference {
        /// The suggestion.
        suggestion: String,
        /// "dimension" or "item".
        what: &'static str,
        /// The unknown id.
        id: String,
    },
    /// A suggestion's condition uses a number outside its range.
    OutOfRange {
        /// The suggestion.
        suggestion: String,
        /// The number.
        value: u8,
        /// The allowed range, e.g. "0–100".
        range: String,
    },
    /// An audience has no `otherwise` suggestion, so some results could get none.
    NoFallback(&'static str),
    /// An `otherwise` condition inside `all`, where it has no meaning.
    NestedOtherwise(String),
}

impl ContentError {
    pub(crate) fn new(source: &str, kind: ContentErrorKind) -> ContentError {
        ContentError {
            source: source.to_owned(),
            kind,
        }
    }

    /// The built-in questionnaire's compact form cannot be read (a test rules
    /// this out; the message is there so that nothing can panic).
    pub(crate) fn damaged_builtin() -> ContentError {
        ContentError::new(
            "questionnaire.json",
            ContentErrorKind::Shape {
                at: "the built-in questionnaire".into(),
                problem: "its compact form is damaged; rebuild Peer Compass".into(),
            },
        )
    }

    /// Content that this build, without the JSON reader, cannot read.
    pub fn needs_reader(source: &str) -> ContentError {
        ContentError::new(source, ContentErrorKind::NoReader)
    }

    /// Content named by the id of an element that is not on the page.
    pub fn no_element(source: &str, id: &str) -> ContentError {
        ContentError::new(source, ContentErrorKind::NoElement(id.to_owned()))
    }

    #[cfg(feature = "parse")]
    pub(crate) fn syntax(source: &str, error: super::json::SyntaxError) -> ContentError {
        ContentError::new(
            source,
            ContentErrorKind::Syntax {
                message: error.message,
                line: error.line,
                column: error.column,
            },
        )
    }

    /// What is wrong.
    pub fn kind(&self) -> &ContentErrorKind {
        &self.kind
    }

    /// The file or element the content came from.
    pub fn source_name(&self) -> &str {
        &self.source
    }
}

impl fmt::Display for ContentError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.source, self.kind)
    }
}

impl fmt::Display for ContentErrorKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        use ContentErrorKind::*;
        match self {
            NoReader => f.write_str(
                "this copy of Peer Compass reads only its own questions; load it with embed.js, which loads the build that reads a page's own content",
            ),
            NoElement(id) => write!(
                f,
                "no element with id \"{id}\" is on the page (the content attribute names it)"
            ),
            Shape { at, problem } => write!(f, "{at}: {problem}"),
            // Only the JSON reader finds the rest, and a build without it
            // (the `parse` feature) carries neither them nor their words.
            #[cfg(feature = "parse")]
            other => other.fmt_read(f),
            #[cfg(not(feature = "parse"))]
            _ => Ok(()),
        }
    }
}

impl ContentErrorKind {
    /// What the JSON reader, decoder and validator find.
    #[cfg(feature = "parse")]
    fn fmt_read(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        use ContentErrorKind::*;
        match self {
            NoReader | NoElement(_) | Shape { .. } => Ok(()),
            Syntax {
                message,
                line,
                column,
            } => write!(f, "line {line}, column {column}: {message}"),
            UnsupportedFormat(format) => write!(
                f,
                "format {format} is not supported (this version reads format {})",
                super::FORMAT
            ),
            NoKnownLanguage(declared) => write!(
                f,
                "languages: none of [{declared}] is available (this version speaks {})",
                Lang::list(Lang::ALL)
            ),
            DuplicateId { what, id } => write!(f, "{what} id \"{id}\" is used more than once"),
            MissingText { owner, field, lang } => {
                write!(f, "{owner}: {field} has no {lang} translation")
            }
            NoScale => write!(f, "scales: at least one scale is needed"),
            ScalePoints { scale, found } => write!(
                f,
                "scale \"{scale}\" has {found} points; a scale has 2 to {}",
                crate::answers::MAX_POINTS
            ),
            UnknownScale { item, scale } => {
                write!(f, "item \"{item}\": unknown scale \"{scale}\"")
            }
            RungRule { rung, problem } => write!(f, "rung \"{rung}\": {problem}"),
            Earlier { version, problem } => {
                write!(f, "earlier version \"{version}\": {problem}")
            }
            MissingRung(rung) => write!(f, "rung \"{rung}\" is not described in \"rungs\""),
            UnknownDimension { item, dimension } => {
                write!(f, "item \"{item}\": unknown dimension \"{dimension}\"")
            }
            ContextRung(item) => {
                write!(f, "item \"{item}\": a context item cannot have a \"rung\"")
            }
            TooFewItems {
                what,
                found,
                needed,
            } => write!(f, "{what} has {found} items, at least {needed} are needed"),
            UnknownReference {
                suggestion,
                what,
                id,
            } => write!(f, "suggestion \"{suggestion}\": unknown {what} \"{id}\""),
            OutOfRange {
                suggestion,
                value,
                range,
            } => write!(
                f,
                "suggestion \"{suggestion}\": {value} is outside {range}"
            ),
            NoFallback(audience) => write!(
                f,
                "no \"otherwise\" suggestion for audience \"{audience}\", so some results would get none"
            ),
            NestedOtherwise(id) => write!(
                f,
                "suggestion \"{id}\": \"otherwise\" cannot be combined inside \"all\""
            ),
        }
    }
}

impl std::error::Error for ContentError {}
