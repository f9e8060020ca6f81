"""Periods relative to today in a query: 'yesterday', 'last week', 'this month', 'in the
past 3 days', 'two weeks ago', 'last Monday', 'over the weekend'. Pure."""

from __future__ import annotations

import re
from datetime import date

from bot.search import periods as cal
from bot.search.periods import WEEKDAYS, Period

# Weekdays; not the three-letter forms, which are words ('sun', 'sat', 'wed').
WEEKDAY_NUMBERS = {**{d: i for i, d in enumerate(WEEKDAYS)}, "tues": 1, "thurs": 3}
UNITS = {"day": "day", "days": "day", "week": "week", "weeks": "week", "month": "month",
         "months": "month", "year": "year", "years": "year"}
NUMBERS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
           "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
           "couple": 2, "few": 3, "several": 3}
# Single words naming a day relative to today.
DAY_WORDS = {"today": 0, "tonight": 0, "yesterday": 1}


def relative_at(words: list[str], j: int, today: date) -> tuple[Period, int, bool] | None:
    """A period relative to today at words[j]: (period, index after it, weak), where a
    weak one (a weekday alone) is a date only after a preposition."""
    word = words[j] if j < len(words) else ""
    following = words[j + 1] if j + 1 < len(words) else ""
    if word in DAY_WORDS:
        return cal.day_period(cal.ago(DAY_WORDS[word], "day", today)[0]), j + 1, False
    if word == "last" and following == "night":
        return cal.ago(1, "day", today), j + 2, False
    if word == "this" and following in ("morning", "afternoon", "evening"):
        return cal.day_period(today), j + 2, False
    if word in ("this", "last", "past", "previous", "the") and following == "weekend":
        return cal.last_weekend(today), j + 2, False
    if word in ("this", "last", "past", "previous") and following in UNITS:
        unit = UNITS[following]
        period = {"this": cal.this, "last": cal.last, "previous": cal.last}.get(
            word, lambda u, t: cal.rolling(1, u, t))(unit, today)
        return period, j + 2, False
    if word in ("this", "last", "previous") and following in WEEKDAY_NUMBERS:
        weekday = WEEKDAY_NUMBERS[following]
        return cal.recent_weekday(weekday, today, word != "this"), j + 2, False
    if word in ("last", "past", "previous"):  # "the last 3 days"
        count, k = _number(words, j + 1)
        if count and k < len(words) and words[k] in UNITS:
            return cal.rolling(count, UNITS[words[k]], today), k + 1, False
    count, k = _number(words, j)
    if count and k + 1 < len(words) and words[k] in UNITS and words[k + 1] == "ago":
        return cal.ago(count, UNITS[words[k]], today), k + 2, False
    if word == "weekend":  # "over the weekend"
        return cal.last_weekend(today), j + 1, True
    if word in WEEKDAY_NUMBERS:
        return cal.recent_weekday(WEEKDAY_NUMBERS[word], today), j + 1, True
    return None


def _number(words: list[str], k: int) -> tuple[int, int]:
    """A count at words[k] ('3', 'two', 'a couple of'): (count, index after it)."""
    word = words[k] if k < len(words) else ""
    if word == "a" and k + 1 < len(words) and words[k + 1] in ("couple", "few"):
        k, word = k + 1, words[k + 1]
    count = int(word) if re.fullmatch(r"[0-9]{1,3}", word) else NUMBERS.get(word, 0)
    if not count:
        return 0, k
    k += 1
    return count, k + 1 if k < len(words) and words[k] == "of" else k


