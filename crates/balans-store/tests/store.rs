//! Runs the conformance suite on both backends, plus the checks only the sled store can fail.

use std::path::Path;
use std::sync::Barrier;
use std::sync::atomic::{AtomicBool, Ordering};

use balans_store::conformance::{self, event, request};
use balans_store::{
    EventStore, ExpectedVersion, MemoryStore, SledOptions, SledStore, StoreError, StreamId,
    SyncStats,
};
use tempfile::TempDir;

fn open(path: &Path) -> SledStore {
    SledStore::open(path, SledOptions::default()).expect("open the sled store")
}

macro_rules! conformance_tests {
    ($($check:ident),* $(,)?) => {
        const LISTED: &[&str] = &[$(stringify!($check)),*];

        mod memory {
            use super::*;
            $(
                #[test]
                fn $check() {
                    conformance::$check(&MemoryStore::new());
                }
            )*
        }

        mod sled {
            use super::*;
            $(
                #[test]
                fn $check() {
                    let dir = TempDir::new().expect("tempdir");
                    let store = open(dir.path());
                    conformance::$check(&store);
                }
            )*
        }
    };
}

conformance_tests!(
    an_append_tells_where_its_events_landed,
    round_trip_preserves_every_envelope_field,
    versions_and_positions_are_gapless,
    exact_zero_means_new_stream,
    stale_expectation_conflicts_and_writes_nothing,
    conflict_on_second_stream_writes_nothing,
    duplicate_command_returns_first_outcome,
    duplicate_command_wins_over_stale_expectation,
    read_stream_from_middle_version,
    read_all_from_middle_with_limit,
    subscribe_sees_new_head,
    concurrent_appends_lose_no_update,
    multi_stream_append_lands_in_one_piece,
    empty_append,
    read_positions_reads_what_read_all_reads_there,
    invalid_requests_are_refused,
    unknown_stream_is_empty,
    a_command_id_tells_its_first_outcome_and_refuses_another_command,
);

#[test]
fn every_conformance_check_runs_on_both_backends() {
    let all: Vec<&str> = conformance::CHECKS.iter().map(|(name, _)| *name).collect();
    assert_eq!(
        LISTED,
        all.as_slice(),
        "list every conformance check in conformance_tests!"
    );
}

#[test]
fn run_all_passes_on_the_memory_store() {
    conformance::run_all(&MemoryStore::new);
}

#[test]
fn sled_reopen_gives_back_what_was_stored() {
    let dir = TempDir::new().expect("tempdir");
    let first_request = request(
        &[("case-1", ExpectedVersion::Exact(0))],
        vec![event("case-1", 1), event("forum", 1)],
    );
    let (log, first_outcome) = {
        let store = open(dir.path());
        let outcome = store.append(first_request.clone()).expect("append");
        store
            .append(request(&[], vec![event("case-1", 2)]))
            .expect("append");
        (store.read_all(1, usize::MAX).expect("read_all"), outcome)
    };

    let store = open(dir.path());
    assert_eq!(store.read_all(1, usize::MAX).expect("read_all"), log);
    assert_eq!(store.head_position().expect("head"), 3);
    assert_eq!(
        *store.subscribe().borrow(),
        3,
        "the notification starts at the stored head"
    );
    assert_eq!(
        store
            .stream_version(&StreamId::new("case-1"))
            .expect("version"),
        2
    );
    assert_eq!(
        store
            .read_stream(&StreamId::new("forum"), 1)
            .expect("read_stream"),
        vec![log[1].clone()]
    );

    let retried = store.append(first_request).expect("retry");
    assert!(retried.duplicate);
    assert_eq!(retried.stream_versions, first_outcome.stream_versions);

    let next = store
        .append(request(
            &[("case-1", ExpectedVersion::Exact(2))],
            vec![event("case-1", 3)],
        ))
        .expect("append");
    assert_eq!(
        (next.first_position, next.last_position),
        (Some(4), 4),
        "positions continue without a gap"
    );
}

