//! Writers that append to a store on the power-cut disk until the power goes, and the check of what a restart finds.

use std::collections::{BTreeMap, HashMap};
use std::path::Path;
use std::sync::Mutex;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};

use balans_powercut::{Mount, Names};
use balans_store::conformance::{event, request};
use balans_store::{
    AppendRequest, EventStore, ExpectedVersion, SledOptions, SledStore, StoreError, StreamId,
};

use crate::support::{Rng, TestDisk};

/// A stream every writer appends to, each with the version it read as its expectation.
pub const SHARED: &str = "forum-shared";

/// What the writers of a round do.
#[derive(Debug, Clone)]
pub struct Workload {
    pub writers: u64,
    /// Of the writers, how many also append to the shared stream in each append.
    pub sharing: u64,
    /// The bytes of each event's payload, drawn from this range (inclusive).
    pub payload_bytes: (u64, u64),
    /// The power is cut once this many appends are acknowledged, drawn from this range.
    pub cut_after_acks: (u64, u64),
    pub options: SledOptions,
}

/// An append as sent, and its outcome if it was acknowledged.
#[derive(Debug, Clone)]
pub struct Sent {
    pub request: AppendRequest,
    pub acknowledged: Option<balans_store::AppendOutcome>,
}

/// Every append sent over all rounds, by command id.
#[derive(Debug, Default)]
pub struct Ledger {
    pub sent: HashMap<ulid::Ulid, Sent>,
}

impl Ledger {
    pub fn acknowledged(&self) -> usize {
        self.sent
            .values()
            .filter(|sent| sent.acknowledged.is_some())
            .count()
    }
}

/// What one round did, for the log and for the checks.
#[derive(Debug)]
pub struct Round {
    pub acknowledged: u64,
    pub failed_after_cut: u64,
    pub report: balans_powercut::CutReport,
}

pub fn open(mount: &Mount, options: &SledOptions) -> SledStore {
    SledStore::open(&mount.path().join("db"), options.clone()).expect("open the store")
}

/// Runs the writers on a store at `mount` until the power is cut at a random number of
/// acknowledged appends; every append sent goes in `ledger`.
pub fn run_until_cut(mount: Mount, work: &Workload, rng: &mut Rng, ledger: &mut Ledger) -> Round {
    let cut_at = rng.between(work.cut_after_acks.0, work.cut_after_acks.1);
    let seeds: Vec<u64> = (0..work.writers).map(|_| rng.next()).collect();
    let store = open(&mount, &work.options);
    let acknowledged = AtomicU64::new(0);
    let failed = AtomicU64::new(0);
    let stop = AtomicBool::new(false);
    let cut = AtomicBool::new(false);
    let linger = rng.between(0, 3000);
    // Every other cut finds some of the unsynced writes written all the same.
    let keep_seed = rng.next().is_multiple_of(2).then(|| rng.next());
    let sent = Mutex::new(Vec::new());
    let report = std::thread::scope(|scope| {
        for (writer, seed) in seeds.into_iter().enumerate() {
            let (store, work, sent) = (&store, work, &sent);
            let (acknowledged, failed, stop, cut) = (&acknowledged, &failed, &stop, &cut);
            scope.spawn(move || {
                let mut rng = Rng::seeded(seed);
                let own = format!("case-{writer}");
                let shares = (writer as u64) < work.sharing;
                while !stop.load(Ordering::Relaxed) {
                    let Ok(append) = next_append(store, &own, shares, work, &mut rng) else {
                        assert!(cut.load(Ordering::SeqCst), "a read failed before the cut");
                        failed.fetch_add(1, Ordering::SeqCst);
                        break;
                    };
                    let outcome = store.append(append.clone());
                    let ok = outcome.as_ref().ok().cloned();
                    let failed_now =
                        matches!(&outcome, Err(e) if !matches!(e, StoreError::Conflict { .. }));
                    sent.lock().expect("the ledger").push(Sent {
                        request: append,
                        acknowledged: ok.clone(),
                    });
                    if ok.is_some() {
                        acknowledged.fetch_add(1, Ordering::SeqCst);
                    }
                    if failed_now {
                        // After the cut every append fails: the store stops taking them.
                        assert!(cut.load(Ordering::SeqCst), "{outcome:?} before the cut");
                        failed.fetch_add(1, Ordering::SeqCst);
                        break;
                    }
                }
            });
        }
        // The cut, once enough appends are acknowledged (or every writer stopped).
        while acknowledged.load(Ordering::SeqCst) < cut_at
            && failed.load(Ordering::SeqCst) < work.writers
        {
            std::thread::yield_now();
        }
        // A little later still, so that cuts land anywhere in an append.
        for _ in 0..linger {
            std::thread::yield_now();
        }
        cut.store(true, Ordering::SeqCst);
        let report = match keep_seed {
            Some(seed) => mount.cut_keeping_some(seed),
            None => mount.cut(),
        };
        stop.store(true, Ordering::Relaxed);
        report
    });
    drop(store);
    mount.unmount().expect("unmount after the cut");
    for append in sent.into_inner().expect("the ledger") {
        ledger.sent.insert(append.request.command_id, append);
    }
    Round {
        acknowledged: acknowledged.into_inner(),
        failed_after_cut: failed.into_inner(),
        report,
    }
}

