"""General forms for the flags, added in round 4 (README, "Round 4").

Round 3's blind holdout (``holdout3``, read once scoring was over) showed
which *ways of saying* each harm the rules still missed. Each pattern here is
one such way, with a structure and a guard, not a sentence:

* public correction: a group told to look at or see what one child did ("so
  we can all see where it went wrong", "can everyone see what Kai thinks
  counts as…"), a child's work read out, "X's got something to say to the
  group", and everyone kept waiting *because* of one child;
* reward for kindness: the structure rather than a list of prizes: a kind
  act in the condition ("if you help Noah carry…", "whoever picks up the
  cones for…", "help your cousin… and") and something the child gets in the
  result ("you'll get an extra…", "I'll give you…", "gets out of…");
* threat: a warning condition ("… once more", "if you can't be bothered…",
  "if this carries on…") with an imposed consequence ("you're sitting on the
  log", "you can sit in the changing room", "we'll be looking at…"), and
  "… or you'll be eating / or I'm writing it up";
* shaming: "sixteen and still…", "using the ADHD as an excuse", ability set
  against younger classes ("my Year 7s could…"), mocking similes ("run like
  a penguin"), "what have you been doing for four years?", "proud of
  yourself?" after misconduct, a child shown as how *not* to do something,
  "stop being such a <anything>";
* dismissing: "stop the drama", "another sob story", "don't start all that
  crying again", "making everything into a drama", "big girls don't need…",
  "nobody died";
* sarcasm: "funny that", reduplicated praise next to a repeat mishap
  ("brilliant, absolutely brilliant, you've … again"), mock praise for a
  failed play ("great pass, straight to the other team"), a sentence that is
  only "Really mature.", "so suddenly you're tired now that…", eye-roll emoji;
* why-demands: "what on earth possessed you", "explain what you were
  playing at", "how come you didn't…", "tell me now" after a conduct question.

Every pattern has hard negatives in ``tests/coach/test_round4.py``.
"""

import re
from typing import Final

from harbour.coach.flag_rules import FlagPattern, _not_academic, compile_pattern
from harbour.coach.text import YOU

# Praise nearby turns "so we can all see" into a celebration.
_PRAISE: Final = re.compile(
    r"\b(?:lovely|beautiful|beautifully|brilliant|great|amazing|well done|super|fantastic|neat|neatly|"
    r"kind|helpful|proud|good job|excellent|clever|gorgeous|wonderful|best|favourite|loved|love|"
    r"enjoyed|ace|awesome|fab|fabulous|impressive)\b"
)
_GROUP: Final = (
    r"(?:everyone|everybody|the whole (?:class|group|team|table)|the class|the group|the team|"
    r"the others|all of us|us all|you all|the rest of (?:us|the class|the group))"
)

# --- public_correction -------------------------------------------------------

