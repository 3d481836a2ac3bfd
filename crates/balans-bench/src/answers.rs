//! The benchmark's queries as plain rows, answered by the product's read model ([`Ours`]) and by the SQLite peer alike, so that answers can be compared.

use std::collections::BTreeMap;

use balans_domain::{CaseId, CaseStatus, ForumId, MeetingId, ObligationKind, Party};
use balans_read::{BeforeOrAfter, CaseFilter, ObligationFilter, QueryError, ReadModel};
use balans_store::EventStore;
use jiff::Timestamp;
use jiff::civil::Date;

/// One thing owed, as both sides report it.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct OwedRow {
    pub case: CaseId,
    pub number: String,
    /// `answer` or `commitment`.
    pub kind: String,
    pub commitment: Option<u32>,
    pub party: String,
    pub what: String,
    pub since: Date,
    pub due_date: Option<Date>,
    pub overdue: bool,
    pub days_waiting: i32,
}

/// The first items of who owes what, with how many there are in all: a dashboard's first page.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize)]
pub struct OwedPage {
    pub total: usize,
    pub items: Vec<OwedRow>,
}

/// A case in a list.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct CaseRow {
    pub case: CaseId,
    pub number: String,
    pub title: String,
    /// `open`, `answered` or `closed`.
    pub status: String,
}

/// The first page of a list of cases, with how many there are in all.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize)]
pub struct CasePage {
    pub total: usize,
    pub cases: Vec<CaseRow>,
}

/// One entry of a case's history.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TimelineRow {
    pub position: u64,
    pub event_type: String,
    pub meeting: Option<MeetingId>,
    pub occurred_at: Timestamp,
    pub summary: String,
}

/// The balance list after a meeting, against the list after the forum's previous meeting.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct BalanceAt {
    pub cases: Vec<CaseRow>,
    pub added: Vec<CaseId>,
    pub removed: Vec<CaseId>,
    pub carried_over: Vec<CaseId>,
}

impl BalanceAt {
    /// The list `now` compared with the list `before`.
    pub fn compare(now: Vec<CaseRow>, before: Vec<CaseRow>) -> Self {
        let was_on = |case: &CaseId| before.iter().any(|row| row.case == *case);
        let is_on = |case: &CaseId| now.iter().any(|row| row.case == *case);
        Self {
            added: now.iter().map(|r| r.case).filter(|c| !was_on(c)).collect(),
            carried_over: now.iter().map(|r| r.case).filter(was_on).collect(),
            removed: before
                .iter()
                .map(|r| r.case)
                .filter(|c| !is_on(c))
                .collect(),
            cases: now,
        }
    }
}

/// Days taken, summarized for one party.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DaysRow {
    pub samples: u32,
    pub median: Option<i32>,
    pub p90: Option<i32>,
}

/// Median and 90th percentile of days to answer (by the party asked) and to fulfil (by the
/// party that promised), for every party with at least one sample.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Medians {
    pub answer: BTreeMap<String, DaysRow>,
    pub fulfil: BTreeMap<String, DaysRow>,
}

/// The queries of the benchmark (figure 6), answered by each side its own way.
pub trait Queries {
    type Error: std::fmt::Display;
    /// Who owes what, owed by a party, as of a date, oldest first.
    fn obligations(&self, owed_by: &Party, as_of: Date) -> Result<Vec<OwedRow>, Self::Error>;
    /// The first `first` of those, and how many there are in all.
    fn obligations_page(
        &self,
        owed_by: &Party,
        as_of: Date,
        first: usize,
    ) -> Result<OwedPage, Self::Error>;
    /// The open cases of a forum by number: the first `first`, and how many in all.
    fn open_cases(&self, forum: ForumId, first: usize) -> Result<CasePage, Self::Error>;
    /// Cases where every word of `text` occurs, by forum and number.
    fn search(&self, text: &str, first: usize) -> Result<CasePage, Self::Error>;
    /// A case's history.
    fn timeline(&self, case: CaseId) -> Result<Vec<TimelineRow>, Self::Error>;
    /// The forum's balance list after a past meeting, against the previous meeting.
    fn balance_list_at(&self, forum: ForumId, meeting: MeetingId)
    -> Result<BalanceAt, Self::Error>;
    /// Medians (and 90th percentiles) of days to answer and to fulfil, by party.
    fn stats_medians(&self, as_of: Date) -> Result<Medians, Self::Error>;
}

/// The words of a free-text query as the product splits them.
pub fn search_words(text: &str) -> Vec<String> {
    balans_read::cases::normalize_text(text)
        .split(' ')
        .filter(|word| !word.is_empty())
        .map(str::to_owned)
        .collect()
}

/// The product's side: its read model, and its store for what reads the log (time travel).
pub struct Ours<'a, S> {
    pub store: &'a S,
    pub model: &'a ReadModel,
}

