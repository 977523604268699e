//! Component tests in a real browser: mount, flush, read the DOM.
#![cfg(target_arch = "wasm32")]

use peer_compass::components::{App, AppProps, Question, QuestionProps, ResultProps, ResultView};
use peer_compass::state::Action;
use peer_compass_core::{Answer, Answers, Content, Lang, Step};
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement, HtmlInputElement};
use yew::{Callback, NodeRef};

wasm_bindgen_test_configure!(run_in_browser);

fn document() -> web_sys::Document {
    web_sys::window().unwrap().document().unwrap()
}

fn fresh_root() -> Element {
    let root = document().create_element("div").unwrap();
    document().body().unwrap().append_child(&root).unwrap();
    root
}

/// A callback that records what it is called with.
fn recorder<T: 'static>() -> (Rc<RefCell<Vec<T>>>, Callback<T>) {
    let calls = Rc::new(RefCell::new(Vec::new()));
    let callback = {
        let calls = calls.clone();
        Callback::from(move |value| calls.borrow_mut().push(value))
    };
    (calls, callback)
}

fn content() -> Rc<Content> {
    Rc::new(Content::builtin().expect("built-in content"))
}

fn text(root: &Element, selector: &str) -> String {
    root.query_selector(selector)
        .unwrap()
        .unwrap_or_else(|| panic!("no {selector}"))
        .text_content()
        .unwrap_or_default()
}

fn all_text(root: &Element, selector: &str) -> Vec<String> {
    let nodes = root.query_selector_all(selector).unwrap();
    (0..nodes.length())
        .map(|i| nodes.get(i).unwrap().text_content().unwrap_or_default())
        .collect()
}

fn click(root: &Element, selector: &str) {
    root.query_selector(selector)
        .unwrap()
        .unwrap_or_else(|| panic!("no {selector}"))
        .unchecked_into::<HtmlElement>()
        .click();
}

fn button(root: &Element, label: &str) -> HtmlElement {
    let buttons = root.query_selector_all("button").unwrap();
    (0..buttons.length())
        .map(|i| buttons.get(i).unwrap().unchecked_into::<HtmlElement>())
        .find(|b| b.text_content().unwrap_or_default().trim() == label)
        .unwrap_or_else(|| panic!("no button {label:?}"))
}

#[wasm_bindgen_test]
async fn welcome_leads_to_the_first_question_and_language_switches() {
    let root = fresh_root();
    let props = yew::props!(AppProps {
        content: content(),
        lang: Lang::En,
    });
    yew::Renderer::<App>::with_root_and_props(root.clone(), props).render();
    yew::scheduler::flush().await;

    assert_eq!(text(&root, "h2"), "Peer Compass");
    assert!(text(&root, ".pc-panel").contains("Nothing you answer is sent anywhere"));
    assert_eq!(
        root.query_selector("section")
            .unwrap()
            .unwrap()
            .get_attribute("lang")
            .as_deref(),
        Some("en")
    );

    button(&root, "Start").click();
    yew::scheduler::flush().await;
    let first = content().items[0].text.get(Lang::En).to_owned();
    assert_eq!(text(&root, "legend h2").trim(), first);
    assert_eq!(
        root.query_selector_all("input[type=radio]")
            .unwrap()
            .length(),
        7
    );
    assert!(text(&root, ".pc-progress").contains("Question 1 of 24"));
    // Focus moves to the new screen's heading.
    let focused = document().active_element();
    assert_eq!(
        focused
            .and_then(|e| e.text_content())
            .map(|t| t.trim().to_owned()),
        Some(first)
    );

    // Answer, switch language: the answer is kept and the text is Norwegian.
    click(&root, "input[value='3']");
    yew::scheduler::flush().await;
    button(&root, "Norsk (bokmål)").click();
    yew::scheduler::flush().await;
    assert_eq!(
        text(&root, "legend h2").trim(),
        content().items[0].text.get(Lang::Nb)
    );
    assert!(text(&root, ".pc-progress").contains("Spørsmål 1 av 24"));
    let checked = root.query_selector("input:checked").unwrap().unwrap();
    assert_eq!(checked.unchecked_into::<HtmlInputElement>().value(), "3");
}

