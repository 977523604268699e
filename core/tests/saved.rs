mod util;

use peer_compass_core::{assess, saved, summary_json, Answer, Flow, SavedError, Screen, Step};

#[test]
fn saved_progress_reads_back_exactly() {
    let flow = [
        Step::Start,
        Step::Answer(Some(Answer::Always)),
        Step::Next,
        Step::Answer(Some(Answer::NotMyRole)),
        Step::Next,
    ]
    .into_iter()
    .fold(Flow::new(4), Flow::step);
    let text = saved::encode(&flow, "2026.11");
    assert_eq!(text, "pc1;2026.11;q2;45--");
    assert_eq!(saved::decode(&text, "2026.11", 4), Ok(flow));
    for screen in [Screen::Welcome, Screen::Check, Screen::Result] {
        let flow = Flow {
            screen,
            ..Flow::new(2)
        };
        assert_eq!(saved::decode(&saved::encode(&flow, "v"), "v", 2), Ok(flow));
    }
}

#[test]
fn damaged_or_foreign_progress_is_refused_with_a_reason() {
    #[rustfmt::skip]
    let cases = [
        ("", SavedError::Unrecognised),
        ("{\"answers\":[1,2]}", SavedError::Unrecognised),
        ("pc1;v;w", SavedError::Damaged),
        ("pc1;v;w;--;extra", SavedError::Damaged),
        ("pc1;v;w;-7-", SavedError::Damaged),
        ("pc1;v;q3;---", SavedError::Damaged),
        ("pc1;v;qx;---", SavedError::Damaged),
        ("pc1;v;z;---", SavedError::Damaged),
        ("pc1;old;w;---", SavedError::OtherVersion("old".into())),
        ("pc1;v;w;----", SavedError::WrongLength { found: 4, expected: 3 }),
    ];
    for (text, error) in cases {
        assert_eq!(saved::decode(text, "v", 3), Err(error), "{text:?}");
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
fn the_summary_has_scores_and_placement_but_no_answers() {
    let content = util::small();
    let answers = util::answers(&content, "555", "222", "555", "3--");
    let summary = summary_json(&content, &assess(&content, &answers));
    assert_eq!(
        summary,
        "{\"version\":\"test\",\"placement\":{\"kind\":\"uneven\",\"reached\":\"co-implementor\",\"approaching\":null,\"above\":[\"initiator\"]},\"mode\":\"consumer\",\"scores\":{\"a\":75,\"b\":75,\"c\":75,\"ctx\":null}}"
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
