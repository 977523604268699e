//! Collecting codes: the questionnaire's address as a QR code, the round to
//! add to, pasting, typing and loading a file, what became of each code,
//! the list with one code removable, clearing a round, keeping the session.

use super::qr::{fits, Qr};
use crate::hooks::{focus, use_after_change};
use crate::session::{Batch, Source, ROUNDS};
use crate::words::{codes, outcome, round_mid, round_name};
use peer_compass::files::read_chosen;
use peer_compass_core::text::fill;
use peer_compass_core::text::trainer::trainer_strings;
use peer_compass_core::Lang;
use std::rc::Rc;
use web_sys::{HtmlInputElement, HtmlTextAreaElement};
use yew::prelude::*;

/// The largest text file read (a long chat log is far smaller).
pub const MAX_FILE: u64 = 2_000_000;
/// Codes of a batch listed one by one; past that, only those not counted,
/// and at most [`PROBLEMS`] of them.
const LISTED: usize = 30;
const PROBLEMS: usize = 50;

/// Props of [`ShareQuestionnaire`].
#[derive(Properties, PartialEq)]
pub struct ShareQuestionnaireProps {
    /// Language shown.
    pub lang: Lang,
    /// The address, as set by the page or typed.
    pub address: AttrValue,
    /// Whether the page set it (then there is nothing to type).
    pub fixed: bool,
    /// The trainer typed an address.
    pub onaddress: Callback<String>,
    /// Shows the QR code full screen.
    pub onpresent: Callback<()>,
}

/// The questionnaire's address as a QR code for the room, with the address
/// written out, and a field to type it when the page does not give it.
#[component]
pub fn ShareQuestionnaire(props: &ShareQuestionnaireProps) -> Html {
    let s = trainer_strings(props.lang);
    let address = props.address.trim();
    let oninput = props
        .onaddress
        .reform(|event: InputEvent| event.target_unchecked_into::<HtmlInputElement>().value());
    let link = address.starts_with("https://") || address.starts_with("http://");
    html! {
        <section class="pc-panel pc-share-questionnaire" aria-labelledby="pc-share-heading">
            <h3 class="pc-subheading" id="pc-share-heading">{ s.share_heading }</h3>
            <p>{ s.share_lead }</p>
            if !props.fixed {
                <p class="pc-field">
                    <label class="pc-field__label" for="pc-address">{ s.questionnaire_label }</label>
                    <span class="pc-field__hint" id="pc-address-hint">{ s.questionnaire_hint }</span>
                    <input class="pc-input" id="pc-address" type="url" inputmode="url" autocomplete="url"
                        spellcheck="false" aria-describedby="pc-address-hint"
                        value={props.address.clone()} {oninput} />
                </p>
            }
            if !address.is_empty() {
                if fits(address) {
                    <div class="pc-join pc-join--small">
                        <Qr text={AttrValue::from(address.to_owned())} />
                        <p class="pc-join__address">{ fill(s.qr_caption, &[("address", address)]) }</p>
                    </div>
                    if !link {
                        <p class="pc-note">{ s.qr_not_link }</p>
                    }
                    <p><button type="button" class="pc-button" onclick={props.onpresent.reform(|_| ())}>
                        { s.share_present }
                    </button></p>
                } else {
                    <p class="pc-notice">{ s.qr_too_long }</p>
                }
            }
        </section>
    }
}

/// Props of [`RoundChoice`].
#[derive(Properties, PartialEq)]
pub struct RoundChoiceProps {
    /// Language shown.
    pub lang: Lang,
    /// The round in use.
    pub round: usize,
    /// How many codes each round has.
    pub counts: [usize; ROUNDS],
    /// Uses another round.
    pub onround: Callback<usize>,
}

