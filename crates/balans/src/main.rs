//! The balans command line: record scenario files, load the demo meetings, and report who owes what.

mod import;
mod remote;
mod report;

/// Folding a large log allocates and frees many small strings: mimalloc does that faster than
/// the system allocator and returns memory more readily.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::Arc;

use anyhow::{Context as _, Result, bail};
use balans_app::scenario::{self, Aliases};
use balans_app::{AppError, CommandMeta};
use balans_domain::Party;
use balans_read::{ObligationFilter, snapshot};
use balans_runtime::{Closed, Runtime};
use balans_store::EventStore;
use clap::parser::ValueSource;
use clap::{CommandFactory as _, FromArgMatches as _, Parser, Subcommand};
use jiff::civil::Date;

#[derive(Parser)]
#[command(
    name = "balans",
    version,
    about = "Följ upp frågor, svar och åtaganden från samverkan (event-sourced)."
)]
struct Cli {
    /// Var den inbäddade databasen ligger.
    #[arg(long, global = true, env = "BALANS_DATA", default_value = "./data")]
    data: PathBuf,
    /// Var händelseloggen ligger: sled (inbäddad, i --data; standard) eller en
    /// PostgreSQL-adress (postgres://användare:lösenord@värd:5432/balans) som flera noder delar.
    #[arg(long, global = true, env = "BALANS_STORE", hide_env_values = true)]
    store: Option<String>,
    #[command(subcommand)]
    command: Commands,
}

/// A role as the command line gives it, with its party and forum.
#[derive(clap::Args)]
struct RoleArgs {
    /// Rollen: reader (läsare), party (part), secretary (sekreterare) eller admin.
    #[arg(long)]
    role: String,
    /// Parten som rollen party företräder, till exempel Kommunal eller Arbetsgivaren.
    #[arg(long)]
    party: Option<String>,
    /// Begränsa rollen till ett forum (kod, namn eller id); utan: alla forum.
    #[arg(long)]
    forum: Option<String>,
}

#[derive(Subcommand)]
enum UserCommand {
    /// Lägg till en person med ett lösenord (utan --password skapas ett och skrivs ut).
    Add {
        username: String,
        /// Namnet som visas, till exempel "Anna Andersson (Kommunal)".
        #[arg(long)]
        name: Option<String>,
        #[command(flatten)]
        role: RoleArgs,
        /// Lösenordet (minst 10 tecken); kan också ges i BALANS_PASSWORD.
        #[arg(
            long,
            env = "BALANS_PASSWORD",
            hide_env_values = true,
            conflicts_with = "oidc"
        )]
        password: Option<String>,
        /// Inget lösenord: personen loggar in via kommunens inloggningstjänst (OpenID Connect),
        /// med användarnamnet som dess ID-token anger (preferred_username eller e-post).
        #[arg(long)]
        oidc: bool,
    },
    /// Sätt ett nytt lösenord (administratörens återställning).
    Password {
        username: String,
        #[arg(long, env = "BALANS_PASSWORD", hide_env_values = true)]
        password: Option<String>,
    },
    /// Byt en persons roll.
    Role {
        username: String,
        #[command(flatten)]
        role: RoleArgs,
    },
    /// Ta bort en person: hen kan inte längre logga in.
    Remove { username: String },
    /// Lista personerna och deras roller.
    List,
}

#[derive(Subcommand)]
enum TokenCommand {
    /// Skapa en token; den skrivs ut en gång och sparas bara som hash.
    Create {
        #[arg(long)]
        name: String,
        #[command(flatten)]
        role: RoleArgs,
        /// Sista giltighetsdag, till exempel 2027-06-30.
        #[arg(long)]
        expires: Option<String>,
    },
    /// Lista token (aldrig deras hemligheter).
    List,
    /// Återkalla en token (id eller namn); den slutar gälla direkt.
    Revoke { token: String },
}

