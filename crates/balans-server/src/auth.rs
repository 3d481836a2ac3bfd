//! Sign-in over HTTP: sessions for people, bearer tokens for scripts, the principal of each request, and limits per principal.
//!
//! Who may do what is decided in the application layer for every command; this module only
//! says who is asking. A request carries either `Authorization: Bearer balans_…` (an API token)
//! or the session cookie a sign-in set; without either it is anonymous, which may read while
//! `public_read` is on and may write nothing.

use std::num::NonZeroU32;
use std::sync::Arc;
use std::time::Duration;

use axum::Json;
use axum::extract::State;
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use balans_domain::{Principal, Role};
use balans_runtime::Runtime;
use balans_runtime::access::AccessError;
use governor::clock::{Clock as _, DefaultClock};
use governor::{DefaultKeyedRateLimiter, Quota, RateLimiter};
use serde::Deserialize;
use serde_json::{Value, json};
use tower_sessions::Session;

use crate::AppState;

/// The session's key for the signed-in person's user name.
pub(crate) const SESSION_PERSON: &str = "person";

/// What the configuration says about sign-in and limits.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AuthSettings {
    /// Anyone may read without signing in (protocols are public documents).
    pub public_read: bool,
    /// A session ends after this long without a request.
    pub session_idle: Duration,
    /// Mark the session cookie `Secure` (the server is reached over https, e.g. behind a TLS proxy).
    pub secure_cookie: bool,
    /// Requests per minute per signed-in principal (0: no limit).
    pub requests_per_minute: u32,
    /// Sign-in attempts per minute per user name.
    pub sign_ins_per_minute: u32,
}

impl Default for AuthSettings {
    fn default() -> Self {
        Self {
            public_read: true,
            session_idle: Duration::from_secs(8 * 3600),
            secure_cookie: false,
            requests_per_minute: 600,
            sign_ins_per_minute: 10,
        }
    }
}

/// How many user names the sign-in limiter remembers before it forgets those not tried lately.
const FORGET_SIGN_INS_ABOVE: usize = 10_000;

/// The rate limiters, keyed by principal id and by user name.
pub struct Limiters {
    requests: Option<DefaultKeyedRateLimiter<String>>,
    sign_ins: DefaultKeyedRateLimiter<String>,
}

impl Limiters {
    pub fn new(settings: &AuthSettings) -> Self {
        let per_minute = |n: u32| Quota::per_minute(NonZeroU32::new(n).unwrap_or(NonZeroU32::MIN));
        Self {
            requests: NonZeroU32::new(settings.requests_per_minute)
                .map(|n| RateLimiter::keyed(Quota::per_minute(n))),
            sign_ins: RateLimiter::keyed(per_minute(settings.sign_ins_per_minute)),
        }
    }

    /// `Err(wait)` when a signed-in principal has used its requests for now. Anonymous
    /// requests are limited by the query limits instead (they may only read).
    pub(crate) fn for_principal(&self, principal: &Principal) -> Result<(), Duration> {
        if principal.is_anonymous() {
            return Ok(());
        }
        self.request(&principal.id)
    }

    /// `Err(wait)` when `key` has used its requests for now.
    fn request(&self, key: &str) -> Result<(), Duration> {
        match &self.requests {
            None => Ok(()),
            Some(limiter) => check(limiter, key),
        }
    }

    fn sign_in(&self, username: &str) -> Result<(), Duration> {
        // Keyed by whatever name is sent, so forget the names whose attempts are long past
        // before they add up.
        if self.sign_ins.len() > FORGET_SIGN_INS_ABOVE {
            self.sign_ins.retain_recent();
        }
        check(&self.sign_ins, &username.trim().to_lowercase())
    }
}

fn check(limiter: &DefaultKeyedRateLimiter<String>, key: &str) -> Result<(), Duration> {
    limiter
        .check_key(&key.to_string())
        .map_err(|not_until| not_until.wait_time_from(DefaultClock::default().now()))
}

/// The session layer: an HttpOnly, `SameSite=Lax` cookie naming a session kept in `sessions`
/// (in memory, where a restart signs everyone out, or in the database the nodes share).
pub fn session_layer(
    settings: &AuthSettings,
    sessions: crate::sessions::Sessions,
) -> tower_sessions::SessionManagerLayer<crate::sessions::Sessions> {
    let idle = tower_sessions::cookie::time::Duration::seconds(
        i64::try_from(settings.session_idle.as_secs()).unwrap_or(i64::MAX),
    );
    tower_sessions::SessionManagerLayer::new(sessions)
        .with_name("balans_session")
        .with_http_only(true)
        .with_same_site(tower_sessions::cookie::SameSite::Lax)
        .with_secure(settings.secure_cookie)
        .with_expiry(tower_sessions::Expiry::OnInactivity(idle))
}

