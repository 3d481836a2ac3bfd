//! Tests of the application layer on every store (memory, sled, PostgreSQL): execute, batches, conflicts, retries, idempotency, and the codec.

use std::sync::Arc;

use balans_app::{App, AppError, CommandMeta, FixedClock};
use balans_domain::*;
use balans_events::codec::{self, CURRENT_SCHEMA_VERSION, DecodeError, Upcaster};
use balans_store::{EventStore, MemoryStore, SledStore, StreamId};
use jiff::civil::date;
use serde_json::json;
use ulid::Ulid;

fn clock() -> Box<FixedClock> {
    Box::new(FixedClock(
        "2025-06-01T10:00:00Z".parse().expect("a timestamp"),
    ))
}

fn forum() -> ForumId {
    ForumId(Ulid::from_parts(1, 1))
}
fn meeting() -> MeetingId {
    MeetingId(Ulid::from_parts(2, 1))
}
fn case() -> CaseId {
    CaseId(Ulid::from_parts(3, 1))
}

fn setup() -> Vec<Command> {
    vec![
        Command::CreateForum {
            forum: forum(),
            organization: "Stadsdelsförvaltningen".into(),
            name: "Förvaltningsgrupp".into(),
            code: "FG".into(),
            unions: vec![Party::parse("Kommunal").expect("party")],
        },
        Command::ScheduleMeeting {
            meeting: meeting(),
            forum: forum(),
            date: date(2025, 1, 14),
            time: Some(jiff::civil::time(13, 0, 0, 0)),
            place: Some("Paddan".into()),
        },
        Command::RaiseQuestion {
            case: case(),
            forum: forum(),
            meeting: Some(meeting()),
            section: Some("12".into()),
            title: "Heltid som norm".into(),
            text: "Är det en norm eller en möjlighet?".into(),
            raised_by: Party::parse("Kommunal").expect("party"),
            asked_by: None,
            addressed_to: Party::Employer,
            pre_registered: true,
            carried_over: false,
        },
    ]
}

fn answer() -> Command {
    Command::AnswerQuestion {
        case: case(),
        meeting: Some(meeting()),
        by: Party::Employer,
        person: None,
        text: "Heltid är norm.".into(),
        commitment: None,
    }
}

type Make<'a> = &'a dyn Fn() -> Box<dyn EventStore>;

/// Runs a check on every backend: in memory, on sled, and on PostgreSQL (a fresh database for
/// every store it makes; skipped without a server in `BALANS_TEST_POSTGRES`, failed then when
/// `BALANS_REQUIRE_POSTGRES=1`).
fn with_stores(test: impl Fn(Make)) {
    test(&|| Box::new(MemoryStore::new()));
    let dirs = std::sync::Mutex::new(Vec::new());
    test(&|| {
        let dir = tempfile::tempdir().expect("a temporary directory");
        let store = SledStore::open(dir.path(), Default::default()).expect("sled opens");
        dirs.lock().expect("lock").push(dir);
        Box::new(store)
    });
    let check = std::thread::current()
        .name()
        .unwrap_or("a check of the application layer")
        .to_string();
    let Some(first) = balans_postgres::testing::fresh_database(&check) else {
        return;
    };
    let unused = std::sync::Mutex::new(Some(first));
    let databases = std::sync::Mutex::new(Vec::new());
    test(&|| {
        let database = unused
            .lock()
            .expect("lock")
            .take()
            .or_else(|| balans_postgres::testing::fresh_database(&check))
            .expect("the server that made the first database");
        let store = balans_postgres::PostgresStore::connect(&database.config("main"))
            .expect("PostgreSQL connects");
        databases.lock().expect("lock").push(database);
        Box::new(store)
    });
}

