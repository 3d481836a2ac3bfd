//! A power-cut file system for tests: a FUSE mount that passes everything through to a backing directory but loses, at a simulated cut, whatever no sync made durable.
//!
//! Writes to a file are held in memory, a page at a time, until an `fsync` or `fdatasync`
//! of that file writes them into the backing file; reads see them over it, as a page cache
//! would. Changes of names (create, mkdir, unlink, rmdir, rename) reach the backing
//! directory at once but are logged, and a [`Names::Journaled`] mount undoes at the cut
//! every one that no directory `fsync` committed (a directory sync commits all earlier ones,
//! in order, as a journal does). [`Mount::cut`] is the power cut: held writes are dropped,
//! uncommitted names undone, and every later operation fails with `EIO`; what the backing
//! directory holds then is what a restart finds. Not modelled: a torn write inside a page,
//! links, symlinks, extended attributes and `fallocate`. Writes that reached the disk before
//! their sync: [`Mount::cut`] keeps none, [`Mount::cut_keeping_some`] a random half of the
//! held pages.

mod fs;
mod pending;

use std::io;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

use fs::{PowercutFs, State};

/// When a change of a name becomes durable.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Names {
    /// Once a directory `fsync` follows it, as POSIX promises (a cut undoes the others).
    Journaled,
    /// As soon as it is made, as on a file system mounted `dirsync`.
    Synchronous,
}

