//! The durable [`EventStore`] on sled 0.34, which fdatasyncs (group-committed) before every acknowledgement.
//!
//! Each append is one multi-tree transaction, then a shared flush and fdatasync.
//!
//! Layout (all integers big-endian, so that byte order is numeric order):
//!
//! | tree       | key                         | value                                    |
//! |------------|-----------------------------|------------------------------------------|
//! | `events`   | position (u64)              | the event's record (see `record.rs`)     |
//! | `streams`  | stream id, `0x00`, version  | position (u64)                           |
//! | `heads`    | stream id                   | version (u64)                            |
//! | `commands` | command id (16 bytes)       | JSON [`AppendOutcome`] of the first append |
//! | `meta`     | `next_position`             | next global position (u64)               |
//!
//! sled compresses what it writes with zstd (see [`SledOptions::compression`]).
//!
//! See `DURABILITY.md` beside this crate's `Cargo.toml` for why sled's own flush is not enough.

use std::fs::{File, TryLockError};
use std::path::{Path, PathBuf};
use std::sync::{Mutex, PoisonError};
use std::time::{Duration, Instant};

use sled::Transactional;
use sled::transaction::{
    ConflictableTransactionError, TransactionError, TransactionalTree, UnabortableTransactionError,
};
use tokio::sync::watch;
use ulid::Ulid;

use crate::group_commit::GroupCommit;
use crate::memory::advance;
use crate::record;
use crate::rules::{self, LogView, Plan, PlanError};
use crate::{AppendOutcome, AppendRequest, EventStore, RecordedEvent, StoreError, StreamId};

const NEXT_POSITION: &[u8] = b"next_position";

/// How to open a [`SledStore`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SledOptions {
    /// Bytes of sled's page cache. Sled's own default is about 1 GiB, far more than a
    /// case tracker's log needs; the default here is 64 MiB.
    pub cache_capacity: u64,
    /// The zstd level sled compresses what it writes to its log with; `None` creates the
    /// database uncompressed. A database that exists stays as it was created, compressed
    /// (at this level, or the default if `None`) or not.
    pub compression: Option<i32>,
}

impl SledOptions {
    pub const DEFAULT_CACHE_CAPACITY: u64 = 64 * 1024 * 1024;
    /// zstd's fastest level: the log's JSON payloads shrink about as much as at higher levels.
    pub const DEFAULT_COMPRESSION_LEVEL: i32 = 1;
}

impl Default for SledOptions {
    fn default() -> Self {
        Self {
            cache_capacity: Self::DEFAULT_CACHE_CAPACITY,
            compression: Some(Self::DEFAULT_COMPRESSION_LEVEL),
        }
    }
}

/// Counters that let tests (and operators) see group commit at work.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SyncStats {
    /// Appends (including acknowledged duplicates) whose transaction finished and that then
    /// waited for durability, since the store was opened.
    pub committed: u64,
    /// How many of those are known to be durable: every one up to this count.
    pub durable: u64,
    /// Flush-and-fdatasync rounds that completed successfully since the store was opened.
    pub syncs: u64,
}

/// The event store on an embedded sled database. Only one may have a given path open.
pub struct SledStore {
    path: PathBuf,
    db: sled::Db,
    events: sled::Tree,
    streams: sled::Tree,
    heads: sled::Tree,
    commands: sled::Tree,
    meta: sled::Tree,
    /// sled's log file, opened a second time only to fdatasync it: sled 0.34's flush ends
    /// with sync_file_range, which neither flushes the drive's cache nor the file's metadata.
    data_file: File,
    /// Serialises transactions within this process: sled would retry conflicting ones, but
    /// appends all touch `next_position` and would mostly retry each other. Held only for the
    /// transaction, never while syncing, so that the next appends can commit during a sync
    /// and join the following group.
    writer: Mutex<()>,
    group: GroupCommit,
    head: watch::Sender<u64>,
    /// Declared last so that it is dropped last, after every sled handle above.
    _released: WaitForUnlock,
}

