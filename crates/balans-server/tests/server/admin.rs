//! Administration over HTTP: an admin manages people, roles and API tokens while the server runs; nobody else may, and bad input is named in Swedish.

use balans_domain::{Grant, Principal, Role};
use reqwest::StatusCode;
use serde_json::{Value, json};

use super::auth::who_am_i;
use super::{RAISE, TestServer, forum_id, raise_input};

/// The first admin's password in these tests.
const ADMIN_PASSWORD: &str = "administratör-1";

const ADD_PERSON: &str = "mutation($username: String!, $name: String, $password: String, $oidc: Boolean, $grants: [GrantInput!]!) {
    addPerson(username: $username, name: $name, password: $password, oidc: $oidc, grants: $grants) {
        person { username name hasPassword grants { role party forum { code } } }
        password
    }
}";
const SET_PASSWORD: &str = "mutation($username: String!, $password: String) {
    setPassword(username: $username, password: $password) { username password }
}";
const SET_GRANTS: &str = "mutation($username: String!, $grants: [GrantInput!]!) {
    setGrants(username: $username, grants: $grants) { username grants { role party forum { code } } }
}";
const REMOVE_PERSON: &str = "mutation($username: String!) { removePerson(username: $username) }";
const CREATE_TOKEN: &str =
    "mutation($name: String!, $role: Role!, $party: String, $forum: ID, $expires: Date) {
    createApiToken(name: $name, role: $role, party: $party, forum: $forum, expires: $expires) {
        token { id name revoked expires grants { role party forum { code } } }
        secret
    }
}";
const REVOKE_TOKEN: &str = "mutation($id: ID!) { revokeApiToken(id: $id) { id name revoked } }";
const PEOPLE: &str =
    "{ people { username name hasPassword grants { role party forum { code } } } }";
const TOKENS: &str = "{ apiTokens { id name revoked expired createdBy grants { role } } }";

/// A client that keeps the cookies of its own sign-in and sends nothing else.
fn browser() -> reqwest::Client {
    reqwest::Client::builder()
        .cookie_store(true)
        .build()
        .expect("a client")
}

/// Signs `client` in; returns the status.
async fn sign_in(
    server: &TestServer,
    client: &reqwest::Client,
    user: &str,
    password: &str,
) -> StatusCode {
    client
        .post(server.url("/auth/login"))
        .json(&json!({ "username": user, "password": password }))
        .send()
        .await
        .expect("the server answers")
        .status()
}

/// A client signed in as the first admin (made as the server's first start makes it).
async fn admin(server: &TestServer) -> reqwest::Client {
    server
        .runtime()
        .ensure_admin(Some(ADMIN_PASSWORD))
        .expect("the first admin is made");
    let client = browser();
    assert_eq!(
        sign_in(server, &client, "admin", ADMIN_PASSWORD).await,
        StatusCode::OK
    );
    client
}

/// Posts GraphQL with `client` (its cookies), optionally with a bearer token.
async fn graphql(
    server: &TestServer,
    client: &reqwest::Client,
    bearer: Option<&str>,
    query: &str,
    variables: Value,
) -> (StatusCode, Value) {
    let mut request = client
        .post(server.url("/graphql"))
        .json(&json!({ "query": query, "variables": variables }));
    if let Some(token) = bearer {
        request = request.bearer_auth(token);
    }
    let response = request.send().await.expect("the server answers");
    let status = response.status();
    (status, response.json().await.expect("a JSON body"))
}

/// Posts GraphQL that must succeed; returns its `data`.
async fn ok(server: &TestServer, client: &reqwest::Client, query: &str, variables: Value) -> Value {
    let (status, body) = graphql(server, client, None, query, variables).await;
    assert_eq!(status, StatusCode::OK, "{body:#}");
    assert!(body.get("errors").is_none(), "unexpected errors: {body:#}");
    body["data"].clone()
}

/// Posts GraphQL that must fail; returns the first error's code and Swedish message.
async fn refused(
    server: &TestServer,
    client: &reqwest::Client,
    query: &str,
    variables: Value,
) -> (String, String) {
    let (_, body) = graphql(server, client, None, query, variables).await;
    let error = &body["errors"][0];
    assert!(error.is_object(), "expected an error: {body:#}");
    (
        error["extensions"]["code"]
            .as_str()
            .unwrap_or("<none>")
            .to_string(),
        error["extensions"]["messageSv"]
            .as_str()
            .unwrap_or("<none>")
            .to_string(),
    )
}

