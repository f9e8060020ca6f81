"""The working record of one statement before speakers and dates are resolved."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from bot.extraction.lexicon import PHRASAL_CUES, SPEECH_VERBS
from bot.extraction.quotes import Quote, Sentence

# "according to X" introduces a source; source: news style.
# (The letter comes first so that the scan skips to it; the lookbehind is the \b
# before it, as in r"\b[Aa]ccording to\s+", and finds the same matches twice as fast.)
ACCORDING_RE = re.compile(r"[Aa](?<!\w[Aa])ccording to\s+")
# The particles of the two-word cues ("out", "for", "on", "back").
_PARTICLES = "|".join(sorted({p.split("_")[1] for p in PHRASAL_CUES}))
CUE_WORD_RE = re.compile(r"[A-Za-z]+(?:\s+(?:" + _PARTICLES + r"))?")


@dataclass
class Raw:
    kind: str
    spans: list[tuple[int, int]]
    para: int
    sentence: tuple[int, int]
    cue: str | None = None
    cue_pos: int = -1
    subject: str | None = None
    subject_pos: int = -1
    clause: str = ""  # attribution text (outside quotes) used for dates and channel
    unclosed: bool = False
    extra_sentences: list[tuple[int, int]] = field(default_factory=list)
    # The names of the rules that found the span and its attribution ('+'-joined).
    rule: str = ""
    # Found by the learned cue model (learned_cues.py): its speaker and date are
    # resolved like the others' but leave no trace for the statements after it.
    learned: bool = False
    # How sure the finder is: the learned cue model's probability; a rule's statement 1.
    confidence: float = 1.0
    # The state (Raw.state) in which content_cuts.cut_contents last left it uncut: a later
    # pass over the same state cuts nothing either and is skipped (collect cuts twice).
    uncut: tuple = field(default=(), compare=False, repr=False)  # no part of equality

    def chose(self, name: str) -> Raw:
        """Record that rule `name` shaped this statement; returns self."""
        self.rule = f"{self.rule} + {name}" if self.rule else name
        return self

    @property
    def start(self) -> int:
        return self.spans[0][0]

    def state(self) -> tuple:
        """Every field but uncut, lists as tuples: equal states read alike."""
        return (self.kind, tuple(self.spans), self.para, self.sentence, self.cue,
                self.cue_pos, self.subject, self.subject_pos, self.clause, self.unclosed,
                tuple(self.extra_sentences), self.rule, self.learned, self.confidence)

    def copied(self) -> Raw:
        """A shallow copy, as copy.copy makes one (its generic protocol is slow: hot path)."""
        one = Raw.__new__(Raw)
        one.__dict__.update(self.__dict__)
        return one


def clause_span(text: str, start: int, end: int) -> tuple[int, int]:
    """start..end without the spaces, commas and colons before it nor the spaces and
    punctuation after it."""
    piece = text[start:end]
    lead = len(piece) - len(piece.lstrip(" ,:"))
    trail = len(piece) - len(piece.rstrip(" ,.;:"))
    return start + lead, end - trail


def spans_overlap(a: Iterable[tuple[int, int]], b: Iterable[tuple[int, int]]) -> bool:
    """Some span of a shares a character with some span of b."""
    others = list(b)
    return any(x < d and c < y for x, y in a for c, d in others)


def close_end(q: Quote) -> int:
    return q.close_at + q.close_len if q.close_at is not None else q.end


def according_to(text: str, start: int, end: int) -> re.Match[str] | None:
    """ACCORDING_RE's first match in text[start:end]; most texts have no 'ccording to'
    (looked for first, without the pattern: hot path)."""
    if text.find("ccording to", start, end) < 0:
        return None
    return ACCORDING_RE.search(text, start, end)


def quoted(sent: Sentence, a: int, b: int) -> bool:
    """text[a:b] overlaps one of the sentence's quotations, its marks included."""
    return any(q.open_at < b and a < close_end(q) for q in sent.quotes)


def gaps(sent: Sentence) -> list[tuple[int, int]]:
    """Text between quotations: before the first, between each pair, after the last."""
    if not sent.quotes:  # most sentences (hot path)
        return [(sent.start, max(sent.start, sent.end))]
    edges = [sent.start]
    for q in sent.quotes:
        edges += [q.open_at, close_end(q)]
    edges.append(sent.end)
    return [(edges[i], max(edges[i], edges[i + 1])) for i in range(0, len(edges), 2)]


def find_cues(text: str, start: int, end: int,
              vocab: frozenset[str] = SPEECH_VERBS) -> list[tuple[str, int, int]]:
    """Cue words (vocab verbs, phrasal cues) in text[start:end], as (cue, start, end).

    A word is a letter run starting with a lowercase letter (CUE_WORD_RE), found
    with a prefix-tree pattern of the vocabulary (much faster than reading every
    word) and kept only where no letter precedes it inside the range."""
    found = []
    for m in _word_matches(text, start, end, vocab):
        at = m.start()
        if attached(text, at, m.end()):
            continue
        words = m[0].split()
        head = words[0].lower()
        if len(words) == 2 and f"{head}_{words[1]}" in PHRASAL_CUES:
            found.append((f"{head} {words[1]}", at, m.end()))
        elif head in vocab:
            found.append((words[0], at, at + len(words[0])))
    return found


