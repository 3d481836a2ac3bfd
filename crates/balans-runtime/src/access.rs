//! Who may sign in, and with which grants: people with local passwords, API tokens, and the access log that keeps them.
//!
//! The access log is an event store of its own (`<data>/access` for sled), not the case log:
//! nothing that reads the case log (read models, `events`, time travel) sees password or token
//! hashes, and who granted what to whom stays on record as events. Only hashes are stored: an
//! argon2id PHC string per password, the SHA-256 of each token.

use std::collections::BTreeMap;
use std::sync::{PoisonError, RwLock};

use argon2::Argon2;
use argon2::password_hash::{PasswordHasher as _, PasswordVerifier as _};
use balans_domain::{Grant, Principal, Role};
use balans_store::{
    AppendRequest, EventStore, ExpectedVersion, NewEvent, StoreError, StreamId, hex,
};
use jiff::Timestamp;
use serde::{Deserialize, Serialize};
use ulid::Ulid;

use crate::SharedStore;

/// The directory under the data directory that holds the access log.
pub const ACCESS_DIR: &str = "access";

/// The one stream of the access log.
const STREAM: &str = "access";

/// What API tokens start with, so that a leaked one is recognized (by people and scanners).
pub const TOKEN_PREFIX: &str = "balans_";

/// The shortest password a person may choose.
pub const MIN_PASSWORD_CHARS: usize = 10;

/// A change to who may sign in. Stored as JSON with its `type`; the shapes are versioned like
/// case events (schema version 1).
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(tag = "type")]
enum AccessEvent {
    PersonAdded {
        username: String,
        name: String,
        grants: Vec<Grant>,
    },
    PasswordSet {
        username: String,
        /// An argon2id PHC string.
        hash: String,
    },
    GrantsChanged {
        username: String,
        grants: Vec<Grant>,
    },
    PersonRemoved {
        username: String,
    },
    TokenCreated {
        id: Ulid,
        name: String,
        /// The SHA-256 of the token, in hex.
        hash: String,
        grants: Vec<Grant>,
        expires: Option<Timestamp>,
    },
    TokenRevoked {
        id: Ulid,
    },
}

impl AccessEvent {
    fn type_name(&self) -> &'static str {
        match self {
            AccessEvent::PersonAdded { .. } => "PersonAdded",
            AccessEvent::PasswordSet { .. } => "PasswordSet",
            AccessEvent::GrantsChanged { .. } => "GrantsChanged",
            AccessEvent::PersonRemoved { .. } => "PersonRemoved",
            AccessEvent::TokenCreated { .. } => "TokenCreated",
            AccessEvent::TokenRevoked { .. } => "TokenRevoked",
        }
    }
}

/// A person who may sign in.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Person {
    pub username: String,
    pub name: String,
    pub grants: Vec<Grant>,
    #[serde(skip)]
    password_hash: Option<String>,
}

impl Person {
    /// Whether the person may sign in with a local password (else only through the OpenID provider).
    pub fn has_password(&self) -> bool {
        self.password_hash.is_some()
    }

    pub fn is_admin(&self) -> bool {
        self.grants.iter().any(|grant| grant.role == Role::Admin)
    }

    pub fn principal(&self) -> Principal {
        Principal {
            id: format!("person:{}", self.username),
            name: self.name.clone(),
            grants: self.grants.clone(),
        }
    }
}

/// An API token as listed: never its secret, which only its creator saw once.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct TokenInfo {
    pub id: Ulid,
    pub name: String,
    pub grants: Vec<Grant>,
    pub expires: Option<Timestamp>,
    pub revoked: bool,
    pub created_at: Timestamp,
    pub created_by: String,
    #[serde(skip)]
    hash: String,
}

impl TokenInfo {
    /// Whether the token may be used at `now`: not revoked, not expired.
    pub fn holds_at(&self, now: Timestamp) -> bool {
        !self.revoked && self.expires.is_none_or(|expires| expires > now)
    }

    pub fn principal(&self) -> Principal {
        Principal {
            id: format!("token:{}", self.id),
            name: self.name.clone(),
            grants: self.grants.clone(),
        }
    }
}