/// What the access log holds, to check that a refusal stored nothing.
fn directory(server: &TestServer) -> (Vec<String>, usize) {
    let access = server.runtime().access();
    (
        access
            .people()
            .iter()
            .map(|p| format!("{} {:?}", p.username, p.grants))
            .collect(),
        access.tokens().iter().filter(|t| !t.revoked).count(),
    )
}

#[tokio::test]
async fn an_admin_adds_a_person_who_signs_in_at_once_and_changes_to_them_hold_at_once() {
    let server = TestServer::start().await;
    let admin = admin(&server).await;

    // No password typed: one is generated and shown once.
    let added = ok(
        &server,
        &admin,
        ADD_PERSON,
        json!({ "username": "Anna.A", "name": "Anna Andersson",
                "grants": [{ "role": "PARTY", "party": "kommunal", "forum": "FG-HÄ" }] }),
    )
    .await;
    let password = added["addPerson"]["password"]
        .as_str()
        .expect("a generated password");
    assert!(password.chars().count() >= 10, "{password}");
    assert_eq!(
        added["addPerson"]["person"],
        json!({ "username": "anna.a", "name": "Anna Andersson", "hasPassword": true,
                "grants": [{ "role": "PARTY", "party": "Kommunal", "forum": { "code": "FG-HÄ" } }] })
    );

    let anna = browser();
    assert_eq!(
        sign_in(&server, &anna, "anna.a", password).await,
        StatusCode::OK
    );
    let me = who_am_i(anna.get(server.url("/auth/me"))).await;
    assert_eq!(me["principal"]["name"], "Anna Andersson");
    assert_eq!(me["grants"][0]["party"], "Kommunal");

    // New roles count at Anna's next request, in the same session.
    ok(
        &server,
        &admin,
        SET_GRANTS,
        json!({ "username": "anna.a", "grants": [{ "role": "SECRETARY" }] }),
    )
    .await;
    let me = who_am_i(anna.get(server.url("/auth/me"))).await;
    assert_eq!(me["grants"][0]["role"], "secretary", "{me:#}");

    // A reset: the old password stops working, the new one works.
    let reset = ok(
        &server,
        &admin,
        SET_PASSWORD,
        json!({ "username": "anna.a" }),
    )
    .await;
    let new_password = reset["setPassword"]["password"]
        .as_str()
        .expect("a new password");
    assert_eq!(
        sign_in(&server, &browser(), "anna.a", password).await,
        StatusCode::UNAUTHORIZED
    );
    assert_eq!(
        sign_in(&server, &browser(), "anna.a", new_password).await,
        StatusCode::OK
    );
    // A typed password is taken and not echoed.
    let typed = ok(
        &server,
        &admin,
        SET_PASSWORD,
        json!({ "username": "anna.a", "password": "ett eget lösenord" }),
    )
    .await;
    assert_eq!(typed["setPassword"]["password"], Value::Null);

    // The list names people and roles, and never a hash.
    let people = ok(&server, &admin, PEOPLE, json!({})).await;
    let listed = people["people"].as_array().expect("people");
    assert!(listed.iter().any(|p| p["username"] == "anna.a"));
    assert!(
        listed
            .iter()
            .any(|p| p["username"] == "admin" && p["grants"][0]["role"] == "ADMIN")
    );
    assert!(!people.to_string().contains("argon2"), "{people:#}");

    // Removed: Anna's open session is anonymous at its next request.
    let removed = ok(
        &server,
        &admin,
        REMOVE_PERSON,
        json!({ "username": "anna.a" }),
    )
    .await;
    assert_eq!(removed["removePerson"], "anna.a");
    let me = who_am_i(anna.get(server.url("/auth/me"))).await;
    assert_eq!(me["signedIn"], false, "{me:#}");

    // Someone who signs in only through the OpenID provider has no password.
    let oidc = ok(
        &server,
        &admin,
        ADD_PERSON,
        json!({ "username": "bertil@kommun.se", "oidc": true, "grants": [{ "role": "READER" }] }),
    )
    .await;
    assert_eq!(oidc["addPerson"]["password"], Value::Null);
    assert_eq!(oidc["addPerson"]["person"]["hasPassword"], false);
}

