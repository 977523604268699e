//! What Peer Compass keeps on this device: the one place that reads, writes
//! and forgets it. Nothing is kept unless the person ticks "Remember my
//! answers on this device"; each widget on a site keeps its own document
//! under its own key ([`key`]); "Forget" deletes every key Peer Compass uses.
//!
//! What happens is decided by plain functions ([`Loaded::from_stored`],
//! [`device`]) tested natively; [`Store`] only carries their decisions out.

use crate::config::Notice;
use peer_compass_core::record::{device_from_json, device_json, Device, Progress, Record};
use peer_compass_core::{saved, Content, Flow};
use web_sys::Storage;

/// Every key Peer Compass writes starts with this.
pub const PREFIX: &str = "peer-compass";

/// The key a widget's document lives under: versioned, one per instance.
pub fn key(instance: &str) -> String {
    format!("{PREFIX}/1/{instance}")
}

/// What was found on the device at start.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Loaded {
    /// What is kept (empty when nothing was).
    pub device: Device,
    /// Whether the person chose to be remembered (something was kept).
    pub remember: bool,
    /// What to tell the person about it.
    pub notice: Option<Notice>,
    /// Kept text that could not be read, to keep aside rather than delete.
    pub unreadable: Option<String>,
}

impl Loaded {
    /// Decides from what storage holds: the widget's document, and progress
    /// saved by version 2026.11's widget (`legacy`, kept then by default).
    pub fn from_stored(
        current: Option<String>,
        legacy: Option<String>,
        content: &Content,
    ) -> Loaded {
        if let Some(text) = current {
            return match device_from_json(&text) {
                Ok(device) => Loaded {
                    device,
                    remember: true,
                    ..Loaded::default()
                },
                Err(_) => Loaded {
                    notice: Some(Notice::SavedUnreadable),
                    unreadable: Some(text),
                    ..Loaded::default()
                },
            };
        }
        // The old widget kept progress unless the person refused: carry it
        // over as if they had chosen to be remembered.
        match legacy.map(|text| saved::decode(&text, content)) {
            Some(Ok(restored)) => {
                // No date was kept then. From an earlier questionnaire, the
                // answers carried over are kept as from that version, so that
                // the person is told the statements changed.
                let mut progress = Progress::of(content, &restored.flow, "");
                if let Some((version, _)) = restored.from {
                    progress.questionnaire_version = version;
                }
                Loaded {
                    device: Device {
                        progress: Some(progress),
                        history: Vec::new(),
                    },
                    remember: true,
                    ..Loaded::default()
                }
            }
            _ => Loaded::default(),
        }
    }
}

/// What to keep for this flow and history: progress unless the flow is
/// fresh, and every result.
pub fn device(content: &Content, flow: &Flow, history: &[Record], date: &str) -> Device {
    Device {
        progress: (!flow.is_fresh()).then(|| Progress::of(content, flow, date)),
        history: history.to_vec(),
    }
}

/// This browser's `localStorage`, for one widget.
#[derive(Clone, Debug, PartialEq)]
pub struct Store {
    key: String,
    storage: Storage,
}

impl Store {
    /// The store for `instance`, or `None` when the browser keeps nothing.
    /// `window.localStorage` throws in private modes and sandboxed frames, and
    /// gloo-storage's `LocalStorage` panics then, so web-sys is used directly.
    pub fn open(instance: &str) -> Option<Store> {
        let storage = web_sys::window()?.local_storage().ok().flatten()?;
        // Some browsers hand out storage that refuses every write.
        let probe = format!("{PREFIX}/probe");
        storage.set_item(&probe, "1").ok()?;
        let _ = storage.remove_item(&probe);
        Some(Store {
            key: key(instance),
            storage,
        })
    }

    /// Reads what is kept, carrying over the old widget's progress under
    /// `legacy` (then deleted), and keeping unreadable data aside under
    /// `<key>:unreadable` instead of deleting it.
    pub fn load(&self, content: &Content, legacy: &str) -> Loaded {
        let current = self.storage.get_item(&self.key).ok().flatten();
        let had_current = current.is_some();
        let old = self.storage.get_item(legacy).ok().flatten();
        let loaded = Loaded::from_stored(current, old, content);
        if let Some(text) = &loaded.unreadable {
            let _ = self
                .storage
                .set_item(&format!("{}:unreadable", self.key), text);
            let _ = self.storage.remove_item(&self.key);
        }
        if !had_current && loaded.remember {
            let _ = self.write(&loaded.device);
            for old in [legacy.to_owned(), format!("{legacy}:off")] {
                let _ = self.storage.remove_item(&old);
            }
        }
        loaded
    }

