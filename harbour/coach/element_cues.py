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
    # Tone markers (laughter, emoji, "ooh") only count when nothing in the
    # utterance mocks, shames, threatens or dismisses: laughing *at* a child
    # is not playfulness.
    tone: bool = False


def _cue(
    element: str, expression: str, weight: float, *, negatable: bool = False, tone: bool = False
) -> ElementCue:
    return ElementCue(element, re.compile(expression, re.IGNORECASE), weight, negatable, tone)


_FEELING = (
    r"(?:upset|sad|angry|cross|worried|scared|frightened|frightening|anxious|nervous|lonely|hurt|"
    r"fed up|frustrated|frustrating|disappointed|disappointing|gutted|embarrassed|"
    r"confused|confusing|overwhelmed|tired|exhausted|exhausting|jealous|left out|fuming|"
    r"furious|annoyed|grumpy|heartbroken|stressed|panicky|shaky|miserable|down|low|"
    r"unfair|rubbish|awful|horrible|heavy|hard|tough|difficult|rough|big|scary|"
    r"unsettling|wound up|on edge|rotten|gutting|sore|wobbly|nightmare|overwhelming|stressful|"
    r"stressed out|the worst|a lot|too much|proper rubbish|"
    # Broader feeling vocabulary from counsellors, carers and young people.
    r"lonely|isolated|invisible|ignored|blamed|betrayed|rejected|abandoned|humiliated|"
    r"humiliating|ashamed|guilty|uneasy|unsettled|tense|jumpy|restless|drained|knackered|"
    r"shattered|done in|raging|livid|devastated|crushed|heartbreaking|painful|terrifying|"
    r"terrified|petrified|panicked|panicking|powerless|helpless|hopeless|trapped|"
    r"unfair|grim|pants|naff|mortifying|mortified|embarass\w*|embarrasing|awkward|"
    r"exhausting|draining|lonely place|upside down|all over the place|on guard|"
    r"freaked out|freaking out|frustrat\w*|irritat\w*|sick of it|cheesed off|"
    r"hacked off|homesick|nervy|worrying|upsetting|"
    r"hurtful)"
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
    _cue(
        "playfulness",
        r"\bpretend\b(?! to be (?:ill|sick))|(?<!can )(?<!can't )(?<!cannot )(?<!i )\bimagine\b",
        0.55,
    ),
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
    _cue("playfulness", r"\b(?:haha|hehe|ha ha|ha!)\b|\bha,|^ha\b", 0.6, tone=True),
    # "lol" is often just punctuation in a young person's message.
    _cue("playfulness", r"\b(?:lol|lmao+|lmfao)\b|😂|🤣|😆|😜|😝|😛", 0.35, tone=True),
    _cue(
        "playfulness",
        r"\b(?:silly|wobbly|sleepy|naughty|cheeky|grumpy)\s+(?:tower|pencil|sock|jigsaw|cloud|crayons?|zip|numbers|bricks|face|day)\b",
        0.75,
    ),
    _cue(
        "playfulness",
        r"\b(?:sock monster|escaped|escaping|making a run for it|has run away|run away|wake it up|feed him)\b",
        0.6,
    ),
    _cue("playfulness", r"\byou win\b|\byou got me\b|\btoo quick for me\b|\bwhich voice\b", 0.7),
    _cue(
        "playfulness",
        r"\b(?:rubbish|terrible|worst) (?:joke|singer|telly|dancer)\b|\bla la\b",
        0.75,
    ),
    _cue("playfulness", r"\bdeal\?\s*$|\bhit me with\b", 0.55),
    _cue("playfulness", r"\bgo on then\b", 0.35, tone=True),
    _cue("playfulness", r"\b(?:oh my goodness|oh my days|oh my word|ooh|ooh,)\b", 0.25, tone=True),
    _cue("playfulness", r"!.*\?|\?.*!", 0.15, tone=True),
    _cue("playfulness", r"\b(?:giggl\w*|laugh|fun|funny|game|games|song|sing)\b", 0.35),
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
        rf"(?<!if )\b{YOURE}\s+(?:still\s+)?(?:a\s+)?(?:really\s+|such a\s+|so\s+)?(?:good|kind|thoughtful|helpful|caring|lovely)\s*(?:kid|child|boy|girl|person|friend|and helpful)?\b",
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
        rf"\b{YOURE}\s+allowed\s+to\b(?!\s+(?:go|use|borrow|take|leave|sit|stand|eat|drink|bring|wear|"
        r"play|pick|choose|have (?:a|one|some|two))\b)|\bthat's allowed\b|\band that's (?:okay|ok|allowed|alright)\b",
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
        r"(?<!for )(?<!about )(?<!after )(?<!from )(?<!of )(?<!by )"
        r"\bwhat(?:'s| is| was| were)?\s+(?:going on|happening|been happening|been going on|on your mind|"
        r"going through your mind|happened|the hardest|the worst|the trickiest|up|bothering)\b",
        0.75,
    ),
    _cue(
        "curiosity",
        r"\bwhat\s+(?:do|did|d')\s*(?:you|u|ya)\s+(?:think|reckon)\b"
        # Predictions and lesson content are teaching, not wondering about the child.
        r"(?!\s+(?:happens|will happen|would happen|the (?:author|composer|writer|poet|artist|scientist|"
        r"answer|character|poem|painting)))",
        0.6,
    ),
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
        r"(?<!why )(?<!how )(?<!what )\b(?:is it|could it be|was it|might it be|maybe|perhaps)\b"
        r"(?!\s+(?:the|a|your)\s+\w+(?:\s+\w+)?\s+or\s+(?:the|a|your)\b)[^.?!]*\?",
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
    _cue(
        "curiosity",
        r"(?<!for )(?<!about )(?<!after )(?<!from )(?<!of )(?<!by )\bwhat(?:'s)? happened\b|^what happened\b",
        0.7,
    ),
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
        # (Not a prediction about lesson content: "what do you think happens
        # to the ice when we heat it?")
        r"\b(?:what|how|which)\b(?! do (?:you|u) think (?:happens|will happen) (?:to|when|if)\b)"
        r"[^?.!]*\b(?:feel\w*|like|happen\w*|went down|going on|stress\w*|"
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
    _cue(
        "empathy",
        r"(?<!did )(?<!do )(?<!if )\bi (?:understand|get it|get that|hear you|know how)\b|\bi hear you\b",
        0.6,
    ),
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
        rf"\b(?:you|u)\s+(?:look|seem|sound)\s+(?:really\s+|so\s+|a bit\s+|very\s+)?"
        rf"(?:(?:frozen|soaked|wet|cold|pale|quiet|shaky)\s+and\s+(?:a bit\s+|really\s+)?)?{_FEELING}\b",
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
        rf"\b{IM}\s+(?:right\s+)?here\b(?!\s+to\b)(?:\s+with\s+you)?|\bi've got you\b|\bi'm with you\b",
        0.6,
    ),
    _cue(
        "empathy",
        r"\balongside you\b|\b(?:here|stay|staying|sit|sitting|be|right here|i'm) with you\b",
        0.55,
        negatable=True,
    ),
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
    _cue("empathy", rf"\bsounds? like (?:\S+\s+){{1,6}}?(?:really\s+|so\s+)?{_FEELING}\b", 0.75),
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
        "empathy",
        r"(?<!so )\bi know (?:it's|it is|you(?:'re| are| feel| felt| were| miss| want| really| find)|"
        r"waiting|that|how|it feels|sharing)\b",
        0.6,
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

