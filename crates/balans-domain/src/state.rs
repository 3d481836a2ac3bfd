//! State folded from events (`evolve`), and the who-owes rules derived from it.

use std::collections::BTreeMap;

use jiff::civil::{Date, DateTime, Time};
use serde::{Deserialize, Serialize};

use crate::due::Due;
use crate::event::{
    Approver, Attendee, CaseKind, CaseNumber, Event, Mbl, Occurrence, Resolution, StatementKind,
    StreamRef,
};
use crate::ids::{CaseId, ForumId, MeetingId};
use crate::owes::{CaseFacts, CommitmentFacts, OwedAnswerFacts};
use crate::party::Party;

/// A forum as its stream tells it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ForumState {
    pub id: ForumId,
    pub organization: String,
    pub name: String,
    pub code: String,
    pub unions: Vec<Party>,
    /// The last case number given out, per year.
    pub last_case_number: BTreeMap<i16, u32>,
}

/// A meeting as its stream tells it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct MeetingState {
    pub id: MeetingId,
    pub forum: ForumId,
    pub date: Date,
    pub time: Option<Time>,
    pub place: Option<String>,
    pub present: Vec<Attendee>,
    pub absent: Vec<Attendee>,
    pub approvers: Vec<Approver>,
    pub approval_deadline: Option<Date>,
    pub comments_deadline: Option<DateTime>,
    pub held: bool,
    pub chair: Option<String>,
    pub secretary: Option<String>,
    pub approved: Option<(Date, Vec<String>)>,
    pub published: Option<Date>,
}

/// An answer recorded on a case.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AnswerRecord {
    pub by: Party,
    pub person: Option<String>,
    pub text: String,
    pub at: Occurrence,
}

/// A commitment (åtagande) on a case.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CommitmentState {
    pub number: u32,
    pub by: Party,
    pub person: Option<String>,
    pub to: Option<Party>,
    pub what: String,
    pub due: Due,
    pub made: Occurrence,
    pub fulfilled: Option<Occurrence>,
    /// How often it was renewed, and how often of those its due moved later.
    pub renewals: u32,
    pub postponements: u32,
}

/// A statement (yttrande) recorded on a case.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct StatementRecord {
    pub party: Party,
    pub kind: StatementKind,
    pub text: String,
    pub at: Occurrence,
}

/// The answer a party owes on a question.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct OwedAnswer {
    pub by: Party,
    pub since: Occurrence,
    /// A follow-up's own text, or `None` for the question itself: then what is owed is the
    /// case's title as it reads now ([`OwedAnswer::what`]), corrected or not, and the state does
    /// not hold a second copy of it.
    pub follow_up: Option<String>,
}

impl OwedAnswer {
    /// What the answer is owed on: the follow-up's text, else the title of `case`.
    pub fn what<'a>(&'a self, case: &'a CaseState) -> &'a str {
        self.follow_up.as_deref().unwrap_or(&case.title)
    }
}

/// Where a case stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum CaseStatus {
    /// Needs follow-up (öppet): something is owed on it (an answer or an unkept promise), it is
    /// on the balance list, or (board matters, statements, negotiations) it has no outcome yet.
    Open,
    /// Nothing is owed: the question was answered and its promises kept, or every commitment of
    /// a commitment case fulfilled (besvarat).
    Answered,
    Closed,
}

impl CaseStatus {
    /// The Swedish word users see.
    pub fn swedish(self) -> &'static str {
        match self {
            CaseStatus::Open => "öppet",
            CaseStatus::Answered => "besvarat",
            CaseStatus::Closed => "avslutat",
        }
    }
}

/// A case as its stream tells it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CaseState {
    pub id: CaseId,
    pub forum: ForumId,
    pub number: CaseNumber,
    pub kind: CaseKind,
    pub section: Option<String>,
    pub title: String,
    pub text: String,
    pub opened: Occurrence,
    pub raised_by: Option<Party>,
    pub asked_by: Option<String>,
    pub addressed_to: Option<Party>,
    pub pre_registered: bool,
    pub carried_over: bool,
    pub registry_number: Option<String>,
    pub mbl: Option<Mbl>,
    pub answers: Vec<AnswerRecord>,
    pub answer_owed: Option<OwedAnswer>,
    pub commitments: Vec<CommitmentState>,
    pub statements: Vec<StatementRecord>,
    pub on_balance_list: bool,
    pub closed: Option<Resolution>,
    /// Every meeting where the case appeared, in order of first appearance.
    pub meetings: Vec<MeetingId>,
}

