"""One entry of a rule table read by a regular expression: its name and its pattern.

The tables (subject_gaps.SUBJECT_GAP_RULES, share_subjects.SHARE_SUBJECT_RULES,
participle_reports.PARTICIPLE_FRAMES, object_relatives.OBJECT_RELATIVE_FRAMES) say in
their own comments what each pattern is anchored at and which groups it names; the
name goes into a statement's trace (--explain).
"""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class NamedPattern:
    """A rule's name (in traces) and its pattern."""

    name: str
    pattern: re.Pattern[str]