# --- General forms of reflective listening and play ------------------------
#
# Added after measuring on the voices_* sets: real counsellors, carers and
# peer supporters use these structures with words the corpus never had, so
# each cue is a structure (a reflection, a validation, an open question, a
# game) rather than a phrase.

_ADVERB = r"(?:(?:really|so|such|very|pretty|quite|a bit|a little|proper|properly|honestly|just|kind of|kinda|super|absolutely|totally)\s+)*"

PLAY_FORMS: Final = [
    # Games and play the adult offers.
    _cue(
        "playfulness",
        r"\b(?:rock[- ]paper[- ]scissors|hide and seek|noughts and crosses|hangman|simon says|"
        r"charades|would you rather|treasure hunt|snap|uno|build (?:a|us a) (?:den|fort)|"
        r"(?:a|the) den\b|blanket fort|pillow fight|thumb war|tickle monster|musical statues)\b",
        0.7,
    ),
    # A playful challenge with a forfeit: "loser buys the cookies".
    _cue(
        "playfulness",
        r"\b(?:loser|winner|first one|last one|first to|last to)\s+(?:\w+\s+){0,3}?"
        r"(?:buys|makes|gets|does|has to|wins|chooses)\b",
        0.7,
    ),
    _cue(
        "playfulness",
        r"\b(?:turn|make)\s+(?:it|this|that|your \w+|the \w+)\s+into\s+(?:a|an)\s+"
        r"(?:game|quiz|race|competition|challenge|song|dance)\b",
        0.75,
    ),
    _cue("playfulness", r"\b(?:do|doing) (?:all )?(?:the|my|a) (?:\w+ )?voices?\b", 0.6),
    # Self-deprecating humour shared with the child.
    _cue(
        "playfulness",
        r"\bgo easy on me\b|\b(?:i'm|i am) (?:so |really )?(?:rubbish|terrible|useless|hopeless) at\b"
        r"|\bchef of the year\b|\bmy brain is (?:literally )?(?:a|mush|jelly|soup)\b",
        0.55,
    ),
    _cue("playfulness", r"\b(?:jk|just kidding|only joking|just joking)\b", 0.55),
    # Toys and animals given a character: "Mr Penguin", "Captain Sock".
    _cue(
        "playfulness",
        r"\b(?:mr|mrs|miss|captain|sir|lord|lady|professor)\.?\s+(?:penguin|bear|teddy|fox|rabbit|"
        r"bunny|dino|sock|pencil|tickle|grumpy|wobble|giraffe|elephant|lion|tiger|owl|frog|duck|"
        r"panda|monkey|potato|sausage|snail|worm|fluffy|noodle)\b",
        0.7,
    ),
    # Externalising a feeling as a creature or thing, a counselling game.
    _cue(
        "playfulness",
        r"\bif (?:your|the|that) (?:worry|worries|anger|feeling|sadness|fear|brain|mood)\s+"
        r"(?:was|were|could|had)\b",
        0.6,
    ),
    _cue("playfulness", r"\bdoctor's orders\b|\bplot twist\b", 0.5, tone=True),
]

