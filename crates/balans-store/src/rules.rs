//! The append rules every backend shares, so that their semantics cannot drift apart.
//!
//! A backend gives [`plan`] a consistent view of its state (inside its transaction or lock),
//! and gets back either the first outcome of a duplicate command or the exact records to write.
//! Public so that backends in other crates (balans-postgres) follow the very same rules.

use std::collections::HashSet;

use ulid::Ulid;

use crate::{AppendOutcome, AppendRequest, ExpectedVersion, RecordedEvent, StoreError, StreamId};

/// Why a plan could not be made: a verdict on the request, or a failure of the backend's view.
pub enum PlanError<E> {
    Store(StoreError),
    Backend(E),
}

impl<E> From<StoreError> for PlanError<E> {
    fn from(error: StoreError) -> Self {
        PlanError::Store(error)
    }
}

/// The state a plan depends on, read from one consistent snapshot of the store.
pub trait LogView {
    type Error;
    /// The outcome stored for a command id that was already appended.
    fn command(&self, id: Ulid) -> Result<Option<AppendOutcome>, PlanError<Self::Error>>;
    fn stream_version(&self, stream: &StreamId) -> Result<u64, PlanError<Self::Error>>;
    fn head_position(&self) -> Result<u64, PlanError<Self::Error>>;
}

/// What an accepted append must write.
pub struct Write {
    /// The new events, in request order, with positions and versions assigned.
    pub events: Vec<RecordedEvent>,
    /// Stored under the command id, so a retry gets this very outcome back.
    pub outcome: AppendOutcome,
}

impl Write {
    /// The log's head after this write.
    pub fn new_head(&self) -> u64 {
        self.outcome.last_position
    }
}

pub enum Plan {
    /// The command id was appended before; this is its first outcome, marked duplicate.
    Duplicate(AppendOutcome),
    Write(Write),
}

/// Rejects what no stored state could make valid. Runs before any backend work so that a bad
/// request never takes a lock or starts a transaction.
pub fn validate(request: &AppendRequest) -> Result<(), StoreError> {
    let mut ids = HashSet::with_capacity(request.events.len());
    for event in &request.events {
        validate_stream(&event.stream)?;
        if !ids.insert(event.id) {
            return Err(StoreError::InvalidRequest(format!(
                "event id {} appears more than once in the request",
                event.id
            )));
        }
    }
    for (stream, _) in &request.expectations {
        validate_stream(stream)?;
    }
    Ok(())
}

fn validate_stream(stream: &StreamId) -> Result<(), StoreError> {
    if stream.as_str().is_empty() {
        return Err(StoreError::InvalidRequest(
            "a stream id must not be empty".into(),
        ));
    }
    // The sled index keys a stream's events as `id 0x00 version`; a NUL inside an id would let
    // one stream's prefix scan reach into another's. The in-memory store refuses it too, so that
    // both backends accept exactly the same requests.
    if stream.as_str().contains('\0') {
        return Err(StoreError::InvalidRequest(format!(
            "stream id {:?} contains a NUL character",
            stream.as_str()
        )));
    }
    Ok(())
}

/// Decides what an append does against one consistent view of the store.
///
/// Idempotency is checked before expectations: a retried command whose first attempt landed
/// must get that first result, not a conflict caused by its own events.
pub fn plan<V: LogView>(request: &AppendRequest, view: &V) -> Result<Plan, PlanError<V::Error>> {
    if let Some(mut first) = view.command(request.command_id)? {
        if let (Some(sent), Some(kept)) = (&request.fingerprint, &first.fingerprint)
            && sent != kept
        {
            return Err(StoreError::CommandIdReused {
                command_id: request.command_id,
            }
            .into());
        }
        first.duplicate = true;
        return Ok(Plan::Duplicate(first));
    }

    for (stream, expected) in &request.expectations {
        if let ExpectedVersion::Exact(expected) = *expected {
            let actual = view.stream_version(stream)?;
            if actual != expected {
                return Err(StoreError::Conflict {
                    stream: stream.clone(),
                    expected,
                    actual,
                }
                .into());
            }
        }
    }

    let head = view.head_position()?;
    let mut heads: Vec<(StreamId, u64)> = Vec::new();
    let mut events = Vec::with_capacity(request.events.len());
    for (offset, event) in request.events.iter().enumerate() {
        // Requests touch a handful of streams, so a linear search beats hashing here.
        let slot = match heads.iter().position(|(stream, _)| *stream == event.stream) {
            Some(slot) => slot,
            None => {
                let version = view.stream_version(&event.stream)?;
                heads.push((event.stream.clone(), version));
                heads.len() - 1
            }
        };
        heads[slot].1 += 1;
        let position = head + offset as u64 + 1;
        events.push(RecordedEvent {
            id: event.id,
            stream: event.stream.clone(),
            stream_version: heads[slot].1,
            position,
            recorded_at: request.recorded_at,
            occurred_at: event.occurred_at,
            recorded_by: event.recorded_by.clone(),
            meeting: event.meeting.clone(),
            event_type: event.event_type.clone(),
            schema_version: event.schema_version,
            causation: event.causation,
            payload: event.payload.clone(),
        });
    }

    let outcome = AppendOutcome {
        last_position: head + events.len() as u64,
        first_position: events.first().map(|event| event.position),
        stream_versions: heads,
        duplicate: false,
        fingerprint: request.fingerprint.clone(),
    };
    Ok(Plan::Write(Write { events, outcome }))
}
