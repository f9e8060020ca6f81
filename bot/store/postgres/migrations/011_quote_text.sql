-- 011: the quote's full text in a column (and index) of its own.
--
-- A query for the quote alone asked tsv for weight-A entries ('word':A). PostgreSQL
-- cannot check a weight in the GIN index: it read every candidate's whole tsvector
-- again, usually out of line in TOAST (quote and paragraph together pass 2 kB), and
-- its row estimates ignored the weight (measured on 1M statements of
-- bench/search_speed.py: 'whether & president' in quotes, newest 100, 1.16 s with
-- 12,155 rows rechecked; 34 ms on quote_tsv). quote_tsv is tsv's weight-A entries,
-- computed by PostgreSQL from tsv, so every write keeps it right.

ALTER TABLE statements
    ADD COLUMN quote_tsv tsvector GENERATED ALWAYS AS (ts_filter(tsv, '{a}')) STORED;
CREATE INDEX statements_speaker_quote_tsv ON statements USING gin (speaker_id, quote_tsv);
