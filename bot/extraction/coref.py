"""Article-level evidence for pronoun resolution: who speaks, which gender, and
which person a narrative "He ..." / "She ..." stands for.

* A lone surname ("Cruz", "Kelly") counts as a person when the article uses it
  as the subject or object of a speech verb ("Cruz said", "said Kelly").
* A name's gender, when its given name or honorific does not tell, is learnt
  from the pronouns that follow it in sentences that name only that person
  ("Kelly said she ..."); mixed evidence leaves it unknown.
* A subject pronoun opening a clause outside quotations ("She witnessed ...")
  is resolved in text order and becomes a mention of its antecedent, so a later
  "she said" follows the chain instead of a name mentioned in passing.
"""

from __future__ import annotations

import functools
import re
from collections import Counter, defaultdict
from collections.abc import Iterable

from bot.extraction.lexicon import SPEECH_VERBS, words
from bot.extraction.places import PLACE_NAMES
from bot.extraction.raw import word_alternation

# In these patterns a first letter then a look-behind ("[A-Z](?<!\w[A-Z])") is the \b
# before a word (the same matches), written so that the scan skips to the word's first
# letters: a pattern that opens with a letter class is scanned for it, one that opens
# with a look-around is tried at every character (about 1.5x as fast).
# 'Cruz said' / 'Cruz also told' / 'said Cruz': a lone capitalised word next to a
# speech verb. Source: news attribution syntax.
# (The verbs are a prefix tree: one pass reads them, where an alternation tries each.)
_VERBS = word_alternation((v for v in SPEECH_VERBS if v.endswith(("ed", "s", "id", "ld", "ote",
                                                                   "ought"))), exact=True)
SPEAKING_BEFORE_RE = re.compile(
    r"([A-Z](?<!\w[A-Z])[a-z][\w'’-]*)\s+(?:[a-z]+ly\s+|also\s+|then\s+|later\s+)?"
    r"(?:" + _VERBS + r")\b")
SPEAKING_AFTER_RE = re.compile(r"(?:s(?<!\ws)a(?:id|ys)|a(?<!\wa)(?:sked|dded)|w(?<!\ww)rote)"
                               r"\s+([A-Z][a-z][\w'’-]*)\b")  # said|says|asked|added|wrote
# Last words that make a capitalised run a place or building, never a person
# ("Madison Square Garden", "Jackson Street"). Source: English toponym heads.
PLACE_HEADS = words("""garden square street avenue road boulevard center centre hall park
county city state island islands valley river lake mountain mountains bay beach airport
station bridge tower towers building plaza arena stadium church school college hospital
heights falls springs""")
# Pronouns whose gender is evidence for the name they follow.
MALE_PRONOUNS = words("he him his himself")
FEMALE_PRONOUNS = words("she her hers herself")
# (he him his himself her hers herself she; the look-behinds after the first letter
# say which word it opens; the words after 'h' are a prefix tree, tried a third faster
# than their plain alternation, with the same matches)
PRONOUN_RE = re.compile(
    r"[HhSs](?<!\w[HhSs])(?:(?<=[Hh])(?:e(?:r(?:s(?:elf)?)?)?|i(?:m(?:self)?|s))|(?<=[Ss])he)\b")
# A subject pronoun opening a sentence or a clause (after a comma or "and"/"but").
SUBJECT_PRONOUN_RE = re.compile(r"([HhSs](?<!\w[HhSs])(?:(?<=[Hh])e|(?<=[Ss])he))\b")
# The words SUBJECT_PRONOUN_RE matches (PRONOUN_RE matches them at the same places).
SUBJECT_FORMS = frozenset(["he", "He", "she", "She"])
CLAUSE_OPENERS = (",", ";", ":", "—", " and", " but", " when", " as", " because", " so")
OPENER_REACH = max(map(len, CLAUSE_OPENERS))
# What may stand between a clause opener and its pronoun.
PRONOUN_LEAD = " \n\"“”'‘’"
# Votes needed, and the share of the majority, to learn a name's gender.
MIN_GENDER_VOTES = 1
GENDER_MAJORITY = 0.75


@functools.lru_cache(maxsize=4)
def speaking_names(text: str) -> frozenset[str]:
    """Capitalised words used right before or after a speech verb in the article."""
    found = {m[1] for m in SPEAKING_BEFORE_RE.finditer(text)}
    found |= {m[1] for m in SPEAKING_AFTER_RE.finditer(text)}
    return frozenset(found)


def subject_pronouns(text: str, start: int, end: int) -> list[tuple[int, str]]:
    """(position, pronoun) of he/she opening a clause in text[start:end]."""
    return opening_pronouns(text, start, SUBJECT_PRONOUN_RE.finditer(text, start, end))


def opening_pronouns(text: str, start: int,
                     found: Iterable[re.Match[str]]) -> list[tuple[int, str]]:
    """subject_pronouns from the matches in text[start:...] of SUBJECT_PRONOUN_RE, or of
    PRONOUN_RE whose words are SUBJECT_FORMS (the same matches: one scan for both)."""
    out = []
    for m in found:
        if m[0] not in SUBJECT_FORMS:
            continue
        cut = m.start()  # the text before it without spaces and quotation marks
        while cut > start and text[cut - 1] in PRONOUN_LEAD:
            cut -= 1
        # (only its last characters are read: no copy of the text back to start)
        if cut == start or text[max(start, cut - OPENER_REACH):cut].endswith(CLAUSE_OPENERS):
            out.append((m.start(), m[0]))
    return out


def is_place(name: str) -> bool:
    """A place head last ('Madison Square Garden') or a known place ('New Hampshire')."""
    return name.split()[-1].lower() in PLACE_HEADS or name.lower() in PLACE_NAMES


def pronoun_gender(pronoun: str) -> str | None:
    low = pronoun.lower()
    return "m" if low in MALE_PRONOUNS else "f" if low in FEMALE_PRONOUNS else None


def learn_genders(names: list[tuple[int, int, str]], pronouns: list[tuple[int, int, str]],
                  known: set[str]) -> dict[str, str]:
    """names and pronouns as (sentence, position, name or gender). A sentence naming
    exactly one person of unknown gender votes with each gendered pronoun after it."""
    by_sent: dict[int, list[tuple[int, str]]] = defaultdict(list)
    for sent, pos, name in names:
        by_sent[sent].append((pos, name))
    votes: dict[str, Counter[str]] = defaultdict(Counter)
    for sent, pos, g in pronouns:
        here = by_sent.get(sent)
        if not here or len({n for _, n in here}) != 1 or here[0][1] in known:
            continue
        if here[0][0] < pos:
            votes[here[0][1]][g] += 1
    out = {}
    for name, count in votes.items():
        g, n = count.most_common(1)[0]
        if n >= MIN_GENDER_VOTES and n / sum(count.values()) >= GENDER_MAJORITY:
            out[name] = g
    return out
