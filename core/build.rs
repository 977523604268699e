//! Embeds the built-in questionnaire without what only the documentation
//! needs: `concept` and `source` (kept in the file, checked by a test, listed
//! in docs/METHOD.md) and whitespace. Saves about 16 KB raw in the wasm.

use std::{env, fs, path::Path};

fn strip(value: &mut serde_json::Value) {
    match value {
        serde_json::Value::Object(fields) => {
            fields.remove("concept");
            fields.remove("source");
            fields.values_mut().for_each(strip);
        }
        serde_json::Value::Array(items) => items.iter_mut().for_each(strip),
        _ => {}
    }
}

fn main() {
    let input = "content/questionnaire.json";
    println!("cargo:rerun-if-changed={input}");
    let text = fs::read_to_string(input).expect("read content/questionnaire.json");
    // Invalid JSON is embedded as it is, so the core's own reader reports it.
    let compact = match serde_json::from_str::<serde_json::Value>(&text) {
        Ok(mut value) => {
            strip(&mut value);
            value.to_string()
        }
        Err(_) => text,
    };
    let out = Path::new(&env::var("OUT_DIR").unwrap()).join("questionnaire.min.json");
    fs::write(out, compact).expect("write the embedded content");
}
