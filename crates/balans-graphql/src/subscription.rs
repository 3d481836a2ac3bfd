//! Subscriptions: each new event pushed to live dashboards as it is stored.

use std::collections::VecDeque;
use std::sync::Arc;

use async_graphql::futures_util::Stream;
use async_graphql::{Context, ID, Result, Subscription};
use balans_domain::{CaseId, ForumId, MeetingId};

use crate::error::app_error;
use crate::types::LogEvent;
use balans_runtime::Runtime;

pub struct SubscriptionRoot;

/// How many events one wake-up reads at most before yielding.
const BATCH: usize = 256;

/// Live updates for dashboards.
#[Subscription]
impl SubscriptionRoot {
    /// Every event stored from now on, optionally only those of one forum (its cases, meetings
    /// and the forum itself), in log order.
    async fn events(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "Only events of this forum; all when not given.")] forum: Option<ID>,
    ) -> Result<impl Stream<Item = LogEvent>> {
        let runtime = Arc::clone(ctx.data::<Arc<Runtime>>()?);
        let forum: Option<ForumId> = forum
            .map(|id| crate::query::forum_arg(ctx, &id))
            .transpose()?;
        let head = runtime.store().subscribe();
        let start = runtime
            .store()
            .head_position()
            .map_err(|e| app_error(e.into()))?;
        let stream = async_graphql::futures_util::stream::unfold(
            (runtime, start, VecDeque::<LogEvent>::new(), head),
            move |(runtime, mut seen, mut pending, mut head)| async move {
                loop {
                    if let Some(next) = pending.pop_front() {
                        return Some((next, (runtime, seen, pending, head)));
                    }
                    while *head.borrow_and_update() <= seen {
                        // The store is gone (the server is shutting down): end the subscription.
                        head.changed().await.ok()?;
                    }
                    let events = runtime.store().read_all(seen + 1, BATCH).ok()?;
                    if let Some(last) = events.last() {
                        seen = last.position;
                    }
                    // The read model knows which forum a case or meeting belongs to.
                    runtime.catch_up().ok()?;
                    let model = runtime.live();
                    pending = events
                        .iter()
                        .filter(|event| {
                            forum.is_none_or(|f| forum_of(&model, &event.stream) == Some(f))
                        })
                        .map(LogEvent::new)
                        .collect();
                }
            },
        );
        Ok(stream)
    }
}

fn forum_of(model: &balans_read::ReadModel, stream: &balans_store::StreamId) -> Option<ForumId> {
    let name = stream.as_str();
    if let Some(forum) = ForumId::from_stream_name(name) {
        return Some(forum);
    }
    if let Some(case) = CaseId::from_stream_name(name) {
        return model.cases.get(&case).map(|c| c.state.forum);
    }
    MeetingId::from_stream_name(name)
        .and_then(|meeting| model.meetings.get(&meeting).map(|m| m.forum))
}
