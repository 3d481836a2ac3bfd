//! `decide`: checks a command against the current state and returns the events it causes, or why not.

use jiff::civil::Date;

use crate::command::{Command, CommitmentSpec};
use crate::due::{Due, DueBy};
use crate::error::DomainError;
use crate::event::{CaseKind, CaseNumber, Event, Occurrence};
use crate::ids::{CaseId, ForumId, MeetingId};
use crate::party::Party;
use crate::state::{CaseState, ForumState, MeetingState};

/// The state of every stream a command touches (see [`Command::touches`]).
#[derive(Debug, Clone, Default)]
pub struct State {
    pub forum: Option<ForumState>,
    pub meeting: Option<MeetingState>,
    pub case: Option<CaseState>,
    /// The meeting where the case arose, if any: corrections are allowed until its minutes are
    /// approved. Loaded only for commands that read it ([`Command::reads_origin_meeting`]).
    pub origin_meeting: Option<MeetingState>,
}

/// What a decision needs from outside: the domain has no clock of its own.
#[derive(Debug, Clone)]
pub struct Context {
    /// Today's date where the organization is; used when something happens outside a meeting.
    pub today: Date,
}

/// Decides a command: the events to append, or the rule it breaks. Pure: no IO, no clock.
pub fn decide(
    state: &State,
    command: Command,
    context: &Context,
) -> Result<Vec<Event>, DomainError> {
    use Command::*;
    let command = crate::input::checked(command)?;
    match command {
        CreateForum {
            forum,
            organization,
            name,
            code,
            unions,
        } => {
            if state.forum.is_some() {
                return Err(DomainError::ForumExists(forum));
            }
            let name = required(name, "name")?;
            let code = required(code, "code")?;
            let organization = required(organization, "organization")?;
            if let Some(not_union) = unions.iter().find(|p| !matches!(p, Party::Union(_))) {
                return Err(DomainError::NotAUnion(not_union.to_string()));
            }
            Ok(vec![Event::ForumCreated {
                forum,
                organization,
                name,
                code,
                unions,
            }])
        }
        AddUnionToForum { forum, union } => {
            let existing = forum_of(state, forum)?;
            if !matches!(union, Party::Union(_)) {
                return Err(DomainError::NotAUnion(union.to_string()));
            }
            if existing.unions.contains(&union) {
                return Ok(Vec::new());
            }
            Ok(vec![Event::UnionJoinedForum { forum, union }])
        }
        ScheduleMeeting {
            meeting,
            forum,
            date,
            time,
            place,
        } => {
            forum_of(state, forum)?;
            if state.meeting.is_some() {
                return Err(DomainError::MeetingExists(meeting));
            }
            Ok(vec![Event::MeetingScheduled {
                meeting,
                forum,
                date,
                time,
                place: optional_text(place),
            }])
        }
        RescheduleMeeting {
            meeting,
            date,
            time,
            place,
        } => {
            let existing = meeting_of(state, meeting)?;
            if existing.held {
                return Err(DomainError::MeetingAlreadyHeld(meeting));
            }
            Ok(vec![Event::MeetingRescheduled {
                meeting,
                date,
                time,
                place: optional_text(place),
            }])
        }
        RecordAttendance {
            meeting,
            present,
            absent,
        } => {
            meeting_of(state, meeting)?;
            Ok(vec![Event::AttendanceRecorded {
                meeting,
                present,
                absent,
            }])
        }
        AppointApprovers {
            meeting,
            approvers,
            deadline,
            comments_deadline,
        } => {
            let existing = meeting_of(state, meeting)?;
            if existing.approved.is_some() {
                return Err(DomainError::MinutesAlreadyApproved(meeting));
            }
            if let Some(deadline) = deadline
                && deadline < existing.date
            {
                return Err(DomainError::DeadlineBeforeMeeting {
                    deadline,
                    meeting_date: existing.date,
                });
            }
            Ok(vec![Event::ApproversAppointed {
                meeting,
                approvers,
                deadline,
                comments_deadline,
            }])
        }
        HoldMeeting {
            meeting,
            chair,
            secretary,
        } => {
            meeting_of(state, meeting)?;
            Ok(vec![Event::MeetingHeld {
                meeting,
                chair: optional_text(chair),
                secretary: optional_text(secretary),
            }])
        }
        ApproveMinutes { meeting, by, on } => {
            let existing = meeting_of(state, meeting)?;
            if !existing.held {
                return Err(DomainError::MeetingNotHeld(meeting));
            }
            if existing.approved.is_some() {
                return Err(DomainError::MinutesAlreadyApproved(meeting));
            }
            Ok(vec![Event::MinutesApproved { meeting, by, on }])
        }
        PublishMinutes { meeting, on } => {
            let existing = meeting_of(state, meeting)?;
            if existing.approved.is_none() {
                return Err(DomainError::MinutesNotApproved(meeting));
            }
            if existing.published.is_some() {
                return Err(DomainError::MinutesAlreadyPublished(meeting));
            }
            Ok(vec![Event::MinutesPublished { meeting, on }])
        }
        RecordMinutesText {
            meeting,
            minutes_text,
            source_encoding,
            sections,
        } => {
            meeting_of(state, meeting)?;
            if minutes_text.trim().is_empty() {
                return Err(DomainError::EmptyField {
                    field: "minutes_text",
                });
            }
            // The text stays as the reader normalized it: the import's spans point into it.
            Ok(vec![Event::MinutesTextRecorded {
                meeting,
                text: minutes_text,
                source_encoding: source_encoding.trim().to_string(),
                sections,
            }])
        }
        RaiseQuestion {
            case,
            forum,
            meeting,
            section,
            title,
            text,
            raised_by,
            asked_by,
            addressed_to,
            pre_registered,
            carried_over,
        } => {
            let opening = open_case(
                state,
                context,
                case,
                forum,
                meeting,
                CaseKind::Question,
                section,
                title,
                text,
            )?;
            let known = forum_of(state, forum)?;
            for party in [&raised_by, &addressed_to] {
                party_of_forum(party, known)?;
            }
            let at = opening.at;
            let mut events = opening.events;
            events.push(Event::QuestionRaised {
                case,
                raised_by,
                asked_by: optional_text(asked_by),
                addressed_to,
                pre_registered,
                carried_over,
                at,
            });
            Ok(events)
        }
        RegisterBoardMatter {
            case,
            forum,
            meeting,
            section,
            title,
            text,
            registry_number,
            mbl,
        } => {
            let opening = open_case(
                state,
                context,
                case,
                forum,
                meeting,
                CaseKind::BoardMatter,
                section,
                title,
                text,
            )?;
            let at = opening.at;
            let mut events = opening.events;
            events.push(Event::BoardMatterRegistered {
                case,
                registry_number: optional_text(registry_number),
                mbl,
                at,
            });
            Ok(events)
        }
        OpenCase {
            case,
            forum,
            kind,
            meeting,
            section,
            title,
            text,
        } => {
            if matches!(kind, CaseKind::Question | CaseKind::BoardMatter) {
                return Err(DomainError::OpenedByOwnCommand(kind));
            }
            Ok(open_case(
                state, context, case, forum, meeting, kind, section, title, text,
            )?
            .events)
        }
        AnswerQuestion {
            case,
            meeting,
            by,
            person,
            text,
            commitment,
        } => {
            let existing = open_case_of(state, case)?;
            if existing.kind != CaseKind::Question {
                return Err(DomainError::NotAQuestion {
                    number: existing.number.clone(),
                    kind: existing.kind,
                });
            }
            let at = occurrence(state, context, existing.forum, meeting)?;
            let text = required(text, "answer text")?;
            let mut events = vec![Event::AnswerGiven {
                case,
                by,
                person: optional_text(person),
                text,
                at,
            }];
            if let Some(spec) = commitment {
                events.push(commitment_made(existing, case, spec, at)?);
            }
            Ok(events)
        }
        AskFollowUp {
            case,
            meeting,
            by,
            text,
        } => {
            let existing = open_case_of(state, case)?;
            if existing.kind != CaseKind::Question {
                return Err(DomainError::NotAQuestion {
                    number: existing.number.clone(),
                    kind: existing.kind,
                });
            }
            let at = occurrence(state, context, existing.forum, meeting)?;
            let text = required(text, "follow-up text")?;
            Ok(vec![Event::FollowUpAsked { case, by, text, at }])
        }
        MakeCommitment {
            case,
            meeting,
            spec,
        } => {
            let existing = open_case_of(state, case)?;
            let at = occurrence(state, context, existing.forum, meeting)?;
            Ok(vec![commitment_made(existing, case, spec, at)?])
        }
        RenewCommitment {
            case,
            commitment,
            meeting,
            due_label,
            due_date,
            note,
        } => {
            let existing = open_case_of(state, case)?;
            unfulfilled_commitment(existing, commitment)?;
            let at = occurrence(state, context, existing.forum, meeting)?;
            let due = resolve_due(due_label, due_date, at.on)?;
            Ok(vec![Event::CommitmentRenewed {
                case,
                commitment,
                due,
                note: optional_text(note),
                at,
            }])
        }
        FulfilCommitment {
            case,
            commitment,
            meeting,
            note,
        } => {
            let existing = open_case_of(state, case)?;
            unfulfilled_commitment(existing, commitment)?;
            let at = occurrence(state, context, existing.forum, meeting)?;
            Ok(vec![Event::CommitmentFulfilled {
                case,
                commitment,
                note: optional_text(note),
                at,
            }])
        }
        AddToBalanceList {
            case,
            meeting,
            note,
        } => {
            let existing = open_case_of(state, case)?;
            if existing.on_balance_list {
                return Err(DomainError::AlreadyOnBalanceList {
                    number: existing.number.clone(),
                });
            }
            let at = occurrence(state, context, existing.forum, meeting)?;
            Ok(vec![Event::AddedToBalanceList {
                case,
                note: optional_text(note),
                at,
            }])
        }
        RemoveFromBalanceList {
            case,
            meeting,
            note,
        } => {
            let existing = case_of(state, case)?;
            if !existing.on_balance_list {
                return Err(DomainError::NotOnBalanceList {
                    number: existing.number.clone(),
                });
            }
            let at = occurrence(state, context, existing.forum, meeting)?;
            Ok(vec![Event::RemovedFromBalanceList {
                case,
                note: optional_text(note),
                at,
            }])
        }
        RecordDiscussion {
            case,
            meeting,
            note,
        } => {
            let existing = case_of(state, case)?;
            let at = occurrence(state, context, existing.forum, Some(meeting))?;
            Ok(vec![Event::Discussed {
                case,
                note: optional_text(note),
                at,
            }])
        }
        RecordStatement {
            case,
            meeting,
            party,
            kind,
            text,
        } => {
            let existing = open_case_of(state, case)?;
            let at = occurrence(state, context, existing.forum, meeting)?;
            let text = required(text, "statement text")?;
            Ok(vec![Event::StatementRecorded {
                case,
                party,
                kind,
                text,
                at,
            }])
        }
        CloseCase {
            case,
            meeting,
            resolution,
            note,
        } => {
            let existing = open_case_of(state, case)?;
            let at = occurrence(state, context, existing.forum, meeting)?;
            Ok(vec![Event::Closed {
                case,
                resolution,
                note: optional_text(note),
                at,
            }])
        }
        ReopenCase {
            case,
            meeting,
            reason,
        } => {
            let existing = case_of(state, case)?;
            if existing.closed.is_none() {
                return Err(DomainError::CaseNotClosed {
                    number: existing.number.clone(),
                });
            }
            let at = occurrence(state, context, existing.forum, meeting)?;
            let reason = required(reason, "reason")?;
            Ok(vec![Event::Reopened { case, reason, at }])
        }
        CorrectCase {
            case,
            mut changes,
            reason,
        } => {
            let existing = case_of(state, case)?;
            if let Some(origin) = &state.origin_meeting
                && origin.approved.is_some()
            {
                return Err(DomainError::MinutesAlreadyApproved(origin.id));
            }
            let reason = required(reason, "reason")?;
            if let Some(title) = changes.title.take() {
                changes.title = Some(required(title, "title")?);
            }
            if changes == Default::default() {
                return Err(DomainError::NothingToCorrect);
            }
            let at = Occurrence {
                meeting: None,
                on: context.today,
            };
            let _ = existing;
            Ok(vec![Event::Corrected {
                case,
                changes,
                reason,
                at,
            }])
        }
    }
}