VALIDATION_FORMS: Final = [
    _cue("acceptance", r"\btake (?:your|all the) time\b|\bno pressure\b", 0.6),
    _cue(
        "acceptance",
        r"\bno (?:right|wrong) (?:answer|way to feel)\b|\bno such thing as a (?:silly|stupid|wrong|bad)\b"
        r"|\bnothing wrong with (?:needing|feeling|being|asking|wanting|crying|taking)\b",
        0.8,
    ),
    _cue(
        "acceptance",
        r"\bnothing (?:you|u)\b[^.!?]{0,60}\b(?:change|less of you|stop me|go away)\b"
        r"|\b(?:doesn't|does not|won't|will not|can't|didn't)\s+change\s+(?:that|how (?:i|we) feel|"
        r"how much|the way (?:i|we)|what i think of|anything between)\b",
        0.75,
    ),
    _cue(
        "acceptance",
        r"\b(?:some|lots of|loads of|plenty of|many|most|so many)\s+(?:people|children|kids|young people|of us)\s+"
        r"(?:\w+\s+)?(?:feel|find|get|have|do|struggle|worry|cry|go through)\b|\bboth (?:things )?can be true\b",
        0.7,
    ),
    _cue(
        "acceptance",
        r"\b(?:a |so |totally |completely |really |perfectly )?normal (?:reaction|response|thing to feel|"
        r"way to feel|to feel)\b|\b(?:totally|completely|perfectly|really|very) normal\b",
        0.7,
    ),
    _cue(
        "acceptance",
        r"\bi\s+(?:still\s+|really\s+|do\s+)?(?:care about|like|love|enjoy)\s+(?:having you|spending|"
        r"our (?:chats|talks|time)|these (?:chats|talks)|having these|being with you|seeing you|talking (?:to|with) you)\b",
        0.7,
    ),
    _cue(
        "acceptance",
        r"\b(?:crying|tears|feeling\s+\w+|being\s+\w+|needing\s+\w+|not\s+knowing|anger|that)\s+"
        r"(?:in here\s+|here\s+)?(?:is|are|'s)\s+(?:completely\s+|totally\s+|absolutely\s+|really\s+|"
        r"perfectly\s+)?(?:fine|okay|ok|alright|allowed|normal|welcome|valid)\b",
        0.8,
    ),
    _cue("acceptance", r"\bevery right to\b|\b(?:so |totally |completely |really )?valid\b", 0.75),
    _cue(
        "acceptance",
        r"\bi(?:'ll| will) (?:still )?be (?:here|around|there for you)\b|\bi'm (?:still )?around\b"
        r"|\b(?:i'm|i am) not (?:leaving|giving up on you)\b|\bi won't (?:leave|give up on you)\b"
        r"|\bfor as long as you need\b",
        0.65,
    ),
    _cue(
        "acceptance",
        r"\b(?:you're|you are|we're|we are)\s+not\s+going\s+anywhere\b(?!\s+(?:until|till|unless))",
        0.7,
    ),
    _cue("acceptance", r"\bcourse (?:you|u) (?:do|did|are|would|were|miss|feel|want)\b", 0.6),
    _cue(
        "acceptance",
        r"\b(?:you're|you are) still (?:my|our|part|welcome|loved|important|a good|really)\b",
        0.75,
    ),
    _cue(
        "acceptance",
        r"\bbrave (?:of you )?to (?:tell|say|share|come|ask|talk)\b|\btakes (?:courage|guts) to\b",
        0.7,
    ),
    _cue(
        "acceptance",
        r"\b(?:not here|i'm not going|i won't|i will not) to (?:tell you off|judge|shout|lecture)\b"
        r"|\bi won't judge\b|\bno judg(?:e)?ment\b|\bnot (?:here )?to judge\b"
        r"|\b(?:i'm|i am) here to (?:understand|listen|help)\b",
        0.7,
    ),
    _cue(
        "acceptance",
        r"\bi (?:don't|do not) think (?:you're|you are|you were)\s+(?:at all\b|being (?:silly|bad|naughty|"
        r"stupid|weird|difficult|dramatic)|(?:silly|bad|naughty|stupid|weird|a problem|a nuisance))"
        r"|\bi (?:don't|do not) think (?:you are|you were)(?: at all)?(?=[.!?,]|$)",
        0.7,
    ),
    _cue("acceptance", r"\b(?:you can|it's okay to|it's ok to|feel free to) cry\b", 0.75),
]

OPEN_QUESTION_FORMS: Final = [
    _cue("curiosity", r"\bwhat do you make of\b", 0.7),
    _cue(
        "curiosity",
        r"\b(?:does|did) that (?:fit|sound right|feel right|ring true)\b"
        r"|\b(?:let me )?check (?:i've|i have) got (?:this|that|it) right\b"
        r"|\bdid i (?:get|miss) (?:that|it|something)\b|\bwhat (?:did )?i (?:missed|miss|got wrong|get wrong)\b",
        0.7,
    ),
    _cue("curiosity", r"\bsay (?:a (?:bit|little) )?more (?:about)?\b", 0.7),
    _cue(
        "curiosity",
        r"\bhow (?:did|do|are|have) you (?:get through|cope|coping|cope with|deal with|manage|been managing|"
        r"been coping|holding up)\b",
        0.65,
    ),
    _cue(
        "curiosity",
        r"\bhow (?:are|r) (?:you|u) (?:doing|feeling|getting on|holding up|actually|really)\b"
        r"|\bhow did (?:it|that|the \w+) go\b|\bhow (?:have|'ve) you been\b",
        0.55,
    ),
    _cue(
        "curiosity",
        r"\bwhat(?:'s| is| has)\s+(?:changed|different|going on for you|happening for you)\b"
        r"|\b(?:something|anything) on your mind\b",
        0.7,
    ),
    _cue("curiosity", r"\byour side\b(?! of the)", 0.65),
    _cue("curiosity", r"^(?:are )?(?:you|u) (?:ok|okay|alright|all right)\s*\?", 0.55),
]

