//! Swedish phrase banks for the synthetic protocols: organizations, people, questions, answers, promises and board matters.

use balans_domain::due::MONTHS;

use crate::rng::Rng;

/// Förvaltningar and stadsdelsförvaltningar of a large city, with the short form used in codes.
pub const ORGANIZATIONS: &[(&str, &str)] = &[
    ("Stadsdelsförvaltningen Hägersten-Älvsjö", "HÄ"),
    ("Stadsdelsförvaltningen Enskede-Årsta-Vantör", "EÅV"),
    ("Stadsdelsförvaltningen Farsta", "FA"),
    ("Stadsdelsförvaltningen Skärholmen", "SKH"),
    ("Stadsdelsförvaltningen Kungsholmen", "KH"),
    ("Stadsdelsförvaltningen Norrmalm", "NM"),
    ("Stadsdelsförvaltningen Södermalm", "SÖ"),
    ("Stadsdelsförvaltningen Östermalm", "ÖM"),
    ("Stadsdelsförvaltningen Bromma", "BR"),
    ("Stadsdelsförvaltningen Hässelby-Vällingby", "HV"),
    ("Stadsdelsförvaltningen Spånga-Tensta", "ST"),
    ("Stadsdelsförvaltningen Rinkeby-Kista", "RK"),
    ("Stadsdelsförvaltningen Skarpnäck", "SKA"),
    ("Socialförvaltningen", "SOF"),
    ("Utbildningsförvaltningen", "UTB"),
    ("Äldreförvaltningen", "ÄLF"),
    ("Kulturförvaltningen", "KUF"),
    ("Idrottsförvaltningen", "IDF"),
    ("Trafikkontoret", "TK"),
    ("Miljöförvaltningen", "MF"),
    ("Stadsbyggnadskontoret", "SBK"),
    ("Exploateringskontoret", "EXP"),
    ("Arbetsmarknadsförvaltningen", "AMF"),
    ("Serviceförvaltningen", "SF"),
    ("Stadsledningskontoret", "SLK"),
    ("Fastighetskontoret", "FK"),
    ("Överförmyndarförvaltningen", "ÖF"),
];

/// The kinds of forum: name and code prefix.
pub const FORUM_KINDS: &[(&str, &str)] = &[
    ("Förvaltningsgrupp", "FG"),
    ("Lokal samverkansgrupp", "LSG"),
    ("Skyddskommitté", "SK"),
];

/// Units that local forums (LSG, skyddskommitté) are set up for.
pub const UNITS: &[&str] = &[
    "hemtjänsten",
    "förskoleavdelningen",
    "individ- och familjeomsorgen",
    "äldreomsorgen",
    "funktionsnedsättning",
    "ekonomiskt bistånd",
    "kultur och fritid",
    "stadsmiljö",
    "administrativa avdelningen",
    "barn och ungdom",
    "socialpsykiatrin",
    "vård- och omsorgsboendet Solhem",
];

pub const FIRST_NAMES: &[&str] = &[
    "Anna",
    "Eva",
    "Maria",
    "Karin",
    "Sara",
    "Lena",
    "Kerstin",
    "Emma",
    "Ingrid",
    "Malin",
    "Johanna",
    "Linnéa",
    "Elisabeth",
    "Veronica",
    "Sofia",
    "Åsa",
    "Lars",
    "Mikael",
    "Anders",
    "Johan",
    "Per",
    "Erik",
    "Karl",
    "Peter",
    "Thomas",
    "Jan",
    "Daniel",
    "Fredrik",
    "Mats",
    "Magnus",
    "Hassan",
    "Amira",
    "Yusuf",
    "Leila",
    "Björn",
    "Göran",
    "Örjan",
];

pub const LAST_NAMES: &[&str] = &[
    "Andersson",
    "Johansson",
    "Karlsson",
    "Nilsson",
    "Eriksson",
    "Larsson",
    "Olsson",
    "Persson",
    "Svensson",
    "Gustafsson",
    "Pettersson",
    "Jonsson",
    "Jansson",
    "Hansson",
    "Bengtsson",
    "Jönsson",
    "Lindberg",
    "Jakobsson",
    "Magnusson",
    "Lindström",
    "Lindqvist",
    "Lindgren",
    "Berg",
    "Axelsson",
    "Bergström",
    "Lundberg",
    "Mattsson",
    "Blomberg",
    "Edlund",
    "Åberg",
    "Öberg",
    "Ali",
    "Mohammed",
    "Holm",
    "Wolgast",
];

pub const EMPLOYER_ROLES: &[&str] = &[
    "avdelningschef",
    "enhetschef",
    "HR-specialist",
    "ekonomichef",
    "verksamhetschef",
    "biträdande förvaltningschef",
];

