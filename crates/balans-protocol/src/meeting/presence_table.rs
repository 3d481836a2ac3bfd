//! An attendance table whose last column marks who came: "X" present, "-" absent.

use super::*;

/// The rows under a table heading whose last column is the presence ("Namn  Funktion
/// Organisation  Närv."), each row's cells apart by two spaces or more: the name, the role and
/// the party, then "X" for present and "-" for absent. The other columns are read by their
/// headings ("Organisation", "Förbund" hold the party); a cell in parentheses beside the party
/// ("(adj.)") is the role's note.
pub(super) fn presence_table(doc: &Doc, head: &[usize]) -> (Vec<Attendee>, Vec<Attendee>) {
    static PRESENCE_HEAD: LazyLock<Regex> = LazyLock::new(|| {
        crate::text::lenient_regex(
            r"(?i)^(?:närv\.?|närvarande|närvaro|deltog|närvarande\s*\(x\))$",
        )
    });
    let (mut present, mut absent) = (Vec::new(), Vec::new());
    let Some(start) = head.iter().position(|&i| {
        let cells = gap_cells(doc.line_text(i));
        cells.len() >= 3 && cells.last().is_some_and(|c| PRESENCE_HEAD.is_match(c))
    }) else {
        return (present, absent);
    };
    let headings = gap_cells(doc.line_text(head[start]));
    for &i in &head[start + 1..] {
        let cells = gap_cells(doc.line_text(i));
        let (Some(first), Some(mark)) = (cells.first(), cells.last()) else {
            break;
        };
        let came = match *mark {
            "X" | "x" | "Ja" | "ja" | "✓" => true,
            "-" | "–" | "—" | "Nej" | "nej" => false,
            _ => break,
        };
        if cells.len() < 2 || !is_person_name(first) {
            break;
        }
        let attendee = table_row(&cells[1..cells.len() - 1], &headings);
        let attendee = Attendee {
            name: Some(first.to_string()),
            ..attendee
        };
        match came {
            true => present.push(attendee),
            false => absent.push(attendee),
        }
    }
    (present, absent)
}

/// A row's cells between the name and the mark: the party where its column's heading says so
/// or the cell names one, the role otherwise.
fn table_row(cells: &[&str], headings: &[&str]) -> Attendee {
    static PARTY_HEAD: LazyLock<Regex> = LazyLock::new(|| {
        crate::text::lenient_regex(
            r"(?i)^(?:organisation|org\.?|part|förbund|facklig\s+organisation|representerar|företräder)$",
        )
    });
    static NOTE: LazyLock<Regex> =
        LazyLock::new(|| crate::text::lenient_regex(r"\s*(?P<n>\([^()]{1,20}\))\s*$"));
    // The middle headings line up with the middle cells only when both count the same.
    let middle = headings
        .get(1..headings.len().saturating_sub(1))
        .unwrap_or(&[]);
    let aligned = middle.len() == cells.len();
    let mut party: Option<Party> = None;
    let mut roles: Vec<String> = Vec::new();
    let mut notes: Vec<String> = Vec::new();
    for (k, cell) in cells.iter().enumerate() {
        let party_column = aligned && PARTY_HEAD.is_match(middle[k]);
        let (bare, note) = match NOTE.captures(cell) {
            Some(c) if party_column => (
                cell[..c.get(0).map_or(cell.len(), |m| m.start())].to_string(),
                Some(c["n"].to_string()),
            ),
            _ => (cell.to_string(), None),
        };
        match party_of(&bare) {
            Some(p) if party.is_none() => party = Some(p),
            _ if party_column && party.is_none() => party = Party::parse(&bare).ok(),
            _ => roles.push(cell.to_string()),
        }
        notes.extend(note);
    }
    let role = roles.join(", ");
    let role = std::iter::once(role)
        .chain(notes)
        .filter(|r| !r.is_empty())
        .collect::<Vec<_>>()
        .join(" ");
    Attendee {
        name: None,
        party: party.unwrap_or(Party::Employer),
        role: (!role.is_empty()).then_some(role),
    }
}

#[cfg(test)]
mod tests;
