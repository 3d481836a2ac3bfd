//! Reading arguments and writing times: ids, party names, dates as Swedes write them, the `AsOf` scalar for time travel, and instants in Swedish time.

use async_graphql::{ID, InputValueError, InputValueResult, Scalar, ScalarType, Value};
use balans_domain::Party;
use balans_domain::{organization_time_zone, parse_date};
use jiff::Timestamp;
use jiff::civil::Date;

use crate::error::bad_input;

/// Reads an id argument of one entity kind (`CaseId`, `MeetingId`, `ForumId`).
pub fn parse_id<T: std::str::FromStr>(id: &ID, what: &str) -> async_graphql::Result<T> {
    id.as_str().parse().map_err(|_| {
        bad_input(
            format!("{:?} is not a {what} id (a 26-character ULID)", id.as_str()),
            format!(
                "{:?} är inget id (ett ULID med 26 tecken) för {}",
                id.as_str(),
                what_in_swedish(what)
            ),
        )
    })
}

/// Reads a party as protocols write it ("Arbetsgivaren", "Kommunal", "SACO", "SSR").
pub fn parse_party(name: &str) -> async_graphql::Result<Party> {
    Party::parse(name).map_err(|error| {
        bad_input(
            error.to_string(),
            "en part behöver ett namn (till exempel \"Arbetsgivaren\" eller \"Kommunal\")",
        )
    })
}

/// What an id names, in Swedish: "ett ärende", "ett möte", "en samverkansgrupp".
pub fn what_in_swedish(what: &str) -> &str {
    match what {
        "case" => "ett ärende",
        "meeting" => "ett möte",
        "forum" => "en samverkansgrupp",
        other => other,
    }
}

/// An optional party argument.
pub fn parse_optional_party(name: Option<&str>) -> async_graphql::Result<Option<Party>> {
    name.map(parse_party).transpose()
}

/// An instant to look at the data as it stood then. Written as a date (`2025-03-01`: the end
/// of that day in Europe/Stockholm) or a date-time with offset (`2025-03-01T12:00:00+01:00`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct AsOf {
    /// The instant: everything that had happened by then counts.
    pub instant: Timestamp,
    /// The organization's date at that instant, against which "overdue" is judged.
    pub date: Date,
}

impl AsOf {
    pub fn end_of(date: Date) -> Self {
        Self {
            instant: balans_read::end_of_day(date),
            date,
        }
    }

    pub fn at(instant: Timestamp) -> Self {
        Self {
            instant,
            date: instant.to_zoned(organization_time_zone()).date(),
        }
    }

    /// Reads the text form: a date as [`balans_domain::parse_date`] reads it, or a date-time
    /// with offset; what is neither is refused as a date, the form people mean.
    pub fn parse(text: &str) -> Result<Self, String> {
        let text = text.trim();
        if let Ok(instant) = text.parse::<Timestamp>() {
            return Ok(Self::at(instant));
        }
        parse_date(text)
            .map(Self::end_of)
            .map_err(|error| error.to_string())
    }
}

/// A date (`2025-03-01`, the end of that day in Europe/Stockholm) or a date-time with offset:
/// the data as it stood then (time travel).
#[Scalar(name = "AsOf")]
impl ScalarType for AsOf {
    fn parse(value: Value) -> InputValueResult<Self> {
        match &value {
            Value::String(text) => AsOf::parse(text).map_err(InputValueError::custom),
            _ => Err(InputValueError::expected_type(value)),
        }
    }

    fn to_value(&self) -> Value {
        Value::String(self.instant.to_string())
    }
}

/// A date given as input: ISO (`2027-02-16`) or as Swedes write it (`16/2 2027`, `16 februari
/// 2027`, `16 feb 2027`). Shares the `Date` scalar with the dates the API returns, always ISO.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Day(pub Date);

impl From<Day> for Date {
    fn from(day: Day) -> Self {
        day.0
    }
}

/// A date: returned as ISO 8601 (`2027-02-16`); read also as Swedes write it (`16/2 2027`,
/// `16 februari 2027`, `16 feb 2027`).
#[Scalar(name = "Date")]
impl ScalarType for Day {
    fn parse(value: Value) -> InputValueResult<Self> {
        match &value {
            Value::String(text) => parse_date(text)
                .map(Day)
                .map_err(|error| InputValueError::custom(error.to_string())),
            _ => Err(InputValueError::expected_type(value)),
        }
    }

    fn to_value(&self) -> Value {
        Value::String(self.0.to_string())
    }
}

/// An instant the API returns: in the organization's time zone (Europe/Stockholm), with its
/// offset, so that a client shows the Swedish wall clock without knowing the zone.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Instant(pub Timestamp);

impl From<Timestamp> for Instant {
    fn from(timestamp: Timestamp) -> Self {
        Instant(timestamp)
    }
}

impl std::fmt::Display for Instant {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let offset = organization_time_zone().to_offset(self.0);
        write!(f, "{}", self.0.display_with_offset(offset))
    }
}

/// A date and time in RFC 3339 with the offset of Europe/Stockholm at that instant
/// (`2025-01-14T09:00:00+01:00`, `2025-06-10T13:00:00+02:00`).
#[Scalar(
    name = "DateTime",
    specified_by_url = "https://datatracker.ietf.org/doc/html/rfc3339"
)]
impl ScalarType for Instant {
    fn parse(value: Value) -> InputValueResult<Self> {
        match &value {
            Value::String(text) => text.parse::<Timestamp>().map(Instant).map_err(|_| {
                InputValueError::custom(format!(
                    "{text:?} is not a date-time with offset (2025-01-14T09:00:00+01:00)"
                ))
            }),
            _ => Err(InputValueError::expected_type(value)),
        }
    }

    fn to_value(&self) -> Value {
        Value::String(self.to_string())
    }
}
