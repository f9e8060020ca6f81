"""Capped counts on PostgreSQL: a word the table's statistics know to be common is not
counted row by row.

Search asks how many statements match any of its words, up to a cap (1,000), to choose
between ranking and newest first. PostgreSQL cannot count from a GIN index alone: it
reads a row for every match (1,000 heap rows, or a scan of the table until 1,000 rows
match; 20-70 ms at 1M statements). ANALYZE keeps the most common lexemes of each tsvector
column with the share of rows holding them (pg_stats.most_common_elems, from a sample of
the rows): a one-word phrase whose lexeme is there in at least COMMON_MARGIN times the
cap's rows answers "the cap" at once; any other query is counted as before.

The statistics are read into the process (`CommonWords`, again after STATS_SECONDS),
and so is each word's lexeme (the server's stemming, asked once per word), so a common
word's count costs no round trip.
"""

from __future__ import annotations

import time
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import replace
from typing import Any

from bot.store.port import TextQuery, phrase_tokens

# How far above the cap the statistics must put a word before it is taken as reaching
# it. At 1,000 of 1M rows a word is in ~30 of 30,000 sampled rows (statistics target
# 100; ~300 of 300,000 at migration 013's 1,000); to look like 2,000 it would need
# twice that (5 standard deviations at 30,000). The share of a lexeme changes between
# ANALYZE runs only by the rows written since (autovacuum analyzes after 10% of the table).
COMMON_MARGIN = 2
# Seconds the statistics read from pg_stats are used before they are read again (they
# change only when ANALYZE runs).
STATS_SECONDS = 300.0
# Words whose lexeme is remembered; the memory is emptied past this many.
MAX_LEXEMES = 50_000

Rows = Callable[[str, Sequence[Any]], Awaitable[list[Any]]]


def common_candidates(query: TextQuery) -> list[str]:
    """Words of a query whose own matches are all the query's: one-token phrases (no
    prefix) of a query over the whole store that matches any of them. Empty when the
    query is narrowed or needs every one of several terms."""
    if query.speaker_ids or query.scope.narrows or (query.match_all and len(query.terms) > 1):
        return []
    found = []
    for term in query.terms:
        for phrase in term:
            tokens = phrase_tokens(phrase)
            if len(tokens) == 1 and not phrase.prefix:
                found.append(tokens[0])
    return list(dict.fromkeys(found))


def stats_sql() -> str:
    """(column, lexeme, rows) of every lexeme the statistics of statements' tsvector
    columns keep (the share of sampled rows holding it times the table's rows); then
    ('source_key', outlet, rows) of the most common outlets (migration 014), and
    ('', '', the table's rows)."""
    return (f"{_kept('most_common_elems', 'most_common_elem_freqs', 'tsv', 'quote_tsv')}"
            f" UNION ALL {_kept('most_common_vals', 'most_common_freqs', 'source_key')}"
            " UNION ALL SELECT '', '', reltuples FROM pg_class"
            " WHERE oid = 'statements'::regclass")


def _kept(values: str, freqs: str, *columns: str) -> str:
    names = ", ".join(f"'{c}'" for c in columns)
    return (f"SELECT st.attname::text, e.v, e.freq * c.reltuples FROM pg_stats st"
            f" CROSS JOIN LATERAL unnest(st.{values}::text::text[], st.{freqs}) AS e(v, freq)"
            " JOIN pg_class c ON c.oid = 'statements'::regclass"
            " WHERE st.schemaname = current_schema() AND st.tablename = 'statements'"
            f" AND st.attname IN ({names})")


def lexemes_sql(config: str) -> str:
    """(word, its one lexeme or NULL) for a text[] parameter of words."""
    return (f"SELECT w, CASE WHEN length(v) = 1 THEN (tsvector_to_array(v))[1] END"
            f" FROM unnest(?::text[]) AS w CROSS JOIN to_tsvector('{config}', w) AS v")


class CommonWords:
    """The statistics' rows of each common lexeme, and the lexeme of each word asked."""

    def __init__(self, config: str) -> None:
        self._config = config
        self._rows: dict[tuple[str, str], float] = {}
        self._read_at = float("-inf")
        self._lexemes: dict[str, str | None] = {}
        self._rarest: dict[str, float] = {}  # each column's fewest rows of a kept lexeme

    async def most_rows(self, rows: Rows, column: str, words: Sequence[str]) -> float:
        """The most rows the statistics give any of these words in `column` (0 when
        none is among the common lexemes)."""
        if time.monotonic() - self._read_at > STATS_SECONDS:
            found = await rows(stats_sql(), ())
            self._rows = {(r[0], r[1]): float(r[2]) for r in found}
            self._rarest = {}
            for (name, _lexeme), count in self._rows.items():
                self._rarest[name] = min(count, self._rarest.get(name, count))
            self._read_at = time.monotonic()
        unknown = [w for w in words if w not in self._lexemes]
        if unknown:
            if len(self._lexemes) > MAX_LEXEMES:
                self._lexemes = {}
            found = await rows(lexemes_sql(self._config), [unknown])
            self._lexemes.update((r[0], r[1]) for r in found)
        lexemes = (self._lexemes.get(w) for w in words)
        return max((self._rows.get((column, x), 0.0) for x in lexemes if x), default=0.0)

    def index_rows(self, column: str, query: TextQuery) -> float | None:
        """How many index entries the statistics give a query's words together (what
        the GIN index decodes for them; a word not kept counted as the rarest kept).
        None unless every phrase is one word whose lexeme is known here."""
        rarest = self._rarest.get(column)
        total = 0.0
        for term in query.terms:
            for phrase in term:
                tokens = phrase_tokens(phrase)
                lexeme = self._lexemes.get(tokens[0]) if len(tokens) == 1 else None
                if rarest is None or phrase.prefix or lexeme is None:
                    return None
                total += self._rows.get((column, lexeme), rarest)
        return total

    def matches(self, column: str, query: TextQuery) -> float | None:
        """At most how many rows match, by the statistics (index_rows; with
        `match_all`, the fewest of any one term's); None when not known."""
        if not query.match_all:
            return self.index_rows(column, query)
        each = [self.index_rows(column, replace(query, terms=(term,))) for term in query.terms]
        known = [n for n in each if n is not None]
        return min(known) if known else None

    def share(self, sources: Sequence[str]) -> float | None:
        """The share of the statements from these outlets by the statistics (1.0 for
        no outlet); None when they keep none of them."""
        if not sources:
            return 1.0
        total = self._rows.get(("", ""), 0.0)
        found = sum(self._rows.get(("source_key", s.lower()), 0.0) for s in set(sources))
        return found / total if found and total > 0 else None

    @property
    def total(self) -> float:
        """The table's rows when the statistics were read (0 before)."""
        return self._rows.get(("", ""), 0.0)