PUBLIC_CORRECTION_R4: Final = [
    FlagPattern(
        "public_correction",
        compile_pattern(
            # "so we can all see where it went wrong"
            r"\bso (?:that )?(?:we|you|they) (?:can |could |all can )?all (?:see|hear|learn from|laugh)\b"
            # "read out what you wrote for question three"
            r"|\bread (?:out|aloud) what (?:you|u|he|she|[a-z]+) (?:wrote|put|said|did|texted|sent|typed)\b"
            # "Dylan's got something to say to the group"
        ),
        guard=lambda norm, m, s: _PRAISE.search(norm) is None,
    ),
    # "Dylan's got something to say to the group about the broken cue. Go on, say sorry."
    FlagPattern(
        "public_correction",
        compile_pattern(
            rf"\b(?:[a-z]+|he|she)(?:'s| has) got something to (?:say|tell)\s+(?:to\s+)?(?:{_GROUP}|us|the \w+)\b"
            # "Look, everybody, Harry's the only one who hasn't tidied up."
            r"|\b(?:everyone|everybody|class|guys|look)\b[^.!?]{0,30}\b[a-z]+(?:'s| is) the only one "
            r"(?:who|that) (?:hasn't|didn't|can't|isn't|won't|still|keeps)\b"
        ),
        guard=lambda norm, m, s: (
            _PRAISE.search(norm) is None
            and re.search(
                r"\b(?:sorry|apologi\w+|broke|broken|did to|done to|said to|what (?:he|she) did|hasn't|"
                r"didn't|can't|isn't|won't|still|keeps)\b",
                norm,
            )
            is not None
        ),
    ),
    # "Can everyone turn round and see what Kai thinks counts as homework?"
    FlagPattern(
        "public_correction",
        compile_pattern(
            r"\b(?:everyone|everybody|class|guys|team|year \d+|you lot)\b[^.!?]{0,30}?"
            r"\b(?:see|look at|have a look at|come and see)\s+what\s+"
            r"(?!we\b|i\b|you\b|they\b|it\b|to\b|happens\b|the\b|this\b|that\b)[a-z]+"
            r"(?:'s (?:decided|done|been doing)|\s+(?:thinks|reckons|calls|decided|has decided|has done|"
            r"did to|counts as))\b"
        ),
        guard=lambda norm, m, s: _PRAISE.search(norm) is None,
    ),
    # "We're all standing here freezing because Mason can't tie his laces."
    FlagPattern(
        "public_correction",
        compile_pattern(
            r"\b(?:we're|we are|we've been|everyone's|everybody's|everyone is|everybody is|"
            r"the whole (?:class|team|group) (?:is|are|has been))\s+(?:all\s+)?(?:\w+\s+){0,5}?because\s+"
            r"(?:of\s+(?:you|[a-z]+)\b|(?!we\b|i\b|it\b|it's\b|the\b|there\b|everyone\b|you all\b|they\b)"
            r"[a-z]+\s+(?:can't|couldn't|won't|wouldn't|didn't|forgot|decided|keeps|refuses|is still|"
            r"hasn't|thinks|wants|had to|needed to)\b)"
        ),
        guard=lambda norm, m, s: _PRAISE.search(norm) is None,
    ),
    # "Watch Sophie show you how NOT to do a forward roll": a child made the
    # example of what not to do in front of the group.
    FlagPattern(
        "public_correction",
        compile_pattern(
            r"\b(?:watch|see|look at)\s+(?!me\b|this\b|my\b|how\b|what\b|the\b)[a-z]+\s+"
            r"(?:\w+\s+){0,3}?how not to\b"
        ),
    ),
]

# --- reward_for_kindness -----------------------------------------------------

# A kind or helpful act towards someone else.
_KIND_ACT: Final = re.compile(
    r"\b(?:shar(?:e|es|ed|ing)|kind|kinder|nice|nicely|friendly|gentle|take turns|taking turns|"
    r"help(?:s|ed|ing)?\s+(?!you\b|yourself\b|me\s+(?:to\s+)?(?:understand|see|know))\w+"
    r"|let\s+(?:\w+\s+){1,3}(?:have|go|play|use|borrow|sit|choose|pick|join|keep)\b"
    r"|give\s+\w+\s+a\s+(?:go|turn)|look(?:s|ed|ing)? after|include|including|buddy|buddies|"
    r"comfort\w*|look out for|make friends with|apologi[sz]e|say sorry"
    r"|(?:pick|carry|tidy|clear|fetch|set)\w*\s+(?:\w+\s+){0,4}?for\s+(?:mr|mrs|miss|ms|sir|your|his|her|"
    r"the (?:little|younger|new|older)|\w+\b(?=\s+(?:gets|get|and|,))))"
)
# Something the child gets for it.
_BENEFIT: Final = re.compile(
    r"\b(?:you'll get|you will get|you get|you'll have|you can have|you can get|you'll win|you win|"
    r"i'll give you|i will give you|i'll get you|i'll buy you|i'll take you|i'll let you|"
    r"(?:there's|there is|there'll be) (?:a|an|some|something) (?:\w+\s+){0,2}?(?:in it )?for you|"
    r"you'll earn|you earn|gets?|wins?|earns?|can have|gets? to|get to|can choose|can pick|"
    r"you can choose|you can pick|you get to)\s+"
    r"(?!(?:a|an|the|some|your)?\s*(?:big\s+|huge\s+|massive\s+|special\s+)?(?:turn|go|chance|hug|thank you|thanks|smile|feeling|friends?|"
    r"better|along|on|to (?:see|feel|know|help|play)|hurt|told|in trouble|a lot out|nothing|next|"
    r"know|see|feel|hear|learn|meet|enjoy|be (?:friends|happy|proud))\b)"
    r"(?:a|an|some|extra|the|first|an extra|a free|free|out of|to (?:choose|pick|go first|stay|have|sit|"
    r"ring|be)|\w+ (?:points?|minutes|time)|£?\d+|[a-z]+)"
)
_CONDITION: Final = re.compile(
    r"\bif\s+(?:you|u)\b|\bwhoever\b|\banyone who\b|\bthe first (?:one|person|child) (?:to|who)\b"
    r"|\bevery time you\b|\bas long as you\b"
)
# "Share the crayons and I'll get you a sticker": an imperative kind act joined by "and".
_IMPERATIVE_KIND: Final = re.compile(
    r"(?:^|[.!?]\s+)(?:(?:now|right|go on|okay|ok),?\s+)?(?:help|share|let|be (?:kind|nice)|look after|"
    r"include|give)\b[^.!?]{0,60}\band\s+(?:i'll|i will|you'll|you will|you can|there's)\b"
)
# Rewards for the child's own work or effort are a different practice.
_OWN_WORK: Final = re.compile(
    r"\b(?:reading|spelling|handwriting|phonics|maths|homework|sums|times tables|work|practice|"
    r"practise|revision)\b"
)
_HELP_WITH: Final = re.compile(r"\bhelp(?:s|ed|ing)?\s+(?:\w+\s+){1,3}with\b")


