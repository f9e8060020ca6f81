"""A speaker name that is only the tail of a longer name in the article is read whole
or refused (name_tails.py: vetting rules 'name_tail', 'cut_word', and vetting.vetted's
'whole_name')."""

from __future__ import annotations

import pytest

from bot.extraction.name_tails import cut_word, name_tail, whole_name
from bot.extraction.vetting import speaker_refusal

ARTICLE = ("A report by the Organization for Economic Cooperation and Development noted "
           "it. The fiscally conservative Club for Growth Action reported spending. The "
           "Central and East European Coalition said so. Polls by The Washington Post and "
           "ABC News agree. Richard Alba and Nancy Foner wrote it. About 31% of "
           "Republicans and Republican-leaning voters said so. A study by Harvard and the "
           "University of California found it. Marc Tre\u0301vidic put it, and Ann Roe said.")


@pytest.mark.parametrize(("name", "tail", "whole"), [
    ("Development", True, "Organization for Economic Cooperation and Development"),
    ("Growth Action", True, "Club for Growth Action"),
    ("East European Coalition", True, "Central and East European Coalition"),
    ("ABC News", False, None),                   # 'Post' ends the first name
    ("Nancy Foner", False, None),                # a person ('Nancy' is a given name)
    ("Republican-leaning voters", False, None),  # '31% of': no name before 'of'
    ("University of California", False, None),  # 'and the': a second name
    ("Economic Cooperation", False, None),       # also written on its own below
])
def test_name_tail_rows(name: str, tail: bool, whole: str | None) -> None:
    article = ARTICLE + " Economic Cooperation grew."
    assert name_tail(name, article) is tail
    assert whole_name(name, article) == whole


@pytest.mark.parametrize(("name", "cut"), [
    ("Marc Tre", True),      # a combining mark follows: the name stops inside a word
    ("Ann Ro", True),        # a letter follows
    ("Ann Roe", False),
    ("Nobody Here", False),  # not in the article
])
def test_cut_word_rows(name: str, cut: bool) -> None:
    assert cut_word(name, ARTICLE) is cut


def test_cut_word_and_name_tail_refuse_as_vetting_rules() -> None:
    assert speaker_refusal("Marc Tre", ARTICLE) == "cut_word"
    assert speaker_refusal("Development", ARTICLE) == "name_tail"
    assert speaker_refusal("Ann Roe", ARTICLE) is None
