//! Identifiers of the three stream kinds (case, meeting, forum) and their stream names.

use serde::{Deserialize, Serialize};
use ulid::Ulid;

macro_rules! entity_id {
    ($(#[$doc:meta])* $name:ident, $prefix:literal) => {
        $(#[$doc])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub struct $name(pub Ulid);

        // Written out for the 16 bytes in binary formats (see `serialize_ulid`).
        impl Serialize for $name {
            fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                serialize_ulid(self.0, serializer)
            }
        }

        impl<'de> Deserialize<'de> for $name {
            fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                deserialize_ulid(deserializer).map(Self)
            }
        }

        impl $name {
            /// The prefix of this entity's stream name.
            pub const STREAM_PREFIX: &'static str = $prefix;

            /// The name of this entity's stream in the event store, e.g. `case-01JH…`.
            pub fn stream_name(&self) -> String {
                format!("{}-{}", $prefix, self.0)
            }

            /// Reads an id from a stream name written by [`Self::stream_name`].
            pub fn from_stream_name(name: &str) -> Option<Self> {
                let rest = name.strip_prefix($prefix)?.strip_prefix('-')?;
                Ulid::from_string(rest).ok().map(Self)
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                self.0.fmt(f)
            }
        }

        impl std::str::FromStr for $name {
            type Err = ulid::DecodeError;
            fn from_str(s: &str) -> Result<Self, Self::Err> {
                Ulid::from_string(s.trim()).map(Self)
            }
        }
    };
}

/// An id as its 26 characters in text formats (JSON: the events' payloads, the API), and as its
/// 16 bytes in binary ones (the read-model snapshot), where parsing the characters back was
/// most of what decoding an id cost.
fn serialize_ulid<S: serde::Serializer>(ulid: Ulid, serializer: S) -> Result<S::Ok, S::Error> {
    if serializer.is_human_readable() {
        ulid.serialize(serializer)
    } else {
        serializer.serialize_bytes(&ulid.0.to_be_bytes())
    }
}

fn deserialize_ulid<'de, D: serde::Deserializer<'de>>(deserializer: D) -> Result<Ulid, D::Error> {
    if deserializer.is_human_readable() {
        Ulid::deserialize(deserializer)
    } else {
        deserializer.deserialize_bytes(UlidBytes)
    }
}

struct UlidBytes;

impl serde::de::Visitor<'_> for UlidBytes {
    type Value = Ulid;

    fn expecting(&self, formatter: &mut std::fmt::Formatter) -> std::fmt::Result {
        formatter.write_str("the 16 bytes of an id")
    }

    fn visit_bytes<E: serde::de::Error>(self, bytes: &[u8]) -> Result<Ulid, E> {
        let bytes: [u8; 16] = bytes
            .try_into()
            .map_err(|_| E::invalid_length(bytes.len(), &self))?;
        Ok(Ulid(u128::from_be_bytes(bytes)))
    }
}

entity_id!(
    /// A case (ärende): anything followed across meetings.
    CaseId,
    "case"
);
entity_id!(
    /// One meeting (sammanträde) of a forum.
    MeetingId,
    "meeting"
);
entity_id!(
    /// A standing body (förvaltningsgrupp, LSG, skyddskommitté).
    ForumId,
    "forum"
);

/// The form in which what people write for a case, meeting or forum is compared: lower case,
/// no spaces, å/ä → a, ö → o, é → e, since keyboards and habits differ ("FG-HA" is FG-HÄ).
pub fn fold(text: &str) -> String {
    text.chars()
        .filter(|c| !c.is_whitespace())
        .flat_map(char::to_lowercase)
        .map(|c| match c {
            'å' | 'ä' | 'à' | 'á' | 'â' => 'a',
            'ö' | 'ø' | 'ó' | 'ô' => 'o',
            'é' | 'è' | 'ê' | 'ë' => 'e',
            'ü' | 'ú' => 'u',
            other => other,
        })
        .collect()
}
