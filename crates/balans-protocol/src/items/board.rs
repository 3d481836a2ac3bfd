//! Board matters, MBL blocks and negotiations: registry numbers, MBL paragraphs and outcomes.

use super::*;

impl Reader<'_> {
    /// Board matters: MBL §11 / §19 lists (titles and registry numbers on lines of their own in
    /// either order), "Ärende N" paragraphs, and registry numbers in the text. Returns the
    /// matters' ids with their spans, for statements to attach to.
    pub(super) fn board_matters(
        &mut self,
        section: &Section,
        paras: &[Para],
        excluded: &mut Vec<Span>,
    ) -> Vec<(String, Span)> {
        let doc = self.doc;
        let mut found: Vec<(String, Span)> = Vec::new();
        let mut numbers: Vec<String> = Vec::new();
        // "§ 6 Förhandling enligt MBL § 11 – Flytt av kontoren", "§ 28 Nya öppettider –
        // förhandling enligt 11 § MBL" with no number in its heading: the point is one
        // negotiation, read as such, not a list of matters.
        let one_negotiation = (NEGOTIATION_HEADED.is_match(&section.title)
            && !REGISTRY.is_match(&section.title))
            || negotiation_in_parenthesis(doc, section);
        let board = section.kind == SectionKind::BoardMatters && !one_negotiation;
        // "§ 6 Ny rutin för X, AB 2026/12 (MBL § 11)": a heading with its number and its MBL
        // paragraph is the matter itself; its text tells how it ended.
        // The MBL paragraph may open the text instead ("Punkt 4 Budget 2026, KS 2025/77\n
        // … Information enligt MBL § 19.").
        let opening = paras.first().map_or("", |p| doc.slice(p.span));
        if let Some(registry) = registry_in(&section.title)
            && let Some(c) = MBL_LINE
                .captures(&section.title)
                .filter(|_| board)
                .or_else(|| MBL_LINE.captures(opening))
        {
            let mbl = mbl_of(&c);
            let plain = MBL_PARENTHESIS.replace_all(&section.title, "");
            let title = REGISTRY
                .replace_all(&plain, "")
                .trim_matches(|c: char| c.is_whitespace() || matches!(c, ',' | '–' | '-' | ':'))
                .replace("Dnr", "")
                .trim()
                .to_string();
            let body = doc.slice(trim_span(
                &doc.text,
                Span::new(section.heading.end, section.span.end),
            ));
            // "§ 5 Remissvar, Dnr 2026/12\nRemiss om ny plan, information enligt MBL § 19":
            // the first paragraph under the heading says what the matter is.
            let span = paras
                .first()
                .filter(|p| !REGISTRY.is_match(doc.slice(p.span)))
                .map_or(section.heading, |p| section.heading.join(p.span));
            let mut item = self.item_at(span, ItemKind::BoardMatter);
            item.title = collapse(&title);
            item.registry_number = Some(registry.clone());
            item.mbl = Some(mbl);
            // Information under § 19 is given by being told.
            let agreement = agreement(body);
            item.outcome =
                block_outcome(body)
                    .or(agreement)
                    .unwrap_or(if mbl == Mbl::Information19 {
                        Outcome::Informed
                    } else {
                        Outcome::Open
                    });
            item.confidence = 0.85;
            numbers.push(registry);
            let id = self.push(item, section);
            found.push((id, section.heading));
            excluded.push(span);
            return found;
        }
        if board {
            for block in mbl_blocks(doc, section) {
                excluded.push(block.span);
                let matters = block_matters(doc, &block);
                let starts: Vec<usize> = matters.iter().map(|(s, _, _)| s.start).collect();
                for (n, (mut span, mut title, registry)) in matters.into_iter().enumerate() {
                    // Its own text runs to the next matter of the block.
                    let own_end = starts
                        .get(n + 1)
                        .copied()
                        .unwrap_or(block.span.end)
                        .max(span.end);
                    let own = doc.text.get(span.start..own_end).unwrap_or("");
                    // A number on the line under the heading makes the section the matter:
                    // the heading names it ("§ 35 Flytt av mottagningen (MBL § 11)\nDnr …").
                    let first_line = doc.slice(span).lines().next().unwrap_or("");
                    let number_line = REGISTRY.find(first_line).is_some_and(|m| {
                        format!("{} {}", &first_line[..m.start()], &first_line[m.end()..])
                            .split_whitespace()
                            .count()
                            < 3
                    });
                    if number_line
                        && doc
                            .slice(Span::new(section.heading.end, span.start))
                            .trim()
                            .is_empty()
                    {
                        title = collapse(&MBL_PARENTHESIS.replace(&section.title, ""));
                        span = section.heading.join(span);
                    }
                    let mut item = self.item_at(span, ItemKind::BoardMatter);
                    item.title = title;
                    item.registry_number = registry.clone();
                    item.mbl = Some(block.mbl);
                    // Without a closing sentence for the list: the matter's own text says how
                    // it ended, and information under § 19 is given by being told.
                    // "RSB 2026/61 Delårsrapport, information.": told, whatever the block.
                    let first_line = own.lines().next().unwrap_or("");
                    if block.outcome == Outcome::Open
                        && INFORMATION_ONLY.is_match(first_line)
                        && !MBL_LINE.is_match(first_line)
                    {
                        item.mbl = Some(Mbl::Information19);
                    }
                    let mbl = item.mbl.unwrap_or(block.mbl);
                    item.outcome = match block.outcome {
                        Outcome::Open => block_outcome(own).or_else(|| agreement(own)).unwrap_or(
                            if mbl == Mbl::Information19 {
                                Outcome::Informed
                            } else {
                                Outcome::Open
                            },
                        ),
                        told => told,
                    };
                    item.confidence = if registry.is_some() { 0.85 } else { 0.6 };
                    if let Some(r) = registry {
                        numbers.push(r);
                    }
                    let id = self.push(item, section);
                    found.push((id, span));
                }
            }
            for para in paras {
                if excluded.iter().any(|x| x.contains(para.span)) {
                    continue;
                }
                let text = doc.slice(para.span);
                let Some(c) = AGENDA_MATTER.captures(text) else {
                    continue;
                };
                let label = collapse(c.name("l").map_or("", |m| m.as_str()));
                let rest = collapse(c.name("t").map_or("", |m| m.as_str()));
                let title = rest
                    .split(':')
                    .next()
                    .unwrap_or("")
                    .trim()
                    .trim_end_matches('.')
                    .to_string();
                let registry = registry_in(text);
                let mut item = self.item_at(para.span, ItemKind::BoardMatter);
                item.title = if title.is_empty() {
                    label.clone()
                } else {
                    title
                };
                item.agenda_label = Some(label);
                item.registry_number = registry.clone();
                item.outcome = if BLOCK_END.is_match(text) && text.contains("informer") {
                    Outcome::Informed
                } else {
                    Outcome::Open
                };
                item.confidence = 0.75;
                if let Some(r) = registry {
                    numbers.push(r);
                }
                let id = self.push(item, section);
                found.push((id, para.span));
                excluded.push(para.span);
            }
        }
        // Registry numbers in running text.
        for (p, para) in paras.iter().enumerate() {
            if excluded.iter().any(|x| x.contains(para.span)) {
                continue;
            }
            // A table flattened column by column: "Dnr / KS 2026/77 / KS 2026/102 / Ärende /
            // Plan / Policy / MBL / § 19 / § 11". What came of each may follow under its number.
            if let Some(rows) = flattened_matters(doc, para) {
                for (span, title, registry, mbl) in rows {
                    // Its own paragraph, to the blank line ("KS 2026/102: … \nEnighet konstaterades.").
                    let told = paras[p + 1..]
                        .iter()
                        .position(|next| {
                            doc.slice(next.span)
                                .trim_start()
                                .starts_with(registry.as_str())
                        })
                        .map(|q| {
                            let first = paras[p + 1 + q];
                            let end = paras[p + 2 + q..]
                                .iter()
                                .take_while(|next| {
                                    !BLANK_LINE.is_match(doc.slice(Span::new(
                                        first.span.end.min(next.span.start),
                                        next.span.start,
                                    ))) && !REGISTRY.is_match(doc.slice(next.span))
                                })
                                .last()
                                .map_or(first.span.end, |last| last.span.end);
                            doc.slice(Span::new(first.span.start, end))
                        });
                    let mut item = self.item_at(span, ItemKind::BoardMatter);
                    item.title = shorten(&title, 140);
                    item.registry_number = Some(registry.clone());
                    item.mbl = mbl;
                    item.outcome = told
                        .and_then(|text| block_outcome(text).or_else(|| agreement(text)))
                        .unwrap_or(if mbl == Some(Mbl::Information19) {
                            Outcome::Informed
                        } else {
                            Outcome::Open
                        });
                    item.confidence = 0.7;
                    numbers.push(registry);
                    let id = self.push(item, section);
                    found.push((id, span));
                }
                excluded.push(para.span);
                continue;
            }
            // The point runs on over the paragraphs after it until the next point, number,
            // MBL heading or statement (found only for a paragraph with a number).
            let point_end = || {
                paras[p + 1..]
                    .iter()
                    .enumerate()
                    .take_while(|(n, next)| {
                        let text = doc.slice(next.span);
                        // Its own MBL line right under it ("Information enligt MBL § 19.").
                        let own_mbl =
                            *n == 0 && next.lines.0 == para.lines.1 + 1 && !REGISTRY.is_match(text);
                        own_mbl
                            || !(REGISTRY.is_match(text)
                                || POINT_LINE.is_match(text.lines().next().unwrap_or(""))
                                || MBL_LINE.is_match(text)
                                || STATEMENT.is_match(text))
                    })
                    .map(|(_, next)| next)
                    .last()
                    .map_or(para.span.end, |last| last.span.end)
            };
            for sentence in sentences(&doc.text, para.span) {
                let text = doc.slice(sentence);
                for c in REGISTRY.captures_iter(text) {
                    let (Some(m), Some(number)) = (c.get(0), c.name("d").or(c.name("r"))) else {
                        continue;
                    };
                    let registry = collapse(number.as_str());
                    // The words that make it a board matter may stand in the next sentence
                    // ("SoF 2023/1187 Riktlinjer … Ärendet anses informerat").
                    let paragraph = doc.slice(para.span);
                    // A paragraph opened by the number ("RS 2026/12 Ny modell – MBL § 11")
                    // names the matter, as MBL said of it does.
                    let leads = paragraph.trim_start().starts_with(m.as_str())
                        && paragraph.trim_start()[m.len()..]
                            .trim_start()
                            .starts_with(char::is_uppercase);
                    // "c) Ny utrustning, Dnr KFAB 2026/52": a listed point that gives its
                    // registry number names a matter.
                    let listed = c.name("d").is_some()
                        && POINT_MARK.is_match(paragraph.trim_start())
                        && !paragraph.trim_start()[..m.start().min(paragraph.trim_start().len())]
                            .contains('\n');
                    let matter_words = BOARD_WORDS.is_match(paragraph)
                        || (MBL_LINE.is_match(paragraph) && !one_negotiation)
                        || leads
                        || listed;
                    if numbers.contains(&registry) || (!board && !matter_words) {
                        continue;
                    }
                    numbers.push(registry.clone());
                    let before = &text[..m.start()];
                    let title_start = before.rfind("ärendet ").map_or(0, |p| p + "ärendet ".len());
                    let mut title = collapse(&text[title_start..]);
                    title = title.trim_end_matches('.').to_string();
                    // Several numbers in one sentence (a list without full stops): each matter
                    // is its own line, with the title line above a number standing alone.
                    let mut own = sentence;
                    if REGISTRY.find_iter(text).count() >= 2 {
                        let at = sentence.start + m.start();
                        if let Some(i) = doc.lines.iter().position(|l| l.start <= at && at <= l.end)
                        {
                            let line = doc.line_text(i);
                            let rest = REGISTRY.replace(line, "");
                            let words = rest
                                .split_whitespace()
                                .filter(|w| w.chars().any(char::is_alphabetic) && *w != "Dnr")
                                .count();
                            let from = if words >= 2 || i == 0 || doc.is_blank(i - 1) {
                                i
                            } else {
                                i - 1
                            };
                            let lines = trim_span(&doc.text, doc.span_of_lines(from, i));
                            own = Span::new(
                                lines.start.max(sentence.start),
                                lines.end.min(sentence.end),
                            );
                            let plain = REGISTRY.replace_all(doc.slice(own), "");
                            let plain = POINT_MARK.replace(plain.trim(), "");
                            title = collapse(plain.replace("Dnr", "").trim_matches(|c: char| {
                                c.is_whitespace() || matches!(c, ',' | '-' | '–' | '•' | '.')
                            }));
                        }
                    }
                    let mut item = self.item_at(own, ItemKind::BoardMatter);
                    item.title = shorten(&title, 140);
                    item.registry_number = Some(registry);
                    // How it ended is said after it, not of the matters before it.
                    let after = doc.text.get(sentence.start..point_end()).unwrap_or("");
                    item.outcome = block_outcome(after).unwrap_or(Outcome::Open);
                    // "Ärendet förhandlades enligt MBL § 11" in the point's own text, before the
                    // heading above: a point's own MBL line may stand under it ("b) SN 2025/9
                    // Omorganisation\nFörhandling enligt MBL § 11 …").
                    if let Some(c) = MBL_LINE.captures(after) {
                        item.mbl = Some(mbl_of(&c));
                    }
                    // A point listed under "Samverkan enligt MBL § 11": that heading's paragraph.
                    if POINT_LINE.is_match(doc.slice(para.span).lines().next().unwrap_or("")) {
                        item.mbl = item.mbl.or_else(|| self.mbl_above(section, sentence));
                    }
                    // In a board section, the list's MBL line above ("Följande ärenden
                    // informerades enligt MBL § 19:"), not another matter's own under its number.
                    if item.mbl.is_none() && board {
                        item.mbl = self.list_mbl_above(section, sentence);
                    }
                    // Under a heading of information ("Information inför styrelsemötet") a
                    // matter is told under § 19, and told when nothing else is said of it.
                    if item.mbl.is_none() && INFORMATION_HEADING.is_match(&section.title) {
                        item.mbl = Some(Mbl::Information19);
                    }
                    // "RS 2026/9 Ny modell, MBL § 11 – parterna är överens", "… , information.":
                    // the matter's own sentence says how it ended.
                    if item.outcome == Outcome::Open {
                        let own = doc.slice(sentence);
                        if let Some(outcome) = agreement(own) {
                            item.outcome = outcome;
                        } else if INFORMATION_ONLY.is_match(own) {
                            item.outcome = Outcome::Informed;
                        }
                    }
                    if item.outcome == Outcome::Open && item.mbl == Some(Mbl::Information19) {
                        item.outcome = Outcome::Informed;
                    }
                    item.confidence = 0.7;
                    let id = self.push(item, section);
                    found.push((id, sentence));
                }
            }
        }
        found
    }
}

