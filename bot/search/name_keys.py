"""The keys a speaker is found by in a query: the full name, the surname and name-like
aliases, normalised, each also as a query reads it; and the keys by their first and
last letters, for fuzzy look-ups."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Iterator

from rapidfuzz import fuzz, process
from rapidfuzz.utils import default_process

from bot.models import SpeakerRecord
from bot.search.query import FUNCTION_WORDS, content_words, words_of
from bot.text import name_key

# The article some names begin with ("The New York Times").
ARTICLE = "the "
# Words after a surname that are not the surname ("Vann R. Newkirk II" is "Newkirk").
NAME_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})
# A one-letter particle and its apostrophe ('O’Neill', "D'Souza"): the key drops the
# letter ('neill'), and many type the name joined ('oneill'), so that is a key too.
ELIDED_PARTICLE = re.compile(r"\b([^\W\d_])['’](?=[^\W\d_])")
# A document that speaks for its author is also found by the author's name, the words
# before the noun ('the IMF report' -> 'imf', "Rubio's press release" -> 'rubio', 'the
# NAACP letter' -> 'naacp'). Not polls, studies, analyses or filings: what they hold is
# a finding, or another's words ('the FEC filings' are the campaigns').
DOCUMENT_NOUNS = (("press", "release"), ("statement",), ("report",), ("reports",),
                  ("letter",), ("memo",))
# Articles before the author's name ('the IMF report'); after 'its' ('its FEC reports')
# the words are not the author's name, and the key made is one nobody asks.
DOCUMENT_OPENERS = frozenset({"the", "a", "an"})


def name_keys(speaker: SpeakerRecord) -> set[str]:
    """Full name, surname (last word of a multi-word name) and name-like aliases
    (every word capitalised: "Pete", "POTUS"; not "the secretary"), normalised; each
    also without a leading article and without the words a query drops."""
    full = name_key(speaker.name)
    joined = name_key(ELIDED_PARTICLE.sub(r"\1", speaker.name))
    keys = {full, joined, *(name_key(a) for a in speaker.aliases if _looks_like_name(a))}
    keys |= {k.removeprefix(ARTICLE) for k in keys if k.startswith(ARTICLE)}
    # As a query reads it, in a speaker slot and in free words ('Commission on
    # Presidential Debates' -> 'commission presidential debates', 'New York Times' ->
    # 'york times'), when two words at least are left.
    keys |= {" ".join(kept) for k in keys
             for kept in ([w for w in words_of(k) if w not in FUNCTION_WORDS], content_words(k))
             if len(kept) > 1}
    parts = [p for p in full.split() if p not in NAME_SUFFIXES]
    for name in {full, joined}:
        surname = [p for p in name.split() if p not in NAME_SUFFIXES]
        if len(surname) > 1 and len(surname[-1]) > 1:  # 'A.F.L.-C.I.O.' is not 'o'
            keys.add(surname[-1])
    keys.add(_author(parts))
    return {k for k in keys if k}


def _author(parts: list[str]) -> str:
    """The author's name of a document named by `parts` (see DOCUMENT_NOUNS), or ''."""
    for noun in DOCUMENT_NOUNS:
        if len(parts) > len(noun) and tuple(parts[-len(noun):]) == noun:
            author = parts[: -len(noun)]
            while author and author[0] in DOCUMENT_OPENERS:
                author = author[1:]
            return " ".join(author)
    return ""


def _looks_like_name(alias: str) -> bool:
    return all(part[:1].isupper() for part in alias.split())


class EndBuckets:
    """Name keys by first letter ('^h') and by last letter ('h$'): a fuzzy look-up
    compares only keys sharing one of them with the query (a one-letter typo rarely
    hits both), so a large speaker table stays fast. Each bucket is also kept as
    rapidfuzz's processor makes it (when first compared), not made again per look-up."""

    def __init__(self, keys: Iterable[str]) -> None:
        self._keys: dict[str, list[str]] = defaultdict(list)
        for key in keys:
            self._keys["^" + key[0]].append(key)
            self._keys[key[-1] + "$"].append(key)
        self._processed: dict[str, list[str]] = {}

    def starting(self, letter: str) -> list[str]:
        return self._keys.get("^" + letter, [])

    def ratios(self, key: str, cutoff: float) -> Iterator[tuple[str, float]]:
        """(key, fuzz.ratio) of the keys sharing the first or last letter of `key` at
        `cutoff` or above (a key in both buckets comes twice, with the same ratio)."""
        for end in ("^" + key[0], key[-1] + "$"):
            keys = self._keys.get(end, [])
            if end not in self._processed:
                self._processed[end] = [default_process(k) for k in keys]
            for _, score, at in process.extract(
                default_process(key), self._processed[end], scorer=fuzz.ratio,
                processor=None, score_cutoff=cutoff, limit=None,
            ):
                yield keys[at], score
