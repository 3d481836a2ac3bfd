//! Tests of the runtime: opening a data directory (snapshot, demo, close; on sled, or on PostgreSQL with `BALANS_TEST_BACKEND=postgres`), two nodes on one store, writes seen by the live model, and the import use case (drafts against the live model, commits linked across meetings, a bounded property test that reading and recording never fail badly).

use std::path::PathBuf;

fn fixtures() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../tests/fixtures")
}

use std::sync::Arc;

use balans_app::{CommandMeta, FixedClock};
use balans_domain::{Party, StreamRef};
use balans_protocol::{ItemKind, LinkAction, ReadError};
use balans_read::{ObligationFilter, ReadModel};
use balans_runtime::{ImportError, ImportOptions, ImportSource, Runtime};
use jiff::civil::date;

fn seed(name: &str) -> String {
    std::fs::read_to_string(fixtures().join("protocols").join(name)).expect("seed protocol")
}

/// The follow-up meeting of the 2025 seed, from the fixtures.
fn follow_up() -> String {
    std::fs::read_to_string(fixtures().join("followup/2025-02-11-hagersten-alvsjo-fg.txt"))
        .expect("the follow-up protocol")
}

fn clock() -> Box<FixedClock> {
    Box::new(FixedClock(
        "2025-03-20T12:00:00Z".parse().expect("timestamp"),
    ))
}

/// Import options of a secretary who lets a protocol that matches no forum make its own.
fn choosing_new_forums() -> ImportOptions {
    ImportOptions {
        new_forum: true,
        ..ImportOptions::default()
    }
}

fn runtime() -> Arc<Runtime> {
    Runtime::in_memory(clock())
}

/// Where a data-directory test keeps its log: sled in a temporary directory (the default), or,
/// with `BALANS_TEST_BACKEND=postgres`, a fresh PostgreSQL database (dropped with this), the
/// directory then holding only the node's snapshot.
struct TestData {
    dir: tempfile::TempDir,
    database: Option<balans_postgres::testing::TestDatabase>,
}

impl TestData {
    fn new() -> Self {
        let database = postgres_chosen().then(|| {
            let test = std::thread::current()
                .name()
                .unwrap_or("a runtime test")
                .to_string();
            balans_postgres::testing::fresh_database(&test).unwrap_or_else(|| {
                panic!(
                    "{test}: BALANS_TEST_BACKEND=postgres needs a server in BALANS_TEST_POSTGRES"
                )
            })
        });
        Self {
            dir: tempfile::tempdir().unwrap(),
            database,
        }
    }

    /// The runtime's configuration on this backend: snapshots on, no demo.
    fn config(&self) -> balans_runtime::Config {
        balans_runtime::Config {
            backend: match &self.database {
                Some(database) => balans_runtime::Backend::Postgres(database.url().to_string()),
                None => balans_runtime::Backend::Sled,
            },
            ..balans_runtime::Config::new(self.dir.path())
        }
    }

    fn path(&self) -> &std::path::Path {
        self.dir.path()
    }

    /// Whether `closed` is what the last handle's close gives here: sled settled, PostgreSQL
    /// closed (nothing to settle).
    fn closed_cleanly(&self, closed: &balans_runtime::Closed) -> bool {
        match self.database {
            Some(_) => matches!(closed, balans_runtime::Closed::Closed),
            None => matches!(closed, balans_runtime::Closed::Settled(_)),
        }
    }
}

/// Whether `BALANS_TEST_BACKEND` chooses PostgreSQL (`postgres`) over sled (unset or `sled`).
fn postgres_chosen() -> bool {
    match std::env::var("BALANS_TEST_BACKEND").as_deref() {
        Err(_) | Ok("" | "sled") => false,
        Ok("postgres") => true,
        Ok(other) => panic!("BALANS_TEST_BACKEND={other:?}: give sled or postgres"),
    }
}

const SEED_2023: &str = "003_9ba086790e9c5e66.txt";
const SEED_2025: &str = "004_5bdb85c66693e9e6.txt";

