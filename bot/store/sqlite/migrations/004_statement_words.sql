-- 004: each statement's quote and context as search ranks them: the stemmed lower-case
-- words (bot.search.text.stems) joined by single spaces, written at load time so a
-- query does not tokenise its candidates. NULL for statements stored before this
-- migration: search then tokenises those itself.

ALTER TABLE statements ADD COLUMN quote_words TEXT;
ALTER TABLE statements ADD COLUMN context_words TEXT;
