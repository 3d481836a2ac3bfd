//! The durable [`EventStore`] on sled 0.34, which fdatasyncs (group-committed) before every acknowledgement.
//!
//! An append is a run of plain sled inserts under a writer lock, then a shared flush and
//! fdatasync. It uses no sled transaction: sled writes a transaction's batch manifest in an IO
//! buffer of its own and syncs each buffer on its own, so a transaction cost
//! two device writes before the group's flush even began. Atomicity comes from the log instead:
//! sled recovers a prefix of what was inserted, every event record says where its append ends
//! ([`record::AppendMark`]), and the indexes are written after the events they index. On open,
//! an append that reached the log only in part is removed, and complete appends the indexes do
//! not cover yet are indexed again from the log ([`recover`]).
//!
//! Layout (all integers big-endian, so that byte order is numeric order):
//!
//! | tree       | key                         | value                                    |
//! |------------|-----------------------------|------------------------------------------|
//! | `events`   | position (u64)              | the event's record (see `record.rs`)     |
//! | `streams`  | stream id, `0x00`, version  | position (u64)                           |
//! | `heads`    | stream id                   | version (u64)                            |
//! | `commands` | command id (16 bytes)       | JSON [`AppendOutcome`] of the first append |
//! | `meta`     | `next_position`             | one past the last indexed position (u64) |
//!
//! Databases written before record version 2 wrote each append in one transaction; they have
//! the same layout and need no recovery.
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
use crate::record::{self, AppendMark};
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
    heads: sled::Tree,
    commands: sled::Tree,
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
        let (events, streams, heads, commands, meta) = (
            tree("events")?,
            tree("streams")?,
            tree("heads")?,
            tree("commands")?,
            tree("meta")?,
        );

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

        let head = recover(&events, &streams, &heads, &commands, &meta)?;
        Ok(Self {
            path: path.to_path_buf(),
            db,
            events,
            streams,
            heads,
            commands,
            meta,
            writer: Mutex::new(()),
            visible: AtomicU64::new(head),
            #[cfg(test)]
            inserts_before_fault: std::sync::atomic::AtomicUsize::new(usize::MAX),
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
            heads: &self.heads,
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
        let records = write
            .events
            .iter()
            .map(|event| {
                let mark = AppendMark {
                    following: last - event.position,
                    command: (event.position == last).then_some(request.command_id.0),
                };
                record::encode(event, mark).map_err(|error| {
                    StoreError::Io(format!("encoding event {} failed: {error}", event.id))
                })
            })
            .collect::<Result<Vec<_>, _>>()?;
        let outcome = serde_json::to_vec(&write.outcome)
            .map_err(|error| StoreError::Io(format!("encoding the outcome failed: {error}")))?;

        if let Err(error) = self.write(&write, records, request.command_id, outcome) {
            // Part of the append may be in sled now. Reopening removes it (see `recover`); until
            // then no further append may build on it.
            let error = format!("writing an append failed part way: {error}");
            self.group.fail(error.clone());
            return Err(StoreError::Io(error));
        }
        self.visible.store(last, Ordering::Release);
        Ok(Committed::Written(write.outcome))
    }

    /// The inserts of one append, events first, then what indexes them: a crash can cut this
    /// short anywhere, and [`recover`] finishes or removes what it left.
    fn write(
        &self,
        write: &Write,
        records: Vec<Vec<u8>>,
        command: Ulid,
        outcome: Vec<u8>,
    ) -> sled::Result<()> {
        for (event, record) in write.events.iter().zip(records) {
            self.insert(&self.events, &event.position.to_be_bytes(), record)?;
        }
        for event in &write.events {
            self.insert(
                &self.streams,
                &stream_key(&event.stream, event.stream_version),
                &event.position.to_be_bytes(),
            )?;
        }
        for (stream, version) in &write.heads {
            self.insert(
                &self.heads,
                stream.as_str().as_bytes(),
                &version.to_be_bytes(),
            )?;
        }
        self.insert(&self.commands, &command.to_bytes(), outcome)?;
        if !write.events.is_empty() {
            self.insert(
                &self.meta,
                NEXT_POSITION,
                &(write.new_head() + 1).to_be_bytes(),
            )?;
        }
        Ok(())
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

    fn event_at(&self, position: u64) -> Result<RecordedEvent, StoreError> {
        marked_event_at(&self.events, position, "indexed, but not in the log")
            .map(|(event, _)| event)
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
        // A stream's head is written after its index entries and only grows, so a head below
        // `from_version` means nothing to read. Callers that keep a stream folded (`App`) ask
        // for what follows it on every command, mostly to hear that nothing does, and one
        // lookup of the head is several times cheaper than opening a range on the index.
        if from_version > 1 && self.stream_version(stream)? < from_version {
            return Ok(Vec::new());
        }
        let start = stream_key(stream, from_version.max(1));
        let end = stream_key(stream, u64::MAX);
        let visible = self.visible.load(Ordering::Acquire);
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
            if position > visible {
                // An append being written right now: a stream's positions only grow.
                break;
            }
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

    fn read_positions(&self, positions: &[u64]) -> Result<Vec<RecordedEvent>, StoreError> {
        let visible = self.visible.load(Ordering::Acquire);
        positions
            .iter()
            .map(|&position| match position {
                1.. if position <= visible => self.event_at(position),
                _ => Err(crate::beyond_the_log(position, visible)),
            })
            .collect()
    }

    fn read_all(&self, from_position: u64, limit: usize) -> Result<Vec<RecordedEvent>, StoreError> {
        let first = from_position.max(1);
        let visible = self.visible.load(Ordering::Acquire);
        if first > visible {
            return Ok(Vec::new());
        }
        let within = usize::try_from(visible - first + 1).unwrap_or(usize::MAX);
        let mut events = Vec::with_capacity(limit.min(within).min(PAGE_RESERVED_AT_MOST));
        for entry in self
            .events
            .range(first.to_be_bytes()..=visible.to_be_bytes())
            .take(limit)
        {
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
        read_version(&self.heads, stream).map_err(|error| match error {
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
    heads: &'a sled::Tree,
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
        read_version(self.heads, stream).map_err(|error| match error {
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

fn read_version(heads: &sled::Tree, stream: &StreamId) -> Result<u64, ReadError> {
    match heads
        .get(stream.as_str().as_bytes())
        .map_err(ReadError::Sled)?
    {
        Some(bytes) => decode_u64(&bytes)
            .ok_or_else(|| ReadError::Store(corrupt_index(format!("the head of stream {stream}")))),
        None => Ok(0),
    }
}

/// Finishes what a crash left of the last appends and returns the log's head.
///
/// sled recovers a prefix of the inserts, and an append inserts its events before what indexes
/// them, so after a crash the log may end in an append whose last events are missing, and the
/// indexes may lag behind the log. The first is removed (it was never acknowledged: that
/// happens only after a sync that covers the whole append); the second is indexed again from
/// the log, whose records carry everything the indexes hold.
fn recover(
    events: &sled::Tree,
    streams: &sled::Tree,
    heads: &sled::Tree,
    commands: &sled::Tree,
    meta: &sled::Tree,
) -> Result<u64, StoreError> {
    let indexed = read_head(meta)?;
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
        reindex(events, streams, heads, commands, indexed + 1)?;
        meta.insert(NEXT_POSITION, &(log_head + 1).to_be_bytes())
            .map_err(sled_error)?;
        tracing::info!(
            from = indexed + 1,
            to = log_head,
            "indexed events that a crash left unindexed"
        );
    }
    Ok(log_head)
}

/// Indexes every event from `from` on, as `SledStore::write` would have.
fn reindex(
    events: &sled::Tree,
    streams: &sled::Tree,
    heads: &sled::Tree,
    commands: &sled::Tree,
    from: u64,
) -> Result<(), StoreError> {
    let mut first_of_append = None;
    let mut versions: Vec<(StreamId, u64)> = Vec::new();
    for entry in events.range(from.to_be_bytes()..) {
        let (key, value) = entry.map_err(sled_error)?;
        let position = decode_u64(&key).ok_or_else(|| corrupt_index("a log key".into()))?;
        let (event, mark) = decode_marked_event(position, &value)?;
        streams
            .insert(
                stream_key(&event.stream, event.stream_version),
                &position.to_be_bytes(),
            )
            .map_err(sled_error)?;
        heads
            .insert(
                event.stream.as_str().as_bytes(),
                &event.stream_version.to_be_bytes(),
            )
            .map_err(sled_error)?;
        let first = *first_of_append.get_or_insert(position);
        match versions
            .iter_mut()
            .find(|(stream, _)| *stream == event.stream)
        {
            Some((_, version)) => *version = event.stream_version,
            None => versions.push((event.stream.clone(), event.stream_version)),
        }
        let Some(mark) = mark.filter(|mark| mark.following == 0) else {
            continue;
        };
        if let Some(command) = mark.command {
            let outcome = AppendOutcome {
                last_position: position,
                first_position: Some(first),
                stream_versions: std::mem::take(&mut versions),
                duplicate: false,
            };
            let outcome = serde_json::to_vec(&outcome)
                .map_err(|error| StoreError::Io(format!("encoding the outcome failed: {error}")))?;
            commands
                .insert(Ulid(command).to_bytes(), outcome)
                .map_err(sled_error)?;
        }
        first_of_append = None;
        versions.clear();
    }
    Ok(())
}

fn last_position(events: &sled::Tree) -> Result<u64, StoreError> {
    match events.last().map_err(sled_error)? {
        Some((key, _)) => decode_u64(&key).ok_or_else(|| corrupt_index("a log key".into())),
        None => Ok(0),
    }
}

/// The event at `position` and its mark; `missing` says what it means that there is none.
fn marked_event_at(
    events: &sled::Tree,
    position: u64,
    missing: &str,
) -> Result<(RecordedEvent, Option<AppendMark>), StoreError> {
    let bytes = events
        .get(position.to_be_bytes())
        .map_err(sled_error)?
        .ok_or_else(|| StoreError::Corrupt {
            position,
            reason: missing.into(),
        })?;
    decode_marked_event(position, &bytes)
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
    decode_marked_event(position, bytes).map(|(event, _)| event)
}

/// The event stored under `position` as `bytes`, which must say it is at that position.
fn decode_marked_event(
    position: u64,
    bytes: &[u8],
) -> Result<(RecordedEvent, Option<AppendMark>), StoreError> {
    let (event, mark) =
        record::decode_marked(bytes).map_err(|reason| StoreError::Corrupt { position, reason })?;
    if event.position != position {
        return Err(StoreError::Corrupt {
            position,
            reason: format!("the record says it is at position {}", event.position),
        });
    }
    Ok((event, mark))
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

    /// The inserts an append of three events to two streams makes: three events, three stream
    /// index entries, two heads, its command and the next position.
    const INSERTS: usize = 10;

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
        let cut = request(vec![event("a", 0), event("b", 0), event("a", 0)]);
        for allowed in 0..=INSERTS {
            let dir = tempfile::TempDir::new().expect("tempdir");
            {
                let store = SledStore::open(dir.path(), SledOptions::default()).expect("open");
                store
                    .append(request(vec![event("a", 0)]))
                    .expect("the first append");
                store.inserts_before_fault.store(allowed, Ordering::SeqCst);
                let result = store.append(cut.clone());
                if allowed < INSERTS {
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
            if allowed >= 3 {
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
