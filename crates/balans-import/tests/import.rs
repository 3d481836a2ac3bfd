//! End-to-end tests of the importer: the seed protocols scored against their labels, bad input, committing with links across meetings, and a bounded property test that reading never panics.

use std::path::PathBuf;

fn fixtures() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../tests/fixtures")
}

#[test]
fn seeds_score_above_the_thresholds() {
    score_dir("protocols");
}

/// Two protocols written by hand in other layouts than the seeds (a skyddskommitté with
/// "Party: names" attendance and "Fråga från …: / Svar:", an LSG with an MBL §11 list whose
/// titles come before their registry numbers): the rules are not the seeds' sentences.
#[test]
fn protocols_in_other_layouts_score_above_the_thresholds() {
    score_dir("protocols-extra");
}

fn score_dir(name: &str) {
    let dir = fixtures().join(name);
    let (scores, totals) = balans_import::eval::evaluate_dir(&dir, |path| {
        balans_import::read_path(path).map_err(|e| e.to_string())
    })
    .expect("the fixture directory is readable");
    for score in &scores {
        println!("{}", score.line());
        for note in &score.notes {
            println!("    {note}");
        }
    }
    println!("{}", totals.line());
    assert!(totals.files >= 2);
    assert!(totals.recall() >= 0.95, "{}", totals.line());
    assert!(totals.precision() >= 0.90, "{}", totals.line());
    assert!(totals.fields() >= 0.90, "{}", totals.line());
    assert!(totals.meeting() >= 0.90, "{}", totals.line());
}

use balans_app::{App, FixedClock};
use balans_domain::{Party, StreamRef};
use balans_import::{ImportOptions, ItemKind, LinkAction, ReadError, import_text};
use balans_read::{ObligationFilter, ReadModel};
use balans_store::{EventStore, MemoryStore};
use jiff::civil::date;

fn seed(name: &str) -> String {
    std::fs::read_to_string(fixtures().join("protocols").join(name)).expect("seed protocol")
}

fn app() -> App<MemoryStore> {
    let now = "2025-03-20T12:00:00Z".parse().expect("timestamp");
    App::with_clock(MemoryStore::new(), Box::new(FixedClock(now)))
}

const SEED_2023: &str = "003_9ba086790e9c5e66.txt";
const SEED_2025: &str = "004_5bdb85c66693e9e6.txt";

#[test]
fn the_seeds_import_into_a_fresh_database_as_the_demo_would() {
    let app = app();
    let (draft, first) = import_text(&app, &seed(SEED_2023), &ImportOptions::default()).unwrap();
    assert!(first.forum_created);
    assert_eq!(first.linked, 0);
    assert_eq!(
        first.opened, 4,
        "two promises, a board matter (with its statement), a question: {first:?}"
    );
    let (_, second) = import_text(&app, &seed(SEED_2025), &ImportOptions::default()).unwrap();
    assert!(
        second.forum_created,
        "another organization's forum is a forum of its own"
    );
    let model = ReadModel::load(app.store()).unwrap();
    assert_eq!(model.forums.len(), 2);
    assert_eq!(model.meetings.len(), 2);
    // Kommunal's statement belongs to the board matter, not to a case of its own.
    let statement = draft
        .items
        .iter()
        .find(|i| i.kind == ItemKind::Statement)
        .unwrap();
    assert!(statement.belongs_to.is_some());
    let with_statement = model
        .cases
        .values()
        .find(|c| !c.state.statements.is_empty())
        .unwrap();
    assert_eq!(
        with_statement.state.kind,
        balans_domain::CaseKind::BoardMatter
    );
    // The unions owe an answer by the next meeting; the employer owes what it promised.
    let owed = model.obligations(&ObligationFilter::default(), date(2025, 1, 20));
    assert!(owed.iter().any(|o| o.obligation.party == Party::AllUnions));
    assert!(
        owed.iter()
            .any(|o| o.obligation.due.label.as_deref() == Some("under vintern"))
    );
}

