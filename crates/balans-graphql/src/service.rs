//! The service behind the schema: the application layer for writes and a live read model for reads.

use std::sync::{Arc, RwLock, RwLockReadGuard};

use balans_app::{App, AppError, Clock, CommandMeta, Executed};
use balans_domain::Command;
use balans_read::ReadModel;
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
}

impl Service {
    /// Builds the read model from the whole log.
    pub fn open(store: SharedStore, clock: Box<dyn Clock>) -> Result<Arc<Self>, AppError> {
        let model = ReadModel::load(&store)?;
        Ok(Arc::new(Self {
            app: App::with_clock(store, clock),
            model: RwLock::new(model),
        }))
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

    /// The read model as the data stood at an instant (time travel).
    pub fn model_as_of(&self, instant: Timestamp) -> Result<ReadModel, AppError> {
        ReadModel::load_until(self.store(), Some(instant))
    }

    /// Applies whatever the store holds beyond the read model's position.
    pub fn catch_up(&self) -> Result<(), AppError> {
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
            let executed = service.app.execute(command, meta)?;
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
            let executed = service.app.execute_batch(commands, meta)?;
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
                "the write was interrupted: {join_error}"
            ))))
        })
}
