//! Who was present and who was absent: tables, flattened columns, prose, side headings, names and roles.

use super::*;

/// The value of the head's `k`th line, a bare label in a run of bare labels ("Datum\nTid\nPlats")
/// over as many values in the same order; with the value's line.
pub(super) fn flattened_cell(doc: &Doc, head: &[usize], k: usize) -> Option<(usize, String)> {
    static BARE_LABEL: LazyLock<Regex> = LazyLock::new(|| {
        crate::text::lenient_regex(
            r"(?i)^\s*(?:forum|organ|datum|sammanträdesdatum|mötesdatum|tid|tid och plats|plats och tid|plats|lokal|mötesplats|ordförande|sekreterare|justerare|justerande|utses att justera)\s*$",
        )
    });
    let bare = |n: usize| {
        head.get(n)
            .is_some_and(|&i| BARE_LABEL.is_match(doc.line_text(i)))
    };
    // The run must be the head's consecutive lines.
    let joined = |n: usize| n > 0 && head[n] == head[n - 1] + 1;
    let mut start = k;
    while start > 0 && joined(start) && bare(start - 1) {
        start -= 1;
    }
    let mut end = k + 1;
    while bare(end) && joined(end) {
        end += 1;
    }
    if end - start < 3 {
        return None;
    }
    let j = *head.get(end + (k - start))?;
    let value = doc.line_text(j).trim();
    (!value.is_empty() && !value.ends_with(':')).then(|| (j, value.to_string()))
}

/// The cell under the place's label in a row of labels over a row of values, as many of each.
pub(super) fn table_cell(labels: &str, values: &str) -> Option<String> {
    static GAP: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"[ ]{3,}|\t").expect("gap"));
    static PLACE_LABEL: LazyLock<Regex> =
        LazyLock::new(|| crate::text::lenient_regex(r"(?i)^(?:plats|lokal|mötesplats)$"));
    let labels: Vec<&str> = GAP.split(labels).collect();
    let values: Vec<&str> = GAP.split(values).collect();
    let at = labels.iter().position(|l| PLACE_LABEL.is_match(l.trim()))?;
    (labels.len() >= 2 && labels.len() == values.len()).then(|| values[at].trim().to_string())
}

/// "Rum 4 (Anna och Bo via Teams)": who took part from elsewhere is no part of the place.
pub(super) fn without_remote_note(value: &str) -> &str {
    static REMOTE: LazyLock<Regex> = LazyLock::new(|| {
        crate::text::lenient_regex(
            r"\s*\((?P<n>[^()]*\b(?i:via|på\s+distans|digitalt|på\s+länk)\b[^()]*)\)\s*\.?$",
        )
    });
    match REMOTE.captures(value) {
        Some(c)
            if c["n"]
                .split_whitespace()
                .any(|w| lexicon::is_given_name(w.trim_end_matches(','))) =>
        {
            value[..c.get(0).map_or(value.len(), |m| m.start())].trim_end()
        }
        _ => value,
    }
}

/// Attendance in both layouts: "Name, role" lines under group headings, "Party: name, name",
/// and absences with notice, as a heading or inside a sentence.
pub(super) fn attendance(doc: &Doc, head: &[usize]) -> (Vec<Attendee>, Vec<Attendee>) {
    // "Arbetsgivarens företrädare" heading a list of its own: the attendance without "Närvarande".
    static SIDE_HEADING: LazyLock<Regex> = LazyLock::new(|| {
        crate::text::lenient_regex(
            r"(?i)^\s*(?:(?:arbetsgivar\p{L}*|arbetstagar\p{L}*|fackliga)\s+(?:företrädare|representanter)\s*:?\s*$|(?:arbetsgivar|arbetstagar)(?:företrädare|representanter)\s*:\s*\p{Lu}|(?:övriga\s+)?(?:ledamöter|närvarande|deltagare)\s*,?\s+(?:(?:från|för)\s+)?(?:arbetsgivar\p{L}*|arbetstagar\p{L}*|(?:de\s+)?fackliga\s+\p{L}+|facket)\s*:|(?:från|för)\s+(?:arbetsgivar(?:en|sidan)|arbetstagar(?:organisationerna|sidan|na)|de\s+fackliga\s+\p{L}+)\s*:\s*$)",
        )
    });
    let Some(start) = head
        .iter()
        .position(|&i| ATTENDANCE_START.is_match(doc.line_text(i)))
        .or_else(|| {
            head.iter()
                .position(|&i| SIDE_HEADING.is_match(doc.line_text(i)))
        })
        .or_else(|| {
            // A table's "Namn" column heading over a name, with no heading over the table.
            head.windows(2).position(|w| {
                (NAME_HEAD.is_match(doc.line_text(w[0]))
                    || column_heads(doc.line_text(w[0])).is_some())
                    && is_person_name(doc.line_text(w[1]))
            })
        })
        .or_else(|| side_heading_over_names(doc, head))
        .or_else(|| head.iter().position(|&i| opens_prose(doc.line_text(i))))
        .or_else(|| {
            head.iter()
                .position(|&i| side_cell_before_name(doc.line_text(i)))
        })
    else {
        return (Vec::new(), Vec::new());
    };
    let start_line = head[start];
    // Sentences of attendance end at the first labelled line ("Ordförande: Eva Ek").
    let prose = opens_prose(doc.line_text(start_line));
    let mut end_line = head.last().map_or(start_line, |&l| l + 1);
    // "… Maria Lundström, kansliet Sida 1 av 8" ending a page joined into one line: the page
    // ends, and the list with it (a page mark on a line of its own may fall inside a list).
    let page_ends = |i: usize| {
        let line = doc.line_text(i);
        PAGE_MARK
            .find(line)
            .is_some_and(|m| line[..m.start()].trim().chars().count() > 20)
    };
    if page_ends(start_line) {
        end_line = start_line + 1;
    }
    for &i in head[start + 1..].iter().filter(|&&i| i < end_line) {
        if page_ends(i) {
            end_line = i + 1;
            break;
        }
        let line = doc.line_text(i);
        // A label line ("Plats:", "Sekreterare"), not a role continued from the line before.
        let capital = line
            .trim_start()
            .chars()
            .next()
            .is_some_and(char::is_uppercase);
        // "Mötesordförande Eva Ek" alone on its line: a label of the head, not an attendee.
        if capital
            && (ATTENDANCE_END.is_match(line)
                || prose && ROLE_LINE.is_match(line)
                || ROLE_BARE.captures(line).is_some_and(|c| {
                    // "Ordförande Eva Ek" may be a list's row; these roles label the head.
                    !matches!(
                        crate::text::fold_letters(&c["r"]).as_str(),
                        "ordforande" | "sekreterare"
                    )
                }))
        {
            end_line = i;
            break;
        }
    }
    let mut reader = Attendance::default();
    if prose {
        reader.own = own_union(doc);
    }
    let mut from = start_line;
    if let Some((rows, after)) = headed_columns(doc, start_line, end_line) {
        reader.lines(&rows);
        from = after;
    } else if let Some((rows, after)) = columns_in_block(doc, start_line, end_line) {
        reader.lines(&rows);
        from = after;
    }
    if from < end_line.max(start_line + 1) {
        for para in doc.paragraphs(from..end_line.max(start_line + 1)) {
            reader.paragraph(doc, para.lines.0, para.lines.1, start_line);
        }
    }
    reader.finish()
}

/// "Ordförande: Eva Ek, HR-chef" above a list of the others present ("Övriga närvarande …"):
/// the chair and the secretary labelled above the list attended too, on the employer's side unless their
/// party is written.
pub(super) fn officers_present(
    doc: &Doc,
    head: &[usize],
    present: &mut Vec<Attendee>,
    absent: &[Attendee],
) {
    if present.is_empty() {
        return;
    }
    let surname = |name: &str| {
        name.split_whitespace()
            .last()
            .map(crate::text::fold_letters)
            .unwrap_or_default()
    };
    let listed: Vec<String> = present
        .iter()
        .chain(absent)
        .filter_map(|a| a.name.as_deref().map(surname))
        .collect();
    let mut officers = Vec::new();
    for &i in head {
        let line = doc.line_text(i);
        let Some(c) = ROLE_LINE.captures(line) else {
            // Only above the list: a secretary labelled below it was not listed as present.
            let words: Vec<String> = line
                .split_whitespace()
                .map(crate::text::fold_letters)
                .collect();
            if listed.iter().any(|s| {
                words
                    .iter()
                    .any(|w| w.trim_matches(|c: char| !c.is_alphanumeric()) == s)
            }) {
                break;
            }
            continue;
        };
        let role = abbreviated_roles(&c["r"].to_lowercase());
        if !matches!(
            role.as_str(),
            "ordförande" | "mötesordförande" | "sekreterare"
        ) {
            continue;
        }
        let Some((name, written, note)) = names_with_notes(&c["n"]).into_iter().next() else {
            continue;
        };
        if name.split_whitespace().count() < 2 || listed.contains(&surname(&name)) {
            continue;
        }
        officers.push(Attendee {
            name: Some(name),
            party: written.unwrap_or(Party::Employer),
            role: Some(note.map_or(role.clone(), |n| format!("{n}, {role}"))),
        });
    }
    present.splice(0..0, officers);
}

/// "För arbetsgivaren    Eva Ek, HR-chef", "För Vision: Bo Alm": a negotiation's table of
/// sides, each side with its "för" in the first column and a person's name beside it.
fn side_cell_before_name(line: &str) -> bool {
    static SIDE_CELL: LazyLock<Regex> = LazyLock::new(|| {
        crate::text::lenient_regex(
            r"^\s*(?i:för|från)\s+(?P<p>[^:\t]{2,40}?)(?:\s*:\s*|[ ]{2,}|\t)\s*\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?\s+\p{Lu}\p{Ll}+\b",
        )
    });
    static SIDE: LazyLock<Regex> = LazyLock::new(|| {
        crate::text::lenient_regex(
            r"(?i)^(?:arbetsgivar\p{L}*|arbetstagar\p{L}*|bolaget|företaget|de\s+fackliga\s+\p{L}+)$",
        )
    });
    SIDE_CELL.captures(line).is_some_and(|c| {
        let side = c["p"].trim();
        SIDE.is_match(side) || party_of(side).is_some()
    })
}

/// A sentence that opens the attendance without a label: "Vid mötet deltog …", "För
/// arbetsgivaren deltog …", "Från förvaltningen närvarade …".
static PROSE_START: LazyLock<Regex> = LazyLock::new(|| {
    crate::text::lenient_regex(&format!(
        r"(?i)^\s*(?:vid\s+(?:mötet|sammanträdet|förhandlingen)\s+(?:deltog|närvarade)|(?:för|från)\s+(?:arbetsgivar\p{{L}}*|förvaltningen)\s+(?:deltog|närvarade)\s+\S|(?:för|från)\s+(?-i:{0})\s+(?:deltog|närvarade|var)\s+\S|(?:för|från)\s+oss(?:\s+i\s+(?-i:{0}))?\s+(?:deltog|närvarade|var)\s+\S|(?:var\s+med\s+gjorde|med\s+(?:på|vid)\s+(?:mötet|sammanträdet)\s+var)\s+\S)",
        lexicon::party_pattern()
    ))
});

/// A sentence of attendance opening after another sentence on its line ("Mötet hölls i rum 4.
/// Närvarande för arbetsgivaren var …"); the opening in `s`.
static PROSE_INSIDE: LazyLock<Regex> = LazyLock::new(|| {
    crate::text::lenient_regex(&format!(
        r"[^\s.]{{2}}\.\s+(?P<s>(?-i:Närvarande|Deltagande)\s+(?i:för|från)\s+\p{{L}}+\s+(?i:var|deltog)\s+\S|(?-i:För|Från)\s+(?i:arbetsgivar\p{{L}}*|förvaltningen|oss|(?-i:{}))\s+(?i:deltog|närvarade)\s+\S)",
        lexicon::party_pattern()
    ))
});

/// Whether the line opens a sentence of attendance, at its start or after another sentence.
fn opens_prose(line: &str) -> bool {
    PROSE_START.is_match(line) || PROSE_INSIDE.is_match(line)
}

/// The line from its sentence of attendance on, the sentence before it dropped.
fn from_prose_opening(line: &str) -> &str {
    if PROSE_START.is_match(line) || ATTENDANCE_START.is_match(line) {
        return line;
    }
    PROSE_INSIDE
        .captures(line)
        .and_then(|c| c.name("s"))
        .map_or(line, |s| &line[s.start()..])
}

