//! Read models: projections of the whole log that answer who owes what, what is open, and how a case moved.
//!
//! A [`ReadModel`] is rebuilt from position 1 (or up to an instant, for time travel) and can be
//! kept current by applying each newly appended event.

pub mod agenda;
pub mod balance;
pub mod cases;
mod decode;
pub mod order;
pub mod refs;
pub mod rows;
pub mod search;
pub mod snapshot;
pub mod stats;
pub mod summary;

pub use agenda::Agenda;
pub use balance::{
    BalanceListAtMeeting, BalanceListEntry, BeforeOrAfter, QueryError, balance_list_at_meeting,
    balance_list_at_meeting_in,
};
pub use cases::CaseFilter;
pub use order::{CaseOrder, CaseSortKey};
pub use refs::RefError;
pub use rows::{At, CaseRow};
pub use stats::{
    AskerStats, BrokenPromises, CommitmentCounts, DaysSummary, ForumCounts, MatterWait,
    PartyDaysSummary, PartyStats, QuestionCounts, Stats,
};

use std::collections::{BTreeMap, BTreeSet};
use std::ops::Bound;

use itertools::Itertools;

use balans_domain::organization_time_zone;
use balans_domain::{
    CaseFacts, CaseId, CaseNumber, CaseState, CaseStatus, Event, ForumId, ForumState, MeetingId,
    MeetingState, Obligation, ObligationKind, Party, evolve_case, evolve_forum, evolve_meeting,
};
use balans_events::decode_recorded;
use balans_store::{EventStore, RecordedEvent, StreamId};
use jiff::Timestamp;
use jiff::civil::Date;
use serde::{Deserialize, Serialize};

/// How many events a rebuild reads at a time.
const PAGE: usize = 4096;

/// Why the log could not be read into a model, or a case or meeting back from it.
#[derive(Debug, thiserror::Error)]
pub enum ReadError {
    #[error(transparent)]
    Store(#[from] balans_store::StoreError),
    #[error(transparent)]
    Decode(#[from] balans_events::Undecodable),
}

/// One entry of a case's history, whole: read back from the log.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct HistoryEntry {
    pub position: u64,
    pub event_type: &'static str,
    pub meeting: Option<MeetingId>,
    pub occurred_at: Timestamp,
    pub recorded_at: Timestamp,
    pub recorded_by: String,
    /// One line in Swedish.
    pub summary: String,
}

/// A meeting whole, with who attended and who approves its minutes, as a model with `horizon`
/// knows it: folded from the meeting's stream, since the model keeps neither (see
/// [`ReadModel::meetings`]). `None` when the model does not know the meeting.
pub fn meeting_whole(
    store: &impl EventStore,
    meeting: MeetingId,
    horizon: Horizon,
) -> Result<Option<MeetingState>, ReadError> {
    let mut state = None;
    for recorded in horizon.events_of(store, meeting.stream_name())? {
        state = evolve_meeting(state, &decode_recorded(&recorded)?);
    }
    Ok(state)
}

/// A case whole, with its text and its answers' texts, as the model that keeps `log` knows it:
/// folded from the case's events in the log, since the model keeps neither (see
/// [`CaseView::state`]).
pub fn case_whole(store: &impl EventStore, log: &CaseLog) -> Result<Option<CaseState>, ReadError> {
    Ok(CaseEvents::read(store, log)?.whole())
}

/// A meeting as [`ReadModel::meetings`] keeps it: without its roll of attendees and approvers.
fn without_roll(mut meeting: MeetingState) -> MeetingState {
    meeting.present = Vec::new();
    meeting.absent = Vec::new();
    meeting.approvers = Vec::new();
    meeting
}

/// How far a model reaches into the log: what [`history`] needs to read a case's events as
/// that model knows them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Horizon {
    /// The last position the model applied.
    pub position: u64,
    /// For a model of the past, the instant it was folded up to.
    pub until: Option<Timestamp>,
}

impl Horizon {
    /// The events of the stream named `stream` that a model with this horizon applied, in order.
    fn events_of(
        self,
        store: &impl EventStore,
        stream: String,
    ) -> Result<impl Iterator<Item = RecordedEvent>, ReadError> {
        let events = store.read_stream(&StreamId::new(stream), 1)?;
        Ok(events.into_iter().filter(move |recorded| {
            recorded.position <= self.position && kept_until(recorded, self.until)
        }))
    }
}

/// The whole entries of a case's history as the model that keeps `log` knows it (so up to its
/// instant for a model of the past), read from the log at the case's positions: the model keeps
/// only where they lie, so that a million events do not keep a million entries in memory.
pub fn history(store: &impl EventStore, log: &CaseLog) -> Result<Vec<HistoryEntry>, ReadError> {
    Ok(CaseEvents::read(store, log)?.history())
}

/// A case's events as the model that keeps its [`CaseLog`] knows them, read from the log at its
/// positions and decoded once: a reader that shows both the case whole and its history (`balans
/// history`, a GraphQL `Case` asked for its text and timeline) reads them once.
pub struct CaseEvents(Vec<(RecordedEvent, Event)>);

