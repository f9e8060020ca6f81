"""Where a reported content starts after its cue: at its 'that' ("said on Monday that
..."), past the person told ("told reporters ..."), or at the first word of the clause.

A 'that' after the cue's object, infinitive or second verb is theirs, not the cue's
('rejected the notion that ...'): the rules of THAT_STOPS end the search for the cue's
'that' there, and the content starts after the cue; the rule's name goes to the
statement's trace (--explain).
"""

from __future__ import annotations

from collections.abc import Callable

from bot.extraction.channel_starts import CHANNEL_BEFORE, past_channel
from bot.extraction.lexicon import ARTICLES, DETERMINERS, IRREGULAR_PAST, SKIPPABLE, words
from bot.extraction.phrases import head_tokens, tokens

# Cues that take a person object before their clause ("told reporters that ...").
OBJECT_CUES = words("told tells telling asked asks warned warns urged urges")
# Objects of 'told'/'asked' that are people, not the start of the content.
OBJECT_NOUNS = words("""reporters journalists me us him them supporters audience crowd
voters members lawmakers students viewers listeners senators colleagues""")
# "that" this many tokens after a cue still introduces its clause ("said in a
# statement that ...").
THAT_WINDOW = 10
# The tokens after a cue read first: the search for its 'that' reads at most this many
# (the words after them are read only when the content's first word is still not found).
HEAD_TOKENS = THAT_WINDOW + 2
# What may stand between a cue and its content's first word: time words and adverbs,
# not a negation, which is the content's ('decided not to recommend charges').
LEADING_SKIPS = SKIPPABLE - words("not never")
# Words that show a clause has begun before a later "that", which then belongs to it
# ('said she knew that ...', 'said it is clear that ...', 'said she had not discussed
# that with ...'): the content starts after the cue. Source: English subject pronouns
# and finite forms of be/have/do.
CLAUSE_BEGUN = words("""i you he she it we they there is are was were has have had
does do did isn't wasn't aren't weren't hasn't haven't hadn't doesn't don't didn't""")
# Words that open an object noun phrase right after a cue ('rejected the notion that');
# 'this', 'that' and 'last' open time phrases too ('said this week that'). Source:
# English determiners.
OBJECT_OPENERS = (DETERMINERS - words("this that last")) | words("what")
# Cues that take the person told before their 'that' ('assured voters that ...'): their
# object does not own the 'that'. Source: English verbs of telling.
HEARER_CUES = OBJECT_CUES | words("""tell ask warn urge assure assures assured assuring
remind reminds reminded reminding inform informs informed convince convinces convinced
persuade persuades persuaded notify notified reassure reassured promise promises promised""")
# Conjunctions that open a second verb of the subject's ('blamed X but admitted that').
SECOND_VERB_LINKS = words("and but")

# A name read before a past-tense verb right after the cue: at most this many tokens
# ('Mr.', 'Jane', 'Roe', 'Jr.'), capitalised words or these joiners ('Mr. Lee's
# aide', 'de Blasio').
MAX_NAME_TOKENS = 5
NAME_JOINERS = words(". 's ’s de van von")

Tokens = list[tuple[str, int]]


def _object(toks: Tokens, k: int, cue: str) -> bool:
    return k == 0 and toks[0][0].lower() in OBJECT_OPENERS and cue.lower() not in HEARER_CUES


def _infinitive(toks: Tokens, k: int, cue: str) -> bool:
    return k == 0 and toks[0][0].lower() == "to" and not _hearer(toks, 1)


def _second_verb(toks: Tokens, k: int, cue: str) -> bool:
    after = toks[k + 1][0] if k + 1 < len(toks) else ""
    return toks[k][0].lower() in SECOND_VERB_LINKS and after.isalpha() and after.islower() \
        and after not in DETERMINERS


def _name_clause(toks: Tokens, k: int, cue: str) -> bool:
    """toks[k] is a past-tense verb right after a name that opens the words after the cue
    ('said Mr. Lee envisioned an approach that ...'): a clause with its own subject."""
    word = toks[k][0]
    if not (0 < k <= MAX_NAME_TOKENS and word.isalpha() and word.islower()
            and (word.endswith("ed") or word in IRREGULAR_PAST)) or cue.lower() in HEARER_CUES:
        return False
    name = [w for w, _ in toks[:k]]
    return all(w[:1].isupper() or w in NAME_JOINERS for w in name) and name[-1][:1].isupper() \
        and name[-1].lower() not in SKIPPABLE


def _hearer(toks: Tokens, j: int) -> bool:
    """A person or an outlet told at toks[j]: 'Roe', 'the Times', 'reporters', 'him'."""
    j += j < len(toks) and toks[j][0].lower() in ARTICLES
    return j < len(toks) and (toks[j][0][:1].isupper() or toks[j][0].lower() in OBJECT_NOUNS)


