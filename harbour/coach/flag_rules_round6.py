"""General forms for the flags, added in round 6 (README, "Round 6").

Round 5's blind holdout (``holdout5``, read once scoring was over) showed
which *ways of saying* each harm the rules still missed. As before, each
pattern is a structure with a guard, not a sentence:

* sarcasm: a praise word said twice as a verdict ("Lovely. Absolutely
  lovely."), a praise verdict followed by a mishap ("…Paint all over the
  carpet"), mock praise followed by "shame you…", "well done, first one to
  <break something>", mock maturity before a misdeed ("very grown-up,
  throwing…"), "sure, because <X> always works", "somebody's a big expert all
  of a sudden", "the effort you've put into avoiding…", "brilliant idea,
  let's all just…", "shall I ring the Tate / frame it";
* shaming: age mockery ("bit old for tantrums", "I'd expect that from a
  five-year-old"), "what a baby", a sibling who is younger or started later,
  "nobody wants to … someone who sulks", "nobody likes a sore loser",
  "the attention span of a goldfish", "your mum must despair of you",
  "why can't you … like Amira does?", stock put-down idioms ("late for your
  own funeral"), "some of us …, and some of us …", a child introduced to the
  group by a fault ("Everyone, this is Jayden, who thinks…");
* threat: "the next person who … gets a detention", a loss for the whole
  group in the present tense ("the whole room loses the disco", "it's going
  off for everyone", "the whole team's running laps", "if this patrol
  can't…, nobody's toasting…"), "…again and you're out of…", "or you won't be
  riding next week", "or Grandma won't be taking you…", a name coming off a
  list, "I'll be putting your name on the form";
* public correction: reading a child's note out to the class, "let's hear X
  …, since he was too busy chatting", "X has something to say to you all",
  "we're all still waiting on one person", a name written up "so everyone
  knows", "this is exactly what I don't want to see" said to a group;
* dismissing: "stop that whingeing", "you're not even hurt", "don't fret",
  "Oscar-winning performance", "it's only a practice test"; eye contact:
  "don't you turn away when I'm talking to you"; reward: "a badge for being a
  good friend".

``veto`` removes older false flags: "explain yourself to the head" as the
punishing half of a choice (a threat, not a why-demand), "you're alright,
you're not in trouble" (reassurance, not dismissing), "let's all give Freya
a clap for her first night away" and "Evie has something to tell everyone
about her new puppy" (praise and news, not public correction).

Every pattern has hard negatives in ``tests/coach/test_round6.py``.
"""

import re
from typing import Final

from harbour.coach.flag_rules import FlagPattern, compile_pattern

_PRAISE_WORD: Final = (
    r"(?:lovely|brilliant|marvellous|great|fantastic|wonderful|perfect|super|superb|excellent|"
    r"amazing|beautiful|gorgeous|splendid|terrific|fab|fabulous|nice|top marks|gold star)"
)
_MISHAP: Final = (
    r"(?:all over (?:the|my|your|his|her|our)|everywhere|broken|smashed|ruined|spilt|spilled|"
    r"wrecked|covered in|snapped|ripped|torn|soaked|lost|the wrong way|wrong)"
)
_MISDEED_ING: Final = (
    r"(?:throwing|kicking|hitting|shouting|swearing|pushing|spitting|slamming|leaving|calling|"
    r"screaming|breaking|ripping|chucking|lobbing|flicking|punching|biting|scribbling|stomping|"
    r"storming|sulking|barging|shoving|snatching|grabbing|knocking|tipping|smashing|writing on)"
)
_CONDITION: Final = re.compile(
    r"\b(?:if|or|unless|keep|again|one more|any more|anymore|else|otherwise|and)\b"
)


def _sentence_before(norm: str, start: int) -> str:
    """The part of the match's sentence that comes before it."""
    stop = max(norm.rfind(mark, 0, start) for mark in ".!?")
    return norm[stop + 1 : start]


