//! Identifiers of the three stream kinds (case, meeting, forum) and their stream names.

use serde::{Deserialize, Serialize};
use ulid::Ulid;

macro_rules! entity_id {
    ($(#[$doc:meta])* $name:ident, $prefix:literal) => {
        $(#[$doc])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
        #[serde(transparent)]
        pub struct $name(pub Ulid);

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
