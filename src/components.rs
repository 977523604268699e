//! The widget's components. [`Widget`] is the root: it shows the
//! questionnaire, or a clear message when it cannot start.

mod check;
mod lang_switch;
mod question;
mod result;
mod welcome;

pub use check::{Check, CheckProps};
pub use lang_switch::{LangSwitch, LangSwitchProps};
pub use question::{Question, QuestionProps};
pub use result::{ResultProps, ResultView};
pub use welcome::{Welcome, WelcomeProps};

use crate::config::{Config, Notice};
use crate::state::{Action, State};
use crate::strings::{counted, Strings};
use peer_compass_core::{assess, Content, Flow, Lang, Screen, Step};
use std::rc::Rc;
use web_sys::{Element, HtmlElement};
use yew::prelude::*;

/// Root props: the host element's configuration.
#[derive(Properties, PartialEq)]
pub struct WidgetProps {
    /// As read from the host element.
    pub config: Config,
}

impl From<Config> for WidgetProps {
    fn from(config: Config) -> Self {
        WidgetProps { config }
    }
}

/// The questionnaire, or a message saying why it cannot start.
#[component]
pub fn Widget(props: &WidgetProps) -> Html {
    let config = &props.config;
    match &config.content {
        Ok(content) => html! {
            <App content={content.clone()} lang={config.lang}
                organisation={config.organisation.clone().map(AttrValue::from)}
                host={config.host.clone()} events={config.events}
                save_key={config.save_key.clone().map(AttrValue::from)}
                save_wanted={config.save_wanted}
                restored={config.restored.clone()}
                notices={config.notices.clone()} />
        },
        Err(error) => {
            let strings = Strings::get(config.lang);
            html! {
                <section class="pc pc--error" lang={config.lang.code()} role="alert" aria-label="Peer Compass">
                    <h2 class="pc-heading">{ strings.error_heading }</h2>
                    <p class="pc-error__message">{ error.to_string() }</p>
                </section>
            }
        }
    }
}

/// The questionnaire's props.
#[derive(Properties, PartialEq)]
pub struct AppProps {
    /// The validated questionnaire.
    pub content: Rc<Content>,
    /// Starting language.
    pub lang: Lang,
    /// The organisation's name for suggestions, if given.
    #[prop_or_default]
    pub organisation: Option<AttrValue>,
    /// The host element, for the completion event.
    #[prop_or_default]
    pub host: Option<Element>,
    /// Whether to send `peer-compass:complete` when the result is shown.
    #[prop_or_default]
    pub events: bool,
    /// Where progress is saved, when local saving is on.
    #[prop_or_default]
    pub save_key: Option<AttrValue>,
    /// Progress restored from an earlier visit.
    #[prop_or_default]
    pub restored: Option<Flow>,
    /// Whether saving starts ticked (the person has not refused it before).
    #[prop_or(true)]
    pub save_wanted: bool,
    /// What to tell the person or the site.
    #[prop_or_default]
    pub notices: Vec<Notice>,
}

/// The questionnaire from welcome to result.
#[component]
pub fn App(props: &AppProps) -> Html {
    let content = props.content.clone();
    let state = use_reducer({
        let (items, lang, restored) = (content.items.len(), props.lang, props.restored.clone());
        let saving = props.save_wanted;
        move || State {
            flow: restored.unwrap_or_else(|| Flow::new(items)),
            saving,
            ..State::new(items, lang)
        }
    });
    {
        let (content, key) = (content.clone(), props.save_key.clone());
        use_effect_with((state.flow.clone(), state.saving), move |(flow, wanted)| {
            if let Some(key) = key {
                crate::effects::save(&key, flow, &content.version, *wanted);
            }
        });
    }
    {
        let (content, host, events) = (content.clone(), props.host.clone(), props.events);
        let answers = state.flow.answers.clone();
        use_effect_with(state.flow.screen, move |&screen| {
            if let (Screen::Result, true, Some(host)) = (screen, events, host) {
                crate::effects::announce_result(&host, &content, &assess(&content, &answers));
            }
        });
    }
    let heading = use_node_ref();
    let has_moved = use_mut_ref(|| false);
    {
        // Focus the new screen's heading at every step, but never on first
        // render: that would pull focus away from the host page.
        let heading = heading.clone();
        use_effect_with(state.flow.screen, move |_| {
            if std::mem::replace(&mut *has_moved.borrow_mut(), true) {
                if let Some(heading) = heading.cast::<HtmlElement>() {
                    let _ = heading.focus();
                }
            }
        });
    }
    let dispatch = {
        let state = state.clone();
        Callback::from(move |action: Action| state.dispatch(action))
    };
    let step = dispatch.reform(Action::Step);
    let lang = state.lang;
    let strings = Strings::get(lang);
    let flow = &state.flow;
    let screen = match flow.screen {
        Screen::Welcome => html! {
            <Welcome content={content.clone()} {lang} heading={heading.clone()}
                saving={props.save_key.is_some().then_some(state.saving)}
                onsaving={dispatch.reform(Action::Saving)}
                onstart={step.reform(|_| Step::Start)} />
        },
        Screen::Question(index) => html! {
            <Question content={content.clone()} {lang} {index} heading={heading.clone()}
                answer={flow.answers.get(index)} returning={flow.returning}
                onstep={step.clone()} />
        },
        Screen::Check => html! {
            <Check content={content.clone()} {lang} heading={heading.clone()}
                answers={flow.answers.clone()} onstep={step.clone()} />
        },
        Screen::Result => html! {
            <ResultView content={content.clone()} {lang} heading={heading.clone()}
                answers={flow.answers.clone()} organisation={props.organisation.clone()}
                confirming_restart={state.confirming_restart} ondispatch={dispatch.clone()} />
        },
    };
    let announcement = flow
        .progress()
        .map(|(n, total)| counted(strings.question_of, n, total))
        .unwrap_or_default();
    html! {
        <section class="pc" lang={lang.code()} aria-label={content.title.get(lang).to_owned()}>
            <div class="pc-top">
                <p class="pc-brand" aria-hidden="true">{ content.title.get(lang) }</p>
                <LangSwitch {lang} onchange={dispatch.reform(Action::Lang)} />
            </div>
            { for props.notices.iter().filter(|n| n.for_site() || !state.stepped).map(|notice| html! {
                <p class="pc-notice" role="status">{ notice_text(notice, strings) }</p>
            }) }
            { screen }
            <p class="pc-vh" aria-live="polite">{ announcement }</p>
        </section>
    }
}

fn notice_text(notice: &Notice, strings: &Strings) -> String {
    match notice {
        // For the site's developers: named in English, as the attributes are.
        Notice::UnknownLang(code) => {
            format!("lang=\"{code}\" is not available; showing English. Use \"en\" or \"nb\".")
        }
        Notice::UnknownTheme(theme) => {
            format!("theme=\"{theme}\" is not known; use \"light\", \"dark\" or \"auto\".")
        }
        Notice::SavingUnavailable => strings.saving_unavailable.to_owned(),
        Notice::Restored => strings.restored.to_owned(),
        Notice::SavedUnreadable => strings.saved_unreadable.to_owned(),
    }
}
