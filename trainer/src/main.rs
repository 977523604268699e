//! The trainer's binary: exports `mount_trainer` for `embed.js`, which calls
//! it for each `<peer-compass mode="trainer">` or `mode="teach"` element.

// The standard allocator (dlmalloc), not the participant's free-list one:
// adding 10,000 codes makes some hundred thousand allocations, and a free
// list searched at each is several times slower there (docs/PERFORMANCE.md).

/// Mounts the trainer's views ("trainer") or the model ("teach") on one
/// element (`mount_trainer` in JavaScript).
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn mount_trainer(host: web_sys::Element, mode: String) {
    peer_compass_trainer::mount(host, &mode);
}

fn main() {}
