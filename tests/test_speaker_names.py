"""One record per speaker (issue 11), the names' side: honorifics and titles are no part
of a stored name, apostrophes are one, a full name with an unknown given name can be a
person's, a surname joins a name with a suffix inside its article. Each case has its
negative rows: two people are never one. Made-up names only."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest
from test_search_data import make_article, make_extraction

from bot.extraction.article_speakers import one_speaker_each
from bot.extraction.one_speaker import Record, merges
from bot.extraction.same_speaker import person_name, without_honorifics
from bot.models import Extraction, Speaker, Statement
from bot.store import Store


@pytest.mark.parametrize(("name", "plain", "title"), [
    ("Sens. Jane Roe", "Jane Roe", "Sen."),  # a list of senators cut to one
    ("Reps. Dan Doe", "Dan Doe", "Rep."),
    ("Senators Carl E. Moss", "Carl E. Moss", "Senator"),
    ("Govs. Ann Lark", "Ann Lark", "Gov."),
    ("Fr. Frank Quill", "Frank Quill", "Fr."),
    ("Rev. Al Stone", "Al Stone", "Rev."),
    ("Dr. Ann Doe", "Ann Doe", "Dr."),
    ("Mr. Burrow", "Burrow", None),  # courtesy: no title
    ("Mrs. Roe's campaign", "Roe's campaign", None),
    ("Mr. de Vane", "De Vane", None),
    ("Messrs. Roe", "Roe", None),
    # negative rows: no name follows, a place or an initial is left, no honorific
    ("Senator from Texas", "Senator from Texas", None),
    ("Miss America", "Miss America", None),
    ("Gen Z", "Gen Z", None),
    ("Jane Roe", "Jane Roe", None),
    ("Senate Democrats", "Senate Democrats", None),
    ("Drs.", "Drs.", None),
])
def test_without_honorifics(name: str, plain: str, title: str | None) -> None:
    assert without_honorifics(name) == (plain, title)


@pytest.mark.parametrize(("a", "b", "same_surname"), [
    ("O'Dowd", "Jane O’Dowd", True),  # straight and curly apostrophes are one
    ("Sens. Jim Orr", "Jim Orr", True),
    ("O'Dowd", "Dowd", False),
    ("D'Arcy", "Darcy", False),
])
def test_surnames_compare_with_one_apostrophe(a: str, b: str, same_surname: bool) -> None:
    first, second = person_name(a), person_name(b)
    assert first is not None and second is not None
    assert (first.surname == second.surname) is same_surname


def _r(name: str, is_org: bool = False, weight: int = 1, person: bool | None = None) -> Record:
    return Record(name, name, is_org, weight, person)


# (records, expected joins) across the store
STORE_MERGES = [
    ([_r("O'Dowd"), _r("Jane O’Dowd")], {"O'Dowd": "Jane O’Dowd"}),
    ([_r("Sens. Rand Orr", weight=4), _r("Rand Orr")], {"Sens. Rand Orr": "Rand Orr"}),
    ([_r("Menard"), _r("Sens. Bob Menard")], {"Menard": "Sens. Bob Menard"}),
    # unknown given names: a particle surname, an initial or a suffix, or 'Mr. Verdy'
    ([_r("Le Gall"), _r("Marine Le Gall")], {"Le Gall": "Marine Le Gall"}),
    ([_r("Verdy"), _r("C. Stewart Verdy")], {"Verdy": "C. Stewart Verdy"}),
    ([_r("Verdy", person=True), _r("Stewart Verdy")], {"Verdy": "Stewart Verdy"}),
    # negative rows
    ([_r("Quill"), _r("Stewart Quill")], {}),  # unknown given name, nothing says person
    ([_r("Twitter"), _r("Wilayat Twitter")], {}),
    ([_r("Asian", person=True), _r("Central Asian")], {}),  # a modifier, no given name
    ([_r("Toomes", person=True), _r("Ohio Pat J. Toomes")], {}),  # a place first
    ([_r("Le Gall"), _r("Marine Le Gall"), _r("Yann Le Gall")], {}),  # two people
    ([_r("Hurt"), _r("Harry Hurt III")], {}),  # across articles: the namesake father?
    ([_r("Mr. Kemp"), _r("Dan Kemp"), _r("Ed Kemp")], {}),
    ([_r("O'Dowd"), _r("Dowd"), _r("Jane O’Dowd")], {"O'Dowd": "Jane O’Dowd"}),
]


@pytest.mark.parametrize(("records", "joins"), STORE_MERGES)
def test_store_merges(records: list[Record], joins: dict[str, str]) -> None:
    assert merges(records, {}) == joins


@pytest.mark.parametrize(("records", "others", "joins"), [
    ([_r("Hurt"), _r("Harry Hurt III")], [], {"Hurt": "Harry Hurt III"}),
    ([_r("Harley"), _r("Harry B. Harley Jr")], [], {"Harley": "Harry B. Harley Jr"}),
    # negative rows: the article names a namesake; the surname has its own suffix
    ([_r("Hurt"), _r("Harry Hurt III")], ["Harry Hurt Jr."], {}),
    ([_r("Hurt Jr."), _r("Harry Hurt III")], [], {}),
])
def test_in_an_article_a_surname_joins_the_one_name_with_a_suffix(
        records: list[Record], others: list[str], joins: dict[str, str]) -> None:
    people = [p for o in others if (p := person_name(o)) is not None]
    assert merges(records, {}, people, in_article=True) == joins


def _statement(speaker: str, text: str, quote: str) -> Statement:
    start = text.index(quote)
    return Statement(speaker=speaker, kind="direct", quote=quote, context=quote,
                     spans=[(start, start + len(quote))])


def test_an_article_names_its_speakers_without_honorifics() -> None:
    text = ("Vote\n\n\"Yes,\" said Sens. Jane Roe and Dan Doe. \"No,\" Mr. Kemp said. "
            "\"Maybe,\" Kemp said.\n")
    statements = [_statement("Sens. Jane Roe", text, "Yes,"),
                  _statement("Mr. Kemp", text, "No,"), _statement("Kemp", text, "Maybe,")]
    speakers = one_speaker_each(make_article(text), statements, [
        Speaker(name="Sens. Jane Roe"), Speaker(name="Mr. Kemp"), Speaker(name="Kemp")], {})
    assert [(s.speaker, s.speaker_title) for s in statements] == [
        ("Jane Roe", "Sen."), ("Kemp", None), ("Kemp", None)]
    by_name = {s.name: s for s in speakers}
    assert set(by_name) == {"Jane Roe", "Kemp"}
    assert by_name["Jane Roe"].title == "Sen." and by_name["Kemp"].aliases == ["Mr. Kemp"]


@pytest.mark.parametrize(("owners", "joins"), [
    (["Ann Fiorelli"], True),
    (["Ann Fiorelli", "Bea Fiorelli"], False),  # two people have the alias: neither
])
def test_a_surname_speaker_that_is_a_full_names_alias_is_that_person(
        owners: list[str], joins: bool) -> None:
    text = "Vote\n\n\"Yes,\" Ann Fiorelli said. \"No,\" a spokeswoman for Fiorelli said.\n"
    statements = [_statement("Ann Fiorelli", text, "Yes,"), _statement("Fiorelli", text, "No,")]
    speakers = [Speaker(name=n, aliases=["Fiorelli"]) for n in owners]
    speakers.append(Speaker(name="Fiorelli", is_org=True, aliases=["a spokeswoman for Fiorelli"]))
    one_speaker_each(make_article(text), statements, speakers, {})
    assert (statements[1].speaker == "Ann Fiorelli") is joins


@pytest.mark.parametrize(("text", "joins"), [
    # the namesake father is introduced only after the son's surname statements
    ("Rites\n\nThe pastor, Carl Elm III, spoke. \"He was great,\" Elm said.\n\n"
     "Elm's father, Carl Elm Jr., knew him.\n", True),
    # negative row: both are named before 'Elm said'
    ("Rites\n\nThe pastor, Carl Elm III, and his father Carl Elm Jr. spoke. "
     "\"He was great,\" Elm said.\n", False),
])
def test_a_namesake_named_after_the_surname_does_not_make_it_ambiguous(
        text: str, joins: bool) -> None:
    statements = [_statement("Elm", text, "He was great,")]
    one_speaker_each(make_article(text), statements,
                     [Speaker(name="Carl Elm III"), Speaker(name="Elm")], {})
    assert (statements[0].speaker == "Carl Elm III") is joins


@pytest.fixture
async def store(tmp_path: Path) -> AsyncIterator[Store]:
    opened = await Store.open(tmp_path / "names.db")
    try:
        yield opened
    finally:
        await opened.close()


def _said(number: int, speaker: str, quote: str, speakers: list[Speaker] | None = None,
          ) -> Extraction:
    text = f"Story {number}\n\n\"{quote}\" {speaker} said on the budget.\n"
    return make_extraction(text, [(speaker, "direct", quote)], speakers=speakers)


async def _records(store: Store) -> dict[str, int]:
    return {s.name: s.statement_count for s in await store.speakers()}


async def test_apostrophes_do_not_split_a_person_across_articles(store: Store) -> None:
    await store.add_extraction(_said(1, "O'Dowd", "Roads first."))
    await store.add_extraction(_said(2, "Jane O’Dowd", "Fix the roads."))
    assert await _records(store) == {"Jane O’Dowd": 2}


async def test_a_speaker_without_statements_gets_no_record(store: Store) -> None:
    await store.add_extraction(_said(1, "Ann Fiorelli", "Vote yes.", speakers=[
        Speaker(name="Ann Fiorelli", aliases=["Fiorelli"]), Speaker(name="Fiorelli")]))
    assert await _records(store) == {"Ann Fiorelli": 1}


async def test_rows_named_with_honorifics_lose_them_on_the_next_write(store: Store) -> None:
    # rows as a store written before names lost their honorifics has them
    await store.add_extraction(_said(1, "Sens. Jane Roe", "Vote no."))
    await store.add_extraction(_said(2, "Jane Roe", "Vote yes."))
    await store.add_extraction(_said(3, "Fr. Al Stone", "Pray."))
    await store._db.execute("UPDATE speakers SET match_key = NULL")  # migration 009
    await store.add_extraction(_said(4, "Dan Doe", "Hello."))
    records = {s.name: s for s in await store.speakers()}
    assert {n: s.statement_count for n, s in records.items()} == {
        "Jane Roe": 2, "Al Stone": 1, "Dan Doe": 1}
    assert "Sens. Jane Roe" in records["Jane Roe"].aliases
    assert records["Al Stone"].aliases == ["Fr. Al Stone"]
    assert records["Al Stone"].titles == ["Fr."]
    assert await store.speaker_duplicates() == []
