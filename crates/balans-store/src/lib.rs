//! The event store: an append-only log of events grouped in streams, behind the [`EventStore`] trait.
//!
//! Two implementations pass the same conformance suite: [`SledStore`], the embedded durable
//! store the product runs on, and [`MemoryStore`], for tests and tools that need no disk.
//! The store knows nothing about the domain: payloads are JSON text tagged with a type name
//! and a schema version, and parsing and upcasting them is the caller's business.

use jiff::Timestamp;
use serde::{Deserialize, Serialize};
use ulid::Ulid;

pub mod backup;
#[cfg(feature = "conformance")]
pub mod conformance;
pub mod copy;
mod group_commit;
pub mod legacy;
pub mod memory;
#[cfg(test)]
mod raw;
mod record;
pub mod rules;
pub mod sled_store;

pub use backup::{BackupError, hex, read_backup, write_backup};
pub use copy::{
    Copied, CopyError, LogDigest, LogInMemory, LogSource, Migrated, copy_database, copy_log,
    migrate_log,
};
pub use legacy::LegacyLog;
pub use memory::MemoryStore;
pub use sled_store::{HeldDb, SledOptions, SledStore, SyncStats};

/// Identifies a stream, for example `case-01JH…`, `meeting-01JH…` or `forum-01JH…`.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct StreamId(pub String);

impl StreamId {
    pub fn new(id: impl Into<String>) -> Self {
        Self(id.into())
    }
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl std::fmt::Display for StreamId {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

/// What the writer believes a stream's version to be. Versions count events in a stream from 1;
/// an empty (never written) stream has version 0.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum ExpectedVersion {
    /// Write whatever the stream holds (no concurrency check).
    Any,
    /// The stream must be at exactly this version (0 = the stream must not exist yet).
    Exact(u64),
}

/// An event to be appended: everything of the envelope that the writer decides.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct NewEvent {
    pub id: Ulid,
    pub stream: StreamId,
    pub event_type: String,
    pub schema_version: u16,
    pub occurred_at: Timestamp,
    pub recorded_by: String,
    /// The meeting where it happened, if any (a meeting's ULID as text).
    pub meeting: Option<String>,
    /// The command that caused this event.
    pub causation: Ulid,
    pub payload: Payload,
}

/// An event's payload: JSON text, kept as it was written.
///
/// Kept as text rather than as a parsed `serde_json::Value`, so that reading the log does not
/// build a tree of maps and strings for every event only to turn it into a domain event: the
/// reader parses the text once, into the type it wants. Text from outside is checked to be
/// JSON when it becomes a payload; text the store reads back is not checked again (its reader
/// parses it anyway, and a damaged payload fails there, with its position).
#[derive(Debug, Clone)]
pub struct Payload(Box<str>);

impl Payload {
    /// The payload as JSON text.
    pub fn get(&self) -> &str {
        &self.0
    }

    /// The payload parsed into a JSON value (for upcasting or showing it whole).
    pub fn to_value(&self) -> serde_json::Value {
        // Text that was valid JSON when it was stored parses again; keep a failure visible.
        serde_json::from_str(self.get())
            .unwrap_or_else(|error| serde_json::json!({ "unreadable": error.to_string() }))
    }

    /// A payload from JSON text, which must be one valid JSON value.
    pub fn from_json_text(text: String) -> Result<Self, serde_json::Error> {
        serde_json::value::RawValue::from_string(text).map(|raw| Payload(raw.into()))
    }

    /// A payload the store wrote, read back: it was JSON when it became a payload, so it is
    /// not checked again here. For backends only (balans-postgres too).
    pub fn from_stored_text(text: &str) -> Self {
        Payload(text.into())
    }
}

impl From<serde_json::Value> for Payload {
    fn from(value: serde_json::Value) -> Self {
        // Writing a JSON value as text cannot fail; `null` stands in if it ever did.
        Payload(
            serde_json::value::to_raw_value(&value)
                .map_or_else(|_| "null".into(), Box::<str>::from),
        )
    }
}