struct Opening {
    at: Occurrence,
    events: Vec<Event>,
}

/// The events every new case starts with: its number in the forum, then `CaseOpened`.
#[allow(clippy::too_many_arguments)]
fn open_case(
    state: &State,
    context: &Context,
    case: CaseId,
    forum: ForumId,
    meeting: Option<MeetingId>,
    kind: CaseKind,
    section: Option<String>,
    title: String,
    text: String,
) -> Result<Opening, DomainError> {
    let forum_state = forum_of(state, forum)?;
    if state.case.is_some() {
        return Err(DomainError::CaseExists(case));
    }
    let title = required(title, "title")?;
    let at = occurrence(state, context, forum, meeting)?;
    let year = at.on.year();
    let sequence = forum_state
        .last_case_number
        .get(&year)
        .copied()
        .unwrap_or(0)
        + 1;
    let number = CaseNumber {
        forum_code: forum_state.code.clone(),
        year,
        sequence,
    };
    Ok(Opening {
        at,
        events: vec![
            Event::CaseNumbered {
                forum,
                case,
                number: number.clone(),
            },
            Event::CaseOpened {
                case,
                forum,
                number,
                kind,
                section: optional_text(section),
                title,
                text: text.trim().to_string(),
                at,
            },
        ],
    })
}