#[test]
fn a_batch_lands_whole_with_envelopes_filled_in() {
    with_stores(|make: Make| {
        let app = App::with_clock(make(), clock());
        let executed = app
            .execute_batch(setup(), CommandMeta::local("sekreterare"))
            .expect("the setup is accepted");
        let types: Vec<_> = executed
            .events
            .iter()
            .map(|e| e.event_type.as_str())
            .collect();
        assert_eq!(
            types,
            [
                "ForumCreated",
                "MeetingScheduled",
                "CaseNumbered",
                "CaseOpened",
                "QuestionRaised"
            ]
        );
        let raised = &executed.events[4];
        assert_eq!(raised.recorded_by, "local:sekreterare");
        assert_eq!(raised.meeting, Some(meeting().to_string()));
        assert_eq!(raised.schema_version, CURRENT_SCHEMA_VERSION);
        // 13:00 in Stockholm in January is 12:00 UTC.
        assert_eq!(raised.occurred_at.to_string(), "2025-01-14T12:00:00Z");
        assert_eq!(raised.recorded_at.to_string(), "2025-06-01T10:00:00Z");
        assert_eq!(executed.outcome.last_position, 5);
        let case = app.load_case(case()).expect("loads").expect("exists");
        assert_eq!(case.number.to_string(), "FG 2025:1");
    });
}

#[test]
fn a_refused_command_in_a_batch_stores_nothing_of_the_batch() {
    with_stores(|make: Make| {
        let app = App::with_clock(make(), clock());
        let mut commands = setup();
        commands.push(Command::AnswerQuestion {
            case: CaseId(Ulid::from_parts(9, 9)),
            meeting: None,
            by: Party::Employer,
            person: None,
            text: "x".into(),
            commitment: None,
        });
        match app.execute_batch(commands, CommandMeta::local("t")) {
            Err(AppError::InBatch {
                index: 3,
                name: "AnswerQuestion",
                source,
            }) => {
                assert!(matches!(
                    *source,
                    AppError::Domain(DomainError::UnknownCase(_))
                ));
            }
            other => panic!("expected the fourth command to be refused, got {other:?}"),
        }
        assert_eq!(app.store().head_position().expect("head"), 0);
    });
}

#[test]
fn a_stale_expected_version_is_a_conflict_and_stores_nothing() {
    with_stores(|make: Make| {
        let app = App::with_clock(make(), clock());
        app.execute_batch(setup(), CommandMeta::local("t"))
            .expect("setup");
        let head = app.store().head_position().expect("head");
        let mut meta = CommandMeta::local("t");
        meta.expected_version = Some(1);
        match app.execute(answer(), meta) {
            Err(AppError::Conflict {
                expected: 1,
                actual: 2,
                ..
            }) => {}
            other => panic!("expected a conflict, got {other:?}"),
        }
        assert_eq!(app.store().head_position().expect("head"), head);
        let mut meta = CommandMeta::local("t");
        meta.expected_version = Some(2);
        let executed = app
            .execute(answer(), meta)
            .expect("the right version is accepted");
        assert_eq!(executed.target_version, 3);
    });
}

#[test]
fn a_retried_command_id_appends_nothing_new() {
    with_stores(|make: Make| {
        let app = App::with_clock(make(), clock());
        app.execute_batch(setup(), CommandMeta::local("t"))
            .expect("setup");
        let meta = CommandMeta::local("t");
        let first = app.execute(answer(), meta.clone()).expect("answered");
        let again = app.execute(answer(), meta).expect("the retry succeeds");
        assert!(again.outcome.duplicate);
        assert!(again.events.is_empty());
        assert_eq!(again.outcome.last_position, first.outcome.last_position);
        assert_eq!(
            app.load_case(case())
                .expect("loads")
                .expect("exists")
                .answers
                .len(),
            1
        );
    });
}

#[test]
fn a_domain_error_names_the_problem_and_stores_nothing() {
    with_stores(|make: Make| {
        let app = App::with_clock(make(), clock());
        app.execute_batch(setup(), CommandMeta::local("t"))
            .expect("setup");
        let head = app.store().head_position().expect("head");
        let error = app
            .execute(
                Command::MakeCommitment {
                    case: case(),
                    meeting: Some(meeting()),
                    spec: CommitmentSpec {
                        by: Party::Employer,
                        person: None,
                        to: None,
                        what: "Återkomma".into(),
                        due_label: None,
                        due_date: Some(date(2024, 12, 1)),
                    },
                },
                CommandMeta::local("t"),
            )
            .expect_err("a due before the meeting is refused");
        assert_eq!(
            error.to_string(),
            "the due date 2024-12-01 is before the meeting on 2025-01-14"
        );
        assert_eq!(app.store().head_position().expect("head"), head);
    });
}

