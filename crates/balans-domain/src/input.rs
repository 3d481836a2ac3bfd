//! What a command may carry: texts of the sizes a protocol needs, dates in a sane range, and no control or bidirectional-override characters.

use serde_json::Value;

use crate::command::Command;
use crate::error::DomainError;

/// The longest free text (a question's text, an answer, a note): a long protocol section.
pub const MAX_TEXT_CHARS: usize = 50_000;
/// The longest text of a meeting's protocol: what an import accepts (32 MiB; a character is
/// at least one byte).
pub const MAX_MINUTES_TEXT_CHARS: usize = 32 * 1024 * 1024;
/// The longest title: a heading with its first sentence.
pub const MAX_TITLE_CHARS: usize = 1_000;
/// The longest name, party, code, place, label or number.
pub const MAX_NAME_CHARS: usize = 300;
/// The years a meeting, due or deadline may fall in.
pub const YEARS: std::ops::RangeInclusive<i32> = 1900..=2200;

/// Fields whose value is free text.
const TEXT_FIELDS: &[&str] = &["text", "note", "what", "reason"];
/// Fields whose value is a date or a date-time.
const DATE_FIELDS: &[&str] = &["date", "due_date", "deadline", "comments_deadline", "on"];

/// The command with control characters (but line breaks and tabs) and bidirectional overrides
/// taken out of its texts, or why it cannot be stored: a text longer than its field allows, or
/// a date outside [`YEARS`]. Such characters hide or reorder what a reader sees, and nothing in
/// a protocol needs them (a PDF's form feeds are page breaks, not content).
pub fn checked(command: Command) -> Result<Command, DomainError> {
    let Ok(mut value) = serde_json::to_value(&command) else {
        return Ok(command);
    };
    let mut changed = false;
    check_value(&mut value, "", &mut changed)?;
    if !changed {
        return Ok(command);
    }
    Ok(serde_json::from_value(value).unwrap_or(command))
}

fn check_value(value: &mut Value, field: &str, changed: &mut bool) -> Result<(), DomainError> {
    match value {
        Value::String(text) => check_text(text, field, changed),
        Value::Array(items) => items
            .iter_mut()
            .try_for_each(|item| check_value(item, field, changed)),
        Value::Object(fields) => fields
            .iter_mut()
            .try_for_each(|(name, item)| check_value(item, name, changed)),
        Value::Null | Value::Bool(_) | Value::Number(_) => Ok(()),
    }
}

fn check_text(text: &mut String, field: &str, changed: &mut bool) -> Result<(), DomainError> {
    if text.chars().any(unwanted) {
        text.retain(|c| !unwanted(c));
        *changed = true;
    }
    let max = if field == "minutes_text" {
        MAX_MINUTES_TEXT_CHARS
    } else if TEXT_FIELDS.contains(&field) {
        MAX_TEXT_CHARS
    } else if field == "title" {
        MAX_TITLE_CHARS
    } else {
        MAX_NAME_CHARS
    };
    let length = text.chars().count();
    if length > max {
        return Err(DomainError::TooLong {
            field: field.to_string(),
            max,
            length,
        });
    }
    if DATE_FIELDS.contains(&field)
        && let Some(year) = year_of(text)
        && !YEARS.contains(&year)
    {
        return Err(DomainError::DateOutOfRange {
            field: field.to_string(),
            date: text.clone(),
        });
    }
    Ok(())
}

/// A character that hides or reorders text: a control character other than a line break or a
/// tab, or a bidirectional embedding, override or isolate.
fn unwanted(c: char) -> bool {
    (c.is_control() && c != '\n' && c != '\t')
        || matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// The year of an ISO date or date-time ("2025-01-14", "-9999-01-01T…").
fn year_of(text: &str) -> Option<i32> {
    let (sign, digits) = match text.strip_prefix('-') {
        Some(rest) => (-1, rest),
        None => (1, text.strip_prefix('+').unwrap_or(text)),
    };
    let year: String = digits.chars().take_while(char::is_ascii_digit).collect();
    year.parse::<i32>().ok().map(|year| sign * year)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn years_are_read_with_their_sign() {
        assert_eq!(year_of("2025-01-14"), Some(2025));
        assert_eq!(year_of("-9999-01-01"), Some(-9999));
        assert_eq!(year_of("+10000-01-01"), Some(10000));
        assert_eq!(year_of("nästa möte"), None);
    }

    #[test]
    fn line_breaks_and_tabs_stay_while_controls_and_overrides_go() {
        let mut text = "a\u{202E}b\u{0007}c\nd\te\u{000C}f".to_string();
        let mut changed = false;
        check_text(&mut text, "text", &mut changed).expect("accepted");
        assert!(changed);
        assert_eq!(text, "abc\nd\tef");
    }
}