fn commitment_made(
    existing: &CaseState,
    case: CaseId,
    spec: CommitmentSpec,
    at: Occurrence,
) -> Result<Event, DomainError> {
    let what = required(spec.what, "what the commitment is")?;
    let due = resolve_due(spec.due_label, spec.due_date, at.on)?;
    let number = existing
        .commitments
        .iter()
        .map(|c| c.number)
        .max()
        .unwrap_or(0)
        + 1;
    Ok(Event::CommitmentMade {
        case,
        commitment: number,
        by: spec.by,
        person: optional_text(spec.person),
        to: spec.to,
        what,
        due,
        at,
    })
}

/// A due from a label and/or an exact date; an exact date wins, and must not be before the day it was said.
fn resolve_due(
    label: Option<String>,
    date: Option<Date>,
    said_on: Date,
) -> Result<Due, DomainError> {
    let label = optional_text(label);
    let due = match (label, date) {
        (label, Some(date)) => Due {
            label: label.or_else(|| Some(date.to_string())),
            by: DueBy::Date(date),
        },
        (Some(label), None) => Due::from_label(&label, said_on),
        (None, None) => Due::none(),
    };
    if let DueBy::Date(date) = due.by
        && date < said_on
    {
        return Err(DomainError::DueBeforeMeeting {
            due: date,
            meeting_date: said_on,
        });
    }
    Ok(due)
}

