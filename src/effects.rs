//! The widget's only effects beyond its own element: local saving and the
//! completion event. Both are off unless the host page's attributes ask.

use peer_compass_core::{summary_json, Assessment, Content, Flow};
use web_sys::{CustomEvent, CustomEventInit, Element, Storage};

/// `localStorage`, when the browser allows it (it may throw in private modes
/// or sandboxed frames).
pub fn local() -> Option<Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

/// Saves progress under `key`; a fresh start, or the person choosing not to
/// save, removes what was saved. A refusal is remembered under `<key>:off`
/// (a flag, no answers) so the choice holds on the next visit.
pub fn save(key: &str, flow: &Flow, version: &str, wanted: bool) {
    let Some(storage) = local() else { return };
    let refusal = refusal_key(key);
    let _ = if wanted {
        storage.remove_item(&refusal)
    } else {
        storage.set_item(&refusal, "1")
    };
    let _ = if !wanted || *flow == Flow::new(flow.answers.len()) {
        storage.remove_item(key)
    } else {
        storage.set_item(key, &flow.save(version))
    };
}

/// Where a refusal to save is remembered.
pub fn refusal_key(key: &str) -> String {
    format!("{key}:off")
}

/// Sends `peer-compass:complete` from the host element, carrying the
/// placement and dimension scores (never the answers).
pub fn announce_result(host: &Element, content: &Content, result: &Assessment) {
    let Ok(detail) = js_sys::JSON::parse(&summary_json(content, result)) else {
        return;
    };
    let init = CustomEventInit::new();
    init.set_bubbles(true);
    init.set_composed(true);
    init.set_detail(&detail);
    if let Ok(event) = CustomEvent::new_with_event_init_dict("peer-compass:complete", &init) {
        let _ = host.dispatch_event(&event);
    }
}
