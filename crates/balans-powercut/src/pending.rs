//! The writes to one file that no fsync has covered yet, held in memory apart from the backing file.

use std::collections::BTreeMap;
use std::fs::File;
use std::io;
use std::os::unix::fs::FileExt;

/// The granularity of held writes, as a page cache holds them.
pub(crate) const PAGE: u64 = 4096;

/// A file as its writers see it: the backing file (what a sync made durable) under the pages
/// written since, with the size those writes and truncations gave it.
#[derive(Debug)]
pub(crate) struct Pending {
    /// Whole pages written since the last sync, each as the file now holds it.
    pages: BTreeMap<u64, Box<[u8]>>,
    /// The file's size as its writers see it.
    size: u64,
    /// The least size a truncation gave the file since the last sync: the backing file's
    /// bytes from here on are no longer the file's and read as zeros.
    floor: u64,
}

impl Pending {
    /// Nothing pending over a backing file of `backing_len` bytes.
    pub(crate) fn new(backing_len: u64) -> Self {
        Self {
            pages: BTreeMap::new(),
            size: backing_len,
            floor: backing_len,
        }
    }

    pub(crate) fn size(&self) -> u64 {
        self.size
    }

    /// Bytes held that a cut now would lose (whole pages).
    pub(crate) fn held_bytes(&self) -> u64 {
        self.pages.len() as u64 * PAGE
    }

    /// Up to `len` bytes from `offset`, the pending pages over the backing file.
    pub(crate) fn read(&self, backing: &File, offset: u64, len: u64) -> io::Result<Vec<u8>> {
        let end = offset.saturating_add(len).min(self.size);
        let mut out = Vec::with_capacity(end.saturating_sub(offset) as usize);
        let mut at = offset;
        while at < end {
            let number = at / PAGE;
            let within = (at % PAGE) as usize;
            let take = ((PAGE - at % PAGE).min(end - at)) as usize;
            match self.pages.get(&number) {
                Some(page) => out.extend_from_slice(&page[within..within + take]),
                None => {
                    let page = self.backing_page(backing, number)?;
                    out.extend_from_slice(&page[within..within + take]);
                }
            }
            at += take as u64;
        }
        Ok(out)
    }

    /// Holds `data` written at `offset`; the backing file is not touched.
    pub(crate) fn write(&mut self, backing: &File, offset: u64, data: &[u8]) -> io::Result<()> {
        let mut at = offset;
        let mut rest = data;
        while !rest.is_empty() {
            let number = at / PAGE;
            let within = (at % PAGE) as usize;
            let take = (PAGE as usize - within).min(rest.len());
            if !self.pages.contains_key(&number) {
                let page = self.backing_page(backing, number)?;
                self.pages.insert(number, page);
            }
            let page = self.pages.get_mut(&number).expect("inserted above");
            page[within..within + take].copy_from_slice(&rest[..take]);
            rest = &rest[take..];
            at += take as u64;
        }
        self.size = self.size.max(at);
        Ok(())
    }

    /// Holds a change of size (ftruncate); the backing file is not touched.
    pub(crate) fn truncate(&mut self, size: u64) {
        if size < self.size {
            self.floor = self.floor.min(size);
            let first_gone = size.div_ceil(PAGE);
            self.pages.retain(|&number, _| number < first_gone);
            if !size.is_multiple_of(PAGE)
                && let Some(page) = self.pages.get_mut(&(size / PAGE))
            {
                page[(size % PAGE) as usize..].fill(0);
            }
        }
        self.size = size;
    }

    /// Writes what is held into the backing file (an fsync): afterwards nothing is pending.
    pub(crate) fn sync_into(&mut self, backing: &File) -> io::Result<()> {
        if self.floor < backing.metadata()?.len() {
            backing.set_len(self.floor)?;
        }
        backing.set_len(self.size)?;
        for (&number, page) in &self.pages {
            let start = number * PAGE;
            if start >= self.size {
                break;
            }
            let len = (self.size - start).min(PAGE) as usize;
            backing.write_all_at(&page[..len], start)?;
        }
        self.pages.clear();
        self.floor = self.size;
        Ok(())
    }

