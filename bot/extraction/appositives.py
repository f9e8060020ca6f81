"""Appositives between a speaker's name and the cue: 'Hegseth, a television host,
said' (the name before) and 'the White House spokesman, Josh Earnest, said' (the name
inside); a place after a preposition ('a meeting in Columbus, Ohio,') is neither."""

from __future__ import annotations

from bot.extraction.lexicon import (
    DETERMINERS,
    LEADING_FILLERS,
    OBJECT_PREPOSITIONS,
    ORG_HEADS,
    TITLE_WORDS,
    is_capitalised,
    words,
)
from bot.extraction.places import PLACE_NAMES, STATE_ABBREVIATIONS

# Appositives are at most this many tokens: "Hegseth, a television host, said".
MAX_APPOSITIVE = 14
# Words that open a clause after a comma, never an appositive (', but only after
# deliberating over the decision,'); not 'and' (', and Gov. Roe,' joins a subject),
# nor the time subordinators ('when', 'after'), which open asides the other rules read.
# Source: English conjunctions and subordinators.
CLAUSE_LINKS = words("but yet because although though whereas unless")
# The rule naming the person after a description opening the sentence (--explain).
DESCRIPTION_THEN_NAME = "description-then-name"
# The rule reading over a 'City, ST,' pair inside an appositive (--explain).
APPOSITIVE_PLACE = "appositive-place"
# A name standing as an appositive after a title noun has at most this many words.
MAX_NAME_APPOSITIVE = 4


def appositive_start(toks: list[tuple[str, int]], end: int) -> int | None:
    """For 'NAME, appositive,' before the cue, the index where NAME's phrase ends."""
    if end == 0 or toks[end - 1][0] != ",":
        return None
    inside: set[int] = set()
    for j in range(end - 2, max(-1, end - 2 - MAX_APPOSITIVE), -1):
        if toks[j][0] == "," and j not in inside:
            first = toks[j + 1][0].lower() if j + 1 < end else ""
            city = _city_state(toks, j) if not is_capitalised(first) else None
            if city is not None:
                inside.add(city)
                continue  # rule appositive-place: 'a Hollywood, Fla., rabbi', read on
            if first == "which":
                if _opens_clause(toks, j):
                    return j  # 'The group, which ...,'
                earlier = appositive_start(toks, j + 1)
                if earlier is not None:
                    return earlier  # 'Roe, head of the Union, which ...,'
            if first in CLAUSE_LINKS:
                return None  # ', but only after ...,': a clause goes on, no appositive
            if first in DETERMINERS or first in ("who", "whose") or first in TITLE_WORDS:
                # 'In December, the prince called ...,': an opening phrase, no appositive
                return None if first in DETERMINERS and _opening_phrase(toks, j) else j
            named = j > 0 and is_capitalised(toks[j - 1][0])
            if named and _place_object(toks, j):
                continue  # 'in Columbus, Ohio,' / 'Here in Columbia,': a place, read on
            return j if named and toks[j - 1][0].lower() not in LEADING_FILLERS else None
        if toks[j][0] in ".;:\"“”":
            return None
    return None


def _city_state(toks: list[tuple[str, int]], comma: int) -> int | None:
    """Rule appositive-place: 'Roe, a Hollywood, Fla., rabbi, said', 'Roe, 30, of
    Raleigh, N.C., who was polled, said': a state closed by toks[comma] after a
    capitalised city and its comma is a place inside the appositive, not the name the
    appositive describes; the index of the comma inside the pair, else None. Not a
    state alone ('Sen. Roe, R-Fla.,'), nor a pair before a name ('The mayor of
    Columbus, Ohio, Jane Roe,': the caller checks the word after the comma)."""
    k = _run_start(toks, comma - 1)
    state = " ".join(w for w, _ in toks[k:comma]).lower()
    pair = k > 1 and toks[k - 1][0] == "," and is_capitalised(toks[k - 2][0])
    return k - 1 if pair and (state in PLACE_NAMES or state in STATE_ABBREVIATIONS) else None


def place_in_appositive(toks: list[tuple[str, int]]) -> bool:
    """For --explain: toks (the words between a subject and its cue) hold a 'City,
    ST,' pair that rule appositive-place read over ('Roe[, a Hollywood, Fla., rabbi,]
    said')."""
    return any(w == "," and k + 1 < len(toks) and not is_capitalised(toks[k + 1][0])
               and _city_state(toks, k) is not None for k, (w, _) in enumerate(toks))


def _opens_clause(toks: list[tuple[str, int]], comma: int) -> bool:
    """The phrase before toks[comma] opens the sentence or a clause after ', but' or
    ', and': 'The group, which represents farmers, said', not 'Roe, a fellow at the
    Center, which works on ..., said' (the Center is in Roe's appositive)."""
    commas = [k for k in range(comma) if toks[k][0] == ","]
    return not commas or toks[commas[-1] + 1][0].lower() in ("but", "and", "yet")


