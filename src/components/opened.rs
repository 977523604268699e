use super::day;
use crate::state::Viewing;
use peer_compass_core::text::{fill, Words};
use peer_compass_core::{Content, Lang};
use std::rc::Rc;
use yew::prelude::*;

/// Props of [`Opened`].
#[derive(Properties, PartialEq)]
pub struct OpenedProps {
    /// The questionnaire.
    pub content: Rc<Content>,
    /// Language shown.
    pub lang: Lang,
    /// The heading, focused when this opens.
    pub heading: NodeRef,
    /// The result that is open.
    pub viewing: Viewing,
    /// Carry on from its answers.
    pub oncontinue: Callback<()>,
    /// Close it.
    pub onclose: Callback<()>,
}

/// A past or imported result, as it was then: its placement and scores, its
/// questionnaire version when that is not this one, and a way to carry on
/// from its answers.
#[component]
pub fn Opened(props: &OpenedProps) -> Html {
    let content = &props.content;
    let words = Words::new(content, props.lang);
    let s = words.strings;
    let record = &props.viewing.record;
    let outcome = &record.result;
    let other_version = record.questionnaire_version != content.version();
    let name = |id: &str| -> String {
        content
            .dimension_index(id)
            .map_or(id, |d| content.dimensions()[d].name.get(props.lang))
            .to_owned()
    };
    html! {
        <div class="pc-screen pc-opened">
            <h2 class="pc-heading" tabindex="-1" ref={props.heading.clone()}>
                { fill(s.viewing_heading, &[("date", day(&record.date))]) }
            </h2>
            <p class="pc-lead">{ words.headline(&outcome.placement) }</p>
            if other_version {
                <p class="pc-note">{ fill(s.imported_other_version, &[
                    ("version", &record.questionnaire_version),
                    ("count", &props.viewing.answers.as_ref().map_or(0, |a| a.1).to_string()),
                ]) }</p>
            }
            <p class="pc-note">{ s.viewing_note }</p>
            <table class="pc-table__plain">
                <thead><tr><th scope="col">{ s.table_dimension }</th><th scope="col">{ s.table_score }</th></tr></thead>
                <tbody>
                    { for outcome.scores.iter().map(|(id, score)| html! {
                        <tr><th scope="row">{ name(id) }</th>
                            <td>{ score.map_or_else(|| s.not_enough.to_owned(), |v| v.to_string()) }</td></tr>
                    }) }
                </tbody>
            </table>
            <div class="pc-actions">
                if props.viewing.answers.as_ref().is_some_and(|a| a.1 > 0) {
                    <button type="button" class="pc-button pc-button--primary"
                        onclick={props.oncontinue.reform(|_| ())}>{ s.continue_from }</button>
                }
                <button type="button" class="pc-button" onclick={props.onclose.reform(|_| ())}>{ s.viewing_close }</button>
            </div>
        </div>
    }
}
