//! `balans-bench`: balans and its SQLite peer on the same generated history, figure by figure, in one run.
//!
//! Figures (see the crate's README section "Benchmarks"): 1 durable single-command latency
//! against the fsync floor, 2 concurrent durable commands, 3 bulk import, 4 cold start, 5 full
//! replay, 6 in-process queries, 7 the same queries over HTTP (with `wrk`), 8 peak RSS and size
//! on disk. It prints a table, then `bench: key=value ...` as its last line, and writes the same
//! pairs as JSON under the output folder. Before timing queries it checks that both sides give
//! the same answers, and exits non-zero if they do not.
//!
//! Given a PostgreSQL server (`--postgres URL`), it also runs the runtime on a fresh database
//! there for figures 1 to 5 and 8 (a third column), with PostgreSQL's own commit figures
//! beside them, and drops the database at the end.

mod http;
mod postgres;

/// The allocator the `balans` binary runs with, so that ours is measured as it ships; the
/// peer's Rust side gets it too (SQLite allocates through the system's `malloc`).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::{Arc, Mutex, PoisonError};
use std::time::{Duration, Instant};

use anyhow::{Context as _, Result, bail};
use balans_app::{Clock as _, CommandMeta, SystemClock};
use balans_bench::answers::{Ours, Queries, QueryParams};
use balans_bench::measure::{self, Samples};
use balans_bench::peer::Peer;
use balans_bench::report::{Better, Report, Sides};
use balans_domain::{CaseId, CaseKind, CaseStatus, Command, ForumId, MeetingId, Party};
use balans_gen::{Generator, Options, generate_into};
use balans_postgres::scratch::ScratchDatabase;
use balans_read::{ReadModel, snapshot};
use balans_runtime::{Backend, Closed, Runtime, SharedStore};
use balans_store::EventStore;
use clap::Parser;
use jiff::civil::Date;
use ulid::Ulid;

#[derive(Parser, Debug)]
#[command(
    name = "balans-bench",
    about = "Benchmarks balans against an SQLite peer of the same model on the same generated history."
)]
struct Args {
    /// Everything at 100k events (or --events), with shorter timings: for CI.
    #[arg(long)]
    quick: bool,
    /// Events in the main history (default 1,000,000; 100,000 with --quick).
    #[arg(long)]
    events: Option<u64>,
    /// Seed of the generated history.
    #[arg(long, default_value_t = 1)]
    seed: u64,
    /// Also measure cold start at 10M events (generates 10M events on both sides: many minutes).
    #[arg(long)]
    ten_million: bool,
    /// Where the JSON report and the scratch databases go.
    #[arg(long, default_value = "target/bench")]
    out: PathBuf,
    /// Keep the generated databases after the run (not the PostgreSQL one).
    #[arg(long)]
    keep: bool,
    /// Also run balans on PostgreSQL: the admin URL of a server (a user who may create
    /// databases); the bench makes a fresh database there and drops it at the end.
    #[arg(long, env = "BALANS_BENCH_POSTGRES", value_name = "URL")]
    postgres: Option<String>,
    /// Internal: measure a cold start of one side in this (fresh) process and print it as JSON.
    #[arg(long, hide = true, value_names = ["SIDE", "PATH"], num_args = 2)]
    probe: Option<Vec<String>>,
    /// Internal: the database of the `postgres` probe.
    #[arg(long, hide = true)]
    probe_database: Option<String>,
}

/// How long and how often each figure is measured.
#[derive(Debug, Clone, Copy)]
struct Plan {
    events: u64,
    quick: bool,
    single_rounds: usize,
    single_per_round: usize,
    concurrent_for: Duration,
    query_budget: Duration,
    query_iterations: usize,
    cold_runs: usize,
    http_for: Duration,
}

impl Plan {
    fn new(args: &Args) -> Self {
        let events = args
            .events
            .unwrap_or(if args.quick { 100_000 } else { 1_000_000 });
        if args.quick {
            Self {
                events,
                quick: true,
                single_rounds: 3,
                // Enough commits that the p99s (of a command, and of a commit reaching the
                // subscriber) are not just the slowest one or two.
                single_per_round: 100,
                concurrent_for: Duration::from_millis(1500),
                query_budget: Duration::from_secs(2),
                query_iterations: 100,
                cold_runs: 2,
                http_for: Duration::from_secs(3),
            }
        } else {
            Self {
                events,
                quick: false,
                single_rounds: 6,
                single_per_round: 100,
                concurrent_for: Duration::from_secs(4),
                query_budget: Duration::from_secs(6),
                query_iterations: 300,
                cold_runs: 3,
                http_for: Duration::from_secs(8),
            }
        }
    }
}

fn main() -> ExitCode {
    let args = Args::parse();
    if let Some(probe) = &args.probe {
        return match run_probe(probe, args.probe_database.as_deref()) {
            Ok(()) => ExitCode::SUCCESS,
            Err(error) => {
                eprintln!("probe failed: {error:#}");
                ExitCode::FAILURE
            }
        };
    }
    match run(&args) {
        Ok(true) => ExitCode::SUCCESS,
        Ok(false) => ExitCode::FAILURE,
        Err(error) => {
            eprintln!("balans-bench failed: {error:#}");
            ExitCode::FAILURE
        }
    }
}

fn label(events: u64) -> String {
    match events {
        n if n >= 1_000_000 && n % 1_000_000 == 0 => format!("{}m", n / 1_000_000),
        n if n >= 1_000 && n % 1_000 == 0 => format!("{}k", n / 1_000),
        n => n.to_string(),
    }
}

fn progress(text: &str) {
    eprintln!("[bench] {text}");
}

