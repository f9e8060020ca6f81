"""Rule 'relative-clause-ends' of content_cuts.py (beside cut_rules.py's): a cue inside a
', who ...' or ', which ...' relative clause reports up to the comma that closes the
clause, where the sentence's own verb follows ('Roe, who praised the plan, voted ...').
"""

from __future__ import annotations

import re

from bot.extraction.cut_rules import FINITE, Tokens, _comma
from bot.extraction.lexicon import IRREGULAR_PAST
from bot.extraction.raw import Raw

# A relative clause opened after a comma and still open at the cue (no comma after it).
OPEN_RELATIVE_RE = re.compile(r",\s+(?:who|which)\s+[^,]*$")


def in_relative_clause(text: str, raw: Raw) -> bool:
    """The cue stands in a non-restrictive relative clause opened before it in its
    sentence and not yet closed ('The group, which has attacked')."""
    return OPEN_RELATIVE_RE.search(text, raw.sentence[0], raw.cue_pos) is not None


def relative_clause(text: str, raw: Raw, toks: Tokens, classes: list[str]) -> int | None:
    """Rule 'relative-clause-ends': a cue inside a ', who/which' relative clause reports
    up to the content's first comma when a finite or past-tense verb follows it (an
    adverb in -ly may stand before it): the clause is closed and the sentence's main
    verb goes on.
    Example: 'The club, which has attacked his past positions, took in $4.8 million'
    -> 'his past positions'; 'Roe, who declined to comment, was born in Ohio' -> 'to
    comment'; not 'Roe, who said that Doe, under fire for the cuts, would resign' (the
    first comma opens an aside inside the content), not 'Roe, who said the plan, in
    her view, works' (no verb after the comma)."""
    if not in_relative_clause(text, raw):
        return None
    for k in range(1, len(toks) - 1):
        word, pos = toks[k]
        if word == ",":
            if not _comma(text, word, pos):
                continue
            return pos if _verb_after(toks, classes, k + 1) else None
    return None


def _verb_after(toks: Tokens, classes: list[str], j: int) -> bool:
    """toks[j] (or the word after an -ly adverb there) is a finite or past-tense verb."""
    if classes[j] == "w-ly" and j + 1 < len(toks):
        j += 1
    word = toks[j][0]
    return word.islower() and (word in FINITE or word in IRREGULAR_PAST
                               or classes[j] in ("w-ed", "w-s"))
