//! The PostgreSQL event store: [`PostgresStore`] implements [`EventStore`] on a database that
//! several balans processes (API nodes) share.
//!
//! It passes the conformance suite that the sled and memory stores pass, with the same append
//! rules ([`balans_store::rules`]). Each log (`main`, `access`, …) lives in its own schema,
//! `balans_<log>`, with the tables of `migrations/` (`events`, `commands`), migrated by
//! [`PostgresStore::connect`].
//!
//! # Ordering: readers never skip a position
//! Every append takes one transaction-scoped advisory lock per log (`pg_advisory_xact_lock`)
//! before it reads anything, allocates `position = head + 1 …` under it, and commits. A
//! transaction's locks are released only after its commit is visible to new snapshots
//! (PostgreSQL marks it committed and removes it from the running transactions before it
//! releases its locks), so the next append, which reads the head after it got the lock, sees
//! the previous one's rows, and positions commit in the order they are allocated. A reader
//! whose snapshot shows position `n` therefore also sees every position below `n`: the gap a
//! sequence leaves (a row with a higher number committing before a lower one) cannot happen.
//! Stream versions are checked under the same lock, and `UNIQUE (stream, stream_version)`
//! backs that up. ORDERING.md beside this crate says more.
//!
//! # Heads across processes
//! Each append sends `pg_notify('balans_<log>_head', new head)` inside its transaction, so the
//! notification goes out when it commits. A listener task per store moves the store's head
//! watch ([`EventStore::subscribe`]) on every notification, and reads the head again each time
//! it (re)connects, so that appends made while it was not listening are not missed.
//!
//! # Sync over async
//! The trait is synchronous and sqlx is asynchronous: the store owns a small tokio runtime,
//! runs each call's future there and waits for its answer on a std channel. That works from
//! plain threads and from inside other tokio runtimes alike (it blocks the calling thread,
//! as the sled store's calls do).

use std::collections::HashMap;
use std::future::Future;
use std::sync::Arc;
use std::time::Duration;

use balans_store::rules;
use balans_store::{
    AppendOutcome, AppendRequest, EventStore, Payload, RecordedEvent, StoreError, StreamId,
};
use sqlx::postgres::{PgConnectOptions, PgListener, PgPool, PgPoolOptions};
use sqlx::types::Json;
use tokio::sync::watch;
use ulid::Ulid;

mod append;
pub mod scratch;
pub mod sessions;
#[cfg(feature = "test-support")]
pub mod testing;

/// How to reach the database, and which log in it.
#[derive(Debug, Clone)]
pub struct PgConfig {
    /// `postgres://user:password@host:port/database?sslmode=…`; TLS as `sslmode` says
    /// (`disable`, `prefer` (the default), `require`, `verify-ca`, `verify-full`).
    pub url: String,
    /// Which log: `main` or `access`, say. Lower-case ASCII letters, digits and `_`, starting
    /// with a letter, at most 40 characters; its tables live in the schema `balans_<log>`.
    pub log: String,
    /// Connections kept for queries and appends (the head listener has one more of its own).
    pub pool_size: u32,
    /// How long a call waits for a free connection, or for the database to answer a connect.
    pub acquire_timeout: Duration,
}

impl PgConfig {
    /// The log `log` in the database at `url`, with 8 connections and a 30 s acquire timeout.
    pub fn new(url: impl Into<String>, log: impl Into<String>) -> Self {
        Self {
            url: url.into(),
            log: log.into(),
            pool_size: 8,
            acquire_timeout: Duration::from_secs(30),
        }
    }
}

/// An event log in PostgreSQL. See the crate documentation for how it orders appends.
pub struct PostgresStore {
    shared: Arc<Shared>,
    /// Runs every query; `None` only while the store is dropped.
    runtime: Option<tokio::runtime::Runtime>,
    listener: tokio::task::JoinHandle<()>,
    /// Appends go to the committer task, which commits those waiting together.
    appends: tokio::sync::mpsc::UnboundedSender<append::Pending>,
}

/// What the calls' futures and the listener task share.
struct Shared {
    pool: PgPool,
    /// Its own connection for LISTEN, so that it never waits for one behind the queries.
    listen_pool: PgPool,
    /// The advisory lock that serializes this log's appends (one key per log).
    lock_key: i64,
    /// `balans_<log>_head`: the NOTIFY channel that carries the new head after each append.
    channel: String,
    head: watch::Sender<u64>,
    /// Where the store connects to, without the password, for error messages.
    place: String,
}

