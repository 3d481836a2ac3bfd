//! A backup of a log as one file: JSON Lines of the stored events between a header and a checksum, read back whole or refused.
//!
//! The file is text a person can read and any tool can parse:
//!
//! ```text
//! {"format":"balans-backup","version":1,"events":111}
//! {"id":"01…","stream":"forum-01…","stream_version":1,"position":1,…}   one line per event, in order
//! {"sha256":"3f…","events":111}
//! ```
//!
//! The checksum is SHA-256 over every byte before its own line. Every event keeps its id,
//! position, stream version, times and payload, so a restore ([`copy_log`] from the
//! [`LogInMemory`] read back) gives the same log, and so the same answers. A backup holds the
//! log up to the head it found when it began: the log only grows at its end, so that prefix is
//! consistent.

use std::io::{BufRead, Write};

use serde::{Deserialize, Serialize};
use sha2::{Digest as _, Sha256};

use crate::copy::{LogInMemory, LogSource, copy_log};
use crate::{RecordedEvent, StoreError};

/// What the header's `format` says.
pub const FORMAT: &str = "balans-backup";
/// The version of the file's layout this program writes and reads.
pub const VERSION: u32 = 1;

/// How many events are read from the source at a time.
const PAGE: usize = 4096;

#[derive(Serialize, Deserialize)]
struct Header {
    format: String,
    version: u32,
    events: u64,
}

#[derive(Serialize, Deserialize)]
struct Trailer {
    sha256: String,
    events: u64,
}

/// Why a backup could not be written or read. A restore that fails stores nothing.
#[derive(Debug, thiserror::Error)]
pub enum BackupError {
    #[error("the file is not a balans backup: {0}")]
    NotABackup(String),
    #[error("the backup is of version {0}, which this program does not read")]
    UnknownVersion(u32),
    #[error("line {line} of the backup cannot be read: {reason}; the file is damaged")]
    Damaged { line: u64, reason: String },
    #[error("the backup ends before its checksum: it was cut short")]
    Truncated,
    #[error("the backup's checksum does not match its contents: the file is damaged")]
    ChecksumMismatch,
    #[error("writing or reading the backup failed: {0}")]
    Io(#[from] std::io::Error),
    #[error(transparent)]
    Store(#[from] StoreError),
}

impl BackupError {
    /// The error in Swedish, for a person to read.
    pub fn swedish(&self) -> String {
        match self {
            BackupError::NotABackup(reason) => {
                format!("filen är ingen säkerhetskopia från balans: {reason}")
            }
            BackupError::UnknownVersion(version) => {
                format!("säkerhetskopian har version {version}, som det här programmet inte läser")
            }
            BackupError::Damaged { line, reason } => {
                format!("rad {line} i säkerhetskopian går inte att läsa: {reason}; filen är skadad")
            }
            BackupError::Truncated => {
                "säkerhetskopian tar slut före sin kontrollsumma: den är avkortad".to_string()
            }
            BackupError::ChecksumMismatch => {
                "säkerhetskopians kontrollsumma stämmer inte med innehållet: filen är skadad"
                    .to_string()
            }
            BackupError::Io(error) => {
                format!("säkerhetskopian kunde inte skrivas eller läsas: {error}")
            }
            BackupError::Store(error) => error.swedish(),
        }
    }
}

/// Writes the log of `source`, up to its head now, to `out` as a backup; returns how many
/// events it holds.
pub fn write_backup<S: LogSource + ?Sized>(
    source: &S,
    out: impl Write,
) -> Result<u64, BackupError> {
    let mut out = Hashed {
        inner: out,
        hasher: Sha256::new(),
    };
    let head = source.log_head()?;
    write_line(
        &mut out,
        &Header {
            format: FORMAT.to_string(),
            version: VERSION,
            events: head,
        },
    )?;
    let mut next = 1;
    while next <= head {
        let page = source.read_log(next, PAGE)?;
        let Some(last) = page.last() else { break };
        next = last.position + 1;
        for event in page.iter().take_while(|event| event.position <= head) {
            write_line(&mut out, event)?;
        }
    }
    let sha256 = hex(&out.hasher.finalize_reset());
    let mut inner = out.inner;
    serde_json::to_writer(
        &mut inner,
        &Trailer {
            sha256,
            events: head,
        },
    )
    .map_err(|error| std::io::Error::other(error.to_string()))?;
    inner.write_all(b"\n")?;
    inner.flush()?;
    Ok(head)
}

/// Reads a backup whole, checking its header, every line, the positions (1 to the count, in
/// order) and the checksum; a file that fails any check is refused.
pub fn read_backup(input: impl BufRead) -> Result<LogInMemory, BackupError> {
    let mut hasher = Sha256::new();
    let mut lines = input.split(b'\n');
    let mut number = 0u64;
    let mut next_line = |hasher: &mut Sha256, hash: bool| -> Result<Option<Vec<u8>>, BackupError> {
        match lines.next() {
            None => Ok(None),
            Some(line) => {
                let line = line?;
                if hash {
                    hasher.update(&line);
                    hasher.update(b"\n");
                }
                Ok(Some(line))
            }
        }
    };
    let header =
        next_line(&mut hasher, true)?.ok_or(BackupError::NotABackup("it is empty".into()))?;
    number += 1;
    let header: Header = serde_json::from_slice(&header)
        .map_err(|_| BackupError::NotABackup("its first line is no backup header".into()))?;
    if header.format != FORMAT {
        return Err(BackupError::NotABackup(format!(
            "its format is {:?}",
            header.format
        )));
    }
    if header.version != VERSION {
        return Err(BackupError::UnknownVersion(header.version));
    }
    let mut events = Vec::with_capacity(usize::try_from(header.events).unwrap_or(0).min(1 << 20));
    for position in 1..=header.events {
        let line = next_line(&mut hasher, true)?.ok_or(BackupError::Truncated)?;
        number += 1;
        let event: RecordedEvent =
            serde_json::from_slice(&line).map_err(|error| BackupError::Damaged {
                line: number,
                reason: error.to_string(),
            })?;
        if event.position != position {
            return Err(BackupError::Damaged {
                line: number,
                reason: format!("it holds position {}, not {position}", event.position),
            });
        }
        events.push(event);
    }
    let sum = hex(&hasher.finalize_reset());
    let trailer = next_line(&mut hasher, false)?.ok_or(BackupError::Truncated)?;
    number += 1;
    let trailer: Trailer = serde_json::from_slice(&trailer).map_err(|_| BackupError::Damaged {
        line: number,
        reason: "it is no checksum line".into(),
    })?;
    if trailer.sha256 != sum || trailer.events != header.events {
        return Err(BackupError::ChecksumMismatch);
    }
    Ok(LogInMemory::new(events))
}

/// A restore: every event of `backup` appended to the empty store `to`, as [`copy_log`] does.
pub fn restore<T: crate::EventStore + ?Sized>(
    backup: &LogInMemory,
    to: &T,
) -> Result<crate::Copied, crate::CopyError> {
    copy_log(backup, to, |_| {})
}

/// A writer that hashes what passes through it.
struct Hashed<W> {
    inner: W,
    hasher: Sha256,
}

fn write_line<W: Write>(out: &mut Hashed<W>, value: &impl Serialize) -> Result<(), BackupError> {
    let mut line =
        serde_json::to_vec(value).map_err(|error| std::io::Error::other(error.to_string()))?;
    line.push(b'\n');
    out.hasher.update(&line);
    out.inner.write_all(&line)?;
    Ok(())
}

/// Bytes as lowercase hexadecimal: how digests (a backup's checksum, a command's fingerprint,
/// a token's hash) are written down.
pub fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|byte| format!("{byte:02x}")).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::EventStore as _;
    use crate::conformance::{event, request};
    use crate::memory::MemoryStore;

