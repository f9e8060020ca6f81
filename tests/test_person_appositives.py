"""Table-driven tests for the appositives that show a name to be a person's
(bot/extraction/person_appositives.py), with negative rows. Made-up sentences."""

from __future__ import annotations

import pytest

from bot.extraction.person_appositives import described_as_person, person_head


@pytest.mark.parametrize(("phrase", "person"), [
    ("father of a soldier", True),
    ("lawyer from the southwestern province of Sichuan", True),
    ("United Nations High Commissioner for Refugees (UNHCR)", True),
    ("retired nurse", True),
    ("close aide", True),
    # negatives: a thing, a place, a name on a list
    ("group's founding document", False),
    ("southwestern province of Sichuan", False),
    ("name on the list", False),
    ("", False),
])
def test_person_head(phrase: str, person: bool) -> None:
    assert person_head(phrase) is person


@pytest.mark.parametrize(("text", "person"), [
    ("Ann Okafor, the chief of the agency, arrived.", True),
    ("Ann Okafor, hotelier, fellow traveller and donor, arrived.", True),
    ("He met Ann Okafor, a lawyer.", True),
    # negatives: a thing; a list of names; no appositive; another name's appositive
    ("Ann Okafor, the movement against the tax, grew.", False),
    ("Ann Okafor, Bob Roe and Carl Doe arrived.", False),
    ("Ann Okafor arrived.", False),
    ("Ann Okafor met Bob Roe, the chief of the agency.", False),
])
def test_described_as_person(text: str, person: bool) -> None:
    assert described_as_person("Ann Okafor", text) is person
