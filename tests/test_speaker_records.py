"""One record per speaker (issue 11): names of one speaker join, in an article and
across the store; two people sharing a surname never do. Made-up articles only."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest
from test_search_data import make_article, make_extraction

from bot.article import parse_article
from bot.extraction import extract
from bot.extraction.article_speakers import one_speaker_each
from bot.extraction.one_speaker import Record, merges, shared_surnames
from bot.extraction.same_speaker import (
    PersonName,
    acronym,
    initials,
    match_key,
    person_evidence,
    person_name,
    same_person,
)
from bot.models import Extraction, Speaker, Statement
from bot.search import search
from bot.store import Store
from bot.store.port import Phrase, TextQuery


@pytest.mark.parametrize(("name", "parts"), [
    ("Bill de Blasio", PersonName(("bill",), "de blasio")),
    ("De Blasio", PersonName((), "de blasio")),
    ("Mr. Burton", PersonName((), "burton")),
    ("Sen. Dan Burton", PersonName(("dan",), "burton")),
    ("Paul D. Ryan", PersonName(("paul",), "ryan")),
    ("Al Gore", PersonName(("al",), "gore")),  # a given name that is also a particle
    ("Donald Trump Jr.", PersonName(("donald",), "trump", "jr")),
    ("W.C. Fields", PersonName(("w.c",), "fields")),  # initials are no surname alone
    ("Marine Le Pen", PersonName(("marine",), "le pen")),
    ("John F.", None),  # an initial last
    ("CNN", None),
    ("the Guardian", None),
    ("Rubio's", None),
    ("police", None),
    ("Oz TV", None),
])
def test_person_name(name: str, parts: PersonName | None) -> None:
    assert person_name(name) == parts


@pytest.mark.parametrize(("a", "b", "same"), [
    ("Hillary Rodham Clinton", "Hillary Clinton", True),
    ("Paul D. Ryan", "Paul Ryan", True),
    ("Bill Clinton", "Hillary Clinton", False),
    ("Donald Trump", "Donald Trump Jr.", False),
    ("Gary Johnson", "Ron Johnson", False),
    ("W.C. Fields", "Michelle Fields", False),
    ("De Blasio", "Bill de Blasio", False),  # a surname is no full name's variant
])
def test_same_person(a: str, b: str, same: bool) -> None:
    first, second = person_name(a), person_name(b)
    assert first is not None and second is not None
    assert same_person(first, second) is same


@pytest.mark.parametrize(("name", "letters", "spelled", "key"), [
    ("IMF", "IMF", None, "i:imf"),
    ("U.N.", "UN", None, "i:un"),
    ("the International Monetary Fund", None, "IMF", "i:imf"),
    ("Department of Justice", None, "DJ", "i:dj"),
    ("Bill de Blasio", None, "BB", "s:de blasio"),  # a person: the surname is the key
    ("the pressure group", None, None, ""),
])
def test_acronyms_and_initials(name: str, letters: str | None, spelled: str | None,
                               key: str) -> None:
    assert acronym(name) == letters
    assert initials(name) == spelled
    assert match_key(name, is_org=name.startswith("the I")) == key


@pytest.mark.parametrize(("titles", "aliases", "evidence"), [
    (["Atlantic Port Mayor"], [], True),
    ([], ["Mr. Hollande"], True),
    ([], ["the Herald"], False),
    (["leaders said the situation in the"], [], None),  # mis-split text is no title
    ([], [], None),
])
def test_person_evidence(titles: list[str], aliases: list[str], evidence: bool | None) -> None:
    name = "Herald" if "the Herald" in aliases else "Hollande"
    assert person_evidence(name, titles, aliases) is evidence


def _r(name: str, is_org: bool = False, weight: int = 1, person: bool | None = None) -> Record:
    return Record(name, name, is_org, weight, person)


# (records, acronym definitions, expected joins)
MERGES = [
    ([_r("De Blasio"), _r("Bill de Blasio")], {}, {"De Blasio": "Bill de Blasio"}),
    ([_r("Mr. Burton"), _r("Burton"), _r("Dan Burton")], {},
     {"Mr. Burton": "Dan Burton", "Burton": "Dan Burton"}),
    ([_r("Hillary Rodham Clinton", weight=1), _r("Hillary Clinton", weight=9)], {},
     {"Hillary Rodham Clinton": "Hillary Clinton"}),
    ([_r("IMF"), _r("the International Monetary Fund")], {"IMF": {"international monetary fund"}},
     {"IMF": "the International Monetary Fund"}),
    ([_r("NWF"), _r("National Wildlife Federation", is_org=True)], {},
     {"NWF": "National Wildlife Federation"}),  # initials of an organisation
    # negative rows
    ([_r("Johnson"), _r("Gary Johnson"), _r("Ron Johnson")], {}, {}),
    ([_r("Trump"), _r("Donald Trump Jr.")], {}, {}),  # the suffix differs
    ([_r("Georgia"), _r("Dan Georgia")], {}, {}),  # a place, not a surname
    ([_r("Herald", person=False), _r("Dan Herald")], {}, {}),  # 'the Herald'
    ([_r("Facebook"), _r("Bush Facebook")], {}, {}),  # no given name, no title
    ([_r("ZTA"), _r("Zachary Thomas Ames")], {}, {}),  # a person's initials
    ([_r("ZTA"), _r("Zeta Trade Alliance")], {}, {}),  # not an organisation, not defined
    ([_r("HP"), _r("Harbor Press", is_org=True)], {}, {}),  # two letters: definition only
    ([_r("AC"), _r("Avon Council", is_org=True), _r("Avon Club", is_org=True)],
     {"AC": {"avon council", "avon club"}}, {}),  # two organisations: neither
    ([_r("John Smith"), _r("John Paul Smith"), _r("John Adam Smith")], {}, {}),
]


@pytest.mark.parametrize(("records", "defined", "joins"), MERGES)
def test_merges(records: list[Record], defined: dict[str, set[str]],
                joins: dict[str, str]) -> None:
    assert merges(records, defined) == joins


def test_shared_surnames() -> None:
    assert shared_surnames([_r("Gary Johnson"), _r("Ron Johnson"), _r("Dan Burton")]) == {
        "johnson"}
    assert shared_surnames([_r("Hillary Rodham Clinton"), _r("Hillary Clinton")]) == set()


ARTICLE = """City budget fight goes on

