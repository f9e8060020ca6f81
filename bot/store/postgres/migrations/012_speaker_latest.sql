-- 012: a speaker's latest statements read from the index alone.
--
-- Search asks for the latest statements of the speakers a name matches (ORDER BY
-- said_on DESC NULLS LAST, id DESC). The index of 001 (speaker_id, said_on, dated,
-- article_id) had neither that order nor the id: PostgreSQL read every statement row
-- of those speakers and sorted them (1M statements of bench/search_speed.py: p50 9.7 ms,
-- 18% of the workload's time). This one holds the order and every column the query
-- reads (the date and source conditions of a scope included), so a single speaker is
-- the first entries of its range and several are their entries, no row read.

DROP INDEX statements_speaker_cover;
CREATE INDEX statements_speaker_latest ON statements
    (speaker_id, said_on DESC NULLS LAST, id DESC) INCLUDE (dated, article_id);
