"""Table-driven tests of relative-who-name (relative_who.py): the name a ', who' before
a learned cue stands for; and of the no-subject finder table (no_subject.py). Made-up
sentences."""

from __future__ import annotations

import pytest
from extraction_lede import learned_speaker

from bot.article import parse_article
from bot.extraction import extract
from bot.extraction.no_subject import NO_SUBJECT_FINDERS
from bot.extraction.relative_who import relative_who_name


@pytest.mark.parametrize(
    ("text", "cue", "found"),
    [
        ("The plan was echoed by former Gov. Martin Vogt, who noted ", "noted",
         "Gov. Martin Vogt"),
        ("It was a victory for Vogt, who has often complained ", "complained", "Vogt"),
        # past one appositive opening with an article
        ("It was derided by Dana Okafor, the leader of the opposition, who suggested ",
         "suggested", "Dana Okafor"),
        ("The lead is hardly an anomaly for Vogt, who's argued ", "argued", "Vogt"),
        # a place after 'of' ends the name; 'long' between 'who' and the cue
        ("It drew Sen. Martin Vogt of Ohio, who has long argued ", "argued",
         "Sen. Martin Vogt"),
        ("It came from Dana Okafor of New York, the ranking Democrat, who said ", "said",
         "Dana Okafor"),
        # negative rows: the relative is a person noun's ('a spokesman for Vogt'); a
        # possessive; no name before 'who'; a verb between 'who' and the cue
        ("It was denied by a spokesman for Vogt, who said ", "said", None),
        ("It was Vogt's aide, who said ", "said", None),
        ("It was a sharp rise from the 1 percent, who preferred ", "preferred", None),
        ("It was a victory for Vogt, who came out and endorsed ", "endorsed", None),
        ("Dana Vogt has criticized ", "criticized", None),
        # ' who' with no comma ending an appositive that opens with an article
        ("It was criticized by Dana Okafor, a banker and former official who has "
         "suggested ", "suggested", "Dana Okafor"),
        ("She relies on Martin Vogt, an economist at Acme University who had once "
         "concluded ", "concluded", "Martin Vogt"),
        # negative rows: ' who' after a plural in the appositive; no appositive before a
        # bare ' who'
        ("It met Dana Okafor, the head of a group of farmers who say ", "say", None),
        ("It met Dana Okafor at a rally of voters who say ", "say", None),
        # negative rows: 'of' before a name that is no place ('said Roe of Christie':
        # about him); 'of' after a common noun; a passive
        ("It was over, said Ann Roe of Christie, who opted ", "opted", "Christie"),
        ("Trump made no mention of Jeb Vogt, who announced ", "announced", "Jeb Vogt"),
        ("It was Vogt, who has been asked ", "asked", None),
    ],
)
def test_relative_who_name(text: str, cue: str, found: str | None) -> None:
    got = relative_who_name(text, 0, text.rindex(cue))
    assert (got[0] if got else None) == found


def _learned(paragraph: str, marker: str) -> tuple[str | None, str]:
    text = "\n\n".join(["Officials met in the capital on Monday.",
                        "Barack Obama and Tim Kaine spoke at the event.", paragraph])
    found = [s for s in extract(parse_article(text, title="T")).statements
             if marker in s.quote]
    assert found, "no statement quotes the marker"
    return found[-1].speaker, found[-1].trace.get("speaker", "")


@pytest.mark.parametrize(
    ("paragraph", "marker", "speaker", "rule"),
    [
        ("The number marked a symbolic victory for Obama, who has often complained "
         "about not getting enough credit for the recovery.", "credit", "Barack Obama",
         "relative-who-name + subject-mention"),
        ("That stance is hardly an anomaly for Kaine, who criticized fellow Democrats "
         "in 2011 for seeking a higher tax.", "fellow", "Tim Kaine",
         "relative-who-name + subject-mention"),
        # negative row: the spokesman's relative clause, not Kaine's
        ("That stance was defended by a spokesman for Kaine, who criticized fellow "
         "Democrats in 2011 for seeking a higher tax.", "fellow", None, "unattributed"),
    ],
)
def test_relative_who_learned(paragraph: str, marker: str, speaker: str | None,
                              rule: str) -> None:
    assert _learned(paragraph, marker) == (speaker, rule)


def test_no_subject_finder_order() -> None:
    assert [name for name, _ in NO_SUBJECT_FINDERS] == [
        "opening-participle-subject", "relative-who-name", "nearest-clause-subject",
        "opening-subject", "participle-main-subject", "second-verb-main-subject"]


@pytest.mark.parametrize(
    ("paragraph", "cue", "speaker", "rule"),
    [
        # the opening subordinate clause's subject is not the main clause's cue's
        ("While Sanders has maintained that the provision amounted to slavery, Clinton "
         "has nevertheless called his vote an irresponsible one.", "called",
         "Hillary Clinton", "nearest-clause-subject + subject-mention"),
        ("Although Vogt lacks a signature policy achievement, elected officials from "
         "both parties say he has forged a reputation as a hard worker.", "say", None,
         "unattributed"),
        # negative row: the subordinate clause's own cue keeps its subject
        ("While Sanders has maintained that the provision amounted to modern-day "
         "slavery, Clinton has nevertheless called his vote an irresponsible one.",
         "maintained", "Bernie Sanders", "subject-mention"),
    ],
)
def test_subordinate_subject(paragraph: str, cue: str, speaker: str | None,
                             rule: str) -> None:
    assert learned_speaker(paragraph, cue) == (speaker, rule)


@pytest.mark.parametrize(
    ("paragraph", "cue", "speaker", "rule"),
    [
        # a participle cue after a comma: the clause subject before it, not a phrase
        # inside the opening quotation
        ('"Man, you are working it hard," Dana Vogt told Hillary Clinton, alluding to the '
         'budget ambitions of the chair.', "alluding", "Dana Vogt",
         "participle-nearest-subject + subject-mention"),
        # negative row: the nearest clause subject is the sentence's own subject
        ("Hillary Clinton endorsed Dana Vogt on Monday, calling her budget a model for "
         "the state.", "calling", "Hillary Clinton", "subject-mention"),
    ],
)
def test_participle_nearest_subject(paragraph: str, cue: str, speaker: str | None,
                                    rule: str) -> None:
    assert learned_speaker(paragraph, cue) == (speaker, rule)