impl Reader<'_> {
    /// Matters settled in samverkan: "samverkades enligt förvaltningens förslag", "enighet".
    pub(super) fn negotiations(
        &mut self,
        section: &Section,
        sents: &[Sent],
        units: &[(QUnit, Option<String>)],
    ) {
        // Where the points already closed by a negotiation begin.
        let mut closed: Vec<usize> = Vec::new();
        for (k, sent) in sents.iter().enumerate() {
            let text = self.doc.slice(sent.span);
            // "Förhandlingen avslutas i oenighet." never asks, whatever a question took with it.
            if (sent.excluded && !sent.in_matter)
                || (units
                    .iter()
                    .any(|(u, _)| u.question.contains(&k) || u.context.contains(&k))
                    && !bare_outcome(text))
            {
                continue;
            }
            let Some(m) = NEGOTIATION.find(text) else {
                continue;
            };
            let word = m.as_str().to_lowercase();
            // "träffar … avtal": an agreement is made; "träffas" alone is only a meeting.
            let lower = text.to_lowercase();
            if word.contains("träffa")
                && !lower.contains("avtal")
                && !lower.contains("överenskommel")
            {
                continue;
            }
            let outcome = if word.contains("oenighet")
                || word.contains("oense")
                || word.contains("oeniga")
                || word.starts_with("ej")
                || word.starts_with("inte")
            {
                Outcome::Disagreement
            } else {
                Outcome::Agreed
            };
            // "Samverkan är därmed fullgjord i enighet", "Parterna är överens om förslaget" say
            // how, not what: the matter is named by the point above it, whose title the item's
            // source holds; so is a point headed as a negotiation ("§ 17 Samverkan enligt MBL
            // § 11 – Ny organisation"), whatever its closing sentence says.
            let named_above =
                self.negotiated_point(section, sent.span)
                    .filter(|(start, _, mbl_titled)| {
                        !closed.contains(start)
                            && (*mbl_titled || bare_outcome(text) || OF_THE_PROPOSAL.is_match(text))
                    });
            let mut item = match &named_above {
                Some((start, _, _)) => {
                    closed.push(*start);
                    self.item_at(Span::new(*start, sent.span.end), ItemKind::Negotiation)
                }
                None => self.item_at(sent.span, ItemKind::Negotiation),
            };
            let title = match named_above {
                Some((_, title, _)) => title,
                None if bare_outcome(text) => self
                    .point_above(section, sent.span)
                    .unwrap_or_else(|| collapse(text)),
                None => collapse(text),
            };
            item.title = shorten(&title, 120);
            item.outcome = outcome;
            // "Förhandlingen avslutades i oenighet", "… Förhandlingen förklarades avslutad":
            // a negotiation (förhandling) is one under MBL § 11; else the MBL named above it.
            let paragraph = sents[k..]
                .iter()
                .take_while(|s| s.para == sent.para)
                .take(2)
                .map(|s| self.doc.slice(s.span))
                .collect::<Vec<_>>()
                .join(" ");
            item.mbl = if NEGOTIATED.is_match(&paragraph) {
                Some(Mbl::Negotiation11)
            } else {
                self.mbl_above(section, sent.span)
            };
            item.confidence = 0.6;
            self.push(item, section);
        }
    }
}