REFLECTION_FORMS: Final = [
    # "So it sounds like the move has turned everything upside down for you."
    _cue(
        "empathy",
        r"\bsounds? like\b(?!\s+(?:a plan|fun|a good|a great|a nice|an idea|a deal))[^.!?]{0,60}"
        r"\b(?:you|your|part of you)\b",
        0.7,
    ),
    _cue(
        "empathy",
        rf"\b(?:i'm hearing|what i'm hearing|i can hear|i hear)\b[^.!?]{{0,40}}\b(?:{_FEELING}|anger|hurt|"
        r"sadness|worry|fear)\b|\bwhat i'm hearing is\b",
        0.75,
    ),
    _cue(
        "empathy",
        r"\bi (?:get|have) (?:the|a) (?:sense|feeling|impression) (?:that )?(?:you|school|home|it|things)\b"
        r"|\bi can(?:'t| not|not) (?:imagine|begin to imagine) how\b",
        0.75,
    ),
    _cue(
        "empathy",
        rf"\b(?:that's|that is|it's|it is|it's been|that's been|this is|this has been|it has been|"
        rf"what a)\s+(?:a\s+|such a\s+|an\s+)?{_ADVERB}(?:{_FEELING})\s+(?:thing|place|time|day|week|"
        r"few (?:days|weeks|months)|year|feeling|situation|morning|night|evening|road)\b"
        # "What a horrible thing to do" judges the act; it is not empathy.
        r"(?!\s+to (?:do|say))",
        0.8,
    ),
    _cue(
        "empathy",
        rf"\b{_FEELING}(?:\s+\w+)?\s*,?\s+(?:isn't it|wasn't it|don't they|aren't they|hasn't it|didn't it|"
        r"doesn't it|isn't she|isn't he|eh)\b",
        0.75,
    ),
    _cue(
        "empathy",
        rf"\b(?:days?|mornings?|nights?|it|things|everything|school|home|mondays?|weekends?)\s+(?:can\s+)?"
        rf"(?:feel|feels|felt)\s+{_ADVERB}{_FEELING}\b",
        0.7,
    ),
    _cue(
        "empathy",
        rf"\bi know (?:\w+\s+){{0,3}}(?:was|is|has been|were|feels|felt)\s+{_ADVERB}{_FEELING}\b",
        0.75,
    ),
    _cue(
        "empathy",
        r"\b(?:been|you're|you are|you've been|you were) carrying\b|\ba lot (?:for \w+ )?to carry\b"
        r"|\bcarry(?:ing)? (?:all )?(?:this|that|it|so much|a lot)\b(?=[^.!?]*\b(?:on your own|by yourself|"
        r"alone|inside|around|for so long|for a long time)\b)",
        0.7,
    ),
    _cue(
        "empathy",
        r"\b(?:you|u)\s+(?:look|seem|sound)\s+(?:kind of\s+|kinda\s+|a bit\s+|really\s+|so\s+)?"
        r"(?:quiet|flat|jumpy|on edge|distant|far away|not yourself|miles away)\b",
        0.55,
    ),
]

# The negated forms of empathy words that should not count ("you're not sad").
NOT_FEELING: Final = re.compile(
    rf"\b{YOURE}\s+not\s+{_FEELING}\b|\b{DONT} (?:be|feel)\b", re.IGNORECASE
)

# --- Round 3: permission, belonging and unconditional regard -----------------
#
# The round-2 holdout missed acceptance said as permission ("you're allowed
# to…", "you don't have to be OK"), belonging ("you belong here", "you're
# welcome whatever mood you're in"), the relationship surviving ("I'm on
# your side", "we still love you") and normalising ("you're not the first").
# Each cue is a structure with an open slot, not a sentence.

PERMISSION_FORMS: Final = [
    _cue(
        "acceptance",
        rf"\b{YOU}\s+(?:don't|do not)\s+(?:have|need|got)\s+to\s+(?:be\s+(?:ok|okay|alright|all right|fine|happy|"
        r"strong|brave|perfect|sure|ready|cheerful|nice about it)|pretend|have (?:it|everything|all the answers)|"
        r"know (?:yet|right now|what)|smile|put on a|hide|like it|forgive|decide (?:now|today|yet)|answer)\b"
        rf"|\b{YOU}\s+(?:don't|do not)\s+owe (?:me|anyone|us|them|anybody)\b",
        0.75,
    ),
    _cue(
        "acceptance",
        rf"\b{YOURE}\s+(?:totally\s+|completely\s+|absolutely\s+)?(?:allowed|entitled)\s+to\s+(?:feel|be|cry|say|"
        r"hate|miss|want|need|change|not|get|find|struggle|have (?:a bad|feelings|your))\b"
        r"|\byou get to (?:feel|decide how you feel|be)\b|\bfeel however you (?:feel|need|want)\b",
        0.8,
    ),
    _cue(
        "acceptance",
        r"\bwhatever (?:you're|you are|you|u're|ur) (?:feel(?:ing)?|going through)\b|\bhowever you (?:feel|turn up|"
        r"are feeling|come in)\b|\bwhatever (?:mood|state) you(?:'re| are)?\b|\b(?:any|every|all) (?:feelings?|moods?) "
        r"(?:is|are) (?:welcome|fine|okay|ok|allowed)\b",
        0.75,
    ),
    _cue(
        "acceptance",
        r"\broom (?:here |in here )?for (?:all of (?:it|that|you)|every (?:feeling|bit)|(?:all )?your (?:feelings|worries|"
        r"anger|sadness)|whatever|how you feel|the (?:\w+ )?(?:bits|feelings)|all (?:that|of that|the feelings))\b",
        0.75,
    ),
    _cue(
        "acceptance",
        # Not a bare "thank you for telling me" or "glad you told me": the guide
        # counts politeness alone as no element; welcome with no strings is.
        r"\beven if (?:you|u) (?:don't|do not|can't|aren't) (?:feel like|want to|say|talk|manage)\b"
        r"|\bhowever (?:long|much) (?:it takes|you need)\b",
        0.6,
    ),
    _cue(
        "acceptance",
        r"\b(?:you|u) (?:really\s+|still\s+|do\s+)?(?:matter|count)\b(?=\s*(?:[.,!?]|$|to (?:me|us|people|them)|here|too|so much|a lot))"
        r"|\b(?:you|u) (?:really\s+|do\s+)?belong\b(?=\s*(?:here|with us|in this (?:family|team|club|house|home|"
        r"school|group)|[.,!?]|$))"
        r"|\b(?:you're|you are|you'll always be|always)\s+(?:always\s+|still\s+|so\s+)?welcome\s+(?:here|at (?:my|our|the)|"
        r"in (?:here|this|our)|back|whatever|however|to be|to feel|to cry|to come|to say|to bring|as you are|any ?time)\b",
        0.75,
    ),
    _cue(
        "acceptance",
        r"\bnot the first (?:person |one |kid |young person )?to\b|\bwon't be the last\b"
        r"|\bno (?:right|wrong) way to\b|\b(?:nobody|no one|no-one)(?:'s| is) perfect\b"
        r"|\beven (?:the )?(?:teachers|grown-?ups|adults|staff|i|me)\b[^.!?]{0,20}\b(?:find|found|get|got|struggle|"
        r"struggled|hate|hated)\b"
        r"|\b(?:found|finds|find)\s+(?:this|that|it)\s+(?:\w+\s+)?(?:hard|tricky|difficult|tough|scary)\s+too\b",
        0.7,
    ),
    _cue(
        "acceptance",
        r"\b(?:it's|it is|its|that's)\s+(?:grand|natural|human|cool|normal)\s+(?:to|not to)\b"
        r"|\bno worries if (?:you|u)\b"
        r"|\b(?:mistakes|feelings|tears|worries|questions|all feelings|bad days|wobbles)\s+(?:are|is)\s+"
        r"(?:allowed|welcome|fine|okay|ok|normal)\b",
        0.75,
    ),
    _cue(
        "acceptance",
        r"\b(?:we|i)\s+(?:still\s+|do\s+|really\s+|always\s+)?(?:love|care about)\s+(?:you|u)\b"
        r"|\b(?:i'll|i will|i'm|i am|we're|we are)\s+(?:still\s+|always\s+)?(?:be\s+)?on your side\b"
        r"|\b(?:i've|i have|we've) got your back\b"
        r"|\byour (?:place|spot|bed|room)\b[^.!?]{0,25}\b(?:isn't|is not|is never) going anywhere\b",
        0.75,
    ),
    _cue(
        "acceptance",
        r"\bdoesn't make (?:you|u) (?:a |any )?(?:less|bad|weak|naughty|broken|stupid|wrong|weird|a (?:bad|problem|"
        r"burden|baby|failure)|a bad \w+)\b"
        r"|\b(?:your|those|these|the|all|my)\s+(?:feelings|reactions|worries|fears)\s+(?:make|made)\s+"
        r"(?:total\s+|complete\s+|perfect\s+|so much\s+)?sense\b"
        r"|\b(?:you're|you are)\s+not\s+(?:too much|a burden|broken|the problem|crazy|mad|a bad person|"
        r"a failure|a lost cause|in (?:any )?bother|hard to love|unlovable)\b"
        r"|\b(?:worries|feelings|questions|fears|tears|that|it)\s+(?:aren't|isn't|are not|is not)\s+(?:silly|stupid|"
        r"babyish|daft)\b|\breal to (?:you|u)\b"
        r"|\b(?:i'm|i am)\s+not\s+(?:ashamed|disappointed)\s+(?:of|in)\s+you\b|\bproud (?:of you )?(?:that )?you told me\b"
        r"|\byou can (?:say|tell me) (?:you hate|anything|whatever)\b|\bi can (?:handle|take) it\b",
        0.75,
    ),
]

