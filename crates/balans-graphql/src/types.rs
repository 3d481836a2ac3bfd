//! GraphQL object types over the read model: forums, meetings, cases, obligations, timelines, raw events.
//!
//! Every object here resolves its fields one after another (`serial`): each field reads the
//! model in memory and never waits, so resolving them concurrently would only add a task per
//! field, which in a list of obligations or cases cost more than the fields themselves.

use std::collections::HashMap;
use std::sync::{Arc, OnceLock};

use async_graphql::resolver_utils::enum_value;
use async_graphql::{
    ComplexObject, Context, Enum, ID, Object, Result, ScalarType, SimpleObject, Value,
};
use balans_domain::{
    CaseId, CaseState, DueBy, ForumId, MeetingId, MeetingState,
    ObligationKind as DomainObligationKind,
};
use balans_read::{CaseEvents, CaseLog, CaseRow, CaseView, HistoryEntry, OwedItem, ReadModel};
use jiff::Timestamp;
use jiff::civil::{Date, Time};

use crate::input::Instant;
use crate::plain::{PlainFields, PlainList, or_null};
use balans_runtime::Runtime;

/// Which data a result comes from: the live read model, or the data as it stood at an instant.
#[derive(Clone)]
pub enum View {
    Live(Arc<Runtime>),
    AsOf(Arc<ReadModel>),
}

impl View {
    pub fn with<R>(&self, read: impl FnOnce(&ReadModel) -> R) -> R {
        match self {
            View::Live(runtime) => read(&runtime.live()),
            View::AsOf(model) => read(model),
        }
    }
}

/// The Swedish label of one value of an enum: the API keeps English codes, the UI shows these.
#[derive(SimpleObject, Clone)]
pub struct EnumLabel {
    /// The enum's GraphQL name, e.g. "CaseStatus".
    #[graphql(name = "type")]
    pub type_name: String,
    /// The value as the API writes it, e.g. "OPEN".
    pub value: String,
    /// What a Swedish reader sees, e.g. "öppet".
    pub label_sv: String,
}

/// An enum whose values have Swedish labels.
pub trait SwedishLabel:
    async_graphql::resolver_utils::EnumType + async_graphql::OutputType + Copy + 'static
{
    /// The label of this value.
    fn label_sv(self) -> &'static str;

    /// The labels of every value, in declaration order.
    fn labels() -> Vec<EnumLabel> {
        let type_name = <Self as async_graphql::OutputType>::type_name().into_owned();
        Self::items()
            .iter()
            .map(|item| EnumLabel {
                type_name: type_name.clone(),
                value: item.name.to_string(),
                label_sv: item.value.label_sv().to_string(),
            })
            .collect()
    }
}

/// Every enum of the API with its Swedish labels.
pub fn all_labels() -> Vec<EnumLabel> {
    [
        CaseKind::labels(),
        CaseStatus::labels(),
        ObligationKind::labels(),
        Mbl::labels(),
        Resolution::labels(),
        StatementKind::labels(),
        crate::reports::BeforeOrAfter::labels(),
        crate::reports::CaseSortField::labels(),
        crate::draft::DraftItemKind::labels(),
        crate::draft::DraftOutcome::labels(),
        crate::draft::DraftLinkAction::labels(),
        crate::admin::Role::labels(),
    ]
    .concat()
}

impl SwedishLabel for CaseKind {
    fn label_sv(self) -> &'static str {
        balans_domain::CaseKind::from(self).swedish()
    }
}

impl SwedishLabel for CaseStatus {
    fn label_sv(self) -> &'static str {
        balans_domain::CaseStatus::from(self).swedish()
    }
}

impl SwedishLabel for ObligationKind {
    fn label_sv(self) -> &'static str {
        match self {
            ObligationKind::Answer => "svar",
            ObligationKind::Commitment => "åtagande",
        }
    }
}

impl SwedishLabel for Mbl {
    fn label_sv(self) -> &'static str {
        match self {
            Mbl::Negotiation11 => "förhandling enligt MBL §11",
            Mbl::Information19 => "information enligt MBL §19",
        }
    }
}

impl SwedishLabel for Resolution {
    fn label_sv(self) -> &'static str {
        balans_domain::Resolution::from(self).swedish()
    }
}

impl SwedishLabel for StatementKind {
    fn label_sv(self) -> &'static str {
        match self {
            StatementKind::Statement => "yttrande",
            StatementKind::MinutesNote => "protokollsanteckning",
            StatementKind::DissentingStatement => "särskilt yttrande",
        }
    }
}

/// What kind of matter a case is.
#[derive(Enum, Copy, Clone, Eq, PartialEq, Debug)]
pub enum CaseKind {
    /// Fråga: a party asks, another must answer.
    Question,
    /// Åtagande: a promise to come back or to do something.
    Commitment,
    /// Nämndärende: a matter for the political board.
    BoardMatter,
    /// Yttrande standing on its own.
    Statement,
    /// Förhandling: a matter settled in samverkan.
    Negotiation,
}