#[test]
fn sled_second_opener_gets_locked_and_first_keeps_working() {
    let dir = TempDir::new().expect("tempdir");
    let first = open(dir.path());
    first
        .append(request(&[], vec![event("s", 1)]))
        .expect("append");

    match SledStore::open(dir.path(), SledOptions::default()) {
        Err(error @ StoreError::Locked { .. }) => {
            let StoreError::Locked { path } = &error else {
                unreachable!()
            };
            assert_eq!(Path::new(path), dir.path());
            assert!(
                error
                    .to_string()
                    .contains(&dir.path().display().to_string()),
                "{error}"
            );
        }
        other => panic!("expected Locked, got {other:?}"),
    }

    let outcome = first
        .append(request(&[], vec![event("s", 2)]))
        .expect("the first store still appends");
    assert_eq!(outcome.last_position, 2);
    assert_eq!(first.read_all(1, 10).expect("read_all").len(), 2);

    drop(first);
    let again = open(dir.path());
    assert_eq!(again.head_position().expect("head"), 2);
}

#[test]
fn sled_acknowledges_an_append_only_after_a_sync() {
    let dir = TempDir::new().expect("tempdir");
    let store = open(dir.path());
    assert_eq!(
        store.sync_stats(),
        SyncStats {
            committed: 0,
            durable: 0,
            syncs: 0
        }
    );

    let req = request(&[], vec![event("d", 1)]);
    store.append(req.clone()).expect("append");
    // Alone, the append led its own round: it synced after it committed.
    assert_eq!(
        store.sync_stats(),
        SyncStats {
            committed: 1,
            durable: 1,
            syncs: 1
        }
    );

    store
        .append(request(&[], vec![event("d", 2)]))
        .expect("append");
    assert_eq!(
        store.sync_stats(),
        SyncStats {
            committed: 2,
            durable: 2,
            syncs: 2
        }
    );

    // A duplicate is acknowledged only once its first attempt is durable, so it waits too.
    assert!(store.append(req).expect("retry").duplicate);
    assert_eq!(
        store.sync_stats(),
        SyncStats {
            committed: 3,
            durable: 3,
            syncs: 3
        }
    );

    // Refused appends commit nothing and sync nothing.
    assert!(
        store
            .append(request(
                &[("d", ExpectedVersion::Exact(0))],
                vec![event("d", 3)]
            ))
            .is_err()
    );
    assert!(store.append(request(&[], vec![event("", 3)])).is_err());
    assert_eq!(store.sync_count(), 3);
}

#[test]
fn sled_group_commit_shares_syncs_between_concurrent_appends() {
    const THREADS: usize = 16;
    const APPENDS: usize = 20;
    let dir = TempDir::new().expect("tempdir");
    let store = open(dir.path());
    let barrier = Barrier::new(THREADS);
    let done = AtomicBool::new(false);
    let mut head_rx = store.subscribe();

    std::thread::scope(|scope| {
        // The published head must only ever move forward, even though appenders finish in
        // whatever order their group's sync wakes them.
        let watcher = scope.spawn(|| {
            let mut last = 0;
            let mut changes = 0;
            loop {
                // Read `done` first: the head read after it is then the final one.
                let finished = done.load(Ordering::SeqCst);
                let head = *head_rx.borrow_and_update();
                assert!(head >= last, "the head went back from {last} to {head}");
                changes += usize::from(head != last);
                last = head;
                if finished {
                    return (last, changes);
                }
                std::thread::yield_now();
            }
        });
        let appenders: Vec<_> = (0..THREADS)
            .map(|thread| {
                let (store, barrier) = (&store, &barrier);
                scope.spawn(move || {
                    let stream = format!("stream-{thread}");
                    barrier.wait();
                    for n in 0..APPENDS {
                        let committed_before = store.sync_stats().committed;
                        let expected = ExpectedVersion::Exact(n as u64);
                        store
                            .append(request(
                                &[(stream.as_str(), expected)],
                                vec![event(&stream, n as u64)],
                            ))
                            .expect("append");
                        // This append's ticket came after `committed_before`, and it returned only
                        // once a sync that started after its commit had covered it.
                        assert!(store.sync_stats().durable > committed_before);
                    }
                })
            })
            .collect();
        // Join them all before judging any, so that a failed appender cannot leave the
        // watcher spinning forever.
        let results: Vec<_> = appenders
            .into_iter()
            .map(|appender| appender.join())
            .collect();
        done.store(true, Ordering::SeqCst);
        assert!(
            results.iter().all(Result::is_ok),
            "an appender thread failed"
        );
        let (last, changes) = watcher.join().expect("watcher thread");
        assert_eq!(last, (THREADS * APPENDS) as u64);
        assert!(changes >= 1);
    });

    let total = (THREADS * APPENDS) as u64;
    let stats = store.sync_stats();
    assert_eq!(stats.committed, total);
    assert_eq!(stats.durable, total);
    assert!(stats.syncs >= 1);
    assert!(
        stats.syncs < total,
        "group commit should share syncs: {} syncs for {total} appends",
        stats.syncs
    );
    eprintln!("group commit: {} syncs for {total} appends", stats.syncs);
    assert_eq!(store.head_position().expect("head"), total);
    assert_eq!(*store.subscribe().borrow(), total);
}

