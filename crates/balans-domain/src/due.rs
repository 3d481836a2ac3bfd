//! Due dates: the label as a protocol writes it ("under vintern", "nästa förvaltningsgrupp") and the date a rule gives it.

use std::ops::RangeInclusive;
use std::str::FromStr;

use jiff::Span;
use jiff::civil::{Date, ISOWeekDate, Weekday};
use serde::{Deserialize, Serialize};

/// When something is due: the words used and what they resolve to.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Due {
    /// The due as written, e.g. "under vintern"; `None` when nothing was said.
    pub label: Option<String>,
    /// What the label resolves to by the rules in [`DUE_RULES`].
    pub by: DueBy,
}

/// What a due label resolves to.
///
/// In text formats (the JSON of stored events and of the API) it reads
/// `{"kind": "date", "date": "2025-02-28"}` or `{"kind": "next_meeting"}`; compact binary
/// formats (read-model snapshots), which cannot read a tag back by its name, store a plain enum.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DueBy {
    /// A calendar date (the last day on which it is still on time).
    Date(Date),
    /// The forum's next meeting after the one where it was said: resolved against the schedule
    /// when read, so it moves when that meeting is rescheduled.
    NextMeeting,
    /// No rule gives a date ("kommande utbildningar", or nothing said).
    Unresolved,
}

/// [`DueBy`] as text formats write it.
#[derive(Serialize, Deserialize)]
#[serde(
    rename = "DueBy",
    tag = "kind",
    content = "date",
    rename_all = "snake_case"
)]
enum TaggedDueBy {
    Date(Date),
    NextMeeting,
    Unresolved,
}

/// [`DueBy`] as binary formats write it.
#[derive(Serialize, Deserialize)]
#[serde(rename = "DueBy")]
enum PlainDueBy {
    Date(Date),
    NextMeeting,
    Unresolved,
}

impl Serialize for DueBy {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        if serializer.is_human_readable() {
            match *self {
                DueBy::Date(date) => TaggedDueBy::Date(date),
                DueBy::NextMeeting => TaggedDueBy::NextMeeting,
                DueBy::Unresolved => TaggedDueBy::Unresolved,
            }
            .serialize(serializer)
        } else {
            match *self {
                DueBy::Date(date) => PlainDueBy::Date(date),
                DueBy::NextMeeting => PlainDueBy::NextMeeting,
                DueBy::Unresolved => PlainDueBy::Unresolved,
            }
            .serialize(serializer)
        }
    }
}

impl<'de> Deserialize<'de> for DueBy {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        Ok(if deserializer.is_human_readable() {
            match TaggedDueBy::deserialize(deserializer)? {
                TaggedDueBy::Date(date) => DueBy::Date(date),
                TaggedDueBy::NextMeeting => DueBy::NextMeeting,
                TaggedDueBy::Unresolved => DueBy::Unresolved,
            }
        } else {
            match PlainDueBy::deserialize(deserializer)? {
                PlainDueBy::Date(date) => DueBy::Date(date),
                PlainDueBy::NextMeeting => DueBy::NextMeeting,
                PlainDueBy::Unresolved => DueBy::Unresolved,
            }
        })
    }
}

impl Due {
    /// The due as the protocol wrote it, resolved against the date of the meeting where it was said.
    pub fn from_label(label: &str, meeting_date: Date) -> Due {
        let label = label.trim();
        if label.is_empty() {
            return Due::none();
        }
        Due {
            label: Some(label.to_owned()),
            by: resolve_due_label(label, meeting_date),
        }
    }

    /// Due on a given date, labelled with that date so it reads the same as a written one.
    pub fn on(date: Date) -> Due {
        Due {
            label: Some(date.to_string()),
            by: DueBy::Date(date),
        }
    }

    /// Nothing was said about when.
    pub fn none() -> Due {
        Due {
            label: None,
            by: DueBy::Unresolved,
        }
    }

    /// The last day on which it is on time. `next_meeting` is the date of the forum's next meeting
    /// after the one where it was said, looked up in the schedule by the caller; without one, a
    /// "next meeting" due has no date yet.
    pub fn resolved_date(&self, next_meeting: Option<Date>) -> Option<Date> {
        match self.by {
            DueBy::Date(date) => Some(date),
            DueBy::NextMeeting => next_meeting,
            DueBy::Unresolved => None,
        }
    }

    /// Whether the due date has passed at `as_of`: the due date itself is still on time. Whether
    /// the obligation was fulfilled is the caller's business; this only says the time is up.
    pub fn is_overdue(&self, next_meeting: Option<Date>, as_of: Date) -> bool {
        self.resolved_date(next_meeting)
            .is_some_and(|due| as_of > due)
    }
}

/// One row of [`DUE_RULES`]: which labels it reads and how, for the docs and the UI.
#[derive(Debug, Clone, Copy)]
pub struct DueRule {
    /// The labels the rule reads.
    pub pattern_description: &'static str,
    /// A label the rule reads.
    pub example: &'static str,
    /// What such a label resolves to.
    pub resolves_to: &'static str,
    /// Why the rule reads it that way.
    pub why: &'static str,
    /// `None` hands the label on to the next rule. Kept in the row so that the order of the table
    /// is the order of matching.
    read: fn(&Words, Date) -> Option<DueBy>,
}