#[derive(Subcommand)]
enum Commands {
    /// Spela in scenariofiler (JSON Lines med kommandon); varje fil sparas helt eller inte alls.
    Apply {
        /// Scenariofilerna, i den ordning de spelas in.
        #[arg(required = true)]
        files: Vec<PathBuf>,
    },
    /// Läs in de två exempelmötena i en tom databas och skriv ut vem som är skyldig vad.
    Demo,
    /// Vem är skyldig vad: obesvarade frågor och öppna åtaganden.
    Owed {
        /// Bara det som denna part är skyldig, t.ex. "Arbetsgivaren", "Kommunal", "SACO".
        #[arg(long)]
        party: Option<String>,
        /// Bara det som är skyldigt denna part, t.ex. "Kommunal" (det som är skyldigt "Fackliga
        /// organisationerna" räknas för varje facklig organisation i gruppen).
        #[arg(long)]
        to: Option<String>,
        /// Bara denna samverkansgrupp (kod, namn eller id).
        #[arg(long)]
        forum: Option<String>,
        /// Läget vid slutet av denna dag (2025-03-01, 1/3 2025 eller 1 mars 2025); förseningar
        /// bedöms den dagen. Standard: i dag.
        #[arg(long = "as-of")]
        as_of: Option<String>,
    },
    /// Öppna ärenden: där något är skyldigt, som står på balanslistan eller väntar på beslut.
    Open {
        /// Bara denna samverkansgrupp (kod, namn eller id).
        #[arg(long)]
        forum: Option<String>,
    },
    /// Ett ärendes historia mellan mötena, efter nummer ("FG-HÄ 2025:7") eller id.
    History {
        /// Ärendets nummer ("FG-HÄ 2025:7") eller id.
        case: String,
    },
    /// Händelseloggen som den är lagrad, från en position.
    Log {
        /// Den första positionen som skrivs ut.
        #[arg(long, default_value_t = 1)]
        from: u64,
        /// Skriv varje händelse som en JSON-rad (kuvert och innehåll).
        #[arg(long)]
        json: bool,
    },
    /// Skriv en påhittad men förutsägbar historik (grupper, möten varje månad, frågor, svar,
    /// åtaganden, balanslistan, nämndärenden) i en ny databas, ett protokoll i taget; samma frö
    /// ger samma historik.
    Gen {
        /// Hur många händelser som skrivs.
        #[arg(long, default_value_t = 100_000)]
        events: u64,
        /// Historikens frö.
        #[arg(long, default_value_t = 1)]
        seed: u64,
    },
    /// Kopiera databasens logg till en ny, tom databas och spara kopians ögonblicksbild.
    ///
    /// Varje händelse behåller sitt id, sin position, sin version och sina tider, och ett
    /// kommandos händelser sparas tillsammans igen. En databas från före komprimeringen, eller
    /// i ett lagringsformat som bara utvecklingsversioner skrev (som inget annat kommando
    /// öppnar), blir komprimerad i dagens format; originalet lämnas som det var.
    Copy {
        /// Var den nya databasen hamnar: en katalog utan databas, eller en tom.
        #[arg(long)]
        to: PathBuf,
    },
    /// Ta en säkerhetskopia av loggen till en fil (JSON Lines med kontrollsumma), även medan
    /// balans serve kör på samma databas.
    Backup {
        /// Filen som skrivs (den skrivs färdigt under ett annat namn och byter sedan namn).
        out: PathBuf,
    },
    /// Flytta databasen (loggen och behörigheterna) mellan sled och PostgreSQL, åt båda hållen.
    ///
    /// Målet ska vara tomt eller hålla början av samma logg (en flytt som avbröts: kör samma
    /// kommando igen så fortsätter den där den slutade). Antal händelser och en kontrollsumma
    /// (SHA-256) jämförs till sist. Stoppa servrarna först.
    MigrateStore {
        /// Källan: en datakatalog (sled) eller en postgres://-adress.
        #[arg(long)]
        from: String,
        /// Målet: en datakatalog (sled) eller en postgres://-adress.
        #[arg(long)]
        to: String,
    },
    /// Återställ en säkerhetskopia till en ny, tom databas (--data); en skadad fil vägras och
    /// inget sparas.
    Restore {
        /// Säkerhetskopian som läses.
        input: PathBuf,
    },
    /// Spara läsmodellerna som en ögonblicksbild bredvid loggen, så att nästa start bara läser
    /// händelserna efter den (servern sparar också en när den stängs och när loggen växer).
    Snapshot {
        /// Bygg också om läsmodellerna från hela loggen och misslyckas om de skiljer sig.
        #[arg(long)]
        verify: bool,
    },
    /// Kör GraphQL-API:t över HTTP och WebSocket, med GraphiQL på /graphql.
    ///
    /// En tom databas får först de två exempelmötena (stäng av med --no-demo). Inställningar
    /// kommer från standardvärden, sedan TOML-filen (--config), sedan BALANS_*-variabler
    /// (BALANS_ADDR, BALANS_DATA, BALANS_DEMO, BALANS_BODY_LIMIT, BALANS_REQUEST_TIMEOUT_SECS,
    /// BALANS_SHUTDOWN_GRACE_SECS, BALANS_CACHE_CAPACITY, BALANS_LOG_FORMAT, BALANS_LOG,
    /// BALANS_ALLOWED_ORIGINS), sedan dessa flaggor; ops/balans.example.toml beskriver varje
    /// nyckel. Stängs snyggt av SIGINT eller SIGTERM.
    #[command(
        after_help = "Vägar: webbgränssnittet på /, POST/GET /graphql, GET /graphql/ws (graphql-transport-ws), \
/healthz, /readyz, /metrics."
    )]
    /// Personer som får logga in (lokala konton med lösenord) och deras roller. Körs med
    /// servern stoppad: den håller databasen.
    #[command(subcommand)]
    User(UserCommand),
    /// API-token för instrumentpaneler och skript (skickas som Authorization: Bearer …); bara
    /// en hash sparas. Körs med servern stoppad.
    #[command(subcommand)]
    Token(TokenCommand),
    Serve {
        /// Var servern lyssnar, värd:port; port 0 väljer en ledig port (adressen skrivs ut). [standard: 127.0.0.1:8080]
        #[arg(long, env = "BALANS_ADDR")]
        addr: Option<String>,
        /// En TOML-fil med inställningar; se ops/balans.example.toml.
        #[arg(long, env = "BALANS_CONFIG")]
        config: Option<PathBuf>,
        /// Läs inte in exempelmötena i en tom databas.
        #[arg(long)]
        no_demo: bool,
    },
    /// Läs ett protokoll (text, PDF eller Word/DOCX) och skriv ut utkastet: mötet och varje punkt med typ,
    /// parter, förfallodag, utfall, paragraf, källtext och säkerhet, med förslag på kopplingar
    /// till öppna ärenden i gruppen. Inget sparas utan --commit.
    Import {
        /// Protokollet: en textfil, en PDF eller ett Word-dokument (DOCX).
        file: PathBuf,
        /// Gruppen att spara i (kod, namn eller id); standard: den protokollet nämner.
        #[arg(long)]
        forum: Option<String>,
        /// Skriv utkastet som JSON.
        #[arg(long)]
        json: bool,
        /// Spara utkastet, helt eller inte alls.
        #[arg(long)]
        commit: bool,
        /// Spara även om gruppen redan har ett möte den dagen.
        #[arg(long)]
        force: bool,
        /// Skapa en ny samverkansgrupp av den protokollet nämner, när ingen befintlig passar.
        #[arg(long)]
        new_forum: bool,
        /// Mötets datum när protokollet inte anger något (2025-01-14 eller 14/1 2025).
        #[arg(long)]
        date: Option<String>,
    },
    /// Betygsätt inläsningen på en katalog med NAMN.txt / NAMN.pdf och facit i NAMN.expected.json.
    ImportEval {
        /// Katalogen med protokoll och facit.
        dir: PathBuf,
        /// Skriv också vad som missades, lades till i onödan eller lästes fel.
        #[arg(long)]
        verbose: bool,
    },
}

