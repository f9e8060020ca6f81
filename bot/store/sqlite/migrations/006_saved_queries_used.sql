-- 006: when a saved query was last asked, so buttons of questions nobody asks any more
-- can be pruned (SavedQueries.prune_saved_queries).

ALTER TABLE saved_queries ADD COLUMN used_at TEXT;  -- ISO datetime, UTC
UPDATE saved_queries SET used_at = created_at;
CREATE INDEX saved_queries_used_at ON saved_queries (used_at);