#[test]
fn concurrent_writers_with_expected_versions_get_one_conflict_and_lose_no_update() {
    with_stores(|make: Make| {
        let app = Arc::new(App::with_clock(make(), clock()));
        app.execute_batch(setup(), CommandMeta::local("t"))
            .expect("setup");
        let version = app
            .store()
            .stream_version(&StreamId(case().stream_name()))
            .expect("version");
        let results: Vec<_> = std::thread::scope(|scope| {
            let handles: Vec<_> = (0..2)
                .map(|writer| {
                    let app = Arc::clone(&app);
                    scope.spawn(move || {
                        let mut meta = CommandMeta::local(&format!("writer {writer}"));
                        meta.expected_version = Some(version);
                        app.execute(
                            Command::AskFollowUp {
                                case: case(),
                                meeting: Some(meeting()),
                                by: Party::parse("Kommunal").expect("party"),
                                text: format!("Följdfråga {writer}"),
                            },
                            meta,
                        )
                    })
                })
                .collect();
            handles
                .into_iter()
                .map(|h| h.join().expect("no panic"))
                .collect()
        });
        let conflicts = results
            .iter()
            .filter(|r| matches!(r, Err(AppError::Conflict { .. })))
            .count();
        let successes = results.iter().filter(|r| r.is_ok()).count();
        assert_eq!((successes, conflicts), (1, 1));
        let case = app
            .store()
            .read_stream(&StreamId(case().stream_name()), 1)
            .expect("reads");
        assert_eq!(case.len() as u64, version + 1);
    });
}

#[test]
fn concurrent_writers_without_expected_versions_are_retried_and_all_land() {
    with_stores(|make: Make| {
        let app = Arc::new(App::with_clock(make(), clock()));
        app.execute_batch(setup(), CommandMeta::local("t"))
            .expect("setup");
        std::thread::scope(|scope| {
            for writer in 0..4 {
                let app = Arc::clone(&app);
                scope.spawn(move || {
                    app.execute(
                        Command::AskFollowUp {
                            case: case(),
                            meeting: Some(meeting()),
                            by: Party::parse("Kommunal").expect("party"),
                            text: format!("Följdfråga {writer}"),
                        },
                        CommandMeta::local("t"),
                    )
                    .expect("retried until it lands");
                });
            }
        });
        let events = app
            .store()
            .read_stream(&StreamId(case().stream_name()), 1)
            .expect("reads");
        let follow_ups = events
            .iter()
            .filter(|e| e.event_type == "FollowUpAsked")
            .count();
        assert_eq!(follow_ups, 4);
    });
}

#[test]
fn every_event_round_trips_through_the_stored_form() {
    let app = App::with_clock(MemoryStore::new(), clock());
    app.execute_batch(setup(), CommandMeta::local("t"))
        .expect("setup");
    let stored = app.store().read_all(1, 100).expect("reads");
    for recorded in stored {
        let event = balans_events::decode_recorded(&recorded).expect("decodes");
        let encoded = codec::encode(&event);
        assert_eq!(encoded.event_type, recorded.event_type);
        assert_eq!(encoded.payload, recorded.payload.to_value());
    }
}

#[test]
fn old_shapes_are_upcast_before_decoding() {
    // A hypothetical version 0 of Discussed called its note "comment".
    fn rename_comment(mut payload: serde_json::Value) -> serde_json::Value {
        if let Some(object) = payload.as_object_mut()
            && let Some(comment) = object.remove("comment")
        {
            object.insert("note".into(), comment);
        }
        payload
    }
    let upcasters = [Upcaster {
        event_type: "Discussed",
        from_version: 0,
        upcast: rename_comment,
    }];
    let old = json!({
        "case": case(),
        "comment": "Kvarvarande fråga",
        "at": {"meeting": null, "on": "2025-01-14"}
    });
    let event = codec::decode_with(&upcasters, "Discussed", 0, old.clone()).expect("upcast");
    assert_eq!(
        event,
        Event::Discussed {
            case: case(),
            note: Some("Kvarvarande fråga".into()),
            at: Occurrence {
                meeting: None,
                on: date(2025, 1, 14)
            },
        }
    );
    assert_eq!(
        codec::decode_with(&[], "Discussed", 0, old),
        Err(DecodeError::MissingUpcaster {
            event_type: "Discussed".into(),
            version: 0
        })
    );
    assert!(matches!(
        codec::decode("Discussed", CURRENT_SCHEMA_VERSION + 1, &json!({}).into()),
        Err(DecodeError::FromTheFuture { .. })
    ));
}

