//! The server over real sockets: HTTP and WebSocket clients against the app on a port-0 listener with a temporary database holding the demo data (sled, or PostgreSQL with `BALANS_TEST_BACKEND=postgres`: see `backend`).

mod admin;
mod auth;
mod backend;
mod export;
mod oidc;

use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Duration;

use balans_graphql::Runtime;
use balans_server::{AppState, Config, Overrides};
use futures_util::{SinkExt as _, StreamExt as _};
use reqwest::StatusCode;
use serde_json::{Value, json};
use tokio::net::TcpListener;
use tokio::sync::oneshot;
use tokio::task::JoinHandle;
use tokio_tungstenite::tungstenite::Message;
use tokio_tungstenite::tungstenite::client::IntoClientRequest as _;
use tokio_tungstenite::tungstenite::http::HeaderValue;

/// How long any single wait in these tests may take before the test fails instead of hanging.
const PATIENCE: Duration = Duration::from_secs(20);

/// A server running on a free port over a fresh database with the demo meetings.
struct TestServer {
    addr: SocketAddr,
    data: PathBuf,
    client: reqwest::Client,
    /// A handle for looking at the store from the test; dropped before checking it closed.
    runtime: Option<Arc<Runtime>>,
    stop: Option<oneshot::Sender<()>>,
    task: Option<JoinHandle<std::io::Result<()>>>,
    /// A secretary's API token (every forum), which `client` sends with every request.
    token: String,
    _dir: tempfile::TempDir,
    /// Where the log lives; last, so that a PostgreSQL database outlives the runtime.
    store: backend::TestStore,
}

impl TestServer {
    async fn start() -> Self {
        Self::start_with_auth(balans_server::auth::AuthSettings::default()).await
    }

    async fn start_with_auth(auth: balans_server::auth::AuthSettings) -> Self {
        let dir = tempfile::tempdir().expect("a temporary directory");
        let config = Config {
            data: dir.path().join("db"),
            ..Config::default()
        };
        Self::start_configured(config, auth, dir).await
    }

    /// A server over the database at `data` (made with the demo meetings if there is none),
    /// keeping `dir` until it is dropped.
    async fn start_at(data: PathBuf, dir: tempfile::TempDir) -> Self {
        let config = Config {
            data,
            ..Config::default()
        };
        Self::start_with(config, dir).await
    }

    /// A server with `config`, keeping `dir` until it is dropped.
    async fn start_with(config: Config, dir: tempfile::TempDir) -> Self {
        Self::start_configured(config, balans_server::auth::AuthSettings::default(), dir).await
    }

    async fn start_configured(
        config: Config,
        auth: balans_server::auth::AuthSettings,
        dir: tempfile::TempDir,
    ) -> Self {
        let data = config.data.clone();
        let store = backend::TestStore::chosen();
        let runtime = store.open(&config);
        let (_, token) = runtime
            .access()
            .create_token(
                &balans_domain::Principal::local("test"),
                "test-sekreterare",
                vec![balans_domain::Grant::secretary(None)],
                None,
            )
            .expect("a token");
        let mut headers = reqwest::header::HeaderMap::new();
        headers.insert(
            "authorization",
            format!("Bearer {token}").parse().expect("a header value"),
        );
        let listener = TcpListener::bind("127.0.0.1:0").await.expect("a free port");
        let addr = listener.local_addr().expect("a bound address");
        let (stop, stopped) = oneshot::channel::<()>();
        let state = AppState::with_auth(Arc::clone(&runtime), config.limits(), auth);
        let task = tokio::spawn(balans_server::serve(listener, state, async move {
            // A dropped sender (a test that ended early) stops the server too.
            let _ = stopped.await;
        }));
        Self {
            addr,
            data,
            client: reqwest::Client::builder()
                .default_headers(headers)
                .build()
                .expect("a client"),
            runtime: Some(runtime),
            stop: Some(stop),
            task: Some(task),
            token,
            _dir: dir,
            store,
        }
    }

    fn url(&self, path: &str) -> String {
        format!("http://{}{path}", self.addr)
    }

    fn runtime(&self) -> &Arc<Runtime> {
        self.runtime.as_ref().expect("the server is running")
    }

    async fn get(&self, path: &str) -> reqwest::Response {
        self.client
            .get(self.url(path))
            .send()
            .await
            .expect("the server answers")
    }

    /// Posts a GraphQL request; returns the HTTP status and the JSON body.
    async fn graphql(&self, query: &str, variables: Value) -> (StatusCode, Value) {
        let response = self
            .client
            .post(self.url("/graphql"))
            .json(&json!({ "query": query, "variables": variables }))
            .send()
            .await
            .expect("the server answers");
        let status = response.status();
        (status, response.json().await.expect("a JSON body"))
    }

    /// Posts a GraphQL request that must succeed; returns its `data`.
    async fn ok(&self, query: &str, variables: Value) -> Value {
        let (status, body) = self.graphql(query, variables).await;
        assert_eq!(status, StatusCode::OK, "{body:#}");
        assert!(body.get("errors").is_none(), "unexpected errors: {body:#}");
        body["data"].clone()
    }

    /// Triggers the shutdown and waits for the serve task to end.
    async fn shut_down(&mut self) -> std::io::Result<()> {
        if let Some(stop) = self.stop.take() {
            stop.send(())
                .expect("the server is listening for the shutdown");
        }
        let task = self.task.take().expect("the server was started");
        tokio::time::timeout(PATIENCE, task)
            .await
            .expect("the server stops in time")
            .expect("the serve task did not panic")
    }
}

/// A demo forum's id, found by its code.
async fn forum_id(server: &TestServer, code: &str) -> String {
    let data = server.ok("{ forums { id code } }", json!({})).await;
    data["forums"]
        .as_array()
        .expect("a list of forums")
        .iter()
        .find(|forum| forum["code"] == code)
        .and_then(|forum| forum["id"].as_str())
        .unwrap_or_else(|| panic!("no forum {code} in {data:#}"))
        .to_string()
}

const RAISE: &str = "mutation($input: RaiseQuestionInput!) {
    raiseQuestion(input: $input) { case { id number title } written { position } }
}";

fn raise_input(forum: &str, title: &str) -> Value {
    json!({ "input": {
        "forumId": forum,
        "title": title,
        "raisedBy": "Kommunal",
        "addressedTo": "Arbetsgivaren",
    }})
}

