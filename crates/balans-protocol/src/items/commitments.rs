//! Commitments and their due: promises, actions, undertakings and due labels.

use super::*;

/// The stems of the verbs of asking (`Q_VERB`, `Q_INVERTED`).
pub(super) const ASKING: &[&str] = &[
    "fråg", "undr", "önsk", "lyft", "lyfte", "efterl", "påtal", "begär", "upp", "ställ", "vill",
];

/// Verbs after "kommer att" that predict rather than promise, and the particles of "kommer
/// tillbaka", "kommer överens" (no promise either).
const PREDICTIONS: &[&str] = &[
    "tillbaka",
    "överens",
    "hit",
    "dit",
    "in",
    "ut",
    "fram",
    "ihåg",
    "igång",
    "bort",
    "bli",
    "vara",
    "finnas",
    "innebära",
    "medföra",
    "påverka",
    "behöva",
    "kunna",
    "ha",
    "få",
    "leda",
    "gälla",
    "ske",
    "kosta",
    "ta",
    "märkas",
    "öka",
    "minska",
    "råda",
];

/// Whether the verb after "kommer att" promises: not a prediction ("kommer att ta tid") nor a
/// watching ("kommer att följa utvecklingen"), save
/// "ta" as a doing with its particle ("kommer att ta upp frågan", "ta fram", "ta reda på") that
/// is due at the forum's next meeting (not at a union's own "medlemsmöte").
fn will_promise(text: &str, will: &regex::Captures, meeting: Option<Date>) -> bool {
    let Some(verb) = will.name("v") else {
        return false;
    };
    if verb.as_str() == "ta" {
        let next = text[verb.end()..].split_whitespace().next().unwrap_or("");
        return matches!(next, "upp" | "fram" | "reda" | "med")
            && due_label(text).is_some_and(|l| due_of(Some(l), meeting).next_meeting);
    }
    // "kommer att följa utvecklingen" watches; "kommer att följa upp frågan" promises.
    if verb.as_str() == "följa" {
        return text[verb.end()..].split_whitespace().next() == Some("upp");
    }
    !PREDICTIONS.contains(&verb.as_str())
}

