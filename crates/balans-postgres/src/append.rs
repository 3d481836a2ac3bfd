//! Appends, committed in groups: the appends waiting in one process share one transaction, one
//! hold of the log's advisory lock and one commit (one WAL flush).
//!
//! One committer task per store takes the appends that wait in its queue (up to
//! [`MAX_GROUP`]), decides each in turn with the shared rules against what the log holds plus
//! what the appends before it in the group wrote, and writes the accepted ones in one
//! transaction. Each append gets the answer it would have got alone: a conflict or a reused
//! command id refuses that append only. A failure of the transaction itself fails the group.

use std::collections::HashMap;
use std::convert::Infallible;
use std::sync::Arc;
use std::sync::mpsc::SyncSender;

use balans_store::rules::{self, LogView, Plan, PlanError};
use balans_store::{AppendOutcome, AppendRequest, RecordedEvent, StoreError, StreamId};
use sqlx::types::Json;
use ulid::Ulid;

use crate::{Shared, advance, lost_connection};

/// The most appends one transaction takes.
pub(crate) const MAX_GROUP: usize = 256;

/// An append waiting for the committer, and where its answer goes.
pub(crate) struct Pending {
    pub request: AppendRequest,
    pub reply: SyncSender<Result<AppendOutcome, StoreError>>,
}

/// Commits the queue's appends in groups, for as long as the store lives.
pub(crate) async fn commit_groups(
    shared: Arc<Shared>,
    mut queue: tokio::sync::mpsc::UnboundedReceiver<Pending>,
) {
    while let Some(first) = queue.recv().await {
        let mut group = vec![first];
        while group.len() < MAX_GROUP {
            match queue.try_recv() {
                Ok(pending) => group.push(pending),
                Err(_) => break,
            }
        }
        let requests: Vec<&AppendRequest> = group.iter().map(|p| &p.request).collect();
        let mut result = append_group(&shared, &requests).await;
        // Nothing was stored when the connection broke before COMMIT: try once more.
        if let Err(Failure::BeforeCommit(error)) = &result
            && lost_connection(error)
        {
            result = append_group(&shared, &requests).await;
        }
        match result {
            Ok(Committed { answers, new_head }) => {
                // Before the answers: an appender that looks at the head afterwards sees its append.
                if let Some(head) = new_head {
                    advance(&shared.head, head);
                }
                for (pending, answer) in group.into_iter().zip(answers) {
                    let _ = pending.reply.send(answer);
                }
            }
            Err(failure) => {
                let message = match failure {
                    Failure::BeforeCommit(error) => format!(
                        "PostgreSQL: appending to {} (nothing was stored): {error}",
                        shared.place
                    ),
                    Failure::AtCommit(error) => format!(
                        "PostgreSQL: committing an append to {} (it may have been stored: send it again with the same command id to find out): {error}",
                        shared.place
                    ),
                };
                for pending in group {
                    let _ = pending.reply.send(Err(StoreError::Io(message.clone())));
                }
            }
        }
    }
}

/// Why a group's transaction failed: before COMMIT was sent (nothing was stored, so trying
/// again is safe) or at COMMIT (it may have been stored: each caller retries with its id).
enum Failure {
    BeforeCommit(sqlx::Error),
    AtCommit(sqlx::Error),
}

impl From<sqlx::Error> for Failure {
    fn from(error: sqlx::Error) -> Self {
        Failure::BeforeCommit(error)
    }
}

/// A committed group: each append's answer in order, and the head after it if it moved.
struct Committed {
    answers: Vec<Result<AppendOutcome, StoreError>>,
    new_head: Option<u64>,
}

/// The log as the group sees it: what the database held when the lock was taken, plus what the
/// group's earlier appends wrote.
struct GroupView {
    commands: HashMap<Ulid, AppendOutcome>,
    versions: HashMap<StreamId, u64>,
    head: u64,
}

impl LogView for GroupView {
    type Error = Infallible;

    fn command(&self, id: Ulid) -> Result<Option<AppendOutcome>, PlanError<Infallible>> {
        Ok(self.commands.get(&id).cloned())
    }

    fn stream_version(&self, stream: &StreamId) -> Result<u64, PlanError<Infallible>> {
        Ok(self.versions.get(stream).copied().unwrap_or(0))
    }

    fn head_position(&self) -> Result<u64, PlanError<Infallible>> {
        Ok(self.head)
    }
}