/// What is owed: an answer or a commitment.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ObligationKind {
    Answer,
    Commitment,
}

/// One thing a party owes on a case ("who owes"). Derived, never stored.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Obligation {
    pub case: CaseId,
    pub kind: ObligationKind,
    /// The commitment's number within its case, for commitments.
    pub commitment: Option<u32>,
    pub party: Party,
    pub person: Option<String>,
    /// To whom it is owed, where known.
    pub to: Option<Party>,
    pub what: String,
    pub since: Occurrence,
    pub due: Due,
}

impl CaseState {
    /// A case as it opens: who it is and when, with nothing raised, answered, promised or said
    /// yet, and no section, title or text.
    pub fn bare(
        id: CaseId,
        forum: ForumId,
        number: CaseNumber,
        kind: CaseKind,
        opened: Occurrence,
    ) -> Self {
        CaseState {
            id,
            forum,
            number,
            kind,
            section: None,
            title: String::new(),
            text: String::new(),
            opened,
            raised_by: None,
            asked_by: None,
            addressed_to: None,
            pre_registered: false,
            carried_over: false,
            registry_number: None,
            mbl: None,
            answers: Vec::new(),
            answer_owed: None,
            commitments: Vec::new(),
            statements: Vec::new(),
            on_balance_list: false,
            closed: None,
            meetings: Vec::new(),
        }
    }

    /// Everything owed on this case now (see [`CaseFacts::obligations`]).
    pub fn obligations(&self) -> Vec<Obligation> {
        CaseFacts::obligations(self)
    }

    /// The `slot`th of [`Self::obligations`], built alone.
    pub fn obligation_at(&self, slot: usize) -> Option<Obligation> {
        CaseFacts::obligation_at(self, slot)
    }

    /// Where the case stands, by the ball-in-court rules (see [`CaseFacts::status`]).
    pub fn status(&self) -> CaseStatus {
        CaseFacts::status(self)
    }

    pub fn commitment(&self, number: u32) -> Option<&CommitmentState> {
        self.commitments.iter().find(|c| c.number == number)
    }

    fn appeared_at(&mut self, at: &Occurrence) {
        if let Some(meeting) = at.meeting
            && !self.meetings.contains(&meeting)
        {
            self.meetings.push(meeting);
        }
    }
}

impl CaseFacts for CaseState {
    fn case_id(&self) -> CaseId {
        self.id
    }

    fn case_kind(&self) -> CaseKind {
        self.kind
    }

    fn case_title(&self) -> &str {
        &self.title
    }

    fn case_raised_by(&self) -> Option<&Party> {
        self.raised_by.as_ref()
    }

    fn is_closed(&self) -> bool {
        self.closed.is_some()
    }

    fn is_on_balance_list(&self) -> bool {
        self.on_balance_list
    }

    fn has_answers(&self) -> bool {
        !self.answers.is_empty()
    }

    fn owed_answer(&self) -> Option<OwedAnswerFacts<'_>> {
        self.answer_owed.as_ref().map(|owed| OwedAnswerFacts {
            by: &owed.by,
            since: owed.since,
            follow_up: owed.follow_up.as_deref(),
        })
    }

    fn commitment_facts(&self) -> impl Iterator<Item = CommitmentFacts<'_>> {
        self.commitments.iter().map(|c| CommitmentFacts {
            number: c.number,
            by: &c.by,
            person: c.person.as_deref(),
            to: c.to.as_ref(),
            what: &c.what,
            due: &c.due,
            made: c.made,
            fulfilled: c.fulfilled,
        })
    }
}

