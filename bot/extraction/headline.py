"""A headline that names its source before a colon: 'Sanders: Endorsements prove ...'.

News headlines attribute a claim by putting its source first ('Graham: Trump's
rhetoric destroying GOP's chance', 'Clinton camp: ...', 'Poll: ...'). PolNeAR counts
them as attributions. parse_article keeps the headline out of the paragraphs, so the
statement is read from the text before the first paragraph, and it is tied to the
first paragraph (its context on a card is the lede that reports the same claim). Like
a learned statement it names only a speaker the rules' statements name and leaves no
state for the statements after it (resolve.py). Trace: 'headline-colon-source'.
"""

from __future__ import annotations

import re

from bot.extraction.lexicon import words
from bot.extraction.quotes import quoted_fraction
from bot.extraction.raw import Raw
from bot.models import Article

# The source: one to four words opening with a capital ('Trump', 'Dr. Ben Carson',
# 'Clinton camp', 'NY Daily News'), a colon, the content.
HEADLINE_RE = re.compile(r"((?:[A-Z][\w.’'&-]*)(?:\s[\w.’'&-]+){0,3}):\s+(?=\S)")
# First words that open a label, not a source ('The Latest:', 'Update:', 'Watch:').
# Source: news headline conventions.
LABELS = words("""the a an this these that breaking update updated watch video live exclusive
opinion editorial analysis review photos correction""")
# A headline content has at least this many words.
MIN_WORDS = 3
# Share of quoted letters from which a content is a quotation (jsonl.DIRECT_FRACTION).
DIRECT_FRACTION = 0.8


def headline_statement(article: Article) -> Raw | None:
    """The statement of 'SOURCE: CONTENT' in the headline line before the first
    paragraph; None when there is no such line or its source reads as a label."""
    if not article.paragraphs:
        return None
    first = article.paragraphs[0]
    head = article.text[:first.start]
    line_at = head.find(article.title[:20]) if article.title else -1
    if line_at < 0:
        return None
    line_end = head.find("\n", line_at)
    line_end = len(head) if line_end < 0 else line_end
    m = HEADLINE_RE.match(article.text, line_at, line_end)
    if m is None or _is_label(m[1]):
        return None
    end = line_end
    while end > m.end() and article.text[end - 1] in " .\t\r":
        end -= 1
    content = article.text[m.end():end]
    if len(content.split()) < MIN_WORDS:
        return None
    fraction = quoted_fraction(content)
    kind = "direct" if fraction >= DIRECT_FRACTION else "partial" if fraction else "indirect"
    raw = Raw(kind, [(m.end(), end)], first.index, (line_at, line_end), cue=":",
              cue_pos=m.end(1), subject=m[1], subject_pos=line_at, clause=m[1])
    raw.learned = True
    return raw.chose("headline-colon-source")


def _is_label(source: str) -> bool:
    """'The Latest', 'FIX IS IN', 'Update': a label, not a source."""
    first = source.split()[0].lower()
    capitals = len(source.split()) > 1 and source.upper() == source
    return first in LABELS or capitals
