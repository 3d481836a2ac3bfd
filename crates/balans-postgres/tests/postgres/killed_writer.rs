//! A writer process killed with SIGKILL part way through its appends: every append it
//! acknowledged is there whole, nothing of an append is there in part, and the log is gapless.

use std::io::{BufRead, BufReader};
use std::process::{Command, Stdio};
use std::sync::mpsc;
use std::time::Duration;

use balans_store::conformance::{event, request};
use balans_store::{EventStore, ExpectedVersion, StreamId};

use crate::{database, open};

/// The URL of the killed child's database; set only for that child.
const KILLED_CHILD_URL: &str = "BALANS_PG_KILLED_CHILD_URL";
const KILLED_CHILD_WRITERS: u64 = 4;

#[test]
fn appends_acknowledged_before_a_sigkill_are_there_whole() {
    let Some(database) = database("appends_acknowledged_before_a_sigkill_are_there_whole") else {
        return;
    };
    let mut child = Command::new(std::env::current_exe().expect("this test binary"))
        .args([
            "--exact",
            "killed_writer::killed_child_appends_until_it_is_killed",
            "--ignored",
            "--nocapture",
            "--test-threads",
            "1",
        ])
        .env(KILLED_CHILD_URL, database.url())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("start the child");
    let stdout = child.stdout.take().expect("the child's stdout");
    let (acks, acked) = mpsc::channel();
    std::thread::spawn(move || {
        for line in BufReader::new(stdout).lines().map_while(Result::ok) {
            let fields: Vec<&str> = line.split(' ').collect();
            if let ["ACK", stream, version, position] = fields[..] {
                let parsed = (
                    stream.to_string(),
                    version.parse::<u64>().expect("a version"),
                    position.parse::<u64>().expect("a position"),
                );
                if acks.send(parsed).is_err() {
                    break;
                }
            }
        }
    });
    let mut acknowledged = Vec::new();
    while acknowledged.len() < 400 {
        match acked.recv_timeout(Duration::from_secs(60)) {
            Ok(ack) => acknowledged.push(ack),
            Err(error) => {
                let _ = child.kill();
                panic!(
                    "the child stopped acknowledging after {} appends: {error}",
                    acknowledged.len()
                );
            }
        }
    }
    child.kill().expect("SIGKILL the child");
    child.wait().expect("reap the child");

    let store = open(&database, "main");
    let head = store.head_position().expect("head");
    let log = store.read_all(1, usize::MAX).expect("read_all");
    assert_eq!(
        log.iter().map(|e| e.position).collect::<Vec<_>>(),
        (1..=head).collect::<Vec<_>>(),
        "the log is gapless up to its head"
    );
    for (stream, version, position) in &acknowledged {
        let events = store
            .read_stream(&StreamId::new(stream), *version)
            .expect("read_stream");
        let first = events.first().unwrap_or_else(|| {
            panic!("{stream} lost version {version}, acknowledged at position {position}")
        });
        assert_eq!(
            (first.stream_version, first.position),
            (*version, *position)
        );
    }
    // Each append wrote case-w and note-w together: whole appends leave them at one version.
    let mut indexed = 0;
    for writer in 0..KILLED_CHILD_WRITERS {
        let case = store
            .stream_version(&StreamId::new(format!("case-{writer}")))
            .expect("version");
        let note = store
            .stream_version(&StreamId::new(format!("note-{writer}")))
            .expect("version");
        assert_eq!(case, note, "writer {writer}: an append landed in part");
        indexed += case + note;
    }
    assert_eq!(
        indexed, head,
        "every event of the log is in its writers' streams"
    );
    let version = store
        .stream_version(&StreamId::new("case-0"))
        .expect("version");
    let next = store
        .append(request(
            &[("case-0", ExpectedVersion::Exact(version))],
            vec![event("case-0", version + 1)],
        ))
        .expect("the log takes appends again");
    assert_eq!(next.first_position, Some(head + 1));
}

/// The child process of the test above, which starts it with `--ignored` and kills it; run on
/// its own it does nothing.
#[test]
#[ignore = "the child process of appends_acknowledged_before_a_sigkill_are_there_whole"]
fn killed_child_appends_until_it_is_killed() {
    let Ok(url) = std::env::var(KILLED_CHILD_URL) else {
        return;
    };
    let store =
        balans_postgres::PostgresStore::connect(&balans_postgres::PgConfig::new(url, "main"))
            .expect("connect");
    std::thread::scope(|scope| {
        for writer in 0..KILLED_CHILD_WRITERS {
            let store = &store;
            scope.spawn(move || {
                let (case, note) = (format!("case-{writer}"), format!("note-{writer}"));
                for version in 1.. {
                    let outcome = store
                        .append(request(
                            &[(case.as_str(), ExpectedVersion::Exact(version - 1))],
                            vec![event(&case, version), event(&note, version)],
                        ))
                        .expect("append");
                    // One line per acknowledged event; the parent reads them as they come.
                    let first = outcome.first_position.expect("two events appended");
                    println!("ACK {case} {version} {first}");
                    println!("ACK {note} {version} {}", first + 1);
                }
            });
        }
    });
}
