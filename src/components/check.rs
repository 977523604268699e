use peer_compass_core::text::strings;
use peer_compass_core::{Answer, Answers, Content, Dimension, Lang, Step};
use std::rc::Rc;
use yew::prelude::*;

/// Props of [`Check`].
#[derive(Properties, PartialEq)]
pub struct CheckProps {
    /// The questionnaire.
    pub content: Rc<Content>,
    /// Language shown.
    pub lang: Lang,
    /// The answers to list.
    pub answers: Answers,
    /// The heading, focused when this screen is reached.
    pub heading: NodeRef,
    /// Change, Back or See result.
    pub onstep: Callback<Step>,
}

/// Every answer by dimension, each with a Change button that opens the
/// question and comes back here.
#[component]
pub fn Check(props: &CheckProps) -> Html {
    let strings = strings(props.lang);
    let lang = props.lang;
    let content = &props.content;
    let answer_label = |index: usize, answer: Option<Answer>| {
        answer.map_or(strings.not_answered, |a| content.label(index, a).get(lang))
    };
    let dimension = |(dim_index, dim): (usize, &Dimension)| {
        let rows = content.items_of(dim_index).map(|(index, item)| {
            let onclick = props.onstep.reform(move |_| Step::Change(index));
            let answer = props.answers.get(index);
            html! {
                <div class="pc-summary__row">
                    <dt class="pc-summary__question">{ item.text.get(lang) }</dt>
                    <dd class={classes!("pc-summary__answer", answer.is_none().then_some("pc-summary__answer--none"))}>
                        { answer_label(index, answer) }
                    </dd>
                    <dd class="pc-summary__change">
                        <button type="button" class="pc-link" {onclick}>
                            { strings.change }
                            <span class="pc-vh">{ format!(" {} {}", strings.change_hidden, item.text.get(lang)) }</span>
                        </button>
                    </dd>
                </div>
            }
        });
        html! {
            <>
                <h3 class="pc-subheading">{ dim.name.get(lang) }</h3>
                <dl class="pc-summary">{ for rows }</dl>
            </>
        }
    };
    html! {
        <div class="pc-screen pc-check">
            <h2 class="pc-heading" tabindex="-1" ref={props.heading.clone()}>{ strings.check_heading }</h2>
            <p class="pc-lead">{ strings.check_lead }</p>
            { for content.dimensions().iter().enumerate().map(dimension) }
            <div class="pc-actions">
                <button type="button" class="pc-button" onclick={props.onstep.reform(|_| Step::Back)}>{ strings.back }</button>
                <button type="button" class="pc-button pc-button--primary"
                    onclick={props.onstep.reform(|_| Step::SeeResult)}>{ strings.see_result }</button>
            </div>
        </div>
    }
}
