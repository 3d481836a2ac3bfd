//! Domain events of the three stream kinds (forum, meeting, case): the facts the log keeps forever.

use jiff::civil::{Date, DateTime, Time};
use serde::{Deserialize, Serialize};

use crate::due::Due;
use crate::ids::{CaseId, ForumId, MeetingId};
use crate::party::Party;

/// Where and when something happened: at a meeting (on its date), or outside one on a date.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Occurrence {
    pub meeting: Option<MeetingId>,
    pub on: Date,
}

/// What kind of matter a case is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum CaseKind {
    /// Fråga: a party asks, another must answer.
    Question,
    /// Åtagande: a party promised to come back or to do something.
    Commitment,
    /// Nämndärende: a matter for the political board.
    BoardMatter,
    /// Yttrande / protokollsanteckning standing on its own.
    Statement,
    /// Förhandling / samverkan that settles a matter (MBL §11 style).
    Negotiation,
}

impl CaseKind {
    /// The Swedish word users see.
    pub fn swedish(self) -> &'static str {
        match self {
            CaseKind::Question => "fråga",
            CaseKind::Commitment => "åtagande",
            CaseKind::BoardMatter => "nämndärende",
            CaseKind::Statement => "yttrande",
            CaseKind::Negotiation => "förhandling",
        }
    }
}

/// How a board matter passes samverkan.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Mbl {
    /// MBL §11: negotiation before the decision.
    #[serde(rename = "11")]
    Negotiation11,
    /// MBL §19: information.
    #[serde(rename = "19")]
    Information19,
}

/// How a case ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Resolution {
    Answered,
    Withdrawn,
    /// Enighet.
    Agreed,
    /// Oenighet.
    Disagreement,
    /// Informed (MBL §19: "ärendena anses informerade").
    Informed,
    /// Replaced by another case.
    Superseded,
}

impl Resolution {
    pub fn swedish(self) -> &'static str {
        match self {
            Resolution::Answered => "besvarad",
            Resolution::Withdrawn => "återtagen",
            Resolution::Agreed => "enighet",
            Resolution::Disagreement => "oenighet",
            Resolution::Informed => "informerad",
            Resolution::Superseded => "ersatt",
        }
    }
}

/// What kind of written position a statement is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum StatementKind {
    /// Yttrande.
    Statement,
    /// Protokollsanteckning.
    MinutesNote,
    /// Särskilt yttrande.
    DissentingStatement,
}

/// A case's short number that people can say aloud and write in a protocol, e.g. `FG 2025:7`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct CaseNumber {
    pub forum_code: String,
    pub year: i16,
    pub sequence: u32,
}

impl std::fmt::Display for CaseNumber {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{} {}:{}", self.forum_code, self.year, self.sequence)
    }
}

/// A person at a meeting, with their party and role where the protocol gives them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Attendee {
    /// `None` when only the party is listed (e.g. "Förhinder: Vårdförbundet").
    pub name: Option<String>,
    pub party: Party,
    pub role: Option<String>,
}

/// A person appointed to approve (justera) the minutes.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Approver {
    /// `None` when the protocol names the party only ("företrädare från alla fackliga").
    pub name: Option<String>,
    pub party: Party,
}

/// A case the minutes speak of, and the section (paragraf) where they do: how a case's step at
/// that meeting finds its paragraph in the minutes' text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct MinutesSection {
    pub case: CaseId,
    /// The protocol's own section number ("4" for "§ 4").
    pub section: String,
}

/// Corrections to a case's recorded facts; `None` leaves a field as it was.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct CaseCorrection {
    pub title: Option<String>,
    pub text: Option<String>,
    pub section: Option<String>,
    pub raised_by: Option<Party>,
    pub addressed_to: Option<Party>,
}

/// Every fact the log records. The variant name is the stored event type: never rename one.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "type", content = "data")]
pub enum Event {
    // ----- forum stream -----
    /// A forum (förvaltningsgrupp, LSG, skyddskommitté) was set up.
    ForumCreated {
        forum: ForumId,
        organization: String,
        name: String,
        /// Short code used in case numbers, e.g. "FG".
        code: String,
        /// The unions that sit in the forum: "Fackliga organisationerna" means these.
        unions: Vec<Party>,
    },
    /// A union joined the forum.
    UnionJoinedForum {
        forum: ForumId,
        union: Party,
    },
    /// A case got its short number in the forum.
    CaseNumbered {
        forum: ForumId,
        case: CaseId,
        number: CaseNumber,
    },