/// Which round new codes go to, with each round's count.
#[component]
pub fn RoundChoice(props: &RoundChoiceProps) -> Html {
    let s = trainer_strings(props.lang);
    html! {
        <fieldset class="pc-fieldset pc-rounds">
            <legend class="pc-rounds__legend">{ s.round_legend }</legend>
            { for (0..ROUNDS).map(|round| html! {
                <label class="pc-option pc-rounds__option">
                    <input type="radio" class="pc-option__input" name="pc-round" checked={props.round == round}
                        onchange={props.onround.reform(move |_| round)} />
                    <span class="pc-option__label">{ fill(s.round_option, &[
                        ("round", round_name(props.lang, round)),
                        ("codes", &codes(props.lang, props.counts[round])),
                    ]) }</span>
                </label>
            }) }
        </fieldset>
    }
}

/// Props of [`AddCodes`].
#[derive(Properties, PartialEq)]
pub struct AddCodesProps {
    /// Language shown.
    pub lang: Lang,
    /// Adds the codes in a text.
    pub onadd: Callback<(Source, String)>,
    /// What became of the last codes added, shown under the ways in.
    #[prop_or_default]
    pub children: Html,
}

/// Three ways in: paste (codes, or a chat log they are picked out of), type
/// one, or load a text file. (A scanned link needs nothing here.)
#[component]
pub fn AddCodes(props: &AddCodesProps) -> Html {
    let s = trainer_strings(props.lang);
    let (paste, typed) = (use_node_ref(), use_node_ref());
    let file_error = use_state_eq(|| None::<String>);
    let add = |source: Source, node: &NodeRef| {
        let (node, onadd) = (node.clone(), props.onadd.clone());
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            let text = match source {
                Source::Paste => node.cast::<HtmlTextAreaElement>().map(|area| {
                    let text = area.value();
                    area.set_value("");
                    text
                }),
                _ => node.cast::<HtmlInputElement>().map(|input| {
                    let text = input.value();
                    input.set_value("");
                    text
                }),
            };
            if let Some(text) = text {
                onadd.emit((source, text));
            }
        })
    };
    let onfile = {
        let (onadd, file_error, lang) = (props.onadd.clone(), file_error.clone(), props.lang);
        Callback::from(move |event: Event| {
            let input: HtmlInputElement = event.target_unchecked_into();
            let (onadd, file_error) = (onadd.clone(), file_error.clone());
            read_chosen(&input, MAX_FILE, move |read| {
                let s = trainer_strings(lang);
                match read {
                    Ok(text) => {
                        file_error.set(None);
                        onadd.emit((Source::File, text));
                    }
                    Err(0) => file_error.set(Some(s.file_unreadable.to_owned())),
                    Err(size) => file_error.set(Some(fill(
                        s.file_too_large,
                        &[("size", &size.div_ceil(1000).to_string())],
                    ))),
                }
            });
        })
    };
    html! {
        <section class="pc-section pc-add" aria-labelledby="pc-add-heading">
            <h3 class="pc-subheading" id="pc-add-heading">{ s.add_heading }</h3>
            <div class="pc-add__ways">
                <form class="pc-add__form pc-add__paste" onsubmit={add(Source::Paste, &paste)}>
                    <label class="pc-field__label" for="pc-paste">{ s.paste_label }</label>
                    <span class="pc-field__hint" id="pc-paste-hint">{ s.paste_hint }</span>
                    <textarea class="pc-input pc-input--area" id="pc-paste" rows="6" spellcheck="false"
                        aria-describedby="pc-paste-hint" ref={paste} />
                    <button type="submit" class="pc-button pc-button--primary">{ s.paste_button }</button>
                </form>
                <div class="pc-add__more">
                    <form class="pc-add__form" onsubmit={add(Source::Typed, &typed)}>
                        <label class="pc-field__label" for="pc-typed">{ s.type_label }</label>
                        <span class="pc-field__hint" id="pc-typed-hint">{ s.type_hint }</span>
                        <span class="pc-add__row">
                            <input class="pc-input pc-input--code" id="pc-typed" type="text" autocomplete="off"
                                autocapitalize="characters" spellcheck="false" aria-describedby="pc-typed-hint" ref={typed} />
                            <button type="submit" class="pc-button">{ s.type_button }</button>
                        </span>
                    </form>
                    <p class="pc-add__form">
                        <label class="pc-field__label" for="pc-file">{ s.file_label }</label>
                        <span class="pc-field__hint" id="pc-file-hint">{ s.file_hint }</span>
                        <input class="pc-add__file" id="pc-file" type="file" accept=".txt,.text,.log,.csv,text/plain"
                            aria-describedby="pc-file-hint" onchange={onfile} />
                    </p>
                    if let Some(error) = &*file_error {
                        <p class="pc-notice" role="alert">{ error }</p>
                    }
                </div>
            </div>
            { props.children.clone() }
        </section>
    }
}

