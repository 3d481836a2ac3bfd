//! Two `balans serve` processes on one PostgreSQL database: each sees the other's writes in its queries and subscriptions, writers on one case across nodes get a conflict, a node killed mid-write loses no acknowledged write, and `migrate-store` moves a database there and back.

use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use futures_util::{SinkExt as _, StreamExt as _};
use serde_json::{Value, json};
use tokio_tungstenite::tungstenite::Message;
use tokio_tungstenite::tungstenite::client::IntoClientRequest as _;
use tokio_tungstenite::tungstenite::http::HeaderValue;

/// How long anything may take before the test gives up (not a speed check).
const PATIENCE: Duration = Duration::from_secs(60);

/// `balans` with `--store` on the database at `url`, run to its end.
fn balans_on(url: &str, data: &Path, args: &[&str]) -> String {
    let output = Command::new(env!("CARGO_BIN_EXE_balans"))
        .args(["--store", url, "--data"])
        .arg(data)
        .args(args)
        .env_remove("BALANS_DATA")
        .env_remove("BALANS_STORE")
        .output()
        .expect("the binary runs");
    assert!(
        output.status.success(),
        "balans {args:?} failed: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8_lossy(&output.stdout).into_owned()
}

/// The value of the gauge `name` in a `/metrics` text.
fn gauge_in(metrics: &str, name: &str) -> Option<f64> {
    metrics
        .lines()
        .find(|line| line.starts_with(&format!("{name} ")))
        .and_then(|line| line.split(' ').nth(1))
        .and_then(|value| value.parse::<f64>().ok())
}

/// An admin's API token made with the command line in the database at `url`: its secret.
fn admin_token(url: &str, cli_data: &Path) -> String {
    let created = balans_on(
        url,
        cli_data,
        &["token", "create", "--name", "test", "--role", "admin"],
    );
    created
        .lines()
        .last()
        .expect("the secret")
        .trim()
        .to_string()
}

/// A `balans serve` process on the shared database, with its own data directory (its snapshot).
struct Node {
    child: std::process::Child,
    addr: String,
    _data: tempfile::TempDir,
}

impl Node {
    fn start(url: &str) -> Self {
        let data = tempfile::tempdir().expect("tempdir");
        let child = Command::new(env!("CARGO_BIN_EXE_balans"))
            .args(["serve", "--addr", "127.0.0.1:0", "--store", url, "--data"])
            .arg(data.path())
            .env_remove("BALANS_DATA")
            .env_remove("BALANS_ADDR")
            .env_remove("BALANS_STORE")
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("the server starts");
        let addr_file = data.path().join("server.addr");
        let deadline = Instant::now() + PATIENCE;
        let addr = loop {
            match std::fs::read_to_string(&addr_file) {
                Ok(addr) if !addr.trim().is_empty() => break addr.trim().to_string(),
                _ => {
                    assert!(
                        Instant::now() < deadline,
                        "the node never said where it listens"
                    );
                    std::thread::sleep(Duration::from_millis(20));
                }
            }
        };
        Node {
            child,
            addr,
            _data: data,
        }
    }

    fn kill(&mut self) {
        self.child.kill().expect("SIGKILL the node");
        self.child.wait().expect("the node is gone");
    }
}

impl Drop for Node {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// A GraphQL client of one node, with an admin's API token.
struct Client {
    http: reqwest::Client,
    addr: String,
    token: String,
}

impl Client {
    fn new(node: &Node, token: &str) -> Self {
        Client {
            http: reqwest::Client::new(),
            addr: node.addr.clone(),
            token: token.to_string(),
        }
    }

    async fn graphql(&self, query: &str, variables: Value) -> Result<Value, reqwest::Error> {
        self.http
            .post(format!("http://{}/graphql", self.addr))
            .bearer_auth(&self.token)
            .json(&json!({ "query": query, "variables": variables }))
            .send()
            .await?
            .json()
            .await
    }

    async fn ok(&self, query: &str, variables: Value) -> Value {
        let body = self
            .graphql(query, variables)
            .await
            .expect("the node answers");
        assert!(body.get("errors").is_none(), "unexpected errors: {body:#}");
        body["data"].clone()
    }
}

/// How many cases a node knows, and their titles (at most 500).
async fn cases_on(client: &Client) -> (u64, Vec<String>) {
    let cases = client
        .ok(
            "{ cases(first: 500) { totalCount edges { node { title } } } }",
            json!({}),
        )
        .await;
    let titles = cases["cases"]["edges"]
        .as_array()
        .expect("cases")
        .iter()
        .filter_map(|edge| edge["node"]["title"].as_str().map(str::to_string))
        .collect();
    (
        cases["cases"]["totalCount"].as_u64().expect("a count"),
        titles,
    )
}

const CREATE_FORUM: &str = "mutation($input: CreateForumInput!) {
    createForum(input: $input) { forum { id } }
}";
const RAISE: &str = "mutation($input: RaiseQuestionInput!, $options: CommandOptions) {
    raiseQuestion(input: $input, options: $options) { case { id version } written { position } }
}";
const STATEMENT: &str = "mutation($input: RecordStatementInput!, $options: CommandOptions) {
    recordStatement(input: $input, options: $options) { written { version } }
}";

