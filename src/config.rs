//! The host element's attributes, read once at mount.

use peer_compass_core::{Content, ContentError, Flow, Lang};
use std::rc::Rc;
use web_sys::{Document, Element};

/// Something about the set-up worth telling the person or the site, shown
/// above the questionnaire. None of them stops it.
#[derive(Clone, Debug, PartialEq)]
pub enum Notice {
    /// The `lang` attribute names a language we do not have.
    UnknownLang(String),
    /// The `theme` attribute is not light, dark or auto.
    UnknownTheme(String),
    /// Saving was asked for, but this browser does not allow it.
    SavingUnavailable,
    /// Saved answers were found and restored.
    Restored,
    /// Saved answers could not be used; they were kept aside, not deleted.
    SavedUnreadable,
}

impl Notice {
    /// Whether it is for the site's developers (kept in view) rather than for
    /// the person, whose notices go once they take a step.
    pub fn for_site(&self) -> bool {
        matches!(self, Notice::UnknownLang(_) | Notice::UnknownTheme(_))
    }
}

/// How one widget instance is set up.
#[derive(Clone, Debug, PartialEq)]
pub struct Config {
    /// The element the widget lives in; completion events are sent from it.
    pub host: Option<Element>,
    /// Starting language.
    pub lang: Lang,
    /// The organisation's name, used in suggestions for the organisation.
    pub organisation: Option<String>,
    /// The questionnaire, or why it could not be used.
    pub content: Result<Rc<Content>, ContentError>,
    /// Whether to send `peer-compass:complete` from the host element.
    pub events: bool,
    /// The `localStorage` key progress is saved under, when saving is on.
    pub save_key: Option<String>,
    /// Progress restored from an earlier visit.
    pub restored: Option<Flow>,
    /// Whether the person has not refused saving on an earlier visit.
    pub save_wanted: bool,
    /// What to tell the person or the site.
    pub notices: Vec<Notice>,
}

const THEMES: [&str; 3] = ["light", "dark", "auto"];

impl Config {
    /// Reads the host element's attributes: `lang`, `theme`, `organisation`,
    /// `content`, `save` and `events`.
    pub fn from_element(host: &Element, document: &Document) -> Config {
        let mut notices = Vec::new();
        let lang = match host.get_attribute("lang") {
            Some(code) => Lang::from_code(&code).unwrap_or_else(|| {
                notices.push(Notice::UnknownLang(code));
                Lang::En
            }),
            None => document
                .document_element()
                .and_then(|html| html.get_attribute("lang"))
                .and_then(|code| Lang::from_code(&code))
                .unwrap_or(Lang::En),
        };
        if let Some(theme) = host.get_attribute("theme") {
            if !THEMES.contains(&theme.as_str()) {
                notices.push(Notice::UnknownTheme(theme));
            }
        }
        let organisation = host
            .get_attribute("organisation")
            .map(|name| name.trim().to_owned())
            .filter(|name| !name.is_empty());
        let content = match host.get_attribute("content") {
            Some(id) => custom_content(document, &id),
            None => Content::builtin().map(Rc::new),
        };
        let mut config = Config {
            host: Some(host.clone()),
            lang,
            organisation,
            content,
            events: host
                .get_attribute("events")
                .is_some_and(|events| events.split_whitespace().any(|e| e == "complete")),
            save_key: None,
            restored: None,
            save_wanted: true,
            notices,
        };
        if host.get_attribute("save").as_deref() == Some("local") {
            let key = host
                .get_attribute("save-key")
                .unwrap_or_else(|| "peer-compass".to_owned());
            config.restore(key);
        }
        config
    }

    fn restore(&mut self, key: String) {
        let Ok(content) = &self.content else { return };
        let Some(storage) = crate::effects::local() else {
            self.notices.push(Notice::SavingUnavailable);
            return;
        };
        self.save_wanted = !matches!(
            storage.get_item(&crate::effects::refusal_key(&key)),
            Ok(Some(_))
        );
        if let Ok(Some(saved)) = storage.get_item(&key) {
            match Flow::restore(&saved, &content.version, content.items.len()) {
                Ok(flow) => {
                    self.restored = Some(flow);
                    self.notices.push(Notice::Restored);
                }
                Err(error) => {
                    web_sys::console::warn_1(
                        &format!("Peer Compass: {error}; kept aside as \"{key}:unreadable\"")
                            .into(),
                    );
                    let _ = storage.set_item(&format!("{key}:unreadable"), &saved);
                    let _ = storage.remove_item(&key);
                    self.notices.push(Notice::SavedUnreadable);
                }
            }
        }
        self.save_key = Some(key);
    }
}

/// Content from an inline `<script type="application/json" id="…">`.
fn custom_content(document: &Document, id: &str) -> Result<Rc<Content>, ContentError> {
    let source = format!("content \"#{id}\"");
    let json = document
        .get_element_by_id(id)
        .and_then(|element| element.text_content())
        .unwrap_or_default();
    Content::parse(&json, &source).map(Rc::new)
}
