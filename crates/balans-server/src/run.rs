//! `balans serve`: open the runtime, listen, and stop cleanly on a signal.

use std::net::SocketAddr;
use std::sync::Arc;

use anyhow::{Context as _, Result};
use balans_read::snapshot::Origin;
use balans_runtime::{Closed, Runtime};
use balans_store::SledOptions;
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
    let runtime = open(&config)?;
    drop(loading);
    let first_admin = runtime
        .ensure_admin(config.admin_password.as_deref())
        .context("the first admin could not be made")?;
    let addr_file = AddrFile::write(&config.data, addr);
    let tokio = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .context("could not start the async runtime")?;
    let served = tokio.block_on(async {
        let snapshots = runtime.keep_snapshots(config.snapshot_every);
        // Another node on the same database writes too: its events reach this node's model.
        let follower = runtime.follow();
        let listener = TcpListener::from_std(listener).context("could not listen")?;
        tracing::info!(%addr, data = %config.data.display(), store = %runtime_config(&config).backend, "listening");
        let ui = site_url(addr);
        println!("balans: webbgränssnittet på {ui}/, GraphiQL på {ui}/graphql");
        if let Some((username, password)) = &first_admin {
            println!(
                "balans: det fanns ingen administratör, så en skapades: logga in som {username} med lösenordet {password} (visas bara nu; byt det med balans user password {username})"
            );
        }
        if runtime.opened().demo_loaded {
            println!(
                "balans: exempeldata laddad; logga in som kommunal, vision, arbetsgivaren eller sekreterare med lösenordet {}",
                balans_runtime::demo::DEMO_PASSWORD
            );
        }
        let mut state = AppState::with_auth(Arc::clone(&runtime), config.limits(), config.auth());
        if let Some(settings) = config.oidc(addr) {
            let oidc = crate::oidc::Oidc::discover(&settings).await?;
            tracing::info!(issuer = %settings.issuer, "sign-in through the OpenID provider is on");
            state = state.with_oidc(oidc);
        }
        serve(listener, state, shutdown_signal())
        .await
        .context("the server failed")?;
        follower.abort();
        if let Some(snapshots) = snapshots {
            snapshots.abort();
            runtime.save_snapshot_logged().await;
        }
        Ok(())
    });
    // Dropping the async runtime ends whatever task still holds the runtime, so the store can
    // close here.
    drop(tokio);
    drop(addr_file);
    match runtime.close() {
        Closed::StillInUse => tracing::warn!("the database is still in use after shutdown"),
        Closed::Closed => tracing::info!("the database is closed"),
        Closed::Settled(took) => tracing::info!(
            took_ms = took.as_secs_f64() * 1e3,
            "the database is closed; sled's page table written for the next start"
        ),
        Closed::SettleFailed(error) => {
            tracing::warn!(%error, "the database is closed, but could not be settled")
        }
    }
    served
}

/// How the server's configuration opens the runtime.
pub fn runtime_config(config: &Config) -> balans_runtime::Config {
    let backend = config.backend().unwrap_or_default();
    balans_runtime::Config {
        data: config.data.clone(),
        // Nodes sharing a PostgreSQL database could each record the demo at once: there it is
        // recorded on purpose, once (`balans demo --store …`).
        demo: config.demo && backend == balans_runtime::Backend::Sled,
        backend,
        sled: SledOptions {
            cache_capacity: config.cache_capacity,
            ..SledOptions::default()
        },
        snapshots: config.snapshot_every != 0,
    }
}

/// Opens the runtime (with the demo meetings in an empty database if configured), logging how
/// the read models were loaded.
pub fn open(config: &Config) -> Result<Arc<Runtime>> {
    let runtime = Runtime::open(&runtime_config(config))?;
    let opened = runtime.opened();
    let took_ms = opened.took.as_secs_f64() * 1e3;
    match &opened.origin {
        Some(Origin::Snapshot {
            position,
            caught_up,
        }) => tracing::info!(
            position,
            caught_up,
            took_ms,
            "read models loaded from the snapshot"
        ),
        Some(Origin::Rebuilt { reason }) => {
            tracing::info!(%reason, took_ms, "read models rebuilt from the whole log")
        }
        None => tracing::info!(took_ms, "read models built from the whole log"),
    }
    if opened.demo_loaded {
        tracing::info!("the database was empty: loaded the demo meetings");
    }
    Ok(runtime)
}

/// The data directory's [`crate::ADDR_FILE`] while the server runs: the command line reads it
/// to ask this server what the database it holds says. Removed when the server stops cleanly.
struct AddrFile(Option<std::path::PathBuf>);

impl AddrFile {
    fn write(data: &std::path::Path, addr: SocketAddr) -> Self {
        let path = data.join(crate::ADDR_FILE);
        let reachable = format!("{}:{}", reachable_host(addr), addr.port());
        // Written beside and renamed into place, so that a reader never sees it half written.
        let partial = data.join(format!("{}.partial", crate::ADDR_FILE));
        match std::fs::write(&partial, reachable).and_then(|()| std::fs::rename(&partial, &path)) {
            Ok(()) => Self(Some(path)),
            Err(error) => {
                // The server serves without it; only the command line beside it is less helpful.
                tracing::warn!(%error, path = %path.display(), "could not write the server's address");
                Self(None)
            }
        }
    }
}

impl Drop for AddrFile {
    fn drop(&mut self) {
        if let Some(path) = self.0.take() {
            let _ = std::fs::remove_file(path);
        }
    }
}

/// A host to reach `addr` on: a wildcard address is reachable on the loopback.
fn reachable_host(addr: SocketAddr) -> String {
    match addr.ip() {
        std::net::IpAddr::V4(ip) if ip.is_unspecified() => "127.0.0.1".to_string(),
        std::net::IpAddr::V6(ip) if ip.is_unspecified() => "[::1]".to_string(),
        std::net::IpAddr::V6(ip) => format!("[{ip}]"),
        ip => ip.to_string(),
    }
}

/// The server's URL as a person can open it, without a trailing slash.
fn site_url(addr: SocketAddr) -> String {
    format!("http://{}:{}", reachable_host(addr), addr.port())
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
