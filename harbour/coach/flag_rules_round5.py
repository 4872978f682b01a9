"""General forms for the flags, added in round 5 (README, "Round 5").

Round 4's blind holdout (``holdout4``, read once scoring was over) showed
which *ways of saying* each harm the rules still missed. As before, each
pattern is a structure with a guard, not a sentence:

* sarcasm: exaggerated mock praise ("call the newspapers", "steady on, don't
  wear yourself out", "you'll sprain something"), "Charming." as a verdict,
  "a real comedian, you are", "since you clearly know everything / if you're
  so clever…", "it's not like the rest of us have lives", "well, that's one
  way to…";
* shaming: a sibling or peer set above the child without a contrast word
  ("your sister was grade five at your age", "your brother's so much easier
  than you", "lads your age…, and you can't even…"), "could sulk for
  England", "like a normal person", "people like you", "a proper diva",
  one-word verdicts ("Lazy, that's what this is"), "after everything we've
  given you", "the baby group", a small child doing it better;
* threat: a loss for the whole group ("or nobody's going out"), a loss said
  as someone else's gain ("or someone else gets your part", "I'll find people
  who want to…"), "if you don't…, no <treat>", "do you want me to ring your
  dad? Because I will.", a sanction with no warning word ("…again means
  you're out"), "your teacher can deal with you", court and care;
* public correction: the group invited to "thank" one child for a loss, "this
  is what happens when…", "a perfect example of how not to", "let's all have
  a look at X's…", "so we can hear who's flat";
* why-demands: "why do you think you hit him?" (a justification demand dressed
  as curiosity about the child's own act; "why do you think your friend was
  upset?" is perspective-taking and is not flagged), "why is there gum stuck
  under…", "why would anyone do that?", "what's your excuse?";
* dismissing: "less of the tears"; eye contact: "eyes on mine"; lecturing:
  "let me tell you something about respect".

``veto`` removes a few older false flags: a kind condition with a treat read
as a threat, a delighted "do it again!", "see what happens when you rush" as
an explanation, "you mean it" read as "you're mean", "at your age" in a
sibling comparison read as a lecture, and "this is what happens when you mix
blue and yellow" read as a public correction.

Every pattern has hard negatives in ``tests/coach/test_round5.py``.
"""

import re
from typing import Final

from harbour.coach.flag_rules import FlagPattern, _not_academic, compile_pattern

_PRAISE: Final = re.compile(
    r"\b(?:lovely|beautiful|beautifully|brilliant|great|amazing|well done|super|fantastic|neat|neatly|"
    r"kind|kindly|helpful|proud|good job|excellent|clever|gorgeous|wonderful|best|favourite|loved|"
    r"enjoyed|ace|awesome|fab|fabulous|impressive|tidying|helping|sharing)\b"
)
_GROUP: Final = (
    r"(?:everyone|everybody|the whole (?:class|group|team|table|choir|school)|the class|the group|"
    r"the team|all of you|you all|you lot|table \w+|group \w+)"
)
_SIBLING: Final = (
    r"(?:sister|brother|sis|bro|cousin|twin|step-?sister|step-?brother|big sister|big brother|"
    r"little sister|little brother)"
)

# --- sarcasm -----------------------------------------------------------------

