//! An in-memory [`EventStore`] with the same semantics as the sled one, for tests and tools.

use std::collections::HashMap;
use std::convert::Infallible;
use std::sync::{Mutex, MutexGuard, PoisonError};

use tokio::sync::watch;
use ulid::Ulid;

use crate::rules::{self, LogView, Plan, PlanError};
use crate::{AppendOutcome, AppendRequest, EventStore, RecordedEvent, StoreError, StreamId};

/// Keeps the whole log in memory behind one mutex; nothing survives the process.
pub struct MemoryStore {
    state: Mutex<State>,
    head: watch::Sender<u64>,
}

#[derive(Default)]
struct State {
    /// `events[i]` has position `i + 1`.
    events: Vec<RecordedEvent>,
    /// For each stream, the positions of its events; `positions[v - 1]` holds version `v`.
    streams: HashMap<StreamId, Vec<u64>>,
    commands: HashMap<Ulid, AppendOutcome>,
}

impl LogView for State {
    type Error = Infallible;

    fn command(&self, id: Ulid) -> Result<Option<AppendOutcome>, PlanError<Infallible>> {
        Ok(self.commands.get(&id).cloned())
    }

    fn stream_version(&self, stream: &StreamId) -> Result<u64, PlanError<Infallible>> {
        Ok(self
            .streams
            .get(stream)
            .map_or(0, |positions| positions.len() as u64))
    }

    fn head_position(&self) -> Result<u64, PlanError<Infallible>> {
        Ok(self.events.len() as u64)
    }
}

impl MemoryStore {
    pub fn new() -> Self {
        Self {
            state: Mutex::new(State::default()),
            head: watch::Sender::new(0),
        }
    }

    fn lock(&self) -> MutexGuard<'_, State> {
        // Every mutation below either completes or panics before touching the state, so a
        // poisoned lock still guards a consistent log.
        self.state.lock().unwrap_or_else(PoisonError::into_inner)
    }
}

impl Default for MemoryStore {
    fn default() -> Self {
        Self::new()
    }
}

impl std::fmt::Debug for MemoryStore {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("MemoryStore")
            .field("head", &*self.head.borrow())
            .finish_non_exhaustive()
    }
}

impl EventStore for MemoryStore {
    fn append(&self, request: AppendRequest) -> Result<AppendOutcome, StoreError> {
        rules::validate(&request)?;
        let mut state = self.lock();
        let write = match rules::plan(&request, &*state) {
            Ok(Plan::Duplicate(first)) => return Ok(first),
            Ok(Plan::Write(write)) => write,
            Err(PlanError::Store(error)) => return Err(error),
            Err(PlanError::Backend(never)) => match never {},
        };
        let new_head = write.new_head();
        for event in write.events {
            state
                .streams
                .entry(event.stream.clone())
                .or_default()
                .push(event.position);
            state.events.push(event);
        }
        state
            .commands
            .insert(request.command_id, write.outcome.clone());
        drop(state);

        self.head.send_if_modified(|head| advance(head, new_head));
        Ok(write.outcome)
    }

    fn read_stream(
        &self,
        stream: &StreamId,
        from_version: u64,
    ) -> Result<Vec<RecordedEvent>, StoreError> {
        let state = self.lock();
        let Some(positions) = state.streams.get(stream) else {
            return Ok(Vec::new());
        };
        let skip = usize::try_from(from_version.saturating_sub(1)).unwrap_or(usize::MAX);
        Ok(positions
            .iter()
            .skip(skip)
            .map(|&position| state.events[(position - 1) as usize].clone())
            .collect())
    }

    fn read_all(&self, from_position: u64, limit: usize) -> Result<Vec<RecordedEvent>, StoreError> {
        let state = self.lock();
        let skip = usize::try_from(from_position.saturating_sub(1)).unwrap_or(usize::MAX);
        Ok(state
            .events
            .iter()
            .skip(skip)
            .take(limit)
            .cloned()
            .collect())
    }

    fn read_positions(&self, positions: &[u64]) -> Result<Vec<RecordedEvent>, StoreError> {
        let state = self.lock();
        positions
            .iter()
            .map(|&position| {
                usize::try_from(position)
                    .ok()
                    .and_then(|position| state.events.get(position.checked_sub(1)?))
                    .cloned()
                    .ok_or_else(|| crate::beyond_the_log(position, state.events.len() as u64))
            })
            .collect()
    }

    fn stream_version(&self, stream: &StreamId) -> Result<u64, StoreError> {
        Ok(self
            .lock()
            .streams
            .get(stream)
            .map_or(0, |positions| positions.len() as u64))
    }

    fn head_position(&self) -> Result<u64, StoreError> {
        Ok(self.lock().events.len() as u64)
    }

    fn command_outcome(&self, command_id: Ulid) -> Result<Option<AppendOutcome>, StoreError> {
        Ok(self
            .lock()
            .commands
            .get(&command_id)
            .cloned()
            .map(|mut first| {
                first.duplicate = true;
                first
            }))
    }

    fn subscribe(&self) -> watch::Receiver<u64> {
        self.head.subscribe()
    }
}

/// Moves the published head forward only: appenders may publish out of order, and a
/// subscriber must never see the head go back.
pub(crate) fn advance(head: &mut u64, new_head: u64) -> bool {
    if new_head > *head {
        *head = new_head;
        true
    } else {
        false
    }
}
