"""Dates and periods in queries are filters, never topic words (bot/search/dates.py).

Table-driven: each row is a query, the words left, and the period [since, until) read
against TODAY (a Wednesday); negative rows keep words that only look like dates.
"""

from __future__ import annotations

from datetime import date

import pytest

from bot.search.filters import take_filters
from bot.search.periods import describe, year_earlier
from bot.search.query import parse_query

TODAY = date(2025, 3, 12)  # a Wednesday
D = date


@pytest.mark.parametrize(
    ("text", "rest", "since", "until"),
    [
        # months and years
        ("Hegseth on NATO in February", "Hegseth on NATO", D(2025, 2, 1), D(2025, 3, 1)),
        ("hegseth nato 2025", "hegseth nato", D(2025, 1, 1), D(2026, 1, 1)),
        ("Trump on trade in 2016", "Trump on trade", D(2016, 1, 1), D(2017, 1, 1)),
        ("Hegseth in December", "Hegseth", D(2024, 12, 1), D(2025, 1, 1)),  # most recent
        ("in March", "", D(2025, 3, 1), D(2025, 4, 1)),  # this month counts
        ("nato february 2024", "nato", D(2024, 2, 1), D(2024, 3, 1)),
        ("hegseth nato february", "hegseth nato", D(2025, 2, 1), D(2025, 3, 1)),
        ("in early February", "", D(2025, 2, 1), D(2025, 3, 1)),
        ("troops mid-February", "troops", D(2025, 2, 1), D(2025, 3, 1)),
        ("what did may say in may", "what did may say", D(2024, 5, 1), D(2024, 6, 1)),
        # days
        ("what did Hegseth say on Feb 12", "what did Hegseth say", D(2025, 2, 12),
         D(2025, 2, 13)),
        ("Hegseth Feb. 12, 2025 nato", "Hegseth nato", D(2025, 2, 12), D(2025, 2, 13)),
        ("12 February hegseth", "hegseth", D(2025, 2, 12), D(2025, 2, 13)),
        ("hegseth on 2025-02-12", "hegseth", D(2025, 2, 12), D(2025, 2, 13)),
        ("Trump on March 20", "Trump", D(2024, 3, 20), D(2024, 3, 21)),  # not yet this year
        # directions and ranges
        ("Hegseth since March", "Hegseth", D(2025, 3, 1), None),
        ("Hegseth after February", "Hegseth", D(2025, 3, 1), None),
        ("Trump before 2017", "Trump", None, D(2017, 1, 1)),
        ("Trump until June 2016", "Trump", None, D(2016, 7, 1)),
        ("between Feb 1 and Feb 14, 2025 nato", "nato", D(2025, 2, 1), D(2025, 2, 15)),
        ("from November to February", "", D(2024, 11, 1), D(2025, 3, 1)),
        # relative to today
        ("Hegseth yesterday", "Hegseth", D(2025, 3, 11), D(2025, 3, 12)),
        ("Trump today on tariffs", "Trump on tariffs", D(2025, 3, 12), D(2025, 3, 13)),
        ("Hegseth last week", "Hegseth", D(2025, 3, 5), D(2025, 3, 13)),
        ("nato this week", "nato", D(2025, 3, 10), D(2025, 3, 13)),
        ("nato last month", "nato", D(2025, 2, 1), D(2025, 3, 1)),
        ("nato last year", "nato", D(2024, 1, 1), D(2025, 1, 1)),
        ("nato this year", "nato", D(2025, 1, 1), D(2025, 3, 13)),
        ("nato in the past 3 days", "nato", D(2025, 3, 9), D(2025, 3, 13)),
        ("nato two weeks ago", "nato", D(2025, 2, 24), D(2025, 3, 3)),
        ("nato a couple of days ago", "nato", D(2025, 3, 10), D(2025, 3, 11)),
        ("Hegseth on Monday", "Hegseth", D(2025, 3, 10), D(2025, 3, 11)),
        ("Hegseth last Wednesday", "Hegseth", D(2025, 3, 5), D(2025, 3, 6)),
        ("Hegseth earlier this week", "Hegseth", D(2025, 3, 10), D(2025, 3, 13)),
        ("Hegseth over the weekend", "Hegseth", D(2025, 3, 8), D(2025, 3, 10)),
        # negative rows: words that look like dates but are none here
        ("Hegseth on pre-2014 borders", "Hegseth on pre-2014 borders", None, None),
        ("what did May say on Brexit", "what did May say on Brexit", None, None),
        ("trump on the march", "trump on the march", None, None),
        ("Trump on May", "Trump on May", None, None),  # "on" takes a day, not a month
        ("Trump on super tuesday", "Trump on super tuesday", None, None),
        ("Trump tuesday", "Trump tuesday", None, None),  # a weekday needs a preposition
        ("what did Clinton say on the 2016 election",
         "what did Clinton say on the 2016 election", None, None),
        ("vision 2030", "vision 2030", None, None),  # a year to come is no filter
        ("before the election", "before the election", None, None),  # vague events
        ("in the sun", "in the sun", None, None),
        ("article 5 nato", "article 5 nato", None, None),
        ("quotes from Hegseth", "quotes from Hegseth", None, None),
        ("Trump on trade from usa-today", "Trump on trade from usa-today", None, None),
    ],
)
def test_date_phrases(text: str, rest: str, since: date | None, until: date | None) -> None:
    left, found = take_filters(text, [], TODAY)
    assert (left, found.since, found.until) == (rest, since, until)


