//! The application layer: load the streams a command touches, decide, append with the expected versions, retry on conflict.
//!
//! Every write of balans goes through [`App::execute`] (one command) or [`App::execute_batch`]
//! (many commands that land in one atomic append, such as a scenario file or an imported
//! protocol). Both decide against state folded from the store, append with the version each
//! written stream had when it was loaded, and retry from a fresh load when another writer got
//! there first, unless the caller stated its own expected version.

pub mod clock;
pub mod scenario;

use std::collections::HashMap;
use std::sync::{Mutex, PoisonError};

use balans_domain::StreamState as Folded;
use balans_domain::{
    CaseId, CaseState, Command, Context, DomainError, Event, ForumId, ForumState, MeetingId,
    MeetingState, Principal, Refusal, Role, State, StreamRef, authorize, decide,
};
use balans_store::{
    AppendOutcome, AppendRequest, EventStore, ExpectedVersion, NewEvent, RecordedEvent, StoreError,
    StreamId,
};
use jiff::Timestamp;
use jiff::civil::{Date, Time};
use ulid::Ulid;

use balans_domain::organization_time_zone;
pub use balans_events::DecodeError;
use balans_events::{Undecodable, codec, decode_recorded};
pub use clock::{Clock, FixedClock, SystemClock};

/// How often a command is decided again after another writer changed a stream it read.
const MAX_ATTEMPTS: usize = 5;

/// How many streams' folded states [`App`] keeps between commands. A few thousand cover the
/// forums, recent meetings and active cases of a large city; when full, it keeps the forums
/// and starts over with the rest. A stream not kept is read from the store whole.
const CACHED_STREAMS: usize = 8192;

/// Folded states of recently loaded streams, each with the stream version it was folded to.
type StreamCache = Mutex<HashMap<StreamRef, (u64, Folded)>>;

/// Who sends a command and how it may be retried.
#[derive(Debug, Clone)]
pub struct CommandMeta {
    /// Idempotency key: sending the same id again appends nothing and returns the first result.
    pub command_id: Ulid,
    /// Who sends it: checked against every command, and written as each event's `recorded_by`.
    pub principal: Principal,
    /// The version the client saw of the command's target stream; `None` = decide on the latest.
    pub expected_version: Option<u64>,
}

impl CommandMeta {
    pub fn new(principal: Principal) -> Self {
        Self {
            command_id: Ulid::generate(),
            principal,
            expected_version: None,
        }
    }

    /// Sent by the operator at the machine that holds the data (the command line, the demo).
    pub fn local(who: &str) -> Self {
        Self::new(Principal::local(who))
    }
}

/// What a successful command (or batch) did.
#[derive(Debug, Clone)]
pub struct Executed {
    /// The events appended, as the log holds them (empty when the command id had been seen
    /// before, or nothing changed).
    pub events: Vec<RecordedEvent>,
    /// The same events as the domain decided them, one for each of `events`: a reader can apply
    /// them without decoding what was just encoded.
    pub decided: Vec<Event>,
    pub outcome: AppendOutcome,
    /// The version of the (first) command's target stream after the append.
    pub target_version: u64,
}

/// Why a command was not recorded. Nothing is stored in any of these cases.
#[derive(Debug, thiserror::Error)]
pub enum AppError {
    #[error(transparent)]
    Domain(#[from] DomainError),
    /// The principal may not send the command (or nobody signed in).
    /// Boxed: a refusal carries its reasons, and inline it would make every result larger.
    #[error(transparent)]
    Refused(Box<Refusal>),
    #[error("conflict: {stream} is at version {actual}, not {expected}; reload and try again")]
    Conflict {
        stream: String,
        expected: u64,
        actual: u64,
    },
    #[error("stored event at position {position} cannot be read: {source}")]
    Decode { position: u64, source: DecodeError },
    #[error(transparent)]
    Store(StoreError),
    /// The command id was sent before with another command: a reused id, not a retry.
    #[error(
        "the command id {command_id} was already used for another command; send a new id for a new command"
    )]
    CommandIdReused { command_id: Ulid },
    #[error("command {index} ({name}) was refused: {source}")]
    InBatch {
        index: usize,
        name: &'static str,
        source: Box<AppError>,
    },
}