#[test]
fn importing_the_same_protocol_twice_is_refused_unless_forced() {
    let app = app();
    import_text(&app, &seed(SEED_2025), &ImportOptions::default()).unwrap();
    let head = app.store().head_position().unwrap();
    let again = import_text(&app, &seed(SEED_2025), &ImportOptions::default());
    let error = again.expect_err("a second import of the same meeting is refused");
    assert!(
        error
            .to_string()
            .contains("already has a meeting on 2025-01-14"),
        "{error}"
    );
    assert_eq!(
        app.store().head_position().unwrap(),
        head,
        "nothing was stored"
    );
    let forced = ImportOptions {
        force: true,
        ..ImportOptions::default()
    };
    import_text(&app, &seed(SEED_2025), &forced).unwrap();
    assert!(app.store().head_position().unwrap() > head);
}

#[test]
fn a_follow_up_protocol_answers_an_open_commitment_across_meetings() {
    let app = app();
    import_text(&app, &seed(SEED_2023), &ImportOptions::default()).unwrap();
    let (_, seeded) = import_text(&app, &seed(SEED_2025), &ImportOptions::default()).unwrap();
    let before = ReadModel::load(app.store()).unwrap();
    let promised = before
        .cases
        .values()
        .find(|c| {
            c.state.forum == seeded.forum
                && c.state
                    .commitments
                    .iter()
                    .any(|k| k.due.label.as_deref() == Some("under vintern"))
        })
        .expect("the promise to come back under vintern")
        .state
        .clone();
    let owed_on_it = |model: &ReadModel| {
        model
            .obligations(&ObligationFilter::default(), date(2025, 2, 12))
            .into_iter()
            .filter(|o| o.obligation.case == promised.id)
            .count()
    };
    assert_eq!(owed_on_it(&before), 1);

    let follow_up =
        std::fs::read_to_string(fixtures().join("followup/2025-02-11-hagersten-alvsjo-fg.txt"))
            .unwrap();
    let (draft, outcome) = import_text(&app, &follow_up, &ImportOptions::default()).unwrap();
    assert_eq!(
        outcome.forum, seeded.forum,
        "the follow-up lands in the same forum"
    );
    assert!(!outcome.forum_created);
    let linked: Vec<_> = draft.items.iter().filter(|i| i.link.is_some()).collect();
    assert_eq!(linked.len(), 1, "{:#?}", draft.items);
    let link = linked[0].link.as_ref().unwrap();
    assert_eq!(link.case, promised.id);
    assert_eq!(link.action, LinkAction::Fulfilled { commitment: 1 });
    assert!(link.score >= 0.35 && !link.reason.is_empty());
    assert_eq!(outcome.linked, 1);

    let after = ReadModel::load(app.store()).unwrap();
    let case = &after.cases[&promised.id];
    assert_eq!(
        case.state.meetings.len(),
        2,
        "its history runs across both meetings"
    );
    assert!(case.state.commitments[0].fulfilled.is_some());
    assert_eq!(owed_on_it(&after), 0, "the obligation is gone");
    let history = balans_read::history(app.store(), &after.cases[&promised.id].log).unwrap();
    let meetings: std::collections::BTreeSet<_> =
        history.iter().filter_map(|e| e.meeting).collect();
    assert_eq!(meetings.len(), 2);
    // "Föregående protokoll godkändes": the minutes of 2025-01-14 are approved at 2025-02-11.
    let january = after
        .meetings
        .values()
        .find(|m| m.date == date(2025, 1, 14))
        .unwrap();
    assert_eq!(
        january.approved.as_ref().map(|a| a.0),
        Some(date(2025, 2, 11))
    );
    // Every event of the follow-up is on a stream of that forum.
    let new_question = after
        .cases
        .values()
        .find(|c| c.state.title.contains("lönekartläggningen"))
        .expect("the new question of §6 is a case of its own");
    assert_eq!(new_question.state.forum, seeded.forum);
    let _ = StreamRef::Case(new_question.state.id);
}

