"""Patterns for flags about tone and feeling: dismissing, lecturing, public
correction, rewards for kindness and sarcasm (seed 002: "Promoting resilience
in schools" Don't list; "How to promote prosocial development"; Appendix 1
on the lecturing tone; Appendix 2 on tangible rewards).

See ``flag_rules`` for the pattern type and the demand-like flags.
"""

import re
from typing import Final

from harbour.coach.flag_rules import FlagPattern, compile_pattern
from harbour.coach.text import DONT, ITS, YOU, YOURE

# --- dismissing --------------------------------------------------------------

# "Let's calm down together" and "I can help you calm down" are co-regulation,
# which the toolkit recommends; only "calm down" aimed at the child is dismissing.
_COREGULATION_BEFORE = re.compile(
    r"(?:let's|let us|lets|we can|we'll|help you|help us|try and|try to|together|shall we|"
    r"we could|can we|once you|when you|you can|to help|us both|both)\W*(?:\w+\W+){0,2}$"
)


def _aimed_at_child(norm: str, match: re.Match[str], situation: str | None) -> bool:
    before = norm[max(0, match.start() - 30) : match.start()]
    after = norm[match.end() : match.end() + 12]
    return _COREGULATION_BEFORE.search(before) is None and not after.lstrip().startswith(
        ("together", "with me")
    )


DISMISSING: Final = [
    FlagPattern(
        "dismissing", compile_pattern(r"\bcalm (?:down|yourself down)\b"), guard=_aimed_at_child
    ),
    FlagPattern(
        "dismissing",
        compile_pattern(
            r"\bstop\s+(?:(?:your|that|the|all\s+this|all\s+that)\s+)?(?:crying|whining|whinging|"
            r"fuss|fussing|making a fuss|sulking|moaning|being (?:so )?dramatic|"
            r"overreacting|the tears|snivelling|sniffling)\b"
        ),
        negatable=True,
    ),
    FlagPattern("dismissing", compile_pattern(r"\bno more tears\b|\bdry your eyes\b")),
    FlagPattern(
        "dismissing",
        compile_pattern(
            r"\bstop (?:stressing|worrying|panicking|fretting|getting (?:so )?worked up)\b"
        ),
        negatable=True,
    ),
    FlagPattern(
        "dismissing",
        compile_pattern(r"\b(?:it'll|it will|you'll|you will) be (?:fine|ok|okay|alright)\b"),
    ),
    FlagPattern(
        "dismissing",
        compile_pattern(
            r"\bno point (?:getting|being|crying|worrying)\b|\bit is what it is\b|\bforget about it\b"
            r"|\blet's not dwell\b|\bfocus on the positives?\b|\blook on the bright side\b"
        ),
    ),
    FlagPattern(
        "dismissing",
        compile_pattern(
            rf"\b{ITS}\s+(?:not|hardly|nothing like)\s+(?:a\s+)?(?:big deal|that bad|that deep|"
            r"the end of the world|worth (?:crying|getting upset|getting worked up)|that serious|"
            r"a problem|anything to (?:cry|worry) about|so bad)\b"
        ),
    ),
    FlagPattern(
        "dismissing",
        compile_pattern(
            rf"\b(?:{ITS}|it was|was)\s+(?:literally\s+|honestly\s+)?(?:only|just)\s+(?:a\s+|one\s+)?"
            r"(?:little\s+|silly\s+|stupid\s+)?(?:group chat|comment|word|game|scratch|test|joke|"
            r"pencil|trip|bump|graze|football match|match|sticker|mark|toy|party|quiz|little thing|"
            r"silly)\b"
        ),
    ),
    FlagPattern(
        "dismissing",
        compile_pattern(rf"\b{YOURE}\s+(?:fine|alright|all right)\b(?!\s*\?)"),
        negatable=True,
    ),
    FlagPattern(
        "dismissing",
        compile_pattern(rf"\b{DONT}\s+be\s+(?:silly|daft|soft|ridiculous|such a baby)\b"),
    ),
    FlagPattern(
        "dismissing",
        compile_pattern(
            r"\b(?:there's|there is|there was)\s+(?:nothing|no need)\s+(?:to\s+)?"
            r"(?:be\s+|get\s+)?(?:scared|cry|crying|worry|upset|afraid|frightened|so upset|"
            r"to be (?:scared|upset|afraid|worried)|about)\w*"
        ),
    ),
    FlagPattern(
        "dismissing",
        compile_pattern(
            r"\bnothing to (?:cry|worry|be scared|be upset|be afraid|be worried|be nervous|get worked up) (?:about|of)\b"
        ),
    ),
    FlagPattern(
        "dismissing", compile_pattern(r"\bget over it\b|\bcheer up\b|\bmove on\b(?=[.!]|$)")
    ),
    FlagPattern(
        "dismissing",
        compile_pattern(rf"\b(?:{YOURE}\s+|stop\s+)overreacting\b|\bstop overreacting\b"),
    ),
    FlagPattern(
        "dismissing",
        compile_pattern(r"\bpull yourself together\b|\btoughen up\b|\bman up\b|\bgrow up\b"),
    ),
    FlagPattern(
        "dismissing",
        compile_pattern(
            r"\b(?:making|make)\s+(?:such\s+)?a\s+fuss\s+(?:about|over)\s+nothing\b|\bfuss over nothing\b"
        ),
    ),
    FlagPattern("dismissing", compile_pattern(r"\b(?:big|brave)\s+(?:boys|girls)\s+don't\s+cry\b")),
    FlagPattern(
        "dismissing",
        compile_pattern(
            rf"\b{YOU}\s+(?:don't need to|shouldn't|should not|mustn't)\s+(?:feel|be)\s+"
            r"(?:like that|that way|upset|sad|angry|worried|scared|cross|so)"
        ),
    ),
    FlagPattern(
        "dismissing",
        compile_pattern(
            rf"\b{DONT}\s+worry(?:\s+about\s+it)?\b(?=[,.!\s]*(?:{ITS}\s+(?:nothing|fine|only|just)|"
            r"you'll be fine|about it|$))"
        ),
    ),
    FlagPattern("dismissing", compile_pattern(r"\bit doesn't matter\b")),
    FlagPattern(
        "dismissing",
        compile_pattern(
            r"\bjust ignore (?:them|him|her|it)\b|\bnot worth (?:getting upset|crying|worrying)\b"
        ),
    ),
    FlagPattern(
        "dismissing", compile_pattern(rf"\b{YOURE}\s+not\s+(?:scared|upset|sad|hurt|tired)\b")
    ),
    FlagPattern("dismissing", compile_pattern(r"\bdrama queen\b|\bdramatic\b")),
    FlagPattern("dismissing", compile_pattern(r"\b(?:shh+|hush)[, ]+(?:shh+|now|stop)\b")),
    FlagPattern("dismissing", compile_pattern(r"\boh come on\b")),
]