async fn append_group(shared: &Shared, requests: &[&AppendRequest]) -> Result<Committed, Failure> {
    let mut tx = shared.pool.begin().await?;
    // Serializes this log's appends until COMMIT (see the crate documentation).
    sqlx::query("SELECT pg_advisory_xact_lock($1)")
        .bind(shared.lock_key)
        .execute(&mut *tx)
        .await?;

    let command_ids: Vec<String> = requests.iter().map(|r| r.command_id.to_string()).collect();
    let mut commands = HashMap::new();
    for row in sqlx::query!(
        r#"SELECT command_id, outcome AS "outcome: Json<AppendOutcome>"
           FROM commands WHERE command_id = ANY($1)"#,
        &command_ids[..]
    )
    .fetch_all(&mut *tx)
    .await?
    {
        let id: Ulid = row.command_id.parse().map_err(|error| {
            sqlx::Error::Decode(
                format!("the stored command id {:?}: {error}", row.command_id).into(),
            )
        })?;
        commands.insert(id, row.outcome.0);
    }
    let mut streams: Vec<String> = requests
        .iter()
        .flat_map(|r| {
            r.expectations
                .iter()
                .map(|(stream, _)| stream.0.clone())
                .chain(r.events.iter().map(|event| event.stream.0.clone()))
        })
        .collect();
    streams.sort_unstable();
    streams.dedup();
    let versions = sqlx::query!(
        r#"SELECT stream AS "stream!", max(stream_version) AS "version!"
           FROM events WHERE stream = ANY($1) GROUP BY stream"#,
        &streams[..]
    )
    .fetch_all(&mut *tx)
    .await?
    .into_iter()
    .map(|row| (StreamId(row.stream), row.version as u64))
    .collect();
    let head = sqlx::query_scalar!(r#"SELECT COALESCE(max(position), 0) AS "head!" FROM events"#)
        .fetch_one(&mut *tx)
        .await? as u64;

    let mut view = GroupView {
        commands,
        versions,
        head,
    };
    let mut answers = Vec::with_capacity(requests.len());
    let mut events: Vec<RecordedEvent> = Vec::new();
    let mut stored: Vec<(&AppendRequest, AppendOutcome)> = Vec::new();
    for request in requests {
        match rules::plan(request, &view) {
            Ok(Plan::Duplicate(first)) => answers.push(Ok(first)),
            Ok(Plan::Write(write)) => {
                for event in &write.events {
                    view.versions
                        .insert(event.stream.clone(), event.stream_version);
                }
                view.head = write.new_head();
                view.commands
                    .insert(request.command_id, write.outcome.clone());
                stored.push((request, write.outcome.clone()));
                events.extend(write.events);
                answers.push(Ok(write.outcome));
            }
            Err(PlanError::Store(error)) => answers.push(Err(error)),
            Err(PlanError::Backend(never)) => match never {},
        }
    }
    if stored.is_empty() {
        tx.rollback().await?;
        return Ok(Committed {
            answers,
            new_head: None,
        });
    }

    if !events.is_empty() {
        insert_events(&mut tx, &events).await?;
        // Delivered when this transaction commits, to every store listening on the log.
        sqlx::query("SELECT pg_notify($1, $2)")
            .bind(&shared.channel)
            .bind(view.head.to_string())
            .execute(&mut *tx)
            .await?;
    }
    let ids: Vec<String> = stored
        .iter()
        .map(|(request, _)| request.command_id.to_string())
        .collect();
    let fingerprints: Vec<Option<String>> = stored
        .iter()
        .map(|(request, _)| request.fingerprint.clone())
        .collect();
    let outcomes: Vec<String> = stored
        .iter()
        .map(|(_, outcome)| serde_json::to_string(outcome).expect("an outcome is JSON"))
        .collect();
    sqlx::query!(
        r#"INSERT INTO commands (command_id, fingerprint, outcome)
           SELECT c.command_id, c.fingerprint, c.outcome::jsonb
           FROM UNNEST($1::text[], $2::text[], $3::text[]) AS c(command_id, fingerprint, outcome)"#,
        &ids[..],
        &fingerprints[..] as _,
        &outcomes[..],
    )
    .execute(&mut *tx)
    .await?;
    tx.commit().await.map_err(Failure::AtCommit)?;
    Ok(Committed {
        answers,
        new_head: (!events.is_empty()).then_some(view.head),
    })
}

/// Writes the events in one statement, as columns of arrays.
async fn insert_events(
    tx: &mut sqlx::PgConnection,
    events: &[RecordedEvent],
) -> Result<(), sqlx::Error> {
    let positions: Vec<i64> = events.iter().map(|e| e.position as i64).collect();
    let ids: Vec<String> = events.iter().map(|e| e.id.to_string()).collect();
    let streams: Vec<String> = events.iter().map(|e| e.stream.0.clone()).collect();
    let versions: Vec<i64> = events.iter().map(|e| e.stream_version as i64).collect();
    let recorded: Vec<String> = events.iter().map(|e| e.recorded_at.to_string()).collect();
    let occurred: Vec<String> = events.iter().map(|e| e.occurred_at.to_string()).collect();
    let recorded_by: Vec<String> = events.iter().map(|e| e.recorded_by.clone()).collect();
    let meetings: Vec<Option<String>> = events.iter().map(|e| e.meeting.clone()).collect();
    let types: Vec<String> = events.iter().map(|e| e.event_type.clone()).collect();
    let schema_versions: Vec<i32> = events.iter().map(|e| i32::from(e.schema_version)).collect();
    let causations: Vec<String> = events.iter().map(|e| e.causation.to_string()).collect();
    let payloads: Vec<String> = events.iter().map(|e| e.payload.get().to_owned()).collect();
    sqlx::query!(
        r#"INSERT INTO events (position, id, stream, stream_version, recorded_at, occurred_at,
                               recorded_by, meeting, event_type, schema_version, causation, payload)
           SELECT e.position, e.id, e.stream, e.stream_version, e.recorded_at, e.occurred_at,
                  e.recorded_by, e.meeting, e.event_type, e.schema_version, e.causation, e.payload::json
           FROM UNNEST($1::bigint[], $2::text[], $3::text[], $4::bigint[], $5::text[], $6::text[],
                       $7::text[], $8::text[], $9::text[], $10::int[], $11::text[], $12::text[])
             AS e(position, id, stream, stream_version, recorded_at, occurred_at, recorded_by,
                  meeting, event_type, schema_version, causation, payload)"#,
        &positions[..],
        &ids[..],
        &streams[..],
        &versions[..],
        &recorded[..],
        &occurred[..],
        &recorded_by[..],
        &meetings[..] as _,
        &types[..],
        &schema_versions[..],
        &causations[..],
        &payloads[..],
    )
    .execute(tx)
    .await?;
    Ok(())
}
