//! Why a command was refused: one typed error per broken rule, each naming the problem.

use jiff::civil::Date;

use crate::event::{CaseKind, CaseNumber};
use crate::ids::{CaseId, ForumId, MeetingId};

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum DomainError {
    #[error("{field} must not be empty")]
    EmptyField { field: &'static str },
    #[error("there is no forum {0}")]
    UnknownForum(ForumId),
    #[error("forum {0} already exists")]
    ForumExists(ForumId),
    #[error("there is no meeting {0}")]
    UnknownMeeting(MeetingId),
    #[error("meeting {0} already exists")]
    MeetingExists(MeetingId),
    #[error("meeting {meeting} belongs to another forum than {forum}")]
    MeetingOfAnotherForum { meeting: MeetingId, forum: ForumId },
    #[error("there is no case {0}")]
    UnknownCase(CaseId),
    #[error("case {0} already exists")]
    CaseExists(CaseId),
    #[error("case {number} is closed: reopen it first")]
    CaseClosed { number: CaseNumber },
    #[error("case {number} is not closed")]
    CaseNotClosed { number: CaseNumber },
    #[error("case {number} is a {kind:?}, not a question")]
    NotAQuestion { number: CaseNumber, kind: CaseKind },
    #[error("a case of kind {0:?} is opened with its own command, not OpenCase")]
    OpenedByOwnCommand(CaseKind),
    #[error("case {number} has no commitment {commitment}")]
    UnknownCommitment { number: CaseNumber, commitment: u32 },
    #[error("commitment {commitment} of case {number} is already fulfilled")]
    CommitmentAlreadyFulfilled { number: CaseNumber, commitment: u32 },
    #[error("the due date {due} is before the meeting on {meeting_date}")]
    DueBeforeMeeting { due: Date, meeting_date: Date },
    #[error("the approval deadline {deadline} is before the meeting on {meeting_date}")]
    DeadlineBeforeMeeting { deadline: Date, meeting_date: Date },
    #[error("case {number} is already on the balance list")]
    AlreadyOnBalanceList { number: CaseNumber },
    #[error("case {number} is not on the balance list")]
    NotOnBalanceList { number: CaseNumber },
    #[error("meeting {0} has already been held and cannot be rescheduled")]
    MeetingAlreadyHeld(MeetingId),
    #[error("the minutes of meeting {0} are already approved")]
    MinutesAlreadyApproved(MeetingId),
    #[error("the minutes of meeting {0} are not approved yet, so they cannot be published")]
    MinutesNotApproved(MeetingId),
    #[error("the minutes of meeting {0} are already published")]
    MinutesAlreadyPublished(MeetingId),
    #[error("the minutes of meeting {0} cannot be approved before it is held")]
    MeetingNotHeld(MeetingId),
    #[error("the correction changes nothing")]
    NothingToCorrect,
    #[error("only a union can be added to a forum, not {0}")]
    NotAUnion(String),
    #[error("{party} is not a party of forum {forum}{}: add the union to the forum first if it is a new one", suggestion.as_ref().map(|s| format!(" (menade du {s}?)")).unwrap_or_default())]
    UnknownParty {
        party: String,
        forum: String,
        /// The forum's party, or the known union, closest in spelling.
        suggestion: Option<String>,
    },
    #[error("{field} is {length} characters long; at most {max} are kept")]
    TooLong {
        field: String,
        max: usize,
        length: usize,
    },
    #[error("{field} {date} is outside the years a meeting or due may fall in (1900 to 2200)")]
    DateOutOfRange { field: String, date: String },
}

impl DomainError {
    /// A stable, machine-readable name of the broken rule (APIs put it in error extensions).
    pub fn code(&self) -> &'static str {
        match self {
            DomainError::EmptyField { .. } => "EMPTY_FIELD",
            DomainError::UnknownForum(_) => "UNKNOWN_FORUM",
            DomainError::ForumExists(_) => "FORUM_EXISTS",
            DomainError::UnknownMeeting(_) => "UNKNOWN_MEETING",
            DomainError::MeetingExists(_) => "MEETING_EXISTS",
            DomainError::MeetingOfAnotherForum { .. } => "MEETING_OF_ANOTHER_FORUM",
            DomainError::UnknownCase(_) => "UNKNOWN_CASE",
            DomainError::CaseExists(_) => "CASE_EXISTS",
            DomainError::CaseClosed { .. } => "CASE_CLOSED",
            DomainError::CaseNotClosed { .. } => "CASE_NOT_CLOSED",
            DomainError::NotAQuestion { .. } => "NOT_A_QUESTION",
            DomainError::OpenedByOwnCommand(_) => "OPENED_BY_OWN_COMMAND",
            DomainError::UnknownCommitment { .. } => "UNKNOWN_COMMITMENT",
            DomainError::CommitmentAlreadyFulfilled { .. } => "COMMITMENT_ALREADY_FULFILLED",
            DomainError::DueBeforeMeeting { .. } => "DUE_BEFORE_MEETING",
            DomainError::DeadlineBeforeMeeting { .. } => "DEADLINE_BEFORE_MEETING",
            DomainError::AlreadyOnBalanceList { .. } => "ALREADY_ON_BALANCE_LIST",
            DomainError::NotOnBalanceList { .. } => "NOT_ON_BALANCE_LIST",
            DomainError::MeetingAlreadyHeld(_) => "MEETING_ALREADY_HELD",
            DomainError::MinutesAlreadyApproved(_) => "MINUTES_ALREADY_APPROVED",
            DomainError::MinutesNotApproved(_) => "MINUTES_NOT_APPROVED",
            DomainError::MinutesAlreadyPublished(_) => "MINUTES_ALREADY_PUBLISHED",
            DomainError::MeetingNotHeld(_) => "MEETING_NOT_HELD",
            DomainError::NothingToCorrect => "NOTHING_TO_CORRECT",
            DomainError::NotAUnion(_) => "NOT_A_UNION",
            DomainError::UnknownParty { .. } => "UNKNOWN_PARTY",
            DomainError::TooLong { .. } => "TOO_LONG",
            DomainError::DateOutOfRange { .. } => "DATE_OUT_OF_RANGE",
        }
    }

    /// The error in Swedish, for a person to read (the UI, the CLI); [`Self::code`] stays the
    /// machine's name for it.
    pub fn swedish(&self) -> String {
        use DomainError::*;
        match self {
            EmptyField { field } => format!("{} får inte vara tomt", field_in_swedish(field)),
            UnknownForum(id) => format!("det finns ingen samverkansgrupp {id}"),
            ForumExists(id) => format!("samverkansgruppen {id} finns redan"),
            UnknownMeeting(id) => format!("det finns inget möte {id}"),
            MeetingExists(id) => format!("mötet {id} finns redan"),
            MeetingOfAnotherForum { meeting, forum } => {
                format!("mötet {meeting} hör till en annan samverkansgrupp än {forum}")
            }
            UnknownCase(id) => format!("det finns inget ärende {id}"),
            CaseExists(id) => format!("ärendet {id} finns redan"),
            CaseClosed { number } => format!("ärende {number} är avslutat: öppna det igen först"),
            CaseNotClosed { number } => format!("ärende {number} är inte avslutat"),
            NotAQuestion { number, kind } => {
                format!(
                    "ärende {number} är av typen {}, inte en fråga",
                    kind.swedish()
                )
            }
            OpenedByOwnCommand(kind) => {
                format!(
                    "ett ärende av typen {} öppnas med sitt eget kommando",
                    kind.swedish()
                )
            }
            UnknownCommitment { number, commitment } => {
                format!("ärende {number} har inget åtagande {commitment}")
            }
            CommitmentAlreadyFulfilled { number, commitment } => {
                format!("åtagande {commitment} i ärende {number} är redan uppfyllt")
            }
            DueBeforeMeeting { due, meeting_date } => {
                format!("förfallodagen {due} ligger före mötet den {meeting_date}")
            }
            DeadlineBeforeMeeting {
                deadline,
                meeting_date,
            } => format!("sista dag för justering {deadline} ligger före mötet den {meeting_date}"),
            AlreadyOnBalanceList { number } => {
                format!("ärende {number} står redan på balanslistan")
            }
            NotOnBalanceList { number } => format!("ärende {number} står inte på balanslistan"),
            MeetingAlreadyHeld(id) => {
                format!("mötet {id} är redan hållet och kan inte flyttas")
            }
            MinutesAlreadyApproved(id) => format!("protokollet från mötet {id} är redan justerat"),
            MinutesNotApproved(id) => {
                format!("protokollet från mötet {id} är inte justerat än och kan inte publiceras")
            }
            MinutesAlreadyPublished(id) => {
                format!("protokollet från mötet {id} är redan publicerat")
            }
            MeetingNotHeld(id) => {
                format!("protokollet från mötet {id} kan inte justeras innan mötet har hållits")
            }
            NothingToCorrect => "rättelsen ändrar ingenting".to_string(),
            NotAUnion(name) => {
                format!("bara en facklig organisation kan läggas till i gruppen, inte {name}")
            }
            TooLong { field, max, length } => format!(
                "{} är {length} tecken lång; högst {max} tecken sparas",
                field_in_swedish(field)
            ),
            DateOutOfRange { field, date } => format!(
                "{} {date} ligger utanför åren 1900–2200",
                field_in_swedish(field)
            ),
            UnknownParty {
                party,
                forum,
                suggestion,
            } => {
                let guess = suggestion
                    .as_ref()
                    .map(|s| format!(" Menade du {s}?"))
                    .unwrap_or_default();
                format!(
                    "{party} är inte part i {forum}.{guess} Lägg först till organisationen i gruppen om den är ny."
                )
            }
        }
    }

    /// Whether the error says that something referred to does not exist.
    pub fn is_not_found(&self) -> bool {
        matches!(
            self,
            DomainError::UnknownForum(_)
                | DomainError::UnknownMeeting(_)
                | DomainError::UnknownCase(_)
                | DomainError::UnknownCommitment { .. }
        )
    }
}

/// A command field's name as a Swedish reader knows it.
fn field_in_swedish(field: &str) -> &str {
    match field {
        "name" => "namnet",
        "code" => "koden",
        "organization" => "organisationen",
        "title" => "rubriken",
        "text" => "texten",
        "minutes_text" => "protokollets text",
        "what" => "vad som utlovats",
        "reason" => "skälet",
        "note" => "anteckningen",
        "date" => "datumet",
        "due_date" => "förfallodagen",
        "deadline" => "sista dag för justering",
        "comments_deadline" => "sista dag för synpunkter",
        other => other,
    }
}
