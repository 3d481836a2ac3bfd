//! The storage formats that development versions of `SledStore` wrote: how to tell them at open, and a read-only reader of their logs for `balans copy`.
//!
//! Over development the store wrote, in one log and in this order, records of four kinds,
//! each told by its first byte:
//!
//! - JSON: the whole [`RecordedEvent`] as JSON, one event per record under its own position
//!   (the first byte is `{`);
//! - version 1: the version byte and the event's envelope (see `record.rs`), one event per
//!   record;
//! - version 2: as version 1, then an append mark saying how many events of the same append
//!   follow, and on its last event the append's command id;
//! - version 3: today's record of a whole append.
//!
//! Beside the log such a database may hold a stream index entry for each event, a tree `heads` of
//! each stream's version, and a tree `meta` whose `next_position` says how far the indexes
//! reach. Today's store reads none of this: `old_format` tells at open, from the first record
//! and the trees' names, that a database is of such a format, and the store refuses it
//! unchanged. [`LegacyLog`] reads its log alone, in order, so that [`crate::copy_log`] can
//! append it to a new database in today's format, which builds its own indexes (and checks
//! every stream's versions as it goes).
//!
//! Appends of JSON and version 1 records were each written in one sled transaction and are
//! whole. An append of version 2 was written one record per event, so a crash could leave the
//! log ending in the first events of an append: the mark of the last one says more follow.
//! That append was never acknowledged (that waited for a sync covering all of it), the store
//! of those days removed it at its next open, and [`LegacyLog`] does not read it.

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::copy::LogSource;
use crate::record::{self, APPEND_V3, AppendRecord};
use crate::sled_store::{
    HeldDb, checked_event, corrupt_index, created_compressed, decode_u64, entry_holding, misplaced,
    missing_from_log, sled_error,
};
use crate::{RecordedEvent, StoreError};

/// The first byte of a binary record of one event without an [`AppendMark`].
const BINARY_V1: u8 = 1;
/// The first byte of a binary record of one event with an [`AppendMark`].
const BINARY_V2: u8 = 2;
/// The first byte of a record that is an event as JSON.
const JSON: u8 = b'{';
/// The key of `meta` that said how far the indexes reached: one past the last indexed position.
const NEXT_POSITION: &[u8] = b"next_position";

/// Where an event's append ends, in a record of version 2.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub(crate) struct AppendMark {
    /// How many events of the same append come after this one (0 on its last event).
    pub following: u64,
    /// The append's command id, on its last event only.
    pub command: Option<u128>,
}

impl AppendMark {
    /// The position of the last event of the append whose event at `position` this mark is on.
    fn last_of_append(&self, position: u64) -> u64 {
        position.saturating_add(self.following)
    }
}

/// What one key of an old log holds.
enum Entry<'a> {
    /// One event (JSON, version 1 or 2), and its mark if it is of version 2.
    Event(Box<RecordedEvent>, Option<AppendMark>),
    /// Every event of one append (version 3).
    Append(AppendRecord<'a>),
}

/// The entry stored as `bytes`, of any kind.
fn decode(bytes: &[u8]) -> Result<Entry<'_>, String> {
    let unmarked = |event| Entry::Event(Box::new(event), None);
    match bytes.first() {
        Some(&APPEND_V3) => record::decode_append(bytes).map(Entry::Append),
        Some(&BINARY_V2) => {
            let (envelope, rest) = postcard::take_from_bytes::<record::Envelope<'_>>(&bytes[1..])
                .map_err(|error| error.to_string())?;
            let mark: AppendMark =
                postcard::from_bytes(rest).map_err(|error| format!("the append mark: {error}"))?;
            Ok(Entry::Event(
                Box::new(record::from_envelope(envelope)?),
                Some(mark),
            ))
        }
        Some(&BINARY_V1) => postcard::from_bytes(&bytes[1..])
            .map_err(|error| error.to_string())
            .and_then(record::from_envelope)
            .map(unmarked),
        Some(&JSON) => serde_json::from_slice(bytes)
            .map_err(|error| error.to_string())
            .map(unmarked),
        Some(other) => Err(format!("unknown record format {other}")),
        None => Err("the record is empty".into()),
    }
}

/// The entry stored under key `key`, whose events must say they are where the key puts them
/// (an append's are checked as they are read).
fn decode_at(key: u64, bytes: &[u8]) -> Result<Entry<'_>, StoreError> {
    let entry = decode(bytes).map_err(|reason| StoreError::Corrupt {
        position: key,
        reason,
    })?;
    if let Entry::Event(event, _) = &entry
        && event.position != key
    {
        return Err(misplaced(key, event));
    }
    Ok(entry)
}

/// What in the open database `db` only development versions wrote, if anything: the tree of
/// stream heads, a `meta` that is not empty, or a first record that is not of today's format.
/// Reads one record at most, and creates no tree.
pub(crate) fn old_format(db: &sled::Db) -> Result<Option<String>, StoreError> {
    let names = db.tree_names();
    let has = |name: &str| names.iter().any(|held| &held[..] == name.as_bytes());
    if has("heads") {
        return Ok(Some("a tree of stream heads".into()));
    }
    // Today's store leaves `meta` empty where an earlier version created it.
    if has("meta") && !db.open_tree("meta").map_err(sled_error)?.is_empty() {
        return Ok(Some("a tree `meta` (how far the indexes reach)".into()));
    }
    if !has("events") {
        return Ok(None);
    }
    let events = db.open_tree("events").map_err(sled_error)?;
    // Formats only ever changed forward, so a log whose first record is of today's format
    // holds nothing older; a first record of no known format is left for reads to report.
    let first = events.first().map_err(sled_error)?;
    Ok(
        match first.as_ref().and_then(|(_, record)| record.first()) {
            Some(&JSON) => Some("events stored as JSON, one per record".into()),
            Some(&BINARY_V1) => Some("records of version 1, one event each".into()),
            Some(&BINARY_V2) => Some("records of version 2, one event each".into()),
            _ => None,
        },
    )
}