/// The folded state of any one stream: what the application layer and other writers hold per stream.
// Callers hold a handful of these at a time, so boxing the large variants would buy nothing.
#[allow(clippy::large_enum_variant)]
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum StreamState {
    Forum(Option<ForumState>),
    Meeting(Option<MeetingState>),
    Case(Option<CaseState>),
}

impl StreamState {
    /// The state of a stream with no events yet.
    pub fn empty(stream: StreamRef) -> Self {
        match stream {
            StreamRef::Forum(_) => StreamState::Forum(None),
            StreamRef::Meeting(_) => StreamState::Meeting(None),
            StreamRef::Case(_) => StreamState::Case(None),
        }
    }

    /// Folds one event of this stream into it.
    pub fn evolve(self, event: &Event) -> Self {
        match self {
            StreamState::Forum(state) => StreamState::Forum(evolve_forum(state, event)),
            StreamState::Meeting(state) => StreamState::Meeting(evolve_meeting(state, event)),
            StreamState::Case(state) => StreamState::Case(evolve_case(state, event)),
        }
    }
}

/// Folds one forum event into the forum's state.
pub fn evolve_forum(state: Option<ForumState>, event: &Event) -> Option<ForumState> {
    match event {
        Event::ForumCreated {
            forum,
            organization,
            name,
            code,
            unions,
        } => Some(ForumState {
            id: *forum,
            organization: organization.clone(),
            name: name.clone(),
            code: code.clone(),
            unions: unions.clone(),
            last_case_number: BTreeMap::new(),
        }),
        Event::UnionJoinedForum { union, .. } => state.map(|mut forum| {
            if !forum.unions.contains(union) {
                forum.unions.push(union.clone());
            }
            forum
        }),
        Event::CaseNumbered { number, .. } => state.map(|mut forum| {
            let last = forum.last_case_number.entry(number.year).or_default();
            *last = (*last).max(number.sequence);
            forum
        }),
        _ => state,
    }
}

/// Folds one meeting event into the meeting's state.
pub fn evolve_meeting(state: Option<MeetingState>, event: &Event) -> Option<MeetingState> {
    if let Event::MeetingScheduled {
        meeting,
        forum,
        date,
        time,
        place,
    } = event
    {
        return Some(MeetingState {
            id: *meeting,
            forum: *forum,
            date: *date,
            time: *time,
            place: place.clone(),
            present: Vec::new(),
            absent: Vec::new(),
            approvers: Vec::new(),
            approval_deadline: None,
            comments_deadline: None,
            held: false,
            chair: None,
            secretary: None,
            approved: None,
            published: None,
        });
    }
    let mut meeting = state?;
    match event {
        Event::MeetingRescheduled {
            date, time, place, ..
        } => {
            meeting.date = *date;
            meeting.time = *time;
            meeting.place = place.clone();
        }
        Event::AttendanceRecorded {
            present, absent, ..
        } => {
            meeting.present = present.clone();
            meeting.absent = absent.clone();
        }
        Event::ApproversAppointed {
            approvers,
            deadline,
            comments_deadline,
            ..
        } => {
            meeting.approvers = approvers.clone();
            meeting.approval_deadline = *deadline;
            meeting.comments_deadline = *comments_deadline;
        }
        Event::MeetingHeld {
            chair, secretary, ..
        } => {
            meeting.held = true;
            meeting.chair = chair.clone();
            meeting.secretary = secretary.clone();
        }
        Event::MinutesApproved { by, on, .. } => meeting.approved = Some((*on, by.clone())),
        Event::MinutesPublished { on, .. } => meeting.published = Some(*on),
        _ => {}
    }
    Some(meeting)
}

