//! Two stores on one database, as two API nodes: an append on one wakes the other's
//! subscribers, and concurrent writers on one stream across them get a conflict, not a lost update.

use std::sync::Barrier;

use balans_store::conformance::{event, request};
use balans_store::{EventStore, ExpectedVersion, StoreError, StreamId};

use crate::{database, open, wait_for_head};

#[test]
fn an_append_on_one_store_moves_the_head_another_store_publishes() {
    let Some(database) = database("an_append_on_one_store_moves_the_head_another_store_publishes")
    else {
        return;
    };
    let one = open(&database, "main");
    let other = open(&database, "main");
    let mut watching = other.subscribe();
    assert_eq!(*watching.borrow_and_update(), 0);

    for round in 1..=3u64 {
        let outcome = one
            .append(request(
                &[],
                vec![event("case-1", round), event("note-1", round)],
            ))
            .expect("append on one");
        wait_for_head(&other, outcome.last_position, "the other store");
        assert!(watching.has_changed().expect("the store keeps its sender"));
        assert_eq!(*watching.borrow_and_update(), 2 * round);
    }
    // And the other way round, into a store that has appended itself.
    let outcome = other
        .append(request(&[], vec![event("case-2", 1)]))
        .expect("append on the other");
    wait_for_head(&one, outcome.last_position, "the first store");
    assert_eq!(
        one.read_all(outcome.last_position, 1).expect("read")[0].stream,
        StreamId::new("case-2")
    );
}

/// Rounds of two writers, one per store, each sure the stream is at the version it read:
/// exactly one append lands each round, and the other is told the version it lost to.
#[test]
fn concurrent_exact_appends_on_two_stores_one_wins_one_conflicts() {
    let Some(database) = database("concurrent_exact_appends_on_two_stores_one_wins_one_conflicts")
    else {
        return;
    };
    let stores = [open(&database, "main"), open(&database, "main")];
    let stream = StreamId::new("case-contended");
    let barrier = Barrier::new(2);
    for round in 0..20u64 {
        let results: Vec<_> = std::thread::scope(|scope| {
            let handles: Vec<_> = stores
                .iter()
                .map(|store| {
                    let (barrier, stream) = (&barrier, &stream);
                    scope.spawn(move || {
                        let seen = store.stream_version(stream).expect("version");
                        barrier.wait();
                        store.append(request(
                            &[(stream.as_str(), ExpectedVersion::Exact(seen))],
                            vec![event(stream.as_str(), seen + 1)],
                        ))
                    })
                })
                .collect();
            handles
                .into_iter()
                .map(|h| h.join().expect("a writer"))
                .collect()
        });
        let won = results.iter().filter(|r| r.is_ok()).count();
        assert_eq!(won, 1, "round {round}: {results:?}");
        for result in results {
            match result {
                Ok(outcome) => {
                    assert_eq!(outcome.stream_versions, vec![(stream.clone(), round + 1)])
                }
                Err(StoreError::Conflict {
                    stream: s,
                    expected,
                    actual,
                }) => {
                    assert_eq!((s, expected, actual), (stream.clone(), round, round + 1))
                }
                Err(other) => panic!("round {round}: {other}"),
            }
        }
    }
    assert_eq!(stores[1].stream_version(&stream).expect("version"), 20);
    assert_eq!(stores[0].head_position().expect("head"), 20);
}

/// The same command id sent to two stores at once lands once: one gets the outcome, the
/// other the same outcome marked duplicate.
#[test]
fn one_command_sent_to_two_stores_at_once_lands_once() {
    let Some(database) = database("one_command_sent_to_two_stores_at_once_lands_once") else {
        return;
    };
    let stores = [open(&database, "main"), open(&database, "main")];
    let barrier = Barrier::new(2);
    for _ in 0..10 {
        let sent = request(&[], vec![event("case-1", 1), event("case-2", 1)]);
        let outcomes: Vec<_> = std::thread::scope(|scope| {
            let handles: Vec<_> = stores
                .iter()
                .map(|store| {
                    let (barrier, sent) = (&barrier, sent.clone());
                    scope.spawn(move || {
                        barrier.wait();
                        store.append(sent).expect("append")
                    })
                })
                .collect();
            handles
                .into_iter()
                .map(|h| h.join().expect("a writer"))
                .collect()
        });
        assert_eq!(
            outcomes.iter().filter(|o| o.duplicate).count(),
            1,
            "{outcomes:?}"
        );
        assert_eq!(outcomes[0].last_position, outcomes[1].last_position);
    }
    assert_eq!(stores[0].head_position().expect("head"), 20);
}