def _place_object(toks: list[tuple[str, int]], comma: int) -> bool:
    """The capitalised run ending right before toks[comma] follows a preposition
    ('a meeting in Columbus,'): the object of that preposition, not a speaker
    ('of' excepted: 'Sen. Ted Cruz of Texas, now a contender,')."""
    k = _run_start(toks, comma - 1)
    state = " ".join(w for w, _ in toks[k:comma]).lower()
    if k > 1 and toks[k - 1][0] == "," and is_capitalised(toks[k - 2][0]) and (
            state in PLACE_NAMES or state in STATE_ABBREVIATIONS):
        k = _run_start(toks, k - 1)  # 'in Salem, New Hampshire,': a city, then its state
    before = toks[k - 1][0].lower() if k > 0 else ""
    return before in OBJECT_PREPOSITIONS and before != "of"


def _opening_phrase(toks: list[tuple[str, int]], comma: int) -> bool:
    """toks[:comma] is a prepositional phrase opening the sentence ('In December,')."""
    return comma > 0 and _place_object(toks, comma) and _run_start(toks, comma - 1) == 1


def _run_start(toks: list[tuple[str, int]], k: int) -> int:
    """Where the capitalised run ending before toks[k] starts; a capitalised
    preposition opening the sentence ('In December') is not part of it."""
    while k > 0 and is_capitalised(toks[k - 1][0]) and (
            toks[k - 1][0].lower() not in OBJECT_PREPOSITIONS):
        k -= 1
    return k


def appositive_name(toks: list[tuple[str, int]], end: int) -> list[tuple[str, int]] | None:
    """'the White House spokesman, Josh Earnest, said': the name in the appositive."""
    if end < 3 or toks[end - 1][0] != ",":
        return None
    j = stop = end - 1  # the name ends at stop, before an affiliation
    while j - 1 >= 0 and is_capitalised(toks[j - 1][0]) and stop - j < MAX_NAME_APPOSITIVE:
        j -= 1
    if j > 2 and toks[j - 1][0] == "of" and _affiliation(toks[j:end - 1]):
        j = stop = j - 1  # 'Another pollster, David Roe of Clemson University, said'
        while j - 1 >= 0 and is_capitalised(toks[j - 1][0]) and stop - j < MAX_NAME_APPOSITIVE:
            j -= 1
        if stop - j < 2 or toks[stop - 1][0].lower() in TITLE_WORDS:
            return None  # 'Secretary of State', 'Deputy Secretary of Acme Corp'
    j -= 1
    if not (0 < j < stop - 1 and toks[j][0] == "," and toks[j - 1][0].isalpha()):
        return None
    noun = toks[j - 1][0].lower()
    name = toks[j + 1:stop]
    if noun in TITLE_WORDS or noun.endswith("man") or (
            len(name) > 1 and _opening_description(toks[:j])):
        return name
    return None


def _affiliation(run: list[tuple[str, int]]) -> bool:
    """Capitalised words after a name's 'of' that name a place or an organisation
    ('of Clemson University', 'of Ohio'), not the rest of a title ('of State John')."""
    last = run[-1][0].lower().rstrip(".,") if run else ""
    return last in ORG_HEADS or " ".join(w for w, _ in run).lower() in PLACE_NAMES


def _opening_description(desc: list[tuple[str, int]]) -> bool:
    """'One of the authors of the report, Jane Roe, said', 'Another delegate on the
    slate, Jim Roe, said', 'Her lawyer's partner, ...': a description that opens the
    sentence with a determiner or an owner's name and has no comma inside names the
    person named in full in the appositive after it (rule description-then-name)."""
    first = desc[0][0] if desc else ""
    opens = first.lower() in DETERMINERS or (first[:1].isupper() and first.endswith(
        ("'s", "’s")))
    return (opens and len(desc) <= MAX_APPOSITIVE
            and not any(w in ",;:\"“”" for w, _ in desc))


def appositive_rule(before: list[tuple[str, int]], between: list[tuple[str, int]]
                    ) -> str | None:
    """For --explain: the appositive rule that named a subject, given the sentence's
    words before it and those between it and its cue."""
    if place_in_appositive(between):
        return APPOSITIVE_PLACE
    return DESCRIPTION_THEN_NAME if description_then_name(before) else None


def description_then_name(toks: list[tuple[str, int]]) -> bool:
    """For --explain: toks (a sentence up to a subject) are a description opening it
    and its comma, which only rule description-then-name reads as naming the subject
    ('One of the authors, [Ari Roe]')."""
    if len(toks) < 2 or toks[-1][0] != ",":
        return False
    noun = toks[-2][0].lower()
    return not (noun in TITLE_WORDS or noun.endswith("man")) and _opening_description(toks[:-1])
