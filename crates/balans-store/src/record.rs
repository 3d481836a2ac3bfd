//! How `SledStore` writes an event: a compact binary envelope around the payload's JSON text, and reading the JSON records of earlier versions.
//!
//! A record is one version byte and the envelope in postcard: ids as 128-bit integers, instants
//! as nanoseconds, and the payload as the JSON text it was given (the store never looks inside
//! it). Version 2 adds an [`AppendMark`] after the envelope: how many events of its append
//! follow the event, and on its last event the append's command id, so that an append whose
//! events reached the log only in part can be found and removed after a crash, and the indexes
//! rebuilt from the log.
//! Records written before the binary format are the whole [`RecordedEvent`] as JSON; they start
//! with `{`, which no version byte is, so all kinds read back side by side in one log.

use jiff::Timestamp;
use serde::{Deserialize, Serialize};
use ulid::Ulid;

use crate::{Payload, RecordedEvent, StreamId};

/// The first byte of a binary record without an [`AppendMark`] (written until 2026-12).
const BINARY_V1: u8 = 1;
/// The first byte of a binary record with an [`AppendMark`].
const BINARY_V2: u8 = 2;

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

/// The bytes stored for `event`, which belongs to the append that `mark` describes.
pub fn encode(event: &RecordedEvent, mark: AppendMark) -> Result<Vec<u8>, String> {
    let envelope = Envelope {
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
    };
    let bytes =
        postcard::to_extend(&envelope, vec![BINARY_V2]).map_err(|error| error.to_string())?;
    postcard::to_extend(&mark, bytes).map_err(|error| error.to_string())
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

    #[test]
    fn damaged_records_are_errors_not_panics() {
        let bytes = encode(&event(), LAST_OF_ITS_APPEND).expect("encodes");
        for cut in 0..bytes.len() {
            assert!(decode(&bytes[..cut]).is_err(), "cut at {cut}");
        }
        assert!(decode(&[9, 1, 2]).is_err());
    }
}