def _word_matches(text: str, start: int, end: int,
                  vocab: frozenset[str]) -> list[re.Match[str]]:
    """The matches of cue_pattern(vocab) in text[start:end] with no ASCII letter before
    them (one at start itself always counts), as a scan that drops the matches inside
    words finds them (_inside_words_dropped). The pattern that checks the letter before
    skips the inside of words, about twice as fast; it finds the same words unless a
    match dropped inside a word would have taken a particle that starts a cue ('aim' in
    'take aim'): only then, when one of its matches opens with such a word, is the
    slower scan run instead."""
    at_word = _word_start_pattern(vocab)
    if at_word is None:
        return _inside_words_dropped(text, start, end, cue_pattern(vocab))
    found: list[re.Match[str]] = []
    pos = start
    if start > 0 and _ascii_letter(text[start - 1]):
        first = cue_pattern(vocab).match(text, start, end)
        if first is not None:
            found.append(first)
            pos = first.end()
    found += at_word.finditer(text, pos, end)
    shared = _particle_heads(vocab)
    if shared and any(m[0].split()[0].lower() in shared for m in found):
        return _inside_words_dropped(text, start, end, cue_pattern(vocab))
    return found


def _inside_words_dropped(text: str, start: int, end: int,
                          pattern: re.Pattern[str]) -> list[re.Match[str]]:
    """The matches of pattern in text[start:end], those with an ASCII letter before
    them (inside a word) dropped, except one at start."""
    return [m for m in pattern.finditer(text, start, end)
            if m.start() == start or not _ascii_letter(text[m.start() - 1])]


def _ascii_letter(char: str) -> bool:
    return char.isascii() and char.isalpha()


def attached(text: str, at: int, end: int) -> bool:
    """The word is part of a hyphenated or possessive word ('so-called', 'fact-finding',
    're-tweeting', 'the show’s'): no verb of its own."""
    before = text[at - 1] if at > 0 else " "
    after = text[end:end + 2]
    return before in "-‐" or after[:1] in "-‐" or after in ("’s", "'s")


@functools.lru_cache(maxsize=16)
def cue_pattern(vocab: frozenset[str]) -> re.Pattern[str]:
    """The prefix-tree pattern of a cue vocabulary (cached per vocabulary)."""
    heads = vocab | {p.split("_")[0] for p in PHRASAL_CUES}
    return re.compile(_prefix_tree(heads, first=True)
                      + r"(?![A-Za-z])(?:\s+(?:" + _PARTICLES + r")(?![A-Za-z]))?")


@functools.lru_cache(maxsize=16)
def _word_start_pattern(vocab: frozenset[str]) -> re.Pattern[str] | None:
    """cue_pattern(vocab) matching only where no ASCII letter comes before; None when a
    head is not a plain lowercase word (see _word_matches)."""
    heads = vocab | {p.split("_")[0] for p in PHRASAL_CUES}
    if not all(h.isascii() and h.isalpha() and h.islower() for h in heads):
        return None
    return re.compile(r"(?<![A-Za-z])" + cue_pattern(vocab).pattern)


@functools.lru_cache(maxsize=16)
def _particle_heads(vocab: frozenset[str]) -> frozenset[str]:
    """The words of vocab (or heads of two-word cues) that are also particles ('aim'
    of 'take aim'): a match opening with one may differ between the scans of
    _word_matches."""
    heads = vocab | {p.split("_")[0] for p in PHRASAL_CUES}
    return frozenset(heads & {p.split("_")[1] for p in PHRASAL_CUES})


def word_alternation(words: Iterable[str], exact: bool = False) -> str:
    """A regex alternation of lowercase words factored by prefix (first letter as given,
    the others either case: check the match against the words; exact: every letter as
    given, the same matches as the plain alternation when a word boundary follows)."""
    return _prefix_tree(words, first=True, exact=exact)


def _prefix_tree(words: Iterable[str], first: bool = False, exact: bool = False) -> str:
    """A regex alternation of lowercase words, factored by prefix; letters after the
    first match either case ("saId" reads as "said", as CUE_WORD_RE does) unless exact."""
    tree: dict[str, list[str]] = {}
    ends = False
    for w in words:
        if w:
            tree.setdefault(w[0], []).append(w[1:])
        else:
            ends = True
    alts = [(re.escape(ch) if first or exact else f"[{ch}{ch.upper()}]")
            + _prefix_tree(rest, exact=exact) for ch, rest in sorted(tree.items())]
    if not alts:
        return ""
    body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
    return f"(?:{body})?" if ends else body


def compile_cue_patterns(vocab: frozenset[str]) -> None:
    """Compiles the patterns find_cues reads vocab with (called at import by the modules
    that read a vocabulary: a large pattern compiled at first use costs an article's time)."""
    cue_pattern(vocab)
    _word_start_pattern(vocab)


compile_cue_patterns(SPEECH_VERBS)  # compiled at import, like the module's other patterns
