"""Rule 'summary-appositive-ends' of content_cuts.py (beside cut_rules.py's): a content
ends at a comma before a noun phrase that sums the reported act up as the reporter's
comment ('endorsed Doe's campaign, the latest chapter in a rocky relationship').
"""

from __future__ import annotations

import re

from bot.extraction.cut_rules import Tokens
from bot.extraction.lexicon import words
from bot.extraction.quotes import QUOTE_MARKS
from bot.extraction.raw import Raw

# Nouns that name a statement or an act as a whole (English 'shell nouns': a claim, a
# move, a reversal), so an appositive they head after a comma comments on the report
# instead of going on with its object. Source: English shell and speech-act nouns; nouns
# that may also name a thing of the content ('a position', 'a victory', 'an example')
# are left out.
SUMMARY_NOUNS = words("""move step sentiment offer decision reference sign signal chapter reversal
shift departure turnabout remark comment claim assertion statement message warning
suggestion proposal reminder admission acknowledgment concession indication nod jab swipe
dig rebuke criticism break echo twist rebuttal response reaction effort attempt bid tactic
gesture tribute argument refrain promise pledge vow threat charge allegation indictment
rejection repudiation retreat escalation rebuff snub rarity metaphor allusion euphemism""")
# Adjectives that may stand between the determiner and the noun ('the latest chapter',
# 'a thinly veiled jab'). Source: English evaluative and ordering adjectives.
SUMMARY_ADJECTIVES = words("""latest new first second third major rare sharp clear apparent direct
veiled thinly striking significant dramatic stunning notable remarkable implicit pointed
subtle big small""")
# Words that open a reporter's comment after a dash ('... to drilling ― probably not
# exactly what Graham had in mind', '... under the influence of drugs — something a 911
# caller also told a dispatcher'). Source: English epistemic adverbs and 'something'.
DASH_COMMENTS = words("something probably presumably hardly surely arguably ironically")
# The appositive's opening: a comma or a dash ('... "suburbs of St. Petersburg" — a
# metaphor for ...'). (The look-ahead names the opening's first character: the scan
# drops every other place at once, the same matches in less time.)
SUMMARY_RE = re.compile(r"(?=[,\s—–―])(?:,|\s*[—–―]|\s+--)\s*(?:(?:a|an|the|another|one)\s+(?:(?:"
                        + "|".join(sorted(SUMMARY_ADJECTIVES)) + r")\s+){0,2}(?:"
                        + "|".join(sorted(SUMMARY_NOUNS)) + r")\b|(?<=[—–―-])\s*(?:"
                        + "|".join(sorted(DASH_COMMENTS)) + r")\b)")
# A dash, in a sentence's last part: no second dash closes an aside after it.
DASH_RE = re.compile(r"[—–―]|--")


def summary_appositive(text: str, raw: Raw, toks: Tokens, classes: list[str]) -> int | None:
    """Rule 'summary-appositive-ends': a content ends at a comma before an appositive
    headed by a noun that sums the report up (SUMMARY_NOUNS).
    Example: "Cruz is endorsing Trump's campaign, the latest chapter in a rocky
    relationship" -> "Trump's campaign"; 'rejected Republican suggestions, an offer
    the leadership rebuffed' -> 'Republican suggestions'; not 'praised Roe, a former
    aide' (no summary noun), not 'cited the rule, a measure of ...'. After a partial
    quotation (toks: the words after its last closing mark): 'said the vote was
    "rigged" against him, a charge that ...' -> 'the vote was "rigged" against him'.
    Never inside quotation marks: a mark between the words read and the comma stops it."""
    start, b = toks[0][1], raw.spans[0][1]
    found = SUMMARY_RE.search(text, start, b)
    if found is None or found.start() <= raw.spans[0][0]:
        return None
    between = text[start:found.start()]
    if any(mark in between for mark in QUOTE_MARKS):
        return None
    dashed = not found[0].lstrip().startswith(",")
    return None if dashed and DASH_RE.search(text, found.end(), b) else found.start()
