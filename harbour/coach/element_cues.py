"""Cues for the four PACE elements (seed 002, "Appendix 1: PACE model";
"Possible conversation prompts and helpful things to say"; seed 000 section 7).

Each cue is a linguistic move with a weight: how sure one sighting of it makes
us that the element is there. Several cues combine like independent pieces
of evidence (noisy-OR), so two weak cues outweigh one.
"""

import re
from dataclasses import dataclass
from typing import Final

from harbour.coach.text import DONT, IM, ITS, YOU, YOURE


@dataclass(frozen=True, slots=True)
class ElementCue:
    element: str
    pattern: re.Pattern[str]
    weight: float
    negatable: bool = False


def _cue(element: str, expression: str, weight: float, *, negatable: bool = False) -> ElementCue:
    return ElementCue(element, re.compile(expression, re.IGNORECASE), weight, negatable)


_FEELING = (
    r"(?:upset|sad|angry|cross|worried|scared|frightened|frightening|anxious|nervous|lonely|hurt|"
    r"fed up|frustrated|frustrating|disappointed|disappointing|gutted|embarrassed|"
    r"confused|confusing|overwhelmed|tired|exhausted|exhausting|jealous|left out|fuming|"
    r"furious|annoyed|grumpy|heartbroken|stressed|panicky|shaky|miserable|down|low|"
    r"unfair|rubbish|awful|horrible|heavy|hard|tough|difficult|rough|big|scary|"
    r"unsettling|wound up|on edge|rotten|gutting|sore|wobbly|nightmare|overwhelming|stressful|"
    r"stressed out|the worst|a lot|too much|proper rubbish)"
)

PLAYFULNESS: Final = [
    _cue(
        "playfulness",
        r"\blet's (?:pretend|play|be|see if|see who|make it a game|race|count \w+ in)\b",
        0.75,
    ),
    _cue("playfulness", r"\b(?:shall we|can we|let's) see (?:who|if|how)\b", 0.6),
    _cue(
        "playfulness",
        r"\b(?:jigsaw|tower|pencil|sock|socks|crayons?|zip|numbers?|bricks?|puzzle|ball|shoes?)\s+"
        r"(?:is|are)\s+(?:being\s+)?(?:very\s+|so\s+)?(?:naughty|silly|cheeky|sleepy|grumpy|hungry|hiding)\b",
        0.75,
    ),
    _cue("playfulness", r"\b(?:pretend|imagine)\b(?! to be (?:ill|sick))", 0.55),
    _cue("playfulness", r"\bi bet (?:we|you)\b|\bbet (?:i|we) can\b", 0.6),
    _cue("playfulness", r"\bsilly\b", 0.4),
    _cue("playfulness", r"\brace you\b|\bmake it a (?:race|game)\b|\bshall we make it\b", 0.8),
    _cue(
        "playfulness", r"\bi bet (?:you can't|i'll lose|you could|you can)\b|\bbet you can't\b", 0.8
    ),
    _cue(
        "playfulness",
        r"\b(?:monster|dragon|dinosaur|pirate|superhero|secret agent|secret mission|detective|"
        r"detectives|giant|teddy|mr bear|unicorn|wizard|robot|tickle|peekaboo|peek-a-boo|"
        r"i spy|floor is lava|lava|jelly beans?|silly voice|funny voice|posh voice|riddle|"
        r"knock knock|boop|high five|low five|too slow|tidy-up song|quack|rarr+|ta-?da|"
        r"champion|mission)\b",
        0.7,
    ),
    _cue("playfulness", r"\b(?:oops|whoops|uh oh|uh-oh|oopsie|yikes|oh dear)\b", 0.45),
    _cue("playfulness", r"\b(?:haha|hehe|ha ha|ha!|lol)\b|\bha,|^ha\b", 0.6),
    _cue(
        "playfulness",
        r"\b(?:silly|wobbly|sleepy|naughty|cheeky|grumpy)\s+(?:tower|pencil|sock|jigsaw|cloud|crayons?|zip|numbers|bricks|face|day)\b",
        0.75,
    ),
    _cue(
        "playfulness",
        r"\b(?:sock monster|escaped|has run away|run away|wake it up|feed him)\b",
        0.6,
    ),
    _cue("playfulness", r"\byou win\b|\byou got me\b|\btoo quick for me\b|\bwhich voice\b", 0.7),
    _cue(
        "playfulness",
        r"\b(?:rubbish|terrible|worst) (?:joke|singer|telly|dancer)\b|\bla la\b",
        0.75,
    ),
    _cue("playfulness", r"\bdeal\?\s*$|\bgo on then\b|\bhit me with\b", 0.55),
    _cue("playfulness", r"\b(?:oh my goodness|ooh|ooh,)\b", 0.25),
    _cue("playfulness", r"!.*\?|\?.*!", 0.15),
    _cue("playfulness", r"\b(?:giggle|laugh|fun|funny|game|games|song|sing)\b", 0.35),
]

