"""Dates and periods in a query, taken out as filters so they are never topic words.

    "Hegseth on NATO in February"       in the most recent February (yearless)
    "hegseth nato 2025"                 in 2025 (a bare year: see DatesFound.year_phrases)
    "since March", "before Feb 12, 2025", "between Feb 1 and Feb 14", "from May to July"
    "yesterday", "last week", "this month", "in the past 3 days", "two weeks ago", "on Monday"

A date that could be a word ('may', 'march', 'jan', a weekday, a bare year) is read as one
only after a preposition ('in May'), with a day ('May 12') or a year ('May 2025').
Vague events ('before the election') are left as words. Pure: `today` is passed in.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, timedelta

from bot.search import periods as cal
from bot.search.periods import MONTHS, Period
from bot.search.relative import relative_at

# Month names that are not also ordinary words or names ('may', 'march', 'june', 'august'):
# a date on their own, without a preposition, day or year.
STANDALONE_MONTHS = frozenset(m for m in MONTHS if m not in {"may", "march", "june", "august"})
MONTH_NUMBERS = {**{m: i for i, m in enumerate(MONTHS, 1)},
                 **{m[:3]: i for i, m in enumerate(MONTHS, 1)}, "sept": 9}
# A word before a date saying how the period applies: "in" (within it), "since" (from its
# start), "after" (from its end), "before" (up to its start), "until" (up to its end).
IN_WORDS = frozenset({"in", "during", "on", "around", "throughout", "over", "within"})
DIRECTIONS = {"since": "since", "after": "after", "from": "since", "before": "before",
              "until": "until", "till": "until", "through": "until", "by": "until"}
RANGE_CONNECTORS = {"between": {"and"}, "from": {"to", "until", "till", "through", "thru"}}
# Words between the preposition and the date that change nothing: the whole period is
# searched ('in early February' -> February), since statements are often dated loosely.
QUALIFIERS = frozenset({"the", "early", "earlier", "mid", "middle", "late", "later", "end",
                        "beginning", "start", "of", "so", "far"})
# Qualifiers that may open a date phrase without a preposition ('earlier this week').
LEADING_QUALIFIERS = frozenset({"early", "earlier", "late", "later", "so", "mid"})
MAX_QUALIFIERS = 3
TOKEN = re.compile(r"[^\s,]+|,")
EDGE_PUNCTUATION = "\"'“”‘’()[]?!.;:"
ISO = re.compile(r"(?:19|20)[0-9]{2}(?:-[0-9]{1,2}){0,2}")
DAY = re.compile(r"(?:[12][0-9]|3[01]|0?[1-9])(?:st|nd|rd|th)?")
# A part of a word before a date that is a qualifier ('mid-February').
QUALIFIER_PREFIX = re.compile(r"(?:mid|early|late)-")


@dataclass
class DatesFound:
    since: date | None = None
    until: date | None = None
    # A month or day given without its year: the most recent one was taken; search may
    # look at the same period in earlier years when that one has nothing.
    yearless: bool = False
    # A bare year ('nato 2025') with each neighbouring word: 'project 2025' is a name when
    # the articles hold that phrase (search checks), a year otherwise.
    year_phrases: list[str] = field(default_factory=list)
    words: list[str] = field(default_factory=list)  # the phrases taken, as written


@dataclass
class _Date:
    period: Period
    end: int  # index of the token after it
    yearless: bool = False
    weak: bool = False  # a date only after a preposition
    bare_year: bool = False


def take_dates(text: str, today: date, bare_years: bool = True) -> tuple[str, DatesFound]:
    """The text without its date phrases, and the period they give (the last one wins)."""
    tokens = [(m.group(0).strip(EDGE_PUNCTUATION).lower(), m.start(), m.end())
              for m in TOKEN.finditer(text)]
    words = [t[0] for t in tokens]
    found = DatesFound()
    cut: list[tuple[int, int]] = []
    index = 0
    while index < len(words):
        phrase = _phrase(words, index, today, found, bare_years)
        if phrase is None:
            index += 1
            continue
        end, is_date = phrase
        if is_date:
            cut.append((tokens[index][1], tokens[end - 1][2]))
            found.words.append(text[tokens[index][1]:tokens[end - 1][2]])
        index = end
    for start, stop in reversed(cut):
        text = text[:start] + " " + text[stop:]
    return " ".join(text.split()), found


def _phrase(words: list[str], i: int, today: date, found: DatesFound,
            bare_years: bool) -> tuple[int, bool] | None:
    """Apply the date phrase starting at words[i] to `found`: the index after it, and
    False for words that look like a date but are none here ('on May')."""
    how, j = "in", i
    if words[i] in DIRECTIONS or words[i] in IN_WORDS:
        how, j = DIRECTIONS.get(words[i], "in"), i + 1
    elif words[i:i + 2] in (["prior", "to"], ["up", "to"]):
        how, j = ("before" if words[i] == "prior" else "until"), i + 2
    if words[i] in RANGE_CONNECTORS:
        ranged = _range(words, i, today)
        if ranged is not None:
            (found.since, found.until), found.yearless = ranged[0], False
            return ranged[1], True
    preposition, start = j > i, j
    while j < len(words) and words[j] in QUALIFIERS and j - start < MAX_QUALIFIERS:
        j += 1
    relative = relative_at(words, j, today)
    expr = (_Date(relative[0], relative[1], weak=relative[2]) if relative
            else _absolute(words, j, today))
    if expr is None or (expr.weak and not preposition) or (j > start and not (
            preposition or words[start] in LEADING_QUALIFIERS)):
        return None
    one_day = expr.period[1] - expr.period[0] == timedelta(days=1)
    if words[i] == "on" and not one_day:  # "on May" is not English for a month
        return expr.end, False
    if expr.bare_year:
        if j > 0 and words[j - 1] == "the":  # "the 2016 election": a name, not a date
            return None
        if not preposition:
            if not bare_years or expr.period[0].year > today.year:
                return None
            found.year_phrases += [
                f"{words[k]} {words[j]}" if k < j else f"{words[j]} {words[k]}"
                for k in (j - 1, j + 1) if 0 <= k < len(words) and words[k].isalpha()]
    _apply(found, how, expr.period)
    found.yearless = expr.yearless and how == "in"
    return expr.end, True


def _range(words: list[str], i: int, today: date) -> tuple[Period, int] | None:
    first = _absolute(words, i + 1, today, keep_yearless=True)
    if first is None or first.end >= len(words) - 1:
        return None
    if words[first.end] not in RANGE_CONNECTORS[words[i]]:
        return None
    second = _absolute(words, first.end + 1, today)
    if second is None:
        return None
    start = first.period[0]
    if first.yearless:  # "between Feb 1 and Feb 14, 2025": the year of the second date
        start = cal.safe_day(second.period[0].year, start.month, start.day) or start
        if start >= second.period[1]:
            start = cal.year_earlier((start, start))[0]
    if start >= second.period[1]:
        return None
    return (start, second.period[1]), second.end


def _absolute(words: list[str], j: int, today: date, keep_yearless: bool = False
              ) -> _Date | None:
    """A calendar date at words[j]: '2025', '2025-02-12', 'Feb 12(, 2025)', '12 February',
    'February (2025)'. Without a year the most recent such month or day up to today."""
    if j >= len(words):
        return None
    word = QUALIFIER_PREFIX.sub("", words[j])
    if ISO.fullmatch(word):
        period = iso_period(word)
        return None if period is None else _Date(period, j + 1, bare_year=len(word) == 4)
    month = MONTH_NUMBERS.get(word)
    if month is not None:
        day, k = _day_at(words, j + 1)
        year, k = _year_at(words, k)
        return _dated(month, day, year, k, today, weak=word not in STANDALONE_MONTHS,
                      keep_yearless=keep_yearless)
    day, k = _day_at(words, j)
    if day is not None:
        k += k < len(words) and words[k] == "of"
        month = MONTH_NUMBERS.get(words[k]) if k < len(words) else None
        if month is not None:
            year, end = _year_at(words, k + 1)
            return _dated(month, day, year, end, today, keep_yearless=keep_yearless)
    return None


def _dated(month: int, day: int | None, year: int | None, end: int, today: date,
           weak: bool = False, keep_yearless: bool = False) -> _Date | None:
    if year is not None:
        when = cal.safe_day(year, month, day) if day else None
        if day and when is None:
            return None
        return _Date(cal.day_period(when) if when else cal.month_period(year, month), end)
    if day is None:
        return _Date(cal.recent_month(month, today), end, yearless=True, weak=weak)
    period = (cal.day_period(cal.safe_day(today.year, month, day) or date(today.year, 1, 1))
              if keep_yearless else cal.recent_day(month, day, today))
    return None if period is None else _Date(period, end, yearless=True)


def _day_at(words: list[str], k: int) -> tuple[int | None, int]:
    if k < len(words) and DAY.fullmatch(words[k]):
        return int(re.sub(r"[^0-9]", "", words[k])), k + 1
    return None, k


def _year_at(words: list[str], k: int) -> tuple[int | None, int]:
    after_comma = k + 1 if k < len(words) and words[k] == "," else k
    if after_comma < len(words) and re.fullmatch(r"(?:19|20)[0-9]{2}", words[after_comma]):
        return int(words[after_comma]), after_comma + 1
    return None, k


def iso_period(value: str) -> Period | None:
    """'2025' -> the year, '2025-02' -> the month, '2025-02-12' -> the day."""
    numbers = [int(p) for p in value.split("-")]
    if len(numbers) == 1:
        return cal.year_period(numbers[0])
    if len(numbers) == 2:
        return cal.month_period(numbers[0], numbers[1]) if 1 <= numbers[1] <= 12 else None
    day = cal.safe_day(*numbers)
    return cal.day_period(day) if day else None


def _apply(found: DatesFound, how: str, period: Period) -> None:
    if how == "since":
        found.since = period[0]
    elif how == "after":
        found.since = period[1]
    elif how == "before":
        found.until = period[0]
    elif how == "until":
        found.until = period[1]
    else:
        found.since, found.until = period
