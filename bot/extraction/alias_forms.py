"""Which mentions of a speaker are kept as their aliases (resolve._add_speaker).

An alias is searched like a title ('what did the Republican nominee say' finds Donald
Trump by his alias 'Republican nominee Donald Trump'), so it must describe the speaker
and nobody else. A mention whose words before the name hold a preposition, a form of
'be' or a verb's participle is a stretch of narration the subject rules took in ('a
spokeswoman for Roe', 'with the editorial board of the Daily Post Roe', 'The spot
concludes with footage of Roe'): it names Roe but is no alias of Roe's.
"""

from __future__ import annotations

from bot.extraction.lexicon import AUXILIARIES, BE_FORMS, words

# Words that make the words before a name narration rather than a description.
# Source: English prepositions and auxiliaries.
NARRATION_WORDS = words("""with of at for by from to in on about like as into through
under over after before than against among behind beside via""") | BE_FORMS | AUXILIARIES
# Participles that stand in titles ('retired general Jane Roe', 'acting director').
TITLE_PARTICIPLES = words("""retired acting outgoing incoming founding ruling leading
presiding sitting ranking reigning elected appointed designated""")


def usable_alias(mention: str, name: str) -> bool:
    """mention may be kept as an alias of the speaker called name.
    Example: 'Republican nominee Jane Roe' -> True; 'a spokeswoman for Jane Roe' -> False."""
    if mention.lower() in ("he", "she"):
        return False
    at = mention.rfind(name)
    if at < 0:
        at = mention.rfind(name.split()[-1])
    before = mention[:at] if at >= 0 else mention
    return not any(_narration(w) for w in before.split())


def _narration(word: str) -> bool:
    plain = word.strip(",;:’'\"“”").lower()
    if word[:1].isupper() or plain in TITLE_PARTICIPLES:
        return False
    return plain in NARRATION_WORDS or plain.endswith(("ed", "ing"))
