//! How `SledStore` writes an append: one record holding every event of it, each a compact binary envelope around the payload's JSON text; and reading the one-event records of earlier versions.
//!
//! An envelope is postcard: ids as 128-bit integers, instants as nanoseconds, and the payload as
//! the JSON text it was given (the store never looks inside it).
//!
//! Since version 3 ([`encode_append`]) the log holds one record per append, under the position
//! of its first event: the version byte, the append's command id (16 bytes), how many events
//! it holds (4 bytes), where each event's envelope ends (4 bytes each), then the envelopes.
//! One record is one sled insert, so an append reaches the log whole or not at all, and the
//! table of ends lets a reader decode the one event it wants.
//!
//! Earlier records hold one event each, under its own position: version 1 is the version byte
//! and the envelope; version 2 adds an [`AppendMark`] after the envelope (how many events of
//! its append follow the event, and on its last event the append's command id), so that an
//! append whose events reached the log only in part can be found and removed after a crash.
//! Records written before the binary format are the whole [`RecordedEvent`] as JSON; they start
//! with `{`, which no version byte is, so all kinds read back side by side in one log.

use jiff::Timestamp;
use serde::{Deserialize, Serialize};
use ulid::Ulid;

use crate::{Payload, RecordedEvent, StreamId};

/// The first byte of a binary record without an [`AppendMark`] (written by earlier versions).
const BINARY_V1: u8 = 1;
/// The first byte of a binary record with an [`AppendMark`] (written by earlier versions).
const BINARY_V2: u8 = 2;
/// The first byte of a record of a whole append.
const APPEND_V3: u8 = 3;
/// The bytes of an append record before its table of ends: version, command id, count.
const APPEND_HEADER: usize = 1 + 16 + 4;

/// Where an event's append ends. Records of version 1 and JSON records were written in one
/// transaction per append and carry none: each of them counts as complete.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct AppendMark {
    /// How many events of the same append come after this one (0 on its last event).
    pub following: u64,
    /// The append's command id, on its last event only.
    pub command: Option<u128>,
}

impl AppendMark {
    /// The position of the last event of the append whose event at `position` this mark is on.
    pub fn last_of_append(&self, position: u64) -> u64 {
        position.saturating_add(self.following)
    }
}

#[derive(Serialize, Deserialize)]
struct Envelope<'a> {
    id: u128,
    #[serde(borrow)]
    stream: &'a str,
    stream_version: u64,
    position: u64,
    recorded_at: i128,
    occurred_at: i128,
    #[serde(borrow)]
    recorded_by: &'a str,
    #[serde(borrow)]
    meeting: Option<&'a str>,
    #[serde(borrow)]
    event_type: &'a str,
    schema_version: u16,
    causation: u128,
    #[serde(borrow)]
    payload: &'a str,
}

/// The bytes stored for an append of `events` (at least one, at consecutive positions) by the
/// command `command`.
pub fn encode_append(events: &[RecordedEvent], command: u128) -> Result<Vec<u8>, String> {
    let count = u32::try_from(events.len())
        .map_err(|_| format!("an append of {} events is too large", events.len()))?;
    let table = APPEND_HEADER + 4 * events.len();
    let mut bytes = Vec::with_capacity(table + 256 * events.len());
    bytes.push(APPEND_V3);
    bytes.extend_from_slice(&command.to_be_bytes());
    bytes.extend_from_slice(&count.to_be_bytes());
    bytes.resize(table, 0);
    for (index, event) in events.iter().enumerate() {
        bytes =
            postcard::to_extend(&envelope_of(event), bytes).map_err(|error| error.to_string())?;
        let end = u32::try_from(bytes.len() - table)
            .map_err(|_| "an append of more than 4 GiB is too large".to_string())?;
        let at = APPEND_HEADER + 4 * index;
        bytes[at..at + 4].copy_from_slice(&end.to_be_bytes());
    }
    Ok(bytes)
}

/// What one key of the log holds.
pub enum Entry<'a> {
    /// The record of one event, of version 2 or before (written by earlier versions): read it
    /// with [`decode_marked`].
    Event(&'a [u8]),
    /// Every event of one append.
    Append(AppendRecord<'a>),
}

/// A record of a whole append, read in place: each event is decoded only when asked for.
pub struct AppendRecord<'a> {
    command: u128,
    ends: &'a [u8],
    envelopes: &'a [u8],
}