# --- lecturing ---------------------------------------------------------------

LECTURING: Final = [
    FlagPattern(
        "lecturing",
        compile_pattern(
            r"\bhow (?:many times|often) (?:do|have|must|did|will)\b|\bhow many times\b"
        ),
    ),
    FlagPattern(
        "lecturing",
        compile_pattern(
            r"\b(?:told|said|asked|reminded)\s+(?:you\s+)?(?:it\s+|this\s+|that\s+)?(?:a\s+)?"
            r"(?:hundred|thousand|million|so many|loads of|\d+)\s+times\b"
        ),
    ),
    FlagPattern("lecturing", compile_pattern(rf"\b{YOURE}\s+(?:\w+|\d+)\s+years old\b")),
    FlagPattern(
        "lecturing",
        compile_pattern(
            r"\b(?:i've|i have|i)\s+(?:already\s+)?told you\s+(?:a\s+(?:hundred|thousand|million)|"
            r"so many|and told|\d+|before|already|a million|over and over|loads)"
        ),
    ),
    FlagPattern(
        "lecturing",
        compile_pattern(
            rf"\b{YOU}\s+(?:need|have got|'ve got|have|got|'ve gotta|gotta)\s+(?:to\s+)?(?:learn|understand|start taking|realise|"
            r"accept|grow)\b"
        ),
    ),
    FlagPattern(
        "lecturing",
        compile_pattern(
            rf"\b{YOU}\s+(?:know|knew|should know|ought to know)\s+(?:better|full well|the rules|"
            r"right from wrong|what happens|what (?:i|we) expect)\b"
        ),
    ),
    FlagPattern("lecturing", compile_pattern(rf"\b{YOURE}\s+old enough to know\b")),
    FlagPattern(
        "lecturing",
        compile_pattern(r"\bwhen i was (?:your age|at school|a kid|a child|young|little)\b"),
    ),
    FlagPattern(
        "lecturing", compile_pattern(r"\bin the real world\b|\bwhen you get a job\b|\byour boss\b")
    ),
    FlagPattern("lecturing", compile_pattern(r"\blet (?:this|that) be a lesson\b")),
    FlagPattern(
        "lecturing",
        compile_pattern(
            r"\bwe(?:'ve| have)?\s+(?:been|gone|went)\s+(?:over|through)\s+(?:this|that|these|them)\b"
        ),
    ),
    FlagPattern(
        "lecturing",
        compile_pattern(
            r"\bwe(?:'ve| have)?\s+(?:talked about|discussed|been over) (?:this|it|that)\b"
        ),
    ),
    FlagPattern(
        "lecturing",
        compile_pattern(r"\blife (?:isn't|is not|ain't) fair\b|\bthe sooner you learn\b"),
    ),
    FlagPattern("lecturing", compile_pattern(r"\btake responsibility\b|\btaking responsibility\b")),
    FlagPattern(
        "lecturing",
        compile_pattern(
            r"\b(?:shouldn't|should not)\s+(?:have|need)\s+to\s+(?:keep|tell|remind|explain)\b|\bkeep (?:telling|reminding) you\b"
        ),
    ),
    FlagPattern("lecturing", compile_pattern(r"\byou'd do well to\b|\bcost nothing\b")),
    FlagPattern(
        "lecturing",
        compile_pattern(
            r"\b(?:school|rules|the rules|lessons)\s+(?:is|are)\s+(?:there|here)\s+for\b"
        ),
    ),
    FlagPattern(
        "lecturing", compile_pattern(r"\bwasting (?:everyone's|everybody's|my|our) time\b")
    ),
    FlagPattern(
        "lecturing",
        compile_pattern(r"\bif (?:everybody|everyone) (?:behaved|acted|did) like you\b"),
    ),
    FlagPattern(
        "lecturing",
        compile_pattern(r"\bwhat (?:have|did) i (?:just )?(?:said|say|tell you) about\b"),
    ),
    FlagPattern(
        "lecturing", compile_pattern(r"\b(?:tired|sick) of (?:repeating|telling|saying)\b")
    ),
    FlagPattern("lecturing", compile_pattern(r"\bat your age\b")),
    FlagPattern(
        "lecturing",
        compile_pattern(
            r"\byou'll thank me\b|\brespect is earned\b|\bthat's (?:just )?how it is\b"
        ),
    ),
    FlagPattern(
        "lecturing", compile_pattern(r"\bkind people (?:don't|do)\b|\bhands are not for\b")
    ),
    FlagPattern(
        "lecturing", compile_pattern(r"\bactions have consequences\b|\byour actions have\b")
    ),
    FlagPattern("lecturing", compile_pattern(r"\bover and over\b|\btold you and told you\b")),
]

