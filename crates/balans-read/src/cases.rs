//! Finding cases (ärenden) by forum, kind, status, party, lateness, balance list, meeting and free text.

use balans_domain::{CaseKind, CaseState, CaseStatus, ForumId, MeetingId, Party};
use jiff::civil::Date;

use crate::{CaseView, OwedItem, ReadModel};

/// Which cases to list; every field that is set must hold, and an empty filter lists every case.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct CaseFilter {
    /// Cases of this forum (förvaltningsgrupp, LSG, skyddskommitté).
    pub forum: Option<ForumId>,
    /// Cases of this kind (fråga, åtagande, nämndärende, ...).
    pub kind: Option<CaseKind>,
    /// Cases that stand so: open (öppen), answered (besvarad) or closed (avslutad).
    pub status: Option<CaseStatus>,
    /// Questions raised by this party (ställd av). "Fackliga organisationerna" and each union of
    /// the forum match each other.
    pub raised_by: Option<Party>,
    /// Questions addressed to this party (ställd till), matched as `raised_by`.
    pub addressed_to: Option<Party>,
    /// Cases on which this party owes something now (an answer or a commitment), matched as `raised_by`.
    pub owed_by: Option<Party>,
    /// `true`: cases with something overdue (försenat) as of the query's date; `false`: cases with nothing overdue.
    pub overdue: Option<bool>,
    /// Whether the case is on its forum's balance list (balanslista).
    pub on_balance_list: Option<bool>,
    /// Cases that appeared at this meeting (sammanträde): raised, answered, carried forward, ...
    pub meeting: Option<MeetingId>,
    /// Free text (fritext): every word must occur, in any letter case, in the title, text,
    /// answers, commitments, statements or registry number (diarienummer).
    pub text: Option<String>,
}

impl ReadModel {
    /// The cases that pass `filter`, by forum and case number. `as_of` is the date lateness
    /// (`overdue`) is judged on.
    pub fn cases(&self, filter: &CaseFilter, as_of: Date) -> Vec<&CaseView> {
        let words = filter.text.as_deref().map(query_words).unwrap_or_default();
        if let Some(forum) = filter.forum {
            // One forum's cases (or its open ones) come in number order already.
            let found: Vec<&CaseView> = if filter.status == Some(CaseStatus::Open) {
                self.open_cases_of(forum)
                    .filter(|view| self.passes(&view.state, filter, as_of, &words))
                    .collect()
            } else {
                self.cases_of(forum)
                    .filter(|view| self.passes(&view.state, filter, as_of, &words))
                    .collect()
            };
            return found;
        }
        let mut found: Vec<&CaseView> = self
            .cases
            .values()
            .filter(|view| self.passes(&view.state, filter, as_of, &words))
            .collect();
        found.sort_by(|a, b| {
            (a.state.forum, &a.state.number).cmp(&(b.state.forum, &b.state.number))
        });
        found
    }

    /// What is owed on one case as of a date, with due dates resolved against the forum's schedule.
    pub fn owed_on(&self, case: &CaseState, as_of: Date) -> Vec<OwedItem> {
        case.obligations()
            .into_iter()
            .map(|obligation| self.owed_item(case, obligation, as_of))
            .collect()
    }

    fn passes(&self, case: &CaseState, filter: &CaseFilter, as_of: Date, words: &[String]) -> bool {
        let party_is = |of_case: Option<&Party>, wanted: &Option<Party>| match wanted {
            Some(wanted) => {
                of_case.is_some_and(|party| self.party_matches(case.forum, party, wanted))
            }
            None => true,
        };
        filter.forum.is_none_or(|forum| case.forum == forum)
            && filter.kind.is_none_or(|kind| case.kind == kind)
            && filter.status.is_none_or(|status| case.status() == status)
            && party_is(case.raised_by.as_ref(), &filter.raised_by)
            && party_is(case.addressed_to.as_ref(), &filter.addressed_to)
            && filter
                .on_balance_list
                .is_none_or(|on| case.on_balance_list == on)
            && filter
                .meeting
                .is_none_or(|meeting| case.meetings.contains(&meeting))
            && filter.owed_by.as_ref().is_none_or(|wanted| {
                case.obligations()
                    .iter()
                    .any(|o| self.party_matches(case.forum, &o.party, wanted))
            })
            && filter.overdue.is_none_or(|overdue| {
                self.owed_on(case, as_of).iter().any(|item| item.overdue) == overdue
            })
            && matches_words(case, words)
    }
}

/// A text as the search compares it: lowercase (Å, Ä and Ö too) and single-spaced, so that line
/// breaks and double spaces in a protocol do not hide a phrase.
pub fn normalize_text(text: &str) -> String {
    text.split_whitespace()
        .map(str::to_lowercase)
        .collect::<Vec<_>>()
        .join(" ")
}

fn query_words(query: &str) -> Vec<String> {
    normalize_text(query)
        .split(' ')
        .filter(|word| !word.is_empty())
        .map(str::to_owned)
        .collect()
}

/// The fields free text looks in: title, text, answers, commitments, statements and registry
/// number. The search index (see [`crate::search`]) takes its tokens from the same fields.
pub(crate) fn searched_fields(case: &CaseState) -> impl Iterator<Item = &str> {
    [case.title.as_str(), case.text.as_str()]
        .into_iter()
        .chain(case.answers.iter().map(|a| a.text.as_str()))
        .chain(case.commitments.iter().map(|c| c.what.as_str()))
        .chain(case.statements.iter().map(|s| s.text.as_str()))
        .chain(case.registry_number.as_deref())
}

/// Whether every word occurs somewhere in the case's own words; no words matches every case.
///
/// The same as looking in the normalized text of all fields (see [`normalize_text`]): a query
/// word has no whitespace in it, so it can only occur within one field and never across the
/// spaces that normalizing collapses. Each field is lowercased once, and the search stops as
/// soon as every word is found.
fn matches_words(case: &CaseState, words: &[String]) -> bool {
    if words.is_empty() {
        return true;
    }
    let fields = searched_fields(case);
    let mut missing: Vec<&str> = words.iter().map(String::as_str).collect();
    for field in fields {
        let lower = field.to_lowercase();
        missing.retain(|word| !lower.contains(word));
        if missing.is_empty() {
            return true;
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn normalizing_lowercases_swedish_letters_and_collapses_whitespace() {
        assert_eq!(
            normalize_text("  SÄKERHET\toch\n\nÅTGÄRDER Öppna "),
            "säkerhet och åtgärder öppna"
        );
        assert_eq!(query_words("  Hot   OCH våld "), ["hot", "och", "våld"]);
        assert!(query_words(" \n ").is_empty());
    }
}
