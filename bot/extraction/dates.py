"""Calendar dates as written: publication dates in bylines and datelines, and the
month and day patterns the date rules use (when.py decides when a statement was
said).

Pure functions; a missing year is resolved against a reference date the caller gives.
"""

from __future__ import annotations

import re
from datetime import date, datetime, time, timedelta

# Month names and the abbreviations news style uses (AP: Jan., Feb., Aug., Sept. ...).
MONTHS = {
    "jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3,
    "apr": 4, "april": 4, "may": 5, "jun": 6, "june": 6, "jul": 7, "july": 7,
    "aug": 8, "august": 8, "sep": 9, "sept": 9, "september": 9, "oct": 10,
    "october": 10, "nov": 11, "november": 11, "dec": 12, "december": 12,
}
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")

MONTH_PATTERN = r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?" \
    r"|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
# Words one of which every match of a date rule holds (when.RULES): the times of day, the
# months' abbreviations; a clause with none of a rule's is not read by it.
DAY_WORDS = ("day", "night", "morning", "afternoon", "evening")
MONTH_WORDS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
# Every date rule's pattern holds one of these (day night morning afternoon evening week
# month in any case, Jan-Dec, dd-dd): a clause without any has no date (checked first).
# The first characters come first, a look-behind names the word: the scan skips to them.
DATE_WORD_RE = re.compile(
    r"[DdNnMmAaEeWwJFSO\d](?:(?<=[Dd])(?i:ay)|(?<=[Nn])(?i:ight)|(?<=[Mm])(?i:orning|onth)"
    r"|(?<=[Aa])(?i:fternoon)|(?<=[Ee])(?i:vening)|(?<=[Ww])(?i:eek)|(?<=J)(?:an|un|ul)|(?<=F)eb"
    r"|(?<=M)(?:ar|ay)|(?<=A)(?:pr|ug)|(?<=S)ep|(?<=O)ct|(?<=N)ov|(?<=D)ec|(?<=\d)\d-\d\d)")
# Literals one of which every match of DATE_WORD_RE holds: in the lowercased clause
# its words in any case, none read by an 'i' or an 's' ('ı', 'İ' and 'ſ' match those in
# any case and lowercase to other letters); as written, the months and the dash.
DATE_WORD_LOWER = ("day", "ght", "morn", "month", "fternoon", "even", "week")
DATE_WORD_CASED = (*MONTH_WORDS, "-")
# "February 13, 2025", "Feb. 13 2025", "Feb. 12" (year optional); source: AP style.
MONTH_DAY_RE = re.compile(rf"\b({MONTH_PATTERN})\s+(\d{{1,2}})(?:st|nd|rd|th)?\b"
                          r"(?:,?\s+(\d{4}))?")
# "13 February 2025" (day-first, British/European style).
DAY_MONTH_RE = re.compile(rf"\b(\d{{1,2}})\s+({MONTH_PATTERN})\s+(\d{{4}})\b")
# ISO dates as written in metadata lines: 2025-02-13, optionally with T10:14.
ISO_RE = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{1,2}):(\d{2}))?")
# Clock times in bylines: "10:14", "10:14 a.m.", "3:05 PM".
TIME_RE = re.compile(r"\b(\d{1,2}):(\d{2})\s*(a\.?m\.?|p\.?m\.?|AM|PM)?(?![\d:])")


def _month(word: str) -> int | None:
    return MONTHS.get(word.rstrip(".").lower())


def safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def nearest_year(month: int, day: int, ref: date) -> date | None:
    """The month/day closest to ref (so a Dec. 31 dateline on Jan. 1 is last year)."""
    options = [safe_date(y, month, day) for y in (ref.year - 1, ref.year, ref.year + 1)]
    valid = [d for d in options if d is not None]
    return min(valid, key=lambda d: abs((d - ref).days)) if valid else None


def find_date(text: str, ref: date | None = None) -> date | None:
    """The first calendar date written in text; a missing year comes from ref."""
    iso = ISO_RE.search(text)
    if iso:
        found = safe_date(int(iso[1]), int(iso[2]), int(iso[3]))
        if found:
            return found
    dm = DAY_MONTH_RE.search(text)
    if dm and _month(dm[2]):
        return safe_date(int(dm[3]), _month(dm[2]) or 1, int(dm[1]))
    md = MONTH_DAY_RE.search(text)
    if not md or not _month(md[1]):
        return None
    month, day = _month(md[1]) or 1, int(md[2])
    if md[3]:
        return safe_date(int(md[3]), month, day)
    return nearest_year(month, day, ref) if ref else None


def find_time(text: str) -> time | None:
    """The first clock time in text (24-hour unless a.m./p.m. says otherwise)."""
    m = TIME_RE.search(text)
    if not m:
        return None
    hour, minute = int(m[1]), int(m[2])
    suffix = (m[3] or "").lower().replace(".", "")
    if suffix == "pm" and hour < 12:
        hour += 12
    if suffix == "am" and hour == 12:
        hour = 0
    return time(hour, minute) if hour < 24 and minute < 60 else None


def find_datetime(text: str) -> datetime | None:
    """A publication date (and time, if written) from a byline or metadata value."""
    day = find_date(text)
    if day is None:
        return None
    iso = ISO_RE.search(text)
    if iso and iso[4]:
        clock = time(int(iso[4]) % 24, int(iso[5]) % 60)
    else:
        clock = find_time(text) or time(0, 0)
    return datetime.combine(day, clock)


def weekday_on_or_before(weekday: int, ref: date) -> date:
    """The most recent date with that weekday, on or before ref."""
    return ref - timedelta(days=(ref.weekday() - weekday) % 7)



def has_date_word(clause: str) -> bool:
    """DATE_WORD_RE finds a date word in clause. Its literals are looked for first: most
    clauses have none, and the pattern tries most letters (hot path)."""
    low = clause.lower()
    if not (any(word in low for word in DATE_WORD_LOWER)
            or any(word in clause for word in DATE_WORD_CASED)):
        return False
    return DATE_WORD_RE.search(clause) is not None