impl Reader<'_> {
    /// The MBL paragraph of the nearest line above `span` in the section that names one, or of
    /// the section's title.
    fn mbl_above(&self, section: &Section, span: Span) -> Option<Mbl> {
        let mbl_in = |text: &str| MBL_LINE.captures(text).map(|c| mbl_of(&c));
        let first = self
            .doc
            .lines
            .iter()
            .position(|line| line.start >= section.span.start)?;
        (first..section.body.end)
            .rev()
            .filter(|&i| self.doc.lines[i].end <= span.start)
            .find_map(|i| mbl_in(self.doc.line_text(i)))
            .or_else(|| mbl_in(&section.title))
    }

    /// The point a negotiation's sentence at `span` closes: where its title begins (the nearest
    /// numbered or lettered point line above it in the section, "6.1 Ändrade öppettider",
    /// "Punkt 2  Sommarschema", or else the section's heading), its title without number, MBL
    /// words or registry number, and whether the title names the point a negotiation. `None`
    /// when the title names no matter ("§ 6 Samverkan enligt MBL § 11").
    fn negotiated_point(&self, section: &Section, span: Span) -> Option<(usize, String, bool)> {
        static POINT: LazyLock<Regex> = LazyLock::new(|| {
            lenient_regex(
                r"^\s*(?:(?:Punkt\s+)?\d{1,2}(?:\.\d{1,2})*\s*[).]?|[a-zåäö]\s*[).])\s+\p{Lu}",
            )
        });
        static NEGOTIATION_HEADING: LazyLock<Regex> = LazyLock::new(|| {
            lenient_regex(
                r"(?i)^(?:(?:samverkan|förhandling|mbl-förhandling)\s+(?:enligt|om)\s+)?(?:MBL\s*)?§?\s*11\s*(?:§\s*)?(?:MBL)?\s*[–:—-]\s*|^(?:samverkan|förhandling)\s*[–:—-]\s*",
            )
        });
        let doc = self.doc;
        let first = doc
            .lines
            .iter()
            .position(|line| line.start >= section.span.start)?;
        let line = (first..section.body.end)
            .rev()
            .filter(|&i| doc.lines[i].end <= span.start)
            .find(|&i| POINT.is_match(doc.line_text(i)));
        let (start, raw) = match line {
            Some(i) if doc.lines[i].start >= section.heading.end => {
                // A title wrapped over two lines ("… för IT- och\ndigitaliseringsavdelningen").
                let mut raw = doc.line_text(i).trim().to_string();
                let next = i + 1;
                if next < section.body.end
                    && !doc.is_blank(next)
                    && doc.lines[next].end <= span.start
                    && (raw.ends_with(['-', '–'])
                        || raw.split_whitespace().last().is_some_and(|w| {
                            ["och", "för", "av", "i", "om", "på", "till", "med", "vid"].contains(&w)
                        }))
                {
                    raw = format!("{raw} {}", doc.line_text(next).trim());
                }
                (doc.lines[i].start, raw)
            }
            _ => (section.span.start, section.title.clone()),
        };
        let mut title = collapse(&raw);
        if let Some(m) = POINT.find(&title) {
            // Keep the capital the match ends on.
            let end = m.end() - title[..m.end()].chars().last().map_or(0, char::len_utf8);
            title = title[end..].to_string();
        }
        let headed = NEGOTIATION_HEADING.find(&title).map(|m| m.end());
        if let Some(end) = headed {
            title = title[end..].to_string();
        }
        let title = MBL_PARENTHESIS.replace_all(&title, "");
        let title = REGISTRY
            .replace_all(&title, "")
            .replace("Dnr", "")
            .trim_matches(|c: char| c.is_whitespace() || matches!(c, ',' | '–' | '-' | ':' | '.'))
            .to_string();
        let title = collapse(&title);
        (!title.is_empty() && !bare_outcome(&title) && !PROCEDURAL_TITLE.is_match(&title))
            .then(|| (start, shorten(&title, 120), headed.is_some()))
    }

    /// The MBL paragraph of the nearest line above `span` in the section's body that names one
    /// for a list, not for the matter whose number stands on the line right above it.
    fn list_mbl_above(&self, section: &Section, span: Span) -> Option<Mbl> {
        let doc = self.doc;
        section
            .body
            .clone()
            .rev()
            .filter(|&i| doc.lines[i].end <= span.start)
            // "Ärendena anses informerade." closed the list: what follows is no part of it.
            .take_while(|&i| {
                let line = doc.line_text(i).to_lowercase();
                !(BLOCK_END.is_match(&line)
                    && (line.contains("ärendena") || line.contains("samtliga")))
            })
            .filter(|&i| {
                i == section.body.start
                    || doc.is_blank(i - 1)
                    || !REGISTRY.is_match(doc.line_text(i - 1))
            })
            .find_map(|i| {
                // A line that opens a list ("Följande ärenden informerades enligt MBL § 19:",
                // "Information enligt MBL § 19"), not a sentence about another negotiation.
                let line = doc.line_text(i).trim();
                let opens = i == section.body.start
                    || doc.is_blank(i - 1)
                    || doc.line_text(i - 1).trim_end().ends_with(['.', ':']);
                if !(line.ends_with(':') || (opens && LIST_OPENING.is_match(line))) {
                    return None;
                }
                MBL_LINE.captures(line).map(|c| mbl_of(&c))
            })
    }

    /// The text of the nearest point above `span` in the section that names a matter: a line
    /// lettered or numbered as a point of its own ("a) LAS-hantering – …", "2. Budget 2025").
    fn point_above(&self, section: &Section, span: Span) -> Option<String> {
        static POINT: LazyLock<Regex> = LazyLock::new(|| {
            Regex::new(r"^\s*(?:[a-zåäö]|\d{1,2})\s*[).]\s+(?P<t>(?:\p{Lu}|(?:19|20)\d\d-\d\d-\d\d\s).{3,})$")
        .expect("regex")
        });
        // From the heading on: a point on the line after the heading may be read as part of it.
        let first = self
            .doc
            .lines
            .iter()
            .position(|line| line.start >= section.span.start)?;
        (first..section.body.end)
            .rev()
            .filter(|&i| self.doc.lines[i].end <= span.start)
            .find_map(|i| {
                POINT
                    .captures(self.doc.line_text(i).trim_end())
                    .map(|c| c["t"].trim().to_string())
            })
    }
}

