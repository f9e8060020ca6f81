"""Plain text helpers shared by the store (indexing) and search (matching): how text
is normalised, split into words and stemmed, and how names and aliases are compared.

Pure functions only: no SQL, no I/O. Neither the store nor search owns this module, so
the store needs nothing from search.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# Dotted abbreviations like "U.S." or "U.K." are written without dots ("US") before
# indexing and matching, so the query "us troops" finds "U.S. troops".
DOTTED_ABBREVIATION = re.compile(r"\b(?:[^\W\d_]\.){2,}")
# Every dotted abbreviation holds a letter between two dots ('.S.'): a text without one
# is not searched with the pattern above, which is tried at every word start (a notice
# plains 100 paragraphs: 1.1 ms with it, 0.03 ms for this look).
MAYBE_DOTTED = re.compile(r"\.[^\W\d_]\.")
# A word: letters and digits; apostrophes and hyphens split words ("pre-2014" -> pre, 2014).
WORD = re.compile(r"[^\W_]+")
# Possessive endings dropped from words ("Hegseth's" -> "hegseth").
POSSESSIVE = re.compile(r"['’]s\b", re.IGNORECASE)
# Distinct words whose stems are remembered (ranking stems every word of every candidate).
STEM_CACHE_SIZE = 200_000
# Words shorter than this are not stemmed ("us", "is", "gas" stay as they are).
MIN_STEM_LENGTH = 4


def collapse_abbreviations(text: str) -> str:
    """'U.S. troops' -> 'US troops'."""
    if not MAYBE_DOTTED.search(text):
        return text
    return DOTTED_ABBREVIATION.sub(lambda m: m.group(0).replace(".", ""), text)


def plain(text: str) -> str:
    """NFKC, abbreviations collapsed, possessives removed: the form that gets indexed."""
    if not text.isascii():  # NFKC leaves ASCII as it is
        text = unicodedata.normalize("NFKC", text)
    return POSSESSIVE.sub("", collapse_abbreviations(text))


def words(text: str) -> list[str]:
    """Lower-case word tokens of `text` in order."""
    return plain_words(plain(text))


def plain_words(plained: str) -> list[str]:
    """words() of a text already passed through plain()."""
    return WORD.findall(plained.lower())


def stems(text: str) -> list[str]:
    """The stemmed words of `text` in order: what ranking compares query terms with."""
    return plain_stems(plain(text))


def plain_stems(plained: str) -> list[str]:
    """stems() of a text already passed through plain() (the store indexes both)."""
    return [stem(w) for w in plain_words(plained)]


@lru_cache(maxsize=STEM_CACHE_SIZE)
def stem(word: str) -> str:
    """A light plural -> singular stemmer: 'borders' -> 'border', 'policies' -> 'policy'."""
    if len(word) < MIN_STEM_LENGTH or word.isdigit():
        return word
    if word.endswith("ies") and len(word) > MIN_STEM_LENGTH:
        return word[:-3] + "y"
    if word.endswith(("ses", "xes", "ches", "shes", "zes")):
        return word[:-2]
    if word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


def name_key(name: str) -> str:
    """The identity of a speaker's name: lower case, no punctuation, no middle initials.

    'Donald J. Trump' and 'donald trump' share the key 'donald trump'.
    """
    tokens = WORD.findall(unicodedata.normalize("NFKC", name).lower())
    kept = [t for t in tokens if len(t) > 1] or tokens
    return " ".join(kept)


def lookup_key(phrase: str) -> str:
    """How acronyms and expansions are compared: 'U.S.' -> 'us', 'Group of Seven' ->
    'group of seven'."""
    return " ".join(words(phrase))