/// Runs every figure; `Ok(false)` when ours and the peer gave different answers.
fn run(args: &Args) -> Result<bool> {
    let plan = Plan::new(args);
    let started = Instant::now();
    let work = args.out.join("work");
    if work.exists() {
        std::fs::remove_dir_all(&work)
            .with_context(|| format!("could not clear {}", work.display()))?;
    }
    std::fs::create_dir_all(&work)?;
    let mut report = Report::default();
    let options = Options::new(plan.events, args.seed);
    let size = label(plan.events);
    report.fact("events", plan.events.into());
    report.fact("seed", args.seed.into());
    report.fact("quick", plan.quick.into());
    report.fact("postgres", args.postgres.is_some().into());
    progress(&format!(
        "{} events (seed {}), {} forums; databases in {}",
        plan.events,
        args.seed,
        options.forums(),
        work.display()
    ));

    // 3. Bulk import: the generated history, one atomic append per meeting protocol.
    let ours_dir = work.join(format!("ours-{size}"));
    let peer_path = work.join(format!("peer-{size}.sqlite"));
    let (runtime, ours_import) = import_ours(&ours_dir, options)?;
    let store = Arc::clone(runtime.store());
    progress(&format!(
        "ours imported in {:.1} s",
        ours_import.as_secs_f64()
    ));
    let (mut peer, peer_import, last_date) = import_peer(&peer_path, options)?;
    progress(&format!(
        "peer imported in {:.1} s",
        peer_import.as_secs_f64()
    ));
    let events = store.head_position()?;
    if events != peer.head()? {
        bail!(
            "ours holds {events} events and the peer {}: the same history must give the same log",
            peer.head()?
        );
    }
    // The same runtime over PostgreSQL; the node directory keeps its snapshot only. Declared
    // after the database, so that it is dropped (its connections closed) first.
    let database = args
        .postgres
        .as_deref()
        .map(postgres::bench_database)
        .transpose()?;
    let pg_dir = work.join(format!("postgres-node-{size}"));
    let pg = match &database {
        Some(database) => {
            progress(&format!("PostgreSQL: database {}", database.name()));
            let (runtime, took) = import_postgres(&pg_dir, database.url(), options)?;
            progress(&format!(
                "ours on PostgreSQL imported in {:.1} s",
                took.as_secs_f64()
            ));
            let head = runtime.store().head_position()?;
            if head != events {
                bail!(
                    "ours on PostgreSQL holds {head} events and on sled {events}: the same history must give the same log"
                );
            }
            Some((runtime, took))
        }
        None => None,
    };
    let pg_runtime = pg.as_ref().map(|(runtime, _)| runtime);
    report.sides(
        "3 bulk import (events/s)",
        "import",
        "events_per_s",
        Better::Higher,
        Sides {
            ours: events as f64 / ours_import.as_secs_f64(),
            postgres: pg
                .as_ref()
                .map(|(_, took)| events as f64 / took.as_secs_f64()),
            peer: events as f64 / peer_import.as_secs_f64(),
        },
    );

    // 5. Full replay: read every event and fold it into the read model (the runtime's live
    // model, opened before the history was written, folds the whole log as a rebuild does).
    let t = Instant::now();
    runtime.catch_up()?;
    let ours_replay = t.elapsed();
    let pg_replay = match pg_runtime {
        Some(pg) => {
            let t = Instant::now();
            pg.catch_up()?;
            Some(t.elapsed())
        }
        None => None,
    };
    let t = Instant::now();
    let peer_model = peer.replay()?;
    let peer_replay = t.elapsed();
    drop(peer_model);
    report.sides(
        "5 full replay (events/s)",
        "replay",
        "events_per_s",
        Better::Higher,
        Sides {
            ours: events as f64 / ours_replay.as_secs_f64(),
            postgres: pg_replay.map(|took| events as f64 / took.as_secs_f64()),
            peer: events as f64 / peer_replay.as_secs_f64(),
        },
    );

    // The read-model snapshot the server keeps beside the log; cold starts read it. It is on
    // disk from here on, so figure 8 counts it.
    let t = Instant::now();
    let saved = runtime
        .save_snapshot()?
        .context("the runtime keeps a snapshot")?;
    report.single(
        "4 saving the read-model snapshot (µs)",
        "snapshot_save",
        "us",
        t.elapsed().as_secs_f64() * 1e6,
        &format!("{:.1} MiB", saved.bytes as f64 / (1024.0 * 1024.0)),
    );
    if let Some(pg) = pg_runtime {
        pg.save_snapshot()?
            .context("the runtime on PostgreSQL keeps a snapshot")?;
    }

    // Equal answers first: a fast wrong answer is no answer.
    let model = runtime.live();
    let params = QueryParams::choose(&model, last_date);
    let ours = Ours {
        store: &store,
        model: &model,
    };
    let mut mismatches =
        balans_bench::answers::compare(&ours, &peer, &params).map_err(|e| anyhow::anyhow!(e))?;
    if let Some(pg) = pg_runtime {
        let pg_model = pg.live();
        let on_postgres = Ours {
            store: pg.store(),
            model: &pg_model,
        };
        let differences = balans_bench::answers::compare(&on_postgres, &peer, &params)
            .map_err(|e| anyhow::anyhow!(e))?;
        mismatches.extend(
            differences
                .into_iter()
                .map(|difference| format!("on PostgreSQL: {difference}")),
        );
    }
    report.fact("answers_equal", mismatches.is_empty().into());
    if mismatches.is_empty() {
        progress(if pg.is_some() {
            "ours (on sled and on PostgreSQL) and the peer give the same answers"
        } else {
            "ours and the peer give the same answers"
        });
    } else {
        for mismatch in &mismatches {
            eprintln!("[bench] DIFFERENT ANSWER: {mismatch}");
        }
    }

    // 6. Queries in process.
    queries(&mut report, &plan, &store, &model, &peer, &params)?;

    // 8. Size on disk, against the events as JSON lines.
    let json_bytes = events_json_bytes(&store)?;
    let ours_disk = measure::size_on_disk(&ours_dir);
    let peer_disk = peer_files(&peer_path)
        .iter()
        .map(|p| measure::size_on_disk(p))
        .sum::<u64>();
    let pg_disk = match &database {
        Some(database) => {
            Some(postgres::log_bytes(database.url())? + measure::size_on_disk(&pg_dir))
        }
        None => None,
    };
    let mib = |bytes: u64| bytes as f64 / (1024.0 * 1024.0);
    report.sides(
        &format!("8 size on disk at {size} (MiB)"),
        "disk",
        "mib",
        Better::Lower,
        Sides {
            ours: mib(ours_disk),
            postgres: pg_disk.map(mib),
            peer: mib(peer_disk),
        },
    );
    let mut json_note = format!(
        "ours/JSON {:.2}, peer/JSON {:.2}",
        ours_disk as f64 / json_bytes as f64,
        peer_disk as f64 / json_bytes as f64
    );
    if let Some(pg_disk) = pg_disk {
        json_note.push_str(&format!(
            ", PostgreSQL/JSON {:.2} (its tables and the node's snapshot, not its WAL)",
            pg_disk as f64 / json_bytes as f64
        ));
    }
    report.single(
        "8 events as JSON lines (MiB)",
        "events_json",
        "mib",
        mib(json_bytes),
        &json_note,
    );

    // 1. Durable single commands, interleaved with the fsync floor.
    drop(model);
    single_commands(&mut report, &plan, &work, &runtime, pg_runtime, &mut peer)?;
    // 2. Concurrent durable commands.
    concurrent_commands(&mut report, &plan, &work, &runtime, pg_runtime, &peer_path)?;
    drop(peer);
    // 1 and 2 beside PostgreSQL itself: one row per transaction, no balans in between.
    if let Some(database) = &database {
        own_postgres_figures(&mut report, &plan, &work, database)?;
    }
    // The writers added tens of thousands of events since the snapshot. `balans serve` saves
    // one every 50,000 events and at shutdown, so a server that took those commands would have
    // left one; the cold starts below begin where it would have left off.
    runtime.save_snapshot()?;
    if let Some((pg, _)) = pg {
        pg.save_snapshot()?;
        // As `balans serve` stops: its connections closed, its node directory unlocked.
        if !matches!(pg.close(), Closed::Closed) {
            bail!("the runtime on PostgreSQL was not closed");
        }
    }

    // 7. Over HTTP, with a load tool.
    http::figures(&mut report, &plan.http_for, &store, &peer_path, &params)?;
    drop(store);
    // As `balans serve` closes: sled writes its page table for the next start, which would
    // otherwise read again the whole log this process wrote.
    let settled = match runtime.close() {
        Closed::Settled(took) => took,
        Closed::SettleFailed(error) => return Err(error.into()),
        Closed::StillInUse | Closed::Closed => bail!("the database was not closed"),
    };
    report.single(
        "4 settling the log at shutdown (µs)",
        "settle",
        "us",
        settled.as_secs_f64() * 1e6,
        "what the writer pays so that the next open does not",
    );

    // 4. Cold start and 8. peak RSS, each in a fresh process.
    let pg_node = database.as_ref().map(|database| PgNode {
        dir: &pg_dir,
        url: database.url(),
    });
    cold_starts(
        &mut report,
        &plan,
        args,
        &ours_dir,
        &peer_path,
        pg_node,
        &size,
    )?;
    // Dropped here, with a message if the server did not let it go.
    drop(database);

    report.fact("seconds", started.elapsed().as_secs().into());
    std::fs::create_dir_all(&args.out)?;
    let json = serde_json::to_string_pretty(&report.json())?;
    let name = format!(
        "bench-{}-{}.json",
        if plan.quick { "quick" } else { "full" },
        size
    );
    std::fs::write(args.out.join(&name), &json)?;
    std::fs::write(args.out.join("bench.json"), &json)?;
    if !args.keep {
        let _ = std::fs::remove_dir_all(&work);
    }
    println!("{}", report.table());
    println!(
        "JSON: {} ({} s in all)",
        args.out.join(&name).display(),
        started.elapsed().as_secs()
    );
    println!("{}", report.bench_line());
    Ok(mismatches.is_empty())
}

