"""One contract for both stores (bot/store/port.py): every operation the bot uses, on
SQLite and on PostgreSQL (tests/store_backends.py says which server, and when a missing
one skips or fails). Self-contained: the articles are made up here."""

from __future__ import annotations

import asyncio
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from store_backends import Backend, backend, pg_backend, pg_database, store  # noqa: F401
from test_search_data import make_extraction
from test_speaker_records import STORE_CASES, _said

from bot.models import Extraction, Speaker
from bot.search import search
from bot.store.port import BackupNotSupported, Phrase, Scope, Store, TextQuery
from bot.text import stems


def corpus() -> list[Extraction]:
    """Four articles: Hegseth on NATO and troops (Xinhua, Feb 2025), Trump on the
    alliance (Politico, 2016), Ann Lee on negotiations, Hegseth with troops in the
    paragraph only."""
    hegseth = [Speaker(name="Pete Hegseth", aliases=["Hegseth"], title="Secretary of Defense")]
    one = make_extraction(
        'NATO talks\n\n"NATO membership is not realistic," Pete Hegseth said.\n\n'
        '"Troops must be European," Hegseth said.',
        [("Pete Hegseth", "direct", "NATO membership is not realistic,"),
         ("Pete Hegseth", "direct", "Troops must be European,")],
        speakers=hegseth, aliases={"NATO": "North Atlantic Treaty Organization"},
        source="Xinhua", published=datetime(2025, 2, 13, tzinfo=UTC), url="https://x.test/1")
    two = make_extraction(
        'Alliance\n\n"The North Atlantic Treaty Organization is obsolete," Donald Trump said.',
        [("Donald Trump", "direct", "The North Atlantic Treaty Organization is obsolete,")],
        source="Politico", published=datetime(2016, 3, 28, tzinfo=UTC))
    two.statements[0].said_on = date(2016, 3, 27)
    three = make_extraction(
        'Talks\n\n"Negotiations will continue," Ann Lee said on Monday.',
        [("Ann Lee", "direct", "Negotiations will continue,")])
    three.statements[0].said_on = None
    four = make_extraction(
        'Poland\n\n"We stand firm," Pete Hegseth said of the troops in Poland.',
        [("Pete Hegseth", "direct", "We stand firm,")], speakers=hegseth)
    four.statements[0].said_on = date(2025, 3, 1)
    return [one, two, three, four]


def words(*alternatives: str, prefix: bool = False) -> tuple[Phrase, ...]:
    """One term: its alternative phrases."""
    return tuple(Phrase(tuple(a.lower().split()), prefix) for a in alternatives)


async def quotes(opened: Store, query: TextQuery, ranked: bool = False) -> list[str]:
    ids = await opened.find_statement_ids(query, 50, ranked=ranked)
    return [s.quote for s in await opened.get_statements(ids)]


async def test_migrations_are_applied_once(backend: Backend) -> None:  # noqa: F811
    async with await backend.open() as first:
        assert await first.applied_migrations() == backend.migrations
    async with await backend.open() as again:
        assert await again.applied_migrations() == backend.migrations


async def test_loading_and_reading(store: Store) -> None:  # noqa: F811
    assert await store.article_count() == 0 and (await store.stats()).last_load is None
    results = await store.add_extractions(corpus())
    assert [(r.article_id, r.created, r.statement_count) for r in results] == [
        (1, True, 2), (2, True, 1), (3, True, 1), (4, True, 1)]
    assert results[0].speakers == ["Pete Hegseth"]
    stats = await store.stats()
    assert (stats.articles, stats.statements, stats.speakers) == (4, 5, 3)
    assert stats.last_load is not None
    first = await store.get_statement(1)
    assert first is not None and first.speaker == "Pete Hegseth" and first.source == "Xinhua"
    assert first.said_on == date(2025, 2, 12) and first.url == "https://x.test/1"
    assert first.quote_words == " ".join(stems(first.quote))
    assert await store.get_statement(99) is None
    assert [s.id for s in await store.get_statements([4, 99, 1])] == [4, 1]
    listed = await store.list_articles(limit=3)
    assert [a.id for a in listed] == [4, 3, 2] and listed[2].statement_count == 1
    assert [a.id for a in await store.list_articles(limit=2, offset=3)] == [1]
    summary = await store.article_summary(1)
    assert summary is not None and summary.statement_count == 2
    assert await store.article_summary(99) is None and await store.article_count() == 4
    hashes = [e.article.content_hash for e in corpus()[:2]]
    assert await store.known_hashes([*hashes, "nope"]) == set(hashes)
    assert await store.sources() == ["Politico", "Test Wire", "Xinhua"]
    speakers = {s.name: s for s in await store.speakers()}
    assert {n: s.statement_count for n, s in speakers.items()} == {
        "Pete Hegseth": 3, "Donald Trump": 1, "Ann Lee": 1}
    assert speakers["Pete Hegseth"].titles == ["Secretary of Defense"]
    assert await store.aliases_for(["nato"]) == [("NATO", "North Atlantic Treaty Organization")]
    assert await store.aliases_for(["north atlantic treaty organization"]) != []


