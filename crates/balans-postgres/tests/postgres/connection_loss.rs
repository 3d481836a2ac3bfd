//! The server ends the store's connections (`pg_terminate_backend`, as a restart or a failover
//! would): appends, reads and the head subscription go on over new connections.

use balans_store::conformance::{event, request};
use balans_store::{EventStore, StreamId};

use crate::{database, open, wait_for_head};

#[test]
fn appends_reads_and_subscriptions_recover_from_ended_connections() {
    let Some(database) = database("appends_reads_and_subscriptions_recover_from_ended_connections")
    else {
        return;
    };
    let store = open(&database, "main");
    let other = open(&database, "main");
    store
        .append(request(&[], vec![event("case-1", 1)]))
        .expect("append");
    wait_for_head(&other, 1, "the other store before the connections end");

    for round in 0..3u64 {
        // Every connection to the test database: both pools and both listeners.
        let ended = format!(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '{}' AND pid <> pg_backend_pid()",
            database.name()
        );
        database.admin_execute(&ended).expect("end the connections");

        assert_eq!(
            store
                .head_position()
                .expect("a read after the connections ended"),
            1 + 2 * round
        );
        let outcome = store
            .append(request(&[], vec![event("case-1", 2 + round)]))
            .expect("an append after the connections ended");
        assert_eq!(outcome.last_position, 2 + 2 * round);
        // The other store's listener reconnects and hears of (or reads) the new head.
        wait_for_head(
            &other,
            outcome.last_position,
            "the other store after its connections ended",
        );

        database.admin_execute(&ended).expect("end the connections");
        let outcome = other
            .append(request(&[], vec![event("case-2", 1 + round)]))
            .expect("an append on the other store");
        wait_for_head(
            &store,
            outcome.last_position,
            "the first store after its connections ended",
        );
    }
    assert_eq!(
        store
            .read_stream(&StreamId::new("case-1"), 1)
            .expect("read")
            .iter()
            .map(|e| e.stream_version)
            .collect::<Vec<_>>(),
        vec![1, 2, 3, 4]
    );
}
