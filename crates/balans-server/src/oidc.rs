//! Sign-in with the municipality's OpenID Connect provider (Entra ID and others): the authorization-code flow with PKCE, ending in a session.
//!
//! `GET /auth/oidc/start?return=/path` sends the browser to the provider with a fresh state,
//! nonce and PKCE challenge kept in the session; `GET /auth/oidc/callback` checks the state,
//! exchanges the code with the verifier, checks the ID token (signature, issuer, audience,
//! expiry, nonce) and signs the person in. Grants come from the directory: the token's
//! `preferred_username` or `email` names a person an admin added (`balans user add NAME
//! --oidc`); anyone else the provider vouches for is signed in as a reader.

use anyhow::Context as _;
use axum::extract::{Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use openidconnect::core::{CoreAuthenticationFlow, CoreClient, CoreProviderMetadata};
use openidconnect::{
    AuthorizationCode, ClientId, ClientSecret, CsrfToken, EndpointMaybeSet, EndpointNotSet,
    EndpointSet, IssuerUrl, Nonce, PkceCodeChallenge, PkceCodeVerifier, RedirectUrl, Scope,
    TokenResponse as _,
};
use serde::{Deserialize, Serialize};
use tower_sessions::Session;

use crate::AppState;

/// The session's key for a sign-in under way.
const PENDING: &str = "oidc_pending";
/// The session's key for a person the provider vouched for whom the directory does not know.
pub(crate) const SESSION_VISITOR: &str = "oidc_visitor";

/// Where the provider is and who balans is to it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OidcSettings {
    /// The issuer URL, e.g. `https://login.microsoftonline.com/<tenant>/v2.0`.
    pub issuer: String,
    pub client_id: String,
    pub client_secret: Option<String>,
    /// The address people reach balans at, e.g. `https://balans.kommun.se`: the provider sends
    /// them back to `<public_url>/auth/oidc/callback`.
    pub public_url: String,
}

type Client = CoreClient<
    EndpointSet,
    EndpointNotSet,
    EndpointNotSet,
    EndpointNotSet,
    EndpointMaybeSet,
    EndpointMaybeSet,
>;

/// The provider as discovered at start.
pub struct Oidc {
    client: Client,
    http: openidconnect::reqwest::Client,
}

/// A sign-in under way, kept in the session between start and callback.
#[derive(Serialize, Deserialize)]
struct Pending {
    state: String,
    nonce: String,
    verifier: String,
    return_to: String,
}

/// A person signed in through the provider whom the directory does not know: may read.
#[derive(Serialize, Deserialize, Clone)]
pub(crate) struct Visitor {
    pub subject: String,
    pub name: String,
}

impl Oidc {
    /// Reads the provider's discovery document and keys.
    pub async fn discover(settings: &OidcSettings) -> anyhow::Result<Self> {
        let http = openidconnect::reqwest::ClientBuilder::new()
            // Following redirects would let a provider's answer send balans anywhere.
            .redirect(openidconnect::reqwest::redirect::Policy::none())
            .build()
            .context("an HTTP client for the OpenID provider")?;
        let issuer = IssuerUrl::new(settings.issuer.clone()).context("oidc_issuer is no URL")?;
        let metadata = CoreProviderMetadata::discover_async(issuer, &http)
            .await
            .with_context(|| {
                format!(
                    "the OpenID provider at {} did not answer its discovery document",
                    settings.issuer
                )
            })?;
        let redirect = RedirectUrl::new(format!(
            "{}/auth/oidc/callback",
            settings.public_url.trim_end_matches('/')
        ))
        .context("public_url is no URL")?;
        let client = CoreClient::from_provider_metadata(
            metadata,
            ClientId::new(settings.client_id.clone()),
            settings.client_secret.clone().map(ClientSecret::new),
        )
        .set_redirect_uri(redirect);
        Ok(Self { client, http })
    }
}

#[derive(Deserialize)]
pub struct Start {
    #[serde(rename = "return")]
    return_to: Option<String>,
}

/// Sends the browser to the provider: `GET /auth/oidc/start?return=/path`.
pub async fn start(
    State(state): State<AppState>,
    session: Session,
    Query(start): Query<Start>,
) -> Response {
    let Some(oidc) = state.oidc.as_ref() else {
        return not_configured();
    };
    let (challenge, verifier) = PkceCodeChallenge::new_random_sha256();
    let (url, csrf, nonce) = oidc
        .client
        .authorize_url(
            CoreAuthenticationFlow::AuthorizationCode,
            CsrfToken::new_random,
            Nonce::new_random,
        )
        .add_scope(Scope::new("email".into()))
        .add_scope(Scope::new("profile".into()))
        .set_pkce_challenge(challenge)
        .url();
    let pending = Pending {
        state: csrf.secret().clone(),
        nonce: nonce.secret().clone(),
        verifier: verifier.secret().clone(),
        return_to: local_path(start.return_to.as_deref()),
    };
    if session.insert(PENDING, pending).await.is_err() {
        return StatusCode::INTERNAL_SERVER_ERROR.into_response();
    }
    Redirect::to(url.as_str()).into_response()
}

#[derive(Deserialize)]
pub struct Callback {
    code: Option<String>,
    state: Option<String>,
    error: Option<String>,
}

