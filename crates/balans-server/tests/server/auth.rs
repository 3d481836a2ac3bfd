//! Sign-in over HTTP: sessions, tokens, roles per party and forum, limits, and who recorded each event.

use balans_domain::{Grant, Party, Principal};
use reqwest::StatusCode;
use serde_json::{Value, json};

use super::{RAISE, TestServer, forum_id, raise_input};

/// A client that sends nothing but what each test adds: no token, no cookie.
fn bare() -> reqwest::Client {
    reqwest::Client::new()
}

/// Signs in with a password; returns the status, the body and the session cookie.
async fn sign_in(
    server: &TestServer,
    username: &str,
    password: &str,
) -> (StatusCode, Value, String) {
    let response = bare()
        .post(server.url("/auth/login"))
        .json(&json!({ "username": username, "password": password }))
        .send()
        .await
        .expect("the server answers");
    let status = response.status();
    let cookie = response
        .headers()
        .get("set-cookie")
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.split(';').next())
        .unwrap_or_default()
        .to_string();
    (status, response.json().await.unwrap_or(Value::Null), cookie)
}

/// Posts GraphQL with the given header (a cookie or an authorization), or none.
async fn graphql_with(
    server: &TestServer,
    header: Option<(&str, &str)>,
    query: &str,
    variables: Value,
) -> (StatusCode, Value) {
    let mut request = bare()
        .post(server.url("/graphql"))
        .json(&json!({ "query": query, "variables": variables }));
    if let Some((name, value)) = header {
        request = request.header(name, value);
    }
    let response = request.send().await.expect("the server answers");
    let status = response.status();
    (status, response.json().await.expect("a JSON body"))
}

/// The answer of `GET /auth/me` to a request made ready by the caller (its client keeps the
/// cookies, or the caller adds one).
pub(super) async fn who_am_i(request: reqwest::RequestBuilder) -> Value {
    request
        .send()
        .await
        .expect("an answer")
        .json()
        .await
        .expect("JSON")
}

fn code(body: &Value) -> &str {
    body["errors"][0]["extensions"]["code"]
        .as_str()
        .unwrap_or("<none>")
}

fn token(server: &TestServer, name: &str, grant: Grant) -> String {
    server
        .runtime()
        .access()
        .create_token(&Principal::local("test"), name, vec![grant], None)
        .expect("a token")
        .1
}

async fn timeline_recorded_by(server: &TestServer, case: &str) -> Vec<String> {
    let data = server
        .ok(
            "query($id: ID!) { case(id: $id) { timeline { recordedBy recordedByName } } }",
            json!({ "id": case }),
        )
        .await;
    data["case"]["timeline"]
        .as_array()
        .expect("a timeline")
        .iter()
        .map(|item| {
            format!(
                "{} = {}",
                item["recordedBy"].as_str().unwrap_or_default(),
                item["recordedByName"].as_str().unwrap_or_default()
            )
        })
        .collect()
}

#[tokio::test]
async fn nobody_signed_in_reads_but_writes_nothing() {
    let server = TestServer::start().await;
    let forum = forum_id(&server, "FG-HÄ").await;
    let head = server.runtime().store().head_position().expect("head");
    let (status, body) = graphql_with(&server, None, "{ forums { code } }", json!({})).await;
    assert_eq!(status, StatusCode::OK);
    assert!(
        body["data"]["forums"]
            .as_array()
            .is_some_and(|f| f.len() == 2)
    );
    let (_, body) = graphql_with(&server, None, RAISE, raise_input(&forum, "Anonymt")).await;
    assert_eq!(code(&body), "UNAUTHENTICATED", "{body:#}");
    assert!(
        body["errors"][0]["extensions"]["messageSv"]
            .as_str()
            .is_some_and(|m| m.contains("Logga in")),
        "{body:#}"
    );
    let me = who_am_i(bare().get(server.url("/auth/me"))).await;
    assert_eq!(me["signedIn"], false);
    assert_eq!(me["canWrite"], false);
    assert_eq!(
        server.runtime().store().head_position().expect("head"),
        head
    );
}

