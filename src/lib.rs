//! Peer Compass, the widget: a thin Yew layer over `peer-compass-core`.
//!
//! Every `<peer-compass>` element gets an independent widget in a shadow root
//! of its own, so that host styles and widget styles cannot reach each other.
//! [`mount_all`] mounts those on the page at start; `embed.js` then defines
//! the element, whose connection calls [`mount_element`] for any added later
//! (for those already mounted it returns at once).

pub mod components;
pub mod config;
pub mod effects;
pub mod state;
pub mod strings;

use components::Widget;
use config::Config;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{CssStyleSheet, Document, Element, ShadowRootInit, ShadowRootMode};

/// The widget's stylesheet, adopted by each shadow root (no `<style>` element,
/// so a strict Content-Security-Policy needs no `'unsafe-inline'`).
pub const STYLES: &str = include_str!(concat!(env!("OUT_DIR"), "/peer-compass.min.css"));

/// Mounts a widget on every `<peer-compass>` element on the page.
pub fn mount_all() {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let Ok(hosts) = document.query_selector_all("peer-compass") else {
        return;
    };
    (0..hosts.length())
        .filter_map(|index| hosts.get(index)?.dyn_into().ok())
        .for_each(mount_element);
}

/// Mounts a widget on one element, for `embed.js`'s custom element: elements
/// a page adds later (a single-page app, say) are mounted when they connect.
#[wasm_bindgen::prelude::wasm_bindgen(js_name = mount)]
pub fn mount_element(host: Element) {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    if let Err(error) = mount(&document, &host) {
        web_sys::console::error_2(&"Peer Compass could not mount:".into(), &error);
    }
}

/// Mounts one widget on `host`, inside a new shadow root. Does nothing if it
/// is already mounted.
pub fn mount(document: &Document, host: &Element) -> Result<(), JsValue> {
    if host.shadow_root().is_some() {
        return Ok(());
    }
    let shadow = host.attach_shadow(&ShadowRootInit::new(ShadowRootMode::Open))?;
    // Unstyled is better than a blank box: carry on if the styles fail.
    let adopted = CssStyleSheet::new().and_then(|sheet| {
        sheet.replace_sync(STYLES)?;
        shadow.set_adopted_style_sheets(&js_sys::Array::of1(&sheet));
        Ok(())
    });
    if let Err(error) = adopted {
        web_sys::console::warn_2(&"Peer Compass could not apply its styles:".into(), &error);
    }
    let root = document.create_element("div")?;
    root.set_class_name("pc-root");
    shadow.append_child(&root)?;
    let config = Config::from_element(host, document);
    yew::Renderer::<Widget>::with_root_and_props(root, config.into()).render();
    Ok(())
}
