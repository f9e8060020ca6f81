"""Readings of a query's speaker: which speaker it names (a slot, a longer name than a
loose slot, a name in free words, the next name when the first was only near) and the words
left for the topic. Pure: works on a Query and the SpeakerIndex."""

from __future__ import annotations

from bot.search.query import Query
from bot.search.speakers import SpeakerIndex, SpeakerMatch
from bot.text import words


def resolve_speaker(
    query: Query, index: SpeakerIndex, min_title_words: int = 2, one_edit: bool = False
) -> tuple[SpeakerMatch | None, list[str]]:
    """The speaker the query names (if any) and the words left for the topic."""
    if query.speaker_slot:
        typed = bool(query.partial) and query.speaker_slot.endswith(query.partial or "")
        found = index.match_slot(query.speaker_slot, prefix=typed and not query.topic)
        if found and query.speaker_title:
            found = index.narrow_by_title(found, words(query.speaker_title))
        longer = _longer_name(query, index, found) if found else None
        if longer:
            return longer, query.words[longer.end :]
        if found or query.strict_slot:
            return found, query.topic
    if query.asks_who:
        return None, query.topic
    typed = bool(query.partial) and query.words[-1:] == [query.partial]
    found = index.find_in(query.words, min_title_words, prefix=typed, one_edit=one_edit)
    if found is None:
        return None, query.words
    return found, query.words[: found.start] + query.words[found.end :]


def other_name(query_words: list[str], first: SpeakerMatch, index: SpeakerIndex
               ) -> tuple[SpeakerMatch | None, list[str]]:
    """The next name in free words once `first` is read as a topic word, and the topic;
    asked only once `first` found nothing, so a short name one edit away counts ('czuz
    report': 'report' names 'The report', 'czuz' is one edit from 'Cruz')."""
    rest = query_words[: first.start] + query_words[first.end :]
    other = index.find_in(rest, one_edit=True)
    if other is None:
        return None, rest
    return other, rest[: other.start] + rest[other.end :] + query_words[first.start : first.end]


def may_read_again(query: Query, speaker: SpeakerMatch) -> bool:
    """Whether a reading that found nothing may give way to another: a loose slot only
    near a name ('war on drugs': 'war' ~ 'Ward') may be words; in free words, a name
    only near ('penje brush': 'brush' ~ 'Bush' hid 'penje' ~ 'Pence') or one after the
    first word ('stnoe book': the exact 'book', a speaker 'The book', hid 'stnoe' ~
    'Stone' typed first, as names mostly are). A strict slot is the speaker asked."""
    if query.strict_slot:
        return False
    return speaker.score < 1.0 or (not query.speaker_slot and speaker.start > 0)


def next_nearest(match: SpeakerMatch, index: SpeakerIndex) -> SpeakerMatch | None:
    """The speakers a misspelt name is next nearest to ('schulzt': Schultz after Schulz),
    for when the nearest said nothing on the topic; None for a name spelt right."""
    if match.score >= 1.0 or not match.farther:
        return None
    return index.best(match.farther, match.start, match.end)


def _longer_name(query: Query, index: SpeakerIndex, found: SpeakerMatch
                 ) -> SpeakerMatch | None:
    """'Commission on Presidential Debates on X': a name at the start of a loose 'X on
    Y' query, longer than the slot before its first 'on' and matching as well."""
    if query.strict_slot:
        return None
    longer = index.find_in(query.words)
    slot_size = len(query.words) - len(query.topic)
    if longer and longer.start == 0 and longer.end > slot_size and longer.score >= found.score:
        return longer
    return None
