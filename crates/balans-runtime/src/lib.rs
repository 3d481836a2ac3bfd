//! The one runtime under every door: opens a data directory and owns the store, the application layer, the live read model, snapshots, time travel and the import use case.
//!
//! The server, the CLI, the GraphQL schema and the bench all go through a [`Runtime`]; none of
//! them composes a store, an `App` and a read model itself.
//!
//! - Open: [`Runtime::open`] (sled at a data directory, the snapshot beside it, the demo data
//!   into an empty database), [`Runtime::over_store`] (any backend, no snapshot),
//!   [`Runtime::in_memory`] (tests).
//! - Write: [`Runtime::execute`], [`Runtime::execute_batch`]; each brings the live model up to
//!   date before it returns (read-your-writes).
//! - Read: [`Runtime::live`] (the live model), [`Runtime::as_of`] and [`Runtime::forums_as_of`]
//!   (the data as it stood at an instant; `as_of` shares one fold between requests).
//! - Import: [`Runtime::import_draft`] (reads the live model, stores nothing, takes no write
//!   lock) and [`Runtime::commit_import`] ([`import`]); an imported protocol's text is read
//!   back with [`Runtime::minutes`] ([`minutes`]).
//! - Keep: [`Runtime::save_snapshot`], [`Runtime::keep_snapshots`]; shut down with
//!   [`Runtime::close`].
//!
//! The methods block (an append waits for its fsync, a fold of the past reads the log); async
//! callers run them through [`Runtime::blocking`]. `as_of` is async itself, with
//! `as_of_blocking` beside it.

pub mod access;
pub mod demo;
pub mod follow;
pub mod import;
pub mod migrate;
pub mod minutes;

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex, PoisonError, RwLock, RwLockReadGuard, Weak};
use std::time::Duration;

use balans_app::{App, AppError, Clock, CommandMeta, Executed, SystemClock};
use balans_domain::{Command, ForumId};
use balans_read::snapshot::{self, Origin, Saved, SnapshotError};
use balans_read::{ReadError, ReadModel};
use balans_store::{Copied, CopyError, EventStore, SledOptions, SledStore, StoreError};
use jiff::Timestamp;
use jiff::civil::Date;

pub use balans_postgres::sessions::{SessionTable, StoredSession};
pub use follow::FollowStats;
pub use import::{Cancel, CancelOnDrop, ImportError, ImportOptions, ImportOutcome, ImportSource};

/// The store as the runtime holds it: any backend behind the trait.
pub type SharedStore = Arc<dyn EventStore>;

/// Where the event log lives.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub enum Backend {
    /// The embedded sled database in the data directory (the default).
    #[default]
    Sled,
    /// A PostgreSQL database (`postgres://user:password@host:port/database?sslmode=…`),
    /// which several nodes may share; the data directory keeps only this node's snapshot.
    Postgres(String),
}

impl Backend {
    /// The backend a setting names: `sled` (or nothing) or a `postgres://` URL.
    pub fn from_setting(setting: Option<&str>) -> Result<Self, RuntimeError> {
        match setting.map(str::trim) {
            None | Some("" | "sled") => Ok(Backend::Sled),
            Some(url) if url.starts_with("postgres://") || url.starts_with("postgresql://") => {
                Ok(Backend::Postgres(url.to_string()))
            }
            Some(other) => Err(RuntimeError::UnknownBackend(other.to_string())),
        }
    }
}

/// Shows a PostgreSQL URL without its password.
impl std::fmt::Display for Backend {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Backend::Sled => f.write_str("sled"),
            Backend::Postgres(url) => f.write_str(&without_password(url)),
        }
    }
}

/// A URL with any password replaced by `***`, to print or log.
pub fn without_password(url: &str) -> String {
    let Some((scheme, rest)) = url.split_once("://") else {
        return url.to_string();
    };
    match rest.split_once('@') {
        Some((user, host)) if user.contains(':') => {
            let name = user.split(':').next().unwrap_or_default();
            format!("{scheme}://{name}:***@{host}")
        }
        _ => url.to_string(),
    }
}

