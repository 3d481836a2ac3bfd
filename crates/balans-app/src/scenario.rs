//! Scenario files: commands as JSON Lines, with readable aliases instead of ULIDs, loaded as one atomic batch.
//!
//! Each non-empty line is one command object: `{"command": "RaiseQuestion", "case": "q1", ...}`.
//! Lines starting with `#` or `//` are comments. In the `forum`, `meeting` and `case` fields a
//! value that is not a ULID is an alias: the first use gets a fresh ULID, and every later use of
//! the same alias (in the same file or later files of the same run) means the same entity.

use std::collections::HashMap;

use balans_domain::Command;
use serde_json::Value;
use ulid::Ulid;

/// Fields whose values may be aliases.
const ID_FIELDS: &[&str] = &["forum", "meeting", "case"];

/// Why a scenario line could not be read.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("line {line}: {reason}")]
pub struct ScenarioError {
    pub line: usize,
    pub reason: String,
}

/// Maps aliases to ULIDs across the files of one run.
#[derive(Debug, Default, Clone)]
pub struct Aliases {
    ids: HashMap<String, Ulid>,
}

impl Aliases {
    /// The ULID an alias stands for, if it has been used.
    pub fn get(&self, alias: &str) -> Option<Ulid> {
        self.ids.get(alias).copied()
    }

    fn resolve(&mut self, alias: &str) -> Ulid {
        if let Ok(id) = Ulid::from_string(alias) {
            return id;
        }
        *self
            .ids
            .entry(alias.to_string())
            .or_insert_with(Ulid::generate)
    }
}

/// A command with the line it came from.
#[derive(Debug, Clone)]
pub struct ScenarioLine {
    pub line: usize,
    pub command: Command,
}

/// Reads a scenario file's text. The first bad line stops the reading with its number and reason.
pub fn parse(text: &str, aliases: &mut Aliases) -> Result<Vec<ScenarioLine>, ScenarioError> {
    let mut commands = Vec::new();
    for (index, raw) in text.lines().enumerate() {
        let line = index + 1;
        let trimmed = raw.trim();
        if trimmed.is_empty() || trimmed.starts_with('#') || trimmed.starts_with("//") {
            continue;
        }
        let mut value: Value = serde_json::from_str(trimmed).map_err(|error| ScenarioError {
            line,
            reason: format!("not valid JSON: {error}"),
        })?;
        let Some(object) = value.as_object_mut() else {
            return Err(ScenarioError {
                line,
                reason: "expected a JSON object with a \"command\" field".to_string(),
            });
        };
        if !object.contains_key("command") {
            return Err(ScenarioError {
                line,
                reason: "the object has no \"command\" field".to_string(),
            });
        }
        for field in ID_FIELDS {
            if let Some(Value::String(alias)) = object.get(*field) {
                let id = aliases.resolve(alias);
                object.insert((*field).to_string(), Value::String(id.to_string()));
            }
        }
        let command: Command = serde_json::from_value(value).map_err(|error| ScenarioError {
            line,
            reason: error.to_string(),
        })?;
        commands.push(ScenarioLine { line, command });
    }
    Ok(commands)
}
