"""Patterns for what the guidance warns against (seed 002, "Promoting resilience
in schools": Don't list; "Appendix 1: PACE model"; "What do you notice").

Each pattern describes the *linguistic move* (a justification demand, a
threatened loss, a label on the child) rather than sentences from the corpus,
so that it carries over to speech the corpus never saw. Guards handle the
hard negatives the labelling guide lists: academic why-questions, genuine
choices, co-regulation ("let's calm down together"), negated labels.
"""

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Final

from harbour.coach.text import DONT, IM, YOU, YOULL, YOURE, YOUVE

Guard = Callable[[str, re.Match[str], str | None], bool]


@dataclass(frozen=True, slots=True)
class FlagPattern:
    code: str
    pattern: re.Pattern[str]
    # Suppress the match when a negator precedes it in its clause.
    negatable: bool = False
    # Extra check: return False to drop the match (gets text, match, situation).
    guard: Guard | None = None


def compile_pattern(expression: str) -> re.Pattern[str]:
    return re.compile(expression, re.IGNORECASE)


# --- why_demand ---------------------------------------------------------------

_ACADEMIC = compile_pattern(
    r"\b(?:answer|method|working|sum|sums|equation|word|words|comma|full stop|sentence|"
    r"paragraph|number|numbers|calculation|graph|spelling|strategy|author|character|"
    r"story|poem|experiment|chapter|shape|colour for|picture|diagram|fraction|"
    r"hypothesis|title|book|ending|rhyme|choose|chose|picked|interested|curious|"
    r"talk me through|i'm just wondering)\b"
)
_BEHAVIOUR = compile_pattern(
    r"\b(?:hit|hitting|push|pushed|kick|kicked|bite|bit|throw|threw|thrown|spit|spat|"
    r"swear|swore|broke|break|broken|ripped|rip|took|take|stole|steal|grab|grabbed|"
    r"lie|lied|lying|ran|run|running|shout|shouting|scream|screaming|fight|fighting|"
    r"mess|paint all over|floor|wall|toilets?|out of (?:your )?seat|bunk|walk(?:ed)? out|"
    r"drawn|drew|scribbl\w*|graffiti|all over|ended up|climb\w*|post\w*|sent|send|bins?|hood|"
    r"hole|swor\w*|kick\w*|remote|garden|biscuits|room|midnight|late)\b"
)


def _not_academic(norm: str, match: re.Match[str], situation: str | None) -> bool:
    """A why-question about reasoning in school work is teaching, not a demand."""
    sentence_end = re.search(r"[.!?]", norm[match.end() :])
    stop = match.end() + sentence_end.end() if sentence_end else len(norm)
    # Look at this sentence and the next, where "I'm interested in your
    # method" usually follows.
    following = norm[match.start() : stop + 80]
    if _ACADEMIC.search(following) and not _BEHAVIOUR.search(norm[match.start() : stop]):
        return False
    return not (situation == "learning-task" and not _BEHAVIOUR.search(norm))


_WHY_AUX = (
    r"(?:did|do|would|were|are|have|has|had|didn't|haven't|aren't|weren't|wouldn't|"
    r"can't|couldn't|won't|'d|d|is it you|must)"
)

