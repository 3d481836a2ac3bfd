//! Importing a written protocol: `importDraft` reads it into a draft without storing anything,
//! `commitImport` records a (possibly corrected) draft in one atomic append.
//!
//! The draft is typed (`ProtocolDraft` out, `ImportDraftInput` back in, field for field the
//! same; see `draft.rs`), so a review screen can show it, let a person correct items or links,
//! and send it back unchanged in form.

use std::sync::Arc;

use std::io::Read as _;

use async_graphql::{Context, Object, Result, SimpleObject, Upload};
use balans_protocol::Draft;
use balans_runtime::{Cancel, ImportError, ImportOptions, ImportSource};

use crate::draft::ProtocolDraft;
use crate::error::{app_error, bad_input};
use crate::types::{Forum, Meeting, View};
use balans_runtime::Runtime;

/// The largest protocol accepted over the API (the server's body limit applies first).
pub(crate) const MAX_BYTES: usize = 32 * 1024 * 1024;

/// A protocol read into a draft: nothing is stored yet.
#[derive(SimpleObject)]
pub struct ImportDraft {
    /// The draft: `meeting` (organization, forum, date, time, place, chair, secretary, present,
    /// absent, approvers, deadlines) and `items` (each with kind, parties, person, due label and
    /// resolved date, outcome, section, source text and span, confidence, and a proposed `link`
    /// to an existing case). Send it, corrected, to `commitImport` as `ImportDraftInput`.
    pub draft: ProtocolDraft,
    /// The draft as readable text, in Swedish, as `balans import` prints it.
    pub summary: String,
    /// How many items were found.
    pub items: usize,
    /// How many items are proposed as links to existing cases (kopplingar).
    pub links: usize,
    /// What the reader noticed and could not settle.
    pub warnings: Vec<String>,
    /// The existing forum the draft would be recorded into (the one asked for, or the one the
    /// protocol's header matches); null when none does: then choose one, or make a new one.
    pub forum: Option<Forum>,
}

/// What `commitImport` recorded.
#[derive(SimpleObject)]
pub struct ImportResult {
    /// The meeting the protocol recorded.
    pub meeting: Option<Meeting>,
    /// Whether the forum was created by this import.
    pub forum_created: bool,
    /// New cases opened.
    pub opened: usize,
    /// Items recorded on cases of earlier meetings.
    pub linked: usize,
    /// Events stored.
    pub events: usize,
    /// The global position of the last event stored.
    pub position: u64,
}

/// Mutations that import written protocols.
#[derive(Default)]
pub struct ImportMutation;

