"""General forms for the flags, added in round 3 (README, "Round 3").

The round-2 holdout showed the rules knew the *frames* of each harm ("you're
X", "if you…, you'll…", "oh brilliant" + a mishap) but not the other ways
people say the same thing. Each pattern here is one such general way, built
from a small lexicon and a structure, not from any sentence:

* shaming: comparisons (with family, other children, animals, toddlers),
  collective insults ("you lot are…"), disgust and shame said outright,
  fixed insulting idioms, "kids like you", character generalisations
  ("you've always been the difficult one"), expectations of the worst;
* threat: a lexicon of school and home sanctions, said as what *will*
  happen ("you'll be eating in the office", "you can forget about the
  trip", "you're grounded") or tied to a condition or warning;
* dismissing: minimising idioms ("shake it off", "worse things happen at
  sea", "suck it up", "she'll be right");
* sarcasm: ironic idioms ("pigs might fly", "as if"), mock titles and mock
  politeness ("would His Majesty…", "am I boring you?", "don't strain
  yourself"), mock praise next to a mishap;
* why_demand: contractions ("why've you…", "why's there…"), third-person
  objects ("why is Ollie's bag in the bin?"), "what made you" + conduct;
* lecturing, public correction and rewards: stock moral sayings, blame on
  one child in front of the group, tangible rewards for kindness framed as
  "earns you" or "a point for helping".

Every pattern has hard negatives in ``tests/coach/test_round3.py``.
"""

import re
from typing import Final

from harbour.coach.flag_rules import FlagPattern, compile_pattern
from harbour.coach.text import YOU

# --- shaming -------------------------------------------------------------------

_KIN = (
    r"(?:brother|sister|cousin|dad|father|mum|mam|mom|mother|da|ma|nan|gran|uncle|auntie|"
    r"aunt|family|parents|twin)"
)
# Animals and the like that people compare a child's conduct to.
_BEAST = (
    r"(?:pig|pigs|animal|animals|wild animal|savage|savages|hyenas?|pack of \w+|herd of \w+|"
    r"bull in a china shop|elephant|cavemen|caveman|neanderthals?|heathens?|feral \w+|"
    r"baby|babies|toddler|toddlers|two-year-old|three-year-old|four-year-old|five-year-old|"
    r"nursery kids?|infants?)"
)
# Nouns and adjectives that label a child's character.
_INSULT = (
    r"(?:lazy|selfish|rude|spoilt|spoiled|stupid|thick|idiot|useless|hopeless|pathetic|"
    r"disgrace|disgusting|horrible|nasty|greedy|liar|bully|brat|baby|crybaby|nightmare|"
    r"menace|nuisance|embarrassment|disappointment|joke|waste of space|waste of time|"
    r"eejit|eejits|sook|scunner|numpty|muppet|plonker|wally|dope|dimwit|halfwit|moron|"
    r"clown|loser|slob|animal|animals|savage|savages|troublemaker|trouble|problem|"
    r"difficult one|bad one|naughty one|ungrateful|useless lump|lump|layabout|cheat|thief|"
    r"sly|sneaky|vile|immature|attention[- ]seeker|drama queen|princess)"
)
_ABILITY_SUBJECT = (
    r"(?:a monkey|a chimp|a toddler|a baby|a five-year-old|a four-year-old|my (?:nan|gran|granny|"
    r"grandma|dog|cat|little sister|little brother|two-year-old)|the (?:reception|nursery|infant)\s*"
    r"(?:kids|children|class)?|the year (?:\d|one|two|three)s?)"
)

_QUESTION_OPENING = re.compile(
    r"(?:^|[.!?]\s+)(?:so,?\s+)?(?:what|how|when|is it|does it|do you|i wonder|i'm wondering)\b[^.!?]*$"
)


def _curious_question(norm: str, start: int) -> bool:
    """ "What's it like when your brother gets to go home and you don't?"
    wonders about a comparison; it does not make one."""
    return _QUESTION_OPENING.search(norm[:start]) is not None


# "You're just like your mum, so good at drawing" is praise.
_PRAISE_AFTER = re.compile(
    r"[^.!?]{0,40}\b(?:good|brilliant|kind|lovely|clever|talented|funny|beautiful|great|amazing|strong|"
    r"brave|smart|gorgeous|fast|tall|musical|creative|caring|thoughtful)\b"
)
_CONTRAST_TAIL = re.compile(
    r"\b(?:can't|cannot|couldn't|won't|didn't|haven't|don't|still|even|only|barely|never|hardly|"
    r"(?:you're|you are) (?:in|still in) year)\b"
)

