//! A person's answers, one slot per item.

/// The most points a scale may have.
pub const MAX_POINTS: u8 = 7;

/// An answer to one item: a point on that item's scale, or one of the two
/// answers outside it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Answer {
    /// A point on the item's scale, from 1 (the lowest).
    Point(u8),
    /// "Not part of my role": outside the scale, counted as missing.
    NotMyRole,
    /// "Don't know": outside the scale, counted as missing.
    DontKnow,
}

impl Answer {
    /// The point on the scale, 1 or more; `None` outside the scale.
    pub fn point(self) -> Option<u8> {
        match self {
            Answer::Point(point) => Some(point),
            Answer::NotMyRole | Answer::DontKnow => None,
        }
    }

    /// The answers offered for a scale of `points` points: the points, lowest
    /// first, then the two outside the scale.
    pub fn offered(points: u8) -> impl Iterator<Item = Answer> {
        (1..=points)
            .map(Answer::Point)
            .chain([Answer::NotMyRole, Answer::DontKnow])
    }

    /// One character for files and saved progress: `1`–`7` for a point, `n`
    /// for not part of my role, `d` for don't know.
    pub fn code(self) -> char {
        match self {
            Answer::Point(point) => char::from(b'0' + point.min(9)),
            Answer::NotMyRole => 'n',
            Answer::DontKnow => 'd',
        }
    }

    /// The answer with this [`code`](Answer::code) (`N` and `D` too).
    pub fn from_code(code: char) -> Option<Answer> {
        match code {
            'n' | 'N' => Some(Answer::NotMyRole),
            'd' | 'D' => Some(Answer::DontKnow),
            '1'..='7' => Some(Answer::Point(code as u8 - b'0')),
            _ => None,
        }
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
        match self {
            Answer::Point(point) => serializer.serialize_u8(*point),
            Answer::NotMyRole => serializer.serialize_str("n"),
            Answer::DontKnow => serializer.serialize_str("d"),
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
                write!(f, "a point 1–{MAX_POINTS}, \"n\" or \"d\"")
            }
            fn visit_u64<E: serde::de::Error>(self, point: u64) -> Result<Answer, E> {
                u8::try_from(point)
                    .ok()
                    .filter(|p| (1..=MAX_POINTS).contains(p))
                    .map(Answer::Point)
                    .ok_or_else(|| E::custom(format!("{point} is not a point on a scale")))
            }
            fn visit_i64<E: serde::de::Error>(self, point: i64) -> Result<Answer, E> {
                u64::try_from(point)
                    .map_err(|_| E::custom(format!("{point} is not a point on a scale")))
                    .and_then(|p| self.visit_u64(p))
            }
            fn visit_str<E: serde::de::Error>(self, code: &str) -> Result<Answer, E> {
                match code {
                    "n" => Ok(Answer::NotMyRole),
                    "d" => Ok(Answer::DontKnow),
                    other => Err(E::custom(format!(
                        "\"{other}\" is not an answer (a point, n or d)"
                    ))),
                }
            }
        }
        deserializer.deserialize_any(AnswerVisitor)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_round_trip_and_name_the_answer() {
        for answer in Answer::offered(MAX_POINTS) {
            assert_eq!(Answer::from_code(answer.code()), Some(answer));
        }
        assert_eq!(Answer::Point(4).code(), '4');
        assert_eq!(Answer::NotMyRole.code(), 'n');
        assert_eq!(Answer::from_code('D'), Some(Answer::DontKnow));
        for bad in ['0', '8', '-', 'x', ' '] {
            assert_eq!(Answer::from_code(bad), None, "{bad:?}");
        }
    }

    #[test]
    fn a_scale_offers_its_points_then_the_two_outside() {
        let offered: Vec<Answer> = Answer::offered(4).collect();
        assert_eq!(
            offered,
            [
                Answer::Point(1),
                Answer::Point(2),
                Answer::Point(3),
                Answer::Point(4),
                Answer::NotMyRole,
                Answer::DontKnow
            ]
        );
        assert_eq!(Answer::Point(3).point(), Some(3));
        assert_eq!(Answer::DontKnow.point(), None);
    }
}
