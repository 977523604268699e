//! Share codes: what goes in comes out, every typo of one symbol and every
//! swap of neighbours is caught, and no text makes the reader panic.

use peer_compass_core::code::{find, fingerprint, CodeError, Shared, MAX_SCORES};
use peer_compass_core::{assess, Answer, Answers, Content, Mode, Placement, Rung};
use proptest::prelude::*;

const ALPHABET: &str = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

fn any_shared() -> impl Strategy<Value = Shared> {
    let placement = prop_oneof![
        Just(Placement::NotPlaced),
        Just(Placement::LittleRoom),
        Just(Placement::TokenRole),
        (0usize..3, any::<bool>(), any::<bool>()).prop_map(|(r, between, uneven)| {
            let rung = Rung::ALL[r];
            Placement::Rung {
                rung,
                between: if between { rung.next() } else { None },
                uneven,
            }
        }),
    ];
    let mode = prop::option::of(prop::sample::select(vec![
        Mode::Consumer,
        Mode::Participative,
        Mode::Enhanced,
    ]));
    let scores =
        prop::collection::vec(prop::option::of((0u8..=20).prop_map(|s| s * 5)), MAX_SCORES);
    (0u16..4096, placement, mode, scores).prop_map(|(version, placement, mode, scores)| Shared {
        version,
        placement,
        mode,
        scores,
    })
}

#[test]
fn a_result_becomes_a_short_code_grouped_for_reading() {
    let content = Content::builtin().unwrap();
    let mut answers = Answers::new(content.items().len());
    for index in 0..content.items().len() {
        answers.set(index, Some(Answer::Point(content.points_of(index))));
    }
    let result = assess(&content, &answers);
    let shared = Shared::of(&content, &result);
    let code = shared.code();
    assert_eq!(code.len(), 13);
    assert!(code.len() <= 16);
    let groups: Vec<&str> = code.split('-').collect();
    assert_eq!(
        groups.iter().map(|g| g.len()).collect::<Vec<_>>(),
        [4, 4, 3]
    );
    assert!(
        code.chars().all(|c| c == '-' || ALPHABET.contains(c)),
        "{code}"
    );
    let back = Shared::decode(&code).unwrap();
    assert_eq!(back, shared);
    assert_eq!(back.version, fingerprint(content.version()));
    assert_eq!(back.scores, vec![Some(100); 5]);
    assert_eq!(
        back.placement,
        Placement::Rung {
            rung: Rung::Initiator,
            between: None,
            uneven: false
        }
    );
    // Scores are rounded to the nearest 5: never the answers.
    let mut answers = Answers::new(content.items().len());
    answers.set(0, Some(Answer::Point(4)));
    answers.set(6, Some(Answer::Point(3)));
    let rounded = Shared::of(&content, &assess(&content, &answers));
    assert!(rounded.scores.iter().all(|s| s.is_none_or(|s| s % 5 == 0)));
}

#[test]
fn codes_read_in_any_case_with_look_alikes_and_spacing() {
    let shared = Shared {
        version: 77,
        placement: Placement::TokenRole,
        mode: None,
        scores: vec![Some(10), None, Some(0), Some(55), Some(100)],
    };
    let code = shared.code();
    let variants = [
        code.to_lowercase(),
        code.replace('-', ""),
        code.replace('-', " "),
        code.replace('1', "l").replace('0', "o"),
        code.replace('1', "I"),
    ];
    for variant in variants {
        assert_eq!(Shared::decode(&variant), Ok(shared.clone()), "{variant}");
    }
    assert_eq!(Shared::decode("K7QF-2M9X"), Err(CodeError::Length(8)));
    assert_eq!(
        Shared::decode("K7QF-2M9X-Q3U"),
        Err(CodeError::Character('U'))
    );
    assert_eq!(
        CodeError::Check.to_string(),
        "a character is mistyped or two are swapped"
    );
}

#[test]
fn codes_are_picked_out_of_a_chat_log() {
    let one = Shared {
        version: 1,
        placement: Placement::LittleRoom,
        mode: None,
        scores: vec![None; 5],
    }
    .code();
    let two = Shared {
        version: 2,
        placement: Placement::NotPlaced,
        mode: Some(Mode::Enhanced),
        scores: vec![Some(50); 5],
    }
    .code();
    let log = format!(
        "[10:02] Kari: mine is {one}!\n[10:03] Ola: here: {}\n{}\n[10:04] Per: PC-{one}-X is not one; nor is ABCD-EFGH-JKMN\n",
        two.to_lowercase(),
        two.replace('-', " ")
    );
    let found: Vec<(String, bool)> = find(&log)
        .into_iter()
        .map(|(text, r)| (text, r.is_ok()))
        .collect();
    assert_eq!(
        found,
        [
            (one.clone(), true),
            (two.to_lowercase(), true),
            (two.replace('-', " "), true)
        ]
    );
    // A line that is only a mistyped code is still found, and named as such.
    let mut typo: Vec<char> = one.chars().collect();
    typo[0] = if typo[0] == 'A' { 'B' } else { 'A' };
    let typo: String = typo.into_iter().collect();
    assert_eq!(find(&typo), [(typo.clone(), Err(CodeError::Check))]);
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(500))]

    #[test]
    fn what_goes_in_comes_out(shared in any_shared()) {
        prop_assert_eq!(Shared::decode(&shared.code()), Ok(shared));
    }

    #[test]
    fn every_single_wrong_symbol_is_caught(shared in any_shared()) {
        let code: Vec<char> = shared.code().chars().collect();
        for at in (0..code.len()).filter(|&i| code[i] != '-') {
            for replacement in ALPHABET.chars().filter(|&c| c != code[at]) {
                let mut typo = code.clone();
                typo[at] = replacement;
                let typo: String = typo.into_iter().collect();
                prop_assert_eq!(Shared::decode(&typo), Err(CodeError::Check), "{}", typo);
            }
        }
    }

    #[test]
    fn every_swap_of_neighbours_is_caught(shared in any_shared()) {
        let symbols: Vec<char> = shared.code().chars().filter(|&c| c != '-').collect();
        for at in 0..symbols.len() - 1 {
            if symbols[at] == symbols[at + 1] {
                continue;
            }
            let mut swapped = symbols.clone();
            swapped.swap(at, at + 1);
            let swapped: String = swapped.into_iter().collect();
            prop_assert_eq!(Shared::decode(&swapped), Err(CodeError::Check), "{}", swapped);
        }
    }

    #[test]
    fn no_text_panics_the_reader(text in "[0-9A-Za-z -]{0,20}|.{0,30}") {
        let _ = Shared::decode(&text);
        let _ = find(&text);
    }
}
