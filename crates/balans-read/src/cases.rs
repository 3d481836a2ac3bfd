//! Finding cases (ärenden) by forum, kind, status, party, lateness, balance list, meeting and free text.

use balans_domain::{CaseKind, CaseState, CaseStatus, ForumId, MeetingId, Party};
use jiff::civil::Date;
use serde::{Deserialize, Serialize};

use crate::{CaseView, ReadModel};

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

impl CaseFilter {
    /// Whether free text is all it asks (the free-text index answers such a query alone).
    fn is_text_only(&self) -> bool {
        *self
            == CaseFilter {
                text: self.text.clone(),
                ..CaseFilter::default()
            }
    }
}

impl ReadModel {
    /// The cases that pass `filter`, by forum and case number. `as_of` is the date lateness
    /// (`overdue`) is judged on.
    pub fn cases(&self, filter: &CaseFilter, as_of: Date) -> Vec<&CaseView> {
        let words = filter.text.as_deref().map(query_words).unwrap_or_default();
        if words.is_empty() {
            return self.cases_by_scan(filter, as_of, &words);
        }
        // The index gives the cases that hold every word, in list order; only cases whose
        // fields lost words since they were indexed are read again (see `search`).
        let found = self.search.found(&words, &self.cases);
        // Text alone is answered by the index: a case is read only to check it.
        let text_only = filter.is_text_only();
        found
            .into_iter()
            .filter(|found| {
                if text_only && !found.check {
                    return true;
                }
                let words: &[String] = if found.check { &words } else { &[] };
                self.passes(&found.view.state, filter, as_of, words)
            })
            .map(|found| found.view)
            .collect()
    }

    /// One page of [`Self::cases`]: how many cases pass `filter` in all, and the cases from
    /// place `skip` on, at most `first` of them.
    ///
    /// Free text alone is counted from the index and only the page's cases are read (and the
    /// few whose fields lost words since they were indexed, to check them): a common word's
    /// tens of thousands of matches cost their ids, not a lookup each.
    pub fn cases_page(
        &self,
        filter: &CaseFilter,
        as_of: Date,
        skip: usize,
        first: usize,
    ) -> (usize, Vec<&CaseView>) {
        let words = filter.text.as_deref().map(query_words).unwrap_or_default();
        if words.is_empty() || !filter.is_text_only() {
            let found = self.cases(filter, as_of);
            let page = found.iter().skip(skip).take(first).copied().collect();
            return (found.len(), page);
        }
        let leading = self.search.leading(&words, skip.saturating_add(first));
        let fails = |case: &balans_domain::CaseId| {
            !self
                .cases
                .get(case)
                .is_some_and(|view| matches_words(&view.state, &words))
        };
        let failing: Vec<balans_domain::CaseId> =
            leading.stale.iter().copied().filter(fails).collect();
        let page = leading
            .first
            .iter()
            .filter(|candidate| !failing.contains(&candidate.case))
            .skip(skip)
            .take(first)
            .filter_map(|candidate| self.cases.get(&candidate.case))
            .collect();
        (leading.matches - failing.len(), page)
    }

