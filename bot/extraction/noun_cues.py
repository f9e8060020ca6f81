"""A cue word that is a noun or a noun's modifier, not a reporting verb.

Most reporting verbs are nouns too ('his promise', 'Trump's praise', 'the posting',
'the Today show'). Read right after a determiner or a possessive, such a word names
a thing; the verb rules (reported.py) take no statement from it. A rule written for
nominal cues on purpose (the learned cue model, trained on PolNeAR's nominal cues)
is not held to this. The frames, in order, with the word before the cue:
"""

from __future__ import annotations

import re
from collections.abc import Callable

from bot.extraction.lexicon import ARTICLES, words
from bot.extraction.titles import TITLE_NOUNS

# Possessive determiners ('his promise'); 'her' is left out: it is also an object ('heard
# her say'). Source: English determiners.
POSSESSIVES = words("his its their our my your")
# Words whose 's is 'is' or 'has' ('he's predicted', 'there's', 'that's said').
# Source: English contractions.
CONTRACTED = words("he she it that there who what here where let how why when one")
# Words after which a verb form (-ing, -ed, said, told) is a verb with its object or
# clause ('his calling for a halt', "Bush's calling him a jerk", "Trump's said he"):
# function words, pronouns and names. Source: English closed classes.
OBJECT_OPENERS = words("""he she they it we i you him her them us me that the a an his their
this these those to in on of for with about by at as if whether what how why""")
WORD_BEFORE_RE = re.compile(r"([A-Za-z][\w.]*?)(['’]s)?\s+$")
NEXT_WORD_RE = re.compile(r"\s+([A-Za-z][\w'’-]*)")
# Cue forms that are no bare noun: -s, -ed, -ing and past forms ('said', 'told').
BASE_FORM_RE = re.compile(r"(?:s|ed|ing|said|told|wrote|spoke|shown|known|thought)$")
# Prepositions after which a cue in -s is a plural noun ('In calls and meetings', 'amid
# calls for'); not 'to' (an infinitive's mark). Source: English prepositions.
NOUN_PREPOSITIONS = words("in of with amid among despite from about after before during "
                          "without against over")
# Words that may follow a noun but open no verb's object ('the Today show on Monday').
NOUN_FOLLOWERS = words("on in at as for with from about during after before and or but")
# Cue words in their base form that open a compound noun with the word after them
# ('a conservative think tank', 'a talk show host', 'his report card'). Source: English
# compound nouns whose first word is a reporting verb.
COMPOUND_NOUNS = {"think": words("tank tanks"), "talk": words("show shows radio"),
                  "report": words("card cards")}
# Words that make a cue after them the second word of a compound noun ('a talk show
# host', 'his TV show', 'radio shows'): a medium before 'show'. Source: English
# compound nouns of broadcasting.
MEDIA_WORDS = words("talk tv television radio reality music cooking comedy")
COMPOUND_ENDS = {"show": MEDIA_WORDS, "shows": MEDIA_WORDS}
# A title's opening mark right after a media noun (', "' or ' "').
TITLE_AFTER_RE = re.compile(r',?\s*[“"]')
# Verb forms that a possessive may front as a gerund or a perfect ('his calling').
VERB_FORM_RE = re.compile(r"(?:ing|ed|said|told|shown|known|written)$", re.IGNORECASE)


def _verb_with_object(text: str, cue: str, c_end: int) -> bool:
    """'his calling for', "Roe's said he": an -ing or -ed form followed by what opens
    its object or clause (not 'the party's declining appeal', 'Trump's proposed wall')."""
    nxt = NEXT_WORD_RE.match(text, c_end)
    return bool(VERB_FORM_RE.search(cue.split()[0])) and (
        nxt is None or nxt[1][:1].isupper() or nxt[1].lower() in OBJECT_OPENERS)


def _after_article(word: str, owner: bool, text: str, cue: str, c_end: int) -> bool:
    """Whatever follows an article is a noun or its modifier ('the questioning')."""
    return not owner and word.lower() in ARTICLES


def _after_named_modifier(word: str, owner: bool, text: str, cue: str, c_end: int) -> bool:
    """'the Today show on', 'an NBC show.': an article, one capitalised singular word, a
    cue in its base form (a verb after a singular subject would take -s: 'The Times
    reports', 'the Democrats say') and after it a preposition or nothing (not 'the U.S.
    cite concerns', whose subject is 'Opponents' before it)."""
    head = cue.split()[0]  # 'called for': its verb
    if owner or not word[:1].isupper() or word.endswith("s") or BASE_FORM_RE.search(head):
        return False
    nxt = NEXT_WORD_RE.match(text, c_end)
    if nxt is not None and nxt[1].lower() not in NOUN_FOLLOWERS:
        return False  # 'the U.S. cite concerns': a verb and its object
    at = text.rfind(word, max(0, c_end - len(cue) - len(word) - 12), c_end)
    before = word_before(text, max(0, at - 12), at) if at > 0 else None
    return before is not None and not before[2] and before[1].lower() in ARTICLES


