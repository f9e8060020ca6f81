"""Where a learned statement with no subject finds one: an ordered table of finders
(the first that reads a phrase wins; its name goes into the speaker trace).

learned_cues.build gives a learned cue's statement the rules' subject or the
sentence's opening noun phrase; when neither stands right before the cue, these are
tried in turn (resolve._nearest), and what they find is resolved and vetted like any
learned subject (learned_speakers.py).
"""

from __future__ import annotations

from collections.abc import Callable

from bot.extraction.nearest_subject import NEAREST_SUBJECT, nearest_subject
from bot.extraction.opening_participle import OPENING_PARTICIPLE, opening_participle_subject
from bot.extraction.opening_subject import OPENING_SUBJECT, opening_subject
from bot.extraction.relative_who import RELATIVE_WHO, relative_who_name

# (text, sentence start, sentence end, cue, cue position) -> (phrase, position) or None
Finder = Callable[[str, int, int, str, int], "tuple[str, int] | None"]
NO_SUBJECT_FINDERS: tuple[tuple[str, Finder], ...] = (
    # A participle opening the sentence: the main clause's subject ('After blasting the
    # report, Glenn Roe doubled down').
    (OPENING_PARTICIPLE, opening_participle_subject),
    # The name a ', who' before the cue stands for ('a victory for Obama, who has often
    # complained').
    (RELATIVE_WHO, lambda text, start, _end, _cue, at: relative_who_name(text, start, at)),
    # The nearest name standing as the subject of the cue's clause ('As the race
    # turned ..., Clinton has increasingly decried').
    (NEAREST_SUBJECT, lambda text, start, _end, cue, at: nearest_subject(text, start, cue, at)),
    # The noun phrase opening the sentence, only adverbs and auxiliaries before the cue
    # ('Her strategists have been reluctant').
    (OPENING_SUBJECT, lambda text, start, _end, cue, at: opening_subject(text, start, cue, at)),
)


def found_subject(text: str, start: int, end: int, cue: str,
                  cue_pos: int) -> tuple[tuple[str, int], str] | None:
    """The first finder's (phrase, position) and its name, or None."""
    for name, finder in NO_SUBJECT_FINDERS:
        found = finder(text, start, end, cue, cue_pos)
        if found is not None:
            return found, name
    return None
