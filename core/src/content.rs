//! The questionnaire as data: scale, ladder, dimensions, items and suggestions.
//!
//! Content is parsed from JSON (see `docs/CONTENT.md`) and validated once; a
//! [`Content`] value is always valid.

use crate::answers::Answer;
use crate::error::ContentError;
use crate::lang::Text;

/// The content file this build ships with, without `concept`, `source` and
/// whitespace (see `build.rs`; the full file is `content/questionnaire.json`).
pub const BUILTIN_JSON: &str = include_str!(concat!(env!("OUT_DIR"), "/questionnaire.min.json"));

/// The content format this crate reads.
pub const FORMAT: u32 = 1;

/// A rung of the citizen-role ladder (Voorberg, Bekkers & Tummers 2015),
/// lowest first.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Rung {
    /// Delivers services that others designed (consumer co-production).
    CoImplementor,
    /// Helps design services that others initiated.
    CoDesigner,
    /// Starts new services or solutions.
    Initiator,
}

impl Rung {
    /// Every rung, lowest first.
    pub const ALL: [Rung; 3] = [Rung::CoImplementor, Rung::CoDesigner, Rung::Initiator];

    /// Position on the ladder, from 0.
    pub fn index(self) -> usize {
        self as usize
    }

    /// The identifier used in content files.
    pub fn id(self) -> &'static str {
        match self {
            Rung::CoImplementor => "co-implementor",
            Rung::CoDesigner => "co-designer",
            Rung::Initiator => "initiator",
        }
    }
}

/// Whether a dimension describes the person's own practice or the conditions
/// their organisation offers.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DimensionKind {
    /// Scored as part of the person's profile and placement.
    Person,
    /// Reported as context only, never as the person's score.
    Context,
}

/// Who a suggestion is addressed to.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Audience {
    /// The person answering.
    You,
    /// Something to raise with their leader or organisation.
    Organisation,
}

impl Audience {
    /// Both audiences, in the order results show them.
    pub const ALL: [Audience; 2] = [Audience::You, Audience::Organisation];

    /// The identifier used in content files.
    pub fn id(self) -> &'static str {
        match self {
            Audience::You => "you",
            Audience::Organisation => "organisation",
        }
    }
}

/// The answer scale: five labelled points and two answers outside the scale.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Scale {
    /// Labels of the five points, lowest first (e.g. never … always).
    pub points: Vec<Text>,
    /// "Not part of my role": outside the scale, counted as missing.
    pub not_my_role: Text,
    /// "Don't know": outside the scale, counted as missing.
    pub dont_know: Text,
}

impl Scale {
    /// The label of an answer: its point's label, or one of the two outside
    /// the scale.
    pub fn label(&self, answer: Answer) -> &Text {
        match (answer, answer.point()) {
            (_, Some(point)) => &self.points[usize::from(point) - 1],
            (Answer::NotMyRole, None) => &self.not_my_role,
            (_, None) => &self.dont_know,
        }
    }
}

/// A rung's name and what it means, for the result page.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RungInfo {
    /// Which rung this describes.
    pub id: Rung,
    /// Its name.
    pub name: Text,
    /// What it means for a peer support worker.
    pub description: Text,
}

/// A dimension of the profile, such as influence or tacit knowledge.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Dimension {
    /// Unique id, referred to by items and conditions.
    pub id: String,
    /// Person (scored) or context (reported beside the score).
    pub kind: DimensionKind,
    /// Short name.
    pub name: Text,
    /// One sentence on what it covers.
    pub description: Text,
    /// The concept it measures.
    pub concept: String,
    /// Where the concept comes from (the paper, or a cited source).
    pub source: String,
}

/// One question.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Item {
    /// Unique id.
    pub id: String,
    /// The dimension it belongs to.
    pub dimension: String,
    /// The rung it is evidence for; person items only.
    pub rung: Option<Rung>,
    /// The question, as a statement about what happens.
    pub text: Text,
    /// An optional example or clarification shown under the question.
    pub hint: Option<Text>,
    /// The concept it measures.
    pub concept: String,
    /// Where the concept comes from.
    pub source: String,
}