#[test]
fn cached_stream_states_see_what_other_writers_appended() {
    // Two applications over one store, as two server instances would be: each caches the
    // forum's folded state, and each must still number cases after the other's.
    let store = Arc::new(MemoryStore::new());
    let first = App::with_clock(Arc::clone(&store), clock());
    let second = App::with_clock(Arc::clone(&store), clock());
    first
        .execute_batch(setup(), CommandMeta::local("test"))
        .expect("setup");
    let open = |app: &App<Arc<MemoryStore>>, n: u128| {
        app.execute(
            Command::RaiseQuestion {
                case: CaseId(Ulid::from_parts(30, n)),
                forum: forum(),
                meeting: Some(meeting()),
                section: None,
                title: format!("Fråga {n}"),
                text: String::new(),
                raised_by: Party::parse("Kommunal").expect("party"),
                asked_by: None,
                addressed_to: Party::Employer,
                pre_registered: false,
                carried_over: false,
            },
            CommandMeta::local("test"),
        )
        .expect("opens")
    };
    open(&first, 1);
    open(&second, 2);
    open(&first, 3);
    let numbers: Vec<u32> = (1..=3)
        .map(|n| {
            first
                .load_case(CaseId(Ulid::from_parts(30, n)))
                .expect("loads")
                .expect("exists")
                .number
                .sequence
        })
        .collect();
    // The setup opened case 1 already; these follow it, one after the other, with no number twice.
    assert_eq!(numbers, [2, 3, 4]);
}

/// A store that counts the events `read_stream` hands out: what a command read back.
struct Counting {
    store: Arc<dyn EventStore>,
    read: std::sync::atomic::AtomicUsize,
}

impl Counting {
    fn read(&self) -> usize {
        self.read.load(std::sync::atomic::Ordering::SeqCst)
    }
}

impl EventStore for Counting {
    fn append(
        &self,
        request: balans_store::AppendRequest,
    ) -> Result<balans_store::AppendOutcome, balans_store::StoreError> {
        self.store.append(request)
    }
    fn read_stream(
        &self,
        stream: &StreamId,
        from_version: u64,
    ) -> Result<Vec<balans_store::RecordedEvent>, balans_store::StoreError> {
        let events = self.store.read_stream(stream, from_version)?;
        self.read
            .fetch_add(events.len(), std::sync::atomic::Ordering::SeqCst);
        Ok(events)
    }
    fn read_all(
        &self,
        from_position: u64,
        limit: usize,
    ) -> Result<Vec<balans_store::RecordedEvent>, balans_store::StoreError> {
        self.store.read_all(from_position, limit)
    }
    fn read_positions(
        &self,
        positions: &[u64],
    ) -> Result<Vec<balans_store::RecordedEvent>, balans_store::StoreError> {
        self.store.read_positions(positions)
    }
    fn stream_version(&self, stream: &StreamId) -> Result<u64, balans_store::StoreError> {
        self.store.stream_version(stream)
    }
    fn head_position(&self) -> Result<u64, balans_store::StoreError> {
        self.store.head_position()
    }
    fn command_outcome(
        &self,
        command_id: Ulid,
    ) -> Result<Option<balans_store::AppendOutcome>, balans_store::StoreError> {
        self.store.command_outcome(command_id)
    }
    fn subscribe(&self) -> tokio::sync::watch::Receiver<u64> {
        self.store.subscribe()
    }
}

/// The case's state folded from its first `version` events in `store`.
fn folded_case(store: &dyn EventStore, version: u64) -> CaseState {
    let mut state = None;
    for recorded in store
        .read_stream(&StreamId(case().stream_name()), 1)
        .expect("reads")
        .iter()
        .take(version as usize)
    {
        state = evolve_case(
            state,
            &balans_events::decode_recorded(recorded).expect("decodes"),
        );
    }
    state.expect("the case")
}

