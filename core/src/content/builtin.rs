//! The built-in questionnaire from its compact form (`build.rs` writes it):
//! strings and small numbers in a fixed order, with every id reference
//! already resolved. Reading it needs neither the JSON reader nor decoding
//! nor validation; a test checks it gives the same `Content` as the JSON file.

use super::{
    Actor, Audience, Condition, Content, Dimension, DimensionKind, Earlier, Item, Outside, Rung,
    RungInfo, Scale, Suggestion,
};
use crate::lang::{Lang, Text};

/// The compact form of `content/questionnaire.json`.
const BLOB: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/questionnaire.bin"));

struct Reader {
    at: usize,
    langs: Vec<Option<Lang>>,
}

impl Reader {
    fn u8(&mut self) -> Option<u8> {
        let byte = *BLOB.get(self.at)?;
        self.at += 1;
        Some(byte)
    }

    fn str(&mut self) -> Option<String> {
        let len = usize::from(u16::from_le_bytes([self.u8()?, self.u8()?]));
        let bytes = BLOB.get(self.at..self.at + len)?;
        self.at += len;
        String::from_utf8(bytes.to_vec()).ok()
    }

    fn text(&mut self) -> Option<Text> {
        let mut text = Text::default();
        for lang in self.langs.clone() {
            let string = self.str()?;
            if let Some(lang) = lang {
                text.set(lang, string);
            }
        }
        Some(text)
    }

    fn list<T>(&mut self, mut read: impl FnMut(&mut Reader) -> Option<T>) -> Option<Vec<T>> {
        let n = self.u8()?;
        (0..n).map(|_| read(self)).collect()
    }

    fn rung(&mut self) -> Option<Rung> {
        Rung::ALL.get(usize::from(self.u8()?)).copied()
    }

    fn condition(&mut self) -> Option<Condition> {
        Some(match self.u8()? {
            0 => Condition::Otherwise,
            1 => Condition::Uneven,
            2 => Condition::TokenRole,
            3 => Condition::LittleRoom,
            4 => Condition::NotPlaced,
            5 => Condition::Placed(self.rung()?),
            6 => Condition::Between(self.rung()?),
            7 => Condition::DimensionBelow(self.str()?, self.u8()?),
            8 => Condition::DimensionAtLeast(self.str()?, self.u8()?),
            9 => Condition::ItemAtMost(self.str()?, self.u8()?),
            10 => Condition::ItemAtLeast(self.str()?, self.u8()?),
            11 => Condition::All(self.list(Reader::condition)?),
            _ => return None,
        })
    }
}

/// The built-in questionnaire, or `None` if the compact form is damaged
/// (a test rules that out for every build).
pub(super) fn content() -> Option<Content> {
    let mut r = Reader {
        at: 0,
        langs: Vec::new(),
    };
    let version = r.str()?;
    let codes = r.list(Reader::str)?;
    r.langs = codes
        .iter()
        .map(|code| Lang::ALL.iter().copied().find(|l| l.code() == code))
        .collect();
    let title = r.text()?;
    let scales = r.list(|r| {
        Some(Scale {
            id: r.str()?,
            question: r.text()?,
            points: r.list(Reader::text)?,
        })
    })?;
    let outside = Outside {
        not_my_role: r.text()?,
        dont_know: r.text()?,
    };
    let rungs = r.list(|r| {
        Some(RungInfo {
            id: r.rung()?,
            name: r.text()?,
            description: r.text()?,
            credit: r.list(Reader::u8)?,
            needs: r.list(Reader::str)?,
        })
    })?;
    // build.rs wrote them in ladder order.
    let dimensions = r.list(|r| {
        Some(Dimension {
            id: r.str()?,
            kind: if r.u8()? == 1 {
                DimensionKind::Context
            } else {
                DimensionKind::Person
            },
            name: r.text()?,
            description: r.text()?,
            concept: String::new(),
            source: String::new(),
        })
    })?;
    let (mut item_dimension, mut item_scale) = (Vec::new(), Vec::new());
    let items = r.list(|r| {
        let id = r.str()?;
        let dimension = usize::from(r.u8()?);
        let rung = Rung::ALL.get(usize::from(r.u8()?)).copied();
        let scale = usize::from(r.u8()?);
        let actor = if r.u8()? == 1 {
            Actor::Workplace
        } else {
            Actor::Person
        };
        let text = r.text()?;
        let hint = match r.u8()? {
            1 => Some(r.text()?),
            _ => None,
        };
        item_dimension.push(dimension);
        item_scale.push(scale);
        Some(Item {
            id,
            dimension: dimensions.get(dimension)?.id.clone(),
            rung,
            scale: scales.get(scale)?.id.clone(),
            actor,
            text,
            hint,
            concept: String::new(),
            source: String::new(),
        })
    })?;
    let suggestions = r.list(|r| {
        Some(Suggestion {
            id: r.str()?,
            audience: if r.u8()? == 1 {
                Audience::Organisation
            } else {
                Audience::You
            },
            when: r.condition()?,
            priority: r.u8()?,
            text: r.text()?,
            concept: String::new(),
            source: String::new(),
        })
    })?;
    let earlier = r.list(|r| {
        Some(Earlier {
            version: r.str()?,
            items: r.list(Reader::str)?,
            carried: r.list(Reader::str)?,
        })
    })?;
    let languages = Lang::ALL
        .iter()
        .copied()
        .filter(|lang| r.langs.contains(&Some(*lang)))
        .collect();
    Some(Content {
        version,
        languages,
        title,
        scales,
        outside,
        rungs,
        dimensions,
        items,
        item_dimension,
        item_scale,
        suggestions,
        earlier,
    })
}