/// "Övriga fackliga: Kommunal, Vision och Ledarna." in the head: the unions present without their
/// people's names, each once and only when no one of it is named already.
pub(super) fn unions_without_names(
    doc: &Doc,
    head: &[usize],
    present: &[Attendee],
) -> Vec<Attendee> {
    static OTHERS: LazyLock<Regex> = LazyLock::new(|| {
        crate::text::lenient_regex(
            r"(?i)\bövriga\s+(?:fackliga(?:\s+organisationer)?|fackförbund|arbetstagarorganisationer)\s*:\s*(?P<l>[^.:]+)",
        )
    });
    // "Vision och Vårdförbundet var också på plats.": unions present, said after the others.
    static ALSO_THERE: LazyLock<Regex> = LazyLock::new(|| {
        crate::text::lenient_regex(
            r"(?:^|[.:]\s+)(?P<l>\p{Lu}[^.:]{1,160}?)\s+(?i:var|deltog)\s+(?i:också|även)\s*(?i:på\s+plats|närvarande|med|representerade)?\s*\.",
        )
    });
    let text = head
        .iter()
        .map(|&i| doc.line_text(i))
        .collect::<Vec<_>>()
        .join(" ");
    let mut out: Vec<Attendee> = Vec::new();
    let lists = OTHERS
        .captures_iter(&text)
        .chain(ALSO_THERE.captures_iter(&text))
        .map(|c| c["l"].to_string())
        .collect::<Vec<_>>();
    for list in lists {
        for segment in segments(&list) {
            let Some(party) = pure_party(segment.trim()) else {
                continue;
            };
            if !present.iter().chain(&out).any(|a| a.party == party) {
                out.push(Attendee {
                    name: None,
                    party,
                    role: None,
                });
            }
        }
    }
    out
}

/// "Saco-S-rådet": the party whose body it is ("Saco-S"), its words after hyphens dropped until
/// a party is named.
fn body_of_party(side: &str) -> &str {
    let mut side = side;
    while party_of(side).is_none() {
        match side.rfind('-') {
            Some(at) => side = &side[..at],
            None => break,
        }
    }
    side
}

/// "Arbetsgivaren" alone on a line with a person's name on the line under it ("Eva Ek, HR-chef"):
/// the attendance under the sides' and unions' headings, without a "Närvarande" label.
fn side_heading_over_names(doc: &Doc, head: &[usize]) -> Option<usize> {
    static EMPLOYER_SIDE: LazyLock<Regex> = LazyLock::new(|| {
        crate::text::lenient_regex(
            r"(?i)^\s*(?:(?:för\s+)?arbetsgivar(?:e|en|sidan|na|part(?:en)?)(?:\s*\([^()]{2,60}\))?|arbetsgivar(?:företrädare|representanter)|ledamöter\s+(?:ag|arbetsgivar\p{L}*))\s*:?\s*$",
        )
    });
    static NAME_FIRST: LazyLock<Regex> = LazyLock::new(|| {
        crate::text::lenient_regex(
            r"^\s*\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}[\p{Ll}'’]+)?\s+\p{Lu}[\p{Ll}'’-]+(?:\s*,|\s*\(|\s*$)",
        )
    });
    head.windows(2).position(|w| {
        EMPLOYER_SIDE.is_match(doc.line_text(w[0])) && NAME_FIRST.is_match(doc.line_text(w[1]))
    })
}

/// Names, then their roles, then their parties, one column after the other in the block of
/// lines that opens the list (up to a blank line): one row a person, and the line after the
/// block. Only for two columns or more after the names, whose column of parties ("Arbetsgivaren")
/// must not be read as a group's heading.
fn columns_in_block(doc: &Doc, start: usize, end: usize) -> Option<(Vec<String>, usize)> {
    let mut block: Vec<String> = Vec::new();
    let mut after = start;
    for i in start..end.max(start + 1) {
        after = i + 1;
        let text = if i == start {
            ATTENDANCE_START.replace(doc.line_text(i), "").into_owned()
        } else {
            doc.line_text(i).to_string()
        };
        if text.trim().is_empty() {
            if block.is_empty() {
                continue;
            }
            break;
        }
        block.push(text.trim().to_string());
    }
    let rows = aligned_columns(&block)?;
    let rows: Vec<String> = rows.lines().map(str::to_string).collect();
    (block.len() >= 3 * rows.len()).then_some((rows, after))
}

/// A table flattened column by column under its column headings ("Namn", then every name;
/// "Funktion", then every role; "Organisation", then every party): one row a person, "name,
/// role, party", and the line after the table.
fn headed_columns(doc: &Doc, start: usize, end: usize) -> Option<(Vec<String>, usize)> {
    let lines: Vec<usize> = (start..end.min(doc.lines.len()))
        .filter(|&i| !doc.is_blank(i))
        .collect();
    let heading = |i: usize| {
        let line = doc.line_text(i);
        NAME_HEAD.is_match(line) || column_heads(line).is_some()
    };
    let mut first = lines.iter().position(|&i| heading(i))?;
    if first > 1 {
        return None;
    }
    // "Deltagare" over "Namn": the table's heading over its column's.
    while lines.get(first + 1).is_some_and(|&i| heading(i)) {
        first += 1;
    }
    // "Namn   Organisation   Roll" on one row, or "Namn", "Funktion", "Organisation" stacked
    // on lines of their own, then each column's cells without its heading: the names, then as
    // many cells for each other column.
    let stacked = lines[first + 1..]
        .iter()
        .take_while(|&&i| CELL_HEAD.is_match(doc.line_text(i)))
        .count();
    let heads = column_heads(doc.line_text(lines[first]))
        .map(|others| (others, 0))
        .or_else(|| (stacked >= 2).then_some((stacked, stacked)));
    if let Some((others, skip)) = heads {
        let body = &lines[first + 1 + skip..];
        let rows = body
            .iter()
            .take_while(|&&i| is_person_name(doc.line_text(i)))
            .count();
        if rows < 2 || body.len() < rows * (others + 1) {
            return None;
        }
        let columns: Vec<Vec<String>> = (0..=others)
            .map(|c| {
                body[c * rows..(c + 1) * rows]
                    .iter()
                    .map(|&i| doc.line_text(i).trim().to_string())
                    .collect()
            })
            .collect();
        let after = body.get(rows * (others + 1)).copied().unwrap_or(end);
        return Some((table_rows(&columns), after));
    }
    let mut columns: Vec<Vec<String>> = vec![Vec::new()];
    let mut after = end;
    for &i in lines.iter().skip(first + 1) {
        let text = doc.line_text(i).trim();
        if CELL_HEAD.is_match(text) {
            columns.push(Vec::new());
            continue;
        }
        let rows = columns[0].len();
        let later = columns.len() > 1;
        let column = columns.last_mut()?;
        // A later column holds as many cells as the names: the table ends after it.
        if later && column.len() >= rows {
            after = i;
            break;
        }
        column.push(text.to_string());
    }
    let rows = columns[0].len();
    if columns.len() < 2 || rows < 2 || columns.iter().any(|c| c.len() != rows) {
        return None;
    }
    Some((table_rows(&columns), after))
}

/// A table's columns as rows "name, role, party".
fn table_rows(columns: &[Vec<String>]) -> Vec<String> {
    let rows = columns.first().map_or(0, Vec::len);
    (0..rows)
        .map(|r| {
            let cells: Vec<&str> = columns
                .iter()
                .map(|c| c[r].as_str())
                .filter(|cell| {
                    // "Arbetsgivaren" in the party column says the side, not a role.
                    !(party_of(cell) == Some(Party::Employer)
                        && cell.split_whitespace().count() == 1)
                })
                .collect();
            cells.join(", ")
        })
        .collect()
}

static NAME_HEAD: LazyLock<Regex> = LazyLock::new(|| {
    crate::text::lenient_regex(r"(?i)^\s*(?:namn|name|deltagare|(?-i:Ledamot))\s*:?\s*$")
});
static CELL_HEAD: LazyLock<Regex> = LazyLock::new(|| {
    crate::text::lenient_regex(
        r"(?i)^\s*(?:funktion|roll|befattning|titel|uppdrag|organisation|förbund|organisation/förbund|facklig\s+organisation|part|representerar|företräder)\s*:?\s*$",
    )
});

/// "Namn   Organisation   Roll": a row of a table's column headings, the name's first; how
/// many columns follow the names. The cells may be set apart by one space only ("Namn
/// Organisation Roll") when each is one heading word.
fn column_heads(line: &str) -> Option<usize> {
    let mut cells = gap_cells(line);
    if cells.len() == 1 {
        cells = line.split_whitespace().collect();
    }
    let (name, others) = cells.split_first()?;
    (NAME_HEAD.is_match(name) && !others.is_empty() && others.iter().all(|c| CELL_HEAD.is_match(c)))
        .then_some(others.len())
}

/// A table's row cut into its cells where two spaces or more, or a tab, set them apart.
pub(super) fn gap_cells(line: &str) -> Vec<&str> {
    static GAP: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"[ ]{2,}|\t").expect("gap"));
    GAP.split(line.trim())
        .map(str::trim)
        .filter(|c| !c.is_empty())
        .collect()
}

/// A line that is only a person's name: two to four capitalized words, no party.
pub(super) fn is_person_name(line: &str) -> bool {
    let words: Vec<&str> = line.split_whitespace().collect();
    (2..=4).contains(&words.len())
        && words.iter().all(|w| NAME_TOKEN.is_match(w))
        && party_of(line.trim()).is_none()
}

/// A närvarolista as a table: a name on each row and an X in the column "Närvarande" ("Ida
/// Burlin X", "Sune Montán X, mötesordf. § 74-88"), or a note of absence instead ("Jörgen
/// Qwist Anmält förhinder"). Three such rows at least make the table; a heading row between
/// them ("Suppleanter") is kept as the role of the rows under it.
pub(super) fn marked_list(doc: &Doc, head: &[usize]) -> (Vec<Attendee>, Vec<Attendee>) {
    static ROW: LazyLock<Regex> = LazyLock::new(|| {
        crate::text::lenient_regex(
            r"^\s*(?P<n>\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,3}?)(?:\s*\((?P<p>[^()\n]{1,8})\))?(?:\s*,\s*(?P<r>\S[^\n]*?)\s{2,})?\s*(?:(?P<x>[Xx])\b[\s,]*(?P<note>.*)|(?P<a>(?i:anmält\s+förhinder|förhinder|frånvarande|ej\s+närvarande)))\s*$",
        )
    });
    let rows = head
        .iter()
        .filter(|&&i| ROW.is_match(doc.line_text(i)))
        .count();
    if rows < 3 {
        return (Vec::new(), Vec::new());
    }
    let (mut present, mut absent) = (Vec::new(), Vec::new());
    let mut heading: Option<String> = None;
    // "Övriga närvarande" after the table: "Name, role" lines of people who were there.
    static OTHERS: LazyLock<Regex> = LazyLock::new(|| {
        crate::text::lenient_regex(r"^(?i:övriga\s+(?:närvarande|deltagare|deltagande))\s*:?$")
    });
    static NAME_ROLE: LazyLock<Regex> = LazyLock::new(|| {
        crate::text::lenient_regex(
            r"^\s*(?P<n>\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,3}),\s*(?P<r>\p{Ll}.*)$",
        )
    });
    let mut others = false;
    for &i in head {
        let line = doc.line_text(i).trim();
        if OTHERS.is_match(line) {
            others = true;
            continue;
        }
        if others {
            if let Some(c) = NAME_ROLE.captures(line) {
                present.push(Attendee {
                    name: Some(c["n"].to_string()),
                    // "facklig representant för Vision": a union's representative.
                    party: lexicon::mentions(&c["r"])
                        .into_iter()
                        .map(|m| m.party)
                        .find(|p| *p != Party::Employer)
                        .unwrap_or(Party::Employer),
                    role: Some(c["r"].trim().to_string()),
                });
                continue;
            }
            others = false;
        }
        let Some(c) = ROW.captures(line) else {
            // "Suppleanter", "Sekretariatet": a heading row of one or two words.
            let words = line.split_whitespace().count();
            if (1..=2).contains(&words) && line.chars().next().is_some_and(char::is_uppercase) {
                heading = Some(line.to_lowercase());
            }
            continue;
        };
        let name = c.name("n").map(|n| n.as_str().to_string());
        let note = c
            .name("note")
            .map(|n| n.as_str().trim())
            .filter(|n| !n.is_empty())
            .map(str::to_string);
        // "Pär-Olof Stål (C)X": a politician's party letters, kept as part of the role.
        let letters = c.name("p").map(|p| format!("({})", p.as_str()));
        // "Eva Ek, Vision (ersättare)   X": the union named beside the name is hers.
        let beside = c.name("r").map(|r| r.as_str().trim());
        let union = beside.and_then(|r| {
            lexicon::mentions(r)
                .into_iter()
                .map(|m| m.party)
                .find(|p| *p != Party::Employer)
        });
        let described = beside.filter(|_| union.is_none()).map(str::to_string);
        // "Arbetsgivaren", "Arbetstagarorganisationer": a side's heading, not a role.
        let heading = heading.clone().filter(|h| group_heading(h).is_none());
        let role: Vec<String> = heading
            .into_iter()
            .chain(described)
            .chain(letters)
            .chain(note)
            .collect();
        let attendee = Attendee {
            name,
            party: union.unwrap_or(Party::Employer),
            role: (!role.is_empty()).then(|| role.join(", ")),
        };
        if c.name("a").is_some() {
            absent.push(attendee);
        } else {
            present.push(attendee);
        }
    }
    (present, absent)
}

