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

mod board;
mod commitments;
mod points;
mod questions;
mod reader;
mod statements;

use board::*;
use commitments::*;
use points::*;

pub use commitments::due_label;
pub use commitments::due_of;

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
        r"\b(?P<v>frågar|frågade|frågat|undrar|undrat|undrade|önskar|önskade|önskat|lyfter|lyfte|lyft|efterfrågar|efterfrågade|efterfrågat|efterlyser|efterlyste|efterlyst|ifrågasätter|ifrågasatte|påtalar|påtalade|påtalat|begär|begärde|begärt|tar\s+upp|tog\s+upp|tagit\s+upp|påminner\s+om\s+(?:sin\s+)?frågan?|påminde\s+om\s+(?:sin\s+)?frågan?|ställer\s+(?:\p{Ll}+\s+){0,4}?(?:en\s+)?fråg\p{L}*|ställde\s+(?:\p{Ll}+\s+){0,4}?(?:en\s+)?fråg\p{L}*|ställt\s+(?:\p{Ll}+\s+){0,4}?(?:en\s+)?fråg\p{L}*|har\s+en\s+fråga|hade\s+en\s+fråga|har\s+frågor|hade\s+frågor|inkom(?:mit)?\s+med\s+(?:en\s+|följande\s+|två\s+)?(?:skriftlig\s+)?fråg\p{L}*|(?:lämnade|lämnar)\s+(?:in\s+)?(?:en\s+|följande\s+|två\s+)?(?:skriftlig\s+|skriftliga\s+)?fråg\p{L}*|(?:lämnade|lämnar|har\s+lämnat)\s+(?:in\s+)?(?:[^.;:]{1,40}?\s+)?en\s+skriftlig\s+(?:begäran|framställan)|(?:vill|ville)\s+(?:även\s+|också\s+|gärna\s+)?(?:få|veta|ha|lyfta|fråga|påtala|ta\s+upp|diskutera))\b",
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
/// önskemål om …", "Eva undrar …", "Skyddsombud Eva Berg, Vision, tog upp X och frågade …"):
/// a question of that person's side.
static PERSON_ASKS: LazyLock<Regex> = LazyLock::new(|| {
    lenient_regex(&format!(
        r"^[\s(\-–•*]*(?:(?:Skyddsombud(?:et)?|Huvudskyddsombud(?:et)?|Arbetsmiljöombud(?:et)?|Ombudet)\s+)?(?P<n>{NAME}|\p{{Lu}}{{2,3}})(?:\s+(?:och|&)\s+{NAME})?(?:\s*\([^()]{{1,30}}\))?(?:\s*,\s*[^,.:;]{{2,30}},)?\s+(?:önskar|önskade|efterfrågar|efterfrågade|efterlyser|efterlyste|undrar|undrade|frågar|frågade|påtalar|påtalade|påminner\s+om\s+frågan|påminde\s+om\s+frågan|(?:lämnade|lämnar|har\s+lämnat)\s+(?:in\s+)?(?:[^.;:]{{1,40}}?\s+)?en\s+skriftlig\s+(?:begäran|framställan)|(?:har|hade)\s+(?:ett\s+|flera\s+)?önskemål\s+om|(?:har|hade)\s+en\s+fråga|vill\s+veta|(?:(?:tog|tar)\s+upp|påpekade|påpekar|lyfte|lyfter)\s+[^.?!;]{{3,120}}?\s+och\s+(?:frågade|frågar|undrade|undrar))\b"
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
/// "Vår fråga från 8/9 om …", "Vår fråga om …": in a union's own notes, a question of the
/// writers.
static OUR_QUESTION: LazyLock<Regex> = LazyLock::new(|| {
    lenient_regex(
        r"^[\s(\-–•*]*Vår\s+(?:\p{Ll}+\s+)?fråga\s+(?:från\s+[^:.?!]{1,30}?\s+)?(?:om|kring|angående|gällande|rörande)\b",
    )
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
        r"^[\s(\-–•*]*(?P<s>{p}|{NAME}|\p{{Lu}}{{2,3}})(?:\s*,\s*[^,.:;]{{2,40}},)?\s+(?:\p{{Ll}}+\s+)?(?:redovisade|redovisar|redogjorde|redogör|förklarade|förklarar|sammanfattade|sammanfattar|informerade|informerar|meddelade|meddelar|berättade|berättar|hänvisade|hänvisar|klargjorde|förtydligade|förtydligar|återkom|återkopplade|beskrev|beskriver|tydliggjorde|visade|presenterade|påpekade|menade|menar|framförde|konstaterade|konstaterar|bekräftade|bekräftar|instämde|instämmer|lovade|lovar|noterar|noterade|anser|ansåg|tar\s+med|tog\s+med|ser\s+över|har\s+sett\s+över|återkommer|återkopplar|ska\s+återkomma|kommer\s+att\s+(?:återkomma|skicka|ta\s+fram|se\s+över|undersöka|utreda|informera|kontrollera|åtgärda|köpa\s+in|anställa|erbjuda))\b",
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
        r"^[\s(\-–•*]*(?:(?P<p>{p})(?:\s*,\s*{p})*(?:\s+och\s+{p})?\s+(?:(?:\p{{Ll}}+\s+){{1,6}}och\s+)?(?:lämnade|lämnar|avgav|avger|har\s+lämnat|anmälde|anmäler|har\s+anmält)\s+(?:ett\s+|en\s+|följande\s+)?(?:gemensam\s+|gemensamt\s+|gemensamma\s+)?(?:skriftlig(?:t|a)?\s+)?(?P<k>särskil(?:t|da)\s+yttrande|yttrande|protokollsanteckning|anteckning\s+till\s+protokollet)|(?P<q>{p})\s*,?\s+(?P<l>särskilda\s+yttrande|yttrande|protokollsanteckning)\b|(?:Bilaga\s+\d{{1,2}}\s*[–:-]\s*)?(?P<m>Särskilt\s+yttrande|Yttrande|Protokollsanteckning)(?:\s*[,:]\s*|\s+(?:(?:från|av)\s+)?)(?P<r>{p})|(?P<s>{p})(?:-\p{{Ll}}+)?(?:\s*\([^()]{{1,40}}\))?\s+(?:(?:vill|önskar|begär|begärde)\s+(?:att\s+)?(?:till\s+protokollet\s+)?(?:få\s+|ha\s+)?(?:följande\s+)?(?:antecknat|anteckna|tillfört|tillföra)|för(?:de)?\s+(?:följande\s+)?(?:protokolls)?anteckning\s+till\s+protokollet)|(?P<u>{p})\s+antecknar\b|(?:\p{{Lu}}{{2,3}}\s*:\s*)?(?P<w>{p})\s+(?:\p{{Ll}}+\s+){{0,6}}?(?:vill\s+ha|önskar|begär)\s+(?:att\s+få\s+)?(?:en\s+|sin\s+|följande\s+)?(?:protokolls)?anteckning\b|(?P<v>Vi)\s+(?:lämnade|lämnar|har\s+lämnat|avgav|skrev|har\s+skrivit)\s+(?:därför\s+|också\s+|även\s+|då\s+)?(?:ett\s+|en\s+)?(?P<n>särskilt\s+yttrande|yttrande|protokollsanteckning)\b|{NAME}\s+(?:lämnade|lämnar|läste\s+upp|har\s+lämnat)\s+(?:ett\s+|en\s+|följande\s+)?(?P<o>särskilt\s+yttrande|yttrande|protokollsanteckning)\s+(?:från|för)\s+(?P<y>{p}))",
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
/// balance list's own code. A series code may be written with a slash ("RS/2026/145"); the
/// police write the year last ("A012.330/2026").
static REGISTRY: LazyLock<Regex> = LazyLock::new(|| {
    lenient_regex(
        r"\b(?:(?:[Dd]nr|[Dd]iarienr|[Dd]iarienummer)\.?:?\s*(?P<d>(?:\p{Lu}[\p{Lu}\p{Ll}]{0,5}(?:-\p{Lu}{1,5})?\s?)?(?:19|20)\d\d\s?[/:-]\s?\d{1,6})|(?P<r>\p{Lu}\d{3}\.\d{3}/(?:19|20)\d\d|\p{Lu}[\p{Lu}\p{Ll}]{0,5}(?:-\p{Lu}{1,5})?[\s/]?(?:19|20)\d\d\s?/\s?\d{1,6}|\p{Lu}[\p{Lu}\p{Ll}]{1,2}\s?(?:19|20)\d\d\s?:\s?\d{1,6}|\p{Lu}{1,5}\s?(?:19|20)\d\d-\d{3,6}))\b",
    )
});
static MBL_LINE: LazyLock<Regex> = LazyLock::new(|| {
    lenient_regex(r"(?i)MBL\s*§\s*(?P<a>11|19)\b|§\s*(?P<b>11|19)\s*MBL|\b(?P<c>11|19)\s*§\s*MBL")
});
/// The paragraph a match of `MBL_LINE` names: § 11 a negotiation, else § 19 information.
fn mbl_of(line: &regex::Captures) -> Mbl {
    if ["a", "b", "c"]
        .iter()
        .find_map(|g| line.name(g))
        .is_some_and(|m| m.as_str() == "11")
    {
        Mbl::Negotiation11
    } else {
        Mbl::Information19
    }
}
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
/// A party's round that brought nothing ("Vision: inga frågor."), said under its label.
static PARTY_NONE: LazyLock<Regex> = LazyLock::new(|| {
    lenient_regex(&format!(
        r"^[\s\-–•*]*(?:{p})\s*:\s*(?i:inga|inget|ingen)\b",
        p = party_pattern()
    ))
});
static RETURN: LazyLock<Regex> = LazyLock::new(|| {
    lenient_regex(
        r"(?i)\b(?:återkommer|återkomma|återkoppla|återkopplar|återkopplas|återrapporterar|återrapportera|återrapporteras|tar\s+med\s+sig|ta\s+med\s+sig|tog\s+med\s+sig|(?:tar|tog)\s+(?:frågan|ärendet|punkten)\s+vidare|lovar|lovade|utlovar|utlovade|(?:svar|besked|återkoppling)\s+(?:ges|lämnas|kommer)|(?:svar|besked)\s+ska(?:ll)?\s+(?:ges|lämnas))\b",
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
        r"(?i)\b(?:meddelas|besvaras|skickas(?:\s+ut)?|presenteras|redovisas|återrapporteras|tas\s+fram|delges|kommuniceras|sammanställs|utreds|ses\s+över|planeras\s+in|bjuds\s+in|kallas|åtgärdas|följs\s+upp|tas\s+upp|(?:läggs|förs)\s+(?:upp\s+)?på\s+dagordningen)\b",
    )
});
/// Going through or teaching something, in the passive ("rutinen gås igenom", "de nya
/// introduceras"): in an answer, with a when, the answering side's promise. Not a plan told in
/// the passive ("genomförs", "beställs", "erbjuds"), which labels read as information.
static DONE_PASSIVE: LazyLock<Regex> =
    LazyLock::new(|| lenient_regex(r"(?i)\b(?:gås\s+igenom|introduceras|utbildas)\b"));
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
        r"(?i)^\W*(?:samverkan|förhandling|mbl-förhandling)(?:\s*/\s*(?:samverkan|förhandling))?\s+(?:enligt|om)\s+(?:MBL\s*§\s*11|§\s*11\s*MBL|11\s*§\s*MBL)\s*[–:—-]\s*\p{L}|^\W*\p{Lu}[^–]{3,}\s[–-]\s*(?:samverkan|förhandling)(?:\s+(?:enligt|om)(?:\s+(?:MBL\s*§\s*11|§\s*11\s*MBL|11\s*§\s*MBL))?)?\W*$",
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
        r"(?i)\b(?:åtar\s+sig|åtog\s+sig|har\s+åtagit\s+sig|tar\s+(?:\p{Ll}+\s+)?ansvar\s+för\s+att|ansvarar\s+för\s+att|ser\s+till\s+att|ska(?:ll)?\s+verka\s+för\s+att|förbinder\s+sig|avvaktar\s+med|(?:har\s+)?(?:gett|gav|ger)\s+\p{L}+\s+i\s+uppdrag\s+att)\b",
    )
});
/// A task in the present tense ("tar fram", "ser över", "skickar ut", "bokar in"): a promise
/// only with a party as its subject and a when.
static ACTION_NOW: LazyLock<Regex> = LazyLock::new(|| {
    lenient_regex(
        r"\b(?:tar\s+fram|tittar\s+på|ser\s+över|undersöker|utreder|sammanställer|skickar(?:\s+ut)?|bjuder\s+in|kallar\s+till|bokar\s+in|tar\s+reda\s+på|kontrollerar|uppdaterar|reviderar)\b",
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
    lenient_regex(
        r"(?i)återkoppl|återrapport|uppföljning|\bfrågor\b|balanslist|åtgärd|kvarstående|kvarvarande|utestående",
    )
});
/// A balance or action list gone through ("Åtgärdslistan från 2025-12-04 gicks igenom").
static LIST_REVIEWED: LazyLock<Regex> = LazyLock::new(|| {
    lenient_regex(
        r"(?i)\b(?:balans|åtgärds|ärende)listan\b[^.\n]{0,40}\b(?:gicks|gås|gicks\s+sedan)\s+igenom|\bgenomgång\s+av\s+(?:balans|åtgärds|ärende)listan",
    )
});
/// A side reminding the meeting of its earlier question ("Vision påminde om frågan från mars om
/// …"): the minutes' point follows that question up.
static REMINDED_OF_QUESTION: LazyLock<Regex> =
    LazyLock::new(|| lenient_regex(r"(?i)\bpåmin(?:de|ner)\s+om\s+(?:sin\s+)?frågan?\b"));
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
/// 2026/145\nNN informerade …") has its title on the line above, when that line ends in a comma;
/// so has one whose title the number's line only finishes.
fn with_title_line_above(doc: &Doc, item: &mut ItemDraft) {
    let start = item.source_span.start;
    let head = doc.slice(item.source_span);
    let opens = REGISTRY
        .find(head)
        .is_some_and(|m| head[..m.start()].split_whitespace().count() <= 1);
    // "Ny organisation för X – sammanslagning av\ngårdarna Y och Z   KFN 2026/201": a title
    // wrapped onto the number's line goes on in small letters.
    let wrapped = head.starts_with(char::is_lowercase) && REGISTRY.is_match(head);
    if !(opens || wrapped) || !doc.text[..start].ends_with('\n') {
        return;
    }
    let above_end = doc.text[..start].trim_end_matches(['\n', ' ', '\t']).len();
    let above_start = doc.text[..above_end].rfind('\n').map_or(0, |at| at + 1);
    let above = &doc.text[above_start..above_end];
    let unfinished = wrapped
        && above.trim_start().starts_with(char::is_uppercase)
        && !above.trim_end().ends_with(['.', ':', ')'])
        && !MBL_LINE.is_match(above);
    let titled = above.trim_end().ends_with(',') || unfinished;
    if above.trim().is_empty() || !titled || REGISTRY.is_match(above) || above_end + 2 < start {
        return;
    }
    item.source_span = Span::new(above_start, item.source_span.end);
    item.source_text = doc.slice(item.source_span).to_string();
    if unfinished {
        item.title = collapse(&format!("{} {}", above.trim(), item.title));
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
        // "Föregående protokoll och återkopplingar": the minutes, and the points followed up;
        // so is "Föregående protokoll" where a side reminds of its earlier question.
        if section.kind == SectionKind::PreviousMinutes
            && (FOLLOW_UP_TITLE.is_match(&section.title)
                || !section.body.is_empty()
                    && REMINDED_OF_QUESTION.is_match(
                        doc.slice(doc.span_of_lines(section.body.start, section.body.end - 1)),
                    ))
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
    // A text headed by a union's own body ("Seko klubb Hamnen", "Vision sektion Norr", "ST inom
    // Kriminalvården") is that union's, whatever meeting it reports from.
    if let Some(first) = doc.text.lines().find(|l| !l.trim().is_empty()) {
        let lower = first.to_lowercase();
        if [
            "sektion",
            "klubb",
            "lokalavdelning",
            "avdelning",
            "förening",
            " inom ",
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
mod testing {
    //! Helpers shared by the tests of the submodules.

    use super::*;
    use crate::meeting::read_meeting;

    pub(super) fn read(text: &str) -> Vec<ItemDraft> {
        let doc = Doc::parse(text.to_string());
        let mut warnings = Vec::new();
        let meeting = read_meeting(&doc, &mut warnings);
        let people = People::from_meeting(&meeting);
        read_items(&doc, &meeting, &people)
    }

    pub(super) fn kinds(items: &[ItemDraft]) -> Vec<(ItemKind, Outcome)> {
        items.iter().map(|i| (i.kind, i.outcome)).collect()
    }

    pub(super) fn questions_of(items: &[ItemDraft]) -> Vec<(Option<Party>, Outcome)> {
        items
            .iter()
            .filter(|item| item.kind == ItemKind::Question)
            .map(|item| (item.raised_by.clone(), item.outcome))
            .collect()
    }

    /// The questions of a text, as (raiser, outcome, title).
    /// Each item's kind, the party that asked or owes it ("-" for none), and its outcome.
    pub(super) fn kinds_parties_outcomes(items: &[ItemDraft]) -> Vec<(ItemKind, String, Outcome)> {
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

    pub(super) fn asked(items: &[ItemDraft]) -> Vec<(String, Outcome, String)> {
        items
            .iter()
            .filter(|i| i.kind == ItemKind::Question)
            .map(|i| {
                let party = i.raised_by.as_ref().map_or("-".into(), |p| p.to_string());
                (party, i.outcome, i.title.clone())
            })
            .collect()
    }
}