/// The rules for reading a due label, in the order they are tried: the first rule that reads the
/// label decides. Exact days come first, then the forum's next meeting, then named periods, then
/// spans counted from the meeting, then the vague words; the last row reads anything.
pub const DUE_RULES: &[DueRule] = &[
    DueRule {
        pattern_description: "An ISO date, YYYY-MM-DD, anywhere in the label.",
        example: "senast 2025-02-15",
        resolves_to: "That date. A date that does not exist (2025-02-30) is unresolved.",
        why: "Written exactly, so taken as written. An impossible date is left for a person to correct rather than guessed at.",
        read: read_iso_date,
    },
    DueRule {
        pattern_description: "A day and a month name: \"15 februari\", \"den 15 februari\", \"1:a mars\", \"15:e mars\", optionally followed by a year.",
        example: "senast den 15 mars",
        resolves_to: "That day. Without a year: in the meeting's year, or the next year if that day is before the meeting. A written year wins, even if the day has passed. A day that does not exist (31 april) is unresolved.",
        why: "Minutes rarely repeat the year, and a day already passed at the meeting can only mean next year.",
        read: read_day_and_month_name,
    },
    DueRule {
        pattern_description: "Day/month in figures, day first as in Swedish: \"15/2\", \"15/2-2025\", \"15/2 2025\".",
        example: "15/2",
        resolves_to: "As for a day and a month name.",
        why: "The same date written shorter.",
        read: read_day_slash_month,
    },
    DueRule {
        pattern_description: "An ISO week: \"vecka 48\", \"v. 48\", \"v48\", optionally followed by a year.",
        example: "vecka 48",
        resolves_to: "Sunday of that ISO week. Without a year: the first such week whose Sunday is on or after the meeting. A written year is the ISO week-year.",
        why: "Sunday ends the ISO week, so the whole week is on time.",
        read: read_iso_week,
    },
    DueRule {
        pattern_description: "The forum's next meeting: \"nästa\", \"nästkommande\" or \"kommande\" before a meeting (möte, mötet, sammanträde, förvaltningsgrupp, FG, FSG, CSG, LSG, APT, skyddskommitté, samverkan, samverkansmöte, any word ending in -möte, -grupp, -kommitté or -träff), or before \"gång\" or \"tillfälle\"; \"ordinarie\" or \"planerade\" may stand between. \"vid nästa ...\" whatever follows, except a week, month, quarter or year.",
        example: "vid nästa förvaltningsgrupp",
        resolves_to: "The forum's next meeting after the one where it was said, looked up in the schedule when read: no date until one is scheduled, and it moves with rescheduling.",
        why: "The promise is tied to the meeting, not to a day. A named meeting is more definite than a month or season said with it (\"till nästa möte i december\"), less than an exact day.",
        read: read_next_meeting,
    },
    DueRule {
        pattern_description: "A quarter: \"första kvartalet\" to \"fjärde kvartalet\" (\"sista kvartalet\" is the fourth), \"1:a kvartalet\", \"kvartal 1\", \"Q1\", \"kv1\", optionally followed by a year.",
        example: "första kvartalet",
        resolves_to: "Last day of the quarter (31 March, 30 June, 30 September, 31 December). Without a year: the first such quarter ending on or after the meeting. A written year wins.",
        why: "A promise within a quarter is kept until the quarter ends.",
        read: read_quarter,
    },
    DueRule {
        pattern_description: "A month name, whatever words are around it: \"december\", \"i december\", \"klar december\", \"till december\", \"under mars\", \"mars 2025\". Abbreviations (feb, mar, apr, jun, aug, sep, sept, okt, nov, dec) too, but not \"jan\" (a first name) or \"jul\" (Christmas). \"efter december\" means the month after.",
        example: "förmodligen klar december",
        resolves_to: "Last day of that month. Without a year: the first such month on or after the meeting's month. A written year wins. \"efter\" a month: last day of the month after it.",
        why: "A month is short enough that \"i\", \"under\" and \"till\" all mean before it ends. \"efter\" reads as for seasons: by the end of the first month after.",
        read: read_month_name,
    },
    DueRule {
        pattern_description: "Christmas: \"till\", \"före\", \"innan\", \"inför\" or \"i\" before \"jul\", \"julen\" or \"julhelgen\".",
        example: "före jul",
        resolves_to: "23 December of the meeting's year, or of the next year if the meeting is later.",
        why: "The day before Christmas Eve is when \"before Christmas\" runs out in practice.",
        read: read_christmas,
    },
    DueRule {
        pattern_description: "A season: vinter(n), vår(en), sommar(en), höst(en), and semester(n) for the summer. \"under X\", \"i X\" or X alone: the end of X. \"till\", \"före\", \"innan\" or \"inför\" X: the end of X's first month. \"efter X\": the end of the first month of the season after X. \"vår\" counts only as the last word or before a year, since \"i vår\" also begins \"i vår förvaltning\" (our).",
        example: "under vintern",
        resolves_to: "Seasons are vinter Dec-Feb, vår Mar-May, sommar Jun-Aug, höst Sep-Nov. Under/i: vinter end of February (28 or 29), vår 31 May, sommar 31 August, höst 30 November. Till/före/innan/inför: vinter 31 December, vår 31 March, sommar 30 June, höst 30 September; \"efter sommaren\" is \"till hösten\". Always the first such date on or after the meeting; a written year is the year of that date.",
        why: "\"under X\" promises within X, so until its last day; \"till X\" promises by the time X has come, which it has during its first month. That puts \"före sommaren\" at 30 June, before the July holidays, as it is meant at Swedish workplaces.",
        read: read_season,
    },
    DueRule {
        pattern_description: "After the turn of the year: \"efter årsskiftet\", \"efter nyår\".",
        example: "efter årsskiftet",
        resolves_to: "31 January after the meeting.",
        why: "Read as \"efter sommaren\" is: by the end of the first month after.",
        read: read_after_new_year,
    },
    DueRule {
        pattern_description: "The end of this year: \"årsskiftet\" (vid, till, innan, före; not \"över årsskiftet\"), \"nyår\", \"årsslut\", \"under året\", \"i år\", \"före årets slut\", \"året ut\", \"slutet av året\", \"innan året är slut\".",
        example: "vid årsskiftet",
        resolves_to: "31 December of the meeting's year (never before the meeting, so never the next year).",
        why: "The year spoken of is the meeting's own. \"över årsskiftet\" runs into the next year, so it is not read here.",
        read: read_year_end,
    },
    DueRule {
        pattern_description: "A year from 2000 to 2099, alone or with any words: \"2025\", \"under 2025\", \"till 2025\".",
        example: "under 2025",
        resolves_to: "31 December of that year.",
        why: "A year with no finer period promises within that year.",
        read: read_year,
    },
    DueRule {
        pattern_description: "\"inom\" or \"om\" a number of dagar, veckor, månader or år: digits, a number word (en, ett, två, tre, fyra, fem, sex, sju, åtta, nio, tio, elva, tolv), \"ett par\" (2), or a range (\"1-2\", \"två-tre\": its later end). \"inom de närmaste två veckorna\" too.",
        example: "inom två veckor",
        resolves_to: "The meeting date plus that span. A month from 31 January is the last day of February.",
        why: "A span is counted from when it was said.",
        read: read_span,
    },
    DueRule {
        pattern_description: "\"nästa vecka\", \"kommande veckan\".",
        example: "nästa vecka",
        resolves_to: "Sunday of the ISO week after the meeting's week.",
        why: "Next week is a calendar week and, as with \"vecka 48\", all of it is on time.",
        read: read_next_week,
    },
    DueRule {
        pattern_description: "\"nästa månad\".",
        example: "nästa månad",
        resolves_to: "Last day of the month after the meeting's month.",
        why: "As with a month name: all of the month is on time.",
        read: read_next_month,
    },
    DueRule {
        pattern_description: "\"nästa år\".",
        example: "under nästa år",
        resolves_to: "31 December of the year after the meeting's year.",
        why: "As with a year: all of the year is on time.",
        read: read_next_year,
    },
    DueRule {
        pattern_description: "Soon: \"inom kort\", \"inom kort tid\", \"snart\", \"snarast\", \"så snart som möjligt\", \"inom en snar framtid\", \"den närmaste tiden\".",
        example: "inom kort",
        resolves_to: "The meeting date plus one month.",
        why: "Our choice: a month is a fair reading of \"soon\", and short enough that it comes up again at the next meeting or the one after. Unresolved would mean never overdue.",
        read: read_soon,
    },
    DueRule {
        pattern_description: "\"kommande\" or \"närmaste\" directly before \"månaderna\"/\"månader\" or \"veckorna\"/\"veckor\": \"de kommande månaderna\", \"de närmaste veckorna\".",
        example: "de kommande månaderna",
        resolves_to: "The meeting date plus three months, or plus three weeks for weeks.",
        why: "Our choice: \"the coming months\" is read as a few, three. The period word must follow, so \"kommande utbildningar\" is not read here.",
        read: read_coming_period,
    },
    DueRule {
        pattern_description: "Anything else, or nothing.",
        example: "kommande utbildningar",
        resolves_to: "Unresolved.",
        why: "No rule gives a date, so it is shown as written and never counts as overdue, rather than guessed at.",
        read: read_anything,
    },
];

