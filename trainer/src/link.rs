//! Codes in the trainer page's address: a participant's result shows a QR
//! code whose link opens `trainer.html#code=K7QF-2M9X-Q3Z` (several codes
//! comma-separated), and the trainer's session takes the codes from it. The
//! fragment never reaches a server, so neither do the codes.

/// The most codes one link adds; a longer list is cut there.
pub const MAX_LINK_CODES: usize = 200;

/// The parameter that carries codes.
const NAME: &str = "code";

/// The codes in a fragment (`#code=A,B` or `code=A&other=x`), percent-decoded,
/// in order, blanks left out.
pub fn codes_in_fragment(fragment: &str) -> Vec<String> {
    let fragment = fragment.strip_prefix('#').unwrap_or(fragment);
    fragment
        .split('&')
        .filter_map(|part| part.split_once('='))
        .filter(|(name, _)| percent_decode(name).eq_ignore_ascii_case(NAME))
        .flat_map(|(_, value)| {
            percent_decode(&value.replace('+', " "))
                .split([',', ';', '\n'])
                .map(|code| code.trim().to_owned())
                .filter(|code| !code.is_empty())
                .collect::<Vec<_>>()
        })
        .take(MAX_LINK_CODES)
        .collect()
}

/// The fragment without its codes, to put back in the address once they are
/// read (so that reloading the page does not add them again): `#` and all
/// when nothing else was in it.
pub fn without_codes(fragment: &str) -> String {
    let bare = fragment.strip_prefix('#').unwrap_or(fragment);
    let rest: Vec<&str> = bare
        .split('&')
        .filter(|part| {
            let name = part.split_once('=').map_or(*part, |(name, _)| name);
            !part.is_empty() && !percent_decode(name).eq_ignore_ascii_case(NAME)
        })
        .collect();
    if rest.is_empty() {
        String::new()
    } else {
        format!("#{}", rest.join("&"))
    }
}

/// `%XX` escapes decoded; a broken escape or a byte that is not UTF-8 is kept
/// as it was written.
fn percent_decode(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let hex = |at: usize| bytes.get(at).and_then(|&b| char::from(b).to_digit(16));
        match (bytes[i], hex(i + 1), hex(i + 2)) {
            (b'%', Some(high), Some(low)) => {
                out.push((high * 16 + low) as u8);
                i += 3;
            }
            (byte, _, _) => {
                out.push(byte);
                i += 1;
            }
        }
    }
    String::from_utf8(out).unwrap_or_else(|_| text.to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_read_from_the_fragment() {
        #[rustfmt::skip]
        let cases: [(&str, &[&str]); 12] = [
            ("#code=K7QF-2M9X-Q3Z", &["K7QF-2M9X-Q3Z"]),
            ("code=K7QF-2M9X-Q3Z", &["K7QF-2M9X-Q3Z"]),
            ("#code=AAAA-BBBB-CCC,DDDD-EEEE-FFF", &["AAAA-BBBB-CCC", "DDDD-EEEE-FFF"]),
            ("#code=AAAA-BBBB-CCC%2CDDDD-EEEE-FFF", &["AAAA-BBBB-CCC", "DDDD-EEEE-FFF"]),
            ("#code=a,,b,%20c%20", &["a", "b", "c"]),
            ("#code=a+b", &["a b"]),
            ("#lang=nb&code=x&code=y", &["x", "y"]),
            ("#CODE=x", &["x"]),
            ("#codes=x", &[]),
            ("#code", &[]),
            ("", &[]),
            ("#code=%zz%4", &["%zz%4"]),
        ];
        for (fragment, codes) in cases {
            assert_eq!(codes_in_fragment(fragment), codes, "{fragment:?}");
        }
    }

    #[test]
    fn a_long_list_is_cut() {
        let many = format!("#code={}", vec!["x"; 500].join(","));
        assert_eq!(codes_in_fragment(&many).len(), MAX_LINK_CODES);
    }

    #[test]
    fn strange_input_never_panics() {
        for fragment in [
            "#%",
            "#%e2%82",
            "#code=%e2%82%ac",
            "#=&&=",
            "#code=%c3",
            "é=ü",
        ] {
            let _ = codes_in_fragment(fragment);
            let _ = without_codes(fragment);
        }
        assert_eq!(codes_in_fragment("#code=%e2%82%ac"), ["€"]);
    }

    #[test]
    fn the_fragment_loses_only_its_codes() {
        #[rustfmt::skip]
        let cases = [
            ("#code=x", ""),
            ("#code=x&lang=nb", "#lang=nb"),
            ("#lang=nb&code=x&y", "#lang=nb&y"),
            ("#section", "#section"),
            ("", ""),
            ("#", ""),
        ];
        for (fragment, rest) in cases {
            assert_eq!(without_codes(fragment), rest, "{fragment:?}");
        }
    }
}