impl CaseEvents {
    pub fn read(store: &impl EventStore, log: &CaseLog) -> Result<Self, ReadError> {
        let positions: Vec<u64> = log.positions().iter().map(|&p| u64::from(p)).collect();
        let events = store.read_positions(&positions)?;
        let decoded = events
            .into_iter()
            .map(|recorded| decode_recorded(&recorded).map(|event| (recorded, event)))
            .collect::<Result<_, _>>()?;
        Ok(CaseEvents(decoded))
    }

    /// The case whole, with its text and its answers' texts.
    pub fn whole(&self) -> Option<CaseState> {
        self.0
            .iter()
            .fold(None, |state, (_, event)| evolve_case(state, event))
    }

    /// Its history, entry by entry.
    pub fn history(&self) -> Vec<HistoryEntry> {
        self.0
            .iter()
            .map(|(recorded, event)| HistoryEntry {
                position: recorded.position,
                event_type: event.event_type(),
                meeting: recorded.meeting.as_deref().and_then(|m| m.parse().ok()),
                occurred_at: recorded.occurred_at,
                recorded_at: recorded.recorded_at,
                recorded_by: recorded.recorded_by.clone(),
                summary: summary::summarize(event),
            })
            .collect()
    }
}

/// A case as the model keeps it: its state, and of its history only what filters and past
/// balance lists need ([`history`] reads the rest from the log).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CaseView {
    /// The case's row: the case less its text and its answers' texts, which [`case_whole`]
    /// reads from the log at the case's positions when one case is shown.
    pub state: CaseRow,
    /// Where the events the model applied lie in the log, and the nanoseconds of when the case
    /// opened, in one pointer.
    pub log: CaseLog,
    /// When the event that opened the case happened ([`Self::opened_at`]): the seconds here,
    /// the nanoseconds in `log`.
    opened_second: i64,
    /// The case's moves on and off its forum's balance list, in log order: enough to tell
    /// whether it was on the list at any past instant. Empty for a case never put on it.
    pub list_moves: ListMoves,
}

impl CaseView {
    /// When the event that opened the case happened.
    pub fn opened_at(&self) -> Timestamp {
        // The two halves came from a valid `Timestamp`.
        Timestamp::new(self.opened_second, self.log.opened_nanosecond()).unwrap_or(Timestamp::MIN)
    }

    /// How many of the case's events the model applied: the stream's version as the model
    /// knows it (what `expectedVersion` compares with).
    pub fn version(&self) -> u32 {
        self.log.version()
    }
}

/// Where a case's events lie in the log (their global positions, in the stream's order) and the
/// nanoseconds of the instant the case opened: `[nanoseconds, positions…]` in one thin pointer,
/// eight bytes of the view (see [`ListMoves`] for why they count). [`history`] and
/// [`case_whole`] read the events at these positions instead of looking them up in the
/// stream's index, whose range took a fifth of the time of a case's history. Positions are kept
/// in 32 bits: the model refuses a log of more than 2^32 events.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct CaseLog(thin_vec::ThinVec<u32>);

impl CaseLog {
    fn opened(nanosecond: i32) -> Self {
        CaseLog(thin_vec::thin_vec![nanosecond.cast_unsigned()])
    }

    fn opened_nanosecond(&self) -> i32 {
        self.0.first().copied().unwrap_or_default().cast_signed()
    }

    /// The global positions of the case's events, in the stream's order.
    pub fn positions(&self) -> &[u32] {
        self.0.get(1..).unwrap_or_default()
    }

    /// How many events there are.
    pub fn version(&self) -> u32 {
        u32::try_from(self.positions().len()).unwrap_or(u32::MAX)
    }

    /// A position as the log keeps it, refused past 2^32 before the model changes anything.
    fn kept(position: u64) -> Result<u32, ReadError> {
        u32::try_from(position).map_err(|_| {
            ReadError::Store(balans_store::StoreError::Corrupt {
                position,
                reason: "the read model keeps positions up to 2^32".into(),
            })
        })
    }
}

impl<'de> Deserialize<'de> for CaseLog {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let kept = thin_vec::ThinVec::<u32>::deserialize(deserializer)?;
        if kept.is_empty() {
            return Err(serde::de::Error::custom(
                "a case's log holds at least when it opened",
            ));
        }
        Ok(CaseLog(kept))
    }
}

/// A case's [`ListMove`]s, in one pointer: most cases never go on a list. With the case's
/// positions and the opening's nanoseconds in one pointer too ([`CaseLog`]), a [`CaseView`] is
/// 352 bytes instead of 376, and a node of the model's map of cases (eleven of them) 4,064
/// bytes instead of 4,328: within the allocator's 4 KiB size class instead of its 5 KiB one.
/// Reads as a slice; stored as one (a sequence).
#[derive(Debug, Clone, Default, PartialEq)]
#[allow(
    clippy::box_collection,
    reason = "one thin pointer in the case's view is the point; a boxed slice takes two"
)]
pub struct ListMoves(Option<Box<Vec<ListMove>>>);

