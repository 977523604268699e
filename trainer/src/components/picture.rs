//! The group's picture: the ladder, each area's spread with its median, the
//! modes of co-production and the prompts for discussion. Every drawing is
//! hidden from screen readers and has the same facts beside it as text or a
//! table.

use super::present::Panel;
use super::qr::{fits, Qr};
use crate::plot::{decimal, dot_plot, Frame};
use crate::words::{
    codes, mode_names, number, percent, prompt, round_name, step_name, step_rung, TOP_FIRST,
};
use peer_compass_core::group::{Picture, Spread, STEPS};
use peer_compass_core::text::fill;
use peer_compass_core::text::trainer::{trainer_strings, TrainerStrings};
use peer_compass_core::{Content, DimensionKind, Lang};
use yew::prelude::*;

/// Rows of the ladder drawing that are on the ladder (the rest is below it).
const ON_LADDER: usize = 5;
const ROW: f32 = 40.0;
const GROUND_GAP: f32 = 18.0;
const LADDER_WIDTH: f32 = 760.0;
const LABEL_X: f32 = 104.0;
const BAR_X: f32 = 480.0;
const BAR_SPAN: f32 = 220.0;

/// The y of the middle of a row of the ladder drawing.
fn row_middle(row: usize) -> f32 {
    let gap = if row >= ON_LADDER { GROUND_GAP } else { 0.0 };
    row as f32 * ROW + ROW / 2.0 + gap
}

/// Props of [`Ladder`].
#[derive(Properties, PartialEq)]
pub struct LadderProps {
    /// The questionnaire, for the rungs' names.
    pub content: std::rc::Rc<Content>,
    /// Language shown.
    pub lang: Lang,
    /// How many at each step.
    pub steps: [usize; STEPS],
    /// Whether to add the table beside the drawing (not when presenting, or
    /// side by side with a table of its own).
    #[prop_or(true)]
    pub table: bool,
}

/// The ladder, top rung first, with a bar and a count on each step; below
/// the ground, the roles with too little room or too few answers.
#[component]
pub fn Ladder(props: &LadderProps) -> Html {
    let s = trainer_strings(props.lang);
    let total: usize = props.steps.iter().sum();
    let most = props.steps.iter().copied().max().unwrap_or(0).max(1);
    let height = row_middle(STEPS - 1) + ROW / 2.0;
    let ladder_bottom = ON_LADDER as f32 * ROW;
    let names: Vec<String> = TOP_FIRST
        .iter()
        .map(|&step| step_name(&props.content, props.lang, step))
        .collect();
    let rows = TOP_FIRST.iter().enumerate().map(|(row, &step)| {
        let y = row_middle(row);
        let count = props.steps[step];
        let width = BAR_SPAN * count as f32 / most as f32;
        let rung = step_rung(step).is_some();
        html! {
            <g class={classes!("pc-ladder__row", rung.then_some("pc-ladder__row--rung"))}>
                if rung {
                    <line class="pc-ladder__rung" x1="24" x2="80" y1={decimal(y, 1)} y2={decimal(y, 1)} />
                }
                <text class="pc-ladder__label" x={decimal(LABEL_X, 1)} y={decimal(y + 6.0, 1)}>{ &names[row] }</text>
                <rect class="pc-ladder__bar" x={decimal(BAR_X, 1)} y={decimal(y - 11.0, 1)}
                    width={decimal(width, 1)} height="22" rx="3" />
                <text class="pc-ladder__count" x={decimal(BAR_X + width + 8.0, 1)} y={decimal(y + 6.0, 1)}>
                    { count }
                </text>
            </g>
        }
    });
    html! {
        <div class="pc-ladder">
            <svg class="pc-ladder__svg" viewBox={format!("0 0 {} {}", decimal(LADDER_WIDTH, 0), decimal(height, 0))} aria-hidden="true" focusable="false">
                <rect class="pc-ladder__below" x="0" y={decimal(ladder_bottom + GROUND_GAP / 2.0, 1)}
                    width={decimal(LADDER_WIDTH, 1)} height={decimal(height - ladder_bottom - GROUND_GAP / 2.0, 1)} rx="6" />
                <line class="pc-ladder__rail" x1="24" x2="24" y1="4" y2={decimal(ladder_bottom, 1)} />
                <line class="pc-ladder__rail" x1="80" x2="80" y1="4" y2={decimal(ladder_bottom, 1)} />
                { for rows }
            </svg>
            if props.table {
                <details class="pc-table">
                    <summary>{ s.show_table }</summary>
                    <table class="pc-datatable">
                        <thead><tr>
                            <th scope="col">{ s.table_step }</th>
                            <th scope="col" class="pc-num">{ s.table_count }</th>
                            <th scope="col" class="pc-num">{ s.table_share }</th>
                        </tr></thead>
                        <tbody>
                            { for TOP_FIRST.iter().enumerate().map(|(row, &step)| html! {
                                <tr>
                                    <th scope="row">{ &names[row] }</th>
                                    <td class="pc-num">{ props.steps[step] }</td>
                                    <td class="pc-num">{ percent(props.lang, props.steps[step], total) }</td>
                                </tr>
                            }) }
                        </tbody>
                    </table>
                </details>
            }
        </div>
    }
}

