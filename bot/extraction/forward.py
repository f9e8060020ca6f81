"""Reading a speaker phrase forwards from a cue ('"...," said Sen. John McCain').

Capitalised words or a determiner phrase up to the next punctuation, a clause word or
a preposition after the name; a few lowercase describing words may come before a
name ('said retired astronaut Mark Kelly').
"""

from __future__ import annotations

from bot.extraction.lexicon import (
    CLAUSE_BREAKERS,
    DETERMINERS,
    PERSON_PRONOUNS,
    SKIPPABLE,
    TITLE_WORDS,
    is_capitalised,
    words,
)
from bot.extraction.phrases import MAX_SUBJECT, WORD_START_RE, tokens, word_end

# Prepositions that end a name read forwards from a cue ('wrote Cameron Easley for
# Morning Consult', 'said Jane Roe on CNN'). Source: news attribution syntax.
NAME_ENDING_PREPOSITIONS = words("on for in at to from during via with after before")
# Lowercase words that may describe a name after a cue ('said 9/11 widow Terry Strada').
MAX_DESCRIBING_WORDS = 3
# Lowercase words allowed inside a name ('Charles de Gaulle', 'Secretary of State').
NAME_PARTICLE_WORDS = words("de da van von der al bin la le du del of")


def subject_after(text: str, offset: int = 0) -> tuple[str, int] | None:
    """The speaker phrase right after a cue ("said Sen. John McCain, R-Ariz.")."""
    toks = tokens(text, offset)
    picked: list[tuple[str, int]] = []
    for word, pos in toks[:MAX_SUBJECT]:
        if not WORD_START_RE.match(word) or word.lower() in CLAUSE_BREAKERS:
            break
        if word in NAME_ENDING_PREPOSITIONS and picked and is_capitalised(picked[-1][0]):
            break  # 'wrote Larry O'Connor on Hot Air': the outlet is not the speaker
        picked.append((word, pos))
    while picked and picked[-1][0].lower() in SKIPPABLE:
        picked.pop()
    if not picked:
        return None
    first_word = picked[0][0]
    lower = first_word.lower()
    if not (is_capitalised(first_word) or lower in DETERMINERS or lower in PERSON_PRONOUNS
            or lower in TITLE_WORDS or _described_name(picked)):
        return None
    if lower in SKIPPABLE:
        return None
    first = picked[0][1]
    last_word, last_pos = picked[-1]
    return text[first - offset:word_end(last_word, last_pos) - offset], first


def _described_name(picked: list[tuple[str, int]]) -> bool:
    """'said 9/11 widow Terry Strada', 'said undecided Republican voter Jane Roe': a few
    lowercase describing words among capitalised ones, then a capitalised name that
    ends the phrase."""
    if not is_capitalised(picked[-1][0]):
        return False
    lower = [w for w, _ in picked if not is_capitalised(w) and w not in NAME_PARTICLE_WORDS]
    return len(lower) <= MAX_DESCRIBING_WORDS and not any(
        w in NAME_ENDING_PREPOSITIONS for w in lower)