/// A node of balans on PostgreSQL: its directory (the snapshot) and its database.
#[derive(Debug, Clone, Copy)]
struct PgNode<'a> {
    dir: &'a Path,
    url: &'a str,
}

/// PostgreSQL itself, one ~1 KiB JSON row per transaction: the latency with one client (as
/// many commits as figure 1 makes) and the rate with 1 and 8 clients (as long as figure 2).
fn own_postgres_figures(
    report: &mut Report,
    plan: &Plan,
    work: &Path,
    database: &ScratchDatabase,
) -> Result<()> {
    progress("PostgreSQL itself: one row per transaction");
    // The disk changes speed from minute to minute: its floor just before, to read these by.
    let floor = measure::fsync_floor(work, 100, Duration::from_secs(5))?;
    report.single(
        "1 fsync floor before PostgreSQL itself p50 (µs)",
        "postgres_own_floor_p50",
        "us",
        floor.p50(),
        "4 KiB write + fdatasync, on the bench's disk (the server's data directory may be elsewhere)",
    );
    let own = postgres::own_figures(
        database.url(),
        plan.single_rounds * plan.single_per_round,
        plan.concurrent_for,
    )?;
    let what = format!("INSERT of a {} B JSON row + COMMIT, sqlx", own.row_bytes);
    report.postgres_only(
        "1 PostgreSQL itself: one row per transaction p50 (µs)",
        "postgres_own_commit_p50",
        "us",
        own.single.p50(),
        &what,
    );
    report.postgres_only(
        "1 PostgreSQL itself: one row per transaction p99 (µs)",
        "postgres_own_commit_p99",
        "us",
        own.single.p99(),
        "",
    );
    for (clients, per_s) in &own.per_s {
        report.postgres_only(
            &format!("2 PostgreSQL itself: commits/s, {clients} clients"),
            &format!("postgres_own_commits_{clients}"),
            "per_s",
            *per_s,
            "one connection per client",
        );
    }
    Ok(())
}

