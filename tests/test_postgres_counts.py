"""PostgreSQL search specifics: capped counts answered from the table's statistics
(bot/store/postgres/counts.py) and speakers searched one at a time (speakers.py) give
what counting and one look-up give."""

from __future__ import annotations

from dataclasses import replace

import pytest
from store_backends import Backend, pg_backend, pg_database  # noqa: F401
from test_store_contract import corpus, words

from bot.models import Extraction
from bot.store.port import Phrase, Scope, TextQuery
from bot.store.postgres import newest, speakers, text
from bot.store.postgres.counts import common_candidates

NATO = words("nato", "north atlantic treaty organization")
TROOPS = words("troops")


@pytest.mark.parametrize(("query", "expected"), [
    (TextQuery((NATO,)), ["nato"]),  # the phrase of four words bounds nothing
    (TextQuery((NATO, TROOPS)), ["nato", "troops"]),  # any of them
    (TextQuery((TROOPS,), match_all=True), ["troops"]),  # one term: any of its phrases
    (TextQuery((words("white house"),)), []),  # two tokens
    (TextQuery((NATO, TROOPS), match_all=True), []),  # every term: no bound
    (TextQuery((words("na", prefix=True),)), []),
    (TextQuery((TROOPS,), speaker_ids=(1,)), []),
    (TextQuery((TROOPS,), scope=Scope(sources=("Xinhua",))), []),
    (TextQuery(((Phrase(("troops",)), Phrase(("troops",))),)), ["troops"]),
])
def test_words_whose_counts_bound_the_query(query: TextQuery, expected: list[str]) -> None:
    assert common_candidates(query) == expected


async def test_counts_from_statistics_are_the_counts(pg_backend: Backend) -> None:  # noqa: F811
    async with await pg_backend.open() as store:
        await store.add_extractions(corpus())
        await store.optimize()  # ANALYZE: 'said' is in the statistics, in every row
        common = store._common  # type: ignore[attr-defined]
        said = await common.most_rows(store._rows, "tsv", ["said", "nowhere"])  # type: ignore[attr-defined]
        assert said >= 4  # so counts up to 2 are answered from the statistics
        for query, exact in [(TextQuery((words("said"),)), 5),
                             (TextQuery((words("said"),), quote_only=True), 0),
                             (TextQuery((NATO,)), 2),
                             (TextQuery((words("poland"), NATO)), 3),
                             (TextQuery((words("nowhere"),)), 0)]:
            for cap in range(1, 7):
                assert await store.count_matches(query, cap) == min(exact, cap), (query, cap)


PLANS = [speakers.ROWS, speakers.EACH, speakers.INDEX]


@pytest.mark.parametrize("plan", PLANS)
async def test_a_look_up_inside_speakers_finds_their_matches(
        pg_backend: Backend, monkeypatch: pytest.MonkeyPatch, plan: str) -> None:  # noqa: F811
    """A look-up narrowed to speakers, their rows checked one by one, one GIN scan per
    speaker or one for all (speakers.speaker_plan), finds the same statements: ranked,
    newest first, or newest first with the quote's matches before the rest."""
    monkeypatch.setattr(text, "speaker_plan", lambda *_: plan)
    async with await pg_backend.open() as store:
        await store.add_extractions(corpus())
        hegseth = tuple(s.id for s in await store.speakers() if s.name == "Pete Hegseth")
        for query, expected, quote_first in [
                (TextQuery((TROOPS,), speaker_ids=hegseth), [5, 2], [2, 5]),
                (TextQuery((TROOPS,), speaker_ids=hegseth, quote_only=True), [2], [2, 5]),
                (TextQuery((NATO,), speaker_ids=hegseth), [1], [1]),
                (TextQuery((words("obsolete"),), speaker_ids=hegseth), [], [])]:
            assert await store.find_statement_ids(query, 10, ranked=False) == expected
            assert sorted(await store.find_statement_ids(query, 10)) == sorted(expected)
            assert await store.find_newest_ids(query, 10) == quote_first
            assert await store.find_newest_ids(query, 1) == quote_first[:1]


@pytest.mark.parametrize("plan", PLANS)
@pytest.mark.parametrize("query", [
    TextQuery((NATO, TROOPS)),  # any term: every statement but Ann Lee's
    TextQuery((NATO, TROOPS), quote_only=True),
    TextQuery((NATO, TROOPS), match_all=True),
    TextQuery((words("said"),)),
    TextQuery((NATO,), scope=Scope(sources=("Xinhua",))),
    TextQuery((words("obsolete"),)),
])
async def test_every_speaker_one_by_one_finds_what_the_whole_store_finds(
        pg_backend: Backend, monkeypatch: pytest.MonkeyPatch,  # noqa: F811
        query: TextQuery, plan: str) -> None:
    """Narrowed to every speaker (one named twice), a look-up gives the store-wide
    look-up's statements in its order at every limit, whichever the plan: one scan
    per speaker keeps each one's best `limit`, which hold the best `limit` of all."""
    monkeypatch.setattr(text, "speaker_plan", lambda *_: plan)
    async with await pg_backend.open() as store:
        await store.add_extractions(corpus())
        ids = tuple(s.id for s in await store.speakers())
        narrowed = replace(query, speaker_ids=(*ids, ids[0]))
        for limit in range(7):
            for ranked in (True, False):
                assert (await store.find_statement_ids(narrowed, limit, ranked) ==
                        await store.find_statement_ids(query, limit, ranked)), (limit, ranked)
            assert (await store.find_newest_ids(narrowed, limit) ==
                    await store.find_newest_ids(query, limit)), limit


