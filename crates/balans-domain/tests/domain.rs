//! Given/when/then tests of the domain: one per rule, and one per fact the seed protocols taught us.

use std::collections::HashMap;

use balans_domain::*;
use jiff::civil::{Date, date};
use ulid::Ulid;

// ---------- the harness: given(events).when(command).then(events | error) ----------

#[derive(Default)]
struct World {
    forums: HashMap<ForumId, ForumState>,
    meetings: HashMap<MeetingId, MeetingState>,
    cases: HashMap<CaseId, CaseState>,
}

impl World {
    fn apply(&mut self, event: &Event) {
        match event.stream() {
            StreamRef::Forum(id) => {
                if let Some(s) = evolve_forum(self.forums.remove(&id), event) {
                    self.forums.insert(id, s);
                }
            }
            StreamRef::Meeting(id) => {
                if let Some(s) = evolve_meeting(self.meetings.remove(&id), event) {
                    self.meetings.insert(id, s);
                }
            }
            StreamRef::Case(id) => {
                if let Some(s) = evolve_case(self.cases.remove(&id), event) {
                    self.cases.insert(id, s);
                }
            }
        }
    }

    fn state_for(&self, command: &Command) -> State {
        let touches = command.touches();
        let case = touches.case.and_then(|id| self.cases.get(&id).cloned());
        let origin_meeting = case
            .as_ref()
            .and_then(|c| c.opened.meeting)
            .and_then(|id| self.meetings.get(&id).cloned());
        State {
            forum: touches.forum.and_then(|id| self.forums.get(&id).cloned()),
            meeting: touches
                .meeting
                .and_then(|id| self.meetings.get(&id).cloned()),
            case,
            origin_meeting,
        }
    }
}

struct Given {
    world: World,
    today: Date,
}

fn given(events: impl IntoIterator<Item = Event>) -> Given {
    let mut world = World::default();
    for event in events {
        world.apply(&event);
    }
    Given {
        world,
        today: date(2025, 6, 1),
    }
}

struct Then {
    world: World,
    result: Result<Vec<Event>, DomainError>,
}

impl Given {
    fn when(mut self, command: Command) -> Then {
        let state = self.world.state_for(&command);
        let result = decide(&state, command, &Context { today: self.today });
        if let Ok(events) = &result {
            for event in events {
                self.world.apply(event);
            }
        }
        Then {
            world: self.world,
            result,
        }
    }
}

impl Then {
    #[track_caller]
    fn then(self, expected: Vec<Event>) -> World {
        assert_eq!(self.result, Ok(expected));
        self.world
    }
    #[track_caller]
    fn then_error(self, expected: DomainError) {
        assert_eq!(self.result, Err(expected));
    }
    #[track_caller]
    fn world(self) -> World {
        if let Err(error) = &self.result {
            panic!("the command was refused: {error}");
        }
        self.world
    }
}

// ---------- fixtures ----------

fn forum() -> ForumId {
    ForumId(Ulid::from_parts(1, 1))
}
fn other_forum() -> ForumId {
    ForumId(Ulid::from_parts(1, 2))
}
fn meeting(n: u128) -> MeetingId {
    MeetingId(Ulid::from_parts(2, n))
}
fn case(n: u128) -> CaseId {
    CaseId(Ulid::from_parts(3, n))
}
fn party(name: &str) -> Party {
    Party::parse(name).expect("a party name")
}
fn number(year: i16, sequence: u32) -> CaseNumber {
    CaseNumber {
        forum_code: "FG".into(),
        year,
        sequence,
    }
}
fn at(m: u128, on: Date) -> Occurrence {
    Occurrence {
        meeting: Some(meeting(m)),
        on,
    }
}

const JAN_14: Date = date(2025, 1, 14);
const MAR_11: Date = date(2025, 3, 11);

fn forum_created() -> Event {
    Event::ForumCreated {
        forum: forum(),
        organization: "Stadsdelsförvaltningen".into(),
        name: "Förvaltningsgrupp".into(),
        code: "FG".into(),
        unions: vec![
            party("Kommunal"),
            party("Vision"),
            party("Akademikerförbundet SSR"),
        ],
    }
}

fn scheduled(m: u128, on: Date) -> Event {
    Event::MeetingScheduled {
        meeting: meeting(m),
        forum: forum(),
        date: on,
        time: None,
        place: None,
    }
}

fn held(m: u128) -> Event {
    Event::MeetingHeld {
        meeting: meeting(m),
        chair: None,
        secretary: None,
    }
}

fn raise(c: u128, m: u128) -> Command {
    Command::RaiseQuestion {
        case: case(c),
        forum: forum(),
        meeting: Some(meeting(m)),
        section: Some("12".into()),
        title: "Friskfaktorer".into(),
        text: "Vilka är stadsdelens friskfaktorer?".into(),
        raised_by: party("Kommunal"),
        asked_by: None,
        addressed_to: party("Arbetsgivaren"),
        pre_registered: true,
        carried_over: false,
    }
}

