//! The SQLite peer: the same tracker as an experienced engineer would build it on SQLite (events table plus indexed read tables, one transaction per command).
//!
//! Writes load each touched stream from the `events` table (indexed by stream and version), fold
//! it with the domain's `evolve_*`, `decide` with the same pure domain as the product, then in the
//! same `BEGIN IMMEDIATE` transaction append the events and update the read tables that the
//! queries use: `forums`, `forum_unions`, `meetings`, `cases`, `obligations`, `commitments`,
//! `timeline`, `balance_changes` and the full-text index `case_text` (FTS5, trigram). The
//! database runs in WAL mode with `synchronous=FULL`, so a committed transaction is fsynced
//! before `COMMIT` returns, as durable as the product's append. Every query is SQL on the read
//! tables with prepared (cached) statements.

use std::collections::{BTreeMap, HashMap};
use std::path::Path;
use std::time::Duration;

use balans_domain::StreamState as Folded;
use balans_domain::{
    CaseId, CaseState, CaseStatus, Command, Context, DomainError, DueBy, Event, ForumId,
    ForumState, MeetingId, MeetingState, ObligationKind, Party, State, StreamRef, decide,
};
use balans_events::codec::{self, DecodeError};
use balans_read::ReadModel;
use balans_store::{RecordedEvent, StreamId};
use jiff::Timestamp;
use jiff::civil::Date;
use rusqlite::{Connection, OptionalExtension, TransactionBehavior, params};
use ulid::Ulid;

use crate::answers::{
    BalanceAt, CasePage, CaseRow, DaysRow, Medians, OwedPage, OwedRow, Queries, TimelineRow,
    search_words,
};

