"""Readers that tokenise only the head of a stretch (speed) read what they read from
the whole stretch: phrases.head_tokens, content_start's head and cue_features's
tokens up to the last candidate. All sentences are made up."""

from __future__ import annotations

import pytest

from bot.extraction import content_start, cue_features
from bot.extraction.content_start import HEAD_TOKENS, content_start_named
from bot.extraction.phrases import head_tokens, tokens
from bot.extraction.quotes import split_sentences

LONG = " ".join(["word"] * (HEAD_TOKENS + 10))


@pytest.mark.parametrize(("text", "start", "end", "limit"), [
    ("Roe said on Monday that the plan, U.S.-made, is dead.", 0, 52, 5),
    ("Roe said on Monday that the plan, U.S.-made, is dead.", 4, 30, 100),
    ("O'Neill’s aides—and Roe—said so.", 3, 20, 4),
    (LONG, 5, len(LONG), HEAD_TOKENS),
    # negative rows: an empty stretch, a stretch cutting a word, a limit of nothing
    ("Roe said.", 5, 5, 3),
    ("Roe said it.", 1, 7, 10),
    ("Roe said it.", 0, 12, 0),
])
def test_head_tokens_are_the_first_tokens(text: str, start: int, end: int, limit: int) -> None:
    assert head_tokens(text, start, end, limit) == tokens(text[start:end], start)[:limit]


@pytest.mark.parametrize(("text", "cue", "expected"), [
    # 'that' within the window opens the content
    ("Roe said on Monday that taxes will rise.", "said", "that taxes"),
    # the content's first word past the cue's person object
    ("Roe told reporters taxes will rise.", "told", "taxes will"),
    # a capitalised object longer than the head: the rest of the sentence is read
    ("Roe told " + " ".join(["Smith"] * (HEAD_TOKENS + 4)) + " taxes will rise.", "told",
     "taxes will"),
    # skipped words longer than the head: the rest is read
    ("Roe said " + " ".join(["again"] * (HEAD_TOKENS + 4)) + " taxes will rise.", "said",
     "taxes will"),
    # negative rows: nothing after the skipped words, or nothing at all
    ("Roe said " + " ".join(["again"] * (HEAD_TOKENS + 4)), "said", ""),
    ("Roe told " + " ".join(["Smith"] * HEAD_TOKENS), "told", ""),
])
def test_content_start_reads_past_the_head(text: str, cue: str, expected: str) -> None:
    c_end = text.index(cue) + len(cue)
    start, _ = content_start_named(text, c_end, len(text), cue)
    assert text[start:start + len(expected)] == expected
    assert expected or start == len(text)


def _whole(text: str, sent: object, last_end: int) -> list[tuple[str, int]]:
    s = sent
    return tokens(text[s.start:s.end], s.start)  # type: ignore[attr-defined]


@pytest.mark.parametrize(("text", "words"), [
    ("Roe backed the plan and endorsed Smith on Monday in Ohio.", ("backed", "endorsed")),
    ("Roe backed the plan, " + LONG + ".", ("backed",)),
    ("Roe, " + LONG + ", backed the plan, " + LONG + " and then hoped so.", ("backed", "hoped")),
    # negative rows: a candidate at the sentence's end, a sentence of a few words
    ("The plan was backed.", ("backed",)),
    ("Roe hoped.", ("hoped",)),
])
def test_features_read_no_further_than_the_whole(text: str, words: tuple[str, ...],
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    sent = split_sentences(text, 0, 0)[0]
    cands = [(w, text.index(w), text.index(w) + len(w)) for w in words]
    head = cue_features.features(text, sent, cands, [])
    monkeypatch.setattr(cue_features, "_tokens_to", _whole)
    assert head == cue_features.features(text, sent, cands, [])


def test_head_is_longer_than_what_the_rules_read() -> None:
    # the 'that' search reads THAT_WINDOW tokens and the one after the last
    assert HEAD_TOKENS > content_start.THAT_WINDOW + 2
