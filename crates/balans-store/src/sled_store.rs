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
//!
//! An append writes one `streams` entry for each stream it writes to: the positions of the
//! stream's versions in it, from the version in the key on. A stream's version is where its
//! last run ends.
//!
//! Databases that development versions wrote (a record per event, a tree of stream heads, a
//! `meta` tree saying how far the indexes reach) are refused at open, unchanged
//! ([`StoreError::OldFormat`]), told from the trees' names and the first record without
//! reading the log; `balans copy` reads them with [`crate::legacy::LegacyLog`] into a new
//! database.
//!
//! sled compresses what it writes with zstd (see [`SledOptions::compression`]).
//!
//! See `DURABILITY.md` beside this crate's `Cargo.toml` for why sled's own flush is not enough.

use std::fs::{File, TryLockError};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex, MutexGuard, PoisonError, RwLock};
use std::time::{Duration, Instant};

use tokio::sync::watch;
use ulid::Ulid;

use crate::group_commit::{Failure, GroupCommit};
use crate::memory::advance;
use crate::record;
use crate::rules::{self, LogView, Plan, PlanError, Write};
use crate::{AppendOutcome, AppendRequest, EventStore, RecordedEvent, StoreError, StreamId};

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
    /// The size of sled's log segments (a power of two); `None`, sled's 512 KiB. A database
    /// keeps the size it was created with. The log grows a segment at a time and is written
    /// 16 segments ahead with zeros (vendor/README.md), so a small database (the access log)
    /// takes small segments, or it would take 8 MiB of disk for a few kilobytes.
    pub segment_size: Option<usize>,
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
            segment_size: None,
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

/// The least room on the disk, in bytes, before a store that stopped for a full disk opens its
/// database again: what sled needs when its log next grows (it writes zeros 16 segments of
/// 512 KiB ahead), and a little for the snapshot of its page table that opening writes. sled
/// itself frees a segment now and then; that alone does not make the store try again.
const ROOM_TO_REOPEN: u64 = 9 * 1024 * 1024;

/// How often at most a store that stopped for a full disk tries to open its database again:
/// each try closes and opens it, which reads the log written since sled's last snapshot.
const REOPEN_AT_MOST_EVERY: Duration = Duration::from_millis(500);

/// The event store on an embedded sled database. Only one may have a given path open.
///
/// A failed write (a full disk, an IO error) stops the open database from acknowledging
/// anything more (see [`GroupCommit`]); reads go on. Once the disk has room again, the next
/// append or [`EventStore::writable`] closes it and opens it again in this process: sled 0.34
/// keeps its first IO error for good, and only an open reads back what the disk really holds.
pub struct SledStore {
    path: PathBuf,
    options: SledOptions,
    /// The database as now open. `None` only while it is being opened again, or after an open
    /// again failed (then the next use tries once more).
    open: RwLock<Option<Arc<OpenDb>>>,
    /// Serialises appends and reopening. Held only while an append is decided and inserted,
    /// never while syncing, so that the next appends can be written during a sync and join the
    /// following group.
    writer: Mutex<()>,
    /// The position of the last event of the last append whose inserts all finished: readers
    /// see no further, so that they never see part of an append. Only the holder of `writer`
    /// changes it, so under that lock it is the log's head.
    visible: AtomicU64,
    /// The last position of an append acknowledged as durable: after a failed write, readers
    /// see no further than this until the database is opened again.
    acknowledged: AtomicU64,
    /// When the next try to open the database again may start.
    next_reopen: Mutex<Instant>,
    head: watch::Sender<u64>,
}