fn main() -> ExitCode {
    match run() {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("balans: {}", in_swedish_error(&error));
            ExitCode::FAILURE
        }
    }
}

/// An error and its causes as the CLI prints them: the CLI's own (Swedish) context, then the
/// first cause the lower layers can say in Swedish, said so; which already tells its own causes.
fn in_swedish_error(error: &anyhow::Error) -> String {
    let mut parts: Vec<String> = Vec::new();
    for cause in error.chain() {
        let swedish = if let Some(runtime) = cause.downcast_ref::<balans_runtime::RuntimeError>() {
            Some(runtime.swedish())
        } else if let Some(store) = cause.downcast_ref::<balans_store::StoreError>() {
            Some(store.swedish())
        } else if let Some(copy) = cause.downcast_ref::<balans_store::CopyError>() {
            Some(copy.swedish())
        } else {
            cause
                .downcast_ref::<balans_runtime::ImportError>()
                .map(balans_runtime::ImportError::swedish_for_command_line)
        };
        match swedish {
            Some(text) => {
                parts.push(text);
                break;
            }
            None => parts.push(cause.to_string()),
        }
    }
    parts.join(": ")
}

/// A party as the command line is given it, refused in Swedish.
fn party_arg(name: &str) -> Result<Party> {
    Party::parse(name).map_err(|_| {
        anyhow::anyhow!(
            "en part behöver ett namn (till exempel \"Arbetsgivaren\" eller \"Kommunal\")"
        )
    })
}

/// A forum as people write it (code, name or id), refused in Swedish with the closest match.
fn forum_arg(model: &balans_read::ReadModel, text: &str) -> Result<balans_domain::ForumId> {
    model
        .resolve_forum(text)
        .map_err(|error| anyhow::anyhow!(error.swedish()))
}