impl ListMoves {
    pub fn push(&mut self, moved: ListMove) {
        self.0.get_or_insert_default().push(moved);
    }
}

impl std::ops::Deref for ListMoves {
    type Target = [ListMove];
    fn deref(&self) -> &[ListMove] {
        self.0.as_deref().map_or(&[], Vec::as_slice)
    }
}

impl Serialize for ListMoves {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        (**self).serialize(serializer)
    }
}

impl<'de> Deserialize<'de> for ListMoves {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let moves = Vec::<ListMove>::deserialize(deserializer)?;
        Ok(ListMoves((!moves.is_empty()).then(|| Box::new(moves))))
    }
}

/// A case put on (`on`) or taken off its forum's balance list, at the instant it happened.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct ListMove {
    pub at: Timestamp,
    pub on: bool,
}

/// Something owed, as a reader sees it: with the case, the resolved due date and whether it is late.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct OwedItem {
    pub obligation: Obligation,
    pub case_number: CaseNumber,
    pub case_title: String,
    pub forum: ForumId,
    /// The due date by the rules, with "next meeting" looked up in the forum's schedule.
    pub due_date: Option<Date>,
    pub overdue: bool,
    /// Days from when it became owed to the "as of" date.
    pub days_waiting: i32,
}

impl OwedItem {
    /// Whether a promise has a due no rule gives a date ("kommande utbildningar"), or none at
    /// all: it is never overdue, so it is shown as without a date (utan datum) to stay in sight.
    /// An owed answer is not: it is owed now. Nor is "next meeting" before one is scheduled.
    pub fn is_undated(&self) -> bool {
        self.obligation.kind == ObligationKind::Commitment
            && self.obligation.due.by == balans_domain::DueBy::Unresolved
    }
}

/// Which obligations to list.
#[derive(Debug, Clone, Default)]
pub struct ObligationFilter {
    /// Owed by this party; "Fackliga organisationerna" and each union of the forum match each other.
    pub owed_by: Option<Party>,
    /// Owed to this party; "Fackliga organisationerna" and each union of the forum match each
    /// other, so a union is owed what is owed to the unions together.
    pub owed_to: Option<Party>,
    pub forum: Option<ForumId>,
    /// Only overdue (`Some(true)`) or only not yet overdue (`Some(false)`) items.
    pub overdue: Option<bool>,
}

/// A meeting's place in its forum's schedule: by date, then id.
type Scheduled = (Date, MeetingId);

/// A case's place in its forum's number order. A forum gives all its cases numbers with its own
/// code, so year and sequence order them: the indexes by number keep no copy of the code, which
/// at a million events saved 12 MiB of heap and an allocation per entry when a snapshot loads.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
struct NumberKey {
    year: i16,
    sequence: u32,
    case: CaseId,
}

impl NumberKey {
    fn of(case: &CaseRow) -> Self {
        Self {
            year: case.number.year,
            sequence: case.number.sequence,
            case: case.id,
        }
    }
}

/// One thing owed, as the index of who owes what orders it: oldest first, then by case number;
/// `slot` is its place among the case's [`CaseRow::obligations`].
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
struct OwedKey {
    since: Date,
    number: CaseNumber,
    case: CaseId,
    slot: u32,
}

/// Everything the log says, folded into maps.
///
/// Serializable so that a [`snapshot`] can save it whole; equality is what proves a model
/// loaded from a snapshot the same as one rebuilt from the log.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ReadModel {
    pub forums: BTreeMap<ForumId, ForumState>,
    /// Without who attended and who approves the minutes (`present`, `absent` and `approvers`
    /// are left empty): [`meeting_whole`] reads those from the meeting's stream when one meeting
    /// is shown. No list or count needs them, and at a million events they were 30 MiB.
    #[serde(deserialize_with = "decode::full_map")]
    pub meetings: BTreeMap<MeetingId, MeetingState>,
    /// Skipped by serde: a [`snapshot`] stores the cases apart, in chunks that decode in parallel.
    #[serde(skip)]
    pub cases: BTreeMap<CaseId, CaseView>,
    /// The position of the last event applied.
    pub position: u64,
    /// For a model of the past, the instant it was folded up to ([`Self::load_until`]).
    pub until: Option<Timestamp>,
    /// Each forum's meetings by date, kept with `meetings`: "next meeting" dues and waiting
    /// counts look up the schedule instead of scanning every meeting of every forum.
    #[serde(deserialize_with = "decode::full_map_of_sets")]
    schedule: BTreeMap<ForumId, BTreeSet<Scheduled>>,
    /// Each forum's cases by number, kept with `cases`: lists of one forum (its open cases, its
    /// balance list) read that forum's cases in order instead of sorting a scan of every case.
    #[serde(deserialize_with = "decode::full_map_of_sets")]
    numbered: BTreeMap<ForumId, BTreeSet<NumberKey>>,
    /// What each party, as recorded, owes now in each forum, in the order "who owes what" lists
    /// it: a page of the list, and how long it is, are read without visiting every case that owes.
    owed: BTreeMap<Party, BTreeMap<ForumId, BTreeSet<OwedKey>>>,
    /// Each forum's cases that were ever put on its balance list, by number: the balance list as
    /// it stood at a past meeting is read from these instead of from every case of the forum.
    #[serde(deserialize_with = "decode::full_map_of_sets")]
    listed: BTreeMap<ForumId, BTreeSet<NumberKey>>,
    /// Each forum's open cases by number: the most asked list of all ("what is open here").
    #[serde(deserialize_with = "decode::full_map_of_sets")]
    open: BTreeMap<ForumId, BTreeSet<NumberKey>>,
    /// The words of every case's searched fields, kept with `cases`: free text looks words up
    /// instead of lowercasing every field of every case.
    search: search::SearchIndex,
    /// Each party's days to answer and to fulfil over every case, kept with `cases`.
    days: stats::DaysIndex,
}

