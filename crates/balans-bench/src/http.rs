//! Figure 7: the `obligations` and `cases` queries over HTTP with 16 concurrent clients, driven by `wrk` (Debian's package).
//!
//! Ours is the product's server (`balans_server::serve`, GraphQL at `/graphql`); the peer is a
//! small axum JSON API over the same SQLite database, one connection per blocking thread, as an
//! engineer would put SQLite behind HTTP. Both run in this process on a two-worker runtime; wrk
//! runs beside them on the same two cores.

use std::cell::RefCell;
use std::io::{Read as _, Write as _};
use std::net::{SocketAddr, TcpStream};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Duration;

use anyhow::{Context as _, Result, bail};
use axum::Json;
use axum::extract::{Query, State};
use axum::routing::get;
use balans_app::{Clock as _, SystemClock};
use balans_bench::answers::Queries as _;
use balans_bench::peer::Peer;
use balans_bench::report::{Better, Report};
use balans_domain::{ForumId, Grant, Party, Principal};
use balans_graphql::{Runtime, SharedStore};
use balans_server::{AppState, HttpLimits};
use serde::Deserialize;
use tokio::net::TcpListener;
use tokio::sync::oneshot;

use balans_bench::answers::QueryParams;
use balans_bench::measure::Samples;

/// How many connections wrk keeps open: the issue's 16 concurrent clients.
const CLIENTS: u32 = 16;

struct Measured {
    requests_per_s: f64,
    p99_us: f64,
}

pub fn figures(
    report: &mut Report,
    duration: &Duration,
    store: &SharedStore,
    peer_path: &Path,
    params: &QueryParams,
) -> Result<()> {
    let keys = [
        ("7 HTTP obligations", "http_obligations"),
        ("7 HTTP obligations page", "http_obligations_page"),
        ("7 HTTP cases", "http_cases"),
    ];
    if !wrk_available() {
        for (figure, key) in keys {
            report.missing(figure, key, "wrk is not installed (apt-get install wrk)");
        }
        return Ok(());
    }
    let Some(forum) = params.forums.first().copied() else {
        bail!("no forum to ask about");
    };
    crate::progress("HTTP: starting both servers");
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()?;
    // A server as one starts on this log: its read model folded whole, its nodes full, rather
    // than the writers' model grown event by event.
    let ours = Runtime::over_store(Arc::clone(store), Box::new(SystemClock))?;
    // importDraft is for those who may write: a secretary's token, as an importing client has.
    let (_, secretary) = ours
        .access()
        .create_token(
            &Principal::local("bench"),
            "bench-import-draft",
            vec![Grant::secretary(None)],
            None,
        )
        .map_err(|error| anyhow::anyhow!("a token for importDraft: {error}"))?;
    let (ours_addr, stop_ours) = runtime.block_on(start_ours(ours))?;
    let (peer_addr, stop_peer) = runtime.block_on(start_peer(peer_path.to_path_buf()))?;

    let obligations_query = r#"{ obligations(owedBy: "Kommunal") { caseNumber kind commitmentNumber party what since dueDate overdue daysWaiting } }"#;
    let page_query = r#"{ obligationCount(owedBy: "Kommunal") obligations(owedBy: "Kommunal", first: 50) { caseNumber kind commitmentNumber party what since dueDate overdue daysWaiting } }"#;
    let cases_query = format!(
        r#"{{ cases(filter: {{forumId: "{forum}", status: OPEN}}, first: 50) {{ totalCount edges {{ node {{ id number title status }} }} }} }}"#
    );
    let dir = tempdir()?;
    let mut results = Vec::new();
    for (name, query, peer_target) in [
        (
            "obligations",
            obligations_query.to_string(),
            "/obligations?owed_by=Kommunal".to_string(),
        ),
        (
            "obligations_page",
            page_query.to_string(),
            "/obligations/page?owed_by=Kommunal&first=50".to_string(),
        ),
        ("cases", cases_query, format!("/cases?forum={forum}")),
    ] {
        let body = serde_json::to_string(&serde_json::json!({ "query": query }))?;
        check_ours(ours_addr, &body, None)?;
        check_peer(peer_addr, &peer_target)?;
        let script = dir.join(format!("{name}.lua"));
        std::fs::write(&script, lua_post(&body))?;
        crate::progress(&format!("HTTP {name}: wrk on ours"));
        let ours = wrk(
            &format!("http://{ours_addr}/graphql"),
            Some(&script),
            duration,
        )?;
        crate::progress(&format!("HTTP {name}: wrk on the peer"));
        let theirs = wrk(&format!("http://{peer_addr}{peer_target}"), None, duration)?;
        results.push((name, ours, theirs));
    }
    let draft = import_draft_latency(ours_addr, forum, &secretary)?;
    let _ = stop_ours.send(());
    let _ = stop_peer.send(());
    runtime.shutdown_timeout(Duration::from_secs(5));
    let _ = std::fs::remove_dir_all(&dir);
    report.single(
        "7 HTTP importDraft of a seed protocol, one client, p50 (µs)",
        "http_import_draft_p50",
        "us",
        draft.p50(),
        &format!(
            "ours only (the peer has no importer); p99 {:.0} µs over {} requests",
            draft.p99(),
            draft.len()
        ),
    );
    for (name, ours, theirs) in results {
        report.pair(
            &format!("7 HTTP {name}, {CLIENTS} clients (requests/s)"),
            &format!("http_{name}"),
            "per_s",
            Better::Higher,
            ours.requests_per_s,
            theirs.requests_per_s,
        );
        report.pair(
            &format!("7 HTTP {name} p99 (µs)"),
            &format!("http_{name}_p99"),
            "us",
            Better::Lower,
            ours.p99_us,
            theirs.p99_us,
        );
    }
    Ok(())
}

