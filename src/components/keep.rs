//! The person's choices about what is kept and taken away: remembering on
//! this device, opening a file downloaded before, and forgetting everything.

use crate::files::read_chosen;
use crate::hooks::{focus, use_after_change};
use peer_compass_core::record::MAX_BYTES;
use peer_compass_core::text::strings;
use peer_compass_core::Lang;
use web_sys::HtmlInputElement;
use yew::prelude::*;

/// Props of [`Remember`].
#[derive(Properties, PartialEq)]
pub struct RememberProps {
    /// Language shown.
    pub lang: Lang,
    /// Whether the answers are remembered now.
    pub remember: bool,
    /// Turns remembering on or off.
    pub onremember: Callback<bool>,
}

/// "Remember my answers on this device", off unless the person ticks it, with
/// a plain note about shared computers.
#[component]
pub fn Remember(props: &RememberProps) -> Html {
    let s = strings(props.lang);
    let remember = props.remember;
    html! {
        <div class="pc-save">
            <label class="pc-save__label">
                <input type="checkbox" class="pc-save__input" checked={remember}
                    onchange={props.onremember.reform(move |_| !remember)} />
                { s.remember_choice }
            </label>
            <p class="pc-note">{ s.remember_note }</p>
        </div>
    }
}

/// Props of [`ImportFile`].
#[derive(Properties, PartialEq)]
pub struct ImportFileProps {
    /// Language shown.
    pub lang: Lang,
    /// The chosen file's text, or its size when too large to read.
    pub onfile: Callback<Result<String, u64>>,
}

/// A file input for a result downloaded before.
#[component]
pub fn ImportFile(props: &ImportFileProps) -> Html {
    let s = strings(props.lang);
    let onchange = {
        let onfile = props.onfile.clone();
        Callback::from(move |event: Event| {
            let onfile = onfile.clone();
            let input: HtmlInputElement = event.target_unchecked_into();
            read_chosen(&input, MAX_BYTES as u64, move |text| onfile.emit(text));
        })
    };
    html! {
        <p class="pc-file">
            <label class="pc-file__label">
                { s.import_label }
                <input type="file" class="pc-file__input" accept=".json,application/json" {onchange} />
            </label>
        </p>
    }
}

/// Props of [`Forget`].
#[derive(Properties, PartialEq)]
pub struct ForgetProps {
    /// Language shown.
    pub lang: Lang,
    /// Delete everything, once confirmed.
    pub onforget: Callback<()>,
}

/// "Forget everything kept on this device", after a confirmation that keeps
/// keyboard focus where the person is.
#[component]
pub fn Forget(props: &ForgetProps) -> Html {
    let s = strings(props.lang);
    let asking = use_state_eq(|| false);
    let (question, button) = (use_node_ref(), use_node_ref());
    use_after_change(*asking, {
        let (question, button) = (question.clone(), button.clone());
        move |&now| focus(if now { &question } else { &button })
    });
    let set = |value: bool| {
        let asking = asking.clone();
        Callback::from(move |_: MouseEvent| asking.set(value))
    };
    let forget = {
        let (asking, onforget) = (asking.clone(), props.onforget.clone());
        Callback::from(move |_| {
            asking.set(false);
            onforget.emit(());
        })
    };
    html! {
        if *asking {
            <div class="pc-confirm" role="alert">
                <p tabindex="-1" ref={question}>{ s.forget_confirm }</p>
                <div class="pc-actions">
                    <button type="button" class="pc-button pc-button--primary" onclick={forget}>{ s.forget_yes }</button>
                    <button type="button" class="pc-button" onclick={set(false)}>{ s.forget_no }</button>
                </div>
            </div>
        } else {
            <p><button type="button" class="pc-link" ref={button} onclick={set(true)}>{ s.forget_button }</button></p>
        }
    }
}