/// A WebSocket client that has opened a graphql-transport-ws session (init → ack).
type Socket =
    tokio_tungstenite::WebSocketStream<tokio_tungstenite::MaybeTlsStream<tokio::net::TcpStream>>;

/// A WebSocket handshake for graphql-transport-ws to the server.
fn ws_request(server: &TestServer) -> tokio_tungstenite::tungstenite::handshake::client::Request {
    let mut request = format!("ws://{}/graphql/ws", server.addr)
        .into_client_request()
        .expect("a WebSocket request");
    request.headers_mut().insert(
        "sec-websocket-protocol",
        HeaderValue::from_static("graphql-transport-ws"),
    );
    request.headers_mut().insert(
        "authorization",
        format!("Bearer {}", server.token)
            .parse()
            .expect("a header value"),
    );
    request
}

async fn open_session(server: &TestServer) -> Socket {
    let request = ws_request(server);
    let (mut socket, response) = tokio_tungstenite::connect_async(request)
        .await
        .expect("the WebSocket handshake succeeds");
    assert_eq!(
        response.headers().get("sec-websocket-protocol"),
        Some(&HeaderValue::from_static("graphql-transport-ws"))
    );
    send(&mut socket, json!({ "type": "connection_init" })).await;
    let ack = next_json(&mut socket).await;
    assert_eq!(ack["type"], "connection_ack", "{ack:#}");
    socket
}

async fn send(socket: &mut Socket, message: Value) {
    socket
        .send(Message::Text(message.to_string().into()))
        .await
        .expect("the message is sent");
}

