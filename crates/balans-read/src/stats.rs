//! Statistics per party for dashboards: what is open, answered and overdue, how long answers take, and broken promises.

use std::collections::BTreeMap;

use balans_domain::{CaseId, CaseKind, CaseNumber, CaseStatus, ForumId, ObligationKind, Party};
use jiff::civil::Date;
use serde::{Deserialize, Serialize};

use crate::{CaseRow, ReadModel};

/// Questions (frågor) addressed to a party.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct QuestionCounts {
    /// The party owes an answer now (obesvarade).
    pub open: u32,
    /// The party has answered at least once (besvarade); a follow-up can make one open again too.
    pub answered: u32,
    /// The answer the party owes is past its due (försenade). A promise made in an answer is
    /// a commitment, and counted with the commitments when it is late, not here.
    pub overdue: u32,
}

/// Commitments (åtaganden) a party made.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct CommitmentCounts {
    /// Not yet fulfilled, on a case that is not closed (öppna).
    pub open: u32,
    /// Fulfilled (uppfyllda).
    pub fulfilled: u32,
    /// Open and past due (försenade).
    pub overdue: u32,
    /// Open, with a due no rule turns into a date ("kommande utbildningar"): never overdue,
    /// so counted apart to stay in sight (utan datum).
    pub undated: u32,
}

/// How many days something took, over the cases counted.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct DaysSummary {
    /// How many were measured.
    pub samples: u32,
    /// The median (nearest rank: the lower middle one of an even count); `None` without samples.
    pub median: Option<i32>,
    /// The 90th percentile (nearest rank); `None` without samples.
    pub p90: Option<i32>,
}

/// Broken promises (svikna löften): how long open matters have waited and how often promises moved.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct BrokenPromises {
    /// Over the open matters where the party owes something: the forum meetings each has waited,
    /// added up.
    pub meetings_waited: u32,
    /// How often the party's commitments were renewed (förnyade).
    pub renewals: u32,
    /// How often a renewal moved the due later (uppskjutna).
    pub postponements: u32,
}

/// The figures of one party. Parties are counted as recorded: what "Fackliga organisationerna"
/// owe together is theirs, not each union's.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct PartyStats {
    pub party: Party,
    /// Questions addressed to the party.
    pub questions: QuestionCounts,
    /// Commitments the party made.
    pub commitments: CommitmentCounts,
    /// Days from a question being raised to its first answer (svarstid), for questions addressed to the party.
    pub days_to_answer: DaysSummary,
    /// Days from a commitment being made to its fulfilment, for the party's commitments.
    pub days_to_fulfil: DaysSummary,
    pub broken_promises: BrokenPromises,
}

/// An open matter and how many meetings of its forum it has waited.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct MatterWait {
    pub case: CaseId,
    /// The case's short number (ärendenummer), e.g. `FG 2025:7`.
    pub number: CaseNumber,
    pub title: String,
    pub forum: ForumId,
    /// When the case was opened.
    pub opened: Date,
    /// Who owes something on it now; empty when it is open only by being on the balance list
    /// or (a board matter) by having no outcome yet.
    pub owed_by: Vec<Party>,
    /// Meetings of its forum dated after the case was opened, up to the "as of" date.
    pub meetings_waited: u32,
}

/// The counts of one forum, for a dashboard's row per forum.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct ForumCounts {
    pub forum: ForumId,
    /// Cases that need follow-up (öppna ärenden): something owed, on the balance list, or a
    /// board matter without an outcome.
    pub cases_open: u32,
    /// Questions that need follow-up (öppna frågor).
    pub questions_open: u32,
    /// Answers owed now (obesvarade frågor).
    pub answers_owed: u32,
    /// Unfulfilled commitments (öppna åtaganden), of which overdue and without a date.
    pub commitments_open: u32,
    pub commitments_overdue: u32,
    pub commitments_undated: u32,
}

/// How long the questions a party asked waited for their first answer.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct AskerStats {
    /// The party that asked (raised the questions).
    pub party: Party,
    /// Questions it asked.
    pub questions_asked: u32,
    /// Of them, answered at least once.
    pub questions_answered: u32,
    /// Days from each question to its first answer.
    pub days_to_answer: DaysSummary,
}

/// Statistics over the cases chosen (statistik).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Stats {
    /// One row per party that was asked, made a commitment or owes something, in party order
    /// (Arbetsgivaren, Fackliga organisationerna, then each union by name).
    pub parties: Vec<PartyStats>,
    /// One row per forum with a chosen case, in the forums' order.
    pub forums: Vec<ForumCounts>,
    /// One row per party that asked a chosen question, in party order.
    pub askers: Vec<AskerStats>,
    /// Every open matter, the one that has waited the most meetings first.
    pub waiting: Vec<MatterWait>,
}