pub const PLACES: &[&str] = &[
    "Paddan",
    "Sammanträdesrum Mälaren",
    "Lokal Ekorren, plan 3",
    "Teams",
    "Konferensrum Björken",
    "Stora salen",
];

/// Topics of union questions.
const TOPICS: &[&str] = &[
    "Bemanning i hemtjänsten under sommaren",
    "Arbetsmiljön på förskolorna",
    "Hot och våld mot personal",
    "Rekrytering av undersköterskor",
    "Lokalernas ventilation och inomhusklimat",
    "Sjukfrånvaron inom äldreomsorgen",
    "Schemaläggning och delade turer",
    "Kompetensutveckling för medarbetare",
    "Heltid som norm",
    "Introduktion av nyanställda",
    "Friskvårdsbidraget",
    "Lönekartläggning och åtgärdsplan",
    "Omorganisation av administrationen",
    "Ensamarbete kvällstid",
    "Nya digitala verktyg i verksamheten",
    "Budgetläget och besparingar",
    "Användningen av timanställda",
    "Organisatorisk och social arbetsmiljö",
    "Arbetsbelastning för socialsekreterare",
    "Tjänstebilar och parkering",
    "Semesterplanering",
    "Skyddsronder och åtgärdslistor",
    "Bisysslor och jäv",
    "Flytt till nya lokaler",
];

const QUESTION_SUFFIXES: &[&str] = &[
    "",
    " – uppföljning",
    " inför hösten",
    " inför sommaren",
    " i {unit}",
    ", fråga från medlemmar",
];

const QUESTION_SENTENCES: &[&str] = &[
    "Medlemmar i {unit} har hört av sig om att arbetsbelastningen har ökat kraftigt sedan förra året.",
    "Vi vill veta hur arbetsgivaren planerar att hantera situationen och vilka åtgärder som redan vidtagits.",
    "Det har förekommit flera tillbud som inte har rapporterats i systemet för avvikelser.",
    "Vi efterfrågar en tidplan och en ansvarig person för arbetet.",
    "Hur säkerställer arbetsgivaren att riskbedömning görs innan förändringen genomförs?",
    "Flera medarbetare upplever att informationen har kommit sent och att de inte har fått möjlighet att påverka.",
    "Frågan ställdes även vid förra mötet utan att något svar har lämnats.",
    "Vi önskar att statistik över sjukfrånvaro och personalomsättning redovisas per enhet.",
    "Hur många tjänster är i dag vakanta och hur länge har de varit obesatta?",
    "Vi vill att frågan hanteras i samverkan och inte enbart på arbetsplatsträffarna.",
    "Skyddsombuden har påtalat bristerna vid skyddsronden i {month}.",
    "Det är oklart vem som ansvarar för uppföljningen när chefen är frånvarande.",
];

const ANSWER_SENTENCES: &[&str] = &[
    "Arbetsgivaren tackar för frågan och delar bilden av att arbetsbelastningen är hög.",
    "En riskbedömning har genomförts tillsammans med skyddsombud och handlingsplanen följs upp varje månad.",
    "Rekrytering pågår och två tjänster har tillsatts sedan förra mötet.",
    "Frågan har lyfts i förvaltningens ledningsgrupp och ett uppdrag har getts till HR-avdelningen.",
    "Statistiken tas fram och redovisas när den är kvalitetssäkrad.",
    "Arbetsgivaren bedömer att nuvarande bemanning är tillräcklig men följer utvecklingen noga.",
    "Information har gått ut till samtliga chefer om rutinen för avvikelserapportering.",
    "Budgetramen för året medger inga ytterligare tjänster, men omfördelning inom verksamheten prövas.",
    "Enhetschefen kommer att ta upp frågan på nästa arbetsplatsträff.",
    "Åtgärden är genomförd och ventilationen har kontrollerats av fastighetsägaren.",
];

const FOLLOW_UP_SENTENCES: &[&str] = &[
    "De fackliga organisationerna anser inte att svaret är tillräckligt och begär ett skriftligt svar.",
    "Vi vill veta när åtgärderna är genomförda och hur de följs upp.",
    "Svaret besvarar inte frågan om vem som ansvarar för arbetet.",
    "Hur har skyddsombuden involverats i riskbedömningen?",
];

const COMMITMENTS: &[&str] = &[
    "Återkomma med statistik över sjukfrånvaro per enhet",
    "Ta fram en handlingsplan tillsammans med skyddsombuden",
    "Redovisa resultatet av riskbedömningen",
    "Återkomma med en tidplan för rekryteringen",
    "Informera om utfallet av lönekartläggningen",
    "Se över rutinen för ensamarbete",
    "Boka en extra genomgång av budgetläget",
    "Ta upp frågan i förvaltningens ledningsgrupp",
    "Återkomma skriftligt med svar på frågan",
    "Kontrollera ventilationen i lokalerna",
];

