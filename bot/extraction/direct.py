"""Direct and partial quotations and their attribution, one sentence at a time.

A quotation is direct when nothing but an introduction ("X said:" or "X said,")
precedes it in its sentence; otherwise it is partial ("called it an "unrealistic
objective""). The attribution is looked for after the quotes first ('," Hegseth
said.'), then between them ('"To be clear," he added, "as ..."'), then before
them ('Trump said: "..."'). Direct quotes of one sentence form one statement.
Words before the first quotation that are no introduction ('Teachers "get why ...,"
Weingarten said.') make the sentence mixed: a partial statement (collect.py), never a
direct quote whose text would open a mark it does not close.
"""

from __future__ import annotations

import re

from bot.extraction.attribution import any_verb_attribution, attributed, attribution_in
from bot.extraction.clauses import colon_subject
from bot.extraction.labels import (
    dash_source,
    inverted_intro,
    member_dash,
    name_colon,
    speaker_label,
)
from bot.extraction.quotes import Quote, Sentence
from bot.extraction.raw import Raw, find_cues, gaps
from bot.extraction.titles import MAX_TITLE_WORDS

# Characters that end an introduction before a direct quote: "X said:" / "X said,".
INTRO_ENDINGS = (":", ",", "—", "–", "-")
# Cue words that introduce a quote with no comma: 'Ryan said "anti-Semitic ..."'.
INTRO_CUES = ("said", "says", "added", "wrote", "tweeted", "asked", "told")
# Narration of more than this many words ending in a colon introduces a new quotation.
MIN_COLON_INTRO_WORDS = 3
# A verb of being right after a sentence-opening quotation: the quotation is its subject.
# Source: English copulas and auxiliaries.
SUBJECT_VERB_RE = re.compile(r"(?:is|was|are|were|has|had|have|will|would|became|remains"
                             r"|remained)\b")
# Bare unattributed quotes shorter than this many words are scare quotes, not statements.
MIN_BARE_WORDS = 4


def is_direct(text: str, pre: tuple[int, int]) -> bool:
    before = text[pre[0]:pre[1]].strip()
    if not before or before.endswith(INTRO_ENDINGS):
        return True
    return bool(find_cues(text, pre[0], pre[1])) and before.split()[-1].lower() in INTRO_CUES


def _runs_on(text: str, pre: tuple[int, int], post: tuple[int, int]) -> bool:
    """'Roe said "it gets me mad" every time she ...': after a cue with no comma, a
    quotation the sentence runs on from is part of a mixed (partial) statement. So is
    a title opening the sentence as its subject ('"American Skin (41 Shots)" was written
    by ...', rule 'title-as-subject'): a verb of being right after its closing mark.
    Not words said ('"The government is alleging that ..." were provoking violence')."""
    before = text[pre[0]:pre[1]].strip()
    after = text[post[0]:post[1]].lstrip()
    if not before:
        return _title_like(text[pre[1]:post[0]]) and SUBJECT_VERB_RE.match(after) is not None
    return not before.endswith(INTRO_ENDINGS) and after[:1].islower()


def _title_like(quoted: str) -> bool:
    """A title's words in marks: at most MAX_TITLE_WORDS, most capitalised, no
    punctuation before the closing mark ('"American Skin (41 Shots)"')."""
    inner = quoted.strip().strip("“”\"‘’'")
    words = [w for w in inner.split() if w[:1].isalpha()]
    capitals = sum(w[0].isupper() for w in words)
    return (bool(words) and len(words) <= MAX_TITLE_WORDS and inner[-1:] not in ",.!?;:"
            and capitals * 3 >= len(words) * 2)


def _find_attribution(text: str, gs: list[tuple[int, int]], direct_idx: list[int]) -> Raw | None:
    last = direct_idx[-1]
    order = [last + 1, *range(direct_idx[0] + 1, last + 1)]
    for g in order:
        found = attribution_in(text, gs[g], trailing=True)
        if found:
            return found.chose("cue-after-quote")
    for g in order:
        found = any_verb_attribution(text, gs[g])
        if found:
            return found.chose("name-and-any-verb-after-quote")
    first_gap = gs[direct_idx[0]]
    inverted = inverted_intro(text, *first_gap)
    if inverted:
        named = (inverted[1], inverted[3])
        return attributed(inverted[0], inverted[2], named).chose("said-name-colon")
    labelled = name_colon(text, *first_gap)
    if labelled:
        return attributed(":", labelled[1], labelled).chose("name-colon")
    member = member_dash(text, *first_gap)
    if member:  # 'Republicans have said so, including Mitt Roe -- "..." --'
        return attributed("--", member[1], member).chose("member-dash-quotation")
    intro = text[first_gap[0]:first_gap[1]].strip()
    if intro.endswith(INTRO_ENDINGS) or (intro and intro.split()[-1].lower() in INTRO_CUES):
        found = attribution_in(text, first_gap, trailing=False)
        if found is None and intro.endswith(":"):
            subject = colon_subject(text, *first_gap)
            return Raw("direct", [], -1, (0, 0), subject=subject[0], subject_pos=subject[1],
                       rule="colon-introduction-subject") if subject else None
        return found.chose("cue-before-quote") if found else None
    return None


