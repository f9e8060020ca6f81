"""Date words that are part of a name, not a date: "USA Today", "Super Tuesday",
"Fox News Sunday", "Saturday Night Live".

A date word inside a capitalised name run is not a date. Weekdays are always
capitalised, so a capitalised word next to one does not by itself make a name
("told CNN Tuesday", "in Miami Tuesday" are dates). A run counts as a name when
the article shows it is one:

* title-case inside quotation marks: “Fox News Sunday,” “Sunday Morning Futures”;
* a determiner before one capitalised word and the weekday ("a Super Tuesday rally",
  "his Super Tuesday victories"), that word never standing alone in the article
  (so "the Post Tuesday" stays a date where "the Post" is also written alone);
* a weekday followed by a title-case part of the day ("Saturday Night Live"):
  as a date the part of the day is lowercase ("Saturday night").

Every occurrence of a learnt run in the same article is then a name. Relative day
words ("today", "tonight") are dates only in lowercase or opening a sentence; that
test lives in their pattern (bot.extraction.when).
"""

from __future__ import annotations

import functools
import re

from bot.extraction.lexicon import words

WEEKDAY_NAMES = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
# Words a title keeps in lowercase ("Face the Nation", "Meet the Press").
SMALL_WORDS = words("a an the of and or in on at to for with by")
# A quotation of a few words: a candidate title.
QUOTED_RE = re.compile(r"[“\"‘']([^“”\"‘’\n]{3,60}?)[,.!?]?[”\"’']")
# "a Super Tuesday rally", "his Super Tuesday victories": what comes before the weekday.
DETERMINED_RE = re.compile(
    r"\b(?:[Aa]n?|[Tt]he|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir|[Oo]ur)\s+([A-Z][a-z]+)\s+$")
# How far before a weekday the determiner and the capitalised word are looked for.
DETERMINED_REACH = 30
# "Saturday Night Live", "CBS Sunday Morning": title-case part of the day.
TITLE_PART_OF_DAY_RE = re.compile(r"\s+(?:Night|Morning|Afternoon|Evening)\b")
# (WEEKDAY_NAMES with each first letter before its look-behind, the \b before the
# weekday: a pattern opening with letters is scanned for them, about twice as fast.)
WEEKDAY_IN_RE = re.compile(r"(?:M(?<!\wM)onday|T(?<!\wT)(?:uesday|hursday)|W(?<!\wW)ednesday"
                           r"|F(?<!\wF)riday|S(?<!\wS)(?:aturday|unday))\b")


def _title_case(words: list[str]) -> bool:
    if len(words) < 2 or not words[0][:1].isupper():
        return False
    return all(w[:1].isupper() or w.lower() in SMALL_WORDS for w in words)


def clause_names(text: str) -> frozenset[str]:
    """The capitalised runs holding a weekday that the text shows to be names."""
    weekdays = list(WEEKDAY_IN_RE.finditer(text))
    if not weekdays:
        return frozenset()
    found: set[str] = set()
    for m in QUOTED_RE.finditer(text):
        words = m[1].split()
        if _title_case(words) and WEEKDAY_IN_RE.search(m[1]):
            found.add(" ".join(words))
    for wd in weekdays:
        det = DETERMINED_RE.search(text, max(0, wd.start() - DETERMINED_REACH), wd.start())
        if det and re.search(rf"\b{det[1]}\b(?!\s+{wd[0]}\b)", text) is None:
            found.add(f"{det[1]} {wd[0]}")
    return frozenset(found)


# An article's names, learnt once per article text.
date_names = functools.lru_cache(maxsize=8)(clause_names)


def in_name(text: str, start: int, end: int, names: frozenset[str]) -> bool:
    """text[start:end] (a date word) is part of a name in names, or of a title
    ("Saturday Night Live")."""
    if TITLE_PART_OF_DAY_RE.match(text, end):
        return True
    word = text[start:end]
    for name in names:
        at = name.find(word)
        while at >= 0:
            if start - at >= 0 and text.startswith(name, start - at):
                return True
            at = name.find(word, at + 1)
    return False
