"""'The meeting was first reported by Politico.': a passive report with its agent
(rule 'passive-report-by-agent').

The reporting rules read the passive's subject as the speaker and leave the statement
out (collect.passive: the subject of a passive is not who spoke). PolNeAR counts the
agent after 'by' as the source and the subject as the content ('<<O'Malley's move>>
was first reported by MSNBC'); on train all 8 passives of 'reported', 'announced',
'revealed' or 'disclosed' followed by 'by' and a capitalised agent are gold, on dev
the one. One statement: the agent (forward.subject_after) its speaker, the subject
noun phrase its content, the participle its cue; the agent's phrase must end the
sentence or meet a comma. 'confirmed by' is left out: a vote ('was confirmed by the
Senate'), not a report; a relative pronoun's passive ('which was first reported by')
names no content of its own.
"""

from __future__ import annotations

import re

from bot.extraction.forward import subject_after
from bot.extraction.quotes import Sentence
from bot.extraction.raw import Raw, clause_span, quoted

# 'was first reported by', 'had been reported last week by': the passive, up to 'by'.
BY_REPORT_RE = re.compile(
    r"\b(?:is|are|was|were|has\s+been|have\s+been|had\s+been)\s+(?:\w+ly\s+|first\s+)?"
    r"(reported|announced|revealed|disclosed)\s+(?:(?:last|this|on)\s+\w+\s+)?by\s+(?=[A-Z]|the\s)")
# Where the subject's clause starts: after punctuation or a conjunction.
CLAUSE_START_RE = re.compile(r"[;:—–(]\s*|,(?!\d)\s*|\b(?:and|but|because|while|although|"
                             r"as|if|when|since|so)\s+")
# What may follow the agent: the sentence end, or a comma and an aside.
AGENT_END_RE = re.compile(r"\s*(?:[.!?]?\s*$|,)")
# Subjects that are no content: relative and other pronouns.
NO_CONTENT = frozenset(["which", "that", "who", "it", "this", "they", "he", "she"])
# The rule's name (--explain); collect.passive lets its passive cue through.
BY_REPORT = "passive-report-by-agent"


def with_by_report(text: str, sent: Sentence, found: list[Raw]) -> list[Raw]:
    """found with the sentence's 'X was reported by Y' statement, unless it is inside
    another statement's content; the cue read with X as its subject goes."""
    raw = _by_report(text, sent)
    if raw is None or any(a <= raw.cue_pos < b for f in found for a, b in f.spans):
        return found
    return [f for f in found if f.cue_pos != raw.cue_pos] + [raw]


def _by_report(text: str, sent: Sentence) -> Raw | None:
    if text.find(" by ", sent.start, sent.end) < 0:
        return None
    m = BY_REPORT_RE.search(text, sent.start, sent.end)
    if m is None or quoted(sent, m.start(), m.end()):
        return None
    agent = subject_after(text[m.end():sent.end], m.end())
    if agent is None or not AGENT_END_RE.match(text, agent[1] + len(agent[0]), sent.end):
        return None
    start = sent.start
    for b in CLAUSE_START_RE.finditer(text, sent.start, m.start()):
        start = b.end()
    span = clause_span(text, start, m.start())
    words = text[span[0]:span[1]].split()
    if len(words) < 2 or words[0].lower() in NO_CONTENT:
        return None
    clause = text[sent.start:span[0]] + " " + text[span[1]:sent.end]
    return Raw("indirect", [span], sent.para, (sent.start, sent.end), cue=m[1],
               cue_pos=m.start(1), subject=agent[0], subject_pos=agent[1],
               clause=clause).chose(BY_REPORT)