impl std::fmt::Debug for PostgresStore {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("PostgresStore")
            .field("database", &self.shared.place)
            .field("channel", &self.shared.channel)
            .field("head", &*self.shared.head.borrow())
            .finish_non_exhaustive()
    }
}

/// The schema of a log's tables: `balans_<log>`, once the name is known to be a plain identifier.
fn schema_of(log: &str) -> Result<String, StoreError> {
    let plain = log.len() <= 40
        && log.starts_with(|c: char| c.is_ascii_lowercase())
        && log
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_');
    if plain {
        Ok(format!("balans_{log}"))
    } else {
        Err(StoreError::InvalidRequest(format!(
            "the log name {log:?} is not valid: use lower-case letters a-z, digits and _, starting with a letter, at most 40 characters"
        )))
    }
}

/// A stable 64-bit key for a log's advisory lock (FNV-1a of its schema name): the same in
/// every process and every build, unlike Rust's hashers.
fn lock_key(schema: &str) -> i64 {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for byte in format!("balans event log {schema}").bytes() {
        hash ^= u64::from(byte);
        hash = hash.wrapping_mul(0x0100_0000_01b3);
    }
    hash as i64
}

/// `host:port/database as user`: where a connection goes, never with the password.
fn place(options: &PgConnectOptions) -> String {
    format!(
        "{}:{}/{} as {}",
        options.get_host(),
        options.get_port(),
        options.get_database().unwrap_or("(default database)"),
        options.get_username()
    )
}

fn io(context: &str, error: impl std::fmt::Display) -> StoreError {
    StoreError::Io(format!("PostgreSQL: {context}: {error}"))
}

impl PostgresStore {
    /// Connects to the database, creates or migrates the log's schema, reads its head and
    /// starts listening for other processes' appends. A database that cannot be reached is
    /// [`StoreError::Io`] with where it tried (never the password); a bad log name or URL is
    /// [`StoreError::InvalidRequest`].
    pub fn connect(config: &PgConfig) -> Result<Self, StoreError> {
        let schema = schema_of(&config.log)?;
        let options: PgConnectOptions = config.url.parse().map_err(|error| {
            StoreError::InvalidRequest(format!("the PostgreSQL URL is not valid: {error}"))
        })?;
        let place = place(&options);
        // Unqualified table names in the queries resolve in the log's schema; the notices of
        // every start's "IF NOT EXISTS" migrations are not worth a log line each.
        let options = options
            .options([
                ("search_path", schema.as_str()),
                ("client_min_messages", "warning"),
            ])
            .application_name(&format!("balans {}", config.log));
        let runtime = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(2)
            .thread_name(format!("balans-postgres-{}", config.log))
            .enable_all()
            .build()
            .map_err(|error| io("cannot start the store's runtime", error))?;

        let acquire_timeout = config.acquire_timeout;
        let pool_size = config.pool_size.max(1);
        let connecting = {
            let (options, schema, place) = (options.clone(), schema.clone(), place.clone());
            async move {
                let cannot_connect = |error| io(&format!("cannot connect to {place}"), error);
                let pool = PgPoolOptions::new()
                    .max_connections(pool_size)
                    .acquire_timeout(acquire_timeout)
                    .connect_with(options.clone())
                    .await
                    .map_err(cannot_connect)?;
                let listen_pool = PgPoolOptions::new()
                    .max_connections(1)
                    .acquire_timeout(acquire_timeout)
                    .connect_lazy_with(options);
                let mut migrator = sqlx::migrate!();
                // The log's schema holds its own record of migrations too.
                migrator.create_schema(schema.clone());
                migrator.dangerous_set_table_name(format!("{schema}._sqlx_migrations"));
                migrator
                    .run(&pool)
                    .await
                    .map_err(|error| io(&format!("cannot migrate {schema} at {place}"), error))?;
                let head = head_position(&pool).await?;
                Ok::<_, StoreError>((pool, listen_pool, head))
            }
        };
        let (pool, listen_pool, head) = run_on(&runtime, connecting)?;

        let shared = Arc::new(Shared {
            pool,
            listen_pool,
            lock_key: lock_key(&schema),
            channel: format!("{schema}_head"),
            head: watch::Sender::new(head),
            place,
        });
        let listener = runtime.spawn(listen_for_heads(shared.clone()));
        let (appends, queue) = tokio::sync::mpsc::unbounded_channel();
        runtime.spawn(append::commit_groups(shared.clone(), queue));
        Ok(Self {
            shared,
            runtime: Some(runtime),
            listener,
            appends,
        })
    }