fn peer_files(path: &Path) -> Vec<PathBuf> {
    let name = path.to_string_lossy();
    vec![
        path.to_path_buf(),
        PathBuf::from(format!("{name}-wal")),
        PathBuf::from(format!("{name}-shm")),
    ]
}

/// Writes the history into a new database through the runtime's application layer, as `balans
/// gen` does; the live model is left at the empty log for the replay to fill.
fn import_ours(dir: &Path, options: Options) -> Result<(Arc<Runtime>, Duration)> {
    let runtime = Runtime::open(&balans_runtime::Config::new(dir))?;
    let summary = generate_into(runtime.app(), options, |_| {})?;
    Ok((runtime, summary.elapsed))
}

/// [`import_ours`] with the log in the PostgreSQL database at `url`, the node's snapshot in `dir`.
fn import_postgres(dir: &Path, url: &str, options: Options) -> Result<(Arc<Runtime>, Duration)> {
    let config = balans_runtime::Config {
        backend: Backend::Postgres(url.to_string()),
        ..balans_runtime::Config::new(dir)
    };
    let runtime = Runtime::open(&config)?;
    let summary = generate_into(runtime.app(), options, |_| {})?;
    Ok((runtime, summary.elapsed))
}

fn import_peer(path: &Path, options: Options) -> Result<(Peer, Duration, Date)> {
    let mut peer = Peer::open(path)?;
    let today = SystemClock.today();
    let started = Instant::now();
    let mut generator = Generator::new(options);
    for batch in generator.by_ref() {
        peer.execute(&batch.commands, batch.command_id, "gen", today)
            .with_context(|| format!("the peer refused the protocol of {}", batch.date))?;
    }
    let elapsed = started.elapsed();
    Ok((peer, elapsed, generator.last_date().unwrap_or(today)))
}

/// Times `query` over `params` in turn, up to the plan's count or time budget.
fn time_query<P, T, E: std::fmt::Display>(
    plan: &Plan,
    params: &[P],
    mut query: impl FnMut(&P) -> Result<T, E>,
) -> Result<Samples> {
    let mut samples = Samples::default();
    if params.is_empty() {
        return Ok(samples);
    }
    let started = Instant::now();
    let mut i = 0;
    while samples.len() < plan.query_iterations
        && (samples.len() < 3 || started.elapsed() < plan.query_budget)
    {
        let param = &params[i % params.len()];
        i += 1;
        let t = Instant::now();
        let answer = query(param).map_err(|e| anyhow::anyhow!("{e}"))?;
        samples.push(t.elapsed());
        drop(std::hint::black_box(answer));
    }
    Ok(samples)
}

fn queries(
    report: &mut Report,
    plan: &Plan,
    store: &SharedStore,
    model: &ReadModel,
    peer: &Peer,
    params: &QueryParams,
) -> Result<()> {
    let ours = Ours { store, model };
    let size = label(plan.events);
    let mut pair = |name: &str, key: &str, a: Samples, b: Samples| {
        report.pair(
            &format!("6 {name} p50 at {size} (µs)"),
            &format!("query_{key}_p50"),
            "us",
            Better::Lower,
            a.p50(),
            b.p50(),
        );
        report.pair(
            &format!("6 {name} p99 at {size} (µs)"),
            &format!("query_{key}_p99"),
            "us",
            Better::Lower,
            a.p99(),
            b.p99(),
        );
    };
    // The union's own list: what a union representative opens first.
    let kommunal = [Party::Union("Kommunal".into())];
    let as_of = params.as_of;
    progress("queries: obligations");
    let a = time_query(plan, &kommunal, |p| ours.obligations(p, as_of))?;
    let b = time_query(plan, &kommunal, |p| peer.obligations(p, as_of))?;
    pair("obligations(owedBy: Kommunal)", "obligations", a, b);
    let employer = [Party::Employer];
    let a = time_query(plan, &employer, |p| ours.obligations(p, as_of))?;
    let b = time_query(plan, &employer, |p| peer.obligations(p, as_of))?;
    pair(
        "obligations(owedBy: Arbetsgivaren)",
        "obligations_employer",
        a,
        b,
    );
    // What a dashboard shows: the first page of each list, with how long the list is.
    let a = time_query(plan, &kommunal, |p| ours.obligations_page(p, as_of, 50))?;
    let b = time_query(plan, &kommunal, |p| peer.obligations_page(p, as_of, 50))?;
    pair(
        "obligations(owedBy: Kommunal, first 50) + count",
        "obligations_page",
        a,
        b,
    );
    let a = time_query(plan, &employer, |p| ours.obligations_page(p, as_of, 50))?;
    let b = time_query(plan, &employer, |p| peer.obligations_page(p, as_of, 50))?;
    pair(
        "obligations(owedBy: Arbetsgivaren, first 50) + count",
        "obligations_employer_page",
        a,
        b,
    );
    progress("queries: cases");
    let a = time_query(plan, &params.forums, |f| ours.open_cases(*f, 50))?;
    let b = time_query(plan, &params.forums, |f| peer.open_cases(*f, 50))?;
    pair("cases(forum, open, first 50)", "cases", a, b);
    progress("queries: search");
    let a = time_query(plan, &params.texts, |t| ours.search(t, 50))?;
    let b = time_query(plan, &params.texts, |t| peer.search(t, 50))?;
    pair("cases(text, first 50)", "search", a, b);
    progress("queries: timeline");
    let a = time_query(plan, &params.cases, |c| ours.timeline(*c))?;
    let b = time_query(plan, &params.cases, |c| peer.timeline(*c))?;
    pair("case.timeline", "timeline", a, b);
    let a = time_query(plan, &params.spread_cases, |c| ours.timeline(*c))?;
    let b = time_query(plan, &params.spread_cases, |c| peer.timeline(*c))?;
    pair("case.timeline, each case read once", "timeline_once", a, b);
    progress("queries: balance list at a past meeting");
    let a = time_query(plan, &params.past_meetings, |(f, m)| {
        ours.balance_list_at(*f, *m)
    })?;
    let b = time_query(plan, &params.past_meetings, |(f, m)| {
        peer.balance_list_at(*f, *m)
    })?;
    pair("balanceList(atMeeting)", "balance_list", a, b);
    progress("queries: stats");
    let a = time_query(plan, &[as_of], |d| ours.stats_medians(*d))?;
    let b = time_query(plan, &[as_of], |d| peer.stats_medians(*d))?;
    pair("stats medians", "stats", a, b);
    Ok(())
}

