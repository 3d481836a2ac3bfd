//! The balans server: mounts the GraphQL schema on axum, with health checks, metrics and the demo data.

pub mod demo;