/// "§ 5 Ny bemanning i växeln (MBL § 11)", "5. MBL § 11 – Ny bemanning i växeln" with no
/// registry number in the point: one negotiation named by its heading, whose lines (its closing
/// sentence, a note, a page's foot) are no list of matters.
fn negotiation_in_parenthesis(doc: &Doc, section: &Section) -> bool {
    static MBL_11_FIRST: LazyLock<Regex> = LazyLock::new(|| {
        lenient_regex(r"^\W*(?:MBL\s*§\s*11|§\s*11\s*MBL|11\s*§\s*MBL)\s*[–:—-]\s*\p{Lu}")
    });
    let title = section.title.trim_end();
    let parenthesis = title.ends_with(')')
        && MBL_PARENTHESIS
            .find(title)
            .is_some_and(|m| m.as_str().contains("11") && !m.as_str().contains("19"));
    (parenthesis || MBL_11_FIRST.is_match(title)) && !REGISTRY.is_match(doc.slice(section.span))
}

/// How a negotiation's words in a text say it ended ("Parterna är överens", "oenighet").
pub(super) fn agreement(text: &str) -> Option<Outcome> {
    NEGOTIATION.find(text).map(|m| {
        let word = m.as_str().to_lowercase();
        if word.contains("oenig") || word.contains("oense") {
            Outcome::Disagreement
        } else {
            Outcome::Agreed
        }
    })
}