    /// Keeps `device`; `false` when the browser refuses (its storage full).
    pub fn write(&self, device: &Device) -> bool {
        self.storage
            .set_item(&self.key, &device_json(device))
            .is_ok()
    }

    /// Deletes what this widget keeps.
    pub fn clear(&self) {
        let _ = self.storage.remove_item(&self.key);
    }

    /// Deletes everything Peer Compass keeps in this browser, for every widget
    /// on the site.
    pub fn forget_all(&self) {
        let keys: Vec<String> = (0..self.storage.length().unwrap_or(0))
            .filter_map(|i| self.storage.key(i).ok().flatten())
            .filter(|key| key.starts_with(PREFIX))
            .collect();
        for key in keys {
            let _ = self.storage.remove_item(&key);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use peer_compass_core::{assess, Answer, Screen, Step};

    fn content() -> Content {
        Content::builtin().unwrap()
    }

    #[test]
    fn nothing_kept_means_nothing_remembered() {
        assert_eq!(
            Loaded::from_stored(None, None, &content()),
            Loaded::default()
        );
    }

    #[test]
    fn a_kept_document_is_read_and_remembered() {
        let content = content();
        let flow = Flow::new(content.items().len())
            .step(Step::Start)
            .step(Step::Answer(Some(Answer::Point(4))));
        let kept = device(&content, &flow, &[], "2026-11-26T10:00:00Z");
        let loaded = Loaded::from_stored(Some(device_json(&kept)), None, &content);
        assert!(loaded.remember);
        assert_eq!(loaded.device, kept);
        assert_eq!(loaded.notice, None);
        let progress = loaded.device.progress.unwrap();
        assert_eq!(progress.flow(&content), Some((flow, None)));
    }

    #[test]
    fn an_unreadable_document_is_kept_aside_with_a_notice() {
        let loaded = Loaded::from_stored(Some("{\"format\":\"peer-".into()), None, &content());
        assert!(!loaded.remember);
        assert_eq!(loaded.notice, Some(Notice::SavedUnreadable));
        assert_eq!(loaded.unreadable.as_deref(), Some("{\"format\":\"peer-"));
    }

    #[test]
    fn the_old_widgets_progress_carries_over() {
        let content = content();
        // 2026.11: inf-adjust "often" (3), inf-early "always" (4, not carried).
        let old = format!("pc1;2026.11;q5;34{}", "-".repeat(22));
        let loaded = Loaded::from_stored(None, Some(old), &content);
        assert!(loaded.remember);
        let progress = loaded.device.progress.unwrap();
        // Undated, and as from 2026.11, so that the person is told how many
        // answers carried over.
        assert_eq!(progress.date, "");
        let (flow, carried) = progress.flow(&content).unwrap();
        assert_eq!(carried, Some(1));
        assert_eq!(flow.screen, Screen::Welcome);
        assert_eq!(flow.answers.get(0), Some(Answer::Point(4)));
        assert_eq!(
            flow.answers.get(content.item_index("inf-early").unwrap()),
            None
        );
        // Something it cannot read is simply not carried.
        assert_eq!(
            Loaded::from_stored(None, Some("zzz".into()), &content),
            Loaded::default()
        );
    }

    #[test]
    fn a_fresh_flow_keeps_no_progress_but_keeps_results() {
        let content = content();
        let fresh = Flow::new(content.items().len());
        let answers = fresh.answers.clone();
        let record = Record::new(&content, &answers, &assess(&content, &answers), "en", "d");
        let kept = device(&content, &fresh, std::slice::from_ref(&record), "d");
        assert_eq!(kept.progress, None);
        assert_eq!(kept.history, [record]);
        assert_eq!(key("team-a"), "peer-compass/1/team-a");
    }
}