# Moralising words that, piled up in a long utterance, make a lecture even
# without one of the stock phrases above.
MORALISING = compile_pattern(
    r"\b(?:should|shouldn't|must|need to|have to|has to|got to|rules?|respect|learn|"
    r"responsib\w+|consequences?|expect|behaviour|wrong|right|always|never|matter)\b"
)

# --- public_correction -------------------------------------------------------

_GROUP = r"(?:everyone|everybody|the whole class|whole class|the class|class|all of you|year \d+|the group|the whole group|us all|we all)"

PUBLIC_CORRECTION: Final = [
    FlagPattern(
        "public_correction",
        compile_pattern(
            r"\b(?:everyone|everybody|class|year \d+)[,!]?\s+(?:look|come and look)\s+at\s+(?:what|how)\b"
        ),
    ),
    FlagPattern(
        "public_correction",
        compile_pattern(
            rf"\b(?:{_GROUP}|we're all|we are all|everybody's|everyone's)\s+(?:is\s+|are\s+|'s\s+)?"
            r"(?:waiting|going to be late|missing|staying in|looking at you|can't start|have to start)\b"
        ),
    ),
    FlagPattern(
        "public_correction",
        compile_pattern(r"\blet's all (?:wait|look at|give|stare|watch)\b"),
    ),
    FlagPattern(
        "public_correction", compile_pattern(rf"\bin front of (?:{_GROUP}|everyone|the others)\b")
    ),
    FlagPattern(
        "public_correction",
        compile_pattern(rf"\b(?:tell|show|apologise to|say sorry to|explain to)\s+(?:{_GROUP})\b"),
    ),
    FlagPattern(
        "public_correction",
        compile_pattern(
            r"\b(?:stand|come|go)\s+(?:up\s+|out\s+)?(?:at|to|and stand at)\s+the\s+front\b"
        ),
    ),
    FlagPattern(
        "public_correction",
        compile_pattern(rf"\bso (?:{_GROUP}) can (?:see|hear)\b|\beveryone can see you\b"),
    ),
    FlagPattern(
        "public_correction",
        compile_pattern(
            r"\b(?:because of|thanks to)\s+(?:you\b|[a-z]+(?=[,.!]|\s+(?:the|we|everyone|who)))"
        ),
        guard=lambda norm, m, s: (
            re.search(rf"\b(?:{_GROUP}|we|everyone|everybody)\b", norm) is not None
        ),
    ),
    FlagPattern(
        "public_correction",
        compile_pattern(
            r"\bhands up (?:who|if you) thinks?\b[^.!?]{0,40}\b(?:was|is|did|has)\s+(?:being\s+)?\w+"
        ),
    ),
    FlagPattern(
        "public_correction",
        compile_pattern(
            r"\bread (?:out\s+)?(?:your|\w+'s)\s+(?:answer|message|note|work|story)\b|\bread\b[^.!?]{0,20}\bout to the class\b"
        ),
    ),
    FlagPattern("public_correction", compile_pattern(r"\bput your name on the board\b")),
    FlagPattern(
        "public_correction",
        compile_pattern(
            r"\b(?:look everyone|everyone look|look,? everyone)\b[^.!?]{0,20}|\bthis is what happens when\b"
            r"|\b(?:everyone|everybody) (?:here |at this table |in (?:this|the) (?:room|class) )?knows what you\b"
        ),
    ),
    FlagPattern(
        "public_correction", compile_pattern(r"\bwell done everyone except\b|\beveryone except\b")
    ),
    FlagPattern(
        "public_correction",
        compile_pattern(r"\b(?:class|everyone|everybody|year \d+)[,!]?\s+is this how we\b"),
    ),
    FlagPattern(
        "public_correction",
        compile_pattern(r"\beverybody stop\b|\beveryone stop\b"),
    ),
    FlagPattern(
        "public_correction",
        compile_pattern(
            r"\b(?:everyone|everybody|class)[,]?\s+[a-z]+\s+(?:doesn't|does not|has decided|thinks he|thinks she)\b"
        ),
    ),
    FlagPattern("public_correction", compile_pattern(r"\blet's all look at\b")),
]

