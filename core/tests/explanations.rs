//! Why a result is what it is: the facts `explain` picks (the rungs that make
//! a placement uneven, the answer that shows each rung's status) and the
//! sentences `Words` makes of them, in both languages.

mod util;

use peer_compass_core::text::{fill, strings, Words};
use peer_compass_core::{
    assess, explain, Actor, Answer, Answers, Content, ContextNote, Explanation, Lang, Mode,
    Placement, Rung, RungStatus,
};
use util::{answers, small, small_with};

fn explained(content: &Content, answers: &Answers) -> Explanation {
    explain(content, answers, &assess(content, answers))
}

fn item(content: &Content, id: &str) -> usize {
    content.item_index(id).unwrap()
}

#[test]
fn an_uneven_placement_names_the_rungs_below_that_show_less() {
    let content = small();
    let cases: [(&str, &str, &str, Rung, &[Rung]); 5] = [
        // Co-designer in place over a co-implementor rung not yet there; the
        // initiator rung above it is not part of the gap.
        (
            "111",
            "444",
            "111",
            Rung::CoDesigner,
            &[Rung::CoImplementor],
        ),
        // Mostly "not part of my role" shows less too.
        (
            "nnn",
            "444",
            "111",
            Rung::CoDesigner,
            &[Rung::CoImplementor],
        ),
        // Too few answers alone says nothing: not uneven.
        ("--1", "444", "111", Rung::CoDesigner, &[]),
        // Two rungs below, lowest first.
        (
            "111",
            "221",
            "444",
            Rung::Initiator,
            &[Rung::CoImplementor, Rung::CoDesigner],
        ),
        // Everything in place.
        ("555", "444", "444", Rung::Initiator, &[]),
    ];
    for (ci, cd, initiator, placed, gap) in cases {
        let answers = answers(&content, ci, cd, initiator, "555");
        let facts = explained(&content, &answers);
        assert_eq!(
            facts.placement.rung(),
            Some(placed),
            "{ci} {cd} {initiator}"
        );
        assert_eq!(facts.gap, gap, "{ci} {cd} {initiator}");
        assert_eq!(facts.placement.uneven(), !gap.is_empty());
    }
}

#[test]
fn the_overview_says_the_gap_in_each_language() {
    let content = small();
    let two = answers(&content, "111", "221", "444", "555");
    let none = answers(&content, "555", "444", "444", "555");
    for &lang in Lang::ALL {
        let words = Words::new(&content, lang);
        let s = strings(lang);
        let name = |rung: Rung| {
            let mut name = content.rung(rung).name.get(lang).to_owned();
            name[..1].make_ascii_lowercase();
            name
        };
        let expected = format!(
            "{} {}",
            fill(s.overview_rung, &[("rung", &name(Rung::Initiator))]),
            fill(
                s.overview_uneven,
                &[(
                    "gap",
                    &format!(
                        "{}{}{}",
                        name(Rung::CoImplementor),
                        s.and,
                        name(Rung::CoDesigner)
                    )
                )]
            )
        );
        assert_eq!(words.overview(&explained(&content, &two)), expected);
        assert_eq!(
            words.overview(&explained(&content, &none)),
            fill(s.overview_rung, &[("rung", &name(Rung::Initiator))])
        );
    }
}

/// The example for a rung's status: the answer that shows it best.
#[test]
fn each_rung_is_shown_by_the_answer_that_shows_its_status_best() {
    let content = small();
    let example = |answers: &Answers, rung: Rung| {
        let facts = explained(&content, answers);
        let evidence = &facts.rungs[rung.index()];
        (evidence.status, evidence.example.map(|e| e.item))
    };
    // In place: the answer that counts most, the person's own before the
    // workplace's (a-co-designer is the workplace's and comes first).
    assert_eq!(
        example(
            &answers(&content, "555", "444", "111", "555"),
            Rung::CoDesigner
        ),
        (RungStatus::InPlace, Some(item(&content, "b-co-designer")))
    );
    // Not in place: the answer that counts least, first in item order.
    assert_eq!(
        example(
            &answers(&content, "313", "444", "111", "555"),
            Rung::CoImplementor
        ),
        (RungStatus::Partly, Some(item(&content, "b-co-implementor")))
    );
    // Too few answers: no example.
    assert_eq!(
        example(
            &answers(&content, "--1", "444", "111", "555"),
            Rung::CoImplementor
        ),
        (RungStatus::Unknown, None)
    );

    // With c-co-designer the workplace's: among the answers that count
    // least, the workplace's is named (what others do is named as theirs).
    let c_workplace = Content::parse(
        &small_with(|v| v["items"][7]["actor"] = "workplace".into()),
        "edited",
    )
    .unwrap();
    assert_eq!(c_workplace.items()[7].actor, Actor::Workplace);
    let facts = explained(
        &c_workplace,
        &answers(&c_workplace, "555", "211", "111", "555"),
    );
    let evidence = &facts.rungs[Rung::CoDesigner.index()];
    assert_eq!(evidence.status, RungStatus::NotYet);
    assert_eq!(
        evidence.example.map(|e| e.item),
        Some(item(&c_workplace, "c-co-designer"))
    );

    // When no key item counts, the example is a key item, even when another
    // answer is the workplace's: it says what the rung is missing.
    let keys_own = Content::parse(
        &small_with(|v| {
            v["items"][1]["actor"] = "self".into();
            v["items"][7]["actor"] = "workplace".into();
        }),
        "edited",
    )
    .unwrap();
    let facts = explained(&keys_own, &answers(&keys_own, "555", "111", "111", "555"));
    let evidence = &facts.rungs[Rung::CoDesigner.index()];
    assert_eq!(evidence.status, RungStatus::NotYet);
    assert_eq!(
        evidence.example.map(|e| e.item),
        Some(item(&keys_own, "a-co-designer"))
    );
}

