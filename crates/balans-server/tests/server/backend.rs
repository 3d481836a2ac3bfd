//! The store a test server runs on: sled in its data directory (the default), or a fresh PostgreSQL database per server with `BALANS_TEST_BACKEND=postgres`.

use std::path::Path;
use std::sync::Arc;

use balans_graphql::Runtime;
use balans_server::Config;

/// The environment variable that chooses the backend: `sled` (or unset) or `postgres`.
const BACKEND_VARIABLE: &str = "BALANS_TEST_BACKEND";

/// Where one test server's log lives. On PostgreSQL it holds the database, dropped with this
/// (after the server's runtime, which is why a server keeps it to its end).
pub(crate) struct TestStore {
    database: Option<balans_postgres::testing::TestDatabase>,
}

impl TestStore {
    /// The store [`BACKEND_VARIABLE`] chooses: sled, or a fresh PostgreSQL database from the
    /// server in `BALANS_TEST_POSTGRES` (a missing server fails the test: it was asked for).
    pub(crate) fn chosen() -> Self {
        let database = on_postgres().then(|| {
            let test = std::thread::current()
                .name()
                .unwrap_or("a server test")
                .to_string();
            balans_postgres::testing::fresh_database(&test).unwrap_or_else(|| {
                panic!("{test}: {BACKEND_VARIABLE}=postgres needs a server in BALANS_TEST_POSTGRES")
            })
        });
        Self { database }
    }

    /// `config` on this store: its `store` set; `data` stays the node's directory (on
    /// PostgreSQL it holds the snapshot).
    pub(crate) fn configure(&self, config: Config) -> Config {
        match &self.database {
            Some(database) => Config {
                store: database.url().to_string(),
                ..config
            },
            None => config,
        }
    }

    /// Opens the runtime as `balans serve` does with `config` on this store, with the demo
    /// meetings if `config` asks for them: on PostgreSQL `balans serve` leaves the demo to
    /// `balans demo --store` (several nodes could record it at once), so here it is recorded
    /// as that command would.
    pub(crate) fn open(&self, config: &Config) -> Arc<Runtime> {
        let config = self.configure(config.clone());
        let runtime = balans_server::run::open(&config).expect("the database opens");
        if config.demo && self.database.is_some() {
            balans_runtime::demo::load_if_empty(&runtime).expect("the demo is recorded");
        }
        runtime
    }

    /// A runtime configuration that opens this store again, with the node directory `data`.
    pub(crate) fn runtime_config(&self, data: &Path) -> balans_runtime::Config {
        balans_runtime::Config {
            backend: match &self.database {
                Some(database) => balans_runtime::Backend::Postgres(database.url().to_string()),
                None => balans_runtime::Backend::Sled,
            },
            ..balans_runtime::Config::new(data)
        }
    }
}

/// Whether [`BACKEND_VARIABLE`] chooses PostgreSQL. A value it does not know fails the test
/// rather than quietly running on sled.
pub(crate) fn on_postgres() -> bool {
    match std::env::var(BACKEND_VARIABLE).as_deref() {
        Err(_) | Ok("" | "sled") => false,
        Ok("postgres") => true,
        Ok(other) => panic!("{BACKEND_VARIABLE}={other:?}: give sled or postgres"),
    }
}

/// For a test about sled itself: true (saying so) when the tests run on PostgreSQL, where the
/// test returns early; `why` names what only sled has.
pub(crate) fn sled_only(why: &str) -> bool {
    let skip = on_postgres();
    if skip {
        println!("skipped on PostgreSQL: sled only ({why})");
    }
    skip
}