SHAMING_GENERAL: Final = [
    # "You're as bad as your father", "you're as lazy as your brother".
    FlagPattern(
        "shaming",
        compile_pattern(
            r"\b(?:you're|you are|you|ye)\s+(?:just\s+|every bit\s+)?as\s+(?:bad|lazy|useless|rude|"
            r"selfish|stupid|thick|naughty|daft|hopeless|sneaky|mouthy|difficult|much trouble)\s+as\s+"
            r"(?:your|his|her|the rest|them)\b"
            r"|\bas much use as a\b"
        ),
    ),
    # "You're just like your dad", "turning into your mother", "no better than the rest of them".
    FlagPattern(
        "shaming",
        compile_pattern(
            rf"\b(?:you're|you are)\s+(?:just|exactly|no different)\s+(?:like|from)\s+(?:your|that)\s+{_KIN}\b"
            rf"|\b(?:turning|turned|growing up)\s+into\s+(?:your|that)\s+(?:\w+\s+)?{_KIN}\b"
            rf"|\bend up (?:just )?like (?:your|that)\s+(?:\w+\s+)?{_KIN}\b"
            r"|\b(?:you're|you are)\s+(?:no|not any)\s+better\s+than\b"
            r"|\b(?:you're|you are|you lot are|you two are)\s+(?:even\s+)?worse\s+than\b"
        ),
        guard=lambda norm, m, s: _PRAISE_AFTER.match(norm, m.end()) is None,
    ),
    # Sibling or peer achievement set against the child: "your sister managed
    # it in Year 3, and you're in Year 5", "your cousin's at university and you…".
    FlagPattern(
        "shaming",
        compile_pattern(
            rf"\b(?:your|his|her)\s+(?:little\s+|big\s+|older\s+|younger\s+|baby\s+)?"
            rf"(?:{_KIN}|friends?|classmates?|mates?)(?:'s|\s+(?:is|was|managed|did|could|can|got|gets))\b"
            rf"[^.!?]{{0,60}}\b(?:and|but|yet|while)\s+(?:you|you're|you've|you can't|you still)\b"
        ),
        guard=lambda norm, m, s: (
            re.search(
                r"\b(?:too|as well|also|same|with you|for you|help you|love you|miss you)\b",
                m.group(0),
            )
            is None
            and not _curious_question(norm, m.start())
            and _CONTRAST_TAIL.search(norm, m.end() - 12, m.end() + 40) is not None
        ),
    ),
    # Ability set against a toddler, a monkey or a grandparent.
    FlagPattern(
        "shaming",
        compile_pattern(
            rf"\b(?:even\s+)?{_ABILITY_SUBJECT}\s+(?:could|can|would|runs?|reads?|writes?|does|"
            r"did|throws?|catches?|kicks?|manages?)\b[^.!?]{0,40}\b(?:better|faster|quicker|neater|"
            r"harder|than (?:that|this|you)|do (?:that|this|it)|in (?:their|her|his) sleep)\b"
        ),
        # "The Year 2s could do this with help, and so can you" encourages.
        guard=lambda norm, m, s: (
            re.search(r"\b(?:so can you|and you can|you can too|with (?:a bit of )?help)\b", norm)
            is None
        ),
    ),
    # Conduct compared to animals or toddlers: "eating like a pig", "you're
    # like a wild animal", "behaving like animals, the lot of you".
    FlagPattern(
        "shaming",
        compile_pattern(
            rf"\b(?:eat\w*|behav\w*|act\w*|carry\w* on|runn?\w*|going on|squeal\w*|snort\w*|"
            rf"shovel\w*|chew\w*|you're|you are|you lot are|you were|sulk\w*|snivell\w*|whin\w*|"
            rf"cry\w*|screech\w*|scream\w*)\s+(?:\w+\s+){{0,3}}?like\s+(?:a\s+|an\s+|a\s+bunch\s+of\s+|"
            rf"a\s+load\s+of\s+|some\s+)?(?:(?:little|wild|big|spoilt|spoiled)\s+)?{_BEAST}\b"
        ),
        negatable=True,
        # "Eat like a dinosaur, ROAR!" is play, and a baby the adult is
        # describing fondly is not a label; both say who is being compared.
        guard=lambda norm, m, s: (
            re.search(rf"\b(?:you|your|{YOU}|lot|kids|children)\b", norm) is not None
            and re.search(r"\b(?:pretend|let's|shall we|game)\b", norm) is None
        ),
    ),
    FlagPattern(
        "shaming",
        compile_pattern(
            rf"^\s*(?:honestly,?\s+|look at (?:you|yourselves),?\s+)?like\s+(?:a|an)\s+{_BEAST}\b"
            r"|\blike a bull in a china shop\b|\bbrain like a sieve\b|\bhead like a sieve\b"
            r"|\bthick as (?:two short planks|mince|a brick|pigshit)\b|\bmemory like a goldfish\b"
            r"|\bwaste of (?:space|oxygen|skin)\b"
            rf"|\b(?:you're|you are)\s+(?:a\s+)?(?:total\s+|complete\s+|absolute\s+|such\s+a\s+)?waste of (?:my\s+)?time\b"
        ),
    ),
    # Collective insults: "you lot are an embarrassment", "the lot of you".
    FlagPattern(
        "shaming",
        compile_pattern(
            r"\b(?:you lot|you two|you guys|you boys|you girls|the lot of you|all of you|this class|"
            r"this group|you kids)(?:\s+are|'re|\s+were)\s+(?:\w+\s+){0,2}?"
            rf"(?:an?\s+)?(?:(?:absolute|total|complete|utter|right|proper|bunch of|pack of|load of)\s+)*{_INSULT}\b"
            rf"|\b(?:behaving|acting|carrying on)\s+like\s+{_BEAST},?\s+the lot of you\b"
            rf"|\b{_BEAST},?\s+the (?:lot|pair|both) of you\b"
        ),
        negatable=True,
    ),
    # The adult's disgust or shame said outright; "I'm not ashamed of you" is negated.
    FlagPattern(
        "shaming",
        compile_pattern(
            r"\byou (?:disgust|sicken|embarrass|shame|repulse) me\b|\byou make me (?:sick|ashamed|cringe)\b"
            r"|\b(?:i'm|i am|i was|we're|we are)\s+(?:so\s+|really\s+|absolutely\s+)?(?:ashamed|embarrassed|mortified)\s+"
            r"(?:of you|to be seen with you|to (?:call|have) you|to be your|that you're|by you)\b"
            r"|\bwhat an? (?:embarrassment|disappointment|disgrace|let-?down)\b"
        ),
        negatable=True,
    ),
    # Insulting labels said after "you (big|wee|little)" or as a verdict:
    # "ya big eejit", "spoilt brat, that's what you are", "you're a total disappointment".
    FlagPattern(
        "shaming",
        compile_pattern(
            rf"\b(?:you|ya|ye|yer)\s+(?:big|wee|little|great|stupid|daft|silly|lazy|dozy|soft|"
            rf"spoilt|spoiled|ungrateful|cheeky little)\s+{_INSULT}\b"
            rf"|\b{_INSULT}\b[^.!?]{{0,15}},?\s+that's (?:what|all) (?:you are|you'll ever be)\b"
            rf"|\b(?:you're|you are|you've been|you have been|you were)\s+(?:always\s+|just\s+|only\s+|"
            rf"nothing but\s+)?(?:an?\s+|the\s+)?(?:(?:total|complete|absolute|utter|real|right|big|"
            rf"proper|such a|bloody)\s+)*(?:disappointment|embarrassment|disgrace|joke|let-?down|"
            rf"waste of space|difficult one|problem child|bad apple|black sheep|eejit|sook|scunner|"
            rf"numpty|muppet|plonker|wally|moron|liability)\b"
            r"|\b(?:your|this)\s+(?:work|writing|effort|attitude|behaviour|homework)(?:'s| is| was)\s+"
            r"(?:an?\s+)?(?:absolute\s+|total\s+|complete\s+)?(?:joke|disgrace|embarrassment|shambles|pathetic)\b"
        ),
        negatable=True,
    ),
    FlagPattern(
        "shaming",
        compile_pattern(
            r"\bwhat an?\s+(?:\w+\s+)?(?:spoilt|spoiled|rude|selfish|lazy|naughty|ungrateful|horrible|nasty|greedy|"
            r"sneaky|mean|nasty)\s+(?:little\s+|wee\s+|young\s+)?(?:boy|girl|child|kid|madam|man|lot|bunch)\b"
            r"|\bwhy can't you\b[^.!?]{0,30}\blike (?:everyone|everybody|the others|the rest|all the others)\b"
        ),
    ),
    # "Kids like you always end up in trouble", "people like you never learn".
    FlagPattern(
        "shaming",
        compile_pattern(
            r"\b(?:kids|children|boys|girls|lads|people|young people|pupils|families)\s+like\s+(?:you|yours)\b"
            r"(?=[^.!?]{0,40}\b(?:always|never|end up|are (?:all )?the same|don't|can't|get nowhere|"
            r"ruin|cause|trouble|prison|jail|nothing|stop|sulk\w*|kick off|lie)\b)"
        ),
    ),
    # Sweeping character generalisations: "you've always been the difficult
    # one", "every time you open your mouth it's a lie", "you'll never amount to anything".
    FlagPattern(
        "shaming",
        compile_pattern(
            r"\bevery (?:single )?time you open your mouth\b"
            r"|\b(?:you'll|you will|you're going to|you're gonna|ye'll)\s+never\s+(?:amount to|get anywhere|"
            r"be anything|be any good|make anything|make it|get a job|achieve|have any friends)\b"
            r"|\byou(?:'ve| have)? (?:always|never) been\s+(?:the\s+|a\s+|so\s+)?(?:difficult|trouble|"
            r"problem|naughty|lazy|selfish|awkward|hard work|bad|rude|a liar|a pain)\b"
            r"|\b(?:you're|you are) the reason (?:this|the|our|my|we|everyone|everybody|nobody|i'm|i am|"
            r"i can't|everything)\b[^.!?]{0,40}\b(?:falling apart|can't|ruined|stressed|miserable|"
            r"late|in trouble|fall out|argue|fighting|unhappy|sick|grey|mess)\b"
            r"|\byou always have to (?:spoil|ruin|wreck|make)\b"
        ),
    ),
    # Low expectations and rhetorical digs about upbringing.
    FlagPattern(
        "shaming",
        compile_pattern(
            r"\b(?:i |we )?expected (?:nothing (?:less|else|more)|no (?:less|better|more))\b"
            r"|\bwhat (?:else )?did i (?:expect|think)\b[^.!?]{0,20}\bfrom you\b"
            r"|\b(?:didn't|did) (?:your|anyone|nobody|no-one|no one)\s+(?:\w+\s+)?(?:ever\s+)?"
            r"teach you (?:any\s+)?manners\b|\bwere you (?:raised|brought up|dragged up) (?:in a barn|by wolves)\b"
            r"|\bwhat (?:kind|sort) of (?:an?\s+)?(?:example|role model|big brother|big sister) (?:are|is|were) you\b"
            r"|\bi(?:'ve| have) never (?:met|seen|taught|known) (?:a|such a|an?other)\s+(?:\w+\s+)?"
            r"(?:child|kid|boy|girl|class|group|pupil|teenager)\s+(?:so|as|more)\s+(?:\w+\s+)?(?:selfish|rude|lazy|"
            r"ungrateful|spoilt|spoiled|naughty|difficult|horrible|nasty|mean|annoying|disrespectful|stubborn|"
            r"immature|greedy|sneaky|useless|hopeless|badly behaved)\b"
            r"|\b(?:worst|naughtiest|laziest|rudest|most (?:selfish|ungrateful|annoying|spoilt|useless|"
            r"disrespectful|immature))\s+(?:\w+\s+)?(?:group|class|lot|bunch|set|piece of work|year group|"
            r"team|kids|children)\b(?=[^.!?]{0,30}\b(?:ever|i've|i have|in my)\b)"
            r"|\b(?:do|did) you want (?:everyone|everybody|people|them|the others) to think (?:you're|you are)\b"
        ),
    ),
    FlagPattern(
        "shaming",
        # Immaturity framed as a label: "grow up, you're fourteen, not four",
        # "stop acting like a five-year-old".
        compile_pattern(
            r"\bgrow up\b[,.!]?\s+(?=(?:you're|you are)\s+\w+,?\s+not\b)"
            r"|\b(?:you're|you are)\s+\w+(?:teen|ty)?,?\s+not\s+(?:one|two|three|four|five|six|a baby|a toddler)\b"
            r"|\b(?:acting|behaving)\s+like\s+a\s+(?:\w+-year-old|little kid|child|kid)\b"
        ),
        negatable=True,
    ),
]

