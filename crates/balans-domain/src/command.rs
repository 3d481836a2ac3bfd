//! Commands: what users ask the system to record, one variant per intent.

use jiff::civil::{Date, DateTime, Time};
use serde::{Deserialize, Serialize};

use crate::event::{
    Approver, Attendee, CaseCorrection, CaseKind, Mbl, MinutesSection, Resolution, StatementKind,
};
use crate::ids::{CaseId, ForumId, MeetingId};
use crate::party::Party;

/// A commitment as a command states it: the due is given as words, a date, or both.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CommitmentSpec {
    pub by: Party,
    #[serde(default)]
    pub person: Option<String>,
    #[serde(default)]
    pub to: Option<Party>,
    pub what: String,
    /// The due as written ("under vintern", "nästa förvaltningsgrupp").
    #[serde(default)]
    pub due_label: Option<String>,
    /// An exact due date, which wins over what the label resolves to.
    #[serde(default)]
    pub due_date: Option<Date>,
}

/// Every command. Serialized with `"command": "<VariantName>"` beside the fields (scenario files use this).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "command", deny_unknown_fields)]
pub enum Command {
    CreateForum {
        forum: ForumId,
        organization: String,
        name: String,
        code: String,
        #[serde(default)]
        unions: Vec<Party>,
    },
    AddUnionToForum {
        forum: ForumId,
        union: Party,
    },
    ScheduleMeeting {
        meeting: MeetingId,
        forum: ForumId,
        date: Date,
        #[serde(default)]
        time: Option<Time>,
        #[serde(default)]
        place: Option<String>,
    },
    RescheduleMeeting {
        meeting: MeetingId,
        date: Date,
        #[serde(default)]
        time: Option<Time>,
        #[serde(default)]
        place: Option<String>,
    },
    RecordAttendance {
        meeting: MeetingId,
        #[serde(default)]
        present: Vec<Attendee>,
        #[serde(default)]
        absent: Vec<Attendee>,
    },
    AppointApprovers {
        meeting: MeetingId,
        approvers: Vec<Approver>,
        #[serde(default)]
        deadline: Option<Date>,
        #[serde(default)]
        comments_deadline: Option<DateTime>,
    },
    HoldMeeting {
        meeting: MeetingId,
        #[serde(default)]
        chair: Option<String>,
        #[serde(default)]
        secretary: Option<String>,
    },
    ApproveMinutes {
        meeting: MeetingId,
        by: Vec<String>,
        on: Date,
    },
    PublishMinutes {
        meeting: MeetingId,
        on: Date,
    },
    /// Keep the text of the meeting's imported protocol (up to
    /// [`crate::input::MAX_MINUTES_TEXT_CHARS`]).
    RecordMinutesText {
        meeting: MeetingId,
        minutes_text: String,
        #[serde(default)]
        source_encoding: String,
        #[serde(default)]
        sections: Vec<MinutesSection>,
    },
    RaiseQuestion {
        case: CaseId,
        forum: ForumId,
        #[serde(default)]
        meeting: Option<MeetingId>,
        #[serde(default)]
        section: Option<String>,
        title: String,
        #[serde(default)]
        text: String,
        raised_by: Party,
        #[serde(default)]
        asked_by: Option<String>,
        addressed_to: Party,
        #[serde(default)]
        pre_registered: bool,
        #[serde(default)]
        carried_over: bool,
    },
    RegisterBoardMatter {
        case: CaseId,
        forum: ForumId,
        #[serde(default)]
        meeting: Option<MeetingId>,
        #[serde(default)]
        section: Option<String>,
        title: String,
        #[serde(default)]
        text: String,
        #[serde(default)]
        registry_number: Option<String>,
        #[serde(default)]
        mbl: Option<Mbl>,
    },
    /// Opens a case of a kind that has no opening command of its own (commitment, statement, negotiation).
    OpenCase {
        case: CaseId,
        forum: ForumId,
        kind: CaseKind,
        #[serde(default)]
        meeting: Option<MeetingId>,
        #[serde(default)]
        section: Option<String>,
        title: String,
        #[serde(default)]
        text: String,
    },
    AnswerQuestion {
        case: CaseId,
        #[serde(default)]
        meeting: Option<MeetingId>,
        by: Party,
        #[serde(default)]
        person: Option<String>,
        text: String,
        /// An answer that is also a promise ("kommer att tas upp i kommande utbildningar").
        #[serde(default)]
        commitment: Option<CommitmentSpec>,
    },
    AskFollowUp {
        case: CaseId,
        #[serde(default)]
        meeting: Option<MeetingId>,
        by: Party,
        text: String,
    },
    MakeCommitment {
        case: CaseId,
        #[serde(default)]
        meeting: Option<MeetingId>,
        #[serde(flatten)]
        spec: CommitmentSpec,
    },
    RenewCommitment {
        case: CaseId,
        commitment: u32,
        #[serde(default)]
        meeting: Option<MeetingId>,
        #[serde(default)]
        due_label: Option<String>,
        #[serde(default)]
        due_date: Option<Date>,
        #[serde(default)]
        note: Option<String>,
    },
    FulfilCommitment {
        case: CaseId,
        commitment: u32,
        #[serde(default)]
        meeting: Option<MeetingId>,
        #[serde(default)]
        note: Option<String>,
    },
    AddToBalanceList {
        case: CaseId,
        #[serde(default)]
        meeting: Option<MeetingId>,
        #[serde(default)]
        note: Option<String>,
    },
    RemoveFromBalanceList {
        case: CaseId,
        #[serde(default)]
        meeting: Option<MeetingId>,
        #[serde(default)]
        note: Option<String>,
    },
    RecordDiscussion {
        case: CaseId,
        meeting: MeetingId,
        #[serde(default)]
        note: Option<String>,
    },
    RecordStatement {
        case: CaseId,
        #[serde(default)]
        meeting: Option<MeetingId>,
        party: Party,
        kind: StatementKind,
        text: String,
    },
    CloseCase {
        case: CaseId,
        #[serde(default)]
        meeting: Option<MeetingId>,
        resolution: Resolution,
        #[serde(default)]
        note: Option<String>,
    },
    ReopenCase {
        case: CaseId,
        #[serde(default)]
        meeting: Option<MeetingId>,
        reason: String,
    },
    /// Corrects what was recorded about a case, while the minutes of the meeting where it arose are not yet approved.
    CorrectCase {
        case: CaseId,
        changes: CaseCorrection,
        reason: String,
    },
}