WHY_DEMAND: Final = [
    # "why did you push her", "why are you shouting", "why'd you do that";
    # not "why do you think the author…" nor "why don't we…".
    FlagPattern(
        "why_demand",
        compile_pattern(
            rf"\bwhy\s*{_WHY_AUX}\s+(?:not\s+)?{YOU}\b(?!\s+(?:think|reckon|suppose|guess)\b)"
            r"(?:\s+\w+){0,6}"
        ),
        guard=_not_academic,
    ),
    FlagPattern(
        "why_demand",
        compile_pattern(
            rf"\bwhy\s+(?:did|do)\s+{YOU}\s+think\s+(?:it\s+was|that\s+was|it's|you\s+could)"
            r"(?:\s+\w+){0,4}"
        ),
    ),
    # "why do you keep…", "why do you always…"; "why don't you ever listen".
    FlagPattern(
        "why_demand",
        compile_pattern(
            rf"\bwhy\s+(?:do|don't)\s+{YOU}\s+(?:keep|always|ever|never|insist|have to)\b"
        ),
    ),
    # "why is your work on the floor", "why is there paint on the wall".
    FlagPattern(
        "why_demand",
        compile_pattern(r"\bwhy\s+(?:is|are|was|were)\s+(?:your|there)\b(?:\s+\S+){0,7}"),
        guard=lambda norm, m, s: (
            _BEHAVIOUR.search(m.group(0)) is not None
            or m.group(0).startswith("why is your")
            or m.group(0).startswith("why are your")
        ),
    ),
    FlagPattern("why_demand", compile_pattern(r"\bwhy on earth\b")),
    # Speech often drops the auxiliary: "why you being so rude", "why u always…".
    FlagPattern(
        "why_demand",
        compile_pattern(
            rf"\bwhy\s+{YOU}\s+(?:being|always|still|keep|so|acting|doing|shouting|running)\b(?:\s+\w+){{0,4}}"
        ),
    ),
    FlagPattern(
        "why_demand",
        compile_pattern(
            rf"\bwhat\s+(?:on\s+earth\s+|the\s+hell\s+)?(?:were|was)\s+{YOU}\s+(?:thinking|playing at|doing)\b"
        ),
    ),
    FlagPattern("why_demand", compile_pattern(r"\bwhat (?:possessed|got into) you\b")),
    FlagPattern("why_demand", compile_pattern(r"\bwhat(?:ever)? made you think\b")),
    FlagPattern(
        "why_demand",
        compile_pattern(rf"\bwhat did {YOU} (?:think|expect) (?:was going to|would|will) happen\b"),
    ),
    FlagPattern("why_demand", compile_pattern(r"\bexplain yourself\b"), negatable=True),
    FlagPattern(
        "why_demand",
        compile_pattern(
            rf"\b(?:explain|tell)\s+(?:to\s+)?me\s+(?:exactly\s+)?why\s+{YOU}\b(?:\s+\w+){{0,6}}"
        ),
        guard=_not_academic,
    ),
    FlagPattern(
        "why_demand",
        compile_pattern(
            rf"\b(?:i\s+want|i\s+need|i'd\s+like|i\s+just\s+need|i\s+just\s+want)\s+to\s+know\s+"
            rf"why\s+{YOU}\b(?:\s+\w+){{0,6}}"
        ),
        guard=_not_academic,
    ),
    FlagPattern(
        "why_demand",
        compile_pattern(r"\b(?:you're|you are) going to tell me (?:exactly )?why\b"),
    ),
    FlagPattern("why_demand", compile_pattern(r"\bgive me (?:one )?(?:good )?reason why\b")),
    FlagPattern("why_demand", compile_pattern(rf"\bwhat did {YOU} do that for\b")),
    FlagPattern("why_demand", compile_pattern(rf"\bhow could {YOU}\b(?!\s+help)")),
    FlagPattern("why_demand", compile_pattern(r"\bwell\?\s*why\b")),
    # A justification demand however it is framed: "why do you think it's
    # funny to…", "why did you think skipping would help".
    FlagPattern(
        "why_demand",
        compile_pattern(
            rf"\bwhy\s+(?:(?:do|did|would)\s+)?{YOU}\s+(?:think|thought)\s+(?:(?:that\s+)?it(?:'s| is| was|'d be)|"
            r"that(?:'s| is| was))\s+(?:\w+\s+)?(?:funny|ok|okay|acceptable|alright|all right|clever|fine|"
            r"appropriate|cool|a good idea)\b"
            rf"|\bwhy\s+(?:did|would)\s+{YOU}\s+think\b[^.?!]{{0,50}}\b(?:would|was|were|is)\s+(?:\w+\s+)?"
            r"(?:help|ok|okay|alright|funny|clever|fine|acceptable|a good idea|appropriate)\b"
        ),
    ),
    FlagPattern(
        "why_demand",
        compile_pattern(rf"\bhow come\s+{YOU}\b(?:\s+\S+){{0,8}}"),
        guard=lambda norm, m, s: (
            _BEHAVIOUR.search(m.group(0)) is not None and _not_academic(norm, m, s)
        ),
    ),
    FlagPattern(
        "why_demand",
        compile_pattern(
            rf"\b(?:wtf|what the (?:hell|heck|fuck|f))\s+(?:were|was|are)\s+{YOU}\s+(?:thinking|playing at|doing)\b"
            rf"|\bwhat (?:do|did) {YOU} think {YOU}(?:'re| are| were)\s+(?:playing at|doing)\b"
        ),
    ),
    FlagPattern(
        "why_demand",
        compile_pattern(
            r"(?<!who can )(?<!anyone )(?<!someone )(?<!somebody )"
            r"\b(?:tell|explain to) me why\b(?!\s+(?:you|u)\s+(?:think|reckon|feel))"
            r"(?![^.!?]*\b(?:upset|sad|worried|scared|cross|angry|feel|feeling)\b)(?:\s+\S+){0,6}"
            r"|\bcare to explain\b"
        ),
        guard=_not_academic,
    ),
]

