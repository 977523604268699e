//! The trainer's components. [`Root`] shows the trainer's views or the model
//! alone, or a clear message when the questionnaire cannot be used.
//! [`TrainerApp`] holds the session and its effects (keeping it, codes from a
//! scanned link, another tab's changes); the views under it get their data
//! and narrow callbacks.

mod codes;
mod compare;
mod lang_switch;
mod picture;
mod present;
mod qr;
mod teach;

pub use codes::{
    AddCodes, BatchReport, ClearRound, CodeList, KeepChoice, RoundChoice, ShareQuestionnaire,
};
pub use compare::{compare_panels, Compare};
pub use picture::{
    join_panel, picture_panels, DotPlot, GroupPicture, Ladder, Modes, Prompts, Spreads,
};
pub use present::{Move, Panel, Presentation};
pub use qr::Qr;
pub use teach::{teach_panels, TeachBody};

use crate::config::Mode;
use crate::hooks::{focus, use_after_change};
use crate::keeping::{decode, encode, Loaded, Store, KEY};
use crate::session::{Action, Source, State, Status, ROUNDS};
use crate::words::{codes as codes_in_words, round_mid, round_name};
use lang_switch::LangSwitch;
use peer_compass::files::download;
use peer_compass_core::group::{self, csv, Picture};
use peer_compass_core::text::fill;
use peer_compass_core::text::trainer::trainer_strings;
use peer_compass_core::{Content, ContentError, Lang};
use std::rc::Rc;
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// Everything one trainer element starts with.
#[derive(Debug, PartialEq)]
pub struct Setup {
    /// The questionnaire the codes must come from.
    pub content: Rc<Content>,
    /// Starting language (one the content has).
    pub lang: Lang,
    /// The smallest group whose picture is shown.
    pub min_group: usize,
    /// The questionnaire's address, when the page gives it.
    pub questionnaire: Option<String>,
    /// This browser's storage, if it keeps anything.
    pub store: Option<Store>,
    /// What was kept on this device.
    pub loaded: Loaded,
    /// Codes from the page's address (a scanned result).
    pub link_codes: Vec<String>,
}

/// Props of [`Root`].
#[derive(Properties, PartialEq)]
pub struct RootProps {
    /// The set-up, or why the questionnaire could not be used.
    pub setup: Result<Rc<Setup>, ContentError>,
    /// The language for the message when it could not.
    pub lang: Lang,
    /// Which views.
    pub mode: Mode,
}

/// The trainer's views or the model alone, or why they cannot start.
#[component]
pub fn Root(props: &RootProps) -> Html {
    match (&props.setup, props.mode) {
        (Ok(setup), Mode::Trainer) => html! { <TrainerApp setup={setup.clone()} /> },
        (Ok(setup), Mode::Teach) => html! { <TeachApp setup={setup.clone()} /> },
        (Err(error), _) => {
            let s = trainer_strings(props.lang);
            html! {
                <section class="pc pc--error" lang={props.lang.code()} role="alert" aria-label={s.brand}>
                    <h2 class="pc-heading">{ s.error_heading }</h2>
                    <p class="pc-error__message">{ error.to_string() }</p>
                </section>
            }
        }
    }
}

/// Props of the apps.
#[derive(Properties, PartialEq)]
pub struct AppProps {
    /// What this element starts with.
    pub setup: Rc<Setup>,
}

/// The trainer's views.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum View {
    Codes,
    Picture,
    Compare,
    Teach,
}

/// What is being presented.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Deck {
    /// The questionnaire's address, to join.
    Join,
    /// The current round's picture.
    Picture,
    /// Both rounds.
    Compare,
    /// The model.
    Teach,
}

/// The session the page starts with: what was kept, then any codes from a
/// scanned link.
fn initial(setup: &Setup) -> State {
    let mut state = State::new(setup.content.clone(), setup.questionnaire.clone());
    if let Some(kept) = &setup.loaded.kept {
        state = state.apply(Action::Restore(kept.clone()));
        if let Some(address) = &setup.questionnaire {
            state.questionnaire = address.clone();
        }
    }
    if !setup.link_codes.is_empty() {
        state = state.apply(Action::Add {
            source: Source::Link,
            text: setup.link_codes.join(","),
        });
    }
    state
}

