//! Dates as Swedes write them ("16/2 2027", "16 februari 2027", "2027-02-16"), read the same way by every door.

use jiff::civil::Date;

use crate::due::MONTHS;

/// What the English message of a [`DateError`] says after the quoted text: wrapped by other
/// messages, it marks a date that was refused.
pub const NOT_A_DATE: &str = " is not a date: write it as";

/// A text that is not a date in any of the accepted forms; both messages name the text and
/// show the forms, so that a person can correct it without knowing the parser.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error(
    "{text:?} is not a date: write it as 2027-02-16, 16/2 2027, 16 februari 2027 or 16 feb 2027"
)]
pub struct DateError {
    pub text: String,
}

impl DateError {
    /// The same refusal in Swedish, for the UI and the command line.
    pub fn swedish(&self) -> String {
        format!(
            "\"{}\" är inget datum: skriv till exempel 2027-02-16, 16/2 2027, 16 februari 2027 eller 16 feb 2027",
            self.text
        )
    }
}

/// Reads a date in ISO form (`2027-02-16`) or a common Swedish one: `16/2 2027`, `16/2-2027`,
/// `16 februari 2027`, `den 16 feb. 2027`. The year is required: a date without one is
/// ambiguous at the turn of a year, and these dates are stored.
pub fn parse_date(text: &str) -> Result<Date, DateError> {
    read(text.trim()).ok_or_else(|| DateError {
        text: text.trim().to_string(),
    })
}

fn read(text: &str) -> Option<Date> {
    if let Ok(date) = text.parse::<Date>() {
        return Some(date);
    }
    let lower = text.to_lowercase();
    let lower = lower.strip_prefix("den ").unwrap_or(&lower).trim();
    // "16/2 2027", "16/2-2027", "16/2/2027"
    if let Some((day, rest)) = lower.split_once('/') {
        let (month, year) = rest.split_once([' ', '-', '/'])?;
        return civil(year.trim(), month.trim(), day.trim());
    }
    // "16 februari 2027", "16 feb. 2027"
    let words: Vec<&str> = lower.split_whitespace().collect();
    let [day, month, year] = words.as_slice() else {
        return None;
    };
    let month = month_number(month.trim_end_matches('.'))?;
    civil(year, &month.to_string(), day.trim_end_matches('.'))
}

fn civil(year: &str, month: &str, day: &str) -> Option<Date> {
    let digits = |text: &str, max_len: usize| -> Option<i16> {
        (!text.is_empty() && text.len() <= max_len && text.bytes().all(|b| b.is_ascii_digit()))
            .then(|| text.parse().ok())
            .flatten()
    };
    let year = if year.len() == 4 {
        digits(year, 4)?
    } else {
        return None;
    };
    let month = i8::try_from(digits(month, 2)?).ok()?;
    let day = i8::try_from(digits(day, 2)?).ok()?;
    Date::new(year, month, day).ok()
}

fn month_number(word: &str) -> Option<i8> {
    if let Some(index) = MONTHS.iter().position(|month| *month == word) {
        return i8::try_from(index + 1).ok();
    }
    // Abbreviations of at least three letters: "feb", "sept", "okt".
    if word.chars().count() >= 3 {
        let matching: Vec<usize> = MONTHS
            .iter()
            .enumerate()
            .filter(|(_, month)| month.starts_with(word))
            .map(|(index, _)| index)
            .collect();
        if let [index] = matching.as_slice() {
            return i8::try_from(index + 1).ok();
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn feb_16() -> Date {
        Date::new(2027, 2, 16).unwrap()
    }

    #[test]
    fn iso_and_swedish_forms_read_as_the_same_day() {
        for text in [
            "2027-02-16",
            "16/2 2027",
            "16/2-2027",
            "16/02/2027",
            "16 februari 2027",
            "16 Februari 2027",
            "den 16 februari 2027",
            "16 feb 2027",
            "16 feb. 2027",
            " 16 febr 2027 ",
        ] {
            assert_eq!(parse_date(text), Ok(feb_16()), "{text}");
        }
        assert_eq!(
            parse_date("1 sept 2025"),
            Ok(Date::new(2025, 9, 1).unwrap())
        );
    }

    #[test]
    fn anything_else_is_refused_in_words_a_person_can_act_on() {
        for text in [
            "16/2",
            "16 februari",
            "30/2 2027",
            "16 febuary 2027",
            "ma 2027",
            "2027-2-30",
            "i morgon",
            "",
        ] {
            let error = parse_date(text).expect_err(text);
            assert!(error.swedish().contains("är inget datum"), "{text}");
            assert!(error.swedish().contains("16 februari 2027"), "{text}");
        }
        assert_eq!(
            parse_date("16 febuary 2027").unwrap_err().to_string(),
            "\"16 febuary 2027\" is not a date: write it as 2027-02-16, 16/2 2027, 16 februari 2027 or 16 feb 2027"
        );
    }
}
