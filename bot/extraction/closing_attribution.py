"""A mixed sentence closed by its attribution (span rule 'closing-attribution'): 'The
elite, on the other hand, know that "...," Ms. Roe said.', 'Roe plans to empower ...
by fostering "...," Ben Doe said Monday.', '..., he was "happy to see" it, according
to The Times.'

The attribution right after the sentence's last quotation, with nothing after it but
a few words ('Monday', 'in an interview'), a participle clause of the same speaker or,
after a name that follows its cue, an appositive, speaks for the whole sentence: a
cue before the quotation ('know', 'plans', 'said he was') is part of what that speaker
is reported to say, and its subject is not the speaker. collect._trailing_partial
builds the statement; CLOSING_REFUSALS below say when the attribution does not close
the sentence (the first that matches refuses; the cue before the quotation then
attributes it, partials.partial_speaker).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from bot.extraction.lexicon import OTHER_PRONOUNS, PERSON_PRONOUNS, words
from bot.extraction.raw import Raw, find_cues

CLOSING_ATTRIBUTION = "closing-attribution"
# The same statement when no cue before the quotation competes ('Whatever route he
# chooses, Sanders "has pole-vaulted ...," Sroka said.').
MIXED_AFTER = "mixed-sentence-attributed-after"
# What may stand between the quotation's closing mark and the attribution.
OPENING_RE = re.compile(r"[\s,”\"'’]*")
# What may follow the attribution to the sentence's end: up to three words ('Monday',
# 'in an interview'), then a participle clause of the same speaker (', adding that
# ...') or nothing; the closing punctuation.
TAIL_RE = re.compile(r"(?:\s+[\w.'’-]+){0,3}(?:,\s+[a-z]+ing\b.*)?[\s.!?\"”'’]*", re.S)
# After a name that follows its cue ('," said Sylke Roe, the editor of ...'): a comma
# and anything (an appositive, a relative).
APPOSITIVE_RE = re.compile(r",\s.*", re.S)
# Between a subject and its cue: nothing, or one adverb ('Roe later said').
ADJACENT_RE = re.compile(r"\s+(?:[a-z]+ly\s+|also\s+)?")
# Finite speech verbs: one before the first quotation, with a pronoun closing the
# sentence, is the same speaker's attribution said twice ('Roe said "...," she said').
OWN_CUES = words("said says told tells added adds wrote writes")
# An opening quotation mark.
QUOTE_MARK_RE = re.compile(r"[\"“]|''")


def _participle(text: str, start: int, quote_end: int, sent_end: int, found: Raw) -> bool:
    return (found.cue or "").endswith("ing")


def _not_right_after(text: str, start: int, quote_end: int, sent_end: int,
                     found: Raw) -> bool:
    first = min(found.cue_pos, found.subject_pos)
    opening = OPENING_RE.match(text, quote_end, first)
    return opening is None or opening.end() != first


def _runs_on(text: str, start: int, quote_end: int, sent_end: int, found: Raw) -> bool:
    cue_end = found.cue_pos + len(found.cue or "")
    subject_end = found.subject_pos + len(found.subject or "")
    if found.subject_pos < found.cue_pos:  # 'Ms. Roe said', 'the Times reported'
        return (ADJACENT_RE.fullmatch(text, subject_end, found.cue_pos) is None
                or TAIL_RE.fullmatch(text, cue_end, sent_end) is None)
    return (TAIL_RE.fullmatch(text, subject_end, sent_end) is None  # 'said Roe'
            and APPOSITIVE_RE.fullmatch(text, subject_end, sent_end) is None)


def _said_twice(text: str, start: int, quote_end: int, sent_end: int, found: Raw) -> bool:
    pronoun = (found.subject or "").lower()
    if pronoun not in PERSON_PRONOUNS and pronoun not in OTHER_PRONOUNS:
        return False
    mark = QUOTE_MARK_RE.search(text, start, quote_end)
    first_quote = mark.start() if mark else quote_end
    return any(cue in OWN_CUES for cue, _, _ in find_cues(text, start, first_quote))


# (text, sentence start, last quotation's end, sentence end, attribution) -> refused
Refusal = Callable[[str, int, int, int, Raw], bool]
CLOSING_REFUSALS: tuple[tuple[str, Refusal], ...] = (
    # A participle after the quotation: the sentence's subject goes on ('... as
    # "radical Islamists," saying the label ...').
    ("participle-goes-on", _participle),
    # Words between the quotation and the attribution ('under what Roe called "the
    # prior model," the club, a private course, charged'): another clause.
    ("not-right-after", _not_right_after),
    # The attribution is followed by more than a few words ('"...," the club charged
    # a fee of $100,000'), or its subject stands apart from its cue.
    ("runs-on", _runs_on),
    # A pronoun closing a sentence with its own finite speech verb before the
    # quotation repeats that speaker ('Asked about it, Roe said "...," she said').
    ("said-twice", _said_twice),
)


def refusal(text: str, start: int, quote_end: int, sent_end: int, found: Raw) -> str | None:
    """The name of the first refusal that keeps found (an attribution after the
    sentence's last quotation, which ends at quote_end) from closing the sentence
    that starts at start, or None: found closes it."""
    if found.subject is None:
        return "no-subject"
    return next((name for name, refused in CLOSING_REFUSALS
                 if refused(text, start, quote_end, sent_end, found)), None)
