//! Administration (administration): people who may sign in, their roles, and API tokens; for admins only.
//!
//! Every query and mutation here is checked twice: the resolver refuses a principal who is not
//! an admin before it reads its arguments (so that a non-admin learns nothing from them), and
//! [`balans_runtime::access::Access`] checks again, as it does for the command line. Passwords
//! and token secrets are never listed: a generated password and a new token's secret are
//! returned once, by the mutation that made them.

use std::sync::Arc;

use async_graphql::{
    Context, Enum, ErrorExtensions, ID, InputObject, Object, Result, SimpleObject,
};
use balans_domain::{ForumId, Principal};
use balans_runtime::access::{AccessError, Person as StoredPerson, TokenInfo};
use balans_runtime::{Runtime, RuntimeError};
use jiff::Timestamp;

use crate::error::{app_error, bad_input, code};
use crate::input::{Day, Instant};
use crate::mutation::principal;
use crate::types::{Forum, SwedishLabel, View};

/// What a grant lets its holder do (roll).
#[derive(Enum, Copy, Clone, Eq, PartialEq, Debug)]
pub enum Role {
    /// Läsare: reads only.
    Reader,
    /// Part: raises questions, follows up, answers and promises for its own party, in the
    /// forums the party sits in.
    Party,
    /// Sekreterare: records anything in its forum (or every forum), imports protocols, approves minutes.
    Secretary,
    /// Administratör: people, tokens, forums and everything else.
    Admin,
}

impl Role {
    fn code(self) -> &'static str {
        match self {
            Role::Reader => "reader",
            Role::Party => "party",
            Role::Secretary => "secretary",
            Role::Admin => "admin",
        }
    }
}

impl From<balans_domain::Role> for Role {
    fn from(role: balans_domain::Role) -> Self {
        match role {
            balans_domain::Role::Reader => Role::Reader,
            balans_domain::Role::Party => Role::Party,
            balans_domain::Role::Secretary => Role::Secretary,
            balans_domain::Role::Admin => Role::Admin,
        }
    }
}

impl SwedishLabel for Role {
    fn label_sv(self) -> &'static str {
        match self {
            Role::Reader => "läsare",
            Role::Party => "part",
            Role::Secretary => "sekreterare",
            Role::Admin => "administratör",
        }
    }
}

/// One right a person or token holds (behörighet): a role, for a party, in one forum or all.
#[derive(SimpleObject)]
pub struct AccessGrant {
    /// What the grant lets its holder do.
    pub role: Role,
    /// The party a `PARTY` grant speaks for.
    pub party: Option<String>,
    /// The one forum the grant is limited to; none: every forum.
    pub forum: Option<Forum>,
}

fn grants(grants: &[balans_domain::Grant], view: &View) -> Vec<AccessGrant> {
    grants
        .iter()
        .map(|grant| AccessGrant {
            role: grant.role.into(),
            party: grant.party.as_ref().map(|party| party.name().to_string()),
            forum: grant.forum.map(|id: ForumId| Forum {
                id,
                view: view.clone(),
            }),
        })
        .collect()
}

/// A grant as an admin gives it.
#[derive(InputObject)]
pub struct GrantInput {
    /// What the grant lets its holder do.
    pub role: Role,
    /// Required for `PARTY`: "Arbetsgivaren", "Kommunal", "Vision" …
    pub party: Option<String>,
    /// Limits the grant to one forum: its code ("FG-HÄ"), name or id. None: every forum.
    pub forum: Option<ID>,
}

/// A person who may sign in (person).
#[derive(SimpleObject)]
pub struct Person {
    /// What they sign in with; lower case.
    pub username: String,
    /// Their name as the history shows it.
    pub name: String,
    /// What they may do.
    pub grants: Vec<AccessGrant>,
    /// Whether they have a local password; false: they sign in only through the
    /// municipality's OpenID provider.
    pub has_password: bool,
}

impl Person {
    fn new(person: &StoredPerson, view: &View) -> Self {
        Self {
            username: person.username.clone(),
            name: person.name.clone(),
            grants: grants(&person.grants, view),
            has_password: person.has_password(),
        }
    }
}