/// Props of [`DotPlot`].
#[derive(Properties, PartialEq)]
pub struct DotPlotProps {
    /// Language shown.
    pub lang: Lang,
    /// The area's spread across the group.
    pub spread: Spread,
}

const PLOT_WIDTH: f32 = 720.0;
const PLOT: Frame = Frame {
    left: 24.0,
    span: 672.0,
    base: 76.0,
    height: 52.0,
};

/// One area's scores as a dot plot on a 0–100 axis, with the median marked.
/// One path for all the dots, however many there are.
#[component]
pub fn DotPlot(props: &DotPlotProps) -> Html {
    let s = trainer_strings(props.lang);
    let plot = dot_plot(&props.spread.scores, &PLOT);
    let solid = plot.dashes.is_none();
    let ticks = [0u8, 25, 50, 75, 100].map(|tick| {
        let x = decimal(PLOT.x(f32::from(tick)), 1);
        html! {
            <>
                <line class="pc-plot__tick" x1={x.clone()} x2={x.clone()} y1="78" y2="84" />
                <text class="pc-plot__tick-label" x={x} y="102">{ tick }</text>
            </>
        }
    });
    let median = props.spread.median.map(|median| {
        let x = PLOT.x(median);
        // Keep the label inside the drawing at either end.
        let anchor = if median < 12.0 {
            "start"
        } else if median > 88.0 {
            "end"
        } else {
            "middle"
        };
        html! {
            <>
                <line class="pc-plot__median" x1={decimal(x, 1)} x2={decimal(x, 1)} y1="20" y2="80" />
                <text class="pc-plot__median-label" x={decimal(x, 1)} y="14" text-anchor={anchor}>
                    { fill(s.median_label, &[("value", &number(props.lang, median))]) }
                </text>
            </>
        }
    });
    html! {
        <svg class="pc-plot" viewBox={format!("0 0 {} 108", decimal(PLOT_WIDTH, 0))} aria-hidden="true" focusable="false">
            <line class="pc-plot__axis" x1={decimal(PLOT.left, 1)} x2={decimal(PLOT.left + PLOT.span, 1)} y1="78" y2="78" />
            { for ticks }
            // The median under the dots, so that every dot shows.
            { for median }
            <path class={classes!("pc-plot__dots", solid.then_some("pc-plot__dots--solid"))}
                d={plot.path} stroke-width={decimal(plot.width, 2)}
                stroke-dasharray={plot.dashes.unwrap_or_else(|| "none".to_owned())} />
        </svg>
    }
}

/// Props of [`Spreads`].
#[derive(Properties, PartialEq)]
pub struct SpreadsProps {
    /// The questionnaire, for the areas' names.
    pub content: std::rc::Rc<Content>,
    /// Language shown.
    pub lang: Lang,
    /// The spreads to show, in order.
    pub spreads: Vec<Spread>,
    /// Whether to add the summary table.
    #[prop_or(true)]
    pub table: bool,
    /// Whether to name each area (not when the panel's title does).
    #[prop_or(true)]
    pub names: bool,
}

