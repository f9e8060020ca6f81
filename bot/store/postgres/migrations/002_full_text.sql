-- 002: full-text search of statements, and fuzzy speaker names.
--
-- The text configuration `onrecord` indexes words as SQLite's FTS5 tokenizer
-- ('porter unicode61 remove_diacritics 2') does: accents removed (unaccent), English
-- stems (snowball; porter's successor, so a few stems differ), and no stop words
-- dropped ('us troops' must find "U.S. troops"). The store indexes the words of the
-- normalised text (bot.text.plain, then split on anything but letters and digits), so
-- 'pre-2014' is 'pre 2014' and 'example.com' 'example com' in both stores.
--
-- tsv holds the quote with weight A and its paragraph with weight B: a query restricted
-- to the quote asks for A only. One GIN index over (speaker_id, tsv) (btree_gin) serves
-- a named speaker's matches and all matches alike. pg_trgm's index on name keys serves
-- Store.find_speakers.

CREATE EXTENSION IF NOT EXISTS unaccent;
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE EXTENSION IF NOT EXISTS btree_gin;

CREATE TEXT SEARCH DICTIONARY onrecord_stem (TEMPLATE = snowball, Language = english);
CREATE TEXT SEARCH CONFIGURATION onrecord (COPY = simple);
ALTER TEXT SEARCH CONFIGURATION onrecord
    ALTER MAPPING FOR asciiword, asciihword, hword_asciipart, word, hword, hword_part
    WITH unaccent, onrecord_stem;

ALTER TABLE statements ADD COLUMN tsv tsvector NOT NULL DEFAULT ''::tsvector;
CREATE INDEX statements_speaker_tsv ON statements USING gin (speaker_id, tsv);
CREATE INDEX speakers_name_trgm ON speakers USING gin (name_key gin_trgm_ops);