/// Counts gathered for one party; its durations come from a [`DaysIndex`].
#[derive(Default)]
struct Tally {
    questions: QuestionCounts,
    commitments: CommitmentCounts,
    broken_promises: BrokenPromises,
}

impl ReadModel {
    /// Statistics over the cases of `forum` (or every forum) opened from `from` to `to`, both
    /// included (either end open when `None`); lateness and waiting are judged as of `as_of`.
    pub fn stats(
        &self,
        forum: Option<ForumId>,
        from: Option<Date>,
        to: Option<Date>,
        as_of: Date,
    ) -> Stats {
        let mut tallies: BTreeMap<Party, Tally> = BTreeMap::new();
        let mut forums: BTreeMap<ForumId, ForumCounts> = BTreeMap::new();
        let mut askers: BTreeMap<Party, (u32, u32, BTreeMap<i32, u32>)> = BTreeMap::new();
        let mut waiting = Vec::new();
        // Over every case the durations are the model's own; otherwise counted here.
        let everything = forum.is_none() && from.is_none() && to.is_none();
        let mut chosen_days = DaysIndex::default();
        for case in self.chosen_cases(forum, from, to) {
            if !everything {
                chosen_days.count(&DaysOfCase::of(case), true);
            }
            let owed = self.case_obligations(case, as_of);
            let open = case.status() == CaseStatus::Open;
            let row = forums.entry(case.forum).or_insert(ForumCounts {
                forum: case.forum,
                cases_open: 0,
                questions_open: 0,
                answers_owed: 0,
                commitments_open: 0,
                commitments_overdue: 0,
                commitments_undated: 0,
            });
            row.cases_open += u32::from(open);
            row.questions_open += u32::from(open && case.kind == CaseKind::Question);
            for item in &owed {
                match item.obligation.kind {
                    ObligationKind::Answer => row.answers_owed += 1,
                    ObligationKind::Commitment => {
                        row.commitments_open += 1;
                        row.commitments_overdue += u32::from(item.overdue);
                        row.commitments_undated += u32::from(item.is_undated());
                    }
                }
            }
            if case.kind == CaseKind::Question
                && let Some(asker) = &case.raised_by
            {
                let (asked, answered, days) = askers.entry(asker.clone()).or_default();
                *asked += 1;
                if let Some(waited) = days_to_first_answer(case) {
                    *answered += 1;
                    *days.entry(waited).or_default() += 1;
                }
            }
            if case.kind == CaseKind::Question
                && let Some(addressed) = &case.addressed_to
            {
                let tally = tallies.entry(addressed.clone()).or_default();
                if owed
                    .iter()
                    .any(|item| item.obligation.kind == ObligationKind::Answer)
                {
                    tally.questions.open += 1;
                }
                if !case.answers.is_empty() {
                    tally.questions.answered += 1;
                }
                let late = owed.iter().any(|item| {
                    item.overdue
                        && item.obligation.kind == ObligationKind::Answer
                        && self.party_matches(case.forum, &item.obligation.party, addressed)
                });
                if late {
                    tally.questions.overdue += 1;
                }
            }
            for commitment in &case.commitments {
                let tally = tallies.entry(commitment.by.clone()).or_default();
                tally.broken_promises.renewals += commitment.renewals;
                tally.broken_promises.postponements += commitment.postponements;
                if commitment.fulfilled.is_some() {
                    tally.commitments.fulfilled += 1;
                }
                let open = owed
                    .iter()
                    .find(|item| item.obligation.commitment == Some(commitment.number));
                if let Some(item) = open {
                    tally.commitments.open += 1;
                    if item.overdue {
                        tally.commitments.overdue += 1;
                    }
                    if item.is_undated() {
                        tally.commitments.undated += 1;
                    }
                }
            }
            if open {
                let meetings_waited = self.meetings_waited(case.forum, case.opened.on, as_of);
                let mut owed_by: Vec<Party> = owed
                    .iter()
                    .map(|item| item.obligation.party.clone())
                    .collect();
                owed_by.sort();
                owed_by.dedup();
                for party in &owed_by {
                    tallies
                        .entry(party.clone())
                        .or_default()
                        .broken_promises
                        .meetings_waited += meetings_waited;
                }
                waiting.push(MatterWait {
                    case: case.id,
                    number: case.number.clone(),
                    title: case.title.to_string(),
                    forum: case.forum,
                    opened: case.opened.on,
                    owed_by,
                    meetings_waited,
                });
            }
        }
        waiting.sort_by(|a, b| {
            b.meetings_waited
                .cmp(&a.meetings_waited)
                .then_with(|| (a.forum, &a.number).cmp(&(b.forum, &b.number)))
        });
        let days = if everything { &self.days } else { &chosen_days };
        let parties = tallies
            .into_iter()
            .map(|(party, tally)| {
                let (days_to_answer, days_to_fulfil) = days.summary_of(&party);
                PartyStats {
                    party,
                    questions: tally.questions,
                    commitments: tally.commitments,
                    days_to_answer,
                    days_to_fulfil,
                    broken_promises: tally.broken_promises,
                }
            })
            .collect();
        let askers = askers
            .into_iter()
            .map(|(party, (asked, answered, days))| AskerStats {
                party,
                questions_asked: asked,
                questions_answered: answered,
                days_to_answer: summarize_counted(&days),
            })
            .collect();
        Stats {
            parties,
            forums: forums.into_values().collect(),
            askers,
            waiting,
        }
    }

