//! `balans serve`: open the database, load the demo data if asked, listen, and stop cleanly on a signal.

use std::net::SocketAddr;
use std::sync::Arc;
use std::time::Duration;

use anyhow::{Context as _, Result};
use balans_app::SystemClock;
use balans_graphql::{Service, SharedStore};
use balans_read::snapshot::Origin;
use balans_store::{SledOptions, SledStore};
use tokio::net::TcpListener;

use crate::{AppState, Config, serve, telemetry};

/// Runs the server until SIGINT or SIGTERM; returns once the database is closed.
pub fn run(config: Config) -> Result<()> {
    telemetry::init(config.log_format, config.log.as_deref())?;
    // Bound before the database is opened, so that a taken or wrong address fails before the
    // demo meetings are written.
    let listener = std::net::TcpListener::bind(config.addr.as_str())
        .with_context(|| format!("could not listen on {}", config.addr))?;
    listener
        .set_nonblocking(true)
        .context("could not make the listener non-blocking")?;
    let addr = listener
        .local_addr()
        .context("could not read the bound address")?;
    let loading = crate::allocator::PurgeAtOnce::start();
    let service = open(&config)?;
    drop(loading);
    let closed = Arc::downgrade(&service);
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .context("could not start the async runtime")?;
    let for_shutdown = Arc::clone(&service);
    let served = runtime.block_on(async {
        let snapshots = keep_snapshots(&service, config.snapshot_every);
        let listener = TcpListener::from_std(listener).context("could not listen")?;
        tracing::info!(%addr, data = %config.data.display(), "listening");
        println!("balans: GraphiQL at {}", graphiql_url(addr));
        serve(
            listener,
            AppState::new(service, config.limits()),
            shutdown_signal(),
        )
        .await
        .context("the server failed")?;
        if let Some(snapshots) = snapshots {
            snapshots.abort();
            save_snapshot(for_shutdown).await;
        }
        Ok(())
    });
    // Dropping the runtime ends whatever task still holds the service, so the store closes here.
    drop(runtime);
    if closed.upgrade().is_some() {
        tracing::warn!("the database is still in use after shutdown");
    } else {
        tracing::info!("the database is closed");
        // So that the next start does not read again all the log this process wrote.
        match SledStore::settle(&config.data, sled_options(&config)) {
            Ok(took) => tracing::info!(
                took_ms = took.as_secs_f64() * 1e3,
                "sled's page table written for the next start"
            ),
            Err(error) => tracing::warn!(%error, "could not settle the database"),
        }
    }
    served
}

fn sled_options(config: &Config) -> SledOptions {
    SledOptions {
        cache_capacity: config.cache_capacity,
        ..SledOptions::default()
    }
}

/// Opens the store and the service, with the demo meetings in an empty database if configured.
pub fn open(config: &Config) -> Result<Arc<Service>> {
    let options = sled_options(config);
    let open_store = || -> Result<SharedStore> {
        let store = SledStore::open(&config.data, options)
            .with_context(|| format!("could not open the database at {}", config.data.display()))?;
        Ok(Arc::new(store))
    };
    let service = if config.snapshot_every != 0 {
        let path = balans_read::snapshot::path_for(&config.data);
        let (store, file) = balans_read::snapshot::read_file_while(&path, open_store);
        Service::open_with_snapshot(store?, Box::new(SystemClock), path, file).map(
            |(service, origin, took)| {
                let took_ms = took.as_secs_f64() * 1e3;
                match origin {
                    Origin::Snapshot {
                        position,
                        caught_up,
                    } => tracing::info!(
                        position,
                        caught_up,
                        took_ms,
                        "read models loaded from the snapshot"
                    ),
                    Origin::Rebuilt { reason } => {
                        tracing::info!(%reason, took_ms, "read models rebuilt from the whole log")
                    }
                }
                service
            },
        )
    } else {
        Service::open(open_store()?, Box::new(SystemClock))
    }
    .context("could not read the event log into the read model")?;
    if config.demo {
        if crate::demo::load_if_empty(service.app())? {
            tracing::info!("the database was empty: loaded the demo meetings");
        }
        service
            .catch_up()
            .context("could not read the demo meetings into the read model")?;
    }
    Ok(service)
}

/// Saves a snapshot whenever the log has grown by `every` events since the last one; checks
/// every few seconds. Returns `None` when snapshots are off.
fn keep_snapshots(service: &Arc<Service>, every: u64) -> Option<tokio::task::JoinHandle<()>> {
    if every == 0 {
        return None;
    }
    let service = Arc::downgrade(service);
    Some(tokio::spawn(async move {
        let mut ticks = tokio::time::interval(Duration::from_secs(5));
        loop {
            ticks.tick().await;
            let Some(service) = service.upgrade() else {
                return;
            };
            if service.events_since_snapshot() >= every {
                save_snapshot(service).await;
            }
        }
    }))
}

/// Saves the read models' snapshot off the async workers, logging what happened.
async fn save_snapshot(service: Arc<Service>) {
    let started = std::time::Instant::now();
    match tokio::task::spawn_blocking(move || service.save_snapshot()).await {
        Ok(Ok(Some(saved))) => tracing::info!(
            position = saved.position,
            bytes = saved.bytes,
            took_ms = started.elapsed().as_secs_f64() * 1e3,
            "read-model snapshot saved"
        ),
        Ok(Ok(None)) => {}
        Ok(Err(error)) => tracing::warn!(%error, "could not save the read-model snapshot"),
        Err(error) => tracing::warn!(%error, "the snapshot save was interrupted"),
    }
}

/// A URL a person can open: a wildcard address is reachable on the loopback.
fn graphiql_url(addr: SocketAddr) -> String {
    let host = match addr.ip() {
        ip if ip.is_unspecified() && ip.is_ipv4() => "127.0.0.1".to_string(),
        ip if ip.is_unspecified() => "[::1]".to_string(),
        std::net::IpAddr::V6(ip) => format!("[{ip}]"),
        std::net::IpAddr::V4(ip) => ip.to_string(),
    };
    format!("http://{host}:{}/graphql", addr.port())
}

/// Resolves on SIGINT (Ctrl-C) or SIGTERM (what systemd and container runtimes send).
pub async fn shutdown_signal() {
    let interrupt = async {
        if let Err(error) = tokio::signal::ctrl_c().await {
            tracing::error!(%error, "cannot listen for Ctrl-C");
            std::future::pending::<()>().await;
        }
    };
    #[cfg(unix)]
    let terminate = async {
        use tokio::signal::unix::{SignalKind, signal};
        match signal(SignalKind::terminate()) {
            Ok(mut terminate) => {
                terminate.recv().await;
            }
            Err(error) => {
                tracing::error!(%error, "cannot listen for SIGTERM");
                std::future::pending::<()>().await;
            }
        }
    };
    #[cfg(not(unix))]
    let terminate = std::future::pending::<()>();
    futures_util::future::select(std::pin::pin!(interrupt), std::pin::pin!(terminate)).await;
}