/// One open of the sled database: its trees, and the group commit of the appends written to it.
struct OpenDb {
    path: PathBuf,
    events: sled::Tree,
    streams: sled::Tree,
    commands: sled::Tree,
    group: GroupCommit,
    /// Declared last so that it is dropped last, after every sled handle above.
    db: HeldDb,
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
    /// has the same path open, and with [`StoreError::OldFormat`], changing nothing, if the
    /// database holds a format of development versions.
    pub fn open(path: &Path, options: SledOptions) -> Result<Self, StoreError> {
        let (open, head) = OpenDb::open(path, &options)?;
        Ok(Self {
            path: path.to_path_buf(),
            options,
            open: RwLock::new(Some(Arc::new(open))),
            writer: Mutex::new(()),
            visible: AtomicU64::new(head),
            acknowledged: AtomicU64::new(head),
            next_reopen: Mutex::new(Instant::now()),
            head: watch::Sender::new(head),
        })
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Flush-and-fdatasync rounds completed since the database was (last) opened.
    pub fn sync_count(&self) -> u64 {
        self.sync_stats().syncs
    }

    /// Group commit's counters since the database was (last) opened.
    pub fn sync_stats(&self) -> SyncStats {
        match self.current() {
            Ok(open) => SyncStats {
                committed: open.group.committed(),
                durable: open.group.durable(),
                syncs: open.group.syncs(),
            },
            Err(_) => SyncStats {
                committed: 0,
                durable: 0,
                syncs: 0,
            },
        }
    }

    /// The database as now open; if a reopen left none, one more try.
    fn current(&self) -> Result<Arc<OpenDb>, StoreError> {
        if let Some(open) = &*self.open.read().unwrap_or_else(PoisonError::into_inner) {
            return Ok(Arc::clone(open));
        }
        let writer = self.writer.lock().unwrap_or_else(PoisonError::into_inner);
        self.recover_writing(&writer)?;
        self.open
            .read()
            .unwrap_or_else(PoisonError::into_inner)
            .clone()
            .ok_or_else(|| StoreError::Io("the database is not open".into()))
    }

    /// For the holder of `writer`: if the open database stopped after a failed write (or none
    /// is open), closes it and opens it again, unless the disk is still full or a try was made
    /// a moment ago. `Err` while the store still cannot write.
    fn recover_writing(&self, _writer: &MutexGuard<'_, ()>) -> Result<(), StoreError> {
        let stopped = {
            let open = self.open.read().unwrap_or_else(PoisonError::into_inner);
            match &*open {
                Some(open) => match open.group.failure() {
                    None => return Ok(()),
                    Some(failure) => Some(failure),
                },
                None => None,
            }
        };
        let refused = |failure: &Option<Failure>| match failure {
            Some(failure) => failure.error(),
            None => StoreError::Io("the database could not be opened again".into()),
        };
        {
            let mut next = self
                .next_reopen
                .lock()
                .unwrap_or_else(PoisonError::into_inner);
            if Instant::now() < *next {
                return Err(refused(&stopped));
            }
            *next = Instant::now() + REOPEN_AT_MOST_EVERY;
        }
        if stopped.as_ref().is_some_and(|failure| failure.storage_full)
            && !has_room(&self.path, ROOM_TO_REOPEN)
        {
            return Err(refused(&stopped));
        }

        let mut slot = self.open.write().unwrap_or_else(PoisonError::into_inner);
        if let Some(mut old) = slot.take() {
            // Readers and the appenders of the failed group let go of it soon: none of them
            // waits for `writer` (held here) or for `open` while holding it.
            let deadline = Instant::now() + Duration::from_secs(10);
            loop {
                match Arc::try_unwrap(old) {
                    // Dropping it waits until sled lets go of the database's lock.
                    Ok(unused) => {
                        drop(unused);
                        break;
                    }
                    Err(still_used) if Instant::now() < deadline => {
                        old = still_used;
                        std::thread::sleep(Duration::from_millis(1));
                    }
                    Err(still_used) => {
                        *slot = Some(still_used);
                        return Err(refused(&stopped));
                    }
                }
            }
        }
        match OpenDb::open(&self.path, &self.options) {
            Ok((open, head)) => {
                tracing::info!(
                    path = %self.path.display(),
                    head,
                    "the database was opened again after a failed write"
                );
                *slot = Some(Arc::new(open));
                // What the disk holds: every acknowledged append, and perhaps appends whose
                // writes failed but landed (their senders learn it by retrying).
                self.visible.store(head, Ordering::Release);
                self.acknowledged.fetch_max(head, Ordering::AcqRel);
                self.head.send_if_modified(|known| advance(known, head));
                Ok(())
            }
            Err(error) => {
                tracing::warn!(
                    %error,
                    path = %self.path.display(),
                    "the database could not be opened again"
                );
                Err(error)
            }
        }
    }

    /// Stops readers from seeing appends the failed write did not acknowledge: they see the
    /// last acknowledged one until the database is opened again.
    fn hide_unacknowledged(&self) {
        let _writer = self.writer.lock().unwrap_or_else(PoisonError::into_inner);
        self.visible
            .fetch_min(self.acknowledged.load(Ordering::Acquire), Ordering::AcqRel);
    }
}

impl OpenDb {
    /// Opens the database at `path` and finishes what a crash left of its last append; with
    /// the log's head.
    fn open(path: &Path, options: &SledOptions) -> Result<(Self, u64), StoreError> {
        let compression = match created_compressed(path)? {
            Some(true) => Some(
                options
                    .compression
                    .unwrap_or(SledOptions::DEFAULT_COMPRESSION_LEVEL),
            ),
            Some(false) => None,
            None => options.compression,
        };
        let mut config = sled::Config::new();
        if let Some(size) = options.segment_size {
            config = config.segment_size(size);
        }
        let db = HeldDb::open(
            config
                .cache_capacity(options.cache_capacity)
                .use_compression(compression.is_some())
                .compression_factor(compression.unwrap_or(1)),
            path,
        )?;
        // Before any tree is created: a database of an old format is left as it was.
        if let Some(found) = crate::legacy::old_format(&db)? {
            return Err(StoreError::OldFormat {
                path: path.display().to_string(),
                found,
            });
        }
        let tree = |name: &str| db.open_tree(name).map_err(sled_error);
        let (events, streams, commands) = (
            tree(Tree::Events.name())?,
            tree(Tree::Streams.name())?,
            tree(Tree::Commands.name())?,
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

        let head = recover(&events, &streams, &commands)?;
        let open = OpenDb {
            path: path.to_path_buf(),
            db,
            events,
            streams,
            commands,
            group: GroupCommit::new(),
        };
        Ok((open, head))
    }
}

impl SledStore {
    /// The database as now open, if one is (without trying to open it again).
    fn opened(&self) -> Option<Arc<OpenDb>> {
        self.open
            .read()
            .unwrap_or_else(PoisonError::into_inner)
            .clone()
    }

