"""Search over a store holding a hand-built copy of the seed's gold statements."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from test_search_data import gold_ids_for, load_gold, make_extraction, seed_extraction

from bot.models import Speaker
from bot.search import EMPTY_NOTICE, search
from bot.store import Store

GOLD = load_gold(module=True)


@pytest.fixture
async def store(tmp_path: Path) -> AsyncIterator[Store]:
    opened = await Store.open(tmp_path / "search.db")
    await opened.add_extraction(seed_extraction())
    try:
        yield opened
    finally:
        await opened.close()


@pytest.mark.parametrize("case", GOLD["queries"], ids=lambda c: c["q"])
async def test_gold_queries(store: Store, case: dict) -> None:
    outcome = await search(store, case["q"])
    if case.get("expect_none"):
        assert outcome.hits == [] and outcome.total == 0
        assert outcome.notice
        return
    assert outcome.hits, outcome.notice
    top = gold_ids_for(GOLD, outcome.hits[0].statement.quote)
    assert top & set(case["expect_any"]), (top, outcome.hits[0].statement.quote)


async def test_unknown_person_notice(store: Store) -> None:
    outcome = await search(store, "what did Zelensky say")
    assert outcome.notice == "No statement by Zelensky found."


async def test_known_speaker_absent_topic_lists_topics(store: Store) -> None:
    outcome = await search(store, "what did Hegseth say about climate change")
    assert outcome.notice is not None
    assert outcome.notice.startswith("Nothing from Pete Hegseth on climate change; ")
    assert "NATO" in outcome.notice and "Ukraine" in outcome.notice


@pytest.mark.parametrize(
    "query",
    [
        "HEGSETH NATO!!!",
        "did Hegseth talk about NATO?",
        "Pete Hegseth on the North Atlantic Treaty Organization",
        "hegseth's remarks on nato",
        "what did the secretary of defense say about NATO",
    ],
)
async def test_query_forms_find_hegseth_on_nato(store: Store, query: str) -> None:
    outcome = await search(store, query)
    assert outcome.hits, outcome.notice
    assert outcome.hits[0].statement.speaker == "Pete Hegseth"
    hit = outcome.hits[0].statement
    assert "NATO" in hit.quote or "North Atlantic" in hit.quote


async def test_speaker_only_lists_statements(store: Store) -> None:
    outcome = await search(store, "what did Trump say")
    assert outcome.total == 2
    assert {h.statement.speaker for h in outcome.hits} == {"Donald Trump"}
    assert outcome.hits[0].statement.kind == "direct"


async def test_paging(store: Store) -> None:
    first = await search(store, "Hegseth", limit=3)
    assert first.total == 8 and len(first.hits) == 3
    rest = await search(store, "Hegseth", limit=3, offset=6)
    assert rest.total == 8 and len(rest.hits) == 2 and rest.offset == 6
    seen = {h.statement.id for h in first.hits} | {h.statement.id for h in rest.hits}
    assert len(seen) == 5
    beyond = await search(store, "Hegseth", limit=3, offset=8)
    assert beyond.hits == [] and beyond.total == 8
    assert beyond.notice == "No more results: all 8 shown."


@pytest.mark.parametrize("query", ["", "   ", "\n\t", "?!", "what did say"])
async def test_empty_query_asks_for_one(store: Store, query: str) -> None:
    outcome = await search(store, query)
    assert outcome.hits == [] and outcome.notice == EMPTY_NOTICE


@pytest.mark.parametrize(
    "query",
    [
        'NATO" OR "x',
        "NEAR(nato ukraine, 2)",
        "nato* AND (ukraine OR NOT russia)",
        "quote:nato",
        "{quote context}: nato",
        "^nato",
        "🇺🇦 nato 🤝",
        "nato " * 2000,
        "x" * 4000,
    ],
)
async def test_fts_syntax_is_plain_text(store: Store, query: str) -> None:
    outcome = await search(store, query)
    assert outcome.query == query.strip()


async def test_topic_without_speaker(store: Store) -> None:
    outcome = await search(store, "peacekeepers")
    assert outcome.hits and "peacekeepers" in outcome.hits[0].statement.quote
    assert (await search(store, "climate change")).notice == "No statement on climate change found."


async def test_typo_in_topic(store: Store) -> None:
    outcome = await search(store, "Hegseth on peacekepers")
    assert outcome.hits and "peacekeepers" in outcome.hits[0].statement.quote


async def test_title_words_in_any_order(tmp_path: Path) -> None:
    text = (
        'Talks.\n\n"Rates stay put," said Central Bank Governor Ana Ruiz.\n\n'
        '"Exports grew," Trade Minister Bo Chen said.'
    )
    extraction = make_extraction(
        text,
        [("Ana Ruiz", "direct", "Rates stay put,"), ("Bo Chen", "direct", "Exports grew,")],
        speakers=[
            Speaker(name="Ana Ruiz", title="Central Bank Governor"),
            Speaker(name="Bo Chen", title="Trade Minister"),
        ],
    )
    async with await Store.open(tmp_path / "t.db") as store:
        await store.add_extraction(extraction)
        outcome = await search(store, "governor central bank rates")
        assert outcome.hits and outcome.hits[0].statement.speaker == "Ana Ruiz"
        outcome = await search(store, "what did the minister of trade say")
        assert outcome.hits and outcome.hits[0].statement.speaker == "Bo Chen"
        assert (await search(store, "what did Ruiz say about exports")).hits == []


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(text=st.text(max_size=300))
async def test_search_never_raises(store: Store, text: str) -> None:
    outcome = await search(store, text)
    assert outcome.total >= len(outcome.hits)
    assert outcome.hits or outcome.notice


async def test_expansion_with_small_words_finds_acronym(tmp_path: Path) -> None:
    text = (
        "Summit.\n\nLeaders of the Group of Seven (G7) met.\n\n"
        '"The G7 stands united," Mia Berg said.'
    )
    extraction = make_extraction(
        text, [("Mia Berg", "direct", "The G7 stands united,")], aliases={"G7": "Group of Seven"}
    )
    async with await Store.open(tmp_path / "g7.db") as store:
        await store.add_extraction(extraction)
        outcome = await search(store, "what did Berg say about the group of seven")
        assert outcome.hits and outcome.hits[0].statement.quote.startswith("The G7")


async def test_notice_keeps_the_name_as_written(store: Store) -> None:
    assert (await search(store, "what did McDonald say?")).notice == (
        "No statement by McDonald found."
    )
    assert (await search(store, "what did zelensky say")).notice == (
        "No statement by Zelensky found."
    )


async def test_speaker_total_counts_all_statements(tmp_path: Path) -> None:
    lines = [f'"Point number {i} stands," Ann Lee said.' for i in range(260)]
    text = "Many.\n\n" + "\n\n".join(lines)
    said = [("Ann Lee", "direct", f"Point number {i} stands,") for i in range(260)]
    async with await Store.open(tmp_path / "many.db") as store:
        await store.add_extraction(make_extraction(text, said))
        outcome = await search(store, "Ann Lee", limit=5, offset=250)
        assert outcome.total == 260 and len(outcome.hits) == 5
        topical = await search(store, "Ann Lee on point 7")
        assert topical.hits and "number 7 " in topical.hits[0].statement.quote


async def test_empty_store(tmp_path: Path) -> None:
    async with await Store.open(tmp_path / "empty.db") as empty:
        assert (await search(empty, "what did Hegseth say")).notice == (
            "No statement by Hegseth found."
        )
        assert (await search(empty, "nato")).notice == "No statement on nato found."
        assert (await search(empty, "")).notice == EMPTY_NOTICE


FTS_NOISE = st.lists(
    st.sampled_from(
        [
            '"',
            "*",
            "(",
            ")",
            ":",
            "^",
            "{",
            "}",
            "-",
            "+",
            "NEAR",
            "AND",
            "OR",
            "NOT",
            "nato",
            "Hegseth",
            "hegset",
            "'",
            "’",
            "\\",
            "\x00",
            "🙂",
            "quote:",
            "speaker_ref",
        ]
    ),
    max_size=40,
).map(" ".join)


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(text=FTS_NOISE)
async def test_fts_operators_never_raise(store: Store, text: str) -> None:
    outcome = await search(store, text, limit=3, offset=1)
    assert len(outcome.hits) <= 3
    assert outcome.hits or outcome.notice


async def test_one_title_word_names_the_speaker_when_nothing_else_fits(store: Store) -> None:
    outcome = await search(store, "secretary troops")
    assert outcome.hits and outcome.hits[0].statement.speaker == "Pete Hegseth"
    assert "troops" in outcome.hits[0].statement.quote
    plain_topic = await search(store, "nato peacekeepers")  # no title word: a plain topic
    assert plain_topic.hits and "peacekeepers" in plain_topic.hits[0].statement.quote