/// Why the peer could not do something.
#[derive(Debug, thiserror::Error)]
pub enum PeerError {
    #[error("sqlite: {0}")]
    Sqlite(#[from] rusqlite::Error),
    #[error(transparent)]
    Domain(#[from] DomainError),
    #[error("stored event cannot be read: {0}")]
    Decode(#[from] DecodeError),
    #[error("stored JSON cannot be read: {0}")]
    Json(#[from] serde_json::Error),
    #[error("stored value is malformed: {0}")]
    Malformed(String),
}

const SCHEMA: &str = r#"
CREATE TABLE IF NOT EXISTS events (
    position INTEGER PRIMARY KEY,
    stream TEXT NOT NULL,
    version INTEGER NOT NULL,
    id TEXT NOT NULL,
    event_type TEXT NOT NULL,
    schema_version INTEGER NOT NULL,
    occurred_at INTEGER NOT NULL,
    recorded_at INTEGER NOT NULL,
    recorded_by TEXT NOT NULL,
    meeting TEXT,
    causation TEXT NOT NULL,
    payload TEXT NOT NULL
);
CREATE UNIQUE INDEX IF NOT EXISTS events_stream ON events(stream, version);
CREATE TABLE IF NOT EXISTS commands (id TEXT PRIMARY KEY, last_position INTEGER NOT NULL) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS forums (
    id TEXT PRIMARY KEY, code TEXT NOT NULL, name TEXT NOT NULL, organization TEXT NOT NULL
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS forum_unions (forum TEXT NOT NULL, party TEXT NOT NULL, PRIMARY KEY (forum, party)) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS meetings (
    id TEXT PRIMARY KEY, forum TEXT NOT NULL, date TEXT NOT NULL, held INTEGER NOT NULL
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS meetings_forum_date ON meetings(forum, date);
CREATE TABLE IF NOT EXISTS cases (
    rid INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    forum TEXT NOT NULL,
    code TEXT NOT NULL,
    year INTEGER NOT NULL,
    seq INTEGER NOT NULL,
    kind TEXT NOT NULL,
    title TEXT NOT NULL,
    status TEXT NOT NULL,
    on_list INTEGER NOT NULL,
    raised_by TEXT,
    addressed_to TEXT,
    opened_on TEXT NOT NULL,
    first_answer_on TEXT
);
CREATE INDEX IF NOT EXISTS cases_forum_status ON cases(forum, status, code, year, seq);
CREATE TABLE IF NOT EXISTS obligations (
    case_rid INTEGER NOT NULL,
    ord INTEGER NOT NULL,
    forum TEXT NOT NULL,
    kind TEXT NOT NULL,
    commitment INTEGER,
    party TEXT NOT NULL,
    what TEXT NOT NULL,
    since_on TEXT NOT NULL,
    due_kind TEXT NOT NULL,
    due_date TEXT,
    PRIMARY KEY (case_rid, ord)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS obligations_party ON obligations(party, since_on);
CREATE TABLE IF NOT EXISTS commitments (
    case_rid INTEGER NOT NULL,
    number INTEGER NOT NULL,
    by_party TEXT NOT NULL,
    made_on TEXT NOT NULL,
    fulfilled_on TEXT,
    PRIMARY KEY (case_rid, number)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS timeline (
    case_rid INTEGER NOT NULL,
    position INTEGER NOT NULL,
    event_type TEXT NOT NULL,
    meeting TEXT,
    occurred_at INTEGER NOT NULL,
    summary TEXT NOT NULL,
    PRIMARY KEY (case_rid, position)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS balance_changes (
    forum TEXT NOT NULL,
    case_rid INTEGER NOT NULL,
    position INTEGER NOT NULL,
    occurred_at INTEGER NOT NULL,
    on_list INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS balance_changes_forum ON balance_changes(forum, occurred_at);
CREATE VIRTUAL TABLE IF NOT EXISTS case_text USING fts5(body, tokenize = 'trigram');
"#;

/// One SQLite connection to the peer's database.
pub struct Peer {
    conn: Connection,
}

/// What one command (or batch) did in the peer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PeerExecuted {
    pub events: u64,
    pub last_position: u64,
}

impl Peer {
    /// Who owes what: the first `first` rows (all when `None`) and how many there are in all.
    fn owed(
        &self,
        owed_by: &Party,
        as_of: Date,
        first: Option<usize>,
    ) -> Result<OwedPage, PeerError> {
        let sql = format!(
            "SELECT c.id, c.code, c.year, c.seq, o.kind, o.commitment, o.party, o.what, \
             o.since_on, o.due_kind, o.due_date, \
             (SELECT MIN(m.date) FROM meetings m WHERE m.forum = o.forum AND m.date > o.since_on), \
             COUNT(*) OVER () \
             FROM obligations o JOIN cases c ON c.rid = o.case_rid \
             WHERE {} ORDER BY o.since_on, c.code, c.year, c.seq, o.ord LIMIT ?2",
            party_clause(owed_by)
        );
        let mut statement = self.conn.prepare_cached(&sql)?;
        // SQLite reads a negative limit as none.
        let limit = first.map_or(-1, |first| to_i64(first as u64));
        let mut rows = statement.query(params![owed_by.name(), limit])?;
        let mut owed = OwedPage::default();
        while let Some(row) = rows.next()? {
            owed.total = to_u64(row.get(12)?) as usize;
            let since = parse_date(&row.get::<_, String>(8)?)?;
            let due_kind: String = row.get(9)?;
            let due_date = match due_kind.as_str() {
                "date" => row.get::<_, Option<String>>(10)?,
                "next_meeting" => row.get::<_, Option<String>>(11)?,
                _ => None,
            }
            .map(|d| parse_date(&d))
            .transpose()?;
            owed.items.push(OwedRow {
                case: parse_id(&row.get::<_, String>(0)?)?,
                number: case_number(row)?,
                kind: row.get(4)?,
                commitment: row.get(5)?,
                party: row.get(6)?,
                what: row.get(7)?,
                since,
                due_date,
                overdue: due_date.is_some_and(|due| as_of > due),
                days_waiting: (as_of - since).get_days(),
            });
        }
        Ok(owed)
    }

    /// Opens (creating if needed) the database file, in WAL mode with `synchronous=FULL`.
    pub fn open(path: &Path) -> Result<Self, PeerError> {
        let conn = Connection::open(path)?;
        conn.busy_timeout(Duration::from_secs(30))?;
        conn.pragma_update(None, "journal_mode", "WAL")?;
        conn.pragma_update(None, "synchronous", "FULL")?;
        // The same page cache budget as the product's sled store (64 MiB).
        conn.pragma_update(None, "cache_size", -65_536)?;
        conn.pragma_update(None, "temp_store", "MEMORY")?;
        conn.execute_batch(SCHEMA)?;
        conn.set_prepared_statement_cache_capacity(64);
        Ok(Self { conn })
    }

    pub fn connection(&self) -> &Connection {
        &self.conn
    }

    /// The position of the last event (0 when empty).
    pub fn head(&self) -> Result<u64, PeerError> {
        let head: Option<i64> = self
            .conn
            .prepare_cached("SELECT MAX(position) FROM events")?
            .query_row([], |row| row.get(0))?;
        Ok(head.map_or(0, to_u64))
    }

    /// Decides commands one after the other (each sees the ones before) and commits all their
    /// events and read-table changes in one transaction; nothing is stored when one is refused.
    pub fn execute(
        &mut self,
        commands: &[Command],
        command_id: Ulid,
        actor: &str,
        today: Date,
    ) -> Result<PeerExecuted, PeerError> {
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        let seen: Option<i64> = tx
            .prepare_cached("SELECT last_position FROM commands WHERE id = ?1")?
            .query_row([command_id.to_string()], |row| row.get(0))
            .optional()?;
        if let Some(last) = seen {
            return Ok(PeerExecuted {
                events: 0,
                last_position: to_u64(last),
            });
        }
        let mut unit = Unit::default();
        let context = Context { today };
        for command in commands {
            unit.decide(&tx, command.clone(), &context)?;
        }
        let head: Option<i64> = tx
            .prepare_cached("SELECT MAX(position) FROM events")?
            .query_row([], |row| row.get(0))?;
        let mut position = head.map_or(0, to_u64);
        let now = Timestamp::now();
        let events = unit.pending.len() as u64;
        unit.write(&tx, &mut position, command_id, actor, now)?;
        tx.prepare_cached("INSERT INTO commands (id, last_position) VALUES (?1, ?2)")?
            .execute(params![command_id.to_string(), to_i64(position)])?;
        tx.commit()?;
        Ok(PeerExecuted {
            events,
            last_position: position,
        })
    }

    /// Reads every event in order and folds it into a read model: the peer's full replay.
    pub fn replay(&self) -> Result<ReadModel, PeerError> {
        let mut model = ReadModel::default();
        let mut statement = self.conn.prepare_cached(
            "SELECT position, stream, version, id, event_type, schema_version, occurred_at, \
             recorded_at, recorded_by, meeting, causation, payload FROM events ORDER BY position",
        )?;
        let mut rows = statement.query([])?;
        while let Some(row) = rows.next()? {
            let recorded = RecordedEvent {
                position: to_u64(row.get(0)?),
                stream: StreamId(row.get(1)?),
                stream_version: to_u64(row.get(2)?),
                id: parse_ulid(&row.get::<_, String>(3)?)?,
                event_type: row.get(4)?,
                schema_version: u16::try_from(row.get::<_, i64>(5)?).unwrap_or(u16::MAX),
                occurred_at: micros_to_timestamp(row.get(6)?)?,
                recorded_at: micros_to_timestamp(row.get(7)?)?,
                recorded_by: row.get(8)?,
                meeting: row.get(9)?,
                causation: parse_ulid(&row.get::<_, String>(10)?)?,
                payload: serde_json::from_str(
                    row.get_ref(11)?
                        .as_str()
                        .map_err(|e| PeerError::Malformed(format!("payload is not text: {e}")))?,
                )?,
            };
            model
                .apply(&recorded)
                .map_err(|error| PeerError::Malformed(error.to_string()))?;
        }
        Ok(model)
    }
}

struct Loaded {
    version: u64,
    /// The state as stored, to write only the read rows that changed.
    before: Folded,
    folded: Folded,
}

/// The streams one transaction loaded, and the events decided so far.
#[derive(Default)]
struct Unit {
    streams: HashMap<StreamRef, Loaded>,
    pending: Vec<Event>,
}

impl Unit {
    fn load(&mut self, conn: &Connection, stream: StreamRef) -> Result<(), PeerError> {
        if self.streams.contains_key(&stream) {
            return Ok(());
        }
        let mut statement = conn.prepare_cached(
            "SELECT event_type, schema_version, payload, version FROM events \
             WHERE stream = ?1 ORDER BY version",
        )?;
        let mut rows = statement.query([stream.stream_name()])?;
        let mut folded = Folded::empty(stream);
        let mut version = 0;
        while let Some(row) = rows.next()? {
            let event_type: String = row.get(0)?;
            let schema_version = u16::try_from(row.get::<_, i64>(1)?).unwrap_or(u16::MAX);
            let payload: balans_store::Payload = serde_json::from_str(
                row.get_ref(2)?
                    .as_str()
                    .map_err(|e| PeerError::Malformed(format!("payload is not text: {e}")))?,
            )?;
            folded = folded.evolve(&codec::decode(&event_type, schema_version, &payload)?);
            version = to_u64(row.get(3)?);
        }
        self.streams.insert(
            stream,
            Loaded {
                version,
                before: folded.clone(),
                folded,
            },
        );
        Ok(())
    }

    fn forum(&self, id: ForumId) -> Option<ForumState> {
        match self.streams.get(&StreamRef::Forum(id)).map(|l| &l.folded) {
            Some(Folded::Forum(state)) => state.clone(),
            _ => None,
        }
    }

    fn meeting(&self, id: MeetingId) -> Option<&MeetingState> {
        match self.streams.get(&StreamRef::Meeting(id)).map(|l| &l.folded) {
            Some(Folded::Meeting(state)) => state.as_ref(),
            _ => None,
        }
    }

    fn case(&self, id: CaseId) -> Option<CaseState> {
        match self.streams.get(&StreamRef::Case(id)).map(|l| &l.folded) {
            Some(Folded::Case(state)) => state.clone(),
            _ => None,
        }
    }

    fn decide(
        &mut self,
        conn: &Connection,
        command: Command,
        context: &Context,
    ) -> Result<(), PeerError> {
        let touches = command.touches();
        let mut state = State::default();
        if let Some(id) = touches.forum {
            self.load(conn, StreamRef::Forum(id))?;
            state.forum = self.forum(id);
        }
        if let Some(id) = touches.meeting {
            self.load(conn, StreamRef::Meeting(id))?;
            state.meeting = self.meeting(id).cloned();
        }
        if let Some(id) = touches.case {
            self.load(conn, StreamRef::Case(id))?;
            state.case = self.case(id);
            if let Some(origin) = state.case.as_ref().and_then(|c| c.opened.meeting) {
                self.load(conn, StreamRef::Meeting(origin))?;
                state.origin_meeting = self.meeting(origin).cloned();
            }
        }
        for event in decide(&state, command, context)? {
            let stream = event.stream();
            self.load(conn, stream)?;
            if let Some(loaded) = self.streams.get_mut(&stream) {
                let folded = std::mem::replace(&mut loaded.folded, Folded::empty(stream));
                loaded.folded = folded.evolve(&event);
            }
            self.pending.push(event);
        }
        Ok(())
    }

    /// The same rule as the product's application layer, on the meetings this unit knows.
    fn when_and_where(&self, event: &Event, now: Timestamp) -> (Timestamp, Option<MeetingId>) {
        balans_app::when_and_where(event, now, |id| self.meeting(id).map(|m| (m.date, m.time)))
    }

    /// Appends the pending events and brings the read tables up to date, in the caller's transaction.
    fn write(
        self,
        conn: &Connection,
        position: &mut u64,
        command_id: Ulid,
        actor: &str,
        now: Timestamp,
    ) -> Result<(), PeerError> {
        let mut versions: HashMap<StreamRef, u64> = self
            .streams
            .iter()
            .map(|(stream, loaded)| (*stream, loaded.version))
            .collect();
        let mut insert_event = conn.prepare_cached(
            "INSERT INTO events (position, stream, version, id, event_type, schema_version, \
             occurred_at, recorded_at, recorded_by, meeting, causation, payload) \
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)",
        )?;
        let mut ids = ulid::Generator::new();
        let mut dirty_cases: Vec<CaseId> = Vec::new();
        let mut dirty_meetings: Vec<MeetingId> = Vec::new();
        let mut case_rows: HashMap<CaseId, i64> = HashMap::new();
        // Case rows first exist after their CaseOpened; timeline rows need the row id.
        let mut timeline_pending: Vec<TimelinePending> = Vec::new();
        let mut balance_pending: Vec<(CaseId, u64, i64, bool)> = Vec::new();
        for event in &self.pending {
            *position += 1;
            let stream = event.stream();
            let version = versions.entry(stream).or_insert(0);
            *version += 1;
            let encoded = codec::encode(event);
            let (occurred_at, meeting) = self.when_and_where(event, now);
            let occurred = timestamp_to_micros(occurred_at);
            insert_event.execute(params![
                to_i64(*position),
                stream.stream_name(),
                to_i64(*version),
                ids.generate()
                    .unwrap_or_else(|_| Ulid::generate())
                    .to_string(),
                encoded.event_type,
                encoded.schema_version,
                occurred,
                timestamp_to_micros(now),
                actor,
                meeting.map(|m| m.to_string()),
                command_id.to_string(),
                serde_json::to_string(&encoded.payload)?,
            ])?;
            match (stream, event) {
                (
                    StreamRef::Forum(_),
                    Event::ForumCreated {
                        forum,
                        organization,
                        name,
                        code,
                        unions,
                    },
                ) => {
                    conn.prepare_cached(
                        "INSERT INTO forums (id, code, name, organization) VALUES (?1, ?2, ?3, ?4)",
                    )?
                    .execute(params![
                        forum.to_string(),
                        code,
                        name,
                        organization
                    ])?;
                    for union in unions {
                        insert_union(conn, *forum, union)?;
                    }
                }
                (StreamRef::Forum(_), Event::UnionJoinedForum { forum, union }) => {
                    insert_union(conn, *forum, union)?;
                }
                (StreamRef::Forum(_), _) => {}
                (StreamRef::Meeting(id), _) => {
                    if !dirty_meetings.contains(&id) {
                        dirty_meetings.push(id);
                    }
                }
                (StreamRef::Case(id), _) => {
                    if !dirty_cases.contains(&id) {
                        dirty_cases.push(id);
                    }
                    timeline_pending.push(TimelinePending {
                        case: id,
                        position: *position,
                        event_type: event.event_type(),
                        meeting,
                        occurred,
                        summary: balans_read::summary::summarize(event),
                    });
                    match event {
                        Event::AddedToBalanceList { .. } => {
                            balance_pending.push((id, *position, occurred, true));
                        }
                        Event::RemovedFromBalanceList { .. } | Event::Closed { .. } => {
                            balance_pending.push((id, *position, occurred, false));
                        }
                        _ => {}
                    }
                }
            }
        }
        for id in dirty_meetings {
            if let Some(meeting) = self.meeting(id) {
                conn.prepare_cached(
                    "INSERT OR REPLACE INTO meetings (id, forum, date, held) VALUES (?1, ?2, ?3, ?4)",
                )?
                .execute(params![
                    id.to_string(),
                    meeting.forum.to_string(),
                    meeting.date.to_string(),
                    meeting.held
                ])?;
            }
        }
        for id in dirty_cases {
            let Some(loaded) = self.streams.get(&StreamRef::Case(id)) else {
                continue;
            };
            let (Folded::Case(before), Folded::Case(Some(after))) =
                (&loaded.before, &loaded.folded)
            else {
                continue;
            };
            let rid = write_case(conn, before.as_ref(), after)?;
            case_rows.insert(id, rid);
        }
        let mut insert_timeline = conn.prepare_cached(
            "INSERT INTO timeline (case_rid, position, event_type, meeting, occurred_at, summary) \
             VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
        )?;
        for entry in timeline_pending {
            let Some(rid) = case_rows.get(&entry.case) else {
                continue;
            };
            insert_timeline.execute(params![
                rid,
                to_i64(entry.position),
                entry.event_type,
                entry.meeting.map(|m| m.to_string()),
                entry.occurred,
                entry.summary
            ])?;
        }
        let mut insert_balance = conn.prepare_cached(
            "INSERT INTO balance_changes (forum, case_rid, position, occurred_at, on_list) \
             VALUES (?1, ?2, ?3, ?4, ?5)",
        )?;
        for (case, position, occurred, on_list) in balance_pending {
            let (Some(rid), Some(state)) = (case_rows.get(&case), self.case(case)) else {
                continue;
            };
            insert_balance.execute(params![
                state.forum.to_string(),
                rid,
                to_i64(position),
                occurred,
                on_list
            ])?;
        }
        Ok(())
    }
}

/// A timeline row waiting for its case's row id.
struct TimelinePending {
    case: CaseId,
    position: u64,
    event_type: &'static str,
    meeting: Option<MeetingId>,
    occurred: i64,
    summary: String,
}

fn insert_union(conn: &Connection, forum: ForumId, union: &Party) -> Result<(), PeerError> {
    conn.prepare_cached("INSERT OR IGNORE INTO forum_unions (forum, party) VALUES (?1, ?2)")?
        .execute(params![forum.to_string(), union.name()])?;
    Ok(())
}

/// Writes a case's row, and its obligations, commitments and search text where they changed.
/// Returns the row id.
fn write_case(
    conn: &Connection,
    before: Option<&CaseState>,
    case: &CaseState,
) -> Result<i64, PeerError> {
    let status = status_name(case.status());
    let first_answer = case.answers.first().map(|a| a.at.on.to_string());
    let rid: i64 = conn
        .prepare_cached(
            "INSERT INTO cases (id, forum, code, year, seq, kind, title, status, on_list, \
             raised_by, addressed_to, opened_on, first_answer_on) \
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13) \
             ON CONFLICT (id) DO UPDATE SET title = excluded.title, status = excluded.status, \
             on_list = excluded.on_list, raised_by = excluded.raised_by, \
             addressed_to = excluded.addressed_to, first_answer_on = excluded.first_answer_on \
             RETURNING rid",
        )?
        .query_row(
            params![
                case.id.to_string(),
                case.forum.to_string(),
                case.number.forum_code,
                case.number.year,
                case.number.sequence,
                case.kind.swedish(),
                case.title,
                status,
                case.on_balance_list,
                case.raised_by.as_ref().map(Party::name),
                case.addressed_to.as_ref().map(Party::name),
                case.opened.on.to_string(),
                first_answer,
            ],
            |row| row.get(0),
        )?;
    let obligations = case.obligations();
    if before.map(CaseState::obligations).as_ref() != Some(&obligations) {
        conn.prepare_cached("DELETE FROM obligations WHERE case_rid = ?1")?
            .execute([rid])?;
        let mut insert = conn.prepare_cached(
            "INSERT INTO obligations (case_rid, ord, forum, kind, commitment, party, what, \
             since_on, due_kind, due_date) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
        )?;
        for (ord, obligation) in obligations.iter().enumerate() {
            let (due_kind, due_date) = match obligation.due.by {
                DueBy::Date(date) => ("date", Some(date.to_string())),
                DueBy::NextMeeting => ("next_meeting", None),
                DueBy::Unresolved => ("unresolved", None),
            };
            insert.execute(params![
                rid,
                to_i64(ord as u64),
                case.forum.to_string(),
                match obligation.kind {
                    ObligationKind::Answer => "answer",
                    ObligationKind::Commitment => "commitment",
                },
                obligation.commitment,
                obligation.party.name(),
                obligation.what,
                obligation.since.on.to_string(),
                due_kind,
                due_date,
            ])?;
        }
    }
    let before_commitments = before.map_or(&[][..], |b| b.commitments.as_slice());
    for commitment in &case.commitments {
        let old = before_commitments
            .iter()
            .find(|c| c.number == commitment.number);
        if old.map(|c| (&c.by, c.made, c.fulfilled))
            != Some((&commitment.by, commitment.made, commitment.fulfilled))
        {
            conn.prepare_cached(
                "INSERT OR REPLACE INTO commitments (case_rid, number, by_party, made_on, \
                 fulfilled_on) VALUES (?1, ?2, ?3, ?4, ?5)",
            )?
            .execute(params![
                rid,
                commitment.number,
                commitment.by.name(),
                commitment.made.on.to_string(),
                commitment.fulfilled.map(|f| f.on.to_string()),
            ])?;
        }
    }
    let body = search_body(case);
    if before.map(search_body).as_deref() != Some(body.as_str()) {
        if before.is_some() {
            conn.prepare_cached("DELETE FROM case_text WHERE rowid = ?1")?
                .execute([rid])?;
        }
        conn.prepare_cached("INSERT INTO case_text (rowid, body) VALUES (?1, ?2)")?
            .execute(params![rid, body])?;
    }
    Ok(rid)
}

/// The text free-text search looks in: the same fields, normalized the same way, as the product.
pub fn search_body(case: &CaseState) -> String {
    let fields: Vec<&str> = balans_read::cases::searched_fields(case).collect();
    balans_read::cases::normalize_text(&fields.join("\n"))
}

fn status_name(status: CaseStatus) -> &'static str {
    match status {
        CaseStatus::Open => "open",
        CaseStatus::Answered => "answered",
        CaseStatus::Closed => "closed",
    }
}

fn to_u64(value: i64) -> u64 {
    u64::try_from(value).unwrap_or(0)
}

fn to_i64(value: u64) -> i64 {
    i64::try_from(value).unwrap_or(i64::MAX)
}

fn timestamp_to_micros(at: Timestamp) -> i64 {
    at.as_microsecond()
}

fn micros_to_timestamp(micros: i64) -> Result<Timestamp, PeerError> {
    Timestamp::from_microsecond(micros)
        .map_err(|error| PeerError::Malformed(format!("timestamp {micros}: {error}")))
}

fn parse_ulid(text: &str) -> Result<Ulid, PeerError> {
    Ulid::from_string(text).map_err(|error| PeerError::Malformed(format!("id {text}: {error}")))
}

fn parse_date(text: &str) -> Result<Date, PeerError> {
    text.parse()
        .map_err(|error| PeerError::Malformed(format!("date {text}: {error}")))
}

fn parse_id<T: std::str::FromStr>(text: &str) -> Result<T, PeerError> {
    text.parse()
        .map_err(|_| PeerError::Malformed(format!("id {text}")))
}

/// The SQL that says whether obligation `o` is owed by the asked party (`?1`): a party is
/// itself, and "Fackliga organisationerna" and each union of the forum match each other.
fn party_clause(asked: &Party) -> &'static str {
    match asked {
        Party::Employer => "o.party = ?1",
        Party::Union(_) => {
            "(o.party = ?1 OR (o.party = 'Fackliga organisationerna' AND \
             (EXISTS (SELECT 1 FROM forum_unions u WHERE u.forum = o.forum AND u.party = ?1) \
             OR NOT EXISTS (SELECT 1 FROM forum_unions u WHERE u.forum = o.forum))))"
        }
        Party::AllUnions => {
            "(o.party = ?1 OR (o.party <> 'Arbetsgivaren' AND \
             (EXISTS (SELECT 1 FROM forum_unions u WHERE u.forum = o.forum AND u.party = o.party) \
             OR NOT EXISTS (SELECT 1 FROM forum_unions u WHERE u.forum = o.forum))))"
        }
    }
}

/// The case number ("FG 2025:7") of a row whose columns 1 to 3 are its code, year and sequence.
fn case_number(row: &rusqlite::Row<'_>) -> Result<String, PeerError> {
    Ok(format!(
        "{} {}:{}",
        row.get::<_, String>(1)?,
        row.get::<_, i64>(2)?,
        row.get::<_, i64>(3)?
    ))
}

fn case_row(row: &rusqlite::Row<'_>) -> Result<CaseRow, PeerError> {
    Ok(CaseRow {
        case: parse_id(&row.get::<_, String>(0)?)?,
        number: case_number(row)?,
        title: row.get(4)?,
        status: row.get(5)?,
    })
}

impl Queries for Peer {
    type Error = PeerError;

    fn obligations(&self, owed_by: &Party, as_of: Date) -> Result<Vec<OwedRow>, PeerError> {
        Ok(self.owed(owed_by, as_of, None)?.items)
    }

    fn obligations_page(
        &self,
        owed_by: &Party,
        as_of: Date,
        first: usize,
    ) -> Result<OwedPage, PeerError> {
        self.owed(owed_by, as_of, Some(first))
    }

    fn open_cases(&self, forum: ForumId, first: usize) -> Result<CasePage, PeerError> {
        let mut statement = self.conn.prepare_cached(
            "SELECT id, code, year, seq, title, status, COUNT(*) OVER () FROM cases \
             WHERE forum = ?1 AND status = 'open' ORDER BY code, year, seq LIMIT ?2",
        )?;
        let mut rows = statement.query(params![forum.to_string(), to_i64(first as u64)])?;
        let mut page = CasePage::default();
        while let Some(row) = rows.next()? {
            page.total = to_u64(row.get(6)?) as usize;
            page.cases.push(case_row(row)?);
        }
        Ok(page)
    }

    fn search(&self, text: &str, first: usize) -> Result<CasePage, PeerError> {
        let words = search_words(text);
        // The trigram index finds candidates for words of three letters or more; `instr` on the
        // normalized text then keeps exactly the cases where every word occurs.
        let indexed: Vec<String> = words
            .iter()
            .filter(|w| w.chars().count() >= 3)
            .map(|w| format!("\"{}\"", w.replace('"', "\"\"")))
            .collect();
        let mut sql = String::from(
            "SELECT c.id, c.code, c.year, c.seq, c.title, c.status, COUNT(*) OVER () \
             FROM case_text t JOIN cases c ON c.rid = t.rowid WHERE 1",
        );
        let mut values: Vec<String> = Vec::new();
        if !indexed.is_empty() {
            values.push(indexed.join(" AND "));
            sql.push_str(&format!(" AND case_text MATCH ?{}", values.len()));
        }
        for word in &words {
            values.push(word.clone());
            sql.push_str(&format!(" AND instr(t.body, ?{}) > 0", values.len()));
        }
        values.push(first.to_string());
        sql.push_str(&format!(
            " ORDER BY c.forum, c.code, c.year, c.seq LIMIT CAST(?{} AS INTEGER)",
            values.len()
        ));
        let mut statement = self.conn.prepare_cached(&sql)?;
        let mut rows = statement.query(rusqlite::params_from_iter(values.iter()))?;
        let mut page = CasePage::default();
        while let Some(row) = rows.next()? {
            page.total = to_u64(row.get(6)?) as usize;
            page.cases.push(case_row(row)?);
        }
        Ok(page)
    }

    fn timeline(&self, case: CaseId) -> Result<Vec<TimelineRow>, PeerError> {
        let mut statement = self.conn.prepare_cached(
            "SELECT t.position, t.event_type, t.meeting, t.occurred_at, t.summary \
             FROM timeline t JOIN cases c ON c.rid = t.case_rid WHERE c.id = ?1 ORDER BY t.position",
        )?;
        let mut rows = statement.query([case.to_string()])?;
        let mut timeline = Vec::new();
        while let Some(row) = rows.next()? {
            timeline.push(TimelineRow {
                position: to_u64(row.get(0)?),
                event_type: row.get(1)?,
                meeting: row
                    .get::<_, Option<String>>(2)?
                    .map(|m| parse_id(&m))
                    .transpose()?,
                occurred_at: micros_to_timestamp(row.get(3)?)?,
                summary: row.get(4)?,
            });
        }
        Ok(timeline)
    }

    fn balance_list_at(&self, forum: ForumId, meeting: MeetingId) -> Result<BalanceAt, PeerError> {
        let (meeting_forum, date): (String, String) = self
            .conn
            .prepare_cached("SELECT forum, date FROM meetings WHERE id = ?1")?
            .query_row([meeting.to_string()], |row| Ok((row.get(0)?, row.get(1)?)))?;
        if meeting_forum != forum.to_string() {
            return Err(PeerError::Malformed(format!(
                "meeting {meeting} is not of forum {forum}"
            )));
        }
        let date = parse_date(&date)?;
        let previous: Option<String> = self
            .conn
            .prepare_cached(
                "SELECT date FROM meetings WHERE forum = ?1 AND date < ?2 ORDER BY date DESC LIMIT 1",
            )?
            .query_row(params![forum.to_string(), date.to_string()], |row| row.get(0))
            .optional()?;
        let list_at = |day: Date| -> Result<Vec<CaseRow>, PeerError> {
            let until = timestamp_to_micros(balans_read::end_of_day(day));
            let mut statement = self.conn.prepare_cached(
                "SELECT c.id, c.code, c.year, c.seq, c.title, c.status FROM \
                 (SELECT case_rid, on_list, MAX(position) FROM balance_changes \
                  WHERE forum = ?1 AND occurred_at <= ?2 GROUP BY case_rid) b \
                 JOIN cases c ON c.rid = b.case_rid WHERE b.on_list = 1 \
                 ORDER BY c.code, c.year, c.seq",
            )?;
            let mut rows = statement.query(params![forum.to_string(), until])?;
            let mut list = Vec::new();
            while let Some(row) = rows.next()? {
                list.push(case_row(row)?);
            }
            Ok(list)
        };
        let now = list_at(date)?;
        let before = match previous {
            Some(previous) => list_at(parse_date(&previous)?)?,
            None => Vec::new(),
        };
        Ok(BalanceAt::compare(now, before))
    }

    fn stats_medians(&self, _as_of: Date) -> Result<Medians, PeerError> {
        let days = |sql: &str| -> Result<BTreeMap<String, DaysRow>, PeerError> {
            let mut statement = self.conn.prepare_cached(sql)?;
            let mut rows = statement.query([])?;
            let mut out = BTreeMap::new();
            while let Some(row) = rows.next()? {
                out.insert(
                    row.get::<_, String>(0)?,
                    DaysRow {
                        samples: u32::try_from(row.get::<_, i64>(1)?).unwrap_or(0),
                        median: row.get::<_, Option<i64>>(2)?.map(|d| d as i32),
                        p90: row.get::<_, Option<i64>>(3)?.map(|d| d as i32),
                    },
                );
            }
            Ok(out)
        };
        // Nearest-rank percentiles, as the product's statistics: the k-th smallest with k = ceil(p·n/100).
        let percentiles = "SELECT party, n, \
             MAX(CASE WHEN rn = MAX(1, (50 * n + 99) / 100) THEN days END), \
             MAX(CASE WHEN rn = MAX(1, (90 * n + 99) / 100) THEN days END) FROM \
             (SELECT party, days, ROW_NUMBER() OVER (PARTITION BY party ORDER BY days) AS rn, \
              COUNT(*) OVER (PARTITION BY party) AS n FROM d) GROUP BY party";
        let answer = days(&format!(
            "WITH d AS (SELECT addressed_to AS party, \
             CAST(julianday(first_answer_on) - julianday(opened_on) AS INTEGER) AS days \
             FROM cases WHERE kind = 'fråga' AND first_answer_on IS NOT NULL \
             AND addressed_to IS NOT NULL) {percentiles}"
        ))?;
        let fulfil = days(&format!(
            "WITH d AS (SELECT by_party AS party, \
             CAST(julianday(fulfilled_on) - julianday(made_on) AS INTEGER) AS days \
             FROM commitments WHERE fulfilled_on IS NOT NULL) {percentiles}"
        ))?;
        Ok(Medians { answer, fulfil })
    }
}