SARCASM_R5: Final = [
    FlagPattern(
        "sarcasm",
        compile_pattern(
            # "Shall we call the newspapers?", "alert the media"
            r"\b(?:shall|should) (?:we|i) (?:call|ring|phone|alert|tell|inform) the "
            r"(?:newspapers?|papers|press|media|news|bbc)\b"
            r"|\b(?:call|alert|ring|somebody call|someone call) the (?:newspapers?|papers|press|media)\b"
            # "Steady on, don't wear yourself out." / "careful, you'll sprain something"
            r"|\bdon't (?:wear|tire|strain|overdo|exert|burst|pull) (?:yourself|a muscle|something)"
            r"(?: out)?\b(?=[^.!?]{0,5}[.!?]|\s*$)"
            r"|\byou'll (?:sprain|strain|pull|burst) (?:something|a muscle|a blood vessel)\b"
            # "Yeah, you're a real comedian, you are."
            r"|\b(?:you're|you are|aren't you|ur) (?:a |such a )?(?:real|right|proper|regular|little) "
            r"(?:comedian|comic|joker|jester|barrel of laughs|laugh a minute|genius|einstein|"
            r"charmer|ray of sunshine)\b(?![^.!?]{0,30}\b(?:brilliant|hilarious|funny|love|loved))"
            # "since you clearly know everything, why don't you come up and teach"
            r"|\b(?:since|if|seeing as|as) (?:you|u)(?:'re| are)? (?:clearly |obviously |apparently )?"
            r"(?:know (?:everything|it all|best|better than me)|so (?:clever|smart|brilliant|wise)|"
            r"such an? (?:expert|genius|know-it-all))\b"
            # "it's not like the rest of us have lives"
            r"|\b(?:it's|its) not (?:like|as if) (?:the rest of us|we|i|any of us|everyone else|anyone else)"
            r"(?:'ve got|'ve| have got| have| has| had)? (?:lives|a life|anything|anywhere|better things|"
            r"homes|other)\b"
            # "Well, that's one way to make a pizza."
            r"|\b(?:well|oh|hmm)\W+(?:that's|that is|that was) (?:certainly |definitely )?one way (?:to|of)\b"
            # "Can the whole class thank Mason for the extra ten minutes?"
            rf"|\bcan (?:we all|you all|{_GROUP}) (?:say )?(?:a )?(?:big )?thank(?: you)? (?:to )?[a-z]+ for "
            r"(?:the extra|losing|missing|making us|keeping us)\b"
            # "Charming." as a verdict
            r"|(?:^|[.!?]\s+)(?:oh,?\s+)?charming[.!]"
        ),
        guard=lambda norm, m, s: (
            re.search(
                r"\b(?:another way|other ways|can anyone|let's (?:see|try|find)|is there)\b",
                norm[m.end() :],
            )
            is None
            or "one way" not in m.group()
        ),
    ),
]

# --- shaming -----------------------------------------------------------------

SHAMING_R5: Final = [
    FlagPattern(
        "shaming",
        compile_pattern(
            # "Your sister was grade five at your age."
            rf"\b(?:your|ur) (?:\w+ )?{_SIBLING}\b[^.!?]{{0,50}}\bat (?:your|ur) age\b"
            # "Your brother's so much easier than you."
            rf"|\b(?:your|ur) (?:\w+ )?{_SIBLING}(?:'s| is| was)\b[^.!?]{{0,30}}\b(?:easier|better|nicer|"
            r"quicker|faster|smarter|cleverer|tidier|neater|politer|kinder|calmer|more (?:helpful|"
            r"sensible|mature|grown-up|polite|organised)) (?:to \w+ )?(?:than|to deal with than) "
            r"(?:you|u)\b"
            # "Lads your age are out working, and you can't even get out of bed."
            r"|\b(?:kids|lads|girls|boys|children|people|teenagers|most \w+) (?:your|ur|of your) age\b"
            r"[^.!?]{0,60}\b(?:and|but|while|whereas) (?:you|u) (?:can't|cannot|won't|don't) even\b"
            # "you could sulk for England"
            r"|\b(?:you )?(?:could|can) (?:sulk|moan|whinge|whine|complain|argue|grumble|faff|dawdle|"
            r"procrastinate|fidget|sleep|skive|cry) for (?:england|britain|scotland|wales|ireland|"
            r"the country)\b"
            # "can't behave like a normal person", "people like you"
            r"|\b(?:behave|act|talk|speak|sit|eat|walk|dress|cope)\w* (?:\w+ )?(?:like|as) (?:a )?normal "
            r"(?:person|people|human|human being|child|kid|kids|teenager)\b"
            r"|\bfor (?:people|kids|children|lads|girls|the likes) (?:like|of) (?:you|u)\b"
            # "a proper diva", "such a prima donna"
            r"|\b(?:a|such a|proper|right|little|total|being a) (?:proper |right |little |total )?"
            r"(?:diva|prima donna|brat|madam|wet blanket|snowflake)\b"
            # "after everything we've given you"
            r"|\bafter (?:everything|all) (?:that )?(?:we|i|your (?:mum|dad|parents|carers?))"
            r"(?:'ve| have)? (?:given|done for|bought|sacrificed for|put up with from) (?:you|u)\b"
            # "you'll be back in the baby group"
            r"|\b(?:the|a) baby (?:group|class|pool|table|books?|section|level|lane)\b"
            # "My five-year-old niece colours in neater than that."
            r"|\b(?:(?:two|three|four|five|six|seven|\d)[- ]year[- ]olds?|toddlers?|babies|my little "
            r"(?:niece|nephew|sister|brother|cousin))\b[^.!?]{0,40}\b(?:better|neater|faster|tidier) "
            r"(?:than (?:that|you|this)|at this)\b"
            # "you're not exactly the brightest"
            r"|\bnot (?:because )?(?:you're |you are )?(?:exactly )?the (?:brightest|sharpest|cleverest|"
            r"smartest)\b"
        ),
    ),
    # One-word verdicts opening a sentence: "Lazy, that's what this is." "Pathetic."
    FlagPattern(
        "shaming",
        compile_pattern(
            r"(?:^|[.!?]\s+)(?:lazy|pathetic|disgraceful|shameful|useless|selfish|childish|"
            r"embarrassing|appalling|spoilt|ungrateful)(?:[.!]|,\s*(?:that's|that is|it's|this is|just|"
            r"absolutely|really|plain|pure))"
        ),
    ),
]

