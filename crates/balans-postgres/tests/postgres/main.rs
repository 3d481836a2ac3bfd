//! The PostgreSQL event store against a real server: the conformance suite, ordering under
//! concurrent writers, several stores on one database, a killed writer, lost connections,
//! calls from inside tokio runtimes, and TLS. Each test makes its own database (see
//! `balans_postgres::testing`) and is skipped without `BALANS_TEST_POSTGRES`.

mod conformance;
mod connection_loss;
mod cross_store;
mod groups;
mod killed_writer;
mod ordering;
mod runtimes;
mod tls;

use std::time::{Duration, Instant};

use balans_postgres::testing::{TestDatabase, fresh_database};
use balans_postgres::{PgConfig, PostgresStore};
use balans_store::EventStore;

/// A fresh database for `test`, or `None` (the test returns) when no server is configured.
fn database(test: &str) -> Option<TestDatabase> {
    fresh_database(test)
}

/// A store on the log `log` of `database`.
fn open(database: &TestDatabase, log: &str) -> PostgresStore {
    PostgresStore::connect(&database.config(log)).expect("connect to the test database")
}

/// A store with a pool of `size` connections.
fn open_with_pool(database: &TestDatabase, log: &str, size: u32) -> PostgresStore {
    PostgresStore::connect(&PgConfig {
        pool_size: size,
        ..database.config(log)
    })
    .expect("connect to the test database")
}

/// Waits until `store`'s head watch reaches `head`; panics after a minute (a hang, not a
/// timing assertion: nothing else limits how long it takes).
fn wait_for_head(store: &dyn EventStore, head: u64, what: &str) {
    let receiver = store.subscribe();
    let started = Instant::now();
    while *receiver.borrow() < head {
        assert!(
            started.elapsed() < Duration::from_secs(60),
            "{what}: the head stayed at {} instead of reaching {head}",
            *receiver.borrow()
        );
        std::thread::sleep(Duration::from_millis(10));
    }
}
