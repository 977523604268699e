//! Peer Compass for trainers: `<peer-compass mode="trainer">` collects the
//! short codes participants share (pasted, typed, from a file or a scanned
//! link), checks each, and shows the group's picture with prompts for
//! discussion, before and after, on a projector, in print and as CSV;
//! `<peer-compass mode="teach">` explains the model. No server: the codes
//! stay on the trainer's device.
//!
//! A separate module from the participant's widget, loaded only by pages
//! that have a trainer element, so it costs the person answering nothing.
//!
//! Modules: [`config`] reads the attributes, [`session`] is the reducer,
//! [`keeping`] what the device keeps, [`link`] codes in the page's address,
//! [`words`] and [`plot`] the facts in words and in geometry, [`components`]
//! the views. All text is in the core's tables
//! ([`peer_compass_core::text::trainer`]).

pub mod components;
pub mod config;
pub mod hooks;
pub mod keeping;
pub mod link;
pub mod plot;
pub mod session;
pub mod words;

use components::{Root, RootProps, Setup};
use config::{Mode, TrainerConfig};
use keeping::{Loaded, Store};
use peer_compass::{shadow_root, STYLES};
use std::rc::Rc;
use wasm_bindgen::JsValue;
use web_sys::{Document, Element};

/// The trainer's own stylesheet, adopted after the widget's ([`STYLES`]),
/// whose base it shares.
pub const TRAINER_STYLES: &str = include_str!(concat!(env!("OUT_DIR"), "/trainer.min.css"));

/// Mounts the trainer's views (`mode` "trainer") or the model alone
/// ("teach") on one element. `embed.js` calls it through the binary's export.
pub fn mount(host: Element, mode: &str) {
    let Some(mode) = Mode::from_attribute(mode) else {
        web_sys::console::error_2(&"Peer Compass: unknown trainer mode".into(), &mode.into());
        return;
    };
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    if let Err(error) = attach(&document, &host, mode) {
        web_sys::console::error_2(&"Peer Compass could not mount:".into(), &error);
    }
}

/// Attaches the views to `host`, inside a new shadow root with both
/// stylesheets. Does nothing if it is already there.
fn attach(document: &Document, host: &Element, mode: Mode) -> Result<(), JsValue> {
    // The codes are other people's results: recorders leave them out, as
    // they do the participant's widget.
    let Some(root) = shadow_root(document, host, &[STYLES, TRAINER_STYLES])? else {
        return Ok(());
    };
    let config = TrainerConfig::from_attributes(
        |name| host.get_attribute(name),
        document
            .document_element()
            .and_then(|html| html.get_attribute("lang")),
        |id| document.get_element_by_id(id)?.text_content(),
    );
    let lang = config.base.lang;
    let setup = config.base.content.clone().map(|content| {
        let store = Store::open();
        let text = store.as_ref().and_then(Store::read);
        let loaded = Loaded::from_stored(text.as_deref(), &content);
        if let (true, Some(store), Some(text)) = (loaded.unreadable, &store, &text) {
            store.set_aside(text);
        }
        Rc::new(Setup {
            content,
            lang,
            min_group: config.min_group,
            questionnaire: config.questionnaire.clone(),
            store,
            loaded,
            link_codes: if mode == Mode::Trainer {
                take_link_codes()
            } else {
                Vec::new()
            },
        })
    });
    yew::Renderer::<Root>::with_root_and_props(root, RootProps { setup, lang, mode }).render();
    Ok(())
}

/// The codes in the page's address (`#code=…`), taken out of it so that a
/// reload does not add them again.
pub fn take_link_codes() -> Vec<String> {
    let Some(window) = web_sys::window() else {
        return Vec::new();
    };
    let location = window.location();
    let Ok(hash) = location.hash() else {
        return Vec::new();
    };
    let codes = link::codes_in_fragment(&hash);
    if !codes.is_empty() {
        let rest = link::without_codes(&hash);
        let path = location.pathname().unwrap_or_default() + &location.search().unwrap_or_default();
        if let Ok(history) = window.history() {
            let _ = history.replace_state_with_url(&JsValue::NULL, "", Some(&(path + &rest)));
        }
    }
    codes
}
