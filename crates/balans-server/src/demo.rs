//! The demo data: the two seed meetings, written by hand as scenario files and built into the binary.

use anyhow::{Context as _, Result, bail};
use balans_app::scenario::{self, Aliases};
use balans_app::{App, AppError, CommandMeta};
use balans_store::EventStore;

/// The seed meetings in the order they happened.
const DEMO_FILES: &[(&str, &str)] = &[
    (
        "2023-09-20-socialforvaltningen-fg.jsonl",
        include_str!("../../../tests/fixtures/demo/2023-09-20-socialforvaltningen-fg.jsonl"),
    ),
    (
        "2025-01-14-hagersten-alvsjo-fg.jsonl",
        include_str!("../../../tests/fixtures/demo/2025-01-14-hagersten-alvsjo-fg.jsonl"),
    ),
];

/// Loads the demo meetings when the database holds no events; otherwise leaves it alone.
pub fn load_if_empty<S: EventStore>(app: &App<S>) -> Result<bool> {
    if app.store().head_position()? > 0 {
        return Ok(false);
    }
    let mut aliases = Aliases::default();
    for (name, text) in DEMO_FILES {
        let lines =
            scenario::parse(text, &mut aliases).with_context(|| format!("demo file {name}"))?;
        let commands = lines.iter().map(|l| l.command.clone()).collect();
        match app.execute_batch(commands, CommandMeta::new("demo")) {
            Ok(_) => {}
            Err(AppError::InBatch {
                index,
                name: command,
                source,
            }) => {
                bail!(
                    "demo file {name}: line {}: {command}: {source}",
                    lines[index].line
                )
            }
            Err(other) => return Err(other).with_context(|| format!("demo file {name}")),
        }
    }
    Ok(true)
}
