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
pub fn copy_log<F, T>(from: &F, to: &T, mut progress: impl FnMut(u64)) -> Result<Copied, CopyError>
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
    let mut append: Vec<RecordedEvent> = Vec::new();
    let mut next = 1;
    loop {
        let page = from.read_log(next, PAGE)?;
        let Some(last) = page.last() else {
            break;
        };
        next = last.position + 1;
        for event in page {
            let same_append = append.first().is_some_and(|first| {
                first.causation == event.causation && first.recorded_at == event.recorded_at
            });
            if !same_append && !append.is_empty() {
                copy.append(&append)?;
                append.clear();
            }
            append.push(event);
        }
        progress(copy.copied.events + append.len() as u64);
    }
    if !append.is_empty() {
        copy.append(&append)?;
    }
    Ok(copy.copied)
}

struct Copy<'a, T: ?Sized> {
    to: &'a T,
    command_ids: HashSet<Ulid>,
    copied: Copied,
}

impl<T: EventStore + ?Sized> Copy<'_, T> {
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
