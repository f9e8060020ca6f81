"""Matching the speaker part of a query against the known speakers, with rapidfuzz.

Pure: works on SpeakerRecord lists; the store supplies them.
A speaker is found by full name, surname or alias (fuzzy, so typos match) or by
the words of a title or alias in any order ("defense secretary" finds the speaker
titled "U.S. Secretary of Defense").
"""

from __future__ import annotations

import bisect
from collections import defaultdict

from rapidfuzz import fuzz, process
from rapidfuzz.distance import OSA
from rapidfuzz.utils import default_process

from bot.models import SpeakerRecord
from bot.search.match import SpeakerMatch, namesake_weights
from bot.search.name_keys import EndBuckets, name_keys
from bot.search.titles import COURTESY_WORDS, synonym_groups
from bot.text import name_key, stem, words

# A name (or surname, or alias) matches at this rapidfuzz ratio or above:
# "hegset" vs "hegseth" scores 92, "trunp" vs "trump" 80.
NAME_CUTOFF = 80
# A fuzzy name match differs in length by at most this many letters.
MAX_LENGTH_GAP = 1
# Shorter query words must match a name exactly (no fuzzy "li" -> "lu").
MIN_FUZZY_NAME_CHARS = 4
# A short name misspelled by one edit scores under NAME_CUTOFF ("crxz" vs "cruz" 75,
# "kign" vs "king" 75): one word of at least this many letters, failing every ratio
# match, matches a name word of at least MIN_FUZZY_NAME_CHARS letters with the same first
# letter at one edit (a substitution, insertion, deletion or swap of neighbours: OSA
# distance), at this score.
MIN_EDIT_NAME_CHARS = 3
MAX_NAME_EDITS = 1
EDIT_NAME_SCORE = NAME_CUTOFF / 100
# Speakers whose name score is within this of the best are all kept ("Smith" -> both Smiths).
TIE_MARGIN = 1.0
# A title word matches at this ratio (after light stemming): stricter than names
# because title words are ordinary words.
TITLE_WORD_CUTOFF = 90
# Scores (0..1) given to a match on title words: several words are a surer match than one.
TITLE_SCORE_MANY_WORDS = 0.85
TITLE_SCORE_ONE_WORD = 0.75
# ... and on near-synonyms of title words (bot/search/titles.py).
TITLE_SCORE_SYNONYM = 0.8
# While typing (inline), a name matches by its beginning when the last word typed has
# at least this many letters ('heg' -> Hegseth), at this score.
MIN_PREFIX_CHARS = 3
PREFIX_NAME_SCORE = 0.9
# Words in titles and aliases that identify no one.
TITLE_STOPWORDS = frozenset({
    "of", "the", "a", "an", "and", "for", "to", "in", "on", "at", "us", "he", "she", "they",
    "his", "her", "their", "former", "then", "current", "who",
})
# Spans of a query tried as a speaker name when no speaker slot was recognised.
MAX_NAME_WORDS = 4


