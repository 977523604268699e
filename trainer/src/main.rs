//! The trainer's binary: exports `mount_trainer` for `embed.js`, which calls
//! it for each `<peer-compass mode="trainer">` or `mode="teach"` element.

#[cfg(target_arch = "wasm32")]
#[global_allocator]
// SAFETY: a wasm32-unknown-unknown module runs on one thread.
static ALLOCATOR: lol_alloc::AssumeSingleThreaded<lol_alloc::FreeListAllocator> =
    unsafe { lol_alloc::AssumeSingleThreaded::new(lol_alloc::FreeListAllocator::new()) };

/// Mounts the trainer's views ("trainer") or the model ("teach") on one
/// element (`mount_trainer` in JavaScript).
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn mount_trainer(host: web_sys::Element, mode: String) {
    peer_compass_trainer::mount(host, &mode);
}

fn main() {}