/// The events of a question raised as case `c` at meeting 1 (2025-01-14), number `seq`.
fn question_raised(c: u128, seq: u32) -> Vec<Event> {
    vec![
        Event::CaseNumbered {
            forum: forum(),
            case: case(c),
            number: number(2025, seq),
        },
        Event::CaseOpened {
            case: case(c),
            forum: forum(),
            number: number(2025, seq),
            kind: CaseKind::Question,
            section: Some("12".into()),
            title: "Friskfaktorer".into(),
            text: "Vilka är stadsdelens friskfaktorer?".into(),
            at: at(1, JAN_14),
        },
        Event::QuestionRaised {
            case: case(c),
            raised_by: party("Kommunal"),
            asked_by: None,
            addressed_to: party("Arbetsgivaren"),
            pre_registered: true,
            carried_over: false,
            at: at(1, JAN_14),
        },
    ]
}

fn two_meetings() -> Vec<Event> {
    vec![forum_created(), scheduled(1, JAN_14), scheduled(2, MAR_11)]
}

fn with_question() -> Vec<Event> {
    let mut events = two_meetings();
    events.extend(question_raised(1, 1));
    events
}

fn fulfil(c: u128, commitment: u32, m: u128) -> Command {
    Command::FulfilCommitment {
        case: case(c),
        commitment,
        meeting: Some(meeting(m)),
        note: None,
    }
}

fn answer(c: u128, m: u128) -> Command {
    Command::AnswerQuestion {
        case: case(c),
        meeting: Some(meeting(m)),
        by: party("Arbetsgivaren"),
        person: None,
        text: "Suntarbetslivs friskfaktorer.".into(),
        commitment: None,
    }
}

fn commit(c: u128, m: u128, by: &str, label: Option<&str>, due_date: Option<Date>) -> Command {
    Command::MakeCommitment {
        case: case(c),
        meeting: Some(meeting(m)),
        spec: CommitmentSpec {
            by: party(by),
            person: None,
            to: Some(party("Kommunal")),
            what: "Återkomma med planerna".into(),
            due_label: label.map(str::to_string),
            due_date,
        },
    }
}

fn case_state(world: &World, c: u128) -> &CaseState {
    world.cases.get(&case(c)).expect("the case exists")
}

// ---------- forums and meetings ----------

#[test]
fn creating_a_forum_twice_is_refused() {
    given([forum_created()])
        .when(Command::CreateForum {
            forum: forum(),
            organization: "X".into(),
            name: "Y".into(),
            code: "FG".into(),
            unions: vec![],
        })
        .then_error(DomainError::ForumExists(forum()));
}

#[test]
fn a_forum_needs_a_name() {
    given([])
        .when(Command::CreateForum {
            forum: forum(),
            organization: "Socialförvaltningen".into(),
            name: "  ".into(),
            code: "FG".into(),
            unions: vec![],
        })
        .then_error(DomainError::EmptyField { field: "name" });
}

#[test]
fn a_meeting_needs_a_known_forum() {
    given([])
        .when(Command::ScheduleMeeting {
            meeting: meeting(1),
            forum: forum(),
            date: JAN_14,
            time: None,
            place: Some("Paddan".into()),
        })
        .then_error(DomainError::UnknownForum(forum()));
}

#[test]
fn a_held_meeting_cannot_be_rescheduled() {
    given([forum_created(), scheduled(1, JAN_14), held(1)])
        .when(Command::RescheduleMeeting {
            meeting: meeting(1),
            date: MAR_11,
            time: None,
            place: None,
        })
        .then_error(DomainError::MeetingAlreadyHeld(meeting(1)));
}

#[test]
fn minutes_are_approved_after_the_meeting_and_published_after_approval() {
    given([forum_created(), scheduled(1, JAN_14)])
        .when(Command::ApproveMinutes {
            meeting: meeting(1),
            by: vec!["Lars Wennberg".into()],
            on: date(2025, 1, 17),
        })
        .then_error(DomainError::MeetingNotHeld(meeting(1)));
    given([forum_created(), scheduled(1, JAN_14), held(1)])
        .when(Command::PublishMinutes {
            meeting: meeting(1),
            on: date(2025, 1, 20),
        })
        .then_error(DomainError::MinutesNotApproved(meeting(1)));
}

#[test]
fn an_approval_deadline_before_the_meeting_is_refused() {
    given([forum_created(), scheduled(1, JAN_14)])
        .when(Command::AppointApprovers {
            meeting: meeting(1),
            approvers: vec![Approver {
                name: Some("Carl Korch".into()),
                party: party("SACO"),
            }],
            deadline: Some(date(2025, 1, 10)),
            comments_deadline: None,
        })
        .then_error(DomainError::DeadlineBeforeMeeting {
            deadline: date(2025, 1, 10),
            meeting_date: JAN_14,
        });
}

// ---------- cases, numbers, bad input ----------

