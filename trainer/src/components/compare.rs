//! Before and after: the two rounds' pictures side by side.

use super::picture::Ladder;
use super::present::Panel;
use crate::session::ROUNDS;
use crate::words::{
    change, codes, mode_names, number, percent, round_mid, round_name, step_name, TOP_FIRST,
};
use peer_compass_core::group::Picture;
use peer_compass_core::text::fill;
use peer_compass_core::text::trainer::trainer_strings;
use peer_compass_core::{Content, Lang};
use std::rc::Rc;
use yew::prelude::*;

/// Props of [`Compare`].
#[derive(Properties, PartialEq)]
pub struct CompareProps {
    /// The questionnaire.
    pub content: Rc<Content>,
    /// Language shown.
    pub lang: Lang,
    /// How many codes each round has.
    pub counts: [usize; ROUNDS],
    /// Each round's picture, when it has enough codes.
    pub pictures: [Option<Rc<Picture>>; ROUNDS],
    /// The smallest group shown.
    pub min: usize,
}

/// Says which round has too few codes, or shows both: the ladders side by
/// side, then tables of steps, medians and modes with both rounds.
#[component]
pub fn Compare(props: &CompareProps) -> Html {
    let s = trainer_strings(props.lang);
    let lang = props.lang;
    let missing = (0..ROUNDS)
        .filter(|&r| props.pictures[r].is_none())
        .map(|round| {
            html! {
                <p class="pc-notice">{ fill(s.compare_missing, &[
                    ("round", &round_mid(lang, round)),
                    ("codes", &codes(lang, props.counts[round])),
                    ("min", &props.min.to_string()),
                ]) }</p>
            }
        });
    let [Some(first), Some(second)] = &props.pictures else {
        return html! { <>{ for missing }</> };
    };
    html! {
        <>
            <section class="pc-section" aria-labelledby="pc-compare-steps">
                <h3 class="pc-subheading" id="pc-compare-steps">{ s.compare_steps }</h3>
                { ladders(&props.content, lang, first, second) }
                { steps_table(&props.content, lang, first, second) }
            </section>
            <section class="pc-section" aria-labelledby="pc-compare-medians">
                <h3 class="pc-subheading" id="pc-compare-medians">{ s.compare_medians }</h3>
                { medians_table(&props.content, lang, first, second) }
            </section>
            <section class="pc-section" aria-labelledby="pc-compare-modes">
                <h3 class="pc-subheading" id="pc-compare-modes">{ s.modes_heading }</h3>
                { modes_table(lang, first, second) }
            </section>
        </>
    }
}

/// Both rounds' ladders side by side, each captioned with its round and size.
fn ladders(content: &Rc<Content>, lang: Lang, first: &Picture, second: &Picture) -> Html {
    let s = trainer_strings(lang);
    html! {
        <div class="pc-side">
            { for [first, second].iter().enumerate().map(|(round, picture)| html! {
                <figure class="pc-side__one">
                    <figcaption class="pc-side__caption">
                        { fill(s.picture_lead, &[("round", round_name(lang, round)), ("codes", &codes(lang, picture.size))]) }
                    </figcaption>
                    <Ladder content={content.clone()} lang={lang} steps={picture.steps} table={false} />
                </figure>
            }) }
        </div>
    }
}

/// Steps with both rounds' counts and shares.
fn steps_table(content: &Content, lang: Lang, first: &Picture, second: &Picture) -> Html {
    let rows = TOP_FIRST.iter().map(|&step| {
        let name = step_name(content, lang, step);
        (name, first.steps[step], second.steps[step])
    });
    counts_table(lang, trainer_strings(lang).table_step, rows, first, second)
}

/// The modes in both rounds.
fn modes_table(lang: Lang, first: &Picture, second: &Picture) -> Html {
    let names = mode_names(trainer_strings(lang));
    let rows = [1, 2, 3, 0].iter().map(|&mode| {
        (
            names[mode].to_owned(),
            first.modes[mode],
            second.modes[mode],
        )
    });
    counts_table(lang, trainer_strings(lang).table_mode, rows, first, second)
}

/// A table of counts in both rounds, each with its share of its round.
fn counts_table(
    lang: Lang,
    heading: &str,
    rows: impl Iterator<Item = (String, usize, usize)>,
    first: &Picture,
    second: &Picture,
) -> Html {
    let cell = |count: usize, picture: &Picture| {
        format!("{count} ({})", percent(lang, count, picture.size))
    };
    html! {
        <table class="pc-datatable">
            <thead><tr>
                <th scope="col">{ heading }</th>
                <th scope="col" class="pc-num">{ round_name(lang, 0) }</th>
                <th scope="col" class="pc-num">{ round_name(lang, 1) }</th>
            </tr></thead>
            <tbody>
                { for rows.map(|(name, a, b)| html! {
                    <tr>
                        <th scope="row">{ name }</th>
                        <td class="pc-num">{ cell(a, first) }</td>
                        <td class="pc-num">{ cell(b, second) }</td>
                    </tr>
                }) }
            </tbody>
        </table>
    }
}

/// Each area's median in both rounds, and the change.
fn medians_table(content: &Content, lang: Lang, first: &Picture, second: &Picture) -> Html {
    let s = trainer_strings(lang);
    let rows = first.spreads.iter().zip(&second.spreads).map(|(a, b)| {
        let name = content
            .dimensions()
            .get(a.dimension)
            .map(|d| d.name.get(lang).to_owned())
            .unwrap_or_default();
        let show = |m: Option<f32>| m.map(|m| number(lang, m)).unwrap_or_default();
        let moved = match (a.median, b.median) {
            (Some(a), Some(b)) => change(lang, b - a),
            _ => String::new(),
        };
        html! {
            <tr>
                <th scope="row">{ name }</th>
                <td class="pc-num">{ show(a.median) }</td>
                <td class="pc-num">{ show(b.median) }</td>
                <td class="pc-num">{ moved }</td>
            </tr>
        }
    });
    html! {
        <table class="pc-datatable">
            <thead><tr>
                <th scope="col">{ s.table_area }</th>
                <th scope="col" class="pc-num">{ round_name(lang, 0) }</th>
                <th scope="col" class="pc-num">{ round_name(lang, 1) }</th>
                <th scope="col" class="pc-num">{ s.table_change }</th>
            </tr></thead>
            <tbody>{ for rows }</tbody>
        </table>
    }
}

/// The panels for presenting both rounds: the ladders side by side, then
/// the medians.
pub fn compare_panels(
    content: &Rc<Content>,
    lang: Lang,
    counts: [usize; ROUNDS],
    pictures: &[Option<Rc<Picture>>; ROUNDS],
    min: usize,
) -> Vec<Panel> {
    let s = trainer_strings(lang);
    let [Some(first), Some(second)] = pictures else {
        return vec![Panel {
            title: s.compare_heading.to_owned(),
            body: html! {
                <Compare content={content.clone()} lang={lang} counts={counts} pictures={pictures.clone()} min={min} />
            },
        }];
    };
    vec![
        Panel {
            title: s.compare_steps.to_owned(),
            body: html! {
                { ladders(content, lang, first, second) }
            },
        },
        Panel {
            title: s.compare_medians.to_owned(),
            body: medians_table(content, lang, first, second),
        },
    ]
}
