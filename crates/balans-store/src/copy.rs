//! Copying a whole log from one store into a new, empty one: to compress an old database, or to move to another backend.
//!
//! Every event keeps its id, position, stream version, times and payload. Events that one
//! command appended together (the same command id in `causation` and the same `recorded_at`,
//! as `balans_app` writes them) are appended together again, under that command id, so that a
//! retry of a command sent before the copy is still recognised as a duplicate.
//!
//! The source is anything that reads a log in order ([`LogSource`]): every store, and the
//! reader of databases in the formats of development versions ([`LegacyLog`]);
//! [`copy_database`] picks between today's store and that reader by what the database holds.

use std::collections::HashSet;
use std::path::Path;

use ulid::Ulid;

use crate::legacy::LegacyLog;
use crate::{
    AppendRequest, EventStore, NewEvent, RecordedEvent, SledOptions, SledStore, StoreError,
};

/// How many events are read from the source at a time.
const PAGE: usize = 4096;

/// What a copy did.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Copied {
    pub events: u64,
    pub appends: u64,
}

/// Why a copy stopped. What was appended before stays in the target, which should be thrown away.
#[derive(Debug, thiserror::Error)]
pub enum CopyError {
    #[error(
        "the store to copy into already holds {events} events; copy into a new, empty database"
    )]
    TargetNotEmpty { events: u64 },
    #[error(
        "the copy does not match the original at position {position}: {reason}; throw the copy away"
    )]
    Diverged { position: u64, reason: String },
    #[error(transparent)]
    Store(#[from] StoreError),
}

impl CopyError {
    /// The error in Swedish, for a person to read.
    pub fn swedish(&self) -> String {
        match self {
            CopyError::TargetNotEmpty { events } => format!(
                "databasen att kopiera till har redan {events} händelser; kopiera till en ny, tom databas"
            ),
            CopyError::Diverged { position, reason } => format!(
                "kopian stämmer inte med originalet på position {position}: {reason}; släng kopian"
            ),
            CopyError::Store(error) => error.swedish(),
        }
    }
}

/// A log to copy from: what [`copy_log`] reads of its source.
pub trait LogSource {
    /// The position of the last event to copy (0 for an empty log).
    fn log_head(&self) -> Result<u64, StoreError>;
    /// Up to `limit` events with `position >= from_position`, in order, without gaps.
    fn read_log(&self, from_position: u64, limit: usize) -> Result<Vec<RecordedEvent>, StoreError>;
}

impl<S: EventStore + ?Sized> LogSource for S {
    fn log_head(&self) -> Result<u64, StoreError> {
        self.head_position()
    }
    fn read_log(&self, from_position: u64, limit: usize) -> Result<Vec<RecordedEvent>, StoreError> {
        self.read_all(from_position, limit)
    }
}

/// A log held in memory, in order from position 1: read from a backup, or from a running
/// server's API, as a source to copy into a store.
#[derive(Debug, Clone, PartialEq)]
pub struct LogInMemory(Vec<RecordedEvent>);

impl LogInMemory {
    /// The events, at consecutive positions from 1.
    pub fn new(events: Vec<RecordedEvent>) -> Self {
        Self(events)
    }

