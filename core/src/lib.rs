//! The pure core of Peer Compass: the questionnaire, scoring, placement on the
//! co-implementor → co-designer → initiator ladder, suggestions, and every
//! text the interface shows.
//!
//! No web dependencies: everything here runs and is tested natively, and can
//! be reused by researchers and trainers outside the browser.
//!
//! ```
//! use peer_compass_core::{assess, suggest, Answer, Answers, Audience, Content, Placement, Rung};
//!
//! let content = Content::builtin()?;
//! let mut answers = Answers::new(content.items().len());
//! for index in 0..content.items().len() {
//!     answers.set(index, Some(Answer::Point(content.points_of(index))));
//! }
//! let result = assess(&content, &answers);
//! assert_eq!(result.placement, Placement::Rung { rung: Rung::Initiator, between: None, uneven: false });
//! assert!(!suggest(&content, &answers, &result, Audience::You).is_empty());
//! # Ok::<(), peer_compass_core::ContentError>(())
//! ```
//!
//! Modules, in the order data flows:
//! - [`content`]: the questionnaire as data, and its loading (JSON, decoding,
//!   validation, errors);
//! - [`Answers`], [`Flow`]: what a person answered and where they are;
//! - [`assess`], [`explain()`], [`suggest()`]: scores, placement, its facts and
//!   suggestions;
//! - [`text`]: every interface string and the templates that put results
//!   into words, per language;
//! - [`saved`], [`summary_json`]: what is stored on a device or handed to a
//!   host page.

mod answers;
mod assess;
pub mod code;
pub mod content;
mod explain;
mod flow;
pub mod group;
mod lang;
pub mod qr;
pub mod record;
pub mod saved;
mod suggest;
mod summary;
pub mod text;

pub use answers::{Answer, Answers, MAX_POINTS};
pub use assess::{
    assess, Assessment, DimensionScore, Mode, Placement, RungScore, RungStatus, Tally, IN_PLACE,
    PARTLY, WEAK_CONDITIONS,
};
pub use content::error::{ContentError, ContentErrorKind};
pub use content::{
    Actor, Audience, Condition, Content, Dimension, DimensionKind, Earlier, Item, Outside, Rung,
    RungInfo, Scale, Suggestion, FORMAT, SCORE_UNIT,
};
#[cfg(feature = "parse")]
pub use content::{BUILTIN_JSON, MIN_ITEMS};
pub use explain::{explain, ContextNote, Example, Explanation, RungEvidence};
pub use flow::{Flow, Screen, Step};
#[cfg(feature = "pseudo")]
pub use lang::pseudo;
pub use lang::{Lang, Text};
pub use saved::{Restored, SavedError};
pub use suggest::{suggest, MAX_PER_AUDIENCE};
pub use summary::summary_json;
