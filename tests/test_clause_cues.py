"""A cue that reports nothing after it (bot/extraction/clause_cues.py, CLAUSE_CUE_FRAMES):
one row per case with negative rows, and what the reported-speech rules then take. All
sentences are made up."""

from __future__ import annotations

import pytest
from extraction_lede import after_lede

from bot.extraction.clause_cues import CLAUSE_CUE_FRAMES, clause_cue, passive_by


def frame(sentence: str, cue: str) -> str | None:
    at = sentence.index(f" {cue}") + 1
    return clause_cue(sentence, 0, cue, at, at + len(cue))


@pytest.mark.parametrize(("sentence", "cue", "rule"), [
    ("After Roe testified, Doe and his team seemed to shift focus.", "testified",
     "cue-ends-subordinate-clause"),
    ("When Roe announced, her rivals cheered at once.", "announced",
     "cue-ends-subordinate-clause"),
    ("Senators blocked it because of measures added by Republicans on other issues.",
     "added", "participle-by-agent"),
    ("It was an allegation rejected by two inquiries.", "rejected", "participle-by-agent"),
    ("Lerer reported from Los Angeles.", "reported", "reported-from-place"),
    ("Roe reported from Oakland, Calif.; Doe, from Washington.", "reported",
     "reported-from-place"),
    ("Let's say you think a degree will cost $160,000 in 18 years.", "say",
     "lets-supposition"),
    ("Let us hope the plan holds for a year.", "hope", "lets-supposition"),
    ("That was what Roe said when she resigned from the council in 2014.", "said",
     "what-free-relative"),
    ("The gap between what Roe says her plan would do and what it does is wide.", "says",
     "what-free-relative"),
    ("Everything Roe says is a lie unless proven otherwise.", "says", "everything-relative"),
    ("Doe denied everything that she said about the mill.", "said", "everything-relative"),
    ("Nothing he told the council was new.", "told", "everything-relative"),
    ("The man accused of buying the guns will remain in custody.", "accused",
     "passive-participle-charge"),
    ("Doe freed two men charged with fraud in the state court.", "charged",
     "passive-participle-charge"),
    ("Doe freed Roe, an American contractor suspected of spying.", "suspected",
     "passive-participle-charge"),
    # negative rows
    ("Roe accused Doe of hiding the costs of the dam.", "accused", None),
    ("The group, which Roe blamed for the attacks, denied it.", "blamed", None),
    ("Doe faces a rival whom she has accused of lying.", "accused", None),
    ("He was accused of hiding the costs of the dam.", "accused", None),
    ("The mill took money from groups that the critics accused of fraud.", "accused", None),
    ("Roe praised the plan for its costs.", "praised", None),
    ("Roe said everything was fine at the mill.", "said", None),
    ("All she said was that the mill would close.", "said", None),
    ("Roe blamed what she said were the failures of the council.", "said", None),
    ("It is what he said frightens him the most about the plan.", "said", None),
    ("Roe denounced what she called the angry rhetoric of the race.", "called", None),
    ("Roe said what the council did was wrong.", "said", None),
    ("Roe let it be known she said the plan had failed.", "said", None),
    ("Roe reported that the plan had failed.", "reported", None),
    ("Roe reported on Tuesday that the plan had failed.", "reported", None),
    ("As Roe said, the plan failed in every county.", "said", None),  # 'as': the content
    ("While taxes may rise, that is good, Roe said, because people live longer.", "said",
     None),  # a parenthetical cue
    ("Roe said, after a pause, that the plan had failed.", "said", None),
    ("Roe added by saying that the plan had failed.", "added", None),  # a gerund: the means
    ("After the vote he was criticized by his allies for the plan.", "criticized", None),
    ("Roe added that the plan had failed.", "added", None),
    # wh-subject-cue rows: the wh-clause is the sentence's subject
    ('What Roe considers "fair" might be seen by others as evasive.', "considers",
     "wh-subject-cue"),
    ("How Roe answers that question will decide the race.", "answers", "wh-subject-cue"),
    ("But what Roe decides about the mill could be crucial to the town.", "decides",
     "wh-subject-cue"),
    ("The gap between what Roe says her plan would do and how experts believe it would "
     "work has endured.", "believe", "wh-subject-cue"),
    ("The question of whether anyone issued an order has loomed over the inquiry.", "issued",
     "wh-subject-cue"),
    ("The question of whether anyone issued an order has loomed over the inquiry.",
     "question", "wh-subject-cue"),  # the noun itself (a learned cue)
    # negative rows: a question, a pseudo-cleft, a wh-clause after a verb, an aside, a
    # label inside the clause, a verb before the preposition
    ("What do you think of the plan for the mill?", "think", None),
    ("How does Roe see the vote on the mill?", "see", None),
    ("What Roe argued was that the mill should stay open.", "argued", None),
    ("What Roe has seen instead are the charts of a warming planet.", "seen", None),
    ("Roe explained how she thinks the mill could stay open.", "thinks", None),
    ("What matters, Roe argued, is that the mill stays open.", "argued", None),
    ('The fight over whether the school is what its students have called a "scam" grew.',
     "called", None),
    ("The report was released amid concern about how Doe believes the mill was run.",
     "believes", None),
])
def test_clause_cue_rows(sentence: str, cue: str, rule: str | None) -> None:
    assert frame(sentence, cue) == rule


