"""bench/answers.py (issue 12): question generation and scoring on made-up data.

Naming and speaker matching need nothing outside the repository; generation and content
scoring use ../shared/eval/score_extraction.py and are skipped (reason given) without it.
"""

from __future__ import annotations

import random
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))

from answer_judge import SCORER, cause, load_scorer, matches, right, same_speaker  # noqa: E402
from answer_names import Casing, Name, named_source  # noqa: E402
from answer_questions import PHRASINGS, build, misspell  # noqa: E402

CORPUS = [
    "Sen. Jane Roe said the bridge would open. Critics said the toll was high.\n"
    "The Widget Foundation said tolls fund repairs, and experts agreed with Roe.\n"
    "Many experts doubt it. John Doe, a mayor, said the ferry was cheaper.",
]
CASING = Casing(CORPUS)


@pytest.mark.parametrize(("source", "expected"), [
    ("Sen. Jane Roe (D-Ore.)", ("Jane Roe", "person", "Roe")),
    ("Roe", ("Roe", "person", "Roe")),
    ("Mrs. Roe's", ("Roe", "person", "Roe")),
    ("Another critic, John Doe,", ("John Doe", "person", "Doe")),
    ("Mayor Bill de Blasio", ("Bill de Blasio", "person", "de Blasio")),
    ("the Widget Foundation", ("Widget Foundation", "org", "Widget Foundation")),
    ("The FBI", ("FBI", "org", "FBI")),
    # negative rows: pronouns, descriptions, groups, places, several people
    ("he", None),
    ("The mayor", None),
    ("a Roe aide", None),
    ("Many Americans", None),
    ("Experts", None),
    ("Russia", None),
    ("Roe and Doe", None),
    ("Jane Roe, John Doe and Ann Poe", None),
    (None, None),
])
def test_named_source(source: str | None, expected: tuple[str, str, str] | None) -> None:
    found = named_source(source, CASING)
    assert ((found.text, found.kind, found.short) if found else None) == expected


@pytest.mark.parametrize(("stored", "name", "same"), [
    ("Jane Roe", Name("Roe", "person", "Roe"), True),
    ("Roe", Name("Jane Roe", "person", "Roe"), True),
    ("Sen. Jane Q. Roe", Name("Jane Roe", "person", "Roe"), True),
    ("Bill de Blasio", Name("De Blasio", "person", "De Blasio"), True),
    ("Alliance to Reclaim Our Schools", Name("AROS", "org", "AROS"), True),
    ("the Times", Name("New York Times", "org", "New York Times"), True),
    ("Christian Roe", Name("Army Capt. Christian Roe", "person", "Roe"), True),
    ("Jack Roe", Name("Filmmaker Jack Roe", "person", "Roe"), True),
    ("Harry B. Roe Jr", Name("Admiral Roe", "person", "Roe"), True),
    ("Jane Roe", Name("Pres. Roe", "person", "Roe"), True),
    # negative rows
    ("Bill Roe", Name("Jane Roe", "person", "Roe"), False),
    ("Bill Roe", Name("Filmmaker Jack Roe", "person", "Roe"), False),
    ("Jane Roe", Name("Former President Bill Roe", "person", "Roe"), False),
    ("Jane", Name("Jane Roe", "person", "Roe"), False),
    ("Bill Roe", Name("Admiral Jane Roe", "person", "Roe"), False),
    ("Roe campaign", Name("Roe", "person", "Roe"), False),
    (None, Name("Roe", "person", "Roe"), False),
    ("Widget Institute", Name("Widget Foundation", "org", "Widget Foundation"), False),
])
def test_same_speaker(stored: str | None, name: Name, same: bool) -> None:
    assert same_speaker(stored, name) is same


def _one_edit(a: str, b: str) -> bool:
    if len(a) == len(b):
        diff = [i for i in range(len(a)) if a[i] != b[i]]
        return len(diff) == 1 or (len(diff) == 2 and diff[1] == diff[0] + 1
                                  and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]])
    if len(a) == len(b) + 1:
        return any(a[:i] + a[i + 1 :] == b for i in range(len(a)))
    return False


def test_misspell_is_one_edit_keeps_the_first_letter_and_is_seeded() -> None:
    rng = random.Random(3)
    for _ in range(200):
        wrong = misspell("Hegseth", rng, known={"hegseth"})
        assert wrong and wrong[0] == "H" and wrong != "Hegseth" and _one_edit("Hegseth", wrong)
    first = [misspell("Hegseth", random.Random(7), set()) for _ in range(3)]
    assert len(set(first)) == 1
    # a misspelling that is a word of the corpus is never returned
    letters = "abcdefghijklmnopqrstuvwxyz"
    every = {"ct", "ca", "cta"} | {f"c{c}t" for c in letters} | {f"ca{c}" for c in letters}
    assert misspell("Cat", random.Random(1), every) is None


