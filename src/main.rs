#[cfg(target_arch = "wasm32")]
#[global_allocator]
// SAFETY: a wasm32-unknown-unknown module runs on one thread.
static ALLOCATOR: lol_alloc::AssumeSingleThreaded<lol_alloc::FreeListAllocator> =
    unsafe { lol_alloc::AssumeSingleThreaded::new(lol_alloc::FreeListAllocator::new()) };

fn main() {
    // Also what keeps the library, and the `mount` that embed.js calls, linked in.
    peer_compass::mount_all();
}
