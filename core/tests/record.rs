//! Stored and exported documents: written and read back by the core's own
//! reader and by serde alike, earlier versions carried over, and every kind
//! of bad data refused with its reason.

mod util;

use peer_compass_core::record::{
    answers_for, device_from_json, device_json, export_csv, export_json, import_json, DataError,
    Device, DeviceFile, Export, Outcome, Progress, Record, MAX_BYTES, MAX_HISTORY,
};
use peer_compass_core::{
    assess, Answer, Answers, Content, Flow, Mode, Placement, Rung, Screen, Step,
};
use proptest::prelude::*;

fn record(content: &Content, answers: &Answers) -> Record {
    Record::new(
        content,
        answers,
        &assess(content, answers),
        "nb",
        "2026-11-26T21:00:00.000Z",
    )
}

#[test]
fn an_export_reads_back_as_it_was_written() {
    let content = util::small();
    let answers = util::answers(&content, "44n", "232", "1-d", "35-");
    let record = record(&content, &answers);
    let json = export_json(&record);
    assert!(json.starts_with("{\"format\":\"peer-compass-export\",\"format_version\":1,\"questionnaire_version\":\"test\",\"language\":\"nb\""), "{json}");
    assert!(
        json.contains("\"a-co-implementor\":4,\"a-co-designer\":2"),
        "{json}"
    );
    assert!(json.contains("\"c-co-implementor\":\"n\""), "{json}");
    assert!(json.contains("\"result\":{\"placement\":\"co-designer\",\"between\":null,\"uneven\":false,\"mode\":\"enhanced\""), "{json}");
    assert_eq!(import_json(&json), Ok(record.clone()));
    // With a byte-order mark, as some editors save it.
    assert_eq!(import_json(&format!("\u{feff}{json}")), Ok(record));
}

#[test]
fn a_device_reads_back_and_keeps_at_most_its_history() {
    let content = util::small();
    let flow = Flow::new(content.items().len())
        .step(Step::Start)
        .step(Step::Answer(Some(Answer::Point(5))))
        .step(Step::Next);
    let mut device = Device {
        progress: Some(Progress::of(&content, &flow, "2026-11-26T20:00:00Z")),
        history: Vec::new(),
    };
    for n in 0..MAX_HISTORY + 3 {
        let mut r = record(&content, &flow.answers);
        r.date = format!("2026-01-01T00:00:{n:02}Z");
        device.add(r);
    }
    assert_eq!(device.history.len(), MAX_HISTORY);
    assert_eq!(device.history[0].date, "2026-01-01T00:00:03Z");
    let json = device_json(&device);
    assert_eq!(device_from_json(&json), Ok(device.clone()));
    let progress = device.progress.unwrap();
    assert_eq!(progress.screen, "question-2");
    assert_eq!(progress.flow(&content), Some((flow, None)));
}

#[test]
fn answers_from_an_earlier_version_carry_over_where_items_are_unchanged() {
    let content = util::small();
    let answers = vec![
        ("a-co-implementor".to_owned(), Answer::Point(4)),
        ("gone".to_owned(), Answer::Point(2)),
        ("ctx-0".to_owned(), Answer::NotMyRole),
        ("b-co-implementor".to_owned(), Answer::Point(5)),
    ];
    let (carried, count) = answers_for(&content, "old", &answers).unwrap();
    assert_eq!(count, 2);
    assert_eq!(carried.get(0), Some(Answer::Point(4)));
    assert_eq!(
        carried.get(content.item_index("ctx-0").unwrap()),
        Some(Answer::NotMyRole)
    );
    assert_eq!(
        carried.get(content.item_index("b-co-implementor").unwrap()),
        None
    );
    // This version: everything that fits; an unknown version: nothing.
    let (all, count) = answers_for(&content, "test", &answers).unwrap();
    assert_eq!(
        (
            count,
            all.get(content.item_index("b-co-implementor").unwrap())
        ),
        (3, Some(Answer::Point(5)))
    );
    assert_eq!(answers_for(&content, "2031.1", &answers), None);
    // An answer off its item's scale is dropped, not kept.
    let off = vec![("a-co-designer".to_owned(), Answer::Point(5))];
    assert_eq!(answers_for(&content, "test", &off).unwrap().1, 0);
    // Progress from an earlier version starts at the welcome screen.
    let progress = Progress {
        questionnaire_version: "old".into(),
        date: "2026-01-01T00:00:00Z".into(),
        screen: "question-2".into(),
        answers,
    };
    let (flow, count) = progress.flow(&content).unwrap();
    assert_eq!((flow.screen, count), (Screen::Welcome, Some(2)));
}

