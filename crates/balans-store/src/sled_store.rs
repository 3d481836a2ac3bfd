//! The durable [`EventStore`] on sled 0.34, which fdatasyncs (group-committed) before every acknowledgement.
//!
//! An append is a few plain sled inserts under a writer lock, then a shared flush and
//! fdatasync. It uses no sled transaction: sled writes a transaction's batch manifest in an IO
//! buffer of its own and syncs each buffer on its own, so a transaction cost
//! two device writes before the group's flush even began. Atomicity comes from the log instead:
//! every event of an append is in one record, one insert, which sled recovers whole or not at
//! all, and the indexes are written after it. sled recovers a prefix of the inserts, so after a
//! crash only the last append may lack index entries: on open it is indexed again from its
//! record ([`recover`]).
//!
//! Layout (all integers big-endian, so that byte order is numeric order):
//!
//! | tree       | key                         | value                                          |
//! |------------|-----------------------------|------------------------------------------------|
//! | `events`   | position of its first event | the append's record (see `record.rs`)          |
//! | `streams`  | stream id, `0x00`, version  | positions (u64 each) of a run of versions      |
//! | `commands` | command id (16 bytes)       | JSON [`AppendOutcome`] of the first append     |
//! | `meta`     | `next_position`             | older logs: one past the last indexed position (u64); removed at open |
//!
//! An append writes one `streams` entry for each stream it writes to: the positions of the
//! stream's versions in it, from the version in the key on. A stream's version is where its
//! last run ends.
//!
//! Logs written by earlier versions hold a record for each event under its own position, a
//! `streams` entry for each event, and a tree `heads` of each stream's version. They read on
//! as they are, beside what is appended now; `heads` is dropped at open. Their records of
//! version 2 say where their append ends ([`record::AppendMark`]), and `meta` how far the
//! indexes reach, so that the first open by this version removes an append a crash left in
//! part and indexes what the indexes miss; it then removes `meta`. Databases written before
//! record version 2 wrote each append in one transaction and need no recovery. `balans copy
//! --to DIR` copies a log into a new database in today's format.
//!
//! sled compresses what it writes with zstd (see [`SledOptions::compression`]).
//!
//! See `DURABILITY.md` beside this crate's `Cargo.toml` for why sled's own flush is not enough.

use std::fs::{File, TryLockError};
use std::path::{Path, PathBuf};
use std::sync::Mutex;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, Instant};

use tokio::sync::watch;
use ulid::Ulid;

use crate::group_commit::GroupCommit;
use crate::memory::advance;
use crate::record::{self, AppendMark, Entry};
use crate::rules::{self, LogView, Plan, PlanError, Write};
use crate::{AppendOutcome, AppendRequest, EventStore, RecordedEvent, StoreError, StreamId};

const NEXT_POSITION: &[u8] = b"next_position";
/// Why recovery cannot read a position below the log's last key: the log has a gap.
const MISSING_FROM_LOG: &str = "missing from the log";

