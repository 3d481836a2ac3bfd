//! Questions and their answers: who asks, how a question is signalled and who answers it.

use super::*;

impl Reader<'_> {
    /// Questions and their answers, sentence by sentence.
    pub(super) fn questions(
        &mut self,
        section: &Section,
        sents: &[Sent],
    ) -> Vec<(QUnit, Option<String>)> {
        let mut units: Vec<QUnit> = Vec::new();
        let mut pending: Vec<usize> = Vec::new();
        let mut current: Option<QUnit> = None;
        let mut in_answer = false;
        let mut last_signal: Option<usize> = None;
        let questions_section = section.kind.is_questions();
        // Whether the question being read was asked inside a board matter's text.
        let mut asked_in_matter = false;
        // The last sentence of a point already read whole (a point reported and taken off).
        let mut read_through: Option<usize> = None;
        for (k, sent) in sents.iter().enumerate() {
            if sent.excluded {
                // A union asking by name about a board matter ("Vision frågade om …", "Vi
                // frågade …") asks a question of its own, and the answer follows it there.
                let text = self.doc.slice(sent.span);
                let asks = sent.in_matter
                    && has_any(text, ASKING)
                    && self.question_signal(text, sents, k, false).is_some_and(
                        |(party, explicit)| explicit && party.is_some_and(|p| p != Party::Employer),
                    );
                let answers = sent.in_matter
                    && asked_in_matter
                    && current.as_ref().is_some_and(|u| u.answer.is_empty())
                    && self.answer_signal(text).is_some();
                if !asks && !answers {
                    // What another reading claimed stands between a question and what came
                    // before it.
                    pending.clear();
                    if asked_in_matter && let Some(unit) = current.take() {
                        units.push(unit);
                        in_answer = false;
                    }
                    asked_in_matter = false;
                    continue;
                }
                if asks {
                    if let Some(unit) = current.take() {
                        units.push(unit);
                    }
                    pending.clear();
                    in_answer = false;
                }
                asked_in_matter = true;
            } else if asked_in_matter {
                asked_in_matter = false;
                if let Some(unit) = current.take() {
                    units.push(unit);
                    in_answer = false;
                }
            }
            // A numbered row of a balance list that names the union whose point it is
            // ("15 | Vision: …", "3. 2026-01-12 Seko – …") begins a point of its own; one not
            // taken off the list is the union's question carried over, still open, and what
            // the row says after its title is its status, not more of the question.
            // "1." may stand as a sentence of its own before the row's words.
            let text = self.doc.slice(sent.span);
            let mark_alone = text.len() <= 4
                && text
                    .trim_end_matches(['.', ')'])
                    .chars()
                    .all(|c| c.is_ascii_digit())
                && sents.get(k + 1).is_some_and(|s| s.para == sent.para);
            let row = if mark_alone {
                format!("{text} {}", self.doc.slice(sents[k + 1].span))
            } else {
                text.to_string()
            };
            if matches!(
                section.kind,
                SectionKind::CarriedOver | SectionKind::BalanceList
            ) && (k == 0 || sents[k - 1].para != sent.para)
                && let Some(party) = LIST_ROW
                    .captures(&row)
                    .and_then(|c| lexicon::party_of(&c["p"]))
                    .or_else(|| {
                        // "Parkering vid entrén (§ 14/2025, Vision) – …": the asker in brackets.
                        LISTED_ROW.captures(&row).and_then(|c| {
                            mentions(&c["b"])
                                .into_iter()
                                .map(|m| m.party)
                                .find(|p| matches!(p, Party::Union(_)))
                        })
                    })
                    .filter(|p| matches!(p, Party::Union(_)))
            {
                if let Some(unit) = current.take() {
                    units.push(unit);
                }
                pending.clear();
                in_answer = false;
                last_signal = None;
                if !sents[k..]
                    .iter()
                    .take_while(|s| s.para == sent.para)
                    .any(|s| REMOVAL.is_match(self.doc.slice(s.span)))
                {
                    let unit = QUnit {
                        context: Vec::new(),
                        question: if mark_alone { vec![k, k + 1] } else { vec![k] },
                        answer: Vec::new(),
                        raised_by: Some(party),
                        explicit: true,
                        answer_by: None,
                        answer_person: None,
                        standalone: false,
                    };
                    // "… – besvarad per mejl.\nKommunal bekräftar. Avförs.": a short line below
                    // the row that takes it off the list goes on with the point.
                    let below: Vec<&Sent> = sents[k..]
                        .iter()
                        .skip_while(|s| s.para == sent.para)
                        .take_while(|s| s.para == sent.para + 1)
                        .collect();
                    let taken_off_below = (1..=2).contains(&below.len())
                        && below.iter().all(|s| !s.point_title && !s.excluded)
                        && !LISTED_ROW.is_match(self.doc.slice(below[0].span))
                        && !LIST_ROW.is_match(self.doc.slice(below[0].span))
                        && !POINT_MARK.is_match(self.doc.slice(below[0].span))
                        && below
                            .iter()
                            .any(|s| REMOVAL.is_match(self.doc.slice(s.span)));
                    if taken_off_below {
                        current = Some(unit);
                    } else {
                        units.push(unit);
                    }
                    continue;
                }
            }
            // A listed point's title line ends the point before it.
            if sent.point_title {
                if let Some(unit) = current.take() {
                    units.push(unit);
                }
                in_answer = false;
                last_signal = None;
                // "2.2 Buller i verkstaden (SO Kommunal)" on a list followed up: a union's point
                // carried over; one not taken off the list stays its open question.
                let title = self.doc.slice(sent.span);
                if matches!(
                    section.kind,
                    SectionKind::CarriedOver | SectionKind::BalanceList
                ) && let Some(party) = mentions(title)
                    .into_iter()
                    .map(|m| m.party)
                    .rfind(|p| matches!(p, Party::Union(_)))
                    && !sents[k..]
                        .iter()
                        .take_while(|s| s.para == sent.para)
                        .any(|s| REMOVAL.is_match(self.doc.slice(s.span)))
                {
                    pending.clear();
                    current = Some(QUnit {
                        context: Vec::new(),
                        question: vec![k],
                        answer: Vec::new(),
                        raised_by: Some(party),
                        explicit: true,
                        answer_by: None,
                        answer_person: None,
                        standalone: false,
                    });
                    continue;
                }
                pending = vec![k];
                continue;
            }
            let text = self.doc.slice(sent.span);
            let question = self.question_signal(text, sents, k, questions_section);
            // A point read whole holds its asking ("Vision hade begärt …"): no question anew.
            let read_whole = read_through.is_some_and(|last| k <= last);
            let question = question.filter(|_| !read_whole);
            let answer = if question.is_none() {
                self.answer_signal(text)
            } else {
                None
            };
            if let Some((raiser, explicit)) = question {
                if in_answer && let Some(unit) = current.take() {
                    units.push(unit);
                }
                in_answer = false;
                // A question asked after other sentences of the same paragraph is a question of
                // its own ("… Yvonne Jonsson önskar tydlighet …" after a report).
                // A party asking again in a paragraph of its own asks anew.
                let new_paragraph = current.as_ref().is_some_and(|unit| {
                    explicit
                        && unit
                            .question
                            .last()
                            .is_some_and(|&q| sents[q].para != sent.para)
                });
                if current.as_ref().is_some_and(|_| {
                    new_paragraph || last_signal.is_some_and(|l| k > l + 1) && !questions_section
                }) && let Some(unit) = current.take()
                {
                    units.push(unit);
                }
                last_signal = Some(k);
                match current.as_mut() {
                    Some(unit) => {
                        unit.question.push(k);
                        if !unit.explicit && explicit {
                            unit.raised_by = raiser;
                            unit.explicit = true;
                        }
                    }
                    None => {
                        let context: Vec<usize> = if questions_section {
                            std::mem::take(&mut pending)
                        } else {
                            let mut same: Vec<usize> = pending
                                .drain(..)
                                .filter(|&p| sents[p].para == sent.para)
                                .collect();
                            // The two sentences before it: a page joined into one paragraph
                            // holds much else before a question.
                            same.drain(..same.len().saturating_sub(2));
                            // A promise before the question ends what came before it.
                            if let Some(at) = same
                                .iter()
                                .rposition(|&p| RETURN.is_match(self.doc.slice(sents[p].span)))
                            {
                                same.drain(..=at);
                            }
                            same
                        };
                        current = Some(QUnit {
                            context,
                            question: vec![k],
                            answer: Vec::new(),
                            raised_by: raiser,
                            explicit,
                            answer_by: None,
                            answer_person: None,
                            standalone: standalone_question(self.doc, sents, k),
                        });
                    }
                }
                continue;
            }
            if let Some((by, person, strong)) = answer.clone() {
                if let Some(unit) = current.as_mut() {
                    let raiser = unit.raised_by.clone().unwrap_or(Party::AllUnions);
                    let other_side = by.as_ref().is_none_or(|b| opposite_sides(b, &raiser));
                    // Someone of the answering side speaking in a new paragraph, without the
                    // word "svar", begins something else ("Maria informerade om …").
                    let new_paragraph = unit
                        .answer
                        .last()
                        .is_some_and(|&a| sents[a].para != sent.para);
                    if in_answer && (other_side || strong) && (strong || !new_paragraph) {
                        unit.answer.push(k);
                        continue;
                    }
                    if !in_answer && (other_side || (strong && by.is_none())) {
                        unit.answer.push(k);
                        unit.answer_by = by.or_else(|| Some(opposite(&raiser)));
                        unit.answer_person = person;
                        in_answer = true;
                        continue;
                    }
                } else if strong && questions_section && !pending.is_empty() {
                    // An answer to a question written without a question word or mark.
                    let context = std::mem::take(&mut pending);
                    let by = by.unwrap_or(Party::Employer);
                    current = Some(QUnit {
                        context: Vec::new(),
                        question: context,
                        answer: vec![k],
                        raised_by: None,
                        explicit: false,
                        answer_by: Some(by),
                        answer_person: person,
                        standalone: false,
                    });
                    in_answer = true;
                    continue;
                }
            }
            // A point of the list in a paragraph of its own ends the point answered above it
            // ("- Lönekartläggningen: … Helena lovade …\n- Rekryteringsstoppet: avförs.").
            let removal_here = || {
                sents[k..]
                    .iter()
                    .take_while(|s| s.para == sent.para)
                    .any(|s| takes_off(self.doc.slice(s.span)))
            };
            // "Frågan om nyckelfria lås är klar: … Den avförs.": a question carried over, named
            // and closed in a paragraph of its own, in any section.
            let named_closed = QUESTION_NAMED.is_match(text) && REMOVAL.is_match(text);
            if in_answer
                && question.is_none()
                && (k == 0 || sents[k - 1].para != sent.para)
                && (matches!(
                    section.kind,
                    SectionKind::CarriedOver | SectionKind::BalanceList
                ) || named_closed)
                && (removal_here() && !closes_only(text) || listed_point(text))
                && let Some(unit) = current.take()
            {
                units.push(unit);
                in_answer = false;
            }
            // A matter carried over is reported on and taken off the list ("Veronica redovisade
            // … Punkten avförs från balanslistan"): its report answers it.
            if current.is_none()
                && question.is_none()
                && (matches!(
                    section.kind,
                    SectionKind::CarriedOver | SectionKind::BalanceList
                ) || named_closed)
                && sents[k..]
                    .iter()
                    .take_while(|s| s.para == sent.para)
                    .any(|s| takes_off(self.doc.slice(s.span)))
            {
                // The point is what its paragraph says before the report; a report that opens
                // its paragraph names the point itself ("Räcken monterade. Klar – stryks").
                let pending_here = std::mem::take(&mut pending);
                let mut context: Vec<usize> = pending_here
                    .iter()
                    .copied()
                    .filter(|&p| sents[p].para == sent.para)
                    .collect();
                // "Punkten avförs." on a line of its own names no point: it closes the point on
                // the line above.
                if context.is_empty() && k > 0 && closes_only(text) {
                    context = pending_here
                        .into_iter()
                        .filter(|&p| sents[p].para == sents[k - 1].para)
                        .collect();
                }
                // The report is part of the point: what was done is what the point now says,
                // up to the words that take it off the list.
                let removal = (k..sents.len())
                    .take_while(|&j| sents[j].para == sent.para)
                    .find(|&j| REMOVAL.is_match(self.doc.slice(sents[j].span)))
                    .unwrap_or(k);
                context.extend(k..=removal);
                let (by, person) = answer.map_or((None, None), |(by, person, _)| (by, person));
                // "Skåp i förrådet (§ 9/2025, Seko) – …": the union named in the point's brackets.
                let bracketed = context
                    .first()
                    .and_then(|&first| self.bracketed_asker(self.doc.slice(sents[first].span)));
                // "Vision hade begärt en redovisning …" inside the point: the union that asked.
                let bracketed = bracketed.or_else(|| {
                    (k..=removal).find_map(|j| {
                        self.question_signal(self.doc.slice(sents[j].span), sents, j, true)
                            .filter(|(_, explicit)| *explicit)
                            .and_then(|(party, _)| party)
                            .filter(|p| matches!(p, Party::Union(_)))
                    })
                });
                read_through = Some(removal);
                let explicit = bracketed.is_some();
                current = Some(QUnit {
                    context: Vec::new(),
                    question: context,
                    answer: vec![k],
                    raised_by: bracketed,
                    explicit,
                    answer_by: Some(by.unwrap_or(Party::Employer)),
                    answer_person: person,
                    standalone: false,
                });
                in_answer = true;
                continue;
            }
            // A numbered point of the list that stays on it ("3.2 Extern handledning. … Frågan
            // kvarstår."): its question carried over, still open; what is promised in it is
            // left to the promises.
            if current.is_none()
                && question.is_none()
                && matches!(
                    section.kind,
                    SectionKind::CarriedOver | SectionKind::BalanceList
                )
                && (k == 0 || sents[k - 1].para != sent.para)
                && listed_point(text)
            {
                let point: Vec<usize> = (k..sents.len())
                    .take_while(|&j| sents[j].para == sent.para && !sents[j].excluded)
                    .collect();
                let said = |j: usize| self.doc.slice(sents[j].span);
                let promised = |j: usize| {
                    let text = said(j);
                    RETURN.is_match(text)
                        || SHALL.is_match(text)
                        || UNDERTAKING.is_match(text)
                        || WILL.is_match(text)
                };
                // "… är ännu inte genomförd": what the point asked for is not done yet.
                static NOT_YET: LazyLock<Regex> = LazyLock::new(|| {
                    lenient_regex(
                        r"(?i)\b(?:ännu|fortfarande)\s+inte\s+(?:\p{L}+\s+)?(?:genomförd|genomfört|gjord|gjort|åtgärdad|åtgärdat|levererad|levererade|levererats|löst|installerad|installerade|monterad|monterade|klar|klart)\b",
                    )
                });
                if point
                    .iter()
                    .any(|&j| still_open(said(j)) || NOT_YET.is_match(said(j)))
                    && !point.iter().any(|&j| REMOVAL.is_match(said(j)))
                {
                    let asked: Vec<usize> =
                        point.iter().copied().filter(|&j| !promised(j)).collect();
                    let raised_by = self.bracketed_asker(text).or_else(|| {
                        asked
                            .iter()
                            .flat_map(|&j| mentions(said(j)))
                            .map(|m| m.party)
                            .find(|p| matches!(p, Party::Union(_)))
                    });
                    pending.clear();
                    read_through = point.last().copied();
                    // A bulleted point says whose it is, or it may be any note of the list.
                    if !asked.is_empty() && (raised_by.is_some() || !bulleted(text)) {
                        units.push(QUnit {
                            context: Vec::new(),
                            question: asked,
                            answer: Vec::new(),
                            explicit: raised_by.is_some(),
                            raised_by,
                            answer_by: None,
                            answer_person: None,
                            standalone: false,
                        });
                    }
                    continue;
                }
            }
            // Neither a question nor an answer.
            match current.as_mut() {
                Some(unit) if in_answer => {
                    let last = unit.answer.last().copied().unwrap_or(k);
                    // "Kvarstår." on the line below a point's report: the point stays.
                    let stays_below = sent.para == sents[last].para + 1
                        && still_open(text)
                        && text.split_whitespace().count() <= 4
                        && matches!(
                            section.kind,
                            SectionKind::CarriedOver | SectionKind::BalanceList
                        );
                    if sents[last].para == sent.para || stays_below {
                        unit.answer.push(k);
                    } else if let Some(unit) = current.take() {
                        units.push(unit);
                        in_answer = false;
                        pending = vec![k];
                    }
                }
                Some(unit)
                    if unit.standalone && unit.answer.is_empty() && {
                        let last = unit.question.last().copied().unwrap_or(k);
                        sent.para == sents[last].para + 1
                    } =>
                {
                    // The paragraph after a question on a line of its own answers it.
                    let raiser = unit.raised_by.clone().unwrap_or(Party::AllUnions);
                    unit.answer.push(k);
                    unit.answer_by = Some(opposite(&raiser));
                    in_answer = true;
                }
                // "Punkten avförs" after a point followed up: what was told in between answered it.
                Some(unit)
                    if unit.answer.is_empty()
                        && matches!(
                            section.kind,
                            SectionKind::CarriedOver | SectionKind::BalanceList
                        )
                        && REMOVAL.is_match(text) =>
                {
                    let raiser = unit.raised_by.clone().unwrap_or(Party::AllUnions);
                    unit.answer.push(k);
                    unit.answer_by = Some(opposite(&raiser));
                    in_answer = true;
                }
                // "Ulrika tar med sig frågan" after a question: a promise in reply (in a section
                // of questions, when the asker is not its subject).
                Some(unit)
                    if RETURN.is_match(text)
                        && (!questions_section
                            || leading_party(text).is_none_or(|m| {
                                unit.raised_by
                                    .as_ref()
                                    .is_some_and(|r| opposite_sides(&m.party, r))
                            })) =>
                {
                    let raiser = unit.raised_by.clone().unwrap_or(Party::AllUnions);
                    unit.answer.push(k);
                    unit.answer_by = Some(opposite(&raiser));
                    in_answer = true;
                }
                Some(unit) => {
                    let last = unit.question.last().copied().unwrap_or(k);
                    // The asker going on in a paragraph of its own ("SACO har läst …").
                    let same_asker = leading_party(text)
                        .is_some_and(|m| Some(&m.party) == unit.raised_by.as_ref());
                    // Outside a section of questions, a question runs two sentences past its
                    // asking at most: a page joined into one paragraph goes on to other things.
                    let joined_page = sents.iter().filter(|s| s.para == sent.para).count() >= 8;
                    let near =
                        questions_section || !joined_page || last_signal.is_none_or(|l| k <= l + 2);
                    if near && (questions_section || sents[last].para == sent.para || same_asker) {
                        unit.question.push(k);
                    } else if let Some(unit) = current.take() {
                        units.push(unit);
                        pending = vec![k];
                    }
                }
                None => pending.push(k),
            }
        }
        if let Some(unit) = current.take() {
            units.push(unit);
        }
        let mut previous_raiser: Option<Party> = None;
        let title_union = {
            let unions: Vec<Party> = mentions(&section.title)
                .into_iter()
                .map(|m| m.party)
                .filter(|p| matches!(p, Party::Union(_)))
                .collect();
            (section.title.to_lowercase().contains("fråg") && unions.len() == 1)
                .then(|| unions[0].clone())
        };
        let mut out = Vec::new();
        for mut unit in units {
            if unit.question.is_empty() {
                continue;
            }
            let first = unit
                .context
                .first()
                .or(unit.question.first())
                .copied()
                .unwrap_or(0);
            let last = unit.question.last().copied().unwrap_or(first);
            let span = sents[first].span.join(sents[last].span);
            let question_text = self.doc.slice(span).to_string();
            let mut confidence = if unit.explicit { 0.85 } else { 0.6 };
            if unit.raised_by.is_none() {
                unit.raised_by = mentions(&question_text)
                    .into_iter()
                    .find(|m| matches!(m.party, Party::Union(_)))
                    .map(|m| m.party)
                    .or_else(|| previous_raiser.clone());
                confidence -= 0.1;
            }
            // "Inkomna frågor från Vision": the section's questions are that union's unless
            // one names another asker.
            if unit
                .raised_by
                .as_ref()
                .is_none_or(|p| *p == Party::AllUnions)
                && let Some(title_union) = title_union.clone()
            {
                unit.raised_by = Some(title_union);
            }
            // "Facket vill veta …" after IF Metall's question: the union of the point, when the
            // text says "the union" without naming it, and the section names no other union.
            if unit.raised_by == Some(Party::AllUnions)
                && let Some(Party::Union(_)) = previous_raiser
                && sents
                    .iter()
                    .flat_map(|s| mentions(self.doc.slice(s.span)))
                    .all(|m| {
                        !matches!(m.party, Party::Union(_))
                            || Some(&m.party) == previous_raiser.as_ref()
                    })
                && self
                    .doc
                    .slice(sents[unit.question[0]].span)
                    .split_whitespace()
                    .take(3)
                    .any(|w| matches!(w.to_lowercase().as_str(), "facket" | "fackets"))
            {
                unit.raised_by = previous_raiser.clone();
                confidence -= 0.1;
            }
            let raised_by = unit.raised_by.clone().unwrap_or(Party::AllUnions);
            previous_raiser = Some(raised_by.clone());
            // "efterfrågade vi, och fick, statistik": the asking sentence tells the answer.
            if unit.answer.is_empty()
                && let Some(&told) = unit.question.iter().find(|&&q| {
                    let text = self.doc.slice(sents[q].span);
                    GOT_ANSWER.is_match(text) || REPORTED_AS_ASKED.is_match(text)
                })
            {
                unit.answer.push(told);
                unit.answer_by = Some(opposite(&raised_by));
            }
            // "Arbetsgivaren tar med sig frågan": a promise to answer is not an answer.
            // "Svar: Arbetsgivaren har inget färdigt svar i dag": no answer given either.
            static NO_ANSWER: LazyLock<Regex> = LazyLock::new(|| {
                lenient_regex(
                    r"(?i)\b(?:inte\s+(?:något|ett)|inget)\s+(?:färdigt\s+|klart\s+|definitivt\s+)?svar\b|\bkan\s+(?:ännu\s+)?inte\s+(?:ge\s+(?:något\s+)?svar|svara)\b",
                )
            });
            let returns = |&a: &usize| {
                let text = self.doc.slice(sents[a].span);
                RETURN.is_match(text) || still_open(text) || NO_ANSWER.is_match(text)
            };
            // "… Arbetsgivaren tar med sig frågan", "Frågan förs upp på balanslistan": whatever
            // was said first, the question itself is carried on, so it stays open. Not "tar med
            // sig frågan om inloggning": a narrower matter of its own.
            static CARRIED_ON: LazyLock<Regex> = LazyLock::new(|| {
                lenient_regex(
                    r"(?i)\b(?:tar|tog)\s+med\s+sig\s+frågan\b|\bfrågan\s+(?:förs|fördes|sätts|sattes|läggs|lades)\s+(?:upp\s+)?(?:på|till)\s+(?:balans|åtgärds|ärende)listan\b",
                )
            });
            // "Vår fråga om X ligger kvar.": the point itself says it stays, whatever was said.
            let stays = unit.question.iter().any(|&q| {
                let text = self.doc.slice(sents[q].span);
                OUR_QUESTION.is_match(text) && still_open(text)
            });
            let remains = stays
                || unit.answer.iter().any(|&a| {
                    let text = self.doc.slice(sents[a].span);
                    still_open(text)
                        || CARRIED_ON.find(text).is_some_and(|m| {
                            let next = text[m.end()..].split_whitespace().next().unwrap_or("");
                            !matches!(next, "om" | "kring" | "gällande" | "rörande" | "angående")
                        })
                });
            let promise_only = !unit.answer.is_empty()
                && (remains
                    || unit.answer.iter().all(returns)
                    // After a question on its own line, a promise to come back in the paragraph
                    // below it means no answer was given yet, unless a labelled answer ("Svar:
                    // …") tells something first.
                    || (unit.standalone
                        && unit.answer.iter().any(returns)
                        && !unit.answer.first().is_some_and(|&a| {
                            !returns(&a)
                                && self
                                    .answer_signal(self.doc.slice(sents[a].span))
                                    .is_some_and(|(_, _, strong)| strong)
                        })));
            let mut item = self.item_at(span, ItemKind::Question);
            let title_sentence = unit
                .question
                .iter()
                .find(|&&q| {
                    self.question_signal(self.doc.slice(sents[q].span), sents, q, true)
                        .is_some()
                })
                .copied()
                .unwrap_or(last);
            item.title = shorten(&collapse(self.doc.slice(sents[title_sentence].span)), 120);
            item.addressed_to = Some(opposite(&raised_by));
            item.raised_by = Some(raised_by);
            if let (Some(&a), Some(&b), false) =
                (unit.answer.first(), unit.answer.last(), promise_only)
            {
                let answer_span = sents[a].span.join(sents[b].span);
                item.answer = Some(AnswerDraft {
                    by: unit.answer_by.clone().unwrap_or(Party::Employer),
                    person: unit.answer_person.clone(),
                    text: collapse(self.doc.slice(answer_span)),
                    span: answer_span,
                });
                item.outcome = Outcome::Answered;
            } else {
                item.outcome = Outcome::Open;
                confidence -= 0.05;
            }
            item.confidence = confidence;
            let id = self.push(item, section);
            out.push((unit, Some(id)));
        }
        out
    }

    /// Whether a sentence asks something, and who asks (with whether the text names them).
    fn question_signal(
        &self,
        text: &str,
        sents: &[Sent],
        k: usize,
        questions_section: bool,
    ) -> Option<(Option<Party>, bool)> {
        // "b. Vi frågade …", "d. Fråga om …": the point's mark is no word of the sentence, nor
        // is a listed point's label ("Punkt 2026-03: Kommunals begäran om …").
        let text = POINT_MARK.find(text).map_or(text, |m| &text[m.end()..]);
        let text = POINT_LABEL.find(text).map_or(text, |m| &text[m.end()..]);
        // "ST:s fråga … kvarstår, se punkt 7": a pointer to where it is read.
        if CROSS_REFERENCE.is_match(text) {
            return None;
        }
        // "Eva redovisade sjukfrånvaron, som ST begärde vid förra mötet": the union's earlier
        // question, answered by the report.
        if let Some(party) = REPORTED_AS_ASKED
            .captures(text)
            .and_then(|c| lexicon::party_of(&c["p"]))
            .filter(|p| matches!(p, Party::Union(_)))
        {
            return Some((Some(party), true));
        }
        // "Kommunal vill ha antecknat att …": a note for the minutes, no question.
        if NOTE_WANTED.is_match(text) {
            return None;
        }
        // "Fråga från skyddsombudet: …": the union of the one who holds that role.
        if let Some(c) = Q_ROLE_LABEL.captures(text) {
            return Some(match self.holder_of(&c["r"]) {
                Some(party) => (Some(party), true),
                None => (None, false),
            });
        }
        if let Some(c) = Q_LABEL.captures(text) {
            let party = ["p", "q", "r", "s"]
                .iter()
                .find_map(|g| c.name(g))
                .and_then(|m| lexicon::party_of(m.as_str()));
            let explicit = party.is_some();
            return Some((party, explicit));
        }
        if text.contains(':')
            && let Some(party) = SPEAKER_LABEL
                .captures(text)
                .and_then(|c| c.name("p"))
                .and_then(|m| lexicon::party_of(m.as_str()))
                .filter(|p| *p != Party::Employer)
        {
            return Some((Some(party), true));
        }
        let we = text
            .split_whitespace()
            .any(|w| matches!(w.trim_matches(|c: char| !c.is_alphabetic()), "vi" | "Vi"));
        if we && Q_WE.is_match(text) && !refers_back(text) {
            return Some(match &self.writer {
                Some(writer) => (Some(writer.clone()), true),
                None => (Some(Party::AllUnions), false),
            });
        }
        if OUR_QUESTION.is_match(text) {
            return Some(match &self.writer {
                Some(writer) => (Some(writer.clone()), true),
                None => (Some(Party::AllUnions), false),
            });
        }
        if Q_ANNOUNCED.is_match(text) {
            return Some((None, false));
        }
        // "… har fått signaler om X. Frågan är vilka åtgärder …": asked by the paragraph's
        // leading party.
        if Q_IS.is_match(text) {
            let first = sents[..k]
                .iter()
                .rposition(|s| s.para != sents[k].para)
                .map_or(0, |p| p + 1);
            let lead = leading_party(self.doc.slice(sents[first].span))
                .map(|m| m.party)
                .filter(|p| *p != Party::Employer);
            let explicit = lead.is_some();
            return Some((lead, explicit));
        }
        let asking = has_any(text, ASKING);
        for (party_start, party, verb) in asked_by(if asking { text } else { "" }) {
            if party == Party::Employer && !verb.starts_with("fråga") && !verb.starts_with("undra")
            {
                continue;
            }
            if verb.starts_with("önsk") && self.samverkan_point.get() {
                continue;
            }
            // "begär central förhandling": a demand of the procedure, not a question.
            if verb.starts_with("begär") && NEGOTIATION_DEMAND.is_match(text) {
                continue;
            }
            // The party must be the subject: at the start, or after a conjunction or comma.
            // A party at the start of a line is its subject ("(SSR)\nSSR har efterfrågat …"),
            // also after a role or a name ("HSO Kommunal har påtalat", "Per Nord (SSR) tog upp").
            // A list's dash is no word ("– OB (Seko) undrar …").
            let on_line = text[..party_start]
                .rsplit('\n')
                .next()
                .unwrap_or("")
                .trim_start_matches(['–', '-', '•', '*', ' ', '\t'])
                .trim_end_matches([' ', '\t', '(']);
            let line_start = on_line.split_whitespace().count() <= 3
                && on_line
                    .split_whitespace()
                    .all(|w| w.chars().next().is_some_and(char::is_uppercase));
            let before = text[..party_start].trim_end();
            let subject = before.is_empty()
                || line_start
                || before.ends_with([',', ';', ':', '.'])
                || before.ends_with(" och")
                || before.ends_with(" men")
                || before.ends_with(" att")
                || before.ends_with(" Vidare")
                || before.ends_with(" även")
                || before.split_whitespace().count() <= 2;
            if subject {
                return Some((Some(party), true));
            }
        }
        // "Vårdförbundet påpekar att … och frågar hur …": the union leading the sentence asks
        // with a second verb.
        if asking
            && COORDINATED_ASK.is_match(text)
            && let Some(lead) = leading_party(text).filter(|m| matches!(m.party, Party::Union(_)))
            && COORDINATED_ASK.is_match(&text[lead.end..])
        {
            return Some((Some(lead.party), true));
        }
        if let Some(role) = ROLE_ASKS.captures(text).map(|c| c["r"].to_string()) {
            return Some(match self.holder_of(&role) {
                Some(party) => (Some(party), true),
                None => (None, false),
            });
        }
        if self.writer.is_none()
            && let Some(c) = PERSON_RAISES.captures(text)
            && let Some((_, party @ Party::Union(_))) = self.people.resolve(&c["n"])
        {
            return Some((Some(party), true));
        }
        if asking
            && let Some(name) = PERSON_ASKS
                .captures(text)
                .and_then(|c| c.name("n"))
                .map(|n| n.as_str())
        {
            // Known from the attendance: the person's side; the employer's wishes are not
            // questions. Unknown: a person of two names or more, side not known.
            match self.people.resolve(name).or_else(|| self.by_initials(name)) {
                // In a union's own minutes the people present are its members.
                Some((_, Party::Employer)) if self.writer.is_some() => {
                    return Some((self.writer.clone(), true));
                }
                Some((_, Party::Employer)) => {}
                Some((_, party)) => return Some((Some(party), true)),
                None if name.split_whitespace().count() >= 2
                    && lexicon::party_of(name).is_none()
                    && !NOT_NAMES.contains(&name.to_lowercase().as_str()) =>
                {
                    return Some((None, false));
                }
                None => {}
            }
        }
        if asking
            && let Some(c) = Q_INVERTED.captures(text)
            && let Some(party) = c.name("p").and_then(|m| lexicon::party_of(m.as_str()))
        {
            return Some((Some(party), true));
        }
        let asks = text
            .trim_end_matches(['”', '"', '’', '»', ')', ' '])
            .ends_with('?')
            && asking_clause_words(text) >= 4;
        if asks {
            let para = sents[k].para;
            if questions_section
                || self.paragraph_names_unions(sents, para)
                || standalone_question(self.doc, sents, k)
            {
                let lead = leading_party(text).map(|m| m.party);
                let explicit = lead.is_some();
                return Some((lead, explicit));
            }
        }
        None
    }

    /// The union named in a point's first brackets ("(§ 9/2025, Seko)"), or the union of the
    /// person or role named there ("(SO Per Dahl)", "(HSO)").
    fn bracketed_asker(&self, text: &str) -> Option<Party> {
        let open = text.find('(')?;
        let close = open + text[open..].find(')')?;
        let inside = &text[open + 1..close];
        if let Some(party) = mentions(inside)
            .into_iter()
            .map(|m| m.party)
            .find(|p| matches!(p, Party::Union(_)))
        {
            return Some(party);
        }
        let mut words = inside.split_whitespace().peekable();
        let role = words
            .peek()
            .filter(|w| matches!(**w, "SO" | "HSO" | "Skyddsombud" | "Huvudskyddsombud"))
            .map(|w| w.to_string());
        if role.is_some() {
            words.next();
        }
        let rest: Vec<&str> = words.collect();
        let by_name = (!rest.is_empty())
            .then(|| self.people.resolve(&rest.join(" ")))
            .flatten()
            .map(|(_, party)| party)
            .filter(|p| matches!(p, Party::Union(_)));
        by_name.or_else(|| role.and_then(|r| self.holder_of(&r)))
    }

    /// The one union whose people present hold a safety representative's role ("HSO",
    /// "skyddsombudet", "SO Gata/Park"), as the attendance lists it; with no role listed, the
    /// one union present.
    pub(super) fn holder_of(&self, role: &str) -> Option<Party> {
        let wanted = match role.to_lowercase().as_str() {
            "hso" | "huvudskyddsombudet" => "huvudskyddsombud",
            "arbetsmiljöombudet" => "arbetsmiljöombud",
            _ => "skyddsombud",
        };
        let one_union = |wanted: &str| {
            let mut parties = self
                .roles
                .iter()
                .filter(|(r, p)| r.contains(wanted) && matches!(p, Party::Union(_)))
                .map(|(_, p)| p);
            let first = parties.next()?;
            parties.all(|p| p == first).then(|| first.clone())
        };
        // No one listed with the role: the one union present holds it, if only one is.
        if self.roles.iter().any(|(r, _)| r.contains(wanted)) {
            one_union(wanted)
        } else {
            one_union("")
        }
    }

    /// Whether a paragraph names a union (remembered per paragraph: a paragraph of many
    /// question marks is not read again for each).
    fn paragraph_names_unions(&self, sents: &[Sent], para: usize) -> bool {
        let mut cache = self.union_paragraphs.borrow_mut();
        if let Some(&known) = cache.get(&para) {
            return known;
        }
        let found = sents
            .iter()
            .filter(|s| s.para == para)
            .flat_map(|s| mentions(self.doc.slice(s.span)))
            .any(|m| matches!(m.party, Party::Union(_) | Party::AllUnions));
        cache.insert(para, found);
        found
    }

    /// Whether a sentence answers: who answers, the person, and whether the words say "svar".
    pub(super) fn answer_signal(
        &self,
        text: &str,
    ) -> Option<(Option<Party>, Option<String>, bool)> {
        let text = POINT_MARK.find(text).map_or(text, |m| &text[m.end()..]);
        if text.contains(':')
            && SPEAKER_LABEL
                .captures(text)
                .and_then(|c| c.name("p"))
                .and_then(|m| lexicon::party_of(m.as_str()))
                == Some(Party::Employer)
        {
            return Some((Some(Party::Employer), None, true));
        }
        // "Oskar: Alla operatörer har …": a person of the meeting answering in a dialogue.
        if text.contains(':')
            && let Some(c) = PERSON_LABEL.captures(text)
            // "ST:s fråga" is a genitive, no speaker.
            && !text[c.name("n").map_or(0, |m| m.end())..].starts_with(":s")
            && let (Some(party), person) = self.who(&c["n"])
        {
            // Initials label a list of tasks as often as a reply ("EH: offert"): a reply only
            // where a question waits for the other side.
            let initials = c["n"].chars().all(char::is_uppercase);
            return Some((Some(party), person, !initials));
        }
        if let Some(c) = STRONG_ANSWER.captures(text) {
            let who = ["p", "f", "q", "r"].iter().find_map(|g| c.name(g));
            let (party, person) = who.map_or((None, None), |m| self.who(m.as_str()));
            // A name the attendance does not place: answering, so the side asked. A first name
            // alone answers too ("Helena svarade att …"), a word that opens sentences does not.
            if who.is_some_and(|m| {
                !self.is_name(m.as_str())
                    && (m.as_str().contains(char::is_whitespace)
                        || NOT_NAMES.contains(&m.as_str().to_lowercase().as_str())
                        || !c
                            .get(0)
                            .is_some_and(|all| ANSWERED_THAT.is_match(&text[all.end()..])))
            }) && party.is_none()
            {
                return None;
            }
            return Some((party, person, true));
        }
        if let Some(c) = WEAK_ANSWER.captures(text) {
            let who = c.name("s")?.as_str();
            let (party, person) = self.who(who);
            return party.map(|p| (Some(p), person, false));
        }
        None
    }

    /// Whether words are a person's name of two words or more, not a word that begins a
    /// sentence ("Hanna Ljung", not "Frågan").
    fn is_name(&self, words: &str) -> bool {
        let words: Vec<&str> = words.split_whitespace().collect();
        words.len() >= 2
            && words.iter().all(|w| {
                w.chars().next().is_some_and(char::is_uppercase)
                    && !NOT_NAMES.contains(&w.to_lowercase().as_str())
                    && lexicon::party_of(w).is_none()
            })
    }

    /// The one person present whose names begin with these two or three capitals ("EH" for
    /// Eva Holm), as minutes written in initials name their speakers.
    fn by_initials(&self, word: &str) -> Option<(String, Party)> {
        let word = word.trim_matches(|c: char| !c.is_alphanumeric());
        if !(2..=3).contains(&word.chars().count()) || !word.chars().all(char::is_uppercase) {
            return None;
        }
        if lexicon::party_of(word).is_some() {
            return None;
        }
        let mut found = self.people.people.iter().filter(|(full, _)| {
            let initials: String = full
                .split([' ', '-'])
                .filter_map(|w| w.chars().next())
                .collect();
            initials == word
        });
        let first = found.next()?;
        found.next().is_none().then(|| first.clone())
    }

    /// A party or person named as a subject: its party and the person's full name.
    pub(super) fn who(&self, words: &str) -> (Option<Party>, Option<String>) {
        static OFFICER: LazyLock<Regex> = LazyLock::new(|| {
            lenient_regex(
                r"^(?:\p{Lu}\p{Ll}*(?:chefen|direktören|rektorn|konsulten|strategen|prefekten)|Rektor|Rektorn|Dekan|Dekanen|Dekanus|Prefekt|Prefekten|HR)$",
            )
        });
        if let Some(party) = lexicon::party_of(words) {
            return (Some(party), None);
        }
        // "Kostchefen svarade": an officer of the employer.
        if OFFICER.is_match(words.trim()) {
            return (Some(Party::Employer), None);
        }
        let collapsed = collapse(words);
        if NOT_NAMES.contains(&collapsed.to_lowercase().as_str()) {
            return (None, None);
        }
        // Try the longest run of names first ("Lee Orberson"), then the first word ("Anna").
        let words: Vec<&str> = collapsed.split_whitespace().collect();
        if let Some(found) = words.first().and_then(|w| self.by_initials(w)) {
            return (Some(found.1), Some(found.0));
        }
        for len in (1..=words.len()).rev() {
            let name = words[..len].join(" ");
            if let Some((full, party)) = self.people.resolve(&name) {
                return (Some(party), Some(full));
            }
        }
        (None, None)
    }
}

