//! In-process tests of the GraphQL schema: queries on the demo-like data, mutations, errors and their codes.

mod imports;
mod mutations;
mod queries;
mod schema;

use std::sync::Arc;

use async_graphql::{Request, Variables};
use balans_app::FixedClock;
use balans_graphql::{BalansSchema, Runtime, build_schema};
use serde_json::Value;

/// A schema over an empty in-memory store whose clock says 2025-06-01.
pub fn empty_schema() -> (BalansSchema, Arc<Runtime>) {
    let clock = FixedClock("2025-06-01T10:00:00Z".parse().expect("a timestamp"));
    let runtime = Runtime::in_memory(Box::new(clock));
    (build_schema(Arc::clone(&runtime)), runtime)
}

/// Runs a query; returns `data` and the errors as JSON.
pub async fn run(schema: &BalansSchema, query: &str, variables: Value) -> (Value, Vec<Value>) {
    // The operator at the machine: the schema's own tests are not about who may write (the
    // server's tests are), so every request may.
    let request = Request::new(query)
        .variables(Variables::from_json(variables))
        .data(balans_domain::Principal::local("test"));
    let response = balans_graphql::execute(schema, request).await;
    let json = serde_json::to_value(&response).expect("a response serializes");
    let errors = json
        .get("errors")
        .and_then(Value::as_array)
        .cloned()
        .unwrap_or_default();
    (json.get("data").cloned().unwrap_or(Value::Null), errors)
}

/// Runs a query as `principal`; returns `data` and the errors as JSON.
pub async fn run_as(
    schema: &BalansSchema,
    principal: balans_domain::Principal,
    query: &str,
    variables: Value,
) -> (Value, Vec<Value>) {
    let request = Request::new(query)
        .variables(Variables::from_json(variables))
        .data(principal);
    let json = serde_json::to_value(balans_graphql::execute(schema, request).await)
        .expect("a response serializes");
    let errors = json
        .get("errors")
        .and_then(Value::as_array)
        .cloned()
        .unwrap_or_default();
    (json.get("data").cloned().unwrap_or(Value::Null), errors)
}

/// Runs a query that must succeed.
pub async fn ok(schema: &BalansSchema, query: &str, variables: Value) -> Value {
    let (data, errors) = run(schema, query, variables).await;
    assert!(errors.is_empty(), "unexpected errors: {errors:#?}");
    data
}

/// Runs a query that must fail; returns the first error's `extensions.code` and message.
pub async fn error_code(schema: &BalansSchema, query: &str, variables: Value) -> (String, String) {
    let (_, errors) = run(schema, query, variables).await;
    let first = errors
        .first()
        .unwrap_or_else(|| panic!("expected an error from {query}"));
    (
        first["extensions"]["code"]
            .as_str()
            .unwrap_or("<no code>")
            .to_string(),
        first["message"].as_str().unwrap_or_default().to_string(),
    )
}
