"""The learned cue model (bot/extraction/learned_cues.py): candidates, readings, the
shipped model's decisions on clear cases, and what its statements may not change.
All sentences are made up; positive rows are cases the model accepts with a wide
margin, negative rows narration it must leave alone."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from bot.article import parse_article
from bot.extraction import extract, learned_cues
from bot.extraction.content_ends import variants
from bot.extraction.quotes import Sentence
from bot.extraction.raw import Raw
from bot.extraction.speakers import split_name
from bot.models import Statement

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))

# The rules make Jane Roe a speaker of the article: learned statements may name her.
LEDE = "WASHINGTON -- Senator Jane Roe said on Wednesday that the budget would pass."
VOCAB = frozenset(["hopes", "voted", "support", "endorsed", "pointed", "called", "strongly",
                   "openly"])


def learned(paragraph: str) -> list[Statement]:
    article = parse_article(f"{LEDE}\n\n{paragraph}", title="T")
    return [s for s in extract(article).statements if "learned-cue" in s.trace["span"]]


def statements(paragraph: str) -> list[tuple[str | None, str | None, str]]:
    return [(s.speaker, s.cue, s.quote) for s in learned(paragraph)]


def sentence(text: str) -> Sentence:
    return Sentence(0, len(text), 0, [])


@pytest.mark.parametrize(("text", "words"), [
    ("Roe hopes to win and voted for the plan.", ["hopes", "voted"]),
    ("Roe pointed out the flaws in the plan.", ["pointed out"]),  # a two-word cue
    # negatives: a contraction's tail, a hyphenated or possessive word, a capital
    ("They're the support staff of the mayor.", ["support"]),
    ("The so-called reform bill was endorsed-by-none.", []),
    ("Hopes were high; the support's cost rose.", []),
    ("Roe hopesfully waited.", []),  # part of a longer word
    # an adverb before a cue is not the cue: the verb after it is
    ("Roe strongly endorsed the plan.", ["endorsed"]),
    ("Roe openly said it.", []),  # 'said' is the rules' cue
    ("Roe spoke openly about the plan.", ["openly"]),  # negative: no cue after it
])
def test_candidates(text: str, words: list[str]) -> None:
    found = learned_cues.candidates(text, sentence(text), VOCAB, set())
    assert [c[0] for c in found] == words


def test_a_rule_cue_is_no_candidate() -> None:
    text = "Roe hopes to win."
    assert learned_cues.candidates(text, sentence(text), VOCAB, {4}) == []


@pytest.mark.parametrize(("text", "cue", "readings"), [
    # the rules' content, then the object phrase closed by a comma or a conjunction
    ("Roe endorsed Doe for governor, and the union did too later.", "endorsed",
     {"whole": "Doe for governor, and the union did too later", "punct": "Doe for governor"}),
    ("Roe endorsed Doe for governor and the union did too later.", "endorsed",
     {"whole": "Doe for governor and the union did too later", "clause": "Doe for governor"}),
    # a passive cue's content is its subject
    ("The proposals were widely praised by the critics of the mayor.", "praised",
     {"whole": "by the critics of the mayor", "passive": "The proposals"}),
    # negatives: one reading only when nothing closes the content early
    ("Roe endorsed Doe for governor of the state.", "endorsed",
     {"whole": "Doe for governor of the state"}),
])
def test_readings(text: str, cue: str, readings: dict[str, str]) -> None:
    at = text.index(cue)
    raw = learned_cues.build(text, sentence(text), cue, at, at + len(cue))
    assert raw is not None
    got = {name: " ".join(text[a:b] for a, b in spans)
           for name, spans in variants(text, sentence(text), raw)}
    assert got == readings


@pytest.mark.parametrize(("paragraph", "expected"), [
    ("Jane Roe hopes to win the nomination in the spring.",
     [("Jane Roe", "hopes", "to win the nomination in the spring")]),
    ("Jane Roe expressed concern about the budget.",
     [("Jane Roe", "expressed", "concern about the budget")]),
    # one statement for a two-word cue ('voted against'), not one per word
    ("Jane Roe voted against the budget plan last year.",  # content_cuts: adjunct-ends
     [("Jane Roe", "voted", "against the budget plan")]),
    # negatives: narration with no stance or speech in it
    ("The campaign bus stopped in Dayton on Tuesday night.", []),
    ("Jane Roe toured the plant and left before noon on Friday.", []),
    ("Jane Roe won the primary by ten points.", []),
    ("The support for the plan grew over the summer.", []),
    ("Roe had the support of the mayor.", []),
])
def test_learned_rows(paragraph: str, expected: list[tuple[str, str, str]]) -> None:
    assert statements(paragraph) == expected


@pytest.mark.parametrize(("phrase", "name"), [
    # a plural title before one name of a pair ('Sens. Rand Paul and ...') is no name
    ("Sens. Rand Paul", "Rand Paul"),
    ("Senators Mitch McConnell", "Mitch McConnell"),
    ("Reps. Chris Collins", "Chris Collins"),
    # negatives: a singular title as before; a place that starts with a plural noun
    ("Sen. Rand Paul", "Rand Paul"),
    ("Governors Island", "Governors Island"),
])
def test_plural_titles_are_titles(phrase: str, name: str) -> None:
    assert split_name(phrase)[0] == name


@pytest.mark.parametrize(("paragraph", "expected"), [
    # a quotation inside the narration of a learned cue: a partial statement
    ('Jane Roe railed against the "rigged system" in her speech.',
     [("Jane Roe", "partial", 'against the "rigged system" in her speech')]),
    ('Jane Roe bemoaned the "failed policies" of the governor.',
     [("Jane Roe", "partial", 'the "failed policies" of the governor')]),
    # negatives: a quotation the rules gave to someone else is not the relayer's; a
    # quoted name in narration with no stance
    ('Jane Roe quoted John Doe as saying "we will win this state."', []),
    ('Jane Roe won the "Golden Gavel" award last year.', []),
])
def test_learned_partial_rows(paragraph: str, expected: list[tuple[str, str, str]]) -> None:
    assert [(s.speaker, s.kind, s.quote) for s in learned(paragraph)] == expected


@pytest.mark.parametrize(("paragraph", "speaker", "mention", "vetting"), [
    # a person the article names in full, with a given name, as the subject: kept
    ("John Doe hopes to win the nomination in the spring.", "John Doe", "John Doe",
     "learned_full_name"),
    ("John Doe spoke Monday. Doe hopes to win the nomination in the spring.", "John Doe",
     "Doe", "learned_full_name"),
    # negatives: a surname never written in full, a name with no known given name, a
    # pronoun, other words around the name: nobody (no speaker record of its own)
    # ('doe' is an English common word written only opening a sentence: 'not_a_name')
    ("Doe hopes to win the nomination in the spring.", None, "Doe", "not_a_name"),
    ("Team Doe hopes to win the nomination in the spring.", None, "Team Doe",
     "not_a_rule_speaker"),
    ("John Doe spoke Monday. He hopes to win the nomination in the spring.", None, "He",
     "not_a_rule_speaker"),
])
def test_a_learned_statement_names_a_rule_speaker_or_a_full_name(
        paragraph: str, speaker: str | None, mention: str, vetting: str) -> None:
    """A learned statement keeps its content; it names a speaker the rules' statements
    of the article name, or a person named in full as its subject (vetting rule
    learned_full_name, with a speaker record), and otherwise nobody."""
    stmt = learned(paragraph)[-1]
    assert (stmt.speaker, stmt.speaker_mention) == (speaker, mention)
    assert stmt.trace["speaker_vetting"] == vetting


def test_trace_names_the_model_and_its_probability() -> None:
    (stmt,) = learned("Jane Roe hopes to win the nomination.")
    rule, _, p = stmt.trace["span"].rpartition(" ")
    assert rule.endswith("learned-cue")
    assert 0.0 < float(p) <= 1.0


def test_a_learned_statement_is_never_the_previous_speaker() -> None:
    """'they' with no antecedent takes the previous rule statement's speaker, never
    the speaker of a learned statement between them."""
    article = parse_article(
        f'{LEDE}\n\n"We will win," Doe said. Jane Roe hopes to win the nomination too.'
        "\n\nThey said the vote would be close tonight.", title="T")
    got = [(s.speaker, "learned-cue" in s.trace["span"]) for s in extract(article).statements]
    assert got == [("Jane Roe", False), ("Doe", False), ("Jane Roe", True), ("Doe", False)]


def test_without_the_model_file_nothing_is_learned(tmp_path: Path) -> None:
    assert learned_cues.model(tmp_path / "absent.json") is None


def test_the_shipped_model_is_small_and_sane() -> None:
    mdl = learned_cues.model()
    assert mdl is not None
    assert 100 < len(mdl.vocab) < 2000
    assert 0.0 < mdl.gate.threshold < mdl.reader.threshold < 1.0
    assert all(" " not in f.split("=", 1)[1] for f in mdl.reader.weights if "=" in f)


def test_training_is_deterministic() -> None:
    import cue_learner

    rows = [(["w=hopes", "n1=to"], 1), (["w=won", "n1=the"], 0), (["w=hopes", "n1=the"], 1),
            (["w=won", "n1=to"], 0)] * 5
    assert cue_learner.train(rows) == cue_learner.train(rows)
    weights, _ = cue_learner.train(rows)
    assert weights.get("w=hopes", 0.0) > 0 > weights.get("w=won", 0.0)


def test_a_raw_is_not_learned_by_default() -> None:
    raw = Raw("indirect", [(0, 1)], 0, (0, 1))
    assert raw.learned is False


@pytest.mark.parametrize(("text", "rule_cues"), [
    # context cues are the learned model's, never the reported-speech rules'
    ("Roe backed the bill and said it would pass.", ["said"]),
    ("The support for the plan rose as Roe saw it.", []),
    # negatives: the other stance and speech cues stay with the rules
    ("Roe endorses the bill and warned of cuts.", ["endorses", "warned"]),
    ("Roe believes the plan works.", ["believes"]),
])
def test_context_cues_are_left_to_the_model(text: str, rule_cues: list[str]) -> None:
    from bot.extraction.raw import find_cues
    from bot.extraction.stance import CONTEXT_CUES, REPORTING_CUES, RULE_REPORTING_CUES
    assert CONTEXT_CUES <= REPORTING_CUES and not CONTEXT_CUES & RULE_REPORTING_CUES
    assert [c for c, _, _ in find_cues(text, 0, len(text), RULE_REPORTING_CUES)] == rule_cues


def test_a_partial_quotation_still_takes_a_context_cue() -> None:
    article = parse_article(f'{LEDE}\n\nRoe backed what she called a "clear and fair plan".',
                            title="T")
    kinds = [(s.speaker, s.kind) for s in extract(article).statements]
    assert ("Jane Roe", "partial") in kinds