/// Prints a command-line mistake in Swedish and exits; help and version print as clap does.
fn usage_error(error: &clap::Error) -> ! {
    use clap::error::{ContextKind, ErrorKind};
    let context = |kind| {
        error
            .get(kind)
            .map(|value| value.to_string())
            .unwrap_or_default()
    };
    let what = match error.kind() {
        ErrorKind::DisplayHelp
        | ErrorKind::DisplayVersion
        | ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand => error.exit(),
        ErrorKind::UnknownArgument => format!("okänd flagga {}", context(ContextKind::InvalidArg)),
        ErrorKind::InvalidSubcommand => {
            format!("okänt kommando {}", context(ContextKind::InvalidSubcommand))
        }
        ErrorKind::MissingRequiredArgument => {
            format!("det saknas {}", context(ContextKind::InvalidArg))
        }
        ErrorKind::MissingSubcommand => "ange ett kommando".to_string(),
        ErrorKind::InvalidValue | ErrorKind::ValueValidation => {
            match context(ContextKind::InvalidValue) {
                value if value.is_empty() => {
                    format!("{} behöver ett värde", context(ContextKind::InvalidArg))
                }
                value => format!(
                    "ogiltigt värde {value} för {}",
                    context(ContextKind::InvalidArg)
                ),
            }
        }
        ErrorKind::ArgumentConflict => format!(
            "{} går inte att kombinera med {}",
            context(ContextKind::InvalidArg),
            context(ContextKind::PriorArg)
        ),
        _ => "felaktig kommandorad".to_string(),
    };
    eprintln!("balans: {what}. Se balans --help.");
    std::process::exit(2)
}

/// Swedish headings for clap's help, on the command and every subcommand.
fn in_swedish(command: clap::Command) -> clap::Command {
    command
        .help_template("{about-with-newline}\nAnvändning: {usage}\n\n{all-args}{after-help}")
        .subcommand_help_heading("Kommandon")
        .subcommand_value_name("KOMMANDO")
        .mut_args(|arg| {
            let heading = if arg.is_positional() {
                "Argument"
            } else {
                "Flaggor"
            };
            arg.help_heading(heading)
        })
        .next_help_heading("Flaggor")
        .disable_help_flag(true)
        .disable_help_subcommand(true)
        .arg(
            clap::Arg::new("help")
                .short('h')
                .long("help")
                .action(clap::ArgAction::Help)
                .help("Visa hjälpen"),
        )
        .mut_subcommands(in_swedish)
}