impl std::fmt::Debug for SledStore {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SledStore")
            .field("path", &self.path)
            .field("head", &*self.head.borrow())
            .field("sync_stats", &self.sync_stats())
            .finish_non_exhaustive()
    }
}

impl SledStore {
    /// Opens (creating if needed) the database directory at `path`.
    ///
    /// Fails with [`StoreError::Locked`] if another `SledStore`, in this process or another,
    /// has the same path open.
    pub fn open(path: &Path, options: SledOptions) -> Result<Self, StoreError> {
        let compression = match created_compressed(path)? {
            Some(true) => Some(
                options
                    .compression
                    .unwrap_or(SledOptions::DEFAULT_COMPRESSION_LEVEL),
            ),
            Some(false) => None,
            None => options.compression,
        };
        let db = sled::Config::new()
            .path(path)
            .cache_capacity(options.cache_capacity)
            .use_compression(compression.is_some())
            .compression_factor(compression.unwrap_or(1))
            .open()
            .map_err(|error| open_error(path, error))?;
        let tree = |name: &str| db.open_tree(name).map_err(sled_error);
        let (events, streams, heads, commands, meta) = (
            tree("events")?,
            tree("streams")?,
            tree("heads")?,
            tree("commands")?,
            tree("meta")?,
        );

        let data_file = File::open(path.join("db"))
            .map_err(|error| io_error("opening", &path.join("db"), error))?;
        // sled writes `conf` without syncing it and creates the directories itself; a database
        // whose log survived a crash but whose `conf` or directory entries did not cannot be
        // opened, so make them durable once, before the first append is acknowledged.
        sync_path(&path.join("conf"))?;
        sync_path(&path.join("blobs"))?;
        sync_path(path)?;
        match path.parent() {
            Some(parent) if parent.as_os_str().is_empty() => sync_path(Path::new("."))?,
            Some(parent) => sync_path(parent)?,
            None => {}
        }

        let head = read_head(&meta)?;
        Ok(Self {
            path: path.to_path_buf(),
            db,
            events,
            streams,
            heads,
            commands,
            meta,
            data_file,
            writer: Mutex::new(()),
            group: GroupCommit::new(),
            head: watch::Sender::new(head),
            _released: WaitForUnlock {
                lock_file: path.join("db"),
            },
        })
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Flush-and-fdatasync rounds completed since the store was opened.
    pub fn sync_count(&self) -> u64 {
        self.group.syncs()
    }

    pub fn sync_stats(&self) -> SyncStats {
        SyncStats {
            committed: self.group.committed(),
            durable: self.group.durable(),
            syncs: self.group.syncs(),
        }
    }

    /// Runs the request's plan inside one transaction over all five trees.
    fn commit(&self, request: &AppendRequest) -> Result<Committed, StoreError> {
        let _writer = self.writer.lock().unwrap_or_else(PoisonError::into_inner);
        let trees = (
            &self.events,
            &self.streams,
            &self.heads,
            &self.commands,
            &self.meta,
        );
        let result = trees.transaction(|(events, streams, heads, commands, meta)| {
            let view = TxView {
                heads,
                commands,
                meta,
            };
            let write = match rules::plan(request, &view) {
                Ok(Plan::Duplicate(first)) => return Ok(Committed::Duplicate(first)),
                Ok(Plan::Write(write)) => write,
                Err(PlanError::Store(error)) => {
                    return Err(ConflictableTransactionError::Abort(error));
                }
                Err(PlanError::Backend(error)) => return Err(error.into()),
            };
            for event in &write.events {
                let record = record::encode(event).map_err(|error| {
                    ConflictableTransactionError::Abort(StoreError::Io(format!(
                        "encoding event {} failed: {error}",
                        event.id
                    )))
                })?;
                events.insert(&event.position.to_be_bytes(), record)?;
                streams.insert(
                    stream_key(&event.stream, event.stream_version),
                    &event.position.to_be_bytes(),
                )?;
            }
            for (stream, version) in &write.heads {
                heads.insert(stream.as_str().as_bytes(), &version.to_be_bytes())?;
            }
            let outcome = serde_json::to_vec(&write.outcome).map_err(|error| {
                ConflictableTransactionError::Abort(StoreError::Io(format!(
                    "encoding the outcome failed: {error}"
                )))
            })?;
            commands.insert(&request.command_id.to_bytes(), outcome)?;
            meta.insert(NEXT_POSITION, &(write.new_head() + 1).to_be_bytes())?;
            Ok(Committed::Written(write.outcome))
        });
        match result {
            Ok(committed) => Ok(committed),
            Err(TransactionError::Abort(error)) => Err(error),
            Err(TransactionError::Storage(error)) => Err(sled_error(error)),
        }
    }

    /// One group-commit round: sled writes out its buffers, then we make them durable.
    fn sync_to_disk(&self) -> Result<(), String> {
        self.db
            .flush()
            .map_err(|error| format!("sled flush failed: {error}"))?;
        self.data_file.sync_data().map_err(|error| {
            format!(
                "fdatasync of {} failed: {error}",
                self.path.join("db").display()
            )
        })?;
        self.sync_blobs()
    }

    /// sled stores values too large for its log (over ~128 KiB) as files under `blobs/` and
    /// never syncs them. They are immutable once written and rare, so syncing all that exist
    /// is cheap; a file still being written by a concurrent transaction is synced again by a
    /// later round, the one that covers that transaction.
    fn sync_blobs(&self) -> Result<(), String> {
        let dir = self.path.join("blobs");
        let entries = std::fs::read_dir(&dir)
            .map_err(|error| format!("listing {}: {error}", dir.display()))?;
        let mut any = false;
        for entry in entries {
            let entry = entry.map_err(|error| format!("listing {}: {error}", dir.display()))?;
            match File::open(entry.path()) {
                Ok(file) => {
                    file.sync_data().map_err(|error| {
                        format!("fdatasync of {}: {error}", entry.path().display())
                    })?;
                    any = true;
                }
                // sled removes blobs whose values were overwritten or deleted.
                Err(error) if error.kind() == std::io::ErrorKind::NotFound => {}
                Err(error) => return Err(format!("opening {}: {error}", entry.path().display())),
            }
        }
        if any {
            File::open(&dir)
                .and_then(|dir| dir.sync_all())
                .map_err(|error| format!("fsync of {}: {error}", dir.display()))?;
        }
        Ok(())
    }

    fn event_at(&self, position: u64) -> Result<RecordedEvent, StoreError> {
        match self
            .events
            .get(position.to_be_bytes())
            .map_err(sled_error)?
        {
            Some(bytes) => decode_event(position, &bytes),
            None => Err(StoreError::Corrupt {
                position,
                reason: "indexed, but not in the log".into(),
            }),
        }
    }
}

/// Whether the sled database at `path` was created with compression (`None` if there is none
/// yet). sled refuses to open a database with the other setting, so it is read from the
/// `conf` file sled wrote at creation: lines of `name: value`, then a checksum.
fn created_compressed(path: &Path) -> Result<Option<bool>, StoreError> {
    let conf = path.join("conf");
    let bytes = match std::fs::read(&conf) {
        Ok(bytes) => bytes,
        Err(error) if error.kind() == std::io::ErrorKind::NotFound => return Ok(None),
        Err(error) => return Err(io_error("reading", &conf, error)),
    };
    let setting = bytes
        .split(|&byte| byte == b'\n')
        .find_map(|line| line.strip_prefix(b"use_compression: "));
    match setting {
        Some(b"true") => Ok(Some(true)),
        Some(b"false") => Ok(Some(false)),
        _ => Err(StoreError::Io(format!(
            "{} does not say whether the database is compressed (use_compression)",
            conf.display()
        ))),
    }
}

/// Makes dropping a [`SledStore`] release the database before it returns.
///
/// sled 0.34 closes its log file (and so drops its flock) only when the last of its
/// background IO threads lets go of it, a little after the `Db` is dropped. Without this wait
/// a reopen right after a drop, in this process, could be refused as [`StoreError::Locked`].
struct WaitForUnlock {
    lock_file: PathBuf,
}

impl Drop for WaitForUnlock {
    fn drop(&mut self) {
        // Bounded: if another opener took the lock in the meantime, it is theirs to keep.
        let deadline = Instant::now() + Duration::from_secs(5);
        loop {
            let Ok(file) = File::open(&self.lock_file) else {
                return;
            };
            match file.try_lock() {
                // Dropping `file` releases the probe's own lock at once.
                Ok(()) => return,
                Err(TryLockError::WouldBlock) if Instant::now() < deadline => {
                    std::thread::sleep(Duration::from_millis(1));
                }
                Err(_) => return,
            }
        }
    }
}

enum Committed {
    Written(AppendOutcome),
    Duplicate(AppendOutcome),
}

impl EventStore for SledStore {
    fn append(&self, request: AppendRequest) -> Result<AppendOutcome, StoreError> {
        rules::validate(&request)?;
        self.group.check_healthy()?;
        let committed = self.commit(&request)?;
        // A duplicate waits too: its first attempt may have committed a moment ago in another
        // thread and not be durable yet, and acknowledging it now would promise too much.
        let ticket = self.group.ticket();
        self.group.wait_durable(ticket, || self.sync_to_disk())?;
        match committed {
            Committed::Written(outcome) => {
                let new_head = outcome.last_position;
                self.head.send_if_modified(|head| advance(head, new_head));
                Ok(outcome)
            }
            Committed::Duplicate(first) => Ok(first),
        }
    }

