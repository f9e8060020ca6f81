"""Capped counts on PostgreSQL: a word the table's statistics know to be common is not
counted row by row.

Search asks how many statements match any of its words, up to a cap (1,000), to choose
between ranking and newest first. PostgreSQL cannot count from a GIN index alone: it
reads a row for every match (1,000 heap rows, or a scan of the table until 1,000 rows
match; 20-70 ms at 1M statements). ANALYZE keeps the most common lexemes of each tsvector
column with the share of rows holding them (pg_stats.most_common_elems, from a sample of
30,000 rows): a one-word phrase whose lexeme is there in at least COMMON_MARGIN times the
cap's rows answers "the cap" at once; any other query is counted as before.
"""

from __future__ import annotations

from bot.store.port import TextQuery, phrase_tokens

# How far above the cap the statistics must put a word before it is taken as reaching
# it. At 1,000 of 1M rows a word is in ~30 of the 30,000 sampled; to look like 2,000 it
# would need 60 (5 standard deviations). The share of a lexeme changes between ANALYZE
# runs only by the rows written since (autovacuum analyzes after 10% of the table).
COMMON_MARGIN = 2


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


def estimate_sql(column: str, config: str) -> str:
    """How many rows the statistics say hold the most common of some words (a text[]
    parameter; a word that is not exactly one lexeme is left out), or NULL."""
    return (
        "SELECT max(e.freq) * max(c.reltuples) FROM pg_stats st"
        " CROSS JOIN LATERAL unnest(st.most_common_elems::text::text[],"
        " st.most_common_elem_freqs) AS e(lexeme, freq)"
        " JOIN pg_class c ON c.oid = 'statements'::regclass"
        " WHERE st.schemaname = current_schema() AND st.tablename = 'statements'"
        f" AND st.attname = '{column}' AND e.lexeme = ANY(SELECT"
        f" (tsvector_to_array(to_tsvector('{config}', w)))[1] FROM unnest(?::text[]) AS w"
        f" WHERE length(to_tsvector('{config}', w)) = 1)")