fn tempdir() -> Result<PathBuf> {
    let dir = std::env::temp_dir().join(format!("balans-bench-wrk-{}", std::process::id()));
    std::fs::create_dir_all(&dir)?;
    Ok(dir)
}

fn wrk_available() -> bool {
    std::process::Command::new("wrk")
        .arg("--version")
        .output()
        .is_ok_and(|output| {
            String::from_utf8_lossy(&output.stdout).contains("wrk")
                || String::from_utf8_lossy(&output.stderr).contains("wrk")
        })
}

fn lua_post(body: &str) -> String {
    // A Lua long string keeps the JSON's quotes and backslashes as they are.
    format!(
        "wrk.method = \"POST\"\nwrk.headers[\"Content-Type\"] = \"application/json\"\nwrk.body = [==[{body}]==]\n"
    )
}

fn wrk(url: &str, script: Option<&Path>, duration: &Duration) -> Result<Measured> {
    let mut command = std::process::Command::new("wrk");
    command
        .arg("-t2")
        .arg(format!("-c{CLIENTS}"))
        .arg(format!("-d{}s", duration.as_secs().max(1)))
        .arg("--latency");
    if let Some(script) = script {
        command.arg("-s").arg(script);
    }
    let output = command.arg(url).output().context("running wrk")?;
    let text = String::from_utf8_lossy(&output.stdout).to_string();
    if !output.status.success() {
        bail!(
            "wrk failed: {text}{}",
            String::from_utf8_lossy(&output.stderr)
        );
    }
    if text.contains("Non-2xx") {
        bail!("some responses were errors: {text}");
    }
    parse_wrk(&text).with_context(|| format!("reading wrk's output: {text}"))
}

fn parse_wrk(text: &str) -> Result<Measured> {
    let mut requests_per_s = None;
    let mut p99_us = None;
    for line in text.lines().map(str::trim) {
        if let Some(rest) = line.strip_prefix("Requests/sec:") {
            requests_per_s = rest.trim().parse::<f64>().ok();
        } else if let Some(rest) = line.strip_prefix("99%") {
            p99_us = duration_us(rest.trim());
        }
    }
    match (requests_per_s, p99_us) {
        (Some(requests_per_s), Some(p99_us)) => Ok(Measured {
            requests_per_s,
            p99_us,
        }),
        _ => bail!("no Requests/sec or 99% line"),
    }
}