impl AppError {
    /// The error in Swedish, for a person to read, where it is one a person can act on; a
    /// failure of the store or of a stored event keeps its own text.
    pub fn swedish(&self) -> String {
        match self {
            AppError::Domain(domain) => domain.swedish(),
            AppError::Refused(refusal) => refusal.swedish(),
            AppError::InBatch { source, .. } => source.swedish(),
            AppError::Conflict { .. } => {
                "någon annan ändrade samma sak först: läs in igen och försök på nytt".to_string()
            }
            AppError::Store(store) => store.swedish(),
            AppError::CommandIdReused { command_id } => format!(
                "kommando-id:t {command_id} har redan använts för ett annat kommando: inget sparades; skicka ett nytt id för ett nytt kommando"
            ),
            AppError::Decode { .. } => self.to_string(),
        }
    }
}

impl From<Refusal> for AppError {
    fn from(refusal: Refusal) -> Self {
        AppError::Refused(Box::new(refusal))
    }
}

impl From<Undecodable> for AppError {
    fn from(Undecodable { position, source }: Undecodable) -> Self {
        AppError::Decode { position, source }
    }
}

impl From<StoreError> for AppError {
    fn from(error: StoreError) -> Self {
        match error {
            StoreError::Conflict {
                stream,
                expected,
                actual,
            } => AppError::Conflict {
                stream: stream.0,
                expected,
                actual,
            },
            StoreError::CommandIdReused { command_id } => AppError::CommandIdReused { command_id },
            other => AppError::Store(other),
        }
    }
}

/// The application: a store, a clock, and the folded states of recently used streams.
pub struct App<S> {
    store: S,
    clock: Box<dyn Clock>,
    /// Streams are append-only, so a folded state stays true up to its version: a command reads
    /// only the events appended since, instead of the whole stream. A forum's stream grows by
    /// one event per case opened, so without this every opening re-read years of numbering.
    cache: StreamCache,
}

impl<S: EventStore> App<S> {
    pub fn new(store: S) -> Self {
        Self::with_clock(store, Box::new(SystemClock))
    }

    pub fn with_clock(store: S, clock: Box<dyn Clock>) -> Self {
        Self {
            store,
            clock,
            cache: Mutex::new(HashMap::new()),
        }
    }

    pub fn store(&self) -> &S {
        &self.store
    }

    pub fn clock(&self) -> &dyn Clock {
        self.clock.as_ref()
    }

    /// Decides one command and appends its events.
    pub fn execute(&self, command: Command, meta: CommandMeta) -> Result<Executed, AppError> {
        self.run(vec![command], &meta).map_err(|error| match error {
            AppError::InBatch { source, .. } => *source,
            other => other,
        })
    }

    /// Decides commands one after the other, each seeing the events of the ones before, and
    /// appends all their events in one atomic append: all land, or none.
    pub fn execute_batch(
        &self,
        commands: Vec<Command>,
        meta: CommandMeta,
    ) -> Result<Executed, AppError> {
        self.run(commands, &meta)
    }

    fn run(&self, commands: Vec<Command>, meta: &CommandMeta) -> Result<Executed, AppError> {
        let target = commands.first().map(Command::target);
        let fingerprint = fingerprint(&meta.principal, &commands);
        // A retry gets its first result before the command is decided again: decided now, it
        // could be refused (the case it created exists, the case it closed is closed).
        if let Some(first) = self.store.command_outcome(meta.command_id)? {
            return self.first_result(first, &fingerprint, meta.command_id, target);
        }
        let mut attempt = 0;
        loop {
            attempt += 1;
            let mut unit = self.unit_of_work();
            if let (Some(target), Some(expected)) = (target, meta.expected_version) {
                let actual = unit.version_of(target)?;
                if actual != expected {
                    return Err(AppError::Conflict {
                        stream: target.stream_name(),
                        expected,
                        actual,
                    });
                }
            }
            for (index, command) in commands.iter().enumerate() {
                unit.decide(command.clone(), meta)
                    .map_err(|error| AppError::InBatch {
                        index,
                        name: command.name(),
                        source: Box::new(error),
                    })?;
            }
            match unit.commit(meta, &fingerprint, self.clock.now()) {
                Ok((events, decided, outcome)) => {
                    let target_version = match target {
                        Some(target) => {
                            let name = target.stream_name();
                            match outcome.stream_versions.iter().find(|(s, _)| s.0 == name) {
                                Some((_, version)) => *version,
                                None => self.store.stream_version(&StreamId(name))?,
                            }
                        }
                        None => 0,
                    };
                    return Ok(Executed {
                        events,
                        decided,
                        outcome,
                        target_version,
                    });
                }
                Err(AppError::Conflict { .. })
                    if meta.expected_version.is_none() && attempt < MAX_ATTEMPTS =>
                {
                    continue;
                }
                Err(error) => return Err(error),
            }
        }
    }

