"""The rows one write batch collects: speakers merged by name key, statements with
their index entries. Pure: no SQL here (writes.py writes the rows)."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from bot.models import Extraction, Statement
from bot.store.sql.base import IndexRow, _iso, _unique
from bot.text import name_key, plain, plain_stems

# The columns of a statement row, in the order _add_statement gives them.
STATEMENT_COLUMNS = (
    "id", "article_id", "speaker_id", "speaker_name", "speaker_title", "kind", "quote",
    "context", "said_on", "cue", "channel", "span_start", "span_end", "spans", "dated",
    "quote_words", "context_words", "display", "said_from", "said_to")


@dataclass
class _SpeakerRow:
    id: int
    name: str
    aliases: list[str]
    titles: list[str]
    is_org: bool
    new: bool
    changed: bool = False
    added: int = 0  # statements added in this batch


@dataclass
class _Batch:
    """Rows collected for one transaction."""

    articles: list[tuple[Any, ...]] = field(default_factory=list)
    statements: list[tuple[Any, ...]] = field(default_factory=list)
    index: list[IndexRow] = field(default_factory=list)
    aliases: list[tuple[Any, ...]] = field(default_factory=list)
    speakers: dict[str, _SpeakerRow] = field(default_factory=dict)  # by name_key
    # context text -> (stems, plain): statements of one paragraph share their context
    contexts: dict[str, tuple[str, str]] = field(default_factory=dict)


def _names_in(extraction: Extraction) -> set[str]:
    names = {s.speaker for s in extraction.statements if s.speaker}
    for speaker in extraction.speakers:
        names |= {speaker.name, *speaker.aliases}
    return names


def _add_speakers(
    batch: _Batch, extraction: Extraction, next_id: int
) -> tuple[dict[str, _SpeakerRow], int]:
    """Merge this article's speakers into the batch's rows. Returns each name its
    statements give (or an alias of their speaker) -> row, and the next free id.
    Only speakers with a statement in this article are kept."""
    said = {s.speaker for s in extraction.statements if s.speaker}
    local: dict[str, _SpeakerRow] = {}
    for speaker in extraction.speakers:
        names = {speaker.name, *speaker.aliases}
        if not names & said:
            continue
        titles = [speaker.title] if speaker.title else []
        titles += [s.speaker_title for s in extraction.statements
                   if s.speaker in names and s.speaker_title]
        row, next_id = _merge_speaker(batch, speaker.name, speaker.aliases, titles,
                                      speaker.is_org, next_id)
        for name in names:
            local.setdefault(name, row)
    for statement in extraction.statements:
        if statement.speaker and statement.speaker not in local:
            titles = [statement.speaker_title] if statement.speaker_title else []
            local[statement.speaker], next_id = _merge_speaker(
                batch, statement.speaker, [], titles, False, next_id)
    return local, next_id


def _merge_speaker(
    batch: _Batch, name: str, aliases: list[str], titles: list[str], is_org: bool,
    next_id: int,
) -> tuple[_SpeakerRow, int]:
    key = name_key(name)
    row = batch.speakers.get(key)
    if row is None:
        row = _SpeakerRow(id=next_id, name=" ".join(name.split()), aliases=_unique(aliases),
                          titles=_unique(titles), is_org=is_org, new=True)
        batch.speakers[key] = row
        return row, next_id + 1
    merged_aliases, merged_titles = _unique([*row.aliases, *aliases]), _unique([*row.titles,
                                                                                 *titles])
    if merged_aliases != row.aliases or merged_titles != row.titles:
        row.aliases, row.titles, row.changed = merged_aliases, merged_titles, True
    return row, next_id


def _add_statement(
    batch: _Batch, statement_id: int, article_id: int, statement: Statement,
    speaker_id: int | None, published: str | None,
) -> None:
    said_on = _iso(statement.said_on)
    context = batch.contexts.get(statement.context)
    if context is None:
        context_plain = plain(statement.context)
        context = (" ".join(plain_stems(context_plain)), context_plain)
        batch.contexts[statement.context] = context
    quote_plain = plain(statement.quote)
    batch.statements.append(
        (statement_id, article_id, speaker_id, statement.speaker, statement.speaker_title,
         statement.kind, statement.quote, statement.context, said_on, statement.cue,
         statement.channel, statement.start, statement.end, json.dumps(statement.spans),
         said_on or _iso(statement.said_from) or (published[:10] if published else None),
         " ".join(plain_stems(quote_plain)), context[0], statement.display or None,
         _iso(statement.said_from), _iso(statement.said_to)))
    speaker_text = " ".join(filter(None, [statement.speaker, statement.speaker_title]))
    batch.index.append(
        (statement_id, quote_plain, context[1], plain(speaker_text), speaker_id))