/// The most events [`SledStore::read_all`] makes room for before reading them: a rebuild's
/// page (4,096) fits without the vector growing, and asking for everything does not reserve
/// the whole log at once.
const PAGE_RESERVED_AT_MOST: usize = 4096;

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
    /// Appends (including acknowledged duplicates) that were written and then
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
    commands: sled::Tree,
    /// Where logs of version 2 said how far their indexes reach: only tests write it now.
    #[cfg(test)]
    meta: sled::Tree,
    /// Serialises appends. Held only while an append is decided and inserted, never while
    /// syncing, so that the next appends can be written during a sync and join the following
    /// group.
    writer: Mutex<()>,
    /// The position of the last event of the last append whose inserts all finished: readers
    /// see no further, so that they never see part of an append. Only the holder of `writer`
    /// changes it, so under that lock it is the log's head.
    visible: AtomicU64,
    /// How many more inserts succeed before the next one fails, to cut an append short.
    #[cfg(test)]
    inserts_before_fault: std::sync::atomic::AtomicUsize,
    /// Whether appends are written as earlier versions of the store wrote them.
    #[cfg(test)]
    writes_version_2: std::sync::atomic::AtomicBool,
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
    /// Opens and closes the (closed) database at `path` once, after a process wrote much of
    /// its log, and says how long that took.
    ///
    /// sled 0.34 writes the snapshot of its page table only when it opens a database, so the
    /// first open after a process that wrote the log reads all of it again (13 s after 10M
    /// generated events, against 4 s for the next). A writer that settles on its way out pays
    /// that instead of whoever opens the database next; after a crash the next open still
    /// does. It is sled's own open: nothing else touches the log.
    pub fn settle(path: &Path, options: SledOptions) -> Result<std::time::Duration, StoreError> {
        let started = std::time::Instant::now();
        drop(Self::open(path, options)?);
        Ok(started.elapsed())
    }

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
        let (events, streams, commands, meta) = (
            tree("events")?,
            tree("streams")?,
            tree("commands")?,
            tree("meta")?,
        );
        // Earlier stores kept each stream's version in a tree of its own; the stream
        // index says it, and nothing reads or writes that tree any more.
        db.drop_tree("heads").map_err(sled_error)?;

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

        let head = recover(&events, &streams, &commands, &meta)?;
        Ok(Self {
            path: path.to_path_buf(),
            db,
            events,
            streams,
            commands,
            #[cfg(test)]
            meta,
            writer: Mutex::new(()),
            visible: AtomicU64::new(head),
            #[cfg(test)]
            inserts_before_fault: std::sync::atomic::AtomicUsize::new(usize::MAX),
            #[cfg(test)]
            writes_version_2: std::sync::atomic::AtomicBool::new(false),
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

    /// Decides the request against the store and writes what it decided, under the writer lock.
    fn commit(&self, request: &AppendRequest) -> Result<Committed, StoreError> {
        let Ok(_writer) = self.writer.lock() else {
            // An append panicked part way through its inserts: as after a failed insert, only
            // a reopen (which removes what it left) may write again.
            let error = "an earlier append panicked part way; reopen the store".to_string();
            self.group.fail(error.clone());
            return Err(StoreError::Io(error));
        };
        let view = TreeView {
            streams: &self.streams,
            commands: &self.commands,
            head: self.visible.load(Ordering::Acquire),
        };
        let write = match rules::plan(request, &view) {
            Ok(Plan::Duplicate(first)) => return Ok(Committed::Duplicate(first)),
            Ok(Plan::Write(write)) => write,
            Err(PlanError::Store(error)) => return Err(error),
            Err(PlanError::Backend(error)) => return Err(sled_error(error)),
        };
        // Everything is encoded before anything is written, so that a bad event leaves no trace.
        let last = write.new_head();
        #[cfg(test)]
        if self.writes_version_2.load(Ordering::SeqCst) {
            return self.commit_version_2(request, write);
        }
        let record = (!write.events.is_empty())
            .then(|| record::encode_append(&write.events, request.command_id.0))
            .transpose()
            .map_err(|error| {
                StoreError::Io(format!("encoding the append's events failed: {error}"))
            })?;
        let outcome = encode_outcome(&write.outcome)?;

        if let Err(error) = self.write(&write, record, request.command_id, outcome) {
            // Part of the append may be in sled now. Reopening finishes it if its record is in
            // (see `recover`); until then no further append may build on it.
            let error = format!("writing an append failed part way: {error}");
            self.group.fail(error.clone());
            return Err(StoreError::Io(error));
        }
        self.visible.store(last, Ordering::Release);
        Ok(Committed::Written(write.outcome))
    }

    /// The inserts of one append: its record, then what indexes it. A crash can cut this short
    /// anywhere, and [`recover`] indexes again what the record holds.
    fn write(
        &self,
        write: &Write,
        record: Option<Vec<u8>>,
        command: Ulid,
        outcome: Vec<u8>,
    ) -> sled::Result<()> {
        if let (Some(first), Some(record)) = (write.events.first(), record) {
            self.insert(&self.events, &first.position.to_be_bytes(), record)?;
        }
        for (key, positions) in stream_runs(&write.events) {
            self.insert(&self.streams, &key, positions)?;
        }
        self.record_command(command, outcome)
    }

    /// The last insert of an append: the outcome of its command.
    fn record_command(&self, command: Ulid, outcome: Vec<u8>) -> sled::Result<()> {
        self.insert(&self.commands, &command.to_bytes(), outcome)
    }

    /// Commits as earlier versions of the store did: a record of version 2 for each event under
    /// its own position, and an index entry for each event. Tests use it to make such logs.
    #[cfg(test)]
    fn commit_version_2(
        &self,
        request: &AppendRequest,
        write: Write,
    ) -> Result<Committed, StoreError> {
        let last = write.new_head();
        let fail = |error: sled::Error| {
            let error = format!("writing an append failed part way: {error}");
            self.group.fail(error.clone());
            StoreError::Io(error)
        };
        for event in &write.events {
            let mark = AppendMark {
                following: last - event.position,
                command: (event.position == last).then_some(request.command_id.0),
            };
            let record = record::encode(event, mark).map_err(StoreError::Io)?;
            self.insert(&self.events, &event.position.to_be_bytes(), record)
                .map_err(fail)?;
        }
        for event in &write.events {
            self.insert(
                &self.streams,
                &stream_key(&event.stream, event.stream_version),
                &event.position.to_be_bytes(),
            )
            .map_err(fail)?;
        }
        let outcome = encode_outcome(&write.outcome)?;
        self.record_command(request.command_id, outcome)
            .map_err(fail)?;
        if !write.events.is_empty() {
            self.insert(&self.meta, NEXT_POSITION, &(last + 1).to_be_bytes())
                .map_err(fail)?;
        }
        self.visible.store(last, Ordering::Release);
        Ok(Committed::Written(write.outcome))
    }

    fn insert(
        &self,
        tree: &sled::Tree,
        key: &[u8],
        value: impl Into<sled::IVec>,
    ) -> sled::Result<()> {
        #[cfg(test)]
        if self
            .inserts_before_fault
            .fetch_update(Ordering::SeqCst, Ordering::SeqCst, |left| {
                left.checked_sub(1)
            })
            .is_err()
        {
            return Err(sled::Error::Unsupported("an injected fault".into()));
        }
        tree.insert(key, value).map(drop)
    }

    /// One group-commit round: sled writes out its buffers and fdatasyncs its log, then the
    /// blobs are synced.
    fn sync_to_disk(&self) -> Result<(), String> {
        // The vendored sled's flush ends with fdatasync; upstream's ends with sync_file_range,
        // which is not durable. This fails to build against a sled whose flush is not durable.
        const _: () = assert!(sled::FLUSH_SYNCS_THE_LOG);
        self.db
            .flush()
            .map_err(|error| format!("sled flush failed: {error}"))?;
        self.sync_blobs()
    }

    /// sled stores values too large for its log (over ~128 KiB) as files under `blobs/` and
    /// never syncs them. They are immutable once written and rare, so syncing all that exist
    /// is cheap; a file still being written by a concurrent append is synced again by a
    /// later round, the one that covers that append.
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

    /// The events at `positions`, each at most the visible head, in the order asked. Events of
    /// one append next to each other in `positions` are read from one lookup of its record.
    fn events_at(&self, positions: &[u64]) -> Result<Vec<RecordedEvent>, StoreError> {
        let mut held: Option<(u64, sled::IVec)> = None;
        positions
            .iter()
            .map(|&position| {
                if let Some((first, bytes)) = &held
                    && let Some(event) = event_in_entry(*first, bytes, position)?
                {
                    return Ok(event);
                }
                let (first, bytes) = entry_holding(&self.events, position)?
                    .ok_or_else(|| not_in_the_log(position))?;
                let event = event_in_entry(first, &bytes, position)?
                    .ok_or_else(|| not_in_the_log(position))?;
                held = Some((first, bytes));
                Ok(event)
            })
            .collect()
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
        let from = from_version.max(1);
        let visible = self.visible.load(Ordering::Acquire);
        // Each index entry holds the positions of a run of the stream's versions, from the
        // version in its key on (one entry per append that wrote to the stream). The run that
        // holds `from` is the last one that starts at or before it, and if that one ends
        // before `from`, nothing follows. Callers that keep a stream folded (`App`) ask for
        // what follows it on every command, mostly to hear that nothing does: one lookup
        // answers them.
        let Some((start, first, positions)) =
            last_run_to(&self.streams, stream, from).map_err(sled_error)?
        else {
            return Ok(Vec::new());
        };
        if run_end(stream, first, &positions)? < from {
            return Ok(Vec::new());
        }
        let mut positions = Vec::new();
        'runs: for entry in self
            .streams
            .range(start.to_vec()..=stream_key(stream, u64::MAX))
        {
            let (key, value) = entry.map_err(sled_error)?;
            let first_version = run_start(&key, stream).ok_or_else(|| {
                corrupt_index(format!("the index key {key:?} of stream {stream}"))
            })?;
            run_end(stream, first_version, &value)?;
            for (version, position) in (first_version..).zip(value.chunks_exact(8)) {
                let position = decode_u64(position).expect("8 bytes");
                if version < from {
                    continue;
                }
                if position > visible {
                    // An append being written right now: a stream's positions only grow.
                    break 'runs;
                }
                positions.push(position);
            }
        }
        let events = self.events_at(&positions)?;
        for ((expected_version, event), position) in (from..).zip(&events).zip(positions) {
            if event.stream != *stream || event.stream_version != expected_version {
                return Err(StoreError::Corrupt {
                    position,
                    reason: format!(
                        "the index of {stream} at version {expected_version} points to version {} of {}",
                        event.stream_version, event.stream
                    ),
                });
            }
        }
        Ok(events)
    }

    fn read_positions(&self, positions: &[u64]) -> Result<Vec<RecordedEvent>, StoreError> {
        let visible = self.visible.load(Ordering::Acquire);
        if let Some(&beyond) = positions
            .iter()
            .find(|&&position| position == 0 || position > visible)
        {
            return Err(crate::beyond_the_log(beyond, visible));
        }
        self.events_at(positions)
    }

    fn read_all(&self, from_position: u64, limit: usize) -> Result<Vec<RecordedEvent>, StoreError> {
        let first = from_position.max(1);
        let visible = self.visible.load(Ordering::Acquire);
        if first > visible || limit == 0 {
            return Ok(Vec::new());
        }
        let within = usize::try_from(visible - first + 1).unwrap_or(usize::MAX);
        let mut events = Vec::with_capacity(limit.min(within).min(PAGE_RESERVED_AT_MOST));
        let start = match entry_holding(&self.events, first)? {
            Some((key, _)) => key,
            None => first,
        };
        for entry in self
            .events
            .range(start.to_be_bytes()..=visible.to_be_bytes())
        {
            let (key, value) = entry.map_err(sled_error)?;
            let expected = first + events.len() as u64;
            let key = decode_u64(&key).ok_or_else(|| StoreError::Corrupt {
                position: expected,
                reason: format!("the log holds a key of {} bytes, not 8", key.len()),
            })?;
            push_entry_events(key, &value, expected, limit, &mut events)?;
            if events.len() >= limit {
                break;
            }
        }
        Ok(events)
    }

    fn stream_version(&self, stream: &StreamId) -> Result<u64, StoreError> {
        read_version(&self.streams, stream).map_err(|error| match error {
            ReadError::Sled(error) => sled_error(error),
            ReadError::Store(error) => error,
        })
    }

    fn head_position(&self) -> Result<u64, StoreError> {
        Ok(self.visible.load(Ordering::Acquire))
    }

    fn subscribe(&self) -> watch::Receiver<u64> {
        self.head.subscribe()
    }
}

/// The state a plan reads: the trees as they are, which only the holder of the writer lock changes.
struct TreeView<'a> {
    streams: &'a sled::Tree,
    commands: &'a sled::Tree,
    head: u64,
}

