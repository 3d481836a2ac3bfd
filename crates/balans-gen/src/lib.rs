//! A deterministic synthetic samverkan history at municipal scale, as batches of domain commands (one per meeting protocol).
//!
//! [`Generator`] yields one [`Batch`] per meeting: the protocol of that meeting as commands, in
//! the order a secretary would record them. Forums (förvaltningsgrupper, LSG, skyddskommittéer)
//! meet monthly except July; unions raise questions that the employer answers after one to
//! several meetings, sometimes with a promise; follow-ups, commitments with exact and vague
//! dues, renewals and fulfilments, balance list churn and board matters follow. Every command
//! is valid against the state the ones before it leave, so the whole history is accepted by the
//! domain. The same seed gives the same commands (ids included) on every machine: the random
//! numbers come from [`rng::Rng`], whose algorithm is fixed here.
//!
//! [`generate_into`] writes the history through [`App::execute_batch`], one atomic append per
//! meeting, as an imported protocol would be.

pub mod rng;
pub mod text;

use std::collections::HashMap;
use std::time::{Duration, Instant};

use balans_app::{App, AppError, CommandMeta};
use balans_domain::{
    Approver, Attendee, CaseId, CaseKind, Command, CommitmentSpec, ForumId, Mbl, MeetingId, Party,
    Resolution, StatementKind,
};
use balans_store::EventStore;
use jiff::civil::{Date, Time, Weekday};
use jiff::tz::TimeZone;
use ulid::Ulid;

use crate::rng::Rng;

/// About how many events one forum produces in ten years of monthly meetings; the number of
/// forums is chosen from it so that a history of N events spans about ten years.
pub const EVENTS_PER_FORUM_DECADE: u64 = 3_800;

/// The first year of every generated history.
pub const FIRST_YEAR: i16 = 2016;

/// What to generate.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Options {
    /// How many events the history holds (the last protocol is cut short to stay at or below this).
    pub events: u64,
    pub seed: u64,
}

impl Options {
    pub fn new(events: u64, seed: u64) -> Self {
        Self { events, seed }
    }

    /// How many forums a history of this size has.
    pub fn forums(&self) -> usize {
        usize::try_from(self.events.div_ceil(EVENTS_PER_FORUM_DECADE).max(1)).unwrap_or(1)
    }
}

/// One meeting's protocol as commands, recorded as one atomic batch.
#[derive(Debug, Clone, PartialEq)]
pub struct Batch {
    /// A fixed command id, so that writing the same history twice is idempotent.
    pub command_id: Ulid,
    pub commands: Vec<Command>,
    /// How many events these commands decide.
    pub events: u64,
    pub forum: ForumId,
    pub meeting: MeetingId,
    pub date: Date,
}

/// What a question waits for next.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Step {
    Answer,
    FollowUp,
    Close,
}

#[derive(Debug, Clone)]
struct Question {
    case: CaseId,
    raised_by: Party,
    addressed_to: Party,
    raised_at: u32,
    step: Step,
    step_at: u32,
    on_list: bool,
    commitments: u32,
}

#[derive(Debug, Clone)]
struct Commitment {
    case: CaseId,
    number: u32,
    due_at: u32,
    renewals: u32,
}

#[derive(Debug, Clone)]
struct BoardMatter {
    case: CaseId,
    mbl: Mbl,
    close_at: u32,
}

