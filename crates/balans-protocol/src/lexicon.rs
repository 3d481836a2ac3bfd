//! The Swedish words the importer reads by: parties as protocols write them, month names, dates in words, and content words for comparing texts.

use std::sync::LazyLock;

use balans_domain::Party;
/// The Swedish month names, from the due rules: the importer reads the dates they write.
pub use balans_domain::due::MONTHS;
use jiff::civil::Date;
use regex::Regex;

/// How protocols write the employer side, each read as [`Party::Employer`]: the employer, its
/// management, and the employers' organizations that negotiate for it (SKR, Sobona,
/// Arbetsgivarverket, KFO, the private sector's federations).
const EMPLOYER: &[&str] = &[
    "Arbetsgivaren",
    "Arbetsgivarsidan",
    "Arbetsgivarparten",
    "Arbetsgivarrepresentanterna",
    "Arbetsgivarrepresentanter",
    "Arbetsgivarens representanter",
    "Arbetsgivarföreträdarna",
    "Förvaltningsledningen",
    "Förvaltningen",
    "Ledningen",
    "Förvaltningens ledning",
    "Myndigheten",
    "Myndighetsledningen",
    // A university's or a clinic's own name for the employer side.
    "Fakulteten",
    "Fakultetsledningen",
    "Universitetet",
    "Klinikledningen",
    // A company's own name for the employer side in the private sector.
    "Företaget",
    "Företagsledningen",
    "Bolaget",
    // The employer's officers speak for it ("HR-direktören svarade", "HR återkopplar").
    "HR",
    "HR-direktören",
    "HR-chefen",
    "Personalchefen",
    "Personaldirektören",
    "Förvaltningschefen",
    "Verksamhetschefen",
    "Verksamhetscheferna",
    "Enhetschefen",
    "Enhetscheferna",
    "Dekanen",
    "Regiondirektören",
    "Kommundirektören",
    "Rektorn",
    "AG",
    "Sveriges Kommuner och Regioner",
    "Sveriges Kommuner och Landsting",
    "SKR",
    "SKL",
    "Sobona",
    "Arbetsgivarverket",
    "Kooperationens Förhandlingsorganisation",
    "KFO",
    "Fremia",
    "Svenskt Näringsliv",
    "Almega",
    "Teknikföretagen",
    "Industriarbetsgivarna",
    "Svensk Handel",
    "Livsmedelsföretagen",
    "Byggföretagen",
    "Visita",
    "Arbetsgivaralliansen",
    "Svenska kyrkans arbetsgivarorganisation",
    "SveMin",
];

/// How protocols write all unions together, read as [`Party::AllUnions`].
const ALL_UNIONS: &[&str] = &[
    "De fackliga organisationerna",
    "Fackliga organisationerna",
    "De fackliga representanterna",
    "Fackliga representanterna",
    "Fackliga representanter",
    "Fackliga företrädarna",
    "Fackliga företrädare",
    "De fackliga företrädarna",
    "Fackliga organisationer",
    "Arbetstagarrepresentanterna",
    "Arbetstagarrepresentanter",
    "Arbetstagarsidan",
    "Arbetstagarparten",
    "Arbetstagarorganisationerna",
    "Arbetstagarorganisationer",
    "Arbetstagarna",
    "Lärarorganisationerna",
    "Lärarfacken",
    "De fackliga förbunden",
    "Fackliga förbunden",
    "De fackliga parterna",
    "Fackliga parterna",
    "Personalorganisationerna",
    "Skyddsombuden",
    "Huvudskyddsombuden",
    "De fackliga",
    "Facket",
    "Facken",
    "Alla fack",
    "Samtliga fack",
    "Fackförbunden",
    "Förbunden",
];

