"""A speaker match (what a query's name or title found) and how much each speaker it
names counts in ranking. Pure."""

from __future__ import annotations

from pydantic import BaseModel

from bot.models import SpeakerRecord

# Several speakers named equally well ('Trump': Donald, Ivanka and Ivana Trump, by the
# surname they share) are most likely the one the articles quote most: each other one's
# statements rank as if matched this much less, in proportion to how much less often
# they are quoted (a namesake quoted half as often: half of this). A statement of theirs
# on the topic still comes before the leader's statements that are not on it.
NAMESAKE_WEIGHT = 0.1


class SpeakerMatch(BaseModel):
    speaker_ids: list[int]
    names: list[str]
    score: float  # 0..1
    start: int = 0  # the matched words in the query's word list: [start, end)
    end: int = 0
    # Speakers the words also name, less well (a typo near two names): id -> score.
    farther: dict[int, float] = {}
    # Each speaker's share of the score (namesake_weights); 1.0 when absent.
    weights: dict[int, float] = {}


def namesake_weights(speakers: list[SpeakerRecord]) -> dict[int, float]:
    """Speaker id -> weight (NAMESAKE_WEIGHT) for speakers matched equally well."""
    most = max((s.statement_count for s in speakers), default=0)
    if len(speakers) < 2 or most <= 0:
        return {}
    return {s.id: 1 - NAMESAKE_WEIGHT * (1 - s.statement_count / most) for s in speakers}
