//! Tests of the read model: who owes what as of a date, next-meeting dues, time travel, history, and the checked-in v1 log.

use balans_app::{App, CommandMeta, FixedClock, decode_recorded};
use balans_domain::*;
use balans_read::{ObligationFilter, ReadModel, end_of_day};
use balans_store::{MemoryStore, RecordedEvent};
use jiff::civil::{Date, date};
use ulid::Ulid;

fn forum() -> ForumId {
    ForumId(Ulid::from_parts(1, 1))
}
fn meeting(n: u128) -> MeetingId {
    MeetingId(Ulid::from_parts(2, n))
}
fn case(n: u128) -> CaseId {
    CaseId(Ulid::from_parts(3, n))
}
fn party(name: &str) -> Party {
    Party::parse(name).expect("a party")
}

fn app() -> App<MemoryStore> {
    App::with_clock(
        MemoryStore::new(),
        Box::new(FixedClock(
            "2025-06-01T10:00:00Z".parse().expect("timestamp"),
        )),
    )
}

fn run(app: &App<MemoryStore>, commands: Vec<Command>) {
    app.execute_batch(commands, CommandMeta::new("test"))
        .expect("accepted");
}

fn schedule(n: u128, on: Date) -> Command {
    Command::ScheduleMeeting {
        meeting: meeting(n),
        forum: forum(),
        date: on,
        time: None,
        place: None,
    }
}

/// A forum with a meeting on 2025-01-14 where Kommunal asked, the unions promised to come back
/// "nästa förvaltningsgrupp", and the employer promised something "under vintern".
fn seeded() -> App<MemoryStore> {
    let app = app();
    run(
        &app,
        vec![
            Command::CreateForum {
                forum: forum(),
                organization: "Stadsdelsförvaltningen".into(),
                name: "Förvaltningsgrupp".into(),
                code: "FG".into(),
                unions: vec![party("Kommunal"), party("Vision"), party("SSR")],
            },
            schedule(1, date(2025, 1, 14)),
            Command::RaiseQuestion {
                case: case(1),
                forum: forum(),
                meeting: Some(meeting(1)),
                section: Some("12".into()),
                title: "Hot och våld 2025".into(),
                text: "Hur tänker arbetsgivaren arbeta med frågan 2025?".into(),
                raised_by: party("SSR"),
                asked_by: None,
                addressed_to: Party::Employer,
                pre_registered: true,
                carried_over: false,
            },
            Command::AnswerQuestion {
                case: case(1),
                meeting: Some(meeting(1)),
                by: Party::Employer,
                person: None,
                text: "Det finns planer på olika insatser.".into(),
                commitment: Some(CommitmentSpec {
                    by: Party::Employer,
                    person: None,
                    to: Some(party("Akademikerförbundet SSR")),
                    what: "Återkomma med mer information om planerna".into(),
                    due_label: Some("under vintern".into()),
                    due_date: None,
                }),
            },
            Command::OpenCase {
                case: case(2),
                forum: forum(),
                kind: CaseKind::Commitment,
                meeting: Some(meeting(1)),
                section: Some("7".into()),
                title: "Publicering av §19-ärenden".into(),
                text: String::new(),
            },
            Command::MakeCommitment {
                case: case(2),
                meeting: Some(meeting(1)),
                spec: CommitmentSpec {
                    by: party("Fackliga organisationerna"),
                    person: None,
                    to: Some(Party::Employer),
                    what: "Funderar på saken och återkommer".into(),
                    due_label: Some("nästa förvaltningsgrupp".into()),
                    due_date: None,
                },
            },
        ],
    );
    app
}

fn owed_by(model: &ReadModel, name: &str, as_of: Date) -> Vec<balans_read::OwedItem> {
    model.obligations(
        &ObligationFilter {
            owed_by: Some(party(name)),
            ..ObligationFilter::default()
        },
        as_of,
    )
}

#[test]
fn the_employer_owes_the_winter_commitment_overdue_only_after_february() {
    let app = seeded();
    let model = ReadModel::load(app.store()).expect("loads");
    let owed = owed_by(&model, "Arbetsgivaren", date(2025, 2, 1));
    assert_eq!(
        owed.len(),
        1,
        "the answered question is not owed, the promise is"
    );
    assert_eq!(owed[0].obligation.kind, ObligationKind::Commitment);
    assert_eq!(
        owed[0].obligation.to,
        Some(party("Akademikerförbundet SSR"))
    );
    assert_eq!(owed[0].due_date, Some(date(2025, 2, 28)));
    assert!(!owed[0].overdue);
    assert_eq!(owed[0].days_waiting, 18);
    let later = owed_by(&model, "Arbetsgivaren", date(2025, 3, 1));
    assert!(later[0].overdue);
}

