"""Ranking candidate statements against a query's topic, with rapidfuzz.

Pure functions over models: no database here.
"""

from __future__ import annotations

from pydantic import BaseModel
from rapidfuzz import fuzz, process
from rapidfuzz.utils import default_process

from bot.models import Hit, StoredStatement
from bot.search.query import STOPWORDS
from bot.search.verbs import cue_root
from bot.text import stem, stems, words

# A statement is relevant when its topic score (0..1, the mean over query terms of
# how well each is matched) reaches this: with two terms, one is not enough.
MIN_TOPIC_SCORE = 0.6
# A term found only in the statement's context (the sentence around a quote, the
# attribution) counts for this much of a term found in the quote itself.
CONTEXT_WEIGHT = 0.6
# ... and for this much when it stands within NEAR_CONTEXT_WORDS words of the quote: the
# words next to a quote say what it is about ('the debate is infected with what | he
# called tribalism', 'endorsements from 95 retired generals | and admirals').
NEAR_CONTEXT_WEIGHT = 0.8
NEAR_CONTEXT_WORDS = 3
NEAR_CONTEXT_CHARS = 120  # read on each side of the quote for those words
# A query word matches a text word with a typo at this rapidfuzz ratio ("peacekeeper"
# vs "peacekepers"); shorter words must match exactly.
TERM_FUZZY_CUTOFF = 85
MIN_FUZZY_TERM_CHARS = 5
# A fuzzy (not exact) word match counts for this much of an exact one.
FUZZY_TERM_FACTOR = 0.9
# A word matched only by its beginning while typing ('na' -> 'nato') counts this much.
PREFIX_TERM_FACTOR = 0.9
# Tie-breakers added to the score: a verbatim quote beats a paraphrase. The match
# itself is scaled to 1 - MAX_KIND_BONUS so that scores stay within 0..1.
KIND_BONUS = {"direct": 0.05, "partial": 0.03, "indirect": 0.0}
MAX_KIND_BONUS = max(KIND_BONUS.values())
# Added when the query asks about a specific verb ('who warned') and the statement's
# cue is that verb, more than any kind bonus (the match is then scaled to
# 1 - MAX_KIND_BONUS - CUE_BONUS).
CUE_BONUS = 0.06
# Tie-breaker added to the score: the quote has every query word in the form asked
# ('sign', not only 'signs'), more than the date order, less than a kind bonus.
EXACT_FORM_BONUS = 0.01
# At most this many aliases are searched besides a term itself (an acronym may have
# been expanded differently by many articles).
MAX_ALTERNATIVES = 4


class Term(BaseModel):
    """One topic term: the query word (or phrase) and its alternatives, each a list
    of stemmed words (an acronym's expansion is a several-word alternative)."""

    text: str
    phrases: list[str]  # the raw word and its aliases, for the full-text query
    variants: list[list[str]]
    prefix: str | None = None  # while typing: any word beginning so matches


def make_terms(topic_words: list[str], aliases: list[tuple[str, str]],
               partial: str | None = None) -> list[Term]:
    """Topic words -> terms, joining a spelled-out expansion into one term and adding
    each acronym's expansion (and each expansion's acronym) as an alternative. A last
    word equal to `partial` (typing) also matches any word it begins."""
    expansions = {_content(expansion): (alias, expansion) for alias, expansion in aliases}
    by_alias: dict[str, list[str]] = {}
    for alias, expansion in aliases:
        by_alias.setdefault(alias.lower(), []).append(expansion)
    terms: list[Term] = []
    index = 0
    while index < len(topic_words):
        phrase = _expansion_at(topic_words, index, expansions)
        if phrase:
            alias, expansion = expansions[phrase]
            terms.append(_term(expansion.lower(), [alias]))
            index += len(phrase)
            continue
        word = topic_words[index]
        if word == partial and index == len(topic_words) - 1:
            prefix_term = _term(word, [])
            prefix_term.prefix = word
            terms.append(prefix_term)
        else:
            terms.append(_term(word, by_alias.get(word, [])))
        index += 1
    return terms


def _content(phrase: str) -> tuple[str, ...]:
    """The words of a phrase a query keeps ("Group of Seven" -> group, seven)."""
    return tuple(w for w in words(phrase) if w not in STOPWORDS)


def _expansion_at(
    topic_words: list[str], index: int, expansions: dict[tuple[str, ...], tuple[str, str]]
) -> tuple[str, ...] | None:
    for phrase in sorted(expansions, key=len, reverse=True):
        if len(phrase) > 1 and tuple(topic_words[index : index + len(phrase)]) == phrase:
            return phrase
    return None


def _term(text: str, alternatives: list[str]) -> Term:
    phrases = list(dict.fromkeys([text, *alternatives]))[: 1 + MAX_ALTERNATIVES]
    variants = [[stem(w) for w in words(p)] for p in phrases]
    return Term(text=text, phrases=phrases, variants=[v for v in variants if v])


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
        relevant = near_first = term_score(term, quote)
        if relevant < 1.0:
            if context is None:
                context = _stemmed(statement.context_words, statement.context)
            in_context = term_score(term, context)
            relevant = near_first = max(relevant, CONTEXT_WEIGHT * in_context)
            if NEAR_CONTEXT_WEIGHT * in_context > relevant:
                near = _next_to_quote(statement) if near is None else near
                if term_score(term, near) >= in_context:
                    near_first = NEAR_CONTEXT_WEIGHT * in_context
        total += relevant
        ordered += near_first
    return total / len(terms), ordered / len(terms)


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


def _exact_forms(forms: set[str], quote: str) -> bool:
    """Every term's own word (or words), `forms`, in the quote as written, not another form."""
    return forms <= set(words(quote))


def _stemmed(stored: str | None, text: str) -> list[str]:
    """The stemmed words stored at load time, or (older rows) computed now."""
    return stored.split() if stored is not None else stems(text)


def rank(
    statements: list[StoredStatement], terms: list[Term], speaker_score: float | None,
    cue: str | None = None,
) -> list[Hit]:
    """Relevant statements, best first. Without terms every statement is relevant
    (a speaker's statements listed); `speaker_score` is None when no speaker was named;
    statements whose cue has the root `cue` ('warn') rank above the others."""
    hits = []
    scale = 1 - MAX_KIND_BONUS - EXACT_FORM_BONUS - (CUE_BONUS if cue else 0.0)
    forms = {w for term in terms for w in words(term.text)}  # the words as asked
    for statement in statements:
        relevance, score = topic_scores(terms, statement) if terms else (1.0, 1.0)
        if relevance < MIN_TOPIC_SCORE:
            continue
        if speaker_score is not None:
            score *= speaker_score
        score = score * scale + KIND_BONUS.get(statement.kind, 0.0)
        if terms and _exact_forms(forms, statement.quote):
            score += EXACT_FORM_BONUS
        if cue and cue_root(statement.cue) == cue:
            score += CUE_BONUS
        hits.append(Hit(statement=statement, score=round(score, 4)))
    hits.sort(key=lambda h: (-h.score, _date_key(h.statement), -h.statement.id))
    return hits


def speakers_first(hits: list[Hit]) -> list[Hit]:
    """For 'who said ...': a statement naming nobody answers no 'who', so the hits
    with a speaker come first, each group in its order."""
    return sorted(hits, key=lambda h: h.statement.speaker is None)


def _date_key(statement: StoredStatement) -> int:
    """Newer statements first among equal scores."""
    said = statement.said_on or (statement.published.date() if statement.published else None)
    return -said.toordinal() if said else 0
