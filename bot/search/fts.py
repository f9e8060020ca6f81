"""FTS5 expressions built from query terms: quoted word tokens only, so no user text
is ever read as FTS5 syntax."""

from __future__ import annotations

from bot.search.text import WORD, plain

# A prefix term ('na' while typing) is searched with its last letters cut down to this
# many at least (the index stores Porter stems: 'negotiat' is indexed as 'negoti').
PREFIX_KEEP_CHARS = 3
PREFIX_CUT_CHARS = 2


class Prefix(str):
    """A phrase whose last word may be unfinished (typing): searched as a prefix. Only
    search code makes one; no text from a user is ever read as this."""

    __slots__ = ()


def fts_phrase(phrase: str) -> str | None:
    """A double-quoted FTS5 phrase made of word tokens only, or None if it has none;
    a Prefix is a prefix query on its last word ('"na" *')."""
    tokens = WORD.findall(plain(phrase).lower())
    if not tokens:
        return None
    if not isinstance(phrase, Prefix):
        return '"' + " ".join(tokens) + '"'
    last = tokens[-1]
    tokens[-1] = last[:max(PREFIX_KEEP_CHARS, len(last) - PREFIX_CUT_CHARS)]
    return '"' + " ".join(tokens) + '" *'


def fts_expression(
    groups: list[list[str]], speaker_refs: list[str] | None = None, every: bool = False,
    columns: str = "{quote context}",
) -> str | None:
    """Any term (each group: a word and its alias phrases) in quote or context (or the
    given `columns`), or with `every` all of them, optionally only among the statements
    tagged with `speaker_refs`."""
    alternatives = [p for group in groups for p in map(fts_phrase, group) if p]
    if not alternatives:
        return None
    if every:
        ors = ["(" + " OR ".join(dict.fromkeys(p for p in map(fts_phrase, g) if p)) + ")"
               for g in groups if any(map(fts_phrase, g))]
        body = " AND ".join(ors)
    else:
        body = " OR ".join(dict.fromkeys(alternatives))
    expression = columns + " : (" + body + ")"
    refs = [p for p in map(fts_phrase, speaker_refs or []) if p]
    if refs:
        expression = "speaker_ref : (" + " OR ".join(refs) + ") AND " + expression
    return expression
