//! The schema file and its descriptions: `schema.graphql` at the root is generated from the code.

use async_graphql::SDLExportOptions;
use serde_json::{Value, json};

use crate::{empty_schema, ok};

/// Fails when the checked-in `schema.graphql` differs from the code's schema; run with
/// `UPDATE_EXPECT=1` to rewrite it, and review the change like any other.
#[test]
fn the_checked_in_schema_file_is_the_code_s_schema() {
    let (schema, _) = empty_schema();
    let sdl = schema.sdl_with_options(SDLExportOptions::new().sorted_fields().sorted_enum_items());
    expect_test::expect_file!["../../../../schema.graphql"].assert_eq(&sdl);
}

/// Built-in types and the scalars of async-graphql's own crates carry their own descriptions or none.
const BUILT_IN: &[&str] = &[
    "String", "Int", "Float", "Boolean", "ID", "Date", "Time", "DateTime", "JSON",
];

#[tokio::test(flavor = "multi_thread")]
async fn every_type_field_and_argument_has_a_description() {
    let (schema, _) = empty_schema();
    let data = ok(
        &schema,
        r#"{ __schema { types {
            name kind description
            fields { name description args { name description } }
            inputFields { name description }
            enumValues { name description }
        } } }"#,
        json!({}),
    )
    .await;
    let mut missing = Vec::new();
    let described = |value: &Value| {
        value["description"]
            .as_str()
            .is_some_and(|d| !d.trim().is_empty())
    };
    for ty in data["__schema"]["types"].as_array().expect("types") {
        let name = ty["name"].as_str().expect("a name");
        if name.starts_with("__") || BUILT_IN.contains(&name) {
            continue;
        }
        if !described(ty) {
            missing.push(name.to_string());
        }
        for field in ty["fields"].as_array().into_iter().flatten() {
            if !described(field) {
                missing.push(format!("{name}.{}", field["name"]));
            }
            for arg in field["args"].as_array().into_iter().flatten() {
                if !described(arg) {
                    missing.push(format!("{name}.{}({})", field["name"], arg["name"]));
                }
            }
        }
        for field in ty["inputFields"].as_array().into_iter().flatten() {
            if !described(field) {
                missing.push(format!("{name}.{}", field["name"]));
            }
        }
        for value in ty["enumValues"].as_array().into_iter().flatten() {
            if !described(value) {
                missing.push(format!("{name}.{}", value["name"]));
            }
        }
    }
    assert!(
        missing.is_empty(),
        "{} without a description:\n{}",
        missing.len(),
        missing.join("\n")
    );
}