_GROUP_NOUN: Final = (
    r"(?:room|class|group|team|table|dorm|school|year|patrol|unit|bus|coach|lot of you|squad|"
    r"pack|troop|set|minibus|ward|club|row|band|choir|cast)"
)

# --- sarcasm -----------------------------------------------------------------

SARCASM_R6: Final = [
    FlagPattern(
        "sarcasm",
        compile_pattern(
            # "Lovely. Absolutely lovely." (the verdict said twice)
            rf"(?:^|[.!?]\s+)(?:oh,? )?(?P<w>{_PRAISE_WORD})[.!]+\s+(?:absolutely|just|simply|really|"
            r"truly|utterly|bloody|totally) (?P=w)[.!]"
            # "Lovely. Paint all over the new carpet." / "Marvellous. Now it's broken."
            rf"|(?:^|[.!?]\s+)(?:oh,? )?{_PRAISE_WORD}[.!]+\s+[^.!?]{{0,40}}\b{_MISHAP}\b"
            # "Top marks there, mate. Shame you kicked the wrong way."
            rf"|\b{_PRAISE_WORD}\b[^.!?]{{0,25}}[.!,]\s*(?:shame|pity|such a shame|too bad) "
            r"(?:that )?(?:you|u)\b"
            # "Well done you, first one to kick a ball at the new fence."
            r"|\b(?:well done|congratulations|congrats|nice one|bravo)(?:,? (?:you|u))?,? (?:the )?first "
            r"(?:one|person|kid|child|boy|girl) (?:to|who)\b[^.!?]{0,20}\b(?:kick|break|smash|spill|lose|"
            r"forget|throw|wreck|ruin|scratch|dent|crash|knock|trip|fall|drop|snap|rip|tear|flood|jam|block|"
            r"set off|get sent|get told)"
            # "Oh aye, very grown-up, throwing your shoe at your sister."
            r"|\b(?:very|real|really|so|how|that's (?:very|so|really)) (?:grown[- ]up|mature|clever|"
            r"sensible|helpful|classy|smart|original|impressive|sophisticated|ladylike|gentlemanly)\b,?\s+"
            rf"{_MISDEED_ING}\b"
            # "Sure, because shouting at the screen always fixes the wifi."
            r"|(?:^|[.!?]\s+)(?:oh,? )?(?:sure|yeah|yes|right|of course|oh yes|oh yeah|oh aye|aye)[,.]? "
            r"because\b[^.!?]{0,60}\b(?:always|exactly|obviously|clearly|definitely|totally|never fails)\b"
            # "Ooh, somebody's a big expert all of a sudden."
            r"|\b(?:somebody|someone)(?:'s| is) (?:a |an |the )?(?:big |real |right |proper |little )?"
            r"(?:expert|know-it-all|clever clogs|smarty pants|genius|professor|comedian|chatterbox)\b"
            r"(?=[^.!?]{0,25}(?:all of a sudden|today|now|this morning|aren't they|isn't she|isn't he))"
            # "the effort you've put into avoiding this essay, you could have written it twice"
            r"|\b(?:the )?(?:effort|energy|time) (?:you've|you have|you) (?:put|spent|wasted) "
            r"(?:(?:in|into|on) )?(?:avoiding|getting out of|dodging|skiving|moaning about|arguing about)\b"
            # "Brilliant idea, let's all just leave our coats on the floor then."
            r"|\b(?:brilliant|great|good|fantastic|genius|clever|marvellous) idea,? (?:then,? )?let's "
            r"(?:all )?just\b"
            # "Shall I ring the Tate now or after lunch?"
            r"|\b(?:shall|should) (?:i|we) (?:ring|call|phone|email|alert|tell) the (?:tate|louvre|"
            r"national gallery|queen|king|prime minister|guinness)\b"
        ),
    ),
]

# --- shaming -----------------------------------------------------------------