#[test]
fn sled_large_payloads_survive_reopen() {
    // Big enough, even compressed, that sled stores the value as a separate blob file:
    // random hex digits do not compress below 4 bits a character.
    let dir = TempDir::new().expect("tempdir");
    let mut big = event("big", 1);
    let mut state = 0x9e37_79b9_7f4a_7c15_u64;
    let random: String = (0..1_200_000)
        .map(|_| {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            char::from_digit((state % 16) as u32, 16).expect("a hex digit")
        })
        .collect();
    big.payload = serde_json::json!({ "text": random }).into();
    {
        let store = open(dir.path());
        store
            .append(request(&[], vec![big.clone(), event("big", 2)]))
            .expect("append");
        let blobs = std::fs::read_dir(dir.path().join("blobs"))
            .expect("blobs dir")
            .count();
        assert!(
            blobs > 0,
            "the payload should have gone to a blob file, which the store syncs itself"
        );
    }
    let store = open(dir.path());
    let events = store
        .read_stream(&StreamId::new("big"), 1)
        .expect("read_stream");
    assert_eq!(events.len(), 2);
    assert_eq!(events[0].payload, big.payload);
}

#[test]
fn sled_reports_a_damaged_event_as_corrupt() {
    let dir = TempDir::new().expect("tempdir");
    {
        let store = open(dir.path());
        for events in [
            vec![event("c", 1)],
            vec![event("c", 2)],
            vec![event("c", 3), event("c", 4)],
            vec![event("c", 5)],
        ] {
            store.append(request(&[], events)).expect("append");
        }
    }
    {
        // The store's drop, and this one's, wait until sled has let go of the lock, so no open
        // races the one before it.
        let db =
            balans_store::HeldDb::open(::sled::Config::new().use_compression(true), dir.path())
                .expect("raw sled");
        let log = db.open_tree("events").expect("events");
        log.insert(2u64.to_be_bytes(), &b"{not json"[..])
            .expect("insert");
        // The append of positions 3 and 4 loses the end of its second event.
        let record = log.get(3u64.to_be_bytes()).expect("get").expect("stored");
        log.insert(3u64.to_be_bytes(), &record[..record.len() - 5])
            .expect("insert");
        db.flush().expect("flush");
    }
    // Unlike SledStore's drop, a raw sled Db releases its lock a moment after it is dropped.
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(5);
    let store = loop {
        match SledStore::open(dir.path(), SledOptions::default()) {
            Err(StoreError::Locked { .. }) if std::time::Instant::now() < deadline => {
                std::thread::sleep(std::time::Duration::from_millis(5));
            }
            other => break other.expect("reopen after the raw edit"),
        }
    };
    match store.read_all(1, 10) {
        Err(StoreError::Corrupt { position: 2, .. }) => {}
        other => panic!("expected Corrupt at 2, got {other:?}"),
    }
    match store.read_stream(&StreamId::new("c"), 1) {
        Err(StoreError::Corrupt { position: 2, .. }) => {}
        other => panic!("expected Corrupt at 2, got {other:?}"),
    }
    match store.read_all(3, 10) {
        Err(StoreError::Corrupt { position: 4, .. }) => {}
        other => panic!("expected Corrupt at 4, got {other:?}"),
    }
    let whole = store.read_positions(&[3, 5]).expect("the rest still reads");
    assert_eq!(
        whole.iter().map(|event| event.position).collect::<Vec<_>>(),
        [3, 5]
    );
    assert_eq!(
        store.read_all(5, 10).expect("the rest still reads").len(),
        1
    );
}

