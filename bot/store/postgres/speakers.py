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
its own speaker.
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
