"""participle_objects rule 'participle-object': a participle cue after a comma whose
subject, as read, follows a preposition names nobody, never that preposition's object.
All sentences are made up."""

from __future__ import annotations

import pytest

from bot.article import parse_article
from bot.extraction import extract

LEDE = "Budget Fight.\n\nSenator Jane Roe spoke on Monday about the schools. "


@pytest.mark.parametrize(("body", "speaker", "rule"), [
    ("In line with the majority of his fellow Americans, Senator Tom Poe was also critical "
     "of the plan, telling the Gazette: \u201cThe plan is typical of this administration "
     "and its habits.\u201d", None, "participle-object"),
    ("Members of the Doe family long ago soured on Lewandowski, the Post reported, citing "
     "another anonymous source.", None, "participle-object"),
    # negative rows: the clause's own subject speaks
    ("Senator Tom Poe was also critical of the plan, telling the Gazette: \u201cThe plan is "
     "typical of this administration and its habits.\u201d", "Tom Poe", "subject-mention"),
    ("Mr. Poe sided with Mr. Doe, saying the law violated the Constitution.", "Poe",
     "subject-mention"),
])
def test_participle_object(body: str, speaker: str | None, rule: str) -> None:
    article = parse_article(LEDE + body, title="Budget Fight")
    found = [(s.speaker, s.trace["speaker"]) for s in extract(article).statements
             if "schools" not in s.quote]
    assert found == [(speaker, rule)]
