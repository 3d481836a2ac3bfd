//! The meeting's head: organization, forum and unit, document kind, date, time, place and the next meeting.

use super::*;

/// The unit a title names after its forum: "Protokoll LSG Hemtjänst Öst den 4 mars",
/// "Lokal samverkansgrupp (LSG) Frivården Ekby", "Skyddskommitté, Område akut":
/// each unit has its own group, so its name is part of the forum's. Only in a line that is the
/// title (the forum after nothing but what the document is), up to a date, a time, a dash or a
/// preposition; the group's letters in parentheses are left out.
pub(super) fn forum_unit(line: &str, start: usize, end: usize) -> Option<String> {
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
        // "FSG Äldreomsorgen, Ekby kommun": the municipality after a comma is the organization.
        let organization = organization_in(kept).is_some_and(|o| o == kept);
        if kept.is_empty() || (k > 0 && (!kept.starts_with(char::is_uppercase) || organization)) {
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
                crate::text::capitalized(&lower)
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

/// "Habiliteringen – Samverkansgrupp (SVG)": the unit whose group it is, named in the definite
/// form before the forum and a dash, at the start of the title's cell.
pub(super) fn unit_before_forum(line: &str, start: usize) -> Option<String> {
    static UNIT_DASH: LazyLock<Regex> = LazyLock::new(|| {
        crate::text::lenient_regex(r"^\s*(?P<u>\p{Lu}\p{Ll}{3,}(?:en|et|na))\s+[–—-]\s*$")
    });
    let cell_start = line[..start].rfind("   ").map_or(0, |k| k + 3);
    let unit = UNIT_DASH
        .captures(&line[cell_start..start])?
        .name("u")?
        .as_str();
    (!DOCUMENT_KIND.is_match(unit)).then(|| unit.to_string())
}

/// "FSG – förvaltningens samverkansgrupp": a forum's letters with its name spelled out after a
/// dash are named by both.
pub(super) fn letters_spelled_out(line: &str, letters: &str, end: usize) -> Option<String> {
    static DASH: LazyLock<Regex> = LazyLock::new(|| crate::text::lenient_regex(r"^\s+[–—-]\s+"));
    if !(2..=4).contains(&letters.len()) || !letters.chars().all(|c| c.is_ascii_uppercase()) {
        return None;
    }
    let rest = &line[end..];
    let after = &rest[DASH.find(rest)?.end()..];
    let spelled = FORUM.find(after).filter(|m| m.start() == 0)?;
    Some(format!(
        "{letters} – {}",
        crate::text::collapse(spelled.as_str())
    ))
}

/// "Lokal samverkansgrupp (LSG) med skyddskommittéfunktion": a samverkan group that also
/// serves as the safety committee, as the samverkan agreements name it; the function is part
/// of the forum's name.
pub(super) fn safety_function(line: &str, end: usize) -> Option<String> {
    static FUNCTION: LazyLock<Regex> = LazyLock::new(|| {
        crate::text::lenient_regex(
            r"^\s*(?:\(\p{Lu}{2,6}\)\s*)?(?P<f>med\s+(?:skyddskommitt[ée]funktion|skyddskommitt[ée]ns\s+(?:uppgifter|funktion)))\b",
        )
    });
    Some(
        FUNCTION
            .captures(&line[end..])?
            .name("f")?
            .as_str()
            .to_string(),
    )
}

/// "Förvaltningsgrupp" over "funktionsstöd" in a letterhead's column: the forum's name wrapped
/// onto the next line, lower-case words starting in the forum's column, nothing after the forum
/// on its line.
pub(super) fn forum_wrapped(doc: &Doc, line: usize, start: usize, end: usize) -> Option<String> {
    static WORDS: LazyLock<Regex> = LazyLock::new(|| {
        crate::text::lenient_regex(r"^\p{Ll}[\p{L}-]+(?:[ ]\p{Ll}[\p{L}-]+){0,2}(?:\s{3,}|\s*$)")
    });
    let text = doc.line_text(line);
    if !text[end..]
        .split("   ")
        .next()
        .unwrap_or("")
        .trim()
        .is_empty()
        || line + 1 >= doc.lines.len()
    {
        return None;
    }
    let column = text[..start].chars().count();
    let next = doc.line_text(line + 1);
    let indent: String = next.chars().take(column).collect();
    if column == 0 || !indent.ends_with(' ') {
        return None;
    }
    let rest = &next[indent.len()..];
    WORDS.find(rest).map(|m| m.as_str().trim().to_string())
}

/// "Region Norrby" with "FSG Tandvården" in the title: a region's or a municipality's group
/// named after one of its units (a name in the definite form, "Tandvården",
/// "Socialförvaltningen") met for that unit, which is then part of the organization as a
/// letterhead would write it ("Region Norrby, Tandvården").
pub(super) fn unit_of_title(organization: &str, unit: &str) -> Option<String> {
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
pub(super) fn reported_day(doc: &Doc, head: &[usize], year_of: Option<Date>) -> Option<Date> {
    head.iter().find_map(|&i| {
        let rest = report_from_forum(doc.line_text(i))?;
        lexicon::dates(rest, year_of).first().and_then(|d| d.date)
    })
}

/// Whether the head is a union's report from a samverkan meeting ("Rapport från CSG").
pub(super) fn is_report_from_forum(doc: &Doc, head: &[usize]) -> bool {
    head.iter()
        .any(|&i| report_from_forum(doc.line_text(i)).is_some())
}

/// What follows the forum in a line reporting from it ("Rapport från CSG 3 september": " 3
/// september").
fn report_from_forum(line: &str) -> Option<&str> {
    static REPORT: LazyLock<Regex> = LazyLock::new(|| {
        crate::text::lenient_regex(
            r"(?i)^\s*(?:rapport|återrapport(?:ering)?|referat)\s+från\s+(?:(?:mötet|sammanträdet)\s+(?:i|med)\s+)?(?P<r>.+)$",
        )
    });
    let rest = REPORT.captures(line)?.name("r")?.as_str();
    let c = FORUM.captures(rest)?;
    let whole = c.get(0)?;
    let forum = forum_name(c.name("f")?.as_str());
    (whole.start() == 0 && !forum.to_lowercase().contains("styrelse")).then(|| &rest[whole.end()..])
}

/// A local forum's workplace on a line of its own beside the forum's line ("Lokal
/// samverkansgrupp (LSG)" under "Primärvården, Vårdcentralen Ek"; "Arbetsplatsträff" over
/// "Förskolan Lärkan"): each workplace has its own local group, so the workplace names it too.
pub(super) fn workplace_beside(
    doc: &Doc,
    head: &[usize],
    line: usize,
    forum: &str,
) -> Option<String> {
    static LOCAL: LazyLock<Regex> = LazyLock::new(|| {
        crate::text::lenient_regex(r"(?i)^(?:lokal\s+samverkansgrupp|lsg|arbetsplatsträff|apt)\b")
    });
    static WORKPLACE: LazyLock<Regex> = LazyLock::new(|| {
        crate::text::lenient_regex(
            r"^(?:\p{Lu}[\p{L}-]*(?:förskola|skola|skolan|förskolan|vårdcentral|vårdcentralen|boende|boendet|hemtjänst|hemtjänsten|mottagning|mottagningen|kliniken|biblioteket|köket|gymnasiet)|(?:Förskolan|Skolan|Vårdcentralen|Hälsocentralen|Mottagningen|Biblioteket|Hemtjänsten|Boendet|Gruppbostaden|Äldreboendet)\s+\p{Lu}[\p{L}-]+)(?:\s+\p{Lu}[\p{L}–-]*\d*[–-]?\d*)?$",
        )
    });
    // "Lokal samverkansgrupp (LSG)" over "Driftdivisionen Ekby": a division's or a
    // department's group, named by it.
    static DIVISION: LazyLock<Regex> = LazyLock::new(|| {
        crate::text::lenient_regex(
            r"^\p{Lu}\p{Ll}+(?:divisionen|avdelningen|enheten|sektionen)(?:\s+\p{Lu}[\p{L}-]+)?$",
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
        let division = DIVISION.is_match(last) && !STAFF_OFFICE.is_match(last);
        (WORKPLACE.is_match(last) || division).then(|| last.to_string())
    })
}

/// "Nämnd: Arbetsmarknads- och socialnämnden", "Organ Kommunstyrelsens arbetsutskott", or a
/// site's breadcrumb: the committee that met, its forum.
pub(super) fn committee_label(doc: &Doc) -> Option<String> {
    static LABEL: LazyLock<Regex> = LazyLock::new(|| {
        crate::text::lenient_regex(
            r"^\s*(?:Nämnd|Nämnd/Styrelse|Styrelse/Nämnd|Organ|Forum|Mötesforum|Samverkansforum)\s*:?\s*(?P<v>\p{Lu}[\p{L}-]*(?:\s+[\p{L}-]+){0,5}(?:\s*\(\p{Lu}{2,6}\))?)\s*$",
        )
    });
    static LABEL_ALONE: LazyLock<Regex> = LazyLock::new(|| {
        crate::text::lenient_regex(r"^(?:Nämnd|Organ|Forum|Mötesforum|Samverkansforum)\s*:?$")
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
    // "Organ" over "Samverkansgruppen (SG)": a form's label with its value on the line under it.
    let lines = first_lines(doc, 12);
    lines
        .iter()
        .enumerate()
        .find_map(|(k, &i)| {
            let line = doc.line_text(i).trim();
            let next = lines.get(k + 1).map_or("", |&j| doc.line_text(j).trim());
            // Only a body's name: a flattened table's next label ("Forum\nDatum") is none.
            let names_body = FORUM.is_match(next)
                || crate::text::has_any(next, &["nämnd", "styrelse", "utskott"]);
            let under =
                (LABEL_ALONE.is_match(line) && names_body).then(|| format!("{line} {next}"));
            LABEL
                .captures(under.as_deref().unwrap_or(line))
                .map(|c| crate::text::collapse(&c["v"]))
        })
        .or_else(breadcrumb)
}

/// A negotiation protocol (förhandlingsprotokoll) is held by no standing group: its forum is
/// the negotiation. "Förhandling: <body>" when the employer negotiates through a body ("Lunds
/// kommun genom kommunstyrelsens personalutskott"); "Central förhandling: <matter> <A – B>"
/// when the "Ärende" and "Parter" labels name a matter between central organizations only
/// (employers' organizations and confederations: "KFO samt LO och PTK"), else "Förhandling:
/// <matter>".
pub(super) fn negotiation_forum(doc: &Doc) -> Option<String> {
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
pub(super) fn negotiation_kind(doc: &Doc, head: &[usize]) -> Option<String> {
    static KIND: LazyLock<Regex> = LazyLock::new(|| {
        crate::text::lenient_regex(
            r"^\s*(?i:förhandlingstyp\s*:?\s*|(?P<matter>ärende\s*:?\s*)|protokoll\s+(?:från|över|vid)\s+)?(?P<k>(?i:(?:lokal|central)\s+)?(?i:förhandling|informationsmöte))(?i:sprotokoll)?\s+(?i:enligt)\s+(?:(?:(?P<n>\d{1,2})\s*§|§\s*(?P<m>\d{1,2}))\s*(?:MBL|medbestämmandelagen|(?i:lagen\s*(?:\(\d{4}:\d{1,4}\)\s*)?om\s+medbestämmande\s+i\s+arbetslivet)(?:\s*\(MBL\))?)|MBL\s*(?:(?P<o>\d{1,2})\s*§|§\s*(?P<q>\d{1,2}))|(?P<bare>MBL))(?:\s*$|\s+[–—-]\s+(?P<after>\S)|\s+(?P<about>(?i:avseende|angående|gällande))\b)",
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
            // "Ärende:\nCentral förhandling enligt 14 § MBL avseende …": the matter after
            // "avseende", under the matter's label only too.
            KIND.captures(line).filter(|c| {
                (c.name("after").is_none() && c.name("about").is_none())
                    || c.name("matter").is_some()
            })
        })
        .map(|c| {
            let kind = crate::text::capitalized(&crate::text::collapse(&c["k"]).to_lowercase());
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

/// "Protokoll, samlad MBL-förhandling inför kommunstyrelsen 2026-05-05": a title naming the
/// negotiation held before a committee decides is the forum.
pub(super) fn negotiation_before_body(doc: &Doc, head: &[usize]) -> Option<String> {
    static BEFORE: LazyLock<Regex> = LazyLock::new(|| {
        crate::text::lenient_regex(
            r"^\s*(?:(?i:protokoll)\s*[,:–-]?\s*(?:(?i:från|över|vid)\s+)?)?(?P<f>(?:\p{Ll}+\s+)?(?i:mbl-förhandling(?:ar)?)\s+inför\s+\p{Ll}[\p{L}-]*(?:\s+\p{Ll}[\p{L}-]*){0,3})",
        )
    });
    head.iter().take(6).find_map(|&i| {
        let found = BEFORE.captures(doc.line_text(i))?.name("f")?.as_str();
        Some(crate::text::collapse(&crate::text::capitalized(found)))
    })
}

/// A forum known by its letters only, named in the title next to what the document is:
/// "Mötesanteckningar LGVO fredag …", "Protokoll MSG 2023-03-01", "VSG protokoll". Letters
/// that name a party ("Protokoll LO") are not a forum.
pub(super) fn titled_acronym(doc: &Doc) -> Option<String> {
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
        // "Ekby Vård AB   PROTOKOLL": a company's form, not a forum's letters.
        if party_of(letters.as_str()).is_some() || letters.as_str() == "AB" {
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
/// Storviks kommun") is the union's branch there where the branch's own meeting is recorded
/// (`union_branch`: its board, not its notes from the municipality's samverkan); a
/// municipality, region, agency or company with its units after it on its line or on the lines
/// under it ("Barn- och utbildningsförvaltningen", "Institutionen för fysik", "Ekby sjukhus,
/// område akut") is "parent, unit, …", in a negotiation's head too (the employer as the head
/// names it).
pub(super) fn head_organization(doc: &Doc, head: &[usize], union_branch: bool) -> Option<String> {
    static UNIT: LazyLock<Regex> = LazyLock::new(|| {
        crate::text::lenient_regex(
            r"^\s*(?P<u>(?:Institutionen|Avdelningen|Enheten|Sektionen|Fakulteten)\s+för\s+\p{Ll}[\p{Ll}-]*(?:\s+(?:och\s+)?\p{Ll}[\p{Ll}-]*){0,4}|\p{Lu}\p{Ll}*-?(?:\s+och\s+\p{Ll}+)?(?:förvaltningen|förvaltningarna|kontoret|kontoren)(?:[ \t]\p{Lu}[\p{L}-]+){0,2}|\p{Lu}\p{Ll}+a[ \t]+(?:förvaltningen|kontoret)|(?:Anstalten|Häktet|Frivården)\s+\p{Lu}[\p{L}-]+|(?:Område|Verksamhetsområde|Division)\s+\p{Ll}[\p{Ll}-]*(?:\s+(?:och\s+)?\p{Ll}[\p{Ll}-]*){0,3}|\p{Lu}[\p{L}-]*s\s+(?:universitets)?sjukhus(?:,\s+(?:område|division|verksamhetsområde)\s+\p{Ll}[\p{Ll}-]*(?:\s+(?:och\s+)?\p{Ll}[\p{Ll}-]*){0,4})?)\s*(?:$|[ \t]{2,})",
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
            .filter(|_| union_branch)
        {
            return Some(format!("{union} {found}"));
        }
        // "Kommunalförbundet" alone over "Räddningstjänsten Ekby": the federation's legal
        // form written over its name is part of the name.
        let over = (k > 0 && head[k - 1] + 1 == i)
            .then(|| doc.line_text(head[k - 1]).trim().split("   ").next())
            .flatten()
            .filter(|cell| crate::text::fold_letters(cell.trim()) == "kommunalforbundet");
        let named = match over {
            Some(form) if line[..at].trim().is_empty() => format!("{} {found}", form.trim()),
            _ => found.clone(),
        };
        // "Ekby Bygg AB" over "Skövde" or "Medlem i Byggföretagen": a company is named whole by
        // its name; the lines under it say where it is or whose member it is.
        if found.ends_with(" AB") {
            return Some(found);
        }
        // "Piteå kommun" over "Socialtjänsten, Vård och omsorg": the letterhead's lines under
        // the organization, up to the title, name the unit that met.
        let mut parts = vec![named];
        parts.extend(unit_in_prose(&line[..at]));
        let first_cell = line.split("   ").next().unwrap_or("").trim_end();
        if let Some(tail) = first_cell[at.min(first_cell.len())..].strip_prefix(found.as_str())
            && let Some(tail) = tail
                .strip_prefix(',')
                .or_else(|| tail.trim_start().strip_prefix('–'))
            && let tail = capitalized_area(tail.trim())
            && is_unit_cell(&tail)
            && !STAFF_OFFICE.is_match(&tail)
        {
            parts.push(crate::text::collapse(&tail));
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
            } else if !skipped_title
                && parts.len() == 1
                && (DOCUMENT_KIND.is_match(&cell) || is_forum_cell(&cell))
            {
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

/// "område Norr", "division vård": a unit named by the word for its kind, capitalized as a
/// unit's name is ("Område Norr").
fn capitalized_area(unit: &str) -> String {
    static AREA: LazyLock<Regex> = LazyLock::new(|| {
        crate::text::lenient_regex(r"^(?:område|verksamhetsområde|division|sektor)\s+\p{Lu}")
    });
    if !AREA.is_match(unit) {
        return unit.to_string();
    }
    crate::text::capitalized(unit)
}

/// "… samverkansgrupp (FSG) för socialförvaltningen i Ekby kommun": a unit named in running
/// text right before its municipality or region, the unit that met ("Socialförvaltningen").
fn unit_in_prose(before: &str) -> Option<String> {
    static UNIT_IN: LazyLock<Regex> = LazyLock::new(|| {
        crate::text::lenient_regex(
            r"\b(?P<u>(?:\p{Ll}+-\s+och\s+)?\p{Ll}{3,}(?:förvaltningen|förvaltningarna|kontoret))\s+(?:i|inom)\s+$",
        )
    });
    let unit = UNIT_IN.captures(before)?.name("u")?.as_str();
    Some(crate::text::collapse(&crate::text::capitalized(unit)))
}

/// A letterhead's cell that names the forum alone ("Samverkansgrupp/skyddskommitté", "FSG"):
/// the unit that met may be on the line under it.
fn is_forum_cell(cell: &str) -> bool {
    FORUM.find(cell).is_some_and(|m| m.start() == 0) && cell.split_whitespace().count() <= 3
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

/// "Myndighet:  Kriminalvården, Region Öst, Anstalten Ekby", "Organisation: Ekby kommun,
/// Kulturförvaltningen": the organization under its own label, with its units as written.
pub(super) fn labelled_organization(doc: &Doc, head: &[usize]) -> Option<String> {
    static LABEL: LazyLock<Regex> = LazyLock::new(|| {
        crate::text::lenient_regex(
            r"^\s*(?i:myndighet|organisation|förvaltning|företag|bolag)\s*:\s*(?P<v>\S.*)$",
        )
    });
    head.iter().find_map(|&i| {
        let value = LABEL.captures(doc.line_text(i))?.name("v")?.as_str();
        let cell = value
            .split("   ")
            .next()?
            .trim()
            .trim_end_matches(['.', ',']);
        let found = organization_in(cell)?;
        (cell.starts_with(&found) && cell.len() <= 100).then(|| crate::text::collapse(cell))
    })
}

/// "Parter  Storviks kommun, socialförvaltningen": a negotiation's employer as its parties'
/// first line names it (a line of unions is not it).
pub(super) fn employer_party(doc: &Doc, head: &[usize]) -> Option<String> {
    static PARTIES: LazyLock<Regex> = LazyLock::new(|| {
        crate::text::lenient_regex(
            r"^\s*(?i:parter|parterna)\s*(?::\s*|[ \t]{2,})(?P<v>\S.{2,60})$",
        )
    });
    static SIDE: LazyLock<Regex> = LazyLock::new(|| {
        crate::text::lenient_regex(r"(?i)\s*\((?:arbetsgivar(?:en|sidan|part)?|ag)\)\s*$")
    });
    head.iter().find_map(|&i| {
        let value = PARTIES
            .captures(doc.line_text(i))?
            .name("v")?
            .as_str()
            .trim();
        // "Region Ekby, Tandvården (arbetsgivaren)": the side's name is no part of the employer's.
        let value = SIDE
            .find(value)
            .map_or(value, |side| value[..side.start()].trim_end());
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
pub(super) fn organization_in(line: &str) -> Option<String> {
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
pub(super) struct MunicipalHead {
    pub(super) place: Option<String>,
    pub(super) time: Option<Time>,
    pub(super) forum: Option<String>,
    pub(super) present: Vec<Attendee>,
    pub(super) absent: Vec<Attendee>,
    pub(super) approvers: Vec<String>,
    pub(super) secretary: Option<String>,
    pub(super) chair: Option<String>,
}

pub(super) fn municipal_head(doc: &Doc, head: &[usize]) -> Option<MunicipalHead> {
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
pub(super) fn marked_notes(lines: Vec<String>) -> Vec<String> {
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
pub(super) fn attendance_in_sentences(line: &str) -> (Vec<Attendee>, Vec<String>) {
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
pub(super) fn next_meeting(doc: &Doc, meeting: Option<Date>) -> (Option<Date>, Option<Time>) {
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
pub(super) fn branch_of_union(line: &str) -> Option<String> {
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
pub(super) fn union_and_place(line: &str) -> Option<String> {
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

/// "Ambu1anssjukvården": a 1 between small letters in a name is an l that OCR misread (no
/// word has a digit inside it). Put right in the head's names only: the text stays as
/// scanned, which excerpts quote.
pub(super) fn ones_read_as_l(name: &str) -> String {
    let chars: Vec<char> = name.chars().collect();
    let inside_word = |k: usize| {
        let before = chars[..k].iter().rev().find(|&&c| c != '1');
        let after = chars[k..].iter().find(|&&c| c != '1');
        before.is_some_and(|c| c.is_lowercase()) && after.is_some_and(|c| c.is_lowercase())
    };
    (0..chars.len())
        .map(|k| match chars[k] {
            '1' if inside_word(k) => 'l',
            c => c,
        })
        .collect()
}

/// A line written in capitals ("KULTURFÖRVALTNINGEN") with only its first letter kept capital.
pub(super) fn title_case(line: &str) -> String {
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
    crate::text::capitalized(&words.join(" "))
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

pub(super) fn meeting_date(doc: &Doc, head: &[usize]) -> Option<Date> {
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

pub(super) fn next_text_line(doc: &Doc, index: usize) -> Option<&str> {
    (index + 1..doc.lines.len().min(index + 4))
        .find(|&j| !doc.is_blank(j))
        .map(|j| doc.line_text(j))
}

pub(super) fn meeting_time(doc: &Doc, head: &[usize]) -> Option<Time> {
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

pub(super) fn place(doc: &Doc, head: &[usize]) -> Option<String> {
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
        let value = without_remote_option(without_remote_note(value));
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
        return (!v.is_empty()).then(|| crate::text::capitalized(&v));
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

/// "Stadshuset, rum 2, med möjlighet att delta via Teams": the offer to join from afar is no
/// part of the place (a room "samt Teams" used by some is kept, as the place of those).
fn without_remote_option(place: &str) -> &str {
    static OPTION: LazyLock<Regex> = LazyLock::new(|| {
        crate::text::lenient_regex(
            r"(?i),?\s*\bmed\s+möjlighet\s+(?:att|till\s+att|till)\s+(?:delta|deltagande|ansluta|närvara|vara\s+med)\b.*$",
        )
    });
    match OPTION.find(place) {
        Some(m) => place[..m.start()].trim_end(),
        None => place,
    }
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
    // "kv. Kvarnen", "vån. 3", "avd. Eken": an abbreviation's point ends no sentence.
    static END: LazyLock<Regex> = LazyLock::new(|| {
        crate::text::lenient_regex(
            r"(?:^|[^.])\b(?:kv|vån|pl|nr|ca|avd|konf)\.\s|(?P<e>\.(?:\s|$)|,?\s*\b(?i:kl|klockan)\b|\s*\(|\s+och\s+\p{Ll}+(?:ade|dde|de|te)s?\b)",
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
    let place = without_remote_option(place.trim())
        .trim_end_matches([',', '.'])
        .trim();
    (!place.is_empty() && place.len() <= 80 && lexicon::dates(place, None).is_empty())
        .then(|| place.to_string())
}

#[cfg(test)]
mod tests;