#[tokio::test]
async fn a_token_made_by_an_admin_works_as_a_bearer_at_once_and_stops_at_revoke() {
    let server = TestServer::start().await;
    let admin = admin(&server).await;
    let forum = forum_id(&server, "FG-HÄ").await;

    let created = ok(
        &server,
        &admin,
        CREATE_TOKEN,
        json!({ "name": "Skript FG-HÄ", "role": "SECRETARY", "forum": "FG-HÄ", "expires": "2099-12-31" }),
    )
    .await;
    let secret = created["createApiToken"]["secret"]
        .as_str()
        .expect("a secret");
    let id = created["createApiToken"]["token"]["id"]
        .as_str()
        .expect("an id")
        .to_string();
    assert!(secret.starts_with("balans_"), "{secret}");
    assert_eq!(
        created["createApiToken"]["token"]["grants"][0],
        json!({ "role": "SECRETARY", "party": null, "forum": { "code": "FG-HÄ" } })
    );
    assert!(
        created["createApiToken"]["token"]["expires"]
            .as_str()
            .is_some_and(|e| e.starts_with("2099-12-31T23:59:59")),
        "{created:#}"
    );

    let bare = reqwest::Client::new();
    let (status, body) = graphql(
        &server,
        &bare,
        Some(secret),
        RAISE,
        raise_input(&forum, "Skrivet med en ny nyckel"),
    )
    .await;
    assert_eq!(status, StatusCode::OK);
    assert!(body.get("errors").is_none(), "{body:#}");

    // Listed without its secret, with who made it.
    let tokens = ok(&server, &admin, TOKENS, json!({})).await;
    let listed = tokens["apiTokens"]
        .as_array()
        .expect("tokens")
        .iter()
        .find(|t| t["id"] == id.as_str())
        .expect("the new token is listed")
        .clone();
    assert_eq!(listed["createdBy"], "Administratör");
    assert_eq!(listed["revoked"], false);
    assert!(!tokens.to_string().contains(secret));

    let revoked = ok(&server, &admin, REVOKE_TOKEN, json!({ "id": id })).await;
    assert_eq!(revoked["revokeApiToken"]["revoked"], true);
    let (status, body) = graphql(
        &server,
        &bare,
        Some(secret),
        RAISE,
        raise_input(&forum, "Efter återkallelsen"),
    )
    .await;
    assert_eq!(status, StatusCode::UNAUTHORIZED, "{body:#}");
}

#[tokio::test]
async fn only_an_admin_may_see_or_change_people_and_tokens() {
    let server = TestServer::start().await;
    let _admin = admin(&server).await;
    let secretary = browser();
    assert_eq!(
        sign_in(&server, &secretary, "sekreterare", "demo").await,
        StatusCode::OK
    );
    let party = browser();
    assert_eq!(
        sign_in(&server, &party, "kommunal", "demo").await,
        StatusCode::OK
    );
    let reader = server
        .runtime()
        .access()
        .create_token(
            &Principal::local("test"),
            "läsare",
            vec![Grant {
                role: Role::Reader,
                party: None,
                forum: None,
            }],
            None,
        )
        .expect("a token")
        .1;
    let anonymous = reqwest::Client::new();
    let before = directory(&server);

    let attempts: &[(&str, Value)] = &[
        (PEOPLE, json!({})),
        (TOKENS, json!({})),
        (
            ADD_PERSON,
            json!({ "username": "smygare", "password": "ett långt lösenord", "grants": [{ "role": "ADMIN" }] }),
        ),
        (
            SET_PASSWORD,
            json!({ "username": "admin", "password": "ett nytt lösenord" }),
        ),
        (
            SET_GRANTS,
            json!({ "username": "kommunal", "grants": [{ "role": "ADMIN" }] }),
        ),
        (REMOVE_PERSON, json!({ "username": "admin" })),
        (CREATE_TOKEN, json!({ "name": "egen", "role": "ADMIN" })),
        (REVOKE_TOKEN, json!({ "id": "test-sekreterare" })),
    ];
    let who: [(&str, &reqwest::Client, Option<&str>, &str); 4] = [
        ("secretary", &secretary, None, "FORBIDDEN"),
        ("party", &party, None, "FORBIDDEN"),
        (
            "reader token",
            &anonymous,
            Some(reader.as_str()),
            "FORBIDDEN",
        ),
        ("anonymous", &anonymous, None, "UNAUTHENTICATED"),
    ];
    for (name, client, bearer, expected) in who {
        for (query, variables) in attempts {
            let (_, body) = graphql(&server, client, bearer, query, variables.clone()).await;
            let error = &body["errors"][0];
            assert_eq!(
                error["extensions"]["code"], expected,
                "{name}: {query}: {body:#}"
            );
            assert!(
                error["extensions"]["messageSv"]
                    .as_str()
                    .is_some_and(|m| m.contains("administratör")),
                "{name}: {body:#}"
            );
            assert!(
                body["data"].is_null()
                    || body["data"]
                        .as_object()
                        .is_some_and(|d| d.values().all(Value::is_null)),
                "{name}: {query}: {body:#}"
            );
        }
    }
    assert_eq!(
        directory(&server),
        before,
        "a refused change stored nothing"
    );
    assert_eq!(
        sign_in(&server, &browser(), "admin", ADMIN_PASSWORD).await,
        StatusCode::OK
    );
}

