//! The stored form of domain events: a type name, a schema version and a JSON payload, with upcasters for old shapes.
//!
//! The store never sees the domain enum. An event is stored as its variant's name, the schema
//! version it was written with, and the variant's fields as JSON. Reading goes through the
//! upcaster chain first, so a log written by an older version loads in every later one
//! (`tests/fixtures/log-v1.jsonl` is such a log, and a test loads it).

use balans_domain::Event;
use balans_store::Payload;
use serde::Deserialize as _;
use serde::de::value::MapDeserializer;
use serde_json::{Value, json};

/// The schema version every event is written with today.
pub const CURRENT_SCHEMA_VERSION: u16 = 1;

/// Rewrites the payload of `event_type` stored at `from_version` into the shape of `from_version + 1`.
pub struct Upcaster {
    pub event_type: &'static str,
    pub from_version: u16,
    pub upcast: fn(Value) -> Value,
}

/// Every upcaster, oldest first. Empty while version 1 is the only stored shape; when an event's
/// shape changes, bump [`CURRENT_SCHEMA_VERSION`] and add the step from the old shape here.
pub const UPCASTERS: &[Upcaster] = &[];

/// Why a stored event could not be turned back into a domain event.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum DecodeError {
    #[error(
        "event type {event_type} version {version} is newer than this program understands (it reads up to {CURRENT_SCHEMA_VERSION})"
    )]
    FromTheFuture { event_type: String, version: u16 },
    #[error("event type {event_type} version {version} has no upcaster to version {}", version + 1)]
    MissingUpcaster { event_type: String, version: u16 },
    #[error("event type {event_type} does not fit its schema: {reason}")]
    Shape { event_type: String, reason: String },
}

/// A domain event in its stored form.
#[derive(Debug, Clone, PartialEq)]
pub struct Encoded {
    pub event_type: &'static str,
    pub schema_version: u16,
    pub payload: Value,
}

/// Turns a domain event into its stored form.
pub fn encode(event: &Event) -> Encoded {
    let payload = match serde_json::to_value(event) {
        Ok(Value::Object(mut tagged)) => tagged.remove("data").unwrap_or(Value::Null),
        // Serializing plain data into a JSON value cannot fail; keep the payload honest if it ever does.
        Ok(other) => other,
        Err(error) => json!({ "unserializable": error.to_string() }),
    };
    Encoded {
        event_type: event.event_type(),
        schema_version: CURRENT_SCHEMA_VERSION,
        payload,
    }
}

/// Reads a stored event with the current upcasters.
///
/// A payload in today's shape is parsed once, from its text straight into the domain event;
/// an older one goes through a JSON value and the upcasters.
pub fn decode(
    event_type: &str,
    schema_version: u16,
    payload: &Payload,
) -> Result<Event, DecodeError> {
    if schema_version != CURRENT_SCHEMA_VERSION {
        return decode_with(UPCASTERS, event_type, schema_version, payload.to_value());
    }
    // The tag first, then the payload: serde reads the variant's fields as it parses them.
    let tag = serde_json::to_string(event_type).unwrap_or_default();
    let mut tagged = String::with_capacity(payload.get().len() + tag.len() + 20);
    tagged.push_str("{\"type\":");
    tagged.push_str(&tag);
    tagged.push_str(",\"data\":");
    tagged.push_str(payload.get());
    tagged.push('}');
    serde_json::from_str(&tagged).map_err(|error| DecodeError::Shape {
        event_type: event_type.to_string(),
        reason: error.to_string(),
    })
}

/// Reads a stored event, upcasting it step by step with `upcasters` to the current version.
pub fn decode_with(
    upcasters: &[Upcaster],
    event_type: &str,
    schema_version: u16,
    mut payload: Value,
) -> Result<Event, DecodeError> {
    if schema_version > CURRENT_SCHEMA_VERSION {
        return Err(DecodeError::FromTheFuture {
            event_type: event_type.to_string(),
            version: schema_version,
        });
    }
    for version in schema_version..CURRENT_SCHEMA_VERSION {
        let step = upcasters
            .iter()
            .find(|u| u.event_type == event_type && u.from_version == version)
            .ok_or_else(|| DecodeError::MissingUpcaster {
                event_type: event_type.to_string(),
                version,
            })?;
        payload = (step.upcast)(payload);
    }
    // The tag first, then the payload as it is: serde then reads the variant's fields straight
    // from the payload. (A `{"type", "data"}` object would come out of serde_json's sorted map
    // data first, which makes serde buffer a copy of the whole payload before it knows the type.)
    let tagged = [
        ("type", Value::String(event_type.to_owned())),
        ("data", payload),
    ];
    Event::deserialize(MapDeserializer::<_, serde_json::Error>::new(
        tagged.into_iter(),
    ))
    .map_err(|error| DecodeError::Shape {
        event_type: event_type.to_string(),
        reason: error.to_string(),
    })
}
