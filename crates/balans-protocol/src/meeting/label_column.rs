//! A head laid out in columns, read again as lines: labels on the left of their values, or the sides' lists side by side.

use super::*;

/// A head whose labels stand in a column of their own, each label's values in the column to its
/// right and on the lines under it ("Arbetsgivarens      Eva Ek, HR-chef" / "företrädare
/// Bo Alm, controller"), rewritten as a document of labelled lines ("Arbetsgivarens företrädare:"
/// over "Eva Ek, HR-chef" and "Bo Alm, controller"), which the attendance reader reads. A label
/// broken over two lines continues in lower case; a line that fits neither column ends a label.
pub(super) fn label_column_head(doc: &Doc, head: &[usize]) -> Option<Doc> {
    let rows: Vec<Vec<char>> = head
        .iter()
        .map(|&i| doc.line_text(i).trim_end().chars().collect())
        .collect();
    let column = value_column(&rows)?;
    let mut blocks: Vec<(String, Vec<String>)> = Vec::new();
    let mut open = false;
    for row in &rows {
        let indent = row.iter().take_while(|&&c| c == ' ').count();
        let (label, value) = match (indent, value_start(row)) {
            (0, Some(at)) if at == column => (cell(&row[..at]), cell(&row[at..])),
            (0, None) if row.len() <= 30 => (cell(row), String::new()),
            // A value indented further is a column of the value's own ("För SKR:  Bo Ek").
            (n, _) if n > 0 && n + 1 >= column => (String::new(), cell(row)),
            _ => {
                open = false;
                continue;
            }
        };
        let continued = label.chars().next().is_some_and(char::is_lowercase);
        match blocks.last_mut().filter(|_| open) {
            Some((last, values)) if label.is_empty() || continued => {
                if continued {
                    last.push(' ');
                    last.push_str(&label);
                }
                values.extend((!value.is_empty()).then_some(value));
            }
            _ if !label.is_empty() && !continued => {
                blocks.push((
                    label,
                    (!value.is_empty()).then_some(value).into_iter().collect(),
                ));
                open = true;
            }
            _ => open = false,
        }
    }
    // Only the labels over people or their absence matter to the attendance: "Tid", "Plats"
    // and the matter negotiated would run on as the list's last person.
    let text: Vec<String> = blocks
        .into_iter()
        .filter(|(_, values)| {
            values
                .iter()
                .any(|v| names_someone(v) || ABSENT_PHRASE.is_match(v))
        })
        .flat_map(|(label, values)| match values.as_slice() {
            // "Vision" over "Anmält förhinder": the party's absence, as under its heading.
            [one] if names_someone(one) => vec![format!("{label}: {one}")],
            [one] => vec![label, one.clone()],
            _ => std::iter::once(format!("{label}:")).chain(values).collect(),
        })
        .collect();
    Some(Doc::parse(text.join("\n")))
}

/// Two sides' lists side by side under their headings ("Arbetsgivaren        Fackliga
/// organisationerna" over "Eva Ek, HR-chef     Vision: Bo Alm"), rewritten as one list after the
/// other under "Närvarande", each row cut where the second heading begins, then the head's
/// lines after the table.
pub(super) fn side_by_side_head(doc: &Doc, head: &[usize]) -> Option<Doc> {
    let (at, column) = head.iter().enumerate().find_map(|(k, &i)| {
        let row: Vec<char> = doc.line_text(i).trim_end().chars().collect();
        let indent = row.iter().take_while(|&&c| c == ' ').count();
        let split = value_start(&row)?;
        let (left, right) = (cell(&row[..split]), cell(&row[split..]));
        let sides = [group_heading(&left), group_heading(&right)];
        let both = sides.contains(&Some(Group::Employer)) && sides.contains(&Some(Group::Unions));
        (both && split - indent >= left.chars().count() + 3).then_some((k, split))
    })?;
    let (mut left, mut right): (Vec<String>, Vec<String>) = (Vec::new(), Vec::new());
    let mut after: Vec<String> = Vec::new();
    for &i in &head[at..] {
        // The table ends at the first line apart from the one before it; the lines after it
        // ("Förhinder: …") follow the two lists as they stand.
        if !after.is_empty() || (i > head[at] && doc.is_blank(i - 1)) {
            after.push(doc.line_text(i).trim().to_string());
            continue;
        }
        let row: Vec<char> = doc.line_text(i).trim_end().chars().collect();
        let cut = column.min(row.len());
        if row[..cut].last().is_some_and(|c| *c != ' ') && cut < row.len() {
            return None;
        }
        left.extend(Some(cell(&row[..cut])).filter(|c| !c.is_empty()));
        right.extend(Some(cell(&row[cut..])).filter(|c| !c.is_empty()));
    }
    let text = std::iter::once("Närvarande".to_string())
        .chain(left)
        .chain(right)
        .chain(after)
        .collect::<Vec<_>>()
        .join("\n");
    Some(Doc::parse(text))
}

/// The column where the values begin: shared by three labelled rows or more, and by a value
/// continued on a line of its own, so that a list stands under one of the labels.
fn value_column(rows: &[Vec<char>]) -> Option<usize> {
    let mut counts: Vec<(usize, usize)> = Vec::new();
    for row in rows.iter().filter(|r| r.first().is_some_and(|c| *c != ' ')) {
        let Some(at) = value_start(row) else { continue };
        let label = cell(&row[..at]);
        if label.chars().count() > 30 || !label.chars().next().is_some_and(char::is_uppercase) {
            continue;
        }
        match counts.iter_mut().find(|(column, _)| *column == at) {
            Some((_, n)) => *n += 1,
            None => counts.push((at, 1)),
        }
    }
    let (column, labelled) = counts.into_iter().max_by_key(|&(column, n)| (n, column))?;
    let continued = rows.iter().any(|row| {
        let indent = row.iter().take_while(|&&c| c == ' ').count();
        indent > 0 && indent < row.len() && indent.abs_diff(column) <= 1
    });
    (labelled >= 3 && column >= 8 && continued).then_some(column)
}

/// How many of a list's people are named by a given name: a measure of which of two readings
/// of the same head read people rather than the words around them.
pub(super) fn people_by_given_name(present: &[Attendee], absent: &[Attendee]) -> usize {
    present
        .iter()
        .chain(absent)
        .filter_map(|a| a.name.as_deref()?.split_whitespace().next())
        .filter(|first| lexicon::is_given_name(first))
        .count()
}

/// Whether a value names a person: a given name before a capitalized word.
fn names_someone(value: &str) -> bool {
    let words: Vec<&str> = value.split_whitespace().collect();
    words.windows(2).any(|w| {
        lexicon::is_given_name(w[0]) && w[1].chars().next().is_some_and(char::is_uppercase)
    })
}

/// Where a row's second cell begins: after the first gap of two spaces or more.
fn value_start(row: &[char]) -> Option<usize> {
    let mut k = row.iter().take_while(|&&c| c == ' ').count();
    while k + 2 < row.len() {
        if row[k] == ' ' && row[k + 1] == ' ' {
            let at = k + row[k..].iter().take_while(|&&c| c == ' ').count();
            return (at < row.len()).then_some(at);
        }
        k += 1;
    }
    None
}

fn cell(chars: &[char]) -> String {
    chars.iter().collect::<String>().trim().to_string()
}

#[cfg(test)]
mod tests;
