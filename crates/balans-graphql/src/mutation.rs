//! Mutations: one per command, each with an optional `expectedVersion` and a client `commandId` for safe retries.
//!
//! Each input type reads itself into a domain [`Command`] with its `command` method (a malformed
//! id, party or date-time is a BAD_INPUT error there); [`run_command`] runs the command and reads
//! back the case, meeting or forum it changed. Input parts that several commands share (a new
//! case, a case and the meeting where something happened, a commitment, a meeting's date and
//! place) are input objects of their own, flattened into the inputs that use them.

use std::str::FromStr;
use std::sync::Arc;

use async_graphql::{Context, ErrorExtensions, ID, InputObject, Object, Result, SimpleObject};
use balans_app::{CommandMeta, Executed};
use balans_domain::{
    Approver, Attendee, CaseCorrection, CaseId, Command, CommitmentSpec, ForumId, MeetingId, Party,
    Principal, StreamRef,
};
use jiff::civil::{Date, DateTime, Time};
use ulid::Ulid;

use crate::error::{app_error, bad_input, code, not_found, ref_error};
use crate::input::{Day, parse_id, parse_optional_party, parse_party};
use crate::types::{Case, CaseKind, Forum, Mbl, Meeting, Resolution, StatementKind, View};
use balans_read::ReadModel;
use balans_runtime::Runtime;

/// One mutation per command.
#[derive(Default)]
pub struct CommandMutations;

/// What every mutation takes besides its command: for safe retries and concurrent edits.
#[derive(InputObject, Default)]
pub struct CommandOptions {
    /// A ULID chosen by the client; sending the same id again stores nothing new and returns the first result.
    pub command_id: Option<ID>,
    /// The version of the changed object the client saw; if it changed since, the mutation fails with CONFLICT.
    pub expected_version: Option<u64>,
}

/// Where the log stood after a mutation.
#[derive(SimpleObject)]
pub struct Written {
    /// The global position of the last event stored (or of the first result, for a retried command id).
    pub position: u64,
    /// The changed object's version after the mutation.
    pub version: u64,
    /// Whether the command id had been seen before, so nothing new was stored.
    pub duplicate: bool,
}

/// A mutation's result for a case (ärende).
#[derive(SimpleObject)]
pub struct CasePayload {
    /// The case as it is after the mutation.
    pub case: Case,
    /// Where the log stood after the mutation, with the case's new version.
    pub written: Written,
}

/// A mutation's result for a meeting (sammanträde).
#[derive(SimpleObject)]
pub struct MeetingPayload {
    /// The meeting as it is after the mutation.
    pub meeting: Meeting,
    /// Where the log stood after the mutation, with the meeting's new version.
    pub written: Written,
}

/// A mutation's result for a forum (förvaltningsgrupp, LSG, skyddskommitté).
#[derive(SimpleObject)]
pub struct ForumPayload {
    /// The forum as it is after the mutation.
    pub forum: Forum,
    /// Where the log stood after the mutation, with the forum's new version.
    pub written: Written,
}

pub(crate) fn meta(ctx: &Context<'_>, options: Option<CommandOptions>) -> Result<CommandMeta> {
    let options = options.unwrap_or_default();
    let command_id = match options.command_id {
        None => Ulid::generate(),
        Some(id) => Ulid::from_string(id.as_str()).map_err(|_| {
            bad_input(
                format!("commandId {:?} is not a ULID", id.as_str()),
                format!("commandId {:?} är inget ULID", id.as_str()),
            )
        })?,
    };
    Ok(CommandMeta {
        command_id,
        principal: principal(ctx),
        expected_version: options.expected_version,
    })
}

/// Who sends the request: the principal the server put in the request data (its session or
/// token) as the directory knows it now, or nobody signed in. A WebSocket keeps its data for as
/// long as it is open, so a token revoked or a person removed meanwhile counts as nobody from
/// the next operation on, and changed grants hold at once.
pub(crate) fn principal(ctx: &Context<'_>) -> Principal {
    let Some(principal) = ctx.data_opt::<Principal>() else {
        return Principal::anonymous();
    };
    match ctx.data_opt::<Arc<Runtime>>() {
        Some(runtime) => runtime
            .access()
            .as_of_now(principal, jiff::Timestamp::now())
            .unwrap_or_else(Principal::anonymous),
        None => principal.clone(),
    }
}

pub(crate) fn written(executed: &Executed) -> Written {
    Written {
        position: executed.outcome.last_position,
        version: executed.target_version,
        duplicate: executed.outcome.duplicate,
    }
}

/// A mutation's result: the object its command changed, read back after the write.
trait Payload: Sized {
    /// Reads the command's target (see [`Command::target`]) from the live view.
    fn read(view: View, target: StreamRef, written: Written) -> Result<Self>;
}

/// Runs a command and returns the object it changed, as it is after it.
async fn run_command<P: Payload>(
    ctx: &Context<'_>,
    command: Command,
    options: Option<CommandOptions>,
) -> Result<P> {
    let runtime = ctx.data::<Arc<Runtime>>()?;
    let meta = meta(ctx, options)?;
    let command = with_new_id(command, meta.command_id);
    let target = command.target();
    let executed = runtime
        .blocking(move |runtime| runtime.execute(command, meta))
        .await
        .map_err(app_error)?;
    P::read(View::Live(Arc::clone(runtime)), target, written(&executed))
}