ACCEPTANCE: Final = [
    _cue(
        "acceptance",
        rf"\b(?:{ITS}|it's|its)\s+(?:totally\s+|completely\s+|absolutely\s+|really\s+|perfectly\s+)?"
        r"(?:okay|ok|alright|all right|fine|normal|allowed|understandable)\s+"
        r"(?:to|not to|that|if)\b",
        0.9,
    ),
    _cue(
        "acceptance",
        rf"\b(?:{ITS}|that's)\s+(?:totally\s+|completely\s+)?(?:okay|ok|alright|fine|allowed|understandable)\b",
        0.6,
    ),
    _cue(
        "acceptance",
        rf"\b{YOURE}\s+(?:not|never)\s+(?:in trouble|a bad|bad|naughty|a problem|the only)\b",
        0.9,
    ),
    _cue("acceptance", r"\bnot in trouble\b|\bnobody thinks you're\b", 0.85),
    _cue(
        "acceptance",
        rf"\b{IM}\s+not\s+(?:cross|angry|mad|upset with you|going to tell you off|going anywhere|judging)\b",
        0.8,
    ),
    _cue(
        "acceptance",
        rf"\bi (?:don't|do not) think {YOURE}\s+(?:a\s+)?bad\b|\bi'm not going to think badly\b",
        0.85,
    ),
    _cue(
        "acceptance",
        r"\b(?:all|your)\s+feelings\s+(?:are|is)\s+(?:allowed|okay|ok|welcome|fine|valid)\b|\bfeelings aren't right or wrong\b",
        0.9,
    ),
    _cue("acceptance", r"\b(?:makes|made) (?:total |complete )?sense\b", 0.65),
    _cue("acceptance", r"\bof course you\b|\banyone would\b|\bwould upset anyone\b", 0.55),
    _cue(
        "acceptance",
        r"\b(?:mistakes|getting it wrong|not knowing)\s+(?:are|is)\s+(?:how|part|okay|fine|just|normal)\b"
        r"|\beveryone makes mistakes\b|\bthat's how we learn\b|\bpart of learning\b",
        0.85,
    ),
    _cue(
        "acceptance",
        r"\b(?:lots of|loads of|most|many|all)\s+(?:people|children|kids|of us)\s+(?:find|finds|get|feel|struggle|have)\b"
        r"|\b(?:lots|loads) of (?:people|us|kids) do\b|\beveryone (?:finds|gets|feels|struggles)\b|\bwe all (?:have (?:days|times|moments|those)|get|feel|find)\b"
        r"|\bnot the only one\b|\bhappens to (?:all|everyone|everybody|the best)\b|\bmost people (?:don't|find|get)\b",
        0.7,
    ),
    _cue(
        "acceptance",
        rf"\bi\s+(?:still\s+)?(?:care about|like|love)\s+you\b|\bnothing you (?:could|can) do\b"
        rf"|\b{IM} still here\b|\bi'm not going anywhere\b|\bstill (?:part of|welcome)\b|\bwelcome here\b",
        0.75,
    ),
    _cue(
        "acceptance",
        rf"\b{YOURE}\s+(?:still\s+)?(?:a\s+)?(?:really\s+|such a\s+|so\s+)?(?:good|kind|thoughtful|helpful|caring|lovely)\s*(?:kid|child|boy|girl|person|friend|and helpful)?\b",
        0.7,
    ),
    _cue(
        "acceptance",
        r"\b(?:kind|helpful|thoughtful|caring) (?:friend|person|child|boy|girl)\b|\bthat was (?:really |so )?kind\b",
        0.6,
    ),
    _cue(
        "acceptance",
        rf"\b{YOURE}\s+(?:doing|trying)\s+(?:your|the)\s+best\b|\bdoing the best (?:you|they) can\b",
        0.8,
    ),
    _cue(
        "acceptance",
        rf"\b{YOU}\s+(?:don't|do not)\s+(?:have|need)\s+to\s+(?:be perfect|talk|tell me|look at me|have an answer|explain)\b",
        0.75,
    ),
    _cue(
        "acceptance",
        rf"\b{YOU}\s+(?:don't|do not)\s+need\s+to\s+have\b|\bno rush\b|\bwhenever you're ready\b|\bin your own time\b",
        0.6,
    ),
    _cue(
        "acceptance",
        rf"\b{YOURE}\s+allowed\s+to\b|\bthat's allowed\b|\band that's (?:okay|ok|allowed|alright)\b",
        0.85,
    ),
    _cue("acceptance", r"\b(?:brave|okay|fine) to (?:ask|need|cry|feel|take)\b", 0.75),
    _cue("acceptance", r"\b(?:the )?kind of person you are\b|\bsays a lot about you\b", 0.6),
    _cue("acceptance", r"\b(?:no|isn't a|there's no) right or wrong\b", 0.85),
    _cue(
        "acceptance",
        r"\bnothing (?:you've|you have|you) (?:told me|said|done|do|say)\b[^.?!]{0,20}\bchange",
        0.8,
    ),
    _cue("acceptance", r"\b(?:you're|you are) (?:still )?part of (?:this|the|our)\b", 0.75),
    _cue(
        "acceptance",
        r"\bwhatever pace\b|\byour own pace\b|\bpace (?:that|which)? ?feels right\b",
        0.6,
    ),
    _cue(
        "acceptance",
        rf"\b{YOURE}\s+not\s+(?:weird|wrong|stupid|silly|odd|strange|being dramatic)\b",
        0.8,
    ),
    _cue("acceptance", r"\bunderstandable\b", 0.55),
    _cue("acceptance", r"\b(?:everybody|everyone) (?:gets|finds|feels)\b|\beven grown-?ups\b", 0.7),
    _cue(
        "acceptance",
        r"\bfair enough\b|\bcompletely reasonable\b|\bnot a problem to be fixed\b",
        0.6,
    ),
    _cue(
        "acceptance",
        r"\bfresh start\b|\bnothing's held against\b|\bi know you didn't mean\b|\bdon't think you meant\b",
        0.7,
    ),
    _cue(
        "acceptance",
        r"\bwhatever (?:kind of day|happened|you tell me)\b|\bwe can sort it out\b",
        0.45,
    ),
    _cue(
        "acceptance",
        r"\bsome days are (?:just )?harder\b|\bwe all have days\b|\bjust the first step\b|\bwhere finding out begins\b",
        0.8,
    ),
    _cue("acceptance", r"\bjust the way you are\b|\bi know sharing isn't easy\b|\bnot easy\b", 0.5),
    _cue("acceptance", r"\bgetting so good at\b|\bwell done,? you\b|\bwell done you\b", 0.6),
    _cue(
        "acceptance", r"\b(?:calm down|breaths?|breathe|calm)\s+together\b|\btogether first\b", 0.5
    ),
    _cue("acceptance", r"\bisn't okay,? (?:and|but) (?:you're|you are)\b", 0.85),
    _cue(
        "acceptance",
        r"\bneed a (?:minute|break|bit of space)\b.*\b(?:fine|okay|ok)\b|\bif you need a\b",
        0.5,
    ),
]

