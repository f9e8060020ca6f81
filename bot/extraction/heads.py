"""What a speaker phrase is about: its head noun, and whether that noun names people,
an organisation, or a thing.

'a senior administration official' -> official (a person); 'supporters in Congress'
-> supporters; 'one of the family's attorneys' -> attorneys; 'a review of records' ->
review (a thing); 'the influential US daily' -> daily (a publication, an organisation).
"""

from __future__ import annotations

import re

from bot.extraction.lexicon import ORG_HEADS, TITLE_WORDS, words
from bot.extraction.names import gender_of_name

# Nouns for people and groups of people that the suffix test below misses (plurals in
# -s are read as their singular). Source: general English: roles, relations, groups,
# political labels.
PERSON_NOUNS = words("""
official aide staff staffer expert analyst source insider critic ally allies rival
opponent friend colleague partner people person man men woman women boy girl child
children kid family families relative couple public crowd audience fan follower member
surrogate candidate nominee delegate superdelegate veteran troops
soldier police authorities chief head judge attorney lawmaker diplomat envoy economist
physician doctor surgeon neurosurgeon nurse mogul magnate tycoon billionaire millionaire
incumbent contender frontrunner front-runner rep conservative liberal progressive
moderate libertarian socialist populist evangelical independent hawk elite mother father
brother sister daughter son wife husband widow widower parent grandmother grandfather
cousin neighbor neighbour native citizen resident student patient client victim witness
witnesses spokesperson chair clergy operative boss bosses actress actresses star novice
deputy deputies lady ladies executive heavyweight radical whites blacks counsel hopeful
titan fellow legend entrepreneur prophet left right pastor priest rabbi imam bishop pope
monk nun host anchor moderator guest panelist caller viewer respondent participant
attendee spectator heckler protester demonstrator activist advocate look-alike
""")
# Organisations, institutions and publications as a description's head ('the
# influential US daily', 'the agency'). Source: general English institution nouns.
ORG_NOUNS = (ORG_HEADS | words("""
organization company companies firm agency agencies administration government
committee commission council board panel court party parties union coalition alliance
association foundation institute center university universities bank business
businesses industry school college church churches hospital club movement caucus
delegation bloc camp side base chamber body establishment leadership regime cabinet
legislature ministry bureau division unit network outlet museum library newspaper paper
daily dailies tabloid magazine broadcaster channel station publication wire lobby
nonprofit non-profit charity think-tank tank airline media press chancellery state
""")) - words("statement poll polls survey report study service services")
# Texts and recordings with words of their own: they can say something ('the report',
# 'the letter', 'a Times article', 'the ruling'). Source: news attribution to documents.
DOCUMENT_NOUNS = words("""
report reports letter letters email emails e-mail e-mails memo memos statement statements
release releases message messages tweet tweets post posts article articles story stories
column columns editorial editorials op-ed piece pieces book books memoir biography ad ads
advertisement advertisements video videos clip clips tape tapes transcript transcripts
ruling rulings decision opinion order lawsuit suit complaint affidavit petition
indictment motion brief verdict website site page blog note notes summary document
documents speech remarks filing filings cable cables readout text account accounts
""")
# Evidence, activities, events and other things that show but do not say: never
# speakers ('a review of records', 'a new poll', 'the data', 'the footage').
# Source: news attribution to evidence.
THING_NOUNS = words("""
review reviews record records study studies poll polls polling survey surveys analysis
analyses audit audits data figures numbers statistics results result estimate estimates
count tally average averages index footage photo photos image images film documentary
episode show program broadcast interview interviews debate debates law bill measure
legislation plan proposal platform agenda policy budget deal agreement accord treaty
resolution referendum research evidence investigation inquiry probe findings finding
version model formula forecast projection map chart list sheet sheets
returns ratings projections
""")