@pytest.mark.parametrize(
    ("text", "yearless"),
    [("nato in February", True), ("on Feb 12", True), ("in February 2025", False),
     ("since February", False), ("2024", False), ("last week", False)],
)
def test_month_without_a_year_may_look_further_back(text: str, yearless: bool) -> None:
    assert take_filters(text, [], TODAY)[1].yearless is yearless


def test_bare_year_keeps_its_neighbours_for_the_phrase_check() -> None:
    _, found = take_filters("Trump on Project 2025", [], TODAY)
    assert found.year_phrases == ["project 2025"]
    rest, kept = take_filters("Trump on Project 2025", [], TODAY, bare_years=False)
    assert rest == "Trump on Project 2025" and kept.since is None
    assert take_filters("Trump on trade in 2016", [], TODAY)[1].year_phrases == []


def test_dates_never_reach_the_topic() -> None:
    query = parse_query("Hegseth on NATO in February", today=TODAY)
    assert (query.speaker_slot, query.topic) == ("hegseth", ["nato"])
    query = parse_query("hegseth nato 2025", today=TODAY)
    assert query.words == ["hegseth", "nato"]
    assert parse_query("what did hegseth say on friday", today=TODAY).topic == []
    words = parse_query("what did hegseth say on friday", today=TODAY, dates=False).topic
    assert words == ["friday"]


@pytest.mark.parametrize(
    ("since", "until", "text"),
    [
        (D(2026, 2, 1), D(2026, 3, 1), "in February 2026"),
        (D(2025, 1, 1), D(2026, 1, 1), "in 2025"),
        (D(2025, 2, 12), D(2025, 2, 13), "on Feb 12, 2025"),
        (D(2025, 2, 1), D(2025, 2, 15), "between Feb 1 and Feb 14, 2025"),
        (D(2024, 11, 1), D(2025, 3, 1), "between Nov 1, 2024 and Feb 28, 2025"),
        (D(2025, 3, 1), None, "since Mar 1, 2025"),
        (None, D(2017, 1, 1), "before Jan 1, 2017"),
        (None, None, ""),
    ],
)
def test_periods_read_back(since: date | None, until: date | None, text: str) -> None:
    assert describe(since, until) == text


def test_year_earlier_keeps_the_days() -> None:
    assert year_earlier((D(2026, 2, 1), D(2026, 3, 1))) == (D(2025, 2, 1), D(2025, 3, 1))
    assert year_earlier((D(2024, 2, 29), D(2024, 3, 1))) == (D(2023, 2, 28), D(2023, 3, 1))
