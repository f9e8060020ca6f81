"""Reported clauses that report nothing anyone said: a condition or a question.

'... would raise its target if the Chinese pledged to cap their emissions': the
Chinese pledged nothing; 'But has he called for changing any of these rules?': the
writer asks, the senator called for nothing; 'It is unclear whether Roe is aware
that ...': nobody said Roe is aware. A reported statement (not a quotation) whose
subject one of HYPOTHETICAL_RULES below reads as opened by a condition or a question
is dropped: the verb rules skip its cue before it can end the content of the statement
around it (reported.py: 'The city said it would pay if the county pledged ...' keeps its
condition), and colon_leads.reports_nothing drops what the other readers (the learned
cues, the partial quotations) found there. A quotation keeps its words whatever frames
it ('If elected, I will ...', she said).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from bot.extraction.lexicon import words
from bot.extraction.raw import Raw

# Subordinators that make the clause after them a condition or an open question.
# Source: English grammar (conditional and interrogative subordinators).
CONDITIONS = words("if unless whether")
# Auxiliaries that come before the subject in a question ('has he called for').
# Source: English auxiliaries.
INVERTED_AUXILIARIES = words("""do does did has have had will would can could should
shall may might must is are was were""")
# The words before such an auxiliary at a question's start: nothing, a conjunction or a
# wh-word ('But has he ...', 'How will voters ...'). Not 'why': 'Why would Roe want to
# buy it?' takes for granted that Roe wants to (the writer asks only why).
QUESTION_OPENERS = words("and but or so then yet nor how what when where who which")
WORD_RE = re.compile(r"[\w'’]+")


def _words_before(text: str, raw: Raw, count: int) -> list[str]:
    """The last `count` words of the sentence before the subject, lower-cased."""
    start = raw.sentence[0]
    return [w.lower() for w in WORD_RE.findall(text, start, raw.subject_pos)][-count:]


def _condition(text: str, raw: Raw) -> bool:
    before = _words_before(text, raw, 1)
    return bool(before) and before[0] in CONDITIONS


def _question(text: str, raw: Raw) -> bool:
    end = text[raw.sentence[0]:raw.sentence[1]].rstrip(" \"'”’)")
    if not end.endswith("?"):
        return False
    before = _words_before(text, raw, 4)
    if not before or before[-1] not in INVERTED_AUXILIARIES:
        return False
    return all(w in QUESTION_OPENERS for w in before[:-1])


# (name, test of the article text and the statement), in the order tried.
HYPOTHETICAL_RULES: tuple[tuple[str, Callable[[str, Raw], bool]], ...] = (
    # The subject opens a condition or an open question: 'if the Chinese pledged to
    # cap', 'unless we recognize the danger', 'asking whether the governor believes
    # ...'; not 'Asked if she would run, Roe said she would' (a comma before Roe).
    ("condition-subject", _condition),
    # A question with its auxiliary before the subject: 'But has he called for
    # changing any of them?', 'How will voters regard the party then?'; not 'Why would
    # Roe want to buy it?' nor 'Has it ended? Roe said it has' (the statement's own
    # sentence ends with a full stop).
    ("question-subject", _question),
)


def hypothetical(text: str, raw: Raw) -> str | None:
    """The name of the rule that finds raw's subject opened by a condition or a
    question, or None (always None for a quotation or a statement with no subject)."""
    if raw.kind == "direct" or raw.subject_pos < raw.sentence[0]:
        return None
    return next((name for name, rule in HYPOTHETICAL_RULES if rule(text, raw)), None)
