//! Peer Compass, the widget: a thin layer over `peer-compass-core`.
//!
//! Every `<peer-compass>` element gets an independent widget in a shadow root
//! of its own, so that host styles and widget styles cannot reach each other.
//! `embed.js` defines the element; each one's connection calls [`mount`]
//! (for one already mounted it returns at once).
//!
//! Modules: [`config`] reads the element's attributes, [`saving`] owns what
//! is kept on the device, [`state`] is the reducer, [`screens`] the screens
//! as markup (written with [`markup`]), [`app`] puts them on the page and
//! the person's actions into the state; [`events`] and [`files`] the rest.
//! All text comes from the core's tables ([`peer_compass_core::text`]) and
//! the content.

pub mod app;
pub mod config;
pub mod events;
pub mod files;
pub mod markup;
pub mod saving;
pub mod screens;
pub mod state;

use app::{App, Keeping, Setup};
use config::Config;
use saving::Store;
use std::rc::Rc;
use wasm_bindgen::JsValue;
use web_sys::{CssStyleSheet, Document, Element, ShadowRootInit, ShadowRootMode};

thread_local! {
    /// The widgets on this page.
    static APPS: std::cell::RefCell<Vec<Rc<App>>> = const { std::cell::RefCell::new(Vec::new()) };
}

/// The widget's stylesheet, adopted by each shadow root (no `<style>` element,
/// so a strict Content-Security-Policy needs no `'unsafe-inline'`).
pub const STYLES: &str = include_str!(concat!(env!("OUT_DIR"), "/peer-compass.min.css"));

/// Mounts a widget on one element. `embed.js` calls it (through the binary's
/// export, in `main.rs`) when a `<peer-compass>` connects, so that elements a
/// page adds later, a single-page app's say, are mounted too.
pub fn mount(host: Element) {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    if let Err(error) = attach(&document, &host) {
        web_sys::console::error_2(&"Peer Compass could not mount:".into(), &error);
    }
}

/// What common session-replay and analytics scripts on a host page look for
/// to leave an element out of their recordings (each as the script's own
/// documentation names it): rrweb and tools built on it (`rr-block`),
/// FullStory (`fs-exclude`), PostHog (`ph-no-capture`), Sentry Replay
/// (`sentry-block`) as classes; Hotjar (`data-hj-suppress`), Microsoft
/// Clarity (`data-clarity-mask`), LogRocket (`data-private`), Matomo
/// (`data-matomo-mask`) and Sentry (`data-sentry-block`) as attributes.
pub const RECORDER_CLASSES: [&str; 4] = ["rr-block", "fs-exclude", "ph-no-capture", "sentry-block"];
/// See [`RECORDER_CLASSES`].
pub const RECORDER_ATTRIBUTES: [(&str, &str); 5] = [
    ("data-hj-suppress", ""),
    ("data-clarity-mask", "True"),
    ("data-private", ""),
    ("data-matomo-mask", ""),
    ("data-sentry-block", ""),
];

/// Marks `element` so that recorders on the page leave it out. The host
/// element gets the marks for recorders that start after the widget; the
/// root inside the shadow root gets them too, for those that started before
/// and follow each shadow root as it is attached (rrweb records a blocked
/// host's shadow root all the same, and leaves out only what is marked in
/// it).
pub fn keep_from_recorders(element: &Element) {
    let classes = element.class_list();
    for class in RECORDER_CLASSES {
        let _ = classes.add_1(class);
    }
    for (name, value) in RECORDER_ATTRIBUTES {
        let _ = element.set_attribute(name, value);
    }
}

/// A new open shadow root on `host` with `sheets` adopted, and in it the
/// root element the views are written into; `None` if `host` already has
/// one. Both carry the markers that keep session recorders out. Shared by
/// the widget and the trainer's views.
pub fn shadow_root(
    document: &Document,
    host: &Element,
    sheets: &[&str],
) -> Result<Option<Element>, JsValue> {
    if host.shadow_root().is_some() {
        return Ok(None);
    }
    keep_from_recorders(host);
    let shadow = host.attach_shadow(&ShadowRootInit::new(ShadowRootMode::Open))?;
    // Unstyled is better than a blank box: carry on if the styles fail.
    let adopted = (|| {
        let adopted = js_sys::Array::new();
        for css in sheets {
            let sheet = CssStyleSheet::new()?;
            sheet.replace_sync(css)?;
            adopted.push(&sheet);
        }
        shadow.set_adopted_style_sheets(&adopted);
        Ok::<_, JsValue>(())
    })();
    if let Err(error) = adopted {
        web_sys::console::warn_2(&"Peer Compass could not apply its styles:".into(), &error);
    }
    let root = document.create_element("div")?;
    root.set_class_name("pc-root");
    // Recorders that start before the widget see the shadow root attached:
    // the root in it carries the markers too.
    keep_from_recorders(&root);
    shadow.append_child(&root)?;
    Ok(Some(root))
}

