//! The stylesheets' minifier, shared by the widget's and the trainer's build
//! scripts (`#[path]` modules): comments and needless whitespace out.

/// `css` without comments and without whitespace that never matters.
pub fn minify(css: &str) -> String {
    let mut out = String::with_capacity(css.len());
    let mut rest = css;
    while let Some(start) = rest.find("/*") {
        out.push_str(&rest[..start]);
        rest = rest[start..]
            .find("*/")
            .map_or("", |end| &rest[start + end + 2..]);
    }
    out.push_str(rest);
    let collapsed = out.split_whitespace().collect::<Vec<_>>().join(" ");
    let mut tight = String::with_capacity(collapsed.len());
    let mut chars = collapsed.chars().peekable();
    while let Some(c) = chars.next() {
        // A space next to these never matters. (Not before ':' — "a :hover"
        // differs from "a:hover" — and never inside calc()'s "+" or "-".)
        if c == ' ' && matches!(chars.peek(), Some('{' | '}' | ';' | ',' | '>')) {
            continue;
        }
        tight.push(c);
        if matches!(c, '{' | '}' | ';' | ',' | ':' | '>') && chars.peek() == Some(&' ') {
            chars.next();
        }
    }
    tight
}
