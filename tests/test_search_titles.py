"""A title in commas after the speaker's name ("what did Clinton, the Democrat, say on
X") narrows the name instead of being read as the name."""

from __future__ import annotations

import pytest

from bot.models import SpeakerRecord
from bot.search.query import parse_query
from bot.search.speakers import SpeakerIndex


@pytest.mark.parametrize(
    ("text", "slot", "title", "topic"),
    [
        ("what did Trump, the Republican, say on trade?", "trump", "republican", ["trade"]),
        ("What did Clinton, the former secretary of state, say about emails",
         "clinton", "former secretary of state", ["emails"]),
        # negative rows: no appositive, or commas that are not one
        ("what did Trump say on trade, jobs, and taxes", "trump", None,
         ["trade", "jobs", "taxes"]),
        ("Clinton, Trump on trade", "clinton trump", None, ["trade"]),
    ],
)
def test_parse_title_appositive(text: str, slot: str, title: str | None,
                                topic: list[str]) -> None:
    query = parse_query(text)
    assert (query.speaker_slot, query.speaker_title, query.topic) == (slot, title, topic)


SPEAKERS = [
    SpeakerRecord(id=1, name="Hillary Clinton", titles=["former secretary of state"],
                  statement_count=4),
    SpeakerRecord(id=2, name="Bill Clinton", titles=["former president"], statement_count=2),
]


def test_title_narrows_a_shared_surname() -> None:
    index = SpeakerIndex(SPEAKERS)
    both = index.match_slot("clinton")
    assert both is not None and sorted(both.speaker_ids) == [1, 2]
    assert index.narrow_by_title(both, ["secretary", "of", "state"]).speaker_ids == [1]
    assert index.narrow_by_title(both, ["president"]).speaker_ids == [2]
    # a title no one holds keeps every speaker of that name
    assert sorted(index.narrow_by_title(both, ["governor"]).speaker_ids) == [1, 2]
