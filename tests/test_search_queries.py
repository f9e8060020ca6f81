"""Query understanding, the pure parts: 'who VERB ...', titles and their near-synonyms,
names and words being typed (inline), statements whose cue is the verb asked about, and
chatter in group replies. Table-driven, with negative rows."""

from __future__ import annotations

from datetime import date

import pytest

from bot.models import SpeakerRecord, StoredStatement
from bot.search.chatter import is_chatter, strip_chatter
from bot.search.matching import term_score
from bot.search.query import parse_query
from bot.search.rank import make_terms, rank
from bot.search.speakers import SpeakerIndex
from bot.search.verbs import cue_root, preferred_cue
from bot.store.port import Phrase
from bot.store.sqlite.fts import fts_phrase

TODAY = date(2025, 3, 12)


@pytest.mark.parametrize(
    ("text", "topic", "cue"),
    [
        ("who called Trump supporters deplorables", ["trump", "supporters", "deplorables"],
         "call"),
        ("Who warned about Russia?", ["russia"], "warn"),
        ("who denied the report", ["report"], "deny"),
        ("who claimed victory", ["victory"], "claim"),
        ("who has criticized the tariffs", ["tariffs"], "criticize"),
        ("who ruled out NATO membership", ["nato", "membership"], "rule"),
        ("who called for a ceasefire", ["ceasefire"], "call"),
        ("which senator slammed the deal", ["deal"], "slam"),
        ("who excoriated the press", ["press"], None),  # unknown verb: the topic still
        ("who said the war must end soon", ["war", "end", "soon"], None),  # 'said': no cue
    ],
)
def test_who_verb_reads_the_rest_as_topic(text: str, topic: list[str], cue: str | None) -> None:
    query = parse_query(text, today=TODAY)
    assert query.asks_who and query.speaker_slot is None
    assert (query.topic, query.cue_verb) == (topic, cue)


@pytest.mark.parametrize(
    ("text", "slot", "topic"),
    [
        # negative rows: no verb of saying after 'who', so no 'who' question
        ("who is hegseth", None, []),
        ("who ruled nato", None, []),  # 'rule' reports speech only as 'ruled out'
        ("whose troops", None, []),
    ],
)
def test_who_without_a_speech_verb(text: str, slot: str | None, topic: list[str]) -> None:
    query = parse_query(text, today=TODAY)
    assert not query.asks_who
    assert (query.speaker_slot, query.topic) == (slot, topic)


@pytest.mark.parametrize(
    ("text", "slot", "topic", "cue"),
    [
        ("what did Trump call Clinton", "trump", ["clinton"], "call"),
        ("did the defense secretary rule out NATO", "defense secretary", ["nato"], "rule"),
        ("has Hegseth warned about Russia", "hegseth", ["russia"], "warn"),
        ("what did Hegseth say on NATO", "hegseth", ["nato"], None),
        # negative row: 'state' is a verb, but 'the' names no one; the next verb decides
        ("what did the state department say", "state department", [], None),
    ],
)
def test_did_x_verb(text: str, slot: str, topic: list[str], cue: str | None) -> None:
    query = parse_query(text, today=TODAY)
    assert (query.speaker_slot, query.topic, query.cue_verb) == (slot, topic, cue)


@pytest.mark.parametrize(
    ("cue", "root"),
    [("said", "say"), ("ruled out", "rule"), ("has warned", "warn"), ("denied", "deny"),
     ("called", "call"), ("quipped", "quip"), (None, None), ("according to", None)],
)
def test_cue_roots(cue: str | None, root: str | None) -> None:
    assert cue_root(cue) == root


def test_generic_verbs_prefer_no_cue() -> None:
    assert [preferred_cue(v) for v in ("said", "told", "warned", "blasted")] == [
        None, None, "warn", "blast"]


def statement(sid: int, quote: str, cue: str, kind: str = "direct") -> StoredStatement:
    return StoredStatement(id=sid, article_id=1, speaker="X", kind=kind, quote=quote,
                           context=quote, cue=cue, article_title="t")


def test_statements_with_the_asked_cue_rank_first() -> None:
    said = statement(1, "Russia is a threat to Europe", "said")
    warned = statement(2, "Russia is a threat to us all", "warned", kind="indirect")
    terms = make_terms(["russia"], [])
    assert [h.statement.id for h in rank([said, warned], terms, None)] == [1, 2]
    assert [h.statement.id for h in rank([said, warned], terms, None, "warn")] == [2, 1]
    assert all(0 <= h.score <= 1 for h in rank([said, warned], terms, None, "warn"))