/// Why an access change or a sign-in was refused. Nothing was stored.
#[derive(Debug, thiserror::Error)]
pub enum AccessError {
    #[error("wrong user name or password")]
    BadCredentials,
    #[error("the token is unknown, revoked or expired")]
    BadToken,
    #[error("sign in as an admin to see or change people and tokens")]
    NotSignedIn,
    #[error("{0} may not see or change people or tokens: that needs the admin role")]
    NotAdmin(String),
    #[error(
        "{0} is the last admin: make someone else an admin first, so that somebody can still manage people and tokens"
    )]
    LastAdmin(String),
    #[error("an admin cannot {0} their own account: ask another admin")]
    OwnAccount(&'static str),
    #[error("{0}")]
    Unknown(String, String),
    #[error("there is already a person called {0}")]
    PersonExists(String),
    #[error("there is no person called {0}")]
    NoSuchPerson(String),
    #[error("there is no token {0}")]
    NoSuchToken(String),
    #[error("{0}")]
    BadInput(String, String),
    #[error("the access log could not be written or read: {0}")]
    Store(#[from] StoreError),
    #[error("the access log holds an event that cannot be read at position {position}: {reason}")]
    Unreadable { position: u64, reason: String },
}

impl AccessError {
    pub fn swedish(&self) -> String {
        match self {
            AccessError::BadCredentials => "Fel användarnamn eller lösenord.".into(),
            AccessError::BadToken => {
                "Token är okänd, återkallad eller har gått ut: skapa en ny med balans token create."
                    .into()
            }
            AccessError::NotSignedIn => {
                "Logga in som administratör för att se eller ändra personer och API-nycklar.".into()
            }
            AccessError::NotAdmin(who) => format!(
                "{who} får inte se eller ändra personer eller API-nycklar: det kräver rollen administratör."
            ),
            AccessError::LastAdmin(name) => format!(
                "{name} är den sista administratören: gör någon annan till administratör först, så att någon fortfarande kan hantera personer och API-nycklar."
            ),
            AccessError::OwnAccount(what) => format!(
                "En administratör kan inte {} sitt eget konto: be en annan administratör.",
                match *what {
                    "remove" => "ta bort",
                    _ => "ta bort administratörsrollen från",
                }
            ),
            AccessError::Unknown(_, swedish) => swedish.clone(),
            AccessError::PersonExists(name) => {
                format!("Det finns redan en person som heter {name}.")
            }
            AccessError::NoSuchPerson(name) => format!("Det finns ingen person som heter {name}."),
            AccessError::NoSuchToken(id) => format!("Det finns ingen token {id}."),
            AccessError::BadInput(_, swedish) => swedish.clone(),
            AccessError::Store(error) => error.swedish(),
            AccessError::Unreadable { position, .. } => {
                format!("behörighetsloggen har en oläslig händelse på position {position}")
            }
        }
    }
}

/// People and tokens as the access log tells them, with the log's version.
#[derive(Debug, Default)]
struct Directory {
    version: u64,
    people: BTreeMap<String, Person>,
    tokens: BTreeMap<Ulid, TokenInfo>,
}

impl Directory {
    fn apply(&mut self, event: AccessEvent, at: Timestamp, by: &str) {
        match event {
            AccessEvent::PersonAdded {
                username,
                name,
                grants,
            } => {
                self.people.insert(
                    username.clone(),
                    Person {
                        username,
                        name,
                        grants,
                        password_hash: None,
                    },
                );
            }
            AccessEvent::PasswordSet { username, hash } => {
                if let Some(person) = self.people.get_mut(&username) {
                    person.password_hash = Some(hash);
                }
            }
            AccessEvent::GrantsChanged { username, grants } => {
                if let Some(person) = self.people.get_mut(&username) {
                    person.grants = grants;
                }
            }
            AccessEvent::PersonRemoved { username } => {
                self.people.remove(&username);
            }
            AccessEvent::TokenCreated {
                id,
                name,
                hash,
                grants,
                expires,
            } => {
                self.tokens.insert(
                    id,
                    TokenInfo {
                        id,
                        name,
                        grants,
                        expires,
                        revoked: false,
                        created_at: at,
                        created_by: by.to_string(),
                        hash,
                    },
                );
            }
            AccessEvent::TokenRevoked { id } => {
                if let Some(token) = self.tokens.get_mut(&id) {
                    token.revoked = true;
                }
            }
        }
    }
}

/// The people and tokens of one database, folded from its access log and kept in step with it.
pub struct Access {
    store: SharedStore,
    directory: RwLock<Directory>,
    /// A hash to check a password against when the user name is unknown, so that a wrong name
    /// takes as long as a wrong password and names cannot be probed by timing. Made at the
    /// first sign-in, not at open: hashing takes a moment, and most opens sign nobody in.
    decoy: std::sync::OnceLock<String>,
}

impl Access {
    /// Folds the access log of `store`.
    pub fn open(store: SharedStore) -> Result<Self, AccessError> {
        let access = Access {
            store,
            directory: RwLock::new(Directory::default()),
            decoy: std::sync::OnceLock::new(),
        };
        access.catch_up()?;
        Ok(access)
    }

    /// Folds what other processes appended to the access log since it was last read (another
    /// node on the same database added a person or revoked a token). Returns how many events
    /// it folded.
    pub fn catch_up(&self) -> Result<u64, AccessError> {
        let mut directory = self
            .directory
            .write()
            .unwrap_or_else(PoisonError::into_inner);
        let newer = self
            .store
            .read_stream(&StreamId(STREAM.into()), directory.version + 1)?;
        for recorded in &newer {
            let event: AccessEvent =
                serde_json::from_str(recorded.payload.get()).map_err(|error| {
                    AccessError::Unreadable {
                        position: recorded.position,
                        reason: error.to_string(),
                    }
                })?;
            directory.apply(event, recorded.recorded_at, &recorded.recorded_by);
            directory.version = recorded.stream_version;
        }
        Ok(newer.len() as u64)
    }

    /// The store the access log lives in.
    pub fn store(&self) -> &SharedStore {
        &self.store
    }

    /// Whether nobody may sign in yet (a new database).
    pub fn has_no_people(&self) -> bool {
        self.read().people.is_empty()
    }

    pub fn people(&self) -> Vec<Person> {
        self.read().people.values().cloned().collect()
    }

    /// Every person, for an admin to manage: `by` must be an admin.
    pub fn people_for(&self, by: &Principal) -> Result<Vec<Person>, AccessError> {
        require_admin(by)?;
        Ok(self.people())
    }

    /// Every token (never a secret), for an admin to manage: `by` must be an admin.
    pub fn tokens_for(&self, by: &Principal) -> Result<Vec<TokenInfo>, AccessError> {
        require_admin(by)?;
        Ok(self.tokens())
    }

    pub fn person(&self, username: &str) -> Option<Person> {
        self.read().people.get(&normalize(username)).cloned()
    }

    pub fn tokens(&self) -> Vec<TokenInfo> {
        self.read().tokens.values().cloned().collect()
    }

    /// The name people read for a principal id as events record it (`person:anna` → "Anna
    /// Andersson"); the id's own part for the operator at the machine.
    pub fn name_of(&self, principal_id: &str) -> Option<String> {
        let (kind, rest) = principal_id.split_once(':')?;
        let directory = self.read();
        match kind {
            "person" => directory.people.get(rest).map(|p| p.name.clone()),
            "token" => rest
                .parse::<Ulid>()
                .ok()
                .and_then(|id| directory.tokens.get(&id))
                .map(|t| t.name.clone()),
            "local" => Some(rest.to_string()),
            _ => None,
        }
    }

    /// Adds a person; `by` must be an admin. Without a password the person signs in only
    /// through the OpenID provider, as the user name its ID token gives.
    pub fn add_person(
        &self,
        by: &Principal,
        username: &str,
        name: &str,
        grants: Vec<Grant>,
        password: Option<&str>,
    ) -> Result<Person, AccessError> {
        let password = password.map(checked_password).transpose()?;
        self.add_person_with(by, username, name, grants, password)
    }

    /// [`Access::add_person`] without the password rule: the demo's accounts, whose password
    /// the demo prints.
    pub(crate) fn add_person_with(
        &self,
        by: &Principal,
        username: &str,
        name: &str,
        grants: Vec<Grant>,
        password: Option<&str>,
    ) -> Result<Person, AccessError> {
        require_admin(by)?;
        let username = checked_username(username)?;
        let name = if name.trim().is_empty() {
            username.clone()
        } else {
            name.trim().to_string()
        };
        if self.read().people.contains_key(&username) {
            return Err(AccessError::PersonExists(username));
        }
        let mut events = vec![AccessEvent::PersonAdded {
            username: username.clone(),
            name,
            grants,
        }];
        if let Some(password) = password {
            events.push(AccessEvent::PasswordSet {
                username: username.clone(),
                hash: hash_password(password)?,
            });
        }
        self.append(by, events)?;
        self.person(&username)
            .ok_or(AccessError::NoSuchPerson(username))
    }

    /// Sets a new password (an admin's reset); `by` must be an admin.
    pub fn set_password(
        &self,
        by: &Principal,
        username: &str,
        password: &str,
    ) -> Result<(), AccessError> {
        require_admin(by)?;
        let username = normalize(username);
        if !self.read().people.contains_key(&username) {
            return Err(AccessError::NoSuchPerson(username));
        }
        let hash = hash_password(checked_password(password)?)?;
        self.append(by, vec![AccessEvent::PasswordSet { username, hash }])
    }

    /// Replaces a person's grants; `by` must be an admin. An admin keeps their own admin role,
    /// and the last admin keeps theirs, so that somebody can always manage people and tokens.
    pub fn set_grants(
        &self,
        by: &Principal,
        username: &str,
        grants: Vec<Grant>,
    ) -> Result<(), AccessError> {
        require_admin(by)?;
        let username = normalize(username);
        let person = self
            .person(&username)
            .ok_or_else(|| AccessError::NoSuchPerson(username.clone()))?;
        let stays_admin = grants.iter().any(|grant| grant.role == Role::Admin);
        if person.is_admin() && !stays_admin {
            if is_self(by, &username) {
                return Err(AccessError::OwnAccount("demote"));
            }
            self.refuse_last_admin(&person)?;
        }
        self.append(by, vec![AccessEvent::GrantsChanged { username, grants }])
    }

    /// Refuses to take the admin role from `person` when nobody else holds it.
    fn refuse_last_admin(&self, person: &Person) -> Result<(), AccessError> {
        let other_admins = self
            .read()
            .people
            .values()
            .filter(|other| other.username != person.username && other.is_admin())
            .count();
        if person.is_admin() && other_admins == 0 {
            Err(AccessError::LastAdmin(person.name.clone()))
        } else {
            Ok(())
        }
    }

    /// Removes a person: they can no longer sign in, and a session of theirs ends at its next request.
    /// Nobody removes their own account, nor the last admin.
    pub fn remove_person(&self, by: &Principal, username: &str) -> Result<(), AccessError> {
        require_admin(by)?;
        let username = normalize(username);
        let person = self
            .person(&username)
            .ok_or_else(|| AccessError::NoSuchPerson(username.clone()))?;
        if is_self(by, &username) {
            return Err(AccessError::OwnAccount("remove"));
        }
        self.refuse_last_admin(&person)?;
        self.append(by, vec![AccessEvent::PersonRemoved { username }])
    }

    /// The person whose password this is.
    pub fn sign_in(&self, username: &str, password: &str) -> Result<Person, AccessError> {
        let person = self.person(username);
        let hash = person
            .as_ref()
            .and_then(|p| p.password_hash.clone())
            .unwrap_or_else(|| {
                self.decoy
                    .get_or_init(|| hash_password("ingen-sådan-person-finns").unwrap_or_default())
                    .clone()
            });
        let matches = Argon2::default()
            .verify_password(password.as_bytes(), hash.as_str())
            .is_ok();
        match person {
            Some(person) if matches && person.password_hash.is_some() => Ok(person),
            _ => Err(AccessError::BadCredentials),
        }
    }

    /// Creates an API token; returns it with its secret, which is shown this once and stored
    /// only as a hash. `by` must be an admin.
    pub fn create_token(
        &self,
        by: &Principal,
        name: &str,
        grants: Vec<Grant>,
        expires: Option<Timestamp>,
    ) -> Result<(TokenInfo, String), AccessError> {
        require_admin(by)?;
        let name = name.trim();
        if name.is_empty() || name.chars().count() > 100 {
            return Err(AccessError::BadInput(
                "a token needs a name of 1 to 100 characters".into(),
                "en token behöver ett namn på 1–100 tecken".into(),
            ));
        }
        let id = Ulid::generate();
        let mut secret = [0u8; 32];
        getrandom::fill(&mut secret).map_err(|error| {
            AccessError::BadInput(
                format!("no random bytes for the token: {error}"),
                format!("inga slumptal till token: {error}"),
            )
        })?;
        let secret = format!("{TOKEN_PREFIX}{}", hex(&secret));
        self.append(
            by,
            vec![AccessEvent::TokenCreated {
                id,
                name: name.to_string(),
                hash: sha256_hex(&secret),
                grants,
                expires,
            }],
        )?;
        let info = self
            .read()
            .tokens
            .get(&id)
            .cloned()
            .ok_or_else(|| AccessError::NoSuchToken(id.to_string()))?;
        Ok((info, secret))
    }

    /// Revokes a token (by its id or name) at once and returns it; `by` must be an admin.
    pub fn revoke_token(&self, by: &Principal, id: &str) -> Result<TokenInfo, AccessError> {
        require_admin(by)?;
        let found = {
            let directory = self.read();
            directory
                .tokens
                .values()
                .find(|t| t.id.to_string().eq_ignore_ascii_case(id.trim()) || t.name == id.trim())
                .map(|t| t.id)
        };
        let id = found.ok_or_else(|| AccessError::NoSuchToken(id.to_string()))?;
        self.append(by, vec![AccessEvent::TokenRevoked { id }])?;
        self.read()
            .tokens
            .get(&id)
            .cloned()
            .ok_or_else(|| AccessError::NoSuchToken(id.to_string()))
    }

    /// The principal a bearer token stands for, if it is known, not revoked and not expired.
    pub fn token_principal(&self, secret: &str, now: Timestamp) -> Result<Principal, AccessError> {
        let hash = sha256_hex(secret.trim());
        let directory = self.read();
        directory
            .tokens
            .values()
            .find(|t| t.hash == hash)
            .filter(|t| t.holds_at(now))
            .map(TokenInfo::principal)
            .ok_or(AccessError::BadToken)
    }

    /// `principal` as the directory knows it now: a person with today's grants, a token if it
    /// is neither revoked nor expired; `None` if the person was removed or the token no longer
    /// holds. Others (anonymous, the machine's operator, a provider's visitor) are as they came.
    /// For a connection that outlives a request: a WebSocket opened before a revocation.
    pub fn as_of_now(&self, principal: &Principal, now: Timestamp) -> Option<Principal> {
        let Some((kind, rest)) = principal.id.split_once(':') else {
            return Some(principal.clone());
        };
        let directory = self.read();
        match kind {
            "person" => directory.people.get(rest).map(Person::principal),
            "token" => rest
                .parse::<Ulid>()
                .ok()
                .and_then(|id| directory.tokens.get(&id))
                .filter(|t| t.holds_at(now))
                .map(TokenInfo::principal),
            _ => Some(principal.clone()),
        }
    }

    /// Appends events to the access log, expecting it at the version folded here, and folds them.
    fn append(&self, by: &Principal, events: Vec<AccessEvent>) -> Result<(), AccessError> {
        let mut directory = self
            .directory
            .write()
            .unwrap_or_else(PoisonError::into_inner);
        let now = Timestamp::now();
        let causation = Ulid::generate();
        let new_events = events
            .iter()
            .map(|event| NewEvent {
                id: Ulid::generate(),
                stream: StreamId(STREAM.into()),
                event_type: event.type_name().to_string(),
                schema_version: 1,
                occurred_at: now,
                recorded_by: by.id.clone(),
                meeting: None,
                causation,
                payload: serde_json::to_value(event)
                    .unwrap_or(serde_json::Value::Null)
                    .into(),
            })
            .collect();
        let outcome = self.store.append(AppendRequest {
            command_id: causation,
            fingerprint: None,
            recorded_at: now,
            expectations: vec![(
                StreamId(STREAM.into()),
                ExpectedVersion::Exact(directory.version),
            )],
            events: new_events,
        })?;
        for event in events {
            directory.apply(event, now, &by.id);
        }
        if let Some((_, version)) = outcome.stream_versions.first() {
            directory.version = *version;
        }
        Ok(())
    }

    fn read(&self) -> std::sync::RwLockReadGuard<'_, Directory> {
        self.directory
            .read()
            .unwrap_or_else(PoisonError::into_inner)
    }
}

