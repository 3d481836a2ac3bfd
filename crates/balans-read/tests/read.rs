//! Tests of the read model: who owes what as of a date, next-meeting dues, time travel, history, and the checked-in v1 log.

use balans_app::{App, CommandMeta, FixedClock};
use balans_domain::*;
use balans_events::decode_recorded;
use balans_read::{ObligationFilter, ReadModel, end_of_day};
use balans_store::{EventStore, MemoryStore, RecordedEvent};
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
    app.execute_batch(commands, CommandMeta::local("test"))
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
fn meetings_on_the_same_day_count_whole_at_the_schedules_day_bounds() {
    let app = seeded();
    run(
        &app,
        vec![
            schedule(2, date(2025, 2, 11)),
            schedule(3, date(2025, 2, 11)),
            schedule(4, date(2025, 3, 11)),
        ],
    );
    let model = ReadModel::load(app.store()).expect("loads");
    let days = |after: Date, until: Date| model.meetings_between(forum(), after, until);
    assert_eq!(
        days(date(2025, 2, 10), date(2025, 2, 11)),
        2,
        "both on the last day"
    );
    assert_eq!(
        days(date(2025, 2, 11), date(2025, 3, 11)),
        1,
        "neither on the day after"
    );
    assert_eq!(days(date(2025, 1, 14), date(2025, 2, 10)), 0);
    let next = |after: Date| model.next_meeting_after(forum(), after).map(|m| m.date);
    assert_eq!(next(date(2025, 2, 10)), Some(date(2025, 2, 11)));
    assert_eq!(
        next(date(2025, 2, 11)),
        Some(date(2025, 3, 11)),
        "past both of the day"
    );
    assert_eq!(next(date(2025, 3, 11)), None);
    let dates: Vec<Date> = model.meetings_of(forum()).iter().map(|m| m.date).collect();
    assert_eq!(
        dates,
        [
            date(2025, 1, 14),
            date(2025, 2, 11),
            date(2025, 2, 11),
            date(2025, 3, 11)
        ]
    );
}

#[test]
fn a_meetings_roll_is_read_from_its_stream_as_the_model_knows_it() {
    let app = seeded();
    let attendee = |name: &str, of: &str| Attendee {
        name: Some(name.into()),
        party: party(of),
        role: None,
    };
    let record = |present: Vec<Attendee>| Command::RecordAttendance {
        meeting: meeting(1),
        present,
        absent: vec![Attendee {
            name: None,
            party: party("Vision"),
            role: None,
        }],
    };
    run(
        &app,
        vec![record(vec![attendee("Anna Berg", "Arbetsgivaren")])],
    );
    let first = ReadModel::load(app.store()).expect("loads");
    run(
        &app,
        vec![record(vec![
            attendee("Anna Berg", "Arbetsgivaren"),
            attendee("Per Ek", "Kommunal"),
        ])],
    );
    let now = ReadModel::load(app.store()).expect("loads");
    let kept = &now.meetings[&meeting(1)];
    assert!(
        kept.present.is_empty() && kept.absent.is_empty(),
        "the model keeps no roll"
    );

    let roll = |model: &ReadModel| {
        let whole = balans_read::meeting_whole(app.store(), meeting(1), model.horizon())
            .expect("read back")
            .expect("the meeting");
        let names: Vec<Option<String>> = whole.present.into_iter().map(|a| a.name).collect();
        (names, whole.absent.len(), whole.date)
    };
    assert_eq!(
        roll(&first),
        (vec![Some("Anna Berg".to_string())], 1, date(2025, 1, 14)),
        "as the earlier model knew it"
    );
    assert_eq!(
        roll(&now),
        (
            vec![Some("Anna Berg".to_string()), Some("Per Ek".to_string())],
            1,
            date(2025, 1, 14)
        )
    );
    let unknown =
        balans_read::meeting_whole(app.store(), meeting(9), now.horizon()).expect("reads");
    assert_eq!(unknown, None);
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
    assert_eq!(*history.meetings, [meeting(1), meeting(2)]);
}

#[test]
fn history_has_a_swedish_line_per_event_and_cases_are_found_by_number() {
    let app = seeded();
    let model = ReadModel::load(app.store()).expect("loads");
    let view = model
        .find_case("fg 2025:1")
        .expect("found by number, any case");
    let history = balans_read::history(app.store(), &view.log).expect("read back");
    assert_eq!(history.len() as u64, u64::from(view.version()));
    assert!(
        history
            .iter()
            .all(|entry| entry.recorded_by == "local:test")
    );
    let summaries: Vec<_> = history.iter().map(|t| t.summary.as_str()).collect();
    assert_eq!(summaries[0], "FG 2025:1 öppnat (fråga): Hot och våld 2025");
    assert_eq!(
        summaries[1],
        "Fråga från Akademikerförbundet SSR till Arbetsgivaren"
    );
    assert!(summaries[3].starts_with("Arbetsgivaren åtar sig: Återkomma med mer information"));
    assert!(summaries[3].ends_with("(under vintern, senast 2025-02-28)"));
    // The answered question needs follow-up while its promise is owed, as does the unions'
    // commitment: both are open.
    assert_eq!(model.open_cases(None).len(), 2);
}

/// The log written by schema version 1, checked in. Every later version must still load it.
const LOG_V1: &str = include_str!("../../../tests/fixtures/log-v1.jsonl");

/// The checked-in version 1 log, event by event.
fn log_v1() -> Vec<RecordedEvent> {
    LOG_V1
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| serde_json::from_str(l).expect("an envelope"))
        .collect()
}

