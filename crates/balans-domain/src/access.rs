//! Who may record what: principals, their roles per party and forum, and the rule that checks a command against them.
//!
//! Reading is not decided here (protocols are public documents); every command is. The rule is
//! pure: it sees the principal, the command and the states the command touches, as loaded for
//! `decide`, so every door (GraphQL, the CLI, an import) is checked the same way.

use serde::{Deserialize, Serialize};

use crate::command::Command;
use crate::decide::State;
use crate::ids::ForumId;
use crate::party::Party;

/// What a grant lets its holder do.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    /// Läsare: reads only (what anyone may do while reading is public).
    Reader,
    /// Part: raises questions, follows up, answers, and records statements and commitments on
    /// behalf of its own party, in the forums the party sits in.
    Party,
    /// Sekreterare: records anything in its forum, imports protocols, approves and publishes minutes.
    Secretary,
    /// Administratör: forums, people and tokens, and everything else.
    Admin,
}

impl Role {
    pub fn name(self) -> &'static str {
        match self {
            Role::Reader => "reader",
            Role::Party => "party",
            Role::Secretary => "secretary",
            Role::Admin => "admin",
        }
    }

    /// The role from its name in English or Swedish (`party`, `part`, `sekreterare` …).
    pub fn parse(name: &str) -> Option<Role> {
        match name.trim().to_lowercase().as_str() {
            "reader" | "läsare" | "lasare" => Some(Role::Reader),
            "party" | "part" | "facklig" | "arbetsgivare" => Some(Role::Party),
            "secretary" | "sekreterare" => Some(Role::Secretary),
            "admin" | "administrator" | "administratör" => Some(Role::Admin),
            _ => None,
        }
    }
}

/// One right a principal holds: a role, for a party (role `Party`), in one forum or all.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Grant {
    pub role: Role,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub party: Option<Party>,
    /// `None`: every forum (for a party: every forum it sits in).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub forum: Option<ForumId>,
}

impl Grant {
    pub fn admin() -> Self {
        Grant {
            role: Role::Admin,
            party: None,
            forum: None,
        }
    }

    pub fn secretary(forum: Option<ForumId>) -> Self {
        Grant {
            role: Role::Secretary,
            party: None,
            forum,
        }
    }

    pub fn party(party: Party, forum: Option<ForumId>) -> Self {
        Grant {
            role: Role::Party,
            party: Some(party),
            forum,
        }
    }

    fn covers_forum(&self, forum: Option<ForumId>) -> bool {
        match (self.forum, forum) {
            (None, _) => true,
            (Some(granted), Some(forum)) => granted == forum,
            // A limited grant on something whose forum is not known (a case that does not
            // exist): `decide` refuses it as unknown, which tells nothing a reader cannot see.
            (Some(_), None) => true,
        }
    }
}

/// Who sends a command: a person signed in, an API token, or the operator at the machine.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Principal {
    /// Stable and unique, written as `recorded_by` of each event: `person:anna`,
    /// `token:01J…`, `oidc:<issuer>#<subject>`, `local:<system user>`.
    pub id: String,
    /// The name people read (a person's name, a token's name).
    pub name: String,
    pub grants: Vec<Grant>,
}

impl Principal {
    /// Nobody signed in: may read, not write.
    pub fn anonymous() -> Self {
        Principal {
            id: "anonymous".into(),
            name: "anonym".into(),
            grants: Vec::new(),
        }
    }

    /// The operator at the machine that holds the data directory (the command line, the demo
    /// loader): whoever can open the files can change them anyway.
    pub fn local(who: &str) -> Self {
        Principal {
            id: format!("local:{who}"),
            name: who.to_string(),
            grants: vec![Grant::admin()],
        }
    }

    pub fn is_anonymous(&self) -> bool {
        self.grants.is_empty() && self.id == "anonymous"
    }

    /// Whether any grant lets this principal write something.
    pub fn can_write(&self) -> bool {
        self.grants.iter().any(|g| g.role != Role::Reader)
    }

    pub fn is_admin(&self) -> bool {
        self.grants.iter().any(|g| g.role == Role::Admin)
    }
}

/// Why a principal may not send a command. Nothing is recorded.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum Refusal {
    #[error("sign in to record anything")]
    Unauthenticated,
    #[error("{principal} may not {command}: {why}")]
    Forbidden {
        principal: String,
        command: &'static str,
        why: String,
        why_sv: String,
    },
}