    /// Decides the request against the store and writes what it decided, under the writer lock;
    /// with the database it was written to.
    fn commit(&self, request: &AppendRequest) -> Result<(Arc<OpenDb>, Committed), StoreError> {
        let Ok(writer) = self.writer.lock() else {
            // An append panicked part way through its inserts: as after a failed insert, only
            // a reopen (which removes what it left) may write again.
            let error = "an earlier append panicked part way; reopen the store";
            if let Some(open) = self.opened() {
                open.group.fail(error.into());
            }
            return Err(StoreError::Io(error.into()));
        };
        self.recover_writing(&writer)?;
        let open = self
            .opened()
            .ok_or_else(|| StoreError::Io("the database is not open".into()))?;
        let view = TreeView {
            streams: &open.streams,
            commands: &open.commands,
            head: self.visible.load(Ordering::Acquire),
        };
        let write = match rules::plan(request, &view) {
            Ok(Plan::Duplicate(first)) => return Ok((open, Committed::Duplicate(first))),
            Ok(Plan::Write(write)) => write,
            Err(PlanError::Store(error)) => return Err(error),
            Err(PlanError::Backend(error)) => {
                // sled fails reads too once a write of its own (its flusher's) failed: this
                // open of the database is done for, as after a failed insert.
                let failure = sled_failure("reading before an append failed", &error);
                open.group.fail(failure.clone());
                return Err(failure.error());
            }
        };
        // Everything is encoded before anything is written, so that a bad event leaves no trace.
        let last = write.new_head();
        let record = (!write.events.is_empty())
            .then(|| record::encode_append(&write.events, request.command_id.0))
            .transpose()
            .map_err(|error| {
                StoreError::Io(format!("encoding the append's events failed: {error}"))
            })?;
        let outcome = encode_outcome(&write.outcome)?;

        if let Err(error) = open.write(&write, record, request.command_id, outcome) {
            // Part of the append may be in sled now. Reopening finishes it if its record is in
            // (see `recover`); until then no further append may build on it.
            let failure = sled_failure("writing an append failed part way", &error);
            open.group.fail(failure.clone());
            self.visible
                .fetch_min(self.acknowledged.load(Ordering::Acquire), Ordering::AcqRel);
            return Err(failure.error());
        }
        self.visible.store(last, Ordering::Release);
        Ok((open, Committed::Written(write.outcome)))
    }
}

impl OpenDb {
    /// The inserts of one append ([`append_inserts`]), in order. A crash can cut this short
    /// anywhere, and [`recover`] indexes again what the record holds.
    fn write(
        &self,
        write: &Write,
        record: Option<Vec<u8>>,
        command: Ulid,
        outcome: Vec<u8>,
    ) -> sled::Result<()> {
        for insert in append_inserts(&write.events, record, command, outcome) {
            self.tree(insert.tree).insert(insert.key, insert.value)?;
        }
        Ok(())
    }

