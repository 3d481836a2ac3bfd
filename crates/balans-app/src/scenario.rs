//! Scenario files: commands as JSON Lines, with readable aliases instead of ULIDs, loaded as one atomic batch.
//!
//! Each non-empty line is one command object: `{"command": "RaiseQuestion", "case": "q1", ...}`.
//! Lines starting with `#` or `//` are comments. In the `forum`, `meeting` and `case` fields a
//! value that is not a ULID is an alias: the first use gets a fresh ULID, and every later use of
//! the same alias (in the same file or later files of the same run) means the same entity.

use std::collections::HashMap;

use balans_domain::Command;
use balans_domain::ids::fold;
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
    /// The forums that exist, by their folded code ([`balans_domain::ids::fold`]).
    forums: HashMap<String, Vec<Ulid>>,
}

impl Aliases {
    /// Aliases for a run against a database that holds these forums (code, id): a forum field
    /// that gives one's code means that forum, not a new one.
    pub fn with_forums<'a>(forums: impl IntoIterator<Item = (&'a str, Ulid)>) -> Self {
        let mut by_code: HashMap<String, Vec<Ulid>> = HashMap::new();
        for (code, id) in forums {
            by_code.entry(fold(code)).or_default().push(id);
        }
        Self {
            ids: HashMap::new(),
            forums: by_code,
        }
    }

    /// A `forum` field: an alias of this run, an existing forum's code, or a new alias.
    fn resolve_forum(&mut self, alias: &str) -> Result<Ulid, String> {
        if Ulid::from_string(alias).is_ok() || self.ids.contains_key(alias) {
            return Ok(self.resolve(alias));
        }
        match self.forums.get(&fold(alias)).map(Vec::as_slice) {
            Some([id]) => Ok(*id),
            Some(many) if many.len() > 1 => Err(format!(
                "the forum code {alias:?} names {} forums; give the forum's id",
                many.len()
            )),
            _ => Ok(self.resolve(alias)),
        }
    }

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
                let id = if *field == "forum" {
                    aliases
                        .resolve_forum(alias)
                        .map_err(|reason| ScenarioError { line, reason })?
                } else {
                    aliases.resolve(alias)
                };
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

#[cfg(test)]
mod tests {
    use super::*;

    fn forum_of(line: &ScenarioLine) -> Option<Ulid> {
        let value = serde_json::to_value(&line.command).expect("a command serializes");
        value["forum"]
            .as_str()
            .and_then(|id| Ulid::from_string(id).ok())
    }

    #[test]
    fn an_existing_forums_code_means_that_forum_and_other_names_are_aliases() {
        let existing = Ulid::generate();
        let mut aliases = Aliases::with_forums([("FG-HÄ", existing)]);
        let text = r#"
{"command": "ScheduleMeeting", "meeting": "m1", "forum": "FG-HÄ", "date": "2025-03-01"}
{"command": "ScheduleMeeting", "meeting": "m2", "forum": "fg-ha", "date": "2025-04-01"}
{"command": "ScheduleMeeting", "meeting": "m3", "forum": "ny-grupp", "date": "2025-04-01"}
"#;
        let lines = parse(text, &mut aliases).expect("parses");
        assert_eq!(forum_of(&lines[0]), Some(existing));
        assert_eq!(forum_of(&lines[1]), Some(existing));
        assert_ne!(forum_of(&lines[2]), Some(existing));
        assert_eq!(forum_of(&lines[2]), aliases.get("ny-grupp"));

        let mut twice = Aliases::with_forums([("FG", Ulid::generate()), ("FG", Ulid::generate())]);
        let error = parse(
            r#"{"command": "ScheduleMeeting", "meeting": "m1", "forum": "FG", "date": "2025-03-01"}"#,
            &mut twice,
        )
        .expect_err("ambiguous");
        assert!(error.reason.contains("names 2 forums"), "{error}");
    }
}
