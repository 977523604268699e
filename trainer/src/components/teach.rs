//! Teaching the model: the three roles on the ladder, the modes of
//! co-production, token roles and what the workplace gives, with a diagram.
//! Shown in the trainer's view "The model" and on its own (`mode="teach"`).

use super::present::Panel;
use peer_compass_core::text::trainer::{trainer_strings, TrainerStrings};
use peer_compass_core::{Content, Lang, Rung};
use std::rc::Rc;
use yew::prelude::*;

/// The rungs with what each one's text and mode are, lowest first.
fn roles(s: &TrainerStrings) -> [(Rung, &'static str, &'static str); 3] {
    [
        (Rung::CoImplementor, s.teach_co_implementor, s.mode_consumer),
        (Rung::CoDesigner, s.teach_co_designer, s.mode_participative),
        (Rung::Initiator, s.teach_initiator, s.teach_cocreation_name),
    ]
}

/// The diagram: the ladder with each rung's mode, more involvement upward,
/// and the token role below the ground. Its words are all in the text
/// around it, so it is hidden from screen readers.
pub fn diagram(content: &Content, lang: Lang) -> Html {
    let s = trainer_strings(lang);
    let rungs = roles(s).map(|(rung, _, mode)| {
        let y = match rung {
            Rung::CoImplementor => 280,
            Rung::CoDesigner => 180,
            Rung::Initiator => 80,
        };
        html! {
            <g>
                <line class="pc-diagram__rung" x1="60" x2="130" y1={y.to_string()} y2={y.to_string()} />
                <text class="pc-diagram__name" x="160" y={(y + 2).to_string()}>{ content.rung(rung).name.get(lang) }</text>
                <text class="pc-diagram__mode" x="160" y={(y + 28).to_string()}>{ mode }</text>
            </g>
        }
    });
    html! {
        <svg class="pc-diagram__svg" viewBox="0 0 720 430" aria-hidden="true" focusable="false">
            <line class="pc-diagram__arrow" x1="28" x2="28" y1="318" y2="46" />
            <path class="pc-diagram__arrowhead" d="M18 52L28 32L38 52z" />
            <text class="pc-diagram__axis" x="0" y="0" text-anchor="middle"
                transform="translate(16 182) rotate(-90)">{ s.teach_more_involvement }</text>
            <line class="pc-diagram__rail" x1="60" x2="60" y1="30" y2="330" />
            <line class="pc-diagram__rail" x1="130" x2="130" y1="30" y2="330" />
            { for rungs }
            <line class="pc-diagram__ground" x1="8" x2="712" y1="332" y2="332" />
            <rect class="pc-diagram__token" x="40" y="350" width="672" height="70" rx="8" />
            <text class="pc-diagram__name" x="60" y="380">{ s.teach_token_name }</text>
            <text class="pc-diagram__mode" x="60" y="406">{ s.teach_token_short }</text>
        </svg>
    }
}

/// The three roles as a description list, lowest first.
fn role_list(content: &Content, lang: Lang) -> Html {
    let s = trainer_strings(lang);
    html! {
        <dl class="pc-roles pc-teach__roles">
            { for roles(s).iter().map(|&(rung, text, mode)| html! {
                <>
                    <dt>{ content.rung(rung).name.get(lang) }</dt>
                    <dd>
                        <p>{ text }</p>
                        <p class="pc-teach__mode"><span class="pc-teach__label">{ s.teach_mode_label }</span>{ " " }{ mode }</p>
                    </dd>
                </>
            }) }
        </dl>
    }
}

/// The modes of co-production, and co-creation.
fn mode_list(lang: Lang) -> Html {
    let s = trainer_strings(lang);
    let modes = [
        (s.mode_consumer, s.teach_consumer),
        (s.mode_participative, s.teach_participative),
        (s.mode_enhanced, s.teach_enhanced),
        (s.teach_cocreation_name, s.teach_cocreation),
    ];
    html! {
        <>
            <p>{ s.teach_modes_lead }</p>
            <dl class="pc-roles">
                { for modes.iter().map(|&(name, text)| html! {
                    <><dt>{ name }</dt><dd>{ text }</dd></>
                }) }
            </dl>
        </>
    }
}

fn questions(lang: Lang) -> Html {
    let s = trainer_strings(lang);
    html! {
        <ul class="pc-teach__questions">
            <li>{ s.teach_question_1 }</li>
            <li>{ s.teach_question_2 }</li>
            <li>{ s.teach_question_3 }</li>
        </ul>
    }
}

/// Props of [`TeachBody`].
#[derive(Properties, PartialEq)]
pub struct TeachBodyProps {
    /// The questionnaire, for the rungs' names.
    pub content: Rc<Content>,
    /// Language shown.
    pub lang: Lang,
}

/// Everything under the heading "The model".
#[component]
pub fn TeachBody(props: &TeachBodyProps) -> Html {
    let s = trainer_strings(props.lang);
    let lang = props.lang;
    html! {
        <div class="pc-teach">
            <p class="pc-lead">{ s.teach_lead }</p>
            <figure class="pc-diagram">
                { diagram(&props.content, lang) }
                <figcaption class="pc-note">{ s.teach_diagram_caption }</figcaption>
            </figure>
            <section class="pc-section" aria-labelledby="pc-teach-roles">
                <h3 class="pc-subheading" id="pc-teach-roles">{ s.teach_roles_heading }</h3>
                { role_list(&props.content, lang) }
            </section>
            <section class="pc-section" aria-labelledby="pc-teach-modes">
                <h3 class="pc-subheading" id="pc-teach-modes">{ s.teach_modes_heading }</h3>
                { mode_list(lang) }
            </section>
            <section class="pc-section" aria-labelledby="pc-teach-token">
                <h3 class="pc-subheading" id="pc-teach-token">{ s.teach_token_heading }</h3>
                <p>{ s.teach_token }</p>
            </section>
            <section class="pc-section" aria-labelledby="pc-teach-conditions">
                <h3 class="pc-subheading" id="pc-teach-conditions">{ s.teach_conditions_heading }</h3>
                <p>{ s.teach_conditions }</p>
            </section>
            <section class="pc-section" aria-labelledby="pc-teach-questions">
                <h3 class="pc-subheading" id="pc-teach-questions">{ s.teach_questions_heading }</h3>
                { questions(lang) }
            </section>
            <p class="pc-note">{ s.teach_source }</p>
        </div>
    }
}

/// The model as panels for presenting.
pub fn teach_panels(content: &Content, lang: Lang) -> Vec<Panel> {
    let s = trainer_strings(lang);
    vec![
        Panel {
            title: s.teach_heading.to_owned(),
            body: html! { <div class="pc-diagram">{ diagram(content, lang) }</div> },
        },
        Panel {
            title: s.teach_roles_heading.to_owned(),
            body: role_list(content, lang),
        },
        Panel {
            title: s.teach_modes_heading.to_owned(),
            body: mode_list(lang),
        },
        Panel {
            title: s.teach_token_heading.to_owned(),
            body: html! { <p>{ s.teach_token }</p> },
        },
        Panel {
            title: s.teach_conditions_heading.to_owned(),
            body: html! { <p>{ s.teach_conditions }</p> },
        },
        Panel {
            title: s.teach_questions_heading.to_owned(),
            body: questions(lang),
        },
    ]
}