#[test]
fn the_seeds_import_into_a_fresh_database_as_the_demo_would() {
    let runtime = runtime();
    let (draft, first) = runtime
        .import_text(&seed(SEED_2023), &choosing_new_forums())
        .unwrap();
    assert!(first.forum_created);
    assert_eq!(first.linked, 0);
    assert_eq!(
        first.opened, 4,
        "two promises, a board matter (with its statement), a question: {first:?}"
    );
    let (_, second) = runtime
        .import_text(&seed(SEED_2025), &choosing_new_forums())
        .unwrap();
    assert!(
        second.forum_created,
        "another organization's forum is a forum of its own"
    );
    let model = runtime.live().clone();
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
    let runtime = runtime();
    runtime
        .import_text(&seed(SEED_2025), &choosing_new_forums())
        .unwrap();
    let head = runtime.store().head_position().unwrap();
    let again = runtime.import_text(&seed(SEED_2025), &choosing_new_forums());
    let error = again.expect_err("a second import of the same meeting is refused");
    assert!(
        error
            .to_string()
            .contains("already has a meeting on 2025-01-14")
            && error
                .swedish()
                .contains("har redan ett möte den 2025-01-14"),
        "{error}"
    );
    assert_eq!(
        runtime.store().head_position().unwrap(),
        head,
        "nothing was stored"
    );
    let forced = ImportOptions {
        force: true,
        ..choosing_new_forums()
    };
    runtime.import_text(&seed(SEED_2025), &forced).unwrap();
    assert!(runtime.store().head_position().unwrap() > head);
}