impl LogView for TreeView<'_> {
    type Error = sled::Error;

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
        read_version(self.streams, stream).map_err(|error| match error {
            ReadError::Sled(error) => PlanError::Backend(error),
            ReadError::Store(error) => PlanError::Store(error),
        })
    }

    fn head_position(&self) -> Result<u64, PlanError<Self::Error>> {
        Ok(self.head)
    }
}

enum ReadError {
    Sled(sled::Error),
    Store(StoreError),
}

/// The version of `stream`: where the last run of its versions in the stream index ends.
fn read_version(streams: &sled::Tree, stream: &StreamId) -> Result<u64, ReadError> {
    match last_run_to(streams, stream, u64::MAX).map_err(ReadError::Sled)? {
        Some((_, first, positions)) => run_end(stream, first, &positions).map_err(ReadError::Store),
        None => Ok(0),
    }
}

/// The last entry of `stream` in the stream index whose run starts at `version` or before:
/// its key, the run's first version and its positions.
fn last_run_to(
    streams: &sled::Tree,
    stream: &StreamId,
    version: u64,
) -> sled::Result<Option<(sled::IVec, u64, sled::IVec)>> {
    Ok(streams
        .get_lt(stream_key(stream, version.saturating_add(1)))?
        .and_then(|(key, positions)| {
            let first = run_start(&key, stream)?;
            Some((key, first, positions))
        }))
}

