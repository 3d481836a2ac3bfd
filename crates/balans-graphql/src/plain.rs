//! Lists of objects whose asked fields are all plain values, resolved without a future per field.
//!
//! async-graphql resolves every field of every object of a list through a boxed future of its
//! own, then a map insert: perf put 43% of the server's CPU for Kommunal's first page of 50
//! obligations over HTTP there (nine fields each), against 15% for finding the obligations. A
//! [`PlainList`] is the same GraphQL type as `Vec<T>` (`[T!]!`); when the query asks each item
//! only for fields that take no arguments, have no directives and no selection of their own
//! (and `__typename`), it builds the values at once from [`PlainFields::plain_field`]. Any
//! other selection (an object field, a fragment, a directive) takes async-graphql's own path
//! for the whole list, so what a client gets never depends on which path ran. `@skip` and
//! `@include` never reach here: async-graphql applies and removes them before resolving.
//!
//! The plain path calls no extension's per-field hook; [`crate::build_schema`] registers none.

use std::borrow::Cow;
use std::sync::atomic::{AtomicU64, Ordering};

use async_graphql::indexmap::IndexMap;
use async_graphql::parser::types::{Field, Selection};
use async_graphql::registry::Registry;
use async_graphql::{ContextSelectionSet, Name, OutputType, Positioned, ServerResult, Value};

/// How many lists took the plain path since the process started: what shows a test that the
/// path it compares with async-graphql's was taken.
static PLAIN_LISTS: AtomicU64 = AtomicU64::new(0);

/// How many lists took the plain path since the process started.
pub fn plain_lists_resolved() -> u64 {
    PLAIN_LISTS.load(Ordering::Relaxed)
}

/// An object type that can give the value of each of its scalar and enum fields directly.
pub trait PlainFields: OutputType {
    /// The value of the field named `name` (its GraphQL name), exactly as its resolver would
    /// give it; `None` for a field that is not a plain value (an object, or one with arguments).
    fn plain_field(&self, name: &str) -> Option<Value>;
}

/// `[T!]!` in the schema, with the fast path described in the module's doc.
pub struct PlainList<T>(pub Vec<T>);

impl<T> From<Vec<T>> for PlainList<T> {
    fn from(items: Vec<T>) -> Self {
        PlainList(items)
    }
}

impl<T: PlainFields> OutputType for PlainList<T> {
    fn type_name() -> Cow<'static, str> {
        <Vec<T> as OutputType>::type_name()
    }

    fn qualified_type_name() -> String {
        <Vec<T> as OutputType>::qualified_type_name()
    }

    fn create_type_info(registry: &mut Registry) -> String {
        <Vec<T> as OutputType>::create_type_info(registry)
    }

    async fn resolve(
        &self,
        ctx: &ContextSelectionSet<'_>,
        field: &Positioned<Field>,
    ) -> ServerResult<Value> {
        match plain_values(ctx, &self.0) {
            Some(list) => Ok(list),
            None => OutputType::resolve(&self.0, ctx, field).await,
        }
    }
}

/// The list's value when every selected field is plain, else `None`.
fn plain_values<T: PlainFields>(ctx: &ContextSelectionSet<'_>, items: &[T]) -> Option<Value> {
    let selections = &ctx.item.node.items;
    let mut fields: Vec<(&Name, &str)> = Vec::with_capacity(selections.len());
    for selection in selections {
        let Selection::Field(field) = &selection.node else {
            return None;
        };
        let field = &field.node;
        let plain = field.arguments.is_empty()
            && field.directives.is_empty()
            && field.selection_set.node.items.is_empty();
        if !plain {
            return None;
        }
        fields.push((&field.response_key().node, field.name.node.as_str()));
    }
    let mut list = Vec::with_capacity(items.len());
    for item in items {
        let mut object = IndexMap::with_capacity(fields.len());
        for &(key, name) in &fields {
            let value = if name == "__typename" {
                Value::String(item.introspection_type_name().into_owned())
            } else {
                item.plain_field(name)?
            };
            // As async-graphql does, a key asked twice keeps its first place.
            object.insert(key.clone(), value);
        }
        list.push(Value::Object(object));
    }
    PLAIN_LISTS.fetch_add(1, Ordering::Relaxed);
    Some(Value::List(list))
}

/// A plain value of an optional field: null when absent.
pub fn or_null<V>(value: Option<V>, to_value: impl FnOnce(V) -> Value) -> Value {
    value.map_or(Value::Null, to_value)
}
