//! Sign-in through a real OpenID provider (the certified `oidc-provider` for Node, started on a loopback port): the authorization-code flow with PKCE, through to a session.
//!
//! Needs `node` and `npm ci --prefix tests/oidc`; without them the test says so and passes,
//! unless `BALANS_REQUIRE_OIDC=1` (as in CI), where it fails.

use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::sync::Arc;

use balans_domain::{Grant, Party, Principal};
use balans_server::oidc::{Oidc, OidcSettings};
use balans_server::{AppState, Config};
use reqwest::StatusCode;
use serde_json::json;
use tokio::io::AsyncBufReadExt as _;

use super::PATIENCE;
use super::auth::who_am_i;

/// The provider's Node process, stopped when dropped.
struct Provider(Child);

impl Drop for Provider {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

fn provider_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../tests/oidc")
}

/// A port that was free a moment ago.
fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|listener| listener.local_addr())
        .expect("a free port")
        .port()
}

async fn start_provider(issuer: &str, redirect: &str) -> Option<Provider> {
    let dir = provider_dir();
    let required = std::env::var("BALANS_REQUIRE_OIDC").is_ok_and(|v| v == "1");
    if !dir.join("node_modules/oidc-provider").exists() {
        assert!(!required, "run `npm ci --prefix tests/oidc` first");
        eprintln!("skipped: tests/oidc/node_modules is missing (npm ci --prefix tests/oidc)");
        return None;
    }
    let mut child = match Command::new("node")
        .arg("provider.mjs")
        .current_dir(&dir)
        .env("ISSUER", issuer)
        .env("REDIRECT_URI", redirect)
        .stdout(Stdio::piped())
        .stderr(Stdio::inherit())
        .spawn()
    {
        Ok(child) => child,
        Err(error) => {
            assert!(!required, "node could not start: {error}");
            eprintln!("skipped: node could not start: {error}");
            return None;
        }
    };
    let stdout = child.stdout.take().expect("the provider's output");
    let provider = Provider(child);
    let mut lines = tokio::io::BufReader::new(
        tokio::process::ChildStdout::from_std(stdout).expect("async stdout"),
    )
    .lines();
    let ready = tokio::time::timeout(PATIENCE, async {
        while let Ok(Some(line)) = lines.next_line().await {
            if line.trim() == "ready" {
                return true;
            }
        }
        false
    })
    .await;
    // The provider logs to stdout as it goes; a closed pipe would stop it.
    tokio::spawn(async move { while let Ok(Some(_)) = lines.next_line().await {} });
    assert_eq!(ready, Ok(true), "the OpenID provider started");
    Some(provider)
}