/// Unions and confederations of both sectors by the names protocols use (full names, short
/// names, abbreviations, former names), and the canonical name each stands for.
const UNIONS: &[(&str, &str)] = &[
    ("Akademikerförbundet SSR", "Akademikerförbundet SSR"),
    ("Akademikerförbundet", "Akademikerförbundet SSR"),
    ("SSR", "Akademikerförbundet SSR"),
    ("Svenska Kommunalarbetareförbundet", "Kommunal"),
    ("Fackförbundet Kommunal", "Kommunal"),
    ("Kommunal", "Kommunal"),
    ("Vision", "Vision"),
    ("Sveriges Kommunaltjänstemannaförbund", "Vision"),
    ("SKTF", "Vision"),
    ("Saco-S", "Saco"),
    ("Saco", "Saco"),
    ("SACO-S", "Saco"),
    ("SACO", "Saco"),
    ("Sveriges Akademikers Centralorganisation", "Saco"),
    ("Sveriges Lärare", "Sveriges Lärare"),
    ("Lärarförbundet", "Sveriges Lärare"),
    ("Lärarnas Riksförbund", "Sveriges Lärare"),
    ("Lärarnas riksförbund", "Sveriges Lärare"),
    ("LR", "Sveriges Lärare"),
    ("SL", "Sveriges Lärare"),
    ("Ledarna", "Ledarna"),
    ("Vårdförbundet", "Vårdförbundet"),
    // Shortened in a table's narrow column ("Vårdförb.").
    ("Vårdförb", "Vårdförbundet"),
    ("Sveriges Skolledare", "Sveriges Skolledare"),
    ("Sveriges Skolledarförbund", "Sveriges Skolledare"),
    ("Skolledarna", "Sveriges Skolledare"),
    ("Sveriges Ingenjörer", "Sveriges Ingenjörer"),
    ("Civilingenjörsförbundet", "Sveriges Ingenjörer"),
    ("Ingenjörsförbundet", "Sveriges Ingenjörer"),
    ("Sveriges Arkitekter", "Sveriges Arkitekter"),
    ("Fysioterapeuterna", "Fysioterapeuterna"),
    (
        "Legitimerade Sjukgymnasters Riksförbund",
        "Fysioterapeuterna",
    ),
    ("LSR", "Fysioterapeuterna"),
    ("Sveriges Psykologförbund", "Sveriges Psykologförbund"),
    ("Svenska Psykologförbundet", "Sveriges Psykologförbund"),
    ("Psykologförbundet", "Sveriges Psykologförbund"),
    ("Jusek", "Jusek"),
    ("Akavia", "Jusek"),
    ("Sveriges läkarförbund", "Sveriges läkarförbund"),
    ("Sveriges Läkarförbund", "Sveriges läkarförbund"),
    ("Läkarförbundet", "Sveriges läkarförbund"),
    // The local branch of Sveriges läkarförbund, also written lower case and "läkare-"
    // ("Gävleborgs läkareförening", "återkopplar till läkarföreningen").
    ("Läkarföreningen", "Sveriges läkarförbund"),
    ("läkarföreningen", "Sveriges läkarförbund"),
    ("läkarförening", "Sveriges läkarförbund"),
    ("Läkareföreningen", "Sveriges läkarförbund"),
    ("läkareföreningen", "Sveriges läkarförbund"),
    ("läkareförening", "Sveriges läkarförbund"),
    (
        "Förbundet Sveriges Arbetsterapeuter",
        "Sveriges Arbetsterapeuter",
    ),
    ("Sveriges Arbetsterapeuter", "Sveriges Arbetsterapeuter"),
    ("FSA", "Sveriges Arbetsterapeuter"),
    ("Naturvetarna", "Naturvetarna"),
    ("Naturvetareförbundet", "Naturvetarna"),
    ("Sveriges Ekonomer", "Sveriges Ekonomer"),
    ("Civilekonomerna", "Sveriges Ekonomer"),
    ("Sveriges Farmaceuter", "Sveriges Farmaceuter"),
    ("Sveriges Tandläkarförbund", "Sveriges Tandläkarförbund"),
    ("Tjänstetandläkarna", "Sveriges Tandläkarförbund"),
    ("Sveriges Veterinärförbund", "Sveriges Veterinärförbund"),
    ("Kyrkans Akademikerförbund", "Kyrkans Akademikerförbund"),
    ("Polisförbundet", "Polisförbundet"),
    ("Brandmännens Riksförbund", "Brandmännens Riksförbund"),
    ("Brandmännens riksförbund", "Brandmännens Riksförbund"),
    ("BRF", "Brandmännens Riksförbund"),
    ("Officersförbundet", "Officersförbundet"),
    ("Journalistförbundet", "Journalistförbundet"),
    ("Fackförbundet ST", "Fackförbundet ST"),
    ("ST", "Fackförbundet ST"),
    ("Seko", "Seko"),
    ("SEKO", "Seko"),
    ("Unionen", "Unionen"),
    ("Svenska Industritjänstemannaförbundet", "Unionen"),
    ("IF Metall", "IF Metall"),
    ("Industrifacket Metall", "IF Metall"),
    ("Handelsanställdas förbund", "Handels"),
    ("Handels", "Handels"),
    ("Byggnads", "Byggnads"),
    ("Svenska Elektrikerförbundet", "Elektrikerförbundet"),
    ("Elektrikerförbundet", "Elektrikerförbundet"),
    ("GS-facket", "GS-facket"),
    ("Livsmedelsarbetareförbundet", "Livs"),
    ("Hotell- och restaurangfacket", "HRF"),
    ("HRF", "HRF"),
    ("Fastighetsanställdas förbund", "Fastighets"),
    ("Målareförbundet", "Målareförbundet"),
    ("DIK-förbundet", "DIK"),
    ("DIK", "DIK"),
    ("Landsorganisationen i Sverige", "LO"),
    ("Landsorganisationen", "LO"),
    ("LO", "LO"),
    ("Tjänstemännens Centralorganisation", "TCO"),
    ("TCO", "TCO"),
    ("Privattjänstemannakartellen", "PTK"),
    ("PTK", "PTK"),
    ("Offentliganställdas Förhandlingsråd", "OFR"),
    ("OFR", "OFR"),
];

/// The confederations: a person listed as "TCO, Vision" belongs to the union, not to TCO.
const CONFEDERATIONS: &[&str] = &["LO", "TCO", "Saco", "PTK", "OFR"];

/// Whether a party is a confederation of unions (LO, TCO, Saco, PTK, OFR).
pub fn is_confederation(party: &Party) -> bool {
    matches!(party, Party::Union(name) if CONFEDERATIONS.contains(&name.as_ref()))
}

/// A union's abbreviation spelled out by the name of the same union whose words' initials it
/// is ("LR" → "Lärarnas Riksförbund", "SKTF" stays when no name fits): a branch's name is
/// written in full.
pub fn union_spelled_out(written: &str) -> String {
    let Some(party) = party_of(written) else {
        return written.to_string();
    };
    if !is_abbreviation(written) {
        return written.to_string();
    }
    UNIONS
        .iter()
        .find(|(name, canonical)| {
            Party::Union((*canonical).into()) == party
                && name.split_whitespace().count() > 1
                && name
                    .split_whitespace()
                    .filter_map(|w| w.chars().next())
                    .flat_map(char::to_uppercase)
                    .eq(written.chars())
        })
        .map_or_else(|| written.to_string(), |(name, _)| (*name).to_string())
}

/// A party named in a text, where it stands.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Mention {
    pub start: usize,
    pub end: usize,
    pub party: Party,
}

fn alternatives() -> Vec<(String, Party)> {
    let mut all: Vec<(String, Party)> = Vec::new();
    for name in EMPLOYER {
        all.push((name.to_string(), Party::Employer));
        // An abbreviation ("AG", "SKR") is a party only in capitals.
        if name.chars().nth(1).is_some_and(char::is_lowercase) {
            all.push((lower_first(name), Party::Employer));
        }
    }
    for name in ALL_UNIONS {
        all.push((name.to_string(), Party::AllUnions));
        all.push((lower_first(name), Party::AllUnions));
    }
    for (name, canonical) in UNIONS {
        let party = Party::Union((*canonical).into());
        all.push((name.to_string(), party.clone()));
        let upper = name.to_uppercase();
        if upper != *name {
            all.push((upper, party));
        }
    }
    all.sort_by_key(|(name, _)| std::cmp::Reverse(name.len()));
    all
}

fn lower_first(name: &str) -> String {
    let mut chars = name.chars();
    match chars.next() {
        Some(first) => first.to_lowercase().chain(chars).collect(),
        None => String::new(),
    }
}

static PARTIES: LazyLock<(Regex, Vec<(String, Party)>)> = LazyLock::new(|| {
    let all = alternatives();
    let pattern = names_pattern();
    // Genitive "Kommunals", "SSR:s"; "-" is allowed after (SSR-representant).
    // The administrations ("Socialförvaltningen") are found apart: a name that may begin with
    // any capital would keep the regex from searching for the names' literals first.
    // Lenient to OCR's lost å, ä and ö ("Vardforbundet").
    let regex = Regex::new(&crate::text::lenient(&format!(
        r"\b(?:{pattern})(?::s|s)?\b"
    )))
    .expect("party regex");
    (regex, all)
});

