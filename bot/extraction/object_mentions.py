"""A name that is the object of a word before it in the subject phrase is not the
subject: 'singled out Mr. Trump's criticism', 'advisers to Mr. Obama say', 'supporters
of Hillary Clinton say', 'a longtime adviser to Trump said'. The statement is then left
with no speaker (rule object_not_subject), never given to the name. Kept: 'according
to data from X' and 'a statement from X' (the source is what X published), an agent
('an email sent out by Sanders warned'), a share of a group ('75 percent of Democrats
said'), a role ('the president of X said' speaks for X), an example ('critics like
Roe say') and 'with X calling ...' (X does the calling)."""

from __future__ import annotations

from bot.extraction.heads import PREPOSITIONS
from bot.extraction.lexicon import ARTICLES, words

OBJECT_NOT_SUBJECT = "object_not_subject"
# Words after which a name is their object. Source: English prepositions and the verbs
# that take a name right after them in such phrases. 'for' is left out: 'a spokeswoman
# for Roe' is stored under Roe, the card showing the whole phrase.
OBJECT_MARKERS = words("""of to with including citing calling out over off behind against
about into toward towards via singled voiced""")
# 'of' marks an object only after the people around someone ('supporters of Hillary
# Clinton'); 'the president of X said' speaks for X, as 'a spokesman for X' does, and
# '75 percent of Democrats' are Democrats. Source: English relation nouns.
PASSIVE_AGENT = words("by")
RELATION_NOUNS = words("""supporters supporter backers backer allies ally critics critic
opponents opponent fans friends associates advisers adviser aides aide""")


def names_an_object(mention: str | None, name: str, cue: str | None) -> bool:
    """The name stands after an object marker in the mention ('advisers to Mr. Obama')."""
    if not mention or cue == "according to" or mention == name:
        return False
    tokens = mention.split()
    first_capital = next((i for i, t in enumerate(tokens) if t[:1].isupper()
                          and not (i == 0 and t.lower() in ARTICLES)), None)
    if not first_capital:
        return False
    before = [t.lower() for t in tokens[:first_capital]]
    while before and before[-1] in ARTICLES:
        before.pop()
    if not before or before[-1] not in OBJECT_MARKERS:
        return False
    if before[-1] == "with":
        return not (cue or "").endswith("ing")  # 'with Cruz promising ...'
    if before[-1] == "of":
        return len(before) > 1 and before[-2] in RELATION_NOUNS
    return True


def after_preposition(text: str, start: int) -> bool:
    """The name at start follows a preposition, maybe with an owner between ('In an
    interview with Fox News' Sean Hannity, Trump responded ...'): the preposition's
    object, not its clause's subject (salience reads it as an aside); not after 'by'
    ('supported Friday by Sen. Dianne Feinstein, who said': a passive's agent acts)."""
    before = text[max(0, start - 60):start].split()
    if before and before[-1].endswith(("'s", "’s", "'", "’")):
        before.pop()
        while before and before[-1][:1].isupper():
            before.pop()
    return bool(before) and before[-1].lower() in PREPOSITIONS - PASSIVE_AGENT