/// Why a request's credentials were not taken: the answer to send (boxed, as responses are large).
pub struct Refused(pub Box<Response>);

/// Who sends the request: the bearer token's principal, else the session's person, else anonymous.
/// A bearer token that is unknown, revoked or expired is refused outright (401), rather than
/// taken for anonymous: a dashboard should hear that its token stopped working.
pub async fn principal_of(
    runtime: &Runtime,
    headers: &HeaderMap,
    session: Option<&Session>,
) -> Result<Principal, Refused> {
    if let Some(value) = headers.get(header::AUTHORIZATION) {
        let token = value
            .to_str()
            .ok()
            .and_then(|v| {
                v.strip_prefix("Bearer ")
                    .or_else(|| v.strip_prefix("bearer "))
            })
            .unwrap_or_default();
        return token_principal(runtime, token);
    }
    let Some(session) = session else {
        return Ok(Principal::anonymous());
    };
    let username: Option<String> = session.get(SESSION_PERSON).await.ok().flatten();
    if let Some(person) = username.and_then(|name| runtime.access().person(&name)) {
        return Ok(person.principal());
    }
    let visitor: Option<crate::oidc::Visitor> = session
        .get(crate::oidc::SESSION_VISITOR)
        .await
        .ok()
        .flatten();
    Ok(
        visitor.map_or_else(Principal::anonymous, |visitor| Principal {
            id: format!("oidc:{}", visitor.subject),
            name: visitor.name,
            grants: vec![balans_domain::Grant {
                role: Role::Reader,
                party: None,
                forum: None,
            }],
        }),
    )
}

/// The principal of a bearer token (also sent in a WebSocket's `connection_init`).
pub fn token_principal(runtime: &Runtime, token: &str) -> Result<Principal, Refused> {
    runtime
        .access()
        .token_principal(token, jiff::Timestamp::now())
        .map_err(|error| {
            Refused(Box::new(error_response(
                StatusCode::UNAUTHORIZED,
                "UNAUTHENTICATED",
                &error,
            )))
        })
}

/// Why `principal` may not read on this server, in English and Swedish: nobody signed in
/// while `public_read` is off. `None` when they may.
pub fn may_not_read(
    settings: &AuthSettings,
    principal: &Principal,
) -> Option<(&'static str, &'static str)> {
    (!settings.public_read && principal.is_anonymous()).then_some((
        "sign in to read: this server does not allow anonymous reading",
        "logga in för att läsa: den här servern tillåter inte anonym läsning",
    ))
}

/// Who sends the request ([`principal_of`]), once their request limit ([`limit`]) lets it through.
pub async fn limited_principal(
    state: &AppState,
    headers: &HeaderMap,
    session: &Session,
) -> Result<Principal, Refused> {
    let principal = principal_of(&state.runtime, headers, Some(session)).await?;
    limit(state, &principal)?;
    Ok(principal)
}

/// Applies the request limit of a signed-in principal ([`Limiters::for_principal`]).
pub fn limit(state: &AppState, principal: &Principal) -> Result<(), Refused> {
    state.limiters.for_principal(principal).map_err(|wait| {
        let (english, swedish) = TOO_MANY_REQUESTS;
        Refused(Box::new(too_many(wait, english, swedish)))
    })
}

/// The code of a refusal for too many requests, in a response and in a GraphQL error.
pub(crate) const RATE_LIMITED: &str = "RATE_LIMITED";

/// What a refusal for too many requests says, in English and in Swedish.
pub(crate) const TOO_MANY_REQUESTS: (&str, &str) = (
    "too many requests: wait a moment",
    "för många anrop: vänta en stund",
);

fn too_many(wait: Duration, english: &str, swedish: &str) -> Response {
    let seconds = wait.as_secs().max(1);
    let mut response = (
        StatusCode::TOO_MANY_REQUESTS,
        Json(json!({
            "errors": [{ "message": english, "extensions": { "code": RATE_LIMITED, "messageSv": swedish } }],
            "code": RATE_LIMITED,
            "messageSv": swedish,
        })),
    )
        .into_response();
    if let Ok(value) = HeaderValue::from_str(&seconds.to_string()) {
        response.headers_mut().insert(header::RETRY_AFTER, value);
    }
    response
}

