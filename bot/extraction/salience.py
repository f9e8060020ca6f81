"""Who "he" or "she" is: the person most recently named as a sentence subject.

News prose keeps the person it talks about as the subject ("Cruz openly admitted
his pick ... "With an eye to February," he said."), so a pronoun speaker resolves
to the latest person named at the start of a sentence (after an optional opening
phrase ending in a comma), or the latest named speaker if that is more recent.
Honorifics give gender (Mr. / Mrs., Ms., Miss); a known mismatch is skipped.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.extraction.quotes import Sentence
from bot.extraction.speakers import Registry, Resolved, resolve, split_name

# A sentence-initial subject: optional opening phrase with a comma, then a run of
# capitalised words (titles and names), then a lowercase word (the verb).
# A subject run starting with an -ing word is a participle phrase, not a name.
SUBJECT_RE = re.compile(
    r"(?:[^,\"“”]{0,60},\s+)?((?:[A-Z][\w.'’-]*\s+(?:(?:of|the)\s+)?){0,5}[A-Z][\w'’-]*\w)"
    r"\s+[a-z]")
# Honorifics that say a person's gender. Source: English forms of address.
FEMALE_HONORIFICS = frozenset(["mrs", "ms", "miss", "madam"])
MALE_HONORIFICS = frozenset(["mr", "sir"])


@dataclass
class Salient:
    pos: int
    who: Resolved


def gender_of(title: str | None) -> str | None:
    words = {w.lower().rstrip(".") for w in (title or "").split()}
    if words & FEMALE_HONORIFICS:
        return "f"
    if words & MALE_HONORIFICS:
        return "m"
    return None


def sentence_subjects(text: str, sentences: list[Sentence], reg: Registry) -> list[Salient]:
    """Person subjects of sentences, in text order."""
    found = []
    for sent in sentences:
        m = SUBJECT_RE.match(text, sent.start, sent.end)
        if not m:
            continue
        if split_name(m[1])[0] is None or m[1].split()[0].endswith("ing"):
            continue
        who = resolve(m[1], m.start(1), reg, None, None)
        if who.name and not who.is_org:
            found.append(Salient(m.start(1), who))
    return found


def antecedent(pronoun: str, pos: int, candidates: list[Salient]) -> Resolved | None:
    """The latest candidate before pos whose gender does not contradict the pronoun."""
    want = "f" if pronoun.lower() in ("she", "her") else "m"
    for cand in sorted((c for c in candidates if c.pos < pos), key=lambda c: -c.pos):
        known = gender_of(cand.who.title) or gender_of(cand.who.mention)
        if known is None or known == want:
            return cand.who
    return None
