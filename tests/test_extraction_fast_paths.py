"""The extractor's fast paths read the same as the plain readings they stand in for
(issue 12: speed with byte-identical output): each table row compares the fast helper
with the slow reading it replaces, and the negative rows are the cases where the fast
path must hand over to the slow one. All sentences are made up."""

from __future__ import annotations

import pytest

from bot.extraction.content_start import HEAD_TOKENS, _first_index, content_start_named
from bot.extraction.mentions import Resolved
from bot.extraction.phrases import head_tokens, tokens
from bot.extraction.raw import (
    _inside_words_dropped,
    _particle_heads,
    _word_matches,
    cue_pattern,
)
from bot.extraction.salience import Salient, _within_reach
from bot.extraction.stance import RULE_REPORTING_CUES

SENTENCES = [
    "Roe said the mill would close.",
    "The mayor, who took aim at the council, said it wasted money.",
    "The rivals mistook aim at the plan for malice, officials said.",  # slow scan: no 'aim'
    "They unsaid nothing; Roe later added that the vote was fair.",
    "Roe’s well-known aide took aim at rivals.",
    "",
]


@pytest.mark.parametrize("text", SENTENCES)
@pytest.mark.parametrize("start", [0, 1, 5])
def test_word_matches_as_the_scan_that_drops_inside_words(text: str, start: int) -> None:
    start = min(start, len(text))
    fast = [(m.start(), m[0]) for m in _word_matches(text, start, len(text),
                                                     RULE_REPORTING_CUES)]
    slow = [(m.start(), m[0]) for m in _inside_words_dropped(
        text, start, len(text), cue_pattern(RULE_REPORTING_CUES))]
    assert fast == slow


def test_particle_heads_name_the_words_that_need_the_slow_scan() -> None:
    assert "aim" in _particle_heads(RULE_REPORTING_CUES)  # 'take aim'
    assert "said" not in _particle_heads(RULE_REPORTING_CUES)


@pytest.mark.parametrize("text", SENTENCES)
@pytest.mark.parametrize("n", [0, 1, 3, 50])
def test_head_tokens_are_the_first_tokens(text: str, n: int) -> None:
    assert head_tokens(f"xx {text}", 3, len(text) + 3, n) == tokens(text, 3)[:n]


@pytest.mark.parametrize(
    ("after", "cue"),
    [
        (" that the mill would close.", "said"),
        # the first word lies past the tokens read first: all of them are read
        (" yesterday also again still now then later soon today tonight recently once "
         "the mill would close.", "said"),
        (" Reporters From The New York Times And Washington Post And Others That It "
         "Would Close.", "told"),
        (" reporters that it would close.", "told"),
        # negative: a short content, all its tokens read at once
        (" it would.", "told"),
    ],
)
def test_content_start_reads_as_with_every_token(after: str, cue: str) -> None:
    text = f"Roe {cue}{after}"
    c_end = len(f"Roe {cue}")
    every = tokens(text[c_end:], c_end)
    start, _ = content_start_named(text, c_end, len(text), cue)
    i = _first_index(every, cue)
    if start != len(text) and not text[start:].lower().startswith("that"):
        assert start == (every[i][1] if i < len(every) else len(text))
    assert len(head_tokens(text, c_end, len(text), HEAD_TOKENS)) <= HEAD_TOKENS


def _salient(sent: int, pos: int) -> Salient:
    return Salient(pos, Resolved(f"Person {sent}"), sent)


@pytest.mark.parametrize("idx", [0, 3, 8, 9, 12, 20])
def test_within_reach_keeps_the_candidates_in_order(idx: int) -> None:
    found = [_salient(s, s * 10) for s in (0, 0, 2, 4, 9, 11, 12, 15)]
    added = [_salient(s, s * 10 + 5) for s in (1, 3, 9, 11) if s <= idx]
    sents = [c.sent for c in found]
    reach = _within_reach(found, sents, added, idx)
    every = [c for c in found + added if idx - 8 <= c.sent <= idx]
    assert reach == every