    /// [`Self::cases`] without the free-text index: every case (or every case of the forum)
    /// is read, its fields lowercased for the words. Tests hold the index to this.
    pub(crate) fn cases_by_scan(
        &self,
        filter: &CaseFilter,
        as_of: Date,
        words: &[String],
    ) -> Vec<&CaseView> {
        if let Some(forum) = filter.forum {
            // One forum's cases (or its open ones) come in number order already.
            let found: Vec<&CaseView> = if filter.status == Some(CaseStatus::Open) {
                self.open_cases_of(forum)
                    .filter(|view| self.passes(&view.state, filter, as_of, words))
                    .collect()
            } else {
                self.cases_of(forum)
                    .filter(|view| self.passes(&view.state, filter, as_of, words))
                    .collect()
            };
            return found;
        }
        let mut found: Vec<&CaseView> = self
            .cases
            .values()
            .filter(|view| self.passes(&view.state, filter, as_of, words))
            .collect();
        found.sort_by(|a, b| {
            (a.state.forum, &a.state.number).cmp(&(b.state.forum, &b.state.number))
        });
        found
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
                case.obligation_heads()
                    .any(|(party, _)| self.party_matches(case.forum, party, wanted))
            })
            && filter.overdue.is_none_or(|overdue| {
                self.case_obligations(case, as_of)
                    .iter()
                    .any(|item| item.overdue)
                    == overdue
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

pub(crate) fn query_words(query: &str) -> Vec<String> {
    normalize_text(query)
        .split(' ')
        .filter(|word| !word.is_empty())
        .map(str::to_owned)
        .collect()
}

/// The fields free text looks in: title, text, answers, commitments, statements and registry
/// number. The search index (see [`crate::search`]) takes its tokens from the same fields.
pub(crate) fn searched_fields(case: &CaseState) -> impl Iterator<Item = &str> {
    first_fields(case, ListLengths::of(case))
}

/// How long a case's lists of searched texts are; events add to their ends.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub(crate) struct ListLengths {
    answers: u32,
    commitments: u32,
    statements: u32,
}

impl ListLengths {
    pub(crate) fn of(case: &CaseState) -> Self {
        let length = |len: usize| u32::try_from(len).unwrap_or(u32::MAX);
        ListLengths {
            answers: length(case.answers.len()),
            commitments: length(case.commitments.len()),
            statements: length(case.statements.len()),
        }
    }

    /// Whether no list is longer here than in `now`.
    pub(crate) fn within(self, now: Self) -> bool {
        self.answers <= now.answers
            && self.commitments <= now.commitments
            && self.statements <= now.statements
    }
}

/// The case's searched fields with only the first `lists` of each list, in
/// [`searched_fields`]' order: all of them when `lists` are the case's own lengths.
pub(crate) fn first_fields(case: &CaseState, lists: ListLengths) -> impl Iterator<Item = &str> {
    [case.title.as_ref(), case.text.as_ref()]
        .into_iter()
        .chain(list_texts(case, ListLengths::default(), lists))
        .chain(case.registry_number.as_deref())
}

/// The texts the case's lists hold beyond their first `before`.
pub(crate) fn added_fields(case: &CaseState, before: ListLengths) -> impl Iterator<Item = &str> {
    list_texts(case, before, ListLengths::of(case))
}

/// The texts of each list's items from its `from` up to its `to`: answers, then commitments,
/// then statements.
fn list_texts(case: &CaseState, from: ListLengths, to: ListLengths) -> impl Iterator<Item = &str> {
    let part = |from: u32, to: u32| (from as usize, to.saturating_sub(from) as usize);
    let ((a, a_len), (c, c_len), (s, s_len)) = (
        part(from.answers, to.answers),
        part(from.commitments, to.commitments),
        part(from.statements, to.statements),
    );
    let answers = case
        .answers
        .iter()
        .skip(a)
        .take(a_len)
        .map(|a| a.text.as_ref());
    let commitments = case.commitments.iter().skip(c).take(c_len);
    let statements = case.statements.iter().skip(s).take(s_len);
    answers
        .chain(commitments.map(|c| c.what.as_ref()))
        .chain(statements.map(|s| s.text.as_ref()))
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
    use balans_app::{App, CommandMeta};
    use balans_domain::{
        CaseCorrection, CaseId, Command, CommitmentSpec, Mbl, Resolution, StatementKind,
    };
    use balans_gen::rng::Rng;
    use balans_store::MemoryStore;
    use jiff::Timestamp;
    use jiff::civil::date;
    use ulid::Ulid;

    #[test]
    fn normalizing_lowercases_swedish_letters_and_collapses_whitespace() {
        assert_eq!(
            normalize_text("  SÄKERHET\toch\n\nÅTGÄRDER Öppna "),
            "säkerhet och åtgärder öppna"
        );
        assert_eq!(query_words("  Hot   OCH våld "), ["hot", "och", "våld"]);
        assert!(query_words(" \n ").is_empty());
    }

    fn run(app: &App<MemoryStore>, commands: Vec<Command>) {
        app.execute_batch(commands, CommandMeta::new("test"))
            .expect("accepted");
    }

    fn case(n: u128) -> CaseId {
        CaseId(Ulid::from_parts(9, n))
    }

    fn party(name: &str) -> Party {
        Party::parse(name).expect("a party")
    }

    fn question(forum: ForumId, meeting: MeetingId, n: u128, title: &str, text: &str) -> Command {
        Command::RaiseQuestion {
            case: case(n),
            forum,
            meeting: Some(meeting),
            section: None,
            title: title.into(),
            text: text.into(),
            raised_by: party("Kommunal"),
            asked_by: None,
            addressed_to: party("Arbetsgivaren"),
            pre_registered: false,
            carried_over: false,
        }
    }

    /// A generated history of a few thousand events, and on top of it a forum whose cases have
    /// compounds, Å, Ä and Ö in both cases, registry numbers, punctuation, Greek, and a title
    /// corrected so that its old words are gone.
    fn searched_world() -> App<MemoryStore> {
        let app = App::new(MemoryStore::new());
        balans_gen::generate_into(&app, balans_gen::Options::new(3_000, 11), |_| {})
            .expect("generated");
        let forum = ForumId(Ulid::from_parts(9, 1_000));
        let (first, second, earlier) = (
            MeetingId(Ulid::from_parts(9, 2_001)),
            MeetingId(Ulid::from_parts(9, 2_002)),
            MeetingId(Ulid::from_parts(9, 2_003)),
        );
        let schedule = |meeting, on| Command::ScheduleMeeting {
            meeting,
            forum,
            date: on,
            time: None,
            place: None,
        };
        run(
            &app,
            vec![
                Command::CreateForum {
                    forum,
                    organization: "Söktestförvaltningen".into(),
                    name: "Sökgruppen".into(),
                    code: "SÖK".into(),
                    unions: vec![party("Kommunal"), party("Vision")],
                },
                schedule(first, date(2025, 3, 4)),
                schedule(second, date(2025, 4, 8)),
                question(
                    forum,
                    first,
                    1,
                    "Arbetsmiljöverkets inspektion av ÅTGÄRDSPLANEN",
                    "Skyddsombudet begär svar, dnr 2025:22.\n  Se även KS 2024/1234 (bilaga)",
                ),
                question(
                    forum,
                    first,
                    2,
                    "Ventilation i Ölandsskolan",
                    "Luften är DÅLIG\u{a0}i matsalen; ΟΔΟΣ ΣΟΦΟΣ",
                ),
                question(forum, first, 3, "Gammal rubrik om överbeläggning", ""),
                Command::OpenCase {
                    case: case(4),
                    forum,
                    kind: CaseKind::Commitment,
                    meeting: Some(first),
                    section: None,
                    title: "Friskvård".into(),
                    text: String::new(),
                },
                Command::MakeCommitment {
                    case: case(4),
                    meeting: Some(first),
                    spec: CommitmentSpec {
                        by: Party::Employer,
                        person: None,
                        to: None,
                        what: "Återkomma om friskvårdsbidraget".into(),
                        due_label: Some("nästa möte".into()),
                        due_date: None,
                    },
                },
                Command::RegisterBoardMatter {
                    case: case(5),
                    forum,
                    meeting: Some(first),
                    section: None,
                    title: "Budget".into(),
                    text: String::new(),
                    registry_number: Some("HÄ 2024/773".into()),
                    mbl: Some(Mbl::Negotiation11),
                },
                Command::RecordStatement {
                    case: case(5),
                    meeting: Some(first),
                    party: party("Vision"),
                    kind: StatementKind::Statement,
                    text: "Vision yrkar på översyn av bemanningen i sommar.".into(),
                },
                Command::CorrectCase {
                    case: case(3),
                    changes: CaseCorrection {
                        title: Some("Ny rubrik om beläggning".into()),
                        ..CaseCorrection::default()
                    },
                    reason: "Fel rubrik".into(),
                },
                Command::AnswerQuestion {
                    case: case(2),
                    meeting: Some(second),
                    by: Party::Employer,
                    person: None,
                    text: "Åtgärdas under våren; Arbetsmiljöverket är informerat.".into(),
                    commitment: None,
                },
                Command::CloseCase {
                    case: case(1),
                    meeting: Some(second),
                    resolution: Resolution::Withdrawn,
                    note: None,
                },
                // An older protocol recorded late: its case is numbered in its own year, ahead
                // of the cases opened before it.
                schedule(earlier, date(2024, 11, 5)),
                question(
                    forum,
                    earlier,
                    6,
                    "Arbetsmiljöronden i november",
                    "Sent protokollförd",
                ),
            ],
        );
        app
    }

    /// Query words taken from the cases' own fields: whole tokens and pieces of them (from the
    /// middle of compounds too, down to one character), in the letter case found or in capitals.
    fn sampled_queries(model: &ReadModel, rng: &mut Rng, count: usize) -> Vec<String> {
        let tokens: Vec<&str> = model
            .cases
            .values()
            .flat_map(|view| searched_fields(&view.state))
            .flat_map(str::split_whitespace)
            .collect();
        let piece = |rng: &mut Rng| {
            let chars: Vec<char> = rng.pick(&tokens).chars().collect();
            let start = rng.below(chars.len() as u64) as usize;
            let len = match rng.below(4) {
                0 => 1,
                1 => 2,
                _ => 1 + rng.below((chars.len() - start) as u64) as usize,
            };
            let piece: String = chars[start..(start + len).min(chars.len())]
                .iter()
                .collect();
            if rng.percent(30) {
                piece.to_uppercase()
            } else {
                piece
            }
        };
        (0..count)
            .map(|_| {
                let words = 1 + rng.below(3);
                (0..words).map(|_| piece(rng)).collect::<Vec<_>>().join(" ")
            })
            .collect()
    }

    const QUERIES: &[&str] = &[
        "arbetsmiljö",
        "ARBETSMILJÖVERKET",
        "miljöverk",
        "verkets",
        "åtgärd",
        "ÅTGÄRDSPLANEN inspektion",
        "2025:22",
        "2025:22.",
        "dnr",
        "DNR 2025",
        "ks 2024/1234",
        "(bilaga)",
        "hä 2024/773",
        "HÄ",
        "ä",
        "Ö",
        "å",
        "a",
        "s",
        "ss",
        "ön",
        "ölandsskolan",
        "LANDSSKOL",
        "dålig matsalen",
        "οδος",
        "ΣΟΦΟΣ",
        "σοφοσ",
        "överbeläggning",
        "gammal",
        "ny rubrik beläggning",
        "friskvårdsbidraget återkomma",
        "bemanning sommar",
        "bemanning sommaren",
        "skyddsombuden riskbedömning",
        "ventilation",
        "xyzzy",
        "qq",
        "ventilation xyzzy",
        "z",
    ];

    fn filters(model: &ReadModel, text: &str) -> Vec<CaseFilter> {
        let text = Some(text.to_string());
        let mut filters = vec![
            CaseFilter {
                text: text.clone(),
                ..CaseFilter::default()
            },
            CaseFilter {
                text: text.clone(),
                kind: Some(CaseKind::Question),
                status: Some(CaseStatus::Answered),
                ..CaseFilter::default()
            },
        ];
        for &forum in model.forums.keys().take(3) {
            filters.push(CaseFilter {
                text: text.clone(),
                forum: Some(forum),
                ..CaseFilter::default()
            });
            filters.push(CaseFilter {
                text: text.clone(),
                forum: Some(forum),
                status: Some(CaseStatus::Open),
                ..CaseFilter::default()
            });
        }
        filters
    }

    fn assert_same_as_scan(model: &ReadModel, queries: &[String]) -> usize {
        let as_of = date(2025, 6, 1);
        let ids = |views: Vec<&CaseView>| views.iter().map(|v| v.state.id).collect::<Vec<_>>();
        let mut found = 0;
        for query in queries {
            let words = query_words(query);
            for filter in filters(model, query) {
                let indexed = ids(model.cases(&filter, as_of));
                let scanned = ids(model.cases_by_scan(&filter, as_of, &words));
                assert_eq!(indexed, scanned, "{query:?} with {filter:?}");
                // Every page agrees with the whole list, and counts it whole.
                for (skip, first) in [(0, 3), (2, 5), (0, 500), (scanned.len(), 5)] {
                    let (total, page) = model.cases_page(&filter, as_of, skip, first);
                    assert_eq!(total, scanned.len(), "{query:?} with {filter:?}");
                    let expected: Vec<_> = scanned.iter().skip(skip).take(first).copied().collect();
                    assert_eq!(ids(page), expected, "{query:?} with {filter:?} from {skip}");
                }
                found += indexed.len();
            }
        }
        found
    }

    #[test]
    fn the_index_finds_exactly_what_the_scan_finds_in_the_same_order() {
        let app = searched_world();
        let model = ReadModel::load(app.store()).expect("loads");
        let mut rng = Rng::new(5);
        let mut queries: Vec<String> = QUERIES.iter().map(|q| q.to_string()).collect();
        queries.extend(sampled_queries(&model, &mut rng, 300));
        let found = assert_same_as_scan(&model, &queries);
        assert!(found > 1_000, "the queries find something: {found}");

        // The search forum's own cases (the generated ones have compounds of their own).
        let text = |query: &str| {
            let filter = CaseFilter {
                text: Some(query.into()),
                forum: Some(ForumId(Ulid::from_parts(9, 1_000))),
                ..CaseFilter::default()
            };
            model
                .cases(&filter, date(2025, 6, 1))
                .iter()
                .map(|v| v.state.id)
                .collect::<Vec<_>>()
        };
        assert_eq!(
            text("arbetsmiljö"),
            [case(6), case(1), case(2)],
            "in compounds, by number: SÖK 2024:1 before SÖK 2025:1"
        );
        assert_eq!(text("2025:22"), [case(1)]);
        assert_eq!(
            text("σοφος"),
            [case(2)],
            "Greek capitals lowercase too, final sigma and all"
        );
        assert!(text("överbeläggning").is_empty(), "corrected away");
        assert_eq!(text("BELÄGGNING"), [case(3)]);
        let stale = model.search.leading(&query_words("överbeläggning"), 10);
        assert_eq!(stale.stale, [case(3)]);
        assert_eq!(
            stale.first,
            [crate::search::Candidate {
                case: case(3),
                check: true
            }],
            "the corrected case is still a candidate for its old words, and is checked"
        );

        // Time travel builds its index on the same path.
        let until: Timestamp = "2025-03-20T00:00:00Z".parse().expect("timestamp");
        let earlier = ReadModel::load_until(app.store(), Some(until)).expect("loads");
        assert_same_as_scan(&earlier, &queries[..120]);
        let earlier_text = |query: &str| {
            let filter = CaseFilter {
                text: Some(query.into()),
                forum: Some(ForumId(Ulid::from_parts(9, 1_000))),
                ..CaseFilter::default()
            };
            earlier.cases(&filter, date(2025, 6, 1)).len()
        };
        assert_eq!(earlier_text("friskvårdsbidraget"), 1);
        assert_eq!(earlier_text("informerat"), 0, "answered in April");
    }

    #[test]
    fn an_index_snapshot_answers_as_the_index_did() {
        let app = searched_world();
        let model = ReadModel::load(app.store()).expect("loads");
        let json = serde_json::to_string(&model.search).expect("serializes");
        let back: crate::search::SearchIndex = serde_json::from_str(&json).expect("deserializes");
        for query in QUERIES {
            let words = query_words(query);
            assert_eq!(
                model.search.leading(&words, usize::MAX),
                back.leading(&words, usize::MAX)
            );
        }
    }
}