/// How a paragraph says a matter ended: informed, agreed (samverkat, enighet) or disagreement.
fn block_outcome(text: &str) -> Option<Outcome> {
    let found = BLOCK_END.find(text)?.as_str().to_lowercase();
    Some(if found.contains("oenighet") {
        Outcome::Disagreement
    } else if found.contains("informer") || found.contains("informat") {
        Outcome::Informed
    } else {
        Outcome::Agreed
    })
}

/// A list of board matters under an MBL heading.
struct Block {
    mbl: Mbl,
    /// Body lines of the block (after its heading, before its closing sentence).
    lines: std::ops::Range<usize>,
    span: Span,
    outcome: Outcome,
}

fn mbl_blocks(doc: &Doc, section: &Section) -> Vec<Block> {
    let mut blocks = Vec::new();
    let mut open: Option<(Mbl, usize, usize)> = None; // mbl, heading line, first body line
    // "Förhandling enligt MBL § 11" as the section's own title: its body is the list.
    if let Some(c) = MBL_LINE.captures(&section.title) {
        let number = ["a", "b", "c"]
            .iter()
            .find_map(|g| c.name(g))
            .map_or("", |m| m.as_str());
        let mbl = if number == "11" {
            Mbl::Negotiation11
        } else {
            Mbl::Information19
        };
        let first = section.body.start;
        open = Some((mbl, first, first));
    }
    let close =
        |open: (Mbl, usize, usize), end: usize, outcome: Outcome, blocks: &mut Vec<Block>| {
            let (mbl, heading, first) = open;
            let last = (heading..end.max(heading + 1))
                .rev()
                .find(|&i| !doc.is_blank(i))
                .unwrap_or(heading);
            blocks.push(Block {
                mbl,
                lines: first..end,
                span: doc.span_of_lines(heading, last),
                outcome,
            });
        };
    for i in section.body.clone() {
        if doc.is_blank(i) {
            continue;
        }
        let line = doc.line_text(i);
        if let Some(c) = MBL_LINE.captures(line) {
            let number = ["a", "b", "c"]
                .iter()
                .find_map(|g| c.name(g))
                .map_or("", |m| m.as_str());
            let mbl = if number == "11" {
                Mbl::Negotiation11
            } else {
                Mbl::Information19
            };
            // "b) Internkontrollplan, BUN 2026/298 (MBL § 19)": the line is the matter itself,
            // its title possibly on the point line above.
            let start = if REGISTRY.is_match(line) {
                match i.checked_sub(1) {
                    Some(above)
                        if !doc.is_blank(above)
                            && POINT_LINE.is_match(doc.line_text(above).trim())
                            && !REGISTRY.is_match(doc.line_text(above)) =>
                    {
                        above
                    }
                    _ => i,
                }
            } else {
                // "b) SN 2025/9 Omorganisation\nFörhandling enligt MBL § 11 …", "KFN 2026/31
                // Taxor 2027.\nInformation enligt MBL § 19.": the MBL line under a matter's
                // number is that matter's own.
                match i.checked_sub(1) {
                    Some(above)
                        if !doc.is_blank(above)
                            && REGISTRY.is_match(doc.line_text(above))
                            && !MBL_LINE.is_match(doc.line_text(above)) =>
                    {
                        above
                    }
                    _ => i + 1,
                }
            };
            if let Some(o) = open.take() {
                close(o, start.min(i), Outcome::Open, &mut blocks);
            }
            open = Some((mbl, start.min(i), start));
            // "Information enligt MBL § 19. Ärendet anses informerat." under its point: the
            // line that names the MBL paragraph also ends the point.
            if start >= i || !BLOCK_END.is_match(line) {
                continue;
            }
        }
        if let Some(o) = open
            && BLOCK_END.is_match(line)
        {
            let lower = line.to_lowercase();
            let outcome = if lower.contains("oenighet") {
                Outcome::Disagreement
            } else if lower.contains("informer") || lower.contains("informationen") {
                Outcome::Informed
            } else {
                Outcome::Agreed
            };
            open = None;
            close(o, i + 1, outcome, &mut blocks);
            continue;
        }
        // Someone speaking ends a list that has no closing sentence.
        if let Some(o) = open
            && SPEAKER.is_match(line.trim_start())
            && doc.is_blank(i.saturating_sub(1))
        {
            open = None;
            close(o, i, Outcome::Open, &mut blocks);
        }
    }
    if let Some(o) = open {
        close(o, section.body.end, Outcome::Open, &mut blocks);
    }
    blocks
}

/// Where a later line of `text` opens a listed point with its code and title ("4.3 KS 2025/88
/// Remissvar"), as the length of the text before that line, trailing space left out.
pub(super) fn next_point_line(text: &str) -> Option<usize> {
    let mut offset = 0;
    for (i, line) in text.split_inclusive('\n').enumerate() {
        if i > 0 && POINT_CODE_TITLE.is_match(line.trim_end()) {
            return Some(text[..offset].trim_end().len());
        }
        offset += line.len();
    }
    None
}

