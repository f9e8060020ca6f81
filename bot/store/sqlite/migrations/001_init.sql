-- 001: articles, speakers, statements, topic aliases and the statement search index.
-- Dates are ISO-8601 text; JSON lists are text.

CREATE TABLE articles (
    id             INTEGER PRIMARY KEY,
    content_hash   TEXT    NOT NULL UNIQUE,
    url            TEXT    UNIQUE,              -- NULL allowed, many times
    title          TEXT    NOT NULL,
    source         TEXT,
    author         TEXT,
    published      TEXT,                        -- ISO datetime
    dateline_place TEXT,
    dateline_date  TEXT,                        -- ISO date
    text           TEXT    NOT NULL,
    loaded_at      TEXT    NOT NULL             -- ISO datetime, UTC
);
CREATE INDEX articles_loaded_at ON articles (loaded_at);

-- One row per person or organisation across all articles.
-- name_key is the normalised name (lower case, no punctuation, no middle initials).
CREATE TABLE speakers (
    id       INTEGER PRIMARY KEY,
    name     TEXT    NOT NULL UNIQUE COLLATE NOCASE,
    name_key TEXT    NOT NULL UNIQUE,
    aliases  TEXT    NOT NULL DEFAULT '[]',     -- JSON list of strings
    titles   TEXT    NOT NULL DEFAULT '[]',     -- JSON list of strings
    is_org   INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE statements (
    id            INTEGER PRIMARY KEY,
    article_id    INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    speaker_id    INTEGER REFERENCES speakers (id) ON DELETE SET NULL,
    speaker_name  TEXT,                         -- the name as the article gives it
    speaker_title TEXT,                         -- the title at the time
    kind          TEXT    NOT NULL CHECK (kind IN ('direct', 'partial', 'indirect')),
    quote         TEXT    NOT NULL,
    context       TEXT    NOT NULL,
    said_on       TEXT,                         -- ISO date
    cue           TEXT,
    channel       TEXT,
    span_start    INTEGER NOT NULL,
    span_end      INTEGER NOT NULL,
    spans         TEXT    NOT NULL              -- JSON [[start, end], ...]
);
CREATE INDEX statements_article ON statements (article_id);
CREATE INDEX statements_speaker ON statements (speaker_id, said_on);

-- Acronym -> expansion, e.g. NATO -> North Atlantic Treaty Organization.
-- article_id NULL means a global alias. *_key columns hold the lower-case words joined
-- by one space (bot.search.text.lookup_key), for look-ups.
CREATE TABLE topic_aliases (
    id            INTEGER PRIMARY KEY,
    article_id    INTEGER REFERENCES articles (id) ON DELETE CASCADE,
    alias         TEXT    NOT NULL,
    expansion     TEXT    NOT NULL,
    alias_key     TEXT    NOT NULL,
    expansion_key TEXT    NOT NULL,
    UNIQUE (article_id, alias_key, expansion_key)
);
CREATE INDEX topic_aliases_alias ON topic_aliases (alias_key);
CREATE INDEX topic_aliases_expansion ON topic_aliases (expansion_key);
CREATE INDEX topic_aliases_article ON topic_aliases (article_id);

-- Full-text index, rowid = statements.id. It keeps its own (normalised) copy of the
-- text so "U.S." can be indexed as "US"; speaker_ref holds "spk<id>" for filtering
-- a speaker's statements inside the index.
CREATE VIRTUAL TABLE statements_fts USING fts5 (
    quote,
    context,
    speaker,
    speaker_ref,
    tokenize = 'porter unicode61 remove_diacritics 2'
);

-- Keep the index in sync when statements go (also through ON DELETE CASCADE).
CREATE TRIGGER statements_fts_delete AFTER DELETE ON statements BEGIN
    DELETE FROM statements_fts WHERE rowid = old.id;
END;
