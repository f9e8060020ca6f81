"""A reported content that only leads in to a colon (bot/extraction/colon_leads.py,
COLON_LEAD_RULES): table rows with negative rows, and what the extraction then stores.
All sentences are made up."""

from __future__ import annotations

import pytest
from extraction_lede import after_lede

from bot.extraction.colon_leads import COLON_LEAD_RULES, colon_lead
from bot.extraction.raw import Raw


def lead(sentence: str, cue: str) -> str | None:
    at = sentence.index(f" {cue} ") + 1
    start = at + len(cue) + 1
    end = sentence.index(":") if ":" in sentence else len(sentence.rstrip("."))
    raw = Raw("indirect", [(start, end)], 0, (0, len(sentence)), cue=cue, cue_pos=at)
    return colon_lead(sentence + "\n\nNext.", raw)


@pytest.mark.parametrize(("sentence", "cue", "rule"), [
    ("Roe argued that:", "argued", "colon-lead-open-end"),
    ("Roe said areas where she wants changes include:", "said", "colon-lead-open-end"),
    ("Her aide posted the following:", "posted", "colon-lead-open-end"),
    ("Roe said that given the crop of candidates on both sides:", "said",
     "colon-lead-adverbial"),
    ("Roe said that if elected:", "said", "colon-lead-adverbial"),
    ("The council said about its vote on the dam in the spring:", "said",
     "colon-lead-topic"),
    ("Roe wrote of the mayor:", "wrote", "colon-lead-topic"),
    ("Roe told her audience, to loud applause:", "told", "colon-lead-hearer"),
    ("Officials agreed, according to Jane Doe, writing for the Courier:", "according to",
     "colon-lead-source"),
    # negative rows: a whole clause, an elided clause, an object, no colon
    ("Roe said that the dam had failed:", "said", None),
    ("Roe reminded voters that she doesn't:", "reminded", None),
    ("Roe noted the sparse crowd at the rally:", "noted", None),
    ("Roe said that given the costs, it would fail:", "said", None),
    ("Roe told the crowd that the plan would fail:", "told", None),
    ("Roe said the plan was about jobs:", "said", None),
    ("Roe argued that the dam leaks.", "argued", None),
    ("Officials agreed on the dam, according to Jane Doe.", "according to", None),
    ("Roe said about the dam that it leaks.", "said", None),
])
def test_colon_lead_rows(sentence: str, cue: str, rule: str | None) -> None:
    assert lead(sentence, cue) == rule


def test_colon_lead_rules_are_named_and_unique() -> None:
    names = [name for name, _ in COLON_LEAD_RULES]
    assert len(names) == len(set(names)) and all(names)


def contents(*paragraphs: str) -> list[str]:
    return [s.quote for s in after_lede("\n\n".join(paragraphs))]


def test_a_lead_in_is_not_stored_but_the_quotation_after_it_is() -> None:
    found = contents("Roe told her audience, to loud applause:",
                     "“The dam will hold for another hundred years, and I will see to it.”")
    assert not any("applause" in quote for quote in found)
    assert any(quote.startswith("The dam will hold") for quote in found)


def test_a_whole_clause_before_a_colon_is_kept() -> None:
    found = contents("Roe said that the dam had failed twice in a decade:",
                     "“It leaked in 2014 and again in 2019, and nobody fixed it.”")
    assert any(quote.startswith("that the dam had failed") for quote in found)
