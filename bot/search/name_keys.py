"""The keys a speaker is found by in a query: the full name, the surname and name-like
aliases, normalised, each also as a query reads it."""

from __future__ import annotations

from bot.models import SpeakerRecord
from bot.search.query import FUNCTION_WORDS, content_words, words_of
from bot.text import name_key

# The article some names begin with ("The New York Times").
ARTICLE = "the "
# Words after a surname that are not the surname ("Vann R. Newkirk II" is "Newkirk").
NAME_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})


def name_keys(speaker: SpeakerRecord) -> set[str]:
    """Full name, surname (last word of a multi-word name) and name-like aliases
    (every word capitalised: "Pete", "POTUS"; not "the secretary"), normalised; each
    also without a leading article and without the words a query drops."""
    full = name_key(speaker.name)
    keys = {full, *(name_key(a) for a in speaker.aliases if _looks_like_name(a))}
    keys |= {k.removeprefix(ARTICLE) for k in keys if k.startswith(ARTICLE)}
    # As a query reads it, in a speaker slot and in free words ('Commission on
    # Presidential Debates' -> 'commission presidential debates', 'New York Times' ->
    # 'york times'), when two words at least are left.
    keys |= {" ".join(kept) for k in keys
             for kept in ([w for w in words_of(k) if w not in FUNCTION_WORDS], content_words(k))
             if len(kept) > 1}
    parts = [p for p in full.split() if p not in NAME_SUFFIXES]
    if len(parts) > 1:
        keys.add(parts[-1])
    return {k for k in keys if k}


def _looks_like_name(alias: str) -> bool:
    return all(part[:1].isupper() for part in alias.split())
