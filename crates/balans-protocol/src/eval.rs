//! Scores drafts against hand-labelled `.expected.json` files, as `shared/seeds/README.md` describes: recall and precision of items, field accuracy over found items, and the meeting's facts field by field.
//!
//! How each rule of the README is read here:
//! - an expected item (not `optional`) is found when a produced item of the same `kind` has a
//!   source text containing its `excerpt`, both with runs of whitespace collapsed. When the
//!   excerpt itself is listed in `ambiguous`, the item is found by kind and registry number (or,
//!   without one, by kind and section);
//! - precision counts produced questions, commitments, board matters and statements; one is
//!   matched when it would find some expected item (optional ones included);
//! - scored fields of a found item: `raised_by`, `addressed_to`, `by`, `to` (parties, spellings
//!   resolved), `outcome`, `registry_number` (with or without "Dnr"), `mbl` and `due.label`
//!   (case, whitespace and leading prepositions ignored: "i juni" is "juni"), each only where
//!   the label has the key and does not list it in `ambiguous`; a `null` label wants nothing
//!   produced. The first produced item that finds it is compared;
//! - meeting facts: `organization`, `forum`, `date`, `time`, `place`, `chair`, `secretary`,
//!   `approval_deadline` one field each (texts compared case- and punctuation-blind, a
//!   parenthesized addition of the labeller or one after a semicolon left out; an
//!   organization's parts in any order; a forum in definite or indefinite form); `present`,
//!   `absent` and `approvers` by name (by party for people listed without a name), each name of
//!   either side one field, agreeing when both sides have it. A list labelled with prose instead
//!   of people is not scored, nor a fact the meeting's `ambiguous` lists.
//!
//! Unknown keys are ignored; a label file may expect no items, and may have no meeting facts.

use std::path::{Path, PathBuf};

use balans_domain::Party;
use serde_json::Value;

use crate::draft::{Draft, ItemDraft, ItemKind, Outcome};
use crate::lexicon;
use crate::text::collapse;

/// The score of one protocol.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct FileScore {
    pub name: String,
    /// Expected items that are not optional, and how many of them were found.
    pub expected: usize,
    pub found: usize,
    /// Produced questions, commitments, board matters and statements, and how many match a label.
    pub produced: usize,
    pub matched: usize,
    pub fields_agree: usize,
    pub fields_total: usize,
    pub meeting_agree: usize,
    pub meeting_total: usize,
    /// What went wrong, for `--verbose`.
    pub notes: Vec<String>,
    /// Why the protocol could not be read, if it could not.
    pub error: Option<String>,
}

/// The sums over every protocol.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct Totals {
    pub files: usize,
    pub expected: usize,
    pub found: usize,
    pub produced: usize,
    pub matched: usize,
    pub fields_agree: usize,
    pub fields_total: usize,
    pub meeting_agree: usize,
    pub meeting_total: usize,
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 { 1.0 } else { a as f64 / b as f64 }
}

impl Totals {
    pub fn add(&mut self, file: &FileScore) {
        self.files += 1;
        self.expected += file.expected;
        self.found += file.found;
        self.produced += file.produced;
        self.matched += file.matched;
        self.fields_agree += file.fields_agree;
        self.fields_total += file.fields_total;
        self.meeting_agree += file.meeting_agree;
        self.meeting_total += file.meeting_total;
    }
    pub fn recall(&self) -> f64 {
        ratio(self.found, self.expected)
    }
    pub fn precision(&self) -> f64 {
        ratio(self.matched, self.produced)
    }
    pub fn fields(&self) -> f64 {
        ratio(self.fields_agree, self.fields_total)
    }
    pub fn meeting(&self) -> f64 {
        ratio(self.meeting_agree, self.meeting_total)
    }

    /// `import-eval: files=N recall=R precision=P fields=F meeting=M`.
    pub fn line(&self) -> String {
        format!(
            "import-eval: files={} recall={:.3} precision={:.3} fields={:.3} meeting={:.3}",
            self.files,
            self.recall(),
            self.precision(),
            self.fields(),
            self.meeting()
        )
    }
}