/// Every read the store offers, over the whole of `store`, asked in the same (seeded) ways.
fn reads_of(store: &dyn EventStore, streams: &[String], seed: u64) -> Vec<Vec<(u64, String, u64)>> {
    let shape = |events: Vec<balans_store::RecordedEvent>| {
        events
            .into_iter()
            .map(|event| (event.position, event.stream.0, event.stream_version))
            .collect::<Vec<_>>()
    };
    let mut random = Lcg(seed);
    let head = store.head_position().expect("head");
    let mut reads = vec![shape(store.read_all(0, usize::MAX).expect("read_all"))];
    for _ in 0..300 {
        let from = random.below(head + 2);
        let limit = random.below(90) as usize;
        reads.push(shape(store.read_all(from, limit).expect("read_all")));
    }
    for stream in streams {
        let stream = StreamId::new(stream.as_str());
        let version = store.stream_version(&stream).expect("version");
        reads.push(vec![(0, String::new(), version)]);
        for from in [0, 1, random.below(version + 2), version, version + 1] {
            reads.push(shape(
                store.read_stream(&stream, from).expect("read_stream"),
            ));
        }
    }
    for _ in 0..100 {
        let mut positions: Vec<u64> = (0..random.below(12) + 1)
            .map(|_| random.below(head) + 1)
            .collect();
        if random.below(2) == 0 {
            positions.sort_unstable();
        }
        reads.push(shape(
            store.read_positions(&positions).expect("read_positions"),
        ));
    }
    reads
}

/// A small deterministic generator, so that a failing run can be repeated.
struct Lcg(u64);

impl Lcg {
    fn below(&mut self, bound: u64) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        (self.0 >> 33) % bound.max(1)
    }
}

#[test]
fn sled_reads_agree_with_the_memory_store_across_many_leaves() {
    // Appends of one to forty events over up to five of 150 streams, some of them with
    // payloads of several KiB, so that every tree spans many leaves and the log holds records
    // both larger and smaller than a leaf's bytes.
    let streams: Vec<String> = (0..150).map(|n| format!("case-{n:03}")).collect();
    let mut random = Lcg(7);
    let requests: Vec<_> = (0..600)
        .map(|_| {
            let touched: Vec<&String> = (0..random.below(5) + 1)
                .map(|_| &streams[random.below(150) as usize])
                .collect();
            let events = (0..random.below(40) + 1)
                .map(|n| {
                    let mut new = event(touched[random.below(touched.len() as u64) as usize], n);
                    if random.below(10) == 0 {
                        let text = "Arbetsgivaren återkommer. ".repeat(random.below(300) as usize);
                        new.payload = serde_json::json!({ "text": text }).into();
                    }
                    new
                })
                .collect();
            request(&[], events)
        })
        .collect();
    let oracle = MemoryStore::new();
    let dir = TempDir::new().expect("tempdir");
    {
        let store = open(dir.path());
        for request in &requests {
            store.append(request.clone()).expect("append");
            oracle.append(request.clone()).expect("append");
        }
        assert_eq!(
            reads_of(&store, &streams, 1),
            reads_of(&oracle, &streams, 1)
        );
    }
    let store = open(dir.path());
    assert_eq!(
        reads_of(&store, &streams, 2),
        reads_of(&oracle, &streams, 2)
    );
}

/// Whether sled's `conf` in `dir` says the database is compressed.
fn conf_says_compressed(dir: &std::path::Path) -> bool {
    let conf = std::fs::read(dir.join("conf")).expect("sled wrote its conf");
    String::from_utf8_lossy(&conf).contains("use_compression: true")
}

#[test]
fn a_new_database_is_compressed_and_reads_back_after_reopening() {
    let dir = TempDir::new().expect("tempdir");
    let long_text = "Facket frågar när arbetsgivaren återkommer om bemanningen. ".repeat(40);
    {
        let store = open(dir.path());
        for version in 1..=50 {
            let mut event = event("case-1", version);
            event.payload = serde_json::json!({ "text": long_text, "n": version }).into();
            store.append(request(&[], vec![event])).expect("append");
        }
    }
    assert!(conf_says_compressed(dir.path()));
    let store = open(dir.path());
    let events = store
        .read_stream(&StreamId::new("case-1"), 1)
        .expect("read back");
    assert_eq!(events.len(), 50);
    assert_eq!(
        events[49].payload.to_value(),
        serde_json::json!({ "text": long_text, "n": 50 })
    );
}

