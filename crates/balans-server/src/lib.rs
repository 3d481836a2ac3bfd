//! The balans server: mounts the GraphQL schema on axum over a runtime, with GraphiQL, sign-in, exports, health checks, metrics and the web UI.
//!
//! [`app`] builds the router from an [`AppState`], so tests can serve it on any listener;
//! [`serve`] runs it until a shutdown future resolves; [`run`] is what `balans serve` does.

pub mod allocator;
pub mod auth;
pub mod config;
pub mod connection;
pub mod export;
pub mod graphql;
pub mod health;
pub mod metrics;
pub mod oidc;
pub mod run;
pub mod sessions;
pub mod telemetry;
pub mod ui;

use std::future::Future;
use std::sync::Arc;
use std::time::Duration;

use axum::Router;
use axum::extract::DefaultBodyLimit;
use axum::http::StatusCode;
use axum::routing::get;
use balans_graphql::{BalansSchema, Runtime};
use tokio::net::TcpListener;
use tokio::sync::watch;
use tower_http::LatencyUnit;
use tower_http::catch_panic::CatchPanicLayer;
use tower_http::request_id::{PropagateRequestIdLayer, SetRequestIdLayer};
use tower_http::timeout::TimeoutLayer;
use tower_http::trace::{DefaultOnResponse, TraceLayer};

pub use config::{Config, LogFormat, Overrides};

/// The file in the data directory where a running server keeps the address it listens on
/// (`127.0.0.1:8080`), so that the command line can ask it while it holds the database.
pub const ADDR_FILE: &str = "server.addr";

/// The address of the server that holds the database in `data`, if one said where it listens.
pub fn read_addr(data: &std::path::Path) -> Option<String> {
    let text = std::fs::read_to_string(data.join(ADDR_FILE)).ok()?;
    let addr = text.trim();
    (!addr.is_empty()).then(|| addr.to_string())
}
pub use run::{run, shutdown_signal};

/// The limits of the HTTP side, from the configuration.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HttpLimits {
    /// The largest request body (and WebSocket message) accepted, in bytes.
    pub body_limit: usize,
    /// How long one request may take before it is answered 408.
    pub request_timeout: Duration,
    /// How long shutdown waits for open subscriptions to close.
    pub shutdown_grace: Duration,
    /// Origins besides the server's own whose pages may call it from a browser (lowercase,
    /// without a trailing slash).
    pub allowed_origins: Vec<String>,
    /// How long a connection may take to send a request's headers, counted from when the
    /// server begins to wait for them: on a new connection, and on a kept-alive one after each
    /// response. A client that sends half a header, or stays idle, is dropped then.
    pub header_timeout: Duration,
    /// The most connections served at once; more wait in the listen queue until one closes.
    pub max_connections: usize,
}

impl Default for HttpLimits {
    fn default() -> Self {
        let config = Config::default();
        config.limits()
    }
}

/// Everything the handlers share.
#[derive(Clone)]
pub struct AppState {
    pub runtime: Arc<Runtime>,
    pub schema: BalansSchema,
    pub metrics: Arc<metrics::Metrics>,
    pub limits: HttpLimits,
    pub auth: auth::AuthSettings,
    pub limiters: Arc<auth::Limiters>,
    /// The municipality's OpenID provider, when one is configured.
    pub oidc: Option<Arc<oidc::Oidc>>,
    /// Where sign-in sessions are kept (shared by the nodes on one PostgreSQL database).
    pub sessions: sessions::Sessions,
    /// Flipped to `true` when shutdown begins. Subscriptions hold a receiver each, so that
    /// shutdown can tell them to close and then wait until every one has.
    shutdown: Arc<watch::Sender<bool>>,
}

impl AppState {
    pub fn new(runtime: Arc<Runtime>, limits: HttpLimits) -> Self {
        Self::with_auth(runtime, limits, auth::AuthSettings::default())
    }

    pub fn with_auth(runtime: Arc<Runtime>, limits: HttpLimits, auth: auth::AuthSettings) -> Self {
        Self {
            schema: balans_graphql::build_schema(Arc::clone(&runtime)),
            sessions: sessions::Sessions::for_runtime(&runtime),
            runtime,
            metrics: Arc::new(metrics::Metrics::new()),
            limits,
            limiters: Arc::new(auth::Limiters::new(&auth)),
            oidc: None,
            auth,
            shutdown: Arc::new(watch::Sender::new(false)),
        }
    }

    /// Signs people in through `oidc` too.
    pub fn with_oidc(mut self, oidc: oidc::Oidc) -> Self {
        self.oidc = Some(Arc::new(oidc));
        self
    }

    /// Whether the server has begun to shut down.
    pub fn is_shutting_down(&self) -> bool {
        *self.shutdown.borrow()
    }
}