/// Follows the browser's way from `url` through the provider's sign-in and consent forms,
/// signing in as `login`, until balans answers something that is not a redirect to the
/// provider; returns balans' last redirect target.
async fn browse(client: &reqwest::Client, start: String, login: &str, balans: &str) -> String {
    let action = regex::Regex::new(r#"action="([^"]+)""#).expect("a regex");
    let hidden =
        regex::Regex::new(r#"type="hidden" name="([^"]+)" value="([^"]*)""#).expect("a regex");
    let mut url = start;
    for _ in 0..20 {
        let response = client.get(&url).send().await.expect("an answer");
        let here = response.url().clone();
        if response.status().is_redirection() {
            let location = response.headers()["location"]
                .to_str()
                .expect("a location")
                .to_string();
            let next = here.join(&location).expect("a URL").to_string();
            if url.starts_with(balans) && url.contains("/auth/oidc/callback") {
                return location;
            }
            url = next;
            continue;
        }
        let status = response.status();
        let page = response.text().await.expect("a page");
        assert_eq!(status, StatusCode::OK, "{url}: {page}");
        let form = action
            .captures(&page)
            .unwrap_or_else(|| panic!("a form on {url}: {page}"))[1]
            .to_string();
        let target = here.join(&form).expect("a form URL");
        // The development forms: a hidden `prompt` (login or consent), and on the login
        // form any user name and password.
        let mut fields: Vec<(String, String)> = hidden
            .captures_iter(&page)
            .map(|c| (c[1].to_string(), c[2].to_string()))
            .collect();
        if page.contains(r#"name="login""#) {
            fields.push(("login".into(), login.into()));
            fields.push(("password".into(), "vad-som-helst".into()));
        }
        let response = client
            .post(target)
            .form(&fields)
            .send()
            .await
            .expect("an answer");
        if !response.status().is_redirection() {
            let status = response.status();
            panic!(
                "a form posts and redirects: {status} {}\n(the form: {page})",
                response.text().await.unwrap_or_default()
            );
        }
        let location = response.headers()["location"]
            .to_str()
            .expect("a location")
            .to_string();
        url = response.url().join(&location).expect("a URL").to_string();
    }
    panic!("the sign-in did not end within 20 steps");
}

#[tokio::test]
async fn a_person_signs_in_through_the_municipality_s_provider_and_writes_as_themselves() {
    let dir = tempfile::tempdir().expect("a temporary directory");
    let config = Config {
        data: dir.path().join("db"),
        ..Config::default()
    };
    let store = super::backend::TestStore::chosen();
    let runtime = store.open(&config);
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
        .await
        .expect("a free port");
    let balans = format!("http://{}", listener.local_addr().expect("an address"));
    let issuer = format!("http://127.0.0.1:{}", free_port());
    let Some(_provider) = start_provider(&issuer, &format!("{balans}/auth/oidc/callback")).await
    else {
        return;
    };
    runtime
        .access()
        .add_person(
            &Principal::local("test"),
            "anna@kommun.example",
            "Anna Andersson",
            vec![Grant::party(
                Party::parse("Kommunal").expect("a party"),
                None,
            )],
            None,
        )
        .expect("a person to sign in through the provider");
    let oidc = Oidc::discover(&OidcSettings {
        issuer: issuer.clone(),
        client_id: "balans".into(),
        client_secret: Some("balans-test-secret".into()),
        public_url: balans.clone(),
    })
    .await
    .expect("the provider's discovery document");
    let state = AppState::new(Arc::clone(&runtime), config.limits()).with_oidc(oidc);
    let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
    let server = tokio::spawn(balans_server::serve(listener, state, async move {
        let _ = stopped.await;
    }));

    let browser = reqwest::Client::builder()
        .cookie_store(true)
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .expect("a client");
    let me = who_am_i(browser.get(format!("{balans}/auth/me"))).await;
    assert_eq!(me["signInMethods"], json!(["password", "oidc"]));

    let landed = browse(
        &browser,
        format!("{balans}/auth/oidc/start?return=/oversikt"),
        "anna",
        &balans,
    )
    .await;
    assert_eq!(landed, "/oversikt");
    let me = who_am_i(browser.get(format!("{balans}/auth/me"))).await;
    assert_eq!(me["signedIn"], true, "{me:#}");
    assert_eq!(me["principal"]["id"], "person:anna@kommun.example");
    assert_eq!(me["principal"]["name"], "Anna Andersson");
    assert_eq!(me["canWrite"], true);

    // What she writes is recorded as hers, and her name is what a case's timeline shows.
    let post = |query: &str, variables: serde_json::Value| {
        browser
            .post(format!("{balans}/graphql"))
            .json(&json!({ "query": query, "variables": variables }))
            .send()
    };
    let forums: serde_json::Value = post("{ forums { id code } }", json!({}))
        .await
        .expect("an answer")
        .json()
        .await
        .expect("JSON");
    let forum = forums["data"]["forums"]
        .as_array()
        .and_then(|all| all.iter().find(|f| f["code"] == "FG-HÄ"))
        .and_then(|f| f["id"].as_str())
        .expect("the demo forum FG-HÄ")
        .to_string();
    let raised: serde_json::Value = post(
        super::RAISE,
        super::raise_input(&forum, "Arbetsmiljön i köket"),
    )
    .await
    .expect("an answer")
    .json()
    .await
    .expect("JSON");
    let case = raised["data"]["raiseQuestion"]["case"]["id"]
        .as_str()
        .unwrap_or_else(|| panic!("the question is raised: {raised:#}"))
        .to_string();
    let timeline: serde_json::Value = post(
        "query($id: ID!) { case(id: $id) { timeline { recordedBy recordedByName } } }",
        json!({ "id": case }),
    )
    .await
    .expect("an answer")
    .json()
    .await
    .expect("JSON");
    assert_eq!(
        timeline["data"]["case"]["timeline"][0],
        json!({ "recordedBy": "person:anna@kommun.example", "recordedByName": "Anna Andersson" }),
        "{timeline:#}"
    );

    // Someone the provider vouches for but the directory does not know may read, not write.
    let stranger = reqwest::Client::builder()
        .cookie_store(true)
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .expect("a client");
    browse(
        &stranger,
        format!("{balans}/auth/oidc/start"),
        "bertil",
        &balans,
    )
    .await;
    let me = who_am_i(stranger.get(format!("{balans}/auth/me"))).await;
    assert_eq!(me["signedIn"], true, "{me:#}");
    assert_eq!(me["principal"]["name"], "Bertil Testsson");
    assert_eq!(me["canWrite"], false);

    // A callback that no start in this browser asked for is refused.
    let forged = reqwest::Client::new()
        .get(format!("{balans}/auth/oidc/callback?code=x&state=y"))
        .send()
        .await
        .expect("an answer");
    assert_eq!(forged.status(), StatusCode::UNAUTHORIZED);

    let _ = stop.send(());
    let _ = tokio::time::timeout(PATIENCE, server).await;
}