def reward_structure(norm: str) -> re.Match[str] | None:
    """A kind act in the condition and a benefit in the result, or the reverse."""
    for sentence in re.finditer(r"[^.!?]+[.!?]*", norm):
        text = sentence.group(0)
        kind = _KIND_ACT.search(text)
        benefit = _BENEFIT.search(text)
        if kind is None or benefit is None:
            continue
        if _CONDITION.search(text) is None and _IMPERATIVE_KIND.search(text) is None:
            continue
        if _OWN_WORK.search(text) and not _HELP_WITH.search(text):
            continue
        if re.search(r"\b(?:not|never|no one|nobody|don't|won't)\s+(?:get|give|earn|win)", text):
            continue
        return kind
    return None


# --- threat ------------------------------------------------------------------

_WARNING_CONDITION: Final = (
    r"(?:\bif (?:you|u)\b[^.!?]{0,50}?\b(?:again|once more|one more time|any more|anymore)\b"
    r"|\bif (?:you|u) (?:can't|cannot|won't|don't|refuse to|aren't going to)\s+(?:be bothered|behave|"
    r"be trusted|listen|sit still|keep still|do as|follow|be sensible|play nicely|get on|stop|stay)\b"
    r"|\bif i (?:see|hear|catch)\b"
    r"|\bif (?:this|that|it|things) (?:carries on|carry on|continues|keeps (?:up|happening)|happens again|"
    r"doesn't stop|don't change|doesn't change)\b)"
)
_IMPOSED: Final = (
    r"(?:you'll|you will|you're|you are|you can|you're going to|you'll have to|we'll|we will|"
    r"we're going to|we'll have to|we'll be|you'll be)\s+(?:be\s+|have to\s+|all\s+)?"
    r"(?:sitting|sit|standing|stand|staying|stay|eating|eat|spending|spend|copying|copy|writing|write|"
    r"cleaning|clean|washing|wash|tidying|doing|watching|waiting|missing|miss|losing|lose|going|go|"
    r"looking at|talking to|moving|sent|off|out|back|on|in)\b"
)
_NOT_A_THREAT: Final = re.compile(
    r"\bif (?:you|u) (?:feel|are feeling|get (?:scared|upset|worried|hurt|stuck|lost|cold)|are (?:worried|"
    r"scared|sad|upset|hurt|poorly|ill|stuck)|need|want|fancy)\b"
    r"|\b(?:that's (?:fine|okay|ok|alright)|if (?:that|it) helps|if (?:that's|it's) easier)\b"
    r"|\b(?:if you want|if you'd like|if you need|if you like|help|support|together|with you|"
    r"look after you|keep you safe|have a chat|talk it through|sort it out|figure it out|work it out)\b"
)

