//! How long the core takes for what the widget does: parse and validate the
//! questionnaire once at start-up, then assess, explain and suggest on each
//! result; and, for a trainer, read pasted share codes, check each against the
//! ones counted, and draw the group's picture.
//! `cargo bench -p peer-compass-core`; figures in docs/PERFORMANCE.md.

use peer_compass_core::code::{find, Shared};
use peer_compass_core::group::{judge, picture, Entry, DEFAULT_MIN_GROUP};
use peer_compass_core::text::Words;
use peer_compass_core::{assess, explain, suggest, Answer, Answers, Audience, Content, Lang};
use std::collections::HashSet;
use std::hint::black_box;
use std::time::{Duration, Instant};

fn time(name: &str, runs: u32, mut work: impl FnMut()) {
    for _ in 0..runs / 10 {
        work();
    }
    let mut samples: Vec<Duration> = (0..runs)
        .map(|_| {
            let start = Instant::now();
            work();
            start.elapsed()
        })
        .collect();
    samples.sort();
    let median = samples[samples.len() / 2];
    let p99 = samples[samples.len() * 99 / 100];
    println!("{name:<44} median {median:>10.2?}   p99 {p99:>10.2?}   ({runs} runs)");
}

fn main() {
    time("parse + validate built-in content", 2_000, || {
        black_box(Content::builtin().unwrap());
    });
    let content = Content::builtin().unwrap();
    let answers = Answers::from_slots(
        (0..content.items().len())
            .map(|i| Answer::offered(content.points_of(i)).nth(i % 7))
            .collect(),
    );
    time("assess (scores, rungs, placement, mode)", 20_000, || {
        black_box(assess(&content, black_box(&answers)));
    });
    let result = assess(&content, &answers);
    time("suggest, both audiences", 20_000, || {
        for audience in Audience::ALL {
            black_box(suggest(&content, &answers, &result, audience));
        }
    });
    time("explain and put into words, one language", 20_000, || {
        let facts = explain(&content, &answers, &result);
        let words = Words::new(&content, Lang::Nb);
        black_box(words.headline(&result.placement));
        black_box(words.overview(&facts));
        for evidence in &facts.rungs {
            black_box(words.evidence(evidence));
        }
        for note in &facts.context {
            black_box(words.context(note));
        }
    });

    // Distinct codes of real results: answers from a fixed pseudo-random
    // sequence, assessed, each result's code once.
    let mut seed = 0x2545_f491_4f6c_dd1d_u64;
    let mut next = move || {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        seed
    };
    let mut codes: Vec<String> = Vec::new();
    while codes.len() < 10_000 {
        let answers = Answers::from_slots(
            (0..content.items().len())
                .map(|i| {
                    let offered: Vec<Answer> = Answer::offered(content.points_of(i)).collect();
                    offered.get(next() as usize % (offered.len() + 1)).copied()
                })
                .collect(),
        );
        let code = Shared::of(&content, &assess(&content, &answers)).code();
        if !codes.contains(&code) {
            codes.push(code);
        }
    }
    for n in [1_000, 10_000] {
        // A chat log: each code after a name and a time, as people paste it.
        let pasted: String = codes[..n]
            .iter()
            .enumerate()
            .map(|(i, code)| format!("[10:{:02}] Person {i}: my code is {code}\n", i % 60))
            .collect();
        // As the trainer's session adds a paste: read, judged against the
        // codes counted so far, counted, and the picture drawn.
        time(
            &format!("{n} codes: find, check, count, picture"),
            11,
            || {
                let mut counted: Vec<Shared> = Vec::new();
                let mut seen = HashSet::new();
                for (_, read) in find(black_box(&pasted)) {
                    if let Entry::Counted(shared) = judge(&content, &seen, read) {
                        seen.insert(shared.clone());
                        counted.push(shared);
                    }
                }
                assert_eq!(counted.len(), n);
                black_box(picture(&content, &counted, DEFAULT_MIN_GROUP));
            },
        );
        let counted: Vec<Shared> = codes[..n]
            .iter()
            .map(|code| Shared::decode(code).unwrap())
            .collect();
        time(&format!("{n} codes: the picture alone"), 101, || {
            black_box(picture(&content, black_box(&counted), DEFAULT_MIN_GROUP));
        });
    }
}