/// The matters of a block: registry numbers paired with their titles, whichever comes first.
/// The sentences of a paragraph, with the first line apart when it is a listed point's code and
/// title ("B 24:07 Lyftutrustning på Solgården", "4.1 Helgtjänstgöring (Kommunal)") over text
/// that begins a sentence of its own.
pub(super) fn point_title_apart(doc: &Doc, para: &Para) -> (Vec<Span>, bool) {
    let (first, last) = para.lines;
    let next = (first + 1..=last).find(|&i| !doc.is_blank(i));
    if let Some(next) = next
        && POINT_CODE_TITLE.is_match(doc.line_text(first))
        && doc
            .line_text(next)
            .trim_start()
            .chars()
            .next()
            .is_some_and(char::is_uppercase)
    {
        let title = doc.span_of_lines(first, first);
        let rest = doc.span_of_lines(next, last);
        let mut out = vec![title];
        out.extend(sentences(&doc.text, rest));
        return (out, true);
    }
    // "2.3 Städrutiner i köket Vision undrar om …": the title glued onto the point's sentence.
    static CODE: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(&format!(r"^\s*{POINT_CODE}[.)]?\s+")).expect("regex"));
    let line = doc.line_text(first);
    if let Some(code) = CODE.find(line)
        && let Some(end) = glued_title_end(&line[code.end()..])
    {
        let line_start = doc.lines[first].start;
        let cut = line_start + code.end() + end;
        let title = trim_span(&doc.text, Span::new(para.span.start, cut));
        let mut out = vec![title];
        out.extend(sentences(&doc.text, Span::new(cut, para.span.end)));
        return (out, true);
    }
    (sentences(&doc.text, para.span), false)
}

/// Paragraphs cut where a point of a list begins inside them: a bulleted line ("- Kommunal,
/// …"), a lettered or numbered point after a sentence's end ("… i enighet.\nb) Budget"), and a
/// capital after a quotation that ends a sentence ("… förstärks.\"\nSamverkan …").
pub(super) fn split_at_points(doc: &Doc, paras: Vec<Para>) -> Vec<Para> {
    static SUB_POINT_LINE: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"^\d{1,2}(?:\.\d{1,2})+\.?\s+\p{Lu}\p{Ll}[^.!?]{3,}").expect("regex")
    });
    static BULLET: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"^\s*[-–•*]\s+\S").expect("regex"));
    // A numbered row of a table written with pipes ("12 | Kommunal: … | Ansvarig | Status").
    static TABLE_ROW: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"^\s*\|?\s*\d{1,3}\s*\|\s*\S").expect("regex"));
    let mut out = Vec::new();
    for para in paras {
        let mut first = para.lines.0;
        let mut previous: Option<usize> = None;
        for i in para.lines.0..=para.lines.1 {
            if doc.is_blank(i) {
                continue;
            }
            let line = doc.line_text(i);
            if let Some(prev) = previous {
                let before = doc.line_text(prev).trim_end();
                let ends = before.ends_with(['.', '?', '!', ':']);
                let quoted_end = ['.', '?', '!'].iter().any(|c| {
                    before.ends_with(&format!("{c}\"")) || before.ends_with(&format!("{c}”"))
                });
                let cut = BULLET.is_match(line)
                    || TABLE_ROW.is_match(line)
                    || ends && POINT_LINE.is_match(line.trim())
                    // "Ersättning för kurser (§ 12/2025, Seko) – besvarad.": a listed point's row.
                    || ends && LISTED_ROW.is_match(line.trim())
                    // "2.1 Belysning vid förrådet (SO Seko)": a sub-point's code and title; a
                    // board matter's line with its number is the board matters' to cut.
                    || ends
                        && SUB_POINT_LINE.is_match(line.trim())
                        && !REGISTRY.is_match(line)
                        && !MBL_LINE.is_match(line)
                    // "… förvaltning.\nRS 2025/17 Ny arbetstidsmodell": a matter's number
                    // opening a line after a sentence's end starts the next matter.
                    || ends && REGISTRY.find(line.trim_start()).is_some_and(|m| m.start() == 0)
                    || quoted_end
                        && line
                            .trim_start()
                            .chars()
                            .next()
                            .is_some_and(char::is_uppercase);
                if cut {
                    out.push(Para {
                        span: doc.span_of_lines(first, prev),
                        lines: (first, prev),
                    });
                    first = i;
                }
            }
            previous = Some(i);
        }
        let last = previous.unwrap_or(para.lines.1);
        if first == para.lines.0 {
            out.push(para);
        } else {
            out.push(Para {
                span: doc.span_of_lines(first, last),
                lines: (first, last),
            });
        }
    }
    // A line indented under a numbered point continues that point ("4. Seko – Skåp.\n   Klart
    // i mars."), though a sentence ended on the line above.
    let indent = |i: usize| {
        let line = doc.line_text(i);
        line.len() - line.trim_start().len()
    };
    let mut joined: Vec<Para> = Vec::new();
    for para in out {
        if let Some(prev) = joined.last_mut()
            && prev.lines.1 + 1 == para.lines.0
            && (POINT_MARK.is_match(doc.line_text(prev.lines.0))
                || BULLET.is_match(doc.line_text(prev.lines.0)))
            && indent(para.lines.0) >= 2
            && indent(para.lines.0) > indent(prev.lines.0)
        {
            prev.span = prev.span.join(para.span);
            prev.lines.1 = para.lines.1;
            continue;
        }
        joined.push(para);
    }
    joined
}

/// A listed point's code or number with parts ("B 24:03", "4.1", "12/2024"):
/// one pattern for every rule that finds, strips or splits off a point's code.
pub(super) const POINT_CODE: &str = r"(?:\p{Lu}{1,3}\s?)?\d{1,4}(?:[:./-]\d{1,4})+";

/// A line that is a listed point's code and title, with no sentence after it ("4.3 KS 2025/88
/// Remissvar", "B 24:07 Lyftutrustning på Solgården").
static POINT_CODE_TITLE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(&format!(r"^\s*{POINT_CODE}\s+\p{{Lu}}[^.!?]*$")).expect("regex"));

