"""A content cut before its sentence ends never ends on a word that wants what was cut
off (rule 'dangling-words-dropped'): an article or a possessive wanting its noun, then
the preposition before it, or 'such as' wanting its example. 'announcing the steps in
the | last year' -> 'announcing the steps'; 'if videos did surface of his | calling for
...' -> 'if videos did surface'; 'favor exceptions, such as | when ...' -> 'favor
exceptions'. A content that ends where its sentence does is left as the article has it."""

from __future__ import annotations

import re

from bot.extraction.heads import PREPOSITIONS
from bot.extraction.lexicon import words

# Words that want a noun after them. Not 'her' (also an object: 'to support her'), nor
# 'this'/'that' (also pronouns: 'everybody knows that'). Source: English determiners.
WANTS_NOUN = words("the a an his their its our my your")
LAST_WORD_RE = re.compile(r"([\w'’]+)\W*$")
SUCH_AS_RE = re.compile(r",?\s*\bsuch\s+as\s*$", re.IGNORECASE)


def trimmed_end(text: str, start: int, end: int, noun_next: bool = False) -> int:
    """end moved back over the words text[start:end] ends with that want what follows;
    end itself when there are none, or when nothing would be left. noun_next: what
    was cut off starts with a noun phrase (a later report's subject), so a preposition
    alone wants it too ('described themselves as liberals with | about three in 10
    saying ...')."""
    such = SUCH_AS_RE.search(text, start, end)
    if such:
        kept = text[start:such.start()].rstrip(" ,")
        return start + len(kept) if kept else end
    cut, dropped = end, False
    while (last := LAST_WORD_RE.search(text, start, cut)) and last[1].lower() in WANTS_NOUN:
        cut, dropped = last.start(), True
    if not dropped and not noun_next:
        return end
    last = LAST_WORD_RE.search(text, start, cut)
    if last and last[1].lower() in PREPOSITIONS:
        cut = last.start()
    kept = text[start:cut].rstrip(" ,")
    return start + len(kept) if kept and cut != end else end
