//! The web UI: `frontend/dist`, embedded at build time, with every other non-API path answered by its `index.html`.
//!
//! The UI routes in the browser (`/arenden/FG-HÄ 2025:5`), so a bookmarked or reloaded path
//! must get the app with 200. Paths under the API's prefixes never do: an unknown one there is
//! a plain 404, so a mistyped API call is not answered with a web page.

use std::sync::OnceLock;

use axum::Router;
use axum::extract::Request;
use axum::http::StatusCode;
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use memory_serve::CacheControl;

/// Path prefixes that belong to the server, not to the UI.
const API_PREFIXES: &[&str] = &[
    "/graphql",
    "/assets/graphiql",
    "/healthz",
    "/readyz",
    "/metrics",
    "/auth",
    "/export",
];

/// The UI's router, made once: memory-serve leaks the assets' bytes each time it makes one.
pub fn router() -> Router {
    static UI: OnceLock<Router> = OnceLock::new();
    UI.get_or_init(|| {
        memory_serve::load!()
            .index_file(Some("/index.html"))
            .fallback(Some("/index.html"))
            .fallback_status(StatusCode::OK)
            // A new binary's page must be seen at once; the scripts it names carry a hash.
            .html_cache_control(CacheControl::NoCache)
            .cache_control(CacheControl::Long)
            .into_router()
            .layer(axum::middleware::from_fn(refuse_api_paths))
    })
    .clone()
}

/// Whether `path` is the server's (an API route or under one) rather than the UI's.
pub fn is_api_path(path: &str) -> bool {
    API_PREFIXES.iter().any(|prefix| {
        path.strip_prefix(prefix)
            .is_some_and(|rest| rest.is_empty() || rest.starts_with('/'))
    })
}

async fn refuse_api_paths(request: Request, next: Next) -> Response {
    if is_api_path(request.uri().path()) {
        return (StatusCode::NOT_FOUND, "not found: the API is at /graphql\n").into_response();
    }
    next.run(request).await
}

#[cfg(test)]
mod tests {
    use super::is_api_path;

    #[test]
    fn api_prefixes_are_whole_path_segments() {
        assert!(is_api_path("/graphql"));
        assert!(is_api_path("/graphql/nope"));
        assert!(is_api_path("/export/cases.csv"));
        assert!(is_api_path("/auth/me"));
        assert!(!is_api_path("/graphqlish"));
        assert!(!is_api_path("/arenden/FG-H%C3%84%202025:5"));
        assert!(!is_api_path("/"));
        assert!(!is_api_path("/assets/index-abc.js"));
    }
}