THREAT_R4: Final = [
    FlagPattern(
        "threat",
        compile_pattern(rf"{_WARNING_CONDITION}[^.!?]{{0,40}}?\b{_IMPOSED}[^.!?]{{0,40}}"),
        guard=lambda norm, m, s: _NOT_A_THREAT.search(m.group(0)) is None,
    ),
    # "Sit down properly or you'll be eating your lunch on the staff table",
    # "Get back to bed now, or I'm writing it up".
    FlagPattern(
        "threat",
        compile_pattern(
            r"\bor (?:else )?(?:you'll|you will|you're going to|you're gonna) be (?:eating|sitting|standing|"
            r"spending|staying|doing|writing|copying|cleaning|washing|tidying|missing|watching|going)\b"
            r"[^.!?]{0,40}"
            r"|\bor (?:else )?(?:i'm|i am|i'll|i will|i'm going to|i'm gonna)\s+(?:be\s+)?(?:writ(?:e|ing) (?:it|this|you) up|"
            r"report\w*|(?:ring|call|phon|tell|text|email)\w* (?:your|home|the head|mr|mrs|miss|sir|dad|mum)|"
            r"send\w* you|tak\w* (?:it|that|this|them|your \w+|the \w+)(?: \w+)? (?:off you|away|home)|"
            r"confiscat\w*|cancel\w*|bin\w* (?:it|that|this|them|your))\b[^.!?]{0,30}"
        ),
        guard=lambda norm, m, s: (
            re.search(
                r"\b(?:cold|wet|hungry|tired|late|hurt|poorly|sick|help|for you|a cuddle)\b",
                m.group(0),
            )
            is None
        ),
    ),
]

# --- shaming -----------------------------------------------------------------

_MOCK_SIMILE: Final = (
    r"(?:penguin|snail|sloth|slug|headless chicken|sack of (?:potatoes|spuds)|beached whale|carthorse|"
    r"hippo|walrus|donkey|baby elephant|drunk|granny|old man|old woman|zombie|robot with a flat battery)"
)
_YOUNGER: Final = (
    r"(?:(?:my|the|a|even (?:my|the|a))\s+(?:year|yr)\s*(?:\d+|one|two|three|four|five|six|seven)s?"
    r"|(?:my|the|even (?:my|the))\s+(?:reception|nursery|infant|infants|little ones|babies|juniors)"
    r"(?:\s+(?:kids|children|class))?)"
)

