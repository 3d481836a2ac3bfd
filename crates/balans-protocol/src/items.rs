//! The items of a protocol: questions and their answers, commitments with their due, board matters with registry numbers and MBL paragraph, statements, negotiations, balance-list reviews and "none" headings.
//!
//! The rules read Swedish sentence structure ("X frågar / undrar / önskar …", "Arbetsgivaren
//! svarar / svarade / Arbetsgivarens svar:", "återkommer", "kommer att", "meddelas … inom kort")
//! and the sections' titles; none names a person, a date or a sentence of a particular protocol.

use std::sync::LazyLock;

use balans_domain::{Due, DueBy, Mbl, Party, StatementKind};
use jiff::civil::Date;
use regex::Regex;

use crate::doc::{Doc, Para, Section, SectionKind, Span, sentences, trim_span};
use crate::draft::{AnswerDraft, DueDraft, ItemDraft, ItemKind, MeetingDraft, Outcome};
use crate::lexicon::{self, MONTHS, Mention, leading_party, mentions, party_pattern};
use crate::meeting::People;
use crate::text::{collapse, has_any};

/// A regex of the reader's cues, lenient to OCR's lost å, ä and ö (see [`crate::text::lenient`]).
fn lenient_regex(pattern: &str) -> Regex {
    Regex::new(&crate::text::lenient(pattern)).expect("regex")
}

/// A person's name of one to three words, each possibly double ("Anna-Karin Berg Lindqvist").
const NAME: &str = r"\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?(?:\s+\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?){0,2}";

/// Capitalized words that begin sentences but are no one's name.
const NOT_NAMES: &[&str] = &[
    "det",
    "detta",
    "denna",
    "dessa",
    "den",
    "han",
    "hon",
    "man",
    "vi",
    "de",
    "frågan",
    "ärendet",
    "arbetet",
    "texten",
    "skrivningen",
    "planen",
    "syftet",
    "beslutet",
    "förslaget",
    "underlaget",
    "målet",
    "här",
    "där",
    "nu",
    "även",
    "också",
    "sedan",
    "vidare",
    "dessutom",
    "enligt",
    "efter",
    "inför",
    "under",
    "alla",
    "samtliga",
    "chefer",
    "cheferna",
    "medarbetare",
    "medarbetarna",
    "nämnden",
    "staden",
    "kommunen",
    "gruppen",
    "förvaltningsgruppen",
];

/// A numbered row of a list naming its union before a colon or dash, possibly after a date
/// ("15 | Vision: …", "3. 2026-01-12 Seko – …").
static LIST_ROW: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"^\s*\|?\s*\d{{1,3}}\s*[|.)]\s*(?:(?:19|20)\d\d-\d\d-\d\d\s+)?(?P<p>{p}|\p{{Lu}}[\p{{Lu}}\p{{Ll}}-]{{1,12}}\.?)\s*(?::|[–-]\s)",
        p = party_pattern()
    ))
    .expect("regex")
});

/// A listed point's row: its title, a reference or its asker in brackets, a dash and its status
/// ("Ersättning för kurser (§ 12/2025, Seko) – besvarad per mejl.").
static LISTED_ROW: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\p{Lu}[^.!?()]{3,80}\((?P<b>[^()]{2,40})\)\s*[–-]\s").expect("regex")
});

/// A verb of asking (a party before it asks: see [`Reader::asked_by`]).
static Q_VERB: LazyLock<Regex> = LazyLock::new(|| {
    lenient_regex(
        r"\b(?P<v>frågar|frågade|frågat|undrar|undrat|undrade|önskar|önskade|önskat|lyfter|lyfte|lyft|efterfrågar|efterfrågade|efterfrågat|efterlyser|efterlyste|efterlyst|ifrågasätter|ifrågasatte|påtalar|påtalade|påtalat|begär|begärde|begärt|tar\s+upp|tog\s+upp|tagit\s+upp|ställer\s+(?:\p{Ll}+\s+){0,4}?(?:en\s+)?fråg\p{L}*|ställde\s+(?:\p{Ll}+\s+){0,4}?(?:en\s+)?fråg\p{L}*|ställt\s+(?:\p{Ll}+\s+){0,4}?(?:en\s+)?fråg\p{L}*|har\s+en\s+fråga|hade\s+en\s+fråga|har\s+frågor|hade\s+frågor|inkom(?:mit)?\s+med\s+(?:en\s+|följande\s+|två\s+)?(?:skriftlig\s+)?fråg\p{L}*|(?:lämnade|lämnar)\s+(?:in\s+)?(?:en\s+|följande\s+|två\s+)?(?:skriftlig\s+|skriftliga\s+)?fråg\p{L}*|(?:vill|ville)\s+(?:även\s+|också\s+|gärna\s+)?(?:få|veta|ha|lyfta|fråga|påtala|ta\s+upp|diskutera))\b",
    )
});
static Q_INVERTED: LazyLock<Regex> = LazyLock::new(|| {
    lenient_regex(&format!(
        r"\b(?:frågar|frågade|undrar|undrade|önskar|önskade|lyfter|lyfte)\s+(?P<p>{p})\b",
        p = party_pattern()
    ))
});
static Q_LABEL: LazyLock<Regex> = LazyLock::new(|| {
    lenient_regex(&format!(
        r"^[\s(\-–•*]*(?:(?:Fråga|Frågor|Övrig\s+fråga)\s*(?:från\s+(?P<p>{p}))?\s*[:–-]|(?P<q>{p})\s+(?:fråga|begäran|förfrågan)\b|Frågan?\s+från\s+(?P<r>{p})|(?:Fråga|Frågor)\s+från\s+\p{{Ll}}+\s*\((?P<s>{p})\)\s*[:–-]|(?:Fråga|Frågor|Övrig\s+fråga)\s+(?:om|kring|angående|gällande|rörande)\b[^:.?!]{{1,80}}:)",
        p = party_pattern()
    ))
});
/// A party named as the speaker of a line ("Kommunal: …", "AG: …"), as minutes in a
/// dialogue layout write it: a union's line asks, the employer's answers.
static SPEAKER_LABEL: LazyLock<Regex> = LazyLock::new(|| {
    lenient_regex(&format!(
        r"^[\s(\-–•*]*(?P<p>{p})\s*:\s*\S",
        p = party_pattern()
    ))
});
/// A named person asking or wishing ("Eva Berg önskar …", "Eva Berg och Ali Rahimi har
/// önskemål om …", "Eva undrar …"): a question of that person's side.
static PERSON_ASKS: LazyLock<Regex> = LazyLock::new(|| {
    lenient_regex(&format!(
        r"^[\s(\-–•*]*(?:(?:Skyddsombudet|Huvudskyddsombudet|Arbetsmiljöombudet|Ombudet)\s+)?(?P<n>{NAME}|\p{{Lu}}{{2,3}})(?:\s+(?:och|&)\s+{NAME})?(?:\s*\([^()]{{1,30}}\))?(?:\s*,\s*[^,.:;]{{2,30}},)?\s+(?:önskar|önskade|efterfrågar|efterfrågade|efterlyser|efterlyste|undrar|undrade|frågar|frågade|påtalar|påtalade|(?:har|hade)\s+(?:ett\s+|flera\s+)?önskemål\s+om|(?:har|hade)\s+en\s+fråga|vill\s+veta)\b"
    ))
});
/// A report of what a union asked for earlier ("Eva redovisade sjukfrånvaron per enhet, som
/// Vision begärde vid förra mötet").
static REPORTED_AS_ASKED: LazyLock<Regex> = LazyLock::new(|| {
    lenient_regex(&format!(
        r"\b(?:redovisade|redovisar|presenterade|presenterar|visade|lämnade|gick\s+igenom)\s+[^.;:]{{3,120}},\s+som\s+(?P<p>{p})\s+(?:hade\s+|har\s+)?(?:begärt|begärde|efterfrågat|efterfrågade|bett\s+om|bad\s+om|önskat|önskade)\b",
        p = party_pattern()
    ))
});
/// A side wanting its words in the minutes ("vill ha antecknat", "önskar få antecknat").
static NOTE_WANTED: LazyLock<Regex> = LazyLock::new(|| {
    lenient_regex(
        r"(?i)\b(?:vill|ville|önskar|önskade)\s+(?:ha\s+|få\s+)?(?:antecknat|noterat|anteckna|notera|till\s+protokollet)\b",
    )
});
/// A question named by its subject ("Frågan om nyckelfria lås …", "Punkten om …").
static QUESTION_NAMED: LazyLock<Regex> = LazyLock::new(|| {
    lenient_regex(r"^[\s(\-–•*]*(?:Frågan|Punkten|Ärendet)\s+(?:om|kring|gällande|angående)\s")
});
/// A question labelled with its asker's role ("Fråga från skyddsombudet: …").
static Q_ROLE_LABEL: LazyLock<Regex> = LazyLock::new(|| {
    lenient_regex(
        r"^[\s(\-–•*]*(?:Fråga|Frågor)\s+från\s+(?:\p{Ll}+\s+)?(?P<r>skyddsombudet|huvudskyddsombudet|arbetsmiljöombudet|HSO|SO)\s*[:–-]",
    )
});
/// A safety representative known only by role asking ("HSO undrar …", "Skyddsombudet Gata/Park
/// frågade …"): the union of whoever holds that role in the attendance.
static ROLE_ASKS: LazyLock<Regex> = LazyLock::new(|| {
    lenient_regex(
        r"^[\s(\-–•*]*(?P<r>HSO|SO|Huvudskyddsombudet|Skyddsombudet|Arbetsmiljöombudet)\s+(?:\p{Lu}\S*\s+)?(?:undrar|undrade|frågar|frågade|efterfrågar|efterfrågade|påtalar|påtalade|vill\s+veta|ville\s+veta|(?:tar|tog)\s+(?:även\s+|också\s+|dessutom\s+)?upp|lyfter|lyfte)\b",
    )
});
/// A named person raising a matter ("Dragana tog upp att …"): a question only of a union's
/// member the attendance knows, in minutes of both sides.
static PERSON_RAISES: LazyLock<Regex> = LazyLock::new(|| {
    lenient_regex(&format!(
        r"^[\s(\-–•*]*(?P<n>{NAME})(?:\s*\([^()]{{1,30}}\))?(?:\s*,\s*[^,.:;]{{2,30}},)?\s+(?:tog|tar)\s+upp\s+att\b"
    ))
});
/// "En fråga angående …", "Ytterligare en fråga om …": a question announced without its asker.
static Q_ANNOUNCED: LazyLock<Regex> = LazyLock::new(|| {
    lenient_regex(
        r"^[\s(\-–•*]*(?:En|Ytterligare\s+en|Ännu\s+en)\s+(?:övrig\s+)?fråga\s+(?:om|kring|angående|gällande|rörande|beträffande)\b",
    )
});
/// A person's name as the speaker of a line ("Oskar: …", "Eva Berg: …").
static PERSON_LABEL: LazyLock<Regex> = LazyLock::new(|| {
    lenient_regex(&format!(
        r"^[\s\-–•*]*(?P<n>{NAME}|\p{{Lu}}{{2,3}})\s*:\s*\S"
    ))
});
/// "Frågan är vilka åtgärder …", "Frågan är om …": a question put in the text's own words.
static Q_IS: LazyLock<Regex> = LazyLock::new(|| {
    lenient_regex(r"^[\s(\-–•*]*Frågan\s+är\s+(?:om|hur|vad|när|varför|vem|vilk\p{L}*|huruvida)\b")
});
/// "Vi frågade …", "Vi tog upp …", and after a fronted phrase "När det gäller X efterfrågade
/// vi …": the writers of union-side minutes asking.
static Q_WE: LazyLock<Regex> = LazyLock::new(|| {
    let verb = r"(?:frågade|frågar|undrade|undrar|ställde\s+(?:en\s+)?fråg\p{L}*|(?:lämnade|lämnar)\s+(?:in\s+)?(?:en\s+|två\s+)?(?:skriftlig\s+|skriftliga\s+)?fråg\p{L}*|efterfrågade|efterfrågar|efterlyste|efterlyser|påtalade|påtalar|lyfte|lyfter|tog\s+upp|tar\s+upp|begärde|begär)";
    lenient_regex(&format!(
        r"^[\s(\-–•*]*(?:\p{{Lu}}[^:.!?]{{2,60}}:\s+)?(?:Vi|vi)\s+(?:\p{{Ll}}+\s+)?{verb}\b|\b(?:frågade|frågar|undrade|undrar|efterfrågade|efterfrågar|efterlyste|efterlyser|påtalade|påtalar|lyfte|lyfter|begärde|begär)\s+vi\b|\b(?:tog|tar)\s+vi\s+(?:\p{{Ll}}+\s+)?upp\b|\bställde\s+vi\s+(?:en\s+)?fråg"
    ))
});
/// "Vi lyfte den punkten för att …": the writers explaining a point already read, not a new one.
static BACK_REFERENCE: LazyLock<Regex> = LazyLock::new(|| {
    lenient_regex(
        r"(?i)\b(?:lyfte|lyfter|tog|tar|ställde|ställer)\s+(?:vi\s+)?(?:upp\s+)?(?:den\s+(?:här\s+)?|denna\s+|dessa\s+|de\s+)?(?:punkten|frågan|frågorna|punkterna|ärendet)\b",
    )
});
/// Whether "vi lyfte den punkten" refers back to a point already read: not when the point is
/// named after it ("tog upp frågan om delade turer").
fn refers_back(text: &str) -> bool {
    BACK_REFERENCE.find(text).is_some_and(|m| {
        let next = text[m.end()..]
            .split_whitespace()
            .next()
            .unwrap_or("")
            .to_lowercase();
        !matches!(
            next.as_str(),
            "om" | "kring" | "gällande" | "angående" | "rörande" | "beträffande" | "huruvida"
        )
    })
}

/// An answer told in the asking sentence itself: "efterfrågade vi, och fick, statistik", "vi
/// fick svar", "fick besked om att", or in a clause after it where someone named answers
/// ("…, där personalchefen Eva Ek svarar att", "…, varpå Anna Berg informerar om att").
static GOT_ANSWER: LazyLock<Regex> = LazyLock::new(|| {
    lenient_regex(
        r"(?i)\boch\s+fick\b|\bfick\s+(?:vi\s+)?(?:svar|besked|återkoppling|veta)\b|,\s*(?:där|varpå|varvid)\s+(?:\p{L}+\s+)?(?-i:\p{Lu})[^.;:?]{0,80}?\s(?:svarar|svarade|besvarar|besvarade|informerar|informerade|förklarar|förklarade|redogör|redogjorde|meddelar|meddelade)\s+(?:\p{L}+\s+){0,2}?(?:om\s+)?att\b",
    )
});
static STRONG_ANSWER: LazyLock<Regex> = LazyLock::new(|| {
    lenient_regex(&format!(
        r"^[\s(\-–•*]*(?:Frågan\s+(?:anses\s+|är\s+)?besvarad\b|(?P<p>{p})\s+svar\b|Svar\b(?:\s+från\s+(?P<f>{p}))?|Svaret\s+(?:var|är|blev)\b|Det\s+(?:förtydligades|klargjordes|klarlades|förklarades|bekräftades)\s+att\b|(?:{NAME}\s+(?:och|&)\s+)?(?P<q>{p}|{NAME}|\p{{Lu}}{{2,3}})(?:\s*,\s*[^,.:;]{{2,40}},)?\s+(?:\p{{Ll}}+\s+)?(?:svarar|svarade|besvarar|besvarade)\b|(?P<r>{p}|{NAME})\s+återkom\s+med\s+svar)",
        p = party_pattern()
    ))
});
/// What follows an answering verb when it tells the answer ("svarade att", "svarade: …").
static ANSWERED_THAT: LazyLock<Regex> =
    LazyLock::new(|| lenient_regex(r"^\s*(?:att\b|:|,?\s*(?:ja|nej)\b)"));
static WEAK_ANSWER: LazyLock<Regex> = LazyLock::new(|| {
    lenient_regex(&format!(
        r"^[\s(\-–•*]*(?P<s>{p}|{NAME})(?:\s*,\s*[^,.:;]{{2,40}},)?\s+(?:\p{{Ll}}+\s+)?(?:redovisade|redovisar|redogjorde|redogör|förklarade|förklarar|sammanfattade|sammanfattar|informerade|informerar|meddelade|meddelar|berättade|berättar|hänvisade|hänvisar|klargjorde|förtydligade|förtydligar|återkom|återkopplade|beskrev|beskriver|tydliggjorde|visade|presenterade|påpekade|menade|menar|framförde|konstaterade|konstaterar|bekräftade|bekräftar|instämde|instämmer|lovade|lovar|noterar|noterade|anser|ansåg|tar\s+med|tog\s+med|ser\s+över|har\s+sett\s+över|återkommer|återkopplar|ska\s+återkomma|kommer\s+att\s+(?:återkomma|skicka|ta\s+fram|se\s+över|undersöka|utreda|informera|kontrollera|åtgärda|köpa\s+in|anställa|erbjuda))\b",
        p = party_pattern()
    ))
});
static SPEAKER: LazyLock<Regex> = LazyLock::new(|| {
    lenient_regex(&format!(
        r"^[\s(\-–•*]*(?:Vidare\s+|Även\s+|Därefter\s+)?(?P<s>{p}|{NAME})\s+(?:\p{{Ll}}+\s+)?(?:informerade|informerar|redogjorde|redogör|meddelade|meddelar|berättade|berättar|svarade|svarar|frågade|frågar|undrade|undrar|lyfte|lyfter|föredrog|föredrar|presenterade|presenterar|sammanfattade|redovisade|redovisar|beskrev|tog|tar|önskar|önskade|hälsade|öppnade|avslutade|gick|hade|har)\b",
        p = party_pattern()
    ))
});
static STATEMENT: LazyLock<Regex> = LazyLock::new(|| {
    lenient_regex(&format!(
        r"^[\s(\-–•*]*(?:(?P<p>{p})(?:\s*,\s*{p})*(?:\s+och\s+{p})?\s+(?:(?:\p{{Ll}}+\s+){{1,6}}och\s+)?(?:lämnade|lämnar|avgav|avger|har\s+lämnat|anmälde|anmäler|har\s+anmält)\s+(?:ett\s+|en\s+|följande\s+)?(?:gemensam\s+|gemensamt\s+|gemensamma\s+)?(?:skriftlig(?:t|a)?\s+)?(?P<k>särskil(?:t|da)\s+yttrande|yttrande|protokollsanteckning|anteckning\s+till\s+protokollet)|(?P<q>{p})\s*,?\s+(?P<l>särskilda\s+yttrande|yttrande|protokollsanteckning)\b|(?:Bilaga\s+\d{{1,2}}\s*[–:-]\s*)?(?P<m>Särskilt\s+yttrande|Yttrande|Protokollsanteckning)(?:\s*,\s*|\s+(?:(?:från|av)\s+)?)(?P<r>{p})|(?P<s>{p})(?:-\p{{Ll}}+)?(?:\s*\([^()]{{1,40}}\))?\s+(?:(?:vill|önskar)\s+(?:till\s+protokollet\s+)?(?:få\s+|ha\s+)?(?:följande\s+)?(?:antecknat|anteckna|tillfört|tillföra)|för(?:de)?\s+(?:följande\s+)?(?:protokolls)?anteckning\s+till\s+protokollet)|(?P<u>{p})\s+antecknar\b|(?:\p{{Lu}}{{2,3}}\s*:\s*)?(?P<w>{p})\s+(?:\p{{Ll}}+\s+){{0,6}}?(?:vill\s+ha|önskar|begär)\s+(?:en\s+|sin\s+|följande\s+)?(?:protokolls)?anteckning\b|(?P<v>Vi)\s+(?:lämnade|lämnar|har\s+lämnat|avgav|skrev|har\s+skrivit)\s+(?:därför\s+|också\s+|även\s+|då\s+)?(?:ett\s+|en\s+)?(?P<n>särskilt\s+yttrande|yttrande|protokollsanteckning)\b|{NAME}\s+(?:lämnade|lämnar|läste\s+upp|har\s+lämnat)\s+(?:ett\s+|en\s+|följande\s+)?(?P<o>särskilt\s+yttrande|yttrande|protokollsanteckning)\s+(?:från|för)\s+(?P<y>{p}))",
        p = party_pattern()
    ))
});
/// A heading of notes or of a party's demand ("Protokollsanteckningar", "Kommunals yrkande");
/// `d` when it is a demand.
static STATEMENT_TITLE: LazyLock<Regex> = LazyLock::new(|| {
    lenient_regex(
        r"(?i)^\W*(?:protokollsanteckning(?:ar)?|anteckningar\s+till\s+protokollet|(?P<d>(?:\p{L}+(?::s|s)\s+)?yrkanden?))\W*$",
    )
});
/// A line opened by a note's label ("Protokollsanteckning från …", "Särskilt yttrande av …").
static NOTE_LINE: LazyLock<Regex> = LazyLock::new(|| {
    lenient_regex(r"^[ \t]*(?:Protokollsanteckning|Särskilt\s+yttrande)\s+(?:från|av)\s")
});
/// A reply that names the note or demand it answers.
static NOTE_REPLY: LazyLock<Regex> =
    LazyLock::new(|| lenient_regex(r"(?i)\b(?:anteckningen|yrkandet|yttrandet)\b"));
/// A party's demand in a negotiation ("Kommunal yrkar att …", "Vision yrkade på att …").
static DEMANDS: LazyLock<Regex> =
    LazyLock::new(|| lenient_regex(r"(?i)\byrka(?:r|de|t)?\s+(?:på\s+)?att\b"));
/// A heading of notes to the minutes ("Protokollsanteckningar").
static NOTES_TITLE: LazyLock<Regex> =
    LazyLock::new(|| lenient_regex(r"(?i)^\W*protokollsanteckning(?:ar)?\W*$"));
/// A party's label opening a paragraph ("Kommunal: …"), as a note is written under its heading.
static LABELLED_NOTE: LazyLock<Regex> = LazyLock::new(|| {
    lenient_regex(&format!(
        r"^[\s\-–•*]*(?P<p>{p})\s*:\s*\S",
        p = party_pattern()
    ))
});
/// A registry number; with a colon only after a series code of two or three letters ("Ds 2024:29",
/// "SOU 2025:7"), since a single letter or a word before one ("B 2025:14", "Punkt 2026:02") is a
/// balance list's own code. A series code may be written with a slash ("RS/2026/145").
static REGISTRY: LazyLock<Regex> = LazyLock::new(|| {
    lenient_regex(
        r"\b(?:(?:[Dd]nr|[Dd]iarienr|[Dd]iarienummer)\.?:?\s*(?P<d>(?:\p{Lu}[\p{Lu}\p{Ll}]{0,5}(?:-\p{Lu}{1,5})?\s?)?(?:19|20)\d\d\s?[/:-]\s?\d{1,6})|(?P<r>\p{Lu}[\p{Lu}\p{Ll}]{0,5}(?:-\p{Lu}{1,5})?[\s/]?(?:19|20)\d\d\s?/\s?\d{1,6}|\p{Lu}[\p{Lu}\p{Ll}]{1,2}\s?(?:19|20)\d\d\s?:\s?\d{1,6}|\p{Lu}{1,5}\s?(?:19|20)\d\d-\d{3,6}))\b",
    )
});
static MBL_LINE: LazyLock<Regex> = LazyLock::new(|| {
    lenient_regex(r"(?i)MBL\s*§\s*(?P<a>11|19)\b|§\s*(?P<b>11|19)\s*MBL|\b(?P<c>11|19)\s*§\s*MBL")
});
static BLOCK_END: LazyLock<Regex> = LazyLock::new(|| {
    lenient_regex(
        r"(?i)anses\s+(?:informera|förhandla|samverka|behandla)(?:de|d|t)\b|\binformerades\b|har\s+informerats|är\s+informerade|\benighet\b|\boenighet\b|samverkades|\binformationen\s+(?:noterades|noteras|togs\s+emot|lämnades|lämnas)\b|\bnoter(?:as|ades)\s+som\s+informera(?:t|d|de)\b|\bnot(?:erar|erade|erades)\s+informationen\b|\b(?:har\s+tagit|tog|tar)\s+del\s+av\s+informationen\b|\binformationen\s+anses\s+(?:lämnad|given|mottagen)\b",
    )
});
static AGENDA_MATTER: LazyLock<Regex> = LazyLock::new(|| {
    lenient_regex(
        r"^[\s(\-–•*]*(?P<l>(?:Ärende|Nämndärende|Punkt)\s+(?:nr\.?\s*)?\d{1,3})\b[\s:.–-]*(?P<t>.*)",
    )
});
/// "(MBL § 11)", "(information enligt MBL § 19)" in a heading: how, not what.
static MBL_PARENTHESIS: LazyLock<Regex> = LazyLock::new(|| {
    lenient_regex(
        r"(?i)\s*[(\[][^()\[\]]*MBL[^()\[\]]*[)\]]|\s*[-–,]?\s*(?:enligt\s+)?MBL\s*§\s*\d+",
    )
});
static BOARD_WORDS: LazyLock<Regex> = LazyLock::new(|| {
    lenient_regex(r"(?i)ärende|remiss|nämnd|motion|medborgarförslag|yttrande|beslut|skrivelse")
});
static NONE_SENTENCE: LazyLock<Regex> =
    LazyLock::new(|| lenient_regex(r"(?i)^[\s\-–•*]*(?:inga|inget|ingen|ingenting)\b"));
static NONE_TOPIC: LazyLock<Regex> = LazyLock::new(|| lenient_regex(r"(?i)fråg|ärende|anmäl"));
static RETURN: LazyLock<Regex> = LazyLock::new(|| {
    lenient_regex(
        r"(?i)\b(?:återkommer|återkomma|återkoppla|återkopplar|återkopplas|återrapporterar|återrapportera|återrapporteras|tar\s+med\s+sig|ta\s+med\s+sig|tog\s+med\s+sig|lovar|lovade|utlovar|utlovade|(?:svar|besked|återkoppling)\s+(?:ges|lämnas|kommer)|(?:svar|besked)\s+ska(?:ll)?\s+(?:ges|lämnas))\b",
    )
});
static WILL: LazyLock<Regex> =
    LazyLock::new(|| lenient_regex(r"\b[Kk]ommer\s+(?:att\s+)?(?P<v>\p{Ll}+)"));
static WILL_SUBJECT: LazyLock<Regex> = LazyLock::new(|| {
    lenient_regex(&format!(
        r"(?:{p}|\b[Vv]i|\b[Hh]on|\b[Hh]an|{NAME})\s+(?:\p{{Ll}}+\s+)?kommer\s+(?:att\s+)?\p{{Ll}}+",
        p = party_pattern()
    ))
});
static INFORMED_THAT: LazyLock<Regex> =
    LazyLock::new(|| lenient_regex(r"(?i)\binformer(?:ade|ar)\s+(?:\p{L}+\s+)?om\s+att\b"));
/// Someone reporting to the meeting: what follows in the paragraph is their information.
static REPORTED: LazyLock<Regex> = LazyLock::new(|| {
    lenient_regex(
        r"(?i)\b(?:informerade|informerar|redogjorde|redogör|gick\s+igenom|går\s+igenom|presenterade|föredrog)\b",
    )
});
/// The forum itself as a receiver ("för kommittén", "i gruppen", "på nästa möte").
static TO_THE_FORUM: LazyLock<Regex> =
    LazyLock::new(|| lenient_regex(r"(?i)\b\p{L}*(?:kommittén|gruppen|mötet|möte|rådet)\b"));