/// A payload was asked of a command that changes another kind of object: a bug, not bad input.
fn unexpected_target(target: StreamRef, wanted: &str) -> async_graphql::Error {
    tracing::error!(stream = %target.stream_name(), wanted, "a mutation read back the wrong kind of object");
    async_graphql::Error::new("the server could not complete the request; it has been logged")
        .extend_with(|_, e| e.set("code", code::INTERNAL))
}

impl Payload for CasePayload {
    fn read(view: View, target: StreamRef, written: Written) -> Result<Self> {
        let StreamRef::Case(id) = target else {
            return Err(unexpected_target(target, "case"));
        };
        let case = view
            .with(|m| m.cases.get(&id).map(|c| Case::new(c, view.clone(), None)))
            .ok_or_else(|| {
                not_found(
                    format!("there is no case {id}"),
                    format!("det finns inget ärende {id}"),
                )
            })?;
        Ok(Self { case, written })
    }
}

impl Payload for MeetingPayload {
    fn read(view: View, target: StreamRef, written: Written) -> Result<Self> {
        let StreamRef::Meeting(id) = target else {
            return Err(unexpected_target(target, "meeting"));
        };
        let meeting = view
            .with(|m| m.meetings.get(&id).map(|s| Meeting::new(s, view.clone())))
            .ok_or_else(|| {
                not_found(
                    format!("there is no meeting {id}"),
                    format!("det finns inget möte {id}"),
                )
            })?;
        Ok(Self { meeting, written })
    }
}

impl Payload for ForumPayload {
    fn read(view: View, target: StreamRef, written: Written) -> Result<Self> {
        let StreamRef::Forum(id) = target else {
            return Err(unexpected_target(target, "forum"));
        };
        if !view.with(|m| m.forums.contains_key(&id)) {
            return Err(not_found(
                format!("there is no forum {id}"),
                format!("det finns ingen samverkansgrupp {id}"),
            ));
        }
        Ok(Self {
            forum: Forum { id, view },
            written,
        })
    }
}

// ----- reading input values -----

/// The id of a new case, meeting or forum: the client's, or [`NEW_ID`] for
/// [`with_new_id`] to fill in.
fn new_id<T: FromStr>(id: Option<&ID>, what: &str, make: fn(Ulid) -> T) -> Result<T> {
    id.map_or_else(|| Ok(make(NEW_ID)), |id| parse_id(id, what))
}

/// Stands for the id of an object a command creates when the client gave none.
const NEW_ID: Ulid = Ulid::nil();

/// The command with the id of the object it creates taken from the command id when the client
/// gave none: a retry of the same command id then creates the same object, so it is the same
/// command and gets the first result back, instead of a second object under a fresh id.
fn with_new_id(command: Command, command_id: Ulid) -> Command {
    let fill = |id: Ulid| if id == NEW_ID { command_id } else { id };
    match command {
        Command::CreateForum {
            forum,
            organization,
            name,
            code,
            unions,
        } => Command::CreateForum {
            forum: ForumId(fill(forum.0)),
            organization,
            name,
            code,
            unions,
        },
        Command::ScheduleMeeting {
            meeting,
            forum,
            date,
            time,
            place,
        } => Command::ScheduleMeeting {
            meeting: MeetingId(fill(meeting.0)),
            forum,
            date,
            time,
            place,
        },
        Command::RaiseQuestion { case, .. }
        | Command::RegisterBoardMatter { case, .. }
        | Command::OpenCase { case, .. }
            if { case.0 } == NEW_ID =>
        {
            command.with_case(CaseId(command_id))
        }
        other => other,
    }
}

// A ULID goes to the command as it is: the domain decides whether it exists, with its own
// rule (UNKNOWN_CASE), also for an object a concurrent command has just made.
fn case_id(m: &ReadModel, id: &ID) -> Result<CaseId> {
    id.parse()
        .or_else(|_| m.resolve_case(id.as_str()).map_err(ref_error))
}

fn meeting_id(m: &ReadModel, id: &ID) -> Result<MeetingId> {
    id.parse()
        .or_else(|_| m.resolve_meeting(id.as_str()).map_err(ref_error))
}

fn forum_id(m: &ReadModel, id: &ID) -> Result<ForumId> {
    id.parse()
        .or_else(|_| m.resolve_forum(id.as_str()).map_err(ref_error))
}

/// The meeting where something happened; none means outside a meeting, today.
fn optional_meeting(m: &ReadModel, id: Option<&ID>) -> Result<Option<MeetingId>> {
    id.map(|id| meeting_id(m, id)).transpose()
}

/// Reads an input against the live model, where the cases, meetings and forums it names
/// are found by what people write (see [`balans_read::refs`]).
fn resolved<T>(ctx: &Context<'_>, read: impl FnOnce(&ReadModel) -> Result<T>) -> Result<T> {
    let runtime = ctx.data::<Arc<Runtime>>()?;
    read(&runtime.live())
}

fn parse_parties(names: &[String]) -> Result<Vec<Party>> {
    names.iter().map(|name| parse_party(name)).collect()
}

/// A date and time on the wall clock in Sweden, e.g. `2025-01-16T12:00`.
fn parse_civil_date_time(text: &str, what: &str) -> Result<DateTime> {
    text.trim().parse().map_err(|_| {
        bad_input(
            format!("{what} {text:?} is not a date and time (YYYY-MM-DDTHH:MM, Swedish time)"),
            format!("{what} {text:?} är ingen tidpunkt (ÅÅÅÅ-MM-DDTHH:MM, svensk tid)"),
        )
    })
}

// ----- input parts several commands share -----

