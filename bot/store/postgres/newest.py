"""Newest matches on PostgreSQL, the most recent ids first.

The GIN index keeps no order: the newest 100 of m matches cost either every match's
row (a bitmap of the word, then a top-N sort) or a backward walk of the id index until
100 rows match, and the planner chooses on estimates that take a query's words as
independent ('hillary & clinton' in quotes, 1M statements: estimated 2,898 rows, found
24,370, and the bitmap plan read 23,234 heap rows for 100). A look-up over the whole
store is therefore asked of the most recent WINDOW ids first, where the bitmap of the
words is intersected with the id range (BitmapAnd) and only the matches inside it are
read; the rest of the store is searched, in the same statement, only when the window
holds fewer than the limit. The result is the same: the newest matches by id. The
window's size comes from the statistics (window_size): the words' matches, and the
outlet's share of the statements when the question is narrowed to one.

The window is made of whole periods of 2**PERIOD_BITS ids, a key of the GIN indexes
(migration 015): one GIN scan intersects the periods' entries with the words' and
skips through the rest, where a range of the primary key was a bitmap of every id in
the window (7-10 ms for 50,000 ids) and each word's whole posting list was decoded.
The periods are a list the planner sees (from an array computed in the statement it
took each for a thousand and kept the words' scan alone: 2,537 rows read for 159);
rows written after the newest id was read, beyond the window's periods, are asked of
the primary key in the same statement (nothing to read unless there are such rows).
"""

from __future__ import annotations

import time

# Ids in the first window (at 1M statements a word in 0.2% of them has 100 matches in
# it; reading the window's id range is ~3 ms).
WINDOW = 50_000
# A window is sized to hold this many times the limit by the statistics' estimate of
# the matches (the estimate is of the whole store: the newest ids may hold fewer) ...
SAFETY = 3
# ... and is not used when that takes at least this share of the store (the look-up
# over all of it is then the one to make).
FULL_SHARE = 0.5
# Ids in a period (a GIN key of migration 015: id >> PERIOD_BITS).
PERIOD_BITS = 14
# Seconds the newest id is used before it is read again (a later id only widens the
# window, a deleted one narrows it: the answer is the same either way).
NEWEST_SECONDS = 60.0


def window_size(matches: float | None, share: float | None, total: float,
                limit: int) -> int | None:
    """Ids in the first window of a look-up whose words the statistics put in
    `matches` rows (an upper bound; None: not known) of `total`, narrowed to outlets
    holding `share` of the statements (1.0: none; None: not known), or None for no
    window. Unknown words keep WINDOW, and an outlet no window (at 10M an outlet's
    matches in 50,000 ids were too few). Sized from the density, a window holds
    about SAFETY times the limit: a word of 83,000 quote matches in 10M statements
    asked from one outlet of twelve needs ~430,000 ids (121 ms, where reading all its
    matches took 640-720 ms)."""
    if matches is None or share is None or total <= 0:
        return WINDOW if share == 1.0 else None
    density = matches / total * share
    size = SAFETY * max(limit, 1) / density if density > 0 else total
    return None if size >= FULL_SHARE * total else int(max(WINDOW, size))


def windowed_sql(select: str, order_limit: str) -> str:
    """A newest-first look-up (`select` ends in its WHERE conditions, `order_limit` is
    'ORDER BY s.id DESC LIMIT ?') as the matches beyond the window's periods and in
    them, then the rest's (ids below the window) only if those are fewer than the
    limit; the newest of all, no more than the limit. Parameters, each part's after
    the look-up's: the first id beyond the window, the limit; the window's periods
    (one array), the limit; the window's lowest id, the limit twice; then the limit."""
    return (f"WITH recent AS MATERIALIZED (({select} AND s.id >= ? {order_limit}) UNION ALL"
            f" ({select} AND (s.id >> {PERIOD_BITS}) = ANY(?::bigint[]) {order_limit}))"
            f" SELECT id FROM (SELECT id FROM recent UNION ALL ({select} AND s.id < ?"
            f" AND (SELECT count(*) FROM recent) < ? {order_limit})) AS w"
            " ORDER BY id DESC LIMIT ?")


def quote_first_sql(quote: str, text: str) -> str:
    """The quote's newest matches (the look-up `quote`), then the whole text's (`text`)
    not among them, only when the quote's are fewer than the limit: the ids of
    text_query.quote_first, in order. Two more parameters after both look-ups': the
    limit twice."""
    return (f"WITH quoted AS MATERIALIZED ({quote})"
            f" SELECT id FROM (SELECT id, 0 FROM quoted UNION ALL SELECT id, 1 FROM ({text}) AS t"
            f" WHERE (SELECT count(*) FROM quoted) < ?) AS p(id, part)"
            " GROUP BY id ORDER BY min(part), id DESC LIMIT ?")


class NewestId:
    """The statements' highest id, read again after NEWEST_SECONDS."""

    def __init__(self) -> None:
        self._id = 0
        self._read_at = float("-inf")

    def stale(self) -> bool:
        return time.monotonic() - self._read_at > NEWEST_SECONDS

    def set(self, newest: int) -> None:
        self._id, self._read_at = newest, time.monotonic()

    def window(self, size: int = WINDOW) -> tuple[list[int], int, int]:
        """A window of at least `size` ids: its periods (up to the one after the
        newest id's), its lowest id and the first id beyond it."""
        first, last = max(self._id - size, 0) >> PERIOD_BITS, (self._id >> PERIOD_BITS) + 1
        return list(range(first, last + 1)), first << PERIOD_BITS, (last + 1) << PERIOD_BITS