fn question(forum: &str, title: &str) -> Value {
    json!({ "input": {
        "forumId": forum,
        "title": title,
        "raisedBy": "Kommunal",
        "addressedTo": "Arbetsgivaren",
    }})
}

/// A graphql-transport-ws session on `node` subscribed to every event.
async fn subscribe(
    node: &Node,
    token: &str,
) -> tokio_tungstenite::WebSocketStream<tokio_tungstenite::MaybeTlsStream<tokio::net::TcpStream>> {
    let mut request = format!("ws://{}/graphql/ws", node.addr)
        .into_client_request()
        .expect("a WebSocket request");
    request.headers_mut().insert(
        "sec-websocket-protocol",
        HeaderValue::from_static("graphql-transport-ws"),
    );
    request.headers_mut().insert(
        "authorization",
        format!("Bearer {token}").parse().expect("a header value"),
    );
    let (mut socket, _) = tokio_tungstenite::connect_async(request)
        .await
        .expect("the WebSocket handshake");
    for message in [
        json!({ "type": "connection_init" }),
        json!({ "id": "1", "type": "subscribe",
                "payload": { "query": "subscription { events { type position stream } }" } }),
    ] {
        socket
            .send(Message::Text(message.to_string().into()))
            .await
            .expect("sent");
    }
    socket
}

