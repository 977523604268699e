//! A trainer's group picture from share codes.

use peer_compass_core::code::{fingerprint, CodeError, Shared};
use peer_compass_core::group::{check, csv, picture, step, Entry, Prompt, STEPS};
use peer_compass_core::{Content, Mode, Placement, Rung};
use std::collections::HashSet;

fn content() -> Content {
    Content::builtin().unwrap()
}

fn shared(placement: Placement, mode: Option<Mode>, scores: [Option<u8>; 5]) -> Shared {
    Shared {
        version: fingerprint(content().version()),
        placement,
        mode,
        scores: scores.to_vec(),
    }
}

fn ci() -> Placement {
    Placement::Rung {
        rung: Rung::CoImplementor,
        between: None,
        uneven: false,
    }
}

#[test]
fn each_code_gets_its_own_message() {
    let content = content();
    let one = shared(ci(), Some(Mode::Consumer), [Some(50); 5]);
    assert_eq!(
        check(&content, &HashSet::new(), &one.code()),
        Entry::Counted(one.clone())
    );
    assert_eq!(
        check(&content, &HashSet::from([one.clone()]), &one.code()),
        Entry::Duplicate
    );
    let earlier = Shared {
        version: fingerprint("2026.11"),
        ..one.clone()
    };
    assert_eq!(
        check(&content, &HashSet::new(), &earlier.code()),
        Entry::OtherVersion(Some("2026.11".into()))
    );
    let unknown = Shared {
        version: fingerprint("2031.1"),
        ..one.clone()
    };
    assert_eq!(
        check(&content, &HashSet::new(), &unknown.code()),
        Entry::OtherVersion(None)
    );
    let mut typo: Vec<char> = one.code().chars().collect();
    typo[1] = if typo[1] == '7' { '8' } else { '7' };
    assert_eq!(
        check(&content, &HashSet::new(), &typo.iter().collect::<String>()),
        Entry::Unreadable(CodeError::Check)
    );
}

#[test]
fn nothing_is_shown_below_the_minimum_group_size() {
    let content = content();
    let two = vec![shared(ci(), None, [None; 5]); 2];
    assert_eq!(picture(&content, &two, 3), None);
    assert!(picture(&content, &two, 2).is_some());
    // Never below two, whatever is asked.
    assert_eq!(picture(&content, &two[..1], 0), None);
    assert_eq!(picture(&content, &two[..1], 1), None);
}

#[test]
fn the_picture_counts_steps_spreads_and_modes() {
    let content = content();
    let codes = vec![
        shared(
            ci(),
            Some(Mode::Consumer),
            [Some(20), Some(40), Some(10), Some(30), Some(20)],
        ),
        shared(
            ci(),
            Some(Mode::Consumer),
            [Some(80), Some(30), Some(20), None, Some(30)],
        ),
        shared(
            Placement::Rung {
                rung: Rung::CoImplementor,
                between: Some(Rung::CoDesigner),
                uneven: false,
            },
            Some(Mode::Consumer),
            [Some(40), Some(35), Some(30), Some(50), Some(40)],
        ),
        shared(
            Placement::TokenRole,
            None,
            [Some(0), Some(5), Some(0), Some(10), Some(0)],
        ),
        shared(
            Placement::Rung {
                rung: Rung::Initiator,
                between: None,
                uneven: true,
            },
            Some(Mode::Enhanced),
            [Some(90), Some(85), Some(95), Some(80), Some(75)],
        ),
    ];
    let p = picture(&content, &codes, 3).unwrap();
    assert_eq!(p.size, 5);
    let mut steps = [0; STEPS];
    steps[step(&ci())] = 2;
    steps[4] = 1;
    steps[1] = 1;
    steps[7] = 1;
    assert_eq!(p.steps, steps);
    assert_eq!(p.uneven, 1);
    assert_eq!(p.modes, [1, 3, 0, 1]);
    // Influence: 0, 20, 40, 80, 90 → median 40; bridging one missing.
    assert_eq!(p.spreads[0].scores, [0, 20, 40, 80, 90]);
    assert_eq!(p.spreads[0].median, Some(40.0));
    assert_eq!((p.spreads[3].missing, p.spreads[3].median), (1, Some(40.0)));
    // Most on co-implementor with weak conditions, a token role, a third
    // between, influence from 0 to 90, an initiator, knowledge low.
    assert_eq!(
        p.prompts,
        [
            Prompt::IdeasToDecisions,
            Prompt::TokenRoles,
            Prompt::UnevenInfluence,
            Prompt::SpreadInitiative,
            Prompt::ShareKnowledge,
            Prompt::NextStep
        ]
    );
    let table = csv(&content, &p, ';');
    assert!(table.starts_with("\u{feff}what;value;count;median;lowest;highest\r\n"));
    assert!(
        table.contains("placement;co-implementor;2;;;\r\n"),
        "{table}"
    );
    assert!(table.contains("score;influence;5;40;0;90\r\n"), "{table}");
    assert!(table.contains("mode;consumer;3;;;\r\n"), "{table}");
}

