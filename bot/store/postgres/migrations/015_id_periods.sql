-- 015: the full-text GIN indexes are keyed by period of ids too (id >> 14: 16,384
-- statements a period), so a newest-first look-up over the whole store reads the
-- newest periods' matches from the index alone (bot/store/postgres/newest.py).
--
-- The look-up asked the newest ids first (id > the window's start) as a BitmapAnd of
-- the primary key's range with the words' posting lists: a bitmap of every id in the
-- window (50,000 ids at 1M statements of bench/search_speed.py: 7-10 ms, at 10M
-- windows of up to 430,000 ids) and each word's whole posting list decoded. Keyed by
-- period, one GIN scan intersects the periods' entries with the words' and skips
-- through the rest of both ('reasoned' in quotes, 6,460 matches: 3.7-15 ms -> 0.8 ms).
-- The speaker stays the first column: a look-up inside speakers is unchanged (GIN
-- keys of a column a query leaves out are not read).

CREATE INDEX statements_speaker_period_tsv ON statements
    USING gin (speaker_id, (id >> 14), tsv);
DROP INDEX IF EXISTS statements_speaker_tsv;
CREATE INDEX statements_speaker_period_quote_tsv ON statements
    USING gin (speaker_id, (id >> 14), quote_tsv);
DROP INDEX IF EXISTS statements_speaker_quote_tsv;
