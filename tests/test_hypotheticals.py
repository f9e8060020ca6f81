"""Reported clauses opened by a condition or a question report nothing said
(bot/extraction/hypotheticals.py, HYPOTHETICAL_RULES): table rows with negative rows, and
what the extraction then stores. All sentences are made up."""

from __future__ import annotations

import pytest
from extraction_lede import after_lede

from bot.extraction.hypotheticals import HYPOTHETICAL_RULES, hypothetical
from bot.extraction.raw import Raw


def rule_for(sentence: str, subject: str, cue: str, kind: str = "indirect") -> str | None:
    at = sentence.index(f" {cue} ") + 1
    start = at + len(cue) + 1
    raw = Raw(kind, [(start, len(sentence) - 1)], 0, (0, len(sentence)), cue=cue,
              cue_pos=at, subject=subject, subject_pos=sentence.index(subject))
    return hypothetical(sentence + "\n\nNext.", raw)


@pytest.mark.parametrize(("sentence", "subject", "cue", "rule"), [
    ("The city would pay if the council pledged to cut its costs.", "the council",
     "pledged", "condition-subject"),
    ("Nothing will change unless we recognize the danger of it.", "we", "recognize",
     "condition-subject"),
    ("It is unclear whether Roe is aware that the dam leaks.", "Roe", "aware",
     "condition-subject"),
    ("But has she called for changing any of the rules?", "she", "called for",
     "question-subject"),
    ("Did the council refuse to release the report?", "the council", "refuse",
     "question-subject"),
    ("How will voters regard the two parties then?", "voters", "regard",
     "question-subject"),
    # negative rows: a comma before the subject, a why-question, a plain sentence, a
    # question that is not the statement's, an auxiliary after the subject, a quotation
    ("Asked if she would run, Roe said she would.", "Roe", "said", None),
    ("Why would Roe want to buy the dam?", "Roe", "want", None),
    ("Roe said the council pledged to cut its costs.", "Roe", "said", None),
    ("Roe asked the council whether it would pay.", "Roe", "asked", None),
    ("Roe has called for changing the rules?", "Roe", "called for", None),
    ("The aides say that Roe has said the dam leaks?", "Roe", "said", None),
])
def test_hypothetical_rows(sentence: str, subject: str, cue: str, rule: str | None) -> None:
    assert rule_for(sentence, subject, cue) == rule


def test_a_quotation_is_never_hypothetical() -> None:
    assert rule_for("If we pledged to cut costs, nobody would vote for us.", "we", "pledged",
                    kind="direct") is None


def test_hypothetical_rules_are_named_and_unique() -> None:
    names = [name for name, _ in HYPOTHETICAL_RULES]
    assert len(names) == len(set(names)) and all(names)


def contents(paragraph: str) -> list[str]:
    return [s.quote for s in after_lede(paragraph)]


def test_a_condition_is_not_stored_as_a_pledge() -> None:
    found = contents("The city said it would raise its own target if the county pledged "
                     "to cap its emissions by 2030.")
    assert not any(quote.startswith("to cap its emissions") for quote in found)
    # the statement around the condition keeps it: never 'it would raise its own target'
    assert "it would raise its own target if the county pledged to cap its emissions by " \
        "2030" in found


def test_a_yes_no_question_is_not_stored_as_a_call() -> None:
    found = contents("Roe has long attacked the tax breaks that help her donors. But has "
                     "she called for repealing any of the breaks that help her?")
    assert not any("repealing" in quote for quote in found)
    assert any("tax breaks" in quote for quote in found)


def test_a_statement_beside_a_condition_is_kept() -> None:
    found = contents("Roe said the county would cut its emissions if the state paid for "
                     "the new plant.")
    assert any(quote.startswith("the county would cut") for quote in found)