/// What a free-text due label resolves to, by the first rule in [`DUE_RULES`] that reads it.
/// Dates are counted from the date of the meeting where it was said, never from today.
pub fn resolve_due_label(label: &str, meeting_date: Date) -> DueBy {
    first_matching_rule(label, meeting_date).map_or(DueBy::Unresolved, |(_, by)| by)
}

fn first_matching_rule(label: &str, meeting_date: Date) -> Option<(&'static DueRule, DueBy)> {
    let words = Words::of(label);
    DUE_RULES
        .iter()
        .find_map(|rule| (rule.read)(&words, meeting_date).map(|by| (rule, by)))
}

/// A label as lowercase words, so rules match whole words: "mars" never matches "marsch".
/// Digits joined by `-` or `/` stay one word, so "2025-02-15", "15/2" and "1-2" survive;
/// elsewhere those split words ("FG-mötet" is "fg" and "mötet").
struct Words(Vec<String>);

impl Words {
    fn of(label: &str) -> Words {
        let lower = label.to_lowercase().replace(['–', '—'], "-");
        let mut words = Vec::new();
        for chunk in lower.split(|c: char| !(c.is_alphanumeric() || c == '-' || c == '/')) {
            if chunk
                .chars()
                .all(|c| c.is_ascii_digit() || c == '-' || c == '/')
            {
                let numeric = chunk.trim_matches(['-', '/']);
                if !numeric.is_empty() {
                    words.push(numeric.to_owned());
                }
            } else {
                words.extend(
                    chunk
                        .split(['-', '/'])
                        .filter(|word| !word.is_empty())
                        .map(str::to_owned),
                );
            }
        }
        Words(words)
    }

    fn indices(&self) -> std::ops::Range<usize> {
        0..self.0.len()
    }

    fn get(&self, index: usize) -> Option<&str> {
        self.0.get(index).map(String::as_str)
    }

    fn before(&self, index: usize) -> Option<&str> {
        self.get(index.checked_sub(1)?)
    }

    fn has_any(&self, words: &[&str]) -> bool {
        self.0.iter().any(|word| words.contains(&word.as_str()))
    }

    fn has_sequence(&self, sequence: &[&str]) -> bool {
        !sequence.is_empty()
            && self.0.windows(sequence.len()).any(|window| {
                window
                    .iter()
                    .zip(sequence)
                    .all(|(word, wanted)| word == wanted)
            })
    }

    fn has_pair(&self, first: &[&str], second: &[&str]) -> bool {
        self.0.windows(2).any(|pair| match pair {
            [a, b] => first.contains(&a.as_str()) && second.contains(&b.as_str()),
            _ => false,
        })
    }

    /// A year written at `index`; only this century, so counts like "inom 30 dagar" are never years.
    fn year_at(&self, index: usize) -> Option<i16> {
        digits::<i16>(self.get(index)?, 4..=4).filter(|year| (2000..=2099).contains(year))
    }
}

/// `word` as a number if it is only ASCII digits, as many as `length` allows.
fn digits<T: FromStr>(word: &str, length: RangeInclusive<usize>) -> Option<T> {
    let all_digits = !word.is_empty() && word.bytes().all(|byte| byte.is_ascii_digit());
    if all_digits && length.contains(&word.len()) {
        word.parse().ok()
    } else {
        None
    }
}

fn as_due(date: Option<Date>) -> DueBy {
    date.map_or(DueBy::Unresolved, DueBy::Date)
}

/// The date `date_in(year)` for a written year, or else the first one on or after the meeting in
/// `first_year` or the year after; years where it does not exist (29 February) are skipped.
fn on_or_after(
    meeting: Date,
    first_year: i16,
    written_year: Option<i16>,
    date_in: impl Fn(i16) -> Option<Date>,
) -> DueBy {
    as_due(match written_year {
        Some(year) => date_in(year),
        None => [first_year, first_year.saturating_add(1)]
            .into_iter()
            .filter_map(&date_in)
            .find(|date| *date >= meeting),
    })
}

