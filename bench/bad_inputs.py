"""The bad-input corpus, generated at run time into a folder (nothing generated is committed).

    cases = generate(Path(tmp))        # list of Case: files and JSONL to load, queries to ask
    python bench/bad_inputs.py DIR     # write it and print how many cases of each kind

Every case goes through `onrecord load` (files, JSONL) or `onrecord ask` (queries); the
expected outcome is never a crash: a stored article, or one refusal line and exit 1.
All text is made up here; the hand-picked cases in tests/bad_inputs/ are added as they are.
"""

from __future__ import annotations

import io
import json
import random
import re
import sqlite3
import sys
import time
import traceback
from collections import Counter
from contextlib import closing, redirect_stderr, redirect_stdout
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
HAND_PICKED = ROOT / "tests" / "bad_inputs"
ARTICLE = ("# Council backs the bridge plan\n\nSPRINGFIELD, March 3 (Gazette) -- Mayor Ann "
           "Lee said on Monday that the bridge would reopen in May.\n\n\"We are ready,\" Lee "
           "told reporters. \"The work is done.\"\n")
ODD_CHARS = ["\u200b", "\u200c", "\u200d", "\ufeff", "\u202e", "\u202d", "\u2066", "\u2069",
             "\u061c", "\u200f", "\u00ad", "\u2028", "\u2029", "\u3000", "\u00a0"]
EMOJI = ["😀", "🇺🇸", "👩‍👩‍👧", "🏳️‍🌈", "𝕏", "🤖", "👍🏽", "🧪"]
QUOTES = ['"', "'", "“", "”", "‘", "’", "«", "»", "„", "‹", "›", "「", "」", "``", "''"]
SYNTAX = ['"', "NEAR(a b, 2)", "a OR", "AND", "*", "NOT x", "col:x", "^abc", "(((", ")",
          "{a b}", "'; DROP TABLE articles; --", "1=1 OR ''='", "\" OR 1=1 --", "%", "_",
          "quote:\"x\"", "speaker_ref:spk1", "statements_fts MATCH 'x'", "\\", "NULL",
          "x' UNION SELECT * FROM speakers --", "a AND (b OR", "-x", "+y", "a NEAR b"]
RTL = ["قال الوزير إن الاتفاق جيد", "אמר השר כי ההסכם טוב", "\u202eevil\u202c", "وزير"]


@dataclass(frozen=True)
class Case:
    kind: str  # "file" (onrecord load PATH), "jsonl" (onrecord load FILE.jsonl), "query"
    name: str
    path: Path | None = None
    query: str | None = None


def _article_with(rng: random.Random, insert: str) -> str:
    words = ARTICLE.split(" ")
    at = rng.randrange(len(words))
    return " ".join([*words[:at], insert, *words[at:]])