impl From<balans_domain::CaseKind> for CaseKind {
    fn from(kind: balans_domain::CaseKind) -> Self {
        match kind {
            balans_domain::CaseKind::Question => CaseKind::Question,
            balans_domain::CaseKind::Commitment => CaseKind::Commitment,
            balans_domain::CaseKind::BoardMatter => CaseKind::BoardMatter,
            balans_domain::CaseKind::Statement => CaseKind::Statement,
            balans_domain::CaseKind::Negotiation => CaseKind::Negotiation,
        }
    }
}

impl From<CaseKind> for balans_domain::CaseKind {
    fn from(kind: CaseKind) -> Self {
        match kind {
            CaseKind::Question => balans_domain::CaseKind::Question,
            CaseKind::Commitment => balans_domain::CaseKind::Commitment,
            CaseKind::BoardMatter => balans_domain::CaseKind::BoardMatter,
            CaseKind::Statement => balans_domain::CaseKind::Statement,
            CaseKind::Negotiation => balans_domain::CaseKind::Negotiation,
        }
    }
}

/// Where a case stands.
#[derive(Enum, Copy, Clone, Eq, PartialEq, Debug)]
pub enum CaseStatus {
    /// Öppet: someone owes something, it is on the balance list, or it awaits an outcome.
    Open,
    /// Besvarat: nobody owes anything any more.
    Answered,
    /// Avslutat.
    Closed,
}

impl From<balans_domain::CaseStatus> for CaseStatus {
    fn from(status: balans_domain::CaseStatus) -> Self {
        match status {
            balans_domain::CaseStatus::Open => CaseStatus::Open,
            balans_domain::CaseStatus::Answered => CaseStatus::Answered,
            balans_domain::CaseStatus::Closed => CaseStatus::Closed,
        }
    }
}

impl From<CaseStatus> for balans_domain::CaseStatus {
    fn from(status: CaseStatus) -> Self {
        match status {
            CaseStatus::Open => balans_domain::CaseStatus::Open,
            CaseStatus::Answered => balans_domain::CaseStatus::Answered,
            CaseStatus::Closed => balans_domain::CaseStatus::Closed,
        }
    }
}

/// What is owed.
#[derive(Enum, Copy, Clone, Eq, PartialEq, Debug)]
pub enum ObligationKind {
    /// Svar: an answer to a question.
    Answer,
    /// Åtagande: a promised thing.
    Commitment,
}

/// How a board matter passes samverkan.
#[derive(Enum, Copy, Clone, Eq, PartialEq, Debug)]
pub enum Mbl {
    /// MBL §11: negotiation.
    Negotiation11,
    /// MBL §19: information.
    Information19,
}

impl From<balans_domain::Mbl> for Mbl {
    fn from(mbl: balans_domain::Mbl) -> Self {
        match mbl {
            balans_domain::Mbl::Negotiation11 => Mbl::Negotiation11,
            balans_domain::Mbl::Information19 => Mbl::Information19,
        }
    }
}

impl From<Mbl> for balans_domain::Mbl {
    fn from(mbl: Mbl) -> Self {
        match mbl {
            Mbl::Negotiation11 => balans_domain::Mbl::Negotiation11,
            Mbl::Information19 => balans_domain::Mbl::Information19,
        }
    }
}

/// How a case ended.
#[derive(Enum, Copy, Clone, Eq, PartialEq, Debug)]
pub enum Resolution {
    /// Besvarad.
    Answered,
    /// Återtagen: withdrawn by the party that raised it.
    Withdrawn,
    /// Enighet.
    Agreed,
    /// Oenighet.
    Disagreement,
    /// Informerad (MBL §19).
    Informed,
    /// Ersatt: replaced by another case.
    Superseded,
}

impl From<balans_domain::Resolution> for Resolution {
    fn from(resolution: balans_domain::Resolution) -> Self {
        use balans_domain::Resolution as R;
        match resolution {
            R::Answered => Resolution::Answered,
            R::Withdrawn => Resolution::Withdrawn,
            R::Agreed => Resolution::Agreed,
            R::Disagreement => Resolution::Disagreement,
            R::Informed => Resolution::Informed,
            R::Superseded => Resolution::Superseded,
        }
    }
}

impl From<Resolution> for balans_domain::Resolution {
    fn from(resolution: Resolution) -> Self {
        use balans_domain::Resolution as R;
        match resolution {
            Resolution::Answered => R::Answered,
            Resolution::Withdrawn => R::Withdrawn,
            Resolution::Agreed => R::Agreed,
            Resolution::Disagreement => R::Disagreement,
            Resolution::Informed => R::Informed,
            Resolution::Superseded => R::Superseded,
        }
    }
}

/// What kind of written position a statement is.
#[derive(Enum, Copy, Clone, Eq, PartialEq, Debug)]
pub enum StatementKind {
    /// Yttrande.
    Statement,
    /// Protokollsanteckning.
    MinutesNote,
    /// Särskilt yttrande.
    DissentingStatement,
}