fn close() -> Command {
    Command::CloseCase {
        case: case(),
        meeting: Some(meeting()),
        resolution: Resolution::Withdrawn,
        note: None,
    }
}

#[test]
fn a_command_after_a_write_starts_from_the_state_the_app_decided_reading_nothing_back() {
    with_stores(|make| {
        let store = Arc::new(Counting {
            store: Arc::from(make()),
            read: Default::default(),
        });
        let writer = App::with_clock(Arc::clone(&store), clock());
        writer
            .execute_batch(setup(), CommandMeta::local("test"))
            .expect("setup");
        let before = store.read();
        let answered = writer
            .execute(answer(), CommandMeta::local("test"))
            .expect("answers");
        let closed = writer
            .execute(close(), CommandMeta::local("test"))
            .expect("closes");
        assert_eq!(closed.target_version, answered.target_version + 1);
        assert_eq!(
            store.read(),
            before,
            "the case and the meeting came from the App's own cache"
        );
        // What it holds is what the stream folds to: a fresh App reads the whole stream.
        let fresh = App::with_clock(Arc::clone(&store), clock());
        let folded = fresh.load_case(case()).expect("loads");
        assert!(store.read() > before, "a fresh App reads the stream");
        assert_eq!(writer.load_case(case()).expect("loads"), folded);
        assert_eq!(folded, Some(folded_case(&*store, closed.target_version)));
    });
}

#[test]
fn a_cached_state_behind_the_store_is_brought_up_with_another_writers_events() {
    with_stores(|make| {
        let store: Arc<dyn EventStore> = Arc::from(make());
        let first = App::with_clock(Arc::clone(&store), clock());
        first
            .execute_batch(setup(), CommandMeta::local("test"))
            .expect("setup");
        // Another App closes the case: the first one's cached state is now behind the store.
        let second = App::with_clock(Arc::clone(&store), clock());
        second
            .execute(close(), CommandMeta::local("test"))
            .expect("closes");
        let refused = first
            .execute(answer(), CommandMeta::local("test"))
            .expect_err("closed by the other writer");
        assert!(
            matches!(refused, AppError::Domain(DomainError::CaseClosed { .. })),
            "{refused:?}"
        );
        let reopened = first
            .execute(
                Command::ReopenCase {
                    case: case(),
                    meeting: Some(meeting()),
                    reason: "Ny information".into(),
                },
                CommandMeta::local("test"),
            )
            .expect("reopens");
        assert_eq!(
            first.load_case(case()).expect("loads"),
            Some(folded_case(&*store, reopened.target_version))
        );
    });
}

