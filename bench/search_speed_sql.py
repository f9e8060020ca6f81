"""search_speed_ab.py --profile: every SQL statement of a PostgreSQL store timed by kind.

The store's `_rows` (every read of the adapter and of the shared SQL goes through it)
and `_generic_rows` (a speaker's latest store-wide) are wrapped; each statement is
named by what it does, from its text (KINDS, the first that matches), and its time
added to that kind. Statements run side by side (the
speaker's latest beside the look-ups) overlap, so the kinds' shares are of the summed
statement time and "the rest" (Python, waiting) is the wall time minus that sum.
"""

from __future__ import annotations

import statistics
import time
from collections import defaultdict
from typing import Any

from search_speed_stats import percentile

# (kind, every fragment the statement's text holds), the first match names it.
KINDS = [
    ("aliases", ("topic_aliases",)),
    ("word statistics", ("pg_stats",)),
    ("counted look-up", ("WITH counted",)),
    ("per-speaker look-up", ("CROSS JOIN LATERAL",)),
    ("word lexemes", ("unnest(",)),
    ("capped count", ("COUNT(*) FROM (SELECT 1",)),
    ("newest window", ("WITH recent",)),
    ("few-row merged", ("ts_match_vq(s.quote_tsv, q) OR",)),
    ("few-row ranked/newest", ("ts_match_vq(",)),
    ("ranked look-up", ("ts_rank(",)),
    ("newest look-up", ("ORDER BY s.id DESC",)),
    ("speaker's latest", ("ORDER BY s.said_on DESC",)),
    ("candidate rows", ("LEFT JOIN speakers sp",)),
    ("newest id", ("max(id)",)),
]


def kind_of(sql: str) -> str:
    if sql.lstrip().startswith("SELECT version FROM store_version"):
        return "version check"  # alone: the look-ups read it with their rows
    for kind, fragments in KINDS:
        if all(f in sql for f in fragments):
            return kind
    return "other: " + " ".join(sql.split())[:60]


class StatementTimer:
    """Wraps store._rows; report() prints each kind's count, share, p50 and p99."""

    def __init__(self, store: Any) -> None:
        self.times: dict[str, list[float]] = defaultdict(list)
        self.current: list[tuple[str, float]] = []
        self.by_question: list[list[tuple[str, float]]] = []
        for name in ("_rows", "_generic_rows"):  # the second: one plan kept (connection.py)
            if hasattr(store, name):
                setattr(store, name, self.timed(getattr(store, name)))

    def timed(self, rows: Any) -> Any:
        async def timed(sql: str, params: Any = ()) -> list[Any]:
            started = time.perf_counter()
            try:
                return list(await rows(sql, params))
            finally:
                ms = (time.perf_counter() - started) * 1000
                kind = kind_of(sql)
                self.times[kind].append(ms)
                self.current.append((kind, ms))

        return timed

    def next_question(self) -> None:
        self.by_question.append(self.current)
        self.current = []

    def report(self, total_ms: float, slowest: int, timed: list[tuple[float, str]]) -> None:
        summed = sum(sum(v) for v in self.times.values())
        print(f"wall {total_ms:.0f} ms, SQL {summed:.0f} ms ({100 * summed / total_ms:.1f}%),"
              f" rest {100 * (total_ms - summed) / total_ms:.1f}%")
        for kind, values in sorted(self.times.items(), key=lambda kv: -sum(kv[1])):
            print(f"  {kind:24} n={len(values):5} {100 * sum(values) / total_ms:5.1f}%"
                  f"  p50 {statistics.median(values):6.2f}  p99 {percentile(values, 0.99):7.2f}"
                  f"  max {max(values):7.2f} ms")
        ranked = sorted(zip(timed, self.by_question, strict=True), key=lambda x: -x[0][0])
        for (ms, query), statements in ranked[:slowest]:
            parts = ", ".join(f"{kind} {t:.1f}" for kind, t in statements)
            print(f"  {ms:7.1f} ms  {query}  [{parts}]")
