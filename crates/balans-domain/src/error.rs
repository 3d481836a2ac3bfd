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
}
