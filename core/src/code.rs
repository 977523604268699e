//! Share codes: a result in 11 characters a person can read aloud or type,
//! such as `K7QF-2M9X-Q3Z`, for a trainer's group picture. A code carries the
//! questionnaire version (as a 12-bit fingerprint), the placement, the
//! co-production mode and every dimension score rounded to the nearest 5,
//! conditions included. Never the answers.
//!
//! Crockford's base 32 (`0`–`9` and the letters but I, L, O and U; read in
//! either case, with I and L read as 1 and O as 0), ten symbols of data and
//! one check symbol. The check is a weighted sum over GF(32), in which every
//! position has its own power of a primitive element as its weight: it
//! catches every single wrong symbol and every swap of two neighbours.
//! (Crockford's own check symbol needs five more symbols, `*~$=U`, that are
//! hard to say and to type.)

use crate::assess::{Assessment, Mode, Placement};
use crate::content::{Content, Rung};
use std::fmt;

/// The symbols, in value order.
const ALPHABET: &[u8; 32] = b"0123456789ABCDEFGHJKMNPQRSTVWXYZ";
/// Data symbols in a code.
const DATA: usize = 10;
/// Most dimension scores a code carries.
pub const MAX_SCORES: usize = 5;
/// The code format written in the first bits; another means a code made by
/// a different Peer Compass.
const CODE_FORMAT: u64 = 1;

/// A result as a code carries it.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Shared {
    /// The fingerprint of the questionnaire version ([`fingerprint`]).
    pub version: u16,
    /// The placement.
    pub placement: Placement,
    /// The co-production mode.
    pub mode: Option<Mode>,
    /// Scores, rounded to the nearest 5, for the content's first
    /// [`MAX_SCORES`] dimensions in order (`None` with too few answers).
    pub scores: Vec<Option<u8>>,
}

/// Why a text is not a usable code.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CodeError {
    /// Too few or too many symbols.
    Length(usize),
    /// A character that is not in the alphabet.
    Character(char),
    /// The check symbol does not match: a symbol was mistyped or two swapped.
    Check,
    /// Read, but not something Peer Compass makes.
    Unknown,
}

impl fmt::Display for CodeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            CodeError::Length(n) => write!(f, "a code has {} characters, this has {n}", DATA + 1),
            CodeError::Character(c) => write!(f, "\"{c}\" is not used in codes"),
            CodeError::Check => f.write_str("a character is mistyped or two are swapped"),
            CodeError::Unknown => f.write_str("not a Peer Compass code"),
        }
    }
}

/// A 12-bit fingerprint of a questionnaire version (FNV-1a, folded).
pub fn fingerprint(version: &str) -> u16 {
    let hash = version.bytes().fold(0x811c_9dc5_u32, |h, b| {
        (h ^ u32::from(b)).wrapping_mul(0x0100_0193)
    });
    ((hash ^ (hash >> 12) ^ (hash >> 24)) & 0xfff) as u16
}

/// Multiplication in GF(32) with the primitive polynomial x⁵ + x² + 1.
fn gf_mul(mut a: u8, mut b: u8) -> u8 {
    let mut product = 0;
    while b != 0 {
        if b & 1 != 0 {
            product ^= a;
        }
        b >>= 1;
        a <<= 1;
        if a & 0x20 != 0 {
            a ^= 0x25;
        }
    }
    product
}

/// The check symbol for data symbols: Σ αⁱ·sᵢ for positions i = 1…n, so that
/// with the check at weight α⁰ the whole code sums to zero.
fn check(symbols: &[u8]) -> u8 {
    let mut weight = 1;
    symbols.iter().fold(0, |sum, &s| {
        weight = gf_mul(weight, 2);
        sum ^ gf_mul(weight, s)
    })
}

fn placement_bits(placement: &Placement) -> (u64, u64, u64) {
    match placement {
        Placement::NotPlaced => (0, 0, 0),
        Placement::LittleRoom => (1, 0, 0),
        Placement::TokenRole => (2, 0, 0),
        Placement::Rung {
            rung,
            between,
            uneven,
        } => (
            3 + rung.index() as u64,
            u64::from(between.is_some()),
            u64::from(*uneven),
        ),
    }
}

/// A score rounded to the nearest 5, as 0–20; 21 for none.
fn score_bits(score: Option<u8>) -> u64 {
    score.map_or(21, |s| u64::from(s.min(100) + 2) / 5)
}

impl Shared {
    /// What a code for this assessment would carry.
    pub fn of(content: &Content, assessment: &Assessment) -> Shared {
        Shared {
            version: fingerprint(content.version()),
            placement: assessment.placement.clone(),
            mode: assessment.mode,
            scores: assessment
                .dimensions
                .iter()
                .take(MAX_SCORES)
                .map(|d| d.score.map(|s| (s.min(100) + 2) / 5 * 5))
                .collect(),
        }
    }

