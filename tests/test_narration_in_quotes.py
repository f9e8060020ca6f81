"""Narration kept out of quotations (the mixed-sentence rules of collect and
partials._aside_subject): a lead holding a cue is no part of a direct quote, and a
participle aside after a sentence-opening name is that name's. One row per case,
negative rows included. All sentences are made up."""

from __future__ import annotations

import pytest
from extraction_lede import after_lede


def shown(paragraph: str) -> list[tuple[str, str | None, str]]:
    """(kind, speaker, content) of the paragraph's statements."""
    return [(s.kind, s.speaker, s.quote) for s in after_lede(paragraph)]


@pytest.mark.parametrize(("paragraph", "kind", "speaker", "quote"), [
    # a lead with a cue is narration: never inside a direct quote
    ("Citing \u201cobligations at home,\u201d the spokeswoman told reporters that Roe "
     "plans to stay.", "partial", "the spokeswoman", "Citing \u201cobligations at home,\u201d"),
    ("Mark Doe called the count \u201crigged,\u201d Roe said on Monday.",
     "partial", "Jane Roe", "Mark Doe called the count \u201crigged,\u201d"),
    # a lead with no cue ('plans' is a noun here): one partial statement of the whole
    # clause, its marks balanced as in the article, still Roe's
    ("The new plans \u201cwill not solve this, but they help,\u201d Roe said.",
     "partial", "Jane Roe", "The new plans \u201cwill not solve this, but they help,\u201d"),
    # aside-participle-subject: the name before the aside owns the quotation
    ("Mr. Doe, citing \u201cthe unique magic of the mayor,\u201d said the town could "
     "win.", "partial", "Doe", "\u201cthe unique magic of the mayor,\u201d"),
])
def test_narration_kept_out(paragraph: str, kind: str, speaker: str, quote: str) -> None:
    assert (kind, speaker, quote) in shown(paragraph)


@pytest.mark.parametrize(("paragraph", "quote"), [
    # negatives: a clause before the aside's comma is not a name ('chimed in on ...')
    ("Jane Roe chimed in on Twitter, saying that the board should act \u201cwithout "
     "delay.\u201d", "that the board should act \u201cwithout delay.\u201d"),
])
def test_aside_needs_a_name(paragraph: str, quote: str) -> None:
    assert quote in paragraph
    assert not any("aside-participle-subject" in s.trace.get("span", "")
                   for s in after_lede(paragraph))


@pytest.mark.parametrize(("paragraph", "kept"), [
    # a quotation in an opening 'Asked ...,' question is the asker's: no partial for
    # the people who answer it
    ("Asked whether Roe \u201chas the integrity to serve,\u201d 75 percent of voters "
     "said yes.", False),
    # negative: no 'Asked' question: the mixed sentence is the closing speaker's
    ("Whatever route he takes, Doe \u201chas pole-vaulted ahead,\u201d Roe said.", True),
])
def test_asked_question_quotation(paragraph: str, kept: bool) -> None:
    rules = ("mixed-sentence-attributed-after", "closing-attribution")
    found = [s for s in after_lede(paragraph)
             if any(r in s.trace.get("span", "") for r in rules)]
    assert bool(found) is kept