impl AppendRecord<'_> {
    /// How many events the append holds (at least one).
    pub fn len(&self) -> usize {
        self.ends.len() / 4
    }

    /// The id of the command that appended it.
    pub fn command(&self) -> u128 {
        self.command
    }

    /// The append's event at `index` (0 is its first).
    pub fn event(&self, index: usize) -> Result<RecordedEvent, String> {
        let end = |index: usize| {
            let at = 4 * index;
            u32::from_be_bytes(self.ends[at..at + 4].try_into().expect("4 bytes")) as usize
        };
        if index >= self.len() {
            return Err(format!(
                "the append holds {} events, not {}",
                self.len(),
                index + 1
            ));
        }
        let start = if index == 0 { 0 } else { end(index - 1) };
        let bytes = self
            .envelopes
            .get(start..end(index))
            .ok_or_else(|| format!("event {} of the append lies outside its record", index + 1))?;
        postcard::from_bytes(bytes)
            .map_err(|error| error.to_string())
            .and_then(from_envelope)
    }
}

/// What the log holds under one key, in any format.
pub fn decode_entry(bytes: &[u8]) -> Result<Entry<'_>, String> {
    if bytes.first() != Some(&APPEND_V3) {
        return Ok(Entry::Event(bytes));
    }
    let header = bytes
        .get(..APPEND_HEADER)
        .ok_or("the append record is cut short in its header")?;
    let command = u128::from_be_bytes(header[1..17].try_into().expect("16 bytes"));
    let count = u32::from_be_bytes(header[17..21].try_into().expect("4 bytes")) as usize;
    if count == 0 {
        return Err("the append record holds no events".into());
    }
    let table_end = APPEND_HEADER + 4 * count;
    let ends = bytes
        .get(APPEND_HEADER..table_end)
        .ok_or("the append record is cut short in its table of ends")?;
    Ok(Entry::Append(AppendRecord {
        command,
        ends,
        envelopes: &bytes[table_end..],
    }))
}

/// The bytes stored for `event` in version 2, which belongs to the append that `mark`
/// describes. The store no longer writes them; tests do, to make logs of earlier versions.
#[cfg(test)]
pub fn encode(event: &RecordedEvent, mark: AppendMark) -> Result<Vec<u8>, String> {
    let bytes = postcard::to_extend(&envelope_of(event), vec![BINARY_V2])
        .map_err(|error| error.to_string())?;
    postcard::to_extend(&mark, bytes).map_err(|error| error.to_string())
}

fn envelope_of(event: &RecordedEvent) -> Envelope<'_> {
    Envelope {
        id: event.id.0,
        stream: event.stream.as_str(),
        stream_version: event.stream_version,
        position: event.position,
        recorded_at: event.recorded_at.as_nanosecond(),
        occurred_at: event.occurred_at.as_nanosecond(),
        recorded_by: &event.recorded_by,
        meeting: event.meeting.as_deref(),
        event_type: &event.event_type,
        schema_version: event.schema_version,
        causation: event.causation.0,
        payload: event.payload.get(),
    }
}

/// The event stored as `bytes`, in any format, and its [`AppendMark`] if the record has one.
pub fn decode_marked(bytes: &[u8]) -> Result<(RecordedEvent, Option<AppendMark>), String> {
    let unmarked = |event| (event, None);
    match bytes.first() {
        Some(&BINARY_V2) => {
            let (envelope, rest) = postcard::take_from_bytes::<Envelope<'_>>(&bytes[1..])
                .map_err(|error| error.to_string())?;
            let mark: AppendMark =
                postcard::from_bytes(rest).map_err(|error| format!("the append mark: {error}"))?;
            Ok((from_envelope(envelope)?, Some(mark)))
        }
        Some(&BINARY_V1) => postcard::from_bytes(&bytes[1..])
            .map_err(|error| error.to_string())
            .and_then(from_envelope)
            .map(unmarked),
        Some(b'{') => serde_json::from_slice(bytes)
            .map_err(|error| error.to_string())
            .map(unmarked),
        Some(other) => Err(format!("unknown record format {other}")),
        None => Err("the record is empty".into()),
    }
}

