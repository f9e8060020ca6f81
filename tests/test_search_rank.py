"""Ranking a speaker's statements that match a topic alike (issue 12): the one with the
word as asked comes first; the tie-breaker never outweighs a better match or a kind."""

from __future__ import annotations

from datetime import date

import pytest

from bot.models import StoredStatement
from bot.search.rank import make_terms, rank, speakers_first


def said(id: int, quote: str, kind: str = "indirect", day: int = 1) -> StoredStatement:
    return StoredStatement(id=id, article_id=id, speaker="A", speaker_id=1, kind=kind,
                           quote=quote, context=quote, said_on=date(2025, 1, day),
                           article_title="t")


@pytest.mark.parametrize(("query", "statements", "first"), [
    # the word as asked beats another form of it, whatever the date or id
    (["sign"], [said(1, "supporters show signs of life", day=9),
                said(2, "to sign up five million people")], 2),
    (["democrat"], [said(1, "Democrats pressure the moderators", day=9),
                    said(2, "the moderator is a Democrat")], 2),
    (["tax", "plans"], [said(1, "the tax plan is fair", day=9),
                        said(2, "his plans on tax are fair")], 2),
    # negative rows: a verbatim quote still beats a paraphrase; both exact: newer first;
    # a word matched in the quote beats one in the context only
    (["sign"], [said(1, "signs of life", kind="direct"), said(2, "they sign up")], 1),
    (["sign"], [said(1, "they sign up", day=9), said(2, "we sign here", day=2)], 1),
    (["signs"], [said(1, "they sign up", day=9),
                 StoredStatement(id=2, article_id=2, speaker="A", speaker_id=1,
                                 kind="indirect", quote="they agreed",
                                 context="signs were everywhere, they agreed",
                                 said_on=date(2025, 1, 1), article_title="t")], 1),
])
def test_word_as_asked_first(query: list[str], statements: list[StoredStatement],
                             first: int) -> None:
    hits = rank(statements, make_terms(query, []), 1.0)
    assert hits[0].statement.id == first
    assert all(0 < h.score <= 1 for h in hits)


def _nobody(id: int, quote: str, day: int) -> StoredStatement:
    return said(id, quote, day=day).model_copy(update={"speaker": None, "speaker_id": None})


@pytest.mark.parametrize(("statements", "order"), [
    # a statement naming nobody answers no 'who': after those with a speaker (the days
    # give the ranked order otherwise: newest first)
    ([_nobody(1, "rules out NATO", 9), said(2, "NATO is unrealistic", day=8)], [2, 1]),
    ([said(1, "NATO", day=9), _nobody(2, "NATO", 8), said(3, "NATO", day=7)], [1, 3, 2]),
    # negative rows: nobody but speakerless statements, or no speakerless one: order kept
    ([_nobody(1, "NATO membership", 9), _nobody(2, "NATO", 8)], [1, 2]),
    ([said(1, "NATO membership", day=9), said(2, "NATO", day=8)], [1, 2]),
])
def test_speakers_first(statements: list[StoredStatement], order: list[int]) -> None:
    hits = rank(statements, make_terms(["nato"], []), None)
    assert [h.statement.id for h in speakers_first(hits)] == order


def in_paragraph(id: int, quote: str, paragraph: str, kind: str = "indirect",
                 day: int = 1) -> StoredStatement:
    return said(id, quote, kind, day).model_copy(update={"context": paragraph})


CLARKE = ("Too often, Mr. Clarke said, the debate over coal is infected with what he "
          "called tribalism - a conviction that you are with the industry or against it. "
          "He said he was trying to find some middle ground.")
FORUM = ('Trump told the forum he was "totally against the war in Iraq" because it '
         'destabilized the Middle East. "I have good judgment," he said.')
FAR = ("Tribalism, as he said more than once, is what it comes down to in the end, and "
       "then he added that he was trying to find some middle ground.")


@pytest.mark.parametrize(("query", "statements", "first"), [
    # a word of the context only, next to the quote, is what the quote is about
    (["tribalism"], [in_paragraph(1, "the debate over coal is infected with what", CLARKE),
                     in_paragraph(2, "he was trying to find some middle ground", CLARKE,
                                  day=9)], 1),
    # ... more than a verbatim quote of the same paragraph is
    (["destabilized"], [in_paragraph(1, 'he was "totally against the war in Iraq"', FORUM,
                                     kind="partial"),
                        in_paragraph(2, "I have good judgment,", FORUM, kind="direct")], 1),
    # negative rows: a word in the quote still beats one next to it; a word farther than
    # NEAR_CONTEXT_WORDS from every quote leaves the kind and the date to decide; a quote
    # not found in its context as written has no words next to it
    (["coal"], [in_paragraph(1, "is infected with what", CLARKE),
                in_paragraph(2, "the debate over coal is infected", CLARKE, day=9)], 2),
    (["tribalism"], [in_paragraph(1, "is what it comes down to in the end", FAR),
                     in_paragraph(2, "he was trying to find some middle ground", FAR,
                                  day=9)], 2),
    (["tribalism"], [in_paragraph(1, "the debate over coal is infected with whom", CLARKE),
                     in_paragraph(2, "he was trying to find some middle ground", CLARKE,
                                  day=9)], 2),
])
def test_word_next_to_the_quote_first(query: list[str], statements: list[StoredStatement],
                                      first: int) -> None:
    hits = rank(statements, make_terms(query, []), 1.0)
    assert hits[0].statement.id == first
    assert all(0 < h.score <= 1 for h in hits)


