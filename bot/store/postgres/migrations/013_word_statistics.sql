-- 013: statistics of ten times more words in the full-text columns.
--
-- Search counts the matches of its words up to 1,000 to choose between ranking and
-- newest first; a word that ANALYZE's statistics keep (pg_stats.most_common_elems)
-- with at least twice that many rows is taken as reaching it without counting
-- (bot/store/postgres/counts.py), any other word is counted by reading up to 1,000
-- rows. The default target (100) keeps 1,000 lexemes per column, from a sample of
-- 30,000 rows: at 1M statements of bench/search_speed.py the rarest kept was in 8,600
-- rows, so half of the workload's counts were still read row by row. 1,000 keeps
-- 10,000 lexemes from 300,000 sampled rows. The statistics are read into each process
-- (not looked up per question), so the longer list costs no more per question.

ALTER TABLE statements ALTER COLUMN tsv SET STATISTICS 1000;
ALTER TABLE statements ALTER COLUMN quote_tsv SET STATISTICS 1000;
ANALYZE statements;
