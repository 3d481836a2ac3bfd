//! Builds the web UI (`frontend/`) when it must, and hands `frontend/dist` to memory-serve to embed.
//!
//! The README's first command (`cargo run -p balans -- serve`) must start a server with the UI
//! on a fresh clone, so this script runs `npm ci` (when `node_modules` is missing) and
//! `npm run build` when `frontend/dist` is missing, is the placeholder, or is older than the
//! UI's sources, provided npm is on the PATH and `BALANS_SKIP_UI_BUILD` is unset. Otherwise,
//! or when the build fails, it writes a placeholder page that says in Swedish how to build
//! the UI, so the binary (and `cargo test`, clippy) still builds: memory-serve panics on a
//! missing directory. A failed UI build is a warning, never an error, because the server is
//! whole without its UI. A build that rebuilt the UI is followed by one more run of this script
//! (`dist` changed while it ran), after which it settles.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::SystemTime;

/// Marks the placeholder page, so a later build with npm at hand replaces it.
const PLACEHOLDER_MARK: &str = "balans-ui-placeholder";

/// What the UI's build reads besides `src/`: a change to any of them makes `dist` stale.
const UI_INPUTS: &[&str] = &[
    "src",
    "index.html",
    "package.json",
    "package-lock.json",
    "vite.config.ts",
    "public",
];

fn main() {
    let manifest = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").expect("set by cargo"));
    let frontend = manifest.join("../../frontend");
    let dist = frontend.join("dist");

    println!("cargo::rerun-if-env-changed=BALANS_SKIP_UI_BUILD");
    // Cargo reruns a script on every build while a path it watches is missing, so only the
    // inputs that exist are watched.
    for input in UI_INPUTS {
        let path = frontend.join(input);
        if path.exists() {
            println!("cargo::rerun-if-changed={}", path.display());
        }
    }

    if needs_build(&frontend, &dist) {
        if std::env::var_os("BALANS_SKIP_UI_BUILD").is_some() {
            warn("BALANS_SKIP_UI_BUILD is set: the web UI is not built");
        } else if frontend.join("package.json").is_file()
            && let Err(problem) = build_ui(&frontend)
        {
            warn(&format!(
                "the web UI was not built ({problem}); the server shows a page saying how to build it"
            ));
        }
    }
    if !dist.join("index.html").is_file() {
        write_placeholder(&dist);
    }
    // Embedded in every build, so that a debug binary serves what a release binary does.
    memory_serve::load_directory_with_embed(&dist, true);
}

/// Whether `dist` is missing, the placeholder, or older than any input of the UI's build.
fn needs_build(frontend: &Path, dist: &Path) -> bool {
    let index = dist.join("index.html");
    let Ok(text) = fs::read_to_string(&index) else {
        return true;
    };
    if text.contains(PLACEHOLDER_MARK) {
        return true;
    }
    let built = modified(&index).unwrap_or(SystemTime::UNIX_EPOCH);
    UI_INPUTS
        .iter()
        .filter_map(|input| newest(&frontend.join(input)))
        .any(|changed| changed > built)
}

/// The newest modification time of a file, or of any file under a directory.
fn newest(path: &Path) -> Option<SystemTime> {
    let meta = fs::metadata(path).ok()?;
    if !meta.is_dir() {
        return meta.modified().ok();
    }
    fs::read_dir(path)
        .ok()?
        .filter_map(Result::ok)
        .filter_map(|entry| newest(&entry.path()))
        .max()
}

fn modified(path: &Path) -> Option<SystemTime> {
    fs::metadata(path).ok()?.modified().ok()
}

fn build_ui(frontend: &Path) -> Result<(), String> {
    let npm = if cfg!(windows) { "npm.cmd" } else { "npm" };
    if Command::new(npm).arg("--version").output().is_err() {
        return Err("npm is not installed".into());
    }
    if !frontend.join("node_modules").is_dir() {
        run(Command::new(npm).arg("ci").current_dir(frontend), "npm ci")?;
    }
    run(
        Command::new(npm)
            .args(["run", "build"])
            .current_dir(frontend),
        "npm run build",
    )
}

fn run(command: &mut Command, name: &str) -> Result<(), String> {
    // npm's output goes to cargo's log of this script (shown with -vv or on failure).
    let status = command
        .status()
        .map_err(|error| format!("{name} could not start: {error}"))?;
    if status.success() {
        Ok(())
    } else {
        Err(format!("{name} failed with {status}"))
    }
}

fn write_placeholder(dist: &Path) {
    fs::create_dir_all(dist).expect("could not create frontend/dist");
    let page = format!(
        r#"<!doctype html>
<html lang="sv">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="{PLACEHOLDER_MARK}"><title>balans: webbgränssnittet är inte byggt</title></head>
<body style="font-family: system-ui, sans-serif; max-width: 40rem; margin: 2rem auto; padding: 0 1rem; line-height: 1.5">
<h1>Webbgränssnittet är inte byggt</h1>
<p>Servern körs, men dess webbgränssnitt byggdes inte när programmet kompilerades
(npm saknades, bygget misslyckades eller <code>BALANS_SKIP_UI_BUILD</code> var satt).</p>
<p>Installera Node.js 20 eller senare och kör sedan, i projektets katalog:</p>
<pre>cd frontend
npm ci
npm run build
cd ..
cargo run -p balans -- serve</pre>
<p>Under tiden finns GraphQL-API:t och GraphiQL på <a href="/graphql">/graphql</a>.</p>
</body>
</html>
"#
    );
    fs::write(dist.join("index.html"), page).expect("could not write frontend/dist/index.html");
}

fn warn(message: &str) {
    println!("cargo::warning={message}");
}