/// An API token (API-nyckel) for a dashboard or script, as listed: never its secret.
#[derive(SimpleObject)]
pub struct ApiToken {
    /// The token's id (a ULID), by which it is revoked.
    pub id: ID,
    /// What it is for, as its creator named it.
    pub name: String,
    /// What its holder may do.
    pub grants: Vec<AccessGrant>,
    /// After this instant the token no longer works; none: until revoked.
    pub expires: Option<Instant>,
    /// Whether it was revoked: it no longer works.
    pub revoked: bool,
    /// Whether its expiry has passed.
    pub expired: bool,
    /// When it was created.
    pub created_at: Instant,
    /// Who created it, by name.
    pub created_by: String,
}

impl ApiToken {
    fn new(token: &TokenInfo, runtime: &Runtime, view: &View) -> Self {
        Self {
            id: ID(token.id.to_string()),
            name: token.name.clone(),
            grants: grants(&token.grants, view),
            expires: token.expires.map(Instant),
            revoked: token.revoked,
            expired: token
                .expires
                .is_some_and(|expires| expires <= Timestamp::now()),
            created_at: Instant(token.created_at),
            created_by: runtime
                .access()
                .name_of(&token.created_by)
                .unwrap_or_else(|| token.created_by.clone()),
        }
    }
}

/// A person just added, with the password made for them if none was given: shown this once.
#[derive(SimpleObject)]
pub struct AddedPerson {
    /// The person as stored.
    pub person: Person,
    /// The generated password; none when a password was given or the person signs in through
    /// the OpenID provider.
    pub password: Option<String>,
}

/// A password just set, with the generated one if none was given: shown this once.
#[derive(SimpleObject)]
pub struct PasswordReset {
    /// Whose password it is.
    pub username: String,
    /// The generated password; none when the admin typed one.
    pub password: Option<String>,
}

/// A token just created, with its secret: shown this once, stored only as a hash.
#[derive(SimpleObject)]
pub struct CreatedApiToken {
    /// The token as it will be listed.
    pub token: ApiToken,
    /// Send it as `Authorization: Bearer <secret>`.
    pub secret: String,
}

/// An access error as a GraphQL error with its code and Swedish text.
pub fn access_error(error: AccessError) -> async_graphql::Error {
    let swedish = error.swedish();
    let (code, rule) = match &error {
        AccessError::NotSignedIn | AccessError::BadCredentials | AccessError::BadToken => {
            (code::UNAUTHENTICATED, None)
        }
        AccessError::NotAdmin(_) => (code::FORBIDDEN, None),
        AccessError::PersonExists(_) | AccessError::BadInput(..) => (code::BAD_INPUT, None),
        AccessError::NoSuchPerson(_) | AccessError::NoSuchToken(_) | AccessError::Unknown(..) => {
            (code::NOT_FOUND, None)
        }
        AccessError::LastAdmin(_) => (code::DOMAIN_RULE, Some("LAST_ADMIN")),
        AccessError::OwnAccount(_) => (code::DOMAIN_RULE, Some("OWN_ACCOUNT")),
        AccessError::Store(balans_store::StoreError::StorageFull(_)) => (code::STORAGE_FULL, None),
        AccessError::Store(_) | AccessError::Unreadable { .. } => {
            tracing::error!(%error, "the access log failed");
            return async_graphql::Error::new(
                "the server could not complete the request; it has been logged",
            )
            .extend_with(|_, e| e.set("code", code::INTERNAL));
        }
    };
    async_graphql::Error::new(error.to_string()).extend_with(|_, e| {
        e.set("code", code);
        if let Some(rule) = rule {
            e.set("rule", rule);
        }
        e.set("messageSv", swedish.as_str());
    })
}

fn runtime_error(error: RuntimeError) -> async_graphql::Error {
    match error {
        RuntimeError::Access(error) => access_error(error),
        RuntimeError::App(error) => app_error(error),
        other => app_error(balans_app::AppError::Store(balans_store::StoreError::Io(
            other.to_string(),
        ))),
    }
}

/// The runtime and the principal asking, refused unless an admin.
fn admin<'a>(ctx: &Context<'a>) -> Result<(&'a Arc<Runtime>, Principal)> {
    let runtime = ctx.data::<Arc<Runtime>>()?;
    let by = principal(ctx);
    runtime.access().require_admin(&by).map_err(access_error)?;
    Ok((runtime, by))
}

