//! How long mimalloc, the binaries' allocator, keeps memory it freed before giving it back: at once while a start loads, its own delay while serving.
//!
//! Loading a snapshot frees tens of MiB as it merges the cases decoded on other threads, once.
//! mimalloc 3 keeps freed memory a second before it purges it, and at 1M events a start's peak
//! RSS held ~20 MiB of it. Serving is the other way round: requests free and reuse memory
//! thousands of times a second, and purging at once cost 42% of the throughput of a large
//! list over HTTP. Without mimalloc as the global allocator the option is set and unused.

use std::ffi::c_long;

/// mimalloc's `mi_option_purge_delay`: its place in `mi_option_e` (`mimalloc.h` of v3), which
/// libmimalloc-sys does not name.
const MI_OPTION_PURGE_DELAY: libmimalloc_sys::mi_option_t = 15;

/// While it lives, freed memory is purged at once; dropping it puts back the delay there was.
#[must_use = "the delay comes back when this is dropped"]
pub struct PurgeAtOnce {
    delay_before: c_long,
}

impl PurgeAtOnce {
    pub fn start() -> Self {
        let delay_before = purge_delay();
        set_purge_delay(0);
        PurgeAtOnce { delay_before }
    }
}

impl Drop for PurgeAtOnce {
    fn drop(&mut self) {
        set_purge_delay(self.delay_before);
    }
}

/// The purge delay in milliseconds.
pub fn purge_delay() -> c_long {
    // SAFETY: reads an option, which mimalloc allows at any time from any thread.
    #[allow(unsafe_code, reason = "an FFI call that reads an option")]
    unsafe {
        libmimalloc_sys::mi_option_get(MI_OPTION_PURGE_DELAY)
    }
}

fn set_purge_delay(milliseconds: c_long) {
    // SAFETY: sets an option, which mimalloc allows at any time from any thread.
    #[allow(unsafe_code, reason = "an FFI call that sets an option")]
    unsafe {
        libmimalloc_sys::mi_option_set(MI_OPTION_PURGE_DELAY, milliseconds)
    };
}
