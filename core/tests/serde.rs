//! The `serde` feature reads the same format as the widget's own reader,
//! through the same checks.

mod util;

use peer_compass_core::{assess, Answer, Answers, Assessment, Content};

const FULL: &str = include_str!("../content/questionnaire.json");

#[test]
fn serde_and_the_own_reader_read_content_alike() {
    for (json, name) in [(FULL, "questionnaire.json"), (util::SMALL, "small.json")] {
        let ours = Content::parse(json, name).expect("valid");
        let theirs: Content = serde_json::from_str(json).expect("valid through serde");
        assert_eq!(ours, theirs, "{name}");
    }
}

#[test]
fn a_language_this_build_does_not_know_is_skipped_by_both() {
    let json = util::small_with(|v| {
        v["languages"] = serde_json::json!(["en", "nb", "sv"]);
        v["title"]["sv"] = serde_json::json!("Titel");
    });
    let ours = Content::parse(&json, "x").expect("still loads");
    let theirs: Content = serde_json::from_str(&json).expect("still loads");
    assert_eq!(ours, theirs);
    assert_eq!(ours, util::small());
}

#[test]
fn answers_are_points_n_d_or_null() {
    let answers = Answers::from_slots(vec![
        Some(Answer::Point(1)),
        Some(Answer::Point(5)),
        Some(Answer::NotMyRole),
        Some(Answer::DontKnow),
        None,
    ]);
    let json = serde_json::to_string(&answers).unwrap();
    assert_eq!(json, r#"[1,5,"n","d",null]"#);
    assert_eq!(serde_json::from_str::<Answers>(&json).unwrap(), answers);
    for bad in ["[0]", "[8]", "[-1]", r#"["x"]"#, "[1.5]", r#"{"a":1}"#] {
        assert!(serde_json::from_str::<Answers>(bad).is_err(), "{bad}");
    }
}

#[test]
fn an_assessment_round_trips() {
    let content = util::small();
    let result = assess(
        &content,
        &util::answers(&content, "555", "222", "555", "3--"),
    );
    let json = serde_json::to_string(&result).unwrap();
    assert_eq!(serde_json::from_str::<Assessment>(&json).unwrap(), result);
}
