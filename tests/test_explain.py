"""`onrecord extract --explain`: every statement names the rules that chose it."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.article import parse_article
from bot.cli import main
from bot.extraction import extract
from bot.extraction.speaker_rules import NO_SUBJECT_RULES, SUBJECT_RULES

SEED = next((Path(__file__).resolve().parents[1] / "seeds").glob("*.txt"))


def statements(text: str) -> list:
    return extract(parse_article(text, title="Test")).statements


def test_explain_names_span_speaker_and_date_rules_for_every_seed_statement(capsys) -> None:
    assert main(["extract", "--explain", str(SEED)]) == 0
    out = capsys.readouterr().out
    blocks = out.split("\n\n")[1:]
    assert len(blocks) == 9  # the 8 statements of the body and the headline's
    for block in blocks:
        assert "span and kind: " in block and "   speaker: " in block
        assert "   date: " in block
    assert "span and kind: quotation-as-sentence + cue-after-quote + continued-quotation" in out
    assert "speaker: pronoun-antecedent" in out
    assert "span and kind: subject-cue-content + headline" in out


RULES = [
    # (article text, rule key, rule expected to have fired)
    ('"We will win this state," Jane Roe said on Tuesday.', "span",
     "quotation-as-sentence + cue-after-quote"),
    ('Jane Roe said the vote would be close and the count slow.', "span",
     "subject-cue-content"),
    ('According to Jane Roe, the vote would be close and the count slow.', "span",
     "according-to-opening"),
    ('Jane Roe spoke first.\n\n"We will win," she said. "Nobody doubts it now."', "speaker",
     "pronoun-antecedent"),
    ('"We will win this state by a wide margin," Jane Roe said.', "speaker", "subject-mention"),
    ('"We will win this state by a wide margin and then some more."', "speaker",
     "unattributed"),
    ("Jane Roe has faced questions about the budget of her office for weeks.", "speaker",
     "target-of-report"),
]


@pytest.mark.parametrize(("text", "key", "rule"), RULES)
def test_trace_says_which_rule_fired(text: str, key: str, rule: str) -> None:
    found = statements(text)
    assert found, text
    assert found[0].trace[key] == rule


def test_speaker_rule_tables_are_named_documented_and_ordered() -> None:
    names = [name for name, _ in NO_SUBJECT_RULES + SUBJECT_RULES]
    assert len(names) == len(set(names))
    assert NO_SUBJECT_RULES[-1][0] == "unattributed"  # the last resort comes last
    for _, rule in NO_SUBJECT_RULES + SUBJECT_RULES:
        assert rule.__doc__ and ("'" in rule.__doc__ or "Nothing" in rule.__doc__)


def test_a_refused_speaker_names_the_vetting_rule() -> None:
    found = statements("Nothing here yet.\n\nThe registration issue said the plan would hurt "
                       "voters of the whole state badly.")
    assert found[0].speaker is None
    assert found[0].trace["speaker_vetting"]


HONORIFICS = [
    # (article text, the statement's speaker, the honorific rule named, or None)
    ("Bill Roe and Hillary Roe toured Ohio.\n\nMrs. Roe said the plan would help "
     "families across the state.", "Hillary Roe", "honorific-gender"),
    ("Khizr Dane and his wife, Ghazala Dane, spoke.\n\nMr. Dane said the candidate had "
     "sacrificed nothing at all. Ms. Dane said she could not speak on the stage.",
     "Dane", "honorific-pair"),
    # negative rows: the surname alone names the same person
    ("Hillary Roe and Bill Roe toured Ohio.\n\nMrs. Roe said the plan would help "
     "families across the state.", "Hillary Roe", None),
    ("Jane Roe toured Ohio.\n\nRoe said the plan would help families across the state.",
     "Jane Roe", None),
]


@pytest.mark.parametrize(("text", "speaker", "rule"), HONORIFICS)
def test_an_honorific_choosing_the_person_is_named(
    text: str, speaker: str, rule: str | None,
) -> None:
    found = statements(text)
    assert found[0].speaker == speaker
    assert found[0].trace.get("speaker_honorific") == rule
