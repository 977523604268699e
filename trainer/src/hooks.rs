//! The trainer's own hooks.

use web_sys::HtmlElement;
use yew::prelude::*;

/// Runs `effect` with the new value each time `value` changes, but not on the
/// first render (which must not, say, pull focus away from the host page).
#[hook]
pub fn use_after_change<T, F>(value: T, effect: F)
where
    T: PartialEq + 'static,
    F: FnOnce(&T) + 'static,
{
    let first = use_mut_ref(|| true);
    use_effect_with(value, move |value| {
        if !std::mem::replace(&mut *first.borrow_mut(), false) {
            effect(value);
        }
    });
}

/// Moves keyboard focus to the element behind `node`, if it is rendered.
pub fn focus(node: &NodeRef) {
    if let Some(element) = node.cast::<HtmlElement>() {
        let _ = element.focus();
    }
}
