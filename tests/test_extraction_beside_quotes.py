"""Reported speech beside a quotation (bot/extraction/beside_quotes.py): one row per
case, negative rows included (a report the checks refuse, named). All sentences are
made up."""

from __future__ import annotations

import pytest
from extraction_lede import after_lede

from bot.extraction.beside_quotes import CHECKS, refused_by
from bot.extraction.direct import sentence_quotes
from bot.extraction.partials import partial_speaker
from bot.extraction.quotes import split_sentences
from bot.extraction.reported import indirect

RULE = "reported-beside-quotation"


def reports(paragraph: str) -> list[tuple[str | None, str]]:
    """(speaker, content) of the paragraph's statements found by the rule."""
    return [(s.speaker, s.quote) for s in after_lede(paragraph)
            if RULE in s.trace["span"]]


@pytest.mark.parametrize(("paragraph", "expected"), [
    # a report before the quotation's own cue: coordinated 'and said'
    ("Roe said the move was made by the police chief and said, “Who are you going to "
     "trust on security?”",
     [("Jane Roe", "the move was made by the police chief")]),
    # a second cue after a partial quotation
    ("Roe says she respects Doe’s “passion and commitment” but argues that he cannot "
     "deliver on his promises of free college.",
     [("Jane Roe", "that he cannot deliver on his promises of free college")]),
    # a second subject and cue after the partial quotation
    ("Roe said on Thursday she “delivered a letter to the attorney general today,” and "
     "she said she hoped that the attorney general would open an inquiry.",
     [("Jane Roe", "she hoped that the attorney general would open an inquiry")]),
    # negative row: the quotation's own cue reads no report
    ("“We will win the county,” Roe said in a speech on Tuesday.", []),
    # negative row: the cue right after the quotation attributes it; its participle is
    # the learned cues' to read
    ("“We will win the county,” Roe said, pointing to the map behind her.", []),
    # negative row: the words before the quotation introduce it
    ("On the question of new taxes, explained Roe: “We will not raise them this year.”",
     []),
])
def test_reports_beside_quotations(paragraph: str, expected: list) -> None:
    assert reports(paragraph) == expected


def _refusal(sentence: str, cue: str) -> str | None:
    """The check that refuses the rules' report at cue in a one-sentence text."""
    sent = split_sentences(sentence, 0, 0)[0]
    directs, partials = sentence_quotes(sentence, sent)
    quoted = directs + [p for p in partials if partial_speaker(sentence, sent, p)]
    raw = next(r for r in indirect(sentence, sent) if r.cue == cue)
    return refused_by(sentence, sent, raw, quoted)


@pytest.mark.parametrize(("sentence", "cue", "check"), [
    ("“We won,” Roe said, adding that the count would be checked again soon.", "said",
     "attributes-quotation"),
    ("“We won,” Roe told reporters in a hall in Macon while the band played on.", "told",
     "attributes-quotation"),
    ("“We won,” Jim Roe, wearing “Doe” pins, said calmly as the balloons came down.",
     "said", "unnamed-after-quotation"),
    ("The remarks suggest Roe is running a double campaign, railing against what "
     "“the machine” does.", "suggest", "in-quotation"),
    ("On the question of new taxes, explained Roe: “We will not raise them this year.”",
     "explained", "before-quotation"),
    ("Roe said he expected that “no” would be the answer of most voters in the county.",
     "said", "in-quotation"),
    ("“We won,” Roe said on Sunday in Macon as the crowd roared.", "said",
     "attributes-quotation"),
    # the content runs over 'what Doe calls' (earlier_ends 'open-phrase-runs-over'), so
    # the quotation is in it; before, cut at 'what', it was refused as 'dangling-end'
    ("The remarks suggest Roe is railing against what Doe calls a “corrupt” process.",
     "suggest", "in-quotation"),
    # negative rows: a report beside the quotation that every check lets through
    ("Doe called the plan “rigged” in a speech, and Roe said the count would be checked.",
     "said", None),
    ("Acknowledging that Doe “says a lot of things,” though, Roe did suggest that the plan "
     "could work.", "suggest", None),
])
def test_checks(sentence: str, cue: str, check: str | None) -> None:
    assert _refusal(sentence, cue) == check