impl From<balans_domain::StatementKind> for StatementKind {
    fn from(kind: balans_domain::StatementKind) -> Self {
        match kind {
            balans_domain::StatementKind::Statement => StatementKind::Statement,
            balans_domain::StatementKind::MinutesNote => StatementKind::MinutesNote,
            balans_domain::StatementKind::DissentingStatement => StatementKind::DissentingStatement,
        }
    }
}

impl From<StatementKind> for balans_domain::StatementKind {
    fn from(kind: StatementKind) -> Self {
        match kind {
            StatementKind::Statement => balans_domain::StatementKind::Statement,
            StatementKind::MinutesNote => balans_domain::StatementKind::MinutesNote,
            StatementKind::DissentingStatement => balans_domain::StatementKind::DissentingStatement,
        }
    }
}

/// A standing body that meets again and again (förvaltningsgrupp, LSG, skyddskommitté).
pub struct Forum {
    pub id: ForumId,
    pub view: View,
}

/// A standing body that meets again and again (förvaltningsgrupp, LSG, skyddskommitté).
#[Object(serial)]
impl Forum {
    /// The forum's id (a ULID).
    async fn id(&self) -> ID {
        ID(self.id.to_string())
    }
    /// The administration (förvaltning) the forum belongs to.
    async fn organization(&self) -> String {
        self.view.with(|m| {
            m.forums
                .get(&self.id)
                .map(|f| f.organization.clone())
                .unwrap_or_default()
        })
    }
    /// The forum's name, e.g. "Förvaltningsgrupp".
    async fn name(&self) -> String {
        self.view.with(|m| {
            m.forums
                .get(&self.id)
                .map(|f| f.name.clone())
                .unwrap_or_default()
        })
    }
    /// The short code used in case numbers, e.g. "FG".
    async fn code(&self) -> String {
        self.view.with(|m| {
            m.forums
                .get(&self.id)
                .map(|f| f.code.clone())
                .unwrap_or_default()
        })
    }
    /// The unions that sit in the forum ("Fackliga organisationerna" means these).
    async fn unions(&self) -> Vec<String> {
        self.view.with(|m| {
            m.forums
                .get(&self.id)
                .map(|f| f.unions.iter().map(|p| p.name().to_string()).collect())
                .unwrap_or_default()
        })
    }
    /// The forum's meetings (sammanträden), in date order.
    async fn meetings(&self) -> Vec<Meeting> {
        self.view.with(|m| {
            m.meetings_of(self.id)
                .into_iter()
                .map(|meeting| Meeting::new(meeting, self.view.clone()))
                .collect()
        })
    }
}

/// A person at a meeting.
#[derive(SimpleObject, Clone)]
#[graphql(serial)]
pub struct Attendee {
    /// Null when only the party is listed ("Förhinder: Vårdförbundet").
    pub name: Option<String>,
    /// The party: "Arbetsgivaren" or a union.
    pub party: String,
    /// The role, e.g. "avdelningschef", "huvudskyddsombud", where given.
    pub role: Option<String>,
}

impl From<&balans_domain::Attendee> for Attendee {
    fn from(a: &balans_domain::Attendee) -> Self {
        Self {
            name: a.name.clone(),
            party: a.party.name().to_string(),
            role: a.role.clone(),
        }
    }
}

/// A person appointed to approve (justera) the minutes.
#[derive(SimpleObject, Clone)]
#[graphql(serial)]
pub struct Approver {
    /// Null when the protocol names the party only.
    pub name: Option<String>,
    /// The party the approver represents.
    pub party: String,
}

/// One meeting (sammanträde) of a forum.
#[derive(SimpleObject)]
#[graphql(complex, serial)]
pub struct Meeting {
    /// The meeting's id (a ULID).
    pub id: ID,
    /// Datum.
    pub date: Date,
    /// Tidpunkt: when it starts, where given.
    pub time: Option<Time>,
    /// Plats.
    pub place: Option<String>,
    /// Ordförande.
    pub chair: Option<String>,
    /// Sekreterare.
    pub secretary: Option<String>,
    /// The day by which the minutes are to be approved (justering).
    pub approval_deadline: Option<Date>,
    /// When comments on the draft minutes must have arrived.
    pub comments_deadline: Option<Instant>,
    /// Whether the meeting has been held.
    pub held: bool,
    /// When the minutes were approved (justerat), if they were.
    pub minutes_approved_on: Option<Date>,
    /// Who approved the minutes.
    pub minutes_approved_by: Vec<String>,
    /// When the minutes were published.
    pub minutes_published_on: Option<Date>,
    #[graphql(skip)]
    pub meeting_id: MeetingId,
    #[graphql(skip)]
    pub forum_id: ForumId,
    #[graphql(skip)]
    pub view: View,
    /// The meeting with its roll, once one of `present`, `absent` and `approvers` read it.
    #[graphql(skip)]
    whole: OnceLock<Option<MeetingState>>,
}