/// A negotiation protocol's parties and their representatives, written as label and value
/// lines in its head (see [`EMPLOYER_REPS`]).
pub(super) fn party_lines(doc: &Doc, head: &[usize]) -> Vec<Attendee> {
    static PARTY_COLON: LazyLock<Regex> = LazyLock::new(|| {
        crate::text::lenient_regex(&format!(r"(?P<p>{})\s*:", lexicon::party_pattern()))
    });
    let mut out = Vec::new();
    for &i in head {
        let line = doc.line_text(i);
        if let Some(n) = EMPLOYER_REPS.captures(line).and_then(|c| c.name("n")) {
            for name in split_names(n.as_str()) {
                if name.split_whitespace().count() >= 2 {
                    out.push(Attendee {
                        name: Some(name),
                        party: Party::Employer,
                        role: None,
                    });
                }
            }
        } else if let Some(n) = UNION_REPS.captures(line).and_then(|c| c.name("n")) {
            let text = n.as_str();
            let labels: Vec<_> = PARTY_COLON.captures_iter(text).collect();
            for (k, c) in labels.iter().enumerate() {
                let (Some(whole), Some(party)) = (c.get(0), c.name("p")) else {
                    continue;
                };
                let Some(party) = party_of(party.as_str()) else {
                    continue;
                };
                let end = labels
                    .get(k + 1)
                    .and_then(|next| next.get(0))
                    .map_or(text.len(), |m| m.start());
                for name in split_names(&text[whole.end()..end]) {
                    if name.split_whitespace().count() >= 2 {
                        out.push(Attendee {
                            name: Some(name),
                            party: party.clone(),
                            role: None,
                        });
                    }
                }
            }
        }
    }
    out
}

/// "Ordförande: Eva Ek, enhetschef", "Kommunal: Bo Berg (skyddsombud), Ida Lund", "Vision: Per
/// Holm" in the head, with no list of those present: the people of the meeting, each under the
/// role or union that labels their line (a role's holder of the employer's side).
pub(super) fn labelled_people(doc: &Doc, head: &[usize]) -> Vec<Attendee> {
    let mut out: Vec<Attendee> = Vec::new();
    let mut unions = 0;
    for &i in head {
        let line = doc.line_text(i);
        let (party, role, names) = if let Some(c) = ROLE_LINE.captures(line) {
            let role = abbreviated_roles(&c["r"].to_lowercase());
            (Party::Employer, Some(role), c["n"].to_string())
        } else if let Some(c) = PARTY_COLON_NAMES.captures(line)
            && let Some(party) = pure_party(c["p"].trim())
        {
            unions += 1;
            (party, None, c["n"].to_string())
        } else {
            continue;
        };
        for (name, written, note) in names_with_notes(&names) {
            if name.split_whitespace().count() < 2 {
                continue;
            }
            let role = [role.clone(), note]
                .into_iter()
                .flatten()
                .collect::<Vec<_>>();
            if let Some(known) = out.iter_mut().find(|a| a.name.as_deref() == Some(&name)) {
                known.role = Some(
                    known
                        .role
                        .iter()
                        .cloned()
                        .chain(role)
                        .collect::<Vec<_>>()
                        .join(", "),
                );
                continue;
            }
            out.push(Attendee {
                name: Some(name),
                party: written.unwrap_or_else(|| party.clone()),
                role: (!role.is_empty()).then(|| role.join(", ")),
            });
        }
    }
    if unions == 0 {
        out.clear();
    }
    out
}

/// "för KFO: A, B och C för LO: D" (attendance written as a sentence), "Eva Ek (ordf),
/// Kommunal: A och B, Vision: C": each side's names on a line of their own, as "KFO: A, B och C".
fn side_labels(line: &str) -> Vec<String> {
    static SIDE: LazyLock<Regex> = LazyLock::new(|| {
        crate::text::lenient_regex(&format!(
            r"(?:(?:^|\s)(?i:för)\s+|[,;]\s*)(?P<p>{}|arbetsgivar\p{{L}}*|arbetstagar\p{{L}}*)\s*:",
            lexicon::party_pattern()
        ))
    });
    let mut out = Vec::new();
    let mut from = 0;
    for c in SIDE.captures_iter(line) {
        let (Some(whole), Some(party)) = (c.get(0), c.name("p")) else {
            continue;
        };
        let before = line[from..whole.start()].trim().trim_end_matches(',');
        if !before.is_empty() {
            out.push(before.to_string());
        }
        out.push(format!("{}:", party.as_str()));
        from = whole.end();
    }
    let rest = line[from..].trim();
    if !rest.is_empty() || out.is_empty() {
        // "KFO:" then its names: one line, as the "Party: names" layout writes it.
        match out.last_mut() {
            Some(last) if last.ends_with(':') => {
                last.push(' ');
                last.push_str(rest);
            }
            _ => out.push(rest.to_string()),
        }
    }
    let mut joined: Vec<String> = Vec::new();
    for piece in out {
        match joined.last_mut() {
            Some(last) if last.ends_with(':') && !piece.ends_with(':') => {
                last.push(' ');
                last.push_str(&piece);
            }
            _ => joined.push(piece),
        }
    }
    joined
}

/// A long line (a page joined into one) holds the list and then the protocol's text: the
/// list ends at its first full stop before a capital or a number.
fn end_of_list(line: &str) -> String {
    static END: LazyLock<Regex> =
        LazyLock::new(|| crate::text::lenient_regex(r"[^\s.]{2}\.\s+(?:\d|\p{Lu})"));
    if line.len() <= 300 {
        return line.to_string();
    }
    match END.find(line) {
        Some(m) => {
            let dot = m.start() + m.as_str().find('.').unwrap_or(0) + 1;
            line[..dot].to_string()
        }
        None => line.to_string(),
    }
}

#[derive(Default)]
pub(super) struct Attendance {
    group: Option<Group>,
    /// The union of a heading line of its own ("för Vision:"), for the names under it.
    side: Option<Party>,
    present: Vec<Attendee>,
    absent: Vec<Attendee>,
    /// The union that wrote the notes, whose people "Från oss deltog …" names.
    own: Option<Party>,
}

/// The union a text of union-side notes names in its first lines ("Vision sektion Norr",
/// "Anteckningar från Kommunal"), for "oss" in its sentences of attendance.
fn own_union(doc: &Doc) -> Option<Party> {
    let title: Vec<&str> = (0..doc.lines.len())
        .filter(|&i| !doc.is_blank(i))
        .take(3)
        .map(|i| doc.line_text(i))
        .collect();
    lexicon::mentions(&title.join("\n"))
        .into_iter()
        .map(|m| m.party)
        .find(|p| matches!(p, Party::Union(_)))
}

struct Pending {
    name: Option<String>,
    party: Option<Party>,
    role: Vec<String>,
}

impl Attendance {
    fn paragraph(&mut self, doc: &Doc, first: usize, last: usize, start_line: usize) {
        let raw: Vec<String> = (first..=last)
            .filter(|&i| !doc.is_blank(i))
            .map(|i| {
                let text = doc.line_text(i);
                let text = if i == start_line {
                    ATTENDANCE_START.replace(from_prose_opening(text), "").into_owned()
                } else {
                    text.to_string()
                };
                let text = PAGE_MARK.replace(&text, "");
                // "| Eva Ek, ordförande |": a row of a drawn table, its cells set apart by space.
                let text = match text
                    .trim()
                    .strip_prefix('|')
                    .and_then(|t| t.strip_suffix('|'))
                {
                    Some(cells) => cells
                        .split('|')
                        .map(|cell| lowered_title(cell.trim()))
                        .collect::<Vec<_>>()
                        .join("     "),
                    None => text.into_owned(),
                };
                // "Kommunal – Eva Ek; Vision – Bo Berg": each union before its person.
                static PARTY_DASH_NAME: LazyLock<Regex> = LazyLock::new(|| {
                    crate::text::lenient_regex(&format!(
                        r"(?:^|(?P<s>[:;,]\s*))(?P<p>{})\s+[–-]\s+(?P<n>\p{{Lu}}\p{{Ll}}+(?:[ -]\p{{Lu}}\p{{Ll}}+){{1,2}})\b",
                        lexicon::party_pattern()
                    ))
                });
                let text = PARTY_DASH_NAME.replace_all(&text, "${s}${n} (${p})");
                // "för Läkarföreningen (Sveriges läkarförbund) Eva Ek": a party with its
                // federation in parentheses is the party.
                static PARTY_OF_PARTY: LazyLock<Regex> = LazyLock::new(|| {
                    crate::text::lenient_regex(&format!(
                        r"(?P<p>{0})\s*\((?P<q>{0})\)",
                        lexicon::party_pattern()
                    ))
                });
                let text = PARTY_OF_PARTY.replace_all(&text, |c: &regex::Captures| {
                    match (party_of(&c["p"]), party_of(&c["q"])) {
                        (Some(a), Some(b)) if a == b => c["p"].to_string(),
                        _ => c[0].to_string(),
                    }
                });
                // "Bo Ek (rektor) Eva Lind (HR)": a note's closing parenthesis ends its person
                // even without a comma before the next.
                static NOTE_THEN_NAME: LazyLock<Regex> = LazyLock::new(|| {
                    crate::text::lenient_regex(
                        r"(?P<c>[^\s(])\)[ \t]+(?P<n>\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?[ \t]+\p{Lu}[\p{Ll}-]+[ \t]*\()",
                    )
                });
                let text = NOTE_THEN_NAME.replace_all(&text, "${c}), $n");
                // "Eva Ek och Bo Alm (Vision)": both people of the party written after the two.
                static TWO_OF_PARTY: LazyLock<Regex> = LazyLock::new(|| {
                    crate::text::lenient_regex(
                        r"(?P<a>\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?[ \t]+\p{Lu}[\p{Ll}-]+)[ \t]+(?:och|samt)[ \t]+(?P<b>\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?[ \t]+\p{Lu}[\p{Ll}-]+)[ \t]*\((?P<p>[^()]{2,40})\)",
                    )
                });
                let text = TWO_OF_PARTY.replace_all(&text, |c: &regex::Captures| {
                    if party_of(c["p"].trim()).is_some() {
                        format!("{} ({}), {} ({})", &c["a"], &c["p"], &c["b"], &c["p"])
                    } else {
                        c[0].to_string()
                    }
                });
                ABSENT_SENTENCE.replace(&text, "Förhinder: ").into_owned()
            })
            .collect();
        let raw = party_column(marked_notes(raw));
        let raw = prose_attendance(&raw).unwrap_or_else(|| names_across_lines(raw));
        // "Kommunal hade ingen representant närvarande." as a sentence of its own, in a
        // paragraph of its own or after another sentence on its line ("Frånvarande: Per Lind
        // (AG). Vision hade ingen representant.").
        let absence = |line: &str| {
            let c = ABSENT_AT_END.captures(line)?;
            let who = c.name("w").or_else(|| c.name("p"))?.as_str();
            (c.name("p").is_none() || pure_party(who).is_some())
                .then(|| format!("Förhinder: {}", lowered_role(who)))
        };
        static SENTENCE_END: LazyLock<Regex> =
            LazyLock::new(|| crate::text::lenient_regex(r"(?:[^\s.]{2}|\))\.\s+\p{Lu}"));
        // A sentence wrapped over the paragraph's lines is one line too.
        let joined = raw.join(" ");
        let raw = if raw.len() > 1 && !SENTENCE_END.is_match(&joined) && absence(&joined).is_some()
        {
            vec![joined]
        } else {
            raw
        };
        let single = raw.len() == 1;
        let raw: Vec<String> = raw
            .into_iter()
            .flat_map(|line| {
                let split = SENTENCE_END
                    .find_iter(&line)
                    .enumerate()
                    .find_map(|(k, m)| {
                        let at = m.end() - m.as_str().chars().last().map_or(0, char::len_utf8);
                        if let Some(absent) = absence(&line[at..]) {
                            return Some(vec![line[..at].trim().to_string(), absent]);
                        }
                        // "Vision hade ingen representant. Bo Ek deltog under punkt 4.": the
                        // line's first sentence an absence.
                        let absent = absence(line[..at].trim()).filter(|_| k == 0)?;
                        Some(vec![absent, line[at..].trim().to_string()])
                    });
                if let Some(split) = split {
                    return split;
                }
                match absence(&line) {
                    // A party's absence on a line of its own in a list ("Saco-S har meddelat
                    // att förbundet avstår från att delta").
                    Some(absent)
                        if !line.starts_with("Förhinder:")
                            && (single
                                || absent
                                    .strip_prefix("Förhinder: ")
                                    .is_some_and(|who| pure_party(who).is_some())) =>
                    {
                        vec![absent]
                    }
                    _ => vec![line],
                }
            })
            .collect();
        let lines: Vec<String> = raw
            .iter()
            .flat_map(|text| {
                let text = table_cells(text);
                side_labels(&end_of_list(&text))
                    .into_iter()
                    .flat_map(|line| absence_heading_inside(&line))
            })
            .collect();
        self.lines(&under_party_headings(lines));
    }