/// An administration named as a party: "Socialförvaltningen", "Kulturförvaltningens".
static ADMINISTRATION: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b\p{Lu}\p{Ll}+f[öo]rvaltningen(?::s|s)?\b").expect("administration regex")
});

/// A party's name at the very start of a text.
static LEADING: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&crate::text::lenient(&format!(
        r"^(?:{})\b",
        party_pattern()
    )))
    .expect("leading party regex")
});

/// The party names in lowercase with å, ä and ö folded, for reading one name.
static LOWER: LazyLock<Vec<(String, Party)>> = LazyLock::new(|| {
    PARTIES
        .1
        .iter()
        .map(|(name, party)| (crate::text::fold_letters(name), party.clone()))
        .collect()
});

/// Reads one party name as protocols write it ("SACO", "Kommunals", "De fackliga
/// organisationerna", "förvaltningen"); `None` when it is not a party this importer knows.
pub fn party_of(name: &str) -> Option<Party> {
    let collapsed = crate::text::collapse(name);
    let trimmed = collapsed.trim_matches(|c: char| !c.is_alphanumeric());
    if trimmed.is_empty() {
        return None;
    }
    let base = trimmed
        .strip_suffix(":s")
        .or_else(|| trimmed.strip_suffix("s"))
        .unwrap_or(trimmed);
    for candidate in [trimmed, base] {
        let lower = crate::text::fold_letters(candidate);
        // An abbreviation ("LO", "ST") is a party only in capitals: "Lo" is a given name.
        if let Some((_, party)) = LOWER
            .iter()
            .zip(&PARTIES.1)
            .find(|((name, _), (written, _))| {
                *name == lower && (!is_abbreviation(written) || written == candidate)
            })
            .map(|(lower, _)| lower)
        {
            return Some(party.clone());
        }
    }
    let lower = crate::text::fold_letters(trimmed);
    if lower.ends_with("forvaltningen") || lower.ends_with("forvaltning") {
        return Some(Party::Employer);
    }
    None
}

/// Common Swedish given names: where a list of people has lost its separators, a person
/// begins at one of them.
const GIVEN_NAMES: &[&str] = &[
    "Abdi",
    "Adam",
    "Adnan",
    "Agnes",
    "Agneta",
    "Ahmad",
    "Ahmed",
    "Aisha",
    "Albin",
    "Alexander",
    "Alf",
    "Alfred",
    "Ali",
    "Alice",
    "Alma",
    "Alva",
    "Amanda",
    "Amina",
    "Amir",
    "Anders",
    "Andreas",
    "Anette",
    "Anita",
    "Ann",
    "Anna",
    "Anne",
    "Anneli",
    "Annelie",
    "Annika",
    "Anton",
    "Arne",
    "Arvid",
    "Astrid",
    "Axel",
    "Barbro",
    "Bengt",
    "Benny",
    "Berit",
    "Bertil",
    "Birger",
    "Birgit",
    "Birgitta",
    "Björn",
    "Bo",
    "Bodil",
    "Britt",
    "Britta",
    "Camilla",
    "Carin",
    "Carina",
    "Carl",
    "Caroline",
    "Catja",
    "Cecilia",
    "Charlotte",
    "Christel",
    "Christer",
    "Christian",
    "Christina",
    "Christoffer",
    "Claes",
    "Conny",
    "Dag",
    "Dan",
    "Dana",
    "Daniel",
    "David",
    "Dennis",
    "Dick",
    "Doris",
    "Dragan",
    "Dragana",
    "Ebba",
    "Ebbe",
    "Edith",
    "Edvin",
    "Einar",
    "Eleonor",
    "Elias",
    "Elin",
    "Elisabet",
    "Elisabeth",
    "Ella",
    "Ellen",
    "Ellinor",
    "Elsa",
    "Elvira",
    "Emelie",
    "Emil",
    "Emilia",
    "Emir",
    "Emma",
    "Erik",
    "Erika",
    "Erland",
    "Ester",
    "Eva",
    "Evelina",
    "Ewa",
    "Fatima",
    "Felicia",
    "Filip",
    "Folke",
    "Fredrik",
    "Frida",
    "Gerd",
    "Gerda",
    "Gert",
    "Goran",
    "Greta",
    "Gudrun",
    "Gun",
    "Gunilla",
    "Gunnar",
    "Gunnel",
    "Gustav",
    "Göran",
    "Gösta",
    "Göte",
    "Hampus",
    "Hanna",
    "Hannah",
    "Hans",
    "Harald",
    "Harriet",
    "Hassan",
    "Hedvig",
    "Helen",
    "Helena",
    "Helene",
    "Helén",
    "Henrik",
    "Hilda",
    "Holger",
    "Hugo",
    "Hussein",
    "Håkan",
    "Héléne",
    "Ibrahim",
    "Ida",
    "Inga",
    "Ingeborg",
    "Ingegerd",
    "Ingela",
    "Ingemar",
    "Inger",
    "Ingrid",
    "Ingvar",
    "Irene",
    "Isak",
    "Jacob",
    "Jakob",
    "Jan",
    "Jarl",
    "Jeanette",
    "Jelena",
    "Jenni",
    "Jenny",
    "Jens",
    "Jesper",
    "Jessica",
    "Jimmy",
    "Joakim",
    "Johan",
    "Johanna",
    "Johannes",
    "John",
    "Jonas",
    "Jonathan",
    "Josef",
    "Josefin",
    "Juha",
    "Julia",
    "Jörgen",
    "Kaisa",
    "Kajsa",
    "Kalle",
    "Karin",
    "Karl",
    "Karolina",
    "Katarina",
    "Katja",
    "Kennet",
    "Kenneth",
    "Kent",
    "Kerstin",
    "Khadija",
    "Kim",
    "Kirsi",
    "Kjell",
    "Klara",
    "Klas",
    "Krister",
    "Kristian",
    "Kristina",
    "Kristoffer",
    "Kurt",
    "Lars",
    "Leif",
    "Leila",
    "Lena",
    "Lennart",
    "Leo",
    "Liam",
    "Lillemor",
    "Lina",
    "Linda",
    "Linn",
    "Linnea",
    "Linus",
    "Lisa",
    "Lisbet",
    "Lisbeth",
    "Liselotte",
    "Lotta",
    "Louise",
    "Lovisa",
    "Lucas",
    "Ludvig",
    "Maarit",
    "Madeleine",
    "Magdalena",
    "Magnus",
    "Maja",
    "Majken",
    "Malin",
    "Malte",
    "Marcus",
    "Margareta",
    "Maria",
    "Mariam",
    "Marianne",
    "Marie",
    "Marita",
    "Marja",
    "Markus",
    "Martin",
    "Maryam",
    "Mathilda",
    "Matilda",
    "Mats",
    "Mattias",
    "Maud",
    "Max",
    "Mehmet",
    "Melker",
    "Mia",
    "Michael",
    "Mikael",
    "Mikaela",
    "Milan",
    "Mimmi",
    "Moa",
    "Mohamed",
    "Mohammad",
    "Mohammed",
    "Mona",
    "Monica",
    "Monika",
    "Morgan",
    "Muhammad",
    "Mustafa",
    "Märta",
    "Måns",
    "Nadia",
    "Nathalie",
    "Niklas",
    "Nils",
    "Nina",
    "Noah",
    "Nora",
    "Ola",
    "Olivia",
    "Olle",
    "Olof",
    "Omar",
    "Oscar",
    "Oskar",
    "Otto",
    "Ove",
    "Patrik",
    "Paula",
    "Pekka",
    "Per",
    "Pernilla",
    "Peter",
    "Petra",
    "Petter",
    "Pia",
    "Pontus",
    "Päivi",
    "Pål",
    "Rasmus",
    "Rebecka",
    "Reza",
    "Riitta",
    "Robert",
    "Robin",
    "Roger",
    "Roland",
    "Rolf",
    "Ronja",
    "Ronny",
    "Rune",
    "Rut",
    "Saga",
    "Samuel",
    "Sandra",
    "Sanna",
    "Sara",
    "Sebastian",
    "Selma",
    "Senad",
    "Signe",
    "Sigrid",
    "Simon",
    "Sirpa",
    "Siv",
    "Sixten",
    "Sofia",
    "Sofie",
    "Solveig",
    "Sonja",
    "Stefan",
    "Sten",
    "Stig",
    "Stina",
    "Sune",
    "Susanne",
    "Sven",
    "Sverker",
    "Sylvia",
    "Sören",
    "Tage",
    "Theo",
    "Therese",
    "Thomas",
    "Tiina",
    "Tilda",
    "Tina",
    "Tobias",
    "Tom",
    "Tomas",
    "Tommy",
    "Torbjörn",
    "Tore",
    "Torsten",
    "Tove",
    "Tuija",
    "Tuula",
    "Tuva",
    "Ulf",
    "Ulla",
    "Ulrika",
    "Urban",
    "Valdemar",
    "Valter",
    "Vera",
    "Veronica",
    "Veronika",
    "Victoria",
    "Viktor",
    "Viktoria",
    "Vilhelm",
    "Viveka",
    "Waldemar",
    "Wiktor",
    "Wilhelm",
    "William",
    "Wilma",
    "Yasmin",
    "Ylva",
    "Yngve",
    "Yusuf",
    "Yvonne",
    "Zahra",
    "Zeynep",
    "Zoran",
    "Åke",
    "Åsa",
    "Örjan",
    "Östen",
];