# A lowercase -ed or -ing form ('released', 'tracking').
PARTICIPLE_FORM_RE = re.compile(r"[a-z]{3,}(?:ed|ing)")
# Suffixes of nouns for people ('strategist', 'lawyer', 'historian', 'spokesman'); the
# exceptions below are things, adjectives or verbs. Source: English agent-noun morphology.
PERSON_SUFFIX_RE = re.compile(r"[a-z-]{2,}(?:ists?|ers?|ors?|ians?|man|men|woman|women)")
NOT_PERSON_SUFFIX = words("""
number numbers letter letters paper papers order orders matter matters border borders
power powers water computer computers chapter chapters quarter quarters corner corners
cover answer answers poster posters newsletter register charter transfer trigger counter
headquarters shelter layer character disaster disasters center centers filter barrier
error errors factor factors sector sectors motor floor door doors mirror favor behavior
labor terror color honor indicator indicators tractor weather leather summer winter
september october november december cancer dinner banner manner offer offers other
others former latter later over under never ever together whether rather either neither
after however whatever further earlier higher lower bigger larger smaller greater better
fewer closer longer older newer stronger harder deeper wider younger tougher broader
clearer cheaper easier exist assist insist resist persist consist wrist twist median
meridian specimen regimen human
""")
# Nouns for people in -ant, -ent, -ee and -eer (most words so ending are not people:
# 'prominent', 'percent', 'three'). Source: English agent nouns.
AGENT_NOUNS = words("""
resident student president agent opponent correspondent respondent incumbent patient
client parent constituent dissident superintendent adolescent participant immigrant
applicant assistant consultant attendant servant lieutenant defendant accountant
merchant migrant informant militant protestant tenant claimant descendant contestant
entrant occupant peasant sergeant employee appointee nominee trustee refugee retiree
detainee attendee designee absentee invitee evacuee deportee trainee volunteer engineer
pioneer racketeer profiteer peer assailant confidant confidante
""")


# Quantifiers and words that head a phrase without saying who ('others', 'many',
# 'one of', 'a majority of'): the head is in the 'of' phrase after them, if any.
QUANTIFIERS = words("""one two three four five six seven eight nine ten some many most
several few all both each any none half majority minority number share percent % others
other another more fewer dozen dozens hundreds thousands millions handful proportion lot rest
""")
# Prepositions that end a description's head phrase ('supporters in Congress').
PREPOSITIONS = words("""of in at for from on with by to about near among inside outside
during over under against across around behind within without like close""")
# Prepositions after a quantifier that lead to the people it counts ('one of the
# attorneys', 'many in the crowd').
HOPS = words("of in at from among")
# Relative words and conjunctions that end it too ('officials who ...').
ENDERS = words("who whom whose which that and or but as than")
POSSESSIVE_RE = re.compile(r"['’]s?$")


def _plain(word: str) -> str:
    low = word.lower()
    if "'" in low or "’" in low:  # (the pattern needs one: a cheap test first)
        low = POSSESSIVE_RE.sub("", low)
    return low.strip(".,;:()\"“”")


def is_person_noun(word: str) -> bool:
    """'official', 'strategists', 'spokeswoman', 'historian', 'residents', 'ex-wife'."""
    low = _plain(word).removeprefix("ex-").removeprefix("co-")
    one = _singular(low)
    return (low in PERSON_NOUNS or one in PERSON_NOUNS or low in AGENT_NOUNS
            or one in AGENT_NOUNS or bool(AGE_RE.fullmatch(low))
            or (low in TITLE_WORDS and low not in MODIFIER_TITLES)
            or (bool(PERSON_SUFFIX_RE.fullmatch(low)) and low not in NOT_PERSON_SUFFIX
                and not low.rstrip("s").endswith("ment") and low not in THING_NOUNS
                and low not in DOCUMENT_NOUNS))


def described_name(run: list[str]) -> bool:
    """Rule described-name: 'Comedian Sarah Roe', 'Billionaire Donald Roe', 'Pastor
    Kevin Roe' (a sentence's capital on a describing noun): a person noun opening a
    name run of three or more words, before a given name the lists know, describes the
    person and is no part of the name; not a given name itself ('Norbert Leo Roe',
    'Hunter Scott Roe') nor a word the noun test misses ('Giovanni Maria Roe')."""
    return (len(run) > 2 and is_person_noun(run[0]) and gender_of_name(run[0]) is None
            and gender_of_name(run[1]) is not None)