/// The due phrase of a promise, as written ("under vintern", "nästa förvaltningsgrupp", "inom kort").
pub fn due_label(sentence: &str) -> Option<String> {
    static PATTERNS: LazyLock<Vec<Regex>> = LazyLock::new(|| {
        let months = MONTHS.join("|");
        [
            // The next meeting with its date ("nästa CSG den 14 maj"), an event with its date
            // or month ("före tillträdet den 1 augusti", "efter fastighetsägarens besiktning
            // i april").
            format!(r"(?i)\b(?:nästa|nästkommande)\s+(?:ordinarie\s+)?\p{{L}}+(?:-\p{{L}}+)?\s+den\s+\d{{1,2}}(?::[ae])?\s+(?:{months})(?:\s+\d{{4}})?\b|\b(?:före|innan|efter|inför)\s+(?:\p{{Ll}}+s\s+)?\p{{Ll}}{{4,}}\s+(?:den\s+\d{{1,2}}(?::[ae])?\s+(?:{months})|i\s+(?:{months}))(?:\s+\d{{4}})?\b"),
            format!(r"(?i)\b(?:(?:senast|före|innan)\s+)?(?:(?:mån|tis|ons|tors|fre|lör|sön)dag(?:en)?\s+)?(?:den\s+)?\d{{1,2}}(?::[ae])?\s+(?:{months})(?:\s+\d{{4}})?\b"),
            // "senast 28/2": day and month with a slash.
            r"(?i)\b(?:(?:senast|före|innan|till)\s+)?(?:den\s+)?(?:[12]\d|3[01]|0?[1-9])/(?:1[0-2]|0?[1-9])\b(?:\s+\d{4})?".to_string(),
            r"(?i)\b(?:senast\s+)?\d{4}-\d{2}-\d{2}\b".to_string(),
            r"(?i)\b(?:till\s+|före\s+|senast\s+|under\s+)?(?:vecka|v\.)\s*\d{1,2}(?:\s*[–-]\s*\d{1,2})?(?:\s+\d{4})?\b".to_string(),
            r"(?i)\b(?:(?:före|efter|under|till|inom|senast|innan)\s+)?(?:kvartal|Q)\s*[1-4](?:\s+(?:i\s+år|\d{4}))?\b|\b(?:(?:före|efter|under|till|inom|senast|innan)\s+)?(?:första|andra|tredje|fjärde|sista)\s+kvartalet(?:\s+(?:i\s+år|\d{4}))?".to_string(),
            // "nästa LSG i november", "nästa möte i FSG": the meeting's month or body belongs to it.
            // So does its adjective ("nästa planerade möte", "nästa samlade förhandling").
            format!(r"(?i)\b(?:nästa|nästkommande)\s+(?:ordinarie\s+)?(?:\p{{Ll}}+(?:ade|iga|mma)\s+)?\p{{L}}+(?:-\p{{L}}+)?(?:\s+i\s+(?:(?:{months})(?:\s+\d{{4}})?|(?-i:\p{{Lu}}{{2,6}}))\b)?"),

            r"(?i)\b(?:de\s+)?(?:kommande|närmaste)\s+\p{L}+".to_string(),
            r"(?i)\b(?:under|i|till|före|innan|inför|efter)\s+(?:vintern|vinter|våren|vår|sommaren|sommar|hösten|höst|semestern|julen|jul|julhelgen|årsskiftet|nyår|påsk|påsken|påskhelgen|midsommar)(?:\s+\d{4})?\b".to_string(),
            r"(?i)\binom\s+(?:kort(?:\s+tid)?|en\s+snar\s+framtid|\S+\s+(?:dagar|dag|veckor|vecka|månader|månad|år))\b|\bom\s+(?:en|ett|två|tre|fyra|fem|sex|\d+)\s+(?:dagar|veckor|månader|år)\b|\bsnarast(?:\s+möjligt)?\b|\bså\s+snart\s+som\s+möjligt\b|\bden\s+närmaste\s+tiden\b".to_string(),
            // "på oktobermötet", "till decembersammanträdet": the meeting named by its month.
            format!(r"(?i)\b(?:(?:på|till|vid|inför|före)\s+)?(?:{months})(?:mötet|sammanträdet)\b"),
            // "på förvaltningsgruppen i december": a meeting of the month.
            format!(r"(?i)\b\p{{L}}+(?:gruppen|mötet|rådet|kommittén|träffen)\s+i\s+(?:{months})(?:\s+\d{{4}})?\b"),
            format!(r"(?i)\b(?:(?:under|till|efter|före|innan|i)\s+)?(?:{months})(?:\s+\d{{4}})?\b"),
            r"(?i)\b(?:(?:under|till|före|innan|inom)\s+(?:året|20\d\d)|i\s+år|vid\s+årsskiftet|efter\s+årsskiftet|till\s+årsskiftet|nästa\s+år)\b".to_string(),
            // Until something has happened: "tills den centrala förhandlingen är avslutad".
            r"(?i)\btills\s+(?:\p{L}+\s+){1,5}?(?:är|har)\s+\p{L}+".to_string(),
            // A when that waits for something: "när leveransdatum finns", "efter det mötet".
            r"(?i)\bnär\s+(?:den|det)\s+är\s+(?:klar|klart|färdig|färdigt)\b|\bnär\s+(?:[a-zåäö]\p{L}{3,}\s+){1,3}?(?:finns|är\s+(?:klar|klart|klara|fattat|fattad|tagen|taget)|har\s+\p{L}+ts?|kommit)\b|\befter\s+(?:det|detta)\s+(?:mötet|sammanträdet)\b".to_string(),
            // Before a step is taken: "innan något beslut tas", "innan omorganisationen träder i kraft".
            r"(?i)\binnan\s+(?:\p{Ll}+\s+){1,3}?(?:tas|fattas|beslutas|träder\s+i\s+kraft|genomförs|verkställs|börjar|startar)\b".to_string(),
            // A time after something ("följa upp efter sex månader"), when no date says more.
            r"(?i)\befter\s+(?:en|ett|två|tre|fyra|fem|sex|nio|tolv|\d+)\s+(?:dagar|veckor|månader|år)\b".to_string(),
        ]
        .iter()
        .map(|p| Regex::new(&crate::text::lenient(p)).expect("due regex"))
        .collect()
    });
    for pattern in PATTERNS.iter() {
        for m in pattern.find_iter(sentence) {
            // "från och med vecka 8": when something begins, not when it is due.
            let before = collapse(sentence[..m.start()].trim_end()).to_lowercase();
            // "sedan den 2 mars": since then, not by then.
            // Nor the month of "från och med den 1 april".
            static FROM_DAY: LazyLock<Regex> = LazyLock::new(|| {
                lenient_regex(
                    r"(?:från\s+och\s+med|fr\.\s?o\.\s?m\.)\s+(?:den\s+)?\d{1,2}(?::[ae])?$",
                )
            });
            if before.ends_with("från och med")
                || before.ends_with("fr.o.m.")
                || FROM_DAY.is_match(&before)
                || before
                    .split_whitespace()
                    .rev()
                    .take(3)
                    .any(|w| w == "sedan")
            {
                continue;
            }
            let found = collapse(m.as_str());
            let lower = found.to_lowercase();
            // "När den är klar tar vi ställning": a condition of what follows, not a due.
            if (lower.starts_with("när den ") || lower.starts_with("när det "))
                && sentence[..m.start()].trim().is_empty()
            {
                continue;
            }
            // "i vår förvaltning" is "our", not spring.
            if (lower.ends_with(" vår") || lower == "vår")
                && sentence[m.end()..]
                    .trim_start()
                    .chars()
                    .next()
                    .is_some_and(char::is_alphabetic)
            {
                continue;
            }
            let label = if lower.starts_with("i ")
                && MONTHS.iter().any(|month| lower[2..].starts_with(month))
            {
                found[2..].to_string()
            } else if let Some(at) = lower.find(" i ").filter(|&at| {
                // "redovisa för samverkansgruppen i september", "återrapporteras till
                // kommittén i april": the body receives, the month is due.
                (before.ends_with(" för")
                    || before == "för"
                    || before.ends_with(" till")
                    || before == "till")
                    && MONTHS
                        .iter()
                        .any(|month| lower[at + 3..].starts_with(month))
            }) {
                found[at + 3..].to_string()
            } else {
                found
            };
            return Some(label);
        }
    }
    None
}

/// The due of a label at the meeting's date.
pub fn due_of(label: Option<String>, meeting: Option<Date>) -> DueDraft {
    let (by_date, next_meeting) = match (&label, meeting) {
        (Some(label), Some(date)) => match Due::from_label(label, date).by {
            DueBy::Date(d) => (Some(d), false),
            DueBy::NextMeeting => (None, true),
            DueBy::Unresolved => (None, false),
        },
        (Some(label), None) => (
            None,
            matches!(
                Due::from_label(label, Date::constant(2000, 1, 1)).by,
                DueBy::NextMeeting
            ),
        ),
        _ => (None, false),
    };
    DueDraft {
        label,
        by_date,
        next_meeting,
    }
}

