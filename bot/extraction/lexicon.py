"""Word lists the extraction rules use. Each list: purpose and source in a comment.

All lists are general English news vocabulary, not tied to any article.
"""

from __future__ import annotations


def words(text: str) -> frozenset[str]:
    """A word list written as one whitespace-separated string."""
    return frozenset(text.split())


def is_capitalised(word: str) -> bool:
    return word[:1].isupper()

# Speech, writing and stance verbs that introduce an attribution ("X said ...").
# Source: common reporting verbs in English news style (AP) and the cue words most
# frequent in the PolNeAR training annotations (said, says, told, added, wrote ...).
SPEECH_VERBS = words("""
say says said saying tell tells told telling add adds added adding note notes noted
argue argues argued arguing warn warns warned warning deny denies denied claim claims
claimed claiming insist insists insisted stress stresses stressed explain explains
explained assert asserts asserted acknowledge acknowledges acknowledged admit admits
admitted announce announces announced declare declares declared suggest suggests
suggested write writes wrote tweet tweets tweeted state states stated urge urges urged
maintain maintains maintained contend contends contended predict predicts predicted
promise promises promised vow vows vowed pledge pledges pledged believe believes
believed think thinks thought hope hopes hoped ask asks asked reply replies replied
respond responds responded recall recalls recalled confirm confirms confirmed concede
concedes conceded reiterate reiterates reiterated emphasize emphasizes emphasized
continue continues continued counter counters countered repeat repeats repeated allege
alleges alleged complain complains complained charge charges charged boast boasts
boasted joke jokes joked lament laments lamented conclude concludes concluded indicate
indicates indicated reveal reveals revealed propose proposes proposed demand demands
demanded testify testifies testified report reports reported explain observe observes
observed acknowledged predicted estimate estimates estimated told wonder wonders wondered
agree agrees agreed caution cautions cautioned fear fears feared mock mocks mocked
yell yells yelled shout shouts shouted chant chants chanted scream screams screamed
exclaim exclaims exclaimed quip quips quipped remarked pressed questioned retorted
interjected commented reads read answered answers assured assures barked emailed
posted retaliated
""") - words("""
state report charge claim note promise pledge hope fear joke demand estimate counter
add repeat tweet vow wonder caution mock boast complain states reports charges notes
promises pledges hopes fears jokes demands estimates counters tweets vows cautions
""")

# Two-word cues whose second word is a particle ("ruled out", "called for", "pointed out",
# "shot back", "laid out her plan", "made clear that ...", "brushed off", "weighed in") or
# the noun of an idiom of speech ("took aim at", "took issue with").
PHRASAL_CUES = words("""
ruled_out rules_out called_for calls_for pointed_out points_out called_on calls_on
went_on goes_on shot_back shoots_back fired_back fires_back hit_back hits_back
pushed_back pushes_back laid_out lays_out laying_out made_clear makes_clear
brushed_off brushes_off brushed_aside brushes_aside weighed_in weighs_in weighing_in
took_aim takes_aim taking_aim took_issue takes_issue taking_issue
""")

# Verbs that only attribute in their -ed/-s form when followed by an object clause;
# "called it an ..." introduces a partial quote. Source: news style.
PARTIAL_ONLY_CUES = words("""called calls calling described describes dubbed labeled
deemed termed branded hailed touted chanting welcomed thanked labeling labels""")

# Cue words for which a clause AFTER the cue is the content (not "X said." at the end).
# (All speech verbs qualify; kept as one set for clarity.)
COMPLEMENTIZERS = frozenset(["that"])

# Personal pronouns that can be the subject of a cue; never output as a speaker.
PERSON_PRONOUNS = {"he": "m", "she": "f", "him": "m", "her": "f"}
OTHER_PRONOUNS = words("they we i it you who which this that one")
# Subject pronouns, which open a clause ("think they can ...", "who he accused").
# Source: English personal pronouns.
SUBJECT_PRONOUNS = words("i you he she it we they")
# Object pronouns that may end a description after a preposition ('a source close to
# him', subject_edges.pronoun_object). Source: English object pronouns.
OBJECT_PRONOUNS = words("him her them")

# Honorifics and office words that precede a name ("Sen. John McCain"); they form the
# speaker's title, not the name. Source: AP style titles and common offices.
TITLE_WORDS = words("""
president vice secretary sen senator rep representative gov governor mayor minister
prime chancellor chairman chairwoman chair director spokesman spokeswoman spokesperson
judge justice general gen attorney adviser advisor aide ambassador commissioner
speaker leader whip candidate nominee presidential former acting deputy chief
executive ceo founder manager strategist pollster analyst professor dr mr mrs ms
miss sir lord king queen prince pope rev reverend col colonel lt sgt adm admiral
capt captain officer official press correspondent anchor host editor columnist
assistant senior campaign state defense treasury foreign u.s. us house senate
democratic republican independent gop democrat majority minority national security
press white lawmaker congressman congresswoman councilman councilwoman sheriff
sens senators reps representatives govs drs messrs del. delegate
""")