/// A heading of the employer's information ("Information från arbetsgivaren", "Information").
static INFORMATION_TITLE: LazyLock<Regex> =
    LazyLock::new(|| lenient_regex(r"(?i)^\W*information(?:\s+från\s+\p{L}+)?\W*$"));
static PASSIVE: LazyLock<Regex> = LazyLock::new(|| {
    lenient_regex(
        r"(?i)\b(?:meddelas|besvaras|skickas(?:\s+ut)?|presenteras|redovisas|återrapporteras|tas\s+fram|delges|kommuniceras|sammanställs|utreds|ses\s+över|planeras\s+in|bjuds\s+in|kallas|åtgärdas|följs\s+upp|tas\s+upp)\b",
    )
});
static COMPLETION: LazyLock<Regex> = LazyLock::new(|| {
    lenient_regex(
        r"(?i)\b(?:klar|klart|klara|färdig|färdigt|färdiga|slutförd|slutfört|beräknas\s+vara\s+klar\p{L}*)\b",
    )
});
static SHALL: LazyLock<Regex> = LazyLock::new(|| {
    lenient_regex(&format!(
        r"(?:{p}|\b[Vv]i|{NAME})\s+ska(?:ll)?\s+(?:undersöka|utreda|se\s+över|ta\s+reda\s+på|kontrollera|titta\s+på|återkomma|ta\s+fram|skicka|återkoppla|informera|bjuda\s+in|kalla)\b",
        p = party_pattern()
    ))
});
/// The words that open a list of matters ("Följande ärenden …", "Information enligt MBL § 19").
static LIST_OPENING: LazyLock<Regex> = LazyLock::new(|| {
    lenient_regex(r"(?i)^\W*(?:följande|information|samverkan|förhandling|ärenden|avser)\b")
});
/// A blank line: a paragraph ends.
static BLANK_LINE: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"\n[ \t]*\n").expect("regex"));
/// A heading that names a negotiation and its matter ("Förhandling enligt MBL § 11 – Ny plan").
static NEGOTIATION_HEADED: LazyLock<Regex> = LazyLock::new(|| {
    lenient_regex(
        r"(?i)^\W*(?:samverkan|förhandling|mbl-förhandling)\s+(?:enligt|om)\s+(?:MBL\s*§\s*11|§\s*11\s*MBL|11\s*§\s*MBL)\s*[–:—-]\s*\p{L}|^\W*\p{Lu}[^–]{3,}\s[–-]\s*(?:samverkan|förhandling)(?:\s+(?:enligt|om)(?:\s+(?:MBL\s*§\s*11|§\s*11\s*MBL|11\s*§\s*MBL))?)?\W*$",
    )
});
/// A heading of information before a board's meeting ("Information inför styrelsemötet").
static INFORMATION_HEADING: LazyLock<Regex> =
    LazyLock::new(|| lenient_regex(r"(?i)^\W*information\s+(?:inför|till|om|från)\b"));
/// A matter named only to inform ("…, information.", "– information enligt MBL § 19.").
static INFORMATION_ONLY: LazyLock<Regex> = LazyLock::new(|| {
    lenient_regex(
        r"(?i)[,–-]\s*(?:för\s+)?(?:information(?:\s+enligt\s+MBL\s*§\s*19)?|kännedom)\s*\.?\s*$",
    )
});
static NEGOTIATION: LazyLock<Regex> = LazyLock::new(|| {
    lenient_regex(
        r"(?i)\b(?:samverkades|förhandlades|har\s+samverkats|är\s+samverkat|samverkats|(?:ej\s+|inte\s+)?(?:o?enighet)|(?:parterna|vi)\s+(?:är\s+)?(?:ense|överens|eniga|oense|oeniga)|^[\s\-–•*]*samverkad\b|(?:parterna|vi)\s+(?:enades|kom\s+överens)|överenskommelse\s+(?:träffades|nåddes)|(?:ej\s+|inte\s+)?träffa(?:r|t|ts|de|des))\b",
    )
});
/// An agreement on the point's proposal ("Parterna är överens om arbetsgivarens förslag …").
static OF_THE_PROPOSAL: LazyLock<Regex> = LazyLock::new(|| {
    lenient_regex(r"(?i)\b(?:överens|ense|eniga|enades)\s+om\s+(?:\p{L}+s\s+)?förslag(?:et)?\b")
});
/// A point's title that names a step of the meeting, not a matter.
static PROCEDURAL_TITLE: LazyLock<Regex> = LazyLock::new(|| {
    lenient_regex(
        r"(?i)^(?:samverkan|förhandling(?:ar|en)?|mbl|information|övriga\s+frågor|förhandlingens\s+(?:öppnande|avslutande)|mötets\s+(?:öppnande|avslutande)|ärenden|protokollsanteckning(?:ar)?)(?:\s+enligt\s+MBL)?$",
    )
});
/// A negotiation named as one ("förhandlingen", "förhandlades"), not a negotiation order.
static NEGOTIATED: LazyLock<Regex> =
    LazyLock::new(|| lenient_regex(r"(?i)\bförhandl(?:ingen|ades|ingarna|ing\s+enligt)\b"));
/// A promise in the words of an agreement: "åtar sig att", "tar ansvar för att", "ska verka för att".
static UNDERTAKING: LazyLock<Regex> = LazyLock::new(|| {
    lenient_regex(
        r"(?i)\b(?:åtar\s+sig|åtog\s+sig|har\s+åtagit\s+sig|tar\s+(?:\p{Ll}+\s+)?ansvar\s+för\s+att|ansvarar\s+för\s+att|ska(?:ll)?\s+verka\s+för\s+att|förbinder\s+sig|avvaktar\s+med|(?:har\s+)?(?:gett|gav|ger)\s+\p{L}+\s+i\s+uppdrag\s+att)\b",
    )
});
/// A task in the present tense ("tar fram", "ser över", "skickar ut"): a promise only with a
/// party as its subject and a when.
static ACTION_NOW: LazyLock<Regex> = LazyLock::new(|| {
    lenient_regex(
        r"\b(?:tar\s+fram|tittar\s+på|ser\s+över|undersöker|utreder|sammanställer|skickar(?:\s+ut)?|bjuder\s+in|kallar\s+till|tar\s+reda\s+på|kontrollerar|uppdaterar|reviderar)\b",
    )
});
/// Something to be done by then ("ska vara utredda", "skall vara åtgärdat").
static SHALL_BE_DONE: LazyLock<Regex> = LazyLock::new(|| {
    lenient_regex(r"(?i)\bska(?:ll)?\s+vara\s+(?:\p{Ll}+(?:da|de|dd|t|d|ade|ad|at))\b")
});
/// Reporting to a meeting ("redovisar", "presenterar"): a promise when due at the next one.
static REPORT_AT: LazyLock<Regex> =
    LazyLock::new(|| lenient_regex(r"\b(?:redovisar|presenterar|återrapporterar)\b"));
/// An intention ("avser att", "avsikten är att", "planerar att"): a promise only with a when.
static INTENT: LazyLock<Regex> = LazyLock::new(|| {
    lenient_regex(
        r"(?i)\b(?:avsikt(?:en)?\s+är\s+att|har\s+för\s+avsikt\s+att|avser\s+(?:\p{Ll}+\s+)?att|planerar\s+att)\b",
    )
});
/// A point a party registered for the meeting: "Saco-S hade anmält en ärendepunkt", "Inför
/// mötet hade Seko anmält två punkter", "den punkt Vision anmält vid förra mötet", "fråga som
/// Kommunal väckte". `n` is how many points ("två"), when the sentence counts them.
static REGISTERED: LazyLock<Regex> = LazyLock::new(|| {
    let count = |group: &str| {
        format!(
            r"(?:(?P<{group}>två|tre|fyra|fem|sex|några|flera|\d{{1,2}})\s+|en\s+|ett\s+|följande\s+)?"
        )
    };
    let point = r"(?:ärendepunkt(?:er)?|punkt(?:er)?|fråg(?:a|or)|ärenden?|övrig(?:a)?\s+fråg(?:a|or)|önskemål)";
    // "Saco-S hade skickat in ett önskemål om …": a point sent in before the meeting.
    let verb =
        r"(?:anmält|anmälde|väckt|väckte|skickat\s+in|skickade\s+in|lämnat\s+in|lämnade\s+in)";
    lenient_regex(&format!(
        r"(?:(?P<p>{p})\s+(?:(?:har|hade)\s+(?:\p{{Ll}}+\s+){{0,3}})?{verb}\s+{n}{point}|\b(?:har|hade)\s+(?P<q>{p})\s+(?:\p{{Ll}}+\s+){{0,3}}{verb}\s+{m}{point}|\b(?:punkt|punkten|fråga|frågan|ärendet|ärende)\s+(?:som\s+)?(?P<r>{p})\s+(?:har\s+|hade\s+)?(?:anmält|anmälde|väckt|väckte|lyft|lyfte|ställt|ställde))",
        p = party_pattern(),
        n = count("n"),
        m = count("m"),
    ))
});
/// What introduces the titles of points counted in a sentence ("… två punkter; A och B", "…
/// två ärendepunkter med rubrikerna A och B", "… frågor om A och B").
static POINT_TITLES: LazyLock<Regex> = LazyLock::new(|| {
    lenient_regex(
        r"^\s*(?:[:;,–-]\s*|\s+(?:med\s+(?:rubrik(?:en|erna)?|titeln|titlarna)|om|kring|rörande|gällande|angående)\s+)",
    )
});
/// The registered point was answered: feedback or an answer came.
static FEEDBACK: LazyLock<Regex> = LazyLock::new(|| {
    lenient_regex(r"(?i)\b(?:återkoppling|svar|besvarades|besvarats|redovisade|redovisades)\b")
});
/// A matter taken off the balance list or closed: reported done, removed, written off.
static REMOVAL: LazyLock<Regex> = LazyLock::new(|| {
    lenient_regex(
        r"(?i)\b(?:avförs|avfördes|avskrivs|avskrevs|stryks|ströks|stängs|stängdes|kan\s+(?:avskrivas|avföras|strykas|stängas)|tas\s+bort\s+från\s+(?:balans|ärende)listan|kan\s+avslutas|avslutas|anses\s+(?:besvarad|klar|avslutad|utredd)|är\s+(?:nu\s+)?(?:klar|klart|åtgärdad|åtgärdat|genomförd|genomfört|löst)|status:\s*(?:klar|klart|avslutad|avslutat|åtgärdad|åtgärdat))\b",
    )
});
/// The point stays on the list: no answer yet ("Kvarstår", "Punkten står kvar på listan").
static REMAINS: LazyLock<Regex> = LazyLock::new(|| {
    lenient_regex(
        r"(?i)\bkvarstår\b|\b(?:står|ligger)\s+kvar\b|\b(?:kvar|varit)\s+på\s+(?:balans|åtgärds|ärende)listan|\binte\s+(?:färdigutredd|klar|färdig|besvarad)\b|\bfortfarande\s+(?:är\s+)?obesvarad\b",
    )
});
/// "ligger kvar på två timmar", "står kvar vid beslutet": what an answer says stays as it was,
/// not the point staying on the list.
static KVAR_IN_ANSWER: LazyLock<Regex> = LazyLock::new(|| {
    lenient_regex(
        r"(?i)\b(?:står|ligger)\s+kvar\s+(?:(?:på|vid|i|med|som)\s+(?:\d|två|tre|fyra|fem|sex|samma|nuvarande|dagens|beslutet|den|det|sin|sitt|tidigare|förut|hittills|i\s*dag)|oförändrad|oförändrat|oförändrade)",
    )
});
/// The closing of a negotiation ("Förhandlingens avslutande", "Avslutning av förhandlingen").
static NEGOTIATION_END_TITLE: LazyLock<Regex> =
    LazyLock::new(|| lenient_regex(r"(?i)förhandling|samverkan"));
/// A title that follows points up besides the minutes ("… och återkopplingar", "… och frågor").
static FOLLOW_UP_TITLE: LazyLock<Regex> = LazyLock::new(|| {
    lenient_regex(r"(?i)återkoppl|återrapport|uppföljning|\bfrågor\b|balanslist|åtgärd")
});
/// A balance or action list gone through ("Åtgärdslistan från 2025-12-04 gicks igenom").
static LIST_REVIEWED: LazyLock<Regex> = LazyLock::new(|| {
    lenient_regex(
        r"(?i)\b(?:balans|åtgärds|ärende)listan\b[^.\n]{0,40}\b(?:gicks|gås|gicks\s+sedan)\s+igenom|\bgenomgång\s+av\s+(?:balans|åtgärds|ärende)listan",
    )
});
/// A second verb of asking in a sentence ("… och frågar hur", "… och undrar om").
static COORDINATED_ASK: LazyLock<Regex> = LazyLock::new(|| {
    lenient_regex(
        r"\boch\s+(?:(?:frågar|frågade|undrar|undrade|(?:vill|ville)\s+(?:även\s+|också\s+)?veta)\s+(?:hur|om|vad|varför|när|vem|vilk\p{L}+|huruvida)|(?:begär|begärde|efterfrågar|efterfrågade)\s+(?:att\s+få\b|en\b|ett\b))\b",
    )
});
/// A pointer to another point of the protocol ("se punkt 7", "se § 12").
static CROSS_REFERENCE: LazyLock<Regex> =
    LazyLock::new(|| lenient_regex(r"(?i)\bse\s+(?:punkt|p\.|§)\s*\d"));
/// The mark of a promise owed by several together, on each debtor's copy.
const JOINT: &str = " (gemensamt åtagande)";
/// A union demanding a negotiation ("begär central förhandling enligt 14 § MBL").
static NEGOTIATION_DEMAND: LazyLock<Regex> =
    LazyLock::new(|| lenient_regex(r"(?i)\bbegär(?:de|t)?\s+(?:\p{Ll}+\s+)?förhandling"));
/// From an earlier meeting.
static EARLIER: LazyLock<Regex> = LazyLock::new(|| {
    lenient_regex(r"(?i)\b(?:tidigare\s+möte\p{L}*|förra\s+mötet|föregående\s+möte\p{L}*)")
});
/// Whether an answer leaves its point open ("Kvarstår"), not one telling what stays as it was
/// ("Tiden ligger kvar på två timmar").
fn still_open(text: &str) -> bool {
    REMAINS.is_match(text) && (!KVAR_IN_ANSWER.is_match(text) || REMAINS_OTHERWISE.is_match(text))
}
static REMAINS_OTHERWISE: LazyLock<Regex> = LazyLock::new(|| {
    lenient_regex(
        r"(?i)\bkvarstår\b|\bkvar\s+på\s+(?:balans|åtgärds|ärende)listan|\binte\s+(?:färdigutredd|klar|färdig|besvarad)\b|\bfortfarande\s+(?:är\s+)?obesvarad\b",
    )
});

/// A sentence that takes a point off the list: not a negotiation ending ("Förhandlingen
/// avslutas i oenighet").
fn takes_off(text: &str) -> bool {
    REMOVAL.is_match(text) && !NEGOTIATION.is_match(text)
}

/// A sentence that opens a point of a list: its number, code or bullet ("2.3 ", "Punkt 4: ",
/// "- ").
fn listed_point(text: &str) -> bool {
    POINT_MARK.is_match(text) || POINT_LABEL.is_match(text) || bulleted(text)
}

/// A sentence on a line of a bulleted list ("- Trasig port (SO Per Dahl): …").
fn bulleted(text: &str) -> bool {
    static BULLET: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"^\s*[-–•*]\s+\p{Lu}").expect("regex"));
    BULLET.is_match(text)
}

/// A sentence that only takes the point above it off the list ("Punkten kan avskrivas.",
/// "Klar, avförs."), naming no point of its own.
fn closes_only(text: &str) -> bool {
    static CLOSING: LazyLock<Regex> = LazyLock::new(|| {
        lenient_regex(r"(?i)^\s*(?:punkten|den|det|frågan|ärendet|denna|detta)\s")
    });
    REMOVAL.is_match(text)
        && (text.split_whitespace().count() <= 4 || CLOSING.is_match(text))
        && !QUESTION_NAMED.is_match(text)
}

/// A board matter that opens with its registry number on a line of its own ("Budget 2027,\nRS
/// 2026/145\nNN informerade …") has its title on the line above, when that line ends in a comma.
fn with_title_line_above(doc: &Doc, item: &mut ItemDraft) {
    let start = item.source_span.start;
    let head = doc.slice(item.source_span);
    let opens = REGISTRY
        .find(head)
        .is_some_and(|m| head[..m.start()].split_whitespace().count() <= 1);
    if !opens || !doc.text[..start].ends_with('\n') {
        return;
    }
    let above_end = doc.text[..start].trim_end_matches(['\n', ' ', '\t']).len();
    let above_start = doc.text[..above_end].rfind('\n').map_or(0, |at| at + 1);
    let above = &doc.text[above_start..above_end];
    let titled = above.trim_end().ends_with(',');
    if above.trim().is_empty() || !titled || REGISTRY.is_match(above) || above_end + 2 < start {
        return;
    }
    item.source_span = Span::new(above_start, item.source_span.end);
    item.source_text = doc.slice(item.source_span).to_string();
}

/// The stems of the verbs of asking (`Q_VERB`, `Q_INVERTED`).
const ASKING: &[&str] = &[
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

/// Whether the verb after "kommer att" promises: not a prediction ("kommer att ta tid"), save
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
            format!(r"(?i)\b(?:nästa|nästkommande)\s+(?:ordinarie\s+)?(?:planerade\s+)?\p{{L}}+(?:-\p{{L}}+)?(?:\s+i\s+(?:(?:{months})(?:\s+\d{{4}})?|(?-i:\p{{Lu}}{{2,6}}))\b)?"),

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

/// A sentence of a section and whether another reading has claimed it.
#[derive(Debug, Clone, Copy)]
struct Sent {
    span: Span,
    para: usize,
    /// Inside a statement, a board-matter list or an agenda line: not read as questions or promises.
    excluded: bool,
    /// Excluded only as part of a board matter's text: its outcome is still read as a negotiation.
    in_matter: bool,
    /// A listed point's code and title on a line of its own ("B 24:07 Lyftutrustning"): a
    /// point of its own begins.
    point_title: bool,
}

#[derive(Debug, Clone)]
struct QUnit {
    context: Vec<usize>,
    question: Vec<usize>,
    answer: Vec<usize>,
    raised_by: Option<Party>,
    explicit: bool,
    answer_by: Option<Party>,
    answer_person: Option<String>,
    /// A question on a line of its own, answered by the paragraph after it.
    standalone: bool,
}

struct Reader<'a> {
    doc: &'a Doc,
    /// Per paragraph of the section being read: whether it names a union.
    union_paragraphs: std::cell::RefCell<std::collections::HashMap<usize, bool>>,
    people: &'a People,
    /// The roles of those present (empty when none is listed), lowercased, with their parties.
    roles: Vec<(String, Party)>,
    meeting_date: Option<Date>,
    /// The union that wrote the text, when it is one (union-side minutes): who "vi" is.
    writer: Option<Party>,
    /// The one union present, when only one attended: who "facket" and "skyddsombudet" are.
    sole_union: Option<Party>,
    /// The section being read is a point of samverkan that ends in an outcome ("Samverkan
    /// genomförd i enighet"): a side's wishes there are its position, not questions.
    samverkan_point: std::cell::Cell<bool>,
    items: Vec<ItemDraft>,
    next_id: usize,
}

/// Reads every item of the protocol.
pub fn read_items(doc: &Doc, meeting: &MeetingDraft, people: &People) -> Vec<ItemDraft> {
    let mut reader = Reader {
        doc,
        union_paragraphs: Default::default(),
        people,
        roles: meeting
            .present
            .iter()
            .map(|a| {
                let role = a.role.as_deref().unwrap_or_default().to_lowercase();
                (role, a.party.clone())
            })
            .collect(),
        meeting_date: meeting.date,
        writer: writer(doc, meeting),
        sole_union: sole_union(meeting),
        samverkan_point: Default::default(),
        items: Vec::new(),
        next_id: 0,
    };
    for section in &doc.sections {
        // "Föregående protokoll och återkopplingar": the minutes, and the points followed up.
        if section.kind == SectionKind::PreviousMinutes && FOLLOW_UP_TITLE.is_match(&section.title)
        {
            let follow_up = Section {
                kind: SectionKind::CarriedOver,
                ..section.clone()
            };
            reader.section(&follow_up);
            continue;
        }
        // "Föregående protokoll\nGodkändes. Åtgärdslistan från 4/12 gicks igenom. - …": the
        // minutes, and the list gone through under them.
        if section.kind == SectionKind::PreviousMinutes
            && !section.body.is_empty()
            && LIST_REVIEWED
                .is_match(doc.slice(doc.span_of_lines(section.body.start, section.body.end - 1)))
        {
            let list = Section {
                kind: SectionKind::BalanceList,
                ..section.clone()
            };
            reader.section(&list);
            continue;
        }
        // "Förhandlingens avslutande": where a negotiation's outcome and what follows it are
        // written down ("Mötet avslutas" holds nothing).
        if section.kind == SectionKind::Closing && NEGOTIATION_END_TITLE.is_match(&section.title) {
            let closing = Section {
                kind: SectionKind::General,
                ..section.clone()
            };
            reader.section(&closing);
            continue;
        }
        if section.kind.is_procedural() {
            continue;
        }
        reader.section(section);
    }
    reader.head_matter();
    let mut items = reader.items;
    for item in &mut items {
        if item.kind == ItemKind::BoardMatter {
            with_title_line_above(doc, item);
        }
    }
    items.sort_by_key(|item| (item.source_span.start, item.source_span.end));
    // Ids in the order of the protocol.
    let renames: Vec<(String, String)> = items
        .iter()
        .enumerate()
        .map(|(k, item)| (item.id.clone(), format!("i{}", k + 1)))
        .collect();
    for item in &mut items {
        if let Some((_, new)) = renames.iter().find(|(old, _)| *old == item.id) {
            item.id = new.clone();
        }
        if let Some(belongs) = &item.belongs_to
            && let Some((_, new)) = renames.iter().find(|(old, _)| old == belongs)
        {
            item.belongs_to = Some(new.clone());
        }
    }
    for item in &mut items {
        retitle_from_point(doc, item);
        item.title = without_list_mark(&item.title);
        mark_struck_off(item);
    }
    items
}

/// A listed or carried-over point that the meeting settled and took off the list ("Klar,
/// avförs.", "Frågan kan avskrivas.") does not stay on the balance list.
fn mark_struck_off(item: &mut ItemDraft) {
    let listed = item.on_balance_list || item.carried_over;
    if !listed
        || item.outcome != Outcome::Answered
        || !matches!(item.kind, ItemKind::Question | ItemKind::Commitment)
    {
        return;
    }
    let answer = item.answer.as_ref().map_or("", |a| a.text.as_str());
    let said = [item.text.as_str(), answer];
    if said.iter().any(|text| takes_off(text)) && !said.iter().any(|text| REMAINS.is_match(text)) {
        item.struck_off = true;
        item.on_balance_list = false;
    }
}

/// The one union among those present, if only one attended.
fn sole_union(meeting: &MeetingDraft) -> Option<Party> {
    let mut unions = meeting
        .present
        .iter()
        .map(|a| &a.party)
        .filter(|p| matches!(p, Party::Union(_)));
    let first = unions.next()?;
    unions.all(|p| p == first).then(|| first.clone())
}

/// A case's title without the dash, bullet, letter or number that marked its line in a list
/// ("- Taklyftar …", "b) Kommunal frågar …", "1. Kommunal (2025-11-13): …").
fn without_list_mark(title: &str) -> String {
    static MARK: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"^\s*(?:\p{Ll}|\d{1,2})[.)]\s+(?P<t>\p{Lu})").expect("regex"));
    let title = MARK
        .captures(title)
        .and_then(|c| c.name("t"))
        .map_or(title, |t| &title[t.start()..]);
    let trimmed = title.trim_start_matches(['-', '–', '•', '*', '·', ' ']);
    if trimmed.is_empty() {
        title.to_string()
    } else {
        trimmed.to_string()
    }
}

/// A point's own title at the head of an item's source ("2.3 Parkering vid förrådet", "B 25:04
/// Larmknappar", a title line "Cykelförråd (från LSG mars)") is the item's title, without its
/// number or code; a sentence that only closes the point ("Punkten kan avskrivas.") never is.
fn retitle_from_point(doc: &Doc, item: &mut ItemDraft) {
    if !matches!(
        item.kind,
        ItemKind::Question | ItemKind::Commitment | ItemKind::Statement
    ) {
        return;
    }
    static NUMBER: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(&format!(r"^\s*(?:[-–•*]\s*)?{POINT_CODE}[.)]?\s+(?P<t>\S)")).expect("regex")
    });
    // "Punkten avförs.", "Den avförs från balanslistan.": the point closed, not its subject.
    static CLOSING: LazyLock<Regex> = LazyLock::new(|| {
        lenient_regex(r"(?i)^\s*(?:punkten|den|det|frågan|ärendet|denna|detta)\s")
    });
    if let Some(title) = point_heading(doc, item.source_span) {
        item.title = shorten(&title, 120);
        return;
    }
    // "4. Kommunal (2026-02-12): Friskvårdstimme för nattpersonal. Kvarstår.": a balance
    // list's point names who raised it and when, then its subject.
    static ORIGIN_SUBJECT: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(
            r"^\s*(?:\d{1,2}[.)]\s+|[-–•*]\s+)?\p{Lu}[^:()\n]{1,40}\((?:\d{4}-\d{2}-\d{2}|\d{1,2}/\d{1,2}(?:\s*-?\d{2,4})?|[^()\n]{3,24}\d{2,4})\)\s*:\s*(?P<s>\p{Lu}[^.!?\n]{3,120})",
        )
        .expect("regex")
    });
    if let Some(subject) = ORIGIN_SUBJECT
        .captures(doc.slice(item.source_span))
        .and_then(|c| c.name("s"))
        .filter(|s| !REMOVAL.is_match(s.as_str()) && !REMAINS.is_match(s.as_str()))
    {
        item.title = subject.as_str().trim().to_string();
        return;
    }
    if let Some(subject) = listed_subject(doc.slice(item.source_span)) {
        item.title = subject;
        return;
    }
    // "Åtg: Byt låset. Ansv: Per Ek Klart: v. 12": the action, without who and when.
    static ACTION: LazyLock<Regex> = LazyLock::new(|| {
        lenient_regex(
            r"(?i)^\s*(?:åtg|åtgärd)\s*:\s*(?P<t>.+?)\s*(?:\b(?:ansv|ansvarig|klart|klar\s+senast)\s*:|$)",
        )
    });
    if item.kind == ItemKind::Commitment
        && let Some(action) = ACTION.captures(&item.title).and_then(|c| c.name("t"))
        && action.as_str().split_whitespace().count() >= 2
    {
        item.title = action.as_str().to_string();
        return;
    }
    // "7.2 Seko vill veta …": the point's number is no part of its title.
    if let Some(t) = NUMBER.captures(&item.title).and_then(|c| c.name("t")) {
        item.title = item.title[t.start()..].to_string();
    }
    // "Fråga om tjänstebilar: klar, avförs.", "Nycklar till förrådet: kvarstår.": the subject
    // before what became of it.
    if let Some((subject, fate)) = item
        .title
        .split_once(": ")
        .or_else(|| item.title.split_once(" – "))
        && (REMOVAL.is_match(fate) || REMAINS.is_match(fate))
        && !REMOVAL.is_match(subject)
        && !REMAINS.is_match(subject)
        && subject.split_whitespace().count() >= 2
    {
        item.title = subject.trim().to_string();
        return;
    }
    if REMOVAL.is_match(&item.title)
        && (item.title.split_whitespace().count() <= 5 || CLOSING.is_match(&item.title))
        && let Some(first) = sentences(&doc.text, item.source_span)
            .into_iter()
            .map(|span| collapse(doc.slice(span)))
            .find(|text| !REMOVAL.is_match(text))
    {
        item.title = shorten(&first, 120);
    } else if REMOVAL.is_match(&item.title)
        && CLOSING.is_match(&item.title)
        && !item.section_title.is_empty()
    {
        // Nothing but the closing sentence: the section names the point.
        item.title = item.section_title.clone();
    }
}

