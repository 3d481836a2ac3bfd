//! Sign-in sessions in the database that several nodes share, so that a person signed in through one node is signed in on all of them.
//!
//! A row per session: its id, its data as JSON, and when it ends (Unix seconds). The web layer
//! owns what a session holds; this table only keeps it. Unlike the event log it is async and
//! connects lazily from the caller's tokio runtime, since it is used only from request handlers.

use sqlx::postgres::{PgPool, PgPoolOptions};
use tokio::sync::OnceCell;

/// Connections kept for sessions: one lookup per signed-in request, each a primary-key read.
const POOL_SIZE: u32 = 4;

/// The sessions table of one database.
#[derive(Debug)]
pub struct SessionTable {
    url: String,
    pool: OnceCell<PgPool>,
}

/// A stored session: its data (JSON) and its end (Unix seconds).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoredSession {
    pub data: String,
    pub expires: i64,
}

impl SessionTable {
    /// The table in the database at `url` (made at first use).
    pub fn new(url: impl Into<String>) -> Self {
        Self {
            url: url.into(),
            pool: OnceCell::new(),
        }
    }

    async fn pool(&self) -> Result<&PgPool, sqlx::Error> {
        self.pool
            .get_or_try_init(|| async {
                let pool = PgPoolOptions::new()
                    .max_connections(POOL_SIZE)
                    .connect(&self.url)
                    .await?;
                let mut tx = pool.begin().await?;
                // Nodes starting together would race on CREATE ... IF NOT EXISTS.
                sqlx::query("SELECT pg_advisory_xact_lock(hashtext('balans_sessions'))")
                    .execute(&mut *tx)
                    .await?;
                sqlx::query("CREATE SCHEMA IF NOT EXISTS balans_sessions")
                    .execute(&mut *tx)
                    .await?;
                sqlx::query(
                    "CREATE TABLE IF NOT EXISTS balans_sessions.sessions (
                        id text PRIMARY KEY,
                        data text NOT NULL,
                        expires bigint NOT NULL
                    )",
                )
                .execute(&mut *tx)
                .await?;
                sqlx::query(
                    "CREATE INDEX IF NOT EXISTS sessions_expires ON balans_sessions.sessions (expires)",
                )
                .execute(&mut *tx)
                .await?;
                tx.commit().await?;
                Ok(pool)
            })
            .await
    }

    /// Stores a new session under `id`; `false` (nothing stored) if the id is taken. Ended
    /// sessions are removed on the way, so the table holds only live ones.
    pub async fn create(
        &self,
        id: &str,
        session: &StoredSession,
        now: i64,
    ) -> Result<bool, sqlx::Error> {
        let pool = self.pool().await?;
        sqlx::query("DELETE FROM balans_sessions.sessions WHERE expires <= $1")
            .bind(now)
            .execute(pool)
            .await?;
        let inserted = sqlx::query(
            "INSERT INTO balans_sessions.sessions (id, data, expires) VALUES ($1, $2, $3)
             ON CONFLICT (id) DO NOTHING",
        )
        .bind(id)
        .bind(&session.data)
        .bind(session.expires)
        .execute(pool)
        .await?;
        Ok(inserted.rows_affected() == 1)
    }

    /// Stores the session `id`, new or changed.
    pub async fn save(&self, id: &str, session: &StoredSession) -> Result<(), sqlx::Error> {
        sqlx::query(
            "INSERT INTO balans_sessions.sessions (id, data, expires) VALUES ($1, $2, $3)
             ON CONFLICT (id) DO UPDATE SET data = excluded.data, expires = excluded.expires",
        )
        .bind(id)
        .bind(&session.data)
        .bind(session.expires)
        .execute(self.pool().await?)
        .await?;
        Ok(())
    }

    /// The session `id` if it has not ended by `now`.
    pub async fn load(&self, id: &str, now: i64) -> Result<Option<StoredSession>, sqlx::Error> {
        let row: Option<(String, i64)> = sqlx::query_as(
            "SELECT data, expires FROM balans_sessions.sessions WHERE id = $1 AND expires > $2",
        )
        .bind(id)
        .bind(now)
        .fetch_optional(self.pool().await?)
        .await?;
        Ok(row.map(|(data, expires)| StoredSession { data, expires }))
    }

    /// Ends the session `id` on every node.
    pub async fn delete(&self, id: &str) -> Result<(), sqlx::Error> {
        sqlx::query("DELETE FROM balans_sessions.sessions WHERE id = $1")
            .bind(id)
            .execute(self.pool().await?)
            .await?;
        Ok(())
    }
}