fn run() -> Result<()> {
    let matches = in_swedish(Cli::command())
        .disable_version_flag(true)
        .arg(
            clap::Arg::new("version")
                .short('V')
                .long("version")
                .action(clap::ArgAction::Version)
                .help("Visa versionen"),
        )
        .try_get_matches()
        .unwrap_or_else(|error| usage_error(&error));
    // The server reads `data` from its config file too; only a path given on purpose overrides it.
    let data_given = !matches!(
        matches.value_source("data"),
        None | Some(ValueSource::DefaultValue)
    );
    let cli = Cli::from_arg_matches(&matches).unwrap_or_else(|error| error.exit());
    if let Commands::Serve {
        addr,
        config,
        no_demo,
    } = cli.command
    {
        let overrides = balans_server::Overrides {
            addr,
            data: data_given.then_some(cli.data),
            store: cli.store,
            demo: no_demo.then_some(false),
        };
        let config = balans_server::Config::load(config.as_deref(), &overrides)
            .map_err(|error| anyhow::anyhow!("{error}"))
            .context("serverns inställningar kunde inte läsas")?;
        return balans_server::run(config);
    }
    if let Commands::ImportEval { dir, verbose } = &cli.command {
        return import::eval(dir, *verbose);
    }
    // The database to copy may be of a format that a runtime does not open.
    if let Commands::Restore { input } = &cli.command {
        return restore(input, &cli.data);
    }
    if let Commands::Copy { to } = &cli.command {
        return copy(&cli.data, to);
    }
    if let Commands::MigrateStore { from, to } = &cli.command {
        return migrate_store(from, to);
    }
    let backend = balans_runtime::Backend::from_setting(cli.store.as_deref())
        .map_err(|error| anyhow::anyhow!(error.swedish()))?;
    let config = balans_runtime::Config {
        demo: matches!(cli.command, Commands::Demo),
        backend: backend.clone(),
        // On a shared database the servers keep their snapshots; the command line folds the log.
        snapshots: backend == balans_runtime::Backend::Sled,
        ..balans_runtime::Config::new(&cli.data)
    };
    let reads_only = matches!(
        cli.command,
        Commands::Owed { .. }
            | Commands::Open { .. }
            | Commands::History { .. }
            | Commands::Log { .. }
            | Commands::Backup { .. }
    );
    let runtime = match Runtime::open(&config) {
        Ok(runtime) => runtime,
        // The server holds the database: a reading command asks it, a writing one says how.
        Err(error) if remote::is_locked(&error) && reads_only => {
            remote::runtime_beside_server(&cli.data)?
        }
        Err(error) if remote::is_locked(&error) => {
            return Err(remote::writes_need_the_server(&cli.data));
        }
        Err(error) => {
            return Err(error)
                .with_context(|| format!("databasen i {} kunde inte öppnas", cli.data.display()));
        }
    };
    match cli.command {
        Commands::Apply { files } => apply(&runtime, &files),
        Commands::Demo => print_report(&report::owed(
            &runtime.live(),
            &ObligationFilter::default(),
            runtime.today(),
        )),
        Commands::Owed {
            party,
            to,
            forum,
            as_of,
        } => {
            let owed_by = party.map(|p| party_arg(&p)).transpose()?;
            let owed_to = to.map(|p| party_arg(&p)).transpose()?;
            let forum = forum.map(|f| forum_arg(&runtime.live(), &f)).transpose()?;
            let filter = ObligationFilter {
                owed_by,
                owed_to,
                forum,
                overdue: None,
            };
            match as_of {
                None => print_report(&report::owed(&runtime.live(), &filter, runtime.today())),
                Some(text) => {
                    let as_of = parse_date(&text)?;
                    let instant = balans_read::end_of_day(as_of);
                    // A question about one forum's past folds that forum's streams only.
                    let model = match forum {
                        Some(forum) => Arc::new(runtime.forums_as_of(vec![forum], instant)?),
                        None => runtime.as_of_blocking(instant)?,
                    };
                    print_report(&report::owed(&model, &filter, as_of))
                }
            }
        }
        Commands::Open { forum } => {
            let model = runtime.live();
            let forum = forum.map(|f| forum_arg(&model, &f)).transpose()?;
            print_report(&report::open(&model, forum, runtime.today()))
        }
        Commands::History { case } => {
            let model = runtime.live();
            let view = model
                .resolve_case_view(&case)
                .map_err(|error| anyhow::anyhow!(error.swedish()))?;
            let events = balans_read::CaseEvents::read(runtime.store(), &view.log)?;
            let whole = events
                .whole()
                .ok_or_else(|| anyhow::anyhow!("ärendet {} finns inte i loggen", view.state.id))?;
            print_report(&report::history(&model, &whole, &events.history()))
        }
        Commands::Log { from, json } => log(runtime.store(), from, json),
        Commands::Gen { events, seed } => {
            generate(&runtime, events, seed)?;
            runtime.catch_up()?;
            save_snapshot(&runtime, false, false)?;
            close(runtime)
        }
        Commands::Snapshot { verify } => save_snapshot(&runtime, verify, true),
        Commands::Backup { out } => backup(runtime.store(), &out),
        Commands::User(command) => user(&runtime, command),
        Commands::Token(command) => token(&runtime, command),
        Commands::Serve { .. }
        | Commands::Copy { .. }
        | Commands::Restore { .. }
        | Commands::MigrateStore { .. } => {
            bail!("serve, copy, restore och migrate-store körs innan databasen öppnas")
        }
        Commands::Import {
            file,
            forum,
            json,
            commit,
            force,
            new_forum,
            date,
        } => import::run(
            &runtime,
            import::ImportArgs {
                file,
                forum,
                json,
                commit,
                force,
                new_forum,
                date: date.map(|d| parse_date(&d)).transpose()?,
                actor: actor(),
            },
        ),
        Commands::ImportEval { .. } => {
            bail!("import-eval körs innan databasen öppnas")
        }
    }
}

/// Saves the read models as the snapshot, with `verify` proving them equal to a full rebuild
/// first; with `loaded`, says first how they were loaded when the database opened.
fn save_snapshot(runtime: &Runtime, verify: bool, loaded: bool) -> Result<()> {
    let opened = runtime.opened();
    let took_ms = opened.took.as_secs_f64() * 1e3;
    match &opened.origin {
        _ if !loaded => {}
        Some(snapshot::Origin::Snapshot {
            position,
            caught_up,
        }) => eprintln!(
            "snapshot: läste ögonblicksbilden vid position {position} och {caught_up} händelser till på {took_ms:.0} ms"
        ),
        Some(snapshot::Origin::Rebuilt { reason }) => {
            eprintln!("snapshot: byggde om från hela loggen på {took_ms:.0} ms ({reason})")
        }
        None => {}
    }
    if verify {
        let rebuilt = runtime.rebuild()?;
        if rebuilt != *runtime.live() {
            bail!(
                "ögonblicksbilden skiljer sig från en full ombyggnad av loggen: ta bort {} och rapportera felet",
                runtime
                    .snapshot_path()
                    .map_or_else(String::new, |path| path.display().to_string())
            );
        }
        eprintln!("snapshot: lika med en full ombyggnad av loggen");
    }
    let path = runtime
        .snapshot_path()
        .map_or_else(String::new, |path| path.display().to_string());
    match runtime.save_snapshot()? {
        Some(saved) => println!(
            "snapshot: position {} sparad i {path} ({:.1} MiB)",
            saved.position,
            saved.bytes as f64 / (1 << 20) as f64
        ),
        None => println!(
            "snapshot: {path} är redan aktuell (position {})",
            runtime.live().position
        ),
    }
    Ok(())
}

