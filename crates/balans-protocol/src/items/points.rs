//! Balance-list points and their titles: list marks, subjects, registered points and list tables.

use super::*;

/// A case's title without the dash, bullet, letter or number that marked its line in a list
/// ("- Taklyftar …", "b) Kommunal frågar …", "1. Kommunal (2025-11-13): …").
pub(super) fn without_list_mark(title: &str) -> String {
    // "b) …", "2. …", and a list's own word for its points: "Punkt 2 – …", "Punkt 3: …".
    static MARK: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"^\s*(?:(?:\p{Ll}|\d{1,2})[.)]|(?i:punkt)\s+\d{1,2}\s*[–:.-])\s+(?P<t>\p{Lu})")
            .expect("regex")
    });
    let title = MARK
        .captures(title)
        .and_then(|c| c.name("t"))
        .map_or(title, |t| &title[t.start()..]);
    let trimmed = title.trim_start_matches(['-', '–', '•', '*', '·', ' ']);
    if trimmed.is_empty() {
        title.to_string()
    } else {
        trimmed.to_string()
    }
}

/// A point's own title at the head of an item's source ("2.3 Parkering vid förrådet", "B 25:04
/// Larmknappar", a title line "Cykelförråd (från LSG mars)") is the item's title, without its
/// number or code; a sentence that only closes the point ("Punkten kan avskrivas.") never is.
pub(super) fn retitle_from_point(doc: &Doc, item: &mut ItemDraft) {
    if !matches!(
        item.kind,
        ItemKind::Question | ItemKind::Commitment | ItemKind::Statement
    ) {
        return;
    }
    static NUMBER: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(&format!(r"^\s*(?:[-–•*]\s*)?{POINT_CODE}[.)]?\s+(?P<t>\S)")).expect("regex")
    });
    // "Punkten avförs.", "Den avförs från balanslistan.": the point closed, not its subject.
    static CLOSING: LazyLock<Regex> = LazyLock::new(|| {
        lenient_regex(r"(?i)^\s*(?:punkten|den|det|frågan|ärendet|denna|detta)\s")
    });
    if let Some(title) = point_heading(doc, item.source_span) {
        item.title = shorten(&title, 120);
        return;
    }
    // "4. Kommunal (2026-02-12): Friskvårdstimme för nattpersonal. Kvarstår.": a balance
    // list's point names who raised it and when, then its subject.
    static ORIGIN_SUBJECT: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(
            r"^\s*(?:\d{1,2}[.)]\s+|[-–•*]\s+)?\p{Lu}[^:()\n]{1,40}\((?:\d{4}-\d{2}-\d{2}|\d{1,2}/\d{1,2}(?:\s*-?\d{2,4})?|[^()\n]{3,24}\d{2,4})\)\s*:\s*(?P<s>\p{Lu}[^.!?\n]{3,120})",
        )
        .expect("regex")
    });
    if let Some(subject) = ORIGIN_SUBJECT
        .captures(doc.slice(item.source_span))
        .and_then(|c| c.name("s"))
        .filter(|s| !REMOVAL.is_match(s.as_str()) && !REMAINS.is_match(s.as_str()))
    {
        item.title = subject.as_str().trim().to_string();
        return;
    }
    if let Some(subject) = listed_subject(doc.slice(item.source_span)) {
        item.title = subject;
        return;
    }
    // "Åtg: Byt låset. Ansv: Per Ek Klart: v. 12": the action, without who and when.
    static ACTION: LazyLock<Regex> = LazyLock::new(|| {
        lenient_regex(
            r"(?i)^\s*(?:åtg|åtgärd)\.?(?:\s*\d{1,3}(?:[/.-]\d{1,3})?)?\s*:\s*(?P<t>.+?)\s*(?:\b(?:ansv|ansvarig|klart|klar\s+senast)\s*:|$)",
        )
    });
    if item.kind == ItemKind::Commitment
        && let Some(action) = ACTION.captures(&item.title).and_then(|c| c.name("t"))
        && action.as_str().split_whitespace().count() >= 2
    {
        item.title = action.as_str().to_string();
        return;
    }
    // "7.2 Seko vill veta …": the point's number is no part of its title.
    if let Some(t) = NUMBER.captures(&item.title).and_then(|c| c.name("t")) {
        item.title = item.title[t.start()..].to_string();
    }
    // "Fråga om tjänstebilar: klar, avförs.", "Nycklar till förrådet: kvarstår.": the subject
    // before what became of it.
    if let Some((subject, fate)) = item
        .title
        .split_once(": ")
        .or_else(|| item.title.split_once(" – "))
        && (REMOVAL.is_match(fate) || REMAINS.is_match(fate))
        && !REMOVAL.is_match(subject)
        && !REMAINS.is_match(subject)
        && subject.split_whitespace().count() >= 2
    {
        item.title = subject.trim().to_string();
        return;
    }
    // "Kvarstår.", "Punkten avförs.": what became of the point, not its subject; the point's
    // first sentence that says more names it.
    let fate = |text: &str| REMOVAL.is_match(text) || REMAINS.is_match(text);
    if fate(&item.title)
        && (item.title.split_whitespace().count() <= 5 || CLOSING.is_match(&item.title))
        && let Some(first) = sentences(&doc.text, item.source_span)
            .into_iter()
            .map(|span| collapse(doc.slice(span)))
            .find(|text| !fate(text))
    {
        item.title = shorten(&first, 120);
    } else if REMOVAL.is_match(&item.title)
        && CLOSING.is_match(&item.title)
        && !item.section_title.is_empty()
    {
        // Nothing but the closing sentence: the section names the point.
        item.title = item.section_title.clone();
    }
}