impl Reader<'_> {
    pub(super) fn actions(&mut self, section: &Section, paras: &[Para], excluded: &mut Vec<Span>) {
        static ACTION: LazyLock<Regex> = LazyLock::new(|| {
            lenient_regex(
                r"(?im)(?:^|[.;]\s+)[\s\-–•*]*(?P<a>(?:åtg(?:ärd)?|åtgärder|att\s+göra)\.?(?P<n>\s*(?:nr\.?\s*)?\d{1,3}(?:[/.-]\d{1,3})?)?\s*:)",
            )
        });
        static RESPONSIBLE: LazyLock<Regex> =
            LazyLock::new(|| lenient_regex(r"(?i)\bansv(?:arig)?\.?\s*:\s*(?P<v>[^\n.;]+)"));
        static DONE_BY: LazyLock<Regex> = LazyLock::new(|| {
            lenient_regex(
                r"(?i)\b(?:klart|klar|senast|tidplan|när)(?:\s+senast)?\s*:\s*(?P<v>(?:v\.\s*\d+|[^\n.;])+)",
            )
        });
        // "Ansvarig: … Klart: …" on the line under the action, read as a paragraph of its own.
        static LABELS_ONLY: LazyLock<Regex> = LazyLock::new(|| {
            lenient_regex(r"(?i)^\s*(?:ansv(?:arig)?|klart|klar|senast|tidplan)\.?\s*:")
        });
        let doc = self.doc;
        for (p, para) in paras.iter().enumerate() {
            // A board matter's paragraph still holds the action rows written under it ("…
            // Åtgärd: riskbedömning. Ansvarig: NN. Klart: v. 11"); other read text holds none.
            let in_matter = self
                .items
                .iter()
                .any(|i| i.kind == ItemKind::BoardMatter && i.source_span.contains(para.span));
            if excluded.iter().any(|x| x.contains(para.span)) && !in_matter {
                continue;
            }
            let para = &match paras.get(p + 1) {
                Some(next)
                    if ACTION.is_match(doc.slice(para.span))
                        && LABELS_ONLY.is_match(doc.slice(next.span))
                        && !ACTION.is_match(doc.slice(next.span)) =>
                {
                    Para {
                        span: para.span.join(next.span),
                        lines: (para.lines.0, next.lines.1),
                    }
                }
                _ => *para,
            };
            let text = doc.slice(para.span);
            let marks: Vec<(usize, bool)> = ACTION
                .captures_iter(text)
                .filter_map(|c| c.name("a").map(|a| (a.start(), c.name("n").is_some())))
                .collect();
            let starts: Vec<usize> = marks.iter().map(|&(start, _)| start).collect();
            for (n, &(start, numbered)) in marks.iter().enumerate() {
                let end = starts.get(n + 1).copied().unwrap_or(text.len());
                // A numbered row of a list under review ("Åtg 14/25: … Klar – stryks", "Åtg
                // 19/25: Kommunal har efterfrågat …") is struck off or a union's question;
                // the questions read it.
                if numbered
                    && matches!(
                        section.kind,
                        SectionKind::BalanceList | SectionKind::CarriedOver
                    )
                    && (REMOVAL.is_match(&text[start..end])
                        || first_sentence_names_a_union(&text[start..end]))
                {
                    continue;
                }
                let whole = trim_span(
                    &doc.text,
                    Span::new(para.span.start + start, para.span.start + end),
                );
                // The row ends with the line of its due when a point follows ("… Klart: v. 50
                // \n4.2 Nästa punkt"); the rest is read as nothing else, as before.
                let mut row_end = end;
                // So does it when a labelled note follows ("… Klart: v. 14\nProtokollsanteckning
                // från Vision: …").
                if let Some(m) = DONE_BY.find(&text[start..end])
                    && let Some(line_end) = text[start + m.end()..end].find('\n')
                    && (POINT_MARK.is_match(&text[start + m.end() + line_end + 1..end])
                        || NOTE_LINE.is_match(&text[start + m.end() + line_end + 1..end]))
                {
                    row_end = start + m.end() + line_end;
                }
                let piece = &text[start..row_end];
                // "Åtgärder: förstärkt introduktion, extra personal." in a report names measures
                // taken or planned; with no one responsible and no when it promises nothing.
                if piece.trim_start().to_lowercase().starts_with("åtgärder")
                    && !RESPONSIBLE.is_match(piece)
                    && !DONE_BY.is_match(piece)
                {
                    continue;
                }
                let span = trim_span(
                    &doc.text,
                    Span::new(para.span.start + start, para.span.start + row_end),
                );
                let mut item = self.item_at(span, ItemKind::Commitment);
                item.title = shorten(&collapse(piece), 140);
                let (by, person) = RESPONSIBLE
                    .captures(piece)
                    .and_then(|c| c.name("v"))
                    .map_or((None, None), |v| {
                        let value = v.as_str().trim();
                        let (party, person) = self.who(value);
                        (party.or_else(|| lexicon::party_of(value)), person)
                    });
                let by = by.unwrap_or(Party::Employer);
                item.to = Some(opposite(&by));
                item.by = Some(by);
                item.person = person;
                let label = DONE_BY.captures(piece).and_then(|c| c.name("v")).map(|v| {
                    let value = collapse(v.as_str());
                    due_label(&value).unwrap_or(value)
                });
                item.due = Some(due_of(label, self.meeting_date));
                item.outcome = Outcome::Open;
                item.confidence = 0.8;
                self.push(item, section);
                excluded.push(whole);
            }
        }
    }
}