def test_clause_cue_frames_are_named_and_unique() -> None:
    names = [name for name, _ in CLAUSE_CUE_FRAMES]
    assert len(names) == len(set(names)) and all(names)




def reported(paragraph: str) -> list[tuple[str | None, str, str]]:
    return [(s.speaker, s.display, s.trace["span"]) for s in after_lede(paragraph)]


def test_the_main_clause_is_not_what_the_subordinate_clause_reported() -> None:
    assert reported("After Roe testified, Doe and his team seemed to shift their focus.") == []


def test_a_credit_line_is_no_statement_in_any_case() -> None:
    assert reported("Jane Roe reported from Midway Atoll, and Ina Doe from Kaneohe Bay.") == []
    assert reported("Lerer reported from Los Angeles.") == []


def test_a_subordinate_clause_with_its_own_content_is_still_read() -> None:
    # negative row: the comma ends the content, not the cue ('admitted ... that ...,')
    assert reported("While Roe admitted on Tuesday that the vote was lost, her campaign "
                    "argued that it could still win the nomination.") == [
        ("Jane Roe", "Roe admitted on Tuesday that the vote was lost", "subject-cue-content"),
        ("her campaign", "her campaign argued that it could still win the nomination",
         "subject-cue-content")]


def test_a_wh_subject_cue_is_no_statement_for_any_reader() -> None:
    """A cue inside the sentence's wh-clause subject stores nothing, whether the verb
    rules, the partial quotations or the learned cues read it (the content would run
    into the reporter's predicate); negative row: a wh-clause after the cue's verb."""
    assert after_lede('What Roe considers "fair" might be seen by others as evasive.') == []
    assert after_lede('The question of whether anyone issued a "stand down" has loomed '
                      "over the inquiry since the attacks.") == []
    assert after_lede("What Roe decides about the future of her campaign could be crucial "
                      "to how quickly the party unites.") == []
    assert [s.quote for s in after_lede("Roe explained how she thinks the mill could stay "
                                        "open for a decade.")] == [
        "how she thinks the mill could stay open for a decade"]


def test_a_supposition_is_no_statement_learned_or_not() -> None:
    """"Let's say ..." reports nothing, whichever reader finds the cue (the rules take
    'say', the learned cues 'hope'); negative row: the sentence after it still reports."""
    assert after_lede("Let's say you think a degree will cost $160,000 in 18 years.") == []
    assert after_lede("Let us hope it stays that way for a long time.") == []
    assert [s.quote for s in after_lede(
        "Let's say the plan fails. Roe said the council would then vote again.")] == [
        "the council would then vote again"]


@pytest.mark.parametrize(("sentence", "cue", "passive"), [
    ("Roe has been repeatedly criticized by many bankers for the rates.", "criticized", True),
    ("It was a measure strongly opposed by unions across the state.", "opposed", True),
    ("The plan, first reported by the Courier, is a key element.", "reported", True),
    # negative rows: a gerund after 'by' (the means), no 'by', no participle
    ("Roe added by saying that the plan had failed.", "added", False),
    ("Roe opposed the measure from the start.", "opposed", False),
    ("Roe says by now the plan has failed.", "says", False),
])
def test_passive_by_rows(sentence: str, cue: str, passive: bool) -> None:
    at = sentence.index(f" {cue} ") + 1
    assert passive_by(sentence, cue, at + len(cue)) is passive