/// The routes, with request ids, tracing, metrics, panics caught, timeouts and the body limit.
pub fn app(state: AppState) -> Router {
    // `Router::layer` wraps each route after routing, so the metrics middleware sees the matched
    // route; the last layer added runs first, so the request id is set before the span is made.
    Router::new()
        .route(
            "/graphql",
            get(graphql::graphiql).post(graphql::graphql_post),
        )
        .route("/graphql/ws", get(graphql::graphql_ws))
        .route("/assets/graphiql/{name}", get(graphql::graphiql_asset))
        .route("/auth/me", get(auth::me))
        .route("/auth/login", axum::routing::post(auth::login))
        .route("/auth/logout", axum::routing::post(auth::logout))
        .route("/auth/oidc/start", get(oidc::start))
        .route("/auth/oidc/callback", get(oidc::callback))
        .route("/healthz", get(health::healthz))
        .route("/readyz", get(health::readyz))
        .route("/metrics", get(metrics::render))
        .merge(
            Router::new()
                .route("/export/cases.csv", get(export::cases_csv))
                .route("/export/cases.xlsx", get(export::cases_xlsx))
                .route("/export/agenda/{file}", get(export::agenda_docx))
                .route_layer(axum::middleware::from_fn_with_state(
                    state.clone(),
                    export::readers_only,
                )),
        )
        // Everything else is the web UI's: its files, or its page for a path it routes itself.
        .fallback_service(ui::router())
        .layer(auth::session_layer(&state.auth, state.sessions.clone()))
        .layer(DefaultBodyLimit::max(state.limits.body_limit))
        .layer(TimeoutLayer::with_status_code(
            StatusCode::REQUEST_TIMEOUT,
            state.limits.request_timeout,
        ))
        .layer(CatchPanicLayer::new())
        .layer(axum::middleware::from_fn_with_state(
            Arc::clone(&state.metrics),
            metrics::track,
        ))
        .layer(
            TraceLayer::new_for_http()
                .make_span_with(telemetry::RequestSpan)
                .on_response(
                    DefaultOnResponse::new()
                        .level(tracing::Level::INFO)
                        .latency_unit(LatencyUnit::Micros),
                ),
        )
        .layer(PropagateRequestIdLayer::x_request_id())
        .layer(SetRequestIdLayer::x_request_id(telemetry::MakeRequestUlid))
        .layer(cors(&state.limits.allowed_origins))
        .with_state(state)
}

/// Lets pages of the allowed origins call the API from a browser (a JSON POST is preflighted);
/// with none allowed it answers no preflight, so browsers keep other sites' pages out.
fn cors(allowed: &[String]) -> tower_http::cors::CorsLayer {
    let origins: Vec<axum::http::HeaderValue> = allowed
        .iter()
        .filter_map(|origin| axum::http::HeaderValue::from_str(origin).ok())
        .collect();
    tower_http::cors::CorsLayer::new()
        .allow_origin(origins)
        .allow_methods([axum::http::Method::GET, axum::http::Method::POST])
        .allow_headers([
            axum::http::header::CONTENT_TYPE,
            axum::http::header::AUTHORIZATION,
            axum::http::HeaderName::from_static(graphql::PREFLIGHT_HEADER),
        ])
}

/// Serves the app on `listener` until `shutdown` resolves, then finishes the requests in flight,
/// closes the subscriptions and returns. The store closes when the last handle on the runtime
/// (the caller's, if it kept one) is dropped.
///
/// At most `max_connections` connections are served at once (the next wait in the listen
/// queue), and each must send its next request's headers within `header_timeout` (see
/// [`connection`]).
pub async fn serve(
    listener: TcpListener,
    state: AppState,
    shutdown: impl Future<Output = ()> + Send + 'static,
) -> std::io::Result<()> {
    let upkeep = tokio::spawn(metrics::upkeep(Arc::clone(&state.metrics)));
    let signal = Arc::clone(&state.shutdown);
    let draining = async move {
        shutdown.await;
        // From here `/readyz` answers 503 and subscriptions close; no connection is accepted,
        // and the open ones finish their requests in flight. Upgraded WebSocket connections
        // are no longer the server's connections, which is why they get their own signal.
        signal.send_replace(true);
        tracing::info!("shutting down: finishing the requests in flight");
    };
    let result = connection::serve(listener, app(state.clone()), &state.limits, draining).await;
    state.shutdown.send_replace(true);
    if tokio::time::timeout(state.limits.shutdown_grace, state.shutdown.closed())
        .await
        .is_err()
    {
        tracing::warn!(
            open = state.shutdown.receiver_count(),
            "subscriptions did not close in time; they end with the runtime"
        );
    }
    upkeep.abort();
    tracing::info!("stopped serving");
    result
}