impl ReadModel {
    /// Rebuilds from the whole log.
    pub fn load(store: &impl EventStore) -> Result<Self, ReadError> {
        Self::load_until(store, None)
    }

    /// How far the model reaches into the log, for [`history`].
    pub fn horizon(&self) -> Horizon {
        Horizon {
            position: self.position,
            until: self.until,
        }
    }

    /// Applies every event appended since this model was last brought up to date.
    pub fn catch_up(&mut self, store: &impl EventStore) -> Result<(), ReadError> {
        let page = store.read_all(self.position + 1, PAGE)?;
        let more = page.len() == PAGE;
        for recorded in page {
            self.apply(&recorded)?;
        }
        // A model far behind the log (a start without a usable snapshot, or with an old one)
        // reads the rest on another thread, as a rebuild does; one page is the usual case (the
        // events since the last write) and costs no thread.
        if more {
            self.replay(store, |_| true)?;
        }
        Ok(())
    }

    /// Applies every event after the model's position that `keep` keeps, reading the log on
    /// another thread. That thread also decodes the payloads: reading and decoding envelopes
    /// alone took about half as long as decoding and folding (perf, a 1.4M-event rebuild), so
    /// with the payloads beside them the two cores are about equally busy.
    fn replay(
        &mut self,
        store: &impl EventStore,
        keep: impl Fn(&RecordedEvent) -> bool + Sync,
    ) -> Result<(), ReadError> {
        let (send, receive) = std::sync::mpsc::sync_channel(4);
        // The folding thread hands each page back for the reader to fill again: a page freed
        // on the other thread went back to the allocator of the thread that made it too late
        // to be reused, and perf put a fifth of a rebuild's CPU in the kernel zeroing the fresh
        // pages that replaced it. It hands the pages back with their recorded events still in
        // them (it takes only the decoded events), so that the reader, which made them and is
        // the less busy of the two, frees them too.
        let (give_back, given_back) =
            std::sync::mpsc::channel::<Vec<(RecordedEvent, Option<Event>)>>();
        let from = self.position + 1;
        let keep = &keep;
        std::thread::scope(|scope| {
            scope.spawn(move || {
                let mut from = from;
                loop {
                    let page = store.read_all(from, PAGE).map_err(ReadError::from);
                    let last = page.as_ref().ok().and_then(|events| events.last());
                    let next = last.map(|event| event.position + 1);
                    let done = next.is_none();
                    let decoded = page.and_then(|events| {
                        let mut decoded = given_back.try_recv().map_or_else(
                            |_| Vec::with_capacity(events.len()),
                            |mut emptied| {
                                emptied.clear();
                                emptied
                            },
                        );
                        for recorded in events.into_iter().filter(|recorded| keep(recorded)) {
                            let event = decode_recorded(&recorded)?;
                            decoded.push((recorded, Some(event)));
                        }
                        Ok(decoded)
                    });
                    if send.send(decoded).is_err() || done {
                        return;
                    }
                    from = next.unwrap_or(from);
                }
            });
            // Dropping the receiver on an error stops the reader at its next page.
            for page in receive {
                let mut page = page?;
                for (recorded, event) in &mut page {
                    if let Some(event) = event.take() {
                        self.apply_event(recorded, event)?;
                    }
                }
                // The reader may be done already; then the page is simply freed.
                let _ = give_back.send(page);
            }
            Ok(())
        })
    }

    /// Rebuilds from the events that had happened by `until` (time travel); `None` = everything.
    pub fn load_until(
        store: &impl EventStore,
        until: Option<Timestamp>,
    ) -> Result<Self, ReadError> {
        let mut model = ReadModel {
            until,
            ..ReadModel::default()
        };
        model.replay(store, |recorded| kept_until(recorded, until))?;
        Ok(model)
    }