SHAMING_R6: Final = [
    FlagPattern(
        "shaming",
        compile_pattern(
            # "Bit old for tantrums, aren't you?"
            r"\b(?:a )?(?:bit|little|far|way|too|rather) (?:too )?old (?:now )?for (?:tantrums|strops|"
            r"paddies|sulking|sulks|whining|whingeing|whinging|crying|meltdowns|all this|this nonsense|"
            r"this carry-on|this behaviour|a dummy|nappies|this)\b"
            # "I'd expect that from a five-year-old, not a Year 9."
            r"|\b(?:i'd|i would|you'd|you would) expect (?:that|this|it|better|behaviour like that) "
            r"(?:from|of) (?:a|an) (?:\w+[- ])?(?:year[- ]olds?|toddler|baby|infant|reception (?:child|kid)|"
            r"nursery (?:child|kid)|year (?:one|two|1|2)(?: child| kid)?)\b"
            # "What a baby, crying over a little scratch."
            r"|(?:^|[.!?,]\s*)what (?:a|an) (?:big |little |total |complete |absolute )?(?:baby|crybaby|"
            r"wimp|wuss|drama queen|diva|brat|misery|moaner|whinger|wet blanket|show-off|sulk|clown)\b"
            # "…and she started after you", "…and he's younger than you"
            r"|\b(?:your|ur) (?:\w+ )?(?:sister|brother|cousin|twin|friend|mate)\b[^.!?]{0,60}\band "
            r"(?:she|he|they)(?:'s| is| are| was)? (?:only |even |much |two years |a year )?(?:started "
            r"after (?:you|u)|younger than (?:you|u)|half (?:your|ur) age)\b"
            # "Nobody wants to partner with someone who sulks like that."
            r"|\b(?:nobody|no one|no-one)(?: is going to| will| is gonna)? (?:wants?|likes?|want|like) "
            r"(?:to (?:\w+ ){1,2}(?:with|next to|beside) )?(?:someone|anyone|a (?:kid|child|boy|girl|"
            r"person)) who (?:sulks|whinges|whines|moans|cheats|lies|cries|snitches|tells tales|"
            r"shows off|strops|throws|screams)\b"
            r"|\b(?:nobody|no one|no-one) likes a (?:sore loser|bad loser|show-off|tell-tale|telltale|"
            r"cheat|liar|moaner|whinger|grass|snitch|know-it-all|crybaby|sulker|misery)\b"
            # "You've got the attention span of a goldfish."
            r"|\b(?:got|have|has) the (?:attention span|memory|manners|table manners|brains?|"
            r"coordination|sense|common sense|focus) of a (?:goldfish|gnat|pig|goat|sloth|flea|fish|"
            r"toddler|baby|brick|plank|potato|donkey|chimp|monkey|caveman|hamster|squirrel|rock)\b"
            # "Your mum must despair of you."
            r"|\b(?:your|ur) (?:mum|mom|mam|dad|parents|nan|gran|nanna|teacher|mother|father|family|"
            r"carers?|foster \w+)(?:'s| is| are)? (?:must|would|will|'d) (?:despair|be (?:so |really )?"
            r"(?:ashamed|embarrassed|disappointed|horrified|mortified|disgusted))\b"
            # "You'd be late for your own funeral."
            r"|\blate for (?:your|ur) own funeral\b|\bout of a paper bag\b|\bthick as two short planks\b"
            r"|\bcouldn't organise a\b|\blights are on but nobody's home\b"
            # "Some of us came here to learn, and some of us came here to be you."
            r"|\bsome of us\b[^.!?]{0,40}\band (?:then )?(?:there's you|some of us [^.!?]{0,30}\b(?:you|u)[.!]?$)"
            # "It's like a spider's crawled through ink." (about the child's work)
            r"|\b(?:it's|it is|looks) like (?:a|an) (?:spider|chicken|monkey|toddler|baby|dog|cat|pig|"
            r"hurricane|bomb|herd of \w+)(?:'s| has)? (?:crawled|walked|scribbled|written|done|been|hit|"
            r"gone off|sat|landed)\b"
        ),
    ),
    # "Why can't you sit nicely like Amira does?"
    FlagPattern(
        "shaming",
        compile_pattern(
            r"\bwhy can't (?:you|u) (?:just )?[^.!?]{1,40}\blike (?:\w+ (?:does|do|did|is|can|has)\b|"
            r"everyone else|the others|the rest of (?:the class|us|them)|your (?:\w+ )?(?:sister|brother|"
            r"cousin|friends?))"
        ),
    ),
    # "Everyone, this is Jayden, who thinks the rules don't apply to him."
    # (also public correction: PUBLIC_CORRECTION_R6 reuses this form)
    FlagPattern(
        "shaming",
        compile_pattern(
            r"^(?:right,? |ok(?:ay)?,? )?(?:everyone|everybody|class|guys|girls|boys|folks|team),? "
            r"(?:this|meet) (?:is )?\w+,? who (?:thinks|reckons|seems to think|believes|decided|"
            r"can't|won't|doesn't|couldn't|didn't)\b"
        ),
    ),
]