def _files(out: Path, rng: random.Random) -> list[Case]:
    cases: list[Case] = []

    def add(name: str, data: bytes | str, suffix: str = ".txt") -> None:
        path = out / f"{len(cases):03d}-{name}{suffix}"
        path.write_bytes(data.encode("utf-8", "surrogatepass") if isinstance(data, str)
                         else data)
        cases.append(Case("file", name, path=path))

    for i in range(30):
        add("binary", rng.randbytes(rng.choice([1, 17, 512, 4096, 65536])),
            ".txt" if i % 2 else ".bin")
    add("binary-png-header", b"\x89PNG\r\n\x1a\n" + rng.randbytes(2000))
    add("binary-nul-text", ARTICLE.replace(" ", "\x00"))
    add("huge-20MB", ("The mayor said the plan was good. " * 600_000)[:20_000_000])
    add("empty", b"")
    for i, blank in enumerate([" ", "\n", "\t\n \n", "\r\n" * 50, "\u3000", "\u00a0\n",
                               "\u200b\u200b", "\ufeff", " " * 10000, "\n\n\n\t"]):
        add(f"whitespace-{i}", blank)
    for _ in range(25):
        data = bytearray(ARTICLE.encode())
        data.insert(rng.randrange(len(data)), rng.choice([0x80, 0xC3, 0xFF, 0xFE, 0xED]))
        add("invalid-utf8", bytes(data))
    add("invalid-utf8-surrogate", ARTICLE.encode() + b"\xed\xa0\x80")
    for _ in range(20):
        text = _article_with(rng, rng.choice(["café", "naïve", "€", "‘x’", "“quoted”"]))
        add("cp1252", text.replace('"', "“").encode("cp1252", "replace"))
    for i in range(12):
        add("html-no-article", f"<html><head><title>t{i}</title></head><body>"
            f"<nav>Home | About</nav><div class='ad'>{'x ' * i}</div></body></html>", ".html")
    for depth in (100, 1000, 10000, 50000):
        add("html-nested", "<div>" * depth + "He said \"yes\"." + "</div>" * depth, ".html")
        add("html-nested-txt", "Title\n\n" + "<b>" * depth + "Smith said \"no\".", ".txt")
    for snippet in ["<p>unclosed <b>bold <i>", "<<<>>>", "<script>alert(1)</script>",
                    "<!-- never closed", "<p>\"Quote\" said <a href='x>", "</html></body>",
                    "<![CDATA[x]]>", "<?xml version='1.0'?><a>"]:
        add("html-malformed", f"<html><body>{snippet}</body>", ".html")
        add("html-malformed-txt", f"# Headline\n\n{snippet} The mayor said it was fine.")
    add("line-1MB", "Title here\n\n" + "The mayor said the bridge will reopen. " * 27_000)
    add("line-1MB-quotes", "Title\n\n" + "\"a\" “b” «c» " * 90_000)
    add("line-1MB-nospace", "Title\n\n" + "x" * 1_000_000)
    for _ in range(30):
        add("zero-width-rtl", _article_with(rng, "".join(rng.choices(ODD_CHARS + RTL, k=8))))
    for text in RTL:
        add("rtl-article", f"{text}\n\n{text} {text} \"{text}\" {text}.")
    for _ in range(20):
        add("emoji", _article_with(rng, "".join(rng.choices(EMOJI, k=rng.randint(1, 50)))))
    add("emoji-only", "".join(rng.choices(EMOJI, k=5000)))
    for q in QUOTES:
        add("all-quotes", q * rng.choice([1, 2, 100, 5000]))
        add("all-quotes-headed", "Title\n\n" + (q + " ") * 300)
    for s in SYNTAX:
        add("sql-fts-syntax", _article_with(rng, s))
    for _ in range(10):
        add("control-chars", _article_with(rng, "".join(chr(rng.randrange(1, 32))
                                                        for _ in range(5))))
    add("only-headline", "# Just a headline\n")
    add("no-headline-long-line", "word " * 40)
    add("crlf", ARTICLE.replace("\n", "\r\n"))
    add("cr-only", ARTICLE.replace("\n", "\r"))
    return cases


def _jsonl(out: Path, rng: random.Random) -> list[Case]:
    lines: list[str | bytes] = [
        "not json", "{", "[]", "null", "42", '"text"', '{"text": 5}', '{"title": "x"}',
        '{"text": null}', '{"text": ""}', '{"text": "   "}', '{"text": "\\ud800 lone"}',
        json.dumps({"text": ARTICLE, "date": "not a date"}),
        json.dumps({"text": ARTICLE, "date": 20240101, "title": ["x"]}),
        json.dumps({"text": ARTICLE + "\u202e", "url": "javascript:alert(1)"}),
        "[" * 100_000 + "]" * 100_000, '{"text": "' + "a" * 100 + '"' + "}" * 3,
        json.dumps({"text": "Title\n\n" + "\"" * 2_100_000}),
        b'{"text": "\xff\xfe bad bytes"}', b"\x00\x01\x02",
    ]
    lines += [json.dumps({"doc_id": f"emoji{i}", "text": _article_with(
        rng, "".join(rng.choices(EMOJI + ODD_CHARS, k=20)))}) for i in range(20)]
    cases = []
    for start in range(0, len(lines), 10):
        path = out / f"lines-{start:03d}.jsonl"
        chunk = lines[start:start + 10]
        path.write_bytes(b"\n".join(x if isinstance(x, bytes) else x.encode() for x in chunk))
        cases.append(Case("jsonl", f"jsonl-{start}", path=path))
    truncated = out / "truncated.jsonl"
    truncated.write_text(json.dumps({"text": ARTICLE}) + "\n" + '{"text": "Title\\n\\nHe said')
    cases.append(Case("jsonl", "jsonl-truncated", path=truncated))
    return cases


