mod util;

use peer_compass_core::{
    assess, saved, summary_json, Answer, Answers, Content, Flow, Restored, SavedError, Screen, Step,
};

fn restored(flow: Flow) -> Result<Restored, SavedError> {
    Ok(Restored { flow, from: None })
}

#[test]
fn saved_progress_reads_back_exactly() {
    let content = util::small();
    let flow = [
        Step::Start,
        Step::Answer(Some(Answer::Point(5))),
        Step::Next,
        Step::Answer(Some(Answer::NotMyRole)),
        Step::Next,
    ]
    .into_iter()
    .fold(Flow::new(content.items().len()), Flow::step);
    let text = saved::encode(&flow, "test");
    assert_eq!(text, "pc2;test;q2;5n----------");
    assert_eq!(saved::decode(&text, &content), restored(flow));
    for screen in [Screen::Welcome, Screen::Check, Screen::Result] {
        let flow = Flow {
            screen,
            ..Flow::new(content.items().len())
        };
        assert_eq!(
            saved::decode(&saved::encode(&flow, "test"), &content),
            restored(flow)
        );
    }
}

#[test]
fn damaged_or_foreign_progress_is_refused_with_a_reason() {
    let content = util::small();
    #[rustfmt::skip]
    let cases = [
        ("", SavedError::Unrecognised),
        ("{\"answers\":[1,2]}", SavedError::Unrecognised),
        ("pc2;test;w", SavedError::Damaged),
        ("pc2;test;w;------------;extra", SavedError::Damaged),
        ("pc2;test;w;-8----------", SavedError::Damaged),
        // A point beyond the item's scale (a-co-designer has four).
        ("pc2;test;w;-5----------", SavedError::Damaged),
        ("pc2;test;q12;------------", SavedError::Damaged),
        ("pc2;test;qx;------------", SavedError::Damaged),
        ("pc2;test;z;------------", SavedError::Damaged),
        ("pc2;unknown;w;---", SavedError::OtherVersion("unknown".into())),
        ("pc2;test;w;-------------", SavedError::WrongLength { found: 13, expected: 12 }),
        // Version "old" had three items, none of whose answers carry over here.
        ("pc2;old;w;-4-", SavedError::OtherVersion("old".into())),
        ("pc2;old;w;----", SavedError::WrongLength { found: 4, expected: 3 }),
    ];
    for (text, error) in cases {
        assert_eq!(saved::decode(text, &content), Err(error), "{text:?}");
    }
    assert_eq!(
        SavedError::WrongLength {
            found: 4,
            expected: 3
        }
        .to_string(),
        "the saved data has 4 answers, this questionnaire has 3 questions"
    );
}

#[test]
fn answers_to_unchanged_items_carry_over_from_an_earlier_version() {
    let content = util::small();
    // "old" asked a-co-implementor, gone, ctx-0; the first and last carry over.
    let restored = saved::decode("pc2;old;q2;4n2", &content).unwrap();
    assert_eq!(restored.from, Some(("old".to_owned(), 2)));
    assert_eq!(restored.flow.screen, Screen::Welcome);
    let mut expected = Answers::new(content.items().len());
    expected.set(0, Some(Answer::Point(4)));
    expected.set(content.item_index("ctx-0").unwrap(), Some(Answer::Point(2)));
    assert_eq!(restored.flow.answers, expected);
}

#[test]
fn progress_saved_by_version_2026_11_carries_over_to_this_one() {
    let content = Content::builtin().unwrap();
    // 2026.11 saved answers 0–6 for never … always, not my role, don't know:
    // its first item (inf-adjust, unchanged) "often", its second (inf-early,
    // now on another scale) "always", its third (inf-speak-up) "not my role".
    let old = format!("pc1;2026.11;q5;345{}", "-".repeat(21));
    let restored = saved::decode(&old, &content).unwrap();
    assert_eq!(restored.from, Some(("2026.11".to_owned(), 2)));
    let at = |id: &str| restored.flow.answers.get(content.item_index(id).unwrap());
    assert_eq!(at("inf-adjust"), Some(Answer::Point(4)));
    assert_eq!(at("inf-speak-up"), Some(Answer::NotMyRole));
    assert_eq!(at("inf-early"), None);
    // The wrong length for 2026.11 (24 items) is named.
    assert_eq!(
        saved::decode("pc1;2026.11;w;3", &content),
        Err(SavedError::WrongLength {
            found: 1,
            expected: 24
        })
    );
}

#[test]
fn the_summary_has_scores_and_placement_but_no_answers() {
    let content = util::small();
    // Each dimension: often (75), not at all (0), a few times (67) → 47.
    let answers = util::answers(&content, "444", "111", "333", "3--");
    let summary = summary_json(&content, &assess(&content, &answers));
    assert_eq!(
        summary,
        "{\"version\":\"test\",\"placement\":{\"id\":\"initiator\",\"between\":null,\"uneven\":true},\"mode\":\"consumer\",\"scores\":{\"a\":47,\"b\":47,\"c\":47,\"ctx\":null}}"
    );
    // It is valid JSON, and nothing in it is an item id.
    let value: serde_json::Value = serde_json::from_str(&summary).unwrap();
    assert!(content
        .items()
        .iter()
        .all(|item| !summary.contains(&item.id)));
    assert_eq!(
        value["scores"].as_object().unwrap().len(),
        content.dimensions().len()
    );
}
