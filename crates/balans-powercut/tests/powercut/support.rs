//! What the tests share: a disk in a temporary directory, a seeded generator, the seed's log line.

use balans_powercut::{Disk, Mount, Names};
use tempfile::TempDir;

/// A power-cut disk under a temporary directory, mounted, or `None` (the test is skipped)
/// where FUSE is not available.
pub struct TestDisk {
    pub disk: Disk,
    _root: TempDir,
}

impl TestDisk {
    pub fn new() -> Self {
        let root = TempDir::new().expect("a temporary directory");
        let disk = Disk::new(root.path()).expect("the disk's directories");
        Self { disk, _root: root }
    }

    /// Power on, or `None` if this machine cannot mount FUSE (the test then returns).
    pub fn mount(&self, names: Names, test: &str) -> Option<Mount> {
        self.disk.mount_or_skip(names, test)
    }

    /// Power on again after a cut; the first mount succeeded, so this one must.
    pub fn remount(&self, names: Names) -> Mount {
        self.disk.mount(names).expect("mount the disk again")
    }
}

/// splitmix64: a small seeded generator, so that a failing round can be run again.
pub struct Rng(u64);

impl Rng {
    /// Seeded from `BALANS_POWERCUT_SEED` if set, else from the clock; the seed is printed.
    pub fn from_env(test: &str) -> Self {
        let seed = std::env::var("BALANS_POWERCUT_SEED")
            .ok()
            .and_then(|seed| seed.parse().ok())
            .unwrap_or_else(|| {
                std::time::SystemTime::now()
                    .duration_since(std::time::UNIX_EPOCH)
                    .expect("after 1970")
                    .as_nanos() as u64
            });
        eprintln!("{test}: BALANS_POWERCUT_SEED={seed}");
        Self(seed)
    }

    pub fn seeded(seed: u64) -> Self {
        Self(seed)
    }

    pub fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// A number in `range` (inclusive).
    pub fn between(&mut self, low: u64, high: u64) -> u64 {
        low + self.next() % (high - low + 1)
    }
}