def _queries(rng: random.Random) -> list[Case]:
    queries = [*SYNTAX, "", " ", "\t", "\u200b", "\ufeff", "\u202e", "\x00", "a\x00b",
               "x" * 4000, "x" * 4097, "NATO " * 800, "😀" * 2000, "\U0001F600" * 128]
    queries += [("what did Hegseth say on NATO " * 10)[:256], "a" * 256, "🇺🇸" * 64,
                "\udcff\udcfe", "Hegseth \ud83d", "Hegseth \udcff NATO"]
    pool = ["NATO", "OR", "AND", "\"", "(", ")", "*", "said", "Trump", "Hegseth", "NEAR",
            "'", "--", ";", "😀", "\u200b", "\u202e", "«", "»", ":", "^", *RTL]
    for length in (3, 30, 256, 1000, 4000):
        for _ in range(30):
            words = " ".join(rng.choice(pool) for _ in range(length // 3 + 1))
            queries.append(words[:length])
    for q in QUOTES:
        queries += [q, q * 50, f"what did {q}Hegseth{q} say"]
    for ch in ODD_CHARS:
        queries.append(f"what did Heg{ch}seth say on NA{ch}TO")
    return [Case("query", f"query-{i}", query=q) for i, q in enumerate(queries)]


def _hand_picked() -> list[Case]:
    if not HAND_PICKED.is_dir():
        return []
    return [Case("file", f"hand-{p.name}", path=p) for p in sorted(HAND_PICKED.iterdir())
            if p.is_file() and p.name != "README.md"]


def generate(out: Path, seed: int = 6) -> list[Case]:
    out.mkdir(parents=True, exist_ok=True)
    rng = random.Random(seed)
    return _files(out, rng) + _jsonl(out, rng) + _queries(rng) + _hand_picked()


if __name__ == "__main__":
    made = generate(Path(sys.argv[1]) if len(sys.argv) > 1 else Path("bad_inputs"))
    print(len(made), dict(Counter(c.kind for c in made)))


# ---- running the corpus through the command line, in this process ----

REFUSAL_RE = re.compile(r"^.+: refused: \S.*$")


@dataclass
class Outcome:
    case: Case
    status: int
    problems: list[str]
    refused: bool
    seconds: float


def snapshot(db: Path) -> tuple[dict[str, int], str, list[str]]:
    """Row counts, integrity check and consistency problems of the store at `db`."""
    with closing(sqlite3.connect(db)) as con:
        tables = ["articles", "statements", "speakers", "topic_aliases", "statements_fts"]
        counts = {t: con.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0] for t in tables}
        integrity = con.execute("PRAGMA integrity_check").fetchone()[0]
        problems = [f"foreign key: {row}" for row in con.execute("PRAGMA foreign_key_check")]
        if counts["statements"] != counts["statements_fts"]:
            problems.append("statements and their index differ")
        wrong = con.execute("SELECT COUNT(*) FROM speakers s WHERE statement_count != (SELECT"
                            " COUNT(*) FROM statements t WHERE t.speaker_id = s.id)").fetchone()
        if wrong[0]:
            problems.append(f"{wrong[0]} speakers with a wrong statement count")
    return counts, integrity, problems


def run_case(case: Case, db: Path, timeout: float = 3.0) -> Outcome:
    """`onrecord load` or `onrecord ask` on one case (bot.cli.main, output captured)."""
    from bot.cli import main

    argv = (["ask", "--", case.query or ""] if case.kind == "query" else
            ["load", "--quiet", "--timeout", str(timeout), str(case.path)])
    before = snapshot(db)
    out, err = io.StringIO(), io.StringIO()
    problems: list[str] = []
    started = time.perf_counter()
    with redirect_stdout(out), redirect_stderr(err):
        try:
            status = main(argv)
        except SystemExit as exc:
            status = exc.code if isinstance(exc.code, int) else 2
        except BaseException:
            status = -1
            problems.append("crash: " + traceback.format_exc().splitlines()[-1])
    seconds = time.perf_counter() - started
    after = snapshot(db)
    lines = [line for line in err.getvalue().splitlines() if line.strip()]
    if "Traceback" in err.getvalue() + out.getvalue():
        problems.append("traceback shown")
    if status not in (0, 1):
        problems.append(f"exit status {status}")
    if any(not REFUSAL_RE.match(line) for line in lines):
        problems.append(f"unclear message: {lines[:2]}")
    if status == 1 and not lines:
        problems.append("refused without a message")
    if lines and status != 1:
        problems.append("refused but exit status 0")
    if case.kind != "jsonl" and status == 1 and before[0] != after[0]:
        problems.append("store changed although the input was refused")
    if case.kind == "query" and before[0] != after[0]:
        problems.append("a query changed the store")
    if after[1] != "ok" or after[2]:
        problems.append(f"store damaged: {after[1]} {after[2]}")
    return Outcome(case, status, problems, status == 1, seconds)
