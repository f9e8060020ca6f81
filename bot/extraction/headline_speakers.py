"""A headline's source that is a speaker of the article's body (speaker rules
'headline-*', tried in order by body_speaker).

Headline statements name only a speaker the rules' statements of the body name
(resolve._known_speakers_only): 'Graham: ...' is Lindsey Graham when the body quotes
him. A headline writes its source shorter or longer than the body does, and then the
name it resolves to is no body speaker and the statement was left with none. Each
rule reads the headline's words as one body speaker's name, or names nobody:

- headline-same-name: the same name but for accents ('Francois Hollande' for
  'François Hollande');
- headline-name-after-description: a capitalised description before the name
  ('Conservative Icon Morton Blackwell', 'Hacker Guccifer');
- headline-addressee-dropped: 'Clinton to Planned Parenthood: ...', the source before
  ' to ' and the one it addresses;
- headline-one-word-name: one word that is the given name or the surname of exactly
  one body speaker, a person ('Hillary' for 'Hillary Clinton'; not 'Clinton' when the
  body quotes Hillary and Bill Clinton).

Only body speakers named by a proper name are read (a description such as 'A New York
judge' or 'insiders' is never what a headline's word names).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable

from bot.extraction.heads import is_person_noun
from bot.extraction.lexicon import words
from bot.models import Speaker

# Words of a description before a name in a headline ('Conservative Icon', 'Former
# Aide', 'Hacker'): person nouns and these modifiers. Source: news headline style.
DESCRIPTION_MODIFIERS = words("""conservative liberal progressive former top senior
longtime veteran gop democratic republican icon""")
# Lowercase words inside a proper name ('Bill de Blasio', 'Department of State').
NAME_PARTICLES = words("of the and for de da del di du van von der bin al la le")
# ' to ' before the addressee in a headline source ('Clinton to Planned Parenthood').
ADDRESSEE_RE = re.compile(r"\s+to\s+[A-Z]")


def fold(text: str) -> str:
    """Lower case without accents or a trailing possessive."""
    text = unicodedata.normalize("NFKD", text.replace("’", "'"))
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    return re.sub(r"'s$", "", text.strip())


def _same_name(source: str, speakers: list[Speaker]) -> Speaker | None:
    matches = [s for s in speakers if fold(s.name) == fold(source)]
    return matches[0] if len(matches) == 1 else None


def _after_description(source: str, speakers: list[Speaker]) -> Speaker | None:
    words = source.split()
    for k in range(1, len(words)):
        if not all(is_person_noun(w) or w.lower() in DESCRIPTION_MODIFIERS
                   for w in words[:k]):
            return None
        found = _same_name(" ".join(words[k:]), speakers)
        if found is not None:
            return found
    return None


def _addressee_dropped(source: str, speakers: list[Speaker]) -> Speaker | None:
    m = ADDRESSEE_RE.search(source)
    if m is None:
        return None
    head = source[:m.start()]
    return _same_name(head, speakers) or _one_word(head, speakers)


def _one_word(source: str, speakers: list[Speaker]) -> Speaker | None:
    if len(source.split()) != 1:
        return None
    word = fold(source)
    matches = [s for s in speakers if not s.is_org and len(s.name.split()) > 1
               and word in (fold(s.name.split()[0]), fold(s.name.split()[-1]))]
    return matches[0] if len(matches) == 1 else None


Rule = Callable[[str, list[Speaker]], "Speaker | None"]
HEADLINE_SPEAKER_RULES: tuple[tuple[str, Rule], ...] = (
    ("headline-same-name", _same_name),
    ("headline-name-after-description", _after_description),
    ("headline-addressee-dropped", _addressee_dropped),
    ("headline-one-word-name", _one_word),
)


def _proper(speaker: Speaker) -> bool:
    """A speaker named by a proper name, every word capitalised but its particles
    ('François Hollande', 'Guccifer', 'Bill de Blasio'), not a description ('A New York
    judge', 'insiders', 'the Utah Republican'), which a headline's word never names."""
    words = speaker.name.split()
    return words[0][:1].isupper() and all(w[:1].isupper() or w in NAME_PARTICLES
                                          for w in words)


def body_speaker(source: str, speakers: list[Speaker]) -> tuple[Speaker, str] | None:
    """The body speaker a headline source names and the rule's name, or None."""
    named = [s for s in speakers if _proper(s)]
    for name, rule in HEADLINE_SPEAKER_RULES:
        found = rule(source, named)
        if found is not None:
            return found, name
    return None
