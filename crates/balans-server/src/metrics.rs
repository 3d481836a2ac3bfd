//! Prometheus metrics: requests by route and status, their durations, and GraphQL errors by code.
//!
//! The recorder belongs to the [`AppState`](crate::AppState) rather than being installed
//! globally: a process may run several servers (the tests do), and a global recorder can be
//! installed only once.

use std::sync::Arc;
use std::time::{Duration, Instant};

use axum::extract::{MatchedPath, Request, State};
use axum::http::{Method, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use metrics::{counter, gauge, histogram, with_local_recorder};
use metrics_exporter_prometheus::{PrometheusBuilder, PrometheusHandle, PrometheusRecorder};

use crate::AppState;

/// Upper bounds of the request duration buckets, in seconds: a query takes milliseconds, a
/// durable write a few more when the disk is slow.
const DURATION_BUCKETS: &[f64] = &[
    0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0,
];

/// How often histogram samples are folded into buckets when nobody scrapes.
const UPKEEP_EVERY: Duration = Duration::from_secs(5);

/// The server's metrics.
pub struct Metrics {
    recorder: PrometheusRecorder,
    handle: PrometheusHandle,
}

impl Default for Metrics {
    fn default() -> Self {
        Self::new()
    }
}

impl Metrics {
    pub fn new() -> Self {
        // `set_buckets` only refuses an empty list; should it ever refuse, summaries still work.
        let recorder = PrometheusBuilder::new()
            .set_buckets(DURATION_BUCKETS)
            .unwrap_or_else(|_| PrometheusBuilder::new())
            .build_recorder();
        let handle = recorder.handle();
        Self { recorder, handle }
    }

    /// One finished HTTP request.
    pub fn request(&self, method: &'static str, route: String, status: u16, elapsed: Duration) {
        with_local_recorder(&self.recorder, || {
            counter!(
                "balans_http_requests_total",
                "method" => method,
                "route" => route.clone(),
                "status" => status.to_string()
            )
            .increment(1);
            histogram!(
                "balans_http_request_duration_seconds",
                "method" => method,
                "route" => route
            )
            .record(elapsed.as_secs_f64());
        });
    }

    /// One GraphQL error, by its `extensions.code`.
    pub fn graphql_error(&self, code: &str) {
        let code = code.to_string();
        with_local_recorder(&self.recorder, || {
            counter!("balans_graphql_errors_total", "code" => code).increment(1);
        });
    }

    /// The metrics in Prometheus text format.
    pub fn render(&self) -> String {
        self.handle.render()
    }

    fn set_positions(
        &self,
        head: Option<u64>,
        read_model: u64,
        followed: balans_runtime::FollowStats,
    ) {
        with_local_recorder(&self.recorder, || {
            // Other nodes' events on a shared database, and how late this node applied them.
            gauge!("balans_followed_events").set(followed.events as f64);
            if let Some(lag) = followed.last_lag {
                gauge!("balans_follow_lag_seconds").set(lag.as_secs_f64());
            }
            if let Some(lag) = followed.max_lag {
                gauge!("balans_follow_lag_max_seconds").set(lag.as_secs_f64());
            }
            if let Some(head) = head {
                // Positions are far below 2^53, so f64 holds them exactly.
                gauge!("balans_store_head_position").set(head as f64);
            }
            gauge!("balans_read_model_position").set(read_model as f64);
        });
    }
}

/// Counts and times every request, labelled by its route pattern (not its path, which would
/// make a series per id) and status.
pub async fn track(State(metrics): State<Arc<Metrics>>, request: Request, next: Next) -> Response {
    let started = Instant::now();
    let method = method_label(request.method());
    let route = request
        .extensions()
        .get::<MatchedPath>()
        .map_or_else(|| "unmatched".to_string(), |path| path.as_str().to_string());
    let response = next.run(request).await;
    metrics.request(method, route, response.status().as_u16(), started.elapsed());
    response
}

/// A bounded set of method labels, whatever clients send.
fn method_label(method: &Method) -> &'static str {
    match *method {
        Method::GET => "GET",
        Method::POST => "POST",
        Method::HEAD => "HEAD",
        Method::OPTIONS => "OPTIONS",
        Method::PUT => "PUT",
        Method::DELETE => "DELETE",
        Method::PATCH => "PATCH",
        _ => "other",
    }
}

/// `GET /metrics`.
pub async fn render(State(state): State<AppState>) -> Response {
    let head = state.runtime.store().head_position().ok();
    let read_model = state.runtime.live().position;
    state
        .metrics
        .set_positions(head, read_model, state.runtime.follow_stats());
    (
        [(
            header::CONTENT_TYPE,
            "text/plain; version=0.0.4; charset=utf-8",
        )],
        state.metrics.render(),
    )
        .into_response()
}

/// Folds histogram samples now and then, which an installed exporter would do by itself.
pub async fn upkeep(metrics: Arc<Metrics>) {
    let mut every = tokio::time::interval(UPKEEP_EVERY);
    loop {
        every.tick().await;
        metrics.handle.run_upkeep();
    }
}