SHAMING_R4: Final = [
    # "Sixteen and still kicking off over a game of FIFA."
    FlagPattern(
        "shaming",
        compile_pattern(
            r"\b(?:\w+teen|ten|eleven|twelve|nine|eight|seven|six|\d{1,2}|year \d+|a big (?:boy|girl|lad)|"
            r"a grown (?:man|woman|lad|lass))(?: years old)?,?\s+and (?:you're |you are |you )?still\s+"
            r"(?!growing|learning|smiling|laughing|trying|going|my|our|the best|here|so|brilliant|kind)"
            r"(?:\w+ing|can't|cannot|don't|need\w*|wet\w*|suck\w*|cry\w*|throw\w*|kick\w*|have to)\b"
        ),
    ),
    # "Carry on being rude and see what happens"; "since you think it's so funny".
    FlagPattern(
        "shaming",
        compile_pattern(
            r"\b(?:carry on|keep|go on)\s+being\s+(?:so\s+|such\s+an?\s+)?(?:rude|lazy|selfish|nasty|mean|"
            r"horrible|naughty|spoilt|spoiled|cheeky|stupid|difficult|a pain|a brat|a baby)\b"
            r"|\b(?:since|seeing as|if) you think (?:it's|that's|you're|it is) so (?:funny|clever|smart|hilarious|"
            r"great|cool|big|tough|hard)\b"
        ),
        # "If you carry on being rude…" describes the behaviour in a warning.
        guard=lambda norm, m, s: re.search(r"\bif (?:you|u)\s+$", norm[: m.start()]) is None,
    ),
    # "Stop using the ADHD as an excuse."
    FlagPattern(
        "shaming",
        compile_pattern(
            # The imperative is part of the match so "don't use…" is not read as negated.
            r"\b(?:(?:don't|do not|stop|quit)\s+)?(?:using|use|uses|used)\s+(?:your|the|his|her|that|being|it)\s+"
            r"(?:\w+\s+){0,2}?"
            r"as an? (?:excuse|get-out|crutch)\b"
        ),
        negatable=True,
    ),
    # "My Year 7s could factorise that", "the Reception kids can do this".
    FlagPattern(
        "shaming",
        compile_pattern(
            rf"\b{_YOUNGER}\s+(?:could|can|would|manage|managed|did|do)\s+(?:\w+\s+){{0,3}}?"
            r"(?:that|this|it|better|faster|quicker|neater|in (?:their|his|her) sleep)\b"
        ),
        guard=lambda norm, m, s: (
            re.search(
                r"\b(?:too|as well|also|hard|tricky|struggle|wonder|so can you|and you can|with help)\b",
                norm[m.start() :],
            )
            is None
        ),
    ),
    # "What have you been doing for four years?"
    FlagPattern(
        "shaming",
        compile_pattern(
            r"\bwhat (?:have|'ve) you been doing (?:for (?:the (?:last|past)\s+)?(?:\w+\s+)?(?:years|terms|lessons|"
            r"months)|all (?:lesson|term|this time|that time|year)|in (?:my|these|those) lessons)\b"
        ),
        guard=lambda norm, m, s: (
            re.search(
                r"\b(?:fun|nice|good|exciting|interesting|lovely|up to|love|hear about|tell me about)\b",
                norm,
            )
            is None
        ),
    ),
    # "You run like a penguin with a stitch."
    FlagPattern(
        "shaming",
        compile_pattern(
            rf"\b{YOU}\s+(?:\w+\s+){{0,2}}?(?:run|runs|running|move|moving|throw|throwing|swim|swimming|"
            r"dance|dancing|kick|kicking|catch|catching|walk|walking|waddle|waddling|play|playing|"
            rf"eat|eating|sing|singing|write|writing)\s+like\s+(?:a|an)\s+(?:\w+\s+)?{_MOCK_SIMILE}\b"
        ),
        guard=lambda norm, m, s: re.search(r"\b(?:pretend|let's|shall we|game)\b", norm) is None,
    ),
    # "Eating with your mouth open like a pig": the conduct and the animal
    # further apart than the round-3 form allowed.
    FlagPattern(
        "shaming",
        compile_pattern(
            r"\b(?:eat\w*|chew\w*|behav\w*|carry\w* on)\s+(?:\w+\s+){2,5}like\s+(?:a|an|some)\s+"
            r"(?:pig|pigs|animal|animals|savage|savages|caveman|cavemen|baby|toddler)\b"
        ),
        negatable=True,
        guard=lambda norm, m, s: (
            re.search(r"\b(?:you|your|yer|ya)\b", norm) is not None
            and re.search(r"\b(?:pretend|let's|shall we|game)\b", norm) is None
        ),
    ),
    # "Proud of yourself?" after misconduct; "happy now?".
    FlagPattern(
        "shaming",
        compile_pattern(
            r"\b(?:are you\s+|you\s+)?(?:proud of yourself|pleased with yourself|happy now)\s*\?"
            r"(?!\s*(?:you should be|because you|i am|i'm|so am i))"
        ),
        guard=lambda norm, m, s: (
            re.search(
                r"\b(?:kick\w*|hit\w*|broke|broken|smash\w*|threw|thrown|swore|ruin\w*|lied|mess|"
                r"two in the morning|really mature|look what|look at (?:this|that|the))\b",
                norm,
            )
            is not None
        ),
    ),
    # A child held up as how *not* to do something.
    FlagPattern(
        "shaming",
        compile_pattern(
            r"\b(?:watch|see|look at)\s+(?!me\b|this\b|my\b|how\b|what\b|the\b)[a-z]+\s+"
            r"(?:\w+\s+){0,3}?how not to\b"
        ),
    ),
    # "Stop being such a hypochondriac", "don't be such a know-it-all".
    FlagPattern(
        "shaming",
        compile_pattern(
            r"\b(?:stop|quit)\s+being\s+such\s+an?\s+(?!good|great|star|sweetheart|stranger|help|"
            r"laugh|sport|gem|angel)[\w-]+"
            r"|\b(?:don't|do not)\s+be\s+such\s+an?\s+(?!stranger|good|star|sweetheart|help|laugh|sport)"
            r"(?:know-it-all|hypochondriac|wimp|snob|diva|princess|prima donna|moaning minnie|"
            r"misery guts|grump|grouch|sissy|chicken|wet blanket|party pooper|killjoy|show-off|"
            r"show off|smart alec|smartarse|smart-arse|clever clogs|big baby)\b"
        ),
    ),
    # A bare verdict opening the utterance: "Disgusting. Eating with…".
    FlagPattern(
        "shaming",
        compile_pattern(
            r"^\s*(?:honestly,?\s+)?(?:disgusting|pathetic|disgraceful|shameful|shocking|lazy|selfish|"
            r"spoilt|spoiled|useless|hopeless)[.!]"
        ),
        guard=lambda norm, m, s: re.search(r"\b(?:you|your|yourself)\b", norm) is not None,
    ),
]

