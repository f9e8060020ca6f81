-- 014: each statement carries its article's outlet (source_key), so a question narrowed
-- to an outlet ('... from wash-post') is answered without joining every candidate to
-- its article.
--
-- The outlet condition joined each statement a look-up or a speaker's latest read to
-- articles (one index probe and heap row each): at 1M statements of
-- bench/search_speed.py outlet-scoped questions were a third of the slowest 1%, and
-- at 10M the slowest questions of all (a speaker's latest reading every one of their
-- rows' articles). An article's outlet is never changed once stored, so the copy made
-- when a statement is written stays right; the trigger makes it from the article
-- (statements are always written after their article), whichever code writes them.
-- The speaker's-latest index (012) carries it too, so that read stays index-only.

ALTER TABLE statements ADD COLUMN source_key text;
UPDATE statements s SET source_key = a.source_key
    FROM articles a WHERE a.id = s.article_id AND a.source_key IS NOT NULL;

CREATE FUNCTION statements_source_key() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.source_key := (SELECT source_key FROM articles WHERE id = NEW.article_id);
    RETURN NEW;
END
$$;
CREATE TRIGGER statements_source_key BEFORE INSERT OR UPDATE OF article_id ON statements
    FOR EACH ROW EXECUTE FUNCTION statements_source_key();

DROP INDEX statements_speaker_latest;
CREATE INDEX statements_speaker_latest ON statements
    (speaker_id, said_on DESC NULLS LAST, id DESC) INCLUDE (dated, article_id, source_key);
