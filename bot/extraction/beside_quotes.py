"""Reported speech in the narration of a sentence that also holds a quotation.

The quotation rules (direct.py, partials.py) take a sentence with quotation marks;
the reported-speech rules (reported.py) read it too, and a report of theirs is kept
(rule reported-beside-quotation) unless a check in CHECKS refuses it: 'Roe said the
move was made by the chief and said, “Who are you going to trust?”' gives the
quotation and 'the move was made by the chief'.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable

from bot import cues
from bot.extraction.cut_rules import CLAUSE_OPENERS
from bot.extraction.frames import CLAUSE_VERB_RE
from bot.extraction.heads import PREPOSITIONS
from bot.extraction.lexicon import CLAUSE_BREAKERS, DETERMINERS
from bot.extraction.participle_reports import PARTICIPLE_RULE, has_participle_frame
from bot.extraction.quotes import Sentence
from bot.extraction.raw import (
    Raw,
    clause_span,
    close_end,
    cue_pattern,
    find_cues,
    gaps,
    spans_overlap,
)
from bot.extraction.reported import MIN_CONTENT_WORDS as MIN_WORDS
from bot.extraction.reported import indirect
from bot.extraction.stance import RULE_REPORTING_CUES

# Punctuation that may stand between a quotation and the words next to it.
JOINING_MARKS = " ,;:—–-"
# A content cut short ends with one of these words ('said he expected that', 'railing
# against what'): clause openers, prepositions, determiners.
DANGLING_WORDS = CLAUSE_BREAKERS | PREPOSITIONS | DETERMINERS


def _not_speech(text: str, sent: Sentence, raw: Raw, quoted: list[Raw]) -> bool:
    """Its cue reports no speech (bot.cues.report_kind): a belief, position or finding
    beside a quotation ('Roe, who declined to run', 'the group thinks') is left out."""
    return cues.report_kind(raw.cue or "") != "speech"


def _in_quotation(text: str, sent: Sentence, raw: Raw, quoted: list[Raw]) -> bool:
    """Holds a word of a quotation, of a direct quotation's statement or of a partial
    one up to its last closing mark: 'Roe said, “We won”' is the quotation's statement,
    no report (a partial's words after its mark are cut later where a report follows:
    extent.without_nested)."""
    claimed = [(q.open_at, close_end(q)) for q in sent.quotes]
    claimed += [span for r in quoted if r.kind == "direct" for span in r.spans]
    claimed += [(r.spans[0][0], _last_close(sent, r)) for r in quoted if r.kind != "direct"]
    return spans_overlap(raw.spans, claimed)


def _last_close(sent: Sentence, raw: Raw) -> int:
    """The end of the last closing mark inside raw's content (else its start)."""
    a, b = raw.spans[0][0], raw.spans[-1][1]
    return max((close_end(q) for q in sent.quotes if a <= q.open_at < b), default=a)


def _attributes_quotation(text: str, sent: Sentence, raw: Raw, quoted: list[Raw]) -> bool:
    """Its cue attributes a quotation before it: a subject or cue right after a closing
    mark ('“...,” Roe said, pointing to his ears': a participle there is the learned
    cues' to read), or the cue of a quotation statement that ends before it, with no
    clause after it ('“We won,” Rubio said Sunday as the crowd roared', '“...,” the
    nominee, Roe, tweeted after the attack'): the words after the cue are an aside."""
    if raw.rule.startswith(PARTICIPLE_RULE) or participle_after_quotation(text, raw):
        return False  # '"...," Roe said, adding that ...': the subject is the quotation's
    first = min(raw.cue_pos, raw.subject_pos if raw.subject else raw.cue_pos)
    before = [q for q in sent.quotes if q.close_at is not None and close_end(q) <= first]
    if any(not text[close_end(q):first].strip(JOINING_MARKS) for q in before):
        return not _that_clause_after(text, raw)

    attributes = any(r.cue_pos == raw.cue_pos and r.spans[-1][1] <= raw.cue_pos for r in quoted)
    return attributes and not _clause(text[raw.spans[0][0]:raw.spans[-1][1]])