#[test]
fn bad_input_gets_a_clear_refusal_and_nothing_is_stored() {
    let cases: Vec<(&str, Vec<u8>, &str)> = vec![
        ("empty", Vec::new(), "empty"),
        ("blank", b"   \n\n \t\n".to_vec(), "no text"),
        (
            "binary",
            (0..4096u32).map(|i| (i * 31 % 256) as u8).collect(),
            "binary",
        ),
        (
            "not a protocol",
            "Recept på kanelbullar: mjöl, smör, socker och kanel. Grädda i 225 grader."
                .as_bytes()
                .to_vec(),
            "no protocol found",
        ),
    ];
    for (name, bytes, message) in cases {
        let error = balans_import::read_bytes(&bytes).expect_err(name);
        assert!(
            error.to_string().contains(message),
            "{name}: {error} should say {message:?}"
        );
    }
    let app = app();
    let error = import_text(&app, "Inget protokoll här.", &ImportOptions::default()).unwrap_err();
    assert!(matches!(
        error,
        balans_import::CommitError::Read(ReadError::NothingFound)
    ));
    assert_eq!(app.store().head_position().unwrap(), 0);
}

#[test]
fn a_50_mb_file_is_refused_before_it_is_read() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("stor.txt");
    let file = std::fs::File::create(&path).unwrap();
    file.set_len(50 * 1024 * 1024).unwrap();
    let error = balans_import::read_path(&path).unwrap_err();
    assert!(error.to_string().contains("52428800 bytes"), "{error}");
}

#[test]
fn a_windows_1252_protocol_reads_like_its_utf8_original() {
    let text = seed(SEED_2025);
    let (bytes, _, unmappable) = encoding_rs::WINDOWS_1252.encode(&text);
    assert!(!unmappable);
    assert!(std::str::from_utf8(&bytes).is_err());
    let from_1252 = balans_import::read_bytes(&bytes).unwrap();
    let from_utf8 = balans_import::read_bytes(text.as_bytes()).unwrap();
    assert_eq!(from_1252.source_encoding, "Windows-1252");
    assert_eq!(from_1252.items, from_utf8.items);
    assert_eq!(from_1252.meeting, from_utf8.meeting);
    assert!(from_1252.warnings[0].contains("Windows-1252"));
}

#[test]
fn a_pdf_without_a_text_layer_is_refused() {
    // A one-page PDF with no text objects: what a scan without OCR looks like to pdftotext.
    let pdf = b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n";
    let error = balans_import::read_bytes(pdf).unwrap_err().to_string();
    if balans_import::pdf::pdftotext_available() {
        assert!(error.contains("no text layer"), "{error}");
    } else {
        assert!(error.contains("poppler-utils"), "{error}");
    }
}

#[test]
fn every_source_span_is_the_protocols_own_text() {
    for name in [SEED_2023, SEED_2025] {
        let text = balans_import::text::normalize(&seed(name));
        let draft = balans_import::read_text(&text);
        for item in &draft.items {
            assert_eq!(
                &text[item.source_span.start..item.source_span.end],
                item.source_text,
                "{name} {}",
                item.id
            );
            if let Some(answer) = &item.answer {
                assert_eq!(
                    balans_import::text::collapse(&text[answer.span.start..answer.span.end]),
                    answer.text
                );
            }
        }
        // The draft round-trips through JSON, as a GraphQL client would send it back.
        let json = serde_json::to_string(&draft).unwrap();
        let back: balans_import::Draft = serde_json::from_str(&json).unwrap();
        assert_eq!(back, draft);
    }
}

mod never_panics {
    //! Reading never panics: on arbitrary bytes, and on the seed protocols with lines cut,
    //! joined, shuffled, dropped and mutated. Bounded (64 cases each) so that CI stays fast;
    //! the cargo-fuzz target in `fuzz/` runs the same reading for longer.

    use super::*;
    use proptest::prelude::*;

    #[derive(Debug, Clone)]
    enum Edit {
        Cut { line: usize, at: usize },
        Join { line: usize },
        Swap { a: usize, b: usize },
        Drop { line: usize },
        Insert { line: usize, text: String },
        Replace { line: usize, at: usize, with: char },
    }

