//! Parties at the table (Arbetsgivaren, each union, all unions together) and how protocols spell them.

use std::borrow::Cow;

use serde::{Deserialize, Serialize};

/// A side at the table. Serialized as its canonical Swedish name, e.g. `"Arbetsgivaren"`, `"Saco"`.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Party {
    /// Arbetsgivaren: the employer.
    Employer,
    /// Fackliga organisationerna: every union of the forum together.
    AllUnions,
    /// One union, by its canonical name: borrowed from the product's list for the unions it
    /// knows (most of them, in every event and read model), owned for any other.
    Union(Cow<'static, str>),
}

/// The unions the product knows by name, with the spellings protocols use for each (lowercase).
/// Any other name is accepted as a union of its own.
const KNOWN_UNIONS: &[(&str, &[&str])] = &[
    (
        "Kommunal",
        &["kommunal", "svenska kommunalarbetareförbundet"],
    ),
    ("Vision", &["vision"]),
    (
        "Akademikerförbundet SSR",
        &["akademikerförbundet ssr", "ssr", "akademikerförbundet"],
    ),
    ("Saco", &["saco", "saco-s", "saco s"]),
    (
        "Sveriges Lärare",
        &["sveriges lärare", "lärarförbundet", "lärarnas riksförbund"],
    ),
    ("Ledarna", &["ledarna"]),
    ("Vårdförbundet", &["vårdförbundet"]),
    (
        "Sveriges Skolledare",
        &["sveriges skolledare", "sveriges skolledarförbund"],
    ),
    ("Sveriges Ingenjörer", &["sveriges ingenjörer"]),
    ("Sveriges Arkitekter", &["sveriges arkitekter"]),
    ("Fysioterapeuterna", &["fysioterapeuterna"]),
    (
        "Sveriges Psykologförbund",
        &["sveriges psykologförbund", "psykologförbundet"],
    ),
    ("Jusek", &["jusek", "akavia"]),
];

const EMPLOYER_NAMES: &[&str] = &[
    "arbetsgivaren",
    "arbetsgivare",
    "arbetsgivarsidan",
    "arbetsgivarrepresentanter",
    "arbetsgivarrepresentanterna",
    "förvaltningen",
];

const ALL_UNIONS_NAMES: &[&str] = &[
    "fackliga organisationerna",
    "de fackliga organisationerna",
    "fackliga organisationer",
    "fackliga",
    "facket",
    "fackliga företrädare",
    "fackliga företrädarna",
    "fackliga representanter",
    "de fackliga representanterna",
    "fackliga representanterna",
    "arbetstagarrepresentanter",
    "arbetstagarrepresentanterna",
    "arbetstagarsidan",
];

/// Why a party name could not be read.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("a party needs a name (for example \"Arbetsgivaren\" or \"Kommunal\")")]
pub struct EmptyPartyName;

impl Party {
    /// Reads a party as a protocol writes it: case-insensitive, with spelling variants
    /// (`SACO`/`Saco`, `SSR`/`Akademikerförbundet SSR`) resolved to one party.
    pub fn parse(name: &str) -> Result<Party, EmptyPartyName> {
        // Stored events and the API spell parties by their canonical names: those are found
        // without the allocations of reading a spelling.
        match name {
            "Arbetsgivaren" => return Ok(Party::Employer),
            "Fackliga organisationerna" => return Ok(Party::AllUnions),
            _ => {}
        }
        if let Some((canonical, _)) = KNOWN_UNIONS.iter().find(|(known, _)| *known == name) {
            return Ok(Party::Union(Cow::Borrowed(canonical)));
        }
        Self::parse_spelling(name)
    }

    /// [`Self::parse`] for any spelling.
    fn parse_spelling(name: &str) -> Result<Party, EmptyPartyName> {
        let collapsed = name.split_whitespace().collect::<Vec<_>>().join(" ");
        let trimmed = collapsed.trim_matches(|c: char| c == ':' || c == ',' || c == '.');
        if trimmed.is_empty() {
            return Err(EmptyPartyName);
        }
        let lower = trimmed.to_lowercase();
        // An administration speaks for the employer: "Socialförvaltningen", "Stadsdelsförvaltningen".
        if EMPLOYER_NAMES.contains(&lower.as_str()) || lower.ends_with("förvaltningen") {
            return Ok(Party::Employer);
        }
        if ALL_UNIONS_NAMES.contains(&lower.as_str()) {
            return Ok(Party::AllUnions);
        }
        for (canonical, spellings) in KNOWN_UNIONS {
            if spellings.contains(&lower.as_str()) {
                return Ok(Party::Union(Cow::Borrowed(canonical)));
            }
        }
        Ok(Party::Union(Cow::Owned(trimmed.to_string())))
    }

    /// The canonical Swedish name.
    pub fn name(&self) -> &str {
        match self {
            Party::Employer => "Arbetsgivaren",
            Party::AllUnions => "Fackliga organisationerna",
            Party::Union(name) => name,
        }
    }

    pub fn is_union(&self) -> bool {
        !matches!(self, Party::Employer)
    }

    /// Whether an obligation or question of `self` concerns `asked`: a party is itself, and
    /// "Fackliga organisationerna" stands for every union of the forum (`forum_unions`).
    pub fn includes(&self, asked: &Party, forum_unions: &[Party]) -> bool {
        match (self, asked) {
            (a, b) if a == b => true,
            (Party::AllUnions, Party::Union(_)) => {
                forum_unions.is_empty() || forum_unions.contains(asked)
            }
            _ => false,
        }
    }

    /// The canonical names of the unions the product knows.
    pub fn known_unions() -> impl Iterator<Item = Party> {
        KNOWN_UNIONS
            .iter()
            .map(|(name, _)| Party::Union(Cow::Borrowed(name)))
    }
}

impl std::fmt::Display for Party {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.name())
    }
}

impl std::str::FromStr for Party {
    type Err = EmptyPartyName;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Party::parse(s)
    }
}

impl Serialize for Party {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.name())
    }
}

impl<'de> Deserialize<'de> for Party {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let name = String::deserialize(deserializer)?;
        Party::parse(&name).map_err(serde::de::Error::custom)
    }
}

impl Party {
    /// Of `known` and the unions this crate knows, the one whose name is closest in spelling to
    /// this party's, if it is close enough to be a slip of the keyboard ("Visoin" → Vision).
    pub fn closest_in_spelling(&self, known: &[Party]) -> Option<Party> {
        let name = self.name().to_lowercase();
        let canonical = KNOWN_UNIONS
            .iter()
            .map(|(canonical, _)| Party::Union(Cow::Borrowed(*canonical)));
        known
            .iter()
            .cloned()
            .chain(canonical)
            .chain([Party::Employer, Party::AllUnions])
            .map(|party| {
                let score = strsim::jaro_winkler(&name, &party.name().to_lowercase());
                (score, party)
            })
            .filter(|(score, _)| *score >= 0.85)
            .max_by(|a, b| a.0.total_cmp(&b.0))
            .map(|(_, party)| party)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn canonical_names_read_as_their_spelling_does() {
        let canonical = Party::known_unions().chain([Party::Employer, Party::AllUnions]);
        for party in canonical {
            let name = party.name();
            assert_eq!(Party::parse(name), Party::parse_spelling(name), "{name}");
            assert_eq!(Party::parse(name), Ok(party.clone()));
        }
    }
}
