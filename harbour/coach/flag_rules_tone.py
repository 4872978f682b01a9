"""Patterns for flags about tone and feeling: dismissing, lecturing, public
correction, rewards for kindness and sarcasm (seed 002: "Promoting resilience
in schools" Don't list; "How to promote prosocial development"; Appendix 1
on the lecturing tone; Appendix 2 on tangible rewards).

See ``flag_rules`` for the pattern type and the demand-like flags.
"""

import re
from typing import Final

from harbour.coach.flag_rules import REWARD as REWARD
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
        # "You say you're fine, but…" reports the child's words.
        guard=lambda norm, m, s: (
            re.search(r"\b(?:say|said|saying|says|tell me|told me)\s+$", norm[: m.start()]) is None
        ),
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
        "dismissing",
        compile_pattern(r"\bget over it\b|\bcheer up\b|(?<!get a )(?<!a )\bmove on\b(?=[.!]|$)"),
    ),
    FlagPattern(
        "dismissing",
        compile_pattern(rf"\b(?:{YOURE}\s+|stop\s+)overreacting\b|\bstop overreacting\b"),
    ),
    FlagPattern(
        "dismissing",
        compile_pattern(
            r"\bpull yourself together\b|\btoughen up\b|\bman up\b"
            # "Grow up, you're fourteen, not four" labels the child (shaming).
            r"|\bgrow up\b(?![,.!]?\s+(?:you're|you are)\s+\w+,?\s+not\b)"
            r"(?!\s+(?:to|into|in|with|big|strong|healthy|happy|and (?:be|become))\b)"
        ),
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
    FlagPattern(
        "dismissing",
        # "It doesn't matter which pen you use" leaves a choice open.
        compile_pattern(
            r"\bit doesn't matter\b(?!\s+(?:which|what colou?r|whether|where you sit))"
        ),
    ),
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
    # General minimising forms.
    FlagPattern(
        "dismissing",
        compile_pattern(
            r"\b(?:just\s+|need to\s+|should\s+|got to\s+|have to\s+)+ignore\s+"
            r"(?:them|him|her|those|it all|what (?:they|he|she))\b"
        ),
        negatable=True,
    ),
    FlagPattern(
        "dismissing",
        compile_pattern(r"\blet it go\b(?!\s*\?)|\byou(?:'ll| will) (?:live|survive)\b"),
        negatable=True,
    ),
    FlagPattern(
        "dismissing",
        compile_pattern(
            rf"\b{ITS}\s+(?:literally\s+|honestly\s+|really\s+|seriously\s+)+(?:not|hardly)\s+"
            r"(?:a\s+)?(?:big deal|that bad|that deep|that serious|the end of the world)\b"
        ),
    ),
    FlagPattern(
        "dismissing",
        compile_pattern(
            rf"\b(?:{ITS}|it was|it's)\s+(?:literally\s+|honestly\s+)?(?:only|just)\s+(?:a|one)\s+"
            r"(?:(?:little|silly|stupid|tiny|wee|bad|bit of)\s+)?(?!minute|second|moment|sec\b|bit\b|"
            r"quick|short|reminder|suggestion|thought|idea|practice|question|few)[a-z]+\b"
        ),
        negatable=True,
    ),
    FlagPattern(
        "dismissing",
        compile_pattern(
            rf"\b{ITS}\s+(?:only\s+|just\s+)?(?:a\s+)?(?:tiny|teeny|wee|little)\s+"
            r"(?:scratch|bump|graze|cut|bruise|mark|nick)\b"
            r"|\bthere(?:'ll| will) be (?:others|other (?:parties|games|sleepovers|times|matches|trips)|"
            r"another one|plenty more)\b(?=\s*[.!,]|\s*$)"
        ),
    ),
    FlagPattern(
        "dismissing",
        compile_pattern(
            r"\bno need (?:for (?:tears|that|all this|all that|the drama|a fuss|the fuss)|to (?:cry|be upset|"
            r"get upset|worry|be scared|make a fuss|get (?:so )?worked up))\b"
        ),
        negatable=True,
    ),
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
            rf"\b{YOU}(?:\s+|(?='))(?:need|have got|'ve got|have|got|'ve gotta|gotta)\s+(?:to\s+)?(?:learn|understand|start taking|realise|"
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
        # "When I was your age I was scared of the dark too" shares a feeling.
        guard=lambda norm, m, s: (
            re.search(r"^[^.!?]*\b(?:too|as well|the same|me too)\b", norm[m.end() :]) is None
        ),
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
    FlagPattern(
        "lecturing",
        compile_pattern(
            r"\bthat's (?:just )?(?:life|what life(?:'s| is) about|the way the world works|how the world works)\b"
            r"|\bthe point is,? (?:you|u)\b|\bthat's why we have (?:rules|the rule)\b"
        ),
    ),
    FlagPattern(
        "lecturing",
        compile_pattern(
            r"\bwhen i was (?:in )?(?:year \d+|growing up|a teenager|at uni|younger|in (?:primary|secondary))\b"
            r"|\bin life,? you(?:'ll| will)\b|\byou'll find (?:that )?(?:in life|people|the world)\b"
            r"|\bone day you'll (?:understand|realise|thank)\b"
            r"|\blet me (?:explain|tell you) (?:again|one more time|once more)\b"
        ),
    ),
]