fn last_day_of_month(year: i16, month: i8) -> Option<Date> {
    Date::new(year, month, 1).ok().map(Date::last_of_month)
}

fn month_end_on_or_after(meeting: Date, month: i8, written_year: Option<i16>) -> DueBy {
    on_or_after(meeting, meeting.year(), written_year, |year| {
        last_day_of_month(year, month)
    })
}

fn plus(meeting: Date, span: Result<Span, jiff::Error>) -> DueBy {
    as_due(span.and_then(|span| meeting.checked_add(span)).ok())
}

fn sunday_of_week(date: Date) -> Option<Date> {
    let week = date.iso_week_date();
    ISOWeekDate::new(week.year(), week.week(), Weekday::Sunday)
        .ok()
        .map(ISOWeekDate::date)
}

/// The Swedish month names, January first, as protocols write them.
pub const MONTHS: [&str; 12] = [
    "januari",
    "februari",
    "mars",
    "april",
    "maj",
    "juni",
    "juli",
    "augusti",
    "september",
    "oktober",
    "november",
    "december",
];

fn month_number(word: &str) -> Option<i8> {
    if let Some(index) = MONTHS.iter().position(|month| *month == word) {
        return Some(index as i8 + 1);
    }
    Some(match word {
        "feb" => 2,
        "mar" => 3,
        "apr" => 4,
        "jun" => 6,
        "aug" => 8,
        "sep" | "sept" => 9,
        "okt" => 10,
        "nov" => 11,
        "dec" => 12,
        _ => return None,
    })
}

fn read_iso_date(words: &Words, _meeting: Date) -> Option<DueBy> {
    words.indices().find_map(|index| {
        let mut parts = words.get(index)?.split('-');
        let year = digits::<i16>(parts.next()?, 4..=4)?;
        let month = digits::<i8>(parts.next()?, 1..=2)?;
        let day = digits::<i8>(parts.next()?, 1..=2)?;
        if parts.next().is_some() {
            return None;
        }
        Some(as_due(Date::new(year, month, day).ok()))
    })
}

fn read_day_and_month_name(words: &Words, meeting: Date) -> Option<DueBy> {
    words.indices().find_map(|index| {
        let month = month_number(words.get(index)?)?;
        // "1:a mars" and "15:e mars" split into "1" "a" and "15" "e".
        let day_at = match words.before(index) {
            Some("a" | "e") => index.checked_sub(2)?,
            _ => index.checked_sub(1)?,
        };
        let day = digits::<i8>(words.get(day_at)?, 1..=2)?;
        Some(on_or_after(
            meeting,
            meeting.year(),
            words.year_at(index + 1),
            |year| Date::new(year, month, day).ok(),
        ))
    })
}

fn read_day_slash_month(words: &Words, meeting: Date) -> Option<DueBy> {
    words.indices().find_map(|index| {
        let (day, rest) = words.get(index)?.split_once('/')?;
        let (month, year_in_word) = match rest.split_once(['-', '/']) {
            Some((month, year)) => (month, Some(digits::<i16>(year, 4..=4)?)),
            None => (rest, None),
        };
        let day = digits::<i8>(day, 1..=2)?;
        let month = digits::<i8>(month, 1..=2)?;
        let written_year = year_in_word.or_else(|| words.year_at(index + 1));
        Some(on_or_after(meeting, meeting.year(), written_year, |year| {
            Date::new(year, month, day).ok()
        }))
    })
}

fn read_iso_week(words: &Words, meeting: Date) -> Option<DueBy> {
    words.indices().find_map(|index| {
        let word = words.get(index)?;
        let (week, after) = if word == "vecka" || word == "v" {
            (digits::<i8>(words.get(index + 1)?, 1..=2)?, index + 2)
        } else {
            (digits::<i8>(word.strip_prefix('v')?, 1..=2)?, index + 1)
        };
        if !(1..=53).contains(&week) {
            return None;
        }
        // The ISO week-year, which differs from the calendar year in the last days of December.
        let meeting_week_year = meeting.iso_week_date().year();
        Some(on_or_after(
            meeting,
            meeting_week_year,
            words.year_at(after),
            |year| {
                ISOWeekDate::new(year, week, Weekday::Sunday)
                    .ok()
                    .map(ISOWeekDate::date)
            },
        ))
    })
}

const MEETING_WORDS: &[&str] = &[
    "samverkan",
    "gång",
    "tillfälle",
    "tillfället",
    "fg",
    "fsg",
    "csg",
    "lsg",
    "apt",
];

const MEETING_WORD_ENDINGS: &[&str] = &[
    "möte",
    "mötet",
    "sammanträde",
    "sammanträdet",
    "grupp",
    "gruppen",
    "kommitté",
    "kommittén",
    "kommitte",
    "kommitten",
    "träff",
    "träffen",
];

/// Periods that "vid nästa" can also introduce, and which other rules read as dates.
const NOT_MEETINGS: &[&str] = &[
    "vecka",
    "veckan",
    "månad",
    "månaden",
    "kvartal",
    "kvartalet",
    "år",
    "året",
];

fn names_meeting(word: &str) -> bool {
    MEETING_WORDS.contains(&word)
        || MEETING_WORD_ENDINGS
            .iter()
            .any(|ending| word.ends_with(ending))
}

fn read_next_meeting(words: &Words, _meeting: Date) -> Option<DueBy> {
    let said = words.indices().any(|index| {
        let next_word = words.get(index + 1);
        match words.get(index) {
            Some("vid") => {
                words.get(index + 1) == Some("nästa")
                    && words
                        .get(index + 2)
                        .is_none_or(|word| !NOT_MEETINGS.contains(&word))
            }
            Some("nästa" | "nästkommande" | "kommande") => match next_word {
                Some("ordinarie" | "planerade") => words.get(index + 2).is_some_and(names_meeting),
                Some(word) => names_meeting(word),
                None => false,
            },
            _ => false,
        }
    });
    said.then_some(DueBy::NextMeeting)
}