# --- eye_contact_demand -------------------------------------------------------

EYE_CONTACT_DEMAND: Final = [
    FlagPattern(
        "eye_contact_demand",
        compile_pattern(
            r"\blook(?:ing)?\s+(?:at\s+)?me\b(?!\s+(?:go\b|doing|being|i'm a|with my|in my))"
        ),
        negatable=True,
    ),
    FlagPattern(
        "eye_contact_demand",
        compile_pattern(r"\blook\s+(?:me\s+in\s+the\s+(?:eyes?|face)|at\s+my\s+(?:eyes|face))\b"),
    ),
    FlagPattern(
        "eye_contact_demand",
        compile_pattern(r"\beyes\s+(?:on\s+me|up\s+here|up|to\s+me)\b"),
        # A whole-class attention cue is not a demand on one child.
        guard=lambda norm, m, s: (
            re.search(r"\b(?:everyone|everybody|class|all of you|guys|year \d|table)\b", norm)
            is None
        ),
    ),
    FlagPattern(
        "eye_contact_demand",
        compile_pattern(
            rf"\b(?:stop|{DONT}(?:\s+you)?)\s+look(?:ing)?\s+(?:away|down|at\s+the\s+floor)\b"
        ),
    ),
    FlagPattern("eye_contact_demand", compile_pattern(r"\b(?:want|need) to see your eyes\b")),
    FlagPattern("eye_contact_demand", compile_pattern(r"\bface me\b")),
    # "Don't you dare look away from me" is the demand itself, so not negatable.
    FlagPattern(
        "eye_contact_demand",
        compile_pattern(r"(?<!can )(?<!to )(?<!free to )\blook(?:ing)? away from me\b"),
    ),
]

# --- shaming -----------------------------------------------------------------

_LABEL = (
    r"(?:naughty|bad|lazy|selfish|rude|spoilt|spoiled|stupid|thick|idiot|idiotic|"
    r"useless|hopeless|pathetic|disgrace|disgusting|horrible|nasty|greedy|liar|bully|"
    r"brat|baby|crybaby|cry baby|drama queen|pain|nightmare|impossible|ridiculous|annoying|"
    r"animal|animals|silly billy|babyish|sneaky|mean|vile|troublemaker|wimp|misery|madam|"
    r"ungrateful|immature|embarrassing|embarrassment|disgraceful|clown|wuss|loser|attention[- ]seeker|"
    r"attention[- ]seeking|menace|nuisance|slob|weirdo|freak|moody|sulky|whiny|spoilt brat)"
)
_INTENSIFIER = (
    r"(?:(?:so|such|a|an|really|very|just|the most|a right|a bit|being|little|total|complete|"
    r"proper|incredibly|extremely|unbelievably|literally|honestly|absolutely|utterly|right|"
    r"acting|behaving like|such an|ungrateful|spoilt|spoiled|nasty|horrible)\s+)*"
)