#[test]
fn a_union_sees_what_the_unions_together_owe() {
    let model = ReadModel::load(seeded().store()).expect("loads");
    for name in ["Fackliga organisationerna", "Kommunal", "vision"] {
        let owed = owed_by(&model, name, date(2025, 2, 1));
        assert_eq!(owed.len(), 1, "{name}");
        assert_eq!(owed[0].obligation.party, Party::AllUnions);
    }
    assert!(owed_by(&model, "Ledarna", date(2025, 2, 1)).is_empty());
}

#[test]
fn next_meeting_dues_follow_the_schedule_and_its_changes() {
    let app = seeded();
    let unions_due = |app: &App<MemoryStore>| {
        let model = ReadModel::load(app.store()).expect("loads");
        owed_by(&model, "Fackliga organisationerna", date(2025, 1, 20))[0].due_date
    };
    assert_eq!(unions_due(&app), None, "no next meeting is scheduled yet");
    run(&app, vec![schedule(2, date(2025, 2, 11))]);
    assert_eq!(unions_due(&app), Some(date(2025, 2, 11)));
    run(
        &app,
        vec![Command::RescheduleMeeting {
            meeting: meeting(2),
            date: date(2025, 2, 18),
            time: None,
            place: None,
        }],
    );
    assert_eq!(unions_due(&app), Some(date(2025, 2, 18)));
    let model = ReadModel::load(app.store()).expect("loads");
    let late = owed_by(&model, "Kommunal", date(2025, 2, 19));
    assert!(late[0].overdue);
}

#[test]
fn time_travel_shows_the_data_as_it_stood() {
    let app = seeded();
    run(
        &app,
        vec![
            schedule(2, date(2025, 3, 11)),
            Command::FulfilCommitment {
                case: case(1),
                commitment: 1,
                meeting: Some(meeting(2)),
                note: Some("Information lämnad".into()),
            },
        ],
    );
    let before =
        ReadModel::load_until(app.store(), Some(end_of_day(date(2025, 3, 1)))).expect("loads");
    assert_eq!(owed_by(&before, "Arbetsgivaren", date(2025, 3, 1)).len(), 1);
    let after =
        ReadModel::load_until(app.store(), Some(end_of_day(date(2025, 3, 11)))).expect("loads");
    assert!(owed_by(&after, "Arbetsgivaren", date(2025, 3, 11)).is_empty());
    let history = &after.find_case("FG 2025:1").expect("by number").state;
    assert_eq!(history.meetings, vec![meeting(1), meeting(2)]);
}

#[test]
fn history_has_a_swedish_line_per_event_and_cases_are_found_by_number() {
    let model = ReadModel::load(seeded().store()).expect("loads");
    let view = model
        .find_case("fg 2025:1")
        .expect("found by number, any case");
    let summaries: Vec<_> = view.timeline.iter().map(|t| t.summary.as_str()).collect();
    assert_eq!(summaries[0], "FG 2025:1 öppnat (fråga): Hot och våld 2025");
    assert_eq!(
        summaries[1],
        "Fråga från Akademikerförbundet SSR till Arbetsgivaren"
    );
    assert!(summaries[3].starts_with("Arbetsgivaren åtar sig: Återkomma med mer information"));
    assert!(summaries[3].ends_with("(under vintern, senast 2025-02-28)"));
    assert_eq!(model.open_cases(None).len(), 2);
}

/// The log written by schema version 1, checked in. Every later version must still load it.
const LOG_V1: &str = include_str!("../../../tests/fixtures/log-v1.jsonl");

#[test]
fn the_checked_in_version_1_log_still_loads() {
    let events: Vec<RecordedEvent> = LOG_V1
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| serde_json::from_str(l).expect("an envelope"))
        .collect();
    assert!(events.len() > 50, "the fixture holds the demo meetings");
    for event_type in Event::TYPES {
        assert!(
            events.iter().any(|e| e.event_type == event_type),
            "the v1 log has no {event_type}: add one to tests/fixtures/log-v1-extra.jsonl"
        );
    }
    let mut model = ReadModel::default();
    for event in &events {
        decode_recorded(event).expect("every event decodes");
        model.apply(event).expect("applies");
    }
    assert_eq!(model.forums.len(), 2);
    assert_eq!(model.meetings.len(), 3);
    let winter: Vec<_> = model
        .obligations(&ObligationFilter::default(), date(2025, 2, 1))
        .into_iter()
        .filter(|o| o.obligation.due.label.as_deref() == Some("under vintern"))
        .collect();
    assert_eq!(winter.len(), 1);
    assert_eq!(winter[0].due_date, Some(date(2025, 2, 28)));
}
