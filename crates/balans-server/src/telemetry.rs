//! Logs: the tracing subscriber (pretty or JSON, to stderr) and a request id in every request's span.

use std::io::IsTerminal as _;

use anyhow::{Context as _, anyhow};
use axum::http::{HeaderValue, Request};
use tower_http::request_id::{MakeRequestId, RequestId};
use tower_http::trace::MakeSpan;
use tracing_subscriber::EnvFilter;

use crate::LogFormat;

/// The header that carries the request id in and out.
pub const REQUEST_ID: &str = "x-request-id";

/// Installs the global subscriber. `filter` (the `log` setting) wins over `RUST_LOG`; without
/// either, `info`.
pub fn init(format: LogFormat, filter: Option<&str>) -> anyhow::Result<()> {
    let filter = match filter
        .map(str::to_string)
        .or_else(|| std::env::var("RUST_LOG").ok())
        .filter(|text| !text.trim().is_empty())
    {
        Some(text) => EnvFilter::try_new(&text)
            .with_context(|| format!("the log filter {text:?} is not valid"))?,
        None => EnvFilter::new("info"),
    };
    let builder = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr);
    let installed = match format {
        LogFormat::Pretty => builder
            .with_ansi(std::io::stderr().is_terminal())
            .try_init(),
        LogFormat::Json => builder.json().try_init(),
    };
    installed.map_err(|error| anyhow!("could not install the logger: {error}"))
}

/// Gives each request a ULID as its id, unless the client (or a proxy) sent one.
#[derive(Debug, Clone, Copy, Default)]
pub struct MakeRequestUlid;

impl MakeRequestId for MakeRequestUlid {
    fn make_request_id<B>(&mut self, _request: &Request<B>) -> Option<RequestId> {
        HeaderValue::from_str(&ulid::Ulid::generate().to_string())
            .ok()
            .map(RequestId::new)
    }
}

/// The span of one request, carrying its id so that every line logged for it can be found.
#[derive(Debug, Clone, Copy, Default)]
pub struct RequestSpan;

impl<B> MakeSpan<B> for RequestSpan {
    fn make_span(&mut self, request: &Request<B>) -> tracing::Span {
        let request_id = request
            .headers()
            .get(REQUEST_ID)
            .and_then(|value| value.to_str().ok())
            .unwrap_or("");
        tracing::info_span!(
            "request",
            method = %request.method(),
            path = %request.uri().path(),
            request_id = %request_id,
        )
    }
}
