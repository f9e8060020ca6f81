"""Table-driven tests of relative-clause-cue (no_subject.relative_clause_cue): a learned
cue right after a relative pronoun is the relative clause's verb, never the sentence
subject's, unless the relative follows that subject right away. Made-up sentences."""

from __future__ import annotations

import pytest
from extraction_lede import learned_speaker


@pytest.mark.parametrize(
    ("paragraph", "cue", "speaker", "rule"),
    [
        # 'which' stands for the organisation, not the sentence's subject
        ("Dana Vogt won the backing of the Ohio Farm Bureau, which said that she would "
         "protect farmers.", "said", None, "relative-clause-cue + unattributed"),
        # a document's relative clause
        ("Hillary Clinton released her medical records in July, which showed she was fit "
         "for duty.", "showed", None, "relative-clause-cue + unattributed"),
        # a group's relative clause
        ("Hillary Clinton did well among the 30 percent of voters who said the economy "
         "was their top issue.", "said", None, "relative-clause-cue + unattributed"),
        # a name right before ', who' is the speaker (relative-who-name)
        ("Sanders lined up with Vogt, who has said she does not support changing the "
         "rules.", "said", "Dana Vogt",
         "relative-clause-cue + relative-who-name + subject-mention"),
        # negative rows: the relative follows the sentence's subject right away (a place
        # after 'of' between), or no relative stands before the cue
        ("Dana Vogt of Ohio, who has long opposed the bill, now plans to vote for it.",
         "opposed", "Dana Vogt", "subject-mention"),
        ("The group that Dana Vogt founded has argued that the measure would pass.",
         "argued", None, "subject-mention"),
    ],
)
def test_relative_clause_cue(paragraph: str, cue: str, speaker: str | None,
                             rule: str) -> None:
    assert learned_speaker(paragraph, cue) == (speaker, rule)
