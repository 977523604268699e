mod util;

use peer_compass_core::text::{fill, Words};
use peer_compass_core::{assess, suggest, Audience, Content, Lang, Text};

#[track_caller]
fn ids(content: &Content, pattern: [&str; 4], audience: Audience) -> Vec<String> {
    let answers = util::answers(content, pattern[0], pattern[1], pattern[2], pattern[3]);
    let result = assess(content, &answers);
    suggest(content, &answers, &result, audience)
        .into_iter()
        .map(|s| s.id.clone())
        .collect()
}

#[test]
fn suggestions_follow_the_result() {
    let content = util::small();
    #[rustfmt::skip]
    let table: Vec<([&str; 4], Audience, Vec<&str>)> = vec![
        // On co-implementor: the step it invites leads; a (75, 33, 0 → 36) and
        // b (100, 0, 0 → 33) both below 50, the weaker first.
        (["455", "211", "111", "333"], Audience::You, vec!["you-placed-ci", "you-b-low", "you-a-low"]),
        (["455", "221", "111", "333"], Audience::You, vec!["you-placed-ci", "you-between-cd", "you-a-low", "you-b-low"]),
        (["222", "444", "111", "333"], Audience::You, vec!["you-uneven", "you-a-low", "you-b-low"]),
        // c (d, 4, 4) has two of three answered, enough to score 100.
        (["dd-", "444", "444", "---"], Audience::You, vec!["you-c-high"]),
        (["dd-", "111", "111", "---"], Audience::You, vec!["you-not-placed", "you-a-low", "you-b-low"]),
        // a (25, 0, 0 → 8) is above b (0, 0, 0): b first.
        (["211", "111", "111", "444"], Audience::You, vec!["you-little-room", "you-b-low", "you-a-low"]),
        (["211", "111", "111", "111"], Audience::You, vec!["you-token", "you-b-low", "you-a-low"]),
        // Nothing specific applies: the fallback.
        (["553", "332", "3--", "---"], Audience::You, vec!["you-otherwise"]),
        (["555", "111", "111", "125"], Audience::Organisation, vec!["org-ci-and-ctx-low", "org-ctx0-low"]),
        (["555", "444", "444", "555"], Audience::Organisation, vec!["org-otherwise"]),
    ];
    for (pattern, audience, expected) in table {
        assert_eq!(ids(&content, pattern, audience), expected, "{pattern:?}");
    }
}

#[test]
fn weaker_dimensions_come_first_among_equal_priorities() {
    let content = util::small();
    // a: 75, 0, 0 → 25; b: 75, 67, 0 → 47. Both below 50, a first (and
    // b's co-design work shows in part).
    assert_eq!(
        ids(&content, ["444", "131", "111", "---"], Audience::You),
        vec!["you-placed-ci", "you-between-cd", "you-a-low", "you-b-low"]
    );
    // a: 75, 100, 33 → 69 (not below); b: 75, 0, 0 → 25.
    assert_eq!(
        ids(&content, ["444", "311", "211", "---"], Audience::You),
        vec!["you-placed-ci", "you-between-cd", "you-b-low"]
    );
}

#[test]
fn organisation_name_is_filled_in() {
    let content = util::small();
    let text = Text::from_fn(|lang| {
        fill(
            "Ask {organisation} for time ({lang}).",
            &[("lang", lang.code())],
        )
    });
    let words = Words::new(&content, Lang::Nb);
    assert_eq!(
        words.suggestion(&text, Some("Bergen kommune")),
        "Ask Bergen kommune for time (nb)."
    );
    // Without a name, the table's own words.
    assert_eq!(
        words.suggestion(&text, None),
        "Ask organisasjonen din for time (nb)."
    );
    assert_eq!(
        Words::new(&content, Lang::En).suggestion(&text, None),
        "Ask your organisation for time (en)."
    );
}