/// Folds one case event into the case's state: this is where who owes what is derived.
pub fn evolve_case(state: Option<CaseState>, event: &Event) -> Option<CaseState> {
    if let Event::CaseOpened {
        case,
        forum,
        number,
        kind,
        section,
        title,
        text,
        at,
    } = event
    {
        let mut opened = CaseState {
            section: section.clone(),
            title: title.clone(),
            text: text.clone(),
            ..CaseState::bare(*case, *forum, number.clone(), *kind, *at)
        };
        opened.appeared_at(at);
        return Some(opened);
    }
    let mut case = state?;
    if let Some(at) = event.occurrence() {
        case.appeared_at(&at);
    }
    match event {
        Event::QuestionRaised {
            raised_by,
            asked_by,
            addressed_to,
            pre_registered,
            carried_over,
            at,
            ..
        } => {
            case.raised_by = Some(raised_by.clone());
            case.asked_by = asked_by.clone();
            case.addressed_to = Some(addressed_to.clone());
            case.pre_registered = *pre_registered;
            case.carried_over = *carried_over;
            case.answer_owed = Some(OwedAnswer {
                by: addressed_to.clone(),
                since: *at,
                follow_up: None,
            });
        }
        Event::AnswerGiven {
            by,
            person,
            text,
            at,
            ..
        } => {
            case.answers.push(AnswerRecord {
                by: by.clone(),
                person: person.clone(),
                text: text.clone(),
                at: *at,
            });
            case.answer_owed = None;
        }
        Event::FollowUpAsked { text, at, .. } => {
            if let Some(addressed_to) = case.addressed_to.clone() {
                case.answer_owed = Some(OwedAnswer {
                    by: addressed_to,
                    since: *at,
                    follow_up: Some(text.clone()),
                });
            }
        }
        Event::CommitmentMade {
            commitment,
            by,
            person,
            to,
            what,
            due,
            at,
            ..
        } => case.commitments.push(CommitmentState {
            number: *commitment,
            by: by.clone(),
            person: person.clone(),
            to: to.clone(),
            what: what.clone(),
            due: due.clone(),
            made: *at,
            fulfilled: None,
            renewals: 0,
            postponements: 0,
        }),
        Event::CommitmentRenewed {
            commitment, due, ..
        } => {
            if let Some(c) = case
                .commitments
                .iter_mut()
                .find(|c| c.number == *commitment)
            {
                c.renewals += 1;
                if postpones(&c.due, due) {
                    c.postponements += 1;
                }
                c.due = due.clone();
            }
        }
        Event::CommitmentFulfilled { commitment, at, .. } => {
            if let Some(c) = case
                .commitments
                .iter_mut()
                .find(|c| c.number == *commitment)
            {
                c.fulfilled = Some(*at);
            }
        }
        Event::AddedToBalanceList { .. } => case.on_balance_list = true,
        Event::RemovedFromBalanceList { .. } => case.on_balance_list = false,
        Event::StatementRecorded {
            party,
            kind,
            text,
            at,
            ..
        } => case.statements.push(StatementRecord {
            party: party.clone(),
            kind: *kind,
            text: text.clone(),
            at: *at,
        }),
        Event::BoardMatterRegistered {
            registry_number,
            mbl,
            ..
        } => {
            case.registry_number = registry_number.clone();
            case.mbl = *mbl;
        }
        Event::Closed { resolution, .. } => {
            case.closed = Some(*resolution);
            // A case closed off the list leaves the list with it: the list holds unresolved matters.
            case.on_balance_list = false;
        }
        Event::Reopened { .. } => case.closed = None,
        Event::Corrected { changes, .. } => {
            if let Some(title) = &changes.title {
                case.title = title.clone();
            }
            if let Some(text) = &changes.text {
                case.text = text.clone();
            }
            if let Some(section) = &changes.section {
                case.section = Some(section.clone());
            }
            if let Some(raised_by) = &changes.raised_by {
                case.raised_by = Some(raised_by.clone());
            }
            if let Some(addressed_to) = &changes.addressed_to {
                case.addressed_to = Some(addressed_to.clone());
                if let Some(owed) = case.answer_owed.as_mut() {
                    owed.by = addressed_to.clone();
                }
            }
        }
        _ => {}
    }
    Some(case)
}

/// Whether a renewal moved a due later (a broken promise in the statistics).
pub fn postpones(before: &Due, after: &Due) -> bool {
    use crate::due::DueBy;
    match (before.by, after.by) {
        (DueBy::Date(old), DueBy::Date(new)) => new > old,
        (DueBy::Date(_), _) | (DueBy::NextMeeting, DueBy::NextMeeting) => true,
        _ => false,
    }
}
