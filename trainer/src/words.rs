//! The trainer's facts in words: the steps of the ladder, what became of a
//! code, the prompts, numbers as each language writes them. Plain functions
//! over the tables ([`trainer_strings`]) and the content's names.

use crate::plot::decimal;
use crate::session::Outcome;
use peer_compass_core::code::CodeError;
use peer_compass_core::group::{Prompt, STEPS};
use peer_compass_core::text::trainer::{trainer_strings, TrainerStrings};
use peer_compass_core::text::{fill, lower_first};
use peer_compass_core::{Content, Lang, Rung};

/// The steps of [`peer_compass_core::group::step`], top of the ladder first:
/// the order the picture shows them in.
pub const TOP_FIRST: [usize; STEPS] = [7, 6, 5, 4, 3, 2, 1, 0];

/// Which rung a step is, if it is one (not "between" or below the ladder).
pub fn step_rung(step: usize) -> Option<Rung> {
    match step {
        3 => Some(Rung::CoImplementor),
        5 => Some(Rung::CoDesigner),
        7 => Some(Rung::Initiator),
        _ => None,
    }
}

/// A step's name: a rung's own, "between" two, or below the ladder.
pub fn step_name(content: &Content, lang: Lang, step: usize) -> String {
    let s = trainer_strings(lang);
    let name = |rung: Rung| content.rung(rung).name.get(lang).to_owned();
    match step {
        0 => s.step_not_placed.to_owned(),
        1 => s.step_token.to_owned(),
        2 => s.step_little_room.to_owned(),
        4 | 6 => {
            let (low, high) = if step == 4 {
                (Rung::CoImplementor, Rung::CoDesigner)
            } else {
                (Rung::CoDesigner, Rung::Initiator)
            };
            fill(
                s.step_between,
                &[
                    ("rung", &lower_first(&name(low))),
                    ("next", &lower_first(&name(high))),
                ],
            )
        }
        _ => name(step_rung(step).unwrap_or(Rung::Initiator)),
    }
}

/// A number of codes in words: "1 code", "3 codes".
pub fn codes(lang: Lang, count: usize) -> String {
    let s = trainer_strings(lang);
    let template = if count == 1 { s.code_one } else { s.code_many };
    fill(template, &[("count", &count.to_string())])
}

/// A round's name as a title: "First round".
pub fn round_name(lang: Lang, round: usize) -> &'static str {
    let s = trainer_strings(lang);
    if round == 0 {
        s.round_first
    } else {
        s.round_second
    }
}

/// A round's name mid-sentence: "first round".
pub fn round_mid(lang: Lang, round: usize) -> String {
    lower_first(round_name(lang, round))
}

/// What became of a code, after the code itself.
pub fn outcome(s: &TrainerStrings, outcome: &Outcome, current: &str) -> String {
    match outcome {
        Outcome::Counted => s.outcome_counted.to_owned(),
        Outcome::CountedAgain => s.outcome_again.to_owned(),
        Outcome::Duplicate => s.outcome_duplicate.to_owned(),
        Outcome::OtherVersion(Some(version)) => fill(
            s.outcome_other_version,
            &[("version", version), ("current", current)],
        ),
        Outcome::OtherVersion(None) => fill(s.outcome_other_unknown, &[("current", current)]),
        Outcome::Unreadable(CodeError::Check) => s.outcome_typo.to_owned(),
        Outcome::Unreadable(CodeError::Length(n)) => {
            fill(s.outcome_length, &[("count", &n.to_string())])
        }
        Outcome::Unreadable(CodeError::Character(c)) => {
            fill(s.outcome_character, &[("char", &c.to_string())])
        }
        Outcome::Unreadable(CodeError::Unknown) => s.outcome_unknown.to_owned(),
    }
}

/// A prompt's title, question and grounding.
pub fn prompt(s: &TrainerStrings, prompt: Prompt) -> (&'static str, &'static str, &'static str) {
    match prompt {
        Prompt::IdeasToDecisions => (
            s.prompt_ideas_title,
            s.prompt_ideas,
            s.prompt_ideas_grounding,
        ),
        Prompt::TokenRoles => (
            s.prompt_token_title,
            s.prompt_token,
            s.prompt_token_grounding,
        ),
        Prompt::InvitedEarly => (
            s.prompt_early_title,
            s.prompt_early,
            s.prompt_early_grounding,
        ),
        Prompt::UnevenInfluence => (
            s.prompt_uneven_title,
            s.prompt_uneven,
            s.prompt_uneven_grounding,
        ),
        Prompt::SpreadInitiative => (
            s.prompt_spread_title,
            s.prompt_spread,
            s.prompt_spread_grounding,
        ),
        Prompt::ShareKnowledge => (
            s.prompt_knowledge_title,
            s.prompt_knowledge,
            s.prompt_knowledge_grounding,
        ),
        Prompt::NextStep => (s.prompt_next_title, s.prompt_next, s.prompt_next_grounding),
    }
}