/// How to open a data directory.
#[derive(Debug, Clone)]
pub struct Config {
    /// Where the embedded database lives; with PostgreSQL, where this node keeps its snapshot.
    pub data: PathBuf,
    /// Where the event log lives.
    pub backend: Backend,
    /// sled's page cache and compression.
    pub sled: SledOptions,
    /// Keep a read-model snapshot beside the log: read it at open (only the events after it
    /// are folded) and save it when asked. Off, the model is rebuilt from the whole log.
    pub snapshots: bool,
    /// Record the demo meetings when the database holds no events.
    pub demo: bool,
}

impl Config {
    /// A data directory with snapshots on and no demo data.
    pub fn new(data: impl Into<PathBuf>) -> Self {
        Self {
            data: data.into(),
            backend: Backend::Sled,
            sled: SledOptions::default(),
            snapshots: true,
            demo: false,
        }
    }
}

/// Why a runtime could not open or do what it was asked.
#[derive(Debug, thiserror::Error)]
pub enum RuntimeError {
    #[error("could not open the database at {path}: {source}")]
    Open { path: PathBuf, source: StoreError },
    #[error("could not read the event log into the read model: {0}")]
    Load(ReadError),
    #[error("the demo data could not be recorded: {0}")]
    Demo(String),
    #[error(transparent)]
    Snapshot(#[from] SnapshotError),
    #[error(transparent)]
    Copy(#[from] CopyError),
    #[error(transparent)]
    App(#[from] AppError),
    #[error(transparent)]
    Access(#[from] access::AccessError),
    #[error(
        "unknown store {0:?}: give `sled` or a PostgreSQL URL such as postgres://balans@db.example/balans"
    )]
    UnknownBackend(String),
    #[error(
        "the data directory {path} is in use by another balans node; give each node its own data directory"
    )]
    NodeDirectoryInUse { path: PathBuf },
}

impl RuntimeError {
    /// The error in Swedish, for a person to read, where the lower layers can say it so.
    pub fn swedish(&self) -> String {
        match self {
            RuntimeError::Open { path, source } => format!(
                "databasen i {} kunde inte öppnas: {}",
                path.display(),
                source.swedish()
            ),
            RuntimeError::Copy(error) => error.swedish(),
            RuntimeError::App(error) => error.swedish(),
            RuntimeError::Access(error) => error.swedish(),
            RuntimeError::UnknownBackend(setting) => format!(
                "okänd lagring {setting:?}: ange `sled` eller en PostgreSQL-adress som postgres://balans@db.example/balans"
            ),
            RuntimeError::NodeDirectoryInUse { path } => format!(
                "datakatalogen {} används redan av en annan balans-nod; ge varje nod en egen datakatalog",
                path.display()
            ),
            RuntimeError::Demo(reason) => {
                format!("exempeldata kunde inte sparas: {reason}")
            }
            other => other.to_string(),
        }
    }
}

/// How the live model was loaded when the runtime opened.
#[derive(Debug, Clone)]
pub struct Opened {
    /// From the snapshot and the events after it, or rebuilt (`None`: snapshots are off).
    pub origin: Option<Origin>,
    /// How long the load took.
    pub took: Duration,
    /// Whether the demo meetings were recorded into an empty database.
    pub demo_loaded: bool,
}

/// Writes through the application layer; reads from a live model that every write brings up to
/// date before it returns, so a command's result and the next query see the write.
pub struct Runtime {
    app: App<SharedStore>,
    access: access::Access,
    model: RwLock<ReadModel>,
    /// Held by every write to the model and by a snapshot save for as long as it reads the
    /// model (a second or more on a large log). A write waits for a save here rather than in
    /// the model's lock: queued there, it would hold up every reader that came after it.
    writing: Mutex<()>,
    /// Held by a snapshot save from start to end, syncing included: saves share one file.
    saving: Mutex<()>,
    snapshot: Option<SnapshotPlace>,
    /// The last model of the past that was folded, shared with every request for the same
    /// instant while some request still holds it; one fold at a time (each can be as large as
    /// the live model). An async lock: requests queue in the order they came, so of two fields
    /// of one query asking for the same instant, the first folds and the second shares it.
    past: tokio::sync::Mutex<Option<PastModel>>,
    /// The words of the cases import drafts were compared with (see [`import::CaseWords`]).
    case_words: import::CaseWords,
    /// The sled database to settle at [`Runtime::close`].
    sled: Option<(PathBuf, SledOptions)>,
    opened: Opened,
    /// What catching up with other writers applied, and how late.
    followed: follow::Followed,
    /// With PostgreSQL, the lock on this node's data directory, held while the runtime lives.
    node_lock: Option<std::fs::File>,
    /// With PostgreSQL, the sign-in sessions every node shares.
    sessions: Option<Arc<SessionTable>>,
}

