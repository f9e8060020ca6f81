"""An organisation named in full (bot/extraction/org_names.py, ORG_NAME_RULES): one row
per case with negative rows, the speaker the extractor then stores and its --explain
trace. All sentences and bodies are made up."""

from __future__ import annotations

import pytest

from bot.article import parse_article
from bot.cli import main
from bot.extraction import extract
from bot.extraction.org_names import ORG_NAME_RULES, org_name


@pytest.mark.parametrize(("phrase", "expected"), [
    ("The U.S. Chamber of Commerce", "U.S. Chamber of Commerce"),
    ("the National Association of Rural Grocers", "National Association of Rural Grocers"),
    ("the Bureau of Labor Statistics", "Bureau of Labor Statistics"),
    ("The Hollywood Chamber of Commerce", "Hollywood Chamber of Commerce"),
    ("the Republican Party of Wyoming", "Republican Party of Wyoming"),
    ("the Club for Growth PAC", "Club for Growth PAC"),
    # negative rows
    ("Gov. Chris Christie of New Jersey", None),  # a person: no organisation noun
    ("the chamber of the Senate", None),  # lower case: a room
    ("the Chamber", None),  # no link: left to the name rules
    ("Jane Roe of the Rural Grocers Association", None),
    ("the Department of Justice officials", None),  # lower case last: a description
])
def test_org_name_rows(phrase: str, expected: str | None) -> None:
    found = org_name(phrase)
    assert (found[0] if found else None) == expected


def test_org_name_rules_are_named_and_unique() -> None:
    names = [name for name, _ in ORG_NAME_RULES]
    assert len(names) == len(set(names)) and all(names)


TEXT = ("Rules\n\nThe U.S. Chamber of Commerce said the new rule would cost many jobs.\n\n"
        "Gov. Jane Roe of New Jersey said the rule would cost many jobs too.")


def test_the_speaker_is_the_whole_name_and_explain_names_the_rule() -> None:
    first, second = extract(parse_article(TEXT, title="T")).statements[-2:]
    assert (first.speaker, first.trace.get("speaker_org")) == (
        "U.S. Chamber of Commerce", "org-noun-of-name")
    assert (second.speaker, second.trace.get("speaker_org")) == ("Jane Roe", None)


def test_explain_prints_the_rule(tmp_path, capsys) -> None:
    path = tmp_path / "a.txt"
    path.write_text(TEXT, encoding="utf-8")
    assert main(["extract", "--explain", str(path)]) == 0
    assert "organisation named in full by: org-noun-of-name" in capsys.readouterr().out