/// Props of [`BatchReport`].
#[derive(Properties, PartialEq)]
pub struct BatchReportProps {
    /// Language shown.
    pub lang: Lang,
    /// The last codes added, if any.
    pub batch: Option<Batch>,
    /// This questionnaire's version, for codes from another.
    pub version: AttrValue,
    /// Counts a duplicate after all (its position in the batch).
    pub oncountagain: Callback<usize>,
}

/// What became of the last codes added: counts, then each code with its own
/// message (past a few dozen, only those that were not counted). Read out
/// when it changes.
#[component]
pub fn BatchReport(props: &BatchReportProps) -> Html {
    let s = trainer_strings(props.lang);
    let Some(batch) = &props.batch else {
        return html! { <div class="pc-batch" role="status"></div> };
    };
    let all = batch.reports.len() <= LISTED;
    let listed: Vec<(usize, &crate::session::Report)> = batch
        .reports
        .iter()
        .enumerate()
        .filter(|(_, r)| all || !r.outcome.counted())
        .take(if all { LISTED } else { PROBLEMS })
        .collect();
    let more_counted = if all { 0 } else { batch.counted() };
    let more_problems =
        batch.not_counted() - listed.iter().filter(|(_, r)| !r.outcome.counted()).count();
    let summary = [
        fill(s.batch_counted, &[("count", &batch.counted().to_string())]),
        fill(
            s.batch_not_counted,
            &[("count", &batch.not_counted().to_string())],
        ),
    ]
    .join(" · ");
    html! {
        <div class="pc-batch" role="status">
            if batch.reports.is_empty() {
                <p class="pc-notice">{ s.nothing_found }</p>
            } else {
                if batch.source == Source::Link {
                    <p class="pc-batch__source">{ s.batch_from_link }</p>
                }
                <p class="pc-batch__summary">{ summary }</p>
                <ul class="pc-batch__list">
                    { for listed.into_iter().map(|(index, report)| {
                        let counted = report.outcome.counted();
                        html! {
                            <li class={classes!("pc-batch__item", (!counted).then_some("pc-batch__item--problem"))}>
                                <span class="pc-codeword">{ &report.text }</span>{ ": " }
                                { outcome(s, &report.outcome, &props.version) }
                                if report.outcome == crate::session::Outcome::Duplicate {
                                    { " " }
                                    <button type="button" class="pc-link"
                                        aria-label={format!("{}: {}", s.count_again, report.text)}
                                        onclick={props.oncountagain.reform(move |_| index)}>
                                        { s.count_again }
                                    </button>
                                }
                            </li>
                        }
                    }) }
                </ul>
                if more_problems > 0 {
                    <p class="pc-note">{ fill(s.batch_more_problems, &[("count", &more_problems.to_string())]) }</p>
                }
                if more_counted > 0 {
                    <p class="pc-note">{ fill(s.batch_more, &[("count", &more_counted.to_string())]) }</p>
                }
            }
        </div>
    }
}

/// Props of [`CodeList`].
#[derive(Properties, PartialEq)]
pub struct CodeListProps {
    /// Language shown.
    pub lang: Lang,
    /// The round's codes, in the order they were added.
    pub codes: Rc<Vec<String>>,
    /// Removes the code at a position.
    pub onremove: Callback<usize>,
}