#[test]
fn an_uncompressed_database_stays_uncompressed_and_keeps_its_events() {
    let dir = TempDir::new().expect("tempdir");
    let uncompressed = SledOptions {
        compression: None,
        ..SledOptions::default()
    };
    {
        let store = SledStore::open(dir.path(), uncompressed).expect("create uncompressed");
        store
            .append(request(&[], vec![event("c", 1), event("c", 2)]))
            .expect("append");
    }
    assert!(!conf_says_compressed(dir.path()));
    // Opened as every database now is, asking for compression: sled could not change it, so
    // the store opens it as it was created.
    let store = open(dir.path());
    store
        .append(request(&[], vec![event("c", 3)]))
        .expect("append after reopening");
    let versions: Vec<u64> = store
        .read_stream(&StreamId::new("c"), 1)
        .expect("read")
        .iter()
        .map(|event| event.stream_version)
        .collect();
    assert_eq!(versions, [1, 2, 3]);
    assert!(!conf_says_compressed(dir.path()));
}

#[test]
fn a_conf_that_does_not_say_whether_it_is_compressed_is_refused_by_name() {
    let dir = TempDir::new().expect("tempdir");
    std::fs::write(dir.path().join("conf"), "segment_size: 524288\n").expect("write conf");
    match SledStore::open(dir.path(), SledOptions::default()) {
        Err(StoreError::Io(message)) => assert!(message.contains("use_compression"), "{message}"),
        other => panic!("expected an error naming use_compression, got {other:?}"),
    }
}

#[test]
fn sled_cache_defaults_to_64_mib_and_is_configurable() {
    assert_eq!(SledOptions::default().cache_capacity, 64 * 1024 * 1024);
    let dir = TempDir::new().expect("tempdir");
    let store = SledStore::open(
        dir.path(),
        SledOptions {
            cache_capacity: 1024 * 1024,
            ..SledOptions::default()
        },
    )
    .expect("open");
    store
        .append(request(&[], vec![event("small", 1)]))
        .expect("append");
    assert_eq!(store.head_position().expect("head"), 1);
}

/// An append as `balans_app` makes it: every event caused by the command, at one instant.
fn command_append(stream_events: &[(&str, u64)], second: i64) -> balans_store::AppendRequest {
    let mut append = request(
        &[],
        stream_events
            .iter()
            .map(|(stream, n)| event(stream, *n))
            .collect(),
    );
    append.recorded_at = jiff::Timestamp::new(1_700_000_000 + second, 0).expect("an instant");
    for event in &mut append.events {
        event.causation = append.command_id;
    }
    append
}

#[test]
fn copy_log_carries_every_event_and_append_into_an_empty_store() {
    let source = MemoryStore::new();
    let appends = vec![
        command_append(&[("forum-a", 1), ("case-1", 1), ("case-2", 1)], 1),
        command_append(&[("case-1", 2)], 2),
        command_append(&[("case-2", 2), ("case-1", 3)], 3),
        command_append(&[("case-3", 1)], 3),
    ];
    for append in &appends {
        source.append(append.clone()).expect("append to the source");
    }
    let dir = TempDir::new().expect("tempdir");
    let target = open(dir.path());
    let mut heard = Vec::new();
    let copied =
        balans_store::copy_log(&source, &target, |events| heard.push(events)).expect("the copy");
    assert_eq!(
        copied,
        balans_store::Copied {
            events: 7,
            appends: 4
        }
    );
    assert_eq!(heard.last(), Some(&7));
    assert_eq!(
        target.read_all(1, 100).expect("read the copy"),
        source.read_all(1, 100).expect("read the source")
    );
    for stream in ["forum-a", "case-1", "case-2", "case-3"] {
        let stream = StreamId::new(stream);
        assert_eq!(
            target.stream_version(&stream).expect("copy"),
            source.stream_version(&stream).expect("source")
        );
    }
    // A retry of a command sent before the copy is still known, with its first outcome.
    let retried = target.append(appends[2].clone()).expect("the retry");
    assert!(retried.duplicate, "{retried:?}");
    assert_eq!(
        (retried.first_position, retried.last_position),
        (Some(5), 6)
    );
}