/// Sweden's municipalities (each of the 290 by its name, a two-word one by its distinctive
/// word: "Upplands", "Väsby", "Edet", "Göinge") and the regions named after a landscape: words that
/// follow a person in a list ("Anna Ek Söderköping", "Per Ahl Region Östergötland") and are
/// no part of the name.
const PLACES: &[&str] = &[
    "Ale",
    "Alingsås",
    "Alvesta",
    "Aneby",
    "Arboga",
    "Arjeplog",
    "Arvidsjaur",
    "Arvika",
    "Askersund",
    "Avesta",
    "Bengtsfors",
    "Berg",
    "Bjurholm",
    "Bjuv",
    "Blekinge",
    "Boden",
    "Bollebygd",
    "Bollnäs",
    "Borgholm",
    "Borlänge",
    "Borås",
    "Botkyrka",
    "Boxholm",
    "Bromölla",
    "Bräcke",
    "Burlöv",
    "Båstad",
    "Dalarna",
    "Dals-Ed",
    "Danderyd",
    "Degerfors",
    "Dorotea",
    "Eda",
    "Edet",
    "Ekerö",
    "Eksjö",
    "Emmaboda",
    "Enköping",
    "Eskilstuna",
    "Eslöv",
    "Essunga",
    "Fagersta",
    "Falkenberg",
    "Falköping",
    "Falun",
    "Filipstad",
    "Finspång",
    "Flen",
    "Forshaga",
    "Färgelanda",
    "Gagnef",
    "Gislaved",
    "Gnesta",
    "Gnosjö",
    "Gotland",
    "Grums",
    "Grästorp",
    "Gullspång",
    "Gällivare",
    "Gävle",
    "Gävleborg",
    "Göinge",
    "Götaland",
    "Göteborg",
    "Götene",
    "Habo",
    "Hagfors",
    "Halland",
    "Hallsberg",
    "Hallstahammar",
    "Halmstad",
    "Hammarö",
    "Haninge",
    "Haparanda",
    "Heby",
    "Hedemora",
    "Helsingborg",
    "Herrljunga",
    "Hjo",
    "Hofors",
    "Huddinge",
    "Hudiksvall",
    "Hultsfred",
    "Hylte",
    "Hällefors",
    "Härjedalen",
    "Härnösand",
    "Härryda",
    "Hässleholm",
    "Håbo",
    "Höganäs",
    "Högsby",
    "Hörby",
    "Höör",
    "Jokkmokk",
    "Jämtland",
    "Järfälla",
    "Jönköping",
    "Kalix",
    "Kalmar",
    "Karlsborg",
    "Karlshamn",
    "Karlskoga",
    "Karlskrona",
    "Karlstad",
    "Katrineholm",
    "Kil",
    "Kinda",
    "Kiruna",
    "Klippan",
    "Knivsta",
    "Kramfors",
    "Kristianstad",
    "Kristinehamn",
    "Krokom",
    "Kronoberg",
    "Kumla",
    "Kungsbacka",
    "Kungsör",
    "Kungälv",
    "Kävlinge",
    "Köping",
    "Laholm",
    "Landskrona",
    "Laxå",
    "Lekeberg",
    "Leksand",
    "Lerum",
    "Lessebo",
    "Lidingö",
    "Lidköping",
    "Lindesberg",
    "Linköping",
    "Ljungby",
    "Ljusdal",
    "Ljusnarsberg",
    "Lomma",
    "Ludvika",
    "Luleå",
    "Lund",
    "Lycksele",
    "Lysekil",
    "Malmö",
    "Malung-Sälen",
    "Malå",
    "Mariestad",
    "Mark",
    "Markaryd",
    "Mellerud",
    "Mjölby",
    "Mora",
    "Motala",
    "Mullsjö",
    "Munkedal",
    "Munkfors",
    "Mölndal",
    "Mönsterås",
    "Mörbylånga",
    "Nacka",
    "Nora",
    "Norberg",
    "Nordanstig",
    "Nordmaling",
    "Norrbotten",
    "Norrköping",
    "Norrtälje",
    "Norsjö",
    "Nybro",
    "Nykvarn",
    "Nyköping",
    "Nynäshamn",
    "Nässjö",
    "Ockelbo",
    "Olofström",
    "Orsa",
    "Orust",
    "Osby",
    "Oskarshamn",
    "Ovanåker",
    "Oxelösund",
    "Pajala",
    "Partille",
    "Perstorp",
    "Piteå",
    "Ragunda",
    "Robertsfors",
    "Ronneby",
    "Rättvik",
    "Sala",
    "Salem",
    "Sandviken",
    "Sigtuna",
    "Simrishamn",
    "Sjöbo",
    "Skara",
    "Skellefteå",
    "Skinnskatteberg",
    "Skurup",
    "Skåne",
    "Skövde",
    "Smedjebacken",
    "Sollefteå",
    "Sollentuna",
    "Solna",
    "Sorsele",
    "Sotenäs",
    "Staffanstorp",
    "Stenungsund",
    "Stockholm",
    "Storfors",
    "Storuman",
    "Strängnäs",
    "Strömstad",
    "Strömsund",
    "Sundbyberg",
    "Sundsvall",
    "Sunne",
    "Surahammar",
    "Svalöv",
    "Svedala",
    "Svenljunga",
    "Säffle",
    "Säter",
    "Sävsjö",
    "Söderhamn",
    "Söderköping",
    "Södertälje",
    "Sölvesborg",
    "Sörmland",
    "Tanum",
    "Tibro",
    "Tidaholm",
    "Tierp",
    "Timrå",
    "Tingsryd",
    "Tjörn",
    "Tomelilla",
    "Torsby",
    "Torsås",
    "Tranemo",
    "Tranås",
    "Trelleborg",
    "Trollhättan",
    "Trosa",
    "Tyresö",
    "Täby",
    "Töreboda",
    "Uddevalla",
    "Ulricehamn",
    "Umeå",
    "Upplands",
    "Upplands-Bro",
    "Uppsala",
    "Uppvidinge",
    "Vadstena",
    "Vaggeryd",
    "Valdemarsvik",
    "Vallentuna",
    "Vansbro",
    "Vara",
    "Varberg",
    "Vaxholm",
    "Vellinge",
    "Vetlanda",
    "Vilhelmina",
    "Vimmerby",
    "Vindeln",
    "Vingåker",
    "Vänersborg",
    "Vännäs",
    "Värmdö",
    "Värmland",
    "Värnamo",
    "Väsby",
    "Västerbotten",
    "Västernorrland",
    "Västervik",
    "Västerås",
    "Västmanland",
    "Växjö",
    "Vårgårda",
    "Ydre",
    "Ystad",
    "Älmhult",
    "Älvdalen",
    "Älvkarleby",
    "Älvsbyn",
    "Ängelholm",
    "Åmål",
    "Ånge",
    "Åre",
    "Årjäng",
    "Åsele",
    "Åstorp",
    "Åtvidaberg",
    "Öckerö",
    "Ödeshög",
    "Örebro",
    "Örkelljunga",
    "Örnsköldsvik",
    "Östergötland",
    "Östersund",
    "Österåker",
    "Östhammar",
    "Överkalix",
    "Övertorneå",
];

