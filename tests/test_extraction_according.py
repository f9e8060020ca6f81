"""'according to SOURCE' frames (bot/extraction/according.py) and the parenthetical cue
whose content is short on one side (reported.py): one row per case, negative rows
included. All sentences are made up."""

from __future__ import annotations

import pytest
from extraction_lede import after_lede

from bot.extraction.according import FRAMES


def statements(paragraph: str) -> list[tuple[str, str]]:
    """(content, span rule) of the paragraph's reported statements."""
    return [(s.quote, s.trace["span"]) for s in after_lede(paragraph)
            if s.kind == "indirect"]


@pytest.mark.parametrize(("paragraph", "expected"), [
    # the phrase opens the sentence, after a connective or a colon
    ("But according to reports in the local media, the mayor could not convince the "
     "council.", [("the mayor could not convince the council", "according-to-opening")]),
    ("The rift grew: according to the union, the mill will close in May.",
     [("the mill will close in May", "according-to-opening")]),
    ("According to the union, the mill will close in May.",
     [("the mill will close in May", "according-to-opening")]),
    # an appositive of the source (no auxiliary before a relative word) is left out; a
    # clause between the source's comma and the next one is the content's
    ("According to letters from Jane Roe, a close friend of the mayor who died in 2000, "
     "the mill had been losing money.",
     [("the mill had been losing money", "according-to-opening")]),
    ("According to county records, the mill has lost money since June 3, 2015.",
     [("the mill has lost money since June 3, 2015", "according-to-opening")]),
    # between commas after a short head: the clause on both sides, the source's
    # appositive left out
    ("At the heart of the trouble, according to Jane Roe, a former special envoy, was a "
     "decision by the mayor to cut the budget.",
     [("At the heart of the trouble was a decision by the mayor to cut the budget",
       "according-to-parenthetical")]),
    ("Fundraising, according to the campaign, has surged in the same period.",
     [("Fundraising has surged in the same period", "according-to-parenthetical")]),
    ("The council cut the budget and, according to the union, closed the mill.",
     [("The council cut the budget and closed the mill", "according-to-parenthetical")]),
    # after a subordinator the source gives the clause after it only
    ("He left the town more than thirty years ago after, according to him, the mill fired "
     "his father.",
     [("the mill fired his father", "according-to-subordinate")]),
    # negative rows: the phrase ends the clause; a long head is a whole clause and the
    # words after the source an aside; a relative clause after the source
    ("The mill will close in May, according to the union.",
     [("The mill will close in May", "according-to")]),
    ("The mill that employs four hundred people in the county will close in May, "
     "according to the union, a large blow to the town.",
     [("The mill that employs four hundred people in the county will close in May",
       "according-to")]),
    ("The plan failed last year, according to Roe, who led the talks in the 1990s.",
     [("The plan failed last year", "according-to")]),
    ("Now, according to the union, fine.", []),  # too short on both sides
    # the maker of the speech the source names, not the place it was given
    ("The goal is to curb short-term investors, according to a speech Jane Roe delivered at "
     "Ohio State University.",
     [("The goal is to curb short-term investors", "according-to")]),
    # a colon ending the sentence introduces what follows: no content here
    ("According to Jane Doe, writing for the Courier:", []),
])
def test_according_frames(paragraph: str, expected: list[tuple[str, str]]) -> None:
    assert statements(paragraph) == expected


def test_frame_names_are_unique() -> None:
    names = [name for name, _ in FRAMES]
    assert len(names) == len(set(names))


@pytest.mark.parametrize(("paragraph", "expected"), [
    # the content's words on both sides of the aside count together
    ("Any attempt to fix the budget by the council, he said, becomes hopeless.",
     [("Any attempt to fix the budget by the council becomes hopeless", "parenthetical-cue")]),
    # negative row: a short head alone is no content ('Still, he said, ...' reads the
    # clause after the cue)
    ("Still, he said, the mill will close in May.",
     [("the mill will close in May", "subject-cue-content")]),
])
def test_parenthetical_cue_counts_both_sides(paragraph: str,
                                             expected: list[tuple[str, str]]) -> None:
    assert statements(paragraph) == expected


@pytest.mark.parametrize(("paragraph", "expected"), [
    # as-reported-by-opening: the agent is the source, the clause after its comma the
    # content (no appositive skipped: the clause may hold a date's comma)
    ("As reported by the Tribune, the mill will close in May after a long strike.",
     [("Tribune", "the mill will close in May after a long strike")]),
    ("But as first reported by Roe, the county broke the story in March, 2015 of the mill.",
     [("Jane Roe", "the county broke the story in March, 2015 of the mill")]),
    # negative rows: no agent ('As reported,'); 'as reported by' not opening the
    # sentence; no comma after the agent
    ("As reported, the mill will close in May after a long strike.", []),
    ("The mill will close in May, as reported by the Tribune on Monday.", []),
    ("As reported by the Tribune the mill will close in May.", []),
])
def test_as_reported_by(paragraph: str, expected: list[tuple[str, str]]) -> None:
    found = [(s.speaker, s.quote) for s in after_lede(paragraph)
             if "as-reported-by-opening" in s.trace["span"]]
    assert found == expected


def test_as_reported_by_agent_is_no_antecedent() -> None:
    """'As reported by X, Roe found ...' then 'He noted ...': he is not X."""
    paragraph = ("As reported by Tom Smith, former mayor John Doe found both plans to be "
                 "flawed. He noted that the county had no money for either of them.")
    speakers = {s.quote: s.speaker for s in after_lede(paragraph)}
    assert speakers["that the county had no money for either of them"] == "John Doe"


def test_the_source_is_the_maker_of_the_speech() -> None:
    found = after_lede("The goal is to curb short-term investors, according to a speech "
                       "Jane Roe delivered at Ohio State University.")
    assert [(s.speaker, s.trace["span"]) for s in found] == [("Jane Roe", "according-to")]