fn events_json_bytes(store: &impl EventStore) -> Result<u64> {
    let mut bytes = 0;
    let mut from = 1;
    loop {
        let page = store.read_all(from, 4096)?;
        let Some(last) = page.last() else { break };
        from = last.position + 1;
        for event in &page {
            bytes += serde_json::to_vec(event)?.len() as u64 + 1;
        }
    }
    Ok(bytes)
}

/// Open questions with their forum's latest meeting: targets for follow-ups, one per command.
fn follow_up_targets(model: &ReadModel, count: usize) -> Vec<(CaseId, MeetingId)> {
    let latest: std::collections::HashMap<ForumId, MeetingId> = model
        .forums
        .keys()
        .filter_map(|forum| {
            model
                .meetings_of(*forum)
                .last()
                .map(|meeting| (*forum, meeting.id))
        })
        .collect();
    model
        .cases
        .values()
        .filter(|view| {
            view.state.kind == CaseKind::Question && view.state.status() != CaseStatus::Closed
        })
        .filter_map(|view| {
            latest
                .get(&view.state.forum)
                .map(|meeting| (view.state.id, *meeting))
        })
        .take(count)
        .collect()
}

fn follow_up(case: CaseId, meeting: MeetingId) -> Command {
    Command::AskFollowUp {
        case,
        meeting: Some(meeting),
        by: Party::AllUnions,
        text: "De fackliga organisationerna vill ha ett skriftligt svar före nästa möte.".into(),
    }
}

fn single_commands(
    report: &mut Report,
    plan: &Plan,
    work: &Path,
    runtime: &Runtime,
    postgres: Option<&Arc<Runtime>>,
    peer: &mut Peer,
) -> Result<()> {
    progress("durable single commands");
    let today = SystemClock.today();
    let targets = follow_up_targets(&runtime.live(), plan.single_rounds * plan.single_per_round);
    if targets.is_empty() {
        report.missing(
            "1 durable single command",
            "single",
            "no open question to follow up",
        );
        return Ok(());
    }
    let (mut floor, mut ours, mut theirs) =
        (Samples::default(), Samples::default(), Samples::default());
    let mut on_postgres = Samples::default();
    let subscriber = Subscriber::start(runtime.store());
    let pg_subscriber = postgres.map(|pg| Subscriber::start(pg.store()));
    let mut acknowledged: Vec<(u64, Instant)> = Vec::new();
    let mut pg_acknowledged: Vec<(u64, Instant)> = Vec::new();
    let mut next = targets.iter().cycle();
    // Rounds alternate between the floor and the sides, so that a disk that changes speed
    // from minute to minute slows them all alike. PostgreSQL gets the same commands as sled
    // (its log holds the same history), so both stay alike too.
    for _ in 0..plan.single_rounds {
        floor.extend(measure::fsync_floor(work, 50, Duration::from_secs(10))?);
        let round: Vec<(CaseId, MeetingId)> =
            next.by_ref().take(plan.single_per_round).copied().collect();
        for (case, meeting) in &round {
            let t = Instant::now();
            let executed =
                runtime.execute(follow_up(*case, *meeting), CommandMeta::local("bench"))?;
            acknowledged.push((executed.outcome.last_position, Instant::now()));
            ours.push(t.elapsed());
        }
        if let Some(pg) = postgres {
            for (case, meeting) in &round {
                let t = Instant::now();
                let executed =
                    pg.execute(follow_up(*case, *meeting), CommandMeta::local("bench"))?;
                pg_acknowledged.push((executed.outcome.last_position, Instant::now()));
                on_postgres.push(t.elapsed());
            }
        }
        for (case, meeting) in &round {
            let t = Instant::now();
            peer.execute(
                &[follow_up(*case, *meeting)],
                Ulid::generate(),
                "bench",
                today,
            )?;
            theirs.push(t.elapsed());
        }
    }
    let delays = subscriber.stop_and_delays(&acknowledged);
    if let Some(delays) = delays {
        report.single(
            "1 commit acknowledged to a subscriber having read it, p99 (µs)",
            "subscriber_p99",
            "us",
            delays.p99(),
            "ours only: SQLite tells no other connection about a commit",
        );
    } else {
        report.missing(
            "1 commit to subscriber",
            "subscriber_p99",
            "the subscriber missed some commits",
        );
    }
    if let Some(pg_subscriber) = pg_subscriber {
        match pg_subscriber.stop_and_delays(&pg_acknowledged) {
            Some(delays) => report.postgres_only(
                "1 commit acknowledged to a subscriber having read it, PostgreSQL p99 (µs)",
                "subscriber_postgres_p99",
                "us",
                delays.p99(),
                "the store's head watch in the same process, then a read over the network",
            ),
            None => report.missing(
                "1 commit to subscriber on PostgreSQL",
                "subscriber_postgres_p99",
                "the subscriber missed some commits",
            ),
        }
    }
    report.single(
        "1 fsync floor: 4 KiB write + fdatasync p50 (µs)",
        "fsync_floor_p50",
        "us",
        floor.p50(),
        "the physical floor, measured between the rounds",
    );
    report.single(
        "1 fsync floor p99 (µs)",
        "fsync_floor_p99",
        "us",
        floor.p99(),
        "",
    );
    let pg = |value: f64| postgres.is_some().then_some(value);
    report.sides(
        "1 durable single command p50 (µs)",
        "single_p50",
        "us",
        Better::Lower,
        Sides {
            ours: ours.p50(),
            postgres: pg(on_postgres.p50()),
            peer: theirs.p50(),
        },
    );
    report.sides(
        "1 durable single command p99 (µs)",
        "single_p99",
        "us",
        Better::Lower,
        Sides {
            ours: ours.p99(),
            postgres: pg(on_postgres.p99()),
            peer: theirs.p99(),
        },
    );
    report.sides(
        "1 single command p50 / fsync floor p50",
        "single_p50_over_floor",
        "x",
        Better::Lower,
        Sides {
            ours: ours.p50() / floor.p50(),
            postgres: pg(on_postgres.p50() / floor.p50()),
            peer: theirs.p50() / floor.p50(),
        },
    );
    Ok(())
}

