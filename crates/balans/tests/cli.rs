//! End-to-end tests of the command line on a real sled database in a temporary directory.

use std::path::Path;
use std::process::{Command, Output};

fn balans(data: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_balans"))
        .arg("--data")
        .arg(data)
        .args(args)
        .env_remove("BALANS_DATA")
        .output()
        .expect("the binary runs")
}

fn stdout(output: &Output) -> String {
    assert!(
        output.status.success(),
        "balans failed: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8_lossy(&output.stdout).into_owned()
}

/// The lines of the report that belong to one party's section.
fn section<'a>(report: &'a str, party: &str) -> Vec<&'a str> {
    let header = format!("{party} är skyldig:");
    report
        .lines()
        .skip_while(|l| *l != header)
        .skip(1)
        .take_while(|l| !l.trim().is_empty())
        .collect()
}

/// Joins each entry's first line (indented two spaces) with its continuation lines.
fn entries(lines: &[&str]) -> Vec<String> {
    let mut entries: Vec<String> = Vec::new();
    for line in lines {
        match entries.last_mut() {
            Some(entry) if line.starts_with("    ") => {
                entry.push('\n');
                entry.push_str(line);
            }
            _ => entries.push((*line).to_string()),
        }
    }
    entries
}

#[test]
fn demo_loads_the_seed_meetings_and_prints_who_owes_what() {
    let dir = tempfile::tempdir().expect("tempdir");
    let report = stdout(&balans(dir.path(), &["demo"]));

    let unions = section(&report, "Fackliga organisationerna").join("\n");
    assert!(unions.contains("åtagande"), "{report}");
    assert!(
        unions.contains("förfaller: nästa förvaltningsgrupp"),
        "{report}"
    );

    let employer = entries(&section(&report, "Arbetsgivaren"));
    let winter = employer
        .iter()
        .find(|entry| entry.contains("under vintern"))
        .unwrap_or_else(|| panic!("no winter commitment in\n{report}"));
    assert!(winter.contains("till Akademikerförbundet SSR"), "{winter}");
    assert!(winter.contains("under vintern → 2025-02-28"), "{winter}");

    // Answered questions are not owed: the employer owes no answer to anything that was answered.
    for answered in [
        "norm eller en möjlighet",
        "friskfaktorer",
        "säkerhetsmedvetande",
    ] {
        assert!(
            !report.to_lowercase().contains(answered),
            "{answered:?} was answered but is listed as owed:\n{report}"
        );
    }

    // A second run finds the data and adds nothing.
    let head = stdout(&balans(dir.path(), &["log"])).lines().count();
    stdout(&balans(dir.path(), &["demo"]));
    assert_eq!(stdout(&balans(dir.path(), &["log"])).lines().count(), head);
}

#[test]
fn owed_as_of_judges_overdue_on_that_day() {
    let dir = tempfile::tempdir().expect("tempdir");
    stdout(&balans(dir.path(), &["demo"]));
    let winter_line = |as_of: &str| {
        let report = stdout(&balans(
            dir.path(),
            &["owed", "--party", "arbetsgivaren", "--as-of", as_of],
        ));
        report
            .lines()
            .skip_while(|l| {
                !l.contains("Återkomma med mer information") && !l.contains("under vintern")
            })
            .take(2)
            .collect::<Vec<_>>()
            .join("\n")
    };
    let february = winter_line("2025-02-01");
    assert!(
        february.contains("under vintern → 2025-02-28"),
        "{february}"
    );
    assert!(!february.contains("FÖRSENAD"), "{february}");
    assert!(winter_line("2025-03-01").contains("FÖRSENAD"));

    let bad = balans(dir.path(), &["owed", "--as-of", "1 mars"]);
    assert!(!bad.status.success());
    assert!(String::from_utf8_lossy(&bad.stderr).contains("is not a date"));
}

#[test]
fn a_bad_line_stops_apply_with_its_number_and_stores_nothing_of_the_file() {
    let dir = tempfile::tempdir().expect("tempdir");
    let file = dir.path().join("scenario.jsonl");
    std::fs::write(
        &file,
        concat!(
            "# a forum and a meeting\n",
            r#"{"command": "CreateForum", "forum": "fg", "organization": "Socialförvaltningen", "name": "Förvaltningsgrupp", "code": "FG"}"#,
            "\n",
            r#"{"command": "ScheduleMeeting", "meeting": "m1", "forum": "fg", "date": "2025-13-01"}"#,
            "\n"
        ),
    )
    .expect("write");
    let data = dir.path().join("data");
    let output = balans(&data, &["apply", file.to_str().expect("utf-8 path")]);
    assert!(!output.status.success());
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("line 3"), "{stderr}");
    assert!(
        stderr.contains("nothing of this file was stored"),
        "{stderr}"
    );
    assert_eq!(stdout(&balans(&data, &["log"])), "");

    std::fs::write(
        &file,
        concat!(
            r#"{"command": "CreateForum", "forum": "fg", "organization": "Socialförvaltningen", "name": "Förvaltningsgrupp", "code": "FG"}"#,
            "\n",
            r#"{"command": "RaiseQuestion", "case": "q", "forum": "fg", "meeting": "nowhere", "title": "x", "raised_by": "Kommunal", "addressed_to": "Arbetsgivaren"}"#,
            "\n"
        ),
    )
    .expect("write");
    let output = balans(&data, &["apply", file.to_str().expect("utf-8 path")]);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        stderr.contains("line 2: RaiseQuestion was refused: there is no meeting"),
        "{stderr}"
    );
    assert_eq!(stdout(&balans(&data, &["log"])), "");
}

#[test]
fn a_second_process_on_the_same_database_gets_a_clear_error() {
    let dir = tempfile::tempdir().expect("tempdir");
    let _held = balans_store::SledStore::open(dir.path(), Default::default()).expect("opens");
    let output = balans(dir.path(), &["log"]);
    assert!(!output.status.success());
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        stderr.contains("already open in another process"),
        "{stderr}"
    );
}

#[test]
fn history_shows_how_a_case_moved_and_log_prints_envelopes() {
    let dir = tempfile::tempdir().expect("tempdir");
    stdout(&balans(dir.path(), &["demo"]));
    let log = stdout(&balans(dir.path(), &["log", "--json"]));
    let first: serde_json::Value =
        serde_json::from_str(log.lines().next().expect("a line")).expect("json");
    for field in [
        "id",
        "stream",
        "stream_version",
        "position",
        "recorded_at",
        "occurred_at",
        "recorded_by",
        "meeting",
        "event_type",
        "schema_version",
        "causation",
        "payload",
    ] {
        assert!(
            first.get(field).is_some(),
            "the envelope lacks {field}: {first}"
        );
    }
    let open = stdout(&balans(dir.path(), &["open", "--forum", "hägersten"]));
    let number = open
        .lines()
        .find(|l| l.contains("åtagande"))
        .and_then(|l| {
            l.split_whitespace()
                .take(2)
                .collect::<Vec<_>>()
                .join(" ")
                .into()
        })
        .expect("an open commitment");
    let history = stdout(&balans(dir.path(), &["history", &number]));
    assert!(history.contains("Möten: 2025-01-14"), "{history}");
    let missing = balans(dir.path(), &["history", "FG 1999:1"]);
    assert!(String::from_utf8_lossy(&missing.stderr).contains("there is no case"));
}
