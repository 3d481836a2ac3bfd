//! The demo data: the two seed protocols, imported into their two forums on an empty database.
//!
//! The demo goes the way a secretary's first day would: set up the forums, then import each
//! written protocol through the importer and the application layer. The protocols are compiled
//! into the binary, so the demo works from any directory.

use balans_app::CommandMeta;
use balans_app::scenario::{self, Aliases};

use crate::{ImportOptions, Runtime, RuntimeError};

/// The forums the protocols are imported into.
const FORUMS: &str = include_str!("../../../tests/fixtures/demo/forums.jsonl");

/// The seed protocols in the order they happened, with the code of the forum each belongs to.
const PROTOCOLS: &[(&str, &str, &str)] = &[
    (
        "003_9ba086790e9c5e66.txt",
        "FG-SOF",
        include_str!("../../../tests/fixtures/protocols/003_9ba086790e9c5e66.txt"),
    ),
    (
        "004_5bdb85c66693e9e6.txt",
        "FG-HÄ",
        include_str!("../../../tests/fixtures/protocols/004_5bdb85c66693e9e6.txt"),
    ),
];

/// Loads the demo data when the database holds no events; otherwise leaves it alone. Says
/// whether it loaded them.
pub fn load_if_empty(runtime: &Runtime) -> Result<bool, RuntimeError> {
    if runtime
        .store()
        .head_position()
        .map_err(balans_app::AppError::from)?
        > 0
    {
        return Ok(false);
    }
    let forums = scenario::parse(FORUMS, &mut Aliases::default())
        .map_err(|error| RuntimeError::Demo(format!("the demo forums: {error}")))?;
    runtime
        .execute_batch(
            forums.into_iter().map(|line| line.command).collect(),
            CommandMeta::new("demo"),
        )
        .map_err(|error| RuntimeError::Demo(format!("the demo forums: {error}")))?;
    for (name, forum, text) in PROTOCOLS {
        let options = ImportOptions {
            forum: Some((*forum).to_string()),
            actor: "demo".to_string(),
            ..ImportOptions::default()
        };
        runtime.import_text(text, &options).map_err(|error| {
            RuntimeError::Demo(format!(
                "the demo protocol {name} could not be imported: {error}"
            ))
        })?;
    }
    Ok(true)
}