/// When a suggestion applies.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Condition {
    /// Applies when no other suggestion for the same audience does.
    Otherwise,
    /// The placement is an uneven profile.
    Uneven,
    /// Too few answers to place the person.
    NotEnoughAnswers,
    /// No rung is reached (the person is placed, but below co-implementor).
    NoRungReached,
    /// The highest rung reached from the bottom is exactly this one.
    Reached(Rung),
    /// The next rung up is close to its threshold.
    Approaching(Rung),
    /// A dimension is scored below this score (0–100).
    DimensionBelow(String, u8),
    /// A dimension is scored at or above this score (0–100).
    DimensionAtLeast(String, u8),
    /// An item is answered on the scale at or below this point (1–5).
    ItemAtMost(String, u8),
    /// An item is answered on the scale at or above this point (1–5).
    ItemAtLeast(String, u8),
    /// Every condition holds.
    All(Vec<Condition>),
}

/// A suggestion from the library.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Suggestion {
    /// Unique id.
    pub id: String,
    /// Who it is for.
    pub audience: Audience,
    /// When it applies.
    pub when: Condition,
    /// Order among those that apply: lower comes first.
    pub priority: u8,
    /// What to do, in plain words. `{organisation}` is replaced by the
    /// organisation's name.
    pub text: Text,
    /// The concept it draws on.
    pub concept: String,
    /// Where the concept comes from.
    pub source: String,
}

/// A whole questionnaire, validated.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Content {
    /// Content format; must equal [`FORMAT`].
    pub format: u32,
    /// Version of the wording and rules, shown in results and docs.
    pub version: String,
    /// Title of the questionnaire.
    pub title: Text,
    /// The answer scale.
    pub scale: Scale,
    /// The ladder, lowest rung first.
    pub rungs: Vec<RungInfo>,
    /// Dimensions of the profile.
    pub dimensions: Vec<Dimension>,
    /// The questions, in the order they are asked.
    pub items: Vec<Item>,
    /// The suggestion library.
    pub suggestions: Vec<Suggestion>,
}

impl Content {
    /// Parses and validates content. `source` names the file or element in
    /// error messages.
    pub fn parse(json: &str, source: &str) -> Result<Content, ContentError> {
        let fail = |kind| ContentError::new(source, kind);
        let value =
            crate::json::parse(json).map_err(|error| ContentError::syntax(source, error))?;
        let content = crate::decode::content(&value).map_err(fail)?;
        crate::validate::validate(&content).map_err(fail)?;
        Ok(content)
    }

    /// The questionnaire this build ships with (a test keeps it valid).
    pub fn builtin() -> Result<Content, ContentError> {
        Content::parse(BUILTIN_JSON, "questionnaire.json")
    }

    /// The index of the item with this id.
    pub fn item_index(&self, id: &str) -> Option<usize> {
        self.items.iter().position(|item| item.id == id)
    }

    /// The index of the dimension with this id.
    pub fn dimension_index(&self, id: &str) -> Option<usize> {
        self.dimensions.iter().position(|dim| dim.id == id)
    }

    /// The name and description of a rung.
    pub fn rung(&self, rung: Rung) -> &RungInfo {
        self.rungs
            .iter()
            .find(|info| info.id == rung)
            .expect("validated content describes every rung")
    }

    /// The items on a rung of the ladder, with their indices.
    pub fn items_on(&self, rung: Rung) -> impl Iterator<Item = (usize, &Item)> {
        self.items
            .iter()
            .enumerate()
            .filter(move |(_, item)| item.rung == Some(rung))
    }

    /// The items of a dimension, with their indices.
    pub fn items_of<'a>(&'a self, dimension: &'a str) -> impl Iterator<Item = (usize, &'a Item)> {
        self.items
            .iter()
            .enumerate()
            .filter(move |(_, item)| item.dimension == dimension)
    }
}
