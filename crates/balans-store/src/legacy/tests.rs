//! Databases as development versions wrote them, made with sled alone: today's store refuses them unchanged, and a copy carries them whole into today's format.

use ulid::Ulid;

use super::*;
use crate::conformance::event;
use crate::raw;
use crate::sled_store::{append_inserts, encode_outcome, outcome_of, stream_key};
use crate::{
    AppendOutcome, AppendRequest, Copied, EventStore, ExpectedVersion, MemoryStore, NewEvent,
    SledOptions, SledStore, StreamId, copy_database,
};

/// The bytes a record of version 2 held for `event`, of the append that `mark` describes.
fn encode_v2(event: &RecordedEvent, mark: AppendMark) -> Vec<u8> {
    let bytes = postcard::to_extend(&record::envelope_of(event), vec![BINARY_V2]).expect("encodes");
    postcard::to_extend(&mark, bytes).expect("encodes")
}

/// The bytes a record of version 1 held for `event`.
fn encode_v1(event: &RecordedEvent) -> Vec<u8> {
    postcard::to_extend(&record::envelope_of(event), vec![BINARY_V1]).expect("encodes")
}

/// The event stored as `bytes` and its mark.
fn decode_event(bytes: &[u8]) -> Result<(RecordedEvent, Option<AppendMark>), String> {
    match decode(bytes)? {
        Entry::Event(event, mark) => Ok((*event, mark)),
        Entry::Append(_) => Err("an append record".into()),
    }
}

const LAST_OF_ITS_APPEND: AppendMark = AppendMark {
    following: 0,
    command: Some(99),
};

#[test]
fn a_record_of_version_2_reads_back_whole_with_its_mark() {
    let event = crate::record::tests::event();
    let bytes = encode_v2(&event, LAST_OF_ITS_APPEND);
    assert_eq!(decode_event(&bytes), Ok((event, Some(LAST_OF_ITS_APPEND))));
}

#[test]
fn a_record_of_version_1_reads_back_whole_without_a_mark() {
    // The bytes a version-1 record of `event()` had: the version byte, then the envelope.
    let event = crate::record::tests::event();
    let v2 = encode_v2(&event, LAST_OF_ITS_APPEND);
    let mark_len = postcard::to_allocvec(&LAST_OF_ITS_APPEND)
        .expect("mark")
        .len();
    let mut v1 = vec![BINARY_V1];
    v1.extend_from_slice(&v2[1..v2.len() - mark_len]);
    assert_eq!(v1, encode_v1(&event));
    assert_eq!(decode_event(&v1), Ok((event, None)));
}

#[test]
fn a_json_record_reads_back_whole() {
    let event = crate::record::tests::event();
    let json = serde_json::to_vec(&event).expect("json");
    // The payload was written as the JSON it holds, not as a string of it.
    let written: serde_json::Value = serde_json::from_slice(&json).expect("json");
    assert_eq!(written["payload"], event.payload.to_value());
    assert!(written["payload"].is_object());
    assert_eq!(decode_event(&json), Ok((event, None)));
}

#[test]
fn damaged_old_records_are_errors_not_panics() {
    let event = crate::record::tests::event();
    for bytes in [
        encode_v2(&event, LAST_OF_ITS_APPEND),
        encode_v1(&event),
        serde_json::to_vec(&event).expect("json"),
    ] {
        for cut in 0..bytes.len() {
            assert!(decode(&bytes[..cut]).is_err(), "cut at {cut}");
        }
    }
    assert!(decode(&[9, 1, 2]).is_err());
}

/// The record kinds of the log, in the order the store wrote them over time.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Json,
    V1,
    V2,
    V3,
}

