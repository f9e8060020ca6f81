"""A block quotation: 'The governor added:' closing a paragraph, and the next paragraph,
with no quotation mark, is what he said (rule 'colon-block-quotation').

Articles set a long quotation as a block of its own, without marks ('Limbaugh
added:\\n\\nAnd from a supposed front-runner, Hillary Clinton, this reeks of ...'); the
page's layout is lost in the text, and the rules read the block as the reporter's
narration, its sentences' verbs as cues of whoever they name ('She knows nothing'
became Clinton's belief). On train and dev 5 of the 6 paragraphs closed by a speech
verb and a colon are gold attributions whose content is the next paragraph; the one
that is not has the cue's object before the colon ('CNN also noted the relatively
sparse attendance:'), which this rule refuses. The block is one statement, its speaker
the cue's subject; the statements the rules read inside it go. It is reported speech,
not a quotation: a card shows words in marks only where the article has marks
(display.py), so its display is the attribution and the block as the article has
them, the cue included.
"""

from __future__ import annotations

import re

from bot.extraction.attribution import attribution_in
from bot.extraction.lexicon import SPEECH_VERBS
from bot.extraction.quotes import Sentence
from bot.extraction.raw import Raw, clause_span
from bot.models import Article

# What may stand between the cue and the colon: 'that', a day, a channel ('said on
# Twitter', 'wrote in a statement'). Source: news attribution syntax.
CUE_TO_COLON_RE = re.compile(r"(?:\s+that|\s+\w+day|\s+(?:in|on|at|via|during)\s+[^,:;.]{1,40})?"
                             r"\s*:\s*$")
# Quotation marks: a paragraph holding one is no block quotation of this kind.
MARK_RE = re.compile("[\"“”«»]|''")
# The rule's name (--explain).
BLOCK_QUOTATION = "colon-block-quotation"


def block_quotations(article: Article, sents: list[Sentence], raws: list[Raw]) -> list[Raw]:
    """raws with each block quotation added and the statements inside it left out."""
    text = article.text
    last = {s.para: s for s in sents}  # each paragraph's last sentence
    for before, block in zip(article.paragraphs, article.paragraphs[1:], strict=False):
        sent = last.get(before.index)
        raw = _block(text, sent, (block.start, block.end), block.index) if sent else None
        if raw is None:
            continue
        raws = [r for r in raws if not block.start <= r.start < block.end] + [raw]
    return sorted(raws, key=lambda r: r.start)


def _block(text: str, sent: Sentence, block: tuple[int, int], para: int) -> Raw | None:
    """The block quotation after sentence `sent`, which closes its paragraph."""
    if sent.quotes or MARK_RE.search(text, *block) or not text[sent.start:sent.end].rstrip(
            ).endswith(":"):
        return None
    found = attribution_in(text, (sent.start, sent.end), trailing=False)
    if found is None or found.cue is None or found.cue.lower() not in SPEECH_VERBS:
        return None
    c_end = found.cue_pos + len(found.cue)
    if not CUE_TO_COLON_RE.match(text, c_end, sent.end):
        return None  # 'noted the relatively sparse attendance:': the cue's object
    span = clause_span(text, *block)
    if span[0] >= span[1]:
        return None
    found.kind, found.para, found.sentence = "indirect", para, (sent.start, block[1])
    found.spans = [span]
    found.clause = text[sent.start:sent.end]
    return found.chose(BLOCK_QUOTATION)