/// A new case (ärende): where it arose and what it is about.
#[derive(InputObject)]
pub struct NewCaseInput {
    /// The new case's id (a ULID); one is made when not given.
    pub case_id: Option<ID>,
    /// The forum where the case arose, by id or code ("FG-HÄ"); it numbers the case ("FG-HÄ 2025:7").
    pub forum_id: ID,
    /// The meeting where it arose, by id or forum and date ("FG-HÄ 2025-01-14"); none means
    /// outside a meeting, today.
    pub meeting_id: Option<ID>,
    /// The protocol's section (§ or point).
    pub section: Option<String>,
    /// Rubrik: a short title.
    pub title: String,
    /// The text as the protocol gives it.
    #[graphql(default)]
    pub text: String,
}

/// The parts every opening command has, read.
struct NewCase {
    case: CaseId,
    forum: ForumId,
    meeting: Option<MeetingId>,
    section: Option<String>,
    title: String,
    text: String,
}

impl NewCaseInput {
    fn read(self, m: &ReadModel) -> Result<NewCase> {
        Ok(NewCase {
            case: new_id(self.case_id.as_ref(), "case", CaseId)?,
            forum: forum_id(m, &self.forum_id)?,
            meeting: optional_meeting(m, self.meeting_id.as_ref())?,
            section: self.section,
            title: self.title,
            text: self.text,
        })
    }
}

/// Which case, and the meeting where something happened to it.
#[derive(InputObject)]
pub struct CaseAtInput {
    /// The case (ärende), by id or number ("FG-HÄ 2025:5").
    pub case_id: ID,
    /// The meeting where it happened, by id or forum and date ("FG-HÄ 2025-01-14"); none means
    /// outside a meeting, today.
    pub meeting_id: Option<ID>,
}

impl CaseAtInput {
    fn read(&self, m: &ReadModel) -> Result<(CaseId, Option<MeetingId>)> {
        Ok((
            case_id(m, &self.case_id)?,
            optional_meeting(m, self.meeting_id.as_ref())?,
        ))
    }
}

/// A commitment (åtagande): who promised what, and by when.
#[derive(InputObject)]
pub struct CommitmentInput {
    /// The party that promises, as protocols write it ("Arbetsgivaren", "Kommunal").
    pub by: String,
    /// The person who promises, where named.
    pub person: Option<String>,
    /// The party it is promised to, where the protocol says.
    pub to: Option<String>,
    /// What is promised.
    pub what: String,
    /// The due as written ("under vintern", "nästa förvaltningsgrupp", "v. 12").
    pub due_label: Option<String>,
    /// An exact due date, which wins over what the label says.
    pub due_date: Option<Day>,
}

impl CommitmentInput {
    fn spec(self) -> Result<CommitmentSpec> {
        Ok(CommitmentSpec {
            by: parse_party(&self.by)?,
            person: self.person,
            to: parse_optional_party(self.to.as_deref())?,
            what: self.what,
            due_label: self.due_label,
            due_date: self.due_date.map(Date::from),
        })
    }
}

/// When and where a meeting takes place.
#[derive(InputObject)]
pub struct MeetingSlotInput {
    /// Datum.
    pub date: Day,
    /// Tid: when it starts (`13:00:00`).
    pub time: Option<Time>,
    /// Plats: the room or the video link.
    pub place: Option<String>,
}

// ----- forum inputs -----

/// A new forum.
#[derive(InputObject)]
pub struct CreateForumInput {
    /// The new forum's id (a ULID); one is made when not given.
    pub forum_id: Option<ID>,
    /// The administration (förvaltning) it belongs to.
    pub organization: String,
    /// Its name, e.g. "Förvaltningsgrupp".
    pub name: String,
    /// The short code used in case numbers, e.g. "FG".
    pub code: String,
    /// The unions that sit in it ("Kommunal", "Vision", "SACO", "SSR"): "Fackliga organisationerna" means these.
    #[graphql(default)]
    pub unions: Vec<String>,
}

impl CreateForumInput {
    fn command(self, _: &ReadModel) -> Result<Command> {
        Ok(Command::CreateForum {
            forum: new_id(self.forum_id.as_ref(), "forum", ForumId)?,
            organization: self.organization,
            name: self.name,
            code: self.code,
            unions: parse_parties(&self.unions)?,
        })
    }
}

/// A union that joins a forum.
#[derive(InputObject)]
pub struct AddUnionToForumInput {
    /// The forum, by id or code ("FG-HÄ").
    pub forum_id: ID,
    /// The union, as protocols write it ("Vision", "SACO").
    pub union: String,
}

impl AddUnionToForumInput {
    fn command(self, m: &ReadModel) -> Result<Command> {
        Ok(Command::AddUnionToForum {
            forum: forum_id(m, &self.forum_id)?,
            union: parse_party(&self.union)?,
        })
    }
}

// ----- meeting inputs -----

/// A new meeting of a forum.
#[derive(InputObject)]
pub struct ScheduleMeetingInput {
    /// The new meeting's id (a ULID); one is made when not given.
    pub meeting_id: Option<ID>,
    /// The forum that meets.
    pub forum_id: ID,
    #[graphql(flatten)]
    pub slot: MeetingSlotInput,
}

impl ScheduleMeetingInput {
    fn command(self, m: &ReadModel) -> Result<Command> {
        Ok(Command::ScheduleMeeting {
            meeting: new_id(self.meeting_id.as_ref(), "meeting", MeetingId)?,
            forum: forum_id(m, &self.forum_id)?,
            date: self.slot.date.into(),
            time: self.slot.time,
            place: self.slot.place,
        })
    }
}