/// "Vision frågar", "Kommunal vill även veta": each verb of asking with the party named just
/// before it (up to four lowercase words between them), as (where the party begins, the party,
/// the verb). The verb is found first, so the party names are looked for only before it.
pub(super) fn asked_by(text: &str) -> Vec<(usize, Party, &str)> {
    let mut out = Vec::new();
    for c in Q_VERB.captures_iter(text) {
        let Some(verb) = c.name("v") else {
            continue;
        };
        let mut rest = text[..verb.start()].trim_end();
        // "Kommunal (Fatima) frågade": the person in brackets after the party.
        if rest.ends_with(')')
            && let Some(open) = rest.rfind('(')
            && rest.len() - open <= 40
            && !rest[open + 1..rest.len() - 1].contains(['(', ')'])
            && lexicon::party_of(&rest[open + 1..rest.len() - 1]).is_none()
        {
            rest = rest[..open].trim_end();
        }
        let mut ends = vec![rest.len()];
        for _ in 0..4 {
            match rest.rsplit_once(char::is_whitespace) {
                // Lowercase words, or a forum's abbreviation ("Kommunal hade vid förra LSG frågat").
                Some((head, last))
                    if !last.is_empty()
                        && (last
                            .trim_matches(|c| c == '(' || c == ')')
                            .chars()
                            .all(char::is_lowercase)
                            || last.len() <= 5 && last.chars().all(char::is_uppercase)) =>
                {
                    rest = head.trim_end();
                    ends.push(rest.len());
                }
                _ => break,
            }
        }
        for &end in ends.iter().rev() {
            let mut from = end.saturating_sub(60);
            while !text.is_char_boundary(from) {
                from -= 1;
            }
            if let Some(m) = mentions(&text[from..end]).pop()
                && text[from + m.end..end].trim_matches(')').is_empty()
            {
                out.push((from + m.start, m.party, verb.as_str()));
                break;
            }
        }
    }
    out
}