#[test]
fn copy_log_refuses_a_store_that_holds_events_and_leaves_it_alone() {
    let source = MemoryStore::new();
    source
        .append(command_append(&[("case-1", 1)], 1))
        .expect("append to the source");
    let target = MemoryStore::new();
    target
        .append(command_append(&[("case-9", 1)], 1))
        .expect("append to the target");
    let error = balans_store::copy_log(&source, &target, |_| {}).expect_err("refused");
    assert!(
        matches!(error, balans_store::CopyError::TargetNotEmpty { events: 1 }),
        "{error}"
    );
    assert!(error.to_string().contains("new, empty database"), "{error}");
    let kept = target.read_all(1, 10).expect("read the target");
    assert_eq!(kept.len(), 1);
    assert_eq!(kept[0].stream, StreamId::new("case-9"));
}

/// A log of `appends` commands over a few streams, in memory.
fn log_of(appends: u64) -> MemoryStore {
    let source = MemoryStore::new();
    for n in 0..appends {
        let case = format!("case-{}", n % 7);
        let version = n / 7 + 1;
        let events: &[(&str, u64)] = if n % 3 == 0 {
            &[(&case, version), ("forum-a", n / 3 + 1)]
        } else {
            &[(&case, version)]
        };
        source
            .append(command_append(events, i64::try_from(n).expect("small")))
            .expect("append to the source");
    }
    source
}

/// A source that fails once a read reaches past `fails_after`: a migration cut short.
struct CutShort<'a> {
    log: &'a MemoryStore,
    fails_after: u64,
}

impl balans_store::LogSource for CutShort<'_> {
    fn log_head(&self) -> Result<u64, StoreError> {
        self.log.head_position()
    }
    fn read_log(
        &self,
        from: u64,
        limit: usize,
    ) -> Result<Vec<balans_store::RecordedEvent>, StoreError> {
        if from + limit as u64 > self.fails_after {
            return Err(StoreError::Io("the connection was lost".into()));
        }
        self.log.read_all(from, limit)
    }
}

#[test]
fn a_migration_cut_short_resumes_where_it_stopped_and_ends_with_equal_checksums() {
    let source = log_of(5_000);
    let total = source.head_position().expect("head");
    let dir = TempDir::new().expect("tempdir");
    let target = open(dir.path());
    let cut = CutShort {
        log: &source,
        fails_after: 4096 + 100,
    };
    let error = balans_store::migrate_log(&cut, &target, |_, _| {}).expect_err("cut short");
    assert!(error.to_string().contains("connection was lost"), "{error}");
    let held = target.head_position().expect("head");
    assert!(
        held > 0 && held < total,
        "a part was copied: {held} of {total}"
    );

    let mut heard = Vec::new();
    let migrated = balans_store::migrate_log(&source, &target, |done, of| heard.push((done, of)))
        .expect("the resumed migration");
    assert_eq!(migrated.resumed_after, held);
    assert_eq!(migrated.events, total);
    assert_eq!(migrated.copied.events, total - held, "nothing copied twice");
    assert_eq!(heard.last(), Some(&(total, total)));
    let (events, sha256) = balans_store::LogDigest::of(&source)
        .expect("digest")
        .finish();
    assert_eq!((events, sha256.clone()), (total, migrated.sha256.clone()));
    assert_eq!(
        balans_store::LogDigest::of(&target)
            .expect("digest")
            .finish(),
        (total, sha256)
    );
    assert_eq!(
        target.read_all(1, 10_000).expect("read the copy"),
        source.read_all(1, 10_000).expect("read the source")
    );

    // Run again on a finished migration: nothing to copy, the same checksum.
    let again = balans_store::migrate_log(&source, &target, |_, _| {}).expect("again");
    assert_eq!((again.copied.events, again.events), (0, total));
}