/// The modes in the order of [`peer_compass_core::group::Picture::modes`].
pub fn mode_names(s: &TrainerStrings) -> [&'static str; 4] {
    [
        s.mode_none,
        s.mode_consumer,
        s.mode_participative,
        s.mode_enhanced,
    ]
}

/// A number as the language writes it: whole numbers plain, halves (a
/// median of an even count) with one decimal and the language's comma.
pub fn number(lang: Lang, value: f32) -> String {
    decimal(value, 1).replace('.', &lang.decimal_mark().to_string())
}

/// A share of a whole, as a whole percentage ("0 %" for an empty whole).
pub fn percent(lang: Lang, part: usize, whole: usize) -> String {
    let value = (part * 100 + whole / 2).checked_div(whole).unwrap_or(0);
    format!("{value}{}%", lang.percent_gap())
}

/// A change in a median, signed: "+5", "−2.5", "0".
pub fn change(lang: Lang, value: f32) -> String {
    let magnitude = number(lang, value.abs());
    if value > 0.0 {
        format!("+{magnitude}")
    } else if value < 0.0 {
        format!("\u{2212}{magnitude}")
    } else {
        magnitude
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use peer_compass_core::group::step;
    use peer_compass_core::Placement;

    #[test]
    fn steps_are_named_in_both_languages() {
        let content = Content::builtin().unwrap();
        let names: Vec<String> = TOP_FIRST
            .iter()
            .map(|&s| step_name(&content, Lang::En, s))
            .collect();
        assert_eq!(
            names,
            [
                "Initiator",
                "Between co-designer and initiator",
                "Co-designer",
                "Between co-implementor and co-designer",
                "Co-implementor",
                "Little room yet",
                "Token role",
                "Not enough answers",
            ]
        );
        assert_eq!(
            step_name(&content, Lang::Nb, 4),
            "Mellom medgjennomfører og medutformer"
        );
        // The rung steps are the rungs the core counts there.
        for rung in Rung::ALL {
            let placement = Placement::Rung {
                rung,
                between: None,
                uneven: false,
            };
            assert_eq!(step_rung(step(&placement)), Some(rung));
        }
    }

    #[test]
    fn every_outcome_has_words() {
        let s = trainer_strings(Lang::En);
        #[rustfmt::skip]
        let cases = [
            (Outcome::Counted, "counted."),
            (Outcome::Unreadable(CodeError::Length(9)), "a code has 11 characters; this has 9."),
            (Outcome::Unreadable(CodeError::Character('!')), "“!” is not used in codes."),
            (Outcome::OtherVersion(Some("2026.11".into())),
                "made with questionnaire version 2026.11, not 2026.12. Not counted: the statements differ."),
        ];
        for (outcome, text) in cases {
            assert_eq!(super::outcome(s, &outcome, "2026.12"), text);
        }
        for outcome in [
            Outcome::CountedAgain,
            Outcome::Duplicate,
            Outcome::OtherVersion(None),
            Outcome::Unreadable(CodeError::Check),
            Outcome::Unreadable(CodeError::Unknown),
        ] {
            for &lang in Lang::ALL {
                let text = super::outcome(trainer_strings(lang), &outcome, "2026.12");
                assert!(!text.contains('{'), "{lang}: {text}");
            }
        }
    }

    #[test]
    fn numbers_are_written_as_each_language_does() {
        assert_eq!(number(Lang::En, 55.0), "55");
        assert_eq!(number(Lang::En, 47.5), "47.5");
        assert_eq!(number(Lang::Nb, 47.5), "47,5");
        assert_eq!(percent(Lang::En, 1, 3), "33%");
        assert_eq!(percent(Lang::Nb, 2, 3), "67\u{a0}%");
        assert_eq!(percent(Lang::En, 0, 0), "0%");
        assert_eq!(change(Lang::En, 5.0), "+5");
        assert_eq!(change(Lang::Nb, -2.5), "\u{2212}2,5");
        assert_eq!(change(Lang::En, 0.0), "0");
    }

    #[test]
    fn one_code_and_more() {
        assert_eq!(codes(Lang::En, 1), "1 code");
        assert_eq!(codes(Lang::En, 0), "0 codes");
        assert_eq!(codes(Lang::Nb, 1), "1 kode");
        assert_eq!(codes(Lang::Nb, 12), "12 koder");
    }

    #[test]
    fn rounds_and_names_mid_sentence() {
        assert_eq!(round_mid(Lang::En, 1), "second round");
        assert_eq!(round_mid(Lang::Nb, 0), "første runde");
        assert_eq!(lower_first("Érable"), "érable");
        assert_eq!(lower_first(""), "");
    }
}