/// A meeting's new date, time and place.
#[derive(InputObject)]
pub struct RescheduleMeetingInput {
    /// The meeting, which must not have been held.
    pub meeting_id: ID,
    #[graphql(flatten)]
    pub slot: MeetingSlotInput,
}

impl RescheduleMeetingInput {
    fn command(self, m: &ReadModel) -> Result<Command> {
        Ok(Command::RescheduleMeeting {
            meeting: meeting_id(m, &self.meeting_id)?,
            date: self.slot.date.into(),
            time: self.slot.time,
            place: self.slot.place,
        })
    }
}

/// A person at (or absent from) a meeting.
#[derive(InputObject)]
pub struct AttendeeInput {
    /// The person's name; none when the protocol lists only the party ("Förhinder: Vårdförbundet").
    pub name: Option<String>,
    /// The party, as protocols write it ("Arbetsgivaren", "Kommunal").
    pub party: String,
    /// The role, e.g. "ordförande", "HR-specialist", "ersättare".
    pub role: Option<String>,
}

impl AttendeeInput {
    fn read(self) -> Result<Attendee> {
        Ok(Attendee {
            name: self.name,
            party: parse_party(&self.party)?,
            role: self.role,
        })
    }

    fn read_all(attendees: Vec<Self>) -> Result<Vec<Attendee>> {
        attendees.into_iter().map(Self::read).collect()
    }
}

/// Who was at a meeting (närvarande) and who sent word they could not come (förhinder).
#[derive(InputObject)]
pub struct RecordAttendanceInput {
    /// The meeting, by id or forum and date ("FG-HÄ 2025-01-14").
    pub meeting_id: ID,
    /// Närvarande.
    #[graphql(default)]
    pub present: Vec<AttendeeInput>,
    /// Förhinder: absent with notice.
    #[graphql(default)]
    pub absent: Vec<AttendeeInput>,
}

impl RecordAttendanceInput {
    fn command(self, m: &ReadModel) -> Result<Command> {
        Ok(Command::RecordAttendance {
            meeting: meeting_id(m, &self.meeting_id)?,
            present: AttendeeInput::read_all(self.present)?,
            absent: AttendeeInput::read_all(self.absent)?,
        })
    }
}

/// A person appointed to approve the minutes (justerare).
#[derive(InputObject)]
pub struct ApproverInput {
    /// The person's name; none when the protocol names the party only ("företrädare från alla fackliga").
    pub name: Option<String>,
    /// The party, as protocols write it.
    pub party: String,
}

/// The approvers of a meeting's minutes (justerare) and the deadlines of the approval (justering).
#[derive(InputObject)]
pub struct AppointApproversInput {
    /// The meeting, whose minutes must not be approved yet.
    pub meeting_id: ID,
    /// Justerare.
    pub approvers: Vec<ApproverInput>,
    /// The day by which the minutes are to be approved; not before the meeting.
    pub deadline: Option<Day>,
    /// When comments on the draft minutes must have arrived, Swedish time (`2025-01-16T12:00`).
    pub comments_deadline: Option<String>,
}

impl AppointApproversInput {
    fn command(self, m: &ReadModel) -> Result<Command> {
        let approvers = self
            .approvers
            .into_iter()
            .map(|a| {
                Ok(Approver {
                    name: a.name,
                    party: parse_party(&a.party)?,
                })
            })
            .collect::<Result<_>>()?;
        Ok(Command::AppointApprovers {
            meeting: meeting_id(m, &self.meeting_id)?,
            approvers,
            deadline: self.deadline.map(Date::from),
            comments_deadline: self
                .comments_deadline
                .map(|text| parse_civil_date_time(&text, "commentsDeadline"))
                .transpose()?,
        })
    }
}

/// A meeting that took place.
#[derive(InputObject)]
pub struct HoldMeetingInput {
    /// The meeting, by id or forum and date ("FG-HÄ 2025-01-14").
    pub meeting_id: ID,
    /// Ordförande.
    pub chair: Option<String>,
    /// Sekreterare.
    pub secretary: Option<String>,
}

impl HoldMeetingInput {
    fn command(self, m: &ReadModel) -> Result<Command> {
        Ok(Command::HoldMeeting {
            meeting: meeting_id(m, &self.meeting_id)?,
            chair: self.chair,
            secretary: self.secretary,
        })
    }
}

/// Minutes approved (justerat protokoll).
#[derive(InputObject)]
pub struct ApproveMinutesInput {
    /// The meeting, which must have been held.
    pub meeting_id: ID,
    /// The names of those who approved (justerare).
    #[graphql(default)]
    pub by: Vec<String>,
    /// The day the minutes were approved.
    pub on: Day,
}

impl ApproveMinutesInput {
    fn command(self, m: &ReadModel) -> Result<Command> {
        Ok(Command::ApproveMinutes {
            meeting: meeting_id(m, &self.meeting_id)?,
            by: self.by,
            on: self.on.into(),
        })
    }
}

/// Minutes published (anslaget / publicerat protokoll).
#[derive(InputObject)]
pub struct PublishMinutesInput {
    /// The meeting, whose minutes must be approved.
    pub meeting_id: ID,
    /// The day the minutes were published.
    pub on: Day,
}

impl PublishMinutesInput {
    fn command(self, m: &ReadModel) -> Result<Command> {
        Ok(Command::PublishMinutes {
            meeting: meeting_id(m, &self.meeting_id)?,
            on: self.on.into(),
        })
    }
}