#[test]
fn the_checked_in_version_1_log_still_loads() {
    let events = log_v1();
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

/// The queries the GraphQL API answers: the case filter, the balance list (balanslista) at a
/// meeting, the next meeting's agenda (dagordning) and the statistics per party.
mod queries {
    use super::*;
    use balans_read::{BeforeOrAfter, CaseFilter, QueryError, balance_list_at_meeting};

    fn lsg() -> ForumId {
        ForumId(Ulid::from_parts(1, 2))
    }

    fn create_forum(id: ForumId, code: &str, unions: &[&str]) -> Command {
        Command::CreateForum {
            forum: id,
            organization: "Stadsdelsförvaltningen".into(),
            name: format!("{code} Hägersten"),
            code: code.into(),
            unions: unions.iter().map(|u| party(u)).collect(),
        }
    }

    fn schedule_in(forum: ForumId, n: u128, on: Date) -> Command {
        Command::ScheduleMeeting {
            meeting: meeting(n),
            forum,
            date: on,
            time: None,
            place: None,
        }
    }

    fn question_in(forum: ForumId, n: u128, at: u128, by: &str, to: &str, title: &str) -> Command {
        Command::RaiseQuestion {
            case: case(n),
            forum,
            meeting: Some(meeting(at)),
            section: None,
            title: title.into(),
            text: String::new(),
            raised_by: party(by),
            asked_by: None,
            addressed_to: party(to),
            pre_registered: false,
            carried_over: false,
        }
    }

    fn question(n: u128, at: u128, by: &str, to: &str, title: &str) -> Command {
        question_in(forum(), n, at, by, to, title)
    }

    fn answer(n: u128, at: u128, text: &str) -> Command {
        Command::AnswerQuestion {
            case: case(n),
            meeting: Some(meeting(at)),
            by: Party::Employer,
            person: None,
            text: text.into(),
            commitment: None,
        }
    }

    fn commitment_case(n: u128, at: u128, title: &str) -> Command {
        Command::OpenCase {
            case: case(n),
            forum: forum(),
            kind: CaseKind::Commitment,
            meeting: Some(meeting(at)),
            section: None,
            title: title.into(),
            text: String::new(),
        }
    }

    fn commit(n: u128, at: u128, by: &str, what: &str, due: &str) -> Command {
        Command::MakeCommitment {
            case: case(n),
            meeting: Some(meeting(at)),
            spec: CommitmentSpec {
                by: party(by),
                person: None,
                to: None,
                what: what.into(),
                due_label: Some(due.into()),
                due_date: None,
            },
        }
    }

    /// A meeting scheduled today for next month is on the schedule as of today: scheduling is
    /// known when it is decided, while the meeting happens on its date. So a promise for "next
    /// meeting" has its date as of today as it has live, and the meeting is not held yet.
    #[test]
    fn a_meeting_scheduled_for_later_is_known_as_of_the_day_it_was_scheduled() {
        let app = app(); // today is 2025-06-01
        run(
            &app,
            vec![
                create_forum(forum(), "FG", &["Kommunal"]),
                schedule(1, date(2025, 5, 20)),
                commitment_case(1, 1, "Friskvård"),
                commit(
                    1,
                    1,
                    "Fackliga organisationerna",
                    "Återkomma om friskvård",
                    "nästa förvaltningsgrupp",
                ),
                schedule(2, date(2025, 7, 1)),
            ],
        );
        let live = ReadModel::load(app.store()).expect("loads");
        let today = date(2025, 6, 1);
        let due_in =
            |model: &ReadModel| model.obligations(&ObligationFilter::default(), today)[0].due_date;
        assert_eq!(due_in(&live), Some(date(2025, 7, 1)));
        let as_of_today =
            ReadModel::load_until(app.store(), Some(end_of_day(today))).expect("folds");
        assert_eq!(due_in(&as_of_today), Some(date(2025, 7, 1)));
        assert!(as_of_today.meetings.contains_key(&meeting(2)));
        let only_forum =
            ReadModel::load_forums_until(app.store(), &live, [forum()], end_of_day(today))
                .expect("folds");
        assert_eq!(due_in(&only_forum), Some(date(2025, 7, 1)));

        // Recorded today, the meeting of 20 May counts from its own date in the past.
        let before =
            ReadModel::load_until(app.store(), Some(end_of_day(date(2025, 5, 19)))).expect("folds");
        assert!(!before.meetings.contains_key(&meeting(1)));
        let on_the_day =
            ReadModel::load_until(app.store(), Some(end_of_day(date(2025, 5, 20)))).expect("folds");
        assert!(on_the_day.meetings.contains_key(&meeting(1)));
    }

    fn board_matter(n: u128, at: u128, title: &str, registry_number: &str) -> Command {
        Command::RegisterBoardMatter {
            case: case(n),
            forum: forum(),
            meeting: Some(meeting(at)),
            section: None,
            title: title.into(),
            text: String::new(),
            registry_number: Some(registry_number.into()),
            mbl: Some(Mbl::Negotiation11),
        }
    }

    fn to_list(n: u128, at: u128) -> Command {
        Command::AddToBalanceList {
            case: case(n),
            meeting: Some(meeting(at)),
            note: None,
        }
    }

    fn close(n: u128, at: u128, resolution: Resolution) -> Command {
        Command::CloseCase {
            case: case(n),
            meeting: Some(meeting(at)),
            resolution,
            note: None,
        }
    }

    fn numbers(views: &[&balans_read::CaseView]) -> Vec<String> {
        views.iter().map(|v| v.state.number.to_string()).collect()
    }

    /// FG (Kommunal, Vision, SSR) meets 14 January and 11 February, LSG (Kommunal only) 20 January:
    /// FG 2025:1 Kommunal's unanswered question on the balance list, discussed again in February;
    /// FG 2025:2 Vision's question answered in February; FG 2025:3 the unions' promise for the
    /// next meeting; FG 2025:4 a board matter with Kommunal's statement; LSG 2025:1 SSR's
    /// question, withdrawn.
    fn filter_world() -> App<MemoryStore> {
        let app = app();
        run(
            &app,
            vec![
                create_forum(forum(), "FG", &["Kommunal", "Vision", "SSR"]),
                create_forum(lsg(), "LSG", &["Kommunal", "SSR"]),
                schedule(1, date(2025, 1, 14)),
                schedule(2, date(2025, 2, 11)),
                schedule_in(lsg(), 10, date(2025, 1, 20)),
                Command::RaiseQuestion {
                    case: case(1),
                    forum: forum(),
                    meeting: Some(meeting(1)),
                    section: Some("5".into()),
                    title: "Säkerhetsmedvetande på boendet".into(),
                    text: "Hur arbetar förvaltningen\n med   säkerheten nattetid?".into(),
                    raised_by: party("Kommunal"),
                    asked_by: None,
                    addressed_to: party("Förvaltningen"),
                    pre_registered: true,
                    carried_over: false,
                },
                to_list(1, 1),
                question(2, 1, "Vision", "Arbetsgivaren", "Schemaläggning"),
                commitment_case(3, 1, "Friskvårdsbidrag"),
                commit(
                    3,
                    1,
                    "De fackliga organisationerna",
                    "Återkomma om friskvård",
                    "nästa förvaltningsgrupp",
                ),
                Command::RecordDiscussion {
                    case: case(1),
                    meeting: meeting(2),
                    note: Some("Kvarstår".into()),
                },
                answer(2, 2, "Nya scheman införs under hösten."),
                board_matter(4, 2, "Budget 2025", "HÄ 2024/773"),
                Command::RecordStatement {
                    case: case(4),
                    meeting: Some(meeting(2)),
                    party: party("Kommunal"),
                    kind: StatementKind::Statement,
                    text: "Kommunal yrkar på fler undersköterskor.".into(),
                },
                question_in(lsg(), 5, 10, "SSR", "Arbetsgivaren", "Lokaler"),
                close(5, 10, Resolution::Withdrawn),
            ],
        );
        app
    }

    fn find(model: &ReadModel, filter: CaseFilter, as_of: Date) -> Vec<String> {
        numbers(&model.cases(&filter, as_of))
    }

    #[test]
    fn cases_are_filtered_by_forum_kind_status_and_balance_list() {
        let model = ReadModel::load(filter_world().store()).expect("loads");
        let on = date(2025, 2, 11);
        assert_eq!(
            find(&model, CaseFilter::default(), on),
            [
                "FG 2025:1",
                "FG 2025:2",
                "FG 2025:3",
                "FG 2025:4",
                "LSG 2025:1"
            ],
            "everything, by forum and number"
        );
        let by_forum = CaseFilter {
            forum: Some(lsg()),
            ..CaseFilter::default()
        };
        assert_eq!(find(&model, by_forum, on), ["LSG 2025:1"]);
        let questions = CaseFilter {
            kind: Some(CaseKind::Question),
            ..CaseFilter::default()
        };
        assert_eq!(
            find(&model, questions, on),
            ["FG 2025:1", "FG 2025:2", "LSG 2025:1"]
        );
        let status = |status| CaseFilter {
            status: Some(status),
            ..CaseFilter::default()
        };
        assert_eq!(
            find(&model, status(CaseStatus::Open), on),
            ["FG 2025:1", "FG 2025:3", "FG 2025:4"]
        );
        assert_eq!(
            find(&model, status(CaseStatus::Answered), on),
            ["FG 2025:2"]
        );
        assert_eq!(find(&model, status(CaseStatus::Closed), on), ["LSG 2025:1"]);
        let listed = |on_list| CaseFilter {
            on_balance_list: Some(on_list),
            forum: Some(forum()),
            ..CaseFilter::default()
        };
        assert_eq!(find(&model, listed(true), on), ["FG 2025:1"]);
        assert_eq!(
            find(&model, listed(false), on),
            ["FG 2025:2", "FG 2025:3", "FG 2025:4"]
        );
        let at_february = CaseFilter {
            meeting: Some(meeting(2)),
            ..CaseFilter::default()
        };
        assert_eq!(
            find(&model, at_february, on),
            ["FG 2025:1", "FG 2025:2", "FG 2025:4"],
            "discussed, answered and registered there; the unions' promise was made in January"
        );
    }

    #[test]
    fn cases_are_filtered_by_party_with_spellings_and_the_unions_together() {
        let model = ReadModel::load(filter_world().store()).expect("loads");
        let on = date(2025, 2, 11);
        let raised_by = |name: &str| CaseFilter {
            raised_by: Some(party(name)),
            ..CaseFilter::default()
        };
        assert_eq!(find(&model, raised_by("KOMMUNAL"), on), ["FG 2025:1"]);
        assert_eq!(
            find(&model, raised_by("Fackliga organisationerna"), on),
            ["FG 2025:1", "FG 2025:2", "LSG 2025:1"],
            "a question of any union of its forum is the unions'"
        );
        assert_eq!(
            find(&model, raised_by("Akademikerförbundet SSR"), on),
            ["LSG 2025:1"]
        );
        let addressed_to = CaseFilter {
            addressed_to: Some(party("arbetsgivaren")),
            ..CaseFilter::default()
        };
        assert_eq!(
            find(&model, addressed_to, on),
            ["FG 2025:1", "FG 2025:2", "LSG 2025:1"],
            "\"Förvaltningen\" is the employer too"
        );
        let owed_by = |name: &str| CaseFilter {
            owed_by: Some(party(name)),
            ..CaseFilter::default()
        };
        assert_eq!(
            find(&model, owed_by("Arbetsgivaren"), on),
            ["FG 2025:1"],
            "the answered and the withdrawn questions are owed by nobody"
        );
        assert_eq!(
            find(&model, owed_by("Vision"), on),
            ["FG 2025:3"],
            "what the unions owe together, one union owes"
        );
        assert!(find(&model, owed_by("Ledarna"), on).is_empty());
        let combined = CaseFilter {
            kind: Some(CaseKind::Question),
            status: Some(CaseStatus::Open),
            addressed_to: Some(Party::Employer),
            ..CaseFilter::default()
        };
        assert_eq!(find(&model, combined, on), ["FG 2025:1"]);
    }

    #[test]
    fn cases_are_overdue_only_after_their_due_date() {
        let model = ReadModel::load(filter_world().store()).expect("loads");
        let overdue = |late| CaseFilter {
            overdue: Some(late),
            forum: Some(forum()),
            ..CaseFilter::default()
        };
        assert!(
            find(&model, overdue(true), date(2025, 2, 11)).is_empty(),
            "promised for the meeting of 11 February: on time that day"
        );
        assert_eq!(
            find(&model, overdue(true), date(2025, 2, 12)),
            ["FG 2025:3"]
        );
        assert_eq!(
            find(&model, overdue(false), date(2025, 2, 12)),
            ["FG 2025:1", "FG 2025:2", "FG 2025:4"]
        );
    }

    #[test]
    fn free_text_ignores_letter_case_and_whitespace_and_needs_every_word() {
        let model = ReadModel::load(filter_world().store()).expect("loads");
        let text = |query: &str| {
            find(
                &model,
                CaseFilter {
                    text: Some(query.into()),
                    ..CaseFilter::default()
                },
                date(2025, 2, 11),
            )
        };
        assert_eq!(text("SÄKERHET"), ["FG 2025:1"], "finds säkerhetsmedvetande");
        assert_eq!(
            text("  nattetid   FÖRVALTNINGEN "),
            ["FG 2025:1"],
            "in the text"
        );
        assert_eq!(text("scheman HÖSTEN"), ["FG 2025:2"], "in the answer");
        assert_eq!(text("ÅTERKOMMA"), ["FG 2025:3"], "in the commitment");
        assert_eq!(text("undersköterskor"), ["FG 2025:4"], "in the statement");
        assert_eq!(text("hä 2024/773"), ["FG 2025:4"], "the registry number");
        assert!(text("säkerhet budget").is_empty(), "every word must occur");
        assert_eq!(text("   ").len(), 5, "no words: no restriction");
    }

    #[test]
    fn free_text_finds_a_case_by_words_that_arrive_or_leave_later() {
        let app = filter_world();
        let mut model = ReadModel::load(app.store()).expect("loads");
        let text = |model: &ReadModel, query: &str| {
            find(
                model,
                CaseFilter {
                    text: Some(query.into()),
                    ..CaseFilter::default()
                },
                date(2025, 2, 11),
            )
        };
        assert!(text(&model, "arbetsmiljöverket").is_empty());
        run(
            &app,
            vec![answer(1, 2, "Arbetsmiljöverket har besökt boendet.")],
        );
        model.catch_up(app.store()).expect("catches up");
        assert_eq!(
            text(&model, "MILJÖVERK"),
            ["FG 2025:1"],
            "a word of the answer"
        );
        assert_eq!(
            text(&model, "arbetsmiljö säkerhet"),
            ["FG 2025:1"],
            "with a word of the title"
        );
        run(
            &app,
            vec![Command::CorrectCase {
                case: case(2),
                changes: CaseCorrection {
                    title: Some("Semesterplanering".into()),
                    ..CaseCorrection::default()
                },
                reason: "Fel rubrik".into(),
            }],
        );
        model.catch_up(app.store()).expect("catches up");
        assert!(
            text(&model, "schemaläggning").is_empty(),
            "the old title no longer finds it"
        );
        assert_eq!(text(&model, "semester"), ["FG 2025:2"]);
    }

    /// FG meets 14 January, 11 February and 11 March. In January FG 2025:1 and FG 2025:2 go on
    /// the balance list; in February FG 2025:2 comes off it and the new FG 2025:3 goes on; in
    /// March FG 2025:1 is answered and closed, which takes it off the list.
    fn balance_world() -> App<MemoryStore> {
        let app = app();
        run(
            &app,
            vec![
                create_forum(forum(), "FG", &["Kommunal", "Vision"]),
                create_forum(lsg(), "LSG", &["Kommunal", "SSR"]),
                schedule(1, date(2025, 1, 14)),
                schedule(2, date(2025, 2, 11)),
                schedule(3, date(2025, 3, 11)),
                schedule_in(lsg(), 10, date(2025, 2, 1)),
                question(1, 1, "Kommunal", "Arbetsgivaren", "Bemanning i sommar"),
                to_list(1, 1),
                question(2, 1, "Vision", "Arbetsgivaren", "Parkering"),
                to_list(2, 1),
            ],
        );
        run(
            &app,
            vec![
                Command::RemoveFromBalanceList {
                    case: case(2),
                    meeting: Some(meeting(2)),
                    note: Some("Besvarad".into()),
                },
                question(3, 2, "Kommunal", "Arbetsgivaren", "Sjukfrånvaro"),
                to_list(3, 2),
                answer(1, 3, "Bemanningen är klar."),
                close(1, 3, Resolution::Answered),
            ],
        );
        app
    }

    #[test]
    fn the_balance_list_after_a_meeting_shows_what_changed_since_the_previous_one() {
        let app = balance_world();
        let after = balance_list_at_meeting(app.store(), forum(), meeting(2), BeforeOrAfter::After)
            .expect("a meeting of the forum");
        let listed: Vec<String> = after.cases.iter().map(|e| e.number.to_string()).collect();
        assert_eq!(listed, ["FG 2025:1", "FG 2025:3"]);
        assert_eq!(after.meeting.date, date(2025, 2, 11));
        assert_eq!(
            after.previous_meeting.as_ref().map(|m| m.id),
            Some(meeting(1))
        );
        assert_eq!(after.added, [case(3)]);
        assert_eq!(after.removed, [case(2)]);
        assert_eq!(after.carried_over, [case(1)]);

        let before =
            balance_list_at_meeting(app.store(), forum(), meeting(2), BeforeOrAfter::Before)
                .expect("a meeting of the forum");
        let listed: Vec<String> = before.cases.iter().map(|e| e.number.to_string()).collect();
        assert_eq!(
            listed,
            ["FG 2025:1", "FG 2025:2"],
            "what the meeting was to review"
        );
        assert!(before.added.is_empty() && before.removed.is_empty());
        assert_eq!(before.carried_over, [case(1), case(2)]);

        let march = balance_list_at_meeting(app.store(), forum(), meeting(3), BeforeOrAfter::After)
            .expect("a meeting of the forum");
        assert_eq!(march.cases.len(), 1);
        assert_eq!(march.removed, [case(1)], "closed, so off the list");
        assert_eq!(march.carried_over, [case(3)]);

        let first = balance_list_at_meeting(app.store(), forum(), meeting(1), BeforeOrAfter::After)
            .expect("a meeting of the forum");
        assert_eq!(first.previous_meeting, None);
        assert_eq!(first.added, [case(1), case(2)], "no earlier list: all new");
        let before_first =
            balance_list_at_meeting(app.store(), forum(), meeting(1), BeforeOrAfter::Before)
                .expect("a meeting of the forum");
        assert!(before_first.cases.is_empty());

        let now = ReadModel::load(app.store()).expect("loads");
        assert_eq!(numbers(&now.balance_list(forum())), ["FG 2025:3"]);
        assert!(now.balance_list(lsg()).is_empty());
        let in_february =
            ReadModel::load_until(app.store(), Some(end_of_day(date(2025, 2, 20)))).expect("loads");
        assert_eq!(
            numbers(&in_february.balance_list(forum())),
            ["FG 2025:1", "FG 2025:3"]
        );
    }

    #[test]
    fn the_balance_list_of_an_unknown_meeting_or_another_forums_meeting_is_refused() {
        let app = balance_world();
        let unknown =
            balance_list_at_meeting(app.store(), forum(), meeting(99), BeforeOrAfter::After);
        assert!(matches!(unknown, Err(QueryError::UnknownMeeting(m)) if m == meeting(99)));
        let other =
            balance_list_at_meeting(app.store(), forum(), meeting(10), BeforeOrAfter::After);
        match other {
            Err(error @ QueryError::MeetingOfAnotherForum { .. }) => {
                assert!(error.to_string().contains(&lsg().to_string()), "{error}");
            }
            other => panic!("expected MeetingOfAnotherForum, got {other:?}"),
        }
        let no_forum = ForumId(Ulid::from_parts(1, 99));
        let unknown_forum =
            balance_list_at_meeting(app.store(), no_forum, meeting(1), BeforeOrAfter::After);
        assert!(matches!(unknown_forum, Err(QueryError::UnknownForum(f)) if f == no_forum));
    }

    /// FG met 14 January (held) and meets again 11 February and 11 March. From January: an
    /// unanswered and an answered question, four employer and union promises due on different
    /// days, an open and a closed board matter.
    fn agenda_world() -> App<MemoryStore> {
        let app = app();
        run(
            &app,
            vec![
                create_forum(forum(), "FG", &["Kommunal", "Vision"]),
                schedule(1, date(2025, 1, 14)),
                schedule(2, date(2025, 2, 11)),
                schedule(3, date(2025, 3, 11)),
                Command::HoldMeeting {
                    meeting: meeting(1),
                    chair: None,
                    secretary: None,
                },
                question(1, 1, "Kommunal", "Arbetsgivaren", "Vikarier"),
                to_list(1, 1),
                question(2, 1, "Vision", "Arbetsgivaren", "Friskvård"),
                answer(2, 1, "Bidraget höjs."),
                commitment_case(3, 1, "Uppföljningar"),
                commit(
                    3,
                    1,
                    "Arbetsgivaren",
                    "Redovisa sjuktalen",
                    "senast 2025-01-31",
                ),
                commit(
                    3,
                    1,
                    "Fackliga organisationerna",
                    "Återkomma om friskvården",
                    "nästa förvaltningsgrupp",
                ),
                commit(3, 1, "Arbetsgivaren", "Ny lokalplan", "senast 2025-06-30"),
                commit(
                    3,
                    1,
                    "Arbetsgivaren",
                    "Svara om parkeringen",
                    "senast 2025-02-10",
                ),
                board_matter(4, 1, "Budget 2025", "HÄ 2024/773"),
                board_matter(5, 1, "Delårsrapport", "HÄ 2024/800"),
                close(5, 1, Resolution::Informed),
            ],
        );
        app
    }

    #[test]
    fn the_agenda_carries_open_questions_due_commitments_the_balance_list_and_board_matters() {
        let model = ReadModel::load(agenda_world().store()).expect("loads");
        let agenda = model.agenda(forum(), date(2025, 2, 5));
        assert_eq!(agenda.next_meeting.map(|m| m.id), Some(meeting(2)));
        let questions: Vec<&str> = agenda
            .open_questions
            .iter()
            .map(|q| q.case_title.as_str())
            .collect();
        assert_eq!(
            questions,
            ["Vikarier"],
            "the answered question is not carried"
        );
        let due: Vec<(&str, bool)> = agenda
            .commitments_due
            .iter()
            .map(|c| (c.obligation.what.as_str(), c.overdue))
            .collect();
        assert_eq!(
            due,
            [
                ("Redovisa sjuktalen", true),
                ("Återkomma om friskvården", false),
                ("Svara om parkeringen", false),
            ],
            "overdue, promised for the next meeting, and due before it; not the June one"
        );
        assert_eq!(numbers(&agenda.balance_list), ["FG 2025:1"]);
        assert_eq!(
            numbers(&agenda.board_matters_awaiting_outcome),
            ["FG 2025:4"],
            "the informed board matter has its outcome"
        );
    }

    #[test]
    fn the_agenda_skips_held_meetings_and_has_no_meeting_when_none_is_scheduled() {
        let model = ReadModel::load(agenda_world().store()).expect("loads");
        let on_the_day = model.agenda(forum(), date(2025, 1, 14));
        assert_eq!(
            on_the_day.next_meeting.map(|m| m.id),
            Some(meeting(2)),
            "the meeting of today is held already"
        );
        let later = model.agenda(forum(), date(2025, 4, 1));
        assert_eq!(later.next_meeting, None);
        let due: Vec<&str> = later
            .commitments_due
            .iter()
            .map(|c| c.obligation.what.as_str())
            .collect();
        assert_eq!(
            due,
            [
                "Redovisa sjuktalen",
                "Återkomma om friskvården",
                "Svara om parkeringen"
            ],
            "all overdue by April; the June one is not due yet"
        );
    }

    /// FG meets 14 January, 11 February, 11 March and 8 April. Three of Kommunal's January
    /// questions are answered after 0, 28 and 56 days; a fourth is unanswered, and the employer's
    /// promise on it is renewed twice, once to a later date. An employer promise made in January
    /// is kept in February (28 days). In February the employer asks the unions something they
    /// have not answered.
    fn stats_world() -> App<MemoryStore> {
        let app = app();
        run(
            &app,
            vec![
                create_forum(forum(), "FG", &["Kommunal", "Vision"]),
                schedule(1, date(2025, 1, 14)),
                schedule(2, date(2025, 2, 11)),
                schedule(3, date(2025, 3, 11)),
                schedule(4, date(2025, 4, 8)),
                question(1, 1, "Kommunal", "Arbetsgivaren", "Fråga 1"),
                question(2, 1, "Kommunal", "Arbetsgivaren", "Fråga 2"),
                question(3, 1, "Kommunal", "Arbetsgivaren", "Fråga 3"),
                question(4, 1, "Kommunal", "Arbetsgivaren", "Fråga 4"),
                commit(
                    4,
                    1,
                    "Arbetsgivaren",
                    "Återkomma med svar",
                    "senast 2025-01-31",
                ),
                commitment_case(5, 1, "Rutin för larm"),
                commit(
                    5,
                    1,
                    "Arbetsgivaren",
                    "Ta fram en rutin",
                    "senast 2025-03-31",
                ),
                answer(1, 1, "Svar direkt."),
                answer(2, 2, "Svar i februari."),
                Command::RenewCommitment {
                    case: case(4),
                    commitment: 1,
                    meeting: Some(meeting(2)),
                    due_label: None,
                    due_date: Some(date(2025, 3, 31)),
                    note: Some("Skjuts upp".into()),
                },
                Command::FulfilCommitment {
                    case: case(5),
                    commitment: 1,
                    meeting: Some(meeting(2)),
                    note: None,
                },
                question(
                    6,
                    2,
                    "Arbetsgivaren",
                    "Fackliga organisationerna",
                    "Fråga till facket",
                ),
                answer(3, 3, "Svar i mars."),
                Command::RenewCommitment {
                    case: case(4),
                    commitment: 1,
                    meeting: Some(meeting(3)),
                    due_label: None,
                    due_date: Some(date(2025, 3, 31)),
                    note: Some("Samma datum".into()),
                },
            ],
        );
        app
    }

    #[test]
    fn stats_give_answer_times_counts_and_broken_promises_per_party() {
        let model = ReadModel::load(stats_world().store()).expect("loads");
        let stats = model.stats(Some(forum()), None, None, date(2025, 4, 15));
        let parties: Vec<&Party> = stats.parties.iter().map(|p| &p.party).collect();
        assert_eq!(parties, [&Party::Employer, &Party::AllUnions]);
        let employer = &stats.parties[0];
        assert_eq!(employer.questions.open, 1);
        assert_eq!(employer.questions.answered, 3);
        assert_eq!(
            employer.questions.overdue, 0,
            "the promise to come back on question 4 ran out on 31 March: a late commitment, not a late answer"
        );
        assert_eq!(employer.days_to_answer.samples, 3);
        assert_eq!(employer.days_to_answer.median, Some(28));
        assert_eq!(employer.days_to_answer.p90, Some(56));
        assert_eq!(employer.commitments.open, 1);
        assert_eq!(employer.commitments.fulfilled, 1);
        assert_eq!(employer.commitments.overdue, 1);
        assert_eq!(employer.days_to_fulfil.median, Some(28));
        assert_eq!(employer.broken_promises.renewals, 2);
        assert_eq!(
            employer.broken_promises.postponements, 1,
            "renewed once to a later date and once to the same"
        );
        assert_eq!(
            employer.broken_promises.meetings_waited, 3,
            "question 4 has waited through February, March and April"
        );

        let unions = &stats.parties[1];
        assert_eq!(unions.questions.open, 1);
        assert_eq!(unions.questions.answered, 0);
        assert_eq!(unions.days_to_answer.samples, 0);
        assert_eq!(unions.days_to_answer.median, None);
        assert_eq!(unions.days_to_answer.p90, None);
        assert_eq!(unions.broken_promises.meetings_waited, 2);

        let waiting: Vec<(String, u32, Vec<Party>)> = stats
            .waiting
            .iter()
            .map(|w| (w.number.to_string(), w.meetings_waited, w.owed_by.clone()))
            .collect();
        assert_eq!(
            waiting,
            [
                ("FG 2025:4".to_string(), 3, vec![Party::Employer]),
                ("FG 2025:6".to_string(), 2, vec![Party::AllUnions]),
            ]
        );
    }

    /// The durations alone ([`ReadModel::days_by_party`]): over everything from what the model
    /// keeps per party as events are applied, which must be what folding every case gives;
    /// otherwise from the cases. Always the parties and figures of `stats`.
    fn assert_days_as_stats(model: &ReadModel, forums: &[ForumId]) -> usize {
        let as_of = date(2025, 4, 15);
        assert_eq!(
            model.days_by_party(None, None, None),
            model.days_by_party(None, Some(Date::MIN), None),
            "kept as events are applied, and folded from every case"
        );
        let mut choices = vec![
            (None, None, None),
            (None, Some(date(2025, 2, 1)), None),
            (None, None, Some(date(2025, 1, 31))),
        ];
        for &forum in forums {
            choices.push((Some(forum), None, None));
            choices.push((Some(forum), Some(date(2020, 1, 1)), Some(date(2022, 6, 30))));
        }
        let mut compared = 0;
        for (forum, from, to) in choices {
            let stats = model.stats(forum, from, to, as_of);
            let expected: Vec<balans_read::PartyDaysSummary> = stats
                .parties
                .into_iter()
                .map(|p| balans_read::PartyDaysSummary {
                    party: p.party,
                    days_to_answer: p.days_to_answer,
                    days_to_fulfil: p.days_to_fulfil,
                })
                .collect();
            assert_eq!(
                model.days_by_party(forum, from, to),
                expected,
                "{forum:?} from {from:?} to {to:?}"
            );
            compared += expected.len();
        }
        compared
    }

    #[test]
    fn durations_alone_are_those_of_the_whole_statistics_through_corrections() {
        let app = stats_world();
        let model = ReadModel::load(app.store()).expect("loads");
        assert_days_as_stats(&model, &[forum(), lsg()]);
        let everything = model.days_by_party(None, None, None);
        assert_eq!(everything[0].party, Party::Employer);
        assert_eq!(everything[0].days_to_answer.median, Some(28));
        assert_eq!(everything[0].days_to_fulfil.samples, 1);

        // Question 3 (answered after 56 days) was put to the wrong party: it moves to Vision.
        run(
            &app,
            vec![Command::CorrectCase {
                case: case(3),
                changes: CaseCorrection {
                    addressed_to: Some(party("Vision")),
                    ..CaseCorrection::default()
                },
                reason: "Fel mottagare".into(),
            }],
        );
        let model = ReadModel::load(app.store()).expect("loads");
        assert_days_as_stats(&model, &[forum()]);
        let everything = model.days_by_party(None, None, None);
        let vision = everything
            .iter()
            .find(|p| p.party == party("Vision"))
            .expect("Vision is asked now");
        assert_eq!(vision.days_to_answer.median, Some(56));
        assert_eq!(everything[0].days_to_answer.samples, 2);
        assert_eq!(everything[0].days_to_answer.p90, Some(28));

        let generated = App::new(MemoryStore::new());
        balans_gen::generate_into(&generated, balans_gen::Options::new(6_000, 3), |_| {})
            .expect("generated");
        let model = ReadModel::load(generated.store()).expect("loads");
        let forums: Vec<ForumId> = model.forums.keys().take(3).copied().collect();
        assert!(assert_days_as_stats(&model, &forums) > 10);
    }

    #[test]
    fn stats_count_only_cases_opened_in_the_period_and_the_meetings_up_to_the_date() {
        let model = ReadModel::load(stats_world().store()).expect("loads");
        let february_on = model.stats(
            Some(forum()),
            Some(date(2025, 2, 1)),
            None,
            date(2025, 4, 15),
        );
        let parties: Vec<&Party> = february_on.parties.iter().map(|p| &p.party).collect();
        assert_eq!(parties, [&Party::AllUnions], "January's cases are left out");
        let january = model.stats(None, None, Some(date(2025, 1, 31)), date(2025, 4, 15));
        assert_eq!(january.parties[0].party, Party::Employer);
        assert_eq!(january.parties.len(), 1);
        let in_march = model.stats(Some(forum()), None, None, date(2025, 3, 20));
        let employer = &in_march.parties[0];
        assert_eq!(
            employer.broken_promises.meetings_waited, 2,
            "April is yet to come"
        );
        assert_eq!(employer.commitments.overdue, 0, "due 31 March");
        let other_forum = model.stats(Some(lsg()), None, None, date(2025, 4, 15));
        assert!(other_forum.parties.is_empty() && other_forum.waiting.is_empty());
    }
}

mod snapshots {
    use super::*;
    use balans_read::snapshot::{self, Origin};

    /// The seeded log, its model, and a snapshot of that model saved in a temporary directory
    /// (kept alive by the returned guard).
    fn seeded_with_snapshot() -> (
        tempfile::TempDir,
        std::path::PathBuf,
        App<MemoryStore>,
        ReadModel,
    ) {
        let dir = tempfile::tempdir().expect("temporary directory");
        let path = snapshot::path_for(dir.path());
        let app = seeded();
        let model = ReadModel::load(app.store()).expect("loads");
        snapshot::save(&model, app.store(), &path).expect("saved");
        (dir, path, app, model)
    }

    /// More of the seeded forum's life: a second meeting where the question is followed up and
    /// the unions' promise is kept, and a new question that stays open.
    fn second_meeting(app: &App<MemoryStore>) {
        run(
            app,
            vec![
                schedule(2, date(2025, 2, 11)),
                Command::AskFollowUp {
                    case: case(1),
                    meeting: Some(meeting(2)),
                    by: party("SSR"),
                    text: "Hur går arbetet med planerna?".into(),
                },
                Command::FulfilCommitment {
                    case: case(2),
                    meeting: Some(meeting(2)),
                    commitment: 1,
                    note: Some("Klart".into()),
                },
                Command::RaiseQuestion {
                    case: case(3),
                    forum: forum(),
                    meeting: Some(meeting(2)),
                    section: Some("5".into()),
                    title: "Arbetsmiljöverkets inspektion".into(),
                    text: "När kommer rapporten?".into(),
                    raised_by: party("Vision"),
                    asked_by: None,
                    addressed_to: Party::Employer,
                    pre_registered: false,
                    carried_over: false,
                },
            ],
        );
    }

    #[test]
    fn a_snapshot_and_the_events_after_it_fold_to_the_same_model_as_the_whole_log() {
        let dir = tempfile::tempdir().expect("temporary directory");
        let path = snapshot::path_for(dir.path());
        let app = seeded();
        let model = ReadModel::load(app.store()).expect("loads");
        let saved = snapshot::save(&model, app.store(), &path).expect("saved");
        assert_eq!(saved.position, model.position);
        second_meeting(&app);

        let loaded = snapshot::load(app.store(), &path).expect("loads");
        let rebuilt = ReadModel::load(app.store()).expect("rebuilds");
        assert_eq!(
            loaded.origin,
            Origin::Snapshot {
                position: saved.position,
                caught_up: rebuilt.position - saved.position,
            }
        );
        assert!(rebuilt.position > saved.position);
        assert_eq!(loaded.model, rebuilt);
        // And what a user sees is the same: the new question is open and owed.
        assert_eq!(
            owed_by(&loaded.model, "Arbetsgivaren", date(2025, 2, 12)),
            owed_by(&rebuilt, "Arbetsgivaren", date(2025, 2, 12))
        );
    }

    #[test]
    fn no_snapshot_means_a_rebuild_that_says_why() {
        let dir = tempfile::tempdir().expect("temporary directory");
        let app = seeded();
        let loaded = snapshot::load(app.store(), &snapshot::path_for(dir.path())).expect("loads");
        let Origin::Rebuilt { reason } = loaded.origin else {
            panic!("there was no snapshot to load");
        };
        assert!(reason.contains("no snapshot"), "{reason}");
        assert_eq!(
            loaded.model,
            ReadModel::load(app.store()).expect("rebuilds")
        );
    }

    #[test]
    fn a_written_snapshot_replaces_the_old_one_only_when_committed() {
        let (dir, path, app, older) = seeded_with_snapshot();
        run(&app, vec![schedule(2, date(2025, 2, 11))]);
        let newer = ReadModel::load(app.store()).expect("loads");
        assert!(newer.position > older.position);

        let written = snapshot::write(&newer, app.store(), &path).expect("written");
        let before_commit = snapshot::load(app.store(), &path).expect("loads");
        assert_eq!(
            before_commit.origin,
            Origin::Snapshot {
                position: older.position,
                caught_up: newer.position - older.position
            },
            "until committed, the old snapshot is the one in place"
        );
        let saved = written.commit().expect("committed");
        assert_eq!(saved.position, newer.position);
        let after_commit = snapshot::load(app.store(), &path).expect("loads");
        assert_eq!(
            after_commit.origin,
            Origin::Snapshot {
                position: newer.position,
                caught_up: 0
            }
        );
        assert_eq!(after_commit.model, newer);
        let files = std::fs::read_dir(dir.path()).expect("listed").count();
        assert_eq!(files, 1, "no temporary file is left behind");
    }

    #[test]
    fn a_damaged_snapshot_is_ignored_and_left_for_a_rebuild() {
        let (_dir, path, app, model) = seeded_with_snapshot();
        let mut bytes = std::fs::read(&path).expect("read");
        let middle = bytes.len() / 2;
        bytes[middle] ^= 0x55;
        std::fs::write(&path, &bytes).expect("written");

        let loaded = snapshot::load(app.store(), &path).expect("loads");
        let Origin::Rebuilt { reason } = loaded.origin else {
            panic!("a damaged snapshot was used");
        };
        assert!(
            reason.contains("damaged") || reason.contains("decode"),
            "{reason}"
        );
        assert_eq!(loaded.model, model);

        std::fs::write(&path, &bytes[..bytes.len() - 5]).expect("written");
        let cut = snapshot::load(app.store(), &path).expect("loads");
        assert!(matches!(cut.origin, Origin::Rebuilt { .. }));
        assert_eq!(cut.model, model);
    }

    #[test]
    fn a_snapshot_of_another_history_is_not_used() {
        let (_dir, path, _first, _model) = seeded_with_snapshot();

        // The same commands recorded again: the same positions, but other event ids.
        let other = seeded();
        let loaded = snapshot::load(other.store(), &path).expect("loads");
        let Origin::Rebuilt { reason } = loaded.origin else {
            panic!("another database's snapshot was used");
        };
        assert!(reason.contains("another history"), "{reason}");

        // A log shorter than the snapshot (say, restored from an older backup) is refused too.
        let short = app();
        run(
            &short,
            vec![Command::CreateForum {
                forum: forum(),
                organization: "Stadsdelsförvaltningen".into(),
                name: "Förvaltningsgrupp".into(),
                code: "FG".into(),
                unions: vec![party("Kommunal")],
            }],
        );
        let loaded = snapshot::load(short.store(), &path).expect("loads");
        let Origin::Rebuilt { reason } = loaded.origin else {
            panic!("a snapshot past the end of the log was used");
        };
        assert!(reason.contains("ends before"), "{reason}");
        assert_eq!(loaded.model.position, 1);
    }

    /// The checked-in snapshot of the version 1 log, in the current [`snapshot::FORMAT`].
    const FIXTURE: &str = "../../tests/fixtures/read-model.snapshot";

    /// Fails when the read model's shape or folding changed without a new snapshot format:
    /// snapshots written by the previous build would otherwise be trusted and be wrong.
    #[test]
    fn snapshot_fixture_still_folds_the_same() {
        let events = super::log_v1();
        let mut model = ReadModel::default();
        for event in &events {
            model.apply(event).expect("applies");
        }
        let fixture = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(FIXTURE);
        if std::env::var_os("UPDATE_EXPECT").is_some() {
            std::fs::write(&fixture, snapshot::encode_model(&model).expect("encodes"))
                .expect("written");
        }
        let bytes = std::fs::read(&fixture).expect("the fixture exists");
        let stored = snapshot::decode_model(&bytes).unwrap_or_else(|error| {
            panic!(
                "the read model changed shape ({error}): bump balans_read::snapshot::FORMAT, then \
                 rewrite the fixture with UPDATE_EXPECT=1 cargo test -p balans-read"
            )
        });
        assert!(
            stored == model,
            "the read model folds the v1 log differently from format {}: bump \
             balans_read::snapshot::FORMAT, then rewrite the fixture with UPDATE_EXPECT=1 \
             cargo test -p balans-read",
            stored_format(&bytes)
        );
        assert_eq!(
            stored_format(&bytes),
            snapshot::FORMAT,
            "the fixture is from another format: rewrite it with UPDATE_EXPECT=1 cargo test -p balans-read"
        );
    }

    fn stored_format(bytes: &[u8]) -> u32 {
        u32::from_le_bytes(bytes[..4].try_into().expect("four bytes"))
    }
}

/// Who owes what the slow way: every obligation of every case, filtered by party and forum,
/// oldest first and by case number (ties in case and list order).
fn owed_by_scanning(
    model: &ReadModel,
    filter: &ObligationFilter,
) -> Vec<(CaseId, ObligationKind, Option<u32>)> {
    let mut owed: Vec<(Date, CaseNumber, Obligation)> = Vec::new();
    for view in model.cases.values() {
        let case = &view.state;
        if filter.forum.is_some_and(|forum| forum != case.forum) {
            continue;
        }
        for obligation in case.obligations() {
            let party_ok = filter
                .owed_by
                .as_ref()
                .is_none_or(|asked| model.party_matches(case.forum, &obligation.party, asked));
            let to_ok = filter.owed_to.as_ref().is_none_or(|asked| {
                obligation
                    .to
                    .as_ref()
                    .is_some_and(|to| model.party_matches(case.forum, to, asked))
            });
            if party_ok && to_ok {
                owed.push((obligation.since.on, case.number.clone(), obligation));
            }
        }
    }
    owed.sort_by(|a, b| (a.0, &a.1).cmp(&(b.0, &b.1)));
    owed.into_iter()
        .map(|(_, _, o)| (o.case, o.kind, o.commitment))
        .collect()
}

#[test]
fn every_page_of_who_owes_what_is_a_slice_of_the_whole_list_kept_in_order_as_cases_move() {
    let app = App::new(MemoryStore::new());
    balans_gen::generate_into(&app, balans_gen::Options::new(6_000, 5), |_| {}).expect("generated");
    let model = ReadModel::load(app.store()).expect("loads");
    let forums: Vec<ForumId> = model.forums.keys().copied().take(2).collect();
    let as_of = date(2026, 1, 1);
    let mut filters = vec![ObligationFilter::default()];
    for name in [
        "Arbetsgivaren",
        "Kommunal",
        "Vision",
        "Fackliga organisationerna",
    ] {
        for forum in [None, Some(forums[0]), Some(forums[1])] {
            for overdue in [None, Some(true), Some(false)] {
                filters.push(ObligationFilter {
                    owed_by: Some(party(name)),
                    owed_to: None,
                    forum,
                    overdue,
                });
                filters.push(ObligationFilter {
                    owed_by: None,
                    owed_to: Some(party(name)),
                    forum,
                    overdue,
                });
            }
        }
    }
    let mut seen_long_list = false;
    for filter in &filters {
        let whole = model.obligations(filter, as_of);
        let unjudged = ObligationFilter {
            overdue: None,
            ..filter.clone()
        };
        if filter.overdue.is_none() {
            let listed: Vec<_> = whole
                .iter()
                .map(|item| {
                    (
                        item.obligation.case,
                        item.obligation.kind,
                        item.obligation.commitment,
                    )
                })
                .collect();
            assert_eq!(listed, owed_by_scanning(&model, filter), "{filter:?}");
        } else {
            let mut judged = model.obligations(&unjudged, as_of);
            judged.retain(|item| Some(item.overdue) == filter.overdue);
            assert_eq!(whole, judged, "{filter:?}");
        }
        seen_long_list |= whole.len() > 20;
        let len = whole.len();
        for (skip, first) in [
            (0, 1),
            (0, 20),
            (3, 7),
            (len.saturating_sub(2), 5),
            (len + 5, 5),
        ] {
            let (total, page) = model.obligations_page(filter, as_of, skip, Some(first));
            assert_eq!(total, len, "{filter:?}");
            let end = (skip + first).min(len);
            let expected = whole.get(skip.min(len)..end).unwrap_or(&[]);
            assert_eq!(page, expected, "{filter:?} skip {skip} first {first}");
        }
    }
    assert!(
        seen_long_list,
        "the generated history owes enough to page through"
    );
}

#[test]
fn a_model_pages_behind_the_log_catches_up_to_what_a_rebuild_folds() {
    let app = App::new(MemoryStore::new());
    balans_gen::generate_into(&app, balans_gen::Options::new(12_000, 3), |_| {})
        .expect("generated");
    let rebuilt = ReadModel::load(app.store()).expect("loads");
    assert!(rebuilt.position > 10_000, "more than two pages of the log");
    // The rebuild's pages, read on another thread into reused buffers, fold as the events do
    // one by one.
    let mut one_by_one = ReadModel::default();
    for event in app.store().read_all(1, usize::MAX).expect("reads") {
        one_by_one.apply(&event).expect("applies");
    }
    assert!(one_by_one == rebuilt, "folded one by one");
    // Behind by nearly the whole log (it reads the rest on another thread), and by a little.
    for applied_first in [1_000, rebuilt.position - 10] {
        let mut behind = ReadModel::default();
        for event in app
            .store()
            .read_all(1, applied_first as usize)
            .expect("reads")
        {
            behind.apply(&event).expect("applies");
        }
        assert_eq!(behind.position, applied_first);
        behind.catch_up(app.store()).expect("catches up");
        assert_eq!(behind.position, rebuilt.position);
        assert!(behind == rebuilt, "caught up from {applied_first}");
    }
}

#[test]
fn a_forum_folded_from_its_streams_reads_as_in_a_whole_model_of_then() {
    let app = App::new(MemoryStore::new());
    balans_gen::generate_into(&app, balans_gen::Options::new(6_000, 9), |_| {}).expect("generated");
    let now = ReadModel::load(app.store()).expect("loads");
    let mut compared = 0;
    for forum in now.forums.keys().take(2) {
        let meetings = now.meetings_of(*forum);
        for meeting in meetings.iter().step_by(4) {
            let until = end_of_day(meeting.date);
            let part =
                ReadModel::load_forums_until(app.store(), &now, [*forum], until).expect("folds");
            let whole = ReadModel::load_until(app.store(), Some(until)).expect("folds");
            assert_eq!(part.forums.get(forum), whole.forums.get(forum));
            assert_eq!(part.meetings_of(*forum), whole.meetings_of(*forum));
            let cases = |model: &ReadModel| model.cases_of(*forum).cloned().collect::<Vec<_>>();
            assert_eq!(cases(&part), cases(&whole), "as of {until}");
            let owed = |model: &ReadModel| {
                let filter = ObligationFilter {
                    forum: Some(*forum),
                    ..ObligationFilter::default()
                };
                model.obligations(&filter, meeting.date)
            };
            assert_eq!(owed(&part), owed(&whole));
            let listed = |model: &ReadModel| {
                balans_read::balance_list_at_meeting_in(
                    model,
                    *forum,
                    meeting.id,
                    balans_read::BeforeOrAfter::After,
                )
                .expect("a list")
            };
            assert_eq!(listed(&part), listed(&whole));
            // The live model tells the past list from its cases' moves on and off the list.
            let (live, then) = (listed(&now), listed(&whole));
            let ids = |list: &balans_read::BalanceListAtMeeting| -> Vec<_> {
                list.cases.iter().map(|entry| entry.case).collect()
            };
            assert_eq!(ids(&live), ids(&then), "as of {until}");
            assert_eq!(
                (&live.added, &live.removed, &live.carried_over),
                (&then.added, &then.removed, &then.carried_over)
            );
            // A case's history as each model of then knows it: the events that had happened by
            // then, as many as the model counts, and the same from either model.
            for view in part.cases_of(*forum).step_by(7) {
                let id = view.state.id;
                let history = balans_read::history(app.store(), &view.log).unwrap();
                assert_eq!(
                    history.len() as u64,
                    u64::from(view.version()),
                    "{}",
                    view.state.number
                );
                assert!(history.iter().all(|entry| entry.occurred_at <= until));
                let from_whole = balans_read::history(app.store(), &whole.cases[&id].log).unwrap();
                assert_eq!(history, from_whole);
                // The positions the model keeps are the case's events it applied, as its stream
                // in the log has them.
                let stream = app
                    .store()
                    .read_stream(&balans_store::StreamId::new(id.stream_name()), 1)
                    .unwrap();
                let applied: Vec<u64> = stream
                    .iter()
                    .filter(|e| e.position <= part.position && e.occurred_at <= until)
                    .map(|e| e.position)
                    .collect();
                let positions: Vec<u64> = history.iter().map(|entry| entry.position).collect();
                assert_eq!(positions, applied);
            }
            compared += part.cases_of(*forum).count();
        }
    }
    assert!(compared > 100, "the forums had cases then: {compared}");
}

#[test]
fn every_case_row_owes_what_its_stream_folds_to() {
    use balans_read::snapshot;
    let app = App::new(MemoryStore::new());
    balans_gen::generate_into(&app, balans_gen::Options::new(6_000, 4), |_| {}).expect("generated");
    let rebuilt = ReadModel::load(app.store()).expect("loads");
    let dir = tempfile::tempdir().expect("a temporary directory");
    let path = snapshot::path_for(dir.path());
    snapshot::save(&rebuilt, app.store(), &path).expect("saved");
    let from_snapshot = snapshot::load(app.store(), &path).expect("loads").model;
    assert!(rebuilt.cases.len() > 100, "{} cases", rebuilt.cases.len());
    let mut owing = 0;
    for model in [&rebuilt, &from_snapshot] {
        for (&id, view) in &model.cases {
            let stream = balans_store::StreamId(id.stream_name());
            let whole = app.load_case(id).expect("folds").expect("a case");
            let row = &view.state;
            assert_eq!(
                u64::from(view.version()),
                app.store().stream_version(&stream).expect("a version")
            );
            assert_eq!(row.obligations(), whole.obligations());
            assert_eq!(row.status(), whole.status());
            assert_eq!(&*row.meetings, whole.meetings.as_slice());
            assert_eq!(&*row.title, whole.title.as_str());
            assert_eq!(row.opened.occurrence(), whole.opened);
            owing += usize::from(!whole.obligations().is_empty());
        }
    }
    assert!(owing > 20, "cases that owe something: {owing}");
}

/// The read model's rows and the domain's cases are folded by two `apply`s: random valid
/// histories of a case (what `decide` accepts of random commands) must leave both owing the
/// same, by the one set of who-owes rules.
mod rows_and_states {
    use super::*;
    use balans_read::CaseRow;
    use proptest::prelude::*;

    fn parties() -> [Party; 3] {
        [Party::Employer, Party::AllUnions, party("Kommunal")]
    }

    fn meetings() -> [MeetingState; 2] {
        [(1, date(2025, 1, 14)), (2, date(2025, 3, 11))].map(|(n, on)| {
            evolve_meeting(
                None,
                &Event::MeetingScheduled {
                    meeting: meeting(n),
                    forum: forum(),
                    date: on,
                    time: None,
                    place: None,
                },
            )
            .expect("a meeting")
        })
    }

    /// One command on the case from a few small numbers: which command, and its choices.
    fn command(which: u8, a: u8, b: u8) -> Command {
        let case = case(1);
        let meeting = [None, Some(meeting(1)), Some(meeting(2))][usize::from(a % 3)];
        let party = parties()[usize::from(b % 3)].clone();
        let due = ["nästa möte", "i maj", "2025-09-01", "kommande utbildningar"];
        let commitment = u32::from(a % 3) + 1;
        match which % 14 {
            0 => Command::AnswerQuestion {
                case,
                meeting,
                by: party,
                person: None,
                text: "Svar".into(),
                commitment: b.is_multiple_of(2).then(|| CommitmentSpec {
                    by: Party::Employer,
                    person: Some("Eva".into()),
                    to: None,
                    what: "Återkomma".into(),
                    due_label: Some(due[usize::from(a % 4)].into()),
                    due_date: None,
                }),
            },
            1 => Command::AskFollowUp {
                case,
                meeting,
                by: party,
                text: format!("Följdfråga {b}"),
            },
            2 => Command::MakeCommitment {
                case,
                meeting,
                spec: CommitmentSpec {
                    by: party,
                    person: None,
                    to: Some(Party::AllUnions),
                    what: format!("Löfte {a}"),
                    due_label: Some(due[usize::from(b % 4)].into()),
                    due_date: None,
                },
            },
            3 => Command::RenewCommitment {
                case,
                commitment,
                meeting,
                due_label: Some(due[usize::from(b % 4)].into()),
                due_date: None,
                note: None,
            },
            4 => Command::FulfilCommitment {
                case,
                commitment,
                meeting,
                note: None,
            },
            5 => Command::AddToBalanceList {
                case,
                meeting,
                note: None,
            },
            6 => Command::RemoveFromBalanceList {
                case,
                meeting,
                note: None,
            },
            7 => Command::RecordDiscussion {
                case,
                meeting: meeting.unwrap_or(super::meeting(2)),
                note: None,
            },
            8 => Command::RecordStatement {
                case,
                meeting,
                party,
                kind: StatementKind::Statement,
                text: "Yttrande".into(),
            },
            9 => Command::CloseCase {
                case,
                meeting,
                resolution: [
                    Resolution::Answered,
                    Resolution::Withdrawn,
                    Resolution::Agreed,
                ][usize::from(b % 3)],
                note: None,
            },
            10 => Command::ReopenCase {
                case,
                meeting,
                reason: "Kvarstår".into(),
            },
            11 => Command::CorrectCase {
                case,
                changes: CaseCorrection {
                    addressed_to: Some(party),
                    ..CaseCorrection::default()
                },
                reason: "Fel part".into(),
            },
            12 => Command::CorrectCase {
                case,
                changes: CaseCorrection {
                    title: Some(format!("Rubrik {a}")),
                    raised_by: Some(party),
                    ..CaseCorrection::default()
                },
                reason: "Stavfel".into(),
            },
            _ => Command::AnswerQuestion {
                case,
                meeting,
                by: Party::Employer,
                person: Some("Eva".into()),
                text: "Arbetsgivaren återkommer".into(),
                commitment: None,
            },
        }
    }

    fn opening(kind: u8) -> Command {
        let (case, forum, meeting) = (case(1), forum(), Some(meeting(1)));
        match kind % 3 {
            0 => Command::RaiseQuestion {
                case,
                forum,
                meeting,
                section: None,
                title: "Heltid".into(),
                text: "Text".into(),
                raised_by: party("Kommunal"),
                asked_by: None,
                addressed_to: Party::Employer,
                pre_registered: false,
                carried_over: false,
            },
            1 => Command::OpenCase {
                case,
                forum,
                kind: CaseKind::Commitment,
                meeting,
                section: None,
                title: "Åtagande".into(),
                text: String::new(),
            },
            _ => Command::RegisterBoardMatter {
                case,
                forum,
                meeting,
                section: None,
                title: "Omorganisation".into(),
                text: String::new(),
                registry_number: Some("KS 2025/1".into()),
                mbl: None,
            },
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(256))]
        #[test]
        fn a_row_owes_what_the_domain_case_owes_after_any_valid_history(
            kind in 0u8..3,
            steps in proptest::collection::vec((0u8..14, 0u8..12, 0u8..12), 0..40),
        ) {
            let mut forum_state = evolve_forum(None, &Event::ForumCreated {
                forum: forum(),
                organization: "Stadsdelsförvaltningen".into(),
                name: "Förvaltningsgrupp".into(),
                code: "FG".into(),
                unions: vec![party("Kommunal")],
            });
            let meetings = meetings();
            let context = Context { today: date(2025, 6, 1) };
            let (mut whole, mut row): (Option<CaseState>, Option<CaseRow>) = (None, None);
            let commands = std::iter::once(opening(kind))
                .chain(steps.iter().map(|&(which, a, b)| command(which, a, b)));
            for command in commands {
                let touches = command.touches();
                let state = State {
                    forum: forum_state.clone(),
                    meeting: touches
                        .meeting
                        .and_then(|id| meetings.iter().find(|m| m.id == id).cloned()),
                    case: whole.clone(),
                    origin_meeting: whole
                        .as_ref()
                        .and_then(|c| c.opened.meeting)
                        .and_then(|id| meetings.iter().find(|m| m.id == id).cloned()),
                };
                // A refused command changes nothing: the history stays valid.
                let Ok(events) = decide(&state, command, &context) else {
                    continue;
                };
                for event in &events {
                    match event.stream() {
                        StreamRef::Case(_) => {
                            whole = evolve_case(whole, event);
                            row = CaseRow::apply(row, event);
                        }
                        StreamRef::Forum(_) => forum_state = evolve_forum(forum_state, event),
                        StreamRef::Meeting(_) => {}
                    }
                }
                let (whole, row) = (whole.as_ref().expect("opened"), row.as_ref().expect("opened"));
                prop_assert_eq!(row.obligations(), whole.obligations());
                prop_assert_eq!(row.status(), whole.status());
                prop_assert_eq!(&*row.meetings, whole.meetings.as_slice());
                prop_assert_eq!(row.answers.len(), whole.answers.len());
            }
        }
    }
}