SPEAKERS = [
    SpeakerRecord(id=1, name="Pete Hegseth", titles=["U.S. Secretary of Defense"],
                  aliases=["Hegseth", "the secretary"], statement_count=6),
    SpeakerRecord(id=2, name="Alan Petrov", titles=["FBI Director"], statement_count=2),
    SpeakerRecord(id=3, name="Victor Crane", titles=["Republican nominee"],
                  statement_count=2),
    SpeakerRecord(id=4, name="Klara Vogt", titles=["German Finance Minister"],
                  statement_count=3),
    SpeakerRecord(id=5, name="Hegel Brandt", titles=["spokesman"], statement_count=1),
]


@pytest.mark.parametrize(
    ("slot", "ids"),
    [
        ("the defense secretary", [1]),
        ("defense chief", [1]),
        ("us defense chief", [1]),
        ("the pentagon chief", [1]),
        ("pentagon head", [1]),
        ("defence secretary", [1]),
        ("the fbi director", [2]),
        ("fbi chief", [2]),
        ("the republican nominee", [3]),
        ("finance minister", [4]),
        ("german finance chief", [4]),
        ("finance ministry head", [4]),
        # negative rows: a head word alone describes no one; other offices stay apart
        ("the chief", None),
        ("treasury chief", None),
        ("democratic nominee", None),
        ("pentagon spokesman", None),
    ],
)
def test_titles_and_near_synonyms(slot: str, ids: list[int] | None) -> None:
    found = SpeakerIndex(SPEAKERS).match_slot(slot)
    assert (found.speaker_ids if found else None) == ids


@pytest.mark.parametrize(
    ("typed", "ids"),
    [("heg", [1, 5]), ("hegs", [1]), ("pete heg", [1]), ("petr", [2]), ("vog", [4]),
     # negative rows: two letters are not enough; no name begins so
     ("he", None), ("xyz", None)],
)
def test_names_being_typed(typed: str, ids: list[int] | None) -> None:
    index = SpeakerIndex(SPEAKERS)
    found = index.match_slot(typed, prefix=True)
    assert (found.speaker_ids if found else None) == ids



def test_three_letters_name_no_one_unless_typing() -> None:
    assert SpeakerIndex(SPEAKERS).match_slot("heg") is None


@pytest.mark.parametrize(
    ("text", "typing", "partial"),
    [("hegseth na", True, "na"), ("heg", True, "heg"), ("hegseth na", False, None),
     ("what did hegseth say about", True, None)],  # a stopword is no unfinished topic
)
def test_partial_word(text: str, typing: bool, partial: str | None) -> None:
    assert parse_query(text, today=TODAY, typing=typing).partial == partial


def test_prefix_terms_match_words_they_begin() -> None:
    (term,) = make_terms(["na"], [], partial="na")
    assert term.prefix == "na"
    assert term_score(term, ["the", "nato", "summit"]) == pytest.approx(0.9)
    assert term_score(term, ["nation"]) == pytest.approx(0.9)
    assert term_score(term, ["un", "banana"]) == 0.0  # the beginning of a word only
    (whole,) = make_terms(["nato"], [], partial="nato")
    assert term_score(whole, ["nato"]) == 1.0
    assert fts_phrase(Phrase(("na",), prefix=True)) == '"na" *'
    assert fts_phrase(Phrase(("negotiat",), prefix=True)) == '"negoti" *'  # Porter stems
    assert Phrase.of("na*") == Phrase(("na",))  # user text is never a prefix query


@pytest.mark.parametrize(
    ("text", "chatter"),
    [
        ("thanks 👍", True), ("lol", True), ("haha", True), ("ok", True), ("👍", True),
        ("thx!", True), ("great, thank you", True), ("thaaanks!!", True),
        ("hahahaha", True), ("LMAO", True), ("?", True), ("", True), ("cool cool", True),
        # negative rows: questions and topics are follow-ups
        ("trump war", False), ("what about Russia?", False), ("and on Ukraine", False),
        ("nato", False), ("thanks! what did Trump say on trade?", False),
        ("Hegseth on NATO", False),
    ],
)
def test_chatter(text: str, chatter: bool) -> None:
    assert is_chatter(text) is chatter


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("thanks! what about Russia?", "what about Russia?"),
        ("great, and Trump on trade?", "and Trump on trade?"),
        ("what about russia? thanks", "what about russia?"),
        # negative rows: chatter words inside the question stay
        ("Trump on the right", "Trump on the right"),
        ("what did Trump say about love", "what did Trump say about love"),
    ],
)
def test_strip_chatter(text: str, kept: str) -> None:
    assert strip_chatter(text) == kept
