"""A cue inside round brackets reports only what the brackets hold
(bot/extraction/bracket_cuts.py): table rows with negative rows, and what the readers
then store. All sentences are made up."""

from __future__ import annotations

import pytest
from extraction_lede import after_lede

from bot.extraction.bracket_cuts import brackets_around, dashes_around


@pytest.mark.parametrize(("text", "word", "inside"), [
    ("The mill (which, Roe says, is old) closed.", "says", "which, Roe says, is old"),
    ("(Roe said the mill would close.)", "said", "Roe said the mill would close."),
    # negative rows: the word outside brackets, brackets closed before it, another
    # paragraph's brackets
    ("Roe said (in a statement) that the mill closed.", "said", None),
    ("The mill (an old one) closed, Roe said.", "said", None),
    ("The mill (an old one\n\nRoe said it closed.)", "said", None),
])
def test_brackets_around_rows(text: str, word: str, inside: str | None) -> None:
    found = brackets_around(text, text.index(word))
    assert (text[found[0]:found[1]] if found else None) == inside


def shown(paragraph: str) -> list[tuple[str | None, str, str]]:
    return [(s.speaker, s.quote, s.trace["span"]) for s in after_lede(paragraph)]


def test_a_parenthetical_cue_in_brackets_reports_only_the_brackets() -> None:
    """The writer's words outside the brackets are nobody's statement ('content-in-
    brackets'); the cue before the brackets ends before them ('content-ends-before-
    brackets')."""
    assert shown("He tells crowds she may be charged over her mill (the sale of which, "
                 "many Democrats say, shows her instincts hurting her).") == [
        (None, "crowds she may be charged over her mill",
         "subject-cue-content + content-ends-before-brackets"),
        ("Democrats", "the sale of which shows her instincts hurting her",
         "parenthetical-cue + content-in-brackets")]


def test_a_content_running_out_of_the_brackets_is_cut_or_dropped() -> None:
    assert [q for _, q, _ in shown("Turnout rose in towns like Elm (93 percent of its voters "
                                   "were there, according to Jane Doe) in March.")] == [
        "93 percent of its voters were there"]
    # too little inside to cut at: no statement
    assert shown("The mill (which is not known as old, Roe says) was sold to Doe.") == []


def test_content_in_brackets_is_left_alone() -> None:
    """Negative rows: a content inside the brackets loses only a bracket mark, a cue
    outside brackets keeps its content."""
    assert [q for _, q, _ in shown("(Roe said the mill would close in the spring.)")] == [
        "the mill would close in the spring"]
    assert [q for _, q, _ in shown("Roe said (in a statement) that the mill would close "
                                   "in the spring.")] == [
        "that the mill would close in the spring"]


@pytest.mark.parametrize(("text", "word", "inside"), [
    ("He held up the sign — which read “Vote” — and waved it.", "read", " which read “Vote” "),
    ("The mill -- which Roe sold -- is closed.", "sold", " which Roe sold "),
    # negative rows: no second dash after the word, the word before the first dash, an
    # even number of dashes before it
    ("The mill — Roe said it is old.", "said", None),
    ("Roe said the mill — an old one — is closed.", "said", None),
    ("The mill — an old one — is closed, Roe said.", "said", None),
])
def test_dashes_around_rows(text: str, word: str, inside: str | None) -> None:
    found = dashes_around(text, text.index(word), (0, len(text)))
    assert (text[found[0]:found[1]] if found else None) == inside


def test_a_cue_in_a_dash_aside_reports_only_the_aside() -> None:
    """'content-in-dashes'; a whole quotation is content enough; negative row: an 'as'
    aside reports the sentence around it, which is left as it was."""
    assert shown("He held up the sign — which read “Vote Roe” — and waved it at the "
                 "crowd.")[0][1:] == ("“Vote Roe”", "quotation-inside-narration + "
                                                   "content-in-dashes")
    assert shown("The party courts the fringe — which Jane Doe denounced — and is "
                 "building a base there.") == []
    as_aside = shown("The spokesman -- as Roe's campaign noted this week -- even "
                     "promoted Doe as the winner of the debates.")
    assert as_aside and all("content-in-dashes" not in trace for _, _, trace in as_aside)
