//! How long the core takes for what the widget does: parse and validate the
//! questionnaire once at start-up, then assess, explain and suggest on each
//! result. `cargo bench -p peer-compass-core`; figures in docs/PERFORMANCE.md.

use peer_compass_core::text::Words;
use peer_compass_core::{assess, explain, suggest, Answer, Answers, Audience, Content, Lang};
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
}
