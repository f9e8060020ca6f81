"""English common words: a capitalised word that is one of them, and that the article
never writes capitalised in mid-sentence, opens a sentence; it is not a name
('Small groups of protesters continued to call ...', 'Concerns rose Monday over
claims that ...', 'Cool the rhetoric: ...').

Source: SCOWL (Spell Checker Oriented Word Lists, Kevin Atkinson), size 35, as Debian
packages it in wamerican-small 2020.12.07 (/usr/share/dict/american-english-small):
its lowercase entries of three or more letters, one a line, in common_words.txt. Proper
nouns are capitalised in SCOWL and so left out. SCOWL's licence allows copying and
redistribution with its copyright notice: 'Copyright 2000-2011 by Kevin Atkinson.
Permission to use, copy, modify, distribute and sell these word lists, the associated
scripts, the output created from the scripts, and its documentation for any purpose
is hereby granted without fee, provided that the above copyright notice appears in
all copies and that both that copyright notice and this permission notice appear in
supporting documentation.'
"""

from __future__ import annotations

import functools
import re
from pathlib import Path

from bot.extraction.lexicon import IRREGULAR_PAST

WORDS_PATH = Path(__file__).with_name("common_words.txt")
# Plurals with an English agent suffix name people, like the group nouns the vetting
# keeps ('Associates say ...', 'Proponents of the bill ...', 'Millennials').
# Source: English agentive suffixes (-er, -or, -ist, -ent, -ant, -ate, -ian, -an).
PEOPLE_PLURAL_RE = re.compile(r"(?:ers|ors|ists|ents|ants|ates|ians|ans)$")
# A finite verb right after a word makes it a subject, so a name: one in the singular
# after a word that looks plural ('Wines believes that ...'), one in the past after a
# word that does not ('Doe answered Roe'). 'Concerns rose', 'Boos rained' are plurals;
# 'Keeps saying', 'Small groups' (a plural noun, not a verb), 'Minutes later' no
# subjects.
SINGULAR_VERB_RE = re.compile(r"\s+(?:is|was|has|does|[a-z]{2,}[^su'’]s)\b")
PAST_VERB_RE = re.compile(r"\s+([a-z]{2,}ed|[a-z]+)\b")
# 'who' after a word makes it a person ('Doe, who had said ...').
WHO_RE = re.compile(r",?\s+who\b")
# Words ending in s after a name that are no verbs. Source: English function words.
NOT_VERBS = frozenset(["this", "thus", "plus", "perhaps", "unless", "across", "always",
                       "sometimes", "towards", "afterwards", "besides", "whereas"])


@functools.cache
def common_words() -> frozenset[str]:
    """The list, read once."""
    return frozenset(WORDS_PATH.read_text(encoding="utf-8").split())


def is_common_word(word: str, article: str = "") -> bool:
    """word, lower-cased, is an English common word, not a plural naming people, nor a
    word the article gives a finite verb or 'who' (SINGULAR_VERB_RE, PAST_VERB_RE,
    WHO_RE)."""
    low = word.lower()
    return (low in common_words() and not PEOPLE_PLURAL_RE.search(low)
            and not _verb_after(word, article, plural=low.endswith("s")))


def _verb_after(word: str, article: str, plural: bool) -> bool:
    at = article.find(word)
    while at >= 0:
        end = at + len(word)
        if WHO_RE.match(article, end):
            return True
        m = SINGULAR_VERB_RE.match(article, end) if plural else None  # 'Small groups'
        if m and m.group().strip() not in NOT_VERBS:
            return True
        past = None if plural else PAST_VERB_RE.match(article, end)
        if past and (past.group(1).endswith("ed") or past.group(1) in IRREGULAR_PAST):
            return True
        at = article.find(word, end)
    return False


def plural_noun(name: str, article: str) -> bool:
    """Rule 'plural-noun-no-person': name is one word that is an English common noun in
    the plural ('Aides', 'Delegates', 'Prosecutors' opening 'Aides said ...'), which the
    article never gives a singular verb ('Wines believes' is a surname): a group, never
    what 'he' or 'she' stands for."""
    low = name.lower()
    return (" " not in name and low.endswith("s") and low in common_words()
            and not _verb_after(name, article, plural=True))


common_words()  # read at import, like the learned cue model (a first article paid for it)
