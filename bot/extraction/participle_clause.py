"""The subject of the main clause for a learned cue in -ing right after its comma
(speaker rule 'participle-main-subject'): 'One operative inside Roe Tower tried to
downplay the comments, saying ...', 'The Ohio Republican did give Roe some credit
during the interview, saying ...'.

A participle clause after the main clause shares its subject. When the learned cue
model's statement found none (the rules read a subject only right before a cue, and
the nearest clause subject only a capitalised name), the sentence is read as a noun
phrase opening it, then its verb (a past form, an auxiliary or a modal), then words up
to the comma before the cue. Nothing is found when those words may hold another
subject or clause: a comma, a quotation mark, a relative or subject pronoun, 'that',
a subordinator; when the verb is passive ('was criticized ..., prompting'); or when
the noun phrase is not the whole opening ('Several leaders, including Sen. Roe').
The phrase found is vetted like any learned subject (learned_speakers.py).
"""

from __future__ import annotations

import re

from bot.extraction import lexicon
from bot.extraction.lexicon import BE_FORMS, IRREGULAR_PAST, words
from bot.extraction.phrases import subject_before
from bot.extraction.quotes import QUOTE_MARKS

# The speaker rules' names in the trace.
PARTICIPLE_MAIN_SUBJECT = "participle-main-subject"
SECOND_VERB_MAIN_SUBJECT = "second-verb-main-subject"
# The main clause's verb: a past form, an auxiliary or a modal ('tried', 'did give',
# 'is not having', 'has been'): the lexicon's auxiliaries, do and the other modals.
AUXILIARIES = lexicon.AUXILIARIES | words("did does do can may might must should")
# Words between the verb and the comma that open another clause or name another
# subject. Source: English relative and subject pronouns, subordinators.
OTHER_CLAUSE = words("""who whom whose which that he she they we i it when while after
before because since although though if as where whereas unless until""")
WORD_RE = re.compile(r"[^\s]+")
# Words that may stand before the cue after the comma ('saying', 'immediately
# delivering').
ADVERB_RE = re.compile(r",\s+(?:[a-z]+ly\s+)?$")
# 'and' before a second finite verb of the main clause's subject (', and explained',
# 'and says', 'and also urged').
SECOND_VERB_RE = re.compile(r",?\s+and\s+(?:[a-z]+ly\s+|also\s+)?$")


def participle_main_subject(text: str, start: int, cue: str,
                            cue_pos: int) -> tuple[str, int] | None:
    """(phrase, position) of the noun phrase opening the sentence text[start:] when the
    cue at cue_pos is a participle after the main clause's comma (see the module doc),
    or None."""
    if not cue.split()[0].endswith("ing"):
        return None
    comma = ADVERB_RE.search(text, start, cue_pos)
    return None if comma is None else _main_subject(text, start, comma.start())


def second_verb_subject(text: str, start: int, cue: str,
                        cue_pos: int) -> tuple[str, int] | None:
    """(phrase, position) of the noun phrase opening the sentence text[start:] when the
    cue at cue_pos is the main clause's second verb after 'and' ('The Ohio Republican
    survived five years in prison and says ...'), read as for a participle, or None."""
    if not _finite(cue.split()[0]) and not cue.split()[0].endswith("s"):
        return None
    joined = SECOND_VERB_RE.search(text, start, cue_pos)
    return None if joined is None else _main_subject(text, start, joined.start())


def _main_subject(text: str, start: int, stop: int) -> tuple[str, int] | None:
    """The noun phrase opening text[start:stop] before its verb, when the rest of it up
    to stop holds no other clause (see the module doc)."""
    main = text[start:stop]  # quotation marks in it: a quotation's own attribution decides
    if "," in main or any(q in main for q in QUOTE_MARKS):
        return None
    toks = [(m[0], m.start() + start) for m in WORD_RE.finditer(main)]
    verb = next((k for k, (w, _) in enumerate(toks) if _finite(w)), None)
    if not verb:
        return None
    after = [w.lower() for w, _ in toks[verb:]]
    if any(w in OTHER_CLAUSE for w in after):
        return None
    if after[0] in BE_FORMS and len(after) > 1 and after[1].endswith("ed"):
        return None  # 'was criticized ..., prompting': a passive
    end = toks[verb - 1][1] + len(toks[verb - 1][0])
    found = subject_before(text[start:end], start)
    if found is None or found[1] != start or found[1] + len(found[0]) != end:
        return None
    return found


def _finite(word: str) -> bool:
    """A past form, an irregular past, an auxiliary or a modal in lower case."""
    return word.islower() and (word.endswith("ed") or word in IRREGULAR_PAST
                               or word in AUXILIARIES)
