//! GraphQL over HTTP (POST, with GraphiQL on GET) and over WebSocket (graphql-transport-ws).

use async_graphql::http::ALL_WEBSOCKET_PROTOCOLS;
use async_graphql_axum::{GraphQLProtocol, GraphQLWebSocket};
use axum::body::Bytes;
use axum::extract::rejection::BytesRejection;
use axum::extract::ws::{CloseFrame, Message, WebSocketUpgrade};
use axum::extract::{FromRequest, Request, State};
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{Html, IntoResponse, Response};
use balans_graphql::error::code;
use futures_util::{SinkExt as _, StreamExt as _};
use serde_json::json;

use crate::AppState;

/// Codes the server gives beside those of `balans_graphql::error::code`.
pub mod server_code {
    /// The request body is larger than `body_limit`.
    pub const PAYLOAD_TOO_LARGE: &str = "PAYLOAD_TOO_LARGE";
    /// A browser request that another site's page could have sent: a multipart request without
    /// the preflight header, or a page of an origin the server does not allow.
    pub const FORBIDDEN_ORIGIN: &str = "FORBIDDEN_ORIGIN";
}

/// The header a multipart request must carry. A form on another site can post
/// multipart/form-data without a CORS preflight, but cannot set a header of its own; any value
/// will do. (`Apollo-Require-Preflight`, which Apollo's clients send, is taken too.)
pub const PREFLIGHT_HEADER: &str = "x-balans-csrf";

/// The WebSocket close code for "going away": the server is shutting down.
const GOING_AWAY: u16 = 1001;

/// GraphiQL, pointed at this server's endpoints, with its scripts and styles served from the
/// binary (`assets/graphiql/`): nothing is loaded from elsewhere, so it works without internet.
pub async fn graphiql() -> Html<&'static str> {
    Html(include_str!("../assets/graphiql/index.html"))
}

/// GraphiQL's scripts and style sheet, by name.
pub async fn graphiql_asset(axum::extract::Path(name): axum::extract::Path<String>) -> Response {
    let (content_type, body): (&str, &'static [u8]) = match name.as_str() {
        "graphiql.min.js" => (
            "text/javascript; charset=utf-8",
            include_bytes!("../assets/graphiql/graphiql.min.js"),
        ),
        "graphiql.min.css" => (
            "text/css; charset=utf-8",
            include_bytes!("../assets/graphiql/graphiql.min.css"),
        ),
        "react.production.min.js" => (
            "text/javascript; charset=utf-8",
            include_bytes!("../assets/graphiql/react.production.min.js"),
        ),
        "react-dom.production.min.js" => (
            "text/javascript; charset=utf-8",
            include_bytes!("../assets/graphiql/react-dom.production.min.js"),
        ),
        _ => return (StatusCode::NOT_FOUND, "not found\n").into_response(),
    };
    (
        [
            (header::CONTENT_TYPE, content_type),
            // The files change only with the binary.
            (header::CACHE_CONTROL, "public, max-age=86400"),
        ],
        body,
    )
        .into_response()
}

/// Runs one query or mutation. Errors of the request itself (not JSON, too large) come back in
/// the GraphQL error shape too, with an HTTP status and an `extensions.code`.
pub async fn graphql_post(
    State(state): State<AppState>,
    session: tower_sessions::Session,
    request: Request,
) -> Response {
    let multipart = multipart_content_type(request.headers());
    if let Some(refusal) = foreign_origin(&state, request.headers()) {
        return refusal;
    }
    let principal = match crate::auth::limited_principal(&state, request.headers(), &session).await
    {
        Ok(principal) => principal,
        Err(crate::auth::Refused(response)) => return *response,
    };
    if let Some((english, swedish)) = crate::auth::may_not_read(&state.auth, &principal) {
        return request_error(
            &state,
            StatusCode::UNAUTHORIZED,
            "UNAUTHENTICATED",
            english.to_string(),
            swedish.to_string(),
        );
    }
    if multipart.is_some()
        && !request.headers().contains_key(PREFLIGHT_HEADER)
        && !request.headers().contains_key("apollo-require-preflight")
    {
        return request_error(
            &state,
            StatusCode::BAD_REQUEST,
            server_code::FORBIDDEN_ORIGIN,
            format!(
                "a multipart request must carry the header {PREFLIGHT_HEADER} (any value), so that no other site's form can send it"
            ),
            format!(
                "en multipart-begäran måste ha huvudet {PREFLIGHT_HEADER} (vilket värde som helst), så att ingen annan webbplats formulär kan skicka den"
            ),
        );
    }
    if multipart.is_none() && !is_json(request.headers()) {
        return request_error(
            &state,
            StatusCode::UNSUPPORTED_MEDIA_TYPE,
            code::BAD_INPUT,
            "send the request as JSON (Content-Type: application/json), or as multipart/form-data with an upload"
                .to_string(),
            "skicka begäran som JSON (Content-Type: application/json), eller som multipart/form-data med en fil".to_string(),
        );
    }
    let body = match Bytes::from_request(request, &()).await {
        Ok(body) => body,
        Err(rejection) => return body_error(&state, &rejection),
    };
    let parsed = match multipart {
        // The GraphQL multipart request spec: an upload (a protocol file) beside the operation.
        Some(content_type) => async_graphql::http::receive_body(
            Some(content_type),
            futures_util::io::Cursor::new(body),
            async_graphql::http::MultipartOptions::default().max_file_size(state.limits.body_limit),
        )
        .await
        .map_err(|error| format!("the multipart body is not a GraphQL request: {error}")),
        None => serde_json::from_slice::<async_graphql::Request>(&body)
            .map_err(|error| format!("the body is not a GraphQL request in JSON: {error}")),
    };
    let request = match parsed {
        Ok(request) => request,
        Err(message) => {
            return request_error(
                &state,
                StatusCode::BAD_REQUEST,
                code::BAD_INPUT,
                message,
                "innehållet är ingen GraphQL-begäran".to_string(),
            );
        }
    };
    let response = balans_graphql::execute(&state.schema, request.data(principal)).await;
    for error in &response.errors {
        let code = error
            .extensions
            .as_ref()
            .and_then(|extensions| extensions.get("code"))
            .and_then(|value| match value {
                async_graphql::Value::String(code) => Some(code.as_str()),
                _ => None,
            })
            .unwrap_or("NONE");
        state.metrics.graphql_error(code);
    }
    let headers = response.http_headers.clone();
    let mut http = axum::Json(response).into_response();
    http.headers_mut().extend(headers);
    http
}

