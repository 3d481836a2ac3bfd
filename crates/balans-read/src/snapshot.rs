//! Read-model snapshots: the folded model saved at a log position, so that a start folds only the events after it.
//!
//! A snapshot is a cache, never the truth. [`load`] uses one only when it was written in this
//! snapshot [`FORMAT`] by this program version, its checksum holds, and the log still holds, at
//! the snapshot's position, the very event the model last applied (so a snapshot of another
//! database, or of a log that was restored from an older backup, is never mistaken for this
//! one). In every other case the model is rebuilt from the log and the reason is reported.
//! Deleting a snapshot is always safe.
//!
//! File layout: `BALANSRM`, the header's length (u32, little-endian) and the [`Header`]; then
//! the body: the model without its cases (postcard, after its length as u64), the number of case
//! chunks (u32) and the chunks, each a length (u64) and a zstd frame of postcard; then a trailer
//! of the body's length (u64) and its CRC-32 (u32). The cases, nearly all of the model, come in
//! chunks so that a start decompresses and decodes them on every core and never holds more than
//! a few chunks' bytes beside the model. zstd's fastest level shrinks the cases about 7× (they
//! are mostly Swedish text) for about a second of CPU per GiB each way.

use std::collections::BTreeMap;
use std::fs::{self, File};
use std::io::{self, BufReader, BufWriter, Read, Seek, SeekFrom, Write};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Mutex, mpsc};
use std::time::{Duration, Instant};

use crate::ReadError;
use balans_store::EventStore;
use serde::{Deserialize, Serialize};
use ulid::Ulid;

use crate::{CaseView, ReadModel};
use balans_domain::CaseId;

/// The snapshot format. Bump it whenever the read model's fields or the way events fold into it
/// change: old snapshots are then ignored and rebuilt. The test `snapshot_fixture_still_folds_the_same`
/// fails when the model changed and this did not.
pub const FORMAT: u32 = 18;

const MAGIC: &[u8; 8] = b"BALANSRM";
const TRAILER: usize = 12;
/// Cases per chunk: small enough to spread over the cores, large enough to be few.
const CASES_PER_CHUNK: usize = 4096;
/// A chunk larger than this, compressed or not, is damage, not data.
const LARGEST_BLOB: u64 = 1 << 30;
/// zstd's fastest level: higher ones shrink the snapshot little more and cost the start more.
const COMPRESSION_LEVEL: i32 = 1;
/// Where a database's read-model snapshot lives: beside the log, inside the database directory.
pub fn path_for(database: &Path) -> PathBuf {
    database.join("read-model.snapshot")
}

/// What a snapshot says about itself, read before the model.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
struct Header {
    format: u32,
    program: String,
    /// The position of the last event folded into the model.
    position: u64,
    /// The id of the event at `position` (none for an empty log).
    last_event: Option<Ulid>,
}

/// How a model came to be loaded.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Origin {
    /// From a snapshot taken at `position`, then `caught_up` events from the log.
    Snapshot { position: u64, caught_up: u64 },
    /// From the whole log, because no snapshot could be used; `reason` says why.
    Rebuilt { reason: String },
}

/// A loaded model, how it was loaded and how long it took.
#[derive(Debug)]
pub struct Loaded {
    pub model: ReadModel,
    pub origin: Origin,
    pub took: Duration,
}

/// What [`save`] wrote.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Saved {
    pub position: u64,
    pub bytes: u64,
}

