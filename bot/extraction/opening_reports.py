"""A speech participle opening the sentence: 'Noting that the mill had closed, Roe
asked the council for help.' reports what the main clause's subject noted.

The participle has no subject of its own; English gives it the main clause's, the name
or pronoun right after the comma that closes the opening clause, followed by its verb.
The participle may follow a preposition of time or concession ('In describing Roe, Doe
said ...', 'Despite challenging ..., Roe said'), not 'By' or 'Without' (a means or
something not done: 'By offering him the post, Roe would show ...').
The content runs from the cue (its 'that' kept) to that comma. Only a speech cue
(bot.cues.report_kind) of the rules opens such a report: 'Expecting thousands, ...',
'Considering the scale of ..., ...' report nothing said. The verb rules (reported.py)
read only lowercase cue words, so a capitalised first word is read here.
"""

from __future__ import annotations

import re
from collections.abc import Callable

# bot.cues imports the extraction lexicon: the module, not a name (as reported.py does).
from bot import cues
from bot.extraction.content_start import content_start_named
from bot.extraction.lexicon import OBJECT_PREPOSITIONS
from bot.extraction.nearest_subject import NAME_RE, NOT_VERBS
from bot.extraction.quotes import Sentence
from bot.extraction.raw import Raw, clause_span
from bot.extraction.stance import RULE_REPORTING_CUES

# The sentence's first word and what may stand before it (marks, spaces).
FIRST_WORD_RE = re.compile(r"[\s\"“”'‘’]*([A-Z][a-z]+ing)\b")
# A preposition of time or concession, then the participle. Source: English adverbial
# clauses with -ing; 'by' (a means) and 'without' (not done) are left out.
PREPOSITION_RE = re.compile(r"[\s\"“”'‘’]*(?:After|Before|Besides|Despite|In|In addition to|"
                            r"Since|Upon|When|While)\s+([a-z]+ing)\b")
# The main clause's subject after the opening clause's comma: a name (a party tag
# after it allowed) or a personal pronoun, then a lowercase verb.
MAIN_SUBJECT_RE = re.compile(r",\s+(" + NAME_RE.pattern + r"|[Hh]e|[Ss]he|[Tt]hey)"
                             r"(?:\s*\([^()\n]{1,25}\))?\s+([a-z][\w'’-]*)")
# Capitalised words that open no name ('Noting that ..., But the ...').
NOT_MAIN_NAMES_RE = re.compile(r"(?:The|A|An|But|And|If|When|While|As|In|On|At)\b")
# A content has at least this many words (reported.MIN_CONTENT_WORDS).
MIN_CONTENT_WORDS = 3

# What a rule finds: (content start, content end, subject, subject start).
Found = tuple[int, int, str, int]
Rule = Callable[[str, Sentence, str, int], "Found | None"]


def _speech_participle(text: str, sent: Sentence, cue: str, c_end: int) -> Found | None:
    if cue not in RULE_REPORTING_CUES or cues.report_kind(cue) != "speech":
        return None
    for m in MAIN_SUBJECT_RE.finditer(text, c_end, sent.end):
        if m[2] in NOT_VERBS or NOT_MAIN_NAMES_RE.match(m[1]):
            continue
        if m[1].endswith(("'s", "’s")):
            return None  # "Roe's campaign said": the campaign's clause
        begin, _ = content_start_named(text, c_end, m.start(), cue)
        first = text[begin:m.start()].split(None, 1)[:1]
        if first and first[0].lower() in OBJECT_PREPOSITIONS:
            return None  # 'Responding to the report, ...': what was answered, not said
        return begin, m.start(), m[1], m.start(1)
    return None


# The opening frames, in order: (name, the opening's pattern (group 1: the participle),
# reader of the sentence, the participle lowercased and its end -> the content's bounds
# and the subject, or None).
OPENING_REPORT_RULES: tuple[tuple[str, re.Pattern[str], Rule], ...] = (
    # 'Noting that the mill had closed, Roe asked ...', 'Recalling the flood of 1993,
    # she said ...'; not 'Expecting thousands, Roe ...' (no speech cue), not 'Noting
    # that the plan failed, the council ...' (no name nor pronoun after a comma), not
    # 'Responding to the report, Roe ...', 'Repeating from his speech, ...' (a
    # preposition's object: what was answered or drawn on, not what was said).
    ("opening-participle-report", FIRST_WORD_RE, _speech_participle),
    # 'In describing the mayor, Roe said ...', 'Despite questioning the plan, Roe
    # voted ...', 'Since announcing in May that she would retire, Roe has ...'; not
    # 'By offering him the post, Roe would ...' (a means, perhaps never done), not
    # 'Without mentioning the mill, Roe ...' (not said).
    ("opening-preposition-participle-report", PREPOSITION_RE, _speech_participle),
)


def opening_statement(text: str, sent: Sentence) -> Raw | None:
    """The statement of a speech participle opening sent (see the module doc), or None."""
    if sent.quotes:
        return None
    for name, opening, rule in OPENING_REPORT_RULES:
        first = opening.match(text, sent.start, sent.end)
        if first is None:
            continue
        cue = first[1].lower()
        found = rule(text, sent, cue, first.end(1))
        if found is None:
            continue
        span = clause_span(text, found[0], found[1])
        if len(text[span[0]:span[1]].split()) < MIN_CONTENT_WORDS:
            return None
        clause = text[sent.start:span[0]] + " " + text[span[1]:sent.end]
        return Raw("indirect", [span], sent.para, (sent.start, sent.end), cue=cue,
                   cue_pos=first.start(1), subject=found[2], subject_pos=found[3],
                   clause=clause).chose(name)
    return None