    /// Runs `work` on the store's runtime and waits for its answer.
    fn run<T: Send + 'static>(
        &self,
        work: impl FnOnce(Arc<Shared>) -> BoxFuture<T> + Send + 'static,
    ) -> T {
        let runtime = self
            .runtime
            .as_ref()
            .expect("the runtime lives as long as the store");
        run_on(runtime, work(self.shared.clone()))
    }

    /// Runs a read, once more if the first try lost its connection (the pool then opens a new
    /// one): a read changes nothing, so trying again is always safe.
    fn read<T: Send + 'static>(
        &self,
        read: impl Fn(Arc<Shared>) -> BoxFuture<Result<T, sqlx::Error>> + Send + Sync + 'static,
    ) -> Result<T, StoreError> {
        self.run(move |shared| {
            Box::pin(async move {
                match read(shared.clone()).await {
                    Err(error) if lost_connection(&error) => read(shared.clone()).await,
                    result => result,
                }
                .map_err(|error| io(&format!("reading {}", shared.place), error))
            })
        })
    }
}

type BoxFuture<T> = std::pin::Pin<Box<dyn Future<Output = T> + Send>>;

/// Runs a future on `runtime` from any thread, also one inside another runtime (where
/// `Handle::block_on` would panic), and waits for its output on a std channel.
fn run_on<T: Send + 'static>(
    runtime: &tokio::runtime::Runtime,
    future: impl Future<Output = T> + Send + 'static,
) -> T {
    let (send, receive) = std::sync::mpsc::sync_channel(1);
    runtime.spawn(async move {
        let _ = send.send(future.await);
    });
    receive
        .recv()
        .expect("the store's task ended without an answer (it panicked)")
}

impl Drop for PostgresStore {
    fn drop(&mut self) {
        self.listener.abort();
        // Not a blocking shutdown: a store may be dropped inside another runtime's task.
        if let Some(runtime) = self.runtime.take() {
            runtime.shutdown_background();
        }
    }
}

/// Whether an error says the connection is gone (the server ended it, the network broke),
/// rather than that the query failed.
fn lost_connection(error: &sqlx::Error) -> bool {
    match error {
        sqlx::Error::Io(_) | sqlx::Error::Protocol(_) => true,
        // 57P01 admin_shutdown: pg_terminate_backend or a server shutting down.
        sqlx::Error::Database(error) => error.code().is_some_and(|code| code.starts_with("57P")),
        _ => false,
    }
}