/// Where `migrate-store` reads or writes: a PostgreSQL URL, or else a sled data directory.
fn store_at(place: &str) -> Result<balans_runtime::Config> {
    let backend = if place.contains("://") {
        balans_runtime::Backend::from_setting(Some(place))
            .map_err(|error| anyhow::anyhow!(error.swedish()))?
    } else {
        balans_runtime::Backend::Sled
    };
    Ok(balans_runtime::Config {
        backend,
        ..balans_runtime::Config::new(place)
    })
}

/// Moves the log and the access log from one backend to another, resuming an interrupted move.
fn migrate_store(from: &str, to: &str) -> Result<()> {
    let (from, to) = (store_at(from)?, store_at(to)?);
    let started = std::time::Instant::now();
    let (mut log_report, mut access_report) = (None, None);
    let migrated = balans_runtime::migrate::migrate_store(&from, &to, |which, done, total| {
        match which {
            balans_runtime::migrate::Which::Log => log_report
                .get_or_insert_with(|| every_tenth("migrate-store: loggen", total))(
                done
            ),
            balans_runtime::migrate::Which::Access => access_report
                .get_or_insert_with(|| every_tenth("migrate-store: behörigheterna", total))(
                done,
            ),
        }
    })
    .map_err(|error| anyhow::anyhow!(error.swedish()))
    .with_context(|| {
        format!(
            "{} kunde inte flyttas till {} (kör samma kommando igen för att fortsätta där det slutade)",
            balans_runtime::migrate::describe(&from),
            balans_runtime::migrate::describe(&to)
        )
    })?;
    for (name, log) in [
        ("loggen", &migrated.log),
        ("behörigheterna", &migrated.access),
    ] {
        let resumed = if log.resumed_after > 0 {
            format!(" (fortsatte efter {} som redan fanns)", log.resumed_after)
        } else {
            String::new()
        };
        println!(
            "migrate-store: {name}: {} händelser kopierade{resumed}; målet har {} händelser, kontrollsumma sha256 {} som källan",
            log.copied.events, log.events, log.sha256
        );
    }
    println!(
        "migrate-store: {} flyttad till {} på {:.1} s",
        balans_runtime::migrate::describe(&from),
        balans_runtime::migrate::describe(&to),
        started.elapsed().as_secs_f64()
    );
    Ok(())
}

/// Copies the log of the database at `from`, in today's format or an old one, into a new
/// database at `to`, then saves its snapshot.
fn copy(from: &Path, to: &Path) -> Result<()> {
    let same = |a: &Path, b: &Path| match (std::fs::canonicalize(a), std::fs::canonicalize(b)) {
        (Ok(a), Ok(b)) => a == b,
        _ => false,
    };
    if same(from, to) {
        bail!(
            "--to är databasen som kopieras ({}); ange en ny katalog",
            to.display()
        );
    }
    let target = Runtime::open(&balans_runtime::Config::new(to)).with_context(|| {
        format!(
            "databasen att kopiera till i {} kunde inte öppnas",
            to.display()
        )
    })?;
    let started = std::time::Instant::now();
    let mut report = None;
    let copied = target
        .copy_from(from, |done, total| {
            report.get_or_insert_with(|| every_tenth("copy", total))(done)
        })
        .with_context(|| {
            format!(
                "{} kunde inte kopieras till {}",
                from.display(),
                to.display()
            )
        })?;
    println!(
        "copy: {} händelser i {} tillägg kopierade till {} på {:.1} s",
        copied.events,
        copied.appends,
        to.display(),
        started.elapsed().as_secs_f64()
    );
    save_snapshot(&target, false, false)?;
    close(target)
}

/// Writes a backup of the log to `out`: to a temporary file beside it, synced, then renamed, so
/// that `out` is a whole backup or is not there.
fn backup(store: &dyn EventStore, out: &Path) -> Result<()> {
    let partial = out.with_extension("partial");
    let file = std::fs::File::create(&partial)
        .with_context(|| format!("{} kunde inte skapas", partial.display()))?;
    let mut writer = std::io::BufWriter::new(file);
    let events = balans_store::write_backup(store, &mut writer)
        .map_err(|error| anyhow::anyhow!(error.swedish()))?;
    let file = writer.into_inner().map_err(|error| {
        anyhow::anyhow!(
            "{} kunde inte skrivas: {}",
            partial.display(),
            error.error()
        )
    })?;
    file.sync_all()
        .with_context(|| format!("{} kunde inte skrivas till disken", partial.display()))?;
    std::fs::rename(&partial, out).with_context(|| {
        format!(
            "{} kunde inte byta namn till {}",
            partial.display(),
            out.display()
        )
    })?;
    println!("backup: {events} händelser sparade i {}", out.display());
    Ok(())
}