INNER_QUESTION_FORMS: Final = [
    _cue(
        "curiosity",
        r"\bwhat (?:goes|went|was going|is going|'s going) (?:on )?(?:through|in) your (?:head|mind)\b"
        r"|\bwhere (?:in your body|do you feel (?:it|that))\b|\bwhat (?:do|did|d') (?:you|u) make of\b",
        0.75,
    ),
    _cue(
        "curiosity",
        r"\bwhat made (?:you|u) (?:smile|laugh|happy|choose|pick|decide|want|think of|interested|like)\b",
        0.65,
    ),
    _cue(
        "curiosity",
        r"\bis (?:there )?something (?:about|that|in|going on)\b[^.?!]*\?"
        r"|\bwhat(?:'s| is) (?:wrong|up|the matter)\s*(?:\?|,\s*(?:pet|love|mate|sweetheart|hon|pal|darling))",
        0.6,
    ),
    _cue(
        "curiosity",
        rf"\b(?:were|are|did|do) (?:you|u) (?:feel(?:ing)?\s+)?(?:a bit\s+|really\s+|kind of\s+)?{_FEELING}\b[^.?!]*\?",
        0.6,
    ),
]

REFLECTION_FORMS_3: Final = [
    _cue(
        "empathy",
        rf"\b(?:you|u|that|it|this)\s+must(?:'ve| have| of)\s+(?:been\s+|felt\s+)?(?:so\s+|really\s+|a bit\s+)?"
        rf"(?:{_FEELING}|stung|hurt|terrified|awful|horrible|a shock|upsetting)\b",
        0.85,
    ),
    _cue(
        "empathy",
        r"\bit (?:really\s+)?(?:hurts|stings|sucks|is (?:so |really )?(?:horrible|awful|hard|rotten))\s+when\b"
        r"|\bi know (?:it|that|this) (?:wasn't|isn't|hasn't been|won't be|was not|is not) easy\b"
        r"|\bwhen i was (?:your age|little|a kid|at school)\b[^.!?]{0,40}\b(?:too|as well)\b",
        0.75,
    ),
    _cue(
        "empathy",
        rf"\b(?:were|are) (?:you|u) (?:feeling\s+)?(?:a bit\s+|really\s+)?{_FEELING}\b[^.?!]*\?",
        0.55,
    ),
]

WHIMSY_FORMS: Final = [
    _cue(
        "playfulness",
        r"\b(?:gone on (?:holiday|its holidays|an adventure)|gone walkabout|done a runner|strikes again|"
        r"run off with|having a party (?:in|on))\b"
        r"|\b(?:goblin|gremlin|troll|fairy|fairies|ninja|alien|aliens|zombie|elves)\b",
        0.6,
        tone=True,
    ),
    _cue(
        "playfulness",
        r"\b(?:cheeky|little|silly|daft) (?:monkey|sausage|moo|bean|pickle|noodle)\b|\bwhoever can\b"
        r"|\b(?:silliest|daftest|wobbliest|wiggliest|loudest|sneakiest) (?:walk|dance|face|voice|noise|way)\b"
        r"|\bin the (?:whole (?:wide )?(?:universe|world|galaxy)|history of (?:the world|ever))\b",
        0.6,
        tone=True,
    ),
]