# --- dismissing ----------------------------------------------------------------

DISMISSING_R4: Final = [
    FlagPattern(
        "dismissing",
        compile_pattern(
            r"\b(?:stop|enough of|cut|spare me|quit)\s+(?:the|all (?:the|this|that)|your|this|that)\s+"
            r"(?:drama|dramatics|theatrics|histrionics|waterworks|sob stor(?:y|ies)|crocodile tears|"
            r"performance|nonsense)\b"
            r"|\b(?:another|more of your|the usual|not another|your latest) sob stor(?:y|ies)\b"
            r"|\bcrocodile tears\b|\bturn off the waterworks\b"
            # "Don't start all that crying again."
            r"|\bdon't (?:you )?start (?:all\s+)?(?:that|the|this|your)\s+(?:crying|whining|whinging|"
            r"moaning|sulking|tears|drama|nonsense)\b"
            # "You need to stop making everything into a drama."
            r"|\bmak(?:e|es|ing)\s+(?:everything|it|this|that|every little thing)\s+(?:into\s+)?"
            r"(?:a|such a|some)\s+(?:big\s+)?(?:drama|crisis|saga|production)\b"
            # "Big girls don't need the light on."
            r"|\b(?:big|grown-?up|brave)\s+(?:boys|girls|lads)\s+(?:don't|do not)\s+(?:cry|need|get (?:scared|"
            r"upset|worried)|make a fuss|whinge|sulk|moan|worry|mind)\b"
            r"|\b(?:nobody|no one|no-one)(?:'s)? (?:died|dead|has died)\b(?=\s*(?:[.!,;]|$))"
            r"|\b(?:don't|do not) get (?:so |all |too )?(?:worked up|wound up|in a (?:state|tizz|flap|strop))\b"
            r"|\boh,? the drama\b"
        ),
    ),
    FlagPattern(
        "dismissing",
        compile_pattern(
            r"\b(?:nobody|no one|no-one) cares about (?:a (?:bit|little|tiny)|one little|a tiny)\b(?:\s+\w+){0,3}"
        ),
        guard=lambda norm, m, s: (
            re.search(r"\b(?:we all|i) care about you\b", norm) is None
            and re.search(r"\b(?:mess|spill)\b", m.group(0)) is None
        ),
    ),
]

# --- sarcasm -------------------------------------------------------------------

_REPEAT_MISHAP: Final = re.compile(
    r"\b(?:again|another|broke|broken|lost|forgot|forgotten|ruin\w*|spilt|spilled|wrong|zero|"
    r"late|missed|dropped|mess)\b"
)
_FAILED_PLAY: Final = re.compile(
    r"\b(?:other team|opposition|own goal|straight to (?:them|the)|missed|miss|wide|over the bar|"
    r"dropped|fumbled|fell over|tripped|conceded|let (?:it|one|that) in|into the net|out of bounds)\b"
)
_CONSOLING: Final = re.compile(
    r"\b(?:unlucky|never mind|next time|good try|nearly|so close|hard luck|keep going|don't worry)\b"
)