impl Refusal {
    pub fn code(&self) -> &'static str {
        match self {
            Refusal::Unauthenticated => "UNAUTHENTICATED",
            Refusal::Forbidden { .. } => "FORBIDDEN",
        }
    }

    pub fn swedish(&self) -> String {
        match self {
            Refusal::Unauthenticated => "Logga in för att registrera något.".to_string(),
            Refusal::Forbidden {
                principal, why_sv, ..
            } => format!("{principal} får inte göra detta: {why_sv}."),
        }
    }
}

/// What a party acts for in a command, where a party may send it at all.
fn acting_party<'a>(command: &'a Command, state: &'a State) -> Option<&'a Party> {
    match command {
        Command::RaiseQuestion { raised_by, .. } => Some(raised_by),
        Command::AnswerQuestion { by, .. } | Command::AskFollowUp { by, .. } => Some(by),
        Command::MakeCommitment { spec, .. } => Some(&spec.by),
        Command::RecordStatement { party, .. } => Some(party),
        // A party reports on or renews its own promise.
        Command::FulfilCommitment { commitment, .. }
        | Command::RenewCommitment { commitment, .. } => state
            .case
            .as_ref()
            .and_then(|case| case.commitments.iter().find(|c| c.number == *commitment))
            .map(|c| &c.by),
        _ => None,
    }
}

/// The forum a command writes in, as far as the loaded states tell.
fn forum_of(command: &Command, state: &State) -> Option<ForumId> {
    let touches = command.touches();
    touches
        .forum
        .or_else(|| state.case.as_ref().map(|c| c.forum))
        .or_else(|| state.meeting.as_ref().map(|m| m.forum))
}

/// Whether `principal` may send `command`, given the states `decide` will see.
pub fn authorize(principal: &Principal, command: &Command, state: &State) -> Result<(), Refusal> {
    if principal.grants.is_empty() {
        return Err(Refusal::Unauthenticated);
    }
    let forum = forum_of(command, state);
    let creates_forum = matches!(command, Command::CreateForum { .. });
    let allowed = principal.grants.iter().any(|grant| match grant.role {
        Role::Admin => true,
        Role::Reader => false,
        // A new forum is the admin's, or an unlimited secretary's (an import of a new body).
        Role::Secretary => {
            if creates_forum {
                grant.forum.is_none()
            } else {
                grant.covers_forum(forum)
            }
        }
        Role::Party => {
            let (Some(own), Some(acting)) = (&grant.party, acting_party(command, state)) else {
                return false;
            };
            own == acting && grant.covers_forum(forum) && sits_in(own, state)
        }
    });
    if allowed {
        return Ok(());
    }
    let (why, why_sv) = explain(principal, command, state);
    Err(Refusal::Forbidden {
        principal: principal.name.clone(),
        command: command.name(),
        why,
        why_sv,
    })
}

/// Whether a party sits in the forum the command writes in: the employer sits in every forum, a
/// union in those that list it (or list none). Without the forum's state a union is refused: the
/// caller loads the forum of the case or meeting for a party's command.
fn sits_in(party: &Party, state: &State) -> bool {
    match (party, &state.forum) {
        (Party::Employer, _) => true,
        (_, None) => false,
        (party, Some(forum)) => forum.unions.is_empty() || forum.unions.contains(party),
    }
}