// ----- case inputs -----

/// A new question (fråga).
#[derive(InputObject)]
pub struct RaiseQuestionInput {
    #[graphql(flatten)]
    pub case: NewCaseInput,
    /// The party that asks, as protocols write it ("Kommunal", "SACO").
    pub raised_by: String,
    /// The person who asks, where named.
    pub asked_by: Option<String>,
    /// The party that must answer, usually "Arbetsgivaren".
    pub addressed_to: String,
    /// Föranmäld: registered before the meeting.
    #[graphql(default)]
    pub pre_registered: bool,
    /// Kvarvarande: left from an earlier meeting.
    #[graphql(default)]
    pub carried_over: bool,
}

impl RaiseQuestionInput {
    fn command(self, m: &ReadModel) -> Result<Command> {
        let raised_by = parse_party(&self.raised_by)?;
        let addressed_to = parse_party(&self.addressed_to)?;
        let new = self.case.read(m)?;
        Ok(Command::RaiseQuestion {
            case: new.case,
            forum: new.forum,
            meeting: new.meeting,
            section: new.section,
            title: new.title,
            text: new.text,
            raised_by,
            asked_by: self.asked_by,
            addressed_to,
            pre_registered: self.pre_registered,
            carried_over: self.carried_over,
        })
    }
}

/// A new matter for the political board (nämndärende).
#[derive(InputObject)]
pub struct RegisterBoardMatterInput {
    #[graphql(flatten)]
    pub case: NewCaseInput,
    /// Diarienummer, e.g. "SOF 2025/123".
    pub registry_number: Option<String>,
    /// How it passes samverkan: MBL §11 negotiation or §19 information.
    pub mbl: Option<Mbl>,
}

impl RegisterBoardMatterInput {
    fn command(self, m: &ReadModel) -> Result<Command> {
        let new = self.case.read(m)?;
        Ok(Command::RegisterBoardMatter {
            case: new.case,
            forum: new.forum,
            meeting: new.meeting,
            section: new.section,
            title: new.title,
            text: new.text,
            registry_number: self.registry_number,
            mbl: self.mbl.map(Into::into),
        })
    }
}

/// A new case of a kind without an opening mutation of its own: a commitment, a statement or a negotiation.
#[derive(InputObject)]
pub struct OpenCaseInput {
    #[graphql(flatten)]
    pub case: NewCaseInput,
    /// COMMITMENT (åtagande), STATEMENT (yttrande) or NEGOTIATION (förhandling); questions and
    /// board matters have their own mutations.
    pub kind: CaseKind,
}

impl OpenCaseInput {
    fn command(self, m: &ReadModel) -> Result<Command> {
        let new = self.case.read(m)?;
        Ok(Command::OpenCase {
            case: new.case,
            forum: new.forum,
            kind: self.kind.into(),
            meeting: new.meeting,
            section: new.section,
            title: new.title,
            text: new.text,
        })
    }
}

/// An answer (svar) to a question, which may also be a promise.
#[derive(InputObject)]
pub struct AnswerQuestionInput {
    #[graphql(flatten)]
    pub at: CaseAtInput,
    /// The party that answers, usually "Arbetsgivaren".
    pub by: String,
    /// The person who answers, where named.
    pub person: Option<String>,
    /// The answer.
    pub text: String,
    /// A promise made with the answer ("kommer att tas upp i kommande utbildningar").
    pub commitment: Option<CommitmentInput>,
}

impl AnswerQuestionInput {
    fn command(self, m: &ReadModel) -> Result<Command> {
        let (case, meeting) = self.at.read(m)?;
        Ok(Command::AnswerQuestion {
            case,
            meeting,
            by: parse_party(&self.by)?,
            person: self.person,
            text: self.text,
            commitment: self.commitment.map(CommitmentInput::spec).transpose()?,
        })
    }
}

/// A follow-up question (följdfråga) on a question.
#[derive(InputObject)]
pub struct AskFollowUpInput {
    #[graphql(flatten)]
    pub at: CaseAtInput,
    /// The party that asks.
    pub by: String,
    /// The follow-up question.
    pub text: String,
}

impl AskFollowUpInput {
    fn command(self, m: &ReadModel) -> Result<Command> {
        let (case, meeting) = self.at.read(m)?;
        Ok(Command::AskFollowUp {
            case,
            meeting,
            by: parse_party(&self.by)?,
            text: self.text,
        })
    }
}

/// A commitment (åtagande) made on a case.
#[derive(InputObject)]
pub struct MakeCommitmentInput {
    #[graphql(flatten)]
    pub at: CaseAtInput,
    #[graphql(flatten)]
    pub commitment: CommitmentInput,
}

impl MakeCommitmentInput {
    fn command(self, m: &ReadModel) -> Result<Command> {
        let (case, meeting) = self.at.read(m)?;
        Ok(Command::MakeCommitment {
            case,
            meeting,
            spec: self.commitment.spec()?,
        })
    }
}

/// A commitment renewed with a new due.
#[derive(InputObject)]
pub struct RenewCommitmentInput {
    #[graphql(flatten)]
    pub at: CaseAtInput,
    /// The commitment's number within the case, from 1.
    pub commitment: u32,
    /// The new due as written ("till nästa möte", "i april").
    pub due_label: Option<String>,
    /// An exact new due date, which wins over what the label says.
    pub due_date: Option<Day>,
    /// Why, as the protocol gives it.
    pub note: Option<String>,
}

