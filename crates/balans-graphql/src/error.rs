//! GraphQL errors with a machine-readable `extensions.code` and a message a person understands.

use async_graphql::{Error, ErrorExtensions};
use balans_app::AppError;

/// The codes clients can match on.
pub mod code {
    /// The input could not be read (a malformed id, date or party name).
    pub const BAD_INPUT: &str = "BAD_INPUT";
    /// Something referred to does not exist.
    pub const NOT_FOUND: &str = "NOT_FOUND";
    /// The command breaks a rule of the domain; `extensions.rule` names it.
    pub const DOMAIN_RULE: &str = "DOMAIN_RULE";
    /// Another writer changed the stream first; reload and try again.
    pub const CONFLICT: &str = "CONFLICT";
    /// The server failed; the details are in its log.
    pub const INTERNAL: &str = "INTERNAL";
    /// The query nests deeper than the server allows.
    pub const QUERY_TOO_DEEP: &str = "QUERY_TOO_DEEP";
    /// The query asks for more than the server allows in one request.
    pub const QUERY_TOO_COMPLEX: &str = "QUERY_TOO_COMPLEX";
    /// The command id was sent before with another command: send a new id for a new command.
    pub const COMMAND_ID_REUSED: &str = "COMMAND_ID_REUSED";
    /// Nobody is signed in, and the request needs someone who is.
    pub const UNAUTHENTICATED: &str = "UNAUTHENTICATED";
    /// The signed-in person or token may not do this.
    pub const FORBIDDEN: &str = "FORBIDDEN";
    /// The server's disk is full: nothing was acknowledged, reads go on; send the write again
    /// (with the same `commandId`) once the operator has made room.
    pub const STORAGE_FULL: &str = "STORAGE_FULL";
}

/// An error for input that could not be read, in English and (`messageSv`) in Swedish.
pub fn bad_input(english: impl Into<String>, swedish: impl Into<String>) -> Error {
    with_code(english, swedish, code::BAD_INPUT)
}

/// An error for something that does not exist, in English and (`messageSv`) in Swedish.
pub fn not_found(english: impl Into<String>, swedish: impl Into<String>) -> Error {
    with_code(english, swedish, code::NOT_FOUND)
}

fn with_code(english: impl Into<String>, swedish: impl Into<String>, code: &str) -> Error {
    let swedish: String = swedish.into();
    Error::new(english).extend_with(|_, e| {
        e.set("code", code);
        e.set("messageSv", swedish.as_str());
    })
}

/// A case, meeting or forum that the text given names none of (or more than one): NOT_FOUND
/// (or BAD_INPUT), with the closest match in the message and a Swedish `messageSv`.
pub fn ref_error(error: balans_read::RefError) -> Error {
    let code = match error {
        balans_read::RefError::NotFound { .. } => code::NOT_FOUND,
        balans_read::RefError::Ambiguous { .. } => code::BAD_INPUT,
    };
    let swedish = error.swedish();
    Error::new(error.to_string()).extend_with(|_, e| {
        e.set("code", code);
        e.set("messageSv", swedish.as_str());
    })
}

/// Turns an application error into a GraphQL error. Server faults are logged and not shown.
/// A read model's failure (the log could not be read or decoded): as the same failure of a write.
pub fn read_error(error: balans_read::ReadError) -> Error {
    app_error(balans_runtime::app_error_of(error))
}

pub fn app_error(error: AppError) -> Error {
    // What the UI shows a person: the same refusal in Swedish.
    let swedish = error.swedish();
    match error {
        AppError::InBatch { index, name, source } => {
            let inner = app_error(*source);
            let message = format!("command {index} ({name}): {}", inner.message);
            Error {
                message,
                ..inner
            }
        }
        AppError::Domain(domain) => {
            let rule = domain.code();
            let code = if domain.is_not_found() {
                code::NOT_FOUND
            } else {
                code::DOMAIN_RULE
            };
            Error::new(domain.to_string()).extend_with(|_, e| {
                e.set("code", code);
                e.set("rule", rule);
                e.set("messageSv", swedish.as_str());
            })
        }
        AppError::Conflict {
            stream,
            expected,
            actual,
        } => Error::new(format!(
            "someone else changed this first ({stream} is at version {actual}, not {expected}): reload and try again"
        ))
        .extend_with(|_, e| {
            e.set("code", code::CONFLICT);
            e.set("expectedVersion", expected);
            e.set("actualVersion", actual);
            e.set("messageSv", swedish.as_str());
        }),
        AppError::Refused(refusal) => Error::new(refusal.to_string()).extend_with(|_, e| {
            e.set("code", refusal.code());
            e.set("messageSv", swedish.as_str());
        }),
        AppError::CommandIdReused { command_id } => Error::new(format!(
            "the commandId {command_id} was already used for another command: nothing was stored; send a new commandId for a new command"
        ))
        .extend_with(|_, e| {
            e.set("code", code::COMMAND_ID_REUSED);
            e.set("messageSv", swedish.as_str());
        }),
        AppError::Store(balans_store::StoreError::StorageFull(reason)) => {
            tracing::error!(%reason, "a write failed: the disk is full");
            Error::new(
                "the disk is full: nothing more can be stored until there is room again; send the write again with the same commandId then",
            )
            .extend_with(|_, e| {
                e.set("code", code::STORAGE_FULL);
                e.set("messageSv", swedish.as_str());
            })
        }
        other => {
            tracing::error!(error = %other, "a request failed in the store");
            Error::new("the server could not complete the request; it has been logged")
                .extend_with(|_, e| e.set("code", code::INTERNAL))
        }
    }
}
