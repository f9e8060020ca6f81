"""Query understanding over a store (issue 12): dates and periods as filters, 'who VERB',
speakers named by a title or description, words being typed, over the seed and a
made-up campaign article (tests/articles/campaign_rally.txt). Table-driven."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import date
from pathlib import Path

import pytest

from bot.ingest import ingest
from bot.search import search
from bot.store import Store

ROOT = Path(__file__).resolve().parents[1]
SEED = next((ROOT / "seeds").glob("*.txt"))
CAMPAIGN = ROOT / "tests" / "articles" / "campaign_rally.txt"
SOON_AFTER = date(2025, 3, 12)  # the seed is from Feb 2025, the campaign from Sep 2024
LATER = date(2026, 12, 6)  # "February" alone is Feb 2026 now: nothing said then


@pytest.fixture
async def store(tmp_path: Path) -> AsyncIterator[Store]:
    opened = await Store.open(tmp_path / "understanding.db")
    for path in (SEED, CAMPAIGN):
        await ingest(opened, path.read_text(encoding="utf-8"))
    try:
        yield opened
    finally:
        await opened.close()


@pytest.mark.parametrize(
    ("query", "today", "speaker", "words"),
    [
        # dates and periods are filters, not topic words
        ("Hegseth on NATO in February", SOON_AFTER, "Pete Hegseth", "NATO"),
        ("Hegseth on NATO in February", LATER, "Pete Hegseth", "NATO"),  # latest with any
        ("hegseth nato 2025", LATER, "Pete Hegseth", "NATO"),
        ("what did Hegseth say on Feb 12 about troops", LATER, "Pete Hegseth", "troops"),
        ("Hegseth on NATO since January 2025", LATER, "Pete Hegseth", "NATO"),
        ("Petrov last year", SOON_AFTER, "Alan Petrov", ""),
        ("what did Petrov say on Thursday", SOON_AFTER, "Alan Petrov", "Thursday"),
        ("Crane on Vision 2020", SOON_AFTER, "Victor Crane", "Vision 2020"),
        # who VERB ...: the rest is the topic
        ("who called Trump supporters deplorables", LATER, "Helen Marsh", "deplorables"),
        ("who warned about hackers", LATER, "Alan Petrov", "hackers"),
        ("who denied foreign help", LATER, "Victor Crane", "foreign help"),
        ("who ruled out NATO membership for Ukraine", LATER, "Pete Hegseth", "NATO"),
        # a title or description instead of the name
        ("what did the defense secretary say on NATO", LATER, "Pete Hegseth", "NATO"),
        ("the Pentagon chief on NATO", LATER, "Pete Hegseth", "NATO"),
        ("U.S. defense chief on NATO", LATER, "Pete Hegseth", "NATO"),
        ("what did the FBI director say", LATER, "Alan Petrov", ""),
        ("the FBI chief on voter databases", LATER, "Alan Petrov", "voter databases"),
        ("the Republican nominee on foreign help", LATER, "Victor Crane", "foreign help"),
    ],
)
async def test_understood(store: Store, query: str, today: date, speaker: str,
                          words: str) -> None:
    outcome = await search(store, query, today=today)
    assert outcome.hits, outcome.notice
    top = outcome.hits[0].statement
    assert top.speaker == speaker
    assert words.lower() in f"{top.quote} {top.context}".lower()


async def test_who_verb_prefers_that_cue(store: Store) -> None:
    outcome = await search(store, "who called Trump supporters deplorables", today=LATER)
    assert outcome.hits[0].statement.cue == "called"


@pytest.mark.parametrize(
    ("query", "today", "notice"),
    [
        ("Hegseth on NATO in March", LATER, "Nothing from Pete Hegseth on NATO in March; "),
        ("hegseth nato 2024", LATER, "Nothing from Pete Hegseth on nato in 2024; "),
        ("Hegseth yesterday", LATER, "Nothing from Pete Hegseth on Dec 5, 2026; "),
        ("Petrov before 2020", LATER, "Nothing from Alan Petrov before Jan 1, 2020"),
        ("who called Hegseth a liar", LATER, "No statement on Hegseth liar found."),
        ("what did the Treasury chief say", LATER, "No statement by Treasury chief found."),
        ("the Pentagon spokesman on NATO", LATER, "No statement by Pentagon spokesman found."),
    ],
)
async def test_nothing_found_says_what_was_asked(store: Store, query: str, today: date,
                                                 notice: str) -> None:
    outcome = await search(store, query, today=today)
    assert outcome.hits == []
    assert (outcome.notice or "").startswith(notice), outcome.notice


@pytest.mark.parametrize(
    ("typed", "speaker", "words"),
    [
        ("heg", "Pete Hegseth", ""),
        ("hegseth na", "Pete Hegseth", "NATO"),
        ("hegseth peacek", "Pete Hegseth", "peacekeepers"),
        ("petro", "Alan Petrov", ""),
        ("what did hegseth say abo", "Pete Hegseth", ""),  # an unfinished stopword
        ("hegseth n", "Pete Hegseth", ""),  # one letter: read without it
        ("deplor", "Helen Marsh", "deplorables"),
    ],
)
async def test_typing(store: Store, typed: str, speaker: str, words: str) -> None:
    outcome = await search(store, typed, today=LATER, typing=True)
    assert outcome.hits, outcome.notice
    assert outcome.hits[0].statement.speaker == speaker
    assert words.lower() in outcome.hits[0].statement.quote.lower()


@pytest.mark.parametrize("typed", ["he", "na", "x", "qqq", "hegseth zzz"])
async def test_typing_never_makes_junk_of_a_few_letters(store: Store, typed: str) -> None:
    if typed == "hegseth zzz":  # an unknown word after a name: the name's statements
        outcome = await search(store, typed, today=LATER, typing=True)
        assert {h.statement.speaker for h in outcome.hits} == {"Pete Hegseth"}
        return
    assert (await search(store, typed, today=LATER, typing=True)).hits == []


@pytest.mark.parametrize("typed", ["heg", "hegseth na"])
async def test_prefixes_only_while_typing(store: Store, typed: str) -> None:
    assert (await search(store, typed, today=LATER)).hits == []