# --- threat --------------------------------------------------------------------

# Sanctions at school and at home, as people actually name them.
_SANCTION = (
    r"(?:detentions?|isolation|the unit|exclu(?:ded|sion)|suspen(?:ded|sion)|on report|report card|"
    r"saturday (?:school|detention)|after[- ]school|writing lines|lines|time[- ]?out|the naughty step|"
    r"thinking (?:chair|spot|step)|grounded|in big trouble|in (?:so much|serious|real) trouble|"
    r"in the office|outside the office|outside (?:the|my) (?:door|room|class)|stand(?:ing)? outside|"
    r"on your own at (?:lunch|break|dinner)|sit(?:ting)? on your own|by yourself|"
    r"at lunch with me|here at (?:lunch|break)|at break with me|with me at (?:lunch|break)|"
    r"off the team|dropped|benched|on the bench|not playing|won't be playing|"
    r"your log|write (?:it|this|you) up|writing (?:it|this|you) up|incident form|"
    r"social worker|the police|head of year|the head|the principal|principal's office|"
    r"pocket money|(?:saturday|weekend|tuck|birthday) money|allowance|(?:a|another|a different) school|screen time|your (?:phone|xbox|ps\d|playstation|switch|tablet|ipad|console|laptop)|"
    r"the (?:trip|disco|party|match|game|park|cinema|sleepover)|golden time|"
    r"no (?:telly|tv|tablet|ipad|phone|xbox|pudding|dessert|park|trip|disco|party|sweets|wifi|"
    r"screen time|pocket money|going out|football|playstation|switch|friends round)|"
    r"ring (?:home|your)|call (?:home|your)|phone (?:home|your)|a word with your (?:mum|dad|mam|ma|da|nan|carer)|"
    r"handing out detentions|hand out detentions)"
)
_SANCTION_RE = compile_pattern(rf"\b{_SANCTION}\b")
# Something in the sentence that ties the sanction to what the child does.
_WARNING = compile_pattern(
    r"\b(?:if|unless|or|or else|and|once more|one more|again|next time|any more|carry on|carries on|"
    r"keep|until|till|'til|before i|this minute|right now|now|i mean it|believe me|i'm warning|"
    r"don't think i won't|for a week|for a month|for the week|for the rest)\b"
)
_SAFETY_OR_GOOD = compile_pattern(
    r"\b(?:if you want|if you'd like|if you need|if you're (?:cold|hungry|tired|worried|ready)|"
    r"would you like|how (?:well|brilliant|great|proud)|good news|to say well done|tell (?:them|her|him) how|"
    r"only joking|just joking|just kidding|jk)\b"
)