#[test]
fn a_migration_into_a_store_that_holds_another_log_copies_nothing() {
    let source = log_of(20);
    let other = log_of(3);
    other
        .append(command_append(&[("case-elsewhere", 1)], 99))
        .expect("append");
    let head = other.head_position().expect("head");
    let error = balans_store::migrate_log(&source, &other, |_, _| {}).expect_err("refused");
    assert!(
        matches!(error, balans_store::CopyError::Diverged { .. }),
        "{error}"
    );
    assert!(error.to_string().contains("another log"), "{error}");
    assert_eq!(
        other.head_position().expect("head"),
        head,
        "nothing appended"
    );

    let longer = log_of(30);
    let error = balans_store::migrate_log(&source, &longer, |_, _| {}).expect_err("refused");
    assert!(error.to_string().contains("more than"), "{error}");
}

/// Where the killed child of the next test keeps its database; set only for that child.
const KILLED_CHILD_DATABASE: &str = "BALANS_KILLED_CHILD_DATABASE";
const KILLED_CHILD_WRITERS: u64 = 4;

/// Every append a process acknowledged before it was killed with SIGKILL (no flush, no
/// close, part way through appends) is whole after reopening, and the indexes agree with the
/// log: sled replays its log from the last open, and `recover` removes what was cut short.
#[test]
fn sled_appends_acknowledged_before_a_sigkill_are_there_after_reopening() {
    use std::io::{BufRead, BufReader};
    use std::process::{Command, Stdio};
    use std::sync::mpsc;
    use std::time::Duration;

    let dir = TempDir::new().expect("tempdir");
    let mut child = Command::new(std::env::current_exe().expect("this test binary"))
        .args([
            "--exact",
            "killed_child_appends_until_it_is_killed",
            "--ignored",
            "--nocapture",
            "--test-threads",
            "1",
        ])
        .env(KILLED_CHILD_DATABASE, dir.path())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("start the child");
    let stdout = child.stdout.take().expect("the child's stdout");
    let (acks, acked) = mpsc::channel();
    std::thread::spawn(move || {
        for line in BufReader::new(stdout).lines().map_while(Result::ok) {
            let fields: Vec<&str> = line.split(' ').collect();
            if let ["ACK", stream, version, position] = fields[..] {
                let parsed = (
                    stream.to_string(),
                    version.parse::<u64>().expect("a version"),
                    position.parse::<u64>().expect("a position"),
                );
                if acks.send(parsed).is_err() {
                    break;
                }
            }
        }
    });
    let mut acknowledged = Vec::new();
    while acknowledged.len() < 1000 {
        match acked.recv_timeout(Duration::from_secs(60)) {
            Ok(ack) => acknowledged.push(ack),
            Err(error) => {
                let _ = child.kill();
                panic!(
                    "the child stopped acknowledging after {} appends: {error}",
                    acknowledged.len()
                );
            }
        }
    }
    child.kill().expect("SIGKILL the child");
    child.wait().expect("reap the child");

    let store = open(dir.path());
    let head = store.head_position().expect("head");
    let log = store.read_all(1, usize::MAX).expect("read_all");
    assert_eq!(
        log.iter().map(|e| e.position).collect::<Vec<_>>(),
        (1..=head).collect::<Vec<_>>(),
        "the log is gapless up to its head"
    );
    for (stream, version, position) in &acknowledged {
        let events = store
            .read_stream(&StreamId::new(stream), *version)
            .expect("read_stream");
        let first = events.first().unwrap_or_else(|| {
            panic!("{stream} lost version {version}, acknowledged at position {position}")
        });
        assert_eq!(
            (first.stream_version, first.position),
            (*version, *position)
        );
    }
    let mut indexed = 0;
    for writer in 0..KILLED_CHILD_WRITERS {
        for stream in [format!("case-{writer}"), format!("note-{writer}")] {
            let events = store
                .read_stream(&StreamId::new(&stream), 1)
                .expect("read_stream");
            assert_eq!(
                store
                    .stream_version(&StreamId::new(&stream))
                    .expect("version"),
                events.len() as u64,
                "the head of {stream} agrees with its index"
            );
            indexed += events.len() as u64;
        }
    }
    assert_eq!(
        indexed, head,
        "every event of the log is in its stream's index"
    );
    let case = "case-0";
    let version = store.stream_version(&StreamId::new(case)).expect("version");
    let next = store
        .append(request(
            &[(case, ExpectedVersion::Exact(version))],
            vec![event(case, version + 1)],
        ))
        .expect("the store takes appends again");
    assert_eq!(next.first_position, Some(head + 1));
}

