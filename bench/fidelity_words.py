"""Word lists for the fidelity checks on speaker names and titles (bench/fidelity_names.py).

Our own lists, not the extractor's (bot/extraction/lexicon.py): the checker must not
share the extractor's blind spots. Kept short and general; every word is one that
cannot be a person's or organisation's name where the list is used.
"""

from __future__ import annotations


def words_of(text: str) -> frozenset[str]:
    return frozenset(text.split())


def _capitalised(text: str) -> frozenset[str]:
    return frozenset(w.capitalize() for w in words_of(text))


def _lowered(text: str) -> frozenset[str]:
    return frozenset(w.lower() for w in words_of(text))


# Verb forms that are never part of a speaker's name or title when written in lower
# case: reporting and cognition verbs, auxiliaries, common past tenses. Left out on
# purpose: forms that are also nouns or attributive adjectives in descriptions
# ("notes", "claims", "reports", "states", "a noted historian", "a retired general",
# "an alleged victim", "people briefed on the talks").
VERBS = words_of("""
    say says said saying tell tells told telling write writes wrote writing written
    ask asks asked asking argue argues argued arguing add adds added adding
    claimed claiming insist insists insisted insisting explain explains explained
    explaining warn warns warned declare declares declared stated announce announces
    announced suggest suggests suggested believe believes believed think thinks thought
    know knows knew tweeted replied responded continued acknowledged admitted conceded
    contended countered predicted promised vowed urged recalled testified asserted
    complained accused confirmed denied disclosed revealed mentioned remarked stressed
    emphasized emphasised joked boasted bragged lamented wondered posted described
    speak speaks spoke speaking noting according took takes went goes came comes gave
    gives made got did does is was were are am has had have will would could should
    must might shall can""")
# Capitalised reporting verbs after a name ("Hillary Clinton Said"): a headline-case
# fragment. "Said" is also a surname, so it counts only after two or more words.
CAP_VERBS = _capitalised("""
    said says told tells wrote writes asked asks argued argues added adds claimed
    insisted explained warned declared stated announced tweeted replied responded
    continued acknowledged admitted""")
# Capitalised words that are verbs at a name's start ('Say Mexico', 'Keeps') except
# those that are also first names or surnames.
VERB_NAMES = frozenset({"Will", "Said", "Mark", "Grant", "Bill", "Hope", "Rich"})
# Plural titles before one name ('Sens. Jeff Merkley'): a list was cut to one member.
PLURAL_TITLES = words_of("Sens. Senators Reps. Representatives Govs. Governors Drs. Messrs.")
# Lower-case -ed words that are adjectives in names and titles ("an unnamed official",
# "Republican elected officials"): not counted by the past-tense rule.
ED_ADJECTIVES = words_of("""
    elected retired unnamed unidentified registered undecided concerned worried embattled
    disgraced indicted jailed appointed detained designated respected noted renowned
    talented experienced unaffiliated united accused deceased injured wounded aged""")
# What a description starts with: determiners, quantifiers, possessives.
DETERMINERS = words_of("""
    a an the one two three four five six seven eight nine ten dozens hundreds thousands
    millions some many several another his her their its our my your other others most
    all both few each every no any such these those this more half numerous various
    multiple certain about nearly almost roughly approximately around over under
    someone somebody anyone anybody everyone everybody""")
# A title starting with one of these describes a group ('numerous fellow'), not a person.
QUANTIFIERS = words_of("""numerous many several some few most all both various multiple
    dozens hundreds thousands millions two three four five six seven eight nine ten
    other others""")
# Function words: a name or title ending in one is cut off ("Clinton and", "chief of").
FUNCTION = words_of("""
    of and or but nor to in on at for with from by about as than the a an that who whom
    which whose when where while because if""")
# Capitalised words that are never a name alone or at a name's start: conjunctions,
# prepositions, sentence adverbs, time words ("However", "Meanwhile", "But Trump").
CAP_FUNCTION = _capitalised("""
    whichever whoever whatever wherever but and or nor however meanwhile between also
    still yet instead although though while after before when whenever if as so thus
    indeed moreover furthermore then now
    here there later earlier today yesterday tonight tomorrow in on at from with without
    despite during since until because asked according whether perhaps maybe
    nevertheless nonetheless finally recently""")
PRONOUNS = words_of("""
    i me we us you he him she her it they them this that these those who whom which what
    someone somebody anyone anybody everyone everybody nobody none one himself herself
    themselves itself myself ourselves""")
MONTHS = words_of("""January February March April May June July August September October
    November December Jan. Feb. Mar. Apr. Jun. Jul. Aug. Sep. Sept. Oct. Nov. Dec.""")
