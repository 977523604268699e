//! The widget's components. [`Widget`] is the root: it shows the
//! questionnaire, or a clear message when it cannot start. [`App`] holds the
//! state and effects; the screens under it get their data and narrow
//! callbacks.

mod check;
mod keep;
mod lang_switch;
mod opened;
mod question;
mod result;
mod share_code;
mod welcome;

pub use check::{Check, CheckProps};
pub use keep::{Forget, ForgetProps, ImportFile, ImportFileProps, Remember, RememberProps};
pub use lang_switch::{LangSwitch, LangSwitchProps};
pub use opened::{Opened, OpenedProps};
pub use question::{Question, QuestionProps};
pub use result::{ResultView, ResultViewProps};
pub use share_code::{ShareCode, ShareCodeProps};
pub use welcome::{Welcome, WelcomeProps};

use crate::config::Notice;
use crate::files::now;
use crate::hooks::{focus, use_after_change};
use crate::saving::{device, Loaded, Store};
use crate::state::{Action, Message, Resume, State, Viewing};
use peer_compass_core::record::{answers_for, import_json, Record};
use peer_compass_core::text::{fill, strings, Strings};
use peer_compass_core::{assess, Content, ContentError, Flow, Lang, Screen, Step};
use std::rc::Rc;
use web_sys::Element;
use yew::prelude::*;

/// Whether, and how, this widget can keep answers on the device.
#[derive(Clone, Debug, PartialEq)]
pub enum Keeping {
    /// The site does not offer it (no `save="local"`).
    Off,
    /// The site offers it, but this browser keeps nothing.
    Unavailable,
    /// The site offers it, and the person decides.
    Offered(Store),
}

/// Everything one widget instance starts with, shared by its components.
#[derive(Debug, PartialEq)]
pub struct Setup {
    /// The validated questionnaire.
    pub content: Rc<Content>,
    /// Starting language (one the content has).
    pub lang: Lang,
    /// The organisation's name for suggestions and sharing, if given.
    pub organisation: Option<String>,
    /// The host element, for the completion event.
    pub host: Option<Element>,
    /// Whether the site offers sharing the result (`events="complete"`).
    pub events: bool,
    /// Whether answers can be kept on this device.
    pub keeping: Keeping,
    /// The trainer's page, for the share code's QR link.
    pub trainer: Option<String>,
    /// What was kept on this device.
    pub loaded: Loaded,
    /// What to tell the person or the site.
    pub notices: Vec<Notice>,
}

impl Setup {
    /// A set-up with the content and language alone: nothing kept, nothing
    /// shared.
    pub fn new(content: Rc<Content>, lang: Lang) -> Setup {
        Setup {
            lang: content.language_or_first(lang),
            content,
            organisation: None,
            host: None,
            events: false,
            keeping: Keeping::Off,
            trainer: None,
            loaded: Loaded::default(),
            notices: Vec::new(),
        }
    }