impl Reader<'_> {
    /// Promises: "återkommer", "kommer att" (in an answer, or with a party or person as its
    /// subject), a passive "meddelas … inom kort", "klar i december", "X ska undersöka".
    pub(super) fn commitments(
        &mut self,
        section: &Section,
        sents: &[Sent],
        units: &[(QUnit, Option<String>)],
    ) {
        // The asker's words are not promises; context before a question is, when the other
        // side speaks in it ("Ventilationen: Arbetsgivaren meddelade … klar vecka 46").
        // The party of a person of the meeting opening each sentence.
        let openers: Vec<Option<Party>> = sents
            .iter()
            .map(|s| self.sentence_person(self.doc.slice(s.span)).map(|(_, p)| p))
            .collect();
        let in_question = |k: usize| {
            units.iter().any(|(u, _)| {
                u.question.contains(&k)
                    || (u.context.contains(&k) && {
                        let text = self.doc.slice(sents[k].span);
                        let head: String = text
                            .split_whitespace()
                            .take(6)
                            .collect::<Vec<_>>()
                            .join(" ");
                        let asker = u.raised_by.clone().unwrap_or(Party::AllUnions);
                        // "Eva Ström ansvarar för …": a person of the other side speaks too.
                        !mentions(&head)
                            .iter()
                            .any(|m| opposite_sides(&m.party, &asker))
                            && !openers[k]
                                .as_ref()
                                .is_some_and(|p| opposite_sides(p, &asker))
                    })
            })
        };
        // Sentences read as the when and to whom of the promise before them.
        let mut told_with_previous: Vec<usize> = Vec::new();
        let carried_list = matches!(
            section.kind,
            SectionKind::BalanceList | SectionKind::CarriedOver
        );
        for (k, sent) in sents.iter().enumerate() {
            if carried_list && !sent.excluded && in_question(k) {
                self.point_promise(section, sents, k, units);
            }
            if sent.excluded || in_question(k) || told_with_previous.contains(&k) {
                continue;
            }
            let text = self.doc.slice(sent.span);
            // "Arbetsgivaren tar med sig frågan.\nÅtgärd: …": the action block is the promise.
            if self.items.iter().any(|item| {
                item.kind == ItemKind::Commitment
                    && item.source_span.start >= sent.span.end
                    && self
                        .doc
                        .slice(Span::new(sent.span.end, item.source_span.start))
                        .trim()
                        .is_empty()
            }) {
                continue;
            }
            let answer_of = units.iter().find(|(u, _)| u.answer.contains(&k));
            let in_answer = answer_of.is_some();
            let mut signal: Option<(f32, bool)> = None; // confidence, joins the previous sentence
            if RETURN.is_match(text) {
                signal = Some((0.85, false));
            } else if let Some(c) = WILL.captures(text) {
                let promise = will_promise(text, &c, self.meeting_date);
                if promise && in_answer {
                    signal = Some((0.7, false));
                } else if promise
                    && let Some(m) = WILL_SUBJECT.find(text)
                    && self.subject_is_someone(&text[m.start()..m.end()])
                {
                    signal = Some((0.75, false));
                }
            }
            if signal.is_none() && has_any(text, &["ska"]) && SHALL.is_match(text) {
                signal = Some((0.65, false));
            }
            // "Arbetsgivaren vidhåller sitt förslag men åtar sig att …": the party opening the
            // sentence undertakes it in its second verb.
            if signal.is_none()
                && let Some(m) = UNDERTAKING.find(text)
                && (in_answer
                    || undertaken_by_a_party(&text[..m.start()])
                    || leading_party(text).is_some()
                        && [" men", " och"]
                            .iter()
                            .any(|w| text[..m.start()].trim_end().ends_with(w)))
            {
                signal = Some((0.7, false));
            }
            // "… kartlägga under våren och återkommer till FSG i juni": due when it returns.
            let label = RETURN
                .find(text)
                .and_then(|m| due_label(&text[m.end()..]))
                .or_else(|| due_label(text));
            if signal.is_none() && label.is_some() && INTENT.is_match(text) {
                signal = Some((0.55, false));
            }
            // "Arbetsgivaren tog emot begäran och kommer att lämna svar senast 8/4": the party
            // opening the sentence promises in its second verb.
            if signal.is_none()
                && let Some(c) = WILL.captures(text)
                && will_promise(text, &c, self.meeting_date)
                && leading_party(text).is_some()
                && text[..c.get(0).map_or(0, |m| m.start())]
                    .trim_end()
                    .ends_with(" och")
            {
                signal = Some((0.7, false));
            }
            // "Karin Blom ansvarar för att ronden genomförs före påsk": a person of the meeting
            // undertakes it by a when.
            if signal.is_none()
                && label.is_some()
                && let Some(m) = UNDERTAKING.find(text)
                && self.sentence_person(text).is_some()
                && text[..m.start()].split_whitespace().count() <= 3
            {
                signal = Some((0.65, false));
            }
            // "Arbetsgivaren ska göra en kartläggning … och redovisa den för FSG före sommaren":
            // the party opening the sentence shall do something by a when.
            if signal.is_none()
                && label.is_some()
                && let Some(party) = leading_party(text)
                && is_shall_do(&text[party.end..])
            {
                signal = Some((0.6, false));
            }
            // In an answer, "eftersläpande ärenden ska vara utredda före påsk": done by a when.
            if signal.is_none() && in_answer && label.is_some() && SHALL_BE_DONE.is_match(text) {
                signal = Some((0.6, false));
            }
            // "Arbetsgivaren och Kommunal tar fram en rutin till nästa möte": a party doing
            // something by a when is a promise.
            // So is a person of the meeting doing it ("Kenny (HSO) tar fram ett förslag till
            // nästa LSG"), and someone reporting at the next meeting ("Cheferna redovisar läget
            // vid nästa möte").
            let at_next_meeting = label
                .as_ref()
                .is_some_and(|l| due_of(Some(l.clone()), self.meeting_date).next_meeting);
            if signal.is_none()
                && label.is_some()
                && let Some(m) = ACTION_NOW
                    .find(text)
                    .or_else(|| REPORT_AT.find(text).filter(|_| at_next_meeting))
                && (leading_party(text).is_some_and(|p| p.end <= m.start())
                    || joint_debtors(&text[..m.start()]).len() >= 2
                    || (self.sentence_person(text).is_some()
                        && text[..m.start()].split_whitespace().count() <= 4)
                    // "Inget beslut, AG skickar ett utkast före LSG i april": a party opening the
                    // clause after a comma.
                    || party_opens_clause(&text[..m.start()])
                    // "Eva svarade att det går bra och bokar in det på APT i december": the one
                    // who answers does it, in the second verb.
                    || (in_answer
                        && self.sentence_person(text).is_some()
                        && text[..m.start()].trim_end().ends_with(" och")))
            {
                signal = Some((0.6, false));
            }
            // "Arbetsgivaren skickar riskbedömningen till Seko": sending something on to a
            // party or person, by the side or person opening the sentence, promises it with no
            // when.
            static SENDS_TO: LazyLock<Regex> = LazyLock::new(|| {
                lenient_regex(r"^(?:\S+\s+){0,3}?skickar(?:\s+ut)?\s+[^.!?]{3,60}?\s+till\s+\p{L}")
            });
            if signal.is_none()
                && !in_answer
                && SENDS_TO.is_match(text)
                && (leading_party(text).is_some() || self.sentence_person(text).is_some())
            {
                signal = Some((0.6, false));
            }
            // "X informerade om att enkäten genomförs i april och presenteras i maj": a plan
            // told as information is no promise.
            let told = INFORMED_THAT.is_match(text);
            // So is a plan told after someone's report in the same paragraph ("NN gick igenom
            // uppföljningen. Åtgärdsplanen presenteras i april.") or under an information
            // heading, when it owes nothing to a party or the forum ("meddelas fackliga
            // företrädare", "redovisas för kommittén" do).
            let reported_plan = || {
                !in_answer
                    && mentions(text).is_empty()
                    && !TO_THE_FORUM.is_match(text)
                    && (INFORMATION_TITLE.is_match(&section.title)
                        || (0..k)
                            .rev()
                            // The paragraph as written: no blank line between.
                            .take_while(|&j| {
                                !BLANK_LINE.is_match(
                                    self.doc
                                        .slice(Span::new(sents[j].span.end, sent.span.start)),
                                )
                            })
                            .any(|j| REPORTED.is_match(self.doc.slice(sents[j].span))))
            };
            if signal.is_none() && label.is_some() && !told {
                if (PASSIVE.is_match(text) || in_answer && DONE_PASSIVE.is_match(text))
                    && !reported_plan()
                {
                    signal = Some((0.6, false));
                } else if let Some(m) = COMPLETION.find(text)
                    // "Schemat är inte klart": how things stand, no promise.
                    && !text[..m.start()].split_whitespace().rev().take(2).any(|w| {
                        matches!(w.to_lowercase().as_str(), "inte" | "ej" | "icke" | "aldrig")
                    })
                    // "… tills riskbedömningen är klar": the when, not a thing finished.
                    && !label
                        .as_deref()
                        .is_some_and(|l| COMPLETION.is_match(l))
                {
                    signal = Some((0.55, true));
                }
            }
            let Some((confidence, join_previous)) = signal else {
                continue;
            };
            let mut span = sent.span;
            if join_previous && k > 0 && sents[k - 1].para == sent.para && !sents[k - 1].excluded {
                span = sents[k - 1].span.join(span);
            }
            let mut item = self.item_at(span, ItemKind::Commitment);
            item.title = shorten(&collapse(self.doc.slice(span)), 140);
            item.confidence = confidence;
            item.outcome = Outcome::Open;
            let verb_at = RETURN
                .find(text)
                .or_else(|| WILL.find(text))
                .or_else(|| SHALL.find(text))
                .or_else(|| UNDERTAKING.find(text))
                .or_else(|| INTENT.find(text))
                .or_else(|| ACTION_NOW.find(text))
                .or_else(|| PASSIVE.find(text))
                .or_else(|| DONE_PASSIVE.find(text).filter(|_| in_answer))
                .or_else(|| COMPLETION.find(text))
                .map_or(0, |m| m.start());
            let debtors = joint_debtors(&text[..verb_at]);
            // "Vi kommer att …" in a union's minutes: the union that wrote them promises.
            let we = text[..verb_at]
                .split_whitespace()
                .rev()
                .take(2)
                .any(|w| matches!(w.trim_matches(|c: char| !c.is_alphabetic()), "vi" | "Vi"));
            let writer = self.writer.clone().filter(|_| we);
            let explicit = leading_party(text).map(|m| m.party).or(writer).or_else(|| {
                // The party just before the verb ("… och De fackliga organisationerna återkommer").
                // Not the object of a preposition ("tillsammans med skyddsombuden").
                mentions(&text[..verb_at])
                    .into_iter()
                    .rfind(|m| {
                        let preposition =
                            text[..m.start].split_whitespace().last().is_some_and(|w| {
                                matches!(w, "med" | "till" | "för" | "av" | "från" | "hos" | "åt")
                            });
                        !preposition && text[m.end..verb_at].split_whitespace().count() <= 3
                    })
                    .map(|m| m.party)
            });
            let subject_person = self.sentence_person(text);
            if let Some((unit, question_id)) = answer_of {
                let by = explicit
                    .clone()
                    .or_else(|| unit.answer_by.clone())
                    .unwrap_or(Party::Employer);
                // Owed to the party named after the verb ("skicka det till alla fack"), else to
                // the asker.
                let named = (by == Party::Employer)
                    .then(|| {
                        mentions(&text[verb_at..])
                            .into_iter()
                            .find(|m| m.party != Party::Employer)
                            .map(|m| m.party)
                    })
                    .flatten();
                item.to = named
                    .or_else(|| unit.raised_by.clone().filter(|r| *r != by))
                    .or_else(|| Some(opposite(&by)));
                item.person = subject_person
                    .map(|(n, _)| n)
                    .or_else(|| unit.answer_person.clone());
                item.by = Some(by);
                item.belongs_to = question_id.clone();
            } else {
                let speaker = subject_person.or_else(|| self.speaker_before(sents, k));
                // "Kenny (HSO) tar fram …": a safety representative acts for the union side.
                static UNION_ROLE: LazyLock<Regex> = LazyLock::new(|| {
                    lenient_regex(
                        r"^\s*\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)?\s*\(\s*(?:H?SO|huvudskyddsombud|skyddsombud|arbetsplatsombud)\s*\)",
                    )
                });
                let union_side = UNION_ROLE.is_match(text).then(|| {
                    speaker
                        .as_ref()
                        .map(|(_, p)| p.clone())
                        .filter(|p| matches!(p, Party::Union(_)))
                        .or_else(|| self.sole_union.clone())
                        .unwrap_or(Party::AllUnions)
                });
                let by = explicit
                    .clone()
                    .or(union_side)
                    .or_else(|| speaker.as_ref().map(|(_, p)| p.clone()))
                    .unwrap_or(Party::Employer);
                item.person = if explicit.is_some() {
                    None
                } else {
                    speaker.map(|(n, _)| n)
                };
                let after_verb = PASSIVE
                    .find(text)
                    .or_else(|| RETURN.find(text))
                    .map_or(0, |m| m.end());
                item.to = if by == Party::Employer {
                    // Owed to the union named after the verb, or to the one that wrote the minutes.
                    mentions(&text[after_verb..])
                        .into_iter()
                        .find(|m| m.party != Party::Employer)
                        .map(|m| m.party)
                        .or_else(|| self.writer.clone())
                        .or(Some(Party::AllUnions))
                } else {
                    Some(Party::Employer)
                };
                item.by = Some(by);
            }
            // "Arbetsgivaren åtar sig att göra en riskbedömning. Den ska vara klar senast 27/2
            // och redovisas för Kommunal.": the sentence after, with no one of its own doing it,
            // says when and to whom.
            let mut label = label;
            // A promise due only at a step ("innan beslutet verkställs") takes the date after it.
            let dated = |label: &str| {
                label.chars().any(|c| c.is_ascii_digit())
                    || MONTHS.iter().any(|m| label.to_lowercase().contains(m))
            };
            if label.as_deref().is_none_or(|l| !dated(l))
                && let Some(next) = sents.get(k + 1)
                && !self
                    .doc
                    .slice(Span::new(sent.span.end, next.span.start))
                    .contains("\n\n")
                && !next.excluded
                && !in_question(k + 1)
            {
                let next_text = self.doc.slice(next.span);
                if let Some(next_label) = due_label(next_text)
                    && (label.is_none() || dated(&next_label))
                    && leading_party(next_text).is_none()
                    && self.sentence_person(next_text).is_none()
                    && (PASSIVE.is_match(next_text) || COMPLETION.is_match(next_text))
                {
                    label = Some(next_label);
                    told_with_previous.push(k + 1);
                    item.source_span = item.source_span.join(next.span);
                    item.source_text = self.doc.slice(item.source_span).to_string();
                    item.text = collapse(&item.source_text);
                    if item.by == Some(Party::Employer)
                        && item.to == Some(Party::AllUnions)
                        && let Some(named) = mentions(next_text)
                            .into_iter()
                            .find(|m| m.party != Party::Employer)
                    {
                        item.to = Some(named.party);
                    }
                }
            }
            if among_public_bodies(&text[..verb_at])
                && item.to.as_ref().is_some_and(|t| *t != Party::Employer)
            {
                // "Kommunerna återkommer" in a council of municipalities and a region: owed to
                // the body that asked, not to the unions, whom the product cannot name here.
                item.to = None;
            }
            item.due = Some(due_of(label, self.meeting_date));
            if debtors.len() >= 2 {
                // Owed by several together ("LO och PTK återkommer", "Parterna tar fram …"):
                // each owes it, so each is held to it on its own.
                for debtor in debtors {
                    let mut own = item.clone();
                    own.to = match (&debtor, &item.to) {
                        (_, Some(to)) if to != &debtor && opposite_sides(&debtor, to) => {
                            Some(to.clone())
                        }
                        _ => Some(opposite(&debtor)),
                    };
                    own.by = Some(debtor);
                    own.person = None;
                    own.title = format!("{}{JOINT}", item.title);
                    self.push(own, section);
                }
                continue;
            }
            self.push(item, section);
        }
    }

    /// A point of a balance list holds the employer's promise on it when a clause of the point
    /// opens on the employer or one of its people and goes on to promise ("AG har lovat svar
    /// till nästa LSG", "– AG redovisar resultatet på LSG i december", "Peter ansvarar för
    /// uppföljning och rapporterar på nästa LSG"): a promise owed to whoever raised the point.
    fn point_promise(
        &mut self,
        section: &Section,
        sents: &[Sent],
        k: usize,
        units: &[(QUnit, Option<String>)],
    ) {
        static PROMISE: LazyLock<Regex> = LazyLock::new(|| {
            lenient_regex(
                r"(?:^|[–:]\s+)[\s\-–•*]*(?P<s>\p{Lu}[\p{L}-]*)\s+(?:\p{Ll}+\s+){0,4}?(?P<v>har\s+lovat|lovar|återkommer|återkopplar|redovisar|rapporterar|återrapporterar|presenterar)\b",
            )
        });
        let span = sents[k].span;
        let text = self.doc.slice(span);
        if !has_any(
            text,
            &["lova", "återko", "redovisar", "rapporterar", "presenterar"],
        ) {
            return;
        }
        let Some(c) = PROMISE.captures(text) else {
            return;
        };
        let (Some(subject), Some(verb)) = (c.name("s"), c.name("v")) else {
            return;
        };
        let (party, person) = self.who(subject.as_str());
        let employer = lexicon::party_of(subject.as_str()) == Some(Party::Employer)
            || (person.is_some() && party == Some(Party::Employer));
        let label = due_label(&text[verb.end()..]);
        // A report or a promise made before promises only with a when ("rapporterar på nästa
        // LSG", "har lovat svar till nästa möte"); a return does not need one.
        let returns = has_any(verb.as_str(), &["återkommer", "återkopplar", "lovar"]);
        if !employer
            || (label.is_none() && !returns)
            || self.items.iter().any(|i| {
                i.kind == ItemKind::Commitment
                    && i.source_span.start < span.end
                    && span.start < i.source_span.end
            })
        {
            return;
        }
        let Some((unit, question_id)) = units
            .iter()
            .find(|(u, _)| u.question.contains(&k) || u.context.contains(&k))
        else {
            return;
        };
        let promise = Span::new(span.start + subject.start(), span.end);
        let mut item = self.item_at(promise, ItemKind::Commitment);
        item.title = shorten(&collapse(self.doc.slice(item.source_span)), 140);
        item.by = Some(Party::Employer);
        item.person = person;
        item.to = unit
            .raised_by
            .clone()
            .filter(|r| *r != Party::Employer)
            .or(Some(Party::AllUnions));
        item.belongs_to = question_id.clone();
        item.due = Some(due_of(label, self.meeting_date));
        item.outcome = Outcome::Open;
        item.confidence = 0.6;
        self.push(item, section);
    }

    /// Rows of an action list that stay on it with someone of the employer responsible ("-
    /// Larmtelefoner (ansv. Mikael). Kvarstår till nästa LSG.", "– Belysning: Anna har beställt
    /// armaturer. Kvarstår."): that person's action, renewed. A row that names the union that
    /// raised it is that union's question carried over, read elsewhere.
    pub(super) fn remaining_actions(&mut self, section: &Section) {
        static ROW: LazyLock<Regex> =
            LazyLock::new(|| Regex::new(r"^\s*[-–•*]\s+\p{Lu}").expect("regex"));
        static RESPONSIBLE: LazyLock<Regex> = LazyLock::new(|| {
            lenient_regex(r"(?i)\(\s*ansv(?:arig)?\.?\s*:?\s*(?P<n>[^()]{2,40})\)")
        });
        let doc = self.doc;
        let lines = section.body.clone();
        let starts: Vec<usize> = lines
            .clone()
            .filter(|&i| ROW.is_match(doc.line_text(i)))
            .collect();
        for (n, &first) in starts.iter().enumerate() {
            let next = starts.get(n + 1).copied().unwrap_or(lines.end);
            let last = (first..next)
                .take_while(|&i| !doc.is_blank(i))
                .last()
                .unwrap_or(first);
            let span = trim_span(&doc.text, doc.span_of_lines(first, last));
            let text = doc.slice(span);
            if !REMAINS.is_match(text)
                || REMOVAL.is_match(text)
                || mentions(text).iter().any(|m| m.party != Party::Employer)
                || self.items.iter().any(|item| {
                    item.kind == ItemKind::Commitment
                        && item.source_span.start < span.end
                        && span.start < item.source_span.end
                })
            {
                continue;
            }
            let responsible = RESPONSIBLE
                .captures(text)
                .and_then(|c| c.name("n"))
                .and_then(|m| {
                    let (party, person) = self.who(m.as_str().trim());
                    Some((person?, party?))
                })
                .or_else(|| {
                    sentences(&doc.text, span)
                        .into_iter()
                        .skip(1)
                        .find_map(|s| self.sentence_person(doc.slice(s)))
                })
                .or_else(|| {
                    // "– Larmtelefoner: Mikael har beställt batterier.": after the row's title.
                    let (_, after) = text.split_once(": ")?;
                    self.sentence_person(after)
                });
            let Some((person, party)) = responsible.filter(|(_, p)| *p == Party::Employer) else {
                continue;
            };
            let body = ROW.find(text).map_or(text, |m| &text[m.end() - 1..]);
            let title_end = body.find([':', '(', '.']).unwrap_or(body.len());
            let mut item = self.item_at(span, ItemKind::Commitment);
            item.title = shorten(&collapse(&body[..title_end]), 140);
            item.by = Some(party);
            item.person = Some(person);
            item.to = Some(Party::AllUnions);
            item.due = Some(due_of(due_label(text), self.meeting_date));
            item.outcome = Outcome::Open;
            item.confidence = 0.6;
            self.push(item, section);
        }
    }

    /// Whether the words before "kommer" name a party, a person of the meeting, or "vi/hon/han".
    fn subject_is_someone(&self, phrase: &str) -> bool {
        let subject = phrase.split(" kommer").next().unwrap_or("");
        if !mentions(subject).is_empty() {
            return true;
        }
        let words: Vec<&str> = subject.split_whitespace().collect();
        let Some(first) = words.first() else {
            return false;
        };
        if matches!(first.to_lowercase().as_str(), "vi" | "hon" | "han") {
            return true;
        }
        self.who(&words.iter().take(3).copied().collect::<Vec<_>>().join(" "))
            .1
            .is_some()
    }

    /// A person of the meeting named at the start of a sentence.
    pub(super) fn sentence_person(&self, text: &str) -> Option<(String, Party)> {
        let words: Vec<&str> = text
            .split_whitespace()
            .take_while(|w| w.chars().next().is_some_and(char::is_uppercase))
            .take(3)
            .collect();
        if words.is_empty() {
            return None;
        }
        let (party, person) = self.who(&words.join(" "));
        Some((person?, party?))
    }

    /// Who spoke last in the paragraph before sentence `k` ("Anna informerade …").
    fn speaker_before(&self, sents: &[Sent], k: usize) -> Option<(String, Party)> {
        (0..k)
            .rev()
            .take_while(|&j| sents[j].para == sents[k].para)
            .find_map(|j| {
                let text = self.doc.slice(sents[j].span);
                let c = SPEAKER.captures(text)?;
                let (party, person) = self.who(c.name("s")?.as_str());
                Some((person?, party?))
            })
    }
}