/// A subscriber on its own thread, as a server's subscription is: it waits for the store's head
/// notification and reads the new events, noting when it had each.
struct Subscriber {
    stop: Arc<std::sync::atomic::AtomicBool>,
    handle: std::thread::JoinHandle<std::collections::HashMap<u64, Instant>>,
}

impl Subscriber {
    fn start(store: &SharedStore) -> Self {
        let stop = Arc::new(std::sync::atomic::AtomicBool::new(false));
        let mut receiver = store.subscribe();
        let (store, stopping) = (Arc::clone(store), Arc::clone(&stop));
        let handle = std::thread::spawn(move || {
            let mut seen = std::collections::HashMap::new();
            let Ok(runtime) = tokio::runtime::Builder::new_current_thread()
                .enable_time()
                .build()
            else {
                return seen;
            };
            let mut position = *receiver.borrow_and_update();
            runtime.block_on(async {
                while !stopping.load(std::sync::atomic::Ordering::SeqCst) {
                    match tokio::time::timeout(Duration::from_millis(20), receiver.changed()).await
                    {
                        Ok(Ok(())) => {}
                        Ok(Err(_)) => break,
                        Err(_) => continue,
                    }
                    let head = *receiver.borrow_and_update();
                    if head <= position {
                        continue;
                    }
                    let count = usize::try_from(head - position).unwrap_or(usize::MAX);
                    if let Ok(events) = store.read_all(position + 1, count) {
                        let now = Instant::now();
                        for event in &events {
                            seen.insert(event.position, now);
                        }
                        position = events.last().map_or(position, |e| e.position);
                    }
                }
            });
            seen
        });
        Self { stop, handle }
    }

    fn stop(self) -> std::collections::HashMap<u64, Instant> {
        self.stop.store(true, std::sync::atomic::Ordering::SeqCst);
        self.handle.join().unwrap_or_default()
    }

    /// Stops, and gives for each acknowledged commit (its last position, and when) how long
    /// after the acknowledgement the subscriber had read it; `None` if it missed any.
    fn stop_and_delays(self, acknowledged: &[(u64, Instant)]) -> Option<Samples> {
        let seen = self.stop();
        let mut delays = Samples::default();
        for (position, acked) in acknowledged {
            if let Some(at) = seen.get(position) {
                delays.push(at.saturating_duration_since(*acked));
            }
        }
        (delays.len() == acknowledged.len()).then_some(delays)
    }
}

/// Cases with a meeting of their forum: targets for discussions, which any case takes.
fn discussion_targets(model: &ReadModel) -> Vec<(CaseId, MeetingId)> {
    let latest: std::collections::HashMap<ForumId, MeetingId> = model
        .forums
        .keys()
        .filter_map(|forum| model.meetings_of(*forum).last().map(|m| (*forum, m.id)))
        .collect();
    model
        .cases
        .values()
        .filter_map(|view| latest.get(&view.state.forum).map(|m| (view.state.id, *m)))
        .collect()
}

fn discussion(case: CaseId, meeting: MeetingId) -> Command {
    Command::RecordDiscussion {
        case,
        meeting,
        note: Some("Kvarstår.".into()),
    }
}

