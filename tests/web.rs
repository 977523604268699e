//! Component tests in a real browser: mount, flush, read the DOM.
#![cfg(target_arch = "wasm32")]

use peer_compass::app::{App, Setup};
use peer_compass_core::{Content, Lang};
use std::rc::Rc;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement, HtmlInputElement};

wasm_bindgen_test_configure!(run_in_browser);

fn document() -> web_sys::Document {
    web_sys::window().unwrap().document().unwrap()
}

fn fresh_root() -> Element {
    let root = document().create_element("div").unwrap();
    document().body().unwrap().append_child(&root).unwrap();
    root
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
fn welcome_leads_to_the_first_question_and_language_switches() {
    let root = fresh_root();
    let _app = App::mount(&root, Rc::new(Setup::new(content(), Lang::En))).unwrap();

    assert_eq!(text(&root, "h2"), "Peer Compass");
    // Nothing kept and nothing shared in this set-up, and the welcome says so.
    let privacy = text(&root, ".pc-privacy");
    assert!(
        privacy.contains("Nothing you answer is sent to a server or tracked."),
        "{privacy}"
    );
    assert!(
        privacy.contains("Nothing is kept on this device after you close the page"),
        "{privacy}"
    );
    assert!(
        privacy.contains("Your result is not sent to anyone."),
        "{privacy}"
    );
    assert_eq!(
        root.query_selector("section")
            .unwrap()
            .unwrap()
            .get_attribute("lang")
            .as_deref(),
        Some("en")
    );

    button(&root, "Start").click();
    let first = content().items()[0].text.get(Lang::En).to_owned();
    assert_eq!(text(&root, "legend h2").trim(), first);
    assert_eq!(
        root.query_selector_all("input[type=radio]")
            .unwrap()
            .length(),
        7
    );
    let total = content().items().len();
    assert!(text(&root, ".pc-progress").contains(&format!("Statement 1 of {total}")));
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
    button(&root, "Norsk (bokmål)").click();
    assert_eq!(
        text(&root, "legend h2").trim(),
        content().items()[0].text.get(Lang::Nb)
    );
    assert!(text(&root, ".pc-progress").contains(&format!("Utsagn 1 av {total}")));
    let checked = root.query_selector("input:checked").unwrap().unwrap();
    assert_eq!(checked.unchecked_into::<HtmlInputElement>().value(), "3");
}

#[wasm_bindgen_test]
fn a_question_shows_its_scale_and_keeps_the_radio_in_use() {
    let root = fresh_root();
    let _app = App::mount(&root, Rc::new(Setup::new(content(), Lang::En))).unwrap();
    button(&root, "Start").click();
    for _ in 0..2 {
        button(&root, "Next").click();
    }

    // The third statement asks about the past 12 months, on its own scale.
    assert_eq!(
        text(&root, ".pc-scale-question"),
        "How often did this happen in the past 12 months?"
    );
    let labels = all_text(&root, ".pc-option__label");
    assert_eq!(
        labels,
        [
            "Not at all",
            "Once",
            "A few times",
            "Regularly (about monthly or more)",
            "Not part of my role",
            "Don't know"
        ]
    );
    let total = content().items().len();
    assert!(text(&root, ".pc-progress").contains(&format!("Statement 3 of {total}")));
    // Nothing to clear yet.
    let clear = root.query_selector("[data-a=clear]").unwrap().unwrap();
    assert!(clear.has_attribute("hidden"));

    // Answering leaves the radio buttons in place, so the one in use keeps
    // focus (arrow keys move through the group).
    let once: HtmlInputElement = root
        .query_selector("input[value='2']")
        .unwrap()
        .unwrap()
        .unchecked_into();
    once.focus().unwrap();
    once.click();
    assert!(once.is_connected() && once.checked());
    assert_eq!(document().active_element().map(|e| e.id()), Some(once.id()));
    assert!(!clear.has_attribute("hidden"));
    assert_eq!(text(&root, "input:checked + .pc-option__label"), "Once");

    // Cleared: nothing checked, and focus on the group's first option.
    button(&root, "Clear answer").click();
    assert!(root.query_selector("input:checked").unwrap().is_none());
    assert!(clear.has_attribute("hidden"));
    assert_eq!(
        document().active_element().map(|e| e.id()),
        Some("pc-q2-1".to_owned())
    );

    // Enter in the form is Next; Back goes back.
    click(&root, "input[value='d']");
    let form: web_sys::HtmlFormElement = root
        .query_selector("form")
        .unwrap()
        .unwrap()
        .unchecked_into();
    form.request_submit().unwrap();
    assert!(text(&root, ".pc-progress").contains(&format!("Statement 4 of {total}")));
    button(&root, "Back").click();
    assert!(text(&root, ".pc-progress").contains(&format!("Statement 3 of {total}")));
    assert_eq!(
        text(&root, "input:checked + .pc-option__label"),
        "Don't know"
    );
}

/// The element that has keyboard focus, as its text.
fn focused() -> String {
    document()
        .active_element()
        .and_then(|e| e.text_content())
        .unwrap_or_default()
        .trim()
        .to_owned()
}

/// From the welcome to the result with the highest point on every scale.
fn answer_everything(root: &Element) {
    button(root, "Start").click();
    for _ in 0..content().items().len() {
        click(
            root,
            ".pc-options:not(.pc-options--outside) .pc-option:last-child input",
        );
        button(root, "Next").click();
    }
    button(root, "See my result").click();
}

#[wasm_bindgen_test]
fn the_result_screens_controls_act_and_keep_keyboard_focus() {
    let root = fresh_root();
    let mut setup = Setup::new(content(), Lang::En);
    setup.trainer = Some("https://example.org/trainer.html".into());
    let _app = App::mount(&root, Rc::new(setup)).unwrap();
    answer_everything(&root);

    // The result's heading has focus; the placement is the top rung.
    assert_eq!(text(&root, "h2").trim(), "Initiator");
    assert_eq!(focused(), "Initiator");
    // The QR code is in a disclosure, closed until asked for.
    let details = root
        .query_selector(".pc-qr-toggle")
        .unwrap()
        .expect("a QR toggle");
    assert!(!details.has_attribute("open"));
    let path = root
        .query_selector(".pc-qr path")
        .unwrap()
        .expect("a QR code");
    assert!(path.get_attribute("d").unwrap().starts_with("M0 0h7v1h-7z"));

    // Start again asks first, with focus on the question; No returns focus
    // to the button, Yes goes back to the welcome.
    button(&root, "Start again").click();
    assert!(
        focused().starts_with("Start again? This clears all your answers"),
        "{}",
        focused()
    );
    button(&root, "No, keep my answers").click();
    assert!(root.query_selector(".pc-confirm").unwrap().is_none());
    assert_eq!(focused(), "Start again");
    button(&root, "Start again").click();
    button(&root, "Yes, clear my answers").click();
    assert_eq!(focused(), "Peer Compass");
    assert!(root.query_selector(".pc-welcome").unwrap().is_some());

    // The language switch keeps focus on the pressed button.
    button(&root, "Norsk (bokmål)").click();
    assert_eq!(focused(), "Norsk (bokmål)");
    assert_eq!(
        root.query_selector("[aria-pressed=true]")
            .unwrap()
            .unwrap()
            .text_content()
            .as_deref(),
        Some("Norsk (bokmål)")
    );
}

/// Reaching a result while remembered keeps it on the device, which writes
/// the screen anew (it now lists the result): focus stays on the heading,
/// and on the checkbox when remembering is turned off and on again there.
#[wasm_bindgen_test]
fn focus_survives_the_result_being_kept() {
    let root = fresh_root();
    let mut setup = Setup::new(content(), Lang::En);
    let store =
        peer_compass::saving::Store::open("focus-test").expect("storage in the test browser");
    store.forget_all();
    setup.keeping = peer_compass::app::Keeping::Offered(store.clone());
    let _app = App::mount(&root, Rc::new(setup)).unwrap();
    let remember = |root: &Element| -> HtmlInputElement {
        root.query_selector("[data-a=remember]")
            .unwrap()
            .expect("the box to tick")
            .unchecked_into()
    };
    remember(&root).click();
    answer_everything(&root);
    assert_eq!(focused(), "Initiator");
    assert!(
        root.query_selector(".pc-history").unwrap().is_some(),
        "kept and listed"
    );
    for _ in 0..2 {
        let input = remember(&root);
        input.focus().unwrap();
        input.click();
        assert_eq!(
            document()
                .active_element()
                .and_then(|e| e.get_attribute("data-a"))
                .as_deref(),
            Some("remember")
        );
    }
    store.forget_all();
}

#[wasm_bindgen_test]
fn broken_custom_content_shows_a_message_in_place() {
    let script = document().create_element("script").unwrap();
    script.set_attribute("type", "application/json").unwrap();
    script.set_id("broken-content");
    script.set_text_content(Some("{\"format\": 1,"));
    document().body().unwrap().append_child(&script).unwrap();
    let host = document().create_element("peer-compass").unwrap();
    host.set_attribute("content", "broken-content").unwrap();
    document().body().unwrap().append_child(&host).unwrap();

    peer_compass::attach(&document(), &host).unwrap();

    let shadow = host.shadow_root().expect("mounted in a shadow root");
    let alert = shadow
        .query_selector("[role=alert]")
        .unwrap()
        .expect("an alert");
    let message = alert.text_content().unwrap();
    assert!(message.contains("Peer Compass cannot start"), "{message}");
    // The build with the JSON reader says what is wrong with the content; the
    // light build, which embed.js never gives a page with its own content,
    // says it cannot read any.
    let expected = if cfg!(feature = "custom-content") {
        "content \"#broken-content\": line 1, column 14: unexpected end of text"
    } else {
        "content \"#broken-content\": this copy of Peer Compass reads only its own questions"
    };
    assert!(message.contains(expected), "{message}");
}

/// Every screen in the test-only pseudo-locale: any text a person can see or
/// hear that is not bracketed came from somewhere other than the tables and
/// the content.
#[cfg(feature = "pseudo")]
mod pseudo_locale {
    use super::*;
    use peer_compass::config::Notice;
    use peer_compass_core::text::strings;
    use web_sys::Node;

    /// The text left once every bracketed run is taken out.
    fn outside_brackets(text: &str) -> String {
        let mut depth = 0usize;
        let mut out = String::new();
        for c in text.chars() {
            match c {
                '[' => depth += 1,
                ']' => depth = depth.saturating_sub(1),
                c if depth == 0 => out.push(c),
                _ => {}
            }
        }
        out
    }

    /// Whether `text` has letters outside its bracketed runs, once the
    /// `allowed` strings are taken out.
    fn stray(text: &str, allowed: &[&str]) -> bool {
        let mut rest = outside_brackets(text);
        for name in allowed {
            rest = rest.replace(name, "");
        }
        rest.chars().any(char::is_alphabetic)
    }

    /// Text nodes and accessible labels under `node` whose letters are not
    /// all bracketed, apart from `allowed` (names the page supplies, and
    /// strings that other languages' tables supply on purpose).
    fn escaped(node: &Node, allowed: &[&str], found: &mut Vec<String>) {
        if node.node_type() == Node::TEXT_NODE {
            let text = node.text_content().unwrap_or_default();
            if stray(&text, allowed) {
                found.push(text);
            }
        }
        if let Some(element) = node.dyn_ref::<Element>() {
            for attribute in ["aria-label", "title", "placeholder", "alt"] {
                if let Some(label) = element.get_attribute(attribute) {
                    if stray(&label, allowed) {
                        found.push(format!("{attribute}={label:?}"));
                    }
                }
            }
        }
        let children = node.child_nodes();
        for i in 0..children.length() {
            escaped(&children.get(i).unwrap(), allowed, found);
        }
    }

    #[track_caller]
    fn assert_all_from_tables(root: &Element, screen: &str) {
        // A share code is data, like a number.
        let code = root
            .query_selector(".pc-share-code code")
            .unwrap()
            .and_then(|c| c.text_content())
            .unwrap_or_default();
        // Each language's own name on its button, and the language switch's
        // label in every language offered ("Language / Språk / …").
        let mut allowed: Vec<&str> = Lang::ALL.iter().map(|l| l.native_name()).collect();
        allowed.extend(Lang::ALL.iter().map(|&l| strings(l).language_label));
        allowed.push("Fjordvik");
        if !code.is_empty() {
            allowed.push(&code);
        }
        let mut found = Vec::new();
        escaped(root, &allowed, &mut found);
        assert!(
            found.is_empty(),
            "{screen}: text from outside the tables: {found:?}"
        );
    }

    #[wasm_bindgen_test]
    async fn no_visible_text_escapes_the_tables_and_content() {
        let root = fresh_root();
        let content = Rc::new(Content::builtin().unwrap().with_pseudo());
        let mut setup = Setup::new(content.clone(), Lang::Pseudo);
        setup.organisation = Some("Fjordvik".into());
        setup.events = true;
        setup.trainer = Some("https://example.org/trainer.html".into());
        setup.keeping = match peer_compass::saving::Store::open("pc-pseudo-test") {
            Some(store) => peer_compass::app::Keeping::Offered(store),
            None => peer_compass::app::Keeping::Unavailable,
        };
        setup.notices = vec![
            Notice::UnknownTheme("purple".into()),
            Notice::UnknownLang("sv".into()),
            Notice::SavedUnreadable,
        ];
        let _app = App::mount(&root, Rc::new(setup)).unwrap();
        let s = strings(Lang::Pseudo);
        assert_eq!(text(&root, "h2"), content.title().get(Lang::Pseudo));
        assert_all_from_tables(&root, "welcome");
        // Remembered, so that results are kept and earlier ones are shown.
        click(&root, ".pc-save__input");

        button(&root, s.start).click();
        click(&root, "input[value='3']");
        assert_all_from_tables(&root, "question");
        for _ in 0..content.items().len() {
            button(&root, s.next).click();
        }
        assert_all_from_tables(&root, "check");
        button(&root, s.see_result).click();
        assert!(root.query_selector(".pc-result").unwrap().is_some());
        assert_all_from_tables(&root, "result");
        // A second result, so that the first is shown as earlier.
        button(&root, s.back).click();
        click(&root, ".pc-summary__change .pc-link");
        click(&root, "input[value='5']");
        button(&root, s.check_heading).click();
        button(&root, s.see_result).click();
        assert!(
            root.query_selector(".pc-history").unwrap().is_some(),
            "earlier results shown"
        );
        assert!(
            root.query_selector(".pc-since").unwrap().is_some(),
            "change since last time"
        );
        assert_all_from_tables(&root, "result with earlier results");
        click(&root, ".pc-history__row .pc-link");
        assert!(root.query_selector(".pc-opened").unwrap().is_some());
        assert_all_from_tables(&root, "an earlier result, open");
        button(&root, s.viewing_close).click();
        button(&root, s.forget_button).click();
        assert_all_from_tables(&root, "forget everything?");
        button(&root, s.forget_no).click();
        click(&root, ".pc-share button");
        assert_all_from_tables(&root, "shared");
        // Copying works or says it did not, in the table's words either way.
        button(&root, s.code_copy).click();
        let said = |root: &Element| {
            let status = text(root, "[role=status]");
            status.contains(s.code_copied) || status.contains(s.code_copy_failed)
        };
        for _ in 0..40 {
            if said(&root) {
                break;
            }
            sleep(50).await;
        }
        assert!(said(&root), "copying says how it went");
        assert_all_from_tables(&root, "copied");
        button(&root, s.start_again).click();
        assert_all_from_tables(&root, "start again?");
        let _ = web_sys::window()
            .unwrap()
            .local_storage()
            .unwrap()
            .unwrap()
            .clear();
    }

    /// Waits `ms` milliseconds (the clipboard answers asynchronously).
    async fn sleep(ms: i32) {
        let promise = js_sys::Promise::new(&mut |resolve, _| {
            web_sys::window()
                .unwrap()
                .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms)
                .unwrap();
        });
        wasm_bindgen_futures::JsFuture::from(promise).await.unwrap();
    }

    #[wasm_bindgen_test]
    fn the_check_itself_finds_stray_text() {
        let root = fresh_root();
        root.set_inner_html("<p>[Ţåƀļé] 75 <span>stray</span></p>");
        let mut found = Vec::new();
        escaped(&root, &[], &mut found);
        assert_eq!(found, ["stray"]);
    }
}