def _groups(text: str, gs: list[tuple[int, int]], direct_idx: list[int]) -> list[list[int]]:
    """Direct quotes of a sentence, split where the gap between two of them holds two
    cues ('"A," she said, adding, "B."' or '"A," Cruz said as the heckler yelled: "B."')
    or is a colon intro, cue or not ('"A!" Former Gov. Bush broke down what was wrong
    with it to a Dutch paper: "B."')."""
    groups = [[direct_idx[0]]]
    for i in direct_idx[1:]:
        cues = len(find_cues(text, *gs[i]))
        if dash_source(text, *gs[i]) or name_colon(text, *gs[i]) or (
                i - 1 in groups[-1] and (cues >= 2 or _colon_intro(text, gs[i]))):
            groups.append([i])
        else:
            groups[-1].append(i)
    return groups


def _colon_intro(text: str, gap: tuple[int, int]) -> bool:
    """'..." she told the crowd, then read out his slogan: "...': narration ending in
    a colon before the next quotation introduces a new statement."""
    between = text[gap[0]:gap[1]].strip().strip(",").strip()  # a no-break space too
    return between.endswith(":") and len(between.split()) > MIN_COLON_INTRO_WORDS


def _signed(text: str, gs: list[tuple[int, int]], group: list[int]) -> Raw | None:
    """'"..." ― Jane Roe': a dash signature right after the group's last quote, or
    'Bush: "..."': a name and a colon right before its first (not the sentence's)."""
    found = dash_source(text, *gs[group[-1] + 1])
    if found:
        return attributed("―", found[1], found).chose("dash-signature")
    labelled = name_colon(text, *gs[group[0]]) if group[0] else None
    return attributed(":", labelled[1], labelled).chose("name-colon") if labelled else None


def _second_attribution(text: str, gap: tuple[int, int], first: Raw | None) -> Raw:
    """The attribution of a quote after a second cue; without a subject of its own
    ("adding,") it is the first quote's speaker."""
    cues = find_cues(text, *gap)
    if not cues:  # split at a dash signature: no cue of its own
        return Raw("direct", [], -1, (0, 0), rule="split-at-dash-signature")
    found = attribution_in(text, (cues[0][2], gap[1]), trailing=False)
    if found:
        return found.chose("second-cue-with-subject")
    raw = Raw("direct", [], -1, (0, 0), rule="second-cue-shares-subject")
    if first is not None:
        raw.cue, raw.cue_pos = cues[-1][0], cues[-1][1]
        raw.subject, raw.subject_pos = first.subject, first.subject_pos
    return raw


def _build(text: str, sent: Sentence, raw: Raw, quotes: list[Quote]) -> Raw:
    raw.spans = [(q.start, q.end) for q in quotes]
    raw.rule = f"quotation-as-sentence + {raw.rule}" if raw.rule else "quotation-as-sentence"
    label = speaker_label(text, *raw.spans[0]) if raw.subject is None else None
    if label:
        raw.chose("transcript-label")
        raw.subject, raw.subject_pos = label[0], label[1]
        raw.spans[0] = (label[2], raw.spans[0][1])
    raw.para, raw.sentence = sent.para, (sent.start, sent.end)
    raw.unclosed = quotes[-1].close_at is None
    raw.clause = " ".join(text[a:b] for a, b in gaps(sent))
    return raw


def sentence_quotes(text: str, sent: Sentence) -> tuple[list[Raw], list[Raw]]:
    """(direct statements, partial quotes) of one sentence with quotations."""
    gs = gaps(sent)
    direct_idx = [i for i, _ in enumerate(sent.quotes)
                  if (is_direct(text, gs[i]) or (i and dash_source(text, *gs[i])))
                  and not _runs_on(text, gs[i], gs[i + 1])]
    partials = [Raw("partial", [(q.start, q.end)], sent.para, (sent.start, sent.end),
                    rule="quotation-inside-narration")
                for i, q in enumerate(sent.quotes) if i not in direct_idx]
    if not direct_idx:
        return [], partials
    groups = _groups(text, gs, direct_idx)
    first = (_signed(text, gs, groups[0]) or _find_attribution(text, gs, groups[0])
             or Raw("direct", [], -1, (0, 0), rule="quotation-without-attribution"))
    out = [_build(text, sent, first, [sent.quotes[i] for i in groups[0]])]
    for group in groups[1:]:
        raw = _signed(text, gs, group) or _second_attribution(text, gs[group[0]], first)
        out.append(_build(text, sent, raw, [sent.quotes[i] for i in group]))
    return out, partials


def is_bare(text: str, raw: Raw) -> bool:
    """A quotation with no attribution that is too short to stand as a statement."""
    words = sum(len(text[a:b].split()) for a, b in raw.spans)
    return raw.subject is None and words < MIN_BARE_WORDS
