//! The pure domain of balans: commands, events, `decide` / `evolve`, who owes what, and due dates.
//!
//! Nothing here does IO, runs async code or reads a clock: time comes in through [`Context`].

pub mod access;
pub mod command;
pub mod dates;
pub mod decide;
pub mod due;
pub mod error;
pub mod event;
pub mod ids;
pub mod input;
pub mod owes;
pub mod party;
pub mod state;

pub use access::{Grant, Principal, Refusal, Role, authorize};
pub use command::{Command, CommitmentSpec, Touches};
pub use dates::{DateError, parse_date};
pub use decide::{Context, State, decide};
pub use due::{Due, DueBy};
pub use error::DomainError;
pub use event::{
    Approver, Attendee, CaseCorrection, CaseKind, CaseNumber, Event, Mbl, MinutesSection,
    Occurrence, Resolution, StatementKind, StreamRef,
};
pub use ids::{CaseId, ForumId, MeetingId};

/// The time zone of the organizations balans serves; dates in the domain are dates here. From
/// the tz database compiled into the program, so it reads no file.
pub fn organization_time_zone() -> jiff::tz::TimeZone {
    // The bundled tz database always has Europe/Stockholm; fall back to UTC rather than fail to start.
    jiff::tz::TimeZone::get("Europe/Stockholm").unwrap_or(jiff::tz::TimeZone::UTC)
}
pub use owes::{CaseFacts, CommitmentFacts, OwedAnswerFacts};
pub use party::Party;
pub use state::{
    CaseState, CaseStatus, CommitmentState, ForumState, MeetingState, Obligation, ObligationKind,
    StreamState, evolve_case, evolve_forum, evolve_meeting, postpones,
};