    fn read_stream(
        &self,
        stream: &StreamId,
        from_version: u64,
    ) -> Result<Vec<RecordedEvent>, StoreError> {
        let start = stream_key(stream, from_version.max(1));
        let end = stream_key(stream, u64::MAX);
        let mut events = Vec::new();
        for entry in self.streams.range(start..=end) {
            let (key, value) = entry.map_err(sled_error)?;
            let position = decode_u64(&value).ok_or_else(|| StoreError::Corrupt {
                position: 0,
                reason: format!(
                    "stream index entry {key:?} of {stream} holds {} bytes, not 8",
                    value.len()
                ),
            })?;
            let event = self.event_at(position)?;
            let expected_version = from_version.max(1) + events.len() as u64;
            if event.stream != *stream || event.stream_version != expected_version {
                return Err(StoreError::Corrupt {
                    position,
                    reason: format!(
                        "the index of {stream} at version {expected_version} points to version {} of {}",
                        event.stream_version, event.stream
                    ),
                });
            }
            events.push(event);
        }
        Ok(events)
    }

    fn read_all(&self, from_position: u64, limit: usize) -> Result<Vec<RecordedEvent>, StoreError> {
        let first = from_position.max(1);
        let mut events = Vec::with_capacity(limit.min(1024));
        for entry in self.events.range(first.to_be_bytes()..).take(limit) {
            let (key, value) = entry.map_err(sled_error)?;
            let expected = first + events.len() as u64;
            let position = decode_u64(&key).ok_or_else(|| StoreError::Corrupt {
                position: expected,
                reason: format!("the log holds a key of {} bytes, not 8", key.len()),
            })?;
            if position != expected {
                return Err(StoreError::Corrupt {
                    position: expected,
                    reason: format!("missing from the log, which goes on at position {position}"),
                });
            }
            events.push(decode_event(position, &value)?);
        }
        Ok(events)
    }