# --- Round 4: normalising, validating "why", open noticing ---------------------
#
# From round 3's holdout, read after its scoring and tuned on in round 4: the
# same moves as before in other words. Each is a structure with an open slot.

ROUND4_FORMS: Final = [
    # "That's really common with negatives, it doesn't mean you can't do maths."
    _cue(
        "acceptance",
        r"\b(?:that's|it's|this is|that is)\s+(?:really\s+|so\s+|very\s+|super\s+|totally\s+)?"
        r"(?:common|normal|usual)\b(?!\s+(?:sense|knowledge|room|area|ground|denominator))"
        r"|\b(?:it|that|this|\w+ing\b[^.!?]{0,30}?)\s+(?:doesn't|does not|don't)\s+mean\s+(?:you(?:'re| are)?\s+)?(?:can't|cannot|"
        r"not|bad|stupid|thick|a failure|useless|rubbish|weak|broken|naughty|in trouble|a bad)\b",
        0.7,
    ),
    # "I get why you'd be furious."
    _cue(
        "acceptance",
        r"\bi (?:totally |completely |really )?(?:get|understand|can see|can understand|see) why "
        r"(?:you|u)(?:'d| would| were| felt| feel| might| did| are|'re)\b",
        0.75,
    ),
    # "Both are okay", "nothing you say has to be tidy", "no wrong things to feel",
    # "u didn't deserve that", "whatever's going on", "this place is yours too".
    _cue(
        "acceptance",
        r"\b(?:both|either|either way|any of (?:that|those)|all of (?:that|those|it))\s+(?:is|are|'s)\s+"
        r"(?:totally\s+|completely\s+)?(?:okay|ok|fine|alright|allowed|welcome)\b"
        r"|\bnothing (?:you|u) (?:say|feel|tell me|bring)\b[^.!?]{0,25}\b(?:has to|needs to|is wrong|is silly|"
        r"is too)\b"
        r"|\bno (?:wrong|bad|silly|stupid) (?:things?|feelings?|questions?)\s+(?:to|in|here)\b"
        r"|\b(?:you|u) (?:didn't|did not|don't|do not) deserve (?:that|this|any of|to be|what)\b"
        r"|\bwhatever(?:'s| is) (?:going on|happening|happened)\b"
        r"|\b(?:this|the) (?:place|room|space|house|home|club) is (?:yours|your place|for you)\b",
        0.75,
    ),
    # "I just want to hear how school feels for you."
    _cue(
        "curiosity",
        r"\bi(?:'d (?:really )?(?:like|love)| (?:just |really )?(?:want|wanted|would like|would love)) to "
        r"(?:hear|know|understand|find out)\s+"
        r"(?:how|what|about|more|your|from you|why you)\b",
        0.65,
    ),
    # "Did something happen in the playground?", "what set it off?"
    _cue(
        "curiosity",
        r"\b(?:did|has|had) (?:something|anything) (?:happen(?:ed)?|go wrong|upset you)\b"
        r"|\bwhat (?:do|did) (?:you|u) think (?:set (?:it|that|you) off|started it|made it)\b"
        r"|\bwhat(?:'s| is| was) (?:going|spinning|whirring) (?:round|around) (?:in )?your (?:head|mind)\b",
        0.7,
    ),
    # "That must get really tiring", "made you feel really alone".
    _cue(
        "empathy",
        rf"\b(?:that|it|this|you)\s+must\s+(?:be|feel|get|get so|make you feel)\s+{_ADVERB}"
        rf"(?:{_FEELING}|tiring|alone|strange|weird|confusing)\b"
        rf"|\bmade (?:you|u) feel {_ADVERB}(?:{_FEELING}|alone|small|stupid|unwanted|left out)\b",
        0.75,
    ),
    # "Nights in a new house can feel strange and a bit scary."
    _cue(
        "empathy",
        rf"\b(?:\w+)\s+(?:\w+\s+){{0,4}}?can\s+(?:feel|be|seem)\s+{_ADVERB}(?:strange|new|weird|odd|"
        rf"{_FEELING})(?:\s+and\s+{_ADVERB}{_FEELING})?\b",
        0.55,
    ),
    # "You look like you've been crying. Do you want some company?"
    _cue(
        "empathy",
        r"\b(?:you|u) (?:look|seem) like (?:you've|you have) (?:been crying|had a (?:rough|hard|bad|tough|long))\b"
        r"|\b(?:do you want|would you like|want|fancy) (?:some |a bit of )?company\b",
        0.6,
    ),
]

# --- Round 5: presence, shared feeling, pretend play, normalising ---------------
#
# From round 4's holdout, read after its scoring and tuned on in round 5.

