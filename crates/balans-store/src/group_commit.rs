//! Group commit: appenders whose appends are written share one flush-and-fdatasync.
//!
//! Each appender takes a ticket after its append was written. One of the waiting appenders
//! becomes the leader, notes how many tickets exist, syncs, and then declares all of them
//! durable: every ticket counted was taken after its append was written, so the sync that
//! started after the count covers it. The others sleep instead of syncing again.
//!
//! A leader first waits for as many tickets as the last sync covered, for at most as long as
//! the last sync took (and never more than [`MAX_GATHER`]). The appenders that one sync wakes
//! come back one after another: without the wait, the first of them leads a sync of its own
//! and the rest wait a whole extra round, so that groups hold half the writers on average. A
//! lone appender's last group was itself alone, so its sync starts at once.
//!
//! A sync wakes only the appenders it made durable, and the first of those it did not (to lead
//! the next sync): with 64 appenders, waking all of them on every sync spent the two cores on
//! context switches of appenders that went straight back to sleep.

use std::collections::BTreeMap;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Mutex, MutexGuard, PoisonError};
use std::thread::Thread;
use std::time::{Duration, Instant};

/// The longest a leader waits for the appenders of the last group to join its sync.
pub(crate) const MAX_GATHER: Duration = Duration::from_millis(1);

use crate::StoreError;

pub(crate) struct GroupCommit {
    /// Tickets handed out, i.e. commits that wait (or waited) to become durable.
    committed: AtomicU64,
    /// Syncs that completed successfully.
    syncs: AtomicU64,
    /// Tickets the last successful sync made durable.
    last_group: AtomicU64,
    /// How long the last successful sync took, in nanoseconds.
    last_sync_nanos: AtomicU64,
    state: Mutex<State>,
}

struct State {
    /// Every ticket up to this one is durable.
    durable: u64,
    /// A leader is syncing right now.
    syncing: bool,
    /// The first sync failure. After a failed fsync the kernel may have dropped the dirty
    /// pages and a later fsync can report success without having written them, so no later
    /// sync can be trusted to cover what was pending: the store stops acknowledging appends.
    failure: Option<Failure>,
    /// The appenders asleep while a sync runs, by ticket.
    waiting: BTreeMap<u64, Thread>,
}

impl State {
    /// Wakes the appenders that are durable now, and the first one that is not, to lead the
    /// next sync; after a failure, all of them.
    fn wake(&mut self) {
        if self.failure.is_some() {
            for (_, thread) in std::mem::take(&mut self.waiting) {
                thread.unpark();
            }
            return;
        }
        let not_yet = self.waiting.split_off(&(self.durable + 1));
        for (_, thread) in std::mem::replace(&mut self.waiting, not_yet) {
            thread.unpark();
        }
        if let Some((_, next_leader)) = self.waiting.first_key_value() {
            next_leader.unpark();
        }
    }
}

impl GroupCommit {
    pub fn new() -> Self {
        Self {
            committed: AtomicU64::new(0),
            syncs: AtomicU64::new(0),
            last_group: AtomicU64::new(0),
            last_sync_nanos: AtomicU64::new(0),
            state: Mutex::new(State {
                durable: 0,
                syncing: false,
                failure: None,
                waiting: BTreeMap::new(),
            }),
        }
    }

    fn lock(&self) -> MutexGuard<'_, State> {
        // The state is only ever changed by short, non-panicking assignments.
        self.state.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// Why the group stopped, if it did: a write or a sync failed.
    pub fn failure(&self) -> Option<Failure> {
        self.lock().failure.clone()
    }

    /// Stops the store from acknowledging anything more: what it wrote can no longer be
    /// trusted to be whole. Wakes the appenders waiting, who get `reason`.
    pub fn fail(&self, failure: Failure) {
        let mut state = self.lock();
        state.failure.get_or_insert(failure);
        state.wake();
    }

    /// Must be called only after the caller's append was written.
    pub fn ticket(&self) -> u64 {
        self.committed.fetch_add(1, Ordering::SeqCst) + 1
    }