THREAT_GENERAL: Final = [
    # "You can forget about the trip", "kiss goodbye to your Xbox".
    FlagPattern(
        "threat",
        compile_pattern(
            r"\b(?:you can|you may as well|ye can)\s+(?:forget about|forget|kiss goodbye to|say goodbye to|"
            r"wave goodbye to|whistle for)\s+(?:the|your|going|any|that|playing|seeing)\b(?:\s+\S+){0,3}"
        ),
        guard=lambda norm, m, s: (
            _SANCTION_RE.search(m.group(0)) is not None
            or re.search(
                r"\b(?:trip|match|party|disco|xbox|phone|playstation|tablet|ipad|money|sleepover|"
                r"telly|tv|treat|going|playing|seeing|game|football|holiday)\b",
                m.group(0),
            )
            is not None
        ),
    ),
    # A sanction said as what will happen: "you'll be eating in the office",
    # "you'll be sat on your own at lunch", "ye'll be in big trouble".
    FlagPattern(
        "threat",
        compile_pattern(
            r"\b(?:you'll|you will|ye'll|yous'll|you're going to|you're gonna|you are going to|you won't|"
            r"you're not|you are not|you'll not|there'll be|there will be|that'll be|it'll be|it's|"
            r"that's|you get|you're getting|you're on|you're in|you're off|you're out|you're grounded|you're here|"
            r"you'll be here|you're staying|"
            r"you are grounded)\b[^.!?]{0,60}"
        ),
        guard=lambda norm, m, s: (
            _SANCTION_RE.search(m.group(0)) is not None
            and (
                _WARNING.search(norm) is not None
                or re.search(
                    r"\b(?:grounded|detention|isolation|exclu\w+|lines|report|time[- ]?out|"
                    r"in (?:big|so much|serious) trouble|no \w+|sat on your own|eating in the office)\b",
                    m.group(0),
                )
                is not None
            )
            and _SAFETY_OR_GOOD.search(norm) is None
            and re.search(r"\b(?:not|no|never)\s+(?:going to|gonna)\s+(?:ring|call|phone)\b", norm)
            is None
        ),
    ),
    # The sanction first, the condition after: "pocket money's gone if…",
    # "no more screen time for you if…", "you're not playing on Saturday if…".
    FlagPattern(
        "threat",
        compile_pattern(
            r"\b(?:pocket money|screen time|your (?:phone|xbox|tablet|ipad|switch|console|telly)|the (?:trip|"
            r"party|disco|park|match)|golden time|break|playtime|pudding|dessert|the wifi|wifi)(?:'s|\s+is|\s+goes)?"
            r"\s+(?:gone|off|going|cancelled|over|mine)\b[^.!?]{0,40}\b(?:if|unless|when)\b"
            r"|\bno (?:more\s+)?(?:\w+\s+)?(?:time|telly|tv|park|trip|party|disco|pudding|dessert|phone|xbox|"
            r"sweets|football)\s+(?:for you\s+)?(?:then|if|unless|tonight|tomorrow|this weekend|for a week)\b"
        ),
        guard=lambda norm, m, s: (
            re.search(r"\bno (?:worries|problem|rush|pressure)\b", m.group(0)) is None
        ),
    ),
    # Warnings that name no sanction but are threats all the same.
    FlagPattern(
        "threat",
        compile_pattern(
            r"\b(?:skating|walking|treading) on thin ice\b|\bstrike (?:one|two|three|2|3)\b"
            r"|\b(?:i'm|i am) counting to (?:three|five|ten|\d+)\b|\bonce more and\b"
            r"|\b(?:i'm|i am) warning you\b|\bdon't (?:push|test) me\b|\byou've been warned\b"
            r"|\b(?:give|giving) you something to (?:cry|swear|moan|shout) about\b"
            r"|\bbefore i (?:start )?(?:hand(?:ing)? out|give|giving|ring|call|phone|send|take|lose)\b"
            r"|\bi shouldn't (?:ring|call|phone|tell|email|send)\b|\bnot to (?:ring|call|phone) your\b"
            r"|\b(?:i'll|i will|i'm going to|i'm gonna)\s+(?:be\s+)?(?:having|have)\s+a word with your\b"
            r"|\b(?:i'll|i will|i'm going to|i'm gonna)\s+(?:put|write)\s+(?:it|this|that|you)\s+(?:in|up|on)\b"
            r"|\b(?:go|you can go)\s+(?:and\s+)?sit\s+(?:in the \w+\s+)?(?:by yourself|on your own|outside|"
            r"in the corridor|at the back on your own)\b"
        ),
        guard=lambda norm, m, s: (
            re.search(r"\b(?:game|bet|race|pretend|hide and seek|joke|joking|kidding)\b", norm)
            is None
            and (
                "a word with" not in m.group(0)
                or _WARNING.search(norm, m.end()) is not None
                or "believe me" in norm
            )
        ),
    ),
    # "I'll ring home, don't think I won't": a call home with no good news.
    FlagPattern(
        "threat",
        compile_pattern(
            r"\b(?:i'll|i will|i'm going to|i'm gonna|i'm)\s+(?:ring|call|phone|email|text)(?:ing)?\s+"
            r"(?:home|your (?:mum|dad|mam|da|ma|parents|carer|nan|gran|social worker|foster \w+))\b"
            r"(?=[^.!?]*(?:don't think i won't|i mean it|believe me|if|unless|or|again|tonight|now)\b)"
        ),
        guard=lambda norm, m, s: _SAFETY_OR_GOOD.search(norm) is None,
    ),
]

