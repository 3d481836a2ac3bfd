//! A throwaway database on the server an admin URL names: made for one test or one bench run, and dropped (with its connections) when the value is dropped.

use std::future::Future;

use sqlx::Connection;
use sqlx::postgres::PgConnection;

use crate::PgConfig;

/// An empty database made for one run, dropped (with its connections) when this is dropped.
#[derive(Debug)]
pub struct ScratchDatabase {
    admin_url: String,
    name: String,
    url: String,
}

impl ScratchDatabase {
    /// Makes `<prefix>_<ulid>` on the server of `admin_url`, a URL of a user who may create
    /// databases.
    pub fn create(admin_url: &str, prefix: &str) -> Result<Self, sqlx::Error> {
        let name = format!(
            "{prefix}_{}",
            ulid::Ulid::generate().to_string().to_lowercase()
        );
        admin(admin_url, format!("CREATE DATABASE {name}"))?;
        Ok(Self {
            admin_url: admin_url.to_owned(),
            url: with_database(admin_url, &name),
            name,
        })
    }

    /// The database's URL: the admin URL with this database's name.
    pub fn url(&self) -> &str {
        &self.url
    }

    /// The database's name (`<prefix>_<ulid>`).
    pub fn name(&self) -> &str {
        &self.name
    }

    /// A store configuration for the log `log` in this database.
    pub fn config(&self, log: &str) -> PgConfig {
        PgConfig::new(self.url.clone(), log)
    }

    /// Runs one SQL statement as the admin, on the admin database (to end this database's
    /// connections with `pg_terminate_backend`, say).
    pub fn admin_execute(&self, statement: &str) -> Result<(), sqlx::Error> {
        admin(&self.admin_url, statement.to_owned())
    }
}

impl Drop for ScratchDatabase {
    fn drop(&mut self) {
        let statement = format!("DROP DATABASE IF EXISTS {} WITH (FORCE)", self.name);
        if let Err(error) = admin(&self.admin_url, statement) {
            eprintln!("the database {} was not dropped: {error}", self.name);
        }
    }
}

/// `url` with its database (the path) replaced by `database`, its query kept.
fn with_database(url: &str, database: &str) -> String {
    let (base, query) = match url.split_once('?') {
        Some((base, query)) => (base, Some(query)),
        None => (url, None),
    };
    let authority_start = base.find("://").map_or(0, |i| i + 3);
    let base = match base[authority_start..].find('/') {
        Some(slash) => &base[..authority_start + slash],
        None => base,
    };
    match query {
        Some(query) => format!("{base}/{database}?{query}"),
        None => format!("{base}/{database}"),
    }
}

fn admin(admin_url: &str, statement: String) -> Result<(), sqlx::Error> {
    let admin_url = admin_url.to_owned();
    block_on(async move {
        let mut connection = PgConnection::connect(&admin_url).await?;
        sqlx::raw_sql(sqlx::AssertSqlSafe(statement))
            .execute(&mut connection)
            .await?;
        connection.close().await
    })
}

/// Runs a future to its end on a thread of its own, so that it works from any caller, also
/// one inside a tokio runtime.
fn block_on<T: Send + 'static>(future: impl Future<Output = T> + Send + 'static) -> T {
    std::thread::spawn(move || {
        tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .expect("a runtime for an admin statement")
            .block_on(future)
    })
    .join()
    .expect("the admin statement's thread")
}

#[cfg(test)]
mod tests {
    use super::with_database;

    #[test]
    fn a_scratch_database_url_keeps_everything_but_the_database() {
        assert_eq!(
            with_database("postgres://postgres@127.0.0.1:55432/postgres", "balans_t_x"),
            "postgres://postgres@127.0.0.1:55432/balans_t_x"
        );
        assert_eq!(
            with_database("postgres://u:p@h/admin?sslmode=require", "t"),
            "postgres://u:p@h/t?sslmode=require"
        );
        assert_eq!(
            with_database("postgres://h:5432", "t"),
            "postgres://h:5432/t"
        );
        assert_eq!(
            with_database("postgresql://h:5432", "b"),
            "postgresql://h:5432/b"
        );
    }
}
