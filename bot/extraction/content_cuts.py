"""Where a content ends before its sentence does: ordered tables of rules.

The reported-speech rules read a content from its cue to the sentence's end, and a
partial quotation's content runs on after its last mark to the sentence's end. Each
rule (cut_rules.py) finds a point where the report is over and the reporter's own
sentence goes on; the content ends before the earliest point any rule finds, the words
cut off join the attribution clause (a day in them dates the statement), and the
rule's name goes to the statement's trace (--explain). Only a content of one part after
its cue is cut: a reported one in narration (no quotation mark), a partial quotation's
after its last closing mark.

Measured on PolNeAR train one rule at a time: cuts at every ', which', ', and',
'but', dash or subordinator lose more matches than they win (PolNeAR keeps most of
them in the content); these conditions are the ones that win.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from bot.extraction.bracket_cuts import bracketed_content
from bot.extraction.channel_cuts import channel, has_channel
from bot.extraction.cue_features import word_classes
from bot.extraction.cut_rules import (
    ADJUNCT_OPENERS,
    TIME_PREPOSITIONS,
    Tokens,
    adjunct,
    aside,
    but_clause,
    in_opening_clause,
    object_dash,
    open_aside,
    opening_clause,
    partial_tail,
    second_verb,
    takes_object,
)
from bot.extraction.dangling import trimmed_end
from bot.extraction.participle_cuts import participle_adjunct
from bot.extraction.phrases import tokens
from bot.extraction.raw import Raw
from bot.extraction.relative_cuts import in_relative_clause, relative_clause
from bot.extraction.reported import clause_span
from bot.extraction.summary_cuts import SUMMARY_RE, summary_appositive

# Quotation marks (not apostrophes): a content holding one is left alone.
MARK_RE = re.compile("[\"“”‘«»]")

# What the object-content rules look for: 'and', an adjunct or time opener, a dash.
OBJECT_LINK_RE = re.compile(r"[—–]|--|,\s+[a-z]+ing\b|\b(?:and|" + "|".join(sorted(ADJUNCT_OPENERS
                                                                  | TIME_PREPOSITIONS))
                            + r")\b")

# What the partial-quotation rule looks for right after the mark: a link.
PARTIAL_LINK_RE = re.compile(r"\s*(?:[,—–-]|(?:and|but)\b)")


def eligible(text: str, raw: Raw) -> bool:
    """A reported content of one part after its cue, in narration."""
    if raw.kind != "indirect" or len(raw.spans) != 1 or raw.spans[0][0] < raw.cue_pos:
        return False
    a, b = raw.spans[0]
    return MARK_RE.search(text, a, b) is None


def _worth_reading(text: str, raw: Raw) -> bool:
    """Some rule may apply (checked before the content is tokenised): an object
    content, a ', but', a cue in an opening clause, an aside or a relative clause, a
    summing-up appositive."""
    a, b = raw.spans[0]
    first = text[a:b].split(None, 1)[:1]
    if first and takes_object(raw.cue, first[0]) and OBJECT_LINK_RE.search(text, a, b):
        return True
    return (text.find(", but ", a, b) >= 0 or in_opening_clause(text, raw)
            or open_aside(text, raw) is not None or SUMMARY_RE.search(text, a, b) is not None
            or in_relative_clause(text, raw) or has_channel(text, a, b))


Rule = Callable[[str, Raw, Tokens, list[str]], int | None]
# The rules for a reported content, in the order they are tried (all are; the earliest
# point wins); then the rules for a partial quotation's words after its last mark.
RULES: list[tuple[str, Rule]] = [
    ("aside-ends", aside),
    ("opening-clause-ends", opening_clause),
    ("relative-clause-ends", relative_clause),
    ("second-verb-ends", second_verb),
    ("but-clause-ends", but_clause),
    ("adjunct-ends", adjunct),
    ("object-dash-ends", object_dash),
    ("participle-adjunct-ends", participle_adjunct),
    ("summary-appositive-ends", summary_appositive),
    ("channel-ends", channel),
]
PARTIAL_RULES: list[tuple[str, Rule]] = [("quote-then-clause-ends", partial_tail),
                                         ("summary-appositive-ends", summary_appositive)]


def cut_contents(text: str, raws: list[Raw]) -> list[Raw]:
    """raws with each content a rule finds over early ended there, and each content
    that ends inside a quotation ended after its closing mark (closed_quotation). A raw
    this left unchanged before is not read again (Raw.uncut: the rules read only text
    and raw)."""
    for raw in raws:
        before = raw.state()
        if raw.uncut == before:
            continue
        closed_quotation(text, raw)
        _cut(text, raw)
        bracketed_content(text, raw)  # what the rules left running out of a cue's aside
        if raw.state() == before:
            raw.uncut = before
    return raws


def _cut(text: str, raw: Raw) -> None:
    """raw's content ended where the earliest rule finds it over."""
    found = _partial_end(text, raw) if raw.kind == "partial" else _reported_end(text, raw)
    if found is None:
        return
    a, b = raw.spans[0]
    end = trimmed_end(text, a, found[0])
    span = clause_span(text, a, end)
    if span[0] < span[1]:
        raw.clause = f"{raw.clause} {text[span[1]:b]}"  # narration now: its date counts
        raw.spans = [span]
        raw.chose(found[1])
        if end != found[0]:
            raw.chose("dangling-words-dropped")