    /// What a retried command returns: its first outcome, if it is the same command.
    fn first_result(
        &self,
        first: AppendOutcome,
        fingerprint: &str,
        command_id: Ulid,
        target: Option<StreamRef>,
    ) -> Result<Executed, AppError> {
        if first
            .fingerprint
            .as_deref()
            .is_some_and(|kept| kept != fingerprint)
        {
            return Err(AppError::CommandIdReused { command_id });
        }
        let target_version = match target {
            Some(target) => {
                let name = target.stream_name();
                match first.stream_versions.iter().find(|(s, _)| s.0 == name) {
                    Some((_, version)) => *version,
                    None => self.store.stream_version(&StreamId(name))?,
                }
            }
            None => 0,
        };
        Ok(Executed {
            events: Vec::new(),
            decided: Vec::new(),
            outcome: first,
            target_version,
        })
    }

    /// A unit of work over this App's store and cache, as of today.
    fn unit_of_work(&self) -> UnitOfWork<'_, S> {
        UnitOfWork::new(&self.store, &self.cache, self.clock.today())
    }

    /// The current state of a case, folded from its stream.
    pub fn load_case(&self, id: CaseId) -> Result<Option<CaseState>, AppError> {
        let mut unit = self.unit_of_work();
        unit.load(StreamRef::Case(id))?;
        Ok(unit.case(id))
    }

    /// The current state of a meeting, folded from its stream.
    pub fn load_meeting(&self, id: MeetingId) -> Result<Option<MeetingState>, AppError> {
        let mut unit = self.unit_of_work();
        unit.load(StreamRef::Meeting(id))?;
        Ok(unit.meeting(id))
    }

    /// The current state of a forum, folded from its stream.
    pub fn load_forum(&self, id: ForumId) -> Result<Option<ForumState>, AppError> {
        let mut unit = self.unit_of_work();
        unit.load(StreamRef::Forum(id))?;
        Ok(unit.forum(id))
    }
}

/// A digest of who asks what (the principal's id and the commands, as their JSON): the same
/// command id sent with another command, or by someone else, is told apart from a retry by it.
/// SHA-256, so it stays the same across versions and machines, unlike std's hasher.
pub fn fingerprint(principal: &Principal, commands: &[Command]) -> String {
    use sha2::Digest as _;
    let json = serde_json::to_vec(commands).unwrap_or_default();
    let mut digest = sha2::Sha256::new();
    digest.update(principal.id.as_bytes());
    digest.update([0]);
    digest.update(&json);
    balans_store::hex(&digest.finalize())
}

/// When an event happened and at which meeting: a case event at its occurrence (the meeting's
/// start where it has a time), a meeting event on the meeting's date, anything else `now`.
/// `meeting` gives a meeting's date and start time as the writer knows them.
pub fn when_and_where(
    event: &Event,
    now: Timestamp,
    meeting: impl Fn(MeetingId) -> Option<(Date, Option<Time>)>,
) -> (Timestamp, Option<MeetingId>) {
    let (at_meeting, date) = match (event.occurrence(), event.stream()) {
        (Some(at), _) => (at.meeting, Some(at.on)),
        (None, StreamRef::Meeting(id)) => (Some(id), meeting(id).map(|(date, _)| date)),
        (None, _) => (None, None),
    };
    let time = at_meeting
        .and_then(&meeting)
        .and_then(|(_, time)| time)
        .unwrap_or(Time::midnight());
    let occurred_at = date
        .and_then(|date| {
            date.to_datetime(time)
                .to_zoned(organization_time_zone())
                .ok()
        })
        .map_or(now, |zoned| zoned.timestamp());
    (occurred_at, at_meeting)
}