# --- dismissing ----------------------------------------------------------------

DISMISSING_GENERAL: Final = [
    FlagPattern(
        "dismissing",
        compile_pattern(
            r"\b(?:shake|brush|laugh|walk|sleep|run)\s+it\s+off\b(?!\s+(?:your|the|before|like))"
            r"|\bsuck it up\b|\bharden up\b|\bget over yourself\b|\bchin up\b"
            r"|\b(?:mountain(?:s)? out of (?:a )?molehills?|worse things happen at sea)\b"
            r"|\bshe'll be right\b|\bno dramas\b"
            r"|\bit could (?:be|have been) (?:a lot |much |so much )?worse\b(?=\s*(?:[,.!;]|$))"
            r"|\b(?:try|just try|best)\s+not\s+to\s+think\s+about\s+(?:it|that|them|him|her)\b"
            r"|\b(?:just|best|try to)\s+don't\s+think\s+about\s+(?:it|that|them|him|her|your \w+)\b"
            r"(?!\s+too\s+(?:hard|much))"
            r"|\b(?:don't|do not) be worrying\b|\bit'll be grand\b|\byou're grand\b(?!\s*\?)"
            r"|\b(?:you're|you are|stop)\s+(?:just\s+)?(?:overthinking|catastrophi[sz]ing|being (?:so\s+)?"
            r"(?:sensitive|precious|soft|dramatic|touchy))\b"
            r"|\b(?:quit|stop|enough of)\s+(?:the\s+|your\s+|that\s+)?(?:whining|whinging|moaning|snivelling|"
            r"tears|crying|sulking|bleating|greetin'?|greeting)\b"
            r"|\bi don't want to hear (?:it|about it|another word|any more)\b"
            r"|\bjust get on with it\b|\b(?:you'll|you will) have forgotten\b"
            r"|\byou'll be laughing about (?:it|this)\b|\bmove on,\s+it's\b"
            r"|\b(?:nobody|no one|no-one) cares (?:about|if) (?:your|that|it|what you|how you)\b|\bwho cares\b"
            r"|\b(?:you've|you have|you) got nothing to be (?:sad|upset|worried|scared|miserable|"
            r"angry|cross|nervous) about\b"
            r"|\bnot worth getting (?:so\s+)?(?:worked up|upset|stressed|in a state)\b"
            r"|\bno fuss\b|\bput a smile on (?:that|your) face\b|\bstop (?:making )?such a fuss\b"
            r"|\bsnivell\w* like a baby\b|\bcrying over (?:a|an|nothing|spilt)\b"
            r"|\bboys will be boys\b|\bthat's nothing to cry about\b|\bso hard done by\b"
            r"|\b(?:such a|a|you|ya|ye)\s+(?:big\s+)?(?:crybaby|cry baby|cry-baby|sook|sooky la la)\b"
        ),
        negatable=False,
    ),
]

