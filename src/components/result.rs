use crate::state::Action;
use crate::strings::Strings;
use peer_compass_core::{
    assess, explain, fill, headline, suggest, Answers, Assessment, Audience, Content,
    DimensionKind, DimensionScore, Lang, Mode, Rung, Step,
};
use std::rc::Rc;
use web_sys::HtmlElement;
use yew::prelude::*;

/// Props of [`ResultView`].
#[derive(Properties, PartialEq)]
pub struct ResultProps {
    /// The questionnaire.
    pub content: Rc<Content>,
    /// Language shown.
    pub lang: Lang,
    /// The answers to assess.
    pub answers: Answers,
    /// The organisation's name for suggestions.
    #[prop_or_default]
    pub organisation: Option<AttrValue>,
    /// Whether "Start again?" is being asked.
    #[prop_or_default]
    pub confirming_restart: bool,
    /// The heading, focused when this screen is reached.
    pub heading: NodeRef,
    /// Back, and Start again with its confirmation.
    pub ondispatch: Callback<Action>,
}

/// Placement with its explanation, the profile as sorted bars and a table,
/// organisational conditions as context, suggestions, and what the roles mean.
#[component]
pub fn ResultView(props: &ResultProps) -> Html {
    let strings = Strings::get(props.lang);
    let lang = props.lang;
    let content = &props.content;
    let result = assess(content, &props.answers);
    let sentences = explain(content, &props.answers, &result, lang);
    let (overview, evidence) = sentences.split_first().expect("explain gives an overview");
    let mode = result.mode.map(|mode| match mode {
        Mode::Consumer => strings.mode_consumer,
        Mode::Participative => strings.mode_participative,
        Mode::Enhanced => strings.mode_enhanced,
    });
    let organisation = props
        .organisation
        .as_deref()
        .unwrap_or(strings.your_organisation);
    let suggestions = |audience: Audience, title: &'static str| {
        let items = suggest(content, &props.answers, &result, audience);
        html! {
            <section class="pc-suggestions">
                <h3 class="pc-subheading">{ title }</h3>
                <ol class="pc-suggestions__list">
                    { for items.iter().map(|s| html! { <li>{ fill(s.text.get(lang), organisation) }</li> }) }
                </ol>
            </section>
        }
    };
    let print = Callback::from(|_| {
        if let Some(window) = web_sys::window() {
            let _ = window.print();
        }
    });
    let dispatch = &props.ondispatch;
    // Keep keyboard focus where the person is: on the question when it
    // appears, back on "Start again" when they keep their answers.
    let (confirm, restart) = (use_node_ref(), use_node_ref());
    let was_confirming = use_mut_ref(|| false);
    {
        let (confirm, restart) = (confirm.clone(), restart.clone());
        use_effect_with(props.confirming_restart, move |&confirming| {
            let was = std::mem::replace(&mut *was_confirming.borrow_mut(), confirming);
            let target = match (was, confirming) {
                (false, true) => confirm.cast::<HtmlElement>(),
                (true, false) => restart.cast::<HtmlElement>(),
                _ => None,
            };
            if let Some(element) = target {
                let _ = element.focus();
            }
        });
    }
    html! {
        <div class="pc-screen pc-result">
            <p class="pc-eyebrow">{ strings.result_heading }</p>
            <h2 class="pc-heading" tabindex="-1" ref={props.heading.clone()}>
                { headline(content, &result.placement, lang) }
            </h2>
            <p class="pc-lead">{ overview }</p>
            if let Some(mode) = mode {
                <p>{ mode }</p>
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
                    { for evidence.iter().map(|s| html! { <li>{ s }</li> }) }
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

            <p class="pc-note pc-version">{ format!("{} {}", strings.version, content.version) }</p>

            if props.confirming_restart {
                <div class="pc-confirm" role="alert">
                    <p tabindex="-1" ref={confirm}>{ strings.confirm_restart }</p>
                    <div class="pc-actions">
                        <button type="button" class="pc-button pc-button--primary"
                            onclick={dispatch.reform(|_| Action::Step(Step::Restart))}>{ strings.confirm_yes }</button>
                        <button type="button" class="pc-button"
                            onclick={dispatch.reform(|_| Action::CancelRestart)}>{ strings.confirm_no }</button>
                    </div>
                </div>
            } else {
                <div class="pc-actions pc-noprint">
                    <button type="button" class="pc-button" onclick={dispatch.reform(|_| Action::Step(Step::Back))}>{ strings.back }</button>
                    <button type="button" class="pc-button pc-button--primary" onclick={print}>{ strings.print }</button>
                    <button type="button" class="pc-button" ref={restart}
                        onclick={dispatch.reform(|_| Action::AskRestart)}>{ strings.start_again }</button>
                </div>
            }
        </div>
    }
}

/// Sorted horizontal bars with the numbers as text, and the same as a table.
fn profile(content: &Content, result: &Assessment, kind: DimensionKind, lang: Lang) -> Html {
    let strings = Strings::get(lang);
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
    let name = |d: &DimensionScore| content.dimensions[d.dimension].name.get(lang);
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