#[tokio::test]
async fn bad_input_is_named_in_swedish_and_changes_nothing() {
    let server = TestServer::start().await;
    let admin = admin(&server).await;
    let before = directory(&server);

    let cases: &[(&str, Value, &str, &str)] = &[
        (
            ADD_PERSON,
            json!({ "username": "KOMMUNAL", "grants": [{ "role": "READER" }] }),
            "BAD_INPUT",
            "Det finns redan en person som heter kommunal",
        ),
        (
            ADD_PERSON,
            json!({ "username": "ny", "password": "kort", "grants": [{ "role": "READER" }] }),
            "BAD_INPUT",
            "minst 10 tecken",
        ),
        (
            ADD_PERSON,
            json!({ "username": "ny", "grants": [{ "role": "PARTY", "party": "Kommunall" }] }),
            "NOT_FOUND",
            "det finns ingen part som heter \"Kommunall\"",
        ),
        (
            ADD_PERSON,
            json!({ "username": "ny", "grants": [{ "role": "SECRETARY", "forum": "FG-XX" }] }),
            "NOT_FOUND",
            "FG-XX",
        ),
        (
            ADD_PERSON,
            json!({ "username": "ny", "grants": [{ "role": "PARTY" }] }),
            "BAD_INPUT",
            "rollen party behöver",
        ),
        (
            ADD_PERSON,
            json!({ "username": "ny", "grants": [] }),
            "BAD_INPUT",
            "välj minst en roll",
        ),
        (
            ADD_PERSON,
            json!({ "username": "två ord", "grants": [{ "role": "READER" }] }),
            "BAD_INPUT",
            "utan mellanslag",
        ),
        (
            ADD_PERSON,
            json!({ "username": "ny", "password": "ett långt lösenord", "oidc": true, "grants": [{ "role": "READER" }] }),
            "BAD_INPUT",
            "inte båda",
        ),
        (
            SET_PASSWORD,
            json!({ "username": "kommunal", "password": "kort" }),
            "BAD_INPUT",
            "minst 10 tecken",
        ),
        (
            SET_PASSWORD,
            json!({ "username": "ingen" }),
            "NOT_FOUND",
            "Det finns ingen person som heter ingen",
        ),
        (
            REMOVE_PERSON,
            json!({ "username": "admin" }),
            "DOMAIN_RULE",
            "kan inte ta bort sitt eget konto",
        ),
        (
            SET_GRANTS,
            json!({ "username": "admin", "grants": [{ "role": "READER" }] }),
            "DOMAIN_RULE",
            "administratörsrollen",
        ),
        (
            CREATE_TOKEN,
            json!({ "name": "gammal", "role": "READER", "expires": "2020-01-01" }),
            "BAD_INPUT",
            "redan passerat",
        ),
        (
            CREATE_TOKEN,
            json!({ "name": " ", "role": "READER" }),
            "BAD_INPUT",
            "namn på 1–100 tecken",
        ),
        (
            REVOKE_TOKEN,
            json!({ "id": "01ARZ3NDEKTSV4RRFFQ69G5FAV" }),
            "NOT_FOUND",
            "Det finns ingen token",
        ),
    ];
    for (query, variables, code, swedish) in cases {
        let (got_code, got_swedish) = refused(&server, &admin, query, variables.clone()).await;
        assert_eq!(got_code, *code, "{variables}: {got_swedish}");
        assert!(got_swedish.contains(*swedish), "{variables}: {got_swedish}");
    }
    assert_eq!(
        directory(&server),
        before,
        "a refused change stored nothing"
    );
}