# --- sarcasm -------------------------------------------------------------------

SARCASM_GENERAL: Final = [
    FlagPattern(
        "sarcasm",
        compile_pattern(
            r"\bpigs might fly\b|\bwhen pigs fly\b|\band i'm (?:a )?(?:the )?(?:tooth fairy|father christmas|santa|"
            r"a monkey's uncle)\b|\bthat'll be (?:right|the day)\b|\bpull the other one\b"
            r"|\bi totally believe you\b|\b(?:a )?likely story\b|\bi was born yesterday\b"
            r"|(?:^|[.!?]\s+|,\s+)(?:yeah,?\s+|oh,?\s+)?as if\b(?=[^.!?]*\b(?:ever|you'd|you would|i'd|i would)\b)"
            r"|\boh,? here we go\b|\bhere we go again\b|\boh,? the drama\b|\bsomeone call the (?:bbc|news|police)\b"
            r"|\bso hard done by\b|\bpoor (?:little )?(?:you|thing|baby),? (?:having|being|that)\b"
        ),
    ),
    # Mock titles and exaggerated politeness.
    FlagPattern(
        "sarcasm",
        compile_pattern(
            r"\b(?:his|her|your)\s+(?:majesty|highness|royal highness|lordship|ladyship|maj)\b"
            r"(?=[^.!?]*\b(?:care to|deign|decided|finally|grac\w+|join us|nice of|bother|presence)\b)"
            r"|\b(?:oh,?\s+|well,?\s+|here comes\s+|look,?\s+(?:it's\s+)?|morning,?\s+|thanks,?\s+|thank you,?\s+|"
            r"fabulous,?\s+|lovely,?\s+|great,?\s+)(?:mr|miss|little miss|lord|lady|sir)\.?\s+(?:punctual|perfect|"
            r"sunshine|organised|know-?it-?all|important|popular|helpful|busy|lazy bones|hard work)\b"
            r"|\b(?:mr|miss|little miss|lord|lady|sir)\.?\s+(?:punctual|perfect|know-?it-?all|important|popular|busy|"
            r"lazy bones)(?:'s| has| is)\s+(?:\w+\s+)?(?:arrived|decided|graced|here|back|finally|woken)\b"
            r"|\bam i (?:boring|keeping|disturbing|bothering) you\b"
            r"|\bwould you mind (?:terribly|awfully|very much|at all) (?:doing|joining|gracing|putting)\b"
            r"|\bif it's not too much (?:trouble|bother|to ask)\b"
            r"|\b(?:please|do),? (?:do\s+)?carry on\b(?=[^.!?]*(?:wait|mind me|shall i|we'll))"
            r"|\bdon't mind me\b|\bi'll (?:just )?wait,? (?:shall|should) i\b"
            r"|\b(?:it's|its) not like (?:we|i)(?:'ve| have)? (?:got|have) (?:anywhere|anything|all day)\b"
            r"|\bdon't (?:strain|exert|overexert) yourself\b|\bdon't (?:break|work up) a sweat\b"
            r"|\b(?:yeah|oh|wow),?\s+(?:real|really|very|so)\s+(?:mature|grown[- ]up|classy|clever|smart)\b"
            r"|\bvery classy\b|\breal mature\b|\bhow (?:very\s+)?(?:mature|grown[- ]up|classy|kind|considerate) of you\b"
            r"|\b(?:gee|cheers),? thanks\b|\boh,? you're (?:too|so) kind\b"
            r"|\b(?:everyone|everybody|we all)\s+(?:wants?|is dying|are dying|can't wait) to (?:hear|see) this\b"
            r"|\b(?:well,|oh,)\s+that went well\b|\bthat went well,? didn't it\b"
            r"|\bcongratulations,? you(?:'ve| have)? (?:managed|broken|lost|ruined|annoyed|upset|made)\b"
            r"|\b(?:genius|great|brilliant|clever|smart|nice) (?:move|idea|plan)\b(?=[^.!?]*\b(?:kick\w*|break\w*|"
            r"broke|threw|throw\w*|smash\w*|lost|spill\w*|at the window)\b)"
            r"|\b(?:great|good|brilliant|amazing|fantastic|nice) (?:job|work|effort|going),? (?:really,?\s+)?"
            r"you(?:'ve| have)\s+(?:just\s+)?(?:flooded|broken|smashed|lost|ruined|wrecked|spilt|spilled|"
            r"knocked|annoyed|upset|managed)\b"
            r"|^\s*(?:oh,?\s+)?sure,? you (?:were|was|did) (?:only|just)\b"
            r"|\b(?:oh,?\s+)?(?:fabulous|marvellous|wonderful|splendid),?\s+(?:\w+\s+){0,3}?(?:'s|has|have) "
            r"(?:arrived|graced|joined|decided|woken)\b"
        ),
    ),
]