fn unfulfilled_commitment(existing: &CaseState, commitment: u32) -> Result<(), DomainError> {
    match existing.commitment(commitment) {
        None => Err(DomainError::UnknownCommitment {
            number: existing.number.clone(),
            commitment,
        }),
        Some(c) if c.fulfilled.is_some() => Err(DomainError::CommitmentAlreadyFulfilled {
            number: existing.number.clone(),
            commitment,
        }),
        Some(_) => Ok(()),
    }
}

/// Where and when: at the given meeting (which must exist and belong to the forum), or today.
fn occurrence(
    state: &State,
    context: &Context,
    forum: ForumId,
    meeting: Option<MeetingId>,
) -> Result<Occurrence, DomainError> {
    match meeting {
        None => Ok(Occurrence {
            meeting: None,
            on: context.today,
        }),
        Some(id) => {
            let found = meeting_of(state, id)?;
            if found.forum != forum {
                return Err(DomainError::MeetingOfAnotherForum { meeting: id, forum });
            }
            Ok(Occurrence {
                meeting: Some(id),
                on: found.date,
            })
        }
    }
}

/// Refuses a union the forum does not list: a misspelt name ("Visoin") would otherwise become a
/// party of its own, whose questions nobody finds under the real name.
fn party_of_forum(party: &Party, forum: &ForumState) -> Result<(), DomainError> {
    match party {
        Party::Employer | Party::AllUnions => Ok(()),
        Party::Union(_) if forum.unions.contains(party) => Ok(()),
        Party::Union(_) => Err(DomainError::UnknownParty {
            party: party.to_string(),
            forum: forum.code.clone(),
            suggestion: party
                .closest_in_spelling(&forum.unions)
                .filter(|closest| closest != party)
                .map(|p| p.to_string()),
        }),
    }
}

fn forum_of(state: &State, id: ForumId) -> Result<&ForumState, DomainError> {
    state
        .forum
        .as_ref()
        .filter(|f| f.id == id)
        .ok_or(DomainError::UnknownForum(id))
}

fn meeting_of(state: &State, id: MeetingId) -> Result<&MeetingState, DomainError> {
    state
        .meeting
        .as_ref()
        .filter(|m| m.id == id)
        .ok_or(DomainError::UnknownMeeting(id))
}

fn case_of(state: &State, id: CaseId) -> Result<&CaseState, DomainError> {
    state
        .case
        .as_ref()
        .filter(|c| c.id == id)
        .ok_or(DomainError::UnknownCase(id))
}

/// A case that is not closed: closed cases take nothing but a reopening.
fn open_case_of(state: &State, id: CaseId) -> Result<&CaseState, DomainError> {
    let case = case_of(state, id)?;
    if case.closed.is_some() {
        return Err(DomainError::CaseClosed {
            number: case.number.clone(),
        });
    }
    Ok(case)
}

fn required(value: String, field: &'static str) -> Result<String, DomainError> {
    let trimmed = value.trim();
    if trimmed.is_empty() {
        Err(DomainError::EmptyField { field })
    } else {
        Ok(trimmed.to_string())
    }
}

fn optional_text(value: Option<String>) -> Option<String> {
    value
        .map(|v| v.trim().to_string())
        .filter(|v| !v.is_empty())
}