    /// [`Self::load_until`]'s model of a few forums: each forum, its meetings and its cases
    /// (as `now`, the live model, knows them), folded from their own streams up to `until` by
    /// the same rule, so that they read exactly as in a whole model of then. Everything a case
    /// leads to (its forum, the forum's meetings, the cases discussed there, what is owed) lies
    /// within its forum, so a question about one forum's past reads a few thousand events where
    /// folding the whole log reads millions.
    pub fn load_forums_until(
        store: &impl EventStore,
        now: &ReadModel,
        forums: impl IntoIterator<Item = ForumId>,
        until: Timestamp,
    ) -> Result<Self, ReadError> {
        let mut streams = Vec::new();
        for forum in forums.into_iter().collect::<BTreeSet<_>>() {
            streams.push(forum.stream_name());
            streams.extend(now.meetings_of(forum).iter().map(|m| m.id.stream_name()));
            streams.extend(now.cases_of(forum).map(|c| c.state.id.stream_name()));
        }
        let mut events = Vec::new();
        for stream in streams {
            events.extend(store.read_stream(&StreamId::new(stream), 1)?);
        }
        // Applied in log order, as a whole rebuild would apply them.
        events.sort_unstable_by_key(|recorded| recorded.position);
        let mut model = ReadModel {
            until: Some(until),
            ..ReadModel::default()
        };
        for recorded in events
            .iter()
            .filter(|recorded| kept_until(recorded, Some(until)))
        {
            model.apply(recorded)?;
        }
        Ok(model)
    }

    /// Brings the free-text index up to date with what `event` did to the searched fields of
    /// `case` (as evolved, still with the texts the event brought); `held_before` are the tokens
    /// of the kept fields before an event that may replace them.
    fn index_words(
        &mut self,
        id: CaseId,
        case: &CaseRow,
        event: &Event,
        held_before: Option<Vec<u32>>,
    ) {
        use search::Field;
        match event {
            Event::CaseOpened { text, .. } => self.search.add_case(id, case, text),
            Event::AnswerGiven { text, .. } => {
                self.search.add(id, case, Field::Answers, [text.as_str()]);
            }
            Event::CommitmentMade { what: text, .. } | Event::StatementRecorded { text, .. } => {
                self.search.add(id, case, Field::Held, [text.as_str()]);
            }
            Event::Corrected { changes, .. } => {
                if let Some(text) = &changes.text {
                    self.search.replace_text(id, case, text);
                }
            }
            _ => {}
        }
        if let Some(before) = held_before {
            self.search.replace_held(id, case, &before);
        }
    }

    /// Applies one stored event.
    pub fn apply(&mut self, recorded: &RecordedEvent) -> Result<(), ReadError> {
        let event = decode_recorded(recorded)?;
        self.apply_event(recorded, event)
    }

