//! Parsed query documents kept by their text, so that a query a dashboard sends again and again is parsed once.
//!
//! Parsing is about a tenth of the work of a small query over HTTP (perf, `obligations` first
//! page at 1M events). The document does not depend on variables or on the data, so a cached
//! one is as good as a fresh parse; async-graphql still checks it against the schema's depth,
//! complexity and validation rules on every request.

use std::collections::HashMap;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Mutex, PoisonError};

use async_graphql::parser::types::ExecutableDocument;

/// How many distinct queries are kept; when full, the cache starts over. Dashboards and the
/// web UI send a few dozen.
const CACHED_QUERIES: usize = 256;
/// Longer query texts are parsed every time, so that the cache's size stays small whatever
/// clients send.
const LONGEST_CACHED_QUERY: usize = 16 * 1024;

#[derive(Default)]
pub struct ParsedQueries {
    documents: Mutex<HashMap<String, ExecutableDocument>>,
    hits: AtomicU64,
}

impl ParsedQueries {
    /// Gives `request` the parsed document of its query, from the cache or parsed now. A query
    /// that does not parse is left to async-graphql, which reports the error.
    pub fn prepare(&self, request: &mut async_graphql::Request) {
        let cached = self.lock().get(&request.query).cloned();
        if let Some(document) = cached {
            self.hits.fetch_add(1, Ordering::Relaxed);
            request.set_parsed_query(document);
            return;
        }
        if request.query.len() > LONGEST_CACHED_QUERY {
            return;
        }
        let Ok(document) = async_graphql::parser::parse_query(&request.query) else {
            return;
        };
        let mut documents = self.lock();
        if documents.len() >= CACHED_QUERIES {
            documents.clear();
        }
        documents.insert(request.query.clone(), document.clone());
        drop(documents);
        request.set_parsed_query(document);
    }

    /// How many requests got their document from the cache.
    pub fn hits(&self) -> u64 {
        self.hits.load(Ordering::Relaxed)
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, HashMap<String, ExecutableDocument>> {
        // The map is only ever changed by single inserts and clears, which leave it whole.
        self.documents
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_query_sent_again_is_parsed_once_and_a_bad_one_is_left_alone() {
        let cache = ParsedQueries::default();
        let query = "{ obligations(owedBy: \"Kommunal\", first: 50) { caseNumber } }";
        for expected_hits in [0, 1, 2] {
            let mut request = async_graphql::Request::new(query);
            cache.prepare(&mut request);
            assert_eq!(cache.hits(), expected_hits);
            let document = request.parsed_query().expect("a parsed document");
            assert_eq!(document.operations.iter().count(), 1);
        }

        let mut broken = async_graphql::Request::new("{ obligations(");
        cache.prepare(&mut broken);
        assert!(broken.parsed_query().is_err(), "async-graphql reports it");
        assert_eq!(cache.lock().len(), 1, "only the good query is kept");

        let long = format!(
            "{{ cases {{ number }} }}{}",
            " ".repeat(LONGEST_CACHED_QUERY)
        );
        cache.prepare(&mut async_graphql::Request::new(long));
        assert_eq!(cache.lock().len(), 1, "a very long query is not kept");
    }
}
