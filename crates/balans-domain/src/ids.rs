//! Identifiers of the three stream kinds (case, meeting, forum) and their stream names.

use serde::{Deserialize, Serialize};
use ulid::Ulid;

macro_rules! entity_id {
    ($(#[$doc:meta])* $name:ident, $prefix:literal) => {
        $(#[$doc])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Deserialize)]
        #[serde(transparent)]
        // Aligned to 8 bytes, not the 16 of the `u128` inside: otherwise every
        // `Option<MeetingId>`, `Occurrence` and case state pads around its ids, and a read model
        // of a million events holds hundreds of thousands of them (19 MB at 1M events). The
        // field is read by copy (`{ self.0 }`), never by reference.
        #[repr(C, packed(8))]
        pub struct $name(pub Ulid);

        // Written out because serde's derive would take the packed field by reference.
        impl Serialize for $name {
            fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                { self.0 }.serialize(serializer)
            }
        }

        impl $name {
            /// The prefix of this entity's stream name.
            pub const STREAM_PREFIX: &'static str = $prefix;

            /// The name of this entity's stream in the event store, e.g. `case-01JH…`.
            pub fn stream_name(&self) -> String {
                format!("{}-{}", $prefix, { self.0 })
            }

            /// Reads an id from a stream name written by [`Self::stream_name`].
            pub fn from_stream_name(name: &str) -> Option<Self> {
                let rest = name.strip_prefix($prefix)?.strip_prefix('-')?;
                Ulid::from_string(rest).ok().map(Self)
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                { self.0 }.fmt(f)
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