/// The child process of the test above, which starts it with `--ignored` and kills it; run on
/// its own it does nothing.
#[test]
#[ignore = "the child process of sled_appends_acknowledged_before_a_sigkill_are_there_after_reopening"]
fn killed_child_appends_until_it_is_killed() {
    let Some(path) = std::env::var_os(KILLED_CHILD_DATABASE) else {
        return;
    };
    let store = open(Path::new(&path));
    std::thread::scope(|scope| {
        for writer in 0..KILLED_CHILD_WRITERS {
            let store = &store;
            scope.spawn(move || {
                let (case, note) = (format!("case-{writer}"), format!("note-{writer}"));
                for version in 1.. {
                    let outcome = store
                        .append(request(
                            &[(case.as_str(), ExpectedVersion::Exact(version - 1))],
                            vec![event(&case, version), event(&note, version)],
                        ))
                        .expect("append");
                    // One line per acknowledged append; the parent reads them as they come.
                    let first = outcome.first_position.expect("two events appended");
                    println!("ACK {case} {version} {first}");
                    println!("ACK {note} {version} {}", first + 1);
                }
            });
        }
    });
}

/// Appends the first event of streams `case-{n}`, one append each.
fn append_one_event_each(store: &SledStore, cases: std::ops::Range<u64>) {
    for n in cases {
        store
            .append(request(&[], vec![event(&format!("case-{n}"), 1)]))
            .expect("append");
    }
}

#[test]
fn sled_appends_write_over_zeros_written_ahead_and_reopen_whole() {
    // A durable append that grows the log file costs its fdatasync a second device round
    // trip (the inode): the vendored sled writes zeros ahead of the log's tip, so appends
    // land in a file whose length they do not change.
    let dir = TempDir::new().expect("tempdir");
    let log_len = || {
        std::fs::metadata(dir.path().join("db"))
            .expect("the log")
            .len()
    };
    let log = {
        let store = open(dir.path());
        store
            .append(request(&[], vec![event("case-0", 1)]))
            .expect("append");
        let ahead = log_len();
        assert!(ahead >= 8 << 20, "{ahead} bytes: no zeros ahead of the tip");
        append_one_event_each(&store, 1..200);
        assert_eq!(log_len(), ahead, "an append grew the log file");
        store.read_all(1, usize::MAX).expect("read_all")
    };
    // Recovery meets the zeros past the last append and stops there.
    let store = open(dir.path());
    assert_eq!(store.read_all(1, usize::MAX).expect("read_all"), log);
    assert_eq!(store.head_position().expect("head"), 200);
    let next = store
        .append(request(&[], vec![event("case-200", 1)]))
        .expect("append after reopening");
    assert_eq!(next.first_position, Some(201));
    drop(store);
    let store = open(dir.path());
    assert_eq!(store.head_position().expect("head"), 201);
}

#[test]
fn sled_settled_after_writing_has_its_page_table_written_past_what_was_written() {
    // sled names each page-table snapshot after the log offset it covers (`snap.<hex>`).
    let dir = TempDir::new().expect("tempdir");
    let newest_snapshot = || {
        std::fs::read_dir(dir.path())
            .expect("the database directory")
            .filter_map(|entry| {
                let name = entry.expect("an entry").file_name();
                let hex = name.to_str()?.strip_prefix("snap.")?.to_owned();
                u64::from_str_radix(&hex, 16).ok()
            })
            .max()
    };
    let written = {
        let store = open(dir.path());
        append_one_event_each(&store, 0..300);
        store.read_all(1, usize::MAX).expect("read_all")
    };
    let before = newest_snapshot();
    SledStore::settle(dir.path(), SledOptions::default()).expect("settles");
    let after = newest_snapshot().expect("a page-table snapshot");
    assert!(
        before.is_none_or(|before| after > before),
        "{before:?} → {after}: settling wrote no newer page table"
    );
    let store = open(dir.path());
    assert_eq!(store.read_all(1, usize::MAX).expect("read_all"), written);
}