    /// [`ReadModel::apply`] of an event already decoded: `event` is what `recorded` holds (a
    /// writer's own events, as the domain decided them).
    pub fn apply_event(&mut self, recorded: &RecordedEvent, event: Event) -> Result<(), ReadError> {
        // Refused before anything changes: the model stays as it was.
        let case_position = match event.stream() {
            balans_domain::StreamRef::Case(_) => CaseLog::kept(recorded.position)?,
            _ => 0,
        };
        self.position = self.position.max(recorded.position);
        match event.stream() {
            balans_domain::StreamRef::Forum(id) => {
                if let Some(state) = evolve_forum(self.forums.remove(&id), &event) {
                    self.forums.insert(id, state);
                }
            }
            balans_domain::StreamRef::Meeting(id) => {
                let before = self.meetings.remove(&id);
                if let Some(before) = &before {
                    self.unschedule(before.forum, before.date, id);
                }
                if let Some(state) = evolve_meeting(before, &event).map(without_roll) {
                    self.schedule
                        .entry(state.forum)
                        .or_default()
                        .insert((state.date, id));
                    self.meetings.insert(id, state);
                }
            }
            balans_domain::StreamRef::Case(id) => {
                // A case is kept from its first applied event on, so a new one opens now. A
                // kept case's parts are taken out of its view, which stays in the map (with
                // empty parts) until they are put back: removing and inserting a view of 352
                // bytes shifted its B-tree node's views twice, and that copying was a tenth of
                // a rebuild's folding (perf).
                let kept = self.cases.get_mut(&id).map(|view| {
                    let stand_in = view.state.stand_in();
                    (
                        std::mem::replace(&mut view.state, stand_in),
                        std::mem::replace(&mut view.log, CaseLog(thin_vec::ThinVec::new())),
                        view.opened_second,
                        std::mem::take(&mut view.list_moves),
                    )
                });
                let was_kept = kept.is_some();
                let (state, mut log, opened_second, mut list_moves) = match kept {
                    Some((state, log, opened_second, list_moves)) => {
                        (Some(state), log, opened_second, list_moves)
                    }
                    None => (
                        None,
                        CaseLog::opened(recorded.occurred_at.subsec_nanosecond()),
                        recorded.occurred_at.as_second(),
                        ListMoves::default(),
                    ),
                };
                let owed_before = state.as_ref().map(owed_keys).unwrap_or_default();
                // Tests (debug builds) check every event, so that `may_change_days` stays true.
                let days_before = (cfg!(debug_assertions) || may_change_days(&event)).then(|| {
                    state
                        .as_ref()
                        .map(stats::DaysOfCase::of)
                        .unwrap_or_default()
                });
                // The tokens of the kept searched fields, when the event may replace some.
                let held_before = match &event {
                    Event::BoardMatterRegistered { .. } => state.as_ref(),
                    Event::Corrected { changes, .. } if changes.title.is_some() => state.as_ref(),
                    _ => None,
                }
                .map(|state| self.search.held_tokens(state));
                let open_before = state
                    .as_ref()
                    .is_some_and(|s| s.status() == CaseStatus::Open);
                if let Some(state) = CaseRow::apply(state, &event) {
                    let open_after = state.status() == CaseStatus::Open;
                    if open_after != open_before {
                        let key = NumberKey::of(&state);
                        let open = self.open.entry(state.forum).or_default();
                        if open_after {
                            open.insert(key);
                        } else {
                            open.remove(&key);
                        }
                    }
                    let owed_after = owed_keys(&state);
                    if owed_after != owed_before {
                        self.unindex_owed(state.forum, owed_before);
                        for (party, key) in owed_after {
                            let forums = self.owed.entry(party).or_default();
                            forums.entry(state.forum).or_default().insert(key);
                        }
                    }
                    if matches!(event, Event::AddedToBalanceList { .. }) {
                        self.listed
                            .entry(state.forum)
                            .or_default()
                            .insert(NumberKey::of(&state));
                    }
                    if log.version() == 0 {
                        self.numbered
                            .entry(state.forum)
                            .or_default()
                            .insert(NumberKey::of(&state));
                    }
                    if let Some(before) = days_before {
                        let after = stats::DaysOfCase::of(&state);
                        debug_assert!(
                            may_change_days(&event) || after == before,
                            "{} changed a case's days",
                            event.event_type()
                        );
                        if after != before {
                            self.days.count(&before, false);
                            self.days.count(&after, true);
                        }
                    }
                    self.index_words(id, &state, &event, held_before);
                    match event {
                        Event::AddedToBalanceList { .. } => list_moves.push(ListMove {
                            at: recorded.occurred_at,
                            on: true,
                        }),
                        // Off a list it was never on changes nothing: most cases close
                        // without ever being listed, and keep no moves.
                        Event::RemovedFromBalanceList { .. } | Event::Closed { .. }
                            if !list_moves.is_empty() =>
                        {
                            list_moves.push(ListMove {
                                at: recorded.occurred_at,
                                on: false,
                            });
                        }
                        _ => {}
                    }
                    log.0.push(case_position);
                    let view = CaseView {
                        state,
                        log,
                        opened_second,
                        list_moves,
                    };
                    match self.cases.get_mut(&id) {
                        Some(kept) => *kept = view,
                        None => {
                            self.cases.insert(id, view);
                        }
                    }
                } else if was_kept {
                    self.cases.remove(&id);
                }
            }
        }
        Ok(())
    }

    fn unindex_owed(&mut self, forum: ForumId, owed: Vec<(Party, OwedKey)>) {
        for (party, key) in owed {
            let Some(forums) = self.owed.get_mut(&party) else {
                continue;
            };
            if let Some(keys) = forums.get_mut(&forum) {
                keys.remove(&key);
                if keys.is_empty() {
                    forums.remove(&forum);
                }
            }
            if forums.is_empty() {
                self.owed.remove(&party);
            }
        }
    }

    fn unschedule(&mut self, forum: ForumId, date: Date, id: MeetingId) {
        if let Some(meetings) = self.schedule.get_mut(&forum) {
            meetings.remove(&(date, id));
        }
    }

    /// The forum's meetings dated within `range`, by date (then id).
    fn scheduled(
        &self,
        forum: ForumId,
        range: (Bound<Date>, Bound<Date>),
    ) -> impl Iterator<Item = &MeetingState> {
        self.schedule
            .get(&forum)
            .into_iter()
            .flat_map(move |meetings| meetings.range(whole_days(range)))
            .filter_map(|(_, id)| self.meetings.get(id))
    }

    /// The cases of one forum, by number.
    pub fn cases_of(&self, forum: ForumId) -> impl Iterator<Item = &CaseView> {
        self.views(self.numbered.get(&forum).into_iter().flatten())
    }

    /// The open cases of one forum, by number.
    pub fn open_cases_of(&self, forum: ForumId) -> impl Iterator<Item = &CaseView> {
        self.views(self.open.get(&forum).into_iter().flatten())
    }

