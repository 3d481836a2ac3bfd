//! The server's configuration: defaults, then an optional TOML file, then `BALANS_*` variables, then flags.
//!
//! Every key is documented in `ops/balans.example.toml`.

use std::path::{Path, PathBuf};
use std::time::Duration;

use figment::Figment;
use figment::providers::{Env, Format, Serialized, Toml};
use serde::{Deserialize, Serialize};

use crate::HttpLimits;

/// The keys read from `BALANS_<KEY>` variables. Only these, so that an unrelated `BALANS_*`
/// variable (such as `BALANS_CONFIG`, which names the file) is not taken for a typo.
pub const KEYS: &[&str] = &[
    "addr",
    "data",
    "store",
    "demo",
    "body_limit",
    "request_timeout_secs",
    "shutdown_grace_secs",
    "header_timeout_secs",
    "max_connections",
    "cache_capacity",
    "snapshot_every",
    "log_format",
    "log",
    "allowed_origins",
    "public_read",
    "admin_password",
    "session_idle_minutes",
    "secure_cookie",
    "requests_per_minute",
    "sign_ins_per_minute",
    "oidc_issuer",
    "oidc_client_id",
    "oidc_client_secret",
    "public_url",
];

/// How log lines are written (to stderr).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum LogFormat {
    /// One human-readable line per event, coloured on a terminal.
    #[default]
    Pretty,
    /// One JSON object per line, for a log collector.
    Json,
}

/// What `balans serve` runs with.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Config {
    /// Where to listen, `host:port`; port 0 picks a free one (the bound address is logged).
    pub addr: String,
    /// The database directory; with a PostgreSQL `store`, where this node keeps its snapshot.
    pub data: PathBuf,
    /// Where the event log lives: `sled` (embedded, in `data`; the default) or a PostgreSQL
    /// URL (`postgres://user:password@host:5432/balans?sslmode=require`) that several nodes
    /// may share.
    pub store: String,
    /// Load the demo meetings when the database holds no events.
    pub demo: bool,
    /// The largest request body (and WebSocket message) accepted, in bytes; larger gets 413.
    pub body_limit: usize,
    /// How long one request may take before it is answered 408.
    pub request_timeout_secs: u64,
    /// How long shutdown waits for open subscriptions to close.
    pub shutdown_grace_secs: u64,
    /// How long a client may take to send a request's headers, and a kept-alive connection
    /// may stay idle between requests, before its connection is closed.
    pub header_timeout_secs: u64,
    /// The most connections served at once; further ones wait until one closes.
    pub max_connections: usize,
    /// Bytes of sled's page cache.
    pub cache_capacity: u64,
    /// Save a read-model snapshot once the log has grown by this many events (and at
    /// shutdown), so that a start folds only what came after it; 0 turns snapshots off.
    pub snapshot_every: u64,
    pub log_format: LogFormat,
    /// A tracing filter such as `info` or `balans_server=debug,info`; unset means `RUST_LOG`,
    /// or `info` without it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub log: Option<String>,
    /// Web origins besides the server's own (e.g. `https://dashboard.example.se`) whose pages may
    /// call the API from a browser: cross-origin requests (CORS) and WebSocket connections.
    /// Empty, the default, allows only the server's own pages.
    pub allowed_origins: Vec<String>,
    /// Anyone may read without signing in (protocols are public documents); off, reading
    /// needs a session or a token too. Writing always needs one.
    pub public_read: bool,
    /// The password of the admin made at the first start of a database nobody can sign in to
    /// yet; unset, a random one is printed once.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub admin_password: Option<String>,
    /// A session ends after this many minutes without a request.
    pub session_idle_minutes: u64,
    /// Mark the session cookie `Secure`: set it when people reach the server over https
    /// (behind a TLS proxy).
    pub secure_cookie: bool,
    /// Requests per minute a signed-in person or token may send (more get 429 with
    /// Retry-After), each operation over a WebSocket counted as one; 0 turns the limit off.
    pub requests_per_minute: u32,
    /// Sign-in attempts per minute per user name.
    pub sign_ins_per_minute: u32,
    /// The municipality's OpenID Connect provider (its issuer URL); unset, people sign in with
    /// local passwords only.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub oidc_issuer: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub oidc_client_id: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub oidc_client_secret: Option<String>,
    /// The address people reach balans at (`https://balans.kommun.se`); the provider sends
    /// them back to `<public_url>/auth/oidc/callback`. Unset: `http://<addr>`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub public_url: Option<String>,
}

