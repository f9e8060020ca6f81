"""Hand-built extractions for the store and search tests (no extractor needed).

`seed_extraction()` mirrors the seed article's gold statements; `make_extraction()`
builds small articles for any other case. The tests at the bottom check the data.
"""

from __future__ import annotations

import hashlib
import json
from datetime import date, datetime
from pathlib import Path

from shared_data import SEED_GOLD, require

from bot.models import Article, Extraction, Paragraph, Speaker, Statement

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "seeds" / "000_82e3ba6a45904902.txt"
GOLD = SEED_GOLD


def load_gold(module: bool = False) -> dict:
    """The seed's gold file; without ../shared the test (or, at import, the module) skips."""
    return json.loads(require(GOLD, module=module).read_text(encoding="utf-8"))


def paragraphs(text: str) -> list[Paragraph]:
    found, start = [], 0
    for index, block in enumerate(text.split("\n\n")):
        found.append(Paragraph(index=index, start=start, end=start + len(block), text=block))
        start += len(block) + 2
    return found


def locate(text: str, quote: str) -> list[tuple[int, int]]:
    """Spans of a quote in text; a quote split around its cue is found in two parts."""
    at = text.find(quote)
    if at >= 0:
        return [(at, at + len(quote))]
    cut = quote.index(", ")
    head, tail = quote[: cut + 1], quote[cut + 2 :]
    first = text.index(head)
    second = text.index(tail, first)
    return [(first, first + len(head)), (second, second + len(tail))]


def context_of(text: str, spans: list[tuple[int, int]]) -> str:
    """The paragraph around the statement."""
    start = text.rfind("\n\n", 0, spans[0][0]) + 2 if "\n\n" in text[: spans[0][0]] else 0
    end = text.find("\n\n", spans[-1][1])
    return text[start : end if end >= 0 else len(text)].strip()


def make_article(text: str, **meta: object) -> Article:
    fields: dict = {"title": text.split("\n", 1)[0][:80], "source": "Test Wire"}
    fields.update(meta)
    return Article(
        text=text,
        paragraphs=paragraphs(text),
        content_hash=hashlib.sha256(text.encode()).hexdigest(),
        **fields,
    )


def make_extraction(
    text: str,
    said: list[tuple[str | None, str, str]],
    speakers: list[Speaker] | None = None,
    aliases: dict[str, str] | None = None,
    **meta: object,
) -> Extraction:
    """`said`: (speaker, kind, quote) with quote a verbatim part of text."""
    statements = []
    for speaker, kind, quote in said:
        spans = locate(text, quote)
        statements.append(
            Statement(
                speaker=speaker,
                kind=kind,
                quote=quote,
                context=context_of(text, spans),  # type: ignore[arg-type]
                spans=spans,
                said_on=date(2025, 2, 12),
            )
        )
    names = {s for s, _, _ in said if s}
    return Extraction(
        article=make_article(text, **meta),
        statements=statements,
        speakers=speakers if speakers is not None else [Speaker(name=n) for n in sorted(names)],
        topic_aliases=aliases or {},
    )


def seed_extraction() -> Extraction:
    gold = load_gold()
    text = SEED.read_text(encoding="utf-8")
    meta = gold["article"]
    article = make_article(
        text,
        title=meta["title"],
        source=meta["source"],
        published=datetime.fromisoformat(meta["published"]),
        dateline_place=meta["dateline_place"],
        dateline_date=date.fromisoformat(meta["dateline_date"]),
    )
    statements = []
    for item in gold["statements"]:
        spans = locate(text, item["quote"])
        statements.append(
            Statement(
                speaker=item["speaker"],
                speaker_title=gold["speakers"][item["speaker"]]["title"],
                kind=item["kind"],
                quote=item["quote"],
                context=context_of(text, spans),
                said_on=date.fromisoformat(item["said_on"]) if item["said_on"] else None,
                channel=item.get("channel"),
                spans=spans,
            )
        )
    speakers = [
        Speaker(name=name, title=info["title"], aliases=info["mentions"])
        for name, info in gold["speakers"].items()
    ]
    return Extraction(
        article=article,
        statements=statements,
        speakers=speakers,
        topic_aliases={"NATO": "North Atlantic Treaty Organization"},
    )


def gold_ids_for(gold: dict, quote: str) -> set[str]:
    """Gold statement ids whose quote this quote contains or overlaps (token F1 >= 0.5)."""
    found = set()
    for item in gold["statements"]:
        if item["quote"].strip(' ,."') in quote or token_f1(item["quote"], quote) >= 0.5:
            found.add(item["id"])
    return found


def token_f1(a: str, b: str) -> float:
    ta, tb = a.lower().split(), b.lower().split()
    common = sum(min(ta.count(t), tb.count(t)) for t in set(ta))
    if not common:
        return 0.0
    precision, recall = common / len(tb), common / len(ta)
    return 2 * precision * recall / (precision + recall)


def test_seed_extraction_spans_point_at_the_quotes() -> None:
    extraction = seed_extraction()
    text = extraction.article.text
    assert len(extraction.statements) == len(load_gold()["statements"])
    for statement in extraction.statements:
        joined = " ".join(text[a:b] for a, b in statement.spans)
        assert joined == statement.quote


def test_gold_ids_for_matches_by_overlap() -> None:
    gold = load_gold()
    assert "s8" in gold_ids_for(gold, "This War MUST and WILL END SOON,")
    assert gold_ids_for(gold, "nothing like any gold quote at all") == set()
