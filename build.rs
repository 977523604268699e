//! Minifies styles/peer-compass.css for embedding: comments and needless
//! whitespace out. The file in styles/ stays the one to read and edit.

use std::{env, fs, path::Path};

#[path = "styles/minify.rs"]
mod minify;
use minify::minify;

fn main() {
    let input = "styles/peer-compass.css";
    println!("cargo:rerun-if-changed={input}");
    let css = fs::read_to_string(input).expect("read styles/peer-compass.css");
    let out = Path::new(&env::var("OUT_DIR").unwrap()).join("peer-compass.min.css");
    fs::write(out, minify(&css)).expect("write the embedded stylesheet");
}