impl Default for Config {
    fn default() -> Self {
        Self {
            addr: "127.0.0.1:8080".to_string(),
            data: PathBuf::from("./data"),
            store: "sled".to_string(),
            demo: true,
            body_limit: 1024 * 1024,
            request_timeout_secs: 30,
            shutdown_grace_secs: 5,
            header_timeout_secs: 10,
            max_connections: 1024,
            cache_capacity: balans_store::SledOptions::DEFAULT_CACHE_CAPACITY,
            snapshot_every: 50_000,
            log_format: LogFormat::Pretty,
            log: None,
            allowed_origins: Vec::new(),
            public_read: true,
            admin_password: None,
            session_idle_minutes: 8 * 60,
            secure_cookie: false,
            requests_per_minute: 600,
            sign_ins_per_minute: 10,
            oidc_issuer: None,
            oidc_client_id: None,
            oidc_client_secret: None,
            public_url: None,
        }
    }
}

/// What the command line sets; it wins over the file and the environment.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Overrides {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub addr: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub data: Option<PathBuf>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub store: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub demo: Option<bool>,
}

impl Config {
    /// Reads the configuration: defaults, the TOML `file` if given (it must exist), the
    /// `BALANS_*` environment variables, then `overrides`.
    pub fn load(file: Option<&Path>, overrides: &Overrides) -> Result<Self, Box<figment::Error>> {
        Self::figment(file, Env::prefixed("BALANS_").only(KEYS), overrides)
    }

    /// Reads the configuration without looking at the environment (for tests).
    pub fn load_without_env(
        file: Option<&Path>,
        overrides: &Overrides,
    ) -> Result<Self, Box<figment::Error>> {
        Self::figment(file, Serialized::defaults(Overrides::default()), overrides)
    }

    fn figment(
        file: Option<&Path>,
        env: impl figment::Provider,
        overrides: &Overrides,
    ) -> Result<Self, Box<figment::Error>> {
        let mut figment = Figment::from(Serialized::defaults(Self::default()));
        if let Some(file) = file {
            // `file_exact`, not `file`: a named file that is missing is an error, not a default.
            figment = figment.merge(Toml::file_exact(file));
        }
        let config: Self = figment
            .merge(env)
            .merge(Serialized::defaults(overrides))
            .extract()
            .map_err(Box::new)?;
        config.check().map_err(|message| Box::new(message.into()))?;
        Ok(config)
    }

    /// Where the event log lives, as the runtime takes it.
    pub fn backend(&self) -> Result<balans_runtime::Backend, balans_runtime::RuntimeError> {
        balans_runtime::Backend::from_setting(Some(&self.store))
    }

    fn check(&self) -> Result<(), String> {
        self.backend().map_err(|error| error.to_string())?;
        if self.addr.trim().is_empty() {
            return Err("addr is empty: give host:port, e.g. 127.0.0.1:8080".to_string());
        }
        if self.body_limit == 0 {
            return Err("body_limit must be more than 0 bytes".to_string());
        }
        if self.request_timeout_secs == 0 {
            return Err("request_timeout_secs must be at least 1".to_string());
        }
        if self.header_timeout_secs == 0 {
            return Err("header_timeout_secs must be at least 1".to_string());
        }
        if self.max_connections == 0 {
            return Err("max_connections must be at least 1".to_string());
        }
        Ok(())
    }

    /// The HTTP limits this configuration sets.
    pub fn limits(&self) -> HttpLimits {
        HttpLimits {
            body_limit: self.body_limit,
            request_timeout: Duration::from_secs(self.request_timeout_secs),
            shutdown_grace: Duration::from_secs(self.shutdown_grace_secs),
            header_timeout: Duration::from_secs(self.header_timeout_secs),
            max_connections: self.max_connections,
            allowed_origins: self
                .allowed_origins
                .iter()
                .map(|origin| origin.trim().trim_end_matches('/').to_ascii_lowercase())
                .collect(),
        }
    }

    /// The OpenID provider's settings, when an issuer is configured; `addr` is where the
    /// server listens, for a default `public_url`.
    pub fn oidc(&self, addr: std::net::SocketAddr) -> Option<crate::oidc::OidcSettings> {
        let issuer = self.oidc_issuer.clone()?;
        Some(crate::oidc::OidcSettings {
            issuer,
            client_id: self.oidc_client_id.clone().unwrap_or_default(),
            client_secret: self.oidc_client_secret.clone(),
            public_url: self
                .public_url
                .clone()
                .unwrap_or_else(|| format!("http://{addr}")),
        })
    }

    /// What the configuration says about sign-in and limits.
    pub fn auth(&self) -> crate::auth::AuthSettings {
        crate::auth::AuthSettings {
            public_read: self.public_read,
            session_idle: Duration::from_secs(self.session_idle_minutes.max(1) * 60),
            secure_cookie: self.secure_cookie,
            requests_per_minute: self.requests_per_minute,
            sign_ins_per_minute: self.sign_ins_per_minute.max(1),
        }
    }
}