_INTRODUCED_BY_A_FAULT: Final = SHAMING_R6[-1].pattern

# --- threat ------------------------------------------------------------------

_SANCTION_NEXT: Final = (
    r"(?:detention|a detention|lines|a warning|a red card|a yellow card|sent out|sent to|out|moved|"
    r"the bench|benched|no \w+|loses|the office|a phone call|a call home|their name|a behaviour point|"
    r"a negative|stays in|stays behind|missing|misses|isolation)"
)

THREAT_R6: Final = [
    FlagPattern(
        "threat",
        compile_pattern(
            # "The next person who talks gets a lunchtime detention."
            r"\b(?:the )?next (?:person|one|child|kid|boy|girl|pupil|student|cadet|player|team) "
            r"(?:who|that|to|i (?:see|hear|catch))\b[^.!?]{1,40}\b(?:gets|is getting|will get|'ll get|"
            r"goes|is going|will go|'ll go|loses|will lose|misses|is|'s|stays)\b(?: (?:a |an )?\w+)?"
            rf"[^.!?]{{0,15}}\b{_SANCTION_NEXT}\b"
            # "…it's going off for everyone"
            r"|\b(?:it's|it is|they're|they are|that's|that is|the \w+(?:'s| is)) (?:going|coming|being "
            r"switched|being turned) (?:off|away|in the bin|back|out)\b[^.!?]{0,15}\bfor (?:everyone|"
            r"everybody|all of you|the whole \w+)\b"
        ),
    ),
    FlagPattern(
        "threat",
        compile_pattern(
            # "…the whole room loses the disco", "keep that up and the whole team's running laps"
            # (needs a condition before it: "the whole class is staying in" can be a report).
            rf"\b(?:the )?whole {_GROUP_NOUN} ?(?:loses|lose|'ll lose|will lose|misses|'ll miss|will miss|"
            r"stays in|stays behind|'s staying (?:in|behind)|is staying (?:in|behind)|'s running|is running|"
            r"will be running|'ll be running|gets a detention|gets detention|goes without|is off|'s off|"
            r"is going home|'s going home)\b"
        ),
        guard=lambda norm, match, _situation: (
            _CONDITION.search(_sentence_before(norm, match.start())) is not None
        ),
    ),
    FlagPattern(
        "threat",
        compile_pattern(
            # "If this patrol can't work quietly, nobody's toasting marshmallows."
            r"^if (?!it\b|there\b)[^.!?]{3,70}\b(?:can't|cannot|won't|don't|doesn't|isn't|aren't|not)\b[^.!?]{0,40},"
            r"\s*(?:then )?(?:nobody|no one|none of you)(?:'s| is) (?!going to make|gonna make|going to "
            r"mind|getting hurt|in trouble|cross|angry)\w+ing\b"
            # "Swear at me again and you're out of this unit for the day."
            r"|\bagain,? and (?:you're|you are|you'll be|you will be) (?:out|off|straight|banned|"
            r"sitting out|staying in|staying behind|in detention|on report|going home|missing)\b"
            # "Mess about on the ponies and you won't be riding next week."
            r"|\b(?:and|or) (?:you|u) (?:won't|will not|wont|aren't|are not|'re not) (?:be )?(?:riding|"
            r"going|allowed|coming|playing|swimming|performing|dancing|singing|competing|on the team|"
            r"in the team|in the show|at the disco|on the trip|taking part|getting (?:any|your|a))\b"
            # "Behave, or Grandma won't be taking you anywhere nice."
            r"|\bor (?:\w+ ){1,2}(?:won't|will not|isn't|is not) (?:be )?(?:taking|letting|giving|buying|"
            r"driving|having) (?:you|u)\b"
            # "…your name's coming off the list", "I'll be putting your name on the form"
            r"|\b(?:your|ur) name(?:'s| is| will be| will)? (?:coming|going|comes|goes|come|go|be taken|taken) off\b"
            r"|\b(?:take|taking|cross|crossing|knock|knocking) (?:your|ur) name off\b"
            r"|\bi(?:'ll| will)(?: be)? (?:putting|writing|adding|put|write|add) (?:your|ur) name "
            r"(?:on|in|down (?:on|in)) (?:the|a|my) (?:\w+ )?(?:form|report|log|board|list of shame|"
            r"behaviour (?:log|book|sheet|system)|incident (?:form|log)|warning list|detention list)\b"
        ),
    ),
]

