//! The accept loop: HTTP/1.1 connections (WebSocket upgrades included) with a header timeout and a cap on how many are served at once.
//!
//! `axum::serve` sets neither: a client that opens a connection and sends nothing, or half a
//! header, held it for good, and as many as the descriptor limit locked every client out.

use std::future::Future;
use std::sync::Arc;
use std::time::Duration;

use axum::Router;
use hyper_util::rt::{TokioIo, TokioTimer};
use hyper_util::service::TowerToHyperService;
use tokio::net::TcpListener;
use tokio::sync::{Semaphore, watch};

use crate::HttpLimits;

/// Serves `router` on `listener` until `shutdown` resolves; then accepts no more, lets every
/// connection finish the request it is serving, and returns once all have closed.
pub async fn serve(
    listener: TcpListener,
    router: Router,
    limits: &HttpLimits,
    shutdown: impl Future<Output = ()> + Send + 'static,
) -> std::io::Result<()> {
    let max = limits.max_connections.clamp(1, Semaphore::MAX_PERMITS);
    let open = Arc::new(Semaphore::new(max));
    let (draining, drained) = watch::channel(false);
    let mut builder = hyper::server::conn::http1::Builder::new();
    // hyper starts this timer whenever it waits for a request's head: on a new connection and
    // on a kept-alive one after each response, so it bounds idle connections as well.
    builder
        .timer(TokioTimer::new())
        .header_read_timeout(limits.header_timeout);
    let mut shutdown = std::pin::pin!(shutdown);
    loop {
        // Beyond the cap the next client waits in the listen queue, not in a task of ours.
        let permit = tokio::select! {
            permit = Arc::clone(&open).acquire_owned() => permit.expect("the semaphore is never closed"),
            () = &mut shutdown => break,
        };
        let stream = tokio::select! {
            accepted = listener.accept() => match accepted {
                Ok((stream, _peer)) => stream,
                Err(error) => {
                    // Out of descriptors (EMFILE) and the like pass; do not spin on them.
                    tracing::warn!(%error, "accepting a connection failed");
                    tokio::time::sleep(Duration::from_millis(50)).await;
                    continue;
                }
            },
            () = &mut shutdown => break,
        };
        let connection = builder
            .serve_connection(
                TokioIo::new(stream),
                TowerToHyperService::new(router.clone()),
            )
            .with_upgrades();
        let mut draining = drained.clone();
        tokio::spawn(async move {
            let mut connection = std::pin::pin!(connection);
            let draining = async move {
                // The guard `wait_for` returns is not `Send`: let it go at once.
                let _ = draining.wait_for(|draining| *draining).await.is_ok();
            };
            tokio::select! {
                result = connection.as_mut() => log_end(result),
                () = draining => {
                    connection.as_mut().graceful_shutdown();
                    log_end(connection.await);
                }
            }
            drop(permit);
        });
    }
    drop(listener);
    draining.send_replace(true);
    // Every permit back: every connection has closed.
    let _all = open
        .acquire_many(u32::try_from(max).unwrap_or(u32::MAX))
        .await
        .expect("the semaphore is never closed");
    Ok(())
}

fn log_end(result: Result<(), hyper::Error>) {
    if let Err(error) = result {
        // A client gone, or one that sent its header too slowly: the client's affair.
        tracing::debug!(%error, "a connection ended with an error");
    }
}