@pytest.fixture(scope="module")
def scorer():
    if not SCORER.is_file():
        pytest.skip(f"{SCORER} is missing: the ../shared checkout beside the repository "
                    "is needed for the scorer's content match")
    return load_scorer()


def _doc(doc_id: str, text: str, attributions: list[tuple[str, str, bool]]) -> dict:
    out = []
    for number, (source, content, direct) in enumerate(attributions):
        start, end = text.index(content), text.index(content) + len(content)
        at = text.index(source)
        out.append({"id": f"E{number}", "source": source, "source_span": [at, at + len(source)],
                    "content": content, "content_span": [start, end],
                    "content_fragments": [[start, end]], "direct": direct, "partial": False})
    return {"doc_id": doc_id, "text": text, "attributions": out}


DOCS = [
    _doc("d1", "Sen. Jane Roebuck said the bridge would open in spring.\n"
               "Roebuck said tolls would fund the repairs of old roads.\n"
               "He said the ferry was slow.\nThe mayor said nothing.",
         [("Sen. Jane Roebuck", "the bridge would open in spring", False),
          ("Roebuck", "tolls would fund the repairs of old roads", False),
          ("He", "the ferry was slow", False),
          ("The mayor", "nothing", False)]),
    _doc("d2", "The Widget Foundation said \u201cbudgets are tight for libraries.\u201d\n"
               "John Doering said orchards need rain.",
         [("The Widget Foundation", "\u201cbudgets are tight for libraries.\u201d", True),
          ("John Doering", "orchards need rain", False)]),
]


def test_build_questions(scorer) -> None:
    questions, counts = build(DOCS, scorer, seed=1)
    positives = [q for q in questions if q["expect"] == "statement"]
    assert counts["named_person"] == 3 and counts["named_org"] == 1
    assert counts["skipped_pronoun_source"] == 1 and counts["skipped_source_names_no_one"] == 1
    assert len(positives) == 4 * 4
    assert {q["phrasing"] for q in positives} == set(PHRASINGS)
    roe = {q["attribution"]: q for q in positives if q["doc_id"] == "d1"}
    # distinctive: not in Roebuck's other statement, nor in the ferry one "he" stands in for
    assert roe["E0"]["topic"] in {"bridge", "open", "spring"} and roe["E0"]["distinctive"]
    assert roe["E1"]["topic"] in {"tolls", "fund", "repairs", "roads"}
    bare = [q["q"] for q in positives if q["phrasing"] == "bare"]
    assert all(q == q.lower() for q in bare)
    assert counts["misspelled"] == len(positives) // 5
    negatives = [q for q in questions if q["expect"] == "none"]
    assert {q["negative"] for q in negatives} >= {"made_up"}
    assert build(DOCS, scorer, seed=1)[0] == questions  # deterministic


@dataclass
class Stored:
    article_id: int
    speaker: str | None
    quote: str


def test_scoring(scorer) -> None:
    gold = "the bridge would open in spring"
    roe = Name("Jane Roe", "person", "Roe")
    target = Stored(1, "Jane Roe", "The bridge would open in spring,")
    assert matches(scorer, target.quote, gold)
    assert not matches(scorer, "bridge", gold)
    assert matches(scorer, "bridge", gold, lenient=True)  # a piece of the content
    assert right(scorer, [target], 1, gold, roe)
    assert not right(scorer, [target], 2, gold, roe)  # another article, asked strictly
    assert right(scorer, [target], None, gold, roe)  # the same words wherever reported
    assert not right(scorer, [Stored(2, "Jane Roe", "tolls fund repairs")], None, gold, roe)
    assert not right(scorer, [Stored(2, "John Doe", target.quote)], None, gold, roe)
    assert not right(scorer, [Stored(1, "John Doe", target.quote)], 1, gold, roe)
    other = Stored(1, "Jane Roe", "tolls would fund the repairs")
    assert cause(scorer, [other], gold, roe, "bridge", None, None, 0) == \
        "extraction: not extracted"
    assert cause(scorer, [Stored(1, "John Doe", target.quote)], gold, roe, "bridge",
                 None, None, 0) == "extraction: wrong speaker"
    assert cause(scorer, [target], gold, roe, "bridge", None,
                 "No statement by Rxe found.", 0) == "search: speaker not recognised"
    assert cause(scorer, [target, other], gold, roe, "bridge", [other], None, 2) == \
        "search: another statement of the speaker first (target rank 2)"
    assert cause(scorer, [target], gold, roe, "spring", [Stored(1, "John Doe", "x")],
                 None, 0) == "search: another speaker first"
    assert cause(scorer, [target], gold, Name("Roe", "person", "Roe"), "spring",
                 [Stored(1, "Ann Roe", "x")], None, 0) == \
        "search: a namesake first (another speaker of that name)"