/// Dues as protocols write them; the rules table reads most of them as a date or "next meeting".
pub const DUE_LABELS: &[&str] = &[
    "inom kort",
    "under våren",
    "under hösten",
    "före jul",
    "efter årsskiftet",
    "vid nästa förvaltningsgrupp",
    "till nästa möte",
    "nästa månad",
    "inom två veckor",
    "första kvartalet",
    "de kommande månaderna",
    "kommande utbildningar",
    "under vintern",
];

const BOARD_MATTERS: &[&str] = &[
    "Verksamhetsplan och budget",
    "Tertialrapport",
    "Verksamhetsberättelse",
    "Remiss av motion om tryggare arbetsplatser",
    "Ändrad organisation inom {unit}",
    "Upphandling av vikarietjänster",
    "Internkontrollplan",
    "Förslag till ny lokalförsörjningsplan",
    "Svar på revisionens granskning",
    "Riktlinjer för distansarbete",
];

const BOARD_SENTENCES: &[&str] = &[
    "Ärendet föredrogs av avdelningschefen och underlaget har skickats ut i förväg.",
    "Förslaget innebär förändrade arbetsuppgifter för ett antal medarbetare.",
    "Riskbedömning har gjorts och bifogas ärendet.",
    "Ärendet ska behandlas av nämnden vid sammanträdet nästa månad.",
];

const STATEMENTS: &[&str] = &[
    "Vision lämnar en protokollsanteckning om att riskbedömningen borde ha gjorts tillsammans med skyddsombuden.",
    "Kommunal anser att förslaget saknar konsekvensanalys för medarbetarna och vill att det framgår av protokollet.",
    "De fackliga organisationerna välkomnar förslaget men vill följa genomförandet noga.",
    "Akademikerförbundet SSR delar inte arbetsgivarens bedömning av arbetsbelastningen.",
];

const DISCUSSION_NOTES: &[&str] = &[
    "Kvarstår på balanslistan.",
    "Frågan bordlades till nästa möte.",
    "Arbetsgivaren lämnade en kort lägesrapport; frågan kvarstår.",
];

/// Fills `{unit}` and `{month}` in a template.
fn fill(template: &str, unit: &str, rng: &mut Rng) -> String {
    let mut text = template.replace("{unit}", unit);
    if text.contains("{month}") {
        text = text.replace("{month}", rng.word(&MONTHS));
    }
    text
}

/// Between `low` and `high` sentences from a bank, without repeating one in a row.
fn sentences(bank: &[&str], low: u32, high: u32, unit: &str, rng: &mut Rng) -> String {
    let count = rng.between(low, high) as usize;
    let start = rng.below(bank.len() as u64) as usize;
    let step = 1 + rng.below((bank.len() - 1) as u64) as usize;
    (0..count)
        .map(|i| fill(bank[(start + i * step) % bank.len()], unit, rng))
        .collect::<Vec<_>>()
        .join(" ")
}

pub fn person(rng: &mut Rng) -> String {
    format!("{} {}", rng.pick(FIRST_NAMES), rng.pick(LAST_NAMES))
}

pub fn question_title(unit: &str, rng: &mut Rng) -> String {
    let topic = rng.pick(TOPICS);
    let suffix = fill(rng.word(QUESTION_SUFFIXES), unit, rng);
    format!("{topic}{suffix}")
}

pub fn question_text(unit: &str, rng: &mut Rng) -> String {
    sentences(QUESTION_SENTENCES, 2, 4, unit, rng)
}

pub fn answer_text(unit: &str, rng: &mut Rng) -> String {
    sentences(ANSWER_SENTENCES, 1, 3, unit, rng)
}

pub fn follow_up_text(rng: &mut Rng) -> String {
    sentences(FOLLOW_UP_SENTENCES, 1, 2, "", rng)
}

pub fn commitment_what(rng: &mut Rng) -> String {
    (*rng.pick(COMMITMENTS)).to_string()
}

pub fn board_title(unit: &str, year: i16, rng: &mut Rng) -> String {
    format!("{} {year}", fill(rng.word(BOARD_MATTERS), unit, rng))
}

pub fn board_text(unit: &str, rng: &mut Rng) -> String {
    sentences(BOARD_SENTENCES, 1, 3, unit, rng)
}

pub fn statement_text(rng: &mut Rng) -> String {
    (*rng.pick(STATEMENTS)).to_string()
}

pub fn discussion_note(rng: &mut Rng) -> String {
    (*rng.pick(DISCUSSION_NOTES)).to_string()
}

pub fn renewal_note(rng: &mut Rng) -> String {
    (*rng.pick(&[
        "Arbetet har försenats på grund av sjukdom.",
        "Underlaget är inte klart; ny tidpunkt meddelas.",
        "Väntar på besked från stadsledningskontoret.",
    ]))
    .to_string()
}