SARCASM_R4: Final = [
    # An eye-roll emoji after mock thanks; the span takes the words before it.
    FlagPattern(
        "sarcasm",
        compile_pattern(r"[^.!?\n]{0,40}(?:🙄|😒)"),
        guard=lambda norm, m, s: (
            re.search(
                r"\b(?:thanks|thank you|wow|great|brilliant|lovely|sure|right|okay|ok|nice|well done)\b",
                norm,
            )
            is not None
            and re.search(r"\b(?:jk|just kidding|only joking|joking|lol)\b", norm) is None
        ),
    ),
    FlagPattern(
        "sarcasm",
        compile_pattern(
            r"\bfunny,? that\s*(?:[.!?]|$)|\bfunny how (?:you|u|that|it's only|it's always|whenever)\b"
            # "Really mature." said as a sentence on its own.
            r"|(?:^|[.!?]\s+)(?:really|very|real|so) (?:mature|grown[- ]up|classy|sensible)\s*[.!]"
        ),
    ),
    # "Oh I see, so suddenly you're tired now that it's time to tidy."
    FlagPattern(
        "sarcasm",
        compile_pattern(
            r"\b(?:so |oh,? )?(?:suddenly|all of a sudden)\s+(?:you're|you are|you can|you've|you want|"
            r"you)\b[^.!?]{0,40}\b(?:now that|now it's|when it's time|the minute|as soon as)\b"
        ),
    ),
    # "Brilliant, Callum, absolutely brilliant, you've divided by zero again."
    FlagPattern(
        "sarcasm",
        compile_pattern(
            r"\b(brilliant|great|fantastic|lovely|wonderful|perfect|marvellous|superb|amazing)\b[,!.]?\s+"
            r"(?:\w+[,!.]?\s+)?(?:absolutely|really|just|truly|simply|bloody)\s+\1\b[^.!?]*"
        ),
        guard=lambda norm, m, s: _REPEAT_MISHAP.search(m.group(0)) is not None,
    ),
    # Mock praise for a failed play: "Great pass, straight to the other team. World class."
    FlagPattern(
        "sarcasm",
        compile_pattern(
            r"(?:^|[.!?]\s+)(?:oh,?\s+)?(?:nice|great|brilliant|lovely|good|superb|fantastic|world[- ]class|"
            r"top[- ]class|textbook|inspired)\b[^.!?]*(?:[.!?]+\s*[^.!?]*){0,2}"
        ),
        guard=lambda norm, m, s: (
            _FAILED_PLAY.search(m.group(0)) is not None and _CONSOLING.search(norm) is None
        ),
    ),
]

# --- why_demand ----------------------------------------------------------------

WHY_DEMAND_R4: Final = [
    FlagPattern(
        "why_demand",
        compile_pattern(
            r"\bwhat (?:on earth|in the world|the hell|the heck) (?:possessed|got into) you\b"
            r"|\bexplain (?:to me )?what (?:you|u) (?:were|are|think you(?:'re| are| were)) "
            r"(?:playing at|up to|doing (?=in|at|with|to|there|when|$|[.?!,]))"
            # "What made you go into my purse?"
            r"|\bwhat(?:ever)? (?:on earth )?(?:made|possessed) you (?:go|went|going|get|open|look|root)\s+"
            r"(?:in|into|through|at)\s+(?:my|her|his|their|someone's|other people's|the staff)\b"
        ),
        guard=_not_academic,
    ),
    # "How come you've been in my room again?": "how come" + a contraction.
    FlagPattern(
        "why_demand",
        compile_pattern(
            rf"\bhow come {YOU}(?:'ve|'re|'d)\s+(?:\S+\s+){{0,6}}?(?:again|in my|my room|my bag|my phone|"
            r"my purse|on the floor|broken|ripped|in the bin|lying|late)\b"
            # "How come you didn't come straight back after school?"
            rf"|\bhow come {YOU} (?:didn't|haven't|weren't|wasn't|never|won't|don't)\s+\w+"
        ),
        guard=lambda norm, m, s: (
            re.search(
                r"\b(?:ok|okay|alright|all right|missed you|worried|everything|is something|"
                r"are you|sad|upset|happy|quiet)\b",
                norm,
            )
            is None
        ),
    ),
    # "Why've you got your hood up in my lesson again?": a longer tail than round 3 read.
    FlagPattern(
        "why_demand",
        compile_pattern(rf"\bwhy\s*(?:'ve|ve)\s+{YOU}\s+(?:\S+\s+){{1,8}}?again\b"),
        guard=lambda norm, m, s: (
            re.search(
                r"\b(?:sad|upset|quiet|worried|scared|smil\w*|happy|grin\w*|big|lovely|nice|good)\b",
                m.group(0),
            )
            is None
        ),
    ),
    # "What was going through your head when you bit her? Tell me now."
    FlagPattern(
        "why_demand",
        compile_pattern(
            r"[^.!?]*\?\s*(?:tell me|answer me)\s*,?\s*(?:now|right now|this minute|this instant|immediately)\b"
        ),
        guard=lambda norm, m, s: (
            re.search(
                r"\b(?:bit|hit|kick\w*|push\w*|broke|threw|took|stole|swore|lied|smash\w*|punch\w*)\b",
                norm,
            )
            is not None
        ),
    ),
]

ALL_ROUND4: Final = [
    *WHY_DEMAND_R4,
    *SHAMING_R4,
    *THREAT_R4,
    *DISMISSING_R4,
    *PUBLIC_CORRECTION_R4,
    *SARCASM_R4,
]