/// Collecting codes, the group picture, before and after, and the model.
#[component]
pub fn TrainerApp(props: &AppProps) -> Html {
    let setup = props.setup.clone();
    let content = setup.content.clone();
    let state = use_reducer({
        let setup = setup.clone();
        move || initial(&setup)
    });
    let lang = use_state_eq(|| setup.lang);
    let view = use_state_eq(|| View::Codes);
    let deck = use_state_eq(|| None::<Deck>);
    let keep_failed = use_state_eq(|| false);
    let (heading, status) = (use_node_ref(), use_node_ref());
    let s = trainer_strings(*lang);

    use_after_change(*view, {
        let heading = heading.clone();
        move |_| focus(&heading)
    });
    use_after_change(state.status.clone(), {
        let status = status.clone();
        move |now| {
            if now.is_some() {
                focus(&status)
            }
        }
    });

    // Keep the session, or forget it, whenever it or the choice changes.
    {
        let (store, state, keep_failed) = (setup.store.clone(), state.clone(), keep_failed.clone());
        use_effect_with((state.revision, state.keep), move |&(_, keep)| {
            if let Some(store) = store {
                if keep {
                    keep_failed.set(!store.write(&encode(&state.kept())));
                } else {
                    store.remove();
                    keep_failed.set(false);
                }
            }
        });
    }
    // A code scanned while the page is open arrives as a new fragment.
    {
        let (dispatcher, view) = (state.dispatcher(), view.clone());
        use_effect_with((), move |_| {
            let listener = web_sys::window().map(|window| {
                gloo::events::EventListener::new(&window, "hashchange", move |_| {
                    let codes = crate::take_link_codes();
                    if !codes.is_empty() {
                        dispatcher.dispatch(Action::Add {
                            source: Source::Link,
                            text: codes.join(","),
                        });
                        view.set(View::Codes);
                    }
                })
            });
            move || drop(listener)
        });
    }
    // Another tab of this page (opened by a scan, say) kept new codes.
    {
        let (dispatcher, content) = (state.dispatcher(), content.clone());
        use_effect_with(state.keep, move |&keep| {
            let listener = web_sys::window().filter(|_| keep).map(|window| {
                gloo::events::EventListener::new(&window, "storage", move |event| {
                    let Some(event) = event.dyn_ref::<web_sys::StorageEvent>() else {
                        return;
                    };
                    if event.key().as_deref() != Some(KEY) {
                        return;
                    }
                    if let Some(Ok((kept, _))) =
                        event.new_value().map(|text| decode(&text, &content))
                    {
                        dispatcher.dispatch(Action::Restore(kept));
                    }
                })
            });
            move || drop(listener)
        });
    }

    let pictures: Rc<[Option<Rc<Picture>>; ROUNDS]> = use_memo(state.revision, {
        let (state, content, min) = (state.clone(), content.clone(), setup.min_group);
        move |_| {
            std::array::from_fn(|round| {
                group::picture(&content, &state.rounds[round], min).map(Rc::new)
            })
        }
    });
    let codes: Rc<Vec<String>> = use_memo((state.revision, state.round), {
        let state = state.clone();
        move |_| state.codes().iter().map(|c| c.code()).collect()
    });
    let counts: [usize; ROUNDS] = std::array::from_fn(|round| state.rounds[round].len());

    let act: Callback<Action> = {
        let dispatcher = state.dispatcher();
        Callback::from(move |action| dispatcher.dispatch(action))
    };
    let dispatch = |make: fn(usize) -> Action| act.reform(make);
    let tab = |target: View, label: &'static str| {
        let view = view.clone();
        let current = *view == target;
        html! {
            <li>
                <button type="button" class="pc-tab" aria-current={current.then_some("page")}
                    onclick={Callback::from(move |_| view.set(target))}>{ label }</button>
            </li>
        }
    };
    let present = |target: Deck| {
        let deck = deck.clone();
        Callback::from(move |_| deck.set(Some(target)))
    };
    let present_button = |target: Deck| {
        html! {
            <p class="pc-view-actions pc-noprint">
                <button type="button" class="pc-button pc-button--primary" onclick={present(target).reform(|_: MouseEvent| ())}>
                    { s.present }
                </button>
            </p>
        }
    };
    let current_picture = pictures[state.round].clone();

    let body = match *view {
        View::Codes => {
            let status_text = match &state.status {
                Some(Status::Removed(code)) => fill(s.removed, &[("code", code)]),
                Some(Status::Cleared(round)) => {
                    fill(s.cleared, &[("round", &round_mid(*lang, *round))])
                }
                None => String::new(),
            };
            let download_codes = {
                let (codes, round) = (codes.clone(), state.round);
                Callback::from(move |_: MouseEvent| {
                    let mut text = codes.join("\r\n");
                    text.push_str("\r\n");
                    download(
                        &format!("peer-compass-codes-{}.txt", round + 1),
                        "text/plain;charset=utf-8",
                        &text,
                    );
                })
            };
            html! {
                <>
                    <p class="pc-lead">{ s.codes_lead }</p>
                    <p class="pc-note">{ s.privacy }</p>
                    <ShareQuestionnaire lang={*lang} address={AttrValue::from(state.questionnaire.clone())}
                        fixed={setup.questionnaire.is_some()}
                        onaddress={act.reform(Action::Questionnaire)}
                        onpresent={present(Deck::Join)} />
                    <RoundChoice lang={*lang} round={state.round} {counts} onround={dispatch(Action::Round)} />
                    <AddCodes lang={*lang} onadd={act.reform(|(source, text)| Action::Add { source, text })}>
                        <BatchReport lang={*lang} batch={state.batch.clone()} version={AttrValue::from(content.version().to_owned())}
                            oncountagain={dispatch(Action::CountAgain)} />
                    </AddCodes>
                    <section class="pc-section" aria-labelledby="pc-round-heading">
                        <h3 class="pc-subheading" id="pc-round-heading">{ round_name(*lang, state.round) }</h3>
                        <p class="pc-count">{ fill(s.counted_in_round, &[
                            ("codes", &codes_in_words(*lang, counts[state.round])),
                            ("round", &round_mid(*lang, state.round)),
                        ]) }</p>
                        <p class="pc-status" tabindex="-1" ref={status} role="status">{ status_text }</p>
                        <CodeList lang={*lang} codes={codes.clone()} onremove={dispatch(Action::Remove)} />
                        if !codes.is_empty() {
                            <div class="pc-actions pc-round-actions">
                                <button type="button" class="pc-button" onclick={download_codes}>{ s.download_codes }</button>
                                <ClearRound lang={*lang} round={state.round} count={counts[state.round]}
                                    onclear={act.reform(|_| Action::Clear)} />
                            </div>
                        }
                    </section>
                    <KeepChoice lang={*lang} keep={state.keep} available={setup.store.is_some()}
                        onkeep={act.reform(Action::Keep)} />
                    if *keep_failed {
                        <p class="pc-notice" role="alert">{ s.keep_failed }</p>
                    }
                    if setup.loaded.dropped > 0 {
                        <p class="pc-notice">{ fill(s.keep_dropped, &[("count", &setup.loaded.dropped.to_string())]) }</p>
                    }
                    if setup.loaded.unreadable {
                        <p class="pc-notice">{ s.keep_unreadable }</p>
                    }
                </>
            }
        }
        View::Picture => {
            let lead = fill(
                s.picture_lead,
                &[
                    ("round", round_name(*lang, state.round)),
                    ("codes", &codes_in_words(*lang, counts[state.round])),
                ],
            );
            match &current_picture {
                Some(picture) => {
                    let export = {
                        let (content, picture, lang) = (content.clone(), picture.clone(), *lang);
                        Callback::from(move |_: MouseEvent| {
                            download(
                                "peer-compass-group.csv",
                                "text/csv;charset=utf-8",
                                &csv(&content, &picture, lang.csv_separator()),
                            );
                        })
                    };
                    let print = Callback::from(|_: MouseEvent| {
                        if let Some(window) = web_sys::window() {
                            let _ = window.print();
                        }
                    });
                    html! {
                        <>
                            <p class="pc-lead">{ lead }</p>
                            { present_button(Deck::Picture) }
                            <GroupPicture content={content.clone()} lang={*lang} picture={picture.clone()} />
                            <section class="pc-section pc-noprint" aria-labelledby="pc-export-heading">
                                <h3 class="pc-subheading" id="pc-export-heading">{ s.export_heading }</h3>
                                <div class="pc-actions">
                                    <button type="button" class="pc-button" onclick={export}>{ s.export_csv }</button>
                                    <button type="button" class="pc-button" onclick={print}>{ s.print }</button>
                                </div>
                            </section>
                        </>
                    }
                }
                None => {
                    let to_codes = {
                        let view = view.clone();
                        Callback::from(move |_| view.set(View::Codes))
                    };
                    html! {
                        <>
                            <p class="pc-lead">{ lead }</p>
                            <p class="pc-notice pc-minimum">{ picture::below_minimum(*lang, setup.min_group, counts[state.round]) }</p>
                            <p><button type="button" class="pc-button" onclick={to_codes}>{ s.go_to_codes }</button></p>
                        </>
                    }
                }
            }
        }
        View::Compare => html! {
            <>
                <p class="pc-lead">{ s.compare_lead }</p>
                if pictures.iter().all(Option::is_some) {
                    { present_button(Deck::Compare) }
                }
                <Compare content={content.clone()} lang={*lang} {counts} pictures={(*pictures).clone()} min={setup.min_group} />
            </>
        },
        View::Teach => html! {
            <>
                { present_button(Deck::Teach) }
                <TeachBody content={content.clone()} lang={*lang} />
            </>
        },
    };
    let title = match *view {
        View::Codes => s.codes_heading,
        View::Picture => s.picture_heading,
        View::Compare => s.compare_heading,
        View::Teach => s.teach_heading,
    };
    let panels = deck.map(|deck| match deck {
        Deck::Join => join_panel(*lang, &state.questionnaire)
            .into_iter()
            .collect(),
        Deck::Picture => picture_panels(
            &content,
            *lang,
            state.round,
            counts[state.round],
            setup.min_group,
            current_picture.as_deref(),
            &state.questionnaire,
        ),
        Deck::Compare => compare_panels(&content, *lang, counts, &pictures, setup.min_group),
        Deck::Teach => teach_panels(&content, *lang),
    });
    let onleave = {
        let deck = deck.clone();
        Callback::from(move |_| deck.set(None))
    };
    html! {
        <section class="pc pc-trainer" lang={lang.code()} aria-label={s.brand}>
            { top_bar(&lang, content.languages()) }
            <nav class="pc-tabs pc-noprint" aria-label={s.nav_label}>
                <ul class="pc-tabs__list">
                    { tab(View::Codes, s.view_codes) }
                    { tab(View::Picture, s.view_picture) }
                    { tab(View::Compare, s.view_compare) }
                    { tab(View::Teach, s.view_teach) }
                </ul>
            </nav>
            <h2 class="pc-heading" tabindex="-1" ref={heading}>{ title }</h2>
            { body }
            if let Some(panels) = panels.filter(|p| !p.is_empty()) {
                <Presentation lang={*lang} {panels} {onleave} />
            }
        </section>
    }
}