/// Where the provider sends the browser back: `GET /auth/oidc/callback`.
pub async fn callback(
    State(state): State<AppState>,
    session: Session,
    Query(callback): Query<Callback>,
) -> Response {
    let Some(oidc) = state.oidc.as_ref() else {
        return not_configured();
    };
    let pending: Option<Pending> = session.remove(PENDING).await.ok().flatten();
    let Some(pending) = pending else {
        return refused(
            "no sign-in was started in this browser",
            "ingen inloggning påbörjades i den här webbläsaren",
        );
    };
    if let Some(error) = callback.error {
        return refused(
            &format!("the provider refused the sign-in: {error}"),
            &format!("inloggningstjänsten avbröt inloggningen: {error}"),
        );
    }
    if callback.state.as_deref() != Some(pending.state.as_str()) {
        return refused(
            "the sign-in's state does not match",
            "inloggningens tillstånd stämmer inte: börja om",
        );
    }
    let Some(code) = callback.code else {
        return refused(
            "the provider sent no code",
            "inloggningstjänsten skickade ingen kod",
        );
    };
    let exchange = match oidc.client.exchange_code(AuthorizationCode::new(code)) {
        Ok(exchange) => exchange,
        Err(error) => {
            return refused(
                &error.to_string(),
                "inloggningstjänsten saknar token-adress",
            );
        }
    };
    let tokens = match exchange
        .set_pkce_verifier(PkceCodeVerifier::new(pending.verifier))
        .request_async(&oidc.http)
        .await
    {
        Ok(tokens) => tokens,
        Err(error) => {
            tracing::warn!(%error, "the OpenID code exchange failed");
            return refused(
                "the code could not be exchanged",
                "koden kunde inte lösas in hos inloggningstjänsten",
            );
        }
    };
    let Some(id_token) = tokens.id_token() else {
        return refused(
            "the provider sent no ID token",
            "inloggningstjänsten skickade ingen ID-token",
        );
    };
    let claims = match id_token.claims(&oidc.client.id_token_verifier(), &Nonce::new(pending.nonce))
    {
        Ok(claims) => claims,
        Err(error) => {
            tracing::warn!(%error, "an ID token was refused");
            return refused("the ID token is not valid", "ID-token är inte giltig");
        }
    };
    let mut username = claims
        .preferred_username()
        .map(|name| name.as_str().to_string())
        .or_else(|| claims.email().map(|email| email.as_str().to_string()));
    let mut display = claims
        .name()
        .and_then(|name| name.get(None))
        .map(|name| name.as_str().to_string());
    if username.is_none() {
        // A provider may keep the profile out of the ID token: ask its userinfo endpoint.
        if let Some((name, email, full)) = user_info(oidc, &tokens, claims.subject()).await {
            username = name.or(email);
            display = display.or(full);
        }
    }
    let person = username
        .as_deref()
        .and_then(|name| state.runtime.access().person(name));
    if session.cycle_id().await.is_err() {
        return StatusCode::INTERNAL_SERVER_ERROR.into_response();
    }
    let stored = match &person {
        Some(person) => {
            session
                .insert(crate::auth::SESSION_PERSON, person.username.clone())
                .await
        }
        None => {
            let visitor = Visitor {
                subject: format!("{}#{}", claims.issuer().as_str(), claims.subject().as_str()),
                name: display
                    .or(username)
                    .unwrap_or_else(|| claims.subject().as_str().to_string()),
            };
            session.insert(SESSION_VISITOR, visitor).await
        }
    };
    if stored.is_err() {
        return StatusCode::INTERNAL_SERVER_ERROR.into_response();
    }
    tracing::info!(
        known = person.is_some(),
        "signed in through the OpenID provider"
    );
    Redirect::to(&pending.return_to).into_response()
}

/// A path on this server to return to; anything else (another site) becomes `/`.
fn local_path(path: Option<&str>) -> String {
    match path {
        Some(path) if path.starts_with('/') && !path.starts_with("//") && !path.contains('\\') => {
            path.to_string()
        }
        _ => "/".to_string(),
    }
}

fn not_configured() -> Response {
    refused_with(
        StatusCode::NOT_FOUND,
        "sign-in through an OpenID provider is not configured (oidc_issuer)",
        "inloggning via kommunens inloggningstjänst är inte inställd (oidc_issuer)",
    )
}

fn refused(english: &str, swedish: &str) -> Response {
    refused_with(StatusCode::UNAUTHORIZED, english, swedish)
}

fn refused_with(status: StatusCode, english: &str, swedish: &str) -> Response {
    (
        status,
        axum::Json(serde_json::json!({ "code": "UNAUTHENTICATED", "message": english, "messageSv": swedish })),
    )
        .into_response()
}

/// The user name, email and name from the provider's userinfo endpoint, where it has one.
async fn user_info(
    oidc: &Oidc,
    tokens: &openidconnect::core::CoreTokenResponse,
    subject: &openidconnect::SubjectIdentifier,
) -> Option<(Option<String>, Option<String>, Option<String>)> {
    use openidconnect::OAuth2TokenResponse as _;
    let request = oidc
        .client
        .user_info(tokens.access_token().clone(), Some(subject.clone()))
        .ok()?;
    let info: openidconnect::core::CoreUserInfoClaims = request
        .request_async(&oidc.http)
        .await
        .inspect_err(|error| tracing::warn!(%error, "the OpenID userinfo request failed"))
        .ok()?;
    Some((
        info.preferred_username().map(|n| n.as_str().to_string()),
        info.email().map(|e| e.as_str().to_string()),
        info.name()
            .and_then(|n| n.get(None))
            .map(|n| n.as_str().to_string()),
    ))
}
