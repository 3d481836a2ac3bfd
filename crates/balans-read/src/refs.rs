//! Cases, meetings and forums as people write them ("FG-HÄ 2025:5", "FG-HÄ", "FG-HÄ 2025-01-14"), resolved against a model for every door.
//!
//! A ULID still names its object. Everything else is compared folded: case, spacing and the
//! diacritics of å, ä, ö and é ignored, because keyboards and habits differ ("FG-HA 2025:5"
//! is FG-HÄ 2025:5). What is not found comes back with the closest thing that exists.

pub use balans_domain::ids::fold;
use balans_domain::{CaseId, ForumId, ForumState, MeetingId, MeetingState, parse_date};
use jiff::civil::Date;

use crate::{CaseView, ReadModel};

/// What kind of object a reference names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Case,
    Meeting,
    Forum,
}

impl Kind {
    fn english(self) -> &'static str {
        match self {
            Kind::Case => "case",
            Kind::Meeting => "meeting",
            Kind::Forum => "forum",
        }
    }

    /// "inget ärende", "inget möte", "ingen samverkansgrupp".
    fn swedish_none(self) -> &'static str {
        match self {
            Kind::Case => "inget ärende",
            Kind::Meeting => "inget möte",
            Kind::Forum => "ingen samverkansgrupp",
        }
    }

    fn example(self) -> &'static str {
        match self {
            Kind::Case => "FG-HÄ 2025:5",
            Kind::Meeting => "FG-HÄ 2025-01-14",
            Kind::Forum => "FG-HÄ",
        }
    }
}

/// Why a reference names no single object.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum RefError {
    #[error("no {} {text}{}", kind.english(), suggestion.as_ref().map_or_else(|| format!(" (write it as {} or give its id)", kind.example()), |s| format!("; did you mean {s}?")))]
    NotFound {
        kind: Kind,
        text: String,
        /// The existing object written most like `text`.
        suggestion: Option<String>,
    },
    #[error("{text} could be {} {}s ({}): give its id", candidates.len(), kind.english(), candidates.join(", "))]
    Ambiguous {
        kind: Kind,
        text: String,
        /// How each match is written, with its id.
        candidates: Vec<String>,
    },
}

impl RefError {
    /// The same in Swedish, for a person to read (the UI, the CLI).
    pub fn swedish(&self) -> String {
        match self {
            RefError::NotFound {
                kind,
                text,
                suggestion: Some(suggestion),
            } => format!(
                "Det finns {} {text}. Menade du {suggestion}?",
                kind.swedish_none()
            ),
            RefError::NotFound {
                kind,
                text,
                suggestion: None,
            } => format!(
                "Det finns {} {text}. Skriv till exempel {} eller ange id:t.",
                kind.swedish_none(),
                kind.example()
            ),
            RefError::Ambiguous {
                text, candidates, ..
            } => format!(
                "{text} kan vara {} olika ({}): ange id:t.",
                candidates.len(),
                candidates.join(", ")
            ),
        }
    }
}

impl ReadModel {
    /// A forum by id, code ("FG-HÄ", "fg-ha"), or a part of its name or organization.
    pub fn resolve_forum(&self, text: &str) -> Result<ForumId, RefError> {
        let text = text.trim();
        if let Ok(id) = text.parse::<ForumId>() {
            return self
                .forums
                .contains_key(&id)
                .then_some(id)
                .ok_or_else(|| not_found(Kind::Forum, text, None));
        }
        let wanted = fold(text);
        let by_code: Vec<&ForumState> = self
            .forums
            .values()
            .filter(|f| fold(&f.code) == wanted)
            .collect();
        let found = if by_code.is_empty() && !wanted.is_empty() {
            self.forums
                .values()
                .filter(|f| {
                    fold(&f.name).contains(&wanted) || fold(&f.organization).contains(&wanted)
                })
                .collect()
        } else {
            by_code
        };
        match found.as_slice() {
            [one] => Ok(one.id),
            [] => {
                let suggestion = closest(text, self.forums.values().map(|f| f.code.clone()));
                Err(not_found(Kind::Forum, text, suggestion))
            }
            many => Err(RefError::Ambiguous {
                kind: Kind::Forum,
                text: text.to_string(),
                candidates: many
                    .iter()
                    .map(|f| format!("{} {} {}", f.code, f.organization, f.id))
                    .collect(),
            }),
        }
    }

    /// A case by id or number ("FG-HÄ 2025:5", "fg-ha 2025:5").
    pub fn resolve_case(&self, text: &str) -> Result<CaseId, RefError> {
        self.resolve_case_view(text).map(|view| view.state.id)
    }

