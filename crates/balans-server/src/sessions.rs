//! Where sign-in sessions are kept: in this process on one node, or in the PostgreSQL database when several nodes share it, so that a person signed in through one node is signed in on all.

use std::collections::HashMap;
use std::sync::Arc;

use balans_runtime::{SessionTable, StoredSession};
use tower_sessions::cookie::time::OffsetDateTime;
use tower_sessions::session::{Id, Record};
use tower_sessions::session_store::{self, SessionStore};

/// The session store of a server.
#[derive(Debug, Clone)]
pub enum Sessions {
    /// In this process: a restart signs everyone out.
    Memory(tower_sessions::MemoryStore),
    /// In the shared database: every node sees every session, and a restart keeps them.
    Shared(Arc<SessionTable>),
}

impl Sessions {
    /// The shared table when the runtime has one (PostgreSQL), else sessions in memory.
    pub fn for_runtime(runtime: &balans_runtime::Runtime) -> Self {
        match runtime.shared_sessions() {
            Some(table) => Sessions::Shared(table),
            None => Sessions::Memory(tower_sessions::MemoryStore::default()),
        }
    }
}

fn backend(error: impl std::fmt::Display) -> session_store::Error {
    session_store::Error::Backend(error.to_string())
}

fn stored(record: &Record) -> Result<StoredSession, session_store::Error> {
    Ok(StoredSession {
        data: serde_json::to_string(&record.data)
            .map_err(|e| session_store::Error::Encode(e.to_string()))?,
        expires: record.expiry_date.unix_timestamp(),
    })
}

fn now() -> i64 {
    OffsetDateTime::now_utc().unix_timestamp()
}

#[async_trait::async_trait]
impl SessionStore for Sessions {
    async fn create(&self, record: &mut Record) -> session_store::Result<()> {
        match self {
            Sessions::Memory(store) => store.create(record).await,
            Sessions::Shared(table) => {
                let session = stored(record)?;
                // A fresh id until one is free: ids are random 128-bit numbers.
                while !table
                    .create(&record.id.to_string(), &session, now())
                    .await
                    .map_err(backend)?
                {
                    record.id = Id::default();
                }
                Ok(())
            }
        }
    }

    async fn save(&self, record: &Record) -> session_store::Result<()> {
        match self {
            Sessions::Memory(store) => store.save(record).await,
            Sessions::Shared(table) => table
                .save(&record.id.to_string(), &stored(record)?)
                .await
                .map_err(backend),
        }
    }

    async fn load(&self, id: &Id) -> session_store::Result<Option<Record>> {
        match self {
            Sessions::Memory(store) => store.load(id).await,
            Sessions::Shared(table) => {
                let Some(session) = table.load(&id.to_string(), now()).await.map_err(backend)?
                else {
                    return Ok(None);
                };
                let data: HashMap<String, serde_json::Value> = serde_json::from_str(&session.data)
                    .map_err(|e| session_store::Error::Decode(e.to_string()))?;
                Ok(Some(Record {
                    id: *id,
                    data,
                    expiry_date: OffsetDateTime::from_unix_timestamp(session.expires)
                        .map_err(|e| session_store::Error::Decode(e.to_string()))?,
                }))
            }
        }
    }

    async fn delete(&self, id: &Id) -> session_store::Result<()> {
        match self {
            Sessions::Memory(store) => store.delete(id).await,
            Sessions::Shared(table) => table.delete(&id.to_string()).await.map_err(backend),
        }
    }
}
