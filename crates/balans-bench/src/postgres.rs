//! PostgreSQL for the benchmark: a fresh database per run on the server an admin URL names, and the database's own commit figures (one row per transaction, through sqlx) to set beside balans on it.

use std::future::Future;
use std::time::{Duration, Instant};

use anyhow::{Context as _, Result};
use balans_bench::measure::Samples;
use balans_postgres::scratch::ScratchDatabase;
use sqlx::Connection as _;
use sqlx::postgres::{PgConnection, PgPoolOptions};

/// A database made for one run on the server of `admin_url` (a URL of a user who may create
/// databases), dropped with its connections when the value is dropped.
pub fn bench_database(admin_url: &str) -> Result<ScratchDatabase> {
    ScratchDatabase::create(admin_url, "balans_bench").with_context(|| {
        format!(
            "could not make a database on the PostgreSQL server {}",
            balans_runtime::without_password(admin_url)
        )
    })
}

/// Runs a future on a runtime of its own, on a thread of its own (so that it works from any
/// caller).
fn block_on<T: Send + 'static>(
    future: impl Future<Output = Result<T>> + Send + 'static,
) -> Result<T> {
    std::thread::spawn(move || {
        tokio::runtime::Builder::new_multi_thread()
            .worker_threads(2)
            .enable_all()
            .build()
            .context("a runtime for PostgreSQL")?
            .block_on(future)
    })
    .join()
    .map_err(|_| anyhow::anyhow!("the PostgreSQL thread panicked"))?
}

/// Bytes the balans logs take in the database (tables, their indexes and TOAST, of every
/// `balans_*` schema); not the write-ahead log, which PostgreSQL recycles.
pub fn log_bytes(url: &str) -> Result<u64> {
    let url = url.to_owned();
    block_on(async move {
        let mut connection = PgConnection::connect(&url).await?;
        let bytes: i64 = sqlx::query_scalar(
            "SELECT COALESCE(sum(pg_total_relation_size(c.oid)), 0)::bigint
             FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
             WHERE n.nspname LIKE 'balans\\_%' AND c.relkind = 'r'",
        )
        .fetch_one(&mut connection)
        .await?;
        connection.close().await?;
        Ok(u64::try_from(bytes).unwrap_or(0))
    })
}

/// What PostgreSQL itself does with one event per transaction.
#[derive(Debug, Clone)]
pub struct OwnFigures {
    /// Bytes of the JSON row each transaction inserts.
    pub row_bytes: usize,
    /// One client, one commit after another.
    pub single: Samples,
    /// Commits per second with 1 and with 8 clients, each on its own connection.
    pub per_s: Vec<(usize, f64)>,
}

/// A JSON object of about 1 KiB, shaped like a stored event with a long note.
fn event_row() -> serde_json::Value {
    let mut row = serde_json::json!({
        "type": "FollowUpAsked",
        "case": ulid::Ulid::generate().to_string(),
        "meeting": ulid::Ulid::generate().to_string(),
        "by": "AllUnions",
        "text": "",
    });
    let sentence = "De fackliga organisationerna vill ha ett skriftligt svar före nästa möte. ";
    let mut text = String::new();
    while row.to_string().len() + text.len() < 1024 {
        text.push_str(sentence);
    }
    let budget = 1024usize.saturating_sub(row.to_string().len());
    let mut end = budget.min(text.len());
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    text.truncate(end);
    row["text"] = serde_json::Value::String(text);
    row
}