/// Every kind of command, each with what must be recorded before it and the party it acts for
/// (where a party may send it at all).
fn every_command() -> Vec<(&'static str, Vec<Command>, Command, Option<Party>)> {
    let kommunal = Party::parse("Kommunal").expect("party");
    let employer_commitment = Command::MakeCommitment {
        case: case(),
        meeting: Some(meeting()),
        spec: CommitmentSpec {
            by: Party::Employer,
            person: None,
            to: Some(kommunal.clone()),
            what: "Återkomma med en plan".into(),
            due_label: None,
            due_date: Some(date(2025, 9, 1)),
        },
    };
    let hold = Command::HoldMeeting {
        meeting: meeting(),
        chair: None,
        secretary: None,
    };
    let approve = Command::ApproveMinutes {
        meeting: meeting(),
        by: vec!["Anna".into()],
        on: date(2025, 1, 20),
    };
    let new_case = CaseId(Ulid::from_parts(3, 2));
    vec![
        (
            "CreateForum",
            vec![],
            Command::CreateForum {
                forum: ForumId(Ulid::from_parts(1, 2)),
                organization: "Kommunen".into(),
                name: "Skyddskommitté".into(),
                code: "SK".into(),
                unions: vec![],
            },
            None,
        ),
        (
            "AddUnionToForum",
            vec![],
            Command::AddUnionToForum {
                forum: forum(),
                union: Party::parse("Ledarna").expect("party"),
            },
            None,
        ),
        (
            "ScheduleMeeting",
            vec![],
            Command::ScheduleMeeting {
                meeting: MeetingId(Ulid::from_parts(2, 2)),
                forum: forum(),
                date: date(2025, 3, 11),
                time: None,
                place: None,
            },
            None,
        ),
        (
            "RescheduleMeeting",
            vec![],
            Command::RescheduleMeeting {
                meeting: meeting(),
                date: date(2025, 1, 15),
                time: None,
                place: None,
            },
            None,
        ),
        (
            "RecordAttendance",
            vec![],
            Command::RecordAttendance {
                meeting: meeting(),
                present: vec![Attendee {
                    name: Some("Anna".into()),
                    party: kommunal.clone(),
                    role: None,
                }],
                absent: vec![],
            },
            None,
        ),
        (
            "AppointApprovers",
            vec![],
            Command::AppointApprovers {
                meeting: meeting(),
                approvers: vec![Approver {
                    name: Some("Anna".into()),
                    party: kommunal.clone(),
                }],
                deadline: None,
                comments_deadline: None,
            },
            None,
        ),
        ("HoldMeeting", vec![], hold.clone(), None),
        ("ApproveMinutes", vec![hold.clone()], approve.clone(), None),
        (
            "PublishMinutes",
            vec![hold.clone(), approve],
            Command::PublishMinutes {
                meeting: meeting(),
                on: date(2025, 1, 21),
            },
            None,
        ),
        (
            "RaiseQuestion",
            vec![],
            Command::RaiseQuestion {
                case: new_case,
                forum: forum(),
                meeting: None,
                section: None,
                title: "Bemanning i sommar".into(),
                text: String::new(),
                raised_by: kommunal.clone(),
                asked_by: None,
                addressed_to: Party::Employer,
                pre_registered: false,
                carried_over: false,
            },
            Some(kommunal.clone()),
        ),
        (
            "RegisterBoardMatter",
            vec![],
            Command::RegisterBoardMatter {
                case: new_case,
                forum: forum(),
                meeting: None,
                section: None,
                title: "Budget".into(),
                text: String::new(),
                registry_number: Some("SDF 2025/1".into()),
                mbl: None,
            },
            None,
        ),
        (
            "OpenCase",
            vec![],
            Command::OpenCase {
                case: new_case,
                forum: forum(),
                kind: CaseKind::Negotiation,
                meeting: None,
                section: None,
                title: "Information om lokaler".into(),
                text: String::new(),
            },
            None,
        ),
        ("AnswerQuestion", vec![], answer(), Some(Party::Employer)),
        (
            "AskFollowUp",
            vec![answer()],
            Command::AskFollowUp {
                case: case(),
                meeting: None,
                by: kommunal.clone(),
                text: "Och på helger?".into(),
            },
            Some(kommunal.clone()),
        ),
        (
            "MakeCommitment",
            vec![],
            employer_commitment.clone(),
            Some(Party::Employer),
        ),
        (
            "RenewCommitment",
            vec![employer_commitment.clone()],
            Command::RenewCommitment {
                case: case(),
                commitment: 1,
                meeting: None,
                due_label: None,
                due_date: Some(date(2025, 12, 1)),
                note: None,
            },
            Some(Party::Employer),
        ),
        (
            "FulfilCommitment",
            vec![employer_commitment],
            Command::FulfilCommitment {
                case: case(),
                commitment: 1,
                meeting: None,
                note: None,
            },
            Some(Party::Employer),
        ),
        (
            "AddToBalanceList",
            vec![],
            Command::AddToBalanceList {
                case: case(),
                meeting: None,
                note: None,
            },
            None,
        ),
        (
            "RemoveFromBalanceList",
            vec![Command::AddToBalanceList {
                case: case(),
                meeting: None,
                note: None,
            }],
            Command::RemoveFromBalanceList {
                case: case(),
                meeting: None,
                note: None,
            },
            None,
        ),
        (
            "RecordDiscussion",
            vec![],
            Command::RecordDiscussion {
                case: case(),
                meeting: meeting(),
                note: None,
            },
            None,
        ),
        (
            "RecordStatement",
            vec![],
            Command::RecordStatement {
                case: case(),
                meeting: None,
                party: kommunal.clone(),
                kind: StatementKind::MinutesNote,
                text: "Kommunal ser allvarligt på detta.".into(),
            },
            Some(kommunal),
        ),
        ("CloseCase", vec![], close(), None),
        (
            "ReopenCase",
            vec![close()],
            Command::ReopenCase {
                case: case(),
                meeting: None,
                reason: "Frågan kom tillbaka".into(),
            },
            None,
        ),
        (
            "CorrectCase",
            vec![],
            Command::CorrectCase {
                case: case(),
                changes: CaseCorrection {
                    title: Some("Heltid som norm i hemtjänsten".into()),
                    text: None,
                    section: None,
                    raised_by: None,
                    addressed_to: None,
                },
                reason: "Rubriken var för kort".into(),
            },
            None,
        ),
    ]
}