def is_org_noun(word: str) -> bool:
    low = _plain(word)
    return low in ORG_NOUNS or _singular(low) in ORG_NOUNS


def _singular(low: str) -> str:
    return low[:-1] if low.endswith("s") and not low.endswith("ss") else low


def is_thing_noun(word: str) -> bool:
    return _plain(word) in THING_NOUNS


def is_document_noun(word: str) -> bool:
    return _plain(word) in DOCUMENT_NOUNS


# Title words that only modify an office ('former', 'senior', 'House' in 'House
# Speaker'): never the head of a description or a title.
MODIFIER_TITLES = words("""former acting senior campaign state defense treasury foreign
u.s. us house senate national security press white presidential majority minority
vice prime democratic""")
# Adjectives that follow the head they describe ('officials familiar with the talks',
# 'a source close to the campaign'). Source: English postpositive adjectives.
POSTNOMINAL = words("""familiar close loyal opposed friendly sympathetic critical
responsible aligned affiliated connected knowledgeable involved""")
# Ages that stand for a person ('the 46-year-old').
AGE_RE = re.compile(r"\d+-year-old")


def head(toks: list[str]) -> tuple[int, bool]:
    """(index of the head word, complete) of a description: the last word before a
    preposition, relative word or participle tail; inside the 'of' phrase after a
    quantifier ('one of the attorneys'). complete is False when the phrase ends
    right after such a word ('one of', 'continues to', 'the wake of')."""
    start = 0
    for k, tok in enumerate(toks):
        low = _plain(tok)
        if k > start and (low in PREPOSITIONS or low in ENDERS or _tail_participle(toks, k)):
            if k == len(toks) - 1 and not _tail_participle(toks, k):
                return k - 1, False
            before = _plain(toks[k - 1])
            if before in DETERMINER_LIKE and low in PREPOSITIONS and low != "of":
                continue  # 'some outside analysts', 'some close Clinton allies'
            if (low in HOPS and (before in QUANTIFIERS or _singular(before) in QUANTIFIERS
                                 or before.isdigit())):
                start = k + 1  # 'one of the attorneys', 'many in the crowd'
                continue
            if before in POSTNOMINAL and k - 1 > start:
                return k - 2, True  # 'officials familiar with the talks'
            return k - 1, True
    if start >= len(toks):
        return len(toks) - 1, False
    return len(toks) - 1, True


def _tail_participle(toks: list[str], k: int) -> bool:
    """'a poll released last week', 'a database tracking deaths': a lowercase -ed/-ing
    word after a noun starts a modifier; after a determiner or an -ly adverb it is an
    adjective ('the retired neurosurgeon', 'newly filed reports')."""
    word = toks[k]
    if not (word[:1].islower() and (PARTICIPLE_FORM_RE.fullmatch(word)
                                    or word in IRREGULAR_PARTICIPLES)):
        return False
    before = _plain(toks[k - 1])
    return not (is_adverb(before) or before in DETERMINER_LIKE)


def is_adverb(low: str) -> bool:
    """'newly', 'recently'; not 'rally', 'family', 'ally'."""
    return low.endswith("ly") and len(low) > 4 and low not in LY_NOUNS


# Words in -ly that are not adverbs. Source: English nouns and adjectives in -ly.
LY_NOUNS = words("""rally ally family italy july supply reply apply belly bully anomaly
assembly monopoly homily jelly fly holy ugly early only daily weekly monthly yearly
friendly costly likely lonely lovely elderly""")


# Past participles not in -ed that start a modifier ('the base chief known as Bob').
IRREGULAR_PARTICIPLES = words("known seen given taken shown chosen born held led run "
                              "made paid sent kept left brought")
DETERMINER_LIKE = words("the a an his her their its our my your this that these those "
                        "some many several both other another one no every each")
# Last words that leave a phrase open ('Senator from', 'one of', 'officials who', 'the'),
# one set for the speaker and title rules.
OPEN_ENDS = PREPOSITIONS | ENDERS | DETERMINER_LIKE