/// The last version of the run of `stream` that starts at `first` and holds `positions`.
fn run_end(stream: &StreamId, first: u64, positions: &[u8]) -> Result<u64, StoreError> {
    if positions.is_empty() || !positions.len().is_multiple_of(8) {
        return Err(StoreError::Corrupt {
            position: 0,
            reason: format!(
                "the stream index entry of {stream} at version {first} holds {} bytes, not a multiple of 8",
                positions.len()
            ),
        });
    }
    Ok(first + (positions.len() / 8) as u64 - 1)
}

/// Finishes what a crash left of the last append and returns the log's head.
///
/// sled recovers a prefix of the inserts, and an append inserts its record before what indexes
/// it, under a lock that the next append waits for. So after a crash every append but the last
/// is indexed, and the last may not be: unless its command's outcome (its last insert) is
/// there, it is indexed again from its record, which carries everything the indexes hold
/// (inserting an entry that is there already changes nothing).
///
/// Logs written by earlier versions ([`recover_version_2`]) say instead how far their indexes
/// reach, and may end in an append whose last events are missing.
fn recover(
    events: &sled::Tree,
    streams: &sled::Tree,
    commands: &sled::Tree,
    meta: &sled::Tree,
) -> Result<u64, StoreError> {
    if let Some(next) = meta.get(NEXT_POSITION).map_err(sled_error)? {
        let head = recover_version_2(events, streams, commands, next_to_head(&next)?)?;
        // Every append is indexed now, so the log meets the invariant above from here on.
        meta.remove(NEXT_POSITION).map_err(sled_error)?;
        return Ok(head);
    }
    let Some((key, value)) = events.last().map_err(sled_error)? else {
        return Ok(0);
    };
    let first = decode_u64(&key).ok_or_else(|| corrupt_index("a log key".into()))?;
    let corrupt = |reason| StoreError::Corrupt {
        position: first,
        reason,
    };
    match record::decode_entry(&value).map_err(corrupt)? {
        Entry::Append(record) => {
            // Its command's outcome is its last insert: once that is in, so is the rest.
            let command = Ulid(record.command()).to_bytes();
            if !commands.contains_key(command).map_err(sled_error)? {
                index_append(streams, commands, first, &record)?;
            }
            Ok(first + record.len() as u64 - 1)
        }
        // A log of version 2 whose recovery finished: it is indexed throughout.
        Entry::Event(_) => Ok(first),
    }
}