/// The next text message as JSON, skipping pings.
async fn next_json(socket: &mut Socket) -> Value {
    loop {
        let message = tokio::time::timeout(PATIENCE, socket.next())
            .await
            .expect("a message in time")
            .expect("the socket is open")
            .expect("a WebSocket message");
        match message {
            Message::Text(text) => return serde_json::from_str(&text).expect("JSON"),
            Message::Ping(_) | Message::Pong(_) => continue,
            other => panic!("expected a text message, got {other:?}"),
        }
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn health_readiness_and_metrics_answer() {
    let server = TestServer::start().await;

    let health = server.get("/healthz").await;
    assert_eq!(health.status(), StatusCode::OK);
    let request_id = health
        .headers()
        .get("x-request-id")
        .expect("every response carries a request id")
        .to_str()
        .expect("ASCII")
        .to_string();
    assert_eq!(request_id.len(), 26, "a ULID: {request_id}");
    assert_eq!(health.text().await.expect("a body").trim(), "ok");

    let ready = server.get("/readyz").await;
    assert_eq!(ready.status(), StatusCode::OK);

    // A request id sent by the client (or a proxy) is kept and sent back.
    let echoed = server
        .client
        .get(server.url("/healthz"))
        .header("x-request-id", "from-the-proxy-1")
        .send()
        .await
        .expect("the server answers");
    assert_eq!(
        echoed.headers().get("x-request-id").map(|v| v.as_bytes()),
        Some(&b"from-the-proxy-1"[..])
    );

    let missing = server.get("/graphql/no-such-route").await;
    assert_eq!(missing.status(), StatusCode::NOT_FOUND);

    // Any other path is the web UI's (it routes in the browser): its page, in Swedish, with 200,
    // whether the UI was built or the placeholder stands in for it.
    for path in ["/", "/arenden/FG-H%C3%84%202025:5", "/moten"] {
        let page = server.get(path).await;
        assert_eq!(page.status(), StatusCode::OK, "{path}");
        assert!(
            page.headers()
                .get("content-type")
                .is_some_and(|v| v.as_bytes().starts_with(b"text/html")),
            "{path}"
        );
        let html = page.text().await.expect("a body");
        assert!(html.contains(r#"<html lang="sv""#), "{path}: {html}");
    }
    for path in ["/export/nothing", "/auth/nothing", "/healthz/deeper"] {
        assert_eq!(
            server.get(path).await.status(),
            StatusCode::NOT_FOUND,
            "{path}"
        );
    }

    let metrics = server.get("/metrics").await;
    assert_eq!(metrics.status(), StatusCode::OK);
    assert!(
        metrics
            .headers()
            .get("content-type")
            .is_some_and(|v| v.as_bytes().starts_with(b"text/plain"))
    );
    let text = metrics.text().await.expect("a body");
    let healthz_line = text
        .lines()
        .find(|line| {
            line.starts_with("balans_http_requests_total{")
                && line.contains(r#"route="/healthz""#)
                && line.contains(r#"status="200""#)
        })
        .unwrap_or_else(|| panic!("no request counter for /healthz in:\n{text}"));
    assert!(healthz_line.ends_with(" 2"), "{healthz_line}");
    assert!(
        text.contains(r#"route="unmatched""#),
        "the 404 is counted without its path:\n{text}"
    );
    assert!(
        text.contains("balans_http_request_duration_seconds_bucket"),
        "{text}"
    );
    assert!(text.contains("balans_store_head_position"), "{text}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn forums_over_http_lists_both_demo_forums() {
    let server = TestServer::start().await;
    let data = server
        .ok("{ forums { code organization name } }", json!({}))
        .await;
    let mut codes: Vec<&str> = data["forums"]
        .as_array()
        .expect("a list")
        .iter()
        .filter_map(|forum| forum["code"].as_str())
        .collect();
    codes.sort_unstable();
    assert_eq!(codes, ["FG-HÄ", "FG-SOF"], "{data:#}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn get_graphql_serves_graphiql() {
    let server = TestServer::start().await;
    let response = server.get("/graphql").await;
    assert_eq!(response.status(), StatusCode::OK);
    assert!(
        response
            .headers()
            .get("content-type")
            .is_some_and(|v| v.as_bytes().starts_with(b"text/html"))
    );
    let html = response.text().await.expect("a body");
    assert!(html.to_lowercase().contains("graphiql"), "{html}");
    assert!(html.contains("/graphql/ws"), "the subscription endpoint");
    // Everything the page loads comes from this server: it works without internet.
    assert!(
        !html.contains("http://") && !html.contains("https://"),
        "{html}"
    );
    let sources: Vec<&str> = html
        .split(['"', '\''])
        .filter(|part| part.starts_with("/assets/"))
        .collect();
    assert_eq!(sources.len(), 4, "{sources:?}");
    for source in sources {
        let asset = server.get(source).await;
        assert_eq!(asset.status(), StatusCode::OK, "{source}");
        assert!(
            asset.bytes().await.expect("a body").len() > 1000,
            "{source}"
        );
    }
    assert_eq!(
        server.get("/assets/graphiql/nothing.js").await.status(),
        StatusCode::NOT_FOUND
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_mutation_is_seen_by_the_next_query() {
    let server = TestServer::start().await;
    let forum = forum_id(&server, "FG-HÄ").await;
    let raised = server
        .ok(RAISE, raise_input(&forum, "Parkeringen vid Paddan"))
        .await;
    let case = &raised["raiseQuestion"]["case"];
    let id = case["id"].as_str().expect("a case id");
    assert_eq!(case["title"], "Parkeringen vid Paddan");
    let position = raised["raiseQuestion"]["written"]["position"]
        .as_u64()
        .expect("a position");
    assert_eq!(
        server.runtime().store().head_position().expect("a head"),
        position
    );

    let read = server
        .ok(
            "query($id: ID!) { case(id: $id) { title number raisedBy } }",
            json!({ "id": id }),
        )
        .await;
    assert_eq!(read["case"]["title"], "Parkeringen vid Paddan", "{read:#}");
    assert_eq!(read["case"]["number"], case["number"]);
    assert_eq!(server.get("/readyz").await.status(), StatusCode::OK);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_subscription_receives_the_event_of_a_later_mutation() {
    let server = TestServer::start().await;
    let forum = forum_id(&server, "FG-SOF").await;
    let before = server.runtime().store().head_position().expect("a head");

    let mut socket = open_session(&server).await;
    send(
        &mut socket,
        json!({
            "id": "1",
            "type": "subscribe",
            "payload": { "query": "subscription { events { type position } }" },
        }),
    )
    .await;

    // The protocol does not confirm a subscription, so keep writing (a bounded number of
    // times) until the first event arrives, rather than guessing how long it takes to start.
    let mut received = None;
    for attempt in 0..20 {
        server
            .ok(RAISE, raise_input(&forum, &format!("Fråga {attempt}")))
            .await;
        if let Ok(message) =
            tokio::time::timeout(Duration::from_millis(500), next_json(&mut socket)).await
        {
            received = Some(message);
            break;
        }
    }
    let message = received.expect("an event within 20 mutations");
    assert_eq!(message["type"], "next", "{message:#}");
    assert_eq!(message["id"], "1");
    let event = &message["payload"]["data"]["events"];
    let position = event["position"].as_u64().expect("a position");
    assert!(position > before, "only events stored after subscribing");
    let event_type = event["type"].as_str().expect("a type");
    assert!(
        ["CaseNumbered", "QuestionRaised"].contains(&event_type),
        "{event:#}"
    );
    socket.close(None).await.expect("the socket closes");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_oversized_body_is_refused_with_413() {
    let server = TestServer::start().await;
    let padding = " ".repeat(2 * 1024 * 1024);
    let body = format!(r#"{{"query": "{{ forums {{ id }} }}{padding}"}}"#);
    let response = server
        .client
        .post(server.url("/graphql"))
        .header("content-type", "application/json")
        .body(body)
        .send()
        .await
        .expect("the server answers");
    assert_eq!(response.status(), StatusCode::PAYLOAD_TOO_LARGE);
    let body: Value = response.json().await.expect("a JSON body");
    assert_eq!(
        body["errors"][0]["extensions"]["code"], "PAYLOAD_TOO_LARGE",
        "{body:#}"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_too_deep_query_fails_with_query_too_deep() {
    let server = TestServer::start().await;
    // forums → meetings → forum → meetings … : 16 levels, more than the schema allows.
    let mut query = "id".to_string();
    for level in 0..15 {
        let field = if level % 2 == 0 { "forum" } else { "meetings" };
        query = format!("{field} {{ {query} }}");
    }
    let query = format!("{{ forums {{ {query} }} }}");
    let (status, body) = server.graphql(&query, json!({})).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(
        body["errors"][0]["extensions"]["code"], "QUERY_TOO_DEEP",
        "{body:#}"
    );

    let metrics = server.get("/metrics").await.text().await.expect("a body");
    assert!(
        metrics.contains(r#"balans_graphql_errors_total{code="QUERY_TOO_DEEP"} 1"#),
        "{metrics}"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_malformed_body_is_a_400_with_a_code() {
    let server = TestServer::start().await;
    let response = server
        .client
        .post(server.url("/graphql"))
        .header("content-type", "application/json")
        .body(r#"{"query": "{ forums { id } }""#)
        .send()
        .await
        .expect("the server answers");
    assert_eq!(response.status(), StatusCode::BAD_REQUEST);
    let body: Value = response.json().await.expect("a JSON body");
    assert_eq!(
        body["errors"][0]["extensions"]["code"], "BAD_INPUT",
        "{body:#}"
    );

    // A form post (which a browser sends cross-site without asking) is not taken as GraphQL.
    let response = server
        .client
        .post(server.url("/graphql"))
        .header("content-type", "text/plain")
        .body(r#"{"query": "{ forums { id } }"}"#)
        .send()
        .await
        .expect("the server answers");
    assert_eq!(response.status(), StatusCode::UNSUPPORTED_MEDIA_TYPE);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn shutdown_closes_subscriptions_ends_serving_and_closes_the_store() {
    let mut server = TestServer::start().await;
    let mut socket = open_session(&server).await;
    send(
        &mut socket,
        json!({
            "id": "1",
            "type": "subscribe",
            "payload": { "query": "subscription { events { position } }" },
        }),
    )
    .await;
    let head = server.runtime().store().head_position().expect("a head");
    drop(server.runtime.take());

    server
        .shut_down()
        .await
        .expect("the server stopped cleanly");

    // The open subscription was told the server is going away.
    let closed = tokio::time::timeout(PATIENCE, async {
        loop {
            match socket.next().await {
                Some(Ok(Message::Close(frame))) => return frame,
                Some(Ok(_)) => continue,
                other => panic!("expected a close frame, got {other:?}"),
            }
        }
    })
    .await
    .expect("the subscription is closed in time");
    assert_eq!(
        closed.map(|frame| u16::from(frame.code)),
        Some(1001),
        "going away"
    );

    // Nothing listens any more, and the store was dropped: it opens again, with every event.
    assert!(
        server
            .client
            .get(server.url("/healthz"))
            .send()
            .await
            .is_err()
    );
    let reopened = balans_runtime::Runtime::open(&server.store.runtime_config(&server.data))
        .expect("the store was closed by the shutdown");
    assert_eq!(reopened.store().head_position().expect("a head"), head);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn shutdown_finishes_a_request_in_flight() {
    use tokio::io::{AsyncReadExt as _, AsyncWriteExt as _};

    let mut server = TestServer::start().await;
    let body = r#"{"query": "{ forums { code } }"}"#;
    let (first, rest) = body.split_at(10);
    let mut stream = tokio::net::TcpStream::connect(server.addr)
        .await
        .expect("a connection");
    let head = format!(
        "POST /graphql HTTP/1.1\r\nhost: balans\r\ncontent-type: application/json\r\ncontent-length: {}\r\n\r\n{first}",
        body.len()
    );
    stream
        .write_all(head.as_bytes())
        .await
        .expect("the head is sent");
    // Long enough for an idle server to read the head and wait in the handler for the rest.
    tokio::time::sleep(Duration::from_millis(500)).await;

    server
        .stop
        .take()
        .expect("running")
        .send(())
        .expect("the server listens for the shutdown");
    tokio::time::sleep(Duration::from_millis(200)).await;
    assert!(
        !server.task.as_ref().expect("running").is_finished(),
        "serving goes on while a request is in flight"
    );

    stream
        .write_all(rest.as_bytes())
        .await
        .expect("the rest is sent");
    let mut response = String::new();
    tokio::time::timeout(PATIENCE, stream.read_to_string(&mut response))
        .await
        .expect("the response in time")
        .expect("the response is read");
    assert!(response.starts_with("HTTP/1.1 200"), "{response}");
    assert!(response.contains("FG-SOF"), "{response}");
    server
        .shut_down()
        .await
        .expect("the server stopped cleanly");
}

#[test]
fn loading_purges_freed_memory_at_once_and_serving_gets_the_delay_back() {
    use balans_server::allocator::{PurgeAtOnce, purge_delay};
    let before = purge_delay();
    let loading = PurgeAtOnce::start();
    assert_eq!(purge_delay(), 0);
    drop(loading);
    assert_eq!(purge_delay(), before);
}

#[test]
fn config_layers_file_then_flags() {
    let dir = tempfile::tempdir().expect("a temporary directory");
    let file = dir.path().join("balans.toml");
    std::fs::write(
        &file,
        "addr = \"0.0.0.0:9000\"\ndata = \"/var/lib/balans\"\nbody_limit = 2048\nlog_format = \"json\"\n",
    )
    .expect("the file is written");
    let overrides = Overrides {
        addr: Some("127.0.0.1:0".to_string()),
        demo: Some(false),
        ..Overrides::default()
    };
    let config = Config::load_without_env(Some(&file), &overrides).expect("a configuration");
    assert_eq!(config.addr, "127.0.0.1:0", "a flag wins over the file");
    assert_eq!(config.data, Path::new("/var/lib/balans"));
    assert_eq!(config.body_limit, 2048);
    assert_eq!(config.log_format, balans_server::LogFormat::Json);
    assert!(!config.demo);
    assert_eq!(
        config.request_timeout_secs,
        Config::default().request_timeout_secs
    );

    std::fs::write(&file, "adr = \"127.0.0.1:1\"\n").expect("the file is written");
    let typo = Config::load_without_env(Some(&file), &Overrides::default())
        .expect_err("an unknown key is refused");
    assert!(typo.to_string().contains("adr"), "{typo}");

    let missing = dir.path().join("missing.toml");
    assert!(Config::load_without_env(Some(&missing), &Overrides::default()).is_err());
    assert_eq!(
        Config::load_without_env(None, &Overrides::default()).expect("the defaults"),
        Config::default()
    );
}

#[test]
fn the_example_config_documents_every_key_at_its_default() {
    let example = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../ops/balans.example.toml");
    let text = std::fs::read_to_string(&example).expect("ops/balans.example.toml");
    for key in balans_server::config::KEYS {
        assert!(
            text.lines().any(|line| line
                .trim_start_matches("# ")
                .starts_with(&format!("{key} = "))),
            "{key} is not in the example config"
        );
    }
    let config = Config::load_without_env(Some(&example), &Overrides::default()).expect("it loads");
    assert_eq!(config, Config::default());
}

// ---------- the seed facts, concurrency and time travel over HTTP ----------

const OWED: &str = r#"query($owedBy: String, $asOf: AsOf) {
  obligations(owedBy: $owedBy, asOf: $asOf) { caseNumber party to kind dueLabel dueDate overdue }
}"#;

fn with_label<'a>(data: &'a Value, label: &str) -> &'a Value {
    data["obligations"]
        .as_array()
        .expect("a list of obligations")
        .iter()
        .find(|o| o["dueLabel"] == label)
        .unwrap_or_else(|| panic!("nothing due {label:?} in {data:#}"))
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_seed_facts_hold_over_http() {
    let server = TestServer::start().await;
    let unions = server
        .ok(OWED, json!({ "owedBy": "Fackliga organisationerna" }))
        .await;
    let next_meeting = with_label(&unions, "nästa förvaltningsgrupp");
    assert_eq!(next_meeting["party"], "Fackliga organisationerna");
    assert_eq!(next_meeting["kind"], "COMMITMENT");

    let february = server
        .ok(
            OWED,
            json!({ "owedBy": "Arbetsgivaren", "asOf": "2025-02-01" }),
        )
        .await;
    let winter = with_label(&february, "under vintern");
    assert_eq!(winter["to"], "Akademikerförbundet SSR");
    assert_eq!(winter["dueDate"], "2025-02-28");
    assert_eq!(winter["overdue"], false);
    let march = server
        .ok(
            OWED,
            json!({ "owedBy": "Arbetsgivaren", "asOf": "2025-03-01" }),
        )
        .await;
    assert_eq!(with_label(&march, "under vintern")["overdue"], true);

    let forum = forum_id(&server, "FG-HÄ").await;
    let carried = server
        .ok(
            r#"query($forum: ID) { cases(filter: { forumId: $forum, raisedBy: "Kommunal" }, first: 100) {
                edges { node { carriedOver status } } } }"#,
            json!({ "forum": forum }),
        )
        .await;
    let mut statuses: Vec<&str> = carried["cases"]["edges"]
        .as_array()
        .expect("edges")
        .iter()
        .filter(|e| e["node"]["carriedOver"] == true)
        .filter_map(|e| e["node"]["status"].as_str())
        .collect();
    statuses.sort_unstable();
    // All three were answered; one answer promised to come back ("kommande utbildningar"), so
    // that case still needs follow-up.
    assert_eq!(statuses, ["ANSWERED", "ANSWERED", "OPEN"]);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn two_concurrent_writers_on_one_case_get_one_conflict_and_lose_no_update() {
    let server = Arc::new(TestServer::start().await);
    let forum = forum_id(&server, "FG-HÄ").await;
    let raised = server
        .ok(
            r#"mutation($forum: ID!) { raiseQuestion(input: { forumId: $forum, title: "Parkering",
                raisedBy: "Vision", addressedTo: "Arbetsgivaren" }) { case { id version } } }"#,
            json!({ "forum": forum }),
        )
        .await;
    let case = raised["raiseQuestion"]["case"]["id"].clone();
    let version = raised["raiseQuestion"]["case"]["version"].clone();
    let follow_up = |text: &'static str| {
        let server = Arc::clone(&server);
        let case = case.clone();
        let version = version.clone();
        tokio::spawn(async move {
            server
                .graphql(
                    r#"mutation($case: ID!, $text: String!, $version: Int!) {
                        askFollowUp(input: { caseId: $case, by: "Vision", text: $text },
                                    options: { expectedVersion: $version }) { written { version } } }"#,
                    json!({ "case": case, "text": text, "version": version }),
                )
                .await
        })
    };
    let (first, second) = tokio::join!(follow_up("Hur många platser?"), follow_up("Vem betalar?"));
    let bodies = [first.expect("no panic").1, second.expect("no panic").1];
    let conflicts = bodies
        .iter()
        .filter(|b| b["errors"][0]["extensions"]["code"] == "CONFLICT")
        .count();
    let successes = bodies.iter().filter(|b| b.get("errors").is_none()).count();
    assert_eq!((successes, conflicts), (1, 1), "{bodies:#?}");
    let after = server
        .ok(
            r#"query($case: ID!) { case(id: $case) { version timeline { type } } }"#,
            json!({ "case": case }),
        )
        .await;
    let follow_ups = after["case"]["timeline"]
        .as_array()
        .expect("timeline")
        .iter()
        .filter(|t| t["type"] == "FollowUpAsked")
        .count();
    assert_eq!(
        follow_ups, 1,
        "the winner's follow-up is stored, the loser's is not"
    );
    assert_eq!(
        after["case"]["version"],
        version.as_u64().expect("a version") + 1
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn time_travel_over_http_shows_the_balance_list_and_obligations_as_they_stood() {
    let server = TestServer::start().await;
    let forum = forum_id(&server, "FG-HÄ").await;
    let meeting = server
        .ok(
            r#"mutation($forum: ID!) { scheduleMeeting(input: { forumId: $forum, date: "2025-02-11" }) {
                meeting { id } } }"#,
            json!({ "forum": forum }),
        )
        .await["scheduleMeeting"]["meeting"]["id"]
        .clone();
    let winter = server
        .ok(
            r#"{ cases(filter: { text: "under vintern" }) { edges { node { id } } } }"#,
            json!({}),
        )
        .await["cases"]["edges"][0]["node"]["id"]
        .clone();
    server
        .ok(
            r#"mutation($case: ID!, $meeting: ID!) {
                a: fulfilCommitment(input: { caseId: $case, commitment: 1, meetingId: $meeting }) { written { position } }
                b: addToBalanceList(input: { caseId: $case, meetingId: $meeting }) { written { position } } }"#,
            json!({ "case": winter, "meeting": meeting }),
        )
        .await;
    let list = r#"query($forum: ID!, $meeting: ID, $when: BeforeOrAfter) {
        balanceList(forum: $forum, atMeeting: $meeting, when: $when) { cases { id } added { id } } }"#;
    let before = server
        .ok(
            list,
            json!({ "forum": forum, "meeting": meeting, "when": "BEFORE" }),
        )
        .await;
    assert_eq!(before["balanceList"]["cases"], json!([]));
    let after = server
        .ok(
            list,
            json!({ "forum": forum, "meeting": meeting, "when": "AFTER" }),
        )
        .await;
    assert_eq!(after["balanceList"]["cases"], json!([{ "id": winter }]));
    assert_eq!(after["balanceList"]["added"], json!([{ "id": winter }]));

    let owed_before = server
        .ok(
            OWED,
            json!({ "owedBy": "Arbetsgivaren", "asOf": "2025-02-10" }),
        )
        .await;
    with_label(&owed_before, "under vintern");
    let owed_after = server
        .ok(
            OWED,
            json!({ "owedBy": "Arbetsgivaren", "asOf": "2025-02-11" }),
        )
        .await;
    assert!(
        owed_after["obligations"]
            .as_array()
            .expect("a list")
            .iter()
            .all(|o| o["dueLabel"] != "under vintern"),
        "fulfilled at the meeting: {owed_after:#}"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn unknown_ids_and_malformed_dates_get_their_codes_over_http() {
    let server = TestServer::start().await;
    for (query, code) in [
        (
            r#"{ case(id: "01JH0000000000000000000000") { id } }"#,
            "NOT_FOUND",
        ),
        // What is neither a ULID nor a forum and a date names no meeting.
        (r#"{ meeting(id: "x") { id } }"#, "NOT_FOUND"),
        (
            r#"{ obligations(asOf: "2025-13-45") { what } }"#,
            "BAD_INPUT",
        ),
        (
            r#"{ stats(from: "igår") { parties { party } } }"#,
            "BAD_INPUT",
        ),
    ] {
        let (status, body) = server.graphql(query, json!({})).await;
        assert_eq!(status, StatusCode::OK);
        assert_eq!(
            body["errors"][0]["extensions"]["code"], code,
            "{query}: {body:#}"
        );
        assert!(
            body["errors"][0]["extensions"]["messageSv"].is_string()
                || code == "NOT_FOUND" && query.contains("01JH"),
            "a Swedish message for the UI: {query}: {body:#}"
        );
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_protocol_file_uploaded_as_multipart_becomes_a_draft() {
    let server = TestServer::start().await;
    let protocol = std::fs::read(format!(
        "{}/../../tests/fixtures/protocols/003_9ba086790e9c5e66.txt",
        env!("CARGO_MANIFEST_DIR")
    ))
    .expect("the seed protocol");
    // A Windows-1252 file, as older Word exports are: å ä ö are single bytes.
    let (latin1, _, _) =
        encoding_rs::WINDOWS_1252.encode(std::str::from_utf8(&protocol).expect("utf-8"));
    let boundary = "balans-test-boundary";
    let operations = json!({
        "query": "mutation($file: Upload) { importDraft(upload: $file) { items draft { meeting { date } sourceEncoding } } }",
        "variables": { "file": null }
    });
    let mut body = Vec::new();
    for (name, value) in [
        ("operations", operations.to_string()),
        ("map", json!({ "0": ["variables.file"] }).to_string()),
    ] {
        body.extend_from_slice(
            format!(
                "--{boundary}\r\nContent-Disposition: form-data; name=\"{name}\"\r\n\r\n{value}\r\n"
            )
            .as_bytes(),
        );
    }
    body.extend_from_slice(
        format!(
            "--{boundary}\r\nContent-Disposition: form-data; name=\"0\"; filename=\"protokoll.txt\"\r\nContent-Type: text/plain\r\n\r\n"
        )
        .as_bytes(),
    );
    body.extend_from_slice(&latin1);
    body.extend_from_slice(format!("\r\n--{boundary}--\r\n").as_bytes());
    let response = server
        .client
        .post(server.url("/graphql"))
        .header(
            "content-type",
            format!("multipart/form-data; boundary={boundary}"),
        )
        .header(balans_server::graphql::PREFLIGHT_HEADER, "1")
        .body(body)
        .send()
        .await
        .expect("the server answers");
    assert_eq!(response.status(), StatusCode::OK);
    let json: Value = response.json().await.expect("a JSON body");
    assert!(json.get("errors").is_none(), "{json:#}");
    let draft = &json["data"]["importDraft"]["draft"];
    assert_eq!(draft["meeting"]["date"], "2023-09-20");
    assert_eq!(draft["sourceEncoding"], "Windows-1252");
    assert!(
        json["data"]["importDraft"]["items"]
            .as_u64()
            .expect("a count")
            >= 5
    );
}

#[test]
fn a_restart_reads_the_snapshot_saved_before_and_answers_the_same() {
    let dir = tempfile::tempdir().expect("a temporary directory");
    let store = backend::TestStore::chosen();
    let config = Config {
        data: dir.path().join("db"),
        ..Config::default()
    };
    let runtime = store.open(&config);
    let demo_events = runtime.live().position;
    assert!(demo_events > 0, "the demo was loaded");
    assert_eq!(
        runtime.events_since_snapshot(),
        demo_events,
        "a fresh database has no snapshot"
    );
    let saved = runtime
        .save_snapshot()
        .expect("saved")
        .expect("there was something to save");
    assert_eq!(saved.position, demo_events);
    assert_eq!(runtime.save_snapshot().expect("nothing new"), None);
    let before = runtime.live().clone();
    drop(runtime);

    let runtime = store.open(&config);
    assert_eq!(
        runtime.events_since_snapshot(),
        0,
        "the read models came from the snapshot"
    );
    assert_eq!(*runtime.live(), before);
    let rebuilt = runtime.rebuild().expect("rebuilds");
    assert_eq!(*runtime.live(), rebuilt);

    // Turned off, the server folds the whole log and writes no snapshot.
    drop(runtime);
    std::fs::remove_file(balans_read::snapshot::path_for(&config.data)).expect("removed");
    let off = Config {
        snapshot_every: 0,
        ..config
    };
    let runtime = store.open(&off);
    assert_eq!(runtime.save_snapshot().expect("off"), None);
    assert!(!balans_read::snapshot::path_for(&off.data).exists());
}

/// A page on another site cannot write through a signed-in browser: a multipart form post (no
/// preflight) must carry the preflight header, and a request or WebSocket from a page of a
/// foreign origin is refused; the server's own pages and non-browser clients are not affected.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn pages_of_other_sites_cannot_write_or_subscribe() {
    let server = TestServer::start().await;
    let forum = forum_id(&server, "FG-HÄ").await;
    let head = server.runtime().store().head_position().expect("head");

    let boundary = "evil";
    let operations =
        json!({ "query": RAISE, "variables": raise_input(&forum, "Från en annan sajt") });
    let body = format!(
        "--{boundary}\r\nContent-Disposition: form-data; name=\"operations\"\r\n\r\n{operations}\r\n--{boundary}\r\nContent-Disposition: form-data; name=\"map\"\r\n\r\n{{}}\r\n--{boundary}--\r\n"
    );
    let response = server
        .client
        .post(server.url("/graphql"))
        .header(
            "content-type",
            format!("multipart/form-data; boundary={boundary}"),
        )
        .body(body)
        .send()
        .await
        .expect("the server answers");
    assert_eq!(response.status(), StatusCode::BAD_REQUEST);
    let json: Value = response.json().await.expect("a JSON body");
    assert_eq!(
        json["errors"][0]["extensions"]["code"], "FORBIDDEN_ORIGIN",
        "{json:#}"
    );

    let response = server
        .client
        .post(server.url("/graphql"))
        .header("origin", "http://evil.example")
        .json(&json!({ "query": RAISE, "variables": raise_input(&forum, "Från en annan sajt") }))
        .send()
        .await
        .expect("the server answers");
    assert_eq!(response.status(), StatusCode::FORBIDDEN);
    assert_eq!(
        server.runtime().store().head_position().expect("head"),
        head,
        "nothing stored"
    );

    let mut request = ws_request(&server);
    request
        .headers_mut()
        .insert("origin", HeaderValue::from_static("http://evil.example"));
    assert!(
        tokio_tungstenite::connect_async(request).await.is_err(),
        "the handshake from a foreign page is refused"
    );

    // The server's own page may.
    let own = format!("http://{}", server.addr);
    let response = server
        .client
        .post(server.url("/graphql"))
        .header("origin", own)
        .json(&json!({ "query": RAISE, "variables": raise_input(&forum, "Från vår egen sida") }))
        .send()
        .await
        .expect("the server answers");
    assert_eq!(response.status(), StatusCode::OK);
}

/// A small tmpfs mounted for one test, unmounted when dropped.
struct SmallDisk {
    dir: tempfile::TempDir,
}

impl SmallDisk {
    /// Mounts a tmpfs of `size` (as `mount -o size=` takes it); `None`, saying why, where this
    /// process may not mount one (it is not root). CI runs as root and sets
    /// `BALANS_REQUIRE_TMPFS`, so that there a failed mount fails the test instead.
    fn mount(size: &str) -> Option<Self> {
        let required = std::env::var_os("BALANS_REQUIRE_TMPFS").is_some();
        let dir = tempfile::tempdir().expect("a temporary directory");
        let mounted = std::process::Command::new("mount")
            .args(["-t", "tmpfs", "-o", &format!("size={size}"), "tmpfs"])
            .arg(dir.path())
            .output();
        match mounted {
            Ok(output) if output.status.success() => Some(Self { dir }),
            Ok(output) => {
                let why = format!(
                    "mounting a {size} tmpfs failed (it needs root): {}",
                    String::from_utf8_lossy(&output.stderr).trim()
                );
                assert!(!required, "{why}");
                println!("skipped: {why}");
                None
            }
            Err(error) => {
                assert!(!required, "`mount` could not run: {error}");
                println!("skipped: `mount` could not run: {error}");
                None
            }
        }
    }

    fn path(&self) -> &Path {
        self.dir.path()
    }

    /// Fills the disk with a file at `path`, to the last page.
    fn fill(&self, path: &Path) {
        use std::io::Write as _;
        let mut file = std::fs::File::create(path).expect("a filler file");
        let block = vec![0x5a_u8; 4096];
        loop {
            match file.write(&block) {
                Ok(0) => break,
                Ok(_) => {}
                Err(error) => {
                    assert!(
                        balans_store::is_storage_full(&error),
                        "filling stopped for another reason: {error}"
                    );
                    break;
                }
            }
        }
    }
}

impl Drop for SmallDisk {
    fn drop(&mut self) {
        let _ = std::process::Command::new("umount")
            .arg("-l")
            .arg(self.dir.path())
            .status();
    }
}

/// 50,000 characters that compress poorly (letters and spaces from a simple generator), so that
/// a few hundred appends fill several MiB of the log.
fn noise(seed: u64) -> String {
    let mut state = seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1;
    (0..50_000)
        .map(|_| {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            match state % 28 {
                26 | 27 => ' ',
                letter => char::from(b'a' + letter as u8),
            }
        })
        .collect()
}

const RAISE_WITH_ID: &str = "mutation($input: RaiseQuestionInput!, $command: ID!) {
    raiseQuestion(input: $input, options: { commandId: $command }) { case { id } }
}";

/// Raises a question with a long text under `command`; the case id, or the first error.
async fn raise_long(
    server: &TestServer,
    forum: &str,
    n: u64,
    command: &str,
) -> Result<String, Value> {
    let mut variables = raise_input(forum, &format!("Fråga {n}"));
    variables["input"]["text"] = json!(noise(n));
    variables["command"] = json!(command);
    let (_, body) = server.graphql(RAISE_WITH_ID, variables).await;
    match body.get("errors") {
        Some(errors) => Err(errors[0].clone()),
        None => Ok(body["data"]["raiseQuestion"]["case"]["id"]
            .as_str()
            .expect("a case id")
            .to_string()),
    }
}

/// Waits until `/readyz` answers `want`; its body.
async fn readiness_becomes(server: &TestServer, want: StatusCode) -> String {
    let deadline = tokio::time::Instant::now() + PATIENCE;
    loop {
        let response = server.get("/readyz").await;
        let status = response.status();
        let body = response.text().await.expect("a body");
        if status == want {
            return body;
        }
        assert!(
            tokio::time::Instant::now() < deadline,
            "/readyz still answers {status}: {body}"
        );
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

/// On a full disk a write fails with STORAGE_FULL, reads go on and `/readyz` says the store
/// cannot write; once there is room, writes resume without a restart; a stop on a full disk
/// leaves nothing that stops the next start; every acknowledged write is there after it.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_full_disk_refuses_writes_until_there_is_room_and_loses_nothing() {
    if backend::sled_only("sled's log on a full disk; PostgreSQL's files are not on this disk") {
        return;
    }
    let Some(disk) = SmallDisk::mount("20m") else {
        return;
    };
    let data = disk.path().join("db");
    let filler = disk.path().join("filler");
    let mut server =
        TestServer::start_at(data.clone(), tempfile::tempdir().expect("a tempdir")).await;
    let forum = forum_id(&server, "FG-HÄ").await;
    let mut acknowledged: Vec<(u64, String)> = Vec::new();
    disk.fill(&filler);

    // sled writes its log over zeros it wrote ahead: writes go on until the log must grow.
    let (refused_n, refused_command) = {
        let mut n = 0;
        loop {
            let command = ulid::Ulid::generate().to_string();
            match raise_long(&server, &forum, n, &command).await {
                Ok(case) => acknowledged.push((n, case)),
                Err(error) => {
                    assert_eq!(error["extensions"]["code"], "STORAGE_FULL", "{error:#}");
                    let swedish = error["extensions"]["messageSv"].as_str().expect("Swedish");
                    assert!(swedish.starts_with("Disken är full"), "{swedish}");
                    break (n, command);
                }
            }
            n += 1;
            assert!(
                n < 2_000,
                "2,000 writes of 50,000 characters fit a full 20 MB disk"
            );
        }
    };
    assert!(
        !acknowledged.is_empty(),
        "some writes fit before the log had to grow"
    );
    // sled may free a segment of its own as it fails: take that room too.
    let top_up = disk.path().join("top-up");
    disk.fill(&top_up);
    // Refused again, the same way, without anything written in between.
    let again = raise_long(&server, &forum, refused_n, &refused_command)
        .await
        .expect_err("still full");
    assert_eq!(again["extensions"]["code"], "STORAGE_FULL", "{again:#}");

    // Reads go on, from the log too: a case's text is read back from it.
    let (first_n, first_case) = &acknowledged[0];
    let read = server
        .ok(
            "query($id: ID!) { case(id: $id) { title text } }",
            json!({ "id": first_case }),
        )
        .await;
    assert_eq!(read["case"]["title"], format!("Fråga {first_n}"));
    assert_eq!(read["case"]["text"], noise(*first_n));
    let not_ready = readiness_becomes(&server, StatusCode::SERVICE_UNAVAILABLE).await;
    assert!(
        not_ready.contains("cannot write") && not_ready.contains("disk is full"),
        "{not_ready}"
    );

    // Room again: writes resume in this process, the refused one sent again with its id.
    std::fs::remove_file(&filler).expect("the filler is removed");
    std::fs::remove_file(&top_up).expect("the top-up is removed");
    readiness_becomes(&server, StatusCode::OK).await;
    let retried = raise_long(&server, &forum, refused_n, &refused_command)
        .await
        .expect("the refused write, sent again, is stored");
    acknowledged.push((refused_n, retried));
    let more = raise_long(
        &server,
        &forum,
        refused_n + 1,
        &ulid::Ulid::generate().to_string(),
    )
    .await
    .expect("a new write is stored");
    acknowledged.push((refused_n + 1, more));

    // Full again, then a graceful stop: its snapshot and sled's settling fail for lack of room.
    disk.fill(&filler);
    let _ = raise_long(&server, &forum, 10_000, &ulid::Ulid::generate().to_string()).await;
    drop(server.runtime.take());
    server.shut_down().await.expect("the server stops");
    drop(server);
    std::fs::remove_file(&filler).expect("the filler is removed");

    let config = Config {
        data,
        ..Config::default()
    };
    let runtime = balans_server::run::open(&config).expect("the database opens after it all");
    let live = runtime.live();
    for (n, case) in &acknowledged {
        let id = case.parse().expect("a case id");
        let view = live
            .cases
            .get(&id)
            .unwrap_or_else(|| panic!("acknowledged case {n} ({case}) is missing"));
        assert_eq!(&*view.state.title, format!("Fråga {n}").as_str());
    }
    drop(live);
    assert_eq!(*runtime.live(), runtime.rebuild().expect("rebuilds"));
}

/// A client that holds a connection without sending a request, or sends half a header, is
/// dropped once the header timeout passes; beyond the connection cap a client waits until a
/// connection closes, and is then answered.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn idle_connections_beyond_the_cap_wait_and_a_half_header_is_dropped() {
    use tokio::io::{AsyncReadExt as _, AsyncWriteExt as _};

    /// Reads until the server closes the connection; what it sent before.
    async fn until_closed(stream: &mut tokio::net::TcpStream) -> Vec<u8> {
        let mut received = Vec::new();
        let mut buffer = [0_u8; 1024];
        loop {
            let read = tokio::time::timeout(PATIENCE, stream.read(&mut buffer))
                .await
                .expect("the server closes the connection in time");
            match read {
                Ok(0) | Err(_) => return received,
                Ok(n) => received.extend_from_slice(&buffer[..n]),
            }
        }
    }

    let dir = tempfile::tempdir().expect("a temporary directory");
    let config = Config {
        data: dir.path().join("db"),
        header_timeout_secs: 1,
        max_connections: 1,
        ..Config::default()
    };
    let server = TestServer::start_with(config, dir).await;

    // One idle connection takes the only place; a client after it waits for it to be dropped.
    let mut idle = tokio::net::TcpStream::connect(server.addr)
        .await
        .expect("connects");
    let waiting = tokio::spawn({
        let url = server.url("/healthz");
        async move { reqwest::get(url).await.expect("answered").status() }
    });
    let status = tokio::time::timeout(PATIENCE, waiting)
        .await
        .expect("the waiting client is answered in time")
        .expect("the client did not panic");
    assert_eq!(status, StatusCode::OK);
    assert!(
        until_closed(&mut idle).await.is_empty(),
        "the idle connection was closed unanswered"
    );

    // Half a header: dropped when the timeout passes, unanswered.
    let mut half = tokio::net::TcpStream::connect(server.addr)
        .await
        .expect("connects");
    half.write_all(b"GET /healthz HTTP/1.1\r\nHost: balans\r\nX-Slow: ")
        .await
        .expect("sent");
    assert!(until_closed(&mut half).await.is_empty());

    // A kept-alive connection is answered, then closed once it has been idle that long.
    let mut kept = tokio::net::TcpStream::connect(server.addr)
        .await
        .expect("connects");
    kept.write_all(b"GET /healthz HTTP/1.1\r\nHost: balans\r\n\r\n")
        .await
        .expect("sent");
    let answer = String::from_utf8(until_closed(&mut kept).await).expect("text");
    assert!(answer.starts_with("HTTP/1.1 200"), "{answer}");
    assert!(answer.ends_with("ok\n"), "{answer}");
    assert_eq!(server.get("/healthz").await.status(), StatusCode::OK);
}

/// CORS is off by default; an origin listed in `allowed_origins` (a dashboard on another host)
/// gets its preflight answered and its POST through, and any other origin neither.
#[tokio::test]
async fn only_allowed_origins_get_cors_and_may_post() {
    let preflight = |server: &TestServer, origin: &str| {
        reqwest::Client::new()
            .request(reqwest::Method::OPTIONS, server.url("/graphql"))
            .header("origin", origin)
            .header("access-control-request-method", "POST")
            .header(
                "access-control-request-headers",
                "content-type,authorization",
            )
            .send()
    };
    let read = |server: &TestServer, origin: &str| {
        reqwest::Client::new()
            .post(server.url("/graphql"))
            .header("origin", origin)
            .json(&json!({ "query": "{ forums { code } }" }))
            .send()
    };
    let allow_origin = |response: &reqwest::Response| {
        response
            .headers()
            .get("access-control-allow-origin")
            .map(|v| v.to_str().unwrap_or_default().to_string())
    };

    let closed = TestServer::start().await;
    let response = preflight(&closed, "https://tavla.example")
        .await
        .expect("an answer");
    assert_eq!(allow_origin(&response), None, "no CORS by default");
    let response = read(&closed, "https://tavla.example")
        .await
        .expect("an answer");
    assert_eq!(response.status(), StatusCode::FORBIDDEN);

    let dir = tempfile::tempdir().expect("a temporary directory");
    let config = Config {
        data: dir.path().join("db"),
        allowed_origins: vec!["https://tavla.example".into()],
        ..Config::default()
    };
    let open = TestServer::start_with(config, dir).await;
    let response = preflight(&open, "https://tavla.example")
        .await
        .expect("an answer");
    assert_eq!(
        allow_origin(&response).as_deref(),
        Some("https://tavla.example")
    );
    let response = read(&open, "https://tavla.example")
        .await
        .expect("an answer");
    assert_eq!(response.status(), StatusCode::OK);
    assert_eq!(
        allow_origin(&response).as_deref(),
        Some("https://tavla.example")
    );
    let response = preflight(&open, "https://evil.example")
        .await
        .expect("an answer");
    assert_eq!(allow_origin(&response), None);
    let response = read(&open, "https://evil.example")
        .await
        .expect("an answer");
    assert_eq!(response.status(), StatusCode::FORBIDDEN);
}
