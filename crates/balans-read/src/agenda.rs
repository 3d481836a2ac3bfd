//! The agenda (dagordning) of a forum's next meeting: what is still asked, what falls due, the balance list and board matters.

use balans_domain::{CaseKind, CaseStatus, DueBy, ForumId, MeetingState, ObligationKind};
use jiff::civil::Date;
use serde::Serialize;

use crate::{CaseView, ObligationFilter, OwedItem, ReadModel};

/// What the next meeting of a forum must carry ("Ta fram dagordningen till nästa möte med
/// kvarvarande frågor och förfallna åtaganden").
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Agenda<'a> {
    pub forum: ForumId,
    /// The forum's first meeting on or after today that has not been held (nästa möte); `None`
    /// when none is scheduled.
    pub next_meeting: Option<&'a MeetingState>,
    /// Questions still waiting for an answer (kvarvarande frågor), oldest first.
    pub open_questions: Vec<OwedItem>,
    /// Commitments (åtaganden) that fall due by the next meeting (or by today when none is
    /// scheduled), that are overdue (försenade), or that were promised for "nästa möte"; oldest first.
    pub commitments_due: Vec<OwedItem>,
    /// Open commitments whose due has no date (utan datum, "kommande utbildningar"): never
    /// overdue, so the agenda asks about them each time; oldest first.
    pub commitments_undated: Vec<OwedItem>,
    /// The balance list (balanslista), by case number.
    pub balance_list: Vec<&'a CaseView>,
    /// Board matters (nämndärenden) without an outcome yet, by case number.
    pub board_matters_awaiting_outcome: Vec<&'a CaseView>,
}

impl ReadModel {
    /// The agenda (dagordning) of the forum's next meeting, as of `today`.
    pub fn agenda(&self, forum: ForumId, today: Date) -> Agenda<'_> {
        let next_meeting = self
            .meetings
            .values()
            .filter(|m| m.forum == forum && m.date >= today && !m.held)
            .min_by_key(|m| (m.date, m.time));
        let cutoff = next_meeting.map_or(today, |m| m.date);
        let owed = self.obligations(
            &ObligationFilter {
                forum: Some(forum),
                ..ObligationFilter::default()
            },
            today,
        );
        let (answers, commitments): (Vec<OwedItem>, Vec<OwedItem>) = owed
            .into_iter()
            .partition(|item| item.obligation.kind == ObligationKind::Answer);
        let open_questions = answers
            .into_iter()
            .filter(|item| {
                self.cases
                    .get(&item.obligation.case)
                    .is_some_and(|view| view.state.kind == CaseKind::Question)
            })
            .collect();
        let (commitments_undated, dated): (Vec<OwedItem>, Vec<OwedItem>) =
            commitments.into_iter().partition(OwedItem::is_undated);
        let commitments_due = dated
            .into_iter()
            .filter(|item| {
                item.overdue
                    || item.obligation.due.by == DueBy::NextMeeting
                    || item.due_date.is_some_and(|due| due <= cutoff)
            })
            .collect();
        let mut board_matters: Vec<&CaseView> = self
            .cases
            .values()
            .filter(|view| {
                view.state.forum == forum
                    && view.state.kind == CaseKind::BoardMatter
                    && view.state.status() == CaseStatus::Open
            })
            .collect();
        board_matters.sort_by(|a, b| a.state.number.cmp(&b.state.number));
        Agenda {
            forum,
            next_meeting,
            open_questions,
            commitments_due,
            commitments_undated,
            balance_list: self.balance_list(forum),
            board_matters_awaiting_outcome: board_matters,
        }
    }
}