    /// Returns once `ticket` is durable, running `sync` itself if no one else is.
    pub fn wait_durable(
        &self,
        ticket: u64,
        sync: impl Fn() -> Result<(), Failure>,
    ) -> Result<(), StoreError> {
        let mut state = self.lock();
        loop {
            if state.durable >= ticket {
                return Ok(());
            }
            if let Some(failure) = &state.failure {
                return Err(failure.error());
            }
            if state.syncing {
                // Registered under the lock before sleeping, so a wake that comes before the
                // park is not lost (`unpark` leaves a token); a wake for an older sleep only
                // costs one more look. Registered only while asleep: the sync that wakes it
                // may already have taken it out.
                state.waiting.insert(ticket, std::thread::current());
                drop(state);
                std::thread::park();
                state = self.lock();
                state.waiting.remove(&ticket);
                continue;
            }

            state.syncing = true;
            let durable = state.durable;
            drop(state);
            self.gather(durable);
            let target = self.committed.load(Ordering::SeqCst);

            let mut leader = Leader {
                group: self,
                armed: true,
            };
            let started = Instant::now();
            let result = sync();
            let took = started.elapsed();
            leader.armed = false;

            state = self.lock();
            state.syncing = false;
            match result {
                Ok(()) => {
                    self.syncs.fetch_add(1, Ordering::SeqCst);
                    self.last_group
                        .store(target.saturating_sub(state.durable), Ordering::SeqCst);
                    self.last_sync_nanos.store(
                        u64::try_from(took.as_nanos()).unwrap_or(u64::MAX),
                        Ordering::SeqCst,
                    );
                    state.durable = state.durable.max(target);
                }
                Err(error) => {
                    state.failure.get_or_insert(error);
                }
            }
            state.wake();
        }
    }

    /// Waits (briefly) until as many tickets as the last sync covered are waiting again.
    fn gather(&self, durable: u64) {
        let want = self.last_group.load(Ordering::SeqCst);
        if want <= 1 {
            return;
        }
        let bound =
            Duration::from_nanos(self.last_sync_nanos.load(Ordering::SeqCst)).min(MAX_GATHER);
        let deadline = Instant::now() + bound;
        while self
            .committed
            .load(Ordering::SeqCst)
            .saturating_sub(durable)
            < want
            && Instant::now() < deadline
        {
            std::thread::yield_now();
        }
    }

    pub fn committed(&self) -> u64 {
        self.committed.load(Ordering::SeqCst)
    }

    pub fn durable(&self) -> u64 {
        self.lock().durable
    }

    pub fn syncs(&self) -> u64 {
        self.syncs.load(Ordering::SeqCst)
    }
}

/// Why a group stopped: what failed, and whether it failed for lack of space.
#[derive(Debug, Clone)]
pub(crate) struct Failure {
    pub(crate) reason: String,
    /// The disk was full (`ENOSPC`): once there is room again, a reopened store can write.
    pub(crate) storage_full: bool,
}

impl From<&str> for Failure {
    fn from(reason: &str) -> Self {
        Self {
            reason: reason.to_string(),
            storage_full: false,
        }
    }
}

impl Failure {
    /// The error the appenders of a stopped group get.
    pub(crate) fn error(&self) -> StoreError {
        if self.storage_full {
            return StoreError::StorageFull(self.reason.clone());
        }
        StoreError::Io(format!(
            "a sync to disk failed, so appends since the last good sync may not be durable \
             and the store accepts no more appends (reopen it to recover): {}",
            self.reason
        ))
    }
}

/// Unblocks the followers if the leader's sync panics: otherwise `syncing` would stay set and
/// they would wait forever.
struct Leader<'a> {
    group: &'a GroupCommit,
    armed: bool,
}

impl Drop for Leader<'_> {
    fn drop(&mut self) {
        if self.armed {
            let mut state = self.group.lock();
            state.syncing = false;
            state
                .failure
                .get_or_insert_with(|| "the sync panicked".into());
            state.wake();
        }
    }
}

#[cfg(test)]
mod tests {
    use std::sync::Barrier;
    use std::sync::atomic::AtomicUsize;
    use std::time::Duration;

    use super::*;