/// Which streams a command reads and may write; the application layer loads these before deciding.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Touches {
    pub forum: Option<ForumId>,
    pub meeting: Option<MeetingId>,
    pub case: Option<CaseId>,
}

impl Command {
    /// The command with another id for the case it opens (raising a question, registering a
    /// board matter, opening a case); any other command unchanged.
    pub fn with_case(mut self, id: CaseId) -> Self {
        if let Command::RaiseQuestion { case, .. }
        | Command::RegisterBoardMatter { case, .. }
        | Command::OpenCase { case, .. } = &mut self
        {
            *case = id;
        }
        self
    }

    /// The streams to load before deciding this command. A correction also needs the meeting
    /// where its case arose ([`Command::reads_origin_meeting`]); the application layer follows
    /// that from the case.
    pub fn touches(&self) -> Touches {
        use Command::*;
        match self {
            CreateForum { forum, .. } | AddUnionToForum { forum, .. } => Touches {
                forum: Some(*forum),
                ..Touches::default()
            },
            ScheduleMeeting { meeting, forum, .. } => Touches {
                forum: Some(*forum),
                meeting: Some(*meeting),
                case: None,
            },
            RescheduleMeeting { meeting, .. }
            | RecordAttendance { meeting, .. }
            | AppointApprovers { meeting, .. }
            | HoldMeeting { meeting, .. }
            | ApproveMinutes { meeting, .. }
            | PublishMinutes { meeting, .. }
            | RecordMinutesText { meeting, .. } => Touches {
                meeting: Some(*meeting),
                ..Touches::default()
            },
            RaiseQuestion {
                case,
                forum,
                meeting,
                ..
            }
            | RegisterBoardMatter {
                case,
                forum,
                meeting,
                ..
            }
            | OpenCase {
                case,
                forum,
                meeting,
                ..
            } => Touches {
                forum: Some(*forum),
                meeting: *meeting,
                case: Some(*case),
            },
            RecordDiscussion { case, meeting, .. } => Touches {
                meeting: Some(*meeting),
                case: Some(*case),
                forum: None,
            },
            AnswerQuestion { case, meeting, .. }
            | AskFollowUp { case, meeting, .. }
            | MakeCommitment { case, meeting, .. }
            | RenewCommitment { case, meeting, .. }
            | FulfilCommitment { case, meeting, .. }
            | AddToBalanceList { case, meeting, .. }
            | RemoveFromBalanceList { case, meeting, .. }
            | RecordStatement { case, meeting, .. }
            | CloseCase { case, meeting, .. }
            | ReopenCase { case, meeting, .. } => Touches {
                meeting: *meeting,
                case: Some(*case),
                forum: None,
            },
            CorrectCase { case, .. } => Touches {
                case: Some(*case),
                ..Touches::default()
            },
        }
    }