#[derive(Debug, Clone)]
struct Roster {
    chair: String,
    secretary: String,
    managers: Vec<(String, &'static str)>,
    union_reps: Vec<(Party, String)>,
}

#[derive(Debug, Clone)]
struct ForumGen {
    id: ForumId,
    organization: &'static str,
    abbreviation: &'static str,
    name: String,
    code: String,
    unit: &'static str,
    unions: Vec<Party>,
    roster: Roster,
    nth: i8,
    weekday: Weekday,
    time: Time,
    place: &'static str,
    created: bool,
    /// Meetings held so far; the index of the next one.
    held: u32,
    /// The next meeting, already scheduled.
    upcoming: Option<(MeetingId, Date)>,
    /// The last meeting held, whose minutes are approved at the next one.
    previous: Option<(MeetingId, Date)>,
    questions: Vec<Question>,
    commitments: Vec<Commitment>,
    board: Vec<BoardMatter>,
    /// Open commitments per case: a question is closed only when none is left.
    open_commitments: HashMap<CaseId, u32>,
    registry_sequence: u32,
}

/// Yields the history's batches in the order they are recorded.
#[derive(Debug, Clone)]
pub struct Generator {
    rng: Rng,
    target: u64,
    emitted: u64,
    forums: Vec<ForumGen>,
    year: i16,
    month: i8,
    cursor: usize,
    finished: bool,
    last_date: Option<Date>,
}

impl Generator {
    pub fn new(options: Options) -> Self {
        let mut rng = Rng::new(options.seed);
        let forums = (0..options.forums())
            .map(|index| new_forum(index, &mut rng))
            .collect();
        Self {
            rng,
            target: options.events,
            emitted: 0,
            forums,
            year: FIRST_YEAR,
            month: 1,
            cursor: 0,
            finished: options.events == 0,
            last_date: None,
        }
    }

    /// Events yielded so far.
    pub fn events(&self) -> u64 {
        self.emitted
    }

    /// The date of the latest meeting yielded so far.
    pub fn last_date(&self) -> Option<Date> {
        self.last_date
    }

    pub fn forum_count(&self) -> usize {
        self.forums.len()
    }

    fn advance_month(&mut self) {
        self.cursor = 0;
        let (year, month) = next_month(self.year, self.month);
        self.year = year;
        self.month = month;
    }
}

impl Iterator for Generator {
    type Item = Batch;

