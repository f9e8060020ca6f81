"""Reported-speech frames beyond 'X said CLAUSE': the relative clause, the inversion.

'Podesta, who said the project was vetted, said ...' and 'echoing experts who say
Moscow doctors documents': the speaker is the noun phrase before "who", and the
content is the reported clause up to the comma that closes the relative clause
(or the sentence end).

'CLAUSE, said Jane Roe, a professor.' inverts subject and cue; 'One delegate, Jim
Roe, said he was leaning toward Cruz.' does not, though a comma comes before the cue
too: there the words after the cue run on as a clause (`inverted_subject_ends`).
"""

from __future__ import annotations

import re

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


# What may follow the speaker of an inverted cue: the sentence end, punctuation (an
# appositive, a relative clause), or a preposition opening an aside. Examples:
# '..., said Jane Roe.', '..., said Roe, a professor at Rice', '..., said Roe in a
# statement', '..., says Roe (D-Md.)'. Anything else ('..., said he was leaning
# toward Cruz', '..., told POLITICO she was ...') is a clause: no inversion.
INVERTED_TAIL_RE = re.compile(
    r"\s*(?:$|[,;:.!?()\[\]—–-]|(?:in|on|at|during|via|from|after|before|last|this|earlier"
    r"|late|early|who|whose)\b)")


# A verb inside the words read after the cue makes them a clause, no speaker ('...,
# said the diplomat could not recall', '..., said he was leaning').
CLAUSE_VERB_RE = re.compile(
    r"\b(?:have|has|had|is|are|was|were|will|would|could|should|shall|must|might|can|"
    r"cannot|may|did|does|do)\b|n[’']t\b", re.IGNORECASE)
# Pronouns that open a clause when more words follow them ('said he was leaning').
CLAUSE_PRONOUNS = frozenset(["he", "she", "they", "we", "i", "it", "you"])


def inverted_subject_ends(text: str, found: tuple[str, int], end: int) -> bool:
    """The speaker found after an inverted cue ('CLAUSE, said X') is a noun phrase that
    ends there: no verb inside it, and what follows it (up to end) is punctuation, an
    aside or nothing."""
    words = found[0].split()
    if CLAUSE_VERB_RE.search(found[0]) or (len(words) > 1 and words[0].lower() in
                                           CLAUSE_PRONOUNS):
        return False
    return INVERTED_TAIL_RE.match(text, found[1] + len(found[0]), end) is not None