#[test]
fn raising_a_question_numbers_the_case_per_forum_and_year() {
    let world = given(two_meetings())
        .when(raise(1, 1))
        .then(question_raised(1, 1));
    let second = raise(2, 1);
    let mut events = two_meetings();
    events.extend(question_raised(1, 1));
    let numbered = given(events).when(second).world();
    assert_eq!(case_state(&numbered, 2).number.to_string(), "FG 2025:2");
    assert_eq!(case_state(&world, 1).number.to_string(), "FG 2025:1");
}

#[test]
fn case_numbers_start_again_each_year() {
    let mut events = with_question();
    events.push(scheduled(3, date(2026, 1, 20)));
    let world = given(events).when(raise(2, 3)).world();
    assert_eq!(case_state(&world, 2).number.to_string(), "FG 2026:1");
}

#[test]
fn a_case_needs_a_title() {
    let mut command = raise(1, 1);
    if let Command::RaiseQuestion { title, .. } = &mut command {
        *title = " ".into();
    }
    given(two_meetings())
        .when(command)
        .then_error(DomainError::EmptyField { field: "title" });
}

#[test]
fn a_case_at_an_unknown_meeting_is_refused() {
    given([forum_created()])
        .when(raise(1, 9))
        .then_error(DomainError::UnknownMeeting(meeting(9)));
}

#[test]
fn a_meeting_of_another_forum_is_refused() {
    let mut events = two_meetings();
    events.push(Event::ForumCreated {
        forum: other_forum(),
        organization: "Socialförvaltningen".into(),
        name: "LSG".into(),
        code: "LSG".into(),
        unions: vec![],
    });
    let mut command = raise(1, 1);
    if let Command::RaiseQuestion { forum, .. } = &mut command {
        *forum = other_forum();
    }
    given(events)
        .when(command)
        .then_error(DomainError::MeetingOfAnotherForum {
            meeting: meeting(1),
            forum: other_forum(),
        });
}

#[test]
fn the_same_case_cannot_be_opened_twice() {
    given(with_question())
        .when(raise(1, 1))
        .then_error(DomainError::CaseExists(case(1)));
}

#[test]
fn questions_and_board_matters_open_with_their_own_commands() {
    given(two_meetings())
        .when(Command::OpenCase {
            case: case(1),
            forum: forum(),
            kind: CaseKind::Question,
            meeting: Some(meeting(1)),
            section: None,
            title: "x".into(),
            text: String::new(),
        })
        .then_error(DomainError::OpenedByOwnCommand(CaseKind::Question));
}

// ---------- who owes: the ball-in-court rules ----------

#[test]
fn a_question_raised_by_a_to_b_makes_b_owe_an_answer_from_that_meeting() {
    let world = given(two_meetings()).when(raise(1, 1)).world();
    let owed = case_state(&world, 1).obligations();
    assert_eq!(owed.len(), 1);
    assert_eq!(owed[0].kind, ObligationKind::Answer);
    assert_eq!(owed[0].party, Party::Employer);
    assert_eq!(owed[0].to, Some(party("Kommunal")));
    assert_eq!(owed[0].since, at(1, JAN_14));
    assert_eq!(case_state(&world, 1).status(), CaseStatus::Open);
}

#[test]
fn an_answer_means_nobody_owes_and_the_case_is_answered() {
    let world = given(with_question()).when(answer(1, 2)).world();
    let state = case_state(&world, 1);
    assert!(state.obligations().is_empty());
    assert_eq!(state.status(), CaseStatus::Answered);
}

#[test]
fn an_answered_case_on_the_balance_list_stays_open() {
    let mut events = with_question();
    events.push(Event::AddedToBalanceList {
        case: case(1),
        note: None,
        at: at(1, JAN_14),
    });
    let world = given(events).when(answer(1, 2)).world();
    assert!(case_state(&world, 1).obligations().is_empty());
    assert_eq!(case_state(&world, 1).status(), CaseStatus::Open);
}

#[test]
fn a_follow_up_makes_b_owe_again() {
    let mut events = with_question();
    events.push(Event::AnswerGiven {
        case: case(1),
        by: Party::Employer,
        person: None,
        text: "Svar".into(),
        at: at(1, JAN_14),
    });
    let world = given(events)
        .when(Command::AskFollowUp {
            case: case(1),
            meeting: Some(meeting(2)),
            by: party("Kommunal"),
            text: "Hur ska arbetet se ut?".into(),
        })
        .world();
    let owed = case_state(&world, 1).obligations();
    assert_eq!(owed.len(), 1);
    assert_eq!(owed[0].party, Party::Employer);
    assert_eq!(owed[0].since, at(2, MAR_11));
    assert_eq!(owed[0].what, "Hur ska arbetet se ut?");
}

#[test]
fn the_answer_owed_on_a_question_reads_its_title_as_corrected() {
    let world = given(with_question()).world;
    assert_eq!(case_state(&world, 1).obligations()[0].what, "Friskfaktorer");
    let world = given(with_question())
        .when(Command::CorrectCase {
            case: case(1),
            changes: CaseCorrection {
                title: Some("Stadsdelens friskfaktorer".into()),
                ..CaseCorrection::default()
            },
            reason: "Felskriven rubrik".into(),
        })
        .world();
    let owed = case_state(&world, 1).obligations();
    assert_eq!(owed.len(), 1);
    assert_eq!(owed[0].what, "Stadsdelens friskfaktorer");
}

