"""Ranking candidate statements against a query's topic (how each matches:
bot/search/matching.py), and the query's topic terms.

Pure functions over models: no database here.
"""

from __future__ import annotations

from bot.cues import cue_kind
from bot.models import Hit, StoredStatement
from bot.search.matching import Term, topic_scores
from bot.search.query import STOPWORDS
from bot.search.verbs import cue_root
from bot.text import stem, words

# A statement is relevant when its topic score (0..1, the mean over query terms of
# how well each is matched) reaches this: with two terms, one is not enough.
MIN_TOPIC_SCORE = 0.6
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
# Tie-breaker added to the score: a statement shown as said (a quotation, reported
# speech) before reported speech the card labels a belief, finding or position
# (bot.cues.cue_kind: 'he believes', 'a poll found'), which was not said in those words.
SAID_BONUS = 0.02
# At most this many aliases are searched besides a term itself (an acronym may have
# been expanded differently by many articles).
MAX_ALTERNATIVES = 4


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


def _exact_forms(forms: set[str], quote: str) -> bool:
    """Every term's own word (or words), `forms`, in the quote as written, not another form."""
    return forms <= set(words(quote))


def rank(
    statements: list[StoredStatement], terms: list[Term], speaker_score: float | None,
    cue: str | None = None, weights: dict[int, float] | None = None,
) -> list[Hit]:
    """Relevant statements, best first. Without terms every statement is relevant
    (a speaker's statements listed); `speaker_score` is None when no speaker was named,
    `weights` its share for each speaker named (bot.search.match.namesake_weights);
    statements whose cue has the root `cue` ('warn') rank above the others."""
    hits = []
    scale = 1 - MAX_KIND_BONUS - EXACT_FORM_BONUS - SAID_BONUS - (CUE_BONUS if cue else 0.0)
    forms = {w for term in terms for w in words(term.text)}  # the words as asked
    for statement in statements:
        relevance, score = topic_scores(terms, statement) if terms else (1.0, 1.0)
        if relevance < MIN_TOPIC_SCORE:
            continue
        if speaker_score is not None:
            score *= speaker_score * (weights or {}).get(statement.speaker_id or 0, 1.0)
        score = score * scale + KIND_BONUS.get(statement.kind, 0.0)
        if statement.kind != "indirect" or cue_kind(statement.cue) == "speech":
            score += SAID_BONUS
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
