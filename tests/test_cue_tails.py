"""What may follow 'CLAUSE, X said' for the clause to be what X said
(bot/extraction/cue_tails.py, reported.py's content-then-subject-cue): one row per
case, negative rows included. All sentences are made up."""

from __future__ import annotations

import re

import pytest
from extraction_lede import after_lede

from bot.extraction.cue_tails import after_preposition, final_cue_tail


def statements(paragraph: str) -> list[tuple[str | None, str, str]]:
    """(speaker, content, span rule) of the paragraph's non-direct statements (the
    learned reader's probability left out of the rule)."""
    return [(s.speaker, s.quote, re.sub(r"learned-cue [\d.]+", "learned-cue", s.trace["span"]))
            for s in after_lede(paragraph) if s.kind != "direct"]


@pytest.mark.parametrize(("paragraph", "expected"), [
    # an adverbial, a day, a hearer or nothing after the cue: the clause before it
    ("The plan will be finished by Friday, officials said Thursday.",
     [("officials", "The plan will be finished by Friday", "content-then-subject-cue")]),
    ("The plan will be finished by Friday, the mayor's office announced recently.",
     [("the mayor's office", "The plan will be finished by Friday",
       "content-then-subject-cue")]),
    ("After the mayor took office she changed the plan, records show.",
     [(None, "After the mayor took office she changed the plan",
       "content-then-subject-cue")]),
    # a channel after the cue's preposition is no content ('on MSNBC’s “Morning Joe”')
    ("The mill will close in May, Roe said Wednesday morning on MSNBC’s “Morning Joe.”",
     [("Jane Roe", "The mill will close in May",
       "content-then-subject-cue + title-after-broadcaster")]),
    ("The mill will close in May, Roe said Wednesday on CNN’s State of the Union.",
     [("Jane Roe", "The mill will close in May", "content-then-subject-cue")]),
    # negative rows: the cue's object after it ('said enough', 'criticized the plan');
    # an opening phrase before the subject with words after the cue (what follows the
    # cue is then its content, when the learned reader takes it)
    ("The budget for the pilot program was cut two years later, the council said enough.",
     []),
    ("But throughout the summer and fall, members of the council criticized the plan.",
     [(None, "the plan", "subject-cue-content + learned-cue")]),
    ("Just after the storm hit the town, Roe was calling for change.",
     [("Jane Roe", "for change", "subject-cue-content + learned-cue")]),
    # negative row: a 'that' after the channel opens the content
    ("After the vote, Roe said on CNN’s State of the Union that the count would be checked.",
     [("Jane Roe", "that the count would be checked", "subject-cue-content")]),
])
def test_final_cue_tail_rows(paragraph: str,
                             expected: list[tuple[str | None, str, str]]) -> None:
    assert statements(paragraph) == expected


@pytest.mark.parametrize(("tail", "cue", "opening", "expected"), [
    (".", "said", False, True),
    (" in a statement on Monday.", "said", False, True),
    (" reporters.", "told", False, True),
    (" a crowd in Macon.", "told", False, True),
    (" at an event in Macon \u2014 an apparent reversal of her past support for the mill.",
     "said", False, True),  # the reporter's comment after a dash is no part of the tail
    (" enough.", "said", False, False),
    (" a joke.", "told", False, False),  # a story told is the object: no content before
    (" the old story again.", "told", False, False),
    (" the decision.", "criticized", False, False),
    (" for change.", "calling", True, False),
    (".", "said", True, True),
])
def test_final_cue_tail_table(tail: str, cue: str, opening: bool, expected: bool) -> None:
    text = f"The plan failed, Roe {cue}{tail}"
    c_end = text.index(cue) + len(cue)
    assert final_cue_tail(text, cue, c_end, len(text), opening) is expected


@pytest.mark.parametrize(("skipped", "expected"), [
    ("on ", True),
    ("Wednesday morning on ", True),
    ("in ", True),
    # negative rows: a day, a time word, nothing skipped
    ("Wednesday ", False),
    ("on Tuesday ", False),
    ("", False),
])
def test_after_preposition(skipped: str, expected: bool) -> None:
    """The words skipped between 'said' and the first word read as content ('CNN')."""
    text = f"Roe said {skipped}CNN"
    assert after_preposition(text, len("Roe said"), text.index("CNN")) is expected
