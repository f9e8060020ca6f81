"""Reported-speech frames beyond 'X said CLAUSE': the relative clause.

'Podesta, who said the project was vetted, said ...' and 'echoing experts who say
Moscow doctors documents': the speaker is the noun phrase before "who", and the
content is the reported clause up to the comma that closes the relative clause
(or the sentence end).
"""

from __future__ import annotations

from bot.extraction.lexicon import SKIPPABLE
from bot.extraction.phrases import subject_before

# Relative pronouns that refer back to a speaker noun phrase.
RELATIVE_PRONOUNS = frozenset(["who"])
# The speaker before "who" is a short noun phrase ("Podesta", "business leaders");
# longer ones are usually a clause's object ("a sharp rise from the 1 percent who").
MAX_RELATIVE_SPEAKER = 4


def relative_speaker(text: str, start: int, c_start: int) -> tuple[str, int] | None:
    """The noun phrase a 'who' right before the cue refers to; text[start:c_start]
    runs from the sentence start to the cue."""
    words = text[start:c_start].split()
    while words and words[-1].lower() in SKIPPABLE:
        words.pop()
    if not words or words[-1].lower() not in RELATIVE_PRONOUNS:
        return None
    head = text[start:c_start].rstrip()
    for word in reversed(text[start:c_start].split()):
        if word.lower() in RELATIVE_PRONOUNS:
            head = head[:head.rfind(word)]
            break
        head = head[:head.rfind(word)].rstrip()
    found = subject_before(head.rstrip(" ,"), start)
    return found if found and len(found[0].split()) <= MAX_RELATIVE_SPEAKER else None


def relative_end(text: str, content_start: int, end: int) -> int:
    """Where a relative clause's content stops: its closing comma, else end."""
    comma = text.find(",", content_start, end)
    return comma if comma >= 0 else end