#[Object]
impl ImportMutation {
    /// Read a protocol (protokoll) as plain text into a draft, with links proposed to the
    /// forum's open cases. Stores nothing; needs a role that may write.
    async fn import_draft(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The protocol's text.")] text: Option<String>,
        #[graphql(
            desc = "The protocol as a file (multipart upload): text in UTF-8, UTF-16 or Windows-1252, or a PDF with a text layer."
        )]
        upload: Option<Upload>,
        #[graphql(
            desc = "The forum it belongs to (code, name or id); default: the forum the protocol names."
        )]
        forum: Option<String>,
    ) -> Result<ImportDraft> {
        // A draft is the first step of a write, and reading a file (a PDF runs pdftotext) costs
        // the server: it is for those who may write.
        let principal = crate::mutation::principal(ctx);
        if !principal.can_write() {
            let refusal = if principal.is_anonymous() {
                balans_domain::Refusal::Unauthenticated
            } else {
                balans_domain::Refusal::Forbidden {
                    principal: principal.name.clone(),
                    command: "importDraft",
                    why: "reading a protocol for import needs a role that may write".into(),
                    why_sv: "att läsa in ett protokoll kräver en roll som får registrera".into(),
                }
            };
            return Err(app_error(balans_app::AppError::Refused(Box::new(refusal))));
        }
        let (source, size) = match (text, upload) {
            (Some(text), None) => {
                let size = text.len();
                (ImportSource::Text(text), size)
            }
            (None, Some(upload)) => {
                let mut bytes = Vec::new();
                upload
                    .value(ctx)
                    .map_err(|error| {
                        bad_input(
                            format!("the upload cannot be read: {error}"),
                            format!("filen gick inte att läsa: {error}"),
                        )
                    })?
                    .into_read()
                    .take(MAX_BYTES as u64 + 1)
                    .read_to_end(&mut bytes)
                    .map_err(|error| {
                        bad_input(
                            format!("the upload cannot be read: {error}"),
                            format!("filen gick inte att läsa: {error}"),
                        )
                    })?;
                let size = bytes.len();
                (ImportSource::Bytes(bytes), size)
            }
            _ => {
                return Err(bad_input(
                    "give the protocol either as text or as an upload, not both or neither",
                    "ge protokollet antingen som text eller som fil, inte båda eller ingetdera",
                ));
            }
        };
        if size > MAX_BYTES {
            return Err(bad_input(
                format!("the protocol is larger than {MAX_BYTES} bytes"),
                format!("protokollet är större än {MAX_BYTES} byte"),
            ));
        }
        let runtime = ctx.data::<Arc<Runtime>>()?;
        // Reading a PDF runs pdftotext, and proposing links reads cases from the log: both stay
        // off the async workers. Nothing is written and no writer is waited for. A request that
        // times out drops this future, and with it the guard that stops the work.
        let cancel = Cancel::default();
        let guard = cancel.on_drop();
        let draft = runtime
            .blocking({
                let forum = forum.clone();
                move |runtime| runtime.import_draft_until(source, forum.as_deref(), None, &cancel)
            })
            .await
            .map_err(|error| import_error(error, &[]))?;
        guard.disarm();
        let view = View::Live(Arc::clone(runtime));
        let matched =
            view.with(|m| balans_runtime::import::find_forum(m, &draft, forum.as_deref()));
        Ok(ImportDraft {
            forum: matched.map(|id| Forum { id, view }),
            summary: draft.to_text(),
            items: draft.items.len(),
            links: draft
                .items
                .iter()
                .filter(|item| item.link.is_some())
                .count(),
            warnings: draft.warnings.clone(),
            draft: ProtocolDraft::from(&draft),
        })
    }

    /// Record a (possibly corrected) draft from `importDraft` in one atomic append: the meeting,
    /// its attendance and approvers, new cases, and what linked items add to earlier cases.
    async fn commit_import(
        &self,
        ctx: &Context<'_>,
        #[graphql(
            desc = "The draft, as `importDraft` gave it (the same fields), corrected where needed."
        )]
        draft: ProtocolDraft,
        #[graphql(
            desc = "The forum to record into (code, name or id; a name no forum has makes a new forum of that name); default: the existing forum the protocol's header matches."
        )]
        forum: Option<String>,
        #[graphql(
            desc = "Make a new forum of the one the protocol names when no existing forum matches it; without it (or `forum`) such a protocol is refused."
        )]
        new_forum: Option<bool>,
        #[graphql(desc = "Record even if the forum already has a meeting on that date.")]
        force: Option<bool>,
    ) -> Result<ImportResult> {
        // A field that cannot be read refuses the whole draft before anything is planned.
        let draft = Draft::try_from(draft)?;
        // Which item an error concerns, by id, to say its index too.
        let items: Vec<String> = draft.items.iter().map(|item| item.id.clone()).collect();
        let runtime = ctx.data::<Arc<Runtime>>()?;
        let options = ImportOptions {
            forum,
            new_forum: new_forum.unwrap_or(false),
            force: force.unwrap_or(false),
            principal: crate::mutation::principal(ctx),
            date: None,
        };
        // As for a draft: a request that times out before the append begins stores nothing.
        let cancel = Cancel::default();
        let guard = cancel.on_drop();
        let outcome = runtime
            .blocking(move |runtime| runtime.commit_import_until(&draft, &options, &cancel))
            .await
            .map_err(|error| import_error(error, &items))?;
        guard.disarm();
        let view = View::Live(Arc::clone(runtime));
        let meeting = view.with(|m| {
            m.meetings
                .get(&outcome.meeting)
                .map(|state| Meeting::new(state, view.clone()))
        });
        Ok(ImportResult {
            meeting,
            forum_created: outcome.forum_created,
            opened: outcome.opened,
            linked: outcome.linked,
            events: outcome.events,
            position: outcome.last_position,
        })
    }
}

fn import_error(error: ImportError, items: &[String]) -> async_graphql::Error {
    use async_graphql::ErrorExtensions as _;
    let swedish = error.swedish();
    let item = match &error {
        ImportError::Refused { item, .. } => item.clone(),
        ImportError::BadLink { item, .. } => Some(item.clone()),
        _ => None,
    };
    let mut error = import_error_in_english(error);
    if let Some(item) = item
        && let Some(index) = items.iter().position(|id| *id == item)
    {
        error = crate::draft::of_item(error, index, &item);
    }
    // What the UI shows a person: the same refusal in Swedish.
    error = error.extend_with(|_, e| e.set("messageSv", swedish.as_str()));
    error
}

fn import_error_in_english(error: ImportError) -> async_graphql::Error {
    match error {
        ImportError::App(error) => app_error(error),
        ImportError::Refused {
            command,
            origin,
            source,
            ..
        } => {
            let inner = app_error(*source);
            async_graphql::Error {
                message: format!(
                    "{command} for {origin} was refused; nothing was stored: {}",
                    inner.message
                ),
                ..inner
            }
        }
        ImportError::Duplicate { .. } => {
            use async_graphql::ErrorExtensions;
            async_graphql::Error::new(error.to_string()).extend_with(|_, e| {
                e.set("code", crate::error::code::DOMAIN_RULE);
                e.set("rule", "ALREADY_IMPORTED");
            })
        }
        other => {
            let swedish = other.swedish();
            bad_input(other.to_string(), swedish)
        }
    }
}