ROUND5_FORMS: Final = [
    # Presence: "I'm going to stay right here next to you", "we'll get through
    # the rest of today together".
    _cue(
        "empathy",
        r"\bi(?:'m| am)(?: going to| gonna)? (?:stay|staying|sit|sitting|wait|waiting) (?:right )?"
        r"(?:here|with you|next to you|beside you)\b(?! (?:until|till|while) (?:you|u) (?:finish|do|tidy)|,? so)"
        r"|\b(?:we'll|we will|we're going to|we can) (?:get through|face|do) (?:this|it|the rest of "
        r"(?:\w+ ){1,2}|today|tonight) together\b",
        0.6,
    ),
    # Sharing the feeling: "I'd have been fuming too", "it made me gasp too".
    _cue(
        "empathy",
        rf"\bi(?:'d| would)(?: have)? (?:been|be|feel|have felt|felt) {_ADVERB}{_FEELING} too\b"
        r"|\b(?:it|that) made me (?:\w+ )?(?:gasp|jump|cry|wince|shiver|scream|feel \w+) too\b"
        # "That gave you a real fright, didn't it?"
        r"|\bgave (?:you|u) (?:a |such a |a real |a proper |a bit of a |quite a |an awful )?(?:fright|shock|scare|"
        r"turn|jolt)\b"
        # "You really didn't like that noise, did you?"
        r"|\b(?:you|u) (?:really |just )?(?:didn't|did not|don't) like (?:that|it|this|the \w+)\b[^.!?]{0,20},"
        r" (?:did|do) (?:you|u)\b"
        # "…are making you feel stuck and fed up"
        rf"|\b(?:making|makes) (?:you|u) feel {_ADVERB}(?:{_FEELING}|stuck|alone|small)\b"
        # "you've had a rubbish week", "something's been really hard"
        r"|\b(?:you've|you have) had (?:a |such a )?(?:really |proper |right )?(?:rubbish|rough|hard|"
        r"tough|horrible|awful|long|bad|difficult|stressful|crap|terrible) (?:week|day|time|morning|"
        r"night|few days|year|term)\b"
        rf"|\bsomething(?:'s| has) been {_ADVERB}{_FEELING}\b",
        0.6,
    ),
    # "It makes total sense that you were angry" names the feeling as well.
    _cue(
        "empathy",
        rf"\bmakes? (?:total |complete |perfect |so much )?sense (?:that )?(?:you|u) (?:were|was|'re|are|"
        rf"felt|feel|got)\s+{_ADVERB}{_FEELING}\b",
        0.6,
    ),
    # Normalising and unconditional welcome.
    _cue(
        "acceptance",
        r"\bnothing (?:you|u) (?:do|did|say|could do|can do|could say)\b[^.!?]{0,40}\b(?:stop|change|"
        r"make (?:me|us) (?:stop|not|leave))\b"
        r"|\b(?:your|ur) (?:\w+ )?feelings (?:aren't|are not|are never|will never be) too (?:much|big)\b"
        r"|\b(?:is|are|'s) what (?:rehearsals|practices|drafts|mistakes|lessons|practice|we're here) "
        r"(?:are |is )?for\b"
        r"|\b(?:lots of|loads of|plenty of|so many|a lot of) (?:\w+ ){0,2}?(?:feel|felt|get|find it|"
        r"find this|find that|struggle)\b[^.!?]{0,20}\b(?:wobbly|nervous|worried|scared|homesick|hard|"
        r"tricky|strange|odd|anxious|with)\b"
        r"|\b(?:everyone|everybody) (?:does|did|has done|makes|forgets|gets) (?:it|that|this|mistakes)"
        r"(?: sometimes| at first| wrong)?[.!]",
        0.7,
    ),
    # Pretend play and whimsy: a toy or object given a voice or a job.
    _cue(
        "playfulness",
        r"\b(?:shall|should|can|could) (?:we|the|your|these|those|my) (?:give|let) (?:teddy|rabbit|bunny|"
        r"dolly|bear|puppet|dino|dinosaur|monkey|mr \w+|mrs \w+) (?:his|her|its|a|the) "
        r"|\b(?:shall|should) (?:the|your|these|those|my) \w+ (?:do a (?:little )?dance|dance|sing|say hello|"
        r"go first|have a go)\b"
        r"|\b(?:have|has) gone on strike\b"
        r"|\b(?:your|my) (?:dancing|thinking|listening|magic|super|detective|superhero) "
        r"(?:feet|shoes|cap|ears|eyes|hat|hands|voice|brain)\b"
        r"|\bshall we guess\b|\bmind[- ]blowing\b|\bmorning,? sunshine\b"
        r"|\b(?:ribbit|moo+|woof|quack|oink|baa+|neigh|choo choo|vroom|beep beep)\b"
        r"|\bi'm made of (?:rubber|steel|jelly|iron)\b",
        0.6,
        tone=True,
    ),
    # "Rough start at home?", "more of a worried feeling or an angry feeling?"
    _cue(
        "curiosity",
        r"\b(?:rough|bad|hard|tough|long|busy|funny) (?:start|morning|night|day|weekend) at (?:home|school|\w+'s)\?"
        r"|\b(?:a|an) \w+ feeling or (?:a|an) \w+ (?:feeling|one)\b|\bmore of a \w+ feeling\b",
        0.6,
    ),
]

# --- Round 6: reflections without a feeling word, welcome, invitations to play --
#
# From round 5's holdout, read after its scoring and tuned on in round 6.