    fn lines(&mut self, lines: &[String]) {
        let mut stream: Vec<String> = Vec::new();
        let mut paragraph_absent = false;
        // "… hade förhinder" in the text, not a "Förhinder:" heading, makes the paragraph's people absent.
        let whole = lines
            .iter()
            .filter(|l| group_heading(l.trim()).is_none())
            .cloned()
            .collect::<Vec<_>>()
            .join("\n");
        if ABSENT_PHRASE.is_match(&whole) {
            paragraph_absent = true;
        }
        for line in lines {
            let trimmed = line.trim();
            // "Namn Organisation Roll": the table's heading row names no one.
            if trimmed.is_empty() || column_heads(trimmed).is_some() {
                continue;
            }
            // "för Vision:" on a line of its own: the union of the names under it.
            if let Some(party) = trimmed
                .strip_suffix(':')
                .and_then(|label| SIDE_LABEL.captures(label))
                .and_then(|c| party_of(&c["p"]))
                .filter(|p| matches!(p, Party::Union(_)))
            {
                self.flush(&mut stream, paragraph_absent);
                self.side = Some(party);
                continue;
            }
            // "Kommunal" alone after them: the next union's names follow, as a heading of its own.
            if pure_party(trimmed).is_some() {
                self.side = None;
            }
            let sided;
            let trimmed = match &self.side {
                Some(party) if group_heading(trimmed).is_none() && !trimmed.contains(':') => {
                    sided = format!("{party}: {trimmed}");
                    sided.as_str()
                }
                _ => trimmed,
            };
            if let Some(group) = group_heading(trimmed) {
                self.flush(&mut stream, paragraph_absent);
                self.side = None;
                let previous = self.group.replace(group);
                // "Förhinder: Vårdförbundet, Sveriges Skolledare" on one line.
                if group == Group::Absent
                    && let Some(rest) = trimmed.split_once(':').map(|(_, r)| r.trim())
                    && !rest.is_empty()
                {
                    // "Seko (kallad, ej närvarande)": the party absent, its note no part of it.
                    static PARTY_NOTE: LazyLock<Regex> = LazyLock::new(|| {
                        crate::text::lenient_regex(r"^(?P<p>[^()]+?)\s*\(\p{Ll}[^()]*\)\s*\.?$")
                    });
                    let rest = PARTY_NOTE
                        .captures(rest)
                        .map(|c| c["p"].to_string())
                        .filter(|p| pure_party(p).is_some())
                        .unwrap_or_else(|| rest.to_string());
                    stream.push(rest);
                    self.flush(&mut stream, true);
                    // The absent named on the heading's line: the lines after it are of the
                    // group before.
                    self.group = previous;
                }
                continue;
            }
            // "Adjungerade: Anna Ek, Bo Berg": a group's heading with its names on its line.
            if let Some((heading, rest)) = trimmed.split_once(':')
                && !rest.trim().is_empty()
                && party_of(heading).is_none()
                && let Some(group) = group_heading(&format!("{}:", heading.trim()))
            {
                self.flush(&mut stream, paragraph_absent);
                self.group = Some(group);
                stream.push(rest.trim().to_string());
                continue;
            }
            // "Ordförande: Eva Ek, förvaltningschef" as a row of the list: an employer's person
            // present in that office; without a title ("Sekreterare: Bo Berg") a label of the
            // head's, not a row to run into the person before.
            if let Some(c) = ROLE_LINE.captures(trimmed)
                && matches!(
                    crate::text::fold_letters(&c["r"]).as_str(),
                    "ordforande" | "sekreterare" | "protokollforare"
                )
            {
                let value = &c["n"];
                let (name, title) = value.split_once(',').unwrap_or((value, ""));
                let name = name.trim();
                let words: Vec<&str> = name.split_whitespace().collect();
                if words.len() >= 2 && name_prefix(&words) == words.len() {
                    self.flush(&mut stream, paragraph_absent);
                    let title = title.trim().trim_end_matches('.');
                    if !title.is_empty()
                        && !self.present.iter().any(|a| a.name.as_deref() == Some(name))
                    {
                        self.present.push(Attendee {
                            name: Some(name.to_string()),
                            party: Party::Employer,
                            role: Some(format!("{title}, {}", c["r"].to_lowercase())),
                        });
                    }
                    continue;
                }
            }
            // "OFR/ST: Eva Ek": a union named with its federation, the union last.
            let label_party = |label: &str| {
                if label.trim() == "oss" {
                    return Some(self.own.clone().unwrap_or(Party::AllUnions));
                }
                // "För Gråbo kommun: Eva Ek": the employer named by its organization.
                let employer = label
                    .strip_prefix("För ")
                    .and_then(organization_in)
                    .map(|_| Party::Employer);
                party_of(label).or(employer).or_else(|| {
                    label.contains('/').then_some(())?;
                    label
                        .rsplit('/')
                        .find_map(|part| party_of(part.trim()))
                        .filter(|p| matches!(p, Party::Union(_)))
                })
            };
            // "Seko: inte närvarande": the union, without a name, absent.
            static NOT_THERE: LazyLock<Regex> = LazyLock::new(|| {
                crate::text::lenient_regex(
                    r"(?i)^\s*(?:inte|ej)\s+(?:närvarande|representerad[e]?)\s*\.?\s*$",
                )
            });
            if let Some(c) = PARTY_COLON_NAMES.captures(trimmed)
                && let Some(party) = c.name("p").and_then(|p| label_party(p.as_str()))
            {
                self.flush(&mut stream, paragraph_absent);
                let absent = paragraph_absent || self.group == Some(Group::Absent);
                if NOT_THERE.is_match(&c["n"]) {
                    self.absent.push(Attendee {
                        name: None,
                        party,
                        role: None,
                    });
                    continue;
                }
                for (name, own_party, role) in
                    names_with_notes(c.name("n").map_or("", |n| n.as_str()))
                {
                    // "Arbetstagarsidan: Sofia Ahl (Sveriges Lärare)": the person's own party wins.
                    let party = own_party
                        .filter(|_| party != Party::Employer)
                        .unwrap_or_else(|| party.clone());
                    let attendee = Attendee {
                        name: Some(name),
                        party,
                        role,
                    };
                    if absent {
                        self.absent.push(attendee);
                    } else {
                        self.present.push(attendee);
                    }
                }
                continue;
            }
            stream.push(trimmed.to_string());
        }
        self.flush(&mut stream, paragraph_absent);
    }

    fn flush(&mut self, stream: &mut Vec<String>, paragraph_absent: bool) {
        if stream.is_empty() {
            return;
        }
        let text = aligned_columns(stream).unwrap_or_else(|| stream.join("\n"));
        stream.clear();
        let absent = paragraph_absent || self.group == Some(Group::Absent);
        let text = ABSENT_PHRASE.replace_all(&text, " ");
        let default_party = match self.group {
            Some(Group::Unions) => None,
            _ => Some(Party::Employer),
        };
        let mut group_party: Option<Party> = None;
        let mut people: Vec<Pending> = Vec::new();
        // "Per Holm, ekonomichef; Vision, ersättare": a semicolon ends a person, so a party
        // after it stands alone.
        const ENDS_PERSON: &str = "\u{1f}";
        let text = text.replace(';', &format!(",{ENDS_PERSON},"));
        let mut after_semicolon = false;
        let cleaned: Vec<String> = segments(&text)
            .into_iter()
            .map(|s| {
                s.trim()
                    .trim_end_matches(['.', ':', ';'])
                    .trim()
                    .to_string()
            })
            .filter(|s| !s.is_empty())
            // "Saco-S (ingen representant utsedd)": a party alone with a note about it (not a
            // person's name, "Vision (Eva Ek)").
            .map(|s| {
                static NOTE: LazyLock<Regex> =
                    LazyLock::new(|| crate::text::lenient_regex(r"\s*\(\p{Ll}[^()]*\)"));
                let bare = NOTE.replace_all(&s, "").trim().to_string();
                if bare != s && pure_party(&bare).is_some() {
                    bare
                } else {
                    s
                }
            })
            .map(|s| party_by_its_representative(&s).unwrap_or(s))
            .flat_map(|s| party_then_name(&s).unwrap_or_else(|| vec![s]))
            .flat_map(|s| label_then_name(&s))
            .map(|s| without_title(&s))
            .flat_map(|s| run_on(&s).unwrap_or_else(|| people_after_attributes(&s)))
            .collect();
        // "Vision\nAnna Ek\nKommunal\nBo Ek": parties as headings of the names after them.
        let headed = !absent && cleaned.first().is_some_and(|s| pure_party(s).is_some());
        for segment in cleaned {
            if segment == ENDS_PERSON {
                after_semicolon = true;
                continue;
            }
            let fresh = std::mem::take(&mut after_semicolon);
            if let Some(party) = pure_party(&segment) {
                match people.last_mut() {
                    _ if headed => group_party = Some(party),
                    _ if fresh && absent => people.push(Pending {
                        name: None,
                        party: Some(party),
                        role: Vec::new(),
                    }),
                    Some(person) if person.party.is_none() && person.name.is_some() => {
                        person.party = Some(party);
                    }
                    // "Akademikerförbundet \nSSR": the same party spelled over two lines.
                    Some(person) if person.party.as_ref() == Some(&party) => {}
                    // "TCO, Vision": the union, within its confederation.
                    Some(person)
                        if person.party.as_ref().is_some_and(lexicon::is_confederation)
                            && !lexicon::is_confederation(&party) =>
                    {
                        if let Some(confederation) = person.party.replace(party) {
                            person.role.insert(0, confederation.to_string());
                        }
                    }
                    _ if absent => people.push(Pending {
                        name: None,
                        party: Some(party),
                        role: Vec::new(),
                    }),
                    _ => group_party = Some(party),
                }
                continue;
            }
            let words: Vec<&str> = segment.split_whitespace().collect();
            // "Landshövding Eva Ek", "Regiondirektör Bo Berg": a capitalized title before the
            // name is the person's role, not a part of the name.
            // A title before a unit ("Enhetschef Sjukpenning Lund") is a role's cell: the name
            // after a title starts with a given name.
            let titled = words.len() >= 3
                && is_title_word(words[0])
                && lexicon::is_given_name(words[1])
                && name_prefix(&words[1..]) >= 2;
            // "enhetschef Eva Ek (ordf)": a title in lower case before a given name and surname;
            // not "ordf Eva Ek", the role of the person before, its comma missing.
            let lead = role_before_name(&words);
            let lead = if titled {
                1
            } else if lead > 0
                && lexicon::is_given_name(words[lead])
                && !words[..lead].iter().any(|w| is_role_or_side(w))
            {
                lead
            } else {
                0
            };
            let (title, words) = if lead > 0 {
                (Some(words[..lead].join(" ").to_lowercase()), &words[lead..])
            } else {
                (None, &words[..])
            };
            let name_len = name_prefix(words);
            // "Norrby Gjuteri Norrby Gjuteri": a column of a table's cells run together names
            // no one; a person's name repeats no word.
            let repeats = words[..name_len]
                .iter()
                .enumerate()
                .any(|(k, w)| words[..k].contains(w));
            if name_len >= 2 && !repeats {
                let name = name_of(&words[..name_len]);
                let rest = words[name_len..].join(" ");
                let mut person = Pending {
                    name: Some(name),
                    party: None,
                    role: title.into_iter().collect(),
                };
                attach(&mut person, &rest);
                if person.party.is_none() && headed {
                    person.party = group_party.clone();
                }
                people.push(person);
            } else if let Some(person) = people.last_mut() {
                attach(person, &segment);
            }
        }
        for person in people {
            let party = person
                .party
                .or_else(|| default_party.clone())
                .unwrap_or(Party::AllUnions);
            let role = person.role.join(", ");
            let attendee = Attendee {
                name: person.name,
                party,
                role: (!role.is_empty()).then_some(role),
            };
            if absent {
                self.absent.push(attendee);
            } else {
                self.present.push(attendee);
            }
        }
    }