#[tokio::test]
async fn the_last_admin_stays_an_admin() {
    let server = TestServer::start().await;
    let _admin = admin(&server).await;
    // An admin token is not a person: it could otherwise remove the only admin who can sign in.
    let (_, admin_token) = server
        .runtime()
        .access()
        .create_token(
            &Principal::local("test"),
            "drift",
            vec![Grant::admin()],
            None,
        )
        .expect("a token");
    let bare = reqwest::Client::new();
    let before = directory(&server);
    for (query, variables) in [
        (REMOVE_PERSON, json!({ "username": "admin" })),
        (
            SET_GRANTS,
            json!({ "username": "admin", "grants": [{ "role": "SECRETARY" }] }),
        ),
    ] {
        let (_, body) = graphql(&server, &bare, Some(admin_token.as_str()), query, variables).await;
        let error = &body["errors"][0]["extensions"];
        assert_eq!(error["code"], "DOMAIN_RULE", "{body:#}");
        assert_eq!(error["rule"], "LAST_ADMIN", "{body:#}");
        assert!(
            error["messageSv"]
                .as_str()
                .is_some_and(|m| m.contains("sista administratören")),
            "{body:#}"
        );
    }
    assert_eq!(directory(&server), before);

    // With a second admin, the first may go.
    let (status, body) = graphql(
        &server,
        &bare,
        Some(admin_token.as_str()),
        ADD_PERSON,
        json!({ "username": "admin2", "password": "ett långt lösenord", "grants": [{ "role": "ADMIN" }] }),
    )
    .await;
    assert_eq!(status, StatusCode::OK);
    assert!(body.get("errors").is_none(), "{body:#}");
    let (_, body) = graphql(
        &server,
        &bare,
        Some(admin_token.as_str()),
        REMOVE_PERSON,
        json!({ "username": "admin" }),
    )
    .await;
    assert!(body.get("errors").is_none(), "{body:#}");
    assert!(server.runtime().access().person("admin").is_none());
}

/// A WebSocket keeps what its `connection_init` said for as long as it is open; a token revoked
/// meanwhile writes nothing more through it, from the next operation on.
#[tokio::test]
async fn a_websocket_signed_in_with_a_token_stops_writing_when_the_token_is_revoked() {
    use super::{next_json, send};
    use tokio_tungstenite::tungstenite::client::IntoClientRequest as _;

    let server = TestServer::start().await;
    let admin = admin(&server).await;
    let forum = forum_id(&server, "FG-HÄ").await;
    let created = ok(
        &server,
        &admin,
        CREATE_TOKEN,
        json!({ "name": "Tavla", "role": "SECRETARY", "forum": "FG-HÄ" }),
    )
    .await;
    let secret = created["createApiToken"]["secret"]
        .as_str()
        .expect("a secret")
        .to_string();
    let id = created["createApiToken"]["token"]["id"]
        .as_str()
        .expect("an id")
        .to_string();

    let mut request = format!("ws://{}/graphql/ws", server.addr)
        .into_client_request()
        .expect("a WebSocket request");
    request.headers_mut().insert(
        "sec-websocket-protocol",
        "graphql-transport-ws".parse().expect("a header value"),
    );
    let (mut socket, _) = tokio_tungstenite::connect_async(request)
        .await
        .expect("the WebSocket handshake succeeds");
    send(
        &mut socket,
        json!({ "type": "connection_init", "payload": { "authorization": format!("Bearer {secret}") } }),
    )
    .await;
    assert_eq!(next_json(&mut socket).await["type"], "connection_ack");
    let raise = |id: &str, title: &str| json!({ "id": id, "type": "subscribe", "payload": { "query": RAISE, "variables": raise_input(&forum, title) } });

    send(&mut socket, raise("1", "Skrivet över en WebSocket")).await;
    let written = next_json(&mut socket).await;
    assert_eq!(written["type"], "next", "{written:#}");
    assert!(written["payload"].get("errors").is_none(), "{written:#}");
    assert_eq!(next_json(&mut socket).await["type"], "complete");

    ok(&server, &admin, REVOKE_TOKEN, json!({ "id": id })).await;
    send(&mut socket, raise("2", "Efter återkallelsen")).await;
    let refused = next_json(&mut socket).await;
    assert_eq!(
        refused["payload"]["errors"][0]["extensions"]["code"], "UNAUTHENTICATED",
        "{refused:#}"
    );
    assert!(refused["payload"]["data"].is_null(), "{refused:#}");
}
