"""A mixed sentence closed by its attribution (closing_attribution.CLOSING_REFUSALS,
span rule 'closing-attribution'). Table-driven rows with negative rows. All sentences
are made up."""

from __future__ import annotations

import pytest
from extraction_lede import after_lede

from bot.extraction.closing_attribution import refusal
from bot.extraction.raw import Raw


def _found(text: str, subject: str, cue: str) -> Raw:
    return Raw("partial", [], -1, (0, 0), cue=cue, cue_pos=text.rindex(cue),
               subject=subject, subject_pos=text.rindex(subject))


@pytest.mark.parametrize(("text", "subject", "cue", "expected"), [
    # closes: a name and its cue, a day after
    ('Roe plans to "fight on," Ben Doe said Monday.', "Ben Doe", "said", None),
    # closes: 'according to' and an outlet
    ('Roe was "happy to see it," according to The Times.', "The Times", "according to",
     None),
    # closes: a cue before a name with an appositive after it
    ('The elite know that "it is late," said Ann Doe, the editor of a magazine.',
     "Ann Doe", "said", None),
    # closes: a participle clause of the same speaker after the attribution
    ('Roe cannot say that "from his view," Doe added, saying it is up to them.',
     "Doe", "added", None),
    # negative rows, one per refusal
    ('Roe rebuked critics of "radical Islamists," saying the label is wrong.',
     "the label", "saying", "participle-goes-on"),
    ('Under what Doe called "the prior model," in 2009 the club charged a fee.',
     "the club", "charged", "not-right-after"),
    ('Under what Doe called "the prior model," the club charged a fee of $100,000 to '
     "join the course.", "the club", "charged", "runs-on"),
    ('On Tuesday, Roe said "I know nothing about it," she said.', "she", "said",
     "said-twice"),
])
def test_closing_refusal_rows(text: str, subject: str, cue: str,
                              expected: str | None) -> None:
    found = _found(text, subject, cue)
    quote_end = text.rindex('"', 0, min(found.cue_pos, found.subject_pos)) + 1
    assert refusal(text, 0, quote_end, len(text), found) == expected


@pytest.mark.parametrize(("paragraph", "expected"), [
    # the closing attribution speaks for the sentence, not the cue before the quotation
    ('Jim Doe plans to help the city by fostering "risk-taking and investment," Ann Poe '
     "said Monday.",
     [("Ann Poe", 'Jim Doe plans to help the city by fostering "risk-taking and investment,"',
       "closing-attribution")]),
    ("The elite, on the other hand, know that \"you have to spend on this,\" said Ann Poe, "
     "the editor of a magazine.",
     [("Ann Poe", 'The elite, on the other hand, know that "you have to spend on this,"',
       "closing-attribution")]),
    # negative row: the sentence's own cue and a pronoun saying it again
    ('On Tuesday, Roe said "I know nothing about the plan at all," she said.',
     [("Jane Roe", '"I know nothing about the plan at all," she said',
       "quotation-inside-narration")]),
])
def test_closing_attribution_rows(paragraph: str,
                                  expected: list[tuple[str | None, str, str]]) -> None:
    got = [(s.speaker, s.quote, s.trace["span"]) for s in after_lede(paragraph)]
    assert got == expected
