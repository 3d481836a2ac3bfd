//! The FUSE file system: every operation passes through to a backing directory, except what a power cut would lose.

use std::collections::HashMap;
use std::ffi::OsStr;
use std::fs::{File, Metadata, OpenOptions};
use std::io;
use std::os::unix::fs::{FileExt, MetadataExt, OpenOptionsExt, PermissionsExt};
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, MutexGuard};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use fuser::{
    AccessFlags, Errno, FileAttr, FileHandle, FileType, Filesystem, FopenFlags, Generation,
    INodeNo, LockOwner, OpenFlags, RenameFlags, ReplyAttr, ReplyCreate, ReplyData, ReplyDirectory,
    ReplyEmpty, ReplyEntry, ReplyOpen, ReplyStatfs, ReplyWrite, Request, TimeOrNow, WriteFlags,
};

use crate::pending::Pending;
use crate::{CutReport, Names, Op};

/// Attributes and entries are never cached by the kernel: every size it sees is ours.
const NO_CACHE: Duration = Duration::ZERO;

/// A change of a name that a cut undoes unless a directory sync committed it.
#[derive(Debug)]
enum NameChange {
    Created(PathBuf),
    /// Removed from `path`; what was there waits in the graveyard at `grave`.
    Removed {
        path: PathBuf,
        grave: PathBuf,
    },
    /// Renamed; what `to` named before waits in the graveyard.
    Renamed {
        from: PathBuf,
        to: PathBuf,
        replaced: Option<PathBuf>,
    },
}

