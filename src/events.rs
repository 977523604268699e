//! The completion event: the one thing the widget hands to its host page,
//! and only when the page's `events` attribute asks for it.

use peer_compass_core::{summary_json, Assessment, Content};
use web_sys::{CustomEvent, CustomEventInit, Element};

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
