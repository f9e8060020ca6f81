"""How well a statement matches a query's topic terms: in its quote, in its context
(the sentence around it) or next to the quote, with typos and prefixes; and how much a
long quote's match counts in the order. Pure, with rapidfuzz.
"""

from __future__ import annotations

from pydantic import BaseModel
from rapidfuzz import fuzz, process
from rapidfuzz.utils import default_process

from bot.models import StoredStatement
from bot.text import stem, stems

# A term found only in the statement's context (the sentence around a quote, the
# attribution) counts for this much of a term found in the quote itself.
CONTEXT_WEIGHT = 0.6
# ... and for this much when it stands within NEAR_CONTEXT_WORDS words of the quote: the
# words next to a quote say what it is about ('the debate is infected with what | he
# called tribalism', 'endorsements from 95 retired generals | and admirals').
NEAR_CONTEXT_WEIGHT = 0.8
NEAR_CONTEXT_WORDS = 3
NEAR_CONTEXT_CHARS = 120  # read on each side of the quote for those words
# A context of several paragraphs counts only in the paragraphs of the quote, found by
# this many of its first and last characters.
QUOTE_END_CHARS = 30
# A long quote holds many words in passing: in the order (not in whether a statement is
# relevant), a term found in a quote of more than FOCUS_WORDS words counts for
# (FOCUS_WORDS * times found / words) ** FOCUS_POWER of a match (once in 120 words: 0.90,
# in 80: 0.93), so a statement about the topic comes before a long speech that names it.
FOCUS_WORDS = 40
FOCUS_POWER = 0.1
# A query word matches a text word with a typo at this rapidfuzz ratio ("peacekeeper"
# vs "peacekepers"); shorter words must match exactly.
TERM_FUZZY_CUTOFF = 85
MIN_FUZZY_TERM_CHARS = 5
# A fuzzy (not exact) word match counts for this much of an exact one.
FUZZY_TERM_FACTOR = 0.9
# A word matched only by its beginning while typing ('na' -> 'nato') counts this much.
PREFIX_TERM_FACTOR = 0.9


class Term(BaseModel):
    """One topic term: the query word (or phrase) and its alternatives, each a list
    of stemmed words (an acronym's expansion is a several-word alternative)."""

    text: str
    phrases: list[str]  # the raw word and its aliases, for the full-text query
    variants: list[list[str]]
    prefix: str | None = None  # while typing: any word beginning so matches


def term_score(term: Term, tokens: list[str]) -> float:
    """1.0 when the term (or an alternative) occurs in the stemmed tokens; less for a typo."""
    best = 0.0
    vocabulary = set(tokens)
    if term.prefix and any(t.startswith(term.prefix) for t in vocabulary):
        best = PREFIX_TERM_FACTOR if stem(term.prefix) not in vocabulary else 1.0
    for variant in term.variants:
        if len(variant) > 1:
            if _contains(tokens, variant):
                return 1.0
            continue
        if variant[0] in vocabulary:
            return 1.0
        if len(variant[0]) >= MIN_FUZZY_TERM_CHARS and vocabulary:
            found = process.extractOne(
                variant[0], vocabulary, scorer=fuzz.ratio, processor=default_process,
                score_cutoff=TERM_FUZZY_CUTOFF,
            )
            if found:
                best = max(best, found[1] / 100 * FUZZY_TERM_FACTOR)
    return best


def _contains(tokens: list[str], phrase: list[str]) -> bool:
    size = len(phrase)
    return any(tokens[i : i + size] == phrase for i in range(len(tokens) - size + 1))


def topic_score(terms: list[Term], statement: StoredStatement) -> float:
    """Mean over terms of the best match in the quote, or (weighted) in the context."""
    return topic_scores(terms, statement)[0]


def topic_scores(terms: list[Term], statement: StoredStatement) -> tuple[float, float]:
    """topic_score, and the same with a term found next to the quote counted at
    NEAR_CONTEXT_WEIGHT: the first decides whether a statement is relevant, the second
    its order."""
    if not terms:
        return 0.0, 0.0
    quote = _stemmed(statement.quote_words, statement.quote)
    context: list[str] | None = None  # stemmed only when a term is missing from the quote
    near: list[str] | None = None  # the context's words next to the quote, likewise
    total = ordered = 0.0
    for term in terms:
        relevant = term_score(term, quote)
        near_first = relevant * _focus(term, quote)
        if relevant < 1.0:
            if context is None:
                context = _own_paragraph(statement)
            in_context = term_score(term, context)
            relevant = near_first = max(relevant, CONTEXT_WEIGHT * in_context)
            if NEAR_CONTEXT_WEIGHT * in_context > relevant:
                near = _next_to_quote(statement) if near is None else near
                if term_score(term, near) >= in_context:
                    near_first = NEAR_CONTEXT_WEIGHT * in_context
        total += relevant
        ordered += near_first
    return total / len(terms), ordered / len(terms)


def _focus(term: Term, tokens: list[str]) -> float:
    """The share of a quote's match kept in the order (FOCUS_WORDS)."""
    if len(tokens) <= FOCUS_WORDS:
        return 1.0
    found = max((tokens.count(v[0]) for v in term.variants if len(v) == 1), default=0)
    return min(1.0, FOCUS_WORDS * max(found, 1) / len(tokens)) ** FOCUS_POWER


def _own_paragraph(statement: StoredStatement) -> list[str]:
    """The stemmed words of the context's paragraphs that hold the quote (found by its
    first and last QUOTE_END_CHARS: a quote in parts is joined): a context may run over
    several paragraphs, and a word two paragraphs away is not what the statement is
    about. The whole context when the quote is not found, or when it is one paragraph
    (its words stored at load time)."""
    context, quote = statement.context, statement.quote.strip()
    at = context.find(quote[:QUOTE_END_CHARS]) if quote and "\n" in context else -1
    last = context.rfind(quote[-QUOTE_END_CHARS:]) if at >= 0 else -1
    if at < 0 or last < at:
        return _stemmed(statement.context_words, context)
    start = context.rfind("\n", 0, at) + 1
    end = context.find("\n", last + min(len(quote), QUOTE_END_CHARS))
    return stems(context[start : end if end >= 0 else None])


def _next_to_quote(statement: StoredStatement) -> list[str]:
    """The stemmed words of the context just before and just after the quote (none
    when the quote is not found in it as written). Only NEAR_CONTEXT_CHARS on each side
    are read; a word the window cuts is left out."""
    context, quote = statement.context, statement.quote
    at = context.find(quote) if quote else -1
    if at < 0:
        return []
    start, end = max(0, at - NEAR_CONTEXT_CHARS), at + len(quote)
    before = stems(context[start:at])[1 if start else 0 :]
    after = stems(context[end : end + NEAR_CONTEXT_CHARS])
    if end + NEAR_CONTEXT_CHARS < len(context):
        after = after[:-1]
    return before[-NEAR_CONTEXT_WORDS:] + after[:NEAR_CONTEXT_WORDS]


def _stemmed(stored: str | None, text: str) -> list[str]:
    """The stemmed words stored at load time, or (older rows) computed now."""
    return stored.split() if stored is not None else stems(text)
