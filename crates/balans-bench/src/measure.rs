//! Measuring tools: percentiles of samples, the disk's fsync floor, peak memory and size on disk.

use std::fs::OpenOptions;
use std::io::{Seek as _, SeekFrom, Write as _};
use std::path::Path;
use std::time::{Duration, Instant};

/// Latency samples in microseconds.
#[derive(Debug, Clone, Default)]
pub struct Samples(pub Vec<f64>);

impl Samples {
    pub fn push(&mut self, elapsed: Duration) {
        self.0.push(elapsed.as_secs_f64() * 1e6);
    }

    pub fn extend(&mut self, other: Samples) {
        self.0.extend(other.0);
    }

    pub fn len(&self) -> usize {
        self.0.len()
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// The nearest-rank percentile, in microseconds; 0 without samples.
    pub fn percentile(&self, percent: f64) -> f64 {
        if self.0.is_empty() {
            return 0.0;
        }
        let mut sorted = self.0.clone();
        sorted.sort_by(f64::total_cmp);
        let rank = ((percent / 100.0) * sorted.len() as f64).ceil() as usize;
        sorted[rank.clamp(1, sorted.len()) - 1]
    }

    pub fn p50(&self) -> f64 {
        self.percentile(50.0)
    }

    pub fn p99(&self) -> f64 {
        self.percentile(99.0)
    }
}

/// Writes 4 KiB and fdatasyncs it, `count` times or until `budget` runs out: the least any
/// durable commit can cost on this disk right now.
///
/// The blocks overwrite a file written and synced beforehand, so that each fdatasync flushes
/// data only: appending would also commit the file's new size to the journal, a second write
/// that a database reusing its log space does not pay, and the floor would be too high.
pub fn fsync_floor(dir: &Path, count: usize, budget: Duration) -> std::io::Result<Samples> {
    const BLOCKS: u64 = 256;
    let path = dir.join("fsync-floor.bin");
    let mut file = OpenOptions::new()
        .create(true)
        .truncate(true)
        .read(true)
        .write(true)
        .open(&path)?;
    let block = [0x5Au8; 4096];
    for _ in 0..BLOCKS {
        file.write_all(&block)?;
    }
    file.sync_all()?;
    let mut samples = Samples::default();
    let started = Instant::now();
    let mut index = 0;
    while samples.len() < count && started.elapsed() < budget {
        let t = Instant::now();
        file.seek(SeekFrom::Start((index % BLOCKS) * 4096))?;
        file.write_all(&block)?;
        file.sync_data()?;
        samples.push(t.elapsed());
        index += 1;
    }
    drop(file);
    std::fs::remove_file(&path)?;
    Ok(samples)
}

/// The process's peak resident memory (VmHWM) in MiB; 0 where /proc does not say.
pub fn peak_rss_mib() -> f64 {
    proc_status_kib("VmHWM:") / 1024.0
}

/// The process's resident memory now (VmRSS) in MiB.
pub fn rss_mib() -> f64 {
    proc_status_kib("VmRSS:") / 1024.0
}

fn proc_status_kib(key: &str) -> f64 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|status| {
            status
                .lines()
                .find(|line| line.starts_with(key))
                .and_then(|line| line.split_whitespace().nth(1))
                .and_then(|kib| kib.parse::<f64>().ok())
        })
        .unwrap_or(0.0)
}

/// Bytes of every file under `path` (or of the file itself).
pub fn size_on_disk(path: &Path) -> u64 {
    let Ok(meta) = std::fs::symlink_metadata(path) else {
        return 0;
    };
    if meta.is_file() {
        return meta.len();
    }
    std::fs::read_dir(path)
        .map(|entries| {
            entries
                .filter_map(Result::ok)
                .map(|entry| size_on_disk(&entry.path()))
                .sum()
        })
        .unwrap_or(0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nearest_rank_percentiles() {
        let samples = Samples((1..=100).map(f64::from).collect());
        assert_eq!(samples.p50(), 50.0);
        assert_eq!(samples.p99(), 99.0);
        assert_eq!(Samples::default().p99(), 0.0);
        assert_eq!(Samples(vec![7.0]).p50(), 7.0);
    }
}
