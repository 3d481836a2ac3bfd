//! The GraphQL schema of balans: what is open, who owes what, how matters moved, the balance list at any meeting.
//!
//! This crate knows no web framework: [`build_schema`] gives an `async_graphql::Schema` that the
//! server mounts over HTTP and WebSocket, and that tests execute in-process.

pub mod admin;
pub mod draft;
pub mod error;
pub mod import;
pub mod input;
pub mod mutation;
pub mod parsed;
pub mod plain;
pub mod query;
pub mod reports;
pub mod subscription;
pub mod types;

use std::sync::{Arc, LazyLock};

use async_graphql::{MergedObject, Schema};
use parsed::ParsedQueries;

pub use balans_runtime::{Runtime, SharedStore};
pub use query::QueryRoot;
pub use subscription::SubscriptionRoot;

/// What can be changed: one mutation per command, importing written protocols, and (for
/// admins) people and API tokens.
#[derive(MergedObject, Default)]
pub struct MutationRoot(
    mutation::CommandMutations,
    import::ImportMutation,
    admin::AdminMutations,
);

/// The schema type the server mounts.
pub type BalansSchema = Schema<QueryRoot, MutationRoot, SubscriptionRoot>;

/// How deep a query may nest: dashboards need about six levels, and the standard
/// introspection query of GraphiQL 3.9 (its type references nine deep) fifteen. The complexity
/// limit, not this one, bounds what a query costs.
pub const MAX_DEPTH: usize = 16;
/// How many fields (list fields count by their page size) a query may ask for.
pub const MAX_COMPLEXITY: usize = 5_000;

/// What a field read as of an instant (`asOf`) adds to a query's complexity: each distinct
/// instant folds a model of its own from the log, so a query may ask for about twenty.
pub const PAST_COST: usize = 250;

/// What a list field multiplies its items' complexity by: the page asked for (`first`), or
/// `default` when none is given; a list costs at least one item. A page past the largest allowed
/// costs as much as the largest, so that the field itself says what is wrong with it.
pub(crate) fn page_cost(first: Option<i32>, default: usize) -> usize {
    first
        .map_or(default, |n| usize::try_from(n).unwrap_or(0))
        .clamp(1, query::MAX_PAGE)
}

/// Builds the schema over a runtime, with depth and complexity limits. It registers no
/// extension: [`plain::PlainList`] resolves plain fields without their per-field hooks.
pub fn build_schema(runtime: Arc<Runtime>) -> BalansSchema {
    // Input dates (`input::Day`, which reads Swedish forms) and returned dates share one
    // `Date` scalar: both are written as ISO, so clients see a single type.
    Schema::build_with_ignore_name_conflicts(
        QueryRoot,
        MutationRoot::default(),
        SubscriptionRoot,
        ["Date"],
    )
    .data(runtime)
    .limit_depth(MAX_DEPTH)
    .limit_complexity(MAX_COMPLEXITY)
    .finish()
}

/// Gives every error of a response a machine-readable `extensions.code`: errors from the
/// resolvers have one already; parse and validation errors (a malformed date literal, an
/// unknown field, a query nested too deep) get one here.
pub fn tag_error_codes(response: &mut async_graphql::Response) {
    for error in &mut response.errors {
        let has_swedish = error
            .extensions
            .as_ref()
            .is_some_and(|extensions| extensions.get("messageSv").is_some());
        if let Some(swedish) = date_error_in_swedish(&error.message).filter(|_| !has_swedish) {
            error
                .extensions
                .get_or_insert_with(Default::default)
                .set("messageSv", swedish);
        }
        let has_code = error
            .extensions
            .as_ref()
            .is_some_and(|extensions| extensions.get("code").is_some());
        if has_code {
            continue;
        }
        let (code, swedish) = if error.message.contains("nested too deep") {
            (error::code::QUERY_TOO_DEEP, "frågan är nästlad för djupt")
        } else if error.message.contains("too complex") {
            (
                error::code::QUERY_TOO_COMPLEX,
                "frågan begär för mycket på en gång: be om färre fält, mindre sidor (first) eller färre tidpunkter (asOf)",
            )
        } else {
            (
                error::code::BAD_INPUT,
                "frågan är inte giltig GraphQL för det här API:t (se message för detaljer)",
            )
        };
        let swedish = invalid_argument_in_swedish(&error.message).unwrap_or(swedish.to_string());
        let extensions = error.extensions.get_or_insert_with(Default::default);
        extensions.set("code", code);
        if extensions.get("messageSv").is_none() {
            extensions.set("messageSv", swedish);
        }
    }
}