fn quarter_before(words: &Words, index: usize) -> Option<i8> {
    match words.before(index)? {
        "första" => Some(1),
        "andra" => Some(2),
        "tredje" => Some(3),
        "fjärde" | "sista" => Some(4),
        "a" | "e" => digits(words.get(index.checked_sub(2)?)?, 1..=1),
        word => digits(word, 1..=1),
    }
}

fn read_quarter(words: &Words, meeting: Date) -> Option<DueBy> {
    words.indices().find_map(|index| {
        let word = words.get(index)?;
        let (quarter, after) = if matches!(word, "kvartal" | "kvartalet" | "kv") {
            match words
                .get(index + 1)
                .and_then(|next| digits::<i8>(next, 1..=1))
            {
                Some(quarter) => (quarter, index + 2),
                None => (quarter_before(words, index)?, index + 1),
            }
        } else {
            let number = word.strip_prefix('q').or_else(|| word.strip_prefix("kv"))?;
            (digits::<i8>(number, 1..=1)?, index + 1)
        };
        if !(1..=4).contains(&quarter) {
            return None;
        }
        Some(month_end_on_or_after(
            meeting,
            quarter * 3,
            words.year_at(after),
        ))
    })
}

fn read_month_name(words: &Words, meeting: Date) -> Option<DueBy> {
    words.indices().find_map(|index| {
        let month = month_number(words.get(index)?)?;
        let written_year = words.year_at(index + 1);
        let (month, written_year) = match (words.before(index), month) {
            (Some("efter"), 12) => (1, written_year.map(|year| year + 1)),
            (Some("efter"), month) => (month + 1, written_year),
            (_, month) => (month, written_year),
        };
        Some(month_end_on_or_after(meeting, month, written_year))
    })
}

fn read_christmas(words: &Words, meeting: Date) -> Option<DueBy> {
    words.indices().find_map(|index| {
        let christmas = matches!(words.get(index), Some("jul" | "julen" | "julhelgen"));
        let before = matches!(
            words.before(index),
            Some("till" | "före" | "innan" | "inför" | "i")
        );
        (christmas && before).then(|| {
            on_or_after(meeting, meeting.year(), words.year_at(index + 1), |year| {
                Date::new(year, 12, 23).ok()
            })
        })
    })
}

struct Season {
    names: &'static [&'static str],
    first_month: i8,
    last_month: i8,
}

/// In calendar order, so the season after one is the next in the list.
const SEASONS: [Season; 4] = [
    Season {
        names: &["vinter", "vintern"],
        first_month: 12,
        last_month: 2,
    },
    Season {
        names: &["vår", "våren"],
        first_month: 3,
        last_month: 5,
    },
    Season {
        names: &["sommar", "sommaren", "semester", "semestern"],
        first_month: 6,
        last_month: 8,
    },
    Season {
        names: &["höst", "hösten"],
        first_month: 9,
        last_month: 11,
    },
];

fn read_season(words: &Words, meeting: Date) -> Option<DueBy> {
    words.indices().find_map(|index| {
        let word = words.get(index)?;
        let position = SEASONS
            .iter()
            .position(|season| season.names.contains(&word))?;
        let written_year = words.year_at(index + 1);
        let is_last_word = index + 1 == words.indices().len();
        if word == "vår" && !is_last_word && written_year.is_none() {
            return None;
        }
        let season = &SEASONS[position];
        let month = match words.before(index) {
            Some("till" | "före" | "innan" | "inför") => season.first_month,
            Some("efter") => SEASONS[(position + 1) % SEASONS.len()].first_month,
            _ => season.last_month,
        };
        Some(month_end_on_or_after(meeting, month, written_year))
    })
}

const TURN_OF_YEAR: &[&str] = &["årsskiftet", "årsskifte", "nyår", "nyåret"];

fn read_after_new_year(words: &Words, meeting: Date) -> Option<DueBy> {
    words.has_pair(&["efter"], TURN_OF_YEAR).then(|| {
        on_or_after(meeting, meeting.year(), None, |year| {
            Date::new(year, 1, 31).ok()
        })
    })
}

fn read_year_end(words: &Words, meeting: Date) -> Option<DueBy> {
    let turn_of_year = words.indices().any(|index| {
        words
            .get(index)
            .is_some_and(|word| TURN_OF_YEAR.contains(&word))
            && words.before(index) != Some("över")
    });
    let said = turn_of_year
        || words.has_any(&["årsslut", "årsslutet"])
        || words.has_sequence(&["under", "året"])
        || words.has_sequence(&["i", "år"])
        || words.has_sequence(&["årets", "slut"])
        || words.has_sequence(&["året", "ut"])
        || words.has_sequence(&["året", "är", "slut"])
        || words.has_sequence(&["slutet", "av", "året"]);
    said.then(|| as_due(Date::new(meeting.year(), 12, 31).ok()))
}

fn read_year(words: &Words, _meeting: Date) -> Option<DueBy> {
    words
        .indices()
        .find_map(|index| words.year_at(index))
        .map(|year| as_due(Date::new(year, 12, 31).ok()))
}

fn count_word(word: &str) -> Option<i64> {
    Some(match word {
        "en" | "ett" => 1,
        "två" | "par" => 2,
        "tre" => 3,
        "fyra" => 4,
        "fem" => 5,
        "sex" => 6,
        "sju" => 7,
        "åtta" => 8,
        "nio" => 9,
        "tio" => 10,
        "elva" => 11,
        "tolv" => 12,
        _ => match word.split_once('-') {
            Some((low, high)) => digits::<i64>(low, 1..=3)?.max(digits(high, 1..=3)?),
            None => digits(word, 1..=3)?,
        },
    })
}