async fn head_position(pool: &PgPool) -> Result<u64, StoreError> {
    let head = sqlx::query_scalar!(r#"SELECT COALESCE(max(position), 0) AS "head!" FROM events"#)
        .fetch_one(pool)
        .await
        .map_err(|error| io("reading the head", error))?;
    Ok(head as u64)
}

/// Keeps the head watch current with other processes' appends, for as long as the store lives.
async fn listen_for_heads(shared: Arc<Shared>) {
    loop {
        let mut listener = match PgListener::connect_with(&shared.listen_pool).await {
            Ok(listener) => listener,
            Err(error) => {
                tracing::warn!(%error, place = %shared.place, "cannot listen for appends; trying again");
                tokio::time::sleep(Duration::from_secs(1)).await;
                continue;
            }
        };
        if let Err(error) = listener.listen(&shared.channel).await {
            tracing::warn!(%error, place = %shared.place, "cannot listen for appends; trying again");
            tokio::time::sleep(Duration::from_secs(1)).await;
            continue;
        }
        // Listening now: whatever was appended before is in the head read here.
        catch_up_head(&shared).await;
        loop {
            match listener.try_recv().await {
                Ok(Some(notification)) => match notification.payload().parse::<u64>() {
                    Ok(head) => advance(&shared.head, head),
                    Err(_) => catch_up_head(&shared).await,
                },
                // The connection was lost and is back (listening again): what was appended
                // in between sent no notification to us, so read the head.
                Ok(None) => catch_up_head(&shared).await,
                Err(error) => {
                    tracing::warn!(%error, place = %shared.place, "lost the connection that listens for appends; reconnecting");
                    tokio::time::sleep(Duration::from_millis(200)).await;
                    break;
                }
            }
        }
    }
}

async fn catch_up_head(shared: &Shared) {
    match head_position(&shared.pool).await {
        Ok(head) => advance(&shared.head, head),
        Err(error) => tracing::warn!(%error, "cannot read the head after reconnecting"),
    }
}

/// Moves the published head forward only: notifications may arrive out of order, and a
/// subscriber must never see the head go back.
fn advance(head: &watch::Sender<u64>, new_head: u64) {
    head.send_if_modified(|head| {
        if new_head > *head {
            *head = new_head;
            true
        } else {
            false
        }
    });
}

/// One stored event as the queries return it.
struct Row {
    position: i64,
    id: String,
    stream: String,
    stream_version: i64,
    recorded_at: String,
    occurred_at: String,
    recorded_by: String,
    meeting: Option<String>,
    event_type: String,
    schema_version: i32,
    causation: String,
    payload: String,
}

impl Row {
    fn into_event(self) -> Result<RecordedEvent, StoreError> {
        let position = self.position as u64;
        let corrupt = |what: &str, error: &dyn std::fmt::Display| StoreError::Corrupt {
            position,
            reason: format!("{what}: {error}"),
        };
        Ok(RecordedEvent {
            id: self.id.parse().map_err(|e| corrupt("event id", &e))?,
            stream: StreamId(self.stream),
            stream_version: self.stream_version as u64,
            position,
            recorded_at: self
                .recorded_at
                .parse()
                .map_err(|e| corrupt("recorded_at", &e))?,
            occurred_at: self
                .occurred_at
                .parse()
                .map_err(|e| corrupt("occurred_at", &e))?,
            recorded_by: self.recorded_by,
            meeting: self.meeting,
            event_type: self.event_type,
            schema_version: u16::try_from(self.schema_version)
                .map_err(|e| corrupt("schema_version", &e))?,
            causation: self
                .causation
                .parse()
                .map_err(|e| corrupt("causation", &e))?,
            payload: Payload::from_stored_text(&self.payload),
        })
    }
}

fn events(rows: Vec<Row>) -> Result<Vec<RecordedEvent>, StoreError> {
    rows.into_iter().map(Row::into_event).collect()
}

fn as_i64(value: u64) -> i64 {
    i64::try_from(value).unwrap_or(i64::MAX)
}

impl EventStore for PostgresStore {
    fn append(&self, request: AppendRequest) -> Result<AppendOutcome, StoreError> {
        rules::validate(&request)?;
        let (reply, answer) = std::sync::mpsc::sync_channel(1);
        self.appends
            .send(append::Pending { request, reply })
            .map_err(|_| io("appending", "the store's committer has stopped"))?;
        answer
            .recv()
            .map_err(|_| io("appending", "the store's committer ended without an answer"))?
    }

    fn read_stream(
        &self,
        stream: &StreamId,
        from_version: u64,
    ) -> Result<Vec<RecordedEvent>, StoreError> {
        let stream = stream.0.clone();
        let from = as_i64(from_version);
        events(self.read(move |shared| {
            let stream = stream.clone();
            Box::pin(async move {
                sqlx::query_as!(
                    Row,
                    r#"SELECT position, id, stream, stream_version, recorded_at, occurred_at, recorded_by,
                              meeting, event_type, schema_version, causation, payload::text AS "payload!"
                       FROM events WHERE stream = $1 AND stream_version >= $2
                       ORDER BY stream_version"#,
                    stream,
                    from
                )
                .fetch_all(&shared.pool)
                .await
            })
        })?)
    }

    fn read_all(&self, from_position: u64, limit: usize) -> Result<Vec<RecordedEvent>, StoreError> {
        if limit == 0 {
            return Ok(Vec::new());
        }
        let from = as_i64(from_position);
        let limit = i64::try_from(limit).unwrap_or(i64::MAX);
        events(self.read(move |shared| {
            Box::pin(async move {
                sqlx::query_as!(
                    Row,
                    r#"SELECT position, id, stream, stream_version, recorded_at, occurred_at, recorded_by,
                              meeting, event_type, schema_version, causation, payload::text AS "payload!"
                       FROM events WHERE position >= $1
                       ORDER BY position LIMIT $2"#,
                    from,
                    limit
                )
                .fetch_all(&shared.pool)
                .await
            })
        })?)
    }

    fn read_positions(&self, positions: &[u64]) -> Result<Vec<RecordedEvent>, StoreError> {
        if positions.is_empty() {
            return Ok(Vec::new());
        }
        let wanted: Vec<i64> = positions.iter().map(|&p| as_i64(p)).collect();
        let (rows, head) = self.read(move |shared| {
            let wanted = wanted.clone();
            Box::pin(async move {
                // One snapshot for both, so that a position missing here is past this head.
                let mut tx = shared.pool.begin().await?;
                sqlx::query("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY")
                    .execute(&mut *tx)
                    .await?;
                let rows = sqlx::query_as!(
                    Row,
                    r#"SELECT position, id, stream, stream_version, recorded_at, occurred_at, recorded_by,
                              meeting, event_type, schema_version, causation, payload::text AS "payload!"
                       FROM events WHERE position = ANY($1)"#,
                    &wanted[..]
                )
                .fetch_all(&mut *tx)
                .await?;
                let head = sqlx::query_scalar!(
                    r#"SELECT COALESCE(max(position), 0) AS "head!" FROM events"#
                )
                .fetch_one(&mut *tx)
                .await?;
                tx.commit().await?;
                Ok((rows, head as u64))
            })
        })?;
        let found: HashMap<u64, RecordedEvent> = events(rows)?
            .into_iter()
            .map(|event| (event.position, event))
            .collect();
        positions
            .iter()
            .map(|position| {
                found
                    .get(position)
                    .cloned()
                    .ok_or_else(|| balans_store::beyond_the_log(*position, head))
            })
            .collect()
    }

    fn stream_version(&self, stream: &StreamId) -> Result<u64, StoreError> {
        let stream = stream.0.clone();
        let version = self.read(move |shared| {
            let stream = stream.clone();
            Box::pin(async move {
                sqlx::query_scalar!(
                    r#"SELECT COALESCE(max(stream_version), 0) AS "version!" FROM events WHERE stream = $1"#,
                    stream
                )
                .fetch_one(&shared.pool)
                .await
            })
        })?;
        Ok(version as u64)
    }

    fn head_position(&self) -> Result<u64, StoreError> {
        let head = self.read(|shared| {
            Box::pin(async move {
                sqlx::query_scalar!(r#"SELECT COALESCE(max(position), 0) AS "head!" FROM events"#)
                    .fetch_one(&shared.pool)
                    .await
            })
        })?;
        Ok(head as u64)
    }

    fn command_outcome(&self, command_id: Ulid) -> Result<Option<AppendOutcome>, StoreError> {
        let command_id = command_id.to_string();
        let outcome = self.read(move |shared| {
            let command_id = command_id.clone();
            Box::pin(async move {
                sqlx::query_scalar!(
                    r#"SELECT outcome AS "outcome: Json<AppendOutcome>" FROM commands WHERE command_id = $1"#,
                    command_id
                )
                .fetch_optional(&shared.pool)
                .await
            })
        })?;
        Ok(outcome.map(|Json(mut first)| {
            first.duplicate = true;
            first
        }))
    }

    fn subscribe(&self) -> watch::Receiver<u64> {
        self.shared.head.subscribe()
    }

    fn writable(&self) -> Result<(), StoreError> {
        self.read(|shared| {
            Box::pin(async move {
                sqlx::query("SELECT 1")
                    .execute(&shared.pool)
                    .await
                    .map(|_| ())
            })
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn log_names_are_plain_identifiers() {
        assert_eq!(schema_of("main").expect("valid"), "balans_main");
        assert_eq!(schema_of("access_2").expect("valid"), "balans_access_2");
        for bad in ["", "Main", "2logs", "a-b", "a;drop", "ä", &"x".repeat(41)] {
            match schema_of(bad) {
                Err(StoreError::InvalidRequest(message)) => {
                    assert!(message.contains("log name"), "{message}")
                }
                other => panic!("{bad:?}: {other:?}"),
            }
        }
    }

    /// Every process of every version must take the same lock for a log, or appends from an
    /// older and a newer node would no longer be serialized: the key is pinned here.
    #[test]
    fn lock_keys_differ_per_log_and_stay_put() {
        assert_eq!(lock_key("balans_main"), 2_743_860_975_176_757_909);
        assert_ne!(lock_key("balans_main"), lock_key("balans_access"));
    }

    #[test]
    fn the_place_of_a_database_leaves_out_the_password() {
        let options: PgConnectOptions = "postgres://anna:hemligt@db.example:5433/balans"
            .parse()
            .expect("a URL");
        let place = place(&options);
        assert_eq!(place, "db.example:5433/balans as anna");
        assert!(!place.contains("hemligt"));
    }
}