/// Whether a word is a municipality's or region's name, or a word that opens an organization
/// of the public sector ("Region", "Kommun", "Landstinget").
pub fn is_place_name(word: &str) -> bool {
    let word = word.trim_end_matches([',', '.', ':']);
    matches!(
        word,
        "Region" | "Regionen" | "Kommun" | "Kommunen" | "Landstinget"
    ) || PLACES.binary_search(&word).is_ok()
}

/// Whether a word is a given name, or a double one with a given name in it ("Lars-Erik").
pub fn is_given_name(word: &str) -> bool {
    let word = word.trim_end_matches([',', '.']);
    word.split('-')
        .any(|part| GIVEN_NAMES.binary_search(&part).is_ok())
}

/// A role as protocols abbreviate it, spelled out: "ordf" → "ordförande", "sekr" →
/// "sekreterare", "HSO" → "huvudskyddsombud".
pub fn role_word(word: &str) -> &str {
    match word.trim_end_matches(['.', ',']) {
        "ordf" | "Ordf" => "ordförande",
        "sekr" | "Sekr" => "sekreterare",
        "HSO" => "huvudskyddsombud",
        "SO" => "skyddsombud",
        "adj" => "adjungerad",
        "ers" => "ersättare",
        _ => word,
    }
}

/// A capitalized word with an ending most Swedish surnames have (-son, -berg, -ström, -lund,
/// -qvist, -én …): a third name of a person ("Karin Jacobsson Mauritzson"), where a company's
/// or a place's name ("Boliden", "Zinkgruvan") has none of them.
pub fn is_surname_like(word: &str) -> bool {
    const ENDINGS: &[&str] = &[
        "son", "sen", "berg", "borg", "ström", "strom", "lund", "qvist", "kvist", "quist", "gren",
        "din", "holm", "dahl", "dal", "mark", "stedt", "stad", "man", "blad", "ling", "ell", "ér",
        "én", "ius", "bäck", "back", "fors", "sjö", "vall", "stam", "löf", "gård", "hed", "ek",
        "by", "näs", "nér", "lin", "lid", "rot", "ros",
    ];
    let word = word.trim_end_matches([',', '.']);
    let lower = word.to_lowercase();
    word.chars().next().is_some_and(char::is_uppercase)
        && word.chars().count() >= 4
        && party_of(word).is_none()
        && !is_given_name(word)
        && ENDINGS.iter().any(|e| lower.ends_with(e))
}