impl Meeting {
    pub fn new(state: &MeetingState, view: View) -> Self {
        Self {
            id: ID(state.id.to_string()),
            date: state.date,
            time: state.time,
            place: state.place.as_deref().map(str::to_owned),
            chair: state.chair.as_deref().map(str::to_owned),
            secretary: state.secretary.as_deref().map(str::to_owned),
            approval_deadline: state.approval_deadline,
            comments_deadline: state
                .comments_deadline
                .and_then(|deadline| {
                    deadline
                        .to_zoned(balans_domain::organization_time_zone())
                        .ok()
                })
                .map(|zoned| Instant(zoned.timestamp())),
            held: state.held,
            minutes_approved_on: state.approved.as_ref().map(|(on, _)| *on),
            minutes_approved_by: state
                .approved
                .as_ref()
                .map(|(_, by)| by.clone())
                .unwrap_or_default(),
            minutes_published_on: state.published,
            meeting_id: state.id,
            forum_id: state.forum,
            view,
            whole: OnceLock::new(),
        }
    }

    /// The meeting with its roll, read from its stream once for all three fields that need it:
    /// the read model does not keep who attended or approves
    /// ([`balans_read::ReadModel::meetings`]).
    fn whole(&self, ctx: &Context<'_>) -> Result<Option<&MeetingState>> {
        if let Some(whole) = self.whole.get() {
            return Ok(whole.as_ref());
        }
        let runtime = ctx.data::<Arc<Runtime>>()?;
        let horizon = self.view.with(ReadModel::horizon);
        let read = balans_read::meeting_whole(runtime.store(), self.meeting_id, horizon)
            .map_err(crate::error::read_error)?;
        Ok(self.whole.get_or_init(|| read).as_ref())
    }
}

#[ComplexObject]
impl Meeting {
    /// Närvarande.
    async fn present(&self, ctx: &Context<'_>) -> Result<Vec<Attendee>> {
        let whole = self.whole(ctx)?;
        Ok(whole.map_or_else(Vec::new, |m| m.present.iter().map(Attendee::from).collect()))
    }
    /// Förhinder: absent with notice.
    async fn absent(&self, ctx: &Context<'_>) -> Result<Vec<Attendee>> {
        let whole = self.whole(ctx)?;
        Ok(whole.map_or_else(Vec::new, |m| m.absent.iter().map(Attendee::from).collect()))
    }
    /// Justerare.
    async fn approvers(&self, ctx: &Context<'_>) -> Result<Vec<Approver>> {
        let whole = self.whole(ctx)?;
        Ok(whole.map_or_else(Vec::new, |m| {
            m.approvers
                .iter()
                .map(|a| Approver {
                    name: a.name.clone(),
                    party: a.party.name().to_string(),
                })
                .collect()
        }))
    }
    /// The forum that met.
    async fn forum(&self) -> Forum {
        Forum {
            id: self.forum_id,
            view: self.view.clone(),
        }
    }
    /// The text of the meeting's protocol (protokoll), for a meeting recorded by importing it;
    /// null otherwise. Read from the meeting's stream when asked for.
    async fn protocol(&self, ctx: &Context<'_>) -> Result<Option<Protocol>> {
        let runtime = ctx.data::<Arc<Runtime>>()?;
        let up_to = self.view.with(|m| m.horizon().position);
        let minutes = runtime
            .minutes(self.meeting_id, up_to)
            .map_err(crate::error::read_error)?;
        Ok(minutes.map(|minutes| Protocol {
            sections: minutes
                .paragraphs()
                .into_iter()
                .map(|p| ProtocolSection {
                    section: p.number,
                    title: p.title,
                    start: p.start,
                    end: p.end,
                })
                .collect(),
            text: minutes.text,
            source_encoding: minutes.source_encoding,
        }))
    }
    /// The cases that arose or were discussed at this meeting, by number.
    async fn cases(&self) -> Vec<Case> {
        self.view.with(|m| {
            // A meeting discusses its own forum's cases, which come by number.
            m.cases_of(self.forum_id)
                .filter(|c| c.state.meetings.contains(&self.meeting_id))
                .map(|c| Case::new(c, self.view.clone(), None))
                .collect()
        })
    }
}

/// A meeting's protocol (protokoll) as its import recorded it.
#[derive(SimpleObject, Clone)]
#[graphql(serial)]
pub struct Protocol {
    /// The text as read (normalized): `sections` and an import's source spans are byte offsets
    /// into its UTF-8.
    pub text: String,
    /// How the file was read: "UTF-8", "Windows-1252", "PDF (pdftotext)", "DOCX" ...
    pub source_encoding: String,
    /// Its numbered sections (paragrafer), in order.
    pub sections: Vec<ProtocolSection>,
}

/// A numbered section (paragraf) of a protocol's text.
#[derive(SimpleObject, Clone)]
#[graphql(serial)]
pub struct ProtocolSection {
    /// The protocol's own number: "4" for "§ 4".
    pub section: String,
    /// Its heading.
    pub title: String,
    /// Its first byte in the text.
    pub start: usize,
    /// The byte after its last.
    pub end: usize,
}

/// An answer recorded on a question.
#[derive(SimpleObject, Clone)]
#[graphql(serial)]
pub struct Answer {
    /// The party that answered (usually Arbetsgivaren).
    pub by: String,
    /// The person who answered, where named.
    pub person: Option<String>,
    /// The answer as recorded (arbetsgivarens svar).
    pub text: String,
    /// The date it was given.
    pub on: Date,
    /// The meeting where it was given, if any.
    pub meeting_id: Option<ID>,
}