#[test]
fn a_follow_up_protocol_answers_an_open_commitment_across_meetings() {
    let runtime = runtime();
    runtime
        .import_text(&seed(SEED_2023), &choosing_new_forums())
        .unwrap();
    let (_, seeded) = runtime
        .import_text(&seed(SEED_2025), &choosing_new_forums())
        .unwrap();
    let before = runtime.live().clone();
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

    let follow_up = follow_up();
    let (draft, outcome) = runtime
        .import_text(&follow_up, &choosing_new_forums())
        .unwrap();
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

    let after = runtime.live().clone();
    let case = &after.cases[&promised.id];
    assert_eq!(
        case.state.meetings.len(),
        2,
        "its history runs across both meetings"
    );
    assert!(case.state.commitments[0].fulfilled.is_some());
    assert_eq!(owed_on_it(&after), 0, "the obligation is gone");
    let history = balans_read::history(runtime.store(), &after.cases[&promised.id].log).unwrap();
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
fn a_text_that_is_no_protocol_is_refused_and_nothing_is_stored() {
    let runtime = runtime();
    let error = runtime
        .import_text("Inget protokoll här.", &choosing_new_forums())
        .unwrap_err();
    assert!(matches!(error, ImportError::Read(ReadError::NothingFound)));
    assert_eq!(runtime.store().head_position().unwrap(), 0);
}

#[test]
fn a_data_directory_opens_with_the_demo_and_opens_again_from_its_snapshot() {
    let data = TestData::new();
    let config = balans_runtime::Config {
        demo: true,
        ..data.config()
    };
    let first = Runtime::open_with_clock(&config, clock()).unwrap();
    assert!(
        first.opened().demo_loaded,
        "an empty database gets the demo"
    );
    assert_eq!(first.live().forums.len(), 2);
    let head = first.store().head_position().unwrap();
    assert_eq!(first.live().position, head);
    assert!(first.save_snapshot().unwrap().is_some());
    assert!(
        first.save_snapshot().unwrap().is_none(),
        "nothing new to save"
    );
    let model = first.live().clone();
    assert!(data.closed_cleanly(&first.close()));

    let again = Runtime::open_with_clock(&config, clock()).unwrap();
    assert!(!again.opened().demo_loaded, "the demo is loaded once");
    assert!(
        matches!(
            again.opened().origin,
            Some(balans_read::snapshot::Origin::Snapshot { position, caught_up: 0 }) if position == head
        ),
        "{:?}",
        again.opened().origin
    );
    assert_eq!(*again.live(), model);
    assert_eq!(
        again.rebuild().unwrap(),
        model,
        "the snapshot is the log's fold"
    );
}

/// What a stop on a full disk leaves (an unfinished sled snapshot, empty; a half-written read
/// model snapshot) neither stops the next start nor stays to take space. On PostgreSQL the
/// directory holds no sled files: only the read-model snapshot's half is checked there.
#[test]
fn an_unfinished_sled_snapshot_left_by_a_stop_does_not_stop_the_next_start() {
    let data = TestData::new();
    let config = balans_runtime::Config {
        demo: true,
        ..data.config()
    };
    let first = Runtime::open_with_clock(&config, clock()).unwrap();
    let head = first.store().head_position().unwrap();
    assert!(data.closed_cleanly(&first.close()));
    let unfinished = data.path().join("snap.FFFFFFFFFFFFFFF0.generating");
    let on_sled = config.backend == balans_runtime::Backend::Sled;
    if on_sled {
        std::fs::write(&unfinished, b"").unwrap();
    }
    let partial = data.path().join("read-model.snapshot.partial");
    std::fs::write(&partial, vec![0u8; 4096]).unwrap();

    let again = Runtime::open_with_clock(&config, clock()).expect("opens");
    assert_eq!(again.store().head_position().unwrap(), head, "nothing lost");
    if on_sled {
        assert!(!unfinished.exists(), "the unfinished sled snapshot is gone");
    }
    assert!(
        !partial.exists(),
        "the half-written read-model snapshot is gone"
    );
}

#[test]
fn a_second_handle_keeps_the_database_open_at_close() {
    let data = TestData::new();
    let runtime = Runtime::open_with_clock(&data.config(), clock()).unwrap();
    let other = Arc::clone(&runtime);
    assert!(matches!(
        runtime.close(),
        balans_runtime::Closed::StillInUse
    ));
    assert!(data.closed_cleanly(&other.close()));
}

#[test]
fn a_write_is_in_the_live_model_when_it_returns() {
    let runtime = runtime();
    let forum = balans_domain::ForumId(ulid::Ulid::from_parts(1, 1));
    let executed = runtime
        .execute(
            balans_domain::Command::CreateForum {
                forum,
                organization: "Kulturförvaltningen".into(),
                name: "Förvaltningsgrupp".into(),
                code: "KF".into(),
                unions: Vec::new(),
            },
            CommandMeta::local("test"),
        )
        .unwrap();
    let live = runtime.live();
    assert!(live.forums.contains_key(&forum));
    assert_eq!(live.position, executed.outcome.last_position);
}

/// Each writer applies its own events to the live model as the domain decided them; one that
/// finds others' events missing before its own reads them from the log first. Under concurrent
/// writers the live model stays what a fold of the log gives.
#[test]
fn concurrent_writers_leave_the_live_model_equal_to_a_rebuild() {
    let runtime = runtime();
    runtime
        .import_text(&seed(SEED_2025), &choosing_new_forums())
        .unwrap();
    std::thread::scope(|scope| {
        for writer in 0..4u64 {
            let runtime = &runtime;
            scope.spawn(move || {
                for n in 0..25u64 {
                    let forum =
                        balans_domain::ForumId(ulid::Ulid::from_parts(writer + 1, n.into()));
                    let meta = CommandMeta::local(&format!("writer {writer}"));
                    let command = balans_domain::Command::CreateForum {
                        forum,
                        organization: format!("Förvaltning {writer}"),
                        name: "Förvaltningsgrupp".into(),
                        code: format!("FG-{writer}-{n}"),
                        unions: Vec::new(),
                    };
                    let executed = runtime.execute(command, meta).unwrap();
                    assert_eq!(executed.events.len(), executed.decided.len());
                }
            });
        }
    });
    let live = runtime.live().clone();
    assert_eq!(live.position, runtime.store().head_position().unwrap());
    assert_eq!(
        live.forums.len(),
        2 + 100 - 1,
        "the seed's forum and a hundred more"
    );
    assert_eq!(runtime.rebuild().unwrap(), live);
}

#[test]
fn a_draft_proposes_links_from_the_live_model_and_stores_nothing() {
    let runtime = runtime();
    runtime
        .import_text(&seed(SEED_2025), &choosing_new_forums())
        .unwrap();
    let head = runtime.store().head_position().unwrap();
    let follow_up = follow_up();
    let draft = runtime
        .import_draft(ImportSource::Text(follow_up.clone()), None, None)
        .unwrap();
    assert_eq!(
        draft.items.iter().filter(|i| i.link.is_some()).count(),
        1,
        "the promise of the earlier meeting is proposed as a link"
    );
    assert_eq!(
        runtime.store().head_position().unwrap(),
        head,
        "nothing stored"
    );

    // A draft of a meeting already recorded says so, and committing it is refused.
    let seeded = runtime
        .import_draft(ImportSource::Text(seed(SEED_2025)), None, None)
        .unwrap();
    assert!(
        seeded
            .warnings
            .iter()
            .any(|w| w.contains("har redan ett möte den 2025-01-14")),
        "{:?}",
        seeded.warnings
    );
    assert!(matches!(
        runtime.commit_import(&seeded, &choosing_new_forums()),
        Err(ImportError::Duplicate { .. })
    ));
    assert_eq!(runtime.store().head_position().unwrap(), head);

    let outcome = runtime
        .commit_import(&draft, &choosing_new_forums())
        .unwrap();
    assert_eq!(outcome.linked, 1);
    assert_eq!(runtime.live().position, outcome.last_position);
}

/// A protocol of a meeting the forum had scheduled completes that meeting (its attendance, its
/// holding), with the protocol's time and place, instead of making a second meeting that day.
#[test]
fn a_protocol_completes_the_meeting_scheduled_for_its_day() {
    let runtime = runtime();
    runtime
        .import_text(&seed(SEED_2025), &choosing_new_forums())
        .unwrap();
    let forum = *runtime
        .live()
        .forums
        .keys()
        .next()
        .expect("the protocol's forum");
    let scheduled = balans_domain::MeetingId(ulid::Ulid::from_parts(7, 7));
    runtime
        .execute(
            balans_domain::Command::ScheduleMeeting {
                meeting: scheduled,
                forum,
                date: date(2025, 2, 11),
                time: None,
                place: None,
            },
            CommandMeta::local("test"),
        )
        .unwrap();
    let follow_up = follow_up();
    let draft = runtime
        .import_draft(ImportSource::Text(follow_up), None, None)
        .unwrap();
    assert!(
        draft
            .warnings
            .iter()
            .any(|w| w.contains("fyller i gruppens planerade möte den 2025-02-11")),
        "{:?}",
        draft.warnings
    );
    let outcome = runtime
        .commit_import(&draft, &choosing_new_forums())
        .unwrap();
    assert_eq!(
        outcome.meeting, scheduled,
        "the scheduled meeting was completed"
    );
    let live = runtime.live();
    let that_day: Vec<_> = live
        .meetings_of(forum)
        .into_iter()
        .filter(|m| m.date == date(2025, 2, 11))
        .collect();
    assert_eq!(that_day.len(), 1, "one meeting that day");
    assert!(that_day[0].held);
}

/// A union's protokollsanteckning on a board matter the same meeting settles in agreement is
/// recorded on that matter before it closes, so the protocol imports whole.
#[test]
fn a_statement_on_a_matter_settled_at_the_same_meeting_is_recorded_before_it_closes() {
    let text = "Protokoll förvaltningsgrupp\n\
        Kultur- och fritidsförvaltningen, Åby kommun\n\
        Datum: 2026-04-14\n\
        Närvarande: Eva Ek, ordförande, Arbetsgivaren; Bo Berg, Kommunal\n\n\
        § 1 Nya öppettider på biblioteket, KFN 2026/31\n\
        Information och förhandling enligt MBL § 11. Arbetsgivaren föreslår kvällsöppet två \
        dagar i veckan. Parterna är överens.\n\
        Kommunal lämnar följande protokollsanteckning: \"Bemanningen ska ses över efter ett halvår.\"\n";
    let runtime = runtime();
    let draft = runtime
        .import_draft(ImportSource::Text(text.to_string()), None, None)
        .unwrap();
    let matter = draft
        .items
        .iter()
        .find(|item| item.kind == ItemKind::BoardMatter)
        .expect("the board matter");
    assert!(
        draft
            .items
            .iter()
            .any(|item| item.kind == ItemKind::Statement
                && item.belongs_to.as_ref() == Some(&matter.id)),
        "the statement belongs to the matter: {:?}",
        draft.items
    );
    runtime
        .commit_import(&draft, &choosing_new_forums())
        .unwrap();
    let live = runtime.live();
    let case = live
        .cases
        .values()
        .find(|view| view.state.kind == balans_domain::CaseKind::BoardMatter)
        .expect("the matter's case");
    assert!(case.state.closed.is_some(), "settled at the meeting");
    assert_eq!(case.state.statements.len(), 1, "with Kommunal's statement");
}

/// A protocol whose header names its organization another way ("Stockholms stad – SoF" for
/// Socialförvaltningen) goes to the existing forum; one that matches no forum is refused unless
/// the secretary chooses a new forum, and nothing is stored until then.
#[test]
fn a_forum_is_matched_by_likeness_and_never_made_unasked() {
    let runtime = runtime();
    runtime
        .import_text(&seed(SEED_2023), &choosing_new_forums())
        .unwrap();
    let next_meeting = seed(SEED_2023).replace("2023-09-20", "2023-10-18");
    let renamed = next_meeting.replacen(" Socialförvaltningen ", " Stockholms stad – SoF ", 1);
    let draft = runtime
        .import_draft(ImportSource::Text(renamed.clone()), None, None)
        .unwrap();
    assert!(
        !draft.warnings.iter().any(|w| w.contains("samverkansgrupp")),
        "{:?}",
        draft.warnings
    );
    let (_, outcome) = runtime
        .import_text(&renamed, &ImportOptions::default())
        .unwrap();
    assert!(!outcome.forum_created, "the existing forum");
    assert_eq!(runtime.live().forums.len(), 1);

    let elsewhere = next_meeting.replace("2023-10-18", "2023-11-15").replacen(
        " Socialförvaltningen ",
        " Kulturförvaltningen ",
        1,
    );
    let head = runtime.store().head_position().unwrap();
    let refused = runtime
        .import_text(&elsewhere, &ImportOptions::default())
        .expect_err("no forum was chosen");
    assert!(
        matches!(refused, ImportError::ForumNotChosen { .. }),
        "{refused}"
    );
    assert!(
        refused.swedish().contains("välj en"),
        "{}",
        refused.swedish()
    );
    assert!(
        !refused.swedish().contains("--"),
        "the web UI shows it: no command-line flags in it"
    );
    assert!(
        refused.swedish_for_command_line().contains("--new-forum"),
        "{}",
        refused.swedish_for_command_line()
    );
    assert_eq!(
        runtime.store().head_position().unwrap(),
        head,
        "nothing stored"
    );
    let (_, made) = runtime
        .import_text(&elsewhere, &choosing_new_forums())
        .unwrap();
    assert!(made.forum_created);
    assert_eq!(runtime.live().forums.len(), 2);
}

/// A question asked again at a later meeting, without a word of where it came from, is proposed
/// as the continuation of the open case it repeats (much alike, the same party); a new question
/// of the same party on another subject is not.
#[test]
fn a_question_asked_again_without_a_cue_links_to_the_case_it_repeats() {
    let runtime = runtime();
    runtime
        .import_text(&seed(SEED_2025), &choosing_new_forums())
        .unwrap();
    let later = "Stadsdelsförvaltningen Hägersten-Älvsjö\nFÖRVALTNINGSGRUPP PROTOKOLL 2025-03-11\n\n\
        § 1 Mötets öppnande\nOrdföranden öppnade mötet.\n\n\
        § 2 Kompetensförsörjning\nKommunal frågar om behovet av att rusta chefer i personalfrågor.\n\n\
        § 3 Parkering\nKommunal frågar om parkeringsplatserna vid Liseberg räcker för hemtjänstens bilar.\n";
    let draft = runtime
        .import_draft(ImportSource::Text(later.to_string()), None, None)
        .unwrap();
    let linked: Vec<(&str, String)> = draft
        .items
        .iter()
        .filter_map(|item| {
            item.link
                .as_ref()
                .map(|link| (item.text.as_str(), link.reason.clone()))
        })
        .collect();
    assert_eq!(linked.len(), 1, "{linked:#?}");
    assert!(linked[0].0.contains("rusta chefer"), "{linked:#?}");
    assert!(linked[0].1.contains("utan hänvisning"), "{linked:#?}");
}

/// Drafts against the same forum reuse the words read from its cases until a case is written
/// to: then its words are read again, and the proposal's score follows the case as it is now.
#[test]
fn a_draft_compares_with_a_case_as_it_is_after_a_write() {
    let runtime = runtime();
    runtime
        .import_text(&seed(SEED_2025), &choosing_new_forums())
        .unwrap();
    let follow_up = follow_up();
    let link_of = |runtime: &Runtime| {
        runtime
            .import_draft(ImportSource::Text(follow_up.clone()), None, None)
            .unwrap()
            .items
            .into_iter()
            .find_map(|item| item.link)
            .expect("a proposed link")
    };
    let first = link_of(&runtime);
    let again = link_of(&runtime);
    assert_eq!((again.case, again.score), (first.case, first.score));

    runtime
        .execute(
            balans_domain::Command::RecordStatement {
                case: first.case,
                meeting: None,
                party: Party::Employer,
                kind: balans_domain::StatementKind::MinutesNote,
                text: "Lokalfrågor, parkering, cyklar, ventilation, städning, larm och nycklar \
                       diskuterades utförligt utan beslut"
                    .into(),
            },
            CommandMeta::local("test"),
        )
        .unwrap();
    let after = link_of(&runtime);
    assert_eq!(after.case, first.case);
    assert!(
        after.score < first.score,
        "the statement's words dilute the likeness: {} then {}",
        first.score,
        after.score
    );
}

mod never_panics {
    //! Reading and recording never fail badly: on arbitrary bytes, and on the seed protocols with lines cut,
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
        let normalized = balans_protocol::text::normalize(text);
        let draft = balans_protocol::read_text(&normalized);
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
        let _: balans_protocol::Draft = serde_json::from_str(&json).expect("deserializable");
        // Whatever was read, recording it is either accepted by the domain or refused for a
        // reason the importer names (no date, no forum, nothing found): never a command the
        // domain rejects, which would mean the importer produced an invalid command.
        let runtime = runtime();
        match runtime.import_text(text, &choosing_new_forums()) {
            Ok(_) => {}
            Err(ImportError::NoDate) | Err(ImportError::NoForum) | Err(ImportError::Read(_)) => {}
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
            let _ = balans_protocol::read_bytes(&bytes);
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

/// An import whose request gave up stops: a draft is not made, and a commit appends nothing;
/// the guard a request keeps cancels when it is dropped unfinished, and not once disarmed.
#[test]
fn a_cancelled_import_stops_and_stores_nothing() {
    use balans_runtime::Cancel;

    let runtime = runtime();
    let (_, first) = runtime
        .import_text(&seed(SEED_2023), &choosing_new_forums())
        .unwrap();
    let head = runtime.store().head_position().unwrap();
    assert_eq!(head, first.last_position);
    let draft = runtime
        .import_draft(ImportSource::Text(seed(SEED_2025)), None, None)
        .unwrap();

    let cancel = Cancel::default();
    let finished = cancel.on_drop();
    finished.disarm();
    assert!(!cancel.is_cancelled(), "a disarmed guard cancels nothing");
    // What a timed-out request does: the future holding the guard is dropped unfinished.
    drop(cancel.on_drop());
    assert!(cancel.is_cancelled());

    assert!(matches!(
        runtime.import_draft_until(ImportSource::Text(seed(SEED_2025)), None, None, &cancel),
        Err(ImportError::Cancelled)
    ));
    let refused = runtime
        .commit_import_until(&draft, &choosing_new_forums(), &cancel)
        .expect_err("cancelled");
    assert!(matches!(refused, ImportError::Cancelled), "{refused}");
    assert!(refused.swedish().contains("inget sparades"));
    assert_eq!(
        runtime.store().head_position().unwrap(),
        head,
        "nothing stored"
    );
    assert_eq!(runtime.live().position, head);

    // Not cancelled, the same draft is recorded.
    let outcome = runtime
        .commit_import_until(&draft, &choosing_new_forums(), &Cancel::default())
        .unwrap();
    assert!(outcome.last_position > head);
}

/// The first start makes an admin even when the demo has made its accounts, says the password
/// once, and keeps the people and the admin across a restart.
#[test]
fn the_first_start_makes_an_admin_once_beside_the_demo_accounts() {
    let data = TestData::new();
    let config = balans_runtime::Config {
        demo: true,
        ..data.config()
    };
    let runtime = Runtime::open_with_clock(&config, clock()).unwrap();
    assert!(
        runtime.access().person("kommunal").is_some(),
        "the demo's accounts"
    );
    let (username, password) = runtime
        .ensure_admin(None)
        .unwrap()
        .expect("an admin is made");
    assert_eq!(username, "admin");
    assert!(password.len() >= 20);
    assert!(runtime.ensure_admin(None).unwrap().is_none(), "only once");
    let admin = runtime.access().sign_in("admin", &password).unwrap();
    assert!(admin.principal().is_admin());
    assert!(runtime.access().sign_in("admin", "fel").is_err());
    drop(admin);
    assert!(data.closed_cleanly(&runtime.close()));

    let again = Runtime::open_with_clock(&config, clock()).unwrap();
    assert!(
        again.ensure_admin(None).unwrap().is_none(),
        "kept across a restart"
    );
    assert!(again.access().sign_in("kommunal", "demo").is_ok());
}

#[test]
fn an_import_keeps_the_protocols_text_with_the_section_of_each_case_new_or_linked() {
    let runtime = runtime();
    runtime
        .import_text(&seed(SEED_2025), &choosing_new_forums())
        .unwrap();
    let before = runtime.live().position;
    let follow_up = follow_up();
    let (draft, outcome) = runtime
        .import_text(&follow_up, &choosing_new_forums())
        .unwrap();
    let now = runtime.live().position;
    let minutes = runtime
        .minutes(outcome.meeting, now)
        .unwrap()
        .expect("the follow-up's text is kept");
    assert_eq!(minutes.text, draft.text);
    assert_eq!(minutes.source_encoding, "UTF-8");
    // The linked item's case, opened at the earlier meeting, is named with the section of this one.
    let linked = draft.items.iter().find(|i| i.link.is_some()).unwrap();
    let case = linked.link.as_ref().unwrap().case;
    assert_eq!(minutes.section_of(case), linked.section.as_deref());
    assert!(linked.section.is_some());
    // Every section it names is one of the text's paragraphs, found again by the reader.
    let paragraphs = minutes.paragraphs();
    for named in &minutes.sections {
        let paragraph = paragraphs
            .iter()
            .find(|p| p.number == named.section)
            .unwrap_or_else(|| panic!("§ {} is a paragraph of the text", named.section));
        assert!(minutes.text[paragraph.start..paragraph.end].contains(&paragraph.number));
    }
    // A model from before the import does not see it; the read model keeps no text.
    assert_eq!(runtime.minutes(outcome.meeting, before).unwrap(), None);
}

/// Two runtimes as two nodes: each over its own handles of one database (`node_a`, `node_b`:
/// the log and the access log). A write on one is seen by the other's live model and access
/// directory once it follows; two writers on one case, each with the version it read, get a
/// conflict for the second, not a lost update.
fn two_nodes_follow_each_other(
    node_a: (balans_runtime::SharedStore, balans_runtime::SharedStore),
    node_b: (balans_runtime::SharedStore, balans_runtime::SharedStore),
) {
    let a = Runtime::over_stores(node_a.0, node_a.1, clock()).unwrap();
    let b = Runtime::over_stores(node_b.0, node_b.1, clock()).unwrap();
    let tokio = tokio::runtime::Runtime::new().unwrap();
    let _following = tokio.block_on(async { (a.follow(), b.follow()) });
    let wait_for = |what: &str, done: &dyn Fn() -> bool| {
        let started = std::time::Instant::now();
        while !done() {
            assert!(
                started.elapsed() < std::time::Duration::from_secs(30),
                "{what}: not seen within 30 s"
            );
            std::thread::sleep(std::time::Duration::from_millis(5));
        }
    };

    let (_, imported) = a
        .import_text(&seed(SEED_2025), &choosing_new_forums())
        .unwrap();
    let head = a.live().position;
    wait_for("b sees a's import", &|| b.live().position == head);
    assert_eq!(*a.live(), *b.live(), "both nodes fold the same model");
    // The follower counts what it applied just after applying it.
    wait_for("b counts a's events as followed, with their lag", &|| {
        let stats = b.follow_stats();
        stats.events >= imported.opened as u64 && stats.last_lag.is_some()
    });

    // A person added on b can sign in on a.
    let admin = balans_domain::Principal::local("test");
    b.access()
        .add_person(
            &admin,
            "nod-b",
            "Nod B",
            vec![balans_domain::Grant {
                role: balans_domain::Role::Reader,
                party: None,
                forum: None,
            }],
            Some("ett långt lösenord"),
        )
        .unwrap();
    wait_for("a knows b's new person", &|| {
        a.access().person("nod-b").is_some()
    });
    assert!(a.access().sign_in("nod-b", "ett långt lösenord").is_ok());

    // Two writers on one case, each with the version it read: one wins, one gets a conflict.
    let case = *a
        .live()
        .cases
        .iter()
        .find(|(_, row)| row.state.closed.is_none())
        .expect("an open case")
        .0;
    let version = a
        .store()
        .stream_version(&balans_store::StreamId(StreamRef::Case(case).stream_name()))
        .unwrap();
    let statement = |text: &str| balans_domain::Command::RecordStatement {
        case,
        meeting: None,
        party: Party::Employer,
        kind: balans_domain::StatementKind::MinutesNote,
        text: text.into(),
    };
    let meta = || CommandMeta {
        expected_version: Some(version),
        ..CommandMeta::local("test")
    };
    let first = a.execute(statement("från a"), meta());
    let second = b.execute(statement("från b"), meta());
    assert!(first.is_ok(), "{first:?}");
    assert!(
        matches!(second, Err(balans_app::AppError::Conflict { .. })),
        "the second writer, with a stale version, gets a conflict: {second:?}"
    );
    let head = a.live().position;
    wait_for("b sees a's statement", &|| b.live().position == head);
    assert_eq!(*a.live(), *b.live());
    drop(tokio);
}

#[test]
fn two_runtimes_on_one_store_follow_each_others_writes() {
    let log: balans_runtime::SharedStore = Arc::new(balans_store::MemoryStore::new());
    let access: balans_runtime::SharedStore = Arc::new(balans_store::MemoryStore::new());
    two_nodes_follow_each_other((Arc::clone(&log), Arc::clone(&access)), (log, access));
}

#[test]
fn a_store_setting_is_sled_or_a_postgres_url_and_a_url_is_shown_without_its_password() {
    use balans_runtime::Backend;
    assert_eq!(Backend::from_setting(None).unwrap(), Backend::Sled);
    assert_eq!(
        Backend::from_setting(Some(" sled ")).unwrap(),
        Backend::Sled
    );
    let url = "postgres://balans:hemligt@db.example:5432/balans?sslmode=require";
    let backend = Backend::from_setting(Some(url)).unwrap();
    assert_eq!(backend, Backend::Postgres(url.into()));
    assert_eq!(
        backend.to_string(),
        "postgres://balans:***@db.example:5432/balans?sslmode=require"
    );
    let error = Backend::from_setting(Some("mysql://db/balans")).unwrap_err();
    assert!(
        error.swedish().contains("okänd lagring"),
        "{}",
        error.swedish()
    );
    assert!(error.to_string().contains("mysql://db/balans"), "{error}");
}

#[test]
fn two_nodes_cannot_share_one_data_directory_for_their_snapshots() {
    let Some(database) = balans_postgres::testing::fresh_database(
        "two_nodes_cannot_share_one_data_directory_for_their_snapshots",
    ) else {
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    let config = balans_runtime::Config {
        backend: balans_runtime::Backend::Postgres(database.url().into()),
        ..balans_runtime::Config::new(dir.path())
    };
    let first = Runtime::open_with_clock(&config, clock()).unwrap();
    let second = Runtime::open_with_clock(&config, clock());
    let Err(error) = second else {
        panic!("a second node on the same directory opened");
    };
    assert!(
        error.swedish().contains("egen datakatalog"),
        "{}",
        error.swedish()
    );
    drop(first);
    Runtime::open_with_clock(&config, clock()).expect("free again once the first is gone");
}

/// The same on PostgreSQL, each node with its own connections to one database (skipped without
/// a server in `BALANS_TEST_POSTGRES`).
#[test]
fn two_runtimes_on_one_postgres_database_follow_each_others_writes() {
    let Some(database) = balans_postgres::testing::fresh_database(
        "two_runtimes_on_one_postgres_database_follow_each_others_writes",
    ) else {
        return;
    };
    let node = || -> (balans_runtime::SharedStore, balans_runtime::SharedStore) {
        let open = |log: &str| -> balans_runtime::SharedStore {
            Arc::new(balans_postgres::PostgresStore::connect(&database.config(log)).unwrap())
        };
        (open("main"), open("access"))
    };
    two_nodes_follow_each_other(node(), node());
}

/// A point the next meeting strikes off the balance list ("Klar, avförs") leaves it, and a point
/// struck off the first time it is seen is never put on it.
#[test]
fn a_point_struck_off_the_balance_list_leaves_it() {
    let runtime = runtime();
    let first = "Kungsörs kommun\nProtokoll\nFörvaltningsgrupp Kultur och fritid\nDatum: 2025-01-14\nNärvarande: Anna Berg (arbetsgivaren, ordförande), Olle Ek (Vision)\n\n§ 1 Balanslista\n- Belysningen i ishallens omklädningsrum (Vision): kvarstår. Arbetsgivaren återkommer när elektrikern har varit där.\n- Låsen till bollförrådet (Vision): arbetsgivaren redovisade att låsen är bytta. Frågan kan avskrivas.\n";
    let (_, outcome) = runtime.import_text(first, &choosing_new_forums()).unwrap();
    let listed = |runtime: &Runtime| -> Vec<String> {
        runtime
            .live()
            .balance_list(outcome.forum)
            .iter()
            .map(|case| case.state.title.to_string())
            .collect()
    };
    assert_eq!(
        listed(&runtime),
        ["Belysningen i ishallens omklädningsrum (Vision)"],
        "only the point that remains is on the list"
    );
    let second = "Kungsörs kommun\nProtokoll\nFörvaltningsgrupp Kultur och fritid\nDatum: 2025-02-11\nNärvarande: Anna Berg (arbetsgivaren, ordförande), Olle Ek (Vision)\n\n§ 1 Balanslista\n- Belysningen i ishallens omklädningsrum (Vision): arbetsgivaren redovisade att ny belysning har satts upp i omklädningsrummen. Klar, avförs från balanslistan.\n";
    let (draft, _) = runtime
        .import_text(second, &ImportOptions::default())
        .unwrap();
    assert!(
        draft.items.iter().any(|i| i.struck_off && i.link.is_some()),
        "{draft:?}"
    );
    assert!(listed(&runtime).is_empty(), "{:?}", listed(&runtime));
}
