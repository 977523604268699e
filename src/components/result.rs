use super::{day, Forget, ImportFile, Keeping, Remember, Setup, ShareCode};
use crate::files::download;
use crate::hooks::{focus, use_after_change};
use peer_compass_core::code::Shared;
use peer_compass_core::record::{export_csv, export_json, Outcome, Record};
use peer_compass_core::text::{fill, strings, Words};
use peer_compass_core::{
    assess, explain, suggest, Answers, Assessment, Audience, Content, DimensionKind,
    DimensionScore, Lang, Rung,
};
use std::rc::Rc;
use yew::prelude::*;

/// Props of [`ResultView`].
#[derive(Properties, PartialEq)]
pub struct ResultViewProps {
    /// What this widget started with: the content, the organisation, sharing
    /// and keeping.
    pub setup: Rc<Setup>,
    /// Language shown.
    pub lang: Lang,
    /// The answers to assess.
    pub answers: Answers,
    /// The heading, focused when this screen is reached.
    pub heading: NodeRef,
    /// `Some(remember)` when the person can choose to be remembered.
    #[prop_or_default]
    pub remember: Option<bool>,
    /// Results kept on this device, oldest first.
    #[prop_or_default]
    pub history: Vec<Record>,
    /// The earlier result this one is compared with.
    #[prop_or_default]
    pub earlier: Option<Record>,
    /// Turns remembering on or off.
    #[prop_or_default]
    pub onremember: Callback<bool>,
    /// Opens the kept result with this index.
    #[prop_or_default]
    pub onopen: Callback<usize>,
    /// Compares with the kept result with this index.
    #[prop_or_default]
    pub oncompare: Callback<usize>,
    /// Deletes the kept result with this index.
    #[prop_or_default]
    pub ondelete: Callback<usize>,
    /// Everything kept on the device is to be deleted.
    #[prop_or_default]
    pub onforget: Callback<()>,
    /// The result was sent to the site.
    #[prop_or_default]
    pub onshared: Callback<()>,
    /// A result file chosen to open.
    pub onfile: Callback<Result<String, u64>>,
    /// Back to the check page.
    pub onback: Callback<()>,
    /// Start again, once the person has confirmed it.
    pub onrestart: Callback<()>,
}