/// A commitment (åtagande) on a case.
#[derive(SimpleObject, Clone)]
#[graphql(serial)]
pub struct Commitment {
    /// Its number within the case, from 1.
    pub number: u32,
    /// The party that owes it.
    pub by: String,
    /// The person who owes it, where named.
    pub person: Option<String>,
    /// To whom it is owed, where known.
    pub to: Option<String>,
    /// What was promised.
    pub what: String,
    /// The due as written ("under vintern", "nästa förvaltningsgrupp").
    pub due_label: Option<String>,
    /// The due date by the rules; for "next meeting", the forum's next scheduled meeting.
    pub due_date: Option<Date>,
    /// Whether the due is "the next meeting".
    pub due_next_meeting: bool,
    /// The date it was made.
    pub made_on: Date,
    /// The date it was fulfilled (uppfyllt), if it was.
    pub fulfilled_on: Option<Date>,
    /// Försenad: the due date has passed and it is not fulfilled.
    pub overdue: bool,
    /// How often it was renewed.
    pub renewals: u32,
    /// How often a renewal moved its due later.
    pub postponements: u32,
}

/// A party's written position (yttrande, protokollsanteckning).
#[derive(SimpleObject, Clone)]
#[graphql(serial)]
pub struct Statement {
    /// The party whose position it is.
    pub party: String,
    /// Yttrande, protokollsanteckning or särskilt yttrande.
    pub kind: StatementKind,
    /// The statement as recorded.
    pub text: String,
    /// The date it was recorded.
    pub on: Date,
}

/// One step of a case's history.
#[derive(SimpleObject, Clone)]
#[graphql(complex, serial)]
pub struct TimelineItem {
    /// Global position in the log.
    pub position: u64,
    /// The event type, e.g. "AnswerGiven".
    #[graphql(name = "type")]
    pub event_type: String,
    /// When it happened (the meeting's start where it happened at one).
    pub occurred_at: Instant,
    /// When it was recorded.
    pub recorded_at: Instant,
    /// Who recorded it.
    pub recorded_by: String,
    /// One line in Swedish saying what happened.
    pub summary: String,
    #[graphql(skip)]
    pub meeting_id: Option<MeetingId>,
    #[graphql(skip)]
    pub case_id: CaseId,
    /// The section, when the timeline read each meeting's protocol once for all its steps.
    #[graphql(skip)]
    pub known_section: Option<Option<String>>,
    #[graphql(skip)]
    pub view: View,
}

#[ComplexObject]
impl TimelineItem {
    /// Who recorded it, as people read it: the person's or the API token's name (the id in
    /// `recordedBy` stays as recorded; a person removed since shows as that id).
    async fn recorded_by_name(&self, ctx: &Context<'_>) -> String {
        ctx.data_opt::<std::sync::Arc<balans_runtime::Runtime>>()
            .and_then(|runtime| runtime.access().name_of(&self.recorded_by))
            .unwrap_or_else(|| self.recorded_by.clone())
    }

    /// For a step at a meeting recorded by importing its protocol: the protocol's section
    /// (paragraf) it came from, e.g. "4" for "§ 4"; the text is the meeting's `protocol`.
    async fn section(&self, ctx: &Context<'_>) -> Result<Option<String>> {
        if let Some(known) = &self.known_section {
            return Ok(known.clone());
        }
        let Some(meeting) = self.meeting_id else {
            return Ok(None);
        };
        let runtime = ctx.data::<Arc<Runtime>>()?;
        let up_to = self.view.with(|m| m.horizon().position);
        section_in_minutes(runtime, meeting, self.case_id, up_to)
    }

    /// The meeting where it happened, if any.
    async fn meeting(&self) -> Option<Meeting> {
        let id = self.meeting_id?;
        self.view.with(|m| {
            m.meetings
                .get(&id)
                .map(|meeting| Meeting::new(meeting, self.view.clone()))
        })
    }
}

impl TimelineItem {
    fn new(entry: HistoryEntry, case_id: CaseId, view: View) -> Self {
        Self {
            position: entry.position,
            event_type: entry.event_type.to_string(),
            occurred_at: entry.occurred_at.into(),
            recorded_at: entry.recorded_at.into(),
            recorded_by: entry.recorded_by,
            summary: entry.summary,
            meeting_id: entry.meeting,
            case_id,
            known_section: None,
            view,
        }
    }
}

/// A case (ärende): anything followed across meetings.
pub struct Case {
    pub state: CaseRow,
    /// The case stream's version as the view knows it.
    pub version: u64,
    pub view: View,
    /// The day against which "overdue" is judged.
    pub as_of: Option<Date>,
    /// Where the case's events lie in the log, as the view knows them: its timeline and texts
    /// are read from there.
    log: CaseLog,
    /// The case's events, read from the log once for every field that needs them.
    events: OnceLock<CaseEvents>,
    /// The case with its text and its answers' texts, folded from `events`.
    whole: OnceLock<Option<CaseState>>,
}