fn read_span(words: &Words, meeting: Date) -> Option<DueBy> {
    words.indices().find_map(|index| {
        if !matches!(words.get(index), Some("inom" | "om")) {
            return None;
        }
        let mut at = index + 1;
        while matches!(
            words.get(at),
            Some("de" | "den" | "det" | "närmaste" | "kommande" | "loppet" | "av")
        ) {
            at += 1;
        }
        // "ett par" and "två-tre": the largest count said.
        let mut count = None;
        while let Some(number) = words.get(at).and_then(count_word) {
            count = count.max(Some(number));
            at += 1;
        }
        let count = count?;
        let span = match words.get(at)? {
            "dag" | "dagar" | "dagarna" | "dygn" => Span::new().try_days(count),
            "vecka" | "veckor" | "veckorna" => Span::new().try_weeks(count),
            "månad" | "månader" | "månaderna" => Span::new().try_months(count),
            "år" | "åren" => Span::new().try_years(count),
            _ => return None,
        };
        Some(plus(meeting, span))
    })
}

fn read_next_week(words: &Words, meeting: Date) -> Option<DueBy> {
    let said =
        words.has_sequence(&["nästa", "vecka"]) || words.has_sequence(&["kommande", "veckan"]);
    said.then(|| {
        let a_week_later = meeting.checked_add(Span::new().days(7)).ok();
        as_due(a_week_later.and_then(sunday_of_week))
    })
}

fn read_next_month(words: &Words, meeting: Date) -> Option<DueBy> {
    words.has_sequence(&["nästa", "månad"]).then(|| {
        let next_month = meeting
            .first_of_month()
            .checked_add(Span::new().months(1))
            .ok();
        as_due(next_month.map(Date::last_of_month))
    })
}

fn read_next_year(words: &Words, meeting: Date) -> Option<DueBy> {
    words.has_sequence(&["nästa", "år"]).then(|| {
        let next_year = meeting.year().checked_add(1);
        as_due(next_year.and_then(|year| Date::new(year, 12, 31).ok()))
    })
}

fn read_soon(words: &Words, meeting: Date) -> Option<DueBy> {
    let said = words.has_sequence(&["inom", "kort"])
        || words.has_any(&["snart", "snarast"])
        || words.has_sequence(&["snar", "framtid"])
        || words.has_sequence(&["närmaste", "tiden"]);
    said.then(|| plus(meeting, Span::new().try_months(1)))
}

fn read_coming_period(words: &Words, meeting: Date) -> Option<DueBy> {
    const COMING: &[&str] = &["kommande", "närmaste"];
    if words.has_pair(COMING, &["månaderna", "månader"]) {
        Some(plus(meeting, Span::new().try_months(3)))
    } else if words.has_pair(COMING, &["veckorna", "veckor"]) {
        Some(plus(meeting, Span::new().try_weeks(3)))
    } else {
        None
    }
}