impl<S> Ours<'_, S> {
    fn owed(&self, owed_by: &Party, as_of: Date, first: Option<usize>) -> OwedPage {
        let filter = ObligationFilter {
            owed_by: Some(owed_by.clone()),
            ..ObligationFilter::default()
        };
        let (total, items) = self.model.obligations_page(&filter, as_of, 0, first);
        let items = items
            .into_iter()
            .map(|item| OwedRow {
                case: item.obligation.case,
                number: item.case_number.to_string(),
                kind: match item.obligation.kind {
                    ObligationKind::Answer => "answer",
                    ObligationKind::Commitment => "commitment",
                }
                .to_string(),
                commitment: item.obligation.commitment,
                party: item.obligation.party.name().to_string(),
                what: item.obligation.what,
                since: item.obligation.since.on,
                due_date: item.due_date,
                overdue: item.overdue,
                days_waiting: item.days_waiting,
            })
            .collect();
        OwedPage { total, items }
    }
}

fn status_name(status: CaseStatus) -> &'static str {
    match status {
        CaseStatus::Open => "open",
        CaseStatus::Answered => "answered",
        CaseStatus::Closed => "closed",
    }
}

fn row(view: &balans_read::CaseView) -> CaseRow {
    CaseRow {
        case: view.state.id,
        number: view.state.number.to_string(),
        title: view.state.title.to_string(),
        status: status_name(view.state.status()).to_string(),
    }
}

fn page(found: &[&balans_read::CaseView], first: usize) -> CasePage {
    CasePage {
        total: found.len(),
        cases: found.iter().take(first).map(|v| row(v)).collect(),
    }
}

impl<S: EventStore> Queries for Ours<'_, S> {
    type Error = QueryError;

    fn obligations(&self, owed_by: &Party, as_of: Date) -> Result<Vec<OwedRow>, QueryError> {
        Ok(self.owed(owed_by, as_of, None).items)
    }

    fn obligations_page(
        &self,
        owed_by: &Party,
        as_of: Date,
        first: usize,
    ) -> Result<OwedPage, QueryError> {
        Ok(self.owed(owed_by, as_of, Some(first)))
    }

    fn open_cases(&self, forum: ForumId, first: usize) -> Result<CasePage, QueryError> {
        let filter = CaseFilter {
            forum: Some(forum),
            status: Some(CaseStatus::Open),
            ..CaseFilter::default()
        };
        // Lateness is not asked, so the date does not change the answer.
        let found = self.model.cases(&filter, Date::MIN);
        Ok(page(&found, first))
    }

    fn search(&self, text: &str, first: usize) -> Result<CasePage, QueryError> {
        let filter = CaseFilter {
            text: Some(text.to_string()),
            ..CaseFilter::default()
        };
        // As GraphQL's `cases(filter: {text}, first)` asks it: the count and one page.
        let (total, found) = self.model.cases_page(&filter, Date::MIN, 0, first);
        Ok(CasePage {
            total,
            cases: found.iter().map(|v| row(v)).collect(),
        })
    }

    fn timeline(&self, case: CaseId) -> Result<Vec<TimelineRow>, QueryError> {
        let Some(view) = self.model.cases.get(&case) else {
            return Ok(Vec::new());
        };
        Ok(balans_read::history(self.store, &view.log)?
            .into_iter()
            .map(|entry| TimelineRow {
                position: entry.position,
                event_type: entry.event_type.to_string(),
                meeting: entry.meeting,
                occurred_at: entry.occurred_at,
                summary: entry.summary,
            })
            .collect())
    }

    fn balance_list_at(&self, forum: ForumId, meeting: MeetingId) -> Result<BalanceAt, QueryError> {
        let at = balans_read::balance_list_at_meeting_in(
            self.model,
            forum,
            meeting,
            BeforeOrAfter::After,
        )?;
        let status = |case: &CaseId| {
            self.model
                .cases
                .get(case)
                .map_or("", |view| status_name(view.state.status()))
                .to_string()
        };
        Ok(BalanceAt {
            cases: at
                .cases
                .iter()
                .map(|entry| CaseRow {
                    case: entry.case,
                    number: entry.number.to_string(),
                    title: entry.title.clone(),
                    status: status(&entry.case),
                })
                .collect(),
            added: at.added,
            removed: at.removed,
            carried_over: at.carried_over,
        })
    }

    fn stats_medians(&self, _as_of: Date) -> Result<Medians, QueryError> {
        // What GraphQL `stats` works out when only the durations are asked for.
        let mut medians = Medians::default();
        for party in self.model.days_by_party(None, None, None) {
            let name = party.party.name().to_string();
            let days = |d: balans_read::DaysSummary| DaysRow {
                samples: d.samples,
                median: d.median,
                p90: d.p90,
            };
            if party.days_to_answer.samples > 0 {
                medians
                    .answer
                    .insert(name.clone(), days(party.days_to_answer));
            }
            if party.days_to_fulfil.samples > 0 {
                medians.fulfil.insert(name, days(party.days_to_fulfil));
            }
        }
        Ok(medians)
    }
}