#[wasm_bindgen_test]
async fn a_question_reports_answers_and_steps() {
    let root = fresh_root();
    let (steps, onstep) = recorder();
    let props = QuestionProps {
        content: content(),
        lang: Lang::En,
        index: 2,
        answer: Some(Answer::Rarely),
        returning: false,
        heading: NodeRef::default(),
        onstep,
    };
    yew::Renderer::<Question>::with_root_and_props(root.clone(), props).render();
    yew::scheduler::flush().await;

    let labels = all_text(&root, ".pc-option__label");
    assert_eq!(
        labels,
        [
            "Never",
            "Rarely",
            "Sometimes",
            "Often",
            "Always",
            "Not part of my role",
            "Don't know"
        ]
    );
    assert_eq!(text(&root, "input:checked + .pc-option__label"), "Rarely");
    assert!(text(&root, ".pc-progress").contains("Question 3 of 24"));

    click(&root, "input[value='6']");
    button(&root, "Clear answer").click();
    button(&root, "Next").click();
    button(&root, "Back").click();
    assert_eq!(
        *steps.borrow(),
        vec![
            Step::Answer(Some(Answer::DontKnow)),
            Step::Answer(None),
            Step::Next,
            Step::Back
        ]
    );
}

#[wasm_bindgen_test]
async fn a_result_shows_placement_profile_and_suggestions() {
    let root = fresh_root();
    let content = content();
    let mut answers = Answers::new(content.items.len());
    for index in 0..content.items.len() {
        answers.set(index, Some(Answer::Often));
    }
    let (actions, ondispatch) = recorder();
    let props = ResultProps {
        content: content.clone(),
        lang: Lang::En,
        answers,
        organisation: Some("Fjordvik".into()),
        confirming_restart: false,
        heading: NodeRef::default(),
        ondispatch,
    };
    yew::Renderer::<ResultView>::with_root_and_props(root.clone(), props).render();
    yew::scheduler::flush().await;

    assert_eq!(text(&root, "h2").trim(), "Initiator");
    // Four person dimensions as bars with their numbers as text, and the table.
    let values = all_text(&root, "section:not(.pc-context) > .pc-bars .pc-bars__value");
    assert_eq!(values, vec!["75 of 100"; 4]);
    assert_eq!(
        root.query_selector_all("section:not(.pc-context) table tbody tr")
            .unwrap()
            .length(),
        4
    );
    // Conditions appear as context, apart from the profile.
    assert_eq!(
        root.query_selector_all(".pc-context .pc-bars__row")
            .unwrap()
            .length(),
        1
    );
    let lists = root.query_selector_all(".pc-suggestions__list").unwrap();
    assert_eq!(lists.length(), 2);
    for i in 0..2 {
        let list = lists.get(i).unwrap().unchecked_into::<Element>();
        assert!(list.children().length() >= 1);
        assert!(!list.text_content().unwrap().contains("{organisation}"));
    }
    assert_eq!(
        all_text(&root, ".pc-roles dt"),
        ["Co-implementor", "Co-designer", "Initiator"]
    );

    button(&root, "Start again").click();
    assert_eq!(*actions.borrow(), vec![Action::AskRestart]);
}

#[wasm_bindgen_test]
async fn broken_custom_content_shows_a_message_in_place() {
    let script = document().create_element("script").unwrap();
    script.set_attribute("type", "application/json").unwrap();
    script.set_id("broken-content");
    script.set_text_content(Some("{\"format\": 1,"));
    document().body().unwrap().append_child(&script).unwrap();
    let host = document().create_element("peer-compass").unwrap();
    host.set_attribute("content", "broken-content").unwrap();
    document().body().unwrap().append_child(&host).unwrap();

    peer_compass::mount(&document(), &host).unwrap();
    yew::scheduler::flush().await;

    let shadow = host.shadow_root().expect("mounted in a shadow root");
    let alert = shadow
        .query_selector("[role=alert]")
        .unwrap()
        .expect("an alert");
    let message = alert.text_content().unwrap();
    assert!(message.contains("Peer Compass cannot start"), "{message}");
    assert!(
        message.contains("content \"#broken-content\": line 1, column 14: unexpected end of text"),
        "{message}"
    );
}
