//! Result facts in words: the templates of a language's table, filled with
//! the content's names and labels in that language.

use super::{fill, strings, Strings};
use crate::answers::Answer;
use crate::assess::{Mode, Placement, RungStatus, MET_MEAN_X2, MET_SCORE};
use crate::content::{Content, Rung};
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

    /// The label of the scale point that meets a rung, mid-sentence.
    fn mark(&self) -> String {
        let point = Answer::from_point((MET_MEAN_X2 / 2) as u8).unwrap_or(Answer::Often);
        lower_first(self.content.scale().label(point).get(self.lang))
    }

    /// A short title for the placement, e.g. "Between co-designer and initiator".
    pub fn headline(&self, placement: &Placement) -> String {
        let s = self.strings;
        match placement {
            Placement::NotEnoughAnswers => s.headline_not_enough.to_owned(),
            Placement::Uneven { .. } => s.headline_uneven.to_owned(),
            Placement::Ladder {
                reached,
                approaching,
            } => match (reached, approaching) {
                (Some(r), None) => fill(s.headline_reached, &[("name", self.name(*r))]),
                (Some(r), Some(a)) => fill(
                    s.headline_between,
                    &[("rung", &self.rung(*r)), ("next", &self.rung(*a))],
                ),
                (None, Some(a)) => fill(s.headline_close, &[("next", &self.rung(*a))]),
                (None, None) => fill(
                    s.headline_none,
                    &[("rung", &self.rung(Rung::CoImplementor))],
                ),
            },
        }
    }

    /// The overall picture, in one or more sentences.
    pub fn overview(&self, explanation: &Explanation) -> String {
        let s = self.strings;
        match &explanation.placement {
            Placement::NotEnoughAnswers => s.overview_not_enough.to_owned(),
            Placement::Uneven { above, .. } => fill(
                s.overview_uneven,
                &[
                    ("above", &self.rungs(above)),
                    ("gap", &self.rungs(&explanation.gap)),
                ],
            ),
            Placement::Ladder {
                reached,
                approaching,
            } => match (reached, approaching) {
                (Some(r), None) => fill(
                    s.overview_reached,
                    &[("rung", &self.rung(*r)), ("mark", &self.mark())],
                ),
                (Some(r), Some(a)) => fill(
                    s.overview_between,
                    &[("rung", &self.rung(*r)), ("next", &self.rung(*a))],
                ),
                (None, Some(a)) => fill(s.overview_close, &[("next", &self.rung(*a))]),
                (None, None) => s.overview_none.to_owned(),
            },
        }
    }

    /// One rung's evidence: its status, score and the answer that shows it.
    pub fn evidence(&self, evidence: &RungEvidence) -> String {
        let s = self.strings;
        let name = self.name(evidence.rung);
        let tally = evidence.tally;
        let (Some(score), Some(example)) = (evidence.score, evidence.example) else {
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
        let template = match evidence.status {
            RungStatus::Met => s.evidence_met,
            RungStatus::Near => s.evidence_near,
            RungStatus::NotMet | RungStatus::Unknown => s.evidence_not_met,
        };
        let item = &self.content.items()[example.item];
        fill(
            template,
            &[
                ("name", name),
                ("score", &score.to_string()),
                ("mark", &MET_SCORE.to_string()),
                (
                    "answer",
                    &lower_first(self.content.scale().label(example.answer).get(self.lang)),
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

    /// The line under the profile heading: what the scores mean.
    pub fn profile_lead(&self) -> String {
        fill(
            self.strings.profile_lead,
            &[("score", &MET_SCORE.to_string()), ("label", &self.mark())],
        )
    }

    /// A suggestion's text with the organisation's name filled in (or the
    /// table's "your organisation").
    pub fn suggestion(&self, text: &crate::lang::Text, organisation: Option<&str>) -> String {
        let organisation = organisation.unwrap_or(self.strings.your_organisation);
        fill(text.get(self.lang), &[("organisation", organisation)])
    }
}

/// A name or label for use mid-sentence: "Co-designer" → "co-designer".
/// Only an ASCII first letter is changed, which covers both languages' names
/// without Unicode case tables in the wasm.
fn lower_first(text: &str) -> String {
    let mut text = text.to_owned();
    if let Some(first) = text.get_mut(..1) {
        first.make_ascii_lowercase();
    }
    text
}
