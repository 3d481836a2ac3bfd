//! Reading beside a running server: the log is read over its GraphQL API into memory, so that `owed`, `open`, `history` and `log` print what they print on the database itself.
//!
//! sled lets one process open a database. The server writes the address it listens on into
//! the data directory ([`balans_server::ADDR_FILE`]); a reading command that finds the
//! database locked asks that address for the whole log (`events`, a page at a time) and folds
//! it as the server does. The reports are then made by the same code from the same events, so
//! they cannot drift from what the command prints without a server. The cost grows with the
//! log, which suits the logs of municipalities (thousands of events), not a generated million.

use std::path::Path;
use std::sync::Arc;
use std::time::Duration;

use anyhow::{Context as _, Result, anyhow, bail};
use balans_app::SystemClock;
use balans_runtime::Runtime;
use balans_store::{LogInMemory, Payload, RecordedEvent, StoreError, StreamId};
use jiff::Timestamp;
use serde_json::{Value, json};

/// How many events one request asks for: a page of the envelope's fields costs about 14 per
/// event in the API's complexity limit (5,000), so 250 fit in one request.
const PAGE: usize = 250;

const EVENTS: &str = "query($after: String, $first: Int) { events(after: $after, first: $first) { \
    pageInfo { hasNextPage endCursor } \
    edges { node { position id stream streamVersion type schemaVersion occurredAt recordedAt \
    recordedBy meetingId causation payload } } } }";

/// A runtime over an in-memory copy of the log of the server that holds `data`.
pub fn runtime_beside_server(data: &Path) -> Result<Arc<Runtime>> {
    let addr = balans_server::read_addr(data).ok_or_else(|| {
        anyhow!(
            "databasen i {} används av en annan process, och ingen server har skrivit sin adress i {}. \
Stoppa den andra processen (till exempel balans serve) och försök igen.",
            data.display(),
            data.join(balans_server::ADDR_FILE).display()
        )
    })?;
    let events = read_log(&addr).with_context(|| {
        format!(
            "databasen i {} används av servern på {addr}, men servern svarade inte. \
Kontrollera att balans serve fortfarande kör, eller stoppa den och försök igen.",
            data.display()
        )
    })?;
    Runtime::over_log(&LogInMemory::new(events), Box::new(SystemClock))
        .context("loggen från servern kunde inte läsas in")
}

/// What a command that writes says when the server holds the database.
pub fn writes_need_the_server(data: &Path) -> anyhow::Error {
    match balans_server::read_addr(data) {
        Some(addr) => anyhow!(
            "databasen i {} används av servern på {addr}. Stoppa servern för att ändra med kommandoraden, \
eller gör ändringen genom GraphQL-API:t på http://{addr}/graphql. Läsande kommandon (owed, open, history, log) fungerar medan servern kör.",
            data.display()
        ),
        None => anyhow!(
            "databasen i {} används av en annan process. Stoppa den (till exempel balans serve) och försök igen.",
            data.display()
        ),
    }
}

/// Whether opening failed because another process holds the database.
pub fn is_locked(error: &balans_runtime::RuntimeError) -> bool {
    matches!(
        error,
        balans_runtime::RuntimeError::Open {
            source: StoreError::Locked { .. },
            ..
        }
    )
}

/// The whole log of the server at `addr`, in order.
fn read_log(addr: &str) -> Result<Vec<RecordedEvent>> {
    let mut events = Vec::new();
    let mut after: Option<String> = None;
    loop {
        let response = graphql(
            addr,
            &json!({ "query": EVENTS, "variables": { "after": after, "first": PAGE } }),
        )?;
        if let Some(errors) = response.get("errors").filter(|e| !e.is_null()) {
            bail!("servern svarade med fel: {errors}");
        }
        let page = &response["data"]["events"];
        for edge in page["edges"].as_array().into_iter().flatten() {
            events.push(recorded(&edge["node"])?);
        }
        if page["pageInfo"]["hasNextPage"] != true {
            return Ok(events);
        }
        after = page["pageInfo"]["endCursor"].as_str().map(str::to_owned);
    }
}

fn recorded(node: &Value) -> Result<RecordedEvent> {
    let text = |field: &str| -> Result<&str> {
        node[field]
            .as_str()
            .ok_or_else(|| anyhow!("händelsen saknar {field}: {node}"))
    };
    let number = |field: &str| -> Result<u64> {
        node[field]
            .as_u64()
            .ok_or_else(|| anyhow!("händelsen saknar {field}: {node}"))
    };
    let time = |field: &str| -> Result<Timestamp> {
        text(field)?
            .parse()
            .with_context(|| format!("{field} är ingen tidpunkt: {node}"))
    };
    Ok(RecordedEvent {
        id: text("id")?.parse()?,
        stream: StreamId::new(text("stream")?),
        stream_version: number("streamVersion")?,
        position: number("position")?,
        recorded_at: time("recordedAt")?,
        occurred_at: time("occurredAt")?,
        recorded_by: text("recordedBy")?.to_string(),
        meeting: node["meetingId"].as_str().map(str::to_owned),
        event_type: text("type")?.to_string(),
        schema_version: u16::try_from(number("schemaVersion")?)?,
        causation: text("causation")?.parse()?,
        payload: Payload::from(node["payload"].clone()),
    })
}

/// One GraphQL request to the server on the loopback.
fn graphql(addr: &str, body: &Value) -> Result<Value> {
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()?;
    runtime.block_on(async {
        let response = reqwest::Client::new()
            .post(format!("http://{addr}/graphql"))
            .timeout(Duration::from_secs(60))
            .json(body)
            .send()
            .await?;
        if !response.status().is_success() {
            bail!("servern svarade {}", response.status());
        }
        Ok(response.json().await?)
    })
}
