//! The questionnaire as data (scale, ladder, dimensions, items, suggestions)
//! and the pipeline that loads it: JSON text ([`json`]) → fields ([`decode`])
//! → checks ([`validate`]) → a [`Content`], with [`error`]s that say where.
//!
//! A [`Content`] can only be made by [`Content::parse`] (or, with the `serde`
//! feature, deserialized through the same checks), so every one is valid:
//! every rung is described once, every item's dimension exists, and the
//! lookups below never fail.

mod builtin;
#[cfg(feature = "parse")]
mod decode;
pub(crate) mod error;
pub(crate) mod json;
#[cfg(feature = "serde")]
mod serde_impl;
#[cfg(feature = "parse")]
mod validate;

#[cfg(feature = "parse")]
pub use validate::MIN_ITEMS;

use crate::answers::Answer;
use crate::lang::{Lang, Text};
use error::ContentError;

/// The content file this build ships with, without `concept`, `source` and
/// whitespace (see `build.rs`; the full file is `content/questionnaire.json`).
#[cfg(feature = "parse")]
pub const BUILTIN_JSON: &str = include_str!(concat!(env!("OUT_DIR"), "/questionnaire.min.json"));

/// The unit of a normalised point: 60 divides evenly by every scale's span
/// (1–6), so scores are computed in whole numbers.
pub const SCORE_UNIT: u32 = 60;

/// The content format this crate reads.
pub const FORMAT: u32 = 2;

/// A rung of the citizen-role ladder (Voorberg, Bekkers & Tummers 2015),
/// lowest first.
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "kebab-case"))]
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

    /// The identifier used in content files and results.
    pub fn id(self) -> &'static str {
        match self {
            Rung::CoImplementor => "co-implementor",
            Rung::CoDesigner => "co-designer",
            Rung::Initiator => "initiator",
        }
    }

    /// The rung with this [`id`](Rung::id).
    pub fn from_id(id: &str) -> Option<Rung> {
        Rung::ALL.into_iter().find(|rung| rung.id() == id)
    }
}

/// Whether a dimension describes the person's own practice or the conditions
/// their organisation offers.
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "lowercase"))]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DimensionKind {
    /// Scored as part of the person's profile and placement.
    Person,
    /// Reported as context only, never as the person's score.
    Context,
}

/// Who a suggestion is addressed to.
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "lowercase"))]
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

/// Who makes what an item describes happen: the person, or their workplace
/// (being asked, being included, ideas taken up). Results word the two apart,
/// so that what others do is never presented as the person's shortfall.
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "lowercase"))]
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Actor {
    /// The person's own practice or initiative (`"self"` in content files).
    #[cfg_attr(feature = "serde", serde(rename = "self"))]
    Person,
    /// Something the workplace does or allows.
    Workplace,
}

/// An answer scale: its question and its labelled points, lowest first.
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(deny_unknown_fields))]
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Scale {
    /// Unique id, named by items.
    pub id: String,
    /// What the points answer, e.g. "How often did this happen in the past
    /// 12 months?"
    pub question: Text,
    /// Labels of the points, lowest first (2–7 of them).
    pub points: Vec<Text>,
}

/// The two answers outside every scale, counted as missing.
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(deny_unknown_fields))]
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Outside {
    /// "Not part of my role".
    pub not_my_role: Text,
    /// "Don't know".
    pub dont_know: Text,
}

/// A rung: its name, what it means, and how its items count.
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(deny_unknown_fields))]
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RungInfo {
    /// Which rung this describes.
    pub id: Rung,
    /// Its name.
    pub name: Text,
    /// What it means for a peer support worker.
    pub description: Text,
    /// How much each point of the rung's scale counts towards the rung,
    /// 0–100, lowest point first, never decreasing.
    pub credit: Vec<u8>,
    /// Key items: the rung shows (in part or in full) only when at least one
    /// of them counts. Empty: no key items.
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Vec::is_empty")
    )]
    pub needs: Vec<String>,
}

/// A dimension of the profile, such as influence or tacit knowledge.
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(deny_unknown_fields))]
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
    #[cfg_attr(feature = "serde", serde(default))]
    pub concept: String,
    /// Where the concept comes from (the paper, or a cited source).
    #[cfg_attr(feature = "serde", serde(default))]
    pub source: String,
}

/// One question.
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(deny_unknown_fields))]
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Item {
    /// Unique id.
    pub id: String,
    /// The dimension it belongs to.
    pub dimension: String,
    /// The rung it is evidence for (person items only; some describe the
    /// profile without being evidence for a rung).
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Option::is_none")
    )]
    pub rung: Option<Rung>,
    /// The id of its answer scale.
    pub scale: String,
    /// Who makes it happen.
    pub actor: Actor,
    /// The question, as a statement about what happens.
    pub text: Text,
    /// An optional example or clarification shown under the question.
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Option::is_none")
    )]
    pub hint: Option<Text>,
    /// The concept it measures.
    #[cfg_attr(feature = "serde", serde(default))]
    pub concept: String,
    /// Where the concept comes from.
    #[cfg_attr(feature = "serde", serde(default))]
    pub source: String,
}

