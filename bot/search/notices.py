"""The sentences search answers with when it finds nothing (relevant):
'No statement by Zelensky found.', 'Nothing from Pete Hegseth on climate change in
2024; Pete Hegseth spoke on: Ukraine, NATO, ...'."""

from __future__ import annotations

import re
import string
from typing import TYPE_CHECKING

from bot.search.candidates import Latest
from bot.search.filters import Filters
from bot.search.periods import MONTHS, describe
from bot.search.query import Query
from bot.search.rank import Term
from bot.search.speakers import SpeakerMatch
from bot.search.topics import frequent_topics

if TYPE_CHECKING:
    from bot.store.port import Store

# Statements read to list the topics a speaker did talk about.
TOPIC_SAMPLE = 50
EMPTY_NOTICE = (
    "Send a name and a topic, for example: what did <name> say about <topic>?"
)


def as_written(original: str, words: str) -> str | None:
    """The words as the user wrote them ('nato' -> 'NATO'), or None when not found."""
    pattern = r"\W+".join(re.escape(w) for w in words.split())
    found = re.search(rf"(?<!\w){pattern}(?!\w)", original, re.IGNORECASE) if pattern else None
    return found.group(0) if found else None


def no_speaker_notice(original: str, slot: str) -> str:
    """'No statement by Zelensky found.', with the name as the user wrote it."""
    name = as_written(original, slot) or slot
    return f"No statement by {string.capwords(name) if name.islower() else name} found."


def period_words(filters: Filters) -> str:
    """' in Feb 2026' for a date filter ('in February' when any year was looked at)."""
    if filters.yearless and filters.since and filters.until:
        if filters.until.toordinal() - filters.since.toordinal() == 1:
            return f" on {filters.since:%b} {filters.since.day}"
        return f" in {MONTHS[filters.since.month - 1].capitalize()}"
    text = describe(filters.since, filters.until)
    return f" {text}" if text else ""


async def nothing_notice(
    store: Store, original: str, query: Query, terms: list[Term], speaker: SpeakerMatch | None,
    latest: Latest | None = None,
) -> str:
    topic = " ".join(as_written(original, t.text) or t.text for t in terms)
    about = (f" on {topic}" if topic else "") + period_words(query.filters)
    if speaker is None:
        if query.speaker_slot and not query.asks_who:
            return no_speaker_notice(original, query.speaker_slot)
        return f"No statement{about} found."
    name = " / ".join(speaker.names)
    # The speaker's latest as the search read them, when it read enough of them
    # store-wide: the same rows, without another round trip.
    sample = (latest.statements[:TOPIC_SAMPLE] if latest and latest.limit >= TOPIC_SAMPLE
              else await store.speaker_statements(speaker.speaker_ids, TOPIC_SAMPLE))
    exclude = [*speaker.names, *(s.speaker_title or "" for s in sample)]
    topics = frequent_topics(sample, exclude)
    spoke = f"; {name} spoke on: {', '.join(topics)}." if topics else "."
    return f"Nothing from {name}{about}{spoke}"