    fn tree(&self, tree: Tree) -> &sled::Tree {
        match tree {
            Tree::Events => &self.events,
            Tree::Streams => &self.streams,
            Tree::Commands => &self.commands,
        }
    }

    /// One group-commit round: sled writes out its buffers and fdatasyncs its log, then the
    /// blobs are synced.
    fn sync_to_disk(&self) -> Result<(), Failure> {
        // The vendored sled's flush ends with fdatasync; upstream's ends with sync_file_range,
        // which is not durable. This fails to build against a sled whose flush is not durable.
        const _: () = assert!(sled::FLUSH_SYNCS_THE_LOG);
        self.db
            .flush()
            .map_err(|error| sled_failure("sled flush failed", &error))?;
        self.sync_blobs()
    }

    /// sled stores values too large for its log (over ~128 KiB) as files under `blobs/` and
    /// never syncs them. They are immutable once written and rare, so syncing all that exist
    /// is cheap; a file still being written by a concurrent append is synced again by a
    /// later round, the one that covers that append.
    fn sync_blobs(&self) -> Result<(), Failure> {
        let dir = self.path.join("blobs");
        let listing = |error| io_failure(format!("listing {}", dir.display()), &error);
        let entries = std::fs::read_dir(&dir).map_err(listing)?;
        let mut any = false;
        for entry in entries {
            let entry = entry.map_err(listing)?;
            match File::open(entry.path()) {
                Ok(file) => {
                    file.sync_data().map_err(|error| {
                        io_failure(format!("fdatasync of {}", entry.path().display()), &error)
                    })?;
                    any = true;
                }
                // sled removes blobs whose values were overwritten or deleted.
                Err(error) if error.kind() == std::io::ErrorKind::NotFound => {}
                Err(error) => {
                    return Err(io_failure(
                        format!("opening {}", entry.path().display()),
                        &error,
                    ));
                }
            }
        }
        if any {
            File::open(&dir)
                .and_then(|dir| dir.sync_all())
                .map_err(|error| io_failure(format!("fsync of {}", dir.display()), &error))?;
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
pub(crate) fn created_compressed(path: &Path) -> Result<Option<bool>, StoreError> {
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

/// A sled database opened directly, whose drop returns only once sled has let go of its lock,
/// so that the next open of the same path, in this process or another, is not refused.
///
/// Every open of a database goes through it, also one that fails part way (an old format, a
/// damaged index): the failed open must not leave the lock held a moment longer.
pub struct HeldDb {
    db: sled::Db,
    /// Declared last so that it is dropped last, after the database.
    _released: WaitForUnlock,
}

impl HeldDb {
    /// Opens the database at `path` with `config` (whose path it sets).
    pub fn open(config: sled::Config, path: &Path) -> Result<Self, StoreError> {
        let db = config
            .path(path)
            .open()
            .map_err(|error| open_error(path, error))?;
        Ok(Self {
            db,
            _released: WaitForUnlock {
                lock_file: path.join("db"),
            },
        })
    }
}

impl std::ops::Deref for HeldDb {
    type Target = sled::Db;

    fn deref(&self) -> &sled::Db {
        &self.db
    }
}

/// Makes dropping a [`HeldDb`] release the database before it returns.
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

impl SledStore {
    fn read_stream_unwatched(
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
        let open = self.current()?;
        let Some((start, first, positions)) =
            last_run_to(&open.streams, stream, from).map_err(sled_error)?
        else {
            return Ok(Vec::new());
        };
        if run_end(stream, first, &positions)? < from {
            return Ok(Vec::new());
        }
        let mut positions = Vec::new();
        'runs: for entry in open
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
        let events = open.events_at(&positions)?;
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

    fn read_positions_unwatched(
        &self,
        positions: &[u64],
    ) -> Result<Vec<RecordedEvent>, StoreError> {
        let visible = self.visible.load(Ordering::Acquire);
        if let Some(&beyond) = positions
            .iter()
            .find(|&&position| position == 0 || position > visible)
        {
            return Err(crate::beyond_the_log(beyond, visible));
        }
        self.current()?.events_at(positions)
    }

    fn read_all_unwatched(
        &self,
        from_position: u64,
        limit: usize,
    ) -> Result<Vec<RecordedEvent>, StoreError> {
        let first = from_position.max(1);
        let visible = self.visible.load(Ordering::Acquire);
        if first > visible || limit == 0 {
            return Ok(Vec::new());
        }
        let within = usize::try_from(visible - first + 1).unwrap_or(usize::MAX);
        let mut events = Vec::with_capacity(limit.min(within).min(PAGE_RESERVED_AT_MOST));
        let open = self.current()?;
        let start = match entry_holding(&open.events, first)? {
            Some((key, _)) => key,
            None => first,
        };
        for entry in open
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

    fn stream_version_unwatched(&self, stream: &StreamId) -> Result<u64, StoreError> {
        read_version(&self.current()?.streams, stream).map_err(|error| match error {
            ReadError::Sled(error) => sled_error(error),
            ReadError::Store(error) => error,
        })
    }

    fn command_outcome_unwatched(
        &self,
        command_id: Ulid,
    ) -> Result<Option<AppendOutcome>, StoreError> {
        let visible = self.visible.load(Ordering::Acquire);
        let open = self.current()?;
        let view = TreeView {
            streams: &open.streams,
            commands: &open.commands,
            head: visible,
        };
        let found = match view.command(command_id) {
            Ok(found) => found,
            Err(PlanError::Store(error)) => return Err(error),
            Err(PlanError::Backend(error)) => return Err(sled_error(error)),
        };
        // An append whose events readers cannot see yet is still being written: its outcome
        // is not a result yet (the append path waits for it under the writer lock).
        Ok(found
            .filter(|first| first.last_position <= visible)
            .map(|mut first| {
                first.duplicate = true;
                first
            }))
    }

    /// `result`, after making a storage-full error in it stop the open database's writes: sled
    /// writes on some reads too (it consolidates a page's updates), and a failed write leaves
    /// it refusing every write until the database is opened again.
    fn watched<T>(&self, read: impl FnOnce() -> Result<T, StoreError>) -> Result<T, StoreError> {
        let result = read();
        if let Err(StoreError::StorageFull(reason)) = &result
            && let Some(open) = self.opened()
        {
            open.group.fail(Failure {
                reason: format!("a read that writes failed: {reason}"),
                storage_full: true,
            });
        }
        result
    }
}

impl EventStore for SledStore {
    fn append(&self, request: AppendRequest) -> Result<AppendOutcome, StoreError> {
        rules::validate(&request)?;
        let (open, committed) = self.commit(&request)?;
        // A duplicate waits too: its first attempt may have committed a moment ago in another
        // thread and not be durable yet, and acknowledging it now would promise too much.
        let ticket = open.group.ticket();
        let synced = open.group.wait_durable(ticket, || open.sync_to_disk());
        drop(open);
        if let Err(error) = synced {
            self.hide_unacknowledged();
            return Err(error);
        }
        match committed {
            Committed::Written(outcome) => {
                let new_head = outcome.last_position;
                self.acknowledged.fetch_max(new_head, Ordering::AcqRel);
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
        self.watched(|| self.read_stream_unwatched(stream, from_version))
    }

    fn read_positions(&self, positions: &[u64]) -> Result<Vec<RecordedEvent>, StoreError> {
        self.watched(|| self.read_positions_unwatched(positions))
    }

    fn read_all(&self, from_position: u64, limit: usize) -> Result<Vec<RecordedEvent>, StoreError> {
        self.watched(|| self.read_all_unwatched(from_position, limit))
    }

    fn stream_version(&self, stream: &StreamId) -> Result<u64, StoreError> {
        self.watched(|| self.stream_version_unwatched(stream))
    }

    fn head_position(&self) -> Result<u64, StoreError> {
        Ok(self.visible.load(Ordering::Acquire))
    }

    fn command_outcome(&self, command_id: Ulid) -> Result<Option<AppendOutcome>, StoreError> {
        self.watched(|| self.command_outcome_unwatched(command_id))
    }

    fn subscribe(&self) -> watch::Receiver<u64> {
        self.head.subscribe()
    }

    fn writable(&self) -> Result<(), StoreError> {
        if let Some(open) = self.opened()
            && open.group.failure().is_none()
        {
            return Ok(());
        }
        let writer = self
            .writer
            .lock()
            .map_err(|_| StoreError::Io("an earlier append panicked part way".into()))?;
        self.recover_writing(&writer)
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
fn recover(
    events: &sled::Tree,
    streams: &sled::Tree,
    commands: &sled::Tree,
) -> Result<u64, StoreError> {
    let Some((key, value)) = events.last().map_err(sled_error)? else {
        return Ok(0);
    };
    let first = decode_u64(&key).ok_or_else(|| corrupt_index("a log key".into()))?;
    let record = record::decode_append(&value).map_err(|reason| StoreError::Corrupt {
        position: first,
        reason,
    })?;
    let command = Ulid(record.command());
    if !commands
        .contains_key(command.to_bytes())
        .map_err(sled_error)?
    {
        let appended = (0..record.len())
            .map(|index| checked_event(&record, first, index))
            .collect::<Result<Vec<_>, _>>()?;
        let outcome = encode_outcome(&outcome_of(&appended))?;
        // The record is in: what follows it are the inserts a crash may have cut off.
        for insert in append_inserts(&appended, None, command, outcome) {
            let tree = match insert.tree {
                Tree::Streams => streams,
                Tree::Commands => commands,
                Tree::Events => continue,
            };
            tree.insert(insert.key, insert.value).map_err(sled_error)?;
        }
    }
    Ok(first + record.len() as u64 - 1)
}

/// The trees an append writes to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Tree {
    Events,
    Streams,
    Commands,
}

impl Tree {
    pub(crate) fn name(self) -> &'static str {
        match self {
            Tree::Events => "events",
            Tree::Streams => "streams",
            Tree::Commands => "commands",
        }
    }
}

/// One insert of an append.
pub(crate) struct Insert {
    pub(crate) tree: Tree,
    pub(crate) key: Vec<u8>,
    pub(crate) value: Vec<u8>,
}

/// The inserts of an append of `events`, in the order they are made: its `record` (if it has
/// events) under its first position, then a stream index entry for each stream it writes to
/// ([`stream_runs`]), then its command's `outcome`. [`recover`] relies on this order: the
/// record comes first and the outcome last.
pub(crate) fn append_inserts(
    events: &[RecordedEvent],
    record: Option<Vec<u8>>,
    command: Ulid,
    outcome: Vec<u8>,
) -> Vec<Insert> {
    let runs = stream_runs(events);
    let mut inserts = Vec::with_capacity(runs.len() + 2);
    if let (Some(first), Some(record)) = (events.first(), record) {
        inserts.push(Insert {
            tree: Tree::Events,
            key: first.position.to_be_bytes().to_vec(),
            value: record,
        });
    }
    inserts.extend(runs.into_iter().map(|(key, positions)| Insert {
        tree: Tree::Streams,
        key,
        value: positions,
    }));
    inserts.push(Insert {
        tree: Tree::Commands,
        key: command.to_bytes().to_vec(),
        value: outcome,
    });
    inserts
}

/// What an append of `appended` (at least one event) returned.
pub(crate) fn outcome_of(appended: &[RecordedEvent]) -> AppendOutcome {
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
        // Rebuilt from the log after a crash: the request's fingerprint is not in it.
        fingerprint: None,
    }
}

pub(crate) fn encode_outcome(outcome: &AppendOutcome) -> Result<Vec<u8>, StoreError> {
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

/// The key and record of the log entry that holds `position`, if the log has one: the entry at
/// the greatest key not above it.
pub(crate) fn entry_holding(
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

/// The event at `position` of the record stored under key `first` as `bytes`, if it holds it.
fn event_in_entry(
    first: u64,
    bytes: &[u8],
    position: u64,
) -> Result<Option<RecordedEvent>, StoreError> {
    if position < first {
        return Ok(None);
    }
    let record = record::decode_append(bytes).map_err(|reason| StoreError::Corrupt {
        position: first,
        reason,
    })?;
    match usize::try_from(position - first) {
        Ok(index) if index < record.len() => checked_event(&record, first, index).map(Some),
        _ => Ok(None),
    }
}

/// Pushes onto `out`, until it holds `limit`, the events from position `next` on of the record
/// stored under key `first` as `bytes`; the log must not skip `next`.
fn push_entry_events(
    first: u64,
    bytes: &[u8],
    next: u64,
    limit: usize,
    out: &mut Vec<RecordedEvent>,
) -> Result<(), StoreError> {
    if first > next {
        return Err(missing_from_log(next, first));
    }
    let record = record::decode_append(bytes).map_err(|reason| StoreError::Corrupt {
        position: first,
        reason,
    })?;
    let skipped = usize::try_from(next - first).unwrap_or(usize::MAX);
    for index in skipped..record.len() {
        if out.len() >= limit {
            break;
        }
        out.push(checked_event(&record, first, index)?);
    }
    Ok(())
}

/// The error for a log whose entries skip `position` and go on at `goes_on_at`.
pub(crate) fn missing_from_log(position: u64, goes_on_at: u64) -> StoreError {
    StoreError::Corrupt {
        position,
        reason: format!("missing from the log, which goes on at position {goes_on_at}"),
    }
}

/// The event at `index` of the append record stored under key `first`, which must say it is
/// at the position that follows from that.
pub(crate) fn checked_event(
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

pub(crate) fn misplaced(position: u64, event: &RecordedEvent) -> StoreError {
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

pub(crate) fn stream_key(stream: &StreamId, version: u64) -> Vec<u8> {
    let id = stream.as_str().as_bytes();
    let mut key = Vec::with_capacity(id.len() + 9);
    key.extend_from_slice(id);
    key.push(0);
    key.extend_from_slice(&version.to_be_bytes());
    key
}

pub(crate) fn decode_u64(bytes: &[u8]) -> Option<u64> {
    <[u8; 8]>::try_from(bytes).ok().map(u64::from_be_bytes)
}

pub(crate) fn corrupt_index(what: String) -> StoreError {
    StoreError::Corrupt {
        position: 0,
        reason: format!("{what} is malformed"),
    }
}

pub(crate) fn sled_error(error: sled::Error) -> StoreError {
    match &error {
        sled::Error::Io(io) if crate::is_storage_full(io) => {
            StoreError::StorageFull(error.to_string())
        }
        _ => StoreError::Io(error.to_string()),
    }
}

/// A write that failed in sled, as what stops the open database's group commit.
fn sled_failure(context: &str, error: &sled::Error) -> Failure {
    Failure {
        reason: format!("{context}: {error}"),
        storage_full: matches!(error, sled::Error::Io(io) if crate::is_storage_full(io)),
    }
}

fn io_failure(context: String, error: &std::io::Error) -> Failure {
    Failure {
        reason: format!("{context}: {error}"),
        storage_full: crate::is_storage_full(error),
    }
}

/// Whether the file system holding `path` has at least `bytes` free for this process.
fn has_room(path: &Path, bytes: u64) -> bool {
    match rustix::fs::statvfs(path) {
        Ok(stat) => stat.f_bavail.saturating_mul(stat.f_frsize) >= bytes,
        // Not knowing, the open itself finds out.
        Err(_) => true,
    }
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
    use crate::raw;

    /// An append of `events` that expects stream `b` to be new.
    fn request(events: Vec<crate::NewEvent>) -> AppendRequest {
        crate::conformance::request(&[("b", ExpectedVersion::Exact(0))], events)
    }

    /// The inserts an append of three events to two streams makes: its record, two stream
    /// index entries and its command.
    const INSERTS: usize = 4;

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

    /// The inserts, as [`append_inserts`] orders them, of the append whose record the raw
    /// database `db` holds under `first`, made again from that record.
    fn inserts_of_append_at(db: &sled::Db, first: u64) -> Vec<Insert> {
        let events = db.open_tree(Tree::Events.name()).expect("events");
        let bytes = events
            .get(first.to_be_bytes())
            .expect("get")
            .expect("the append's record");
        let record = record::decode_append(&bytes).expect("an append record");
        let appended: Vec<RecordedEvent> = (0..record.len())
            .map(|index| checked_event(&record, first, index).expect("an event"))
            .collect();
        let outcome = encode_outcome(&outcome_of(&appended)).expect("an outcome");
        append_inserts(
            &appended,
            Some(bytes.to_vec()),
            Ulid(record.command()),
            outcome,
        )
    }

    fn as_raw(inserts: &[Insert]) -> impl Iterator<Item = (&str, &[u8], &[u8])> {
        inserts
            .iter()
            .map(|insert| (insert.tree.name(), &insert.key[..], &insert.value[..]))
    }

    /// Makes an append of three events to two streams, then on the closed database undoes its
    /// inserts after the first `kept` (sled recovers a prefix of the inserts, so this is what a
    /// crash part way through leaves), for each `kept` in turn; checks that a reopened store
    /// holds the append whole once its record (the first insert) is in, and not at all before.
    #[test]
    fn an_append_cut_short_anywhere_is_whole_or_absent_after_reopening() {
        let cut = request(vec![event("a", 0), event("b", 0), event("a", 0)]);
        for kept in 0..=INSERTS {
            let dir = tempfile::TempDir::new().expect("tempdir");
            let open = || SledStore::open(dir.path(), SledOptions::default()).expect("open");
            open()
                .append(request(vec![event("a", 0)]))
                .expect("the first append");
            let before = raw::dump(dir.path());
            open().append(cut.clone()).expect("the append to cut");
            let inserts = raw::edit(dir.path(), |db| inserts_of_append_at(db, 2));
            assert_eq!(inserts.len(), INSERTS);
            // The append changed exactly these entries, in trees that held none of them.
            for (tree, key, _) in as_raw(&inserts) {
                assert!(!before[tree.as_bytes()].contains_key(key), "{tree} {key:?}");
            }
            assert_eq!(
                raw::dump(dir.path()),
                raw::with_inserts(before.clone(), as_raw(&inserts))
            );
            raw::edit(dir.path(), |db| {
                for insert in &inserts[kept..] {
                    let tree = db.open_tree(insert.tree.name()).expect("tree");
                    tree.remove(&insert.key).expect("remove");
                }
            });
            assert_eq!(
                raw::dump(dir.path()),
                raw::with_inserts(before, as_raw(&inserts[..kept]))
            );

            let store = open();
            let all = store.read_all(1, 100).expect("read all");
            let a = store.read_stream(&StreamId::new("a"), 1).expect("read a");
            let b_version = store.stream_version(&StreamId::new("b")).expect("b");
            let again = store.append(cut.clone()).expect("the same command again");
            if kept >= 1 {
                // Its record reached the log: the append is there, indexed, and known.
                assert_eq!(all.len(), 4, "cut after {kept} inserts");
                assert_eq!(a.len(), 3);
                assert_eq!(b_version, 1);
                assert!(again.duplicate, "cut after {kept}: {again:?}");
                assert_eq!((again.first_position, again.last_position), (Some(2), 4));
                assert_eq!(
                    again.stream_versions,
                    vec![(StreamId::new("a"), 3), (StreamId::new("b"), 1)]
                );
            } else {
                // Nothing of it survives, and it can be sent again.
                assert_eq!(all.len(), 1, "cut after {kept} inserts");
                assert_eq!(a.len(), 1);
                assert_eq!(b_version, 0);
                assert!(!again.duplicate, "cut after {kept}: {again:?}");
                assert_eq!(store.read_all(1, 100).expect("read all").len(), 4);
            }
        }
    }
}