/// When a suggestion applies.
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Condition {
    /// Applies when no other suggestion for the same audience does.
    Otherwise,
    /// Placed on a rung while a rung below it shows less.
    Uneven,
    /// A role with too little room, with weak conditions (a token role).
    TokenRole,
    /// A role with little room yet, without weak conditions.
    LittleRoom,
    /// Too few answers to describe the role.
    NotPlaced,
    /// Placed on this rung.
    Placed(Rung),
    /// This rung, the next one up, shows in part.
    Between(Rung),
    /// A dimension is scored below this score (0–100).
    DimensionBelow(String, u8),
    /// A dimension is scored at or above this score (0–100).
    DimensionAtLeast(String, u8),
    /// An item is answered on its scale at or below this point.
    ItemAtMost(String, u8),
    /// An item is answered on its scale at or above this point.
    ItemAtLeast(String, u8),
    /// Every condition holds.
    All(Vec<Condition>),
}

/// A suggestion from the library.
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(deny_unknown_fields))]
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Suggestion {
    /// Unique id.
    pub id: String,
    /// Who it is for.
    pub audience: Audience,
    /// When it applies.
    pub when: Condition,
    /// Order among those that apply: lower comes first (1–9).
    pub priority: u8,
    /// What to do, in plain words. `{organisation}` is replaced by the
    /// organisation's name.
    pub text: Text,
    /// The concept it draws on.
    #[cfg_attr(feature = "serde", serde(default))]
    pub concept: String,
    /// Where the concept comes from.
    #[cfg_attr(feature = "serde", serde(default))]
    pub source: String,
}

/// An earlier version of the questionnaire: its items in order, and those
/// asked unchanged (same wording and scale) in this one, whose answers carry
/// over.
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(deny_unknown_fields))]
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Earlier {
    /// Its version.
    pub version: String,
    /// Its item ids, in the order it asked them.
    pub items: Vec<String>,
    /// The ids whose answers carry over.
    pub carried: Vec<String>,
}

/// A content file as decoded, before its checks: what `validate` turns into
/// a [`Content`].
#[cfg_attr(feature = "serde", derive(serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(deny_unknown_fields))]
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg(feature = "parse")]
pub(crate) struct Draft {
    pub format: u32,
    pub version: String,
    /// Declared language codes, as written (unknown ones are ignored).
    pub languages: Vec<String>,
    pub title: Text,
    pub scales: Vec<Scale>,
    pub outside: Outside,
    pub rungs: Vec<RungInfo>,
    pub dimensions: Vec<Dimension>,
    pub items: Vec<Item>,
    pub suggestions: Vec<Suggestion>,
    #[cfg_attr(feature = "serde", serde(default))]
    pub earlier: Vec<Earlier>,
}

/// A whole questionnaire, validated. Made only by [`Content::parse`].
#[cfg_attr(feature = "serde", derive(serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(try_from = "Draft"))]
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Content {
    version: String,
    languages: Vec<Lang>,
    title: Text,
    scales: Vec<Scale>,
    outside: Outside,
    /// One per rung, in ladder order.
    rungs: Vec<RungInfo>,
    dimensions: Vec<Dimension>,
    items: Vec<Item>,
    /// For each item, the index of its dimension and of its scale.
    item_dimension: Vec<usize>,
    item_scale: Vec<usize>,
    suggestions: Vec<Suggestion>,
    earlier: Vec<Earlier>,
}

impl Content {
    /// Parses and validates content. `source` names the file or element in
    /// error messages.
    #[cfg(feature = "parse")]
    pub fn parse(json: &str, source: &str) -> Result<Content, ContentError> {
        let value = json::parse(json).map_err(|error| ContentError::syntax(source, error))?;
        decode::content(&value)
            .and_then(validate::validate)
            .map_err(|kind| ContentError::new(source, kind))
    }

    /// The questionnaire this build ships with, read from its compact form
    /// (no JSON reading or validation at start-up: a test checks it is the
    /// valid file's content).
    pub fn builtin() -> Result<Content, ContentError> {
        builtin::content().ok_or_else(ContentError::damaged_builtin)
    }

    /// Version of the wording and rules, shown in results and stored with them.
    pub fn version(&self) -> &str {
        &self.version
    }

    /// The languages this content is complete in that this build can speak,
    /// in [`Lang::ALL`]'s order; never empty.
    pub fn languages(&self) -> &[Lang] {
        &self.languages
    }

    /// `lang` if the content has it, otherwise its first language.
    pub fn language_or_first(&self, lang: Lang) -> Lang {
        if self.languages.contains(&lang) {
            lang
        } else {
            self.languages[0]
        }
    }

    /// Title of the questionnaire.
    pub fn title(&self) -> &Text {
        &self.title
    }

