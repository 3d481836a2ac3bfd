//! Appends that wait together are committed together (one transaction per group), and each
//! still gets the answer it would have got alone.

use std::sync::Barrier;

use balans_store::conformance::{event, request};
use balans_store::{EventStore, ExpectedVersion, StoreError, StreamId};

use crate::{database, open};

/// Twenty-four appenders on one store at once: eight send the same command (it lands once,
/// the rest are told it is a duplicate of it), eight try to create one stream (one does, the
/// rest conflict with it), eight append freely (all land).
#[test]
fn appends_committed_together_are_answered_as_if_alone() {
    let Some(database) = database("appends_committed_together_are_answered_as_if_alone") else {
        return;
    };
    let store = open(&database, "main");
    for round in 0..5u64 {
        let same = request(&[], vec![event(&format!("case-same-{round}"), 1)]);
        let new_stream = format!("case-new-{round}");
        let barrier = Barrier::new(24);
        let (same_outcomes, new_outcomes, free_outcomes) = std::thread::scope(|scope| {
            let spawn = |request: balans_store::AppendRequest| {
                let (store, barrier) = (&store, &barrier);
                scope.spawn(move || {
                    barrier.wait();
                    store.append(request)
                })
            };
            let same: Vec<_> = (0..8).map(|_| spawn(same.clone())).collect();
            let new: Vec<_> = (0..8)
                .map(|n| {
                    spawn(request(
                        &[(new_stream.as_str(), ExpectedVersion::Exact(0))],
                        vec![event(&new_stream, n)],
                    ))
                })
                .collect();
            let free: Vec<_> = (0..8)
                .map(|n| spawn(request(&[], vec![event(&format!("case-free-{n}"), round)])))
                .collect();
            let join = |handles: Vec<std::thread::ScopedJoinHandle<'_, _>>| -> Vec<_> {
                handles
                    .into_iter()
                    .map(|h| h.join().expect("an appender"))
                    .collect()
            };
            (join(same), join(new), join(free))
        });

        let same: Vec<_> = same_outcomes
            .into_iter()
            .map(|r| r.expect("the same command"))
            .collect();
        assert_eq!(same.iter().filter(|o| !o.duplicate).count(), 1, "{same:?}");
        assert!(
            same.iter()
                .all(|o| o.last_position == same[0].last_position)
        );
        let mut created = 0;
        for result in new_outcomes {
            match result {
                Ok(_) => created += 1,
                Err(StoreError::Conflict {
                    stream,
                    expected: 0,
                    actual: 1,
                }) => {
                    assert_eq!(stream, StreamId::new(&new_stream))
                }
                Err(other) => panic!("round {round}: {other}"),
            }
        }
        assert_eq!(created, 1, "one appender created {new_stream}");
        assert!(free_outcomes.iter().all(Result::is_ok), "{free_outcomes:?}");
    }
    let log = store.read_all(1, usize::MAX).expect("read_all");
    assert_eq!(
        log.len(),
        5 * (1 + 1 + 8),
        "one per command, one per new stream, eight free"
    );
    assert_eq!(
        log.iter().map(|e| e.position).collect::<Vec<_>>(),
        (1..=log.len() as u64).collect::<Vec<_>>()
    );
}