def _that_clause_after(text: str, raw: Raw) -> bool:
    """'Citing “obligations,” Roe told POLITICO that Doe plans to skip the convention':
    a that-clause after the cue is a report of its own, not an aside of the quotation's
    attribution."""
    a = raw.spans[0][0]
    return raw.cue_pos < a and text[a:a + 5].lower() == "that "


def participle_after_quotation(text: str, raw: Raw) -> bool:
    """Rule participle-after-quotation: '"...," Roe said, blaming some of it on Doe',
    '"...," Roe said Wednesday, noting that ...': a speech participle after the
    quotation's attribution and a comma reports what follows it, and shares the
    quotation's speaker; not 'pointing' ('pointing to his ears', 'pointing out where
    the store used to be')."""
    cue = (raw.cue or "").lower()
    if (not cue.endswith("ing") or cue == "pointing" or raw.subject is None
            or raw.subject_pos >= raw.cue_pos):
        return False
    between = text[raw.subject_pos:raw.cue_pos].rstrip()
    return between.endswith(",") and bool(find_cues(text, raw.subject_pos, raw.cue_pos))


def _clause(words: str) -> bool:
    """A reported clause: 'that ...', 'whether ...', or words with an auxiliary."""
    first = words.split(None, 1)[:1]
    return (bool(first) and first[0].lower() in CLAUSE_OPENERS) or (
        CLAUSE_VERB_RE.search(words) is not None)


def _unnamed_after_quotation(text: str, sent: Sentence, raw: Raw,
                             quoted: list[Raw]) -> bool:
    """A cue whose subject the rules could not read, after a quotation ('“...,” Roe,
    wearing “Cruz” pins, said matter-of-factly as ...'): the quotation's attribution."""
    return raw.subject is None and any(q.close_at is not None and close_end(q) <= raw.cue_pos
                                       for q in sent.quotes)


def _before_quotation(text: str, sent: Sentence, raw: Raw, quoted: list[Raw]) -> bool:
    """A quotation opens right after its last word (of subject, cue and content):
    'railing against what “...”', 'In other words, explained Roe: “...”': the words
    are cut off from the quotation or introduce it. Not a reported clause cut at the
    colon before the quotation ('asserted that France had lost its identity: “...”'):
    that clause is complete."""
    end = max(raw.spans[-1][1], raw.cue_pos + len(raw.cue or ""),
              raw.subject_pos + len(raw.subject or ""))
    if _clause_before_colon(text, raw, end):
        return False
    return any(q.open_at >= end and not text[end:q.open_at].strip(JOINING_MARKS)
               for q in sent.quotes)


def _clause_before_colon(text: str, raw: Raw, end: int) -> bool:
    """Rule 'clause-before-colon-quotation': the content, cut before the quotation
    (cut_before_quotation), is a clause ('that ...', or words with an auxiliary) and a
    colon follows it; not after a participle cue, whose subject the rules read less
    surely ('tweeted back at Roe pointing out ...: “...”' is not Roe's)."""
    return ("content-ends-before-quotation" in raw.rule and end == raw.spans[-1][1]
            and not (raw.cue or "").lower().endswith("ing")
            and text[end:].lstrip().startswith(":")
            and _clause(text[raw.spans[-1][0]:end]))


def _dangling(text: str, sent: Sentence, raw: Raw, quoted: list[Raw]) -> bool:
    """The content ends with a clause opener, preposition or determiner ('he expected
    that', 'in two interviews when'): cut short by a later cue."""
    last = text[raw.spans[-1][0]:raw.spans[-1][1]].split()[-1:]
    return bool(last) and last[0].lower() in DANGLING_WORDS


