-- 001: articles, speakers, statements, topic aliases and saved queries: the schema the
-- SQLite store reached with its migrations 001-009, column for column in the same order,
-- so an export reads the same from either store. Dates stay ISO-8601 text and JSON lists
-- text, as SQLite keeps them: a row exported from one is imported unchanged into the
-- other, and date filters compare the same strings. Ids are given by the store's code
-- (the largest + 1 inside the write transaction), never by a sequence, as in SQLite.

CREATE TABLE articles (
    id             bigint  PRIMARY KEY,
    content_hash   text    NOT NULL UNIQUE,
    url            text    UNIQUE,              -- NULL allowed, many times
    title          text    NOT NULL,
    source         text,
    author         text,
    published      text,                        -- ISO datetime
    dateline_place text,
    dateline_date  text,                        -- ISO date
    text           text    NOT NULL,
    loaded_at      text    NOT NULL,            -- ISO datetime, UTC
    source_key     text                         -- lower-case source, for "from Xinhua"
);
CREATE INDEX articles_loaded_at ON articles (loaded_at);
CREATE INDEX articles_source_key ON articles (source_key);

-- One row per person or organisation across all articles (bot/store/sql/speaker_merge.py).
CREATE TABLE speakers (
    id              bigint  PRIMARY KEY,
    name            text    NOT NULL,
    name_key        text    NOT NULL UNIQUE,    -- bot.text.name_key
    aliases         text    NOT NULL DEFAULT '[]',  -- JSON list of strings
    titles          text    NOT NULL DEFAULT '[]',  -- JSON list of strings
    is_org          integer NOT NULL DEFAULT 0,
    statement_count integer NOT NULL DEFAULT 0,
    match_key       text                        -- bot.extraction.same_speaker.match_key
);
-- SQLite's `name ... UNIQUE COLLATE NOCASE`.
CREATE UNIQUE INDEX speakers_name ON speakers (lower(name));
CREATE INDEX speakers_match_key ON speakers (match_key);

CREATE TABLE statements (
    id            bigint  PRIMARY KEY,
    article_id    bigint  NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    speaker_id    bigint  REFERENCES speakers (id) ON DELETE SET NULL,
    speaker_name  text,                         -- the name as the article gives it
    speaker_title text,                         -- the title at the time
    kind          text    NOT NULL CHECK (kind IN ('direct', 'partial', 'indirect')),
    quote         text    NOT NULL,
    context       text    NOT NULL,
    said_on       text,                         -- ISO date
    cue           text,
    channel       text,
    span_start    integer NOT NULL,
    span_end      integer NOT NULL,
    spans         text    NOT NULL,             -- JSON [[start, end], ...]
    dated         text,                         -- said_on, else said_from, else published
    quote_words   text,                         -- bot.text.stems, joined by spaces
    context_words text,
    display       text,                         -- what a card shows
    said_from     text,                         -- ISO date, inclusive
    said_to       text                          -- ISO date, inclusive
);
CREATE INDEX statements_article ON statements (article_id);
CREATE INDEX statements_speaker_cover ON statements (speaker_id, said_on, dated, article_id);
CREATE INDEX statements_dated ON statements (dated);

-- Keep speakers' statement counts right when statements go (deleting an article cascades).
CREATE FUNCTION statements_count_delete() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE speakers SET statement_count = statement_count - 1 WHERE id = OLD.speaker_id;
    RETURN NULL;
END
$$;
CREATE TRIGGER statements_count_delete AFTER DELETE ON statements
    FOR EACH ROW WHEN (OLD.speaker_id IS NOT NULL) EXECUTE FUNCTION statements_count_delete();

-- Acronym -> expansion (NATO -> North Atlantic Treaty Organization); article_id NULL: a
-- global alias. *_key columns: bot.text.lookup_key.
CREATE TABLE topic_aliases (
    id            bigint  PRIMARY KEY,
    article_id    bigint  REFERENCES articles (id) ON DELETE CASCADE,
    alias         text    NOT NULL,
    expansion     text    NOT NULL,
    alias_key     text    NOT NULL,
    expansion_key text    NOT NULL,
    UNIQUE (article_id, alias_key, expansion_key)
);
CREATE INDEX topic_aliases_alias ON topic_aliases (alias_key);
CREATE INDEX topic_aliases_expansion ON topic_aliases (expansion_key);
CREATE INDEX topic_aliases_article ON topic_aliases (article_id);

-- Query texts behind "Previous / Next" buttons (callback data holds only the id).
CREATE TABLE saved_queries (
    id         bigint  PRIMARY KEY,
    text       text    NOT NULL UNIQUE,
    created_at text    NOT NULL,                -- ISO datetime, UTC
    used_at    text                             -- ISO datetime, UTC
);
CREATE INDEX saved_queries_used_at ON saved_queries (used_at);
