use peer_compass_core::text::strings;
use peer_compass_core::Lang;
use yew::prelude::*;

/// Props of [`LangSwitch`].
#[derive(Properties, PartialEq)]
pub struct LangSwitchProps {
    /// The language shown now.
    pub lang: Lang,
    /// The languages to offer: those the content has.
    pub offered: Vec<Lang>,
    /// Called with the chosen language.
    pub onchange: Callback<Lang>,
}

/// One toggle button per language, each named in its own language; the group
/// is labelled in every language it offers ("Language / Språk").
#[component]
pub fn LangSwitch(props: &LangSwitchProps) -> Html {
    let label: Vec<&str> = props
        .offered
        .iter()
        .map(|&lang| strings(lang).language_label)
        .collect();
    let button = |lang: Lang| {
        let pressed = props.lang == lang;
        let onclick = props.onchange.reform(move |_| lang);
        html! {
            <button type="button" class="pc-lang__button" lang={lang.code()}
                aria-pressed={pressed.to_string()} {onclick}>{ lang.native_name() }</button>
        }
    };
    html! {
        <div class="pc-lang" role="group" aria-label={label.join(" / ")}>
            { for props.offered.iter().map(|&lang| button(lang)) }
        </div>
    }
}
