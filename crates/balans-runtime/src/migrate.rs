//! Moving a database between backends: the log and the access log of a sled directory copied into PostgreSQL, or back, checked by count and checksum and resumable.
//!
//! The servers on both sides should be stopped: the copy reads the source to its head once.
//! An interrupted migration is run again with the same arguments; what the target holds
//! already is checked against the source and not copied twice ([`balans_store::migrate_log`]).

use std::sync::Arc;

use balans_store::{Migrated, SledStore};

use crate::{ACCESS_LOG, Backend, Config, RuntimeError, SharedStore, access, open_postgres};

/// What a migration did to each of the two logs.
#[derive(Debug, Clone)]
pub struct MigratedStore {
    /// The event log.
    pub log: Migrated,
    /// The access log: people, their roles, API tokens.
    pub access: Migrated,
}

/// Which of the two logs a progress report is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Which {
    Log,
    Access,
}

/// Copies the event log and the access log of `from` into `to` (each a sled data directory or
/// a PostgreSQL database, see [`Config::backend`]), resuming an interrupted migration; each
/// target must be empty or hold a beginning of the same log. `progress` hears which log, how
/// many events the target holds, and of how many, after each page.
pub fn migrate_store(
    from: &Config,
    to: &Config,
    mut progress: impl FnMut(Which, u64, u64),
) -> Result<MigratedStore, RuntimeError> {
    if from.backend == to.backend && (from.backend != Backend::Sled || same_dir(from, to)) {
        return Err(RuntimeError::Copy(balans_store::CopyError::Store(
            balans_store::StoreError::InvalidRequest(format!(
                "the source and the target are the same database ({})",
                describe(from)
            )),
        )));
    }
    let (from_log, from_access) = open_logs(from)?;
    let (to_log, to_access) = open_logs(to)?;
    let log = balans_store::migrate_log(&from_log, &to_log, |done, of| {
        progress(Which::Log, done, of)
    })?;
    let access = balans_store::migrate_log(&from_access, &to_access, |done, of| {
        progress(Which::Access, done, of)
    })?;
    Ok(MigratedStore { log, access })
}

/// Where a configuration keeps its log, as a person reads it (no password).
pub fn describe(config: &Config) -> String {
    match &config.backend {
        Backend::Sled => config.data.display().to_string(),
        postgres => postgres.to_string(),
    }
}

fn same_dir(a: &Config, b: &Config) -> bool {
    match (
        std::fs::canonicalize(&a.data),
        std::fs::canonicalize(&b.data),
    ) {
        (Ok(a), Ok(b)) => a == b,
        _ => a.data == b.data,
    }
}

/// The event log and the access log of a configuration, without a read model.
fn open_logs(config: &Config) -> Result<(SharedStore, SharedStore), RuntimeError> {
    match &config.backend {
        Backend::Sled => {
            let open = |path: std::path::PathBuf, options| -> Result<SharedStore, RuntimeError> {
                let store = SledStore::open(&path, options)
                    .map_err(|source| RuntimeError::Open { path, source })?;
                Ok(Arc::new(store))
            };
            Ok((
                open(config.data.clone(), config.sled.clone())?,
                open(
                    config.data.join(access::ACCESS_DIR),
                    crate::Runtime::access_sled_options(),
                )?,
            ))
        }
        Backend::Postgres(url) => Ok((
            open_postgres(url, "main", &config.backend)?,
            open_postgres(url, ACCESS_LOG, &config.backend)?,
        )),
    }
}