/// A listed point's label before its text ("Punkt 2026-03: ", "Nr 4. ", "B 2025:14 – ").
pub(super) static POINT_LABEL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"^\s*(?:(?:Punkt|Nr|Ärende)\s+(?:{POINT_CODE}|\d{{1,3}})|{POINT_CODE})\s*(?:[:.]|\s[–-])\s+"
    ))
    .expect("regex")
});

/// The mark of a lettered or numbered point ("b) ", "2. ").
pub(super) static POINT_MARK: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\s*(?:(?:[a-zåäö]|\d{1,2})\s*[).]|\d{1,2}(?:\.\d{1,2})+\.?)\s+").expect("regex")
});

/// A lettered or numbered point's title line ("a) Revidering av riktlinjer", "2. Budget").
pub(super) static POINT_LINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^\s*(?:[a-zåäö]|\d{1,2})\s*[).]\s+(?P<t>(?:\p{Lu}|(?:19|20)\d\d-\d\d-\d\d\s).{3,})$",
    )
    .expect("regex")
});

fn block_matters(doc: &Doc, block: &Block) -> Vec<(Span, String, Option<String>)> {
    #[derive(Clone, Copy, PartialEq)]
    enum Cell {
        Number,
        Row,
        Text,
    }
    let mut cells: Vec<(usize, Cell)> = Vec::new();
    for i in block.lines.clone() {
        if doc.is_blank(i) {
            continue;
        }
        let line = doc.line_text(i).trim();
        if line
            .trim_matches(|c: char| "-–—•*.".contains(c) || c.is_whitespace())
            .is_empty()
            || BLOCK_END.find(line).is_some_and(|m| {
                // Kept only as a title of its own closed by its sentence ("Plan 2027.
                // Informationen anses lämnad."), not as the end of a number's or a discussion's.
                let before = line[..m.start()].trim_end();
                !before.ends_with('.')
                    || !before.starts_with(char::is_uppercase)
                    || before.trim_end_matches('.').contains(". ")
                    || REGISTRY.is_match(before)
                    || SPEAKER.is_match(before)
                    || NEGOTIATION.is_match(before)
            })
        {
            continue;
        }
        let cell = match REGISTRY.find(line) {
            Some(m) => {
                let rest = format!("{} {}", &line[..m.start()], &line[m.end()..]);
                // "RSB 2026/61 Delårsrapport, information.", "– Hyrespolicy   Dnr 2026/32": a
                // one-word title beside the number.
                let titled = MBL_PARENTHESIS
                    .replace_all(&rest, "")
                    .split_whitespace()
                    .any(|w| {
                        w != "Dnr"
                            && w.chars().next().is_some_and(char::is_uppercase)
                            && w.chars().filter(|c| c.is_alphabetic()).count() >= 4
                    });
                if rest.split_whitespace().count() >= 3 || titled {
                    Cell::Row
                } else {
                    Cell::Number
                }
            }
            None => Cell::Text,
        };
        cells.push((i, cell));
    }
    let threshold = doc.paragraph_break();
    let gap = |a: usize, b: usize| (a + 1..b).filter(|&i| doc.is_blank(i)).count();
    let numbers: Vec<usize> = cells
        .iter()
        .enumerate()
        .filter(|(_, (_, c))| *c == Cell::Number)
        .map(|(k, _)| k)
        .collect();
    let mut out = Vec::new();
    for (k, &(line, cell)) in cells.iter().enumerate() {
        if cell == Cell::Row {
            let text = doc.line_text(line);
            let registry = registry_in(text);
            // "b) Revidering av X,\nKS 2025/3. Information enligt MBL § 19.": the point line
            // right above names the matter.
            let point = k
                .checked_sub(1)
                .map(|p| cells[p])
                .filter(|&(above, c)| c == Cell::Text && above + 1 == line)
                .and_then(|(above, _)| {
                    POINT_LINE
                        .captures(doc.line_text(above).trim())
                        .map(|c| (above, collapse(&c["t"])))
                });
            if let Some((above, title)) = point {
                out.push((
                    doc.span_of_lines(above, line),
                    shorten(title.trim_end_matches([',', ' ']), 140),
                    registry,
                ));
                continue;
            }
            let title = collapse(&REGISTRY.replace(text, ""));
            let title = MBL_PARENTHESIS.replace(&title, "");
            let title = POINT_MARK.replace(&title, "");
            // Without how it ended ("… – parterna är överens", "…, information.").
            let title = INFORMATION_ONLY.replace(&title, "");
            let title = match NEGOTIATION.find(&title) {
                Some(m) if title[..m.start()].trim_end().ends_with(['–', '-', ',']) => {
                    title[..m.start()].to_string()
                }
                _ => title.to_string(),
            };
            out.push((
                doc.span_of_lines(line, line),
                shorten(
                    title.trim_matches(|c: char| c == ',' || c == '-' || c.is_whitespace()),
                    140,
                ),
                registry,
            ));
        }
    }
    if numbers.is_empty() {
        // No registry numbers: each paragraph of text is a matter.
        if cells.iter().all(|(_, c)| *c == Cell::Text) && !cells.is_empty() {
            for para in doc.paragraphs(block.lines.clone()) {
                let mut text = collapse(doc.slice(para.span));
                // "Budget 2027, Dnr 12. Informationen anses lämnad.": a matter ended by its own
                // closing sentence keeps its name; a closing sentence alone is no matter.
                let closing = BLOCK_END.find(&text).map(|m| m.start());
                if let Some(start) = closing {
                    text = text[..start].trim_end().to_string();
                    // Someone's words before the closing sentence are the discussion.
                    if !text.ends_with('.')
                        || text.trim_end_matches('.').contains(". ")
                        || SPEAKER.is_match(&text)
                    {
                        continue;
                    }
                    text = text.trim_end_matches('.').to_string();
                }
                if text.split_whitespace().count() <= 30
                    && !spoken(&text)
                    && !text
                        .trim_matches(|c: char| "-–—•*.".contains(c) || c.is_whitespace())
                        .is_empty()
                {
                    out.push((para.span, shorten(&text, 140), None));
                }
            }
        }
        return out;
    }
    // Number first (its title follows) when text follows the last number; else title first.
    let last_number = *numbers.last().unwrap_or(&0);
    let number_first = cells[last_number + 1..]
        .iter()
        .any(|(_, c)| *c == Cell::Text);
    for (n, &k) in numbers.iter().enumerate() {
        let (line, _) = cells[k];
        let registry = registry_in(doc.line_text(line));
        let mut title_lines: Vec<usize> = Vec::new();
        // "- Avsiktsförklaring om ny vårdbyggnad,\n  RS 2026-00071": a title broken before its
        // number on the line below, whatever the others do.
        if let Some(p) = k.checked_sub(1).filter(|&p| {
            cells[p].1 == Cell::Text
                && gap(cells[p].0, line) == 0
                && doc.line_text(cells[p].0).trim_end().ends_with(',')
        }) {
            let above = cells[p].0;
            let title = POINT_MARK.replace(doc.line_text(above).trim(), "");
            let title = title.trim_start_matches(['-', '–', '•', '*', ' ']);
            out.push((
                doc.span_of_lines(above, line),
                shorten(collapse(title).trim_end_matches([',', ' ']), 140),
                registry,
            ));
            continue;
        }
        // "a) Title" on the line above its number: the point's own title, whatever the others do.
        if let Some(c) = k
            .checked_sub(1)
            .filter(|&p| cells[p].1 == Cell::Text && gap(cells[p].0, line) == 0)
            .and_then(|p| POINT_LINE.captures(doc.line_text(cells[p].0).trim()))
        {
            let point = cells[k - 1].0;
            let stop = numbers.get(n + 1).copied().unwrap_or(cells.len());
            // The text below runs to the next point's title line.
            let end_line = cells[k + 1..stop]
                .iter()
                .take_while(|(l, _)| !POINT_LINE.is_match(doc.line_text(*l).trim()))
                .map(|(l, _)| *l)
                .last()
                .unwrap_or(line);
            let title = collapse(&c["t"]);
            out.push((
                doc.span_of_lines(point, end_line),
                shorten(title.trim_end_matches([',', ' ']), 140),
                registry,
            ));
            continue;
        }
        if number_first {
            let stop = numbers.get(n + 1).copied().unwrap_or(cells.len());
            let mut prev = line;
            for &(l, c) in &cells[k + 1..stop] {
                if c != Cell::Text {
                    break;
                }
                if !title_lines.is_empty() && gap(prev, l) >= threshold {
                    break;
                }
                title_lines.push(l);
                prev = l;
            }
            let end_line = cells[k + 1..stop]
                .iter()
                .rfind(|(_, c)| *c == Cell::Text)
                .map_or(line, |(l, _)| *l);
            let title = title_lines
                .iter()
                .map(|&l| doc.line_text(l).trim())
                .collect::<Vec<_>>()
                .join(" ");
            out.push((
                doc.span_of_lines(line, end_line),
                shorten(&collapse(&title), 140),
                registry,
            ));
        } else {
            let start = if n == 0 { 0 } else { numbers[n - 1] + 1 };
            let mut next = line;
            for &(l, c) in cells[start..k].iter().rev() {
                if c != Cell::Text {
                    break;
                }
                if !title_lines.is_empty() && gap(l, next) >= threshold {
                    break;
                }
                title_lines.insert(0, l);
                next = l;
            }
            let first = title_lines.first().copied().unwrap_or(line);
            let title = title_lines
                .iter()
                .map(|&l| doc.line_text(l).trim())
                .collect::<Vec<_>>()
                .join(" ");
            out.push((
                doc.span_of_lines(first, line),
                shorten(&collapse(&title), 140),
                registry,
            ));
        }
    }
    out.sort_by_key(|(span, _, _)| span.start);
    out
}

