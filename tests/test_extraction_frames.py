"""Reported-speech frames (bot/extraction/frames.py): the inverted cue and the subject
with an appositive, one row per case, negative rows included. All sentences are made
up."""

from __future__ import annotations

from datetime import date

import pytest

from bot.article import parse_article
from bot.extraction import extract

LEDE = "WASHINGTON, Feb. 12 (Wire) -- Senator Jane Roe on Wednesday met her peers."


def statements(paragraph: str) -> list[tuple[str | None, str, str]]:
    """(speaker, content, span rule) of the paragraph's non-direct statements."""
    article = parse_article(f"{LEDE}\n\n{paragraph}", title="T", published=date(2025, 2, 13))
    return [(s.speaker, s.quote, s.trace["span"]) for s in extract(article).statements
            if s.kind != "direct" and s.start > len(LEDE)]


@pytest.mark.parametrize(("paragraph", "expected"), [
    # 'CLAUSE, said X': the speaker after the cue ends at punctuation or an aside
    ("The mill will close in May, said Jane Roe, a professor at the state university.",
     [("Jane Roe", "The mill will close in May", "content-then-cue-subject")]),
    ("The tax plan is dead, said Roe in a statement.",
     [("Jane Roe", "The tax plan is dead", "content-then-cue-subject")]),
    ("The mill will close in May, said retired astronaut Mark Kelly.",
     [("Mark Kelly", "The mill will close in May", "content-then-cue-subject")]),
    # no inversion: a clause follows the cue, so the words before it are the subject
    # with an appositive or aside, which the rules cannot name: nobody is named
    ("One delegate on the slate, Jim Poolman, said he was only leaning toward Doe.",
     [(None, "he was only leaning toward Doe", "unnamed-subject-cue-content")]),
    ("Powell's office, when contacted by reporters, said the former diplomat could not "
     "recall the dinner.",
     [(None, "the former diplomat could not recall the dinner",
       "unnamed-subject-cue-content")]),
    ("The party chairman in the county, John Doe, told reporters she was leaning toward "
     "Roe.", [(None, "she was leaning toward Roe", "unnamed-subject-cue-content")]),
    # negative rows: an aside (', say,'), a passive participle (', accused by'), one
    # comma only (a second verb of the sentence's subject, no appositive)
    ("They chose him instead of, say, the other party's candidate for the seat.", []),
    ("An Ohio professor, accused by the state government of fraud, is at the center of "
     "the case.", []),
])
def test_frame_rows(paragraph: str, expected: list[tuple[str | None, str, str]]) -> None:
    assert statements(paragraph) == expected
