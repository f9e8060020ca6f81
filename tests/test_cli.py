"""The `onrecord` command line, run in-process over a temporary database."""

from __future__ import annotations

import io
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from bot.cli import main

ROOT = Path(__file__).resolve().parents[1]
SEED = next((ROOT / "seeds").glob("*.txt"))


@pytest.fixture(autouse=True)
def isolated_env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Each test gets its own database and no stray .env or token."""
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("TELEGRAM_BOT_TOKEN", raising=False)
    monkeypatch.setenv("ONRECORD_DB_PATH", str(tmp_path / "db" / "test.db"))
    monkeypatch.setenv("ONRECORD_SEEDS_DIR", str(ROOT / "seeds"))
    return tmp_path


def run_cli(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    status = main(list(argv))
    captured = capsys.readouterr()
    return status, captured.out, captured.err


def test_ask_json_finds_hegseth_on_nato_over_seeded_store(capsys):
    status, out, _ = run_cli(capsys, "ask", "--json", "what did Hegseth say on NATO")
    assert status == 0
    payload = json.loads(out)
    assert payload["query"] == "what did Hegseth say on NATO"
    first = payload["results"][0]
    assert first["speaker"] == "Pete Hegseth"
    assert "NATO" in first["quote"] or "North Atlantic" in first["quote"]
    assert first["said_on"] == "2025-02-12"
    assert first["source"] == "Xinhua"
    assert first["published"].startswith("2025-02-13")
    assert set(first) >= {"statement_id", "speaker_title", "kind", "url", "score"}


def test_ask_json_with_no_match_gives_empty_results(capsys):
    status, out, _ = run_cli(capsys, "ask", "--json", "what did Zelensky say")
    assert status == 0
    assert json.loads(out)["results"] == []


def test_ask_prints_a_plain_text_card(capsys):
    status, out, _ = run_cli(capsys, "ask", "Hegseth NATO", "--limit", "1")
    assert status == 0
    assert "Pete Hegseth" in out and "Xinhua" in out
    assert "<b>" not in out


def test_load_twice_stores_once(capsys):
    status, out, _ = run_cli(capsys, "load", str(SEED))
    assert status == 0 and ": stored:" in out
    status, out, _ = run_cli(capsys, "load", str(ROOT / "seeds"))
    assert status == 0 and "already stored" in out


def test_load_refuses_empty_and_binary_files(capsys, tmp_path: Path):
    empty = tmp_path / "empty.txt"
    empty.write_text("   \n")
    binary = tmp_path / "blob.txt"
    binary.write_bytes(b"\xff\xfe\x00\x81garbage")
    status, _, err = run_cli(capsys, "load", str(empty), str(binary))
    assert status == 1
    assert err.count("refused") == 2
    assert "Traceback" not in err


def test_extract_file_prints_statements_without_storing(capsys, tmp_path: Path):
    status, out, _ = run_cli(capsys, "extract", str(SEED), "--json")
    assert status == 0
    extraction = json.loads(out)
    assert extraction["article"]["source"] == "Xinhua"
    assert any(s["speaker"] == "Donald Trump" for s in extraction["statements"])
    assert not (tmp_path / "db" / "test.db").exists()


def test_extract_jsonl_writes_one_prediction_line_per_document(capsys, tmp_path: Path):
    docs = [
        {"doc_id": "a", "date": "2024-05-02", "title": "Mayor speaks",
         "text": 'Mayor Jane Roe said on Thursday that the bridge will reopen.\n\n'
                 '"We are ready," Roe said.'},
        {"doc_id": "b", "text": ""},
    ]
    source = tmp_path / "in.jsonl"
    source.write_text("\n".join(json.dumps(d) for d in docs) + "\n")
    target = tmp_path / "out.jsonl"
    status, _, _ = run_cli(capsys, "extract", "--input-jsonl", str(source),
                           "--output-jsonl", str(target))
    assert status == 0
    lines = [json.loads(line) for line in target.read_text().splitlines()]
    assert [line["doc_id"] for line in lines] == ["a", "b"]
    assert lines[1]["statements"] == []
    statement = next(s for s in lines[0]["statements"] if "ready" in s["quote"])
    assert statement["speaker"] == "Jane Roe"
    assert statement["direct"] is True and statement["kind"] == "direct"
    assert set(statement) >= {"speaker", "quote", "direct", "kind", "said_on"}


def test_run_without_token_explains_and_answers_in_console(capsys, monkeypatch):
    monkeypatch.setattr(sys, "stdin", io.StringIO("what did Hegseth say on NATO\nquit\n"))
    status, out, _ = run_cli(capsys, "run")
    assert status == 0
    assert "TELEGRAM_BOT_TOKEN" in out and "BotFather" in out
    assert "Pete Hegseth" in out


def test_python_dash_m_bot_works(tmp_path: Path):
    result = subprocess.run(
        [sys.executable, "-m", "bot", "--version"], capture_output=True, text=True,
        cwd=ROOT, check=False,
    )
    assert result.returncode == 0
    assert result.stdout.startswith("onrecord ")


def test_load_refuses_articles_over_the_size_limit(capsys, tmp_path: Path, monkeypatch):
    monkeypatch.setenv("ONRECORD_MAX_ARTICLE_BYTES", "1000")
    big = tmp_path / "big.txt"
    big.write_text(SEED.read_text(encoding="utf-8"), encoding="utf-8")
    lines = tmp_path / "big.jsonl"
    lines.write_text(json.dumps({"text": big.read_text(encoding="utf-8")}) + "\n")
    for path in (big, lines):
        status, _, err = run_cli(capsys, "load", str(path))
        assert status == 1
        assert "refused: Too large:" in err and "ONRECORD_MAX_ARTICLE_BYTES" in err
        assert len(err.strip().splitlines()) == 1
    status, out, _ = run_cli(capsys, "ask", "--json", "Hegseth")
    assert json.loads(out)["results"]  # the seeds only: nothing of the refused articles


def test_ask_refuses_empty_overlong_and_undecodable_queries(capsys):
    for query in ("  ", "x" * 4097, "Hegseth \udcff"):
        status, out, err = run_cli(capsys, "ask", query)
        assert status == 1 and out == ""
        assert err.startswith("ask: refused: ") and len(err.strip().splitlines()) == 1


def test_a_file_that_is_not_a_database_is_a_one_line_refusal(capsys, tmp_path: Path):
    db = tmp_path / "db" / "test.db"
    db.parent.mkdir()
    db.write_bytes(b"this is not a database" * 100)
    status, _, err = run_cli(capsys, "ask", "Hegseth")
    assert status == 1 and "Traceback" not in err
    assert "refused: database error: file is not a database" in err


def test_load_reads_saved_web_pages_and_refuses_pages_without_an_article(capsys, tmp_path):
    body = "".join(f"<p>{p}</p>" for p in SEED.read_text(encoding="utf-8").split("\n\n")[1:])
    page = tmp_path / "page.html"
    page.write_text(f"<html><head><title>Hegseth on NATO</title></head><body><article>"
                    f"{body}</article></body></html>", encoding="utf-8")
    empty = tmp_path / "empty.html"
    empty.write_text("<html><body><nav>Home | About</nav></body></html>", encoding="utf-8")
    status, out, err = run_cli(capsys, "load", str(page), str(empty))
    assert status == 1
    assert f"{page}: stored:" in out and "Pete Hegseth" in out
    assert err.startswith(f"{empty}: refused: ") and len(err.strip().splitlines()) == 1


def test_extract_jsonl_skips_bad_lines_and_keeps_the_rest(capsys, tmp_path: Path):
    source = tmp_path / "in.jsonl"
    good = {"doc_id": "ok", "text": 'Mayor Jane Roe said "we are ready" on Monday.'}
    source.write_bytes(
        (json.dumps(good) + "\n{not json\n[1, 2]\n").encode() + b"\xff\xfe\n"
    )
    target = tmp_path / "out.jsonl"
    status, _, err = run_cli(capsys, "extract", "--input-jsonl", str(source),
                             "--output-jsonl", str(target))
    assert status == 1
    assert [json.loads(line)["doc_id"] for line in target.read_text().splitlines()] == ["ok"]
    assert err.count("skipped") == 3 and "Traceback" not in err


@pytest.fixture
def local_site(tmp_path: Path):
    """A static web server on 127.0.0.1 serving one article page."""
    import functools
    import http.server
    import threading

    site = tmp_path / "site"
    site.mkdir()
    (site / "a.html").write_text(
        "<html><head><title>Mayor speaks</title></head><body><article>"
        "<h1>Mayor speaks on the bridge</h1>"
        "<p>Mayor Jane Roe said on Thursday that the bridge will reopen next month.</p>"
        '<p>"We are ready to open the bridge," Roe told reporters. "The work is done."</p>'
        "</article></body></html>"
    )
    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(site))
    handler.log_message = lambda *args: None  # type: ignore[attr-defined]
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/a.html"
    server.shutdown()
    server.server_close()
    thread.join()


def test_load_url_is_refused_on_a_local_address_unless_allowed(capsys, monkeypatch, local_site):
    status, out, err = run_cli(capsys, "load", local_site)
    assert status == 1 and "private or local network" in err and out == ""
    monkeypatch.setenv("ONRECORD_ALLOW_PRIVATE_URLS", "1")
    status, out, _ = run_cli(capsys, "load", local_site)
    assert status == 0
    assert f"{local_site}: stored: 'Mayor speaks on the bridge', 2 statements" in out
    assert "  - Jane Roe" in out


def test_ask_json_display_is_what_the_card_shows(capsys):
    status, out, _ = run_cli(capsys, "ask", "--json", "what did Hegseth say on NATO")
    assert status == 0
    first = json.loads(out)["results"][0]
    assert first["display"].startswith("“The United States does not believe")
    assert "settlement,” Hegseth said. “Instead, any" in first["display"]
    status, text, _ = run_cli(capsys, "ask", "what did Hegseth say on NATO")
    assert text.splitlines()[0] == first["display"]


def test_export_keeps_article_text_and_each_statements_display(capsys, tmp_path):
    run_cli(capsys, "ask", "hegseth nato")  # seeds the store
    target = tmp_path / "all.jsonl"
    assert main(["export", "--output", str(target)]) == 0
    records = [json.loads(line) for line in target.read_text().splitlines()[1:]]
    article = records[0]["article"]
    for statement in records[0]["statements"]:
        assert statement["display"]
        for piece in re.findall(r"“([^”]*)”", statement["display"]):
            for part in piece.split(" … "):
                assert part.rstrip("…") in article["text"]


def test_bad_configuration_is_named_without_echoing_its_value(capsys, monkeypatch):
    monkeypatch.setenv("ONRECORD_WEBHOOK_SECRET", "not allowed: spaces & secrets")
    status, out, err = run_cli(capsys, "ask", "hegseth nato")
    assert status == 1 and out == ""
    assert "ONRECORD_WEBHOOK_SECRET" in err and "not allowed" not in err
    assert "Traceback" not in err


def test_extract_jsonl_gives_a_period_when_no_day_is_stated(capsys, tmp_path: Path):
    source = tmp_path / "in.jsonl"
    source.write_text(json.dumps({
        "doc_id": "p", "date": "2025-09-10", "title": "T",
        "text": 'WASHINGTON (Wire) -- Senator Jane Roe met her peers.\n\n'
                '"The budget is too small," Roe said in August.'}) + "\n")
    target = tmp_path / "out.jsonl"
    status, _, _ = run_cli(capsys, "extract", "--input-jsonl", str(source),
                           "--output-jsonl", str(target))
    assert status == 0
    [statement] = json.loads(target.read_text())["statements"]
    assert (statement["said_on"], statement["said_from"], statement["said_to"]) == (
        None, "2025-08-01", "2025-08-31")
