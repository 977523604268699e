//! Minifies styles/trainer.css for embedding with the widget's minifier
//! (styles/minify.rs). The file in styles/ stays the one to read and edit.

use std::{env, fs, path::Path};

#[path = "../styles/minify.rs"]
mod minify;
use minify::minify;

fn main() {
    let input = "../styles/trainer.css";
    println!("cargo:rerun-if-changed={input}");
    let css = fs::read_to_string(input).expect("read styles/trainer.css");
    let out = Path::new(&env::var("OUT_DIR").unwrap()).join("trainer.min.css");
    fs::write(out, minify(&css)).expect("write the embedded stylesheet");
}