/// As the JSON value it holds, not as a string.
impl Serialize for Payload {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let raw: &serde_json::value::RawValue =
            serde_json::from_str(&self.0).map_err(serde::ser::Error::custom)?;
        raw.serialize(serializer)
    }
}

impl<'de> Deserialize<'de> for Payload {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        Box::<serde_json::value::RawValue>::deserialize(deserializer).map(|raw| Payload(raw.into()))
    }
}

impl Default for Payload {
    fn default() -> Self {
        serde_json::Value::Null.into()
    }
}

/// Two payloads are equal when their JSON texts are.
impl PartialEq for Payload {
    fn eq(&self, other: &Self) -> bool {
        self.get() == other.get()
    }
}

/// One atomic append: every expectation must hold, then every event lands, or nothing does.
#[derive(Debug, Clone, PartialEq)]
pub struct AppendRequest {
    /// Idempotency key: a second append with the same key appends nothing and returns the first result.
    pub command_id: Ulid,
    /// What the command was, as a digest its sender chose (the application layer hashes the
    /// commands): a second append with the same key but another fingerprint is refused
    /// ([`StoreError::CommandIdReused`]) instead of reported as the first one's duplicate.
    pub fingerprint: Option<String>,
    pub recorded_at: Timestamp,
    /// Expected versions of streams; a stream that receives events but is not listed here is `Any`.
    pub expectations: Vec<(StreamId, ExpectedVersion)>,
    /// Events in the order they are to be stored; may span several streams.
    pub events: Vec<NewEvent>,
}

/// A stored event with its full envelope.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RecordedEvent {
    pub id: Ulid,
    pub stream: StreamId,
    /// Position in its stream, from 1.
    pub stream_version: u64,
    /// Position in the whole log, from 1, gapless.
    pub position: u64,
    pub recorded_at: Timestamp,
    pub occurred_at: Timestamp,
    pub recorded_by: String,
    pub meeting: Option<String>,
    pub event_type: String,
    pub schema_version: u16,
    pub causation: Ulid,
    pub payload: Payload,
}

/// What an append did.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AppendOutcome {
    /// Global position of the last event of this append (or the log's head if it appended none).
    pub last_position: u64,
    /// Position of the first event appended (None if the append held no events).
    pub first_position: Option<u64>,
    /// The version of every stream written by this append, after it.
    pub stream_versions: Vec<(StreamId, u64)>,
    /// True when the command id had already been appended: nothing new was written.
    pub duplicate: bool,
    /// The fingerprint of the request that appended (see [`AppendRequest::fingerprint`]);
    /// absent in outcomes stored before fingerprints were kept.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fingerprint: Option<String>,
}

impl AppendOutcome {
    /// The events of `request`, the append that gave this outcome, as the log now holds them:
    /// an append lands its events in their order at consecutive positions from
    /// `first_position`, and each stream's run of them ends at the version `stream_versions`
    /// gives. Empty for a duplicate, which appended nothing. A writer learns this way what it
    /// wrote without reading it back.
    pub fn recorded(&self, request: AppendRequest) -> Vec<RecordedEvent> {
        let Some(first) = self.first_position.filter(|_| !self.duplicate) else {
            return Vec::new();
        };
        // Each stream's version before this append: where it ends, less its events here.
        let mut version: Vec<(StreamId, u64)> = self.stream_versions.clone();
        for event in &request.events {
            if let Some((_, v)) = version.iter_mut().find(|(s, _)| *s == event.stream) {
                *v -= 1;
            }
        }
        request
            .events
            .into_iter()
            .zip(first..)
            .map(|(event, position)| {
                let stream_version =
                    version
                        .iter_mut()
                        .find(|(s, _)| *s == event.stream)
                        .map_or(0, |(_, v)| {
                            *v += 1;
                            *v
                        });
                RecordedEvent {
                    id: event.id,
                    stream: event.stream,
                    stream_version,
                    position,
                    recorded_at: request.recorded_at,
                    occurred_at: event.occurred_at,
                    recorded_by: event.recorded_by,
                    meeting: event.meeting,
                    event_type: event.event_type,
                    schema_version: event.schema_version,
                    causation: event.causation,
                    payload: event.payload,
                }
            })
            .collect()
    }
}