#[test]
fn a_commitment_is_owed_until_fulfilled_with_its_due() {
    let world = given(with_question())
        .when(commit(1, 1, "Arbetsgivaren", Some("under vintern"), None))
        .world();
    let owed = case_state(&world, 1).obligations();
    let commitment = owed
        .iter()
        .find(|o| o.kind == ObligationKind::Commitment)
        .expect("the commitment is owed");
    assert_eq!(commitment.party, Party::Employer);
    assert_eq!(commitment.due.label.as_deref(), Some("under vintern"));
    assert_eq!(commitment.due.by, DueBy::Date(date(2025, 2, 28)));
    assert!(!commitment.due.is_overdue(None, date(2025, 2, 1)));
    assert!(commitment.due.is_overdue(None, date(2025, 3, 1)));

    let fulfilled = {
        let mut events = with_question();
        events.push(Event::CommitmentMade {
            case: case(1),
            commitment: 1,
            by: Party::Employer,
            person: None,
            to: None,
            what: "x".into(),
            due: Due::none(),
            at: at(1, JAN_14),
        });
        given(events)
            .when(Command::FulfilCommitment {
                case: case(1),
                commitment: 1,
                meeting: Some(meeting(2)),
                note: None,
            })
            .world()
    };
    assert!(
        case_state(&fulfilled, 1)
            .obligations()
            .iter()
            .all(|o| o.kind != ObligationKind::Commitment)
    );
}

#[test]
fn a_commitment_due_next_meeting_resolves_to_the_forums_next_meeting() {
    let world = given(with_question())
        .when(commit(
            1,
            1,
            "Arbetsgivaren",
            Some("nästa förvaltningsgrupp"),
            None,
        ))
        .world();
    let owed = case_state(&world, 1).obligations();
    let due = &owed
        .iter()
        .find(|o| o.kind == ObligationKind::Commitment)
        .expect("owed")
        .due;
    assert_eq!(due.by, DueBy::NextMeeting);
    assert_eq!(
        due.resolved_date(None),
        None,
        "unresolved until a meeting is scheduled"
    );
    assert_eq!(due.resolved_date(Some(MAR_11)), Some(MAR_11));
}

#[test]
fn fulfilling_a_commitment_twice_is_refused() {
    let mut events = with_question();
    events.push(Event::CommitmentMade {
        case: case(1),
        commitment: 1,
        by: Party::Employer,
        person: None,
        to: None,
        what: "x".into(),
        due: Due::none(),
        at: at(1, JAN_14),
    });
    events.push(Event::CommitmentFulfilled {
        case: case(1),
        commitment: 1,
        note: None,
        at: at(2, MAR_11),
    });
    given(events)
        .when(fulfil(1, 1, 2))
        .then_error(DomainError::CommitmentAlreadyFulfilled {
            number: number(2025, 1),
            commitment: 1,
        });
}

#[test]
fn an_unknown_commitment_is_refused() {
    given(with_question())
        .when(Command::FulfilCommitment {
            case: case(1),
            commitment: 7,
            meeting: None,
            note: None,
        })
        .then_error(DomainError::UnknownCommitment {
            number: number(2025, 1),
            commitment: 7,
        });
}

#[test]
fn a_due_date_before_the_meeting_is_refused() {
    given(with_question())
        .when(commit(1, 1, "Arbetsgivaren", None, Some(date(2025, 1, 1))))
        .then_error(DomainError::DueBeforeMeeting {
            due: date(2025, 1, 1),
            meeting_date: JAN_14,
        });
}

#[test]
fn closing_means_nobody_owes_and_reopening_restores_who_owed() {
    let mut events = with_question();
    events.push(Event::CommitmentMade {
        case: case(1),
        commitment: 1,
        by: Party::Employer,
        person: None,
        to: None,
        what: "x".into(),
        due: Due::none(),
        at: at(1, JAN_14),
    });
    let before = {
        let mut world = World::default();
        for event in &events {
            world.apply(event);
        }
        case_state(&world, 1).obligations()
    };
    events.push(Event::Closed {
        case: case(1),
        resolution: Resolution::Withdrawn,
        note: None,
        at: at(2, MAR_11),
    });
    let closed = given(events.clone()).world;
    assert!(case_state(&closed, 1).obligations().is_empty());
    assert_eq!(case_state(&closed, 1).status(), CaseStatus::Closed);
    let reopened = given(events)
        .when(Command::ReopenCase {
            case: case(1),
            meeting: Some(meeting(2)),
            reason: "Frågan kvarstår".into(),
        })
        .world();
    assert_eq!(case_state(&reopened, 1).obligations(), before);
}

#[test]
fn answering_a_closed_case_is_refused() {
    let mut events = with_question();
    events.push(Event::Closed {
        case: case(1),
        resolution: Resolution::Withdrawn,
        note: None,
        at: at(1, JAN_14),
    });
    given(events)
        .when(answer(1, 2))
        .then_error(DomainError::CaseClosed {
            number: number(2025, 1),
        });
}