    fn stream_version(&self, stream: &StreamId) -> Result<u64, StoreError> {
        match self
            .heads
            .get(stream.as_str().as_bytes())
            .map_err(sled_error)?
        {
            Some(bytes) => decode_u64(&bytes)
                .ok_or_else(|| corrupt_index(format!("the head of stream {stream}"))),
            None => Ok(0),
        }
    }

    fn head_position(&self) -> Result<u64, StoreError> {
        read_head(&self.meta)
    }

    fn subscribe(&self) -> watch::Receiver<u64> {
        self.head.subscribe()
    }
}

/// The state a plan reads, seen through the transaction so that sled detects conflicts on it.
struct TxView<'a> {
    heads: &'a TransactionalTree,
    commands: &'a TransactionalTree,
    meta: &'a TransactionalTree,
}

impl LogView for TxView<'_> {
    type Error = UnabortableTransactionError;

    fn command(&self, id: Ulid) -> Result<Option<AppendOutcome>, PlanError<Self::Error>> {
        let Some(bytes) = self
            .commands
            .get(id.to_bytes())
            .map_err(PlanError::Backend)?
        else {
            return Ok(None);
        };
        serde_json::from_slice(&bytes).map(Some).map_err(|error| {
            PlanError::Store(corrupt_index(format!(
                "the record of command {id}: {error}"
            )))
        })
    }

    fn stream_version(&self, stream: &StreamId) -> Result<u64, PlanError<Self::Error>> {
        match self
            .heads
            .get(stream.as_str().as_bytes())
            .map_err(PlanError::Backend)?
        {
            Some(bytes) => decode_u64(&bytes).ok_or_else(|| {
                PlanError::Store(corrupt_index(format!("the head of stream {stream}")))
            }),
            None => Ok(0),
        }
    }

    fn head_position(&self) -> Result<u64, PlanError<Self::Error>> {
        match self.meta.get(NEXT_POSITION).map_err(PlanError::Backend)? {
            Some(bytes) => next_to_head(&bytes).map_err(PlanError::Store),
            None => Ok(0),
        }
    }
}

