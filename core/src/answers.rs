//! A person's answers, one slot per item.

/// An answer to one item: a point on the five-point scale, or one of the two
/// answers outside it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Answer {
    /// 1
    Never,
    /// 2
    Rarely,
    /// 3
    Sometimes,
    /// 4
    Often,
    /// 5
    Always,
    /// Outside the scale; counted as missing.
    NotMyRole,
    /// Outside the scale; counted as missing.
    DontKnow,
}

impl Answer {
    /// Every answer, scale points first, in the order they are offered.
    pub const ALL: [Answer; 7] = [
        Answer::Never,
        Answer::Rarely,
        Answer::Sometimes,
        Answer::Often,
        Answer::Always,
        Answer::NotMyRole,
        Answer::DontKnow,
    ];

    /// The point on the scale, 1–5; `None` outside the scale.
    pub fn point(self) -> Option<u8> {
        match self {
            Answer::NotMyRole | Answer::DontKnow => None,
            point => Some(point as u8 + 1),
        }
    }

    /// The answer at a point of the scale, 1–5.
    pub fn from_point(point: u8) -> Option<Answer> {
        (1..=5)
            .contains(&point)
            .then(|| Answer::ALL[usize::from(point) - 1])
    }

    /// A stable number from 0 to 6, for storage.
    pub fn code(self) -> u8 {
        self as u8
    }

    /// The answer with this [`code`](Answer::code).
    pub fn from_code(code: u8) -> Option<Answer> {
        Answer::ALL.get(usize::from(code)).copied()
    }
}

/// Answers to a questionnaire, by item index. Unanswered items are `None`:
/// skipping is always allowed.
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(transparent))]
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash)]
pub struct Answers {
    slots: Vec<Option<Answer>>,
}

impl Answers {
    /// No answers yet, for a questionnaire of `len` items.
    pub fn new(len: usize) -> Answers {
        Answers {
            slots: vec![None; len],
        }
    }

    /// Answers from slots, one per item.
    pub fn from_slots(slots: Vec<Option<Answer>>) -> Answers {
        Answers { slots }
    }

    /// The answer to item `index`, if any.
    pub fn get(&self, index: usize) -> Option<Answer> {
        self.slots.get(index).copied().flatten()
    }

    /// Sets or clears the answer to item `index`; out-of-range indices are ignored.
    pub fn set(&mut self, index: usize, answer: Option<Answer>) {
        if let Some(slot) = self.slots.get_mut(index) {
            *slot = answer;
        }
    }

    /// The scale point answered for item `index`, if it is on the scale.
    pub fn point(&self, index: usize) -> Option<u8> {
        self.get(index).and_then(Answer::point)
    }

    /// How many items there are.
    pub fn len(&self) -> usize {
        self.slots.len()
    }

    /// Whether the questionnaire has no items.
    pub fn is_empty(&self) -> bool {
        self.slots.is_empty()
    }

    /// The slots, one per item.
    pub fn slots(&self) -> &[Option<Answer>] {
        &self.slots
    }
}

/// An answer as researchers' files write it: the point on the scale as a
/// number (1 = lowest), `"n"` for not part of my role, `"d"` for don't know.
#[cfg(feature = "serde")]
impl serde::Serialize for Answer {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self.point() {
            Some(point) => serializer.serialize_u8(point),
            None if *self == Answer::NotMyRole => serializer.serialize_str("n"),
            None => serializer.serialize_str("d"),
        }
    }
}

#[cfg(feature = "serde")]
impl<'de> serde::Deserialize<'de> for Answer {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Answer, D::Error> {
        struct AnswerVisitor;
        impl serde::de::Visitor<'_> for AnswerVisitor {
            type Value = Answer;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("a point 1–5, \"n\" or \"d\"")
            }
            fn visit_u64<E: serde::de::Error>(self, point: u64) -> Result<Answer, E> {
                u8::try_from(point)
                    .ok()
                    .and_then(Answer::from_point)
                    .ok_or_else(|| E::custom(format!("{point} is not a point on the scale (1–5)")))
            }
            fn visit_i64<E: serde::de::Error>(self, point: i64) -> Result<Answer, E> {
                u64::try_from(point)
                    .map_err(|_| E::custom(format!("{point} is not a point on the scale (1–5)")))
                    .and_then(|p| self.visit_u64(p))
            }
            fn visit_str<E: serde::de::Error>(self, code: &str) -> Result<Answer, E> {
                match code {
                    "n" => Ok(Answer::NotMyRole),
                    "d" => Ok(Answer::DontKnow),
                    other => Err(E::custom(format!(
                        "\"{other}\" is not an answer (1–5, n or d)"
                    ))),
                }
            }
        }
        deserializer.deserialize_any(AnswerVisitor)
    }
}
