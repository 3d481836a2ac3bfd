//! The meeting's facts: organization, forum, date, time, place, chair, secretary, attendance in both layouts, absences with notice, approvers and the approval deadline.

use std::sync::LazyLock;

use balans_domain::{Approver, Attendee, Party};
use jiff::civil::{Date, DateTime, Time};
use regex::Regex;

use crate::doc::{Doc, SectionKind, Span, sentences};
use crate::draft::MeetingDraft;
use crate::lexicon::{self, party_of};

mod attendance;
mod head;
mod label_column;
mod officers;
mod presence_table;

use attendance::*;
use head::*;
use label_column::*;
use officers::*;
use presence_table::*;

pub use head::forum_name;

/// The people of the meeting, to resolve "Anna" or "Lee Orberson" to a person and party.
#[derive(Debug, Clone, Default)]
pub struct People {
    pub people: Vec<(String, Party)>,
}

impl People {
    pub fn from_meeting(meeting: &MeetingDraft) -> People {
        let people = meeting
            .present
            .iter()
            .chain(&meeting.absent)
            .filter_map(|a| a.name.clone().map(|n| (n, a.party.clone())))
            .collect();
        People { people }
    }

    /// A person by full name, or by a first or last name that only one person has.
    pub fn resolve(&self, name: &str) -> Option<(String, Party)> {
        let wanted = crate::text::collapse(name).to_lowercase();
        if wanted.is_empty() {
            return None;
        }
        if let Some(found) = self
            .people
            .iter()
            .find(|(full, _)| full.to_lowercase() == wanted)
        {
            return Some(found.clone());
        }
        let by_part = |pick: fn(&str) -> Option<&str>| {
            let matches: Vec<_> = self
                .people
                .iter()
                .filter(|(full, _)| pick(full).is_some_and(|p| p.to_lowercase() == wanted))
                .collect();
            (matches.len() == 1).then(|| matches[0].clone())
        };
        by_part(|full| full.split_whitespace().next())
            .or_else(|| by_part(|full| full.split_whitespace().last()))
    }