async def test_an_article_stored_before_adds_nothing(store: Store) -> None:  # noqa: F811
    first = (await store.add_extractions(corpus()[:1]))[0]
    again = make_extraction('Other text\n\n"Yes," Ann Lee said.', [("Ann Lee", "direct", "Yes,")],
                            url="https://x.test/1")
    twice = make_extraction('New\n\n"No," Ann Lee said.', [("Ann Lee", "direct", "No,")])
    results = await store.add_extractions([corpus()[0], again, twice, twice])
    assert [(r.article_id, r.created) for r in results] == [
        (first.article_id, False), (first.article_id, False), (2, True), (2, False)]
    assert results[0].statement_count == 2 and (await store.stats()).statements == 3


async def test_full_text_queries(store: Store) -> None:  # noqa: F811
    await store.add_extractions(corpus())
    nato = TextQuery((words("nato", "north atlantic treaty organization"),))
    assert set(await quotes(store, nato)) == {
        "NATO membership is not realistic,",
        "The North Atlantic Treaty Organization is obsolete,"}
    assert await store.count_matches(nato, 50) == 2 and await store.count_matches(nato, 1) == 1
    assert await quotes(store, TextQuery((words("treaty organization"),))) == [
        "The North Atlantic Treaty Organization is obsolete,"]
    assert await quotes(store, TextQuery((words("organization treaty"),))) == []  # a phrase
    typing = TextQuery((words("negotiat", prefix=True),))
    assert await quotes(store, typing) == ["Negotiations will continue,"]
    assert await quotes(store, TextQuery((words("na", prefix=True),))) == [
        "NATO membership is not realistic,"]
    assert await quotes(store, TextQuery((words("negotiat"),))) == []  # whole words only
    troops = TextQuery((words("troops"),))
    assert await quotes(store, troops) == ["We stand firm,", "Troops must be European,"]
    assert await quotes(store, TextQuery(troops.terms, quote_only=True)) == [
        "Troops must be European,"]
    both = TextQuery((words("troops"), words("poland")), match_all=True)
    assert await quotes(store, both) == ["We stand firm,"]
    assert len(await quotes(store, TextQuery(both.terms))) == 2  # any of the terms
    hegseth = [s.id for s in await store.speakers() if s.name == "Pete Hegseth"]
    firm = TextQuery((words("firm", "obsolete"),), speaker_ids=tuple(hegseth))
    assert await quotes(store, firm) == ["We stand firm,"]
    feb = Scope(since=date(2025, 2, 1), until=date(2025, 3, 1))
    assert await quotes(store, TextQuery(troops.terms, scope=feb)) == [
        "Troops must be European,"]
    assert await store.count_matches(TextQuery(troops.terms, scope=feb), 50) == 1
    politico = TextQuery(nato.terms, scope=Scope(sources=("politico",)))
    assert await quotes(store, politico, ranked=True) == [
        "The North Atlantic Treaty Organization is obsolete,"]
    best = await store.find_statement_ids(TextQuery((words("troops", "firm"),)), 1)
    assert best in ([2], [5])
    for syntax in ('NEAR("a"', "nato*", '"b" OR', "quote:", "speaker_ref", "&|!<->:*"):
        query = TextQuery(((Phrase((syntax,)),),))
        assert await store.find_statement_ids(query, 10) in ([], [1])
        assert await store.count_matches(query, 10) in (0, 1)
    assert await store.find_statement_ids(TextQuery(()), 10) == []
    assert await store.count_matches(TextQuery(((),)), 10) == 0


async def test_a_speakers_latest_statements(store: Store) -> None:  # noqa: F811
    await store.add_extractions(corpus())
    ids = {s.name: s.id for s in await store.speakers()}
    both = [ids["Pete Hegseth"], ids["Ann Lee"]]
    assert await store.speaker_statement_ids(both, 10) == [5, 2, 1, 4]  # undated last
    assert await store.speaker_statement_ids(both, 2) == [5, 2]
    feb = Scope(since=date(2025, 2, 1), until=date(2025, 3, 1), sources=("Xinhua",))
    assert await store.speaker_statement_ids(both, 10, feb) == [2, 1]
    assert await store.speaker_statement_ids([], 10) == []