/// An insert into a raw database: tree, key, value.
type RawInsert = (&'static str, Vec<u8>, Vec<u8>);

/// The inserts the store of `kind` made for an append of `events` (as a store recorded them)
/// by `command`, in the order it made them. Before version 3 that is a record and a stream
/// index entry for each event, the command's outcome and (version 2) how far the indexes
/// reach; the store of JSON and version 1 records wrote them in one transaction.
fn old_inserts(kind: Kind, events: &[RecordedEvent], command: Ulid) -> Vec<RawInsert> {
    let outcome = encode_outcome(&outcome_of(events)).expect("an outcome");
    if kind == Kind::V3 {
        let record = record::encode_append(events, command.0).expect("encodes");
        return append_inserts(events, Some(record), command, outcome)
            .into_iter()
            .map(|insert| (insert.tree.name(), insert.key, insert.value))
            .collect();
    }
    let last = events.last().expect("an event").position;
    let mut inserts: Vec<RawInsert> = events
        .iter()
        .map(|event| {
            let record = match kind {
                Kind::Json => serde_json::to_vec(event).expect("json"),
                Kind::V1 => encode_v1(event),
                _ => encode_v2(
                    event,
                    AppendMark {
                        following: last - event.position,
                        command: (event.position == last).then_some(command.0),
                    },
                ),
            };
            ("events", event.position.to_be_bytes().to_vec(), record)
        })
        .collect();
    inserts.extend(events.iter().map(|event| {
        (
            "streams",
            stream_key(&event.stream, event.stream_version),
            event.position.to_be_bytes().to_vec(),
        )
    }));
    inserts.push(("commands", command.to_bytes().to_vec(), outcome));
    if kind == Kind::V2 {
        let next = (last + 1).to_be_bytes().to_vec();
        inserts.push(("meta", NEXT_POSITION.to_vec(), next));
    }
    inserts
}

fn insert_raw(db: &sled::Db, inserts: &[RawInsert]) {
    for (tree, key, value) in inserts {
        let tree = db.open_tree(tree).expect("tree");
        tree.insert(&key[..], &value[..]).expect("insert");
    }
}

/// A request whose events name it as their cause, as the application layer writes them (a
/// copy appends together what one command appended).
fn command(expectations: &[(&str, ExpectedVersion)], events: Vec<NewEvent>) -> AppendRequest {
    let mut request = crate::conformance::request(expectations, events);
    for event in &mut request.events {
        event.causation = request.command_id;
    }
    request
}

/// Appends `request` to the oracle, and returns the events it recorded and the command id.
fn recorded(oracle: &MemoryStore, request: &AppendRequest) -> (Vec<RecordedEvent>, Ulid) {
    let AppendOutcome {
        first_position,
        last_position,
        ..
    } = oracle.append(request.clone()).expect("the oracle appends");
    let first = first_position.expect("events");
    let events = oracle
        .read_all(first, (last_position - first + 1) as usize)
        .expect("read");
    (events, request.command_id)
}

/// Every read of `store` from every position and version, to compare with another store.
fn every_read(store: &dyn EventStore, streams: &[&str]) -> Vec<Vec<RecordedEvent>> {
    let head = store.head_position().expect("head");
    let mut reads = Vec::new();
    for from in 0..=head + 1 {
        for limit in 0..=head as usize + 1 {
            reads.push(store.read_all(from, limit).expect("read_all"));
        }
    }
    for stream in streams {
        let stream = StreamId::new(*stream);
        let version = store.stream_version(&stream).expect("version");
        for from in 0..=version + 1 {
            reads.push(store.read_stream(&stream, from).expect("read_stream"));
        }
    }
    let backwards: Vec<u64> = (1..=head).rev().collect();
    reads.push(store.read_positions(&backwards).expect("read_positions"));
    let every_other: Vec<u64> = (1..=head).step_by(2).chain([2, 2, 1]).collect();
    reads.push(store.read_positions(&every_other).expect("read_positions"));
    reads
}

/// Opens the database at `path` with today's store, which must refuse it as of an old format
/// whose description holds `found`, naming the path and the copy that reads it, and change
/// nothing in it.
fn assert_refused(path: &Path, found: &str) {
    let before = raw::dump(path);
    match SledStore::open(path, SledOptions::default()) {
        Err(error @ StoreError::OldFormat { .. }) => {
            let message = error.to_string();
            assert!(message.contains(found), "{message}");
            assert!(
                message.contains(&format!("balans copy --data {}", path.display())),
                "{message}"
            );
        }
        other => panic!("expected OldFormat, got {other:?}"),
    }
    assert_eq!(raw::dump(path), before, "the refused open changed nothing");
}

#[test]
fn a_log_of_every_record_kind_is_refused_unchanged_and_copies_whole() {
    let streams = ["a", "b", "c"];
    let appends = [
        (
            Kind::Json,
            command(
                &[("b", ExpectedVersion::Exact(0))],
                vec![event("a", 1), event("b", 1), event("a", 2)],
            ),
        ),
        (Kind::V1, command(&[], vec![event("c", 1)])),
        (
            Kind::V2,
            command(
                &[("a", ExpectedVersion::Exact(2))],
                vec![event("a", 3), event("c", 2), event("a", 4)],
            ),
        ),
        (Kind::V2, command(&[], vec![event("b", 2)])),
        (Kind::V3, command(&[], vec![event("c", 3), event("a", 5)])),
        (Kind::V3, command(&[], vec![event("b", 3)])),
    ];
    let oracle = MemoryStore::new();
    let dir = tempfile::TempDir::new().expect("tempdir");
    raw::edit(dir.path(), |db| {
        for (kind, request) in &appends {
            let (events, command) = recorded(&oracle, request);
            insert_raw(db, &old_inserts(*kind, &events, command));
            if *kind == Kind::V2 {
                // The last of those versions removed it at open, before it wrote version 3.
                let meta = db.open_tree("meta").expect("meta");
                meta.remove(NEXT_POSITION).expect("remove");
            }
        }
    });
    // Nothing tells it but the first record.
    assert_refused(dir.path(), "JSON");
    let before = raw::dump(dir.path());
    assert!(before[&b"meta"[..]].is_empty());

    let log = LegacyLog::open(dir.path()).expect("the legacy reader opens it");
    let head = oracle.head_position().expect("head");
    assert_eq!(log.head(), head);
    for from in 0..=head + 1 {
        for limit in 0..=head as usize + 1 {
            assert_eq!(
                log.read(from, limit).expect("read"),
                oracle.read_all(from, limit).expect("read_all"),
                "from {from}, {limit} at most"
            );
        }
    }
    drop(log);

    let copy_dir = tempfile::TempDir::new().expect("tempdir");
    let copy = SledStore::open(copy_dir.path(), SledOptions::default()).expect("open");
    let mut heard = Vec::new();
    let copied = copy_database(dir.path(), SledOptions::default(), &copy, |done, of| {
        heard.push((done, of))
    })
    .expect("copies");
    assert_eq!(
        copied,
        Copied {
            events: head,
            appends: appends.len() as u64
        }
    );
    assert_eq!(heard.last(), Some(&(head, head)));
    assert_eq!(raw::dump(dir.path()), before, "copying changed nothing");
    assert_eq!(every_read(&copy, &streams), every_read(&oracle, &streams));
    for (_, request) in &appends {
        let again = copy.append(request.clone()).expect("a retry");
        let first = oracle.append(request.clone()).expect("a retry");
        assert!(again.duplicate, "{again:?}");
        assert_eq!(again, first);
    }
    drop(copy);
    let reopened = SledStore::open(copy_dir.path(), SledOptions::default()).expect("reopen");
    assert_eq!(
        every_read(&reopened, &streams),
        every_read(&oracle, &streams)
    );
}

#[test]
fn todays_store_refuses_each_old_format_and_changes_nothing() {
    let written = |kind: Kind| {
        let dir = tempfile::TempDir::new().expect("tempdir");
        let oracle = MemoryStore::new();
        let (events, command) = recorded(&oracle, &command(&[], vec![event("a", 1)]));
        raw::edit(dir.path(), |db| {
            insert_raw(db, &old_inserts(kind, &events, command));
        });
        dir
    };
    assert_refused(written(Kind::Json).path(), "JSON");
    assert_refused(written(Kind::V1).path(), "version 1");
    // It also leaves `meta` as it was; the first record alone tells it too.
    let v2 = written(Kind::V2);
    assert_refused(v2.path(), "meta");
    raw::edit(v2.path(), |db| {
        db.drop_tree("meta").expect("drop");
    });
    assert_refused(v2.path(), "version 2");

    // A log of today, beside what earlier versions kept.
    let today = || {
        let dir = tempfile::TempDir::new().expect("tempdir");
        let store = SledStore::open(dir.path(), SledOptions::default()).expect("open");
        store
            .append(command(&[], vec![event("a", 1), event("b", 1)]))
            .expect("append");
        drop(store);
        dir
    };
    let heads = today();
    raw::edit(heads.path(), |db| {
        let heads = db.open_tree("heads").expect("heads");
        heads.insert("a", &1u64.to_be_bytes()).expect("insert");
    });
    assert_refused(heads.path(), "stream heads");
    let meta = today();
    raw::edit(meta.path(), |db| {
        let meta = db.open_tree("meta").expect("meta");
        meta.insert(NEXT_POSITION, &3u64.to_be_bytes())
            .expect("insert");
    });
    assert_refused(meta.path(), "meta");

    // The empty `meta` that the last of those versions left is no old format.
    let empty_meta = today();
    raw::edit(empty_meta.path(), |db| {
        db.open_tree("meta").expect("meta");
    });
    let store = SledStore::open(empty_meta.path(), SledOptions::default()).expect("opens");
    assert_eq!(store.read_all(1, 10).expect("reads").len(), 2);
}

/// Writes a first append of version 2, then of an append of three events to two streams the
/// first `kept` of its eight inserts (three records, three stream index entries, its command,
/// how far the indexes reach), for each `kept` in turn: what a crash left of it, since sled
/// recovers a prefix of the inserts. Checks that a copy holds the append whole once its three
/// events are in, and not at all before.
#[test]
fn an_append_of_version_2_cut_short_anywhere_is_whole_or_absent_in_the_copy() {
    let first = command(&[("b", ExpectedVersion::Exact(0))], vec![event("a", 0)]);
    let cut = command(
        &[("b", ExpectedVersion::Exact(0))],
        vec![event("a", 0), event("b", 0), event("a", 0)],
    );
    let oracle = MemoryStore::new();
    let (first_events, first_command) = recorded(&oracle, &first);
    let (cut_events, cut_command) = recorded(&oracle, &cut);
    let cut_inserts = old_inserts(Kind::V2, &cut_events, cut_command);
    assert_eq!(cut_inserts.len(), 8);
    for kept in 0..=cut_inserts.len() {
        let dir = tempfile::TempDir::new().expect("tempdir");
        raw::edit(dir.path(), |db| {
            insert_raw(db, &old_inserts(Kind::V2, &first_events, first_command));
            insert_raw(db, &cut_inserts[..kept]);
        });
        assert_refused(dir.path(), "meta");
        let copy_dir = tempfile::TempDir::new().expect("tempdir");
        let copy = SledStore::open(copy_dir.path(), SledOptions::default()).expect("open");
        copy_database(dir.path(), SledOptions::default(), &copy, |_, _| {}).expect("copies");
        let all = copy.read_all(1, 100).expect("read all");
        let a = copy.read_stream(&StreamId::new("a"), 1).expect("read a");
        let b_version = copy.stream_version(&StreamId::new("b")).expect("b");
        let again = copy.append(cut.clone()).expect("the same command again");
        if kept >= 3 {
            // Every event reached the log: the append is copied, indexed, and known.
            assert_eq!(all, cut_events_after(&first_events, &cut_events));
            assert_eq!(a.len(), 3);
            assert_eq!(b_version, 1);
            assert!(again.duplicate, "cut after {kept}: {again:?}");
            assert_eq!((again.first_position, again.last_position), (Some(2), 4));
            assert_eq!(
                again.stream_versions,
                vec![(StreamId::new("a"), 3), (StreamId::new("b"), 1)]
            );
        } else {
            // Part of its events at most: none of them is copied, and it can be sent again.
            assert_eq!(all, first_events, "cut after {kept} inserts");
            assert_eq!(a.len(), 1);
            assert_eq!(b_version, 0);
            assert!(!again.duplicate, "cut after {kept}: {again:?}");
            assert_eq!(copy.read_all(1, 100).expect("read all").len(), 4);
        }
    }
}

fn cut_events_after(first: &[RecordedEvent], cut: &[RecordedEvent]) -> Vec<RecordedEvent> {
    first.iter().chain(cut).cloned().collect()
}

#[test]
fn a_damaged_or_missing_old_record_stops_the_copy_naming_its_position() {
    let oracle = MemoryStore::new();
    let appended: Vec<_> = (1..=3)
        .map(|n| recorded(&oracle, &command(&[], vec![event("a", n)])))
        .collect();
    let write = |edit: &dyn Fn(&sled::Tree)| {
        let dir = tempfile::TempDir::new().expect("tempdir");
        raw::edit(dir.path(), |db| {
            for (events, command) in &appended {
                insert_raw(db, &old_inserts(Kind::V1, events, *command));
            }
            edit(&db.open_tree("events").expect("events"));
        });
        dir
    };
    let copied = |dir: &tempfile::TempDir| {
        let target = MemoryStore::new();
        let result = copy_database(dir.path(), SledOptions::default(), &target, |_, _| {});
        (result, target.head_position().expect("head"))
    };
    let damaged = write(&|events| {
        events
            .insert(2u64.to_be_bytes(), &b"{not json"[..])
            .expect("insert");
    });
    match copied(&damaged) {
        (Err(crate::CopyError::Store(StoreError::Corrupt { position: 2, .. })), 0) => {}
        other => panic!("expected Corrupt at 2 and nothing copied, got {other:?}"),
    }
    let missing = write(&|events| {
        events.remove(2u64.to_be_bytes()).expect("remove");
    });
    match copied(&missing) {
        (
            Err(crate::CopyError::Store(StoreError::Corrupt {
                position: 2,
                reason,
            })),
            0,
        ) => {
            assert!(reason.contains("missing"), "{reason}");
        }
        other => panic!("expected Corrupt at 2 and nothing copied, got {other:?}"),
    }
}

#[test]
fn a_refused_open_lets_go_of_the_database_before_it_returns() {
    let dir = tempfile::TempDir::new().expect("tempdir");
    let oracle = MemoryStore::new();
    let (events, command) = recorded(&oracle, &command(&[], vec![event("a", 1)]));
    raw::edit(dir.path(), |db| {
        insert_raw(db, &old_inserts(Kind::V1, &events, command));
    });
    // `balans copy` opens the store, hears of the old format and opens the old log at once.
    for attempt in 0..50 {
        match SledStore::open(dir.path(), SledOptions::default()) {
            Err(StoreError::OldFormat { .. }) => {}
            other => panic!("attempt {attempt}: expected OldFormat, got {other:?}"),
        }
        let log = LegacyLog::open(dir.path())
            .unwrap_or_else(|error| panic!("attempt {attempt}: {error:?}"));
        assert_eq!(log.head(), 1);
    }
}