CURIOSITY: Final = [
    _cue("curiosity", r"\bi(?:'m| am)?\s+(?:just\s+)?wonder(?:ing)?\b", 0.9),
    _cue("curiosity", r"\bi(?:'m| am) (?:curious|interested in how|guessing)\b", 0.85),
    _cue(
        "curiosity",
        r"\bwhat(?:'s| is| was| were)?\s+(?:going on|happening|been happening|been going on|on your mind|"
        r"going through your mind|happened|the hardest|the worst|the trickiest|up|bothering)\b",
        0.75,
    ),
    _cue("curiosity", r"\bwhat\s+(?:do|did|d')\s*(?:you|u|ya)\s+(?:think|reckon)\b", 0.6),
    _cue("curiosity", r"\bwhat(?:'s| is| was)\s+(?:that|it)\s+(?:like|about|all about)\b", 0.85),
    _cue(
        "curiosity",
        r"\bhelp me understand\b|\bhow (?:you|u) see it\b|\byour take\b|\bfrom your (?:side|point of view)\b",
        0.85,
    ),
    _cue(
        "curiosity",
        r"\bhow (?:did|does|do|are|is|would|were) (?:that|it|you|u) (?:feel|feeling)\b|\bhow are you feeling\b|\bhow (?:would|do) you feel\b",
        0.75,
    ),
    _cue(
        "curiosity",
        r"\btell me (?:a bit )?(?:more|about)\b|\bwant to tell me\b|\bwhat would you want me to know\b",
        0.7,
    ),
    _cue(
        "curiosity",
        r"(?<!why )(?<!how )(?<!what )\b(?:is it|could it be|was it|might it be|maybe|perhaps)\b[^.?!]*\?",
        0.6,
    ),
    _cue(
        "curiosity",
        r"\bis that right\b|\bhave i got (?:that|it) (?:right|wrong)\b|\bam i right\b|\bi might be wrong\b",
        0.7,
    ),
    _cue(
        "curiosity",
        r"\bwhat (?:might|could|would) (?:help|make|have been)\b|\bwhat could we try\b|\bwhat do you reckon would\b",
        0.6,
    ),
    _cue(
        "curiosity",
        r"\bwhat was (?:she|he|they|\w+) feeling\b|\bwhat (?:do|did) you think \w+ (?:was|were|might|felt)\b",
        0.75,
    ),
    _cue(
        "curiosity",
        r"\blet's think (?:about|together)\b|\bthink together\b|\bwork out together\b",
        0.55,
    ),
    _cue("curiosity", r"\bwhat comes up for you\b|\bwhat's been\b", 0.6),
    _cue("curiosity", r"\bwhat(?:'s)? happened\b|^what happened\b", 0.7),
    _cue(
        "curiosity",
        r"\b(?:was|is) something (?:bothering|worrying|up)\b|\bsomething happened\b.*\?",
        0.65,
    ),
    _cue("curiosity", r"\bfeelings detectives?\b|\bwhat clues\b|\bshow me what happened\b", 0.5),
    _cue(
        "curiosity",
        r"\bdo you know why (?:that|he|she|they)\b|\bwhy do you think (?:he|she|they|that (?:boy|girl)|your friend) (?:is|was|might)\b",
        0.55,
    ),
    # An open question about the child's experience, however it is worded.
    _cue(
        "curiosity",
        r"\b(?:what|how|which)\b[^?.!]*\b(?:feel\w*|like|happen\w*|went down|going on|stress\w*|"
        r"worr\w*|different|mind|mean|meant|bit|part|hardest|heaviest|been|long)\b[^?.!]*\?",
        0.6,
    ),
    _cue(
        "curiosity",
        r"\bdo you reckon\b|\bcould (?:she|he|they) have\b|\bdo you think (?:she|he|they)\b",
        0.6,
    ),
    _cue("curiosity", r"\bhelp me (?:get a picture|see|get a sense|make sense)\b", 0.75),
    _cue("curiosity", r"\bcan you think of\b|\bas many ways as\b|\bmaybe try that again\?", 0.5),
]