# Moralising words that, piled up in a long utterance, make a lecture even
# without one of the stock phrases above.
MORALISING = compile_pattern(
    r"\b(?:should|shouldn't|must|need to|have to|has to|got to|rules?|respect|learn|"
    r"responsib\w+|consequences?|expect|behaviour|wrong|right|always|never|matter)\b"
)

# --- public_correction -------------------------------------------------------

_GROUP = (
    r"(?:everyone|everybody|the whole class|whole class|the class|class|all of you|year \d+|the group|"
    r"the whole group|us all|we all|the whole family|the family|the whole team|the team|the others)"
)
_PRAISE_WORDS = re.compile(
    r"\b(?:lovely|beautiful|beautifully|brilliant|great|amazing|well done|super|fantastic|neat|neatly|"
    r"kind|helpful|proud|good job|excellent|clever)\b"
)

PUBLIC_CORRECTION: Final = [
    FlagPattern(
        "public_correction",
        compile_pattern(
            r"\b(?:everyone|everybody|class|year \d+)[,!]?\s+(?:look|come and look)\s+(?:at\s+)?(?:what|how)\b"
        ),
        # "Everyone, look at how beautifully Jess has laid out her work" is praise.
        guard=lambda norm, m, s: _PRAISE_WORDS.search(norm) is None,
    ),
    FlagPattern(
        "public_correction",
        compile_pattern(
            rf"\b(?:{_GROUP}|we're all|we are all|everybody's|everyone's)\s+(?:is\s+|are\s+|'s\s+)?"
            r"(?:waiting|going to be late|missing|staying in|looking at you|can't start|have to start)\b"
        ),
        # "Everyone's waiting because the bus is late" blames no child.
        guard=lambda norm, m, s: (
            re.match(r"\s*(?:because|cos|as)\s+(?:the|it|it's|we|there|of the)\b", norm[m.end() :])
            is None
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
    # "Everyone in the circle, look at how Kai…", "can everyone turn round and
    # look at Ruby": the group is told to look at one child.
    FlagPattern(
        "public_correction",
        compile_pattern(
            r"\b(?:everyone|everybody|guys|class|year \d+|team|lads|boys|girls)\b[^.!?]{0,25}?"
            r"\b(?:(?:look|turn round and look|turn around and look)\s+at|look how|watch)\s+"
            r"(?!the |this|that|these|those|page|your|me\b|my|here|it\b|a |an |our|some)(?:what|how|[a-z]+)\b"
        ),
        guard=lambda norm, m, s: _PRAISE_WORDS.search(norm) is None,
    ),
]

# --- reward_for_kindness -----------------------------------------------------

# REWARD (the tangible rewards) lives in flag_rules, where threats use it to
# tell an offer from a threat; it is re-exported here for rules.py.

KINDNESS: Final = compile_pattern(
    r"\b(?:shar(?:e|ed|es|ing)|(?<!too )kind(?! of\b)|kindness|kindest|nice to|nicely|help(?:ed|ing|s)?\s+"
    r"(?!you\b)(?:me\s+)?\w+|helpful|take turns|taking turns|took turns|a turn|go first|"
    r"let (?:him|her|them|\w+) (?:have|go|play)|say sorry|apologi[sz]e|good friend|being nice|"
    r"be nice|friendly|gave \w+ a turn|caring|thoughtful|look after|looked after|include|"
    r"let\s+(?:\w+\s+){1,3}(?:have a (?:go|turn)|go first|play|join in|use|borrow)|"
    r"give \w+ a (?:go|turn)|good friend)\b"
)
# Rewards for work or effort are a different practice; they are not this flag.
NOT_KINDNESS: Final = compile_pattern(
    r"\b(?:reading|spelling|handwriting|phonics|maths|work|homework|project|sums)\b"
)

# --- sarcasm -----------------------------------------------------------------

_MOCK_PRAISE = r"(?:brilliant|great|well done|fantastic|lovely|perfect|charming|wonderful|marvellous|super|amazing|nice|good|excellent|wow)"

_MISHAP = compile_pattern(
    r"\b(?:broke|broken|break|forgot|forgotten|ruin\w*|lost|lose|spilt|spilled|spill|mess|dropped|"
    r"ghost\w*|ignor\w*|as usual|late|"
    # "You finally did the splits!" is praise; "finally decided to join us" is not.
    r"finally (?:decided|turned|showed|joined|bothered|graced|woke|arrived|made it|got round|here)|wrong|failed|attitude|in under|now we've|"
    r"managed to|new record|a record|decided to|knocked|knock\w* (?:\w+ )?over|tipped|flooded|"
    r"smashed|wrecked|snapped|ripped|torn|crashed|burnt|burned)\b"
)
# "Great, you found your lost glove" celebrates putting a mishap right.
_FOUND = compile_pattern(r"\b(?:found|remembered|fixed|sorted|tidied|mended|got it back)\b")
# "Well done for telling me you broke it" is sincere.
_HONEST = compile_pattern(r"\bfor (?:telling|owning up|being honest|saying|letting me know)\b")

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
        "sarcasm",
        # Not the Irish "sure, that's what we're here for".
        compile_pattern(
            r"\bsure,? that's (?:totally|definitely|exactly|really|so|likely|true)\b"
            r"|\bsure,? (?:the dog|it was)\b|\bof course it did\b"
        ),
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
    # Praise that opens a sentence next to a mishap: "Brilliant. Now we've
    # lost the glue sticks", "Amazing, Callum, you've managed to lose…".
    FlagPattern(
        "sarcasm",
        compile_pattern(
            rf"(?:^|[.!?]\s+)(?:(?:oh|ooh|ah|yeah|wow|well|oh well|oh wow|right|okay|ok)[,!.]?\s+)?"
            rf"(?:that's\s+|what\s+|absolutely\s+|just\s+|really\s+|how\s+)?(?:a\s+|an\s+)?"
            rf"{_MOCK_PRAISE}\b[^.!?]*(?:[.!?]+\s*[^.!?]*){{0,2}}"
        ),
        guard=lambda norm, m, s: (
            _MISHAP.search(m.group(0)) is not None
            and _HONEST.search(norm) is None
            and _FOUND.search(m.group(0)) is None
        ),
    ),
    FlagPattern(
        "sarcasm",
        compile_pattern(
            rf"\b(?:lovely|nice|good|kind|sweet|decent|big|thoughtful) of {YOU} to (?:join|turn up|show up|grace|"
            r"pop in|reply|come|bother|finally|make it|let us know|answer|wake up)\b"
            rf"|\bso now {YOU} (?:want|decide|decided|feel like|care)\b"
            r"|\bso glad you could (?:make it|join|fit|grace|be bothered)\b|\byour busy schedule\b|\bfit us in\b"
            r"|\blook who(?:'s| is| has)\s+(?:finally\s+)?(?:\w+\s+){0,2}?(?:up|here|awake|out of bed|back|"
            r"arrived|turned up|shown up|showed up|decided|joined|bothered)\b"
            r"|\b(?:yeah|oh),? i'm sure\b"
            r"|\bbecause\b[^.!?]{0,30}\b(?:worked|went|goes|works|turned out)\s+(?:so|really|so+)\s+well\b"
            rf"|\bso {YOU} (?:can|do|are|did)\b[^.!?]{{0,40}}\bwhen {YOU} want\b"
            r"|\bthanks for (?:finally )?(?:showing up|turning up|bothering)\b[^.!?]{0,20}(?:i guess|🙄|finally|eventually|at last)"
        ),
    ),
    FlagPattern(
        "sarcasm",
        compile_pattern(r"🙄|😒"),
        guard=lambda norm, m, s: (
            re.search(rf"\b(?:thanks|thank you|{_MOCK_PRAISE}|love that|sure|right)\b", norm)
            is not None
        ),
    ),
]