/// wrk's durations: `781.00us`, `1.07ms`, `2.00s`, `1.00m`.
fn duration_us(text: &str) -> Option<f64> {
    let split = text.find(|c: char| c.is_ascii_alphabetic())?;
    let (number, unit) = text.split_at(split);
    let value: f64 = number.parse().ok()?;
    let scale = match unit {
        "us" => 1.0,
        "ms" => 1e3,
        "s" => 1e6,
        "m" => 60e6,
        _ => return None,
    };
    Some(value * scale)
}

async fn start_ours(ours: Arc<Runtime>) -> Result<(SocketAddr, oneshot::Sender<()>)> {
    let listener = TcpListener::bind("127.0.0.1:0").await?;
    let addr = listener.local_addr()?;
    let state = AppState::new(ours, HttpLimits::default());
    let (stop, stopped) = oneshot::channel::<()>();
    tokio::spawn(async move {
        let shutdown = async move {
            let _ = stopped.await;
        };
        if let Err(error) = balans_server::serve(listener, state, shutdown).await {
            eprintln!("[bench] our server stopped: {error}");
        }
    });
    Ok((addr, stop))
}

thread_local! {
    /// One SQLite connection per blocking thread: connections are not shared between threads.
    static CONNECTION: RefCell<Option<Peer>> = const { RefCell::new(None) };
}

#[derive(Clone)]
struct PeerApi {
    path: Arc<PathBuf>,
}

#[derive(Deserialize)]
struct ObligationsParams {
    owed_by: String,
}

#[derive(Deserialize)]
struct CasesParams {
    forum: String,
}

type ApiError = (axum::http::StatusCode, String);

fn api_error(error: impl std::fmt::Display) -> ApiError {
    (
        axum::http::StatusCode::INTERNAL_SERVER_ERROR,
        error.to_string(),
    )
}

async fn with_peer<T: Send + 'static>(
    api: PeerApi,
    work: impl FnOnce(&Peer) -> Result<T, String> + Send + 'static,
) -> Result<T, ApiError> {
    tokio::task::spawn_blocking(move || {
        CONNECTION.with(|cell| {
            let mut slot = cell.borrow_mut();
            if slot.is_none() {
                *slot = Some(Peer::open(&api.path).map_err(|e| e.to_string())?);
            }
            match slot.as_ref() {
                Some(peer) => work(peer),
                None => Err("no connection".to_string()),
            }
        })
    })
    .await
    .map_err(api_error)?
    .map_err(api_error)
}

async fn peer_obligations(
    State(api): State<PeerApi>,
    Query(params): Query<ObligationsParams>,
) -> Result<Json<Vec<balans_bench::answers::OwedRow>>, ApiError> {
    let party = Party::parse(&params.owed_by).map_err(api_error)?;
    let today = SystemClock.today();
    with_peer(api, move |peer| {
        peer.obligations(&party, today).map_err(|e| e.to_string())
    })
    .await
    .map(Json)
}

#[derive(Deserialize)]
struct ObligationsPageParams {
    owed_by: String,
    first: usize,
}

async fn peer_obligations_page(
    State(api): State<PeerApi>,
    Query(params): Query<ObligationsPageParams>,
) -> Result<Json<balans_bench::answers::OwedPage>, ApiError> {
    let party = Party::parse(&params.owed_by).map_err(api_error)?;
    let today = SystemClock.today();
    with_peer(api, move |peer| {
        peer.obligations_page(&party, today, params.first)
            .map_err(|e| e.to_string())
    })
    .await
    .map(Json)
}

async fn peer_cases(
    State(api): State<PeerApi>,
    Query(params): Query<CasesParams>,
) -> Result<Json<balans_bench::answers::CasePage>, ApiError> {
    let forum: ForumId = params
        .forum
        .parse()
        .map_err(|_| api_error("not a forum id"))?;
    with_peer(api, move |peer| {
        peer.open_cases(forum, 50).map_err(|e| e.to_string())
    })
    .await
    .map(Json)
}