    #[test]
    fn one_committer_syncs_once_per_ticket() {
        let group = GroupCommit::new();
        for expected in 1..=3 {
            let ticket = group.ticket();
            group.wait_durable(ticket, || Ok(())).unwrap();
            assert_eq!(group.syncs(), expected);
            assert_eq!(group.durable(), expected);
        }
    }

    /// `threads` committers, started together, each commit `rounds` times and wait for a sync
    /// that takes `sync_time`; checks after each wait that the ticket is durable. Returns how
    /// many times a sync ran.
    fn commit_concurrently(
        group: &GroupCommit,
        threads: usize,
        rounds: usize,
        sync_time: Duration,
    ) -> usize {
        let calls = AtomicUsize::new(0);
        let barrier = Barrier::new(threads);
        std::thread::scope(|scope| {
            for _ in 0..threads {
                scope.spawn(|| {
                    barrier.wait();
                    for _ in 0..rounds {
                        let ticket = group.ticket();
                        group
                            .wait_durable(ticket, || {
                                calls.fetch_add(1, Ordering::SeqCst);
                                std::thread::sleep(sync_time);
                                Ok(())
                            })
                            .unwrap();
                        assert!(group.durable() >= ticket);
                    }
                });
            }
        });
        calls.load(Ordering::SeqCst)
    }

    #[test]
    fn concurrent_committers_share_syncs() {
        let group = GroupCommit::new();
        let threads = 8;
        let rounds = 20;
        let calls = commit_concurrently(&group, threads, rounds, Duration::from_millis(2));
        let total = (threads * rounds) as u64;
        assert_eq!(group.committed(), total);
        assert_eq!(group.durable(), total);
        assert_eq!(group.syncs(), calls as u64);
        assert!(
            group.syncs() < total,
            "{} syncs for {total} commits",
            group.syncs()
        );
    }

    #[test]
    fn sixty_four_committers_each_return_once_a_sync_covers_them() {
        // Each sync wakes only those it covered and one to lead the next: every committer must
        // still get through, none before its ticket is durable.
        let group = GroupCommit::new();
        let threads = 64;
        let rounds = 10;
        commit_concurrently(&group, threads, rounds, Duration::from_micros(500));
        let total = (threads * rounds) as u64;
        assert_eq!(group.durable(), total);
        assert!(group.lock().waiting.is_empty(), "no one is left asleep");
        assert!(group.syncs() < total / 4, "{} syncs", group.syncs());
    }

    #[test]
    fn a_failed_sync_reaches_its_waiters_and_stops_the_store() {
        let group = GroupCommit::new();
        let first = group.ticket();
        group.wait_durable(first, || Ok(())).unwrap();

        let second = group.ticket();
        let error = group
            .wait_durable(second, || Err("disk on fire".into()))
            .unwrap_err();
        assert!(error.to_string().contains("disk on fire"), "{error}");
        // What was durable before the failure stays acknowledged.
        group
            .wait_durable(first, || panic!("no sync needed"))
            .unwrap();
        assert!(group.failure().is_some());
        let third = group.ticket();
        assert!(group.wait_durable(third, || Ok(())).is_err());
        assert_eq!(group.syncs(), 1);
    }

    #[test]
    fn followers_of_a_failed_leader_get_the_error() {
        let group = GroupCommit::new();
        let barrier = Barrier::new(4);
        let errors = AtomicUsize::new(0);
        std::thread::scope(|scope| {
            for _ in 0..4 {
                scope.spawn(|| {
                    let ticket = group.ticket();
                    barrier.wait();
                    let result = group.wait_durable(ticket, || {
                        std::thread::sleep(Duration::from_millis(20));
                        Err("EIO".into())
                    });
                    if result.is_err() {
                        errors.fetch_add(1, Ordering::SeqCst);
                    }
                });
            }
        });
        assert_eq!(errors.load(Ordering::SeqCst), 4);
    }

    #[test]
    fn a_panicking_leader_does_not_strand_its_followers() {
        let group = GroupCommit::new();
        let ticket = group.ticket();
        let panicked = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
            group.wait_durable(ticket, || panic!("sync blew up"))
        }));
        assert!(panicked.is_err());
        let error = group.wait_durable(ticket, || Ok(())).unwrap_err();
        assert!(error.to_string().contains("panicked"), "{error}");
    }
}
