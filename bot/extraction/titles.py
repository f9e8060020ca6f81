"""Quotation marks that mark a title or a headline, not a statement.

A title in marks is the reporter's narration: it is never a quotation of anyone, so a
sentence's titles are taken out of its quotations before the rules read it
(`narration_titles`, the TITLE_FRAMES below) and the sentence is read as the narration
it is ('Speaking on ABC's "This Week," Roe admitted that ...': reported speech, not
the quotation "This Week").

A quotation followed by ', by <outlet or writer>' is a headline with its byline
('"Posthumous books could sell," by the Globe's Jane Roe').
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable

from bot.extraction.dates import WEEKDAYS
from bot.extraction.lexicon import words
from bot.extraction.quotes import Quote, Sentence
from bot.extraction.raw import Raw

# Nouns that name a work whose title follows in quotation marks. Source: news style.
# (Slogans, memos "titled ..." and chants are left out: PolNeAR counts them as said.)
TITLE_NOUNS = words("""show program programme series book memoir novel film movie documentary
album song play musical column podcast""")
# A title in quotation marks has at most this many words.
MAX_TITLE_WORDS = 8
# Words before a colon searched for a media noun ('an NBC show as his guilty pleasure:').
COLON_WINDOW = 8
# Small words a title leaves lowercase ('Meet the Press', 'Face the Nation').
TITLE_SMALL_WORDS = words("a an the of and or in on at to for with from by vs as")
# ', by the Post's Jane Roe' / ' by Reuters': a byline after a quoted headline.
BYLINE_RE = re.compile(r"[,\s]*by\s+(?:the\s+)?[A-Z]")
# The words before an opening mark: a possessive's owner (the last word: _last_word).
# A broadcaster's possessive: call letters or an acronym ('ABC's', 'MSNBC’s', 'Sirius
# XM's'), or a day's programme ('Sunday's'). Source: US broadcast news style.
POSSESSIVE_RE = re.compile(r"([A-Za-z]+)['’]s$")
# Capitalised heads of a broadcaster's name ('Fox News’s "Fox and Friends"', 'CBS
# Radio's'). Source: US broadcast news style.
BROADCAST_HEADS = words("News Network Radio Television TV Channel")
WORD_RE = re.compile(r"[\w'’&.-]+")


def _title_case(inner: str) -> bool:
    """At most MAX_TITLE_WORDS words, the first capitalised and every other one too
    unless a small word; no question or exclamation inside ('Meet the Press')."""
    found = WORD_RE.findall(inner)
    return (0 < len(found) <= MAX_TITLE_WORDS and found[0][:1].isupper()
            and not any(ch in inner for ch in "?!")
            and all(w[:1].isupper() or w[:1].isdigit() or w.lower() in TITLE_SMALL_WORDS
                    for w in found))


def _media_noun(before: str, inner: str) -> bool:
    last = before.rstrip(" ,:").split()
    return bool(last) and last[-1].lower() in TITLE_NOUNS and len(inner.split()) <= MAX_TITLE_WORDS


def _media_noun_title(before: str, inner: str) -> bool:
    return _media_noun(before, inner) and _title_case(inner)


def _media_colon(before: str, inner: str) -> bool:
    head = before.rstrip()
    return (head.endswith(":") and _title_case(inner)
            and any(w.lower().strip(",") in TITLE_NOUNS for w in head.split()[-COLON_WINDOW:]))


def _last_word(before: str) -> str | None:
    """The last word before an opening mark (what r"(\\S+)\\s*$" finds, without the
    regex's try at every position)."""
    parts = before.rsplit(None, 1)
    return parts[-1] if parts else None


def _broadcaster_possessive(before: str, inner: str) -> bool:
    last = _last_word(before)
    owner = POSSESSIVE_RE.fullmatch(last) if last else None
    if owner is None:
        return False
    return _title_case(inner) and (
        (owner[1].isupper() and len(owner[1]) > 1) or owner[1].lower() in WEEKDAYS
        or owner[1] in BROADCAST_HEADS)


def _told_programme(before: str, inner: str) -> bool:
    words_before = before.split()[-2:]
    return bool(words_before) and _title_case(inner) and (
        words_before[-1] == "told" or [w.lower() for w in words_before] == ["interview", "with"])


def _on_programme(before: str, inner: str) -> bool:
    last = _last_word(before)
    return last is not None and last.lower() == "on" and _title_case(inner)


# Titles in marks, in the order tried: (name, test of the text before the opening mark
# and the quotation's words). Each is narration, never a quotation.
TITLE_FRAMES: tuple[tuple[str, Callable[[str, str], bool]], ...] = (
    # A short Title Case quotation right after a media noun: 'the TV show "Shark Tank"',
    # 'his 2012 book, "An American Son."'; not 'his grant program, "states were
    # hemorrhaging money,"' (no title: the quotation of a partial statement).
    ("title-after-media-noun", _media_noun_title),
    # A Title Case quotation after a broadcaster's or a day's possessive: 'on ABC's
    # "This Week,"', 'told NBC's "Today"', 'Wednesday's "Sean Hannity Show"'; not
    # 'Trump's "very bad" deal' (lower case), not 'Roe's "Get Out" rally' (no acronym).
    ("title-after-broadcaster", _broadcaster_possessive),
    # A Title Case quotation after a colon that closes a clause naming a work: 'listed
    # an NBC show as his guilty pleasure: "Saturday Night Live"'; not 'Roe told the
    # crowd: "Make America Safe Again"' (no media noun: a slogan said).
    ("title-after-media-colon", _media_colon),
    # A Title Case quotation right after 'on': 'he said on "Meet the Press"', 'appeared
    # on "The View"'; not 'on "a very bad deal"', not 'on "Why Not Me?"' (a question).
    ("title-after-on", _on_programme),
    # A Title Case quotation right after 'told' or 'an interview with': the programme
    # spoken to ('told "Fox and Friends"', 'in an interview with "Fox News Sunday."');
    # not 'told "a lie"' (lower case), not 'told "Get out!"' (an exclamation).
    ("title-after-told", _told_programme),
)


def title_frame(text: str, q: Quote) -> str | None:
    """The frame that reads quotation q as a title, or None."""
    before = text[max(0, q.open_at - 40):q.open_at]
    inner = text[q.start:q.end].rstrip(",.")
    for name, test in TITLE_FRAMES:
        if test(before, inner):
            return name
    return None


def narration_titles(text: str, sent: Sentence) -> tuple[Sentence, str | None]:
    """sent without the quotations that are titles (read as narration), and the name of
    the first frame that took one (None: sent itself, unchanged)."""
    kept, named = [], None
    for q in sent.quotes:
        name = title_frame(text, q)
        if name is None:
            kept.append(q)
        else:
            named = named or name
    return (sent, None) if named is None else (dataclasses.replace(sent, quotes=kept), named)


def is_title(text: str, raw: Raw) -> bool:
    """raw (one quotation) is a short title right after a media noun."""
    a, b = raw.spans[0]
    return _media_noun(text[max(0, a - 40):a].rstrip(" “\"'‘«"), text[a:b])


def is_byline(text: str, raw: Raw) -> bool:
    """A direct quotation followed by a byline: a quoted headline."""
    if raw.kind != "direct" or raw.subject is not None:
        return False
    end = raw.spans[-1][1]
    while end < len(text) and text[end] in "”\"'’":
        end += 1
    return bool(BYLINE_RE.match(text, end))
