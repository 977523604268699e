//! Minifies styles/trainer.css for embedding, as the widget's build.rs does
//! for its own stylesheet (the same rules: comments and needless whitespace
//! out). The file in styles/ stays the one to read and edit.

use std::{env, fs, path::Path};

fn minify(css: &str) -> String {
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

fn main() {
    let input = "../styles/trainer.css";
    println!("cargo:rerun-if-changed={input}");
    let css = fs::read_to_string(input).expect("read styles/trainer.css");
    let out = Path::new(&env::var("OUT_DIR").unwrap()).join("trainer.min.css");
    fs::write(out, minify(&css)).expect("write the embedded stylesheet");
}