/// A short name in capitals: "LO", "SKR", "HRF".
fn is_abbreviation(name: &str) -> bool {
    name.chars().count() <= 5 && name.chars().all(|c| c.is_uppercase() || c == '-')
}

/// Every party named in `text`, in order. Offsets are relative to `text`.
pub fn mentions(text: &str) -> Vec<Mention> {
    let (regex, _) = &*PARTIES;
    // "ST-läkare", "ST-tjänst": a doctor's specialist training, not the union.
    let training = |m: &regex::Match| {
        m.as_str() == "ST"
            && text[m.end()..].strip_prefix('-').is_some_and(|rest| {
                [
                    "läkar",
                    "tjänst",
                    "utbild",
                    "block",
                    "plan",
                    "kontrakt",
                    "studierektor",
                    "handled",
                ]
                .iter()
                .any(|stem| rest.starts_with(stem))
            })
    };
    let found = |m: regex::Match| {
        if training(&m) {
            return None;
        }
        party_of(m.as_str()).map(|party| Mention {
            start: m.start(),
            end: m.end(),
            party,
        })
    };
    let mut all: Vec<Mention> = regex.find_iter(text).filter_map(found).collect();
    if text.contains("förvaltningen") || text.contains("forvaltningen") {
        all.extend(ADMINISTRATION.find_iter(text).filter_map(found));
        all.sort_by_key(|m| m.start);
    }
    all
}

/// The party named first at the very start of `text` (after an adverb such as "Vidare").
pub fn leading_party(text: &str) -> Option<Mention> {
    static LEAD: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"^[\s(\-–•*]*(?:(?:Vidare|Även|Dessutom|Också|Slutligen|Sedan|Därefter)\s+)?")
            .expect("lead regex")
    });
    let skip = LEAD.find(text).map_or(0, |m| m.end());
    let m = LEADING.find(&text[skip..])?;
    party_of(m.as_str()).map(|party| Mention {
        start: m.start() + skip,
        end: m.end() + skip,
        party,
    })
}

/// The source regex of any party name, for building other patterns.
pub fn party_pattern() -> String {
    format!(
        r"(?:{}|\p{{Lu}}\p{{Ll}}+förvaltningen)(?::s|s)?",
        names_pattern()
    )
}

/// The party names as one alternation, longest first, as small as it can be: the regexes built
/// on it are searched for in every sentence, and their cost grows with it. A name that may
/// begin a sentence is written once with both cases of its first letter ("[Aa]rbetsgivaren");
/// a union's name in capitals is left to [`party_of`].
fn names_pattern() -> String {
    let escape = |name: &str| regex::escape(name).replace(' ', r"\s+");
    let either_case = |name: &str| {
        let mut chars = name.chars();
        match chars.next() {
            Some(first) if first.is_uppercase() && !is_abbreviation(name) => {
                let lower: String = first.to_lowercase().collect();
                (
                    name.len(),
                    format!("[{first}{lower}]{}", escape(chars.as_str())),
                )
            }
            _ => (name.len(), escape(name)),
        }
    };
    let mut names: Vec<(usize, String)> = EMPLOYER
        .iter()
        .chain(ALL_UNIONS)
        .map(|name| either_case(name))
        .chain(UNIONS.iter().map(|(name, _)| (name.len(), escape(name))))
        .collect();
    names.sort_by_key(|(len, _)| std::cmp::Reverse(*len));
    names.dedup();
    names
        .into_iter()
        .map(|(_, pattern)| pattern)
        .collect::<Vec<_>>()
        .join("|")
}

/// The month number of a Swedish month name (full, or a usual abbreviation).
pub fn month_number(word: &str) -> Option<i8> {
    let lower = word.trim_end_matches('.').to_lowercase();
    if let Some(index) = MONTHS.iter().position(|m| *m == lower) {
        return Some(index as i8 + 1);
    }
    let abbreviations = [
        "jan", "feb", "mar", "apr", "maj", "jun", "jul", "aug", "sep", "okt", "nov", "dec",
    ];
    if lower == "sept" {
        return Some(9);
    }
    abbreviations
        .iter()
        .position(|m| *m == lower)
        .map(|i| i as i8 + 1)
}

/// A pattern for a date: ISO (`2025-01-14`), `14 januari 2025`, `14/1 2025`, `den 17 januari`,
/// and day, month and year set off by points (`12.2.2026`), only with its year written.
pub static DATE_RE: LazyLock<Regex> = LazyLock::new(|| {
    let months = MONTHS.join("|");
    Regex::new(&format!(
        r"(?i)\b(?:(?P<iy>(?:19|20)\d\d)-(?P<im>\d\d?)-(?P<id>\d\d?)|(?P<pd>\d{{1,2}})\.(?P<pm>\d{{1,2}})\.(?P<py>(?:19|20)\d\d)|(?P<d>\d{{1,2}})(?::?[ae])?\s+(?P<m>{months})(?:\s+(?P<y>(?:19|20)\d\d))?|(?P<sd>\d{{1,2}})/(?P<sm>\d{{1,2}})(?:[\s-]+(?P<sy>(?:19|20)\d\d))?)\b"
    ))
    .expect("date regex")
});

/// A date found in text, with whether its year was written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FoundDate {
    pub start: usize,
    pub end: usize,
    pub date: Option<Date>,
    pub year_written: bool,
    /// The parts, for dates whose year comes from elsewhere.
    pub month: i8,
    pub day: i8,
}

