use peer_compass_core::text::fill;
use peer_compass_core::text::trainer::trainer_strings;
use peer_compass_core::Lang;
use wasm_bindgen::JsCast;
use web_sys::{HtmlDialogElement, HtmlElement, KeyboardEvent, ShadowRoot};
use yew::prelude::*;

/// One panel of a presentation: a title and what is under it.
#[derive(Clone, PartialEq)]
pub struct Panel {
    /// The panel's heading.
    pub title: String,
    /// Its body.
    pub body: Html,
}

/// Where the keys of a presenter (or a clicker, which sends Page Up and Page
/// Down) take the presentation.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Move {
    Previous,
    Next,
    First,
    Last,
}

impl Move {
    /// The move a key asks for, if any.
    pub fn from_key(key: &str) -> Option<Move> {
        match key {
            "ArrowRight" | "ArrowDown" | "PageDown" => Some(Move::Next),
            "ArrowLeft" | "ArrowUp" | "PageUp" => Some(Move::Previous),
            "Home" => Some(Move::First),
            "End" => Some(Move::Last),
            _ => None,
        }
    }

    /// The panel after this move from `at`, among `count`.
    pub fn from(self, at: usize, count: usize) -> usize {
        let last = count.saturating_sub(1);
        match self {
            Move::Previous => at.saturating_sub(1),
            Move::Next => (at + 1).min(last),
            Move::First => 0,
            Move::Last => last,
        }
    }
}

/// Props of [`Presentation`].
#[derive(Properties, PartialEq)]
pub struct PresentationProps {
    /// Language shown.
    pub lang: Lang,
    /// The panels, in order.
    pub panels: Vec<Panel>,
    /// Leaves the presentation (Esc, or the button).
    pub onleave: Callback<()>,
}

/// Panels for a projector, one at a time, filling the screen: a modal
/// dialog (everything behind it inert, Esc closes it), large type, high
/// contrast. Arrow keys, Page Up and Page Down, Home and End move; the
/// position is announced. Focus goes back where it was on leaving.
#[component]
pub fn Presentation(props: &PresentationProps) -> Html {
    let s = trainer_strings(props.lang);
    let at = use_state_eq(|| 0usize);
    let dialog = use_node_ref();
    let count = props.panels.len();
    let at_now = (*at).min(count.saturating_sub(1));

    {
        let dialog = dialog.clone();
        use_effect_with((), move |_| {
            let element = dialog.cast::<HtmlDialogElement>();
            // The element that had focus, inside the shadow root, to return to.
            let before = element
                .as_ref()
                .and_then(|d| d.get_root_node().dyn_into::<ShadowRoot>().ok())
                .and_then(|root| root.active_element())
                .and_then(|e| e.dyn_into::<HtmlElement>().ok());
            if let Some(element) = &element {
                let _ = element.show_modal();
            }
            move || {
                if let Some(before) = before {
                    let _ = before.focus();
                }
            }
        });
    }

    let go = |step: Move| {
        let at = at.clone();
        Callback::from(move |_: MouseEvent| at.set(step.from(at_now, count)))
    };
    let onkeydown = {
        let at = at.clone();
        Callback::from(move |event: KeyboardEvent| {
            if let Some(step) = Move::from_key(&event.key()) {
                event.prevent_default();
                at.set(step.from(at_now, count));
            }
        })
    };
    let onleave = props.onleave.reform(|_: MouseEvent| ());
    // Esc closes the dialog (the browser's own handling); leave with it.
    let onclose = props.onleave.reform(|_: Event| ());

    let position = fill(
        s.present_position,
        &[
            ("n", &(at_now + 1).to_string()),
            ("total", &count.to_string()),
        ],
    );
    let panel = props.panels.get(at_now);
    html! {
        <dialog class="pc-present" ref={dialog} aria-labelledby="pc-present-title" {onkeydown} {onclose}>
            <div class="pc-present__top">
                <p class="pc-present__position" aria-hidden="true">{ &position }</p>
                <p class="pc-present__keys">{ s.present_keys }</p>
            </div>
            <div class="pc-present__panel">
                if let Some(panel) = panel {
                    <h2 class="pc-present__title" id="pc-present-title">{ &panel.title }</h2>
                    <div class="pc-present__body">{ panel.body.clone() }</div>
                }
            </div>
            <div class="pc-present__controls">
                <button type="button" class="pc-button" aria-disabled={(at_now == 0).to_string()}
                    onclick={go(Move::Previous)}>{ "← " }{ s.present_previous }</button>
                <button type="button" class="pc-button pc-button--primary" autofocus=true
                    aria-disabled={(at_now + 1 >= count).to_string()}
                    onclick={go(Move::Next)}>{ s.present_next }{ " →" }</button>
                <button type="button" class="pc-button" onclick={onleave}>{ s.present_leave }</button>
            </div>
            <p class="pc-vh" aria-live="polite">
                { panel.map(|p| format!("{position}: {}", p.title)).unwrap_or_default() }
            </p>
        </dialog>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_move_within_the_panels() {
        #[rustfmt::skip]
        let cases = [
            ("ArrowRight", 0, 1), ("ArrowDown", 3, 4), ("PageDown", 4, 4),
            ("ArrowLeft", 2, 1), ("PageUp", 0, 0), ("ArrowUp", 1, 0),
            ("Home", 3, 0), ("End", 1, 4),
        ];
        for (key, at, to) in cases {
            assert_eq!(
                Move::from_key(key).unwrap().from(at, 5),
                to,
                "{key} from {at}"
            );
        }
        assert_eq!(Move::from_key("Escape"), None);
        assert_eq!(Move::from_key("a"), None);
        // No panels: nowhere to go, and no panic.
        assert_eq!(Move::Next.from(0, 0), 0);
        assert_eq!(Move::Last.from(0, 0), 0);
    }
}
