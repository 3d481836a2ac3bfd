//! Following other writers: keeps the live model and the access directory up with what other processes append to the same database (another node on one PostgreSQL database).
//!
//! A node applies its own writes as it makes them (read-your-writes). Another node's writes
//! reach it through the store's head ([`balans_store::EventStore::subscribe`], woken by
//! `LISTEN/NOTIFY` on PostgreSQL): the follower then reads the events after the model's
//! position, in log order, so nothing is skipped or applied twice, also after a lost
//! connection (the next wake reads from the position, not from the notification). The lag
//! from an event's `recorded_at` to the moment this node applied it is kept for `/metrics`.

use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, PoisonError};
use std::time::Duration;

use balans_app::AppError;
use jiff::Timestamp;

use crate::Runtime;

/// How often the follower asks the store for its head even without a wake-up.
const RECHECK_EVERY: Duration = Duration::from_secs(5);

/// What the follower has seen: how many events of other writers it applied, and how late.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct FollowStats {
    /// Events applied by catching up with the log (other writers') rather than by this node's
    /// own writes.
    pub events: u64,
    /// The lag of the last catch-up that applied any: from the newest event's `recorded_at`
    /// to the moment it was applied here (between machines, their clocks' difference counts).
    pub last_lag: Option<Duration>,
    /// The largest lag seen.
    pub max_lag: Option<Duration>,
}

/// The follower's counters, shared by its task and the readers of [`Runtime::follow_stats`].
#[derive(Debug, Default)]
pub(crate) struct Followed {
    events: AtomicU64,
    /// Microseconds plus one; 0 for none yet.
    last_lag: AtomicU64,
    max_lag: AtomicU64,
}

impl Followed {
    fn record_lag(&self, lag: Duration) {
        let micros = u64::try_from(lag.as_micros()).unwrap_or(u64::MAX - 1) + 1;
        self.last_lag.store(micros, Ordering::Relaxed);
        self.max_lag.fetch_max(micros, Ordering::Relaxed);
    }

    /// Other writers' events applied from the log.
    pub(crate) fn count(&self, events: u64) {
        self.events.fetch_add(events, Ordering::Relaxed);
    }

    fn stats(&self) -> FollowStats {
        let lag = |micros: u64| micros.checked_sub(1).map(Duration::from_micros);
        FollowStats {
            events: self.events.load(Ordering::Relaxed),
            last_lag: lag(self.last_lag.load(Ordering::Relaxed)),
            max_lag: lag(self.max_lag.load(Ordering::Relaxed)),
        }
    }
}

impl Runtime {
    /// Applies whatever the log holds beyond the live model (other writers' events), and
    /// what the access log holds beyond the directory; keeps the lag for
    /// [`Runtime::follow_stats`].
    pub fn catch_up_with_others(&self) -> Result<(), AppError> {
        let _writing = self.writing.lock().unwrap_or_else(PoisonError::into_inner);
        self.catch_up_writing()?;
        self.access
            .catch_up()
            .map_err(|error| AppError::Store(balans_store::StoreError::Io(error.to_string())))?;
        Ok(())
    }

    /// Counts the other writers' events a catch-up applied (positions `before` to `after`),
    /// and how late the newest of them arrived here. The lag costs a read, made only when some
    /// were applied: on a single node never.
    pub(crate) fn followed_from(&self, before: u64, after: u64) {
        if after <= before {
            return;
        }
        self.followed.count(after - before);
        match self.store().read_positions(&[after]) {
            Ok(newest) => {
                if let Some(newest) = newest.first() {
                    let lag = Timestamp::now()
                        .duration_since(newest.recorded_at)
                        .try_into()
                        .unwrap_or(Duration::ZERO);
                    self.followed.record_lag(lag);
                }
            }
            // The events are applied; only the figure for /metrics is missing.
            Err(error) => tracing::debug!(%error, "cannot read the newest followed event"),
        }
    }

    /// How far behind other writers this node has been.
    pub fn follow_stats(&self) -> FollowStats {
        self.followed.stats()
    }

    /// Follows the log and the access log for as long as the runtime lives: each time either
    /// store's head moves past what this node holds, it catches up (off the async workers).
    /// On a single node every append is this node's own and already applied, so a wake-up
    /// costs a comparison.
    pub fn follow(self: &Arc<Self>) -> tokio::task::JoinHandle<()> {
        let runtime = Arc::downgrade(self);
        let mut log = self.store().subscribe();
        let mut access = self.access.store().subscribe();
        tokio::spawn(async move {
            let mut now_and_then = tokio::time::interval(RECHECK_EVERY);
            loop {
                let mut recheck = false;
                tokio::select! {
                    changed = log.changed() => if changed.is_err() { return },
                    changed = access.changed() => if changed.is_err() { return },
                    _ = now_and_then.tick() => recheck = true,
                }
                let Some(runtime) = runtime.upgrade() else {
                    return;
                };
                let head = *log.borrow_and_update();
                access.borrow_and_update();
                // A wake-up lost with a dropped connection is made up for by asking the store
                // now and then.
                let behind = recheck || runtime.live().position < head;
                // The access log's head says nothing about the directory's version, so it is
                // read whenever it moves; it is small.
                let work = Arc::clone(&runtime);
                let caught = tokio::task::spawn_blocking(move || {
                    if behind {
                        work.catch_up_with_others()
                    } else {
                        work.access.catch_up().map(|_| ()).map_err(|error| {
                            AppError::Store(balans_store::StoreError::Io(error.to_string()))
                        })
                    }
                })
                .await;
                match caught {
                    Ok(Ok(())) => {}
                    // The next wake-up reads from the model's position again: nothing is lost.
                    Ok(Err(error)) => tracing::warn!(%error, "could not catch up with the log"),
                    Err(error) => tracing::warn!(%error, "the catch-up was interrupted"),
                }
            }
        })
    }
}