/// The subject a bulleted point of a list names before its colon ("- Nycklar till förrådet:
/// kvarstår …"), when the source holds one such point and the subject reads as a name.
fn listed_subject(source: &str) -> Option<String> {
    static MARKED: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?m)^\s*[-–•*]\s+(?P<s>\p{Lu}[^:\n]{2,80}?):\s").expect("regex")
    });
    let mut points = MARKED.captures_iter(source);
    let subject = points.next()?.name("s")?.as_str().trim();
    if points.next().is_some()
        || !(1..=10).contains(&subject.split_whitespace().count())
        || opens_sentence(subject)
        || REMOVAL.is_match(subject)
        || REMAINS.is_match(subject)
        || subject.ends_with(['.', '!', '?'])
    {
        return None;
    }
    Some(subject.to_string())
}

/// The title a sub-point gives itself on the first line of a span, if the span starts a
/// paragraph: the line after its number or code, or the words before the sentence glued onto
/// it ("2.3 Städrutiner Vision undrar om …").
fn point_heading(doc: &Doc, span: Span) -> Option<String> {
    static CODE: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(&format!(r"^{POINT_CODE}[.)]?\s+|^\d{{1,2}}[.)]\s+")).expect("regex")
    });
    let text = doc.slice(span);
    let first_line = text.lines().next()?.trim();
    let rest = text[text.find('\n').map_or(text.len(), |i| i + 1)..].trim_start();
    // The span must start a line that starts a paragraph or follows its section's heading.
    let line_start = doc.text[..span.start].rfind('\n').map_or(0, |i| i + 1);
    if !doc.text[line_start..span.start].trim().is_empty() {
        return None;
    }
    let index = doc.lines.iter().position(|l| l.start == line_start)?;
    let starts_paragraph = index == 0
        || doc.is_blank(index - 1)
        || doc
            .sections
            .iter()
            .any(|s| s.body.start == index || doc.lines[index - 1].start == s.span.start);
    let code = CODE.find(first_line);
    let line = code.map_or(first_line, |c| &first_line[c.end()..]).trim();
    if !starts_paragraph && code.is_none() {
        return None;
    }
    let words = line.split_whitespace().count();
    let rest_capital = rest.chars().next().is_some_and(char::is_uppercase);
    // A line broken inside a sentence ends on a small word ("… – information enligt").
    let broken = line.split_whitespace().last().is_some_and(|w| {
        matches!(
            w,
            "enligt"
                | "för"
                | "av"
                | "i"
                | "om"
                | "på"
                | "till"
                | "med"
                | "och"
                | "att"
                | "som"
                | "–"
        )
    });
    let ends_sentence = broken || line.ends_with(['.', '!', '?', ':', ',']);
    if rest_capital && !ends_sentence && (1..=12).contains(&words) {
        // Without a number the line must read as a name, not a sentence broken before a name.
        let verbish = line.split_whitespace().skip(1).any(|w| {
            w.chars().next().is_some_and(char::is_lowercase)
                && (w.ends_with("ade") || w.ends_with("ar") || w.ends_with("er") || w == "är")
        });
        if (code.is_some() && !opens_sentence(line)) || !verbish {
            return Some(line.trim_end_matches([',', ';']).trim().to_string());
        }
        return None;
    }
    code?;
    let end = glued_title_end(line)?;
    Some(line[..end].trim().to_string())
}

