"""The speaker of a participle cue after the main clause's comma (speaker rule
'participle-clause-subject'): 'Hillary Clinton sternly reprimanded Mr. Trump, saying
...', 'Mr. Trump released a follow-up statement on Saturday night, describing ...',
'Emanuel fired his police chief, Garry F. McCarthy, acknowledging ...'.

A participle clause after a comma shares the subject of the clause it hangs on. The
rules read a speaker right before a cue, which for ', saying' is the last noun phrase
of that clause: its object or the object's appositive ('Mr. Trump', 'Garry F.
McCarthy'), or the whole clause read as one phrase ('Fiorina was upfront about her
distaste for Donald Trump', whose last name then spoke). When the nearest clause
subject before the cue (nearest_subject.py: a name opening a clause, its verb, and
nothing between that verb and the cue that may hold another subject; an appositive
right before the cue's comma is read past) stands before that phrase with a verb
between them, or opens the phrase, it speaks instead. Nothing changes when no such
subject is found (a comma inside the clause, a relative, a passive), or when the
phrase found is the clause's own subject ('However, he held his fire on Roe, calling
him ...': no verb between 'However' and 'he'); a possessive found is never the
subject ('Tracy Roe, Trayvon's father, issued a statement, saying').
"""

from __future__ import annotations

import re

from bot.extraction.lexicon import AUXILIARIES, IRREGULAR_PAST, SPEECH_VERBS
from bot.extraction.nearest_subject import nearest_subject

# The speaker rule's name in the trace.
PARTICIPLE_CLAUSE_SUBJECT = "participle-clause-subject"
# A comma right before the cue, an adverb aside (', saying', ', later adding').
COMMA_BEFORE_RE = re.compile(r",\s+(?:[a-z]+ly\s+)?$")
# An appositive between commas right before the cue ('his police chief, Garry F.
# McCarthy, acknowledging', 'Donald Trump, the current GOP front-runner, saying'): a
# name or a determiner phrase of up to 60 characters with no quotation or bracket.
APPOSITIVE_RE = re.compile(r",\s+(?:the\s|an?\s|[A-Z])[^,;:\"“”()\n]{0,60},\s+(?:[a-z]+ly\s+)?$")
# Words that make a segment between commas a clause, not an appositive ('the Post
# reported', 'he said'): a past form, an auxiliary, a speech verb, a pronoun.
CLAUSE_WORD_RE = re.compile(r"\b(?:[a-z]+ed|he|she|they|it|who|which|that)\b")
# Words that are finite verbs between a subject and the phrase found.
VERB_WORDS = AUXILIARIES | IRREGULAR_PAST | SPEECH_VERBS


def participle_clause_subject(text: str, start: int, cue: str, cue_pos: int,
                              found: tuple[str, int] | None) -> tuple[str, int] | None:
    """The clause subject to use instead of found for a participle cue at cue_pos after
    a comma (see the module doc), or None to keep found."""
    if found is None or not cue.split()[0].lower().endswith("ing"):
        return None
    if not COMMA_BEFORE_RE.search(text, max(start, cue_pos - 20), cue_pos):
        return None
    main = nearest_subject(_without_appositive(text, start, cue_pos), start, cue, cue_pos)
    if main is None or main == found:
        return None
    main_end = main[1] + len(main[0])
    if main[1] <= found[1] < main_end:  # the phrase found runs on from inside the name
        return main if found[1] + len(found[0]) > main_end else None
    between = text[main_end:found[1]].lower().split()
    if main[1] < found[1] and (any(_verb(w) for w in between)
                               or found[0].endswith(("'s", "’s"))):
        return main  # after the clause's verb, or a possessive ("Trayvon's father")
    return None


def _without_appositive(text: str, start: int, cue_pos: int) -> str:
    """text with an appositive right before the cue's comma blanked out (positions
    kept), so that the clause reads on from its verb to the cue."""
    m = APPOSITIVE_RE.search(text, max(start, cue_pos - 80), cue_pos)
    if m is None or CLAUSE_WORD_RE.search(m[0]) or any(
            w in VERB_WORDS for w in m[0].lower().split()):
        return text
    end = m.end() - len(m[0]) + m[0].rindex(",")
    return text[:m.start()] + " " * (end - m.start()) + text[end:]


def _verb(word: str) -> bool:
    """A finite verb between the clause subject and the phrase found: an auxiliary,
    an irregular past, a speech verb or a past form in -ed."""
    word = word.strip(",.;:")
    return word in VERB_WORDS or (word.endswith("ed") and len(word) > 3)