@pytest.mark.parametrize(("term", "relevant"), [
    ("tribalism", True),  # the word next to the quote
    # negative row: a typo of it orders too, but relevance is the context's weight as
    # before (0.6 x a fuzzy match is under MIN_TOPIC_SCORE)
    ("tribalizm", False),
])
def test_next_to_the_quote_orders_but_does_not_admit(term: str, relevant: bool) -> None:
    quote = in_paragraph(1, "the debate over coal is infected with what", CLARKE)
    assert bool(rank([quote], make_terms([term], []), 1.0)) is relevant


SPEECH = ("The pier will open in spring, the ferry will run on time, the schools will get "
          "new roofs, the parks will stay open late, the buses will run at night, the "
          "library will open on Sundays, the clinic will hire two nurses, the market will "
          "move to the square, the streets will be swept twice a week, the lights on the "
          "promenade will be mended before the festival, the old fish hall will become a "
          "museum that children can visit for free, the harbor wall will be raised against "
          "the winter storms, and the tax on boats will fall for every family that has "
          "fished these waters for longer than anyone on this council can remember")
# 100 words, 'tax' once


@pytest.mark.parametrize(("query", "statements", "first"), [
    # a long quote naming the word once comes after a statement about it (FOCUS_WORDS)
    (["tax"], [said(1, SPEECH, kind="direct", day=9), said(2, "the boat tax was unfair")],
     2),
    (["ferry"], [said(1, SPEECH, kind="direct", day=9),
                 said(2, "the ferry fares would stay the same", kind="partial")], 2),
    # negative rows: a long quote naming the word often is about it; a quote of at most
    # FOCUS_WORDS words keeps its kind's place; the focus never makes a quote relevant
    (["will"], [said(1, SPEECH, kind="direct", day=1), said(2, "the will was read")], 1),
    (["tax"], [said(1, "The tax on boats will fall, and the pier will open in spring",
                    kind="direct"), said(2, "the boat tax was unfair", day=9)], 1),
    (["bridge"], [said(1, SPEECH, kind="direct"), said(2, "a bridge was built")], 2),
])
def test_statement_about_the_word_before_a_long_quote(
        query: list[str], statements: list[StoredStatement], first: int) -> None:
    hits = rank(statements, make_terms(query, []), 1.0)
    assert hits[0].statement.id == first
    assert all(0 < h.score <= 1 for h in hits)


def cued(id: int, quote: str, cue: str, kind: str = "indirect", day: int = 1
         ) -> StoredStatement:
    return said(id, quote, kind, day).model_copy(update={"cue": cue})


@pytest.mark.parametrize(("statements", "cue", "first"), [
    # what was said before what is believed, found or decided (SAID_BONUS), whatever the date
    ([cued(1, "the budget is too small", "believes", day=9),
      cued(2, "the budget had to grow", "said")], None, 2),
    ([cued(1, "the budget grew", "found", day=9), cued(2, "the budget grew", "argued")],
     None, 2),
    # negative rows: a partial quote holds words said whatever its cue; a better match
    # still wins; a query asking what someone believes wants the belief (CUE_BONUS)
    ([cued(1, "the budget is 'too small'", "believes", kind="partial", day=9),
      cued(2, "the budget had to grow", "said")], None, 1),
    ([cued(1, "the budget is too small", "believes", day=9),
      cued(2, "it had to grow", "said").model_copy(update={"context": "The budget: it had "
                                                           "to grow, he said."})], None, 1),
    ([cued(1, "the budget is too small", "believes"),
      cued(2, "the budget had to grow", "said", day=9)], "believe", 1),
])
def test_said_before_believed(statements: list[StoredStatement], cue: str | None,
                              first: int) -> None:
    hits = rank(statements, make_terms(["budget"], []), 1.0, cue)
    assert hits[0].statement.id == first
    assert all(0 < h.score <= 1 for h in hits)


def by(id: int, speaker_id: int, quote: str, kind: str = "indirect") -> StoredStatement:
    return said(id, quote, kind).model_copy(update={"speaker_id": speaker_id})


@pytest.mark.parametrize(("statements", "weights", "first"), [
    # namesakes: the one quoted most comes first, even over a verbatim quote
    ([by(1, 2, "the tax code is unfair", "direct"), by(2, 1, "the tax code will change")],
     {1: 1.0, 2: 0.91}, 2),
    # negative rows: without weights the kind decides; a namesake's statement on the
    # topic still beats the leader's that are not on it
    ([by(1, 2, "the tax code is unfair", "direct"), by(2, 1, "the tax code will change")],
     None, 1),
    ([by(1, 2, "the tax code is unfair"), by(2, 1, "the codes were read aloud")],
     {1: 1.0, 2: 0.91}, 1),
])
def test_namesake_quoted_most_first(statements: list[StoredStatement],
                                    weights: dict[int, float] | None, first: int) -> None:
    hits = rank(statements, make_terms(["tax", "code"], []), 1.0, None, weights)
    assert hits[0].statement.id == first


TWO_PARAGRAPHS = ("The mayor said the pier would open in June.\n"
                  "Earlier, the council had argued over the ferry timetable.")


@pytest.mark.parametrize(("term", "quote", "relevant"), [
    # a word of the quote's own paragraph counts as context
    ("june", "the pier would open", True),
    # negative rows: a word of another paragraph of the context does not; a quote not
    # found in its context as written leaves the whole context to count
    ("ferry", "the pier would open", False),
    ("ferry", "the pier is to open", True),
])
def test_context_counts_in_the_quote_paragraph(term: str, quote: str, relevant: bool) -> None:
    statement = in_paragraph(1, quote, TWO_PARAGRAPHS)
    assert bool(rank([statement], make_terms([term], []), 1.0)) is relevant
