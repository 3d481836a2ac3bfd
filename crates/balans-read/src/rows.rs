//! The read model's own row of a case ([`CaseRow`]), folded by its own [`CaseRow::apply`].
//!
//! A row keeps what lists, counts, filters and who owes what read, laid out for a model of
//! millions of events: no case text and no answers' texts (read back from the log when one case
//! is shown: [`crate::case_whole`]), short strings boxed, the rare owed answer behind a pointer,
//! and its occurrences with their meeting's id in bytes, so that they do not pad to the 16-byte
//! alignment of an id. The who-owes rules are the domain's ([`CaseFacts`]), read from the row.

use balans_domain::{
    CaseFacts, CaseId, CaseKind, CaseNumber, CaseState, CommitmentFacts, Due, Event, ForumId, Mbl,
    MeetingId, Obligation, Occurrence, OwedAnswerFacts, Party, Resolution, StatementKind,
    postpones,
};
use jiff::civil::Date;
use serde::{Deserialize, Serialize};
use ulid::Ulid;

/// When and at which meeting something happened, as a row keeps it: an [`Occurrence`] in 22
/// bytes instead of 48.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct At {
    pub on: Date,
    meeting: Option<[u8; 16]>,
}

impl At {
    /// The meeting it happened at, if any.
    pub fn meeting(&self) -> Option<MeetingId> {
        self.meeting
            .map(|bytes| MeetingId(Ulid(u128::from_be_bytes(bytes))))
    }

    pub fn occurrence(&self) -> Occurrence {
        Occurrence {
            meeting: self.meeting(),
            on: self.on,
        }
    }
}

impl From<Occurrence> for At {
    fn from(at: Occurrence) -> Self {
        At {
            on: at.on,
            meeting: at.meeting.map(|id| id.0.0.to_be_bytes()),
        }
    }
}

/// An answer recorded on a case, without its text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AnswerRow {
    pub by: Party,
    pub person: Option<Box<str>>,
    pub at: At,
}

/// A commitment (åtagande) on a case.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CommitmentRow {
    pub number: u32,
    pub by: Party,
    pub person: Option<Box<str>>,
    pub to: Option<Party>,
    pub what: Box<str>,
    pub due: Due,
    pub made: At,
    pub fulfilled: Option<At>,
    /// How often it was renewed, and how often of those its due moved later.
    pub renewals: u32,
    pub postponements: u32,
}

/// A statement (yttrande) recorded on a case.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct StatementRow {
    pub party: Party,
    pub kind: StatementKind,
    pub text: Box<str>,
    pub at: At,
}

/// The answer a party owes on a question: a follow-up's own text, or `None` for the title.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct OwedAnswerRow {
    pub by: Party,
    pub since: At,
    pub follow_up: Option<Box<str>>,
}

/// A case as the read model keeps it: the domain's case less its text and its answers' texts.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CaseRow {
    pub id: CaseId,
    pub forum: ForumId,
    pub number: CaseNumber,
    pub kind: CaseKind,
    pub section: Option<Box<str>>,
    pub title: Box<str>,
    pub opened: At,
    pub raised_by: Option<Party>,
    pub asked_by: Option<Box<str>>,
    pub addressed_to: Option<Party>,
    pub pre_registered: bool,
    pub carried_over: bool,
    pub registry_number: Option<Box<str>>,
    pub mbl: Option<Mbl>,
    pub answers: Vec<AnswerRow>,
    /// Boxed: few cases owe an answer at a time.
    pub answer_owed: Option<Box<OwedAnswerRow>>,
    pub commitments: Vec<CommitmentRow>,
    pub statements: Vec<StatementRow>,
    pub on_balance_list: bool,
    pub closed: Option<Resolution>,
    /// Every meeting where the case appeared, in order of first appearance.
    pub meetings: Box<[MeetingId]>,
}

impl CaseRow {
    /// A row with none of its heap parts, to stand in a view while the case is folded.
    pub(crate) fn stand_in(&self) -> Self {
        CaseRow::bare(
            self.id,
            self.forum,
            CaseNumber {
                forum_code: String::new(),
                ..self.number
            },
            self.kind,
            self.opened,
        )
    }

    fn bare(id: CaseId, forum: ForumId, number: CaseNumber, kind: CaseKind, opened: At) -> Self {
        CaseRow {
            id,
            forum,
            number,
            kind,
            section: None,
            title: Box::default(),
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
            meetings: Box::default(),
        }
    }

    /// Everything owed on this case now (the domain's rules: [`CaseFacts::obligations`]).
    pub fn obligations(&self) -> Vec<Obligation> {
        CaseFacts::obligations(self)
    }