    /// How many events it holds.
    pub fn len(&self) -> usize {
        self.0.len()
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

impl LogSource for LogInMemory {
    fn log_head(&self) -> Result<u64, StoreError> {
        Ok(self.0.last().map_or(0, |event| event.position))
    }

    fn read_log(&self, from_position: u64, limit: usize) -> Result<Vec<RecordedEvent>, StoreError> {
        let start = usize::try_from(from_position.saturating_sub(1)).unwrap_or(usize::MAX);
        Ok(self.0.iter().skip(start).take(limit).cloned().collect())
    }
}

/// Copies the log of the sled database at `from` into the empty store `to`: a database in
/// today's format through [`SledStore`], one that store refuses as of an old format
/// ([`StoreError::OldFormat`]) through [`LegacyLog`], which changes nothing in it. `progress`
/// hears how many events are copied, and of how many, after each page.
pub fn copy_database<T: EventStore + ?Sized>(
    from: &Path,
    options: SledOptions,
    to: &T,
    mut progress: impl FnMut(u64, u64),
) -> Result<Copied, CopyError> {
    enum Source {
        Today(SledStore),
        Legacy(LegacyLog),
    }
    let source = match SledStore::open(from, options) {
        Ok(store) => Source::Today(store),
        Err(StoreError::OldFormat { found, .. }) => {
            tracing::info!(path = %from.display(), %found, "copying a log of an old format");
            Source::Legacy(LegacyLog::open(from)?)
        }
        Err(error) => return Err(error.into()),
    };
    let source: &dyn LogSource = match &source {
        Source::Today(store) => store,
        Source::Legacy(log) => log,
    };
    let total = source.log_head()?;
    copy_log(source, to, |done| progress(done, total))
}

/// Appends every event of `from` to the empty store `to`, in order; `progress` hears how many
/// events are copied after each page.
pub fn copy_log<F, T>(from: &F, to: &T, progress: impl FnMut(u64)) -> Result<Copied, CopyError>
where
    F: LogSource + ?Sized,
    T: EventStore + ?Sized,
{
    let events = to.head_position()?;
    if events > 0 {
        return Err(CopyError::TargetNotEmpty { events });
    }
    let mut copy = Copy {
        to,
        command_ids: HashSet::new(),
        copied: Copied::default(),
    };
    copy.rest(from, 1, |_| {}, progress)?;
    Ok(copy.copied)
}

/// What a migration did: how much it copied, where it began, and the checksum both logs share.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Migrated {
    pub copied: Copied,
    /// The events the target held of this log already (an interrupted migration), checked
    /// against the source and not copied again.
    pub resumed_after: u64,
    /// Events in the target after the migration: as many as the source holds.
    pub events: u64,
    /// SHA-256 of every event, envelope and payload, in log order ([`LogDigest`]): the source's
    /// and the target's agree.
    pub sha256: String,
}

/// Copies every event of `from` into `to`, continuing after what `to` already holds of the same
/// log (a migration interrupted before, by a lost connection or a stop): that part is read back
/// and must equal the source's beginning event by event, or nothing is copied. At the end the
/// whole target is read back and its checksum compared with the source's. `progress` hears
/// how many events the target holds, of how many, after each page.
pub fn migrate_log<F, T>(
    from: &F,
    to: &T,
    mut progress: impl FnMut(u64, u64),
) -> Result<Migrated, CopyError>
where
    F: LogSource + ?Sized,
    T: EventStore + ?Sized,
{
    let total = from.log_head()?;
    let held = to.head_position()?;
    if held > total {
        return Err(CopyError::Diverged {
            position: total + 1,
            reason: format!(
                "the target holds {held} events, more than the {total} of the log to copy: it holds another log"
            ),
        });
    }
    let mut source_digest = LogDigest::default();
    let mut copy = Copy {
        to,
        command_ids: HashSet::new(),
        copied: Copied::default(),
    };
    // What the target holds already must be the source's beginning, whole appends of it.
    let mut next = 1;
    while next <= held {
        let limit = usize::try_from(held - next + 1).map_or(PAGE, |left| left.min(PAGE));
        let ours = from.read_log(next, limit)?;
        let theirs = to.read_all(next, limit)?;
        for (position, (ours, theirs)) in (next..).zip(ours.iter().zip(&theirs)) {
            if ours != theirs {
                return Err(CopyError::Diverged {
                    position,
                    reason:
                        "the target's event there differs from the source's: it holds another log"
                            .into(),
                });
            }
            source_digest.add(ours);
            copy.command_ids.insert(ours.causation);
        }
        if ours.len() != limit || theirs.len() != limit {
            return Err(CopyError::Diverged {
                position: next,
                reason: "a log ended before its head".into(),
            });
        }
        next += limit as u64;
        progress(next - 1, total);
    }
    copy.rest(
        from,
        held + 1,
        |event| source_digest.add(event),
        |done| progress(held + done, total),
    )?;
    let events = to.head_position()?;
    let target_digest = LogDigest::of(to)?;
    let (source, target) = (source_digest.finish(), target_digest.finish());
    if events != source.0 || source != target {
        return Err(CopyError::Diverged {
            position: 0,
            reason: format!(
                "the target holds {} events with checksum {}, the source {} with {}",
                target.0, target.1, source.0, source.1
            ),
        });
    }
    Ok(Migrated {
        copied: copy.copied,
        resumed_after: held,
        events,
        sha256: source.1,
    })
}

/// A running SHA-256 over events in log order: each event's envelope and payload as JSON, one
/// line each, so two stores holding the same log, whatever their backends, give the same sum.
#[derive(Default)]
pub struct LogDigest {
    hasher: sha2::Sha256,
    events: u64,
}

impl LogDigest {
    /// Adds the next event.
    pub fn add(&mut self, event: &RecordedEvent) {
        use sha2::Digest as _;
        // A recorded event always serializes (string keys, JSON payload).
        let line = serde_json::to_vec(event).unwrap_or_default();
        self.hasher.update(&line);
        self.hasher.update(b"\n");
        self.events += 1;
    }

