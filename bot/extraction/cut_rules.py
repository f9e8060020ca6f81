"""The rules of content_cuts.py: where a reported content (or a partial quotation's
words after its marks) is over and the reporter's own sentence goes on. Each rule takes
the article text, the statement, the tokens it reads and their word classes
(cue_features.word_class) and returns the offset the content ends at, or None.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from bot.extraction import lexicon
from bot.extraction.cue_features import PRONOUNS
from bot.extraction.lexicon import AUXILIARIES, IRREGULAR_PAST, SPEECH_VERBS, words
from bot.extraction.raw import Raw

# Words that open a subordinate clause or phrase at the start of a sentence ('While Roe
# lamented the cuts, Doe took ...', 'Despite complaints that they distort democracy, the
# delegates have ...'). Source: English subordinators and concessive prepositions.
OPENING_SUBORDINATORS = words("when while after although though as if because since despite amid "
                              "before until once whereas")
# Finite verb forms and modals. Source: English auxiliaries.
FINITE = AUXILIARIES | words("""isn't wasn't aren't weren't hasn't haven't hadn't does do
did doesn't don't didn't can can't cannot may might must should shall won't wouldn't""")
# At most this many words between a link and the finite verb of a clause after it.
MAX_SUBJECT_WORDS = 5
# Words that open a content that is a clause ('that he ...', 'to leave', 'whether ...').
# Source: English complementizers.
CLAUSE_OPENERS = words("that to whether if how why what when where who")
# ... and the subject pronouns ('think they can ...'): a content opening a clause.
CLAUSE_STARTS = CLAUSE_OPENERS | lexicon.SUBJECT_PRONOUNS
# Relative pronouns. Source: English.
RELATIVES = words("who whom whose which that")
# Subordinators and prepositions that open an adjunct of the speaker's verb after an
# object ('criticized Roe during a rally', 'endorsed Roe after he dropped out').
ADJUNCT_OPENERS = words("during after when before because while since until amid despite "
                        "following")
# Words that open a time adjunct ('on Monday', 'last week'); 'in' and 'this' are left
# out ('fell in August from 71 percent', 'ruled out any increase this year': part of
# the content about as often as not on train).
TIME_PREPOSITIONS = words("on during last")
# Time words. Source: English calendar words.
TIME_WORDS = words("""monday tuesday wednesday thursday friday saturday sunday today
yesterday tonight week month year morning afternoon evening night weekend last earlier
january february march april may june july august september october november december""")
# Words after ', but' or a dash that carry the same report on ('said there are no
# good options, but that ...', 'the states -- and not the federal government --').
CONTRAST_GOES_ON = words("that also not")

Tokens = list[tuple[str, int]]


def _clause_after(toks: Tokens, classes: list[str], j: int) -> bool:
    """A subject and a finite verb start at toks[j], before any punctuation."""
    for k in range(j, min(len(toks), j + MAX_SUBJECT_WORDS + 1)):
        if not toks[k][0][:1].isalnum():
            return False
        word = toks[k][0].lower()
        if k > j and (word in FINITE or word in IRREGULAR_PAST or classes[k] in ("w-ed", "w-s")):
            return True
    return False


def _comma(text: str, word: str, pos: int) -> bool:
    """A comma, not one inside a number ('2,400')."""
    return word == "," and not (text[pos - 1:pos].isdigit() and text[pos + 1:pos + 2].isdigit())


def takes_object(cue: str | None, first: str) -> bool:
    """A content opening with `first` is the object of a cue that takes one ('denied
    the report'), not a clause ('said he ...', 'that ...', 'to ...')."""
    head = (cue or "").lower().split(None, 1)[:1]
    first = first.lower()
    return bool(head) and head[0] not in SPEECH_VERBS and first not in CLAUSE_OPENERS \
        and first not in PRONOUNS


def _object_cue(raw: Raw, toks: Tokens) -> bool:
    """The content (toks) is the object of its cue (takes_object)."""
    return takes_object(raw.cue, toks[0][0])


def _before_verb(toks: Tokens, classes: list[str]) -> Iterator[int]:
    """The indices of an object content's inner words (not its first or last), up to
    its first verb form."""
    for k in range(1, len(toks) - 1):
        if _verbish(toks[k][0].lower(), classes[k]):
            return
        yield k


def _verbish(word: str, cls: str) -> bool:
    """A verb form: an auxiliary, a past tense or participle, 'to' before a verb."""
    return word in FINITE or word in IRREGULAR_PAST or cls == "w-ed" or word == "to"


def in_opening_clause(text: str, raw: Raw) -> bool:
    """The cue stands in a sentence's opening subordinate clause ('While Roe said')."""
    head = text[raw.sentence[0]:raw.cue_pos]
    first = head.split(None, 1)[:1]
    return bool(first) and first[0].lower() in OPENING_SUBORDINATORS and "," not in head


# Dashes that open or close an aside: an em or en dash, '--', or a hyphen between spaces.
ASIDE_DASH_RE = re.compile(r"[—–]|--| - ")


def open_aside(text: str, raw: Raw) -> str | None:
    """The mark that closes an aside the cue stands in ('Roe — even as he says',
    'Roe (who said'): a dash after an odd number of dashes, ')' after an open '('."""
    head = text[raw.sentence[0]:raw.cue_pos]
    if len(ASIDE_DASH_RE.findall(head)) % 2:
        return "dash"
    return ")" if head.count("(") > head.count(")") else None


def aside(text: str, raw: Raw, toks: Tokens, classes: list[str]) -> int | None:
    """Rule 'aside-ends': a cue inside a dash or bracket aside reports up to the mark
    that closes the aside; what follows is the reporter's sentence going on.
    Example: 'Roe — even as he says the plan works — has proposed little' -> 'the
    plan works' (not 'the plan works — has proposed little')."""
    closer = open_aside(text, raw)
    if closer is None:
        return None
    a, b = raw.spans[0]
    found = ASIDE_DASH_RE.search(text, a, b) if closer == "dash" else None
    at = found.start() if found else text.find(")", a, b) if closer == ")" else -1
    return at if at > a else None


def opening_clause(text: str, raw: Raw, toks: Tokens, classes: list[str]) -> int | None:
    """Rule 'opening-clause-ends': a cue inside a sentence's opening subordinate
    clause reports up to the comma that closes it, where the main clause begins.
    Example: 'While Roe lamented the cuts, Doe took a moment to ...' -> 'the cuts'."""
    if not in_opening_clause(text, raw):
        return None
    if toks[0][0].lower() == "by":
        return None  # 'As reported by Roe, the ...': the agent of a passive, no content
    for k, (word, pos) in enumerate(toks[1:-1], 1):
        if _comma(text, word, pos) and _clause_after(toks, classes, k + 1):
            return pos
    return None


def second_verb(text: str, raw: Raw, toks: Tokens, classes: list[str]) -> int | None:
    """Rule 'second-verb-ends': an object content ends at 'and' before a second
    past-tense verb of the speaker's.
    Example: 'Roe denied the party the victory and jailed him' -> 'the party the victory'."""
    cue = (raw.cue or "").lower().split()
    if not _object_cue(raw, toks) or not _past(cue[0]):
        return None
    for k in range(1, len(toks) - 1):
        word = toks[k][0].lower()
        if word in FINITE or classes[k] == "PRON":
            return None  # a clause of its own: its verbs are its subject's
        after = toks[k + 1][0]
        if word == "and" and after.isalpha() and after.islower() and _past(after):
            return toks[k - 1][1] if toks[k - 1][0] == "," else toks[k][1]
    return None


def _past(word: str) -> bool:
    """A past-tense verb form ('denied', 'took')."""
    return word.endswith("ed") or word in IRREGULAR_PAST


def but_clause(text: str, raw: Raw, toks: Tokens, classes: list[str]) -> int | None:
    """Rule 'but-clause-ends': a content ends at ', but' before a clause of its own.
    Example: 'Roe said he will vote for Doe, but he has not endorsed her' -> 'he will
    vote for Doe'."""
    for k in range(2, len(toks) - 2):
        if toks[k][0].lower() == "but" and toks[k - 1][0] == "," \
                and toks[k + 1][0].lower() not in CONTRAST_GOES_ON \
                and _clause_after(toks, classes, k + 1):
            return toks[k - 1][1]
    return None


def object_dash(text: str, raw: Raw, toks: Tokens, classes: list[str]) -> int | None:
    """Rule 'object-dash-ends': an object content (no verb in it) ends at a dash.
    Example: 'Roe opposed the pact -- one of the goals of ...' -> 'the pact'."""
    if not _object_cue(raw, toks):
        return None
    for k in _before_verb(toks, classes):
        word = toks[k][0]
        if word in ("—", "–") or (word == "-" and toks[k + 1][0] == "-"):
            goes_on = any(w.lower() in CONTRAST_GOES_ON for w, _ in toks[k + 1:k + 4])
            return None if goes_on else toks[k][1]
    return None


def adjunct(text: str, raw: Raw, toks: Tokens, classes: list[str]) -> int | None:
    """Rule 'adjunct-ends': an object content (no verb in it) ends before an adjunct
    of the speaker's verb: a subordinate clause or a time phrase.
    Example: 'Roe criticized Doe during a rally on Friday' -> 'Doe'; 'Roe endorsed Doe
    last week' -> 'Doe'."""
    if not _object_cue(raw, toks):
        return None
    for k in _before_verb(toks, classes):
        word = toks[k][0]
        if toks[k - 1][0] == ",":
            continue  # 'the nominee, on Friday declared ...': an aside inside a clause
        if word in ADJUNCT_OPENERS or (word in TIME_PREPOSITIONS and any(
                w.lower() in TIME_WORDS for w, _ in toks[k + 1:k + 4])):
            return toks[k][1]
    return None


def partial_tail(text: str, raw: Raw, toks: Tokens, classes: list[str]) -> int | None:
    """Rule 'quote-then-clause-ends': a partial quotation's content ends at its last
    closing mark when a clause with a subject of its own follows (after a comma, a dash,
    'and', 'but'). toks and classes: the words after the mark.
    Example: 'called him a "nice guy" and he did not say more' -> 'him a "nice guy"'.
    An object content also ends before 'and' and the speaker's second past-tense verb:
    'called her "third-rate" and boycotted the debate' -> 'her "third-rate"'."""
    j = 0
    while j < len(toks) and toks[j][0] in (",", "—", "–", "-"):
        j += 1
    linked = j < len(toks) and toks[j][0] in ("and", "but")
    j += linked
    if j == 0 or j >= len(toks) - 1:
        return None
    second = linked and (toks[j][0] in IRREGULAR_PAST or classes[j] == "w-ed")
    if second and _object_content(text, raw, toks[0][1]):
        return toks[0][1]  # 'called her "third-rate" and boycotted ...': the speaker's verb
    return toks[0][1] if _subject_verb(toks, classes, j) else None


def _object_content(text: str, raw: Raw, end: int) -> bool:
    """The content is its cue's object ('called her ...'), not a clause ('said there
    was ...', 'think they can ...') nor an object with a relative clause ('those who ...'),
    whose own subject may take a second verb. end: where the quotation closes."""
    content = text[raw.spans[0][0]:end].lower().split()
    head = (raw.cue or "").lower().split(None, 1)[:1]
    return bool(content and head) and head[0] not in SPEECH_VERBS and \
        content[0] not in CLAUSE_STARTS and RELATIVES.isdisjoint(content)


def _subject_verb(toks: Tokens, classes: list[str], j: int) -> bool:
    """A pronoun or a name and its verb ('he kept', 'Roe talks'), or a determiner's
    noun and an auxiliary ('the country has'), start at toks[j]."""
    for k in range(j + 1, min(len(toks), j + 4)):
        word = toks[k][0].lower()
        if not toks[k][0][:1].isalnum():
            return False
        if word in FINITE:
            return classes[j] in ("PRON", "Cap", "DET")
        if word in IRREGULAR_PAST or classes[k] in ("w-ed", "w-s"):
            return classes[j] in ("PRON", "Cap") and k == j + 1
    return False
