//! The reader's driver: a section's items in order, a negotiation protocol's head matter and the unions a span names.

use super::*;

impl Reader<'_> {
    /// A negotiation protocol's own matter, named in its head: "Ärende: …" with a registry
    /// number ("Diarienummer: KS 2026/77") and the MBL paragraph of the negotiation.
    pub(super) fn head_matter(&mut self) {
        static MATTER_LABEL: LazyLock<Regex> = LazyLock::new(|| {
            // "Ärende: …", or a two-column head's "Ärende      …".
            lenient_regex(
                r"(?i)^\s*(?:ärende|förhandlingsärende|fråga)(?:\s*:|\s{2,})\s*(?P<t>\S.*)$",
            )
        });
        let doc = self.doc;
        let head = doc.header.clone();
        let Some(label) = head
            .clone()
            .find(|&i| MATTER_LABEL.is_match(doc.line_text(i)))
        else {
            return;
        };
        let Some(number) = head
            .clone()
            .find(|&i| REGISTRY.is_match(doc.line_text(i)) && !doc.lines[i].noise)
        else {
            return;
        };
        let mut title = MATTER_LABEL
            .captures(doc.line_text(label))
            .map_or(String::new(), |c| c["t"].trim().to_string());
        // The title runs on over the lines under it until a blank line or another label.
        let mut last = label;
        for i in label + 1..head.end {
            let line = doc.line_text(i).trim();
            if doc.is_blank(i) || line.contains(':') {
                break;
            }
            title.push(' ');
            title.push_str(line);
            last = i;
        }
        let mbl = head
            .clone()
            .find_map(|i| MBL_LINE.captures(doc.line_text(i)).map(|c| mbl_of(&c)));
        let span = doc.span_of_lines(label.min(number), last.max(number));
        let mut item = self.item_at(span, ItemKind::BoardMatter);
        item.title = shorten(&collapse(&title), 140);
        item.registry_number = registry_in(doc.line_text(number));
        item.mbl = mbl;
        item.outcome = Outcome::Open;
        item.confidence = 0.7;
        self.next_id += 1;
        item.id = format!("t{}", self.next_id);
        item.section = None;
        self.items.push(item);
    }

    pub(super) fn push(&mut self, mut item: ItemDraft, section: &Section) -> String {
        self.next_id += 1;
        item.id = format!("t{}", self.next_id);
        item.section = section.number.clone();
        item.section_title = collapse(&section.title);
        match section.kind {
            SectionKind::PreRegistered if item.kind == ItemKind::Question => {
                item.pre_registered = true
            }
            SectionKind::CarriedOver if item.kind == ItemKind::Question => item.carried_over = true,
            SectionKind::BalanceList if item.kind != ItemKind::BalanceListReview => {
                item.on_balance_list = true;
                if item.kind == ItemKind::Question {
                    item.carried_over = true;
                }
            }
            _ => {}
        }
        let id = item.id.clone();
        self.items.push(item);
        id
    }

    pub(super) fn item_at(&self, span: Span, kind: ItemKind) -> ItemDraft {
        let span = trim_span(&self.doc.text, span);
        ItemDraft::new(kind, span, self.doc.slice(span))
    }

    pub(super) fn section(&mut self, section: &Section) {
        let doc = self.doc;
        let first_item = self.items.len();
        self.union_paragraphs.borrow_mut().clear();
        let body_lines = section.body.clone();
        let body = if body_lines.is_empty() {
            Span::new(section.span.end, section.span.end)
        } else {
            doc.span_of_lines(body_lines.start, body_lines.end - 1)
        };
        let body_text = doc.slice(body);
        let questionish = section.kind.is_questions() || NONE_TOPIC.is_match(&section.title);
        let empty = body_text
            .trim_matches(|c: char| c.is_whitespace() || "-–—.:•*".contains(c))
            .is_empty();
        if section.kind == SectionKind::BalanceList {
            let mut item = self.item_at(section.span, ItemKind::BalanceListReview);
            item.title = format!("Balanslistan ({})", collapse(&section.title));
            item.outcome = Outcome::None;
            item.confidence = 0.8;
            self.push(item, section);
        }
        if empty {
            if questionish && section.kind != SectionKind::BalanceList {
                let mut item = self.item_at(section.span, ItemKind::NoneRegistered);
                item.title = collapse(&section.title);
                item.outcome = Outcome::None;
                item.confidence = 0.9;
                self.push(item, section);
            }
            return;
        }
        let paras = split_at_points(doc, doc.paragraphs(body_lines.clone()));
        let mut sents: Vec<Sent> = Vec::new();
        for (k, para) in paras.iter().enumerate() {
            let (spans, titled) = point_title_apart(doc, para);
            for (n, span) in spans.into_iter().enumerate() {
                sents.push(Sent {
                    span,
                    para: k,
                    excluded: false,
                    in_matter: false,
                    point_title: titled && n == 0,
                });
            }
        }
        let mut excluded: Vec<Span> = Vec::new();
        // Headings that say nothing happened.
        for para in &paras {
            let text = collapse(doc.slice(para.span));
            let words = text.split_whitespace().count();
            // A party's label before it names no matter of its own, so the words must say
            // what there was none of.
            let party_none = PARTY_NONE.is_match(&text) && NONE_TOPIC.is_match(&text);
            if (NONE_SENTENCE.is_match(&text) || party_none)
                && words <= 10
                && (questionish || NONE_TOPIC.is_match(&text))
            {
                // "§ 6 Övriga frågor\nInga." before the signatures: the heading and its answer.
                let first = paras.first().is_some_and(|p| p.span == para.span);
                let span = if paras.len() == 1 {
                    section.span
                } else if first && questionish {
                    section.heading.join(para.span)
                } else {
                    para.span
                };
                let mut item = self.item_at(span, ItemKind::NoneRegistered);
                item.title = text;
                item.outcome = Outcome::None;
                item.confidence = 0.85;
                self.push(item, section);
                excluded.push(para.span);
            }
        }
        let before_matters = excluded.len();
        let matters = self.board_matters(section, &paras, &mut excluded);
        let matter_spans: Vec<Span> = excluded[before_matters..].to_vec();
        let mut other: Vec<Span> = excluded[..before_matters].to_vec();
        self.statements(section, &paras, &matters, &mut excluded);
        self.headed_statements(section, &paras, &matters, &mut excluded);
        self.actions(section, &paras, &mut excluded);
        other.extend(
            excluded[before_matters + matter_spans.len()..]
                .iter()
                .copied(),
        );
        for sent in &mut sents {
            sent.excluded = excluded.iter().any(|x| x.contains(sent.span));
            sent.in_matter = matter_spans.iter().any(|x| x.contains(sent.span))
                && !other.iter().any(|x| x.contains(sent.span));
        }
        self.registered_points(section, &mut sents);
        self.samverkan_point.set(sents.iter().any(|s| {
            let text = doc.slice(s.span);
            NEGOTIATION.is_match(text) && bare_outcome(text)
        }));
        // A list laid out as a table is read row by row; its cells are no sentences to ask.
        let tables = if matches!(
            section.kind,
            SectionKind::CarriedOver | SectionKind::BalanceList
        ) {
            self.list_tables(section)
        } else {
            Vec::new()
        };
        let asked: Vec<Sent> = sents
            .iter()
            .map(|s| Sent {
                excluded: s.excluded || tables.iter().any(|t| t.contains(s.span)),
                ..*s
            })
            .collect();
        let units = self.questions(section, &asked);
        self.commitments(section, &sents, &units);
        if section.kind == SectionKind::BalanceList {
            self.remaining_actions(section);
        }
        self.negotiations(section, &sents, &units);
        self.owed_to_askers(section, first_item);
    }

    /// A promise of the employer owed to no union by name, made after a union's question in
    /// the same section ("Kommunal frågar … Åtgärd: … Ansvarig: …", "… tar med sig frågan"), is
    /// owed to the union that asked.
    fn owed_to_askers(&mut self, section: &Section, first_item: usize) {
        // The unions that asked, or that promised something the employer answers with its own
        // promise ("Kommunal återkommer med en begäran. Arbetsgivaren avvaktar med beslut").
        let asked: Vec<(usize, Party)> = self.items[first_item..]
            .iter()
            .filter_map(|item| match (item.kind, &item.raised_by, &item.by) {
                // A question of all unions after one union's: the promise is owed to all.
                (ItemKind::Question, Some(party @ (Party::Union(_) | Party::AllUnions)), _) => {
                    Some((item.source_span.start, party.clone()))
                }
                (ItemKind::Commitment, _, Some(party @ Party::Union(_)))
                    if !item.title.ends_with(JOINT) =>
                {
                    Some((item.source_span.start, party.clone()))
                }
                _ => None,
            })
            .collect();
        for k in first_item..self.items.len() {
            let item = &self.items[k];
            // "… till alla fack": owed to all unions by name.
            if item.kind != ItemKind::Commitment
                || item.title.ends_with(JOINT)
                || item.by != Some(Party::Employer)
                || item.to != Some(Party::AllUnions)
                || mentions(&item.source_text)
                    .iter()
                    .any(|m| m.party == Party::AllUnions)
            {
                continue;
            }
            // The one union its point names, by name or by a member who spoke ("2. Lokalerna
            // (Vision) … Anna återkommer", "Per tog upp att … AG tar med sig frågan").
            // From the last question before it in the point, if any ("Facket vill veta …
            // Kommunal menar …").
            let last_asked = asked
                .iter()
                .filter(|(at, _)| *at < item.source_span.start)
                .max_by_key(|(at, _)| *at);
            let start = self
                .point_start(section, item.source_span.start)
                .max(last_asked.map_or(0, |(at, _)| *at));
            let named = self.unions_named(Span::new(start, item.source_span.end));
            let to = if let [only] = named.as_slice() {
                Some(only.clone())
            } else {
                last_asked.map(|(_, party)| party.clone())
            }
            // Only one union attended: "facket" is that union.
            .filter(|party| *party != Party::AllUnions)
            .or_else(|| self.sole_union.clone());
            if let Some(to) = to {
                self.items[k].to = Some(to);
            }
        }
    }

    /// Where the point holding `at` begins: its numbered, lettered, coded or bulleted line
    /// above it in the section ("3.2 Handledning", "b) …", "B 2025:19 …", "- Reflexvästar"),
    /// else the paragraph holding it.
    fn point_start(&self, section: &Section, at: usize) -> usize {
        static POINT_START: LazyLock<Regex> = LazyLock::new(|| {
            Regex::new(&format!(
                r"^\s*(?:[-–•*]\s+|(?:(?:Punkt|Nr|Ärende)\s+)?(?:{POINT_CODE}|\d{{1,2}}(?:\.\d{{1,2}})*|[a-zåäö]|\p{{Lu}}{{1,2}}\s?\d{{1,3}})\s*[).:]?\s+)[\p{{Lu}}(]"
            ))
            .expect("regex")
        });
        let doc = self.doc;
        let lines = section.body.clone();
        let Some(here) = lines.clone().rev().find(|&i| doc.lines[i].start <= at) else {
            return at;
        };
        let mut paragraph = None;
        for i in (lines.start..=here).rev() {
            if doc.is_blank(i) {
                paragraph.get_or_insert(doc.lines[i].end);
                continue;
            }
            if POINT_START.is_match(doc.line_text(i)) {
                return doc.lines[i].start;
            }
        }
        paragraph
            .unwrap_or_else(|| doc.lines[lines.start].start)
            .min(at)
    }

    /// The unions named in a span of the text, each once in order: by name, or by a person
    /// of the meeting who opens a sentence there.
    fn unions_named(&self, span: Span) -> Vec<Party> {
        // "Akademiker-\nförbundet SSR": a name hyphenated across lines.
        static HYPHENATED: LazyLock<Regex> =
            LazyLock::new(|| Regex::new(r"(\p{Ll})-\s*\n\s*(\p{Ll})").expect("regex"));
        let text = HYPHENATED.replace_all(self.doc.slice(span), "$1$2");
        let mut named: Vec<Party> = Vec::new();
        let mut add = |party: Party| {
            if matches!(party, Party::Union(_)) && !named.contains(&party) {
                named.push(party);
            }
        };
        for m in mentions(&text) {
            add(m.party);
        }
        for sentence in text.split_inclusive(['.', '?', '!', ':', '\n']) {
            if let Some((_, party)) = self.sentence_person(sentence.trim_start()) {
                add(party);
            }
        }
        named
    }
}

#[cfg(test)]
mod tests;