/// Why a snapshot could not be written.
#[derive(Debug, thiserror::Error)]
pub enum SnapshotError {
    #[error("writing the read-model snapshot {path}: {source}")]
    Io { path: PathBuf, source: io::Error },
    #[error("encoding the read-model snapshot: {0}")]
    Encode(String),
    #[error(transparent)]
    Log(#[from] ReadError),
}

/// Loads the model from the snapshot at `path` and the events after it, or rebuilds it from the
/// whole log when the snapshot is missing or cannot be trusted.
pub fn load(store: &impl EventStore, path: &Path) -> Result<Loaded, ReadError> {
    load_read(store, read_file(path))
}

/// A snapshot read from its file and checked in itself (its format, program version and
/// checksum) but not yet against a log: [`read_file`] gives it and [`load_read`] finishes the
/// load, so that a start can read the file while the store opens.
pub struct SnapshotFile {
    started: Instant,
    read: Result<(Header, ReadModel), String>,
}

/// Removes what a save of the snapshot at `path` left when it stopped half-way (a full disk, a
/// kill): the snapshot itself is only ever replaced whole, so its temporary file is of no use
/// and takes space. Only for the holder of the database: another process may be saving.
pub fn remove_leftovers(path: &Path) {
    let _ = std::fs::remove_file(path.with_extension("snapshot.partial"));
}

/// Reads the snapshot at `path` without the log; the error inside is why it cannot be used.
pub fn read_file(path: &Path) -> SnapshotFile {
    SnapshotFile {
        started: Instant::now(),
        read: read(path),
    }
}

/// Runs `meanwhile` (opening the store) while another thread reads the snapshot at `path`:
/// neither needs the other until the snapshot is checked against the log ([`load_read`]).
pub fn read_file_while<T>(path: &Path, meanwhile: impl FnOnce() -> T) -> (T, SnapshotFile) {
    std::thread::scope(|scope| {
        let reading = scope.spawn(|| read_file(path));
        let value = meanwhile();
        let file = reading
            .join()
            .unwrap_or_else(|panic| std::panic::resume_unwind(panic));
        (value, file)
    })
}

/// [`load`] from a snapshot file already read: uses it if the log still holds, at its
/// position, the event it last applied, and applies the events after it; rebuilds otherwise.
/// `took` counts from when the file began to be read.
pub fn load_read(store: &impl EventStore, file: SnapshotFile) -> Result<Loaded, ReadError> {
    let checked = file.read.and_then(|(header, model)| {
        check_log(store, &header)?;
        Ok(model)
    });
    let (mut model, from_snapshot) = match checked {
        Ok(model) => (model, Ok(())),
        Err(reason) => (ReadModel::default(), Err(reason)),
    };
    let position = model.position;
    model.catch_up(store)?;
    let origin = match from_snapshot {
        Ok(()) => Origin::Snapshot {
            position,
            caught_up: model.position - position,
        },
        Err(reason) => Origin::Rebuilt { reason },
    };
    Ok(Loaded {
        model,
        origin,
        took: file.started.elapsed(),
    })
}

/// Reads the snapshot and checks it in itself; the error is the reason it cannot be used.
fn read(path: &Path) -> Result<(Header, ReadModel), String> {
    let describe = |error: io::Error| format!("reading {}: {error}", path.display());
    let mut file = match File::open(path) {
        Ok(file) => file,
        Err(error) if error.kind() == io::ErrorKind::NotFound => {
            return Err(format!("there is no snapshot at {}", path.display()));
        }
        Err(error) => return Err(describe(error)),
    };
    let length = file.metadata().map_err(describe)?.len();
    let mut reader = BufReader::with_capacity(1 << 20, &mut file);
    let mut magic = [0u8; 8];
    reader.read_exact(&mut magic).map_err(describe)?;
    if &magic != MAGIC {
        return Err(format!("{} is not a read-model snapshot", path.display()));
    }
    let mut header_length = [0u8; 4];
    reader.read_exact(&mut header_length).map_err(describe)?;
    let header_length = u32::from_le_bytes(header_length) as usize;
    if header_length > 4096 {
        return Err("the snapshot's header is damaged".into());
    }
    let mut header = vec![0u8; header_length];
    reader.read_exact(&mut header).map_err(describe)?;
    let header: Header = postcard::from_bytes(&header)
        .map_err(|error| format!("the snapshot's header is damaged: {error}"))?;
    let program = env!("CARGO_PKG_VERSION");
    if header.format != FORMAT || header.program != program {
        return Err(format!(
            "the snapshot was written in format {} by balans {}, this is format {FORMAT} of balans {program}",
            header.format, header.program
        ));
    }
    let body_start = (8 + 4 + header_length) as u64;
    let Some(body_length) = length.checked_sub(body_start + TRAILER as u64) else {
        return Err("the snapshot is cut short".into());
    };
    // Decode from the file as it is read, checksumming as it goes.
    let mut body = Checksummed {
        inner: reader.take(body_length),
        hasher: crc32fast::Hasher::new(),
        bytes: 0,
    };
    let decoded = read_model(&mut body);
    // Whatever the decoder left unread still counts towards the checksum.
    io::copy(&mut body, &mut io::sink()).map_err(describe)?;
    let (read, crc) = (body.bytes, body.hasher.finalize());
    let mut rest = body.inner.into_inner();
    let mut trailer = [0u8; TRAILER];
    rest.seek(SeekFrom::Start(body_start + body_length))
        .and_then(|_| rest.read_exact(&mut trailer))
        .map_err(describe)?;
    let stored_length = u64::from_le_bytes(trailer[..8].try_into().unwrap_or_default());
    let stored_crc = u32::from_le_bytes(trailer[8..].try_into().unwrap_or_default());
    if stored_length != body_length || read != body_length || stored_crc != crc {
        return Err("the snapshot's checksum does not match: it is damaged".into());
    }
    let model =
        decoded.map_err(|error| format!("the snapshot's model does not decode: {error}"))?;
    if model.position != header.position {
        return Err("the snapshot's header and model disagree on the position".into());
    }
    Ok((header, model))
}

/// Whether the log still has, at the snapshot's position, the event the model last applied.
fn check_log(store: &impl EventStore, header: &Header) -> Result<(), String> {
    if header.position == 0 {
        return Ok(());
    }
    let found = store
        .read_all(header.position, 1)
        .map_err(|error| format!("reading the log to check the snapshot: {error}"))?;
    match found.first() {
        Some(event) if event.position == header.position && Some(event.id) == header.last_event => {
            Ok(())
        }
        Some(_) => Err(format!(
            "the log holds another event at the snapshot's position {}: the snapshot belongs to another history",
            header.position
        )),
        None => Err(format!(
            "the log ends before the snapshot's position {}",
            header.position
        )),
    }
}

/// Writes `model` as the snapshot at `path`, atomically: a crash leaves the old snapshot or the
/// new one, never a torn file.
pub fn save(
    model: &ReadModel,
    store: &impl EventStore,
    path: &Path,
) -> Result<Saved, SnapshotError> {
    write(model, store, path)?.commit()
}

/// A snapshot written to a temporary file beside its place, not yet synced nor in place:
/// [`write`] needs the model to hold still, [`Written::commit`] does not, so that a server
/// lets writes go on while the file is synced (the longer part, on a slow disk).
#[must_use = "the snapshot is in place only once committed"]
pub struct Written {
    file: File,
    temporary: PathBuf,
    path: PathBuf,
    saved: Saved,
}

impl Written {
    /// Syncs the file and renames it into place (then syncs the directory).
    pub fn commit(self) -> Result<Saved, SnapshotError> {
        let io_error = |source: io::Error| SnapshotError::Io {
            path: self.path.clone(),
            source,
        };
        self.file.sync_all().map_err(io_error)?;
        drop(self.file);
        fs::rename(&self.temporary, &self.path).map_err(io_error)?;
        if let Some(directory) = self.path.parent() {
            File::open(directory)
                .and_then(|d| d.sync_all())
                .map_err(io_error)?;
        }
        Ok(self.saved)
    }
}

/// The first half of [`save`]: `model` written to the temporary file, unsynced.
pub fn write(
    model: &ReadModel,
    store: &impl EventStore,
    path: &Path,
) -> Result<Written, SnapshotError> {
    let last_event = if model.position == 0 {
        None
    } else {
        store
            .read_all(model.position, 1)
            .map_err(ReadError::from)?
            .first()
            .map(|event| event.id)
    };
    let header = Header {
        format: FORMAT,
        program: env!("CARGO_PKG_VERSION").to_string(),
        position: model.position,
        last_event,
    };
    let header = postcard::to_stdvec(&header).map_err(|e| SnapshotError::Encode(e.to_string()))?;
    let io_error = |source: io::Error| SnapshotError::Io {
        path: path.to_path_buf(),
        source,
    };
    let temporary = path.with_extension("snapshot.partial");
    let file = File::create(&temporary).map_err(io_error)?;
    let mut writer = BufWriter::with_capacity(1 << 20, file);
    writer.write_all(MAGIC).map_err(io_error)?;
    writer
        .write_all(&(header.len() as u32).to_le_bytes())
        .and_then(|_| writer.write_all(&header))
        .map_err(io_error)?;
    let mut body = Checksummed {
        inner: writer,
        hasher: crc32fast::Hasher::new(),
        bytes: 0,
    };
    write_model(&mut body, model)?;
    let (length, crc) = (body.bytes, body.hasher.finalize());
    let mut writer = body.inner;
    writer
        .write_all(&length.to_le_bytes())
        .and_then(|_| writer.write_all(&crc.to_le_bytes()))
        .map_err(io_error)?;
    let file = writer.into_inner().map_err(|e| io_error(e.into_error()))?;
    Ok(Written {
        file,
        temporary,
        path: path.to_path_buf(),
        saved: Saved {
            position: model.position,
            bytes: 8 + 4 + header.len() as u64 + length + TRAILER as u64,
        },
    })
}

fn write_model(writer: &mut impl Write, model: &ReadModel) -> Result<(), SnapshotError> {
    let encode = |e: postcard::Error| SnapshotError::Encode(e.to_string());
    let io_error = |source: io::Error| SnapshotError::Encode(source.to_string());
    let cases: Vec<(&CaseId, &CaseView)> = model.cases.iter().collect();
    let chunks: Vec<&[(&CaseId, &CaseView)]> = cases.chunks(CASES_PER_CHUNK).collect();
    let workers = std::thread::available_parallelism().map_or(2, |n| n.get());
    // The chunks of cases are encoded on every core while the model without them is written
    // and while earlier chunks are: a server's writes wait for as long as this takes.
    let next = AtomicUsize::new(0);
    std::thread::scope(|scope| {
        let (send, encoded) =
            mpsc::sync_channel::<(usize, Result<Vec<u8>, SnapshotError>)>(workers * 2);
        for _ in 0..workers {
            let (send, next, chunks) = (send.clone(), &next, &chunks);
            scope.spawn(move || {
                // One context per thread: making one costs more than compressing a small chunk.
                let mut compressor = zstd::block::Compressor::new();
                loop {
                    let index = next.fetch_add(1, Ordering::Relaxed);
                    let Some(chunk) = chunks.get(index) else {
                        break;
                    };
                    let blob = postcard::to_stdvec(chunk)
                        .map_err(encode)
                        .and_then(|bytes| {
                            compressor
                                .compress(&bytes, COMPRESSION_LEVEL)
                                .map_err(io_error)
                        });
                    if send.send((index, blob)).is_err() {
                        break;
                    }
                }
            });
        }
        drop(send);
        // The model without its cases (meetings, indexes) is tens of MiB at a million events:
        // measured first and then written straight out, so that it is never held as one blob.
        // It stays uncompressed: it is mostly ids and numbers (zstd shrinks it only 1.6×), and
        // its one decoding thread is the longest part of a start, which decompressing it would
        // lengthen (by 0.4 s at 10M events).
        let length = postcard::serialize_with_flavor(model, postcard::ser_flavors::Size::default())
            .map_err(encode)?;
        writer
            .write_all(&(length as u64).to_le_bytes())
            .map_err(io_error)?;
        let mut buffered = BufWriter::with_capacity(1 << 16, &mut *writer);
        postcard::to_io(model, &mut buffered).map_err(encode)?;
        buffered.flush().map_err(io_error)?;
        drop(buffered);
        writer
            .write_all(&(chunks.len() as u32).to_le_bytes())
            .map_err(io_error)?;
        let mut in_order = InOrder::default();
        for (index, blob) in encoded {
            in_order.arrive(index, blob?);
            while let Some(blob) = in_order.next_ready() {
                write_blob(writer, &blob).map_err(io_error)?;
            }
        }
        if !in_order.handed_on_all(chunks.len()) {
            return Err(SnapshotError::Encode(
                "a chunk of cases was not encoded".into(),
            ));
        }
        Ok(())
    })
}

fn write_blob(writer: &mut impl Write, blob: &[u8]) -> io::Result<()> {
    writer.write_all(&(blob.len() as u64).to_le_bytes())?;
    writer.write_all(blob)
}

fn read_blob(reader: &mut impl Read) -> Result<Vec<u8>, String> {
    let mut length = [0u8; 8];
    reader
        .read_exact(&mut length)
        .map_err(|error| format!("the snapshot is cut short: {error}"))?;
    let length = u64::from_le_bytes(length);
    if length > LARGEST_BLOB {
        return Err("the snapshot is damaged (a chunk's length is impossible)".into());
    }
    let mut blob = vec![0u8; length as usize];
    reader
        .read_exact(&mut blob)
        .map_err(|error| format!("the snapshot is cut short: {error}"))?;
    Ok(blob)
}

/// Reads what [`write_model`] wrote: the chunks of cases are decoded on every core while the
/// file is still being read, and merged into the model's map in order as they come.
fn read_model(reader: &mut (impl Read + Send)) -> Result<ReadModel, String> {
    let decode_error =
        |error: postcard::Error| format!("the snapshot's model does not decode: {error}");
    let base = read_blob(reader)?;
    let mut count = [0u8; 4];
    reader
        .read_exact(&mut count)
        .map_err(|error| format!("the snapshot is cut short: {error}"))?;
    let count = u32::from_le_bytes(count) as usize;
    let workers = std::thread::available_parallelism().map_or(2, |n| n.get());
    type Chunk = BTreeMap<CaseId, CaseView>;
    let (send, receive) = mpsc::sync_channel::<(usize, Vec<u8>)>(workers * 2);
    let receive = Mutex::new(receive);
    let (send_decoded, decoded) = mpsc::sync_channel::<(usize, Result<Chunk, String>)>(workers * 2);
    std::thread::scope(|scope| {
        // The model without its cases decodes beside the chunks: alone, it would keep a core
        // idle (at 10M events it is hundreds of MB).
        let base =
            scope.spawn(move || postcard::from_bytes::<ReadModel>(&base).map_err(decode_error));
        for _ in 0..workers {
            let (receive, send_decoded) = (&receive, send_decoded.clone());
            scope.spawn(move || {
                let mut decompressor = zstd::block::Decompressor::new();
                loop {
                    let next = receive.lock().map(|r| r.recv());
                    let Ok(Ok((index, blob))) = next else { break };
                    // The chunk's cases come in id order, so collecting them builds full nodes.
                    let chunk = decompress(&mut decompressor, &blob).and_then(|bytes| {
                        postcard::from_bytes::<Vec<(CaseId, CaseView)>>(&bytes)
                            .map(Chunk::from_iter)
                            .map_err(decode_error)
                    });
                    drop(blob);
                    if send_decoded.send((index, chunk)).is_err() {
                        break;
                    }
                }
            });
        }
        drop(send_decoded);
        let reading = scope.spawn(move || {
            for index in 0..count {
                let blob = read_blob(reader)?;
                if send.send((index, blob)).is_err() {
                    break;
                }
            }
            Ok::<(), String>(())
        });
        let mut in_order = InOrder::default();
        let mut merged = Merged::default();
        let mut failure = None;
        for (index, chunk) in decoded {
            match chunk {
                Ok(chunk) => in_order.arrive(index, chunk),
                Err(error) => {
                    failure.get_or_insert(error);
                }
            }
            while let Some(chunk) = in_order.next_ready() {
                merged.push(chunk);
            }
        }
        if let Ok(Err(error)) = reading.join() {
            return Err(error);
        }
        if let Some(error) = failure {
            return Err(error);
        }
        if !in_order.handed_on_all(count) {
            return Err("the snapshot is damaged (chunks are missing)".into());
        }
        let mut model = base
            .join()
            .unwrap_or_else(|panic| std::panic::resume_unwind(panic))?;
        model.cases = merged.into_map();
        Ok(model)
    })
}

/// The bytes compressed into `frame`, whose header records their size (as every frame this
/// module writes does).
fn decompress(
    decompressor: &mut zstd::block::Decompressor,
    frame: &[u8],
) -> Result<Vec<u8>, String> {
    let size = zstd::zstd_safe::get_frame_content_size(frame);
    if size > LARGEST_BLOB {
        return Err("the snapshot is damaged (a chunk's size is unknown or impossible)".into());
    }
    decompressor
        .decompress(frame, size as usize)
        .map_err(|error| format!("the snapshot is damaged (a chunk does not decompress: {error})"))
}

/// Chunks encoded or decoded on several threads come back out of order, each with its place:
/// the early ones wait here until those before them have come, and leave in order.
struct InOrder<T> {
    next: usize,
    early: BTreeMap<usize, T>,
}

impl<T> Default for InOrder<T> {
    fn default() -> Self {
        Self {
            next: 0,
            early: BTreeMap::new(),
        }
    }
}

impl<T> InOrder<T> {
    fn arrive(&mut self, place: usize, item: T) {
        self.early.insert(place, item);
    }