pub(crate) type Trigger = Box<dyn FnMut(&Op<'_>) -> bool + Send>;

/// Everything the file system knows, behind one lock: operations run one at a time.
pub(crate) struct State {
    backing: PathBuf,
    graves: PathBuf,
    names_mode: Names,
    /// Each inode's path, relative to the backing directory (the root's is empty).
    paths: HashMap<u64, PathBuf>,
    inodes: HashMap<PathBuf, u64>,
    next_inode: u64,
    handles: HashMap<u64, (u64, Arc<File>)>,
    next_handle: u64,
    pending: HashMap<u64, Pending>,
    /// Name changes no directory sync has committed yet, oldest first.
    names: Vec<NameChange>,
    next_grave: u64,
    trigger: Option<Trigger>,
    /// Set by the cut: from then on every operation fails, as on a machine without power.
    pub(crate) cut: Option<CutReport>,
}

impl State {
    pub(crate) fn new(backing: PathBuf, graves: PathBuf, names_mode: Names) -> Self {
        Self {
            backing,
            graves,
            names_mode,
            paths: HashMap::from([(INodeNo::ROOT.0, PathBuf::new())]),
            inodes: HashMap::from([(PathBuf::new(), INodeNo::ROOT.0)]),
            next_inode: INodeNo::ROOT.0 + 1,
            handles: HashMap::new(),
            next_handle: 1,
            pending: HashMap::new(),
            names: Vec::new(),
            next_grave: 0,
            trigger: None,
            cut: None,
        }
    }

    pub(crate) fn arm(&mut self, trigger: Trigger) {
        self.trigger = Some(trigger);
    }

    /// The power cut: held writes are dropped, uncommitted name changes undone, handles closed.
    pub(crate) fn cut(&mut self) -> CutReport {
        self.cut_keeping(None)
    }

    /// The power cut, after which, given a seed, about half the held pages (chosen by it) are
    /// found written anyway.
    pub(crate) fn cut_keeping(&mut self, seed: Option<u64>) -> CutReport {
        if let Some(report) = &self.cut {
            return report.clone();
        }
        let mut report = CutReport {
            files_with_lost_writes: self.pending.values().filter(|p| p.held_bytes() > 0).count(),
            lost_bytes: self.pending.values().map(Pending::held_bytes).sum(),
            names_undone: self.names.len(),
            kept_bytes: 0,
        };
        if let Some(mut seed) = seed {
            let mut coin = move || {
                // splitmix64
                seed = seed.wrapping_add(0x9E37_79B9_7F4A_7C15);
                let mut z = seed;
                z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
                z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
                (z ^ (z >> 31)) & 1 == 1
            };
            for (inode, pending) in &self.pending {
                // A file removed since (in the graveyard) keeps nothing that a restart sees.
                let Some(path) = self.paths.get(inode) else {
                    continue;
                };
                let kept = OpenOptions::new()
                    .write(true)
                    .open(self.backing.join(path))
                    .and_then(|file| pending.keep_some(&file, &mut coin));
                match kept {
                    Ok(bytes) => report.kept_bytes += bytes,
                    Err(error) => panic!("keeping pages of {path:?} at the cut: {error}"),
                }
            }
        }
        self.pending.clear();
        self.handles.clear();
        while let Some(change) = self.names.pop() {
            if let Err(error) = self.undo(&change) {
                // The backing directory is ours alone; a failed undo is a bug of this crate.
                panic!("undoing {change:?} at the cut: {error}");
            }
        }
        let _ = std::fs::remove_dir_all(&self.graves);
        let _ = std::fs::create_dir_all(&self.graves);
        self.cut = Some(report.clone());
        report
    }

    fn undo(&self, change: &NameChange) -> io::Result<()> {
        match change {
            NameChange::Created(path) => remove_any(&self.backing.join(path)),
            NameChange::Removed { path, grave } => std::fs::rename(grave, self.backing.join(path)),
            NameChange::Renamed { from, to, replaced } => {
                std::fs::rename(self.backing.join(to), self.backing.join(from))?;
                match replaced {
                    Some(grave) => std::fs::rename(grave, self.backing.join(to)),
                    None => Ok(()),
                }
            }
        }
    }

    /// A directory sync: every name change so far is durable, and what was removed is gone.
    fn commit_names(&mut self) -> io::Result<()> {
        for change in self.names.drain(..) {
            match change {
                NameChange::Removed { grave, .. }
                | NameChange::Renamed {
                    replaced: Some(grave),
                    ..
                } => remove_any(&grave)?,
                _ => {}
            }
        }
        Ok(())
    }

    fn record(&mut self, change: NameChange) -> io::Result<()> {
        self.names.push(change);
        if self.names_mode == Names::Synchronous {
            self.commit_names()?;
        }
        Ok(())
    }

    /// Runs the armed trigger on an operation just done; true if it cut the power.
    fn after(&mut self, op: Op<'_>) -> bool {
        let fire = self.trigger.as_mut().is_some_and(|trigger| trigger(&op));
        if fire {
            self.trigger = None;
            self.cut();
        }
        fire
    }

    fn path(&self, inode: INodeNo) -> Result<PathBuf, Errno> {
        self.paths.get(&inode.0).cloned().ok_or(Errno::ENOENT)
    }

    fn inode_for(&mut self, path: &Path) -> u64 {
        if let Some(&inode) = self.inodes.get(path) {
            return inode;
        }
        let inode = self.next_inode;
        self.next_inode += 1;
        self.paths.insert(inode, path.to_path_buf());
        self.inodes.insert(path.to_path_buf(), inode);
        inode
    }

    fn forget_path(&mut self, path: &Path) {
        if let Some(inode) = self.inodes.remove(path) {
            self.paths.remove(&inode);
        }
    }

    fn attr(&self, inode: u64, metadata: &Metadata) -> FileAttr {
        let time = |seconds: i64, nanos: i64| {
            UNIX_EPOCH + Duration::new(seconds.max(0) as u64, nanos.clamp(0, 999_999_999) as u32)
        };
        let size = self
            .pending
            .get(&inode)
            .map_or(metadata.len(), Pending::size);
        FileAttr {
            ino: INodeNo(inode),
            size,
            blocks: size.div_ceil(512),
            atime: time(metadata.atime(), metadata.atime_nsec()),
            mtime: time(metadata.mtime(), metadata.mtime_nsec()),
            ctime: time(metadata.ctime(), metadata.ctime_nsec()),
            crtime: SystemTime::UNIX_EPOCH,
            kind: FileType::from_std(metadata.file_type()).unwrap_or(FileType::RegularFile),
            perm: (metadata.mode() & 0o7777) as u16,
            nlink: metadata.nlink() as u32,
            uid: metadata.uid(),
            gid: metadata.gid(),
            rdev: metadata.rdev() as u32,
            blksize: 4096,
            flags: 0,
        }
    }

    fn attr_of(&self, inode: INodeNo) -> Result<FileAttr, Errno> {
        let path = self.path(inode)?;
        let metadata = std::fs::symlink_metadata(self.backing.join(path))?;
        Ok(self.attr(inode.0, &metadata))
    }

    fn lookup(&mut self, parent: INodeNo, name: &OsStr) -> Result<FileAttr, Errno> {
        let path = self.path(parent)?.join(name);
        let metadata = std::fs::symlink_metadata(self.backing.join(&path))?;
        let inode = self.inode_for(&path);
        Ok(self.attr(inode, &metadata))
    }

    fn handle(&self, handle: FileHandle) -> Result<(u64, Arc<File>), Errno> {
        self.handles.get(&handle.0).cloned().ok_or(Errno::EBADF)
    }

    fn open_handle(&mut self, inode: u64, file: File) -> FileHandle {
        let handle = self.next_handle;
        self.next_handle += 1;
        self.handles.insert(handle, (inode, Arc::new(file)));
        FileHandle(handle)
    }

    fn pending_for(&mut self, inode: u64, file: &File) -> io::Result<&mut Pending> {
        match self.pending.entry(inode) {
            std::collections::hash_map::Entry::Occupied(held) => Ok(held.into_mut()),
            std::collections::hash_map::Entry::Vacant(none) => {
                Ok(none.insert(Pending::new(file.metadata()?.len())))
            }
        }
    }

    /// Moves what `path` names into the graveyard (a removal a cut can undo).
    fn bury(&mut self, path: &Path) -> io::Result<PathBuf> {
        let grave = self.graves.join(self.next_grave.to_string());
        self.next_grave += 1;
        std::fs::rename(self.backing.join(path), &grave)?;
        Ok(grave)
    }

    fn remove(&mut self, parent: INodeNo, name: &OsStr, directory: bool) -> Result<(), Errno> {
        let path = self.path(parent)?.join(name);
        let full = self.backing.join(&path);
        let metadata = std::fs::symlink_metadata(&full)?;
        if directory != metadata.is_dir() {
            return Err(if directory {
                Errno::ENOTDIR
            } else {
                Errno::EISDIR
            });
        }
        if directory && std::fs::read_dir(&full)?.next().is_some() {
            return Err(Errno::ENOTEMPTY);
        }
        let grave = self.bury(&path)?;
        self.forget_path(&path);
        self.record(NameChange::Removed {
            path: path.clone(),
            grave,
        })?;
        self.after(Op::Remove(&path));
        Ok(())
    }

    fn rename(
        &mut self,
        from: (INodeNo, &OsStr),
        to: (INodeNo, &OsStr),
        flags: RenameFlags,
    ) -> Result<(), Errno> {
        if flags.contains(RenameFlags::RENAME_EXCHANGE)
            || flags.contains(RenameFlags::RENAME_WHITEOUT)
        {
            return Err(Errno::EINVAL);
        }
        let from = self.path(from.0)?.join(from.1);
        let to = self.path(to.0)?.join(to.1);
        std::fs::symlink_metadata(self.backing.join(&from))?;
        let replaced = match std::fs::symlink_metadata(self.backing.join(&to)) {
            Ok(_) if flags.contains(RenameFlags::RENAME_NOREPLACE) => return Err(Errno::EEXIST),
            Ok(_) => {
                let grave = self.bury(&to)?;
                self.forget_path(&to);
                Some(grave)
            }
            Err(error) if error.kind() == io::ErrorKind::NotFound => None,
            Err(error) => return Err(error.into()),
        };
        std::fs::rename(self.backing.join(&from), self.backing.join(&to))?;
        // The inode keeps its number under its new name, and so do those below a directory.
        let moved: Vec<(u64, PathBuf)> = self
            .paths
            .iter()
            .filter(|(_, path)| path.starts_with(&from))
            .map(|(&inode, path)| {
                let below = path.strip_prefix(&from).expect("under from");
                // `join("")` would add a trailing slash, which only a directory takes.
                let moved = if below.as_os_str().is_empty() {
                    to.clone()
                } else {
                    to.join(below)
                };
                (inode, moved)
            })
            .collect();
        for (inode, path) in moved {
            if let Some(old) = self.paths.insert(inode, path.clone()) {
                self.inodes.remove(&old);
            }
            self.inodes.insert(path, inode);
        }
        self.record(NameChange::Renamed {
            from: from.clone(),
            to: to.clone(),
            replaced,
        })?;
        self.after(Op::Rename {
            from: &from,
            to: &to,
        });
        Ok(())
    }

    fn create(
        &mut self,
        parent: INodeNo,
        name: &OsStr,
        mode: u32,
        flags: i32,
    ) -> Result<(FileAttr, FileHandle), Errno> {
        let path = self.path(parent)?.join(name);
        let full = self.backing.join(&path);
        let existed = full.exists();
        if existed && flags & libc_flags::O_EXCL != 0 {
            return Err(Errno::EEXIST);
        }
        let file = OpenOptions::new()
            .read(true)
            .write(true)
            .create(true)
            .mode(mode)
            .open(&full)?;
        let inode = self.inode_for(&path);
        if !existed {
            self.record(NameChange::Created(path.clone()))?;
        } else if flags & libc_flags::O_TRUNC != 0 {
            self.pending_for(inode, &file)?.truncate(0);
        }
        let metadata = file.metadata()?;
        let attr = self.attr(inode, &metadata);
        let handle = self.open_handle(inode, file);
        if !existed && self.after(Op::Create(&path)) {
            return Err(Errno::EIO);
        }
        Ok((attr, handle))
    }

    fn mkdir(&mut self, parent: INodeNo, name: &OsStr, mode: u32) -> Result<FileAttr, Errno> {
        let path = self.path(parent)?.join(name);
        let full = self.backing.join(&path);
        std::fs::create_dir(&full)?;
        std::fs::set_permissions(&full, std::fs::Permissions::from_mode(mode))?;
        self.record(NameChange::Created(path.clone()))?;
        let inode = self.inode_for(&path);
        let attr = self.attr(inode, &std::fs::symlink_metadata(&full)?);
        if self.after(Op::Create(&path)) {
            return Err(Errno::EIO);
        }
        Ok(attr)
    }

    fn read(&self, handle: FileHandle, offset: u64, size: u32) -> Result<Vec<u8>, Errno> {
        let (inode, file) = self.handle(handle)?;
        if let Some(pending) = self.pending.get(&inode) {
            return Ok(pending.read(&file, offset, u64::from(size))?);
        }
        let mut out = vec![0; size as usize];
        let mut filled = 0;
        while filled < out.len() {
            match file.read_at(&mut out[filled..], offset + filled as u64)? {
                0 => break,
                n => filled += n,
            }
        }
        out.truncate(filled);
        Ok(out)
    }

    fn write(&mut self, handle: FileHandle, offset: u64, data: &[u8]) -> Result<u32, Errno> {
        let (inode, file) = self.handle(handle)?;
        self.pending_for(inode, &file)?.write(&file, offset, data)?;
        let path = self.path(INodeNo(inode)).unwrap_or_default();
        if self.after(Op::Write {
            path: &path,
            offset,
            len: data.len(),
        }) {
            return Err(Errno::EIO);
        }
        Ok(data.len() as u32)
    }

    fn fsync(&mut self, handle: FileHandle) -> Result<(), Errno> {
        let (inode, file) = self.handle(handle)?;
        if let Some(pending) = self.pending.get_mut(&inode) {
            pending.sync_into(&file)?;
        }
        let path = self.path(INodeNo(inode)).unwrap_or_default();
        if self.after(Op::Sync(&path)) {
            return Err(Errno::EIO);
        }
        Ok(())
    }

    fn setattr(
        &mut self,
        inode: INodeNo,
        mode: Option<u32>,
        size: Option<u64>,
        handle: Option<FileHandle>,
    ) -> Result<FileAttr, Errno> {
        let path = self.path(inode)?;
        let full = self.backing.join(&path);
        if let Some(mode) = mode {
            std::fs::set_permissions(&full, std::fs::Permissions::from_mode(mode))?;
        }
        if let Some(size) = size {
            let file = match handle {
                Some(handle) => self.handle(handle)?.1,
                None => Arc::new(OpenOptions::new().read(true).write(true).open(&full)?),
            };
            self.pending_for(inode.0, &file)?.truncate(size);
            if self.after(Op::Truncate { path: &path, size }) {
                return Err(Errno::EIO);
            }
        }
        self.attr_of(inode)
    }

    fn list(&mut self, inode: INodeNo) -> Result<Vec<(u64, FileType, std::ffi::OsString)>, Errno> {
        let path = self.path(inode)?;
        let parent = match path.parent() {
            Some(parent) => self.inode_for(parent),
            None => INodeNo::ROOT.0,
        };
        let mut entries = vec![
            (inode.0, FileType::Directory, ".".into()),
            (parent, FileType::Directory, "..".into()),
        ];
        let mut children: Vec<_> =
            std::fs::read_dir(self.backing.join(&path))?.collect::<io::Result<Vec<_>>>()?;
        children.sort_by_key(|entry| entry.file_name());
        for child in children {
            let kind = child
                .file_type()
                .ok()
                .and_then(FileType::from_std)
                .unwrap_or(FileType::RegularFile);
            let child_inode = self.inode_for(&path.join(child.file_name()));
            entries.push((child_inode, kind, child.file_name()));
        }
        Ok(entries)
    }
}

/// The open(2) flags this file system looks at, as Linux numbers them.
mod libc_flags {
    pub(super) const O_EXCL: i32 = 0o200;
    pub(super) const O_TRUNC: i32 = 0o1000;
}

fn remove_any(path: &Path) -> io::Result<()> {
    let result = match std::fs::symlink_metadata(path) {
        Ok(metadata) if metadata.is_dir() => std::fs::remove_dir_all(path),
        Ok(_) => std::fs::remove_file(path),
        Err(error) => Err(error),
    };
    match result {
        Err(error) if error.kind() == io::ErrorKind::NotFound => Ok(()),
        other => other,
    }
}

/// The FUSE side: each request takes the lock and fails with EIO once the power is cut.
pub(crate) struct PowercutFs {
    pub(crate) state: Arc<Mutex<State>>,
}

impl PowercutFs {
    fn powered(&self) -> Result<MutexGuard<'_, State>, Errno> {
        let state = self
            .state
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner());
        if state.cut.is_some() {
            return Err(Errno::EIO);
        }
        Ok(state)
    }
}