    /// As [`Self::resolve_case`], giving the case.
    pub fn resolve_case_view(&self, text: &str) -> Result<&CaseView, RefError> {
        let text = text.trim();
        if let Ok(id) = text.parse::<CaseId>() {
            return self
                .cases
                .get(&id)
                .ok_or_else(|| not_found(Kind::Case, text, None));
        }
        let wanted = fold(text);
        let matches = |view: &&CaseView| fold(&view.state.number.to_string()) == wanted;
        // The forum's code before the number narrows the search to that forum's cases.
        let found: Vec<&CaseView> = match text.rsplit_once(char::is_whitespace) {
            Some((code, _)) => {
                let code = fold(code);
                self.forums
                    .values()
                    .filter(|f| fold(&f.code) == code)
                    .flat_map(|f| self.cases_of(f.id))
                    .filter(matches)
                    .collect()
            }
            None => self.cases.values().filter(matches).collect(),
        };
        match found.as_slice() {
            [one] => Ok(one),
            [] => {
                let suggestion = closest(
                    text,
                    self.cases.values().map(|v| v.state.number.to_string()),
                );
                Err(not_found(Kind::Case, text, suggestion))
            }
            many => Err(RefError::Ambiguous {
                kind: Kind::Case,
                text: text.to_string(),
                candidates: many
                    .iter()
                    .map(|v| format!("{} {}", v.state.number, v.state.id))
                    .collect(),
            }),
        }
    }

    /// A meeting by id, or by its forum and date ("FG-HÄ 2025-01-14", "FG-HÄ 14/1 2025").
    pub fn resolve_meeting(&self, text: &str) -> Result<MeetingId, RefError> {
        let text = text.trim();
        if let Ok(id) = text.parse::<MeetingId>() {
            return self
                .meetings
                .contains_key(&id)
                .then_some(id)
                .ok_or_else(|| not_found(Kind::Meeting, text, None));
        }
        let Some((forum, date)) = split_forum_and_date(text) else {
            return Err(not_found(Kind::Meeting, text, None));
        };
        let forum = self.resolve_forum(forum)?;
        let meetings = self.meetings_of(forum);
        let on_date: Vec<&&MeetingState> = meetings.iter().filter(|m| m.date == date).collect();
        let code = self.forums.get(&forum).map_or("", |f| f.code.as_str());
        match on_date.as_slice() {
            [one] => Ok(one.id),
            [] => {
                let nearest = meetings
                    .iter()
                    .min_by_key(|m| (m.date - date).get_days().unsigned_abs())
                    .map(|m| format!("{code} {}", m.date));
                Err(not_found(Kind::Meeting, &format!("{code} {date}"), nearest))
            }
            many => Err(RefError::Ambiguous {
                kind: Kind::Meeting,
                text: text.to_string(),
                candidates: many
                    .iter()
                    .map(|m| {
                        let time = m.time.map(|t| format!(" {t}")).unwrap_or_default();
                        format!("{code} {}{time} {}", m.date, m.id)
                    })
                    .collect(),
            }),
        }
    }
}

fn not_found(kind: Kind, text: &str, suggestion: Option<String>) -> RefError {
    RefError::NotFound {
        kind,
        text: text.to_string(),
        suggestion,
    }
}

/// Splits "FG-HÄ 14 januari 2025" into the forum and the date, trying the longest date first.
fn split_forum_and_date(text: &str) -> Option<(&str, Date)> {
    text.char_indices()
        .filter(|(_, c)| c.is_whitespace())
        .find_map(|(at, _)| {
            let (forum, date) = text.split_at(at);
            let forum = forum.trim();
            (!forum.is_empty())
                .then(|| parse_date(date).ok())
                .flatten()
                .map(|date| (forum, date))
        })
}

/// Of `candidates`, the one written most like `text`, if any is close enough to be a slip.
fn closest(text: &str, candidates: impl Iterator<Item = String>) -> Option<String> {
    let wanted = fold(text);
    candidates
        .map(|candidate| {
            let folded = fold(&candidate);
            let score = strsim::jaro_winkler(&wanted, &folded);
            let distance = strsim::levenshtein(&wanted, &folded);
            (score, distance, candidate)
        })
        .filter(|(score, _, _)| *score >= 0.8)
        .max_by(|a, b| a.0.total_cmp(&b.0).then(b.1.cmp(&a.1)))
        .map(|(_, _, candidate)| candidate)
}