    fn finish(mut self) -> (Vec<Attendee>, Vec<Attendee>) {
        // "Skyddsombudet Eva Ek deltog …": a role opening a sentence, capitalized there, is no
        // part of the name after it.
        for person in self.present.iter_mut().chain(self.absent.iter_mut()) {
            let Some(name) = person.name.clone() else {
                continue;
            };
            let words: Vec<&str> = name.split_whitespace().collect();
            if words.len() >= 3
                && !lexicon::is_given_name(words[0])
                && lexicon::is_given_name(words[1])
                && party_of(words[0]).is_none()
                && ["et", "en", "na", "chef", "ombud", "ordförande", "rektor"]
                    .iter()
                    .any(|ending| words[0].to_lowercase().ends_with(ending))
            {
                person.name = Some(words[1..].join(" "));
                let role = words[0].to_lowercase();
                person.role = Some(match person.role.take() {
                    Some(other) => format!("{role}, {other}"),
                    None => role,
                });
            }
        }
        // "Anteckningar: Ida Lind" after a list that holds her: one person, named twice.
        let mut seen: Vec<String> = Vec::new();
        self.present.retain(|a| match &a.name {
            Some(name) if seen.contains(name) => false,
            Some(name) => {
                seen.push(name.clone());
                true
            }
            None => true,
        });
        (self.present, self.absent)
    }
}

/// "för Vision", "Från Kommunal", "Vision": a heading of a union's names, its party in `p`.
static SIDE_LABEL: LazyLock<Regex> =
    LazyLock::new(|| crate::text::lenient_regex(r"^\s*(?:(?i:för|från)\s+)?(?P<p>\S.{1,40}?)\s*$"));

/// A table of two columns, a side or union in the first and its people in the second
/// ("Kommunal      Pia Ek, Ulla Ström"), more people of the side on indented lines under it:
/// a line "Kommunal: Pia Ek, Ulla Ström" for each row. A row marked absent ("Ledarna
/// Anmält förhinder") is the side absent; a row with only a dash names nobody. The lines as
/// they are unless two rows or more are such.
fn party_column(lines: Vec<String>) -> Vec<String> {
    static ROW: LazyLock<Regex> = LazyLock::new(|| {
        crate::text::lenient_regex(r"^(?P<p>\S[^\t]{0,40}?)(?:[ ]{2,}|\t)[ \t]*(?P<r>\S.*?)\s*$")
    });
    static ABSENT_CELL: LazyLock<Regex> = LazyLock::new(|| {
        crate::text::lenient_regex(
            r"(?i)^(?:(?:anmält|meddelat)\s+(?:förhinder|frånvaro)|förhinder|frånvarande|ej\s+närvarande)\.?$",
        )
    });
    let mut out = Vec::with_capacity(lines.len());
    let mut side: Option<String> = None;
    let mut rows = 0;
    // "För Unionen    Eva Ek" alone in its paragraph: the "för" marks a side even in one row.
    let mut with_for = false;
    for line in &lines {
        let indented = line.starts_with("  ") || line.starts_with('\t');
        // "För Vision      Eva Ek": the side written with its "för".
        let side_of = |cell: &str| {
            let cell = cell.trim().trim_end_matches(':');
            let bare = ["För ", "för ", "Från ", "från "]
                .iter()
                .find_map(|p| cell.strip_prefix(p))
                .unwrap_or(cell);
            party_of(bare).map(|_| bare.to_string())
        };
        if let Some(c) = ROW.captures(line).filter(|_| !indented)
            && let Some(party) = side_of(&c["p"])
        {
            let rest = c["r"].trim();
            rows += 1;
            with_for |= c["p"].starts_with(['F', 'f']) && c["p"] != party;
            if ABSENT_CELL.is_match(rest) {
                out.push(format!("Förhinder: {party}"));
                side = None;
            } else {
                if !matches!(rest, "–" | "-" | "—") {
                    out.push(format!("{party}: {rest}"));
                }
                side = Some(party);
            }
            continue;
        }
        match &side {
            Some(party) if indented && !line.trim().is_empty() => {
                out.push(format!("{party}: {}", line.trim()));
            }
            _ => {
                side = None;
                out.push(line.clone());
            }
        }
    }
    if rows >= 2 || rows == 1 && with_for {
        out
    } else {
        lines
    }
}

/// "Anna Ek, ordf., Cecilia\nAhlgren, rektor": a line that ends in a given name whose surname
/// begins the next line is one line.
fn names_across_lines(lines: Vec<String>) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for line in lines {
        let joins = out.last().is_some_and(|last: &String| {
            let last_word = last.split_whitespace().last().unwrap_or("");
            let first_word = line.split_whitespace().next().unwrap_or("");
            let first_word = first_word.trim_end_matches([',', '.']);
            last.split_whitespace().count() > 2
                && lexicon::is_given_name(last_word)
                && NAME_TOKEN.is_match(first_word)
                && !lexicon::is_given_name(first_word)
                && party_of(first_word).is_none()
                // "Sveriges Lärare: Eva Ek" is a party's line of its own, not a surname.
                && PARTY_COLON_NAMES
                    .captures(&line)
                    .is_none_or(|c| party_of(c["p"].trim()).is_none())
        });
        match out.last_mut() {
            Some(last) if joins => {
                last.push(' ');
                last.push_str(line.trim());
            }
            _ => out.push(line),
        }
    }
    out
}

/// Attendance written as sentences ("Närvarande från arbetsgivaren var rektor Anna Ek och …
/// För Vision deltog Bo Berg, för Kommunal Lo Ahl. Anmält förhinder hade Per Holm."): the
/// paragraph as one text, a line for each side ("Vision: Bo Berg") and for the absent
/// ("Förhinder: Per Holm"). None when the paragraph is a list.
fn prose_attendance(lines: &[String]) -> Option<Vec<String>> {
    static CUE: LazyLock<Regex> = LazyLock::new(|| {
        crate::text::lenient_regex(
            r"\b(?i:deltog|deltar|närvarade)\s+(?:\p{Lu}|som\s|för\s)|(?i)\bvar\s+närvarande\b|^\s*(?:från|för)\s+\p{L}+\s+var\b|^\s*(?:var\s+med\s+gjorde|med\s+(?:på|vid)\s+(?:mötet|sammanträdet)\s+var)\s|\b(?:representerades|företräddes)\s+av\s|(?-i:\p{Ll}{2}\.\s+För\s+\S[^:.]{0,40}:)",
        )
    });
    static STOP: LazyLock<Regex> =
        LazyLock::new(|| crate::text::lenient_regex(r"([^\s.]{2}|\))\.\s+(\p{Lu})"));
    static SIDE: LazyLock<Regex> = LazyLock::new(|| {
        crate::text::lenient_regex(&format!(
            r"(?i:^|,\s+|\s+och\s+)(?i:från|för)\s+(?P<p>(?:{0}|arbetsgivar\p{{L}}*|arbetstagar\p{{L}}*|oss)(?:-\p{{L}}+)*)(?:(?:/|\s+i\s+)(?P<q>{0})(?:-\p{{L}}+)*)?(?:\s+(?i:var|deltog|deltar|närvarade))?(?:\s+(?i:vi)(?:\s+\p{{Ll}}+)?)?(?:\s*:|\s+(?P<n>\p{{L}}))",
            lexicon::party_pattern()
        ))
    });
    // "Vid mötet deltog för arbetsgivaren …": the sentence's opening before its first side.
    static OPENING: LazyLock<Regex> = LazyLock::new(|| {
        crate::text::lenient_regex(
            r"^(?i:vid\s+(?:mötet|sammanträdet|förhandlingen)\s+(?:deltog|närvarade)|var\s+med\s+gjorde|med\s+(?:på|vid)\s+(?:mötet|sammanträdet)\s+var)\s+(?P<f>(?i:för|från)\s)",
        )
    });
    // "Läkarförbundet hade anmält förhinder men lämnat synpunkter": what follows "men" is not
    // attendance.
    static BUT_AFTER_ABSENCE: LazyLock<Regex> = LazyLock::new(|| {
        crate::text::lenient_regex(
            r"(?i)(?P<a>\b(?:anmält|meddelat|lämnat)\s+(?:förhinder|frånvaro))\s+men\s+[^.]*",
        )
    });
    // "Vision representerades av Eva Ek och Kommunal av Bo Berg", "Arbetsgivaren hade med sig
    // …": each side named before its people, as "för Vision Eva Ek".
    static REPRESENTED: LazyLock<Regex> = LazyLock::new(|| {
        crate::text::lenient_regex(&format!(
            r"(?:^|\b)(?P<p>(?-i:{})|(?i:arbetsgivar\p{{L}}*))\s+(?i:representerades\s+av|hade\s+med\s+sig|företräddes\s+av)\s+",
            lexicon::party_pattern()
        ))
    });
    static AND_SIDE_BY: LazyLock<Regex> = LazyLock::new(|| {
        crate::text::lenient_regex(&format!(
            r"\s+(?i:och|samt)\s+(?P<p>(?-i:{}))\s+(?i:av)\s+",
            lexicon::party_pattern()
        ))
    });
    // "förvaltnings-\nchef": a word broken over two lines is one word.
    let mut text = String::new();
    for line in lines.iter().map(|l| l.trim()) {
        let broken = text.ends_with('-')
            && text[..text.len() - 1]
                .chars()
                .next_back()
                .is_some_and(char::is_lowercase)
            && line.starts_with(char::is_lowercase);
        if broken {
            text.pop();
        } else if !text.is_empty() {
            text.push(' ');
        }
        text.push_str(line);
    }
    // One line is enough when it opens as attendance does ("Vid mötet deltog …"), and such an
    // opening ("Från arbetsgivaren deltog rektor …") is a cue of its own.
    if !PROSE_START.is_match(&text) && (lines.len() < 2 || !CUE.is_match(&text)) {
        return None;
    }
    // "Mötet hölls i rum 4.": a sentence about the meeting itself names no one present.
    static OF_THE_MEETING: LazyLock<Regex> = LazyLock::new(|| {
        crate::text::lenient_regex(
            r"^\s*(?i:mötet|sammanträdet)\s+(?i:hölls|var\s+kl|ägde\s+rum|började|startade)\b",
        )
    });
    // "Övriga fack på plats: Kommunal (Eva Ek), …": a heading over people who each have their
    // union beside them, dropped; over unions alone ("Övriga fackliga: Vision och Ledarna."),
    // the sentence is `unions_without_names`'s.
    static OTHER_UNIONS: LazyLock<Regex> = LazyLock::new(|| {
        crate::text::lenient_regex(
            r"^\s*(?i:övriga)\s+(?i:fack|fackliga|fackförbund|fackliga\s+organisationer|arbetstagarorganisationer)(?:\s+(?i:på\s+plats|närvarande))?\s*:\s*",
        )
    });
    // "Från oss i Vision var Eva Ek och Bo Alm med.": "med" closes the sentence, not a role.
    static WITH_AT_END: LazyLock<Regex> = LazyLock::new(|| {
        crate::text::lenient_regex(r"(\p{L})\s+(?i:också\s+|även\s+)?med\s*\.?\s*$")
    });
    // "Sekreterare var Eva Ek, HR.": a person present in that office.
    static OFFICE_HELD_BY: LazyLock<Regex> = LazyLock::new(|| {
        crate::text::lenient_regex(
            r"^\s*(?P<r>(?i:ordförande|mötesordförande|sekreterare|protokollförare))\s+(?i:var)\s+(?P<n>\p{Lu}[^.]*?)\s*\.?\s*$",
        )
    });
    let text = STOP.replace_all(&text, "$1.\n$2");
    let mut out = Vec::new();
    for sentence in text.lines().filter(|s| !OF_THE_MEETING.is_match(s)) {
        let sentence = match OTHER_UNIONS.find(sentence) {
            Some(m) if sentence[m.end()..].contains('(') => &sentence[m.end()..],
            Some(_) => continue,
            None => sentence,
        };
        let sentence = WITH_AT_END.replace(sentence, "$1");
        let sentence = match nobody_for(&sentence) {
            Some(absent) => std::borrow::Cow::Owned(absent),
            None => sentence,
        };
        let sentence = match OFFICE_HELD_BY.captures(&sentence) {
            Some(c) => std::borrow::Cow::Owned(format!("{}, {}", &c["n"], c["r"].to_lowercase())),
            None => sentence,
        };
        let represented = REPRESENTED.is_match(&sentence);
        let sentence = REPRESENTED.replace_all(sentence.trim(), "för $p ");
        let sentence = if represented {
            AND_SIDE_BY.replace_all(&sentence, ", för $p ")
        } else {
            sentence
        };
        let sentence = OPENING.replace(sentence.trim(), "$f");
        let sentence = BUT_AFTER_ABSENCE.replace(&sentence, "$a");
        let sentence = ABSENT_SENTENCE.replace(sentence.trim(), "Förhinder: ");
        // "Skolchef Tor Ek hade anmält förhinder.": the absence ends its sentence, and makes
        // only that sentence's people absent.
        let sentence = match ABSENT_AT_END.captures(&sentence) {
            Some(c) if !sentence.starts_with("Förhinder:") => {
                // "Från Ledarna deltog ingen.": the party, not a person, is absent.
                let who = c
                    .name("w")
                    .or_else(|| c.name("p"))
                    .map_or("", |m| m.as_str());
                std::borrow::Cow::Owned(format!("Förhinder: {}", lowered_role(who)))
            }
            // "Kommunal hade anmält förhinder för sitt andra ombud.": absent all the same.
            _ if !sentence.starts_with("Förhinder:") && ABSENT_PHRASE.is_match(&sentence) => {
                let rest = ABSENT_PHRASE.replace_all(&sentence, " ");
                std::borrow::Cow::Owned(format!("Förhinder: {}", crate::text::collapse(&rest)))
            }
            _ => sentence,
        };
        let mut from = 0;
        let mut pieces: Vec<String> = Vec::new();
        for c in SIDE.captures_iter(&sentence) {
            let whole = c.get(0)?;
            let before = sentence[from..whole.start()].trim();
            if !before.is_empty() {
                pieces.push(before.to_string());
            }
            // "OFR/ST": the union within its confederation.
            let side = c.name("q").unwrap_or(c.name("p")?).as_str();
            pieces.push(format!("{}:", body_of_party(side)));
            from = c.name("n").map_or(whole.end(), |n| n.start());
        }
        let rest = sentence[from..].trim();
        match pieces.last_mut() {
            Some(last) if last.ends_with(':') => {
                last.push(' ');
                last.push_str(rest);
            }
            _ if !rest.is_empty() => pieces.push(rest.to_string()),
            _ => {}
        }
        out.extend(pieces);
    }
    Some(out)
}