impl Filesystem for PowercutFs {
    fn lookup(&self, _req: &Request, parent: INodeNo, name: &OsStr, reply: ReplyEntry) {
        match self
            .powered()
            .and_then(|mut state| state.lookup(parent, name))
        {
            Ok(attr) => reply.entry(&NO_CACHE, &attr, Generation(0)),
            Err(error) => reply.error(error),
        }
    }

    fn getattr(&self, _req: &Request, ino: INodeNo, _fh: Option<FileHandle>, reply: ReplyAttr) {
        match self.powered().and_then(|state| state.attr_of(ino)) {
            Ok(attr) => reply.attr(&NO_CACHE, &attr),
            Err(error) => reply.error(error),
        }
    }

    fn setattr(
        &self,
        _req: &Request,
        ino: INodeNo,
        mode: Option<u32>,
        _uid: Option<u32>,
        _gid: Option<u32>,
        size: Option<u64>,
        _atime: Option<TimeOrNow>,
        _mtime: Option<TimeOrNow>,
        _ctime: Option<SystemTime>,
        fh: Option<FileHandle>,
        _crtime: Option<SystemTime>,
        _chgtime: Option<SystemTime>,
        _bkuptime: Option<SystemTime>,
        _flags: Option<fuser::BsdFileFlags>,
        reply: ReplyAttr,
    ) {
        match self
            .powered()
            .and_then(|mut state| state.setattr(ino, mode, size, fh))
        {
            Ok(attr) => reply.attr(&NO_CACHE, &attr),
            Err(error) => reply.error(error),
        }
    }

