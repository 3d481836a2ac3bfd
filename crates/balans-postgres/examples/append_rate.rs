//! Appends per second into a fresh PostgreSQL database at 1, 8 and 64 concurrent writers.
//!
//! `BALANS_TEST_POSTGRES=$(ops/dev-postgres url) cargo run -p balans-postgres --example append_rate [SECONDS]`
//! Each writer appends one event at a time to a stream of its own with an exact expected
//! version (as a command on one case does), for SECONDS (default 5) per writer count; every
//! append is durable when acknowledged (one commit, synchronous_commit on).

use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::time::{Duration, Instant};

use balans_postgres::PostgresStore;
use balans_postgres::testing::fresh_database;
use balans_store::conformance::{event, request};
use balans_store::{EventStore, ExpectedVersion};

fn main() {
    let seconds: u64 = std::env::args()
        .nth(1)
        .map(|s| s.parse().expect("SECONDS: a whole number"))
        .unwrap_or(5);
    println!(
        "writers  appends/s  (each over {seconds} s, one event per append, pool of min(writers, 32))"
    );
    for writers in [1usize, 8, 64] {
        let Some(database) = fresh_database("append_rate") else {
            return;
        };
        let store = PostgresStore::connect(&balans_postgres::PgConfig {
            pool_size: writers.min(32) as u32,
            ..database.config("main")
        })
        .expect("connect");
        let appended = AtomicU64::new(0);
        let running = AtomicBool::new(true);
        let started = Instant::now();
        std::thread::scope(|scope| {
            for writer in 0..writers {
                let (store, appended, running) = (&store, &appended, &running);
                scope.spawn(move || {
                    let stream = format!("case-{writer}");
                    let mut version = 0;
                    while running.load(Ordering::Relaxed) {
                        store
                            .append(request(
                                &[(stream.as_str(), ExpectedVersion::Exact(version))],
                                vec![event(&stream, version + 1)],
                            ))
                            .expect("append");
                        version += 1;
                        appended.fetch_add(1, Ordering::Relaxed);
                    }
                });
            }
            std::thread::sleep(Duration::from_secs(seconds));
            running.store(false, Ordering::Relaxed);
        });
        let elapsed = started.elapsed().as_secs_f64();
        let count = appended.load(Ordering::Relaxed);
        assert_eq!(store.head_position().expect("head"), count);
        println!("{writers:>7}  {:>9.0}", count as f64 / elapsed);
    }
}