/// A read model's failure in the application layer's terms: the same store and decoding errors.
pub fn app_error_of(error: ReadError) -> AppError {
    match error {
        ReadError::Store(error) => error.into(),
        ReadError::Decode(error) => error.into(),
    }
}

struct PastModel {
    instant: Timestamp,
    /// The log's head when the fold began: a later event may change the past (an old protocol
    /// imported today), so a model is shared only while the head has not moved.
    head: u64,
    model: Weak<ReadModel>,
}

/// Where the runtime keeps its read-model snapshot, and the position of the last one saved.
struct SnapshotPlace {
    path: PathBuf,
    saved_at: AtomicU64,
}

/// What [`Runtime::close`] did.
#[derive(Debug)]
pub enum Closed {
    /// The store is closed and sled's page table written for a short next start.
    Settled(Duration),
    /// The store is closed; nothing to settle (not sled).
    Closed,
    /// Another handle still holds the runtime: the store closes when the last one goes.
    StillInUse,
    /// The store is closed, but settling it failed (the next start reads more of the log).
    SettleFailed(StoreError),
}

impl Runtime {
    /// Opens the sled database at `config.data` with the organization's clock.
    pub fn open(config: &Config) -> Result<Arc<Self>, RuntimeError> {
        Self::open_with_clock(config, Box::new(SystemClock))
    }

    /// Opens the sled database at `config.data`: reads the snapshot while the store opens, folds
    /// the events after it, and records the demo meetings into an empty database if asked.
    pub fn open_with_clock(
        config: &Config,
        clock: Box<dyn Clock>,
    ) -> Result<Arc<Self>, RuntimeError> {
        // With PostgreSQL the data directory holds this node's snapshot only; a lock on it
        // keeps two nodes from sharing one (sled's own lock does that for sled). Without
        // snapshots (the command line beside a server) it is not used at all.
        let node_lock = match &config.backend {
            Backend::Postgres(_) if config.snapshots => Some(lock_node_directory(&config.data)?),
            _ => None,
        };
        let open_store = || -> Result<SharedStore, RuntimeError> {
            match &config.backend {
                Backend::Sled => {
                    let store =
                        SledStore::open(&config.data, config.sled.clone()).map_err(|source| {
                            RuntimeError::Open {
                                path: config.data.clone(),
                                source,
                            }
                        })?;
                    Ok(Arc::new(store))
                }
                Backend::Postgres(url) => open_postgres(url, "main", &config.backend),
            }
        };
        let (store, model, snapshot, origin, took) = if config.snapshots {
            let path = snapshot::path_for(&config.data);
            let (store, file) = snapshot::read_file_while(&path, open_store);
            let store = store?;
            // The database is ours now: nobody else can be saving a snapshot beside it.
            snapshot::remove_leftovers(&path);
            let loaded = snapshot::load_read(&store, file).map_err(RuntimeError::Load)?;
            let saved_at = match loaded.origin {
                Origin::Snapshot { position, .. } => position,
                Origin::Rebuilt { .. } => 0,
            };
            let place = SnapshotPlace {
                path,
                saved_at: AtomicU64::new(saved_at),
            };
            (
                store,
                loaded.model,
                Some(place),
                Some(loaded.origin),
                loaded.took,
            )
        } else {
            let store = open_store()?;
            let started = std::time::Instant::now();
            let model = ReadModel::load(&store).map_err(RuntimeError::Load)?;
            (store, model, None, None, started.elapsed())
        };
        let access_store: SharedStore = match &config.backend {
            Backend::Sled => {
                let access_path = config.data.join(access::ACCESS_DIR);
                Arc::new(
                    SledStore::open(&access_path, Self::access_sled_options()).map_err(
                        |source| RuntimeError::Open {
                            path: access_path.clone(),
                            source,
                        },
                    )?,
                )
            }
            Backend::Postgres(url) => open_postgres(url, ACCESS_LOG, &config.backend)?,
        };
        let mut runtime = Self::assemble(store, access_store, clock, model, snapshot)?;
        if config.backend == Backend::Sled {
            runtime.sled = Some((config.data.clone(), config.sled.clone()));
        }
        runtime.node_lock = node_lock;
        if let Backend::Postgres(url) = &config.backend {
            runtime.sessions = Some(Arc::new(SessionTable::new(url.clone())));
        }
        runtime.opened.origin = origin;
        runtime.opened.took = took;
        if config.demo {
            runtime.opened.demo_loaded = demo::load_if_empty(&runtime)?;
        }
        Ok(Arc::new(runtime))
    }

