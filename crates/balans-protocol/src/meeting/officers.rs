//! The meeting's officers: chair, secretary, approvers and the approval deadline.

use super::*;

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
pub(super) static ROLE_LINE: LazyLock<Regex> = LazyLock::new(|| {
    crate::text::lenient_regex(
        r"(?i)^\s*(?P<r>ordförande|mötesordförande|sekreterare|protokollförare|vid protokollet|vid anteckningarna|noterat av|antecknat av|ordf\.?|sekr\.?)\s*:\s*(?P<n>\S.*)$",
    )
});
/// "Pär-Olof Stål, ordförande", "Eva Ek, sekr." on a line of its own: a signature box's name
/// over its role.
static SIGNED_ROLE: LazyLock<Regex> = LazyLock::new(|| {
    crate::text::lenient_regex(
        r"^\s*(?P<n>\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,3}),\s*(?P<r>ordförande|mötesordförande|sekreterare|protokollförare|justerare|justerande|ordf\.?|sekr\.?)\s*$",
    )
});
/// The person a signature line names in one of `roles` (written out; "sekr." and "ordf." as
/// their roles).
fn signed_as(doc: &Doc, roles: &[&str]) -> Vec<String> {
    (0..doc.lines.len())
        .filter_map(|i| SIGNED_ROLE.captures(doc.line_text(i)))
        .filter(|c| roles.contains(&lexicon::role_word(&c["r"].to_lowercase())))
        .map(|c| c["n"].to_string())
        .collect()
}
/// "Protokollförare Hans Broman": a role label without a colon, then only a name.
pub(super) static ROLE_BARE: LazyLock<Regex> = LazyLock::new(|| {
    crate::text::lenient_regex(
        r"^\s*(?P<r>(?i:ordförande|mötesordförande|sekreterare|protokollförare|vid protokollet))\s+(?P<n>\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,3})\s*$",
    )
});
/// A negotiation protocol's head written as label and value: "Arbetsgivarpart Sala kommun
/// genom … Företrädare A och B", "Medverkande från förvaltningen C", "Arbetstagarparter och
/// företrädare Vision: D Kommunal: E".
pub(super) static EMPLOYER_REPS: LazyLock<Regex> = LazyLock::new(|| {
    crate::text::lenient_regex(
        r"^\s*(?:(?:Arbetsgivarpart(?:en)?|Arbetsgivare(?:n)?)\b.*?\b[Ff]öreträdare|Medverkande(?:\s+\p{Ll}+)*)\s*:?\s+(?P<n>\p{Lu}.*)$",
    )
});
pub(super) static UNION_REPS: LazyLock<Regex> = LazyLock::new(|| {
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
        r"(?i)(?:^|\n|\s\d{1,2}\s+|\bprotokollet\s+|\p{Ll}{2}\.[ \t]+)\s*(?:justerande|justeras\s+av|val\s+av\s+justerare|justerare[ \t]*:|justeras[ \t]*:|utses\s+att\s+justera)[ \t]*:?[ \t]+(?P<d>\p{Lu}[^.\n]*)|(?:till\s+)?justerare\s+(?:för\s+(?:protokollet|mötet)\s+)?(?:(?:jämte|tillsammans\s+med)\s+(?:mötes)?ordförande(?:n)?\s+)?(?:valdes|utsågs|väljs|utses|är|blev)\s*:?\s*(?P<a>[^.]+)|(?P<b>[^.:]+?)(?:[ \t]+(?:valdes|utsågs|väljs|utses)|[ \t]*\n\s*(?-i:valdes|utsågs|väljs|utses))\s+(?:till\s+|att\s+)?(?:(?:jämte|tillsammans\s+med)\s+(?:mötes)?ordförande(?:n)?\s+)?juster|juster\p{L}*\s+(?:\p{L}+\s+){0,3}?protokoll\p{L}*\s+(?:utses|utsågs|valdes|väljs)\s*:?\s*(?P<c>[^.]+)|\b(?:utse|utser|utsåg|välja|väljer|valde)\s+(?P<e>\p{Lu}[^.:\n]*?)\s+(?:(?:till|som)\s+(?:protokoll)?juster|att\s+(?:jämte\s+\p{L}+\s+)?justera)",
    )
});
/// "Att jämte ordföranden justera …", "… utsågs att justera protokollet tillsammans med
/// ordföranden": the chair signs the minutes too.
static CHAIR_ALSO_APPROVES: LazyLock<Regex> = LazyLock::new(|| {
    crate::text::lenient_regex(
        r"(?i)\bjuster\p{L}*[^.]{0,120}?\b(?:jämte|tillsammans\s+med)\s+(?:mötes)?ordförande(?:n)?\b|\b(?:jämte|tillsammans\s+med)\s+(?:mötes)?ordförande(?:n)?\s+(?:\p{L}+\s+){0,4}?juster",
    )
});
pub(super) static PREVIOUS_APPROVED: LazyLock<Regex> = LazyLock::new(|| {
    strict_regex(
        r"(?i)godkän|läggs?\s+till\s+handlingarna|lades\s+till\s+handlingarna|inga\s+invändningar|fastställ|justerat",
    )
});

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
            let word = crate::text::capitalized(w);
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