    /// The next item in order, if it has come.
    fn next_ready(&mut self) -> Option<T> {
        let item = self.early.remove(&self.next)?;
        self.next += 1;
        Some(item)
    }

    /// Whether exactly the places `0..count` came, and all have left.
    fn handed_on_all(&self, count: usize) -> bool {
        self.next == count && self.early.is_empty()
    }
}

/// The chunks of cases merged so far, as a few maps of about doubling sizes (like a binary
/// counter): appending one map to another rebuilds both into full nodes, so merging equal
/// halves costs each case a move per level, and the cases are never held twice. Inserting them
/// one by one instead leaves the B-tree's nodes about half empty, and a case is large.
#[derive(Default)]
struct Merged {
    maps: Vec<BTreeMap<CaseId, CaseView>>,
}

impl Merged {
    fn push(&mut self, chunk: BTreeMap<CaseId, CaseView>) {
        self.maps.push(chunk);
        while let [.., below, top] = self.maps.as_mut_slice()
            && below.len() <= top.len()
        {
            below.append(top);
            self.maps.pop();
        }
    }

    fn into_map(mut self) -> BTreeMap<CaseId, CaseView> {
        let mut map = self.maps.pop().unwrap_or_default();
        while let Some(mut below) = self.maps.pop() {
            below.append(&mut map);
            map = below;
        }
        map
    }
}

/// The model alone, after its format (u32, little-endian): what the test that guards
/// [`FORMAT`] keeps as a fixture.
pub fn encode_model(model: &ReadModel) -> Result<Vec<u8>, SnapshotError> {
    let mut bytes = FORMAT.to_le_bytes().to_vec();
    write_model(&mut bytes, model)?;
    Ok(bytes)
}

/// Reads what [`encode_model`] wrote, in any format that decodes.
pub fn decode_model(bytes: &[u8]) -> Result<ReadModel, String> {
    let body = bytes.get(4..).ok_or("too short to hold a model")?;
    read_model(&mut &body[..])
}

/// Counts and checksums the bytes that pass through, read or written.
struct Checksummed<T> {
    inner: T,
    hasher: crc32fast::Hasher,
    bytes: u64,
}

impl<T: Read> Read for Checksummed<T> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let n = self.inner.read(buf)?;
        self.hasher.update(&buf[..n]);
        self.bytes += n as u64;
        Ok(n)
    }
}

impl<T: Write> Write for Checksummed<T> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        let n = self.inner.write(buf)?;
        self.hasher.update(&buf[..n]);
        self.bytes += n as u64;
        Ok(n)
    }
    fn flush(&mut self) -> io::Result<()> {
        self.inner.flush()
    }
}