    /// The cases that an index by number (`numbered`, `open`, `listed`) lists, in its order.
    fn views<'a>(
        &'a self,
        numbers: impl Iterator<Item = &'a NumberKey>,
    ) -> impl Iterator<Item = &'a CaseView> {
        numbers.filter_map(|key| self.cases.get(&key.case))
    }

    /// The forum's first meeting after `date`, by the schedule as it stands.
    pub fn next_meeting_after(&self, forum: ForumId, date: Date) -> Option<&MeetingState> {
        self.scheduled(forum, (Bound::Excluded(date), Bound::Unbounded))
            .next()
    }

    /// How many of the forum's meetings are dated after `after` and no later than `until`.
    pub fn meetings_between(&self, forum: ForumId, after: Date, until: Date) -> usize {
        if until <= after {
            return 0;
        }
        self.schedule.get(&forum).map_or(0, |meetings| {
            meetings
                .range(whole_days((Bound::Excluded(after), Bound::Included(until))))
                .count()
        })
    }

    /// The meetings of a forum, in date order.
    pub fn meetings_of(&self, forum: ForumId) -> Vec<&MeetingState> {
        self.scheduled(forum, (Bound::Unbounded, Bound::Unbounded))
            .collect()
    }

    /// Who owes what as of a date, oldest first.
    pub fn obligations(&self, filter: &ObligationFilter, as_of: Date) -> Vec<OwedItem> {
        self.obligations_page(filter, as_of, 0, None).1
    }

    /// One page of who owes what as of a date, oldest first: `first` items (all when `None`)
    /// after the first `skip`, and how many items the whole list has.
    pub fn obligations_page(
        &self,
        filter: &ObligationFilter,
        as_of: Date,
        skip: usize,
        first: Option<usize>,
    ) -> (usize, Vec<OwedItem>) {
        // Whether a party matches the one asked for depends only on the forum (its unions), so
        // each (party, forum) list is taken or left whole, and their lengths add up to the total.
        let lists: Vec<&BTreeSet<OwedKey>> = self
            .owed
            .iter()
            .filter(|(owed_by, _)| {
                filter
                    .owed_by
                    .as_ref()
                    .is_none_or(|asked| may_match(owed_by, asked))
            })
            .flat_map(|(owed_by, forums)| {
                forums
                    .iter()
                    .filter(move |(forum, _)| {
                        filter.forum.is_none_or(|wanted| wanted == **forum)
                            && filter
                                .owed_by
                                .as_ref()
                                .is_none_or(|asked| self.party_matches(**forum, owed_by, asked))
                    })
                    .map(|(_, keys)| keys)
            })
            .collect();
        let in_order = lists.iter().map(|keys| keys.iter()).kmerge();
        let first = first.unwrap_or(usize::MAX);
        match (filter.overdue, &filter.owed_to) {
            (None, None) => {
                let total = lists.iter().map(|keys| keys.len()).sum();
                let page = in_order
                    .skip(skip)
                    .take(first)
                    .filter_map(|key| self.owed_item_at(key, as_of))
                    .collect();
                (total, page)
            }
            (overdue, owed_to) => {
                // Whether an item is overdue depends on the date asked and the forum's schedule,
                // and to whom it is owed is not indexed, so these are judged item by item.
                let mut total = 0;
                let mut page = Vec::new();
                let matching = in_order
                    .filter_map(|key| self.owed_item_at(key, as_of))
                    .filter(|item| overdue.is_none_or(|wanted| item.overdue == wanted))
                    .filter(|item| {
                        owed_to.as_ref().is_none_or(|asked| {
                            item.obligation
                                .to
                                .as_ref()
                                .is_some_and(|to| self.party_matches(item.forum, to, asked))
                        })
                    });
                for item in matching {
                    if total >= skip && page.len() < first {
                        page.push(item);
                    }
                    total += 1;
                }
                (total, page)
            }
        }
    }

    fn owed_item_at(&self, key: &OwedKey, as_of: Date) -> Option<OwedItem> {
        let case = &self.cases.get(&key.case)?.state;
        let obligation = case.obligation_at(key.slot as usize)?;
        Some(self.owed_item(case, obligation, as_of))
    }

    /// What is owed on one case as of a date, oldest first: the case's own share of
    /// [`ReadModel::obligations`], without visiting any other case.
    pub fn case_obligations(&self, case: &CaseRow, as_of: Date) -> Vec<OwedItem> {
        let mut owed: Vec<OwedItem> = case
            .obligations()
            .into_iter()
            .map(|obligation| self.owed_item(case, obligation, as_of))
            .collect();
        owed.sort_by_key(|item| item.obligation.since.on);
        owed
    }

    /// Cases that are still open, by forum and number.
    pub fn open_cases(&self, forum: Option<ForumId>) -> Vec<&CaseView> {
        if let Some(forum) = forum {
            return self.open_cases_of(forum).collect();
        }
        let mut open: Vec<&CaseView> = self
            .cases
            .values()
            .filter(|view| view.state.status() == CaseStatus::Open)
            .collect();
        open.sort_by(|a, b| {
            (a.state.forum, &a.state.number).cmp(&(b.state.forum, &b.state.number))
        });
        open
    }

    /// Finds a case by its ULID or its number ("FG 2025:7"; case, spacing and diacritics
    /// ignored, see [`refs`]).
    pub fn find_case(&self, reference: &str) -> Option<&CaseView> {
        self.resolve_case_view(reference).ok()
    }

    /// Whether `party` (as a reader names it) is `asked` in `forum`: a party is itself, and
    /// "Fackliga organisationerna" and each union of the forum match each other, so that a union
    /// finds what the unions owe together and the unions together find what one union owes.
    pub fn party_matches(&self, forum: ForumId, party: &Party, asked: &Party) -> bool {
        let unions = self.forum_unions(forum);
        party.includes(asked, unions) || asked.includes(party, unions)
    }

    fn forum_unions(&self, forum: ForumId) -> &[Party] {
        self.forums.get(&forum).map_or(&[], |f| f.unions.as_slice())
    }

    fn owed_item(&self, case: &CaseRow, obligation: Obligation, as_of: Date) -> OwedItem {
        let next_meeting = self
            .next_meeting_after(case.forum, obligation.since.on)
            .map(|m| m.date);
        let due_date = obligation.due.resolved_date(next_meeting);
        let overdue = obligation.due.is_overdue(next_meeting, as_of);
        let days_waiting = (as_of - obligation.since.on).get_days();
        OwedItem {
            case_number: case.number.clone(),
            case_title: case.title.to_string(),
            forum: case.forum,
            due_date,
            overdue,
            days_waiting,
            obligation,
        }
    }
}

