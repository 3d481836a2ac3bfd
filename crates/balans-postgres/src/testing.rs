//! Test support: a fresh, empty database per test on the server that `BALANS_TEST_POSTGRES` names.
//!
//! `BALANS_TEST_POSTGRES` holds an admin URL (`ops/dev-postgres url` prints one for the local
//! test cluster). Without it a test that asks for a database is skipped with a printed reason,
//! or fails when `BALANS_REQUIRE_POSTGRES=1` (as in CI).

pub use crate::scratch::ScratchDatabase as TestDatabase;

/// The admin URL of the server that tests make their databases on.
pub const ADMIN_URL_VARIABLE: &str = "BALANS_TEST_POSTGRES";
/// When `1`, a test without a server fails instead of being skipped.
pub const REQUIRE_VARIABLE: &str = "BALANS_REQUIRE_POSTGRES";

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
    Some(
        TestDatabase::create(&admin_url, "balans_t").unwrap_or_else(|error| {
            panic!("cannot make a test database with {ADMIN_URL_VARIABLE}: {error}")
        }),
    )
}