/// Attaches one widget to `host`, inside a new shadow root. Does nothing if
/// it is already there.
pub fn attach(document: &Document, host: &Element) -> Result<(), JsValue> {
    let Some(root) = shadow_root(document, host, &[STYLES])? else {
        return Ok(());
    };
    let config = Config::from_attributes(
        |name| host.get_attribute(name),
        document
            .document_element()
            .and_then(|html| html.get_attribute("lang")),
        |id| document.get_element_by_id(id)?.text_content(),
    );
    match config.content.clone() {
        Ok(content) => {
            let setup = setup(config, content, host, &instance(document, host));
            let app = App::mount(&root, setup)?;
            // Each widget lives as long as the page.
            APPS.with(|apps| apps.borrow_mut().push(app));
        }
        Err(error) => root.set_inner_html(&screens::error(config.lang, &error.to_string())),
    }
    Ok(())
}

/// What tells this widget's kept answers from another's on the same site:
/// its `save-key`, else its `id`, else its place among the page's widgets.
fn instance(document: &Document, host: &Element) -> String {
    if let Some(key) = host.get_attribute("save-key").filter(|k| !k.is_empty()) {
        return key;
    }
    if !host.id().is_empty() {
        return format!("#{}", host.id());
    }
    let position = document
        .query_selector_all("peer-compass")
        .ok()
        .and_then(|all| {
            (0..all.length())
                .find(|&i| all.get(i).is_some_and(|node| node.is_same_node(Some(host))))
        });
    format!("{}", position.unwrap_or(0) + 1)
}

/// The trainer's page for share codes' QR links: the element's `trainer`
/// attribute, else `trainer.html` beside the loader the page includes.
fn trainer_page(host: &Element) -> Option<String> {
    if let Some(page) = host.get_attribute("trainer").filter(|p| !p.is_empty()) {
        return Some(page);
    }
    let document = web_sys::window()?.document()?;
    let script = document.query_selector("script[src*='embed.js']").ok()??;
    let src = script.get_attribute("src")?;
    web_sys::Url::new_with_base(&src, &document.url().ok()?)
        .and_then(|embed| web_sys::Url::new_with_base("trainer.html", &embed.href()))
        .ok()
        .map(|url| url.href())
}

/// The set-up of a widget whose content loaded: what its attributes say,
/// plus what was kept on this device.
fn setup(
    config: Config,
    content: Rc<peer_compass_core::Content>,
    host: &Element,
    instance: &str,
) -> Rc<Setup> {
    let keeping = match &config.save_key {
        None => Keeping::Off,
        Some(_) => match Store::open(instance) {
            Some(store) => Keeping::Offered(store),
            None => Keeping::Unavailable,
        },
    };
    let mut notices = config.notices;
    let loaded = match (&keeping, &config.save_key) {
        (Keeping::Offered(store), Some(legacy)) => store.load(&content, legacy),
        _ => Default::default(),
    };
    notices.extend(loaded.notice.clone());
    Rc::new(Setup {
        trainer: trainer_page(host),
        lang: config.lang,
        organisation: config.organisation,
        host: Some(host.clone()),
        events: config.events,
        keeping,
        loaded,
        notices,
        content,
    })
}

#[cfg(test)]
mod tests {
    use peer_compass_core::text::strings;
    use peer_compass_core::Lang;

    /// The loader's messages are the tables' own, in every language.
    #[test]
    fn the_loader_speaks_every_language_in_the_tables_words() {
        let loader = include_str!("../web/embed.js");
        for &lang in Lang::ALL {
            let s = strings(lang);
            let entry = format!(
                "  {}: {{\n    unsupported: {:?},\n    failed: {:?},\n  }},\n",
                lang.code(),
                s.loader_unsupported,
                s.loader_failed
            );
            assert!(
                loader.contains(&entry),
                "embed.js lacks or differs from:\n{entry}"
            );
        }
    }
}