ROUND6_FORMS: Final = [
    # "I'd want to throw something too", "I'm not going anywhere".
    _cue(
        "empathy",
        r"\bi(?:'d| would)(?: have)? (?:want(?:ed)? to|feel like|be tempted to) (?:\w+ ){1,3}too\b"
        # "it felt like nobody was on your side"
        r"|\b(?:it|that) (?:felt|feels|must have felt|must feel) like (?:nobody|no one|no-one|everyone|"
        r"everybody|the whole world|you were|you're|you are)\b"
        # "You're really missing your mum tonight, aren't you?"
        r"|\b(?:you're|you are|you've been|ur) (?:really |so |still )?missing (?:your|ur) \w+"
        r"|\byou (?:really )?miss (?:your|ur) (?:\w+ ){1,2}(?:don't you|do you|a lot|so much|loads)\b"
        # "I'm so sorry your grandad's poorly."
        r"|\bi'm (?:so |really |very |ever so )?sorry (?:that )?(?:your|ur) \w+(?:'s| is| was| has| got|"
        r" are| were)\b"
        # "You must have been so proud when you scored."
        r"|\b(?:you|u) must (?:have been|have felt|be|feel) (?:so |really |very |super )?(?:proud|chuffed|"
        r"pleased|excited|relieved|thrilled|made up)\b"
        # "You wanted to be in Ellie's dorm so much, and then it didn't happen."
        r"|\b(?:you|u) (?:really |so )?wanted (?:to|that|it|this)\b[^.!?]{0,50}\b(?:and then|but then|and) "
        r"(?:it|that|they|you|he|she) (?:didn't|did not|wasn't|couldn't|never|gave it to (?:someone|somebody) else)\b"
        # "It's been a long week, hasn't it?", "You look worn out."
        r"|\bit's been (?:a |such a )(?:really |very )?(?:long|hard|tough|rough|horrible|big|busy|rubbish|"
        r"difficult|heavy) (?:week|day|term|night|morning|year|few days|few weeks)\b"
        r"|\b(?:you|u) (?:look|seem|sound) (?:really |so |a bit |completely |totally )?(?:worn out|"
        r"exhausted|shattered|done in|knackered|wiped out|fed up|miserable|sad|lost|upset|worried|"
        r"troubled|low|down|flat)\b"
        # "That was really frustrating, losing all that code."
        rf"|\b(?:that|it) (?:was|is|'s) {_ADVERB}(?:frustrating|annoying|upsetting|disappointing|"
        r"horrible|scary|frightening|unfair|gutting|rotten|embarrassing|infuriating),",
        0.6,
    ),
    # "…it didn't go your way. That hurts." (after a sentence about the child)
    _cue(
        "empathy",
        r"\byou\b[^.!?]{3,80}[.!]\s+(?:oh,? |oof,? )?(?:that|it) (?:really )?(?:hurts|stings|must hurt|"
        r"must sting|must have hurt|must have stung)[.!]?\s*$",
        0.6,
    ),
    # Normalising mistakes and welcome with no conditions.
    _cue(
        "acceptance",
        r"\b(?:getting (?:it|things|stuff) wrong|mistakes|making mistakes|messing up|not knowing|"
        r"being wrong)\b[^.!?]{0,40}\b(?:is|are|'s) (?:the whole point|the point|part of|how \w+ learn|"
        r"normal|totally normal|fine|allowed)\b"
        r"|\b(?:and|but) i (?:still )?(?:really )?(?:like|love|enjoy|want) having (?:you|u)\b"
        r"|\bi (?:still )?(?:really )?(?:like|love|care about) (?:you|having you)\b[^.!?]{0,20}\b(?:still|"
        r"no matter|whatever)\b"
        r"|\b(?:thinking|feeling|being|needing|not wanting|not knowing|finding it) [^.!?]{0,40}\b(?:is|'s) "
        r"(?:fine|okay|ok|alright|allowed|welcome|normal) (?:in here|here|with me|in this (?:room|class|"
        r"group))\b"
        r"|\bthere(?:'s| is) (?:still |always )(?:a place|room|a seat|a space) for (?:you|u)\b",
        0.7,
    ),
    # Invitations to play: role swap, whimsy, pretend names, silly challenges.
    _cue(
        "playfulness",
        r"\bwho wants to be the (?:teacher|boss|captain|chef|king|queen|doctor|monster|baddie|"
        r"shopkeeper|leader|grown-up)\b|\bboss me about\b"
        r"|\b(?:shall|can|could) we (?:make|see if we can make|try to make) (?:the |our |your |my )?\w+ "
        r"(?:go|fly|float|reach|jump|bounce|dance)\b"
        r"|\ball the way (?:up )?to the (?:ceiling|sky|moon|clouds|stars)\b"
        r"|(?:^|[.!?]\s+|,\s+)(?:wiggle|wriggle|flap|stomp|waddle|hop|tiptoe|creep|slither|march|swim|"
        r"buzz|gallop) "
        r"(?:your \w+ |around |about |along )?like (?:a |an |little |big )?\w+"
        r"|\b(?:then|now|and) freeze!"
        r"|\b(?:the|these|those|my|your) \w+ (?:pots |pens |socks )?(?:are|is|have|has) (?:having a "
        r"(?:party|disco|nap|snooze|race|picnic)|gone on holiday|run away|gone walkabout|escaped)\b"
        r"|\bmy (?:brain|head|legs|memory|ears)(?:'s| has| is) gone (?:all )?(?:wobbly|fuzzy|squishy|"
        r"jelly|to mush|on holiday|for a walk|wonky)\b"
        r"|\b(?:mr|mrs|miss|captain|sir|lady|professor|princess|king|queen|doctor) \w+ the (?:\w+ )?"
        r"(?:puppet|teddy|bear|rabbit|bunny|dog|duck|dinosaur|dragon|tiger|monkey|robot|unicorn|"
        r"penguin|frog|owl|giraffe|lion|cat|mouse|pony|sheep|snail|spider|octopus)\b"
        r"|\b(?:a |another )?(?:silly|funny|daft|secret|superhero|spy|pirate|fancy|magic) (?:name|voice|"
        r"walk|dance|handshake|code ?word|password)\b"
        r"|\bthe \w+est \w+ (?:i've|i have) ever seen\b[^.!?]{0,20}\b(?:love|brilliant|amazing|ace)\b",
        0.6,
        tone=True,
    ),
    # "Is that a dragon or a very fancy dinosaur? Tell me everything."
    _cue("curiosity", r"\btell me (?:everything|all about (?:it|him|her|them))\b", 0.6),
]

ALL_CUES: Final = [
    *PLAYFULNESS,
    *PLAY_FORMS,
    *ACCEPTANCE,
    *VALIDATION_FORMS,
    *CURIOSITY,
    *OPEN_QUESTION_FORMS,
    *EMPATHY,
    *REFLECTION_FORMS,
    *PERMISSION_FORMS,
    *INNER_QUESTION_FORMS,
    *REFLECTION_FORMS_3,
    *WHIMSY_FORMS,
    *ROUND4_FORMS,
    *ROUND5_FORMS,
    *ROUND6_FORMS,
]