async fn start_peer(path: PathBuf) -> Result<(SocketAddr, oneshot::Sender<()>)> {
    let listener = TcpListener::bind("127.0.0.1:0").await?;
    let addr = listener.local_addr()?;
    let app = axum::Router::new()
        .route("/obligations", get(peer_obligations))
        .route("/obligations/page", get(peer_obligations_page))
        .route("/cases", get(peer_cases))
        .with_state(PeerApi {
            path: Arc::new(path),
        });
    let (stop, stopped) = oneshot::channel::<()>();
    tokio::spawn(async move {
        let shutdown = async move {
            let _ = stopped.await;
        };
        if let Err(error) = axum::serve(listener, app)
            .with_graceful_shutdown(shutdown)
            .await
        {
            eprintln!("[bench] the peer's server stopped: {error}");
        }
    });
    Ok((addr, stop))
}

/// One request over a fresh connection, for checking an endpoint before loading it.
fn fetch(addr: SocketAddr, request: &str) -> Result<String> {
    let mut stream = TcpStream::connect(addr)?;
    stream.set_read_timeout(Some(Duration::from_secs(60)))?;
    stream.write_all(request.as_bytes())?;
    let mut response = String::new();
    stream.read_to_string(&mut response)?;
    Ok(response)
}

fn check_ours(addr: SocketAddr, body: &str, token: Option<&str>) -> Result<()> {
    let authorization = token.map_or_else(String::new, |token| {
        format!("Authorization: Bearer {token}\r\n")
    });
    let response = fetch(
        addr,
        &format!(
            "POST /graphql HTTP/1.1\r\nHost: {addr}\r\nContent-Type: application/json\r\n{authorization}Content-Length: {}\r\nConnection: close\r\n\r\n{body}",
            body.len()
        ),
    )?;
    if !response.starts_with("HTTP/1.1 200") || response.contains("\"errors\"") {
        bail!(
            "our server answered: {}",
            response.chars().take(600).collect::<String>()
        );
    }
    Ok(())
}

/// The seed protocol of Hägersten-Älvsjö, read into a draft against a forum of the generated
/// history (so that links are proposed against its open cases), one request at a time.
fn import_draft_latency(addr: SocketAddr, forum: ForumId, token: &str) -> Result<Samples> {
    const PROTOCOL: &str =
        include_str!("../../../tests/fixtures/protocols/004_5bdb85c66693e9e6.txt");
    let body = serde_json::to_string(&serde_json::json!({
        "query": "mutation($text: String, $forum: String) { importDraft(text: $text, forum: $forum) { items links } }",
        "variables": { "text": PROTOCOL, "forum": forum.to_string() },
    }))?;
    crate::progress("HTTP importDraft: one client");
    let mut samples = Samples::default();
    for _ in 0..50 {
        let started = std::time::Instant::now();
        check_ours(addr, &body, Some(token))?;
        samples.push(started.elapsed());
    }
    Ok(samples)
}

fn check_peer(addr: SocketAddr, target: &str) -> Result<()> {
    let response = fetch(
        addr,
        &format!("GET {target} HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\n\r\n"),
    )?;
    if !response.starts_with("HTTP/1.1 200") {
        bail!(
            "the peer's server answered: {}",
            response.chars().take(600).collect::<String>()
        );
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_wrk_output() {
        let text = "Running 3s test @ http://127.0.0.1:1/\n  2 threads and 16 connections\n  Latency Distribution\n     50%  781.00us\n     99%    3.60ms\n  12345 requests in 3.00s, 1.23MB read\nRequests/sec:   4115.00\n";
        let measured = parse_wrk(text).unwrap();
        assert_eq!(measured.requests_per_s, 4115.0);
        assert_eq!(measured.p99_us, 3600.0);
        assert_eq!(duration_us("2.00s"), Some(2e6));
    }
}