# --- why_demand ----------------------------------------------------------------

_CONDUCT = compile_pattern(
    r"\b(?:hit|punch\w*|push\w*|kick\w*|bit|bite|throw|threw|thrown|spit|spat|swear\w*|swore|"
    r"broke|break|smash\w*|rip\w*|took|take|stole|steal|grab\w*|lie|lied|lying|shout\w*|scream\w*|"
    r"fight\w*|slam\w*|say that|said that|do that|did that|do it|walk\w* out|storm\w* out|run off|"
    r"ran off|bin|floor|wall|desk|paint|gum|toilets?|phone out|jumper|ripped|torn|broken|hole|"
    r"graffiti|mess|late|again|bunk\w*|skip\w*|copy|copied|cheat\w*|hid|hide|hiding)\b"
)

WHY_DEMAND_GENERAL: Final = [
    # Contractions: "why've you…", "why's there…", "why's your jumper ripped".
    FlagPattern(
        "why_demand",
        compile_pattern(
            rf"\bwhy\s*(?:'ve|ve|'s|s)\s+(?:{YOU}|there|your|his|her|this|that)\b(?:\s+\S+){{0,7}}"
        ),
        guard=lambda norm, m, s: (
            _CONDUCT.search(m.group(0)) is not None
            and re.search(
                r"\b(?:sad|upset|quiet|worried|scared|down|cross|so happy|face|smil\w*|grin\w*|big|lovely|"
                r"cheerful|good mood)\b",
                m.group(0),
            )
            is None
        ),
    ),
    # Someone else's things: "why is Ollie's bag in the bin?".
    FlagPattern(
        "why_demand",
        compile_pattern(
            r"\bwhy\s+(?:is|are|was|were)\s+(?:[a-z]+'s|his|her|their|the|this|that|my|these|those)\s+"
            r"(?:\w+\s+){0,2}?(?:in the bin|on the floor|all over|under|in the toilets?|broken|ripped|"
            r"torn|smashed|soaking|covered|out again|in pieces|on the roof|in your bag|in your pocket)\b"
            r"|\bwhy is there\s+(?:\w+\s+){0,3}?(?:under|on|all over|in)\s+(?:my|the|your)\s+"
            r"(?:desk|floor|wall|chair|carpet|sink|bed|door)\b"
        ),
    ),
    # "What made you throw the chair?"; not "what made you smile / pick that book".
    FlagPattern(
        "why_demand",
        compile_pattern(r"\bwhat(?:ever)? (?:made|possessed|got into) you (?:\w+\s+){0,4}"),
        guard=lambda norm, m, s: (
            _CONDUCT.search(norm[m.start() : m.end() + 25]) is not None
            and re.search(
                r"\b(?:smile|laugh|happy|choose|chose|pick|picked|decide to (?:join|come)|want to|"
                r"feel|think of|interested|like)\b",
                m.group(0),
            )
            is None
        ),
    ),
    FlagPattern(
        "why_demand",
        compile_pattern(
            r"(?:^|[.!?]\s+)explain why (?:there|you|your|this|that|the)\b[^.!?]{0,50}"
        ),
        guard=lambda norm, m, s: _CONDUCT.search(m.group(0)) is not None,
    ),
]

