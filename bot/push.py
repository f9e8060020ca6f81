"""Pushes: which chats get a message about a newly stored article (issue 14).

Whichever process stores an article (`onrecord load`, Telegram /load, a queue worker)
calls `queue_pushes` right after the write (bot.ingest.write): every chat with a follow
matching one of the article's statements gets one push row per article in the store's
outbox, listing the matching statements. The running bot sends them (handlers/push.py).
An outbox in the store rather than a send from the loading process, because the CLI and
a worker have no Telegram bot, because the row is what makes "never twice" hold across
reloads, restarts and replicas (UNIQUE chat and article), and because a push not yet sent
when the bot stops is still there when it starts again.
"""

from __future__ import annotations

import logging
from collections import defaultdict
from collections.abc import Callable, Sequence

from bot.follows import StatementWords, on_topic, topic_terms
from bot.models import StoredStatement
from bot.search.rank import Term
from bot.store.port import Follow, NewPush, Store

log = logging.getLogger(__name__)

# Called (no arguments) after pushes were queued in this process: a sender running here
# (handlers/push.py) starts at once instead of at its next poll.
LISTENERS: list[Callable[[], None]] = []


async def queue_pushes(store: Store, article_ids: Sequence[int]) -> int:
    """Queue the pushes new articles call for; how many were queued."""
    if not article_ids:
        return 0
    statements = await store.get_statements(await store.article_statement_ids(article_ids))
    speakers = {s.speaker_id for s in statements if s.speaker_id is not None}
    follows = await store.follows_for(speakers)
    if not follows:
        return 0
    terms: dict[str, list[Term]] = {}
    for topic in {f.topic for f in follows if f.topic}:
        terms[topic] = await topic_terms(store, topic)
    pushes = matches(follows, statements, terms)
    queued = await store.add_pushes(pushes)
    for listener in list(LISTENERS):
        listener()
    log.info("queued %d pushes for %d articles", queued, len(article_ids))
    return queued


def matches(follows: Sequence[Follow], statements: Sequence[StoredStatement],
            terms: dict[str, list[Term]]) -> list[NewPush]:
    """One push per chat and article: the statements any of the chat's follows match,
    in article order. Each (speaker, topic) pair is tested once per statement, however
    many chats follow it."""
    chats: dict[tuple[int | None, str | None], list[int]] = defaultdict(list)
    for follow in follows:
        chats[(follow.speaker_id, follow.topic)].append(follow.chat_id)
    by_speaker: dict[int | None, list[str | None]] = defaultdict(list)
    for speaker_id, topic in chats:
        by_speaker[speaker_id].append(topic)
    wanted: dict[tuple[int, int], set[int]] = defaultdict(set)
    for s in statements:
        found = StatementWords.of(s)
        keys: list[tuple[int | None, str | None]] = [(None, t) for t in by_speaker[None]]
        if s.speaker_id is not None:
            keys += [(s.speaker_id, t) for t in by_speaker.get(s.speaker_id, [])]
        for speaker_id, topic in keys:
            if topic is None or on_topic(terms[topic], found):
                for chat in chats[(speaker_id, topic)]:
                    wanted[(chat, s.article_id)].add(s.id)
    return [NewPush(chat, article, tuple(sorted(ids)))
            for (chat, article), ids in sorted(wanted.items())]
