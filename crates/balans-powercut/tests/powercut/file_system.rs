//! The file system itself: a cut loses what no sync covered and keeps what one did.

use std::fs::{File, OpenOptions};
use std::io::Write;
use std::os::unix::fs::FileExt;

use balans_powercut::{Names, Op};

use crate::support::TestDisk;

fn sync_directory(path: &std::path::Path) {
    File::open(path)
        .and_then(|dir| dir.sync_all())
        .expect("fsync the directory");
}

#[test]
fn a_cut_loses_writes_no_sync_covered_and_keeps_synced_ones() {
    let test = TestDisk::new();
    let Some(mount) = test.mount(Names::Journaled, "a_cut_loses_writes_no_sync_covered") else {
        return;
    };
    let path = mount.path().join("log");
    {
        let mut file = File::create(&path).expect("create");
        sync_directory(mount.path());
        file.write_all(&[1; 10_000]).expect("write");
        file.sync_data().expect("fdatasync");
        file.write_all(&[2; 5_000]).expect("write without a sync");
        file.write_all_at(&[3; 100], 0)
            .expect("overwrite without a sync");
        // Reads see the unsynced writes, as from a page cache.
        let mut seen = vec![0; 15_000];
        File::open(&path)
            .expect("open")
            .read_exact_at(&mut seen, 0)
            .expect("read");
        assert_eq!(&seen[..100], &[3; 100]);
        assert_eq!(&seen[10_000..], &[2; 5_000]);
        assert_eq!(std::fs::metadata(&path).expect("stat").len(), 15_000);
    }
    let report = mount.cut();
    assert!(report.lost_bytes >= 5_000, "{report:?}");
    assert!(
        std::fs::metadata(&path).is_err(),
        "the mount still answers after the cut"
    );
    mount.unmount().expect("unmount");

    let mount = test.remount(Names::Journaled);
    let after = std::fs::read(mount.path().join("log")).expect("read after the cut");
    assert_eq!(
        after,
        vec![1; 10_000],
        "only what fdatasync covered survives"
    );
}

#[test]
fn a_cut_undoes_names_no_directory_sync_committed() {
    let test = TestDisk::new();
    let Some(mount) = test.mount(Names::Journaled, "a_cut_undoes_names") else {
        return;
    };
    let root = mount.path().to_path_buf();
    std::fs::write(root.join("kept"), b"kept").expect("write");
    std::fs::write(root.join("old"), b"old").expect("write");
    std::fs::create_dir(root.join("dir")).expect("mkdir");
    for name in ["kept", "old"] {
        File::open(root.join(name))
            .and_then(|f| f.sync_all())
            .expect("fsync");
    }
    sync_directory(&root);
    // After the last directory sync: a new file (synced, but not its name), a rename over
    // an existing file, a removal and a truncation.
    let mut new = File::create(root.join("new.generating")).expect("create");
    new.write_all(b"new").expect("write");
    new.sync_all().expect("fsync");
    std::fs::rename(root.join("new.generating"), root.join("old")).expect("rename over old");
    std::fs::remove_dir(root.join("dir")).expect("rmdir");
    OpenOptions::new()
        .write(true)
        .open(root.join("kept"))
        .and_then(|f| f.set_len(1))
        .expect("truncate");
    drop(new);
    let report = mount.cut();
    assert_eq!(report.names_undone, 3, "{report:?}");
    mount.unmount().expect("unmount");

    let mount = test.remount(Names::Journaled);
    let root = mount.path();
    let mut names: Vec<String> = std::fs::read_dir(root)
        .expect("list")
        .map(|entry| {
            entry
                .expect("an entry")
                .file_name()
                .into_string()
                .expect("utf-8")
        })
        .collect();
    names.sort();
    assert_eq!(names, ["dir", "kept", "old"]);
    assert_eq!(std::fs::read(root.join("old")).expect("read"), b"old");
    assert_eq!(std::fs::read(root.join("kept")).expect("read"), b"kept");
}

#[test]
fn a_trigger_cuts_right_after_its_operation() {
    let test = TestDisk::new();
    let Some(mount) = test.mount(
        Names::Synchronous,
        "a_trigger_cuts_right_after_its_operation",
    ) else {
        return;
    };
    mount.cut_after(|op| matches!(op, Op::Write { offset, .. } if *offset >= 4096));
    let mut file = File::create(mount.path().join("f")).expect("create");
    file.write_all(&[1; 4096]).expect("first write");
    file.sync_data().expect("sync");
    let refused = file.write_all(&[2; 10]);
    assert!(
        refused.is_err(),
        "the write that cut the power was acknowledged"
    );
    drop(file);
    assert!(mount.cut_report().is_some());
    mount.unmount().expect("unmount");
    let mount = test.remount(Names::Synchronous);
    assert_eq!(
        std::fs::read(mount.path().join("f")).expect("read"),
        vec![1; 4096],
        "a synchronous name survives; its unsynced write does not"
    );
}

/// A test that fails with a file still open on the mount leaves no mount behind: the guard's
/// drop waits a while, then detaches it.
#[test]
fn a_mount_dropped_while_busy_is_detached() {
    let test = TestDisk::new();
    let Some(mount) = test.mount(Names::Journaled, "a_mount_dropped_while_busy_is_detached") else {
        return;
    };
    let mountpoint = mount.path().to_path_buf();
    let held = File::create(mountpoint.join("held")).expect("create");
    let mounted = || {
        std::fs::read_to_string("/proc/self/mountinfo")
            .expect("mountinfo")
            .lines()
            .any(|line| line.split(' ').nth(4) == Some(mountpoint.to_str().expect("utf-8")))
    };
    assert!(mounted(), "not listed while mounted");
    drop(mount);
    assert!(!mounted(), "the busy mount was left in place");
    drop(held);
}

/// A cut that keeps some held pages keeps each whole or not at all, and reports what it kept.
#[test]
fn a_cut_keeping_some_writes_keeps_whole_pages_it_reports() {
    let test = TestDisk::new();
    let Some(mount) = test.mount(Names::Journaled, "a_cut_keeping_some_writes") else {
        return;
    };
    let path = mount.path().join("pages");
    let file = File::create(&path).expect("create");
    file.write_all_at(&[0xAA; 8 * 4096], 0).expect("write");
    file.sync_all().expect("fsync");
    sync_directory(mount.path());
    file.write_all_at(&[0xBB; 8 * 4096], 0)
        .expect("write without a sync");
    drop(file);
    let report = mount.cut_keeping_some(7);
    mount.unmount().expect("unmount");
    let mount = test.remount(Names::Journaled);
    let after = std::fs::read(mount.path().join("pages")).expect("read");
    assert_eq!(after.len(), 8 * 4096);
    let mut kept = 0;
    for page in after.chunks(4096) {
        assert!(page.iter().all(|&b| b == page[0]), "a page kept in part");
        kept += u64::from(page[0] == 0xBB) * 4096;
    }
    assert_eq!(kept, report.kept_bytes, "{report:?}");
}
