-- One event log: its events and the outcomes of its commands. The store runs this in the log's
-- own schema (balans_<log>), so that the tables are named per log: balans_main.events, ….

-- The log: one row per event. `position` counts the whole log from 1 without gaps; appends
-- allocate it under an advisory lock, so positions commit in order (see ORDERING.md).
CREATE TABLE events (
    position       BIGINT  PRIMARY KEY CHECK (position > 0),
    -- Ids are ULIDs as text, times RFC 3339 with nanoseconds as text (timestamptz keeps only
    -- microseconds): both read back exactly as written.
    id             TEXT    NOT NULL,
    stream         TEXT    NOT NULL CHECK (stream <> ''),
    stream_version BIGINT  NOT NULL CHECK (stream_version > 0),
    recorded_at    TEXT    NOT NULL,
    occurred_at    TEXT    NOT NULL,
    recorded_by    TEXT    NOT NULL,
    meeting        TEXT,
    event_type     TEXT    NOT NULL,
    schema_version INTEGER NOT NULL,
    causation      TEXT    NOT NULL,
    -- json, not jsonb: json keeps the text as it was written (key order, number spelling).
    payload        JSON    NOT NULL,
    -- A stream's versions are unique: a second writer that passed no check cannot fork it.
    UNIQUE (stream, stream_version)
);

-- Every append's command id with its first outcome, so that a retry gets that outcome back.
CREATE TABLE commands (
    command_id  TEXT  PRIMARY KEY,
    -- What the command was (the sender's digest), beside the outcome that also holds it.
    fingerprint TEXT,
    outcome     JSONB NOT NULL
);