# --- reward_for_kindness -----------------------------------------------------

REWARD: Final = compile_pattern(
    r"\b(?:stickers?|sweets?|sweetie|treats?|house points?|dojo points?|class dojo|merits?|"
    r"prizes?|golden time|golden ticket|raffle ticket|lolly|lollies|biscuits?|chocolate|"
    r"comic|toy|extra (?:screen|ipad|tv|telly|play|computer|break|minutes|hour|\w+ minutes)\s*(?:time)?|"
    r"xbox|playstation|takeaway|in it for you|marble|choose the (?:\w+ )*game|"
    r"screen time|ipad time|stay up later|stars?|tokens?|points?|reward|certificate|"
    r"marbles? in the jar|pound|£\d+)\b"
)
KINDNESS: Final = compile_pattern(
    r"\b(?:shar(?:e|ed|es|ing)|kind|kindness|kindest|nice to|nicely|help(?:ed|ing|s)?\s+"
    r"(?!you\b)(?:me\s+)?\w+|helpful|take turns|taking turns|took turns|a turn|go first|"
    r"let (?:him|her|them|\w+) (?:have|go|play)|say sorry|apologi[sz]e|good friend|being nice|"
    r"be nice|friendly|gave \w+ a turn|caring|thoughtful|look after|looked after|include)\b"
)
# Rewards for work or effort are a different practice; they are not this flag.
NOT_KINDNESS: Final = compile_pattern(
    r"\b(?:reading|spelling|handwriting|phonics|maths|work|homework|project|sums)\b"
)

# --- sarcasm -----------------------------------------------------------------

_MOCK_PRAISE = r"(?:brilliant|great|well done|fantastic|lovely|perfect|charming|wonderful|marvellous|super|amazing|nice|good|excellent|wow)"