#[test]
fn reopening_an_open_case_is_refused() {
    given(with_question())
        .when(Command::ReopenCase {
            case: case(1),
            meeting: None,
            reason: "x".into(),
        })
        .then_error(DomainError::CaseNotClosed {
            number: number(2025, 1),
        });
}

#[test]
fn only_questions_are_answered() {
    let mut events = two_meetings();
    let world = given(events.clone())
        .when(Command::OpenCase {
            case: case(1),
            forum: forum(),
            kind: CaseKind::Commitment,
            meeting: Some(meeting(1)),
            section: None,
            title: "Publicering av §19-ärenden".into(),
            text: String::new(),
        })
        .world();
    events.extend(
        world
            .cases
            .get(&case(1))
            .map(|c| {
                vec![
                    Event::CaseNumbered {
                        forum: forum(),
                        case: case(1),
                        number: c.number.clone(),
                    },
                    Event::CaseOpened {
                        case: case(1),
                        forum: forum(),
                        number: c.number.clone(),
                        kind: c.kind,
                        section: None,
                        title: c.title.to_string(),
                        text: String::new(),
                        at: c.opened,
                    },
                ]
            })
            .unwrap_or_default(),
    );
    given(events)
        .when(answer(1, 2))
        .then_error(DomainError::NotAQuestion {
            number: number(2025, 1),
            kind: CaseKind::Commitment,
        });
}

#[test]
fn the_balance_list_takes_a_case_once() {
    let mut events = with_question();
    events.push(Event::AddedToBalanceList {
        case: case(1),
        note: None,
        at: at(1, JAN_14),
    });
    given(events.clone())
        .when(Command::AddToBalanceList {
            case: case(1),
            meeting: Some(meeting(2)),
            note: None,
        })
        .then_error(DomainError::AlreadyOnBalanceList {
            number: number(2025, 1),
        });
    let world = given(events)
        .when(Command::RemoveFromBalanceList {
            case: case(1),
            meeting: Some(meeting(2)),
            note: Some("Besvarad".into()),
        })
        .world();
    assert!(!case_state(&world, 1).on_balance_list);
}

#[test]
fn a_correction_is_allowed_until_the_minutes_are_approved() {
    let correction = || Command::CorrectCase {
        case: case(1),
        changes: CaseCorrection {
            title: Some("Stadsdelens friskfaktorer".into()),
            ..CaseCorrection::default()
        },
        reason: "Felskriven rubrik".into(),
    };
    let world = given(with_question()).when(correction()).world();
    assert_eq!(&*case_state(&world, 1).title, "Stadsdelens friskfaktorer");

    let mut approved = with_question();
    approved.push(held(1));
    approved.push(Event::MinutesApproved {
        meeting: meeting(1),
        by: vec!["Lars Wennberg".into()],
        on: date(2025, 1, 17),
    });
    given(approved)
        .when(correction())
        .then_error(DomainError::MinutesAlreadyApproved(meeting(1)));
}

#[test]
fn a_renewal_that_moves_the_due_later_counts_as_a_postponement() {
    let mut events = with_question();
    events.push(Event::CommitmentMade {
        case: case(1),
        commitment: 1,
        by: Party::Employer,
        person: None,
        to: None,
        what: "x".into(),
        due: Due::on(date(2025, 2, 1)),
        at: at(1, JAN_14),
    });
    let world = given(events)
        .when(Command::RenewCommitment {
            case: case(1),
            commitment: 1,
            meeting: Some(meeting(2)),
            due_label: Some("under hösten".into()),
            due_date: None,
            note: None,
        })
        .world();
    let commitment = case_state(&world, 1).commitment(1).expect("commitment 1");
    assert_eq!(commitment.renewals, 1);
    assert_eq!(commitment.postponements, 1);
    assert_eq!(commitment.due.by, DueBy::Date(date(2025, 11, 30)));
}

// ---------- facts from the seeds ----------

#[test]
fn seed_fact_an_answer_can_also_be_a_commitment() {
    let world = given(with_question())
        .when(Command::AnswerQuestion {
            case: case(1),
            meeting: Some(meeting(1)),
            by: Party::Employer,
            person: None,
            text: "Det kommer att tas upp i kommande utbildningar.".into(),
            commitment: Some(CommitmentSpec {
                by: Party::Employer,
                person: None,
                to: Some(party("Kommunal")),
                what: "Ta upp tillbud kontra olycksfall i kommande utbildningar".into(),
                due_label: Some("kommande utbildningar".into()),
                due_date: None,
            }),
        })
        .world();
    let state = case_state(&world, 1);
    assert_eq!(state.answers.len(), 1);
    let owed = state.obligations();
    assert_eq!(
        owed.len(),
        1,
        "the answer is given; the promise is still owed"
    );
    assert_eq!(owed[0].kind, ObligationKind::Commitment);
    assert_eq!(owed[0].due.by, DueBy::Unresolved);
    assert_eq!(owed[0].due.label.as_deref(), Some("kommande utbildningar"));
}