/// The round's codes, folded away until opened (a list of a thousand is
/// only built when someone wants to see it), each with "Remove".
#[component]
pub fn CodeList(props: &CodeListProps) -> Html {
    let s = trainer_strings(props.lang);
    let open = use_state_eq(|| false);
    let ontoggle = {
        let open = open.clone();
        Callback::from(move |event: Event| {
            let details: web_sys::HtmlDetailsElement = event.target_unchecked_into();
            open.set(details.open());
        })
    };
    if props.codes.is_empty() {
        return Html::default();
    }
    html! {
        <details class="pc-codes" {ontoggle} open={*open}>
            <summary>{ fill(s.list_show, &[("codes", &codes(props.lang, props.codes.len()))]) }</summary>
            if *open {
                <ol class="pc-codes__list">
                    { for props.codes.iter().enumerate().map(|(index, code)| html! {
                        <li class="pc-codes__item">
                            <span class="pc-codeword">{ code }</span>
                            <button type="button" class="pc-link" onclick={props.onremove.reform(move |_| index)}
                                aria-label={format!("{} {}", s.remove, fill(s.remove_hidden, &[("code", code)]))}>
                                { s.remove }
                            </button>
                        </li>
                    }) }
                </ol>
            }
        </details>
    }
}

/// Props of [`ClearRound`].
#[derive(Properties, PartialEq)]
pub struct ClearRoundProps {
    /// Language shown.
    pub lang: Lang,
    /// The round in use.
    pub round: usize,
    /// How many codes it has.
    pub count: usize,
    /// Clears it, once confirmed.
    pub onclear: Callback<()>,
}

/// "Clear this round", after a question that takes focus; "No" gives focus
/// back to the button.
#[component]
pub fn ClearRound(props: &ClearRoundProps) -> Html {
    let s = trainer_strings(props.lang);
    let asking = use_state_eq(|| false);
    let (question, button) = (use_node_ref(), use_node_ref());
    use_after_change(*asking, {
        let (question, button) = (question.clone(), button.clone());
        move |&now| focus(if now { &question } else { &button })
    });
    let set = |value: bool| {
        let asking = asking.clone();
        Callback::from(move |_: MouseEvent| asking.set(value))
    };
    let clear = {
        let (asking, onclear) = (asking.clone(), props.onclear.clone());
        Callback::from(move |_| {
            asking.set(false);
            onclear.emit(());
        })
    };
    if props.count == 0 {
        return Html::default();
    }
    html! {
        if *asking {
            <div class="pc-confirm" role="alert">
                <p tabindex="-1" ref={question}>{ fill(s.clear_confirm, &[
                    ("codes", &codes(props.lang, props.count)),
                    ("round", &round_mid(props.lang, props.round)),
                ]) }</p>
                <div class="pc-actions">
                    <button type="button" class="pc-button pc-button--primary" onclick={clear}>{ s.clear_yes }</button>
                    <button type="button" class="pc-button" onclick={set(false)}>{ s.clear_no }</button>
                </div>
            </div>
        } else {
            <button type="button" class="pc-button" ref={button} onclick={set(true)}>{ s.clear_button }</button>
        }
    }
}

/// Props of [`KeepChoice`].
#[derive(Properties, PartialEq)]
pub struct KeepChoiceProps {
    /// Language shown.
    pub lang: Lang,
    /// Whether the session is kept now.
    pub keep: bool,
    /// Whether this browser can keep anything.
    pub available: bool,
    /// Turns keeping on or off.
    pub onkeep: Callback<bool>,
}

/// Scanning codes, and "Keep this session on this device" that collecting
/// scans needs: off unless ticked, with a note about shared computers; or
/// why this browser cannot keep it.
#[component]
pub fn KeepChoice(props: &KeepChoiceProps) -> Html {
    let s = trainer_strings(props.lang);
    if !props.available {
        return html! {
            <div class="pc-save">
                <h3 class="pc-subheading">{ s.scan_heading }</h3>
                <p>{ s.scan_text }</p>
                <p class="pc-notice">{ s.keep_unavailable }</p>
            </div>
        };
    }
    let keep = props.keep;
    html! {
        <div class="pc-save">
            <h3 class="pc-subheading">{ s.scan_heading }</h3>
            <p>{ s.scan_text }</p>
            <label class="pc-save__label">
                <input type="checkbox" class="pc-save__input" checked={keep}
                    onchange={props.onkeep.reform(move |_| !keep)} />
                { s.keep_label }
            </label>
            <p class="pc-note">{ s.keep_note }</p>
        </div>
    }
}
