"""Where a name opens a clause (clause_openings.CLAUSE_OPENINGS), read by the nearest
clause subject of a learned cue (nearest_subject.py). Table-driven rows with negative
rows. All sentences are made up."""

from __future__ import annotations

import pytest

from bot.extraction.clause_openings import opening_rule
from bot.extraction.nearest_subject import nearest_subject


@pytest.mark.parametrize(("before", "expected"), [
    ("", "sentence-start"),
    ('"', "sentence-start"),
    ("As the race turned to the south,", "after-punctuation"),
    ("WASHINGTON —", "after-punctuation"),
    ("It was late when", "after-opener"),
    ("The vote failed, and", "after-opener"),
    # a description opening the clause, its last word an office or person noun
    ("Presumptive Democratic nominee", "after-description"),
    ("WASHINGTON — Republican candidate", "after-description"),
    ("At a town hall in Ohio, 62-year-old", "after-description"),
    ("Weighing in on the plan, former", "after-description"),
    # a time phrase opening the sentence with no comma
    ("On Sunday morning", "after-time-phrase"),
    ("Last week", "after-time-phrase"),
    # negative rows: a pair ('Doe and Roe'); a description that does not open a clause;
    # a bare 'the'; a description holding other words ('mother of Benghazi victim');
    # a determiner other than 'the'; a time phrase inside the sentence
    ("Jane Doe and", None),
    ("Officials said that the party nominee", None),
    ("The plan was hit hard by the", None),
    ("Patricia Doe, mother of Benghazi victim", None),
    ("Ed Poe, a former", None),
    ("The vote was held on Sunday morning", None),
])
def test_opening_rows(before: str, expected: str | None) -> None:
    assert opening_rule(before) == expected


@pytest.mark.parametrize(("sentence", "cue", "expected"), [
    ("On Sunday morning Mr. Roe made a third attempt to deflect the criticism, writing "
     "on Twitter that the issue was taxes.", "writing", "Mr. Roe"),
    ("At a town hall in Ohio, 62-year-old Jane Doe also railed against the plan, and "
     "explained how much it upset her.", "explained", "Jane Doe"),
    ("Presumptive Republican presidential nominee Jim Roe said Friday that the group "
     "would meet, and added that the talks would go on.", "added", "Jim Roe"),
    # a name inside a description that opens no clause is passed over
    ("Patricia Doe, mother of Benghazi victim Sean Doe, has slammed the claim.", "slammed",
     "Patricia Doe"),
    # a comma before a cue in -ed that closes the name's appositive: the name's verb
    ("Former Ohio governor Ed Poe (D), a Roe supporter, praised the plan.", "praised",
     "Ed Poe"),
    # an office noun after a name is no verb ('the former Ohio governor'): passed over
    ("Ed Poe, the former Ohio governor and mayor, pointed to the plan.", "pointed",
     "Ed Poe"),
    # negative rows: a participle clause after a comma ('said, asked about'); only a
    # name before an office noun
    ('"We won," Roe said, asked about the vote.', "asked", None),
    ("Under the plan, Ohio governors have pointed to the vote.", "pointed", None),
])
def test_nearest_subject_rows(sentence: str, cue: str, expected: str | None) -> None:
    found = nearest_subject(sentence, 0, cue, sentence.index(cue))
    assert (found[0] if found else None) == expected
