//! Query types for the balance list, the agenda and statistics.

use async_graphql::{Enum, InputObject, SimpleObject};
use balans_domain::CaseId;
use balans_read::{DaysSummary, ReadModel};
use jiff::civil::Date;

use crate::plain::PlainList;
use crate::types::{Case, CaseKind, CaseStatus, Forum, Meeting, Obligation, View};

/// Which cases `cases` lists; every given field must hold.
#[derive(InputObject, Default)]
pub struct CaseFilter {
    /// Only cases of this forum (its id or code, "FG-HÄ").
    pub forum_id: Option<async_graphql::ID>,
    /// Only cases of this kind.
    pub kind: Option<CaseKind>,
    /// Only open, answered or closed cases.
    pub status: Option<CaseStatus>,
    /// The party that asked, as protocols write it ("Kommunal", "SACO").
    pub raised_by: Option<String>,
    /// The party that must answer.
    pub addressed_to: Option<String>,
    /// The party that owes something on the case now (or as of `asOf`).
    pub owed_by: Option<String>,
    /// Försenad: something on the case is overdue.
    pub overdue: Option<bool>,
    /// On the balance list (balanslistan).
    pub on_balance_list: Option<bool>,
    /// The case appeared at this meeting (its id, or forum and date: "FG-HÄ 2025-01-14").
    pub meeting_id: Option<async_graphql::ID>,
    /// Free text: every word must occur in the title, text, answers, commitments, statements or
    /// registry number, ignoring letter case (å, ä, ö included).
    pub text: Option<String>,
}

/// The column `cases` sorts by.
#[derive(Enum, Copy, Clone, Eq, PartialEq, Debug)]
pub enum CaseSortField {
    /// Ärendenummer: by forum code, year and number, as numbers.
    Number,
    /// Rubrik, in Swedish alphabetical order (å, ä, ö after z).
    Title,
    /// Typ, by its Swedish word.
    Kind,
    /// Status, by its Swedish word.
    Status,
    /// Ställd av: the party that asked; cases without come last.
    RaisedBy,
    /// Öppnat: the day the case was opened.
    OpenedOn,
}

/// How `cases` sorts: by one column; ties by case number. Every case that passes the filter is
/// sorted, so the order holds across pages.
#[derive(InputObject, Copy, Clone, Debug)]
pub struct CaseOrder {
    /// The column.
    pub by: CaseSortField,
    /// Largest (or last in the alphabet) first.
    #[graphql(default)]
    pub descending: bool,
}

impl From<CaseOrder> for balans_read::CaseOrder {
    fn from(order: CaseOrder) -> Self {
        use balans_read::CaseSortKey as Key;
        let key = match order.by {
            CaseSortField::Number => Key::Number,
            CaseSortField::Title => Key::Title,
            CaseSortField::Kind => Key::Kind,
            CaseSortField::Status => Key::Status,
            CaseSortField::RaisedBy => Key::RaisedBy,
            CaseSortField::OpenedOn => Key::OpenedOn,
        };
        balans_read::CaseOrder {
            key,
            descending: order.descending,
        }
    }
}

/// Before or after a meeting.
#[derive(Enum, Copy, Clone, Eq, PartialEq, Debug, Default)]
pub enum BeforeOrAfter {
    /// Inför mötet: as the list stood at the end of the day before.
    Before,
    /// Efter mötet: as the list stood at the end of the meeting's day.
    #[default]
    After,
}

impl From<BeforeOrAfter> for balans_read::BeforeOrAfter {
    fn from(when: BeforeOrAfter) -> Self {
        match when {
            BeforeOrAfter::Before => balans_read::BeforeOrAfter::Before,
            BeforeOrAfter::After => balans_read::BeforeOrAfter::After,
        }
    }
}

/// The forum's balance list (balanslista): its unresolved matters, reviewed at every meeting.
#[derive(SimpleObject)]
#[graphql(serial)]
pub struct BalanceList {
    /// The meeting asked about, when asked with `atMeeting`.
    pub meeting: Option<Meeting>,
    /// The forum's previous meeting (föregående möte), when asked with `atMeeting`.
    pub previous_meeting: Option<Meeting>,
    /// The cases on the list, by number.
    pub cases: Vec<Case>,
    /// With `atMeeting`: on this list but not after the previous meeting (nytillkomna).
    pub added: Vec<Case>,
    /// With `atMeeting`: on the list after the previous meeting but not on this one (avförda).
    pub removed: Vec<Case>,
    /// With `atMeeting`: on both lists (kvarstående).
    pub carried_over: Vec<Case>,
}

