//! TLS to the database as the URL's `sslmode` says: `require` encrypts every connection of the
//! store (its pool and its listener); `verify-full` refuses a certificate no known authority signed.

use balans_postgres::testing::{ADMIN_URL_VARIABLE, REQUIRE_VARIABLE};
use balans_postgres::{PgConfig, PostgresStore};
use balans_store::EventStore;
use balans_store::conformance::{event, request};
use sqlx::Connection;
use sqlx::postgres::PgConnection;

use crate::{database, wait_for_head};

/// `url` with `sslmode=mode` added to its query.
fn with_sslmode(url: &str, mode: &str) -> String {
    let separator = if url.contains('?') { '&' } else { '?' };
    format!("{url}{separator}sslmode={mode}")
}

#[test]
fn sslmode_require_encrypts_every_connection_and_verify_full_refuses_an_unknown_certificate() {
    let Some(database) = database(
        "sslmode_require_encrypts_every_connection_and_verify_full_refuses_an_unknown_certificate",
    ) else {
        return;
    };
    let admin_url = std::env::var(ADMIN_URL_VARIABLE).expect("the admin URL");
    let tokio = tokio::runtime::Runtime::new().expect("a tokio runtime");
    let admin = |sql: &'static str, bind: Option<String>| -> String {
        tokio.block_on(async {
            let mut connection = PgConnection::connect(&admin_url).await.expect("admin");
            let query = sqlx::query_scalar::<_, String>(sql);
            let query = match bind {
                Some(value) => query.bind(value),
                None => query,
            };
            query.fetch_one(&mut connection).await.expect(sql)
        })
    };
    if admin("SHOW ssl", None) != "on" {
        let reason = "the test server has TLS off (ops/dev-postgres start turns it on)";
        assert!(
            !std::env::var(REQUIRE_VARIABLE).is_ok_and(|v| v == "1"),
            "{reason}"
        );
        eprintln!("skipping: {reason}");
        return;
    }

    let url = with_sslmode(database.url(), "require");
    let store =
        PostgresStore::connect(&PgConfig::new(url.clone(), "main")).expect("connect over TLS");
    let other =
        PostgresStore::connect(&PgConfig::new(url.clone(), "main")).expect("connect over TLS");
    store
        .append(request(&[], vec![event("case-1", 1)]))
        .expect("append over TLS");
    wait_for_head(&other, 1, "a listener over TLS");
    assert_eq!(other.read_all(1, 10).expect("read over TLS").len(), 1);
    let connections = admin(
        "SELECT count(*) FILTER (WHERE s.ssl)::text || ' ' || count(*) FILTER (WHERE NOT s.ssl)::text
         FROM pg_stat_activity a JOIN pg_stat_ssl s USING (pid) WHERE a.datname = $1",
        Some(database.name().to_owned()),
    );
    let (encrypted, plain) = connections.split_once(' ').expect("two counts");
    assert!(
        encrypted.parse::<u32>().expect("a count") >= 2,
        "both stores' connections are encrypted: {connections}"
    );
    assert_eq!(plain, "0", "no connection of the stores is in the clear");

    let refused = PostgresStore::connect(&PgConfig::new(
        with_sslmode(database.url(), "verify-full"),
        "main",
    ));
    let error = refused.expect_err("verify-full refuses a self-signed certificate");
    assert!(
        error.to_string().to_lowercase().contains("certificate"),
        "the error names the certificate: {error}"
    );
}
