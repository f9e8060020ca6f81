"""Statements in the headline: 'Sanders: Endorsements prove ...', 'Ryan says ...'.

PolNeAR counts a headline's attributions like the body's. parse_article keeps the
headline out of the paragraphs, so its line is read here (headline_line) and its
statements are tied to the first paragraph (their context on a card is the lede,
which reports the same claim). A headline puts a source first with a colon
('Graham: Trump's rhetoric destroying GOP's chance', 'Clinton camp: ...', 'Poll:
...'): headline_statement, trace 'headline-colon-source'. Otherwise the line goes
through the rules and the learned cues like a sentence of the body (collect.py),
trace '+ headline'. Like learned statements, headline statements name only a speaker
the rules' statements of the body name and leave no state (resolve.py).
"""

from __future__ import annotations

import re

from bot.extraction.lexicon import words
from bot.extraction.quotes import Sentence, quoted_fraction
from bot.extraction.raw import Raw, find_cues
from bot.extraction.reported import at_cue
from bot.extraction.stance import HEADLINE_VERBS, RULE_REPORTING_CUES
from bot.extraction.title_case import CONTENT_END_RE
from bot.models import Article, Statement

# The source: one to four words opening with a capital ('Trump', 'Dr. Ben Carson',
# 'Clinton camp', 'NY Daily News'), a colon, the content.
HEADLINE_RE = re.compile(r"((?:[A-Z][\w.’'&-]*)(?:\s[\w.’'&-]+){0,3}):\s+(?=\S)")
# First words that open a label, not a source ('The Latest:', 'Update:', 'Watch:').
# Source: news headline conventions.
LABELS = words("""the a an this these that breaking update updated watch video live exclusive
opinion editorial analysis review photos correction wow look boom busted revealed bombshell
leaked just shocking""")
# Last words of a newsletter's or a notice's name ('Monday's Morning Email:', 'Paid
# Notice:'): a label too.
LABEL_ENDS = words("email notice newsletter briefing roundup digest recap update guide")
# Vetting refusals (speaker_checks.py) that say the words before the colon are no source
# at all ('Bill is back: ...' a verb, 'Spoiler no more: ...', 'Revealed: ...'): the
# headline has no 'SOURCE: CONTENT' statement. A source that is a thing ('Poll: ...')
# or not named in the body stays, unnamed.
NO_SOURCE = frozenset({"verb", "vague", "not_a_name", "not_a_person", "clause",
                       "fragment", "function_word"})
# A headline content has at least this many words.
MIN_WORDS = 3
# A headline's reported content may be one noun phrase ('Columbia defends Exxon
# articles', 'Clinton vows change'): headlines drop articles and clauses.
MIN_SHORT_CONTENT = 1
# Share of quoted letters from which a content is a quotation (jsonl.DIRECT_FRACTION).
DIRECT_FRACTION = 0.8


def headline_line(article: Article) -> tuple[int, int] | None:
    """(start, end) of the headline line before the first paragraph, if the text has it."""
    if not article.paragraphs or not article.title:
        return None
    head = article.text[:article.paragraphs[0].start]
    line_at = head.find(article.title[:20])
    if line_at < 0:
        return None
    line_end = head.find("\n", line_at)
    return line_at, len(head) if line_end < 0 else line_end


def headline_statement(article: Article, line: tuple[int, int]) -> Raw | None:
    """The statement of 'SOURCE: CONTENT' in the headline line; None when the line
    has no such source or its source reads as a label."""
    line_at, line_end = line
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
    raw = Raw(kind, [(m.end(), end)], article.paragraphs[0].index, (line_at, line_end),
              cue=":", cue_pos=m.end(1), subject=m[1], subject_pos=line_at, clause=m[1])
    return raw.chose("headline-colon-source")


def _is_label(source: str) -> bool:
    """'The Latest', 'FIX IS IN', 'Update': a label, not a source."""
    first, last = source.split()[0].lower(), source.split()[-1].lower()
    capitals = len(source.split()) > 1 and source.upper() == source
    return first in LABELS or last in LABEL_ENDS or capitals


def no_source(statement: Statement) -> bool:
    """A 'SOURCE: CONTENT' headline statement whose source vetting found to be no
    source at all (NO_SOURCE)."""
    return (statement.trace.get("span") == "headline-colon-source"
            and statement.trace.get("speaker_vetting") in NO_SOURCE)


# A headline verb of speech (stance.HEADLINE_VERBS), lower case, a whole word.
HEADLINE_VERB_RE = re.compile(r"(?<![\w’'-])(?:" + "|".join(
    re.escape(v) for v in sorted(HEADLINE_VERBS, key=len, reverse=True)) + r")(?![\w’'-])")


def short_statement(text: str, sent: Sentence) -> Raw | None:
    """'Rose Bowl skywriters blast Trump': the first rule cue of a headline with a
    subject before it, its content shorter than the body's rules take (rule
    'headline-short-content'); else the first headline verb of speech ('Obama rips
    rhetoric over ...': rule 'headline-verb')."""
    for cue, c_start, c_end in find_cues(text, sent.start, sent.end, RULE_REPORTING_CUES):
        raw = at_cue(text, sent, cue, c_start, c_end, None, MIN_SHORT_CONTENT)
        if raw is not None and raw.subject:
            return raw.chose("headline-short-content")
    for m in HEADLINE_VERB_RE.finditer(text, sent.start, sent.end):
        raw = at_cue(text, sent, m[0], m.start(), m.end(), None, MIN_SHORT_CONTENT)
        if raw is not None and raw.subject:
            start, end = raw.spans[-1]
            stop = CONTENT_END_RE.search(text, start, end)  # ', then takes it back'
            raw.spans[-1] = (start, stop.start() if stop else end)
            return raw.chose("headline-verb")
    return None
