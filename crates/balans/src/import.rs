//! `balans import` and `balans import-eval`: read a protocol into a draft, show it, record it; score the importer on labelled protocols.

use std::path::{Path, PathBuf};

use anyhow::{Context as _, Result, bail};
use balans_runtime::{ImportOptions, ImportSource, Runtime};
use jiff::civil::Date;

use crate::report::count;

/// What `balans import` was asked to do.
pub struct ImportArgs {
    pub file: PathBuf,
    pub forum: Option<String>,
    pub json: bool,
    pub commit: bool,
    pub force: bool,
    pub new_forum: bool,
    pub date: Option<Date>,
    pub actor: String,
}

/// Reads a protocol, proposes links to the forum's open cases, prints the draft, and records it
/// with `--commit`. Exits non-zero, storing nothing, when the file is not a readable protocol.
pub fn run(runtime: &Runtime, args: ImportArgs) -> Result<()> {
    let file = &args.file;
    let draft = runtime
        .import_draft(
            ImportSource::Path(file.clone()),
            args.forum.as_deref(),
            args.date,
        )
        .map_err(|error| {
            anyhow::anyhow!(
                "{}: {}; inget sparades",
                file.display(),
                error.swedish_for_command_line()
            )
        })?;
    if args.json {
        println!("{}", serde_json::to_string_pretty(&draft)?);
    } else {
        print!("{}", draft.to_text());
    }
    if !args.commit {
        eprintln!("(ett utkast: inget sparades; --commit sparar det)");
        return Ok(());
    }
    let options = ImportOptions {
        forum: args.forum.clone(),
        new_forum: args.new_forum,
        force: args.force,
        principal: balans_domain::Principal::local(&args.actor),
        date: args.date,
    };
    let outcome = runtime.commit_import(&draft, &options).map_err(|error| {
        anyhow::anyhow!("{}: {}", file.display(), error.swedish_for_command_line())
    })?;
    let message = format!(
        "{}: mötet {} sparat med {} och {} på tidigare ärenden: {}, {} (position {})",
        file.display(),
        outcome.meeting,
        count(outcome.opened, "nytt ärende", "nya ärenden"),
        count(outcome.linked, "punkt", "punkter"),
        count(outcome.commands, "kommando", "kommandon"),
        count(outcome.events, "händelse", "händelser"),
        outcome.last_position
    );
    if args.json {
        eprintln!("{message}");
    } else {
        println!("{message}");
    }
    Ok(())
}

/// Scores the importer on every `NAME.txt`/`NAME.pdf` with a `NAME.expected.json` in `dir`.
pub fn eval(dir: &Path, verbose: bool) -> Result<()> {
    if !dir.is_dir() {
        bail!("{} är ingen katalog", dir.display());
    }
    let (scores, totals) = balans_protocol::eval::evaluate_dir(dir, |path| {
        balans_protocol::read_path(path).map_err(|error| error.to_string())
    })
    .with_context(|| format!("{} kunde inte läsas", dir.display()))?;
    if scores.is_empty() {
        eprintln!(
            "{}: ingen NAMN.txt eller NAMN.pdf med en NAMN.expected.json bredvid",
            dir.display()
        );
    }
    print!(
        "{}",
        balans_protocol::eval::report(&scores, &totals, verbose)
    );
    Ok(())
}