    fn store_with_events() -> MemoryStore {
        let store = MemoryStore::new();
        for n in 1..=3 {
            store
                .append(request(&[], vec![event("a", n), event("b", n)]))
                .expect("appended");
        }
        store
    }

    #[test]
    fn a_backup_restores_the_same_log() {
        let store = store_with_events();
        let mut file = Vec::new();
        assert_eq!(write_backup(&store, &mut file).expect("written"), 6);
        let backup = read_backup(file.as_slice()).expect("read back");
        let restored = MemoryStore::new();
        restore(&backup, &restored).expect("restored");
        assert_eq!(
            restored.read_all(1, usize::MAX).expect("read"),
            store.read_all(1, usize::MAX).expect("read")
        );
    }

    #[test]
    fn a_damaged_or_cut_backup_is_refused() {
        let store = store_with_events();
        let mut file = Vec::new();
        write_backup(&store, &mut file).expect("written");
        let text = String::from_utf8(file.clone()).expect("utf-8");

        let changed = text.replacen("\"a\"", "\"x\"", 1);
        assert!(matches!(
            read_backup(changed.as_bytes()),
            Err(BackupError::ChecksumMismatch)
        ));
        let cut: String = text
            .lines()
            .take(4)
            .map(|line| format!("{line}\n"))
            .collect();
        assert!(matches!(
            read_backup(cut.as_bytes()),
            Err(BackupError::Truncated)
        ));
        let broken = text.replacen("\"position\":2", "\"position\":9", 1);
        assert!(matches!(
            read_backup(broken.as_bytes()),
            Err(BackupError::Damaged { line: 3, .. })
        ));
        assert!(matches!(
            read_backup("hej\n".as_bytes()),
            Err(BackupError::NotABackup(_))
        ));
    }
}
