mod util;

use peer_compass_core::{assess, Mode, Placement, Rung, RungStatus};
use Rung::*;

fn rung(rung: Rung, between: Option<Rung>, uneven: bool) -> Placement {
    Placement::Rung {
        rung,
        between,
        uneven,
    }
}

#[test]
fn placements_of_hand_built_patterns() {
    let content = util::small();
    // Co-implementor items answer on a five-point scale (credit 0, 0, 50,
    // 100, 100), the others on a four-point 12-month scale (0, 50, 100, 100).
    // Key items: co-designer a or b (a is the workplace's), initiator a or b.
    #[rustfmt::skip]
    let table: Vec<(&str, [&str; 4], Placement, Option<Mode>)> = vec![
        ("clear co-implementor", ["444", "111", "111", "333"], rung(CoImplementor, None, false), Some(Mode::Consumer)),
        ("one 'sometimes' does not undo it", ["543", "111", "111", "333"], rung(CoImplementor, None, false), Some(Mode::Consumer)),
        ("exactly half is in place", ["431", "111", "111", "333"], rung(CoImplementor, None, false), Some(Mode::Consumer)),
        ("below half is not", ["331", "111", "111", "333"], Placement::LittleRoom, None),
        ("co-designer", ["444", "333", "111", "333"], rung(CoDesigner, None, false), Some(Mode::Enhanced)),
        ("co-design work that comes in episodes", ["444", "232", "111", "333"], rung(CoDesigner, None, false), Some(Mode::Enhanced)),
        ("between co-implementor and co-designer", ["444", "221", "111", "333"], rung(CoImplementor, Some(CoDesigner), false), Some(Mode::Consumer)),
        ("ideas the workplace never takes up are not co-design", ["444", "114", "111", "333"], rung(CoImplementor, None, false), Some(Mode::Consumer)),
        ("initiator", ["444", "333", "232", "333"], rung(Initiator, None, false), Some(Mode::Enhanced)),
        ("one start counts", ["444", "333", "242", "333"], rung(Initiator, None, false), Some(Mode::Enhanced)),
        ("ideas without a start are not initiative", ["444", "333", "114", "333"], rung(CoDesigner, None, false), Some(Mode::Enhanced)),
        ("between co-designer and initiator", ["444", "333", "221", "333"], rung(CoDesigner, Some(Initiator), false), Some(Mode::Enhanced)),
        ("uneven: initiator without co-designer", ["444", "111", "333", "333"], rung(Initiator, None, true), Some(Mode::Consumer)),
        ("uneven: co-designer with little front-line work", ["111", "333", "111", "333"], rung(CoDesigner, None, true), Some(Mode::Participative)),
        ("uneven: front-line work not part of the role", ["nn1", "333", "111", "333"], rung(CoDesigner, None, true), Some(Mode::Participative)),
        ("an unknown rung below is no gap", ["444", "3--", "333", "---"], rung(Initiator, None, false), Some(Mode::Consumer)),
        ("token role", ["211", "111", "111", "111"], Placement::TokenRole, None),
        ("token role, front-line work not part of it", ["nnn", "111", "111", "121"], Placement::TokenRole, None),
        ("little room with a supportive workplace", ["211", "111", "111", "444"], Placement::LittleRoom, None),
        ("little room when conditions are not known", ["211", "111", "111", "d--"], Placement::LittleRoom, None),
        ("some co-design is not a token role", ["211", "221", "111", "111"], Placement::LittleRoom, None),
        ("too few answers about day-to-day work", ["dd-", "111", "111", "---"], Placement::NotPlaced, None),
        ("nothing answered", ["---", "---", "---", "---"], Placement::NotPlaced, None),
        ("outside-scale answers are missing, not a midpoint", ["44n", "33d", "11-", "---"], rung(CoDesigner, None, false), Some(Mode::Enhanced)),
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
fn statuses_follow_credit_and_key_items() {
    let content = util::small();
    type Case = ([&'static str; 3], [RungStatus; 3], [Option<u8>; 3]);
    #[rustfmt::skip]
    let table: Vec<Case> = vec![
        (["543", "232", "242"], [RungStatus::InPlace; 3], [Some(83), Some(67), Some(67)]),
        (["331", "221", "211"], [RungStatus::Partly, RungStatus::Partly, RungStatus::NotYet], [Some(33), Some(33), Some(17)]),
        // 33 on average, but neither key item counts.
        (["111", "114", "114"], [RungStatus::NotYet; 3], [Some(0), Some(33), Some(33)]),
        (["4--", "3--", "nn3"], [RungStatus::Unknown; 3], [None; 3]),
    ];
    for ([ci, cd, initiator], statuses, credits) in table {
        let result = assess(&content, &util::answers(&content, ci, cd, initiator, "---"));
        let got: Vec<RungStatus> = result.rungs.iter().map(|r| r.status).collect();
        let credit: Vec<Option<u8>> = result.rungs.iter().map(|r| r.credit).collect();
        assert_eq!(got, statuses, "{ci} {cd} {initiator}");
        assert_eq!(credit, credits, "{ci} {cd} {initiator}");
    }
}

#[test]
fn context_changes_the_placement_only_between_little_room_and_a_token_role() {
    let content = util::small();
    for pattern in [["555", "444", "222", ""], ["555", "111", "111", ""]] {
        let [ci, cd, i, _] = pattern;
        let low = assess(&content, &util::answers(&content, ci, cd, i, "111"));
        let high = assess(&content, &util::answers(&content, ci, cd, i, "555"));
        assert_eq!(low.placement, high.placement);
        assert_ne!(low.dimensions, high.dimensions);
    }
    let low = assess(
        &content,
        &util::answers(&content, "211", "111", "111", "111"),
    );
    let high = assess(
        &content,
        &util::answers(&content, "211", "111", "111", "555"),
    );
    assert_eq!(
        (low.placement, high.placement),
        (Placement::TokenRole, Placement::LittleRoom)
    );
}

#[test]
fn scores_follow_the_documented_formula() {
    let content = util::small();
    // Each answer placed on its own scale from 0 to 100, then averaged:
    // a: ci 4 of 5 → 75, cd 1 of 4 → 0, initiator 1 of 4 → 0 → 25.
    // b: ci 5 → 100, cd 4 → 100, initiator 2 → 33.3 → 77.8 → 78.
    // c: ci 3 → 50, cd 2 → 33.3, initiator 3 → 66.7 → 50.
    // ctx: 1, 2 → 0, 25 → 12.5 → 13 (half up).
    let result = assess(
        &content,
        &util::answers(&content, "453", "142", "123", "12-"),
    );
    let scores: Vec<Option<u8>> = result.dimensions.iter().map(|d| d.score).collect();
    assert_eq!(scores, vec![Some(25), Some(78), Some(50), Some(13)]);
    assert_eq!(result.conditions, Some(13));
    // Co-implementor credits: 100, 100, 50 → 83.3 → 83.
    assert_eq!(result.rung(CoImplementor).credit, Some(83));
}

#[test]
fn a_dimension_needs_two_thirds_answered() {
    let content = util::small();
    let result = assess(
        &content,
        &util::answers(&content, "5--", "4--", "4--", "3nd"),
    );
    // Dimension a has one item on each rung, all three answered: scored. Each
    // rung has one of its three items answered, and two are needed: unknown.
    let a = &result.dimensions[0];
    assert_eq!(
        (a.tally.answered, a.tally.needed(), a.score),
        (3, 2, Some(100))
    );
    let ctx = &result.dimensions[3];
    assert_eq!(
        (ctx.tally.answered, ctx.tally.not_my_role, ctx.score),
        (1, 1, None)
    );
    assert_eq!(result.rung(CoImplementor).status, RungStatus::Unknown);
}

#[test]
fn ids_and_rank_order_the_placements() {
    #[rustfmt::skip]
    let table = [
        (Placement::NotPlaced, "not-placed", 0),
        (Placement::TokenRole, "token-role", 0),
        (Placement::LittleRoom, "little-room", 0),
        (rung(CoImplementor, None, true), "co-implementor", 2),
        (rung(CoImplementor, Some(CoDesigner), false), "co-implementor", 3),
        (rung(CoDesigner, None, false), "co-designer", 4),
        (rung(CoDesigner, Some(Initiator), true), "co-designer", 5),
        (rung(Initiator, None, false), "initiator", 6),
    ];
    for (placement, id, rank) in table {
        assert_eq!(
            (placement.id(), placement.rank()),
            (id, rank),
            "{placement:?}"
        );
    }
}
