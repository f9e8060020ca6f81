-- 002: query texts behind "Previous / Next" buttons, so a button outlives a restart.
-- Callback data holds only the id ("p:<id>:<offset>"); the same text keeps its id.

CREATE TABLE saved_queries (
    id         INTEGER PRIMARY KEY,
    text       TEXT    NOT NULL UNIQUE,
    created_at TEXT    NOT NULL              -- ISO datetime, UTC
);
