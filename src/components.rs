//! The widget's components. [`Widget`] is the root: it shows the
//! questionnaire, or a clear message when it cannot start. [`App`] holds the
//! state and effects; the screens under it get their data and narrow
//! callbacks.

mod check;
mod lang_switch;
mod question;
mod result;
mod welcome;

pub use check::{Check, CheckProps};
pub use lang_switch::{LangSwitch, LangSwitchProps};
pub use question::{Question, QuestionProps};
pub use result::{ResultView, ResultViewProps};
pub use welcome::{Welcome, WelcomeProps};

use crate::config::Notice;
use crate::hooks::{focus, use_after_change};
use crate::saving::Store;
use crate::state::{Action, State};
use peer_compass_core::text::{fill, strings};
use peer_compass_core::{assess, Content, ContentError, Flow, Lang, Screen, Step};
use std::rc::Rc;
use web_sys::Element;
use yew::prelude::*;

/// Everything one widget instance starts with, shared by its components.
#[derive(Debug, PartialEq)]
pub struct Setup {
    /// The validated questionnaire.
    pub content: Rc<Content>,
    /// Starting language (one the content has).
    pub lang: Lang,
    /// Progress to continue from, when saved progress was found.
    pub flow: Option<Flow>,
    /// Whether the person wants their answers remembered on this device.
    pub remember: bool,
    /// The organisation's name for suggestions, if given.
    pub organisation: Option<String>,
    /// The host element, for the completion event.
    pub host: Option<Element>,
    /// Whether to send `peer-compass:complete` when the result is shown.
    pub events: bool,
    /// Where progress is saved, when the site allows saving and the browser
    /// lets it.
    pub store: Option<Store>,
    /// What to tell the person or the site.
    pub notices: Vec<Notice>,
}

impl Setup {
    /// A set-up with the content and language alone: no saving, no events.
    pub fn new(content: Rc<Content>, lang: Lang) -> Setup {
        Setup {
            lang: content.language_or_first(lang),
            content,
            flow: None,
            remember: true,
            organisation: None,
            host: None,
            events: false,
            store: None,
            notices: Vec::new(),
        }
    }
}

/// Props of [`Widget`].
#[derive(Properties, PartialEq)]
pub struct WidgetProps {
    /// The set-up, or why the content could not be used.
    pub setup: Result<Rc<Setup>, ContentError>,
    /// The language for the message when the content could not be used.
    pub lang: Lang,
}

/// The questionnaire, or a message saying why it cannot start.
#[component]
pub fn Widget(props: &WidgetProps) -> Html {
    match &props.setup {
        Ok(setup) => html! { <App setup={setup.clone()} /> },
        Err(error) => html! {
            <section class="pc pc--error" lang={props.lang.code()} role="alert" aria-label="Peer Compass">
                <h2 class="pc-heading">{ strings(props.lang).error_heading }</h2>
                <p class="pc-error__message">{ error.to_string() }</p>
            </section>
        },
    }
}

/// Props of [`App`].
#[derive(Properties, PartialEq)]
pub struct AppProps {
    /// What this instance starts with.
    pub setup: Rc<Setup>,
}

/// The questionnaire from welcome to result.
#[component]
pub fn App(props: &AppProps) -> Html {
    let setup = &props.setup;
    let content = setup.content.clone();
    let state = use_reducer({
        let setup = setup.clone();
        move || State {
            flow: setup
                .flow
                .clone()
                .unwrap_or_else(|| Flow::new(setup.content.items().len())),
            lang: setup.lang,
            stepped: false,
            remember: setup.remember,
        }
    });
    {
        let setup = setup.clone();
        use_effect_with(
            (state.flow.clone(), state.remember),
            move |(flow, remember)| {
                if let Some(store) = &setup.store {
                    store.write(flow, setup.content.version(), *remember);
                }
            },
        );
    }
    {
        let setup = setup.clone();
        let answers = state.flow.answers.clone();
        use_effect_with(state.flow.screen, move |&screen| {
            if let (Screen::Result, true, Some(host)) = (screen, setup.events, &setup.host) {
                let content = &setup.content;
                crate::events::announce_result(host, content, &assess(content, &answers));
            }
        });
    }
    // Focus the new screen's heading at every step, but never on first
    // render: that would pull focus away from the host page.
    let heading = use_node_ref();
    use_after_change(state.flow.screen, {
        let heading = heading.clone();
        move |_| focus(&heading)
    });
    let dispatch = {
        let state = state.clone();
        Callback::from(move |action: Action| state.dispatch(action))
    };
    let step = dispatch.reform(Action::Step);
    let lang = state.lang;
    let flow = &state.flow;
    let screen = match flow.screen {
        Screen::Welcome => html! {
            <Welcome content={content.clone()} {lang} heading={heading.clone()}
                remember={setup.store.is_some().then_some(state.remember)}
                onremember={dispatch.reform(Action::Remember)}
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
                answers={flow.answers.clone()}
                organisation={setup.organisation.clone().map(AttrValue::from)}
                onback={step.reform(|_| Step::Back)}
                onrestart={step.reform(|_| Step::Restart)} />
        },
    };
    let strings = strings(lang);
    let announcement = flow
        .progress()
        .map(|(n, total)| {
            fill(
                strings.question_of,
                &[("n", &n.to_string()), ("total", &total.to_string())],
            )
        })
        .unwrap_or_default();
    html! {
        <section class="pc" lang={lang.code()} aria-label={content.title().get(lang).to_owned()}>
            <div class="pc-top">
                <p class="pc-brand" aria-hidden="true">{ content.title().get(lang) }</p>
                <LangSwitch {lang} offered={content.languages().to_vec()} onchange={dispatch.reform(Action::Lang)} />
            </div>
            { for setup.notices.iter().filter(|n| n.for_site() || !state.stepped).map(|notice| html! {
                <p class="pc-notice" role="status">{ notice.text(lang, content.languages()) }</p>
            }) }
            { screen }
            <p class="pc-vh" aria-live="polite">{ announcement }</p>
        </section>
    }
}