/// Each area's dot plot under its name, then a table with the same facts.
#[component]
pub fn Spreads(props: &SpreadsProps) -> Html {
    let s = trainer_strings(props.lang);
    let name = |spread: &Spread| {
        props
            .content
            .dimensions()
            .get(spread.dimension)
            .map(|d| d.name.get(props.lang).to_owned())
            .unwrap_or_default()
    };
    let is_context = |spread: &Spread| {
        props
            .content
            .dimensions()
            .get(spread.dimension)
            .is_some_and(|d| d.kind == DimensionKind::Context)
    };
    html! {
        <div class="pc-spreads">
            { for props.spreads.iter().map(|spread| html! {
                <div class={classes!("pc-spread", is_context(spread).then_some("pc-spread--context"))}>
                    if props.names {
                        <h4 class="pc-spread__name">{ name(spread) }</h4>
                    }
                    if is_context(spread) {
                        <p class="pc-note">{ s.conditions_note }</p>
                    }
                    if spread.scores.is_empty() {
                        <p class="pc-note">{ s.table_missing }</p>
                    } else {
                        <DotPlot lang={props.lang} spread={spread.clone()} />
                    }
                </div>
            }) }
            if props.table {
                <details class="pc-table">
                    <summary>{ s.show_table }</summary>
                    <table class="pc-datatable">
                        <thead><tr>
                            <th scope="col">{ s.table_area }</th>
                            <th scope="col" class="pc-num">{ s.table_scores }</th>
                            <th scope="col" class="pc-num">{ s.table_median }</th>
                            <th scope="col" class="pc-num">{ s.table_range }</th>
                            <th scope="col" class="pc-num">{ s.table_missing }</th>
                        </tr></thead>
                        <tbody>
                            { for props.spreads.iter().map(|spread| html! {
                                <tr>
                                    <th scope="row">{ name(spread) }</th>
                                    <td class="pc-num">{ spread.scores.len() }</td>
                                    <td class="pc-num">{ spread.median.map(|m| number(props.lang, m)).unwrap_or_default() }</td>
                                    <td class="pc-num">{ range(s, spread) }</td>
                                    <td class="pc-num">{ spread.missing }</td>
                                </tr>
                            }) }
                        </tbody>
                    </table>
                </details>
            }
        </div>
    }
}

/// "20 to 85", or nothing without scores.
fn range(s: &TrainerStrings, spread: &Spread) -> String {
    match (spread.scores.first(), spread.scores.last()) {
        (Some(low), Some(high)) => fill(
            s.range,
            &[("low", &low.to_string()), ("high", &high.to_string())],
        ),
        _ => String::new(),
    }
}

/// Props of [`Modes`].
#[derive(Properties, PartialEq)]
pub struct ModesProps {
    /// Language shown.
    pub lang: Lang,
    /// How many in each mode (none, consumer, participative, enhanced).
    pub modes: [usize; 4],
}

/// The modes of co-production as labelled bars with counts: the text is the
/// picture, the bars only repeat it.
#[component]
pub fn Modes(props: &ModesProps) -> Html {
    let s = trainer_strings(props.lang);
    let total: usize = props.modes.iter().sum();
    let most = props.modes.iter().copied().max().unwrap_or(0).max(1);
    // Consumer, participative, enhanced, then those without a mode.
    let order = [1, 2, 3, 0];
    html! {
        <ul class="pc-bars pc-modes">
            { for order.iter().map(|&mode| {
                let count = props.modes[mode];
                html! {
                    <li class="pc-bars__row">
                        <span class="pc-bars__label">{ mode_names(s)[mode] }</span>
                        <svg class="pc-bars__track" viewBox="0 0 100 10" preserveAspectRatio="none"
                            aria-hidden="true" focusable="false">
                            <rect class="pc-bars__fill" x="0" y="0" height="10"
                                width={decimal(100.0 * count as f32 / most as f32, 1)} />
                        </svg>
                        <span class="pc-bars__value">{ format!("{count} ({})", percent(props.lang, count, total)) }</span>
                    </li>
                }
            }) }
        </ul>
    }
}

/// Props of [`Prompts`].
#[derive(Properties, PartialEq)]
pub struct PromptsProps {
    /// Language shown.
    pub lang: Lang,
    /// The picture's prompts, most telling first.
    pub prompts: Vec<peer_compass_core::group::Prompt>,
}

/// The prompts for discussion, each with why it matters and its source.
#[component]
pub fn Prompts(props: &PromptsProps) -> Html {
    let s = trainer_strings(props.lang);
    html! {
        <ol class="pc-prompts">
            { for props.prompts.iter().map(|&p| {
                let (title, question, grounding) = prompt(s, p);
                html! {
                    <li class="pc-prompt">
                        <h4 class="pc-prompt__title">{ title }</h4>
                        <p class="pc-prompt__question">{ question }</p>
                        <p class="pc-prompt__grounding">
                            <span class="pc-prompt__why">{ s.grounding_label }</span>{ " " }{ grounding }
                        </p>
                    </li>
                }
            }) }
        </ol>
    }
}

/// Props of [`GroupPicture`].
#[derive(Properties, PartialEq)]
pub struct GroupPictureProps {
    /// The questionnaire.
    pub content: std::rc::Rc<Content>,
    /// Language shown.
    pub lang: Lang,
    /// The picture.
    pub picture: std::rc::Rc<Picture>,
}