def _not_reported(norm: str, match: re.Match[str], situation: str | None) -> bool:
    """ "She said you were being silly" reports someone else's words."""
    before = norm[max(0, match.start() - 40) : match.start()]
    return (
        re.search(
            r"\b(?:said|says|say|told (?:me|us|them|her|him)|thinks?|reckons?|called you|calls you)"
            r"\s+(?:that\s+)?$",
            before,
        )
        is None
    )


SHAMING: Final = [
    FlagPattern(
        "shaming",
        compile_pattern(
            rf"\b(?:{YOURE}|you're being|{YOU} are being|you)\s+{_INTENSIFIER}(?:{_LABEL}|(?<=being )(?:so |really |very )?silly)\b"
        ),
        negatable=True,
        # "silly" alone is too mild to be a label; "you're a pain" is one.
        guard=lambda norm, m, s: (
            (not m.group(0).endswith(("bad", "mean")) or "you" in m.group(0))
            and _not_reported(norm, m, s)
        ),
    ),
    FlagPattern(
        "shaming",
        compile_pattern(
            rf"\b{_LABEL}\s+(?:boy|girl|child|kid|boys|girls|children|kids|thing to do|behaviour)\b"
        ),
        negatable=True,
        guard=lambda norm, m, s: not m.group(0).startswith(("pain", "impossible", "mean")),
    ),
    FlagPattern(
        "shaming",
        compile_pattern(rf"\bsuch\s+a\s+(?:\w+\s+)?{_LABEL}\b"),
        negatable=True,
    ),
    FlagPattern(
        "shaming",
        compile_pattern(
            rf"\b(?:stop|quit)\s+(?:being|acting|behaving)\s+(?:like\s+)?{_INTENSIFIER}"
            rf"(?:{_LABEL}|silly|immature)\b"
        ),
    ),
    FlagPattern(
        "shaming",
        compile_pattern(rf"\b{DONT}\s+be\s+(?:so\s+|such\s+)?(?:an?\s+)?{_LABEL}\b"),
    ),
    FlagPattern(
        "shaming", compile_pattern(r"\b(?:stop\s+)?(?:acting|behaving)\s+like\s+an?\s+\w+")
    ),
    FlagPattern(
        "shaming", compile_pattern(r"\b(?:should|ought to)\s+be\s+(?:ashamed|embarrassed)\b")
    ),
    FlagPattern("shaming", compile_pattern(r"\bshame on you\b")),
    FlagPattern(
        "shaming", compile_pattern(rf"\bwhat(?:'s| is)\s+wrong\s+with\s+{YOU}\b"), negatable=True
    ),
    FlagPattern(
        "shaming",
        compile_pattern(
            r"\bwhat (?:kind|sort) of (?:a\s+)?(?:person|child|boy|girl|kid|friend|brother|sister|son|daughter)\b"
            r"(?!\s+(?:do|would|are) you (?:want|hope|like))"
        ),
    ),
    FlagPattern(
        "shaming",
        compile_pattern(
            r"\bafter (?:everything|all) (?:we've|i've|we have|i have|we|i) (?:\w+ )?done for you\b"
        ),
    ),
    FlagPattern(
        "shaming",
        compile_pattern(
            rf"\b{YOUVE}\s+(?:\w+\s+)?(?:ruined|spoilt|spoiled|wrecked)\b[^.!?]{{0,40}}"
            r"\b(?:for everyone|for everybody|for all of us|everything|as usual|every time)\b"
        ),
    ),
    FlagPattern(
        "shaming",
        compile_pattern(
            rf"\btypical\s+(?:{YOU}|of you)\b|^typical\s+\w+[,!.]\s+(?:always|never|{YOU})\b"
            r"|\balways the (?:last|slowest|worst|one who|first to (?:cause|start|kick off))\b"
        ),
    ),
    FlagPattern(
        "shaming", compile_pattern(r"\beven\b[^.!?]{0,40}\bbetter than (?:this|that|you)\b")
    ),
    FlagPattern(
        "shaming",
        compile_pattern(
            rf"\bi expected (?:better|more) (?:from|of) you\b|\b{YOUVE} let (?:\w+\s+){{0,3}}down\b"
            r"|\bi'm (?:so |really |very )?disappointed in you\b"
        ),
    ),
    FlagPattern("shaming", compile_pattern(r"\bact your age\b")),
    FlagPattern("shaming", compile_pattern(r"\blook at the state of you\b")),
    FlagPattern(
        "shaming",
        compile_pattern(
            rf"\b{YOU}\s+(?:always|never)\s+(?:have to\s+)?(?:ruin|spoil|mess|do anything right|"
            r"listen|learn|think|get anything|bother)\w*"
        ),
    ),
    FlagPattern(
        "shaming",
        compile_pattern(
            r"\b(?:worst|naughtiest|laziest|rudest)\s+(?:behaved\s+)?(?:child|kid|boy|girl|pupil|student|class)\b"
        ),
    ),
    # Unfavourable comparison with siblings, classmates, younger children.
    FlagPattern(
        "shaming",
        compile_pattern(
            r"\b(?:more|be)\s+like\s+(?:your|his|her)\s+(?:brother|sister|cousin|friend)\b|"
            r"\bmore like\s+[a-z]+\b(?=[?!.]|\s*$)"
        ),
    ),
    FlagPattern(
        "shaming",
        compile_pattern(
            r"\b(?:your|his|her)\s+(?:brother|sister)\s+(?:never|was never|wasn't|didn't)\b"
            r"|\b(?:never|wasn't)\s+(?:gave|give|this much|so much)\s+(?:me\s+)?(?:this\s+much\s+)?(?:trouble|bother)\b"
        ),
    ),
    FlagPattern(
        "shaming",
        compile_pattern(
            r"\beven\s+(?:the|my|a|little|tiny|your|his|her)\s+(?:\S+\s+){0,4}?(?:can|could|manage|knows?)\b"
        ),
    ),
    FlagPattern(
        "shaming",
        compile_pattern(
            r"\b(?:the others|everyone else|everybody else|all the others)\s+"
            r"(?:managed|can|could|did|manages|is sitting|are sitting|is doing|just get)\b"
        ),
    ),
    FlagPattern("shaming", compile_pattern(r"\bexcept (?:for )?you\b")),
    FlagPattern(
        "shaming",
        compile_pattern(
            rf"\b(?:nobody|no one|no-one)(?:'s| is)?\s+(?:going to|gonna|will|wants? to)\s+(?:want to\s+)?"
            rf"(?:play|be friends|like|sit|hang out|talk|be around)\s+(?:with|next to|to)\s+{YOU}"
        ),
    ),
    FlagPattern(
        "shaming",
        compile_pattern(
            r"\b(?:big|grown-?up)\s+(?:boys|girls)\s+don't\b(?!\s+(?:always|have to|need to be))"
        ),
    ),
    FlagPattern(
        "shaming", compile_pattern(rf"\b(?:are\s+{YOU}|{YOURE})\s+(?:stupid|thick|deaf|daft)\b")
    ),
    FlagPattern("shaming", compile_pattern(r"^(?:rude|bad boy|bad girl|naughty|typical)[.!]")),
    FlagPattern("shaming", compile_pattern(r"\bwhat a (?:big|silly)\s+(?:boy|girl|billy)\b")),
    FlagPattern(
        "shaming",
        compile_pattern(r"\bthat's babyish\b|\bbabyish\b|\blike a (?:baby|toddler|two-year-old)\b"),
    ),
    FlagPattern(
        "shaming",
        compile_pattern(
            rf"\bhow (?:rude|lazy|selfish|naughty|silly|stupid|horrible|nasty|mean) {YOU} (?:are|were|can be)\b"
        ),
    ),
    FlagPattern(
        "shaming",
        compile_pattern(
            r"\bthat's (?:so |just |really )?(?:selfish|rude|naughty|lazy|pathetic|disgusting|spoilt)\b"
        ),
        negatable=True,
    ),
]

