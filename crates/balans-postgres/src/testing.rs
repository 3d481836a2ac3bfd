//! Test support: a fresh, empty database per test on the server that `BALANS_TEST_POSTGRES` names.
//!
//! `BALANS_TEST_POSTGRES` holds an admin URL (`ops/dev-postgres url` prints one for the local
//! test cluster). Without it a test that asks for a database is skipped with a printed reason,
//! or fails when `BALANS_REQUIRE_POSTGRES=1` (as in CI).

use std::future::Future;

use sqlx::Connection;
use sqlx::postgres::PgConnection;

use crate::PgConfig;

/// The admin URL of the server that tests make their databases on.
pub const ADMIN_URL_VARIABLE: &str = "BALANS_TEST_POSTGRES";
/// When `1`, a test without a server fails instead of being skipped.
pub const REQUIRE_VARIABLE: &str = "BALANS_REQUIRE_POSTGRES";

/// An empty database made for one test, dropped (with its connections) when this is dropped.
#[derive(Debug)]
pub struct TestDatabase {
    admin_url: String,
    name: String,
    url: String,
}

/// A new, empty database for the test `test` (named in the skip message), or `None` when no
/// server is configured and the test should return early. Panics if the server is configured
/// but the database cannot be made, or if none is configured and `BALANS_REQUIRE_POSTGRES=1`.
pub fn fresh_database(test: &str) -> Option<TestDatabase> {
    let Some(admin_url) = std::env::var(ADMIN_URL_VARIABLE)
        .ok()
        .filter(|url| !url.is_empty())
    else {
        let reason = format!(
            "{ADMIN_URL_VARIABLE} is not set (ops/dev-postgres start; export {ADMIN_URL_VARIABLE}=$(ops/dev-postgres url))"
        );
        if std::env::var(REQUIRE_VARIABLE).is_ok_and(|v| v == "1") {
            panic!("{test} needs PostgreSQL ({REQUIRE_VARIABLE}=1): {reason}");
        }
        eprintln!("skipping {test}: {reason} (set {REQUIRE_VARIABLE}=1 to fail instead)");
        return None;
    };
    let name = format!(
        "balans_t_{}",
        ulid::Ulid::generate().to_string().to_lowercase()
    );
    let url = with_database(&admin_url, &name);
    let statement = format!("CREATE DATABASE {name}");
    admin(&admin_url, statement).unwrap_or_else(|error| {
        panic!("cannot make a test database with {ADMIN_URL_VARIABLE}: {error}")
    });
    Some(TestDatabase {
        admin_url,
        name,
        url,
    })
}

impl TestDatabase {
    /// The database's URL: the admin URL with this database's name.
    pub fn url(&self) -> &str {
        &self.url
    }

    /// The database's name (`balans_t_…`).
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

impl Drop for TestDatabase {
    fn drop(&mut self) {
        let statement = format!("DROP DATABASE IF EXISTS {} WITH (FORCE)", self.name);
        if let Err(error) = admin(&self.admin_url, statement) {
            eprintln!("the test database {} was not dropped: {error}", self.name);
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
    fn a_test_database_url_keeps_everything_but_the_database() {
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
    }
}
