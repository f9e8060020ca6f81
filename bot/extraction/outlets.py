"""A person's name run into the outlet or show they work for, with no possessive or
comma between ('the editorial board of the Washington Post Trump said', 'Fox News Sean
Hannity said', 'CNN Gloria Borger noted'): the speaker is the person after the outlet's
last word, when that is a name in full (a given name the lists know) or the surname of
a person the article names. Rule 'name-after-outlet' in the trace (speaker_outlet).
"""

from __future__ import annotations

import functools
from collections.abc import Container

from bot.extraction.lexicon import words
from bot.extraction.names import gender_of_name

NAME_AFTER_OUTLET = "name-after-outlet"
# The last words of outlets' names. Source: US and international news outlets.
OUTLET_WORDS = words("""post times news journal tribune herald telegraph guardian gazette
magazine cnn fox nbc abc cbs msnbc pbs npr reuters ap bbc politico breitbart""")


def after_outlet(name: str, surnames: Container[str]) -> str | None:
    """The person's name at the end of name after an outlet's word, or None."""
    rest = _after_outlet_word(name)
    if rest is None:
        return None
    person, one_word = rest
    return person if person and (not one_word or person in surnames) else None


@functools.lru_cache(maxsize=8192)
def _after_outlet_word(name: str) -> tuple[str | None, bool] | None:
    """The words of name after its last outlet word (None: no outlet word before the
    last word): (the words, if a name in full or one word, else None; one word?).
    It depends on the name alone: remembered, as the resolver reads it per mention."""
    parts = name.split()
    k = max((i for i, w in enumerate(parts[:-1]) if w.lower() in OUTLET_WORDS), default=-1)
    if k < 0:
        return None
    rest = parts[k + 1:]
    if len(rest) == 1:
        return rest[0], True
    return (" ".join(rest) if len(rest) >= 2 and gender_of_name(" ".join(rest)) is not None
            else None), False