/// Why an append or a read failed.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("conflict on stream {stream}: expected version {expected}, but it is at {actual}")]
    Conflict {
        stream: StreamId,
        expected: u64,
        actual: u64,
    },
    #[error(
        "the database at {path} is already open in another process (only one balans process may use it at a time)"
    )]
    Locked { path: String },
    /// The database holds a storage format that only development versions wrote (see
    /// [`legacy`]). Nothing was changed; `balans copy` reads it into a new database.
    #[error(
        "the database at {path} holds {found}, a storage format of development versions that this version no longer reads; copy it into a new database with `balans copy --data {path} --to NEW` and use the copy"
    )]
    OldFormat { path: String, found: String },
    /// Stored bytes that do not decode or do not agree with each other. `position` is the
    /// event's global position; it is 0 when the damaged record is an index entry (stream
    /// index, stream head, command record or log metadata) rather than an event.
    #[error("the stored event at position {position} cannot be read: {reason}")]
    Corrupt { position: u64, reason: String },
    /// The request breaks a rule that does not depend on the stored data (an empty stream id,
    /// the same event id twice, …); retrying it can never succeed.
    #[error("invalid append request: {0}")]
    InvalidRequest(String),
    #[error("storage failed: {0}")]
    Io(String),
    /// The disk is full (`ENOSPC`): the append was not acknowledged (it may have been stored
    /// in part; a retry with the same command id finds out). Reads go on, and the store writes
    /// again once there is room, without a restart.
    #[error(
        "the disk is full, so nothing more can be stored until there is room again (send the write again with the same command id then): {0}"
    )]
    StorageFull(String),
    /// The command id was used before for another command: nothing was appended.
    #[error(
        "the command id {command_id} was already used for another command; send a new id for a new command"
    )]
    CommandIdReused { command_id: Ulid },
}

impl StoreError {
    /// The error in Swedish, for a person to read (the CLI, `messageSv`).
    pub fn swedish(&self) -> String {
        match self {
            StoreError::Conflict { stream, .. } => {
                format!("någon annan ändrade {stream} först: läs in igen och försök på nytt")
            }
            StoreError::Locked { path } => format!(
                "databasen i {path} används redan av en annan process (bara en balans-process i taget kan använda den)"
            ),
            StoreError::OldFormat { path, found } => format!(
                "databasen i {path} har {found}, ett lagringsformat från utvecklingsversioner som den här versionen inte läser längre; kopiera den till en ny databas med `balans copy --data {path} --to NY` och använd kopian"
            ),
            StoreError::Corrupt { position, reason } => {
                format!("den lagrade händelsen på position {position} går inte att läsa: {reason}")
            }
            StoreError::InvalidRequest(reason) => format!("ogiltig begäran: {reason}"),
            StoreError::Io(reason) => format!("lagringen misslyckades: {reason}"),
            StoreError::StorageFull(reason) => format!(
                "Disken är full: inget mer kan sparas förrän det finns plats igen (skicka då ändringen på nytt med samma kommando-id): {reason}"
            ),
            StoreError::CommandIdReused { command_id } => format!(
                "kommando-id:t {command_id} har redan använts för ett annat kommando; skicka ett nytt id för ett nytt kommando"
            ),
        }
    }
}

/// Whether an IO error says the disk (or the user's quota) is full.
pub fn is_storage_full(error: &std::io::Error) -> bool {
    const ENOSPC: i32 = 28;
    const EDQUOT: i32 = 122;
    error.kind() == std::io::ErrorKind::StorageFull
        || error.kind() == std::io::ErrorKind::QuotaExceeded
        || matches!(error.raw_os_error(), Some(ENOSPC | EDQUOT))
}

