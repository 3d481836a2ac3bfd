//! Appends a few events and says when each was acknowledged, to watch the syncs under strace.
//!
//! `strace -f -e trace=fsync,fdatasync,sync_file_range,write cargo run --example durable_append`
//! shows every "ACK" line written only after the fdatasync of the append before it
//! (see DURABILITY.md). An optional argument names the database directory; without one a
//! temporary directory is used.

use std::io::Write;

use balans_store::conformance::{event, request};
use balans_store::{EventStore, SledOptions, SledStore};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let temporary = tempfile::TempDir::new()?;
    let path = std::env::args_os()
        .nth(1)
        .map_or_else(|| temporary.path().to_path_buf(), Into::into);
    let store = SledStore::open(&path, SledOptions::default())?;
    // One write per line, so that each line shows up as a single write(2, …) under strace.
    let say = |line: String| std::io::stderr().write_all(format!("{line}\n").as_bytes());
    say(format!("OPENED {}", path.display()))?;
    for n in 1..=3 {
        say(format!("APPEND {n}"))?;
        let outcome = store.append(request(&[], vec![event("case-strace", n)]))?;
        say(format!(
            "ACK position {} (syncs so far: {})",
            outcome.last_position,
            store.sync_count()
        ))?;
    }
    Ok(())
}