impl FileScore {
    pub fn line(&self) -> String {
        let mut line = format!(
            "{}: found {}/{} expected, matched {}/{} produced, fields {}/{}, meeting {}/{}",
            self.name,
            self.found,
            self.expected,
            self.matched,
            self.produced,
            self.fields_agree,
            self.fields_total,
            self.meeting_agree,
            self.meeting_total
        );
        if let Some(error) = &self.error {
            line.push_str(&format!(" (not read: {error})"));
        }
        line
    }
}

/// The kinds that count towards precision.
fn counted(kind: ItemKind) -> bool {
    matches!(
        kind,
        ItemKind::Question | ItemKind::Commitment | ItemKind::BoardMatter | ItemKind::Statement
    )
}

fn kind_name(kind: ItemKind) -> String {
    serde_json::to_value(kind)
        .ok()
        .and_then(|v| v.as_str().map(str::to_string))
        .unwrap_or_default()
}

fn outcome_name(outcome: Outcome) -> Option<String> {
    if outcome == Outcome::None {
        return None;
    }
    serde_json::to_value(outcome)
        .ok()
        .and_then(|v| v.as_str().map(str::to_string))
}

fn ambiguous(expected: &Value) -> Vec<String> {
    expected
        .get("ambiguous")
        .and_then(Value::as_array)
        .map(|list| {
            list.iter()
                .filter_map(|v| v.as_str().map(str::to_string))
                .collect()
        })
        .unwrap_or_default()
}

/// Whether a produced item finds an expected one.
fn finds(produced: &ItemDraft, expected: &Value) -> bool {
    let Some(kind) = expected.get("kind").and_then(Value::as_str) else {
        return false;
    };
    if kind_name(produced.kind) != kind {
        return false;
    }
    let excerpt = expected.get("excerpt").and_then(Value::as_str);
    let unsure = ambiguous(expected).iter().any(|a| a == "excerpt");
    match excerpt {
        // Letters folded (å, ä → a, ö → o): an item read from a text that lost them, as a
        // scan's OCR does, is the item its label's clean excerpt names.
        Some(excerpt) if !unsure => crate::text::fold_letters(&collapse(&produced.source_text))
            .contains(&crate::text::fold_letters(&collapse(excerpt))),
        _ => match expected.get("registry_number").and_then(Value::as_str) {
            Some(number) => produced
                .registry_number
                .as_deref()
                .is_some_and(|r| fold(r) == fold(number)),
            None => {
                let section = expected.get("section").and_then(Value::as_str);
                section.is_some() && produced.section.as_deref() == section
            }
        },
    }
}