/// `BEGIN; INSERT` one ~1 KiB JSON row `; COMMIT`: first `count` times on one connection for
/// the latency, then for `run_for` with 1 and with 8 connections at once for the rate. The
/// table is made in `url`'s database (public schema), beside the balans logs.
pub fn own_figures(url: &str, count: usize, run_for: Duration) -> Result<OwnFigures> {
    let url = url.to_owned();
    block_on(async move {
        let pool = PgPoolOptions::new()
            .max_connections(8)
            .connect(&url)
            .await?;
        // json, as the events table stores payloads.
        sqlx::query(
            "CREATE TABLE IF NOT EXISTS bench_one_event_per_transaction (
                 id BIGSERIAL PRIMARY KEY, payload JSON NOT NULL)",
        )
        .execute(&pool)
        .await?;
        // Sent as text and parsed by the server, as the store sends its payloads (a jsonb
        // parameter would be reformatted on its way into a json column).
        let row = event_row().to_string();
        let row_bytes = row.len();
        let commit = |pool: sqlx::PgPool, row: String| async move {
            let mut tx = pool.begin().await?;
            sqlx::query("INSERT INTO bench_one_event_per_transaction (payload) VALUES ($1::json)")
                .bind(row)
                .execute(&mut *tx)
                .await?;
            tx.commit().await?;
            Ok::<_, sqlx::Error>(())
        };
        let mut single = Samples::default();
        for _ in 0..count {
            let t = Instant::now();
            commit(pool.clone(), row.clone()).await?;
            single.push(t.elapsed());
        }
        let mut per_s = Vec::new();
        for clients in [1usize, 8] {
            let started = Instant::now();
            let deadline = started + run_for;
            let tasks: Vec<_> = (0..clients)
                .map(|_| {
                    let (pool, row) = (pool.clone(), row.clone());
                    tokio::spawn(async move {
                        let mut done = 0u64;
                        while Instant::now() < deadline {
                            commit(pool.clone(), row.clone()).await?;
                            done += 1;
                        }
                        Ok::<_, sqlx::Error>(done)
                    })
                })
                .collect();
            let mut done = 0;
            for task in tasks {
                done += task.await??;
            }
            per_s.push((clients, done as f64 / started.elapsed().as_secs_f64()));
        }
        pool.close().await;
        Ok(OwnFigures {
            row_bytes,
            single,
            per_s,
        })
    })
}

#[cfg(test)]
mod tests {
    use std::time::Duration;

    use sqlx::Connection as _;
    use sqlx::postgres::PgConnection;

    use super::{bench_database, block_on, event_row, own_figures};

    /// The admin URL of the test server (as balans-postgres's tests take it), or `None` to skip;
    /// with `BALANS_REQUIRE_POSTGRES=1` (as in CI) a missing server fails the test.
    fn test_server(test: &str) -> Option<String> {
        match std::env::var("BALANS_TEST_POSTGRES") {
            Ok(url) if !url.is_empty() => Some(url),
            _ if std::env::var("BALANS_REQUIRE_POSTGRES").is_ok_and(|v| v == "1") => {
                panic!("{test} needs PostgreSQL: BALANS_TEST_POSTGRES is not set")
            }
            _ => {
                eprintln!("skipping {test}: BALANS_TEST_POSTGRES is not set");
                None
            }
        }
    }

    /// Runs `query` (one number) on the database at `url`.
    fn count(url: &str, query: &'static str, bind: Option<String>) -> i64 {
        let url = url.to_owned();
        block_on(async move {
            let mut connection = PgConnection::connect(&url).await?;
            let mut query = sqlx::query_scalar::<_, i64>(query);
            if let Some(bind) = bind {
                query = query.bind(bind);
            }
            let value = query.fetch_one(&mut connection).await?;
            connection.close().await?;
            Ok(value)
        })
        .expect("a count from PostgreSQL")
    }

    #[test]
    fn a_bench_database_is_made_holds_postgres_own_rows_and_is_dropped() {
        let Some(admin) =
            test_server("a_bench_database_is_made_holds_postgres_own_rows_and_is_dropped")
        else {
            return;
        };
        let exists = |name: &str| {
            count(
                &admin,
                "SELECT count(*) FROM pg_database WHERE datname = $1",
                Some(name.to_string()),
            )
        };
        let database = bench_database(&admin).expect("a bench database");
        let name = database.name().to_string();
        assert!(name.starts_with("balans_bench_"), "{name}");
        assert_eq!(exists(&name), 1);

        let own = own_figures(database.url(), 5, Duration::from_millis(50)).expect("own figures");
        assert_eq!(own.single.len(), 5);
        assert_eq!(
            own.per_s
                .iter()
                .map(|(clients, _)| *clients)
                .collect::<Vec<_>>(),
            [1, 8]
        );
        // Every timed commit is in the table, each row the ~1 KiB of JSON it was given.
        assert!(
            count(
                database.url(),
                "SELECT count(*) FROM bench_one_event_per_transaction",
                None
            ) >= 5
        );
        assert_eq!(
            count(
                database.url(),
                "SELECT count(*) FROM bench_one_event_per_transaction \
                 WHERE octet_length(payload::text) <> $1::bigint",
                Some(own.row_bytes.to_string()),
            ),
            0
        );

        drop(database);
        assert_eq!(exists(&name), 0, "the bench database was dropped");
    }

    #[test]
    fn the_row_of_postgres_own_figures_is_about_a_kibibyte_of_json() {
        let row = event_row().to_string();
        assert!((1000..=1024).contains(&row.len()), "{} bytes", row.len());
        assert!(serde_json::from_str::<serde_json::Value>(&row).is_ok());
    }
}