/// A line that begins with a party and a finite verb ("Kommunal frågade …") is a sentence.
fn opens_sentence(line: &str) -> bool {
    mentions(line)
        .first()
        .is_some_and(|m| m.start == 0 && FINITE_VERB.is_match(&line[m.end..]))
}

/// A verb of asking or telling after a subject ("undrar", "frågade", "lyfte").
static FINITE_VERB: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\s+(?:frågar|frågade|undrar|undrade|lyfter|lyfte|tar|tog|vill|ville|önskar|önskade|påtalar|påtalade|efterfrågar|efterfrågade|informerar|informerade|har|hade|anser|ansåg|begär|begärde|ställer|ställde|redovisar|redovisade|svarar|svarade)\b").expect("regex")
});

/// Where the title of a sub-point ends when a sentence is glued onto it ("Städrutiner i köket
/// Vision undrar om …"): at the asker followed by a finite verb, after one to ten words.
pub(super) fn glued_title_end(line: &str) -> Option<usize> {
    let glued = mentions(line)
        .into_iter()
        .find(|m| m.start > 0 && FINITE_VERB.is_match(&line[m.end..]))?;
    let title = &line[..glued.start];
    let words = title.split_whitespace().count();
    let capital = title
        .trim_start()
        .chars()
        .next()
        .is_some_and(char::is_uppercase);
    (capital && (1..=10).contains(&words) && !title.contains(['.', '?', '!', ':', '"', '”']))
        .then_some(glued.start)
}

