"""Date, source and prefix-operator filters taken out of a query before it is parsed.

    "what did Hegseth say on NATO in February from Xinhua"
    "@hegseth #nato since:2025-02 until:2025-03 from:xinhua"

Pure functions; `today` is passed in so that "last week" can be tested.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date, timedelta

from pydantic import BaseModel, Field

MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]
_MONTH = r"(?P<month>" + "|".join(m[:3] + f"(?:{m[3:]})?" for m in MONTHS) + r")\.?"
_YEAR = r"(?P<year>(?:19|20)\d\d)"
_ISO = r"(?P<iso>(?:19|20)\d\d(?:-\d\d?){0,2})"
# Prefix operators: @speaker, #topic, since:/after:/from-date, until:/before:, in:, from:/source:.
OPERATOR = re.compile(r"(?<!\S)(?:(?P<sigil>[@#])(?P<word>[^\s@#]+)"
                      r"|(?P<key>since|after|until|before|in|from|source):(?P<value>\S+))",
                      re.IGNORECASE)
# Natural date phrases: "in February (2025)", "since 2025-01", "before March", "in 2024".
DATE_PHRASE = re.compile(
    rf"\b(?P<how>in|since|after|before|until|during)\s+(?:{_MONTH}(?:\s+{_YEAR})?|{_ISO})\b",
    re.IGNORECASE)
# Relative periods, counted back from today; not inside a hyphenated name ("usa-today").
RELATIVE = re.compile(r"(?<![\w-])(?:(?P<which>last|this|past)\s+(?P<unit>week|month|year)"
                      r"|(?P<day>today|yesterday))(?![\w-])", re.IGNORECASE)
# "from <source>" is a filter only when <source> is a known source, at most this many words.
MAX_SOURCE_WORDS = 4
# Characters of an @name that separate words ("@pete_hegseth").
NAME_SEPARATORS = re.compile(r"[_.\-]+")


class Filters(BaseModel):
    since: date | None = None  # inclusive
    until: date | None = None  # exclusive
    sources: list[str] = Field(default_factory=list)  # source names as stored
    speaker: str | None = None  # from @name
    tags: list[str] = Field(default_factory=list)  # from #topic

    @property
    def narrows(self) -> bool:
        """True when the statements searched are restricted by date or source."""
        return bool(self.since or self.until or self.sources)


def take_filters(text: str, sources: Iterable[str] = (), today: date | None = None
                 ) -> tuple[str, Filters]:
    """The query text without its filters, and the filters."""
    today = today or date.today()
    known = {_key(s): s for s in sources}
    found = Filters()
    text = OPERATOR.sub(lambda m: _operator(m, found, known, today), text)
    text = DATE_PHRASE.sub(lambda m: _date_phrase(m, found, today), text)
    text = RELATIVE.sub(lambda m: _relative(m, found, today), text)
    return _source_phrase(" ".join(text.split()), found, known), found


def _operator(match: re.Match[str], found: Filters, known: dict[str, str], today: date) -> str:
    if match.group("sigil") == "@":
        found.speaker = NAME_SEPARATORS.sub(" ", match.group("word")).strip() or None
        return " "
    if match.group("sigil") == "#":
        found.tags.append(NAME_SEPARATORS.sub(" ", match.group("word")))
        return " "
    key, value = match.group("key").lower(), match.group("value")
    if key in ("from", "source"):
        source = known.get(_key(value))
        if source is None:
            return match.group(0)
        found.sources.append(source)
        return " "
    period = _iso_period(value)
    if period is None:
        return match.group(0)
    _apply(found, key, period)
    return " "


def _date_phrase(match: re.Match[str], found: Filters, today: date) -> str:
    if match.group("iso"):
        period = _iso_period(match.group("iso"))
        if period is None:
            return match.group(0)
    else:
        month = next(i for i, m in enumerate(MONTHS, 1)
                     if m.startswith(match.group("month").lower()[:3]))
        year = int(match.group("year")) if match.group("year") else (
            today.year if month <= today.month else today.year - 1)
        period = (date(year, month, 1), _next_month(date(year, month, 1)))
    _apply(found, match.group("how").lower(), period)
    return " "


def _relative(match: re.Match[str], found: Filters, today: date) -> str:
    if match.group("day"):
        start = today - timedelta(days=1 if match.group("day").lower() == "yesterday" else 0)
        found.since, found.until = start, start + timedelta(days=1)
        return " "
    unit, which = match.group("unit").lower(), match.group("which").lower()
    if which == "this":
        start = {"week": today - timedelta(days=today.weekday()),
                 "month": today.replace(day=1), "year": today.replace(month=1, day=1)}[unit]
    else:  # last/past: the period counted back from today
        start = today - timedelta(days={"week": 7, "month": 31, "year": 365}[unit])
    found.since, found.until = start, today + timedelta(days=1)
    return " "


def _source_phrase(text: str, found: Filters, known: dict[str, str]) -> str:
    """A trailing 'from <known source>' becomes a source filter."""
    tokens = text.split()
    for size in range(min(MAX_SOURCE_WORDS, len(tokens) - 1), 0, -1):
        if tokens[-size - 1].lower() != "from":
            continue
        source = known.get(_key(" ".join(tokens[-size:])))
        if source is not None:
            found.sources.append(source)
            return " ".join(tokens[: -size - 1])
    return text


def _apply(found: Filters, how: str, period: tuple[date, date]) -> None:
    if how in ("since", "after"):
        found.since = period[0] if how == "since" else period[1]
    elif how in ("until", "before"):
        found.until = period[0] if how == "before" else period[1]
    else:  # in, during
        found.since, found.until = period


def _iso_period(value: str) -> tuple[date, date] | None:
    """'2025' -> the year, '2025-02' -> the month, '2025-02-12' -> the day."""
    parts = value.split("-")
    try:
        numbers = [int(p) for p in parts]
        if len(numbers) == 1:
            return date(numbers[0], 1, 1), date(numbers[0] + 1, 1, 1)
        if len(numbers) == 2:
            start = date(numbers[0], numbers[1], 1)
            return start, _next_month(start)
        day = date(numbers[0], numbers[1], numbers[2])
    except ValueError:  # not numbers, or not a real date
        return None
    return day, day + timedelta(days=1)


def _next_month(day: date) -> date:
    return date(day.year + day.month // 12, day.month % 12 + 1, 1)


def _key(name: str) -> str:
    return " ".join(re.findall(r"[^\W_]+", name.lower()))