    fn mkdir(
        &self,
        _req: &Request,
        parent: INodeNo,
        name: &OsStr,
        mode: u32,
        umask: u32,
        reply: ReplyEntry,
    ) {
        match self
            .powered()
            .and_then(|mut state| state.mkdir(parent, name, mode & !umask))
        {
            Ok(attr) => reply.entry(&NO_CACHE, &attr, Generation(0)),
            Err(error) => reply.error(error),
        }
    }

    fn unlink(&self, _req: &Request, parent: INodeNo, name: &OsStr, reply: ReplyEmpty) {
        match self
            .powered()
            .and_then(|mut state| state.remove(parent, name, false))
        {
            Ok(()) => reply.ok(),
            Err(error) => reply.error(error),
        }
    }

    fn rmdir(&self, _req: &Request, parent: INodeNo, name: &OsStr, reply: ReplyEmpty) {
        match self
            .powered()
            .and_then(|mut state| state.remove(parent, name, true))
        {
            Ok(()) => reply.ok(),
            Err(error) => reply.error(error),
        }
    }

    fn rename(
        &self,
        _req: &Request,
        parent: INodeNo,
        name: &OsStr,
        newparent: INodeNo,
        newname: &OsStr,
        flags: RenameFlags,
        reply: ReplyEmpty,
    ) {
        match self
            .powered()
            .and_then(|mut state| state.rename((parent, name), (newparent, newname), flags))
        {
            Ok(()) => reply.ok(),
            Err(error) => reply.error(error),
        }
    }

