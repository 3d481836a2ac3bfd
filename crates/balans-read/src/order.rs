//! The order a list of cases is shown in: by one column, in Swedish alphabetical order (svensk sortering).

use std::cmp::Ordering;
use std::sync::LazyLock;

use icu_collator::options::CollatorOptions;
use icu_collator::{CollatorBorrowed, CollatorPreferences};
use icu_locale_core::locale;

use crate::CaseView;
use crate::rows::CaseRow;

/// The column a list of cases is sorted by.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum CaseSortKey {
    /// The case number (ärendenummer): by forum code, year and number, as numbers.
    #[default]
    Number,
    /// The title (rubrik).
    Title,
    /// The kind (typ), by its Swedish word.
    Kind,
    /// Where the case stands (status), by its Swedish word.
    Status,
    /// Who raised it (ställd av); cases without come last.
    RaisedBy,
    /// The day it was opened (öppnat).
    OpenedOn,
}

/// A column and a direction; ties are broken by case number, always ascending, so that a
/// page of a sorted list never shifts between requests.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct CaseOrder {
    pub key: CaseSortKey,
    pub descending: bool,
}

impl CaseOrder {
    /// Reads an order as the web UI's links and the exports write it: a column's name
    /// (`number`, `title`, `kind`, `status`, `raisedBy`, `openedOn`), with `-` before it for
    /// the largest first (`-openedOn`: newest first). `None` for anything else.
    pub fn parse(text: &str) -> Option<Self> {
        let text = text.trim();
        let (descending, name) = match text.strip_prefix('-') {
            Some(name) => (true, name),
            None => (false, text),
        };
        let key = match name {
            "number" => CaseSortKey::Number,
            "title" => CaseSortKey::Title,
            "kind" => CaseSortKey::Kind,
            "status" => CaseSortKey::Status,
            "raisedBy" => CaseSortKey::RaisedBy,
            "openedOn" => CaseSortKey::OpenedOn,
            _ => return None,
        };
        Some(Self { key, descending })
    }
}

/// Swedish alphabetical order: å, ä and ö after z, letter case and accents on other letters
/// (é, ü) second to the letters themselves.
static SWEDISH: LazyLock<CollatorBorrowed<'static>> = LazyLock::new(|| {
    CollatorBorrowed::try_new(
        CollatorPreferences::from(&locale!("sv")),
        CollatorOptions::default(),
    )
    .expect("the compiled collation data holds Swedish")
});

/// Compares two texts in Swedish alphabetical order.
pub fn swedish_order(a: &str, b: &str) -> Ordering {
    SWEDISH.compare(a, b)
}

/// Sorts `cases` by `order`.
pub fn sort_cases(cases: &mut [&CaseView], order: CaseOrder) {
    let by_key = |a: &CaseRow, b: &CaseRow| -> Ordering {
        match order.key {
            CaseSortKey::Number => a.number.cmp(&b.number),
            CaseSortKey::Title => swedish_order(&a.title, &b.title),
            CaseSortKey::Kind => swedish_order(a.kind.swedish(), b.kind.swedish()),
            CaseSortKey::Status => swedish_order(a.status().swedish(), b.status().swedish()),
            CaseSortKey::RaisedBy => match (&a.raised_by, &b.raised_by) {
                (Some(a), Some(b)) => swedish_order(a.name(), b.name()),
                (Some(_), None) => Ordering::Less,
                (None, Some(_)) => Ordering::Greater,
                (None, None) => Ordering::Equal,
            },
            CaseSortKey::OpenedOn => a.opened.on.cmp(&b.opened.on),
        }
    };
    cases.sort_by(|a, b| {
        let (a, b) = (&a.state, &b.state);
        let primary = by_key(a, b);
        let primary = if order.descending {
            primary.reverse()
        } else {
            primary
        };
        primary.then_with(|| a.number.cmp(&b.number))
    });
}

#[cfg(test)]
mod tests {
    use super::{CaseOrder, CaseSortKey, swedish_order};
    use std::cmp::Ordering;

    #[test]
    fn an_order_reads_as_links_write_it() {
        let newest_first = CaseOrder {
            key: CaseSortKey::OpenedOn,
            descending: true,
        };
        assert_eq!(CaseOrder::parse("-openedOn"), Some(newest_first));
        assert_eq!(CaseOrder::parse("title").map(|o| o.descending), Some(false));
        assert_eq!(CaseOrder::parse("rubrik"), None);
        assert_eq!(CaseOrder::parse("--title"), None);
    }

    #[test]
    fn swedish_letters_follow_z_in_their_own_order() {
        let mut words = vec![
            "Östra",
            "Ärende",
            "Åtgärd",
            "zebra",
            "Arbetsmiljö",
            "ödla",
            "äldre",
        ];
        words.sort_by(|a, b| swedish_order(a, b));
        assert_eq!(
            words,
            [
                "Arbetsmiljö",
                "zebra",
                "Åtgärd",
                "äldre",
                "Ärende",
                "ödla",
                "Östra"
            ]
        );
        assert_eq!(swedish_order("café", "cafe"), Ordering::Greater);
        assert_eq!(swedish_order("Vision", "vision"), Ordering::Greater);
    }
}