impl Case {
    pub fn new(case: &CaseView, view: View, as_of: Option<Date>) -> Self {
        Self {
            state: case.state.clone(),
            version: u64::from(case.version()),
            view,
            as_of,
            log: case.log.clone(),
            events: OnceLock::new(),
            whole: OnceLock::new(),
        }
    }

    /// The case's events, read from the log the first time a field needs them (its text, its
    /// answers, its timeline): the read model keeps neither the texts ([`CaseView::state`]) nor
    /// the history.
    fn events(&self, ctx: &Context<'_>) -> Result<&CaseEvents> {
        if let Some(events) = self.events.get() {
            return Ok(events);
        }
        let runtime = ctx.data::<Arc<Runtime>>()?;
        let read =
            CaseEvents::read(runtime.store(), &self.log).map_err(crate::error::read_error)?;
        Ok(self.events.get_or_init(|| read))
    }

    /// The case with its texts (`None` only if the log holds none of its events).
    fn whole(&self, ctx: &Context<'_>) -> Result<Option<&CaseState>> {
        let whole = match self.whole.get() {
            Some(whole) => whole,
            None => {
                let folded = self.events(ctx)?.whole();
                self.whole.get_or_init(|| folded)
            }
        };
        Ok(whole.as_ref())
    }

    fn as_of_date(&self, ctx: &Context<'_>) -> Date {
        self.as_of.unwrap_or_else(|| {
            ctx.data::<Arc<Runtime>>()
                .map(|s| s.today())
                .unwrap_or_else(|_| {
                    Timestamp::now()
                        .to_zoned(balans_domain::organization_time_zone())
                        .date()
                })
        })
    }

    fn next_meeting(&self, since: Date) -> Option<Date> {
        self.view.with(|m| {
            m.next_meeting_after(self.state.forum, since)
                .map(|meeting| meeting.date)
        })
    }
}