    fn edit() -> impl Strategy<Value = Edit> {
        let text = proptest::string::string_regex(
            "(§ ?[0-9]{1,2}|[0-9]{1,2}\\.|Kommunal|SSR|Arbetsgivaren svarar:|återkommer|kommer att|HÄ 2024/[0-9]{1,3}|MBL § 19|den 3 mars|\\?|-|Inga frågor|Närvarande|Förhinder|Justerare:| |[a-zåäöA-ZÅÄÖ]{1,8}){0,8}",
        )
        .expect("strategy");
        prop_oneof![
            (any::<usize>(), any::<usize>()).prop_map(|(line, at)| Edit::Cut { line, at }),
            any::<usize>().prop_map(|line| Edit::Join { line }),
            (any::<usize>(), any::<usize>()).prop_map(|(a, b)| Edit::Swap { a, b }),
            any::<usize>().prop_map(|line| Edit::Drop { line }),
            (any::<usize>(), text).prop_map(|(line, text)| Edit::Insert { line, text }),
            (any::<usize>(), any::<usize>(), any::<char>())
                .prop_map(|(line, at, with)| Edit::Replace { line, at, with }),
        ]
    }

    fn apply(text: &str, edits: &[Edit]) -> String {
        let mut lines: Vec<String> = text.lines().map(str::to_string).collect();
        for edit in edits {
            if lines.is_empty() {
                lines.push(String::new());
            }
            let n = lines.len();
            match edit {
                Edit::Cut { line, at } => {
                    let l = &mut lines[line % n];
                    let chars: Vec<char> = l.chars().collect();
                    let keep = if chars.is_empty() {
                        0
                    } else {
                        at % (chars.len() + 1)
                    };
                    *l = chars[..keep].iter().collect();
                }
                Edit::Join { line } => {
                    let i = line % n;
                    if i + 1 < n {
                        let next = lines.remove(i + 1);
                        lines[i].push_str(&next);
                    }
                }
                Edit::Swap { a, b } => lines.swap(a % n, b % n),
                Edit::Drop { line } => {
                    lines.remove(line % n);
                }
                Edit::Insert { line, text } => lines.insert(line % (n + 1), text.clone()),
                Edit::Replace { line, at, with } => {
                    let l = &mut lines[line % n];
                    let mut chars: Vec<char> = l.chars().collect();
                    if !chars.is_empty() {
                        let i = at % chars.len();
                        chars[i] = *with;
                        *l = chars.into_iter().collect();
                    }
                }
            }
        }
        lines.join("\n")
    }

    fn check_draft(text: &str) {
        let normalized = balans_import::text::normalize(text);
        let draft = balans_import::read_text(&normalized);
        for item in &draft.items {
            assert!(item.source_span.start <= item.source_span.end);
            assert_eq!(
                normalized.get(item.source_span.start..item.source_span.end),
                Some(item.source_text.as_str())
            );
            assert!((0.0..=1.0).contains(&item.confidence));
        }
        let _ = draft.to_text();
        let json = serde_json::to_string(&draft).expect("serializable");
        let _: balans_import::Draft = serde_json::from_str(&json).expect("deserializable");
        // Whatever was read, recording it is either accepted by the domain or refused for a
        // reason the importer names (no date, no forum, nothing found): never a command the
        // domain rejects, which would mean the importer produced an invalid command.
        let app = app();
        match import_text(&app, text, &ImportOptions::default()) {
            Ok(_) => {}
            Err(balans_import::CommitError::NoDate)
            | Err(balans_import::CommitError::NoForum)
            | Err(balans_import::CommitError::Read(_)) => {}
            Err(other) => panic!("the importer produced commands the domain refused: {other}"),
        }
    }

    proptest! {
        // 64 cases in CI; PROPTEST_CASES=N runs more.
        #![proptest_config(ProptestConfig {
            cases: std::env::var("PROPTEST_CASES").ok().and_then(|v| v.parse().ok()).unwrap_or(64),
            failure_persistence: None,
            ..ProptestConfig::default()
        })]

        #[test]
        fn arbitrary_bytes(bytes in proptest::collection::vec(any::<u8>(), 0..3000)) {
            let _ = balans_import::read_bytes(&bytes);
            if let Ok(text) = std::str::from_utf8(&bytes) {
                check_draft(text);
            }
        }

        #[test]
        fn mutated_seed_protocols(
            which in any::<bool>(),
            edits in proptest::collection::vec(edit(), 0..40),
        ) {
            let text = seed(if which { SEED_2023 } else { SEED_2025 });
            check_draft(&apply(&text, &edits));
        }
    }
}