# --- threat ------------------------------------------------------------------

_LOSS = (
    r"(?:miss|missing|lose|losing|lost|no\s+(?:more\s+)?(?:telly|tv|ipad|tablet|phone|pudding|"
    r"trip|break|playtime|golden time|screen|xbox|football|party|sweets|wifi)|detention|"
    r"isolation|excluded|exclusion|sanction|consequences?|trouble|sorry|grounded|banned|"
    r"on red|red card|the head|the office|your room|home|out|staying (?:in|behind)|"
    r"stay (?:in|behind)|sent|chart|take (?:it|that|the \w+|your \w+) (?:away|off)|"
    r"taking (?:it|that|the \w+|your \w+)|not (?:going|coming)|won't be (?:going|coming)|"
    r"phone|ring|call|tell|chair|corner|step|time[- ]out|bench|wall|sit(?:ting)? out|"
    r"walk(?:ing)? home|thinking)"
)

_GOOD_NEWS_CALL = compile_pattern(
    r"\b(?:phone|ring|call|tell|text|email)\w*\s+(?:your\s+\w+|home)\s+"
    r"(?:later\s+)?(?:to\s+(?:tell|say|share)|about how|how)\b"
    r"|\bhow (?:well|brilliantly|brilliant|great|amazing|proud)\b"
)