    /// The organisation's name, or the table's words for it.
    pub fn organisation_or<'a>(&'a self, fallback: &'a str) -> &'a str {
        self.organisation.as_deref().unwrap_or(fallback)
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

/// The date part of an ISO 8601 date and time, as results show it.
pub fn day(date: &str) -> &str {
    date.get(..10).unwrap_or(date)
}

/// A message in words.
fn message_text(message: &Message, s: &Strings, organisation: &str) -> String {
    match message {
        Message::Forgotten => s.forgotten.to_owned(),
        Message::StorageFailed => s.storage_failed.to_owned(),
        Message::Shared => fill(s.shared, &[("organisation", organisation)]),
        Message::ImportFailed(error) => {
            use peer_compass_core::record::DataError::*;
            let reason = match error {
                TooLarge(_) => s.import_too_large,
                NotJson => s.import_not_json,
                Foreign => s.import_foreign,
                Future(_) => s.import_future,
                Damaged(_) => s.import_damaged,
            };
            fill(s.import_error, &[("reason", reason)])
        }
    }
}

/// The questionnaire from welcome to result.
#[component]
pub fn App(props: &AppProps) -> Html {
    let setup = &props.setup;
    let content = setup.content.clone();
    let state = use_reducer({
        let setup = setup.clone();
        move || {
            let content = &setup.content;
            let loaded = &setup.loaded;
            let resume = loaded.device.progress.as_ref().and_then(|progress| {
                let (flow, carried) = progress.flow(content)?;
                (!flow.is_fresh()).then(|| Resume {
                    flow,
                    date: progress.date.clone(),
                    carried,
                })
            });
            State {
                remember: loaded.remember,
                history: loaded.device.history.clone(),
                resume,
                ..State::new(Flow::new(content.items().len()), setup.lang)
            }
        }
    });
    let dispatch = {
        let state = state.clone();
        Callback::from(move |action: Action| state.dispatch(action))
    };
    {
        // Keep what the person chose to keep, and nothing else.
        let (setup, dispatch) = (setup.clone(), dispatch.clone());
        let resume = state.resume.as_ref().map(|r| r.flow.clone());
        let deps = (
            state.flow.clone(),
            resume,
            state.remember,
            state.history.clone(),
        );
        use_effect_with(deps, move |(flow, resume, remember, history)| {
            if let Keeping::Offered(store) = &setup.keeping {
                if !*remember {
                    store.clear();
                } else {
                    let kept = device(
                        &setup.content,
                        resume.as_ref().unwrap_or(flow),
                        history,
                        &now(),
                    );
                    if !store.write(&kept) {
                        dispatch.emit(Action::Say(Some(Message::StorageFailed)));
                    }
                }
            }
        });
    }
    {
        // A result reached while remembered is kept, with its date.
        let (content, dispatch) = (content.clone(), dispatch.clone());
        let (answers, lang) = (state.flow.answers.clone(), state.lang);
        use_effect_with(
            (state.flow.screen, state.remember),
            move |&(screen, remember)| {
                if screen == Screen::Result && remember {
                    let result = assess(&content, &answers);
                    let record = Record::new(&content, &answers, &result, lang.code(), &now());
                    dispatch.emit(Action::Finished(record));
                }
            },
        );
    }
    // Focus the new screen's heading at every step, but never on first
    // render: that would pull focus away from the host page.
    let heading = use_node_ref();
    use_after_change((state.flow.screen, state.viewing.is_some()), {
        let heading = heading.clone();
        move |_| focus(&heading)
    });
    let step = dispatch.reform(Action::Step);
    let lang = state.lang;
    let strings = strings(lang);
    let organisation = setup.organisation_or(strings.this_website);
    let flow = &state.flow;
    let onfile = {
        let (content, dispatch) = (content.clone(), dispatch.clone());
        Callback::from(move |text: Result<String, u64>| {
            use peer_compass_core::record::DataError;
            let action = match text
                .map_err(|size| DataError::TooLarge(size as usize))
                .and_then(|t| import_json(&t))
            {
                Ok(record) => Action::Open(Viewing {
                    answers: answers_for(&content, &record.questionnaire_version, &record.answers),
                    record,
                    imported: true,
                }),
                Err(error) => Action::Say(Some(Message::ImportFailed(error))),
            };
            dispatch.emit(action);
        })
    };
    let open = {
        let (content, dispatch, history) =
            (content.clone(), dispatch.clone(), state.history.clone());
        Callback::from(move |index: usize| {
            if let Some(record) = history.get(index) {
                dispatch.emit(Action::Open(Viewing {
                    answers: answers_for(&content, &record.questionnaire_version, &record.answers),
                    record: record.clone(),
                    imported: false,
                }));
            }
        })
    };
    let forget = {
        let (setup, dispatch) = (setup.clone(), dispatch.clone());
        Callback::from(move |_| {
            if let Keeping::Offered(store) = &setup.keeping {
                store.forget_all();
            }
            dispatch.emit(Action::Forgotten);
        })
    };
    let remember = match &setup.keeping {
        Keeping::Offered(_) => Some(state.remember),
        _ => None,
    };
    let screen = if let Some(viewing) = &state.viewing {
        html! {
            <Opened content={content.clone()} {lang} heading={heading.clone()} viewing={viewing.clone()}
                oncontinue={dispatch.reform(|_| Action::ContinueFrom)}
                onclose={dispatch.reform(|_| Action::Close)} />
        }
    } else {
        match flow.screen {
            Screen::Welcome => html! {
                <Welcome content={content.clone()} {lang} heading={heading.clone()}
                    keeping={setup.keeping.clone()} share={setup.events.then(|| AttrValue::from(organisation.to_owned()))}
                    {remember} onremember={dispatch.reform(Action::Remember)}
                    resume={state.resume.clone()} onresume={dispatch.reform(Action::Resume)}
                    onfile={onfile.clone()} onstart={step.reform(|_| Step::Start)} />
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
                <ResultView setup={setup.clone()} {lang} heading={heading.clone()}
                    answers={flow.answers.clone()} {remember}
                    history={state.history.clone()} earlier={state.earlier().cloned()}
                    onremember={dispatch.reform(Action::Remember)}
                    onopen={open.clone()}
                    oncompare={dispatch.reform(Action::Compare)}
                    ondelete={dispatch.reform(Action::Delete)}
                    onforget={forget.clone()}
                    onshared={dispatch.reform(|_| Action::Say(Some(Message::Shared)))}
                    onfile={onfile.clone()}
                    onback={step.reform(|_| Step::Back)}
                    onrestart={step.reform(|_| Step::Restart)} />
            },
        }
    };
    let announcement = flow
        .progress()
        .map(|(n, total)| {
            fill(
                strings.question_of,
                &[("n", &n.to_string()), ("total", &total.to_string())],
            )
        })
        .unwrap_or_default();
    let mut notices: Vec<String> = setup
        .notices
        .iter()
        .filter(|n| n.for_site() || !state.stepped)
        .map(|n| n.text(lang, content.languages()))
        .collect();
    if let Keeping::Unavailable = setup.keeping {
        notices.push(strings.storage_unavailable.to_owned());
    }
    notices.extend(
        state
            .message
            .as_ref()
            .map(|m| message_text(m, strings, organisation)),
    );
    html! {
        <section class="pc" lang={lang.code()} aria-label={content.title().get(lang).to_owned()}>
            <div class="pc-top">
                <p class="pc-brand" aria-hidden="true">{ content.title().get(lang) }</p>
                <LangSwitch {lang} offered={content.languages().to_vec()} onchange={dispatch.reform(Action::Lang)} />
            </div>
            <div role="status">
                { for notices.into_iter().map(|text| html! { <p class="pc-notice">{ text }</p> }) }
            </div>
            { screen }
            <p class="pc-vh" aria-live="polite">{ announcement }</p>
        </section>
    }
}
