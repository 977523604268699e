//! Placement and evidence in words a person understands.

use crate::answers::{Answer, Answers};
use crate::assess::{Assessment, Placement, RungScore, RungStatus, MET_SCORE};
use crate::content::{Content, DimensionKind, Rung};
use crate::lang::Lang;

/// A short title for the placement, e.g. "Between co-designer and initiator".
pub fn headline(content: &Content, placement: &Placement, lang: Lang) -> String {
    let name = |rung: Rung| content.rung(rung).name.get(lang).to_owned();
    let lower = |rung: Rung| lower_first(&name(rung));
    match (placement, lang) {
        (Placement::NotEnoughAnswers, Lang::En) => "Not enough answers to place you yet".into(),
        (Placement::NotEnoughAnswers, Lang::Nb) => "For få svar til å plassere deg ennå".into(),
        (Placement::Uneven { .. }, Lang::En) => "An uneven profile".into(),
        (Placement::Uneven { .. }, Lang::Nb) => "En ujevn profil".into(),
        (
            Placement::Ladder {
                reached,
                approaching,
            },
            _,
        ) => match (reached, approaching, lang) {
            (Some(r), None, _) => name(*r),
            (Some(r), Some(a), Lang::En) => format!("Between {} and {}", lower(*r), lower(*a)),
            (Some(r), Some(a), Lang::Nb) => format!("Mellom {} og {}", lower(*r), lower(*a)),
            (None, Some(a), Lang::En) => format!("Close to {}", lower(*a)),
            (None, Some(a), Lang::Nb) => format!("Nær {}", lower(*a)),
            (None, None, Lang::En) => format!("Not yet at the {} mark", lower(Rung::CoImplementor)),
            (None, None, Lang::Nb) => {
                format!("Ennå ikke ved merket for {}", lower(Rung::CoImplementor))
            }
        },
    }
}

/// Sentences explaining the placement: the overall picture, then the evidence
/// for each rung (which answers drove it), then the organisational context.
pub fn explain(
    content: &Content,
    answers: &Answers,
    assessment: &Assessment,
    lang: Lang,
) -> Vec<String> {
    let mut sentences = vec![overview(content, &assessment.placement, lang)];
    sentences.extend(
        assessment
            .rungs
            .iter()
            .map(|rung| evidence(content, answers, rung, lang)),
    );
    sentences.extend(context(content, assessment, lang));
    sentences
}

fn overview(content: &Content, placement: &Placement, lang: Lang) -> String {
    let lower = |rung: Rung| lower_first(content.rung(rung).name.get(lang));
    let list = |rungs: &[Rung]| {
        let and = if lang == Lang::En { " and " } else { " og " };
        rungs
            .iter()
            .map(|&r| lower(r))
            .collect::<Vec<_>>()
            .join(and)
    };
    match placement {
        Placement::NotEnoughAnswers => match lang {
            Lang::En => "Too many of the questions about day-to-day work were skipped or answered outside the scale to place you. You can go back and answer more of them.".into(),
            Lang::Nb => "For mange av spørsmålene om det daglige arbeidet er hoppet over eller besvart utenfor skalaen til at vi kan plassere deg. Du kan gå tilbake og svare på flere.".into(),
        },
        Placement::Uneven { above, .. } => {
            let gap = Rung::ALL
                .into_iter()
                .filter(|r| !above.contains(r) && r < &above[0] && Some(*r) > placement.reached())
                .collect::<Vec<_>>();
            match lang {
                Lang::En => format!("Your answers meet the mark for {} but not for {}. The ladder usually builds step by step, so we describe this profile instead of giving it one label. It often means you do more in one part of your work than you are given room for in another.", list(above), list(&gap)),
                Lang::Nb => format!("Svarene dine når merket for {}, men ikke for {}. Stigen bygges vanligvis trinn for trinn, så vi beskriver profilen i stedet for å gi den én merkelapp. Det betyr ofte at du gjør mer i én del av arbeidet enn du får rom til i en annen.", list(above), list(&gap)),
            }
        }
        Placement::Ladder { reached, approaching } => {
            let mark = |lang| if lang == Lang::En { "“often”" } else { "«ofte»" };
            match (reached, approaching, lang) {
                (Some(r), None, Lang::En) => format!("Your answers reach the mark ({}) for {} and every step below it.", mark(lang), lower(*r)),
                (Some(r), None, Lang::Nb) => format!("Svarene dine når merket ({}) for {} og alle trinnene under.", mark(lang), lower(*r)),
                (Some(r), Some(a), Lang::En) => format!("Your answers reach the mark for {} and come close to it for {}.", lower(*r), lower(*a)),
                (Some(r), Some(a), Lang::Nb) => format!("Svarene dine når merket for {} og er nær merket for {}.", lower(*r), lower(*a)),
                (None, Some(a), Lang::En) => format!("Your answers come close to the mark for {}.", lower(*a)),
                (None, Some(a), Lang::Nb) => format!("Svarene dine er nær merket for {}.", lower(*a)),
                (None, None, Lang::En) => "Your answers suggest you have little room to shape even the day-to-day delivery of your service. That often says more about the role you are offered than about you.".into(),
                (None, None, Lang::Nb) => "Svarene dine tyder på at du har lite rom til å forme selv den daglige gjennomføringen av tjenesten. Det sier ofte mer om rollen du får, enn om deg.".into(),
            }
        }
    }
}