WEEKDAYS = words_of("Monday Tuesday Wednesday Thursday Friday Saturday Sunday")
# Abbreviations that end in a dot inside a name without ending a sentence.
ABBREVIATIONS = words_of("""Mr. Mrs. Ms. Dr. Fr. Jr. Sr. St. Mt. Ft. Sen. Sens. Rep. Reps. Gov.
    Govs. Gen. Lt. Col. Maj. Capt. Sgt. Cpl. Pvt. Adm. Cmdr. Det. Rev. Prof. Hon. Supt.
    Inc. Co. Corp. Ltd. Bros. Dept. Univ. Assn. No. Jan. Feb. Mar. Apr. Jun. Jul. Aug.
    Sep. Sept. Oct. Nov. Dec. Ave. vs.""")
# A headline's capitalised function words: never after a name's first word ('Al From',
# 'Will', 'The' and 'And' left out: surnames, first names and names of shows).
HEADLINE_WORDS = words_of("Of On For To Over With In At Is Was Are Were Has Have Into About")
# Honorifics before a surname ("Mr. Burton", "Sen. Sanders").
HONORIFICS = _lowered("""
    Mr Mr. Mrs Mrs. Ms Ms. Miss Dr Dr. Fr Fr. Prof Prof. Sen Sen. Senator Rep Rep. Gov Gov.
    Governor Gen Gen. Col Col. Lt Lt. Sgt Sgt. Rev Rev. Hon Hon. President Sir Dame
    Madam""")
# Surname particles ("de Blasio", "Van Hollen").
PARTICLES = words_of("de da di del della der den van von la le st. st bin al el du")
# Heads of descriptions that name a thing that cannot speak ("a review of records",
# "the same election"). Kept modest: documents and their like ("the report",
# "a statement", "a poll", "the study", "records") are acceptable sources in news.
THING_HEADS = words_of("""
    election elections race review vote votes debate debates economy issue issues
    question questions idea ideas time year years day days week weeks month months
    night morning afternoon evening event events thing things fact facts way moment
    primary primaries money""")
# Heads that make a bare lower-case phrase a description without a determiner
# ("campaign officials", "police", "former president"): people, bodies, documents.
PERSON_HEADS = words_of("""
    official spokesman spokeswoman spokesperson aide adviser advisor source president
    secretary senator governor candidate nominee chairman chairwoman chair director
    leader manager strategist analyst expert lawyer attorney judge police staff people
    government administration campaign committee military media press public team party
    department agency office person man woman voter supporter member economist pollster
    professor researcher historian representative lawmaker mayor sheriff officer chief
    executive founder head counsel prosecutor investigator diplomat ambassador minister
    general commander worker resident citizen student owner operative organizer activist
    host anchor reporter journalist editor writer author commentator critic observer
    insider delegate donor surrogate ally rival opponent challenger incumbent colleague
    associate employee veteran doctor physician scientist study report poll survey
    statement memo letter document filing complaint lawsuit release website analysis
    family staffer congressman congresswoman data research""")
# Places that are not speakers: US states, major countries, capitals and big cities.
# A country standing for its government ("Russia denied ...") is counted too: on a
# card "— Russia" does not say who spoke.
PLACES = frozenset(line.strip() for line in """
    Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida
    Georgia|Hawaii|Idaho|Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland
    Massachusetts|Michigan|Minnesota|Mississippi|Missouri|Montana|Nebraska|Nevada
    New Hampshire|New Jersey|New Mexico|New York|North Carolina|North Dakota|Ohio
    Oklahoma|Oregon|Pennsylvania|Rhode Island|South Carolina|South Dakota|Tennessee
    Texas|Utah|Vermont|Virginia|Washington|West Virginia|Wisconsin|Wyoming
    America|United States|U.S.|US|USA|Canada|Mexico|Brazil|Argentina|Britain
    Great Britain|United Kingdom|UK|U.K.|England|Scotland|Ireland|France|Germany|Italy
    Spain|Portugal|Netherlands|Belgium|Switzerland|Austria|Poland|Greece|Turkey|Russia
    Ukraine|China|Japan|Korea|North Korea|South Korea|India|Pakistan|Afghanistan|Iran
    Iraq|Syria|Israel|Egypt|Saudi Arabia|Libya|Yemen|Cuba|Venezuela|Australia|Nigeria
    South Africa|Europe|Asia|Africa|Middle East|Latin America|Washington, D.C.|D.C.
    Moscow|Beijing|London|Paris|Berlin|Rome|Madrid|Tokyo|Kabul|Baghdad|Damascus|Tehran
    Jerusalem|Cairo|Ottawa|Brussels|Kiev|Kyiv|Havana|New York City|Los Angeles|Chicago
    Houston|Philadelphia|Phoenix|San Francisco|Boston|Miami|Atlanta|Dallas|Detroit
    Seattle|Denver|Las Vegas|Cleveland|Baltimore|Pittsburgh|Des Moines|Manhattan
    Brooklyn""".replace("\n", "|").split("|") if line.strip())
