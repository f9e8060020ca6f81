"""Scoring of bench/answers.py (issue 12): is a first answer the gold statement, and if
not, which stage of the chain (extraction or search) lost it. Pure functions.

Content: the scorer's rule (../shared/eval/score_extraction.py, imported, not copied):
bag-of-tokens F1 >= 0.5 between the stored quote and the gold content; `lenient` also
takes a piece of the gold content (>= 80% of the quote's tokens inside it), the scorer's
fragment. Speaker: `same_speaker` below.
"""

from __future__ import annotations

import importlib.util
import json
import re
import sys
from collections.abc import Sequence
from pathlib import Path
from types import ModuleType
from typing import Any, Protocol

sys.path.insert(0, str(Path(__file__).resolve().parent))

from answer_names import (
    CONNECTORS,
    PARTICLES,
    POSSESSIVE,
    SUFFIXES,
    TITLES,
    Name,
    fold,
    name_tokens,
)

SHARED = Path(__file__).resolve().parents[2] / "shared" / "eval"
DEV = SHARED / "polnear" / "dev.jsonl"
SCORER = SHARED / "score_extraction.py"
THRESHOLD = 0.5  # the scorer's default content match
PIECE = 0.8  # the scorer's share of a fragment's tokens inside a gold content
# Titles a stored or gold name may carry besides answer_names.TITLES (which also shapes
# the question set, so it is left as the set was built): ranks and their abbreviations
# ('Admiral Harris' is 'Harry B. Harris Jr', 'Pres. Obama' is 'Barack Obama').
# Source: US military rank titles and common press abbreviations.
JUDGE_TITLES = TITLES | {"admiral", "pres", "capt", "captain", "maj", "major", "colonel",
                         "lieutenant", "sergeant", "cmdr", "commander", "cpl", "corporal",
                         "pvt", "private", "brig", "ret", "supt", "insp"}


def load_scorer() -> ModuleType:
    """../shared/eval/score_extraction.py, imported as bench/extraction.py does."""
    spec = importlib.util.spec_from_file_location("score_extraction", SCORER)
    if spec is None or spec.loader is None or not SCORER.is_file():
        raise SystemExit(f"scorer not found: {SCORER} (the ../shared checkout is required)")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def read_docs(path: Path = DEV) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()
            if line.strip()]


class Statement(Protocol):
    """What scoring reads of a stored statement (bot.models.StoredStatement)."""

    article_id: int
    speaker: str | None
    quote: str


def person_tokens(text: str) -> list[str]:
    """Folded words of a person's name, hyphenated ones whole; titles and suffixes off."""
    tokens = [re.sub(r"[^\w'-]", "", t) for t in fold(POSSESSIVE.sub("", text)).split()]
    return [t for t in tokens if t and t not in JUDGE_TITLES and t not in SUFFIXES]


def surname_of(name: str) -> tuple[str | None, str | None]:
    """(given name, surname) of a person's name, folded ('de Blasio' has no given name)."""
    tokens = person_tokens(name)
    if not tokens:
        return None, None
    first = tokens[0]
    given = first if len(tokens) > 1 and len(first) > 1 and first not in PARTICLES else None
    return given, tokens[-1]


ACRONYM_SKIP = CONNECTORS | {"to", "in", "at"}


def initials(text: str) -> str:
    return "".join(t[0] for t in name_tokens(text) if t not in ACRONYM_SKIP)


def same_speaker(stored: str | None, name: Name) -> bool:
    """Whether a stored speaker is the one the gold source names.

    A person: the same surname (last word) and, when both give a first name, one's
    first name among the other's words ('Bill Clinton' is not 'Hillary Clinton';
    'Clinton', 'Mrs. Clinton' and 'Hillary Rodham Clinton' are; 'Christian Roe' is the
    gold 'Army Capt. Christian Roe', whose first word is a description). An organisation: the
    same last word ('the Times' for 'The New York Times'), every word of the gold name,
    a stored name of 2+ words all in the gold one ('Roper Center'), or the one's acronym
    is the other ('IMF', 'AROS')."""
    if not stored:
        return False
    if name.kind == "org":
        gold = [t for t in name.tokens if t not in CONNECTORS]
        mine = [t for t in name_tokens(stored) if t not in CONNECTORS]
        if not gold or not mine:
            return False
        return (mine[-1] == gold[-1] or set(gold) <= set(mine)
                or (len(mine) >= 2 and set(mine) <= set(gold))
                or (len(gold) == 1 and len(gold[0]) >= 2 and initials(stored) == gold[0])
                or (len(mine) == 1 and len(mine[0]) >= 2 and initials(name.text) == mine[0]))
    given, surname = surname_of(stored)
    gold_given, gold_surname = surname_of(name.text)
    if surname is None or surname != gold_surname:
        return False
    return (given is None or gold_given is None or gold_given in person_tokens(stored)
            or given in person_tokens(name.text))


def matches(scorer: ModuleType, quote: str, gold: str, lenient: bool = False) -> bool:
    """The scorer's content match (see the module doc)."""
    mine, theirs = scorer.norm_tokens(quote), scorer.norm_tokens(gold)
    return scorer.token_f1(mine, theirs) >= THRESHOLD or (
        lenient and scorer.containment(mine, theirs) >= PIECE)


def right(scorer: ModuleType, members: Sequence[Statement], article_id: int | None, gold: str,
          name: Name, lenient: bool = False) -> bool:
    """Whether an answer (a hit and the statements grouped under it) is the gold one: the
    gold speaker's, its quote matching the gold content, in the gold article or (article_id
    None) in any: the same words of the same speaker reported by another article are the
    statement asked for (see BENCHMARKS.md, answers)."""
    return any((article_id is None or m.article_id == article_id)
               and matches(scorer, m.quote, gold, lenient)
               and same_speaker(m.speaker, name) for m in members)


def stored_right(scorer: ModuleType, stored: Sequence[Statement], gold: str, name: Name
                 ) -> list[Statement]:
    """The statements of the gold article that are the gold one: what search can find."""
    return [s for s in stored if matches(scorer, s.quote, gold) and same_speaker(s.speaker, name)]


def cause(scorer: ModuleType, stored: Sequence[Statement], gold: str, name: Name, topic: str,
          first: Sequence[Statement] | None, notice: str | None, rank: int) -> str:
    """Why a positive missed: the first stage of the chain that failed. `stored` holds the
    statements of the gold article, `first` the first answer (None: nothing returned)."""
    found = [s for s in stored if matches(scorer, s.quote, gold)]
    if not found:
        tokens = scorer.norm_tokens(gold)
        pieces = any(scorer.containment(scorer.norm_tokens(s.quote), tokens) >= PIECE
                     or scorer.containment(tokens, scorer.norm_tokens(s.quote)) >= PIECE
                     for s in stored)
        return "extraction: boundaries differ (F1 < 0.5)" if pieces else \
            "extraction: not extracted"
    targets = [s for s in found if same_speaker(s.speaker, name)]
    if not targets:
        return "extraction: wrong speaker"
    if not any(topic.lower() in scorer.norm_tokens(s.quote) for s in targets):
        return "extraction: stored quote lacks the topic word"
    if first is None:
        if notice and notice.startswith("No statement by"):
            return "search: speaker not recognised"
        return "search: nothing on the topic"
    if not any(same_speaker(m.speaker, name) for m in first):
        return "search: another speaker first"
    if not {m.speaker for m in first} & {s.speaker for s in targets}:
        return "search: a namesake first (another speaker of that name)"
    return f"search: another statement of the speaker first (target rank {rank or '>5'})"
