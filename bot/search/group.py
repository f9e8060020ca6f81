"""Duplicates: the same quote reported by several articles is one hit listing its sources.

Pure: works on ranked hits.
"""

from __future__ import annotations

from rapidfuzz import fuzz
from rapidfuzz.utils import default_process

from bot.models import Hit
from bot.text import words

# Two quotes of one speaker are the same statement at this rapidfuzz ratio or above
# (outlets trim or punctuate a quote differently).
SAME_QUOTE_CUTOFF = 90
# Only the best hits are compared pairwise (the rest is grouped by exact words only),
# so that grouping costs little on a long candidate list.
FUZZY_GROUP_HITS = 40


def group_duplicates(hits: list[Hit]) -> list[Hit]:
    """Merge hits from different articles with the same speaker and the same quote
    (same words, or nearly the same among the first FUZZY_GROUP_HITS), keeping the
    best; order is kept. Two statements of one article are never merged."""
    kept: list[Hit] = []
    by_key: dict[tuple[int | None, str], Hit] = {}
    articles: dict[int, set[int]] = {}  # leader statement id -> article ids grouped
    for position, hit in enumerate(hits):
        s = hit.statement
        key = (s.speaker_id, " ".join(words(s.quote)))
        leader = by_key.get(key)
        if leader is not None and s.article_id in articles[leader.statement.id]:
            leader = None
        if leader is None and position < FUZZY_GROUP_HITS:
            leader = next((k for k in kept[:FUZZY_GROUP_HITS]
                           if k.statement.speaker_id == s.speaker_id
                           and s.article_id not in articles[k.statement.id] and fuzz.ratio(
                               k.statement.quote, s.quote, processor=default_process,
                               score_cutoff=SAME_QUOTE_CUTOFF)), None)
        if leader is None:
            source = s.source or s.article_title
            leader = hit.model_copy(update={"sources": [source], "duplicate_ids": []})
            kept.append(leader)
            by_key.setdefault(key, leader)
            articles[s.id] = {s.article_id}
            continue
        articles[leader.statement.id].add(s.article_id)
        leader.duplicate_ids.append(s.id)
        source = s.source or s.article_title
        if source not in leader.sources:
            leader.sources.append(source)
    return kept