/// "Anmält förhinder hade Per Holm", "Förhinder hade anmälts av Per Holm": a sentence of
/// absence, as the heading "Förhinder:".
static ABSENT_SENTENCE: LazyLock<Regex> = LazyLock::new(|| {
    crate::text::lenient_regex(
        r"^\s*(?:(?i:anmält|meddelat|lämnat)\s+(?i:förhinder|frånvaro)\s+(?i:hade|har)|(?i:förhinder|frånvaro|återbud)\s+(?i:hade|har)\s+(?i:anmälts|meddelats|lämnats)\s+(?i:av))\s+",
    )
});

/// "Tor Ek och Bo Holm hade anmält förhinder.", "Eva Lind var frånvarande.", "Vision hade inte
/// skickat någon.", "Saco-S har meddelat att förbundet avstår från att delta", "Från Vision
/// deltog ingen.", "Ledarna var inte representerade.", "Eva Lind deltog inte.": a sentence whose
/// people are absent.
static ABSENT_AT_END: LazyLock<Regex> = LazyLock::new(|| {
    crate::text::lenient_regex(
        r"^\s*(?P<w>\p{Lu}.*?),?\s+(?i:(?:hade|har)\s+(?:anmält|meddelat|lämnat)\s+(?:förhinder|frånvaro|återbud)(?:\s+och\s+[^.]*)?|hade\s+förhinder|var\s+frånvarande|(?:var|är)\s+(?:inte|ej)\s+(?:representera(?:de|d|t)|företr(?:ädda|ädd|ätt))(?:\s+(?:på|vid)\s+(?:mötet|sammanträdet))?|deltog\s+(?:inte|ej)(?:\s+(?:på|i)\s+(?:mötet|sammanträdet))?|(?:hade|har)\s+ingen\s+(?:representant|företrädare)(?:\s+närvarande|\s+på\s+mötet)?|(?:hade|har)\s+inte\s+skickat\s+någon(?:\s+representant)?|(?:(?:hade|har)\s+meddelat\s+att\s+\p{L}+\s+)?avst(?:år|od|ått)\s+från\s+att\s+delta\b[^.]*)\s*\.?\s*$|^\s*(?i:från|för)\s+(?P<p>\p{Lu}[^,.]*?)\s+(?i:deltog|närvarade)\s+(?i:ingen|inte\s+någon)\s*\.?\s*$",
    )
});

/// "Verksamhetschef Anna Ek" opening a sentence: the role in lower case, as before a name
/// inside a sentence, so that the name starts at the given name.
fn lowered_role(text: &str) -> String {
    let mut words = text.splitn(2, ' ');
    let first = words.next().unwrap_or("");
    let rest = words.next().unwrap_or("");
    let rest_words: Vec<&str> = rest.split_whitespace().collect();
    if !rest.is_empty()
        && rest_words
            .first()
            .is_some_and(|w| lexicon::is_given_name(w))
        && name_prefix(&rest_words) >= 2
        && party_of(first).is_none()
    {
        return format!("{} {rest}", first.to_lowercase());
    }
    text.to_string()
}

/// "För Ledarna och Saco-S: ingen närvarande.": those parties absent, as "Förhinder: …".
fn nobody_for(sentence: &str) -> Option<String> {
    static NOBODY: LazyLock<Regex> = LazyLock::new(|| {
        crate::text::lenient_regex(
            r"^\s*(?i:för|från)\s+(?P<p>\p{Lu}[^:.]{1,80}?)\s*:?\s+(?i:ingen|inte\s+någon)(?:\s+(?i:närvarande|representant|deltog))?\s*\.?\s*$",
        )
    });
    let parties = &NOBODY.captures(sentence)?["p"];
    segments(parties)
        .iter()
        .all(|s| pure_party(s.trim()).is_some())
        .then(|| format!("Förhinder: {parties}"))
}

/// "Vårdförbundets representant", "Kommunals ombud": a party's person not named, as the party.
fn party_by_its_representative(segment: &str) -> Option<String> {
    static GENITIVE: LazyLock<Regex> = LazyLock::new(|| {
        crate::text::lenient_regex(
            r"^\s*(?:och\s+|samt\s+)?(?P<p>\p{Lu}[\p{L}-]+?)s\s+(?i:representant(?:er)?|ombud|företrädare)\s*\.?\s*$",
        )
    });
    let party = GENITIVE.captures(segment)?;
    party_of(&party["p"]).map(|_| party["p"].to_string())
}

/// "Ledarna (Eva Ek)": a party with its person in parentheses, as the person and the party.
fn party_then_name(segment: &str) -> Option<Vec<String>> {
    static PARTY_NAME: LazyLock<Regex> = LazyLock::new(|| {
        crate::text::lenient_regex(r"^\s*(?P<p>[^()]{2,40}?)\s*\((?P<n>[^()]{3,60})\)\s*$")
    });
    let c = PARTY_NAME.captures(segment)?;
    party_of(&c["p"])?;
    let words: Vec<&str> = c["n"].split_whitespace().collect();
    (words.len() >= 2 && name_prefix(&words) == words.len())
        .then(|| vec![c["n"].trim().to_string(), c["p"].trim().to_string()])
}

/// "… och personalen på avdelning Myran: Sara Ek": a group's description, a colon, then the
/// first of its people: the description and the name as two segments.
fn label_then_name(segment: &str) -> Vec<String> {
    if let Some((label, rest)) = segment.split_once(": ")
        && party_of(label).is_none()
        && !is_role_or_side(label.trim())
        && group_heading(&format!("{}:", label.trim())).is_none()
    {
        let words: Vec<&str> = rest.split_whitespace().collect();
        if words.len() >= 2 && name_prefix(&words) >= 2 {
            return vec![format!("{}:", label.trim()), rest.trim().to_string()];
        }
    }
    vec![segment.to_string()]
}

/// "Dr. Eva Ek", "Docent Bo Berg": a title before a name is not part of it.
fn without_title(segment: &str) -> String {
    static TITLE: LazyLock<Regex> = LazyLock::new(|| {
        crate::text::lenient_regex(r"^\s*(?:Dr|Med\.\s*dr|Prof|Professor|Docent)\.?\s+(\p{Lu})")
    });
    TITLE.replace(segment, "$1").into_owned()
}

/// "Peter Ek          Platschef, ordf.          Företaget": a table's row whose cells are set
/// apart by wide space or a tab, its cells as a list ("Peter Ek, Platschef, ordf., Företaget").
/// "Regiondirektör Eva Ek" opening a table's cell: a title (a word ending as Swedish titles
/// do) before a name, in lower case as in running text.
fn lowered_title(cell: &str) -> String {
    static TITLE: LazyLock<Regex> = LazyLock::new(|| {
        crate::text::lenient_regex(
            r"^\p{Lu}\p{Ll}+(?:direktör|chef|ombud|strateg|handläggare|konsult|controller|samordnare)\s+\p{Lu}\p{Ll}+\s+\p{Lu}",
        )
    });
    if !TITLE.is_match(cell) {
        return cell.to_string();
    }
    let mut chars = cell.chars();
    chars
        .next()
        .map(|c| c.to_lowercase().chain(chars).collect())
        .unwrap_or_default()
}

fn table_cells(line: &str) -> String {
    static GAP: LazyLock<Regex> =
        LazyLock::new(|| crate::text::lenient_regex(r"([^\s:,])(?:[ \t]{3,}|[ ]*\t[ \t]*)(\S)"));
    GAP.replace_all(line.trim_end(), "$1, $2").into_owned()
}

/// Names run together without separators ("ordf Anna Ek Kommunal Bo Berg Hans Ahl Vision"),
/// as a joined PDF line writes a list: a person begins at a given name followed by a surname
/// (a second given name before the surname belongs to it); what follows, up to the next
/// person, is their organization or role, returned in parentheses. A third name joins the surname before a known
/// party ("Maria Hagberg Forss Industriarbetsgivarna") or when it is shaped as a Swedish surname
/// ("Karin Jacobsson Mauritzson", not "Hans Jönsson Boliden"). Returns the segments: what came before
/// the first person, then each person's name and what follows it.
fn run_on(segment: &str) -> Option<Vec<String>> {
    let words: Vec<&str> = segment.split_whitespace().collect();
    let given = |k: usize| words.get(k).is_some_and(|w| lexicon::is_given_name(w));
    let capital = |k: usize| words.get(k).is_some_and(|w| NAME_TOKEN.is_match(w));
    let starts = |k: usize| given(k) && capital(k + 1);
    if words.len() < 6 || (0..words.len()).filter(|&k| starts(k)).count() < 3 {
        return None;
    }
    let mut out: Vec<String> = Vec::new();
    let mut k = 0;
    let mut lead: Vec<&str> = Vec::new();
    while k < words.len() && !starts(k) {
        lead.push(words[k]);
        k += 1;
    }
    if !lead.is_empty() {
        out.push(lead.join(" "));
    }
    while k < words.len() {
        let mut name = vec![words[k]];
        k += 1;
        while given(k) && capital(k + 1) && !given(k + 1) {
            name.push(words[k]);
            k += 1;
        }
        name.push(words[k]);
        k += 1;
        if capital(k)
            && !given(k)
            && party_of(words[k]).is_none()
            && (words.get(k + 1).is_some_and(|w| party_of(w).is_some())
                || lexicon::is_surname_like(words[k]))
        {
            name.push(words[k]);
            k += 1;
        }
        out.push(name.join(" "));
        let mut rest: Vec<&str> = Vec::new();
        while k < words.len() && !starts(k) {
            rest.push(words[k]);
            k += 1;
        }
        if !rest.is_empty() {
            // In parentheses: what follows a name is said of that person, never a person.
            out.push(format!("({})", rest.join(" ")));
        }
    }
    Some(out)
}