/// The top bar of both apps: the brand and the language switch, which sets
/// `lang`.
fn top_bar(lang: &UseStateHandle<Lang>, offered: &[Lang]) -> Html {
    let onlang = {
        let lang = lang.clone();
        Callback::from(move |l| lang.set(l))
    };
    html! {
        <div class="pc-top pc-noprint">
            <p class="pc-brand">{ trainer_strings(**lang).brand }</p>
            <LangSwitch lang={**lang} offered={offered.to_vec()} onchange={onlang} />
        </div>
    }
}

/// The model alone, for teaching it in a session (`mode="teach"`).
#[component]
pub fn TeachApp(props: &AppProps) -> Html {
    let setup = &props.setup;
    let lang = use_state_eq(|| setup.lang);
    let presenting = use_state_eq(|| false);
    let s = trainer_strings(*lang);
    let set = |value: bool| {
        let presenting = presenting.clone();
        Callback::from(move |_| presenting.set(value))
    };
    html! {
        <section class="pc pc-trainer pc-trainer--teach" lang={lang.code()} aria-label={s.brand}>
            { top_bar(&lang, setup.content.languages()) }
            <h2 class="pc-heading">{ s.teach_heading }</h2>
            <p class="pc-view-actions pc-noprint">
                <button type="button" class="pc-button pc-button--primary" onclick={set(true).reform(|_: MouseEvent| ())}>
                    { s.present }
                </button>
            </p>
            <TeachBody content={setup.content.clone()} lang={*lang} />
            if *presenting {
                <Presentation lang={*lang} panels={teach_panels(&setup.content, *lang)} onleave={set(false)} />
            }
        </section>
    }
}