    /// Writes the held pages for which `keep` says so into the backing file, as the disk's
    /// own writeback might have before a power cut, in no particular order; the size changes
    /// only as far as a kept page reaches. Returns the bytes written.
    pub(crate) fn keep_some(
        &self,
        backing: &File,
        mut keep: impl FnMut() -> bool,
    ) -> io::Result<u64> {
        let mut kept = 0;
        for (&number, page) in &self.pages {
            let start = number * PAGE;
            if start >= self.size || !keep() {
                continue;
            }
            let len = (self.size - start).min(PAGE) as usize;
            backing.write_all_at(&page[..len], start)?;
            kept += len as u64;
        }
        Ok(kept)
    }

    /// Page `number` of the backing file as the file holds it: zeros past its end and past
    /// the floor.
    fn backing_page(&self, backing: &File, number: u64) -> io::Result<Box<[u8]>> {
        let mut page = vec![0; PAGE as usize].into_boxed_slice();
        let start = number * PAGE;
        if start < self.floor {
            let visible = (self.floor - start).min(PAGE) as usize;
            let mut filled = 0;
            while filled < visible {
                match backing.read_at(&mut page[filled..visible], start + filled as u64)? {
                    0 => break,
                    n => filled += n,
                }
            }
        }
        Ok(page)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn backing(bytes: &[u8]) -> (tempfile::NamedTempFile, File) {
        let file = tempfile::NamedTempFile::new().expect("a temporary file");
        file.as_file().write_all_at(bytes, 0).expect("write");
        let handle = file.reopen().expect("reopen");
        (file, handle)
    }

    #[test]
    fn writes_read_back_over_the_backing_file_and_reach_it_only_when_synced() {
        let (_keep, file) = backing(&[1; 5000]);
        let mut pending = Pending::new(5000);
        pending.write(&file, 4090, &[2; 20]).expect("write");
        pending
            .write(&file, 9000, &[3; 4])
            .expect("write past the end");
        assert_eq!(pending.size(), 9004);
        let seen = pending.read(&file, 0, 10_000).expect("read");
        assert_eq!(seen.len(), 9004);
        assert_eq!(&seen[4085..4095], &[1, 1, 1, 1, 1, 2, 2, 2, 2, 2]);
        assert!(
            seen[5000..9000].iter().all(|&b| b == 0),
            "a hole reads as zeros"
        );
        assert_eq!(&seen[9000..], &[3; 4]);
        assert_eq!(file.metadata().expect("stat").len(), 5000, "not yet synced");
        pending.sync_into(&file).expect("sync");
        let mut after = vec![0; 9004];
        file.read_exact_at(&mut after, 0)
            .expect("read the backing file");
        assert_eq!(after, seen);
        assert_eq!(pending.held_bytes(), 0);
    }

    #[test]
    fn a_truncation_hides_the_backing_bytes_even_when_the_file_grows_again() {
        let (_keep, file) = backing(&[7; 10_000]);
        let mut pending = Pending::new(10_000);
        pending.truncate(100);
        pending.write(&file, 8000, &[9]).expect("write");
        let seen = pending.read(&file, 0, 9000).expect("read");
        assert_eq!(seen.len(), 8001);
        assert!(seen[..100].iter().all(|&b| b == 7));
        assert!(
            seen[100..8000].iter().all(|&b| b == 0),
            "the truncated bytes came back"
        );
        pending.sync_into(&file).expect("sync");
        let mut after = vec![0; 8001];
        file.read_exact_at(&mut after, 0).expect("read");
        assert_eq!(after, seen);
        assert_eq!(file.metadata().expect("stat").len(), 8001);
    }
}