/// What the forum's next meeting must carry (dagordning).
#[derive(SimpleObject)]
#[graphql(serial)]
pub struct Agenda {
    /// The next meeting not yet held, if one is scheduled.
    pub next_meeting: Option<Meeting>,
    /// Questions still waiting for an answer (kvarvarande frågor).
    pub open_questions: PlainList<Obligation>,
    /// Commitments due by the next meeting, due "next meeting", or overdue (förfallna åtaganden).
    pub commitments_due: PlainList<Obligation>,
    /// Commitments whose due has no date (utan datum, "kommande utbildningar"): never overdue,
    /// so asked about at every meeting.
    pub commitments_undated: PlainList<Obligation>,
    /// The balance list (balanslista).
    pub balance_list: Vec<Case>,
    /// Board matters (nämndärenden) still awaiting an outcome.
    pub board_matters_awaiting_outcome: Vec<Case>,
}

/// Days a party took, as a median and a 90th percentile (nearest rank).
#[derive(SimpleObject)]
#[graphql(serial)]
pub struct Days {
    /// How many answers or fulfilments were measured.
    pub samples: u32,
    /// The median, in days; null without samples.
    pub median: Option<i32>,
    /// The 90th percentile (nearest rank), in days; null without samples.
    pub p90: Option<i32>,
}

impl From<&DaysSummary> for Days {
    fn from(days: &DaysSummary) -> Self {
        Self {
            samples: days.samples,
            median: days.median,
            p90: days.p90,
        }
    }
}

/// One party's record.
#[derive(SimpleObject)]
#[graphql(serial)]
pub struct PartyStats {
    /// The party, as "Arbetsgivaren" or a union's name.
    pub party: String,
    /// Questions the party must answer that are still unanswered.
    pub questions_open: u32,
    /// Questions the party has answered.
    pub questions_answered: u32,
    /// Questions whose answer from the party is past its due. A promise made in an answer is a
    /// commitment: when late it counts in `commitmentsOverdue`, not here.
    pub questions_overdue: u32,
    /// The party's unfulfilled commitments.
    pub commitments_open: u32,
    /// The party's fulfilled commitments.
    pub commitments_fulfilled: u32,
    /// The party's overdue commitments (försenade).
    pub commitments_overdue: u32,
    /// The party's open commitments whose due has no date (utan datum): never overdue.
    pub commitments_undated: u32,
    /// Days from a question to its first answer.
    pub days_to_answer: Days,
    /// Days from a commitment to its fulfilment.
    pub days_to_fulfil: Days,
    /// Meetings the party's open matters have waited, in total.
    pub meetings_waited: u32,
    /// How often the party renewed a commitment.
    pub renewals: u32,
    /// How often a renewal moved the due later (broken promises).
    pub postponements: u32,
}

/// An open matter and how many meetings it has waited.
#[derive(SimpleObject)]
#[graphql(serial)]
pub struct MatterWait {
    /// The open case.
    pub case: Case,
    /// Meetings of its forum held since it was opened.
    pub meetings_waited: u32,
    /// The parties that owe something on it.
    pub owed_by: Vec<String>,
}

/// A forum's counts: one row of a dashboard.
#[derive(SimpleObject)]
#[graphql(serial)]
pub struct ForumCounts {
    /// The forum counted.
    pub forum: Forum,
    /// Cases that need follow-up (öppna ärenden): something owed, on the balance list, or a
    /// board matter without an outcome.
    pub cases_open: u32,
    /// Questions that need follow-up (öppna frågor).
    pub questions_open: u32,
    /// Answers owed now (obesvarade frågor).
    pub answers_owed: u32,
    /// Unfulfilled commitments (öppna åtaganden).
    pub commitments_open: u32,
    /// Of them, overdue (försenade).
    pub commitments_overdue: u32,
    /// Of them, without a date (utan datum): never overdue.
    pub commitments_undated: u32,
}

/// How long the questions one party asked waited for their first answer.
#[derive(SimpleObject)]
#[graphql(serial)]
pub struct AskerStats {
    /// The party that asked, as "Kommunal".
    pub party: String,
    /// Questions it asked.
    pub questions_asked: u32,
    /// Of them, answered at least once.
    pub questions_answered: u32,
    /// Days from each question to its first answer (svarstid).
    pub days_to_answer: Days,
}