/// Restores the backup at `input` into the new, empty database at `data`: the file is read and
/// checked whole first, so a damaged one stores nothing.
fn restore(input: &Path, data: &Path) -> Result<()> {
    let file = std::fs::File::open(input)
        .with_context(|| format!("{} kunde inte öppnas", input.display()))?;
    let backup = balans_store::read_backup(std::io::BufReader::new(file)).map_err(|error| {
        anyhow::anyhow!(
            "{}: {}; inget återställdes",
            input.display(),
            error.swedish()
        )
    })?;
    let target = Runtime::open(&balans_runtime::Config::new(data))
        .with_context(|| format!("databasen i {} kunde inte öppnas", data.display()))?;
    let restored = target.restore(&backup).with_context(|| {
        format!(
            "{} kunde inte återställas till {}",
            input.display(),
            data.display()
        )
    })?;
    println!(
        "restore: {} händelser i {} tillägg återställda till {}",
        restored.events,
        restored.appends,
        data.display()
    );
    save_snapshot(&target, false, false)?;
    close(target)
}

/// A progress callback that reports on stderr each time another tenth of `total` events is done.
fn every_tenth(command: &'static str, total: u64) -> impl FnMut(u64) {
    let mut next_report = total / 10;
    move |done| {
        if done >= next_report && next_report > 0 {
            eprintln!("{command}: {done} / {total} händelser");
            next_report += total / 10;
        }
    }
}

/// Closes the database after a command that wrote much of its log, settling it so that the
/// server's next start is short.
fn close(runtime: Arc<Runtime>) -> Result<()> {
    match runtime.close() {
        Closed::Settled(took) => eprintln!(
            "sled: sidtabellens ögonblicksbild skriven på {:.1} s",
            took.as_secs_f64()
        ),
        Closed::SettleFailed(error) => {
            return Err(error).context("databasen kunde inte öppnas igen för att göras klar");
        }
        Closed::Closed | Closed::StillInUse => {}
    }
    Ok(())
}

/// Writes a synthetic history of `events` events into the (empty) database, reporting progress on stderr.
fn generate(runtime: &Runtime, events: u64, seed: u64) -> Result<()> {
    let summary = balans_gen::generate_into(
        runtime.app(),
        balans_gen::Options::new(events, seed),
        every_tenth("gen", events),
    )?;
    let seconds = summary.elapsed.as_secs_f64();
    println!(
        "gen: {} händelser, {} kommandon i {} protokoll från {} forum (till {}) på {seconds:.1} s ({:.0} händelser/s)",
        summary.events,
        summary.commands,
        summary.batches,
        summary.forums,
        summary
            .last_date
            .map_or_else(|| "-".to_string(), |date| date.to_string()),
        summary.events as f64 / seconds.max(1e-9),
    );
    Ok(())
}

/// A date as Swedes write it ("2025-03-01", "1/3 2025", "1 mars 2025"), refused in Swedish.
fn parse_date(text: &str) -> Result<Date> {
    balans_domain::parse_date(text).map_err(|error| anyhow::anyhow!(error.swedish()))
}

/// Records each file as one atomic batch; a bad line stops with its file, line number and reason.
fn apply(runtime: &Runtime, files: &[PathBuf]) -> Result<()> {
    // An existing forum's code in a file means that forum.
    let mut aliases = Aliases::with_forums(
        runtime
            .live()
            .forums
            .values()
            .map(|forum| (forum.code.as_str(), forum.id.0)),
    );
    for file in files {
        let text = std::fs::read_to_string(file)
            .with_context(|| format!("{} kunde inte läsas", file.display()))?;
        let lines = scenario::parse(&text, &mut aliases).map_err(|error| {
            anyhow::anyhow!(
                "{}: rad {}: {}; inget ur filen sparades",
                file.display(),
                error.line,
                error.reason
            )
        })?;
        let count = lines.len();
        let commands = lines.iter().map(|l| l.command.clone()).collect();
        match runtime.execute_batch(commands, CommandMeta::local(&actor())) {
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
                "{}: rad {}: {name} nekades: {}; inget ur filen sparades",
                file.display(),
                lines[index].line,
                app_error_in_swedish(&source)
            ),
            Err(other) => {
                return Err(other).context(format!("{}: inget ur filen sparades", file.display()));
            }
        }
    }
    Ok(())
}

/// A refusal as a person reads it: the domain's rules in Swedish, anything else as it is.
fn app_error_in_swedish(error: &AppError) -> String {
    match error {
        AppError::Domain(domain) => domain.swedish(),
        other => other.to_string(),
    }
}

