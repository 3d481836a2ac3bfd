//! Reading arguments: ids, party names, and the `AsOf` scalar for time travel.

use async_graphql::{ID, InputValueError, InputValueResult, Scalar, ScalarType, Value};
use balans_domain::Party;
use balans_domain::organization_time_zone;
use jiff::Timestamp;
use jiff::civil::Date;

use crate::error::bad_input;

/// Reads an id argument of one entity kind (`CaseId`, `MeetingId`, `ForumId`).
pub fn parse_id<T: std::str::FromStr>(id: &ID, what: &str) -> async_graphql::Result<T> {
    id.as_str().parse().map_err(|_| {
        bad_input(format!(
            "{:?} is not a {what} id (a 26-character ULID)",
            id.as_str()
        ))
    })
}

/// Reads a party as protocols write it ("Arbetsgivaren", "Kommunal", "SACO", "SSR").
pub fn parse_party(name: &str) -> async_graphql::Result<Party> {
    Party::parse(name).map_err(|error| bad_input(error.to_string()))
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

    /// Reads the text form.
    pub fn parse(text: &str) -> Result<Self, String> {
        let text = text.trim();
        if let Ok(date) = text.parse::<Date>() {
            return Ok(Self::end_of(date));
        }
        text.parse::<Timestamp>().map(Self::at).map_err(|_| {
            format!("{text:?} is not a date (YYYY-MM-DD) or a date-time with offset (2025-03-01T12:00:00+01:00)")
        })
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