#[tokio::test]
async fn a_union_representative_signs_in_raises_for_the_union_and_not_for_another() {
    let server = TestServer::start().await;
    let forum = forum_id(&server, "FG-HÄ").await;
    let (status, me, cookie) = sign_in(&server, "kommunal", "demo").await;
    assert_eq!(status, StatusCode::OK, "{me:#}");
    assert_eq!(me["principal"]["name"], "Kommunal (demo)");
    assert_eq!(me["grants"][0]["role"], "party");
    assert_eq!(me["grants"][0]["party"], "Kommunal");
    assert!(cookie.starts_with("balans_session="), "{cookie}");

    let session = Some(("cookie", cookie.as_str()));
    let (_, body) = graphql_with(
        &server,
        session,
        RAISE,
        raise_input(&forum, "Schema i hemtjänsten"),
    )
    .await;
    assert!(body.get("errors").is_none(), "{body:#}");
    let case = body["data"]["raiseQuestion"]["case"]["id"]
        .as_str()
        .expect("a case id")
        .to_string();
    let recorded_by = timeline_recorded_by(&server, &case).await;
    assert!(!recorded_by.is_empty());
    assert!(
        recorded_by
            .iter()
            .all(|who| who == "person:kommunal = Kommunal (demo)"),
        "{recorded_by:?}"
    );

    let head = server.runtime().store().head_position().expect("head");
    let mut for_vision = raise_input(&forum, "För någon annan");
    for_vision["input"]["raisedBy"] = json!("Vision");
    let (_, body) = graphql_with(&server, session, RAISE, for_vision).await;
    assert_eq!(code(&body), "FORBIDDEN", "{body:#}");
    let (_, body) = graphql_with(
        &server,
        session,
        "mutation($case: ID!) { closeCase(input: { caseId: $case, resolution: ANSWERED }) { case { id } } }",
        json!({ "case": case }),
    )
    .await;
    assert_eq!(
        code(&body),
        "FORBIDDEN",
        "closing is the secretary's: {body:#}"
    );
    assert_eq!(
        server.runtime().store().head_position().expect("head"),
        head,
        "nothing stored"
    );

    // The employer answers; the union cannot answer in the employer's name.
    let answer = "mutation($case: ID!, $by: String!) { answerQuestion(input: { caseId: $case, by: $by, text: \"Vi ser över det.\" }) { case { id } } }";
    let (_, body) = graphql_with(
        &server,
        session,
        answer,
        json!({ "case": case, "by": "Arbetsgivaren" }),
    )
    .await;
    assert_eq!(code(&body), "FORBIDDEN", "{body:#}");
    let (_, _, employer) = sign_in(&server, "arbetsgivaren", "demo").await;
    let (_, body) = graphql_with(
        &server,
        Some(("cookie", employer.as_str())),
        answer,
        json!({ "case": case, "by": "Arbetsgivaren" }),
    )
    .await;
    assert!(body.get("errors").is_none(), "{body:#}");

    // Signed out, the cookie writes nothing.
    let response = bare()
        .post(server.url("/auth/logout"))
        .header("cookie", cookie.as_str())
        .send()
        .await
        .expect("an answer");
    assert_eq!(response.status(), StatusCode::NO_CONTENT);
    let (_, body) = graphql_with(
        &server,
        session,
        RAISE,
        raise_input(&forum, "Efter utloggning"),
    )
    .await;
    assert_eq!(code(&body), "UNAUTHENTICATED", "{body:#}");
}

