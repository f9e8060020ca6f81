"""Mixed sentences that are one partial statement: a sentence that runs on from its last
quotation to an attribution closing it (run_on_quotes.RUN_ON_CHECKS, span rule
'quotation-runs-on-to-attribution'), one split by a parenthetical attribution
(split_attribution.SPLIT_CHECKS, 'attribution-splits-sentence'), and the next
unattributed quotation carrying it on. Table-driven rows with negative rows. All
sentences are made up."""

from __future__ import annotations

import pytest
from extraction_lede import after_lede

from bot.extraction.quotes import split_sentences
from bot.extraction.raw import clause_span
from bot.extraction.run_on_quotes import RUN_ON, RUN_ON_CHECKS, run_on_statement
from bot.extraction.split_attribution import SPLIT, SPLIT_CHECKS, split_statement


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
     [("Jane Roe", 'Doe "felt a duty to act on" the climate "This is core stuff for him."',
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


def _split_failed(text: str) -> list[str]:
    """The checks of SPLIT_CHECKS the one sentence of text fails at 'Ann Poe said,'."""
    sent = split_sentences(text, 0, 0)[0]
    subj = text.index("Ann Poe")
    comma = text.index(",", subj)
    left = clause_span(text, 0, subj)
    right = clause_span(text, comma + 1, len(text))
    return [name for name, check in SPLIT_CHECKS if not check(text, sent, left, right)]


@pytest.mark.parametrize(("text", "failed"), [
    # passes: narration before the attribution, the clause goes on after it
    ('The plan, Ann Poe said, is "a disgrace" for the state.', []),
    ('Proposals so far, Ann Poe said, amount to "tinkering around the edges."', []),
    # negative rows, one per check
    ('"We are shocked," Ann Poe said, as the crowd cheered at the rally.',
     ["narration-before-attribution", "clause-goes-on"]),
    ('Doe works for the city and, Ann Poe said, has "a plan" for the state.',
     ["left-side-closed"]),
    ('Doe called the plan, Ann Poe said, "a disgrace" for the state.',
     ["no-cue-before-attribution"]),
    ('Hours later, Ann Poe said, "We won the vote in the city."', ["clause-goes-on"]),
])
def test_split_check_rows(text: str, failed: list[str]) -> None:
    assert _split_failed(text) == failed


@pytest.mark.parametrize(("text", "content"), [
    ('The plan, Ann Poe said, is "a disgrace" for the state.',
     ['The plan', 'is "a disgrace" for the state']),
    # negative rows: a split quote (direct.py's), a participle after the attribution
    ('"We are shocked," Ann Poe said, "and we will fight on."', None),
    ('The plan is "a disgrace," Ann Poe said, adding that it would fail.', None),
])
def test_split_statement_rows(text: str, content: list[str] | None) -> None:
    found = split_statement(text, split_sentences(text, 0, 0)[0])
    assert ([text[a:b] for a, b in found.spans] if found else None) == content


@pytest.mark.parametrize(("paragraph", "expected"), [
    # one partial statement of two fragments (the join shown), not a quote of the marks
    ('The golf industry, Roe said, is "doing much better" than it was in 2009.',
     [("Jane Roe", 'The golf industry is "doing much better" than it was in 2009', "partial",
       SPLIT)]),
    # negative row: an opening adverbial and a quoted sentence: a direct quote
    ('Hours later, Roe said, "We won the vote in the city."',
     [("Jane Roe", "We won the vote in the city.", "direct",
       "quotation-as-sentence + cue-before-quote")]),
])
def test_split_sentence_rows(paragraph: str,
                             expected: list[tuple[str | None, str, str, str]]) -> None:
    got = [(s.speaker, s.quote, s.kind, s.trace["span"]) for s in after_lede(paragraph)]
    assert got == expected
