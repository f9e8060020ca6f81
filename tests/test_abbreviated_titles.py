"""'Del.' before a name is the title Delegate (AP style), not the end of a sentence nor
the state of Delaware; after a place it still ends a sentence. All sentences made up."""

from __future__ import annotations

import pytest
from extraction_lede import after_lede

from bot.extraction.quotes import split_sentences


@pytest.mark.parametrize(("paragraph", "speakers"), [
    ('"This is a waste of time," said Del. Dana Okafor of the Virgin Islands.',
     ["Dana Okafor"]),
    ("Del. Dana Okafor said the budget would pass.", ["Dana Okafor"]),
    # negative rows: a state after a city ends its sentence; 'Del' as a given name
    ("The plant moved to Wilmington, Del. The mayor said the move was good.", ["The mayor"]),
    ("Del Vogt said the budget was unsafe.", ["Del Vogt"]),
])
def test_delegate_title_rows(paragraph: str, speakers: list[str]) -> None:
    assert [s.speaker for s in after_lede(paragraph)] == speakers


def test_del_before_a_name_ends_no_sentence() -> None:
    text = "It was said by Del. Dana Okafor in May. Wilmington, Del. The end."
    assert [text[s.start:s.end].strip() for s in split_sentences(text, 0, 0)] == [
        "It was said by Del. Dana Okafor in May.", "Wilmington, Del.", "The end."]


@pytest.mark.parametrize(("paragraphs", "speakers"), [
    # they-no-document: 'they' never stands for one document ('The statement')
    (["The statement noted that the budget would pass.",
      '"We will fix the budget now," they said.'], ["The statement", None]),
    # ... nor for one person whose gender the article does not tell
    (['"We will fix the budget," Zanele Prusik said.', "They said the plan would pass."],
     ["Zanele Prusik", None]),
    # negative rows: an organisation just quoted still may be 'they', named by its noun
    # or by a name ending in an organisation noun
    (["The council said the budget would pass.", '"We will fix the budget now," they said.'],
     ["The council", "The council"]),
    (["The Ohio Farm Bureau said the budget would pass.",
      '"We will fix the budget now," they said.'], ["Ohio Farm Bureau", "Ohio Farm Bureau"]),
])
def test_they_rows(paragraphs: list[str], speakers: list[str | None]) -> None:
    assert [s.speaker for s in after_lede("\n\n".join(paragraphs))] == speakers