/// Reads the grants an admin gave: each role with its party and forum, checked against the live data.
fn resolve_grants(runtime: &Runtime, given: Vec<GrantInput>) -> Result<Vec<balans_domain::Grant>> {
    if given.is_empty() {
        return Err(bad_input("give at least one role", "välj minst en roll"));
    }
    given
        .into_iter()
        .map(|grant| {
            runtime
                .resolve_grant(
                    grant.role.code(),
                    grant.party.as_deref(),
                    grant.forum.as_ref().map(|forum| forum.as_str()),
                )
                .map_err(access_error)
        })
        .collect()
}

/// Runs an access change off the async threads: hashing a password takes a while.
async fn blocking<T: Send + 'static>(
    runtime: &Arc<Runtime>,
    work: impl FnOnce(&Runtime) -> Result<T, AccessError> + Send + 'static,
) -> Result<T> {
    runtime
        .blocking(move |runtime| work(runtime).map_err(RuntimeError::Access))
        .await
        .map_err(runtime_error)
}

/// Everyone who may sign in, for the `people` query.
pub(crate) fn people(ctx: &Context<'_>) -> Result<Vec<Person>> {
    let (runtime, by) = admin(ctx)?;
    let view = View::Live(Arc::clone(runtime));
    Ok(runtime
        .access()
        .people_for(&by)
        .map_err(access_error)?
        .iter()
        .map(|person| Person::new(person, &view))
        .collect())
}

/// Every API token, newest first, for the `apiTokens` query.
pub(crate) fn api_tokens(ctx: &Context<'_>) -> Result<Vec<ApiToken>> {
    let (runtime, by) = admin(ctx)?;
    let view = View::Live(Arc::clone(runtime));
    let mut tokens = runtime.access().tokens_for(&by).map_err(access_error)?;
    tokens.sort_by(|a, b| b.created_at.cmp(&a.created_at).then(b.id.cmp(&a.id)));
    Ok(tokens
        .iter()
        .map(|token| ApiToken::new(token, runtime, &view))
        .collect())
}

/// The administration mutations: people, their roles and passwords, API tokens. Admins only.
#[derive(Default)]
pub struct AdminMutations;