impl RenewCommitmentInput {
    fn command(self, m: &ReadModel) -> Result<Command> {
        let (case, meeting) = self.at.read(m)?;
        Ok(Command::RenewCommitment {
            case,
            commitment: self.commitment,
            meeting,
            due_label: self.due_label,
            due_date: self.due_date.map(Date::from),
            note: self.note,
        })
    }
}

/// A commitment kept (uppfyllt åtagande).
#[derive(InputObject)]
pub struct FulfilCommitmentInput {
    #[graphql(flatten)]
    pub at: CaseAtInput,
    /// The commitment's number within the case, from 1.
    pub commitment: u32,
    /// How it was kept, as the protocol gives it.
    pub note: Option<String>,
}

impl FulfilCommitmentInput {
    fn command(self, m: &ReadModel) -> Result<Command> {
        let (case, meeting) = self.at.read(m)?;
        Ok(Command::FulfilCommitment {
            case,
            commitment: self.commitment,
            meeting,
            note: self.note,
        })
    }
}

/// A case put on the forum's balance list (balanslista).
#[derive(InputObject)]
pub struct AddToBalanceListInput {
    #[graphql(flatten)]
    pub at: CaseAtInput,
    /// Why, as the protocol gives it.
    pub note: Option<String>,
}

/// A case taken off the forum's balance list (balanslista).
#[derive(InputObject)]
pub struct RemoveFromBalanceListInput {
    #[graphql(flatten)]
    pub at: CaseAtInput,
    /// Why, as the protocol gives it.
    pub note: Option<String>,
}

impl AddToBalanceListInput {
    fn command(self, m: &ReadModel) -> Result<Command> {
        let (case, meeting) = self.at.read(m)?;
        Ok(Command::AddToBalanceList {
            case,
            meeting,
            note: self.note,
        })
    }
}

impl RemoveFromBalanceListInput {
    fn command(self, m: &ReadModel) -> Result<Command> {
        let (case, meeting) = self.at.read(m)?;
        Ok(Command::RemoveFromBalanceList {
            case,
            meeting,
            note: self.note,
        })
    }
}

/// A case that came up at a meeting without anything else happening (e.g. carried forward).
#[derive(InputObject)]
pub struct RecordDiscussionInput {
    /// The case.
    pub case_id: ID,
    /// The meeting where it came up.
    pub meeting_id: ID,
    /// What was said, as the protocol gives it.
    pub note: Option<String>,
}

impl RecordDiscussionInput {
    fn command(self, m: &ReadModel) -> Result<Command> {
        Ok(Command::RecordDiscussion {
            case: case_id(m, &self.case_id)?,
            meeting: meeting_id(m, &self.meeting_id)?,
            note: self.note,
        })
    }
}

/// A party's written position on a case: yttrande, protokollsanteckning or särskilt yttrande.
#[derive(InputObject)]
pub struct RecordStatementInput {
    #[graphql(flatten)]
    pub at: CaseAtInput,
    /// The party that states it.
    pub party: String,
    /// Yttrande, protokollsanteckning or särskilt yttrande.
    pub kind: StatementKind,
    /// The statement.
    pub text: String,
}

impl RecordStatementInput {
    fn command(self, m: &ReadModel) -> Result<Command> {
        let (case, meeting) = self.at.read(m)?;
        Ok(Command::RecordStatement {
            case,
            meeting,
            party: parse_party(&self.party)?,
            kind: self.kind.into(),
            text: self.text,
        })
    }
}

/// A case closed (avslutat ärende).
#[derive(InputObject)]
pub struct CloseCaseInput {
    #[graphql(flatten)]
    pub at: CaseAtInput,
    /// How it ended: answered, withdrawn, agreed (enighet), disagreement (oenighet), informed, superseded.
    pub resolution: Resolution,
    /// Why, as the protocol gives it.
    pub note: Option<String>,
}

impl CloseCaseInput {
    fn command(self, m: &ReadModel) -> Result<Command> {
        let (case, meeting) = self.at.read(m)?;
        Ok(Command::CloseCase {
            case,
            meeting,
            resolution: self.resolution.into(),
            note: self.note,
        })
    }
}

/// A closed case opened again (återupptaget ärende).
#[derive(InputObject)]
pub struct ReopenCaseInput {
    #[graphql(flatten)]
    pub at: CaseAtInput,
    /// Why it is opened again.
    pub reason: String,
}

impl ReopenCaseInput {
    fn command(self, m: &ReadModel) -> Result<Command> {
        let (case, meeting) = self.at.read(m)?;
        Ok(Command::ReopenCase {
            case,
            meeting,
            reason: self.reason,
        })
    }
}

/// A correction of what was recorded about a case; fields left out stay as they were.
#[derive(InputObject)]
pub struct CorrectCaseInput {
    /// The case, whose meeting's minutes must not be approved (justerat) yet.
    pub case_id: ID,
    /// Rubrik: the corrected title.
    pub title: Option<String>,
    /// The corrected text.
    pub text: Option<String>,
    /// The corrected section (§ or point).
    pub section: Option<String>,
    /// The party that really asked.
    pub raised_by: Option<String>,
    /// The party that really must answer.
    pub addressed_to: Option<String>,
    /// Why the record is corrected.
    pub reason: String,
}

impl CorrectCaseInput {
    fn command(self, m: &ReadModel) -> Result<Command> {
        Ok(Command::CorrectCase {
            case: case_id(m, &self.case_id)?,
            changes: CaseCorrection {
                title: self.title,
                text: self.text,
                section: self.section,
                raised_by: parse_optional_party(self.raised_by.as_deref())?,
                addressed_to: parse_optional_party(self.addressed_to.as_deref())?,
            },
            reason: self.reason,
        })
    }
}

