//! The balance list (balanslista): a forum's running list of unresolved cases, now and as it stood at a meeting.

use std::collections::BTreeSet;

use crate::ReadError;
use balans_domain::{CaseId, CaseNumber, ForumId, MeetingId, MeetingState};
use balans_store::EventStore;
use jiff::Timestamp;
use serde::{Deserialize, Serialize};

use crate::{CaseView, ReadModel, end_of_day};

/// Why a query could not be answered.
#[derive(Debug, thiserror::Error)]
pub enum QueryError {
    #[error("there is no meeting {0}")]
    UnknownMeeting(MeetingId),
    #[error("there is no forum {0}")]
    UnknownForum(ForumId),
    #[error("meeting {meeting} belongs to forum {meeting_forum}, not to forum {forum}")]
    MeetingOfAnotherForum {
        meeting: MeetingId,
        forum: ForumId,
        meeting_forum: ForumId,
    },
    /// The log could not be read.
    #[error(transparent)]
    Load(#[from] ReadError),
}

impl QueryError {
    /// The error in Swedish, for a person to read.
    pub fn swedish(&self) -> String {
        match self {
            QueryError::UnknownMeeting(id) => format!("det finns inget möte {id}"),
            QueryError::UnknownForum(id) => format!("det finns ingen samverkansgrupp {id}"),
            QueryError::MeetingOfAnotherForum {
                meeting,
                forum,
                meeting_forum,
            } => format!(
                "mötet {meeting} hör till samverkansgruppen {meeting_forum}, inte till {forum}"
            ),
            QueryError::Load(error) => error.to_string(),
        }
    }
}

/// Which side of a meeting: the list going into it (inför mötet) or coming out of it (efter mötet).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum BeforeOrAfter {
    /// As it stood at the end of the day before the meeting: what the meeting was to review.
    Before,
    /// As it stood at the end of the meeting's day: what the meeting left for the next one.
    After,
}

/// One case on a balance list.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct BalanceListEntry {
    pub case: CaseId,
    /// The case's short number (ärendenummer), e.g. `FG 2025:7`.
    pub number: CaseNumber,
    pub title: String,
}

/// The balance list (balanslista) as it stood before or after one meeting, and how it changed
/// since the forum's previous meeting.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct BalanceListAtMeeting {
    /// The meeting asked about, as the schedule stands now.
    pub meeting: MeetingState,
    pub when: BeforeOrAfter,
    /// The cases on the list, by number.
    pub cases: Vec<BalanceListEntry>,
    /// The forum's latest meeting dated before this one (föregående möte), if any.
    pub previous_meeting: Option<MeetingState>,
    /// On this list but not on the list after the previous meeting (nytillkomna). Without a
    /// previous meeting, everything on the list.
    pub added: Vec<CaseId>,
    /// On the list after the previous meeting but no longer on this one (avförda).
    pub removed: Vec<CaseId>,
    /// On both lists (kvarstående).
    pub carried_over: Vec<CaseId>,
}

impl ReadModel {
    /// The forum's balance list (balanslista) as the model stands, by case number. For the list
    /// at an instant, load the model up to it ([`ReadModel::load_until`]) and ask that.
    pub fn balance_list(&self, forum: ForumId) -> Vec<&CaseView> {
        self.cases_of(forum)
            .filter(|view| view.state.on_balance_list)
            .collect()
    }

    /// The forum's balance list as it stood at `until`, judged like time travel (by when things
    /// happened), from the cases' moves on and off the list instead of a model rebuilt up to
    /// that instant.
    pub fn balance_list_as_of(&self, forum: ForumId, until: Timestamp) -> Vec<&CaseView> {
        // Only a case that was added to the list at some time can have been on it at `until`.
        self.views(self.listed.get(&forum).into_iter().flatten())
            .filter(|view| was_on_list(view, until))
            .collect()
    }
}

/// Whether the case was on its forum's balance list at `until`: the fold of its list events
/// that had happened by then, as a model loaded up to `until` would fold them. A case not yet
/// opened then was on no list.
fn was_on_list(view: &CaseView, until: Timestamp) -> bool {
    view.opened_at() <= until
        && view
            .list_moves
            .iter()
            .rfind(|moved| moved.at <= until)
            .is_some_and(|moved| moved.on)
}

/// The forum's balance list as it stood before or after `meeting`, compared with the list as it
/// stood after the forum's previous meeting ("Hur såg balanslistan ut inför mötet den 14 januari?").
///
/// "After" is everything that had happened by the end of the meeting's day, "before" everything
/// by the end of the day before. Meetings are found in the whole log, since a meeting's own events
/// are dated on its day and so would be missing from the list's past.
pub fn balance_list_at_meeting(
    store: &impl EventStore,
    forum: ForumId,
    meeting: MeetingId,
    when: BeforeOrAfter,
) -> Result<BalanceListAtMeeting, QueryError> {
    balance_list_at_meeting_in(&ReadModel::load(store)?, forum, meeting, when)
}

/// [`balance_list_at_meeting`] from a model that is up to date (the live one): the lists of
/// the past come from the cases' moves on and off the list, so nothing is rebuilt. Entries
/// carry each case's number and its title as it stands now.
pub fn balance_list_at_meeting_in(
    now: &ReadModel,
    forum: ForumId,
    meeting: MeetingId,
    when: BeforeOrAfter,
) -> Result<BalanceListAtMeeting, QueryError> {
    if !now.forums.contains_key(&forum) {
        return Err(QueryError::UnknownForum(forum));
    }
    let asked = now
        .meetings
        .get(&meeting)
        .ok_or(QueryError::UnknownMeeting(meeting))?;
    if asked.forum != forum {
        return Err(QueryError::MeetingOfAnotherForum {
            meeting,
            forum,
            meeting_forum: asked.forum,
        });
    }
    let until = match when {
        BeforeOrAfter::After => end_of_day(asked.date),
        // No day comes before the first date there is, so nothing had happened by then.
        BeforeOrAfter::Before => asked.date.yesterday().map_or(Timestamp::MIN, end_of_day),
    };
    let cases = entries(now.balance_list_as_of(forum, until));
    let previous_meeting = now
        .meetings_of(forum)
        .into_iter()
        .rfind(|m| m.date < asked.date)
        .cloned();
    let previous = match &previous_meeting {
        Some(previous) => entries(now.balance_list_as_of(forum, end_of_day(previous.date))),
        None => Vec::new(),
    };
    let previous_ids: BTreeSet<CaseId> = previous.iter().map(|e| e.case).collect();
    let ids: BTreeSet<CaseId> = cases.iter().map(|e| e.case).collect();
    let was_on = |case: &CaseId| previous_ids.contains(case);
    let is_on = |case: &CaseId| ids.contains(case);
    let added = cases
        .iter()
        .map(|e| e.case)
        .filter(|c| !was_on(c))
        .collect();
    let carried_over = cases.iter().map(|e| e.case).filter(|c| was_on(c)).collect();
    let removed = previous
        .iter()
        .map(|e| e.case)
        .filter(|c| !is_on(c))
        .collect();
    Ok(BalanceListAtMeeting {
        meeting: asked.clone(),
        when,
        cases,
        previous_meeting,
        added,
        removed,
        carried_over,
    })
}

fn entries(list: Vec<&CaseView>) -> Vec<BalanceListEntry> {
    list.into_iter()
        .map(|view| BalanceListEntry {
            case: view.state.id,
            number: view.state.number.clone(),
            title: view.state.title.to_string(),
        })
        .collect()
}