Check = Callable[[str, Sentence, Raw, list[Raw]], bool]
# The checks a report beside a quotation must pass, in order (the first that refuses
# names the reason in tests; none is shown).
CHECKS: list[tuple[str, Check]] = [
    ("not-speech", _not_speech),
    ("in-quotation", _in_quotation),
    ("attributes-quotation", _attributes_quotation),
    ("unnamed-after-quotation", _unnamed_after_quotation),
    ("before-quotation", _before_quotation),
    ("dangling-end", _dangling),
]


def refused_by(text: str, sent: Sentence, raw: Raw, quoted: list[Raw]) -> str | None:
    """The name of the first check that refuses raw, or None."""
    return next((name for name, check in CHECKS if check(text, sent, raw, quoted)), None)


@functools.cache
def speech_cues() -> frozenset[str]:
    """The reported-speech rules' cues that report speech (bot.cues.report_kind), read
    once: bot.cues may still be loading when this module is imported."""
    return frozenset(w for w in RULE_REPORTING_CUES if cues.report_kind(w) == "speech")


def _other_speech_cue(text: str, sent: Sentence, quoted: list[Raw]) -> bool:
    """The narration (outside the quotations) holds a speech cue that is no quotation
    statement's: most sentences with a quotation hold only its own cue ('“...,” Roe
    said.'), and are not read again (the rules' reading costs time)."""
    taken = {r.cue_pos for r in quoted}
    pattern = cue_pattern(speech_cues())
    for a, b in gaps(sent):
        for m in pattern.finditer(text, a, b):  # a first look: the rules read the cues
            if m.start() not in taken and not text[m.start() - 1:m.start()].isalpha():
                return True
    return False


# A clause break between a reported content and a quotation after it: a colon, a
# semicolon, a dash, or a comma before 'who', 'which' or 'but' ('reiterated that the
# party must defeat Roe, who he blasted as a "bully"', 'asserted that France had lost
# its identity: "France is no longer France," he claimed'). Source: English clause
# punctuation and relative pronouns.
BREAK_BEFORE_QUOTATION_RE = re.compile(r"\s*(?::|;|\s[—–]\s|,\s+(?:who|which|but)\b)")


def cut_before_quotation(text: str, sent: Sentence, raw: Raw) -> Raw:
    """Rule 'content-ends-before-quotation': a reported content in narration that runs
    into a quotation ends at a clause break before the quotation's opening
    mark (the first one), if it keeps MIN_WORDS words; else raw is left as it is (and
    refused)."""
    a, b = raw.spans[-1]
    opens = [q.open_at for q in sent.quotes if a < q.open_at < b]
    if len(raw.spans) != 1 or not opens or raw.cue_pos > a:
        return raw
    first = BREAK_BEFORE_QUOTATION_RE.search(text, a, opens[0])
    if first is None or len(text[a:first.start()].split()) < MIN_WORDS:
        return raw
    cut = raw.copied()
    cut.spans = [clause_span(text, a, first.start())]
    return cut.chose("content-ends-before-quotation")


def beside_quotations(text: str, sent: Sentence, quoted: list[Raw]) -> list[Raw]:
    """The reported statements of sent that no check refuses (quoted: the quotation
    statements found in it), a content cut before a quotation it runs into."""
    if not (_other_speech_cue(text, sent, quoted)
            or has_participle_frame(text, sent.start, sent.end)):
        return []
    found = [cut_before_quotation(text, sent, raw) for raw in indirect(text, sent)]
    return [_named(text, raw) for raw in found if refused_by(text, sent, raw, quoted) is None]


def _named(text: str, raw: Raw) -> Raw:
    if participle_after_quotation(text, raw):
        raw.chose("participle-after-quotation")
    return raw.chose("reported-beside-quotation")


if hasattr(cues, "report_kind"):  # compiled at import (a first article paid ~6 ms), unless
    cue_pattern(speech_cues())  # bot.cues is still loading (imported first): then at first use