    /// Meetings of the forum dated after `opened` and no later than `as_of`: the meetings a matter
    /// opened on `opened` has been carried through without being resolved.
    fn meetings_waited(&self, forum: ForumId, opened: Date, as_of: Date) -> u32 {
        u32::try_from(self.meetings_between(forum, opened, as_of)).unwrap_or(u32::MAX)
    }
}

/// How many days each party's answers and fulfilments took, over every case of the model, with
/// how many questions each was asked and commitments each made (what puts a party in
/// [`Stats::parties`]): kept as events are applied, so that the durations over everything
/// ([`ReadModel::days_by_party`] with no forum or dates) are read without visiting every case.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub(crate) struct DaysIndex {
    parties: BTreeMap<Party, PartyDays>,
}

/// One party's part of [`DaysIndex`]: counts, and samples as days → how many took that long.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
struct PartyDays {
    questions: u32,
    commitments: u32,
    to_answer: BTreeMap<i32, u32>,
    to_fulfil: BTreeMap<i32, u32>,
}

impl PartyDays {
    fn is_empty(&self) -> bool {
        self.questions == 0 && self.commitments == 0
    }
}

/// What one case adds to a [`DaysIndex`]: the party its question is addressed to with the days
/// to its first answer, and each commitment's maker with the days to its fulfilment.
#[derive(Debug, Default, PartialEq, Eq)]
pub(crate) struct DaysOfCase {
    question: Option<(Party, Option<i32>)>,
    commitments: Vec<(Party, Option<i32>)>,
}

/// Days from a question being raised to its first answer (svarstid), if it was answered.
fn days_to_first_answer(case: &CaseRow) -> Option<i32> {
    case.answers
        .first()
        .map(|first| (first.at.on - case.opened.on).get_days())
}

impl DaysOfCase {
    pub(crate) fn of(case: &CaseRow) -> Self {
        let question = match (&case.kind, &case.addressed_to) {
            (CaseKind::Question, Some(addressed)) => {
                Some((addressed.clone(), days_to_first_answer(case)))
            }
            _ => None,
        };
        let commitments = case
            .commitments
            .iter()
            .map(|c| {
                let days = c.fulfilled.map(|f| (f.on - c.made.on).get_days());
                (c.by.clone(), days)
            })
            .collect();
        DaysOfCase {
            question,
            commitments,
        }
    }
}

impl DaysIndex {
    /// A party's days to answer and to fulfil (no samples for a party it does not know).
    fn summary_of(&self, party: &Party) -> (DaysSummary, DaysSummary) {
        let empty = BTreeMap::new();
        let days = self.parties.get(party);
        let (to_answer, to_fulfil) =
            days.map_or((&empty, &empty), |d| (&d.to_answer, &d.to_fulfil));
        (summarize_counted(to_answer), summarize_counted(to_fulfil))
    }

    fn summaries(&self) -> Vec<PartyDaysSummary> {
        self.parties
            .iter()
            .map(|(party, days)| PartyDaysSummary {
                party: party.clone(),
                days_to_answer: summarize_counted(&days.to_answer),
                days_to_fulfil: summarize_counted(&days.to_fulfil),
            })
            .collect()
    }