    // ----- meeting stream -----
    MeetingScheduled {
        meeting: MeetingId,
        forum: ForumId,
        date: Date,
        time: Option<Time>,
        place: Option<String>,
    },
    MeetingRescheduled {
        meeting: MeetingId,
        date: Date,
        time: Option<Time>,
        place: Option<String>,
    },
    AttendanceRecorded {
        meeting: MeetingId,
        present: Vec<Attendee>,
        /// Förhinder: absent with notice.
        absent: Vec<Attendee>,
    },
    ApproversAppointed {
        meeting: MeetingId,
        approvers: Vec<Approver>,
        /// The day by which the minutes are approved (justering).
        deadline: Option<Date>,
        /// When comments on the draft minutes must have arrived.
        comments_deadline: Option<DateTime>,
    },
    MeetingHeld {
        meeting: MeetingId,
        chair: Option<String>,
        secretary: Option<String>,
    },
    MinutesApproved {
        meeting: MeetingId,
        by: Vec<String>,
        on: Date,
    },
    MinutesPublished {
        meeting: MeetingId,
        on: Date,
    },
    /// The text of the meeting's protocol (protokoll) as it was imported, normalized as the
    /// reader read it: the source spans of the import point into it. Kept in the log only;
    /// read back from the meeting's stream when someone asks for it.
    MinutesTextRecorded {
        meeting: MeetingId,
        text: String,
        /// How the file was read: "UTF-8", "Windows-1252", "PDF (pdftotext)", "DOCX" ...
        source_encoding: String,
        /// The cases the minutes speak of, each with its section.
        #[serde(default)]
        sections: Vec<MinutesSection>,
    },

    // ----- case stream -----
    /// A case came into being; the kind-specific event follows it in the same append.
    CaseOpened {
        case: CaseId,
        forum: ForumId,
        number: CaseNumber,
        kind: CaseKind,
        section: Option<String>,
        title: String,
        text: String,
        at: Occurrence,
    },
    QuestionRaised {
        case: CaseId,
        raised_by: Party,
        asked_by: Option<String>,
        addressed_to: Party,
        /// Föranmäld: registered before the meeting.
        pre_registered: bool,
        /// Kvarvarande: came from an earlier meeting.
        carried_over: bool,
        at: Occurrence,
    },
    AnswerGiven {
        case: CaseId,
        by: Party,
        person: Option<String>,
        text: String,
        at: Occurrence,
    },
    FollowUpAsked {
        case: CaseId,
        by: Party,
        text: String,
        at: Occurrence,
    },
    CommitmentMade {
        case: CaseId,
        /// Number of the commitment within its case, from 1.
        commitment: u32,
        by: Party,
        person: Option<String>,
        to: Option<Party>,
        what: String,
        due: Due,
        at: Occurrence,
    },
    /// A commitment was renewed with a new due (a broken promise, if the due moved later).
    CommitmentRenewed {
        case: CaseId,
        commitment: u32,
        due: Due,
        note: Option<String>,
        at: Occurrence,
    },
    CommitmentFulfilled {
        case: CaseId,
        commitment: u32,
        note: Option<String>,
        at: Occurrence,
    },
    AddedToBalanceList {
        case: CaseId,
        note: Option<String>,
        at: Occurrence,
    },
    RemovedFromBalanceList {
        case: CaseId,
        note: Option<String>,
        at: Occurrence,
    },
    /// The case appeared at a meeting (for example carried forward) without anything else happening.
    Discussed {
        case: CaseId,
        note: Option<String>,
        at: Occurrence,
    },
    StatementRecorded {
        case: CaseId,
        party: Party,
        kind: StatementKind,
        text: String,
        at: Occurrence,
    },
    BoardMatterRegistered {
        case: CaseId,
        registry_number: Option<String>,
        mbl: Option<Mbl>,
        at: Occurrence,
    },
    Closed {
        case: CaseId,
        resolution: Resolution,
        note: Option<String>,
        at: Occurrence,
    },
    Reopened {
        case: CaseId,
        reason: String,
        at: Occurrence,
    },
    Corrected {
        case: CaseId,
        changes: CaseCorrection,
        reason: String,
        at: Occurrence,
    },
}

/// The stream an event belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum StreamRef {
    Forum(ForumId),
    Meeting(MeetingId),
    Case(CaseId),
}

impl StreamRef {
    pub fn stream_name(&self) -> String {
        match self {
            StreamRef::Forum(id) => id.stream_name(),
            StreamRef::Meeting(id) => id.stream_name(),
            StreamRef::Case(id) => id.stream_name(),
        }
    }
}

impl Event {
    /// Every stored event type, in catalogue order. A checked-in log holds one of each.
    pub const TYPES: [&'static str; 26] = [
        "ForumCreated",
        "UnionJoinedForum",
        "CaseNumbered",
        "MeetingScheduled",
        "MeetingRescheduled",
        "AttendanceRecorded",
        "ApproversAppointed",
        "MeetingHeld",
        "MinutesApproved",
        "MinutesPublished",
        "MinutesTextRecorded",
        "CaseOpened",
        "QuestionRaised",
        "AnswerGiven",
        "FollowUpAsked",
        "CommitmentMade",
        "CommitmentRenewed",
        "CommitmentFulfilled",
        "AddedToBalanceList",
        "RemovedFromBalanceList",
        "Discussed",
        "StatementRecorded",
        "BoardMatterRegistered",
        "Closed",
        "Reopened",
        "Corrected",
    ];

