"""When a statement was said, from its attribution clause: a day or a period.

    date_of(clause, ref, names) -> When(said_on, said_from, said_to, rule)

The rules are an ordered table (RULES); the first rule with a match that is a
date, not a name, and not after the reference date wins, and its name goes in
the result (Statement.trace["date"], shown by `onrecord extract --explain`).

* Every date is resolved against ref: the article's dateline date, else its
  publication date. A weekday is the most recent such day on or before ref.
* Nothing after ref is when something was said: a later date in the clause is a
  plan ("the Nov. 8 election", "next Tuesday") and is skipped; a period that runs
  past ref ends at ref. (resolve.py also caps at the publication date.)
* Day rules come before period rules; a period (said_from..said_to, inclusive)
  is given only when the clause names no day, and then said_on stays None.
* A date word inside a name is not a date ("USA Today", "Super Tuesday"; see
  date_names.py).
"""

from __future__ import annotations

import re
from calendar import monthrange
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta

from bot.extraction.date_names import clause_names, in_name
from bot.extraction.dates import (
    DAY_MONTH_RE,
    DAY_WORDS,
    ISO_RE,
    MONTH_DAY_RE,
    MONTH_PATTERN,
    MONTH_WORDS,
    MONTHS,
    WEEKDAYS,
    has_date_word,
    nearest_year,
    safe_date,
    weekday_on_or_before,
)


@dataclass(frozen=True)
class When:
    """A day (said_on) or an inclusive period (said_from..said_to), and the rule
    that found it ("none" when nothing did)."""

    said_on: date | None = None
    said_from: date | None = None
    said_to: date | None = None
    rule: str = "none"

    @property
    def found(self) -> bool:
        return self.said_on is not None or self.said_from is not None

    @property
    def start(self) -> date | None:
        return self.said_on or self.said_from

    def until(self, limit: date | None) -> When:
        """This date never after limit: a later day or period is dropped (rule
        "after-publication"), a period running past limit ends at it."""
        if isinstance(limit, datetime):
            limit = limit.date()
        start = self.start
        if limit is None or start is None:
            return self
        if start > limit:
            return When(rule="after-publication")
        if self.said_to is not None and self.said_to > limit:
            return replace(self, said_to=limit)
        return self

    def carried(self) -> When:
        """The same date, taken from the same speaker's earlier statement."""
        return replace(self, rule="same-speaker-earlier") if self.found else self


NO_DATE = When()

# A wire dateline opening the lede ("WASHINGTON, Feb. 12 (Wire) --"): its date is the
# reference date, when the story was filed, not when anything in it was said.
DATELINE_RE = re.compile(r"^\s*[A-Z][A-Z.'-]+(?:[ ,]+[A-Z][A-Z.'-]+)*,\s*" + MONTH_PATTERN +
                         r"\s+\d{1,2}\s*(?:\([^()\n]{1,40}\))?\s*(?:--|—|–|-)\s+")
# "yesterday", "last night"; capitalised only opening a sentence ("Today, she said"):
# mid-sentence "Today" is a name ("USA Today", NBC's "Today").
RELATIVE_RE = re.compile(
    r"\b(yesterday|today|tonight|this (?:morning|afternoon|evening)|last night)\b"
    r"|(?:^|(?<=[.!?:\n]))[\s“\"‘']*(Yesterday|Today|Tonight|This (?:morning|afternoon|evening)"
    r"|Last night)\b(?=,|\s+[a-z])")
RELATIVE_OFFSETS = {"yesterday": -1, "last night": -1, "today": 0, "tonight": 0,
                    "this morning": 0, "this afternoon": 0, "this evening": 0}
# "said Tuesday", "on Monday night", "last Friday"; "next Tuesday" is a plan.
WEEKDAY_RE = re.compile(r"\b(?:([Ll]ast|[Nn]ext|[Tt]his past|[Tt]his coming)\s+)?"
                        r"(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b")
# "over the weekend", "last weekend" ("this weekend" may be the coming one).
WEEKEND_RE = re.compile(r"\b(?:[Ll]ast|[Tt]his past|[Oo]ver the|[Dd]uring the) weekend\b")
# "earlier this week", "this week" ("later this week" is a plan).
THIS_WEEK_RE = re.compile(r"\b(?<!later )this week\b")
LAST_WEEK_RE = re.compile(r"\b[Ll]ast week\b")
THIS_MONTH_RE = re.compile(r"\b(?<!later )this month\b")
LAST_MONTH_RE = re.compile(r"\b[Ll]ast month\b")
# "in August", "in early August 2015", "during September", "late July", "last August".
IN_MONTH_RE = re.compile(
    r"\b(?:(?:[Ii]n|[Dd]uring)\s+(?:(early|mid|late)[- ])?|([Ee]arly|[Mm]id|[Ll]ate)[- ]"
    rf"|([Ll]ast|[Tt]his past)\s+)({MONTH_PATTERN})(?:,?\s+(\d{{4}})\b)?(?!,?\s*\d)")
# A month named without a year, later in the year than the reference month and at
# most this many months ahead, may be a plan ("win in November" written in July) or
# last year's: it is left unplaced (no date, and no date carried from the same
# speaker's earlier statement). Further ahead it is last year's ("in December" written
# in January).
PLAN_MONTHS = 6
# Parts of a month for "early", "mid" and "late": days 1-10, 11-20, 21 to the end.
MONTH_PARTS = {"early": (1, 10), "mid": (11, 20), "late": (21, 31)}

Resolver = Callable[[re.Match[str], date], When | None]


def _day(found: date | None) -> When | None:
    return When(said_on=found) if found else None