/// The subject a bulleted point of a list names before its colon ("- Nycklar till förrådet:
/// kvarstår …"), when the source holds one such point and the subject reads as a name.
fn listed_subject(source: &str) -> Option<String> {
    static MARKED: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?m)^\s*[-–•*]\s+(?P<s>\p{Lu}[^:\n]{2,80}?):\s").expect("regex")
    });
    let mut points = MARKED.captures_iter(source);
    let subject = points.next()?.name("s")?.as_str().trim();
    if points.next().is_some()
        || !(1..=10).contains(&subject.split_whitespace().count())
        || opens_sentence(subject)
        || REMOVAL.is_match(subject)
        || REMAINS.is_match(subject)
        || subject.ends_with(['.', '!', '?'])
    {
        return None;
    }
    Some(subject.to_string())
}

/// The title a sub-point gives itself on the first line of a span, if the span starts a
/// paragraph: the line after its number or code, or the words before the sentence glued onto
/// it ("2.3 Städrutiner Vision undrar om …").
fn point_heading(doc: &Doc, span: Span) -> Option<String> {
    static CODE: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(&format!(r"^{POINT_CODE}[.)]?\s+|^\d{{1,2}}[.)]\s+")).expect("regex")
    });
    let text = doc.slice(span);
    let first_line = text.lines().next()?.trim();
    let rest = text[text.find('\n').map_or(text.len(), |i| i + 1)..].trim_start();
    // The span must start a line that starts a paragraph or follows its section's heading.
    let line_start = doc.text[..span.start].rfind('\n').map_or(0, |i| i + 1);
    if !doc.text[line_start..span.start].trim().is_empty() {
        return None;
    }
    let index = doc.lines.iter().position(|l| l.start == line_start)?;
    let starts_paragraph = index == 0
        || doc.is_blank(index - 1)
        || doc
            .sections
            .iter()
            .any(|s| s.body.start == index || doc.lines[index - 1].start == s.span.start);
    let code = CODE.find(first_line);
    let line = code.map_or(first_line, |c| &first_line[c.end()..]).trim();
    if !starts_paragraph && code.is_none() {
        return None;
    }
    let words = line.split_whitespace().count();
    let rest_capital = rest.chars().next().is_some_and(char::is_uppercase);
    // A line broken inside a sentence ends on a small word ("… – information enligt").
    let broken = line.split_whitespace().last().is_some_and(|w| {
        matches!(
            w,
            "enligt"
                | "för"
                | "av"
                | "i"
                | "om"
                | "på"
                | "till"
                | "med"
                | "och"
                | "att"
                | "som"
                | "–"
        )
    });
    let ends_sentence = broken || line.ends_with(['.', '!', '?', ':', ',']);
    if rest_capital && !ends_sentence && (1..=12).contains(&words) {
        // Without a number the line must read as a name, not a sentence broken before a name.
        let verbish = line.split_whitespace().skip(1).any(|w| {
            w.chars().next().is_some_and(char::is_lowercase)
                && (w.ends_with("ade") || w.ends_with("ar") || w.ends_with("er") || w == "är")
        });
        if (code.is_some() && !opens_sentence(line)) || !verbish {
            return Some(line.trim_end_matches([',', ';']).trim().to_string());
        }
        return None;
    }
    code?;
    let end = glued_title_end(line)?;
    Some(line[..end].trim().to_string())
}

/// A line that begins with a party and a finite verb ("Kommunal frågade …") is a sentence.
fn opens_sentence(line: &str) -> bool {
    mentions(line)
        .first()
        .is_some_and(|m| m.start == 0 && FINITE_VERB.is_match(&line[m.end..]))
}

/// A verb of asking or telling after a subject ("undrar", "frågade", "lyfte").
static FINITE_VERB: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\s+(?:frågar|frågade|undrar|undrade|lyfter|lyfte|tar|tog|vill|ville|önskar|önskade|påtalar|påtalade|efterfrågar|efterfrågade|informerar|informerade|har|hade|anser|ansåg|begär|begärde|ställer|ställde|redovisar|redovisade|svarar|svarade)\b").expect("regex")
});

/// Where the title of a sub-point ends when a sentence is glued onto it ("Städrutiner i köket
/// Vision undrar om …"): at the asker followed by a finite verb, after one to ten words.
fn glued_title_end(line: &str) -> Option<usize> {
    let glued = mentions(line)
        .into_iter()
        .find(|m| m.start > 0 && FINITE_VERB.is_match(&line[m.end..]))?;
    let title = &line[..glued.start];
    let words = title.split_whitespace().count();
    let capital = title
        .trim_start()
        .chars()
        .next()
        .is_some_and(char::is_uppercase);
    (capital && (1..=10).contains(&words) && !title.contains(['.', '?', '!', ':', '"', '”']))
        .then_some(glued.start)
}

