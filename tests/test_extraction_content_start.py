"""Where a reported content starts after its cue (bot/extraction/content_start.py): the
THAT_STOPS rules keep a 'that' owned by the cue's object, infinitive or second verb
out of the cue's reach; one row per rule with the rule --explain names, and negative
rows where the cue's own 'that' opens the content. All sentences are made up."""

from __future__ import annotations

import pytest
from extraction_lede import after_lede, rules_in

from bot.extraction.content_start import THAT_STOPS, content_start_named

STOP_RULES = {name for name, _ in THAT_STOPS}


def contents(paragraph: str) -> list[tuple[str, str | None]]:
    """(content, the THAT_STOPS rule in its trace or None) of each reported statement."""
    return [(s.quote, rules_in(s, STOP_RULES)) for s in after_lede(paragraph)
            if s.kind != "direct"]


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        # object-owns-that: the cue's object owns the 'that' after it
        ("Roe rejected the notion that the new tax would close the mill.",
         [("the notion that the new tax would close the mill", "object-owns-that")]),
        ("Roe reiterated her claim that the council had wasted the grant money.",
         [("her claim that the council had wasted the grant money", "object-owns-that")]),
        # negatives: a time phrase or a place before the cue's 'that'; a verb of telling
        ("Roe said last week that the council had wasted the grant money.",
         [("that the council had wasted the grant money", None)]),
        ("Roe said in a statement that the council had wasted the grant money.",
         [("that the council had wasted the grant money", None)]),
        ("Roe assured the crowd that the mill would stay open for years.",
         [("that the mill would stay open for years", None)]),
        # infinitive-owns-that: 'to' before the 'that'
        ("Roe sought to convey that she was calm about the long recount.",
         [("to convey that she was calm about the long recount", "infinitive-owns-that")]),
        # negative: 'to' before a person told
        ("Roe admitted to reporters that the council had wasted the grant money.",
         [("that the council had wasted the grant money", None)]),
        # second-verb-owns-that: 'but' or 'and' before a second verb of the subject's
        ("Roe blamed hackers for the outage but later admitted that her staff erred.",
         [("hackers for the outage but later admitted that her staff erred",
           "second-verb-owns-that")]),
        # name-clause-owns-that: the clause after the cue has its own subject and verb
        ("Roe said Mr. Lee envisioned an approach that split the county.",
         [("Mr. Lee envisioned an approach that split the county", "name-clause-owns-that")]),
    ],
)
def test_that_stops(paragraph: str, expected: list[tuple[str, str | None]]) -> None:
    assert contents(paragraph) == expected


@pytest.mark.parametrize(
    ("after_cue", "cue", "start", "rule"),
    [
        (" the idea that taxes rise", "rejected", "the idea", "object-owns-that"),
        (" to argue that taxes rise", "sought", "to argue", "infinitive-owns-that"),
        (" hackers but added that taxes rise", "blamed", "hackers", "second-verb-owns-that"),
        # name-clause-owns-that: a name and its past verb open a clause of its own
        (" Mr. Lee envisioned a plan that taxes land", "said", "Mr. Lee envisioned",
         "name-clause-owns-that"),
        (" Roe favored a tax that hurts farms", "said", "Roe favored", "name-clause-owns-that"),
        # negatives: a time word before the verb; a hearer; a place (no name right after
        # the cue) before a participle
        (" Tuesday based on polls that taxes rise", "said", "that taxes", None),
        (" Roe reported that taxes rise", "told", "that taxes", None),
        (" at the Capitol Building held in May that taxes rise", "said", "that taxes", None),
        # negatives: the cue's 'that'; no 'that' at all (no rule changed the start);
        # a name with 'and' in it; a verb of telling
        (" on Monday that taxes rise", "said", "that taxes", None),
        (" the idea of a new tax", "rejected", "the idea", None),
        (" the Post and Courier that taxes rise", "told", "that taxes", None),
        (" the voters that taxes rise", "reminded", "that taxes", None),
        # a 'that' the search would not have reached (a clause has begun: 'was'): no
        # rule changed the start, none is named
        (" the plan was fair, saying that taxes rise", "said", "the plan", None),
    ],
)
def test_content_start_named(after_cue: str, cue: str, start: str, rule: str | None) -> None:
    text = cue + after_cue
    begin, name = content_start_named(text, len(cue), len(text), cue)
    assert text[begin:].startswith(start)
    assert name == rule


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        # a negation right after the cue is the content's first word
        ("Jane Roe vowed not to vote for the county budget this year.",
         ["not to vote for the county budget this year"]),
        ("Jane Roe said never again would the county raise the tax.",
         ["never again would the county raise the tax"]),
        # negative rows: time words and adverbs after the cue are still passed over
        ("Jane Roe said Tuesday the county would not raise the tax.",
         ["the county would not raise the tax"]),
        ("Jane Roe also said the county would not raise the tax.",
         ["the county would not raise the tax"]),
    ],
)
def test_negation_opens_the_content(paragraph: str, expected: list[str]) -> None:
    assert [s.quote for s in after_lede(paragraph) if s.kind != "direct"] == expected
