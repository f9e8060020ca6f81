-- 007: what a card shows, kept beside the extracted parts so every surface (and anyone
-- checking a card against its article) reads the same text; and the period a statement
-- was made in when the article gives a month or a week but not the day.
-- NULL display: stored before this migration; cards then fall back to the quote.

ALTER TABLE statements ADD COLUMN display TEXT;
ALTER TABLE statements ADD COLUMN said_from TEXT;  -- ISO date, inclusive
ALTER TABLE statements ADD COLUMN said_to TEXT;    -- ISO date, inclusive