/// The words of the clause a question mark ends, back to the sentence or list mark before it
/// ("a. Utredning klar? i. Är den klar?" has three): a note of two or three words is no question.
fn asking_clause_words(text: &str) -> usize {
    let body = text
        .trim_end()
        .trim_end_matches(['”', '"', '’', '»', ')', '?', ' ']);
    let start = body
        .rfind(['?', '!'])
        .into_iter()
        .chain(body.rmatch_indices(". ").map(|(i, _)| i))
        .max()
        .map_or(0, |i| i + 1);
    body[start..].split_whitespace().count()
}

/// A question on a line of its own ("Vilken ersättning gäller för sommarskolan?"), as a report
/// of questions and answers writes them: a whole paragraph of one interrogative sentence of
/// four words or more, with a paragraph after it to answer it.
fn standalone_question(doc: &Doc, sents: &[Sent], k: usize) -> bool {
    let sent = &sents[k];
    let text = doc.slice(sent.span);
    let alone = sents.iter().filter(|s| s.para == sent.para).count() == 1;
    alone
        && text.split_whitespace().count() >= 4
        && text
            .trim_end_matches(['”', '"', '’', '»', ')', ' '])
            .ends_with('?')
        && sents.iter().any(|s| s.para == sent.para + 1)
}

#[cfg(test)]
mod tests;