def _after_possessive(word: str, owner: bool, text: str, cue: str, c_end: int) -> bool:
    possessive = (word.lower() in POSSESSIVES and not owner) or (
        owner and word.lower() not in CONTRACTED)
    return possessive and not _verb_with_object(text, cue, c_end)


def _after_preposition(word: str, owner: bool, text: str, cue: str, c_end: int) -> bool:
    head = cue.split()[0]
    return (not owner and word.lower() in NOUN_PREPOSITIONS and head.endswith("s")
            and not head.endswith(("ss", "ing")))


def _compound_noun(word: str, owner: bool, text: str, cue: str, c_end: int) -> bool:
    nxt = NEXT_WORD_RE.match(text, c_end)
    return nxt is not None and nxt[1].lower() in COMPOUND_NOUNS.get(cue.lower(), ())


def _compound_end(word: str, owner: bool, text: str, cue: str, c_end: int) -> bool:
    return not owner and word.lower() in COMPOUND_ENDS.get(cue.lower(), ())


def _before_title(word: str, owner: bool, text: str, cue: str, c_end: int) -> bool:
    return cue.lower() in TITLE_NOUNS and TITLE_AFTER_RE.match(text, c_end) is not None


# (name, test of the word before the cue, whether it carries 's, and the cue).
NOUN_CUE_FRAMES: tuple[tuple[str, Callable[[str, bool, str, str, int], bool]], ...] = (
    # An article before the cue: 'the Today show', 'a question about', 'the opposing
    # team', 'the posting'; not 'Roe said' (no article).
    ("noun-cue-after-article", _after_article),
    # An article and a capitalised word before a cue in its base form, then a preposition
    # or nothing: 'the Today show on Monday', 'an NBC show.'; not 'The Times reports',
    # 'the Democrats say', 'The Post said', 'Foes of entry into the U.S. cite concerns'.
    ("noun-cue-after-named-modifier", _after_named_modifier),
    # A possessive before the cue: 'his promise to', "Trump's praise of", "the party's
    # declining appeal", "Trump's proposed wall"; not 'he's predicted' (a contraction),
    # not 'his calling for a halt', "Bush's calling him a jerk" (a gerund with its
    # object: the possessor's act of speech).
    ("noun-cue-after-possessive", _after_possessive),
    # A preposition before a cue in -s: 'In calls and meetings, donors laid plans',
    # 'amid calls for his resignation', 'despite attacks on Roe'; not 'to calls' (no
    # such preposition: 'to' opens an infinitive), not 'by saying' (a gerund).
    ("noun-cue-after-preposition", _after_preposition),
    # A media noun right before a title in marks: 'Trump's reality TV show, "The
    # Apprentice,"'; not 'polls show that' (no title after it).
    ("noun-cue-before-title", _before_title),
    # A cue in its base form opening a compound noun: 'a progressive think tank, and ...',
    # 'a talk radio host'; not 'they think talks will resume' (only the listed nouns
    # after the listed cue words).
    ("noun-cue-in-compound", _compound_noun),
    # A cue ending a compound noun after a listed word: 'Talk show host Glenn Roe said',
    # 'the Apprentice TV show, which starred ...', 'favorite TV shows sound about
    # right'; not 'Polls show that' nor 'Footage from the game shows that' (no medium
    # before it).
    ("noun-cue-ending-compound", _compound_end),
)


def word_before(text: str, start: int, end: int) -> re.Match[str] | None:
    """WORD_BEFORE_RE's match in text[start:end], searched from where the last run of
    non-spaces starts: no match can start before it (no space inside the word), and a
    search from start tries the lazy pattern at every character (hot path)."""
    head = text[start:end].rstrip()
    last = head.rsplit(None, 1)[-1:]
    return WORD_BEFORE_RE.search(text, start + len(head) - len(last[0]), end) if last else None


def noun_cue(text: str, cue: str, c_start: int, c_end: int) -> str | None:
    """The frame that reads the cue at c_start as a noun, or None (a verb)."""
    m = word_before(text, max(0, c_start - 30), c_start)
    if m is None:
        return None
    for name, test in NOUN_CUE_FRAMES:
        if test(m[1], bool(m[2]), text, cue, c_end):
            return name
    return None