# Tangible rewards: stickers, points, treats, screen time.
REWARD: Final = compile_pattern(
    r"\b(?:stickers?|sweets?|sweetie|treats?|house points?|dojo points?|class dojo|merits?|"
    r"prizes?|golden time|golden ticket|raffle ticket|lolly|lollies|biscuits?|chocolate|"
    r"comic|toy|extra (?:screen|ipad|tv|telly|play|computer|break|minutes|hour|\w+ minutes)\s*(?:time)?|"
    r"xbox|playstation|takeaway|in it for you|marble|choose the (?:\w+ )*game|"
    r"screen time|ipad time|stay up later|stars?|tokens?|points?|reward|certificate|"
    r"marbles? in the jar|pound|£\d+|haribo|meal deal|mcdonald's|mcdonalds|maccies|pizza|"
    r"ice cream|fiver|tenner|quid|stay up (?:late|later)|(?:choose|pick) the (?:film|movie|game|song|activity)|"
    r"first pick|(?:i'll|i will) (?:get|buy|give) (?:you|u))\b"
)
# An "if you…, I'll…" that promises something good is an offer, not a threat
# (it may still be a reward for kindness).
_GOOD_THING = compile_pattern(
    r"\b(?:stickers?|sweets?|treats?|prizes?|points?|golden time|haribo|chocolate|"
    r"mcdonald's|maccies|pizza|ice cream|fiver|tenner|money|quid|pound|stay up|"
    r"choose|pick|give (?:you|u) my|buy (?:you|u)|get (?:you|u) (?:a|an|some|that))\b"
)
_BAD_THING = compile_pattern(
    r"\b(?:lose|losing|miss|missing|no|detention|trouble|telling|tell|phone|ring|call|off|away|out|room)\b"
)


def _is_offer(consequence: str) -> bool:
    promised = re.split(r"\b(?:i'll|i will|you'll|you will|you can)\b", consequence)[-1]
    good = _GOOD_THING.search(promised) is not None or REWARD.search(promised) is not None
    return good and _BAD_THING.search(promised) is None


_PLAYFUL_COUNT = compile_pattern(r"\b(?:bet|see if you can|can you|race|how many|find)\b")