class SpeakerIndex:
    """Name keys and title words of every speaker, built once per speaker list."""

    def __init__(self, speakers: list[SpeakerRecord]) -> None:
        self.speakers = {s.id: s for s in speakers}
        self.name_keys: dict[str, set[int]] = defaultdict(set)
        self.title_words: dict[str, set[tuple[int, int]]] = defaultdict(set)
        for speaker in speakers:
            for key in name_keys(speaker):
                self.name_keys[key].add(speaker.id)
            for number, descriptor in enumerate([*speaker.titles, *speaker.aliases]):
                for word in words(descriptor):
                    if word not in TITLE_STOPWORDS and not word.isdigit():
                        self.title_words[stem(word)].add((speaker.id, number))
        self._by_end = EndBuckets(self.name_keys)  # for fuzzy look-ups
        self._title_vocabulary = list(self.title_words)
        self._sorted_keys = sorted(self.name_keys)
        self._group_cache: dict[tuple[str, ...], set[tuple[int, int]]] = {}

    def by_name(self, text: str, one_edit: bool = True) -> dict[int, float]:
        """Speaker id -> score (0..1) for a fuzzy match of `text` on a name key; with
        `one_edit`, failing that, a short name one edit away (see MIN_EDIT_NAME_CHARS)."""
        key = name_key(text)
        if not key:
            return {}
        if key in self.name_keys:  # an exact name wins over every fuzzy one (TIE_MARGIN < 1)
            return dict.fromkeys(self.name_keys[key], 1.0)
        if len(key) < MIN_FUZZY_NAME_CHARS:
            return self._by_one_edit(key) if one_edit else {}
        found: dict[int, float] = {}
        for choice, score in self._by_end.ratios(key, NAME_CUTOFF):
            if abs(len(choice) - len(key)) > MAX_LENGTH_GAP:
                continue  # 'poll' is no 'powell' (ratio 80): a typo drops a letter, not two
            for speaker_id in self.name_keys[choice]:
                found[speaker_id] = max(found.get(speaker_id, 0.0), score / 100)
        return found or (self._by_one_edit(key) if one_edit else {})

    def _by_one_edit(self, key: str) -> dict[int, float]:
        """A one-word name one edit away from a name word with its first letter."""
        if len(key) < MIN_EDIT_NAME_CHARS or " " in key:
            return {}
        choices = [k for k in self._by_end.starting(key[0])
                   if " " not in k and len(k) >= MIN_FUZZY_NAME_CHARS]
        found: dict[int, float] = {}
        for choice, _distance, _ in process.extract(
            key, choices, scorer=OSA.distance, processor=default_process,
            score_cutoff=MAX_NAME_EDITS, limit=None,
        ):
            found |= dict.fromkeys(self.name_keys[choice], EDIT_NAME_SCORE)
        return found

    def by_title(self, query_words: list[str]) -> dict[int, float]:
        """Speakers with one title (or alias) containing every query word, in any order;
        failing that, their near-synonyms ('pentagon chief' -> 'secretary of defense')."""
        if not query_words:
            return {}
        common = self._descriptors([[w] for w in query_words])
        score = TITLE_SCORE_MANY_WORDS if len(query_words) > 1 else TITLE_SCORE_ONE_WORD
        groups = None if common else synonym_groups(query_words)
        if groups:
            common, score = self._descriptors(groups), TITLE_SCORE_SYNONYM
        return {speaker_id: score for speaker_id, _ in common}

    def _descriptors(self, groups: list[list[str]]) -> set[tuple[int, int]]:
        """(speaker, descriptor) pairs whose descriptor has a word of every group."""
        common: set[tuple[int, int]] | None = None
        for group in groups:
            matched = self._group_cache.get(tuple(group))
            if matched is None:
                matched = set()
                for word in group:
                    for choice, _score, _ in process.extract(
                        stem(word), self._title_vocabulary, scorer=fuzz.ratio,
                        processor=default_process, score_cutoff=TITLE_WORD_CUTOFF, limit=None,
                    ):
                        matched |= self.title_words[choice]
                if len(group) > 1:  # the head words: the same for every query
                    self._group_cache[tuple(group)] = matched
            common = matched if common is None else common & matched
            if not common:
                return set()
        return common or set()

    def by_prefix(self, text: str) -> dict[int, float]:
        """Speakers with a name key starting with `text` ('heg' -> Hegseth) while typing;
        its last word needs MIN_PREFIX_CHARS letters."""
        key = name_key(text)
        if len(key.split()[-1] if key else "") < MIN_PREFIX_CHARS:
            return {}
        found: dict[int, float] = {}
        at = bisect.bisect_left(self._sorted_keys, key)
        while at < len(self._sorted_keys) and self._sorted_keys[at].startswith(key):
            for speaker_id in self.name_keys[self._sorted_keys[at]]:
                found[speaker_id] = PREFIX_NAME_SCORE
            at += 1
        return found

    def match_slot(self, slot: str, prefix: bool = False) -> SpeakerMatch | None:
        """The speaker(s) a query's speaker slot names, or None; with `prefix` its last
        word may be unfinished."""
        slot_words = words(slot)
        scores = self.by_name(slot) or (self.by_prefix(slot) if prefix else {})
        # "Roper Center for Public Opinion Research": a known name, then more words
        # (before the last word alone, which would find "The researchers").
        for end in range(len(slot_words) - 1, 1, -1):
            if scores:
                break
            scores = dict.fromkeys(self.name_keys.get(" ".join(slot_words[:end]), ()), 1.0)
        if not scores and len(slot_words) > 1:  # "pete hegset" -> surname
            scores = self._fitting(self.by_name(slot_words[-1]), slot_words)
        if not scores:
            scores = self.by_title([w for w in slot_words if w not in TITLE_STOPWORDS])
        return self.best(scores, 0, len(slot_words))

    def _fitting(self, scores: dict[int, float], slot_words: list[str]) -> dict[int, float]:
        """The speakers found by a slot's last word whose whole name ends the slot, or
        whose names, titles or aliases have a word like each other word of the slot
        (courtesy titles and initials aside): 'pete hegset' keeps Pete Hegseth, 'united
        states immigration services' keeps Immigration Services, 'washington post'
        drops the New York Post."""
        slot = [w for w in slot_words if w not in TITLE_STOPWORDS]
        others = [w for w in slot[:-1] if len(w) >= MIN_EDIT_NAME_CHARS
                  and w not in COURTESY_WORDS]
        kept = {}
        for speaker_id, score in scores.items():
            speaker = self.speakers[speaker_id]
            name = [w for w in words(speaker.name) if w not in TITLE_STOPWORDS]
            own = words(" ".join([speaker.name, *speaker.titles, *speaker.aliases]))
            if slot[-len(name):-1] == name[:-1] or all(
                    process.extractOne(w, own, scorer=fuzz.ratio, processor=default_process,
                                       score_cutoff=NAME_CUTOFF) for w in others):
                kept[speaker_id] = score
        return kept

    def narrow_by_title(self, match: SpeakerMatch, title_words: list[str]) -> SpeakerMatch:
        """Of several speakers sharing a name, those whose titles have the given words
        ("Clinton, the secretary of state"); all of them when none has."""
        scores = self.by_title([w for w in title_words if w not in TITLE_STOPWORDS])
        kept = [i for i in match.speaker_ids if i in scores]
        if not kept or len(kept) == len(match.speaker_ids):
            return match
        names = [self.speakers[i].name for i in kept]
        return match.model_copy(update={"speaker_ids": kept, "names": names})

    def find_in(self, query_words: list[str], min_title_words: int = 2, prefix: bool = False,
                one_edit: bool = False) -> SpeakerMatch | None:
        """The best speaker named anywhere in a word list (by name, or by at least
        `min_title_words` title words); longer spans win ties. With `prefix` the last
        word may be the beginning of a name; `one_edit` (see MIN_EDIT_NAME_CHARS) is off
        by default: in free words one edit from a short name is too often a word."""
        best: SpeakerMatch | None = None
        for start in range(len(query_words)):
            for end in range(start + 1, min(start + MAX_NAME_WORDS, len(query_words)) + 1):
                span = query_words[start:end]
                scores = self.by_name(" ".join(span), one_edit=one_edit)
                if not scores and prefix and end == len(query_words):
                    scores = self.by_prefix(" ".join(span))
                if not scores and len(span) >= min_title_words:
                    scores = self.by_title(span)
                found = self.best(scores, start, end)
                if found and (best is None or _rank(found) > _rank(best)):
                    best = found
        return best

    def best(self, scores: dict[int, float], start: int, end: int) -> SpeakerMatch | None:
        said = {i: s for i, s in scores.items() if self.speakers[i].statement_count > 0}
        if not said:
            return None
        top = max(said.values())
        ids = sorted(i for i, s in said.items() if s >= top - TIE_MARGIN / 100)
        names = [self.speakers[i].name for i in ids]
        farther = {i: s for i, s in said.items() if i not in ids}
        weights = namesake_weights([self.speakers[i] for i in ids])
        return SpeakerMatch(speaker_ids=ids, names=names, score=top, start=start, end=end,
                            farther=farther, weights=weights)


def _rank(match: SpeakerMatch) -> tuple[float, int]:
    return (match.score, match.end - match.start)
