"""A capitalised common word opening a sentence is no speaker's name (common_words.py,
the 'not_a_name' vetting rule); a word capitalised in mid-sentence is one
(occurrences.in_mid_sentence), and a line break or a name ending its sentence is no
mid-sentence."""

from __future__ import annotations

import pytest

from bot.extraction.common_words import is_common_word
from bot.extraction.occurrences import in_mid_sentence
from bot.extraction.vetting import speaker_refusal

ARTICLE = ("Protests went on.\n\nSmall groups of protesters continued to call for answers. "
           "Concerns rose Monday over claims that ballots came late. Keeps saying she "
           "opposed it. Associates say he is likely to run. Wines believes that the "
           "campaign took voters for granted. Trump spoke of Rubio and Cruz. Along with "
           "her husband, she plans to narrow her support. Mr. Ban said so. Price said no.")


@pytest.mark.parametrize(("word", "rule"), [
    ("Small", "not_a_name"),       # a common word, only opening its sentence
    ("Concerns", "not_a_name"),    # a plural with a plural verb
    ("Keeps", "not_a_name"),       # a verb opening a sentence
    ("Along", "not_a_name"),       # after 'Cruz.': a sentence end, not 'Mr.'
    ("Associates", None),          # a plural naming people (agent suffix)
    ("Wines", None),               # a plural-looking word with a singular verb: a name
    ("Ban", None),                 # after a title's abbreviation: mid-sentence
    ("Cruz", None),                # not a common word
    ("Price", None),               # capitalised mid-sentence ('and Price said')
])
def test_common_words_opening_a_sentence(word: str, rule: str | None) -> None:
    assert speaker_refusal(word, ARTICLE + " The cost and Price said more.") == rule


@pytest.mark.parametrize(("word", "common"), [
    ("Small", True),
    ("Minutes", True),
    ("Proponents", False),         # -ents: people
    ("Wines", False),              # 'Wines believes' in the article
    ("Bloomberg", False),          # a proper noun, not in the list
])
def test_is_common_word(word: str, common: bool) -> None:
    assert is_common_word(word, ARTICLE) is common


@pytest.mark.parametrize(("text", "word", "mid"), [
    ("said Kelly", "Kelly", True),
    ("Mr. Ban", "Ban", True),
    ("Chief Justice John G. Roberts", "Roberts", True),    # an initial
    ("Sens.\xa0Mike Crapo", "Mike", True),
    ("'I disagree,” Tiegen stated", "Tiegen", True),       # a quote closing mid-sentence
    ("Rubio and Cruz. Along with her", "Along", False),   # a name ends the sentence
    ("is Hillary Clinton.”\n\nBoos rained down", "Boos", False),
    ("to stage with him?\" Fresh off", "Fresh", False),    # a quote ending a question
    ("the\nKelly", "Kelly", False),                         # a line break
    ("Kelly said", "Kelly", False),
])
def test_in_mid_sentence(text: str, word: str, mid: bool) -> None:
    assert in_mid_sentence(text, word) is mid


@pytest.mark.parametrize(("word", "article", "common"), [
    ("Doe", "Doe answered Roe.", False),             # a past verb after it: a subject
    ("Doe", "Doe, who had said it, left.", False),   # 'who': a person
    ("Doe", "Doe hopes to win.", True),              # '-s' after a singular: not read
    ("Concerns", "Concerns rose Monday.", True),     # a plural's past verb: no name
    ("Small", "Small groups gathered.", True),       # 'groups' is no singular verb
])
def test_a_verb_after_the_word(word: str, article: str, common: bool) -> None:
    assert is_common_word(word, article) is common