/// Placement with its explanation, the profile as sorted bars and a table
/// (with the earlier result's values beside them), organisational conditions
/// as context, suggestions, what the roles mean, earlier results, files to
/// take away, and sharing when the site offers it.
#[component]
pub fn ResultView(props: &ResultViewProps) -> Html {
    let lang = props.lang;
    let setup = &props.setup;
    let content = &setup.content;
    let words = Words::new(content, lang);
    let s = words.strings;
    let result = assess(content, &props.answers);
    let facts = explain(content, &props.answers, &result);
    let organisation = setup.organisation.as_deref();
    let suggestions = |audience: Audience, title: &'static str| {
        let items = suggest(content, &props.answers, &result, audience);
        html! {
            <section class="pc-suggestions">
                <h3 class="pc-subheading">{ title }</h3>
                <ol class="pc-suggestions__list">
                    { for items.iter().map(|s| html! { <li>{ words.suggestion(&s.text, organisation) }</li> }) }
                </ol>
            </section>
        }
    };
    let print = Callback::from(|_| {
        if let Some(window) = web_sys::window() {
            let _ = window.print();
        }
    });
    // The result as a file: the same record the device would keep.
    let record = Record::new(
        content,
        &props.answers,
        &result,
        lang.code(),
        &crate::files::now(),
    );
    let downloads = {
        let (json, csv) = (
            export_json(&record),
            export_csv(
                content,
                &record,
                if lang.code() == "nb" { ';' } else { ',' },
            ),
        );
        let name = format!("peer-compass-{}", day(&record.date));
        let (json_name, csv_name) = (format!("{name}.json"), format!("{name}.csv"));
        (
            Callback::from(move |_| download(&json_name, "application/json", &json)),
            Callback::from(move |_| download(&csv_name, "text/csv;charset=utf-8", &csv)),
        )
    };
    let share = setup.events.then(|| {
        let organisation = setup.organisation_or(s.this_website).to_owned();
        let onclick = {
            let (setup, result, onshared) = (setup.clone(), result.clone(), props.onshared.clone());
            Callback::from(move |_| {
                if let Some(host) = &setup.host {
                    crate::events::announce_result(host, &setup.content, &result);
                }
                onshared.emit(());
            })
        };
        html! {
            <section class="pc-panel pc-share pc-noprint">
                <h3 class="pc-subheading">{ s.share_heading }</h3>
                <p>{ s.share_note }</p>
                <p><button type="button" class="pc-button" {onclick}>
                    { fill(s.share_button, &[("organisation", &organisation)]) }
                </button></p>
            </section>
        }
    });
    let earlier = props.earlier.as_ref().map(|earlier| &earlier.result);
    // "Start again?" belongs to this screen. Keep keyboard focus where the
    // person is: on the question when it appears, back on "Start again" when
    // they keep their answers.
    let confirming = use_state_eq(|| false);
    let (confirm, restart) = (use_node_ref(), use_node_ref());
    use_after_change(*confirming, {
        let (confirm, restart) = (confirm.clone(), restart.clone());
        move |&now| focus(if now { &confirm } else { &restart })
    });
    let ask = {
        let confirming = confirming.clone();
        Callback::from(move |_| confirming.set(true))
    };
    let keep = {
        let confirming = confirming.clone();
        Callback::from(move |_| confirming.set(false))
    };
    html! {
        <div class="pc-screen pc-result">
            <p class="pc-eyebrow">{ s.result_heading }</p>
            <h2 class="pc-heading" tabindex="-1" ref={props.heading.clone()}>
                { words.headline(&result.placement) }
            </h2>
            <p class="pc-lead">{ words.overview(&facts) }</p>
            if let Some(mode) = result.mode {
                <p>{ words.mode(mode) }</p>
            }
            if let Some(record) = &props.earlier {
                <p class="pc-since">{ fill(s.history_last, &[
                    ("date", day(&record.date)),
                    ("headline", &words.headline(&record.result.placement)),
                ]) }</p>
            }

            { suggestions(Audience::You, s.for_you) }
            { suggestions(Audience::Organisation, s.for_organisation) }

            <section>
                <h3 class="pc-subheading">{ s.profile_heading }</h3>
                <p class="pc-note">{ s.profile_lead }</p>
                { profile(content, &result, DimensionKind::Person, lang, earlier) }
            </section>

            <section class="pc-context">
                <h3 class="pc-subheading">{ s.context_heading }</h3>
                <p class="pc-note">{ s.context_lead }</p>
                { profile(content, &result, DimensionKind::Context, lang, earlier) }
            </section>

            <section>
                <h3 class="pc-subheading">{ s.why_heading }</h3>
                <ul class="pc-evidence">
                    { for facts.rungs.iter().map(|e| html! { <li>{ words.evidence(e) }</li> }) }
                    { for facts.context.iter().map(|c| html! { <li>{ words.context(c) }</li> }) }
                </ul>
            </section>

            <section class="pc-roles">
                <h3 class="pc-subheading">{ s.roles_heading }</h3>
                <dl>
                    { for Rung::ALL.iter().map(|&rung| {
                        let info = content.rung(rung);
                        html! {
                            <>
                                <dt>{ info.name.get(lang) }</dt>
                                <dd>{ info.description.get(lang) }</dd>
                            </>
                        }
                    }) }
                </dl>
            </section>

            <p class="pc-note pc-version">{ format!("{} {}", s.version, content.version()) }</p>

            { for share }

            <ShareCode {lang} code={Shared::of(content, &result).code()}
                trainer={setup.trainer.clone().map(AttrValue::from)} />

            if !props.history.is_empty() {
                { history(props, &words) }
            }

            <section class="pc-panel pc-files pc-noprint">
                <h3 class="pc-subheading">{ s.files_heading }</h3>
                <div class="pc-actions">
                    <button type="button" class="pc-button" onclick={downloads.0}>{ s.download_json }</button>
                    <button type="button" class="pc-button" onclick={downloads.1}>{ s.download_csv }</button>
                </div>
                <ImportFile {lang} onfile={props.onfile.clone()} />
                if let Some(remember) = props.remember {
                    <Remember {lang} {remember} onremember={props.onremember.clone()} />
                }
                if matches!(setup.keeping, Keeping::Offered(_)) {
                    <Forget {lang} onforget={props.onforget.clone()} />
                }
            </section>

            if *confirming {
                <div class="pc-confirm" role="alert">
                    <p tabindex="-1" ref={confirm}>{ s.confirm_restart }</p>
                    <div class="pc-actions">
                        <button type="button" class="pc-button pc-button--primary"
                            onclick={props.onrestart.reform(|_| ())}>{ s.confirm_yes }</button>
                        <button type="button" class="pc-button" onclick={keep}>{ s.confirm_no }</button>
                    </div>
                </div>
            } else {
                <div class="pc-actions pc-noprint">
                    <button type="button" class="pc-button" onclick={props.onback.reform(|_| ())}>{ s.back }</button>
                    <button type="button" class="pc-button pc-button--primary" onclick={print}>{ s.print }</button>
                    <button type="button" class="pc-button" ref={restart} onclick={ask}>{ s.start_again }</button>
                </div>
            }
        </div>
    }
}