fn concurrent_commands(
    report: &mut Report,
    plan: &Plan,
    work: &Path,
    runtime: &Runtime,
    postgres: Option<&Arc<Runtime>>,
    peer_path: &Path,
) -> Result<()> {
    let targets = discussion_targets(&runtime.live());
    if targets.is_empty() {
        report.missing(
            "2 concurrent durable commands",
            "concurrent",
            "no case to discuss",
        );
        return Ok(());
    }
    let writer = Mutex::new(Peer::open(peer_path)?);
    let today = SystemClock.today();
    for writers in [1usize, 8, 64] {
        progress(&format!("concurrent durable commands, {writers} writers"));
        let floor = measure::fsync_floor(work, 100, Duration::from_secs(5))?;
        // Each writer takes its own cases, so that no two writers contend for one stream.
        let run = |side: &str| -> Result<(u64, Samples, Duration)> {
            let deadline = Instant::now() + plan.concurrent_for;
            let started = Instant::now();
            let results: Vec<Result<(u64, Samples)>> = std::thread::scope(|scope| {
                let handles: Vec<_> = (0..writers)
                    .map(|w| {
                        let (writer, targets) = (&writer, &targets);
                        scope.spawn(move || -> Result<(u64, Samples)> {
                            let mut samples = Samples::default();
                            let mut done = 0u64;
                            let mut k = w;
                            while Instant::now() < deadline {
                                let (case, meeting) = targets[k % targets.len()];
                                k += writers;
                                let t = Instant::now();
                                if side == "ours" {
                                    runtime.execute(
                                        discussion(case, meeting),
                                        CommandMeta::local("bench"),
                                    )?;
                                } else if let ("postgres", Some(pg)) = (side, postgres) {
                                    pg.execute(
                                        discussion(case, meeting),
                                        CommandMeta::local("bench"),
                                    )?;
                                } else {
                                    // One write connection behind a mutex: SQLite has one writer,
                                    // and queueing in process beats its busy-wait backoff.
                                    writer
                                        .lock()
                                        .unwrap_or_else(PoisonError::into_inner)
                                        .execute(
                                            &[discussion(case, meeting)],
                                            Ulid::generate(),
                                            "bench",
                                            today,
                                        )?;
                                }
                                samples.push(t.elapsed());
                                done += 1;
                            }
                            Ok((done, samples))
                        })
                    })
                    .collect();
                handles
                    .into_iter()
                    .map(|h| {
                        h.join()
                            .unwrap_or_else(|_| Err(anyhow::anyhow!("a writer thread panicked")))
                    })
                    .collect()
            });
            let elapsed = started.elapsed();
            let mut total = 0;
            let mut samples = Samples::default();
            for result in results {
                let (done, s) = result?;
                total += done;
                samples.extend(s);
            }
            Ok((total, samples, elapsed))
        };
        let (ours_done, ours_lat, ours_time) = run("ours")?;
        let on_postgres = match postgres {
            Some(_) => Some(run("postgres")?),
            None => None,
        };
        let (peer_done, peer_lat, peer_time) = run("peer")?;
        report.single(
            &format!("2 fsync floor before {writers} writers (fsyncs/s)"),
            &format!("concurrent_{writers}_floor"),
            "per_s",
            1e6 / floor.p50(),
            "1 / floor p50",
        );
        report.sides(
            &format!("2 durable commands/s, {writers} writers"),
            &format!("concurrent_{writers}"),
            "per_s",
            Better::Higher,
            Sides {
                ours: ours_done as f64 / ours_time.as_secs_f64(),
                postgres: on_postgres
                    .as_ref()
                    .map(|(done, _, time)| *done as f64 / time.as_secs_f64()),
                peer: peer_done as f64 / peer_time.as_secs_f64(),
            },
        );
        report.sides(
            &format!("2 command p99, {writers} writers (µs)"),
            &format!("concurrent_{writers}_p99"),
            "us",
            Better::Lower,
            Sides {
                ours: ours_lat.p99(),
                postgres: on_postgres
                    .as_ref()
                    .map(|(_, latencies, _)| latencies.p99()),
                peer: peer_lat.p99(),
            },
        );
    }
    Ok(())
}

/// Cold start and peak RSS: each side in a fresh process, `runs` times, median of the starts.
fn cold_starts(
    report: &mut Report,
    plan: &Plan,
    args: &Args,
    ours_dir: &Path,
    peer_path: &Path,
    postgres: Option<PgNode<'_>>,
    size: &str,
) -> Result<()> {
    let work = args.out.join("work");
    let mut sizes: Vec<(String, PathBuf, PathBuf)> = vec![(
        size.to_string(),
        ours_dir.to_path_buf(),
        peer_path.to_path_buf(),
    )];
    let mut extra = Vec::new();
    // The sizes are 100k and 1M; --quick measures its own size only, to stay short.
    if !plan.quick && plan.events != 100_000 {
        extra.push(100_000);
    }
    if args.ten_million && plan.events != 10_000_000 {
        extra.push(10_000_000);
    }
    for events in extra {
        let name = label(events);
        progress(&format!("generating {name} events for the cold start"));
        let ours = work.join(format!("ours-{name}"));
        let theirs = work.join(format!("peer-{name}.sqlite"));
        let options = Options::new(events, args.seed);
        // As `balans gen` ends: the model folded and saved, the database settled.
        let (runtime, _) = import_ours(&ours, options)?;
        runtime.catch_up()?;
        runtime.save_snapshot()?;
        if let Closed::SettleFailed(error) = runtime.close() {
            return Err(error.into());
        }
        drop(import_peer(&theirs, options)?);
        sizes.push((name, ours, theirs));
    }
    sizes.sort_by_key(|(name, _, _)| match name.strip_suffix('m') {
        Some(m) => m.parse::<u64>().unwrap_or(0) * 1_000_000,
        None => name.trim_end_matches('k').parse::<u64>().unwrap_or(0) * 1_000,
    });
    for (name, ours, theirs) in &sizes {
        progress(&format!("cold start at {name}"));
        // PostgreSQL holds the main size only (the extra sizes are made on sled and SQLite).
        let pg = postgres.filter(|_| name == size);
        let mut ours_runs = Vec::new();
        let mut pg_runs = Vec::new();
        let mut peer_runs = Vec::new();
        for _ in 0..plan.cold_runs {
            ours_runs.push(probe("ours", ours, None)?);
            if let Some(pg) = pg {
                pg_runs.push(probe("postgres", pg.dir, Some(pg.url))?);
            }
            peer_runs.push(probe("peer", theirs, None)?);
        }
        let median = |runs: &[ProbeResult], f: fn(&ProbeResult) -> f64| {
            let mut values: Vec<f64> = runs.iter().map(f).collect();
            values.sort_by(f64::total_cmp);
            values[(values.len() - 1) / 2]
        };
        let pg_median =
            |f: fn(&ProbeResult) -> f64| (!pg_runs.is_empty()).then(|| median(&pg_runs, f));
        report.sides(
            &format!("4 cold start to first answer at {name} (µs)"),
            &format!("cold_start_{name}"),
            "us",
            Better::Lower,
            Sides {
                ours: median(&ours_runs, |r| r.ready_us),
                postgres: pg_median(|r| r.ready_us),
                peer: median(&peer_runs, |r| r.ready_us),
            },
        );
        // sled writes its page table's snapshot only when it opens a database, so the first
        // open after the process that wrote the log replays all it wrote; the median hides it.
        report.sides(
            &format!("4 first open after the writing process at {name} (µs)"),
            &format!("cold_start_first_{name}"),
            "us",
            Better::Lower,
            Sides {
                ours: ours_runs[0].ready_us,
                postgres: pg_runs.first().map(|r| r.ready_us),
                peer: peer_runs[0].ready_us,
            },
        );
        if name == size {
            report.sides(
                &format!("8 peak RSS serving at {name} (MiB)"),
                "rss_peak",
                "mib",
                Better::Lower,
                Sides {
                    ours: median(&ours_runs, |r| r.peak_rss_mib),
                    postgres: pg_median(|r| r.peak_rss_mib),
                    peer: median(&peer_runs, |r| r.peak_rss_mib),
                },
            );
        }
    }
    Ok(())
}