fn next_append(
    store: &SledStore,
    own: &str,
    shares: bool,
    work: &Workload,
    rng: &mut Rng,
) -> Result<AppendRequest, StoreError> {
    let payload = |rng: &mut Rng| {
        let len = rng.between(work.payload_bytes.0, work.payload_bytes.1) as usize;
        // Hex of random bytes: compresses about 2×, as no real payload does less.
        let text: String = (0..len.div_ceil(16))
            .map(|_| format!("{:016x}", rng.next()))
            .collect::<String>()[..len]
            .to_string();
        balans_store::Payload::from_json_text(serde_json::to_string(&text).expect("json"))
            .expect("a payload")
    };
    let version = store.stream_version(&StreamId::new(own))?;
    let mut expectations = vec![(own, ExpectedVersion::Exact(version))];
    let mut events = vec![event(own, version + 1)];
    if rng.next().is_multiple_of(2) {
        events.push(event(own, version + 2));
    }
    if shares {
        let shared = store.stream_version(&StreamId::new(SHARED))?;
        expectations.push((SHARED, ExpectedVersion::Exact(shared)));
        events.push(event(SHARED, shared + 1));
    }
    let mut append = request(&expectations, events);
    for event in &mut append.events {
        event.causation = append.command_id;
        event.payload = payload(rng);
    }
    Ok(append)
}

/// After a restart: the store opens, holds every acknowledged append whole at the positions
/// and versions it was acknowledged with, and nothing else but whole appends that were sent;
/// positions are gapless from 1 and every stream's version agrees with its events.
pub fn check_after_restart(disk: &TestDisk, work: &Workload, ledger: &Ledger) -> u64 {
    let mount = disk.remount(Names::Journaled);
    let store = open(&mount, &work.options);
    let head = check_store(&store, ledger);
    drop(store);
    mount.unmount().expect("unmount after checking");
    head
}

pub fn check_store(store: &SledStore, ledger: &Ledger) -> u64 {
    let head = store.head_position().expect("head");
    let log = store.read_all(1, usize::MAX).expect("read_all");
    assert_eq!(
        log.iter().map(|e| e.position).collect::<Vec<_>>(),
        (1..=head).collect::<Vec<_>>(),
        "positions are gapless from 1 to the head"
    );
    // Every append in the log is one that was sent, whole, its events next to each other.
    let mut at = 0;
    while at < log.len() {
        let command = log[at].causation;
        let sent = ledger
            .sent
            .get(&command)
            .unwrap_or_else(|| panic!("position {}: an append no writer sent", log[at].position));
        let expected = &sent.request.events;
        let found = &log[at..(at + expected.len()).min(log.len())];
        assert_eq!(
            found.iter().map(|e| e.id).collect::<Vec<_>>(),
            expected.iter().map(|e| e.id).collect::<Vec<_>>(),
            "the append at position {} is not whole",
            log[at].position
        );
        for (stored, sent) in found.iter().zip(expected) {
            assert_eq!(
                stored.payload, sent.payload,
                "payload at {}",
                stored.position
            );
            assert_eq!(stored.stream, sent.stream);
        }
        at += expected.len();
    }
    // Every acknowledged append is there, where and as it was acknowledged.
    let by_id: HashMap<ulid::Ulid, &balans_store::RecordedEvent> =
        log.iter().map(|e| (e.id, e)).collect();
    for sent in ledger.sent.values() {
        let Some(outcome) = &sent.acknowledged else {
            continue;
        };
        let first = outcome.first_position.expect("every append has events");
        for (offset, event) in sent.request.events.iter().enumerate() {
            let stored = by_id.get(&event.id).unwrap_or_else(|| {
                panic!(
                    "an acknowledged append at position {first} is lost (command {})",
                    sent.request.command_id
                )
            });
            assert_eq!(stored.position, first + offset as u64);
        }
        for (stream, version) in &outcome.stream_versions {
            let last = sent
                .request
                .events
                .iter()
                .rev()
                .find(|e| &e.stream == stream)
                .expect("the stream was written");
            assert_eq!(by_id[&last.id].stream_version, *version, "{stream:?}");
        }
        assert!(
            store
                .command_outcome(sent.request.command_id)
                .expect("command outcome")
                .is_some(),
            "the acknowledged command's outcome is lost"
        );
    }
    // Every stream's events are its versions 1..n, and its version is n.
    let mut streams: BTreeMap<&StreamId, Vec<u64>> = BTreeMap::new();
    for event in &log {
        streams
            .entry(&event.stream)
            .or_default()
            .push(event.stream_version);
    }
    for (stream, versions) in streams {
        assert_eq!(
            versions,
            (1..=versions.len() as u64).collect::<Vec<_>>(),
            "{stream:?}"
        );
        assert_eq!(
            store.stream_version(stream).expect("version"),
            versions.len() as u64,
            "the head of {stream:?} agrees with its events"
        );
        assert_eq!(
            store.read_stream(stream, 1).expect("read_stream").len(),
            versions.len(),
            "the index of {stream:?} agrees with the log"
        );
    }
    head
}

/// The size of the file sled keeps its log in, on the backing disk.
pub fn log_file_len(backing: &Path) -> u64 {
    std::fs::metadata(backing.join("db").join("db"))
        .map(|m| m.len())
        .unwrap_or(0)
}