    /// A runtime over any store, its model rebuilt from the whole log; no snapshots.
    pub fn over_store(store: SharedStore, clock: Box<dyn Clock>) -> Result<Arc<Self>, AppError> {
        Self::over_stores(store, Self::memory_access(), clock)
    }

    /// A runtime over any store and access log, its model rebuilt from the whole log; no
    /// snapshots. Two of these over the same stores behave as two nodes on one database.
    pub fn over_stores(
        store: SharedStore,
        access_store: SharedStore,
        clock: Box<dyn Clock>,
    ) -> Result<Arc<Self>, AppError> {
        let started = std::time::Instant::now();
        let model = ReadModel::load(&store).map_err(app_error_of)?;
        let mut runtime = Self::assemble(store, access_store, clock, model, None)
            .map_err(|error| AppError::Store(StoreError::Io(error.to_string())))?;
        runtime.opened.took = started.elapsed();
        Ok(Arc::new(runtime))
    }

    /// A runtime over an in-memory copy of a log read from elsewhere (a running server's, a
    /// backup's): every event as the source holds it, folded as a start from the log would.
    pub fn over_log<S: balans_store::LogSource + ?Sized>(
        source: &S,
        clock: Box<dyn Clock>,
    ) -> Result<Arc<Self>, RuntimeError> {
        let store = balans_store::MemoryStore::new();
        balans_store::copy_log(source, &store, |_| {})?;
        Ok(Self::over_store(Arc::new(store), clock)?)
    }

    /// A runtime over a fresh in-memory store (tests).
    pub fn in_memory(clock: Box<dyn Clock>) -> Arc<Self> {
        let runtime = Self::assemble(
            Arc::new(balans_store::MemoryStore::new()),
            Self::memory_access(),
            clock,
            ReadModel::default(),
            None,
        );
        // An empty access log in memory folds to nothing; there is nothing to fail.
        Arc::new(runtime.expect("an empty access log opens"))
    }

    /// An access log in memory: nobody may sign in until someone is added.
    fn memory_access() -> SharedStore {
        Arc::new(balans_store::MemoryStore::new())
    }

    /// The access log is small (people and tokens): a small page cache does.
    pub(crate) fn access_sled_options() -> SledOptions {
        SledOptions {
            cache_capacity: 4 * 1024 * 1024,
            segment_size: Some(64 * 1024),
            ..SledOptions::default()
        }
    }

    fn assemble(
        store: SharedStore,
        access_store: SharedStore,
        clock: Box<dyn Clock>,
        model: ReadModel,
        snapshot: Option<SnapshotPlace>,
    ) -> Result<Self, access::AccessError> {
        Ok(Self {
            access: access::Access::open(access_store)?,
            app: App::with_clock(store, clock),
            model: RwLock::new(model),
            writing: Mutex::new(()),
            saving: Mutex::new(()),
            snapshot,
            past: tokio::sync::Mutex::new(None),
            case_words: import::CaseWords::default(),
            sled: None,
            followed: follow::Followed::default(),
            node_lock: None,
            sessions: None,
            opened: Opened {
                origin: None,
                took: Duration::ZERO,
                demo_loaded: false,
            },
        })
    }

