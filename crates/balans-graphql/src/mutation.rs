//! Mutations: one per command, each with an optional `expectedVersion` and a client `commandId` for safe retries.

use std::sync::Arc;

use async_graphql::{Context, ID, InputObject, Object, Result, SimpleObject};
use balans_app::{CommandMeta, Executed};
use balans_domain::{CaseId, Command, ForumId, MeetingId};
use ulid::Ulid;

use crate::error::{app_error, bad_input};
use crate::input::{parse_id, parse_party};
use crate::service::Service;
use crate::types::{Case, View};

pub struct MutationRoot;

/// What every mutation takes besides its command: for safe retries and concurrent edits.
#[derive(InputObject, Default)]
pub struct CommandOptions {
    /// A ULID chosen by the client; sending the same id again stores nothing new and returns the first result.
    pub command_id: Option<ID>,
    /// The version of the changed object the client saw; if it changed since, the mutation fails with CONFLICT.
    pub expected_version: Option<u64>,
}

/// Where the log stood after a mutation.
#[derive(SimpleObject)]
pub struct Written {
    /// The global position of the last event stored (or of the first result, for a retried command id).
    pub position: u64,
    /// The changed object's version after the mutation.
    pub version: u64,
    /// Whether the command id had been seen before, so nothing new was stored.
    pub duplicate: bool,
}

/// A mutation's result for a case.
#[derive(SimpleObject)]
pub struct CasePayload {
    pub case: Case,
    pub written: Written,
}

pub(crate) fn meta(ctx: &Context<'_>, options: Option<CommandOptions>) -> Result<CommandMeta> {
    let options = options.unwrap_or_default();
    let command_id = match options.command_id {
        None => Ulid::generate(),
        Some(id) => Ulid::from_string(id.as_str())
            .map_err(|_| bad_input(format!("commandId {:?} is not a ULID", id.as_str())))?,
    };
    let actor = ctx
        .data_opt::<Actor>()
        .map_or_else(|| "graphql".to_string(), |actor| actor.0.clone());
    Ok(CommandMeta {
        command_id,
        actor,
        expected_version: options.expected_version,
    })
}

/// Who sends requests; the server puts it in the request data once authentication exists.
#[derive(Clone, Debug)]
pub struct Actor(pub String);

pub(crate) fn written(executed: &Executed) -> Written {
    Written {
        position: executed.outcome.last_position,
        version: executed.target_version,
        duplicate: executed.outcome.duplicate,
    }
}

/// Runs a case command and returns the case as it is after it.
pub(crate) async fn case_command(
    ctx: &Context<'_>,
    case: CaseId,
    command: Command,
    options: Option<CommandOptions>,
) -> Result<CasePayload> {
    let service = ctx.data::<Arc<Service>>()?;
    let executed = service
        .execute(command, meta(ctx, options)?)
        .await
        .map_err(app_error)?;
    let view = View::Live(Arc::clone(service));
    let case = view
        .with(|m| {
            m.cases
                .get(&case)
                .map(|c| Case::new(&c.state, &c.timeline, view.clone(), None))
        })
        .ok_or_else(|| crate::error::not_found(format!("there is no case {case}")))?;
    Ok(CasePayload {
        case,
        written: written(&executed),
    })
}

/// A new question (fråga).
#[derive(InputObject)]
pub struct RaiseQuestionInput {
    /// The new case's id (a ULID); one is made when not given.
    pub case_id: Option<ID>,
    pub forum_id: ID,
    /// The meeting where it was raised, if at one.
    pub meeting_id: Option<ID>,
    /// The protocol's section (§ or point).
    pub section: Option<String>,
    pub title: String,
    #[graphql(default)]
    pub text: String,
    /// The party that asks, as protocols write it ("Kommunal", "SACO").
    pub raised_by: String,
    /// The person who asks, where named.
    pub asked_by: Option<String>,
    /// The party that must answer, usually "Arbetsgivaren".
    pub addressed_to: String,
    /// Föranmäld: registered before the meeting.
    #[graphql(default)]
    pub pre_registered: bool,
    /// Kvarvarande: left from an earlier meeting.
    #[graphql(default)]
    pub carried_over: bool,
}

#[Object]
impl MutationRoot {
    /// Raise a question (väck en fråga): the addressed party owes an answer from now on.
    async fn raise_question(
        &self,
        ctx: &Context<'_>,
        input: RaiseQuestionInput,
        options: Option<CommandOptions>,
    ) -> Result<CasePayload> {
        let case = match &input.case_id {
            Some(id) => parse_id::<CaseId>(id, "case")?,
            None => CaseId(Ulid::generate()),
        };
        let command = Command::RaiseQuestion {
            case,
            forum: parse_id::<ForumId>(&input.forum_id, "forum")?,
            meeting: input
                .meeting_id
                .as_ref()
                .map(|id| parse_id::<MeetingId>(id, "meeting"))
                .transpose()?,
            section: input.section,
            title: input.title,
            text: input.text,
            raised_by: parse_party(&input.raised_by)?,
            asked_by: input.asked_by,
            addressed_to: parse_party(&input.addressed_to)?,
            pre_registered: input.pre_registered,
            carried_over: input.carried_over,
        };
        case_command(ctx, case, command, options).await
    }
}