fn error_response(status: StatusCode, code: &str, error: &AccessError) -> Response {
    let swedish = error.swedish();
    (
        status,
        Json(json!({
            "errors": [{ "message": error.to_string(), "extensions": { "code": code, "messageSv": swedish } }],
            "code": code,
            "messageSv": swedish,
        })),
    )
        .into_response()
}

/// Who the request is, for the web UI: `GET /auth/me`.
pub async fn me(State(state): State<AppState>, session: Session, headers: HeaderMap) -> Response {
    match principal_of(&state.runtime, &headers, Some(&session)).await {
        Ok(principal) => Json(describe(&state, &principal)).into_response(),
        Err(Refused(response)) => *response,
    }
}

/// The body of `/auth/me` and of a sign-in's answer.
fn describe(state: &AppState, principal: &Principal) -> Value {
    let signed_in = !principal.is_anonymous();
    let grants: Vec<Value> = {
        let live = state.runtime.live();
        principal
            .grants
            .iter()
            .map(|grant| {
                json!({
                    "role": grant.role.name(),
                    "party": grant.party.as_ref().map(|p| p.name().to_string()),
                    "forum": grant.forum.map(|id| live.forums.get(&id).map_or_else(|| id.to_string(), |f| f.code.clone())),
                })
            })
            .collect()
    };
    let kind = principal.id.split(':').next().unwrap_or("anonymous");
    json!({
        "signedIn": signed_in,
        "principal": signed_in.then(|| json!({ "id": principal.id, "name": principal.name, "kind": kind })),
        "grants": grants,
        "canWrite": principal.can_write(),
        "isAdmin": principal.grants.iter().any(|g| g.role == Role::Admin),
        "publicRead": state.auth.public_read,
        "signInMethods": if state.oidc.is_some() { json!(["password", "oidc"]) } else { json!(["password"]) },
    })
}

#[derive(Deserialize)]
pub struct SignIn {
    username: String,
    password: String,
}

/// Signs a person in with a user name and password: `POST /auth/login` (JSON).
pub async fn login(
    State(state): State<AppState>,
    session: Session,
    headers: HeaderMap,
    body: Result<Json<SignIn>, axum::extract::rejection::JsonRejection>,
) -> Response {
    if let Some(refusal) = crate::graphql::foreign_origin(&state, &headers) {
        return refusal;
    }
    let Ok(Json(sign_in)) = body else {
        return error_response(
            StatusCode::BAD_REQUEST,
            "BAD_INPUT",
            &AccessError::BadInput(
                "send JSON with username and password".into(),
                "skicka JSON med username och password".into(),
            ),
        );
    };
    if let Err(wait) = state.limiters.sign_in(&sign_in.username) {
        return too_many(
            wait,
            "too many sign-in attempts for this user name: wait a minute",
            "för många inloggningsförsök för det här användarnamnet: vänta en minut",
        );
    }
    let runtime = Arc::clone(&state.runtime);
    // Checking a password hash takes a moment of CPU: off the async workers.
    let checked = tokio::task::spawn_blocking(move || {
        runtime
            .access()
            .sign_in(&sign_in.username, &sign_in.password)
    })
    .await;
    let person = match checked {
        Ok(Ok(person)) => person,
        Ok(Err(error)) => {
            tracing::info!("a sign-in was refused");
            return error_response(StatusCode::UNAUTHORIZED, "BAD_CREDENTIALS", &error);
        }
        Err(_) => return StatusCode::INTERNAL_SERVER_ERROR.into_response(),
    };
    // A new session id at sign-in, so that an id planted before cannot be signed in.
    if session.cycle_id().await.is_err()
        || session
            .insert(SESSION_PERSON, person.username.clone())
            .await
            .is_err()
    {
        return StatusCode::INTERNAL_SERVER_ERROR.into_response();
    }
    tracing::info!(person = %person.username, "signed in");
    Json(describe(&state, &person.principal())).into_response()
}

/// Ends the session: `POST /auth/logout`.
pub async fn logout(
    State(state): State<AppState>,
    session: Session,
    headers: HeaderMap,
) -> Response {
    if let Some(refusal) = crate::graphql::foreign_origin(&state, &headers) {
        return refusal;
    }
    // A session that cannot be removed from memory is gone at the next restart anyway.
    let _ = session.flush().await;
    StatusCode::NO_CONTENT.into_response()
}