pub(super) fn labelled(doc: &Doc, wanted: &[&str], people: &People) -> Option<String> {
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

pub(super) fn chair(doc: &Doc, meeting: &MeetingDraft, people: &People) -> Option<String> {
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

pub(super) fn secretary(doc: &Doc, meeting: &MeetingDraft, people: &People) -> Option<String> {
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
        .or_else(|| role_holder(meeting, "förde anteckningarna"))
        .or_else(|| role_holder(meeting, "förde minnesanteckningarna"))
        // "Eva Ek (EE), HR-konsult, antecknade" or "antecknar": who kept the notes, in the list.
        .or_else(|| role_holder(meeting, "antecknare"))
        .or_else(|| role_holder(meeting, "antecknade"))
        .or_else(|| role_holder(meeting, "antecknar"))
        .or_else(|| {
            labelled(
                doc,
                // "Noterat av: Eva Ek": who took the notes.
                &[
                    "sekreterare",
                    "protokollförare",
                    "vid protokollet",
                    "vid anteckningarna",
                    "noterat av",
                    "antecknat av",
                ],
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
        // "Eva Ek, sekr." signing the minutes.
        .or_else(|| {
            signed_as(doc, &["sekreterare", "protokollförare"])
                .into_iter()
                .next()
                .map(|n| people.resolve(&n).map_or(n, |(n, _)| n))
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
pub(super) fn approvers(
    doc: &Doc,
    meeting: &mut MeetingDraft,
    people: &People,
    warnings: &mut Vec<String>,
) {
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
                if signed_side_by_side(trimmed, people, &mut found) {
                    continue;
                }
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

/// Under "Justeras", the sides signing next to each other: their headings ("För Vision      För
/// Kommunal", a heading's name continued in lower case on the next line) passed over, then their
/// names on one line, apart by wide gaps, each a person of the meeting.
fn signed_side_by_side(line: &str, people: &People, found: &mut Vec<Approver>) -> bool {
    if line.starts_with("För ") || line.chars().next().is_some_and(char::is_lowercase) {
        return true;
    }
    let cells: Vec<&str> = line
        .split("   ")
        .map(str::trim)
        .filter(|c| !c.is_empty())
        .collect();
    let signed: Vec<(String, Party)> = cells.iter().filter_map(|c| people.resolve(c)).collect();
    if cells.len() < 2 || signed.len() < cells.len() {
        return false;
    }
    for (name, party) in signed {
        push_approver(found, Some(name), party);
    }
    true
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
        let mut names_above = false;
        for j in (i + 1..doc.lines.len())
            .filter(|&j| !doc.is_blank(j))
            .take(8)
        {
            let row = cells(doc.line_text(j));
            // "Sobona        Kommunal" over the names, or each name's employer or union under
            // it ("Ekby AB        Unionen"): the signatures' sides, not the block's end.
            let sides = !row.is_empty() && row.iter().all(|(_, cell)| party_of(cell).is_some());
            let mut signed = sides || std::mem::take(&mut names_above);
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
                    names_above = true;
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
            // "JÅ och AL": the initials of people of the meeting.
            if words.len() == 1
                && let Some((full, party)) = people.resolve_initials(words[0])
            {
                listed.push((full, Some(party), true));
            // "Catja och Torbjörn": given names of people of the meeting.
            } else if len == 1
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

pub(super) fn push_approver(found: &mut Vec<Approver>, name: Option<String>, party: Party) {
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
mod tests;
