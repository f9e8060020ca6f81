"""Chatter: thanks, laughter, emoji and acknowledgements, which ask nothing.

In a group a reply to one of the bot's answers is a follow-up question only when it
reads as a question or a topic; 'thanks 👍', 'lol', 'ok' get no reply at all. Pure.
"""

from __future__ import annotations

import re

from bot.search.query import STOPWORDS

# Words that thank, laugh, agree or react. Source: common English chat replies.
CHATTER_WORDS = frozenset(re.findall(r"\S+", """
thanks thank thx thanx tnx ty tysm tyvm cheers ta appreciate appreciated welcome
lol lmao lmfao rofl haha hehe hihi omg wow whoa woah yay
ok okay k kk okey alright fine good great nice cool awesome perfect amazing excellent
brilliant fantastic wonderful lovely neat sweet superb splendid helpful useful
interesting fascinating wild crazy insane funny hilarious sad wow bravo congrats
yes yeah yep yup ya yea sure right true indeed agreed exactly correct absolutely totally
no nope nah hmm hm hmmm ah aha oh ooh uh um ugh meh eh huh wtf damn dang gosh jeez
got gotcha understood noted see makes sense fair enough love
much lot lots again guys bot dude mate bro buddy man everyone folks
more next another sorry nvm nevermind bye later
"""))
# Laughter and interjections spelled any length: 'hahaha', 'loool', 'lmaooo', 'xD'.
LAUGHTER = re.compile(r"(?:[hjx]a)+h?|(?:he)+h?|l(?:o|u)+l+z?|lmf?a+o+|ro+fl|x+d+|a+h+|o+h+")
TOKEN = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")
# A letter written three or more times in a row ('thaaanks', 'coool').
REPEATS = re.compile(r"(\w)\1{2,}")


def is_chatter_word(word: str) -> bool:
    word = word.lower()
    if word in CHATTER_WORDS or LAUGHTER.fullmatch(word):
        return True
    return any(REPEATS.sub(r"\1" * n, word) in CHATTER_WORDS for n in (1, 2))


def _asks(word: str) -> bool:
    """A word that asks for something: not chatter and not a stopword."""
    return not is_chatter_word(word) and word.lower() not in STOPWORDS


def is_chatter(text: str) -> bool:
    """True when the text asks nothing: only emoji, punctuation, thanks, laughter,
    acknowledgements and words without content ('great, thank you', '👍', 'lol')."""
    return not any(_asks(word) for word in TOKEN.findall(text))


def strip_chatter(text: str) -> str:
    """The text without chatter set off by punctuation before or after what it asks
    ('thanks! what about Russia?' -> 'what about Russia?'); chatter words inside the
    question stay ('Trump on the right')."""
    tokens = list(TOKEN.finditer(text))
    start, end = 0, len(text)
    for k in range(1, len(tokens)):
        if not is_chatter_word(tokens[k - 1].group(0)):
            break
        if _set_off(text[tokens[k - 1].end():tokens[k].start()]):
            start = tokens[k].start()
    for k in range(len(tokens) - 1, 0, -1):
        if tokens[k].start() < start or not is_chatter_word(tokens[k].group(0)):
            break
        if _set_off(text[tokens[k - 1].end():tokens[k].start()]):
            end = tokens[k - 1].end() + len(_closing(text[tokens[k - 1].end():]))
    return text[start:end].strip()


def _set_off(gap: str) -> bool:
    """Words are separate clauses when something other than spaces stands between."""
    return bool(gap.strip())


def _closing(after: str) -> str:
    """The question mark or full stop ending the question before trailing chatter."""
    found = re.match(r"\s*[?.!]+", after)
    return found.group(0) if found else ""
