//! A small JSON reader: objects, arrays, strings, whole numbers, booleans
//! and null, with the line and column of any error. Content files need no
//! more, and it costs a fraction of a general-purpose parser's bytes.

/// A parsed JSON value. Object fields keep their order.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum Value {
    Null,
    Bool(bool),
    Number(i64),
    String(String),
    Array(Vec<Value>),
    Object(Vec<(String, Value)>),
}

/// Where and why JSON could not be read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct SyntaxError {
    pub message: &'static str,
    pub line: usize,
    pub column: usize,
}

/// Nesting deeper than this is refused, so hostile input cannot exhaust the stack.
const MAX_DEPTH: usize = 64;

impl Value {
    /// The field `key` of an object.
    pub(crate) fn get(&self, key: &str) -> Option<&Value> {
        match self {
            Value::Object(fields) => fields.iter().find(|(k, _)| k == key).map(|(_, v)| v),
            _ => None,
        }
    }

    /// The text, if this is a string.
    pub(crate) fn as_str(&self) -> Option<&str> {
        match self {
            Value::String(s) => Some(s),
            _ => None,
        }
    }
}

/// A JSON string literal for `text`.
pub(crate) fn quote(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            c if (c as u32) < 0x20 => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

pub(crate) fn parse(text: &str) -> Result<Value, SyntaxError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut reader = Reader {
        bytes: text.as_bytes(),
        at: 0,
    };
    let value = reader.value(0)?;
    reader.skip_space();
    if reader.at < reader.bytes.len() {
        return Err(reader.error("unexpected text after the end"));
    }
    Ok(value)
}

struct Reader<'a> {
    bytes: &'a [u8],
    at: usize,
}

