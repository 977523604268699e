use peer_compass_core::Lang;
use yew::prelude::*;

/// Props of [`LangSwitch`].
#[derive(Properties, PartialEq)]
pub struct LangSwitchProps {
    /// The language shown now.
    pub lang: Lang,
    /// Called with the chosen language.
    pub onchange: Callback<Lang>,
}

/// English / Norsk (bokmål): two toggle buttons, each named in its own language.
#[component]
pub fn LangSwitch(props: &LangSwitchProps) -> Html {
    let button = |lang: Lang, label: &'static str| {
        let pressed = props.lang == lang;
        let onclick = props.onchange.reform(move |_| lang);
        html! {
            <button type="button" class="pc-lang__button" lang={lang.code()}
                aria-pressed={pressed.to_string()} {onclick}>{ label }</button>
        }
    };
    html! {
        <div class="pc-lang" role="group" aria-label="Language / Språk">
            { button(Lang::En, "English") }
            { button(Lang::Nb, "Norsk (bokmål)") }
        </div>
    }
}
