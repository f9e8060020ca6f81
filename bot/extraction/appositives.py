"""Appositives between a speaker's name and the cue: 'Hegseth, a television host,
said' (the name before) and 'the White House spokesman, Josh Earnest, said' (the name
inside); a place after a preposition ('a meeting in Columbus, Ohio,') is neither."""

from __future__ import annotations

from bot.extraction.lexicon import (
    DETERMINERS,
    LEADING_FILLERS,
    OBJECT_PREPOSITIONS,
    TITLE_WORDS,
)

# Appositives are at most this many tokens: "Hegseth, a television host, said".
MAX_APPOSITIVE = 14
# A name standing as an appositive after a title noun has at most this many words.
MAX_NAME_APPOSITIVE = 4


def _capitalised(word: str) -> bool:
    return word[:1].isupper()


def appositive_start(toks: list[tuple[str, int]], end: int) -> int | None:
    """For 'NAME, appositive,' before the cue, the index where NAME's phrase ends."""
    if end == 0 or toks[end - 1][0] != ",":
        return None
    for j in range(end - 2, max(-1, end - 2 - MAX_APPOSITIVE), -1):
        if toks[j][0] == ",":
            first = toks[j + 1][0].lower() if j + 1 < end else ""
            if first in DETERMINERS or first in ("who", "whose") or first in TITLE_WORDS:
                return j
            named = j > 0 and _capitalised(toks[j - 1][0])
            if named and _place_object(toks, j):
                continue  # 'in Columbus, Ohio,' / 'Here in Columbia,': a place, read on
            return j if named and toks[j - 1][0].lower() not in LEADING_FILLERS else None
        if toks[j][0] in ".;:\"“”":
            return None
    return None


def _place_object(toks: list[tuple[str, int]], comma: int) -> bool:
    """The capitalised run ending right before toks[comma] follows a preposition
    ('a meeting in Columbus,'): the object of that preposition, not a speaker
    ('of' excepted: 'Sen. Ted Cruz of Texas, now a contender,')."""
    k = comma - 1
    while k > 0 and _capitalised(toks[k - 1][0]):
        k -= 1
    if k > 1 and toks[k - 1][0] == "," and _capitalised(toks[k - 2][0]):
        k -= 1  # 'in Salem, New Hampshire,': a city, then its state
        while k > 0 and _capitalised(toks[k - 1][0]):
            k -= 1
    before = toks[k - 1][0].lower() if k > 0 else ""
    return before in OBJECT_PREPOSITIONS and before != "of"


def appositive_name(toks: list[tuple[str, int]], end: int) -> list[tuple[str, int]] | None:
    """'the White House spokesman, Josh Earnest, said': the name in the appositive."""
    if end < 3 or toks[end - 1][0] != ",":
        return None
    j = end - 2
    while j >= 0 and _capitalised(toks[j][0]) and end - 1 - j <= MAX_NAME_APPOSITIVE:
        j -= 1
    if not (0 < j < end - 2 and toks[j][0] == "," and toks[j - 1][0].isalpha()):
        return None
    noun = toks[j - 1][0].lower()
    return toks[j + 1:end - 1] if noun in TITLE_WORDS or noun.endswith("man") else None
