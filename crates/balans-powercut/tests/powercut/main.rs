//! Power cuts on the power-cut file system: what it loses, and that the store loses nothing it acknowledged.

mod file_system;
mod harness;
mod sled_changes;
mod store;
mod support;