# --- public correction ---------------------------------------------------------

_AUDIENCE: Final = (
    r"(?:the whole class|the whole group|the class|the group|everyone|everybody|you all|all of you|"
    r"the whole (?:room|school|team|table|year|bus|hall))"
)

PUBLIC_CORRECTION_R6: Final = [
    FlagPattern(
        "public_correction",
        compile_pattern(
            # "Shall I read out Kayla's little note to the whole class, then?"
            r"\b(?:shall|should|will|can|do you want me to|let me|i'll|i will|i'm going to)(?: i| we)? "
            r"(?:read|show|share|put up|hold up|pass round)(?: out)? (?:\w+'s|your|ur|this|that) "
            r"(?:\w+ ){0,2}(?:note|message|text|texts|letter|doodle|drawing|chat)\b(?: out)?"
            rf"[^.!?]{{0,12}}\b(?:to|with) {_AUDIENCE}\b"
            # "Let's hear Oliver say the answer, since he was too busy chatting."
            r"|\blet's (?:all )?hear (?:from )?\w+\b[^.!?]{0,60}\b(?:since|because|as|seeing as) "
            r"(?:he|she|they|you)(?:'s| is| was| were|'re| are) (?:too|so) busy\b"
            # "Rainbows, Evie has something to say to you all about the tent."
            r"|\b\w+ (?:has|'s got|has got) something (?:to say|(?:he|she) wants to say) "
            rf"to {_AUDIENCE}\b(?![^.!?]{{0,30}}\b(?:new|birthday|holiday|exciting|news|won|proud)\b)"
            # "Right, we're all still waiting on one person, aren't we, Kacper?"
            r"|\bwe're (?:all )?still waiting (?:on|for) (?:one|a certain|one particular|some) "
            r"(?:person|people|boy|girl|child|table|group|member)\b"
            # "…writing Ellie's name up on the board so everyone knows who's on a warning."
            rf"|\bso {_AUDIENCE} (?:knows?|can see|sees) who(?:'s| is| has)\b"
            # "Girls, this is exactly what I don't want to see. Look at Poppy's feet."
            r"|^(?:right,? )?(?:girls|boys|everyone|everybody|class|guys|team|year \w+|\w+ group),? "
            r"(?:this|that) is (?:exactly )?what i (?:don't|do not) want to see\b"
        ),
    ),
]