THREAT: Final = [
    # "if you don't sit down you'll miss break"; not "if you need a minute…".
    FlagPattern(
        "threat",
        compile_pattern(
            rf"\bif\s+{YOU}(?:\s+|(?='))(?:don't|do not|dont|can't|cannot|won't|aren't|are not|'re not|"
            r"carry on|keep|do that|do it|shout|say|touch|throw|hit|kick|swear|get up|"
            r"leave|walk|run|go|are|'re|see|hear)\b[^.!?]{0,80}?"
            rf"(?:{YOULL}|{YOU}\s+(?:won't|lose|miss|go|get no|can't)|there(?:'s| is|'ll be|\s+will\s+be)\s+(?:no|a|consequences)|"
            r"i'll|i will|i'm|we're not|we won't|we are not|no\s+\w+\s+(?:for you|tonight)|"
            r"it goes|it's mine|then|you're going (?:home|out)|you're out)\b"
        ),
        guard=lambda norm, m, s: (
            _GOOD_NEWS_CALL.search(m.group(0)) is None
            and not _is_offer(norm[m.start() : m.end() + 40])
        ),
    ),
    FlagPattern(
        "threat",
        compile_pattern(r"\bif\s+i\s+(?:see|hear|catch)\b[^.!?]{0,60}?(?:again|another)\b"),
    ),
    FlagPattern(
        "threat",
        compile_pattern(
            r"\bdo\s+(?:that|it)\s+(?:again|one more time)\b(?:\s+and\b[^.!?]{0,40})?"
            r"|\b(?:try|say|throw|touch)\s+(?:that|it)\s+(?:again|one more time)\s+and\b[^.!?]{0,40}"
        ),
        negatable=True,
    ),
    FlagPattern("threat", compile_pattern(r"\bone more (?:word|time|thing|peep|sound)(?: and)?\b")),
    FlagPattern("threat", compile_pattern(r"\b(?:last|final) (?:warning|chance)\b")),
    FlagPattern(
        "threat",
        compile_pattern(
            r"\b(?:keep|carry on)\b[^.!?]{0,30}?\band\s+(?:you'll|i'll|i will|you will|you're|there'll|"
            r"we'll|you'd|see|you won't|you can't|you lose|you miss|there's no|no \w+|"
            r"i'm (?:telling|going to|gonna|calling|phoning|ringing|taking)|"
            r"your \w+ (?:will|goes|is going))\b[^.!?]{0,50}"
        ),
    ),
    FlagPattern("threat", compile_pattern(rf"\b{DONT} make me\b")),
    FlagPattern("threat", compile_pattern(rf"\b{YOULL}\s+be\s+sorry\b|\bsee what happens\b")),
    FlagPattern(
        "threat",
        compile_pattern(
            r"\b(?:i\s+)?count(?:ing)? to (?:three|five|ten|\d+)\b[^.!?]*?(?:then|or|you're|you'll|no)\b"
        ),
    ),
    FlagPattern(
        "threat",
        compile_pattern(r"\b(?:by the time|before) i (?:count|get to)\b"),
        # "Bet you can't find five before I count to ten" is a game.
        guard=lambda norm, m, s: _PLAYFUL_COUNT.search(norm) is None,
    ),
    FlagPattern(
        "threat",
        compile_pattern(
            r"\b(?:will|'ll|is going to|are going to|gonna)\s+(?:hear|know|find out)\s+about\s+(?:this|it|that)\b"
        ),
        guard=lambda norm, m, s: _GOOD_NEWS_CALL.search(norm) is None,
    ),
    FlagPattern(
        "threat",
        compile_pattern(r"\bany more (?:of (?:this|that)|\w+)(?: \w+)?,? and\b[^.!?]{0,40}"),
    ),
    FlagPattern(
        "threat",
        compile_pattern(r"\b(?:got|have)\s+(?:until|till|'til)\b[^.!?]{0,40}(?:then|or)\b"),
    ),
    # A "choice" whose other option is a punishment.
    FlagPattern(
        "threat",
        compile_pattern(
            rf"\bor\s+(?:else|{YOULL}|you're|you are|i'll|i will|it goes|it's going|"
            r"(?:you\s+)?(?:go|spend)\s+(?:to|lunch|break|playtime|the rest)|"
            r"you can go|go and sit)\b"
        ),
        guard=lambda norm, m, s: (
            re.search(rf"\b{_LOSS}\b", norm[m.start() : m.end() + 60]) is not None
            or "else" in m.group(0)
        ),
    ),
    FlagPattern(
        "threat",
        compile_pattern(
            rf"\b{YOULL}\s+(?:be\s+)?(?:staying|stay|be in|in|on|moved|excluded|sent|lose|miss|"
            r"go(?:ing)? (?:to|home)|spend|end up|get a|have a detention|be out)\b[^.!?]{0,40}"
        ),
        guard=lambda norm, m, s: (
            re.search(
                r"(?:detention|trouble|isolation|behind|excluded|exclusion|sent|lose|miss|chart|"
                r"red|head|office|home|out|sanction|lunch with|lunchtime with)",
                m.group(0),
            )
            is not None
        ),
    ),
    FlagPattern(
        "threat",
        compile_pattern(
            r"\b(?:you're|you are)\s+(?:going to be|gonna be|gonna end up|going to end up|in)\s+(?:so much|big|serious)?\s*trouble\b"
        ),
    ),
    FlagPattern(
        "threat",
        compile_pattern(
            rf"\b(?:i'll|i will|i'm going to|i'm gonna|{IM})\s+(?:be\s+)?(?:phone|ring|call|tell|text|email|"
            r"phoning|ringing|calling|telling|texting|emailing|contacting)\s+(?:your|home|santa|mr|mrs|miss|the head|sir)"
        ),
        guard=lambda norm, m, s: _GOOD_NEWS_CALL.search(norm) is None,
    ),
    FlagPattern(
        "threat",
        compile_pattern(
            r"\b(?:i'll|i will|i'm going to|i'm gonna|i'm)\s+(?:take|taking|confiscate|confiscating)\b"
            r"[^.!?]{0,40}?(?:off|away|wifi|phone|ball|ipad)"
        ),
    ),
    FlagPattern(
        "threat",
        compile_pattern(
            rf"\b(?:that's it|right)[,.!]?\s+(?:no\s+\w+|{YOUVE}\s+lost|you're (?:missing|going|out))"
        ),
    ),
    FlagPattern(
        "threat",
        compile_pattern(
            r"\b(?:this|so) close to (?:a |an )?(?:detention|sanction|exclusion|red)\b"
        ),
    ),
    FlagPattern(
        "threat",
        compile_pattern(
            rf"\b{YOUVE}\s+(?:just\s+)?lost\s+(?:\w+\s+){{0,3}}(?:minutes?|break|playtime|golden)"
        ),
    ),
    FlagPattern("threat", compile_pattern(r"\b(?:it's|its) mine (?:till|until|'til)\b")),
    FlagPattern("threat", compile_pattern(rf"\b(?:{YOULL}|you will) be if\b")),
    FlagPattern("threat", compile_pattern(r"\b(?:that's|there goes) your (?:\w+ ){0,2}gone\b")),
    FlagPattern(
        "threat",
        compile_pattern(
            r"\bif (?:this|it|that) (?:carries on|continues|keeps happening|happens again)\b[^.!?]{0,40}"
            rf"(?:{YOULL}|you're|i'll|then|we're|there'll)"
        ),
    ),
    FlagPattern(
        "threat", compile_pattern(r"\b(?:it's|that's) (?:a )?(?:detention|isolation|a sanction)\b")
    ),
    FlagPattern("threat", compile_pattern(r"\bdo you want to (?:lose|miss|go to)\b")),
    FlagPattern("threat", compile_pattern(r"\bno \w+(?: \w+)? for you\b")),
    FlagPattern(
        "threat",
        compile_pattern(
            r"\b(?:two|2) choices\b[^.!?]{0,60}\b(?:isolation|detention|office|head|room|out)\b"
        ),
    ),
    FlagPattern(
        "threat",
        compile_pattern(
            r"\b(?:either|you can either)\b[^.!?]{0,60}\bor\b[^.!?]{0,60}"
            r"(?:office|head|detention|isolation|lunchtime with me|lunch with me|break with me|"
            r"collects?|your room|home|out)\b"
        ),
    ),
    FlagPattern(
        "threat",
        compile_pattern(
            r"\bthere will be (?:consequences|a sanction)\b|\bnext time there will be\b"
        ),
    ),
    FlagPattern(
        "threat", compile_pattern(r"\bi'll tell (?:santa|your (?:mum|dad|nan|gran|carer))\b")
    ),
]