/// Each prompt's rule, at its threshold and one step short of it. Scores are
/// influence, tacit knowledge, ownership, bridging, conditions.
#[test]
fn each_prompt_starts_exactly_at_its_threshold() {
    let content = content();
    let mid = [Some(60), Some(60), Some(60), Some(60), Some(60)];
    let between = Placement::Rung {
        rung: Rung::CoImplementor,
        between: Some(Rung::CoDesigner),
        uneven: false,
    };
    let cd = Placement::Rung {
        rung: Rung::CoDesigner,
        between: None,
        uneven: false,
    };
    let with = |placement: Placement, scores: [Option<u8>; 5]| shared(placement, None, scores);
    let prompts = |codes: &[Shared]| picture(&content, codes, 2).unwrap().prompts;
    let has = |codes: &[Shared], prompt: Prompt| prompts(codes).contains(&prompt);
    let conditions = |c: u8| [Some(60), Some(60), Some(60), Some(60), Some(c)];

    // Half or more on the co-implementor rung (between counts) and
    // conditions' median below 50.
    let weak = conditions(40);
    assert!(has(
        &[
            with(ci(), weak),
            with(between.clone(), weak),
            with(cd.clone(), weak),
            with(cd.clone(), weak)
        ],
        Prompt::IdeasToDecisions
    ));
    assert!(!has(
        &[
            with(ci(), weak),
            with(cd.clone(), weak),
            with(cd.clone(), weak)
        ],
        Prompt::IdeasToDecisions
    ));
    let fifty = [
        with(ci(), conditions(50)),
        with(ci(), conditions(50)),
        with(cd.clone(), conditions(50)),
    ];
    assert!(!has(&fifty, Prompt::IdeasToDecisions));
    let just_under = [with(ci(), conditions(49)), with(ci(), conditions(50))];
    assert!(has(&just_under, Prompt::IdeasToDecisions));
    assert!(!has(
        &[with(ci(), mid), with(ci(), mid)],
        Prompt::IdeasToDecisions
    ));

    // Any token role.
    assert!(has(
        &[with(Placement::TokenRole, mid), with(cd.clone(), mid)],
        Prompt::TokenRoles
    ));
    assert!(!has(
        &[with(cd.clone(), mid), with(cd.clone(), mid)],
        Prompt::TokenRoles
    ));

    // A third or more between co-implementor and co-designer.
    assert!(has(
        &[
            with(between.clone(), mid),
            with(cd.clone(), mid),
            with(cd.clone(), mid)
        ],
        Prompt::InvitedEarly
    ));
    assert!(!has(
        &[
            with(between.clone(), mid),
            with(cd.clone(), mid),
            with(cd.clone(), mid),
            with(cd.clone(), mid)
        ],
        Prompt::InvitedEarly
    ));

    // Influence 50 apart or more, between at least two people.
    let influence = |a: u8, b: u8| {
        [
            with(
                cd.clone(),
                [Some(a), Some(60), Some(60), Some(60), Some(60)],
            ),
            with(
                cd.clone(),
                [Some(b), Some(60), Some(60), Some(60), Some(60)],
            ),
        ]
    };
    assert!(has(&influence(30, 80), Prompt::UnevenInfluence));
    assert!(!has(&influence(30, 79), Prompt::UnevenInfluence));
    let one_scored = [
        with(
            cd.clone(),
            [Some(100), Some(60), Some(60), Some(60), Some(60)],
        ),
        with(cd.clone(), [None, Some(60), Some(60), Some(60), Some(60)]),
    ];
    assert!(!has(&one_scored, Prompt::UnevenInfluence));

    // Anyone on the initiator rung.
    let initiator = Placement::Rung {
        rung: Rung::Initiator,
        between: None,
        uneven: false,
    };
    assert!(has(
        &[with(initiator, mid), with(cd.clone(), mid)],
        Prompt::SpreadInitiative
    ));
    assert!(!has(
        &[with(cd.clone(), mid), with(cd.clone(), mid)],
        Prompt::SpreadInitiative
    ));

    // Experiential knowledge's median below 50.
    let knowledge = |k: u8| [Some(60), Some(k), Some(60), Some(60), Some(60)];
    assert!(has(
        &[
            with(cd.clone(), knowledge(49)),
            with(cd.clone(), knowledge(50))
        ],
        Prompt::ShareKnowledge
    ));
    assert!(!has(
        &[
            with(cd.clone(), knowledge(50)),
            with(cd.clone(), knowledge(50))
        ],
        Prompt::ShareKnowledge
    ));

    // And always the next step, last.
    assert_eq!(
        prompts(&[with(cd.clone(), mid), with(cd, mid)]),
        [Prompt::NextStep]
    );
}