#[test]
fn seed_fact_the_unions_can_owe_an_answer() {
    let mut events = two_meetings();
    events.push(Event::CaseNumbered {
        forum: forum(),
        case: case(1),
        number: number(2025, 1),
    });
    events.push(Event::CaseOpened {
        case: case(1),
        forum: forum(),
        number: number(2025, 1),
        kind: CaseKind::Commitment,
        section: Some("7".into()),
        title: "Publicering av §19-ärenden".into(),
        text: String::new(),
        at: at(1, JAN_14),
    });
    let world = given(events)
        .when(Command::MakeCommitment {
            case: case(1),
            meeting: Some(meeting(1)),
            spec: CommitmentSpec {
                by: party("Fackliga organisationerna"),
                person: None,
                to: Some(Party::Employer),
                what: "Funderar på saken och återkommer".into(),
                due_label: Some("nästa förvaltningsgrupp".into()),
                due_date: None,
            },
        })
        .world();
    let owed = case_state(&world, 1).obligations();
    assert_eq!(owed[0].party, Party::AllUnions);
    let unions = &world.forums[&forum()].unions;
    assert!(owed[0].party.includes(&party("Kommunal"), unions));
    assert!(!owed[0].party.includes(&Party::Employer, unions));
}

#[test]
fn seed_fact_a_carried_over_question_keeps_its_history_from_where_it_was_raised() {
    let mut events = with_question();
    events.push(Event::Discussed {
        case: case(1),
        note: Some("Kvarvarande fråga".into()),
        at: at(2, MAR_11),
    });
    let world = given(events).when(answer(1, 2)).world();
    let state = case_state(&world, 1);
    assert_eq!(*state.meetings, [meeting(1), meeting(2)]);
    assert_eq!(state.opened.on, JAN_14);
    assert_eq!(state.answers[0].at.on, MAR_11);
}

#[test]
fn seed_fact_a_statement_belongs_to_a_board_matter() {
    let world = given(two_meetings())
        .when(Command::RegisterBoardMatter {
            case: case(1),
            forum: forum(),
            meeting: Some(meeting(1)),
            section: Some("8".into()),
            title: "Remiss av motion om bakgrundskontroll".into(),
            text: String::new(),
            registry_number: None,
            mbl: None,
        })
        .world();
    let mut events = two_meetings();
    events.push(Event::CaseNumbered {
        forum: forum(),
        case: case(1),
        number: case_state(&world, 1).number.clone(),
    });
    events.push(Event::CaseOpened {
        case: case(1),
        forum: forum(),
        number: number(2025, 1),
        kind: CaseKind::BoardMatter,
        section: Some("8".into()),
        title: "Remiss av motion om bakgrundskontroll".into(),
        text: String::new(),
        at: at(1, JAN_14),
    });
    given(events)
        .when(Command::RecordStatement {
            case: case(1),
            meeting: Some(meeting(1)),
            party: party("Kommunal"),
            kind: StatementKind::Statement,
            text: "Vi önskar att staden först utreder frågan.".into(),
        })
        .then(vec![Event::StatementRecorded {
            case: case(1),
            party: party("Kommunal"),
            kind: StatementKind::Statement,
            text: "Vi önskar att staden först utreder frågan.".into(),
            at: at(1, JAN_14),
        }]);
}

#[test]
fn seed_fact_board_matters_keep_registry_number_and_mbl() {
    let world = given(two_meetings())
        .when(Command::RegisterBoardMatter {
            case: case(1),
            forum: forum(),
            meeting: Some(meeting(1)),
            section: Some("9".into()),
            title: "Reparera basketplanen i Arkenparken".into(),
            text: String::new(),
            registry_number: Some("HÄ 2024/773".into()),
            mbl: Some(Mbl::Information19),
        })
        .world();
    let state = case_state(&world, 1);
    assert_eq!(state.registry_number.as_deref(), Some("HÄ 2024/773"));
    assert_eq!(state.mbl, Some(Mbl::Information19));
    assert_eq!(state.status(), CaseStatus::Open, "awaiting an outcome");
}

#[test]
fn seed_fact_vague_dues_resolve_by_the_rules() {
    let sept_20 = date(2023, 9, 20);
    assert_eq!(
        Due::from_label("förmodligen klar december", sept_20).by,
        DueBy::Date(date(2023, 12, 31))
    );
    assert_eq!(
        Due::from_label("under vintern", JAN_14).by,
        DueBy::Date(date(2025, 2, 28))
    );
    assert!(matches!(Due::from_label("inom kort", sept_20).by, DueBy::Date(d) if d > sept_20));
    assert_eq!(
        Due::from_label("nästa förvaltningsgrupp", JAN_14).by,
        DueBy::NextMeeting
    );
    assert_eq!(
        Due::from_label("kommande texter", JAN_14).by,
        DueBy::Unresolved
    );
}

// ---------- parties ----------