impl Reader<'_> {
    fn error(&self, message: &'static str) -> SyntaxError {
        let before = &self.bytes[..self.at.min(self.bytes.len())];
        let line = 1 + before.iter().filter(|&&b| b == b'\n').count();
        let line_start = before
            .iter()
            .rposition(|&b| b == b'\n')
            .map_or(0, |i| i + 1);
        // Columns count characters, not bytes.
        let column = 1 + before[line_start..]
            .iter()
            .filter(|&&b| b & 0xC0 != 0x80)
            .count();
        SyntaxError {
            message,
            line,
            column,
        }
    }

    /// An error for something missing here, or "unexpected end of text" when
    /// the text simply stopped.
    fn missing(&self, message: &'static str) -> SyntaxError {
        if self.at >= self.bytes.len() {
            self.error("unexpected end of text")
        } else {
            self.error(message)
        }
    }

    fn peek(&self) -> Option<u8> {
        self.bytes.get(self.at).copied()
    }

    fn skip_space(&mut self) {
        while matches!(self.peek(), Some(b' ' | b'\t' | b'\n' | b'\r')) {
            self.at += 1;
        }
    }

    fn expect(&mut self, byte: u8, message: &'static str) -> Result<(), SyntaxError> {
        self.skip_space();
        if self.peek() == Some(byte) {
            self.at += 1;
            Ok(())
        } else {
            Err(self.missing(message))
        }
    }

    fn value(&mut self, depth: usize) -> Result<Value, SyntaxError> {
        if depth > MAX_DEPTH {
            return Err(self.error("nested too deeply"));
        }
        self.skip_space();
        match self.peek() {
            None => Err(self.error("unexpected end of text")),
            Some(b'{') => self.object(depth),
            Some(b'[') => self.array(depth),
            Some(b'"') => self.string().map(Value::String),
            Some(b'-' | b'0'..=b'9') => self.number(),
            Some(b't') => self.word("true", Value::Bool(true)),
            Some(b'f') => self.word("false", Value::Bool(false)),
            Some(b'n') => self.word("null", Value::Null),
            Some(_) => Err(self.error("expected a value")),
        }
    }

    fn word(&mut self, word: &str, value: Value) -> Result<Value, SyntaxError> {
        if self.bytes[self.at..].starts_with(word.as_bytes()) {
            self.at += word.len();
            Ok(value)
        } else {
            Err(self.error("expected a value"))
        }
    }

    fn number(&mut self) -> Result<Value, SyntaxError> {
        let start = self.at;
        if self.peek() == Some(b'-') {
            self.at += 1;
        }
        let digits = self.at;
        while matches!(self.peek(), Some(b'0'..=b'9')) {
            self.at += 1;
        }
        if self.at == digits {
            return Err(self.error("expected a digit"));
        }
        if self.bytes[digits] == b'0' && self.at - digits > 1 {
            self.at = digits;
            return Err(self.error("a number cannot start with 0"));
        }
        if matches!(self.peek(), Some(b'.' | b'e' | b'E')) {
            return Err(self.error("only whole numbers are used in this format"));
        }
        std::str::from_utf8(&self.bytes[start..self.at])
            .ok()
            .and_then(|s| s.parse().ok())
            .map(Value::Number)
            .ok_or_else(|| self.error("number too large"))
    }

    fn string(&mut self) -> Result<String, SyntaxError> {
        self.at += 1; // the opening quote
        let mut out = Vec::new();
        loop {
            let Some(byte) = self.peek() else {
                return Err(self.error("unterminated string"));
            };
            self.at += 1;
            match byte {
                b'"' => break,
                b'\\' => self.escape(&mut out)?,
                0..=0x1F => {
                    self.at -= 1;
                    return Err(self.error("control character in a string (use \\n)"));
                }
                _ => out.push(byte),
            }
        }
        // The input is a &str and escapes push whole characters, so this holds.
        String::from_utf8(out).map_err(|_| self.error("invalid UTF-8 in a string"))
    }

    fn escape(&mut self, out: &mut Vec<u8>) -> Result<(), SyntaxError> {
        let Some(byte) = self.peek() else {
            return Err(self.error("unterminated string"));
        };
        self.at += 1;
        let simple = match byte {
            b'"' => '"',
            b'\\' => '\\',
            b'/' => '/',
            b'b' => '\u{8}',
            b'f' => '\u{c}',
            b'n' => '\n',
            b'r' => '\r',
            b't' => '\t',
            b'u' => {
                let mut code = self.hex4()?;
                if (0xDC00..0xE000).contains(&code) {
                    return Err(self.error("unpaired surrogate in \\u escape"));
                }
                if (0xD800..0xDC00).contains(&code) {
                    // A surrogate pair: \uD83D\uDE00.
                    if !self.bytes[self.at..].starts_with(b"\\u") {
                        return Err(self.error("unpaired surrogate in \\u escape"));
                    }
                    self.at += 2;
                    let low = self.hex4()?;
                    if !(0xDC00..0xE000).contains(&low) {
                        return Err(self.error("unpaired surrogate in \\u escape"));
                    }
                    code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00);
                }
                char::from_u32(code).ok_or_else(|| self.error("invalid \\u escape"))?
            }
            _ => {
                self.at -= 1;
                return Err(self.error("invalid escape in a string"));
            }
        };
        let mut buffer = [0; 4];
        out.extend_from_slice(simple.encode_utf8(&mut buffer).as_bytes());
        Ok(())
    }

    fn hex4(&mut self) -> Result<u32, SyntaxError> {
        let digits = self
            .bytes
            .get(self.at..self.at + 4)
            .and_then(|d| std::str::from_utf8(d).ok())
            .filter(|d| d.bytes().all(|b| b.is_ascii_hexdigit()))
            .ok_or_else(|| self.error("invalid \\u escape"))?;
        let code = u32::from_str_radix(digits, 16).map_err(|_| self.error("invalid \\u escape"))?;
        self.at += 4;
        Ok(code)
    }

    fn array(&mut self, depth: usize) -> Result<Value, SyntaxError> {
        self.at += 1;
        let mut items = Vec::new();
        self.skip_space();
        if self.peek() == Some(b']') {
            self.at += 1;
            return Ok(Value::Array(items));
        }
        loop {
            items.push(self.value(depth + 1)?);
            self.skip_space();
            match self.peek() {
                Some(b',') => self.at += 1,
                Some(b']') => {
                    self.at += 1;
                    return Ok(Value::Array(items));
                }
                _ => return Err(self.missing("expected , or ] in a list")),
            }
        }
    }

    fn object(&mut self, depth: usize) -> Result<Value, SyntaxError> {
        self.at += 1;
        let mut fields = Vec::new();
        self.skip_space();
        if self.peek() == Some(b'}') {
            self.at += 1;
            return Ok(Value::Object(fields));
        }
        loop {
            self.skip_space();
            if self.peek() != Some(b'"') {
                return Err(self.missing("expected a field name in double quotes"));
            }
            let key = self.string()?;
            self.expect(b':', "expected : after a field name")?;
            let value = self.value(depth + 1)?;
            fields.push((key, value));
            self.skip_space();
            match self.peek() {
                Some(b',') => self.at += 1,
                Some(b'}') => {
                    self.at += 1;
                    return Ok(Value::Object(fields));
                }
                _ => return Err(self.missing("expected , or } in an object")),
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_every_kind_of_value() {
        let value = parse(
            r#" {"a": [1, -20, true, false, null], "b": "x\"\\\/\n\u00e6\ud83d\ude00", "c": {}} "#,
        );
        assert_eq!(
            value,
            Ok(Value::Object(vec![
                (
                    "a".into(),
                    Value::Array(vec![
                        Value::Number(1),
                        Value::Number(-20),
                        Value::Bool(true),
                        Value::Bool(false),
                        Value::Null
                    ])
                ),
                ("b".into(), Value::String("x\"\\/\næ😀".into())),
                ("c".into(), Value::Object(vec![])),
            ]))
        );
    }

    #[test]
    fn errors_say_where() {
        #[rustfmt::skip]
        let cases = [
            ("", "unexpected end of text", 1, 1),
            ("{\n  \"a\": 1,\n  oops\n}", "expected a field name in double quotes", 3, 3),
            ("[1 2]", "expected , or ] in a list", 1, 4),
            ("{\"format\": 1,", "unexpected end of text", 1, 14),
            ("[1,", "unexpected end of text", 1, 4),
            ("{\"a\"", "unexpected end of text", 1, 5),
            ("{\"å\": 1.5}", "only whole numbers are used in this format", 1, 8),
            ("\"abc", "unterminated string", 1, 5),
            ("\"a\tb\"", "control character in a string (use \\n)", 1, 3),
            ("\"\\x\"", "invalid escape in a string", 1, 3),
            ("\"\\ud83d\"", "unpaired surrogate in \\u escape", 1, 8),
            ("\"\\udc00\"", "unpaired surrogate in \\u escape", 1, 8),
            ("\"\\ud83d\\u0041\"", "unpaired surrogate in \\u escape", 1, 14),
            ("01", "a number cannot start with 0", 1, 1),
            ("[-007]", "a number cannot start with 0", 1, 3),
            ("[1] 2", "unexpected text after the end", 1, 5),
            ("99999999999999999999", "number too large", 1, 21),
            ("tru", "expected a value", 1, 1),
        ];
        for (text, message, line, column) in cases {
            assert_eq!(
                parse(text),
                Err(SyntaxError {
                    message,
                    line,
                    column
                }),
                "{text:?}"
            );
        }
    }

    #[test]
    fn deep_nesting_is_refused_not_overflowed() {
        let deep = "[".repeat(10_000);
        assert_eq!(parse(&deep).unwrap_err().message, "nested too deeply");
        let fine = format!("{}{}", "[".repeat(MAX_DEPTH), "]".repeat(MAX_DEPTH));
        assert!(parse(&fine).is_ok());
    }
}

/// The reader against `serde_json` over generated JSON: whatever both accept
/// reads to the same value, and each accepts what the other does, but for the
/// deliberate differences listed in `deliberate_difference`.
#[cfg(test)]
mod differential {
    use super::*;
    use proptest::prelude::*;
    use serde_json::Value as Serde;

    fn to_serde(value: &Value) -> Serde {
        match value {
            Value::Null => Serde::Null,
            Value::Bool(b) => Serde::Bool(*b),
            Value::Number(n) => Serde::from(*n),
            Value::String(s) => Serde::String(s.clone()),
            Value::Array(items) => Serde::Array(items.iter().map(to_serde).collect()),
            // Repeated keys: the last one wins, as in serde_json (our decoder
            // refuses repeats by name, one level up).
            Value::Object(fields) => Serde::Object(
                fields
                    .iter()
                    .map(|(k, v)| (k.clone(), to_serde(v)))
                    .collect(),
            ),
        }
    }

    /// Why our reader may refuse what serde_json reads, by design:
    /// - only whole numbers (the format has no fractions or exponents);
    /// - only numbers that fit an i64 (serde_json also takes u64 and f64);
    /// - at most 64 levels of nesting (serde_json allows 128);
    /// - a leading byte-order mark is skipped (serde_json refuses it, so this
    ///   one goes the other way);
    /// - `-0` reads as the whole number 0 (serde_json reads the float -0.0):
    ///   see `negative_zero_as_zero`.
    fn deliberate_difference(text: &str, ours: &Result<Value, SyntaxError>) -> bool {
        match ours {
            Err(e) => matches!(
                e.message,
                "only whole numbers are used in this format"
                    | "number too large"
                    | "nested too deeply"
            ),
            Ok(_) => text.starts_with('\u{feff}'),
        }
    }

    fn negative_zero_as_zero(value: Serde) -> Serde {
        match value {
            Serde::Number(n) if n.as_f64() == Some(0.0) => Serde::from(0),
            Serde::Array(items) => {
                Serde::Array(items.into_iter().map(negative_zero_as_zero).collect())
            }
            Serde::Object(fields) => Serde::Object(
                fields
                    .into_iter()
                    .map(|(k, v)| (k, negative_zero_as_zero(v)))
                    .collect(),
            ),
            other => other,
        }
    }

    fn check(text: &str) -> Result<(), TestCaseError> {
        let ours = parse(text);
        let theirs = serde_json::from_str::<Serde>(text).map(negative_zero_as_zero);
        match (&ours, &theirs) {
            (Ok(a), Ok(b)) => prop_assert_eq!(&to_serde(a), b, "{:?}", text),
            (Err(_), Err(_)) => {}
            _ => prop_assert!(
                deliberate_difference(text, &ours),
                "{:?}: ours {:?}, serde_json {:?}",
                text,
                ours.as_ref().map(|_| ()),
                theirs.as_ref().map(|_| ())
            ),
        }
        Ok(())
    }

    /// Any JSON value within the format: strings over all of Unicode
    /// (control characters, astral planes), whole numbers of every size.
    fn value() -> impl Strategy<Value = Serde> {
        let leaf = prop_oneof![
            Just(Serde::Null),
            any::<bool>().prop_map(Serde::Bool),
            any::<i64>().prop_map(Serde::from),
            (-1000i64..1000).prop_map(Serde::from),
            any::<String>().prop_map(Serde::String),
            "[a-z\"\\\\/\\x00-\\x1f]{0,8}".prop_map(Serde::String),
        ];
        leaf.prop_recursive(8, 64, 6, |inner| {
            prop_oneof![
                prop::collection::vec(inner.clone(), 0..6).prop_map(Serde::Array),
                prop::collection::vec((any::<String>(), inner), 0..6)
                    .prop_map(|fields| Serde::Object(fields.into_iter().collect())),
            ]
        })
    }

    /// Every character outside ASCII as a `\u` escape, astral ones as
    /// surrogate pairs.
    fn ascii_escaped(text: &str) -> String {
        let mut out = String::new();
        for c in text.chars() {
            if c.is_ascii() {
                out.push(c);
            } else {
                let mut units = [0u16; 2];
                for unit in c.encode_utf16(&mut units) {
                    out.push_str(&format!("\\u{unit:04x}"));
                }
            }
        }
        out
    }

    /// Pieces that make valid text invalid, or valid in unusual ways.
    fn splice() -> impl Strategy<Value = &'static str> {
        prop::sample::select(vec![
            "\\ud800",
            "\\udc00",
            "\\ud83d\\ude00",
            "\\ud83d\\u0041",
            "01",
            "-0",
            "-01",
            "1.5",
            "1e3",
            "-",
            "00",
            "99999999999999999999",
            "-9223372036854775808",
            "9223372036854775808",
            ",",
            ",]",
            ",}",
            "[",
            "]",
            "{",
            "}",
            ":",
            "\"",
            "\\",
            "\\x",
            "\u{feff}",
            "\t",
            "\n",
            "tru",
            "nul",
            "NaN",
            "Infinity",
            "\u{0}",
            "\u{7f}",
            "é",
        ])
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(1000))]

        #[test]
        fn reads_what_serde_json_reads(value in value(), pretty in any::<bool>(), escaped in any::<bool>()) {
            let text = if pretty { serde_json::to_string_pretty(&value) } else { serde_json::to_string(&value) }.unwrap();
            let text = if escaped { ascii_escaped(&text) } else { text };
            prop_assert_eq!(parse(&text).map(|v| to_serde(&v)), Ok(value));
            check(&text)?;
        }

        #[test]
        fn refuses_what_serde_json_refuses(value in value(), at in any::<prop::sample::Index>(), piece in splice()) {
            let text = serde_json::to_string(&value).unwrap();
            let mut cut = at.index(text.len() + 1);
            while !text.is_char_boundary(cut) {
                cut -= 1;
            }
            check(&format!("{}{piece}{}", &text[..cut], &text[cut..]))?;
        }

        #[test]
        fn agrees_on_numbers(number in "-?(0|[1-9][0-9]{0,20}|0[0-9]{1,3})([.][0-9]{1,3})?([eE][+-]?[0-9]{1,2})?") {
            check(&number)?;
            check(&format!("[{number}]"))?;
        }

        #[test]
        fn agrees_on_deep_nesting(depth in 1usize..140) {
            check(&format!("{}{}", "[".repeat(depth), "]".repeat(depth)))?;
            check(&format!("{}1{}", "{\"a\":[".repeat(depth / 2), "]}".repeat(depth / 2)))?;
        }
    }
}
