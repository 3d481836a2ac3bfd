//! Statements: notes to the minutes, positions and statements under their headings.

use super::*;

impl Reader<'_> {
    /// Statements (yttrande, protokollsanteckning): the labelled paragraph and the ones that
    /// follow until someone else speaks.
    pub(super) fn statements(
        &mut self,
        section: &Section,
        paras: &[Para],
        matters: &[(String, Span)],
        excluded: &mut Vec<Span>,
    ) {
        let doc = self.doc;
        let mut k = 0;
        while k < paras.len() {
            // A statement opens its paragraph or one of its sentences ("… Förhandlingen
            // avslutades i oenighet. Vision lämnade en protokollsanteckning om …").
            let Some((opening, c)) = sentences(&doc.text, paras[k].span)
                .first()
                .map(|first| Span::new(paras[k].span.start, first.end))
                .into_iter()
                .chain(sentences(&doc.text, paras[k].span).into_iter().skip(1))
                // A labelled note opens its own line even where no sentence ends before it
                // ("… Klart: v. 14\nProtokollsanteckning från Vision: …").
                .chain(
                    doc.slice(paras[k].span)
                        .match_indices('\n')
                        .map(|(at, _)| paras[k].span.start + at + 1)
                        .filter(|&at| NOTE_LINE.is_match(&doc.text[at..paras[k].span.end]))
                        .map(|at| Span::new(at, paras[k].span.end)),
                )
                .find_map(|sentence| {
                    let at = Span::new(sentence.start, paras[k].span.end);
                    STATEMENT.captures(doc.slice(at)).map(|c| (at, c))
                })
                .or_else(|| {
                    // Under a heading of notes ("§ 6 Protokollsanteckningar"), a paragraph
                    // opening with a party's label ("Vision: …") is that party's note.
                    NOTES_TITLE
                        .is_match(&section.title)
                        .then(|| LABELLED_NOTE.captures(doc.slice(paras[k].span)))
                        .flatten()
                        .map(|c| (paras[k].span, c))
                })
            else {
                k += 1;
                continue;
            };
            let text = doc.slice(opening);
            // "Vi lämnade en protokollsanteckning": the writing union's own.
            let party = ["p", "q", "r", "s", "u", "w", "y"]
                .iter()
                .find_map(|g| c.name(g))
                .and_then(|m| lexicon::party_of(m.as_str()))
                .or_else(|| c.name("v").and_then(|_| self.writer.clone()));
            if c.name("v").is_some() && party.is_none() {
                k += 1;
                continue;
            }
            let kind_word = ["k", "l", "m", "n", "o"]
                .iter()
                .find_map(|g| c.name(g))
                .map_or("protokollsanteckning".to_string(), |m| {
                    m.as_str().to_lowercase()
                });
            let kind = if kind_word.contains("särskil") {
                StatementKind::DissentingStatement
            } else if kind_word.contains("yttrande") {
                StatementKind::Statement
            } else {
                StatementKind::MinutesNote
            };
            let mut span = opening;
            let mut j = k + 1;
            let within = opening.start > paras[k].span.start;
            // A paragraph that runs on into the next listed point ("… under första terminen.
            // 4.3 KS 2025/88 Remissvar") ends the note before that point.
            if let Some(end) = next_point_line(doc.slice(span)) {
                span = Span::new(span.start, span.start + end);
                j = paras.len();
            }
            // Within its paragraph a statement is its quotation or its own sentence ("…
            // lämnade en gemensam protokollsanteckning om att …"); one that only points to an
            // appendix ("se bilaga 1") is read there.
            if within {
                static QUOTED: LazyLock<Regex> = LazyLock::new(|| {
                    Regex::new(r#"^[^"”“»«]*["“”«»][^"”“»«]+["”»]\.?"#).expect("regex")
                });
                let own = sentences(&doc.text, opening)
                    .first()
                    .copied()
                    .unwrap_or(opening);
                if let Some(m) = QUOTED.find(text) {
                    span = Span::new(opening.start, opening.start + m.end());
                } else if doc.slice(own).to_lowercase().contains("bilaga") {
                    k += 1;
                    continue;
                } else {
                    span = own;
                }
                j = paras.len();
            }
            // A union's report of its own note tells what came of the matter after it
            // ("Vi lämnade en protokollsanteckning om … Förhandlingen avslutades i oenighet").
            if c.name("v").is_some() && !within {
                let own = sentences(&doc.text, span);
                if let Some(end) = own
                    .iter()
                    .skip(1)
                    .position(|s| NEGOTIATION.is_match(doc.slice(*s)))
                {
                    span = own[0].join(own[end]);
                }
                j = paras.len();
            }
            while j < paras.len() && j < k + 10 {
                // A quoted statement ends with its closing quotation mark.
                let so_far = doc.slice(span).trim_end();
                if so_far.ends_with(['"', '”', '»'])
                    && so_far.matches(['"', '”', '»', '“', '«']).count() >= 2
                {
                    break;
                }
                let next = doc.slice(paras[j].span);
                // The outcome may open a paragraph that goes on ("Samverkad, parterna eniga.
                // Chefen beslutar …").
                let first = sentences(&doc.text, paras[j].span)
                    .first()
                    .map_or(next, |s| doc.slice(*s));
                // The other side speaking ("Arbetsgivaren åtar sig …") ends a party's note.
                let other_side = leading_party(next)
                    .is_some_and(|m| party.as_ref().is_some_and(|p| opposite_sides(&m.party, p)));
                if SPEAKER.is_match(next)
                    || other_side
                    || NEGOTIATION.is_match(first) && bare_outcome(first)
                    || POINT_LINE.is_match(next.lines().next().unwrap_or(""))
                    || AGENDA_MATTER.is_match(next)
                    || REGISTRY.is_match(next)
                    || STATEMENT.is_match(next)
                    || MBL_LINE.is_match(next)
                {
                    break;
                }
                span = span.join(paras[j].span);
                j += 1;
            }
            let mut item = self.item_at(span, ItemKind::Statement);
            let party_name = party.as_ref().map_or("?".to_string(), |p| p.to_string());
            item.title = format!("{party_name}s {}", kind_word);
            item.by = party;
            item.statement_kind = Some(kind);
            item.outcome = Outcome::Open;
            item.confidence = 0.85;
            item.belongs_to = matters
                .iter()
                .rfind(|(_, m)| m.end <= span.start)
                .map(|(id, _)| id.clone());
            self.push(item, section);
            excluded.push(span);
            k = if within { k + 1 } else { j };
        }
    }

    /// Action points written as fields ("Åtg: ta fram en rutin. Ansv: Anna Ek. Klart: v. 12"):
    /// a commitment of the one responsible, due as the "Klart" field says.
    /// Under a heading of notes or of a demand ("§ 6 Protokollsanteckningar", "§ 3 Kommunals
    /// yrkande"), a paragraph a party opens ("Vision: …", "Kommunal yrkar att …") is that
    /// party's statement though it names no note.
    pub(super) fn headed_statements(
        &mut self,
        section: &Section,
        paras: &[Para],
        matters: &[(String, Span)],
        excluded: &mut Vec<Span>,
    ) {
        let Some(title) = STATEMENT_TITLE.captures(section.title.trim()) else {
            return;
        };
        let demand = title.name("d").is_some();
        for para in paras {
            if excluded
                .iter()
                .any(|x| x.contains(para.span) || para.span.contains(*x))
            {
                continue;
            }
            let text = self.doc.slice(para.span);
            let Some(m) = leading_party(text) else {
                continue;
            };
            // Under a demand's heading only the demand is the statement, not a question after
            // it; a reply to the note ("Arbetsgivaren noterade anteckningen") is none.
            if demand && !DEMANDS.is_match(text) || NOTE_REPLY.is_match(text) {
                continue;
            }
            let mut item = self.item_at(para.span, ItemKind::Statement);
            let kind_word = if demand {
                "yrkande"
            } else {
                "protokollsanteckning"
            };
            item.title = format!("{}s {kind_word}", m.party);
            item.by = Some(m.party);
            item.statement_kind = Some(if demand {
                StatementKind::Statement
            } else {
                StatementKind::MinutesNote
            });
            item.outcome = Outcome::Open;
            item.confidence = 0.75;
            item.belongs_to = matters
                .iter()
                .rfind(|(_, at)| at.end <= para.span.start)
                .map(|(id, _)| id.clone());
            self.push(item, section);
            excluded.push(para.span);
        }
    }
}

#[cfg(test)]
mod tests;
