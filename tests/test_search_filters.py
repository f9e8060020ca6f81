"""Date, source and prefix-operator filters (pure), and duplicate grouping."""

from __future__ import annotations

from datetime import date

from bot.search.filters import take_filters
from bot.search.query import parse_query

TODAY = date(2025, 3, 10)


def test_month_and_source_phrases() -> None:
    rest, found = take_filters("what did Hegseth say on NATO in February from Xinhua",
                               ["Xinhua"], TODAY)
    assert rest == "what did Hegseth say on NATO"
    assert (found.since, found.until) == (date(2025, 2, 1), date(2025, 3, 1))
    assert found.sources == ["Xinhua"]


def test_prefix_operators() -> None:
    query = parse_query("@hegseth #nato since:2025-02", today=TODAY)
    assert query.speaker_slot == "hegseth" and query.strict_slot
    assert query.topic == ["nato"]
    assert query.filters.since == date(2025, 2, 1) and query.filters.until is None


def test_last_week_is_relative_to_today() -> None:
    _, found = take_filters("Hegseth last week", today=TODAY)
    assert found.since == date(2025, 3, 3) and found.until == date(2025, 3, 11)


def test_unknown_source_stays_a_word() -> None:
    rest, found = take_filters("quotes from Hegseth", ["Xinhua"], TODAY)
    assert rest == "quotes from Hegseth" and not found.sources


def test_hyphenated_source_is_not_a_date() -> None:
    rest, found = take_filters("Trump on trade from usa-today", ["usa-today"], TODAY)
    assert rest == "Trump on trade" and found.sources == ["usa-today"]
    assert found.since is None and found.until is None
    _, said_today = take_filters("Trump on trade today", [], TODAY)
    assert said_today.since == TODAY
