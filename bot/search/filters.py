"""Date, source and prefix-operator filters taken out of a query before it is parsed.

    "what did Hegseth say on NATO in February from Xinhua"
    "@hegseth #nato since:2025-02 until:2025-03 from:xinhua"

Pure functions; `today` is passed in so that "last week" can be tested.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date

from pydantic import BaseModel, Field

from bot.search.dates import ISO, iso_period, take_dates

# Prefix operators: @speaker, #topic, since:/after:/from-date, until:/before:, in:, from:/source:.
OPERATOR = re.compile(r"(?<!\S)(?:(?P<sigil>[@#])(?P<word>[^\s@#]+)"
                      r"|(?P<key>since|after|until|before|in|from|source):(?P<value>\S+))",
                      re.IGNORECASE)
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
    # A month or day without its year: the most recent one; search may try earlier years.
    yearless: bool = False
    # A bare year with a neighbouring word ("project 2025"): see bot.search.dates.
    year_phrases: list[str] = Field(default_factory=list)
    # The date phrases taken from the words of the query ("in February", "on Friday").
    date_words: list[str] = Field(default_factory=list)

    @property
    def narrows(self) -> bool:
        """True when the statements searched are restricted by date or source."""
        return bool(self.since or self.until or self.sources)


def take_filters(text: str, sources: Iterable[str] = (), today: date | None = None,
                 bare_years: bool = True, dates: bool = True) -> tuple[str, Filters]:
    """The query text without its filters, and the filters. With `bare_years` False a
    year standing alone ("project 2025") stays a word; with `dates` False every date
    phrase does ("on Friday" read as words: articles say "said on Friday")."""
    today = today or date.today()
    known = {_key(s): s for s in sources}
    found = Filters()
    text = OPERATOR.sub(lambda m: _operator(m, found, known, today), text)
    period = None
    if dates:
        text, period = take_dates(text, today, bare_years)
    if period and (period.since or period.until):
        found.since, found.until = period.since or found.since, period.until or found.until
        found.yearless, found.year_phrases = period.yearless, period.year_phrases
        found.date_words = period.words
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
    period = iso_period(value) if ISO.fullmatch(value) else None
    if period is None:
        return match.group(0)
    _apply(found, key, period)
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


def _key(name: str) -> str:
    return " ".join(re.findall(r"[^\W_]+", name.lower()))