@pytest.mark.parametrize(("rows", "entries", "count", "expected"), [
    (354, 97_263, 7, speakers.ROWS),  # 'timing': 275 entries a row
    (1_199, 79_430, 23, speakers.EACH),  # 66 entries a row but more than 1,000 rows
    (50, 2_501, 1, speakers.ROWS),
    (50, 2_500, 1, speakers.EACH),  # not above 50 entries a row
    (1_199, 30_099, 23, speakers.EACH),  # 'vote' in quotes: 25 a row
    (3_001, 100_000, 60, speakers.INDEX),  # too many rows to read, too many speakers
    (3_001, 100_000, 40, speakers.EACH),
    (2_519, 33_263, 51, speakers.INDEX),  # 'hoped': 13 a row, 51 speakers, 652 a speaker
    (4_846, 782_661, 95, speakers.EACH),  # 'nation' at 10M: 8,239 entries a speaker
    (3_001, 119_999, 60, speakers.INDEX),  # one entry a speaker short of 2,000
    (3_001, 120_000, 60, speakers.EACH),
    (50, None, 1, speakers.EACH),  # words the statistics cannot count
    (5_000, None, 41, speakers.INDEX),
])
def test_how_a_look_up_inside_speakers_is_made(
        rows: int, entries: float | None, count: int, expected: str) -> None:
    assert speakers.speaker_plan(rows, entries, count) == expected


@pytest.mark.parametrize("bits", [newest.PERIOD_BITS, 1])
@pytest.mark.parametrize("window", [0, 1, 2, 3, 4, 50_000])
async def test_the_newest_window_finds_the_newest_matches(
        pg_backend: Backend, monkeypatch: pytest.MonkeyPatch, window: int,  # noqa: F811
        bits: int) -> None:
    """Newest first over the whole store asks the periods of the latest `window` ids
    first and the rest only when they hold too few (newest.py): the newest matches
    whatever the window and the periods' size (2 ids: some windows hold too few), with
    or without a scope."""
    monkeypatch.setattr(newest, "PERIOD_BITS", bits)
    async with await pg_backend.open() as store:
        await store.add_extractions(corpus())
        monkeypatch.setattr(newest, "WINDOW", 50_000)
        queries = [TextQuery((TROOPS,)), TextQuery((NATO,)), TextQuery((NATO, TROOPS)),
                   TextQuery((TROOPS,), quote_only=True),
                   TextQuery((NATO, TROOPS), scope=Scope(sources=("Xinhua",))),
                   TextQuery((words("obsolete"),))]
        expected = [await store.find_statement_ids(q, 10, ranked=False) for q in queries]
        assert expected[0] == sorted(expected[0], reverse=True) and len(expected[2]) >= 3
        monkeypatch.setattr(newest, "WINDOW", window)
        for query, everything in zip(queries, expected, strict=True):
            for limit in range(len(everything) + 2):
                found = await store.find_statement_ids(query, limit, ranked=False)
                assert found == everything[:limit], (query, window, limit)


def copies(times: int) -> list[Extraction]:
    """The corpus again, as other articles."""
    found = []
    for number in range(times):
        for extraction in corpus():
            article = extraction.article.model_copy(update={
                "content_hash": f"{extraction.article.content_hash}{number}",
                "url": f"https://x.test/again/{number}/{extraction.article.title}"})
            found.append(extraction.model_copy(update={"article": article}))
    return found


async def test_rows_written_after_the_newest_id_was_read_are_found(
        pg_backend: Backend, monkeypatch: pytest.MonkeyPatch) -> None:  # noqa: F811
    """The window's periods come from the newest id as last read (again after a
    minute); statements written since, beyond them, are still the newest matches."""
    monkeypatch.setattr(newest, "PERIOD_BITS", 1)
    query = TextQuery((TROOPS,))
    async with await pg_backend.open() as store:
        await store.add_extractions(corpus())
        assert await store.find_statement_ids(query, 10, ranked=False) == [5, 2]  # 5 read
        await store.add_extractions(copies(3))  # periods of 2 ids: 0-7 in the window
        cached = [await store.find_statement_ids(query, n, ranked=False) for n in range(10)]
        store._newest = newest.NewestId()  # type: ignore[attr-defined]  # read again
        assert cached == [await store.find_statement_ids(query, n, ranked=False)
                          for n in range(10)]
        assert len(cached[9]) == 8 and cached[9][0] > 8  # beyond the window's periods


@pytest.mark.parametrize(("matches", "share", "total", "expected"), [
    (None, 1.0, 1e6, newest.WINDOW),  # words the statistics do not know: as before
    (None, 1 / 12, 1e6, None),  # ... and no window for an outlet
    (83_000, None, 1e7, None),  # an outlet the statistics do not keep
    (83_000, 1.0, 1e7, newest.WINDOW),  # common: 50,000 ids hold ~415 matches
    (83_000, 1 / 12, 1e7, 433_734),  # from one outlet of twelve: 3 x 100 expected
    (2_000, 1.0, 1e7, 1_500_000),  # rarer: a wider window
    (2_000, 1 / 12, 1e7, None),  # half the store or more: the look-up over all of it
    (0, 1.0, 1e6, None),
])
def test_the_window_holds_three_times_the_limit_by_the_statistics(
        matches: float | None, share: float | None, total: float, expected: int | None) -> None:
    assert newest.window_size(matches, share, total, 100) == expected