    /// The `slot`th of [`Self::obligations`], built alone.
    pub fn obligation_at(&self, slot: usize) -> Option<Obligation> {
        CaseFacts::obligation_at(self, slot)
    }

    /// Where the case stands (the domain's rules: [`CaseFacts::status`]).
    pub fn status(&self) -> balans_domain::CaseStatus {
        CaseFacts::status(self)
    }

    pub fn commitment(&self, number: u32) -> Option<&CommitmentRow> {
        self.commitments.iter().find(|c| c.number == number)
    }

    fn appeared_at(&mut self, at: &Occurrence) {
        if let Some(meeting) = at.meeting
            && !self.meetings.contains(&meeting)
        {
            let mut meetings = std::mem::take(&mut self.meetings).into_vec();
            meetings.push(meeting);
            self.meetings = meetings.into_boxed_slice();
        }
    }

    /// Folds one case event into the row, as the domain's `evolve_case` folds it into the case.
    pub fn apply(row: Option<CaseRow>, event: &Event) -> Option<CaseRow> {
        if let Event::CaseOpened {
            case,
            forum,
            number,
            kind,
            section,
            title,
            at,
            ..
        } = event
        {
            let mut opened = CaseRow {
                section: section.as_deref().map(Into::into),
                title: title.as_str().into(),
                ..CaseRow::bare(*case, *forum, number.clone(), *kind, (*at).into())
            };
            opened.appeared_at(at);
            return Some(opened);
        }
        let mut case = row?;
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
                case.asked_by = asked_by.as_deref().map(Into::into);
                case.addressed_to = Some(addressed_to.clone());
                case.pre_registered = *pre_registered;
                case.carried_over = *carried_over;
                case.answer_owed = Some(Box::new(OwedAnswerRow {
                    by: addressed_to.clone(),
                    since: (*at).into(),
                    follow_up: None,
                }));
            }
            Event::AnswerGiven { by, person, at, .. } => {
                case.answers.push(AnswerRow {
                    by: by.clone(),
                    person: person.as_deref().map(Into::into),
                    at: (*at).into(),
                });
                case.answer_owed = None;
            }
            Event::FollowUpAsked { text, at, .. } => {
                if let Some(addressed_to) = case.addressed_to.clone() {
                    case.answer_owed = Some(Box::new(OwedAnswerRow {
                        by: addressed_to,
                        since: (*at).into(),
                        follow_up: Some(text.as_str().into()),
                    }));
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
            } => case.commitments.push(CommitmentRow {
                number: *commitment,
                by: by.clone(),
                person: person.as_deref().map(Into::into),
                to: to.clone(),
                what: what.as_str().into(),
                due: due.clone(),
                made: (*at).into(),
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
                    c.fulfilled = Some((*at).into());
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
            } => case.statements.push(StatementRow {
                party: party.clone(),
                kind: *kind,
                text: text.as_str().into(),
                at: (*at).into(),
            }),
            Event::BoardMatterRegistered {
                registry_number,
                mbl,
                ..
            } => {
                case.registry_number = registry_number.as_deref().map(Into::into);
                case.mbl = *mbl;
            }
            Event::Closed { resolution, .. } => {
                case.closed = Some(*resolution);
                // A case closed off the list leaves the list with it.
                case.on_balance_list = false;
            }
            Event::Reopened { .. } => case.closed = None,
            Event::Corrected { changes, .. } => {
                if let Some(title) = &changes.title {
                    case.title = title.as_str().into();
                }
                if let Some(section) = &changes.section {
                    case.section = Some(section.as_str().into());
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
}

impl CaseFacts for CaseRow {
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
        self.answer_owed.as_deref().map(|owed| OwedAnswerFacts {
            by: &owed.by,
            since: owed.since.occurrence(),
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
            made: c.made.occurrence(),
            fulfilled: c.fulfilled.map(|at| at.occurrence()),
        })
    }
}

/// The fields free text looks in that both a row and a case whole hold: title, registry number
/// (diarienummer), commitments and statements.
pub trait HeldFields {
    fn held_fields(&self) -> impl Iterator<Item = &str>;
}

impl HeldFields for CaseRow {
    fn held_fields(&self) -> impl Iterator<Item = &str> {
        [self.title.as_ref()]
            .into_iter()
            .chain(self.registry_number.as_deref())
            .chain(self.commitments.iter().map(|c| c.what.as_ref()))
            .chain(self.statements.iter().map(|s| s.text.as_ref()))
    }
}

impl HeldFields for CaseState {
    fn held_fields(&self) -> impl Iterator<Item = &str> {
        [self.title.as_str()]
            .into_iter()
            .chain(self.registry_number.as_deref())
            .chain(self.commitments.iter().map(|c| c.what.as_str()))
            .chain(self.statements.iter().map(|s| s.text.as_str()))
    }
}