/// A case (ärende): a question, commitment, board matter, statement or negotiation followed across meetings.
#[Object(serial)]
impl Case {
    /// The case's id (a ULID).
    async fn id(&self) -> ID {
        ID(self.state.id.to_string())
    }
    /// The short number people say and write, e.g. "FG 2025:7".
    async fn number(&self) -> String {
        self.state.number.to_string()
    }
    /// Fråga, åtagande, nämndärende, yttrande or förhandling.
    async fn kind(&self) -> CaseKind {
        self.state.kind.into()
    }
    /// Open, answered or closed.
    async fn status(&self) -> CaseStatus {
        self.state.status().into()
    }
    /// How it ended, once closed.
    async fn resolution(&self) -> Option<Resolution> {
        self.state.closed.map(Into::into)
    }
    /// The forum where the case is followed.
    async fn forum(&self) -> Forum {
        Forum {
            id: self.state.forum,
            view: self.view.clone(),
        }
    }
    /// The protocol's section (§ or point) where it arose.
    async fn section(&self) -> Option<&str> {
        self.state.section.as_deref()
    }
    /// A short title (rubrik).
    async fn title(&self) -> &str {
        &self.state.title
    }
    /// The text as the protocol has it.
    async fn text(&self, ctx: &Context<'_>) -> Result<&str> {
        Ok(self.whole(ctx)?.map_or("", |whole| whole.text.as_str()))
    }
    /// The date it arose.
    async fn opened_on(&self) -> Date {
        self.state.opened.on
    }
    /// Who asked (for questions).
    async fn raised_by(&self) -> Option<&str> {
        self.state.raised_by.as_ref().map(|p| p.name())
    }
    /// The person who asked, where named.
    async fn asked_by(&self) -> Option<&str> {
        self.state.asked_by.as_deref()
    }
    /// Who must answer (for questions).
    async fn addressed_to(&self) -> Option<&str> {
        self.state.addressed_to.as_ref().map(|p| p.name())
    }
    /// Föranmäld: registered before the meeting.
    async fn pre_registered(&self) -> bool {
        self.state.pre_registered
    }
    /// Kvarvarande: came from an earlier meeting.
    async fn carried_over(&self) -> bool {
        self.state.carried_over
    }
    /// Diarienummer of a board matter.
    async fn registry_number(&self) -> Option<&str> {
        self.state.registry_number.as_deref()
    }
    /// For a board matter: MBL §11 negotiation or §19 information.
    async fn mbl(&self) -> Option<Mbl> {
        self.state.mbl.map(Into::into)
    }
    /// Whether it is on the forum's balance list (balanslista).
    async fn on_balance_list(&self) -> bool {
        self.state.on_balance_list
    }
    /// The answers given (svar), in order.
    async fn answers(&self, ctx: &Context<'_>) -> Result<Vec<Answer>> {
        Ok(self
            .whole(ctx)?
            .into_iter()
            .flat_map(|whole| &whole.answers)
            .map(|a| Answer {
                by: a.by.name().to_string(),
                person: a.person.as_deref().map(str::to_owned),
                text: a.text.to_string(),
                on: a.at.on,
                meeting_id: a.at.meeting.map(|m| ID(m.to_string())),
            })
            .collect())
    }
    /// The commitments (åtaganden) made on the case, fulfilled or not.
    async fn commitments(&self, ctx: &Context<'_>) -> Vec<Commitment> {
        let as_of = self.as_of_date(ctx);
        self.state
            .commitments
            .iter()
            .map(|c| {
                let next = self.next_meeting(c.made.on);
                Commitment {
                    number: c.number,
                    by: c.by.name().to_string(),
                    person: c.person.as_deref().map(str::to_owned),
                    to: c.to.as_ref().map(|p| p.name().to_string()),
                    what: c.what.to_string(),
                    due_label: c.due.label.clone(),
                    due_date: c.due.resolved_date(next),
                    due_next_meeting: c.due.by == DueBy::NextMeeting,
                    made_on: c.made.on,
                    fulfilled_on: c.fulfilled.map(|f| f.on),
                    overdue: c.fulfilled.is_none()
                        && self.state.closed.is_none()
                        && c.due.is_overdue(next, as_of),
                    renewals: c.renewals,
                    postponements: c.postponements,
                }
            })
            .collect()
    }
    /// The statements (yttranden) recorded on the case.
    async fn statements(&self) -> Vec<Statement> {
        self.state
            .statements
            .iter()
            .map(|s| Statement {
                party: s.party.name().to_string(),
                kind: s.kind.into(),
                text: s.text.to_string(),
                on: s.at.on,
            })
            .collect()
    }
    /// Who owes what on this case now (or as of the query's date).
    async fn obligations(&self, ctx: &Context<'_>) -> PlainList<Obligation> {
        let as_of = self.as_of_date(ctx);
        self.view.with(|m| {
            m.case_obligations(&self.state, as_of)
                .into_iter()
                .map(|o| Obligation::new(o, self.view.clone(), as_of))
                .collect::<Vec<_>>()
                .into()
        })
    }
    /// Every event of the case in order: how the matter moved between meetings.
    async fn timeline(&self, ctx: &Context<'_>) -> Result<Vec<TimelineItem>> {
        let mut items: Vec<TimelineItem> = self
            .events(ctx)?
            .history()
            .into_iter()
            .map(|entry| TimelineItem::new(entry, self.state.id, self.view.clone()))
            .collect();
        // Asked for the steps' sections: each meeting's protocol is read once, not once a step.
        if ctx.look_ahead().field("section").exists() {
            let runtime = ctx.data::<Arc<Runtime>>()?;
            let up_to = self.view.with(|m| m.horizon().position);
            let mut sections: HashMap<MeetingId, Option<String>> = HashMap::new();
            for item in &mut items {
                let Some(meeting) = item.meeting_id else {
                    item.known_section = Some(None);
                    continue;
                };
                let section = match sections.entry(meeting) {
                    std::collections::hash_map::Entry::Occupied(known) => known.get().clone(),
                    std::collections::hash_map::Entry::Vacant(unread) => unread
                        .insert(section_in_minutes(runtime, meeting, self.state.id, up_to)?)
                        .clone(),
                };
                item.known_section = Some(section);
            }
        }
        Ok(items)
    }
    /// Every meeting where the case appeared, in order.
    async fn meetings(&self) -> Vec<Meeting> {
        self.view.with(|m| {
            self.state
                .meetings
                .iter()
                .filter_map(|id| m.meetings.get(id))
                .map(|meeting| Meeting::new(meeting, self.view.clone()))
                .collect()
        })
    }
    /// The case stream's version: pass it as `expectedVersion` to change the case safely.
    async fn version(&self) -> u64 {
        self.version
    }
}

/// Something a party owes (vem är skyldig vad).
pub struct Obligation {
    pub item: OwedItem,
    pub view: View,
    pub as_of: Date,
}

impl Obligation {
    pub fn new(item: OwedItem, view: View, as_of: Date) -> Self {
        Self { item, view, as_of }
    }

    fn obligation_kind(&self) -> ObligationKind {
        match self.item.obligation.kind {
            DomainObligationKind::Answer => ObligationKind::Answer,
            DomainObligationKind::Commitment => ObligationKind::Commitment,
        }
    }
}

/// The fields of the `#[Object]` below that are plain values, as they resolve there; the
/// test `plain_fields_resolve_as_their_resolvers_do` holds the two together.
impl PlainFields for Obligation {
    fn plain_field(&self, name: &str) -> Option<Value> {
        let obligation = &self.item.obligation;
        let text = |s: &str| Value::String(s.to_owned());
        Some(match name {
            "caseNumber" => Value::String(self.item.case_number.to_string()),
            "party" => text(obligation.party.name()),
            "person" => or_null(obligation.person.as_deref(), text),
            "to" => or_null(obligation.to.as_ref(), |p| text(p.name())),
            "kind" => enum_value(self.obligation_kind()),
            "commitmentNumber" => or_null(obligation.commitment, |n| Value::Number(n.into())),
            "what" => text(&obligation.what),
            "since" => obligation.since.on.to_value(),
            "dueLabel" => or_null(obligation.due.label.as_deref(), text),
            "dueDate" => or_null(self.item.due_date, |date| date.to_value()),
            "daysWaiting" => Value::Number(self.item.days_waiting.into()),
            "overdue" => Value::Boolean(self.item.overdue),
            _ => return None,
        })
    }
}