def _period(start: date, end: date) -> When:
    return When(said_from=start, said_to=end)


def _month(word: str) -> int:
    return MONTHS[word.rstrip(".").lower()]


def _relative(m: re.Match[str], ref: date) -> When | None:
    return _day(ref + timedelta(days=RELATIVE_OFFSETS[(m[1] or m[2]).lower()]))


def _iso(m: re.Match[str], ref: date) -> When | None:
    return _day(safe_date(int(m[1]), int(m[2]), int(m[3])))


def _day_month(m: re.Match[str], ref: date) -> When | None:
    return _day(safe_date(int(m[3]), _month(m[2]), int(m[1])))


def _month_day(m: re.Match[str], ref: date) -> When | None:
    month, day = _month(m[1]), int(m[2])
    return _day(safe_date(int(m[3]), month, day) if m[3] else nearest_year(month, day, ref))


def _weekday(m: re.Match[str], ref: date) -> When | None:
    which = (m[1] or "").lower()
    if which in ("next", "this coming"):
        return None
    before = ref - timedelta(days=1) if which in ("last", "this past") else ref
    return _day(weekday_on_or_before(WEEKDAYS.index(m[2].lower()), before))


def _weekend(m: re.Match[str], ref: date) -> When | None:
    saturday = weekday_on_or_before(5, ref - timedelta(days=1))
    return _period(saturday, saturday + timedelta(days=1))


def _monday(ref: date) -> date:
    return ref - timedelta(days=ref.weekday())


def _this_week(m: re.Match[str], ref: date) -> When | None:
    return _period(_monday(ref), ref)


def _last_week(m: re.Match[str], ref: date) -> When | None:
    monday = _monday(ref) - timedelta(days=7)
    return _period(monday, monday + timedelta(days=6))


def _this_month(m: re.Match[str], ref: date) -> When | None:
    return _period(ref.replace(day=1), ref)


def _last_month(m: re.Match[str], ref: date) -> When | None:
    end = ref.replace(day=1) - timedelta(days=1)
    return _period(end.replace(day=1), end)


def _in_month(m: re.Match[str], ref: date) -> When | None:
    month = _month(m[4])
    if m[5]:
        year = int(m[5])
    elif m[3]:  # "last August": before the reference month
        year = ref.year if month < ref.month else ref.year - 1
    elif month <= ref.month:  # "in August": this year's, the latest not after ref
        year = ref.year
    elif month - ref.month > PLAN_MONTHS:  # last year's, at most six months back
        year = ref.year - 1
    else:  # nearer ahead than back: a plan ("win in November") or last year's: unplaced
        return When(rule="in-month-unplaced")
    last = monthrange(year, month)[1]
    first_day, last_day = MONTH_PARTS.get((m[1] or m[2] or "").lower(), (1, last))
    return _period(date(year, month, first_day), date(year, month, min(last_day, last)))


@dataclass(frozen=True)
class Rule:
    name: str
    pattern: re.Pattern[str]
    resolve: Resolver
    word: int = 0  # the group holding a capitalised date word that a name may hold
    needs: tuple[str, ...] = ()  # every match holds one of these: else the clause is not read


# Ordered: the first rule with a usable match wins.
RULES: tuple[Rule, ...] = (
    Rule("relative-day", RELATIVE_RE, _relative, needs=DAY_WORDS),  # "said today", "Yesterday,"
    Rule("iso-date", ISO_RE, _iso, needs=("-",)),  # 'datetime="2016-09-01"' (embedded posts)
    Rule("day-month", DAY_MONTH_RE, _day_month, needs=MONTH_WORDS),  # "on 3 February 2025"
    Rule("month-day", MONTH_DAY_RE, _month_day, needs=MONTH_WORDS),  # "on Feb. 3", "Dec. 30 rally"
    Rule("weekday", WEEKDAY_RE, _weekday, 2, ("day",)),  # "said Tuesday", "last Friday"
    Rule("weekend", WEEKEND_RE, _weekend, needs=("weekend",)),  # "over the weekend": Sat..Sun
    Rule("this-week", THIS_WEEK_RE, _this_week, needs=("this week",)),  # "earlier this week"
    Rule("last-week", LAST_WEEK_RE, _last_week, needs=("ast week",)),  # "last week": Mon..Sun
    Rule("this-month", THIS_MONTH_RE, _this_month, needs=("this month",)),  # the 1st..ref
    Rule("last-month", LAST_MONTH_RE, _last_month, needs=("ast month",)),  # the calendar month
    Rule("in-month", IN_MONTH_RE, _in_month, needs=MONTH_WORDS),  # "in August": Aug 1..31
)


def date_of(clause: str, ref: date | None, names: frozenset[str] = frozenset()) -> When:
    """The day or period an attribution clause gives for the remarks; names are the
    article's date-word names (date_names)."""
    if ref is None or not has_date_word(clause):
        return NO_DATE
    clause = DATELINE_RE.sub("", clause, count=1)
    for rule in RULES:
        if rule.needs and not any(word in clause for word in rule.needs):
            continue  # a cheap test first: most clauses hold the words of one rule or two
        for m in rule.pattern.finditer(clause):
            if rule.word and in_name(clause, *m.span(rule.word), names | clause_names(clause)):
                continue
            found = rule.resolve(m, ref)
            if found is not None and found.start is None:
                return found  # a time the clause names but no day or period: no carrying
            if found is None or found.start is None or found.start > ref:
                continue  # a plan, not when it was said
            return replace(found.until(ref), rule=rule.name)
    return NO_DATE


def said_on(clause: str, ref: date | None) -> date | None:
    """The day an attribution clause gives for the remarks, or None."""
    return date_of(clause, ref).said_on
