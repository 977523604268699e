//! The pure core of Peer Compass: the questionnaire, scoring, placement on the
//! co-implementor → co-designer → initiator ladder, and suggestions.
//!
//! No web dependencies: everything here runs and is tested natively, and can
//! be reused by researchers and trainers outside the browser.
//!
//! ```
//! use peer_compass_core::{assess, suggest, Answer, Answers, Audience, Content, Placement, Rung};
//!
//! let content = Content::builtin()?;
//! let mut answers = Answers::new(content.items.len());
//! for (index, _) in content.items.iter().enumerate() {
//!     answers.set(index, Some(Answer::Often));
//! }
//! let result = assess(&content, &answers);
//! assert_eq!(result.placement, Placement::Ladder { reached: Some(Rung::Initiator), approaching: None });
//! assert!(!suggest(&content, &answers, &result, Audience::You).is_empty());
//! # Ok::<(), peer_compass_core::ContentError>(())
//! ```

mod answers;
mod assess;
mod content;
mod decode;
mod error;
mod explain;
mod flow;
mod json;
mod lang;
mod saved;
mod suggest;
mod summary;
mod validate;

pub use answers::{Answer, Answers};
pub use assess::{
    assess, Assessment, DimensionScore, Mode, Placement, RungScore, RungStatus, Tally, MET_MEAN_X2,
    MET_SCORE, NEAR_MEAN_X2,
};
pub use content::{
    Audience, Condition, Content, Dimension, DimensionKind, Item, Rung, RungInfo, Scale,
    Suggestion, BUILTIN_JSON, FORMAT,
};
pub use error::{ContentError, ContentErrorKind};
pub use explain::{explain, headline};
pub use flow::{Flow, Screen, Step};
pub use lang::{Lang, Text};
pub use saved::SavedError;
pub use suggest::{fill, suggest, MAX_PER_AUDIENCE};
pub use summary::summary_json;
pub use validate::MIN_ITEMS;