    /// Where the web's sign-in sessions are kept when several nodes share the database
    /// (PostgreSQL); `None` keeps them in the serving process.
    pub fn shared_sessions(&self) -> Option<Arc<SessionTable>> {
        self.sessions.clone()
    }

    /// Who may sign in: people, tokens, and the grants of each.
    pub fn access(&self) -> &access::Access {
        &self.access
    }

    /// A grant as an admin writes it: a role, a party and a forum (its code, name or id). The
    /// forum must exist, and the party must be one the product knows or a union that sits in
    /// a forum, so that a misspelt party does not become a grant nobody can use.
    pub fn resolve_grant(
        &self,
        role: &str,
        party: Option<&str>,
        forum: Option<&str>,
    ) -> Result<balans_domain::Grant, access::AccessError> {
        let live = self.live();
        let forum = forum
            .map(str::trim)
            .filter(|text| !text.is_empty())
            .map(|text| {
                live.resolve_forum(text).map_err(|error| {
                    access::AccessError::Unknown(error.to_string(), error.swedish())
                })
            })
            .transpose()?;
        let party = party.map(str::trim).filter(|text| !text.is_empty());
        if let Some(Ok(parsed)) = party.map(balans_domain::Party::parse) {
            let known = !matches!(parsed, balans_domain::Party::Union(_))
                || balans_domain::Party::known_unions().any(|union| union == parsed)
                || live.forums.values().any(|f| f.unions.contains(&parsed));
            if !known {
                let name = parsed.name().to_string();
                let sitting: Vec<balans_domain::Party> = live
                    .forums
                    .values()
                    .flat_map(|f| f.unions.iter().cloned())
                    .collect();
                let closest = parsed.closest_in_spelling(&sitting);
                let (hint, hint_sv) = closest.map_or_else(Default::default, |party| {
                    (
                        format!(" (did you mean {}?)", party.name()),
                        format!(" (menade du {}?)", party.name()),
                    )
                });
                return Err(access::AccessError::Unknown(
                    format!(
                        "there is no party {name:?}{hint}: write Arbetsgivaren, Fackliga organisationerna or a union that sits in a forum"
                    ),
                    format!(
                        "det finns ingen part som heter {name:?}{hint_sv}: skriv Arbetsgivaren, Fackliga organisationerna eller ett förbund som sitter i en samverkansgrupp"
                    ),
                ));
            }
        }
        drop(live);
        access::grant(role, party, forum)
    }

    /// Makes the admin `admin` when nobody may administer yet (the server's first start, also
    /// over the demo's accounts), with
    /// `password` or a random one; returns the name and password to say once.
    pub fn ensure_admin(
        &self,
        password: Option<&str>,
    ) -> Result<Option<(String, String)>, RuntimeError> {
        if self.access.people().iter().any(|person| {
            person
                .grants
                .iter()
                .any(|grant| grant.role == balans_domain::Role::Admin)
        }) {
            return Ok(None);
        }
        let password = password.map_or_else(access::random_password, str::to_string);
        match self.access.add_person(
            &balans_domain::Principal::local("first-start"),
            "admin",
            "Administratör",
            vec![balans_domain::Grant::admin()],
            Some(&password),
        ) {
            Ok(_) => Ok(Some(("admin".to_string(), password))),
            // Another node on the same database made its first admin at the same moment.
            Err(access::AccessError::Store(StoreError::Conflict { .. })) => {
                self.access.catch_up()?;
                self.ensure_admin(None)
            }
            Err(error) => Err(error.into()),
        }
    }

    /// How the live model was loaded at open.
    pub fn opened(&self) -> &Opened {
        &self.opened
    }

    /// Closes the store if this is the last handle, and settles a sled database so that the
    /// next start does not read again the log this process wrote.
    pub fn close(self: Arc<Self>) -> Closed {
        let Ok(runtime) = Arc::try_unwrap(self) else {
            return Closed::StillInUse;
        };
        let sled = runtime.sled.clone();
        drop(runtime);
        match sled {
            Some((path, options)) => match SledStore::settle(&path, options).and_then(|took| {
                SledStore::settle(&path.join(access::ACCESS_DIR), Self::access_sled_options())
                    .map(|more| took + more)
            }) {
                Ok(took) => Closed::Settled(took),
                Err(error) => Closed::SettleFailed(error),
            },
            None => Closed::Closed,
        }
    }

