-- 005: a covering index for a speaker's statements under date and source filters:
-- listing them reads index entries only (said_on order, dated, article_id), not every
-- statement row of a surname shared by many speakers. It replaces statements_speaker
-- (same leading columns).

CREATE INDEX statements_speaker_cover ON statements (speaker_id, said_on, dated, article_id);
DROP INDEX statements_speaker;
