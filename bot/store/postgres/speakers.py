"""Look-ups inside named speakers' statements on PostgreSQL: one GIN scan per speaker.

The GIN indexes are (speaker_id, words) (migrations 002 and 011). Asked for
`speaker_id = ANY(ids) AND words`, PostgreSQL takes the speakers' rows from the btree
and intersects them with every entry of each word's posting list, decoded in full
('vote' in quotes, 30,099 entries at 1M statements: 15-20 ms for the 43 matches of 23
speakers). Asked for one speaker (`speaker_id = x AND words`), the GIN scan walks the
speaker's short posting list and skips through the word's (0.18 ms a speaker). So a
look-up narrowed to speakers is a LATERAL join over their ids, each one's best (or
newest) `limit` matches, and the best (or newest) `limit` of those: the rows of one
look-up over all of them, since a row among the best n overall is among the best n of
its own speaker. Not always: a few speakers' rows checked one by one cost less for
very common words, and many speakers one scan (speaker_plan).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

# What orders a look-up's matches (the key `k` of each row, then the newest id first):
# ranked, the rank with the quote weighing more than its paragraph; newest first with
# the quote's matches before the paragraph's; newest first.
RANKED = "ts_rank({column}, q, 1)"
QUOTE_FIRST = "ts_match_vq(s.quote_tsv, q)"
NEWEST = "0"

# How a look-up inside named speakers is made (speaker_plan): their rows each checked
# (ts_match_vq, read through the speaker index), one GIN scan per speaker
# (per_speaker_sql), or one GIN scan for them all (speaker_id = ANY(ids)). Set from the
# 962 speaker look-ups of one pass of bench/search_speed.py's workload at 1M statements,
# each timed all three ways (min of 2, load ~3.5): rows 4,478 ms in all, one scan per
# speaker 3,076, one scan for all 7,540; this choice 2,797 (p99 15.8 ms, slowest 27.8),
# the choice of before (rows below 1,000 rows and 20 entries a row, else one scan for
# all) 3,759 (p99 21.1, slowest 83.5).
ROWS, EACH, INDEX = "rows", "each", "index"
# Rows each checked when the words' index entries (by the statistics,
# counts.CommonWords.index_rows) pass this many per row of the speakers: a scan per
# speaker re-enters each word's posting tree for every row of the speaker ('women |
# made', 79,430 entries, 23 speakers of 1,199 rows: 20.5 ms one scan per speaker,
# 10.1 row by row, at 1M where every row is in memory) ...
ENTRIES_PER_ROW = 50
# ... and the speakers have no more than this many rows between them: rows are read
# with their paragraph's tsvector (TOAST), cold where the store outgrows the page cache
# (10M statements, session 8: rows of sets above 1,000 read one by one made p99 worse,
# 266 -> 521 ms; at 1M a limit of 3,000 measured the same as 1,000).
FEW_ROWS = 1000
# Above this many speakers, one scan per speaker costs more than decoding each word's
# posting list once ('hoped', 33,263 entries, 51 speakers: 52 ms one scan per speaker,
# 26.5 for all) ...
MANY_SPEAKERS = 40
# ... unless the words' posting lists hold this many entries a speaker or more: decoding
# them grows with the store (~0.64 us an entry), a scan per speaker does not (~0.6-0.8
# ms each). 'nation' at 10M statements, 782,661 entries in tsv, a surname of 95
# speaker records: 498 ms to decode them for one scan, 58-76 ms one scan per speaker.
ENTRIES_PER_SPEAKER = 2000


def speaker_plan(rows: int, entries: float | None, speakers: int) -> str:
    """ROWS, EACH or INDEX for a look-up inside `speakers` speakers with `rows`
    statements between them, of words with `entries` index entries by the statistics
    (None: not known)."""
    if entries is not None and entries > ENTRIES_PER_ROW * rows and rows <= FEW_ROWS:
        return ROWS
    if speakers > MANY_SPEAKERS and (entries is None
                                     or entries < ENTRIES_PER_SPEAKER * speakers):
        return INDEX
    return EACH


def per_speaker_sql(config: str, column: str, key: str, scope_where: str) -> str:
    """The ids of a look-up in `column` ('s.tsv' or 's.quote_tsv') narrowed to speakers,
    ordered by `key` (RANKED, QUOTE_FIRST or NEWEST) then id, newest first. Parameters:
    the speaker ids (one array), the tsquery text, the scope's parameters (of
    `scope_where`, its ' AND ...' conditions), the limit twice."""
    rank = key.format(column=column)
    return (f"SELECT x.id FROM unnest(?::bigint[]) AS sp(speaker)"
            f" CROSS JOIN LATERAL (SELECT s.id, {rank} AS k FROM statements s"
            f" CROSS JOIN to_tsquery('{config}', ?) q"
            f" WHERE {column} @@ q AND s.speaker_id = sp.speaker {scope_where}"
            f" ORDER BY k DESC, s.id DESC LIMIT ?) AS x"
            " ORDER BY x.k DESC, x.id DESC LIMIT ?")


def per_speaker_args(speaker_ids: Sequence[int], text: str, scope_args: Sequence[Any],
                     limit: int) -> list[Any]:
    """per_speaker_sql's parameters (each speaker once)."""
    most = max(limit, 0)
    return [list(dict.fromkeys(speaker_ids)), text, *scope_args, most, most]
