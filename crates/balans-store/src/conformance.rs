//! The conformance suite every [`EventStore`] backend must pass, shared so that they cannot differ.
//!
//! Each check takes a fresh, empty store and panics with a message when the store misbehaves;
//! [`CHECKS`] lists them all and [`run_all`] runs them against stores from a factory.

use std::sync::Barrier;

use jiff::Timestamp;
use serde_json::json;
use ulid::Ulid;

use crate::{
    AppendOutcome, AppendRequest, EventStore, ExpectedVersion, NewEvent, RecordedEvent, StoreError,
    StreamId,
};

/// A check: what it is called, and the function that runs it on a fresh store.
pub type Check = (&'static str, fn(&dyn EventStore));

/// Every check of the suite, by name.
pub const CHECKS: &[Check] = &[
    (
        "an_append_tells_where_its_events_landed",
        an_append_tells_where_its_events_landed,
    ),
    (
        "round_trip_preserves_every_envelope_field",
        round_trip_preserves_every_envelope_field,
    ),
    (
        "versions_and_positions_are_gapless",
        versions_and_positions_are_gapless,
    ),
    ("exact_zero_means_new_stream", exact_zero_means_new_stream),
    (
        "stale_expectation_conflicts_and_writes_nothing",
        stale_expectation_conflicts_and_writes_nothing,
    ),
    (
        "conflict_on_second_stream_writes_nothing",
        conflict_on_second_stream_writes_nothing,
    ),
    (
        "duplicate_command_returns_first_outcome",
        duplicate_command_returns_first_outcome,
    ),
    (
        "duplicate_command_wins_over_stale_expectation",
        duplicate_command_wins_over_stale_expectation,
    ),
    (
        "read_stream_from_middle_version",
        read_stream_from_middle_version,
    ),
    (
        "read_all_from_middle_with_limit",
        read_all_from_middle_with_limit,
    ),
    ("subscribe_sees_new_head", subscribe_sees_new_head),
    (
        "concurrent_appends_lose_no_update",
        concurrent_appends_lose_no_update,
    ),
    (
        "multi_stream_append_lands_in_one_piece",
        multi_stream_append_lands_in_one_piece,
    ),
    ("empty_append", empty_append),
    (
        "read_positions_reads_what_read_all_reads_there",
        read_positions_reads_what_read_all_reads_there,
    ),
    ("invalid_requests_are_refused", invalid_requests_are_refused),
    ("unknown_stream_is_empty", unknown_stream_is_empty),
    (
        "a_command_id_tells_its_first_outcome_and_refuses_another_command",
        a_command_id_tells_its_first_outcome_and_refuses_another_command,
    ),
];

/// Runs every check, each against a new store from `make`.
pub fn run_all<S: EventStore>(make: &dyn Fn() -> S) {
    for (name, check) in CHECKS {
        let store = make();
        eprintln!("conformance: {name}");
        check(&store);
    }
}

/// A new event for `stream` with a fresh id and a payload that says which one it is.
pub fn event(stream: &str, n: u64) -> NewEvent {
    NewEvent {
        id: Ulid::generate(),
        stream: StreamId::new(stream),
        event_type: "TestHappened".into(),
        schema_version: 1,
        occurred_at: timestamp(1_700_000_000, 0),
        recorded_by: "conformance".into(),
        meeting: None,
        causation: Ulid::generate(),
        payload: json!({ "n": n }).into(),
    }
}

/// A request with a fresh command id.
pub fn request(expectations: &[(&str, ExpectedVersion)], events: Vec<NewEvent>) -> AppendRequest {
    AppendRequest {
        fingerprint: None,
        command_id: Ulid::generate(),
        recorded_at: timestamp(1_700_000_100, 123_456_789),
        expectations: expectations
            .iter()
            .map(|(stream, expected)| (StreamId::new(*stream), *expected))
            .collect(),
        events,
    }
}

fn timestamp(second: i64, nanosecond: i32) -> Timestamp {
    Timestamp::new(second, nanosecond).expect("a valid test timestamp")
}

fn append(store: &dyn EventStore, request: AppendRequest) -> AppendOutcome {
    store.append(request).expect("the append should succeed")
}

fn stream(store: &dyn EventStore, id: &str) -> Vec<RecordedEvent> {
    store
        .read_stream(&StreamId::new(id), 1)
        .expect("read_stream")
}

fn all(store: &dyn EventStore) -> Vec<RecordedEvent> {
    store.read_all(1, usize::MAX).expect("read_all")
}

fn head(store: &dyn EventStore) -> u64 {
    store.head_position().expect("head_position")
}

fn version(store: &dyn EventStore, id: &str) -> u64 {
    store
        .stream_version(&StreamId::new(id))
        .expect("stream_version")
}

fn assert_conflict(
    result: Result<AppendOutcome, StoreError>,
    stream: &str,
    expected: u64,
    actual: u64,
) {
    match result {
        Err(StoreError::Conflict {
            stream: s,
            expected: e,
            actual: a,
        }) => {
            assert_eq!(
                (s.as_str(), e, a),
                (stream, expected, actual),
                "conflict details"
            );
        }
        other => panic!("expected a conflict on {stream} ({expected} vs {actual}), got {other:?}"),
    }
}

pub fn round_trip_preserves_every_envelope_field(store: &dyn EventStore) {
    let first = NewEvent {
        id: Ulid::generate(),
        stream: StreamId::new("case-01"),
        event_type: "CaseOpened".into(),
        schema_version: 3,
        occurred_at: timestamp(1_700_000_000, 987_654_321),
        recorded_by: "member:anna".into(),
        meeting: Some("01JHMEETING0000000000000000".into()),
        causation: Ulid::generate(),
        payload: json!({
            "title": "Fietsenstalling — ‘quotes’ and \"escapes\" \u{1F6B2}",
            "amount": -1234567890123_i64,
            "ratio": 0.1,
            "tiny": 5e-324,
            "big": u64::MAX,
            "nested": { "list": [1, null, true, "x"], "empty": {} },
        })
        .into(),
    };
    let second = NewEvent {
        id: Ulid::generate(),
        stream: StreamId::new("case-01"),
        event_type: "NoteAdded".into(),
        schema_version: 1,
        occurred_at: timestamp(-86_400, 0),
        recorded_by: String::new(),
        meeting: None,
        causation: first.causation,
        payload: json!(null).into(),
    };
    let request = request(
        &[("case-01", ExpectedVersion::Exact(0))],
        vec![first.clone(), second.clone()],
    );
    let recorded_at = request.recorded_at;
    let outcome = append(store, request);
    assert_eq!(
        outcome,
        AppendOutcome {
            fingerprint: None,
            last_position: 2,
            first_position: Some(1),
            stream_versions: vec![(StreamId::new("case-01"), 2)],
            duplicate: false,
        }
    );

    let read = stream(store, "case-01");
    assert_eq!(read.len(), 2);
    for ((recorded, sent), (version, position)) in
        read.iter().zip([&first, &second]).zip([(1, 1), (2, 2)])
    {
        let expected = RecordedEvent {
            id: sent.id,
            stream: sent.stream.clone(),
            stream_version: version,
            position,
            recorded_at,
            occurred_at: sent.occurred_at,
            recorded_by: sent.recorded_by.clone(),
            meeting: sent.meeting.clone(),
            event_type: sent.event_type.clone(),
            schema_version: sent.schema_version,
            causation: sent.causation,
            payload: sent.payload.clone(),
        };
        assert_eq!(*recorded, expected);
    }
    assert_eq!(all(store), read, "read_all and read_stream must agree");
}

pub fn versions_and_positions_are_gapless(store: &dyn EventStore) {
    append(store, request(&[], vec![event("a", 1), event("b", 1)]));
    append(store, request(&[], vec![event("a", 2)]));
    append(
        store,
        request(&[], vec![event("c", 1), event("b", 2), event("a", 3)]),
    );

    let log = all(store);
    let positions: Vec<u64> = log.iter().map(|e| e.position).collect();
    assert_eq!(positions, (1..=6).collect::<Vec<_>>());
    for (id, count) in [("a", 3), ("b", 2), ("c", 1)] {
        let versions: Vec<u64> = stream(store, id).iter().map(|e| e.stream_version).collect();
        assert_eq!(
            versions,
            (1..=count).collect::<Vec<_>>(),
            "versions of {id}"
        );
        assert_eq!(version(store, id), count);
    }
    assert_eq!(head(store), 6);
}

pub fn exact_zero_means_new_stream(store: &dyn EventStore) {
    let outcome = append(
        store,
        request(&[("new", ExpectedVersion::Exact(0))], vec![event("new", 1)]),
    );
    assert_eq!(outcome.stream_versions, vec![(StreamId::new("new"), 1)]);
    assert_conflict(
        store.append(request(
            &[("new", ExpectedVersion::Exact(0))],
            vec![event("new", 2)],
        )),
        "new",
        0,
        1,
    );
    // Any skips the check altogether.
    let outcome = append(
        store,
        request(&[("new", ExpectedVersion::Any)], vec![event("new", 2)]),
    );
    assert_eq!(outcome.stream_versions, vec![(StreamId::new("new"), 2)]);
}

pub fn stale_expectation_conflicts_and_writes_nothing(store: &dyn EventStore) {
    append(store, request(&[], vec![event("s", 1), event("s", 2)]));
    let before = all(store);
    let mut head_rx = store.subscribe();
    head_rx.mark_unchanged();

    assert_conflict(
        store.append(request(
            &[("s", ExpectedVersion::Exact(1))],
            vec![event("s", 3)],
        )),
        "s",
        1,
        2,
    );
    assert_conflict(
        store.append(request(
            &[("s", ExpectedVersion::Exact(5))],
            vec![event("s", 3)],
        )),
        "s",
        5,
        2,
    );

    assert_eq!(all(store), before);
    assert_eq!(head(store), 2);
    assert_eq!(version(store, "s"), 2);
    assert!(
        !head_rx.has_changed().unwrap_or(true),
        "a conflict must not move the head"
    );
}

pub fn conflict_on_second_stream_writes_nothing(store: &dyn EventStore) {
    append(
        store,
        request(&[], vec![event("one", 1), event("two", 1), event("two", 2)]),
    );
    let before = all(store);

    let result = store.append(request(
        &[
            ("one", ExpectedVersion::Exact(1)),
            ("two", ExpectedVersion::Exact(1)),
        ],
        vec![event("one", 2), event("two", 3), event("three", 1)],
    ));
    assert_conflict(result, "two", 1, 2);

    assert_eq!(all(store), before);
    assert_eq!(head(store), 3);
    assert_eq!(
        (
            version(store, "one"),
            version(store, "two"),
            version(store, "three")
        ),
        (1, 2, 0)
    );
    assert!(stream(store, "three").is_empty());
}

pub fn duplicate_command_returns_first_outcome(store: &dyn EventStore) {
    let request = request(
        &[("d", ExpectedVersion::Exact(0))],
        vec![event("d", 1), event("e", 1)],
    );
    let first = append(store, request.clone());
    assert!(!first.duplicate);

    let again = append(store, request.clone());
    assert_eq!(
        again,
        AppendOutcome {
            fingerprint: None,
            duplicate: true,
            ..first.clone()
        }
    );
    assert_eq!(head(store), 2);
    assert_eq!(all(store).len(), 2);

    // The command id alone decides: a retry with other content is still the same command.
    let mut changed = request;
    changed.events = vec![event("f", 1)];
    changed.expectations.clear();
    assert_eq!(
        append(store, changed),
        AppendOutcome {
            fingerprint: None,
            duplicate: true,
            ..first
        }
    );
    assert_eq!(head(store), 2);
    assert_eq!(version(store, "f"), 0);
}

pub fn duplicate_command_wins_over_stale_expectation(store: &dyn EventStore) {
    let request = request(&[("r", ExpectedVersion::Exact(0))], vec![event("r", 1)]);
    let first = append(store, request.clone());
    append(store, self::request(&[], vec![event("r", 2)]));

    // Retried after its first attempt landed (and the stream moved on): the first result, no conflict.
    let again = append(store, request);
    assert_eq!(
        again,
        AppendOutcome {
            fingerprint: None,
            duplicate: true,
            ..first
        }
    );
    assert_eq!(head(store), 2);
    assert_eq!(version(store, "r"), 2);
}

pub fn read_stream_from_middle_version(store: &dyn EventStore) {
    for n in 1..=5 {
        append(store, request(&[], vec![event("m", n), event("other", n)]));
    }
    let tail = store
        .read_stream(&StreamId::new("m"), 3)
        .expect("read_stream");
    let versions: Vec<u64> = tail.iter().map(|e| e.stream_version).collect();
    assert_eq!(versions, vec![3, 4, 5]);
    assert!(tail.iter().all(|e| e.stream.as_str() == "m"));
    assert_eq!(tail[0].payload.to_value(), json!({ "n": 3 }));
    assert_eq!(tail[0].position, 5);
    assert!(
        store
            .read_stream(&StreamId::new("m"), 6)
            .expect("read_stream")
            .is_empty()
    );
    assert_eq!(
        store
            .read_stream(&StreamId::new("m"), 0)
            .expect("read_stream")
            .len(),
        5,
        "0 reads from the start"
    );
    let versions_from = |from: u64| -> Vec<u64> {
        store
            .read_stream(&StreamId::new("m"), from)
            .expect("read_stream")
            .iter()
            .map(|e| e.stream_version)
            .collect()
    };
    assert_eq!(
        versions_from(5),
        vec![5],
        "reading from the head gives the head"
    );
    assert!(versions_from(9).is_empty(), "nothing beyond the head");
    // What follows a version a reader already has shows up once it is appended.
    append(store, request(&[], vec![event("m", 6)]));
    assert_eq!(versions_from(6), vec![6]);
}

pub fn read_all_from_middle_with_limit(store: &dyn EventStore) {
    for n in 1..=10 {
        append(
            store,
            request(&[], vec![event(if n % 2 == 0 { "even" } else { "odd" }, n)]),
        );
    }
    let page = store.read_all(4, 3).expect("read_all");
    assert_eq!(
        page.iter().map(|e| e.position).collect::<Vec<_>>(),
        vec![4, 5, 6]
    );
    assert_eq!(page[0].payload.to_value(), json!({ "n": 4 }));
    let rest = store.read_all(9, 100).expect("read_all");
    assert_eq!(
        rest.iter().map(|e| e.position).collect::<Vec<_>>(),
        vec![9, 10]
    );
    assert!(store.read_all(11, 5).expect("read_all").is_empty());
    assert!(store.read_all(1, 0).expect("read_all").is_empty());
    assert_eq!(
        store.read_all(0, 2).expect("read_all").len(),
        2,
        "0 reads from the start"
    );
}

pub fn read_positions_reads_what_read_all_reads_there(store: &dyn EventStore) {
    for n in 1..=10 {
        append(
            store,
            request(
                &[],
                vec![event(if n % 3 == 0 { "third" } else { "other" }, n)],
            ),
        );
    }
    let all = store.read_all(1, 100).expect("read_all");
    let wanted = [9, 3, 6, 6, 1, 10];
    let read = store.read_positions(&wanted).expect("read_positions");
    let expected: Vec<_> = wanted
        .iter()
        .map(|&p| all[p as usize - 1].clone())
        .collect();
    assert_eq!(read, expected, "in the order asked, repeats and all");
    let stream = store
        .read_stream(&StreamId::new("third"), 1)
        .expect("read_stream");
    let positions: Vec<u64> = stream.iter().map(|e| e.position).collect();
    assert_eq!(store.read_positions(&positions).expect("reads"), stream);
    assert!(store.read_positions(&[]).expect("reads").is_empty());
    for beyond in [0, 11, u64::MAX] {
        match store.read_positions(&[2, beyond]) {
            Err(StoreError::InvalidRequest(message)) => {
                assert!(message.contains(&beyond.to_string()), "{message}")
            }
            other => panic!("position {beyond}: {other:?}"),
        }
    }
}

pub fn subscribe_sees_new_head(store: &dyn EventStore) {
    let mut rx = store.subscribe();
    assert_eq!(*rx.borrow_and_update(), 0);
    let outcome = append(store, request(&[], vec![event("w", 1), event("w", 2)]));
    assert!(
        rx.has_changed().expect("the store keeps the sender"),
        "the head must change"
    );
    assert_eq!(*rx.borrow_and_update(), outcome.last_position);
    assert_eq!(
        *store.subscribe().borrow(),
        2,
        "a new receiver starts at the head"
    );

    append(store, request(&[], vec![event("w", 3)]));
    assert_eq!(*rx.borrow_and_update(), 3);
}

pub fn concurrent_appends_lose_no_update(store: &dyn EventStore) {
    const THREADS: usize = 8;
    const APPENDS: usize = 25;
    let id = StreamId::new("contended");
    let barrier = Barrier::new(THREADS);
    std::thread::scope(|scope| {
        for thread in 0..THREADS {
            let (id, barrier) = (&id, &barrier);
            scope.spawn(move || {
                barrier.wait();
                for n in 0..APPENDS {
                    loop {
                        let seen = store.stream_version(id).expect("stream_version");
                        let mut new = event(id.as_str(), n as u64);
                        new.recorded_by = format!("thread-{thread}");
                        match store.append(request(
                            &[(id.as_str(), ExpectedVersion::Exact(seen))],
                            vec![new],
                        )) {
                            Ok(outcome) => {
                                assert_eq!(outcome.stream_versions, vec![(id.clone(), seen + 1)]);
                                break;
                            }
                            Err(StoreError::Conflict { .. }) => continue,
                            Err(other) => panic!("append failed: {other}"),
                        }
                    }
                }
            });
        }
    });

    let total = (THREADS * APPENDS) as u64;
    assert_eq!(store.stream_version(&id).expect("stream_version"), total);
    assert_eq!(head(store), total);
    let events = store.read_stream(&id, 1).expect("read_stream");
    assert_eq!(
        events.iter().map(|e| e.stream_version).collect::<Vec<_>>(),
        (1..=total).collect::<Vec<_>>()
    );
    assert_eq!(
        events.iter().map(|e| e.position).collect::<Vec<_>>(),
        (1..=total).collect::<Vec<_>>()
    );
    for thread in 0..THREADS {
        let mine = events
            .iter()
            .filter(|e| e.recorded_by == format!("thread-{thread}"))
            .count();
        assert_eq!(
            mine, APPENDS,
            "every append of thread {thread} is there once"
        );
    }
}

pub fn multi_stream_append_lands_in_one_piece(store: &dyn EventStore) {
    append(store, request(&[], vec![event("x", 1)]));
    let outcome = append(
        store,
        request(
            &[
                ("x", ExpectedVersion::Exact(1)),
                ("y", ExpectedVersion::Exact(0)),
            ],
            vec![event("x", 2), event("y", 1), event("x", 3), event("z", 1)],
        ),
    );
    assert_eq!(outcome.first_position, Some(2));
    assert_eq!(outcome.last_position, 5);
    assert_eq!(
        outcome.stream_versions,
        vec![
            (StreamId::new("x"), 3),
            (StreamId::new("y"), 1),
            (StreamId::new("z"), 1)
        ],
        "every written stream, in order of first appearance"
    );
    let log = all(store);
    let summary: Vec<(u64, &str, u64)> = log
        .iter()
        .map(|e| (e.position, e.stream.as_str(), e.stream_version))
        .collect();
    assert_eq!(
        summary,
        vec![
            (1, "x", 1),
            (2, "x", 2),
            (3, "y", 1),
            (4, "x", 3),
            (5, "z", 1)
        ]
    );
    assert!(
        log[1..].iter().all(|e| e.recorded_at == log[1].recorded_at),
        "one append, one recorded_at"
    );
}

pub fn an_append_tells_where_its_events_landed(store: &dyn EventStore) {
    append(store, request(&[], vec![event("x", 1), event("w", 1)]));
    for sent in [
        request(
            &[("x", ExpectedVersion::Exact(1))],
            vec![event("x", 2), event("y", 1), event("x", 3), event("z", 1)],
        ),
        request(&[], vec![event("w", 2)]),
        request(&[], vec![event("y", 2), event("y", 3), event("x", 4)]),
    ] {
        let outcome = append(store, sent.clone());
        let first = outcome.first_position.expect("events were appended");
        let count = (outcome.last_position + 1 - first) as usize;
        let read = store.read_all(first, count).expect("reads");
        assert_eq!(outcome.recorded(sent.clone()), read);
        let again = append(store, sent.clone());
        assert!(again.duplicate);
        assert!(
            again.recorded(sent).is_empty(),
            "a retried command wrote nothing"
        );
    }
}

pub fn empty_append(store: &dyn EventStore) {
    append(store, request(&[], vec![event("p", 1)]));
    let mut rx = store.subscribe();
    rx.mark_unchanged();

    let request = request(&[("p", ExpectedVersion::Exact(1))], vec![]);
    let outcome = append(store, request.clone());
    assert_eq!(
        outcome,
        AppendOutcome {
            fingerprint: None,
            last_position: 1,
            first_position: None,
            stream_versions: vec![],
            duplicate: false
        }
    );
    assert_eq!(head(store), 1);
    assert!(
        !rx.has_changed().unwrap_or(true),
        "nothing appended, the head stays"
    );
    // An empty append is still a command: a retry is recognised.
    assert!(append(store, request).duplicate);
    // And its expectations are still checked.
    assert_conflict(
        store.append(self::request(&[("p", ExpectedVersion::Exact(0))], vec![])),
        "p",
        0,
        1,
    );
}

pub fn invalid_requests_are_refused(store: &dyn EventStore) {
    let refused = |req: AppendRequest| match store.append(req) {
        Err(StoreError::InvalidRequest(_)) => {}
        other => panic!("expected InvalidRequest, got {other:?}"),
    };
    refused(request(&[], vec![event("", 1)]));
    refused(request(&[], vec![event("nul\0inside", 1)]));
    refused(request(
        &[("", ExpectedVersion::Any)],
        vec![event("fine", 1)],
    ));
    let twice = event("fine", 1);
    refused(request(&[], vec![twice.clone(), twice]));
    // Only the empty-stream event is wrong, yet nothing of the request lands.
    refused(request(&[], vec![event("fine", 1), event("", 2)]));

    assert_eq!(head(store), 0);
    assert_eq!(version(store, "fine"), 0);
}

pub fn unknown_stream_is_empty(store: &dyn EventStore) {
    append(store, request(&[], vec![event("known", 1)]));
    assert_eq!(version(store, "unknown"), 0);
    assert!(stream(store, "unknown").is_empty());
    // A stream whose id is a prefix of another's must not see the other's events.
    assert!(stream(store, "know").is_empty());
    append(store, request(&[], vec![event("know", 1)]));
    assert_eq!(stream(store, "know").len(), 1);
    assert_eq!(stream(store, "known").len(), 1);
}

/// A command id's outcome can be looked up once appended, and a second append under the same id
/// with another fingerprint (another command) is refused and writes nothing, while the same
/// fingerprint gets the first outcome back.
pub fn a_command_id_tells_its_first_outcome_and_refuses_another_command(store: &dyn EventStore) {
    let first = AppendRequest {
        fingerprint: Some("close case A".into()),
        ..request(&[], vec![event("a", 1)])
    };
    let id = first.command_id;
    assert_eq!(store.command_outcome(id).expect("looked up"), None);
    let outcome = append(store, first.clone());
    let known = store
        .command_outcome(id)
        .expect("looked up")
        .expect("the first outcome");
    assert!(known.duplicate);
    assert_eq!(
        AppendOutcome {
            duplicate: false,
            ..known
        },
        outcome
    );

    let other = AppendRequest {
        command_id: id,
        fingerprint: Some("close case B".into()),
        ..request(&[], vec![event("b", 1)])
    };
    match store.append(other) {
        Err(StoreError::CommandIdReused { command_id }) => assert_eq!(command_id, id),
        result => panic!("expected the reused id to be refused, got {result:?}"),
    }
    assert_eq!(head(store), 1, "nothing appended");
    assert_eq!(version(store, "b"), 0);

    let again = append(
        store,
        AppendRequest {
            events: vec![event("a", 1)],
            ..first
        },
    );
    assert!(again.duplicate);
    assert_eq!(again.last_position, outcome.last_position);
}