#[tokio::test]
async fn a_wrong_password_is_refused_and_repeated_attempts_wait() {
    let server = TestServer::start().await;
    let (status, body, cookie) = sign_in(&server, "kommunal", "fel-lösenord").await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
    assert_eq!(body["code"], "BAD_CREDENTIALS");
    assert_eq!(body["messageSv"], "Fel användarnamn eller lösenord.");
    assert!(
        cookie.is_empty() || !cookie.contains("balans_session"),
        "{cookie}"
    );
    let (status, _, _) = sign_in(&server, "ingen-sådan", "demo").await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
    let mut limited = None;
    for _ in 0..20 {
        let response = bare()
            .post(server.url("/auth/login"))
            .json(&json!({ "username": "vision", "password": "gissning" }))
            .send()
            .await
            .expect("an answer");
        if response.status() == StatusCode::TOO_MANY_REQUESTS {
            limited = Some(response);
            break;
        }
    }
    let limited = limited.expect("sign-ins are limited per user name");
    assert!(limited.headers().contains_key("retry-after"));
}

#[tokio::test]
async fn a_party_token_speaks_for_its_party_only_and_a_revoked_token_is_refused_at_once() {
    let server = TestServer::start().await;
    let forum = forum_id(&server, "FG-HÄ").await;
    let vision = token(
        &server,
        "vision-dashboard",
        Grant::party(Party::parse("Vision").expect("a party"), None),
    );
    let bearer = format!("Bearer {vision}");
    let auth = Some(("authorization", bearer.as_str()));
    let mut input = raise_input(&forum, "Lokaler");
    input["input"]["raisedBy"] = json!("Vision");
    let (_, body) = graphql_with(&server, auth, RAISE, input).await;
    assert!(body.get("errors").is_none(), "{body:#}");
    let (_, body) = graphql_with(&server, auth, RAISE, raise_input(&forum, "Som Kommunal")).await;
    assert_eq!(code(&body), "FORBIDDEN", "{body:#}");

    let id = server
        .runtime()
        .access()
        .tokens()
        .into_iter()
        .find(|t| t.name == "vision-dashboard")
        .expect("listed")
        .id;
    server
        .runtime()
        .access()
        .revoke_token(&Principal::local("test"), &id.to_string())
        .expect("revoked");
    let (status, body) = graphql_with(&server, auth, "{ forums { code } }", json!({})).await;
    assert_eq!(status, StatusCode::UNAUTHORIZED, "{body:#}");
    assert_eq!(code(&body), "UNAUTHENTICATED");
}

#[tokio::test]
async fn a_secretary_of_one_forum_writes_there_and_not_in_another() {
    let server = TestServer::start().await;
    let here = forum_id(&server, "FG-HÄ").await;
    let there = forum_id(&server, "FG-SOF").await;
    let forum = here.parse().expect("a forum id");
    let secretary = token(&server, "sekreterare-hä", Grant::secretary(Some(forum)));
    let bearer = format!("Bearer {secretary}");
    let auth = Some(("authorization", bearer.as_str()));
    let schedule = "mutation($forum: ID!) { scheduleMeeting(input: { forumId: $forum, date: \"2027-02-11\" }) { meeting { id } } }";
    let (_, body) = graphql_with(&server, auth, schedule, json!({ "forum": here })).await;
    assert!(body.get("errors").is_none(), "{body:#}");
    let head = server.runtime().store().head_position().expect("head");
    let (_, body) = graphql_with(&server, auth, schedule, json!({ "forum": there })).await;
    assert_eq!(code(&body), "FORBIDDEN", "{body:#}");
    assert!(
        body["errors"][0]["extensions"]["messageSv"]
            .as_str()
            .is_some_and(|m| m.contains("forum")),
        "{body:#}"
    );
    assert_eq!(
        server.runtime().store().head_position().expect("head"),
        head
    );
}