fn read_anything(_words: &Words, _meeting: Date) -> Option<DueBy> {
    Some(DueBy::Unresolved)
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    const SEPT_20_2023: Date = date(2023, 9, 20);

    fn resolves(label: &str, said_on: Date) -> DueBy {
        resolve_due_label(label, said_on)
    }

    fn on(year: i16, month: i8, day: i8) -> DueBy {
        DueBy::Date(date(year, month, day))
    }

    #[test]
    fn iso_date_is_taken_as_written() {
        assert_eq!(resolves("senast 2025-02-15", SEPT_20_2023), on(2025, 2, 15));
        assert_eq!(resolves("2025-02-30", SEPT_20_2023), DueBy::Unresolved);
    }

    #[test]
    fn day_and_month_name_is_this_year_or_the_next() {
        let march_1_2025 = date(2025, 3, 1);
        assert_eq!(resolves("15 februari", march_1_2025), on(2026, 2, 15));
        assert_eq!(resolves("den 15 mars", march_1_2025), on(2025, 3, 15));
        assert_eq!(resolves("1 mars", march_1_2025), on(2025, 3, 1));
        assert_eq!(resolves("15 februari 2025", march_1_2025), on(2025, 2, 15));
        assert_eq!(
            resolves("senast den 1:a april", march_1_2025),
            on(2025, 4, 1)
        );
        assert_eq!(resolves("29 februari", SEPT_20_2023), on(2024, 2, 29));
        assert_eq!(resolves("31 april", march_1_2025), DueBy::Unresolved);
    }

    #[test]
    fn day_slash_month_is_day_first() {
        let march_1_2025 = date(2025, 3, 1);
        assert_eq!(resolves("15/2", march_1_2025), on(2026, 2, 15));
        assert_eq!(resolves("senast 15/4.", march_1_2025), on(2025, 4, 15));
        assert_eq!(resolves("15/2-2025", march_1_2025), on(2025, 2, 15));
        assert_eq!(resolves("15/2 2027", march_1_2025), on(2027, 2, 15));
        assert_eq!(resolves("31/4", march_1_2025), DueBy::Unresolved);
    }

    #[test]
    fn iso_week_is_its_sunday() {
        let jan_15_2026 = date(2026, 1, 15);
        assert_eq!(resolves("vecka 48", jan_15_2026), on(2026, 11, 29));
        assert_eq!(resolves("v. 48", jan_15_2026), on(2026, 11, 29));
        assert_eq!(resolves("klart V48", jan_15_2026), on(2026, 11, 29));
        assert_eq!(resolves("vecka 2", jan_15_2026), on(2027, 1, 17));
        assert_eq!(resolves("vecka 3", jan_15_2026), on(2026, 1, 18));
        // 2026-12-31 is in week 53 of 2026.
        assert_eq!(resolves("vecka 53", date(2026, 12, 31)), on(2027, 1, 3));
    }

    #[test]
    fn next_meeting_in_its_many_names() {
        for label in [
            "nästa möte",
            "Nästa sammanträde",
            "vid nästa förvaltningsgrupp",
            "nästa FG",
            "nästa LSG",
            "till nästa skyddskommitté",
            "nästa samverkan",
            "nästa samverkansmöte",
            "till nästa gång",
            "kommande möte",
            "nästkommande möte",
            "nästa ordinarie möte",
            "vid nästa FG-möte",
            "vid nästa",
            "återkommer till nästa möte i december",
        ] {
            assert_eq!(resolves(label, SEPT_20_2023), DueBy::NextMeeting, "{label}");
        }
        assert_ne!(
            resolves("vid nästa vecka", SEPT_20_2023),
            DueBy::NextMeeting
        );
        assert_eq!(resolves("kommande möten", SEPT_20_2023), DueBy::Unresolved);
    }

    #[test]
    fn quarter_ends_with_its_last_month() {
        assert_eq!(resolves("första kvartalet", SEPT_20_2023), on(2024, 3, 31));
        assert_eq!(resolves("Q1", SEPT_20_2023), on(2024, 3, 31));
        assert_eq!(resolves("kvartal 1", SEPT_20_2023), on(2024, 3, 31));
        assert_eq!(resolves("tredje kvartalet", SEPT_20_2023), on(2023, 9, 30));
        assert_eq!(resolves("Q4 2024", SEPT_20_2023), on(2024, 12, 31));
        assert_eq!(resolves("Q2-2024", SEPT_20_2023), on(2024, 6, 30));
        assert_eq!(
            resolves("2:a kvartalet 2024", SEPT_20_2023),
            on(2024, 6, 30)
        );
        assert_eq!(resolves("sista kvartalet", SEPT_20_2023), on(2023, 12, 31));
    }

    #[test]
    fn month_name_is_its_last_day() {
        assert_eq!(resolves("december", SEPT_20_2023), on(2023, 12, 31));
        assert_eq!(
            resolves("förmodligen klar december", SEPT_20_2023),
            on(2023, 12, 31)
        );
        assert_eq!(resolves("till December", SEPT_20_2023), on(2023, 12, 31));
        assert_eq!(resolves("i  september", SEPT_20_2023), on(2023, 9, 30));
        assert_eq!(resolves("under mars", SEPT_20_2023), on(2024, 3, 31));
        assert_eq!(resolves("mars 2023", SEPT_20_2023), on(2023, 3, 31));
        assert_eq!(resolves("under februari", SEPT_20_2023), on(2024, 2, 29));
        assert_eq!(resolves("klart dec.", SEPT_20_2023), on(2023, 12, 31));
        assert_eq!(resolves("efter december", SEPT_20_2023), on(2024, 1, 31));
        assert_eq!(resolves("efter oktober", SEPT_20_2023), on(2023, 11, 30));
    }

    #[test]
    fn month_names_match_whole_words_only() {
        assert_eq!(resolves("marschen", SEPT_20_2023), DueBy::Unresolved);
        assert_eq!(resolves("Jan återkommer", SEPT_20_2023), DueBy::Unresolved);
    }

    #[test]
    fn christmas_is_the_day_before_christmas_eve() {
        assert_eq!(resolves("före jul", SEPT_20_2023), on(2023, 12, 23));
        assert_eq!(resolves("innan julen", SEPT_20_2023), on(2023, 12, 23));
        assert_eq!(resolves("till jul", date(2023, 12, 27)), on(2024, 12, 23));
    }

    #[test]
    fn seasons_under_is_the_end_and_till_the_first_month() {
        assert_eq!(
            resolves("under vintern", date(2025, 1, 14)),
            on(2025, 2, 28)
        );
        assert_eq!(resolves("under vintern", SEPT_20_2023), on(2024, 2, 29));
        assert_eq!(resolves("i vinter", date(2025, 12, 10)), on(2026, 2, 28));
        assert_eq!(resolves("till vintern", SEPT_20_2023), on(2023, 12, 31));
        assert_eq!(resolves("i vår", SEPT_20_2023), on(2024, 5, 31));
        assert_eq!(resolves("under våren", SEPT_20_2023), on(2024, 5, 31));
        assert_eq!(resolves("till våren", SEPT_20_2023), on(2024, 3, 31));
        assert_eq!(resolves("före sommaren", SEPT_20_2023), on(2024, 6, 30));
        assert_eq!(
            resolves("innan sommaren", date(2024, 6, 10)),
            on(2024, 6, 30)
        );
        assert_eq!(
            resolves("inför sommaren", date(2024, 7, 1)),
            on(2025, 6, 30)
        );
        assert_eq!(resolves("under sommaren", SEPT_20_2023), on(2024, 8, 31));
        assert_eq!(resolves("i sommar", date(2024, 5, 2)), on(2024, 8, 31));
        assert_eq!(
            resolves("efter semestern", date(2024, 5, 2)),
            on(2024, 9, 30)
        );
        assert_eq!(resolves("till hösten", date(2024, 5, 2)), on(2024, 9, 30));
        assert_eq!(
            resolves("efter sommaren", date(2024, 5, 2)),
            on(2024, 9, 30)
        );
        assert_eq!(resolves("under hösten", SEPT_20_2023), on(2023, 11, 30));
        assert_eq!(resolves("i höst", SEPT_20_2023), on(2023, 11, 30));
        assert_eq!(resolves("hösten 2025", SEPT_20_2023), on(2025, 11, 30));
    }

    #[test]
    fn var_before_a_noun_is_our() {
        assert_eq!(
            resolves("i vår förvaltning", SEPT_20_2023),
            DueBy::Unresolved
        );
        assert_eq!(resolves("i vår 2024", SEPT_20_2023), on(2024, 5, 31));
    }

    #[test]
    fn after_new_year_is_end_of_january() {
        assert_eq!(resolves("efter årsskiftet", SEPT_20_2023), on(2024, 1, 31));
        assert_eq!(resolves("efter nyår", date(2024, 1, 10)), on(2024, 1, 31));
    }

    #[test]
    fn year_end_is_the_meetings_year() {
        for label in [
            "vid årsskiftet",
            "till årsskiftet",
            "innan årsskiftet",
            "under året",
            "i år",
            "före årets slut",
            "året ut",
        ] {
            assert_eq!(resolves(label, SEPT_20_2023), on(2023, 12, 31), "{label}");
        }
        assert_eq!(resolves("över årsskiftet", SEPT_20_2023), DueBy::Unresolved);
    }

    #[test]
    fn year_alone_is_its_last_day() {
        assert_eq!(resolves("under 2025", SEPT_20_2023), on(2025, 12, 31));
        assert_eq!(resolves("2025", SEPT_20_2023), on(2025, 12, 31));
    }

    #[test]
    fn span_is_counted_from_the_meeting() {
        assert_eq!(resolves("inom två veckor", SEPT_20_2023), on(2023, 10, 4));
        assert_eq!(resolves("inom 3 månader", SEPT_20_2023), on(2023, 12, 20));
        assert_eq!(resolves("inom tio dagar", SEPT_20_2023), on(2023, 9, 30));
        assert_eq!(resolves("om en månad", date(2024, 1, 31)), on(2024, 2, 29));
        assert_eq!(
            resolves("inom ett par veckor", SEPT_20_2023),
            on(2023, 10, 4)
        );
        assert_eq!(resolves("inom 1-2 veckor", SEPT_20_2023), on(2023, 10, 4));
        assert_eq!(
            resolves("inom två–tre veckor", SEPT_20_2023),
            on(2023, 10, 11)
        );
        assert_eq!(
            resolves("inom de närmaste två veckorna", SEPT_20_2023),
            on(2023, 10, 4)
        );
        assert_eq!(resolves("inom ett år", SEPT_20_2023), on(2024, 9, 20));
    }

    #[test]
    fn next_week_is_sunday_of_the_following_iso_week() {
        // 2023-09-20 is a Wednesday; the following week ends Sunday 1 October.
        assert_eq!(resolves("nästa vecka", SEPT_20_2023), on(2023, 10, 1));
        assert_eq!(resolves("nästa vecka", date(2023, 9, 24)), on(2023, 10, 1));
    }

    #[test]
    fn next_month_is_its_last_day() {
        assert_eq!(resolves("nästa månad", SEPT_20_2023), on(2023, 10, 31));
        assert_eq!(resolves("nästa månad", date(2024, 1, 31)), on(2024, 2, 29));
        assert_eq!(resolves("nästa månad", date(2023, 12, 5)), on(2024, 1, 31));
    }

    #[test]
    fn next_year_is_its_last_day() {
        assert_eq!(resolves("under nästa år", SEPT_20_2023), on(2024, 12, 31));
    }

    #[test]
    fn soon_is_a_month() {
        assert_eq!(resolves("inom kort", SEPT_20_2023), on(2023, 10, 20));
        assert_eq!(resolves("inom kort tid", SEPT_20_2023), on(2023, 10, 20));
        assert_eq!(resolves("snart", SEPT_20_2023), on(2023, 10, 20));
        assert_eq!(
            resolves("så snart som möjligt", SEPT_20_2023),
            on(2023, 10, 20)
        );
    }

    #[test]
    fn coming_months_are_three() {
        for label in [
            "kommande månaderna",
            "de kommande månaderna",
            "de närmaste månaderna",
            "inom de närmaste månaderna",
        ] {
            assert_eq!(resolves(label, SEPT_20_2023), on(2023, 12, 20), "{label}");
        }
        assert_eq!(
            resolves("de närmaste veckorna", SEPT_20_2023),
            on(2023, 10, 11)
        );
    }

    #[test]
    fn anything_else_is_unresolved() {
        for label in [
            "kommande utbildningar",
            "kommande texter",
            "",
            "   ",
            "marsch",
        ] {
            assert_eq!(
                resolves(label, SEPT_20_2023),
                DueBy::Unresolved,
                "{label:?}"
            );
        }
    }

    #[test]
    fn every_example_is_read_by_its_own_rule() {
        for rule in DUE_RULES {
            let matched = first_matching_rule(rule.example, SEPT_20_2023).map(|(found, _)| found);
            assert_eq!(
                matched.map(|found| found.pattern_description),
                Some(rule.pattern_description),
                "{}",
                rule.example
            );
        }
    }

    #[test]
    fn from_label_trims_and_keeps_the_words() {
        let due = Due::from_label("  under vintern ", date(2025, 1, 14));
        assert_eq!(due.label.as_deref(), Some("under vintern"));
        assert_eq!(due.by, on(2025, 2, 28));
        assert_eq!(Due::from_label(" \t ", date(2025, 1, 14)), Due::none());
    }

    #[test]
    fn on_is_labelled_with_the_iso_date() {
        let due = Due::on(date(2025, 2, 15));
        assert_eq!(due.label.as_deref(), Some("2025-02-15"));
        assert_eq!(due.by, on(2025, 2, 15));
    }

    #[test]
    fn overdue_only_after_the_due_date() {
        let due = Due::on(date(2025, 2, 15));
        assert!(!due.is_overdue(None, date(2025, 2, 14)));
        assert!(!due.is_overdue(None, date(2025, 2, 15)));
        assert!(due.is_overdue(None, date(2025, 2, 16)));
        assert!(!Due::none().is_overdue(None, date(2099, 1, 1)));
    }

    #[test]
    fn next_meeting_resolves_against_the_schedule() {
        let due = Due::from_label("nästa förvaltningsgrupp", SEPT_20_2023);
        assert_eq!(due.resolved_date(None), None);
        assert!(!due.is_overdue(None, date(2030, 1, 1)));
        let next_meeting = Some(date(2023, 10, 18));
        assert_eq!(due.resolved_date(next_meeting), next_meeting);
        assert!(!due.is_overdue(next_meeting, date(2023, 10, 18)));
        assert!(due.is_overdue(next_meeting, date(2023, 10, 19)));
    }

    #[test]
    fn due_by_serializes_with_kind_and_date() {
        let json = serde_json::to_string(&on(2025, 2, 28)).ok();
        assert_eq!(
            json.as_deref(),
            Some(r#"{"kind":"date","date":"2025-02-28"}"#)
        );
    }

    #[test]
    fn docs_table_is_the_rules_table() {
        let docs = include_str!("../../../docs/due-dates.md");
        let mut table =
            String::from("| Label | Example | Resolves to | Why |\n|---|---|---|---|\n");
        for rule in DUE_RULES {
            table.push_str(&format!(
                "| {} | `{}` | {} | {} |\n",
                rule.pattern_description, rule.example, rule.resolves_to, rule.why
            ));
        }
        assert!(
            docs.contains(&table),
            "docs/due-dates.md must contain this table:\n{table}"
        );
    }
}