impl Reader<'_> {
    /// Points a party registered ("Saco-S hade anmält en ärendepunkt …"): a question of that
    /// party, registered before the meeting, answered when feedback is reported with it. Its
    /// sentence is then read as nothing else.
    pub(super) fn registered_points(&mut self, section: &Section, sents: &mut [Sent]) {
        for at in 0..sents.len() {
            let sent = &sents[at];
            if sent.excluded {
                continue;
            }
            let text = self.doc.slice(sent.span);
            if !(has_any(
                text,
                &[
                    "anmäl",
                    "väck",
                    "skickat in",
                    "skickade in",
                    "lämnat in",
                    "lämnade in",
                ],
            ) || has_any(text, &["punkt", "fråga", "ärende"])
                && has_any(text, &["lyft", "ställ"]))
            {
                continue;
            }
            let Some(c) = REGISTERED.captures(text) else {
                continue;
            };
            let Some(party) = ["p", "q", "r"]
                .iter()
                .find_map(|g| c.name(g))
                .and_then(|m| lexicon::party_of(m.as_str()))
                .filter(|p| *p != Party::Employer)
            else {
                continue;
            };
            let whole = c.get(0).map_or(0..0, |m| m.range());
            let titles = c
                .name("n")
                .or_else(|| c.name("m"))
                .map(|n| point_titles(&text[whole.end..], n.as_str()))
                .unwrap_or_default();
            // Points counted and named in the sentence are a question each; otherwise the
            // sentence is one.
            let titles = if titles.is_empty() {
                vec![shorten(&collapse(text), 120)]
            } else {
                titles
            };
            for title in titles {
                let mut item = self.item_at(sent.span, ItemKind::Question);
                item.title = title;
                item.addressed_to = Some(opposite(&party));
                item.raised_by = Some(party.clone());
                item.pre_registered = true;
                item.carried_over = EARLIER.is_match(text);
                item.outcome = if FEEDBACK.is_match(text) {
                    Outcome::Answered
                } else {
                    Outcome::Open
                };
                // "… anmält följande fråga: Hur …? Dekanen svarade att …": the question told
                // after a colon is answered by the sentence after it.
                if item.outcome == Outcome::Open
                    && text.contains(':')
                    && let Some(next) = sents.get(at + 1).filter(|n| !n.excluded)
                    && let Some((by, person, true)) = self.answer_signal(self.doc.slice(next.span))
                    && by.as_ref().is_none_or(|b| opposite_sides(b, &party))
                {
                    item.answer = Some(AnswerDraft {
                        by: by.unwrap_or_else(|| opposite(&party)),
                        person,
                        text: collapse(self.doc.slice(next.span)),
                        span: next.span,
                    });
                    item.outcome = Outcome::Answered;
                }
                item.confidence = 0.7;
                self.push(item, section);
            }
            sents[at].excluded = true;
        }
    }

    /// A list laid out as a table under a row of column names ("Nr  Ärende  Väckt av  Status"),
    /// its cells wrapped over several lines: each row is the point's question, asked by the
    /// party of its asker's column (a union, a role such as "SO", or a person present), answered
    /// by its status when the status takes it off the list, else still open. Returns the
    /// tables' spans.
    pub(super) fn list_tables(&mut self, section: &Section) -> Vec<Span> {
        static TOPIC: LazyLock<Regex> = LazyLock::new(|| {
            lenient_regex(
                r"(?i)^(?:ärende|ärenden|fråga|frågor|punkt|rubrik|beskrivning|frågeställning|ämne|åtgärd)$",
            )
        });
        static ASKER: LazyLock<Regex> = LazyLock::new(|| {
            lenient_regex(
                r"(?i)^(?:(?:väckt|väckts|anmäld|anmält|initierad|inlämnad|lyft|ställd|ställt)\s+av|från|part|fack|facklig\s+org\p{L}*|organisation)$",
            )
        });
        static STATUS: LazyLock<Regex> = LazyLock::new(|| {
            lenient_regex(
                r"(?i)^(?:status|kommentar|kommentarer|läge|lägesrapport|åtgärd|åtgärder|svar|beslut)$",
            )
        });
        // A status cell that opens by closing the point ("Stängd. Mätning gjord", "Klar.").
        static CLOSED_STATUS: LazyLock<Regex> = LazyLock::new(|| {
            lenient_regex(
                r"(?i)^(?:stängd|stängt|klar|klart|avslutad|avslutat|åtgärdad|åtgärdat|avförd|avfört)\b",
            )
        });
        static NUMBER: LazyLock<Regex> =
            LazyLock::new(|| lenient_regex(r"(?i)^(?:nr|nr\.|#|id|punkt\s+nr|löpnr)$"));
        let doc = self.doc;
        // The chunks of a line between runs of two spaces or more, with their columns in chars.
        let chunks = |line: &str| -> Vec<(usize, String)> {
            let chars: Vec<char> = line.chars().collect();
            let mut out: Vec<(usize, String)> = Vec::new();
            let mut i = 0;
            while i < chars.len() {
                if chars[i].is_whitespace() {
                    i += 1;
                    continue;
                }
                let start = i;
                while i < chars.len()
                    && !(chars[i].is_whitespace()
                        && chars.get(i + 1).is_none_or(|c| c.is_whitespace()))
                {
                    i += 1;
                }
                out.push((start, chars[start..i].iter().collect::<String>()));
            }
            out
        };
        let mut tables = Vec::new();
        let mut index = section.body.start;
        while index < section.body.end {
            let head = chunks(doc.line_text(index));
            let topic = head.iter().position(|(_, t)| TOPIC.is_match(t));
            let asker = head.iter().position(|(_, t)| ASKER.is_match(t));
            // "Nr  Åtgärd  Ansvarig  Status": a column of the topic is not the status's.
            let status = head
                .iter()
                .enumerate()
                .position(|(k, (_, t))| Some(k) != topic && STATUS.is_match(t));
            let numbered = head.first().is_some_and(|(_, t)| NUMBER.is_match(t));
            // An action list ("ID  Beskrivning  Ansv.  Status") names no asker: its rows begin
            // at their numbers, and the unions together raised them.
            let Some(topic) = topic.filter(|_| asker.is_some() || (numbered && status.is_some()))
            else {
                index += 1;
                continue;
            };
            let starts: Vec<usize> = head.iter().map(|(at, _)| *at).collect();
            // A chunk belongs to the last column that starts at or before it (give or take one).
            let column = |at: usize| starts.iter().rposition(|&s| s <= at + 1).unwrap_or(0);
            let mut rows: Vec<(usize, usize, Vec<String>)> = Vec::new();
            let mut end = index;
            for i in index + 1..section.body.end {
                if doc.is_blank(i) {
                    break;
                }
                end = i;
                let mut cells = vec![String::new(); starts.len()];
                for (at, text) in chunks(doc.line_text(i)) {
                    let cell = &mut cells[column(at)];
                    if !cell.is_empty() {
                        cell.push(' ');
                    }
                    cell.push_str(&text);
                }
                let begins = match asker {
                    Some(asker) if !numbered => !cells[asker].is_empty(),
                    _ => !cells[0].is_empty(),
                };
                match rows.last_mut() {
                    Some((_, last, row)) if !begins => {
                        *last = i;
                        for (cell, more) in row.iter_mut().zip(cells) {
                            if !more.is_empty() {
                                if !cell.is_empty() {
                                    // A word broken over two lines of a cell is joined.
                                    if cell.ends_with('-') && more.starts_with(char::is_lowercase) {
                                        cell.pop();
                                    } else {
                                        cell.push(' ');
                                    }
                                }
                                cell.push_str(&more);
                            }
                        }
                    }
                    _ => rows.push((i, i, cells)),
                }
            }
            if rows.is_empty() {
                index += 1;
                continue;
            }
            for (first, last, cells) in &rows {
                let title = cells[topic].trim();
                if title.split_whitespace().count() < 2 {
                    continue;
                }
                // Without an asker's column, the party named last in the topic's cell
                // ("Lyftar på avd 2 (Kommunal)").
                let who = asker.map_or_else(|| party_in_parenthesis(title), |a| cells[a].trim());
                let title = match title.rsplit_once('(') {
                    Some((before, _)) if asker.is_none() && !who.is_empty() => before.trim_end(),
                    _ => title,
                };
                let raised_by = lexicon::party_of(who)
                    .or_else(|| {
                        who.split_whitespace()
                            .next()
                            .filter(|w| {
                                matches!(*w, "SO" | "HSO" | "AMO" | "Skyddsombud" | "Skyddsombuden")
                            })
                            .and_then(|w| self.holder_of(w))
                    })
                    .or_else(|| self.who(who).0)
                    .filter(|p| *p != Party::Employer)
                    .unwrap_or(Party::AllUnions);
                let span = doc.span_of_lines(*first, *last);
                let mut item = self.item_at(span, ItemKind::Question);
                item.title = shorten(title, 120);
                item.addressed_to = Some(opposite(&raised_by));
                item.raised_by = Some(raised_by.clone());
                let said = status.map_or("", |s| cells[s].trim());
                if (REMOVAL.is_match(said) || CLOSED_STATUS.is_match(said)) && !still_open(said) {
                    item.answer = Some(AnswerDraft {
                        by: opposite(&raised_by),
                        person: None,
                        text: said.to_string(),
                        span,
                    });
                    item.outcome = Outcome::Answered;
                } else {
                    item.outcome = Outcome::Open;
                }
                item.confidence = 0.7;
                self.push(item, section);
            }
            tables.push(doc.span_of_lines(index, end));
            index = end + 1;
        }
        tables
    }
}

