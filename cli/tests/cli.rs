//! The `peer-compass` binary, run as a researcher would.

use peer_compass_core::{Content, Rung};
use std::io::Write;
use std::process::{Command, Stdio};

/// Runs the binary with `args`, feeding `input` on standard input; returns
/// (success, standard output, standard error).
fn run(args: &[&str], input: &[u8]) -> (bool, String, String) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_peer-compass-cli"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child.stdin.take().unwrap().write_all(input).unwrap();
    let out = child.wait_with_output().unwrap();
    (
        out.status.success(),
        String::from_utf8(out.stdout).unwrap(),
        String::from_utf8(out.stderr).unwrap(),
    )
}

fn content() -> Content {
    Content::builtin().unwrap()
}

/// Gives the cell of item `index`.
type Cells = dyn Fn(usize) -> String;

/// A CSV of responses: a header of `id` and every item id, then one row per
/// person from a function giving each item's cell.
fn csv(rows: &[(&str, &Cells)]) -> String {
    let content = content();
    let mut out = String::from("id");
    for item in content.items() {
        out.push(',');
        out.push_str(&item.id);
    }
    out.push('\n');
    for (id, cell) in rows {
        out.push_str(id);
        for index in 0..content.items().len() {
            out.push(',');
            out.push_str(&cell(index));
        }
        out.push('\n');
    }
    out
}

fn column<'a>(output: &'a str, name: &str) -> Vec<&'a str> {
    let mut lines = output.lines();
    let header: Vec<&str> = lines.next().unwrap().split(',').collect();
    let at = header.iter().position(|h| *h == name).unwrap();
    lines.map(|line| line.split(',').nth(at).unwrap()).collect()
}

#[test]
fn each_rung_at_its_top_and_the_rest_at_the_bottom_scores_as_that_rung() {
    let content = content();
    let top = |rung: Rung| {
        let content = content.clone();
        move |index: usize| {
            let on = content.items()[index].rung == Some(rung);
            (if on { content.points_of(index) } else { 1 }).to_string()
        }
    };
    let (ci, cd, init) = (
        top(Rung::CoImplementor),
        top(Rung::CoDesigner),
        top(Rung::Initiator),
    );
    let lowest = |_: usize| "1".to_owned();
    let dont_know = |_: usize| "d".to_owned();
    let input = csv(&[
        ("ci", &ci),
        ("cd", &cd),
        ("in", &init),
        ("low", &lowest),
        ("dk", &dont_know),
    ]);
    let (ok, out, err) = run(&["score", "--input", "csv", "-"], input.as_bytes());
    assert!(ok, "{err}");
    assert_eq!(column(&out, "id"), ["ci", "cd", "in", "low", "dk"]);
    assert_eq!(
        column(&out, "placement"),
        [
            "co-implementor",
            "co-designer",
            "initiator",
            "token-role",
            "not-placed"
        ]
    );
    assert_eq!(
        column(&out, "uneven"),
        ["false", "true", "true", "false", "false"]
    );
    assert_eq!(
        column(&out, "mode"),
        ["consumer", "participative", "", "", ""]
    );
    assert_eq!(column(&out, "conditions"), ["0", "0", "0", "0", ""]);
}

#[test]
fn json_in_and_out() {
    let input = r#"[{"id": "p1", "inf-adjust": 5, "tk-use": "4", "br-translate": 4, "br-link": "n",
        "org-leader": 5, "org-colleagues": 5, "org-forum": 5, "org-time": 5, "org-real-say": 5, "org-tasks": 5}]"#;
    let (ok, out, err) = run(
        &["score", "--input", "json", "--format", "json", "-"],
        input.as_bytes(),
    );
    assert!(ok, "{err}");
    let value: serde_json::Value = serde_json::from_str(&out).unwrap();
    let person = &value[0];
    assert_eq!(person["id"], "p1");
    assert_eq!(person["placement"], "co-implementor");
    assert_eq!(person["between"], serde_json::Value::Null);
    assert_eq!(person["scores"]["conditions"], 100);
    assert_eq!(person["status"]["co-implementor"], "in-place");
    assert_eq!(person["credit"]["co-implementor"], 100);
}

#[test]
fn a_byte_order_mark_and_answers_from_an_earlier_version_are_read() {
    // A 2026.11 export: its inf-early (then never … always) does not carry
    // over; inf-adjust, asked unchanged, does.
    let input = "\u{feff}id,version,inf-adjust,inf-early\np,2026.11,5,5\n";
    let (ok, out, err) = run(
        &["score", "--input", "csv", "--format", "json", "-"],
        input.as_bytes(),
    );
    assert!(ok, "{err}");
    let value: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(value[0]["carried_from"], "2026.11");
    assert_eq!(value[0]["scores"]["influence"], serde_json::Value::Null);
}