/// Every date in `text`. A date without a year has `date: None` unless `year_for` gives one
/// (the meeting's year: a day already passed at the meeting then means the next year).
pub fn dates(text: &str, meeting: Option<Date>) -> Vec<FoundDate> {
    DATE_RE
        .captures_iter(text)
        .filter_map(|c| {
            let whole = c.get(0)?;
            let (year, month, day) = if let Some(y) = c.name("iy") {
                (
                    y.as_str().parse::<i16>().ok(),
                    c.name("im")?.as_str().parse::<i8>().ok()?,
                    c.name("id")?.as_str().parse::<i8>().ok()?,
                )
            } else if let Some(y) = c.name("py") {
                (
                    y.as_str().parse::<i16>().ok(),
                    c.name("pm")?.as_str().parse::<i8>().ok()?,
                    c.name("pd")?.as_str().parse::<i8>().ok()?,
                )
            } else if let Some(m) = c.name("m") {
                (
                    c.name("y").and_then(|y| y.as_str().parse::<i16>().ok()),
                    month_number(m.as_str())?,
                    c.name("d")?.as_str().parse::<i8>().ok()?,
                )
            } else {
                (
                    c.name("sy").and_then(|y| y.as_str().parse::<i16>().ok()),
                    c.name("sm")?.as_str().parse::<i8>().ok()?,
                    c.name("sd")?.as_str().parse::<i8>().ok()?,
                )
            };
            if !(1..=12).contains(&month) || !(1..=31).contains(&day) {
                return None;
            }
            let date = match (year, meeting) {
                (Some(year), _) => Date::new(year, month, day).ok(),
                (None, Some(meeting)) => {
                    let same = Date::new(meeting.year(), month, day).ok();
                    match same {
                        // A day well before the meeting, written without a year, is next year's.
                        Some(d) if (meeting - d).get_days() > 60 => {
                            Date::new(meeting.year() + 1, month, day).ok()
                        }
                        other => other,
                    }
                }
                (None, None) => None,
            };
            Some(FoundDate {
                start: whole.start(),
                end: whole.end(),
                date,
                year_written: year.is_some(),
                month,
                day,
            })
        })
        .collect()
}

/// "19 nov 2025", "3 sept. 2026": a date with its month abbreviated and its year written.
pub fn short_month_date(line: &str) -> Option<Date> {
    static SHORT: LazyLock<Regex> = LazyLock::new(|| {
        crate::text::lenient_regex(
            r"(?i)\b(?P<d>\d{1,2})\s+(?P<m>jan|feb|mar|apr|jun|jul|aug|sept?|okt|nov|dec)\.?\s+(?P<y>(?:19|20)\d\d)\b",
        )
    });
    let c = SHORT.captures(line)?;
    Date::new(
        c["y"].parse().ok()?,
        month_number(&c["m"])?,
        c["d"].parse().ok()?,
    )
    .ok()
}

/// "3/3 -26", "14/11 '25": day and month with a slash, the year's last two digits after a dash
/// or an apostrophe.
pub fn short_year_date(line: &str) -> Option<Date> {
    static SHORT: LazyLock<Regex> = LazyLock::new(|| {
        crate::text::lenient_regex(
            r"(?:^|[\s(])(?P<d>\d{1,2})/(?P<m>\d{1,2})\s*[-–'’]\s?(?P<y>\d\d)(?:$|[\s,.)])",
        )
    });
    let c = SHORT.captures(line)?;
    Date::new(
        2000 + c["y"].parse::<i16>().ok()?,
        c["m"].parse().ok()?,
        c["d"].parse().ok()?,
    )
    .ok()
}

/// A clock time `kl. 13.00`, `13:00`; returns (hour, minute, start, end).
pub fn times(text: &str) -> Vec<(i8, i8, usize, usize)> {
    static TIME: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)(?:\bkl(?:ockan)?\.?\s*)?\b(?P<h>[01]?\d|2[0-3])[.:](?P<m>[0-5]\d)\b")
            .expect("time regex")
    });
    TIME.captures_iter(text)
        .filter_map(|c| {
            let whole = c.get(0)?;
            // "13.00" alone could be a number; it is a time only with "kl" or a colon.
            let has_kl = whole.as_str().to_lowercase().starts_with("kl");
            let colon = whole.as_str().contains(':');
            if !has_kl && !colon {
                return None;
            }
            Some((
                c.name("h")?.as_str().parse().ok()?,
                c.name("m")?.as_str().parse().ok()?,
                whole.start(),
                whole.end(),
            ))
        })
        .collect()
}

/// Words that say little about what a matter is: left out when texts are compared.
const STOP_WORDS: &[&str] = &[
    "och",
    "att",
    "det",
    "som",
    "en",
    "ett",
    "i",
    "på",
    "för",
    "med",
    "till",
    "av",
    "är",
    "har",
    "om",
    "de",
    "den",
    "inte",
    "kan",
    "ska",
    "vid",
    "men",
    "så",
    "från",
    "hur",
    "vad",
    "även",
    "eller",
    "efter",
    "under",
    "mer",
    "alla",
    "sin",
    "sina",
    "sitt",
    "detta",
    "dessa",
    "denna",
    "vilka",
    "vilket",
    "finns",
    "kommer",
    "också",
    "samt",
    "där",
    "när",
    "då",
    "man",
    "vara",
    "blir",
    "bli",
    "skulle",
    "får",
    "fick",
    "göra",
    "görs",
    "gäller",
    "inom",
    "utan",
    "mot",
    "över",
    "hade",
    "varit",
    "blev",
    "nu",
    "här",
    "dem",
    "oss",
    "vi",
    "våra",
    "vår",
    "vårt",
    "sig",
    "sitt",
    "sådan",
    "några",
    "något",
    "någon",
    "andra",
    "annat",
    "olika",
    "samma",
    "arbetsgivaren",
    "förvaltningen",
    "fackliga",
    "organisationerna",
    "frågan",
    "fråga",
    "frågor",
    "svar",
    "svarade",
    "svarar",
    "möte",
    "mötet",
    "föregående",
    "kvarvarande",
    "återkommer",
    "återkom",
    "återkomma",
    "information",
    "informerade",
    "informera",
    "mer",
    "kring",
    "gällande",
    "angående",
    "tidigare",
    "nästa",
    "vill",
    "önskar",
    "undrar",
    "undrade",
    "frågade",
    "lyfte",
    "redovisade",
    "meddelade",
    "enligt",
    "varje",
    "respektive",
    "the",
    "ha",
    "var",
    "hos",
    "just",
    "bara",
    "redan",
    "lite",
    "mycket",
];

