//! The store under concurrent writers, cut at random points: every acknowledged append survives whole.

use balans_store::SledOptions;

use crate::harness::{Ledger, Workload, check_after_restart, run_until_cut};
use crate::support::{Rng, TestDisk};
use balans_powercut::Names;

const ROUNDS: usize = 10;

#[test]
fn acknowledged_appends_survive_power_cuts_under_concurrent_writers() {
    let test = "acknowledged_appends_survive_power_cuts_under_concurrent_writers";
    let disk = TestDisk::new();
    let Some(first) = disk.mount(Names::Journaled, test) else {
        return;
    };
    let mut rng = Rng::from_env(test);
    let work = Workload {
        writers: 4,
        sharing: 2,
        payload_bytes: (20, 600),
        cut_after_acks: (1, 200),
        options: SledOptions::default(),
    };
    let mut ledger = Ledger::default();
    let mut mount = Some(first);
    let mut head = 0;
    for round in 1..=ROUNDS {
        let mounted = mount
            .take()
            .unwrap_or_else(|| disk.remount(Names::Journaled));
        let done = run_until_cut(mounted, &work, &mut rng, &mut ledger);
        let now = check_after_restart(&disk, &work, &ledger);
        eprintln!(
            "round {round}: {} acknowledged, {} writers refused after the cut, {:?}; head {head} → {now}",
            done.acknowledged, done.failed_after_cut, done.report
        );
        assert!(
            now >= head,
            "the log lost events it held after the last round"
        );
        head = now;
    }
    eprintln!(
        "{ROUNDS} rounds, {} writers: {} acknowledged appends checked, {head} events",
        work.writers,
        ledger.acknowledged()
    );
}