# --- threat ------------------------------------------------------------------

_TREAT: Final = (
    r"(?:park|telly|tv|tablet|ipad|phone|screens?|screen time|xbox|playstation|switch|pudding|"
    r"dessert|sweets|party|sleepover|trip|break|golden time|playtime|football|swimming|disco|"
    r"pocket money|computer|games?|youtube|cinema|treats?|story|bedtime story|friends round|"
    r"going out|play ?date|wifi|internet|laptop|minecraft|fortnite|pocket-money|trampoline)"
)

THREAT_R5: Final = [
    FlagPattern(
        "threat",
        compile_pattern(
            # "Own up, or nobody's going out to play."
            r"\bor (?:else )?(?:nobody|no one|no-one|none of you)(?:'s| is| are| will|'ll| gets?)\b"
            r"|\bor (?:else )?(?:the whole (?:class|group|team|table|room)|everyone|all of you|you all)"
            r"(?:'s| is| are| will|'ll)? (?:miss|lose|stay|staying|missing|losing|loses|misses|stays)\b"
            # "or someone else gets your part", "I'll find people who want to be in it"
            r"|\bor (?:someone|somebody|another \w+) (?:else )?(?:gets|will get|is getting|'ll get|can have|"
            r"takes?|will take|'s getting) (?:your|ur)\b"
            r"|\bi'll (?:find|get|pick) (?:someone|somebody|people|other \w+)(?: else)? who "
            r"(?:wants?|can be bothered|actually|will bother)\b"
            # "Do you want me to ring your dad? Because I will."
            r"|\bdo (?:you|u) want me to \w+[^.!?]{0,40}\?\s*(?:because |cos |cause )?i will\b"
            # "…again means you're out of the workshop"
            r"|\bagain (?:means|and that means) (?:you(?:'re| are|'ll| will| get| lose| miss)|no |your)\b"
            # "your teacher can deal with you tomorrow"
            r"|\b(?:your|the|mr|mrs|miss|ms) \w+ (?:can|will|'ll|is going to) deal with (?:you|u)\b"
            # "names on the board for anyone talking"
            r"|\bnames? (?:on|up on|going on|goes on) the board for (?:anyone|anybody|whoever|everyone)\b"
            # "your mum's going to end up in court"
            r"|\b(?:end|ending) up (?:in|going to) (?:court|prison|jail|care|a unit)\b"
            # "Keep slamming doors and that door's coming off its hinges."
            r"|\b(?:keep|carry on)\b[^.!?]{2,40}\band (?:that|the|your) \w+(?:'s| is) (?:coming|going) "
            r"(?:off|in the bin|out|away)\b"
        ),
        # "or nobody's gonna wanna sit with you" predicts, it does not impose.
        guard=lambda norm, m, s: (
            re.match(
                r"[^.!?]{0,25}\b(?:wanna|want|like|friends?|trust|believe|listen)\b",
                norm[m.end() :],
            )
            is None
        ),
    ),
    # "If you don't come here right now, no park this afternoon."
    FlagPattern(
        "threat",
        compile_pattern(
            r"\bif (?:you|u) (?:don't|do not|won't|can't|aren't|keep|carry on|refuse)\b[^.!?]{2,60}?,\s*"
            rf"(?:then\s+)?(?:there's |there is |it's )?no {_TREAT}\b"
        ),
    ),
    # A group loss after a condition about the group: "if this table can't work
    # quietly, nobody's having the iPads".
    FlagPattern(
        "threat",
        compile_pattern(
            r"\bif (?:you|u|you lot|this \w+|anyone|anybody|someone|somebody|we|i (?:find|see|hear))\b"
            r"[^.!?]{2,60}?,?\s+(?:then\s+)?(?:nobody|no one|no-one|none of you)(?:'s| is| are| will|'ll) "
            r"(?:going|getting|having|playing|watching|doing|allowed|get|have|go)\b"
        ),
        guard=lambda norm, m, s: (
            re.search(
                r"\b(?:make you|force you|mind|judge|laugh|cross|angry|know|notice|blame|upset|tell|want)\b",
                norm[m.start() : m.end() + 25],
            )
            is None
        ),
    ),
]

