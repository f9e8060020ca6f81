"""Relative clauses standing between a subject and its cue, skipped when the subject
is read (reported.at_cue): the subject is the phrase before the clause's 'who'. In
order; the first that finds a clause decides.

- anonymity-clause-skipped: a request for anonymity (anonymity.py).
  Example: 'A senior aide who asked not to be named said ...' -> 'A senior aide'.
- restrictive-relative-skipped: a short restrictive relative clause with a verb of its
  own and no clause inside it, after a phrase that opens the sentence, before a
  speech cue (a belief or finding across a relative is left to the learned model).
  Example: 'Republicans who have praised his candidacy warned ...' -> 'Republicans'.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from bot import cues
from bot.extraction import anonymity
from bot.extraction.lexicon import AUXILIARIES, DETERMINERS, SUBJECT_PRONOUNS, words
from bot.extraction.phrases import subject_before

# 'who' and two to eight words right before the cue, no punctuation between.
# ('who' in any case, its first letter first and the \b before it a look-behind after
# it, so that the scan skips to it; 'w' has no other cases.)
RELATIVE_RE = re.compile(r"[Ww](?<!\w[Ww])(?i:ho)\s+((?:[\w'’-]+\s+){1,8})$")
# Words of a relative that carry no verb of its own ('who has said': the relative's
# own cue, read by relative-who-cue). Source: English auxiliaries and modals.
NO_VERB = AUXILIARIES | words("""be been being do does did can may might must should
shall not never also still long already once now then often just recently""")
# Words that open a clause inside the relative ('who authorized the raid that killed').
NESTED = words("that which who whom whose")


def restrictive_start(text: str, start: int, c_start: int, cue: str) -> int | None:
    """Where a short restrictive relative clause right before a speech cue begins, when
    the phrase before it is the sentence's subject; None otherwise."""
    if cues.report_kind(cue) != "speech":
        return None  # 'A president who ordered the raid hoped ...': a belief, left alone
    found = RELATIVE_RE.search(text, start, c_start)
    if found is None:
        return None
    inner = [w.lower() for w in found[1].split()]
    if len(inner) < 2:
        return None  # 'who first revealed': the relative's own cue
    # 'the field who he accused of': a subject after 'who' makes 'who' the object
    if inner[0] in SUBJECT_PRONOUNS or inner[0] in DETERMINERS or found[1][:1].isupper():
        return None
    if all(w in NO_VERB or w.endswith("ly") for w in inner) or NESTED & set(inner):
        return None  # no verb of its own, or a clause inside the clause
    head = text[start:found.start()]
    subject = subject_before(head, start)
    if subject is None or text[start:subject[1]].strip(" \"“‘'"):
        return None  # 'the ex-wife of Alan Roe who ...': the subject must open the sentence
    return found.start()


def _anonymity(text: str, start: int, c_start: int, cue: str) -> int | None:
    return anonymity.clause_start(text, start, c_start)


SKIPS: list[tuple[str, Callable[[str, int, int, str], int | None]]] = [
    ("anonymity-clause-skipped", _anonymity),
    ("restrictive-relative-skipped", restrictive_start),
]


def skipped_relative(text: str, start: int, c_start: int,
                     cue: str) -> tuple[int, str] | None:
    """(where the skipped clause begins, the rule's name), or None. A clause after a
    comma (', who ...,') is an appositive, which the subject rules read already."""
    for name, rule in SKIPS:
        at = rule(text, start, c_start, cue)
        if at is not None and not text[start:at].rstrip().endswith(","):
            return at, name
    return None
