"""A quotation's attribution inside one gap of text: a reporting cue with its subject
('," Hegseth said', 'according to X'), or a name with any verb right after a quote
('," Trump answered')."""

from __future__ import annotations

import re

from bot.extraction.according import made_by
from bot.extraction.clauses import clause_subject
from bot.extraction.forward import subject_after
from bot.extraction.frames import relative_speaker
from bot.extraction.phrases import leading_subject, subject_before
from bot.extraction.raw import Raw, according_to, find_cues
from bot.extraction.relative_openings import NAME_BEFORE_RELATIVE, name_before_relative
from bot.extraction.relayed import relayed_speaker

# '"...," Trump answered' and '"...," boomed Mrs. Clinton': a name (or he/she) and a
# verb in -ed or -s right after the quote. Source: news attribution syntax.
_NAME = r"(?:[A-Z][\w.'’-]*\s+){0,4}[A-Z][\w'’-]*\w|[Hh]e|[Ss]he"
NAME_VERB_RE = re.compile(
    r"[\s,]*(?P<name>" + _NAME + r")\s+(?:[a-z]+ly\s+|then\s+)?(?P<verb>[a-z]{3,}(?:ed|s))\b")
VERB_NAME_RE = re.compile(r"[\s,]*(?P<verb>[a-z]{3,}ed)\s+(?P<name>" + _NAME + r")\b")
# Cue must start within this many characters of a quotation's end ('," said X').
TRAIL_WINDOW = 200
# Cues whose object is the listener ('..., Joe Kasper, told POLITICO'): the name after
# them never speaks. Source: English verbs of telling.
LISTENER_CUES = frozenset(["told", "tells", "tell", "telling", "informed", "assured",
                           "reminded"])
# Rule cue-with-own-content: a cue after a quotation whose own clause follows it ('To a
# question on "jobs," Roe said contractors can cost more', '... "says stupid stuff,"
# though, Allen did suggest that ...') attributes that clause, not the quotation: a
# 'that', or up to four lowercase words and a finite auxiliary, with no comma first
# and no conjunction or preposition opening them ('Roe said as she was leaving').
OWN_CONTENT_RE = re.compile(
    r"\s+(?:that\b|(?!(?:as|while|when|whenever|after|before|because|since|if|though"
    r"|although|until|once|where|in|on|at|of|for|with|during|from|to|about|by|into"
    r"|over|under|outside|inside|near|without)\b)"
    r"(?:[a-z][\w'’-]*\s+){1,4}(?:can|could|will|would|should|must|may|might"
    r"|is|are|was|were|has|have|had|does|did)\b)")
# A cue right after these is not a finite verb with its own subject ("went on to say").
INFINITIVE_MARKERS = (" to", " not")

def attribution_in(text: str, gap: tuple[int, int], *, trailing: bool) -> Raw | None:
    """A cue with its subject inside one gap of text, as a partial Raw."""
    start, end = gap
    acc = according_to(text, start, end)
    if acc:
        found = made_by(text, acc.end(), end) or subject_after(text[acc.end():end], acc.end())
        if found:
            return attributed("according to", acc.start(), found)
    cues = find_cues(text, start, end)
    if not trailing:
        nearest = _nearest_subject(text, start, cues)
        if nearest:
            return nearest
    for cue, c_start, c_end in cues:
        if trailing and c_start - start > TRAIL_WINDOW:
            break
        if trailing and OWN_CONTENT_RE.match(text, c_end, end):
            continue  # rule cue-with-own-content: 'Roe did suggest that ...' after a quote
        found = (relayed_speaker(text, start, c_start, c_end, end, cue)
                 or relative_speaker(text, start, c_start)
                 or subject_before(text[start:c_start], start)
                 or leading_subject(text[start:c_start], start))
        lead = name_before_relative(text, start, c_start, found)
        if found is None and trailing and cue not in LISTENER_CUES:
            found = subject_after(text[c_end:end], c_end)
        if found is None and (cue.endswith("ing") or not trailing):
            found = clause_subject(text, start, c_start)
        if lead:  # 'Roe, whose firm, Acme, makes tools, said' (relative_openings.py)
            return attributed(cue, c_start, lead).chose(NAME_BEFORE_RELATIVE)
        if found:
            return attributed(cue, c_start, found)
    return None


def _nearest_subject(text: str, start: int, cues: list[tuple[str, int, int]]) -> Raw | None:
    """'When Clinton noted ..., Trump boasted, "..."': in an introduction with several
    cues, the one nearest the quote with a name right before it speaks."""
    for cue, c_start, _ in reversed(cues[1:]):
        if text[start:c_start].rstrip().endswith(INFINITIVE_MARKERS):
            continue
        found = subject_before(text[start:c_start], start)
        if found and (found[0][:1].isupper() or found[0].split()[0] in ("a", "an", "the")):
            return attributed(cue, c_start, found)  # a name or 'a top GOP strategist'
    return None


def attributed(cue: str, cue_pos: int, found: tuple[str, int]) -> Raw:
    return Raw("direct", [], -1, (0, 0), cue=cue, cue_pos=cue_pos,
               subject=found[0], subject_pos=found[1])


def any_verb_attribution(text: str, gap: tuple[int, int]) -> Raw | None:
    """'"...," Trump answered.' / '"...," boomed Mrs. Clinton.': right after a quote
    closed by a comma, question or exclamation mark, a name and any past-tense or
    present verb attribute the quote even when the verb is not in the lexicon."""
    before = text[max(0, gap[0] - 3):gap[0]]
    if not any(ch in before for ch in ",?!—") and not text[gap[0]:gap[1]].lstrip().startswith(","):
        return None
    m = NAME_VERB_RE.match(text, gap[0], gap[1]) or VERB_NAME_RE.match(text, gap[0], gap[1])
    if not m:
        return None
    return attributed(m["verb"], m.start("verb"), (m["name"], m.start("name")))
