//! Benchmarks of balans against an SQLite peer of the same model: the peer, the shared queries, and the measuring tools.
//!
//! The binary `balans-bench` (`src/main.rs`) runs the figures; this library holds what its
//! test also needs: [`peer`] (the SQLite implementation), [`answers`] (the queries as rows, for
//! both sides) and [`measure`] (percentiles, the fsync floor, RSS, sizes on disk).

pub mod answers;
pub mod measure;
pub mod peer;
pub mod report;