/// Counts and durations per party and per forum (statistik).
#[derive(SimpleObject)]
#[graphql(serial)]
pub struct Stats {
    /// One record per party that was asked, made a commitment or owes something.
    pub parties: Vec<PartyStats>,
    /// One record per forum with a chosen case: what a dashboard shows per forum.
    pub forums: Vec<ForumCounts>,
    /// One record per party that asked a chosen question: how long its questions waited.
    pub askers: Vec<AskerStats>,
    /// Open matters, the longest waiting first.
    pub waiting: Vec<MatterWait>,
}

/// Case objects for ids, in the given order, skipping ids the model does not know.
pub(crate) fn cases_by_id(
    model: &ReadModel,
    view: &View,
    ids: &[CaseId],
    as_of: Date,
) -> Vec<Case> {
    ids.iter()
        .filter_map(|id| model.cases.get(id))
        .map(|c| Case::new(c, view.clone(), Some(as_of)))
        .collect()
}

/// [`Stats`] of durations alone, for a query that asks nothing else: its counts stay zero and
/// it lists no waiting matter, neither of which the query reads.
pub(crate) fn durations(parties: &[balans_read::PartyDaysSummary]) -> Stats {
    Stats {
        parties: parties
            .iter()
            .map(|p| {
                party_row(&balans_read::PartyStats {
                    party: p.party.clone(),
                    questions: Default::default(),
                    commitments: Default::default(),
                    days_to_answer: p.days_to_answer,
                    days_to_fulfil: p.days_to_fulfil,
                    broken_promises: Default::default(),
                })
            })
            .collect(),
        forums: Vec::new(),
        askers: Vec::new(),
        waiting: Vec::new(),
    }
}

/// One party's row of statistics.
fn party_row(p: &balans_read::PartyStats) -> PartyStats {
    PartyStats {
        party: p.party.name().to_string(),
        questions_open: p.questions.open,
        questions_answered: p.questions.answered,
        questions_overdue: p.questions.overdue,
        commitments_open: p.commitments.open,
        commitments_fulfilled: p.commitments.fulfilled,
        commitments_overdue: p.commitments.overdue,
        commitments_undated: p.commitments.undated,
        days_to_answer: (&p.days_to_answer).into(),
        days_to_fulfil: (&p.days_to_fulfil).into(),
        meetings_waited: p.broken_promises.meetings_waited,
        renewals: p.broken_promises.renewals,
        postponements: p.broken_promises.postponements,
    }
}

pub(crate) fn stats(
    model: &ReadModel,
    view: &View,
    stats: &balans_read::Stats,
    as_of: Date,
) -> Stats {
    Stats {
        parties: stats.parties.iter().map(party_row).collect(),
        forums: stats
            .forums
            .iter()
            .map(|row| ForumCounts {
                forum: Forum {
                    id: row.forum,
                    view: view.clone(),
                },
                cases_open: row.cases_open,
                questions_open: row.questions_open,
                answers_owed: row.answers_owed,
                commitments_open: row.commitments_open,
                commitments_overdue: row.commitments_overdue,
                commitments_undated: row.commitments_undated,
            })
            .collect(),
        askers: stats
            .askers
            .iter()
            .map(|asker| AskerStats {
                party: asker.party.name().to_string(),
                questions_asked: asker.questions_asked,
                questions_answered: asker.questions_answered,
                days_to_answer: (&asker.days_to_answer).into(),
            })
            .collect(),
        waiting: stats
            .waiting
            .iter()
            .filter_map(|wait| {
                let case = model.cases.get(&wait.case)?;
                Some(MatterWait {
                    case: Case::new(case, view.clone(), Some(as_of)),
                    meetings_waited: wait.meetings_waited,
                    owed_by: wait.owed_by.iter().map(|p| p.name().to_string()).collect(),
                })
            })
            .collect(),
    }
}

impl crate::types::SwedishLabel for CaseSortField {
    fn label_sv(self) -> &'static str {
        match self {
            CaseSortField::Number => "ärendenummer",
            CaseSortField::Title => "rubrik",
            CaseSortField::Kind => "typ",
            CaseSortField::Status => "status",
            CaseSortField::RaisedBy => "ställd av",
            CaseSortField::OpenedOn => "öppnat",
        }
    }
}

impl crate::types::SwedishLabel for BeforeOrAfter {
    fn label_sv(self) -> &'static str {
        match self {
            BeforeOrAfter::Before => "inför",
            BeforeOrAfter::After => "efter",
        }
    }
}