/// Whether the words after a sentence's subject say it shall do something ("ska göra en
/// kartläggning", "skall ta fram"), not that it shall be or have something ("ska vara klar").
fn is_shall_do(after_subject: &str) -> bool {
    let mut words = after_subject.split_whitespace();
    matches!(words.next(), Some("ska" | "skall"))
        && words.next().is_some_and(|verb| {
            verb.chars().all(char::is_lowercase) && !PREDICTIONS.contains(&verb)
        })
}

/// Whether the words before a verb end on a party that opens a clause after a comma ("Inget
/// beslut, AG"): that party is the verb's subject.
fn party_opens_clause(before: &str) -> bool {
    mentions(before).last().is_some_and(|m| {
        before[m.end..].trim().is_empty() && before[..m.start].trim_end().ends_with(',')
    })
}

/// Whether the first sentence of an action row names a union ("Åtg 19/25: Kommunal har
/// efterfrågat …"): the row is that union's question.
fn first_sentence_names_a_union(row: &str) -> bool {
    let first = row.split(". ").next().unwrap_or(row);
    mentions(first).iter().any(|m| m.party != Party::Employer)
}

/// Who owes a promise together, from the words before its verb: two parties or more joined by
/// "och", "samt" or commas ("LO och PTK", "Arbetsgivaren och Kommunal"), or "parterna" (the
/// employer and the unions). One party, or none, is no joint debt.
fn joint_debtors(subject: &str) -> Vec<Party> {
    let words: Vec<&str> = subject.split_whitespace().collect();
    // The subject is at most the last eight words before the verb.
    let tail = words[words.len().saturating_sub(8)..].join(" ");
    let lower = crate::text::fold_letters(&tail);
    let last_words: Vec<&str> = lower.split_whitespace().collect();
    if last_words.iter().rev().take(3).any(|w| {
        matches!(
            w.trim_matches(|c: char| !c.is_alphabetic()),
            "parterna" | "parter"
        )
    }) {
        return vec![Party::Employer, Party::AllUnions];
    }
    let found = mentions(&tail);
    if found.len() < 2 {
        return Vec::new();
    }
    // Only names and the words that join them: "LO och PTK", "Vision, Kommunal samt SSR".
    let mut parties: Vec<Party> = Vec::new();
    for (k, m) in found.iter().enumerate() {
        if k > 0 {
            let between = tail[found[k - 1].end..m.start].trim();
            if !matches!(between, "och" | "samt" | "," | "&" | "och även") {
                parties.clear();
            }
        }
        if !parties.contains(&m.party) {
            parties.push(m.party.clone());
        }
    }
    let last_end = found.last().map_or(0, |m| m.end);
    // The list must end where the verb's phrase begins ("LO och PTK ska …").
    if tail[last_end..].split_whitespace().count() > 2 || parties.len() < 2 {
        return Vec::new();
    }
    parties
}