/// Lowercase, letters and digits only, single spaces, å, ä and ö as a and o (a name read from a
/// scan that lost them is the same name).
fn fold(text: &str) -> String {
    crate::text::fold_letters(text)
        .chars()
        .map(|c| if c.is_alphanumeric() { c } else { ' ' })
        .collect::<String>()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

fn without_parentheses(text: &str) -> String {
    let mut out = String::new();
    let mut depth = 0usize;
    for c in text.chars() {
        match c {
            '(' => depth += 1,
            ')' => depth = depth.saturating_sub(1),
            c if depth == 0 => out.push(c),
            _ => {}
        }
    }
    out
}

/// Texts agree as written, or without the labeller's additions: a parenthesized note, or a
/// note after a semicolon ("Samverkansgrupp (MSG); dag 2 arbetsmiljökommitté").
fn text_agrees(expected: &str, produced: &str) -> bool {
    let p = fold(produced);
    let main = expected.split(';').next().unwrap_or(expected);
    [expected, main]
        .iter()
        .any(|e| fold(e) == p || fold(&without_parentheses(e)) == p)
}

/// An organization named by its parts in either order agrees: labels write both "Unit
/// (Municipality)" and "Municipality, Unit" for the same body.
fn organization_agrees(expected: &str, produced: &str) -> bool {
    let parts = |text: &str| {
        let mut parts: Vec<String> = text
            .split([',', '(', ')', '–', '—'])
            .flat_map(|part| part.split(" - "))
            .map(fold)
            .filter(|part| !part.is_empty())
            .collect();
        parts.sort();
        parts
    };
    text_agrees(expected, produced) || parts(expected) == parts(produced)
}

/// A forum agrees in its definite or indefinite form ("Skyddskommittén" is "Skyddskommitté"),
/// word by word, besides as [`text_agrees`] allows.
fn forum_agrees(expected: &str, produced: &str) -> bool {
    fn same_word(a: &str, b: &str) -> bool {
        let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
        long.strip_prefix(short)
            .is_some_and(|ending| ["", "a", "n", "en", "et", "na"].contains(&ending))
    }
    let words = |text: &str| fold(&without_parentheses(text));
    let (e, p) = (words(expected), words(produced));
    text_agrees(expected, produced)
        || (e.split(' ').count() == p.split(' ').count()
            && e.split(' ').zip(p.split(' ')).all(|(a, b)| same_word(a, b)))
}

/// A registry number agrees with or without the word for it ("Dnr 2025/0412" is "2025/0412").
fn registry_number_agrees(expected: &str, produced: &str) -> bool {
    let number = |text: &str| {
        let folded = fold(text);
        folded
            .strip_prefix("dnr ")
            .map_or(folded.clone(), str::to_string)
    };
    number(expected) == number(produced)
}

/// A due label agrees with or without the prepositions before it: labels write both "i juni"
/// and "juni", "senast på nästa möte" and "nästa möte", for the same due.
fn due_label_agrees(expected: &str, produced: &str) -> bool {
    const LEADING: [&str; 6] = ["i", "till", "vid", "pa", "senast", "under"];
    let core = |text: &str| {
        let folded = fold(text);
        let mut words: &[&str] = &folded.split(' ').collect::<Vec<_>>();
        while let Some((first, rest)) = words.split_first()
            && LEADING.contains(first)
            && !rest.is_empty()
        {
            words = rest;
        }
        words.join(" ")
    };
    core(expected) == core(produced)
}

fn party_value(value: &Value) -> Option<Party> {
    let name = value.as_str()?;
    lexicon::party_of(name).or_else(|| Party::parse(name).ok())
}

fn party_agrees(expected: &Value, produced: Option<&Party>) -> bool {
    // A debt owed together ("LO och PTK") is drafted as one commitment per debtor: each agrees
    // when it is one of the parties named.
    if let (Some(names), Some(p)) = (expected.as_str(), produced)
        && names.contains(" och ")
        && lexicon::party_of(names).is_none()
    {
        let parts: Vec<Option<Party>> = names.split(" och ").map(lexicon::party_of).collect();
        if parts.iter().all(Option::is_some) {
            return parts.iter().flatten().any(|part| part == p);
        }
    }
    match (party_value(expected), produced) {
        (None, None) => expected.is_null(),
        (Some(e), Some(p)) => e == *p,
        _ => false,
    }
}

/// Scores one draft against one label file's JSON.
pub fn score(name: &str, draft: &Draft, labels: &Value) -> FileScore {
    let mut score = FileScore {
        name: name.to_string(),
        ..FileScore::default()
    };
    let expected: Vec<&Value> = labels
        .get("items")
        .and_then(Value::as_array)
        .map(|items| items.iter().collect())
        .unwrap_or_default();
    for item in &expected {
        let optional = item
            .get("optional")
            .and_then(Value::as_bool)
            .unwrap_or(false);
        if optional {
            continue;
        }
        score.expected += 1;
        let Some(produced) = draft.items.iter().find(|p| finds(p, item)) else {
            score.notes.push(format!(
                "missed {} §{}: {:?}",
                item.get("kind").and_then(Value::as_str).unwrap_or("?"),
                item.get("section").and_then(Value::as_str).unwrap_or("?"),
                item.get("excerpt").and_then(Value::as_str).unwrap_or("")
            ));
            continue;
        };
        score.found += 1;
        compare_fields(item, produced, &mut score);
    }
    for produced in draft.items.iter().filter(|p| counted(p.kind)) {
        score.produced += 1;
        if expected.iter().any(|e| finds(produced, e)) {
            score.matched += 1;
        } else {
            score.notes.push(format!(
                "not expected: {} §{}: {:?}",
                kind_name(produced.kind),
                produced.section.as_deref().unwrap_or("?"),
                crate::items::shorten(&produced.text, 90)
            ));
        }
    }
    if let Some(meeting) = labels.get("meeting").filter(|m| m.is_object()) {
        compare_meeting(meeting, draft, &mut score);
    }
    score
}

fn compare_fields(expected: &Value, produced: &ItemDraft, score: &mut FileScore) {
    let unsure = ambiguous(expected);
    let skip = |key: &str| unsure.iter().any(|a| a == key) || expected.get(key).is_none();
    let check = |key: &str, agrees: bool, score: &mut FileScore| {
        score.fields_total += 1;
        if agrees {
            score.fields_agree += 1;
        } else {
            score.notes.push(format!(
                "field {key} of {:?}: expected {}, got {}",
                expected
                    .get("excerpt")
                    .and_then(Value::as_str)
                    .unwrap_or(""),
                match key {
                    "due.label" => expected["due"]["label"].to_string(),
                    _ => expected.get(key).map_or("-".to_string(), |v| v.to_string()),
                },
                produced_field(produced, key)
            ));
        }
    };
    for key in ["raised_by", "addressed_to", "by", "to"] {
        if skip(key) {
            continue;
        }
        let value = match key {
            "raised_by" => produced.raised_by.as_ref(),
            "addressed_to" => produced.addressed_to.as_ref(),
            "by" => produced.by.as_ref(),
            _ => produced.to.as_ref(),
        };
        let agrees = party_agrees(&expected[key], value);
        check(key, agrees, score);
    }
    if !skip("outcome") {
        let agrees = expected["outcome"].as_str() == outcome_name(produced.outcome).as_deref();
        check("outcome", agrees, score);
    }
    if !skip("registry_number") {
        let agrees = match (
            expected["registry_number"].as_str(),
            &produced.registry_number,
        ) {
            (None, None) => true,
            (Some(e), Some(p)) => registry_number_agrees(e, p),
            _ => false,
        };
        check("registry_number", agrees, score);
    }
    if !skip("mbl") {
        let produced_mbl = produced.mbl.and_then(|m| {
            serde_json::to_value(m)
                .ok()
                .and_then(|v| v.as_str().map(str::to_string))
        });
        let expected_mbl = match &expected["mbl"] {
            Value::String(s) => Some(s.clone()),
            Value::Number(n) => Some(n.to_string()),
            _ => None,
        };
        check("mbl", expected_mbl == produced_mbl, score);
    }
    if !skip("due")
        && !unsure.iter().any(|a| a == "due.label")
        && let Some(label) = expected["due"].get("label")
    {
        let produced_label = produced.due.as_ref().and_then(|d| d.label.as_deref());
        let agrees = match (label.as_str(), produced_label) {
            (None, None) => label.is_null(),
            (Some(e), Some(p)) => due_label_agrees(e, p),
            _ => false,
        };
        check("due.label", agrees, score);
    }
}

fn produced_field(item: &ItemDraft, key: &str) -> String {
    let party = |p: &Option<Party>| p.as_ref().map_or("null".to_string(), |p| p.to_string());
    match key {
        "raised_by" => party(&item.raised_by),
        "addressed_to" => party(&item.addressed_to),
        "by" => party(&item.by),
        "to" => party(&item.to),
        "outcome" => outcome_name(item.outcome).unwrap_or_else(|| "null".into()),
        "registry_number" => item
            .registry_number
            .clone()
            .unwrap_or_else(|| "null".into()),
        "mbl" => format!("{:?}", item.mbl),
        _ => format!("{:?}", item.due.as_ref().and_then(|d| d.label.clone())),
    }
}

fn compare_meeting(expected: &Value, draft: &Draft, score: &mut FileScore) {
    let m = &draft.meeting;
    // Facts the protocol does not settle are not scored, as for items.
    let unsure = ambiguous(expected);
    let expected = &Value::Object(
        expected
            .as_object()
            .map(|fields| {
                fields
                    .iter()
                    .filter(|(key, _)| !unsure.iter().any(|u| u == *key))
                    .map(|(key, value)| (key.clone(), value.clone()))
                    .collect()
            })
            .unwrap_or_default(),
    );
    let check = |key: &str, agrees: bool, got: String, score: &mut FileScore| {
        score.meeting_total += 1;
        if agrees {
            score.meeting_agree += 1;
        } else {
            score.notes.push(format!(
                "meeting {key}: expected {}, got {got}",
                expected.get(key).map_or("-".to_string(), |v| v.to_string())
            ));
        }
    };
    let texts: [(&str, Option<String>); 5] = [
        ("organization", m.organization.clone()),
        ("forum", m.forum.clone()),
        ("place", m.place.clone()),
        ("chair", m.chair.clone()),
        ("secretary", m.secretary.clone()),
    ];
    for (key, produced) in texts {
        let Some(value) = expected.get(key) else {
            continue;
        };
        let agrees = match (value.as_str(), &produced) {
            (None, None) => value.is_null(),
            (Some(e), Some(p)) if key == "organization" => organization_agrees(e, p),
            (Some(e), Some(p)) if key == "forum" => forum_agrees(e, p),
            (Some(e), Some(p)) => text_agrees(e, p),
            _ => false,
        };
        check(key, agrees, format!("{produced:?}"), score);
    }
    for (key, produced) in [
        ("date", m.date.map(|d| d.to_string())),
        (
            "approval_deadline",
            m.approval_deadline.map(|d| d.to_string()),
        ),
    ] {
        let Some(value) = expected.get(key) else {
            continue;
        };
        let wanted = value
            .as_str()
            .and_then(|s| s.get(..10))
            .and_then(|s| s.parse::<jiff::civil::Date>().ok())
            .map(|d| d.to_string());
        let agrees = wanted == produced && (wanted.is_some() || value.is_null());
        check(key, agrees, format!("{produced:?}"), score);
    }
    if let Some(value) = expected.get("time") {
        let wanted = value
            .as_str()
            .and_then(|s| s.parse::<jiff::civil::Time>().ok())
            .map(|t| (t.hour(), t.minute()));
        let produced = m.time.map(|t| (t.hour(), t.minute()));
        let agrees = wanted == produced && (wanted.is_some() || value.is_null());
        check("time", agrees, format!("{:?}", m.time), score);
    }
    let people = |list: Vec<(Option<String>, Party)>| -> Vec<String> {
        list.into_iter()
            .map(|(name, party)| match name {
                Some(name) => format!("name:{}", fold(&name)),
                None => format!("party:{}", fold(party.name())),
            })
            .collect()
    };
    let present = people(
        m.present
            .iter()
            .map(|a| (a.name.clone(), a.party.clone()))
            .collect(),
    );
    let absent = people(
        m.absent
            .iter()
            .map(|a| (a.name.clone(), a.party.clone()))
            .collect(),
    );
    let approvers = people(
        m.approvers
            .iter()
            .map(|a| (a.name.clone(), a.party.clone()))
            .collect(),
    );
    for (key, produced) in [
        ("present", present),
        ("absent", absent),
        ("approvers", approvers),
    ] {
        let Some(value) = expected.get(key) else {
            continue;
        };
        let wanted: Vec<String> = match value {
            Value::Array(list) => list
                .iter()
                .filter_map(|p| {
                    let name = p.get("name").and_then(Value::as_str);
                    match name {
                        Some(name) => Some(format!("name:{}", fold(name))),
                        None => p
                            .get("party")
                            .and_then(party_value)
                            .map(|party| format!("party:{}", fold(party.name()))),
                    }
                })
                .collect(),
            Value::Null => Vec::new(),
            // Prose ("representatives of every union present"): not scoreable.
            _ => continue,
        };
        if wanted.is_empty() && produced.is_empty() {
            check(key, true, String::new(), score);
            continue;
        }
        let mut all: Vec<&String> = wanted.iter().chain(produced.iter()).collect();
        all.sort();
        all.dedup();
        for person in all {
            let agrees = wanted.contains(person) && produced.contains(person);
            score.meeting_total += 1;
            if agrees {
                score.meeting_agree += 1;
            } else if wanted.contains(person) {
                score.notes.push(format!("meeting {key}: missed {person}"));
            } else {
                score
                    .notes
                    .push(format!("meeting {key}: not expected {person}"));
            }
        }
    }
}

/// The protocols of a directory that have a label file: `NAME.txt` or `NAME.pdf` with `NAME.expected.json`.
pub fn labelled_files(dir: &Path) -> std::io::Result<Vec<(PathBuf, PathBuf)>> {
    let mut pairs = Vec::new();
    for entry in std::fs::read_dir(dir)? {
        let path = entry?.path();
        let Some(name) = path.file_name().and_then(|n| n.to_str()) else {
            continue;
        };
        let Some(stem) = name
            .strip_suffix(".txt")
            .or_else(|| name.strip_suffix(".pdf"))
            .or_else(|| name.strip_suffix(".TXT"))
            .or_else(|| name.strip_suffix(".PDF"))
        else {
            continue;
        };
        let labels = dir.join(format!("{stem}.expected.json"));
        if labels.is_file() {
            pairs.push((path, labels));
        }
    }
    pairs.sort();
    Ok(pairs)
}

/// The report `balans import-eval` prints: a line per file (with its notes when `verbose`),
/// then the totals.
pub fn report(scores: &[FileScore], totals: &Totals, verbose: bool) -> String {
    let mut out = String::new();
    for score in scores {
        out.push_str(&score.line());
        out.push('\n');
        if verbose {
            for note in &score.notes {
                out.push_str(&format!("    {note}\n"));
            }
        }
    }
    out.push_str(&totals.line());
    out.push('\n');
    out
}

/// Scores every labelled protocol of a directory with `read` (which turns a file into a draft).
pub fn evaluate_dir(
    dir: &Path,
    read: impl Fn(&Path) -> Result<Draft, String>,
) -> std::io::Result<(Vec<FileScore>, Totals)> {
    let mut scores = Vec::new();
    let mut totals = Totals::default();
    for (protocol, labels) in labelled_files(dir)? {
        let name = protocol
            .file_name()
            .and_then(|n| n.to_str())
            .unwrap_or("?")
            .to_string();
        let labels_value: Value = match std::fs::read_to_string(&labels)
            .map_err(|e| e.to_string())
            .and_then(|t| serde_json::from_str(&t).map_err(|e| e.to_string()))
        {
            Ok(value) => value,
            Err(error) => {
                let score = FileScore {
                    name,
                    error: Some(format!("label file unreadable: {error}")),
                    ..FileScore::default()
                };
                scores.push(score);
                continue;
            }
        };
        let (draft, error) = match read(&protocol) {
            Ok(draft) => (draft, None),
            Err(error) => (crate::empty_draft(), Some(error)),
        };
        let mut score = score(&name, &draft, &labels_value);
        score.error = error;
        totals.add(&score);
        scores.push(score);
    }
    Ok((scores, totals))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::doc::Span;
    use crate::draft::MeetingDraft;
    use serde_json::json;

    fn item(kind: ItemKind, text: &str) -> ItemDraft {
        ItemDraft::new(kind, Span::new(0, text.len()), text)
    }

    fn draft(items: Vec<ItemDraft>) -> Draft {
        Draft {
            meeting: MeetingDraft::default(),
            items,
            warnings: Vec::new(),
            source_encoding: "UTF-8".into(),
            text: String::new(),
        }
    }

    #[test]
    fn found_by_kind_and_excerpt_with_whitespace_collapsed() {
        let mut q = item(ItemKind::Question, "Kommunal  undrar\nom  schemat?");
        q.raised_by = Some(Party::Union("Kommunal".into()));
        q.addressed_to = Some(Party::Employer);
        q.outcome = Outcome::Open;
        let labels = json!({
            "unknown_top": 1,
            "items": [
                {"kind": "question", "excerpt": "undrar om schemat", "raised_by": "KOMMUNAL",
                 "addressed_to": "Arbetsgivaren", "outcome": "answered", "colour": "blue"},
                {"kind": "commitment", "excerpt": "undrar om schemat"},
                {"kind": "question", "excerpt": "något annat", "optional": true}
            ]
        });
        let s = score(
            "x",
            &draft(vec![q, item(ItemKind::Statement, "Visions yttrande")]),
            &labels,
        );
        assert_eq!((s.found, s.expected), (1, 2));
        assert_eq!((s.matched, s.produced), (1, 2));
        assert_eq!((s.fields_agree, s.fields_total), (2, 3));
    }

    #[test]
    fn a_file_expecting_nothing_counts_only_for_precision() {
        let labels = json!({"items": []});
        let s = score(
            "x",
            &draft(vec![item(ItemKind::Commitment, "kommer att")]),
            &labels,
        );
        assert_eq!((s.found, s.expected, s.matched, s.produced), (0, 0, 0, 1));
        let mut totals = Totals::default();
        totals.add(&s);
        assert_eq!(totals.recall(), 1.0);
        assert_eq!(totals.precision(), 0.0);
        // Balance-list reviews and "none" headings are not counted as produced.
        let s = score(
            "y",
            &draft(vec![item(ItemKind::NoneRegistered, "Inga")]),
            &labels,
        );
        assert_eq!(s.produced, 0);
    }

    #[test]
    fn optional_items_are_neither_required_nor_errors() {
        let labels =
            json!({"items": [{"kind": "commitment", "excerpt": "bör göras", "optional": true}]});
        let s = score(
            "x",
            &draft(vec![item(ItemKind::Commitment, "det bör göras")]),
            &labels,
        );
        assert_eq!((s.expected, s.matched, s.produced), (0, 1, 1));
        let s = score("x", &draft(vec![]), &labels);
        assert_eq!((s.expected, s.produced), (0, 0));
    }

    #[test]
    fn ambiguous_excerpt_is_found_by_registry_number_and_fields_skipped() {
        let mut b = item(ItemKind::BoardMatter, "Titel HÄ 2024/417");
        b.registry_number = Some("HÄ 2024/417".into());
        b.outcome = Outcome::Informed;
        let labels = json!({"items": [
            {"kind": "board_matter", "excerpt": "annan titel", "registry_number": "HÄ 2024/417",
             "mbl": "19", "outcome": "informed", "ambiguous": ["excerpt", "mbl"]}
        ]});
        let s = score("x", &draft(vec![b]), &labels);
        assert_eq!(s.found, 1);
        assert_eq!((s.fields_agree, s.fields_total), (2, 2));
    }

    /// An item read from a text that lost its å, ä and ö is found by its label's clean excerpt.
    #[test]
    fn an_excerpt_is_found_in_text_that_lost_its_swedish_letters() {
        let produced = item(ItemKind::Question, "Vision fragar om lonerna for var.");
        assert!(finds(
            &produced,
            &json!({"kind": "question", "excerpt": "frågar om lönerna för vår"})
        ));
        assert!(!finds(
            &produced,
            &json!({"kind": "question", "excerpt": "frågar om semestern"})
        ));
    }

    /// A debt owed together is labelled "LO och PTK" and drafted once per debtor.
    #[test]
    fn a_joint_debtor_agrees_with_each_party_named() {
        let labels = json!("LO och PTK");
        assert!(party_agrees(&labels, Some(&Party::Union("LO".into()))));
        assert!(party_agrees(&labels, Some(&Party::Union("PTK".into()))));
        assert!(!party_agrees(&labels, Some(&Party::Employer)));
        assert!(!party_agrees(&labels, None));
    }

    #[test]
    fn due_label_and_null_fields() {
        let mut c = item(ItemKind::Commitment, "återkommer under vintern");
        c.by = Some(Party::Employer);
        c.due = Some(crate::draft::DueDraft {
            label: Some("Under  vintern".into()),
            by_date: None,
            next_meeting: false,
        });
        let labels = json!({"items": [
            {"kind": "commitment", "excerpt": "återkommer", "by": "Arbetsgivaren", "to": null,
             "person": "Anna", "due": {"label": "under vintern", "by_date": "2025-02-28"}}
        ]});
        let s = score("x", &draft(vec![c]), &labels);
        assert_eq!((s.fields_agree, s.fields_total), (3, 3));
    }

    #[test]
    fn wording_the_labellers_wrote_two_ways_agrees_either_way() {
        assert!(organization_agrees(
            "Miljöförvaltningen (Åby kommun)",
            "Åby kommun, Miljöförvaltningen"
        ));
        assert!(organization_agrees(
            "Region Norr – Hjärtkliniken",
            "Hjärtkliniken, Region Norr"
        ));
        assert!(!organization_agrees(
            "Miljöförvaltningen (Åby kommun)",
            "Åby kommun"
        ));
        assert!(registry_number_agrees("Dnr 2025/0412", "2025/0412"));
        assert!(registry_number_agrees("dnr. KS 2025/77", "KS 2025/77"));
        assert!(!registry_number_agrees("Dnr 2025/0412", "2025/0413"));
        assert!(forum_agrees(
            "Arbetsmiljökommittén (AMK)",
            "Arbetsmiljökommitté"
        ));
        assert!(forum_agrees(
            "Lokala samverkansgruppen",
            "Lokal samverkansgrupp"
        ));
        assert!(!forum_agrees("Skyddskommitté", "Samverkansgrupp"));
        assert!(due_label_agrees("i juni", "juni"));
        assert!(due_label_agrees("senast på nästa möte", "nästa möte"));
        assert!(!due_label_agrees("i juni", "i juli"));
        assert!(!due_label_agrees(
            "före tillträdet den 1 augusti",
            "den 1 augusti"
        ));
    }

    #[test]
    fn meeting_fields_and_people_by_name() {
        let mut d = draft(vec![]);
        d.meeting.organization = Some("Stadsdelsförvaltningen".into());
        d.meeting.date = jiff::civil::Date::new(2025, 1, 14).ok();
        d.meeting.present = vec![
            balans_domain::Attendee {
                name: Some("Anna Ek".into()),
                party: Party::Employer,
                role: None,
            },
            balans_domain::Attendee {
                name: Some("Bo Ek".into()),
                party: Party::Employer,
                role: None,
            },
        ];
        d.meeting.absent = vec![balans_domain::Attendee {
            name: None,
            party: Party::Union("Vårdförbundet".into()),
            role: None,
        }];
        let labels = json!({"meeting": {
            "organization": "Stadsdelsförvaltningen (Hägersten-Älvsjö)",
            "date": "2025-01-14", "time": null, "place": "Paddan", "secretary": null,
            "present": [{"name": "anna ek"}, {"name": "Cia Ek"}],
            "absent": [{"name": null, "party": "Vårdförbundet"}],
            "approvers": "every union (prose)",
            "comments_deadline": "2025-01-16T12:00"
        }});
        let s = score("x", &d, &labels);
        // organization, date, time, secretary agree; place does not; present: anna (agree), bo, cia; absent: 1.
        assert_eq!((s.meeting_agree, s.meeting_total), (6, 9));
    }

    #[test]
    fn ambiguous_meeting_facts_and_notes_after_a_semicolon_are_not_held_against_the_reader() {
        let mut d = draft(vec![]);
        d.meeting.forum = Some("Lokal samverkansgrupp".into());
        d.meeting.date = jiff::civil::Date::new(2024, 5, 2).ok();
        let labels = json!({"meeting": {
            "forum": "Lokal samverkansgrupp (LSG); även skyddskommitté",
            "date": "2024-05-03", "place": "Rummet",
            "ambiguous": ["date", "place"]
        }});
        let s = score("x", &d, &labels);
        assert_eq!((s.meeting_agree, s.meeting_total), (1, 1));
    }

    #[test]
    fn a_fragment_without_meeting_facts_scores_items_only() {
        let labels =
            json!({"protocol": "f.txt", "items": [{"kind": "question", "excerpt": "varför"}]});
        let s = score(
            "x",
            &draft(vec![item(ItemKind::Question, "Vision frågar varför")]),
            &labels,
        );
        assert_eq!((s.found, s.meeting_total), (1, 0));
    }
}