    fn open(&self, _req: &Request, ino: INodeNo, _flags: OpenFlags, reply: ReplyOpen) {
        let opened = self.powered().and_then(|mut state| {
            let full = state.backing.join(state.path(ino)?);
            let file = OpenOptions::new().read(true).write(true).open(full)?;
            Ok(state.open_handle(ino.0, file))
        });
        match opened {
            Ok(handle) => reply.opened(handle, FopenFlags::empty()),
            Err(error) => reply.error(error),
        }
    }

    fn create(
        &self,
        _req: &Request,
        parent: INodeNo,
        name: &OsStr,
        mode: u32,
        umask: u32,
        flags: i32,
        reply: ReplyCreate,
    ) {
        match self
            .powered()
            .and_then(|mut state| state.create(parent, name, mode & !umask, flags))
        {
            Ok((attr, handle)) => {
                reply.created(&NO_CACHE, &attr, Generation(0), handle, FopenFlags::empty())
            }
            Err(error) => reply.error(error),
        }
    }

    fn read(
        &self,
        _req: &Request,
        _ino: INodeNo,
        fh: FileHandle,
        offset: u64,
        size: u32,
        _flags: OpenFlags,
        _lock_owner: Option<LockOwner>,
        reply: ReplyData,
    ) {
        match self
            .powered()
            .and_then(|state| state.read(fh, offset, size))
        {
            Ok(data) => reply.data(&data),
            Err(error) => reply.error(error),
        }
    }