/// Keeps `folded`, the state of `stream` at `version`, in the cache of folded states.
fn keep(cache: &StreamCache, stream: StreamRef, version: u64, folded: &Folded) {
    let mut cache = cache.lock().unwrap_or_else(PoisonError::into_inner);
    if cache.len() >= CACHED_STREAMS {
        // Forums are few and their streams the longest (one event per case opened): keep them,
        // and start over with meetings and cases.
        cache.retain(|stream, _| matches!(stream, StreamRef::Forum(_)));
    }
    // Another thread may have cached a later version meanwhile; keep the later one.
    if cache.get(&stream).is_none_or(|(known, _)| *known < version) {
        cache.insert(stream, (version, folded.clone()));
    }
}

struct Loaded {
    /// The version the stream had in the store when it was loaded.
    version: u64,
    folded: Folded,
}

/// The streams loaded for one attempt, with the events decided so far folded in.
struct UnitOfWork<'a, S> {
    store: &'a S,
    cache: &'a StreamCache,
    today: Date,
    streams: HashMap<StreamRef, Loaded>,
    pending: Vec<(Event, Ulid)>,
}

impl<'a, S: EventStore> UnitOfWork<'a, S> {
    fn new(store: &'a S, cache: &'a StreamCache, today: Date) -> Self {
        Self {
            store,
            cache,
            today,
            streams: HashMap::new(),
            pending: Vec::new(),
        }
    }

    fn load(&mut self, stream: StreamRef) -> Result<(), AppError> {
        if self.streams.contains_key(&stream) {
            return Ok(());
        }
        let cached = self
            .cache
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .get(&stream)
            .cloned();
        let (cached_version, mut folded) = cached.unwrap_or((0, Folded::empty(stream)));
        let recorded = self
            .store
            .read_stream(&StreamId(stream.stream_name()), cached_version + 1)?;
        for event in &recorded {
            folded = folded.evolve(&decode_recorded(event)?);
        }
        let version = recorded.last().map_or(cached_version, |e| e.stream_version);
        if version > cached_version {
            keep(self.cache, stream, version, &folded);
        }
        self.streams.insert(stream, Loaded { version, folded });
        Ok(())
    }

    fn version_of(&mut self, stream: StreamRef) -> Result<u64, AppError> {
        self.load(stream)?;
        Ok(self.streams.get(&stream).map_or(0, |l| l.version))
    }

    fn forum(&self, id: ForumId) -> Option<ForumState> {
        match self.streams.get(&StreamRef::Forum(id)).map(|l| &l.folded) {
            Some(Folded::Forum(state)) => state.clone(),
            _ => None,
        }
    }

    fn meeting(&self, id: MeetingId) -> Option<MeetingState> {
        match self.streams.get(&StreamRef::Meeting(id)).map(|l| &l.folded) {
            Some(Folded::Meeting(state)) => state.clone(),
            _ => None,
        }
    }

    fn case(&self, id: CaseId) -> Option<CaseState> {
        match self.streams.get(&StreamRef::Case(id)).map(|l| &l.folded) {
            Some(Folded::Case(state)) => state.clone(),
            _ => None,
        }
    }

