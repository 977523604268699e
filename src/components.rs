//! The widget's components. [`Widget`] is the root: it shows the
//! questionnaire, or a clear message when it cannot start. [`App`] holds the
//! state and effects, listens once for the controls in its screens' markup
//! ([`crate::screens`]), and renders the question screen as the
//! [`Question`] component.

mod lang_switch;
mod question;

pub use lang_switch::{LangSwitch, LangSwitchProps};
pub use question::{Question, QuestionProps};

use crate::config::Notice;
use crate::files::{download, now, read_chosen};
use crate::hooks::use_after_change;
use crate::markup::{focus_after, Act, Markup};
use crate::saving::{device, Loaded, Store};
use crate::screens::{day, lang_switch};
use crate::state::{Action, Confirm, Message, Resume, State, Viewing};
use peer_compass_core::record::{
    answers_for, export_csv, export_json, import_json, DataError, Record, MAX_BYTES,
};
use peer_compass_core::text::{fill, strings, Strings};
use peer_compass_core::{assess, Content, ContentError, Flow, Lang, Screen, Step};
use std::rc::Rc;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement, HtmlInputElement};
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
#[derive(Debug)]
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

/// A set-up is made once per widget and never changes: two are the same
/// when they are one (comparing contents would compare the questionnaire).
impl PartialEq for Setup {
    fn eq(&self, other: &Setup) -> bool {
        std::ptr::eq(self, other)
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

/// A message in words.
fn message_text(message: &Message, s: &Strings, organisation: &str) -> String {
    match message {
        Message::Forgotten => s.forgotten.to_owned(),
        Message::StorageFailed => s.storage_failed.to_owned(),
        Message::Shared => fill(s.shared, &[("organisation", organisation)]),
        Message::Copied(true) => s.code_copied.to_owned(),
        Message::Copied(false) => s.code_copy_failed.to_owned(),
        Message::ImportFailed(error) => {
            use DataError::*;
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

/// Markup written by [`crate::screens`], as Yew nodes.
fn raw(markup: String) -> Html {
    Html::from_html_unchecked(AttrValue::from(markup))
}

/// The control an event came from, with what it does and its index.
fn control(event: &Event) -> Option<(Element, Act, Option<usize>)> {
    let target: Element = event.target()?.dyn_into().ok()?;
    let control = target.closest("[data-a]").ok()??;
    let act = Act::parse(&control.get_attribute("data-a")?)?;
    let index = control.get_attribute("data-i").and_then(|i| i.parse().ok());
    Some((control, act, index))
}

/// Moves keyboard focus to the first element in `root` that `selector`
/// finds; `false` when there is none.
fn focus_in(root: &NodeRef, selector: &str) -> bool {
    let found = root
        .cast::<Element>()
        .and_then(|root| root.query_selector(selector).ok().flatten())
        .and_then(|element| element.dyn_into::<HtmlElement>().ok());
    found.is_some_and(|element| element.focus().is_ok())
}

/// The result as it stands, as the record a file or the device would keep.
fn record_of(content: &Content, state: &State) -> Record {
    let answers = &state.flow.answers;
    Record::new(
        content,
        answers,
        &assess(content, answers),
        state.lang.code(),
        &now(),
    )
}

/// The questionnaire from welcome to result.
#[component]
pub fn App(props: &AppProps) -> Html {
    let setup = &props.setup;
    let content = &setup.content;
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
        let state = state.clone();
        use_effect_with(
            (state.flow.screen, state.remember),
            move |&(screen, remember)| {
                if screen == Screen::Result && remember {
                    dispatch.emit(Action::Finished(record_of(&content, &state)));
                }
            },
        );
    }
    // Keyboard focus: where the person was, when their control was written
    // anew; on the new screen's heading at every step, but never on first
    // render (that would pull focus away from the host page).
    let root = use_node_ref();
    let refocus = use_mut_ref(|| None::<String>);
    {
        let (root, refocus) = (root.clone(), refocus.clone());
        use_effect(move || {
            if let Some(selector) = refocus.borrow_mut().take() {
                if !focus_in(&root, &selector) {
                    focus_in(&root, ".pc-heading");
                }
            }
        });
    }
    use_after_change((state.flow.screen, state.viewing.is_some()), {
        let root = root.clone();
        move |_| {
            focus_in(&root, ".pc-heading");
        }
    });
    let lang = state.lang;
    let strings = strings(lang);
    let organisation = setup.organisation_or(strings.this_website);
    let onfile = {
        let (content, dispatch) = (content.clone(), dispatch.clone());
        move |text: Result<String, u64>| {
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
        }
    };
    let onchange = {
        let dispatch = dispatch.clone();
        Callback::from(move |event: Event| {
            let Some((control, act, _)) = control(&event) else {
                return;
            };
            let Ok(input) = control.dyn_into::<HtmlInputElement>() else {
                return;
            };
            match act {
                Act::Remember => dispatch.emit(Action::Remember(input.checked())),
                Act::Import => read_chosen(&input, MAX_BYTES as u64, onfile.clone()),
                _ => {}
            }
        })
    };
    let onclick = {
        let (setup, state, dispatch, refocus) = (
            setup.clone(),
            state.clone(),
            dispatch.clone(),
            refocus.clone(),
        );
        Callback::from(move |event: MouseEvent| {
            let Some((_, act, index)) = control(&event) else {
                return;
            };
            *refocus.borrow_mut() = focus_after(act, index);
            let content = &setup.content;
            let step = |step: Step| dispatch.emit(Action::Step(step));
            let ask = |confirm: Option<Confirm>| dispatch.emit(Action::Ask(confirm));
            let at = |index: Option<usize>| index.unwrap_or(usize::MAX);
            match act {
                // Inputs act on change.
                Act::Remember | Act::Import => {}
                Act::Start => step(Step::Start),
                Act::Continue => dispatch.emit(Action::Resume(true)),
                Act::Fresh => dispatch.emit(Action::Resume(false)),
                Act::Lang => {
                    if let Some(&lang) = index.and_then(|i| content.languages().get(i)) {
                        dispatch.emit(Action::Lang(lang));
                    }
                }
                Act::Back => step(Step::Back),
                Act::Change => step(Step::Change(at(index))),
                Act::SeeResult => step(Step::SeeResult),
                Act::Print => {
                    if let Some(window) = web_sys::window() {
                        let _ = window.print();
                    }
                }
                Act::Restart => ask(Some(Confirm::Restart)),
                Act::RestartYes => step(Step::Restart),
                Act::RestartNo | Act::ForgetNo => ask(None),
                Act::Json | Act::Csv => {
                    let record = record_of(content, &state);
                    let name = format!("peer-compass-{}", day(&record.date));
                    if act == Act::Json {
                        download(
                            &format!("{name}.json"),
                            "application/json",
                            &export_json(&record),
                        );
                    } else {
                        let separator = if state.lang.code() == "nb" { ';' } else { ',' };
                        let csv = export_csv(content, &record, separator);
                        download(&format!("{name}.csv"), "text/csv;charset=utf-8", &csv);
                    }
                }
                Act::Copy => {
                    let code = peer_compass_core::code::Shared::of(
                        content,
                        &assess(content, &state.flow.answers),
                    )
                    .code();
                    copy(
                        &code,
                        dispatch.reform(|copied| Action::Say(Some(Message::Copied(copied)))),
                    );
                }
                Act::Share => {
                    if let Some(host) = &setup.host {
                        let result = assess(content, &state.flow.answers);
                        crate::events::announce_result(host, content, &result);
                    }
                    dispatch.emit(Action::Say(Some(Message::Shared)));
                }
                Act::Open => {
                    if let Some(record) = state.history.get(at(index)) {
                        dispatch.emit(Action::Open(Viewing {
                            answers: answers_for(
                                content,
                                &record.questionnaire_version,
                                &record.answers,
                            ),
                            record: record.clone(),
                            imported: false,
                        }));
                    }
                }
                Act::Compare => dispatch.emit(Action::Compare(at(index))),
                Act::Delete => dispatch.emit(Action::Delete(at(index))),
                Act::Forget => ask(Some(Confirm::Forget)),
                Act::ForgetYes => {
                    if let Keeping::Offered(store) = &setup.keeping {
                        store.forget_all();
                    }
                    dispatch.emit(Action::Forgotten);
                }
                Act::ContinueFrom => dispatch.emit(Action::ContinueFrom),
                Act::Close => dispatch.emit(Action::Close),
            }
        })
    };
    let screen = match crate::screens::screen(setup, &state) {
        Some(markup) => raw(markup),
        None => {
            let flow = &state.flow;
            let index = match flow.screen {
                Screen::Question(index) => index,
                _ => 0,
            };
            html! {
                <Question setup={setup.clone()} {lang} {index}
                    answer={flow.answers.get(index)} returning={flow.returning}
                    onstep={dispatch.reform(Action::Step)} />
            }
        }
    };
    let top = {
        let mut m = Markup::new();
        m.el(
            "<p class=\"pc-brand\" aria-hidden=\"true\">",
            content.title().get(lang),
            "</p>",
        );
        lang_switch(&mut m, content.languages(), lang);
        raw(m.finish())
    };
    let announcement = state
        .flow
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
        <section class="pc" lang={lang.code()} aria-label={content.title().get(lang).to_owned()}
            ref={root} {onclick} {onchange}>
            <div class="pc-top">{ top }</div>
            <div role="status">
                { for notices.into_iter().map(|text| html! { <p class="pc-notice">{ text }</p> }) }
            </div>
            { screen }
            <p class="pc-vh" aria-live="polite">{ announcement }</p>
        </section>
    }
}

/// Copies `text` to the clipboard, then says whether it worked.
fn copy(text: &str, done: Callback<bool>) {
    let Some(clipboard) = web_sys::window().map(|w| w.navigator().clipboard()) else {
        done.emit(false);
        return;
    };
    let promise = clipboard.write_text(text);
    wasm_bindgen_futures::spawn_local(async move {
        done.emit(wasm_bindgen_futures::JsFuture::from(promise).await.is_ok());
    });
}
