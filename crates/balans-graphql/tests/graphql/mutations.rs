//! Tests of the mutations.