async def test_find_speakers_allows_typos(store: Store) -> None:  # noqa: F811
    await store.add_extractions(corpus())
    assert [s.name for s in await store.find_speakers("hegset")][:1] == ["Pete Hegseth"]
    assert [s.name for s in await store.find_speakers("Donald Trunp")][:1] == ["Donald Trump"]
    assert await store.find_speakers("Zelensky") == []
    assert await store.find_speakers("") == []


async def test_a_failed_load_leaves_nothing(store: Store) -> None:  # noqa: F811
    extractions = corpus()
    extractions[1].statements[0].kind = "shouted"  # type: ignore[assignment]  # CHECK
    with pytest.raises(Exception, match=r"(?i)check"):
        await store.add_extractions(extractions)
    stats = await store.stats()
    assert (stats.articles, stats.statements, stats.speakers) == (0, 0, 0)
    assert await store.speakers() == [] and await store.sources() == []
    assert await store.find_statement_ids(TextQuery((words("nato"),)), 10) == []
    assert all(r.created for r in await store.add_extractions(corpus()))


async def test_forgetting_an_article(store: Store) -> None:  # noqa: F811
    await store.add_extractions(corpus())
    assert await store.sources() == ["Politico", "Test Wire", "Xinhua"]
    assert await store.delete_article(2) and not await store.delete_article(2)
    assert await store.sources() == ["Test Wire", "Xinhua"]
    assert "Donald Trump" not in {s.name for s in await store.speakers()}
    assert await quotes(store, TextQuery((words("obsolete"),))) == []
    assert await store.delete_article(1)
    assert await store.aliases_for(["nato"]) == []
    assert [(s.name, s.statement_count) for s in await store.speakers()] == [
        ("Pete Hegseth", 1), ("Ann Lee", 1)]


async def test_concurrent_loads_take_turns(store: Store) -> None:  # noqa: F811
    extractions = [make_extraction(f'Item {i}\n\n"Point {i}," Ann Lee said.',
                                   [("Ann Lee", "direct", f"Point {i},")]) for i in range(8)]
    results = await asyncio.gather(*(store.add_extraction(e) for e in extractions))
    assert sorted(r.article_id for r in results) == list(range(1, 9))
    assert [s.statement_count for s in await store.speakers()] == [8]


async def test_saved_queries_and_context(store: Store) -> None:  # noqa: F811
    await store.add_extractions(corpus())
    first = await store.save_query("what did Hegseth say on NATO")
    other = await store.save_query("hegseth troops")
    assert await store.save_query("what did Hegseth say on NATO") == first != other
    assert await store.saved_query(first) == "what did Hegseth say on NATO"
    assert await store.saved_query(999) is None
    assert await store.prune_saved_queries() == 0
    assert await store.prune_saved_queries(datetime.now(UTC) + timedelta(seconds=5)) == 2
    assert await store.saved_query(other) is None
    context = await store.statement_context(2)
    assert context is not None and context.article_title == "NATO talks"
    assert context.paragraph == '"Troops must be European," Hegseth said.'
    assert await store.statement_context(99) is None


async def test_display_backfill_operations(store: Store) -> None:  # noqa: F811
    await store.add_extractions(corpus())
    assert await store.articles_missing_display() == [1, 2, 3, 4]
    spans = await store.statement_spans(1)
    assert [(i, kind) for i, kind, _ in spans] == [(1, "direct"), (2, "direct")]
    assert spans[0][2] and all(len(span) == 2 for span in spans[0][2])
    text = await store.article_text(1)
    assert text is not None and text[0].startswith("NATO talks") and text[1]
    assert await store.article_text(99) is None
    await store.set_displays([(1, "“NATO membership is not realistic,” Pete Hegseth said."),
                              (2, "")])
    assert await store.articles_missing_display() == [2, 3, 4]
    shown = await store.get_statements([1, 2])
    assert [s.display for s in shown] == [
        "“NATO membership is not realistic,” Pete Hegseth said.", ""]


async def test_optimize_and_backup(store: Store, tmp_path: Path) -> None:  # noqa: F811
    await store.add_extractions(corpus())
    await store.optimize()
    target = tmp_path / "copy.db"
    try:
        await store.backup(target)
    except BackupNotSupported as exc:
        assert "pg_dump" in str(exc)
        return
    assert target.stat().st_size > 0