/// Eleven case views and their ids fill a node of the model's map of cases: at 352 bytes a view,
/// 4,064 bytes, within the allocator's 4 KiB size class (see `ListMoves` and `CaseLog`).
#[test]
fn a_case_view_stays_within_352_bytes() {
    assert!(
        std::mem::size_of::<balans_read::CaseView>() <= 352,
        "{} bytes",
        std::mem::size_of::<balans_read::CaseView>()
    );
}

/// The model keeps a case's positions in 32 bits: a log past 2^32 events is refused with an
/// error that says so, not folded with wrong positions.
#[test]
fn a_case_event_past_position_2_pow_32_is_refused_by_name() {
    let events = log_v1();
    let mut model = ReadModel::default();
    let mut refused = None;
    for mut event in events.iter().cloned() {
        event.position += 1 << 32;
        if let Err(error) = model.apply(&event) {
            refused = Some((event.stream.as_str().to_string(), error.to_string()));
            break;
        }
    }
    let (stream, error) = refused.expect("a case event is refused");
    assert!(stream.starts_with("case-"), "{stream}");
    assert!(error.contains("2^32"), "{error}");

    // A case the model holds is left as it was when a later event of it is refused.
    let mut model = ReadModel::default();
    for event in &events {
        model.apply(event).expect("applies");
    }
    let mut beyond = events
        .iter()
        .rev()
        .find(|e| e.stream.as_str().starts_with("case-"))
        .expect("a case event")
        .clone();
    beyond.position = events.len() as u64 + 1 + (1 << 32);
    let before = model.clone();
    assert!(model.apply(&beyond).is_err());
    assert_eq!(model, before, "nothing of the model changed");
}
