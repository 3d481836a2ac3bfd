//! The stored form of domain events, in one place for every reader and writer of the log: the application layer encodes, the read models, the CLI and the bench decode.
//!
//! [`codec`] turns a domain event into its stored form (type name, schema version, JSON
//! payload) and back through the upcasters; [`decode_recorded`] reads an event of the log.

pub mod codec;

use balans_domain::Event;
use balans_store::RecordedEvent;

pub use codec::{CURRENT_SCHEMA_VERSION, DecodeError, Encoded, Upcaster, decode, encode};

/// A stored event that cannot be read back into the domain, with where it lies in the log.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("stored event at position {position} cannot be read: {source}")]
pub struct Undecodable {
    pub position: u64,
    pub source: DecodeError,
}

/// Reads a stored event back into the domain.
pub fn decode_recorded(recorded: &RecordedEvent) -> Result<Event, Undecodable> {
    codec::decode(
        &recorded.event_type,
        recorded.schema_version,
        &recorded.payload,
    )
    .map_err(|source| Undecodable {
        position: recorded.position,
        source,
    })
}