    /// Runs blocking work on the runtime off the async workers (tokio's blocking pool).
    pub async fn blocking<T: Send + 'static, E: From<AppError> + Send + 'static>(
        self: &Arc<Self>,
        work: impl FnOnce(&Runtime) -> Result<T, E> + Send + 'static,
    ) -> Result<T, E> {
        let runtime = Arc::clone(self);
        tokio::task::spawn_blocking(move || work(&runtime))
            .await
            .unwrap_or_else(|join_error| {
                Err(AppError::Store(StoreError::Io(format!(
                    "the work was interrupted: {join_error}"
                )))
                .into())
            })
    }

    pub fn app(&self) -> &App<SharedStore> {
        &self.app
    }

    pub fn store(&self) -> &SharedStore {
        self.app.store()
    }

    /// Today where the organization is.
    pub fn today(&self) -> Date {
        self.app.clock().today()
    }

    /// The live read model.
    pub fn live(&self) -> RwLockReadGuard<'_, ReadModel> {
        // A panic while applying an event leaves a model that is at worst behind; reading it is safe.
        self.model.read().unwrap_or_else(PoisonError::into_inner)
    }

    /// `Ok` if the store can take writes now; otherwise why not (a full disk:
    /// [`StoreError::StorageFull`]). A store stopped by a failed write opens its database again
    /// here once it can, in this process, and the live model (kept all along) catches up with
    /// whatever the reopened log holds beyond it.
    pub fn writable(&self) -> Result<(), StoreError> {
        self.store().writable()?;
        if self.live().position < self.store().head_position()? {
            self.catch_up().map_err(|error| match error {
                AppError::Store(error) => error,
                other => StoreError::Io(other.to_string()),
            })?;
        }
        Ok(())
    }

    /// Applies whatever the store holds beyond the live model's position.
    pub fn catch_up(&self) -> Result<(), AppError> {
        let _writing = self.writing.lock().unwrap_or_else(PoisonError::into_inner);
        self.catch_up_writing()
    }

    /// [`Runtime::catch_up`] for a caller that holds `writing`.
    fn catch_up_writing(&self) -> Result<(), AppError> {
        let mut model = self.model.write().unwrap_or_else(PoisonError::into_inner);
        model.catch_up(self.store()).map_err(app_error_of)
    }

    /// Brings the live model up to date after a write: applies the events the write returned,
    /// as the domain decided them, and reads the log only for what other writers appended
    /// before them and the model does not hold yet.
    fn apply_written(&self, executed: &Executed) -> Result<(), AppError> {
        let _writing = self.writing.lock().unwrap_or_else(PoisonError::into_inner);
        self.apply_written_writing(executed)
    }

    /// [`Runtime::apply_written`] for a caller that holds `writing`.
    fn apply_written_writing(&self, executed: &Executed) -> Result<(), AppError> {
        let mut model = self.model.write().unwrap_or_else(PoisonError::into_inner);
        if let Some(first) = executed.events.first()
            && first.position > model.position + 1
        {
            model.catch_up(self.store()).map_err(app_error_of)?;
        }
        for (recorded, event) in executed.events.iter().zip(&executed.decided) {
            // Events a catch-up (this one, or another writer's) has applied already.
            if recorded.position > model.position {
                model
                    .apply_event(recorded, event.clone())
                    .map_err(app_error_of)?;
            }
        }
        Ok(())
    }

    /// Executes a command and brings the live model up to date before returning.
    pub fn execute(&self, command: Command, meta: CommandMeta) -> Result<Executed, AppError> {
        let executed = self.app.execute(command, meta)?;
        self.apply_written(&executed)?;
        Ok(executed)
    }

    /// Executes commands as one atomic append (all or nothing), then brings the live model up
    /// to date.
    pub fn execute_batch(
        &self,
        commands: Vec<Command>,
        meta: CommandMeta,
    ) -> Result<Executed, AppError> {
        let executed = self.app.execute_batch(commands, meta)?;
        self.apply_written(&executed)?;
        Ok(executed)
    }

    /// The read model as the data stood at an instant (time travel), folded from the whole log
    /// off the async workers.
    pub async fn as_of(self: &Arc<Self>, instant: Timestamp) -> Result<Arc<ReadModel>, AppError> {
        let mut past = self.past.lock().await;
        if let Some(model) = self.shared_past(&past, instant)? {
            return Ok(model);
        }
        let (head, model) = self
            .blocking(move |runtime| runtime.fold_past(instant))
            .await?;
        Ok(Self::keep_past(&mut past, instant, head, model))
    }

    /// [`Runtime::as_of`] for a caller outside an async runtime (the CLI).
    pub fn as_of_blocking(&self, instant: Timestamp) -> Result<Arc<ReadModel>, AppError> {
        let mut past = self.past.blocking_lock();
        if let Some(model) = self.shared_past(&past, instant)? {
            return Ok(model);
        }
        let (head, model) = self.fold_past(instant)?;
        Ok(Self::keep_past(&mut past, instant, head, model))
    }

    /// The model of the past already folded for `instant`, if the log has not moved since.
    fn shared_past(
        &self,
        past: &Option<PastModel>,
        instant: Timestamp,
    ) -> Result<Option<Arc<ReadModel>>, AppError> {
        let head = self.store().head_position()?;
        Ok(past
            .as_ref()
            .filter(|p| p.instant == instant && p.head == head)
            .and_then(|shared| shared.model.upgrade()))
    }

    /// Folds the log up to `instant`; with the head it began at.
    fn fold_past(&self, instant: Timestamp) -> Result<(u64, ReadModel), AppError> {
        let head = self.store().head_position()?;
        let model = ReadModel::load_until(self.store(), Some(instant)).map_err(app_error_of)?;
        Ok((head, model))
    }

    fn keep_past(
        past: &mut Option<PastModel>,
        instant: Timestamp,
        head: u64,
        model: ReadModel,
    ) -> Arc<ReadModel> {
        let model = Arc::new(model);
        *past = Some(PastModel {
            instant,
            head,
            model: Arc::downgrade(&model),
        });
        model
    }

    /// The given forums, their meetings and their cases as they stood at an instant (see
    /// [`ReadModel::load_forums_until`]): what a question about one forum's past needs.
    pub fn forums_as_of(
        &self,
        forums: Vec<ForumId>,
        instant: Timestamp,
    ) -> Result<ReadModel, AppError> {
        ReadModel::load_forums_until(self.store(), &self.live(), forums, instant)
            .map_err(app_error_of)
    }

    /// A model folded from the whole log, apart from the live one: what a snapshot is checked
    /// against, and what the bench times as a replay.
    pub fn rebuild(&self) -> Result<ReadModel, AppError> {
        ReadModel::load(self.store()).map_err(app_error_of)
    }

    /// Copies the log of the sled database at `from`, in today's format or in one that only
    /// development versions wrote (read without changing it), into this runtime's store, which
    /// must be empty, and brings the live model up to date. `progress` hears how many events
    /// are copied, and of how many.
    pub fn copy_from(
        &self,
        from: &Path,
        progress: impl FnMut(u64, u64),
    ) -> Result<Copied, RuntimeError> {
        let copied =
            balans_store::copy_database(from, SledOptions::default(), self.store(), progress)?;
        self.catch_up()?;
        Ok(copied)
    }

    /// Restores a backup into this runtime's store, which must be empty: every event as the
    /// backup holds it; then the live model catches up.
    pub fn restore(&self, backup: &balans_store::LogInMemory) -> Result<Copied, RuntimeError> {
        let restored = balans_store::backup::restore(backup, self.store())?;
        self.catch_up()?;
        Ok(restored)
    }

    /// How many events the live model holds beyond the last snapshot (0 without snapshots).
    pub fn events_since_snapshot(&self) -> u64 {
        self.snapshot.as_ref().map_or(0, |place| {
            self.live()
                .position
                .saturating_sub(place.saved_at.load(Ordering::Relaxed))
        })
    }

    /// Where the snapshot is kept, if snapshots are on.
    pub fn snapshot_path(&self) -> Option<&Path> {
        self.snapshot.as_ref().map(|place| place.path.as_path())
    }

    /// Saves the live model as the snapshot, unless snapshots are off or nothing changed since
    /// the last one. Writes wait while the model is written out (readers do not): it is read in
    /// place rather than copied, which would double the memory of a large log for that moment.
    /// They go on again before the file is synced.
    pub fn save_snapshot(&self) -> Result<Option<Saved>, SnapshotError> {
        let Some(place) = &self.snapshot else {
            return Ok(None);
        };
        let _one_save = self.saving.lock().unwrap_or_else(PoisonError::into_inner);
        let saved = {
            let _no_writes = self.writing.lock().unwrap_or_else(PoisonError::into_inner);
            let model = self.live();
            if model.position == place.saved_at.load(Ordering::Relaxed) {
                return Ok(None);
            }
            snapshot::write(&model, self.store(), &place.path)
        }
        .and_then(snapshot::Written::commit);
        match saved {
            Ok(saved) => {
                place.saved_at.store(saved.position, Ordering::Relaxed);
                Ok(Some(saved))
            }
            Err(error) => {
                // A save that failed (a full disk) must not keep the room its file took.
                snapshot::remove_leftovers(&place.path);
                Err(error)
            }
        }
    }

    /// Saves a snapshot whenever the log has grown by `every` events since the last one, checking
    /// every few seconds, for as long as the runtime lives. `None` when snapshots are off.
    pub fn keep_snapshots(self: &Arc<Self>, every: u64) -> Option<tokio::task::JoinHandle<()>> {
        if every == 0 || self.snapshot.is_none() {
            return None;
        }
        let runtime = Arc::downgrade(self);
        Some(tokio::spawn(async move {
            let mut ticks = tokio::time::interval(Duration::from_secs(5));
            loop {
                ticks.tick().await;
                let Some(runtime) = runtime.upgrade() else {
                    return;
                };
                if runtime.events_since_snapshot() >= every {
                    runtime.save_snapshot_logged().await;
                }
            }
        }))
    }

    /// Saves the snapshot off the async workers, logging what happened.
    pub async fn save_snapshot_logged(self: &Arc<Self>) {
        let started = std::time::Instant::now();
        let runtime = Arc::clone(self);
        match tokio::task::spawn_blocking(move || runtime.save_snapshot()).await {
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
}

/// The name of the access log (people, tokens) in a PostgreSQL database, beside `main`.
const ACCESS_LOG: &str = "access";

/// Connects to the log `log` of the PostgreSQL database at `url`.
fn open_postgres(url: &str, log: &str, backend: &Backend) -> Result<SharedStore, RuntimeError> {
    let mut config = balans_postgres::PgConfig::new(url, log);
    if log == ACCESS_LOG {
        // People and tokens: a few small reads and rare writes.
        config.pool_size = 2;
    }
    let store =
        balans_postgres::PostgresStore::connect(&config).map_err(|source| RuntimeError::Open {
            path: PathBuf::from(backend.to_string()),
            source,
        })?;
    Ok(Arc::new(store))
}

/// Takes this node's lock on its data directory (made if missing), or says it is in use.
fn lock_node_directory(data: &Path) -> Result<std::fs::File, RuntimeError> {
    let io = |error: std::io::Error| RuntimeError::Open {
        path: data.to_path_buf(),
        source: StoreError::Io(error.to_string()),
    };
    std::fs::create_dir_all(data).map_err(io)?;
    let file = std::fs::OpenOptions::new()
        .create(true)
        .truncate(false)
        .write(true)
        .open(data.join("node.lock"))
        .map_err(io)?;
    match file.try_lock() {
        Ok(()) => Ok(file),
        Err(std::fs::TryLockError::WouldBlock) => Err(RuntimeError::NodeDirectoryInUse {
            path: data.to_path_buf(),
        }),
        Err(std::fs::TryLockError::Error(error)) => Err(io(error)),
    }
}