fn from_envelope(envelope: Envelope<'_>) -> Result<RecordedEvent, String> {
    let instant = |nanos: i128| {
        Timestamp::from_nanosecond(nanos).map_err(|error| format!("a bad instant: {error}"))
    };
    Ok(RecordedEvent {
        id: Ulid(envelope.id),
        stream: StreamId::new(envelope.stream),
        stream_version: envelope.stream_version,
        position: envelope.position,
        recorded_at: instant(envelope.recorded_at)?,
        occurred_at: instant(envelope.occurred_at)?,
        recorded_by: envelope.recorded_by.to_owned(),
        meeting: envelope.meeting.map(str::to_owned),
        event_type: envelope.event_type.to_owned(),
        schema_version: envelope.schema_version,
        causation: Ulid(envelope.causation),
        payload: Payload::from_stored_text(envelope.payload),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The event stored as `bytes`, without its mark.
    fn decode(bytes: &[u8]) -> Result<RecordedEvent, String> {
        decode_marked(bytes).map(|(event, _)| event)
    }

    fn event() -> RecordedEvent {
        RecordedEvent {
            id: Ulid::from_parts(1_700_000_000_000, 42),
            stream: StreamId::new("case-01JH0000000000000000000000"),
            stream_version: 3,
            position: 77,
            recorded_at: "2025-01-14T13:05:00.123456789Z".parse().expect("instant"),
            occurred_at: "2025-01-14T13:00:00Z".parse().expect("instant"),
            recorded_by: "sekreterare".into(),
            meeting: Some("01JH0000000000000000000001".into()),
            event_type: "AnswerGiven".into(),
            schema_version: 1,
            causation: Ulid::from_parts(1_700_000_000_001, 7),
            payload: serde_json::json!({ "text": "Svar: \"åäö\" 🚲", "n": 0.1 }).into(),
        }
    }

    const LAST_OF_ITS_APPEND: AppendMark = AppendMark {
        following: 0,
        command: Some(99),
    };

    #[test]
    fn a_binary_record_reads_back_whole_and_is_smaller_than_json() {
        let event = event();
        let bytes = encode(&event, LAST_OF_ITS_APPEND).expect("encodes");
        assert_eq!(decode(&bytes), Ok(event.clone()));
        assert_eq!(
            decode_marked(&bytes),
            Ok((event.clone(), Some(LAST_OF_ITS_APPEND)))
        );
        let json = serde_json::to_vec(&event).expect("json");
        assert!(
            bytes.len() * 10 < json.len() * 7,
            "{} vs {}",
            bytes.len(),
            json.len()
        );
    }

    #[test]
    fn a_binary_record_of_version_1_still_reads_without_a_mark() {
        // The bytes a version-1 record of `event()` had: the version byte, then the envelope.
        let event = event();
        let v2 = encode(&event, LAST_OF_ITS_APPEND).expect("encodes");
        let mark_len = postcard::to_allocvec(&LAST_OF_ITS_APPEND)
            .expect("mark")
            .len();
        let mut v1 = vec![BINARY_V1];
        v1.extend_from_slice(&v2[1..v2.len() - mark_len]);
        assert_eq!(decode_marked(&v1), Ok((event, None)));
    }

    #[test]
    fn a_json_record_of_an_earlier_version_still_reads() {
        let event = event();
        let json = serde_json::to_vec(&event).expect("json");
        // The payload is written as the JSON it holds, not as a string of it.
        let written: serde_json::Value = serde_json::from_slice(&json).expect("json");
        assert_eq!(written["payload"], event.payload.to_value());
        assert!(written["payload"].is_object());
        assert_eq!(decode(&json), Ok(event));
    }

    /// Three events of one append, at consecutive positions.
    fn append() -> Vec<RecordedEvent> {
        (0..3)
            .map(|index| {
                let mut event = event();
                event.position += index;
                event.stream_version += index;
                event.payload = serde_json::json!({ "text": "Svar", "n": index }).into();
                event
            })
            .collect()
    }

    /// Every event of an append record, or the first error reading it.
    fn read_append(bytes: &[u8]) -> Result<(u128, Vec<RecordedEvent>), String> {
        match decode_entry(bytes)? {
            Entry::Append(record) => Ok((
                record.command(),
                (0..record.len())
                    .map(|index| record.event(index))
                    .collect::<Result<_, _>>()?,
            )),
            Entry::Event(..) => Err("one event".into()),
        }
    }

    #[test]
    fn an_append_record_reads_each_event_back_whole() {
        let events = append();
        let bytes = encode_append(&events, 99).expect("encodes");
        assert_eq!(read_append(&bytes), Ok((99, events.clone())));
        let Ok(Entry::Append(record)) = decode_entry(&bytes) else {
            panic!("an append record");
        };
        assert_eq!(record.event(1), Ok(events[1].clone()));
        assert!(record.event(3).is_err());
    }

    #[test]
    fn damaged_append_records_are_errors_not_panics() {
        let bytes = encode_append(&append(), 99).expect("encodes");
        for cut in 0..bytes.len() {
            assert!(read_append(&bytes[..cut]).is_err(), "cut at {cut}");
        }
        // A table whose ends go backwards.
        let mut backwards = bytes.clone();
        backwards[APPEND_HEADER + 4..APPEND_HEADER + 8].copy_from_slice(&1u32.to_be_bytes());
        assert!(read_append(&backwards).is_err());
        let mut empty = bytes[..APPEND_HEADER].to_vec();
        empty[17..21].copy_from_slice(&0u32.to_be_bytes());
        assert!(decode_entry(&empty).is_err());
    }

    #[test]
    fn damaged_records_are_errors_not_panics() {
        let bytes = encode(&event(), LAST_OF_ITS_APPEND).expect("encodes");
        for cut in 0..bytes.len() {
            assert!(decode(&bytes[..cut]).is_err(), "cut at {cut}");
        }
        assert!(decode(&[9, 1, 2]).is_err());
    }
}