/// Indexes the append record stored under `first`, as `SledStore::write` does.
fn index_append(
    streams: &sled::Tree,
    commands: &sled::Tree,
    first: u64,
    record: &record::AppendRecord<'_>,
) -> Result<(), StoreError> {
    let appended = (0..record.len())
        .map(|index| checked_event(record, first, index))
        .collect::<Result<Vec<_>, _>>()?;
    for (key, positions) in stream_runs(&appended) {
        streams.insert(key, positions).map_err(sled_error)?;
    }
    commands
        .insert(
            Ulid(record.command()).to_bytes(),
            encode_outcome(&outcome_of(&appended))?,
        )
        .map_err(sled_error)?;
    Ok(())
}

/// Recovery of a log whose indexes reach `indexed`, as earlier versions of the store wrote it:
/// a record for each event, each saying where its append ends. After a crash the log may end in
/// an append whose last events are missing; that part is removed (it was never acknowledged:
/// that happens only after a sync that covers the whole append). What the indexes miss after
/// `indexed` is indexed again from the log.
fn recover_version_2(
    events: &sled::Tree,
    streams: &sled::Tree,
    commands: &sled::Tree,
    indexed: u64,
) -> Result<u64, StoreError> {
    let mut log_head = last_position(events)?;
    if log_head > indexed {
        let (event, mark) = marked_event_at(events, log_head, MISSING_FROM_LOG)?;
        if let Some(cut) = mark.filter(|mark| mark.following > 0) {
            let cut_last = cut.last_of_append(event.position);
            let mut position = log_head;
            while position > indexed {
                match marked_event_at(events, position, MISSING_FROM_LOG)? {
                    (_, Some(mark)) if mark.last_of_append(position) == cut_last => {
                        events.remove(position.to_be_bytes()).map_err(sled_error)?;
                        position -= 1;
                    }
                    _ => break,
                }
            }
            tracing::warn!(
                removed_from = position + 1,
                removed_to = log_head,
                "removed the part of an append that a crash interrupted"
            );
            log_head = position;
        }
    }
    if indexed > log_head {
        return Err(StoreError::Corrupt {
            position: log_head + 1,
            reason: format!("the indexes reach position {indexed}, but the log ends at {log_head}"),
        });
    }
    if log_head > indexed {
        reindex(events, streams, commands, indexed + 1)?;
        tracing::info!(
            from = indexed + 1,
            to = log_head,
            "indexed events that a crash left unindexed"
        );
    }
    Ok(log_head)
}

/// Indexes every event from `from` (the first position of an append) on, in a log of version 2.
fn reindex(
    events: &sled::Tree,
    streams: &sled::Tree,
    commands: &sled::Tree,
    from: u64,
) -> Result<(), StoreError> {
    // Of an append written one record per event, the events read so far.
    let mut appended: Vec<RecordedEvent> = Vec::new();
    for entry in events.range(from.to_be_bytes()..) {
        let (key, value) = entry.map_err(sled_error)?;
        let position = decode_u64(&key).ok_or_else(|| corrupt_index("a log key".into()))?;
        let corrupt = |reason| StoreError::Corrupt { position, reason };
        let (event, mark) = match record::decode_entry(&value).map_err(corrupt)? {
            Entry::Event(bytes) => one_event_record(position, bytes)?,
            Entry::Append(record) => {
                index_append(streams, commands, position, &record)?;
                continue;
            }
        };
        streams
            .insert(
                stream_key(&event.stream, event.stream_version),
                &position.to_be_bytes(),
            )
            .map_err(sled_error)?;
        appended.push(event);
        let Some(mark) = mark.filter(|mark| mark.following == 0) else {
            continue;
        };
        if let Some(command) = mark.command {
            commands
                .insert(
                    Ulid(command).to_bytes(),
                    encode_outcome(&outcome_of(&appended))?,
                )
                .map_err(sled_error)?;
        }
        appended.clear();
    }
    Ok(())
}

/// What an append of `appended` (at least one event) returned.
fn outcome_of(appended: &[RecordedEvent]) -> AppendOutcome {
    let mut stream_versions: Vec<(StreamId, u64)> = Vec::new();
    for event in appended {
        match stream_versions
            .iter_mut()
            .find(|(stream, _)| *stream == event.stream)
        {
            Some((_, version)) => *version = event.stream_version,
            None => stream_versions.push((event.stream.clone(), event.stream_version)),
        }
    }
    AppendOutcome {
        last_position: appended.last().map_or(0, |event| event.position),
        first_position: appended.first().map(|event| event.position),
        stream_versions,
        duplicate: false,
    }
}

fn encode_outcome(outcome: &AppendOutcome) -> Result<Vec<u8>, StoreError> {
    serde_json::to_vec(outcome)
        .map_err(|error| StoreError::Io(format!("encoding the outcome failed: {error}")))
}

