"""What a reporting cue says a statement is: speech, a belief, a finding or a position.

Speech is what was said or written. A belief ('thinks', 'knows', 'hopes'), a finding
or perception ('found', 'showed', 'saw') and a position or decision ('supports',
'refused', 'decided') are attributed too, but they were not said in those words: a
card must not present them as speech. A word that reports none of these ('avoided',
'filed', 'seems', 'voted down'... an action or the writer's own impression) is no cue
at all: `report_kind` says None and the extractor leaves such a statement out
(bot.extraction.collect), since no card could label it truthfully.

Sources: the speech verbs of bot/extraction/lexicon.py, the stance cues of
bot/extraction/stance.py and the learned cue model's vocabulary
(bot/extraction/learned_cues.json), every word sorted here by what it reports
(tests/test_cues_complete.py checks that none is left unsorted).
"""

from __future__ import annotations

import functools
import re
from typing import Literal

from bot.extraction.lexicon import PHRASAL_CUES, SPEECH_VERBS
from bot.extraction.stance import HEADLINE_VERBS, SAID_ALOUD_VERBS

CueKind = Literal["speech", "belief", "finding", "position", "unsaid"]


def _forms(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Mental states: the cue reports what someone holds, wants, fears or feels.
BELIEF_CUES = _forms("""
think thinks thought thinking believe believes believed believing feel feels felt feeling
know knows knew known want wants wanted hope hopes hoped hoping hopeful expect expects
expected expecting fear fears feared fearing worry worries worried doubt doubts doubted
suspect suspects suspected wish wishes wished prefer prefers preferred consider considers
considered considering view views viewed regard regards regarded wonder wonders wondered
wondering aware unaware understand understands understanding realized remember remembers
remembered sure confident convinced skeptical wary concerned concerns optimistic eager
willing reluctant inclined interested interest proud angry angered upset surprised
shocked impressed sense assumption idea mind mulling envision adamant guess interpreted
recognize recognized recognizes
""")
# Findings and perceptions: a poll, study or person found, showed or saw something.
FINDING_CUES = _forms("""
find finds found finding show shows showed shown showing indicate indicates indicated
indicating see sees saw seeing seen watched noticed learn learned identified identify
determine determined determining estimate estimates estimated forecast projected proved
exposed ruled rule
""")
# Positions, intentions and decisions: what someone supports, opposes or chose to do.
POSITION_CUES = _forms("""
support supports supported supporting supporter oppose opposes opposed opposing opposition
endorse endorses endorsed endorsing back backs backed backing favor favors favored refuse
refuses refused refusing refusal decline declines declined declining seek seeks sought
seeking plan plans planned planning intend intends intended aim aims aimed decide decides
decided deciding decision accept accepted adopted advocate advocates agree agreed
disagree sided aligned embrace embraced embracing promote promoted promotes promoting
push pushed pushing focus focused focuses focusing goal resist opted chosen signaled
balked acquiesced distanced against critical proposal approved authorized welcomed
recommended ordered requested requests require required voted agreeing withdrew fighting
""")
# Speech acts beyond the speech verbs: what was said or written, in other words.
SPEECH_ACTS = _forms("""
according call calls called calling describe describes described describing dub dubbed
label labeled labelled labeling labels termed branded hail hailed tout touted touting
touts cite cites cited citing mention mentions mentioned mentioning discuss discusses
discussed discussing talk talks talked talking speak speaks speaking spoke spoken uttered
voiced echo echoes echoed repeating reiterating concluding predicting remind reminds
reminded reminding assure assures assured reassure reassured threaten threatens
threatened threatening vowing pledging promising urging propose proposing proposed
announcing revealing responding recalling complaining pointing point pointed criticize
criticizes criticized criticizing criticise criticised criticism blast blasts blasted
blasting slam slams slammed slamming attack attacks attacked attacking accuse accuses
accused accusing accusations allegations alleging blame blames blamed blaming praise
praises praised praising defend defends defended defending reject rejects rejected
rejecting dismiss dismisses dismissed dismissing denounce denounces denounced denouncing
condemn condemns condemned condemning question questions questioned questioning claim
claims argument assertion contention suggestion statement message complaints admitting
apologized applauded congratulated congratulating thanked thanking lambasted lashed
railed decried decrying derided rebuked ripped knocked assailed bemoaned mocked mocking
mused pleaded asking answer answering informed advising advice recounted reference
referenced referencing referred referring refers alluding implied hints suggesting
reported reporting reports published posted posting tweeting retweeted issued writing
written outlined outlining presented delivered delivering underscored
underscores emphasizing likened compared portrayed portraying sounded sparred vouched
invoked listed lists speculated weighed insist explaining noting adding warning
claiming stressing acknowledging chants chanting deemed expressed expressing express
disclosed highlight highlights highlighted highlighting insisting pledge pledges promise
promises repeat vow vows address addressed attributed challenged challenging counter
declaring demand demands note notes stating pressing clear encouraged invited offer offers
offered offering share shared credited unveiled renewed
remark remarks comment comments warnings statements assertions insistence assurance
assurances arguments accusation allegation suggestions admission admissions announcement
announcements prediction predictions complaint boast boasts response responses reply
""")
# Words the cue model's vocabulary holds that report nothing said, held, found or decided:
# actions ('filed', 'signed', 'took'), the writer's impressions ('seems', 'appeared'),
# particles' verbs without their particle ('went', 'fired'), nouns with no speaker
# ('rumors'). A statement with one of these as its cue is left out.
NOT_REPORTS = _forms("""
always am appear appeared appears avoided began blocked booed brushed cannot case cast
cheered contrasting controversial covered deep designed displayed divided drawing drew
enjoyed expanded eyes failed filed fired follows gave goes hard harsh hired ignored
included includes laid laying lays launching long look looked looking looks made makes
making mounting negative obvious often ongoing open opened outspoken passed played
provide provided put puts quick raised reached released releasing relying remain
remained represent restricting seem seemed seeming seems sentenced sharp shrugged spent
split started starting stern stopped struck struggled struggling stuck taken ticked
titled took touched traded turned turns unclear used went widespread yet persuaded
convince doubled celebrated introduced named nominate nominated appointed signed allow
allowed allows campaigned negotiated devoted targeted attempted attempts tried tries
trying rumors stories mean meant consensus counting
""")
SPEECH_CUES = SPEECH_VERBS | SPEECH_ACTS | SAID_ALOUD_VERBS | {":"}

# The order words are looked up in: 'believes' is a belief although a speech verb too.
KINDS: tuple[tuple[CueKind, frozenset[str]], ...] = (
    ("belief", BELIEF_CUES), ("finding", FINDING_CUES), ("position", POSITION_CUES),
    ("speech", SPEECH_CUES))

LABELS: dict[CueKind, str] = {
    "speech": "reported speech, not verbatim",
    "belief": "reported belief, not a quotation",
    "finding": "reported finding, not a quotation",
    "position": "reported position, not verbatim",
    "unsaid": "reported as not said: no statement",
}
# Two-word cues, read as a whole before their first word: 'ruled out' and 'fired back'
# are said, while 'ruled' alone is a finding and 'fired' alone no cue.
PHRASES: dict[str, CueKind] = {
    phrase: "speech" for phrase in (
        *(cue.replace("_", " ") for cue in PHRASAL_CUES), "according to", "laid out",
        "lays out", "lashed out", "weighed in", "brushed off", "brushed aside",
        "shrugged off")
}
# The headline verbs of speech (stance.HEADLINE_VERBS: 'rips', 'swipes at', 'goes after').
PHRASES.update(dict.fromkeys(HEADLINE_VERBS, "speech"))
# The passive of an expectation nobody is named to hold ('The House is expected to pass
# the bill': bot/extraction/expected.py): a belief, not the subject's.
PHRASES.update({f"{be} expected": "belief" for be in ("is", "are", "was", "were")})
# A poll or survey named after 'In' opening a sentence ('In the latest Fox poll, Roe
# leads ...': bot/extraction/poll_reports.py): what it found. Only that rule makes
# such a cue; a poll noun alone is no cue ('as the polls closed').
PHRASES.update({f"in {noun}": "finding" for noun in ("poll", "polls", "survey", "surveys")})
# The passive of a report nobody is named to have made ('Some advisers are said to be
# urging ...', 'was reported to have called': expected.py): speech.
PHRASES.update({f"{be} {said}": "speech" for be in ("is", "are", "was", "were")
                for said in ("said", "reported", "rumored", "rumoured", "alleged")})

# A stored cue the article negates or refuses (bot/extraction/negations.py: 'did not
# immediately respond', "hasn't said", 'declined to comment'): a negated speech cue or a
# refusal to speak reports that nothing was said; a negated belief, finding or position
# is still one ('did not want'), a refusal of anything else a position ('refused to
# disclose'). Source: English negation.
NEGATED_RE = re.compile(r"(?:(?:(?:[a-z]+\s+)?(?:not|never)|[a-z]+n['’]t|cannot)\s+"
                        r"(?:(?:yet|(?!only\b)[a-z]+ly)\s+)?|(?:declin|refus)(?:e|es|ed|ing)\s+(to)\s+)")


@functools.lru_cache(maxsize=1024)
def report_kind(cue: str | None) -> CueKind | None:
    """What the cue reports, or None when it reports nothing said, held, found or
    decided (an action, the writer's impression: no statement)."""
    text = " ".join((cue or "").lower().split())
    negated = NEGATED_RE.match(text)  # 'did not respond', 'declined to comment'
    if negated and negated.end() < len(text):
        kind = report_kind(text[negated.end():])
        return "unsaid" if kind == "speech" else kind if negated[1] is None else "position"
    if text in PHRASES:
        return PHRASES[text]
    head = text.split()[0] if text else ""
    return next((kind for kind, heads in KINDS if head in heads), None)


def cue_kind(cue: str | None) -> CueKind:
    """What a stored statement's cue reports, for its label: report_kind, or speech for
    a cue stored before report_kind refused it (what the card said then)."""
    return report_kind(cue) or "speech"