/// Every change is a mutation that records one command. Each returns the changed object and
/// where the log stood after it; a conflict, a broken rule or bad input comes back as an error
/// with `extensions.code` (CONFLICT, DOMAIN_RULE with `extensions.rule`, NOT_FOUND, BAD_INPUT),
/// and then nothing is stored.
#[Object]
impl CommandMutations {
    // ----- forums -----

    /// Create a forum (förvaltningsgrupp, LSG, skyddskommitté) and the unions that sit in it.
    async fn create_forum(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The forum to create.")] input: CreateForumInput,
        #[graphql(desc = "commandId for safe retries; expectedVersion of the forum.")]
        options: Option<CommandOptions>,
    ) -> Result<ForumPayload> {
        run_command(ctx, resolved(ctx, |m| input.command(m))?, options).await
    }

    /// Add a union to a forum; adding one that already sits there changes nothing.
    async fn add_union_to_forum(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The forum and the union.")] input: AddUnionToForumInput,
        #[graphql(desc = "commandId for safe retries; expectedVersion of the forum.")]
        options: Option<CommandOptions>,
    ) -> Result<ForumPayload> {
        run_command(ctx, resolved(ctx, |m| input.command(m))?, options).await
    }

    // ----- meetings -----

    /// Schedule a meeting (sammanträde) of a forum. "Next meeting" dues resolve against the schedule.
    async fn schedule_meeting(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The forum, date, time and place.")] input: ScheduleMeetingInput,
        #[graphql(desc = "commandId for safe retries; expectedVersion of the new meeting (0).")]
        options: Option<CommandOptions>,
    ) -> Result<MeetingPayload> {
        run_command(ctx, resolved(ctx, |m| input.command(m))?, options).await
    }

    /// Move a meeting that has not been held to another date, time or place.
    async fn reschedule_meeting(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The meeting and its new date, time and place.")]
        input: RescheduleMeetingInput,
        #[graphql(desc = "commandId for safe retries; expectedVersion of the meeting.")]
        options: Option<CommandOptions>,
    ) -> Result<MeetingPayload> {
        run_command(ctx, resolved(ctx, |m| input.command(m))?, options).await
    }

    /// Record who was present (närvarande) and who was absent with notice (förhinder).
    async fn record_attendance(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The meeting and its attendance.")] input: RecordAttendanceInput,
        #[graphql(desc = "commandId for safe retries; expectedVersion of the meeting.")]
        options: Option<CommandOptions>,
    ) -> Result<MeetingPayload> {
        run_command(ctx, resolved(ctx, |m| input.command(m))?, options).await
    }

    /// Appoint those who approve the minutes (justerare) and the deadlines for approval and comments.
    async fn appoint_approvers(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The meeting, its approvers and deadlines.")] input: AppointApproversInput,
        #[graphql(desc = "commandId for safe retries; expectedVersion of the meeting.")]
        options: Option<CommandOptions>,
    ) -> Result<MeetingPayload> {
        run_command(ctx, resolved(ctx, |m| input.command(m))?, options).await
    }

    /// Record that a meeting took place, with its chair (ordförande) and secretary (sekreterare).
    async fn hold_meeting(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The meeting, its chair and secretary.")] input: HoldMeetingInput,
        #[graphql(desc = "commandId for safe retries; expectedVersion of the meeting.")]
        options: Option<CommandOptions>,
    ) -> Result<MeetingPayload> {
        run_command(ctx, resolved(ctx, |m| input.command(m))?, options).await
    }

    /// Record that a held meeting's minutes were approved (justerade); corrections end then.
    async fn approve_minutes(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The meeting, who approved and when.")] input: ApproveMinutesInput,
        #[graphql(desc = "commandId for safe retries; expectedVersion of the meeting.")]
        options: Option<CommandOptions>,
    ) -> Result<MeetingPayload> {
        run_command(ctx, resolved(ctx, |m| input.command(m))?, options).await
    }

    /// Record that approved minutes were published (anslagna).
    async fn publish_minutes(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The meeting and the day of publishing.")] input: PublishMinutesInput,
        #[graphql(desc = "commandId for safe retries; expectedVersion of the meeting.")]
        options: Option<CommandOptions>,
    ) -> Result<MeetingPayload> {
        run_command(ctx, resolved(ctx, |m| input.command(m))?, options).await
    }

    // ----- opening cases -----

    /// Raise a question (väck en fråga): the addressed party owes an answer from now on.
    async fn raise_question(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The question.")] input: RaiseQuestionInput,
        #[graphql(desc = "commandId for safe retries; expectedVersion of the new case (0).")]
        options: Option<CommandOptions>,
    ) -> Result<CasePayload> {
        run_command(ctx, resolved(ctx, |m| input.command(m))?, options).await
    }

    /// Register a matter for the political board (nämndärende), with its diarienummer and MBL paragraph.
    async fn register_board_matter(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The board matter.")] input: RegisterBoardMatterInput,
        #[graphql(desc = "commandId for safe retries; expectedVersion of the new case (0).")]
        options: Option<CommandOptions>,
    ) -> Result<CasePayload> {
        run_command(ctx, resolved(ctx, |m| input.command(m))?, options).await
    }