/// The next `next` message's event, skipping the ack and pings.
async fn next_event(
    socket: &mut tokio_tungstenite::WebSocketStream<
        tokio_tungstenite::MaybeTlsStream<tokio::net::TcpStream>,
    >,
    within: Duration,
) -> Option<Value> {
    let deadline = tokio::time::Instant::now() + within;
    loop {
        let message = tokio::time::timeout_at(deadline, socket.next())
            .await
            .ok()??;
        if let Ok(Message::Text(text)) = message {
            let value: Value = serde_json::from_str(&text).expect("JSON");
            if value["type"] == "next" {
                return Some(value["payload"]["data"]["events"].clone());
            }
        }
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn two_nodes_on_one_postgres_database_serve_the_same_data() {
    let Some(database) = balans_postgres::testing::fresh_database(
        "two_nodes_on_one_postgres_database_serve_the_same_data",
    ) else {
        return;
    };
    let url = database.url().to_string();
    let cli_dir = tempfile::tempdir().expect("tempdir");
    let a = Node::start(&url);
    let b = Node::start(&url);
    // Made by the command line into the shared access log while both nodes run.
    let token = admin_token(&url, cli_dir.path());
    let (on_a, on_b) = (Client::new(&a, &token), Client::new(&b, &token));
    // Both nodes follow the access log: the new token works on each.
    for client in [&on_a, &on_b] {
        let deadline = Instant::now() + PATIENCE;
        // Only an admin may list the people: an unknown token gets an error.
        while client
            .graphql("{ people { username } }", json!({}))
            .await
            .expect("answers")
            .get("errors")
            .is_some()
        {
            assert!(
                Instant::now() < deadline,
                "the token never worked on a node"
            );
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
    }

    let mut b_events = subscribe(&b, &token).await;
    let sent = Instant::now();
    let forum = on_a
        .ok(
            CREATE_FORUM,
            json!({ "input": { "code": "NOD", "name": "Förvaltningsgrupp",
                               "organization": "Nodförvaltningen", "unions": ["Kommunal"] } }),
        )
        .await["createForum"]["forum"]["id"]
        .as_str()
        .expect("a forum id")
        .to_string();
    // A write on a reaches b's subscription, and b's queries.
    let event = next_event(&mut b_events, PATIENCE)
        .await
        .expect("b's subscription hears a's write");
    let heard_after = sent.elapsed();
    assert_eq!(event["type"], "ForumCreated", "{event:#}");
    let on_b_forums = on_b.ok("{ forums { id } }", json!({})).await;
    assert!(on_b_forums.to_string().contains(&forum), "{on_b_forums:#}");
    eprintln!(
        "two nodes: a write sent to node a reached a subscription on node b {:.1} ms after it was sent",
        heard_after.as_secs_f64() * 1e3
    );

    // A writer on each node; each sees the other's case.
    let from_a = on_a.ok(RAISE, question(&forum, "Fråga via nod a")).await;
    let from_b = on_b.ok(RAISE, question(&forum, "Fråga via nod b")).await;
    let case = from_a["raiseQuestion"]["case"]["id"]
        .as_str()
        .expect("a case")
        .to_string();
    let version = from_a["raiseQuestion"]["case"]["version"]
        .as_u64()
        .expect("a version");
    let head = from_b["raiseQuestion"]["written"]["position"]
        .as_u64()
        .expect("a position");
    for client in [&on_a, &on_b] {
        let deadline = Instant::now() + PATIENCE;
        loop {
            let cases = client
                .ok(
                    "{ cases(first: 50) { edges { node { title } } } }",
                    json!({}),
                )
                .await;
            let text = cases.to_string();
            if text.contains("Fråga via nod a") && text.contains("Fråga via nod b") {
                break;
            }
            assert!(
                Instant::now() < deadline,
                "a node never saw both cases: {text}"
            );
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
    }
    assert!(head > 0);
    // b applied a's events (not only its subscription), and says how late. The counters are
    // kept just after the events are applied, so they may trail the answers for a moment.
    let deadline = Instant::now() + PATIENCE;
    let metrics = loop {
        let metrics = reqwest::get(format!("http://{}/metrics", b.addr))
            .await
            .expect("b answers")
            .text()
            .await
            .expect("a body");
        if gauge_in(&metrics, "balans_followed_events").unwrap_or(0.0) >= 2.0 {
            break metrics;
        }
        assert!(Instant::now() < deadline, "{metrics}");
        tokio::time::sleep(Duration::from_millis(20)).await;
    };
    let gauge = |name: &str| gauge_in(&metrics, name);
    let lag = gauge("balans_follow_lag_max_seconds").expect("a lag");
    eprintln!(
        "two nodes: node b applied node a's events at most {:.1} ms after they were recorded",
        lag * 1e3
    );

    // Two writers on one case, one per node, both with the version they read.
    let statement = |text: &str| {
        json!({ "input": { "caseId": case, "kind": "MINUTES_NOTE", "party": "Arbetsgivaren",
                           "text": text },
                "options": { "expectedVersion": version } })
    };
    let (first, second) = tokio::join!(
        on_a.graphql(STATEMENT, statement("från nod a")),
        on_b.graphql(STATEMENT, statement("från nod b")),
    );
    let results = [first.expect("a answers"), second.expect("b answers")];
    let conflicts = results
        .iter()
        .filter(|body| body["errors"][0]["extensions"]["code"] == "CONFLICT")
        .count();
    let successes = results
        .iter()
        .filter(|body| body.get("errors").is_none())
        .count();
    assert_eq!((successes, conflicts), (1, 1), "{results:#?}");

    drop(b_events);

    // Every connection of both nodes is cut (a database restart, a network blip): the nodes
    // connect again, and a write on b reaches a without a lost or repeated event.
    database
        .admin_execute(&format!(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '{}' AND pid <> pg_backend_pid()",
            database.name()
        ))
        .expect("the connections are cut");
    // Retried with one command id, as a client would: a try that was stored although its
    // answer was lost must not store a second question.
    let deadline = Instant::now() + PATIENCE;
    let mut retried = question(&forum, "Efter avbrottet");
    retried["options"] = json!({ "commandId": "01J5X0000000000000000000AB" });
    while on_b
        .graphql(RAISE, retried.clone())
        .await
        .map_or(true, |body| body.get("errors").is_some())
    {
        assert!(
            Instant::now() < deadline,
            "b never wrote again after the cut"
        );
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    let deadline = Instant::now() + PATIENCE;
    let on_b_now = cases_on(&on_b).await;
    while cases_on(&on_a).await != on_b_now {
        assert!(Instant::now() < deadline, "a never caught up after the cut");
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    assert_eq!(
        on_b_now
            .1
            .iter()
            .filter(|title| *title == "Efter avbrottet")
            .count(),
        1,
        "once, not lost nor repeated: {:?}",
        on_b_now.1
    );

    // A node that starts late folds the whole log and answers as the others do.
    let c = Node::start(&url);
    let on_c = Client::new(&c, &token);
    assert_eq!(cases_on(&on_c).await, on_b_now);
    drop((a, b, c));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_node_killed_mid_write_loses_no_acknowledged_write() {
    let Some(database) = balans_postgres::testing::fresh_database(
        "a_node_killed_mid_write_loses_no_acknowledged_write",
    ) else {
        return;
    };
    let url = database.url().to_string();
    let cli_dir = tempfile::tempdir().expect("tempdir");
    let token = admin_token(&url, cli_dir.path());
    let mut a = Node::start(&url);
    let b = Node::start(&url);
    let (on_a, on_b) = (Client::new(&a, &token), Client::new(&b, &token));
    let forum = on_b
        .ok(
            CREATE_FORUM,
            json!({ "input": { "code": "KIL", "name": "Förvaltningsgrupp",
                               "organization": "Nodförvaltningen", "unions": ["Kommunal"] } }),
        )
        .await["createForum"]["forum"]["id"]
        .as_str()
        .expect("a forum id")
        .to_string();

    // Writers on a, four at a time, until a is killed; what a acknowledged is kept.
    let stop = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false));
    let mut writers = Vec::new();
    const WRITERS: usize = 4;
    for writer in 0..WRITERS {
        let (http, addr, token, forum, stop) = (
            on_a.http.clone(),
            on_a.addr.clone(),
            token.clone(),
            forum.clone(),
            std::sync::Arc::clone(&stop),
        );
        writers.push(tokio::spawn(async move {
            let mut acknowledged = Vec::new();
            for n in 0..100 {
                if stop.load(std::sync::atomic::Ordering::Relaxed) {
                    break;
                }
                let title = format!("Skrivare {writer} fråga {n}");
                let answer = http
                    .post(format!("http://{addr}/graphql"))
                    .bearer_auth(&token)
                    .json(&json!({ "query": RAISE, "variables": question(&forum, &title) }))
                    .send()
                    .await;
                let Ok(answer) = answer else { break };
                let Ok(body) = answer.json::<Value>().await else {
                    break;
                };
                if body.get("errors").is_none() {
                    acknowledged.push(title);
                }
            }
            acknowledged
        }));
    }
    // Let the writers get going, then kill a in the middle of its writes.
    let deadline = Instant::now() + PATIENCE;
    loop {
        let cases = on_b
            .ok("{ cases(first: 1) { totalCount } }", json!({}))
            .await;
        if cases["cases"]["totalCount"].as_u64().unwrap_or(0) >= 40 {
            break;
        }
        assert!(
            Instant::now() < deadline,
            "the writers on a never got going"
        );
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
    a.kill();
    stop.store(true, std::sync::atomic::Ordering::Relaxed);
    let mut acknowledged = Vec::new();
    for writer in writers {
        acknowledged.extend(writer.await.expect("a writer"));
    }
    // b saw 40 questions; up to one per writer may have been stored without its answer
    // reaching the writer before a died.
    assert!(acknowledged.len() >= 40 - WRITERS, "{}", acknowledged.len());

    // b, which kept running, holds every acknowledged question, and its log has no gap.
    let deadline = Instant::now() + PATIENCE;
    let titles = loop {
        let (_, titles) = cases_on(&on_b).await;
        if acknowledged.iter().all(|title| titles.contains(title)) {
            break titles;
        }
        assert!(Instant::now() < deadline, "b lacks an acknowledged write");
        tokio::time::sleep(Duration::from_millis(20)).await;
    };
    assert!(titles.len() >= acknowledged.len());
    let log = balans_on(&url, cli_dir.path(), &["log", "--json"]);
    for (expected, line) in (1u64..).zip(log.lines()) {
        let event: Value = serde_json::from_str(line).expect("a JSON line");
        assert_eq!(
            event["position"].as_u64(),
            Some(expected),
            "no gap in the log"
        );
    }
    drop(b);
}

#[test]
fn migrate_store_moves_a_sled_database_to_postgres_and_back() {
    let Some(database) = balans_postgres::testing::fresh_database(
        "migrate_store_moves_a_sled_database_to_postgres_and_back",
    ) else {
        return;
    };
    let url = database.url();
    let sled = tempfile::tempdir().expect("tempdir");
    super::stdout(&super::balans(sled.path(), &["demo"]));
    let sled_dir = sled.path().to_str().expect("a UTF-8 path");
    let there = balans_on(
        url,
        sled.path(),
        &["migrate-store", "--from", sled_dir, "--to", url],
    );
    assert!(there.contains("kontrollsumma sha256"), "{there}");
    // Run again: nothing more to copy, same checksum.
    let again = balans_on(
        url,
        sled.path(),
        &["migrate-store", "--from", sled_dir, "--to", url],
    );
    assert!(again.contains("loggen: 0 händelser kopierade"), "{again}");

    // The same answers from PostgreSQL as from sled.
    let scratch = tempfile::tempdir().expect("tempdir");
    let owed_sled = super::stdout(&super::balans(sled.path(), &["owed"]));
    let owed_postgres = balans_on(url, scratch.path(), &["owed"]);
    assert_eq!(owed_sled, owed_postgres);
    assert!(balans_on(url, scratch.path(), &["user", "list"]).contains("kommunal"));

    // And back into a new sled directory.
    let back = tempfile::tempdir().expect("tempdir");
    let back_dir = back.path().join("data");
    let back_dir = back_dir.to_str().expect("a UTF-8 path");
    let home = balans_on(
        url,
        scratch.path(),
        &["migrate-store", "--from", url, "--to", back_dir],
    );
    let sum = |report: &str| {
        report
            .lines()
            .find(|line| line.contains("loggen:"))
            .and_then(|line| line.split("sha256 ").nth(1))
            .map(str::to_string)
    };
    assert_eq!(sum(&there), sum(&home), "{there}\n{home}");
    assert_eq!(
        super::stdout(&super::balans(Path::new(back_dir), &["owed"])),
        owed_sled
    );

    // A target that holds another log is refused, and nothing is copied.
    let other = tempfile::tempdir().expect("tempdir");
    super::stdout(&super::balans(other.path(), &["demo"]));
    let refused = Command::new(env!("CARGO_BIN_EXE_balans"))
        .args(["migrate-store", "--from"])
        .arg(other.path())
        .args(["--to", url])
        .env_remove("BALANS_STORE")
        .output()
        .expect("runs");
    assert!(!refused.status.success());
    let error = String::from_utf8_lossy(&refused.stderr);
    assert!(
        error.contains("en annan logg") || error.contains("another log"),
        "{error}"
    );
}

/// Sign-in sessions live in the shared database: a person signed in through one node is
/// signed in on another, also on a node started after the first was killed, and signing out
/// on any node ends the session on all of them.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_person_signed_in_through_one_node_is_signed_in_on_every_node() {
    let Some(database) = balans_postgres::testing::fresh_database(
        "a_person_signed_in_through_one_node_is_signed_in_on_every_node",
    ) else {
        return;
    };
    let url = database.url().to_string();
    let cli_dir = tempfile::tempdir().expect("tempdir");
    let mut a = Node::start(&url);
    let b = Node::start(&url);
    balans_on(
        &url,
        cli_dir.path(),
        &[
            "user",
            "add",
            "anna",
            "--name",
            "Anna Andersson",
            "--role",
            "reader",
            "--password",
            "ett långt lösenord",
        ],
    );
    let http = reqwest::Client::new();
    // The node follows the access log: it knows Anna once it has caught up.
    let deadline = Instant::now() + PATIENCE;
    let cookie = loop {
        let response = http
            .post(format!("http://{}/auth/login", a.addr))
            .json(&json!({ "username": "anna", "password": "ett långt lösenord" }))
            .send()
            .await
            .expect("node a answers");
        if response.status().is_success() {
            let set_cookie = response.headers()["set-cookie"].to_str().expect("a cookie");
            break set_cookie
                .split(';')
                .next()
                .expect("name=value")
                .to_string();
        }
        assert!(Instant::now() < deadline, "anna never signed in on node a");
        tokio::time::sleep(Duration::from_millis(20)).await;
    };
    let me = |node: &str| {
        let request = http
            .get(format!("http://{node}/auth/me"))
            .header("cookie", &cookie);
        async move {
            request
                .send()
                .await
                .expect("the node answers")
                .json::<Value>()
                .await
                .expect("JSON")
        }
    };
    let on_b = me(&b.addr).await;
    assert_eq!(on_b["signedIn"], true, "{on_b:#}");
    assert_eq!(on_b["principal"]["name"], "Anna Andersson");

    a.kill();
    let c = Node::start(&url);
    assert_eq!(
        me(&c.addr).await["signedIn"],
        true,
        "a node started later knows the session"
    );

    let out = http
        .post(format!("http://{}/auth/logout", b.addr))
        .header("cookie", &cookie)
        .send()
        .await
        .expect("node b answers");
    assert!(out.status().is_success(), "{}", out.status());
    for node in [&b.addr, &c.addr] {
        assert_eq!(
            me(node).await["signedIn"],
            false,
            "signed out on {node} too"
        );
    }
}