#[tokio::test]
async fn an_expired_token_and_an_idle_session_are_refused() {
    let settings = balans_server::auth::AuthSettings {
        session_idle: std::time::Duration::from_secs(1),
        ..Default::default()
    };
    let server = TestServer::start_with_auth(settings).await;
    let expired = server
        .runtime()
        .access()
        .create_token(
            &Principal::local("test"),
            "gammal",
            vec![Grant::secretary(None)],
            Some("2020-01-01T00:00:00Z".parse().expect("a timestamp")),
        )
        .expect("a token")
        .1;
    let bearer = format!("Bearer {expired}");
    let (status, _) = graphql_with(
        &server,
        Some(("authorization", bearer.as_str())),
        "{ forums { code } }",
        json!({}),
    )
    .await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);

    let (_, _, cookie) = sign_in(&server, "sekreterare", "demo").await;
    tokio::time::sleep(std::time::Duration::from_millis(2500)).await;
    let me = who_am_i(
        bare()
            .get(server.url("/auth/me"))
            .header("cookie", cookie.as_str()),
    )
    .await;
    assert_eq!(me["signedIn"], false, "{me:#}");
}

/// With `public_read` off nobody reads without signing in, neither GraphQL nor the exports, and a
/// signed-in person reads both. The session cookie is `HttpOnly` and `SameSite=Lax`, and
/// `Secure` where the server is reached over https.
#[tokio::test]
async fn with_public_read_off_every_read_needs_a_sign_in_and_the_cookie_is_guarded() {
    const EXPORTS: [&str; 3] = [
        "/export/cases.csv",
        "/export/cases.xlsx",
        "/export/agenda/FG-HÄ.docx",
    ];
    for secure in [false, true] {
        let server = TestServer::start_with_auth(balans_server::auth::AuthSettings {
            public_read: false,
            secure_cookie: secure,
            ..balans_server::auth::AuthSettings::default()
        })
        .await;
        let (status, body) = graphql_with(&server, None, "{ forums { code } }", json!({})).await;
        assert_eq!(status, StatusCode::UNAUTHORIZED, "{body:#}");
        assert_eq!(code(&body), "UNAUTHENTICATED", "{body:#}");
        for path in EXPORTS {
            let response = bare()
                .get(server.url(path))
                .send()
                .await
                .expect("an answer");
            assert_eq!(response.status(), StatusCode::UNAUTHORIZED, "{path}");
            let body: Value = response.json().await.expect("a JSON body");
            assert!(
                body["messageSv"]
                    .as_str()
                    .is_some_and(|m| m.starts_with("logga in för att läsa")),
                "{path}: {body:#}"
            );
        }

        let response = bare()
            .post(server.url("/auth/login"))
            .json(&json!({ "username": "kommunal", "password": "demo" }))
            .send()
            .await
            .expect("the server answers");
        assert_eq!(response.status(), StatusCode::OK);
        let set_cookie = response
            .headers()
            .get("set-cookie")
            .and_then(|v| v.to_str().ok())
            .expect("a session cookie")
            .to_string();
        let attributes: Vec<&str> = set_cookie.split(';').map(str::trim).collect();
        assert!(attributes.contains(&"HttpOnly"), "{set_cookie}");
        assert!(attributes.contains(&"SameSite=Lax"), "{set_cookie}");
        assert_eq!(attributes.contains(&"Secure"), secure, "{set_cookie}");
        let cookie = attributes[0];

        let (status, body) = graphql_with(
            &server,
            Some(("cookie", cookie)),
            "{ forums { code } }",
            json!({}),
        )
        .await;
        assert_eq!(status, StatusCode::OK, "{body:#}");
        assert!(
            body["data"]["forums"]
                .as_array()
                .is_some_and(|f| f.len() == 2)
        );
        for path in EXPORTS {
            let response = bare()
                .get(server.url(path))
                .header("cookie", cookie)
                .send()
                .await
                .expect("an answer");
            assert_eq!(response.status(), StatusCode::OK, "{path}");
        }
    }
}