Mayor Bill de Blasio defended the budget on Monday. "We will not cut schools," de Blasio said.

"The numbers add up," De Blasio told reporters later.

Rep. Dan Burton criticised the plan. "It is a mess," Mr. Burton said.

The International Monetary Fund (IMF) warned about city debt. "Growth is slowing," the IMF said.

"We need jobs," Hillary Rodham Clinton said in Ohio. "Jobs now," Hillary Clinton said.
"""


def test_article_names_one_speaker_once() -> None:
    extraction = extract(parse_article(ARTICLE, title="t"))
    said = {s.quote.strip(' ,."'): s.speaker for s in extraction.statements}
    assert said["The numbers add up"] == "Bill de Blasio"
    assert said["It is a mess"] == "Dan Burton"
    assert said["Growth is slowing"] == "International Monetary Fund"
    assert said["We need jobs"] == said["Jobs now"] == "Hillary Rodham Clinton"
    speakers = {s.name: s for s in extraction.speakers}
    assert "De Blasio" in speakers["Bill de Blasio"].aliases
    assert "IMF" in speakers["International Monetary Fund"].aliases
    assert speakers["International Monetary Fund"].is_org
    assert not {"De Blasio", "IMF", "Mr. Burton", "Hillary Clinton"} & set(speakers)


def _statement(speaker: str, text: str, quote: str) -> Statement:
    start = text.index(quote)
    return Statement(speaker=speaker, kind="direct", quote=quote, context=quote,
                     spans=[(start, start + len(quote))])


@pytest.mark.parametrize(("mentioned", "johnson_joins"), [
    ("Gary Johnson and Ron Johnson spoke.", False),  # two Johnsons in the article
    ("Ron Johnson spoke.", True),
])
def test_a_surname_joins_only_the_one_person_the_article_names(
        mentioned: str, johnson_joins: bool) -> None:
    text = f"Vote\n\n{mentioned} \"Yes,\" Ron Johnson said. \"No,\" Johnson said.\n"
    article = make_article(text)
    statements = [_statement("Ron Johnson", text, "Yes,"), _statement("Johnson", text, "No,")]
    speakers = one_speaker_each(article, statements,
                                [Speaker(name="Ron Johnson"), Speaker(name="Johnson")], {})
    assert (statements[1].speaker == "Ron Johnson") is johnson_joins
    assert len(speakers) == (1 if johnson_joins else 2)


@pytest.fixture
async def store(tmp_path: Path) -> AsyncIterator[Store]:
    opened = await Store.open(tmp_path / "speakers.db")
    try:
        yield opened
    finally:
        await opened.close()


def _said(number: int, speaker: str, quote: str,
          aliases: dict[str, str] | None = None) -> Extraction:
    text = f"Story {number}\n\n\"{quote}\" {speaker} said on the budget.\n"
    return make_extraction(text, [(speaker, "direct", quote)], aliases=aliases)


async def _load(store: Store, *said: tuple[str, str]) -> None:
    for number, (speaker, quote) in enumerate(said):
        await store.add_extraction(_said(number, speaker, quote))


async def _records(store: Store) -> dict[str, tuple[int, list[str]]]:
    return {s.name: (s.statement_count, s.aliases) for s in await store.speakers()}


# (speakers of consecutive articles, records expected: name -> statement count)
STORE_CASES = [
    ([("De Blasio", "Schools first."), ("Bill de Blasio", "Budget now.")], {"Bill de Blasio": 2}),
    ([("Bill de Blasio", "Budget now."), ("De Blasio", "Schools first.")], {"Bill de Blasio": 2}),
    ([("Mr. Burton", "A mess."), ("Dan Burton", "Vote no.")], {"Dan Burton": 2}),
    ([("Dan Burton", "Vote no."), ("Mr. Burton", "A mess.")], {"Dan Burton": 2}),
    ([("Hillary Clinton", "Jobs."), ("Hillary Clinton", "More jobs."),
      ("Hillary Rodham Clinton", "Jobs now.")], {"Hillary Clinton": 3}),
    # negative rows: two Johnsons, a bare Johnson stays apart (either order)
    ([("Gary Johnson", "Lower taxes."), ("Ron Johnson", "Hold firm."), ("Johnson", "Maybe.")],
     {"Gary Johnson": 1, "Ron Johnson": 1, "Johnson": 1}),
    ([("Johnson", "Maybe."), ("Gary Johnson", "Lower taxes."), ("Ron Johnson", "Hold firm.")],
     {"Gary Johnson": 1, "Ron Johnson": 1, "Johnson": 1}),
    ([("Donald Trump Jr.", "Dad wins."), ("Trump", "We win.")],
     {"Donald Trump Jr.": 1, "Trump": 1}),
]


@pytest.mark.parametrize(("said", "expected"), STORE_CASES)
async def test_store_keeps_one_record_per_speaker(
        store: Store, said: list[tuple[str, str]], expected: dict[str, int]) -> None:
    await _load(store, *said)
    records = await _records(store)
    assert {name: count for name, (count, _) in records.items()} == expected
    assert await store.speaker_duplicates() == []
    budget = (Phrase(("budget",)),)  # in every statement's paragraph
    for speaker in await store.speakers():  # the index follows the statements
        ids = await store.find_statement_ids(TextQuery((budget,), speaker_ids=(speaker.id,)), 50)
        assert len(ids) == speaker.statement_count


async def test_a_second_person_with_the_surname_takes_the_surname_back(store: Store) -> None:
    await _load(store, ("Charlie King", "Fix the roads."), ("Mr. King", "Roads first."))
    assert {n: c for n, (c, _) in (await _records(store)).items()} == {"Charlie King": 2}
    await _load(store, ("Peter King", "Not now."))
    assert {n: c for n, (c, _) in (await _records(store)).items()} == {
        "Charlie King": 1, "Peter King": 1, "Mr. King": 1}


async def test_an_acronym_defined_in_an_article_joins_its_organisation(store: Store) -> None:
    await store.add_extraction(_said(1, "IMF", "Growth slows."))
    await store.add_extraction(_said(
        2, "International Monetary Fund", "Debt rises.",
        aliases={"IMF": "International Monetary Fund"}))
    records = await _records(store)
    assert list(records) == ["International Monetary Fund"]
    assert records["International Monetary Fund"] == (2, ["IMF"])


async def test_an_acronym_nobody_defines_stays_apart(store: Store) -> None:
    await _load(store, ("ZTA", "Trade is up."), ("Zachary Thomas Ames", "Trade is down."))
    assert set(await _records(store)) == {"ZTA", "Zachary Thomas Ames"}


async def test_search_finds_the_joined_person_by_either_name(store: Store) -> None:
    await _load(store, ("De Blasio", "The subway budget is fair."),
                ("Bill de Blasio", "The subway needs money."))
    for query in ("what did de Blasio say on the subway",
                  "what did Bill de Blasio say on the subway"):
        outcome = await search(store, query)
        assert {h.statement.speaker for h in outcome.hits} == {"Bill de Blasio"}, query
        assert outcome.total == 2, query


async def test_rows_stored_before_the_match_keys_are_joined_on_the_next_write(
        store: Store) -> None:
    for name in ("Rubio", "Marco Rubio"):  # rows as a store older than migration 008 has them
        await store._db.execute(
            "INSERT INTO speakers (name, name_key, statement_count) VALUES (?, ?, 0)",
            (name, name.lower()))
    await _load(store, ("Ann Lee", "Hello."))
    records = await _records(store)
    assert set(records) == {"Marco Rubio", "Ann Lee"}
    assert records["Marco Rubio"] == (0, ["Rubio"])