/// "Marie Lökkeberg Kommunal Frånvarande:": a table's absence heading joined to the line before
/// it, as a PDF's text run puts it: the line up to it, then the heading on a line of its own.
fn absence_heading_inside(line: &str) -> Vec<String> {
    static INSIDE: LazyLock<Regex> = LazyLock::new(|| {
        crate::text::lenient_regex(
            r"\s(?:Frånvarande|Förhinder|Anmält\s+förhinder|Ej\s+närvarande|Anmäld\s+frånvaro)\s*:",
        )
    });
    match INSIDE.find(line) {
        // A short row only: a joined page's long line is read by the list's own rules.
        Some(m)
            if !line[..m.start()].trim().is_empty()
                && line[..m.start()].split_whitespace().count() <= 6 =>
        {
            let mut out = vec![line[..m.start()].trim().to_string()];
            out.extend(absence_heading_inside(line[m.start()..].trim()));
            out
        }
        _ => vec![line.to_string()],
    }
}

/// Words that say a person's side or role in an attendance table ("Arbetsgivare",
/// "Sekreterare", "Huvudskyddsombud"): capitalized, as a table's cell is, but never a name.
/// A word that is a title as Swedish titles end ("Landshövding", "Regiondirektör", "HR-chef"),
/// capitalized at the start of a list's entry before the person's name.
pub(super) fn is_title_word(word: &str) -> bool {
    const ENDINGS: [&str; 15] = [
        "prefekt",
        "professor",
        "docent",
        "direktör",
        "chef",
        "hövding",
        "strateg",
        "handläggare",
        "konsult",
        "controller",
        "samordnare",
        "specialist",
        "rektor",
        "ombud",
        "partner",
    ];
    let lower = word.to_lowercase();
    // "Dr. Eva Ek": the doctor's title, abbreviated.
    let doctor = lower == "dr." || lower == "dr";
    word.chars().next().is_some_and(char::is_uppercase)
        && !lexicon::is_given_name(word)
        && party_of(word).is_none()
        && (doctor || ENDINGS.iter().any(|e| lower.ends_with(e)))
}

fn is_role_or_side(word: &str) -> bool {
    const ROLES: &[&str] = &[
        "arbetsgivare",
        "arbetsgivarrepresentant",
        "arbetsgivarföreträdare",
        "arbetstagare",
        "arbetstagarrepresentant",
        "sekreterare",
        "ordförande",
        "ordf",
        "sekr",
        "protokollförare",
        "justerare",
        "skyddsombud",
        "huvudskyddsombud",
        "arbetsmiljöombud",
        "huvudarbetsmiljöombud",
        "ledamot",
        "ersättare",
        "suppleant",
        "adjungerad",
        "adjungerande",
        "förtroendevald",
        "ombud",
        "facklig",
        "gäst",
        "föredragande",
    ];
    let word = crate::text::fold_letters(word.trim_end_matches([',', '.', ':']));
    ROLES
        .iter()
        .any(|role| crate::text::fold_letters(role) == word)
}

/// "Catarina Blomberg Arbetsgivare Anna Wilsson Sekreterare", "Vårdförbundet Peter Olsson TCO":
/// a table's rows run together, each person's side, union or role after the name. A new person
/// begins where a name of two words or more follows such a word, or a given name follows a
/// municipality ("Ingemar Nyman, Bjurholm Dagmar Schröder, Bjurholm"), or a segment of other
/// words ends in a given name and its surname.
fn people_after_attributes(segment: &str) -> Vec<String> {
    let words: Vec<&str> = segment.split_whitespace().collect();
    let attribute = |w: &str| {
        // "Sekreterare: Lena Sjö" is a label and its value, not a row.
        if w.ends_with(':') {
            return false;
        }
        // A table's cell is capitalized; "av ordförande Anna Ek" is running text.
        let w = w.trim_end_matches([',', '.']);
        w.chars().next().is_some_and(char::is_uppercase) && is_role_or_side(w)
            || party_of(w).is_some()
    };
    let mut out = Vec::new();
    let mut from = 0;
    for k in 1..words.len() {
        // "Bjurholm Dagmar Schröder": the last person's municipality, then a given name.
        let place_then_person = lexicon::is_place_name(words[k - 1])
            && !lexicon::is_place_name(words[k])
            && NAME_TOKEN.is_match(words[k]);
        if k > from
            && (attribute(words[k - 1]) || place_then_person)
            && name_prefix(&words[k..]) >= 2
        {
            out.push(words[from..k].join(" "));
            from = k;
        }
    }
    // "Umeåregionens kansli Maria Lundström": the last person's office in words that are no
    // name, then a given name and its surname ending the segment.
    // ("Sekreterare: Lena Sjö" is a label and its value, as above.)
    // ("Regiondirektör Eva Ek": a title before the name is read with it, as its role.)
    if from == 0
        && name_prefix(&words) < 2
        && !words.iter().any(|w| w.ends_with(':'))
        && !words.first().is_some_and(|w| is_title_word(w))
    {
        let tail = (1..words.len()).find(|&k| {
            lexicon::is_given_name(words[k])
                && words.len() - k >= 2
                && name_prefix(&words[k..]) == words.len() - k
        });
        if let Some(k) = tail {
            out.push(words[..k].join(" "));
            from = k;
        }
    }
    out.push(words[from..].join(" "));
    out.retain(|s| !s.is_empty());
    out
}

/// A table flattened column by column ("A\nB\nC\nrole of A\nrole of B\nrole of C", and a
/// third column of parties after the roles): as many lines of only a name as lines after them
/// without one in each further column. Returns one line per person.
fn aligned_columns(lines: &[String]) -> Option<String> {
    let is_name = |line: &str| {
        let words: Vec<&str> = line.split_whitespace().collect();
        words.len() >= 2 && name_prefix(&words) == words.len()
    };
    let names = lines.iter().take_while(|l| is_name(l)).count();
    let cells = &lines[names..];
    if names < 2
        || !cells.len().is_multiple_of(names)
        || !(1..=3).contains(&(cells.len() / names))
        || cells
            .iter()
            .any(|l| name_prefix(&l.split_whitespace().collect::<Vec<_>>()) >= 2)
    {
        return None;
    }
    Some(
        lines[..names]
            .iter()
            .enumerate()
            .map(|(row, name)| {
                let row_cells: Vec<&str> = cells
                    .iter()
                    .skip(row)
                    .step_by(names)
                    .map(|cell| cell.trim())
                    .collect();
                format!("{}, {}", name.trim(), row_cells.join(", "))
            })
            .collect::<Vec<_>>()
            .join("\n"),
    )
}

pub(super) fn group_heading(line: &str) -> Option<Group> {
    if ABSENT_GROUP.is_match(line) {
        return Some(Group::Absent);
    }
    if UNION_GROUP.is_match(line) {
        return Some(Group::Unions);
    }
    if EMPLOYER_GROUP.is_match(line) {
        return Some(Group::Employer);
    }
    None
}

/// Attendance under party headings: "Vision" alone on a line, then its people's names, one a
/// line, written as "Vision: Name" (only where the list ends in a name, so not a party written
/// under each name); "Vision" over "Förhinder" as that party's absence; "Sekreterare Eva Ek,
/// HR-konsult" with the role before the name as "Eva Ek, HR-konsult, sekreterare".
fn under_party_headings(lines: Vec<String>) -> Vec<String> {
    static ROLE_FIRST: LazyLock<Regex> = LazyLock::new(|| {
        crate::text::lenient_regex(
            r"^\s*(?P<r>(?i:sekreterare|protokollförare|ordförande|mötesordförande|sekr\.?|ordf\.?))\s+(?P<n>\p{Lu}[\p{Ll}'’-]+(?:\s+\p{Lu}[\p{Ll}'’-]+){1,2})\s*(?:,\s*(?P<rest>.*))?$",
        )
    });
    static NAME_LINE: LazyLock<Regex> = LazyLock::new(|| {
        crate::text::lenient_regex(
            r"^\s*\p{Lu}[\p{Ll}'’-]+(?:\s+\p{Lu}[\p{Ll}'’-]+){1,2}\s*(?:,.*|\(.*)?$",
        )
    });
    let is_absence = |line: &str| {
        let line = line.trim().trim_end_matches([':', '.']);
        ABSENT_GROUP
            .find(line)
            .is_some_and(|m| m.end() == line.len())
    };
    // "För Vision" over its people's names: the party's heading with the preposition.
    fn without_for(line: &str) -> &str {
        let line = line.trim();
        line.strip_prefix("För ").map_or(line, str::trim_start)
    }
    let party = |line: &str| pure_party(without_for(line)).filter(|_| !line.contains(':'));
    let name = |line: &str| NAME_LINE.is_match(line) && party_of(without_for(line)).is_none();
    // "Anmält förhinder     Eva Ek, Vision": the label and its names set apart by wide space
    // (a table's cells, by then set apart by a comma).
    static ABSENT_CELLS: LazyLock<Regex> = LazyLock::new(|| {
        crate::text::lenient_regex(
            r"(?i)^\s*(?:förhinder|frånvarande|anmält\s+förhinder|meddelat\s+förhinder|ej\s+närvarande)(?:[ ]{2,}|\t|,[ ]*)(?P<v>\p{Lu}.*)$",
        )
    });
    let lines: Vec<String> = lines
        .into_iter()
        .map(|line| match ABSENT_CELLS.captures(&line) {
            Some(c) => format!("Förhinder: {}", &c["v"]),
            None => line,
        })
        .map(|line| match ROLE_FIRST.captures(&line) {
            Some(c) => {
                let role = c["r"].to_lowercase();
                match c.name("rest").map(|r| r.as_str().trim()) {
                    Some(rest) if !rest.is_empty() => format!("{}, {rest}, {role}", &c["n"]),
                    _ => format!("{}, {role}", &c["n"]),
                }
            }
            None => line,
        })
        .collect();
    // "Bo Ek\nVision\nEva Lind": a party after a bare name is that person's; the first
    // heading follows the start, a group's heading or a "Name, role" line.
    let bare_name = |line: &str| name(line) && !line.contains([',', '(']);
    let first_party = lines.iter().position(|l| party(l).is_some());
    let headed = lines.last().is_some_and(|l| name(l))
        && first_party.is_some_and(|k| k == 0 || !bare_name(&lines[k - 1]))
        && lines
            .windows(2)
            .any(|w| party(&w[0]).is_some() && name(&w[1]));
    let mut out = Vec::new();
    let mut heading: Option<String> = None;
    let mut k = 0;
    while k < lines.len() {
        let line = &lines[k];
        if party(line).is_some() && lines.get(k + 1).is_some_and(|next| is_absence(next)) {
            out.push(format!("Förhinder: {}", without_for(line)));
            heading = None;
            k += 2;
            continue;
        }
        if headed && party(line).is_some() {
            heading = Some(without_for(line).to_string());
        } else if let Some(party) = heading.as_ref().filter(|_| name(line)) {
            out.push(format!("{party}: {}", line.trim()));
        } else {
            heading = None;
            out.push(line.clone());
        }
        k += 1;
    }
    out
}

/// A segment that is only a party name ("Vision", "Akademikerförbundet", "SACO").
fn pure_party(segment: &str) -> Option<Party> {
    let party = party_of(segment)?;
    // "Förvaltningen" is a group heading, not a person's party; employer names are not attributes.
    matches!(party, Party::Union(_)).then_some(party)
}

/// Adds a role or party text to a person.
fn attach(person: &mut Pending, text: &str) {
    let text = text
        .trim()
        .trim_matches(|c: char| c == ',' || c == '(' || c == ')');
    if text.is_empty() {
        return;
    }
    let mentions = lexicon::mentions(text);
    let mut rest = text.to_string();
    if person.party.is_none()
        && let Some(m) = mentions.iter().find(|m| matches!(m.party, Party::Union(_)))
    {
        person.party = Some(m.party.clone());
        rest = format!("{}{}", &text[..m.start], &text[m.end..]);
    }
    let filler = ["hade", "har", "meddelat", "anmält", "och"];
    let words: Vec<&str> = rest
        .split_whitespace()
        .filter(|w| !filler.contains(&w.to_lowercase().as_str()))
        .map(lexicon::role_word)
        .collect();
    let role = words.join(" ");
    let role = role.trim_matches(|c: char| c == ',' || c == ' ');
    if !role.is_empty() {
        person.role.push(role.to_string());
    }
}

