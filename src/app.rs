//! One widget on a page: its set-up, its state, and the few lines that put
//! the state on the screen and the person's actions into the state.
//!
//! Every screen is markup from [`crate::screens`], a pure function of the
//! set-up and the state. [`App`] writes it into the shadow root when it
//! changes, listens once at its root for clicks, changes and submits, turns
//! each control's [`Act`] into an [`Action`] or an effect, and carries out
//! the effects the state asks for (what is kept on the device, focus).
//! docs/PERFORMANCE.md says why this is not a Yew app: a bare Yew app is
//! 54 KB gzip, more than half the 100 KB budget, and taking Yew out of this
//! widget took 47.4 KB off its first load.

use crate::config::Notice;
use crate::files::{download, now, read_chosen};
use crate::markup::{focus_after, Act, Markup};
use crate::saving::{device, Loaded, Store};
use crate::screens::{self, day};
use crate::state::{Action, Confirm, Message, Resume, State, Viewing};
use gloo::events::{EventListener, EventListenerOptions};
use peer_compass_core::record::{
    answers_for, export_csv, export_json, import_json, DataError, Record, MAX_BYTES,
};
use peer_compass_core::text::{fill, strings, Strings};
use peer_compass_core::{assess, Answer, Content, Flow, Lang, Screen, Step};
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use web_sys::{Element, Event, HtmlElement, HtmlInputElement};

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

/// Everything one widget instance starts with.
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

    /// The state this set-up starts in: a fresh flow, with what was kept on
    /// the device offered.
    pub fn start(&self) -> State {
        let content = &self.content;
        let loaded = &self.loaded;
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
            ..State::new(Flow::new(content.items().len()), self.lang)
        }
    }
}