# --- public_correction --------------------------------------------------------

_LOSS: Final = (
    r"\b(?:los(?:e|ing|t)|miss(?:ing|ed)?|extra (?:\w+ )?(?:minutes?|time)|staying (?:behind|in)|"
    r"stay behind|golden time|break|playtime|detention|being late|the wait|waiting|no \w+)\b"
)

PUBLIC_CORRECTION_R5: Final = [
    # "Can the whole class thank Mason for…", "table three, you can all thank Leon for losing…"
    FlagPattern(
        "public_correction",
        compile_pattern(
            rf"\b(?:can (?:we|you) all|you can all|we can all|can {_GROUP}|let's all|{_GROUP},? "
            r"(?:you can )?(?:say|give))\s+(?:say\s+)?(?:a\s+)?(?:big\s+|massive\s+|huge\s+)?thank(?:s|\s+you)?"
            r"\s+(?:to\s+)?[a-z]+ for\b[^.!?]{0,50}"
            r"|\b(?:you've|you have|we've|we have|you lot have) (?:all )?got [a-z]+ to thank for\b[^.!?]{0,50}"
        ),
        guard=lambda norm, m, s: re.search(_LOSS, m.group()) is not None,
    ),
    FlagPattern(
        "public_correction",
        compile_pattern(
            # "Everyone gather round. This is what happens when someone doesn't measure."
            r"\b(?:this|that|here)(?:,\s*here,)? is (?:exactly )?what happens when (?:someone|somebody|"
            r"you|people|we don't)\b"
            r"|\bso (?:the (?:class|group|others)|everyone|everybody|we all|you all) can see what happens "
            r"when\b"
            # "a perfect example of how not to write a conclusion"
            r"|\b(?:perfect|good|great|classic|prime|brilliant) example of (?:how not to|what not to|"
            r"what happens when)\b"
            # "Let's all have a look at Kyra's tray"
            r"|\blet's all (?:have a )?(?:look|see) at (?!the\b|this\b|our\b|my\b|your\b)[a-z]+'s\b"
            # "so we can hear who's flat"
            r"|\bso (?:we|everyone|the (?:class|choir|group)) can (?:all )?(?:hear|see) (?:who|which one)"
            r"(?:'s| is) (?:flat|wrong|off|out|not|messing|talking)\b"
        ),
        guard=lambda norm, m, s: (
            (_PRAISE.search(norm) is None or "not to" in m.group())
            and (
                not m.group().startswith(("this", "that", "here"))
                or (
                    re.search(
                        r"\b(?:everyone|everybody|class|gather round|look|all of you|you lot)\b",
                        norm,
                    )
                    is not None
                    and re.search(
                        r"\b(?:don't|doesn't|didn't|can't|won't|not|forget|forgets|rush|rushes|mess|ignore)",
                        norm[m.end() : m.end() + 40],
                    )
                    is not None
                )
            )
        ),
    ),
]

# --- why_demand ---------------------------------------------------------------

_CONDUCT_VERB: Final = (
    r"(?:hit|kicked|pushed|shoved|threw|broke|smashed|said|did|took|ran|bit|punched|shouted|swore|"
    r"ripped|tore|stole|lied|called|spat|scratched|slammed|hurt|snatched|grabbed|walked out|left|"
    r"refused|ignored|wrecked|trashed|lashed out|went for|attacked|sent|posted|drew|wrote|hid|"
    r"pinched|tripped|bullied|laughed at|told|threatened|damaged|ruined|keep \w+ing)"
)