    /// The stored type name of this event (the variant's name).
    pub fn event_type(&self) -> &'static str {
        match self {
            Event::ForumCreated { .. } => "ForumCreated",
            Event::UnionJoinedForum { .. } => "UnionJoinedForum",
            Event::CaseNumbered { .. } => "CaseNumbered",
            Event::MeetingScheduled { .. } => "MeetingScheduled",
            Event::MeetingRescheduled { .. } => "MeetingRescheduled",
            Event::AttendanceRecorded { .. } => "AttendanceRecorded",
            Event::ApproversAppointed { .. } => "ApproversAppointed",
            Event::MeetingHeld { .. } => "MeetingHeld",
            Event::MinutesApproved { .. } => "MinutesApproved",
            Event::MinutesPublished { .. } => "MinutesPublished",
            Event::MinutesTextRecorded { .. } => "MinutesTextRecorded",
            Event::CaseOpened { .. } => "CaseOpened",
            Event::QuestionRaised { .. } => "QuestionRaised",
            Event::AnswerGiven { .. } => "AnswerGiven",
            Event::FollowUpAsked { .. } => "FollowUpAsked",
            Event::CommitmentMade { .. } => "CommitmentMade",
            Event::CommitmentRenewed { .. } => "CommitmentRenewed",
            Event::CommitmentFulfilled { .. } => "CommitmentFulfilled",
            Event::AddedToBalanceList { .. } => "AddedToBalanceList",
            Event::RemovedFromBalanceList { .. } => "RemovedFromBalanceList",
            Event::Discussed { .. } => "Discussed",
            Event::StatementRecorded { .. } => "StatementRecorded",
            Event::BoardMatterRegistered { .. } => "BoardMatterRegistered",
            Event::Closed { .. } => "Closed",
            Event::Reopened { .. } => "Reopened",
            Event::Corrected { .. } => "Corrected",
        }
    }

    /// The stream this event is appended to.
    pub fn stream(&self) -> StreamRef {
        match self {
            Event::ForumCreated { forum, .. }
            | Event::UnionJoinedForum { forum, .. }
            | Event::CaseNumbered { forum, .. } => StreamRef::Forum(*forum),
            Event::MeetingScheduled { meeting, .. }
            | Event::MeetingRescheduled { meeting, .. }
            | Event::AttendanceRecorded { meeting, .. }
            | Event::ApproversAppointed { meeting, .. }
            | Event::MeetingHeld { meeting, .. }
            | Event::MinutesApproved { meeting, .. }
            | Event::MinutesPublished { meeting, .. }
            | Event::MinutesTextRecorded { meeting, .. } => StreamRef::Meeting(*meeting),
            Event::CaseOpened { case, .. }
            | Event::QuestionRaised { case, .. }
            | Event::AnswerGiven { case, .. }
            | Event::FollowUpAsked { case, .. }
            | Event::CommitmentMade { case, .. }
            | Event::CommitmentRenewed { case, .. }
            | Event::CommitmentFulfilled { case, .. }
            | Event::AddedToBalanceList { case, .. }
            | Event::RemovedFromBalanceList { case, .. }
            | Event::Discussed { case, .. }
            | Event::StatementRecorded { case, .. }
            | Event::BoardMatterRegistered { case, .. }
            | Event::Closed { case, .. }
            | Event::Reopened { case, .. }
            | Event::Corrected { case, .. } => StreamRef::Case(*case),
        }
    }

    /// Where and when a case event happened; `None` for forum and meeting events without one.
    pub fn occurrence(&self) -> Option<Occurrence> {
        match self {
            Event::CaseOpened { at, .. }
            | Event::QuestionRaised { at, .. }
            | Event::AnswerGiven { at, .. }
            | Event::FollowUpAsked { at, .. }
            | Event::CommitmentMade { at, .. }
            | Event::CommitmentRenewed { at, .. }
            | Event::CommitmentFulfilled { at, .. }
            | Event::AddedToBalanceList { at, .. }
            | Event::RemovedFromBalanceList { at, .. }
            | Event::Discussed { at, .. }
            | Event::StatementRecorded { at, .. }
            | Event::BoardMatterRegistered { at, .. }
            | Event::Closed { at, .. }
            | Event::Reopened { at, .. }
            | Event::Corrected { at, .. } => Some(*at),
            Event::MinutesApproved { meeting, on, .. }
            | Event::MinutesPublished { meeting, on } => Some(Occurrence {
                meeting: Some(*meeting),
                on: *on,
            }),
            Event::MeetingScheduled { .. }
            | Event::MeetingRescheduled { .. }
            | Event::AttendanceRecorded { .. }
            | Event::ApproversAppointed { .. }
            | Event::MeetingHeld { .. }
            | Event::MinutesTextRecorded { .. }
            | Event::ForumCreated { .. }
            | Event::UnionJoinedForum { .. }
            | Event::CaseNumbered { .. } => None,
        }
    }
}