/// A message in words.
pub fn message_text(message: &Message, s: &Strings, organisation: &str) -> String {
    match message {
        Message::Forgotten => s.forgotten.to_owned(),
        Message::StorageFailed => s.storage_failed.to_owned(),
        Message::Shared => fill(s.shared, &[("organisation", organisation)]),
        Message::Copied(true) => s.code_copied.to_owned(),
        Message::Copied(false) => s.code_copy_failed.to_owned(),
        Message::Downloaded(file) => fill(s.downloaded, &[("file", file)]),
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

/// What the status region says: notices for the site (always) and for the
/// person (until their first step), then the message of the moment.
pub fn status(setup: &Setup, state: &State) -> Vec<String> {
    let lang = state.lang;
    let s = strings(lang);
    let offered = setup.content.languages();
    let mut said: Vec<String> = setup
        .notices
        .iter()
        .filter(|n| n.for_site() || !state.stepped)
        .map(|n| n.text(lang, offered))
        .collect();
    if let Keeping::Unavailable = setup.keeping {
        said.push(s.storage_unavailable.to_owned());
    }
    said.extend(
        state
            .message
            .as_ref()
            .map(|m| message_text(m, s, setup.organisation_or(s.this_website))),
    );
    said
}

/// What is on the screen now, to write only what changed.
#[derive(Default)]
struct Shown {
    lang: Option<Lang>,
    top: String,
    status: String,
    screen: String,
    /// The question on screen and its answer, when a question is.
    question: Option<(usize, Lang, bool, Option<Answer>)>,
    /// Which screen has focus, to move it to a new screen's heading.
    place: Option<(Screen, bool)>,
    announcement: String,
    /// What was last written to the device.
    kept: Option<(Flow, Option<Flow>, bool, Vec<Record>)>,
    /// The result screen and the choice to be remembered, last time.
    finished: Option<(Screen, bool)>,
}

/// One widget, alive as long as its element.
pub struct App {
    setup: Rc<Setup>,
    state: RefCell<State>,
    shown: RefCell<Shown>,
    /// Where keyboard focus goes after the next render.
    refocus: RefCell<Option<String>>,
    section: Element,
    top: Element,
    status: Element,
    screen: Element,
    announcer: Element,
    listeners: RefCell<Vec<EventListener>>,
}

impl App {
    /// Builds the widget in `root` (inside its shadow root) and shows the
    /// first screen, without taking focus from the page.
    pub fn mount(root: &Element, setup: Rc<Setup>) -> Result<Rc<App>, wasm_bindgen::JsValue> {
        let document = root.owner_document().ok_or("no document")?;
        let make = |tag: &str, class: &str| -> Result<Element, wasm_bindgen::JsValue> {
            let element = document.create_element(tag)?;
            if !class.is_empty() {
                element.set_class_name(class);
            }
            Ok(element)
        };
        let section = make("section", "pc")?;
        let top = make("div", "pc-top")?;
        let status = make("div", "")?;
        status.set_attribute("role", "status")?;
        let screen = make("div", "pc-main")?;
        let announcer = make("p", "pc-vh")?;
        announcer.set_attribute("aria-live", "polite")?;
        for child in [&top, &status, &screen, &announcer] {
            section.append_child(child)?;
        }
        root.append_child(&section)?;
        let app = Rc::new(App {
            state: RefCell::new(setup.start()),
            setup,
            shown: RefCell::default(),
            refocus: RefCell::default(),
            section,
            top,
            status,
            screen,
            announcer,
            listeners: RefCell::default(),
        });
        let listen = |kind: &'static str, handle: fn(&Rc<App>, &Event)| {
            let weak = Rc::downgrade(&app);
            let options = EventListenerOptions::enable_prevent_default();
            EventListener::new_with_options(&app.section, kind, options, move |event| {
                if let Some(app) = weak.upgrade() {
                    handle(&app, event);
                }
            })
        };
        *app.listeners.borrow_mut() = vec![
            listen("click", App::on_click),
            listen("change", App::on_change),
            listen("submit", App::on_submit),
        ];
        app.render();
        Ok(app)
    }

    /// The state now.
    pub fn state(&self) -> State {
        self.state.borrow().clone()
    }

    /// Applies `action`, then shows the result.
    pub fn dispatch(self: &Rc<App>, action: Action) {
        let next = self.state.borrow().reduce(action);
        *self.state.borrow_mut() = next;
        self.render();
    }

    /// Writes what changed, keeps what the person chose to keep, and moves
    /// focus where it belongs.
    fn render(self: &Rc<App>) {
        let setup = &self.setup;
        let state = self.state.borrow().clone();
        let lang = state.lang;
        let content = &setup.content;
        let mut shown = self.shown.borrow_mut();
        let first = shown.lang.is_none();
        // What has focus now, to find again if its markup is written anew.
        let had_focus = self.focused();
        if shown.lang != Some(lang) {
            shown.lang = Some(lang);
            let _ = self.section.set_attribute("lang", lang.code());
            let _ = self
                .section
                .set_attribute("aria-label", content.title().get(lang));
        }
        let top = {
            let mut m = Markup::new();
            m.el(
                "<p class=\"pc-brand\" aria-hidden=\"true\">",
                content.title().get(lang),
                "</p>",
            );
            screens::lang_switch(&mut m, content.languages(), lang);
            m.finish()
        };
        if top != shown.top {
            self.top.set_inner_html(&top);
            shown.top = top;
        }
        let status = {
            let mut m = Markup::new();
            for text in status(setup, &state) {
                m.el("<p class=\"pc-notice\">", &text, "</p>");
            }
            m.finish()
        };
        if status != shown.status {
            self.status.set_inner_html(&status);
            shown.status = status;
        }
        let screen = screens::screen(setup, &state);
        let question = match (state.viewing.is_none(), state.flow.screen) {
            (true, Screen::Question(index)) => Some((
                index,
                lang,
                state.flow.returning,
                state.flow.answers.get(index),
            )),
            _ => None,
        };
        let same_question = matches!(
            (shown.question, question),
            (Some((a, b, c, _)), Some((x, y, z, _))) if (a, b, c) == (x, y, z)
        );
        if same_question {
            // Only the answer changed: the radio buttons already show it,
            // and writing them anew would take focus from the one in use.
            self.show_answer(question.and_then(|q| q.3));
        } else if screen != shown.screen {
            self.screen.set_inner_html(&screen);
        }
        shown.screen = screen;
        shown.question = question;
        let announcement = state
            .flow
            .progress()
            .map(|(n, total)| {
                fill(
                    strings(lang).question_of,
                    &[("n", &n.to_string()), ("total", &total.to_string())],
                )
            })
            .unwrap_or_default();
        if announcement != shown.announcement {
            self.announcer.set_text_content(Some(&announcement));
            shown.announcement = announcement;
        }
        // Focus: on a new screen's heading, but never on first render (that
        // would pull focus away from the host page); else back where the
        // person was, when their control was written anew.
        let place = (state.flow.screen, state.viewing.is_some());
        let moved = shown.place.replace(place) != Some(place);
        let refocus = self.refocus.borrow_mut().take();
        if moved && !first {
            self.focus(".pc-heading");
        } else if let Some(selector) = refocus {
            if !self.focus(&selector) {
                self.focus(".pc-heading");
            }
        } else if let Some(selector) = had_focus {
            // Written anew for another reason (a result kept, a message):
            // back on the same control.
            if self.focused().is_none() {
                self.focus(&selector);
            }
        }
        // Keep what the person chose to keep, and nothing else.
        if let Keeping::Offered(store) = &setup.keeping {
            let resume = state.resume.as_ref().map(|r| r.flow.clone());
            let kept = (
                state.flow.clone(),
                resume,
                state.remember,
                state.history.clone(),
            );
            if shown.kept.as_ref() != Some(&kept) {
                let (flow, resume, remember, history) = &kept;
                let written = if *remember {
                    store.write(&device(
                        content,
                        resume.as_ref().unwrap_or(flow),
                        history,
                        &now(),
                    ))
                } else {
                    store.clear();
                    true
                };
                shown.kept = Some(kept);
                if !written {
                    drop(shown);
                    self.dispatch(Action::Say(Some(Message::StorageFailed)));
                    return;
                }
            }
        }
        // A result reached while remembered is kept, with its date.
        let finished = (state.flow.screen, state.remember);
        if shown.finished.replace(finished) != Some(finished) && finished == (Screen::Result, true)
        {
            drop(shown);
            self.dispatch(Action::Finished(record_of(content, &state)));
        }
    }

    /// Shows `answer` on the question's radio buttons, and the button that
    /// clears it only when there is one.
    fn show_answer(&self, answer: Option<Answer>) {
        let code = answer.map(|a| a.code().to_string()).unwrap_or_default();
        if let Ok(inputs) = self.screen.query_selector_all("input[type=radio]") {
            for i in 0..inputs.length() {
                if let Some(input) = inputs
                    .get(i)
                    .and_then(|n| n.dyn_into::<HtmlInputElement>().ok())
                {
                    input.set_checked(input.value() == code);
                }
            }
        }
        if let Ok(Some(clear)) = self.screen.query_selector("[data-a=\"clear\"]") {
            let _ = clear.toggle_attribute_with_force("hidden", answer.is_none());
        }
    }

    /// A selector for the element in the widget that has keyboard focus, if
    /// one has: its control (`data-a`, `data-i`), else the heading or the
    /// question a confirmation asks, which is what focus is ever put on.
    fn focused(&self) -> Option<String> {
        let root = self.section.get_root_node();
        let active = match root.dyn_ref::<web_sys::ShadowRoot>() {
            Some(shadow) => shadow.active_element(),
            None => root.dyn_ref::<web_sys::Document>()?.active_element(),
        }?;
        if !self.section.contains(Some(&active)) {
            return None;
        }
        if let Some(act) = active.get_attribute("data-a") {
            return Some(match active.get_attribute("data-i") {
                Some(index) => format!("[data-a=\"{act}\"][data-i=\"{index}\"]"),
                None => format!("[data-a=\"{act}\"]"),
            });
        }
        if active.class_name().contains("pc-heading") {
            return Some(".pc-heading".to_owned());
        }
        // Anything else (a disclosure's summary, the confirmation's
        // question): the same kind of element at the same place.
        let tag = active.tag_name().to_ascii_lowercase();
        let all = self.section.query_selector_all(&tag).ok()?;
        (0..all.length())
            .position(|i| {
                all.get(i)
                    .is_some_and(|node| node.is_same_node(Some(&active)))
            })
            .map(|index| format!("{tag}@{index}"))
    }

    /// Moves keyboard focus to the first element `selector` finds in the
    /// widget; `false` when there is none.
    /// `tag@n` finds the `n`th element with that tag (from 0).
    fn focus(&self, selector: &str) -> bool {
        let found = match selector.split_once('@') {
            Some((tag, index)) => self
                .section
                .query_selector_all(tag)
                .ok()
                .zip(index.parse().ok())
                .and_then(|(all, index)| all.get(index))
                .and_then(|node| node.dyn_into::<Element>().ok()),
            None => self.section.query_selector(selector).ok().flatten(),
        }
        .and_then(|element| element.dyn_into::<HtmlElement>().ok());
        found.is_some_and(|element| element.focus().is_ok())
    }

    fn on_submit(app: &Rc<App>, event: &Event) {
        // The question's form, submitted other than by clicking Next (which
        // `on_click` handles and keeps from submitting).
        event.prevent_default();
        app.dispatch(Action::Step(Step::Next));
    }

    fn on_change(app: &Rc<App>, event: &Event) {
        let Some((control, act, _)) = control(event) else {
            return;
        };
        let Ok(input) = control.dyn_into::<HtmlInputElement>() else {
            return;
        };
        match act {
            Act::Answer => {
                let answer = input.value().chars().next().and_then(Answer::from_code);
                app.dispatch(Action::Step(Step::Answer(answer)));
            }
            Act::Remember => app.dispatch(Action::Remember(input.checked())),
            Act::Import => {
                let weak = Rc::downgrade(app);
                read_chosen(&input, MAX_BYTES as u64, move |text| {
                    if let Some(app) = weak.upgrade() {
                        app.opened(text);
                    }
                });
            }
            _ => {}
        }
    }

    /// A chosen file's text (or its size, when too large): open it, or say
    /// why not.
    fn opened(self: &Rc<App>, text: Result<String, u64>) {
        let content = &self.setup.content;
        let action = match text
            .map_err(|size| DataError::TooLarge(size as usize))
            .and_then(|t| import_json(&t))
        {
            Ok(record) => Action::Open(Viewing {
                answers: answers_for(content, &record.questionnaire_version, &record.answers),
                record,
                imported: true,
            }),
            Err(error) => Action::Say(Some(Message::ImportFailed(error))),
        };
        self.dispatch(action);
    }

    fn on_click(app: &Rc<App>, event: &Event) {
        let Some((_, act, index)) = control(event) else {
            return;
        };
        *app.refocus.borrow_mut() = focus_after(act, index);
        let setup = &app.setup;
        let content = &setup.content;
        let state = app.state();
        let step = |step: Step| app.dispatch(Action::Step(step));
        let ask = |confirm: Option<Confirm>| app.dispatch(Action::Ask(confirm));
        let at = |index: Option<usize>| index.unwrap_or(usize::MAX);
        match act {
            // Inputs act on change.
            Act::Answer | Act::Remember | Act::Import => {}
            Act::Start => step(Step::Start),
            Act::Continue => app.dispatch(Action::Resume(true)),
            Act::Fresh => app.dispatch(Action::Resume(false)),
            Act::Lang => {
                if let Some(&lang) = index.and_then(|i| content.languages().get(i)) {
                    app.dispatch(Action::Lang(lang));
                }
            }
            Act::Clear => step(Step::Answer(None)),
            Act::Next => {
                // Handled here rather than as the form's submit, which a
                // frame sandboxed without allow-forms never sends.
                event.prevent_default();
                step(Step::Next);
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
                let file = if act == Act::Json {
                    let file = format!("{name}.json");
                    download(&file, "application/json", &export_json(&record));
                    file
                } else {
                    let csv = export_csv(content, &record, state.lang.csv_separator());
                    let file = format!("{name}.csv");
                    download(&file, "text/csv;charset=utf-8", &csv);
                    file
                };
                // Said, for screen readers, and for frames that block
                // downloads without telling anyone.
                app.dispatch(Action::Say(Some(Message::Downloaded(file))));
            }
            Act::Copy => {
                let result = assess(content, &state.flow.answers);
                let code = peer_compass_core::code::Shared::of(content, &result).code();
                let weak = Rc::downgrade(app);
                copy(&code, move |copied| {
                    if let Some(app) = weak.upgrade() {
                        app.dispatch(Action::Say(Some(Message::Copied(copied))));
                    }
                });
            }
            Act::Share => {
                if let Some(host) = &setup.host {
                    let result = assess(content, &state.flow.answers);
                    crate::events::announce_result(host, content, &result);
                }
                app.dispatch(Action::Say(Some(Message::Shared)));
            }
            Act::Open => {
                if let Some(record) = state.history.get(at(index)) {
                    app.dispatch(Action::Open(Viewing {
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
            Act::Compare => app.dispatch(Action::Compare(at(index))),
            Act::Delete => app.dispatch(Action::Delete(at(index))),
            Act::Forget => ask(Some(Confirm::Forget)),
            Act::ForgetYes => {
                if let Keeping::Offered(store) = &setup.keeping {
                    store.forget_all();
                }
                app.dispatch(Action::Forgotten);
            }
            Act::ContinueFrom => app.dispatch(Action::ContinueFrom),
            Act::Close => app.dispatch(Action::Close),
        }
    }
}

/// The control an event came from, with what it does and its index.
fn control(event: &Event) -> Option<(Element, Act, Option<usize>)> {
    let target: Element = event.target()?.dyn_into().ok()?;
    let control = target.closest("[data-a]").ok()??;
    let act = Act::parse(&control.get_attribute("data-a")?)?;
    let index = control.get_attribute("data-i").and_then(|i| i.parse().ok());
    Some((control, act, index))
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

/// Copies `text` to the clipboard, then says whether it worked.
fn copy(text: &str, done: impl FnOnce(bool) + 'static) {
    let Some(clipboard) = web_sys::window().map(|w| w.navigator().clipboard()) else {
        done(false);
        return;
    };
    let promise = clipboard.write_text(text);
    wasm_bindgen_futures::spawn_local(async move {
        done(wasm_bindgen_futures::JsFuture::from(promise).await.is_ok());
    });
}
