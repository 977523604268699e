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
        // Reached co-implementor: the next step leads; a (4,2,1 → 33) and b (5,1,1 → 33) tie, file order.
        (["455", "211", "111", "333"], Audience::You, vec!["you-reached-ci", "you-a-low", "you-b-low"]),
        // a (4,4,1) and b (5,3,1) are exactly 50: not below.
        (["455", "434", "111", "333"], Audience::You, vec!["you-reached-ci", "you-approach-cd"]),
        (["222", "555", "111", "333"], Audience::You, vec!["you-uneven", "you-none", "you-a-low", "you-b-low"]),
        // c (d, 5, 5) has two of three answered, enough to score 100.
        (["4nd", "555", "555", "---"], Audience::You, vec!["you-not-enough", "you-c-high"]),
        (["555", "555", "555", "---"], Audience::You, vec!["you-c-high"]),
        // Nothing specific applies: the fallback.
        (["553", "553", "4--", "---"], Audience::You, vec!["you-otherwise"]),
        (["555", "111", "111", "125"], Audience::Organisation, vec!["org-ci-and-ctx-low", "org-ctx0-low"]),
        (["555", "555", "555", "555"], Audience::Organisation, vec!["org-otherwise"]),
    ];
    for (pattern, audience, expected) in table {
        assert_eq!(ids(&content, pattern, audience), expected, "{pattern:?}");
    }
}

#[test]
fn weaker_dimensions_come_first_among_equal_priorities() {
    let content = util::small();
    // a: 4, 1, 1 → 25; b: 4, 3, 1 → 42. Both below 50, a first.
    assert_eq!(
        ids(&content, ["444", "131", "111", "---"], Audience::You),
        vec!["you-reached-ci", "you-a-low", "you-b-low"]
    );
    // a: 4, 3, 2 → 50 (not below); b: 4, 1, 1 → 25.
    assert_eq!(
        ids(&content, ["444", "313", "211", "---"], Audience::You),
        vec!["you-reached-ci", "you-b-low"]
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