/// Whether the body is declared JSON. Requiring it keeps browsers from sending mutations in
/// cross-site "simple" form posts (text/plain), which need no CORS preflight.
/// The content type of a multipart/form-data request, with its boundary.
fn multipart_content_type(headers: &HeaderMap) -> Option<String> {
    headers
        .get(header::CONTENT_TYPE)
        .and_then(|value| value.to_str().ok())
        .filter(|value| {
            value
                .split(';')
                .next()
                .is_some_and(|essence| essence.trim().eq_ignore_ascii_case("multipart/form-data"))
        })
        .map(str::to_string)
}

fn is_json(headers: &HeaderMap) -> bool {
    headers
        .get(header::CONTENT_TYPE)
        .and_then(|value| value.to_str().ok())
        .and_then(|value| value.split(';').next())
        .is_some_and(|essence| {
            let essence = essence.trim();
            essence.eq_ignore_ascii_case("application/json")
                || essence.eq_ignore_ascii_case("application/graphql-response+json")
        })
}

fn body_error(state: &AppState, rejection: &BytesRejection) -> Response {
    let status = rejection.status();
    if status == StatusCode::PAYLOAD_TOO_LARGE {
        request_error(
            state,
            status,
            server_code::PAYLOAD_TOO_LARGE,
            format!(
                "the request body is larger than {} bytes",
                state.limits.body_limit
            ),
            format!("begäran är större än {} byte", state.limits.body_limit),
        )
    } else {
        request_error(
            state,
            status,
            code::BAD_INPUT,
            rejection.body_text(),
            "begäran gick inte att läsa".to_string(),
        )
    }
}

/// An error of the request itself, in the GraphQL error shape, in English and (`messageSv`) in
/// Swedish.
fn request_error(
    state: &AppState,
    status: StatusCode,
    code: &str,
    message: String,
    swedish: String,
) -> Response {
    state.metrics.graphql_error(code);
    let body = json!({ "errors": [{ "message": message, "extensions": { "code": code, "messageSv": swedish } }] });
    (status, axum::Json(body)).into_response()
}

/// A refusal of a browser request from a page of another origin than the server's own or the
/// allowed ones; `None` for a request without `Origin` (not from a browser page) or an allowed
/// one. Browsers send `Origin` on every WebSocket handshake and cross-origin POST, and a
/// WebSocket has no CORS to protect it.
pub(crate) fn foreign_origin(state: &AppState, headers: &HeaderMap) -> Option<Response> {
    let origin = headers.get(header::ORIGIN)?.to_str().unwrap_or("?");
    let origin = origin.trim_end_matches('/').to_ascii_lowercase();
    let host = headers
        .get(header::HOST)
        .and_then(|host| host.to_str().ok())
        .unwrap_or_default()
        .to_ascii_lowercase();
    let own = ["http://", "https://"]
        .iter()
        .any(|scheme| origin.strip_prefix(scheme) == Some(host.as_str()));
    if own || state.limits.allowed_origins.contains(&origin) {
        return None;
    }
    Some(request_error(
        state,
        StatusCode::FORBIDDEN,
        server_code::FORBIDDEN_ORIGIN,
        format!(
            "pages of {origin} may not call this server; add the origin to allowed_origins if they should"
        ),
        format!(
            "sidor från {origin} får inte anropa servern; lägg till ursprunget i allowed_origins om de ska få det"
        ),
    ))
}

