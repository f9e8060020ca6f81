"""The store's text look-up in domain words: a TextQuery of phrases (never engine
syntax), its scope, and the term walk and newest-first order both adapters share
(bot/store/sqlite/fts.py writes it as FTS5, bot/store/postgres/text.py as a tsquery)."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field, replace
from datetime import date

from bot.text import WORD, words


@dataclass(frozen=True)
class Phrase:
    """Words that must stand together, in order (one word is a one-word phrase).
    `prefix`: the last word may be unfinished (typing: 'na' finds 'NATO')."""

    words: tuple[str, ...]
    prefix: bool = False

    @classmethod
    def of(cls, text: str, prefix: bool = False) -> Phrase | None:
        """The phrase of a text's word tokens (lower case, normalised like the indexed
        text: bot.text.words), or None when it has none."""
        tokens = tuple(words(text))
        return cls(tokens, prefix) if tokens else None


@dataclass(frozen=True)
class Scope:
    """Which statements a look-up covers: dated on or after `since`, before `until`
    (the date said, else the start of the period said, else publication), and from
    one of `sources` (outlet names, any case) when given."""

    since: date | None = None
    until: date | None = None
    sources: tuple[str, ...] = ()

    @property
    def narrows(self) -> bool:
        return bool(self.since or self.until or self.sources)


@dataclass(frozen=True)
class TextQuery:
    """A full-text look-up. Each term is a tuple of alternatives (a word and its
    aliases' phrases): a statement matches a term when it has any of them. With
    `match_all` it must match every term, else any. The quote and the paragraph
    around it are searched, or the quote only with `quote_only`. `speaker_ids`
    (when not empty) keeps these speakers' statements; `scope` narrows by date and
    source."""

    terms: tuple[tuple[Phrase, ...], ...]
    match_all: bool = False
    quote_only: bool = False
    speaker_ids: tuple[int, ...] = ()
    scope: Scope = field(default_factory=Scope)

    @property
    def is_empty(self) -> bool:
        return not any(self.terms)


# A prefix phrase ('na' while typing) is searched with its last word cut down to this
# many letters at least (both engines index stems: 'negotiat' is indexed 'negoti').
PREFIX_KEEP_CHARS = 3
PREFIX_CUT_CHARS = 2


def phrase_tokens(phrase: Phrase) -> list[str]:
    """A phrase's index tokens, each word split into letters and digits again (so no
    user text is ever read as engine syntax); a prefix phrase's last token cut down."""
    tokens = [t for word in phrase.words for t in WORD.findall(word.lower())]
    if tokens and phrase.prefix:
        last = tokens[-1]
        tokens[-1] = last[:max(PREFIX_KEEP_CHARS, len(last) - PREFIX_CUT_CHARS)]
    return tokens


async def quote_first(find: Callable[[TextQuery, int, bool], Awaitable[list[int]]],
                      query: TextQuery, limit: int) -> list[int]:
    """The newest `limit` matches, those with the terms in the quote first: the quote's
    newest matches, then the whole text's newest not already found (`find` is a
    store's find_statement_ids)."""
    ids: list[int] = []
    for quote_only in (True, False):
        if len(ids) < limit:
            found = await find(replace(query, quote_only=quote_only), limit, False)
            ids = list(dict.fromkeys([*ids, *found]))[:limit]
    return ids


def boolean_text(query: TextQuery, phrase_text: Callable[[Phrase], str | None],
                 and_: str, or_: str) -> str | None:
    """A query as one engine's boolean text: each term's phrases (as `phrase_text`
    writes them) joined by `or_`; terms joined by `and_` with `match_all`, else every
    phrase by `or_`. None when no phrase has a word."""
    groups = [list(dict.fromkeys(p for p in map(phrase_text, term) if p))
              for term in query.terms]
    groups = [g for g in groups if g]
    if not groups:
        return None
    if query.match_all:
        return and_.join("(" + or_.join(g) + ")" for g in groups)
    return or_.join(dict.fromkeys(p for g in groups for p in g))
