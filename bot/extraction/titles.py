"""Quotation marks that mark a title or a headline, not a statement.

* A short quotation right after a media noun is a title: 'the TV show "Shark
  Tank"', 'his book "The Art of the Deal"'.
* A quotation followed by ', by <outlet or writer>' is a headline with its byline
  ('"Posthumous books could sell," by the Globe's Jane Roe').
"""

from __future__ import annotations

import re

from bot.extraction.lexicon import words
from bot.extraction.raw import Raw

# Nouns that name a work whose title follows in quotation marks. Source: news style.
# (Slogans, memos "titled ..." and chants are left out: PolNeAR counts them as said.)
TITLE_NOUNS = words("""show program programme series book memoir novel film movie documentary
album song play musical column podcast""")
# A title in quotation marks has at most this many words.
MAX_TITLE_WORDS = 8
# ', by the Post's Jane Roe' / ' by Reuters': a byline after a quoted headline.
BYLINE_RE = re.compile(r"[,\s]*by\s+(?:the\s+)?[A-Z]")


def is_title(text: str, raw: Raw) -> bool:
    """raw (one quotation) is a short title right after a media noun."""
    a, b = raw.spans[0]
    before = text[max(0, a - 40):a].rstrip(" “\"'‘«,:").split()
    return (bool(before) and before[-1].lower() in TITLE_NOUNS
            and len(text[a:b].split()) <= MAX_TITLE_WORDS)


def is_byline(text: str, raw: Raw) -> bool:
    """A direct quotation followed by a byline: a quoted headline."""
    if raw.kind != "direct" or raw.subject is not None:
        return False
    end = raw.spans[-1][1]
    while end < len(text) and text[end] in "”\"'’":
        end += 1
    return bool(BYLINE_RE.match(text, end))
