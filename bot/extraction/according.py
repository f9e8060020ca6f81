"""'according to SOURCE': where the content is, by where the phrase stands.

The source is a name or noun phrase after 'according to' (forward.subject_after), else
the lowercase phrase up to the next comma ('according to early results of exit polls').
Three frames, in the order they are tried (FRAMES), each a named rule:

- according-to-opening: the phrase opens the sentence, after at most a connective
  or a colon ('But according to the poll, 46 percent remain undecided', 'The rift
  grew: according to Roe, ...'): the content follows the source's comma.
- according-to-parenthetical: the phrase sits between commas after a short head
  ('At the heart of the trouble, according to Roe, a former envoy, was a decision by
  ...'): the content is the clause on both sides (an appositive of the source left
  out).
- according-to: the phrase ends the clause ('The plan failed, according to Roe.'): the
  content is the clause before it.

One frame of the same shape with a passive report: as-reported-by-opening ('As reported
by the Tribune, the mill closed in May.'): the agent is the source, the clause after its
comma the content (the learned cues read such a clause with no speaker).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from bot.extraction.forward import subject_after
from bot.extraction.lexicon import AUXILIARIES, DETERMINERS, LEADING_FILLERS
from bot.extraction.quotes import Sentence
from bot.extraction.raw import Raw, according_to, clause_span

# "according to" sources written as a lowercase phrase are at most this long.
MAX_SOURCE_WORDS = 16
# Connectives before a sentence-initial 'according to' are at most this many words
# ('But', 'And so').
MAX_OPENER_WORDS = 3
# A reported content has at least this many words (reported.MIN_CONTENT_WORDS).
MIN_CONTENT_WORDS = 3
# A head before a parenthetical 'according to' that the clause after the source goes on
# from: a fronted subject or opener ('The implication, according to Roe, is ...', 'Over
# the long term, according to ..., the rise ...') is short; a longer head is a whole
# clause and the words after the source an aside ('..., according to Roe, director of
# ...'), unless it ends with a link ('... has reshuffled diplomats and, according to
# officials, adopted ...').
MAX_HEAD_WORDS = 8
HEAD_LINKS = frozenset(["and", "but", "or", "that", "because"])
# Subordinators ending the head before a parenthetical source: the source gives the
# subordinate clause after it only ('He crossed the border after, according to him, the
# network censured his report'). Not 'because' (HEAD_LINKS'). Source: English
# subordinating conjunctions.
SUBORDINATORS = frozenset(["after", "before", "since", "when", "while", "although",
                           "though", "if", "until", "unless", "once"])
# First words of a relative clause after the source ('Roe, who led the talks, ...').
RELATIVES = frozenset(["who", "which", "whose"])

Span = tuple[int, int]
# 'As reported by' opening the sentence, after at most a connective ('But as first
# reported by ...'). Source: English passive reporting clauses.
AS_REPORTED_BY = "as-reported-by-opening"
AS_REPORTED_BY_RE = re.compile(
    r"[\s\"“”]*(?:(?:But|And|So)\s+)?[Aa]s\s+(?:(?:first|previously|originally|initially)"
    r"\s+)?(?P<cue>reported)\s+by\s+")


# Rule 'maker-of-the-source': 'according to a speech NAME delivered at ...', 'an
# interview NAME gave to ...': the source is the one who made the speech or document,
# not the last name of the phrase (the place it was given). Source: English
# reduced relatives of speech and document nouns.
MADE_BY_RE = re.compile(
    r"(?:a|an|the|his|her|their)\s+(?:[a-z-]+\s+)?(?:speech|statement|interview|letter|memo"
    r"|op-ed|column|testimony|remarks|email|e-mail|tweet|post|filing)\s+(?:that\s+)?"
    r"(?P<name>(?:(?:Mr|Mrs|Ms|Dr|Sen|Gov|Rep)\.\s+)?(?:[A-Z][\w'’-]+\s+){0,3}"
    r"[A-Z][\w'’-]+)\s+(?:delivered|gave|made|wrote|sent|issued|released|published|posted"
    r"|filed)\b")


def made_by(text: str, start: int, end: int) -> tuple[str, int] | None:
    """The maker of the speech or document text[start:end] opens with (MADE_BY_RE)."""
    made = MADE_BY_RE.match(text, start, end)
    return (made["name"], made.start("name")) if made else None


def _words(text: str, spans: list[Span]) -> int:
    return sum(len(text[a:b].split()) for a, b in spans)


def source(text: str, start: int, end: int) -> tuple[str, int] | None:
    """The source after 'according to' (text[start:end]): the maker of a speech or
    document named in it (MADE_BY_RE), a name or noun phrase, else the lowercase phrase
    up to the next comma."""
    found = made_by(text, start, end) or subject_after(text[start:end], start)
    if found:
        return found
    stop = min([i for i in (text.find(",", start, end), end) if i >= 0])
    phrase = text[start:stop].rstrip(" .")
    if not phrase or len(phrase.split()) > MAX_SOURCE_WORDS:
        return None
    return phrase, start


def _appositive(words: str) -> bool:
    """Words between two commas after the source are its appositive ('a former envoy',
    'a close friend of Roe's who died in 2000'), not the content's clause: no auxiliary
    before a relative word ('the Boeing has flown 333 hours between June and March 16,'
    is a clause; its second comma is the date's). Source: English appositives."""
    for word in words.lower().split():
        if word in RELATIVES or word == "that":
            return True
        if word in AUXILIARIES:
            return False
    return True


def after_source(text: str, src_end: int, end: int) -> int | None:
    """Where the words after the source's closing comma start, past an appositive of
    the source ('according to Roe, a former envoy, was ...'); None without a comma."""
    comma = text.find(",", src_end, end)
    if comma < 0:
        return None
    nxt = text[comma + 1:end].split(None, 1)[:1]
    second = text.find(",", comma + 1, end)
    if nxt and nxt[0].lower() in RELATIVES:  # 'according to Roe, who led the talks.'
        return second + 1 if second > 0 else None
    if (nxt and nxt[0].lower() in DETERMINERS and second > 0  # 'Roe, a former envoy,'
            and _appositive(text[comma + 1:second])):
        return second + 1
    return comma + 1


Frame = Callable[[str, Sentence, int, int, int], list[Span] | None]


def _opening(text: str, sent: Sentence, at: int, src_end: int, end: int) -> list[Span] | None:
    """'[opener,] according to SOURCE, CONTENT'."""
    head = text[sent.start:at].strip()
    words = head.split()
    opener = (not words or head.endswith(":")
              or (len(words) <= MAX_OPENER_WORDS
                  and all(w.lower().strip(",") in LEADING_FILLERS for w in words)))
    tail = after_source(text, src_end, end)
    if not opener or tail is None:
        return None
    return [clause_span(text, tail, end)]


def _parenthetical(text: str, sent: Sentence, at: int, src_end: int,
                   end: int) -> list[Span] | None:
    """'HEAD, according to SOURCE, TAIL': the clause goes on after the source."""
    head = text[sent.start:at].rstrip()
    words = head.rstrip(",").split()
    opens = len(words) <= MAX_HEAD_WORDS or words[-1].lower() in HEAD_LINKS
    tail = after_source(text, src_end, end)
    if not head.endswith(",") or not opens or tail is None:
        return None
    return [clause_span(text, sent.start, at), clause_span(text, tail, end)]


def _subordinate(text: str, sent: Sentence, at: int, src_end: int,
                 end: int) -> list[Span] | None:
    """'HEAD SUBORDINATOR, according to SOURCE, CLAUSE': the clause alone."""
    head = text[sent.start:at].rstrip()
    words = head.rstrip(",").split()
    tail = after_source(text, src_end, end)
    if not head.endswith(",") or not words or words[-1].lower() not in SUBORDINATORS:
        return None
    return [clause_span(text, tail, end)] if tail is not None else None


def _closing(text: str, sent: Sentence, at: int, src_end: int, end: int) -> list[Span] | None:
    """'CONTENT, according to SOURCE.'"""
    return [clause_span(text, sent.start, at)]


FRAMES: list[tuple[str, Frame]] = [
    ("according-to-opening", _opening),
    ("according-to-subordinate", _subordinate),
    ("according-to-parenthetical", _parenthetical),
    ("according-to", _closing),
]


def according(text: str, sent: Sentence) -> Raw | None:
    """The statement of the sentence's 'according to', by the first frame that reads a
    content of MIN_CONTENT_WORDS words or more."""
    m = according_to(text, sent.start, sent.end)
    if not m:
        return None
    found = source(text, m.end(), sent.end)
    if not found:
        return None
    src_end = found[1] + len(found[0])
    for name, frame in FRAMES:
        spans = frame(text, sent, m.start(), src_end, sent.end)
        if not spans or any(a >= b for a, b in spans):
            continue
        if _words(text, spans) < MIN_CONTENT_WORDS:
            return None
        clause = text[sent.start:sent.end]
        for a, b in reversed(spans):
            clause = clause[:a - sent.start] + " " * (b - a) + clause[b - sent.start:]
        return Raw("indirect", spans, sent.para, (sent.start, sent.end), cue="according to",
                   cue_pos=m.start(), subject=found[0], subject_pos=found[1],
                   clause=clause).chose(name)
    return None


def as_reported_by(text: str, sent: Sentence) -> Raw | None:
    """Rule 'as-reported-by-opening': 'As reported by SOURCE, CONTENT' (see the module
    doc), or None."""
    m = AS_REPORTED_BY_RE.match(text, sent.start, sent.end)
    found = source(text, m.end(), sent.end) if m else None
    if m is None or found is None:
        return None
    comma = text.find(",", found[1] + len(found[0]), sent.end)  # no appositive skipped:
    if comma < 0:  # 'As reported by X, the Times broke the story in March, 2015 ...'
        return None
    span = clause_span(text, comma + 1, sent.end)
    if span[0] >= span[1] or _words(text, [span]) < MIN_CONTENT_WORDS:
        return None
    clause = text[sent.start:span[0]] + " " + text[span[1]:sent.end]
    return Raw("indirect", [span], sent.para, (sent.start, sent.end), cue=m["cue"],
               cue_pos=m.start("cue"), subject=found[0], subject_pos=found[1],
               clause=clause).chose(AS_REPORTED_BY)
