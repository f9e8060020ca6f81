"""Near-synonyms for matching a speaker by title or description: 'the Pentagon chief',
'U.S. defense chief' and 'the defense secretary' all describe the speaker titled
'U.S. Secretary of Defense'.

General English word lists, not tied to any person. Used only when the literal words
match no title (bot/search/speakers.py). Pure.
"""

from __future__ import annotations

# Courtesy titles and ranks said before a surname ('mr trump', 'senator warren') that a
# speaker's record may not spell out. Source: English honorifics and ranks.
COURTESY_WORDS = frozenset({
    "mr", "mrs", "ms", "miss", "dr", "sir", "dame", "lord", "lady", "sen", "senator", "rep",
    "representative", "gov", "governor", "president", "pres", "vice", "gen", "general",
    "adm", "admiral", "col", "sgt", "capt", "lt", "judge", "justice", "mayor", "prime",
    "minister", "secretary", "speaker", "leader", "chancellor", "king", "queen", "prince",
    "princess", "pope", "rev", "reverend", "prof", "professor", "candidate", "nominee",
})
# Words for the person at the head of an office: interchangeable in a description.
HEAD_WORDS = frozenset({"chief", "head", "secretary", "director", "minister", "boss",
                        "chair", "chairman", "chairwoman", "chairperson"})
# Common names of institutions -> the word their heads' titles use.
INSTITUTION_WORDS = {"pentagon": "defense", "defence": "defense"}
# Words of a description that titles usually leave out ('defense department head' ->
# 'Secretary of Defense').
OPTIONAL_WORDS = frozenset({"department", "ministry", "dept", "top"})


def synonym_groups(query_words: list[str]) -> list[list[str]] | None:
    """Each query word with its near-synonyms, optional words left out; None when no
    word has any (then the literal match was already the only one) or when only head
    words are left ('the chief' alone describes no one in particular)."""
    groups: list[list[str]] = []
    changed = False
    for word in query_words:
        if word in OPTIONAL_WORDS:
            changed = True
            continue
        if word in HEAD_WORDS:
            groups.append(sorted(HEAD_WORDS))
            changed = True
        elif word in INSTITUTION_WORDS:
            groups.append([INSTITUTION_WORDS[word]])
            changed = True
        else:
            groups.append([word])
    specific = any(len(group) == 1 for group in groups)
    return groups if changed and specific else None
