use super::Setup;
use peer_compass_core::text::{fill, strings};
use peer_compass_core::{Answer, Lang, Step};
use std::rc::Rc;
use yew::prelude::*;

/// Props of [`Question`].
#[derive(Properties, PartialEq)]
pub struct QuestionProps {
    /// The widget's set-up, with the questionnaire.
    pub setup: Rc<Setup>,
    /// Language shown.
    pub lang: Lang,
    /// Which item.
    pub index: usize,
    /// The answer given so far, if any.
    pub answer: Option<Answer>,
    /// Whether Next goes back to the check page.
    #[prop_or_default]
    pub returning: bool,
    /// Answer, Next or Back.
    pub onstep: Callback<Step>,
}

/// One question: a native radio group in a fieldset whose legend is the
/// question, the five labelled points and the two answers outside the scale.
#[component]
pub fn Question(props: &QuestionProps) -> Html {
    let strings = strings(props.lang);
    let lang = props.lang;
    let content = &props.setup.content;
    let Some(item) = content.items().get(props.index) else {
        return Html::default();
    };
    let total = content.items().len();
    let number = props.index + 1;
    let dimension = content
        .dimension_of(props.index)
        .map(|dim| dim.name.get(lang))
        .unwrap_or_default();
    let progress = fill(
        strings.question_of,
        &[("n", &number.to_string()), ("total", &total.to_string())],
    );
    let index = props.index;
    let scale = content.scale_of(index);
    let label = |answer: Answer| content.label(index, answer).get(lang);
    let option = |answer: Answer| {
        let id = format!("pc-q{}-{}", props.index, answer.code());
        let onchange = props.onstep.reform(move |_| Step::Answer(Some(answer)));
        let outside = answer.point().is_none();
        html! {
            <label class={classes!("pc-option", outside.then_some("pc-option--outside"))} for={id.clone()}>
                <input class="pc-option__input" type="radio" {id}
                    name={format!("pc-q{}", props.index)} value={answer.code().to_string()}
                    checked={props.answer == Some(answer)} {onchange} />
                <span class="pc-option__label">{ label(answer) }</span>
            </label>
        }
    };
    let onsubmit = props.onstep.reform(|event: SubmitEvent| {
        event.prevent_default();
        Step::Next
    });
    let onback = props.onstep.reform(|_| Step::Back);
    let onclear = props.onstep.reform(|_| Step::Answer(None));
    let (scale_id, hint_id) = (format!("pc-q{index}-scale"), format!("pc-q{index}-hint"));
    let hint = item.hint.as_ref().map(|hint| hint.get(lang));
    let described_by = match hint {
        Some(_) => format!("{scale_id} {hint_id}"),
        None => scale_id.clone(),
    };
    let (points, outside): (Vec<Answer>, Vec<Answer>) =
        Answer::offered(content.points_of(index)).partition(|a| a.point().is_some());
    html! {
        <form class="pc-screen pc-question" {onsubmit} novalidate=true>
            <p class="pc-progress">
                <span class="pc-progress__dimension">{ dimension }</span>
                <span class="pc-progress__count">{ progress }</span>
            </p>
            <progress class="pc-progress__bar" max={total.to_string()} value={number.to_string()}
                aria-hidden="true"></progress>
            <fieldset class="pc-fieldset" aria-describedby={described_by}>
                <legend class="pc-legend">
                    <h2 class="pc-heading pc-heading--question" tabindex="-1">
                        { item.text.get(lang) }
                    </h2>
                </legend>
                <p class="pc-scale-question" id={scale_id}>{ scale.question.get(lang) }</p>
                if let Some(hint) = hint {
                    <p class="pc-hint" id={hint_id}>{ hint }</p>
                }
                <div class="pc-options">
                    { for points.into_iter().map(option) }
                </div>
                <p class="pc-or">{ strings.outside_scale }</p>
                <div class="pc-options pc-options--outside">
                    { for outside.into_iter().map(option) }
                </div>
            </fieldset>
            <p class="pc-note">{ strings.skip_note }
                if props.answer.is_some() {
                    { " " }
                    <button type="button" class="pc-link" onclick={onclear}>{ strings.clear_answer }</button>
                }
            </p>
            <div class="pc-actions">
                <button type="button" class="pc-button" onclick={onback}>{ strings.back }</button>
                <button type="submit" class="pc-button pc-button--primary">
                    { if props.returning { strings.check_heading } else { strings.next } }
                </button>
            </div>
        </form>
    }
}