def test_check_names_are_unique() -> None:
    names = [name for name, _ in CHECKS]
    assert len(names) == len(set(names))


@pytest.mark.parametrize(("paragraph", "expected"), [
    # participle-after-quotation: a speech participle after the quotation's attribution
    # reports what follows it, in the quotation's speaker's name
    ("“Too much anger,” Roe said, blaming some of it on the county board.",
     [("Jane Roe", "some of it on the county board")]),
    ("“We tried to fix it,” Roe said in an interview Wednesday, insisting that the board "
     "had enough votes.",
     [("Jane Roe", "that the board had enough votes")]),
    # 'pointing' with a that-clause reports it (_that_clause_after)
    ("“We wanted the council to have a say,” Roe said in an interview on Wednesday, "
     "pointing out that 98 members voted last year to review the deal.",
     [("Jane Roe", "that 98 members voted last year to review the deal")]),
    # negative rows: 'pointing' (a gesture, often); a participle that is no report
    ("“We hear you,” Roe said, pointing out where the old county store used to be.", []),
    ("“We hear you,” Roe said, wiping the rain off her coat in the square.", []),
])
def test_participle_after_quotation_rows(paragraph: str,
                                         expected: list[tuple[str | None, str]]) -> None:
    assert reports(paragraph) == expected


# Rule content-ends-before-quotation: a report running into a quotation ends at the
# first clause break before it; without one (or with fewer than three words before it)
# the report is refused as before.
@pytest.mark.parametrize(("paragraph", "expected"), [
    ('Roe reiterated that the party must back the plan to defeat Doe, who she blasted as '
     'a "bully and demagogue" at the rally.',
     [("Jane Roe", "that the party must back the plan to defeat Doe")]),
    # negative rows: no break before the quotation; too few words before the break
    ('Roe reiterated that the party must back the plan to defeat the "bully and '
     'demagogue" at the rally.', []),
    ('Roe reiterated that Doe, who she blasted as a "bully and demagogue," must go.', []),
])
def test_content_ends_before_quotation(paragraph: str,
                                        expected: list[tuple[str, str]]) -> None:
    found = [(s.speaker, s.quote) for s in after_lede(paragraph)
             if "content-ends-before-quotation" in s.trace["span"]]
    assert found == expected


# Rule clause-before-colon-quotation: a reported clause cut at the colon before a
# quotation is complete, and not refused as words that introduce the quotation.
@pytest.mark.parametrize(("paragraph", "expected"), [
    ('Roe asserted that the county had lost its way: “The county is not the county,” she '
     'said.', [("Jane Roe", "that the county had lost its way")]),
    ('Roe warned that the plan would fail in the spring: “We have seen this before,” '
     'she told the board.', [("Jane Roe", "that the plan would fail in the spring")]),
    # negative rows: the cue is the quotation's own (no other speech cue beside it);
    # no clause before the colon ('a warning'); a participle cue; the quotation opening
    # right after the cue
    ('Roe warned that the plan would fail in the spring: “We have seen this before.”',
     []),
    ('Roe repeated a warning to the county board: “We have seen this before.”', []),
    ('Roe wrote back to Doe noting that the plan would fail: “We have seen this.”', []),
    ('On the question of new taxes, explained Roe: “We will not raise them this year.”',
     []),
])
def test_clause_before_colon_quotation(paragraph: str,
                                       expected: list[tuple[str, str]]) -> None:
    found = [(s.speaker, s.quote) for s in after_lede(paragraph)
             if "content-ends-before-quotation" in s.trace["span"]]
    assert found == expected