    /// The code, grouped for reading: `K7QF-2M9X-Q3Z`.
    pub fn code(&self) -> String {
        let (placement, between, uneven) = placement_bits(&self.placement);
        let mode = self.mode.map_or(0, |m| match m {
            Mode::Consumer => 1,
            Mode::Participative => 2,
            Mode::Enhanced => 3,
        });
        let mut bits = CODE_FORMAT;
        for (value, width) in [
            (u64::from(self.version & 0xfff), 12),
            (placement, 3),
            (between, 1),
            (uneven, 1),
            (mode, 2),
        ] {
            bits = bits << width | value;
        }
        for index in 0..MAX_SCORES {
            bits = bits << 5 | score_bits(self.scores.get(index).copied().flatten());
        }
        // 3 + 12 + 3 + 1 + 1 + 2 + 25 = 47 bits, in ten symbols of five.
        bits <<= 3;
        let mut symbols = [0u8; DATA + 1];
        for (i, symbol) in symbols.iter_mut().take(DATA).enumerate() {
            *symbol = (bits >> (5 * (DATA - 1 - i)) & 31) as u8;
        }
        symbols[DATA] = check(&symbols[..DATA]);
        let mut out = String::with_capacity(DATA + 3);
        for (i, &s) in symbols.iter().enumerate() {
            if i == 4 || i == 8 {
                out.push('-');
            }
            out.push(char::from(ALPHABET[usize::from(s)]));
        }
        out
    }

    /// Reads a code: any case, with or without hyphens and spaces, I and L as
    /// 1, O as 0.
    pub fn decode(text: &str) -> Result<Shared, CodeError> {
        let mut symbols = Vec::with_capacity(DATA + 1);
        for c in text.chars().filter(|c| !matches!(c, '-' | ' ')) {
            let upper = match c.to_ascii_uppercase() {
                'I' | 'L' => '1',
                'O' => '0',
                other => other,
            };
            match ALPHABET.iter().position(|&a| char::from(a) == upper) {
                Some(value) => symbols.push(value as u8),
                None => return Err(CodeError::Character(c)),
            }
        }
        if symbols.len() != DATA + 1 {
            return Err(CodeError::Length(symbols.len()));
        }
        if check(&symbols[..DATA]) != symbols[DATA] {
            return Err(CodeError::Check);
        }
        let bits = symbols[..DATA]
            .iter()
            .fold(0u64, |bits, &s| bits << 5 | u64::from(s))
            >> 3;
        let field = |shift: u32, width: u32| (bits >> shift) & ((1 << width) - 1);
        // From the top: format 3, version 12, placement 3, between 1,
        // uneven 1, mode 2, then five scores of 5.
        if field(44, 3) != CODE_FORMAT {
            return Err(CodeError::Unknown);
        }
        let rung = |index: u64| Rung::ALL.get(index as usize).copied();
        let placement = match field(29, 3) {
            0 => Placement::NotPlaced,
            1 => Placement::LittleRoom,
            2 => Placement::TokenRole,
            n => {
                let rung = rung(n - 3).ok_or(CodeError::Unknown)?;
                let between = match field(28, 1) {
                    1 => Some(rung.next().ok_or(CodeError::Unknown)?),
                    _ => None,
                };
                Placement::Rung {
                    rung,
                    between,
                    uneven: field(27, 1) == 1,
                }
            }
        };
        if placement.rung().is_none() && field(27, 2) != 0 {
            return Err(CodeError::Unknown);
        }
        let mode = match field(25, 2) {
            0 => None,
            1 => Some(Mode::Consumer),
            2 => Some(Mode::Participative),
            _ => Some(Mode::Enhanced),
        };
        let scores = (0..MAX_SCORES as u32)
            .map(|i| match field(20 - 5 * i, 5) {
                21 => Ok(None),
                s @ 0..=20 => Ok(Some(s as u8 * 5)),
                _ => Err(CodeError::Unknown),
            })
            .collect::<Result<_, _>>()?;
        Ok(Shared {
            version: field(32, 12) as u16,
            placement,
            mode,
            scores,
        })
    }
}

/// The codes in any text (a chat log, say), in order: every `XXXX-XXXX-XXX`,
/// and every line that is a code on its own however it is spaced. Each comes
/// with its text and whether it reads.
pub fn find(text: &str) -> Vec<(String, Result<Shared, CodeError>)> {
    let mut found = Vec::new();
    for line in text.lines() {
        let alone: String = line
            .chars()
            .filter(|c| !c.is_whitespace() && *c != '-')
            .collect();
        if alone.len() == DATA + 1 && alone.chars().all(|c| c.is_ascii_alphanumeric()) {
            found.push((line.trim().to_owned(), Shared::decode(&alone)));
            continue;
        }
        let chars: Vec<char> = line.chars().collect();
        let shape = |i: usize| -> bool {
            (0..13).all(|j| {
                let c = chars.get(i + j).copied().unwrap_or(' ');
                if j == 4 || j == 9 {
                    c == '-'
                } else {
                    c.is_ascii_alphanumeric()
                }
            }) && !chars
                .get(i + 13)
                .is_some_and(|c| c.is_ascii_alphanumeric() || *c == '-')
                && (i == 0 || !(chars[i - 1].is_ascii_alphanumeric() || chars[i - 1] == '-'))
        };
        let mut i = 0;
        while i + 13 <= chars.len() {
            if shape(i) {
                let code: String = chars[i..i + 13].iter().collect();
                let decoded = Shared::decode(&code);
                found.push((code, decoded));
                i += 13;
            } else {
                i += 1;
            }
        }
    }
    found
}

impl Rung {
    /// The rung above, if any.
    pub fn next(self) -> Option<Rung> {
        Rung::ALL.get(self.index() + 1).copied()
    }
}