/// Something a party owes: an answer or a commitment (vem är skyldig vad).
#[Object(serial)]
impl Obligation {
    /// The case it is owed on.
    async fn case(&self) -> Option<Case> {
        let id: CaseId = self.item.obligation.case;
        self.view.with(|m| {
            m.cases
                .get(&id)
                .map(|c| Case::new(c, self.view.clone(), Some(self.as_of)))
        })
    }
    /// The case's number, e.g. "FG 2025:7".
    async fn case_number(&self) -> String {
        self.item.case_number.to_string()
    }
    /// The party that owes it.
    async fn party(&self) -> &str {
        self.item.obligation.party.name()
    }
    /// The person who owes it, where named.
    async fn person(&self) -> Option<&str> {
        self.item.obligation.person.as_deref()
    }
    /// To whom it is owed, where known.
    async fn to(&self) -> Option<&str> {
        self.item.obligation.to.as_ref().map(|p| p.name())
    }
    /// An answer or a commitment.
    async fn kind(&self) -> ObligationKind {
        self.obligation_kind()
    }
    /// The commitment's number within its case (commitments only).
    async fn commitment_number(&self) -> Option<u32> {
        self.item.obligation.commitment
    }
    /// What is owed.
    async fn what(&self) -> &str {
        &self.item.obligation.what
    }
    /// The date it became owed (the meeting's date).
    async fn since(&self) -> Date {
        self.item.obligation.since.on
    }
    /// The due as written.
    async fn due_label(&self) -> Option<&str> {
        self.item.obligation.due.label.as_deref()
    }
    /// The due date by the rules, with "next meeting" looked up in the forum's schedule.
    async fn due_date(&self) -> Option<Date> {
        self.item.due_date
    }
    /// Days from `since` to the as-of date.
    async fn days_waiting(&self) -> i32 {
        self.item.days_waiting
    }
    /// Försenad: the due date has passed.
    async fn overdue(&self) -> bool {
        self.item.overdue
    }
    /// Utan datum: a promise whose due no rule turns into a date ("kommande utbildningar"), or
    /// with no due said; it is never overdue, so it is shown apart to stay in sight.
    async fn undated(&self) -> bool {
        self.item.is_undated()
    }
}

/// A stored event with its envelope, for integrations.
#[derive(SimpleObject, Clone)]
#[graphql(serial)]
pub struct LogEvent {
    /// Global position, from 1, without gaps.
    pub position: u64,
    /// The event's own id (a ULID).
    pub id: ID,
    /// The stream, e.g. "case-01JH…".
    pub stream: String,
    /// Its position in its stream, from 1.
    pub stream_version: u64,
    /// The event type, e.g. "QuestionRaised".
    #[graphql(name = "type")]
    pub event_type: String,
    /// The schema version it was written with.
    pub schema_version: u16,
    /// When it happened (the meeting's start where it happened at one).
    pub occurred_at: Instant,
    /// When it was recorded.
    pub recorded_at: Instant,
    /// Who recorded it.
    pub recorded_by: String,
    /// The meeting where it happened, if any.
    pub meeting_id: Option<ID>,
    /// The id of the command that caused it.
    pub causation: ID,
    /// The event's fields as stored (JSON).
    pub payload: async_graphql::Json<serde_json::Value>,
    /// One line in Swedish saying what happened.
    pub summary: String,
}

impl LogEvent {
    pub fn new(event: &balans_store::RecordedEvent) -> Self {
        let summary = balans_events::decode_recorded(event)
            .map(|e| balans_read::summary::summarize(&e))
            .unwrap_or_else(|error| format!("(kan inte läsas: {error})"));
        Self {
            position: event.position,
            id: ID(event.id.to_string()),
            stream: event.stream.to_string(),
            stream_version: event.stream_version,
            event_type: event.event_type.clone(),
            schema_version: event.schema_version,
            occurred_at: event.occurred_at.into(),
            recorded_at: event.recorded_at.into(),
            recorded_by: event.recorded_by.clone(),
            meeting_id: event.meeting.clone().map(ID),
            causation: ID(event.causation.to_string()),
            payload: async_graphql::Json(event.payload.to_value()),
            summary,
        }
    }
}

/// The section (paragraf) of `meeting`'s protocol that `case` came from, as the log stood at
/// position `up_to`; none for a meeting not recorded by importing its protocol.
fn section_in_minutes(
    runtime: &Runtime,
    meeting: MeetingId,
    case: CaseId,
    up_to: u64,
) -> Result<Option<String>> {
    let minutes = runtime
        .minutes(meeting, up_to)
        .map_err(crate::error::read_error)?;
    Ok(minutes.and_then(|m| m.section_of(case).map(str::to_owned)))
}