def closed_quotation(text: str, raw: Raw) -> None:
    """Rule 'quotation-closes-content': a reported or partial content that a cut ended
    inside a quotation, at a comma before its closing mark, ends after that mark: 'ruled
    that the claim is “true,” but ...' -> 'that the claim is “true,”', never '“true'; 'as
    “a bright, charismatic leader”', never '“a bright'; 'a "very, very big factor"', never
    'a "very'. Only a mark opened in the content and closed next in its sentence by its
    own kind ('“no evidence" yet': mixed marks, left)."""
    if raw.kind == "direct" or not raw.spans:
        return
    a, b = raw.spans[-1]
    opening = _open_mark(text, a, b)
    if opening is None:
        return
    close = _next_mark(text, b, max(raw.sentence[1], b) + 2)
    if close is not None and text[close] == ("”" if opening == "“" else '"'):
        raw.spans[-1] = (a, close + 1)
        raw.chose("quotation-closes-content")


def _open_mark(text: str, a: int, b: int) -> str | None:
    """The mark of a quotation opened in text[a:b] and not closed there: its last mark,
    a '“', or a '"' that opens (after a space or at a) when text[a:b] holds an odd
    number of them."""
    last = max(text.rfind(mark, a, b) for mark in '”"“')
    if last < 0 or text[last] == "”":
        return None
    if text[last] == "“":
        return "“"
    opens = last == a or text[last - 1].isspace()
    return '"' if opens and text.count('"', a, b) % 2 == 1 else None


def _next_mark(text: str, start: int, stop: int) -> int | None:
    """The offset of the next quotation mark from start, in its paragraph."""
    for at in range(start, min(stop, len(text))):
        if text[at] in '”"“':
            return at
        if text[at] == "\n":
            return None
    return None


def _reported_end(text: str, raw: Raw) -> tuple[int, str] | None:
    if not eligible(text, raw) or not _worth_reading(text, raw):
        return None
    a, b = raw.spans[0]
    return _earliest(text, raw, tokens(text[a:b], a), RULES)


def _partial_end(text: str, raw: Raw) -> tuple[int, str] | None:
    """The words after a one-part partial quotation's last closing mark ('”', '"', "''")."""
    if len(raw.spans) != 1 or raw.spans[0][0] < raw.cue_pos:
        return None
    a, b = raw.spans[0]
    close = max(text.rfind("”", a, b), text.rfind('"', a, b), text.rfind("''", a, b) + 1)
    if close <= a or not (PARTIAL_LINK_RE.match(text, close + 1, b)
                          or SUMMARY_RE.search(text, close + 1, b)):
        return None
    return _earliest(text, raw, tokens(text[close + 1:b], close + 1), PARTIAL_RULES)


def _earliest(text: str, raw: Raw, toks: Tokens,
              rules: list[tuple[str, Rule]]) -> tuple[int, str] | None:
    if len(toks) < 3:
        return None
    classes = word_classes([w for w, _ in toks])
    found = [(at, name) for name, rule in rules
             if (at := rule(text, raw, toks, classes)) is not None]
    return min(found) if found else None
