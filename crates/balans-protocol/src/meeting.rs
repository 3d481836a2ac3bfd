//! The meeting's facts: organization, forum, date, time, place, chair, secretary, attendance in both layouts, absences with notice, approvers and the approval deadline.

use std::sync::LazyLock;

use balans_domain::{Approver, Attendee, Party};
use jiff::civil::{Date, DateTime, Time};
use regex::Regex;

use crate::doc::{Doc, SectionKind, Span, sentences};
use crate::draft::MeetingDraft;
use crate::lexicon::{self, party_of};

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
/// ("Statens servicecenter"), a company ("AB Bostäder", "Ekby Energi och Vatten AB").
static ORGANIZATION: LazyLock<Regex> = LazyLock::new(|| {
    crate::text::lenient_regex(
        r"\b(?P<o>\p{Lu}\p{Ll}*-[ \t]+och[ \t]+\p{Ll}*(?:förvaltningen|förvaltning|nämnden|kontoret)|\p{Lu}\p{Ll}*(?:förvaltningen|förvaltning|nämnden|kontoret)(?:[ \t]+\p{Lu}[\p{L}-]+){0,2}|Kriminalvården|\p{Lu}\p{Ll}+(?:verket|myndigheten|kassan|förmedlingen)s?(?:[ \t]+Region[ \t]+\p{Lu}\p{Ll}+)?|Räddningstjänst(?:en|förbundet)(?:[ \t]+\p{Lu}[\p{L}-]+)?|\p{Lu}\p{Ll}+[ \t]+(?:förvaltningen|nämnden|kontoret)|\p{Lu}[\p{L}-]+(?:[ \t]+\p{Ll}{5,})?[ \t]+(?:kommun|stad|Stad|region)(?:[ \t]*[–-][ \t]*\p{Lu}\p{L}{1,30})?|Region[ \t]+\p{Lu}[\p{L}-]+(?:[ \t]+län\b)?|Statens[ \t]+\p{Ll}{5,}|AB[ \t]+\p{Lu}[\p{L}&-]+|\p{Lu}\p{Ll}+s[ \t]+läns[ \t]+landstings?|Landstinget[ \t]+(?:i[ \t]+)?\p{Lu}[\p{L}-]+|(?:(?:Västra|Östra|Norra|Södra)[ \t]+)?\p{Lu}\p{Ll}+regionen|Högskolan[ \t]+(?:i[ \t]+)?\p{Lu}[\p{L}-]+|\p{Lu}\p{Ll}+(?:[ \t]+\p{Ll}+ska)?[ \t]+(?:universitet|högskola)|Universitetet[ \t]+i[ \t]+\p{Lu}\p{Ll}+|\p{Lu}[\p{L}&-]+(?:[ \t]+(?:(?:och|i)[ \t]+)?\p{Lu}[\p{L}&-]+){0,3}[ \t]+AB)\b",
    )
});
static FORUM: LazyLock<Regex> = LazyLock::new(|| {
    crate::text::lenient_regex(
        r"(?i)\b(?P<f>(?:(?:\p{L}+gemensamm?a?|\p{L}+övergripande|förvaltningens|kommunens|regionens|myndighetens|stadsdelens|bolagets|verkets|fakultetens|institutionens|förbundets)\s+)?(?:(?:central(?:a|t)?|lokal(?:a|t)?|regional(?:a|t)?)\s+(?:samverkansgrupp|skyddskommitt[ée]|arbetsmiljökommitt[ée]|samverkansråd)|förvaltningssamverkansgrupp|förvaltningssamverkan|förbundssamverkansgrupp|förvaltningsgrupp|samverkansgrupp|skyddskommitt[ée]|arbetsmiljökommitt[ée]|samverkansråd|samverkansmöte|arbetsplatsträff(?:ar)?\s+med\s+samverkan|arbetsplatsträff|LSG|FSG|CSG|APT|styrelsemöte|[\p{L}-]+s\s+styrelse|överläggning(?:ar)?\s+med\s+\p{L}+))(?:ens|ns|en|s|er|na|n|t)?\b",
    )
});
static ATTENDANCE_START: LazyLock<Regex> = LazyLock::new(|| {
    crate::text::lenient_regex(
        r"(?i)^\s*(?:närvarande(?:\s+ledamöter)?|deltagare|närvarolista|deltagande)\b\s*:?\s*",
    )
});
/// Where an attendance list ends: the next label of the head, or a copy's recipients ("Kopia för
/// kännedom:"), who are neither present nor absent.
static ATTENDANCE_END: LazyLock<Regex> = LazyLock::new(|| {
    crate::text::lenient_regex(
        r"(?i)^\s*(?:tidpunkt|tid|datum|plats|lokal|plats och tid|justerare|dagordning|sammanträdesdatum|mötestid|kopia\s+för\s+kännedom|för\s+kännedom|kopia\s+till|sändlista)\s*:?\s*$|^\s*(?:tidpunkt|tid|datum|plats|lokal|tid\s+och\s+plats|plats\s+och\s+tid|justerare|justeras\s+av|justering|dagordning|kopia\s+för\s+kännedom|för\s+kännedom|kopia\s+till|sändlista)\s*:",
    )
});
static EMPLOYER_GROUP: LazyLock<Regex> = LazyLock::new(|| {
    crate::text::lenient_regex(
        r"(?i)^(?:(?:övriga\s+)?(?:ledamöter|närvarande|deltagare)\s+(?:från|för)\s+|(?:för|från)\s+)?(?:arbetsgivar\p{L}*(?:\s+(?:representanter|företrädare))?|arbetsgivarens\s+representanter|förvaltningen|ledningen|\p{L}*förvaltningen|övriga\s+närvarande|övriga|adjungerade?|gäster|inbjudna|tjänstepersoner|\p{L}*förvaltningen\s+\p{Lu}[\p{L}-]+|ledamöter\s+(?:ag|arbetsgivar\p{L}*))(?:\s*\([^()]{2,60}\))?\s*:?$",
    )
});
static UNION_GROUP: LazyLock<Regex> = LazyLock::new(|| {
    crate::text::lenient_regex(
        r"(?i)^(?:(?:övriga\s+)?(?:ledamöter|närvarande|deltagare)\s+(?:från|för)\s+|(?:för|från)\s+)?(?:arbetstagar\p{L}*(?:\s+(?:representanter|företrädare))?|de\s+fackliga\s+\p{L}+|fackliga(?:\s+\p{L}+)?|personalorganisation\p{L}*|facket|arbetstagarsidan|ledamöter\s+(?:arbetstagar\p{L}*|fackliga|facket))\s*:?$",
    )
});
/// A page's number at the end of a line of page furniture ("Sida 1 av 8", "Sida 2 (10)").
static PAGE_MARK: LazyLock<Regex> = LazyLock::new(|| {
    crate::text::lenient_regex(r"\s*\bSida\s+\d{1,3}\s*(?:av\s*\d{1,3}|\(\s*\d{1,3}\s*\))\s*$")
});
/// An absence heading; "Meddelat förhinder:" only as a heading of its own, not the end of "…, hade
/// meddelat förhinder." continued on the next line.
static ABSENT_GROUP: LazyLock<Regex> = LazyLock::new(|| {
    crate::text::lenient_regex(
        r"(?i)^(?:förhinder|frånvarande|frånv\.|anmält\s+förhinder|anmält\s+frånvaro|ej\s+närvarande|frånvaro|anmäld\s+frånvaro|återbud)\s*:?|^(?:meddelat|lämnat)\s+(?:förhinder|återbud)\s*(?::|$)",
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
static OPENED_BY: LazyLock<Regex> = LazyLock::new(|| {
    crate::text::lenient_regex(
        r"(?P<n>\p{Lu}\p{Ll}+(?:[ \t]+\p{Lu}\p{Ll}+){0,2})\s+(?:(?:hälsar|hälsade)\s+(?:\p{Ll}+\s+){0,2}välkommen\s+och\s+)?(?:öppnade|öppnar|förklarade|förklarar)\s+(?:mötet|sammanträdet|förhandlingen)",
    )
});
/// "Ordföranden, Anna Ek (S), hälsar välkommen och öppnar sammanträdet", "Mötet öppnades av
/// ordförande Anna Ek": the chair named in the sentence that opens the meeting.
static CHAIR_OPENS: LazyLock<Regex> = LazyLock::new(|| {
    crate::text::lenient_regex(
        r"(?:^|[.•:]\s*|\n\s*)(?i:ordförande(?:n)?|mötesordförande(?:n)?),?\s+(?P<n>\p{Lu}\p{Ll}+(?:[ -]\p{Lu}\p{Ll}+){1,2})\s*(?:\([^)\n]{1,12}\))?\s*,?\s+(?:hälsa\p{L}*|öppna\p{L}*|förklara\p{L}*|inled\p{L}*|leder|ledde)\b|\b(?i:mötet|sammanträdet)\s+(?i:öppnades|förklarades\s+öppnat)\s+av\s+(?i:(?:mötes)?ordförande(?:n)?\s+)?(?P<m>\p{Lu}\p{Ll}+(?:[ -]\p{Lu}\p{Ll}+){1,2})",
    )
});
/// "Till protokollförare utses Anna Ek", "Anna Ek valdes till sekreterare": the secretary
/// chosen in a sentence.
static SECRETARY_CHOSEN: LazyLock<Regex> = LazyLock::new(|| {
    crate::text::lenient_regex(
        r"\b(?i:till\s+(?:protokollförare|sekreterare|mötessekreterare)\s+(?:utses|utsågs|valdes|väljs))\s+(?P<n>\p{Lu}\p{Ll}+(?:[ -]\p{Lu}\p{Ll}+){1,2})|(?P<m>\p{Lu}\p{Ll}+(?:[ -]\p{Lu}\p{Ll}+){1,2})\s+(?i:utses|utsågs|valdes|väljs)\s+(?i:till\s+(?:protokollförare|sekreterare|mötessekreterare))\b",
    )
});
/// "Ordförande var områdeschef Eva Ek och protokollet fördes av HR-partner Bo Alm", "Mötet
/// leddes av Eva Ek", "Sekreterare var Bo Alm": the chair and the secretary in a sentence, a
/// title or two before the name.
static OFFICER_WAS: LazyLock<Regex> = LazyLock::new(|| {
    crate::text::lenient_regex(
        r"\b(?:(?P<r>(?i:ordförande|mötesordförande|sekreterare|mötessekreterare|protokollförare))\s+(?i:var|är)|(?P<l>(?i:mötet|sammanträdet|förhandlingen))\s+(?i:leddes|leds)\s+av|(?P<p>(?i:protokollet|anteckningarna))\s+(?i:fördes|förs|skrevs)\s+av)\s+(?:(?:\p{Ll}[\p{L}-]*|\p{Lu}{2,}-\p{Ll}+)\s+){0,2}(?P<n>\p{Lu}\p{Ll}+(?:[ -]\p{Lu}\p{Ll}+){1,2})",
    )
});
/// The person `OFFICER_WAS` names as chair (`chair`) or as secretary; for the chair, first the
/// one who "ledde mötet".
fn officer_in_sentence(doc: &Doc, chair: bool, people: &People) -> Option<String> {
    // "Förvaltningschef Eva Ek ledde mötet": the title opening the sentence is not a name.
    static LED: LazyLock<Regex> = LazyLock::new(|| {
        crate::text::lenient_regex(
            r"(?P<n>\p{Lu}\p{Ll}+(?:[ -]\p{Lu}\p{Ll}+){1,2})\s+(?:ledde|leder)\s+(?i:mötet|sammanträdet|förhandlingen)\b",
        )
    });
    const TITLES: [&str; 8] = [
        "chef",
        "direktör",
        "ordförande",
        "ombud",
        "strateg",
        "ansvarig",
        "ledare",
        "rektor",
    ];
    // The patterns open on a name, not a word the regex engine can search for: each runs only
    // around the lines that hold its verbs, not over the whole text.
    let led = chair
        .then(|| {
            near_lines_with(doc, &["ledde", "leder"])
                .into_iter()
                .find_map(|window| LED.captures(window))
        })
        .flatten()
        .map(|c| {
            let words: Vec<&str> = c["n"].split_whitespace().collect();
            let titled =
                words.len() == 3 && TITLES.iter().any(|t| words[0].to_lowercase().ends_with(t));
            let n = words[usize::from(titled)..].join(" ");
            people.resolve(&n).map_or(n, |(n, _)| n)
        });
    led.or_else(|| {
        const OFFICER_WORDS: [&str; 8] = [
            "ordförande",
            "sekreterare",
            "protokollförare",
            "leddes",
            "leds av",
            "fördes",
            "förs av",
            "skrevs",
        ];
        near_lines_with(doc, &OFFICER_WORDS)
            .into_iter()
            .flat_map(|window| OFFICER_WAS.captures_iter(window))
            .find_map(|c| {
                let is_chair = c.name("l").is_some()
                    || c.name("r").is_some_and(|r| {
                        crate::text::fold_letters(r.as_str()).contains("ordforande")
                    });
                (is_chair == chair).then(|| {
                    let n = c["n"].to_string();
                    people.resolve(&n).map_or(n, |(n, _)| n)
                })
            })
    })
}

/// The text around each line that holds one of `words` (as `has_any` finds them, å, ä and ö
/// folded like the lenient patterns): from the line before it to the line after, so that a
/// sentence broken over lines is whole.
fn near_lines_with<'a>(doc: &'a Doc, words: &[&str]) -> Vec<&'a str> {
    let last = doc.lines.len().saturating_sub(1);
    (0..doc.lines.len())
        .filter(|&i| crate::text::has_any(doc.line_text(i), words))
        .map(|i| {
            let start = doc.lines[i.saturating_sub(1)].start;
            let end = doc.lines[(i + 1).min(last)].end;
            &doc.text[start..end]
        })
        .collect()
}

/// "Anna Ek, sekreterare, föredrar …": the secretary named in running text, the role set off
/// by commas and a verb after it (not a list's "Anna Ek, sekreterare Bo Berg").
static SECRETARY_APPOSITION: LazyLock<Regex> = LazyLock::new(|| {
    crate::text::lenient_regex(
        r"(?P<n>\p{Lu}\p{Ll}+(?:[ -]\p{Lu}\p{Ll}+){1,2}),\s+(?:mötes)?sekreterare(?:n)?,\s+\p{Ll}+",
    )
});
static ROLE_LINE: LazyLock<Regex> = LazyLock::new(|| {
    crate::text::lenient_regex(
        r"(?i)^\s*(?P<r>ordförande|mötesordförande|sekreterare|protokollförare|vid protokollet|ordf\.?|sekr\.?)\s*:\s*(?P<n>\S.*)$",
    )
});
/// "Pär-Olof Stål, ordförande" on a line of its own: a signature box's name over its role.
static SIGNED_ROLE: LazyLock<Regex> = LazyLock::new(|| {
    crate::text::lenient_regex(
        r"^\s*(?P<n>\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,3}),\s*(?P<r>ordförande|mötesordförande|sekreterare|protokollförare|justerare|justerande)\s*$",
    )
});
/// The person a signature line names in one of `roles`.
fn signed_as(doc: &Doc, roles: &[&str]) -> Vec<String> {
    (0..doc.lines.len())
        .filter_map(|i| SIGNED_ROLE.captures(doc.line_text(i)))
        .filter(|c| roles.contains(&c["r"].to_lowercase().as_str()))
        .map(|c| c["n"].to_string())
        .collect()
}
/// "Protokollförare Hans Broman": a role label without a colon, then only a name.
static ROLE_BARE: LazyLock<Regex> = LazyLock::new(|| {
    crate::text::lenient_regex(
        r"^\s*(?P<r>(?i:ordförande|mötesordförande|sekreterare|protokollförare|vid protokollet))\s+(?P<n>\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,3})\s*$",
    )
});
/// A negotiation protocol's head written as label and value: "Arbetsgivarpart Sala kommun
/// genom … Företrädare A och B", "Medverkande från förvaltningen C", "Arbetstagarparter och
/// företrädare Vision: D Kommunal: E".
static EMPLOYER_REPS: LazyLock<Regex> = LazyLock::new(|| {
    crate::text::lenient_regex(
        r"^\s*(?:(?:Arbetsgivarpart(?:en)?|Arbetsgivare(?:n)?)\b.*?\b[Ff]öreträdare|Medverkande(?:\s+\p{Ll}+)*)\s*:?\s+(?P<n>\p{Lu}.*)$",
    )
});
static UNION_REPS: LazyLock<Regex> = LazyLock::new(|| {
    crate::text::lenient_regex(
        r"^\s*Arbetstagarpart(?:er|en|erna)?(?:\s+och\s+företrädare)?\s*:?\s+(?P<n>\S.*)$",
    )
});
static ALL_UNIONS_APPROVE: LazyLock<Regex> = LazyLock::new(|| {
    crate::text::lenient_regex(
        r"(?i)(?:företrädare|representanter|ledamöter)\s+(?:från|för)\s+(?:alla|samtliga|de)\s+(?:närvarande\s+)?fackliga",
    )
});
static APPROVERS_CHOSEN: LazyLock<Regex> = LazyLock::new(|| {
    crate::text::lenient_regex(
        r"(?i)(?:^|\n|\s\d{1,2}\s+|\bprotokollet\s+)\s*(?:justerande|justeras\s+av|val\s+av\s+justerare|justerare[ \t]*:|utses\s+att\s+justera)[ \t]*:?[ \t]+(?P<d>\p{Lu}[^.\n]*)|(?:till\s+)?justerare\s+(?:(?:jämte|tillsammans\s+med)\s+(?:mötes)?ordförande(?:n)?\s+)?(?:valdes|utsågs|väljs|utses|är)\s*:?\s*(?P<a>[^.]+)|(?P<b>[^.:]+?)(?:[ \t]+(?:valdes|utsågs|väljs|utses)|[ \t]*\n\s*(?-i:valdes|utsågs|väljs|utses))\s+(?:till\s+|att\s+)?(?:(?:jämte|tillsammans\s+med)\s+(?:mötes)?ordförande(?:n)?\s+)?juster|juster\p{L}*\s+(?:\p{L}+\s+){0,3}?protokoll\p{L}*\s+(?:utses|utsågs|valdes|väljs)\s*:?\s*(?P<c>[^.]+)|\b(?:utse|utser|utsåg|välja|väljer|valde)\s+(?P<e>\p{Lu}[^.:\n]*?)\s+(?:(?:till|som)\s+(?:protokoll)?juster|att\s+(?:jämte\s+\p{L}+\s+)?justera)",
    )
});
/// "Att jämte ordföranden justera …", "… utsågs att justera protokollet tillsammans med
/// ordföranden": the chair signs the minutes too.
static CHAIR_ALSO_APPROVES: LazyLock<Regex> = LazyLock::new(|| {
    crate::text::lenient_regex(
        r"(?i)\bjuster\p{L}*[^.]{0,120}?\b(?:jämte|tillsammans\s+med)\s+(?:mötes)?ordförande(?:n)?\b|\b(?:jämte|tillsammans\s+med)\s+(?:mötes)?ordförande(?:n)?\s+(?:\p{L}+\s+){0,4}?juster",
    )
});
static PREVIOUS_APPROVED: LazyLock<Regex> = LazyLock::new(|| {
    strict_regex(
        r"(?i)godkän|läggs?\s+till\s+handlingarna|lades\s+till\s+handlingarna|inga\s+invändningar|fastställ|justerat",
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
            if let Some(unit) = forum_unit(text, found.start(), end) {
                title_unit = Some(unit.clone());
                return Some(format!("{forum}{unit}"));
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
    let negotiation = negotiation_kind(doc, &head).or_else(|| negotiation_forum(doc));
    static NEGOTIATION_TITLE: LazyLock<Regex> =
        LazyLock::new(|| crate::text::lenient_regex(r"(?i)förhandlingsprotokoll"));
    let negotiated = negotiation.is_some()
        || first_lines(doc, 6)
            .iter()
            .any(|&i| NEGOTIATION_TITLE.is_match(doc.line_text(i)));
    meeting.organization = head
        .iter()
        .find_map(|&i| branch_of_union(doc.line_text(i)))
        .or_else(|| negotiated.then(|| employer_party(doc, &head)).flatten())
        .or_else(|| head_organization(doc, &head))
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
    meeting.forum = negotiation.or(forum);
    let (mut present, mut absent) = attendance(doc, &head);
    // A table whose rows are marked "X" or "Anmält förhinder" says who came better than its
    // names read as a list, where the marks are lost.
    let marked = marked_list(doc, &head);
    if marked.0.len() >= 3 && marked.0.len() + marked.1.len() >= present.len() + absent.len() {
        (present, absent) = marked;
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

/// The unit a title names after its forum: "Protokoll LSG Hemtjänst Öst den 4 mars",
/// "Lokal samverkansgrupp (LSG) Frivården Ekby", "Skyddskommitté, Område akut":
/// each unit has its own group, so its name is part of the forum's. Only in a line that is the
/// title (the forum after nothing but what the document is), up to a date, a time, a dash or a
/// preposition; the group's letters in parentheses are left out.
fn forum_unit(line: &str, start: usize, end: usize) -> Option<String> {
    static TITLE: LazyLock<Regex> = LazyLock::new(|| {
        crate::text::lenient_regex(
            r"(?i)^(?:(?:\p{L}*protokoll|minnesanteckningar|mötesanteckningar|anteckningar|rapport|återrapport(?:ering)?)(?:\s*/\s*\p{L}+)?(?:\s+fört)?(?:\s+(?:från|för|vid))?(?:\s+(?:sammanträde|sammanträdet|möte|mötet)\s+(?:med|i))?\s*[–:-]?)?$",
        )
    });
    static STOP: LazyLock<Regex> = LazyLock::new(|| {
        crate::text::lenient_regex(
            r"(?i)\s+[–—-]\s+|\s*[(,:;]|\s+(?:den|kl|klockan|nr|möte|mötet|sammanträde\p{L}*|\p{L}*protokoll|i|på|vid|från|med|hos|inför|om|angående|gällande|avseende|måndag\p{L}*|tisdag\p{L}*|onsdag\p{L}*|torsdag\p{L}*|fredag\p{L}*|lördag\p{L}*|söndag\p{L}*|januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december|v\.?|vecka)\b|\s+\d{1,4}[-./]\d|\s+\d{1,2}\s+(?:jan|feb|mar|apr|maj|jun|jul|aug|sep|okt|nov|dec)\p{L}*\b|\s+(?:19|20)\d\d\b",
        )
    });
    static PARENTHESES: LazyLock<Regex> =
        LazyLock::new(|| crate::text::lenient_regex(r"^\s*\([^()]{1,40}\)"));
    let cell_start = line[..start].rfind("   ").map_or(0, |k| k + 3);
    let cell_end = line[end..].find("   ").map_or(line.len(), |k| end + k);
    let raw = &line[start..end];
    // "Överläggningar med skolledarna inför …": what follows is the matter, not a unit.
    if crate::text::fold_letters(raw).starts_with("overlaggning") {
        return None;
    }
    // "skyddskommitténs sammanträde": a genitive names the body, not the title.
    if !TITLE.is_match(line[cell_start..start].trim()) || raw.ends_with('s') {
        return None;
    }
    let mut rest = &line[end..cell_end];
    // "LSG-TN", "FSG-BUF": a forum's code joined to its unit's letters is one name.
    static JOINED_CODE: LazyLock<Regex> =
        LazyLock::new(|| crate::text::lenient_regex(r"^-(?P<u>\p{Lu}{1,6})\b"));
    if raw.len() <= 3
        && raw.chars().all(|c| c.is_ascii_uppercase())
        && let Some(c) = JOINED_CODE.captures(rest)
    {
        return Some(format!("-{}", &c["u"]));
    }
    if let Some(p) = PARENTHESES.find(rest) {
        rest = &rest[p.end()..];
    }
    // "Skyddskommitté, Område akut": the unit set off by a comma; "SKYDDSKOMMITTÉ – VÅRD OCH
    // OMSORG": by a dash, a name (not "– samverkan enligt avtalet", "– mars 2026").
    let after_comma = rest.trim_start().strip_prefix(',');
    let after_dash = rest
        .trim_start()
        .strip_prefix(['–', '—'])
        .filter(|after| after.trim_start().starts_with(char::is_uppercase));
    if let Some(after) = after_comma.or(after_dash) {
        rest = after;
    }
    // "MEDICINAVDELNING 21, SUNDSVALLS SJUKHUS – MARS 2026": a comma followed by a name goes on.
    let mut unit = String::new();
    for (k, piece) in rest.split(',').enumerate() {
        let cut = STOP.find(piece).map_or(piece.len(), |m| m.start());
        let kept = piece[..cut].trim();
        if kept.is_empty() || (k > 0 && !kept.starts_with(char::is_uppercase)) {
            break;
        }
        if k > 0 {
            unit.push_str(", ");
        }
        unit.push_str(kept);
        if cut < piece.len() {
            break;
        }
    }
    let words = unit.split_whitespace().count();
    if !(1..=6).contains(&words)
        || !unit.chars().any(char::is_alphabetic)
        || party_of(&unit).is_some()
        || organization_in(&unit).is_some_and(|o| o == unit)
        || !unit.starts_with(|c: char| c.is_alphanumeric())
        // "samverkansgrupp (FSG) för\nsocialförvaltningen": the unit is on the next line.
        || unit.split_whitespace().next() == Some("för")
    {
        return None;
    }
    // A title in capitals: the unit's words as names, short letters kept ("BUF", "ÅVC").
    if !unit.chars().any(char::is_lowercase) {
        unit = unit
            .split(' ')
            .map(|word| {
                let lower = word.to_lowercase();
                if matches!(lower.as_str(), "och" | "för" | "av" | "i" | "på" | "med") {
                    return lower;
                }
                if word.chars().filter(|c| c.is_alphabetic()).count() <= 3 {
                    return word.to_string();
                }
                let mut chars = lower.chars();
                chars
                    .next()
                    .map_or(String::new(), |f| f.to_uppercase().chain(chars).collect())
            })
            .collect::<Vec<_>>()
            .join(" ");
    }
    Some(match (after_comma, after_dash) {
        (Some(_), _) => format!(", {unit}"),
        (None, Some(_)) => format!(" – {unit}"),
        _ => format!(" {unit}"),
    })
}

/// "Region Norrby" with "FSG Tandvården" in the title: a region's or a municipality's group
/// named after one of its units (a name in the definite form, "Tandvården",
/// "Socialförvaltningen") met for that unit, which is then part of the organization as a
/// letterhead would write it ("Region Norrby, Tandvården").
fn unit_of_title(organization: &str, unit: &str) -> Option<String> {
    static DEFINITE_UNIT: LazyLock<Regex> = LazyLock::new(|| {
        crate::text::lenient_regex(
            r"^\p{Lu}\p{Ll}{3,}(?:vården|tjänsten|förvaltningen|kontoret|en)$",
        )
    });
    static PUBLIC_BODY: LazyLock<Regex> = LazyLock::new(|| {
        crate::text::lenient_regex(
            r"^(?:Region\s+\p{Lu}[\p{L} ]+|\p{Lu}[\p{L}-]+\s+(?:kommun|stad))$",
        )
    });
    let unit = unit.trim().trim_start_matches([',', '–']).trim();
    (PUBLIC_BODY.is_match(organization) && DEFINITE_UNIT.is_match(unit)).then(|| unit.to_string())
}

/// "RAPPORT FRÅN CSG 3 SEPTEMBER 2026", "Återrapport från FSG den 4/3": a union's report from a
/// samverkan meeting (a board is none), and the day that meeting was held.
fn reported_day(doc: &Doc, head: &[usize], year_of: Option<Date>) -> Option<Date> {
    static REPORT: LazyLock<Regex> = LazyLock::new(|| {
        crate::text::lenient_regex(
            r"(?i)^\s*(?:rapport|återrapport(?:ering)?|referat)\s+från\s+(?:(?:mötet|sammanträdet)\s+(?:i|med)\s+)?(?P<r>.+)$",
        )
    });
    head.iter().find_map(|&i| {
        let rest = REPORT.captures(doc.line_text(i))?.name("r")?.as_str();
        let c = FORUM.captures(rest)?;
        let whole = c.get(0)?;
        if whole.start() > 0 {
            return None;
        }
        let forum = forum_name(c.name("f")?.as_str());
        if forum.to_lowercase().contains("styrelse") {
            return None;
        }
        lexicon::dates(&rest[whole.end()..], year_of)
            .first()
            .and_then(|d| d.date)
    })
}

/// A local forum's workplace on a line of its own beside the forum's line ("Lokal
/// samverkansgrupp (LSG)" under "Primärvården, Vårdcentralen Ek"; "Arbetsplatsträff" over
/// "Förskolan Lärkan"): each workplace has its own local group, so the workplace names it too.
fn workplace_beside(doc: &Doc, head: &[usize], line: usize, forum: &str) -> Option<String> {
    static LOCAL: LazyLock<Regex> = LazyLock::new(|| {
        crate::text::lenient_regex(r"(?i)^(?:lokal\s+samverkansgrupp|lsg|arbetsplatsträff|apt)\b")
    });
    static WORKPLACE: LazyLock<Regex> = LazyLock::new(|| {
        crate::text::lenient_regex(
            r"^(?:\p{Lu}[\p{L}-]*(?:förskola|skola|skolan|förskolan|vårdcentral|vårdcentralen|boende|boendet|hemtjänst|hemtjänsten|mottagning|mottagningen|kliniken|biblioteket|köket|gymnasiet)|(?:Förskolan|Skolan|Vårdcentralen|Hälsocentralen|Mottagningen|Biblioteket|Hemtjänsten|Boendet|Gruppbostaden|Äldreboendet)\s+\p{Lu}[\p{L}-]+)(?:\s+\p{Lu}[\p{L}–-]*\d*[–-]?\d*)?$",
        )
    });
    if !LOCAL.is_match(forum) {
        return None;
    }
    let at = head.iter().position(|&i| i == line)?;
    let beside = [at.checked_sub(1), Some(at + 1)];
    beside.into_iter().flatten().find_map(|k| {
        let text = doc.line_text(*head.get(k)?);
        // The line's first cell: page furniture may stand to its right.
        let cell = text.trim().split("   ").next()?.trim();
        let last = cell.rsplit(',').next()?.trim();
        WORKPLACE.is_match(last).then(|| last.to_string())
    })
}

/// "Nämnd: Arbetsmarknads- och socialnämnden", "Organ Kommunstyrelsens arbetsutskott", or a
/// site's breadcrumb: the committee that met, its forum.
fn committee_label(doc: &Doc) -> Option<String> {
    static LABEL: LazyLock<Regex> = LazyLock::new(|| {
        crate::text::lenient_regex(
            r"^\s*(?:Nämnd|Nämnd/Styrelse|Styrelse/Nämnd|Organ|Forum|Mötesforum|Samverkansforum)\s*:?\s*(?P<v>\p{Lu}[\p{L}-]*(?:\s+[\p{L}-]+){0,5})\s*$",
        )
    });
    // "Hem > Stockholms stad > Socialnämnden > Sammanträde 2011-11-24": a site's breadcrumb
    // names the body whose meeting the page holds.
    static BODY: LazyLock<Regex> = LazyLock::new(|| {
        crate::text::lenient_regex(
            r"^\p{Lu}[\p{L} -]{0,60}(?:nämnden|nämnd|styrelsen|utskottet|kommittén|kommitten|rådet|samverkansgruppen|samverkansgrupp)$",
        )
    });
    let breadcrumb = || {
        first_lines(doc, 5).into_iter().find_map(|i| {
            let parts: Vec<&str> = doc.line_text(i).split(" > ").map(str::trim).collect();
            if parts.len() < 3 {
                return None;
            }
            parts
                .iter()
                .rev()
                .find(|p| BODY.is_match(p))
                .map(|p| p.to_string())
        })
    };
    first_lines(doc, 12)
        .into_iter()
        .find_map(|i| LABEL.captures(doc.line_text(i)))
        .map(|c| crate::text::collapse(&c["v"]))
        .or_else(breadcrumb)
}

/// A negotiation protocol (förhandlingsprotokoll) is held by no standing group: its forum is
/// the negotiation. "Förhandling: <body>" when the employer negotiates through a body ("Lunds
/// kommun genom kommunstyrelsens personalutskott"); "Central förhandling: <matter> <A – B>"
/// when the "Ärende" and "Parter" labels name a matter between central organizations only
/// (employers' organizations and confederations: "KFO samt LO och PTK"), else "Förhandling:
/// <matter>".
fn negotiation_forum(doc: &Doc) -> Option<String> {
    static TITLE: LazyLock<Regex> =
        LazyLock::new(|| crate::text::lenient_regex(r"(?i)förhandlingsprotokoll"));
    static THROUGH: LazyLock<Regex> = LazyLock::new(|| {
        crate::text::lenient_regex(
            r"(?i:kommun|stad|region|landsting|kommunen|regionen|landstinget)\s+genom\s+(?P<b>(?:\p{Ll}[\p{L}-]*\s+){0,5}?\p{Ll}[\p{L}-]*(?:utskott|utskottet|nämnd|nämnden|styrelse|styrelsen|förvaltning|förvaltningen))\b",
        )
    });
    static MATTER: LazyLock<Regex> = LazyLock::new(|| {
        crate::text::lenient_regex(
            r"Ärende\s*:\s*(?:Parter\s*:\s*)?(?P<v>.*?)\s*(?:\b(?:Tid och plats|Tid|Plats|Datum|Närvarande)\b|$)",
        )
    });
    static ABBREVIATION: LazyLock<Regex> =
        LazyLock::new(|| crate::text::lenient_regex(r"^\s*\((?P<a>\p{Lu}{2,6})\)"));
    let lines = first_lines(doc, 12);
    let title = lines
        .iter()
        .position(|&i| TITLE.is_match(doc.line_text(i)))?;
    let text: String = (lines[title]..doc.lines.len())
        .filter(|&i| !doc.is_blank(i))
        .take(20)
        .map(|i| doc.line_text(i))
        .collect::<Vec<_>>()
        .join(" ");
    let text = match text.char_indices().nth(2000) {
        Some((end, _)) => &text[..end],
        None => &text,
    };
    if let Some(c) = THROUGH.captures(text) {
        return Some(format!("Förhandling: {}", crate::text::collapse(&c["b"])));
    }
    let value = MATTER.captures(text)?.name("v")?.as_str();
    // "Ärende: X Parter: Y", or both labels first and their values after them.
    let (matter, parties) = match value.split_once("Parter:") {
        Some((matter, parties)) => (matter.trim().to_string(), parties.to_string()),
        None => {
            let first = lexicon::mentions(value).first()?.start;
            (
                value[..first].trim().to_string(),
                value[first..].to_string(),
            )
        }
    };
    // "Landsorganisationen i Sverige (LO)": the letters in parentheses are the same party.
    let found: Vec<lexicon::Mention> = lexicon::mentions(&parties)
        .into_iter()
        .filter(|m| !parties[..m.start].trim_end().ends_with('('))
        .collect();
    if matter.is_empty() || matter.len() > 80 || found.is_empty() {
        return None;
    }
    let central = found.iter().any(|m| lexicon::is_confederation(&m.party))
        && found
            .iter()
            .all(|m| lexicon::is_confederation(&m.party) || m.party == Party::Employer);
    if !central {
        return Some(format!("Förhandling: {matter}"));
    }
    let mut names: Vec<String> = found
        .iter()
        .map(|m| {
            ABBREVIATION.captures(&parties[m.end..]).map_or_else(
                || parties[m.start..m.end].to_string(),
                |a| a["a"].to_string(),
            )
        })
        .collect();
    names.dedup();
    Some(format!(
        "Central förhandling: {matter} {}",
        names.join(" – ")
    ))
}

/// "Förhandling enligt 11 § MBL" or "Informationsmöte enligt 19 § MBL" as the head's title or
/// after "Förhandlingstyp": a negotiation or an information meeting named by the law it is held
/// under is its own forum. The law written out ("11 § lagen om medbestämmande i arbetslivet
/// (MBL)") is named by its letters.
fn negotiation_kind(doc: &Doc, head: &[usize]) -> Option<String> {
    static KIND: LazyLock<Regex> = LazyLock::new(|| {
        crate::text::lenient_regex(
            r"^\s*(?i:förhandlingstyp\s*:?\s*|(?P<matter>ärende\s*:?\s*)|protokoll\s+(?:från|över|vid)\s+)?(?P<k>(?i:(?:lokal|central)\s+)?(?i:förhandling|informationsmöte))(?i:sprotokoll)?\s+(?i:enligt)\s+(?:(?:(?P<n>\d{1,2})\s*§|§\s*(?P<m>\d{1,2}))\s*(?:MBL|medbestämmandelagen|(?i:lagen\s*(?:\(\d{4}:\d{1,4}\)\s*)?om\s+medbestämmande\s+i\s+arbetslivet)(?:\s*\(MBL\))?)|MBL\s*(?:(?P<o>\d{1,2})\s*§|§\s*(?P<q>\d{1,2}))|(?P<bare>MBL))(?:\s*$|\s+[–—-]\s+(?P<after>\S))",
        )
    });
    // "Förhandling enligt 11 § lagen (1976:580) om medbestämmande i / arbetslivet (MBL)": the
    // title wrapped onto the next line.
    let lines: Vec<String> = head
        .iter()
        .enumerate()
        .flat_map(|(k, &i)| {
            let line = doc.line_text(i).to_string();
            let joined = head
                .get(k + 1)
                .filter(|&&j| j == i + 1)
                .map(|&j| format!("{} {}", line.trim_end(), doc.line_text(j).trim()));
            std::iter::once(line).chain(joined)
        })
        .collect();
    // "Ärende: Förhandling enligt 11 § MBL – ny skiftform": the kind before the matter, under
    // the matter's label only (an agenda point of a samverkan meeting reads the same).
    lines
        .iter()
        .find_map(|line| {
            KIND.captures(line)
                .filter(|c| c.name("after").is_none() || c.name("matter").is_some())
        })
        .map(|c| {
            let kind = crate::text::collapse(&c["k"]).to_lowercase();
            let mut chars = kind.chars();
            let kind: String = chars
                .next()
                .map_or(String::new(), |f| f.to_uppercase().chain(chars).collect());
            let number = c
                .name("n")
                .or_else(|| c.name("m"))
                .or_else(|| c.name("o"))
                .or_else(|| c.name("q"))
                .map_or("", |n| n.as_str());
            // "Protokoll från förhandling enligt MBL": no paragraph named.
            if number.is_empty() {
                return format!("{kind} enligt MBL");
            }
            format!("{kind} enligt {number} § MBL")
        })
}

/// A forum known by its letters only, named in the title next to what the document is:
/// "Mötesanteckningar LGVO fredag …", "Protokoll MSG 2023-03-01", "VSG protokoll". Letters
/// that name a party ("Protokoll LO") are not a forum.
fn titled_acronym(doc: &Doc) -> Option<String> {
    static TITLE: LazyLock<Regex> = LazyLock::new(|| {
        crate::text::lenient_regex(
            r"(?:^|[\s\d])(?:(?i:protokoll|minnesanteckningar|mötesanteckningar|anteckningar)(?:\s+(?i:från|fört\s+vid|vid))?(?:\s+(?i:mötet?|sammanträdet?)\s+(?i:i|med|för))?\s+(?P<a>\p{Lu}{2,6})|(?P<b>\p{Lu}{2,6})\s+(?i:protokoll|minnesanteckningar|mötesanteckningar))\b",
        )
    });
    // "Minnesanteckningar RMPG Kvinnosjukvård": a title line that ends in a word or two after
    // the letters gives the forum's whole name.
    static QUALIFIER: LazyLock<Regex> = LazyLock::new(|| {
        crate::text::lenient_regex(r"^\s*(\p{Lu}\p{Ll}{3,}(?:\s+\p{Lu}?\p{Ll}{3,})?)\s*$")
    });
    first_lines(doc, 12).into_iter().find_map(|i| {
        let line = doc.line_text(i);
        let c = TITLE.captures(line)?;
        let letters = c.name("a").or_else(|| c.name("b"))?;
        // "PROTOKOLL FRÅN …": a title in capitals has words, not letters, after "protokoll".
        let word = letters.as_str().to_lowercase();
        if matches!(
            word.as_str(),
            "från" | "vid" | "med" | "för" | "över" | "mötet" | "möte"
        ) {
            return None;
        }
        if party_of(letters.as_str()).is_some() {
            return None;
        }
        let qualifier = c
            .name("a")
            .and_then(|a| QUALIFIER.captures(&line[a.end()..]))
            .and_then(|q| q.get(1))
            .filter(|q| party_of(q.as_str()).is_none());
        Some(match qualifier {
            Some(q) => format!("{} {}", letters.as_str(), q.as_str()),
            None => letters.as_str().to_string(),
        })
    })
}

/// The organization the head names first. A union right before a municipality ("Vision
/// Storviks kommun") is the union's branch there; a municipality, region, agency or company
/// with its units after it on its line or on the lines under it ("Barn- och
/// utbildningsförvaltningen", "Institutionen för fysik", "Ekby sjukhus, område akut") is
/// "parent, unit, …", in a negotiation's head too (the employer as the head names it).
fn head_organization(doc: &Doc, head: &[usize]) -> Option<String> {
    static UNIT: LazyLock<Regex> = LazyLock::new(|| {
        crate::text::lenient_regex(
            r"^\s*(?P<u>(?:Institutionen|Avdelningen|Enheten|Sektionen|Fakulteten)\s+för\s+\p{Ll}[\p{Ll}-]*(?:\s+(?:och\s+)?\p{Ll}[\p{Ll}-]*){0,4}|\p{Lu}\p{Ll}*-?(?:\s+och\s+\p{Ll}+)?(?:förvaltningen|kontoret)(?:[ \t]\p{Lu}[\p{L}-]+){0,2}|\p{Lu}\p{Ll}+a[ \t]+(?:förvaltningen|kontoret)|(?:Anstalten|Häktet|Frivården)\s+\p{Lu}[\p{L}-]+|(?:Område|Verksamhetsområde|Division)\s+\p{Ll}[\p{Ll}-]*(?:\s+(?:och\s+)?\p{Ll}[\p{Ll}-]*){0,3}|\p{Lu}[\p{L}-]*s\s+(?:universitets)?sjukhus(?:,\s+(?:område|division|verksamhetsområde)\s+\p{Ll}[\p{Ll}-]*(?:\s+(?:och\s+)?\p{Ll}[\p{Ll}-]*){0,4})?)\s*(?:$|[ \t]{2,})",
        )
    });
    head.iter().enumerate().find_map(|(k, &i)| {
        // "ÄLVDALENS KOMMUN      Arbetsplatsträff": each cell of a letterhead in its own case.
        let line = doc
            .line_text(i)
            .split("   ")
            .map(title_case)
            .collect::<Vec<_>>()
            .join("   ");
        let found = organization_in(&line)?;
        let at = line.find(&found).unwrap_or(0);
        let before: Vec<&str> = line[..at].split_whitespace().collect();
        if let Some(union) = (1..=before.len().min(3))
            .map(|n| before[before.len() - n..].join(" "))
            .find(|w| matches!(party_of(w), Some(Party::Union(_))))
        {
            return Some(format!("{union} {found}"));
        }
        // "Ekby Bygg AB" over "Skövde" or "Medlem i Byggföretagen": a company is named whole by
        // its name; the lines under it say where it is or whose member it is.
        if found.ends_with(" AB") {
            return Some(found);
        }
        // "Piteå kommun" over "Socialtjänsten, Vård och omsorg": the letterhead's lines under
        // the organization, up to the title, name the unit that met.
        let mut parts = vec![found.clone()];
        let first_cell = line.split("   ").next().unwrap_or("").trim_end();
        if let Some(tail) = first_cell[at.min(first_cell.len())..].strip_prefix(found.as_str())
            && let Some(tail) = tail
                .strip_prefix(',')
                .or_else(|| tail.trim_start().strip_prefix('–'))
            && is_unit_cell(tail.trim())
            && !STAFF_OFFICE.is_match(tail.trim())
        {
            parts.push(crate::text::collapse(tail));
        }
        let mut previous = i;
        let mut skipped_title = false;
        for &j in head.iter().skip(k + 1).take(4) {
            if j != previous + 1 {
                break;
            }
            previous = j;
            let cell = title_case(doc.line_text(j).trim().split("   ").next().unwrap_or(""));
            if UNIT.is_match(&cell) || is_unit_cell(&cell) {
                // "Kommunledningsförvaltningen, HR-avdelningen": the staff office that writes
                // the protocol is not the unit that met.
                let units: Vec<&str> = cell
                    .split(',')
                    .map(str::trim)
                    .take_while(|part| !STAFF_OFFICE.is_match(part))
                    .collect();
                if units.is_empty() {
                    break;
                }
                parts.push(crate::text::collapse(&units.join(", ")));
                if units.len() < cell.split(',').count() {
                    break;
                }
            } else if !skipped_title && parts.len() == 1 && DOCUMENT_KIND.is_match(&cell) {
                skipped_title = true;
            } else {
                break;
            }
            if parts.len() == 4 {
                break;
            }
        }
        Some(parts.join(", "))
    })
}

/// What a document calls itself in its title line: "PROTOKOLL", "Minnesanteckningar/protokoll",
/// "Förhandlingsprotokoll".
static DOCUMENT_KIND: LazyLock<Regex> = LazyLock::new(|| {
    crate::text::lenient_regex(
        r"(?i)^\s*(?:\p{L}*protokoll|minnesanteckningar|mötesanteckningar|anteckningar)(?:\s*/\s*(?:\p{L}*protokoll|minnesanteckningar|anteckningar))?\s*$",
    )
});

/// A staff office that writes protocols for the whole organization: "HR-avdelningen",
/// "Personalenheten", "enheten för arbetsgivarfrågor".
static STAFF_OFFICE: LazyLock<Regex> = LazyLock::new(|| {
    crate::text::lenient_regex(
        r"(?i)^(?:hr|personal|förhandlings|kansli)[\p{L}-]*(?:avdelningen|enheten|staben|funktionen|kontoret)?$|^(?:hr|personal)-?(?:avdelning|enhet|stab)\b|\benheten\s+för\s+(?:arbetsgivar|personal|hr)",
    )
});

/// A letterhead's cell that names a unit of the organization ("Socialtjänsten, Vård och
/// omsorg", "Polisregion Syd", "Färjerederiet, Färjeområde Norra skärgården"): a capitalized
/// name without digits or a label, that is no title, forum, date, party or person.
fn is_unit_cell(cell: &str) -> bool {
    static NOT_UNIT: LazyLock<Regex> = LazyLock::new(|| {
        crate::text::lenient_regex(
            r"(?i)\b(?:\p{L}*protokoll|anteckningar|minnesanteckningar|mötesanteckningar|kallelse|dagordning|förhandling|sammanträde\p{L}*|möte|mötet|datum|tid|plats|lokal|sida|bilaga|rapport|närvarande|deltagare|medverkande|underskrift\p{L}*|beslutande|ledamöter|ersättare|justera\p{L}*|ordförande|sekreterare|paragraf\p{L}*|anslag\p{L}*|ärende\p{L}*|kopia|kommunalförbund\p{L}*|aktiebolag|förening|måndag\p{L}*|tisdag\p{L}*|onsdag\p{L}*|torsdag\p{L}*|fredag\p{L}*|januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december)\b",
        )
    });
    let cell = cell.trim();
    let words: Vec<&str> = cell.split_whitespace().collect();
    (3..=80).contains(&cell.chars().count())
        && words.len() <= 7
        && !words.iter().any(|w| lexicon::is_given_name(w))
        && cell.chars().next().is_some_and(char::is_uppercase)
        && !cell.contains([':', '@', '|'])
        && !cell.chars().any(|c| c.is_ascii_digit())
        && !NOT_UNIT.is_match(cell)
        && !FORUM.is_match(cell)
        && !lexicon::mentions(cell)
            .iter()
            .any(|m| matches!(m.party, Party::Union(_)))
}

/// "Parter  Storviks kommun, socialförvaltningen": a negotiation's employer as its parties'
/// first line names it (a line of unions is not it).
fn employer_party(doc: &Doc, head: &[usize]) -> Option<String> {
    static PARTIES: LazyLock<Regex> = LazyLock::new(|| {
        crate::text::lenient_regex(
            r"^\s*(?i:parter|parterna)\s*(?::\s*|[ \t]{2,})(?P<v>\S.{2,60})$",
        )
    });
    head.iter().find_map(|&i| {
        let value = PARTIES
            .captures(doc.line_text(i))?
            .name("v")?
            .as_str()
            .trim();
        let found = organization_in(value)?;
        let unions = lexicon::mentions(value)
            .iter()
            .any(|m| matches!(m.party, Party::Union(_)));
        (!unions && value.starts_with(&found)).then(|| crate::text::collapse(value))
    })
}

/// The organization named in a line, passing over a building named after a place label
/// ("Plats och tid Kommunkontoret, sammanträdesrum A": where it met, not who met; the same
/// after "Justeringens", where the minutes are approved).
fn organization_in(line: &str) -> Option<String> {
    ORGANIZATION.captures_iter(line).find_map(|c| {
        let m = c.name("o")?;
        let before = crate::text::fold_letters(line[..m.start()].trim_end().trim_end_matches(':'));
        // After "Nämnd:" the committee is named: the forum, not the organization.
        let after_place_label = [
            "plats och tid",
            "tid och plats",
            "plats",
            "lokal",
            "justeringens",
            "nämnd",
            "nämnd/styrelse",
        ]
        .iter()
        .any(|label| before.ends_with(&crate::text::fold_letters(label)));
        // "Stockholms läns landstings beställaruppdrag": the county council, not its genitive.
        let name = crate::text::collapse(m.as_str());
        let name = match name.strip_suffix("landstings") {
            Some(stem) => format!("{stem}landsting"),
            None => name,
        };
        // "TRAFIKVERKETS FÖRHANDLINGSPROTOKOLL": the agency's protocol, the agency.
        let name = match ["verkets", "myndighetens", "kassans", "förmedlingens"]
            .iter()
            .find(|ending| name.ends_with(*ending))
        {
            Some(_) => name[..name.len() - 1].to_string(),
            None => name,
        };
        (!after_place_label).then_some(name)
    })
}

/// The head of a protocol in the municipal-law layout (kommunallagens protokoll: "Plats och tid
/// … Beslutande/Ledamöter … Tjänstgörande ersättare … Övriga närvarande … Utses att justera …
/// Underskrifter Sekreterare … Ordförande … Justerande …"), its labels found on lines of their
/// own or inside one line that a PDF page was joined into.
#[derive(Debug, Default)]
struct MunicipalHead {
    place: Option<String>,
    time: Option<Time>,
    forum: Option<String>,
    present: Vec<Attendee>,
    absent: Vec<Attendee>,
    approvers: Vec<String>,
    secretary: Option<String>,
    chair: Option<String>,
}

fn municipal_head(doc: &Doc, head: &[usize]) -> Option<MunicipalHead> {
    // Labels are capitalized: "ordförande" after a name is that person's role, not a label.
    static LABEL: LazyLock<Regex> = LazyLock::new(|| {
        crate::text::lenient_regex(
            r"\b(?P<l>Plats och tid|Beslutande(?: ledamöter)?|Ledamöter|Arbetsgivare(?:n|sidan)?|Arbetstagare(?:na|sidan)?|Ej tjänstgörande ersättare|Tjänstgörande ?ersättare|Ersättare|Övriga (?:närvarande|deltagare|deltagande)|Ej närvarande|Frånvarande|Tjänstemän|Utses att justera|Justerare|Justeringens(?: plats och tid)?|Underskrifter|Sekreterare|Ordförande|Justerande|Paragraf(?:er)?|ANSLAG(?:/BEVIS)?|Organ|Datum (?:då|när))\b",
        )
    });
    let text = head
        .iter()
        .map(|&i| doc.line_text(i).trim())
        .collect::<Vec<_>>()
        .join(" ");
    let labels: Vec<(usize, usize, &str)> = LABEL
        .captures_iter(&text)
        .filter_map(|c| {
            let l = c.name("l")?;
            Some((l.start(), l.end(), l.as_str()))
        })
        .collect();
    let has = |wanted: &[&str]| {
        labels
            .iter()
            .any(|(_, _, l)| wanted.iter().any(|w| l.starts_with(w)))
    };
    if !(has(&["Plats och tid"])
        && has(&["Beslutande", "Ledamöter", "Arbetsgivare", "Arbetstagare"])
        && has(&[
            "Utses att justera",
            "Justerare",
            "Justerande",
            "Underskrifter",
        ]))
    {
        return None;
    }
    let mut out = MunicipalHead::default();
    // Before "Underskrifter" the labels open lists; after it, the signature box's roles.
    let mut signing = false;
    let mut waiting: Vec<&str> = Vec::new();
    // "Plats och tid Beslutande Kommunhuset, kl 13:00 Ledamöter …": two column heads side by
    // side, the place and time after the second.
    let mut place_pending = false;
    for (k, &(_, end, label)) in labels.iter().enumerate() {
        let value_end = labels.get(k + 1).map_or(text.len(), |next| next.0);
        let value = text[end..value_end].trim();
        match label {
            "Underskrifter" | "ANSLAG" | "ANSLAG/BEVIS" => signing = label == "Underskrifter",
            "Plats och tid" if out.place.is_none() => {
                out.place = municipal_place(value);
                out.time = clock_time(value);
                place_pending = value.is_empty();
            }
            "Beslutande" if place_pending && is_place_and_time(value) => {
                place_pending = false;
                out.place = municipal_place(value);
                out.time = clock_time(value);
            }
            "Organ" if out.forum.is_none() => {
                // The notice box names the body whose protocol it is ("Organ Kommunstyrelsen").
                out.forum = value
                    .chars()
                    .next()
                    .is_some_and(char::is_uppercase)
                    .then(|| value.to_string())
                    .filter(|v| v.len() < 60);
            }
            "Ej närvarande" | "Frånvarande" if !signing => {
                let (present, absent) = people_with_substitutes(value, false);
                out.absent.extend(present.into_iter().chain(absent));
            }
            "Tjänstemän" if !signing => out.present.extend(officials(value)),
            "Sekreterare" if !signing && out.secretary.is_none() => {
                out.secretary = leading_names(value, 1).into_iter().next();
            }
            // "Arbetsgivare Eva Ek, HR-chef Arbetstagare Bo Alm, Vision": the sides as labels.
            l if !signing && (l.starts_with("Arbetsgivare") || l.starts_with("Arbetstagare")) => {
                place_pending = false;
                let (present, _) = people_with_substitutes(value, false);
                out.present.extend(present);
            }
            l if !signing
                && (l.starts_with("Beslutande")
                    || l == "Ledamöter"
                    || l.ends_with("rsättare")
                    || l.starts_with("Övriga")) =>
            {
                place_pending = false;
                let serving = l.starts_with("Tjänstgörande");
                let (present, absent) = people_with_substitutes(value, serving);
                out.present.extend(present);
                out.absent.extend(absent);
            }
            "Utses att justera" | "Justerare" if !signing => {
                out.approvers.extend(leading_names(value, 4));
            }
            "Sekreterare" | "Ordförande" | "Justerande" | "Justerare" if signing => {
                waiting.push(label);
                signed_names(&mut out, &mut waiting, value);
            }
            "Paragrafer" if signing => {
                // "Paragrafer 8-12 Kristoffer Baas": the paragraphs, then the name signed above.
                let names =
                    value.trim_start_matches(|c: char| c.is_ascii_digit() || " -–,".contains(c));
                signed_names(&mut out, &mut waiting, names);
            }
            _ => {}
        }
    }
    // A member listed, then replaced by a substitute, did not attend.
    out.present
        .retain(|p| !out.absent.iter().any(|a| a.name == p.name));
    Some(out)
}

/// The names of a signature box, given in order to the roles still waiting for theirs
/// ("Ordförande Justerare Yoomi Renström Carl Ringbo": the columns flattened).
fn signed_names(out: &mut MunicipalHead, waiting: &mut Vec<&str>, value: &str) {
    for name in leading_names(value, waiting.len()) {
        if waiting.is_empty() {
            break;
        }
        match waiting.remove(0) {
            "Sekreterare" => out.secretary = Some(name),
            "Ordförande" => out.chair = Some(name),
            _ => {
                if !out.approvers.iter().any(|a| a == &name) {
                    out.approvers.push(name);
                }
            }
        }
    }
}

/// How many leading words form a name, a comma after a word ending it ("Bosse Wallbäck,
/// Gävle-Dala företagshälsa": the name, then what the person represents).
fn name_until_comma(words: &[&str]) -> usize {
    let len = name_prefix(words);
    words[..len]
        .iter()
        .position(|w| w.ends_with(','))
        .map_or(len, |k| k + 1)
}

/// Up to `max` names at the start of a text, each of two capitalized words or more, with
/// a political party's letters after them ("Hans Jonsson (C)") passed over.
fn leading_names(text: &str, max: usize) -> Vec<String> {
    let words: Vec<&str> = text.split_whitespace().collect();
    let mut out = Vec::new();
    let mut k = 0;
    while k < words.len() && out.len() < max {
        let mut len = name_until_comma(&words[k..]);
        if len < 2 {
            break;
        }
        // "Kent Ny Maj Åberg" where two names are wanted: a given name after a full name
        // begins the next person.
        if max - out.len() >= 2
            && let Some(j) = (2..len.saturating_sub(1))
                .find(|&j| lexicon::is_given_name(words[k + j].trim_end_matches(',')))
        {
            len = j;
        }
        out.push(name_of(&words[k..k + len]));
        k += len;
        while k < words.len() && words[k].starts_with('(') {
            k += 1;
        }
    }
    out
}

/// "Kommunkontoret, sammanträdesrum A, tisdagen den 17 september 2013, kl": the place ends
/// where the day or the date begins.
fn municipal_place(value: &str) -> Option<String> {
    static WHEN: LazyLock<Regex> = LazyLock::new(|| {
        crate::text::lenient_regex(
            r"(?i),?\s*\b(?:(?:mån|tis|ons|tors|fre|lör|sön)dag(?:en)?|den\s+\d|\d{1,2}\s+\p{L}+\s+\d{4}|\d{4}-\d\d-\d\d|kl\b)",
        )
    });
    let place = match WHEN.find(value) {
        Some(m) => &value[..m.start()],
        None => value,
    };
    let place = place.trim().trim_end_matches([',', '.']).trim();
    (!place.is_empty() && place.len() < 80).then(|| place.to_string())
}

/// "Bo Berg*" and under the list "* = deltog från punkt 6": the note said of the marked
/// person ("Bo Berg (deltog från punkt 6)"), not a line of the list.
fn marked_notes(lines: Vec<String>) -> Vec<String> {
    static NOTE: LazyLock<Regex> =
        LazyLock::new(|| crate::text::lenient_regex(r"^\s*(?P<m>\*{1,3})\s*[=:)]?\s*(?P<n>\S.*)$"));
    let notes: Vec<(String, String)> = lines
        .iter()
        .filter_map(|l| NOTE.captures(l))
        .map(|c| (c["m"].to_string(), c["n"].trim().to_string()))
        .collect();
    if notes.is_empty() {
        return lines;
    }
    lines
        .into_iter()
        .filter(|l| !NOTE.is_match(l))
        .map(|mut line| {
            // The longest mark first: "**" is not "*" twice.
            for (mark, note) in notes.iter().rev() {
                let marked =
                    Regex::new(&format!(r"(\p{{L}}){}", regex::escape(mark))).expect("regex");
                line = marked
                    .replace_all(&line, |c: &regex::Captures| format!("{} ({note})", &c[1]))
                    .into_owned();
            }
            line
        })
        .collect()
}

/// Attendance written as sentences, each title before its name ("Närvarande från förvaltningen:
/// ordföranden Eva Lind, controllern Per Sund samt handläggarna Ola Berg och Kim Sjö."): the
/// capitalized words ending each part of the list are a name, the lower-case words before it
/// the title.
/// Also the bodies the people come from ("Närvarande från revisionen …": "revisionen").
fn attendance_in_sentences(line: &str) -> (Vec<Attendee>, Vec<String>) {
    static LIST: LazyLock<Regex> = LazyLock::new(|| {
        crate::text::lenient_regex(
            r"\bNärvarande\b(?:\s+från\s+(?P<from>[^:.,]{2,80}?)(?:\s+vid\b[^:.]*)?)?[^:.]{0,160}:\s*(?P<list>[^.:]{3,600})\.",
        )
    });
    let mut out: Vec<Attendee> = Vec::new();
    let mut bodies: Vec<String> = Vec::new();
    for c in LIST.captures_iter(line) {
        if let Some(from) = c.name("from") {
            let body = from.as_str().trim().to_lowercase();
            if !bodies.contains(&body) {
                bodies.push(body);
            }
        }
        let list = c["list"].replace(" samt ", ", ").replace(" och ", ", ");
        for part in list.split(',') {
            let words: Vec<&str> = part.split_whitespace().collect();
            let first_name = words
                .iter()
                .position(|w| w.chars().next().is_some_and(char::is_uppercase));
            let Some(at) = first_name else { continue };
            let name = &words[at..];
            let all_capital = name
                .iter()
                .all(|w| w.chars().next().is_some_and(char::is_uppercase));
            if !(2..=4).contains(&name.len()) || !all_capital {
                continue;
            }
            let name = name_of(name);
            if out.iter().any(|a| a.name.as_deref() == Some(name.as_str())) {
                continue;
            }
            let role = words[..at].join(" ");
            out.push(Attendee {
                name: Some(name),
                party: Party::Employer,
                role: (!role.is_empty()).then_some(role),
            });
        }
    }
    (out, bodies)
}

/// Whether a value holds a place with its time or date, not people ("Kommunhuset, kl.13:00").
fn is_place_and_time(value: &str) -> bool {
    clock_time(value).is_some() && municipal_place(value).is_some()
}

/// The first clock time of a value ("kl.13:00-15.30": 13:00).
fn clock_time(value: &str) -> Option<Time> {
    let (h, m, _, _) = *lexicon::times(value).first()?;
    Time::new(h, m, 0, 0).ok()
}

/// Officials listed with their title before the name ("Kommundirektör Göran Wigert
/// Administrativ chef Anna Berg Kostchef Per Ek, 126"): a title is a word naming an office, or
/// a capitalized word with lower-case words after it; the capitalized words after a title are
/// the name, up to a comma, a number or the next title.
fn officials(text: &str) -> Vec<Attendee> {
    const OFFICES: [&str; 14] = [
        "chef",
        "direktör",
        "sekreterare",
        "strateg",
        "handläggare",
        "ekonom",
        "samordnare",
        "controller",
        "jurist",
        "utredare",
        "ansvarig",
        "ledare",
        "ingenjör",
        "arkitekt",
    ];
    let words: Vec<&str> = text.split_whitespace().collect();
    let is_office = |w: &str| {
        let w = w.trim_end_matches(',').to_lowercase();
        OFFICES.iter().any(|o| w.ends_with(o))
    };
    let capital = |w: &str| w.chars().next().is_some_and(char::is_uppercase);
    let mut out = Vec::new();
    let mut k = 0;
    while k < words.len() {
        // The title: lower-case words and office words, begun by any word.
        let start = k;
        k += 1;
        while k < words.len() && (!capital(words[k]) || is_office(words[k])) {
            k += 1;
        }
        let role_words = &words[start..k];
        if !role_words.iter().any(|w| is_office(w)) {
            continue;
        }
        let name_start = k;
        while k < words.len()
            && capital(words[k])
            && !is_office(words[k])
            && k - name_start < 4
            && !words[k - 1].ends_with(',')
            // "Göran Wigert Administrativ chef": a capital before an office begins the next title.
            && !(k - name_start >= 2 && words.get(k + 1).is_some_and(|w| !capital(w) && is_office(w)))
        {
            k += 1;
        }
        // "förvaltningschef för Intern Service Per Ek": the office's unit, then a given name.
        let given = (name_start + 1..k.saturating_sub(1))
            .find(|&j| lexicon::is_given_name(words[j].trim_end_matches(',')))
            .unwrap_or(name_start);
        if k - given >= 2 {
            let mut role = role_words.join(" ");
            for unit in &words[name_start..given] {
                role.push(' ');
                role.push_str(unit);
            }
            out.push(Attendee {
                name: Some(name_of(&words[given..k])),
                party: Party::Employer,
                role: Some(role.trim_end_matches(',').to_lowercase()),
            });
        }
        // Paragraph numbers after a name ("126,", "169 och 173,") are when the official
        // attended; a lower-case word after them begins the next title.
        loop {
            let number = |w: &str| !w.chars().any(char::is_alphabetic);
            match words.get(k) {
                Some(w) if number(w) => k += 1,
                Some(&"och") if words.get(k + 1).is_some_and(|w| number(w)) => k += 1,
                _ => break,
            }
        }
    }
    out
}

/// A municipal list of people: "Yoomi Renström (S), ordförande Mikael Jonsson (M)", "Marlene
/// Johansson (S) tjänstgörande ersättare för Håkan Englund (S)", "Mona Persson, personalchef
/// Bosse Wallbäck, Gävle-Dala företagshälsa". What follows a name up to the next is its role;
/// the member a substitute serves for ("tjänstgörande ersättare för X") is absent.
/// Under a "Tjänstgörande ersättare" heading (`serving`) "för" after a name and its party
/// letters names the member replaced ("Lars Berg (S) för Eva Ek (S)").
fn people_with_substitutes(text: &str, serving: bool) -> (Vec<Attendee>, Vec<Attendee>) {
    let words: Vec<&str> = text.split_whitespace().collect();
    // Each person with whether they are absent and the words said of them.
    let mut people: Vec<(Attendee, bool, Vec<&str>)> = Vec::new();
    let mut replaces = false;
    let mut k = 0;
    while k < words.len() {
        // "Eva Ek (S) ersätter Tor Alm (S)": the verb names the member replaced.
        if crate::text::fold_letters(words[k]) == "ersatter"
            && people
                .last()
                .is_some_and(|p| p.2.iter().all(|w| w.starts_with('(')))
        {
            replaces = true;
            k += 1;
            continue;
        }
        let len = name_until_comma(&words[k..]);
        if len >= 2 {
            let attendee = Attendee {
                name: Some(name_of(&words[k..k + len])),
                party: Party::Employer,
                role: None,
            };
            people.push((attendee, replaces, Vec::new()));
            replaces = false;
            k += len;
            continue;
        }
        let word = words[k];
        let notes = people.last_mut().map(|p| &mut p.2);
        let after_substitute = notes
            .as_ref()
            .and_then(|n| n.last())
            .is_some_and(|w| crate::text::fold_letters(w).starts_with("ersattare"));
        let only_party_letters = notes
            .as_ref()
            .is_some_and(|n| n.iter().all(|w| w.starts_with('(')));
        if word == "för" && (after_substitute || (serving && only_party_letters)) {
            replaces = true;
        } else if let Some(notes) = notes {
            notes.push(word);
        }
        k += 1;
    }
    let (mut present, mut absent) = (Vec::new(), Vec::new());
    for (mut attendee, is_absent, notes) in people {
        // "ersätter Tor Alm (S) 170" or "… kl 14": replaced for some paragraphs or hours only,
        // so still a member who attended, listed as such elsewhere.
        let partly = notes.iter().find(|w| !w.starts_with('(')).is_some_and(|w| {
            w.starts_with(|c: char| c.is_ascii_digit())
                || w.starts_with('§')
                || w.to_lowercase().starts_with("kl")
        });
        if is_absent && partly {
            continue;
        }
        let note = notes
            .iter()
            .filter(|w| !w.starts_with('(') && !w.chars().all(|c| c.is_ascii_digit()))
            .copied()
            .collect::<Vec<_>>()
            .join(" ");
        let note = note.trim_matches([',', ' ']);
        if !note.is_empty() {
            // "Kommunal, skyddsombud": the party first, then the person's role.
            let (first, rest) = note.split_once(',').unwrap_or((note, ""));
            match (party_of(note), party_of(first.trim())) {
                (Some(party @ Party::Union(_)), _) => attendee.party = party,
                (_, Some(party @ Party::Union(_))) if !rest.trim().is_empty() => {
                    attendee.party = party;
                    attendee.role = Some(rest.trim().to_string());
                }
                _ => attendee.role = Some(note.to_string()),
            }
        }
        if is_absent {
            absent.push(attendee);
        } else {
            present.push(attendee);
        }
    }
    (present, absent)
}

/// When the forum meets next: the first date of a "Nästa möte" section, or a date after "nästa
/// möte / sammanträde / förvaltningsgrupp …" in a sentence ("Nästa möte: 12 mars kl. 13.00",
/// "Nästa förvaltningsgrupp hålls den 15 november"), with its clock time. A date not after
/// the meeting's is not the next one.
fn next_meeting(doc: &Doc, meeting: Option<Date>) -> (Option<Date>, Option<Time>) {
    static NEXT: LazyLock<Regex> = LazyLock::new(|| {
        strict_regex(
            r"(?i)\bnästa\s+(?:ordinarie\s+)?(?:möte|sammanträde|träff|lsg|fsg|csg|\p{L}*grupp\p{L}*|\p{L}*kommitt\p{L}*|\p{L}*möte\p{L}*|samverkan\p{L}*)\b",
        )
    });
    let found = |text: &str, from: usize| -> Option<(Date, Option<Time>)> {
        let rest = &text[from..];
        let d = lexicon::dates(rest, meeting)
            .into_iter()
            .find(|d| d.date.is_some_and(|date| meeting.is_none_or(|m| date > m)))?;
        let time = lexicon::times(&rest[d.end..])
            .first()
            .filter(|(_, _, start, _)| *start < 12)
            .and_then(|(h, m, _, _)| Time::new(*h, *m, 0, 0).ok());
        Some((d.date?, time))
    };
    for section in doc
        .sections
        .iter()
        .filter(|s| s.kind == SectionKind::NextMeeting)
    {
        if let Some((date, time)) = found(doc.slice(section.span), 0) {
            return (Some(date), time);
        }
    }
    for block in doc.blocks(0..doc.lines.len()) {
        for sentence in sentences(&doc.text, block) {
            let text = doc.slice(sentence);
            if let Some(m) = NEXT.find(text)
                && let Some((date, time)) = found(text, m.end())
            {
                return (Some(date), time);
            }
        }
    }
    (None, None)
}

/// A union's local branch named with its union after it: "Gävle kommunförening av LR",
/// "Norra avdelningen inom Kommunal" → "Lärarnas Riksförbund Gävle kommunförening".
fn branch_of_union(line: &str) -> Option<String> {
    static BRANCH: LazyLock<Regex> = LazyLock::new(|| {
        crate::text::lenient_regex(&format!(
            r"\b(?P<place>\p{{Lu}}[\p{{L}}-]+)\s+(?P<unit>(?i:kommunförening|lokalavdelning|lokalförening|avdelning(?:en)?|sektion(?:en)?|klubb(?:en)?|förening(?:en)?))\s+(?:av|inom|i)\s+(?P<u>{})\b",
            lexicon::party_pattern()
        ))
    });
    let c = BRANCH.captures(line)?;
    let union = c.name("u")?.as_str();
    if !matches!(party_of(union), Some(Party::Union(_))) {
        return None;
    }
    Some(format!(
        "{} {} {}",
        lexicon::union_spelled_out(union),
        c.name("place")?.as_str(),
        c.name("unit")?.as_str().to_lowercase()
    ))
}

/// A union followed by the place of its branch: "Vision Trollhättan", "Kommunal Sundsvall",
/// "Kommunal Sektion Gävle"; a given name after the union is a person of it, not a place.
fn union_and_place(line: &str) -> Option<String> {
    static UNION_PLACE: LazyLock<Regex> = LazyLock::new(|| {
        crate::text::lenient_regex(&format!(
            r"\b(?P<u>{})[ \t]+(?P<place>(?:(?:Sektion|Avdelning|Klubb|Förening|Lokalavdelning|Kommunförening)[ \t]+)?\p{{Lu}}\p{{Ll}}+)\b",
            lexicon::party_pattern()
        ))
    });
    UNION_PLACE.captures_iter(line).find_map(|c| {
        let union = c.name("u")?.as_str();
        let place = c.name("place")?.as_str();
        let is_union = matches!(party_of(union), Some(Party::Union(ref u)) if !lexicon::is_confederation(&Party::Union(u.clone())));
        (is_union && party_of(place).is_none() && !lexicon::is_given_name(place))
            .then(|| format!("{union} {place}"))
    })
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

/// A line written in capitals ("KULTURFÖRVALTNINGEN") with only its first letter kept capital.
fn title_case(line: &str) -> String {
    let letters: Vec<char> = line.chars().filter(|c| c.is_alphabetic()).collect();
    if letters.len() < 6 || letters.iter().any(|c| c.is_lowercase()) {
        return line.to_string();
    }
    // "REGION MÄLARDAL", "HÖGSKOLAN VÄSTERDAL": a name of two words keeps both capitals;
    // "STORVIKS KOMMUN" is "Storviks kommun".
    const COMMON: &[&str] = &[
        "kommun",
        "stad",
        "län",
        "läns",
        "landsting",
        "och",
        "i",
        "för",
        "av",
        "protokoll",
        "universitet",
        "högskola",
    ];
    let mut out = String::with_capacity(line.len());
    let mut first = true;
    for word in line.split_inclusive(char::is_whitespace) {
        let lower = word.to_lowercase();
        // "NORRLANDS TEKNISKA UNIVERSITET": an adjective inside a name is lower case.
        let common = COMMON.contains(&lower.trim())
            || (lower.trim().ends_with("iska") && lower.trim().chars().count() > 5);
        // "EKBY BYGG AB": a company's form keeps its capitals.
        if lower.trim() == "ab" {
            out.push_str(word);
            first = false;
            continue;
        }
        let mut chars = lower.chars();
        match chars.next() {
            Some(c) if c.is_alphabetic() && (first || !common) => {
                out.extend(c.to_uppercase());
                out.extend(chars);
            }
            _ => out.push_str(&lower),
        }
        if word.chars().any(char::is_alphabetic) {
            first = false;
        }
    }
    out
}

/// "förvaltningsgruppen", "FÖRVALTNINGSGRUPP" → "Förvaltningsgrupp"; "LSG" stays.
pub fn forum_name(found: &str) -> String {
    let lower = crate::text::collapse(found).to_lowercase();
    if matches!(lower.as_str(), "lsg" | "fsg" | "csg" | "apt") {
        return found.to_uppercase();
    }
    // "myndighetsgemensamma samverkansgruppen", "centrala …": the indefinite form names it.
    let mut words: Vec<String> = lower.split(' ').map(str::to_string).collect();
    if words.len() > 1 {
        let first = &mut words[0];
        if first.ends_with("gemensamma") {
            first.truncate(first.len() - 2);
        } else if matches!(first.as_str(), "centrala" | "lokala" | "regionala") {
            first.pop();
        }
    }
    let lower = words.join(" ");
    let mut chars = lower.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// "Gruppen har träffats på Zoom 19 mars", "träffades 25/5": a report names the day the group
/// met, its year from the report's own date ("Publicerad: 2024-04-02"), the last such day on or
/// before it.
fn met_on(doc: &Doc) -> Option<Date> {
    static MET: LazyLock<Regex> = LazyLock::new(|| {
        crate::text::lenient_regex(
            r"\b(?:träffades|träffats|sammanträdde|sammanträtt|möttes|mötts|hölls|hållits)\b[^.\n]{0,60}",
        )
    });
    let said = first_lines(doc, 12)
        .into_iter()
        .find_map(|i| MET.find(doc.line_text(i)))?;
    static RANGE_START: LazyLock<Regex> =
        LazyLock::new(|| crate::text::lenient_regex(r"\b(?P<d>\d{1,2})\s*[-–]\s*$"));
    let found = lexicon::dates(said.as_str(), None).into_iter().next()?;
    // "6-7 september": the meeting began on the range's first day.
    let day = RANGE_START
        .captures(&said.as_str()[..found.start])
        .and_then(|c| c["d"].parse::<i8>().ok())
        .filter(|d| (1..found.day).contains(d))
        .unwrap_or(found.day);
    if found.year_written {
        return found
            .date
            .and_then(|d| Date::new(d.year(), found.month, day).ok());
    }
    let dated = (0..doc.lines.len().min(60)).find_map(|i| {
        lexicon::dates(doc.line_text(i), None)
            .into_iter()
            .find(|d| d.year_written)
            .and_then(|d| d.date)
    })?;
    let date = Date::new(dated.year(), found.month, day).ok()?;
    if date > dated {
        Date::new(dated.year() - 1, found.month, day).ok()
    } else {
        Some(date)
    }
}

fn meeting_date(doc: &Doc, head: &[usize]) -> Option<Date> {
    let candidates: Vec<usize> = head.iter().copied().chain(first_lines(doc, 15)).collect();
    // A date on a line that says what it is first, then any dated line of the head.
    static STRONG: LazyLock<Regex> = LazyLock::new(|| {
        crate::text::lenient_regex(r"(?i)protokoll|datum|sammanträde|möte|den\s+\d")
    });
    let strong = &*STRONG;
    if let Some(date) = labelled_date(doc, &candidates) {
        return Some(date);
    }
    for prefer in [true, false] {
        if !prefer && let Some(date) = met_on(doc).or_else(|| yearless_in_head(doc, &candidates)) {
            return Some(date);
        }
        for &i in &candidates {
            let line = doc.line_text(i);
            if prefer && !strong.is_match(line) {
                continue;
            }
            // "Justering sker senast den 14 mars": the approval's date, not the meeting's;
            // "Protokollet från 2025-02-03 lades till handlingarna": the previous meeting's.
            if JUSTERING.is_match(line) || PREVIOUS_MINUTES.is_match(line) {
                continue;
            }
            // A date in words may run onto the next line ("den \n14 januari 2025").
            let joined = format!("{} {}", line, next_text_line(doc, i).unwrap_or(""));
            if let Some(found) = lexicon::dates(&joined, None)
                .into_iter()
                .find(|d| d.year_written && d.date.is_some() && d.start < line.len() + 1)
            {
                return found.date;
            }
            if let Some(date) =
                lexicon::short_month_date(line).or_else(|| lexicon::short_year_date(line))
            {
                return Some(date);
            }
        }
    }
    weekday_date(doc, &candidates)
}

/// "Datum  14.4.2026", "Sammanträdesdatum\n2026-03-18": the date under its label says what it
/// is better than a title's date ("MBL-förhandling inför nämnden 2026-05-05") or the date of
/// the justering further down.
fn labelled_date(doc: &Doc, candidates: &[usize]) -> Option<Date> {
    static LABEL: LazyLock<Regex> = LazyLock::new(|| {
        crate::text::lenient_regex(
            r"(?i)^\s*(?:datum|sammanträdesdatum|mötesdatum|sammanträdesdag|mötesdag)\s*(?::\s*|[ \t]{2,}|\t|$)",
        )
    });
    candidates.iter().find_map(|&i| {
        let line = doc.line_text(i);
        let label = LABEL.find(line)?;
        let rest = &line[label.end()..];
        // The value on the label's line, or alone on the next line where the form was flattened.
        let value = if rest.trim().is_empty() {
            next_text_line(doc, i)?
        } else {
            rest
        };
        lexicon::dates(value, None)
            .into_iter()
            .find(|d| d.year_written)
            .and_then(|d| d.date)
    })
}

/// "tisdagen den 10/3 kl. 13.00", "Rapport från CSG den 2 april": a day named in the head
/// without its year, which a whole date elsewhere (a footer "2026-03-10", "Publicerad
/// 2026-04-07") gives: the same day there, else the day in the year of the first whole date
/// that does not come before it.
fn weekday_date(doc: &Doc, candidates: &[usize]) -> Option<Date> {
    static DAY: LazyLock<Regex> = LazyLock::new(|| {
        crate::text::lenient_regex(
            r"(?i)\b(?:(?:mån|tis|ons|tors|fre|lör|sön)dag(?:en)?\s+(?:den\s+)?|den\s+)$",
        )
    });
    let found = candidates.iter().take(12).find_map(|&i| {
        let line = doc.line_text(i);
        if JUSTERING.is_match(line) {
            return None;
        }
        lexicon::dates(line, None)
            .into_iter()
            .find(|d| !d.year_written && DAY.is_match(&line[..d.start]))
    })?;
    let whole: Vec<Date> = (0..doc.lines.len())
        .flat_map(|i| lexicon::dates(doc.line_text(i), None))
        .filter(|d| d.year_written)
        .filter_map(|d| d.date)
        .collect();
    if let Some(same) = whole
        .iter()
        .find(|d| d.month() == found.month && d.day() == found.day)
    {
        return Some(*same);
    }
    let dated = whole.first()?;
    let date = Date::new(dated.year(), found.month, found.day).ok()?;
    if date > *dated {
        Date::new(dated.year() - 1, found.month, found.day).ok()
    } else {
        Some(date)
    }
}

/// "Sammanträde torsdagen den 19/3" under a head that writes its year alone ("2026", "MARS
/// 2026", "Protokoll nr 1/2026"): the day of the meeting in that year.
fn yearless_in_head(doc: &Doc, candidates: &[usize]) -> Option<Date> {
    static SAYS_MEETING: LazyLock<Regex> = LazyLock::new(|| {
        crate::text::lenient_regex(r"(?i)\b(?:sammanträde|sammanträdet|möte|mötet)\b.*\bden\s+\d")
    });
    static YEAR: LazyLock<Regex> =
        LazyLock::new(|| crate::text::lenient_regex(r"(?:^|[\s/])(?P<y>20\d\d)\b"));
    let found = candidates.iter().find_map(|&i| {
        let line = doc.line_text(i);
        if !SAYS_MEETING.is_match(line) || JUSTERING.is_match(line) {
            return None;
        }
        lexicon::dates(line, None)
            .into_iter()
            .find(|d| !d.year_written)
    })?;
    let year = first_lines(doc, 6).into_iter().find_map(|i| {
        let line = doc.line_text(i);
        // A year that is part of a whole date is that date's, not the head's.
        if lexicon::dates(line, None).iter().any(|d| d.year_written) {
            return None;
        }
        YEAR.captures(line)?["y"].parse::<i16>().ok()
    })?;
    Date::new(year, found.month, found.day).ok()
}

/// A line about the previous meeting's minutes: "Föregående protokoll (2025-02-03)",
/// "Protokollet från 3 februari lades till handlingarna", "förra mötets protokoll".
static PREVIOUS_MINUTES: LazyLock<Regex> = LazyLock::new(|| {
    crate::text::lenient_regex(
        r"(?i)\b(?:föregående|förra|förgående|senaste)\s+(?:mötets\s+)?(?:protokoll|möte)|\bprotokollet\s+från\b",
    )
});

static JUSTERING: LazyLock<Regex> =
    LazyLock::new(|| crate::text::lenient_regex(r"(?i)\bjuster(?:ing|as|ade?|at)\b"));

fn next_text_line(doc: &Doc, index: usize) -> Option<&str> {
    (index + 1..doc.lines.len().min(index + 4))
        .find(|&j| !doc.is_blank(j))
        .map(|j| doc.line_text(j))
}

fn meeting_time(doc: &Doc, head: &[usize]) -> Option<Time> {
    static SKIP: LazyLock<Regex> =
        LazyLock::new(|| crate::text::lenient_regex(r"(?i)juster|synpunkt|senast"));
    let skip = &*SKIP;
    static LABELLED: LazyLock<Regex> = LazyLock::new(|| {
        crate::text::lenient_regex(
            r"(?i)^\s*(?:tid|tidpunkt|mötestid|klockan)\s*:?\s*(?:.*?\s)??(?P<h>[01]?\d|2[0-3])[.:](?P<m>[0-5]\d)\b",
        )
    });
    let labelled = &*LABELLED;
    // "Faxepark, Europa, 09:00 – 14:55": a span of hours near the top is the meeting's, even
    // where a flattened table put it outside the head.
    static SPAN: LazyLock<Regex> = LazyLock::new(|| {
        crate::text::lenient_regex(
            r"\b(?P<h>[01]?\d|2[0-3])[.:](?P<m>[0-5]\d)\s*[-–]\s*(?:[01]?\d|2[0-3])[.:][0-5]\d\b",
        )
    });
    let spanned = || {
        first_lines(doc, 25).into_iter().find_map(|i| {
            let line = doc.line_text(i);
            let c = SPAN.captures(line).filter(|_| !skip.is_match(line))?;
            Time::new(c["h"].parse().ok()?, c["m"].parse().ok()?, 0, 0).ok()
        })
    };
    head.iter()
        .find_map(|&i| {
            let line = doc.line_text(i);
            if skip.is_match(line) {
                return None;
            }
            if let Some(c) = labelled.captures(line) {
                let hour = c.name("h")?.as_str().parse().ok()?;
                let minute = c.name("m")?.as_str().parse().ok()?;
                return Time::new(hour, minute, 0, 0).ok();
            }
            lexicon::times(line)
                .first()
                .and_then(|(h, m, _, _)| Time::new(*h, *m, 0, 0).ok())
                .or_else(|| {
                    let c = WHOLE_HOURS.captures(line)?;
                    Time::new(c["h"].parse().ok()?, 0, 0, 0).ok()
                })
        })
        .or_else(spanned)
}

/// "kl. 9–11", "klockan 14-16", "klockan 15,": whole hours without minutes, the first the
/// meeting's start.
static WHOLE_HOURS: LazyLock<Regex> = LazyLock::new(|| {
    crate::text::lenient_regex(
        r"(?i)\bkl(?:ockan|\.)?\s*(?P<h>[01]?\d|2[0-3])(?:\s*[-–]\s*(?:[01]?\d|2[0-3]))?\b(?:\.(?:\s|$)|[^.:\d]|$)",
    )
});

fn place(doc: &Doc, head: &[usize]) -> Option<String> {
    static PLACE: LazyLock<Regex> = LazyLock::new(|| {
        crate::text::lenient_regex(
            r"(?i)^\s*(?:plats|lokal|mötesplats|plats och tid|tid och plats)\s*(?::\s*(?P<v>.*)|(?:[ \t]{2,}|\t)(?P<w>\S.*)|$)|^\s*(?:Plats|PLATS|Mötesplats)[ ](?P<x>\p{Lu}.*)",
        )
    });
    // A label's next line in the same paragraph that is a label or list of its own.
    static OTHER_LABEL: LazyLock<Regex> =
        LazyLock::new(|| crate::text::lenient_regex(r"^\s*\p{L}[\p{L} ]{0,30}(?::|[ \t]{2,}\S)"));
    let label = &*PLACE;
    // "Datum: 7/4   Tid: 08:30   Plats: Aulan": labels set apart by wide space on one line.
    static WIDE_GAP: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"[ ]{3,}|\t").expect("gap"));
    // "Tid: 10.00-12.00 Plats: Stadshuset", "datum 3.2.2025 kl 9 lokal: Aulan": the place's
    // label after another label's value, or after a date and time written without a colon.
    static PLACE_AFTER_LABEL: LazyLock<Regex> = LazyLock::new(|| {
        crate::text::lenient_regex(
            r"^(\s*\p{L}[\p{L} ]{0,20}:[^\n]*?\S|\s*(?i:datum|tid|\p{L}*dag(?:en)?)\b[^\n:]*?\d[^\n:]*?)\s+((?i:plats|lokal|mötesplats)\s*:)",
        )
    });
    for (k, &i) in head.iter().enumerate() {
        let line = doc.line_text(i);
        let spaced = PLACE_AFTER_LABEL.replace(line, "$1   $2");
        let Some(c) = label.captures(line).or_else(|| {
            WIDE_GAP
                .split(&spaced)
                .skip(1)
                .find_map(|cell| label.captures(cell))
        }) else {
            continue;
        };
        let inline = c
            .name("v")
            .or_else(|| c.name("w"))
            .or_else(|| c.name("x"))
            .map_or("", |v| v.as_str())
            .trim();
        // "Forum\nDatum\nTid\nPlats\nOrdförande\nFSG IFO\n12.5.2026\n13–15\nRum 2\n…": a table
        // flattened labels first, then values in the same order.
        let flattened = inline
            .is_empty()
            .then(|| flattened_cell(doc, head, k))
            .flatten();
        let (mut value, mut last) = if let Some((j, cell)) = flattened {
            (cell, j)
        } else if inline.is_empty() {
            match head.get(k + 1) {
                // "Datum   Tid   Plats" over "2026-03-05   kl. 9   Aulan": a table's row.
                Some(&j) if table_cell(spaced.trim(), doc.line_text(j).trim()).is_some() => {
                    let cell = table_cell(spaced.trim(), doc.line_text(j).trim());
                    (cell.unwrap_or_default(), j)
                }
                Some(&j) => (doc.line_text(j).trim().to_string(), j),
                None => (String::new(), i),
            }
        } else {
            (inline.to_string(), i)
        };
        // "Tid och plats  Tisdagen den 10 mars kl. 9.00,\n  Kommunhuset, rum 2": a value
        // wrapped onto the next line of its paragraph (after a comma, indented under the
        // value, or a long line broken inside the name).
        while let Some(next) = Some(last + 1).filter(|n| head.contains(n)) {
            let text = doc.line_text(next);
            let previous = doc.line_text(last);
            let indented = text.len() - text.trim_start().len() >= 8;
            let wraps = value.ends_with(',')
                || text.trim_start().starts_with(char::is_lowercase)
                || indented
                || previous.trim_end().len() >= 70;
            if !wraps
                || ATTENDANCE_START.is_match(text)
                || group_heading(text.trim()).is_some()
                || (!indented && OTHER_LABEL.is_match(text))
            {
                break;
            }
            value = format!("{} {}", value, text.trim());
            last = next;
        }
        let dated =
            |part: &str| !lexicon::times(part).is_empty() || !lexicon::dates(part, None).is_empty();
        let parts: Vec<&str> = value.split(',').map(str::trim).collect();
        // "Tid och plats: 2025-05-22 kl. 08.30, Regionhuset": the place after the time.
        let after_time = parts.len() > 1 && dated(parts[0]);
        let kept: String;
        let value = if after_time {
            kept = parts
                .iter()
                .skip_while(|p| dated(p))
                .copied()
                .collect::<Vec<_>>()
                .join(", ");
            kept.as_str()
        } else {
            // "Plats och tid: Paddan, Stadshuset, kl. 13.00": the place ends where a time or
            // date begins.
            kept = match parts.iter().position(|p| dated(p)) {
                Some(n) if n > 0 => parts[..n].join(", "),
                _ => value.trim().to_string(),
            };
            kept.as_str()
        };
        let value = without_remote_note(value);
        if !value.is_empty() && lexicon::dates(value, None).is_empty() && value.len() < 80 {
            return Some(value.trim_end_matches('.').to_string());
        }
    }
    // "08:30 - 12:00 Digitalt möte via Teams": a meeting portal's time and place on one line.
    static AFTER_TIMES: LazyLock<Regex> = LazyLock::new(|| {
        crate::text::lenient_regex(
            r"^\s*(?:kl\.?\s*)?\d{1,2}[.:]\d\d\s*[-–]\s*\d{1,2}[.:]\d\d,?\s+(?P<v>\p{Lu}[^\n]{2,60}?)\s*$",
        )
    });
    // "Gruppen träffades 6-7 september i Solna", "har träffats i Solna 23-24 maj": a report
    // says where the meeting was held.
    static HELD_IN: LazyLock<Regex> = LazyLock::new(|| {
        crate::text::lenient_regex(
            r"\b(?:träffades|träffats|sammanträdde|sammanträtt|möttes|mötts|ägde\s+rum|hölls|hållits)\b[^.\n]{0,50}?\s(?:i|på)\s+(?P<v>\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)?)",
        )
    });
    // The head's paragraphs: a sentence that names the place may wrap onto the next line.
    let mut paragraphs: Vec<String> = Vec::new();
    let mut previous = None;
    for &i in head {
        let line = doc.line_text(i).trim();
        match paragraphs.last_mut() {
            Some(last) if previous == Some(i.wrapping_sub(1)) => {
                last.push('\n');
                last.push_str(line);
            }
            _ => paragraphs.push(line.to_string()),
        }
        previous = Some(i);
    }
    let found = paragraphs
        .iter()
        .find_map(|p| place_after_time(p))
        .or_else(|| paragraphs.iter().find_map(|p| place_where_held(p)));
    if let Some(v) = found {
        let mut chars = v.chars();
        let first = chars.next()?;
        return Some(first.to_uppercase().chain(chars).collect::<String>());
    }
    head.iter()
        .find_map(|&i| AFTER_TIMES.captures(doc.line_text(i)))
        .or_else(|| {
            first_lines(doc, 12)
                .into_iter()
                .find_map(|i| HELD_IN.captures(doc.line_text(i)))
        })
        .and_then(|c| c.name("v").map(|v| v.as_str().trim().to_string()))
}

/// "Onsdag 9 april 2025, kl. 17.15–18.45, i matsalen", "tisdagen den 10/3 klockan 15,
/// konferensrum B2", "Mötet hölls den 3/3 klockan 9 i personalrummet,\nStorgatan 12.": the place
/// after the date and the time of one sentence, or on the line under them.
fn place_after_time(paragraph: &str) -> Option<String> {
    static AFTER_TIME: LazyLock<Regex> = LazyLock::new(|| {
        crate::text::lenient_regex(
            r"(?:(?i:kl|klockan)\.?[ \t]*\d{1,2}(?:[.:]\d\d)?|\b\d{1,2}:\d\d|\b\d{1,2}\.\d\d(?:[ \t]*[-–]))(?:[ \t]*[-–][ \t]*\d{1,2}(?:[.:]\d\d)?)?(?:[ \t]*,\s*(?:(?:i|på)\s+)?|\s+(?:i|på)\s+|[ \t]*\n)(?:(?i:lokal|plats)\s*:\s*)?(?P<v>\p{L}[^\n]*(?:\n[^\n]*)*)",
        )
    });
    let line_of_date = |text: &str| {
        !lexicon::dates(text, None).is_empty() || lexicon::short_month_date(text).is_some()
    };
    let c = AFTER_TIME.captures(paragraph)?;
    let v = c.name("v")?;
    let before = &paragraph[..v.start()];
    let on_next_line = before.trim_end_matches([' ', '\t']).ends_with('\n');
    // The date is written before the time, in its sentence or on the line over it.
    if !line_of_date(before) {
        return None;
    }
    let text = v.as_str();
    if on_next_line {
        let line = text.lines().next().unwrap_or("");
        if line.contains(':') || ATTENDANCE_START.is_match(line) || group_heading(line).is_some() {
            return None;
        }
    }
    place_until_end(text)
}

/// "Mötet hölls i kommunhuset, sal 2, kl. 9–12.": the place of the sentence that says where the
/// meeting was held.
fn place_where_held(paragraph: &str) -> Option<String> {
    static HELD: LazyLock<Regex> = LazyLock::new(|| {
        crate::text::lenient_regex(
            r"\b(?:hölls|hålls|ägde\s+rum|äger\s+rum)\b[^.\n]{0,50}?\s(?:i|på)\s+(?P<v>\p{L}[^\n]*(?:\n[^\n]*)*)",
        )
    });
    let c = HELD.captures(paragraph)?;
    place_until_end(c.name("v")?.as_str())
}

/// A place written in running text, to the end of its sentence or to the time after it; on the
/// next line only where the line ends in a comma or the next begins in lower case.
fn place_until_end(text: &str) -> Option<String> {
    // "… i stadshuset och började klockan 8.30": a verb after "och" goes on with the sentence;
    // "kv. Kvarnen", "vån. 3": an abbreviation's point ends no sentence.
    static END: LazyLock<Regex> = LazyLock::new(|| {
        crate::text::lenient_regex(
            r"(?:^|[^.])\b(?:kv|vån|pl|nr|ca)\.\s|(?P<e>\.(?:\s|$)|,?\s*\b(?i:kl|klockan)\b|\s*\(|\s+och\s+\p{Ll}+(?:ade|dde|de|te)s?\b)",
        )
    });
    let end_in = |line: &str| {
        END.captures_iter(line)
            .find_map(|c| c.name("e"))
            .map(|e| e.start())
    };
    let mut place = String::new();
    let mut open_sentence = false;
    for (n, line) in text.lines().enumerate() {
        let line = line.trim();
        // "hölls … i konferensrummet\nKlarälven, plan 3, Centralsjukhuset.": a sentence not
        // ended on its line goes on where the next line ends it and is no label or list.
        let goes_on = open_sentence
            && !line.contains(':')
            && !ATTENDANCE_START.is_match(line)
            && end_in(line).is_some_and(|e| line[e..].starts_with('.'));
        if n > 0 && !(place.ends_with(',') || line.starts_with(char::is_lowercase) || goes_on) {
            break;
        }
        if n > 0 {
            place.push(' ');
        }
        match end_in(line) {
            Some(end) => {
                place.push_str(&line[..end]);
                break;
            }
            None => {
                place.push_str(line);
                open_sentence = true;
            }
        }
    }
    let place = place.trim().trim_end_matches([',', '.']).trim();
    (!place.is_empty() && place.len() <= 80 && lexicon::dates(place, None).is_empty())
        .then(|| place.to_string())
}

/// The value of the head's `k`th line, a bare label in a run of bare labels ("Datum\nTid\nPlats")
/// over as many values in the same order; with the value's line.
fn flattened_cell(doc: &Doc, head: &[usize], k: usize) -> Option<(usize, String)> {
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
fn table_cell(labels: &str, values: &str) -> Option<String> {
    static GAP: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"[ ]{3,}|\t").expect("gap"));
    static PLACE_LABEL: LazyLock<Regex> =
        LazyLock::new(|| crate::text::lenient_regex(r"(?i)^(?:plats|lokal|mötesplats)$"));
    let labels: Vec<&str> = GAP.split(labels).collect();
    let values: Vec<&str> = GAP.split(values).collect();
    let at = labels.iter().position(|l| PLACE_LABEL.is_match(l.trim()))?;
    (labels.len() >= 2 && labels.len() == values.len()).then(|| values[at].trim().to_string())
}

/// "Rum 4 (Anna och Bo via Teams)": who took part from elsewhere is no part of the place.
fn without_remote_note(value: &str) -> &str {
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
fn attendance(doc: &Doc, head: &[usize]) -> (Vec<Attendee>, Vec<Attendee>) {
    // "Arbetsgivarens företrädare" heading a list of its own: the attendance without "Närvarande".
    static SIDE_HEADING: LazyLock<Regex> = LazyLock::new(|| {
        crate::text::lenient_regex(
            r"(?i)^\s*(?:(?:arbetsgivar\p{L}*|arbetstagar\p{L}*|fackliga)\s+(?:företrädare|representanter)\s*:?\s*$|(?:arbetsgivar|arbetstagar)(?:företrädare|representanter)\s*:\s*\p{Lu}|(?:övriga\s+)?(?:ledamöter|närvarande|deltagare)\s+(?:(?:från|för)\s+)?(?:arbetsgivar\p{L}*|arbetstagar\p{L}*|de\s+fackliga\s+\p{L}+|facket)\s*:|(?:från|för)\s+(?:arbetsgivar(?:en|sidan)|arbetstagar(?:organisationerna|sidan|na)|de\s+fackliga\s+\p{L}+)\s*:\s*$)",
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
        .or_else(|| {
            head.iter()
                .position(|&i| PROSE_START.is_match(doc.line_text(i)))
        })
        .or_else(|| {
            head.iter()
                .position(|&i| side_cell_before_name(doc.line_text(i)))
        })
    else {
        return (Vec::new(), Vec::new());
    };
    let start_line = head[start];
    // Sentences of attendance end at the first labelled line ("Ordförande: Eva Ek").
    let prose = PROSE_START.is_match(doc.line_text(start_line));
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
fn officers_present(doc: &Doc, head: &[usize], present: &mut Vec<Attendee>, absent: &[Attendee]) {
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
        r"(?i)^\s*(?:vid\s+(?:mötet|sammanträdet|förhandlingen)\s+(?:deltog|närvarade)|(?:för|från)\s+(?:arbetsgivar\p{{L}}*|förvaltningen)\s+(?:deltog|närvarade)\s+\S|(?:för|från)\s+(?-i:{})\s+(?:deltog|närvarade|var)\s+\S)",
        lexicon::party_pattern()
    ))
});

/// "Övriga fackliga: Kommunal, Vision och Ledarna." in the head: the unions present without their
/// people's names, each once and only when no one of it is named already.
fn unions_without_names(doc: &Doc, head: &[usize], present: &[Attendee]) -> Vec<Attendee> {
    static OTHERS: LazyLock<Regex> = LazyLock::new(|| {
        crate::text::lenient_regex(
            r"(?i)\bövriga\s+(?:fackliga(?:\s+organisationer)?|fackförbund|arbetstagarorganisationer)\s*:\s*(?P<l>[^.:]+)",
        )
    });
    let text = head
        .iter()
        .map(|&i| doc.line_text(i))
        .collect::<Vec<_>>()
        .join(" ");
    let mut out: Vec<Attendee> = Vec::new();
    for c in OTHERS.captures_iter(&text) {
        for segment in segments(&c["l"]) {
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
            r"(?i)^\s*(?:(?:för\s+)?arbetsgivar(?:en|sidan|na|part(?:en)?)(?:\s*\([^()]{2,60}\))?|arbetsgivar(?:företrädare|representanter)|ledamöter\s+(?:ag|arbetsgivar\p{L}*))\s*:?\s*$",
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
/// many columns follow the names.
fn column_heads(line: &str) -> Option<usize> {
    static GAP: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"[ ]{2,}|\t").expect("gap"));
    let cells: Vec<&str> = GAP.split(line.trim()).collect();
    let (name, others) = cells.split_first()?;
    (NAME_HEAD.is_match(name) && !others.is_empty() && others.iter().all(|c| CELL_HEAD.is_match(c)))
        .then_some(others.len())
}

/// A line that is only a person's name: two to four capitalized words, no party.
fn is_person_name(line: &str) -> bool {
    let words: Vec<&str> = line.split_whitespace().collect();
    (2..=4).contains(&words.len())
        && words.iter().all(|w| NAME_TOKEN.is_match(w))
        && party_of(line.trim()).is_none()
}

/// A närvarolista as a table: a name on each row and an X in the column "Närvarande" ("Ida
/// Burlin X", "Sune Montán X, mötesordf. § 74-88"), or a note of absence instead ("Jörgen
/// Qwist Anmält förhinder"). Three such rows at least make the table; a heading row between
/// them ("Suppleanter") is kept as the role of the rows under it.
fn marked_list(doc: &Doc, head: &[usize]) -> (Vec<Attendee>, Vec<Attendee>) {
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
fn party_lines(doc: &Doc, head: &[usize]) -> Vec<Attendee> {
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
fn labelled_people(doc: &Doc, head: &[usize]) -> Vec<Attendee> {
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

/// "för KFO: A, B och C för LO: D" (attendance written as a sentence): each side's names on a
/// line of their own, as "KFO: A, B och C".
fn side_labels(line: &str) -> Vec<String> {
    static SIDE: LazyLock<Regex> = LazyLock::new(|| {
        crate::text::lenient_regex(&format!(
            r"(?:^|\s)(?i:för)\s+(?P<p>{}|arbetsgivar\p{{L}}*|arbetstagar\p{{L}}*)\s*:",
            lexicon::party_pattern()
        ))
    });
    let mut out = Vec::new();
    let mut from = 0;
    for c in SIDE.captures_iter(line) {
        let (Some(whole), Some(party)) = (c.get(0), c.name("p")) else {
            continue;
        };
        let before = line[from..whole.start()].trim();
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
struct Attendance {
    group: Option<Group>,
    /// The union of a heading line of its own ("för Vision:"), for the names under it.
    side: Option<Party>,
    present: Vec<Attendee>,
    absent: Vec<Attendee>,
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
                    ATTENDANCE_START.replace(text, "").into_owned()
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
                let split = SENTENCE_END.find_iter(&line).find_map(|m| {
                    let at = m.end() - m.as_str().chars().last().map_or(0, char::len_utf8);
                    let absent = absence(&line[at..])?;
                    Some(vec![line[..at].trim().to_string(), absent])
                });
                if let Some(split) = split {
                    return split;
                }
                match absence(&line) {
                    Some(absent) if single && !line.starts_with("Förhinder:") => vec![absent],
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
            if trimmed.is_empty() {
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
                    stream.push(rest.to_string());
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
                party_of(label).or_else(|| {
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
            let titled =
                words.len() >= 3 && is_title_word(words[0]) && name_prefix(&words[1..]) >= 2;
            let (title, words) = if titled {
                (Some(words[0].to_lowercase()), &words[1..])
            } else {
                (None, &words[..])
            };
            let name_len = name_prefix(words);
            if name_len >= 2 {
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
            r"\b(?i:deltog|deltar|närvarade)\s+(?:\p{Lu}|som\s|för\s)|(?i)\bvar\s+närvarande\b|^\s*(?:från|för)\s+\p{L}+\s+var\b|(?-i:\p{Ll}{2}\.\s+För\s+\S[^:.]{0,40}:)",
        )
    });
    static STOP: LazyLock<Regex> =
        LazyLock::new(|| crate::text::lenient_regex(r"([^\s.]{2}|\))\.\s+(\p{Lu})"));
    static SIDE: LazyLock<Regex> = LazyLock::new(|| {
        crate::text::lenient_regex(&format!(
            r"(?i:^|,\s+|\s+och\s+)(?i:från|för)\s+(?P<p>(?:{0}|arbetsgivar\p{{L}}*|arbetstagar\p{{L}}*)(?:-\p{{L}}+)*)(?:/(?P<q>{0})(?:-\p{{L}}+)*)?(?:\s+(?i:var|deltog|deltar|närvarade))?(?:\s+(?i:vi)(?:\s+\p{{Ll}}+)?)?(?:\s*:|\s+(?P<n>\p{{L}}))",
            lexicon::party_pattern()
        ))
    });
    // "Vid mötet deltog för arbetsgivaren …": the sentence's opening before its first side.
    static OPENING: LazyLock<Regex> = LazyLock::new(|| {
        crate::text::lenient_regex(
            r"^(?i:vid\s+(?:mötet|sammanträdet|förhandlingen)\s+(?:deltog|närvarade))\s+(?P<f>(?i:för|från)\s)",
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
    // One line is enough when it opens as attendance does ("Vid mötet deltog …").
    if (lines.len() < 2 && !PROSE_START.is_match(&text)) || !CUE.is_match(&text) {
        return None;
    }
    let text = STOP.replace_all(&text, "$1.\n$2");
    let mut out = Vec::new();
    for sentence in text.lines() {
        let represented = REPRESENTED.is_match(sentence);
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
                std::borrow::Cow::Owned(format!("Förhinder: {}", lowered_role(&c["w"])))
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
/// skickat någon.", "Från Vision deltog ingen.", "Ledarna var inte representerade.", "Eva Lind
/// deltog inte.": a sentence whose people are absent.
static ABSENT_AT_END: LazyLock<Regex> = LazyLock::new(|| {
    crate::text::lenient_regex(
        r"^\s*(?P<w>\p{Lu}.*?),?\s+(?i:(?:hade|har)\s+(?:anmält|meddelat|lämnat)\s+(?:förhinder|frånvaro|återbud)(?:\s+och\s+[^.]*)?|hade\s+förhinder|var\s+frånvarande|(?:var|är)\s+(?:inte|ej)\s+(?:representera(?:de|d|t)|företr(?:ädda|ädd|ätt))(?:\s+(?:på|vid)\s+(?:mötet|sammanträdet))?|deltog\s+(?:inte|ej)(?:\s+(?:på|i)\s+(?:mötet|sammanträdet))?|(?:hade|har)\s+ingen\s+(?:representant|företrädare)(?:\s+närvarande|\s+på\s+mötet)?|(?:hade|har)\s+inte\s+skickat\s+någon(?:\s+representant)?)\s*\.?\s*$|^\s*(?i:från|för)\s+(?P<p>\p{Lu}[^,.]*?)\s+(?i:deltog|närvarade)\s+(?i:ingen|inte\s+någon)\s*\.?\s*$",
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
fn is_title_word(word: &str) -> bool {
    const ENDINGS: [&str; 12] = [
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
    word.chars().next().is_some_and(char::is_uppercase)
        && !lexicon::is_given_name(word)
        && party_of(word).is_none()
        && ENDINGS.iter().any(|e| lower.ends_with(e))
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
    if from == 0 && name_prefix(&words) < 2 && !words.iter().any(|w| w.ends_with(':')) {
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

fn group_heading(line: &str) -> Option<Group> {
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
fn segments(text: &str) -> Vec<String> {
    // "Mia Berg. Lo Ahl": a full stop after a word (not an initial) ends a person too, and so
    // does one after a number ("Mia Berg från § 4. Lo Ahl").
    static STOP: LazyLock<Regex> =
        LazyLock::new(|| crate::text::lenient_regex(r"(\p{Ll}{2}|\d)\.\s+(\p{Lu})"));
    let text = STOP.replace_all(text, "$1,$2");
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
fn name_of(words: &[&str]) -> String {
    words
        .iter()
        .map(|w| w.trim_end_matches([',', '.']))
        .collect::<Vec<_>>()
        .join(" ")
}

/// How many leading words form a person's name (capitalized words and particles), 0 if none.
fn name_prefix(words: &[&str]) -> usize {
    let particles = [
        "von", "af", "de", "van", "der", "la", "del", "da", "di", "le",
    ];
    let mut count = 0;
    while count < words.len() && count < 5 {
        let word = words[count].trim_end_matches([',', '.']);
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
        let name = name || initial;
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
        if len < 2 && !(words.len() == 1 && NAME_TOKEN.is_match(words[0])) {
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
                && (segment.trim_start().starts_with(char::is_lowercase) || titled)
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
fn abbreviated_roles(text: &str) -> String {
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
fn split_names(text: &str) -> Vec<String> {
    segments(text)
        .into_iter()
        .map(|s| s.trim().trim_end_matches(['.', ';']).trim().to_string())
        .filter(|s| {
            let words: Vec<&str> = s.split_whitespace().collect();
            name_prefix(&words) >= 2 || (words.len() == 1 && NAME_TOKEN.is_match(words[0]))
        })
        .collect()
}

fn role_holder(meeting: &MeetingDraft, role: &str) -> Option<String> {
    let holders: Vec<&Attendee> = meeting
        .present
        .iter()
        .filter(|a| {
            // Letters folded: "ordforande" in a scan that lost its ö.
            // "förvaltningschef (ordf)": the role abbreviated.
            let Some(r) = a
                .role
                .as_deref()
                .map(|r| crate::text::fold_letters(&abbreviated_roles(r)))
            else {
                return false;
            };
            let role = crate::text::fold_letters(role);
            a.name.is_some() && holds_role(&r, &role) && !r.contains(&format!("vice {role}"))
        })
        .collect();
    // A union's "Ordförande" in the list chairs the union: with the employer's side present,
    // its holder of the role holds it for the meeting.
    holders
        .iter()
        .find(|a| a.party == Party::Employer)
        .or(holders.first())
        .and_then(|a| a.name.clone())
}

/// A role held in the meeting: written as a word of its own, not the end of a union's office
/// ("klubbordförande"), nor followed by the body it is held in ("ordförande Vision Älvhamn",
/// "ordförande i Kommunal").
fn holds_role(roles: &str, role: &str) -> bool {
    roles.match_indices(role).any(|(at, _)| {
        let word_start = !roles[..at]
            .chars()
            .next_back()
            .is_some_and(char::is_alphabetic);
        let after = roles[at + role.len()..]
            .split(',')
            .next()
            .unwrap_or("")
            .trim();
        let after = after.strip_prefix("i ").unwrap_or(after);
        let of_a_body = after.split_whitespace().next().is_some_and(|w| {
            // The roles come folded to lower case; a union's name is capitalized.
            let mut chars = w.chars();
            let word: String = chars
                .next()
                .map(|c| c.to_uppercase().chain(chars).collect())
                .unwrap_or_default();
            // "ordf. verkstadsklubben": the chair of a union's club or branch.
            const BODIES: [&str; 5] = [
                "klubben",
                "avdelningen",
                "sektionen",
                "föreningen",
                "styrelsen",
            ];
            matches!(party_of(&word), Some(Party::Union(_)))
                || BODIES
                    .iter()
                    .any(|b| w.trim_end_matches(['.', ',', ')']).ends_with(b))
        });
        word_start && !of_a_body
    })
}

fn labelled(doc: &Doc, wanted: &[&str], people: &People) -> Option<String> {
    static WIDE_GAP: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"[ ]{3,}|\t").expect("gap"));
    // "Ordf: Eva Ek Sekr: Bo Berg": a further label on the line begins a value of its own.
    static NEXT_LABEL: LazyLock<Regex> = LazyLock::new(|| {
        crate::text::lenient_regex(
            r"(?i)(\S)\s+((?:ordf|sekr|ordförande|mötesordförande|sekreterare|protokollförare|justerare)\.?\s*:)",
        )
    });
    // "Sekreterare:      Karin Ahl": a label's value set apart by wide space is still its own.
    static LABEL_GAP: LazyLock<Regex> = LazyLock::new(|| {
        crate::text::lenient_regex(
            r"(?i)^(\s*(?:ordf|sekr|ordförande|mötesordförande|sekreterare|protokollförare|vid protokollet)\.?\s*:)[ \t]{2,}",
        )
    });
    (0..doc.lines.len()).find_map(|i| {
        let text = doc.line_text(i);
        // Most lines have no label: the test for one is left to those with a colon.
        let line = if text.contains(':') {
            LABEL_GAP.replace(text, "$1 ")
        } else {
            std::borrow::Cow::Borrowed(text)
        };
        let line = NEXT_LABEL.replace_all(&line, "$1   $2");
        // "Ordf: Eva Ek     Sekr: Bo Berg": each label of a line set apart by wide space.
        WIDE_GAP.split(&line).find_map(|line| {
            let c = ROLE_LINE
                .captures(line)
                .or_else(|| ROLE_BARE.captures(line))?;
            let role = crate::text::fold_letters(c.name("r")?.as_str());
            let role = match role.trim_end_matches('.') {
                "ordf" => "ordforande".to_string(),
                "sekr" => "sekreterare".to_string(),
                _ => role,
            };
            if !wanted.iter().any(|w| crate::text::fold_letters(w) == role) {
                return None;
            }
            let value = c.name("n")?.as_str();
            let name = value.split(',').next()?.trim();
            // "Ordf: Förbundsdirektör Eva Ek": a title before the name of a person present.
            let words: Vec<&str> = name.split_whitespace().collect();
            let titled = (1..words.len().saturating_sub(1))
                .find_map(|skip| people.resolve(&words[skip..].join(" ")));
            Some(
                people
                    .resolve(name)
                    .or(titled)
                    .map_or(name.to_string(), |(n, _)| n),
            )
        })
    })
}

fn chair(doc: &Doc, meeting: &MeetingDraft, people: &People) -> Option<String> {
    // "Mötesordförande Eva Ek" names the meeting's chair over a union's "ordförande" present.
    labelled(doc, &["mötesordförande"], people)
        .or_else(|| {
            // A union's "ordf." in the list may chair its club: a label naming the chair wins.
            let holder = role_holder(meeting, "ordförande")?;
            let union_side = meeting
                .present
                .iter()
                .any(|a| a.name.as_deref() == Some(&holder) && a.party != Party::Employer);
            union_side
                .then(|| labelled(doc, &["ordförande"], people))
                .flatten()
                .or(Some(holder))
        })
        // "Eva Ek (rektor, leder mötet)": the person who leads the meeting chairs it.
        .or_else(|| role_holder(meeting, "leder mötet"))
        // "Eva Ek, som ledde mötet": the same in the past tense of a sentence of attendance.
        .or_else(|| role_holder(meeting, "ledde mötet"))
        .or_else(|| role_holder(meeting, "ledde sammanträdet"))
        .or_else(|| role_holder(meeting, "mötesledare"))
        .or_else(|| role_holder(meeting, "förhandlingsledare"))
        // "kommundirektör (ordf.)": the abbreviation, kept as written in the role.
        .or_else(|| role_holder(meeting, "ordf."))
        .or_else(|| labelled(doc, &["ordförande", "mötesordförande"], people))
        .or_else(|| officer_in_sentence(doc, true, people))
        .or_else(|| {
            signed_as(doc, &["ordförande", "mötesordförande"])
                .into_iter()
                .next()
        })
        .or_else(|| {
            CHAIR_OPENS
                .captures(&doc.text)
                .and_then(|c| c.name("n").or_else(|| c.name("m")))
                .map(|n| {
                    people
                        .resolve(n.as_str())
                        .map_or_else(|| n.as_str().to_string(), |(n, _)| n)
                })
        })
        .or_else(|| {
            OPENED_BY.captures_iter(&doc.text).find_map(|c| {
                let name = c.name("n")?.as_str();
                // "Ordförande Karin Ahlgren öppnar mötet": the role is not the name.
                let name = ["Ordförande ", "Mötesordförande ", "Ordf "]
                    .iter()
                    .find_map(|role| name.strip_prefix(role))
                    .unwrap_or(name);
                people
                    .resolve(name)
                    .map(|(n, _)| n)
                    .or_else(|| (name.split_whitespace().count() >= 2).then(|| name.to_string()))
            })
        })
}

fn secretary(doc: &Doc, meeting: &MeetingDraft, people: &People) -> Option<String> {
    // "Vid protokollet\n\nEva Ek": the signature under the label, over a list's roles.
    (1..doc.lines.len())
        .filter(|&i| {
            crate::text::fold_letters(doc.line_text(i).trim().trim_end_matches(':'))
                == "vid protokollet"
        })
        .find_map(|i| {
            let next = (i + 1..doc.lines.len()).find(|&j| !doc.is_blank(j))?;
            let line = doc.line_text(next).trim();
            let words: Vec<&str> = line.split_whitespace().collect();
            (is_person_name(line) && name_prefix(&words) == words.len())
                .then(|| people.resolve(line).map_or_else(|| line.to_string(), |(n, _)| n))
        })
        .or_else(|| role_holder(meeting, "sekreterare"))
        .or_else(|| role_holder(meeting, "protokollförare"))
        // "Eva Ek, HR-specialisten, som förde protokollet": a role in prose.
        .or_else(|| role_holder(meeting, "förde protokollet"))
        // "Eva Ek (EE), HR-konsult, antecknade": who kept the notes, in the list.
        .or_else(|| role_holder(meeting, "antecknare"))
        .or_else(|| role_holder(meeting, "antecknade"))
        .or_else(|| {
            labelled(
                doc,
                &["sekreterare", "protokollförare", "vid protokollet"],
                people,
            )
        })
        .or_else(|| officer_in_sentence(doc, false, people))
        .or_else(|| {
            // A signature: the name, then "Sekreterare" on the next line.
            (1..doc.lines.len()).find_map(|i| {
                let line = crate::text::fold_letters(doc.line_text(i).trim());
                if !matches!(
                    line.as_str(),
                    "sekreterare" | "protokollforare" | "vid protokollet"
                ) {
                    return None;
                }
                let prev = (0..i).rev().find(|&j| !doc.is_blank(j))?;
                let words: Vec<&str> = doc.line_text(prev).split_whitespace().collect();
                let len = name_prefix(&words);
                (len >= 2 && len == words.len()).then(|| words.join(" "))
            })
        })
        .or_else(|| note_taker(doc, people))
        .or_else(|| {
            // "Bo Ek, som förde anteckningarna": the person present who kept the notes, named in
            // the sentence of attendance.
            // The verb is found first: a name's pattern alone has no word to look for.
            static KEPT: LazyLock<Regex> = LazyLock::new(|| {
                crate::text::lenient_regex(
                    r"(?i),\s+som\s+(?:även\s+|också\s+)?(?:förde|för|skrev)\s+(?:minnesanteckningarna|anteckningarna|anteckningar|protokollet|protokoll)\b",
                )
            });
            static NAME_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
                crate::text::lenient_regex(r"(?P<n>\p{Lu}\p{Ll}+(?:[ -]\p{Lu}\p{Ll}+){1,2})\s*$")
            });
            KEPT.find_iter(&doc.text).find_map(|m| {
                let before = &doc.text[..m.start()];
                let from = before
                    .char_indices()
                    .rev()
                    .nth(60)
                    .map_or(0, |(at, _)| at);
                let c = NAME_BEFORE.captures(&before[from..])?;
                people.resolve(&c["n"]).map(|(n, _)| n)
            })
        })
        .or_else(|| {
            // "Anteckningar fördes av Eva Ek.": the person present who kept the notes.
            static KEPT_BY: LazyLock<Regex> = LazyLock::new(|| {
                crate::text::lenient_regex(
                    r"(?i:\b(?:minnesanteckningar|anteckningar|anteckningarna|protokoll|protokollet)\s+(?:fördes|förs)\s+av)\s+(?P<n>\p{Lu}\p{Ll}+(?:[ -]\p{Lu}\p{Ll}+){1,2})",
                )
            });
            KEPT_BY
                .captures_iter(&doc.text)
                .find_map(|c| people.resolve(&c["n"]).map(|(n, _)| n))
        })
        .or_else(|| {
            SECRETARY_CHOSEN.captures(&doc.text).and_then(|c| {
                let n = c.name("n").or_else(|| c.name("m"))?.as_str();
                Some(people.resolve(n).map_or_else(|| n.to_string(), |(n, _)| n))
            })
        })
        .or_else(|| {
            SECRETARY_APPOSITION
                .captures(&doc.text)
                .and_then(|c| c.name("n"))
                .map(|n| n.as_str().to_string())
        })
}

/// "Anteckningar: Ida Lind", "Antecknare: Bo Ek" in the head: who kept the notes, when a
/// person present.
fn note_taker(doc: &Doc, people: &People) -> Option<String> {
    static NOTES_BY: LazyLock<Regex> = LazyLock::new(|| {
        crate::text::lenient_regex(
            r"(?i)^\s*(?:anteckningar|antecknare|antecknat\s+av|anteckningar\s+förda\s+av|minnesanteckningar)\s*:\s*(?P<n>\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,3})\s*\.?\s*$",
        )
    });
    head_lines(doc).into_iter().find_map(|i| {
        let c = NOTES_BY.captures(doc.line_text(i))?;
        people.resolve(&c["n"]).map(|(name, _)| name)
    })
}

/// Approvers (justerare) and the deadlines, from the approvers section, a "Justerare:" list,
/// the signature block ("Name för Party") or a sentence naming them.
fn approvers(doc: &Doc, meeting: &mut MeetingDraft, people: &People, warnings: &mut Vec<String>) {
    let mut found: Vec<Approver> = Vec::new();
    let mut spans: Vec<Span> = doc
        .sections
        .iter()
        .filter(|s| s.kind == SectionKind::Approvers)
        .map(|s| s.span)
        .collect();
    let sections = spans.len();
    // A "Justerare:" or "Justeras" block anywhere (often the end of the protocol).
    static LABEL: LazyLock<Regex> = LazyLock::new(|| {
        crate::text::lenient_regex(
            r"(?i)^\s*(?:justerare|justeras(?:\s*\(\w+\))?|justering)\s*:?\s*$",
        )
    });
    let label = &*LABEL;
    for i in 0..doc.lines.len() {
        if label.is_match(doc.line_text(i)) {
            let end = (i + 1..doc.lines.len())
                .filter(|&j| !doc.is_blank(j))
                .take(12)
                .last()
                .unwrap_or(i);
            spans.push(doc.span_of_lines(i, end));
        }
    }
    // "Vid protokollet\n\nEva Ek": the secretary's signature, not an approver's.
    static SECRETARY_SIGNS: LazyLock<Regex> = LazyLock::new(|| {
        crate::text::lenient_regex(
            r"(?i)^(?:vid\s+protokollet|sekreterare|protokollförare|mötessekreterare|antecknat\s+av)\s*:?$",
        )
    });
    for (k, span) in spans.iter().enumerate() {
        let text = doc.slice(*span);
        let mut in_list = false;
        let mut previous = "";
        for line in text.lines() {
            let trimmed = line.trim();
            if trimmed.is_empty() {
                continue;
            }
            let under_secretary =
                SECRETARY_SIGNS.is_match(std::mem::replace(&mut previous, trimmed));
            // "Val av justerare\nSaga Ek." : the section's line is only people of the meeting.
            let named = split_names(trimmed);
            if k < sections
                && !under_secretary
                && !named.is_empty()
                && segments(trimmed).len() == named.len()
                && named.iter().all(|n| people.resolve(n).is_some())
            {
                for name in named {
                    if let Some((name, party)) = people.resolve(&name) {
                        push_approver(&mut found, Some(name), party);
                    }
                }
                continue;
            }
            if label.is_match(trimmed) {
                in_list = true;
                continue;
            }
            if let Some(c) = PARTY_COLON_NAMES.captures(trimmed)
                && let Some(party) = c.name("p").and_then(|p| party_of(p.as_str()))
            {
                for name in split_names(c.name("n").map_or("", |n| n.as_str())) {
                    push_approver(&mut found, Some(name), party.clone());
                }
                in_list = true;
                continue;
            }
            if let Some(c) = NAME_FOR_PARTY.captures(trimmed)
                && let Some(party) = c.name("p").and_then(|p| party_of(p.as_str()))
            {
                let name = c.name("n").map(|n| n.as_str().to_string());
                push_approver(&mut found, name, party);
                in_list = true;
                continue;
            }
            if in_list {
                let words: Vec<&str> = trimmed.split_whitespace().collect();
                if name_prefix(&words) == words.len() && words.len() >= 2 {
                    let name = words.join(" ");
                    if let Some((name, party)) = people.resolve(&name) {
                        push_approver(&mut found, Some(name), party);
                        continue;
                    }
                }
                in_list = false;
            }
        }
        chosen(text, people, &mut found);
        if found.is_empty() && ALL_UNIONS_APPROVE.is_match(text) {
            let mut unions: Vec<Party> = Vec::new();
            for a in &meeting.present {
                if matches!(a.party, Party::Union(_)) && !unions.contains(&a.party) {
                    unions.push(a.party.clone());
                }
            }
            if unions.is_empty() {
                unions.push(Party::AllUnions);
            }
            for party in unions {
                push_approver(&mut found, None, party);
            }
        }
    }
    if found.is_empty() {
        // "Till justerare valdes …" may stand in any section, often the opening.
        chosen(&doc.text, people, &mut found);
    }
    if found.is_empty() {
        for name in signed_as(doc, &["justerare", "justerande"]) {
            let (name, party) = people.resolve(&name).unwrap_or((name, Party::Employer));
            push_approver(&mut found, Some(name), party);
        }
    }
    for (name, party) in signed_under_approval(doc, people) {
        push_approver(&mut found, Some(name), party);
    }
    if !found.is_empty()
        && let Some(chair) = meeting.chair.clone()
        && CHAIR_ALSO_APPROVES.is_match(&doc.text)
    {
        let party = people.resolve(&chair).map_or(Party::Employer, |(_, p)| p);
        push_approver(&mut found, Some(chair), party);
    }
    meeting.approvers = found;
    deadlines(doc, meeting, warnings);
}

/// The people of the meeting who sign under "Justeras" at the end of a protocol: the names in
/// its column on the lines below ("Vid protokollet    Justeras" over "Bo Ek    Eva Lind
/// Per Ås": Eva Lind and Per Ås), past "För Vision" and dotted lines; or after "Justeras:" on
/// its line.
fn signed_under_approval(doc: &Doc, people: &People) -> Vec<(String, Party)> {
    static CELL: LazyLock<Regex> = LazyLock::new(|| crate::text::lenient_regex(r"\S+(?:[ ]\S+)*"));
    static LABEL: LazyLock<Regex> = LazyLock::new(|| {
        crate::text::lenient_regex(
            r"(?i)^(?:(?:protokollet\s+)?justeras|justerare|justerande)\s*:?$",
        )
    });
    static INLINE: LazyLock<Regex> = LazyLock::new(|| {
        crate::text::lenient_regex(
            r"(?i)^\s*(?:justeras|justerande)\s*:\s*(?P<n>\p{Lu}.*?)\s*\.?\s*$",
        )
    });
    static FILLER: LazyLock<Regex> = LazyLock::new(|| {
        crate::text::lenient_regex(r"(?i)^(?:[._\-–…\s]+|för\s+.{2,40}|ort\s+och\s+datum|datum)$")
    });
    let cells = |line: &str| -> Vec<(usize, String)> {
        CELL.find_iter(line)
            .map(|m| (line[..m.start()].chars().count(), m.as_str().to_string()))
            .collect()
    };
    let mut out: Vec<(String, Party)> = Vec::new();
    let take = |name: &str, out: &mut Vec<(String, Party)>| {
        if let Some((name, party)) = people.resolve(name)
            && !out.iter().any(|(n, _)| *n == name)
        {
            out.push((name, party));
        }
    };
    for i in 0..doc.lines.len() {
        let line = doc.line_text(i);
        if !line.contains("uster") && !line.contains("USTER") {
            continue;
        }
        if let Some(c) = INLINE.captures(line) {
            for name in split_names(&c["n"]) {
                // "Eva Ek (ordf.)": the name without the office written after it.
                let words: Vec<&str> = name.split_whitespace().collect();
                take(&name_of(&words[..name_prefix(&words)]), &mut out);
            }
            continue;
        }
        let Some(column) = cells(line)
            .into_iter()
            .find(|(_, cell)| LABEL.is_match(cell))
            .map(|(at, _)| at)
        else {
            continue;
        };
        for j in (i + 1..doc.lines.len())
            .filter(|&j| !doc.is_blank(j))
            .take(8)
        {
            let row = cells(doc.line_text(j));
            let mut signed = false;
            for (at, cell) in &row {
                // "Eva Ek, ordförande", "Bo Berg, Vision": the name before its role or party.
                let (name, after) = cell.split_once(',').unwrap_or((cell, ""));
                let name = name.trim();
                let words: Vec<&str> = name.split_whitespace().collect();
                // The secretary signs by office beside the approvers; the chair listed under
                // "Justeras" signs the minutes as one of them.
                let secretary = ["sekreterare", "protokollförare", "vid protokollet"]
                    .iter()
                    .any(|role| after.to_lowercase().contains(role));
                if FILLER.is_match(cell) {
                    signed = true;
                } else if words.len() >= 2 && name_prefix(&words) == words.len() {
                    signed = true;
                    if *at + 2 >= column && !secretary {
                        take(name, &mut out);
                    }
                }
            }
            if !signed {
                break;
            }
        }
    }
    out
}

/// Approvers named in a sentence: "Till justerare valdes A", "A utsågs att justera", "Att
/// justera dagens protokoll utses A, Kommunal, B, Vision". A name is taken when it is a person
/// of the meeting, or when its party follows it in the list.
fn chosen(text: &str, people: &People, found: &mut Vec<Approver>) {
    for c in APPROVERS_CHOSEN.captures_iter(text) {
        let list = ["a", "b", "c", "d", "e"]
            .iter()
            .find_map(|g| c.name(g))
            .map_or("", |m| m.as_str());
        // Each name with the party written after it ("Kim Berg, TCO, Vision": the union wins
        // over its confederation); a person of the meeting needs none.
        let mut listed: Vec<(String, Option<Party>, bool)> = Vec::new();
        for segment in segments(list) {
            let segment = segment.trim().trim_end_matches(['.', ';']);
            let words: Vec<&str> = segment.split_whitespace().collect();
            let len = name_prefix(&words);
            // "Catja och Torbjörn": given names of people of the meeting.
            if len == 1
                && words.len() == 1
                && let Some((full, party)) = people.resolve(words[0])
            {
                listed.push((full, Some(party), true));
            } else if len >= 2 {
                let name = name_of(&words[..len]);
                let rest = words[len..].join(" ");
                listed.push(match people.resolve(&name) {
                    Some((full, party)) => (full, Some(party), true),
                    None => (name, party_of(&rest), false),
                });
            } else if let Some(party) = party_of(segment)
                && let Some((_, written, false)) = listed.last_mut()
                && written.as_ref().is_none_or(|w| {
                    lexicon::is_confederation(w) && !lexicon::is_confederation(&party)
                })
            {
                *written = Some(party);
            }
        }
        for (name, party, _) in listed {
            if let Some(party) = party {
                push_approver(found, Some(name), party);
            }
        }
    }
}

fn push_approver(found: &mut Vec<Approver>, name: Option<String>, party: Party) {
    let exists = found.iter().any(|a| match (&a.name, &name) {
        (Some(x), Some(y)) => x.to_lowercase() == y.to_lowercase(),
        (None, None) => a.party == party,
        _ => false,
    });
    if !exists {
        found.push(Approver { name, party });
    }
}

/// "Justering sker fredagen den 17 januari ... synpunkter ... senast torsdagen den 16 januari kl. 12:00."
fn deadlines(doc: &Doc, meeting: &mut MeetingDraft, warnings: &mut Vec<String>) {
    static APPROVE: LazyLock<Regex> =
        LazyLock::new(|| crate::text::lenient_regex(r"(?i)\bjuster\p{L}*"));
    static COMMENTS: LazyLock<Regex> =
        LazyLock::new(|| crate::text::lenient_regex(r"(?i)\bsynpunkter\b|\bkommentarer\b"));
    let (approve, comments) = (&*APPROVE, &*COMMENTS);
    for section in &doc.sections {
        if section.kind.is_questions() || section.kind == SectionKind::BoardMatters {
            continue;
        }
        // A paragraph ends a sentence: "… så snart det är justerat\n\nPublicerad: 2023-04-20".
        let spans: Vec<Span> = doc
            .blocks(section.body.clone())
            .into_iter()
            .flat_map(|block| sentences(&doc.text, block))
            .collect();
        for sentence in spans {
            let text = doc.slice(sentence);
            // "Justerandes signatur": the page footer's box for initials, not a deadline.
            let Some(word) = approve
                .find_iter(text)
                .find(|w| !w.as_str().to_lowercase().starts_with("justerandes"))
            else {
                continue;
            };
            // "Förslaget justerades så att …" under a matter: a plan adjusted, not minutes
            // approved, unless the sentence speaks of the minutes or of their justering.
            static MINUTES: LazyLock<Regex> = LazyLock::new(|| {
                crate::text::lenient_regex(r"(?i)protokoll|anteckning|\bjustering|\bjusterare")
            });
            if !section.kind.is_procedural() && !MINUTES.is_match(text) {
                continue;
            }
            let found = lexicon::dates(text, meeting.date);
            let comment_at = comments.find(text).map(|m| m.start());
            if meeting.approval_deadline.is_none()
                && let Some(d) = found.iter().find(|d| {
                    d.start > word.start()
                        && comment_at.is_none_or(|c| d.start < c || c < word.start())
                })
            {
                meeting.approval_deadline = d.date;
            }
            if meeting.approval_deadline.is_none()
                && let Some(date) = meeting.date
            {
                meeting.approval_deadline = dotted_deadline(&text[word.end()..], date);
            }
            if let Some(c) = comment_at
                && meeting.comments_deadline.is_none()
                && let Some(d) = found.iter().find(|d| d.start > c)
                && let Some(date) = d.date
            {
                let time = lexicon::times(&text[d.end..])
                    .first()
                    .and_then(|(h, m, _, _)| Time::new(*h, *m, 0, 0).ok())
                    .unwrap_or(Time::midnight());
                meeting.comments_deadline = Some(DateTime::from_parts(date, time));
            }
        }
    }
    // "Justering: senast 2025-03-04", "Justering sker senast den 4 mars 2025" in the head: a
    // date after the meeting's, written shortly after the word.
    let deadline_on = |i: usize| {
        let line = doc.line_text(i);
        // "Schemat justerades så att …": a past "justerade" approves minutes only when named.
        let words: Vec<_> = approve
            .find_iter(line)
            .filter(|w| {
                !w.as_str().to_lowercase().starts_with("justerade")
                    || line.to_lowercase().contains("protokoll")
                    || line.to_lowercase().contains("anteckning")
            })
            .collect();
        lexicon::dates(line, meeting.date)
            .into_iter()
            .filter(|d| {
                words
                    .iter()
                    .any(|w| d.start > w.end() && d.start - w.end() <= 40)
            })
            .filter_map(|d| d.date)
            .find(|d| meeting.date.is_some_and(|m| *d > m))
    };
    let mut found = head_lines(doc).into_iter().find_map(deadline_on);
    // The same line under the signatures closing the protocol: "Justering senast 2025-03-04".
    if found.is_none() {
        found = (0..doc.lines.len())
            .rev()
            .filter(|&j| !doc.is_blank(j))
            .take(12)
            .find_map(deadline_on);
    }
    if meeting.approval_deadline.is_none() {
        meeting.approval_deadline = found;
    }
    // "Protokollet justeras inom en vecka": a deadline counted in weeks from the meeting.
    static WITHIN_WEEKS: LazyLock<Regex> = LazyLock::new(|| {
        crate::text::lenient_regex(
            r"(?i)\bjuster\p{L}*\b[^.\n]{0,60}?\binom\s+(?P<n>en|ett|1|två|2|tre|3)\s+veck",
        )
    });
    if meeting.approval_deadline.is_none()
        && let Some(date) = meeting.date
        && let Some(weeks) = (0..doc.lines.len()).find_map(|i| {
            // The sentence may wrap: "… justerar\nprotokollet tillsammans med ordföranden inom en vecka".
            let joined = format!(
                "{} {}",
                doc.line_text(i),
                next_text_line(doc, i).unwrap_or("")
            );
            let c = WITHIN_WEEKS.captures(&joined)?;
            Some(match c["n"].to_lowercase().as_str() {
                "två" | "2" => 2,
                "tre" | "3" => 3,
                _ => 1,
            })
        })
    {
        meeting.approval_deadline = date.checked_add(jiff::Span::new().days(7 * weeks)).ok();
    }
    // "Justeringens\nplats och tid\nFörvaltningshuset, 2019-02-04, kl. 15:30": a municipal
    // head's label, its value on the next line that holds a date.
    // "Justeringens   Förvaltningshuset, tisdag 3 mars 2026": its value on the same line.
    static PLACE_AND_TIME: LazyLock<Regex> = LazyLock::new(|| {
        crate::text::lenient_regex(
            r"(?i)^\s*justeringens(?:\s+plats\s+och\s+tid)?(?:\s*:?\s*$|\s*:\s*|[ \t]{2,})",
        )
    });
    if meeting.approval_deadline.is_none()
        && let Some(i) = first_lines(doc, 40)
            .into_iter()
            .find(|&i| PLACE_AND_TIME.is_match(doc.line_text(i)))
    {
        meeting.approval_deadline = (i..doc.lines.len())
            .filter(|&j| !doc.is_blank(j))
            .take(3)
            .find_map(|j| {
                lexicon::dates(doc.line_text(j), meeting.date)
                    .into_iter()
                    .find_map(|d| d.date)
            });
    }
    if let (Some(deadline), Some(date)) = (meeting.approval_deadline, meeting.date)
        && deadline < date
    {
        warnings.push(format!(
            "sista dag för justering {deadline} ligger före mötet ({date}); den togs bort"
        ));
        meeting.approval_deadline = None;
    }
}

/// "Justering senast fredag 15.5.": a day and month with dots and no year, read only after
/// "senast" (elsewhere "4.1." numbers a point), in the year of the meeting or the next.
fn dotted_deadline(text: &str, meeting: Date) -> Option<Date> {
    static DOTTED: LazyLock<Regex> = LazyLock::new(|| {
        crate::text::lenient_regex(
            r"(?i)\bsenast\s+(?:(?:mån|tis|ons|tors|fre|lör|sön)dag(?:en)?\s+)?(?:den\s+)?(?P<d>\d{1,2})\.(?P<m>\d{1,2})\.?(?:\s|$)",
        )
    });
    let c = DOTTED.captures(text)?;
    let (day, month) = (c["d"].parse().ok()?, c["m"].parse().ok()?);
    let date = Date::new(meeting.year(), month, day).ok()?;
    if date < meeting {
        Date::new(meeting.year() + 1, month, day).ok()
    } else {
        Some(date)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(text: &str) -> MeetingDraft {
        let doc = Doc::parse(text.to_string());
        read_meeting(&doc, &mut Vec::new())
    }

    fn names(list: &[Attendee]) -> Vec<String> {
        list.iter()
            .map(|a| format!("{}/{}", a.name.as_deref().unwrap_or("-"), a.party))
            .collect()
    }

    /// A union's board minutes belong to its branch: the branch named with its union after it,
    /// or the union followed by its place, is the organization, before a municipality it names.
    #[test]
    fn a_union_branch_is_the_organization_of_its_board_minutes() {
        let m = read(
            "Protokoll från styrelsemöte i Borås lokalavdelning inom Kommunal 2023-04-03\n\n§ 1 Mötets öppnande\nBorås kommun har bjudit in till samverkan.\n",
        );
        assert_eq!(
            m.organization.as_deref(),
            Some("Kommunal Borås lokalavdelning")
        );
        let m = read(
            "PROTOKOLL Styrelsemöte 2023-04-03\n\n1 Mötets öppnande\nMedlemsantalet i Kommunal Kiruna ökar.\n",
        );
        assert_eq!(m.organization.as_deref(), Some("Kommunal Kiruna"));
        // Outside a board's minutes a union and a place does not name the protocol's organization.
        let m = read(
            "PROTOKOLL Samverkansgrupp 2023-04-03\n\n1 Mötets öppnande\nMedlemsantalet i Kommunal Kiruna ökar.\n",
        );
        assert_eq!(m.organization, None);
    }

    /// Attendance under the sides' own headings, without a "Närvarande" label: "Ledamöter AG" /
    /// "Ledamöter arbetstagare", "Arbetsgivarrepresentanter" over "Name, role" lines, "För
    /// arbetsgivaren (the employer)" and "För Vision" over names, and the employer's people after
    /// "Arbetsgivarföreträdare:" on the label's own line.
    #[test]
    fn side_and_party_headings_open_the_attendance() {
        let m = read(
            "Skyddskommitté Tekniska kontoret
Datum: 2025-09-03

Ledamöter AG
Ola-Pär Wendt, teknisk chef
Siv Marklund, enhetschef

Ledamöter arbetstagare
Kent Udd, HSO Kommunal

1 Mötets öppnande
Ola-Pär öppnade.
",
        );
        assert_eq!(
            names(&m.present),
            [
                "Ola-Pär Wendt/Arbetsgivaren",
                "Siv Marklund/Arbetsgivaren",
                "Kent Udd/Kommunal"
            ]
        );
        let m = read(
            "Förhandlingsprotokoll
Datum: 2025-09-03

För arbetsgivaren (Sjöviks kommun)
Gun Åkesson, personalchef

För Vision
Leo Tran

För Ledarna
Ida Rask

§ 1 Förhandlingens öppnande
Gun öppnade.
",
        );
        assert_eq!(
            names(&m.present),
            [
                "Gun Åkesson/Arbetsgivaren",
                "Leo Tran/Vision",
                "Ida Rask/Ledarna"
            ]
        );
        let m = read(
            "Samverkansgrupp
Datum: 2025-09-03

Arbetsgivarföreträdare: Gun Åkesson, Ivar Dahl (controller)
Arbetstagarföreträdare: Leo Tran (Vision)

§ 1 Mötets öppnande
Gun öppnade.
",
        );
        assert_eq!(
            names(&m.present),
            [
                "Gun Åkesson/Arbetsgivaren",
                "Ivar Dahl/Arbetsgivaren",
                "Leo Tran/Vision"
            ]
        );
    }

    /// A table of members whose rows end in "X" or "Anmält förhinder", with a role or union
    /// after the name: the mark says who came, the union beside the name is the party, and the
    /// side's heading is not a role.
    #[test]
    fn a_marked_table_with_roles_beside_the_names_says_who_came() {
        let m = read(
            "Samverkansgrupp
Datum: 2025-09-03

Ledamot                          Närvaro
Arbetsgivaren
Gun Åkesson, personalchef        X, ordförande
Ivar Dahl, controller            Anmält förhinder
Arbetstagarorganisationer
Leo Tran, Vision                 X
Ida Rask, Ledarna                X

§ 1 Mötets öppnande
Gun öppnade.
",
        );
        assert_eq!(
            names(&m.present),
            [
                "Gun Åkesson/Arbetsgivaren",
                "Leo Tran/Vision",
                "Ida Rask/Ledarna"
            ]
        );
        assert_eq!(
            m.present[0].role.as_deref(),
            Some("personalchef, ordförande")
        );
        assert_eq!(names(&m.absent), ["Ivar Dahl/Arbetsgivaren"]);
    }

    /// "Protokollet justeras av A och B" with "av" on the next line, and "Justeras: A (ordf.) /
    /// B (Vision)" signed with slashes: each name without the office after it.
    #[test]
    fn approvers_after_a_broken_line_and_between_slashes() {
        let m = read(
            "Samverkansgrupp\nDatum: 2025-09-03\nNärvarande: Gun Åkesson, Leo Tran (Vision), Ida Rask (Ledarna)\n\n§ 1 Mötets öppnande\nGun öppnade. Protokollet justeras\nav Leo Tran och Ida Rask och sänds sedan ut.\n",
        );
        let approvers: Vec<&str> = m
            .approvers
            .iter()
            .filter_map(|a| a.name.as_deref())
            .collect();
        assert_eq!(approvers, ["Leo Tran", "Ida Rask"]);
        let m = read(
            "Samverkansgrupp\nDatum: 2025-09-03\nNärvarande: Gun Åkesson, Leo Tran (Vision)\n\n§ 1 Mötets öppnande\nGun öppnade.\n\nJusteras: Gun Åkesson (ordf.) / Leo Tran (Vision)\n",
        );
        let approvers: Vec<&str> = m
            .approvers
            .iter()
            .filter_map(|a| a.name.as_deref())
            .collect();
        assert_eq!(approvers, ["Gun Åkesson", "Leo Tran"]);
    }

    /// "Övriga fackliga: A, B och C." in prose attendance: those unions are present without names,
    /// and a union already present by name is not added again.
    #[test]
    fn other_unions_listed_without_names_are_present() {
        let m = read(
            "Anteckningar samverkansgrupp 2025-09-03\n\nFrån Vision deltog Leo Tran och Ida Rask. Från förvaltningen deltog\nrektor Gun Åkesson. Övriga fackliga: Vision, Kommunal,\nSveriges Lärare och Ledarna. Mötet hölls i aulan.\n\n§ 1 Information\nInga.\n",
        );
        let unnamed: Vec<String> = m
            .present
            .iter()
            .filter(|a| a.name.is_none())
            .map(|a| format!("{:?}", a.party))
            .collect();
        assert_eq!(unnamed.len(), 3, "{unnamed:?}");
        assert!(unnamed.iter().all(|p| !p.contains("Vision")), "{unnamed:?}");
    }

    /// The chair listed in the signature box under "Justeras" signs the minutes as an approver;
    /// the chair signing beside it as "Ordförande" does not.
    #[test]
    fn the_chair_under_justeras_is_an_approver() {
        let names = |m: &MeetingDraft| -> Vec<String> {
            m.approvers.iter().filter_map(|a| a.name.clone()).collect()
        };
        let m = read(
            "Samverkansgrupp\nDatum: 2025-09-03\nOrdförande: Gun Åkesson\nNärvarande: Gun Åkesson, Leo Tran (Vision)\n\n§ 1 Mötets öppnande\nGun öppnade. Till justerare valdes Leo Tran.\n\nJusteras\nGun Åkesson, ordförande          Leo Tran, Vision\n",
        );
        assert_eq!(names(&m), ["Leo Tran", "Gun Åkesson"]);
        let m = read(
            "Samverkansgrupp\nDatum: 2025-09-03\nOrdförande: Gun Åkesson\nNärvarande: Gun Åkesson, Leo Tran (Vision)\n\n§ 1 Mötets öppnande\nGun öppnade. Till justerare valdes Leo Tran.\n\nOrdförande                 Justerare\nGun Åkesson                Leo Tran, Vision\n",
        );
        assert_eq!(names(&m), ["Leo Tran"]);
    }

    /// "hade lämnat återbud" ends a sentence of absence as "hade anmält förhinder" does, and
    /// "Förhinder hade anmälts av …" opens one.
    #[test]
    fn a_sent_regret_and_a_passive_absence_are_absences() {
        let m = read(
            "Samverkansgrupp\nDatum: 2025-09-03\n\nNärvarande för arbetsgivaren var Gun Åkesson, personalchef. För Vision deltog Leo Tran.\nIda Rask, Ledarna, hade lämnat återbud.\n\n§ 1 Mötets öppnande\nGun öppnade.\n",
        );
        assert_eq!(names(&m.absent), ["Ida Rask/Ledarna"]);
        assert!(!names(&m.present).iter().any(|p| p.starts_with("Ida")));
        let m = read(
            "Samverkansgrupp\nDatum: 2025-09-03\n\nNärvarande för arbetsgivaren: Gun Åkesson, personalchef.\nNärvarande för arbetstagarna: Leo Tran (Vision).\nFörhinder hade anmälts av Ida Rask (Ledarna).\n\n§ 1 Mötets öppnande\nGun öppnade.\n",
        );
        assert_eq!(names(&m.absent), ["Ida Rask/Ledarna"]);
    }

    /// "3/3 -26": day/month and the year's last two digits, alone under a "Datum" label.
    #[test]
    fn a_slashed_date_with_a_two_digit_year_is_the_meeting_date() {
        let m = read(
            "SAMVERKANSGRUPP\nProtokoll nr 4/2025\n\nDatum\n14/11 -25\n\n§ 1 Information\nInga.\n",
        );
        assert_eq!(m.date, Some(jiff::civil::date(2025, 11, 14)));
    }

    /// "justeras … inom två veckor": the deadline is the meeting's date and that many weeks.
    #[test]
    fn an_approval_within_weeks_counts_from_the_meeting() {
        let m = read(
            "Protokoll samverkansgrupp 2025-05-06\nProtokollet justeras av Bo Ek inom två veckor.\n\n§ 1 Information\nInga.\n",
        );
        assert_eq!(m.approval_deadline, Some(jiff::civil::date(2025, 5, 20)));
    }

    /// "Ordf: Direktör Eva Ek Sekr: Bo Berg" on one line: each label has its own value, and
    /// the title before the chair's name is not part of it.
    #[test]
    fn two_role_labels_on_one_line_name_two_people() {
        let m = read(
            "PROTOKOLL SAMVERKANSGRUPP\nDatum: 2025-05-06\nOrdf: Skoldirektör Eva Ek Sekr: Bo Berg, HR\nNärvarande: Eva Ek, Bo Berg, Lisa Holm (Vision)\n\n§ 1 Information\nInga.\n",
        );
        assert_eq!(m.chair.as_deref(), Some("Eva Ek"));
        assert_eq!(m.secretary.as_deref(), Some("Bo Berg"));
    }

    /// "Tid: … Plats: …" on one line with single spaces: the place is the last label's value.
    #[test]
    fn a_place_label_after_a_time_label_on_one_line() {
        let m = read(
            "Protokoll samverkansgrupp 2025-05-06\nTid: 09.00-11.00. Plats: Rådhuset, sal Ekorren.\n\n§ 1 Information\nInga.\n",
        );
        assert_eq!(m.place.as_deref(), Some("Rådhuset, sal Ekorren"));
    }

    /// "ÖSTERLANDS TEKNISKA UNIVERSITET" in capitals heads the protocol: the university,
    /// its adjective and its noun in lower case.
    #[test]
    fn a_university_named_in_capitals_is_the_organization() {
        let m = read(
            "ÖSTERLANDS TEKNISKA UNIVERSITET\nArbetsmiljökommittén\nProtokoll 2025-05-06\n\n§ 1 Information\nInga.\n",
        );
        assert_eq!(
            m.organization.as_deref(),
            Some("Österlands tekniska universitet")
        );
    }

    /// "Protokollet justeras" over the parties' signature columns: each signer approves.
    #[test]
    fn signers_under_protokollet_justeras_approve() {
        let m = read(
            "Förhandlingsprotokoll 2025-05-06\nNärvarande\nFör arbetsgivaren: Eva Ek\nFör Vision: Bo Berg\nFör Kommunal: Lisa Holm\n\n§ 1 Information\nInga.\n\nProtokollet justeras\n\nFör arbetsgivaren                För Vision\nEva Ek                           Bo Berg\n\nFör Kommunal\nLisa Holm\n",
        );
        let names: Vec<_> = m.approvers.iter().filter_map(|a| a.name.clone()).collect();
        assert_eq!(names, ["Eva Ek", "Bo Berg", "Lisa Holm"]);
    }

    /// "Protokollet fördes av Bo Berg." in the head's prose: he is the secretary.
    #[test]
    fn the_person_who_kept_the_notes_is_the_secretary() {
        let m = read(
            "Minnesanteckningar samverkansgrupp 2025-05-06\nNärvarande: Eva Ek (ordförande), Bo Berg, Lisa Holm (Vision). Protokollet fördes av Bo Berg.\n\n§ 1 Information\nInga.\n",
        );
        assert_eq!(m.secretary.as_deref(), Some("Bo Berg"));
    }

    /// "… hölls den 6 maj 2025 klockan 13.00 i matsalen, Ekskolan.": the place after the time.
    #[test]
    fn a_place_after_klockan_in_a_sentence() {
        let m = read(
            "Minnesanteckningar samverkansgrupp\n\nMötet hölls den 6 maj 2025 klockan 13.00 i matsalen, Ekskolan.\n\n§ 1 Information\nInga.\n",
        );
        assert_eq!(m.place.as_deref(), Some("Matsalen, Ekskolan"));
    }

    /// A list of "Party: names" lines: an abbreviation's full stop inside a role ("Inst. för")
    /// does not make it prose, "OFR/ST" is the union ST, and "Seko: inte närvarande" is Seko
    /// absent.
    #[test]
    fn a_union_list_with_a_federation_and_a_union_not_present() {
        let m = read(
            "Protokoll arbetsmiljökommittén 2025-05-06\n\nNärvarande:\nLedamöter för arbetsgivaren: Bo Berg (HR-chef), Lisa Holm (prefekt, Inst. för kemi)\nSaco-S: Nils Dahl (HSO)\nOFR/ST: Karin Sand\nSeko: inte närvarande\n\n§1 Information\nInga.\n",
        );
        assert_eq!(
            names(&m.present),
            [
                "Bo Berg/Arbetsgivaren",
                "Lisa Holm/Arbetsgivaren",
                "Nils Dahl/Saco",
                "Karin Sand/Fackförbundet ST"
            ]
        );
        assert_eq!(names(&m.absent), ["-/Seko"]);
    }

    /// "Justeras:" over signatures with each name's role or party after a comma: the union's
    /// signer approves, and so does the chair who signs under "Justeras".
    #[test]
    fn a_signer_with_a_party_after_the_name_approves() {
        let m = read(
            "Protokoll samverkansgrupp 2025-05-06\nNärvarande: Eva Ek (ordförande), Bo Berg (Vision)\n\n§ 1 Information\nInga.\n\nJusteras:\n\n..................          ..................\nEva Ek, ordförande          Bo Berg, Vision\n",
        );
        let names: Vec<_> = m.approvers.iter().filter_map(|a| a.name.clone()).collect();
        assert_eq!(names, ["Eva Ek", "Bo Berg"]);
    }

    /// "Ordförande: Eva Ek, skolchef" and "Sekreterare: …, title" as rows of the attendance list:
    /// both are present for the employer, and the secretary's row does not run into the
    /// person before it.
    #[test]
    fn office_rows_with_a_title_inside_the_attendance_are_present() {
        let m = read(
            "Protokoll arbetsmiljökommittén 2025-05-06\n\nNärvarande:\nOrdförande: Eva Ek, skolchef\nVision: Bo Berg (HSO)\nElevkåren: Lisa Holm (elevskyddsombud)\nSekreterare: Maja Lund, HR-konsult\n\n§1 Information\nInga.\n",
        );
        let present: Vec<_> = m.present.iter().filter_map(|a| a.name.clone()).collect();
        assert!(present.contains(&"Eva Ek".to_string()), "{present:?}");
        assert!(present.contains(&"Maja Lund".to_string()), "{present:?}");
        assert_eq!(m.secretary.as_deref(), Some("Maja Lund"));
    }

    /// An attendance drawn as a table, one "| … |" row a person, a capitalized title before
    /// some names: each row's person is present under their own name.
    #[test]
    fn attendance_rows_of_a_drawn_table() {
        let m = read(
            "SAMVERKANSGRUPP\nProtokoll 2025-05-06\n\nNärvarande\n\n| Skoldirektör Eva Ek, ordförande |\n| Ekonomichef Bo Berg |\n| Vision: Lisa Holm |\n\n§ 1 Information\nInga.\n",
        );
        assert_eq!(
            names(&m.present),
            [
                "Eva Ek/Arbetsgivaren",
                "Bo Berg/Arbetsgivaren",
                "Lisa Holm/Vision"
            ]
        );
        assert_eq!(m.chair.as_deref(), Some("Eva Ek"));
    }

    /// "Förhinder: Vision – Eva Ek; Kommunal – Bo Berg": each union written before its person.
    #[test]
    fn absent_people_each_after_their_union_and_a_dash() {
        let m = read(
            "Protokoll samverkansgrupp 2025-05-06\nNärvarande:\nArbetsgivaren: Lisa Holm\nFörhinder: Vision – Eva Ek; Kommunal – Bo Berg\n\n§ 1 Information\nInga.\n",
        );
        assert_eq!(names(&m.absent), ["Eva Ek/Vision", "Bo Berg/Kommunal"]);
    }

    /// "Tid och plats: …" after the attendance ends it: the body's capitalized words are no
    /// people.
    #[test]
    fn a_time_and_place_label_ends_the_attendance() {
        let m = read(
            "FÖRHANDLINGSPROTOKOLL\nNärvarande\nEva Ek, Arbetsgivaren\nBo Berg, Vision\nTid och plats: kl. 10.00, Rådhuset\nOrdförande: Eva Ek\n\n1 § Förhandlingsfråga\nArbetsgivaren vill slå samman enheterna\nSkog Norr och Skog Söder från den 1 juni 2026.\n",
        );
        let present: Vec<_> = m.present.iter().filter_map(|a| a.name.clone()).collect();
        assert_eq!(present, ["Eva Ek", "Bo Berg"]);
    }

    /// "Sjöfartsverket Region Syd" heading the protocol: the agency's region is part of it.
    #[test]
    fn an_agency_with_its_region_is_the_organization() {
        let m = read(
            "Sjöfartsverket Region Syd                    PROTOKOLL\nLokal samverkansgrupp 2025-05-06\n\n1. Information\nInga.\n",
        );
        assert_eq!(m.organization.as_deref(), Some("Sjöfartsverket Region Syd"));
    }

    /// A deadline written under the closing signatures, after the last section, still counts.
    #[test]
    fn an_approval_deadline_under_the_signatures_is_read() {
        let m = read(
            "Protokoll samverkansgrupp 2025-05-06\n\n§ 1 Information\nChefen informerade om sommaren.\n\n§ 2 Övriga frågor\nInga.\n\nAnna Berg                 Bo Ek\nOrdförande                Justerare\n\nJustering sker senast 13 maj 2025.\n",
        );
        assert_eq!(m.approval_deadline, Some(jiff::civil::date(2025, 5, 13)));
    }

    /// People who came late ("från § 4") are written as sentences: the full stop after the
    /// section number ends one person, and the next sentence's name is present too.
    #[test]
    fn a_late_arrival_sentence_ends_at_its_section_number() {
        let m = read(
            "Protokoll fört vid styrelsemöte den 2 maj 2024\nNärvarande: Anna Berg, Bo Ek. Dan Holm och\nEva Ström från §2. Frida Sand från § 3.\n§1\nOrdförande Anna Berg öppnar mötet\n§2\nDagordningen godkänns.\n",
        );
        let present: Vec<_> = m
            .present
            .iter()
            .map(|p| (p.name.as_deref().unwrap_or("-"), p.role.as_deref()))
            .collect();
        assert!(
            present.contains(&("Eva Ström", Some("från §2"))),
            "{present:?}"
        );
        assert!(
            present.contains(&("Frida Sand", Some("från § 3"))),
            "{present:?}"
        );
    }

    /// A city's name with the administration after a dash ("Göteborgs stad – SDF Centrum",
    /// "Malmö stad – SoF") keeps the administration: it is what tells forums apart.
    #[test]
    fn an_organization_after_the_city_and_a_dash_is_kept() {
        let m = read(
            "Uppsala kommun – Kulturförvaltningen\nFÖRVALTNINGSGRUPP PROTOKOLL 2024-05-07\n\n§ 1 Mötets öppnande\nMötet öppnades.\n",
        );
        assert_eq!(
            m.organization.as_deref(),
            Some("Uppsala kommun – Kulturförvaltningen")
        );
        let m = read(
            "Malmö stad - SoF\nFÖRVALTNINGSGRUPP PROTOKOLL 2024-05-07\n\n§ 1 Mötets öppnande\nMötet öppnades.\n",
        );
        assert_eq!(m.organization.as_deref(), Some("Malmö stad - SoF"));
    }

    #[test]
    fn attendance_name_then_role_layout_with_absences_in_a_sentence() {
        let m = read(
            "Tekniska förvaltningen\nSKYDDSKOMMITTÉ PROTOKOLL 2024-03-05\n\nNärvarande:\nArbetsgivare\n\nBo Ek, \nchef, ordförande\nSara Lind, controller\n\nPer Olsson, HR, hade \nmeddelat förhinder.\n\nArbetstagare\n\nAli Berg, Kommunal\nEva Holm, huvudskyddsombud \nVision\n\nJan Ruud, Ledarna och Kim Ås, \nSSR hade anmält förhinder.\n\n§1 Mötets öppnande\nBo öppnade.\n",
        );
        assert_eq!(m.organization.as_deref(), Some("Tekniska förvaltningen"));
        assert_eq!(m.forum.as_deref(), Some("Skyddskommitté"));
        assert_eq!(m.date, Date::new(2024, 3, 5).ok());
        assert_eq!(
            names(&m.present),
            [
                "Bo Ek/Arbetsgivaren",
                "Sara Lind/Arbetsgivaren",
                "Ali Berg/Kommunal",
                "Eva Holm/Vision"
            ]
        );
        assert_eq!(
            names(&m.absent),
            [
                "Per Olsson/Arbetsgivaren",
                "Jan Ruud/Ledarna",
                "Kim Ås/Akademikerförbundet SSR"
            ]
        );
        assert_eq!(m.chair.as_deref(), Some("Bo Ek"));
    }

    #[test]
    fn attendance_party_colon_layout_approvers_and_deadline_in_words() {
        let m = read(
            "Protokoll från samverkansgruppen den 3 februari 2026\n\nNärvarande\n\nBarn- och utbildningsförvaltningen\nAnna Ek, direktör\n\nFackliga organisationer\nVision: Bo Ek\nKommunal: Cia Ek, Dan Ek\n\nFörhinder\nVårdförbundet\n\nTid: kl. 09.30\nPlats: Rummet\n\n1. Mötet öppnas\nAnna Ek öppnade mötet.\n2. Val av justerare\nJusterare:\nArbetsgivaren: Anna Ek\nVision: Bo Ek\nJustering sker måndagen den 9 februari.\n",
        );
        assert_eq!(m.forum.as_deref(), Some("Samverkansgrupp"));
        assert_eq!(m.date, Date::new(2026, 2, 3).ok());
        assert_eq!(m.time, Time::new(9, 30, 0, 0).ok());
        assert_eq!(m.place.as_deref(), Some("Rummet"));
        assert_eq!(m.chair.as_deref(), Some("Anna Ek"));
        assert_eq!(
            names(&m.present),
            [
                "Anna Ek/Arbetsgivaren",
                "Bo Ek/Vision",
                "Cia Ek/Kommunal",
                "Dan Ek/Kommunal"
            ]
        );
        assert_eq!(names(&m.absent), ["-/Vårdförbundet"]);
        assert_eq!(m.approvers.len(), 2);
        assert_eq!(m.approval_deadline, Date::new(2026, 2, 9).ok());
    }

    #[test]
    fn attendance_written_as_one_sentence_per_side() {
        let m = read(
            "FÖRHANDLINGSPROTOKOLL\nDatum: 2021-05-04\nNärvarande för Sobona: Karin Ek och Per Lind för Seko: Ali Nur, Eva E Berg (adjungerad) och Jan Ås\n\n§ 1 Förhandlingens öppnande\nFörhandlingen öppnades.\n",
        );
        assert_eq!(
            names(&m.present),
            [
                "Karin Ek/Arbetsgivaren",
                "Per Lind/Arbetsgivaren",
                "Ali Nur/Seko",
                "Eva E Berg/Seko",
                "Jan Ås/Seko"
            ]
        );
    }

    #[test]
    fn a_table_flattened_column_by_column_is_aligned_by_count() {
        let m = read(
            "Protokoll LSG 2022-11-02\nNärvarande:\nFör arbetsgivaren:\nMaja Holm\nOlle Sten\nordförande, rektor\nsekreterare\nFör arbetstagarna:\nLina Berg\nTore Vik\nTCO, Vision\nLO, Kommunal\nFörhinder:\nAnn Lund\nSaco, Fysioterapeuterna\n\n§1\nMötets öppnande\nOrdföranden öppnade mötet.\n",
        );
        assert_eq!(
            names(&m.present),
            [
                "Maja Holm/Arbetsgivaren",
                "Olle Sten/Arbetsgivaren",
                "Lina Berg/Vision",
                "Tore Vik/Kommunal"
            ]
        );
        assert_eq!(names(&m.absent), ["Ann Lund/Fysioterapeuterna"]);
        assert_eq!(m.chair.as_deref(), Some("Maja Holm"));
        assert_eq!(m.secretary.as_deref(), Some("Olle Sten"));
        assert_eq!(m.present[2].role.as_deref(), Some("TCO"));
    }

    /// Three columns flattened one after the other: the names, their roles, their parties.
    #[test]
    fn a_table_of_three_columns_flattened_is_aligned_by_count() {
        let m = read(
            "Skyddskommitté 2024-09-10\n\nNärvarande\nMaja Holm\nOlle Sten\nLina Berg\nTore Vik\nenhetschef, ordf.\nsamordnare, sekr.\nHSO\nSO\nArbetsgivaren\nArbetsgivaren\nVision\nKommunal\n\n§ 1 Öppnande\nText.\n",
        );
        assert_eq!(
            names(&m.present),
            [
                "Maja Holm/Arbetsgivaren",
                "Olle Sten/Arbetsgivaren",
                "Lina Berg/Vision",
                "Tore Vik/Kommunal"
            ]
        );
        assert_eq!(m.chair.as_deref(), Some("Maja Holm"));
        assert_eq!(m.secretary.as_deref(), Some("Olle Sten"));
    }

    #[test]
    fn head_labels_inside_a_joined_page_line_and_a_place_after_them() {
        let line = "1 Förhandlingsprotokoll Ärende: Ny arbetstidsmodell för hemtjänsten Tid och plats: Stadshuset, rum 4, Borås Närvarande för arbetsgivaren: Sara Holm och Nils Berg för Kommunal: Ida Ek";
        let m = read(&format!("{line}\n"));
        assert_eq!(m.place.as_deref(), Some("Stadshuset, rum 4, Borås"));
        assert_eq!(m.present.len(), 3);
    }

    #[test]
    fn the_next_meeting_from_a_line_or_a_sentence() {
        let m = read(
            "Protokoll LSG 2025-02-04\n\n§ 1 Öppnande\nMötet öppnades.\n\n§ 2 Nästa möte\nNästa möte: 12 mars kl. 13.00 i rum 2.\n",
        );
        assert_eq!(m.next_meeting, Date::new(2025, 3, 12).ok());
        assert_eq!(m.next_meeting_time, Time::new(13, 0, 0, 0).ok());
        let m = read(
            "Protokoll förvaltningsgrupp 2024-10-01\n\n§ 1 Övrigt\nIngen fråga. Nästa förvaltningsgrupp hålls den 15 november.\n",
        );
        assert_eq!(m.next_meeting, Date::new(2024, 11, 15).ok());
        assert_eq!(m.next_meeting_time, None);
        let m = read(
            "Protokoll 2024-10-01\n\n§ 1 Övrigt\nFrågan togs upp på förra mötet den 3 september.\n",
        );
        assert_eq!(m.next_meeting, None);
    }

    /// A table's rows run together as a PDF's text gives them: a name of two or three words, then
    /// the side ("Arbetsgivare"), a role ("Sekreterare") or a union, and the next person on the
    /// same line; the absence heading at the end of a row.
    #[test]
    fn table_rows_run_together_with_sides_roles_and_an_absence_heading() {
        let m = read(
            "Samverkansgrupp Protokoll 3/24\nNärvarande:\nLena Ek Holm Arbetsgivare, Omar Said Arbetsgivare Kim Berg Sekreterare\nSara Lind TCO, Vision Per Olof Dahl Kommunal\nMaja Ek Kommunal Frånvarande:\nIda Holm Vision\n\n§ 1 Mötets öppnande\n",
        );
        assert_eq!(
            names(&m.present),
            [
                "Lena Ek Holm/Arbetsgivaren",
                "Omar Said/Arbetsgivaren",
                "Kim Berg/Arbetsgivaren",
                "Sara Lind/Vision",
                "Per Olof Dahl/Kommunal",
                "Maja Ek/Kommunal"
            ]
        );
        assert_eq!(names(&m.absent), ["Ida Holm/Vision"]);
        assert_eq!(m.secretary.as_deref(), Some("Kim Berg"));
    }

    /// A närvarolista with an X for each person present, a heading row above the deputies, an
    /// absence noted in the column, and the approver chosen in a decision ("att utse … till
    /// justerare").
    #[test]
    fn an_attendance_table_of_x_marks_and_an_approver_chosen_in_a_decision() {
        let m = read(
            "Styrelsemöte 2024-05-14\nLedamot Närvarande\nKarin Öst X\nNils Berg X, ordförande\nLea Sund Anmält förhinder\nErsättare\nOla Ström X, från § 5\n\n§ 1 Val av justerare\nBeslut\natt utse Karin Öst till justerare.\n",
        );
        let present: Vec<&str> = m.present.iter().filter_map(|a| a.name.as_deref()).collect();
        assert_eq!(present, ["Karin Öst", "Nils Berg", "Ola Ström"]);
        let absent: Vec<&str> = m.absent.iter().filter_map(|a| a.name.as_deref()).collect();
        assert_eq!(absent, ["Lea Sund"]);
        assert_eq!(m.present[2].role.as_deref(), Some("ersättare, från § 5"));
        let approvers: Vec<&str> = m
            .approvers
            .iter()
            .filter_map(|a| a.name.as_deref())
            .collect();
        assert_eq!(approvers, ["Karin Öst"]);
    }

    #[test]
    fn names_run_together_without_separators() {
        let m = read(
            "Protokoll skyddskommitté 2019-05-06\nNärvarande: Karin Holm, ordf Per Olof Lind Sandvik Eva Ström IF Metall Ulf Berg sekr Unionen Anna Maria Ek\n\n1. Mötets öppnande\nMötet öppnades.\n",
        );
        assert_eq!(
            names(&m.present),
            [
                "Karin Holm/Arbetsgivaren",
                "Per Olof Lind/Arbetsgivaren",
                "Eva Ström/IF Metall",
                "Ulf Berg/Unionen",
                "Anna Maria Ek/Arbetsgivaren"
            ]
        );
        assert_eq!(m.chair.as_deref(), Some("Karin Holm"));
        assert_eq!(m.secretary.as_deref(), Some("Ulf Berg"));
    }

    #[test]
    fn forum_names_keep_their_modifier_in_the_indefinite_form() {
        assert_eq!(
            read("Den regiongemensamma samverkansgruppen träffades i mars i Visby.\n")
                .forum
                .as_deref(),
            Some("Regiongemensam samverkansgrupp")
        );
        assert_eq!(
            read("KOMMUNENS SAMVERKANSGRUPP\nProtokoll 2020-01-02\n")
                .forum
                .as_deref(),
            Some("Kommunens samverkansgrupp")
        );
        assert_eq!(
            read("Möte 2024-03-01\nCentrala samverkansgruppen\n")
                .forum
                .as_deref(),
            Some("Central samverkansgrupp")
        );
    }

    #[test]
    fn place_from_a_portal_line_or_a_reports_sentence() {
        assert_eq!(
            read("Möte 2024-04-11\n\nLokal samverkansgrupp\n13:00 - 15:00 Rådhuset, sal B\n")
                .place
                .as_deref(),
            Some("Rådhuset, sal B")
        );
        assert_eq!(
            read("Information från LSG\n\nGruppen sammanträdde den 4 maj i Kiruna och tog upp budgeten.\n").place.as_deref(),
            Some("Kiruna")
        );
    }

    #[test]
    fn a_negotiation_protocols_head_in_label_and_value_lines() {
        let m = read(
            "FÖRHANDLINGSPROTOKOLL\nArbetsgivarpart Sala kommun genom personalutskottet Företrädare Maja Lind och Olof Berg\nMedverkande från skolförvaltningen Sara Nyberg\nArbetstagarparter och företrädare Vision: Timo Rask Kommunal: Aida Hodzic\nDatum 3 mars 2022\nProtokollförare Olof Berg\nJusterande Maja Lind, Timo Rask och Aida Hodzic\n\n§ 1 Arbetstider\nParterna träffar överenskommelse om nya arbetstider.\n",
        );
        let present: Vec<String> = m
            .present
            .iter()
            .map(|a| format!("{}/{}", a.name.as_deref().unwrap_or("-"), a.party))
            .collect();
        assert_eq!(
            present,
            [
                "Maja Lind/Arbetsgivaren",
                "Olof Berg/Arbetsgivaren",
                "Sara Nyberg/Arbetsgivaren",
                "Timo Rask/Vision",
                "Aida Hodzic/Kommunal"
            ]
        );
        assert_eq!(m.secretary.as_deref(), Some("Olof Berg"));
        let approvers: Vec<_> = m.approvers.iter().filter_map(|a| a.name.clone()).collect();
        assert_eq!(approvers, ["Maja Lind", "Timo Rask", "Aida Hodzic"]);
    }

    #[test]
    fn names_run_together_with_each_party_after_its_person() {
        let m = read(
            "Protokoll\nNärvarande: För arbetsgivaren: Lena Sjö Henrik Falk ( ) Maria Åberg För arbetstagarna: Nils Dahl, Vision Stina Rapp, Kommunal ( ) Omar Said, Vision. Ulla Berg.\n\n§ 1 Mötets öppnande\nMötet öppnas.\n",
        );
        let present: Vec<String> = m
            .present
            .iter()
            .map(|a| format!("{}/{}", a.name.as_deref().unwrap_or("-"), a.party))
            .collect();
        assert_eq!(
            present,
            [
                "Lena Sjö/Arbetsgivaren",
                "Henrik Falk/Arbetsgivaren",
                "Maria Åberg/Arbetsgivaren",
                "Nils Dahl/Vision",
                "Stina Rapp/Kommunal",
                "Omar Said/Vision",
                "Ulla Berg/Fackliga organisationerna"
            ]
        );
    }

    #[test]
    fn a_consultation_as_forum_and_common_given_names_in_a_run_on_list() {
        let m = read(
            "Överläggningar med skolledarna inför läsåret 2022-06-01\nNärvarande: Fatima Noor Mohammed Rahimi Lena Borg Omar Haddad\n\n§ 1 Öppnande\nMötet öppnas.\n",
        );
        assert_eq!(m.forum.as_deref(), Some("Överläggningar med skolledarna"));
        let names: Vec<_> = m.present.iter().filter_map(|a| a.name.clone()).collect();
        assert_eq!(
            names,
            ["Fatima Noor", "Mohammed Rahimi", "Lena Borg", "Omar Haddad"]
        );
    }

    #[test]
    fn approvers_by_given_name_and_a_chair_titled_before_the_name() {
        let m = read(
            "Protokoll styrelsemöte 2021-04-12\nNärvarande: Per Holm, Eva Ståhl, Ali Demir\n§ 1 Mötets öppnande\nOrdförande Per Holm öppnar mötet.\n§ 2 Val av justerare Eva och Ali.\n§ 3 Övrigt\nInget.\n",
        );
        assert_eq!(m.chair.as_deref(), Some("Per Holm"));
        let approvers: Vec<_> = m.approvers.iter().filter_map(|a| a.name.clone()).collect();
        assert_eq!(approvers, ["Eva Ståhl", "Ali Demir"]);
        assert_eq!(m.forum.as_deref(), Some("Styrelsemöte"));
    }

    #[test]
    fn approvers_chosen_in_a_sentence_with_their_parties() {
        let m = read(
            "Protokoll samverkansgrupp 2023-02-01\n\n§ 1 Val av justerare\nAtt jämte ordföranden justera dagens protokoll utses Kim Berg, TCO, Vision samt Lo Ahl, Kommunal.\n\n§ 2 Övrigt\nInga frågor.\n",
        );
        let got: Vec<String> = m
            .approvers
            .iter()
            .map(|a| format!("{}/{}", a.name.as_deref().unwrap_or("-"), a.party))
            .collect();
        assert_eq!(got, ["Kim Berg/Vision", "Lo Ahl/Kommunal"]);
        let m = read(
            "Protokoll 2023-02-01\n\n§ 1 Mötets öppnande\nTill justerare valdes Per Moe, Ledarna.\n",
        );
        assert_eq!(m.approvers.len(), 1);
    }

    #[test]
    fn an_approval_deadline_is_not_read_across_a_blank_line() {
        let m = read(
            "Rapport från samverkansgruppen 2023-01-10\n\nProtokollet läggs ut så snart det är justerat\n\nPublicerad: 2023-01-20\n",
        );
        assert_eq!(m.approval_deadline, None);
    }

    #[test]
    fn a_fragment_has_no_facts_and_does_not_fail() {
        let m = read("Kommunal frågar om schemat. Arbetsgivaren svarar att det ses över.");
        assert!(m.date.is_none());
        assert!(m.present.is_empty());
        assert!(m.approvers.is_empty());
    }

    /// The municipal-law head joined into one line: substitutes and whom they serve for, roles
    /// after names, approvers named after their label, and the signature box's roles.
    #[test]
    fn a_municipal_head_in_one_line_with_substitutes_and_a_signature_box() {
        let m = read(
            "1 (8) Plats och tid Stadshuset, rum Ljusnan, onsdagen den 4 mars 2020, kl 13.00 Beslutande Ledamöter Eva Lind (S), ordförande Olle Berg (M) Tjänstgörande ersättare Siv Ek (V) tjänstgörande ersättare för Tor Alm (V) Övriga närvarande Ina Dahl, HR-chef Per Sund, nämndsekreterare Utses att justera Olle Berg Justeringens plats och tid Stadshuset Underskrifter Sekreterare Paragrafer 1-6 Per Sund Ordförande Eva Lind Justerande Olle Berg\n\n2 (8) Pu 1 Godkännande av dagordningen\n",
        );
        assert_eq!(m.place.as_deref(), Some("Stadshuset, rum Ljusnan"));
        assert_eq!(
            names(&m.present),
            [
                "Eva Lind/Arbetsgivaren",
                "Olle Berg/Arbetsgivaren",
                "Siv Ek/Arbetsgivaren",
                "Ina Dahl/Arbetsgivaren",
                "Per Sund/Arbetsgivaren"
            ]
        );
        assert_eq!(names(&m.absent), ["Tor Alm/Arbetsgivaren"]);
        assert_eq!(m.chair.as_deref(), Some("Eva Lind"));
        assert_eq!(m.secretary.as_deref(), Some("Per Sund"));
        let approvers: Vec<_> = m.approvers.iter().filter_map(|a| a.name.clone()).collect();
        assert_eq!(approvers, ["Olle Berg"]);
    }

    /// A signature box whose columns were flattened gives its names to its roles in order.
    #[test]
    fn a_flattened_signature_box_gives_names_to_roles_in_order() {
        let m = read(
            "Plats och tid Rådhuset kl. 09:00 Ledamöter Kent Ny (S) Eva Åberg (C) Underskrifter Sekreterare Paragrafer Ulla Ros Ordförande Justerare Kent Ny Eva Åberg\n",
        );
        assert_eq!(m.secretary.as_deref(), Some("Ulla Ros"));
        assert_eq!(m.chair.as_deref(), Some("Kent Ny"));
        let approvers: Vec<_> = m.approvers.iter().filter_map(|a| a.name.clone()).collect();
        assert_eq!(approvers, ["Eva Åberg"]);
    }

    /// A building named after a place label is where the meeting was, not who met.
    #[test]
    fn a_building_after_a_place_label_is_no_organization() {
        assert_eq!(
            organization_in("Plats och tid Stadsbyggnadskontoret, rum 3"),
            None
        );
        assert_eq!(
            organization_in("Stadsbyggnadskontoret informerar om flytten").as_deref(),
            Some("Stadsbyggnadskontoret")
        );
    }

    /// A forum known only by its letters is read from the title beside the document's kind.
    #[test]
    fn a_forum_of_letters_named_in_the_title() {
        let m = read("Minnesanteckningar VSG tisdag 3 mars 2020\nPlats: Rådhuset\n");
        assert_eq!(m.forum.as_deref(), Some("VSG"));
        let m = read("KSG protokoll 2021-05-04\nNärvarande:\nOla Ek\n");
        assert_eq!(m.forum.as_deref(), Some("KSG"));
        // Letters that name a party are no forum.
        let m = read("Protokoll LO 2021-05-04\n");
        assert_eq!(m.forum, None);
    }

    /// A municipality or region after a full name is where the person comes from, but a
    /// surname that is also a place ("Berg") stays the surname; a double given name written as
    /// one word is a name.
    #[test]
    fn a_place_after_a_name_in_a_list_of_lines() {
        let m = read(
            "Anteckningar 2020-03-03\nNärvarande:\nAnnaCarin Ek Region Halland\nOla Berg Lysekil\nKarin Persson Lindqvist Tanum\nAnmält förhinder:\nBo Sten Åtvidaberg ordförande\n\n1. Mötet öppnas\n",
        );
        let got: Vec<_> = m.present.iter().filter_map(|a| a.name.clone()).collect();
        assert_eq!(got, ["AnnaCarin Ek", "Ola Berg", "Karin Persson Lindqvist"]);
        let got: Vec<_> = m.absent.iter().filter_map(|a| a.name.clone()).collect();
        assert_eq!(got, ["Bo Sten"]);
    }

    #[test]
    fn a_notice_heading_of_its_own_ends_the_present_and_a_copy_list_ends_the_attendance() {
        let m = read(
            "Anteckningar arbetsgruppen\nDag:\n4 mars 2021\nDeltagare:\nKarin Ek (ordf.), VC Norr\nOla Berg, sekr. Kansliet\nMeddelat förhinder:\nLisa Holm, Ortopeden\nKopia för kännedom:\nSven Dahl, verksamhetschef\n1. Mötet öppnas\nKarin hälsar välkommen.\n",
        );
        let got: Vec<_> = m.present.iter().filter_map(|a| a.name.clone()).collect();
        assert_eq!(got, ["Karin Ek", "Ola Berg"]);
        let got: Vec<_> = m.absent.iter().filter_map(|a| a.name.clone()).collect();
        assert_eq!(got, ["Lisa Holm"]);
        assert_eq!(m.chair.as_deref(), Some("Karin Ek"));
        assert_eq!(m.secretary.as_deref(), Some("Ola Berg"));
        // "…, hade\nmeddelat förhinder." continued on a line is a sentence, not a heading.
        let m = read(
            "Protokoll 2021-03-04\nNärvarande:\nAnna Ek, chef\n\nBo Holm, controller, hade\nmeddelat förhinder.\n\n§ 1 Öppnande\nMötet öppnas.\n",
        );
        let got: Vec<_> = m.absent.iter().filter_map(|a| a.name.clone()).collect();
        assert_eq!(got, ["Bo Holm"]);
    }

    #[test]
    fn a_chair_named_as_the_meeting_opens_and_a_secretary_set_off_by_commas() {
        let m = read(
            "Protokoll 2022-10-10\n§ 1\nOrdföranden, Maja Lund (M), hälsar alla välkomna och förklarar mötet öppnat.\n§ 2\nPer Sandberg, sekreterare, läser upp dagordningen.\n",
        );
        assert_eq!(m.chair.as_deref(), Some("Maja Lund"));
        assert_eq!(m.secretary.as_deref(), Some("Per Sandberg"));
        // A list's "Name, sekreterare Name" names no secretary by this rule.
        let m = read("Rapport\n\nSamtal med Anna Berg, sekreterare Bo Ek och andra.\n");
        assert_eq!(m.secretary, None);
    }

    #[test]
    fn a_report_in_the_perfect_tense_says_where_the_group_met() {
        let m = read(
            "Rapport från samverkan\n\nGruppen har träffats i Luleå 3-4 april och tog upp budgeten.\n",
        );
        assert_eq!(m.place.as_deref(), Some("Luleå"));
    }

    #[test]
    fn a_forum_of_letters_keeps_the_words_that_end_its_title_line() {
        let m = read("Minnesanteckningar NPO Ögonsjukvård\nDag:\n2 februari 2020\n");
        assert_eq!(m.forum.as_deref(), Some("NPO Ögonsjukvård"));
        // A weekday and a date after the letters are not part of the name.
        let m = read("Mötesanteckningar VSG tisdag 3 mars 2020\n");
        assert_eq!(m.forum.as_deref(), Some("VSG"));
    }

    #[test]
    fn a_negotiation_protocols_forum_is_the_negotiation() {
        let m = read(
            "FÖRHANDLINGSPROTOKOLL\n§ 1 Mellan Kiruna kommun genom kommunstyrelsens arbetsutskott och Vision har avtal om samverkan träffats. Samverkansgruppen ska mötas varje månad.\n",
        );
        assert_eq!(
            m.forum.as_deref(),
            Some("Förhandling: kommunstyrelsens arbetsutskott")
        );
        let m = read(
            "Förhandlingsprotokoll\nÄrende: Omställningsavtal\nParter: Sobona samt Offentliganställdas Förhandlingsråd (OFR) och Landsorganisationen i Sverige (LO)\nTid och plats: Sobonas lokaler\n§ 1 Parterna träffar avtal.\n",
        );
        assert_eq!(
            m.forum.as_deref(),
            Some("Central förhandling: Omställningsavtal Sobona – OFR – LO")
        );
        let m = read(
            "Förhandlingsprotokoll\nÄrende: Ny schemamodell i hemtjänsten\nParter: Arbetsgivaren och Kommunal\nDatum: 2023-02-01\n§ 1 Parterna är oeniga.\n",
        );
        assert_eq!(
            m.forum.as_deref(),
            Some("Förhandling: Ny schemamodell i hemtjänsten")
        );
    }

    #[test]
    fn a_county_council_is_an_organization_also_in_the_genitive() {
        let m =
            read("Samverkansavtal för Jönköpings läns landstings vårdcentraler\nParter: Vision\n");
        assert_eq!(m.organization.as_deref(), Some("Jönköpings läns landsting"));
        let m = read("Protokoll LSG 2009-03-02\nLandstinget Dalarna, Falu lasarett\n");
        assert_eq!(
            m.organization.as_deref(),
            Some("Landstinget Dalarna, Falu lasarett")
        );
    }

    #[test]
    fn a_joined_page_with_a_bare_attendance_label_municipalities_after_names_and_a_page_mark() {
        let m = read(
            "1 Minnesanteckningar Styrgruppsmöte Skaraborgsregionen Dag onsdagen den 4 maj 2016 Tid 9-12, Skövde stadshus Närvarande Britt Lund, Falköping Johan Ek, Skövde Karin Holm, Tibro Anna Berg, Skövde Per Sandin, Hjo Sida 1 av 4\n\n2 Mötet öppnas Mötet öppnades av ordförande Karin Holm. Dagordningen godkändes. 2. Föregående möte Anteckningarna lades till handlingarna. Lena Ek informerade om budgeten.\n",
        );
        let got: Vec<_> = m.present.iter().filter_map(|a| a.name.clone()).collect();
        assert_eq!(
            got,
            [
                "Britt Lund",
                "Johan Ek",
                "Karin Holm",
                "Anna Berg",
                "Per Sandin"
            ]
        );
        assert_eq!(m.present[4].role.as_deref(), Some("Hjo"));
        assert_eq!(m.chair.as_deref(), Some("Karin Holm"));
        assert_eq!(m.organization.as_deref(), Some("Skaraborgsregionen"));
    }

    #[test]
    fn a_reports_day_without_a_year_takes_the_year_of_the_reports_date() {
        let m = read(
            "Nytt från samverkan\n\nSamverkansgruppen har träffats på Teams 12 november. Budgeten diskuterades.\n\nPublicerad: 2021-11-20\n",
        );
        assert_eq!(m.date, Some(jiff::civil::date(2021, 11, 12)));
        // A meeting in December told in January is last year's.
        let m = read(
            "Nytt från samverkan\n\nGruppen träffades 14 december i Kiruna.\n\nPublicerad: 2022-01-10\n",
        );
        assert_eq!(m.date, Some(jiff::civil::date(2021, 12, 14)));
        // A meeting over two days began on the first.
        let m =
            read("Rapport\n\nGruppen har träffats i Umeå 3-4 oktober.\n\nPublicerad: 2021-10-08\n");
        assert_eq!(m.date, Some(jiff::civil::date(2021, 10, 3)));
    }

    #[test]
    fn a_committees_label_signature_lines_and_a_table_of_marks_with_party_letters() {
        let m = read(
            "Nämnd: Kultur- och fritidsnämnden\nSAMMANTRÄDESPROTOKOLL\nLJUSDALS KOMMUN\nUnderskrifter\nEva Holm, ordförande\nOla Sund, sekreterare\nKarin Berg, justerare\n\nBeslutande\nEva Holm (S)X\nPer Lind (M)X\nKarin Berg (C) X\nAnna Ek (V)\n\nÖvriga närvarande\nOla Sund, sekreterare\nMia Dahl, facklig representant för Kommunal\n\n§ 1 Budget\nInformation lämnas.\n",
        );
        assert_eq!(m.forum.as_deref(), Some("Kultur- och fritidsnämnden"));
        assert_eq!(m.organization.as_deref(), Some("Ljusdals kommun"));
        let got: Vec<_> = m.present.iter().filter_map(|a| a.name.clone()).collect();
        assert_eq!(
            got,
            ["Eva Holm", "Per Lind", "Karin Berg", "Ola Sund", "Mia Dahl"]
        );
        assert_eq!(m.present[4].party, Party::Union("Kommunal".into()));
        assert_eq!(m.chair.as_deref(), Some("Eva Holm"));
        assert_eq!(m.secretary.as_deref(), Some("Ola Sund"));
        let got: Vec<_> = m.approvers.iter().filter_map(|a| a.name.clone()).collect();
        assert_eq!(got, ["Karin Berg"]);
    }

    #[test]
    fn a_flattened_municipal_head_gives_the_hours_and_the_approval_day() {
        let m = read(
            "SAMMANTRÄDESPROTOKOLL\nNämnd\n\nSammanträdesdatum\n\nPlats och tid\nMiljönämnden\n\n2020-05-05\n\nRådhuset, sal 2, 13:30 – 16:00\nJusteringens\nplats och tid\nMiljökontoret, 2020-05-12, kl. 10:00\n\n§ 1 Budget\nInformation lämnas.\n",
        );
        assert_eq!(m.date, Some(jiff::civil::date(2020, 5, 5)));
        assert_eq!(m.time, Some(jiff::civil::time(13, 30, 0, 0)));
        assert_eq!(m.approval_deadline, Some(jiff::civil::date(2020, 5, 12)));
    }

    #[test]
    fn a_sites_breadcrumb_names_the_committee() {
        let m = read(
            "Du är här: Start > Malmö stad > Kulturnämnden > Sammanträde 2015-03-02\n\nPlats\nRådhuset\n\n§1 Öppnande\nMötet öppnas.\n",
        );
        assert_eq!(m.forum.as_deref(), Some("Kulturnämnden"));
        // A path of pages without a body's name gives none.
        let m = read("Start > Nyheter > Arkiv\n\nProtokoll 2015-03-02\n");
        assert_eq!(m.forum, None);
    }

    #[test]
    fn an_office_in_words_before_the_next_name_belongs_to_the_person_before() {
        let m = read(
            "Anteckningar 2020-03-03\nNärvarande: Ola Berg, ekonomikontoret Karin Holm, Regionens kansli Maria Lund, personalavdelningen\nSekreterare: Lena Sjö\n\n1. Mötet öppnas\n",
        );
        let got: Vec<_> = m.present.iter().filter_map(|a| a.name.clone()).collect();
        assert_eq!(got, ["Ola Berg", "Karin Holm", "Maria Lund"]);
    }

    /// Two column heads side by side ("Plats och tid Beslutande") put the place and hours
    /// after the second; "för" after a serving substitute and party letters names whom they
    /// replace; officials are listed title first.
    #[test]
    fn place_after_two_heads_substitutes_for_members_and_officials_title_first() {
        let m = read(
            "1(3) Plats och tid Beslutande Rådhuset i Norrby, Salen, kl.09:30-12.00 Ledamöter Eva Lind (S), ordförande Olle Berg (M) Tjänstgörande ersättare Siv Ek (V) för Tor Alm (V) Tjänstemän Stadsdirektör Nils Ohlin Biträdande chef Kim Sjö Miljöstrateg Ann Hed, 4 Justeringens plats och tid Rådhuset 2020-03-06 Underskrifter Paragrafer 1-5 Ordförande Eva Lind Justerare Olle Berg\n",
        );
        assert_eq!(m.place.as_deref(), Some("Rådhuset i Norrby, Salen"));
        assert_eq!(m.time, Time::new(9, 30, 0, 0).ok());
        let present: Vec<_> = m.present.iter().filter_map(|a| a.name.clone()).collect();
        assert_eq!(
            present,
            [
                "Eva Lind",
                "Olle Berg",
                "Siv Ek",
                "Nils Ohlin",
                "Kim Sjö",
                "Ann Hed"
            ]
        );
        assert_eq!(names(&m.absent), ["Tor Alm/Arbetsgivaren"]);
        let roles: Vec<_> = m.present[3..]
            .iter()
            .filter_map(|a| a.role.clone())
            .collect();
        assert_eq!(roles, ["stadsdirektör", "biträdande chef", "miljöstrateg"]);
    }

    /// A head without a signature box: the secretary after a bare label, the absent under
    /// "Ej närvarande", the body named in the notice box ("Organ"), an empty "Organ" none.
    #[test]
    fn secretary_label_absent_list_and_the_body_in_the_notice_box() {
        let m = read(
            "Plats och tid Salen, Beslutande Eva Lind (s) Ordförande Olle Berg (m) Sekreterare Ulla Ros Paragraf , Justerande Olle Berg (m) Bevis/Anslag Organ Tekniska nämnden Datum då anslag sätts upp\n\nEj närvarande Tor Alm (m) Karin Sand Övriga deltagare Per Sund Kommunchef\n",
        );
        assert_eq!(m.secretary.as_deref(), Some("Ulla Ros"));
        assert_eq!(m.forum.as_deref(), Some("Tekniska nämnden"));
        let absent: Vec<_> = m.absent.iter().filter_map(|a| a.name.clone()).collect();
        assert_eq!(absent, ["Tor Alm", "Karin Sand"]);
        let m = read(
            "Plats och tid Salen Ledamöter Eva Lind (S) Justerare Olle Berg Organ Datum då anslaget sätts upp 2020-03-09\n",
        );
        assert_eq!(m.forum, None);
    }

    /// "X ersätter Y": Y is absent, unless replaced only for some paragraphs ("… (V) 12");
    /// officials after commas with lower-case titles, a unit before the given name; the
    /// notice box's body up to "Datum när".
    #[test]
    fn substitutes_replacing_members_and_officials_after_commas() {
        let m = read(
            "Plats och tid Salen kl. 08:30 Beslutande Ledamöter Eva Lind (S), Olle Berg (M), Tor Alm (V) och Siv Ek (C). Tjänstgörande ersättare Ina Dahl (C) ersätter Siv Ek (C) , Per Sund (V) ersätter Tor Alm (V) 12, Tjänstemän Stadsdirektör Lars Rydh, nämndsekreterare Ulla Ros, controller Kim Sjö 14 och 15, avdelningschef för Teknisk Service Karin Holm , planarkitekt Bo Ek 16. Underskrifter Sekreterare Ordförande Justerande Ulla Ros Eva Lind Olle Berg\n\nANSLAG/BEVIS Organ Byggnadsnämnden Datum när anslaget sätts upp\n",
        );
        let present: Vec<_> = m.present.iter().filter_map(|a| a.name.clone()).collect();
        assert_eq!(
            present,
            [
                "Eva Lind",
                "Olle Berg",
                "Tor Alm",
                "Ina Dahl",
                "Per Sund",
                "Lars Rydh",
                "Ulla Ros",
                "Kim Sjö",
                "Karin Holm",
                "Bo Ek"
            ]
        );
        let absent: Vec<_> = m.absent.iter().filter_map(|a| a.name.clone()).collect();
        assert_eq!(absent, ["Siv Ek"]);
        assert_eq!(m.forum.as_deref(), Some("Byggnadsnämnden"));
        assert_eq!(
            m.present[8].role.as_deref(),
            Some("avdelningschef för teknisk service")
        );
    }

    /// Attendance as sentences with titles before names, a plural title before several.
    #[test]
    fn attendance_written_as_sentences_with_titles_before_names() {
        let m = read(
            "PROTOKOLL Granskning av Tekniska nämnden den 3 maj 2021 Närvarande från revisionen: revisorn Eva Lind samt biträdena Ola Berg och Kim Sjö. Närvarande från nämnden: ordföranden Per Sund, förvaltningschefen för Gata och park Ulla Ros. 1 Inledning Granskningen inleddes med ett möte.\n",
        );
        let present: Vec<_> = m.present.iter().filter_map(|a| a.name.clone()).collect();
        assert_eq!(
            present,
            ["Eva Lind", "Ola Berg", "Kim Sjö", "Per Sund", "Ulla Ros"]
        );
        assert_eq!(m.present[0].role.as_deref(), Some("revisorn"));
        // Two bodies: the chairman of one of them does not chair the meeting.
        assert_eq!(m.chair, None);
        let m = read(
            "PROTOKOLL Möte den 3 maj 2021 Närvarande från nämnden: ordföranden Per Sund och sekreteraren Ulla Ros. 1 Inledning\n",
        );
        assert_eq!(m.chair.as_deref(), Some("Per Sund"));
    }

    /// "Att jämte ordföranden justera …", "… utsågs att justera tillsammans med ordföranden":
    /// the chair approves with the people named; "…, och Lo Ahl, Kommunal" ends the list.
    #[test]
    fn the_chair_approves_when_named_beside_the_approvers() {
        let m = read(
            "Protokoll samverkansgrupp 2024-09-03\nNärvarande: Anna Berg, ordförande, Kim Ek, Vision, Lo Ahl, Kommunal\n\n§ 1 Val av justerare\nTill justerare jämte ordföranden valdes Kim Ek.\n\n§ 2 Övrigt\nInga frågor.\n",
        );
        let got: Vec<_> = m.approvers.iter().filter_map(|a| a.name.clone()).collect();
        assert_eq!(got, ["Kim Ek", "Anna Berg"]);
        let m = read(
            "Protokoll samverkansgrupp 2024-09-03\nNärvarande: Anna Berg, ordförande, Kim Ek, Vision, Lo Ahl, Kommunal\n\n§ 1 Val av justerare\nKim Ek, Vision, och Lo Ahl, Kommunal, utsågs att jämte ordföranden justera\nprotokollet.\n\n§ 2 Övrigt\nInga frågor.\n",
        );
        let got: Vec<_> = m.approvers.iter().filter_map(|a| a.name.clone()).collect();
        assert_eq!(got, ["Kim Ek", "Lo Ahl", "Anna Berg"]);
        // Without those words the chair is no approver.
        let m = read(
            "Protokoll samverkansgrupp 2024-09-03\nNärvarande: Anna Berg, ordförande, Kim Ek, Vision\n\n§ 1 Val av justerare\nKim Ek utsågs att justera protokollet.\n",
        );
        assert_eq!(m.approvers.len(), 1);
    }

    /// A negotiation named by the law it is held under is the forum; a central or local
    /// committee keeps its adjective, and "kommittén" is a committee too.
    #[test]
    fn forums_of_negotiations_and_committees() {
        let m = read(
            "Tranås kommun\nPROTOKOLL\nFörhandling enligt 14 § MBL\nDatum: 2024-03-04\n\n1. Förhandlingens öppnande\nOrdföranden öppnade.\n",
        );
        assert_eq!(m.forum.as_deref(), Some("Förhandling enligt 14 § MBL"));
        let m = read(
            "FÖRHANDLINGSPROTOKOLL\nÄrende           Ny bemanning i köket\nFörhandlingstyp  Förhandling enligt 11 § MBL\n\n§ 1 Öppnande\nText.\n",
        );
        assert_eq!(m.forum.as_deref(), Some("Förhandling enligt 11 § MBL"));
        let m = read("Lokal skyddskommitté, Norrskolan\n2024-02-01\n\n§ 1 Öppnande\nText.\n");
        assert_eq!(m.forum.as_deref(), Some("Lokal skyddskommitté, Norrskolan"));
        let m = read("Bruket AB\nArbetsmiljökommittén – protokoll 2/2024\n\n1. Öppnande\nText.\n");
        assert_eq!(m.forum.as_deref(), Some("Arbetsmiljökommitté"));
    }

    /// "Plats   Rådhuset" without a colon, and "Tid och plats" whose place follows the date
    /// and time and wraps onto the next line.
    #[test]
    fn a_place_after_a_wide_gap_or_after_the_time() {
        let m = read(
            "Protokoll samverkansgrupp\nTid       Måndag 2 september 2024 kl. 10.00\nPlats     Rådhuset, rum Linden\n\n§ 1 Öppnande\nText.\n",
        );
        assert_eq!(m.place.as_deref(), Some("Rådhuset, rum Linden"));
        let m = read(
            "Protokoll samverkansgrupp\nTid och plats  Måndagen den 2 september 2024 kl. 10.00–12.00,\n               Rådhuset, rum Linden\n\n§ 1 Öppnande\nText.\n",
        );
        assert_eq!(m.place.as_deref(), Some("Rådhuset, rum Linden"));
        let m = read(
            "Protokoll samverkansgrupp\nTid och plats: 2024-09-02 kl. 10.00–12.00, Förvaltningshuset, konferensrummet\nBjörken och via Teams\n\n§ 1 Öppnande\nText.\n",
        );
        assert_eq!(
            m.place.as_deref(),
            Some("Förvaltningshuset, konferensrummet Björken och via Teams")
        );
    }

    /// Rows of a table whose cells are set apart by wide space; a table flattened column by
    /// column under its headings; "Party (Name)" as an absence; a title before a name.
    #[test]
    fn attendance_tables_in_cells_and_in_headed_columns() {
        let m = read(
            "Protokoll skyddskommitté 2024-05-06\nNärvarande:\nOla Strand        Driftchef, ordf.        Bolaget\nEva Lind          Skyddsombud             Unionen\nAnmält förhinder:\nPer Holm          Ekonomichef             Bolaget\n\n1. Öppnande\nText.\n",
        );
        assert_eq!(
            names(&m.present),
            ["Ola Strand/Arbetsgivaren", "Eva Lind/Unionen"]
        );
        assert_eq!(names(&m.absent), ["Per Holm/Arbetsgivaren"]);
        assert_eq!(m.chair.as_deref(), Some("Ola Strand"));
        let m = read(
            "Protokoll samverkansgrupp 2024-05-06\nNärvarande\nNamn\nOla Strand\nEva Lind\nDr. Bo Ek\nFunktion\nDirektör, ordförande\nOrdförande\nLäkare\nOrganisation\nArbetsgivaren\nVision\nSaco\n\nFrånvarande: Kommunal (Per Holm)\n\n§ 1 Öppnande\nText.\n",
        );
        assert_eq!(
            names(&m.present),
            ["Ola Strand/Arbetsgivaren", "Eva Lind/Vision", "Bo Ek/Saco"]
        );
        assert_eq!(names(&m.absent), ["Per Holm/Kommunal"]);
        assert_eq!(m.chair.as_deref(), Some("Ola Strand"));
    }

    /// Attendance as sentences: each side's people after "för <party>" (with or without a
    /// verb), roles before the names, "som förde protokollet" for the secretary, "och" before
    /// a role and a name, and "Anmält förhinder hade …".
    #[test]
    fn attendance_written_as_sentences_with_roles_before_names() {
        let m = read(
            "Protokoll LSG Ekbackens förskola 2024-10-01\n\nNärvarande från arbetsgivaren var förskolechef Lena Bergh (ordförande) och\nbitr. förskolechef Nora Kask, som förde protokollet. För Kommunal deltog\nIda Sund och Ali Omar, för Vision Tea Lööf.\nAnmält förhinder hade Åsa Nyberg, Kommunal.\n\nPunkt 1. Öppnande\nText.\n",
        );
        assert_eq!(
            names(&m.present),
            [
                "Lena Bergh/Arbetsgivaren",
                "Nora Kask/Arbetsgivaren",
                "Ida Sund/Kommunal",
                "Ali Omar/Kommunal",
                "Tea Lööf/Vision"
            ]
        );
        assert_eq!(names(&m.absent), ["Åsa Nyberg/Kommunal"]);
        assert_eq!(m.chair.as_deref(), Some("Lena Bergh"));
        assert_eq!(m.secretary.as_deref(), Some("Nora Kask"));
        let m = read(
            "Protokoll samverkansgrupp 2024-10-01\n\nNärvarande för arbetsgivaren: chef Per Ås (ordf.), controller\nMia Fors (sekr.). För ST: Lo Berg. För Seko: Kim\nHolm.\n\n1. Öppnande\nText.\n",
        );
        assert_eq!(
            names(&m.present),
            [
                "Per Ås/Arbetsgivaren",
                "Mia Fors/Arbetsgivaren",
                "Lo Berg/Fackförbundet ST",
                "Kim Holm/Seko"
            ]
        );
        assert_eq!(m.secretary.as_deref(), Some("Mia Fors"));
    }

    /// A sentence of attendance ending in "… hade anmält förhinder" makes only its own
    /// people absent, not the paragraph's; a role in parentheses after a name.
    #[test]
    fn a_sentence_ending_in_an_absence_makes_only_its_people_absent() {
        let m = read(
            "Protokoll LSG Björkskolan 2024-11-05\n\nNärvarande för arbetsgivaren var rektor Maja Lind (ordförande), biträdande\nrektor Olle Sand och administratör Siv Berg, som även förde protokollet. För Vision\ndeltog Gun Holm (huvudskyddsombud) och Pia Ek (ombud), för Kommunal Ulla\nStröm. Skolchef Tomas Nygren hade anmält förhinder.\n\nPunkt 1 Öppnande\nText.\n",
        );
        assert_eq!(
            names(&m.present),
            [
                "Maja Lind/Arbetsgivaren",
                "Olle Sand/Arbetsgivaren",
                "Siv Berg/Arbetsgivaren",
                "Gun Holm/Vision",
                "Pia Ek/Vision",
                "Ulla Ström/Kommunal"
            ]
        );
        assert_eq!(names(&m.absent), ["Tomas Nygren/Arbetsgivaren"]);
        assert_eq!(m.chair.as_deref(), Some("Maja Lind"));
        assert_eq!(m.secretary.as_deref(), Some("Siv Berg"));
    }

    /// An absence told inside a sentence of the paragraph keeps to that sentence; a heading
    /// over the sentence that opens the meeting is no part of the chair's name.
    #[test]
    fn an_absence_inside_a_sentence_keeps_to_it() {
        let m = read(
            "Protokoll LSG Ekskolan 2025-02-03\n\nNärvarande för arbetsgivaren var rektor Anna Ek och\nadministratör Bo Holm, som förde protokollet. För Vision deltog Lena Berg,\nför Kommunal Per Lind. Kommunal hade anmält förhinder för sitt andra ombud. Ledarna\nvar frånvarande.\n\n§ 1 Öppnande\nAnna Ek öppnade mötet.\n",
        );
        assert_eq!(
            names(&m.present),
            [
                "Anna Ek/Arbetsgivaren",
                "Bo Holm/Arbetsgivaren",
                "Lena Berg/Vision",
                "Per Lind/Kommunal"
            ]
        );
        assert_eq!(names(&m.absent), ["-/Ledarna"]);
        assert_eq!(m.chair.as_deref(), Some("Anna Ek"));
    }

    /// A two-column attendance table: each side or union in the first column, its people in
    /// the second, further people of the same side on indented lines under it; a side marked
    /// absent in its row; a list headed "Arbetsgivarens företrädare" without "Närvarande".
    #[test]
    fn a_table_of_sides_and_their_people_in_two_columns() {
        let m = read(
            "Protokoll LSG 2024-11-05\n\nNärvarande\nArbetsgivaren        Eva Berg, rektor, ordf\n                     Olle Sand, sekr\nVision               Gun Holm, skyddsombud\nKommunal             Pia Ek\n                     Ulla Ström\nLedarna              Anmält förhinder\n\n§ 1 Öppnande\nText.\n",
        );
        assert_eq!(
            names(&m.present),
            [
                "Eva Berg/Arbetsgivaren",
                "Olle Sand/Arbetsgivaren",
                "Gun Holm/Vision",
                "Pia Ek/Kommunal",
                "Ulla Ström/Kommunal"
            ]
        );
        assert_eq!(names(&m.absent), ["-/Ledarna"]);
        assert_eq!(m.chair.as_deref(), Some("Eva Berg"));
        assert_eq!(m.secretary.as_deref(), Some("Olle Sand"));
        let m = read(
            "CSG protokoll 2024-11-05\n\nArbetsgivarens företrädare\nEva Berg, kommundirektör, ordf.\nOlle Sand, HR-chef, sekr.\n\nArbetstagarorganisationernas företrädare\nKommunal      Pia Ek, Ulla Ström\nVision        Gun Holm\nLedarna       –\n\nLedarna hade meddelat förhinder.\n\n§ 1 Öppnande\nText.\n",
        );
        assert_eq!(
            names(&m.present),
            [
                "Eva Berg/Arbetsgivaren",
                "Olle Sand/Arbetsgivaren",
                "Pia Ek/Kommunal",
                "Ulla Ström/Kommunal",
                "Gun Holm/Vision"
            ]
        );
        assert_eq!(names(&m.absent), ["-/Ledarna"]);
    }

    /// "Eva Holm, VD (ordf.)", "Lena Alm, VD och ordf.": a title in capital letters after a name
    /// is said of that person, so the chair it names is found.
    #[test]
    fn a_title_in_capitals_after_a_name_carries_the_chair() {
        let m = read(
            "Protokoll 2025-05-06\n\nNärvarande för arbetsgivaren: Eva Holm, VD (ordf.), Bo Ek, HR-chef (sekr.), samt Per Sand, controller.\nNärvarande för arbetstagarna: Anna Berg, Vision; Lars Ek, Kommunal.\n\n§ 1 Öppnande\nText.\n",
        );
        assert_eq!(m.chair.as_deref(), Some("Eva Holm"));
        assert_eq!(m.secretary.as_deref(), Some("Bo Ek"));
        let m = read(
            "Protokoll 2025-05-06\n\nNärvarande för arbetsgivaren: Lena Alm, VD och ordf., Kim Berg, ekonom, samt Ola Ruth, arbetsledare.\n\n§ 1 Öppnande\nText.\n",
        );
        assert_eq!(m.chair.as_deref(), Some("Lena Alm"));
        // A party in capitals after a name is the person's party, not a title.
        let m = read(
            "Protokoll 2025-05-06\n\nNärvarande: Eva Holm, rektor (ordf.), Bo Ek, SSR.\n\n§ 1 Öppnande\nText.\n",
        );
        assert!(names(&m.present).contains(&"Bo Ek/Akademikerförbundet SSR".to_string()));
    }

    /// "Anmält förhinder: Regiondirektör Eva Ek; Vision": a capitalized title before a name in
    /// a list is the person's role, and the name is the person's alone.
    #[test]
    fn a_capitalized_title_before_a_name_in_a_list_is_a_role() {
        let m = read(
            "Protokoll 2025-11-12\n\nNärvarande:\nKarl Holm, ordförande\nAnna Lind, Vision\n\nAnmält förhinder: Regiondirektör Eva Ek; Vision (vakant)\n\n§ 1 Öppnande\nText.\n",
        );
        let absent = names(&m.absent);
        assert!(
            absent.contains(&"Eva Ek/Arbetsgivaren".to_string()),
            "{absent:?}"
        );
        let eva = m
            .absent
            .iter()
            .find(|a| a.name.as_deref() == Some("Eva Ek"));
        assert_eq!(eva.and_then(|a| a.role.as_deref()), Some("regiondirektör"));
        // A surname that ends as no title stays part of the name.
        assert!(!is_title_word("Lindberg"));
        assert!(!is_title_word("Kommunal"));
    }

    /// "Ledarna var inte representerade.", "Bo Alm deltog inte.": a party or a person said not to
    /// be there is absent, beside those present in the sentences before.
    #[test]
    fn a_party_not_represented_is_absent() {
        let m = read(
            "Protokoll 2025-09-02\n\nNärvarande för arbetsgivaren var Eva Holm (ordförande) och Per Sand (sekreterare). För Vision deltog Anna Berg. Ledarna var inte representerat. Bo Alm deltog inte.\n\n§ 1 Öppnande\nText.\n",
        );
        assert_eq!(names(&m.absent), ["-/Ledarna", "Bo Alm/Arbetsgivaren"]);
        assert!(names(&m.present).contains(&"Anna Berg/Vision".to_string()));
    }

    /// A workplace meeting's attendance in prose: who leads the meeting chairs it; a group's
    /// description before a colon and its people; "deltog som ombud för"; a union "hade ingen
    /// representant närvarande" is absent; "Anteckningar: …" names the secretary; the place
    /// after the date and the time of one line.
    #[test]
    fn a_workplace_meeting_written_in_prose() {
        let m = read(
            "Arbetsplatsträff Förskolan Sälen\n\nTisdag 4 mars 2025, kl. 15.00–16.30, i personalrummet.\n\nNärvarande: Lisa Holm (förskolechef, leder mötet), Anna Berg\n(pedagog), samt personalen på avdelningen Valen: Maja Ek, Emma\nSand och Sofia Lund. Karin Ström deltog som ombud för Vision.\nKommunal hade ingen representant närvarande.\nAnteckningar: Emma Sand.\n\nPunkt 1. Öppnande\nText.\n",
        );
        let present = names(&m.present);
        for name in [
            "Lisa Holm",
            "Anna Berg",
            "Maja Ek",
            "Emma Sand",
            "Sofia Lund",
        ] {
            assert!(
                present.iter().any(|p| p.starts_with(name)),
                "{name} in {present:?}"
            );
        }
        assert!(
            present.contains(&"Karin Ström/Vision".to_string()),
            "{present:?}"
        );
        assert_eq!(present.len(), 6, "{present:?}");
        assert_eq!(names(&m.absent), ["-/Kommunal"]);
        assert_eq!(m.chair.as_deref(), Some("Lisa Holm"));
        assert_eq!(m.secretary.as_deref(), Some("Emma Sand"));
        assert_eq!(m.place.as_deref(), Some("Personalrummet"));
        let m = read(
            "Protokoll styrelsemöte 2025-03-04\nDatum 2025-03-04, kl. 18.00, Folkets hus, rum 2\n\n§ 1 Öppnande\nText.\n",
        );
        assert_eq!(m.place.as_deref(), Some("Folkets hus, rum 2"));
        let m = read(
            "Protokoll styrelsemöte 2025-03-04\nPlats: Expeditionen, Storgatan 1 (Eva och Bo via Teams)\n\n§ 1 Öppnande\nText.\n",
        );
        assert_eq!(m.place.as_deref(), Some("Expeditionen, Storgatan 1"));
    }

    /// The people who sign under "Justeras" approve the minutes: the names in its column of
    /// the signature block, past "För …" and dotted lines, or after "Justeras:" on its line.
    #[test]
    fn the_names_signed_under_justeras_are_approvers() {
        let head = "Protokoll LSG 2024-11-05\n\nNärvarande: Eva Berg (ordförande), Olle Sand (sekreterare), Gun Holm (Vision), Pia Ek (Kommunal)\n\n§ 1 Öppnande\nText.\n\n";
        let m = read(&format!(
            "{head}Vid protokollet              Justeras\nOlle Sand                    Gun Holm          Pia Ek\n"
        ));
        let approvers: Vec<&str> = m
            .approvers
            .iter()
            .filter_map(|a| a.name.as_deref())
            .collect();
        assert_eq!(approvers, ["Gun Holm", "Pia Ek"]);
        let m = read(&format!(
            "{head}Justeras\n\nFör arbetsgivaren            För Vision\n......................       ....................\nEva Berg                     Gun Holm\n"
        ));
        let approvers: Vec<&str> = m
            .approvers
            .iter()
            .filter_map(|a| a.name.as_deref())
            .collect();
        assert_eq!(approvers, ["Eva Berg", "Gun Holm"]);
        let m = read(&format!(
            "{head}Vid anteckningarna: Olle Sand\nJusteras: Pia Ek\n"
        ));
        let approvers: Vec<&str> = m
            .approvers
            .iter()
            .filter_map(|a| a.name.as_deref())
            .collect();
        assert_eq!(approvers, ["Pia Ek"]);
    }

    /// A negotiation's head: each union's label on a line of its own over its names; the
    /// employer's förhandlingsledare chairs, not a union's "klubbordförande" or "ordförande
    /// Vision …"; "Till protokollförare utses …" names the secretary.
    #[test]
    fn a_negotiation_led_by_the_employer_with_unions_under_their_labels() {
        let m = read(
            "FÖRHANDLINGSPROTOKOLL\nTid: 2025-02-11 kl. 10.00\n\nNärvarande för arbetsgivaren:\nKarl Dahl, förvaltningschef\nLinda Borg, HR-chef, förhandlingsledare\nOla Nord, HR-konsult\n\nför Kommunal:\nMona Lund, ordförande Kommunal Sektion Väst\nPer Strand, skyddsombud\n\nför Vision:\nEmma Falk, klubbordförande\n\n§ 1 Öppnande\nLinda Borg hälsar välkommen och förklarar förhandlingen öppnad. Till protokollförare utses Ola Nord.\n",
        );
        assert_eq!(
            names(&m.present),
            [
                "Karl Dahl/Arbetsgivaren",
                "Linda Borg/Arbetsgivaren",
                "Ola Nord/Arbetsgivaren",
                "Mona Lund/Kommunal",
                "Per Strand/Kommunal",
                "Emma Falk/Vision"
            ]
        );
        assert_eq!(m.chair.as_deref(), Some("Linda Borg"));
        assert_eq!(m.secretary.as_deref(), Some("Ola Nord"));
        // A union's name alone under the labelled one heads its own names.
        let m = read(
            "Protokoll samverkansgrupp 2025-02-03\n\nNärvarande för arbetsgivaren:\nKarl Dahl, chef, ordförande\n\nför Vision:\nMona Lund\nKommunal\nPer Strand\n\n§ 1 Öppnande\nText.\n",
        );
        assert_eq!(
            names(&m.present),
            [
                "Karl Dahl/Arbetsgivaren",
                "Mona Lund/Vision",
                "Per Strand/Kommunal"
            ]
        );
    }

    /// A meeting named by the paragraph of the law it is held under is its own forum, the law
    /// written out or by its letters.
    #[test]
    fn a_meeting_named_by_its_paragraph_of_mbl_is_its_forum() {
        let m = read(
            "PROTOKOLL\nInformationsmöte enligt 19 § MBL\nDatum: 2025-01-14\n\n1. Öppnande\nText.\n",
        );
        assert_eq!(m.forum.as_deref(), Some("Informationsmöte enligt 19 § MBL"));
        let m = read(
            "FÖRHANDLINGSPROTOKOLL\nÄrende:\nFörhandling enligt 11 § lagen om medbestämmande i arbetslivet (MBL)\navseende ny organisation\nDatum: 2025-01-14\n\n§ 1 Öppnande\nText.\n",
        );
        assert_eq!(m.forum.as_deref(), Some("Förhandling enligt 11 § MBL"));
        let m = read(
            "REGION VÄSTERBERG                         FÖRHANDLINGSPROTOKOLL\nOmråde tandvård                           Dnr RV 2027-0042\n\nFörhandling enligt 11 § MBL\n\nDatum: 2027-04-01\n\n§1 Förhandlingsfråga\nText.\n",
        );
        assert_eq!(
            m.organization.as_deref(),
            Some("Region Västerberg, Område tandvård")
        );
    }

    /// A local group's workplace on a line beside it names the forum with it; a workplace
    /// meeting with samverkan is named in full.
    #[test]
    fn a_local_forum_is_named_with_its_workplace_on_the_next_line() {
        let m = read(
            "Barn- och utbildningsförvaltningen\nMinnesanteckningar från arbetsplatsträff med samverkan\nFörskolan Blåklinten\n\nDatum: 2025-01-14\n\nPunkt 1. Öppnande\nText.\n",
        );
        assert_eq!(
            m.forum.as_deref(),
            Some("Arbetsplatsträff med samverkan, Förskolan Blåklinten")
        );
        let m = read(
            "Region Norrby\nPrimärvården, Hälsocentralen Solbacken\nLokal samverkansgrupp (LSG)\nDatum: 2025-01-14\n\n§ 1 Öppnande\nText.\n",
        );
        assert_eq!(
            m.forum.as_deref(),
            Some("Lokal samverkansgrupp, Hälsocentralen Solbacken")
        );
        // A group of the whole förvaltning: no workplace.
        let m = read(
            "Region Norrby\nPrimärvården\nLokal samverkansgrupp (LSG)\nDatum: 2025-01-14\n\n§ 1 Öppnande\nText.\n",
        );
        assert_eq!(m.forum.as_deref(), Some("Lokal samverkansgrupp"));
    }

    /// A region's hospital and its area on the line under the region are its unit.
    #[test]
    fn a_regions_hospital_and_area_under_it_are_its_unit() {
        let m = read(
            "Region Västmark\nVästmarks sjukhus, område kirurgi och ortopedi\nPROTOKOLL\nSkyddskommitté 2025-01-14\n\n§ 1 Öppnande\nText.\n",
        );
        assert_eq!(
            m.organization.as_deref(),
            Some("Region Västmark, Västmarks sjukhus, område kirurgi och ortopedi")
        );
    }

    /// A name broken over two lines of a list; a mark after a name explained under the list;
    /// a section choosing approvers that holds only their names.
    #[test]
    fn names_across_lines_marked_notes_and_bare_approvers() {
        let m = read(
            "Protokoll styrelsemöte 2024-01-09\nNärvarande: Anna Lind (ordf.), Olof\nStrand, Siv Ek, Tor Björk**\n** = från punkt 3\nFrånvarande: Ebba Ros\n\n1 Öppnande\nAnna öppnar.\n2 Val av justerare\nSiv Ek.\n3 Övrigt\nInget.\n",
        );
        let present: Vec<_> = m
            .present
            .iter()
            .map(|a| (a.name.clone().unwrap_or_default(), a.role.clone()))
            .collect();
        assert_eq!(present.len(), 4, "{present:?}");
        assert_eq!(present[1].0, "Olof Strand");
        assert_eq!(
            present[3],
            ("Tor Björk".to_string(), Some("från punkt 3".to_string()))
        );
        assert_eq!(names(&m.absent), ["Ebba Ros/Arbetsgivaren"]);
        let approvers: Vec<_> = m.approvers.iter().filter_map(|a| a.name.clone()).collect();
        assert_eq!(approvers, ["Siv Ek"]);
    }

    /// The head's organization: a name in capitals keeps its words' capitals, a unit on the
    /// next line is added to its parent, a company and a university are organizations, a union
    /// before a municipality is its branch, and a negotiation's employer is its "Parter" line.
    #[test]
    fn organizations_with_their_units_companies_branches_and_parties() {
        let m = read(
            "REGION NORRLANDA                 PROTOKOLL\nCentral samverkansgrupp 2024-04-04\n\n§ 1 Öppnande\nText.\n",
        );
        assert_eq!(m.organization.as_deref(), Some("Region Norrlanda"));
        let m = read(
            "Åby kommun\nKultur- och fritidsförvaltningen\nProtokoll förvaltningsgrupp 2024-04-04\n\n§ 1 Öppnande\nText.\n",
        );
        assert_eq!(
            m.organization.as_deref(),
            Some("Åby kommun, Kultur- och fritidsförvaltningen")
        );
        let m = read(
            "UNIVERSITETET I NORRVIK          PROTOKOLL\nInstitutionen för fysik          2024-04-04\n\nLSG\n\n§ 1 Öppnande\nText.\n",
        );
        assert_eq!(
            m.organization.as_deref(),
            Some("Universitetet i Norrvik, Institutionen för fysik")
        );
        let m = read("Björkå Plast AB\nSkyddskommitté 2024-04-04\n\n1. Öppnande\nText.\n");
        assert_eq!(m.organization.as_deref(), Some("Björkå Plast AB"));
        let m =
            read("Kommunal Åby kommun – styrelsemöte\nDatum: 2024-04-04\n\n1 Öppnande\nText.\n");
        assert_eq!(m.organization.as_deref(), Some("Kommunal Åby kommun"));
        let m = read(
            "ÅBY KOMMUN                FÖRHANDLINGSPROTOKOLL\nMiljöförvaltningen\n\nParter       Åby kommun, miljöförvaltningen\n             Vision\nÄrende       Ny enhet\n\n§ 1 Öppnande\nText.\n",
        );
        assert_eq!(
            m.organization.as_deref(),
            Some("Åby kommun, miljöförvaltningen")
        );
    }

    /// "Per Holm, ekonomichef; Vision, ersättare": after a semicolon a party is absent on its
    /// own, not the party of the person before.
    #[test]
    fn a_party_after_a_semicolon_is_absent_on_its_own() {
        let m = read(
            "Protokoll förvaltningsgrupp 2024-04-04\nNärvarande\nArbetsgivaren: Eva Ek, chef\nFörhinder: Per Holm, ekonomichef; Vision, ersättare\n\n§ 1 Öppnande\nText.\n",
        );
        assert_eq!(names(&m.absent), ["Per Holm/Arbetsgivaren", "-/Vision"]);
    }

    /// A union's chairperson listed as "Ordförande" before the employer's chair does not chair
    /// the meeting.
    #[test]
    fn the_employers_chair_before_a_unions_chairperson() {
        let m = read(
            "Protokoll samverkansgrupp 2024-04-04\nNärvarande:\nEva Lind, ordförande, Vision\nOla Strand, förvaltningschef, ordförande\nBo Berg, sekreterare\n\n§ 1 Öppnande\nText.\n",
        );
        assert_eq!(m.chair.as_deref(), Some("Ola Strand"));
    }

    /// A sentence of attendance ending in a parenthesis ("(sekr.). För Kommunal närvarade …"),
    /// and a table's cells set apart by tabs, with the place after a tab.
    #[test]
    fn sentences_ending_in_a_parenthesis_and_cells_apart_by_tabs() {
        let m = read(
            "Protokoll samverkansgrupp 2025-04-02\n\nNärvarande för arbetsgivaren var chef Ida Holm (ordf.) och controller\nPer Ek (sekr.). För Kommunal närvarade Lisa Berg.\n\n§ 1 Öppnande\nText.\n",
        );
        assert_eq!(
            names(&m.present),
            [
                "Ida Holm/Arbetsgivaren",
                "Per Ek/Arbetsgivaren",
                "Lisa Berg/Kommunal"
            ]
        );
        assert_eq!(m.secretary.as_deref(), Some("Per Ek"));
        let m = read(
            "Protokoll skyddskommitté 2025-05-05\nPlats\tMatsalen\n\nNärvarande:\nKarl Ny\tVD, ordf.\tBolaget\nTim Rask\tEkonom, sekr.\tBolaget\n\n1. Öppnande\nText.\n",
        );
        assert_eq!(m.place.as_deref(), Some("Matsalen"));
        assert_eq!(m.secretary.as_deref(), Some("Tim Rask"));
    }

    #[test]
    fn party_headings_over_names_without_a_present_label() {
        let m = read(
            "Tallbacka kommun\nSamverkansgrupp\n\nMötesdag 2 juni 2027, kl. 10–12\n\nArbetsgivaren\nUlla Bergkvist, socialchef (ordf.)\nSekreterare Rolf Dahl, HR-specialist\nVision\nMira Strand\nPelle Knut\nKommunal\nSiv Holt\n\nLedarna\nFörhinder\n\nJusteras av: Siv Holt\n\n§ 1 Öppnande\nMötet öppnades.\n",
        );
        assert_eq!(
            names(&m.present),
            [
                "Ulla Bergkvist/Arbetsgivaren",
                "Rolf Dahl/Arbetsgivaren",
                "Mira Strand/Vision",
                "Pelle Knut/Vision",
                "Siv Holt/Kommunal"
            ]
        );
        assert_eq!(names(&m.absent), ["-/Ledarna"]);
        assert_eq!(m.chair.as_deref(), Some("Ulla Bergkvist"));
        assert_eq!(m.secretary.as_deref(), Some("Rolf Dahl"));
        assert_eq!(m.time, Time::new(10, 0, 0, 0).ok());
    }

    #[test]
    fn a_party_under_each_name_is_not_a_heading() {
        let m = read(
            "Samverkansgrupp 2027-06-02\n\nArbetsgivaren\nUlla Bergkvist, socialchef\n\nFackliga\nMira Strand\nVision\nSiv Holt\nKommunal\n\n§ 1 Öppnande\nMötet öppnades.\n",
        );
        assert_eq!(
            names(&m.present),
            [
                "Ulla Bergkvist/Arbetsgivaren",
                "Mira Strand/Vision",
                "Siv Holt/Kommunal"
            ]
        );
        // The last name without a party after it: still a party under each name.
        let m = read(
            "Samverkansgrupp 2027-06-02\n\nNärvarande:\nFackliga\nMira Strand\nVision\nSiv Holt\nKommunal\nPer Ahl\n\n§ 1 Öppnande\nMötet öppnades.\n",
        );
        assert_eq!(
            names(&m.present)[..2],
            ["Mira Strand/Vision", "Siv Holt/Kommunal"]
        );
    }

    #[test]
    fn attendance_in_sentences_without_a_label() {
        let m = read(
            "Protokoll CSG\nDatum: 2027-01-12\n\nVid mötet deltog för arbetsgivaren skolchef Eva Berg (ordf.), ekonom Jon Strand och HR-chef Ola Gran. För Saco-S-rådet deltog Erik Vinge, för OFR/ST Lina Hamre och för Seko Per-Olof Nyd.\nVid protokollet: Ola Gran\n\n§ 1 Öppnande\nText.\n",
        );
        assert_eq!(
            names(&m.present),
            [
                "Eva Berg/Arbetsgivaren",
                "Jon Strand/Arbetsgivaren",
                "Ola Gran/Arbetsgivaren",
                "Erik Vinge/Saco",
                "Lina Hamre/Fackförbundet ST",
                "Per-Olof Nyd/Seko"
            ]
        );
        assert_eq!(m.chair.as_deref(), Some("Eva Berg"));
        assert_eq!(m.secretary.as_deref(), Some("Ola Gran"));
        let m = read(
            "Förhandlingsprotokoll 2027-01-12\n\nFör arbetsgivaren deltog driftchef Kim Holm och\nenhetschef Bo Lind. För Kommunal deltog Siv Ek. Vision hade anmält\nförhinder men skickat in synpunkter.\nOrdförande: Kim Holm\n\n§1 Förhandlingsfråga\nText.\n",
        );
        assert_eq!(
            names(&m.present),
            [
                "Kim Holm/Arbetsgivaren",
                "Bo Lind/Arbetsgivaren",
                "Siv Ek/Kommunal"
            ]
        );
        assert_eq!(names(&m.absent), ["-/Vision"]);
    }

    #[test]
    fn date_time_and_place_written_shortly_in_the_head() {
        let m = read(
            "Vård- och omsorg\nRapport från samverkan\n\nTisdag 4 feb 2027, 09:30-11:00, Hälsans hus plan 2\n\nHej!\n",
        );
        assert_eq!(m.date, Date::new(2027, 2, 4).ok());
        assert_eq!(m.time, Time::new(9, 30, 0, 0).ok());
        assert_eq!(m.place.as_deref(), Some("Hälsans hus plan 2"));
        let m = read(
            "Protokoll samverkansgrupp 2027-02-04 kl 10.00-12.00, Lokal: Tallen, Byvägen 3\n\n§ 1 Öppnande\nText.\n",
        );
        assert_eq!(m.place.as_deref(), Some("Tallen, Byvägen 3"));
        let m = read(
            "Samverkansgrupp\nDatum 4/2 2027\nTid 10.00\nPlats Stadshuset, rum Björken\n\n§ 1 Öppnande\nText.\n",
        );
        assert_eq!(m.place.as_deref(), Some("Stadshuset, rum Björken"));
    }

    #[test]
    fn a_union_report_names_its_people_in_prose() {
        let m = read(
            "Vision avdelning Norr\nRapport från samverkan 3 mars 2027\n\nFrån Vision var vi två: Mia Holm (ordförande i avdelningen) och Ali Sten. Kommunal representerades av Eva Rönn och Vårdförbundet av Kim Dal. Arbetsgivaren hade med sig ekonomi-\nchef Bo Åker, som var ordf., samt controllern Lisa Vik som förde protokollet och enhetschefen för städ Pia Ros.\nFrånv.: Ledarna.\n\nHej alla!\n",
        );
        assert_eq!(
            names(&m.present),
            [
                "Mia Holm/Vision",
                "Ali Sten/Vision",
                "Eva Rönn/Kommunal",
                "Kim Dal/Vårdförbundet",
                "Bo Åker/Arbetsgivaren",
                "Lisa Vik/Arbetsgivaren",
                "Pia Ros/Arbetsgivaren"
            ]
        );
        assert_eq!(names(&m.absent), ["-/Ledarna"]);
        assert_eq!(m.chair.as_deref(), Some("Bo Åker"));
        assert_eq!(m.secretary.as_deref(), Some("Lisa Vik"));
    }

    #[test]
    fn labels_set_apart_by_wide_space_on_one_line() {
        let m = read(
            "Skyddskommitté\nDatum: 2027-05-04   Tid: 09:00   Plats: Verkstaden, rum 4\n\nNärvarande\nNamn            Funktion          Org.\nAnna Björk      driftchef         AG\nPer Lindell     skyddsombud       Kommunal\nSara Grön       controller        AG\n\nAnmält förhinder   Ebba Strand, Vision\nOrdf: Anna Björk   Sekr: Sara Grön\nJusterare: Per Lindell, Kommunal.\n\n§ 1 Öppnande\nText.\n",
        );
        assert_eq!(names(&m.absent), ["Ebba Strand/Vision"]);
        assert_eq!(m.place.as_deref(), Some("Verkstaden, rum 4"));
        assert_eq!(m.chair.as_deref(), Some("Anna Björk"));
        assert_eq!(m.secretary.as_deref(), Some("Sara Grön"));
        assert_eq!(
            m.approvers
                .iter()
                .map(|a| a.name.clone().unwrap_or_default())
                .collect::<Vec<_>>(),
            ["Per Lindell"]
        );
    }

    #[test]
    fn the_meeting_chair_labelled_in_the_head_and_the_deadline_beside_the_approvers() {
        let m = read(
            "Förvaltningsgrupp 2027-09-07\n\nNärvarande:\nOla Nord, direktör, Arbetsgivaren\nMaj Ström, ordförande, Vision\n\nFrånvarande:\nKommunal\n\nMötesordförande Ola Nord\nVid protokollet Maj Ström\nJusterare: Maj Ström. Justering sker senast den 14 september 2027.\n\n1. Öppnande\nText.\n",
        );
        assert_eq!(m.chair.as_deref(), Some("Ola Nord"));
        assert_eq!(names(&m.absent), ["-/Kommunal"]);
        assert_eq!(m.date, Date::new(2027, 9, 7).ok());
        assert_eq!(m.approval_deadline, Date::new(2027, 9, 14).ok());
        // "Ordförande Name" as a row of the list itself does not end it.
        let m = read(
            "Förvaltningsgrupp 2027-09-07\n\nNärvarande:\nOrdförande Ola Nord\nMaj Ström, Vision\n\n1. Öppnande\nText.\n",
        );
        assert_eq!(
            names(&m.present),
            ["Ola Nord/Arbetsgivaren", "Maj Ström/Vision"]
        );
    }

    #[test]
    fn organizations_of_agencies_and_units_with_a_place_name() {
        let m = read(
            "KRIMINALVÅRDEN                         PROTOKOLL\nAnstalten Ekudden                      2027-03-02\nLokal samverkansgrupp (LSG)\n\n§ 1 Öppnande\nText.\n",
        );
        assert_eq!(
            m.organization.as_deref(),
            Some("Kriminalvården, Anstalten Ekudden")
        );
        let m = read(
            "Malmö Stad\nStadsområdesförvaltningen Södra Innerstaden\nFörvaltningens samverkansgrupp 2027-03-02\n\n§ 1 Öppnande\nText.\n",
        );
        assert_eq!(
            m.organization.as_deref(),
            Some("Malmö Stad, Stadsområdesförvaltningen Södra Innerstaden")
        );
        let m = read(
            "Övre dalens kommun\nSocialförvaltningen\nSamverkansgrupp 2027-03-02\n\n§ 1 Öppnande\nText.\n",
        );
        assert_eq!(
            m.organization.as_deref(),
            Some("Övre dalens kommun, Socialförvaltningen")
        );
    }

    #[test]
    fn a_negotiation_under_the_law_written_with_its_number() {
        let m = read(
            "FÖRHANDLINGSPROTOKOLL\n\nFörhandling enligt 11 § lagen (1976:580) om medbestämmande i arbetslivet (MBL)\n\nDatum: 2027-04-01\n\n§1 Förhandlingsfråga\nText.\n",
        );
        assert_eq!(m.forum.as_deref(), Some("Förhandling enligt 11 § MBL"));
        let m = read(
            "REGION VÄSTERBERG                         FÖRHANDLINGSPROTOKOLL\nOmråde tandvård                           Dnr RV 2027-0042\n\nFörhandling enligt 11 § MBL\n\nDatum: 2027-04-01\n\n§1 Förhandlingsfråga\nText.\n",
        );
        assert_eq!(
            m.organization.as_deref(),
            Some("Region Västerberg, Område tandvård")
        );
    }

    #[test]
    fn the_organization_in_a_page_header_repeated_on_every_page() {
        let m = read(
            "RÄDDNINGSTJÄNSTEN ÖSTERDAL                    Sida 1 av 2\nArbetsmiljökommitté\n\nDatum: 2027-04-01\n\nÖppnande\nMötet öppnades.\n\nTillbud\nInga tillbud.\n\nRÄDDNINGSTJÄNSTEN ÖSTERDAL                    Sida 2 av 2\n\nÖvrigt\nInget.\n",
        );
        assert_eq!(
            m.organization.as_deref(),
            Some("Räddningstjänsten Österdal")
        );
    }

    #[test]
    fn a_secretary_label_with_its_name_set_apart_by_wide_space() {
        let m = read(
            "Protokoll samverkansgrupp\nDatum:      2027-01-12\nNärvarande: Olle Rask (ordförande), Tove Lind, Amir Saleh (Vision)\nOrdförande:          Olle Rask\nSekreterare:         Tove Lind\n\n§ 1 Information\nInga.\n",
        );
        assert_eq!(m.secretary.as_deref(), Some("Tove Lind"));
        assert_eq!(m.chair.as_deref(), Some("Olle Rask"));
    }

    #[test]
    fn the_note_taker_named_in_the_sentence_of_attendance_is_the_secretary() {
        let m = read(
            "Minnesanteckningar samverkansgrupp 2027-01-12\nNärvarande: Olle Rask (ordförande), Tove Lind, Amir Saleh (Vision).\nOlle hälsade välkommen. Tove Lind, som förde anteckningarna, läste dagordningen.\n\n§ 1 Information\nInga.\n",
        );
        assert_eq!(m.secretary.as_deref(), Some("Tove Lind"));
    }

    #[test]
    fn a_title_in_capitals_from_a_committees_meeting_names_the_committee() {
        let m = read(
            "PROTOKOLL FRÅN SKYDDSKOMMITTÉNS MÖTE\nDatum: 3.11.2027\nNärvarande: Olle Rask (ordförande), Amir Saleh (Vision)\n\n§ 1 Information\nInga.\n",
        );
        assert_eq!(m.forum.as_deref(), Some("Skyddskommitté"));
        assert_eq!(m.date, Date::new(2027, 11, 3).ok());
    }

    #[test]
    fn a_span_of_hours_with_spaces_and_a_whole_hour_after_klockan_start_the_meeting() {
        let m = read(
            "Protokoll samverkansgrupp\nDatum: 2027-01-12\nTid: 09.15 – 10.45\n\n§ 1 Information\nInga.\n",
        );
        assert_eq!(m.time, Time::new(9, 15, 0, 0).ok());
        let m = read(
            "Protokoll samverkansgrupp\nMötet hölls onsdagen den 12/1 2027 klockan 10, i lilla salen.\n\n§ 1 Information\nInga.\n",
        );
        assert_eq!(m.time, Time::new(10, 0, 0, 0).ok());
    }

    #[test]
    fn a_day_without_a_year_takes_the_year_written_alone_in_the_head() {
        let m = read(
            "Minnesanteckningar skyddskommitté\nProtokoll nr 2/2027\n\nSammanträde onsdagen den 14/4 i matsalen.\n\n§ 1 Information\nInga.\n",
        );
        assert_eq!(m.date, Date::new(2027, 4, 14).ok());
    }

    #[test]
    fn a_federations_regional_or_faculty_group_is_the_forum() {
        let forum = |title: &str| {
            read(&format!(
                "{title}\nDatum: 2027-01-12\n\n§ 1 Information\nInga.\n"
            ))
            .forum
        };
        assert_eq!(
            forum("Förbundssamverkansgruppen (FSG)").as_deref(),
            Some("Förbundssamverkansgrupp")
        );
        assert_eq!(
            forum("Minnesanteckningar – Regionala samverkansgruppen").as_deref(),
            Some("Regional samverkansgrupp")
        );
        assert_eq!(
            forum("Protokoll från institutionens samverkansgrupp").as_deref(),
            Some("Institutionens samverkansgrupp")
        );
    }

    #[test]
    fn a_unit_named_by_an_adjective_under_the_municipality() {
        let m = read(
            "STORBY KOMMUN\nSociala förvaltningen\n\nProtokoll skyddskommitté\nDatum: 2027-01-12\n\n§ 1 Information\nInga.\n",
        );
        assert_eq!(
            m.organization.as_deref(),
            Some("Storby kommun, Sociala förvaltningen")
        );
    }
    /// A letterhead's lines under the organization name the unit that met, on its line or the
    /// lines below, up to the title; a staff office that writes the protocol is left out.
    #[test]
    fn units_under_the_organization_in_the_letterhead() {
        let m = read(
            "Tallby kommun\nOmsorgen, Vård och stöd\n\nProtokoll LSG Boende Öst 3 mars 2027\n\nNärvarande: Lisa Berg, Kommunal\n\n1. Öppnande\nLisa öppnade.\n",
        );
        assert_eq!(
            m.organization.as_deref(),
            Some("Tallby kommun, Omsorgen, Vård och stöd")
        );
        let m = read(
            "MYRVIKENS KOMMUN                      PROTOKOLL\nMiljöförvaltningen                    Sida 1 (2)\nPersonalenheten\n\nFörhandling enligt 11 § MBL\nDatum: 2027-02-01\n\n§ 1 Ärende\nText.\n",
        );
        assert_eq!(
            m.organization.as_deref(),
            Some("Myrvikens kommun, Miljöförvaltningen")
        );
        let m = read(
            "Grenå kommun, Kulturförvaltningen\nFÖRHANDLINGSPROTOKOLL\n\nDatum: 2027-02-01\n\n§ 1 Ärende\nText.\n",
        );
        assert_eq!(
            m.organization.as_deref(),
            Some("Grenå kommun, Kulturförvaltningen")
        );
    }

    /// A title names the forum with its unit: after the group's letters, up to a date, a
    /// dash or a preposition; an organization after a comma is not a unit.
    /// A place in running text after the date and time, wrapped onto the next line, or in the
    /// sentence that says where the meeting was held; a table's row under its labels.
    #[test]
    fn places_in_sentences_lines_and_table_rows() {
        let place = |head: &str| {
            read(&format!(
                "Tallby kommun\nProtokoll LSG\n\n{head}\n\n1. Öppnande\nLisa öppnade.\n"
            ))
            .place
        };
        assert_eq!(
            place("Mötet ägde rum fredagen den 7/5 2027 klockan 10 i lunchrummet,\nSkolvägen 3.")
                .as_deref(),
            Some("Lunchrummet, Skolvägen 3")
        );
        assert_eq!(
            place("Måndag 3 maj 2027, klockan 8, verkstaden, fikarummet").as_deref(),
            Some("Verkstaden, fikarummet")
        );
        assert_eq!(
            place("Arbetsplatsträff 3.5.2027, kl. 14 i matsalen\npå Ekgården.").as_deref(),
            Some("Matsalen på Ekgården")
        );
        assert_eq!(
            place("Möte 3 maj 2027, kl. 18.00-20.00\nFackexpeditionen, Torget 1").as_deref(),
            Some("Fackexpeditionen, Torget 1")
        );
        assert_eq!(
            place("Datum 2027-05-03\n\nMötet hölls i biblioteket, rum 2, kl. 9-11.").as_deref(),
            Some("Biblioteket, rum 2")
        );
        assert_eq!(
            place(
                "Datum        Tid            Plats\n2027-05-03   kl. 9.00       Aulan, Skolgatan 2"
            )
            .as_deref(),
            Some("Aulan, Skolgatan 2")
        );
        assert_eq!(
            place("Plats och tid   Lilla salen, Rådhuset, kl. 13.00").as_deref(),
            Some("Lilla salen, Rådhuset")
        );
    }

    /// A table flattened column by column with no heading over it ("Namn" first), and one whose
    /// headings stand on one row over the columns' cells; roles abbreviated in parentheses.
    #[test]
    fn tables_flattened_by_column_under_their_headings() {
        let m = read(
            "Tallby kommun\nProtokoll LSG\nDatum: 2027-05-03\n\nNamn\nLisa Berg\nOlle Ek\nAnna Holm\nFunktion\nenhetschef, ordförande\nHR-konsult, sekreterare\nledamot\nOrganisation\nArbetsgivaren\nArbetsgivaren\nKommunal\nFrånvarande: Vision (Per Lind).\n\n§1 Öppnande\nLisa öppnade.\n",
        );
        assert_eq!(
            names(&m.present),
            [
                "Lisa Berg/Arbetsgivaren",
                "Olle Ek/Arbetsgivaren",
                "Anna Holm/Kommunal"
            ]
        );
        assert_eq!(m.chair.as_deref(), Some("Lisa Berg"));
        assert_eq!(m.secretary.as_deref(), Some("Olle Ek"));
        let m = read(
            "Tallby kommun\nProtokoll LSG\nDatum: 2027-05-03\n\nDeltagare\nNamn      Organisation      Roll\nLisa Berg\nOlle Ek\nAnna Holm\nArbetsgivaren\nArbetsgivaren\nKommunal\nenhetschef, ordf.\nsekr.\nskyddsombud\n\n§1 Öppnande\nLisa öppnade.\n",
        );
        assert_eq!(
            names(&m.present),
            [
                "Lisa Berg/Arbetsgivaren",
                "Olle Ek/Arbetsgivaren",
                "Anna Holm/Kommunal"
            ]
        );
        assert_eq!(m.chair.as_deref(), Some("Lisa Berg"));
        assert_eq!(m.secretary.as_deref(), Some("Olle Ek"));
        let m = read(
            "Tallby kommun\nProtokoll LSG\nDatum: 2027-05-03\n\nNärvarande\nLisa Berg, enhetschef (ordf)\nOlle Ek, HR-konsult (sekr)\nAnna Holm, Kommunal\n\n§1 Öppnande\nLisa öppnade.\n",
        );
        assert_eq!(m.chair.as_deref(), Some("Lisa Berg"));
        assert_eq!(m.secretary.as_deref(), Some("Olle Ek"));
        let m = read(
            "Tallby kommun\nProtokoll LSG\nDatum: 2027-05-03\n\nNärvarande för arbetsgivaren: Lisa Berg, enhetschef\n(ordförande), Olle Ek, HR-konsult (protokollförare), och Nils\nHolm, controller. För Kommunal: Anna Holm.\n\n§1 Öppnande\nLisa öppnade.\n",
        );
        assert_eq!(m.chair.as_deref(), Some("Lisa Berg"));
        assert_eq!(m.secretary.as_deref(), Some("Olle Ek"));
        let m = read(
            "Tallby kommun\nProtokoll LSG\nDatum: 2027-05-03\n\nFrån arbetsgivaren deltog controller Olle Ek och enhetschef Lisa Berg, som ledde mötet. Från Kommunal deltog Anna Holm.\n\n§1 Öppnande\nDagordningen godkändes.\n",
        );
        assert_eq!(m.chair.as_deref(), Some("Lisa Berg"));
        // A board's members under "Ledamot", their offices under "Funktion".
        let m = read(
            "Vision Tallby\nStyrelseprotokoll\nDatum: 2027-05-03\n\nNärvarande\nLedamot\nLisa Berg\nOlle Ek\nAnna Holm\nFunktion\nordförande\nsekreterare\nkassör\n\n§1 Öppnande\nLisa öppnade.\n",
        );
        assert_eq!(m.secretary.as_deref(), Some("Olle Ek"));
    }

    /// A negotiation's title wrapped onto a second line; a "samverkansmöte" is a forum.
    #[test]
    fn a_wrapped_negotiation_title_and_a_samverkansmote() {
        let m = read(
            "Tallby kommun\n\nFörhandling enligt 14 § lagen (1976:580) om medbestämmande i\narbetslivet (MBL)\n\nDatum: 2027-05-03\n\n§ 1 Öppnande\nText.\n",
        );
        assert_eq!(m.forum.as_deref(), Some("Förhandling enligt 14 § MBL"));
        // An agency's protocol named in the genitive, the law's paragraph after its name.
        let m = read(
            "SJÖFARTSVERKETS FÖRHANDLINGSPROTOKOLL          2027-05-03\nRegion Öst                                     Dnr 12\n\nFÖRHANDLINGSPROTOKOLL enligt MBL § 14\n\n§ 1 Öppnande\nText.\n",
        );
        assert_eq!(m.forum.as_deref(), Some("Förhandling enligt 14 § MBL"));
        assert_eq!(
            m.organization.as_deref(),
            Some("Sjöfartsverket, Region Öst")
        );
        let m = read(
            "Tallby kommun\n\nMINNESANTECKNINGAR\nSamverkansmöte kultur och fritid\n\nDatum: 2027-05-03\n\n1. Öppnande\nText.\n",
        );
        assert_eq!(m.forum.as_deref(), Some("Samverkansmöte kultur och fritid"));
    }

    /// The deadline in the municipal head's "Justeringens" line with its value beside it; a plan
    /// "justerades" under a matter is no approval of the minutes.
    #[test]
    fn approval_deadline_beside_its_label_and_not_from_an_adjusted_plan() {
        let m = read(
            "Tallby kommun\nProtokoll LSG\nDatum: 2027-05-03\n\nJusteringens   Kommunhuset, fredag 7 maj 2027\nplats och tid\n\n§ 1 Öppnande\nText.\n",
        );
        assert_eq!(m.approval_deadline, Some(jiff::civil::date(2027, 5, 7)));
        let m = read(
            "Tallby kommun\nProtokoll LSG\nDatum: 2027-05-03\n\n§ 1 Öppnande\nText.\n\n§ 2 Schema\nSchemat justerades så att besked ges senast 20/5 till alla.\n",
        );
        assert_eq!(m.approval_deadline, None);
    }

    /// A union's board papers reporting from a samverkan meeting: the day is the meeting's;
    /// a branch named "Sektion" and its place is the union's organization.
    #[test]
    fn a_report_from_a_samverkan_meeting_and_a_union_section() {
        let m = read(
            "Vision Tallby kommun\nStyrelsemöte 2027-05-10\n\nRAPPORT FRÅN FSG 4 MAJ 2027\n\nFrån Vision deltog Lisa Berg.\n\n1) Budget\nText.\n",
        );
        assert_eq!(m.date, Some(jiff::civil::date(2027, 5, 4)));
        let m = read(
            "Seko Sektion Tallby\nStyrelseprotokoll\n\nStyrelsemöte 3 maj 2027\n\n§ 1 Öppnande\nText.\n",
        );
        assert_eq!(m.organization.as_deref(), Some("Seko Sektion Tallby"));
    }

    /// A party absent told in a sentence of its own: "hade ingen representant", "hade inte
    /// skickat någon", "Från X deltog ingen", "hade anmält förhinder och …", a note after it.
    #[test]
    fn a_party_absent_in_a_sentence_after_the_list() {
        let absent = |after: &str| {
            let m = read(&format!(
                "Tallby kommun\nProtokoll LSG\nDatum: 2027-05-03\n\nNärvarande\nNamn\nLisa Berg\nOlle Ek\nAnna Holm\nPart\nAG\nAG\nKommunal\n\n{after}\n\n§1 Öppnande\nLisa öppnade.\n"
            ));
            names(&m.absent)
        };
        assert_eq!(
            absent("Frånvarande: Per Lind, controller (AG). Vision hade ingen representant."),
            ["Per Lind/Arbetsgivaren", "-/Vision"]
        );
        assert_eq!(
            absent("Ej närvarande: Ledarna (ingen representant utsedd)"),
            ["-/Ledarna"]
        );
        assert_eq!(absent("Vision hade inte skickat någon."), ["-/Vision"]);
        assert_eq!(absent("Från Ledarna deltog ingen."), ["-/Ledarna"]);
        assert_eq!(
            absent(
                "Vision hade anmält förhinder och har meddelat att man ansluter sig till protokollet."
            ),
            ["-/Vision"]
        );
        assert_eq!(
            absent(
                "Vision hade anmält förhinder och har meddelat att man\nansluter sig till protokollet."
            ),
            ["-/Vision"]
        );
    }

    /// A compact head of role and union lines with no list of those present: its people.
    #[test]
    fn people_of_role_and_union_lines_in_the_head() {
        let m = read(
            "Tallby kommun\nProtokoll LSG\nDatum: 2027-05-03\n\nOrdförande: Lisa Berg, enhetschef\nSekreterare: Olle Ek\nKommunal: Anna Holm (skyddsombud), Per Lind\nVision: Eva Ek\nJusterare: Anna Holm\n\n1. Öppnande\nLisa öppnade.\n",
        );
        assert_eq!(
            names(&m.present),
            [
                "Lisa Berg/Arbetsgivaren",
                "Olle Ek/Arbetsgivaren",
                "Anna Holm/Kommunal",
                "Per Lind/Kommunal",
                "Eva Ek/Vision"
            ]
        );
        assert_eq!(m.chair.as_deref(), Some("Lisa Berg"));
        assert!(
            m.approvers
                .iter()
                .any(|a| a.name.as_deref() == Some("Anna Holm"))
        );
    }

    /// A role opening a sentence of attendance is capitalized there, not part of the name.
    #[test]
    fn a_role_opening_a_sentence_is_not_part_of_the_name() {
        let m = read(
            "Tallby kommun\nProtokoll LSG\nDatum: 2027-05-03\n\nNärvarande för arbetsgivaren var Lisa Berg, rektor (ordf.). Skyddsombudet Anna Holm (Kommunal) deltog för arbetstagarna.\n\n1. Öppnande\nLisa öppnade.\n",
        );
        let found: Vec<_> = m.present.iter().filter_map(|a| a.name.clone()).collect();
        assert!(found.contains(&"Anna Holm".to_string()), "{found:?}");
        // A party with its federation in parentheses before its person.
        let m = read(
            "Tallby kommun\nProtokoll LSG\nDatum: 2027-05-03\n\nNärvarande för arbetstagarna var för Vision Eva Ek och för Läkarföreningen (Sveriges läkarförbund) Per\nLind.\n\n1. Öppnande\nEva öppnade.\n",
        );
        assert!(
            names(&m.present).contains(&"Per Lind/Sveriges läkarförbund".to_string()),
            "{:?}",
            names(&m.present)
        );
    }

    /// A table of sides written "För X" in the first column, more people on indented lines.
    #[test]
    fn a_table_of_sides_written_with_for() {
        let m = read(
            "Tallby kommun\nFörhandling enligt 11 § MBL\nDatum: 2027-05-03\n\nNärvarande\nFör arbetsgivaren          Lisa Berg, enhetschef\n                           Olle Ek, HR-konsult (protokollförare)\nFör Kommunal               Anna Holm, ombud\nFör Sveriges läkarförbund  Per Lind, Tallby läkarförening\n\n1. Öppnande\nLisa öppnade.\n",
        );
        assert_eq!(
            names(&m.present),
            [
                "Lisa Berg/Arbetsgivaren",
                "Olle Ek/Arbetsgivaren",
                "Anna Holm/Kommunal",
                "Per Lind/Sveriges läkarförbund"
            ]
        );
    }

    /// The name under "Vid protokollet" signs as secretary: not an approver, and the secretary
    /// over a role read from a list.
    #[test]
    fn the_name_under_vid_protokollet_is_the_secretary() {
        let m = read(
            "Tallby kommun\nProtokoll LSG\nDatum: 2027-05-03\n\nNärvarande\nLisa Berg, enhetschef, ordförande\nOlle Ek, controller, sekreterare\nAnna Holm, Kommunal\nPer Lind, HR-konsult\n\n1. Öppnande\nLisa öppnade.\n\n2. Protokollets justering\nProtokollet justeras av Lisa Berg och Anna Holm.\n\nVid protokollet\n\nPer Lind\n\nJusteras\n\nLisa Berg          Anna Holm\n",
        );
        assert_eq!(m.secretary.as_deref(), Some("Per Lind"));
        let approvers: Vec<_> = m.approvers.iter().filter_map(|a| a.name.clone()).collect();
        assert!(
            !approvers.contains(&"Per Lind".to_string()),
            "{approvers:?}"
        );
    }

    #[test]
    fn a_forum_is_named_with_the_unit_its_title_gives() {
        let forum = |title: &str| {
            read(&format!(
                "Tallby kommun\n\n{title}\n\nNärvarande: Lisa Berg, Kommunal\n\n1. Öppnande\nLisa öppnade.\n"
            ))
            .forum
        };
        assert_eq!(
            forum("Protokoll LSG Boende Öst den 3 mars 2027").as_deref(),
            Some("LSG Boende Öst")
        );
        assert_eq!(
            forum("Lokal samverkansgrupp (LSG) Hemtjänst Norr").as_deref(),
            Some("Lokal samverkansgrupp Hemtjänst Norr")
        );
        assert_eq!(
            forum("PROTOKOLL SKYDDSKOMMITTÉ AVDELNING 4, TALLBY SJUKHUS – APRIL 2027").as_deref(),
            Some("Skyddskommitté Avdelning 4, Tallby Sjukhus")
        );
        assert_eq!(
            forum("Förvaltningsgrupp, Område kultur").as_deref(),
            Some("Förvaltningsgrupp, Område kultur")
        );
        assert_eq!(
            forum("SKYDDSKOMMITTÉ – KULTUR OCH FRITID").as_deref(),
            Some("Skyddskommitté – Kultur och Fritid")
        );
        assert_eq!(
            forum("FÖRVALTNINGSGRUPP (FSG) – samverkan enligt avtalet").as_deref(),
            Some("Förvaltningsgrupp")
        );
        assert_eq!(
            forum("Anteckningar – Regional samverkansgrupp (RSG), Region Tallby").as_deref(),
            Some("Regional samverkansgrupp")
        );
        assert_eq!(
            forum("Protokoll fört vid skyddskommitténs sammanträde i Tallby").as_deref(),
            Some("Skyddskommitté")
        );
    }

    /// Side labels that name the members ("Ledamöter arbetstagarna:") or the others present from
    /// a side ("Övriga närvarande från arbetsgivaren:") open the attendance; the chair and the
    /// secretary labelled above such a list attended too, the secretary labelled below it not.
    #[test]
    fn side_labels_open_the_attendance_and_officers_above_them_attended() {
        let m = read(
            "Protokoll samverkansgrupp\nDatum: 2025-02-03\n\nLedamöter arbetsgivaren: Olle Rydberg, Siv Alm (enhetschef)\nLedamöter arbetstagarna: Pia Strand (Vision), Åke Norell (Kommunal)\nFrånvarande: Tor Lindell (Vårdförbundet)\n\n§ 1 Öppnande\nMötet öppnades.\n",
        );
        assert_eq!(
            names(&m.present),
            [
                "Olle Rydberg/Arbetsgivaren",
                "Siv Alm/Arbetsgivaren",
                "Pia Strand/Vision",
                "Åke Norell/Kommunal"
            ]
        );
        assert_eq!(names(&m.absent), ["Tor Lindell/Vårdförbundet"]);
        let m = read(
            "Protokoll samverkansgrupp\nDatum: 2025-02-03\n\nOrdförande: Mona Friberg, skolchef\nSekreterare: Ulf Dahlén, HR\n\nÖvriga närvarande från arbetsgivaren:\nKent Ragnarsson, rektor\n\nFrån arbetstagarorganisationerna:\nLiv Söder, Vision\n\n§ 1 Öppnande\nMötet öppnades.\n",
        );
        assert_eq!(
            names(&m.present),
            [
                "Mona Friberg/Arbetsgivaren",
                "Ulf Dahlén/Arbetsgivaren",
                "Kent Ragnarsson/Arbetsgivaren",
                "Liv Söder/Vision"
            ]
        );
        let m = read(
            "Protokoll samverkansgrupp\nDatum: 2025-02-03\n\nNärvarande:\nArbetsgivarsidan: Mona Friberg (ordförande)\nArbetstagarsidan: Liv Söder (Vision)\nSekreterare: Ulf Dahlén\n\n§ 1 Öppnande\nMötet öppnades.\n",
        );
        assert_eq!(
            names(&m.present),
            ["Mona Friberg/Arbetsgivaren", "Liv Söder/Vision"]
        );
    }

    /// A head in the municipal layout whose lists are labelled by side ("Arbetsgivare",
    /// "Arbetstagare") instead of "Beslutande"; "Utses att justera" names the approvers on its
    /// line, not the people listed above it; a union's person with a role after the union.
    #[test]
    fn a_municipal_head_labelled_by_side_and_approvers_appointed_on_their_line() {
        let m = read(
            "Plats och tid   Rådhuset, kl 10.00-12.00\n\nArbetsgivare    Sten Fagerlund, socialchef, ordförande\n                Lis Wranne, HR-konsult, sekreterare\n\nArbetstagare    Ove Strandh, Vision\n                Gun Ljungqvist, Kommunal, huvudskyddsombud\n\nEj närvarande   Per Sandahl, Vårdförbundet\n\nUtses att justera    Ove Strandh och Gun Ljungqvist\n\nUnderskrifter   Sekreterare\n\n1. Öppnande\nMötet öppnades.\n",
        );
        assert_eq!(
            names(&m.present),
            [
                "Sten Fagerlund/Arbetsgivaren",
                "Lis Wranne/Arbetsgivaren",
                "Ove Strandh/Vision",
                "Gun Ljungqvist/Kommunal"
            ]
        );
        assert_eq!(m.present[3].role.as_deref(), Some("huvudskyddsombud"));
        assert_eq!(names(&m.absent), ["Per Sandahl/Vårdförbundet"]);
        let approvers: Vec<_> = m.approvers.iter().filter_map(|a| a.name.clone()).collect();
        assert_eq!(approvers, ["Ove Strandh", "Gun Ljungqvist"]);
        // A sentence wrapped before its verb still names its approvers.
        let m = read(
            "Protokoll LSG\nDatum: 2025-02-03\nNärvarande: Ove Strandh (Vision), Sten Fagerlund (arbetsgivaren)\n\n§ 1 Öppnande\nMötet öppnades. Ove Strandh\nvaldes att justera protokollet.\n",
        );
        let approvers: Vec<_> = m.approvers.iter().filter_map(|a| a.name.clone()).collect();
        assert_eq!(approvers, ["Ove Strandh"]);
    }

    /// A negotiation's table of sides, each side with its "för" in the first column and its
    /// people beside it, is the attendance; a union's person who chairs the club does not chair
    /// the negotiation that a label names the chair of.
    #[test]
    fn a_table_of_sides_written_with_for_is_the_attendance() {
        let m = read(
            "FÖRHANDLINGSPROTOKOLL\nDatum   2025-09-02\n\nFör arbetsgivaren    Maj Norrby, förvaltningschef\n                     Leif Åström, HR-chef\n\nFör Unionen          Tilda Ekwall, ordf. klubben\n                     Jon Sällström\n\nOrdförande: Maj Norrby    Sekreterare: Leif Åström\n\n§ 1 Öppnande\nFörhandlingen öppnades.\n",
        );
        assert_eq!(
            names(&m.present),
            [
                "Maj Norrby/Arbetsgivaren",
                "Leif Åström/Arbetsgivaren",
                "Tilda Ekwall/Unionen",
                "Jon Sällström/Unionen"
            ]
        );
        assert_eq!(m.chair.as_deref(), Some("Maj Norrby"));
    }

    /// The chair and the secretary named in a sentence, a title before the name.
    #[test]
    fn the_chair_and_secretary_named_in_a_sentence() {
        let m = read(
            "Protokoll samverkansgrupp\nDatum: 2025-05-06\n\nMötet hölls i Rådhuset. Ordförande var\nenhetschef Sten Fagerlund och protokollet fördes av HR-konsult Lis Wranne.\n\n§ 1 Öppnande\nMötet öppnades.\n",
        );
        assert_eq!(m.chair.as_deref(), Some("Sten Fagerlund"));
        assert_eq!(m.secretary.as_deref(), Some("Lis Wranne"));
        let m = read(
            "Anteckningar LSG\nDatum: 2025-05-06\n\nMötet leddes av Kent Ragnarsson. Sekreterare var Pia Strand.\n\n§ 1 Öppnande\nMötet öppnades.\n",
        );
        assert_eq!(m.chair.as_deref(), Some("Kent Ragnarsson"));
        assert_eq!(m.secretary.as_deref(), Some("Pia Strand"));
        let m = read(
            "Rapport från FSG\n\nVi träffades den 6 maj 2025. Socialchef Mona Friberg ledde mötet och vi tog upp schemat.\n",
        );
        assert_eq!(m.chair.as_deref(), Some("Mona Friberg"));
        // Text whose å, ä and ö OCR stripped reads the same.
        let m = read(
            "Anteckningar LSG\nDatum: 2025-05-06\n\nOrdforande var Kent Ragnarsson och protokollet fordes av Pia Strand.\n\n§ 1 Oppnande\nMotet oppnades.\n",
        );
        assert_eq!(m.chair.as_deref(), Some("Kent Ragnarsson"));
        assert_eq!(m.secretary.as_deref(), Some("Pia Strand"));
    }

    /// A table flattened column by column under its headings stacked one to a line ("Namn",
    /// "Roll", "Förbund"): the names, then the roles, then the parties, aligned by count.
    #[test]
    fn a_flattened_table_under_stacked_column_headings() {
        let m = read(
            "Protokoll LSG\nDatum: 2025-03-04\n\nNärvarande\nNamn\nRoll\nFörbund\nSiv Alm\nPia Strand\nÅke Norell\nenhetschef, ordförande\nombud\nskyddsombud\nArbetsgivaren\nVision\nKommunal\n\n§ 1 Öppnande\nMötet öppnades.\n",
        );
        assert_eq!(
            names(&m.present),
            [
                "Siv Alm/Arbetsgivaren",
                "Pia Strand/Vision",
                "Åke Norell/Kommunal"
            ]
        );
        assert_eq!(m.chair.as_deref(), Some("Siv Alm"));
    }

    /// A line that ends in a name that may be a given name ("Yusuf") is not joined to the next
    /// line when that line is a party's own ("Sveriges Lärare: …").
    #[test]
    fn a_partys_line_is_not_the_surname_of_the_line_before() {
        let m = read(
            "Protokoll FSG\nDatum: 2025-03-04\n\nNärvarande:\nArbetsgivaren: Siv Alm, Olle Rydberg\nVision: Pia Strand, Kim Lind\nKommunal: Omar Yusuf\nSveriges Lärare: Åke Norell\n\n§ 1 Öppnande\nMötet öppnades.\n",
        );
        let present = names(&m.present);
        assert!(
            present.contains(&"Omar Yusuf/Kommunal".to_string()),
            "{present:?}"
        );
        assert!(
            present.contains(&"Åke Norell/Sveriges Lärare".to_string()),
            "{present:?}"
        );
    }

    /// A date under its label ("Datum  3.2.2027", or the label alone over its value) is the
    /// meeting's, before a title that dates the board meeting prepared for.
    #[test]
    fn a_labelled_date_comes_before_a_dated_title() {
        let m = read(
            "Protokoll, MBL-förhandling inför nämnden 2027-03-01\n\nDatum        3.2.2027\nTid          10.00–11.00\n\n§ 1 Öppnande\nOrdföranden öppnade.\n",
        );
        assert_eq!(m.date, Date::new(2027, 2, 3).ok());
        let m = read(
            "Tallby Energi AB\nSAMMANTRÄDESPROTOKOLL\nSammanträdesdatum\n2027-02-03\nJusteringens plats och tid\nKontoret, tisdagen den 9 februari 2027\n\n§ 1 Öppnande\nOrdföranden öppnade.\n",
        );
        assert_eq!(m.date, Date::new(2027, 2, 3).ok());
        assert_eq!(m.approval_deadline, Date::new(2027, 2, 9).ok());
    }

    /// "onsdagen den 3/2" with the year only in a footer or a publishing line: the footer's
    /// whole date of that day, or the day in the year of the first whole date.
    #[test]
    fn a_yearless_day_in_the_head_takes_its_year_from_a_whole_date() {
        let m = read(
            "Protokoll fört vid samverkansgruppen\nonsdagen den 3/2 kl. 9.00 i Tallby.\n\nPunkt 1 Öppnande\nMötet öppnades.\n\nProtokoll samverkansgruppen 2027-02-03\n",
        );
        assert_eq!(m.date, Date::new(2027, 2, 3).ok());
        // A report whose publishing line comes after its body.
        let m = read(
            "Rapport från samverkan den 3 februari\n\n1. Lokaler\nVi tog upp köket.\nSvaret kom.\n\n2. Bemanning\nVi frågade om vikarier.\nInga fler tas in.\n\n3. Scheman\nNya scheman läggs.\nDe gäller från maj.\n\n4. Övrigt\nInget mer togs upp.\nMötet avslutades.\n\n5. Nästa möte\nDet blir i mars.\nKallelse kommer.\n\nPublicerad 2027-02-10\n",
        );
        assert_eq!(m.date, Date::new(2027, 2, 3).ok());
    }

    /// "Justering senast tisdag 9.2." and "justerar\nprotokollet inom en vecka" across a line
    /// give the deadline; a "Justerandes signatur" footer beside a dated page header does not.
    #[test]
    fn deadlines_in_dots_across_lines_and_not_from_a_signature_footer() {
        let m = read(
            "Samverkansgrupp\nDatum: 2027-02-03\n\n§ 1 Öppnande\nMötet öppnades. Justering senast tisdag 9.2.\n\n§ 2 Information\nIngen.\n",
        );
        assert_eq!(m.approval_deadline, Date::new(2027, 2, 9).ok());
        let m = read(
            "Samverkansgrupp\nDatum: 2027-02-03\n\n§ 1 Justering\nLeo Tran (Vision) justerar\nprotokollet med ordföranden inom en vecka.\n\n§ 2 Information\nIngen.\n",
        );
        assert_eq!(m.approval_deadline, Date::new(2027, 2, 10).ok());
        let m = read(
            "Samverkansgrupp\nDatum: 2027-02-03\n\n§ 1 Information\nChefen informerade om bemanningen.\n\nJusterandes signatur        Sida 1 av 2\nTallby AB · Sammanträdesprotokoll 2027-02-03\n\n§ 2 Övrigt\nInget.\n",
        );
        assert_eq!(m.approval_deadline, None);
    }

    /// A forum with its unit in a labelled right-hand cell, a report's title, a "fört vid
    /// sammanträde med" sentence or a code joined by a hyphen; "för" opens no unit.
    #[test]
    fn a_forum_with_its_unit_in_a_label_a_report_a_sentence_or_a_joined_code() {
        let forum = |title: &str| {
            read(&format!(
                "Tallby kommun\n\n{title}\n\nNärvarande: Lisa Berg, Kommunal\n\n1. Öppnande\nLisa öppnade.\n"
            ))
            .forum
        };
        assert_eq!(
            forum("                                      Forum: LSG Kultur och fritid").as_deref(),
            Some("LSG Kultur och fritid")
        );
        assert_eq!(
            forum("Rapport från FSG Teknik och miljö 9 mars").as_deref(),
            Some("FSG Teknik och miljö")
        );
        assert_eq!(
            forum("Protokoll fört vid sammanträde med Lokalt samverkansråd Drift Syd tisdagen den 3/2 2027").as_deref(),
            Some("Lokalt samverkansråd Drift Syd")
        );
        assert_eq!(
            forum("PROTOKOLL FSG-KF nr 1/2027").as_deref(),
            Some("FSG-KF")
        );
        assert_eq!(
            forum("FÖRVALTNINGSSAMVERKAN KFF – PROTOKOLL 3 FEBRUARI 2027").as_deref(),
            Some("Förvaltningssamverkan KFF")
        );
        assert_eq!(
            forum("Protokoll fört vid möte med samverkansgruppen för\nkulturförvaltningen den 3/2 2027").as_deref(),
            Some("Samverkansgrupp")
        );
    }

    /// A place after "och" and a verb, across an abbreviation's point, over a line break of its
    /// sentence, or in a head flattened labels first.
    #[test]
    fn a_place_in_a_sentence_or_a_table_flattened_labels_first() {
        let place = |head: &str| {
            read(&format!(
                "Tallby kommun\nProtokoll samverkansgrupp\n{head}\n\n§ 1 Öppnande\nMötet öppnades.\n"
            ))
            .place
        };
        assert_eq!(
            place("Mötet hölls den 3/2 2027 på Ekan i kommunhuset och leddes av Eva Ek.")
                .as_deref(),
            Some("Ekan i kommunhuset")
        );
        assert_eq!(
            place("Möte 3.2.2027, kl 07:00, byggboden kv. Linden, Tallby").as_deref(),
            Some("Byggboden kv. Linden, Tallby")
        );
        assert_eq!(
            place("Mötet hölls den 3/2 2027 klockan 9 i sammanträdesrummet\nAsken, plan 2, Tallby sjukhus.").as_deref(),
            Some("Sammanträdesrummet Asken, plan 2, Tallby sjukhus")
        );
        assert_eq!(
            place("Forum\nDatum\nTid\nPlats\nOrdförande\nFSG Teknik\n3.2.2027\n09:00–11:00\nAsken, Storgatan 4\nEva Ek").as_deref(),
            Some("Asken, Storgatan 4")
        );
    }

    /// A negotiation's kind before its matter under "Ärende:", or in a title "Protokoll från
    /// förhandling enligt MBL" without a paragraph; an agenda point reading the same is no head.
    #[test]
    fn a_negotiation_kind_before_its_matter_or_without_its_paragraph() {
        let forum = |head: &str| {
            read(&format!(
                "Tallby Verkstad AB\n\n{head}\nTid: 3.2.2027, kl. 09.00\n\n§ 1 Öppnande\nMötet öppnades.\n"
            ))
            .forum
        };
        assert_eq!(
            forum("Ärende:   Förhandling enligt 11 § MBL – nytt schema i lagret").as_deref(),
            Some("Förhandling enligt 11 § MBL")
        );
        assert_eq!(
            forum("PROTOKOLL FRÅN FÖRHANDLING ENLIGT MBL").as_deref(),
            Some("Förhandling enligt MBL")
        );
        assert_eq!(
            forum("Skyddskommitté\nFörhandling enligt 11 § MBL – nytt schema i lagret").as_deref(),
            Some("Skyddskommitté")
        );
    }

    /// A region's or a municipality's group named in the title after one of its units in the
    /// definite form met for that unit: the unit joins the organization.
    #[test]
    fn a_public_body_with_a_unit_in_the_forum_title_names_that_unit() {
        let m = read(
            "Region Norrby\nProtokoll FSG Tandvården 2025-10-02\n\n§ 1 Mötets öppnande\nMötet öppnades.\n",
        );
        assert_eq!(m.forum.as_deref(), Some("FSG Tandvården"));
        assert_eq!(m.organization.as_deref(), Some("Region Norrby, Tandvården"));
        let m = read(
            "Ekeby kommun\nLokal samverkansgrupp (LSG) Habiliteringen\nDatum: 2025-10-02\n\n§ 1 Mötets öppnande\nMötet öppnades.\n",
        );
        assert_eq!(
            m.organization.as_deref(),
            Some("Ekeby kommun, Habiliteringen")
        );
        // A unit that is no definite name ("Hemtjänst Öst") names the group, not the organization.
        let m = read(
            "Ekeby kommun\nProtokoll LSG Hemtjänst Öst 2025-10-02\n\n§ 1 Mötets öppnande\nMötet öppnades.\n",
        );
        assert_eq!(m.organization.as_deref(), Some("Ekeby kommun"));
    }

    /// A group that is both samverkansgrupp and skyddskommitté is named by both, joined by a
    /// slash as its title writes it.
    #[test]
    fn a_forum_named_by_two_joined_with_a_slash_keeps_both() {
        let m = read(
            "Ekeby kommun\nProtokoll Samverkansgrupp/skyddskommitté 2025-10-02\n\n§ 1 Mötets öppnande\nMötet öppnades.\n",
        );
        assert_eq!(m.forum.as_deref(), Some("Samverkansgrupp/skyddskommitté"));
        let m = read(
            "Ekeby kommun\nLSG/Skyddskommitté Gatuenheten\nDatum: 2025-10-02\n\n§ 1 Mötets öppnande\nMötet öppnades.\n",
        );
        assert_eq!(m.forum.as_deref(), Some("LSG/skyddskommitté Gatuenheten"));
    }

    /// The date of the previous meeting's minutes, read early in a short protocol, is not the
    /// meeting's: the day named in the opening line, in the year of the title, is.
    #[test]
    fn the_previous_minutes_date_is_not_the_meetings() {
        let m = read(
            "Samverkansgrupp Ekeby 2025\nMöte onsdagen den 8/10 kl. 13\n\n§ 1 Föregående protokoll\nProtokollet från 2025-09-03 godkändes.\n",
        );
        assert_eq!(m.date.map(|d| d.to_string()).as_deref(), Some("2025-10-08"));
    }

    /// A company's letterhead names it whole, in capitals too and with "i" inside its name;
    /// the lines under it (its town, its employers' organization) are not units of it.
    #[test]
    fn a_company_letterhead_is_the_whole_organization() {
        let m = read(
            "Ekby Mekaniska AB\nVästerås\n\nProtokoll skyddskommitté 2025-10-02\n\n§ 1 Mötets öppnande\nMötet öppnades.\n",
        );
        assert_eq!(m.organization.as_deref(), Some("Ekby Mekaniska AB"));
        let m = read(
            "EKBY BYGGTJÄNST AB\nMedlem i Byggföretagen\n\nProtokoll skyddskommitté 2025-10-02\n\n§ 1 Mötets öppnande\nMötet öppnades.\n",
        );
        assert_eq!(m.organization.as_deref(), Some("Ekby Byggtjänst AB"));
        let m = read(
            "Ekby Måleri i Norrland AB\nProtokoll skyddskommitté 2025-10-02\n\n§ 1 Mötets öppnande\nMötet öppnades.\n",
        );
        assert_eq!(m.organization.as_deref(), Some("Ekby Måleri i Norrland AB"));
    }

    /// A place's label after a date and time written without a colon, as a hasty head does.
    #[test]
    fn a_place_label_after_a_date_without_a_colon_gives_the_place() {
        let m = read(
            "Protokoll LSG Ekeby\ndatum 3.2.2025 kl 9-11 lokal: personalrummet Ekgården\n\n§ 1 Mötets öppnande\nMötet öppnades.\n",
        );
        assert_eq!(m.place.as_deref(), Some("personalrummet Ekgården"));
    }
}