    /// The answer scales.
    pub fn scales(&self) -> &[Scale] {
        &self.scales
    }

    /// The two answers outside every scale.
    pub fn outside(&self) -> &Outside {
        &self.outside
    }

    /// The scale of item `item` (the first scale for an index out of range).
    pub fn scale_of(&self, item: usize) -> &Scale {
        &self.scales[self.item_scale.get(item).copied().unwrap_or(0)]
    }

    /// How many points item `item`'s scale has.
    pub fn points_of(&self, item: usize) -> u8 {
        self.scale_of(item).points.len() as u8
    }

    /// The label of an answer to item `item`: its point on the item's scale,
    /// or one of the two outside every scale.
    pub fn label(&self, item: usize, answer: Answer) -> &Text {
        match answer {
            Answer::Point(point) => {
                let points = &self.scale_of(item).points;
                &points[usize::from(point.clamp(1, points.len() as u8)) - 1]
            }
            Answer::NotMyRole => &self.outside.not_my_role,
            Answer::DontKnow => &self.outside.dont_know,
        }
    }

    /// How much an answer to item `item` counts towards its rung, 0–100;
    /// `None` outside the scale, or for an item on no rung.
    pub fn credit(&self, item: usize, answer: Answer) -> Option<u8> {
        let rung = self.items.get(item)?.rung?;
        let point = answer.point()?;
        self.rungs[rung.index()]
            .credit
            .get(usize::from(point).checked_sub(1)?)
            .copied()
    }

    /// A point's place on its item's scale, from 0 (lowest) to
    /// [`SCORE_UNIT`] (highest), so that scales of any length add up alike.
    pub fn normalised(&self, item: usize, point: u8) -> u32 {
        let span = u32::from(self.points_of(item).max(2)) - 1;
        u32::from(point.saturating_sub(1)).min(span) * SCORE_UNIT / span
    }

    /// Earlier versions whose answers can carry over.
    pub fn earlier(&self) -> &[Earlier] {
        &self.earlier
    }

    /// The name and description of a rung.
    pub fn rung(&self, rung: Rung) -> &RungInfo {
        &self.rungs[rung.index()]
    }

    /// Dimensions of the profile, in content order.
    pub fn dimensions(&self) -> &[Dimension] {
        &self.dimensions
    }

    /// The questions, in the order they are asked.
    pub fn items(&self) -> &[Item] {
        &self.items
    }

    /// The suggestion library.
    pub fn suggestions(&self) -> &[Suggestion] {
        &self.suggestions
    }

    /// The index of the item with this id.
    pub fn item_index(&self, id: &str) -> Option<usize> {
        self.items.iter().position(|item| item.id == id)
    }

    /// The index of the dimension with this id.
    pub fn dimension_index(&self, id: &str) -> Option<usize> {
        self.dimensions.iter().position(|dim| dim.id == id)
    }

    /// The index of the dimension item `item` belongs to.
    pub fn dimension_index_of(&self, item: usize) -> Option<usize> {
        self.item_dimension.get(item).copied()
    }

    /// The dimension item `item` belongs to.
    pub fn dimension_of(&self, item: usize) -> Option<&Dimension> {
        self.dimension_index_of(item).map(|d| &self.dimensions[d])
    }

    /// The items on a rung of the ladder, with their indices.
    pub fn items_on(&self, rung: Rung) -> impl Iterator<Item = (usize, &Item)> {
        self.items
            .iter()
            .enumerate()
            .filter(move |(_, item)| item.rung == Some(rung))
    }

    /// The items of a dimension, with their indices.
    pub fn items_of(&self, dimension: usize) -> impl Iterator<Item = (usize, &Item)> {
        self.items
            .iter()
            .enumerate()
            .filter(move |&(index, _)| self.item_dimension[index] == dimension)
    }

    /// Adds the test-only pseudo-locale, made from the English text.
    #[cfg(feature = "pseudo")]
    pub fn with_pseudo(mut self) -> Content {
        fn text(text: &mut Text) {
            let english = crate::lang::pseudo(text.get(Lang::En));
            text.set(Lang::Pseudo, english);
        }
        text(&mut self.title);
        for scale in &mut self.scales {
            text(&mut scale.question);
            scale.points.iter_mut().for_each(text);
        }
        text(&mut self.outside.not_my_role);
        text(&mut self.outside.dont_know);
        for rung in &mut self.rungs {
            text(&mut rung.name);
            text(&mut rung.description);
        }
        for dim in &mut self.dimensions {
            text(&mut dim.name);
            text(&mut dim.description);
        }
        for item in &mut self.items {
            text(&mut item.text);
            item.hint.iter_mut().for_each(text);
        }
        for suggestion in &mut self.suggestions {
            text(&mut suggestion.text);
        }
        if !self.languages.contains(&Lang::Pseudo) {
            self.languages.push(Lang::Pseudo);
        }
        self
    }
}
