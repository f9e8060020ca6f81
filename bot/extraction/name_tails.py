"""Speaker names that are only a piece of a longer name in the article: vetting rules
'name_tail' and 'cut_word' (speaker_checks.SPEAKER_RULES). A wrong name is worse than
none: the statement is left unattributed.

'name_tail': every time the article writes the name, it continues a longer capitalised
name over a link word ('the Organization for Economic Cooperation and Development' read
as 'Development', 'the Club for Growth Action' as 'Growth Action', 'the Central and
East European Coalition' as 'East European Coalition'). Not a person's name (a known
given name first: 'Richard Alba and Nancy Foner'), and not one of two organisations
joined by 'and' ('The Washington Post and ABC News': 'Post' ends a name).

'cut_word': every time the article writes the name, a letter or a combining mark
follows it, so the name stops inside a word ('Arturo SarukhA' of 'Arturo SarukhÃ¡n'
with its accents garbled, 'Marc TrA' of 'Marc TrÃ©vidic').
"""

from __future__ import annotations

import functools
import re
import unicodedata

from bot.extraction.heads import is_org_noun
from bot.extraction.lexicon import DETERMINERS, TITLE_WORDS
from bot.extraction.names import gender_of_name
from bot.extraction.occurrences import occurrences

# How far before a name its longer name is looked for.
WINDOW = 80
# Right after a capitalised word and 'of', 'for', 'on' or '&' ('Club for Growth
# Action'), or after 'and' inside a name linked by one ('Organization for Economic
# Cooperation and Development', 'Academies of Sciences, Engineering and Medicine'; not
# '31% of Republicans and', 'the death of Justice Antonin Scalia, and').
LINKED_RE = re.compile(r"(?:[A-Z][\w.'’-]*\s+(?:of|for|on|&)"
                       r"|[A-Z][\w.'’-]*\s+(?:of|for|on)\s+(?:[A-Z][\w'’-]*,?\s+)+and)\s+$")
# Right after a capitalised word and 'and' ('Parks and Recreation Department').
AND_RE = re.compile(r"(?<![\w.'’-])([A-Z][\w'’-]*)\s+and\s+$")


# The longer name a tail continues: capitalised words, links between them and commas in
# a list ('National Academies of Sciences, Engineering and ').
LONGER_RE = re.compile(r"(?<![\w.'’-])(?:[A-Z][\w.'’-]*,?\s+(?:(?:of|for|on|and|&)\s+)?)+$")
POSSESSIVE_RE = re.compile(r".*['’]s?\s+")


@functools.lru_cache(maxsize=256)
def whole_name(name: str, article: str) -> str | None:
    """The one longer name every occurrence of the tail name continues ('Organization
    for Economic Cooperation and Development'), or None: also when a possessive runs
    into it ("Washington's Institute for Science and ..."), where it starts is unsure.
    Cached, a few hundred entries (few article texts kept alive): the vetting reads it
    at each statement of a speaker, and on train one call in two repeats one."""
    if not name_tail(name, article):
        return None
    found = set()
    for at in occurrences(article, name):
        m = LONGER_RE.search(article, max(0, at - WINDOW), at)
        if m is None:
            return None
        if POSSESSIVE_RE.match(m.group()):
            return None  # "Washington's Institute for ...": where the name starts is unsure
        found.add(m.group() + name)
    if len(found) != 1:
        return None
    words = found.pop().split()
    while len(words) > 1 and words[0].lower() in DETERMINERS:
        words = words[1:]  # 'The Central and East European Coalition'
    return " ".join(words) if words[0].lower() not in TITLE_WORDS else None


def name_tail(name: str, article: str) -> bool:
    """Every occurrence of name in article continues a longer name (module doc)."""
    words = name.split()
    if not article or not words[0][:1].isupper() or gender_of_name(words[0]):
        return False
    found = list(occurrences(article, name))
    return bool(found) and all(_continues(article, at, words) for at in found)


def _continues(article: str, at: int, words: list[str]) -> bool:
    before = article[max(0, at - WINDOW):at]
    if LINKED_RE.search(before):
        return True
    m = AND_RE.search(before)
    return m is not None and is_org_noun(words[-1]) and not is_org_noun(m.group(1))


def cut_word(name: str, article: str) -> bool:
    """Every occurrence of name in article is followed by a letter, a digit or a
    combining mark: the name stops inside a word."""
    found = list(occurrences(article, name))
    return bool(found) and all(_inside_word(article, at + len(name)) for at in found)


def _inside_word(article: str, end: int) -> bool:
    if end >= len(article):
        return False
    char = article[end]
    return char.isalnum() or unicodedata.category(char).startswith("M")