#[test]
fn bad_data_is_refused_with_its_reason() {
    let content = util::small();
    let good = export_json(&record(
        &content,
        &util::answers(&content, "444", "111", "111", "333"),
    ));
    let edit = |from: &str, to: &str| good.replacen(from, to, 1);
    #[rustfmt::skip]
    let cases: Vec<(&str, String, DataError)> = vec![
        ("empty", String::new(), DataError::NotJson),
        ("cut off", good[..good.len() / 2].to_owned(), DataError::NotJson),
        ("not JSON", "placement: co-designer".into(), DataError::NotJson),
        ("another program's JSON", "{\"answers\": [1, 2]}".into(), DataError::Foreign),
        ("a device file where an export is expected", device_json(&Device::default()), DataError::Foreign),
        ("from the future", edit("\"format_version\":1", "\"format_version\":2"), DataError::Future(2)),
        ("no format version", edit("\"format_version\":1,", ""), DataError::Damaged("format_version".into())),
        ("an answer off every scale", edit("\"a-co-implementor\":4", "\"a-co-implementor\":9"), DataError::Damaged("answers.a-co-implementor".into())),
        ("an answer that is not one", edit("\"a-co-implementor\":4", "\"a-co-implementor\":\"often\""), DataError::Damaged("answers.a-co-implementor".into())),
        ("an unknown placement", edit("\"placement\":\"co-implementor\"", "\"placement\":\"leader\""), DataError::Damaged("result.placement".into())),
        ("a score over 100", edit("\"a\":", "\"a\":150,\"x\":"), DataError::Damaged("result.scores.a".into())),
        ("no date", edit("\"date\":", "\"when\":"), DataError::Damaged("date".into())),
        ("too large", format!("{good}{}", " ".repeat(MAX_BYTES)), DataError::TooLarge(good.len() + MAX_BYTES)),
    ];
    for (name, text, error) in cases {
        assert_eq!(import_json(&text), Err(error), "{name}");
    }
    assert_eq!(
        device_from_json(
            "{\"format\":\"peer-compass-device\",\"format_version\":1,\"progress\":null}"
        ),
        Err(DataError::Damaged("history".into()))
    );
    assert_eq!(
        DataError::Future(2).to_string(),
        "written in format 2 by a newer Peer Compass (this one reads 1)"
    );
}

#[test]
fn a_csv_export_has_a_byte_order_mark_a_header_and_the_answers() {
    let content = util::small();
    let r = record(
        &content,
        &util::answers(&content, "44n", "232", "1-d", "35-"),
    );
    let csv = export_csv(&content, &r, ';');
    let mut lines = csv
        .strip_prefix('\u{feff}')
        .expect("a byte-order mark")
        .lines();
    let header: Vec<&str> = lines.next().unwrap().split(';').collect();
    let row: Vec<&str> = lines.next().unwrap().split(';').collect();
    assert_eq!(header.len(), row.len());
    assert_eq!(
        &header[..4],
        ["version", "date", "lang", "a-co-implementor"]
    );
    let at = |name: &str| row[header.iter().position(|h| *h == name).unwrap()];
    assert_eq!((at("version"), at("lang")), ("test", "nb"));
    assert_eq!(
        (
            at("a-co-implementor"),
            at("c-co-implementor"),
            at("a-initiator")
        ),
        ("4", "n", "1")
    );
    assert_eq!((at("b-initiator"), at("c-initiator")), ("", "d"));
    assert_eq!(
        (at("placement"), at("uneven"), at("mode")),
        ("co-designer", "false", "enhanced")
    );
    assert_eq!(lines.next(), None);
    assert!(export_csv(&content, &r, ',').contains("version,date,lang,"));
}

fn any_outcome() -> impl Strategy<Value = Outcome> {
    let placement = prop_oneof![
        Just(Placement::NotPlaced),
        Just(Placement::LittleRoom),
        Just(Placement::TokenRole),
        (0usize..3, prop::option::of(0usize..3), any::<bool>()).prop_map(|(r, b, uneven)| {
            Placement::Rung {
                rung: Rung::ALL[r],
                between: b.map(|b| Rung::ALL[b]),
                uneven,
            }
        }),
    ];
    let mode = prop::option::of(prop::sample::select(vec![
        Mode::Consumer,
        Mode::Participative,
        Mode::Enhanced,
    ]));
    let scores = prop::collection::vec(("[a-z-]{1,12}", prop::option::of(0u8..=100)), 0..6);
    (placement, mode, scores).prop_map(|(placement, mode, mut scores)| {
        scores.sort();
        scores.dedup_by(|a, b| a.0 == b.0);
        Outcome {
            placement,
            mode,
            scores,
        }
    })
}

fn any_record() -> impl Strategy<Value = Record> {
    let answer = prop_oneof![
        (1u8..=7).prop_map(Answer::Point),
        Just(Answer::NotMyRole),
        Just(Answer::DontKnow)
    ];
    let answers = prop::collection::vec(("[a-z][a-z0-9-]{0,14}", answer), 0..30);
    (
        "[0-9.a-z-]{1,12}",
        "(en|nb|sv)",
        "[0-9T:.Z-]{1,24}",
        answers,
        any_outcome(),
    )
        .prop_map(
            |(questionnaire_version, language, date, mut answers, result)| {
                answers.sort_by(|a, b| a.0.cmp(&b.0));
                answers.dedup_by(|a, b| a.0 == b.0);
                Record {
                    questionnaire_version,
                    language,
                    date,
                    answers,
                    result,
                }
            },
        )
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    /// The widget's own writer and reader, and serde's, make and read the
    /// same documents.
    #[test]
    fn the_own_reader_and_serde_agree(record in any_record(), history in prop::collection::vec(any_record(), 0..4)) {
        let ours = export_json(&record);
        let theirs: Export = serde_json::from_str(&ours).unwrap();
        prop_assert_eq!(&theirs.record, &record);
        prop_assert_eq!(theirs.format_version, 1);
        let by_serde = serde_json::to_string(&Export { format: "peer-compass-export".into(), format_version: 1, record: record.clone() }).unwrap();
        prop_assert_eq!(import_json(&by_serde), Ok(record));
        let device = Device { progress: None, history };
        let file: DeviceFile = serde_json::from_str(&device_json(&device)).unwrap();
        prop_assert_eq!(&file.device, &device);
        let by_serde = serde_json::to_string(&DeviceFile { format: "peer-compass-device".into(), format_version: 1, device: device.clone() }).unwrap();
        prop_assert_eq!(device_from_json(&by_serde), Ok(device));
    }

    #[test]
    fn no_text_panics_the_readers(text in "\\{(\"format\":\"peer-compass-(export|device)\",\"format_version\":1,)?.{0,120}\\}?") {
        let _ = import_json(&text);
        let _ = device_from_json(&text);
    }
}