/// What a principal should get for a command (by its name and the party it acts for): `None`
/// when it is recorded, else the refusal's code.
type Expectation<'a> = &'a dyn Fn(&str, &Option<Party>) -> Option<&'static str>;

/// Every role against every command: the allowed ones are recorded, naming who sent them; the
/// others are refused as unauthenticated or forbidden, and store nothing.
/// A union's grant without a forum limit still speaks only in the forums that list the union:
/// commands that name only a case (a statement, a promise) are checked against the case's
/// forum, and refused there without storing anything.
#[test]
fn a_union_writes_only_in_the_forums_that_list_it() {
    let vision = Party::parse("Vision").expect("party");
    let kommunal = Party::parse("Kommunal").expect("party");
    let store: Arc<dyn EventStore> = Arc::new(MemoryStore::new());
    let app = App::with_clock(Arc::clone(&store), clock());
    // The forum of `setup` lists Kommunal only.
    app.execute_batch(setup(), CommandMeta::local("setup"))
        .expect("the setup is recorded");
    let as_union = |party: &Party| {
        CommandMeta::new(Principal {
            id: format!("person:{}", party.name()),
            name: party.name().to_string(),
            grants: vec![Grant::party(party.clone(), None)],
        })
    };
    let statement = |party: &Party| Command::RecordStatement {
        case: case(),
        meeting: None,
        party: party.clone(),
        kind: StatementKind::MinutesNote,
        text: "Vi ser allvarligt på detta.".into(),
    };
    let promise = |party: &Party| Command::MakeCommitment {
        case: case(),
        meeting: None,
        spec: CommitmentSpec {
            by: party.clone(),
            person: None,
            to: Some(Party::Employer),
            what: "Återkomma med medlemmarnas synpunkter".into(),
            due_label: None,
            due_date: None,
        },
    };
    let head = store.head_position().expect("head");
    for command in [statement(&vision), promise(&vision)] {
        let refused = app.execute(command.clone(), as_union(&vision));
        assert!(
            matches!(&refused, Err(AppError::Refused(refusal)) if matches!(**refusal, Refusal::Forbidden { .. })),
            "Vision does not sit in FG: {command:?} gave {refused:?}"
        );
    }
    assert_eq!(store.head_position().expect("head"), head, "nothing stored");
    for command in [statement(&kommunal), promise(&kommunal)] {
        let executed = app
            .execute(command, as_union(&kommunal))
            .expect("Kommunal sits in FG");
        assert!(
            executed
                .events
                .iter()
                .all(|e| e.recorded_by == "person:Kommunal")
        );
    }
}

