"""The seed article against its gold file (../shared/eval/seed/gold.json)."""

from __future__ import annotations

import collections
import json
import re
from datetime import date, datetime
from pathlib import Path

import pytest
from shared_data import SEED_GOLD, require

from bot.article import parse_article
from bot.extraction import extract
from bot.models import Extraction

REPO = Path(__file__).resolve().parents[1]
GOLD = SEED_GOLD
SEED = REPO / "seeds/000_82e3ba6a45904902.txt"


def _tokens(text: str) -> list[str]:
    return re.sub(r"[^\w\s]", " ", text.lower()).split()


def _f1(a: str, b: str) -> float:
    ta, tb = _tokens(a), _tokens(b)
    common = sum((collections.Counter(ta) & collections.Counter(tb)).values())
    if not common:
        return 0.0
    p, r = common / len(ta), common / len(tb)
    return 2 * p * r / (p + r)


def _matches(gold: str, pred: str) -> bool:
    return _f1(gold, pred) >= 0.5 or gold.strip(" ,.") in pred


@pytest.fixture(scope="module")
def gold() -> dict:
    return json.loads(require(GOLD).read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def extraction() -> Extraction:
    return extract(parse_article(SEED.read_text(encoding="utf-8")))


def test_seed_article_fields(extraction: Extraction, gold: dict) -> None:
    art = extraction.article
    want = gold["article"]
    assert art.title == want["title"]
    assert art.source == "Xinhua"
    assert art.published == datetime(2025, 2, 13, 10, 14)
    assert art.dateline_place == "WASHINGTON"
    assert art.dateline_date == date(2025, 2, 12)


@pytest.mark.parametrize("sid", ["s1", "s2", "s3", "s4", "s5", "s6", "s7", "s8", "i1", "i2"])
def test_seed_statement_found(extraction: Extraction, gold: dict, sid: str) -> None:
    item = next(s for s in gold["statements"] if s["id"] == sid)
    hits = [s for s in extraction.statements if _matches(item["quote"], s.quote)]
    assert hits, f"{sid} not extracted: {item['quote'][:60]}"
    best = hits[0]
    assert best.speaker == item["speaker"]
    want_date = date.fromisoformat(item["said_on"]) if item["said_on"] else None
    assert best.said_on == want_date
    if item.get("channel"):
        assert best.channel == item["channel"]


def test_seed_kinds(extraction: Extraction, gold: dict) -> None:
    for item in gold["statements"]:
        hit = next(s for s in extraction.statements if _matches(item["quote"], s.quote))
        assert hit.kind == item["kind"], item["id"]


def test_seed_not_speakers(extraction: Extraction, gold: dict) -> None:
    names = {s.name for s in extraction.speakers}
    for name in gold["not_speakers"]:
        assert name not in names
    assert names == set(gold["speakers"])


def test_seed_speaker_titles(extraction: Extraction, gold: dict) -> None:
    by_name = {s.name: s for s in extraction.speakers}
    for name, info in gold["speakers"].items():
        assert by_name[name].title == info["title"]
    assert "Hegseth" in by_name["Pete Hegseth"].aliases


def test_seed_topic_aliases(extraction: Extraction) -> None:
    assert extraction.topic_aliases == {"NATO": "North Atlantic Treaty Organization"}


def test_seed_spans_index_the_text(extraction: Extraction) -> None:
    text = extraction.article.text
    for st in extraction.statements:
        assert st.quote == " ".join(text[a:b] for a, b in st.spans)