EMPATHY: Final = [
    _cue(
        "empathy",
        r"\b(?:that|it|this)\s+(?:must|must've|must have)\s+(?:be|been|feel|felt|hurt)\b",
        0.9,
    ),
    _cue(
        "empathy",
        rf"\b(?:that|it)?\s*sounds?\s+(?:like\s+)?(?:really\s+|so\s+|pretty\s+|a bit\s+|proper\s+)?(?:{_FEELING}|a lot|like you|like it)\b",
        0.85,
    ),
    _cue(
        "empathy",
        rf"\bi\s+can\s+(?:see|tell|hear|imagine)\s+(?:that\s+|how\s+)?"
        rf"(?:{YOURE}|you (?:feel|felt|were|really|look|got|get|miss|want)|how|it's|this|something|that (?:you|it))\b",
        0.8,
    ),
    _cue("empathy", r"\bno wonder\b", 0.9),
    _cue("empathy", r"\bi (?:understand|get it|get that|hear you|know how)\b|\bi hear you\b", 0.6),
    _cue(
        "empathy",
        r"\bi(?:'d| would) (?:feel|be|hate|find|get)\b[^.?!]{0,30}\b(?:too|as well|the same)\b|\bwind me up too\b|\bme too\b",
        0.8,
    ),
    _cue(
        "empathy",
        r"\b(?:i'm|i am|im) (?:so |really |very )?sorry (?:that|you|this|it|about)\b|\bsorry (?:that happened|you're dealing)\b|\bi'm sorry\b|\bim sorry\b",
        0.8,
    ),
    _cue(
        "empathy",
        rf"\b{ITS}\s+(?:really\s+|so\s+|very\s+)?(?:{_FEELING}|a horrible feeling)\b",
        0.75,
    ),
    _cue(
        "empathy",
        rf"\b(?:you|u)\s+(?:look|seem|sound)\s+(?:really\s+|so\s+|a bit\s+|very\s+)?{_FEELING}\b",
        0.8,
    ),
    _cue(
        "empathy",
        rf"\b{YOURE}\s+(?:really\s+|so\s+|very\s+|feeling\s+)?(?:{_FEELING})\b",
        0.5,
        negatable=True,
    ),
    _cue(
        "empathy",
        r"\b(?:not|never) (?:on your own|alone)\b|\bdon't have to do this on your own\b",
        0.85,
    ),
    _cue(
        "empathy",
        rf"\b{IM}\s+(?:right\s+)?here(?:\s+with\s+you)?\b|\bi've got you\b|\bi'm with you\b",
        0.6,
    ),
    _cue("empathy", r"\b(?:alongside you|with you)\b", 0.55),
    _cue(
        "empathy",
        r"\b(?:calm down|breaths?|breathe|calm)\s+together\b|\bhelp you (?:calm|feel calmer)\b",
        0.55,
    ),
    _cue(
        "empathy",
        rf"\b{YOU}\s+(?:felt|feel|were feeling|get|got|gets)\s+(?:really\s+|so\s+|a bit\s+|very\s+)?{_FEELING}\b",
        0.55,
        negatable=True,
    ),
    _cue("empathy", r"\bthat would make sense\b", 0.5),
    # Normalising how something feels: "new places can feel really scary".
    _cue("empathy", r"\bcan (?:feel|be) (?:really |so |a bit |quite |very |pretty )+\w+", 0.55),
    _cue("empathy", rf"\bsounds? like (?:\S+\s+){{1,4}}?(?:really\s+|so\s+)?{_FEELING}\b", 0.75),
    _cue(
        "empathy",
        rf"\bi\s+can\s+(?:see|tell|hear)\s+(?:that\s+|how\s+)?(?:\S+\s+){{0,4}}?(?:really\s+|so\s+)?{_FEELING}\b",
        0.8,
    ),
    _cue("empathy", r"\bpoor (?:you|thing|love|lamb)\b|\bbless you\b", 0.7),
    _cue(
        "empathy",
        r"\bi (?:remember|know) (?:that|the) feeling\b|\bi've felt (?:that|like that)\b|\bbeen there\b",
        0.75,
    ),
    _cue(
        "empathy",
        rf"\b(?:is|are|can be|gets)\s+(?:really\s+|so\s+)?{_FEELING}\s+for\s+(?:everyone|everybody|anyone|lots)\b",
        0.6,
    ),
    _cue("empathy", r"\byou(?:'re)? miss(?:ing)? (?:home|your|him|her|them)\b", 0.6),
    _cue("empathy", r"\b(?:really )?got to you\b|\bget to you\b", 0.6),
    _cue(
        "empathy", r"(?<!so )\bi know (?:it's|it is|you|waiting|that|how|it feels|sharing)\b", 0.6
    ),
    _cue("empathy", r"\b(?:hard|difficult|tough|scary|horrible)\s+(?:for you|when)\b", 0.8),
    _cue(
        "empathy",
        rf"\b(?:it|that|this) (?:feels|felt|looked|looks|seemed|seems) (?:like it was )?(?:so |really |a bit |pretty )?{_FEELING}\b",
        0.7,
    ),
    _cue(
        "empathy",
        r"\bhow much that matters\b|\bthat's a lot\b|\ba lot to (?:carry|handle|deal with)\b",
        0.8,
    ),
    _cue(
        "empathy",
        r"\boh (?:sweetheart|love|darling|pet|mate)\b|\bbig (?:tears|feelings?|shock)\b",
        0.55,
    ),
    _cue("empathy", r"\bunderstandable\b|\bmakes sense (?:that you|you)\b", 0.55),
    _cue("empathy", r"\b(?:really|so) (?:trying|wanted)\b", 0.4),
    _cue("empathy", r"\bi (?:have )?noticed (?:it's|it is) (?:very |really )?hard\b", 0.8),
    _cue("empathy", r"\bit looked hard\b|\blooks like that was hard\b", 0.8),
]

# The negated forms of empathy words that should not count ("you're not sad").
NOT_FEELING: Final = re.compile(
    rf"\b{YOURE}\s+not\s+{_FEELING}\b|\b{DONT} (?:be|feel)\b", re.IGNORECASE
)

ALL_CUES: Final = [*PLAYFULNESS, *ACCEPTANCE, *CURIOSITY, *EMPATHY]