    /// The digest of a whole log, read in pages.
    pub fn of<S: LogSource + ?Sized>(log: &S) -> Result<Self, StoreError> {
        let mut digest = Self::default();
        let mut next = 1;
        loop {
            let page = log.read_log(next, PAGE)?;
            let Some(last) = page.last() else {
                return Ok(digest);
            };
            next = last.position + 1;
            page.iter().for_each(|event| digest.add(event));
        }
    }

    /// How many events went in, and their SHA-256 in hex.
    pub fn finish(self) -> (u64, String) {
        use sha2::Digest as _;
        (self.events, crate::hex(&self.hasher.finalize()))
    }
}

struct Copy<'a, T: ?Sized> {
    to: &'a T,
    command_ids: HashSet<Ulid>,
    copied: Copied,
}

impl<T: EventStore + ?Sized> Copy<'_, T> {
    /// Copies the events of `from` from position `next` on, appending each original append
    /// as one; `seen` hears each event read, `progress` the count copied after each page.
    fn rest<F: LogSource + ?Sized>(
        &mut self,
        from: &F,
        mut next: u64,
        mut seen: impl FnMut(&RecordedEvent),
        mut progress: impl FnMut(u64),
    ) -> Result<(), CopyError> {
        let mut append: Vec<RecordedEvent> = Vec::new();
        loop {
            let page = from.read_log(next, PAGE)?;
            let Some(last) = page.last() else {
                break;
            };
            next = last.position + 1;
            for event in page {
                seen(&event);
                let same_append = append.first().is_some_and(|first| {
                    first.causation == event.causation && first.recorded_at == event.recorded_at
                });
                if !same_append && !append.is_empty() {
                    self.append(&append)?;
                    append.clear();
                }
                append.push(event);
            }
            progress(self.copied.events + append.len() as u64);
        }
        if !append.is_empty() {
            self.append(&append)?;
        }
        Ok(())
    }

    /// Appends one original append's events and checks they landed where they were.
    fn append(&mut self, events: &[RecordedEvent]) -> Result<(), CopyError> {
        let (Some(first), Some(last)) = (events.first(), events.last()) else {
            return Ok(());
        };
        // An id seen already (events of one command that were not appended together) would
        // make the store take this append for a retry of that one and drop it.
        let mut command_id = first.causation;
        while !self.command_ids.insert(command_id) {
            command_id = Ulid::generate();
        }
        let outcome = self.to.append(AppendRequest {
            // Not kept in the log itself: a retry after the copy is still a duplicate, unchecked.
            fingerprint: None,
            command_id,
            recorded_at: first.recorded_at,
            expectations: Vec::new(),
            events: events.iter().map(new_event).collect(),
        })?;
        let diverged = |reason: String| CopyError::Diverged {
            position: first.position,
            reason,
        };
        if outcome.duplicate
            || outcome.first_position != Some(first.position)
            || outcome.last_position != last.position
        {
            return Err(diverged(format!(
                "the events from {} to {} landed at {:?} to {}",
                first.position, last.position, outcome.first_position, outcome.last_position
            )));
        }
        for (stream, version) in &outcome.stream_versions {
            let original = events
                .iter()
                .rev()
                .find(|event| event.stream == *stream)
                .map(|event| event.stream_version);
            if original != Some(*version) {
                return Err(diverged(format!(
                    "{stream} is at version {version}, the original at {original:?}"
                )));
            }
        }
        self.copied.events += events.len() as u64;
        self.copied.appends += 1;
        Ok(())
    }
}

fn new_event(event: &RecordedEvent) -> NewEvent {
    NewEvent {
        id: event.id,
        stream: event.stream.clone(),
        event_type: event.event_type.clone(),
        schema_version: event.schema_version,
        occurred_at: event.occurred_at,
        recorded_by: event.recorded_by.clone(),
        meeting: event.meeting.clone(),
        causation: event.causation,
        payload: event.payload.clone(),
    }
}
