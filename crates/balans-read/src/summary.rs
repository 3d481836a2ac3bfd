//! One-line Swedish summaries of events, for timelines and logs.

use balans_domain::{Due, DueBy, Event, Resolution};

/// A short Swedish line saying what an event records.
pub fn summarize(event: &Event) -> String {
    match event {
        Event::ForumCreated {
            name, organization, ..
        } => format!("Forum skapat: {name} ({organization})"),
        Event::UnionJoinedForum { union, .. } => format!("{union} ingår i forumet"),
        Event::CaseNumbered { number, .. } => format!("Ärende {number} registrerat"),
        Event::MeetingScheduled { date, place, .. } => match place {
            Some(place) => format!("Möte planerat {date} i {place}"),
            None => format!("Möte planerat {date}"),
        },
        Event::MeetingRescheduled { date, .. } => format!("Mötet flyttat till {date}"),
        Event::AttendanceRecorded {
            present, absent, ..
        } => {
            format!(
                "Närvaro: {} närvarande, {} med förhinder",
                present.len(),
                absent.len()
            )
        }
        Event::ApproversAppointed {
            approvers,
            deadline,
            ..
        } => match deadline {
            Some(deadline) => format!(
                "{} justerare utsedda, justering senast {deadline}",
                approvers.len()
            ),
            None => format!("{} justerare utsedda", approvers.len()),
        },
        Event::MeetingHeld { chair, .. } => match chair {
            Some(chair) => format!("Mötet hållet, ordförande {chair}"),
            None => "Mötet hållet".to_string(),
        },
        Event::MinutesApproved { on, .. } => format!("Protokollet justerat {on}"),
        Event::MinutesPublished { on, .. } => format!("Protokollet publicerat {on}"),
        Event::MinutesTextRecorded {
            text,
            source_encoding,
            ..
        } => format!(
            "Protokollets text sparad ({} tecken, {source_encoding})",
            text.chars().count()
        ),
        Event::CaseOpened {
            number,
            kind,
            title,
            ..
        } => {
            format!("{number} öppnat ({}): {}", kind.swedish(), shorten(title))
        }
        Event::QuestionRaised {
            raised_by,
            addressed_to,
            carried_over,
            ..
        } => {
            if *carried_over {
                format!("Kvarvarande fråga från {raised_by} till {addressed_to}")
            } else {
                format!("Fråga från {raised_by} till {addressed_to}")
            }
        }
        Event::AnswerGiven { by, text, .. } => format!("Svar från {by}: {}", shorten(text)),
        Event::FollowUpAsked { by, text, .. } => format!("Följdfråga från {by}: {}", shorten(text)),
        Event::CommitmentMade { by, what, due, .. } => {
            format!("{by} åtar sig: {}{}", shorten(what), due_suffix(due))
        }
        Event::CommitmentRenewed {
            commitment, due, ..
        } => {
            format!("Åtagande {commitment} förnyat{}", due_suffix(due))
        }
        Event::CommitmentFulfilled { commitment, .. } => format!("Åtagande {commitment} uppfyllt"),
        Event::AddedToBalanceList { .. } => "Förd till balanslistan".to_string(),
        Event::RemovedFromBalanceList { .. } => "Struken från balanslistan".to_string(),
        Event::Discussed { note, .. } => match note {
            Some(note) => format!("Behandlat: {}", shorten(note)),
            None => "Behandlat på mötet".to_string(),
        },
        Event::StatementRecorded { party, text, .. } => {
            format!("Yttrande från {party}: {}", shorten(text))
        }
        Event::BoardMatterRegistered {
            registry_number,
            mbl,
            ..
        } => {
            let number = registry_number.as_deref().unwrap_or("utan diarienummer");
            match mbl {
                Some(mbl) => format!("Nämndärende {number}, MBL § {}", mbl_section(*mbl)),
                None => format!("Nämndärende {number}"),
            }
        }
        Event::Closed { resolution, .. } => format!("Avslutat: {}", resolution_text(*resolution)),
        Event::Reopened { reason, .. } => format!("Återöppnat: {}", shorten(reason)),
        Event::Corrected { reason, .. } => format!("Rättat: {}", shorten(reason)),
    }
}

fn mbl_section(mbl: balans_domain::Mbl) -> &'static str {
    match mbl {
        balans_domain::Mbl::Negotiation11 => "11",
        balans_domain::Mbl::Information19 => "19",
    }
}

fn resolution_text(resolution: Resolution) -> &'static str {
    resolution.swedish()
}

fn due_suffix(due: &Due) -> String {
    match (&due.label, due.by) {
        (Some(label), DueBy::Date(date)) if *label != date.to_string() => {
            format!(" ({label}, senast {date})")
        }
        (_, DueBy::Date(date)) => format!(" (senast {date})"),
        (Some(label), _) => format!(" ({label})"),
        (None, _) => String::new(),
    }
}

/// The first words of a text, so that a summary stays on one line.
pub fn shorten(text: &str) -> String {
    const MAX_CHARS: usize = 80;
    // The text on one line, but no further than needed to know where to cut: a question's
    // text runs to hundreds of characters, and every timeline line is shortened.
    let mut one_line = String::with_capacity(text.len().min(2 * MAX_CHARS));
    let mut chars = 0;
    for word in text.split_whitespace() {
        if chars > MAX_CHARS {
            break;
        }
        if chars > 0 {
            one_line.push(' ');
            chars += 1;
        }
        one_line.push_str(word);
        chars += word.chars().count();
    }
    if chars <= MAX_CHARS {
        return one_line;
    }
    let cut: String = one_line.chars().take(MAX_CHARS).collect();
    match cut.rfind(' ') {
        Some(space) => format!("{}…", &cut[..space]),
        None => format!("{cut}…"),
    }
}

#[cfg(test)]
mod tests {
    use super::shorten;

    /// The text put on one line whole, then cut: what `shorten` must give, however it gets there.
    fn shorten_whole(text: &str) -> String {
        const MAX_CHARS: usize = 80;
        let one_line = text.split_whitespace().collect::<Vec<_>>().join(" ");
        if one_line.chars().count() <= MAX_CHARS {
            return one_line;
        }
        let cut: String = one_line.chars().take(MAX_CHARS).collect();
        match cut.rfind(' ') {
            Some(space) => format!("{}…", &cut[..space]),
            None => format!("{cut}…"),
        }
    }

    #[test]
    fn a_long_text_is_cut_at_a_word_within_80_characters_on_one_line() {
        let word = |n: usize| "å".repeat(n);
        let mut texts = vec![
            String::new(),
            "  Kort \n text\t".to_string(),
            word(80),
            word(81),
            word(200),
            format!("{} {}", word(79), word(3)),
            format!("{} {}", word(80), word(3)),
            format!("{} {}", word(78), word(1)),
            format!("{} {} {}", word(40), word(39), word(10)),
            format!("{}\n\n{}", word(40), word(40)),
        ];
        let words =
            "Hur tänker arbetsgivaren arbeta med frågan om hot och våld under 2025 och framåt?";
        for n in 0..words.len() {
            if words.is_char_boundary(n) {
                texts.push(format!("{} {}", &words[..n], words));
            }
        }
        for text in texts {
            let short = shorten(&text);
            assert_eq!(short, shorten_whole(&text), "{text:?}");
            assert!(short.chars().count() <= 81, "{short:?}");
        }
    }
}
