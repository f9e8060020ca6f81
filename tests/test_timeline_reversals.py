"""The 'changed?' flag (bot/reversals.py), table-driven: statements of one speaker on one
topic, earlier then later, and whether the later one is flagged (negative rows too)."""

from __future__ import annotations

from datetime import date

import pytest

from bot import timeline
from bot.models import Hit, StoredStatement
from bot.reversals import changed_from, stances

# (earlier cue, earlier text, later cue, later text, flagged?)
ROWS = [
    # A modal verb and its negation, either way round.
    ("said", "We will send troops to the border.", "said", "We will not send troops.", True),
    ("said", "We won't send troops.", "said", "We will send troops next month.", True),
    ("said", "The bill does not raise taxes.", "said", "The bill does raise taxes.", True),
    ("said", "Kyiv should join NATO.", "said", "Kyiv should never join NATO.", True),
    # A stance verb, in the cue or the content, against its opposite.
    ("supports", "Ukraine's membership", "ruled out", "Ukraine's membership", True),
    ("said", "I support the treaty.", "said", "I oppose the treaty.", True),
    ("said", "We support the deal.", "said", "We no longer support the deal.", True),
    ("rejected", "the plan", "endorsed", "the plan", True),
    # Negative rows: the same stance again, other verbs, passives, no stance at all.
    ("said", "We will not send troops.", "said", "We will not send troops, ever.", False),
    ("said", "We will send troops.", "said", "We will not cut the budget.", False),
    ("supports", "the plan", "backed", "the plan", False),
    ("said", "It must be backed by troops.", "ruled out", "membership", False),
    ("said", "We will come back to it.", "said", "We oppose it.", False),
    ("said", "NATO is obsolete.", "said", "NATO is not obsolete.", True),
    ("said", "Tariffs are a tool, not a goal.", "said", "Tariffs will rise.", False),
    ("said", "The talks went well.", "said", "Nobody expected that.", False),
    ("opposes", "the plan", "opposes", "the plan", False),
    ("said", "Nobody will deny it.", "said", "We do not deny it.", False),
    # Someone else's stance, or a noun: not the speaker changing (seen on PolNeAR dev).
    ("said", "Trump also supported the invasion.", "said", "He refuses to take it back.",
     False),
    ("condemned", "the test", "said", "many of his supporters regard it as racist", False),
    ("said", "We will send troops.", "said", "They will not send troops.", False),
    # Speaking is no position (PolNeAR train).
    ("said", "Sanders hasn't said whether he has a strategy.", "said",
     "Sanders has said he will vote for Clinton.", False),
]


@pytest.mark.parametrize(("cue_a", "text_a", "cue_b", "text_b", "flagged"), ROWS)
def test_the_reversal_flag(cue_a: str, text_a: str, cue_b: str, text_b: str,
                           flagged: bool) -> None:
    found = changed_from([stances(cue_a, text_a)], stances(cue_b, text_b))
    assert (found is not None) == flagged, found


def test_the_flag_points_at_the_latest_earlier_stance() -> None:
    history = [stances("said", "We will send troops."), stances("said", "We will not send them"
                                                                 " troops."),
               stances("said", "The weather is fine.")]
    found = changed_from(history, stances("said", "We will send troops after all."))
    assert found is not None and found[0] == 1
    again = changed_from(history[1:2], stances("said", "We will not send troops."))
    assert again is None  # 'will not' after 'will not': no change


def statement(n: int, display: str, cue: str = "said") -> StoredStatement:
    return StoredStatement(id=n, article_id=n, speaker_id=1, speaker="Mara Quint",
                           kind="direct", quote=display, context=display, display=display,
                           cue=cue, said_on=date(2025, 1, n), source="Wire",
                           article_title=f"a{n}")


@pytest.mark.parametrize(("earlier", "later", "flagged"), [
    ("“We will raise tariffs on imported steel”",
     "“We will not raise tariffs on imported steel this year”", True),
    # Same words of stance, another matter: not a change (too few words in common).
    ("“We will raise tariffs on steel”", "“We will not raise tariffs on cars”", False),
    ("“We will not send troops to the border”", "“We will send a letter”", False),
])
def test_a_timeline_flags_only_the_same_matter(earlier: str, later: str,
                                               flagged: bool) -> None:
    hits = [Hit(statement=statement(1, earlier), score=0.0),
            Hit(statement=statement(2, later), score=0.0)]
    entries = timeline._entries(hits, "tariffs")
    assert entries[0].changed is None
    assert (entries[1].changed is not None) == flagged


@pytest.mark.parametrize(("earlier", "later", "flagged"), [
    # A stance verb ties two statements by nothing but the speaker: 3 shared words needed.
    (("refused", "Quint refused to endorse Ryan, the same wording Paul Ryan used"),
     ("endorsed", "Quint on Friday endorsed the re-election of House Speaker Paul Ryan"), True),
    (("supported", "Quint supported the bill on ports"),
     ("dismissed", "Quint dismissed the story about the bill on ports"), False),
])
def test_a_stance_verb_needs_more_words_in_common(
        earlier: tuple[str, str], later: tuple[str, str], flagged: bool) -> None:
    hits = [Hit(statement=statement(1, earlier[1], earlier[0]), score=0.0),
            Hit(statement=statement(2, later[1], later[0]), score=0.0)]
    assert (timeline._entries(hits, "tariffs")[1].changed is not None) == flagged