#[test]
fn spelling_variants_resolve_to_one_party() {
    assert_eq!(party("SACO"), party("Saco"));
    assert_eq!(party("SSR"), party("Akademikerförbundet SSR"));
    assert_eq!(party("arbetsgivaren"), Party::Employer);
    assert_eq!(party("De fackliga organisationerna"), Party::AllUnions);
    assert_eq!(party("Stadsdelsförvaltningen"), Party::Employer);
    assert_eq!(party("Fackförbundet Lokalt").name(), "Fackförbundet Lokalt");
    assert!(Party::parse("  ").is_err());
}

#[test]
fn all_unions_means_every_union_of_the_forum() {
    let unions = vec![party("Kommunal"), party("Vision")];
    assert!(Party::AllUnions.includes(&party("Vision"), &unions));
    assert!(!Party::AllUnions.includes(&party("Ledarna"), &unions));
    assert!(!Party::AllUnions.includes(&Party::Employer, &unions));
}

#[test]
fn parties_serialize_as_their_canonical_names() {
    let json = serde_json::to_string(&vec![party("saco"), Party::AllUnions]).expect("json");
    assert_eq!(json, r#"["Saco","Fackliga organisationerna"]"#);
}

/// An answer that promises to come back owes the promise, once: the case needs follow-up (is
/// open) until the promise is kept, and is answered after.
#[test]
fn an_answered_question_stays_open_while_a_promise_in_the_answer_is_owed() {
    let world = given(with_question())
        .when(Command::AnswerQuestion {
            case: case(1),
            meeting: Some(meeting(1)),
            by: Party::Employer,
            person: None,
            text: "Förvaltningen kommer att återkomma med mer information under vintern.".into(),
            commitment: Some(CommitmentSpec {
                by: Party::Employer,
                person: None,
                to: Some(party("SSR")),
                what: "Återkomma med mer information".into(),
                due_label: Some("under vintern".into()),
                due_date: None,
            }),
        })
        .world();
    let state = case_state(&world, 1);
    assert_eq!(state.status(), CaseStatus::Open);
    let owed = state.obligations();
    assert_eq!(
        owed.len(),
        1,
        "the promise is owed, and no answer: {owed:?}"
    );
    assert_eq!(owed[0].kind, ObligationKind::Commitment);

    let kept = Given {
        world,
        today: date(2025, 6, 1),
    }
    .when(fulfil(1, 1, 2))
    .world();
    let state = case_state(&kept, 1);
    assert_eq!(state.status(), CaseStatus::Answered);
    assert!(state.obligations().is_empty());
}

#[test]
fn a_commitment_case_is_answered_when_every_commitment_is_fulfilled() {
    let mut events = two_meetings();
    events.push(Event::CaseNumbered {
        forum: forum(),
        case: case(1),
        number: number(2025, 1),
    });
    events.push(Event::CaseOpened {
        case: case(1),
        forum: forum(),
        number: number(2025, 1),
        kind: CaseKind::Commitment,
        section: None,
        title: "Publicering".into(),
        text: String::new(),
        at: at(1, JAN_14),
    });
    events.push(Event::CommitmentMade {
        case: case(1),
        commitment: 1,
        by: Party::AllUnions,
        person: None,
        to: Some(Party::Employer),
        what: "Återkomma".into(),
        due: Due::none(),
        at: at(1, JAN_14),
    });
    let open = given(events.clone()).world;
    assert_eq!(case_state(&open, 1).status(), CaseStatus::Open);
    let done = given(events).when(fulfil(1, 1, 2)).world();
    assert_eq!(case_state(&done, 1).status(), CaseStatus::Answered);
}

/// A union the forum does not list is refused, with the forum's union closest in spelling; the
/// employer and the unions together are parties of every forum.
#[test]
fn a_misspelt_union_is_refused_with_what_it_probably_meant() {
    let raised_by = |name: &str| {
        let mut command = raise(1, 1);
        if let Command::RaiseQuestion { raised_by, .. } = &mut command {
            *raised_by = party(name);
        }
        command
    };
    given(two_meetings())
        .when(raised_by("Visoin"))
        .then_error(DomainError::UnknownParty {
            party: "Visoin".into(),
            forum: "FG".into(),
            suggestion: Some("Vision".into()),
        });
    given(two_meetings())
        .when(raised_by("Ledarna"))
        .then_error(DomainError::UnknownParty {
            party: "Ledarna".into(),
            forum: "FG".into(),
            suggestion: None,
        });
    let refused = DomainError::UnknownParty {
        party: "Visoin".into(),
        forum: "FG".into(),
        suggestion: Some("Vision".into()),
    };
    assert!(refused.swedish().contains("Menade du Vision?"));
    given(two_meetings()).when(raised_by("Vision")).world();
    given(two_meetings())
        .when(raised_by("Fackliga organisationerna"))
        .world();
}

/// A title, text or name longer than a protocol needs is refused naming the field, and a date
/// outside 1900–2200 too; control and bidirectional-override characters are taken out.
#[test]
fn oversized_texts_and_absurd_dates_are_refused_and_hidden_characters_removed() {
    let with = |new_title: String, new_text: String| {
        let mut command = raise(1, 1);
        if let Command::RaiseQuestion { title, text, .. } = &mut command {
            (*title, *text) = (new_title, new_text);
        }
        command
    };
    given(two_meetings())
        .when(with("x".repeat(1_001), String::new()))
        .then_error(DomainError::TooLong {
            field: "title".into(),
            max: 1_000,
            length: 1_001,
        });
    given(two_meetings())
        .when(with("Parkering".into(), "y".repeat(50_001)))
        .then_error(DomainError::TooLong {
            field: "text".into(),
            max: 50_000,
            length: 50_001,
        });
    given(two_meetings())
        .when(Command::ScheduleMeeting {
            meeting: meeting(9),
            forum: forum(),
            date: date(-9999, 1, 1),
            time: None,
            place: None,
        })
        .then_error(DomainError::DateOutOfRange {
            field: "date".into(),
            date: "-009999-01-01".into(),
        });
    let world = given(two_meetings())
        .when(with(
            "Parkering\u{202E}gninrakrap".into(),
            "Rad ett\nRad\u{0007} två".into(),
        ))
        .world();
    let state = case_state(&world, 1);
    assert_eq!(&*state.title, "Parkeringgninrakrap");
    assert_eq!(&*state.text, "Rad ett\nRad två");
}

// ---------- the text of an imported protocol ----------

fn minutes_text(m: u128, text: &str) -> Command {
    Command::RecordMinutesText {
        meeting: meeting(m),
        minutes_text: text.into(),
        source_encoding: " UTF-8 ".into(),
        sections: vec![MinutesSection {
            case: case(1),
            section: "4".into(),
        }],
    }
}

#[test]
fn a_meetings_protocol_text_is_recorded_as_read_and_leaves_the_meeting_as_it_was() {
    let text = "Protokoll\n\n§ 4 Frågor\n  Kommunal undrar.\n";
    let world = given([forum_created(), scheduled(1, JAN_14), held(1)])
        .when(minutes_text(1, text))
        .then(vec![Event::MinutesTextRecorded {
            meeting: meeting(1),
            // Kept byte for byte: the import's spans point into it.
            text: text.into(),
            source_encoding: "UTF-8".into(),
            sections: vec![MinutesSection {
                case: case(1),
                section: "4".into(),
            }],
        }]);
    let before = given([forum_created(), scheduled(1, JAN_14), held(1)]).world;
    assert_eq!(world.meetings[&meeting(1)], before.meetings[&meeting(1)]);
}

#[test]
fn a_protocol_text_needs_a_known_meeting_and_some_text() {
    given([forum_created()])
        .when(minutes_text(1, "§ 1 Öppnande"))
        .then_error(DomainError::UnknownMeeting(meeting(1)));
    given([forum_created(), scheduled(1, JAN_14)])
        .when(minutes_text(1, " \n "))
        .then_error(DomainError::EmptyField {
            field: "minutes_text",
        });
}

#[test]
fn a_protocol_text_may_be_as_long_as_an_import_but_no_longer() {
    // Far longer than any other text field may be.
    let long = "§ 1 Frågor\n".repeat(input::MAX_TEXT_CHARS / 5);
    given([forum_created(), scheduled(1, JAN_14)])
        .when(minutes_text(1, &long))
        .world();
    let too_long = "a".repeat(input::MAX_MINUTES_TEXT_CHARS + 1);
    given([forum_created(), scheduled(1, JAN_14)])
        .when(minutes_text(1, &too_long))
        .then_error(DomainError::TooLong {
            field: "minutes_text".into(),
            max: input::MAX_MINUTES_TEXT_CHARS,
            length: input::MAX_MINUTES_TEXT_CHARS + 1,
        });
}

#[test]
fn only_a_secretary_or_admin_of_the_forum_records_a_protocol_text() {
    let world = given([forum_created(), scheduled(1, JAN_14)]).world;
    let command = minutes_text(1, "§ 1 Öppnande");
    let state = world.state_for(&command);
    let principal = |grants: Vec<Grant>| Principal {
        id: "person:test".into(),
        name: "Test".into(),
        grants,
    };
    assert_eq!(
        authorize(&principal(vec![Grant::admin()]), &command, &state),
        Ok(())
    );
    assert_eq!(
        authorize(
            &principal(vec![Grant::secretary(Some(forum()))]),
            &command,
            &state
        ),
        Ok(())
    );
    for refused in [
        principal(vec![Grant::secretary(Some(other_forum()))]),
        principal(vec![Grant::party(Party::Employer, None)]),
        principal(vec![Grant::party(party("Kommunal"), Some(forum()))]),
        principal(vec![Grant {
            role: Role::Reader,
            party: None,
            forum: None,
        }]),
    ] {
        let error = authorize(&refused, &command, &state).unwrap_err();
        assert_eq!(error.code(), "FORBIDDEN", "{refused:?}");
    }
    assert_eq!(
        authorize(&Principal::anonymous(), &command, &state),
        Err(Refusal::Unauthenticated)
    );
}