# Where the search for the cue's 'that' stops, in the order tried: each rule reads the
# cue's tokens after it, the index of the word at hand and the cue.
THAT_STOPS: list[tuple[str, Callable[[Tokens, int, str], bool]]] = [
    # The cue's object comes first and the 'that' opens its clause: 'rejected the
    # notion that taxes rise' -> 'the notion that taxes rise'; not after a verb of
    # telling ('assured the crowd that ...').
    ("object-owns-that", _object),
    # An infinitive or a 'to'-phrase comes first: 'sought to convey that he is calm',
    # 'pointed to polls that show ...'; not 'admitted to Roe that ...' (a hearer).
    ("infinitive-owns-that", _infinitive),
    # A second verb of the subject's ('and' or 'but' before a lower-case word that
    # opens no noun phrase): 'blamed the outage on hackers but later admitted that ...'
    # -> 'the outage on hackers but ...'; not 'told The Post and Courier that ...'.
    ("second-verb-owns-that", _second_verb),
    # A name and its past-tense verb come first: the clause is the content and a later
    # 'that' is its own ('said Mr. Lee envisioned an approach that exploited ...' ->
    # 'Mr. Lee envisioned an approach that exploited ...', never 'that exploited ...');
    # not a name run that ends in a time word ('said Tuesday based on ...'), not after a
    # verb of telling ('told Roe ...': the hearer).
    ("name-clause-owns-that", _name_clause),
]


def content_start(text: str, c_end: int, s_end: int, cue: str) -> int:
    return content_start_named(text, c_end, s_end, cue)[0]


def content_start_named(text: str, c_end: int, s_end: int, cue: str) -> tuple[int, str | None]:
    """Where the content after a cue ending at c_end starts, and the THAT_STOPS rule
    that kept a later 'that' out of the cue's reach, or 'channel-before-content' when
    the content starts after the channel phrase (channel_starts.py), else None."""
    toks = head_tokens(text, c_end, s_end, HEAD_TOKENS)
    for k, (word, pos) in enumerate(toks[:THAT_WINDOW]):
        stop = next((name for name, rule in THAT_STOPS if rule(toks, k, cue)), None)
        if stop is not None:  # named only when the search would have reached a 'that'
            first = _first_word(text, toks, (c_end, s_end), cue)
            return first, stop if _reaches_that(toks, k + 1, cue) else None
        if word.lower() == "that":
            return pos, None  # the complementizer opens the content, as in PolNeAR's gold
        if _ends_search(word, cue):
            break
    first = _first_word(text, toks, (c_end, s_end), cue)
    moved = past_channel(text, c_end, first, s_end)
    return moved, (CHANNEL_BEFORE if moved != first else None)


def _ends_search(word: str, cue: str) -> bool:
    """A clause has begun, or a punctuation mark ends the cue's phrase."""
    return (word in (",", ";", ":", ".") and cue.lower() not in OBJECT_CUES) \
        or word.lower() in CLAUSE_BEGUN


def _reaches_that(toks: Tokens, k: int, cue: str) -> bool:
    """The search for the cue's 'that' would reach one from toks[k] on."""
    for word, _ in toks[k:THAT_WINDOW]:
        if word.lower() == "that":
            return True
        if _ends_search(word, cue):
            return False
    return False


def _first_word(text: str, toks: Tokens, after: tuple[int, int], cue: str) -> int:
    """The content's first word in text[after[0]:after[1]] (toks: its first HEAD_TOKENS
    tokens, or all of them): past the time words and adverbs after the cue, never past a
    negation ('vowed not to vote for him' reports 'not to vote for him')."""
    i = _first_index(toks, cue)
    if len(toks) == HEAD_TOKENS and i >= len(toks) - 1:  # read on: all the tokens
        toks = tokens(text[after[0]:after[1]], after[0])
        i = _first_index(toks, cue)
    return toks[i][1] if i < len(toks) else after[1]


def _first_index(toks: Tokens, cue: str) -> int:
    i = 0
    while i < len(toks) and toks[i][0].lower() in LEADING_SKIPS:
        i += 1
    return _skip_object(toks, i) if cue.lower() in OBJECT_CUES else i


def _skip_object(toks: Tokens, i: int) -> int:
    """Past the person object of 'told': 'Roe', 'the AP', 'reporters', 'them'."""
    j = i + 1 if i < len(toks) and toks[i][0].lower() in ARTICLES else i
    if j < len(toks) and toks[j][0][:1].isupper():
        while j < len(toks) and toks[j][0][:1].isupper():
            j += 1
        return j
    if j < len(toks) and toks[j][0].lower() in OBJECT_NOUNS:
        return j + 1
    return i
