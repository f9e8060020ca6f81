-- 003: statement counts kept on speakers (the speaker list is read without counting
-- 1M statements), a per-statement date for date filters, and a source index.

ALTER TABLE speakers ADD COLUMN statement_count INTEGER NOT NULL DEFAULT 0;
UPDATE speakers SET statement_count =
    (SELECT COUNT(*) FROM statements s WHERE s.speaker_id = speakers.id);

-- The date a statement is filed under: when it was said, else the article's date.
ALTER TABLE statements ADD COLUMN dated TEXT;
UPDATE statements SET dated = COALESCE(said_on,
    (SELECT substr(a.published, 1, 10) FROM articles a WHERE a.id = statements.article_id));
CREATE INDEX statements_dated ON statements (dated);

-- Lower-case source name, for "from Xinhua".
ALTER TABLE articles ADD COLUMN source_key TEXT;
UPDATE articles SET source_key = lower(source);
CREATE INDEX articles_source_key ON articles (source_key);

-- Keep the counts right when statements go (deleting an article cascades here).
CREATE TRIGGER statements_count_delete AFTER DELETE ON statements
WHEN old.speaker_id IS NOT NULL BEGIN
    UPDATE speakers SET statement_count = statement_count - 1 WHERE id = old.speaker_id;
END;
