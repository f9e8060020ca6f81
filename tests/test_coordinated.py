"""Table-driven tests for coordinated subjects (bot/extraction/coordinated.py): the
coordination speaks, never one of its people alone; negative rows for what is no
coordination. All sentences are made up."""

from __future__ import annotations

import pytest

from bot.article import parse_article
from bot.extraction import extract
from bot.extraction.coordinated import coordination_rule, last_conjunct
from bot.extraction.phrases import subject_before

LEDE = ("Council Weighs Plan.\n\nRIVERTON — The city council met on Tuesday to weigh "
        "a new budget plan for the coming year.\n\n")


@pytest.mark.parametrize(("before", "subject"), [
    # coordinated-names: two names, a list, honorifics, organisations
    ("John Smith and Mary Jones ", "John Smith and Mary Jones"),
    ("The plan is dead, Smith and Jones ", "Smith and Jones"),
    ("Mr. Smith and Ms. Jones ", "Mr. Smith and Ms. Jones"),
    ("The Daily Planet and the Evening Star ", "The Daily Planet and the Evening Star"),
    # coordinated-words: a lowercase word, or a determiner and a word
    ("The deal is done, current and former officials ", "current and former officials"),
    ("Teachers and union officials ", "Teachers and union officials"),
    ("Her advisers and allies ", "Her advisers and allies"),
    ("Smith and his aides ", "Smith and his aides"),
    # opening words stay out of the coordination
    ("But Smith and Jones ", "Smith and Jones"),
    ("On Sunday, Smith and Jones ", "Smith and Jones"),
    # negative rows: 'and' joining clauses or objects, an organisation's name, titles
    ("The bill passed the Senate and Jones ", "Jones"),
    ("The deal is done and officials ", "officials"),
    ("Roe won Texas and Jones ", "Jones"),
    ("A report by the Academy of Arts, Letters and Sciences ", "Sciences"),
    ("Jane Roe, president and chief executive ", "chief executive"),
    # a pronoun joins too (the speaker rule then names nobody)
    ("He and Mr. Allen ", "He and Mr. Allen"),
    # negative rows: a list of three stays unjoined (a comma in a speaker is a fragment)
    ("Carson, Fiorina and Huckabee ", "Huckabee"),
    ("In Iowa, Fiorina and Huckabee ", "Huckabee"),
])
def test_subject_before_coordination(before: str, subject: str | None) -> None:
    found = subject_before(before)
    assert (found[0] if found else None) == subject


@pytest.mark.parametrize(("phrase", "rule", "last"), [
    ("Smith and Jones", "coordinated-names", "Jones"),
    ("current and former officials", "coordinated-words", "former officials"),
    # negative rows: one name, one description, a title pair
    ("Mary Jones", None, "Mary Jones"),
    ("the state's top officials", None, "the state's top officials"),
    ("Vice President and Managing Editor Jane Roe", None, "Managing Editor Jane Roe"),
])
def test_coordination_rule(phrase: str, rule: str | None, last: str) -> None:
    assert coordination_rule(phrase) == rule
    assert last_conjunct(phrase) == last


def _speakers(body: str) -> list[tuple[str | None, str]]:
    article = parse_article(LEDE + body, title="Council Weighs Plan")
    return [(s.speaker, s.trace.get("speaker", "")) for s in extract(article).statements]


@pytest.mark.parametrize(("body", "speaker"), [
    # a pair speaks as the pair, named in full or by surnames, honorifics kept
    ("Sen. Mary Jones spoke first. Later, John Smith and Mary Jones said the budget "
     "would pass next week.", "John Smith and Mary Jones"),
    ('"We are done here," Smith and Jones said in a joint statement.', "Smith and Jones"),
    ("Mr. Smith and Ms. Jones argued that the plan was sound and would pass.",
     "Mr. Smith and Ms. Jones"),
    # a coordinated description after its content
    ("The deal was nearly done by Friday, current and former officials said.",
     "current and former officials"),
    ("Mrs. Smith and her campaign said the budget would pass next week.",
     "Mrs. Smith and her campaign"),
    # too long for a card: nobody, never one of them
    ("Rep. John Smith and former state party chairman Mary Jones said the budget would "
     "pass next week.", None),
    # a pronoun among the conjuncts: nobody named, never the other one alone
    ("Smith arrived late. He and Mr. Allen said the budget would pass next week.", None),
    # negative row: one person, no coordination
    ("Mary Jones said the budget would pass next week.", "Mary Jones"),
])
def test_coordinated_speaker(body: str, speaker: str | None) -> None:
    found = _speakers(body)
    rule = "subject-mention" if speaker and " and " not in speaker else "coordinated-subject"
    assert (speaker, rule) in found


def test_pair_is_no_he_antecedent() -> None:
    """'He said' after a pair's statement never names the pair."""
    found = _speakers('Smith and Jones said the budget would pass next week.\n\n'
                      '"It will be close," he said.')
    assert found[0][0] == "Smith and Jones"
    assert all(s != "Smith and Jones" for s, _ in found[1:])


@pytest.mark.parametrize(("body", "speaker", "rule"), [
    # listed-subject: the last of a list of names is not who said it; nobody is named
    ("Carson, Fiorina and Huckabee said the budget would pass next week.", None,
     "listed-subject"),
    # negative rows: a relative after the last name is that person's; no list
    ("The stars were Lee, LaBelle and Mary Jones, who said the budget would pass next "
     "week.", "Mary Jones", None),
    ("In Iowa, Fiorina said the budget would pass next week.", "Fiorina", None),
])
def test_a_list_of_names_is_no_speaker(body: str, speaker: str | None,
                                       rule: str | None) -> None:
    found = [s for s in _speakers(body) if s[1] != "subject-mention" or s[0] == speaker]
    assert any(s[0] == speaker and (rule is None or s[1] == rule) for s in found)
