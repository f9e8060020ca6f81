"""Calendar arithmetic for date filters: periods as [start, end) and how they read.

Pure functions; `today` is always passed in.
"""

from __future__ import annotations

from datetime import date, timedelta

MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]
WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
MONTH_ABBREVIATIONS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct",
                       "Nov", "Dec"]

Period = tuple[date, date]  # start inclusive, end exclusive


def next_month(day: date) -> date:
    return date(day.year + day.month // 12, day.month % 12 + 1, 1)


def month_period(year: int, month: int) -> Period:
    start = date(year, month, 1)
    return start, next_month(start)


def day_period(day: date) -> Period:
    return day, day + timedelta(days=1)


def year_period(year: int) -> Period:
    return date(year, 1, 1), date(year + 1, 1, 1)


def safe_day(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def recent_month(month: int, today: date) -> Period:
    """The most recent such month: this year's if it has begun, else last year's."""
    return month_period(today.year if month <= today.month else today.year - 1, month)


def recent_day(month: int, day: int, today: date) -> Period | None:
    """The most recent such day up to today (Feb 29 only in leap years)."""
    for year in range(today.year, today.year - 8, -1):
        found = safe_day(year, month, day)
        if found is not None and found <= today:
            return day_period(found)
    return None


def recent_weekday(weekday: int, today: date, before_today: bool = False) -> Period:
    """The most recent such weekday (today counts unless `before_today`)."""
    back = (today.weekday() - weekday) % 7
    if back == 0 and before_today:
        back = 7
    return day_period(today - timedelta(days=back))


def year_earlier(period: Period) -> Period:
    """The same days one year before (Feb 29 becomes Feb 28)."""
    return _minus_year(period[0]), _minus_year(period[1])


def _minus_year(day: date) -> date:
    return safe_day(day.year - 1, day.month, day.day) or date(day.year - 1, day.month, 28)


def ago(count: int, unit: str, today: date) -> Period:
    """'3 days ago' -> that day; weeks -> that Monday-Sunday week; months, years -> that
    calendar month or year."""
    if unit == "day":
        return day_period(today - timedelta(days=count))
    if unit == "week":
        day = today - timedelta(days=7 * count)
        start = day - timedelta(days=day.weekday())
        return start, start + timedelta(days=7)
    if unit == "month":
        index = today.year * 12 + today.month - 1 - count
        return month_period(index // 12, index % 12 + 1)
    return year_period(today.year - count)


def rolling(count: int, unit: str, today: date) -> Period:
    """The last `count` days/weeks/months/years up to and including today."""
    days = {"day": 1, "week": 7, "month": 31, "year": 365}[unit] * count
    return today - timedelta(days=days), today + timedelta(days=1)


def this(unit: str, today: date) -> Period:
    """This week (from Monday), month or year, up to and including today."""
    start = {"week": today - timedelta(days=today.weekday()), "month": today.replace(day=1),
             "year": today.replace(month=1, day=1)}[unit]
    return start, today + timedelta(days=1)


def last(unit: str, today: date) -> Period:
    """'last week': the 7 days before today and today (read loosely, as people do);
    'last month', 'last year': the calendar month or year before this one."""
    if unit == "week":
        return rolling(1, "week", today)
    if unit == "month":
        return ago(1, "month", today)
    return year_period(today.year - 1)


def last_weekend(today: date) -> Period:
    """The most recent Saturday and Sunday (this one if today is either)."""
    saturday = today - timedelta(days=(today.weekday() - 5) % 7)
    return saturday, saturday + timedelta(days=2)


def describe(since: date | None, until: date | None) -> str:
    """How a date filter reads in a notice: 'in Feb 2026', 'on Feb 12, 2025',
    'in 2025', 'since Mar 1, 2025', 'between Feb 1 and Feb 14, 2025'."""
    if since and until:
        if until == next_month(since) and since.day == 1:
            return f"in {_month(since)} {since.year}"
        if since == date(since.year, 1, 1) and until == date(since.year + 1, 1, 1):
            return f"in {since.year}"
        last_day = until - timedelta(days=1)
        if last_day == since:
            return f"on {_day(since)}"
        return f"between {_day(since, since.year != last_day.year)} and {_day(last_day)}"
    if since:
        return f"since {_day(since)}"
    if until:
        return f"before {_day(until)}"
    return ""


def _month(day: date) -> str:
    return MONTHS[day.month - 1].capitalize()


def _day(day: date, with_year: bool = True) -> str:
    text = f"{MONTH_ABBREVIATIONS[day.month - 1]} {day.day}"
    return f"{text}, {day.year}" if with_year else text