fn evidence(content: &Content, answers: &Answers, rung: &RungScore, lang: Lang) -> String {
    let name = content.rung(rung.rung).name.get(lang);
    let tally = rung.tally;
    let Some(score) = rung.score else {
        return match lang {
            Lang::En => format!(
                "{name}: not enough answers to say ({} of {} answered on the scale, {} needed).",
                tally.answered,
                tally.total,
                tally.needed()
            ),
            Lang::Nb => format!(
                "{name}: for få svar til å si noe ({} av {} besvart på skalaen, {} trengs).",
                tally.answered,
                tally.total,
                tally.needed()
            ),
        };
    };
    // The answer that best shows why: the highest when the mark is met,
    // otherwise the one holding the rung back most.
    let answered = content
        .items_on(rung.rung)
        .filter_map(|(index, item)| answers.point(index).map(|p| (p, item)));
    let example = if rung.status == RungStatus::Met {
        answered.max_by_key(|(p, _)| *p)
    } else {
        answered.min_by_key(|(p, _)| *p)
    };
    let (point, item) = example.expect("a scored rung has answers");
    let answer = Answer::from_point(point).expect("points on the scale are 1–5");
    let label = lower_first(content.scale.label(answer).get(lang));
    let text = item.text.get(lang);
    match (rung.status, lang) {
        (RungStatus::Met, Lang::En) => format!("{name}: reached, {score} of 100 (the mark is {MET_SCORE}). For example, you answered “{label}” to “{text}”"),
        (RungStatus::Met, Lang::Nb) => format!("{name}: nådd, {score} av 100 (merket er {MET_SCORE}). Du svarte for eksempel «{label}» på «{text}»"),
        (RungStatus::Near, Lang::En) => format!("{name}: close, {score} of 100 (the mark is {MET_SCORE}). What holds it back most: you answered “{label}” to “{text}”"),
        (RungStatus::Near, Lang::Nb) => format!("{name}: nær, {score} av 100 (merket er {MET_SCORE}). Det som holder igjen mest: du svarte «{label}» på «{text}»"),
        (_, Lang::En) => format!("{name}: not yet, {score} of 100 (the mark is {MET_SCORE}). For example, you answered “{label}” to “{text}”"),
        (_, Lang::Nb) => format!("{name}: ikke ennå, {score} av 100 (merket er {MET_SCORE}). Du svarte for eksempel «{label}» på «{text}»"),
    }
}

fn context(content: &Content, assessment: &Assessment, lang: Lang) -> Vec<String> {
    assessment
        .dimensions
        .iter()
        .filter(|d| d.kind == DimensionKind::Context)
        .map(|d| {
            let name = lower_first(content.dimensions[d.dimension].name.get(lang));
            match (d.score, lang) {
                (Some(score), Lang::En) => format!("Your answers about {name} score {score} of 100. This is context, not part of your placement: your placement may reflect the opportunities you are offered."),
                (Some(score), Lang::Nb) => format!("Svarene dine om {name} gir {score} av 100. Dette er sammenhengen du jobber i, ikke en del av plasseringen din: plasseringen kan gjenspeile mulighetene du får."),
                (None, Lang::En) => format!("Not enough answers about {name} to describe them."),
                (None, Lang::Nb) => format!("For få svar om {name} til å beskrive dem."),
            }
        })
        .collect()
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