/// A read-only reader of the log of a sled database in any format the store ever wrote.
///
/// It changes nothing in the database (it holds sled's lock while open, as a store does).
pub struct LegacyLog {
    path: PathBuf,
    events: sled::Tree,
    /// The last event it reads: the log's last, but for an append a crash left in part.
    head: u64,
    /// Declared last so that it is dropped last, after every sled handle above.
    _db: HeldDb,
}

impl std::fmt::Debug for LegacyLog {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("LegacyLog")
            .field("path", &self.path)
            .field("head", &self.head)
            .finish_non_exhaustive()
    }
}

impl LegacyLog {
    /// Opens the database at `path`, which must exist and hold a log.
    pub fn open(path: &Path) -> Result<Self, StoreError> {
        let Some(compressed) = created_compressed(path)? else {
            return Err(StoreError::Io(format!(
                "there is no database at {}",
                path.display()
            )));
        };
        let db = HeldDb::open(sled::Config::new().use_compression(compressed), path)?;
        let names = db.tree_names();
        let has = |name: &[u8]| names.iter().any(|held| &held[..] == name);
        if !has(b"events") {
            return Err(StoreError::Io(format!(
                "the database at {} holds no event log",
                path.display()
            )));
        }
        let events = db.open_tree("events").map_err(sled_error)?;
        let indexed = if has(b"meta") {
            let meta = db.open_tree("meta").map_err(sled_error)?;
            match meta.get(NEXT_POSITION).map_err(sled_error)? {
                Some(next) => match decode_u64(&next) {
                    Some(next) if next >= 1 => next - 1,
                    _ => return Err(corrupt_index(format!("the next position {next:?}"))),
                },
                None => 0,
            }
        } else {
            0
        };
        let head = readable_head(&events, indexed)?;
        Ok(Self {
            path: path.to_path_buf(),
            events,
            head,
            _db: db,
        })
    }

    /// The position of the last event it reads (0 for an empty log).
    pub fn head(&self) -> u64 {
        self.head
    }

    /// Up to `limit` events from `from_position` on, in order, no further than [`Self::head`].
    pub fn read(&self, from_position: u64, limit: usize) -> Result<Vec<RecordedEvent>, StoreError> {
        let first = from_position.max(1);
        if first > self.head || limit == 0 {
            return Ok(Vec::new());
        }
        let start = entry_holding(&self.events, first)?.map_or(first, |(key, _)| key);
        let mut out = Vec::new();
        for entry in self
            .events
            .range(start.to_be_bytes()..=self.head.to_be_bytes())
        {
            let (key, bytes) = entry.map_err(sled_error)?;
            let next = first + out.len() as u64;
            let key = decode_u64(&key).ok_or_else(|| StoreError::Corrupt {
                position: next,
                reason: format!("the log holds a key of {} bytes, not 8", key.len()),
            })?;
            if key > next {
                return Err(missing_from_log(next, key));
            }
            match decode_at(key, &bytes)? {
                Entry::Event(event, _) if key == next => out.push(*event),
                Entry::Event(..) => {}
                Entry::Append(record) => {
                    let skipped = usize::try_from(next - key).unwrap_or(usize::MAX);
                    for index in skipped..record.len() {
                        if out.len() >= limit || key + index as u64 > self.head {
                            break;
                        }
                        out.push(checked_event(&record, key, index)?);
                    }
                }
            }
            if out.len() >= limit {
                break;
            }
        }
        Ok(out)
    }
}

impl LogSource for LegacyLog {
    fn log_head(&self) -> Result<u64, StoreError> {
        Ok(self.head)
    }
    fn read_log(&self, from_position: u64, limit: usize) -> Result<Vec<RecordedEvent>, StoreError> {
        self.read(from_position, limit)
    }
}

/// The last position of the log that belongs to a whole append. The log may end in the first
/// events of an append of version 2 that a crash cut short (its last event's mark says more
/// follow): those after `indexed`, where the indexes of those days reached, that belong to
/// that append are left out.
fn readable_head(events: &sled::Tree, indexed: u64) -> Result<u64, StoreError> {
    let Some((key, bytes)) = events.last().map_err(sled_error)? else {
        return check_indexed(0, indexed);
    };
    let last = decode_u64(&key).ok_or_else(|| corrupt_index("a log key".into()))?;
    let cut = match decode_at(last, &bytes)? {
        Entry::Append(record) => return check_indexed(last + record.len() as u64 - 1, indexed),
        Entry::Event(_, Some(mark)) if mark.following > 0 => mark.last_of_append(last),
        Entry::Event(..) => return check_indexed(last, indexed),
    };
    let mut head = last;
    while head > indexed {
        let Some(bytes) = events.get(head.to_be_bytes()).map_err(sled_error)? else {
            // A gap: reading reports it.
            break;
        };
        match decode_at(head, &bytes)? {
            Entry::Event(_, Some(mark)) if mark.last_of_append(head) == cut => head -= 1,
            _ => break,
        }
    }
    tracing::warn!(
        from = head + 1,
        to = last,
        "not reading the part of an append that a crash interrupted"
    );
    check_indexed(head, indexed)
}

/// `head`, unless the indexes reach beyond it.
fn check_indexed(head: u64, indexed: u64) -> Result<u64, StoreError> {
    if indexed > head {
        return Err(StoreError::Corrupt {
            position: head + 1,
            reason: format!("the indexes reach position {indexed}, but the log ends at {head}"),
        });
    }
    Ok(head)
}

#[cfg(test)]
mod tests;