# Nouns that describe a person by their relation to another, written before the name
# like a title ('rival Hillary Clinton', 'Rival Jane Roe' opening a sentence,
# 'challenger Bill Okafor'): the speaker's title, never part of the name.
RELATION_WORDS = words("""
rival rivals opponent opponents challenger challengers incumbent critic critics ally
allies colleague colleagues fellow
""")

# Words that mark a mention as an organisation rather than a person.
# Source: common heads of institution names in English news.
ORG_HEADS = words("""
house department ministry administration campaign committee commission council
office agency court party government kremlin pentagon congress senate parliament
news times post journal network cnn fox nbc abc cbs msnbc reuters ap xinhua bbc
foundation institute university center centre association union organization
organisation group company corporation inc corp bank fund service services board
embassy police army navy military coalition alliance nato un team staff officials
spokesman spokeswoman statement poll polls survey report study
""")

# The articles of English.
ARTICLES = words("the a an")
# Determiners that start a common-noun speaker ("the campaign", "a spokeswoman").
DETERMINERS = words("the a an his her their its our my your this that these those some "
                        "many several two three both other another one")

# Words that may sit between a speaker and a cue ("Hegseth on Wednesday ruled out",
# "Trump also said", "Clinton has repeatedly argued"). Source: news style.
SKIPPABLE = words("""
also has have had was were is are will would could may might later then again
repeatedly previously recently once further earlier often never still already even
on in at last this week month year morning afternoon evening night monday tuesday
wednesday thursday friday saturday sunday today yesterday tonight not did does do
quickly publicly privately flatly bluntly simply just only now first
""")

# Words that end a subject noun phrase when read backwards from the cue.
CLAUSE_BREAKERS = words("""
and but or that because while when as if so after before since though although
whereas where which who whom whose what how why than until unless nor yet
""")

# Named platforms and channels a statement can be made on ("on Truth Social").
CHANNEL_WORDS = words("""
twitter x facebook instagram truth social telegram youtube tiktok threads weibo
""")

# Nouns for documents, polls and records that PolNeAR annotates as sources ("FEC records
# show ...", "A poll conducted Sunday found ..."). Source: news attribution to evidence.
EVIDENCE_NOUNS = words("""
poll polls polling survey surveys records filings documents report reports study studies
data figures numbers results emails footage analysis review audit estimates
""")
# An evidence noun heads a subject when it is among its first this many words.
EVIDENCE_HEAD_WINDOW = 4
# Number words that open a poll subject ("Forty-one percent said", "Sixty percent of
# voters say"); a hyphenated number is read by its first part. Source: English numerals.
NUMBER_WORDS = words("""eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen
nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred""")
# Heads of a poll-share subject ("47 percent said"). Source: news poll reporting.
SHARE_HEADS = words("percent %")
# Auxiliaries: a would-be subject holding one is a clause ("30 percent were counted").
AUXILIARIES = words("is are was were have has had will would could")
# The forms of be before a participle in a passive ('was told'). Source: English grammar.
BE_FORMS = words("is are was were be been being")
# Sentence-initial connectives dropped from the front of a subject ("But Trump said",
# "Afterwards Roe said"). Source: English linking and time adverbs ('first' is left out:
# 'First Lady').
LEADING_FILLERS = words("but and so yet still meanwhile now then instead however "
                        "also indeed later earlier separately in on at for of "
                        "asked when after before maybe perhaps afterwards afterward "
                        "subsequently eventually finally likewise similarly moreover "
                        "furthermore nonetheless nevertheless thus therefore again "
                        "recently previously initially originally currently")
# Prepositions whose object a name is when read backwards ('a rally in Columbus
# said'); lower case only, so 'In Iowa Cruz said' is not affected.
OBJECT_PREPOSITIONS = words("in at from to of for with on by near about during inside")
# Finite verbs that end a subject read backwards: a clause verb between two noun
# phrases ('The campaign says the candidate ...', 'His office put out a statement ...').
# Source: speech verbs in their finite forms and common irregular pasts.
IRREGULAR_PAST = words("""took made gave went got saw came put kept ran sent spent told
wrote said thought brought bought began became won lost held met paid found beat""")
CLAUSE_VERBS = IRREGULAR_PAST | frozenset(
    v for v in SPEECH_VERBS if v.endswith(("s", "ed", "id", "ld", "ote"))) - words(
    "answers reads thought posts remarks")

# Nouns for a person of known gender. Source: English kinship and person nouns.
# Not 'lady' ('the first lady' is a title of someone named).
FEMALE_NOUNS = ("woman", "mother", "wife", "daughter", "sister", "girl", "grandmother",
                "widow", "girlfriend", "aunt", "niece")
MALE_NOUNS = ("man", "father", "husband", "son", "brother", "boy", "grandfather",
              "widower", "boyfriend", "uncle", "nephew")
PERSON_NOUN_GENDER = {**dict.fromkeys(FEMALE_NOUNS, "f"), **dict.fromkeys(MALE_NOUNS, "m")}
