"""The features of a candidate cue word, for the learned cue model (learned_cues.py).

Each feature is a short string: the cue word, the words or word classes around it,
its place in the sentence, what the rules already found in the sentence. Word
classes keep the model small and general: a capitalised word is 'Cap', a pronoun
'PRON', a determiner 'DET'; frequent function words stand for themselves.
"""

from __future__ import annotations

import bisect
import functools

from bot.extraction.lexicon import DETERMINERS, words
from bot.extraction.phrases import tokens
from bot.extraction.quotes import Sentence
from bot.extraction.raw import Raw
from bot.extraction.stance import REPORTING_CUES

# Subject pronouns. Source: English grammar.
PRONOUNS = words("he she they we i you it")
# Function words that are their own class (auxiliaries, prepositions, complementisers,
# relatives, negation). Source: English closed-class words.
FUNCTION = words("""
has have had is are was were be been being will would could should may might must can
did does do not n't to that who which what whether how why when if as of in on for
with about by from at into over against after before than and but or also still
already just never even only publicly repeatedly reportedly widely long often
""")


# Words whose class word_classes remembers, at most.
MAX_CLASSES = 65536
_CLASSES: dict[str, str] = {}


@functools.lru_cache(maxsize=65536)
def word_class(word: str) -> str:
    """A token's class: itself for punctuation and function words, else its shape."""
    low = word.lower()
    if not word[:1].isalnum():
        return word[:1] if word[:1] in ",;:()—–-" else "Q"
    if low in PRONOUNS:
        return "PRON"
    if low in FUNCTION:
        return low
    if low in DETERMINERS:
        return "DET"
    if word[:1].isdigit():
        return "NUM"
    if word[:1].isupper():
        return "Cap"
    for suffix in ("ing", "ed", "ly", "s"):
        if low.endswith(suffix):
            return "w-" + suffix
    return "w"


def word_classes(words: list[str]) -> list[str]:
    """The class of each word (word_class), remembered in a plain dict: a sentence with
    a candidate cue has all its tokens classed, and a dict look-up is about twice as
    fast as the lru_cache's. The dict is emptied when it holds MAX_CLASSES words."""
    if len(_CLASSES) >= MAX_CLASSES:
        _CLASSES.clear()
    known = _CLASSES.get
    return [known(w) or _CLASSES.setdefault(w, word_class(w)) for w in words]


def _bucket(n: int) -> str:
    return str(n) if n < 4 else "4-6" if n < 7 else "7-12" if n < 13 else "13+"


def _suffix(word: str) -> str:
    return next((s for s in ("ing", "ed", "es", "s") if word.endswith(s)), "-")


def features(text: str, sent: Sentence, cands: list[tuple[str, int, int]],
             found: list[Raw]) -> list[list[str]]:
    """One feature list per candidate (cue, start, end) of the sentence."""
    toks = tokens(text[sent.start:sent.end], sent.start)
    starts = [p for _, p in toks]
    # (i, j): the candidate's first token and the first token after it
    places = [(bisect.bisect_left(starts, a), bisect.bisect_left(starts, b)) for _, a, b in cands]
    # no feature reads a token past reach: the rest is not classed (hot path)
    reach = max((j for _, j in places), default=0) + 6
    lows = [w.lower() for w, _ in toks[:reach]]
    classes = word_classes([w for w, _ in toks[:reach - 4]])
    first_cue = next((k for k, w in enumerate(lows) if w in REPORTING_CUES), len(toks))
    spans = [s for r in found for s in r.spans]
    out = []
    for rank, ((cue, c_start, _), (i, j)) in enumerate(zip(cands, places, strict=True)):
        w = cue.split()[0]
        p1 = classes[i - 1] if i > 0 else "^"
        p2 = classes[i - 2] if i > 1 else "^"
        n1 = classes[j] if j < len(toks) else "$"
        n2 = classes[j + 1] if j + 1 < len(toks) else "$"
        lp1 = lows[i - 1] if i > 0 else "^"
        ln1 = lows[j] if j < len(toks) else "$"
        head = classes[:i]
        before = head[-4:]
        verbs = head.count("w-ed") + head.count("w-s")
        f = [f"w={w}", f"suf={_suffix(w)}", f"p1={p1}", f"p2={p2}", f"n1={n1}", f"n2={n2}",
             f"p1n1={p1}|{n1}", f"w|n1={w}|{n1}", f"w|p1={w}|{p1}", f"w|p2={w}|{p2}",
             f"pos={_bucket(i)}", f"rest={_bucket(len(toks) - j)}",
             f"commas={_bucket(head.count(','))}", f"lp1={lp1}", f"ln1={ln1}", f"w|ln1={w}|{ln1}",
             f"rank={_bucket(rank)}", f"verbs-before={_bucket(verbs)}",
             f"shape={'|'.join(before[-3:])}"]
        if " " in cue:
            f.append("phrasal")
        if sent.quotes:
            f += ["quotes", f"quote-before={sent.quotes[0].open_at < c_start}"]
        if p1.startswith("w") and toks[i - 1][0].islower():
            f.append(f"w|p1w={w}|{lp1}")
        if n1.startswith("w"):
            f.append(f"w|n1w={w}|{ln1}")
        if "that" in lows[j:j + 6]:
            f.append(f"w|that={w}")
        if "PRON" in before[-3:]:
            f.append("pron-before")
        if "Cap" in before:
            f.append("cap-before")
        if head.count("(") > head.count(")"):
            f.append("in-parens")
        if first_cue < i:
            f.append("cue-before")
        if any(a <= c_start < b for a, b in spans):
            f.append("inside-statement")
        elif found:
            f.append("sentence-has-statement")
        out.append(f)
    return out


def built_features(text: str, cue: str, raw: Raw, reading: str = "whole") -> list[str]:
    """Features of the statement the machinery builds at a candidate: which rule found
    it, what its subject looks like, how long its content is and on which side."""
    w = cue.lower().split()[0]
    rule = raw.rule.split(" + ")[0]
    subj = "none" if raw.subject is None else word_class(raw.subject.split()[0])
    a, b = raw.spans[0]
    n = len(text[a:b].split())
    side = "after" if a > raw.cue_pos else "before"
    return [f"rule={rule}", f"subj={subj}", f"clen={_bucket(n)}", f"side={side}",
            f"kind={raw.kind}", f"w|kind={w}|{raw.kind}",
            f"w|rule={w}|{rule}", f"w|subj={w}|{subj}", f"subj|clen={subj}|{_bucket(n)}",
            f"subjlen={_bucket(len((raw.subject or '').split()))}", f"read={reading}",
            f"w|read={w}|{reading}", f"read|clen={reading}|{_bucket(n)}",
            f"w|clen={w}|{_bucket(n)}", f"ends={word_class(text[b - 1:b]) if b else '^'}",
            f"read|commas={reading}|{_bucket(text.count(',', a, b))}",
            f"read|that={reading}|{text[a:a + 5].lower() == 'that '}"]