/// An argument refused by validation names the field it was in (`draft.items.0.kind`): the
/// Swedish text names it too, and for an enum the value that is not one of its values.
fn invalid_argument_in_swedish(message: &str) -> Option<String> {
    let rest = message.strip_prefix("Invalid value for argument \"")?;
    let (path, reason) = rest.split_once("\", ")?;
    let quoted = |text: &str| text.trim_matches('"').to_string();
    let reason = if let Some(enum_reason) = reason.strip_prefix("enumeration type ") {
        let (type_name, value) = enum_reason.split_once(" does not contain the value ")?;
        format!(
            "\"{}\" är inget av värdena som {} tar (se schemat)",
            quoted(value),
            quoted(type_name)
        )
    } else if let Some(type_name) = reason.strip_prefix("expected type ") {
        format!("värdet har inte typen {}", quoted(type_name))
    } else {
        "värdet är inte giltigt (se message för detaljer)".to_string()
    };
    Some(format!("fältet {path}: {reason}"))
}

/// A date that could not be read is refused while the query is coerced, before any resolver
/// runs: async-graphql wraps the reason in its own words, so the Swedish text is made here
/// from the English one that [`balans_domain::DateError`] gave.
fn date_error_in_swedish(message: &str) -> Option<String> {
    let end = message.find(balans_domain::dates::NOT_A_DATE)?;
    let start = message[..end].rfind(": \"").map_or(0, |at| at + 2);
    let quoted = message[start..end].trim();
    let text: String =
        serde_json::from_str(quoted).unwrap_or_else(|_| quoted.trim_matches('"').to_string());
    Some(balans_domain::DateError { text }.swedish())
}

/// The documents of recent queries; parsing does not depend on the schema, so one cache serves all.
static PARSED_QUERIES: LazyLock<ParsedQueries> = LazyLock::new(ParsedQueries::default);

/// Executes a request and tags its errors with codes: the one way requests should run.
pub async fn execute(
    schema: &BalansSchema,
    mut request: async_graphql::Request,
) -> async_graphql::Response {
    PARSED_QUERIES.prepare(&mut request);
    let mut response = schema.execute(request).await;
    tag_error_codes(&mut response);
    bound_errors(&mut response);
    response
}

/// The most errors one response lists; a request that breaks more rules is told how many more.
pub const MAX_ERRORS: usize = 20;
/// The longest error message, in characters: a parse error can quote the request back, and a
/// request can be as large as the body limit.
pub const MAX_ERROR_CHARS: usize = 500;

/// Keeps a response's errors to what a person reads: at most [`MAX_ERRORS`], each at most
/// [`MAX_ERROR_CHARS`] long. Thousands of directives gave thousands of errors, and a parse error
/// echoed a 190 KB request back.
fn bound_errors(response: &mut async_graphql::Response) {
    for error in &mut response.errors {
        if error.message.chars().count() > MAX_ERROR_CHARS {
            let cut: String = error.message.chars().take(MAX_ERROR_CHARS).collect();
            error.message = format!("{cut}…");
        }
    }
    if response.errors.len() > MAX_ERRORS {
        let more = response.errors.len() - (MAX_ERRORS - 1);
        response.errors.truncate(MAX_ERRORS - 1);
        let code = response.errors[0]
            .extensions
            .as_ref()
            .and_then(|extensions| extensions.get("code").cloned());
        let mut last = async_graphql::ServerError::new(
            format!("and {more} more errors like these; fix the ones above first"),
            None,
        );
        if let Some(code) = code {
            last.extensions
                .get_or_insert_with(Default::default)
                .set("code", code);
        }
        response.errors.push(last);
    }
}
