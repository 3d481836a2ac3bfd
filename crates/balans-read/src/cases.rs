//! Finding cases (ärenden) by forum, kind, status, party, lateness, balance list, meeting and free text.

use balans_domain::{CaseFacts, CaseKind, CaseState, CaseStatus, ForumId, MeetingId, Party};
use jiff::civil::Date;

use crate::rows::{CaseRow, HeldFields};
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
    /// The forum, when the filter asks for a forum's cases or its open cases and nothing else:
    /// the indexes by number hold exactly those.
    fn forum_listing(&self) -> Option<ForumId> {
        let listing = CaseFilter {
            forum: self.forum,
            status: self.status.filter(|status| *status == CaseStatus::Open),
            ..CaseFilter::default()
        };
        (*self == listing).then_some(self.forum).flatten()
    }

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
            return self.cases_by_scan(filter, as_of);
        }
        // The index gives the cases that hold every word, in list order.
        let found = self.search.found(&words, &self.cases);
        if filter.is_text_only() {
            return found;
        }
        found
            .into_iter()
            .filter(|view| self.passes(&view.state, filter, as_of))
            .collect()
    }

    /// One page of [`Self::cases`]: how many cases pass `filter` in all, and the cases from
    /// place `skip` on, at most `first` of them.
    ///
    /// Free text alone is counted from the index and only the page's cases are read: a common
    /// word's tens of thousands of matches cost their ids, not a lookup each.
    pub fn cases_page(
        &self,
        filter: &CaseFilter,
        as_of: Date,
        skip: usize,
        first: usize,
    ) -> (usize, Vec<&CaseView>) {
        if let Some(forum) = filter.forum_listing() {
            // The most asked list of all ("what is open here"): counted from the index by
            // number, and only the page's cases read.
            let numbers = if filter.status.is_some() {
                self.open.get(&forum)
            } else {
                self.numbered.get(&forum)
            };
            let page = self
                .views(numbers.into_iter().flatten().skip(skip).take(first))
                .collect();
            return (numbers.map_or(0, |numbers| numbers.len()), page);
        }
        let words = filter.text.as_deref().map(query_words).unwrap_or_default();
        if words.is_empty() || !filter.is_text_only() {
            let found = self.cases(filter, as_of);
            let page = found.iter().skip(skip).take(first).copied().collect();
            return (found.len(), page);
        }
        let leading = self.search.leading(&words, skip.saturating_add(first));
        let page = leading
            .first
            .iter()
            .skip(skip)
            .take(first)
            .filter_map(|case| self.cases.get(case))
            .collect();
        (leading.matches, page)
    }

    /// One page of [`Self::cases`] sorted by `order`: how many cases pass `filter` in all, and
    /// the sorted list's cases from place `skip` on, at most `first` of them. Every case that
    /// passes is sorted, so the order holds across pages, however many there are.
    pub fn cases_page_sorted(
        &self,
        filter: &CaseFilter,
        as_of: Date,
        order: crate::CaseOrder,
        skip: usize,
        first: usize,
    ) -> (usize, Vec<&CaseView>) {
        let mut found = self.cases(filter, as_of);
        crate::order::sort_cases(&mut found, order);
        let page = found.iter().skip(skip).take(first).copied().collect();
        (found.len(), page)
    }

    /// [`Self::cases`] of a filter without free text (its `text` is not looked at): every case
    /// (or every case of the forum) is read.
    pub(crate) fn cases_by_scan(&self, filter: &CaseFilter, as_of: Date) -> Vec<&CaseView> {
        if let Some(forum) = filter.forum {
            // One forum's cases (or its open ones) come in number order already.
            let found: Vec<&CaseView> = if filter.status == Some(CaseStatus::Open) {
                self.open_cases_of(forum)
                    .filter(|view| self.passes(&view.state, filter, as_of))
                    .collect()
            } else {
                self.cases_of(forum)
                    .filter(|view| self.passes(&view.state, filter, as_of))
                    .collect()
            };
            return found;
        }
        let mut found: Vec<&CaseView> = self
            .cases
            .values()
            .filter(|view| self.passes(&view.state, filter, as_of))
            .collect();
        found.sort_by(|a, b| {
            (a.state.forum, &a.state.number).cmp(&(b.state.forum, &b.state.number))
        });
        found
    }

    /// Whether the case passes every part of `filter` but its free text.
    fn passes(&self, case: &CaseRow, filter: &CaseFilter, as_of: Date) -> bool {
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
/// number, of a case whole as the log holds it ([`crate::case_whole`]): the read model's cases
/// lack their text and their answers' texts. The search index (see [`crate::search`]) takes its
/// tokens from the same fields.
pub fn searched_fields(case: &CaseState) -> impl Iterator<Item = &str> {
    case.held_fields()
        .chain([case.text.as_str()])
        .chain(case.answers.iter().map(|a| a.text.as_str()))
}

/// Whether every word occurs somewhere in the fields of `case`, a case whole; no words matches
/// every case. What the search index answers, found the slow way: tests hold the index to it.
///
/// The same as looking in the normalized text of all fields (see [`normalize_text`]): a query
/// word has no whitespace in it, so it can only occur within one field and never across the
/// spaces that normalizing collapses.
#[cfg(test)]
pub(crate) fn matches_words(case: &CaseState, words: &[String]) -> bool {
    let lowered: Vec<String> = searched_fields(case).map(str::to_lowercase).collect();
    words
        .iter()
        .all(|word| lowered.iter().any(|field| field.contains(word.as_str())))
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
        app.execute_batch(commands, CommandMeta::local("test"))
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
    /// compounds, Å, Ä and Ö in both cases, registry numbers, punctuation, Greek, a title
    /// corrected so that its old words are gone, and texts corrected so that some old words
    /// stay in other fields and others are gone.
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
                // "matsalen" leaves the text; "våren" comes to it, and is in the answer too.
                Command::CorrectCase {
                    case: case(2),
                    changes: CaseCorrection {
                        text: Some("Luften är dålig i köket under våren; ΟΔΟΣ ΣΟΦΟΣ".into()),
                        ..CaseCorrection::default()
                    },
                    reason: "Fel lokal".into(),
                },
                // The title goes, and a word the text had ("friskvård") stays with the
                // commitment.
                Command::CorrectCase {
                    case: case(4),
                    changes: CaseCorrection {
                        title: Some("Motion".into()),
                        text: Some("Pengar till friskvårdsbidraget".into()),
                        ..CaseCorrection::default()
                    },
                    reason: "Ny rubrik".into(),
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
                // A text corrected to nothing loses every word it had.
                Command::CorrectCase {
                    case: case(6),
                    changes: CaseCorrection {
                        text: Some(String::new()),
                        ..CaseCorrection::default()
                    },
                    reason: "Texten hörde till ett annat ärende".into(),
                },
            ],
        );
        app
    }

    /// Query words taken from the cases' own fields: whole tokens and pieces of them (from the
    /// middle of compounds too, down to one character), in the letter case found or in capitals.
    fn sampled_queries(whole: &Whole, rng: &mut Rng, count: usize) -> Vec<String> {
        let tokens: Vec<&str> = whole
            .values()
            .flat_map(searched_fields)
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
        "matsalen",
        "köket våren",
        "luften",
        "motion",
        "friskvård",
        "pengar",
    ];

    /// Every case of a model whole, folded from the log: what the index is held to.
    type Whole = std::collections::BTreeMap<CaseId, CaseState>;

    fn whole_cases(app: &App<MemoryStore>, model: &ReadModel) -> Whole {
        model
            .cases
            .keys()
            .map(|&id| {
                let whole = crate::case_whole(app.store(), &model.cases[&id].log).expect("reads");
                (id, whole.expect("the model's case is in the log"))
            })
            .collect()
    }

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

    /// Holds the index to a scan of every case whole, its fields lowercased for the words.
    fn assert_same_as_scan(model: &ReadModel, whole: &Whole, queries: &[String]) -> usize {
        let as_of = date(2025, 6, 1);
        let ids = |views: Vec<&CaseView>| views.iter().map(|v| v.state.id).collect::<Vec<_>>();
        let mut found = 0;
        for query in queries {
            let words = query_words(query);
            for filter in filters(model, query) {
                let indexed = ids(model.cases(&filter, as_of));
                let scanned: Vec<CaseId> = ids(model.cases_by_scan(&filter, as_of))
                    .into_iter()
                    .filter(|id| matches_words(&whole[id], &words))
                    .collect();
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
        let whole = whole_cases(&app, &model);
        let mut rng = Rng::new(5);
        let mut queries: Vec<String> = QUERIES.iter().map(|q| q.to_string()).collect();
        queries.extend(sampled_queries(&whole, &mut rng, 300));
        let found = assert_same_as_scan(&model, &whole, &queries);
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
        assert!(text("matsalen").is_empty(), "corrected away from the text");
        assert_eq!(text("köket våren"), [case(2)], "the corrected text");
        assert_eq!(
            text("informerat"),
            [case(2)],
            "the answer, kept through the correction"
        );
        assert!(
            text("Friskvård ").contains(&case(4)),
            "the title went, the commitment stays"
        );
        assert_eq!(text("motion pengar"), [case(4)]);
        assert!(
            text("protokollförd").is_empty(),
            "a text corrected to nothing"
        );
        assert_eq!(text("novembe"), [case(6)], "its title stays");
        assert_eq!(
            model.search.leading(&query_words("matsalen"), 10),
            crate::search::Leading {
                matches: 0,
                first: Vec::new()
            },
            "the index holds no case under a word its fields lost"
        );
        assert_eq!(
            &*whole[&case(2)].text,
            "Luften är dålig i köket under våren; ΟΔΟΣ ΣΟΦΟΣ"
        );

        // Time travel builds its index on the same path.
        let until: Timestamp = "2025-03-20T00:00:00Z".parse().expect("timestamp");
        let earlier = ReadModel::load_until(app.store(), Some(until)).expect("loads");
        let earlier_whole = whole_cases(&app, &earlier);
        assert_same_as_scan(&earlier, &earlier_whole, &queries[..120]);
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
    fn a_page_of_a_forums_cases_is_the_page_of_the_whole_list() {
        let app = App::new(MemoryStore::new());
        balans_gen::generate_into(&app, balans_gen::Options::new(3_000, 2), |_| {})
            .expect("generated");
        let model = ReadModel::load(app.store()).expect("loads");
        let as_of = date(2025, 6, 1);
        let ids = |views: Vec<&CaseView>| views.iter().map(|v| v.state.id).collect::<Vec<_>>();
        let mut listed = 0;
        for &forum in model.forums.keys() {
            for status in [None, Some(CaseStatus::Open), Some(CaseStatus::Closed)] {
                let filter = CaseFilter {
                    forum: Some(forum),
                    status,
                    ..CaseFilter::default()
                };
                let whole = ids(model.cases(&filter, as_of));
                for (skip, first) in [(0, 50), (3, 2), (0, usize::MAX), (whole.len(), 5)] {
                    let (total, page) = model.cases_page(&filter, as_of, skip, first);
                    assert_eq!(total, whole.len(), "{filter:?}");
                    let expected: Vec<_> = whole.iter().skip(skip).take(first).copied().collect();
                    assert_eq!(ids(page), expected, "{filter:?} from {skip}");
                }
                listed += whole.len();
            }
        }
        assert!(listed > 500, "the forums have cases: {listed}");
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