/// Splits attendance text into segments at commas, semicolons, line breaks and "och"/"samt"
/// before a capitalized word (a next person), but not inside roles ("HR och kommunikation").
pub(super) fn segments(text: &str) -> Vec<String> {
    // "Mia Berg. Lo Ahl": a full stop after a word (not an initial) ends a person too, and so
    // does one after a number ("Mia Berg från § 4. Lo Ahl").
    // Not after a role's abbreviation before a word that begins no name ("ordf.
    // Unionenklubben"): what follows is said of the person too.
    static STOP: LazyLock<Regex> = LazyLock::new(|| {
        crate::text::lenient_regex(r"(?P<w>\p{L}*(?:\p{Ll}{2}|\d))\.\s+(?P<c>\p{Lu})")
    });
    let text = STOP.replace_all(text, |c: &regex::Captures| {
        let after: Vec<&str> = c
            .name("c")
            .map_or("", |m| &text[m.start()..])
            .split_whitespace()
            .take(3)
            .collect();
        if lexicon::role_word(&c["w"]) != &c["w"] && name_prefix(&after) < 2 {
            c[0].to_string()
        } else {
            format!("{},{}", &c["w"], &c["c"])
        }
    });
    let mut out = Vec::new();
    for piece in text.split([',', ';', '\n']) {
        let words: Vec<&str> = piece.split_whitespace().collect();
        let mut current: Vec<&str> = Vec::new();
        for (k, word) in words.iter().enumerate() {
            let joins = matches!(*word, "och" | "samt" | "&" | "/");
            let next_capital = words
                .get(k + 1)
                .and_then(|w| w.chars().next())
                .is_some_and(char::is_uppercase);
            // "Bo Ek som förde protokollet och controllern Eva Lind": a second person, titled.
            let capital = |w: &str| w.chars().next().is_some_and(char::is_uppercase);
            let rest = &words[(k + 1).min(words.len())..];
            let titled_person = rest.len() >= 3
                && rest.iter().rev().take(2).all(|w| capital(w))
                && !rest[..rest.len() - 2].iter().any(|w| capital(w))
                && current.iter().filter(|w| capital(w)).count() >= 2;
            if joins && (next_capital || titled_person) && !current.is_empty() {
                out.push(current.join(" "));
                current.clear();
            } else if joins && next_capital && k == 0 {
                // "Bo Ek, Vision, och Eva Lind": the list's last comma before "och".
            } else {
                current.push(word);
            }
        }
        if !current.is_empty() {
            out.push(current.join(" "));
        }
    }
    out
}

/// A name from its words, without a stray full stop or comma ("Björn Bergman.").
pub(super) fn name_of(words: &[&str]) -> String {
    words
        .iter()
        .map(|w| w.trim_end_matches([',', '.']))
        .collect::<Vec<_>>()
        .join(" ")
}

/// How many leading words form a person's name (capitalized words and particles), 0 if none.
pub(super) fn name_prefix(words: &[&str]) -> usize {
    let particles = [
        "von", "af", "de", "van", "der", "la", "del", "da", "di", "le",
    ];
    let mut count = 0;
    while count < words.len() && count < 5 {
        let word = words[count].trim_end_matches([',', '.']);
        // "Linnea Berg Sveriges Lärare": a union's name of two words after a full name ends it.
        let union_follows = count >= 2
            && words.get(count + 1).is_some_and(|next| {
                matches!(party_of(&format!("{word} {next}")), Some(Party::Union(_)))
            });
        if union_follows {
            break;
        }
        // A place after a full name is where the person comes from ("Anna Ek Söderköping").
        let name = NAME_TOKEN.is_match(word)
            && party_of(word).is_none_or(|p| p == Party::Employer)
            && !is_role_or_side(word)
            && !(lexicon::is_place_name(word)
                && words[..count]
                    .iter()
                    .filter(|w| w.trim_end_matches(['.', ',']).chars().count() > 1)
                    .count()
                    >= 2);
        // A middle initial: "Lars E Rabenius", "Leif I. Lewin".
        let initial = count > 0
            && word.chars().count() == 1
            && word.chars().all(char::is_uppercase)
            && words
                .get(count + 1)
                .is_some_and(|w| NAME_TOKEN.is_match(w.trim_end_matches([',', '.'])));
        // "Bo Ek Regionservice": a unit after a full name is where the person works.
        // "Enhetschef", "Regiondirektör": a title is never a part of a name.
        let unit = count >= 2 && is_unit_word(word) || is_title_word(word);
        let name = (name || initial) && !unit;
        let particle = count > 0
            && particles.contains(&word)
            && words.get(count + 1).is_some_and(|w| NAME_TOKEN.is_match(w));
        if name || particle {
            count += 1;
        } else {
            break;
        }
    }
    // A name of capitalized words that is a party ("Sveriges Lärare") is not a person.
    if count >= 2 && party_of(&words[..count].join(" ")).is_some() {
        return 0;
    }
    count
}

/// A word that names an organization's unit as Swedish units end ("Regionservice",
/// "Ekonomiavdelningen", "Kundcenter"), never a surname.
fn is_unit_word(word: &str) -> bool {
    const ENDINGS: [&str; 9] = [
        "service",
        "förvaltningen",
        "avdelningen",
        "enheten",
        "kontoret",
        "staben",
        "centrum",
        "center",
        "centralen",
    ];
    let lower = word.to_lowercase();
    ENDINGS.iter().any(|e| lower.ends_with(e))
}

/// Names with what is said of them in parentheses: "Karin Lund (ordförande), Sofia Ahl (Vision)".
fn names_with_notes(text: &str) -> Vec<(String, Option<Party>, Option<String>)> {
    static NOTE: LazyLock<Regex> =
        LazyLock::new(|| crate::text::lenient_regex(r"\((?P<n>[^)]*)\)"));
    static EMPTY_NOTE: LazyLock<Regex> = LazyLock::new(|| crate::text::lenient_regex(r"\(\s*\)"));
    let note = &*NOTE;
    let text = EMPTY_NOTE.replace_all(text, " ");
    let mut out: Vec<(String, Option<Party>, Option<String>)> = Vec::new();
    let mut expanded: Vec<String> = Vec::new();
    for segment in segments(&note.replace_all(&text, |c: &regex::Captures| {
        format!("({})", c["n"].replace([',', ';'], " /"))
    })) {
        // "Bo Ek, Vision Eva Lind, Kommunal": each party written after its person, so a
        // segment may begin with the party of the person before.
        let words: Vec<&str> = segment.split_whitespace().collect();
        let lead = (1..=words.len().min(3))
            .rev()
            .find(|&k| k < words.len() && party_of(&words[..k].join(" ")).is_some());
        let rest = match lead {
            Some(k) => {
                expanded.push(words[..k].join(" "));
                words[k..].join(" ")
            }
            None => segment.clone(),
        };
        // "rektor Eva Ek (ordf.) och biträdande rektor Bo Berg": "och" before a role and a
        // name begins the next person.
        let rest = match rest
            .split_once(" och ")
            .or_else(|| rest.split_once(" samt "))
        {
            Some((before, after))
                if role_before_name(&after.split_whitespace().collect::<Vec<_>>()) > 0
                    && name_prefix(
                        &note
                            .replace_all(before, " ")
                            .split_whitespace()
                            .collect::<Vec<_>>(),
                    ) < 2 =>
            {
                expanded.push(before.to_string());
                after.to_string()
            }
            _ => rest,
        };
        // Names run together without commas ("Anna Ek Bo Berg Per Ahl").
        match run_on(&note.replace_all(&rest, " ")) {
            Some(parts) if note.find(&rest).is_none() => {
                for part in parts {
                    match expanded.last_mut() {
                        Some(last) if part.starts_with('(') => {
                            last.push(' ');
                            last.push_str(&part);
                        }
                        _ => expanded.push(part),
                    }
                }
            }
            _ => expanded.push(rest),
        }
    }
    for segment in expanded {
        // A party alone: the person before it belongs to it.
        if let Some(party @ Party::Union(_)) = party_of(segment.trim())
            && let Some(last) = out.last_mut()
        {
            if last.1.is_none() {
                last.1 = Some(party);
            }
            continue;
        }
        let notes: Vec<String> = note
            .captures_iter(&segment)
            .map(|c| c["n"].trim().to_string())
            .collect();
        let bare = note.replace_all(&segment, " ");
        let all: Vec<&str> = bare.split_whitespace().collect();
        // "rektor Eva Ek (ordf.)": the role written before the name.
        let lead = role_before_name(&all);
        let words = &all[lead..];
        let len = name_prefix(words);
        // A lone capitalized word is a person written by given name ("Anna"); another one
        // ends the role before it ("klinikchef Torsby och Sunne"), as a place alone does.
        let place = words.len() == 1 && lexicon::is_place_name(words[0]);
        let lone_name = words.len() == 1
            && NAME_TOKEN.is_match(words[0])
            && !place
            && (out.is_empty() || lexicon::is_given_name(words[0]));
        if len < 2 && !lone_name {
            // "Eva Ek, rektor (ordf.), Bo Berg": what follows a person is said of them.
            // "HR-konsult (protokollförare)": a title in capitals is no name either, nor is a
            // title in letters ("VD (ordf.)", "VD och ordf.") that names no party.
            let titled = all.first().is_some_and(|w| {
                (w.contains('-') && !NAME_TOKEN.is_match(w))
                    || ((2..=4).contains(&w.chars().count())
                        && w.chars().all(char::is_uppercase)
                        && party_of(w).is_none())
            });
            if let Some(last) = out.last_mut()
                && (segment.trim_start().starts_with(char::is_lowercase)
                    || titled
                    || words.len() == 1)
            {
                let said = notes
                    .iter()
                    .map(|n| abbreviated_roles(n))
                    .chain(std::iter::once(abbreviated_roles(&bare)))
                    .filter(|n| !n.is_empty())
                    .collect::<Vec<_>>();
                let mut roles: Vec<String> = last.2.iter().cloned().chain(said).collect();
                roles.dedup();
                last.2 = (!roles.is_empty()).then(|| roles.join(", "));
            }
            continue;
        }
        let name = name_of(&words[..len.max(1)]);
        let mut party = None;
        let mut roles: Vec<String> = (lead > 0)
            .then(|| all[..lead].join(" "))
            .into_iter()
            .collect();
        let rest = words[len.max(1)..].join(" ");
        let rest = rest.trim_matches(['.', ',', ' ']).to_string();
        for n in notes.into_iter().chain((!rest.is_empty()).then_some(rest)) {
            match lexicon::party_of(&n) {
                Some(p @ Party::Union(_)) if party.is_none() => party = Some(p),
                _ => roles.push(abbreviated_roles(&n.replace(" /", ","))),
            }
        }
        let role = roles.join(", ");
        out.push((name, party, (!role.is_empty()).then_some(role)));
    }
    out
}

/// How many words of a role stand before a person's name ("biträdande rektor Eva Ek",
/// "HR-partner Bo Berg"): up to three words that are no names, then a name of two words.
fn role_before_name(words: &[&str]) -> usize {
    if name_prefix(words) >= 2 {
        return 0;
    }
    (1..=3.min(words.len()))
        .find(|&k| {
            words[..k]
                .iter()
                .all(|w| !NAME_TOKEN.is_match(w) && party_of(w).is_none())
                && words[0].chars().next().is_some_and(char::is_alphabetic)
                && name_prefix(&words[k..]) >= 2
        })
        .unwrap_or(0)
}

/// A role as its words say it: "ordf." is the chair, "som förde protokollet" the secretary.
pub(super) fn abbreviated_roles(text: &str) -> String {
    static MINUTES: LazyLock<Regex> = LazyLock::new(|| {
        crate::text::lenient_regex(
            r"(?i)^som\s+(?:\p{L}+\s+)?(?:förde|för|skrev)\s+protokoll(?:et)?$",
        )
    });
    let text = text.trim().trim_end_matches('.');
    if MINUTES.is_match(text) {
        return "sekreterare".to_string();
    }
    text.split_whitespace()
        .map(|word| {
            // "(ordf)", "(sekr.)": an abbreviation set in parentheses.
            let bare = word.trim_start_matches('(').trim_end_matches(')');
            match lexicon::role_word(bare) {
                spelled if spelled != bare => spelled,
                _ => word,
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// Names in "Maria Ahumada, Piero Cima och Danijela Stevanovic".
pub(super) fn split_names(text: &str) -> Vec<String> {
    segments(text)
        .into_iter()
        .map(|s| s.trim().trim_end_matches(['.', ';']).trim().to_string())
        .filter(|s| {
            let words: Vec<&str> = s.split_whitespace().collect();
            name_prefix(&words) >= 2 || (words.len() == 1 && NAME_TOKEN.is_match(words[0]))
        })
        .collect()
}

#[cfg(test)]
mod tests;