/// An operation the file system just carried out, shown to a trigger set by
/// [`Mount::cut_after`]. Paths are relative to the mount.
#[derive(Debug)]
pub enum Op<'a> {
    Create(&'a Path),
    Write {
        path: &'a Path,
        offset: u64,
        len: usize,
    },
    Truncate {
        path: &'a Path,
        size: u64,
    },
    /// `fsync` or `fdatasync` of a file.
    Sync(&'a Path),
    SyncDirectory(&'a Path),
    Rename {
        from: &'a Path,
        to: &'a Path,
    },
    Remove(&'a Path),
}

/// What a cut lost.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct CutReport {
    /// Bytes of held writes dropped, counted in whole pages.
    pub lost_bytes: u64,
    pub files_with_lost_writes: usize,
    /// Changes of names undone.
    pub names_undone: usize,
    /// Bytes of held writes found written all the same ([`Mount::cut_keeping_some`]).
    pub kept_bytes: u64,
}

/// A disk that can lose power: a backing directory (what survives), a graveyard for removed
/// files a cut may bring back, and a mount point, all under one root.
#[derive(Debug)]
pub struct Disk {
    backing: PathBuf,
    graves: PathBuf,
    mountpoint: PathBuf,
}

impl Disk {
    /// Makes `root/disk`, `root/graves` and `root/mnt`; `root` must exist.
    pub fn new(root: &Path) -> io::Result<Self> {
        let disk = Self {
            backing: root.join("disk"),
            graves: root.join("graves"),
            mountpoint: root.join("mnt"),
        };
        for dir in [&disk.backing, &disk.graves, &disk.mountpoint] {
            std::fs::create_dir_all(dir)?;
        }
        Ok(disk)
    }

    /// The backing directory: what the disk holds, to look at while it is not mounted.
    pub fn backing(&self) -> &Path {
        &self.backing
    }

    /// Mounts the disk at `root/mnt` (power on). Fails where FUSE is not available.
    pub fn mount(&self, names: Names) -> io::Result<Mount> {
        let state = Arc::new(Mutex::new(State::new(
            self.backing.clone(),
            self.graves.clone(),
            names,
        )));
        let mut config = fuser::Config::default();
        config.mount_options = vec![
            fuser::MountOption::FSName("balans-powercut".into()),
            fuser::MountOption::NoAtime,
        ];
        let session = fuser::spawn_mount(
            PowercutFs {
                state: Arc::clone(&state),
            },
            &self.mountpoint,
            &config,
        )?;
        Ok(Mount {
            state,
            session: Some(session),
            path: self.mountpoint.clone(),
        })
    }

    /// Mounts the disk, or says why a test cannot run here and returns `None`: no
    /// `/dev/fuse`, or mounting is not allowed. With `BALANS_REQUIRE_FUSE=1` (CI) it panics
    /// instead.
    pub fn mount_or_skip(&self, names: Names, test: &str) -> Option<Mount> {
        let reason = if !Path::new("/dev/fuse").exists() {
            "/dev/fuse does not exist".to_string()
        } else {
            match self.mount(names) {
                Ok(mount) => return Some(mount),
                Err(error) => format!(
                    "mounting FUSE at {} failed: {error}",
                    self.mountpoint.display()
                ),
            }
        };
        if std::env::var_os("BALANS_REQUIRE_FUSE").is_some_and(|v| v == "1") {
            panic!("{test} needs FUSE (BALANS_REQUIRE_FUSE=1): {reason}");
        }
        eprintln!("skipping {test}: {reason} (set BALANS_REQUIRE_FUSE=1 to fail instead)");
        None
    }
}

/// A mounted [`Disk`]. Dropping it unmounts (lazily if the mount stays busy), so a test that
/// fails leaves no mount behind; close everything opened on it first.
pub struct Mount {
    state: Arc<Mutex<State>>,
    session: Option<fuser::BackgroundSession>,
    path: PathBuf,
}

impl Mount {
    /// Where the disk is mounted.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Cuts the power now: held writes and uncommitted names are lost, and from now on every
    /// operation on the mount fails with `EIO`. Close what is open, then unmount.
    pub fn cut(&self) -> CutReport {
        self.lock().cut()
    }

    /// Cuts the power as [`Mount::cut`] does, but the disk had written about half the held
    /// pages (chosen by `seed`, in no order) before the power went: a later write may survive
    /// where an earlier one does not.
    pub fn cut_keeping_some(&self, seed: u64) -> CutReport {
        self.lock().cut_keeping(Some(seed))
    }

    /// Cuts the power right after the first operation for which `trigger` returns true (that
    /// operation fails with `EIO`).
    pub fn cut_after(&self, trigger: impl FnMut(&Op<'_>) -> bool + Send + 'static) {
        self.lock().arm(Box::new(trigger));
    }

    /// What the cut lost, once the power is cut.
    pub fn cut_report(&self) -> Option<CutReport> {
        self.lock().cut.clone()
    }

    /// Unmounts. If something on the mount is still open, it detaches the mount lazily (the
    /// kernel lets go of it when the last file closes) and returns the error.
    pub fn unmount(mut self) -> io::Result<()> {
        self.release()
    }

    /// Unmounts, waiting a while for files still open (sled's threads close theirs shortly
    /// after its `Db` is dropped); if the mount stays busy, detaches it lazily and returns
    /// the error. A detached mount's session is leaked: after a cut it only answers `EIO`,
    /// and dropping it could unmount a later mount at the same place.
    fn release(&mut self) -> io::Result<()> {
        let Some(session) = self.session.take() else {
            return Ok(());
        };
        let mut tries = 0;
        loop {
            match rustix::mount::unmount(&self.path, rustix::mount::UnmountFlags::empty()) {
                Ok(()) => return session.join(),
                Err(rustix::io::Errno::BUSY) if tries < 200 => {
                    tries += 1;
                    std::thread::sleep(std::time::Duration::from_millis(25));
                }
                Err(error) => {
                    let _ = rustix::mount::unmount(&self.path, rustix::mount::UnmountFlags::DETACH);
                    std::mem::forget(session);
                    return Err(error.into());
                }
            }
        }
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, State> {
        self.state
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }
}

impl Drop for Mount {
    fn drop(&mut self) {
        if let Err(error) = self.release() {
            eprintln!(
                "unmounting {} failed ({error}): unmounted lazily",
                self.path.display()
            );
        }
    }
}