/// A matter read from a table: its span, title, registry number and MBL paragraph.
type TableMatter = (Span, String, String, Option<Mbl>);

/// The matters of a table flattened column by column into one paragraph: a header line
/// ("Dnr", "Ärende", "MBL") over as many values as the other columns have. Each matter runs from
/// its number to its title; its MBL paragraph where a column gives it.
fn flattened_matters(doc: &Doc, para: &Para) -> Option<Vec<TableMatter>> {
    static HEADER: LazyLock<Regex> = LazyLock::new(|| {
        lenient_regex(
            r"(?i)^\s*(?P<h>dnr|diarienummer|diarienr|ärende|ärendemening|rubrik|titel|mbl|beslut|status|kommentar)\s*:?\s*$",
        )
    });
    static MBL_VALUE: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"^\s*(?:MBL\s*)?(?:§\s*)?(?P<n>11|19)\s*(?:§\s*)?(?:MBL)?\s*$").expect("regex")
    });
    let lines: Vec<usize> = (para.lines.0..=para.lines.1)
        .filter(|&i| !doc.is_blank(i))
        .collect();
    let mut columns: Vec<(String, Vec<usize>)> = Vec::new();
    for &i in &lines {
        match HEADER.captures(doc.line_text(i)) {
            Some(c) => columns.push((c["h"].to_lowercase(), Vec::new())),
            None => columns.last_mut()?.1.push(i),
        }
    }
    let count = columns.first()?.1.len();
    if columns.len() < 2 || count == 0 || columns.iter().any(|(_, v)| v.len() != count) {
        return None;
    }
    let column = |names: &[&str]| {
        columns
            .iter()
            .find(|(h, _)| names.iter().any(|n| crate::text::fold_letters(h) == *n))
            .map(|(_, v)| v.clone())
    };
    let numbers = column(&["dnr", "diarienummer", "diarienr"])?;
    let titles = column(&["arende", "arendemening", "rubrik", "titel"])?;
    let mbls = column(&["mbl"]);
    let mut out = Vec::new();
    for n in 0..count {
        let registry = registry_in(doc.line_text(numbers[n]))?;
        let mbl = mbls.as_ref().and_then(|m| {
            MBL_VALUE.captures(doc.line_text(m[n])).map(|c| {
                if &c["n"] == "11" {
                    Mbl::Negotiation11
                } else {
                    Mbl::Information19
                }
            })
        });
        let (from, to) = (numbers[n].min(titles[n]), numbers[n].max(titles[n]));
        out.push((
            trim_span(&doc.text, doc.span_of_lines(from, to)),
            collapse(doc.line_text(titles[n])),
            registry,
            mbl,
        ));
    }
    Some(out)
}

#[cfg(test)]
mod tests;