    /// A person by initials ("JÅ" for Jenny Åström, "ALV" for Anna-Lena Vik), when only one
    /// person has them; never a party's short name ("AG", "SO" are sides and roles).
    pub fn resolve_initials(&self, initials: &str) -> Option<(String, Party)> {
        let initials = initials.trim_end_matches(['.', ',']);
        let count = initials.chars().count();
        if !(2..=3).contains(&count)
            || !initials.chars().all(char::is_uppercase)
            || party_of(initials).is_some()
            || matches!(initials, "AG" | "SO" | "HSO" | "HR" | "VD" | "AT")
        {
            return None;
        }
        let of = |full: &str| -> String {
            full.split([' ', '-'])
                .filter_map(|w| w.chars().next())
                .collect()
        };
        let matches: Vec<_> = self
            .people
            .iter()
            .filter(|(full, _)| of(full) == initials)
            .collect();
        (matches.len() == 1).then(|| matches[0].clone())
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Group {
    Employer,
    Unions,
    Absent,
}

/// A regex as written, for the cues searched for in the whole text: a pattern lenient to lost
/// å, ä and ö (see [`crate::text::lenient_regex`], used for the head's cues) loses the literal
/// search that keeps these fast.
fn strict_regex(pattern: &str) -> Regex {
    Regex::new(pattern).expect("regex")
}

/// An organization: a förvaltning, nämnd or kontor, a municipality, city or region ("Region
/// Jönköpings län"), a county council ("Stockholms läns landsting", "Landstinget Dalarna"), a
/// region named in one word ("Umeåregionen", "Västra Götalandsregionen"), a state agency
/// ("Statens servicecenter", "Länsstyrelsen i Ekby län"), a company ("AB Bostäder", "Ekby Energi
/// och Vatten AB", "Ekby Vatten & Avfall AB"), the Church of Sweden and its parishes ("Svenska
/// kyrkan", "Ekby pastorat"), a region's dental service ("Folktandvården Ekby").
static ORGANIZATION: LazyLock<Regex> = LazyLock::new(|| {
    crate::text::lenient_regex(
        r"\b(?P<o>\p{Lu}\p{Ll}*-[ \t]+och[ \t]+\p{Ll}*(?:förvaltningen|förvaltning|nämnden|kontoret)|\p{Lu}\p{Ll}*(?:förvaltningen|förvaltning|nämnden|kontoret)(?:[ \t]+\p{Lu}[\p{L}-]+){0,2}|Kriminalvården|\p{Lu}\p{Ll}+(?:verket|myndigheten|kassan|förmedlingen)s?(?:[ \t]+Region[ \t]+\p{Lu}\p{Ll}+)?|Räddningstjänst(?:en|förbundet)(?:[ \t]+\p{Lu}[\p{L}-]+)?|\p{Lu}\p{Ll}+[ \t]+(?:förvaltningen|nämnden|kontoret)|\p{Lu}[\p{L}-]+(?:[ \t]+\p{Ll}{5,})?[ \t]+(?:kommun|stad|Stad|region)(?:[ \t]*[–-][ \t]*\p{Lu}\p{L}{1,30}(?:[ \t]+och[ \t]+\p{Ll}{3,30})?)?|Region[ \t]+\p{Lu}[\p{L}-]+(?:[ \t]+län\b)?|Statens[ \t]+\p{Ll}{5,}|AB[ \t]+\p{Lu}[\p{L}&-]+|\p{Lu}\p{Ll}+s[ \t]+läns[ \t]+landstings?|Landstinget[ \t]+(?:i[ \t]+)?\p{Lu}[\p{L}-]+|(?:(?:Västra|Östra|Norra|Södra)[ \t]+)?\p{Lu}\p{Ll}+regionen|Högskolan[ \t]+(?:i[ \t]+)?\p{Lu}[\p{L}-]+|\p{Lu}\p{Ll}+(?:[ \t]+\p{Ll}+ska)?[ \t]+(?:universitet|högskola)|Universitetet[ \t]+i[ \t]+\p{Lu}\p{Ll}+|\p{Lu}[\p{L}&-]+(?:[ \t]+(?:(?:och|i|&)[ \t]+)?\p{Lu}[\p{L}&-]+){0,3}[ \t]+AB|Svenska[ \t]+kyrkan|\p{Lu}[\p{L}-]+(?:[ \t]+\p{Lu}[\p{L}-]+)?s[ \t]+(?:pastorat|församling)|Länsstyrelsen[ \t]+i[ \t]+\p{Lu}[\p{L}-]+[ \t]+län|Folktandvården(?:[ \t]+\p{Lu}[\p{L}-]+)?)\b",
    )
});
static FORUM: LazyLock<Regex> = LazyLock::new(|| {
    crate::text::lenient_regex(
        r"(?i)\b(?P<f>(?:(?:\p{L}+gemensamm?a?|\p{L}+övergripande|förvaltningens|kommunens|regionens|myndighetens|stadsdelens|bolagets|verkets|fakultetens|institutionens|förbundets)\s+)?(?:(?:central(?:a|t)?|lokal(?:a|t)?|regional(?:a|t)?)\s+(?:samverkansgrupp|skyddskommitt[ée]|arbetsmiljökommitt[ée]|samverkansråd)|förvaltningssamverkansgrupp|förvaltningssamverkan|förbundssamverkansgrupp|förvaltningsgrupp|samverkansgrupp|skyddskommitt[ée]|arbetsmiljökommitt[ée]|samverkansråd|samverkansmöte|arbetsplatsträff(?:ar)?\s+med\s+samverkan|arbetsplatsträff|LSG|FSG|CSG|APT|styrelsemöte|[\p{L}-]+s\s+styrelse|överläggning(?:ar)?\s+med\s+\p{L}+|samverkans-\s+och\s+\p{L}+?(?:möte|grupp)))(?:ens|ns|en|et|s|er|na|n|t)?\b",
    )
});
/// Where an attendance list starts ("Närvarnde", its letter lost as in a hasty head, too), or a
/// union's note asking "Vilka var där:"; "Beslutande" only as a column's label with its value
/// beside it, not over a list of members marked as they came.
static ATTENDANCE_START: LazyLock<Regex> = LazyLock::new(|| {
    crate::text::lenient_regex(
        r"(?i)^\s*(?:(?:närvara?nde(?:\s+ledamöter)?|deltagare|närvarolista|deltagande|beslutande(?:\s+ledamöter)?:?[ \t]{2,})\b\s*:?|vilka\s+(?:var\s+(?:där|med)|deltog)\s*:)\s*",
    )
});
/// Where an attendance list ends: the next label of the head (also as a table's column, "Utses att
/// justera   Eva Ek"), or a copy's recipients ("Kopia för kännedom:"), who are neither present
/// nor absent.
static ATTENDANCE_END: LazyLock<Regex> = LazyLock::new(|| {
    crate::text::lenient_regex(
        r"(?i)^\s*(?:tidpunkt|tid|datum|plats|lokal|plats och tid|justerare|dagordning|sammanträdesdatum|mötestid|kopia\s+för\s+kännedom|för\s+kännedom|kopia\s+till|sändlista)\s*:?\s*$|^\s*(?:tidpunkt|tid|datum|plats|lokal|tid\s+och\s+plats|plats\s+och\s+tid|justerare|justeras\s+av|justering|dagordning|kopia\s+för\s+kännedom|för\s+kännedom|kopia\s+till|sändlista)\s*:|^\s*(?:justerare|justerande|utses\s+att\s+justera|justeringens(?:\s+plats\s+och\s+tid)?|underskrifter)(?:[ ]{2,}|\t|\s*$)",
    )
});
static EMPLOYER_GROUP: LazyLock<Regex> = LazyLock::new(|| {
    crate::text::lenient_regex(
        r"(?i)^(?:(?:övriga\s+)?(?:ledamöter|närvarande|deltagare)\s*(?:,\s*|\s+(?:från|för)\s+|,\s*(?:från|för)\s+)|(?:för|från)\s+)?(?:arbetsgivar\p{L}*(?:\s+(?:representanter|företrädare))?|arbetsgivarens\s+representanter|förvaltningen|ledningen|\p{L}*förvaltningen|övriga\s+närvarande|övriga|adjungerade?|gäster|inbjudna|tjänstepersoner|\p{L}*förvaltningen\s+\p{Lu}[\p{L}-]+|ledamöter\s+(?:ag|arbetsgivar\p{L}*))(?:\s*\([^()]{2,60}\))?\s*:?$",
    )
});
static UNION_GROUP: LazyLock<Regex> = LazyLock::new(|| {
    crate::text::lenient_regex(
        r"(?i)^(?:(?:övriga\s+)?(?:ledamöter|närvarande|deltagare)\s*(?:,\s*|\s+(?:från|för)\s+|,\s*(?:från|för)\s+)|(?:för|från)\s+)?(?:arbetstagar\p{L}*(?:\s+(?:representanter|företrädare))?|de\s+fackliga\s+\p{L}+|fackliga(?:\s+\p{L}+)?|personalorganisation\p{L}*|facket|arbetstagarsidan|ledamöter\s+(?:arbetstagar\p{L}*|fackliga|facket))\s*:?$",
    )
});
/// A page's number at the end of a line of page furniture ("Sida 1 av 8", "Sida 2 (10)").
static PAGE_MARK: LazyLock<Regex> = LazyLock::new(|| {
    crate::text::lenient_regex(r"\s*\bSida\s+\d{1,3}\s*(?:av\s*\d{1,3}|\(\s*\d{1,3}\s*\))\s*$")
});
/// An absence heading ("Fränvarande" too, as OCR misreads its å); "Meddelat förhinder:" only as
/// a heading of its own, not the end of "…, hade meddelat förhinder." continued on the next line.
static ABSENT_GROUP: LazyLock<Regex> = LazyLock::new(|| {
    crate::text::lenient_regex(
        r"(?i)^(?:förhinder|fr[åä]nvarande|frånv\.|anmält\s+förhinder|anmält\s+frånvaro|ej\s+närvarande|frånvaro|anmäld\s+frånvaro|återbud)\s*:?|^(?:meddelat|lämnat)\s+(?:förhinder|återbud)\s*(?::|$)",
    )
});
static ABSENT_PHRASE: LazyLock<Regex> = LazyLock::new(|| {
    crate::text::lenient_regex(
        r"(?i)\s*(?:\b(?:hade|har)\s+)?(?:\b(?:meddelat|anmält|lämnat)\s+)?\bförhinder\b\.?|\s*\b(?:hade|har)\s+(?:meddelat|anmält|lämnat)\s+återbud\b\.?|\s*\b(?:var|är)\s+frånvarande\b\.?|\s*\banmält\s+frånvaro\b\.?",
    )
});
static NAME_TOKEN: LazyLock<Regex> = LazyLock::new(|| {
    // "AnnaCarin": a double given name written as one word is a name too.
    crate::text::lenient_regex(r"^\p{Lu}[\p{Ll}'’]+(?:\p{Lu}\p{Ll}{2,})?(?:-\p{Lu}[\p{Ll}'’]+)?$")
});
static PARTY_COLON_NAMES: LazyLock<Regex> =
    LazyLock::new(|| crate::text::lenient_regex(r"^\s*(?P<p>[^:]{2,40}?)\s*:\s*(?P<n>\S.*)$"));
static NAME_FOR_PARTY: LazyLock<Regex> = LazyLock::new(|| {
    crate::text::lenient_regex(
        r"^\s*(?P<n>\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,3})\s*(?:,|\(|\s+för\s+|\s+-\s+|\s+–\s+)\s*(?P<p>[^)]+?)\)?\s*$",
    )
});
/// Reads the meeting's facts from the whole document.
pub fn read_meeting(doc: &Doc, warnings: &mut Vec<String>) -> MeetingDraft {
    let mut meeting = MeetingDraft::default();
    let head: Vec<usize> = head_lines(doc);
    meeting.date = meeting_date(doc, &head);
    let municipal = municipal_head(doc, &head);
    let mut title_unit: Option<String> = None;
    let forum = committee_label(doc)
        .or_else(|| municipal.as_ref()?.forum.clone())
        .or_else(|| {
            let (line, c) = head
                .iter()
                .chain(&first_lines(doc, 12))
                .find_map(|&i| FORUM.captures(doc.line_text(i)).map(|c| (i, c)))?;
            let found = c.get(0)?;
            let mut forum = forum_name(c.name("f")?.as_str());
            let mut end = found.end();
            // "Samverkansgrupp/skyddskommitté": one group that serves as both is named by both.
            let text = doc.line_text(line);
            if let Some(rest) = text[end..].strip_prefix('/')
                && let Some(second) = FORUM
                    .captures(rest)
                    .filter(|s| s.get(0).is_some_and(|m| m.start() == 0))
                && let (Some(all), Some(name)) = (second.get(0), second.name("f"))
            {
                let name = forum_name(name.as_str());
                let name = match name.chars().all(|ch| ch.is_uppercase()) {
                    true => name,
                    false => name.to_lowercase(),
                };
                forum = format!("{forum}/{name}");
                end += 1 + all.end();
            }
            if let Some(unit) = unit_before_forum(text, found.start()) {
                let forum = format!("{unit} – {forum}");
                title_unit = Some(unit);
                return Some(forum);
            }
            if let Some(unit) = forum_unit(text, found.start(), end) {
                title_unit = Some(unit.clone());
                return Some(format!("{forum}{unit}"));
            }
            if let Some(spelled) = letters_spelled_out(text, &forum, end) {
                return Some(spelled);
            }
            if let Some(function) = safety_function(text, end) {
                return Some(format!("{forum} {function}"));
            }
            if let Some(words) = forum_wrapped(doc, line, found.start(), end) {
                return Some(format!("{forum} {words}"));
            }
            Some(match workplace_beside(doc, &head, line, &forum) {
                Some(workplace) => format!("{forum}, {workplace}"),
                None => forum,
            })
        })
        .or_else(|| titled_acronym(doc));
    // A union's report from a samverkan meeting: the day is the meeting's, not the board's.
    if let Some(day) = reported_day(doc, &head, meeting.date) {
        meeting.date = Some(day);
    }
    let board = forum
        .as_deref()
        .is_some_and(|f| f.to_lowercase().contains("styrelse"));
    let negotiation = negotiation_kind(doc, &head)
        .or_else(|| negotiation_forum(doc))
        .or_else(|| negotiation_before_body(doc, &head));
    static NEGOTIATION_TITLE: LazyLock<Regex> =
        LazyLock::new(|| crate::text::lenient_regex(r"(?i)förhandlingsprotokoll"));
    let negotiated = negotiation.is_some()
        || first_lines(doc, 6)
            .iter()
            .any(|&i| NEGOTIATION_TITLE.is_match(doc.line_text(i)));
    meeting.organization = head
        .iter()
        .find_map(|&i| branch_of_union(doc.line_text(i)))
        .or_else(|| labelled_organization(doc, &head))
        .or_else(|| negotiated.then(|| employer_party(doc, &head)).flatten())
        .or_else(|| {
            // "Vision Ekby kommun" over "Anteckningar från CSG": the union's notes from the
            // municipality's meeting, whose organization is the municipality.
            let union_branch = (board || forum.is_none()) && !is_report_from_forum(doc, &head);
            head_organization(doc, &head, union_branch)
        })
        .or_else(|| {
            // A union's board minutes are the branch's own: the branch named by its union and
            // place ("Vision Trollhättan") is their organization, not a municipality they discuss.
            board
                .then(|| {
                    (0..doc.lines.len().min(60)).find_map(|i| union_and_place(doc.line_text(i)))
                })
                .flatten()
        })
        .or_else(|| {
            doc.sections.first().and_then(|_| {
                (0..doc.lines.len().min(60)).find_map(|i| organization_in(doc.line_text(i)))
            })
        })
        .or_else(|| {
            // "RÄDDNINGSTJÄNSTFÖRBUNDET NORRLÄNET    Sida 1 av 4": the page header repeated on
            // every page is furniture, yet it names the organization.
            (0..doc.lines.len().min(2)).find_map(|i| {
                let line = PAGE_MARK.replace(doc.line_text(i), "");
                organization_in(&title_case(&line))
            })
        });
    if let (Some(org), Some(unit)) = (&meeting.organization, &title_unit)
        && let Some(unit) = unit_of_title(org, unit)
    {
        meeting.organization = Some(format!("{org}, {unit}"));
    }
    // A negotiation protocol's forum is the negotiation, not a group its text speaks of.
    meeting.forum = negotiation.or(forum).map(|f| ones_read_as_l(&f));
    meeting.organization = meeting.organization.map(|o| ones_read_as_l(&o));
    let (mut present, mut absent) = attendance(doc, &head);
    // A table whose rows are marked "X" or "Anmält förhinder" says who came better than its
    // names read as a list, where the marks are lost.
    let marked = marked_list(doc, &head);
    if marked.0.len() >= 3 && marked.0.len() + marked.1.len() >= present.len() + absent.len() {
        (present, absent) = marked;
    }
    let table = presence_table(doc, &head);
    if table.0.len() >= 3 && table.0.len() + table.1.len() >= present.len() + absent.len() {
        (present, absent) = table;
    }
    if present.is_empty() && absent.is_empty() {
        // A page joined into the first section's line: its attendance opens that section.
        if let Some(first) = doc.sections.first().filter(|s| s.number.is_some()) {
            let lines: Vec<usize> = first
                .body
                .clone()
                .filter(|&i| !doc.is_blank(i))
                .take(3)
                .collect();
            (present, absent) = attendance(doc, &lines);
        }
    }
    let columned = label_column_head(doc, &head);
    for rewritten in [columned.as_ref(), side_by_side_head(doc, &head).as_ref()]
        .into_iter()
        .flatten()
    {
        let lines: Vec<usize> = (0..rewritten.lines.len())
            .filter(|&i| !rewritten.is_blank(i))
            .collect();
        let found = attendance(rewritten, &lines);
        // As many people found either way: the columns read apart keep each one's party.
        let named = people_by_given_name(&found.0, &found.1);
        if named > 0 && named >= people_by_given_name(&present, &absent) {
            (present, absent) = found;
        }
    }
    if present.is_empty()
        && absent.is_empty()
        && let Some(m) = &municipal
    {
        present = m.present.clone();
        absent = m.absent.clone();
    }
    if present.is_empty() {
        present = party_lines(doc, &head);
    }
    if present.is_empty() && absent.is_empty() {
        present = labelled_people(doc, &head);
    }
    if present.is_empty() && absent.is_empty() {
        (present, absent) = marked_list(doc, &head);
    }
    // People present "från" two bodies or more hold their roles in their own body: an
    // "ordföranden" among them chairs that body, not the meeting.
    let mut several_bodies = false;
    if present.is_empty() && absent.is_empty() {
        let mut bodies: Vec<String> = Vec::new();
        for &i in &head {
            let (people, from) = attendance_in_sentences(doc.line_text(i));
            present.extend(people);
            bodies.extend(
                from.into_iter()
                    .filter(|b| !bodies.contains(b))
                    .collect::<Vec<_>>(),
            );
        }
        several_bodies = bodies.len() >= 2;
    }
    if present.is_empty() && absent.is_empty() {
        // A table flattened into lines may run past the head into the first sections.
        let lines: Vec<usize> = (0..doc.lines.len().min(150))
            .filter(|&i| !doc.is_blank(i))
            .collect();
        (present, absent) = marked_list(doc, &lines);
    }
    officers_present(doc, &head, &mut present, &absent);
    // "Frånvarande: …, Bo Ek deltog endast § 1–4": who came for a part of the meeting was there.
    absent.retain(|a| {
        let in_part = a
            .role
            .as_deref()
            .is_some_and(|r| crate::text::has_any(r, &["deltog", "närvarade"]));
        !(in_part && present.iter().any(|p| p.name.is_some() && p.name == a.name))
    });
    present.extend(unions_without_names(doc, &head, &present));
    meeting.present = present;
    meeting.absent = absent;
    meeting.time = meeting_time(doc, &head).or_else(|| municipal.as_ref()?.time);
    meeting.place = place(doc, &head).or_else(|| municipal.as_ref()?.place.clone());
    let people = People::from_meeting(&meeting);
    let signed = |pick: fn(&MunicipalHead) -> &Option<String>| {
        municipal.as_ref().and_then(|m| pick(m).clone())
    };
    let without_roles = several_bodies.then(|| {
        let mut m = meeting.clone();
        m.present.iter_mut().for_each(|a| a.role = None);
        m
    });
    let by_role = without_roles.as_ref().unwrap_or(&meeting);
    meeting.chair = chair(doc, by_role, &people).or_else(|| signed(|m| &m.chair));
    // The signature box names the secretary; a "kommunsekreterare" present may not be one.
    let by_role = without_roles.as_ref().unwrap_or(&meeting);
    meeting.secretary = signed(|m| &m.secretary).or_else(|| secretary(doc, by_role, &people));
    approvers(doc, &mut meeting, &people, warnings);
    if meeting.approvers.is_empty()
        && let Some(columned) = &columned
    {
        // Only the approvers: the deadline is read from the whole protocol.
        let mut found = meeting.clone();
        approvers(columned, &mut found, &people, &mut Vec::new());
        meeting.approvers = found.approvers;
    }
    if meeting.approvers.is_empty()
        && let Some(m) = &municipal
    {
        for name in &m.approvers {
            let (name, party) = people
                .resolve(name)
                .unwrap_or_else(|| (name.clone(), Party::Employer));
            push_approver(&mut meeting.approvers, Some(name), party);
        }
    }
    meeting.previous_minutes_approved = doc.sections.iter().any(|s| {
        s.kind == SectionKind::PreviousMinutes && PREVIOUS_APPROVED.is_match(doc.slice(s.span))
    });
    (meeting.next_meeting, meeting.next_meeting_time) = next_meeting(doc, meeting.date);
    if meeting.date.is_none() {
        warnings.push("protokollet anger inget mötesdatum".to_string());
    }
    meeting
}

/// The lines of the protocol's head; for a fragment without sections, the first 40 lines.
fn head_lines(doc: &Doc) -> Vec<usize> {
    let has_sections = doc.sections.len() > 1 || doc.sections.iter().any(|s| s.number.is_some());
    let range = if has_sections {
        doc.header.clone()
    } else {
        0..doc.lines.len().min(40)
    };
    range.filter(|&i| !doc.is_blank(i)).collect()
}

fn first_lines(doc: &Doc, count: usize) -> Vec<usize> {
    (0..doc.lines.len())
        .filter(|&i| !doc.is_blank(i))
        .take(count)
        .collect()
}

#[cfg(test)]
mod testing {
    //! Helpers shared by the tests of the submodules.

    use super::*;

    pub(super) fn read(text: &str) -> MeetingDraft {
        let doc = Doc::parse(text.to_string());
        read_meeting(&doc, &mut Vec::new())
    }

    pub(super) fn names(list: &[Attendee]) -> Vec<String> {
        list.iter()
            .map(|a| format!("{}/{}", a.name.as_deref().unwrap_or("-"), a.party))
            .collect()
    }
}