impl Access {
    /// Refuses anyone but an admin: for a door that checks before it reads its arguments (the
    /// changes above check again).
    pub fn require_admin(&self, by: &Principal) -> Result<(), AccessError> {
        require_admin(by)
    }
}

fn require_admin(by: &Principal) -> Result<(), AccessError> {
    if by.is_admin() {
        Ok(())
    } else if by.is_anonymous() {
        Err(AccessError::NotSignedIn)
    } else {
        Err(AccessError::NotAdmin(by.name.clone()))
    }
}

/// Whether `by` is the person `username` (already normalized).
fn is_self(by: &Principal, username: &str) -> bool {
    by.id.strip_prefix("person:") == Some(username)
}

fn normalize(username: &str) -> String {
    username.trim().to_lowercase()
}

fn checked_username(username: &str) -> Result<String, AccessError> {
    let username = normalize(username);
    let fine = !username.is_empty()
        && username.chars().count() <= 64
        && username
            .chars()
            .all(|c| c.is_alphanumeric() || matches!(c, '.' | '-' | '_' | '@'));
    if fine {
        Ok(username)
    } else {
        Err(AccessError::BadInput(
            format!(
                "the user name {username:?} must be 1 to 64 letters, digits or . - _ @, without spaces"
            ),
            format!(
                "användarnamnet {username:?} ska vara 1–64 bokstäver, siffror eller . - _ @, utan mellanslag"
            ),
        ))
    }
}

