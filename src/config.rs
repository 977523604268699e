//! The host element's attributes, read once at mount. Reading them touches
//! nothing else: storage is [`crate::saving`]'s, the content is the core's.

use peer_compass_core::{text::fill, text::strings, Content, ContentError, Lang};
use std::rc::Rc;

/// Something about the set-up worth telling the person or the site, shown
/// above the questionnaire. None of them stops it.
#[derive(Clone, Debug, PartialEq)]
pub enum Notice {
    /// The `lang` attribute names a language we do not have.
    UnknownLang(String),
    /// The `theme` attribute is not light, dark or auto.
    UnknownTheme(String),
    /// Kept answers could not be read; they were kept aside, not deleted.
    SavedUnreadable,
}

impl Notice {
    /// Whether it is for the site's developers (kept in view) rather than for
    /// the person, whose notices go once they take a step.
    pub fn for_site(&self) -> bool {
        matches!(self, Notice::UnknownLang(_) | Notice::UnknownTheme(_))
    }

    /// The notice in words, in `lang`; `shown` is the language the widget
    /// fell back to.
    pub fn text(&self, lang: Lang, offered: &[Lang]) -> String {
        let s = strings(lang);
        match self {
            Notice::UnknownLang(code) => fill(
                s.notice_unknown_lang,
                &[
                    ("code", code),
                    ("shown", lang.native_name()),
                    ("codes", &Lang::list(offered)),
                ],
            ),
            Notice::UnknownTheme(theme) => fill(s.notice_unknown_theme, &[("theme", theme)]),
            Notice::SavedUnreadable => s.saved_unreadable.to_owned(),
        }
    }
}

/// How one widget instance is set up, as its attributes say.
#[derive(Clone, Debug, PartialEq)]
pub struct Config {
    /// Starting language: the `lang` attribute, else the page's, else the
    /// content's first.
    pub lang: Lang,
    /// The organisation's name, used in suggestions for the organisation.
    pub organisation: Option<String>,
    /// The questionnaire, or why it could not be used.
    pub content: Result<Rc<Content>, ContentError>,
    /// Whether to send `peer-compass:complete` from the host element.
    pub events: bool,
    /// When the site allows keeping answers on the device (`save="local"`):
    /// the key the widget of version 2026.11 kept them under, whose progress
    /// is carried over once.
    pub save_key: Option<String>,
    /// What to tell the site about its attributes.
    pub notices: Vec<Notice>,
}

const THEMES: [&str; 3] = ["light", "dark", "auto"];

impl Config {
    /// Reads `lang`, `theme`, `organisation`, `content`, `save`, `save-key`
    /// and `events` through `attribute`. `page_lang` is the page's own
    /// `<html lang>`; `content_json` finds inline content by element id.
    pub fn from_attributes(
        attribute: impl Fn(&str) -> Option<String>,
        page_lang: Option<String>,
        content_json: impl FnOnce(&str) -> Option<String>,
    ) -> Config {
        let mut notices = Vec::new();
        let content = match attribute("content") {
            Some(id) => custom_content(&id, content_json),
            None => Content::builtin().map(Rc::new),
        };
        let offered: &[Lang] = content.as_ref().map_or(Lang::ALL, |c| c.languages());
        let first = offered[0];
        let lang = match attribute("lang") {
            Some(code) => match Lang::from_code(&code).filter(|lang| offered.contains(lang)) {
                Some(lang) => lang,
                None => {
                    notices.push(Notice::UnknownLang(code));
                    first
                }
            },
            None => page_lang
                .and_then(|code| Lang::from_code(&code))
                .filter(|lang| offered.contains(lang))
                .unwrap_or(first),
        };
        if let Some(theme) = attribute("theme") {
            if !THEMES.contains(&theme.as_str()) {
                notices.push(Notice::UnknownTheme(theme));
            }
        }
        let organisation = attribute("organisation")
            .map(|name| name.trim().to_owned())
            .filter(|name| !name.is_empty());
        let save_key = (attribute("save").as_deref() == Some("local"))
            .then(|| attribute("save-key").unwrap_or_else(|| "peer-compass".to_owned()));
        Config {
            lang,
            organisation,
            content,
            events: attribute("events")
                .is_some_and(|events| events.split_whitespace().any(|e| e == "complete")),
            save_key,
            notices,
        }
    }
}

/// Content from an inline `<script type="application/json" id="…">`.
fn custom_content(
    id: &str,
    content_json: impl FnOnce(&str) -> Option<String>,
) -> Result<Rc<Content>, ContentError> {
    let source = format!("content \"#{id}\"");
    match content_json(id) {
        #[cfg(feature = "custom-content")]
        Some(json) => Content::parse(&json, &source).map(Rc::new),
        #[cfg(not(feature = "custom-content"))]
        Some(_) => Err(ContentError::needs_reader(&source)),
        None => Err(ContentError::no_element(&source, id)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn config(attributes: &[(&str, &str)], page_lang: Option<&str>) -> Config {
        let lookup = |name: &str| {
            attributes
                .iter()
                .find(|(key, _)| *key == name)
                .map(|(_, value)| value.to_string())
        };
        Config::from_attributes(lookup, page_lang.map(str::to_owned), |_| None)
    }

    #[test]
    fn defaults_are_english_built_in_content_no_saving_no_events() {
        let config = config(&[], None);
        assert_eq!(config.lang, Lang::En);
        assert_eq!(config.organisation, None);
        assert!(config.content.is_ok());
        assert!(!config.events);
        assert_eq!(config.save_key, None);
        assert_eq!(config.notices, []);
    }

    #[test]
    fn the_language_comes_from_the_element_then_the_page() {
        assert_eq!(config(&[("lang", "nb")], Some("en")).lang, Lang::Nb);
        assert_eq!(config(&[], Some("nb-NO")).lang, Lang::Nb);
        assert_eq!(config(&[], Some("de")).lang, Lang::En);
        let unknown = config(&[("lang", "sv")], Some("nb"));
        assert_eq!(unknown.lang, Lang::En);
        assert_eq!(unknown.notices, [Notice::UnknownLang("sv".into())]);
        assert_eq!(
            unknown.notices[0].text(Lang::En, &[Lang::En, Lang::Nb]),
            "lang=\"sv\" is not available; showing English. Use \"en\" or \"nb\"."
        );
    }

    #[test]
    fn attributes_are_read_as_documented() {
        let config = config(
            &[
                ("organisation", "  Fjordvik  "),
                ("events", "start complete"),
                ("save", "local"),
                ("save-key", "team-a"),
                ("theme", "purple"),
            ],
            None,
        );
        assert_eq!(config.organisation.as_deref(), Some("Fjordvik"));
        assert!(config.events);
        assert_eq!(config.save_key.as_deref(), Some("team-a"));
        assert_eq!(config.notices, [Notice::UnknownTheme("purple".into())]);
        // Saving under the default key; a blank organisation is none.
        let plain = super::tests::config(&[("save", "local"), ("organisation", " ")], None);
        assert_eq!(plain.save_key.as_deref(), Some("peer-compass"));
        assert_eq!(plain.organisation, None);
        assert_eq!(
            super::tests::config(&[("save", "session")], None).save_key,
            None
        );
        assert!(!super::tests::config(&[("events", "completed")], None).events);
    }

    #[test]
    fn missing_custom_content_says_which_element() {
        let config = config(&[("content", "my-questions")], None);
        assert_eq!(
            config.content.unwrap_err().to_string(),
            "content \"#my-questions\": no element with id \"my-questions\" is on the page (the content attribute names it)"
        );
    }
}
