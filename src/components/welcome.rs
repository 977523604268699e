use peer_compass_core::text::strings;
use peer_compass_core::{Content, Lang};
use std::rc::Rc;
use yew::prelude::*;

/// Props of [`Welcome`].
#[derive(Properties, PartialEq)]
pub struct WelcomeProps {
    /// The questionnaire.
    pub content: Rc<Content>,
    /// Language shown.
    pub lang: Lang,
    /// The heading, focused when this screen is reached.
    pub heading: NodeRef,
    /// `Some(remember)` when the site offers saving on this device.
    #[prop_or_default]
    pub remember: Option<bool>,
    /// The person turns remembering on or off.
    #[prop_or_default]
    pub onremember: Callback<bool>,
    /// Start the questions.
    pub onstart: Callback<()>,
}

/// What the tool is for, how long it takes, and that answers stay on the device.
#[component]
pub fn Welcome(props: &WelcomeProps) -> Html {
    let strings = strings(props.lang);
    let onclick = props.onstart.reform(|_| ());
    html! {
        <div class="pc-screen pc-welcome">
            <h2 class="pc-heading" tabindex="-1" ref={props.heading.clone()}>
                { props.content.title().get(props.lang) }
            </h2>
            <p class="pc-lead">{ strings.welcome_lead }</p>
            <p>{ strings.welcome_roles }</p>
            <p>{ strings.welcome_time }</p>
            <div class="pc-panel">
                <h3 class="pc-subheading">{ strings.privacy_heading }</h3>
                <p>{ strings.privacy }</p>
                if let Some(remember) = props.remember {
                    <p class="pc-save">
                        <label class="pc-save__label">
                            <input type="checkbox" class="pc-save__input" checked={remember}
                                onchange={props.onremember.reform(move |_| !remember)} />
                            { strings.saving_choice }
                        </label>
                    </p>
                    <p class="pc-note">{ strings.saving_note }</p>
                }
            </div>
            <p>{ strings.reflection }</p>
            <div class="pc-actions">
                <button type="button" class="pc-button pc-button--primary" {onclick}>{ strings.start }</button>
            </div>
        </div>
    }
}
