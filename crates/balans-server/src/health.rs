//! Liveness and readiness checks for the service manager and load balancers.

use axum::extract::State;
use axum::http::StatusCode;

use crate::AppState;

/// Liveness: the process answers HTTP.
pub async fn healthz() -> &'static str {
    "ok\n"
}

/// Readiness: the store answers and can write, and the read model has applied every stored
/// event, so that a query sees everything written; 503 otherwise, and while shutting down.
/// Asking is what lets a store stopped by a full disk write again once there is room.
pub async fn readyz(State(state): State<AppState>) -> (StatusCode, String) {
    if state.is_shutting_down() {
        return (StatusCode::SERVICE_UNAVAILABLE, "shutting down\n".into());
    }
    let runtime = std::sync::Arc::clone(&state.runtime);
    let writable = tokio::task::spawn_blocking(move || runtime.writable())
        .await
        .unwrap_or_else(|interrupted| {
            Err(balans_store::StoreError::Io(format!(
                "the check was interrupted: {interrupted}"
            )))
        });
    if let Err(error) = writable {
        tracing::warn!(%error, "readiness: the store cannot write");
        return (
            StatusCode::SERVICE_UNAVAILABLE,
            format!("the store cannot write: {error}\n"),
        );
    }
    // The head first: a write landing between the two reads then leaves the model at or past
    // it, instead of making a caught-up model look behind.
    let head = match state.runtime.store().head_position() {
        Ok(head) => head,
        Err(error) => {
            tracing::warn!(%error, "readiness: the store does not answer");
            return (
                StatusCode::SERVICE_UNAVAILABLE,
                format!("the store does not answer: {error}\n"),
            );
        }
    };
    let position = state.runtime.live().position;
    if position >= head {
        (StatusCode::OK, "ready\n".into())
    } else {
        (
            StatusCode::SERVICE_UNAVAILABLE,
            format!("the read model is at position {position}, the log at {head}\n"),
        )
    }
}
