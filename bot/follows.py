"""What `/follow ...` names, and whether a statement is on a followed topic.

    /follow Hegseth            a speaker, any topic
    /follow Hegseth on NATO    a speaker on a topic ('about' works too; 'Hegseth NATO' as well)
    /follow NATO               a topic, any speaker (a name that is a speaker is the speaker;
    /follow on NATO            'on'/'about' first makes it a topic)

Speakers resolve through search's speaker index (typos, surnames, titles); several
speakers equally alike are returned for the user to choose. Topic words match a
statement's quote or the paragraph around it, every word (or an acronym's expansion the
articles define: NATO ~ North Atlantic Treaty Organization), as search matches them,
without typos. Pure apart from the store look-ups; nothing here knows Telegram.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from bot.models import StoredStatement
from bot.search.query import clean, content_words
from bot.search.rank import Term, make_terms
from bot.search.speakers import SpeakerIndex, SpeakerMatch
from bot.store.port import Store
from bot.text import stems

# "Hegseth on NATO": the speaker before the word, the topic after it.
TOPIC_SPLIT = re.compile(r"^(?P<speaker>.+?)\s+(?:on|about|over|regarding)\s+(?P<topic>.+)$",
                         re.IGNORECASE)
TOPIC_ONLY = re.compile(r"^(?:on|about|topic)\s+(?P<topic>.+)$", re.IGNORECASE)
# Longest acronym expansion looked up, in words (as search does).
MAX_ALIAS_WORDS = 6
# A topic longer than this many characters is cut (it is shown on /following).
MAX_TOPIC_CHARS = 100


@dataclass(frozen=True)
class FollowRequest:
    """What to follow. `speakers`: (id, name) of the speaker, several when the name is
    ambiguous, none for a topic alone; `unknown`: the speaker words matched nobody."""

    speakers: list[tuple[int, str]] = field(default_factory=list)
    topic: str | None = None
    unknown: str | None = None

    @property
    def ambiguous(self) -> bool:
        return len(self.speakers) > 1

    @property
    def empty(self) -> bool:
        return not self.speakers and not self.topic and not self.unknown


async def speaker_index(store: Store) -> SpeakerIndex:
    return SpeakerIndex(await store.speakers())


async def read_follow(store: Store, text: str) -> FollowRequest:
    """The speaker and/or topic a /follow argument names."""
    text = " ".join(text.split())[:500]
    if not content_words(clean(text)):
        return FollowRequest()
    only = TOPIC_ONLY.match(text)
    if only:
        return FollowRequest(topic=_topic(only["topic"]))
    index = await speaker_index(store)
    split = TOPIC_SPLIT.match(text)
    if split:
        found = index.match_slot(clean(split["speaker"]))
        if found is None:
            return FollowRequest(topic=_topic(split["topic"]), unknown=split["speaker"])
        return FollowRequest(_choices(index, found), _topic(split["topic"]))
    whole = index.match_slot(clean(text))
    if whole is not None:
        return FollowRequest(_choices(index, whole))
    query_words = clean(text).split()
    found = index.find_in(query_words)
    if found is None:
        return FollowRequest(topic=_topic(text))
    shown = text.split() if len(text.split()) == len(query_words) else query_words
    rest = shown[: found.start] + shown[found.end :]  # as written: 'NATO', not 'nato'
    return FollowRequest(_choices(index, found), _topic(" ".join(rest)) if rest else None)


def _choices(index: SpeakerIndex, match: SpeakerMatch) -> list[tuple[int, str]]:
    return [(i, index.speakers[i].name) for i in match.speaker_ids]


def _topic(text: str) -> str | None:
    topic = " ".join(text.split()).strip(" .,;:!?")[:MAX_TOPIC_CHARS]
    return topic if content_words(clean(topic)) else None


async def topic_terms(store: Store, topic: str) -> list[Term]:
    """The topic's words as search terms, each with its acronym/expansion alternatives."""
    topic_words = content_words(clean(topic))
    keys = [" ".join(topic_words[a:b]) for a in range(len(topic_words))
            for b in range(a + 1, min(a + MAX_ALIAS_WORDS, len(topic_words)) + 1)]
    return make_terms(topic_words, await store.aliases_for(keys))


@dataclass(frozen=True)
class StatementWords:
    """A statement's stems, read once for all the topics tested against it."""

    quote: list[str]
    context: list[str]
    vocabulary: frozenset[str]

    @classmethod
    def of(cls, statement: StoredStatement) -> StatementWords:
        quote = _stems(statement.quote_words, statement.quote)
        context = _stems(statement.context_words, statement.context)
        return cls(quote, context, frozenset(quote) | frozenset(context))

    def has(self, phrase: list[str]) -> bool:
        if not set(phrase) <= self.vocabulary:  # the usual answer, at the cost of a set
            return False
        return len(phrase) == 1 or _contains(self.quote, phrase) or _contains(
            self.context, phrase)


def on_topic(terms: list[Term], statement: StoredStatement | StatementWords) -> bool:
    """Every term (or one of its alternatives) is in the quote or its paragraph."""
    found = statement if isinstance(statement, StatementWords) else StatementWords.of(statement)
    return all(any(found.has(v) for v in term.variants) for term in terms)


def _stems(stored: str | None, text: str) -> list[str]:
    return stored.split() if stored is not None else stems(text)


def _contains(tokens: list[str], phrase: list[str]) -> bool:
    size = len(phrase)
    return any(tokens[i : i + size] == phrase for i in range(len(tokens) - size + 1))


def describe(speaker_name: str | None, topic: str | None) -> str:
    """'Pete Hegseth on NATO', 'Pete Hegseth', 'NATO (any speaker)'."""
    if speaker_name and topic:
        return f"{speaker_name} on {topic}"
    return speaker_name or f"{topic} (any speaker)"


__all__ = ["FollowRequest", "describe", "on_topic", "read_follow", "topic_terms"]