    /// Open a case that is a commitment (åtagande), a statement (yttrande) or a negotiation (förhandling).
    async fn open_case(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The case and its kind.")] input: OpenCaseInput,
        #[graphql(desc = "commandId for safe retries; expectedVersion of the new case (0).")]
        options: Option<CommandOptions>,
    ) -> Result<CasePayload> {
        run_command(ctx, resolved(ctx, |m| input.command(m))?, options).await
    }

    // ----- questions and commitments -----

    /// Answer a question (besvara en fråga); the answer is no longer owed. With `commitment`,
    /// the answer is also a promise, which is owed from now on.
    async fn answer_question(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The question and its answer.")] input: AnswerQuestionInput,
        #[graphql(desc = "commandId for safe retries; expectedVersion of the case.")]
        options: Option<CommandOptions>,
    ) -> Result<CasePayload> {
        run_command(ctx, resolved(ctx, |m| input.command(m))?, options).await
    }

    /// Ask a follow-up question (följdfråga): an answer is owed again.
    async fn ask_follow_up(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The question and the follow-up.")] input: AskFollowUpInput,
        #[graphql(desc = "commandId for safe retries; expectedVersion of the case.")]
        options: Option<CommandOptions>,
    ) -> Result<CasePayload> {
        run_command(ctx, resolved(ctx, |m| input.command(m))?, options).await
    }

    /// Make a commitment (åtagande) on a case: the promising party owes it until it is fulfilled.
    async fn make_commitment(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The case and the commitment.")] input: MakeCommitmentInput,
        #[graphql(desc = "commandId for safe retries; expectedVersion of the case.")]
        options: Option<CommandOptions>,
    ) -> Result<CasePayload> {
        run_command(ctx, resolved(ctx, |m| input.command(m))?, options).await
    }

    /// Renew a commitment with a new due; a later due counts as a postponement.
    async fn renew_commitment(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The commitment and its new due.")] input: RenewCommitmentInput,
        #[graphql(desc = "commandId for safe retries; expectedVersion of the case.")]
        options: Option<CommandOptions>,
    ) -> Result<CasePayload> {
        run_command(ctx, resolved(ctx, |m| input.command(m))?, options).await
    }

    /// Fulfil a commitment (uppfyllt åtagande): it is no longer owed.
    async fn fulfil_commitment(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The commitment that was kept.")] input: FulfilCommitmentInput,
        #[graphql(desc = "commandId for safe retries; expectedVersion of the case.")]
        options: Option<CommandOptions>,
    ) -> Result<CasePayload> {
        run_command(ctx, resolved(ctx, |m| input.command(m))?, options).await
    }

    // ----- the balance list and meetings -----

    /// Put a case on the forum's balance list (balanslista) of matters to follow.
    async fn add_to_balance_list(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The case.")] input: AddToBalanceListInput,
        #[graphql(desc = "commandId for safe retries; expectedVersion of the case.")]
        options: Option<CommandOptions>,
    ) -> Result<CasePayload> {
        run_command(ctx, resolved(ctx, |m| input.command(m))?, options).await
    }

    /// Take a case off the forum's balance list (balanslista).
    async fn remove_from_balance_list(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The case.")] input: RemoveFromBalanceListInput,
        #[graphql(desc = "commandId for safe retries; expectedVersion of the case.")]
        options: Option<CommandOptions>,
    ) -> Result<CasePayload> {
        run_command(ctx, resolved(ctx, |m| input.command(m))?, options).await
    }

    /// Record that a case came up at a meeting without anything else happening (e.g. carried forward).
    async fn record_discussion(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The case and the meeting.")] input: RecordDiscussionInput,
        #[graphql(desc = "commandId for safe retries; expectedVersion of the case.")]
        options: Option<CommandOptions>,
    ) -> Result<CasePayload> {
        run_command(ctx, resolved(ctx, |m| input.command(m))?, options).await
    }

    /// Record a party's statement: yttrande, protokollsanteckning or särskilt yttrande.
    async fn record_statement(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The case and the statement.")] input: RecordStatementInput,
        #[graphql(desc = "commandId for safe retries; expectedVersion of the case.")]
        options: Option<CommandOptions>,
    ) -> Result<CasePayload> {
        run_command(ctx, resolved(ctx, |m| input.command(m))?, options).await
    }

    // ----- closing and correcting -----

    /// Close a case (avsluta ärendet) with how it ended; nothing is owed on it any more.
    async fn close_case(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The case and how it ended.")] input: CloseCaseInput,
        #[graphql(desc = "commandId for safe retries; expectedVersion of the case.")]
        options: Option<CommandOptions>,
    ) -> Result<CasePayload> {
        run_command(ctx, resolved(ctx, |m| input.command(m))?, options).await
    }

    /// Reopen a closed case (återuppta ärendet).
    async fn reopen_case(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The case and why it is reopened.")] input: ReopenCaseInput,
        #[graphql(desc = "commandId for safe retries; expectedVersion of the case.")]
        options: Option<CommandOptions>,
    ) -> Result<CasePayload> {
        run_command(ctx, resolved(ctx, |m| input.command(m))?, options).await
    }

    /// Correct what was recorded about a case (title, text, section, parties) while the minutes
    /// of the meeting where it arose are not approved (justerat) yet.
    async fn correct_case(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The case, the corrections and why.")] input: CorrectCaseInput,
        #[graphql(desc = "commandId for safe retries; expectedVersion of the case.")]
        options: Option<CommandOptions>,
    ) -> Result<CasePayload> {
        run_command(ctx, resolved(ctx, |m| input.command(m))?, options).await
    }
}