    fn write(
        &self,
        _req: &Request,
        _ino: INodeNo,
        fh: FileHandle,
        offset: u64,
        data: &[u8],
        _write_flags: WriteFlags,
        _flags: OpenFlags,
        _lock_owner: Option<LockOwner>,
        reply: ReplyWrite,
    ) {
        match self
            .powered()
            .and_then(|mut state| state.write(fh, offset, data))
        {
            Ok(written) => reply.written(written),
            Err(error) => reply.error(error),
        }
    }

    fn flush(
        &self,
        _req: &Request,
        _ino: INodeNo,
        _fh: FileHandle,
        _lock_owner: LockOwner,
        reply: ReplyEmpty,
    ) {
        reply.ok();
    }

    fn release(
        &self,
        _req: &Request,
        _ino: INodeNo,
        fh: FileHandle,
        _flags: OpenFlags,
        _lock_owner: Option<LockOwner>,
        _flush: bool,
        reply: ReplyEmpty,
    ) {
        let mut state = self
            .state
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner());
        state.handles.remove(&fh.0);
        reply.ok();
    }

    fn fsync(
        &self,
        _req: &Request,
        _ino: INodeNo,
        fh: FileHandle,
        _datasync: bool,
        reply: ReplyEmpty,
    ) {
        match self.powered().and_then(|mut state| state.fsync(fh)) {
            Ok(()) => reply.ok(),
            Err(error) => reply.error(error),
        }
    }

    fn readdir(
        &self,
        _req: &Request,
        ino: INodeNo,
        _fh: FileHandle,
        offset: u64,
        mut reply: ReplyDirectory,
    ) {
        match self.powered().and_then(|mut state| state.list(ino)) {
            Ok(entries) => {
                for (index, (inode, kind, name)) in
                    entries.into_iter().enumerate().skip(offset as usize)
                {
                    if reply.add(INodeNo(inode), index as u64 + 1, kind, name) {
                        break;
                    }
                }
                reply.ok();
            }
            Err(error) => reply.error(error),
        }
    }

    fn fsyncdir(
        &self,
        _req: &Request,
        ino: INodeNo,
        _fh: FileHandle,
        _datasync: bool,
        reply: ReplyEmpty,
    ) {
        let synced = self.powered().and_then(|mut state| {
            state.commit_names()?;
            let path = state.path(ino)?;
            if state.after(Op::SyncDirectory(&path)) {
                return Err(Errno::EIO);
            }
            Ok(())
        });
        match synced {
            Ok(()) => reply.ok(),
            Err(error) => reply.error(error),
        }
    }

    fn statfs(&self, _req: &Request, _ino: INodeNo, reply: ReplyStatfs) {
        let stat = self.powered().and_then(|state| {
            rustix::fs::statvfs(&state.backing).map_err(|e| Errno::from_i32(e.raw_os_error()))
        });
        match stat {
            Ok(s) => reply.statfs(
                s.f_blocks,
                s.f_bfree,
                s.f_bavail,
                s.f_files,
                s.f_ffree,
                s.f_bsize as u32,
                s.f_namemax as u32,
                s.f_frsize as u32,
            ),
            Err(error) => reply.error(error),
        }
    }

    fn access(&self, _req: &Request, _ino: INodeNo, _mask: AccessFlags, reply: ReplyEmpty) {
        match self.powered() {
            Ok(_) => reply.ok(),
            Err(error) => reply.error(error),
        }
    }
}
