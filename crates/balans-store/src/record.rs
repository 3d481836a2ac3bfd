//! How `SledStore` writes an append: one record holding every event of it, each a compact binary envelope around the payload's JSON text.
//!
//! An envelope is postcard: ids as 128-bit integers, instants as nanoseconds, and the payload as
//! the JSON text it was given (the store never looks inside it).
//!
//! The log holds one record per append ([`encode_append`]), under the position of its first
//! event: the version byte (3), the append's command id (16 bytes), how many events it holds
//! (4 bytes), where each event's envelope ends (4 bytes each), then the envelopes. One record
//! is one sled insert, so an append reaches the log whole or not at all, and the table of ends
//! lets a reader decode the one event it wants.
//!
//! Records of earlier versions (one event each, binary or JSON) are read only by
//! [`crate::legacy`], which copies such a log into today's format.

use jiff::Timestamp;
use serde::{Deserialize, Serialize};
use ulid::Ulid;

use crate::{Payload, RecordedEvent, StreamId};

/// The first byte of a record of a whole append: the versions before it were one event each.
pub(crate) const APPEND_V3: u8 = 3;
/// The bytes of an append record before its table of ends: version, command id, count.
const APPEND_HEADER: usize = 1 + 16 + 4;

/// One event as postcard stores it, borrowing its text from the record.
#[derive(Serialize, Deserialize)]
pub(crate) struct Envelope<'a> {
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

/// The append record stored as `bytes`; a record of any other format is an error.
pub fn decode_append(bytes: &[u8]) -> Result<AppendRecord<'_>, String> {
    match bytes.first() {
        Some(&APPEND_V3) => {}
        Some(other) => {
            return Err(format!(
                "a record of format {other}, not an append record (format {APPEND_V3})"
            ));
        }
        None => return Err("the record is empty".into()),
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
    Ok(AppendRecord {
        command,
        ends,
        envelopes: &bytes[table_end..],
    })
}

pub(crate) fn envelope_of(event: &RecordedEvent) -> Envelope<'_> {
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

/// The event an envelope holds.
pub(crate) fn from_envelope(envelope: Envelope<'_>) -> Result<RecordedEvent, String> {
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
pub(crate) mod tests {
    use super::*;

    /// An event with every field set, and text that JSON escapes.
    pub(crate) fn event() -> RecordedEvent {
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
        let record = decode_append(bytes)?;
        Ok((
            record.command(),
            (0..record.len())
                .map(|index| record.event(index))
                .collect::<Result<_, _>>()?,
        ))
    }

    #[test]
    fn an_append_record_reads_each_event_back_whole() {
        let events = append();
        let bytes = encode_append(&events, 99).expect("encodes");
        assert_eq!(read_append(&bytes), Ok((99, events.clone())));
        let record = decode_append(&bytes).expect("an append record");
        assert_eq!(record.event(1), Ok(events[1].clone()));
        assert!(record.event(3).is_err());
    }

    #[test]
    fn an_append_record_is_much_smaller_than_its_events_as_json() {
        let events = append();
        let bytes = encode_append(&events, 99).expect("encodes");
        let json: usize = events
            .iter()
            .map(|event| serde_json::to_vec(event).expect("json").len())
            .sum();
        assert!(bytes.len() * 10 < json * 7, "{} vs {json}", bytes.len());
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
        assert!(decode_append(&empty).is_err());
    }

    #[test]
    fn a_record_of_another_format_is_not_read_as_an_append() {
        let bytes = encode_append(&append(), 99).expect("encodes");
        for first in [1, 2, b'{', 4] {
            let mut other = bytes.clone();
            other[0] = first;
            let error = decode_append(&other).err().expect("refused");
            assert!(error.contains(&format!("format {first}")), "{error}");
        }
    }
}