#[Object]
impl AdminMutations {
    /// Adds a person who may sign in. Without a password and without `oidc`, one is generated
    /// and returned once; with `oidc` the person signs in only through the OpenID provider, as
    /// the user name its ID token gives.
    async fn add_person(
        &self,
        ctx: &Context<'_>,
        #[graphql(
            desc = "What they sign in with: letters, digits and . - _ @ (for `oidc`, the provider's user name or e-mail)."
        )]
        username: String,
        #[graphql(desc = "Their name as the history shows it; none: the user name.")] name: Option<
            String,
        >,
        #[graphql(desc = "At least 10 characters; none (and no `oidc`): one is generated.")]
        password: Option<String>,
        #[graphql(
            desc = "Signs in only through the municipality's OpenID provider, without a password (none: false)."
        )]
        oidc: Option<bool>,
        #[graphql(desc = "What they may do: at least one grant.")] grants: Vec<GrantInput>,
    ) -> Result<AddedPerson> {
        let (runtime, by) = admin(ctx)?;
        let oidc = oidc.unwrap_or(false);
        let password = password.filter(|p| !p.is_empty());
        if oidc && password.is_some() {
            return Err(bad_input(
                "a person signs in either with a password or through the OpenID provider (oidc), not both",
                "en person loggar in antingen med lösenord eller via kommunens inloggning (oidc), inte båda",
            ));
        }
        let grants = resolve_grants(runtime, grants)?;
        let generated = (!oidc && password.is_none()).then(balans_runtime::access::random_password);
        let password = password.or_else(|| generated.clone());
        let person = blocking(runtime, move |runtime| {
            runtime.access().add_person(
                &by,
                &username,
                name.as_deref().unwrap_or(""),
                grants,
                password.as_deref(),
            )
        })
        .await?;
        Ok(AddedPerson {
            person: Person::new(&person, &View::Live(Arc::clone(runtime))),
            password: generated,
        })
    }

    /// Sets a new password for a person (an admin's reset, also the first password of one who
    /// signed in through the OpenID provider). Without one, one is generated and returned once.
    async fn set_password(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "Whose password to set.")] username: String,
        #[graphql(desc = "At least 10 characters; none: one is generated.")] password: Option<
            String,
        >,
    ) -> Result<PasswordReset> {
        let (runtime, by) = admin(ctx)?;
        let generated = password
            .as_deref()
            .is_none_or(str::is_empty)
            .then(balans_runtime::access::random_password);
        let password = generated.clone().or(password).unwrap_or_default();
        let username = blocking(runtime, move |runtime| {
            runtime.access().set_password(&by, &username, &password)?;
            Ok(username.trim().to_lowercase())
        })
        .await?;
        Ok(PasswordReset {
            username,
            password: generated,
        })
    }

    /// Replaces a person's roles; they take effect at the person's next request. Neither an
    /// admin's own admin role nor the last admin's may be taken away.
    async fn set_grants(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "Whose roles to replace.")] username: String,
        #[graphql(desc = "What they may do from now on: at least one grant.")] grants: Vec<
            GrantInput,
        >,
    ) -> Result<Person> {
        let (runtime, by) = admin(ctx)?;
        let grants = resolve_grants(runtime, grants)?;
        let person = blocking(runtime, move |runtime| {
            runtime.access().set_grants(&by, &username, grants)?;
            runtime
                .access()
                .person(&username)
                .ok_or(AccessError::NoSuchPerson(username))
        })
        .await?;
        Ok(Person::new(&person, &View::Live(Arc::clone(runtime))))
    }

    /// Removes a person: they can no longer sign in, and a session of theirs ends at its next
    /// request. An admin cannot remove themselves, and the last admin stays. Returns the
    /// removed user name.
    async fn remove_person(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "Who to remove.")] username: String,
    ) -> Result<String> {
        let (runtime, by) = admin(ctx)?;
        blocking(runtime, move |runtime| {
            runtime.access().remove_person(&by, &username)?;
            Ok(username.trim().to_lowercase())
        })
        .await
    }

    /// Creates an API token with one grant, valid until revoked or to the end of `expires`
    /// (Swedish time). Its secret is returned this once and stored only as a hash.
    async fn create_api_token(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "What it is for (1 to 100 characters), e.g. \"Instrumentpanel HR\".")]
        name: String,
        #[graphql(desc = "What its holder may do.")] role: Role,
        #[graphql(desc = "The party a `PARTY` token speaks for.")] party: Option<String>,
        #[graphql(desc = "Limits it to one forum: its code, name or id. None: every forum.")]
        forum: Option<ID>,
        #[graphql(desc = "The last day it works; none: until revoked.")] expires: Option<Day>,
    ) -> Result<CreatedApiToken> {
        let (runtime, by) = admin(ctx)?;
        let grant = resolve_grants(runtime, vec![GrantInput { role, party, forum }])?;
        let expires = expires.map(|day| balans_read::end_of_day(day.0));
        // The runtime takes any instant (a test makes an expired token); a person means a future day.
        if expires.is_some_and(|expires| expires <= Timestamp::now()) {
            return Err(bad_input(
                "the expiry date has already passed: choose a later day",
                "sista giltighetsdagen har redan passerat: välj en senare dag",
            ));
        }
        let (token, secret) = blocking(runtime, move |runtime| {
            runtime.access().create_token(&by, &name, grant, expires)
        })
        .await?;
        Ok(CreatedApiToken {
            token: ApiToken::new(&token, runtime, &View::Live(Arc::clone(runtime))),
            secret,
        })
    }

    /// Revokes an API token at once: its next request is refused.
    async fn revoke_api_token(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The token's id (or its name).")] id: ID,
    ) -> Result<ApiToken> {
        let (runtime, by) = admin(ctx)?;
        let token = blocking(runtime, move |runtime| {
            runtime.access().revoke_token(&by, &id)
        })
        .await?;
        Ok(ApiToken::new(
            &token,
            runtime,
            &View::Live(Arc::clone(runtime)),
        ))
    }
}
