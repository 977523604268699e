mod util;

use peer_compass_core::text::Words;
use peer_compass_core::{
    assess, explain, saved, suggest, Answer, Answers, Audience, Content, Flow, Lang, RungStatus,
    Screen,
};
use proptest::prelude::*;
use std::sync::OnceLock;

fn contents() -> &'static [Content; 2] {
    static CONTENTS: OnceLock<[Content; 2]> = OnceLock::new();
    CONTENTS.get_or_init(|| [util::small(), Content::builtin().expect("built-in content")])
}

/// Any answer set for a content: each item skipped, outside the scale, or
/// any point on its own scale.
fn any_answers(content: &'static Content) -> impl Strategy<Value = Answers> {
    let slots: Vec<_> = (0..content.items().len())
        .map(|item| {
            let offered: Vec<Answer> = Answer::offered(content.points_of(item)).collect();
            prop::option::of(prop::sample::select(offered))
        })
        .collect();
    slots.prop_map(Answers::from_slots)
}

fn with_content() -> impl Strategy<Value = (usize, Answers)> {
    (0usize..2).prop_flat_map(|which| (Just(which), any_answers(&contents()[which])))
}

/// Text made of JSON's own tokens, valid or not, so that the reader gets past
/// its first byte: brackets, separators, strings with escapes, numbers.
fn json_like() -> impl Strategy<Value = String> {
    let token = prop_oneof![
        Just("{".to_owned()),
        Just("}".to_owned()),
        Just("[".to_owned()),
        Just("]".to_owned()),
        Just(",".to_owned()),
        Just(":".to_owned()),
        Just(" ".to_owned()),
        Just("\n".to_owned()),
        Just("true".to_owned()),
        Just("nul".to_owned()),
        Just("-".to_owned()),
        "-?[0-9]{1,22}",
        "\"([a-zæ\\\\\"]|\\\\u[0-9a-fA-F]{4}){0,6}\"?",
        "\"format\"",
        "\"items\"",
    ];
    prop::collection::vec(token, 0..60).prop_map(|tokens| tokens.concat())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    #[test]
    fn scores_stay_within_0_to_100((which, answers) in with_content()) {
        let result = assess(&contents()[which], &answers);
        let scores = result.dimensions.iter().map(|d| d.score).chain(result.rungs.iter().map(|r| r.credit));
        for score in scores.chain([result.conditions]) {
            prop_assert!(score.is_none_or(|s| s <= 100));
        }
    }

    #[test]
    fn raising_one_answer_never_lowers_its_score_or_the_placement(
        (which, answers) in with_content(),
        pick in any::<prop::sample::Index>(),
    ) {
        let content = &contents()[which];
        let index = pick.index(content.items().len());
        let Some(point) = answers.point(index).filter(|&p| p < content.points_of(index)) else { return Ok(()) };
        let mut raised = answers.clone();
        raised.set(index, Some(Answer::Point(point + 1)));
        let before = assess(content, &answers);
        let after = assess(content, &raised);
        let dimension = content.dimension_index(&content.items()[index].dimension).unwrap();
        prop_assert!(after.dimensions[dimension].score >= before.dimensions[dimension].score);
        if let Some(rung) = content.items()[index].rung {
            prop_assert!(after.rung(rung).status >= before.rung(rung).status);
        }
        prop_assert!(after.placement.rank() >= before.placement.rank(),
            "{:?} -> {:?}", before.placement, after.placement);
    }

    #[test]
    fn each_rung_is_explained_by_its_most_telling_answer((which, answers) in with_content()) {
        let content = &contents()[which];
        let result = assess(content, &answers);
        let facts = explain(content, &answers, &result);
        for (evidence, rung) in facts.rungs.iter().zip(&result.rungs) {
            prop_assert_eq!(evidence.status, rung.status);
            match evidence.example {
                None => prop_assert!(rung.credit.is_none()),
                Some(example) => {
                    prop_assert_eq!(content.items()[example.item].rung, Some(rung.rung));
                    prop_assert_eq!(example.actor, content.items()[example.item].actor);
                    let credit = content.credit(example.item, example.answer);
                    let credits: Vec<u8> = content
                        .items_on(rung.rung)
                        .filter_map(|(i, _)| answers.get(i).and_then(|a| content.credit(i, a)))
                        .collect();
                    if rung.status == RungStatus::InPlace {
                        prop_assert_eq!(credit.as_ref(), credits.iter().max());
                    } else if rung.key {
                        prop_assert_eq!(credit.as_ref(), credits.iter().min());
                    } else {
                        // Its key items do not count: one of them, or the
                        // least counted when none is answered.
                        let id = &content.items()[example.item].id;
                        prop_assert!(content.rung(rung.rung).needs.contains(id) || credit.as_ref() == credits.iter().min());
                        prop_assert_eq!(credit, Some(0));
                    }
                }
            }
        }
    }

    #[test]
    fn every_result_gets_suggestions_and_an_explanation((which, answers) in with_content()) {
        let content = &contents()[which];
        let result = assess(content, &answers);
        for audience in Audience::ALL {
            let suggestions = suggest(content, &answers, &result, audience);
            prop_assert!(!suggestions.is_empty() && suggestions.len() <= peer_compass_core::MAX_PER_AUDIENCE);
            prop_assert!(suggestions.iter().all(|s| s.audience == audience));
        }
        let facts = explain(content, &answers, &result);
        for &lang in Lang::ALL {
            let words = Words::new(content, lang);
            let mut sentences = vec![words.headline(&result.placement), words.overview(&facts)];
            sentences.extend(facts.rungs.iter().map(|e| words.evidence(e)));
            sentences.extend(facts.context.iter().map(|c| words.context(c)));
            prop_assert_eq!(sentences.len(), 2 + 3 + 1);
            // No exam words about the person (the language review's list).
            for word in ["mark", "not yet at", "fall short", "holds it back", "merket", "holder igjen"] {
                prop_assert!(sentences.iter().all(|s| !s.contains(word)), "{}", word);
            }
            for sentence in sentences {
                // Filled, with no gap left open and no empty name.
                prop_assert!(!sentence.is_empty() && !sentence.contains('{') && !sentence.contains("“”"), "{}", sentence);
            }
        }
    }

    #[test]
    fn no_answer_set_panics(slots in prop::collection::vec(prop::option::of(0u8..12), 0..40)) {
        // Lengths that do not match the questionnaire, and points beyond any scale.
        let answers = Answers::from_slots(slots.into_iter().map(|c| c.map(|c| match c {
            10 => Answer::NotMyRole,
            11 => Answer::DontKnow,
            point => Answer::Point(point),
        })).collect());
        for content in contents() {
            let result = assess(content, &answers);
            let _ = suggest(content, &answers, &result, Audience::You);
            let facts = explain(content, &answers, &result);
            let words = Words::new(content, Lang::Nb);
            for evidence in &facts.rungs {
                let _ = words.evidence(evidence);
            }
        }
    }

    #[test]
    fn no_json_panics_the_parser(json in json_like()) {
        let _ = Content::parse(&json, "fuzz.json");
    }

    #[test]
    fn saved_progress_round_trips((which, answers) in with_content(), screen in 0usize..30) {
        let content = &contents()[which];
        let items = content.items().len();
        let screen = match screen {
            0 => Screen::Welcome,
            1 => Screen::Check,
            2 => Screen::Result,
            n => Screen::Question((n - 3) % items),
        };
        let flow = Flow { screen, answers, returning: false };
        let restored = saved::decode(&saved::encode(&flow, content.version()), content);
        prop_assert_eq!(restored.map(|r| (r.flow, r.from)), Ok((flow, None)));
    }

    #[test]
    fn no_saved_text_panics_restore(saved in "(pc[12];)?(test;|2026[.]1[12];|old;)?(w|c|r|q[0-9]{1,2})?;?[-0-9nd]{0,30}") {
        for content in contents() {
            let _ = saved::decode(&saved, content);
        }
    }
}