#[test]
fn evidence_is_worded_by_status_and_by_whose_doing_it_is() {
    let content = small();
    let c_workplace = Content::parse(
        &small_with(|v| v["items"][7]["actor"] = "workplace".into()),
        "edited",
    )
    .unwrap();
    for &lang in Lang::ALL {
        let s = strings(lang);
        let sentence = |content: &Content, answers: &Answers, rung: Rung| {
            let facts = explained(content, answers);
            Words::new(content, lang).evidence(&facts.rungs[rung.index()])
        };
        let filled = |content: &Content,
                      template: &str,
                      rung: Rung,
                      status: &str,
                      id: &str,
                      answer: Answer| {
            let index = item(content, id);
            let mut label = content.label(index, answer).get(lang).to_owned();
            label[..1].make_ascii_lowercase();
            fill(
                template,
                &[
                    ("name", content.rung(rung).name.get(lang)),
                    ("status", status),
                    ("answer", &label),
                    ("item", content.items()[index].text.get(lang)),
                ],
            )
        };
        // In place, even when the example is the workplace's: the plain
        // sentence.
        let in_place = answers(&c_workplace, "555", "444", "111", "555");
        assert_eq!(
            sentence(&c_workplace, &in_place, Rung::CoDesigner),
            filled(
                &c_workplace,
                s.evidence,
                Rung::CoDesigner,
                s.status_in_place,
                "b-co-designer",
                Answer::Point(4)
            )
        );
        // Not in place because of the workplace's part: said so.
        let not_yet = answers(&c_workplace, "555", "211", "111", "555");
        assert_eq!(
            sentence(&c_workplace, &not_yet, Rung::CoDesigner),
            filled(
                &c_workplace,
                s.evidence_workplace,
                Rung::CoDesigner,
                s.status_not_yet,
                "c-co-designer",
                Answer::Point(1)
            )
        );
        // Partly, the person's own.
        let partly = answers(&content, "313", "444", "111", "555");
        assert_eq!(
            sentence(&content, &partly, Rung::CoImplementor),
            filled(
                &content,
                s.evidence,
                Rung::CoImplementor,
                s.status_partly,
                "b-co-implementor",
                Answer::Point(1)
            )
        );
        // Mostly not part of the role, and too few answers.
        let outside = answers(&content, "nn5", "444", "111", "555");
        assert_eq!(
            sentence(&content, &outside, Rung::CoImplementor),
            fill(
                s.evidence_outside_role,
                &[("name", content.rung(Rung::CoImplementor).name.get(lang))]
            )
        );
        let thin = answers(&content, "--1", "444", "111", "555");
        assert_eq!(
            sentence(&content, &thin, Rung::CoImplementor),
            fill(
                s.evidence_unknown,
                &[
                    ("name", content.rung(Rung::CoImplementor).name.get(lang)),
                    ("answered", "1"),
                    ("total", "3"),
                    ("needed", "2"),
                ]
            )
        );
    }
}

#[test]
fn placements_without_a_rung_have_their_own_headline_and_overview() {
    let content = small();
    for &lang in Lang::ALL {
        let s = strings(lang);
        let words = Words::new(&content, lang);
        for (answers, placement, headline, overview) in [
            (
                answers(&content, "---", "---", "---", "---"),
                Placement::NotPlaced,
                s.headline_not_placed,
                s.overview_not_placed,
            ),
            (
                answers(&content, "111", "111", "111", "555"),
                Placement::LittleRoom,
                s.headline_little_room,
                s.overview_little_room,
            ),
            (
                answers(&content, "111", "111", "111", "111"),
                Placement::TokenRole,
                s.headline_token,
                s.overview_token,
            ),
        ] {
            let facts = explained(&content, &answers);
            assert_eq!(facts.placement, placement);
            assert!(facts.gap.is_empty());
            assert_eq!(words.headline(&facts.placement), headline);
            assert_eq!(words.overview(&facts), overview);
        }
    }
}

#[test]
fn workplace_conditions_and_modes_are_put_in_the_table_s_words() {
    let content = Content::builtin().unwrap();
    let conditions = content
        .dimensions()
        .iter()
        .position(|d| d.id == "conditions")
        .unwrap();
    for &lang in Lang::ALL {
        let s = strings(lang);
        let words = Words::new(&content, lang);
        let name = content.dimensions()[conditions].name.get(lang);
        // Mid-sentence, the name starts in lower case.
        let lowered = peer_compass_core::text::lower_first(name);
        assert_ne!(lowered, name, "{lang}: {name}");
        assert_eq!(
            words.context(&ContextNote {
                dimension: conditions,
                score: Some(35),
            }),
            fill(
                s.context_scored,
                &[("dimension", &lowered), ("score", "35")]
            )
        );
        assert_eq!(
            words.context(&ContextNote {
                dimension: conditions,
                score: None,
            }),
            fill(s.context_unknown, &[("dimension", &lowered)])
        );
        assert_eq!(words.mode(Mode::Consumer), s.mode_consumer);
        assert_eq!(words.mode(Mode::Participative), s.mode_participative);
        assert_eq!(words.mode(Mode::Enhanced), s.mode_enhanced);
    }
}

#[test]
fn the_ladder_is_named_in_the_content_s_words() {
    let content = Content::builtin().unwrap();
    assert_eq!(
        Words::new(&content, Lang::En).ladder(),
        "co-implementor, co-designer and initiator"
    );
    assert_eq!(
        Words::new(&content, Lang::Nb).ladder(),
        "medgjennomfører, medutformer og initiativtaker"
    );
}
