//! The host element's attributes, read once at mount.

use peer_compass_core::{Content, ContentError, Lang};
use std::rc::Rc;
use web_sys::{Document, Element};

/// How one widget instance is set up.
#[derive(Clone, Debug, PartialEq)]
pub struct Config {
    /// Starting language.
    pub lang: Lang,
    /// The organisation's name, used in suggestions for the organisation.
    pub organisation: Option<String>,
    /// The questionnaire, or why it could not be used.
    pub content: Result<Rc<Content>, ContentError>,
    /// Problems with the configuration that did not stop the widget.
    pub notices: Vec<String>,
}

impl Config {
    /// Reads `lang`, `organisation` and `content` from the host element.
    pub fn from_element(host: &Element, document: &Document) -> Config {
        let mut notices = Vec::new();
        let lang = match host.get_attribute("lang") {
            Some(code) => Lang::from_code(&code).unwrap_or_else(|| {
                notices.push(format!(
                    "lang=\"{code}\" is not available; showing English. Use \"en\" or \"nb\"."
                ));
                Lang::En
            }),
            None => document
                .document_element()
                .and_then(|html| html.get_attribute("lang"))
                .and_then(|code| Lang::from_code(&code))
                .unwrap_or(Lang::En),
        };
        let organisation = host
            .get_attribute("organisation")
            .map(|name| name.trim().to_owned())
            .filter(|name| !name.is_empty());
        let content = match host.get_attribute("content") {
            Some(id) => custom_content(document, &id),
            None => Content::builtin().map(Rc::new),
        };
        Config {
            lang,
            organisation,
            content,
            notices,
        }
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
