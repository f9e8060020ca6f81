"""Stance, belief and reporting cues beyond plain speech verbs, for reported speech.

PolNeAR (and news readers) count as attributions not only "X said ..." but what a
named source thinks, wants, supports, accuses, finds or shows. These word lists
hold such cues in their inflected forms. Source: the most frequent cue heads of
the PolNeAR training annotations, generalised to the verb's other inflections;
base forms that are mostly nouns in news prose (report, support, call, plan,
claim, view) are left out where a noun reading dominates.
"""

from __future__ import annotations

from bot.extraction.lexicon import SPEECH_VERBS, words

# Belief, intention and evaluation verbs with a content clause or object.
STANCE_VERBS = words("""
think thinks thought believe believes believed feel feels felt know knows knew
want wants wanted hope hoping expect expects expected fear fears feared worry
worries worried doubt doubts doubted suspect suspects suspected wish wishes
wished prefer prefers preferred favor favors favored
support supports supported supporting oppose opposes opposed opposing
endorse endorses endorsed endorsing back backs backed backing
criticize criticizes criticized criticizing criticise criticised blast blasts
blasted blasting slam slams slammed slamming attack attacks attacked attacking
accuse accuses accused accusing blame blames blamed blaming praise praises praised
praising defend defends defended defending reject rejects rejected rejecting dismiss
dismisses dismissed dismissing denounce denounces denounced denouncing condemn
condemns condemned condemning question questions questioned questioning
call calls called calling describe describes described describing dub dubbed
label labeled labelled
cite cites cited citing mention mentions mentioned mentioning discuss discusses
discussed discussing highlight highlights highlighted highlighting
show shows showed shown showing find finds found finding indicate indicating
suggesting noting adding explaining arguing warning insisting claiming stressing
acknowledging announcing revealing responding recalling complaining pointing
refuse refuses refused refusing decline declines declined declining
seek seeks sought seeking propose proposing urge urging vow vowing pledge pledging
promise promising agree agreeing threaten threatens threatened threatening
assure assures assured reassure reassured remind reminds reminded
echo echoes echoed repeat repeating reiterating concluding predicting
plans planned planning intend intends intended aim aims aimed
decide decides decided consider considers considered view views viewed
see sees saw seeing regard regards regarded
reported reporting posted posting issued tweeting
""")

# Verbs of criticism, praise and exhortation that report what was said aloud: 'Roe
# chided Doe for skipping the debate', 'Roe lauded the plan', 'Roe implored delegates to
# unite'. Each is too rare in PolNeAR train to be among the frequent heads above, and
# none has a common reading that is an act or a noun ('rips' and 'hammered' do: 'ripping
# off', 'hammered out'; 'rebuke' and 'scold' are nouns too). The participles in -ing are
# left to the learned model: 'merely assailing Trump may not ...' is a gerund subject.
SAID_ALOUD_VERBS = words("""
chide chides chided scolds scolded chastise chastises chastised castigate castigates
castigated berate berates berated rebukes rebuked lambaste lambastes lambasted decry
decries decried deride derides derided assail assails assailed excoriate excoriates
excoriated upbraid upbraids upbraided admonish admonishes admonished implore implores
implored exhort exhorts exhorted laud lauds lauded extol extols extolled
""")

# Headline verbs of speech: the short words headlines use for what someone said ('Obama
# rips rhetoric over ...', 'Clinton swipes at Trump', 'Clinton hints at husband's job').
# Read in a lowercase headline only (headline.short_statement): in the body they are
# mostly acts ('ripped off', 'trashed the room'). A two-word entry is read as a whole.
# Not 'goes after', 'knocks', 'pans': a headline's act as often ('goes after the
# nomination', 'knocks on doors', 'pans out').
HEADLINE_VERBS = (
    "rips", "trashes", "whacks", "rebuffs", "swipes at", "jabs at", "hints at",
    "apologizes for", "lashes out at",
)

# Cues whose subject is usually not a speaker and whose clause is not content
# ("continued to", "came", "spoke"): excluded from reported speech.
NOT_REPORTING = words("continue continues continued")

# Every cue that may introduce reported speech.
REPORTING_CUES = (SPEECH_VERBS | STANCE_VERBS | SAID_ALOUD_VERBS) - NOT_REPORTING

# Cue words whose reported statements, read by the rules alone, were right less than
# half the time on PolNeAR train (at least 10 statements each): whether they report
# depends on context ('support' the noun, 'saw a rise', 'read the bill'), so the reported-
# speech rules leave them to the learned cue model (learned_cues.py), which reads that
# context. Partial quotations still take them as cues (partials.py). Example: 'Roe
# backed the bill' is a learned statement when the model accepts 'backed' there.
# 'maintain' goes with 'maintains' and 'maintained' (fewer than 10 statements of its own:
# 'continues to maintain a delegate lead', 'did not maintain a state.gov account').
CONTEXT_CUES = words("""
maintain maintains maintained seeing backed read saw seek attack back attacks question
support knew find decide backing highlighting supporting finding considered assured endorsed
questions mentioned felt showing attacking finds aimed decided issued charged adding
thought supports repeated opposed seeking view posted supported responded reporting respond
shown know endorse call planning want declared believe blasted claiming claims confirmed
consider criticizing defending discussed dismissed estimated expected favor feel feels found
hope mention mocked opposing planned plans see sought wanted wants warning wrote
""")

# The cues of the reported-speech rules (reported.py).
RULE_REPORTING_CUES = REPORTING_CUES - CONTEXT_CUES