WHY_DEMAND_R5: Final = [
    # "Why do you think you hit him?" (not "why do you think you felt so cross?",
    # nor "why do you think your friend was upset?")
    FlagPattern(
        "why_demand",
        compile_pattern(
            rf"\bwhy (?:do|did) (?:you|u) (?:think|reckon) (?:you|u) (?:might have |may have |)"
            rf"{_CONDUCT_VERB}\b[^.!?]{{0,30}}"
        ),
    ),
    FlagPattern(
        "why_demand",
        compile_pattern(
            # "Why is there chewing gum stuck under this table?"
            r"\bwhy (?:is|are) there \w+(?: \w+)? (?:stuck|all over|written|drawn|scribbled|thrown|"
            r"smeared|spilt|spilled|left)\b[^.!?]{0,30}"
            # "Why would anyone do that?"
            r"|\bwhy would (?:anyone|anybody|someone|somebody) (?:do|say|think) (?:that|this|such)\b"
            # "What's your excuse?"
            r"|\bwhat(?:'s| is| was) (?:your|ur) excuse\b(?: this time)?"
        ),
        guard=_not_academic,
    ),
]

# --- dismissing, eye contact, lecturing ----------------------------------------

OTHER_R5: Final = [
    FlagPattern(
        "dismissing",
        compile_pattern(
            r"\b(?:less of the|enough of the|none of the) (?:tears|crying|waterworks|drama|sulking|moaning|"
            r"whinging|whingeing|fuss|fussing|sniffling)\b"
        ),
    ),
    FlagPattern(
        "eye_contact_demand",
        compile_pattern(
            r"\beyes on mine\b|\bhead up,? (?:and )?(?:look at me|eyes (?:on|to) (?:me|mine))\b"
        ),
    ),
    FlagPattern(
        "lecturing",
        compile_pattern(
            r"\blet me tell you (?:something|a thing or two|this|one thing) about\b"
            r"|\blet me tell you something,? (?:young|my) (?:man|lady|girl|lad)\b"
        ),
    ),
]

ALL_ROUND5: Final = [
    *SARCASM_R5,
    *SHAMING_R5,
    *THREAT_R5,
    *PUBLIC_CORRECTION_R5,
    *WHY_DEMAND_R5,
    *OTHER_R5,
]

# --- vetoes of older false flags -------------------------------------------------

_KIND_CONDITION: Final = re.compile(
    r"^if (?:you|u)(?:'re| are) (?:\w+ )?(?:nice|kind|good|helpful|lovely|gentle|polite|friendly|"
    r"sensible|patient)\b"
)
_DELIGHT: Final = re.compile(
    r"\b(?:goosebumps|love|loved|brilliant|amazing|wow|ha|haha|hilarious|funny|fab|ace|awesome|"
    r"fantastic|gorgeous|beautiful|wonderful|lovely|that's it|well done|yes|great|oh my word|oh my goodness)\b"
)
_SIBLING_AT: Final = re.compile(
    rf"\b(?:your|ur) (?:\w+ )?{_SIBLING}\b[^.!?]{{0,50}}\bat (?:your|ur) age\b"
)
_CONSEQUENCE: Final = re.compile(r"\b(?:i'll|i will|you'll|you will|or|and you|then)\b")


def veto(code: str, matched: str, norm: str, end: int) -> bool:
    """True when an older pattern's match is a known false flag (see module doc)."""
    if code == "threat":
        if _KIND_CONDITION.search(matched):
            return True
        if matched in ("do it again", "do that again") and _DELIGHT.search(norm):
            return _CONSEQUENCE.search(norm[end:]) is None
        if matched == "see what happens" and norm[end:].startswith(" when"):
            return True
    if (
        code == "public_correction"
        and re.match(r"(?:class,? )?(?:this|that) is (?:exactly )?what happens when", matched)
        and re.search(
            r"\b(?:don't|doesn't|didn't|can't|won't|not|forget|rush|mess|ignore|muck)",
            norm[end - 10 : end + 40],
        )
        is None
    ):
        return True
    if code == "lecturing" and matched == "at your age" and _SIBLING_AT.search(norm):
        return True
    return code == "shaming" and re.fullmatch(r"(?:you|u) mean", matched) is not None