# --- lecturing -----------------------------------------------------------------

LECTURING_GENERAL: Final = [
    FlagPattern(
        "lecturing",
        compile_pattern(
            r"\bin my day\b|\bmoney doesn't grow on trees\b|\bhow the world works\b|\bthe real world\b"
            r"|\bthe sooner you (?:realise|learn|understand|accept)\b|\bout there,? (?:nobody|no one|people)\b"
            r"|\byou only get out what you put in\b|\bgood (?:people|kids|children|boys|girls) (?:don't|do|say|own up)\b"
            r"|\bthink about how your (?:actions|behaviour|words)\b|\bwhat being a (?:grown-?up|man|woman|"
            r"good person|good friend) is about\b|\bit'?s (?:all )?about respect\b"
            r"|\b(?:respect|trust) (?:works both ways|has to be earned|is a two-way)\b"
            r"|\b(?:it's|this is) for your own good\b|\bnobody owes you\b"
            r"|\b(?:there are|think of the) (?:children|kids|people) (?:who|in)\b[^.!?]{0,40}\b(?:glad|starving|"
            r"nothing|would love|go without)\b"
            r"|\bdo you know how hard i work\b|\bwhen you're older you'll\b"
        ),
    ),
]

# --- public_correction ---------------------------------------------------------

PUBLIC_CORRECTION_GENERAL: Final = [
    FlagPattern(
        "public_correction",
        compile_pattern(
            r"\b(?:everyone|everybody|class|team|year \d+|guys),?\s+(?:eyes on|look at|listen to)\s+"
            r"(?!me\b|the\b|this\b|here\b|page\b|your\b|my\b)[a-z]+\b[^.!?]{0,40}\b(?:something to (?:tell|say)|"
            r"what (?:he|she)'s done|not to|sorry|broke|broken|done to)\b"
            r"|\bwe(?:'d| would)? all be\s+(?:\w+\s+){0,3}?(?:by now|outside|finished|gone)\b[^.!?]{0,20}\bif\s+"
            r"(?!we\b|everyone\b|you all\b)[a-z]+\s+(?:could|would|had|didn't|wasn't)\b"
            r"|\b(?:thanks to|because of)\s+[a-z]+,?\s+(?:nobody|no one|none of us|we all|everyone|the whole)\b"
            r"|\b(?:[a-z]+|he|she)\s+thinks\s+(?:it's|it is)\s+(?:ok|okay|fine|acceptable|funny)\s+to\b"
            r"[^.!?]*[.!?]\s*(?:is it|do we|does anyone)\b"
            r"|\b(?:hold|put) (?:it|that|this|your \w+) up,?\s+\w*,?\s*so (?:everyone|everybody|the class|we all)\b"
        ),
    ),
]

# --- reward_for_kindness -------------------------------------------------------

REWARD_FOR_KINDNESS_GENERAL: Final = [
    FlagPattern(
        "reward_for_kindness",
        compile_pattern(
            r"\b(?:house|dojo|team|class|merit|star|bonus)\s+points?\s+for\s+(?:helping|holding|sharing|"
            r"being kind|being nice|letting|looking after|including|tidying|carrying|waiting)\b"
            r"|\b(?:being|acting)\s+(?:kind|nice|helpful|friendly)\s+(?:to|with)\s+(?:\w+\s+){1,2}(?:earns|gets|wins)\s+you\b"
            r"|\b(?:whoever(?:'s| is)?|whoever's|anyone who(?:'s| is)?)\s+(?:the\s+)?(?:nicest|kindest|most helpful|"
            r"helps?|shares?|is kind)\b[^.!?]{0,50}\b(?:gets?|wins?|earns?)\s+(?:a|an|the|first|extra|\w+ points?)\b"
            r"|\b(?:have|get)\s+(?:a|an|some)\s+[a-z]+\s+if\s+you(?:'re| are)\s+(?:kind|nice|good|friendly)\s+to\b"
        ),
        # "Whoever helps tidy up gets a big thank you" rewards nothing tangible.
        guard=lambda norm, m, s: (
            re.match(
                r"\s*(?:big\s+|huge\s+|massive\s+)?(?:thank|thanks|turn|go\b|hug|smile|cheer|round of)",
                norm[m.end() :],
            )
            is None
        ),
    ),
]

ALL_GENERAL: Final = [
    *WHY_DEMAND_GENERAL,
    *SHAMING_GENERAL,
    *THREAT_GENERAL,
    *DISMISSING_GENERAL,
    *LECTURING_GENERAL,
    *PUBLIC_CORRECTION_GENERAL,
    *SARCASM_GENERAL,
    *REWARD_FOR_KINDNESS_GENERAL,
]