/// What the queries ask about, chosen from the data so that every side is asked the same.
#[derive(Debug, Clone)]
pub struct QueryParams {
    pub as_of: Date,
    pub parties: Vec<Party>,
    pub forums: Vec<ForumId>,
    pub cases: Vec<CaseId>,
    /// A thousand cases across the whole log: a timing run reads each once at most, as a user
    /// opening cases here and there would, past what the store keeps cached.
    pub spread_cases: Vec<CaseId>,
    /// Held meetings from the middle of each chosen forum's history.
    pub past_meetings: Vec<(ForumId, MeetingId)>,
    pub texts: Vec<&'static str>,
}

impl QueryParams {
    pub fn choose(model: &ReadModel, last_date: Date) -> Self {
        let forums: Vec<ForumId> = model.forums.keys().copied().take(16).collect();
        let cases = Self::spread(model, 64);
        let spread_cases = Self::spread(model, 1000);
        let past_meetings = forums
            .iter()
            .filter_map(|forum| {
                let meetings = model.meetings_of(*forum);
                meetings.get(meetings.len() / 2).map(|m| (*forum, m.id))
            })
            .collect();
        Self {
            as_of: last_date,
            parties: Self::parties(),
            forums,
            cases,
            spread_cases,
            past_meetings,
            texts: Self::TEXTS.to_vec(),
        }
    }

    /// `count` cases at even steps through the whole map of cases (all of them when fewer).
    fn spread(model: &ReadModel, count: usize) -> Vec<CaseId> {
        let step = (model.cases.len() / count).max(1);
        model
            .cases
            .keys()
            .copied()
            .step_by(step)
            .take(count)
            .collect()
    }

    pub const TEXTS: [&'static str; 3] = [
        "bemanning sommaren",
        "skyddsombuden riskbedömning",
        "ventilation",
    ];

    pub fn parties() -> Vec<Party> {
        [
            "Kommunal",
            "Arbetsgivaren",
            "Fackliga organisationerna",
            "Vision",
        ]
        .iter()
        .filter_map(|name| Party::parse(name).ok())
        .collect()
    }
}

/// Every query of figure 6 with every parameter, on both sides: the differences found.
pub fn compare<A: Queries, B: Queries>(
    ours: &A,
    peer: &B,
    params: &QueryParams,
) -> Result<Vec<String>, String> {
    let mut differences = Vec::new();
    let mut check = |what: String, equal: bool| {
        if !equal {
            differences.push(what);
        }
    };
    for party in &params.parties {
        let a = ours
            .obligations(party, params.as_of)
            .map_err(|e| e.to_string())?;
        let b = peer
            .obligations(party, params.as_of)
            .map_err(|e| e.to_string())?;
        check(
            format!("obligations owed by {party}: {} vs {}", a.len(), b.len()),
            a == b,
        );
        let a = ours
            .obligations_page(party, params.as_of, 50)
            .map_err(|e| e.to_string())?;
        let b = peer
            .obligations_page(party, params.as_of, 50)
            .map_err(|e| e.to_string())?;
        check(
            format!("first 50 owed by {party} of {} vs {}", a.total, b.total),
            a == b,
        );
    }
    for forum in &params.forums {
        let a = ours.open_cases(*forum, 50).map_err(|e| e.to_string())?;
        let b = peer.open_cases(*forum, 50).map_err(|e| e.to_string())?;
        check(
            format!("open cases of {forum}: {} vs {}", a.total, b.total),
            a == b,
        );
    }
    for text in &params.texts {
        let a = ours.search(text, 50).map_err(|e| e.to_string())?;
        let b = peer.search(text, 50).map_err(|e| e.to_string())?;
        check(
            format!("search {text:?}: {} vs {}", a.total, b.total),
            a == b,
        );
    }
    for case in &params.cases {
        let a = ours.timeline(*case).map_err(|e| e.to_string())?;
        let b = peer.timeline(*case).map_err(|e| e.to_string())?;
        check(
            format!("timeline of {case}: {} vs {} entries", a.len(), b.len()),
            a == b,
        );
    }
    for (forum, meeting) in params.past_meetings.iter().take(4) {
        let a = ours
            .balance_list_at(*forum, *meeting)
            .map_err(|e| e.to_string())?;
        let b = peer
            .balance_list_at(*forum, *meeting)
            .map_err(|e| e.to_string())?;
        check(
            format!(
                "balance list after {meeting}: {} vs {} cases",
                a.cases.len(),
                b.cases.len()
            ),
            a == b,
        );
    }
    let a = ours
        .stats_medians(params.as_of)
        .map_err(|e| e.to_string())?;
    let b = peer
        .stats_medians(params.as_of)
        .map_err(|e| e.to_string())?;
    check(format!("stats medians: {a:?} vs {b:?}"), a == b);
    Ok(differences)
}