/// Earlier results kept on this device, newest first, each to open, compare
/// with, or delete.
fn history(props: &ResultViewProps, words: &Words) -> Html {
    let s = words.strings;
    let content = &props.setup.content;
    let rows = props.history.iter().enumerate().rev().map(|(index, record)| {
        let hidden = fill(s.history_hidden, &[("date", day(&record.date))]);
        let button = |label: &'static str, callback: &Callback<usize>| {
            html! {
                <button type="button" class="pc-link" onclick={callback.reform(move |_| index)}>
                    { label }<span class="pc-vh">{ format!(" {hidden}") }</span>
                </button>
            }
        };
        let version = (record.questionnaire_version != content.version())
            .then(|| format!(" ({})", fill(s.history_version, &[("version", &record.questionnaire_version)])));
        html! {
            <li class="pc-history__row">
                <span>{ day(&record.date) }{ ": " }{ words.headline(&record.result.placement) }{ version }</span>
                <span class="pc-history__actions">
                    { button(s.history_open, &props.onopen) }
                    { button(s.history_compare, &props.oncompare) }
                    { button(s.history_delete, &props.ondelete) }
                </span>
            </li>
        }
    });
    html! {
        <section class="pc-history pc-noprint">
            <h3 class="pc-subheading">{ s.history_heading }</h3>
            <ul class="pc-history__list">{ for rows }</ul>
        </section>
    }
}

/// Sorted horizontal bars with the numbers as text (and the earlier result's
/// beside them), and the same as a table.
fn profile(
    content: &Content,
    result: &Assessment,
    kind: DimensionKind,
    lang: Lang,
    earlier: Option<&Outcome>,
) -> Html {
    let s = strings(lang);
    let mut rows: Vec<&DimensionScore> = result
        .dimensions
        .iter()
        .filter(|d| d.kind == kind)
        .collect();
    // A handful of rows: an insertion sort is smaller in the wasm.
    for i in 1..rows.len() {
        let mut j = i;
        let key = |d: &DimensionScore| {
            (
                std::cmp::Reverse(d.score.map_or(-1, i16::from)),
                d.dimension,
            )
        };
        while j > 0 && key(rows[j]) < key(rows[j - 1]) {
            rows.swap(j, j - 1);
            j -= 1;
        }
    }
    let id = |d: &DimensionScore| content.dimensions()[d.dimension].id.as_str();
    let name = |d: &DimensionScore| content.dimensions()[d.dimension].name.get(lang);
    let before = |d: &DimensionScore| {
        earlier
            .and_then(|e| e.score(id(d)))
            .map(|score| fill(s.history_before, &[("score", &score.to_string())]))
    };
    let value = |d: &DimensionScore| match d.score {
        Some(score) => format!("{score} {}", s.of_100),
        None => s.not_enough.to_owned(),
    };
    html! {
        <>
            <ul class="pc-bars">
                { for rows.iter().map(|d| html! {
                    <li class="pc-bars__row">
                        <span class="pc-bars__label">{ name(d) }</span>
                        <svg class="pc-bars__track" viewBox="0 0 100 10" preserveAspectRatio="none"
                            aria-hidden="true" focusable="false">
                            <rect class="pc-bars__fill" x="0" y="0" height="10"
                                width={d.score.unwrap_or(0).to_string()} />
                            if let Some(score) = earlier.and_then(|e| e.score(id(d))) {
                                <rect class="pc-bars__before" x={score.to_string()} y="0" height="10" width="1" />
                            }
                        </svg>
                        <span class="pc-bars__value">{ value(d) }
                            if let Some(before) = before(d) {
                                <span class="pc-bars__earlier">{ format!(" ({before})") }</span>
                            }
                        </span>
                    </li>
                }) }
            </ul>
            <details class="pc-table">
                <summary>{ if kind == DimensionKind::Context { s.show_context_table } else { s.show_table } }</summary>
                <table>
                    <thead><tr>
                        <th scope="col">{ s.table_dimension }</th>
                        <th scope="col">{ s.table_score }</th>
                        <th scope="col">{ s.table_answered }</th>
                    </tr></thead>
                    <tbody>
                        { for rows.iter().map(|d| html! {
                            <tr>
                                <th scope="row">{ name(d) }</th>
                                <td>{ d.score.map_or_else(|| s.not_enough.to_owned(), |v| v.to_string()) }
                                    { before(d).map(|b| format!(" ({b})")).unwrap_or_default() }</td>
                                <td>{ format!("{} / {}", d.tally.answered, d.tally.total) }</td>
                            </tr>
                        }) }
                    </tbody>
                </table>
            </details>
        </>
    }
}
