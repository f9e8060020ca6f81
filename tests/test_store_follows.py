"""The store's follows and push outbox (migration 010), on SQLite and PostgreSQL: the same
contract as tests/test_store_contract.py, with its made-up corpus."""

from __future__ import annotations

import asyncio

from store_backends import Backend, backend, pg_database, store  # noqa: F401
from test_store_contract import corpus

from bot.store.port import NewPush, Store


async def test_follow_once_list_and_unfollow(store: Store) -> None:  # noqa: F811
    hegseth, new = await store.add_follow(10, 1, "Pete Hegseth", "NATO")
    assert new and (hegseth.chat_id, hegseth.speaker_id, hegseth.topic) == (10, 1, "NATO")
    again, new = await store.add_follow(10, 1, "Pete Hegseth", "nato")  # same key
    assert not new and again == hegseth
    topic, _ = await store.add_follow(10, None, None, "tariffs")
    other, _ = await store.add_follow(11, 1, "Pete Hegseth", None)
    assert await store.chat_follows(10) == [hegseth, topic]
    assert await store.chat_follows(11) == [other]
    assert not await store.remove_follow(11, hegseth.id)  # another chat's follow
    assert await store.remove_follow(10, hegseth.id)
    assert await store.chat_follows(10) == [topic]
    assert await store.remove_chat_follows(11) == 1
    assert await store.chat_follows(11) == []


async def test_follows_for_speakers_include_topics_alone(store: Store) -> None:  # noqa: F811
    one, _ = await store.add_follow(1, 5, "A", None)
    two, _ = await store.add_follow(2, 6, "B", "x")
    topic, _ = await store.add_follow(3, None, None, "nato")
    assert await store.follows_for([5]) == [topic, one]
    assert sorted(f.id for f in await store.follows_for([5, 6, 7])) == [
        one.id, two.id, topic.id]
    assert await store.follows_for([]) == [topic]


async def test_statements_of_articles(store: Store) -> None:  # noqa: F811
    await store.add_extractions(corpus())
    assert await store.article_statement_ids([1]) == [1, 2]
    assert await store.article_statement_ids([4, 2]) == [3, 5]
    assert await store.article_statement_ids([99]) == []


async def test_a_push_is_queued_once_claimed_once_and_sent(store: Store) -> None:  # noqa: F811
    await store.add_extractions(corpus())
    first = NewPush(chat_id=10, article_id=1, statement_ids=(1, 2))
    assert await store.add_pushes([first, NewPush(11, 1, (1,))]) == 2
    assert await store.add_pushes([first, NewPush(10, 1, (2,))]) == 0  # never twice
    claimed = await store.claim_pushes(10, lease_seconds=60)
    assert [(p.chat_id, p.article_id, p.statement_ids, p.attempts) for p in claimed] == [
        (10, 1, (1, 2), 1), (11, 1, (1,), 1)]
    assert await store.claim_pushes(10, lease_seconds=60) == []  # leased
    await store.finish_push(claimed[0].id, "sent")
    await store.finish_push(claimed[1].id, "pending", retry_in=0)
    again = await store.claim_pushes(10, lease_seconds=60)
    assert [(p.chat_id, p.attempts) for p in again] == [(11, 2)]
    await store.finish_push(again[0].id, "dropped")
    assert await store.push_counts() == {"sent": 1, "dropped": 1}
    assert await store.add_pushes([first]) == 0  # sent is remembered


async def test_an_expired_lease_is_claimed_again(store: Store) -> None:  # noqa: F811
    await store.add_extractions(corpus())
    await store.add_pushes([NewPush(10, 2, (3,))])
    (taken,) = await store.claim_pushes(5, lease_seconds=0)  # the sender died at once
    (retaken,) = await store.claim_pushes(5, lease_seconds=60)
    assert retaken.id == taken.id and retaken.attempts == 2


async def test_two_handles_never_claim_the_same_push(backend: Backend) -> None:  # noqa: F811
    async with await backend.open() as one, await backend.open() as two:
        await one.add_extractions(corpus())
        await one.add_pushes([NewPush(chat, 1, (1,)) for chat in range(1, 41)])
        claims = await asyncio.gather(*(s.claim_pushes(7, 60) for s in (one, two) * 4))
        ids = [p.id for claim in claims for p in claim]
        assert sorted(ids) == list(range(1, 41))


async def test_forgetting_an_article_drops_its_pushes(store: Store) -> None:  # noqa: F811
    await store.add_extractions(corpus())
    await store.add_pushes([NewPush(10, 1, (1,)), NewPush(10, 2, (3,))])
    assert await store.delete_article(1)
    assert [p.article_id for p in await store.claim_pushes(10, 60)] == [2]


async def test_a_migrated_group_keeps_its_follows_and_pushes(store: Store) -> None:  # noqa: F811
    await store.add_extractions(corpus())
    await store.add_follow(-1, 1, "Pete Hegseth", None)
    await store.add_follow(-1, None, None, "nato")
    await store.add_follow(-2, None, None, "NATO")  # the new id follows it already
    await store.add_pushes([NewPush(-1, 1, (1,)), NewPush(-1, 2, (3,))])
    (sent,) = [p for p in await store.claim_pushes(1, 60) if p.article_id == 1]
    await store.finish_push(sent.id, "sent")
    assert await store.move_chat(-1, -2) == 1
    assert await store.chat_follows(-1) == []
    assert sorted((f.speaker_id or 0, f.topic or "") for f in await store.chat_follows(-2)) == [
        (0, "NATO"), (1, "")]
    assert [(p.chat_id, p.article_id) for p in await store.claim_pushes(10, 60)] == [(-2, 2)]
