"""`onrecord timeline SPEAKER [TOPIC] [--json]` over articles loaded with `onrecord load`:
the order said, dates and sources, a merged quote and the 'changed?' flag (issue 14)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from follow_fakes import QUINT

from bot.cli import main

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(autouse=True)
def loaded(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("ONRECORD_DATABASE_URL", raising=False)
    monkeypatch.setenv("ONRECORD_DB_PATH", str(tmp_path / "db" / "test.db"))
    monkeypatch.setenv("ONRECORD_SEEDS_DIR", str(ROOT / "seeds"))
    files = []
    for number, text in enumerate(QUINT):
        path = tmp_path / f"quint_{number}.txt"
        path.write_text(text, encoding="utf-8")
        files.append(str(path))
    assert main(["load", "--quiet", *files]) == 0


def test_timeline_json_is_in_the_order_said(capsys: pytest.CaptureFixture[str]) -> None:
    capsys.readouterr()
    assert main(["timeline", "Quint", "steel tariffs", "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["speakers"] == ["Mara Quint"] and out["topic"] == "steel tariffs"
    got = [(e["n"], e["date"], e["date_basis"], e["sources"], e["reported_by"], e["display"])
           for e in out["entries"]]
    assert got == [
        (1, "2025-01-09", "said", ["Test Wire", "Daily Ledger"], 2,
         "“We will raise tariffs on imported steel”"),
        (2, "2025-03-04", "said", ["Test Wire"], 1,
         "“We will not raise tariffs on imported steel this year”"),
    ]
    assert out["entries"][0]["changed"] is None
    assert out["entries"][1]["changed"] == {
        "earlier": 1, "earlier_statement_id": out["entries"][0]["statement_id"],
        "was": "will raise", "now": "will not raise"}
    assert len(out["entries"][0]["statement_ids"]) == 2


def test_timeline_text_and_a_speaker_without_topic(capsys: pytest.CaptureFixture[str]) -> None:
    capsys.readouterr()
    assert main(["timeline", "mara quint"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("Mara Quint: 5 statements, in the order said")
    assert "1. Jan 9, 2025 · Test Wire\n" in out
    assert "changed? see #" in out
    assert main(["timeline", "Zelensky"]) == 0
    assert "No statement by Zelensky found." in capsys.readouterr().out