SARCASM: Final = [
    FlagPattern(
        "sarcasm",
        compile_pattern(
            rf"^\s*(?:oh|ooh|ah|yeah|wow)[,!.]?\s+{_MOCK_PRAISE}\b[^.!?]*[.!?]?\s*"
            r"(?:$|(?=.*\b(?:broke|broken|break|another|again|forgot|ruin|start again|annoy|"
            r"late|record|thanks to|lost|spilt|spilled|mess)\b))"
        ),
    ),
    FlagPattern(
        "sarcasm",
        compile_pattern(
            r"^\s*(?:fantastic|brilliant|great|perfect|lovely|marvellous|wonderful|super)[,!.]\s+"
            r"(?:another|now|that's|just|so)\b"
        ),
    ),
    FlagPattern(
        "sarcasm",
        compile_pattern(
            r"\bthanks\s+(?:for\s+(?:finally\s+)?(?:joining|gracing|nothing|that)|a lot,? now|a bunch)\b"
        ),
    ),
    FlagPattern(
        "sarcasm",
        compile_pattern(r"\bgood of you to\b|\bnice of you to (?:join|turn up|show up|grace)\b"),
    ),
    FlagPattern(
        "sarcasm",
        compile_pattern(
            r"\bgrac(?:ed|ing|e)\s+us\b|\blook who's decided to\b|\blook who(?:'s| has) (?:turned|shown) up\b"
        ),
    ),
    FlagPattern(
        "sarcasm",
        compile_pattern(r"\bwhat a (?:surprise|shock)\b(?!\s*[!,]?\s*(?:you|a present|for you))"),
    ),
    FlagPattern(
        "sarcasm",
        compile_pattern(r"\bbecause (?:that|it|this)\s+(?:worked|went|goes|works)\s+so well\b"),
    ),
    FlagPattern(
        "sarcasm",
        compile_pattern(r"\b(?:yeah|oh|ah) (?:right|sure)\b|\band i'm the (?:queen|king|pope)\b"),
    ),
    FlagPattern(
        "sarcasm",
        compile_pattern(
            r"\b(?:oh|ooh)[,!]?\s+(?:yes|yeah)?,?\s*very (?:mature|grown up|grown-up|clever|funny|helpful)\b"
        ),
    ),
    FlagPattern(
        "sarcasm", compile_pattern(r"\bsure,? (?:that's|the dog|it was)\b|\bof course it did\b")
    ),
    FlagPattern(
        "sarcasm", compile_pattern(rf"\b(?:well )?aren't {YOU} (?:clever|funny|smart|special)\b")
    ),
    FlagPattern(
        "sarcasm",
        compile_pattern(r"\bclearly you\b|\bobviously you(?:'ve| have)? (?:got )?better\b"),
    ),
    FlagPattern(
        "sarcasm",
        compile_pattern(
            r"\bi'm sure (?:you were|you're|your \w+ (?:is|was)) (?:really|so|very|much|terribly)\b"
        ),
    ),
    FlagPattern("sarcasm", compile_pattern(r"\bam i interrupting\b|\bsorry to interrupt your\b")),
    FlagPattern(
        "sarcasm", compile_pattern(rf"\b{YOURE} hilarious\b|\bgenius\b|\beinstein\b|\bsherlock\b")
    ),
    FlagPattern("sarcasm", compile_pattern(rf"\bso {YOU} do know how to\b")),
    FlagPattern(
        "sarcasm",
        compile_pattern(
            r"\bjust (?:great|perfect|brilliant|what (?:i|we) needed)\b|\bexactly what i needed\b"
        ),
    ),
    FlagPattern("sarcasm", compile_pattern(r"\bmust be a record\b|\bwhat a tragedy\b")),
    FlagPattern(
        "sarcasm",
        compile_pattern(
            r"\bmiracles (?:do )?happen\b|\bwonders never cease\b|\blook who(?:'s)? (?:remembered|decided|managed)\b"
            r"|\bthank you (?:so|soo+) much for (?:that|your) (?:helpful|useful|wonderful|lovely) (?:contribution|input)\b"
        ),
    ),
    FlagPattern(
        "sarcasm",
        compile_pattern(r"\b(?:lovely|charming|nice),? really (?:lovely|charming|nice)\b"),
    ),
    FlagPattern(
        "sarcasm",
        compile_pattern(r"\bnice one,? (?:genius|that's really|einstein)\b|\breally clever\b"),
    ),
    FlagPattern(
        "sarcasm", compile_pattern(r"\bfinally (?:turning|turned|decided|joining|joined|showing)\b")
    ),
    FlagPattern(
        "sarcasm",
        compile_pattern(
            r"\b(?:oh|ooh) (?:look|hello),? (?:mr|miss|little) \w+\b|\bgood morning to you too\b"
        ),
    ),
    FlagPattern(
        "sarcasm", compile_pattern(r"\b(?:i'm|i am) so sorry your\b[^.!?]*\b(?:tragedy|disaster)\b")
    ),
    FlagPattern(
        "sarcasm",
        compile_pattern(r"\bwhat a big (?:boy|girl) you are\b|\bsuch a big (?:girl|boy)\b"),
    ),
]