async def test_another_process_writing_refreshes_the_caches(
        backend: Backend) -> None:  # noqa: F811
    async with await backend.open() as reader, await backend.open() as writer:
        assert await reader.speakers() == [] and await reader.sources() == []
        assert (await search(reader, "what did Hegseth say on NATO")).hits == []
        before = await reader.speakers()
        assert await reader.speakers() is before  # unchanged: the same list
        await writer.add_extractions(corpus()[:2])
        assert {s.name for s in await reader.speakers()} == {"Pete Hegseth", "Donald Trump"}
        assert await reader.sources() == ["Politico", "Xinhua"]
        assert (await search(reader, "what did Hegseth say on NATO")).hits
        await writer.add_extractions(corpus()[3:4])  # another source: both read again
        speakers, sources = await reader.catalog()
        assert speakers == await reader.speakers() and sources == await reader.sources()
        assert sources == ["Politico", "Test Wire", "Xinhua"] and len(speakers) == 2
        await reader.add_extractions(corpus()[2:3])  # its own write: patched, not reloaded
        assert {s.name for s in await writer.speakers()} >= {"Ann Lee"}
        assert await writer.delete_article(2)
        assert "Donald Trump" not in {s.name for s in await reader.speakers()}


@pytest.mark.parametrize(("said", "expected"), STORE_CASES)
async def test_one_record_per_speaker(
        store: Store, said: list[tuple[str, str]], expected: dict[str, int]) -> None:  # noqa: F811
    for number, (speaker, quote) in enumerate(said):
        await store.add_extraction(_said(number, speaker, quote))
    assert {s.name: s.statement_count for s in await store.speakers()} == expected
    assert await store.speaker_duplicates() == []
    budget = (Phrase(("budget",)),)  # in every statement's paragraph
    for speaker in await store.speakers():  # the index follows the statements
        query = TextQuery((budget,), speaker_ids=(speaker.id,))
        assert await store.count_matches(query, 50) == speaker.statement_count


async def test_search_answers_on_every_backend(store: Store) -> None:  # noqa: F811
    await store.add_extractions(corpus())
    outcome = await search(store, "what did Hegseth say on NATO")
    assert [h.statement.quote for h in outcome.hits][:1] == ["NATO membership is not realistic,"]
    typed = await search(store, "hegseth na", typing=True)
    assert typed.hits and typed.hits[0].statement.id == 1
    dated = await search(store, "Hegseth on troops in March 2025", today=date(2025, 6, 1))
    assert [h.statement.quote for h in dated.hits] == ["We stand firm,"]
    none = await search(store, "what did Zelensky say")
    assert none.notice == "No statement by Zelensky found."


def test_a_missing_server_skips_except_in_ci(monkeypatch: pytest.MonkeyPatch) -> None:
    from postgres_server import skip_or_fail

    monkeypatch.delenv("CI", raising=False)
    monkeypatch.delenv("ONRECORD_TEST_DATABASE_URL", raising=False)
    with pytest.raises(pytest.skip.Exception, match="start PostgreSQL"):
        skip_or_fail("PostgreSQL at x does not answer")
    monkeypatch.setenv("CI", "true")
    with pytest.raises(pytest.fail.Exception, match="must run"):
        skip_or_fail("PostgreSQL at x does not answer")


async def test_quote_only_counts_ranks_and_prefixes(store: Store) -> None:  # noqa: F811
    """The quote alone (PostgreSQL: its own column, migration 011) in every full-text
    operation: counted, ranked, newest first, with a prefix, narrowed to a speaker."""
    await store.add_extractions(corpus())
    troops = TextQuery((words("troops"),), quote_only=True)
    assert await store.count_matches(troops, 50) == 1
    assert await quotes(store, troops, ranked=True) == ["Troops must be European,"]
    assert await quotes(store, TextQuery((words("europ", prefix=True),), quote_only=True)) == [
        "Troops must be European,"]
    hegseth = tuple(s.id for s in await store.speakers() if s.name == "Pete Hegseth")
    poland = TextQuery((words("poland"),), speaker_ids=hegseth)
    assert await quotes(store, poland) == ["We stand firm,"]  # in its paragraph
    assert await store.count_matches(TextQuery(poland.terms, speaker_ids=hegseth,
                                               quote_only=True), 50) == 0