/// The stream index entries of an append of `events`: for each stream it writes to, in the
/// order it first does, the key of its first version there and the positions of its versions
/// in order (8 bytes each). An append gives a stream consecutive versions.
fn stream_runs(events: &[RecordedEvent]) -> Vec<(Vec<u8>, Vec<u8>)> {
    let mut runs: Vec<(&StreamId, Vec<u8>, Vec<u8>)> = Vec::new();
    for event in events {
        match runs
            .iter_mut()
            .find(|(stream, ..)| **stream == event.stream)
        {
            Some((_, _, positions)) => positions.extend_from_slice(&event.position.to_be_bytes()),
            None => runs.push((
                &event.stream,
                stream_key(&event.stream, event.stream_version),
                event.position.to_be_bytes().to_vec(),
            )),
        }
    }
    runs.into_iter()
        .map(|(_, key, positions)| (key, positions))
        .collect()
}

/// The first version of the run that the stream index holds under `key`, if `key` is one of
/// `stream`'s.
fn run_start(key: &[u8], stream: &StreamId) -> Option<u64> {
    let id = stream.as_str().as_bytes();
    let rest = key.strip_prefix(id)?.strip_prefix(&[0])?;
    decode_u64(rest)
}

/// The position of the last event in the log.
fn last_position(events: &sled::Tree) -> Result<u64, StoreError> {
    let Some((key, value)) = events.last().map_err(sled_error)? else {
        return Ok(0);
    };
    let first = decode_u64(&key).ok_or_else(|| corrupt_index("a log key".into()))?;
    match record::decode_entry(&value).map_err(|reason| StoreError::Corrupt {
        position: first,
        reason,
    })? {
        Entry::Event(..) => Ok(first),
        Entry::Append(record) => Ok(first + record.len() as u64 - 1),
    }
}

/// The key and record of the log entry that holds `position`, if the log has one: the entry at
/// the greatest key not above it.
fn entry_holding(
    events: &sled::Tree,
    position: u64,
) -> Result<Option<(u64, sled::IVec)>, StoreError> {
    let Some((key, bytes)) = events
        .get_lt(position.saturating_add(1).to_be_bytes())
        .map_err(sled_error)?
    else {
        return Ok(None);
    };
    let first = decode_u64(&key).ok_or_else(|| corrupt_index("a log key".into()))?;
    Ok(Some((first, bytes)))
}

/// The event at `position` of the entry stored under key `first` as `bytes`, if it holds it.
fn event_in_entry(
    first: u64,
    bytes: &[u8],
    position: u64,
) -> Result<Option<RecordedEvent>, StoreError> {
    if position < first {
        return Ok(None);
    }
    let corrupt = |reason| StoreError::Corrupt {
        position: first,
        reason,
    };
    match record::decode_entry(bytes).map_err(corrupt)? {
        Entry::Event(bytes) if position == first => Ok(Some(one_event_record(first, bytes)?.0)),
        Entry::Event(..) => Ok(None),
        Entry::Append(record) => match usize::try_from(position - first) {
            Ok(index) if index < record.len() => checked_event(&record, first, index).map(Some),
            _ => Ok(None),
        },
    }
}

/// Pushes onto `out`, until it holds `limit`, the events from position `next` on of the entry
/// stored under key `first` as `bytes`; the log must not skip `next`.
fn push_entry_events(
    first: u64,
    bytes: &[u8],
    next: u64,
    limit: usize,
    out: &mut Vec<RecordedEvent>,
) -> Result<(), StoreError> {
    if first > next {
        return Err(StoreError::Corrupt {
            position: next,
            reason: format!("{MISSING_FROM_LOG}, which goes on at position {first}"),
        });
    }
    let corrupt = |reason| StoreError::Corrupt {
        position: first,
        reason,
    };
    match record::decode_entry(bytes).map_err(corrupt)? {
        Entry::Event(bytes) if first == next => out.push(one_event_record(first, bytes)?.0),
        Entry::Event(..) => {}
        Entry::Append(record) => {
            let skipped = usize::try_from(next - first).unwrap_or(usize::MAX);
            for index in skipped..record.len() {
                if out.len() >= limit {
                    break;
                }
                out.push(checked_event(&record, first, index)?);
            }
        }
    }
    Ok(())
}

/// The event of a record of one event (version 2 or before) stored under `position`, which must
/// say it is at that position, and its mark.
fn one_event_record(
    position: u64,
    bytes: &[u8],
) -> Result<(RecordedEvent, Option<AppendMark>), StoreError> {
    let (event, mark) =
        record::decode_marked(bytes).map_err(|reason| StoreError::Corrupt { position, reason })?;
    if event.position != position {
        return Err(misplaced(position, &event));
    }
    Ok((event, mark))
}

/// The event at `index` of the append record stored under key `first`, which must say it is
/// at the position that follows from that.
fn checked_event(
    record: &record::AppendRecord<'_>,
    first: u64,
    index: usize,
) -> Result<RecordedEvent, StoreError> {
    let position = first + index as u64;
    let event = record
        .event(index)
        .map_err(|reason| StoreError::Corrupt { position, reason })?;
    if event.position != position {
        return Err(misplaced(position, &event));
    }
    Ok(event)
}