    fn next(&mut self) -> Option<Batch> {
        if self.finished {
            return None;
        }
        let (year, month) = (self.year, self.month);
        let index = self.cursor;
        let command_id = Ulid::from_parts(
            ulid_millis(meeting_date(year, month, &self.forums[index])),
            self.rng.ulid_bits(),
        );
        let planned = protocol(&mut self.forums[index], year, month, &mut self.rng);
        self.cursor += 1;
        if self.cursor == self.forums.len() {
            self.advance_month();
        }
        let mut commands = Vec::with_capacity(planned.commands.len());
        let mut events = 0;
        for (command, count) in planned.commands {
            if self.emitted + events + count > self.target {
                // A prefix of a protocol is itself valid: each command was decided on the ones before.
                self.finished = true;
                break;
            }
            events += count;
            commands.push(command);
        }
        self.emitted += events;
        if self.emitted >= self.target {
            self.finished = true;
        }
        if commands.is_empty() {
            self.finished = true;
            return None;
        }
        self.last_date = Some(self.last_date.map_or(planned.date, |d| d.max(planned.date)));
        Some(Batch {
            command_id,
            commands,
            events,
            forum: planned.forum,
            meeting: planned.meeting,
            date: planned.date,
        })
    }
}

/// What [`generate_into`] wrote.
#[derive(Debug, Clone, PartialEq)]
pub struct Summary {
    pub batches: u64,
    pub commands: u64,
    pub events: u64,
    pub forums: usize,
    pub last_date: Option<Date>,
    pub elapsed: Duration,
}

/// Why a history could not be written.
#[derive(Debug, thiserror::Error)]
pub enum GenError {
    #[error("the database is not empty (it holds {0} events); generate into a fresh one")]
    NotEmpty(u64),
    #[error("the protocol of {date} was refused: {source}")]
    Refused { date: Date, source: AppError },
    #[error(transparent)]
    App(#[from] AppError),
}

/// Writes the history into an empty store, one atomic append per meeting, calling `progress`
/// with the number of events written after each one.
pub fn generate_into<S: EventStore>(
    app: &App<S>,
    options: Options,
    mut progress: impl FnMut(u64),
) -> Result<Summary, GenError> {
    let head = app.store().head_position().map_err(AppError::from)?;
    if head > 0 {
        return Err(GenError::NotEmpty(head));
    }
    let started = Instant::now();
    let mut generator = Generator::new(options);
    let (mut batches, mut commands, mut events) = (0, 0, 0);
    for batch in generator.by_ref() {
        let meta = CommandMeta {
            command_id: batch.command_id,
            principal: balans_domain::Principal::local("gen"),
            expected_version: None,
        };
        let count = batch.commands.len() as u64;
        let executed =
            app.execute_batch(batch.commands, meta)
                .map_err(|source| GenError::Refused {
                    date: batch.date,
                    source,
                })?;
        batches += 1;
        commands += count;
        events += executed.events.len() as u64;
        progress(events);
    }
    Ok(Summary {
        batches,
        commands,
        events,
        forums: generator.forum_count(),
        last_date: generator.last_date(),
        elapsed: started.elapsed(),
    })
}

/// A protocol before it is cut to the event budget: each command with the events it decides.
struct Planned {
    forum: ForumId,
    meeting: MeetingId,
    date: Date,
    commands: Vec<(Command, u64)>,
}

fn new_forum(index: usize, rng: &mut Rng) -> ForumGen {
    let organizations = text::ORGANIZATIONS.len();
    let (organization, abbreviation) = text::ORGANIZATIONS[index % organizations];
    let (kind_name, kind_code) =
        text::FORUM_KINDS[(index / organizations) % text::FORUM_KINDS.len()];
    let round = index / (organizations * text::FORUM_KINDS.len());
    let unit = text::UNITS[(index + round) % text::UNITS.len()];
    // Codes are unique so that a case number names one case, as in a real city's registry.
    let code = if round == 0 {
        format!("{kind_code}-{abbreviation}")
    } else {
        format!("{kind_code}-{abbreviation}{}", round + 1)
    };
    let name = if kind_code == "FG" && round == 0 {
        kind_name.to_string()
    } else {
        format!("{kind_name} {unit}")
    };
    let mut unions = vec![
        Party::Union("Kommunal".into()),
        Party::Union("Vision".into()),
    ];
    for other in [
        "Akademikerförbundet SSR",
        "Saco",
        "Ledarna",
        "Vårdförbundet",
        "Sveriges Lärare",
    ] {
        if rng.percent(45) {
            unions.push(Party::Union(other.into()));
        }
    }
    let managers = (0..rng.between(2, 4))
        .map(|_| (text::person(rng), *rng.pick(text::EMPLOYER_ROLES)))
        .collect();
    let union_reps = unions
        .iter()
        .map(|u| (u.clone(), text::person(rng)))
        .collect();
    let roster = Roster {
        chair: text::person(rng),
        secretary: text::person(rng),
        managers,
        union_reps,
    };
    let weekday = *rng.pick(&[Weekday::Tuesday, Weekday::Wednesday, Weekday::Thursday]);
    let time = *rng.pick(&[
        Time::constant(9, 0, 0, 0),
        Time::constant(13, 0, 0, 0),
        Time::constant(14, 30, 0, 0),
    ]);
    ForumGen {
        id: ForumId(Ulid::from_parts(
            ulid_millis(Date::constant(FIRST_YEAR, 1, 1)),
            rng.ulid_bits(),
        )),
        organization,
        abbreviation,
        name,
        code,
        unit,
        unions,
        roster,
        nth: rng.between(1, 3) as i8,
        weekday,
        time,
        place: rng.word(text::PLACES),
        created: false,
        held: 0,
        upcoming: None,
        previous: None,
        questions: Vec::new(),
        commitments: Vec::new(),
        board: Vec::new(),
        open_commitments: HashMap::new(),
        registry_sequence: 0,
    }
}

fn next_month(year: i16, month: i8) -> (i16, i8) {
    match month {
        // No meetings in July: the summer break of Swedish workplaces.
        6 => (year, 8),
        12 => (year + 1, 1),
        other => (year, other + 1),
    }
}

fn meeting_date(year: i16, month: i8, forum: &ForumGen) -> Date {
    let first = Date::new(year, month, 1).unwrap_or(Date::MIN);
    first
        .nth_weekday_of_month(forum.nth, forum.weekday)
        .unwrap_or(first)
}

fn ulid_millis(date: Date) -> u64 {
    date.to_zoned(TimeZone::UTC)
        .map(|zoned| u64::try_from(zoned.timestamp().as_millisecond()).unwrap_or(0))
        .unwrap_or(0)
}

fn new_id(date: Date, rng: &mut Rng) -> Ulid {
    Ulid::from_parts(ulid_millis(date), rng.ulid_bits())
}

/// The commands of one meeting of `forum` in `year`-`month`.
fn protocol(forum: &mut ForumGen, year: i16, month: i8, rng: &mut Rng) -> Planned {
    let mut out: Vec<(Command, u64)> = Vec::new();
    let date = meeting_date(year, month, forum);
    let i = forum.held;
    let meeting = match forum.upcoming {
        Some((id, _)) => id,
        None => MeetingId(new_id(date, rng)),
    };
    if !forum.created {
        forum.created = true;
        out.push((
            Command::CreateForum {
                forum: forum.id,
                organization: forum.organization.to_string(),
                name: forum.name.clone(),
                code: forum.code.clone(),
                unions: forum.unions.clone(),
            },
            1,
        ));
        out.push((schedule(forum, meeting, date), 1));
    }

    // The next meeting is scheduled a month ahead, so that "till nästa möte" has a date.
    let (next_year, next_month) = next_month(year, month);
    let next_date = meeting_date(next_year, next_month, forum);
    let next = MeetingId(new_id(next_date, rng));
    out.push((schedule(forum, next, next_date), 1));
    let mut upcoming_date = next_date;
    if rng.percent(4) {
        // Moved a day: "next meeting" dues move with it.
        upcoming_date = next_date.tomorrow().unwrap_or(next_date);
        out.push((
            Command::RescheduleMeeting {
                meeting: next,
                date: upcoming_date,
                time: Some(forum.time),
                place: Some(forum.place.to_string()),
            },
            1,
        ));
    }

    out.push((attendance(forum, meeting, rng), 1));
    out.push((approvers(forum, meeting, date), 1));
    out.push((
        Command::HoldMeeting {
            meeting,
            chair: Some(forum.roster.chair.clone()),
            secretary: Some(forum.roster.secretary.clone()),
        },
        1,
    ));
    if let Some((previous, previous_date)) = forum.previous {
        let on = previous_date
            .checked_add(jiff::Span::new().days(10))
            .unwrap_or(previous_date)
            .min(date);
        out.push((
            Command::ApproveMinutes {
                meeting: previous,
                by: vec![
                    forum.roster.chair.clone(),
                    forum
                        .roster
                        .union_reps
                        .first()
                        .map(|(_, name)| name.clone())
                        .unwrap_or_default(),
                ],
                on,
            },
            1,
        ));
        out.push((
            Command::PublishMinutes {
                meeting: previous,
                on,
            },
            1,
        ));
    }

    let mut section = 3;
    let mut next_section = || {
        section += 1;
        Some(format!("{section}"))
    };

    // Questions from earlier meetings: answers, follow-ups, closing, the balance list.
    let mut questions = std::mem::take(&mut forum.questions);
    questions.retain_mut(|q| {
        if q.step_at > i {
            if q.step == Step::Answer && i == q.raised_at + 1 && !q.on_list && rng.percent(50) {
                q.on_list = true;
                out.push((
                    Command::AddToBalanceList {
                        case: q.case,
                        meeting: Some(meeting),
                        note: Some("Förs upp på balanslistan i väntan på svar.".into()),
                    },
                    1,
                ));
            } else if q.on_list && rng.percent(30) {
                out.push((
                    Command::RecordDiscussion {
                        case: q.case,
                        meeting,
                        note: Some(text::discussion_note(rng)),
                    },
                    1,
                ));
            }
            return true;
        }
        match q.step {
            Step::Answer => {
                if q.raised_at < i
                    && rng.percent(2)
                    && forum.open_commitments.get(&q.case).copied().unwrap_or(0) == 0
                {
                    out.push((
                        Command::CloseCase {
                            case: q.case,
                            meeting: Some(meeting),
                            resolution: Resolution::Withdrawn,
                            note: Some("Frågan drogs tillbaka.".into()),
                        },
                        1,
                    ));
                    return false;
                }
                let commitment =
                    (q.addressed_to == Party::Employer && rng.percent(30)).then(|| {
                        q.commitments += 1;
                        *forum.open_commitments.entry(q.case).or_default() += 1;
                        forum.commitments.push(Commitment {
                            case: q.case,
                            number: q.commitments,
                            due_at: i + rng.between(1, 4),
                            renewals: 0,
                        });
                        commitment_spec(forum, &q.raised_by, date, rng)
                    });
                let events = 1 + u64::from(commitment.is_some());
                out.push((
                    Command::AnswerQuestion {
                        case: q.case,
                        meeting: Some(meeting),
                        by: q.addressed_to.clone(),
                        person: Some(speaker(forum, &q.addressed_to, rng)),
                        text: text::answer_text(forum.unit, rng),
                        commitment,
                    },
                    events,
                ));
                if q.on_list {
                    q.on_list = false;
                    out.push((
                        Command::RemoveFromBalanceList {
                            case: q.case,
                            meeting: Some(meeting),
                            note: Some("Besvarad.".into()),
                        },
                        1,
                    ));
                }
                if rng.percent(15) {
                    q.step = Step::FollowUp;
                    q.step_at = i + rng.between(1, 3);
                    true
                } else if rng.percent(25) {
                    q.step = Step::Close;
                    q.step_at = i + rng.between(2, 6);
                    true
                } else {
                    false
                }
            }
            Step::FollowUp => {
                out.push((
                    Command::AskFollowUp {
                        case: q.case,
                        meeting: Some(meeting),
                        by: q.raised_by.clone(),
                        text: text::follow_up_text(rng),
                    },
                    1,
                ));
                q.step = Step::Answer;
                q.step_at = i + rng.between(1, 3);
                true
            }
            Step::Close => {
                if forum.open_commitments.get(&q.case).copied().unwrap_or(0) > 0 {
                    q.step_at = i + 2;
                    return true;
                }
                out.push((
                    Command::CloseCase {
                        case: q.case,
                        meeting: Some(meeting),
                        resolution: Resolution::Answered,
                        note: Some("Frågan är besvarad och avslutas.".into()),
                    },
                    1,
                ));
                false
            }
        }
    });
    forum.questions = questions;

    // Promises falling due: mostly kept, sometimes renewed with a new due.
    let mut commitments = std::mem::take(&mut forum.commitments);
    commitments.retain_mut(|c| {
        if c.due_at > i {
            return true;
        }
        if c.renewals < 2 && rng.percent(30) {
            c.renewals += 1;
            c.due_at = i + rng.between(1, 3);
            let (due_label, due_date) = due(date, rng);
            out.push((
                Command::RenewCommitment {
                    case: c.case,
                    commitment: c.number,
                    meeting: Some(meeting),
                    due_label,
                    due_date,
                    note: Some(text::renewal_note(rng)),
                },
                1,
            ));
            return true;
        }
        out.push((
            Command::FulfilCommitment {
                case: c.case,
                commitment: c.number,
                meeting: Some(meeting),
                note: Some("Redovisades på mötet.".into()),
            },
            1,
        ));
        if let Some(open) = forum.open_commitments.get_mut(&c.case) {
            *open = open.saturating_sub(1);
        }
        false
    });
    forum.commitments = commitments;

    // Board matters from the last meeting get their outcome.
    let mut board = std::mem::take(&mut forum.board);
    board.retain(|b| {
        if b.close_at > i {
            return true;
        }
        if rng.percent(30) {
            let party = rng.pick(&forum.unions).clone();
            out.push((
                Command::RecordStatement {
                    case: b.case,
                    meeting: Some(meeting),
                    party,
                    kind: StatementKind::MinutesNote,
                    text: text::statement_text(rng),
                },
                1,
            ));
        }
        let resolution = match b.mbl {
            Mbl::Information19 => Resolution::Informed,
            Mbl::Negotiation11 if rng.percent(85) => Resolution::Agreed,
            Mbl::Negotiation11 => Resolution::Disagreement,
        };
        out.push((
            Command::CloseCase {
                case: b.case,
                meeting: Some(meeting),
                resolution,
                note: None,
            },
            1,
        ));
        false
    });
    forum.board = board;

    // New board matters.
    for _ in 0..rng.between(0, 2) {
        let case = CaseId(new_id(date, rng));
        forum.registry_sequence += 1;
        let mbl = if rng.percent(60) {
            Mbl::Negotiation11
        } else {
            Mbl::Information19
        };
        out.push((
            Command::RegisterBoardMatter {
                case,
                forum: forum.id,
                meeting: Some(meeting),
                section: next_section(),
                title: text::board_title(forum.unit, year, rng),
                text: text::board_text(forum.unit, rng),
                registry_number: Some(format!(
                    "{} {year}/{}",
                    forum.abbreviation, forum.registry_sequence
                )),
                mbl: Some(mbl),
            },
            3,
        ));
        forum.board.push(BoardMatter {
            case,
            mbl,
            close_at: i + 1,
        });
    }

    // New questions, most from one union to the employer.
    for _ in 0..rng.between(2, 6) {
        let case = CaseId(new_id(date, rng));
        let roll = rng.below(100);
        let (raised_by, addressed_to) = if roll < 70 {
            (rng.pick(&forum.unions).clone(), Party::Employer)
        } else if roll < 90 {
            (Party::AllUnions, Party::Employer)
        } else {
            (Party::Employer, Party::AllUnions)
        };
        let asked_by = match &raised_by {
            Party::AllUnions => None,
            party => Some(speaker(forum, party, rng)),
        };
        let title = text::question_title(forum.unit, rng);
        out.push((
            Command::RaiseQuestion {
                case,
                forum: forum.id,
                meeting: Some(meeting),
                section: next_section(),
                title,
                text: text::question_text(forum.unit, rng),
                raised_by: raised_by.clone(),
                asked_by,
                addressed_to: addressed_to.clone(),
                pre_registered: rng.percent(60),
                carried_over: false,
            },
            3,
        ));
        let step_at = if rng.percent(20) {
            // Answered at once, later in the same meeting's protocol.
            i
        } else {
            i + rng.between(1, 4)
        };
        let mut question = Question {
            case,
            raised_by,
            addressed_to,
            raised_at: i,
            step: Step::Answer,
            step_at,
            on_list: false,
            commitments: 0,
        };
        if step_at == i {
            out.push((
                Command::AnswerQuestion {
                    case,
                    meeting: Some(meeting),
                    by: question.addressed_to.clone(),
                    person: Some(speaker(forum, &question.addressed_to, rng)),
                    text: text::answer_text(forum.unit, rng),
                    commitment: None,
                },
                1,
            ));
            question.step = Step::Close;
            question.step_at = i + rng.between(2, 6);
            if rng.percent(60) {
                continue;
            }
        }
        forum.questions.push(question);
    }

    // Now and then the employer promises something outside a question.
    if rng.percent(25) {
        let case = CaseId(new_id(date, rng));
        let what = text::commitment_what(rng);
        out.push((
            Command::OpenCase {
                case,
                forum: forum.id,
                kind: CaseKind::Commitment,
                meeting: Some(meeting),
                section: next_section(),
                title: what.clone(),
                text: text::board_text(forum.unit, rng),
            },
            2,
        ));
        let spec = commitment_spec(forum, &Party::AllUnions, date, rng);
        out.push((
            Command::MakeCommitment {
                case,
                meeting: Some(meeting),
                spec,
            },
            1,
        ));
        *forum.open_commitments.entry(case).or_default() += 1;
        forum.commitments.push(Commitment {
            case,
            number: 1,
            due_at: i + rng.between(1, 4),
            renewals: 0,
        });
    }

    forum.held += 1;
    forum.previous = Some((meeting, date));
    forum.upcoming = Some((next, upcoming_date));
    Planned {
        forum: forum.id,
        meeting,
        date,
        commands: out,
    }
}

fn schedule(forum: &ForumGen, meeting: MeetingId, date: Date) -> Command {
    Command::ScheduleMeeting {
        meeting,
        forum: forum.id,
        date,
        time: Some(forum.time),
        place: Some(forum.place.to_string()),
    }
}

fn attendance(forum: &ForumGen, meeting: MeetingId, rng: &mut Rng) -> Command {
    let roster = &forum.roster;
    let mut present = vec![
        Attendee {
            name: Some(roster.chair.clone()),
            party: Party::Employer,
            role: Some("förvaltningschef, ordförande".into()),
        },
        Attendee {
            name: Some(roster.secretary.clone()),
            party: Party::Employer,
            role: Some("HR-specialist, sekreterare".into()),
        },
    ];
    present.extend(roster.managers.iter().map(|(name, role)| Attendee {
        name: Some(name.clone()),
        party: Party::Employer,
        role: Some((*role).to_string()),
    }));
    let mut absent = Vec::new();
    for (party, name) in &roster.union_reps {
        if rng.percent(88) {
            present.push(Attendee {
                name: Some(name.clone()),
                party: party.clone(),
                role: Some("huvudskyddsombud".into()),
            });
        } else {
            absent.push(Attendee {
                name: None,
                party: party.clone(),
                role: None,
            });
        }
    }
    Command::RecordAttendance {
        meeting,
        present,
        absent,
    }
}

fn approvers(forum: &ForumGen, meeting: MeetingId, date: Date) -> Command {
    let mut approvers = vec![Approver {
        name: Some(forum.roster.chair.clone()),
        party: Party::Employer,
    }];
    if let Some((party, name)) = forum.roster.union_reps.first() {
        approvers.push(Approver {
            name: Some(name.clone()),
            party: party.clone(),
        });
    }
    Command::AppointApprovers {
        meeting,
        approvers,
        deadline: date.checked_add(jiff::Span::new().days(14)).ok(),
        comments_deadline: None,
    }
}

/// Who speaks for a party at this forum.
fn speaker(forum: &ForumGen, party: &Party, rng: &mut Rng) -> String {
    match party {
        Party::Employer => {
            if rng.percent(40) {
                forum.roster.chair.clone()
            } else {
                rng.pick(&forum.roster.managers).0.clone()
            }
        }
        union => forum
            .roster
            .union_reps
            .iter()
            .find(|(p, _)| p == union)
            .map_or_else(
                || rng.pick(&forum.roster.union_reps).1.clone(),
                |(_, n)| n.clone(),
            ),
    }
}

/// A due as protocols give it: mostly in words, otherwise an exact date.
fn due(date: Date, rng: &mut Rng) -> (Option<String>, Option<Date>) {
    if rng.percent(60) {
        (Some((*rng.pick(text::DUE_LABELS)).to_string()), None)
    } else {
        let days = i64::from(rng.between(14, 120));
        (None, date.checked_add(jiff::Span::new().days(days)).ok())
    }
}

fn commitment_spec(forum: &ForumGen, to: &Party, date: Date, rng: &mut Rng) -> CommitmentSpec {
    let (due_label, due_date) = due(date, rng);
    CommitmentSpec {
        by: Party::Employer,
        person: Some(speaker(forum, &Party::Employer, rng)),
        to: Some(to.clone()),
        what: text::commitment_what(rng),
        due_label,
        due_date,
    }
}