/// The schema as one WebSocket connection runs it: each operation sent over the socket counts
/// against its principal's request limit, as each HTTP request does, so that a script cannot
/// step around the limit by keeping a socket open.
#[derive(Clone)]
struct LimitedSocket {
    schema: balans_graphql::BalansSchema,
    limiters: std::sync::Arc<crate::auth::Limiters>,
}

impl async_graphql::Executor for LimitedSocket {
    async fn execute(&self, request: async_graphql::Request) -> async_graphql::Response {
        self.schema.execute(request).await
    }

    fn execute_stream(
        &self,
        request: async_graphql::Request,
        session_data: Option<std::sync::Arc<async_graphql::Data>>,
    ) -> futures_util::stream::BoxStream<'static, async_graphql::Response> {
        // `connection_init` put the connection's principal in its session data.
        let principal = session_data.as_ref().and_then(|data| {
            data.get(&std::any::TypeId::of::<balans_domain::Principal>())
                .and_then(|principal| principal.downcast_ref::<balans_domain::Principal>())
        });
        if let Some(principal) = principal
            && let Err(wait) = self.limiters.for_principal(principal)
        {
            let (english, swedish) = crate::auth::TOO_MANY_REQUESTS;
            let mut error = async_graphql::ServerError::new(english, None);
            let extensions = error.extensions.get_or_insert_with(Default::default);
            extensions.set("code", crate::auth::RATE_LIMITED);
            extensions.set("messageSv", swedish);
            extensions.set("retryAfterSeconds", wait.as_secs().max(1));
            let refused = async_graphql::Response::from_errors(vec![error]);
            return futures_util::stream::once(async move { refused }).boxed();
        }
        async_graphql::Executor::execute_stream(&self.schema, request, session_data)
    }
}

/// Subscriptions over WebSocket, in graphql-transport-ws (or the older graphql-ws).
pub async fn graphql_ws(
    State(state): State<AppState>,
    session: tower_sessions::Session,
    headers: HeaderMap,
    protocol: GraphQLProtocol,
    upgrade: WebSocketUpgrade,
) -> Response {
    if let Some(refusal) = foreign_origin(&state, &headers) {
        return refusal;
    }
    // The handshake's cookie or bearer token says who it is; a `connection_init` payload with
    // `{"authorization": "Bearer …"}` (what a script's client sends) can say so instead.
    let principal = match crate::auth::principal_of(&state.runtime, &headers, Some(&session)).await
    {
        Ok(principal) => principal,
        Err(crate::auth::Refused(response)) => return *response,
    };
    let auth = state.auth.clone();
    let runtime = std::sync::Arc::clone(&state.runtime);
    // Taken before the upgrade so that a shutdown that starts meanwhile still waits for it.
    let mut closing = state.shutdown.subscribe();
    let schema = LimitedSocket {
        schema: state.schema.clone(),
        limiters: std::sync::Arc::clone(&state.limiters),
    };
    upgrade
        .protocols(ALL_WEBSOCKET_PROTOCOLS)
        .max_message_size(state.limits.body_limit)
        .max_frame_size(state.limits.body_limit)
        .on_upgrade(move |socket| async move {
            let mut watch = closing.clone();
            let (mut sink, stream) = socket.split();
            // Ending the incoming stream ends the GraphQL session and its subscriptions.
            let stream = stream.take_until(async move {
                // An error means the sender is gone, which is a shutdown as well.
                let _ = watch.wait_for(|shutting_down| *shutting_down).await;
            });
            GraphQLWebSocket::new_with_pair(&mut sink, stream, schema, protocol)
                .on_connection_init(move |payload| async move {
                    let token = payload
                        .get("authorization")
                        .or_else(|| payload.get("Authorization"))
                        .and_then(serde_json::Value::as_str)
                        .map(|value| value.trim_start_matches("Bearer ").to_string());
                    let principal = match token {
                        Some(token) => {
                            crate::auth::token_principal(&runtime, &token).map_err(|_| {
                                async_graphql::Error::new(
                                    "the token is unknown, revoked or expired",
                                )
                            })?
                        }
                        None => principal,
                    };
                    if let Some((english, _)) = crate::auth::may_not_read(&auth, &principal) {
                        return Err(async_graphql::Error::new(english));
                    }
                    let mut data = async_graphql::Data::default();
                    data.insert(principal);
                    Ok(data)
                })
                .serve()
                .await;
            if *closing.borrow_and_update() {
                let frame = CloseFrame {
                    code: GOING_AWAY,
                    reason: "the server is shutting down".into(),
                };
                // The client may be gone already; there is nobody to tell then.
                let _ = sink.send(Message::Close(Some(frame))).await;
            }
        })
        .into_response()
}
