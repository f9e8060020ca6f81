"""A sentence that runs on from its last quotation to an attribution closing it
(run_on_quotes.RUN_ON_CHECKS, span rule 'quotation-runs-on-to-attribution'), and the
next unattributed quotation carrying it on. Table-driven rows with negative rows. All
sentences are made up."""

from __future__ import annotations

import pytest
from extraction_lede import after_lede

from bot.extraction.quotes import split_sentences
from bot.extraction.run_on_quotes import RUN_ON, RUN_ON_CHECKS, run_on_statement


def _failed(text: str) -> list[str]:
    """The checks of RUN_ON_CHECKS the one sentence of text fails."""
    sent = split_sentences(text, 0, 0)[0]
    last = sent.quotes[-1]
    comma = text.rindex(",")
    return [name for name, check in RUN_ON_CHECKS if not check(text, sent, last, comma)]


@pytest.mark.parametrize(("text", "failed"), [
    # passes: the sentence runs on from the quotation to the attribution
    ('"We are shocked" by the vote in the city, Ann Poe said.', []),
    ('The plan is "a disgrace" for the state, the group says.', []),
    # negative rows, one per check
    ('"We are shocked," he added after the vote in the city, Ann Poe said.',
     ["quote-ends-mid-clause"]),
    ('"We are shocked" Ann Poe said after the vote in the city, then left.',
     ["narration-follows-quote"]),
    ('Roe called it "a disgrace" for the state, the group says.', ["no-cue-before-quote"]),
])
def test_run_on_check_rows(text: str, failed: list[str]) -> None:
    assert _failed(text) == failed


@pytest.mark.parametrize(("text", "content"), [
    ('"We are shocked" by the vote in the city, Ann Poe said.',
     '"We are shocked" by the vote in the city'),
    ('The plan is "a disgrace" for the state, the group said Monday.',
     'The plan is "a disgrace" for the state'),
    # negative rows: the attribution right after the mark, or not closing the sentence
    ('"We are shocked," Ann Poe said.', None),
    ('"We are shocked" by the vote, Ann Poe said, and the council agreed with her at last.',
     None),
])
def test_run_on_statement_rows(text: str, content: str | None) -> None:
    found = run_on_statement(text, split_sentences(text, 0, 0)[0])
    got = text[found.spans[0][0]:found.spans[0][1]] if found else None
    assert got == content


@pytest.mark.parametrize(("paragraph", "expected"), [
    # one partial statement for the whole clause, not a direct quote of its marked words
    ('"We are frustrated and horrified" by the shooting at the club, Roe said.',
     [("Jane Roe", '"We are frustrated and horrified" by the shooting at the club', "partial",
       RUN_ON)]),
    # the next unattributed quotation of the paragraph carries it on (a join, shown)
    ('Doe "felt a duty to act on" the climate, Roe said. "This is core stuff for him."',
     [("Jane Roe", 'Doe "felt a duty to act on" the climate This is core stuff for him.',
       "partial", f"{RUN_ON} + continued-quotation")]),
    # negative row: the quoted words end the clause; a direct quote as before
    ('"We are frustrated and horrified," Roe said.',
     [("Jane Roe", "We are frustrated and horrified,", "direct",
       "quotation-as-sentence + cue-after-quote")]),
])
def test_run_on_sentence_rows(paragraph: str,
                              expected: list[tuple[str | None, str, str, str]]) -> None:
    got = [(s.speaker, s.quote, s.kind, s.trace["span"]) for s in after_lede(paragraph)]
    assert got == expected
