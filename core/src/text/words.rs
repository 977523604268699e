//! Result facts in words: the templates of a language's table, filled with
//! the content's names and labels in that language.

use super::{fill, strings, Strings};
use crate::assess::{Mode, Placement, RungStatus};
use crate::content::{Actor, Content, Rung};
use crate::explain::{ContextNote, Explanation, RungEvidence};
use crate::lang::Lang;

/// Puts results into words in one language.
#[derive(Clone, Copy)]
pub struct Words<'a> {
    content: &'a Content,
    lang: Lang,
    /// The interface table of that language.
    pub strings: &'static Strings,
}

impl<'a> Words<'a> {
    /// Words in `lang` for results of `content`.
    pub fn new(content: &'a Content, lang: Lang) -> Words<'a> {
        Words {
            content,
            lang,
            strings: strings(lang),
        }
    }

    /// A rung's name, as written (for a title).
    fn name(&self, rung: Rung) -> &'a str {
        self.content.rung(rung).name.get(self.lang)
    }

    /// A rung's name mid-sentence.
    fn rung(&self, rung: Rung) -> String {
        lower_first(self.name(rung))
    }

    /// Rung names mid-sentence, joined with "and".
    fn rungs(&self, rungs: &[Rung]) -> String {
        let names: Vec<String> = rungs.iter().map(|&r| self.rung(r)).collect();
        names.join(self.strings.and)
    }

    /// The ladder's rungs mid-sentence, lowest first: "co-implementor,
    /// co-designer and initiator", in the content's own names.
    pub fn ladder(&self) -> String {
        let [low, middle, top] = Rung::ALL.map(|r| self.rung(r));
        format!("{low}, {middle}{}{top}", self.strings.and)
    }

    /// A short title for the placement, e.g. "Between co-designer and initiator".
    pub fn headline(&self, placement: &Placement) -> String {
        let s = self.strings;
        match placement {
            Placement::NotPlaced => s.headline_not_placed.to_owned(),
            Placement::LittleRoom => s.headline_little_room.to_owned(),
            Placement::TokenRole => s.headline_token.to_owned(),
            Placement::Rung {
                rung,
                between: Some(next),
                ..
            } => fill(
                s.headline_between,
                &[("rung", &self.rung(*rung)), ("next", &self.rung(*next))],
            ),
            Placement::Rung { rung, uneven, .. } => fill(
                if *uneven {
                    s.headline_uneven
                } else {
                    s.headline_rung
                },
                &[("name", self.name(*rung))],
            ),
        }
    }

    /// The overall picture, in one or more sentences.
    pub fn overview(&self, explanation: &Explanation) -> String {
        let s = self.strings;
        match &explanation.placement {
            Placement::NotPlaced => s.overview_not_placed.to_owned(),
            Placement::LittleRoom => s.overview_little_room.to_owned(),
            Placement::TokenRole => s.overview_token.to_owned(),
            Placement::Rung {
                rung,
                between,
                uneven,
            } => {
                let mut overview = match between {
                    Some(next) => fill(
                        s.overview_between,
                        &[("rung", &self.rung(*rung)), ("next", &self.rung(*next))],
                    ),
                    None => fill(s.overview_rung, &[("rung", &self.rung(*rung))]),
                };
                if *uneven {
                    overview.push(' ');
                    overview.push_str(&fill(
                        s.overview_uneven,
                        &[("gap", &self.rungs(&explanation.gap))],
                    ));
                }
                overview
            }
        }
    }

    /// One rung's evidence: its status and the answer that shows it.
    pub fn evidence(&self, evidence: &RungEvidence) -> String {
        let s = self.strings;
        let name = self.name(evidence.rung);
        let tally = evidence.tally;
        let Some(example) = evidence.example else {
            if evidence.outside_role {
                return fill(s.evidence_outside_role, &[("name", name)]);
            }
            return fill(
                s.evidence_unknown,
                &[
                    ("name", name),
                    ("answered", &tally.answered.to_string()),
                    ("total", &tally.total.to_string()),
                    ("needed", &tally.needed().to_string()),
                ],
            );
        };
        let status = match evidence.status {
            RungStatus::InPlace => s.status_in_place,
            RungStatus::Partly => s.status_partly,
            RungStatus::NotYet | RungStatus::Unknown => s.status_not_yet,
        };
        let template =
            if evidence.status != RungStatus::InPlace && example.actor == Actor::Workplace {
                s.evidence_workplace
            } else {
                s.evidence
            };
        let item = &self.content.items()[example.item];
        fill(
            template,
            &[
                ("name", name),
                ("status", status),
                (
                    "answer",
                    &lower_first(
                        self.content
                            .label(example.item, example.answer)
                            .get(self.lang),
                    ),
                ),
                ("item", item.text.get(self.lang)),
            ],
        )
    }

    /// A context dimension, reported beside the placement.
    pub fn context(&self, note: &ContextNote) -> String {
        let s = self.strings;
        let dimension = lower_first(
            self.content.dimensions()[note.dimension]
                .name
                .get(self.lang),
        );
        match note.score {
            Some(score) => fill(
                s.context_scored,
                &[("dimension", &dimension), ("score", &score.to_string())],
            ),
            None => fill(s.context_unknown, &[("dimension", &dimension)]),
        }
    }

    /// What the co-production mode means for the person.
    pub fn mode(&self, mode: Mode) -> &'static str {
        match mode {
            Mode::Consumer => self.strings.mode_consumer,
            Mode::Participative => self.strings.mode_participative,
            Mode::Enhanced => self.strings.mode_enhanced,
        }
    }

    /// A suggestion's text with the organisation's name filled in (or the
    /// table's "your organisation").
    pub fn suggestion(&self, text: &crate::lang::Text, organisation: Option<&str>) -> String {
        let organisation = organisation.unwrap_or(self.strings.your_organisation);
        fill(text.get(self.lang), &[("organisation", organisation)])
    }
}

/// A name or label for use mid-sentence: "Co-designer" → "co-designer",
/// "Én gang" → "én gang". ASCII and Latin-1 capitals (É, Æ, Ø, Å…) are
/// lowered, which covers both languages' names without the Unicode case
/// tables in the wasm; any other first letter is kept as it is.
pub fn lower_first(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => {
            let lower = match first {
                'A'..='Z' | '\u{C0}'..='\u{D6}' | '\u{D8}'..='\u{DE}' => {
                    char::from_u32(u32::from(first) + 32).unwrap_or(first)
                }
                _ => first,
            };
            std::iter::once(lower).chain(chars).collect()
        }
        None => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::lower_first;

    #[test]
    fn only_a_capital_first_letter_is_lowered() {
        for (text, lowered) in [
            ("Co-designer", "co-designer"),
            ("Én gang", "én gang"),
            ("Ønsker", "ønsker"),
            ("Æ", "æ"),
            ("Àb", "àb"),
            ("Þ", "þ"),
            ("Zz", "zz"),
            // Not capitals: the multiplication sign, sharp s, digits, a
            // letter already small, a capital beyond Latin-1.
            ("× 2", "× 2"),
            ("ß", "ß"),
            ("1 gang", "1 gang"),
            ("often", "often"),
            ("Ł", "Ł"),
            ("", ""),
        ] {
            assert_eq!(lower_first(text), lowered, "{text}");
        }
    }
}
