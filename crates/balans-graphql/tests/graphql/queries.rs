//! Tests of the queries.
