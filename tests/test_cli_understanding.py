"""`onrecord ask` understands the questions of issue 12 as a new user types them: a date
is a filter, 'who VERB' asks for the speaker, a title names the speaker. Run in-process
over the seeded store plus a made-up campaign article; the real date is used (a month
without a year falls back to the latest such month with statements)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bot.cli import main

ROOT = Path(__file__).resolve().parents[1]
CAMPAIGN = ROOT / "tests" / "articles" / "campaign_rally.txt"
SEED = next((ROOT / "seeds").glob("*.txt"))


@pytest.fixture(autouse=True)
def isolated_env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("TELEGRAM_BOT_TOKEN", raising=False)
    monkeypatch.setenv("ONRECORD_DB_PATH", str(tmp_path / "db" / "test.db"))
    monkeypatch.setenv("ONRECORD_SEEDS_DIR", str(ROOT / "seeds"))
    return tmp_path


def ask(capsys: pytest.CaptureFixture[str], query: str) -> dict:
    assert main(["load", str(SEED), str(CAMPAIGN)]) == 0
    capsys.readouterr()
    assert main(["ask", "--json", query]) == 0
    return json.loads(capsys.readouterr().out)


@pytest.mark.parametrize(
    ("query", "speaker", "words"),
    [
        ("Hegseth on NATO in February", "Pete Hegseth", "NATO"),
        ("hegseth nato 2025", "Pete Hegseth", "NATO"),
        ("who called Trump supporters deplorables", "Helen Marsh", "deplorables"),
        ("the defense secretary on NATO", "Pete Hegseth", "NATO"),
        ("the Pentagon chief on NATO", "Pete Hegseth", "NATO"),
        ("U.S. defense chief on troops", "Pete Hegseth", "troops"),
        ("what did the FBI director say", "Alan Petrov", ""),
        ("the Republican nominee on foreign help", "Victor Crane", "foreign help"),
    ],
)
def test_ask_understands(capsys: pytest.CaptureFixture[str], query: str, speaker: str,
                         words: str) -> None:
    results = ask(capsys, query)["results"]
    assert results, query
    assert results[0]["speaker"] == speaker
    assert words.lower() in results[0]["quote"].lower() + results[0]["display"].lower()


@pytest.mark.parametrize(
    ("query", "notice"),
    [
        # negative rows: nothing said then, nothing on that topic, no such office on record
        ("Hegseth on NATO in 2019", "Nothing from Pete Hegseth on NATO in 2019"),
        ("who called Hegseth a liar", "No statement on Hegseth liar found."),
        ("what did the Treasury chief say", "No statement by Treasury chief found."),
    ],
)
def test_ask_says_when_nothing_fits(capsys: pytest.CaptureFixture[str], query: str,
                                    notice: str) -> None:
    assert main(["load", str(SEED), str(CAMPAIGN)]) == 0
    capsys.readouterr()
    assert main(["ask", query]) == 0
    assert capsys.readouterr().out.startswith(notice)