    /// Adds a case's samples, or takes them away again (`add` false).
    pub(crate) fn count(&mut self, case: &DaysOfCase, add: bool) {
        let step = |count: &mut u32| {
            *count = if add {
                count.saturating_add(1)
            } else {
                count.saturating_sub(1)
            };
        };
        let sample = |samples: &mut BTreeMap<i32, u32>, days: i32| {
            let count = samples.entry(days).or_default();
            step(count);
            if *count == 0 {
                samples.remove(&days);
            }
        };
        let mut touched: Vec<&Party> = Vec::new();
        if let Some((party, days)) = &case.question {
            let entry = self.parties.entry(party.clone()).or_default();
            step(&mut entry.questions);
            if let Some(days) = days {
                sample(&mut entry.to_answer, *days);
            }
            touched.push(party);
        }
        for (party, days) in &case.commitments {
            let entry = self.parties.entry(party.clone()).or_default();
            step(&mut entry.commitments);
            if let Some(days) = days {
                sample(&mut entry.to_fulfil, *days);
            }
            touched.push(party);
        }
        if !add {
            for party in touched {
                if self.parties.get(party).is_some_and(PartyDays::is_empty) {
                    self.parties.remove(party);
                }
            }
        }
    }
}

/// One party's durations: days to answer and days to fulfil.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct PartyDaysSummary {
    pub party: Party,
    pub days_to_answer: DaysSummary,
    pub days_to_fulfil: DaysSummary,
}

impl ReadModel {
    /// The durations of [`Self::stats`] alone, for the same parties in the same order: what a
    /// dashboard of answer and fulfilment times asks. Over every case (no forum, no dates) they
    /// are read from what the model keeps per party instead of from every case.
    pub fn days_by_party(
        &self,
        forum: Option<ForumId>,
        from: Option<Date>,
        to: Option<Date>,
    ) -> Vec<PartyDaysSummary> {
        if forum.is_none() && from.is_none() && to.is_none() {
            return self.days.summaries();
        }
        let mut chosen = DaysIndex::default();
        for case in self.chosen_cases(forum, from, to) {
            chosen.count(&DaysOfCase::of(case), true);
        }
        chosen.summaries()
    }

    /// The cases of `forum` (or every forum) opened from `from` to `to`, both included.
    fn chosen_cases(
        &self,
        forum: Option<ForumId>,
        from: Option<Date>,
        to: Option<Date>,
    ) -> Box<dyn Iterator<Item = &CaseRow> + '_> {
        let opened_within = move |case: &&CaseRow| {
            from.is_none_or(|from| case.opened.on >= from)
                && to.is_none_or(|to| case.opened.on <= to)
        };
        match forum {
            Some(forum) => Box::new(
                self.cases_of(forum)
                    .map(|view| &view.state)
                    .filter(opened_within),
            ),
            None => Box::new(
                self.cases
                    .values()
                    .map(|view| &view.state)
                    .filter(opened_within),
            ),
        }
    }
}

/// The median and 90th percentile of samples counted by value (days → how many took that
/// long), by nearest rank: the smallest sample with at least that share of the samples at or
/// below it. Chosen over interpolation so that every figure shown is a real case's number of
/// days.
fn summarize_counted(samples: &BTreeMap<i32, u32>) -> DaysSummary {
    let count: u64 = samples.values().map(|&n| u64::from(n)).sum();
    let at_rank = |percent: u64| {
        let rank = (percent * count).div_ceil(100).max(1);
        let mut seen = 0;
        samples.iter().find_map(|(&days, &n)| {
            seen += u64::from(n);
            (seen >= rank).then_some(days)
        })
    };
    DaysSummary {
        samples: u32::try_from(count).unwrap_or(u32::MAX),
        median: at_rank(50),
        p90: at_rank(90),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn summarize_days(days: &[i32]) -> DaysSummary {
        let mut counted: BTreeMap<i32, u32> = BTreeMap::new();
        for &day in days {
            *counted.entry(day).or_default() += 1;
        }
        summarize_counted(&counted)
    }

    #[test]
    fn nearest_rank_percentiles() {
        let at = |days: &[i32]| {
            let summary = summarize_days(days);
            (summary.median, summary.p90)
        };
        assert_eq!(at(&[]), (None, None));
        assert_eq!(at(&[7]), (Some(7), Some(7)));
        assert_eq!(at(&[56, 0, 28]), (Some(28), Some(56)));
        assert_eq!(at(&[20, 10]), (Some(10), Some(20)));
        let ten: Vec<i32> = (1..=10).rev().collect();
        assert_eq!(at(&ten), (Some(5), Some(9)));
        assert_eq!(
            at(&[3, 3, 3, 9]),
            (Some(3), Some(9)),
            "repeated samples count each"
        );
        assert_eq!(summarize_days(&[3, 3, 9]).samples, 3);
    }
}