/// The whole picture of one round, section by section.
#[component]
pub fn GroupPicture(props: &GroupPictureProps) -> Html {
    let s = trainer_strings(props.lang);
    let picture = &props.picture;
    let on_ladder: usize = picture.steps[3..].iter().sum();
    html! {
        <>
            <section class="pc-section" aria-labelledby="pc-ladder-heading">
                <h3 class="pc-subheading" id="pc-ladder-heading">{ s.ladder_heading }</h3>
                <p>{ s.ladder_lead }</p>
                <Ladder content={props.content.clone()} lang={props.lang} steps={picture.steps} />
                if picture.uneven > 0 && on_ladder > 0 {
                    <p class="pc-note">{ fill(s.uneven_note, &[("count", &picture.uneven.to_string())]) }</p>
                }
            </section>
            <section class="pc-section" aria-labelledby="pc-spreads-heading">
                <h3 class="pc-subheading" id="pc-spreads-heading">{ s.spreads_heading }</h3>
                <p>{ s.spreads_lead }</p>
                <Spreads content={props.content.clone()} lang={props.lang} spreads={picture.spreads.clone()} />
            </section>
            <section class="pc-section" aria-labelledby="pc-modes-heading">
                <h3 class="pc-subheading" id="pc-modes-heading">{ s.modes_heading }</h3>
                <p>{ s.modes_lead }</p>
                <Modes lang={props.lang} modes={picture.modes} />
            </section>
            <section class="pc-section pc-section--prompts" aria-labelledby="pc-prompts-heading">
                <h3 class="pc-subheading" id="pc-prompts-heading">{ s.prompts_heading }</h3>
                <p>{ s.prompts_lead }</p>
                <Prompts lang={props.lang} prompts={picture.prompts.clone()} />
            </section>
        </>
    }
}

/// The "below the minimum" message, for a round with too few codes.
pub fn below_minimum(lang: Lang, min: usize, count: usize) -> String {
    fill(
        trainer_strings(lang).below_minimum,
        &[("min", &min.to_string()), ("count", &count.to_string())],
    )
}

/// The panel that shows the questionnaire's address as a QR code, if there
/// is one that fits.
pub fn join_panel(lang: Lang, address: &str) -> Option<Panel> {
    let address = address.trim();
    if address.is_empty() || !fits(address) {
        return None;
    }
    Some(Panel {
        title: trainer_strings(lang).panel_join.to_owned(),
        body: html! {
            <div class="pc-join">
                <Qr text={AttrValue::from(address.to_owned())} />
                <p class="pc-join__address">{ address }</p>
            </div>
        },
    })
}

/// The panels of one round's picture for presenting: the address to join,
/// the ladder, the profile, the conditions, the modes, and one per prompt.
/// Below the minimum group size, only the address and the reason.
pub fn picture_panels(
    content: &std::rc::Rc<Content>,
    lang: Lang,
    round: usize,
    count: usize,
    min: usize,
    picture: Option<&Picture>,
    address: &str,
) -> Vec<Panel> {
    let s = trainer_strings(lang);
    let mut panels: Vec<Panel> = join_panel(lang, address).into_iter().collect();
    let Some(picture) = picture else {
        panels.push(Panel {
            title: s.picture_heading.to_owned(),
            body: html! { <p class="pc-present__message">{ below_minimum(lang, min, count) }</p> },
        });
        return panels;
    };
    let lead = fill(
        s.picture_lead,
        &[
            ("round", round_name(lang, round)),
            ("codes", &codes(lang, count)),
        ],
    );
    let (person, context): (Vec<Spread>, Vec<Spread>) =
        picture.spreads.iter().cloned().partition(|spread| {
            content
                .dimensions()
                .get(spread.dimension)
                .is_none_or(|d| d.kind != DimensionKind::Context)
        });
    panels.push(Panel {
        title: s.ladder_heading.to_owned(),
        body: html! {
            <>
                <p class="pc-present__lead">{ lead }</p>
                <Ladder content={content.clone()} lang={lang} steps={picture.steps} table={false} />
            </>
        },
    });
    panels.push(Panel {
        title: s.panel_profile.to_owned(),
        body: html! { <Spreads content={content.clone()} lang={lang} spreads={person} table={false} /> },
    });
    if !context.is_empty() {
        panels.push(Panel {
            title: s.panel_conditions.to_owned(),
            body: html! { <Spreads content={content.clone()} lang={lang} spreads={context} table={false} names={false} /> },
        });
    }
    panels.push(Panel {
        title: s.modes_heading.to_owned(),
        body: html! { <Modes lang={lang} modes={picture.modes} /> },
    });
    for &p in &picture.prompts {
        let (title, question, grounding) = prompt(s, p);
        panels.push(Panel {
            title: title.to_owned(),
            body: html! {
                <>
                    <p class="pc-present__question">{ question }</p>
                    <p class="pc-present__grounding">
                        <span class="pc-prompt__why">{ s.grounding_label }</span>{ " " }{ grounding }
                    </p>
                </>
            },
        });
    }
    panels
}
