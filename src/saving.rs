//! Saving progress on this device: the one place that reads, writes, refuses
//! and forgets what Peer Compass keeps in `localStorage`.
//!
//! What happens is decided by plain functions ([`Loaded::from_stored`],
//! [`Write::for_flow`]) tested natively; [`Store`] only carries their
//! decisions out in the browser.

use crate::config::Notice;
use peer_compass_core::{saved, Content, Flow};
use web_sys::Storage;

/// What was found on the device at start.
#[derive(Clone, Debug, PartialEq)]
pub struct Loaded {
    /// Progress to continue from.
    pub flow: Option<Flow>,
    /// Whether the person wants their answers remembered (they have not
    /// refused it on an earlier visit).
    pub remember: bool,
    /// What to tell the person about it.
    pub notice: Option<Notice>,
    /// Saved text that could not be used, to keep aside rather than delete.
    pub unreadable: Option<String>,
}

impl Loaded {
    /// Decides from what storage holds: `saved` under the key, and whether a
    /// refusal is remembered.
    pub fn from_stored(saved: Option<String>, refused: bool, content: &Content) -> Loaded {
        let mut loaded = Loaded {
            flow: None,
            remember: !refused,
            notice: None,
            unreadable: None,
        };
        if let Some(text) = saved {
            match saved::decode(&text, content) {
                Ok(restored) => {
                    loaded.flow = Some(restored.flow);
                    loaded.notice = Some(match restored.from {
                        Some((_, count)) => Notice::CarriedOver(count),
                        None => Notice::Restored,
                    });
                }
                Err(_) => {
                    loaded.unreadable = Some(text);
                    loaded.notice = Some(Notice::SavedUnreadable);
                }
            }
        }
        loaded
    }
}

/// What to write after a change.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Write {
    /// Keep this text under the key.
    Progress(String),
    /// Nothing to keep: remove what is there.
    Nothing,
}

impl Write {
    /// A fresh start, or the person choosing not to be remembered, keeps
    /// nothing; otherwise the progress is kept.
    pub fn for_flow(flow: &Flow, version: &str, remember: bool) -> Write {
        if !remember || flow.is_fresh() {
            Write::Nothing
        } else {
            Write::Progress(saved::encode(flow, version))
        }
    }
}

/// Saving under one key in this browser's `localStorage`.
#[derive(Clone, Debug, PartialEq)]
pub struct Store {
    key: String,
    storage: Storage,
}

impl Store {
    /// The store under `key`, or `None` when the browser does not allow
    /// storage. `window.localStorage` throws in private modes and sandboxed
    /// frames, and gloo-storage's `LocalStorage` panics then, so web-sys is
    /// used directly.
    pub fn open(key: &str) -> Option<Store> {
        let storage = web_sys::window()?.local_storage().ok().flatten()?;
        Some(Store {
            key: key.to_owned(),
            storage,
        })
    }

    /// Where a refusal is remembered: a flag, no answers.
    fn refusal_key(&self) -> String {
        format!("{}:off", self.key)
    }

    /// Reads what was saved, and keeps unreadable data aside under
    /// `<key>:unreadable` instead of deleting it.
    pub fn load(&self, content: &Content) -> Loaded {
        let saved = self.storage.get_item(&self.key).ok().flatten();
        let refused = matches!(self.storage.get_item(&self.refusal_key()), Ok(Some(_)));
        let loaded = Loaded::from_stored(saved, refused, content);
        if let Some(text) = &loaded.unreadable {
            web_sys::console::warn_1(
                &format!(
                    "Peer Compass: saved answers could not be read; kept aside as \"{}:unreadable\"",
                    self.key
                )
                .into(),
            );
            let _ = self
                .storage
                .set_item(&format!("{}:unreadable", self.key), text);
            let _ = self.storage.remove_item(&self.key);
        }
        loaded
    }

    /// Writes the progress, or removes it; remembers a refusal so that the
    /// choice holds on the next visit.
    pub fn write(&self, flow: &Flow, version: &str, remember: bool) {
        let _ = if remember {
            self.storage.remove_item(&self.refusal_key())
        } else {
            self.storage.set_item(&self.refusal_key(), "1")
        };
        let _ = match Write::for_flow(flow, version, remember) {
            Write::Progress(text) => self.storage.set_item(&self.key, &text),
            Write::Nothing => self.storage.remove_item(&self.key),
        };
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use peer_compass_core::{Answer, Screen, Step};

    fn content() -> Content {
        Content::builtin().unwrap()
    }

    #[test]
    fn saved_progress_is_restored_with_a_welcome_back() {
        let content = content();
        let flow = Flow::new(content.items().len())
            .step(Step::Start)
            .step(Step::Answer(Some(Answer::Point(4))));
        let text = saved::encode(&flow, content.version());
        let loaded = Loaded::from_stored(Some(text), false, &content);
        assert_eq!(loaded.flow, Some(flow));
        assert_eq!(loaded.notice, Some(Notice::Restored));
        assert!(loaded.remember);
        assert_eq!(loaded.unreadable, None);
    }

    #[test]
    fn unreadable_progress_is_kept_aside_with_a_notice() {
        let loaded = Loaded::from_stored(Some("pc2;old;w;--".into()), false, &content());
        assert_eq!(loaded.flow, None);
        assert_eq!(loaded.notice, Some(Notice::SavedUnreadable));
        assert_eq!(loaded.unreadable.as_deref(), Some("pc2;old;w;--"));
    }

    #[test]
    fn a_refusal_holds_and_nothing_is_kept_for_it() {
        let content = content();
        let loaded = Loaded::from_stored(None, true, &content);
        assert_eq!(
            (loaded.flow, loaded.remember, loaded.notice),
            (None, false, None)
        );
        let flow = Flow::new(content.items().len()).step(Step::Start);
        assert_eq!(Write::for_flow(&flow, "v", false), Write::Nothing);
        assert_eq!(
            Write::for_flow(&flow, "v", true),
            Write::Progress(saved::encode(&flow, "v"))
        );
        // A fresh start keeps nothing either.
        let fresh = Flow::new(content.items().len());
        assert_eq!(fresh.screen, Screen::Welcome);
        assert_eq!(Write::for_flow(&fresh, "v", true), Write::Nothing);
    }
}