/// A signed-in principal beyond its requests per minute waits: `429` with `Retry-After`, in
/// Swedish too; another principal is not held up by it.
#[tokio::test]
async fn a_principal_beyond_its_request_limit_is_told_to_wait() {
    let server = TestServer::start_with_auth(balans_server::auth::AuthSettings {
        requests_per_minute: 3,
        ..balans_server::auth::AuthSettings::default()
    })
    .await;
    let (_, _, kommunal) = sign_in(&server, "kommunal", "demo").await;
    let (_, _, vision) = sign_in(&server, "vision", "demo").await;
    let read = |cookie: String| {
        let server = &server;
        async move {
            bare()
                .post(server.url("/graphql"))
                .header("cookie", cookie)
                .json(&json!({ "query": "{ forums { code } }" }))
                .send()
                .await
                .expect("an answer")
        }
    };
    let mut statuses = Vec::new();
    let mut refused = None;
    for _ in 0..6 {
        let response = read(kommunal.clone()).await;
        statuses.push(response.status());
        if response.status() == StatusCode::TOO_MANY_REQUESTS {
            refused = Some(response);
            break;
        }
    }
    let refused = refused.unwrap_or_else(|| panic!("no 429 within 6 requests: {statuses:?}"));
    let wait: u64 = refused
        .headers()
        .get("retry-after")
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.parse().ok())
        .expect("Retry-After in seconds");
    assert!((1..=60).contains(&wait), "{wait}");
    let body: Value = refused.json().await.expect("a JSON body");
    assert!(body.to_string().contains("för många anrop"), "{body:#}");
    assert_eq!(read(vision).await.status(), StatusCode::OK);
}

/// Operations sent over an open WebSocket count against the same limit as requests: a script
/// that keeps a socket open is told to wait like one that sends requests.
#[tokio::test]
async fn operations_over_an_open_websocket_count_against_the_request_limit() {
    use super::{next_json, send};
    use tokio_tungstenite::tungstenite::client::IntoClientRequest as _;

    let server = TestServer::start_with_auth(balans_server::auth::AuthSettings {
        requests_per_minute: 3,
        ..balans_server::auth::AuthSettings::default()
    })
    .await;
    let (_, _, kommunal) = sign_in(&server, "kommunal", "demo").await;
    let mut request = format!("ws://{}/graphql/ws", server.addr)
        .into_client_request()
        .expect("a WebSocket request");
    let headers = request.headers_mut();
    headers.insert(
        "sec-websocket-protocol",
        "graphql-transport-ws".parse().expect("a header value"),
    );
    headers.insert("cookie", kommunal.parse().expect("a header value"));
    let (mut socket, _) = tokio_tungstenite::connect_async(request)
        .await
        .expect("the WebSocket handshake succeeds");
    send(&mut socket, json!({ "type": "connection_init" })).await;
    assert_eq!(next_json(&mut socket).await["type"], "connection_ack");

    let mut answers = Vec::new();
    for id in 1..=6 {
        send(
            &mut socket,
            json!({ "id": id.to_string(), "type": "subscribe", "payload": { "query": "{ forums { code } }" } }),
        )
        .await;
        let answer = next_json(&mut socket).await;
        assert_eq!(answer["type"], "next", "{answer:#}");
        assert_eq!(next_json(&mut socket).await["type"], "complete");
        answers.push(answer["payload"].clone());
    }
    let served = answers
        .iter()
        .filter(|payload| payload.get("errors").is_none())
        .count();
    assert_eq!(served, 3, "the minute's three, then a wait: {answers:#?}");
    assert!(
        answers[..3]
            .iter()
            .all(|payload| payload.get("errors").is_none())
    );
    let refused = answers.last().expect("six answers");
    let error = &refused["errors"][0]["extensions"];
    assert_eq!(error["code"], "RATE_LIMITED", "{refused:#}");
    assert_eq!(error["messageSv"], "för många anrop: vänta en stund");
    assert!(
        (1..=60).contains(&error["retryAfterSeconds"].as_u64().unwrap_or(0)),
        "{refused:#}"
    );
    assert!(refused["data"].is_null(), "{refused:#}");
}
