"""The pure parts of search: query parsing, FTS expressions, speaker matching, ranking."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot.models import SpeakerRecord, StoredStatement
from bot.search.matching import topic_score
from bot.search.query import MAX_TERMS, parse_query
from bot.search.rank import make_terms, rank
from bot.search.speakers import SpeakerIndex
from bot.search.topics import frequent_topics
from bot.store.port import Phrase, TextQuery
from bot.store.sqlite.fts import fts_expression, fts_phrase
from bot.text import collapse_abbreviations, name_key, stem, stems, words


@pytest.mark.parametrize(
    ("text", "slot", "strict", "topic"),
    [
        ("What did Hegseth say on NATO?", "hegseth", True, ["nato"]),
        ("did Pete Hegseth talk about the borders", "pete hegseth", True, ["borders"]),
        (
            "what has the defense secretary said regarding troops",
            "defense secretary",
            True,
            ["troops"],
        ),
        ("what did Zelensky say", "zelensky", True, []),
        ("Hegseth on pre-2014 borders", "hegseth", False, ["pre", "2014", "borders"]),
        ("hegset nato", None, False, []),
        # a modal that is also a name, alone in a speaker slot, is the name (Theresa May)
        ("what did May say about Brexit", "may", True, ["brexit"]),
        ("did May talk about the vote", "may", True, ["vote"]),
        ("May on Brexit", "may", False, ["brexit"]),
        # negative rows: not alone in a slot, or in free words, it is a modal
        ("did Trump say he will win", "trump", True, ["win"]),
        ("Trump on what may come", "trump", False, ["come"]),
        ("may brexit", None, False, []),
    ],
)
def test_parse_speaker_and_topic(
    text: str, slot: str | None, strict: bool, topic: list[str]
) -> None:
    query = parse_query(text)
    assert query.speaker_slot == slot
    assert query.strict_slot is strict
    assert query.topic == topic


def test_parse_who_said() -> None:
    query = parse_query("Who said the war must end soon?!")
    assert query.asks_who and query.speaker_slot is None
    assert query.topic == ["war", "end", "soon"]


def test_parse_free_words_drop_stopwords_and_cap() -> None:
    assert parse_query("the Hegseth   NATO …").words == ["hegseth", "nato"]
    assert len(parse_query(" ".join(f"w{i}" for i in range(100))).words) == MAX_TERMS
    assert parse_query("  ").is_empty and parse_query("what did say").is_empty


@given(st.text(max_size=400))
def test_fts_expression_is_only_quoted_words(text: str) -> None:
    query = parse_query(text)
    terms = tuple((Phrase((w,)),) for w in query.words)
    expression = fts_expression(TextQuery(terms, speaker_ids=(1,)))
    if expression is None:
        assert not query.words
        return
    inside = expression.replace("speaker_ref : (", "").replace("{quote context} : (", "")
    for part in inside.replace(")", "").split(" OR "):
        for phrase in part.split(" AND "):
            assert phrase.startswith('"') and phrase.endswith('"')
            assert '"' not in phrase[1:-1]


def test_fts_phrase() -> None:
    assert fts_phrase(Phrase(('NATO"', "OR", "*"))) == '"nato or"'
    north = Phrase.of("North Atlantic Treaty Organization")
    assert north is not None and fts_phrase(north) == '"north atlantic treaty organization"'
    assert Phrase.of("!!!") is None and fts_phrase(Phrase(("!!!",))) is None


def test_text_helpers() -> None:
    assert collapse_abbreviations("U.S. troops in the U.K.") == "US troops in the UK"
    assert words("Ukraine's pre-2014 borders") == ["ukraine", "pre", "2014", "borders"]
    assert [stem(w) for w in ["borders", "policies", "us", "peacekeepers", "status", "boxes"]] == [
        "border",
        "policy",
        "us",
        "peacekeeper",
        "status",
        "box",
    ]
    assert name_key("Donald J. Trump") == name_key("donald  trump") == "donald trump"


SPEAKERS = [
    SpeakerRecord(
        id=1,
        name="Pete Hegseth",
        titles=["U.S. Secretary of Defense"],
        aliases=["the secretary"],
        statement_count=3,
    ),
    SpeakerRecord(
        id=2, name="Donald Trump", titles=["President"], aliases=["Trump"], statement_count=2
    ),
    SpeakerRecord(
        id=3, name="Volodymyr Zelensky", titles=["Ukrainian President"], statement_count=0
    ),
]


@pytest.mark.parametrize(
    ("slot", "expected"),
    [
        ("hegseth", [1]),
        ("hegset", [1]),
        ("pete hegseth", [1]),
        ("defense secretary", [1]),
        ("secretary of defense", [1]),
        ("president", [2]),
        ("trump", [2]),
        ("zelensky", None),  # known name, never quoted
        ("putin", None),
        ("he", None),
    ],
)
def test_match_slot(slot: str, expected: list[int] | None) -> None:
    found = SpeakerIndex(SPEAKERS).match_slot(slot)
    assert (found.speaker_ids if found else None) == expected


def test_find_speaker_in_free_words() -> None:
    index = SpeakerIndex(SPEAKERS)
    found = index.find_in(["defense", "secretary", "peacekeepers"])
    assert found is not None and found.speaker_ids == [1] and (found.start, found.end) == (0, 2)
    found = index.find_in(["nato", "hegset"])
    assert found is not None and (found.start, found.end) == (1, 2)
    assert index.find_in(["nato", "defense"]) is None  # one title word alone is a topic
    assert index.find_in(["climate", "change"]) is None


def statement(id: int, quote: str, context: str = "", kind: str = "direct") -> StoredStatement:
    return StoredStatement(
        id=id,
        article_id=1,
        speaker="A",
        kind=kind,
        quote=quote,
        context=context or quote,  # type: ignore[arg-type]
        said_on=date(2025, 1, id),
        article_title="t",
    )


def test_aliases_join_and_expand_terms() -> None:
    aliases = [("NATO", "North Atlantic Treaty Organization"), ("G7", "Group of Seven")]
    terms = make_terms(["north", "atlantic", "treaty", "organization", "group", "seven"], aliases)
    assert [t.text for t in terms] == ["north atlantic treaty organization", "group of seven"]
    assert topic_score(terms[:1], statement(1, "NATO must stay strong.")) == 1.0
    nato = make_terms(["nato"], aliases)
    assert topic_score(nato, statement(2, "the North Atlantic Treaty Organization is here")) == 1.0


def test_topic_score_quote_context_and_typos() -> None:
    terms = make_terms(["peacekepers", "ukraine"], [])
    typo = topic_score(terms, statement(1, "peacekeepers to Ukraine"))
    assert 0.9 < typo < 1.0  # the typo counts a little less than an exact word
    only_context = statement(
        2, "it is unrealistic", context="borders of Ukraine are unrealistic, he said"
    )
    assert topic_score(make_terms(["ukraine"], []), only_context) == pytest.approx(0.6)
    assert topic_score(make_terms(["climate", "change"], []), statement(3, "war and peace")) == 0.0


def test_rank_orders_and_cuts() -> None:
    statements = [
        statement(1, "We talked about NATO.", kind="indirect"),
        statement(2, "NATO is strong."),
        statement(3, "Nothing relevant."),
        statement(4, "NATO NATO", kind="partial"),
    ]
    hits = rank(statements, make_terms(["nato"], []), None)
    assert [h.statement.id for h in hits] == [2, 4, 1]
    assert all(0 < h.score <= 1 for h in hits)
    assert [h.statement.id for h in rank(statements, [], 0.9)] == [3, 2, 4, 1]


def test_frequent_topics_skip_sentence_starts_and_own_name() -> None:
    statements = [
        statement(
            1, "Instead, NATO and Ukraine matter.", context="Hegseth said NATO and Ukraine matter."
        ),
        statement(2, "We back Ukraine and the European Union."),
    ]
    topics = frequent_topics(statements, ["Pete Hegseth"])
    assert topics[:2] == ["Ukraine", "NATO"]
    assert "Instead" not in topics and "Hegseth" not in topics and "We" not in topics
    assert "European Union" in topics


@pytest.mark.parametrize(("quotes", "own", "kept", "left_out"), [
    (["The IMF warned Britain on Tuesday.", "It said Brexit hurts Britain, the IMF said in March."],
     ["International Monetary Fund"], ["Britain", "Brexit"], ["IMF", "Tuesday", "March"]),
    (["We saw Theresa May meet Merkel on Friday."], ["Pete Hegseth"], ["Theresa May", "Merkel"],
     ["Friday"]),
    (["We heard Friday Jones speak to the FBI."], ["Pete Hegseth"], ["Friday Jones", "FBI"], []),
    (["The FBI and the IMF said so."], ["Federal Bureau of Investigation"], ["IMF"], ["FBI"]),
    (["He told The Washington Post and The Hill that Ohio matters."], ["Washington Post"],
     ["Hill", "Ohio"], ["The", "Washington Post", "The Hill"]),
    (["Mr. Trump and Mrs. Clinton met Rep. Ryan and Dr. Oz in Miss Universe's town."],
     ["Pete Hegseth"], ["Trump", "Clinton", "Ryan", "Oz", "Miss Universe"],
     ["Mr", "Mrs", "Rep", "Dr"]),
    (["The debate starts at 9 p.m. ET on NBC."], ["Pete Hegseth"], ["NBC"], ["ET"]),
])
def test_frequent_topics_leave_out_dates_and_own_acronym(
    quotes: list[str], own: list[str], kept: list[str], left_out: list[str],
) -> None:
    statements = [statement(i, q) for i, q in enumerate(quotes, 1)]
    topics = frequent_topics(statements, own)
    assert all(t in topics for t in kept), topics
    assert not any(t in topics for t in left_out), topics


def test_topic_score_same_with_stored_words() -> None:
    """Words stored at load time score exactly as words tokenised at query time."""
    plain_row = statement(1, "Peacekeepers to Ukraine's borders", context="NATO allies said")
    stored = plain_row.model_copy(update={
        "quote_words": " ".join(stems(plain_row.quote)),
        "context_words": " ".join(stems(plain_row.context))})
    for topic in (["peacekepers", "ukraine"], ["border"], ["nato", "ally"], ["climate"]):
        terms = make_terms(topic, [])
        assert topic_score(terms, stored) == topic_score(terms, plain_row)
