//! A group's picture from share codes, for a trainer: how many are on each
//! rung, each dimension's spread and median, the co-production modes, and
//! prompts for discussion drawn from the distribution. Below a minimum group
//! size nothing is shown, so no one's result can be singled out.

use crate::assess::{Mode, Placement};
use crate::code::{fingerprint, CodeError, Shared};
use crate::content::{Content, Rung};
use std::collections::HashSet;

/// The smallest group shown by default.
pub const DEFAULT_MIN_GROUP: usize = 3;
/// No group smaller than this is ever shown, whatever the setting.
pub const LEAST_MIN_GROUP: usize = 2;

/// What became of one code a trainer added.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Entry {
    /// Read, for this questionnaire, and counted.
    Counted(Shared),
    /// The same code as one counted before.
    Duplicate,
    /// From another questionnaire version (an earlier one named, if known).
    OtherVersion(Option<String>),
    /// Not a code that reads.
    Unreadable(CodeError),
}

/// Checks one code against the questionnaire and the codes counted so far
/// (a set, so that adding thousands of codes stays linear).
pub fn check(content: &Content, counted: &HashSet<Shared>, text: &str) -> Entry {
    judge(content, counted, Shared::decode(text))
}

/// [`check`] for a code already read (as [`crate::code::find`] reads them).
pub fn judge(
    content: &Content,
    counted: &HashSet<Shared>,
    read: Result<Shared, CodeError>,
) -> Entry {
    let shared = match read {
        Ok(shared) => shared,
        Err(error) => return Entry::Unreadable(error),
    };
    if shared.version != fingerprint(content.version()) {
        let earlier = content
            .earlier()
            .iter()
            .find(|e| fingerprint(&e.version) == shared.version)
            .map(|e| e.version.clone());
        return Entry::OtherVersion(earlier);
    }
    if counted.contains(&shared) {
        // Two people can have the same result: only an identical code
        // entered twice is a likely duplicate, and the trainer can keep it.
        return Entry::Duplicate;
    }
    Entry::Counted(shared)
}

/// Where on the ladder, in order from no rung to the top: not placed, token
/// role, little room, then each rung and each "between".
pub const STEPS: usize = 8;

/// The step of a placement, 0–7 (see [`STEPS`]).
pub fn step(placement: &Placement) -> usize {
    match placement {
        Placement::NotPlaced => 0,
        Placement::TokenRole => 1,
        Placement::LittleRoom => 2,
        Placement::Rung { rung, between, .. } => {
            3 + 2 * rung.index() + usize::from(between.is_some())
        }
    }
}

/// One dimension across the group.
#[derive(Clone, Debug, PartialEq)]
pub struct Spread {
    /// Index of the dimension in the content.
    pub dimension: usize,
    /// Every score given, lowest first.
    pub scores: Vec<u8>,
    /// How many codes had too few answers for this dimension.
    pub missing: usize,
    /// The median of the scores.
    pub median: Option<f32>,
}

/// A prompt for discussion, with the rule that chose it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Prompt {
    /// Most are co-implementors and conditions are weak: what stops ideas
    /// from reaching decisions (Engen & Magnusson 2015; the paper).
    IdeasToDecisions,
    /// Some roles have too little room (Gillard et al. 2015).
    TokenRoles,
    /// Many are between co-implementor and co-designer: who invites PSWs
    /// early (Osborne & Strokosch 2013).
    InvitedEarly,
    /// Influence differs widely within the group.
    UnevenInfluence,
    /// Some have started something new: how can it spread (De Vries,
    /// Bekkers & Tummers 2016).
    SpreadInitiative,
    /// Experiential knowledge is low: where it can be shared and used
    /// (Collins 2013).
    ShareKnowledge,
    /// What would make one step up possible for more of us.
    NextStep,
}

/// The group's picture.
#[derive(Clone, Debug, PartialEq)]
pub struct Picture {
    /// How many codes it rests on.
    pub size: usize,
    /// How many at each step ([`step`]).
    pub steps: [usize; STEPS],
    /// How many of those on a rung show an uneven pattern.
    pub uneven: usize,
    /// Each dimension, in content order (at most the first five).
    pub spreads: Vec<Spread>,
    /// How many in each mode: none, consumer, participative, enhanced.
    pub modes: [usize; 4],
    /// Prompts for discussion, most telling first.
    pub prompts: Vec<Prompt>,
}

/// The median of sorted values.
fn median(sorted: &[u8]) -> Option<f32> {
    let n = sorted.len();
    match n {
        0 => None,
        _ if n % 2 == 1 => Some(f32::from(sorted[n / 2])),
        _ => Some((f32::from(sorted[n / 2 - 1]) + f32::from(sorted[n / 2])) / 2.0),
    }
}