impl Reader<'_> {
    /// A negotiation protocol's own matter, named in its head: "Ärende: …" with a registry
    /// number ("Diarienummer: KS 2026/77") and the MBL paragraph of the negotiation.
    fn head_matter(&mut self) {
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
        let mbl = head.clone().find_map(|i| {
            MBL_LINE.captures(doc.line_text(i)).map(|c| {
                if ["a", "b", "c"]
                    .iter()
                    .find_map(|g| c.name(g))
                    .is_some_and(|m| m.as_str() == "11")
                {
                    Mbl::Negotiation11
                } else {
                    Mbl::Information19
                }
            })
        });
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

    fn push(&mut self, mut item: ItemDraft, section: &Section) -> String {
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

    fn item_at(&self, span: Span, kind: ItemKind) -> ItemDraft {
        let span = trim_span(&self.doc.text, span);
        ItemDraft::new(kind, span, self.doc.slice(span))
    }

    fn section(&mut self, section: &Section) {
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
            if NONE_SENTENCE.is_match(&text)
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

    /// Board matters: MBL §11 / §19 lists (titles and registry numbers on lines of their own in
    /// either order), "Ärende N" paragraphs, and registry numbers in the text. Returns the
    /// matters' ids with their spans, for statements to attach to.
    fn board_matters(
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
        let one_negotiation =
            NEGOTIATION_HEADED.is_match(&section.title) && !REGISTRY.is_match(&section.title);
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
            let mbl = if ["a", "b", "c"]
                .iter()
                .find_map(|g| c.name(g))
                .is_some_and(|m| m.as_str() == "11")
            {
                Mbl::Negotiation11
            } else {
                Mbl::Information19
            };
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
                        let number = ["a", "b", "c"].iter().find_map(|g| c.name(g));
                        item.mbl = Some(if number.is_some_and(|m| m.as_str() == "11") {
                            Mbl::Negotiation11
                        } else {
                            Mbl::Information19
                        });
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

    /// Statements (yttrande, protokollsanteckning): the labelled paragraph and the ones that
    /// follow until someone else speaks.
    fn statements(
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
    fn headed_statements(
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

    fn actions(&mut self, section: &Section, paras: &[Para], excluded: &mut Vec<Span>) {
        static ACTION: LazyLock<Regex> = LazyLock::new(|| {
            lenient_regex(
                r"(?im)(?:^|[.;]\s+)[\s\-–•*]*(?P<a>(?:åtg(?:ärd)?|åtgärder|att\s+göra)\.?\s*:)",
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
            let starts: Vec<usize> = ACTION
                .captures_iter(text)
                .filter_map(|c| c.name("a").map(|a| a.start()))
                .collect();
            for (n, &start) in starts.iter().enumerate() {
                let end = starts.get(n + 1).copied().unwrap_or(text.len());
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

    /// Points a party registered ("Saco-S hade anmält en ärendepunkt …"): a question of that
    /// party, registered before the meeting, answered when feedback is reported with it. Its
    /// sentence is then read as nothing else.
    fn registered_points(&mut self, section: &Section, sents: &mut [Sent]) {
        for at in 0..sents.len() {
            let sent = &sents[at];
            if sent.excluded {
                continue;
            }
            let text = self.doc.slice(sent.span);
            if !(has_any(
                text,
                &[
                    "anmäl",
                    "väck",
                    "skickat in",
                    "skickade in",
                    "lämnat in",
                    "lämnade in",
                ],
            ) || has_any(text, &["punkt", "fråga", "ärende"])
                && has_any(text, &["lyft", "ställ"]))
            {
                continue;
            }
            let Some(c) = REGISTERED.captures(text) else {
                continue;
            };
            let Some(party) = ["p", "q", "r"]
                .iter()
                .find_map(|g| c.name(g))
                .and_then(|m| lexicon::party_of(m.as_str()))
                .filter(|p| *p != Party::Employer)
            else {
                continue;
            };
            let whole = c.get(0).map_or(0..0, |m| m.range());
            let titles = c
                .name("n")
                .or_else(|| c.name("m"))
                .map(|n| point_titles(&text[whole.end..], n.as_str()))
                .unwrap_or_default();
            // Points counted and named in the sentence are a question each; otherwise the
            // sentence is one.
            let titles = if titles.is_empty() {
                vec![shorten(&collapse(text), 120)]
            } else {
                titles
            };
            for title in titles {
                let mut item = self.item_at(sent.span, ItemKind::Question);
                item.title = title;
                item.addressed_to = Some(opposite(&party));
                item.raised_by = Some(party.clone());
                item.pre_registered = true;
                item.carried_over = EARLIER.is_match(text);
                item.outcome = if FEEDBACK.is_match(text) {
                    Outcome::Answered
                } else {
                    Outcome::Open
                };
                // "… anmält följande fråga: Hur …? Dekanen svarade att …": the question told
                // after a colon is answered by the sentence after it.
                if item.outcome == Outcome::Open
                    && text.contains(':')
                    && let Some(next) = sents.get(at + 1).filter(|n| !n.excluded)
                    && let Some((by, person, true)) = self.answer_signal(self.doc.slice(next.span))
                    && by.as_ref().is_none_or(|b| opposite_sides(b, &party))
                {
                    item.answer = Some(AnswerDraft {
                        by: by.unwrap_or_else(|| opposite(&party)),
                        person,
                        text: collapse(self.doc.slice(next.span)),
                        span: next.span,
                    });
                    item.outcome = Outcome::Answered;
                }
                item.confidence = 0.7;
                self.push(item, section);
            }
            sents[at].excluded = true;
        }
    }

    /// A list laid out as a table under a row of column names ("Nr  Ärende  Väckt av  Status"),
    /// its cells wrapped over several lines: each row is the point's question, asked by the
    /// party of its asker's column (a union, a role such as "SO", or a person present), answered
    /// by its status when the status takes it off the list, else still open. Returns the
    /// tables' spans.
    fn list_tables(&mut self, section: &Section) -> Vec<Span> {
        static TOPIC: LazyLock<Regex> = LazyLock::new(|| {
            lenient_regex(
                r"(?i)^(?:ärende|ärenden|fråga|frågor|punkt|rubrik|beskrivning|frågeställning|ämne)$",
            )
        });
        static ASKER: LazyLock<Regex> = LazyLock::new(|| {
            lenient_regex(
                r"(?i)^(?:(?:väckt|väckts|anmäld|anmält|initierad|inlämnad|lyft|ställd|ställt)\s+av|från|part|fack|facklig\s+org\p{L}*|organisation)$",
            )
        });
        static STATUS: LazyLock<Regex> = LazyLock::new(|| {
            lenient_regex(
                r"(?i)^(?:status|kommentar|kommentarer|läge|lägesrapport|åtgärd|åtgärder|svar|beslut)$",
            )
        });
        static NUMBER: LazyLock<Regex> =
            LazyLock::new(|| lenient_regex(r"(?i)^(?:nr|nr\.|#|id|punkt\s+nr|löpnr)$"));
        let doc = self.doc;
        // The chunks of a line between runs of two spaces or more, with their columns in chars.
        let chunks = |line: &str| -> Vec<(usize, String)> {
            let chars: Vec<char> = line.chars().collect();
            let mut out: Vec<(usize, String)> = Vec::new();
            let mut i = 0;
            while i < chars.len() {
                if chars[i].is_whitespace() {
                    i += 1;
                    continue;
                }
                let start = i;
                while i < chars.len()
                    && !(chars[i].is_whitespace()
                        && chars.get(i + 1).is_none_or(|c| c.is_whitespace()))
                {
                    i += 1;
                }
                out.push((start, chars[start..i].iter().collect::<String>()));
            }
            out
        };
        let mut tables = Vec::new();
        let mut index = section.body.start;
        while index < section.body.end {
            let head = chunks(doc.line_text(index));
            let topic = head.iter().position(|(_, t)| TOPIC.is_match(t));
            let asker = head.iter().position(|(_, t)| ASKER.is_match(t));
            let (Some(topic), Some(asker)) = (topic, asker) else {
                index += 1;
                continue;
            };
            let status = head.iter().position(|(_, t)| STATUS.is_match(t));
            let numbered = NUMBER.is_match(&head[0].1);
            let starts: Vec<usize> = head.iter().map(|(at, _)| *at).collect();
            // A chunk belongs to the last column that starts at or before it (give or take one).
            let column = |at: usize| starts.iter().rposition(|&s| s <= at + 1).unwrap_or(0);
            let mut rows: Vec<(usize, usize, Vec<String>)> = Vec::new();
            let mut end = index;
            for i in index + 1..section.body.end {
                if doc.is_blank(i) {
                    break;
                }
                end = i;
                let mut cells = vec![String::new(); starts.len()];
                for (at, text) in chunks(doc.line_text(i)) {
                    let cell = &mut cells[column(at)];
                    if !cell.is_empty() {
                        cell.push(' ');
                    }
                    cell.push_str(&text);
                }
                let begins = if numbered {
                    !cells[0].is_empty()
                } else {
                    !cells[asker].is_empty()
                };
                match rows.last_mut() {
                    Some((_, last, row)) if !begins => {
                        *last = i;
                        for (cell, more) in row.iter_mut().zip(cells) {
                            if !more.is_empty() {
                                if !cell.is_empty() {
                                    // A word broken over two lines of a cell is joined.
                                    if cell.ends_with('-') && more.starts_with(char::is_lowercase) {
                                        cell.pop();
                                    } else {
                                        cell.push(' ');
                                    }
                                }
                                cell.push_str(&more);
                            }
                        }
                    }
                    _ => rows.push((i, i, cells)),
                }
            }
            if rows.is_empty() {
                index += 1;
                continue;
            }
            for (first, last, cells) in &rows {
                let title = cells[topic].trim();
                if title.split_whitespace().count() < 2 {
                    continue;
                }
                let who = cells[asker].trim();
                let raised_by = lexicon::party_of(who)
                    .or_else(|| {
                        who.split_whitespace()
                            .next()
                            .filter(|w| {
                                matches!(*w, "SO" | "HSO" | "AMO" | "Skyddsombud" | "Skyddsombuden")
                            })
                            .and_then(|w| self.holder_of(w))
                    })
                    .or_else(|| self.who(who).0)
                    .filter(|p| *p != Party::Employer)
                    .unwrap_or(Party::AllUnions);
                let span = doc.span_of_lines(*first, *last);
                let mut item = self.item_at(span, ItemKind::Question);
                item.title = shorten(title, 120);
                item.addressed_to = Some(opposite(&raised_by));
                item.raised_by = Some(raised_by.clone());
                let said = status.map_or("", |s| cells[s].trim());
                if REMOVAL.is_match(said) && !still_open(said) {
                    item.answer = Some(AnswerDraft {
                        by: opposite(&raised_by),
                        person: None,
                        text: said.to_string(),
                        span,
                    });
                    item.outcome = Outcome::Answered;
                } else {
                    item.outcome = Outcome::Open;
                }
                item.confidence = 0.7;
                self.push(item, section);
            }
            tables.push(doc.span_of_lines(index, end));
            index = end + 1;
        }
        tables
    }

    /// Questions and their answers, sentence by sentence.
    fn questions(&mut self, section: &Section, sents: &[Sent]) -> Vec<(QUnit, Option<String>)> {
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
            let remains = unit.answer.iter().any(|&a| {
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
    fn holder_of(&self, role: &str) -> Option<Party> {
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
    fn answer_signal(&self, text: &str) -> Option<(Option<Party>, Option<String>, bool)> {
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
    fn who(&self, words: &str) -> (Option<Party>, Option<String>) {
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

    /// Promises: "återkommer", "kommer att" (in an answer, or with a party or person as its
    /// subject), a passive "meddelas … inom kort", "klar i december", "X ska undersöka".
    fn commitments(
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
        for (k, sent) in sents.iter().enumerate() {
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
                        && text[..m.start()].split_whitespace().count() <= 4))
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
                if PASSIVE.is_match(text) && !reported_plan() {
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

    /// Rows of an action list that stay on it with someone of the employer responsible ("-
    /// Larmtelefoner (ansv. Mikael). Kvarstår till nästa LSG.", "– Belysning: Anna har beställt
    /// armaturer. Kvarstår."): that person's action, renewed. A row that names the union that
    /// raised it is that union's question carried over, read elsewhere.
    fn remaining_actions(&mut self, section: &Section) {
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
    fn sentence_person(&self, text: &str) -> Option<(String, Party)> {
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

    /// Matters settled in samverkan: "samverkades enligt förvaltningens förslag", "enighet".
    fn negotiations(
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
        let mbl_of = |text: &str| {
            MBL_LINE.captures(text).map(|c| {
                if ["a", "b", "c"]
                    .iter()
                    .find_map(|g| c.name(g))
                    .is_some_and(|m| m.as_str() == "11")
                {
                    Mbl::Negotiation11
                } else {
                    Mbl::Information19
                }
            })
        };
        let first = self
            .doc
            .lines
            .iter()
            .position(|line| line.start >= section.span.start)?;
        (first..section.body.end)
            .rev()
            .filter(|&i| self.doc.lines[i].end <= span.start)
            .find_map(|i| mbl_of(self.doc.line_text(i)))
            .or_else(|| mbl_of(&section.title))
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
                let c = MBL_LINE.captures(line)?;
                let number = ["a", "b", "c"].iter().find_map(|g| c.name(g))?;
                Some(if number.as_str() == "11" {
                    Mbl::Negotiation11
                } else {
                    Mbl::Information19
                })
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

/// Whether a sentence only says how a matter ended ("Samverkan är därmed fullgjord i
/// enighet", "Parterna är överens."), without naming the matter: a few words, all of them
/// words of outcome and procedure.
fn bare_outcome(sentence: &str) -> bool {
    const PROCEDURE: &[&str] = &[
        "samverkan",
        "samverkad",
        "samverkades",
        "samverkat",
        "förhandling",
        "förhandlingen",
        "förhandlades",
        "mbl",
        "är",
        "var",
        "blev",
        "därmed",
        "härmed",
        "och",
        "fullgjord",
        "fullgjordes",
        "avslutad",
        "avslutades",
        "avslutas",
        "förklaras",
        "förklarades",
        "genomförd",
        "i",
        "med",
        "enighet",
        "oenighet",
        "parterna",
        "vi",
        "ense",
        "oense",
        "överens",
        "eniga",
        "oeniga",
        "enades",
        "ärendet",
        "punkten",
        "frågan",
        "enligt",
        "förslaget",
        "förslag",
        "förvaltningens",
        "ej",
        "inte",
        "kom",
        "konstaterar",
        "konstaterades",
        "att",
        "det",
        "råder",
        "rådde",
    ];
    let words: Vec<String> = sentence
        .split(|c: char| !c.is_alphanumeric() && c != '§')
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect();
    !words.is_empty() && words.len() <= 10 && words.iter().all(|w| PROCEDURE.contains(&w.as_str()))
}

/// Whether the text is an agenda and not a protocol: it says no protocol has been published,
/// or its title is a kallelse or dagordning and it never says protokoll or minnesanteckningar.
pub fn agenda_only(doc: &Doc) -> bool {
    static NO_MINUTES: LazyLock<Regex> = LazyLock::new(|| {
        lenient_regex(
            r"(?i)\b(?:inget|något)\s+protokoll\s+(?:har\s+)?(?:ännu\s+)?(?:publicerats|upprättats|finns)|\bprotokoll\s+(?:saknas|har\s+inte\s+publicerats)",
        )
    });
    static AGENDA_TITLE: LazyLock<Regex> =
        LazyLock::new(|| lenient_regex(r"(?i)^\s*(?:kallelse|dagordning|föredragningslista)\b"));
    static MINUTES: LazyLock<Regex> =
        LazyLock::new(|| lenient_regex(r"(?i)protokoll|minnesanteckning|anteckningar\s+från"));
    if NO_MINUTES.is_match(&doc.text) {
        return true;
    }
    let title = (0..doc.lines.len()).find(|&i| !doc.is_blank(i));
    title.is_some_and(|i| AGENDA_TITLE.is_match(doc.line_text(i))) && !MINUTES.is_match(&doc.text)
}

/// The union that wrote a text of union-side minutes or a union's report: the meeting's
/// organization when it is a union, or else the only union the text names ("Saco-S hade
/// anmält …", "vi" throughout). An employer's protocol names several unions or none.
fn writer(doc: &Doc, meeting: &MeetingDraft) -> Option<Party> {
    if let Some(party) = meeting
        .organization
        .as_deref()
        .and_then(lexicon::party_of)
        .filter(|p| matches!(p, Party::Union(_)))
    {
        return Some(party);
    }
    // A text headed by a union's own body ("Seko klubb Hamnen", "Vision sektion Norr") is
    // that union's, whatever meeting it reports from.
    if let Some(first) = doc.text.lines().find(|l| !l.trim().is_empty()) {
        let lower = first.to_lowercase();
        if [
            "sektion",
            "klubb",
            "lokalavdelning",
            "avdelning",
            "förening",
        ]
        .iter()
        .any(|w| lower.contains(w))
            && let Some(m) = leading_party(first).filter(|m| matches!(m.party, Party::Union(_)))
        {
            return Some(m.party);
        }
    }
    // A union's board or club minutes name their union in the title ("Protokoll fört vid
    // styrelsemöte med Gävle kommunförening av LR", "Vision Trollhättan, styrelsemöte").
    let board = meeting.forum.as_deref().is_some_and(|f| {
        let f = f.to_lowercase();
        ["styrelse", "klubb", "sektion", "medlemsmöte", "årsmöte"]
            .iter()
            .any(|w| f.contains(w))
    });
    if board {
        let title: Vec<&str> = doc
            .text
            .lines()
            .filter(|l| !l.trim().is_empty())
            .take(4)
            .collect();
        if let Some(m) = mentions(&title.join("\n"))
            .into_iter()
            .find(|m| matches!(m.party, Party::Union(_)))
        {
            return Some(m.party);
        }
    }
    // Minutes written from one union's side say so in the first person ("Från oss i Vision
    // deltog …", "Från Kommunal deltog jag", "du som medlem"): the union they are written for is
    // the one named in the membership phrase, else the first one the text names.
    static MEMBERSHIP: LazyLock<Regex> = LazyLock::new(|| {
        lenient_regex(&format!(
            r"\b(?:[Oo]ss|[Vv]i)\s+(?:i|inom)\s+(?P<p>{p})|\b[Ff]rån\s+(?P<q>{p})\s+deltog\s+(?:jag|vi)\b|\b[Ff]rån\s+oss\b|\bdu\s+som\s+medlem\b",
            p = party_pattern()
        ))
    });
    // Said where the text tells who attended, near its top: the rest is not searched.
    let mut head_end = doc.text.len().min(3000);
    while !doc.text.is_char_boundary(head_end) {
        head_end -= 1;
    }
    if let Some(c) = MEMBERSHIP.captures(&doc.text[..head_end]) {
        let named = c
            .name("p")
            .or_else(|| c.name("q"))
            .and_then(|m| lexicon::party_of(m.as_str()));
        let party = named.or_else(|| mentions(&doc.text).into_iter().next().map(|m| m.party));
        if let Some(party @ Party::Union(_)) = party {
            return Some(party);
        }
    }
    if !meeting.present.is_empty() {
        return None;
    }
    let mut unions = mentions(&doc.text)
        .into_iter()
        .filter_map(|m| match m.party {
            Party::Union(_) => Some(m.party),
            _ => None,
        });
    let first = unions.next()?;
    unions.all(|p| p == first).then_some(first)
}

/// "Vision frågar", "Kommunal vill även veta": each verb of asking with the party named just
/// before it (up to four lowercase words between them), as (where the party begins, the party,
/// the verb). The verb is found first, so the party names are looked for only before it.
fn asked_by(text: &str) -> Vec<(usize, Party, &str)> {
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

/// The titles of the points a sentence counts ("två punkter; chefers arbetsmiljö och nytt avtal
/// om omställningsmedel"): as many as it says, split at commas and the last "och" / "samt";
/// none when the list does not hold that many.
fn point_titles(after: &str, count: &str) -> Vec<String> {
    let wanted = match count.to_lowercase().as_str() {
        "två" => Some(2),
        "tre" => Some(3),
        "fyra" => Some(4),
        "fem" => Some(5),
        "sex" => Some(6),
        "några" | "flera" => None,
        digits => digits.parse::<usize>().ok(),
    };
    let Some(intro) = POINT_TITLES.find(after) else {
        return Vec::new();
    };
    let list = after[intro.end()..]
        .trim_end()
        .trim_end_matches(['.', '!', '?']);
    let mut titles: Vec<String> = Vec::new();
    for part in list.split(", ") {
        let (head, tail) = match part
            .rsplit_once(" och ")
            .or_else(|| part.rsplit_once(" samt "))
        {
            Some((head, tail)) if titles.len() + 2 <= wanted.unwrap_or(usize::MAX) => {
                (head, Some(tail))
            }
            _ => (part, None),
        };
        titles.extend([Some(head), tail].into_iter().flatten().map(collapse));
    }
    titles.retain(|t| !t.is_empty());
    match wanted {
        Some(n) if titles.len() == n => titles,
        None if titles.len() >= 2 => titles,
        _ => Vec::new(),
    }
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

/// Which side answers a party: the employer answers the unions, the unions the employer.
pub fn opposite(party: &Party) -> Party {
    match party {
        Party::Employer => Party::AllUnions,
        _ => Party::Employer,
    }
}

fn opposite_sides(a: &Party, b: &Party) -> bool {
    (*a == Party::Employer) != (*b == Party::Employer)
}

/// Cuts a text at a word boundary.
pub fn shorten(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        return text.to_string();
    }
    let mut out = String::new();
    for word in text.split_whitespace() {
        if out.chars().count() + word.chars().count() + 1 > max {
            break;
        }
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    out.push('…');
    out
}

/// How a negotiation's words in a text say it ended ("Parterna är överens", "oenighet").
fn agreement(text: &str) -> Option<Outcome> {
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
fn next_point_line(text: &str) -> Option<usize> {
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
fn point_title_apart(doc: &Doc, para: &Para) -> (Vec<Span>, bool) {
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
fn split_at_points(doc: &Doc, paras: Vec<Para>) -> Vec<Para> {
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
const POINT_CODE: &str = r"(?:\p{Lu}{1,3}\s?)?\d{1,4}(?:[:./-]\d{1,4})+";

/// A line that is a listed point's code and title, with no sentence after it ("4.3 KS 2025/88
/// Remissvar", "B 24:07 Lyftutrustning på Solgården").
static POINT_CODE_TITLE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(&format!(r"^\s*{POINT_CODE}\s+\p{{Lu}}[^.!?]*$")).expect("regex"));

/// A listed point's label before its text ("Punkt 2026-03: ", "Nr 4. ", "B 2025:14 – ").
static POINT_LABEL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"^\s*(?:(?:Punkt|Nr|Ärende)\s+(?:{POINT_CODE}|\d{{1,3}})|{POINT_CODE})\s*(?:[:.]|\s[–-])\s+"
    ))
    .expect("regex")
});

/// The mark of a lettered or numbered point ("b) ", "2. ").
static POINT_MARK: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\s*(?:(?:[a-zåäö]|\d{1,2})\s*[).]|\d{1,2}(?:\.\d{1,2})+\.?)\s+").expect("regex")
});

/// A lettered or numbered point's title line ("a) Revidering av riktlinjer", "2. Budget").
static POINT_LINE: LazyLock<Regex> = LazyLock::new(|| {
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

/// The first registry number in a text ("HÄ 2024/773", "Ds 2024:29"), without a "Dnr" before it.
/// A paragraph opened by someone speaking ("Arbetsgivaren föreslår …", "Kommunal och Vision
/// yrkade …"): a negotiation's discussion, not the name of a matter.
fn spoken(text: &str) -> bool {
    let text = text.trim_start();
    SPEAKER.is_match(text)
        || first_mention(text).is_some_and(|m| {
            m.start == 0
                && text[m.end..].starts_with(char::is_whitespace)
                && text[m.end..]
                    .trim_start()
                    .starts_with(|c: char| c.is_lowercase())
        })
}

fn registry_in(text: &str) -> Option<String> {
    REGISTRY
        .captures(text)
        .and_then(|c| c.name("d").or(c.name("r")).map(|m| collapse(m.as_str())))
}

/// The first party named in a text, if any.
pub fn first_mention(text: &str) -> Option<Mention> {
    mentions(text).into_iter().next()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::meeting::read_meeting;

    fn read(text: &str) -> Vec<ItemDraft> {
        let doc = Doc::parse(text.to_string());
        let mut warnings = Vec::new();
        let meeting = read_meeting(&doc, &mut warnings);
        let people = People::from_meeting(&meeting);
        read_items(&doc, &meeting, &people)
    }

    #[test]
    fn a_heading_matter_holds_its_first_paragraph_and_none_holds_its_heading() {
        let items = read(
            "§ 1 Mötets öppnande\nMötet öppnades.\n\n§ 2 Svar på remiss, Dnr 2026/0077\nRemiss om nya öppettider för biblioteket, information enligt MBL § 19.\n\n§ 3 Övriga frågor\nInga.\n\nJusteras:\n\nAnna Ek\n",
        );
        let matter = items
            .iter()
            .find(|i| i.kind == ItemKind::BoardMatter)
            .unwrap();
        assert!(matter.source_text.contains("nya öppettider"), "{matter:#?}");
        assert_eq!(matter.outcome, Outcome::Informed);
        let none = items
            .iter()
            .find(|i| i.kind == ItemKind::NoneRegistered)
            .unwrap();
        assert!(
            none.source_text.starts_with("§ 3 Övriga frågor"),
            "{none:#?}"
        );
    }

    #[test]
    fn matters_opened_by_their_numbers_on_lines_of_their_own() {
        let items = read(
            "§ 1 Mötets öppnande\nMötet öppnades.\n\n§ 2 Styrelsens ärenden\nKN 2026/14 Ny taxa för fritidsgården – information enligt\nMBL § 19. Kommunal frågade om taxan gäller personalen. Arbetsgivaren svarade nej.\nKN 2026/20 Ny organisation för kulturskolan, MBL § 11 – parterna är\növerens.\nKN 2026/31 Bokslut, information.\n\n§ 3 Mötets avslutande\nMötet avslutades.\n",
        );
        let matters: Vec<(Option<&str>, Outcome)> = items
            .iter()
            .filter(|i| i.kind == ItemKind::BoardMatter)
            .map(|i| (i.registry_number.as_deref(), i.outcome))
            .collect();
        assert_eq!(
            matters,
            [
                (Some("KN 2026/14"), Outcome::Informed),
                (Some("KN 2026/20"), Outcome::Agreed),
                (Some("KN 2026/31"), Outcome::Informed),
            ]
        );
        let question = items.iter().find(|i| i.kind == ItemKind::Question).unwrap();
        assert!(!question.title.ends_with("enligt"), "{}", question.title);
    }

    #[test]
    fn an_action_holds_its_responsible_and_date_on_the_line_below() {
        let items = read(
            "Närvarande\nEva Ström, enhetschef\nOla Berg, Kommunal\n\n§ 1 Mötets öppnande\nMötet öppnades.\n\n§ 2 Arbetsmiljö\nKommunal frågade varför skadan i köket inte anmälts.\nArbetsgivaren svarar att anmälan görs i dag.\nÅtgärd: rutinen för anmälan gås igenom med personalen.\nAnsvarig: Eva Ström. Klart: v. 12\n\n§ 3 Mötets avslutande\nMötet avslutades.\n",
        );
        let actions: Vec<&ItemDraft> = items
            .iter()
            .filter(|i| i.kind == ItemKind::Commitment)
            .collect();
        assert_eq!(actions.len(), 1, "{actions:#?}");
        assert_eq!(actions[0].person.as_deref(), Some("Eva Ström"));
        assert!(actions[0].due.as_ref().is_some_and(|d| d.label.is_some()));
    }

    #[test]
    fn a_plan_told_as_information_is_no_promise() {
        let items = read(
            "§ 1 Mötets öppnande\nMötet öppnades.\n\n§ 2 Information\nPersonalchefen informerade om att lönesamtalen hålls i mars och att\nutfallet redovisas i maj.\n\n§ 3 Ekonomi\nEkonomin redovisas i maj.\n\n§ 4 Mötets avslutande\nMötet avslutades.\n",
        );
        let promises: Vec<&str> = items
            .iter()
            .filter(|i| i.kind == ItemKind::Commitment)
            .map(|i| i.source_text.as_str())
            .collect();
        assert_eq!(promises, ["Ekonomin redovisas i maj."]);
    }

    #[test]
    fn sending_something_on_to_someone_is_a_promise() {
        let items = read(
            "§ 1 Mötets öppnande\nMötet öppnades.\n\n§ 2 Lokaler\nLokalerna i huset på Storgatan diskuterades. Arbetsgivaren skickar ritningarna till skyddsombuden.\nHyran skickar hyresvärden normalt varje kvartal.\n\n§ 3 Mötets avslutande\nMötet avslutades.\n",
        );
        let promises: Vec<&str> = items
            .iter()
            .filter(|i| i.kind == ItemKind::Commitment)
            .map(|i| i.source_text.as_str())
            .collect();
        assert_eq!(
            promises,
            ["Arbetsgivaren skickar ritningarna till skyddsombuden."]
        );
    }

    #[test]
    fn taking_a_matter_up_at_a_later_meeting_is_a_promise() {
        let items = read(
            "§ 1 Mötets öppnande\nMötet öppnades.\n\n§ 2 Övriga frågor\nSeko undrar varför larmet flyttades. Arbetsgivaren svarar att det var ett misstag och kommer att ta upp flytten på nästa skyddskommitté.\n\n§ 3 Lokaler\nOmbyggnaden av entrén tas upp vid nästa möte.\nFörseningen kommer att ta tid.\n\n§ 4 Mötets avslutande\nMötet avslutades.\n",
        );
        let promises: Vec<&str> = items
            .iter()
            .filter(|i| i.kind == ItemKind::Commitment)
            .map(|i| i.title.as_str())
            .collect();
        assert_eq!(promises.len(), 2, "{promises:?}");
        assert!(promises[0].contains("ta upp flytten"), "{promises:?}");
        assert!(promises[1].starts_with("Ombyggnaden"), "{promises:?}");
    }

    #[test]
    fn titles_lose_their_numbers_and_what_became_of_the_point() {
        let items = read(
            "Närvarande\nEva Ström, enhetschef\nOla Berg, Kommunal\nLisa Ek, Vision\n\n§ 1 Mötets öppnande\nMötet öppnades.\n\n§ 2 Frågor från arbetstagarorganisationerna\n2.1 Kommunal vill veta när fönstren i matsalen byts.\nArbetsgivaren svarade att de byts i juni.\n\n§ 3 Balanslista\nFråga om cykelställ vid entrén: klar, avförs.\n\n§ 4 Mötets avslutande\nMötet avslutades.\n",
        );
        let titles: Vec<&str> = items
            .iter()
            .filter(|i| i.kind == ItemKind::Question)
            .map(|i| i.title.as_str())
            .collect();
        assert_eq!(
            titles,
            [
                "Kommunal vill veta när fönstren i matsalen byts.",
                "Fråga om cykelställ vid entrén",
            ]
        );
    }

    #[test]
    fn a_closing_sentence_alone_gives_way_to_the_sections_title() {
        let doc = Doc::parse("§ 1 Städning av förråd\nPunkten avförs från listan.\n".to_string());
        let start = doc.text.find("Punkten").unwrap();
        let span = Span::new(start, doc.text.trim_end().len());
        let mut item = ItemDraft::new(ItemKind::Question, span, doc.slice(span));
        item.title = "Punkten avförs från listan.".to_string();
        item.section_title = "Städning av förråd".to_string();
        retitle_from_point(&doc, &mut item);
        assert_eq!(item.title, "Städning av förråd");
    }

    #[test]
    fn a_points_own_title_is_the_items_title() {
        let items = read(
            "Närvarande\nEva Ström, enhetschef\nOla Berg, Kommunal\nLisa Ek, Vision\n\n§ 1 Mötets öppnande\nMötet öppnades.\n\n§ 2 Frågor från arbetstagarorganisationerna\n2.1 Sommarvikarier i nattpatrullen\nKommunal frågade hur många sommarvikarier som rekryterats. Arbetsgivaren svarade att åtta är klara.\n\n2.2 Städrutiner i köket Vision undrar om rutinerna för städning kan ses över. Arbetsgivaren tar med sig frågan.\n\n§ 3 Uppföljning från föregående möte\nCykelförråd vid stationen (från LSG november)\nKommunal har frågat om ett låst cykelförråd. Förrådet är nu byggt. Punkten kan avskrivas.\n\nB 25:04 Larmknappar i entrén\nVision har frågat om larmknappar. Arbetsgivaren har beställt knapparna. Punkten avförs.\n\n§ 4 Mötets avslutande\nMötet avslutades.\n",
        );
        let questions: Vec<(&str, Option<&Party>)> = items
            .iter()
            .filter(|i| i.kind == ItemKind::Question)
            .map(|i| (i.title.as_str(), i.raised_by.as_ref()))
            .collect();
        let kommunal = Party::Union("Kommunal".into());
        let vision = Party::Union("Vision".into());
        assert_eq!(
            questions,
            [
                ("Sommarvikarier i nattpatrullen", Some(&kommunal)),
                ("Städrutiner i köket", Some(&vision)),
                (
                    "Cykelförråd vid stationen (från LSG november)",
                    Some(&kommunal)
                ),
                ("Larmknappar i entrén", Some(&vision)),
            ]
        );
        assert!(
            items.iter().all(|i| !REMOVAL.is_match(&i.title)),
            "{items:#?}"
        );
    }

    #[test]
    fn an_outcome_that_names_no_matter_takes_the_point_above_as_its_title() {
        let items = read(
            "§ 3 Samverkan före beslut\na) Omorganisation av hemtjänstens nattpatrull (handling utsänd)\nEnhetschefen föredrar ärendet.\n\nSamverkan är därmed fullgjord i enighet\n\nb) Nya öppettider i receptionen\nFörvaltningens förslag till nya öppettider samverkades i enighet med Vision och Kommunal.\n\n§ 4 Mötet avslutas\n",
        );
        let negotiations: Vec<&ItemDraft> = items
            .iter()
            .filter(|item| item.kind == ItemKind::Negotiation)
            .collect();
        assert_eq!(negotiations.len(), 2, "{items:#?}");
        assert_eq!(
            negotiations[0].title,
            "Omorganisation av hemtjänstens nattpatrull (handling utsänd)"
        );
        // A sentence that names its matter keeps it.
        assert!(
            negotiations[1]
                .title
                .contains("Förvaltningens förslag till nya öppettider"),
            "{}",
            negotiations[1].title
        );
        assert!(bare_outcome("Samverkan är därmed fullgjord i enighet"));
        assert!(!bare_outcome("Budgeten för 2026 samverkades i enighet"));
    }

    #[test]
    fn a_negotiation_holds_the_title_of_the_point_it_closes() {
        let items = read(
            "§ 4 Samverkan enligt MBL § 11\n\n4.1 Digital kvittens av nycklar\nArbetsgivaren föreslår att nycklar kvitteras digitalt från den 1 juni. Samverkan genomförd i enighet.\n\n4.2 Flytt av arkivet till plan 3\nArbetsgivaren föreslår att arkivet flyttas.\nFörhandlingen avslutas i oenighet.\n\n§ 5 Samverkan enligt MBL § 11 – Ny bemanning i\nväxeln under sommaren\nArbetsgivaren föreslår två bemannade linjer. Oenighet konstaterades och frågan går vidare.\n\n§ 6 Mötet avslutas\n",
        );
        let negotiations: Vec<(&str, &str, Outcome)> = items
            .iter()
            .filter(|item| item.kind == ItemKind::Negotiation)
            .map(|item| (item.title.as_str(), item.source_text.as_str(), item.outcome))
            .collect();
        assert_eq!(negotiations.len(), 3, "{items:#?}");
        assert_eq!(negotiations[0].0, "Digital kvittens av nycklar");
        assert!(negotiations[0].1.starts_with("4.1 Digital kvittens"));
        assert_eq!(negotiations[0].2, Outcome::Agreed);
        assert_eq!(negotiations[1].0, "Flytt av arkivet till plan 3");
        assert!(negotiations[1].1.ends_with("avslutas i oenighet."));
        assert_eq!(negotiations[1].2, Outcome::Disagreement);
        // A point headed as a negotiation is named by its heading, wrapped or not.
        assert_eq!(negotiations[2].0, "Ny bemanning i växeln under sommaren");
        assert!(negotiations[2].1.starts_with("§ 5 Samverkan"));
        assert!(bare_outcome("Förhandlingen avslutas i oenighet."));
    }

    #[test]
    fn due_labels_as_written() {
        for (sentence, label) in [
            (
                "HR återkommer vid nästa FSG den 3 juni.",
                "nästa FSG den 3 juni",
            ),
            (
                "Planen lämnas före flytten den 1 oktober.",
                "före flytten den 1 oktober",
            ),
            (
                "Chefen återkommer efter leverantörens genomgång i maj.",
                "efter leverantörens genomgång i maj",
            ),
            ("Mätningarna görs vecka 41–42.", "vecka 41–42"),
            (
                "Rutinen redovisas för gruppen när den är klar.",
                "när den är klar",
            ),
            (
                "Frågan förhandlas innan något beslut fattas.",
                "innan något beslut fattas",
            ),
            (
                "Vi bjuds in innan omorganisationen träder i kraft.",
                "innan omorganisationen träder i kraft",
            ),
        ] {
            assert_eq!(due_label(sentence).as_deref(), Some(label), "{sentence}");
        }
        assert_eq!(
            due_label("När det finns ett färdigt förslag tar vi ställning."),
            None
        );
        assert_eq!(
            due_label("Resultatet redovisas för arbetsgruppen i oktober.").as_deref(),
            Some("oktober")
        );
        assert_eq!(
            due_label("Mätningen återrapporteras till arbetsmiljörådet i november.").as_deref(),
            Some("november")
        );
        assert_eq!(
            due_label("Förvaltningen avser att flytta arkivet från och med den 3 mars 2027.")
                .as_deref(),
            None
        );
        assert_eq!(
            due_label("Förvaltningen kommer att återkomma med mer information under vintern för dessa planer.").as_deref(),
            Some("under vintern")
        );
        assert_eq!(
            due_label("De fackliga organisationerna återkommer vid nästa förvaltningsgrupp.")
                .as_deref(),
            Some("nästa förvaltningsgrupp")
        );
        assert_eq!(
            due_label("Chefen återkommer vid nästa APT i september.").as_deref(),
            Some("nästa APT i september")
        );
        assert_eq!(
            due_label("Resultatet redovisas på nästa möte i CSG.").as_deref(),
            Some("nästa möte i CSG")
        );
        assert_eq!(
            due_label("Hon lovade att ta upp frågan på novembermötet.").as_deref(),
            Some("på novembermötet")
        );
        assert_eq!(
            due_label("det kommer att tas upp i kommande utbildningar").as_deref(),
            Some("kommande utbildningar")
        );
        assert_eq!(due_label("Klart i december.").as_deref(), Some("december"));
        assert_eq!(
            due_label("Svar lämnas senast den 3 mars.").as_deref(),
            Some("senast den 3 mars")
        );
        assert_eq!(due_label("Vi ses i vår förvaltning."), None);
        assert_eq!(
            due_label("Detta meddelas inom kort.").as_deref(),
            Some("inom kort")
        );
    }

    /// An answer in a clause of the asking sentence ("…, där X svarar att …") answers it; a
    /// clause where someone only promises to come back does not.
    #[test]
    fn an_answer_in_a_clause_of_the_question_answers_it() {
        let items = read(
            "1. Mötet öppnas\n\n2. Övriga frågor\nVision ställer en fråga om schemaläggningen i hemtjänsten, varpå enhetschefen Maria Lund svarar direkt att nya scheman gäller från mars.\n\n3. Mötet avslutas\n",
        );
        let q = items
            .iter()
            .find(|i| i.kind == ItemKind::Question)
            .expect("question");
        assert_eq!(q.outcome, Outcome::Answered);
        let items = read(
            "1. Mötet öppnas\n\n2. Övriga frågor\nVision ställer en fråga om schemaläggningen i hemtjänsten, varpå enhetschefen Maria Lund lovar att återkomma.\n\n3. Mötet avslutas\n",
        );
        let q = items
            .iter()
            .find(|i| i.kind == ItemKind::Question)
            .expect("question");
        assert_eq!(q.outcome, Outcome::Open);
    }

    #[test]
    fn question_answer_and_promise_in_an_answer() {
        let items = read(
            "1. Mötet öppnas\n\n2. Övriga frågor\nVision undrar om lokalerna ska byggas om. Arbetsgivaren svarade att det kommer att utredas under våren.\n\n3. Mötet avslutas\n",
        );
        let kinds: Vec<_> = items.iter().map(|i| i.kind).collect();
        assert_eq!(kinds, [ItemKind::Question, ItemKind::Commitment]);
        let q = &items[0];
        assert_eq!(q.raised_by, Some(Party::Union("Vision".into())));
        assert_eq!(q.addressed_to, Some(Party::Employer));
        assert_eq!(q.outcome, Outcome::Answered);
        let c = &items[1];
        assert_eq!(c.by, Some(Party::Employer));
        assert_eq!(c.to, Some(Party::Union("Vision".into())));
        assert_eq!(
            c.due.as_ref().and_then(|d| d.label.as_deref()),
            Some("under våren")
        );
        assert_eq!(c.belongs_to.as_deref(), Some(q.id.as_str()));
    }

    #[test]
    fn empty_question_headings_create_none_registered_only() {
        let items = read(
            "1. Anmälda frågor\nInga anmälda frågor.\n\n2. Övriga frågor\n-\n\n3. Information\n-\n",
        );
        assert_eq!(items.len(), 2);
        assert!(items.iter().all(|i| i.kind == ItemKind::NoneRegistered));
        assert!(items[1].source_text.contains("Övriga frågor"));
    }

    #[test]
    fn board_matters_with_numbers_after_their_titles() {
        let items = read(
            "§1 Mötets öppnande\n\n§2 Nämndärenden\nMBL § 11\nBudget 2026\nKS 2025/12\nNy organisation för IT\nKS 2025/40\nEnighet.\n",
        );
        let matters: Vec<_> = items
            .iter()
            .filter(|i| i.kind == ItemKind::BoardMatter)
            .map(|i| {
                (
                    i.registry_number.clone().unwrap_or_default(),
                    i.title.clone(),
                    i.mbl,
                    i.outcome,
                )
            })
            .collect();
        assert_eq!(
            matters,
            [
                (
                    "KS 2025/12".to_string(),
                    "Budget 2026".to_string(),
                    Some(Mbl::Negotiation11),
                    Outcome::Agreed
                ),
                (
                    "KS 2025/40".to_string(),
                    "Ny organisation för IT".to_string(),
                    Some(Mbl::Negotiation11),
                    Outcome::Agreed
                ),
            ]
        );
    }

    #[test]
    fn a_statement_on_a_board_matter_holds_its_own_questions() {
        let items = read(
            "§1 Nämndärenden\nÄrende 3 Ny policy för resor:\n\nVisions yttrande: Vi undrar varför? Vi önskar en utredning.\n\nAnna Berg informerade om tidplanen.\n",
        );
        let kinds: Vec<_> = items.iter().map(|i| i.kind).collect();
        assert_eq!(kinds, [ItemKind::BoardMatter, ItemKind::Statement]);
        assert_eq!(items[1].by, Some(Party::Union("Vision".into())));
        assert_eq!(items[1].belongs_to.as_deref(), Some(items[0].id.as_str()));
        assert_eq!(items[0].agenda_label.as_deref(), Some("Ärende 3"));
    }

    /// A note "anmäld" to the minutes, one a party "önskar anteckna", and one headed
    /// "Protokollsanteckning, Party:" are statements by that party.
    #[test]
    fn statements_announced_wished_or_headed_with_a_comma() {
        let items = read(
            "§ 2 Lokaler\nLedarna anmälde följande protokollsanteckning: Flytten sker för tidigt.\n\n§ 3 Scheman\nVision önskar anteckna till protokollet: Schemat bör prövas i ett år.\n\n§ 4 Fordon\nProtokollsanteckning, Kommunal:\nBilarna räcker inte till hemtjänsten.\n",
        );
        let got: Vec<(ItemKind, Option<Party>)> =
            items.iter().map(|i| (i.kind, i.by.clone())).collect();
        let union = |name: &'static str| (ItemKind::Statement, Some(Party::Union(name.into())));
        assert_eq!(got, [union("Ledarna"), union("Vision"), union("Kommunal")]);
    }

    #[test]
    fn a_note_ends_before_the_next_listed_point_of_its_paragraph() {
        let items = read(
            "Närvarande\nEva Ström, enhetschef\nOla Berg, Kommunal\n\n§ 3 Nämndärenden\n3.1 KS 2026/14 Ny städorganisation\nFörhandling enligt MBL § 11. Parterna är överens.\nProtokollsanteckning Kommunal: Kommunal vill att bemanningen ses över\nefter ett halvår.\n3.2 KS 2026/20 Taxor för lokaler\nInformation enligt MBL § 19.\n",
        );
        let note = items
            .iter()
            .find(|i| i.kind == ItemKind::Statement)
            .expect("the note");
        assert_eq!(
            note.source_text,
            "Protokollsanteckning Kommunal: Kommunal vill att bemanningen ses över\nefter ett halvår.",
            "{items:#?}"
        );
    }

    #[test]
    fn statements_within_a_paragraph_are_their_quotation_or_sentence() {
        let items = read(
            "Närvarande\nEva Ström, enhetschef\nOla Berg, Kommunal\n\n§ 2 Lokaler\nFörslaget presenterades. Ledarna tillstyrker förslaget och lämnar följande protokollsanteckning: \"Flytten bör ske efter sommaren.\" Vision har inget att invända.\n\n§ 3 Scheman\nFörhandlingen avslutades i oenighet. Vision och Kommunal lämnade en gemensam protokollsanteckning om att schemat saknar riskbedömning. Nästa steg är ett beslut i nämnden.\n\n§ 4 Övrigt\nOla lämnade ett yttrande från Kommunal till protokollet: \"Bilarna räcker inte.\"\n\n§ 5 Budget\nParterna är oense. Vision lämnar en protokollsanteckning, se bilaga 2. Mötet fortsatte.\n\n§ 6 Nattarbete\nKommunal vill ha antecknat att nattpassen är för långa.\n",
        );
        let statements: Vec<(Option<Party>, &str)> = items
            .iter()
            .filter(|i| i.kind == ItemKind::Statement)
            .map(|i| (i.by.clone(), i.source_text.as_str()))
            .collect();
        let union = |name: &'static str| Some(Party::Union(name.into()));
        assert_eq!(
            statements,
            [
                (
                    union("Ledarna"),
                    "Ledarna tillstyrker förslaget och lämnar följande protokollsanteckning: \"Flytten bör ske efter sommaren.\""
                ),
                (
                    union("Vision"),
                    "Vision och Kommunal lämnade en gemensam protokollsanteckning om att schemat saknar riskbedömning."
                ),
                (
                    union("Kommunal"),
                    "Ola lämnade ett yttrande från Kommunal till protokollet: \"Bilarna räcker inte.\""
                ),
                (
                    union("Kommunal"),
                    "Kommunal vill ha antecknat att nattpassen är för långa."
                ),
            ],
            "{items:#?}"
        );
    }

    #[test]
    fn a_matter_takes_the_mbl_line_right_under_it_and_information_is_told_under_19() {
        let items = read(
            "§ 7 Ärenden till nämnden\nTN 2026/0012 Ny taxa för parkering 2027.\nInformation enligt MBL § 19.\n\nDnr TN 2025/0300 Sammanslagning av två driftenheter.\nÄrendet har förhandlats enligt MBL § 11 i arbetsgruppen. Enighet konstaterades.\n\n§ 8 Information inför direktionens möte\na) Delårsrapport, Dnr RF 2026/0007\nEkonomichefen redogjorde för utfallet.\n\nb) Nya larmcentraler, Dnr RF 2026/0009\nTvå larmcentraler slås ihop i maj.\n",
        );
        let matters: Vec<(Option<&str>, Option<Mbl>, Outcome)> = items
            .iter()
            .filter(|i| i.kind == ItemKind::BoardMatter)
            .map(|i| (i.registry_number.as_deref(), i.mbl, i.outcome))
            .collect();
        assert_eq!(
            matters,
            [
                (
                    Some("TN 2026/0012"),
                    Some(Mbl::Information19),
                    Outcome::Informed
                ),
                (
                    Some("TN 2025/0300"),
                    Some(Mbl::Negotiation11),
                    Outcome::Agreed
                ),
                (
                    Some("RF 2026/0007"),
                    Some(Mbl::Information19),
                    Outcome::Informed
                ),
                (
                    Some("RF 2026/0009"),
                    Some(Mbl::Information19),
                    Outcome::Informed
                ),
            ],
            "{items:#?}"
        );
    }

    #[test]
    fn a_boards_matters_listed_with_their_numbers_and_a_titled_row_told_as_information() {
        let items = read(
            "§ 4 Styrelseärenden\nInför styrelsens möte lämnades information enligt MBL § 19 om följande ärenden:\n\n–  Budget 2027                       Dnr 2026/0031\n–  Hyrespolicy                        Dnr 2026/0032\n\nÄrendena anses informerade.\n\n§ 5 Direktionsärenden\nAB 2026/14 Ny larmplan 2027, MBL § 11 – parterna är\növerens.\nAB 2026/15 Årsredovisning, information.\n",
        );
        let matters: Vec<(&str, Option<&str>, Outcome)> = items
            .iter()
            .filter(|i| i.kind == ItemKind::BoardMatter)
            .map(|i| (i.title.as_str(), i.registry_number.as_deref(), i.outcome))
            .collect();
        assert_eq!(
            matters,
            [
                ("Budget 2027", Some("2026/0031"), Outcome::Informed),
                ("Hyrespolicy", Some("2026/0032"), Outcome::Informed),
                (
                    "Ny larmplan 2027 – parterna är",
                    Some("AB 2026/14"),
                    Outcome::Agreed
                ),
                ("Årsredovisning", Some("AB 2026/15"), Outcome::Informed),
            ],
            "{items:#?}"
        );
    }

    #[test]
    fn a_point_headed_as_one_negotiation_holds_no_matters_and_its_promise_after_a_note() {
        let items = read(
            "§ 6 Förhandling enligt MBL § 11 – Flytt av verkstaden\nArbetsgivaren föreslår att verkstaden flyttar till Industrigatan.\nParterna är överens om förslaget.\n\nProtokollsanteckning från Seko: Seko förutsätter att ingen får längre resväg.\n\nArbetsgivaren åtar sig att följa upp resvägarna och redovisa dem för samverkansgruppen i oktober.\n",
        );
        let kinds: Vec<ItemKind> = items.iter().map(|i| i.kind).collect();
        assert_eq!(
            kinds,
            [
                ItemKind::Negotiation,
                ItemKind::Statement,
                ItemKind::Commitment
            ],
            "{items:#?}"
        );
        let due = items[2].due.as_ref().and_then(|d| d.label.as_deref());
        assert_eq!(due, Some("oktober"));
    }

    #[test]
    fn a_negotiation_headed_after_its_matter_and_the_lists_own_mbl_after_a_matters() {
        let items = read(
            "§ 5 Nya lokaler i Umeå – förhandling enligt\n11 § MBL\nPer Ek föredrog underlaget (Dnr AB 2026/00412). Parterna är överens om förslaget.\n\n§ 6 Nämndärenden\nFöljande ärenden informerades enligt MBL § 19:\nTN 2026/0031 Ny taxa för bad\nInformerades.\nTN 2026/0040 Plan för lokaler\nÄrendet samverkades enligt MBL § 11.\nSamverkan genomförd i enighet.\nTN 2026/0052 Avgifter för kulturskolan\nInformerades.\n",
        );
        let matters: Vec<(Option<&str>, Option<Mbl>)> = items
            .iter()
            .filter(|i| i.kind == ItemKind::BoardMatter)
            .map(|i| (i.registry_number.as_deref(), i.mbl))
            .collect();
        assert_eq!(
            matters,
            [
                (Some("TN 2026/0031"), Some(Mbl::Information19)),
                (Some("TN 2026/0040"), Some(Mbl::Negotiation11)),
                (Some("TN 2026/0052"), Some(Mbl::Information19)),
            ],
            "{items:#?}"
        );
        assert!(items.iter().any(|i| i.kind == ItemKind::Negotiation));
    }

    #[test]
    fn a_table_of_matters_flattened_column_by_column_and_numbers_on_lines_of_a_list() {
        let items = read(
            "§ 4 Ärenden till nämnden\nDnr\nTN 2026/12\nTN 2026/15\nÄrende\nParkeringsplan 2027\nNy städorganisation\nMBL\n§ 19\n§ 11\n\nTN 2026/12: Planen föredrogs. Ärendet anses informerat.\n\nTN 2026/15: Förslaget har beretts i arbetsgruppen.\nEnighet konstaterades.\n\n§ 5 Direktionsärenden\nFöljande ärenden informerades:\na) Budget 2027, AB 2026/3\nb) Revidering av planen för räddningstjänst enligt LSO,\n   AB 2025/88\n",
        );
        let matters: Vec<&ItemDraft> = items
            .iter()
            .filter(|i| i.kind == ItemKind::BoardMatter)
            .collect();
        assert_eq!(matters.len(), 4, "{items:#?}");
        let read: Vec<(&str, Option<&str>, Option<Mbl>, Outcome)> = matters
            .iter()
            .map(|i| {
                (
                    i.title.as_str(),
                    i.registry_number.as_deref(),
                    i.mbl,
                    i.outcome,
                )
            })
            .collect();
        assert_eq!(
            &read[..2],
            [
                (
                    "Parkeringsplan 2027",
                    Some("TN 2026/12"),
                    Some(Mbl::Information19),
                    Outcome::Informed
                ),
                (
                    "Ny städorganisation",
                    Some("TN 2026/15"),
                    Some(Mbl::Negotiation11),
                    Outcome::Agreed
                ),
            ]
        );
        // Each from its number to its title: the first holds no other title.
        assert_eq!(
            matters[0].source_text,
            "TN 2026/12\nTN 2026/15\nÄrende\nParkeringsplan 2027"
        );
        assert_eq!(read[2].1, Some("AB 2026/3"));
        assert!(
            !matters[2].source_text.contains("AB 2025/88"),
            "{:?}",
            matters[2]
        );
        assert_eq!(read[3].1, Some("AB 2025/88"));
        assert!(matters[3].source_text.contains("Revidering av planen"));
    }

    #[test]
    fn a_sentence_about_a_later_negotiation_opens_no_list() {
        let items = read(
            "§ 4 Ärenden till nämnden\nDnr 2026/0412 Ny plan – information enligt MBL § 19. Beslut fattas i maj. En\nförhandling enligt MBL § 11 kommer att ske före beslut.\nHSN 2026/388 Årsberättelse 2025 – för kännedom.\n",
        );
        let last = items
            .iter()
            .rfind(|i| i.kind == ItemKind::BoardMatter)
            .expect("matters");
        assert_eq!(last.registry_number.as_deref(), Some("HSN 2026/388"));
        assert_ne!(last.mbl, Some(Mbl::Negotiation11), "{items:#?}");
    }

    #[test]
    fn an_agenda_creates_nothing() {
        let doc = Doc::parse(
            "Kallelse\nLokal samverkansgrupp 2025-03-04\n1. Mötets öppnande\n2. Arbetsgivaren avser att informera om budgeten till våren.\n".to_string(),
        );
        assert!(agenda_only(&doc));
        let doc = Doc::parse(
            "Möte 2024-05-02\nSkyddskommitté\nInget protokoll har publicerats ännu.\n".to_string(),
        );
        assert!(agenda_only(&doc));
        let doc = Doc::parse("Dagordning och protokoll\n§1 Öppnande\n".to_string());
        assert!(!agenda_only(&doc));
    }

    #[test]
    fn registered_points_intentions_undertakings_and_agreements() {
        let items = read(
            "§1 Information\nInför mötet hade Seko anmält en fråga om bemanningen i kundtjänst. Ledarna fick återkoppling på den punkt de anmält vid förra mötet.\n\n§2 Förhandling\nParterna träffade ett lokalt avtal om flextid. Arbetsgivaren har för avsikt att följa upp avtalet under hösten. ST åtar sig att informera sina medlemmar.\n",
        );
        let got = kinds_parties_outcomes(&items);
        assert_eq!(
            got,
            [
                (ItemKind::Question, "Seko".to_string(), Outcome::Open),
                (ItemKind::Negotiation, "-".to_string(), Outcome::Agreed),
                (
                    ItemKind::Commitment,
                    "Arbetsgivaren".to_string(),
                    Outcome::Open
                ),
                (
                    ItemKind::Commitment,
                    "Fackförbundet ST".to_string(),
                    Outcome::Open
                ),
            ]
        );
        assert!(items[0].pre_registered);
        assert_eq!(
            items[2].due.as_ref().and_then(|d| d.label.as_deref()),
            Some("under hösten")
        );
        assert_eq!(
            due_label("Vi utvärderar efter kvartal 2 i år.").as_deref(),
            Some("efter kvartal 2 i år")
        );
    }

    /// A union's report from samverkan, written as "vi": points counted and named, questions
    /// with the verb before "vi", an answer told in the asking sentence, and "vi lyfte den
    /// frågan" explaining a point already read.
    #[test]
    fn a_unions_report_asks_as_we_and_names_its_registered_points() {
        let items = read(
            "Rapport från samverkan\n\nInför mötet hade Vision anmält tre frågor: schemaläggning i hemtjänsten, friskvårdsbidraget och parkeringen vid stadshuset. Vi lyfte den frågan eftersom många medlemmar hört av sig.\n\nOm övertiden efterfrågade vi, och fick, en sammanställning per enhet.\n\nBeträffande lokalerna tog vi upp bristen på vilrum.\n",
        );
        let questions: Vec<(&str, String, Outcome)> = items
            .iter()
            .map(|i| {
                (
                    i.title.as_str(),
                    i.raised_by.as_ref().map_or("-".into(), |p| p.to_string()),
                    i.outcome,
                )
            })
            .collect();
        assert_eq!(questions.len(), 5, "{questions:?}");
        assert_eq!(questions[0].0, "schemaläggning i hemtjänsten");
        assert_eq!(questions[1].0, "friskvårdsbidraget");
        assert_eq!(questions[2].0, "parkeringen vid stadshuset");
        assert!(items[..3].iter().all(|i| i.pre_registered));
        // "vi" is the one union the report names.
        assert!(questions.iter().all(|q| q.1 == "Vision"), "{questions:?}");
        assert_eq!(questions[3].2, Outcome::Answered);
        assert!(items[3].text.contains("efterfrågade vi"));
        assert_eq!(questions[4].2, Outcome::Open);
        assert!(items[4].text.contains("tog vi upp"));
        // A union's board minutes: "vi" is the union in the title, though others are named.
        let items = read(
            "Protokoll fört vid styrelsemöte i Kommunal sektion Norr 2024-04-02\nNärvarande: Eva Lind, Omar Said\n\n§ 4 Rapport från samverkan\nVi tog upp frågan om delade turer. Vision och Vårdförbundet delar vår bild.\n",
        );
        let question = items
            .iter()
            .find(|i| i.kind == ItemKind::Question)
            .expect("a question");
        assert_eq!(question.raised_by, Some(Party::Union("Kommunal".into())));
        // "Vi kommer att …": the union that wrote the minutes promises.
        let items = read(
            "Rapport\n\nSeko har lämnat ett förslag om nya scheman. Vi kommer att bjuda in medlemmarna till ett möte i mars.\n",
        );
        let promise = items
            .iter()
            .find(|i| i.kind == ItemKind::Commitment)
            .expect("a promise");
        assert_eq!(promise.by, Some(Party::Union("Seko".into())));
        assert_eq!(promise.to, Some(Party::Employer));
        // The employer's promise in the union's minutes is owed to that union.
        let items = read(
            "Rapport från samverkan\n\nVision tog upp bemanningen på helgerna. Arbetsgivaren lovade att återkomma med ett förslag i maj.\n",
        );
        let promise = items
            .iter()
            .find(|i| i.kind == ItemKind::Commitment)
            .expect("a promise");
        assert_eq!(promise.by, Some(Party::Employer));
        assert_eq!(promise.to, Some(Party::Union("Vision".into())));
        // Points counted but not named, or named fewer than counted, are one question.
        let items = read("Information\n\nSeko hade anmält två punkter inför mötet.\n");
        assert_eq!(items.len(), 1);
        assert!(items[0].pre_registered);
    }

    /// A point sent in before the meeting as a wish ("hade skickat in ett önskemål om …") is a
    /// registered question of the party that sent it.
    #[test]
    fn a_wish_sent_in_before_the_meeting_is_a_registered_question() {
        let items = read(
            "Rapport\n\nInför mötet hade Vision skickat in ett önskemål om en dialog om semesterplaneringen i hemtjänsten.\n",
        );
        assert_eq!(items.len(), 1);
        assert_eq!(items[0].kind, ItemKind::Question);
        assert_eq!(items[0].raised_by, Some(Party::Union("Vision".into())));
        assert_eq!(items[0].addressed_to, Some(Party::Employer));
        assert!(items[0].pre_registered);
        assert_eq!(items[0].outcome, Outcome::Open);
    }

    /// A promise of two parties or of "parterna" is held to each of them.
    #[test]
    fn promises_owed_together_are_held_to_each_debtor() {
        let items = read(
            "§ 3 Bemanning\n\nLO och PTK återkommer med ett gemensamt svar i mars.\n\nArbetsgivaren och Vision tar fram en ny rutin för inhyrd personal till nästa möte.\n\nParterna återkommer i frågan efter sommaren.\n\nKommunal återkommer om semesterschemat.\n",
        );
        let owed: Vec<(String, String)> = items
            .iter()
            .filter(|i| i.kind == ItemKind::Commitment)
            .map(|i| {
                (
                    i.by.as_ref().map_or("-".into(), |p| p.to_string()),
                    i.to.as_ref().map_or("-".into(), |p| p.to_string()),
                )
            })
            .collect();
        let pair = |a: &str, b: &str| (a.to_string(), b.to_string());
        assert_eq!(
            owed,
            [
                pair("LO", "Arbetsgivaren"),
                pair("PTK", "Arbetsgivaren"),
                pair("Arbetsgivaren", "Vision"),
                pair("Vision", "Arbetsgivaren"),
                pair("Arbetsgivaren", "Fackliga organisationerna"),
                pair("Fackliga organisationerna", "Arbetsgivaren"),
                pair("Kommunal", "Arbetsgivaren"),
            ]
        );
        assert!(items[0].title.ends_with("(gemensamt åtagande)"));
        // A party reporting in the present tense with a date is no promise.
        let items = read("§ 4 Ekonomi\n\nArbetsgivaren redovisar utfallet för mars.\n");
        assert!(items.iter().all(|i| i.kind != ItemKind::Commitment));
    }

    /// Names of three parts ("Anna-Karin Berg Lindqvist", "Per Erik Svensson") are whole in the
    /// attendance, as approvers, and as who answers and who promises.
    #[test]
    fn names_of_three_parts_answer_and_promise() {
        let text = "Förvaltningsgrupp 2025-02-11\nNärvarande:\nArbetsgivare\nAnna-Karin Berg Lindqvist, förvaltningschef\nPer Erik Svensson, HR-chef\nArbetstagare\nEva Lind, Kommunal\n\n§ 1 Val av justerare\nTill justerare valdes Eva Lind och Anna-Karin Berg Lindqvist.\n\n§ 2 Övriga frågor\nEva Lind frågar hur många timvikarier som anställts i vinter.\nAnna-Karin Berg Lindqvist svarar att det är elva.\nPer Erik Svensson återkommer med fördelningen per enhet i april.\n";
        let doc = Doc::parse(text.to_string());
        let meeting = read_meeting(&doc, &mut Vec::new());
        let present: Vec<&str> = meeting
            .present
            .iter()
            .filter_map(|a| a.name.as_deref())
            .collect();
        assert_eq!(
            present,
            ["Anna-Karin Berg Lindqvist", "Per Erik Svensson", "Eva Lind"]
        );
        let approvers: Vec<&str> = meeting
            .approvers
            .iter()
            .filter_map(|a| a.name.as_deref())
            .collect();
        assert_eq!(approvers, ["Eva Lind", "Anna-Karin Berg Lindqvist"]);
        let items = read(text);
        let question = items.iter().find(|i| i.kind == ItemKind::Question).unwrap();
        let answer = question.answer.as_ref().unwrap();
        assert_eq!(answer.person.as_deref(), Some("Anna-Karin Berg Lindqvist"));
        assert_eq!(question.raised_by, Some(Party::Union("Kommunal".into())));
        let promise = items
            .iter()
            .find(|i| i.kind == ItemKind::Commitment)
            .unwrap();
        assert_eq!(promise.person.as_deref(), Some("Per Erik Svensson"));
        assert_eq!(promise.by, Some(Party::Employer));
    }

    #[test]
    fn action_points_written_as_fields() {
        let items = read(
            "§ 3 Arbetsmiljö\nBrandlarmet har löst ut flera gånger i veckan.\nÅtg: Kontakta fastighetsägaren om larmet. Ansv: Fastighetsförvaltningen. Klart: v. 12\n",
        );
        assert_eq!(items.len(), 1, "{items:?}");
        let c = &items[0];
        assert_eq!(c.kind, ItemKind::Commitment);
        assert_eq!(c.by, Some(Party::Employer));
        assert_eq!(
            c.due.as_ref().and_then(|d| d.label.as_deref()),
            Some("v. 12")
        );
        assert!(c.source_text.starts_with("Åtg:"));
    }

    fn kinds(items: &[ItemDraft]) -> Vec<(ItemKind, Outcome)> {
        items.iter().map(|i| (i.kind, i.outcome)).collect()
    }

    #[test]
    fn questions_on_lines_of_their_own_are_answered_by_the_paragraph_below() {
        let items = read(
            "§ 5 Rapport från samverkansmötet\n Hur fördelas vikarierna mellan skolorna i höst?\nVarje rektor får en pott efter antalet elever.\n När börjar den nya skolskjutsen att gå?\nFrågan är inte utredd. Förvaltningen återkommer i september.\n",
        );
        let questions: Vec<_> = items
            .iter()
            .filter(|i| i.kind == ItemKind::Question)
            .collect();
        assert_eq!(questions.len(), 2);
        assert_eq!(questions[0].outcome, Outcome::Answered);
        // A promise to come back is not an answer.
        assert_eq!(questions[1].outcome, Outcome::Open);
        assert!(
            items
                .iter()
                .any(|i| i.kind == ItemKind::Commitment && i.by == Some(Party::Employer))
        );
        // A rhetorical question inside a paragraph is not one.
        let items =
            read("§ 2 Information\nVad betyder det för oss? Det får framtiden utvisa, sa hon.\n");
        assert!(items.iter().all(|i| i.kind != ItemKind::Question));
    }

    #[test]
    fn questions_of_named_people_and_announced_questions_in_a_joined_page() {
        let items = read(
            "Protokoll arbetsmiljökommittén Punkt 4 Lokaler Lokalgruppen har sett över ventilationen i hus tre. Mätningarna visar normala värden. Anna Ek redovisade sjukfrånvaron för våren. Karl Berg och Eva Lind har önskemål om en ny skyddsrond i verkstaden före jul. Lena Holm tar med sig frågan. Schemat för hösten är klart. Nya datorer har levererats. Bibliotekets öppettider ändras i maj. En fråga angående parkeringen vid entrén togs upp under mötet. Städningen fungerar bättre nu. Punkt 5 Avslutning Mötet avslutas.\n",
        );
        let questions: Vec<&ItemDraft> = items
            .iter()
            .filter(|i| i.kind == ItemKind::Question)
            .collect();
        assert_eq!(questions.len(), 2, "{items:#?}");
        assert!(
            questions[0]
                .source_text
                .contains("Karl Berg och Eva Lind har önskemål om")
        );
        // Its context is the sentences just before it, not the whole page.
        assert!(!questions[0].source_text.contains("ventilationen"));
        assert!(
            questions[1]
                .source_text
                .contains("En fråga angående parkeringen")
        );
        // The promise after the wish is a commitment, not the asker's words.
        assert!(items.iter().any(|i| i.kind == ItemKind::Commitment
            && i.source_text.contains("Lena Holm tar med sig frågan")));
    }

    #[test]
    fn notes_of_two_or_three_words_with_a_question_mark_are_no_questions() {
        assert_eq!(
            asking_clause_words("a. Utredningen Per? i. Är den klar?"),
            3
        );
        assert_eq!(
            asking_clause_words("Vision undrar: hur många tjänster dras in i höst?"),
            9
        );
        let items = read(
            "§ 3 Vision informerar\nMedlemsvärvning i höst. Budget? Klar nu? Vision bjuder in.\n",
        );
        assert!(items.iter().all(|i| i.kind != ItemKind::Question));
    }

    #[test]
    fn a_protocol_that_lost_its_swedish_letters_reads_the_same() {
        let items = read(
            "§ 6 Ovriga fragor\nVardforbundet fragar om nattbemanningen pa avdelning 4.\nArbetsgivaren aterkommer med svar till nasta mote.\n",
        );
        let question = items
            .iter()
            .find(|i| i.kind == ItemKind::Question)
            .expect("a question");
        assert_eq!(
            question.raised_by,
            Some(Party::Union("Vårdförbundet".into()))
        );
        assert!(
            items
                .iter()
                .any(|i| i.kind == ItemKind::Commitment && i.by == Some(Party::Employer))
        );
    }

    #[test]
    fn an_agreement_made_and_a_duty_of_a_joint_group() {
        let items = read(
            "§ 3 Arbetstidsavtal\nParterna träffar överenskommelse om nya arbetstider för fritidshemmen enligt bilaga 2.\n§ 4 Arbetsmiljögrupp\nEn partsgemensam arbetsmiljögrupp inrättas. Gruppen ska verka för att sjukfrånvaron minskar.\n",
        );
        assert_eq!(kinds(&items), [(ItemKind::Negotiation, Outcome::Agreed)]);
        let items = read(
            "§ 3 Utbildning\nVision och Kommunal åtar sig att informera sina ombud om avtalet.\n",
        );
        assert!(items.iter().any(|i| i.kind == ItemKind::Commitment));
    }

    #[test]
    fn questions_and_answers_in_many_forms() {
        let items = read(
            "§ 4 Övriga frågor\nKommunal: Hur många vikarier har anställts i år?\nAG: Tolv vikarier har anställts sedan januari.\n\nFråga från skyddsombuden om städningen i köket. Arbetsgivaren svarar att avtalet med städfirman ses över.\n\nVi frågade om lönerevisionen. Svar: Den blir klar i maj.\n",
        );
        let got = kinds_parties_outcomes(&items);
        assert_eq!(
            &got[..3],
            [
                (
                    ItemKind::Question,
                    "Kommunal".to_string(),
                    Outcome::Answered
                ),
                (
                    ItemKind::Question,
                    "Fackliga organisationerna".to_string(),
                    Outcome::Answered
                ),
                // "Vi": the one union these minutes name.
                (
                    ItemKind::Question,
                    "Kommunal".to_string(),
                    Outcome::Answered
                ),
            ],
            "{got:?}"
        );
        assert_eq!(
            items[0].answer.as_ref().map(|a| a.by.clone()),
            Some(Party::Employer)
        );
    }

    #[test]
    fn a_matter_reported_and_taken_off_the_balance_list_is_answered() {
        let items = read(
            "§ 5 Balanslistan\nNy rutin för schemaläggning\n\nVeronica Ek redovisade den nya rutinen som nu gäller i alla enheter. Punkten avförs från balanslistan.\n\nLokalerna på Storgatan\n\nArbetsgivaren återkommer med en tidplan i mars.\n",
        );
        let got: Vec<(ItemKind, Outcome)> = items.iter().map(|i| (i.kind, i.outcome)).collect();
        assert_eq!(
            got,
            [
                (ItemKind::BalanceListReview, Outcome::None),
                (ItemKind::Question, Outcome::Answered),
                (ItemKind::Commitment, Outcome::Open),
            ],
            "{items:?}"
        );
        // Taken off the list at this meeting: it does not stay on it.
        assert!(items[1].carried_over && items[1].struck_off && !items[1].on_balance_list);
        assert!(
            items[1]
                .answer
                .as_ref()
                .is_some_and(|a| a.text.contains("avförs"))
        );
    }

    #[test]
    fn a_balance_list_point_with_its_origin_is_titled_by_its_subject() {
        let items = read(
            "§ 7 Balanslista\n1. Vision (2026-01-20): Nya larmtelefoner i hemtjänsten. Kvarstår, leverantören är sen.\n2. Kommunal (2025-12-02): Städning av personalrummet. Klar, kan avskrivas.\n",
        );
        let titles: Vec<&str> = items
            .iter()
            .filter(|i| i.kind == ItemKind::Question)
            .map(|i| i.title.as_str())
            .collect();
        assert_eq!(
            titles,
            [
                "Nya larmtelefoner i hemtjänsten",
                "Städning av personalrummet"
            ],
            "{items:?}"
        );
    }

    #[test]
    fn a_titles_list_letter_or_number_is_no_part_of_it() {
        assert_eq!(
            without_list_mark("b) Vision undrar när hissen lagas."),
            "Vision undrar när hissen lagas."
        );
        assert_eq!(
            without_list_mark("2. Kommunal (2025-10-02): Nya arbetskläder."),
            "Kommunal (2025-10-02): Nya arbetskläder."
        );
        assert_eq!(
            without_list_mark("- Taklyftar på avdelning 4"),
            "Taklyftar på avdelning 4"
        );
        // A number that is the subject's own stays.
        assert_eq!(
            without_list_mark("3 nya tjänster inom hemtjänsten"),
            "3 nya tjänster inom hemtjänsten"
        );
    }

    #[test]
    fn an_action_line_is_titled_by_the_action_alone() {
        let items = read(
            "§ 6 Arbetsmiljö\nKommunal frågade om skyddsglasögonen i verkstaden räcker till alla.\nÅtgärd: Beställa tio par skyddsglasögon till verkstaden.\nAnsvarig: Eva Lind   Klart: v. 9\n",
        );
        let titles: Vec<&str> = items
            .iter()
            .filter(|i| i.kind == ItemKind::Commitment)
            .map(|i| i.title.as_str())
            .collect();
        assert_eq!(
            titles,
            ["Beställa tio par skyddsglasögon till verkstaden."],
            "{items:?}"
        );
    }

    #[test]
    fn a_point_struck_off_leaves_the_balance_list_and_one_that_remains_stays() {
        let items = read(
            "§ 3 Balanslista\n- Belysningen i cykelgaraget: arbetsgivaren redovisade att nya armaturer har satts upp. Frågan kan avskrivas.\n- Nycklar till förrådet: kvarstår. Arbetsgivaren återkommer när låssmeden har varit där och bytet är klart.\n",
        );
        let listed: Vec<(Outcome, bool, bool)> = items
            .iter()
            .filter(|i| i.kind == ItemKind::Question)
            .map(|i| (i.outcome, i.on_balance_list, i.struck_off))
            .collect();
        assert_eq!(
            listed,
            [
                (Outcome::Answered, false, true),
                (Outcome::Open, true, false)
            ],
            "{items:?}"
        );
        // What became of a point is no part of its title.
        assert!(
            items.iter().any(|i| i.title == "Nycklar till förrådet"),
            "{items:?}"
        );
    }

    #[test]
    fn a_bare_removal_on_its_own_line_closes_the_point_above_it() {
        let items = read(
            "§ 3 Åtgärdslistan\nStege till vinden i skola 2: en ny stege sattes upp i mars.\nPunkten avförs.\nKommunals fråga om nya skåp i omklädningsrummet: skåpen är levererade.\nAvförs.\n",
        );
        let questions: Vec<&ItemDraft> = items
            .iter()
            .filter(|i| i.kind == ItemKind::Question)
            .collect();
        assert_eq!(questions.len(), 2, "{items:?}");
        assert!(
            questions[0].source_text.contains("Stege till vinden"),
            "{items:?}"
        );
        assert!(questions[1].source_text.contains("nya skåp"), "{items:?}");
        assert!(
            questions
                .iter()
                .all(|q| !q.title.starts_with("Punkten") && !q.title.starts_with("Avförs")),
            "{items:?}"
        );
    }

    #[test]
    fn a_party_labelled_paragraph_under_a_notes_heading_is_its_note() {
        let items = read(
            "§ 3 Förhandlingens resultat\nFörhandlingen avslutas i oenighet.\n\n§ 4 Protokollsanteckningar\nSeko: Seko menar att bemanningen i kassan är för låg under helger och förbehåller sig rätten att återkomma.\n",
        );
        let notes: Vec<&ItemDraft> = items
            .iter()
            .filter(|i| i.kind == ItemKind::Statement)
            .collect();
        assert_eq!(notes.len(), 1, "{items:?}");
        assert_eq!(notes[0].by, Some(Party::Union("Seko".into())), "{items:?}");
        assert!(notes[0].source_text.contains("bemanningen i kassan"));
        assert!(
            !items
                .iter()
                .any(|i| matches!(i.kind, ItemKind::Question | ItemKind::Commitment)),
            "{items:?}"
        );
    }

    #[test]
    fn a_board_matter_opening_with_its_registry_number_takes_its_title_line_above() {
        let items = read(
            "§ 4 Information enligt MBL § 19: Ny taxa för hemtjänsten 2027,\nDnr 2026-0417\nEva Lund informerade om förslaget till ny taxa.\n\n§ 5 Information enligt MBL § 19: Flytt av arkivet till Norrgatan,\nSN/2026/233\nPer Berg informerade om tidplanen för flytten.\n",
        );
        let matters: Vec<&ItemDraft> = items
            .iter()
            .filter(|i| i.kind == ItemKind::BoardMatter)
            .collect();
        assert_eq!(matters.len(), 2, "{items:?}");
        assert!(
            matters[0].source_text.contains("Ny taxa för hemtjänsten"),
            "{items:?}"
        );
        assert!(
            matters[1].source_text.contains("Flytt av arkivet"),
            "{items:?}"
        );
        assert_eq!(matters[1].registry_number.as_deref(), Some("SN/2026/233"));
    }

    #[test]
    fn board_matters_by_registry_number_in_running_text() {
        let items = read(
            "§ 6 Information\nSoF 2023/1187 Riktlinjer för hemtjänsten. Ärendet anses informerat.\n\nDnr 2024/01234 Remiss om ny lag om vårdnad. Ärendet samverkades.\n\nBudgeten för 2025/26 presenterades.\n",
        );
        let got: Vec<(Option<String>, Outcome)> = items
            .iter()
            .filter(|i| i.kind == ItemKind::BoardMatter)
            .map(|i| (i.registry_number.clone(), i.outcome))
            .collect();
        assert_eq!(
            got,
            [
                (Some("SoF 2023/1187".to_string()), Outcome::Informed),
                (Some("2024/01234".to_string()), Outcome::Agreed),
            ]
        );
    }

    /// "Noteras som informerat", "noterade informationen", "har tagit del av informationen",
    /// "Informationen anses lämnad" and "– för kännedom" all say the matter was told, not agreed.
    #[test]
    fn board_matters_told_in_other_words_are_informed() {
        let items = read(
            "§ 4 Information\nKS 2025/410 Ny parkeringspolicy. Ärendet noteras som informerat.\n\nTN 2026/33 Vinterväghållning. Gruppen noterade informationen.\n\nBUN 2026/7 Skolval 2027. Parterna har tagit del av informationen.\n\nMN 2026/90 Tillsynsplan 2027. Informationen anses lämnad.\n\nVN 2026/14 Internkontroll 2026 – för kännedom.\n",
        );
        let got: Vec<(Option<String>, Outcome)> = items
            .iter()
            .filter(|i| i.kind == ItemKind::BoardMatter)
            .map(|i| (i.registry_number.clone(), i.outcome))
            .collect();
        let informed = |r: &str| (Some(r.to_string()), Outcome::Informed);
        assert_eq!(
            got,
            [
                informed("KS 2025/410"),
                informed("TN 2026/33"),
                informed("BUN 2026/7"),
                informed("MN 2026/90"),
                informed("VN 2026/14"),
            ]
        );
    }

    /// Under an MBL heading, paragraphs opened by someone speaking are the discussion, not
    /// matters; a paragraph naming a matter still is one.
    #[test]
    fn a_discussion_under_an_mbl_heading_holds_no_matters() {
        let items = read(
            "§ 5 Förhandling enligt MBL § 11\nNy bemanning i hamnens växel\n\nArbetsgivaren föreslår att växeln bemannas av fyra personer.\n\nVision och Ledarna yrkade att frågan skjuts upp.\n\nSara Ek redogjorde för kostnaderna.\n",
        );
        let got: Vec<String> = items
            .iter()
            .filter(|i| i.kind == ItemKind::BoardMatter)
            .map(|i| i.title.clone())
            .collect();
        assert_eq!(got, ["Ny bemanning i hamnens växel"]);
    }

    /// Lettered points each followed by their own MBL line take that line's paragraph, not
    /// the one of the point above.
    #[test]
    fn a_point_takes_the_mbl_line_under_it() {
        let items = read(
            "§ 5 Nämndärenden\na) KN 2026/14 Bokbussens nya turlista\nInformation enligt MBL § 19. Ärendet anses informerat.\n\nb) KN 2026/20 Sammanslagning av biblioteksfilialerna\nFörhandling enligt MBL § 11 har skett i samverkan. Parterna är överens.\n\nc) KN 2026/31 Hyror för samlingslokaler 2027\nInformation enligt MBL § 19. Inga frågor.\n",
        );
        let got: Vec<(Option<String>, Option<Mbl>)> = items
            .iter()
            .filter(|i| i.kind == ItemKind::BoardMatter)
            .map(|i| (i.registry_number.clone(), i.mbl))
            .collect();
        assert_eq!(
            got,
            [
                (Some("KN 2026/14".to_string()), Some(Mbl::Information19)),
                (Some("KN 2026/20".to_string()), Some(Mbl::Negotiation11)),
                (Some("KN 2026/31".to_string()), Some(Mbl::Information19)),
            ]
        );
    }

    /// A point's title on its own line, its number and MBL on the next: one matter named by the
    /// point, informed under § 19 when nothing else is said, agreed when the parties agree.
    #[test]
    fn a_point_over_its_number_and_mbl_line_is_one_matter() {
        let items = read(
            "§ 4 Nämndärenden\na) Parkeringsavgifter vid rådhuset,\nTN 2026/8. Information enligt MBL § 19. Inga frågor från de\nfackliga organisationerna.\n\nb) Ny städorganisation för skolorna,\nDnr TN 2026/12. Förhandling enligt MBL § 11. Förslaget togs fram i arbetsgrupp.\nParterna är överens.\n",
        );
        let got: Vec<(String, Option<String>, Outcome)> = items
            .iter()
            .filter(|i| i.kind == ItemKind::BoardMatter)
            .map(|i| (i.title.clone(), i.registry_number.clone(), i.outcome))
            .collect();
        assert_eq!(
            got,
            [
                (
                    "Parkeringsavgifter vid rådhuset".to_string(),
                    Some("TN 2026/8".to_string()),
                    Outcome::Informed
                ),
                (
                    "Ny städorganisation för skolorna".to_string(),
                    Some("TN 2026/12".to_string()),
                    Outcome::Agreed
                ),
            ]
        );
    }

    /// A negotiation named as one is under MBL § 11, in its own sentence or the next.
    #[test]
    fn a_negotiation_named_as_one_is_under_mbl_11() {
        let items = read(
            "§ 3 Flytt av arkivet\nArbetsgivaren redogjorde för flytten till Norrby.\n\nParterna är överens om att flytten sker i maj. Förhandlingen förklarades avslutad.\n\n§ 4 Schema för vaktmästeriet\nFörhandlingen avslutades i oenighet med Vision.\n",
        );
        let got: Vec<(Outcome, Option<Mbl>)> = items
            .iter()
            .filter(|i| i.kind == ItemKind::Negotiation)
            .map(|i| (i.outcome, i.mbl))
            .collect();
        assert_eq!(
            got,
            [
                (Outcome::Agreed, Some(Mbl::Negotiation11)),
                (Outcome::Disagreement, Some(Mbl::Negotiation11)),
            ]
        );
    }

    /// Under an MBL § 19 heading, a matter closed by its own sentence is a matter, and told;
    /// a discussion closed by the same words is not.
    #[test]
    fn a_listed_matter_closed_by_its_own_sentence_is_informed() {
        let items = read(
            "§ 7 Information enligt MBL § 19\nLokalförsörjningsplan för hamnkontoret 2027. Informationen anses lämnad.\n\nArbetsgivaren föreslår nya öppettider. Vision har inget att invända. Informationen noterades.\n",
        );
        let got: Vec<(String, Outcome)> = items
            .iter()
            .filter(|i| i.kind == ItemKind::BoardMatter)
            .map(|i| (i.title.clone(), i.outcome))
            .collect();
        assert_eq!(
            got,
            [(
                "Lokalförsörjningsplan för hamnkontoret 2027".to_string(),
                Outcome::Informed
            )]
        );
    }

    /// A balance list's own codes ("A 2026:3", "Punkt 2025:11") are not registry numbers; a
    /// series code of two or three letters with a colon ("SOU 2025:40") is.
    #[test]
    fn list_codes_with_a_colon_are_not_registry_numbers() {
        assert_eq!(registry_in("A 2026:3 Belysning i garaget (Vision)"), None);
        assert_eq!(registry_in("Punkt 2025:11 Cykelrum vid stationen"), None);
        assert_eq!(
            registry_in("Remiss av SOU 2025:40 om arbetsmiljön").as_deref(),
            Some("SOU 2025:40")
        );
    }

    /// A plan told after someone's report, or under an information heading, is information;
    /// one owed to the unions or to the forum stays a promise.
    #[test]
    fn plans_in_a_report_are_not_promises() {
        let items = read(
            "§ 3 Ekonomi\nLena Ek gick igenom bokslutet. Besparingsplanen tas fram under maj.\n\nPer Holm redogjorde för enkäten. Resultatet redovisas för gruppen i oktober.\n\n§ 4 Information från arbetsgivaren\n- Nya arbetskläder skickas ut vecka 12.\n",
        );
        let got: Vec<String> = items
            .iter()
            .filter(|i| i.kind == ItemKind::Commitment)
            .map(|i| i.title.clone())
            .collect();
        assert_eq!(got, ["Resultatet redovisas för gruppen i oktober."]);
    }

    #[test]
    fn predictions_are_not_promises() {
        let items = read(
            "§1 Information\nDen nya planen kommer att medföra ändringar. Utbildningen kommer att äga rum i maj.\n",
        );
        assert!(items.is_empty(), "{items:?}");
    }

    #[test]
    fn a_thing_not_yet_done_is_no_promise() {
        let items = read(
            "§ 3 Balanslistan\nLarmen i tvätteriet (Vision) – Utredningen är ännu inte klar inför julen. Kvarstår.\n\n§ 4 Lokaler\nOmbyggnaden blir klar i oktober.\n",
        );
        let promises: Vec<&str> = items
            .iter()
            .filter(|item| item.kind == ItemKind::Commitment)
            .map(|item| item.text.as_str())
            .collect();
        assert_eq!(
            promises,
            vec!["Ombyggnaden blir klar i oktober."],
            "{items:#?}"
        );
    }

    #[test]
    fn a_plan_after_a_report_on_a_line_of_its_own_and_a_rule_until_done_are_no_promises() {
        let items = read(
            "§ 5 Ekonomi\nEva Ek gick igenom uppföljningen för mars. Förvaltningen\nräknar med ett underskott om 2 mnkr.\nBesparingsplanen presenteras för nämnden i maj.\n\n§ 6 Skydd\nHjälmar ska bäras i verkstaden tills utredningen är klar.\n",
        );
        assert!(
            !items.iter().any(|i| i.kind == ItemKind::Commitment),
            "{items:#?}"
        );
    }

    #[test]
    fn an_action_row_that_stays_with_someone_responsible_is_their_renewed_action() {
        let items = read(
            "Närvarande\nEva Ström, enhetschef\nOla Berg, Kommunal\n\nFöregående protokoll\nGodkändes. Åtgärdslistan från 2026-01-12 gicks igenom.\n\n- Sandning vid entrén (ansv. Eva). Kvarstår till nästa möte.\n- Nya skåp i omklädningsrummet: Eva har beställt skåpen. Kvarstår.\n- Trasig kaffemaskin (Kommunal): Kvarstår.\n- Bilarnas däck: beställda. Kvarstår.\n\nArbetsmiljö\nInget att rapportera.\n",
        );
        let actions: Vec<(&str, Option<&str>, Option<&str>)> = items
            .iter()
            .filter(|i| i.kind == ItemKind::Commitment)
            .map(|i| {
                (
                    i.title.as_str(),
                    i.person.as_deref(),
                    i.due.as_ref().and_then(|d| d.label.as_deref()),
                )
            })
            .collect();
        assert_eq!(
            actions,
            [
                ("Sandning vid entrén", Some("Eva Ström"), Some("nästa möte")),
                ("Nya skåp i omklädningsrummet", Some("Eva Ström"), None),
            ],
            "{items:#?}"
        );
        assert!(items.iter().any(|i| i.kind == ItemKind::BalanceListReview));
    }

    #[test]
    fn a_faculty_promises_for_the_employer_and_is_due_when_it_returns() {
        let items = read(
            "§ 5 Frågor\nSaco-S frågade hur mycket doktoranderna undervisar. Dekanen svarade att det följs upp. Fakulteten kommer att kartlägga undervisningen under hösten och återkommer till FSG i december. Seko frågade om städningen i labben. Kanslichefen svarade att den sköts centralt.\n",
        );
        let promise = items
            .iter()
            .find(|i| i.kind == ItemKind::Commitment)
            .unwrap_or_else(|| panic!("{items:#?}"));
        assert_eq!(promise.by, Some(Party::Employer));
        assert_eq!(
            promise.due.as_ref().and_then(|d| d.label.as_deref()),
            Some("december")
        );
    }

    #[test]
    fn a_person_doing_something_by_the_next_meeting_and_a_report_there_are_promises() {
        let items = read(
            "Närvarande\nEva Ström, enhetschef\nOla Berg, Kommunal\n\n§ 3 Arbetsmiljö\nEva redovisar sjukfrånvaron för februari.\n\nOla (HSO) tar fram en checklista för ensamarbete till nästa möte.\n\nEnhetscheferna redovisar bemanningsläget vid nästa möte.\n",
        );
        let promises: Vec<(Option<Party>, Option<Party>)> = items
            .iter()
            .filter(|i| i.kind == ItemKind::Commitment)
            .map(|i| (i.by.clone(), i.to.clone()))
            .collect();
        let kommunal = Some(Party::Union("Kommunal".into()));
        assert_eq!(
            promises,
            [
                (kommunal.clone(), Some(Party::Employer)),
                (Some(Party::Employer), kommunal),
            ],
            "{items:#?}"
        );
    }

    #[test]
    fn a_second_verb_a_persons_undertaking_a_thing_done_by_then_and_a_written_answer() {
        let items = read(
            "Närvarande\nEva Ström, enhetschef\nOla Berg, Kommunal\n\n§ 3 Arbetsmiljö\nArbetsgivaren tog emot skrivelsen och kommer att lämna ett skriftligt svar senast den 8 maj.\n\nEva Ström ansvarar för att ronden i köket görs före påsk.\n\nKommunal frågade varför larmen inte fungerar. Svar: Eva förklarade att leverantören bytt server och att felanmälningarna ska vara åtgärdade före midsommar.\n\nFrågan om lönetillägg besvaras skriftligen till nästa möte.\n",
        );
        let promises: Vec<Option<&str>> = items
            .iter()
            .filter(|i| i.kind == ItemKind::Commitment)
            .map(|i| i.due.as_ref().and_then(|d| d.label.as_deref()))
            .collect();
        assert_eq!(
            promises,
            [
                Some("senast den 8 maj"),
                Some("före påsk"),
                Some("före midsommar"),
                Some("nästa möte")
            ],
            "{items:#?}"
        );
    }

    #[test]
    fn the_sentence_after_a_promise_may_say_when_and_to_whom() {
        let items = read(
            "§ 4 Riskbedömning\nArbetsgivaren åtar sig att göra en riskanalys av nattarbetet innan beslutet verkställs.\nAnalysen ska vara klar senast 14 april och redovisas för Vision.\n",
        );
        let promises: Vec<&ItemDraft> = items
            .iter()
            .filter(|item| item.kind == ItemKind::Commitment)
            .collect();
        assert_eq!(promises.len(), 1, "{items:#?}");
        let due = promises[0].due.as_ref().and_then(|d| d.label.as_deref());
        assert_eq!(due, Some("senast 14 april"));
        assert_eq!(promises[0].to, Some(Party::Union("Vision".into())));
        assert!(promises[0].text.ends_with("redovisas för Vision."));
    }

    /// Municipalities promising in the plural owe it to the body that asked, which the draft
    /// cannot name: no receiver, not the unions. "Kommunen återkommer" stays the employer's
    /// promise to the unions.
    #[test]
    fn a_promise_by_municipalities_in_the_plural_is_not_owed_to_the_unions() {
        let items = read(
            "§ 4 Gemensam IT-plattform\nRegionen frågar om tidplanen för upphandlingen. Kommunerna tar med sig frågan och återkommer.\n",
        );
        let promise = items
            .iter()
            .find(|i| i.kind == ItemKind::Commitment)
            .expect("a promise");
        assert_eq!(promise.to, None, "{promise:?}");
        let items = read("§ 4 Lokaler\nKommunen återkommer om flytten till nästa möte.\n");
        let promise = items
            .iter()
            .find(|i| i.kind == ItemKind::Commitment)
            .expect("a promise");
        assert_eq!(promise.by, Some(Party::Employer));
        assert_eq!(promise.to, Some(Party::AllUnions));
    }

    #[test]
    fn unnumbered_headings_after_a_known_one_cut_the_text_into_points() {
        let items = read(
            "Lagerbolaget AB\nSkyddskommittén\n\nMötets öppnande\nOrdföranden öppnade mötet.\n\nGenomgång av åtgärdslistan\nÅtgärdslistan lästes upp.\n\n  12 Belysning i lager B\n  Nya armaturer uppsatta i maj. Åtgärdat, punkten stryks.\n\nTruckar\nUnionen frågade hur ofta truckarna besiktas.\nLagerchefen svarade att de besiktas varje halvår.\n\nÖvriga frågor\nInga övriga frågor.\n",
        );
        let kinds: Vec<ItemKind> = items.iter().map(|item| item.kind).collect();
        assert!(kinds.contains(&ItemKind::BalanceListReview), "{items:#?}");
        let report = items
            .iter()
            .find(|item| item.kind == ItemKind::Question && item.source_text.contains("armaturer"))
            .expect("the reported point");
        assert_eq!(report.outcome, Outcome::Answered);
        assert!(report.carried_over);
        let truck = items
            .iter()
            .find(|item| item.source_text.contains("truckarna"))
            .expect("the question under an unknown heading");
        assert_eq!(truck.section_title, "Truckar");
        assert_eq!(truck.raised_by, Some(Party::Union("Unionen".into())));
    }

    #[test]
    fn a_promise_after_a_question_is_owed_to_the_union_that_asked() {
        let items = read(
            "§ 1 Mötets öppnande\nMötet öppnades.\n\n§ 2 Arbetsmiljö\nSeko frågade om dammet i verkstaden har mätts.\nFöretaget svarade att ingen mätning gjorts i år.\n\nÅtgärd: Mäta dammhalten i verkstaden\nAnsvarig: Företaget\nKlart: v. 14\n\n§ 3 Mötets avslutande\nMötet avslutades.\n",
        );
        let promise = items
            .iter()
            .find(|item| item.kind == ItemKind::Commitment)
            .expect("the action");
        assert_eq!(promise.by, Some(Party::Employer));
        assert_eq!(promise.to, Some(Party::Union("Seko".into())));
        assert_eq!(
            promise.due.as_ref().and_then(|d| d.label.as_deref()),
            Some("v. 14")
        );
    }

    #[test]
    fn a_promise_is_owed_to_the_one_union_its_point_names() {
        let items = read(
            "Närvarande\nEva Ström, enhetschef\nOla Berg, Kommunal\nLisa Ek, Vision\n\n§ 1 Mötets öppnande\nMötet öppnades.\n\n§ 2 Balanslistan\n1. Cykelställ vid entrén (Kommunal, 2026-01-10)\nStällen är beställda. Eva återkommer i maj med ett leveransdatum.\n2. Sopsortering i köket (Vision, 2026-02-02)\nArbetet pågår. Eva återkommer i juni.\n\n§ 3 Övriga frågor\nOla tog upp att dörren till förrådet inte går att låsa. Eva tar med sig frågan.\n\n§ 4 Arbetsmiljö\nFacket vill veta varför skiftet flyttats. Vision menar att ingen informerats.\nEva återkommer med ett svar vid nästa möte.\n\n§ 5 Mötets avslutande\nMötet avslutades.\n",
        );
        let to: Vec<Option<Party>> = items
            .iter()
            .filter(|item| item.kind == ItemKind::Commitment)
            .map(|item| item.to.clone())
            .collect();
        let kommunal = Some(Party::Union("Kommunal".into()));
        let vision = Some(Party::Union("Vision".into()));
        assert_eq!(
            to,
            vec![kommunal.clone(), vision.clone(), kommunal, vision],
            "{items:#?}"
        );
    }

    #[test]
    fn facket_is_the_one_union_present_and_an_action_row_ends_before_the_next_point() {
        let items = read(
            "Närvarande\nEva Ström, enhetschef\nOla Berg, Kommunal\n\n§ 1 Mötets öppnande\nMötet öppnades.\n\n§ 2 Arbetsmiljö\n2.1 Trasiga lyftar\nFacket undrar när lyften byts. Åtg: Byta lyften i rum 4. Ansv: Eva Ström. Klart: v. 20\n2.2 Belysning i garaget\nLamporna är bytta.\n\n§ 3 Mötets avslutande\nMötet avslutades.\n",
        );
        let promise = items
            .iter()
            .find(|item| item.kind == ItemKind::Commitment)
            .expect("the action");
        assert_eq!(promise.to, Some(Party::Union("Kommunal".into())));
        assert!(
            promise.source_text.ends_with("Klart: v. 20"),
            "{promise:#?}"
        );
    }

    #[test]
    fn lettered_points_over_their_numbers_and_a_number_under_the_heading_are_matters() {
        let items = read(
            "§ 1 Mötets öppnande\nMötet öppnades.\n\n§ 2 Ärenden till nämnden\n2.1 Samverkan enligt MBL § 11\na) Ny taxa för färdtjänst\n   TN 2026-00123\nEnhetschefen föredrog ärendet, som anses samverkat i enighet.\n\nVision lämnar följande särskilda yttrande: Vi vill se en konsekvensanalys.\n\n§ 3 Ombyggnad av depån (MBL § 11)\nDnr TN 2026/45\nArbetsgivaren föredrog förslaget.\nSamverkan genomförd i enighet.\n\n§ 4 Mötets avslutande\nMötet avslutades.\n",
        );
        let matters: Vec<&ItemDraft> = items
            .iter()
            .filter(|item| item.kind == ItemKind::BoardMatter)
            .collect();
        assert_eq!(matters.len(), 2, "{items:#?}");
        assert_eq!(matters[0].title, "Ny taxa för färdtjänst");
        assert_eq!(matters[0].registry_number.as_deref(), Some("TN 2026-00123"));
        assert_eq!(matters[0].mbl, Some(Mbl::Negotiation11));
        assert_eq!(matters[1].title, "Ombyggnad av depån");
        assert_eq!(matters[1].registry_number.as_deref(), Some("TN 2026/45"));
        assert_eq!(matters[1].outcome, Outcome::Agreed);
        let statement = items
            .iter()
            .find(|item| item.kind == ItemKind::Statement)
            .expect("the särskilda yttrande");
        assert_eq!(statement.by, Some(Party::Union("Vision".into())));
        assert_eq!(
            statement.statement_kind,
            Some(StatementKind::DissentingStatement)
        );
    }

    #[test]
    fn a_point_asked_for_earlier_and_written_off_is_a_question_answered_by_the_report() {
        let items = read(
            "§ 1 Mötets öppnande\nMötet öppnades.\n\n§ 2 Balanslista\n2.1 Nya scheman i köket (Kommunal)\nKommunal har efterfrågat nya scheman för köket. Kocken Per Ek\nredovisade att schemat gäller från mars. Punkten kan avskrivas.\n\n§ 3 Mötets avslutande\nMötet avslutades.\n",
        );
        let question = items
            .iter()
            .find(|item| item.kind == ItemKind::Question)
            .unwrap_or_else(|| panic!("{items:#?}"));
        assert_eq!(question.raised_by, Some(Party::Union("Kommunal".into())));
        assert!(question.carried_over);
    }

    #[test]
    fn bulleted_points_of_a_balance_list_are_read_one_by_one() {
        let items = read(
            "§1 Mötets öppnande\nMötet öppnades.§2 Balanslistan\nBalanslistan gicks igenom:\n- Vision, nya datorer till expeditionen (från 2026-01-10). Lena Ek\nredovisade att datorerna levererats. Punkten avförs från balanslistan.\n- Kommunal, arbetskläder i tvätteriet (från 2026-02-02). AG: leverantören är kontaktad och\nHR återkommer i mars. Punkten står kvar.\n§3 Mötets avslutande\nMötet avslutades.\n",
        );
        let questions: Vec<&ItemDraft> = items
            .iter()
            .filter(|item| item.kind == ItemKind::Question)
            .collect();
        assert_eq!(questions.len(), 2, "{items:#?}");
        assert_eq!(questions[0].raised_by, Some(Party::Union("Vision".into())));
        assert_eq!(questions[0].outcome, Outcome::Answered);
        assert_eq!(
            questions[1].raised_by,
            Some(Party::Union("Kommunal".into()))
        );
        assert_eq!(questions[1].outcome, Outcome::Open);
        let promise = items
            .iter()
            .find(|item| item.kind == ItemKind::Commitment)
            .expect("the promise to come back");
        assert_eq!(promise.to, Some(Party::Union("Kommunal".into())));
    }

    #[test]
    fn an_answer_promised_for_the_next_meeting_leaves_the_question_open() {
        let items = read(
            "§ 1 Mötets öppnande\nMötet öppnades.\n\n§ 2 Övriga frågor\nVårdförbundet undrar om nattpersonalen får gratis parkering. Svar lämnas vid nästa möte.\n\nc. Fråga om bilpoolen 2027: bilarna byts i maj. Frågan anses besvarad.\n\n§ 3 Mötets avslutande\nMötet avslutades.\n",
        );
        let questions: Vec<&ItemDraft> = items
            .iter()
            .filter(|item| item.kind == ItemKind::Question)
            .collect();
        assert_eq!(questions.len(), 2, "{items:#?}");
        assert_eq!(questions[0].outcome, Outcome::Open);
        assert_eq!(questions[1].outcome, Outcome::Answered);
        let promise = items
            .iter()
            .find(|item| item.kind == ItemKind::Commitment)
            .expect("the answer promised");
        assert_eq!(promise.to, Some(Party::Union("Vårdförbundet".into())));
        assert!(promise.due.as_ref().is_some_and(|d| d.next_meeting));
    }

    #[test]
    fn a_point_with_its_number_and_mbl_on_one_line_is_a_board_matter() {
        let items = read(
            "§ 1 Mötets öppnande\nMötet öppnades.\n\n§ 2 Nämndärenden\na) Skolskjuts 2027 - nya hållplatser,\nTN 2026/17 (MBL §11)\nFörslaget har tagits fram med skolorna.\nSamverkan genomförd i enighet.\nb) Budget 2027, TN 2026/11 (MBL §19)\nÄrendet anses informerat.\n\n§ 3 Mötets avslutande\nMötet avslutades.\n",
        );
        let matters: Vec<&ItemDraft> = items
            .iter()
            .filter(|item| item.kind == ItemKind::BoardMatter)
            .collect();
        assert_eq!(matters.len(), 2, "{items:#?}");
        assert!(
            matters[0].title.starts_with("Skolskjuts 2027"),
            "{}",
            matters[0].title
        );
        assert_eq!(matters[0].mbl, Some(Mbl::Negotiation11));
        assert_eq!(matters[0].outcome, Outcome::Agreed);
        assert_eq!(matters[1].title, "Budget 2027");
        assert_eq!(matters[1].registry_number.as_deref(), Some("TN 2026/11"));
        assert_eq!(matters[1].mbl, Some(Mbl::Information19));
        assert_eq!(matters[1].outcome, Outcome::Informed);
        // The outcome of the point is still read as a negotiation.
        assert!(items.iter().any(|item| item.kind == ItemKind::Negotiation));
    }

    #[test]
    fn due_labels_before_a_date_at_a_meeting_of_a_month_and_with_a_slash() {
        assert_eq!(
            due_label("Ekonomen återkopplar före den 3 maj med en prognos.").as_deref(),
            Some("före den 3 maj")
        );
        assert_eq!(
            due_label("Planen redovisas på samverkansgruppen i oktober.").as_deref(),
            Some("samverkansgruppen i oktober")
        );
        assert_eq!(
            due_label("HR ska skicka listan till alla fack senast 15/3.").as_deref(),
            Some("senast 15/3")
        );
        // A registry number is no date.
        assert_eq!(due_label("Ärendet KS 2025/77 återkommer."), None);
    }

    #[test]
    fn points_followed_up_under_the_previous_minutes_are_read() {
        let items = read(
            "Punkt 1. Mötet öppnas\nMötet öppnades.\n\nPunkt 2. Val av justerare\nTill justerare valdes Per Ek. Punkt 3. Föregående protokoll och uppföljning av frågor\nProtokollet lades till handlingarna.\n\nVision hade vid förra APT frågat om skrivaren i hus D kan bytas. Skrivaren är beställd. Rektorn återkommer när leverantören har svarat.\n\nPunkt 4. Mötet avslutas\nMötet avslutades.\n",
        );
        let question = items
            .iter()
            .find(|item| item.kind == ItemKind::Question)
            .unwrap_or_else(|| panic!("{items:#?}"));
        assert_eq!(question.raised_by, Some(Party::Union("Vision".into())));
        assert!(question.carried_over);
        let promise = items
            .iter()
            .find(|item| item.kind == ItemKind::Commitment)
            .unwrap_or_else(|| panic!("{items:#?}"));
        assert_eq!(
            promise.due.as_ref().and_then(|d| d.label.as_deref()),
            Some("när leverantören har svarat")
        );
        assert_eq!(promise.to, Some(Party::Union("Vision".into())));
    }

    #[test]
    fn a_start_is_no_due() {
        assert_eq!(
            due_label("Bemanningen ses över från och med vecka 8."),
            None
        );
        assert_eq!(
            due_label("Kontoren slås ihop från och\nmed 2026-09-01."),
            None
        );
        assert_eq!(due_label("Felet ska vara åtgärdat sedan den 2 mars."), None);
        assert_eq!(
            due_label("Ronden görs före påsk.").as_deref(),
            Some("före påsk")
        );
        assert_eq!(due_label("När den är klar tar vi ställning."), None);
    }

    #[test]
    fn a_negotiation_protocol_has_its_matter_in_the_head_and_its_end_in_the_closing() {
        let items = read(
            "Förhandling enligt 11 § MBL\nDatum: 2026-04-02\nDiarienummer: TN 2026/5\n\nÄrende: Nya arbetstider i parkförvaltningen\nunder sommarsäsongen\n\n1. Förhandlingens öppnande\nOrdföranden öppnade förhandlingen.\n\n2. Frågor\nSeko undrade hur raster ska läggas. Parkchefen svarade att rasterna läggs enligt schemat.\nVision påpekar att passen blir långa och frågar hur vilan säkras.\n\n3. Förhandlingens avslutande\nOenighet konstaterades mellan arbetsgivaren och Seko.\nSeko begär central förhandling. Seko återkommer skriftligt senast den 9 april 2026. Arbetsgivaren avvaktar med verkställandet tills utredningen är klar.\n\nSeko antecknar också att förslaget saknar riskbedömning.\n",
        );
        let matter = items
            .iter()
            .find(|item| item.kind == ItemKind::BoardMatter)
            .unwrap_or_else(|| panic!("{items:#?}"));
        assert_eq!(
            matter.title,
            "Nya arbetstider i parkförvaltningen under sommarsäsongen"
        );
        assert_eq!(matter.registry_number.as_deref(), Some("TN 2026/5"));
        assert_eq!(matter.mbl, Some(Mbl::Negotiation11));
        let questions: Vec<&ItemDraft> = items
            .iter()
            .filter(|item| item.kind == ItemKind::Question)
            .collect();
        assert_eq!(questions.len(), 2, "{items:#?}");
        assert_eq!(questions[0].outcome, Outcome::Answered);
        assert_eq!(questions[1].raised_by, Some(Party::Union("Vision".into())));
        assert!(items.iter().any(
            |item| item.kind == ItemKind::Negotiation && item.outcome == Outcome::Disagreement
        ));
        let promises: Vec<&ItemDraft> = items
            .iter()
            .filter(|item| item.kind == ItemKind::Commitment)
            .collect();
        assert_eq!(promises.len(), 2, "{items:#?}");
        assert_eq!(promises[0].by, Some(Party::Union("Seko".into())));
        assert_eq!(promises[1].by, Some(Party::Employer));
        assert_eq!(
            promises[1].due.as_ref().and_then(|d| d.label.as_deref()),
            Some("tills utredningen är klar")
        );
        let statement = items
            .iter()
            .find(|item| item.kind == ItemKind::Statement)
            .expect("the note");
        assert_eq!(statement.by, Some(Party::Union("Seko".into())));
    }

    #[test]
    fn follow_ups_additions_and_positions_in_samverkan() {
        let items = read(
            "Punkt 1. Mötets öppnande\nMötet öppnades.\n\nPunkt 2. Uppföljning av föregående protokoll\nSeko frågade vid förra mötet om belysningen i garaget. Per Holm\nredovisade att nya lampor satts upp. Punkten avförs.\nVision har frågat om cykelställen, se punkt 4.\n\nPunkt 3. Samverkan om nya lokaler\nGruppen presenterade ritningarna. Vision önskar att arkivet får ligga kvar i källaren. Det ryms i förslaget.\nSamverkan genomförd i enighet.\n\nPunkt 4. Frågor från arbetstagarorganisationerna\n4.1 Seko (anmäld under mötet) lyfter att vaktmästarna saknar hörselskydd.\nFörvaltningen tar med sig frågan.\nÅtg: köpa in hörselskydd. Ansv: Per Holm. Klart: v. 20\n\n4.2 Saco-S undrar hur friskvården följs upp. Lena Ekdahl svarade att uppföljning sker i maj.\n\nPunkt 5. Mötets avslutande\nMötet avslutades.\n",
        );
        let questions: Vec<&ItemDraft> = items
            .iter()
            .filter(|item| item.kind == ItemKind::Question)
            .collect();
        assert_eq!(questions.len(), 3, "{items:#?}");
        assert_eq!(questions[0].raised_by, Some(Party::Union("Seko".into())));
        assert_eq!(questions[0].outcome, Outcome::Answered);
        assert_eq!(questions[1].raised_by, Some(Party::Union("Seko".into())));
        assert_eq!(questions[2].raised_by, Some(Party::Union("Saco".into())));
        assert_eq!(questions[2].outcome, Outcome::Answered);
        let promises: Vec<&ItemDraft> = items
            .iter()
            .filter(|item| item.kind == ItemKind::Commitment)
            .collect();
        assert_eq!(promises.len(), 1, "{items:#?}");
        assert_eq!(promises[0].to, Some(Party::Union("Seko".into())));
    }

    #[test]
    fn listed_points_with_codes_roles_and_names_before_the_asker() {
        let items = read(
            "§ 1 Mötets öppnande\nMötet öppnades.\n\n§ 2 Balanslista\nBalanslistan gicks igenom.\n\nB 12:04 Halkskydd vid entrén\nSO Vision påtalade i höstas att entrén saknar halkskydd. Enligt AG är\nhalkskydd beställt. Punkten står kvar.\n\nB 13:01 Buller i matsalen\nFrågan från Seko om buller i matsalen är inte utredd än.\n\n§ 3 Riskbedömning\nKommunal lämnade följande protokollsanteckning:\n\"Vi vill delta i riskbedömningen.\"\n\nOrdföranden tackade för synpunkten. Planen följs upp i samråd med skyddsombuden till nästa möte.\n\n§ 4 Övriga frågor\nAnna-Lena Berg (SSR) tog upp att cyklarna saknar lås. Eva Ek tar med sig frågan till fastighetsenheten.\n\n§ 5 Mötets avslutande\nMötet avslutades.\n",
        );
        let questions: Vec<&ItemDraft> = items
            .iter()
            .filter(|item| item.kind == ItemKind::Question)
            .collect();
        assert_eq!(questions.len(), 3, "{items:#?}");
        assert_eq!(questions[0].raised_by, Some(Party::Union("Vision".into())));
        assert_eq!(questions[0].outcome, Outcome::Open);
        assert_eq!(questions[1].raised_by, Some(Party::Union("Seko".into())));
        assert_eq!(
            questions[2].raised_by,
            Some(Party::Union("Akademikerförbundet SSR".into()))
        );
        let promises: Vec<&ItemDraft> = items
            .iter()
            .filter(|item| item.kind == ItemKind::Commitment)
            .collect();
        assert_eq!(promises.len(), 2, "{items:#?}");
        assert_eq!(promises[0].by, Some(Party::Employer));
        assert!(promises[0].due.as_ref().is_some_and(|d| d.next_meeting));
        assert_eq!(
            promises[1].to,
            Some(Party::Union("Akademikerförbundet SSR".into()))
        );
    }

    #[test]
    fn dialogue_lines_questions_in_the_texts_words_and_delegated_tasks() {
        let items = read(
            "Närvarande:\nKarl Holm, platschef, Företaget\nEva Lind, skyddsombud, Unionen\n\n§ 1 Mötets öppnande\nMötet öppnades.\n\n§ 2 Lager\nUnionen vill veta när hyllorna i lagret besiktas.\nKarl: Besiktningen görs i april av leverantören.\n\nUnionen har hört att kvällspassen blir allt längre. Frågan är hur företaget ser på det.\nSvar: Karl Holm har gett skiftledaren i uppdrag att lägga om schemat till årsskiftet.\n\n§ 3 Ekonomi\nFöretaget skickar ut budgeten till alla fack senast 15/3.\n\n§ 4 Mötets avslutande\nMötet avslutades.\n",
        );
        let questions: Vec<&ItemDraft> = items
            .iter()
            .filter(|item| item.kind == ItemKind::Question)
            .collect();
        assert_eq!(questions.len(), 2, "{items:#?}");
        assert_eq!(questions[0].outcome, Outcome::Answered);
        assert_eq!(questions[1].raised_by, Some(Party::Union("Unionen".into())));
        let promises: Vec<&ItemDraft> = items
            .iter()
            .filter(|item| item.kind == ItemKind::Commitment)
            .collect();
        assert_eq!(promises.len(), 2, "{items:#?}");
        assert_eq!(promises[0].to, Some(Party::Union("Unionen".into())));
        assert_eq!(
            promises[0].due.as_ref().and_then(|d| d.label.as_deref()),
            Some("till årsskiftet")
        );
        assert_eq!(promises[1].to, Some(Party::AllUnions));
    }

    #[test]
    fn in_a_unions_minutes_a_member_present_asks_for_the_union() {
        let items = read(
            "Vision Norrby – styrelsemöte\nDatum: 2026-01-20\nNärvarande: Lisa Berg (ordf.), Omar Ali, Pia Lund (sekr.)\n\n1 Mötets öppnande\nLisa öppnade mötet.\n\n2 Rapport från FSG\nAG redogjorde för lokalbehovet. Omar undrade om kontoret ska flytta. AG svarade att inget är beslutat.\n\n3 Mötet avslutas\nLisa avslutade mötet.\n",
        );
        let question = items
            .iter()
            .find(|item| item.kind == ItemKind::Question)
            .unwrap_or_else(|| panic!("{items:#?}"));
        assert_eq!(question.raised_by, Some(Party::Union("Vision".into())));
        assert_eq!(question.outcome, Outcome::Answered);
    }

    #[test]
    fn the_union_unnamed_after_a_unions_question_is_that_union() {
        let items = read(
            "§ 1 Mötets öppnande\nMötet öppnades.\n\n§ 2 Tillbud\nSeko frågade om tillbuden vid lastkajen har utretts. Företaget svarade att två av tre är utredda.\n\nFacket undrar också när det sista blir klart. Företaget svarade att det dröjer till maj.\n\n§ 3 Mötets avslutande\nMötet avslutades.\n",
        );
        let questions: Vec<&ItemDraft> = items
            .iter()
            .filter(|item| item.kind == ItemKind::Question)
            .collect();
        assert_eq!(questions.len(), 2, "{items:#?}");
        assert_eq!(questions[1].raised_by, Some(Party::Union("Seko".into())));
    }

    #[test]
    fn dashed_lines_with_initials_and_a_party_in_brackets_ask() {
        let items = read(
            "Närvarande\nEva Holm (EH), platschef\nOla Berg (OB), Seko\n\n1. Mötets öppnande\n– EH öppnade mötet.\n\n2. Frågor från facket\n– OB (Seko) undrar när ventilationen i verkstaden ses över.\n  EH: filtren byts i mars, hela systemet ses över i maj.\n\n3. Mötets avslutande\n– EH avslutade mötet.\n",
        );
        let question = items
            .iter()
            .find(|item| item.kind == ItemKind::Question)
            .unwrap_or_else(|| panic!("{items:#?}"));
        assert_eq!(question.raised_by, Some(Party::Union("Seko".into())));
        assert_eq!(question.outcome, Outcome::Answered);
    }

    #[test]
    fn the_union_unnamed_among_many_unions_asking_is_all_unions() {
        let items = read(
            "§ 1 Mötets öppnande\nMötet öppnades.\n\n§ 2 Anmälda frågor\nSeko frågar om nya skåp till omklädningsrummet. Arbetsgivaren svarade att skåpen är beställda.\nFacket vill veta hur sommarens semesterväxling ska planeras. Arbetsgivaren svarar att ett förslag kommer att redovisas på nästa möte.\nUnionen undrar när parkeringen asfalteras. Arbetsgivaren svarade att det sker i juni.\n\n§ 3 Mötets avslutande\nMötet avslutades.\n",
        );
        let questions: Vec<&ItemDraft> = items
            .iter()
            .filter(|item| item.kind == ItemKind::Question)
            .collect();
        assert_eq!(questions.len(), 3, "{items:#?}");
        assert_eq!(questions[1].raised_by, Some(Party::AllUnions));
        let promise = items
            .iter()
            .find(|item| item.kind == ItemKind::Commitment)
            .unwrap_or_else(|| panic!("{items:#?}"));
        assert_eq!(promise.to, Some(Party::AllUnions));
    }

    #[test]
    fn a_heading_with_its_number_and_mbl_is_the_matter_and_lettered_points_under_mbl_19() {
        let items = read(
            "§1 Öppnande\nMötet öppnades.\n\n§2 Ny policy för tjänstebilar, TN 2026/41 (MBL § 11)\nChefen föredrog ärendet. Parterna är ense och förhandlingen avslutades i enighet.\n\n§3 Information enligt MBL § 19\na) Delårsrapport för tekniska nämnden, TN 2026/50\nb) Plan för nya lokaler, TN 2026/52\nInformationen lämnades utan erinran.\n\n§4 Avslutning\nMötet avslutades.\n",
        );
        let matters: Vec<&ItemDraft> = items
            .iter()
            .filter(|item| item.kind == ItemKind::BoardMatter)
            .collect();
        assert_eq!(matters.len(), 3, "{items:#?}");
        assert_eq!(matters[0].title, "Ny policy för tjänstebilar");
        assert_eq!(matters[0].registry_number.as_deref(), Some("TN 2026/41"));
        assert_eq!(matters[0].mbl, Some(Mbl::Negotiation11));
        assert_eq!(matters[0].outcome, Outcome::Agreed);
        assert_eq!(matters[2].registry_number.as_deref(), Some("TN 2026/52"));
        assert_eq!(matters[2].mbl, Some(Mbl::Information19));
        assert_eq!(matters[2].outcome, Outcome::Informed);
    }

    #[test]
    fn numbered_rows_of_a_balance_list_are_the_unions_points_carried_over() {
        let items = read(
            "§1 Öppnande\nMötet öppnades.\n\n§2 Balanslista\nListan gicks igenom.\n1. 2026-01-12 Seko – Belysning i garaget. Arbetsgivaren återkommer i mars. Status: Pågår.\n2. 2026-02-02 Unionen – Nya stolar i kontoret.\n   Stolarna levererade. Status: Klar.\n\nNr | Fråga | Ansvarig | Status\n7 | Vision: parkering för\ncykel vid entrén | Eva Holm | Pågår. Offert begärd.\n\n§3 Avslutning\nMötet avslutades.\n",
        );
        let questions: Vec<&ItemDraft> = items
            .iter()
            .filter(|item| item.kind == ItemKind::Question)
            .collect();
        assert_eq!(questions.len(), 3, "{items:#?}");
        assert_eq!(questions[0].raised_by, Some(Party::Union("Seko".into())));
        assert_eq!(questions[0].outcome, Outcome::Open);
        assert_eq!(questions[1].outcome, Outcome::Answered);
        assert_eq!(questions[2].raised_by, Some(Party::Union("Vision".into())));
        assert_eq!(questions[2].outcome, Outcome::Open);
        let promise = items
            .iter()
            .find(|item| item.kind == ItemKind::Commitment)
            .unwrap_or_else(|| panic!("{items:#?}"));
        assert_eq!(promise.to, Some(Party::Union("Seko".into())));
    }

    #[test]
    fn initials_with_a_role_ask_a_note_wanted_is_a_statement_and_a_bare_agreement_ends_it() {
        let items = read(
            "Närvarande\nEva Holm (EH), platschef\nOla Berg (OB), Seko, HSO\n\n1. Mötets öppnande\n– EH öppnade mötet.\n\n2. Arbetsmiljö\n– OB (HSO) påtalar att lastkajen saknar räcke.\n  EH: räcke beställs.\n\n3. Samverkan inför beslut – nya skiftider\n– EH presenterade förslaget.\n– OB: Seko stöder förslaget men vill ha anteckning om att raster ska följas upp.\n– Samverkad, parterna eniga. EH beslutar enligt förslaget.\n\n4. Mötets avslutande\n– EH avslutade mötet.\n",
        );
        let question = items
            .iter()
            .find(|item| item.kind == ItemKind::Question)
            .unwrap_or_else(|| panic!("{items:#?}"));
        assert_eq!(question.raised_by, Some(Party::Union("Seko".into())));
        let statement = items
            .iter()
            .find(|item| item.kind == ItemKind::Statement)
            .unwrap_or_else(|| panic!("{items:#?}"));
        assert_eq!(statement.by, Some(Party::Union("Seko".into())));
        assert!(
            items
                .iter()
                .any(|item| item.kind == ItemKind::Negotiation && item.outcome == Outcome::Agreed),
            "{items:#?}"
        );
        assert_eq!(
            items
                .iter()
                .filter(|item| item.kind == ItemKind::Question)
                .count(),
            1,
            "{items:#?}"
        );
    }

    #[test]
    fn a_point_in_a_bulleted_list_has_no_bullet_in_its_title() {
        let items = read(
            "§ 3 Balanslistan\n- Belysning i garaget (från LSG mars): Det redovisades att nya armaturer har satts upp. Punkten kan avskrivas.\n• Skåp i omklädningsrummet: kvarstår till nästa möte.\n",
        );
        assert!(!items.is_empty(), "{items:#?}");
        for item in &items {
            assert!(!item.title.starts_with(['-', '–', '•', '*']), "{items:#?}");
        }
    }

    #[test]
    fn notes_wished_for_written_with_a_person_and_told_as_we() {
        let items = read(
            "§ 1 Mötets öppnande\nMötet öppnades.\n\n§ 2 Nattbemanning\nFörslaget presenterades.\nSeko önskar följande anteckning till protokollet: \"Seko anser att nattpasset är för glest bemannat.\"\n\n§ 3 Parkering\nFörslaget presenterades.\nVision (Eva Lind) vill till protokollet anteckna att parkeringen är otillräcklig.\n\n§ 4 Mötets avslutande\nMötet avslutades.\n",
        );
        let by: Vec<Option<Party>> = items
            .iter()
            .filter(|item| item.kind == ItemKind::Statement)
            .map(|item| item.by.clone())
            .collect();
        assert_eq!(
            by,
            [
                Some(Party::Union("Seko".into())),
                Some(Party::Union("Vision".into()))
            ],
            "{items:#?}"
        );
        // A case title a person reads: the note's party and what it is.
        let titles: Vec<&str> = items
            .iter()
            .filter(|item| item.kind == ItemKind::Statement)
            .map(|item| item.title.as_str())
            .collect();
        assert_eq!(titles[0], "Sekos protokollsanteckning", "{items:#?}");
        assert!(
            !items.iter().any(|item| item.kind == ItemKind::Question),
            "{items:#?}"
        );
        let items = read(
            "Seko klubb Hamnen – styrelsemöte\nDatum: 2026-03-02\nNärvarande: Per Ek (ordf.), Lisa Ahl\n\n1 Mötets öppnande\nPer öppnade mötet.\n\n2 Rapport från FSG\n2.1 Ny skiftgång (HAM 2026/31)\nÄrendet förhandlades enligt MBL § 11. Skiftet flyttas en timme.\nVi lämnade en protokollsanteckning om att\nvilotiden blir för kort. Förhandlingen avslutades i oenighet.\n\n3 Mötet avslutas\nPer avslutade mötet.\n",
        );
        let statement = items
            .iter()
            .find(|item| item.kind == ItemKind::Statement)
            .unwrap_or_else(|| panic!("{items:#?}"));
        assert_eq!(statement.by, Some(Party::Union("Seko".into())));
        assert!(
            items
                .iter()
                .any(|item| item.kind == ItemKind::Negotiation
                    && item.outcome == Outcome::Disagreement),
            "{items:#?}"
        );
        let matter = items
            .iter()
            .find(|item| item.kind == ItemKind::BoardMatter)
            .unwrap_or_else(|| panic!("{items:#?}"));
        assert_eq!(matter.mbl, Some(Mbl::Negotiation11));
    }

    #[test]
    fn notes_labelled_by_their_party_and_a_report_headed_by_a_unions_section() {
        let items = read(
            "§ 1 Mötets öppnande\nMötet öppnades.\n\n§ 2 Städning\nFörslaget presenterades.\nProtokollsanteckning Seko: Seko anser att städtiden är för kort.\n\n§ 3 Nattjour\nFörslaget presenterades.\n\nUnionen, protokollsanteckning till punkt 3:\nUnionen anser att jouren är för glest bemannad.\n\n§ 4 Skyltar\nFörslaget presenterades.\nSeko och Unionen lämnar följande gemensamma anteckning till protokollet: \"Skyltarna behövs.\"\n\n§ 5 Mötets avslutande\nMötet avslutades.\n",
        );
        let statements = items
            .iter()
            .filter(|item| item.kind == ItemKind::Statement)
            .count();
        assert_eq!(statements, 3, "{items:#?}");
        let items = read(
            "Vision sektion Västra staden\nRapport från förvaltningens samverkansgrupp\n\nHej medlemmar!\n\nLokaler\nVi frågade när kontoret på Ågatan renoveras. Chefen svarade att det sker i höst.\n\nÖvriga frågor\nInga.\n",
        );
        let question = items
            .iter()
            .find(|item| item.kind == ItemKind::Question)
            .unwrap_or_else(|| panic!("{items:#?}"));
        assert_eq!(question.raised_by, Some(Party::Union("Vision".into())));
    }

    #[test]
    fn questions_under_a_heading_naming_one_union_are_that_unions() {
        let items = read(
            "1. Mötets öppnande\nMötet öppnades.\n\n2. Frågor inkomna från Seko\n2.1 \"När lagas taket i förrådet?\"\nArbetsgivaren svarar att taket lagas i maj.\n2.2 \"Kommer fler truckar att köpas in under året?\"\nArbetsgivaren svarar att två truckar beställs och att leveransen redovisas på nästa möte.\n\n3. Mötets avslutande\nMötet avslutades.\n",
        );
        let raisers: Vec<Option<Party>> = items
            .iter()
            .filter(|item| item.kind == ItemKind::Question)
            .map(|item| item.raised_by.clone())
            .collect();
        assert_eq!(
            raisers,
            [
                Some(Party::Union("Seko".into())),
                Some(Party::Union("Seko".into()))
            ],
            "{items:#?}"
        );
    }

    #[test]
    fn a_union_that_has_sent_in_a_question_asks() {
        let items = read(
            "§ 1 Mötets öppnande\nMötet öppnades.\n\n§ 2 Övriga frågor\nSeko har inkommit med en fråga om ersättning för resor mellan depåerna. Arbetsgivaren svarade att reglerna ses över.\n\n§ 3 Mötets avslutande\nMötet avslutades.\n",
        );
        let question = items
            .iter()
            .find(|item| item.kind == ItemKind::Question)
            .unwrap_or_else(|| panic!("{items:#?}"));
        assert_eq!(question.raised_by, Some(Party::Union("Seko".into())));
    }

    #[test]
    fn a_heading_with_its_number_whose_text_names_the_mbl_paragraph_is_the_matter() {
        let items = read(
            "Punkt 1 Öppnande\nMötet öppnades.\n\nPunkt 2 Delårsbokslut, TN 2026/8\nEkonomichefen gick igenom bokslutet. Information enligt MBL § 19.\n\nPunkt 3 Nya arbetstider i förrådet, TN 2026/11\nSamverkan enligt MBL § 11 om nya arbetstider. Parterna är överens.\n\nPunkt 4 Avslutning\nMötet avslutades.\n",
        );
        let matters: Vec<(Option<String>, Option<Mbl>, Outcome)> = items
            .iter()
            .filter(|item| item.kind == ItemKind::BoardMatter)
            .map(|item| (item.registry_number.clone(), item.mbl, item.outcome))
            .collect();
        assert_eq!(
            matters,
            [
                (
                    Some("TN 2026/8".into()),
                    Some(Mbl::Information19),
                    Outcome::Informed
                ),
                (
                    Some("TN 2026/11".into()),
                    Some(Mbl::Negotiation11),
                    Outcome::Agreed
                )
            ],
            "{items:#?}"
        );
    }

    #[test]
    fn a_union_that_wanted_to_know_or_pointed_out_and_asked_for_asks() {
        let items = read(
            "§ 1 Mötets öppnande\nMötet öppnades.\n\n§ 2 Omorganisation\nFörslaget presenterades.\nSeko ville veta om tjänsterna i Ekby flyttas. Arbetsgivaren svarade att de stannar.\n\nUnionen påpekade att lagret inte fått yttra sig och begärde att få ta del av utredningen.\nArbetsgivaren återkommer med utredningen senast den 3 maj.\n\n§ 3 Mötets avslutande\nMötet avslutades.\n",
        );
        let raisers: Vec<Option<Party>> = items
            .iter()
            .filter(|item| item.kind == ItemKind::Question)
            .map(|item| item.raised_by.clone())
            .collect();
        assert_eq!(
            raisers,
            [
                Some(Party::Union("Seko".into())),
                Some(Party::Union("Unionen".into()))
            ],
            "{items:#?}"
        );
    }

    fn questions_of(items: &[ItemDraft]) -> Vec<(Option<Party>, Outcome)> {
        items
            .iter()
            .filter(|item| item.kind == ItemKind::Question)
            .map(|item| (item.raised_by.clone(), item.outcome))
            .collect()
    }

    #[test]
    fn answers_by_a_first_name_an_officer_a_passive_and_a_plain_answer_label() {
        let items = read(
            "§ 1 Mötets öppnande\nMötet öppnades.\n\n§ 2 Frågor\nSeko frågade om tvättstugan i Norrby öppnar igen. Johanna svarade att den öppnar i maj.\n\nLedarna undrar hur introduktionen av nya chefer ska gå till.\nDekanen svarade att ett program tas fram.\n\nVision frågade om friskvårdstimmen gäller timanställda. Svaret var nej.\n\nKommunal undrar hur många raster nattpersonalen får.\nSvar: Rasterna ligger kvar på två per natt som tidigare.\n\nFrågan är om Seko undrar något mer.\n\n§ 3 Mötets avslutande\nMötet avslutades.\n",
        );
        let got = questions_of(&items);
        assert_eq!(
            got[..4],
            [
                (Some(Party::Union("Seko".into())), Outcome::Answered),
                (Some(Party::Union("Ledarna".into())), Outcome::Answered),
                (Some(Party::Union("Vision".into())), Outcome::Answered),
                (Some(Party::Union("Kommunal".into())), Outcome::Answered),
            ],
            "{items:#?}"
        );
        // A single word that opens sentences is no one answering.
        let items = read(
            "§ 1 Frågor\nSeko frågade om bussen till Norrby går i sommar. Sedan svarade ingen.\n",
        );
        assert_eq!(
            questions_of(&items),
            [(Some(Party::Union("Seko".into())), Outcome::Open)],
            "{items:#?}"
        );
    }

    #[test]
    fn a_question_sent_in_after_a_colon_is_answered_by_the_sentence_after_it() {
        let items = read(
            "§ 4 Frågor från de fackliga organisationerna\nST har anmält följande fråga: Hur planeras bemanningen i receptionen under hösten?\nPersonalchefen svarade att två vikarier anställs.\n",
        );
        let question = items
            .iter()
            .find(|item| item.kind == ItemKind::Question)
            .expect("a question");
        assert!(question.pre_registered);
        assert_eq!(question.outcome, Outcome::Answered, "{items:#?}");
        assert_eq!(
            question.answer.as_ref().map(|a| a.by.clone()),
            Some(Party::Employer)
        );
    }

    #[test]
    fn a_union_asking_in_a_board_matters_text_asks_and_is_answered_there() {
        let items = read(
            "§ 5 Ny taxa för hemtjänsten (KS 2025/311)\nInformation enligt § 19 MBL. Taxan höjs från 1 mars. Kommunal frågade om personalen får utbildning i den nya taxan. Ove svarade att utbildning ges i februari. Ärendet anses informerat.\n",
        );
        assert_eq!(
            questions_of(&items),
            [(Some(Party::Union("Kommunal".into())), Outcome::Answered)],
            "{items:#?}"
        );
        assert!(items.iter().any(|item| item.kind == ItemKind::BoardMatter));
    }

    #[test]
    fn a_union_that_wanted_to_know_after_telling_and_a_union_with_its_member_in_brackets_ask() {
        let items = read(
            "§ 1 Mötets öppnande\nMötet öppnades.\n\n§ 2 Arbetsmiljö\nVision framförde att skrivarna i Ekby ofta är trasiga och ville veta när nya köps in.\n\nSeko (Bertil) frågade om skyddsskorna räcker hela året.\n\n§ 3 Mötets avslutande\nMötet avslutades.\n",
        );
        assert_eq!(
            questions_of(&items),
            [
                (Some(Party::Union("Vision".into())), Outcome::Open),
                (Some(Party::Union("Seko".into())), Outcome::Open),
            ],
            "{items:#?}"
        );
    }

    #[test]
    fn sub_points_of_a_list_followed_up_a_week_number_and_a_heading_glued_without_a_space() {
        let items = read(
            "1. Mötets öppnande\nMötet öppnades.\n2. Åtgärdslistan\nListan gicks igenom.\n2.1 Halkskydd vid lastkajen (SO Seko)\nMattor lagda v. 4. Klar, avförs.\n2.2 Buller i verkstaden (SO Kommunal)\nMätning beställd men inte gjord.\nKvarstår.3. Arbetsmiljö\nKommunal frågade om skyddsskor finns i alla storlekar. Arbetsgivaren svarade att de finns.\n",
        );
        let got: Vec<(Option<&str>, Option<Party>, Outcome)> = items
            .iter()
            .filter(|item| item.kind == ItemKind::Question)
            .map(|item| {
                (
                    item.section.as_deref(),
                    item.raised_by.clone(),
                    item.outcome,
                )
            })
            .collect();
        assert_eq!(
            got,
            [
                (
                    Some("2"),
                    Some(Party::Union("Seko".into())),
                    Outcome::Answered
                ),
                (
                    Some("2"),
                    Some(Party::Union("Kommunal".into())),
                    Outcome::Open
                ),
                (
                    Some("3"),
                    Some(Party::Union("Kommunal".into())),
                    Outcome::Answered
                ),
            ],
            "{items:#?}"
        );
        assert_eq!(items[2].title, "Buller i verkstaden (SO Kommunal)");
    }

    #[test]
    fn rows_of_a_balance_list_with_their_asker_in_brackets_and_a_confirmation_below() {
        let items = read(
            "§ 1 Balanslistan\nSkåp i förrådet (§ 9/2025, Seko) – Skåpen är monterade. Kan avskrivas.\nErsättning för kurser (§ 12/2025, Kommunal) – besvarad per mejl 2025-09-12.\nKommunal bekräftar. Avförs från balanslistan.\nParkering vid entrén (§ 14/2025, Vision) – Ärendet utreds. Kvarstår.\n",
        );
        let questions: Vec<&ItemDraft> = items
            .iter()
            .filter(|item| item.kind == ItemKind::Question)
            .collect();
        let got: Vec<(Option<Party>, Outcome)> = questions
            .iter()
            .map(|item| (item.raised_by.clone(), item.outcome))
            .collect();
        assert_eq!(
            got,
            [
                (Some(Party::Union("Seko".into())), Outcome::Answered),
                (Some(Party::Union("Kommunal".into())), Outcome::Answered),
                (Some(Party::Union("Vision".into())), Outcome::Open),
            ],
            "{items:#?}"
        );
        assert!(
            questions[1]
                .source_text
                .starts_with("Ersättning för kurser")
        );
    }

    /// The questions of a text, as (raiser, outcome, title).
    /// Each item's kind, the party that asked or owes it ("-" for none), and its outcome.
    fn kinds_parties_outcomes(items: &[ItemDraft]) -> Vec<(ItemKind, String, Outcome)> {
        items
            .iter()
            .map(|i| {
                let party = i
                    .raised_by
                    .clone()
                    .or(i.by.clone())
                    .map_or("-".to_string(), |p| p.to_string());
                (i.kind, party, i.outcome)
            })
            .collect()
    }

    fn asked(items: &[ItemDraft]) -> Vec<(String, Outcome, String)> {
        items
            .iter()
            .filter(|i| i.kind == ItemKind::Question)
            .map(|i| {
                let party = i.raised_by.as_ref().map_or("-".into(), |p| p.to_string());
                (party, i.outcome, i.title.clone())
            })
            .collect()
    }

    #[test]
    fn askers_with_their_role_beside_or_only_their_role_and_a_request_of_a_union() {
        let items = read(
            "Närvarande\nBo Lund, platschef\nAnna Kron, Seko, HSO\nPer Ahl, Seko, skyddsombud\n\n§ 1 Arbetsmiljö\nPer Ahl, SO verkstaden, frågade varför taket läcker i tvätthallen. Bo Lund svarade att taket lagas i maj.\n\n§ 2 Buller\nHSO undrar när bullret i pannrummet mäts. Bo Lund svarade att mätningen görs i juni.\n\n§ 3 Balanslista\nPunkt 2025-07: Sekos begäran om nya skåp i omklädningsrummet kvarstår. Arbetsgivaren återkommer i höst.\n",
        );
        let got = asked(&items);
        assert_eq!(got.len(), 3, "{got:?}");
        assert!(got.iter().all(|(party, _, _)| party == "Seko"), "{got:?}");
        assert_eq!(got[0].1, Outcome::Answered);
        assert_eq!(got[1].1, Outcome::Answered);
        assert_eq!(got[2].1, Outcome::Open);
    }

    #[test]
    fn a_point_of_a_list_after_one_answered_is_its_own_and_stays_open_while_on_the_list() {
        let items = read(
            "§ 1 Balanslistan\n- Friskvården: Vi påtalade igen att vi saknar besked om bidraget. Eva lovade att återkomma i maj. Punkten har varit på balanslistan sedan januari.\n- Nya stolar i matsalen: avförs, stolarna är levererade.\n\n§ 2 Övrigt\nInget.\n",
        );
        let got = asked(&items);
        assert_eq!(got.len(), 2, "{got:?}");
        assert_eq!(got[0].1, Outcome::Open, "{got:?}");
        assert_eq!(got[1].1, Outcome::Answered, "{got:?}");
    }

    #[test]
    fn a_point_half_done_with_its_stay_on_the_line_below_is_open() {
        let items = read(
            "§ 1 Mötets öppnande\nMötet öppnades.\n\n§ 2 Åtgärdslistan\n2.1 Skyltar vid lastkajen (SO Kommunal)\nArbetet är klart vid två av fyra portar.\nKvarstår.\n\n§ 3 Mötets avslutande\nMötet avslutades.\n",
        );
        let got = asked(&items);
        assert_eq!(got.len(), 1, "{got:?}");
        assert_eq!(got[0].1, Outcome::Open, "{got:?}");
    }

    #[test]
    fn a_balance_list_laid_out_as_a_table_with_wrapped_cells_is_read_row_by_row() {
        let items = read(concat!(
            "§ 1 Mötets öppnande\nMötet öppnades.\n\n§ 2 Balanslistan\nListan gicks igenom.\n\n",
            "Nr   Ärende                         Väckt av      Status\n",
            "12   Trasiga lysrör i               Vision        Lysrören bytta v. 4.\n",
            "     förrådet                                      Avförs.\n",
            "14   Kallt i personalrummet         Kommunal      Pågår. Fastighet\n",
            "                                                  felsöker värmen.\n",
            "\n§ 3 Mötets avslutande\nMötet avslutades.\n",
        ));
        let got = asked(&items);
        assert_eq!(
            got,
            [
                (
                    "Vision".to_string(),
                    Outcome::Answered,
                    "Trasiga lysrör i förrådet".to_string()
                ),
                (
                    "Kommunal".to_string(),
                    Outcome::Open,
                    "Kallt i personalrummet".to_string()
                ),
            ]
        );
        assert!(
            items
                .iter()
                .filter(|i| i.kind == ItemKind::Question)
                .all(|i| i.carried_over)
        );
    }

    #[test]
    fn numbered_points_of_a_list_reported_done_or_staying_each_ask_once() {
        let items = read(concat!(
            "§ 1 Mötets öppnande\nMötet öppnades.\n\n§ 2 Balanslistan\n",
            "2.1 Skåp i omklädningsrummet. Kommunal hade begärt fler skåp. Ola redovisade att tio skåp är monterade. Punkten avförs.\n\n",
            "2.2 Friskvårdsbidraget. Vision påminde om att frågan legat sedan maj. Utredningen är inte klar. Frågan kvarstår och HR återkommer i juni.\n\n",
            "§ 3 Mötets avslutande\nMötet avslutades.\n",
        ));
        let got = asked(&items);
        assert_eq!(got.len(), 2, "{got:?}");
        assert_eq!(
            (got[0].0.as_str(), got[0].1),
            ("Kommunal", Outcome::Answered)
        );
        assert_eq!((got[1].0.as_str(), got[1].1), ("Vision", Outcome::Open));
        let promise = items
            .iter()
            .find(|i| i.kind == ItemKind::Commitment)
            .unwrap_or_else(|| panic!("{items:#?}"));
        assert_eq!(promise.to, Some(Party::Union("Vision".into())));
    }

    #[test]
    fn a_question_from_the_safety_representative_and_a_member_raising_a_matter() {
        let items = read(concat!(
            "Närvarande\nKarin Ek, enhetschef\nLars Berg, Seko\nNora Lind, Seko\n\n",
            "Punkt 1 Arbetsmiljö\nFråga från skyddsombudet: Varför är belysningen på lastkajen fortfarande trasig?\n",
            "Karin svarar att elektrikern kommer på måndag.\n\n",
            "Punkt 2 Övrigt\nNora tog upp att kaffemaskinen i fikarummet läcker. Karin tar med sig frågan.\n",
        ));
        let got = asked(&items);
        assert_eq!(got.len(), 2, "{got:?}");
        assert!(got.iter().all(|(party, _, _)| party == "Seko"), "{got:?}");
        assert_eq!(got[0].1, Outcome::Answered);
        assert_eq!(got[1].1, Outcome::Open);
    }

    #[test]
    fn points_still_pending_each_on_a_numbered_line_under_a_heading_of_open_points() {
        let items = read(concat!(
            "§ 1 Mötets öppnande\nMötet öppnades.\n\n§ 2 Kvarstående frågor\n",
            "2.1 Ventilationen i köket (Kommunal): flödet är justerat. Punkten kan avskrivas.\n",
            "2.2 Nya stolar till matsalen är ännu inte levererade.\n",
            "2.3 Arbetsskor för vikarier (Vision, från mars). Frågan är fortfarande obesvarad.\n",
            "\n§ 3 Mötets avslutande\nMötet avslutades.\n",
        ));
        let got = asked(&items);
        assert_eq!(got.len(), 3, "{got:?}");
        assert_eq!(
            (got[0].0.as_str(), got[0].1),
            ("Kommunal", Outcome::Answered),
            "{got:?}"
        );
        assert_eq!(got[1].1, Outcome::Open, "{got:?}");
        assert_eq!(
            (got[2].0.as_str(), got[2].1),
            ("Vision", Outcome::Open),
            "{got:?}"
        );
        assert!(
            items
                .iter()
                .filter(|i| i.kind == ItemKind::Question)
                .all(|i| i.carried_over)
        );
    }

    #[test]
    fn labelled_answers_with_a_promise_initials_answering_no_answer_and_a_note_wanted() {
        let items = read(concat!(
            "Närvarande\nKarl Ek (KE), förvaltningschef\nAnna Berg (AB), Vision\n\n",
            "§ 1 Frågor\nVision har inkommit med följande fråga: Får alla handläggare gå kursen i våras?\n",
            "Svar: Kursen är öppen för alla handläggare. HR återkommer med datum till nästa möte.\n\n",
            "Vision har inkommit med följande fråga: Blir det ny lönerevision i höst?\n",
            "Svar: Arbetsgivaren har inget färdigt svar i dag. HR återkommer i maj.\n\n",
            "AB undrade hur sjukfrånvaron ska följas upp. KE svarade att den följs upp varje månad.\n\n",
            "§ 2 Protokollsanteckning\nVision vill ha antecknat att man anser att bemanningen är för låg.\n",
        ));
        let got = asked(&items);
        assert_eq!(
            got.iter()
                .map(|(p, o, _)| (p.as_str(), *o))
                .collect::<Vec<_>>(),
            [
                ("Vision", Outcome::Answered),
                ("Vision", Outcome::Open),
                ("Vision", Outcome::Answered)
            ],
            "{got:?}"
        );
    }

    #[test]
    fn a_question_named_and_closed_in_any_section_and_a_role_raising_again() {
        let items = read(concat!(
            "Närvarande\nKarl Ek, platschef\nLisa Holm, IF Metall, skyddsombud\n\n",
            "§ 1 Rapport från samverkan\nIF Metall undrade varför pausrummet stängts. Karl svarade att det renoveras.\n",
            "Frågan om nya skåp i verkstaden är klar: skåpen monterades i april. Den avförs från listan.\n\n",
            "§ 2 Arbetsmiljö\nSkyddsombudet tog även upp att golvet i lagret är halt. Karl tar med sig frågan.\n",
        ));
        let got = asked(&items);
        assert_eq!(
            got.iter()
                .map(|(p, o, _)| (p.as_str(), *o))
                .collect::<Vec<_>>(),
            [
                ("IF Metall", Outcome::Answered),
                ("IF Metall", Outcome::Answered),
                ("IF Metall", Outcome::Open)
            ],
            "{got:?}"
        );
    }

    #[test]
    fn a_listed_point_with_a_safety_representative_named_in_brackets_is_that_unions() {
        let items = read(concat!(
            "Närvarande\nKarl Ek, platschef\nLisa Holm, Seko, skyddsombud\n\n",
            "§ 1 Mötets öppnande\nMötet öppnades.\n\n§ 2 Åtgärdslistan\n",
            "- Halt golv i tvätthallen (SO Lisa Holm): nya mattor lagda v. 4. Klar, stryks från listan.\n",
            "- Trasig port i garaget (SO Lisa Holm): reservdel beställd. Kvarstår.\n",
            "\n§ 3 Mötets avslutande\nMötet avslutades.\n",
        ));
        let got = asked(&items);
        assert_eq!(
            got.iter()
                .map(|(p, o, _)| (p.as_str(), *o))
                .collect::<Vec<_>>(),
            [("Seko", Outcome::Answered), ("Seko", Outcome::Open)],
            "{got:?}"
        );
    }

    #[test]
    fn a_report_of_what_a_union_asked_for_earlier_answers_its_question() {
        let items = read(concat!(
            "§ 1 Mötets öppnande\nMötet öppnades.\n\n§ 2 Personal\n",
            "Eva Ek redovisade övertiden per enhet för hösten, som Vision begärde vid förra mötet. ",
            "Övertiden har minskat med en tredjedel.\n\n§ 3 Mötets avslutande\nMötet avslutades.\n",
        ));
        let got = asked(&items);
        assert_eq!(
            got.iter()
                .map(|(p, o, _)| (p.as_str(), *o))
                .collect::<Vec<_>>(),
            [("Vision", Outcome::Answered)],
            "{got:?}"
        );
    }

    #[test]
    fn a_written_question_handed_in_and_a_negotiation_ending_in_a_list() {
        let items = read(concat!(
            "§ 1 Mötets öppnande\nMötet öppnades.\n\n§ 2 Balanslistan\n",
            "2.1 Nya rutiner för larm (Vision)\nRutinerna är klara. Kan avskrivas.\n",
            "2.2 Förhandling om ny organisation\nArbetsgivaren vidhöll förslaget. Förhandlingen avslutas i oenighet.\n\n",
            "§ 3 Övrigt\nSeko lämnade in en skriftlig fråga om ersättningen för jour. Frågan besvaras till nästa möte.\n\n",
            "§ 4 Mötets avslutande\nMötet avslutades.\n",
        ));
        let got = asked(&items);
        assert_eq!(
            got.iter()
                .map(|(p, o, _)| (p.as_str(), *o))
                .collect::<Vec<_>>(),
            [("Vision", Outcome::Answered), ("Seko", Outcome::Open)],
            "{got:?}"
        );
    }

    #[test]
    fn a_party_under_a_heading_of_notes_or_of_its_demand_states() {
        let items = read(concat!(
            "§ 1 Förhandlingens öppnande\nFörhandlingen öppnades.\n\n",
            "§ 2 Sekos yrkande\nSeko yrkar att omläggningen av vaktschemat väntar till hösten.\n\n",
            "Seko frågar också hur många tjänster som berörs.\n",
            "Arbetsgivaren svarar att fyra tjänster berörs.\n\n",
            "§ 3 Protokollsanteckningar\nST: ST anser att underlaget kom för sent till ombuden.\n\n",
            "Arbetsgivaren noterade anteckningen.\n\n",
            "§ 4 Förhandlingens avslutande\nFörhandlingen avslutades i oenighet.\n",
        ));
        let statements: Vec<_> = items
            .iter()
            .filter(|i| i.kind == ItemKind::Statement)
            .map(|i| {
                (
                    i.section.clone().unwrap_or_default(),
                    i.by.clone(),
                    i.statement_kind,
                )
            })
            .collect();
        assert_eq!(
            statements,
            [
                (
                    "2".to_string(),
                    Some(Party::Union("Seko".into())),
                    Some(StatementKind::Statement)
                ),
                (
                    "3".to_string(),
                    Some(Party::Union("Fackförbundet ST".into())),
                    Some(StatementKind::MinutesNote)
                ),
            ]
        );
        assert!(items.iter().any(|i| i.kind == ItemKind::Question));
        assert!(!items.iter().any(|i| i.kind == ItemKind::Commitment));
    }

    #[test]
    fn an_action_row_under_a_board_matter_is_a_promise_and_a_note_after_it_a_statement() {
        let items = read(concat!(
            "§ 1 Mötets öppnande\nMötet öppnades.\n\n",
            "§ 2 Ny växel för kundtjänst, Dnr 2026/0311\nInformation enligt MBL § 19. ",
            "Enhetschefen gick igenom planen för den nya växeln.\n",
            "Åtgärd: utbildning i växeln för alla handläggare. Ansvarig: Maria Lund. Klart: v. 20\n",
            "Protokollsanteckning från Vision: Vision anser att utbildningen behöver ske på arbetstid.\n\n",
            "§ 3 Mötets avslutande\nMötet avslutades.\n",
        ));
        let row = items
            .iter()
            .find(|i| i.kind == ItemKind::Commitment)
            .expect("the action row");
        assert!(row.text.ends_with("Klart: v. 20"), "{}", row.text);
        assert_eq!(
            row.due.as_ref().and_then(|d| d.label.as_deref()),
            Some("v. 20")
        );
        let note = items
            .iter()
            .find(|i| i.kind == ItemKind::Statement)
            .expect("the note");
        assert_eq!(note.by, Some(Party::Union("Vision".into())));
        assert!(items.iter().any(|i| i.kind == ItemKind::BoardMatter));
    }

    #[test]
    fn notes_brought_to_the_minutes_in_more_words_are_statements() {
        for (sentence, party) in [
            (
                "Kommunal för följande anteckning till protokollet: nattpersonalen har inte hörts.",
                "Kommunal",
            ),
            (
                "Seko-klubben vill till protokollet anteckna att schemat kom sent.",
                "Seko",
            ),
            (
                "Vision lämnade ett skriftligt yttrande om att lokalerna är för trånga.",
                "Vision",
            ),
        ] {
            let items = read(&format!(
                "§ 1 Mötets öppnande\nMötet öppnades.\n\n§ 2 Lokaler\n{sentence}\n\n§ 3 Mötets avslutande\nMötet avslutades.\n"
            ));
            let note = items
                .iter()
                .find(|i| i.kind == ItemKind::Statement)
                .unwrap_or_else(|| panic!("no statement in {sentence:?}: {items:?}"));
            assert_eq!(note.by, Some(Party::Union(party.into())), "{sentence}");
        }
    }

    #[test]
    fn a_report_to_a_body_in_a_month_is_due_that_month() {
        assert_eq!(
            due_label("Enkäten återrapporteras till arbetsmiljögruppen i november.").as_deref(),
            Some("november")
        );
        assert_eq!(
            due_label("Lena återrapporterar till rådet i mars 2027.").as_deref(),
            Some("mars 2027")
        );
    }

    #[test]
    fn a_party_that_holds_its_position_but_undertakes_a_follow_up_promises_it() {
        let items = read(concat!(
            "§ 1 Förhandlingens öppnande\nFörhandlingen öppnades.\n\n",
            "§ 2 Nya öppettider i receptionen\nArbetsgivaren föreslår kortare öppettider. ",
            "Vision motsätter sig förslaget.\n",
            "Arbetsgivaren står fast vid förslaget men åtar sig att utvärdera öppettiderna efter fyra månader.\n\n",
            "§ 3 Förhandlingens avslutande\nFörhandlingen avslutades i oenighet.\n",
        ));
        let promise = items
            .iter()
            .find(|i| i.kind == ItemKind::Commitment)
            .unwrap_or_else(|| panic!("no promise: {items:?}"));
        assert_eq!(promise.by, Some(Party::Employer));
        assert_eq!(
            promise.due.as_ref().and_then(|d| d.label.as_deref()),
            Some("efter fyra månader")
        );
        assert_eq!(
            due_label("Vi följer upp efter sex månader, det vill säga i mars 2027.").as_deref(),
            Some("mars 2027")
        );
    }

    #[test]
    fn a_question_carried_on_after_a_first_answer_stays_open() {
        let items = read(concat!(
            "§ 1 Mötets öppnande\nMötet öppnades.\n\n§ 2 Övriga frågor\n",
            "Vision undrar när de nya stolarna levereras till receptionen. ",
            "Arbetsgivaren svarar att beställningen är gjord. Per tar med sig frågan och återkopplar.\n\n",
            "Ledarna undrar om kurserna i höst blir av. Arbetsgivaren svarar att de blir av. ",
            "Per tar med sig frågan om lokaler till fastighet.\n\n",
            "Seko frågar om passagekorten byts ut i år. Arbetsgivaren svarade att korten ",
            "ligger kvar som tidigare.\n\n",
            "§ 3 Mötets avslutande\nMötet avslutades.\n",
        ));
        let got = asked(&items);
        assert_eq!(
            got.iter()
                .map(|(p, o, _)| (p.as_str(), *o))
                .collect::<Vec<_>>(),
            [
                ("Vision", Outcome::Open),
                ("Ledarna", Outcome::Answered),
                ("Seko", Outcome::Answered)
            ],
            "{got:?}"
        );
    }

    #[test]
    fn we_in_minutes_written_for_one_union_is_that_union() {
        for head in [
            "Från oss i Ledarna deltog Siv Ek. Även Vision och Kommunal deltog.\n\n",
            "Från Ledarna deltog jag och Siv Ek. Även Vision och Kommunal deltog.\n\n",
        ] {
            let items = read(&format!(
                "Minnesanteckningar från samverkansgruppen\n\n{head}{}",
                concat!(
                    "Budget\nEva Ek gick igenom budgeten.\n\nVi frågade hur besparingen på vaktmästeriet ska göras. ",
                    "Arbetsgivaren svarade att två tjänster inte återbesätts.\n",
                ),
            ));
            let got = asked(&items);
            assert_eq!(
                got.iter()
                    .map(|(p, o, _)| (p.as_str(), *o))
                    .collect::<Vec<_>>(),
                [("Ledarna", Outcome::Answered)],
                "{got:?}"
            );
        }
    }
}