#[derive(Debug, Clone, Copy, serde::Serialize, serde::Deserialize)]
struct ProbeResult {
    ready_us: f64,
    peak_rss_mib: f64,
}

fn probe(side: &str, path: &Path, database: Option<&str>) -> Result<ProbeResult> {
    let exe = std::env::current_exe()?;
    let mut command = std::process::Command::new(exe);
    command.arg("--probe").arg(side).arg(path);
    if let Some(url) = database {
        command.arg("--probe-database").arg(url);
    }
    // The probe is told its database by argument only.
    command.env_remove("BALANS_BENCH_POSTGRES");
    let output = command.output()?;
    if !output.status.success() {
        bail!(
            "the {side} probe failed: {}",
            String::from_utf8_lossy(&output.stderr)
        );
    }
    let text = String::from_utf8_lossy(&output.stdout);
    let line = text.lines().last().unwrap_or_default();
    serde_json::from_str(line).with_context(|| format!("the {side} probe said {text:?}"))
}

/// In a fresh process: open the database, answer the first query (ready), then every other
/// query once, and report the time to the first answer and the peak RSS. The side
/// `postgres` opens the runtime on the database `database` with its node directory `path`.
fn run_probe(probe: &[String], database: Option<&str>) -> Result<()> {
    let [side, path] = probe else {
        bail!("--probe takes a side and a path");
    };
    let path = Path::new(path);
    let kommunal = Party::Union("Kommunal".into());
    let started = Instant::now();
    // As `balans serve` loads, until the first answer.
    let loading = balans_server::allocator::PurgeAtOnce::start();
    let ready = match side.as_str() {
        "ours" | "postgres" => {
            let mut config = balans_runtime::Config::new(path);
            if side == "postgres" {
                let url = database.context("the postgres probe needs --probe-database")?;
                config.backend = Backend::Postgres(url.to_string());
            }
            // As `balans serve` starts: the runtime reads the snapshot while the store opens.
            let runtime = Runtime::open(&config)?;
            if let Some(snapshot::Origin::Rebuilt { reason }) = &runtime.opened().origin {
                eprintln!("[bench] the cold start rebuilt from the whole log: {reason}");
            }
            let model = runtime.live();
            let ours = Ours {
                store: runtime.store(),
                model: &model,
            };
            let as_of = SystemClock.today();
            ours.obligations(&kommunal, as_of)?;
            let ready = started.elapsed();
            drop(loading);
            let params = QueryParams::choose(&model, as_of);
            exercise(&ours, &params)?;
            ready
        }
        "peer" => {
            let peer = Peer::open(path)?;
            let as_of = SystemClock.today();
            peer.obligations(&kommunal, as_of)?;
            let ready = started.elapsed();
            drop(loading);
            let forums: Vec<ForumId> = {
                let mut statement = peer
                    .connection()
                    .prepare("SELECT id FROM forums ORDER BY id LIMIT 16")?;
                let rows = statement.query_map([], |row| row.get::<_, String>(0))?;
                rows.filter_map(|r| r.ok().and_then(|id| id.parse().ok()))
                    .collect()
            };
            let params = QueryParams {
                as_of,
                parties: QueryParams::parties(),
                forums,
                cases: Vec::new(),
                spread_cases: Vec::new(),
                past_meetings: Vec::new(),
                texts: QueryParams::TEXTS.to_vec(),
            };
            exercise(&peer, &params)?;
            ready
        }
        other => bail!("unknown side {other}"),
    };
    let result = ProbeResult {
        ready_us: ready.as_secs_f64() * 1e6,
        peak_rss_mib: measure::peak_rss_mib(),
    };
    println!("{}", serde_json::to_string(&result)?);
    Ok(())
}

fn exercise<Q: Queries>(side: &Q, params: &QueryParams) -> Result<()>
where
    Q::Error: std::fmt::Display,
{
    let fail = |e: Q::Error| anyhow::anyhow!("{e}");
    for party in &params.parties {
        side.obligations(party, params.as_of).map_err(fail)?;
    }
    for forum in &params.forums {
        side.open_cases(*forum, 50).map_err(fail)?;
    }
    for text in &params.texts {
        side.search(text, 50).map_err(fail)?;
    }
    side.stats_medians(params.as_of).map_err(fail)?;
    Ok(())
}
