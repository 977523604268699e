use super::{day, ImportFile, Keeping, Remember};
use crate::state::Resume;
use peer_compass_core::text::{fill, strings, Strings};
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
    /// Whether answers can be kept on this device.
    pub keeping: Keeping,
    /// When the site offers sharing: who would receive the result.
    #[prop_or_default]
    pub share: Option<AttrValue>,
    /// `Some(remember)` when the person can choose to be remembered.
    #[prop_or_default]
    pub remember: Option<bool>,
    /// Turns remembering on or off.
    #[prop_or_default]
    pub onremember: Callback<bool>,
    /// Kept progress to continue from.
    #[prop_or_default]
    pub resume: Option<Resume>,
    /// Continue (`true`) or start afresh.
    #[prop_or_default]
    pub onresume: Callback<bool>,
    /// A result file chosen to open.
    pub onfile: Callback<Result<String, u64>>,
    /// Start the questions.
    pub onstart: Callback<()>,
}

/// What the privacy statement says in this set-up: exactly what the widget
/// does, and nothing more. Sentences, in order.
/// `choose`: whether the person can choose to be remembered on this device.
pub fn privacy(s: &Strings, choose: bool, share: Option<&str>) -> Vec<String> {
    vec![
        s.privacy.to_owned(),
        if choose {
            s.privacy_keep_choice
        } else {
            s.privacy_keep_none
        }
        .to_owned(),
        match share {
            Some(organisation) => fill(s.privacy_share, &[("organisation", organisation)]),
            None => s.privacy_no_share.to_owned(),
        },
    ]
}

/// What the tool is for, how long it takes, what happens to the answers, and
/// (when there are answers kept on this device) a way to carry on.
#[component]
pub fn Welcome(props: &WelcomeProps) -> Html {
    let s = strings(props.lang);
    let onclick = props.onstart.reform(|_| ());
    let resume = props.resume.as_ref().map(|resume| {
        html! {
            <div class="pc-panel pc-resume">
                <p>{ fill(s.resume_lead, &[("date", day(&resume.date))]) }</p>
                if let Some(count) = resume.carried {
                    <p>{ fill(s.restored_earlier, &[("count", &count.to_string())]) }</p>
                }
                <div class="pc-actions">
                    <button type="button" class="pc-button pc-button--primary"
                        onclick={props.onresume.reform(|_| true)}>{ s.resume_continue }</button>
                    <button type="button" class="pc-button" onclick={props.onresume.reform(|_| false)}>{ s.resume_fresh }</button>
                </div>
            </div>
        }
    });
    html! {
        <div class="pc-screen pc-welcome">
            <h2 class="pc-heading" tabindex="-1" ref={props.heading.clone()}>
                { props.content.title().get(props.lang) }
            </h2>
            { for resume }
            <p class="pc-lead">{ s.welcome_lead }</p>
            <p>{ s.welcome_roles }</p>
            <p>{ s.welcome_time }</p>
            <div class="pc-panel pc-privacy">
                <h3 class="pc-subheading">{ s.privacy_heading }</h3>
                { for privacy(s, matches!(props.keeping, Keeping::Offered(_)), props.share.as_deref()).into_iter().map(|p| html! { <p>{ p }</p> }) }
                if let Some(remember) = props.remember {
                    <Remember lang={props.lang} {remember} onremember={props.onremember.clone()} />
                }
            </div>
            <p>{ s.reflection }</p>
            if props.resume.is_none() {
                <div class="pc-actions">
                    <button type="button" class="pc-button pc-button--primary" {onclick}>{ s.start }</button>
                </div>
            }
            <ImportFile lang={props.lang} onfile={props.onfile.clone()} />
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every set-up, in every language: the statement says what the widget
    /// does and claims nothing else. (The end-to-end tests check what it
    /// does: storage written, events sent.)
    #[test]
    fn the_privacy_statement_follows_the_set_up() {
        for &lang in Lang::ALL {
            let s = strings(lang);
            for choose in [false, true] {
                for share in [None, Some("Fjordvik")] {
                    let said = privacy(s, choose, share);
                    assert_eq!(said.len(), 3);
                    assert_eq!(said[0], s.privacy);
                    let keep = if choose {
                        s.privacy_keep_choice
                    } else {
                        s.privacy_keep_none
                    };
                    assert_eq!(said[1], keep);
                    match share {
                        Some(name) => {
                            assert_eq!(said[2], fill(s.privacy_share, &[("organisation", name)]));
                            assert!(said[2].contains(name));
                        }
                        None => assert_eq!(said[2], s.privacy_no_share),
                    }
                }
            }
        }
    }
}
