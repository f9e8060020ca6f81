"""quotation_speakers rule 'narration-names-paragraph-subject': a quotation inside
narration takes the paragraph's person only when that narration names them or goes on
with 'he'/'she'."""

from __future__ import annotations

import pytest

from bot.article import parse_article
from bot.extraction import extract

SETUP = ("Senator Jane Roe spoke to voters in Ohio on Monday about the budget and the "
         "schools. ")


def speakers(text: str) -> list[str | None]:
    article = parse_article("Budget fight.\n\n" + SETUP + text, title="Budget fight")
    return [s.speaker for s in extract(article).statements if s.kind != "indirect"]


@pytest.mark.parametrize(("text", "speaker"), [
    ("In 2010 she wrote of the schools: \u201cNobody is stopping them from learning "
     "anything at all.\u201d", "Jane Roe"),
    ("Roe then repeated her old line: \u201cNobody is stopping them from learning "
     "anything at all.\u201d", "Jane Roe"),
    # negative rows: the narration holds someone else's words
    ("In a riff on her line, protesters will hold banners proclaiming: \u201cYes we can, "
     "stop the budget now!\u201d", None),
    ("Likewise, a paper from a think tank had this to say about the plan: \u201cFamilies "
     "from the top half would receive far more from the plan than the rest.\u201d", None),
])
def test_narration_names_the_paragraph_subject(text: str, speaker: str | None) -> None:
    assert speakers(text) == [speaker]


@pytest.mark.parametrize(("text", "speaker"), [
    ("The ad uses footage of Roe asking, \u201cWhy are we not far ahead in every county "
     "of the state?\u201d", "Jane Roe"),
    ("The hall was so quiet that Roe was moved to say, \u201cNobody is stopping them "
     "from learning anything at all.\u201d", "Jane Roe"),
    ("The crowd then heard more from Roe: \u201cNobody is stopping them from learning "
     "anything at all.\u201d", "Jane Roe"),
    # negative rows: Roe is named after a preposition or inside a that-clause, and the
    # words are someone else's
    ("The timing of the surge for Roe does not surprise the pollster Tom Poe: "
     "\u201cLesser-known candidates have seen the biggest boost in early contests.\u201d",
     None),
    ("Another made no secret of his whole-hearted hope that Roe wins the primary: \u201cThat "
     "way I can watch the comedy for several years.\u201d", None),
    ("Yet for all the carping that Roe is nothing but a crusader, her rival Tom Poe "
     "cracked, \u201cI am a progressive who likes to get things done.\u201d", None),
])
def test_object_names_no_speaker(text: str, speaker: str | None) -> None:
    assert speakers(text) == [speaker]


@pytest.mark.parametrize(("text", "speaker"), [
    ("Later she added with a smile: \u201cNobody is stopping them from learning "
     "anything at all.\u201d", "Jane Roe"),
    # negative rows: the pronoun does not fit Roe, or stands in a that-clause
    ("Later he added with a smile: \u201cNobody is stopping them from learning "
     "anything at all.\u201d", None),
    ("And he is sure that keeping her in office will only make her stronger: \u201cThey "
     "are creating a monster, as far as I am concerned.\u201d", None),
    ("Her aides are sure that she will only gain from the fight: \u201cThey are creating "
     "a monster, as far as I am concerned.\u201d", None),
])
def test_narration_pronoun_fits_the_paragraph_subject(text: str, speaker: str | None) -> None:
    assert speakers(text) == [speaker]


@pytest.mark.parametrize(("text", "speaker"), [
    ("Roe\u2019s stock answer then \u2014 \u201cNobody is stopping them from learning "
     "anything at all\u201d \u2014 is likely to be repeated.", "Jane Roe"),
    # negative rows: the name owns a noun that is no speech; the words are others'
    ("That morning an angry crowd of workers had amassed at the hall, calling for "
     "Roe\u2019s firing and carrying signs "
     "saying, \u201cCut the budget today, close the schools tomorrow.\u201d", None),
    ("Among many references to Roe\u2019s budget was this post from a voter who wrote, "
     "\u201cThey never pay attention to the schools at all.\u201d", None),
])
def test_owner_of_no_speech(text: str, speaker: str | None) -> None:
    assert speakers(text) == [speaker]


NEXT = ("\u201cThe plan will fail the schools and the voters of the whole state,\u201d Roe "
        "said on Monday.")


@pytest.mark.parametrize(("text", "speaker"), [
    ("\u201cWe will fight this budget in every county of the state.\u201d", "Roe"),
    # negative rows: a quotation inside narration is not the previous speaker's
    ("Why not just say: \u201cWe will fight this budget in every county of the "
     "state\u201d?", None),
    ("The page was replaced by a message that read, \u201cSorry, but the item you have "
     "requested is gone.\u201d", None),
])
def test_previous_speaker_only_for_a_quotation_opening_its_sentence(
        text: str, speaker: str | None) -> None:
    article = parse_article("Budget fight.\n\n" + NEXT + "\n\n" + text, title="Budget")
    found = [s for s in extract(article).statements
             if "fight" in s.quote or "item" in s.quote]
    assert [s.speaker for s in found] == [speaker]


@pytest.mark.parametrize(("text", "quotes"), [
    # an attribution the rules do not read between a quotation's parts: the paragraph is
    # no quotation alone, so it does not carry on Roe's words; its person is named
    # right after the quotation, so the words are not Roe's either
    ("\u201cYou know, it happens, right?\u201d Tom Poe went on, as if he did not hear her. "
     "\u201cBut you have to get over it.\u201d",
     [("Roe", "The plan will fail the schools and the voters of the whole state,"),
      (None, "You know, it happens, right? But you have to get over it.")]),
    # negative rows: the narration names the previous speaker; a paragraph that is
    # nothing but a quotation goes on with Roe's words
    ("\u201cYou know, it happens, right?\u201d Roe went on, as if she did not hear them. "
     "\u201cBut you have to get over it.\u201d",
     [("Roe", "The plan will fail the schools and the voters of the whole state,"),
      ("Roe", "You know, it happens, right? But you have to get over it.")]),
    ("\u201cWe will fight this budget in every county.\u201d \u201cThe schools need it.\u201d",
     [("Roe", "The plan will fail the schools and the voters of the whole state, We will "
              "fight this budget in every county. The schools need it.")]),
])
def test_narration_between_quotation_parts(text: str,
                                           quotes: list[tuple[str | None, str]]) -> None:
    article = parse_article("Budget fight.\n\n" + NEXT + "\n\n" + text, title="Budget")
    assert [(s.speaker, s.quote) for s in extract(article).statements] == quotes
