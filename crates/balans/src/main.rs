//! The balans command line: record scenario files, load the demo meetings, and report who owes what.

mod report;

use std::path::PathBuf;

use anyhow::{Context as _, Result, bail};
use balans_app::scenario::{self, Aliases};
use balans_app::{App, AppError, CommandMeta};
use balans_domain::Party;
use balans_read::{ObligationFilter, ReadModel};
use balans_store::{EventStore, SledStore};
use clap::{Parser, Subcommand};
use jiff::civil::Date;

#[derive(Parser)]
#[command(
    name = "balans",
    version,
    about = "Följ upp frågor, svar och åtaganden från samverkan (event-sourced)."
)]
struct Cli {
    /// Where the embedded database lives.
    #[arg(long, global = true, env = "BALANS_DATA", default_value = "./data")]
    data: PathBuf,
    #[command(subcommand)]
    command: Commands,
}

#[derive(Subcommand)]
enum Commands {
    /// Record scenario files (JSON Lines of commands); each file lands whole or not at all.
    Apply {
        #[arg(required = true)]
        files: Vec<PathBuf>,
    },
    /// Load the two seed meetings into an empty database, then print who owes what.
    Demo,
    /// Who owes what (vem är skyldig vad): open answers and commitments.
    Owed {
        /// Only what this party owes, e.g. "Arbetsgivaren", "Kommunal", "SACO".
        #[arg(long)]
        party: Option<String>,
        /// Only this forum (its code, name or id).
        #[arg(long)]
        forum: Option<String>,
        /// The data as it stood at the end of this day (YYYY-MM-DD); overdue is judged on it. Default: today.
        #[arg(long = "as-of")]
        as_of: Option<String>,
    },
    /// Open cases (öppna ärenden).
    Open {
        /// Only this forum (its code, name or id).
        #[arg(long)]
        forum: Option<String>,
    },
    /// A case's history between meetings (ärendets historia), by number ("FG 2025:7") or id.
    History { case: String },
    /// The raw event log from a global position.
    Log {
        #[arg(long, default_value_t = 1)]
        from: u64,
        /// Print each stored event as one JSON line (the envelope and payload).
        #[arg(long)]
        json: bool,
    },
}

fn main() -> Result<()> {
    let cli = Cli::parse();
    let store = SledStore::open(&cli.data, Default::default())
        .with_context(|| format!("could not open the database at {}", cli.data.display()))?;
    let app = App::new(store);
    match cli.command {
        Commands::Apply { files } => apply(&app, &files),
        Commands::Demo => {
            balans_server::demo::load_if_empty(&app)?;
            let model = ReadModel::load(app.store())?;
            print_report(&report::owed(
                &model,
                &ObligationFilter::default(),
                app.clock().today(),
            ))
        }
        Commands::Owed {
            party,
            forum,
            as_of,
        } => {
            let as_of = match as_of {
                Some(text) => parse_date(&text)?,
                None => app.clock().today(),
            };
            let model = ReadModel::load_until(app.store(), Some(balans_read::end_of_day(as_of)))?;
            let filter = ObligationFilter {
                owed_by: party.map(|p| Party::parse(&p)).transpose()?,
                forum: forum.map(|f| report::find_forum(&model, &f)).transpose()?,
                overdue_only: false,
            };
            print_report(&report::owed(&model, &filter, as_of))
        }
        Commands::Open { forum } => {
            let model = ReadModel::load(app.store())?;
            let forum = forum.map(|f| report::find_forum(&model, &f)).transpose()?;
            print_report(&report::open(&model, forum, app.clock().today()))
        }
        Commands::History { case } => {
            let model = ReadModel::load(app.store())?;
            let Some(view) = model.find_case(&case) else {
                bail!("there is no case {case:?} (give its number, e.g. \"FG 2025:3\", or its id)");
            };
            print_report(&report::history(&model, view))
        }
        Commands::Log { from, json } => log(app.store(), from, json),
    }
}

fn parse_date(text: &str) -> Result<Date> {
    text.trim()
        .parse::<Date>()
        .with_context(|| format!("{text:?} is not a date: write it as YYYY-MM-DD"))
}

/// Records each file as one atomic batch; a bad line stops with its file, line number and reason.
fn apply(app: &App<SledStore>, files: &[PathBuf]) -> Result<()> {
    let mut aliases = Aliases::default();
    for file in files {
        let text = std::fs::read_to_string(file)
            .with_context(|| format!("could not read {}", file.display()))?;
        let lines = scenario::parse(&text, &mut aliases).map_err(|error| {
            anyhow::anyhow!(
                "{}: {error}; nothing of this file was stored",
                file.display()
            )
        })?;
        let count = lines.len();
        let commands = lines.iter().map(|l| l.command.clone()).collect();
        match app.execute_batch(commands, CommandMeta::new(actor())) {
            Ok(executed) => println!(
                "{}: {count} kommandon, {} händelser sparade (position {})",
                file.display(),
                executed.events.len(),
                executed.outcome.last_position
            ),
            Err(AppError::InBatch {
                index,
                name,
                source,
            }) => bail!(
                "{}: line {}: {name} was refused: {source}; nothing of this file was stored",
                file.display(),
                lines[index].line
            ),
            Err(other) => {
                return Err(other).context(format!(
                    "{}: nothing of this file was stored",
                    file.display()
                ));
            }
        }
    }
    Ok(())
}

fn log(store: &SledStore, from: u64, json: bool) -> Result<()> {
    let mut from = from.max(1);
    loop {
        let page = store.read_all(from, 1024)?;
        let Some(last) = page.last() else { break };
        from = last.position + 1;
        let mut out = std::io::stdout().lock();
        for event in &page {
            let line = if json {
                serde_json::to_string(event)?
            } else {
                report::log_line(event)
            };
            if !emit(&mut out, &line)? {
                return Ok(());
            }
        }
    }
    Ok(())
}

/// Writes a line; `false` when the reader has gone away (`balans log | head`), which is not an error.
fn emit(out: &mut impl std::io::Write, line: &str) -> Result<bool> {
    match writeln!(out, "{line}") {
        Ok(()) => Ok(true),
        Err(error) if error.kind() == std::io::ErrorKind::BrokenPipe => Ok(false),
        Err(error) => Err(error.into()),
    }
}

/// Prints a whole report, quietly stopping if the reader has gone away.
fn print_report(report: &str) -> Result<()> {
    emit(&mut std::io::stdout().lock(), report.trim_end()).map(|_| ())
}

/// Who is recording: the user's login name where known.
fn actor() -> String {
    std::env::var("USER").unwrap_or_else(|_| "cli".to_string())
}