#[test]
fn bad_input_names_the_row_and_column_and_fails() {
    #[rustfmt::skip]
    let cases: Vec<(&str, &[u8], &str)> = vec![
        ("unknown item", b"id,inf-adjust,nope\np,4,3\n", "-: row 1, column nope: unknown item id"),
        ("a point beyond the item's scale", b"inf-adjust,inf-early\n4,5\n",
            "-: row 1, column inf-early: \"5\" is not an answer: use a point 1–4 on this item's scale, n, d, or leave it empty"),
        ("not a number", b"inf-adjust\nx\n",
            "-: row 1, column inf-adjust: \"x\" is not an answer: use a point 1–5 on this item's scale, n, d, or leave it empty"),
        ("a ragged row", b"inf-adjust,tk-use\n4,4\n3\n", "-: row 2: has 1 cells, the header has 2"),
        ("the wrong encoding", b"inf-adjust\n4\n\xe6\n", "-: line 3 is not valid UTF-8; save the file as UTF-8 (in a spreadsheet: \"CSV UTF-8\")"),
        ("an unknown version", b"version,inf-adjust\n2020.1,4\n",
            "-: row 1, column version: questionnaire version 2020.1 is not this one (2026.12) or one it carries answers over from"),
        ("an empty file", b"", "-: there is no header row of item ids"),
    ];
    for (name, input, message) in cases {
        let (ok, out, err) = run(&["score", "--input", "csv", "-"], input);
        assert!(!ok, "{name}: succeeded with {out}");
        assert_eq!(err.trim(), format!("peer-compass-cli: {message}"), "{name}");
    }
    let (ok, _, err) = run(
        &["score", "--input", "json", "-"],
        b"[{\"inf-adjust\": [4]}]",
    );
    assert!(!ok);
    assert_eq!(
        err.trim(),
        "peer-compass-cli: -: row 1: inf-adjust: expected a point, n, d or nothing, found [4]"
    );
    let (ok, _, err) = run(&["score", "responses.txt"], b"");
    assert!(!ok);
    assert_eq!(
        err.trim(),
        "peer-compass-cli: responses.txt: name it .csv or .json, or give --input csv|json"
    );
    let (ok, _, err) = run(&["frobnicate"], b"");
    assert!(!ok && err.starts_with("peer-compass-cli: unknown command frobnicate"));
}

#[test]
fn stats_reads_pilot_data_and_reports_both_checks() {
    // Ten people on a perfect ladder, answers rising with their rung.
    let content = content();
    let rows: Vec<(String, Box<Cells>)> = (0..10)
        .map(|person| {
            let content = content.clone();
            let cell = move |index: usize| {
                let points = content.points_of(index);
                let height = match content.items()[index].rung {
                    Some(rung) => usize::from(person % 4 > rung.index()),
                    None => person % 2,
                };
                (if height == 1 { points } else { 1 }).to_string()
            };
            (
                format!("p{person}"),
                Box::new(cell) as Box<dyn Fn(usize) -> String>,
            )
        })
        .collect();
    let borrowed: Vec<(&str, &Cells)> = rows
        .iter()
        .map(|(id, f)| (id.as_str(), f.as_ref()))
        .collect();
    let (ok, out, err) = run(&["stats", "--input", "csv", "-"], csv(&borrowed).as_bytes());
    assert!(ok, "{err}");
    assert!(out.contains("# Scale statistics: 10 responses"), "{out}");
    assert!(out.contains("With fewer than 30 responses"), "{out}");
    assert!(out.contains("| influence | 6 |"), "{out}");
    // A perfect ladder reproduces perfectly.
    assert!(out.contains("coefficient of reproducibility 1.00"), "{out}");
    assert!(out.contains("Loevinger's H 1.00"), "{out}");
}

#[test]
fn calibrate_reports_the_agreement() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../calibration");
    let (ok, out, err) = run(&["calibrate", dir], b"");
    assert!(ok, "{err}");
    assert!(
        out.contains("22 of 24 cases placed as expected (92%)."),
        "{out}"
    );
    assert!(
        out.contains("| c16 | co-implementor | co-implementor |"),
        "{out}"
    );
}

#[test]
fn the_widgets_exports_score_as_they_were_placed() {
    use peer_compass_core::record::{export_csv, export_json, Record};
    use peer_compass_core::{assess, Answer, Answers};
    let content = content();
    let mut answers = Answers::new(content.items().len());
    for index in 0..content.items().len() {
        let top = content.items()[index].rung == Some(Rung::CoDesigner) || index % 3 == 0;
        answers.set(
            index,
            Some(Answer::Point(if top {
                content.points_of(index)
            } else {
                2
            })),
        );
    }
    answers.set(1, Some(Answer::NotMyRole));
    let result = assess(&content, &answers);
    let record = Record::new(&content, &answers, &result, "nb", "2026-11-26T22:00:00Z");
    for (input, format) in [
        (export_csv(&content, &record, ';'), "csv"),
        (export_csv(&content, &record, ','), "csv"),
        (export_json(&record), "json"),
    ] {
        let (ok, out, err) = run(
            &["score", "--input", format, "--format", "json", "-"],
            input.as_bytes(),
        );
        assert!(ok, "{format}: {err}");
        let value: serde_json::Value = serde_json::from_str(&out).unwrap();
        assert_eq!(value[0]["placement"], result.placement.id(), "{format}");
        assert_eq!(value[0]["version"], "2026.12");
        assert_eq!(
            value[0]["scores"]["influence"],
            result.dimensions[0].score.unwrap()
        );
    }
}