    fn decide(&mut self, command: Command, meta: &CommandMeta) -> Result<(), AppError> {
        let touches = command.touches();
        let mut state = State::default();
        if let Some(id) = touches.forum {
            self.load(StreamRef::Forum(id))?;
            state.forum = self.forum(id);
        }
        if let Some(id) = touches.meeting {
            self.load(StreamRef::Meeting(id))?;
            state.meeting = self.meeting(id);
        }
        if let Some(id) = touches.case {
            self.load(StreamRef::Case(id))?;
            state.case = self.case(id);
            let origin = state.case.as_ref().and_then(|c| c.opened.meeting);
            if let Some(origin) = origin.filter(|_| command.reads_origin_meeting()) {
                self.load(StreamRef::Meeting(origin))?;
                state.origin_meeting = self.meeting(origin);
            }
        }
        // A union speaks only in the forums that list it; a command that names only a case or
        // a meeting does not load its forum for `decide`, so it is loaded here for the check.
        if state.forum.is_none()
            && meta.principal.grants.iter().any(|g| g.role == Role::Party)
            && let Some(id) = state
                .case
                .as_ref()
                .map(|c| c.forum)
                .or_else(|| state.meeting.as_ref().map(|m| m.forum))
        {
            self.load(StreamRef::Forum(id))?;
            state.forum = self.forum(id);
        }
        authorize(&meta.principal, &command, &state)?;
        let context = Context { today: self.today };
        let events = decide(&state, command, &context)?;
        for event in events {
            let stream = event.stream();
            self.load(stream)?;
            if let Some(loaded) = self.streams.get_mut(&stream) {
                let folded = std::mem::replace(&mut loaded.folded, Folded::empty(stream));
                loaded.folded = folded.evolve(&event);
            }
            self.pending.push((event, meta.command_id));
        }
        Ok(())
    }

    /// Appends every pending event in one request, expecting each written stream at the version it was loaded at.
    fn commit(
        self,
        meta: &CommandMeta,
        fingerprint: &str,
        now: Timestamp,
    ) -> Result<(Vec<RecordedEvent>, Vec<Event>, AppendOutcome), AppError> {
        let mut expectations: Vec<(StreamId, ExpectedVersion)> = Vec::new();
        let mut events = Vec::with_capacity(self.pending.len());
        let mut ids = ulid::Generator::new();
        for (event, causation) in &self.pending {
            let stream = event.stream();
            let stream_id = StreamId(stream.stream_name());
            if !expectations.iter().any(|(s, _)| *s == stream_id) {
                let version = self.streams.get(&stream).map_or(0, |l| l.version);
                expectations.push((stream_id.clone(), ExpectedVersion::Exact(version)));
            }
            let encoded = codec::encode(event);
            let (occurred_at, meeting) = self.when_and_where(event, now);
            events.push(NewEvent {
                // A monotonic generator keeps ids of one append sorted like their positions.
                id: ids.generate().unwrap_or_else(|_| Ulid::generate()),
                stream: stream_id,
                event_type: encoded.event_type.to_string(),
                schema_version: encoded.schema_version,
                occurred_at,
                recorded_by: meta.principal.id.clone(),
                meeting: meeting.map(|m| m.to_string()),
                causation: *causation,
                payload: encoded.payload.into(),
            });
        }
        let request = AppendRequest {
            command_id: meta.command_id,
            fingerprint: Some(fingerprint.to_owned()),
            recorded_at: now,
            expectations,
            events,
        };
        // The store consumes its request; the copy becomes the recorded events, which the
        // outcome places without reading the log back.
        let outcome = self.store.append(request.clone())?;
        let appended = outcome.recorded(request);
        if !appended.is_empty() {
            // The states this unit folded its own events into are the streams' states at the
            // versions the append gave them: the next command on them reads nothing back.
            let written: HashMap<&str, u64> = outcome
                .stream_versions
                .iter()
                .map(|(stream, version)| (stream.0.as_str(), *version))
                .collect();
            for (stream, loaded) in &self.streams {
                if let Some(&version) = written.get(stream.stream_name().as_str()) {
                    keep(self.cache, *stream, version, &loaded.folded);
                }
            }
        }
        let decided = if appended.is_empty() {
            Vec::new()
        } else {
            self.pending.into_iter().map(|(event, _)| event).collect()
        };
        Ok((appended, decided, outcome))
    }

    fn when_and_where(&self, event: &Event, now: Timestamp) -> (Timestamp, Option<MeetingId>) {
        when_and_where(event, now, |id| self.meeting(id).map(|m| (m.date, m.time)))
    }
}
