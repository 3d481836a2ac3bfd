//! The conformance suite the sled and memory stores pass, against PostgreSQL.

use std::cell::Cell;

use balans_store::EventStore;
use balans_store::conformance::{self, event, request};

use crate::{database, open};

/// Every check, each on a fresh log: a log of its own (its own schema) in one test database.
#[test]
fn postgres_store_passes_the_conformance_suite() {
    let Some(database) = database("postgres_store_passes_the_conformance_suite") else {
        return;
    };
    let made = Cell::new(0);
    conformance::run_all(&|| {
        made.set(made.get() + 1);
        open(&database, &format!("conformance_{}", made.get()))
    });
    assert_eq!(made.get(), conformance::CHECKS.len());
}

/// Two logs in one database are two logs: positions, streams and heads of one are not the
/// other's, and a store reopened on a log finds it as it was.
#[test]
fn logs_in_one_database_are_apart_and_survive_reopening() {
    let Some(database) = database("logs_in_one_database_are_apart_and_survive_reopening") else {
        return;
    };
    let main = open(&database, "main");
    let access = open(&database, "access");
    main.append(request(&[], vec![event("case-1", 1), event("case-1", 2)]))
        .expect("append to main");
    let outcome = access
        .append(request(&[], vec![event("person-1", 1)]))
        .expect("append to access");
    assert_eq!(
        outcome.first_position,
        Some(1),
        "access counts its own positions"
    );
    assert_eq!(main.head_position().expect("head"), 2);
    assert_eq!(access.head_position().expect("head"), 1);
    assert!(
        access
            .read_stream(&balans_store::StreamId::new("case-1"), 1)
            .is_ok_and(|e| e.is_empty())
    );
    let before = main.read_all(1, 10).expect("read");
    drop(main);

    let reopened = open(&database, "main");
    assert_eq!(reopened.read_all(1, 10).expect("read"), before);
    assert_eq!(
        *reopened.subscribe().borrow(),
        2,
        "the head watch starts at the head"
    );
}

/// A log name that is not a plain identifier is refused before anything is touched, and a
/// server that cannot be reached is an IO error that names where, never the password.
#[test]
fn bad_log_names_and_unreachable_servers_are_clear_errors() {
    use balans_postgres::{PgConfig, PostgresStore};
    use balans_store::StoreError;

    match PostgresStore::connect(&PgConfig::new("postgres://x@127.0.0.1:1/db", "Main; DROP")) {
        Err(StoreError::InvalidRequest(message)) => {
            assert!(message.contains("log name"), "{message}")
        }
        other => panic!("expected the log name refused, got {other:?}"),
    }
    // Port 1 on the loopback: nothing listens there, so the connection is refused at once.
    let config = PgConfig {
        acquire_timeout: std::time::Duration::from_secs(5),
        ..PgConfig::new("postgres://anna:hemligt@127.0.0.1:1/balans", "main")
    };
    match PostgresStore::connect(&config) {
        Err(StoreError::Io(message)) => {
            assert!(message.contains("127.0.0.1:1/balans as anna"), "{message}");
            assert!(!message.contains("hemligt"), "{message}");
        }
        other => panic!("expected an IO error, got {other:?}"),
    }
}
