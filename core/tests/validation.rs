mod util;

use peer_compass_core::{Content, ContentErrorKind};
use serde_json::{json, Value};

#[track_caller]
fn error_of(json: &str) -> String {
    Content::parse(json, "custom.json")
        .expect_err("content should be rejected")
        .to_string()
}

type Case = (&'static str, Box<dyn FnOnce(&mut Value)>, &'static str);

#[test]
fn each_kind_of_broken_content_is_named() {
    #[rustfmt::skip]
    let cases: Vec<Case> = vec![
        ("not an object", Box::new(|v| *v = json!([1, 2])),
            "custom.json: the file: expected an object, found a list"),
        ("top-level field", Box::new(|v| v["outside"] = json!(5)),
            "custom.json: outside: expected an object, found a number"),
        ("format", Box::new(|v| v["format"] = json!(1)),
            "custom.json: format 1 is not supported (this version reads format 2)"),
        ("duplicate item", Box::new(|v| v["items"][1]["id"] = json!("a-co-implementor")),
            "custom.json: item id \"a-co-implementor\" is used more than once"),
        ("duplicate suggestion", Box::new(|v| v["suggestions"][1]["id"] = json!("you-otherwise")),
            "custom.json: suggestion id \"you-otherwise\" is used more than once"),
        ("duplicate scale", Box::new(|v| v["scales"][1]["id"] = json!("five")),
            "custom.json: scale id \"five\" is used more than once"),
        ("missing translation", Box::new(|v| v["items"][4]["text"]["nb"] = json!(" ")),
            "custom.json: item \"b-co-designer\": text has no nb translation"),
        ("missing english name", Box::new(|v| { v["dimensions"][0]["name"].as_object_mut().unwrap().remove("en"); }),
            "custom.json: dimension \"a\": name has no en translation"),
        ("a scale's question", Box::new(|v| v["scales"][0]["question"]["nb"] = json!("")),
            "custom.json: scale \"five\": question has no nb translation"),
        ("a scale of one point", Box::new(|v| { v["scales"][1]["points"].as_array_mut().unwrap().truncate(1); }),
            "custom.json: scale \"four\" has 1 points; a scale has 2 to 7"),
        ("no scale", Box::new(|v| v["scales"] = json!([])),
            "custom.json: scales: at least one scale is needed"),
        ("missing rung", Box::new(|v| { v["rungs"].as_array_mut().unwrap().remove(2); }),
            "custom.json: rung \"initiator\" is not described in \"rungs\""),
        ("unknown dimension", Box::new(|v| v["items"][0]["dimension"] = json!("nope")),
            "custom.json: item \"a-co-implementor\": unknown dimension \"nope\""),
        ("unknown scale", Box::new(|v| v["items"][0]["scale"] = json!("seven")),
            "custom.json: item \"a-co-implementor\": unknown scale \"seven\""),
        ("context item with rung", Box::new(|v| v["items"][9]["rung"] = json!("initiator")),
            "custom.json: item \"ctx-0\": a context item cannot have a \"rung\""),
        ("unknown actor", Box::new(|v| v["items"][0]["actor"] = json!("team")),
            "custom.json: item \"a-co-implementor\".actor: unknown actor \"team\" (expected one of: self, workplace)"),
        ("too few items in a dimension", Box::new(|v| { v["items"].as_array_mut().unwrap().remove(11); }),
            "custom.json: dimension \"ctx\" has 2 items, at least 3 are needed"),
        ("a rung's items on two scales", Box::new(|v| v["items"][0]["scale"] = json!("four")),
            "custom.json: rung \"co-implementor\": its items must all use one scale"),
        ("credits that do not fit the scale", Box::new(|v| v["rungs"][1]["credit"] = json!([0, 50, 100])),
            "custom.json: rung \"co-designer\": credit has 3 values for a scale of 4 points"),
        ("credits that fall", Box::new(|v| v["rungs"][0]["credit"] = json!([0, 50, 100, 100, 50])),
            "custom.json: rung \"co-implementor\": credit must not fall from one point to the next"),
        ("a credit over 100", Box::new(|v| v["rungs"][0]["credit"] = json!([0, 0, 50, 100, 101])),
            "custom.json: rung \"co-implementor\": credit 101 is outside 0–100"),
        ("a key item from another rung", Box::new(|v| v["rungs"][2]["needs"] = json!(["a-co-designer"])),
            "custom.json: rung \"initiator\": needs \"a-co-designer\", which is not one of its items"),
        ("unknown dimension in a condition", Box::new(|v| v["suggestions"][7]["when"] = json!({"dimension_below": ["zzz", 50]})),
            "custom.json: suggestion \"you-a-low\": unknown dimension \"zzz\""),
        ("unknown item inside all", Box::new(|v| v["suggestions"][11]["when"] = json!({"all": [{"item_at_most": ["zzz", 2]}]})),
            "custom.json: suggestion \"org-ci-and-ctx-low\": unknown item \"zzz\""),
        ("score out of range", Box::new(|v| v["suggestions"][7]["when"] = json!({"dimension_below": ["a", 150]})),
            "custom.json: suggestion \"you-a-low\": 150 is outside 0–100"),
        ("point beyond the item's own scale", Box::new(|v| v["suggestions"][10]["when"] = json!({"item_at_least": ["a-co-designer", 5]})),
            "custom.json: suggestion \"org-ctx0-low\": 5 is outside 1–4"),
        ("point out of range", Box::new(|v| v["suggestions"][10]["when"] = json!({"item_at_most": ["ctx-0", 0]})),
            "custom.json: suggestion \"org-ctx0-low\": 0 is outside 1–5"),
        ("no fallback", Box::new(|v| { v["suggestions"].as_array_mut().unwrap().remove(1); }),
            "custom.json: no \"otherwise\" suggestion for audience \"organisation\", so some results would get none"),
        ("otherwise nested", Box::new(|v| v["suggestions"][2]["when"] = json!({"all": ["otherwise"]})),
            "custom.json: suggestion \"you-uneven\": \"otherwise\" cannot be combined inside \"all\""),
        ("unknown rung name", Box::new(|v| v["items"][0]["rung"] = json!("leader")),
            "custom.json: item \"a-co-implementor\".rung: unknown rung \"leader\" (expected one of: co-implementor, co-designer, initiator)"),
        ("unknown field", Box::new(|v| v["items"][0]["txt"] = json!("x")),
            "custom.json: item \"a-co-implementor\": unknown field \"txt\" (expected one of: id, dimension, rung, scale, actor, text, hint, concept, source)"),
        ("missing field", Box::new(|v| { v["items"][2].as_object_mut().unwrap().remove("text"); }),
            "custom.json: item \"a-initiator\": missing field \"text\""),
        ("missing id", Box::new(|v| { v["suggestions"][0].as_object_mut().unwrap().remove("id"); }),
            "custom.json: suggestions[0]: missing field \"id\""),
        ("wrong type", Box::new(|v| v["items"][1]["text"] = json!("plain")),
            "custom.json: item \"a-co-designer\".text: expected an object, found text"),
        ("unknown condition", Box::new(|v| v["suggestions"][2]["when"] = json!("sometimes")),
            "custom.json: suggestion \"you-uneven\".when: unknown condition \"sometimes\" (expected \"otherwise\", \"uneven\", \"token_role\", \"little_room\", \"not_placed\", or an object with one of: placed, between, dimension_below, dimension_at_least, item_at_most, item_at_least, all)"),
        ("condition arguments", Box::new(|v| v["suggestions"][7]["when"] = json!({"dimension_below": ["a"]})),
            "custom.json: suggestion \"you-a-low\".when.dimension_below: expected a list of an id and a number"),
        ("negative priority", Box::new(|v| v["suggestions"][0]["priority"] = json!(-1)),
            "custom.json: suggestion \"you-otherwise\".priority: -1 is outside 1–9"),
        ("priority out of range", Box::new(|v| v["suggestions"][0]["priority"] = json!(10)),
            "custom.json: suggestion \"you-otherwise\": 10 is outside 1–9"),
        ("score beyond a byte", Box::new(|v| v["suggestions"][7]["when"] = json!({"dimension_below": ["a", 300]})),
            "custom.json: suggestion \"you-a-low\".when.dimension_below: 300 is outside 0–100"),
        ("no language this build speaks", Box::new(|v| v["languages"] = json!(["de", "sv"])),
            "custom.json: languages: none of [de, sv] is available (this version speaks \"en\" or \"nb\")"),
        ("a language that is not text", Box::new(|v| v["title"]["de"] = json!(3)),
            "custom.json: title.de: expected text, found a number"),
        ("an earlier version carrying an unknown item", Box::new(|v| v["earlier"][0]["carried"] = json!(["gone"])),
            "custom.json: earlier version \"old\": carries \"gone\", which is not an item of both versions"),
        ("an earlier version that is this one", Box::new(|v| v["earlier"][0]["version"] = json!("test")),
            "custom.json: earlier version id \"test\" is used more than once"),
    ];
    for (name, edit, expected) in cases {
        let json = util::small_with(edit);
        assert_eq!(error_of(&json), expected, "{name}");
        // The serde path refuses it too (in serde's words).
        assert!(
            serde_json::from_str::<Content>(&json).is_err(),
            "{name}: serde accepted it"
        );
    }
}

#[test]
fn syntax_errors_give_line_and_column() {
    let error = Content::parse("{\n  \"format\": 2,\n  oops\n}", "custom.json").unwrap_err();
    assert_eq!(error.source_name(), "custom.json");
    match error.kind() {
        ContentErrorKind::Syntax { line, column, .. } => assert_eq!((*line, *column), (3, 3)),
        other => panic!("expected a syntax error, got {other:?}"),
    }
    assert_eq!(
        error.to_string(),
        "custom.json: line 3, column 3: expected a field name in double quotes"
    );
}

#[test]
fn empty_and_wrong_shapes_are_rejected_not_panicked() {
    for json in [
        "",
        "null",
        "[]",
        "{}",
        "{\"format\": \"2\"}",
        "\u{feff}{}",
        "{\"format\": 2}",
    ] {
        assert!(Content::parse(json, "x.json").is_err(), "{json:?}");
    }
}