/// The picture of `codes`, or `None` when there are fewer than `min` (never
/// fewer than [`LEAST_MIN_GROUP`]).
pub fn picture(content: &Content, codes: &[Shared], min: usize) -> Option<Picture> {
    if codes.len() < min.max(LEAST_MIN_GROUP) {
        return None;
    }
    let mut steps = [0; STEPS];
    let mut modes = [0; 4];
    let mut uneven = 0;
    for code in codes {
        steps[step(&code.placement)] += 1;
        uneven += usize::from(code.placement.uneven());
        modes[match code.mode {
            None => 0,
            Some(Mode::Consumer) => 1,
            Some(Mode::Participative) => 2,
            Some(Mode::Enhanced) => 3,
        }] += 1;
    }
    let dims = content.dimensions().len().min(crate::code::MAX_SCORES);
    let spreads: Vec<Spread> = (0..dims)
        .map(|dimension| {
            let mut scores: Vec<u8> = codes
                .iter()
                .filter_map(|c| c.scores.get(dimension).copied().flatten())
                .collect();
            scores.sort_unstable();
            Spread {
                dimension,
                missing: codes.len() - scores.len(),
                median: median(&scores),
                scores,
            }
        })
        .collect();
    let n = codes.len();
    let median_of = |id: &str| {
        content
            .dimension_index(id)
            .and_then(|d| spreads.get(d))
            .and_then(|s| s.median)
    };
    let on = |rung: Rung| {
        codes
            .iter()
            .filter(|c| c.placement.rung() == Some(rung))
            .count()
    };
    let mut prompts = Vec::new();
    let ci = on(Rung::CoImplementor);
    if 2 * ci >= n && median_of("conditions").is_some_and(|m| m < 50.0) {
        prompts.push(Prompt::IdeasToDecisions);
    }
    if steps[1] > 0 {
        prompts.push(Prompt::TokenRoles);
    }
    if 3 * steps[4] >= n {
        prompts.push(Prompt::InvitedEarly);
    }
    let influence = content
        .dimension_index("influence")
        .and_then(|d| spreads.get(d));
    if influence
        .is_some_and(|s| s.scores.len() >= 2 && s.scores[s.scores.len() - 1] - s.scores[0] >= 50)
    {
        prompts.push(Prompt::UnevenInfluence);
    }
    if on(Rung::Initiator) > 0 {
        prompts.push(Prompt::SpreadInitiative);
    }
    if median_of("tacit-knowledge").is_some_and(|m| m < 50.0) {
        prompts.push(Prompt::ShareKnowledge);
    }
    prompts.push(Prompt::NextStep);
    Some(Picture {
        size: n,
        steps,
        uneven,
        spreads,
        modes,
        prompts,
    })
}

/// The picture as CSV for a spreadsheet: one row per step, dimension and
/// mode, with counts, medians and spreads.
pub fn csv(content: &Content, picture: &Picture, separator: char) -> String {
    let sep = separator.to_string();
    let mut out = format!("\u{feff}what{sep}value{sep}count{sep}median{sep}lowest{sep}highest\r\n");
    let ids = [
        "not-placed",
        "token-role",
        "little-room",
        "co-implementor",
        "co-implementor/co-designer",
        "co-designer",
        "co-designer/initiator",
        "initiator",
    ];
    for (id, count) in ids.iter().zip(picture.steps) {
        out.push_str(&format!(
            "placement{sep}{id}{sep}{count}{sep}{sep}{sep}\r\n"
        ));
    }
    out.push_str(&format!(
        "placement{sep}uneven{sep}{}{sep}{sep}{sep}\r\n",
        picture.uneven
    ));
    for spread in &picture.spreads {
        let id = &content.dimensions()[spread.dimension].id;
        let (low, high) = (spread.scores.first(), spread.scores.last());
        let number = |v: Option<&u8>| v.map_or_else(String::new, u8::to_string);
        out.push_str(&format!(
            "score{sep}{id}{sep}{}{sep}{}{sep}{}{sep}{}\r\n",
            spread.scores.len(),
            spread.median.map_or_else(String::new, |m| m.to_string()),
            number(low),
            number(high)
        ));
    }
    for (id, count) in ["none", "consumer", "participative", "enhanced"]
        .iter()
        .zip(picture.modes)
    {
        out.push_str(&format!("mode{sep}{id}{sep}{count}{sep}{sep}{sep}\r\n"));
    }
    out
}
