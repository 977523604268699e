use crate::hooks::{focus, use_after_change};
use peer_compass_core::text::{strings, Words};
use peer_compass_core::{
    assess, explain, suggest, Answers, Assessment, Audience, Content, DimensionKind,
    DimensionScore, Lang, Rung,
};
use std::rc::Rc;
use yew::prelude::*;

/// Props of [`ResultView`].
#[derive(Properties, PartialEq)]
pub struct ResultViewProps {
    /// The questionnaire.
    pub content: Rc<Content>,
    /// Language shown.
    pub lang: Lang,
    /// The answers to assess.
    pub answers: Answers,
    /// The organisation's name for suggestions.
    #[prop_or_default]
    pub organisation: Option<AttrValue>,
    /// The heading, focused when this screen is reached.
    pub heading: NodeRef,
    /// Back to the check page.
    pub onback: Callback<()>,
    /// Start again, once the person has confirmed it.
    pub onrestart: Callback<()>,
}

/// Placement with its explanation, the profile as sorted bars and a table,
/// organisational conditions as context, suggestions, and what the roles mean.
#[component]
pub fn ResultView(props: &ResultViewProps) -> Html {
    let lang = props.lang;
    let content = &props.content;
    let words = Words::new(content, lang);
    let strings = words.strings;
    let result = assess(content, &props.answers);
    let facts = explain(content, &props.answers, &result);
    let organisation = props.organisation.as_deref();
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
            <p class="pc-eyebrow">{ strings.result_heading }</p>
            <h2 class="pc-heading" tabindex="-1" ref={props.heading.clone()}>
                { words.headline(&result.placement) }
            </h2>
            <p class="pc-lead">{ words.overview(&facts) }</p>
            if let Some(mode) = result.mode {
                <p>{ words.mode(mode) }</p>
            }

            { suggestions(Audience::You, strings.for_you) }
            { suggestions(Audience::Organisation, strings.for_organisation) }

            <section>
                <h3 class="pc-subheading">{ strings.profile_heading }</h3>
                <p class="pc-note">{ strings.profile_lead }</p>
                { profile(content, &result, DimensionKind::Person, lang) }
            </section>

            <section class="pc-context">
                <h3 class="pc-subheading">{ strings.context_heading }</h3>
                <p class="pc-note">{ strings.context_lead }</p>
                { profile(content, &result, DimensionKind::Context, lang) }
            </section>

            <section>
                <h3 class="pc-subheading">{ strings.why_heading }</h3>
                <ul class="pc-evidence">
                    { for facts.rungs.iter().map(|e| html! { <li>{ words.evidence(e) }</li> }) }
                    { for facts.context.iter().map(|c| html! { <li>{ words.context(c) }</li> }) }
                </ul>
            </section>

            <section class="pc-roles">
                <h3 class="pc-subheading">{ strings.roles_heading }</h3>
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

            <p class="pc-note pc-version">{ format!("{} {}", strings.version, content.version()) }</p>

            if *confirming {
                <div class="pc-confirm" role="alert">
                    <p tabindex="-1" ref={confirm}>{ strings.confirm_restart }</p>
                    <div class="pc-actions">
                        <button type="button" class="pc-button pc-button--primary"
                            onclick={props.onrestart.reform(|_| ())}>{ strings.confirm_yes }</button>
                        <button type="button" class="pc-button" onclick={keep}>{ strings.confirm_no }</button>
                    </div>
                </div>
            } else {
                <div class="pc-actions pc-noprint">
                    <button type="button" class="pc-button" onclick={props.onback.reform(|_| ())}>{ strings.back }</button>
                    <button type="button" class="pc-button pc-button--primary" onclick={print}>{ strings.print }</button>
                    <button type="button" class="pc-button" ref={restart} onclick={ask}>{ strings.start_again }</button>
                </div>
            }
        </div>
    }
}

/// Sorted horizontal bars with the numbers as text, and the same as a table.
fn profile(content: &Content, result: &Assessment, kind: DimensionKind, lang: Lang) -> Html {
    let strings = strings(lang);
    let mut rows: Vec<&DimensionScore> = result
        .dimensions
        .iter()
        .filter(|d| d.kind == kind)
        .collect();
    rows.sort_unstable_by_key(|d| {
        (
            std::cmp::Reverse(d.score.map_or(-1, i16::from)),
            d.dimension,
        )
    });
    let name = |d: &DimensionScore| content.dimensions()[d.dimension].name.get(lang);
    let value = |d: &DimensionScore| match d.score {
        Some(score) => format!("{score} {}", strings.of_100),
        None => strings.not_enough.to_owned(),
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
                        </svg>
                        <span class="pc-bars__value">{ value(d) }</span>
                    </li>
                }) }
            </ul>
            <details class="pc-table">
                <summary>{ if kind == DimensionKind::Context { strings.show_context_table } else { strings.show_table } }</summary>
                <table>
                    <thead><tr>
                        <th scope="col">{ strings.table_dimension }</th>
                        <th scope="col">{ strings.table_score }</th>
                        <th scope="col">{ strings.table_answered }</th>
                    </tr></thead>
                    <tbody>
                        { for rows.iter().map(|d| html! {
                            <tr>
                                <th scope="row">{ name(d) }</th>
                                <td>{ d.score.map_or_else(|| strings.not_enough.to_owned(), |s| s.to_string()) }</td>
                                <td>{ format!("{} / {}", d.tally.answered, d.tally.total) }</td>
                            </tr>
                        }) }
                    </tbody>
                </table>
            </details>
        </>
    }
}
