//! The service behind the schema: the application layer for writes and a live read model for reads.

use std::path::PathBuf;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex, PoisonError, RwLock, RwLockReadGuard, Weak};
use std::time::Duration;

use balans_app::{App, AppError, Clock, CommandMeta, Executed};
use balans_domain::{Command, ForumId};
use balans_read::ReadModel;
use balans_read::snapshot::{self, Origin, Saved, SnapshotError};
use balans_store::EventStore;
use jiff::Timestamp;
use jiff::civil::Date;

/// The store as the service holds it: any backend behind the trait.
pub type SharedStore = Arc<dyn EventStore>;

/// Writes through the application layer; reads from a read model that every write brings up to
/// date before it returns, so a mutation's result and the next query see the write.
pub struct Service {
    app: App<SharedStore>,
    model: RwLock<ReadModel>,
    /// Held by every write to the model and by a snapshot save for as long as it reads the
    /// model (a second or more on a large log). A write waits for a save here rather than in
    /// the model's lock: queued there, it would hold up every reader that came after it, and
    /// the whole server would stall for the length of the save.
    writing: Mutex<()>,
    /// Held by a snapshot save from start to end, syncing included: saves share one file.
    saving: Mutex<()>,
    snapshot: Option<SnapshotPlace>,
    /// The last model of the past that was folded. Time travel folds one model at a time (each
    /// can be as large as the live one) and shares it with every request for the same instant
    /// while some request still holds it; it is not kept beyond that.
    past: tokio::sync::Mutex<Option<PastModel>>,
}

struct PastModel {
    instant: Timestamp,
    /// The log's head when the fold began: a later event may change the past (an old protocol
    /// imported today), so a model is shared only while the head has not moved.
    head: u64,
    model: Weak<ReadModel>,
}

/// Where the service keeps its read-model snapshot, and the position of the last one saved.
struct SnapshotPlace {
    path: PathBuf,
    saved_at: AtomicU64,
}

impl Service {
    /// Builds the read model from the whole log.
    pub fn open(store: SharedStore, clock: Box<dyn Clock>) -> Result<Arc<Self>, AppError> {
        let model = ReadModel::load(&store)?;
        Ok(Arc::new(Self {
            app: App::with_clock(store, clock),
            model: RwLock::new(model),
            writing: Mutex::new(()),
            saving: Mutex::new(()),
            snapshot: None,
            past: tokio::sync::Mutex::new(None),
        }))
    }

    /// Loads the read model from the snapshot at `path` and the events after it (or from the
    /// whole log when the snapshot cannot be used), and keeps saving snapshots there. `file` is
    /// that snapshot as [`snapshot::read_file`] read it (on another thread while the store
    /// opened, for a faster start).
    pub fn open_with_snapshot(
        store: SharedStore,
        clock: Box<dyn Clock>,
        path: PathBuf,
        file: snapshot::SnapshotFile,
    ) -> Result<(Arc<Self>, Origin, Duration), AppError> {
        let snapshot::Loaded {
            model,
            origin,
            took,
        } = snapshot::load_read(&store, file)?;
        let saved_at = match origin {
            Origin::Snapshot { position, .. } => position,
            Origin::Rebuilt { .. } => 0,
        };
        let service = Arc::new(Self {
            app: App::with_clock(store, clock),
            model: RwLock::new(model),
            writing: Mutex::new(()),
            saving: Mutex::new(()),
            snapshot: Some(SnapshotPlace {
                path,
                saved_at: AtomicU64::new(saved_at),
            }),
            past: tokio::sync::Mutex::new(None),
        });
        Ok((service, origin, took))
    }

    /// How many events the read model holds beyond the last snapshot (0 without snapshots).
    pub fn events_since_snapshot(&self) -> u64 {
        self.snapshot.as_ref().map_or(0, |place| {
            self.read()
                .position
                .saturating_sub(place.saved_at.load(Ordering::Relaxed))
        })
    }

