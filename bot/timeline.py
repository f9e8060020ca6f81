"""A speaker's statements on a topic in the order they were said (issue 14).

    timeline = await build_timeline(store, "Hegseth", "NATO")

Speakers resolve as in questions (bot.search.speakers: typos, surnames, titles); topic
words match the quote or its paragraph, all of them, acronyms included (bot.follows).
Each entry is dated by the day said, else the start of the period said, else the
article's publication; the same quote reported by several outlets is one entry
(bot.search.group) with every outlet; an entry that takes back an earlier one of the
speaker (bot.reversals) is marked `changed` with that entry's number. No Telegram here.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date

from bot.follows import TOPIC_SPLIT, speaker_index, topic_terms
from bot.models import Hit, StoredStatement
from bot.reversals import Stance, changed_from, needed_words, shared_words, stances
from bot.search.candidates import alternatives
from bot.search.group import group_duplicates
from bot.search.query import STOPWORDS, clean, content_words
from bot.search.speakers import SpeakerIndex, SpeakerMatch
from bot.store.port import Store, TextQuery
from bot.text import words

# Statements read for one timeline, at most (the latest when a speaker has more).
MAX_STATEMENTS = 1000
# A word's rough root keeps at least this many letters (_root).
MIN_ROOT_CHARS = 4


@dataclass(frozen=True)
class Changed:
    """This entry takes back entry `earlier` (its first statement: `statement_id`)."""

    earlier: int
    statement_id: int
    was: str  # the words of the earlier reading ('will not send')
    now: str


@dataclass
class Entry:
    number: int  # 1-based, in time order
    statement: StoredStatement  # the first report of it
    day: date | None
    basis: str  # 'said', 'period' or 'published': what the day is
    sources: list[str]
    statement_ids: list[int]
    changed: Changed | None = None

    @property
    def reported_by(self) -> int:
        return len(self.sources)


@dataclass
class Timeline:
    speakers: list[str] = field(default_factory=list)
    topic: str | None = None
    entries: list[Entry] = field(default_factory=list)
    notice: str | None = None


def split_request(index: SpeakerIndex, text: str) -> tuple[SpeakerMatch | None, str | None]:
    """'Hegseth NATO', 'Pete Hegseth on NATO': the speaker named and the topic words."""
    split = TOPIC_SPLIT.match(" ".join(text.split()))
    if split:
        return index.match_slot(clean(split["speaker"])), split["topic"]
    words = clean(text).split()
    found = index.find_in(words)
    if found is None:
        return None, None
    rest = words[: found.start] + words[found.end :]
    return found, " ".join(rest) or None


async def build_timeline(store: Store, speaker: str, topic: str | None = None) -> Timeline:
    """The timeline of `speaker` (words naming them) on `topic` (None: everything)."""
    index = await speaker_index(store)
    if topic is None:  # one text: the speaker's words and the topic's
        match, topic = split_request(index, speaker)
    else:
        match = index.match_slot(clean(speaker))
    if match is None:
        return Timeline(topic=topic, notice=f"No statement by {speaker.strip()} found.")
    names = match.names
    topic = topic if topic and content_words(clean(topic)) else None
    ids = await _statement_ids(store, match.speaker_ids, topic)
    statements = sorted(await store.get_statements(ids), key=_order)
    entries = _entries(group_duplicates([Hit(statement=s, score=0.0) for s in statements]),
                       topic)
    notice = None if entries else f"Nothing from {names[0]}{f' on {topic}' if topic else ''}."
    return Timeline(speakers=names, topic=topic, entries=entries, notice=notice)


async def _statement_ids(store: Store, speaker_ids: list[int], topic: str | None) -> list[int]:
    if topic is None:
        return await store.speaker_statement_ids(speaker_ids, MAX_STATEMENTS)
    terms = await topic_terms(store, topic)
    query = TextQuery(tuple(alternatives(t) for t in terms), match_all=True,
                      speaker_ids=tuple(speaker_ids))
    return await store.find_statement_ids(query, MAX_STATEMENTS, ranked=False)


def dated(s: StoredStatement) -> tuple[date | None, str]:
    """The day a statement is placed on, and on what grounds."""
    if s.said_on:
        return s.said_on, "said"
    if s.said_from:
        return s.said_from, "period"
    return (s.published.date() if s.published else None), "published"


def _order(s: StoredStatement) -> tuple[date, str, int, int]:
    day = dated(s)[0] or date.max
    return day, s.published.isoformat() if s.published else "", s.article_id, s.id


def _entries(hits: list[Hit], topic: str | None) -> list[Entry]:
    entries: list[Entry] = []
    history: list[list[Stance]] = []
    matter: list[set[str]] = []
    for number, hit in enumerate(hits, 1):
        s = hit.statement
        day, basis = dated(s)
        entry = Entry(number, s, day, basis, list(hit.sources), [s.id, *hit.duplicate_ids])
        readings = stances(s.cue, s.display or s.quote)
        words = _matter(s, topic)
        shared = [shared_words(m, words) for m in matter]
        found = changed_from(history, readings, _related(shared))
        if found is not None:
            index, old, new = found
            earlier = entries[index]
            entry.changed = Changed(earlier.number, earlier.statement.id, old.words, new.words)
        entries.append(entry)
        history.append(readings)
        matter.append(words)
    return entries


def _related(shared: list[int]) -> Callable[[int, Stance], bool]:
    """Whether an earlier statement shares enough words with this one for a reading."""
    return lambda index, reading: shared[index] >= needed_words(reading)


def _matter(s: StoredStatement, topic: str | None) -> set[str]:
    """What a statement is about: the roots of its words, without stopwords, the topic
    and the speaker's name and title ('Vermont Sen. Bernie Sanders')."""
    left_out = {_root(w) for w in words(" ".join(filter(None, [topic, s.speaker,
                                                                 s.speaker_title])))}
    return {_root(w) for w in words(s.display or s.quote)
            if w not in STOPWORDS and len(w) > 2} - left_out


def _root(word: str) -> str:
    """A rough root, enough to see two statements are about one thing: 'endorsed' and
    'endorse', 'raising' and 'raise' alike."""
    for suffix in ("ing", "ed", "es", "e", "s"):
        if word.endswith(suffix) and len(word) - len(suffix) >= MIN_ROOT_CHARS:
            return word[: -len(suffix)]
    return word