/// Whether a case event can change what the case adds to the days each party took to answer and
/// to fulfil ([`stats::DaysOfCase`]): who a question is addressed to, its first answer, the
/// commitments and their fulfilment.
fn may_change_days(event: &Event) -> bool {
    matches!(
        event,
        Event::QuestionRaised { .. }
            | Event::AnswerGiven { .. }
            | Event::CommitmentMade { .. }
            | Event::CommitmentFulfilled { .. }
            | Event::Corrected { .. }
    )
}

/// Whether time travel to `until` applies an event (`None`: everything): the model as of an
/// instant holds what had happened by then and what had been decided by then.
///
/// Most events happen when they occur: at their meeting, or when recorded outside one. Setting
/// or moving a meeting's date is a decision, known from when it was recorded, while its
/// `occurred_at` is the meeting's own date: a meeting scheduled today for next month is on the
/// schedule as of today (so "next meeting" has a date), and one recorded today for a meeting of
/// years ago counts from that meeting's date.
fn kept_until(recorded: &RecordedEvent, until: Option<Timestamp>) -> bool {
    // A forum's own stream (its creation, its unions, the numbers it handed out) is recorded
    // when it is set up, often long after the meetings it is set up for, so time travel keeps
    // it whole and judges only meetings and cases by when they happened.
    let forum_event = recorded.stream.as_str().starts_with(ForumId::STREAM_PREFIX);
    let known_at = if is_scheduling(&recorded.event_type) {
        recorded.occurred_at.min(recorded.recorded_at)
    } else {
        recorded.occurred_at
    };
    forum_event || until.is_none_or(|until| known_at <= until)
}

/// Whether an event type sets or moves a meeting's date (a decision, not a happening).
fn is_scheduling(event_type: &str) -> bool {
    matches!(event_type, "MeetingScheduled" | "MeetingRescheduled")
}

/// The bounds of the meetings dated within `days`, for the schedule's (date, meeting) order.
fn whole_days(days: (Bound<Date>, Bound<Date>)) -> (Bound<Scheduled>, Bound<Scheduled>) {
    let first = MeetingId(ulid::Ulid::nil());
    let last = MeetingId(ulid::Ulid(u128::MAX));
    let start = match days.0 {
        Bound::Included(day) => Bound::Included((day, first)),
        Bound::Excluded(day) => Bound::Excluded((day, last)),
        Bound::Unbounded => Bound::Unbounded,
    };
    let end = match days.1 {
        Bound::Included(day) => Bound::Included((day, last)),
        Bound::Excluded(day) => Bound::Excluded((day, first)),
        Bound::Unbounded => Bound::Unbounded,
    };
    (start, end)
}

/// What a case owes now, by whom, as the index of who owes what keeps it.
fn owed_keys(case: &CaseRow) -> Vec<(Party, OwedKey)> {
    case.obligation_heads()
        .enumerate()
        .map(|(slot, (party, since))| {
            let key = OwedKey {
                since: since.on,
                number: case.number.clone(),
                case: case.id,
                slot: u32::try_from(slot).unwrap_or(u32::MAX),
            };
            (party.clone(), key)
        })
        .collect()
}

/// Whether what `owed_by` owes can concern `asked` in some forum: the same party, or a union and
/// "Fackliga organisationerna" (whether they match depends on the forum's unions; see
/// [`ReadModel::party_matches`]).
fn may_match(owed_by: &Party, asked: &Party) -> bool {
    owed_by == asked
        || matches!(
            (owed_by, asked),
            (Party::AllUnions, Party::Union(_)) | (Party::Union(_), Party::AllUnions)
        )
}

/// The end of a day where the organization is: "as of 2025-03-01" means after everything of that day.
pub fn end_of_day(date: Date) -> Timestamp {
    date.tomorrow()
        .ok()
        .and_then(|next| next.to_zoned(organization_time_zone()).ok())
        .map_or(Timestamp::MAX, |zoned| {
            zoned.timestamp() - jiff::SignedDuration::from_nanos(1)
        })
}