/// The party in parentheses at the end of a table's cell ("Lyftar på avd 2 (Kommunal)"), or
/// nothing.
fn party_in_parenthesis(cell: &str) -> &str {
    cell.strip_suffix(')')
        .and_then(|c| c.rsplit_once('('))
        .map(|(_, party)| party.trim())
        .filter(|party| lexicon::party_of(party).is_some())
        .unwrap_or("")
}

/// The titles of the points a sentence counts ("två punkter; chefers arbetsmiljö och nytt avtal
/// om omställningsmedel"): as many as it says, split at commas and the last "och" / "samt";
/// none when the list does not hold that many.
fn point_titles(after: &str, count: &str) -> Vec<String> {
    let wanted = match count.to_lowercase().as_str() {
        "två" => Some(2),
        "tre" => Some(3),
        "fyra" => Some(4),
        "fem" => Some(5),
        "sex" => Some(6),
        "några" | "flera" => None,
        digits => digits.parse::<usize>().ok(),
    };
    let Some(intro) = POINT_TITLES.find(after) else {
        return Vec::new();
    };
    let list = after[intro.end()..]
        .trim_end()
        .trim_end_matches(['.', '!', '?']);
    let mut titles: Vec<String> = Vec::new();
    for part in list.split(", ") {
        let (head, tail) = match part
            .rsplit_once(" och ")
            .or_else(|| part.rsplit_once(" samt "))
        {
            Some((head, tail)) if titles.len() + 2 <= wanted.unwrap_or(usize::MAX) => {
                (head, Some(tail))
            }
            _ => (part, None),
        };
        titles.extend([Some(head), tail].into_iter().flatten().map(collapse));
    }
    titles.retain(|t| !t.is_empty());
    match wanted {
        Some(n) if titles.len() == n => titles,
        None if titles.len() >= 2 => titles,
        _ => Vec::new(),
    }
}

#[cfg(test)]
mod tests;
