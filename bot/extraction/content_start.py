"""Where a reported content starts after its cue: at its 'that' ("said on Monday that
..."), past the person told ("told reporters ..."), or at the first word of the clause."""

from __future__ import annotations

from bot.extraction.lexicon import ARTICLES, SKIPPABLE, words
from bot.extraction.phrases import tokens

# Cues that take a person object before their clause ("told reporters that ...").
OBJECT_CUES = words("told tells telling asked asks warned warns urged urges")
# Objects of 'told'/'asked' that are people, not the start of the content.
OBJECT_NOUNS = words("""reporters journalists me us him them supporters audience crowd
voters members lawmakers students viewers listeners senators colleagues""")
# "that" this many tokens after a cue still introduces its clause ("said in a
# statement that ...").
THAT_WINDOW = 10
# Words that show a clause has begun before a later "that", which then belongs to it
# ('said she knew that ...', 'said it is clear that ...', 'said she had not discussed
# that with ...'): the content starts after the cue. Source: English subject pronouns
# and finite forms of be/have/do.
CLAUSE_BEGUN = words("""i you he she it we they there is are was were has have had
does do did isn't wasn't aren't weren't hasn't haven't hadn't doesn't don't didn't""")


def content_start(text: str, c_end: int, s_end: int, cue: str) -> int:
    toks = tokens(text[c_end:s_end], c_end)
    for word, pos in toks[:THAT_WINDOW]:
        if word in (",", ";", ":", ".") and cue.lower() not in OBJECT_CUES:
            break
        if word.lower() in CLAUSE_BEGUN:
            break
        if word.lower() == "that":
            return pos  # the complementizer opens the content, as in PolNeAR's gold
    i = 0
    while i < len(toks) and toks[i][0].lower() in SKIPPABLE:
        i += 1
    if cue.lower() in OBJECT_CUES:
        i = _skip_object(toks, i)
    return toks[i][1] if i < len(toks) else s_end


def _skip_object(toks: list[tuple[str, int]], i: int) -> int:
    """Past the person object of 'told': 'Roe', 'the AP', 'reporters', 'them'."""
    j = i + 1 if i < len(toks) and toks[i][0].lower() in ARTICLES else i
    if j < len(toks) and toks[j][0][:1].isupper():
        while j < len(toks) and toks[j][0][:1].isupper():
            j += 1
        return j
    if j < len(toks) and toks[j][0].lower() in OBJECT_NOUNS:
        return j + 1
    return i