fn checked_password(password: &str) -> Result<&str, AccessError> {
    if password.chars().count() >= MIN_PASSWORD_CHARS {
        Ok(password)
    } else {
        Err(AccessError::BadInput(
            format!("a password needs at least {MIN_PASSWORD_CHARS} characters"),
            format!("ett lösenord behöver minst {MIN_PASSWORD_CHARS} tecken"),
        ))
    }
}

fn hash_password(password: &str) -> Result<String, AccessError> {
    Argon2::default()
        .hash_password(password.as_bytes())
        .map(|hash| hash.to_string())
        .map_err(|error| {
            AccessError::BadInput(
                format!("the password could not be hashed: {error}"),
                format!("lösenordet gick inte att hasha: {error}"),
            )
        })
}

fn sha256_hex(text: &str) -> String {
    use sha2::Digest as _;
    hex(&sha2::Sha256::digest(text.as_bytes()))
}

/// A random password for a first admin: 20 characters a person can type.
pub fn random_password() -> String {
    const ALPHABET: &[u8] = b"abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    let mut bytes = [0u8; 20];
    // Without random bytes there is no safe password; a panic at first start says so plainly.
    getrandom::fill(&mut bytes).expect("the operating system gives random bytes");
    bytes
        .iter()
        .map(|b| ALPHABET[*b as usize % ALPHABET.len()] as char)
        .collect()
}

/// Grants from their written form, as the command line takes them: a role, and for `party` a
/// party, optionally limited to one forum (the forum already resolved to its id by the caller).
pub fn grant(
    role: &str,
    party: Option<&str>,
    forum: Option<balans_domain::ForumId>,
) -> Result<Grant, AccessError> {
    let role = Role::parse(role).ok_or_else(|| {
        AccessError::BadInput(
            format!("unknown role {role:?}: reader, party, secretary or admin"),
            format!("okänd roll {role:?}: reader (läsare), party (part), secretary (sekreterare) eller admin"),
        )
    })?;
    let party = match (role, party) {
        (Role::Party, None) => {
            return Err(AccessError::BadInput(
                "the role party needs --party (such as Kommunal or Arbetsgivaren)".into(),
                "rollen party behöver --party (till exempel Kommunal eller Arbetsgivaren)".into(),
            ));
        }
        (_, Some(name)) => Some(balans_domain::Party::parse(name).map_err(|_| {
            AccessError::BadInput(
                "the party needs a name".into(),
                "parten behöver ett namn".into(),
            )
        })?),
        (_, None) => None,
    };
    Ok(Grant { role, party, forum })
}