    /// Whether deciding this command reads the meeting where its case arose
    /// ([`crate::decide::State::origin_meeting`]): only a correction does, since corrections are
    /// allowed until that meeting's minutes are approved. Other commands leave it unloaded: it
    /// is a meeting of years ago for most cases, read back from far in the log.
    pub fn reads_origin_meeting(&self) -> bool {
        matches!(self, Command::CorrectCase { .. })
    }

    /// The stream a client's `expectedVersion` refers to: the case for case commands, the
    /// meeting for meeting commands, the forum for forum commands.
    pub fn target(&self) -> crate::event::StreamRef {
        use crate::event::StreamRef;
        let touches = self.touches();
        match (touches.case, touches.meeting, touches.forum) {
            (Some(case), _, _) => StreamRef::Case(case),
            (None, Some(meeting), _) => StreamRef::Meeting(meeting),
            (None, None, Some(forum)) => StreamRef::Forum(forum),
            (None, None, None) => unreachable!("every command touches at least one stream"),
        }
    }

    /// The command's name as stored in scenario files and shown in errors.
    pub fn name(&self) -> &'static str {
        use Command::*;
        match self {
            CreateForum { .. } => "CreateForum",
            AddUnionToForum { .. } => "AddUnionToForum",
            ScheduleMeeting { .. } => "ScheduleMeeting",
            RescheduleMeeting { .. } => "RescheduleMeeting",
            RecordAttendance { .. } => "RecordAttendance",
            AppointApprovers { .. } => "AppointApprovers",
            HoldMeeting { .. } => "HoldMeeting",
            ApproveMinutes { .. } => "ApproveMinutes",
            PublishMinutes { .. } => "PublishMinutes",
            RecordMinutesText { .. } => "RecordMinutesText",
            RaiseQuestion { .. } => "RaiseQuestion",
            RegisterBoardMatter { .. } => "RegisterBoardMatter",
            OpenCase { .. } => "OpenCase",
            AnswerQuestion { .. } => "AnswerQuestion",
            AskFollowUp { .. } => "AskFollowUp",
            MakeCommitment { .. } => "MakeCommitment",
            RenewCommitment { .. } => "RenewCommitment",
            FulfilCommitment { .. } => "FulfilCommitment",
            AddToBalanceList { .. } => "AddToBalanceList",
            RemoveFromBalanceList { .. } => "RemoveFromBalanceList",
            RecordDiscussion { .. } => "RecordDiscussion",
            RecordStatement { .. } => "RecordStatement",
            CloseCase { .. } => "CloseCase",
            ReopenCase { .. } => "ReopenCase",
            CorrectCase { .. } => "CorrectCase",
        }
    }
}