/// The error for reading a position the log does not hold: 0, or past its head.
pub fn beyond_the_log(position: u64, head: u64) -> StoreError {
    StoreError::InvalidRequest(format!(
        "there is no event at position {position}: the log holds positions 1 to {head}"
    ))
}

/// An append-only, multi-stream event log.
///
/// Appends are atomic across streams, durable when they return, and idempotent on the command id.
pub trait EventStore: Send + Sync {
    /// Appends the request's events atomically after checking every expectation.
    fn append(&self, request: AppendRequest) -> Result<AppendOutcome, StoreError>;
    /// The events of one stream with `stream_version >= from_version`, in order.
    fn read_stream(
        &self,
        stream: &StreamId,
        from_version: u64,
    ) -> Result<Vec<RecordedEvent>, StoreError>;
    /// Up to `limit` events with `position >= from_position`, in order, without gaps.
    fn read_all(&self, from_position: u64, limit: usize) -> Result<Vec<RecordedEvent>, StoreError>;
    /// The events at these global positions, in the order given: for a reader that knows where a
    /// stream's events lie (the read model keeps each case's) and need not look them up in the
    /// stream's index. A position past the head is refused (`InvalidRequest`).
    fn read_positions(&self, positions: &[u64]) -> Result<Vec<RecordedEvent>, StoreError>;
    /// The current version of a stream (0 if it has no events).
    fn stream_version(&self, stream: &StreamId) -> Result<u64, StoreError>;
    /// The position of the last stored event (0 for an empty log).
    fn head_position(&self) -> Result<u64, StoreError>;
    /// The outcome of the append a command id made, once it is in the log (`None` before): a
    /// retry learns its first result before deciding the command again, which could now be
    /// refused (the case it created exists, the case it closed is closed).
    fn command_outcome(&self, command_id: Ulid) -> Result<Option<AppendOutcome>, StoreError>;
    /// A receiver that holds the head position and changes after every durable append.
    fn subscribe(&self) -> tokio::sync::watch::Receiver<u64>;
    /// `Ok` if the store can take appends now; otherwise why not (a full disk:
    /// [`StoreError::StorageFull`]). A store that stopped writing tries to recover first, so
    /// asking this (as a readiness probe does) is enough to resume writing once it can.
    fn writable(&self) -> Result<(), StoreError> {
        Ok(())
    }
}

/// Lets callers hold a store behind a pointer (`Box<dyn EventStore>`, `Arc<SledStore>`) and still pass it as a store.
macro_rules! forward_event_store {
    ($($pointer:ident),*) => {$(
        impl<T: EventStore + ?Sized> EventStore for $pointer<T> {
            fn append(&self, request: AppendRequest) -> Result<AppendOutcome, StoreError> {
                (**self).append(request)
            }
            fn read_stream(&self, stream: &StreamId, from_version: u64) -> Result<Vec<RecordedEvent>, StoreError> {
                (**self).read_stream(stream, from_version)
            }
            fn read_all(&self, from_position: u64, limit: usize) -> Result<Vec<RecordedEvent>, StoreError> {
                (**self).read_all(from_position, limit)
            }
            fn read_positions(&self, positions: &[u64]) -> Result<Vec<RecordedEvent>, StoreError> {
                (**self).read_positions(positions)
            }
            fn stream_version(&self, stream: &StreamId) -> Result<u64, StoreError> {
                (**self).stream_version(stream)
            }
            fn head_position(&self) -> Result<u64, StoreError> {
                (**self).head_position()
            }
            fn command_outcome(&self, command_id: Ulid) -> Result<Option<AppendOutcome>, StoreError> {
                (**self).command_outcome(command_id)
            }
            fn subscribe(&self) -> tokio::sync::watch::Receiver<u64> {
                (**self).subscribe()
            }
            fn writable(&self) -> Result<(), StoreError> {
                (**self).writable()
            }
        }
    )*};
}

use std::sync::Arc;
forward_event_store!(Box, Arc);
