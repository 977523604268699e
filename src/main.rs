// The widget's binary: exports `mount` for `embed.js`, which calls it for
// each `<peer-compass>` element as it connects. The export lives here, not in
// the library, so that other binaries (the trainer) can use the library
// without carrying the questionnaire along.

#[cfg(target_arch = "wasm32")]
#[global_allocator]
// SAFETY: a wasm32-unknown-unknown module runs on one thread.
static ALLOCATOR: lol_alloc::AssumeSingleThreaded<lol_alloc::FreeListAllocator> =
    unsafe { lol_alloc::AssumeSingleThreaded::new(lol_alloc::FreeListAllocator::new()) };

/// Mounts a widget on one element (`mount` in JavaScript).
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn mount(host: web_sys::Element) {
    peer_compass::mount(host);
}

fn main() {}