/// The content words of a text, lowercased: for comparing a new item with an earlier case.
pub fn content_words(text: &str) -> Vec<String> {
    let mut words: Vec<String> = text
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| w.chars().count() >= 3)
        .map(str::to_lowercase)
        .filter(|w| !STOP_WORDS.contains(&w.as_str()))
        .filter(|w| !w.chars().all(|c| c.is_ascii_digit()) || w.len() == 4)
        .collect();
    words.sort();
    words.dedup();
    words
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_abbreviation_is_spelled_out_by_the_union_name_it_abbreviates() {
        assert_eq!(union_spelled_out("LR"), "Lärarnas Riksförbund");
        assert_eq!(union_spelled_out("Vision"), "Vision");
        assert_eq!(union_spelled_out("LO"), "LO");
    }

    #[test]
    fn parties_in_their_spellings() {
        assert_eq!(party_of("SACO"), Some(Party::Union("Saco".into())));
        assert_eq!(party_of("Kommunals"), Some(Party::Union("Kommunal".into())));
        assert_eq!(
            party_of("SSR:s"),
            Some(Party::Union("Akademikerförbundet SSR".into()))
        );
        assert_eq!(party_of("förvaltningen"), Some(Party::Employer));
        assert_eq!(party_of("Stadsdelsförvaltningen"), Some(Party::Employer));
        assert_eq!(
            party_of("De fackliga organisationerna"),
            Some(Party::AllUnions)
        );
        assert_eq!(party_of("Lärarorganisationerna"), Some(Party::AllUnions));
        assert_eq!(party_of("De fackliga förbunden"), Some(Party::AllUnions));
        assert_eq!(party_of("Paddan"), None);
    }

    #[test]
    fn places_are_sorted_and_found() {
        assert!(PLACES.windows(2).all(|w| w[0] < w[1]));
        assert_eq!(PLACES.len(), 287 + 4 + 15);
        assert!(is_place_name("Söderköping"));
        assert!(is_place_name("Region"));
        assert!(!is_place_name("Lindqvist"));
    }

    #[test]
    fn given_names_are_sorted_and_found_in_double_names() {
        assert!(GIVEN_NAMES.windows(2).all(|w| w[0] < w[1]));
        assert!(is_given_name("Karl-Gunnar"));
        assert!(is_given_name("Ingela"));
        assert!(!is_given_name("Boliden"));
        assert_eq!(role_word("ordf."), "ordförande");
        assert_eq!(role_word("HSO"), "huvudskyddsombud");
    }

    #[test]
    fn the_labour_markets_parties_by_every_name() {
        let union = |n: &str| Some(Party::Union(n.to_string().into()));
        assert_eq!(party_of("Landsorganisationen i Sverige"), union("LO"));
        assert_eq!(party_of("PTK"), union("PTK"));
        assert_eq!(party_of("Fackförbundet ST"), union("Fackförbundet ST"));
        assert_eq!(party_of("SEKO"), union("Seko"));
        assert_eq!(party_of("SKTF"), union("Vision"));
        assert_eq!(party_of("LR"), union("Sveriges Lärare"));
        assert_eq!(party_of("IF Metall"), union("IF Metall"));
        assert_eq!(party_of("Sobona"), Some(Party::Employer));
        assert_eq!(party_of("Arbetsgivarverket"), Some(Party::Employer));
        assert_eq!(party_of("KFO:s"), Some(Party::Employer));
        assert_eq!(party_of("AG"), Some(Party::Employer));
        assert_eq!(
            party_of("Vårdförb."),
            Some(Party::Union("Vårdförbundet".into()))
        );
        assert_eq!(party_of("SL"), Some(Party::Union("Sveriges Lärare".into())));
        assert_eq!(party_of("Sl"), None);
        assert_eq!(
            party_of("BRF"),
            Some(Party::Union("Brandmännens Riksförbund".into()))
        );
        assert_eq!(
            party_of("arbetstagarorganisationerna"),
            Some(Party::AllUnions)
        );
        assert!(is_confederation(&Party::Union("TCO".into())));
        // Abbreviations are parties only in capitals.
        assert!(mentions("Vi st oss på skr-listan").is_empty());
    }

    #[test]
    fn mentions_need_a_capital_for_unions() {
        let found = mentions("en kommunal vision, men Vision och SSR:s fråga till arbetsgivaren");
        let parties: Vec<_> = found.iter().map(|m| m.party.name().to_string()).collect();
        assert_eq!(
            parties,
            ["Vision", "Akademikerförbundet SSR", "Arbetsgivaren"]
        );
    }

    #[test]
    fn dates_in_words_take_the_meetings_year() {
        let meeting = Date::new(2025, 1, 14).ok();
        let found = dates("Justering sker fredagen den 17 januari", meeting);
        assert_eq!(found[0].date, Date::new(2025, 1, 17).ok());
        let found = dates("senast den 3 januari", Date::new(2024, 12, 10).ok());
        assert_eq!(found[0].date, Date::new(2025, 1, 3).ok());
        let found = dates("PROTOKOLL 2023-09-20", None);
        assert_eq!(found[0].date, Date::new(2023, 9, 20).ok());
        assert!(dates("den 31 februari 2025", None)[0].date.is_none());
        let found = dates("Sammanträdet hölls 7.4.2027 i stora salen", None);
        assert_eq!(found[0].date, Date::new(2027, 4, 7).ok());
        assert!(dates("enligt avsnitt 7.4 i planen", None).is_empty());
    }

    #[test]
    fn clock_times_need_kl_or_a_colon() {
        assert_eq!(times("14 januari kl. 13.00")[0].0, 13);
        assert_eq!(times("senast kl 12:00")[0].1, 0);
        assert!(times("uppgick till 5.98 procent").is_empty());
    }

    #[test]
    fn a_company_and_the_employers_officers_are_the_employer_side() {
        for written in [
            "Företaget",
            "företaget",
            "Bolaget",
            "HR",
            "HR-direktören",
            "Förvaltningschefen",
        ] {
            assert_eq!(party_of(written), Some(Party::Employer), "{written}");
        }
        assert_eq!(
            party_of("Läkarföreningen"),
            Some(Party::Union("Sveriges läkarförbund".into()))
        );
    }

    #[test]
    fn a_local_doctors_association_is_their_union_and_a_doctors_training_is_no_union() {
        let parties = |text: &str| {
            mentions(text)
                .into_iter()
                .map(|m| m.party)
                .collect::<Vec<_>>()
        };
        let doctors = Party::Union("Sveriges läkarförbund".into());
        assert_eq!(
            parties("Uppsala läkareförening undrar om ST-läkarnas scheman."),
            vec![doctors.clone()]
        );
        assert_eq!(
            parties("Svar lämnas till läkarföreningen och ST-ombudet."),
            vec![doctors, Party::Union("Fackförbundet ST".into())]
        );
    }
}