fn log(store: &dyn EventStore, from: u64, json: bool) -> Result<()> {
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

/// The operator at this machine, who may change people and tokens.
fn operator() -> balans_domain::Principal {
    balans_domain::Principal::local(&actor())
}

/// The grant the flags describe, checked as the web UI's are: a forum that exists, a party
/// that does.
fn role_grant(runtime: &Runtime, role: &RoleArgs) -> Result<balans_domain::Grant> {
    runtime
        .resolve_grant(&role.role, role.party.as_deref(), role.forum.as_deref())
        .map_err(|error| anyhow::anyhow!(error.swedish()))
}

fn describe_grants(runtime: &Runtime, grants: &[balans_domain::Grant]) -> String {
    let live = runtime.live();
    grants
        .iter()
        .map(|grant| {
            let mut text = grant.role.name().to_string();
            if let Some(party) = &grant.party {
                text.push_str(&format!(" för {}", party.name()));
            }
            if let Some(forum) = grant.forum {
                let code = live
                    .forums
                    .get(&forum)
                    .map_or_else(|| forum.to_string(), |f| f.code.clone());
                text.push_str(&format!(" i {code}"));
            }
            text
        })
        .collect::<Vec<_>>()
        .join(", ")
}

fn user(runtime: &Runtime, command: UserCommand) -> Result<()> {
    let access = runtime.access();
    let swedish = |error: balans_runtime::access::AccessError| anyhow::anyhow!(error.swedish());
    match command {
        UserCommand::Add {
            username,
            name,
            role,
            password,
            oidc,
        } => {
            let grant = role_grant(runtime, &role)?;
            let (password, made) = match (password, oidc) {
                (_, true) => (None, false),
                (Some(password), false) => (Some(password), false),
                (None, false) => (Some(balans_runtime::access::random_password()), true),
            };
            let person = access
                .add_person(
                    &operator(),
                    &username,
                    name.as_deref().unwrap_or(""),
                    vec![grant],
                    password.as_deref(),
                )
                .map_err(swedish)?;
            let how = if oidc {
                " via kommunens inloggningstjänst"
            } else {
                ""
            };
            println!(
                "{} ({}) kan nu logga in{how} som {}.",
                person.name,
                describe_grants(runtime, &person.grants),
                person.username
            );
            if let (true, Some(password)) = (made, password) {
                println!("Lösenord (visas bara nu): {password}");
            }
        }
        UserCommand::Password { username, password } => {
            let (password, made) = match password {
                Some(password) => (password, false),
                None => (balans_runtime::access::random_password(), true),
            };
            access
                .set_password(&operator(), &username, &password)
                .map_err(swedish)?;
            println!("Nytt lösenord för {username} sparat.");
            if made {
                println!("Lösenord (visas bara nu): {password}");
            }
        }
        UserCommand::Role { username, role } => {
            let grant = role_grant(runtime, &role)?;
            access
                .set_grants(&operator(), &username, vec![grant])
                .map_err(swedish)?;
            println!(
                "{username} har nu rollen {}.",
                describe_grants(
                    runtime,
                    &access
                        .person(&username)
                        .map(|p| p.grants)
                        .unwrap_or_default()
                )
            );
        }
        UserCommand::Remove { username } => {
            access
                .remove_person(&operator(), &username)
                .map_err(swedish)?;
            println!("{username} kan inte längre logga in.");
        }
        UserCommand::List => {
            for person in access.people() {
                println!(
                    "{}\t{}\t{}",
                    person.username,
                    person.name,
                    describe_grants(runtime, &person.grants)
                );
            }
        }
    }
    Ok(())
}

fn token(runtime: &Runtime, command: TokenCommand) -> Result<()> {
    let access = runtime.access();
    let swedish = |error: balans_runtime::access::AccessError| anyhow::anyhow!(error.swedish());
    match command {
        TokenCommand::Create {
            name,
            role,
            expires,
        } => {
            let grant = role_grant(runtime, &role)?;
            let expires = expires
                .map(|text| parse_date(&text).map(balans_read::end_of_day))
                .transpose()?;
            let (info, secret) = access
                .create_token(&operator(), &name, vec![grant], expires)
                .map_err(swedish)?;
            println!(
                "Token {} ({}) skapad: {}.",
                info.name,
                info.id,
                describe_grants(runtime, &info.grants)
            );
            println!("Skicka den som Authorization: Bearer <token>. Den visas bara nu:");
            println!("{secret}");
        }
        TokenCommand::List => {
            for token in access.tokens() {
                let state = if token.revoked {
                    "återkallad".to_string()
                } else {
                    token
                        .expires
                        .map_or_else(|| "gäller".to_string(), |e| format!("gäller till {e}"))
                };
                println!(
                    "{}\t{}\t{}\t{}",
                    token.id,
                    token.name,
                    describe_grants(runtime, &token.grants),
                    state
                );
            }
        }
        TokenCommand::Revoke { token } => {
            access.revoke_token(&operator(), &token).map_err(swedish)?;
            println!("Token {token} är återkallad och gäller inte längre.");
        }
    }
    Ok(())
}