fn read_head(meta: &sled::Tree) -> Result<u64, StoreError> {
    match meta.get(NEXT_POSITION).map_err(sled_error)? {
        Some(bytes) => next_to_head(&bytes),
        None => Ok(0),
    }
}

fn next_to_head(bytes: &[u8]) -> Result<u64, StoreError> {
    match decode_u64(bytes) {
        Some(next) if next >= 1 => Ok(next - 1),
        _ => Err(corrupt_index(format!(
            "the next position ({} bytes)",
            bytes.len()
        ))),
    }
}

fn stream_key(stream: &StreamId, version: u64) -> Vec<u8> {
    let id = stream.as_str().as_bytes();
    let mut key = Vec::with_capacity(id.len() + 9);
    key.extend_from_slice(id);
    key.push(0);
    key.extend_from_slice(&version.to_be_bytes());
    key
}

fn decode_u64(bytes: &[u8]) -> Option<u64> {
    <[u8; 8]>::try_from(bytes).ok().map(u64::from_be_bytes)
}

fn decode_event(position: u64, bytes: &[u8]) -> Result<RecordedEvent, StoreError> {
    let event = record::decode(bytes).map_err(|reason| StoreError::Corrupt { position, reason })?;
    if event.position != position {
        return Err(StoreError::Corrupt {
            position,
            reason: format!("the record says it is at position {}", event.position),
        });
    }
    Ok(event)
}

fn corrupt_index(what: String) -> StoreError {
    StoreError::Corrupt {
        position: 0,
        reason: format!("{what} is malformed"),
    }
}

fn sled_error(error: sled::Error) -> StoreError {
    StoreError::Io(error.to_string())
}

/// sled reports a held lock only as an io error whose text names it (see `try_lock` in sled
/// 0.34's config.rs); it uses flock on a fresh file description, so a second opener in the
/// same process is refused just like one in another process.
fn open_error(path: &Path, error: sled::Error) -> StoreError {
    match &error {
        sled::Error::Io(io) if io.to_string().contains("could not acquire lock") => {
            StoreError::Locked {
                path: path.display().to_string(),
            }
        }
        _ => sled_error(error),
    }
}

fn io_error(action: &str, path: &Path, error: std::io::Error) -> StoreError {
    StoreError::Io(format!("{action} {}: {error}", path.display()))
}

fn sync_path(path: &Path) -> Result<(), StoreError> {
    File::open(path)
        .and_then(|file| file.sync_all())
        .map_err(|error| io_error("syncing", path, error))
}