fn explain(principal: &Principal, command: &Command, state: &State) -> (String, String) {
    let parties: Vec<&str> = principal
        .grants
        .iter()
        .filter_map(|g| g.party.as_ref().map(Party::name))
        .collect();
    match acting_party(command, state) {
        Some(acting) if !parties.is_empty() && !parties.contains(&acting.name()) => (
            format!(
                "it acts for {} and the principal speaks for {}",
                acting.name(),
                parties.join(", ")
            ),
            format!(
                "det gäller {} och du företräder {}",
                acting.name(),
                parties.join(", ")
            ),
        ),
        _ if !parties.is_empty()
            || principal
                .grants
                .iter()
                .any(|g| g.role == Role::Secretary && g.forum.is_some()) =>
        {
            if acting_party(command, state).is_none() && !parties.is_empty() {
                (
                    "it needs the secretary's or the admin's role".into(),
                    "det kräver rollen sekreterare eller administratör".into(),
                )
            } else {
                (
                    "the grant does not cover this forum".into(),
                    "din behörighet gäller inte detta forum".into(),
                )
            }
        }
        _ => (
            "it needs the secretary's or the admin's role".into(),
            "det kräver rollen sekreterare eller administratör".into(),
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ids::CaseId;
    use crate::state::ForumState;

    fn forum(unions: &[&str]) -> ForumState {
        ForumState {
            id: ForumId(ulid::Ulid::generate()),
            organization: "Kommunen".into(),
            name: "FG".into(),
            code: "FG".into(),
            unions: unions.iter().map(|u| Party::parse(u).unwrap()).collect(),
            last_case_number: Default::default(),
        }
    }

    fn raise(forum: ForumId, by: &str) -> Command {
        Command::RaiseQuestion {
            case: CaseId(ulid::Ulid::generate()),
            forum,
            meeting: None,
            section: None,
            title: "Bemanning".into(),
            text: String::new(),
            raised_by: Party::parse(by).unwrap(),
            asked_by: None,
            addressed_to: Party::Employer,
            pre_registered: false,
            carried_over: false,
        }
    }

    fn person(grants: Vec<Grant>) -> Principal {
        Principal {
            id: "person:test".into(),
            name: "Test".into(),
            grants,
        }
    }

    #[test]
    fn a_party_raises_for_itself_in_a_forum_it_sits_in_and_not_for_another() {
        let forum = forum(&["Kommunal", "Vision"]);
        let state = State {
            forum: Some(forum.clone()),
            ..State::default()
        };
        let kommunal = person(vec![Grant::party(Party::parse("Kommunal").unwrap(), None)]);
        assert_eq!(
            authorize(&kommunal, &raise(forum.id, "Kommunal"), &state),
            Ok(())
        );
        let refused = authorize(&kommunal, &raise(forum.id, "Vision"), &state).unwrap_err();
        assert_eq!(refused.code(), "FORBIDDEN");
        assert!(
            refused.swedish().contains("Vision"),
            "{}",
            refused.swedish()
        );
    }

    #[test]
    fn a_union_the_forum_does_not_list_may_not_write_there() {
        let forum = forum(&["Vision"]);
        let state = State {
            forum: Some(forum.clone()),
            ..State::default()
        };
        let kommunal = person(vec![Grant::party(Party::parse("Kommunal").unwrap(), None)]);
        assert!(authorize(&kommunal, &raise(forum.id, "Kommunal"), &state).is_err());
    }

    #[test]
    fn a_secretary_of_one_forum_writes_there_and_not_in_another() {
        let here = forum(&[]);
        let there = forum(&[]);
        let secretary = person(vec![Grant::secretary(Some(here.id))]);
        let in_here = State {
            forum: Some(here.clone()),
            ..State::default()
        };
        let in_there = State {
            forum: Some(there.clone()),
            ..State::default()
        };
        assert!(authorize(&secretary, &raise(here.id, "Kommunal"), &in_here).is_ok());
        assert!(authorize(&secretary, &raise(there.id, "Kommunal"), &in_there).is_err());
        let create = Command::CreateForum {
            forum: ForumId(ulid::Ulid::generate()),
            organization: "K".into(),
            name: "Ny".into(),
            code: "NY".into(),
            unions: vec![],
        };
        assert!(authorize(&secretary, &create, &State::default()).is_err());
        let unlimited = person(vec![Grant::secretary(None)]);
        assert!(authorize(&unlimited, &create, &State::default()).is_ok());
    }

    #[test]
    fn nobody_signed_in_and_readers_write_nothing() {
        let forum = forum(&[]);
        let state = State {
            forum: Some(forum.clone()),
            ..State::default()
        };
        assert_eq!(
            authorize(
                &Principal::anonymous(),
                &raise(forum.id, "Kommunal"),
                &state
            ),
            Err(Refusal::Unauthenticated)
        );
        let reader = person(vec![Grant {
            role: Role::Reader,
            party: None,
            forum: None,
        }]);
        assert_eq!(
            authorize(&reader, &raise(forum.id, "Kommunal"), &state)
                .unwrap_err()
                .code(),
            "FORBIDDEN"
        );
        assert!(authorize(&Principal::local("root"), &raise(forum.id, "X"), &state).is_ok());
    }
}