/// Whether the words before "åtar sig", "ska verka för att" … name who undertakes it: a
/// party, the parties, or "vi" ("LO och PTK ska verka för att", "parterna gemensamt tar
/// ansvar för att"), not a body the agreement sets up ("skolutvecklingsgruppen ska verka för att").
fn undertaken_by_a_party(before: &str) -> bool {
    let words: Vec<&str> = before.split_whitespace().collect();
    let tail = words[words.len().saturating_sub(4)..].join(" ");
    let lower = tail.to_lowercase();
    !mentions(&tail).is_empty()
        || lower.split(|c: char| !c.is_alphabetic()).any(|w| {
            matches!(
                w,
                "parterna" | "parter" | "vi" | "båda" | "bägge" | "man" | "gemensamt"
            )
        })
}

/// Whether the words just before a promise's verb name public bodies in the plural
/// ("Kommunerna tar med sig frågan och återkommer", "regionerna återkommer"): a promise
/// between municipalities or regions, not one an employer owes its unions.
fn among_public_bodies(before: &str) -> bool {
    let folded = crate::text::fold_letters(before).to_lowercase();
    let words: Vec<&str> = folded
        .split(|c: char| !c.is_alphabetic())
        .filter(|w| !w.is_empty())
        .collect();
    // The subject opens the sentence ("Kommunerna tar med sig frågan och") or stands just
    // before the verb ("… och regionerna"); elsewhere the bodies are an object.
    [words.first(), words.last()]
        .into_iter()
        .flatten()
        .any(|w| {
            matches!(
                *w,
                "kommunerna" | "regionerna" | "landstingen" | "kommunforbunden"
            )
        })
}

#[cfg(test)]
mod tests;