async def test_postgres_plans_each_search_for_its_words(pg_backend: Backend) -> None:  # noqa: F811
    """Every pooled PostgreSQL session plans each query for its own words (no generic
    plan of a prepared statement) and compiles nothing (bot/store/postgres/connection.py
    SESSION_SETTINGS); the server's settings stay as they are."""
    async with await pg_backend.open() as opened:
        rows = await opened._rows(  # type: ignore[attr-defined]
            "SELECT current_setting('plan_cache_mode'), current_setting('jit'),"
            " (SELECT boot_val FROM pg_settings WHERE name = 'plan_cache_mode')")
        assert tuple(rows[0]) == ("force_custom_plan", "off", "auto")


async def test_a_question_looks_once_whether_another_process_wrote(
        store: Store, monkeypatch: pytest.MonkeyPatch) -> None:  # noqa: F811
    await store.add_extractions(corpus())
    looks = []
    changed = store._catalog_changed  # type: ignore[attr-defined]

    async def counted(since: float | None = None) -> bool:
        looks.append(1)
        return bool(await changed(since))

    monkeypatch.setattr(store, "_catalog_changed", counted)
    assert (await search(store, "what did Hegseth say on NATO")).hits
    assert len(looks) == 1


async def test_look_ups_bring_their_statements(store: Store) -> None:  # noqa: F811
    """find_statements, find_newest_statements and speaker_statements give the rows of
    the id look-ups, in their order (PostgreSQL: in the same statement)."""
    await store.add_extractions(corpus())
    ids = {s.name: s.id for s in await store.speakers()}
    hegseth = (ids["Pete Hegseth"],)
    troops = (words("troops", "nato", "negotiations"),)
    for query in (TextQuery(troops), TextQuery(troops, quote_only=True),
                  TextQuery(troops, speaker_ids=hegseth),
                  TextQuery((words("troops"), words("poland")), match_all=True),
                  TextQuery(troops, scope=Scope(sources=("xinhua",))), TextQuery(())):
        for limit in (1, 2, 50):
            for ranked in (True, False):
                expected = await store.get_statements(
                    await store.find_statement_ids(query, limit, ranked))
                assert await store.find_statements(query, limit, ranked) == expected
            newest = await store.get_statements(await store.find_newest_ids(query, limit))
            assert await store.find_newest_statements(query, limit) == newest
    both = [ids["Pete Hegseth"], ids["Ann Lee"]]
    latest = await store.speaker_statements(both, 3, Scope(since=date(2025, 1, 1)))
    assert [s.id for s in latest] == await store.speaker_statement_ids(
        both, 3, Scope(since=date(2025, 1, 1)))
    assert [s.quote for s in await store.find_newest_statements(TextQuery(troops), 2)] == [
        "Negotiations will continue,", "Troops must be European,"]  # in the quote first
    assert await store.speaker_statements([], 5) == []


async def test_a_question_on_an_old_catalog_is_answered_again(
        backend: Backend) -> None:  # noqa: F811
    """Search answers with the speakers and sources as last read while it looks whether
    another process wrote; when one did, the question is answered again with them."""
    async with await backend.open() as reader, await backend.open() as writer:
        await writer.add_extractions(corpus()[:1])
        assert (await search(reader, "what did Hegseth say on NATO")).hits
        old = reader.cached_catalog()
        assert old is not None and [s.name for s in old[0]] == ["Pete Hegseth"]
        await writer.add_extractions(corpus()[2:3])  # a new speaker, no outlet
        outcome = await search(reader, "what did Ann Lee say on negotiations")
        assert [h.statement.quote for h in outcome.hits] == ["Negotiations will continue,"]
        assert reader.cached_catalog() != old
        again = await search(reader, "what did Ann Lee say on negotiations")
        assert again == outcome


async def test_a_nothing_notice_reuses_the_latest_read(
        store: Store, monkeypatch: pytest.MonkeyPatch) -> None:  # noqa: F811
    """'Nothing from X on Y; X spoke on: ...' lists topics from the speaker's latest
    statements, which the search has read already when it read them store-wide; with a
    date it reads them again (the search's were of that period only)."""
    await store.add_extractions(corpus())
    asked = []
    latest = store.speaker_statements

    async def counted(*args: object, **kwargs: object) -> object:
        asked.append(args)
        return await latest(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(store, "speaker_statements", counted)
    nothing = await search(store, "what did Hegseth say about climate")
    assert nothing.notice == ("Nothing from Pete Hegseth on climate;"
                              " Pete Hegseth spoke on: European, Poland.")
    assert len(asked) == 1
    dated = await search(store, "what did Hegseth say about climate in 2016")
    assert dated.notice is not None and "spoke on: European, Poland." in dated.notice
    assert len(asked) == 3