PUBLIC_CORRECTION_R6.append(FlagPattern("public_correction", _INTRODUCED_BY_A_FAULT))

# --- other flags -----------------------------------------------------------------

OTHER_R6: Final = [
    FlagPattern(
        "dismissing",
        compile_pattern(
            r"\bstop (?:that|your|all that|all this|the|this) (?:whingeing|whinging|whining|moaning|"
            r"sniffling|snivelling|wailing|blubbing|blubbering|fussing|fuss|grizzling)\b"
            r"|\b(?:you're|you are|ur) not even (?:hurt|bleeding|injured|upset)\b"
            r"|\bdon't (?:you )?fret\b(?! if| when)"
            r"|\b(?:oscar|academy award|bafta|award)[- ]winning (?:performance|display|show|drama)\b"
            r"|\b(?:it's|it is|its|that's|that is) (?:only|just) (?:a |an )?(?:practice|mock|little|silly|"
            r"spelling|times[- ]tables?) (?:test|quiz|match|game|race|paper)\b(?![^.!?]{0,40}\b(?:so|mistakes))"
        ),
    ),
    FlagPattern(
        "eye_contact_demand",
        compile_pattern(
            r"\bdon't (?:you )?(?:dare )?(?:turn|look) away (?:from me )?(?:when|while) i'm (?:talking|"
            r"speaking)\b"
        ),
    ),
    FlagPattern(
        "reward_for_kindness",
        compile_pattern(
            r"\b(?:a|the|this|your) (?:\w+ )?(?:badge|medal|certificate|trophy|voucher|star|prize|sticker) "
            r"for (?:being (?:a |such a )?(?:good|kind|great|lovely) (?:friend|buddy|helper)|being kind|"
            r"being so kind|helping (?:the|a|your|\w+) (?:new|younger|little)|looking after)\b"
        ),
    ),
]

ALL_ROUND6: Final = [
    *SARCASM_R6,
    *SHAMING_R6,
    *THREAT_R6,
    *PUBLIC_CORRECTION_R6,
    *OTHER_R6,
]

# --- vetoes of older false flags -------------------------------------------------

_CLAP: Final = re.compile(
    r"^[^.!?]{0,30}\b(?:a (?:big )?clap|a round of applause|a cheer|a big well done|a high five)\b"
    r"[^.!?]{0,40}\bfor (?:her|his|their|being|the) "
)
_GOOD_NEWS: Final = re.compile(
    r"\s+about (?:her|his|their|the) (?:\w+ )?(?:new|birthday|holiday|trip|weekend|news|baby|puppy|"
    r"kitten|award|medal|certificate|win)\b"
)
_MOCK_CLAP: Final = re.compile(r"\b(?:managed to|finally|who's|who has|for making|thanks to)\b")


def veto(code: str, matched: str, norm: str, start: int, end: int) -> bool:
    """True when an older pattern's match is a known false flag (see module doc)."""
    if code == "why_demand" and matched.startswith("explain yourself"):
        before = norm[max(0, start - 25) : start]
        after = norm[end : end + 30]
        return (
            re.search(r"\bor (?:you|u) (?:can|could|will|'ll|have to)\s+$", before) is not None
            and re.match(r"\s*(?:to|with) (?:the|mr|mrs|ms|miss|sir|your)\b", after) is not None
        )
    if code == "dismissing" and re.fullmatch(
        r"(?:you're|you are|ur) (?:alright|all right|ok|okay)", matched
    ):
        return (
            re.match(r"[,.]?\s*(?:you're|you are) not in (?:any )?trouble\b", norm[end:])
            is not None
        )
    if code == "public_correction" and re.fullmatch(
        r"tell (?:everyone|everybody|the class)", matched
    ):
        return _GOOD_NEWS.match(norm[end : end + 40]) is not None
    if code == "public_correction" and matched.startswith("let's all give"):
        tail = norm[start : start + 90]
        return _CLAP.search(tail) is not None and _MOCK_CLAP.search(tail) is None
    return False