fn misplaced(position: u64, event: &RecordedEvent) -> StoreError {
    StoreError::Corrupt {
        position,
        reason: format!("the record says it is at position {}", event.position),
    }
}

fn not_in_the_log(position: u64) -> StoreError {
    StoreError::Corrupt {
        position,
        reason: "indexed, but not in the log".into(),
    }
}

/// The event at `position`, stored in a record of its own, and its mark; `missing` says what
/// it means that there is none. Only recovery reads this way, to look for the rest of an append
/// written one record per event.
fn marked_event_at(
    events: &sled::Tree,
    position: u64,
    missing: &str,
) -> Result<(RecordedEvent, Option<AppendMark>), StoreError> {
    let Some((first, bytes)) = entry_holding(events, position)? else {
        return Err(StoreError::Corrupt {
            position,
            reason: missing.into(),
        });
    };
    let corrupt = |reason| StoreError::Corrupt { position, reason };
    match record::decode_entry(&bytes).map_err(corrupt)? {
        Entry::Event(bytes) if first == position => one_event_record(first, bytes),
        Entry::Event(..) => Err(StoreError::Corrupt {
            position,
            reason: missing.into(),
        }),
        // A record of a whole append is complete by itself.
        Entry::Append(_) => Ok((
            event_in_entry(first, &bytes, position)?.ok_or_else(|| StoreError::Corrupt {
                position,
                reason: missing.into(),
            })?,
            None,
        )),
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ExpectedVersion;
    use crate::conformance::event;

    /// An append of `events` that expects stream `b` to be new.
    fn request(events: Vec<crate::NewEvent>) -> AppendRequest {
        crate::conformance::request(&[("b", ExpectedVersion::Exact(0))], events)
    }

    /// The inserts an append of three events to two streams makes: its record, two stream
    /// index entries and its command.
    const INSERTS: usize = 4;
    /// The same as earlier versions of the store wrote it (but for the streams' heads, which it
    /// wrote in a tree of their own): three events, three stream index entries, its command
    /// and the next position.
    const INSERTS_VERSION_2: usize = 8;

    /// Every read of `store` from every position and version, to compare with another store.
    fn every_read(store: &dyn EventStore, streams: &[&str]) -> Vec<Vec<RecordedEvent>> {
        let head = store.head_position().expect("head");
        let mut reads = Vec::new();
        for from in 0..=head + 1 {
            for limit in 0..=head as usize + 1 {
                reads.push(store.read_all(from, limit).expect("read_all"));
            }
        }
        for stream in streams {
            let stream = StreamId::new(*stream);
            let version = store.stream_version(&stream).expect("version");
            for from in 0..=version + 1 {
                reads.push(store.read_stream(&stream, from).expect("read_stream"));
            }
        }
        let backwards: Vec<u64> = (1..=head).rev().collect();
        reads.push(store.read_positions(&backwards).expect("read_positions"));
        let every_other: Vec<u64> = (1..=head).step_by(2).chain([2, 2, 1]).collect();
        reads.push(store.read_positions(&every_other).expect("read_positions"));
        reads
    }

    /// Runs `edit` on the closed database at `path`, opened with sled alone.
    fn with_raw_sled(path: &Path, edit: impl FnOnce(&sled::Db)) {
        {
            let db = sled::Config::new()
                .path(path)
                .use_compression(true)
                .open()
                .expect("raw sled");
            edit(&db);
            db.flush().expect("flush");
        }
        // Unlike SledStore's drop, a raw sled Db releases its lock a moment after it is dropped.
        drop(WaitForUnlock {
            lock_file: path.join("db"),
        });
    }

    #[test]
    fn a_log_written_one_record_per_event_reads_on_with_appends_of_today() {
        let streams = ["a", "b", "c"];
        let earlier = [
            request(vec![event("a", 1), event("b", 1), event("a", 2)]),
            crate::conformance::request(&[], vec![event("c", 1)]),
        ];
        let today = [
            crate::conformance::request(
                &[("a", ExpectedVersion::Exact(2))],
                vec![event("a", 3), event("c", 2), event("a", 4)],
            ),
            crate::conformance::request(&[], vec![event("b", 2)]),
            crate::conformance::request(&[], vec![]),
        ];
        let oracle = crate::MemoryStore::new();
        for request in earlier.iter().chain(&today) {
            oracle.append(request.clone()).expect("the oracle appends");
        }
        let dir = tempfile::TempDir::new().expect("tempdir");
        {
            let store = SledStore::open(dir.path(), SledOptions::default()).expect("open");
            store.writes_version_2.store(true, Ordering::SeqCst);
            for request in &earlier {
                store
                    .append(request.clone())
                    .expect("append in the older format");
            }
        }
        // Earlier stores also kept the streams' versions in a tree of their own.
        with_raw_sled(dir.path(), |db| {
            let heads = db.open_tree("heads").expect("heads");
            heads.insert("a", &99u64.to_be_bytes()).expect("insert");
        });
        {
            let store = SledStore::open(dir.path(), SledOptions::default()).expect("reopen");
            for request in &today {
                store.append(request.clone()).expect("append as today");
            }
            assert_eq!(every_read(&store, &streams), every_read(&oracle, &streams));
        }
        with_raw_sled(dir.path(), |db| {
            assert!(
                !db.tree_names().iter().any(|name| &name[..] == b"heads"),
                "the tree of heads is gone"
            );
        });
        let store = SledStore::open(dir.path(), SledOptions::default()).expect("reopen");
        assert_eq!(every_read(&store, &streams), every_read(&oracle, &streams));
        for request in earlier.iter().chain(&today) {
            let again = store.append(request.clone()).expect("a retry");
            let first = oracle.append(request.clone()).expect("a retry");
            assert!(again.duplicate, "{again:?}");
            assert_eq!(again, first);
        }
    }

    #[test]
    fn an_append_that_panicked_stops_the_store_until_it_is_reopened() {
        let dir = tempfile::TempDir::new().expect("tempdir");
        {
            let store = SledStore::open(dir.path(), SledOptions::default()).expect("open");
            let panicked = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
                let _writer = store.writer.lock();
                panic!("an insert blew up");
            }));
            assert!(panicked.is_err());
            let error = store
                .append(request(vec![event("a", 0)]))
                .expect_err("refused");
            assert!(error.to_string().contains("panicked"), "{error}");
            assert!(store.append(request(vec![event("a", 0)])).is_err());
        }
        let store = SledStore::open(dir.path(), SledOptions::default()).expect("reopen");
        store
            .append(request(vec![event("a", 0)]))
            .expect("a reopened store appends");
    }

    #[test]
    fn an_append_cut_short_anywhere_is_whole_or_absent_after_reopening() {
        // Its record is its first insert: once that is in, the whole append is.
        cut_short_anywhere(false, INSERTS, 1);
    }

    #[test]
    fn an_append_of_version_2_cut_short_anywhere_is_whole_or_absent_after_reopening() {
        // A store of today opens a log that a crash cut short while it was written as until
        // The per-event format, one record per event: the append is whole once its three events are in.
        cut_short_anywhere(true, INSERTS_VERSION_2, 3);
    }

    /// Cuts an append of three events to two streams short after each number of `inserts`
    /// in turn, and checks that a reopened store holds it whole once `whole_after` of them
    /// were made, and not at all before.
    fn cut_short_anywhere(version_2: bool, inserts: usize, whole_after: usize) {
        let cut = request(vec![event("a", 0), event("b", 0), event("a", 0)]);
        for allowed in 0..=inserts {
            let dir = tempfile::TempDir::new().expect("tempdir");
            {
                let store = SledStore::open(dir.path(), SledOptions::default()).expect("open");
                store.writes_version_2.store(version_2, Ordering::SeqCst);
                store
                    .append(request(vec![event("a", 0)]))
                    .expect("the first append");
                store.inserts_before_fault.store(allowed, Ordering::SeqCst);
                let result = store.append(cut.clone());
                if allowed < inserts {
                    assert!(result.is_err(), "cut after {allowed} inserts: {result:?}");
                    assert_eq!(
                        store.head_position().expect("head"),
                        1,
                        "nothing of it shows"
                    );
                    store
                        .inserts_before_fault
                        .store(usize::MAX, Ordering::SeqCst);
                    let refused = store.append(request(vec![event("c", 0)]));
                    assert!(
                        refused.is_err(),
                        "a store cut short refuses further appends"
                    );
                }
            }
            let store = SledStore::open(dir.path(), SledOptions::default()).expect("reopen");
            let all = store.read_all(1, 100).expect("read all");
            let a = store.read_stream(&StreamId::new("a"), 1).expect("read a");
            let b_version = store.stream_version(&StreamId::new("b")).expect("b");
            let again = store.append(cut.clone()).expect("the same command again");
            if allowed >= whole_after {
                // Every event reached the log: the append is there, indexed, and known.
                assert_eq!(all.len(), 4, "cut after {allowed} inserts");
                assert_eq!(a.len(), 3);
                assert_eq!(b_version, 1);
                assert!(again.duplicate, "cut after {allowed}: {again:?}");
                assert_eq!((again.first_position, again.last_position), (Some(2), 4));
                assert_eq!(
                    again.stream_versions,
                    vec![(StreamId::new("a"), 3), (StreamId::new("b"), 1)]
                );
            } else {
                // Part of its events at most: none of them survive, and it can be sent again.
                assert_eq!(all.len(), 1, "cut after {allowed} inserts");
                assert_eq!(a.len(), 1);
                assert_eq!(b_version, 0);
                assert!(!again.duplicate, "cut after {allowed}: {again:?}");
                assert_eq!(store.read_all(1, 100).expect("read all").len(), 4);
            }
        }
    }
}
