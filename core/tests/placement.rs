mod util;

use peer_compass_core::{assess, Mode, Placement, Rung, RungStatus};
use Rung::*;

fn ladder(reached: Option<Rung>, approaching: Option<Rung>) -> Placement {
    Placement::Ladder {
        reached,
        approaching,
    }
}

#[test]
fn placements_of_hand_built_patterns() {
    let content = util::small();
    #[rustfmt::skip]
    let table: Vec<(&str, [&str; 4], Placement, Option<Mode>)> = vec![
        ("clear co-implementor", ["444", "222", "111", "333"], ladder(Some(CoImplementor), None), Some(Mode::Consumer)),
        ("clear co-designer", ["555", "454", "212", "333"], ladder(Some(CoDesigner), None), Some(Mode::Enhanced)),
        ("clear initiator", ["555", "555", "445", "555"], ladder(Some(Initiator), None), Some(Mode::Enhanced)),
        ("exactly at the mark", ["444", "444", "444", "---"], ladder(Some(Initiator), None), Some(Mode::Enhanced)),
        ("between co-implementor and co-designer", ["455", "434", "111", "333"], ladder(Some(CoImplementor), Some(CoDesigner)), Some(Mode::Consumer)),
        ("between co-designer and initiator", ["555", "445", "434", "333"], ladder(Some(CoDesigner), Some(Initiator)), Some(Mode::Enhanced)),
        ("close to co-implementor", ["434", "111", "111", "333"], ladder(None, Some(CoImplementor)), None),
        ("below co-implementor", ["212", "111", "111", "111"], ladder(None, None), None),
        ("uneven: initiator without co-designer", ["555", "222", "555", "333"],
            Placement::Uneven { reached: Some(CoImplementor), approaching: None, above: vec![Initiator] }, Some(Mode::Consumer)),
        ("uneven: co-designer without co-implementor", ["222", "555", "111", "333"],
            Placement::Uneven { reached: None, approaching: None, above: vec![CoDesigner] }, Some(Mode::Participative)),
        ("too few answers", ["4nd", "555", "555", "555"], Placement::NotEnoughAnswers, None),
        ("nothing answered", ["---", "---", "---", "---"], Placement::NotEnoughAnswers, None),
        ("outside-scale answers are missing, not a midpoint", ["44n", "44d", "11-", "---"], ladder(Some(CoDesigner), None), Some(Mode::Enhanced)),
        ("unknown middle rung stops the climb", ["555", "5--", "555", "---"], ladder(Some(CoImplementor), None), Some(Mode::Consumer)),
    ];
    for (name, [ci, cd, initiator, context], placement, mode) in table {
        let result = assess(
            &content,
            &util::answers(&content, ci, cd, initiator, context),
        );
        assert_eq!(result.placement, placement, "{name}");
        assert_eq!(result.mode, mode, "{name}");
    }
}

#[test]
fn context_never_changes_placement() {
    let content = util::small();
    let low = assess(
        &content,
        &util::answers(&content, "555", "444", "222", "111"),
    );
    let high = assess(
        &content,
        &util::answers(&content, "555", "444", "222", "555"),
    );
    assert_eq!(low.placement, high.placement);
    assert_ne!(low.dimensions, high.dimensions);
}

#[test]
fn scores_follow_the_documented_formula() {
    let content = util::small();
    // Rung co-implementor: 4, 5, 3 → mean 4 → 75. Dimension a: 4, 1, 1 → mean 2 → 25.
    let result = assess(
        &content,
        &util::answers(&content, "453", "111", "111", "12-"),
    );
    let ci = result.rung(CoImplementor);
    assert_eq!((ci.score, ci.status), (Some(75), RungStatus::Met));
    let scores: Vec<Option<u8>> = result.dimensions.iter().map(|d| d.score).collect();
    // a: 4,1,1 → 25; b: 5,1,1 → 33.3 → 33; c: 3,1,1 → 16.7 → 17; ctx: 1,2 → 12.5 → 13.
    assert_eq!(scores, vec![Some(25), Some(33), Some(17), Some(13)]);
}

#[test]
fn a_dimension_needs_two_thirds_answered() {
    let content = util::small();
    let result = assess(
        &content,
        &util::answers(&content, "5--", "5--", "5--", "3nd"),
    );
    // Dimension a has one item on each rung, all three answered: scored. Each
    // rung has one of its three items answered, and two are needed: unknown.
    let a = &result.dimensions[0];
    assert_eq!(
        (a.tally.answered, a.tally.needed(), a.score),
        (3, 2, Some(100))
    );
    let ctx = &result.dimensions[3];
    assert_eq!((ctx.tally.answered, ctx.score), (1, None));
    assert_eq!(result.rung(CoImplementor).status, RungStatus::Unknown);
}

#[test]
fn rank_orders_the_ladder() {
    let ranks: Vec<u8> = [
        ladder(None, None),
        ladder(None, Some(CoImplementor)),
        ladder(Some(CoImplementor), None),
        ladder(Some(CoImplementor), Some(CoDesigner)),
        ladder(Some(CoDesigner), None),
        ladder(Some(Initiator), None),
    ]
    .iter()
    .map(Placement::rank)
    .collect();
    assert_eq!(ranks, vec![0, 1, 2, 3, 4, 6]);
}
