//! The who-owes rules, written once over what they read of a case ([`CaseFacts`]).
//!
//! The domain's [`crate::CaseState`] and a read model's own row of a case both implement
//! [`CaseFacts`], so a case's obligations and status are derived by the same code whichever of
//! the two holds it.

use crate::due::Due;
use crate::event::{CaseKind, Occurrence};
use crate::ids::CaseId;
use crate::party::Party;
use crate::state::{CaseStatus, Obligation, ObligationKind};

/// The answer a party owes on a question, as the rules read it.
#[derive(Debug, Clone, Copy)]
pub struct OwedAnswerFacts<'a> {
    pub by: &'a Party,
    pub since: Occurrence,
    /// A follow-up's own text, or `None` when the question itself (the case's title) is owed.
    pub follow_up: Option<&'a str>,
}

/// A commitment (åtagande), as the rules read it.
#[derive(Debug, Clone, Copy)]
pub struct CommitmentFacts<'a> {
    pub number: u32,
    pub by: &'a Party,
    pub person: Option<&'a str>,
    pub to: Option<&'a Party>,
    pub what: &'a str,
    pub due: &'a Due,
    pub made: Occurrence,
    pub fulfilled: Option<Occurrence>,
}

/// What the who-owes rules read of a case. The provided methods are the rules.
pub trait CaseFacts {
    fn case_id(&self) -> CaseId;
    fn case_kind(&self) -> CaseKind;
    /// The title as it reads now: what an owed answer to the question itself is owed on.
    fn case_title(&self) -> &str;
    /// Who raised the question, to whom its answer is owed.
    fn case_raised_by(&self) -> Option<&Party>;
    fn is_closed(&self) -> bool;
    fn is_on_balance_list(&self) -> bool;
    /// Whether any answer was recorded.
    fn has_answers(&self) -> bool;
    fn owed_answer(&self) -> Option<OwedAnswerFacts<'_>>;
    /// The case's commitments, in the order they were made.
    fn commitment_facts(&self) -> impl Iterator<Item = CommitmentFacts<'_>>;

    /// Everything owed on this case now: nothing once closed; otherwise the owed answer
    /// (if any) and every unfulfilled commitment.
    fn obligations(&self) -> Vec<Obligation> {
        owed(self).map(|owed| obligation(self, owed)).collect()
    }

    /// The `slot`th of [`Self::obligations`], built alone.
    fn obligation_at(&self, slot: usize) -> Option<Obligation> {
        owed(self).nth(slot).map(|owed| obligation(self, owed))
    }

    /// Who owes each of [`Self::obligations`] and since when, in the same order, without
    /// building them: what an index of who owes what keeps up to date on every event.
    fn obligation_heads(&self) -> impl Iterator<Item = (&Party, Occurrence)> {
        owed(self).map(|owed| match owed {
            Owed::Answer(answer) => (answer.by, answer.since),
            Owed::Commitment(commitment) => (commitment.by, commitment.made),
        })
    }

    /// Where the case stands, by the ball-in-court rules. A case is open (öppet: it needs
    /// follow-up) while anything is owed on it (an answer, or a promise not yet kept, the
    /// promises of an answer included), while it is on the balance list, and (board matters,
    /// statements, negotiations) until it is closed with an outcome. Otherwise it is answered
    /// (besvarat): the question answered, or every commitment of a commitment case fulfilled.
    fn status(&self) -> CaseStatus {
        if self.is_closed() {
            return CaseStatus::Closed;
        }
        let promise_open = self.commitment_facts().any(|c| c.fulfilled.is_none());
        if self.owed_answer().is_some() || self.is_on_balance_list() || promise_open {
            return CaseStatus::Open;
        }
        let settled = match self.case_kind() {
            CaseKind::Question => self.has_answers(),
            CaseKind::Commitment => self.commitment_facts().next().is_some(),
            CaseKind::BoardMatter | CaseKind::Statement | CaseKind::Negotiation => false,
        };
        if settled {
            CaseStatus::Answered
        } else {
            CaseStatus::Open
        }
    }
}

/// One thing a case owes, as the case holds it.
#[derive(Clone, Copy)]
enum Owed<'a> {
    Answer(OwedAnswerFacts<'a>),
    Commitment(CommitmentFacts<'a>),
}

/// What is owed now, in the order of [`CaseFacts::obligations`]; the one place that decides it.
fn owed<C: CaseFacts + ?Sized>(case: &C) -> impl Iterator<Item = Owed<'_>> {
    let open = !case.is_closed();
    let answer = case.owed_answer().filter(|_| open).map(Owed::Answer);
    let commitments = case
        .commitment_facts()
        .filter(move |c| open && c.fulfilled.is_none())
        .map(Owed::Commitment);
    answer.into_iter().chain(commitments)
}

fn obligation<C: CaseFacts + ?Sized>(case: &C, owed: Owed<'_>) -> Obligation {
    match owed {
        Owed::Answer(answer) => Obligation {
            case: case.case_id(),
            kind: ObligationKind::Answer,
            commitment: None,
            party: answer.by.clone(),
            person: None,
            to: case.case_raised_by().cloned(),
            what: answer.follow_up.unwrap_or(case.case_title()).to_owned(),
            since: answer.since,
            due: Due::none(),
        },
        Owed::Commitment(c) => Obligation {
            case: case.case_id(),
            kind: ObligationKind::Commitment,
            commitment: Some(c.number),
            party: c.by.clone(),
            person: c.person.map(str::to_owned),
            to: c.to.cloned(),
            what: c.what.to_owned(),
            since: c.made,
            due: c.due.clone(),
        },
    }
}