    /// Saves the read model as the snapshot, unless snapshots are off or nothing changed since
    /// the last one. Writes wait while the model is written out (readers do not): it is read in
    /// place rather than copied, which would double the memory of a large log for that moment.
    /// They go on again before the file is synced.
    pub fn save_snapshot(&self) -> Result<Option<Saved>, SnapshotError> {
        let Some(place) = &self.snapshot else {
            return Ok(None);
        };
        // One save at a time: a periodic save and the one at shutdown share the file.
        let _one_save = self.saving.lock().unwrap_or_else(PoisonError::into_inner);
        let written = {
            // No write while the model is read.
            let _no_writes = self.writing.lock().unwrap_or_else(PoisonError::into_inner);
            let model = self.read();
            if model.position == place.saved_at.load(Ordering::Relaxed) {
                return Ok(None);
            }
            snapshot::write(&model, self.store(), &place.path)?
        };
        let saved = written.commit()?;
        place.saved_at.store(saved.position, Ordering::Relaxed);
        Ok(Some(saved))
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

    /// The current read model.
    pub fn read(&self) -> RwLockReadGuard<'_, ReadModel> {
        // A panic while applying an event leaves a model that is at worst behind; reading it is safe.
        self.model
            .read()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    /// The read model as the data stood at an instant (time travel). Folding the log takes
    /// seconds on a large one, so it runs off the async workers, one fold at a time.
    pub async fn model_as_of(&self, instant: Timestamp) -> Result<Arc<ReadModel>, AppError> {
        let mut past = self.past.lock().await;
        let head = self.store().head_position()?;
        if let Some(shared) = past
            .as_ref()
            .filter(|p| p.instant == instant && p.head == head)
            && let Some(model) = shared.model.upgrade()
        {
            return Ok(model);
        }
        let store = Arc::clone(self.store());
        let model =
            Arc::new(run_blocking(move || ReadModel::load_until(&store, Some(instant))).await?);
        *past = Some(PastModel {
            instant,
            head,
            model: Arc::downgrade(&model),
        });
        Ok(model)
    }

    /// The given forums, their meetings and their cases as they stood at an instant (see
    /// [`ReadModel::load_forums_until`]): what a question about one forum's past needs.
    pub async fn forums_as_of(
        self: &Arc<Self>,
        forums: Vec<ForumId>,
        instant: Timestamp,
    ) -> Result<ReadModel, AppError> {
        let service = Arc::clone(self);
        run_blocking(move || {
            ReadModel::load_forums_until(service.store(), &service.read(), forums, instant)
        })
        .await
    }

    /// Applies whatever the store holds beyond the read model's position.
    pub fn catch_up(&self) -> Result<(), AppError> {
        let _writing = self.writing.lock().unwrap_or_else(PoisonError::into_inner);
        let mut model = self
            .model
            .write()
            .unwrap_or_else(|poisoned| poisoned.into_inner());
        model.catch_up(self.store())
    }

    /// Executes a command (its durable append blocks, so it runs off the async workers) and
    /// brings the read model up to date before returning.
    pub async fn execute(
        self: &Arc<Self>,
        command: Command,
        meta: CommandMeta,
    ) -> Result<Executed, AppError> {
        let service = Arc::clone(self);
        run_blocking(move || {
            let executed = service.app.execute_knowing(command, meta, &service.model)?;
            service.catch_up()?;
            Ok(executed)
        })
        .await
    }

    /// Executes commands as one atomic batch, then brings the read model up to date.
    pub async fn execute_batch(
        self: &Arc<Self>,
        commands: Vec<Command>,
        meta: CommandMeta,
    ) -> Result<Executed, AppError> {
        let service = Arc::clone(self);
        run_blocking(move || {
            let executed = service
                .app
                .execute_batch_knowing(commands, meta, &service.model)?;
            service.catch_up()?;
            Ok(executed)
        })
        .await
    }
}

impl Service {
    /// Runs blocking work (an import that reads the log and appends) off the async workers,
    /// then brings the read model up to date so the next query sees what it wrote.
    pub async fn write_blocking<T: Send + 'static, E: Send + 'static>(
        self: &Arc<Self>,
        work: impl FnOnce(&App<SharedStore>) -> Result<T, E> + Send + 'static,
    ) -> Result<Result<T, E>, AppError> {
        let service = Arc::clone(self);
        run_blocking(move || {
            let result = work(&service.app);
            service.catch_up()?;
            Ok(result)
        })
        .await
    }
}

async fn run_blocking<T: Send + 'static>(
    work: impl FnOnce() -> Result<T, AppError> + Send + 'static,
) -> Result<T, AppError> {
    tokio::task::spawn_blocking(work)
        .await
        .unwrap_or_else(|join_error| {
            Err(AppError::Store(balans_store::StoreError::Io(format!(
                "the work was interrupted: {join_error}"
            ))))
        })
}
