"""Vetting rule 'person_of_owner': a speaker phrase read as an owner alone ('Obama's',
'Lazar's') whose noun, after it, is a person or a group ('And Obama's aides happily
retweeted ...', 'Lazar's public defense counsel asked ...', 'Donald Trump's rivals
cling to the hope ...'): the one who spoke is that person, whom the phrase does not
name, never the owner. The statement is kept with no speaker.

A thing the owner made speaks for them and is left to the other rules ('Hoff's letter
makes a case', 'Clinton's response was'), and so is an organisation ('Japan's central
bank').
"""

from __future__ import annotations

import re

from bot.extraction.heads import is_person_noun

# The vetting rule's name in the statement's trace.
PERSON_OF_OWNER = "person_of_owner"
# A possessive ending the phrase ('Obama's', 'Mr. Trump’s').
POSSESSIVE_END_RE = re.compile(r"['’]s$")
# Words read after the owner for its noun: up to a comma, a dash or this many words
# ('former Office of Management and Budget director').
MAX_NOUN_WORDS = 7
WORD_RE = re.compile(r"[\w'’-]+|[,;:—–()\"“”]")


def person_of_owner(text: str, subject: str, end: int, cue_pos: int) -> bool:
    """The phrase subject, ending at end, is an owner alone and a person noun follows
    it before the cue at cue_pos (see the module doc)."""
    if not POSSESSIVE_END_RE.search(subject.rstrip()) or cue_pos <= end:
        return False
    for k, m in enumerate(WORD_RE.finditer(text, end, cue_pos)):
        word = m[0]
        if k >= MAX_NOUN_WORDS or not word[:1].isalnum():
            return False
        if word.islower() and is_person_noun(word):
            return True
    return False