#[test]
fn every_role_against_every_command() {
    let kommunal = Party::parse("Kommunal").expect("party");
    let person = |id: &str, grants: Vec<Grant>| Principal {
        id: format!("person:{id}"),
        name: id.to_string(),
        grants,
    };
    let elsewhere = ForumId(Ulid::from_parts(1, 9));
    let principals: Vec<(Principal, Expectation)> = vec![
        (Principal::local("admin"), &|_, _| None),
        (Principal::anonymous(), &|_, _| Some("UNAUTHENTICATED")),
        (
            person(
                "läsare",
                vec![Grant {
                    role: Role::Reader,
                    party: None,
                    forum: None,
                }],
            ),
            &|_, _| Some("FORBIDDEN"),
        ),
        (
            person("sekreterare", vec![Grant::secretary(Some(forum()))]),
            &|name, _| (name == "CreateForum").then_some("FORBIDDEN"),
        ),
        (
            person("annan-sekreterare", vec![Grant::secretary(Some(elsewhere))]),
            &|_, _| Some("FORBIDDEN"),
        ),
        (
            person("kommunal", vec![Grant::party(kommunal.clone(), None)]),
            &|_, acts| (acts.as_ref().map(Party::name) != Some("Kommunal")).then_some("FORBIDDEN"),
        ),
        (
            person("chef", vec![Grant::party(Party::Employer, None)]),
            &|_, acts| (acts != &Some(Party::Employer)).then_some("FORBIDDEN"),
        ),
    ];
    let mut checked = 0;
    for (name, before, command, acts) in every_command() {
        for (principal, expected) in &principals {
            let store: Arc<dyn EventStore> = Arc::new(MemoryStore::new());
            let app = App::with_clock(Arc::clone(&store), clock());
            let mut setup = setup();
            if let Command::CreateForum { unions, .. } = &mut setup[0] {
                unions.push(Party::parse("Vision").expect("party"));
            }
            setup.extend(before.clone());
            app.execute_batch(setup, CommandMeta::local("setup"))
                .unwrap_or_else(|error| panic!("{name}: the setup is recorded: {error}"));
            let head = store.head_position().expect("head");
            let result = app.execute(command.clone(), CommandMeta::new(principal.clone()));
            match (expected(name, &acts), result) {
                (None, Ok(executed)) => {
                    assert!(!executed.events.is_empty(), "{name} by {}", principal.id);
                    assert!(
                        executed
                            .events
                            .iter()
                            .all(|e| e.recorded_by == principal.id),
                        "{name}: recorded by {}",
                        principal.id
                    );
                }
                (Some(code), Err(AppError::Refused(refusal))) => {
                    assert_eq!(refusal.code(), code, "{name} by {}", principal.id);
                    assert!(!refusal.swedish().is_empty());
                    assert_eq!(
                        store.head_position().expect("head"),
                        head,
                        "{name} by {}: nothing stored",
                        principal.id
                    );
                }
                (expected, result) => panic!(
                    "{name} by {}: expected {expected:?}, got {result:?}",
                    principal.id
                ),
            }
            checked += 1;
        }
    }
    assert_eq!(checked, 24 * 7);
}

#[test]
fn a_protocol_text_is_stored_on_its_meeting_and_read_back_whole() {
    let app = App::with_clock(MemoryStore::new(), clock());
    app.execute_batch(setup(), CommandMeta::local("t"))
        .expect("setup");
    let text =
        "Protokoll\n\n§ 4 Frågor från Kommunal\nKommunal undrar över schemat – och ”lönen”.\n";
    app.execute(
        Command::RecordMinutesText {
            meeting: meeting(),
            minutes_text: text.into(),
            source_encoding: "UTF-8".into(),
            sections: vec![balans_domain::MinutesSection {
                case: case(),
                section: "4".into(),
            }],
        },
        CommandMeta::local("t"),
    )
    .expect("recorded");
    let stored = app
        .store()
        .read_stream(&StreamId(meeting().stream_name()), 1)
        .expect("reads");
    let recorded = stored
        .iter()
        .find(|e| e.event_type == "MinutesTextRecorded")
        .expect("on the meeting's stream");
    assert_eq!(recorded.schema_version, 1);
    assert_eq!(recorded.payload.to_value()["text"], json!(text));
    assert_eq!(
        recorded.payload.to_value()["sections"],
        json!([{"case": case(), "section": "4"}])
    );
    let event = balans_events::decode_recorded(recorded).expect("decodes");
    assert_eq!(codec::encode(&event).payload, recorded.payload.to_value());
    // A payload without the sections reads as none.
    let bare = json!({"meeting": meeting(), "text": text, "source_encoding": "DOCX"});
    assert_eq!(
        codec::decode("MinutesTextRecorded", 1, &bare.into()),
        Ok(Event::MinutesTextRecorded {
            meeting: meeting(),
            text: text.into(),
            source_encoding: "DOCX".into(),
            sections: Vec::new(),
        })
    );
}
