"""Practice scenarios: a situation, an age, a child's words; the adult types a
reply and gets kind, specific feedback.

Drawn from seed 002's situations ("What do you notice / What can you do" and
"Possible conversation prompts"), written in Harbour's own words.
"""

from dataclasses import dataclass, field

from harbour.coach.analyser import Analysis, Flag, analyse

_NOTICE = "002 · What do you notice / What can you do"
_PROMPTS = "002 · Possible conversation prompts"


@dataclass(frozen=True, slots=True)
class Scenario:
    id: str
    title: str
    situation: str
    age_stage: str
    setting: str
    child: str
    looks_for: tuple[str, ...]
    good_reply_shows: str
    model_answer: str
    source: str


@dataclass(frozen=True, slots=True)
class Feedback:
    scenario_id: str
    showed: list[str]
    missing: list[str]
    reconsider: list[Flag]
    messages: list[str]
    model_answer: str
    analysis: Analysis = field(repr=False)


def _s(*args: str | tuple[str, ...]) -> Scenario:
    return Scenario(*args)  # type: ignore[arg-type]


SCENARIOS: tuple[Scenario, ...] = (
    _s(
        "pushed-in-line",
        "Pushed in the line",
        "peer-conflict",
        "middle",
        "Lining up for lunch, Year 2.",
        'Shoves a classmate out of the way and shouts: "She took my place!"',
        ("empathy", "curiosity"),
        "names the feeling of unfairness and wonders what happened, before sorting out the place",
        "It looks like that felt really unfair. I wonder what "
        "happened just before? Let's sort it out together.",
        f"{_PROMPTS} · Notice a child is struggling to get on with other children",
    ),
    _s(
        "not-picked",
        "Not picked for the team",
        "peer-conflict",
        "middle",
        "PE lesson, teams being chosen.",
        'Kicks the cones over: "Nobody ever picks me."',
        ("empathy", "acceptance"),
        "shows the child their hurt makes sense and that you are with them",
        "It really hurts when it feels like nobody picks you. It makes sense you're upset. I'm "
        "here, and we'll work out what to do together.",
        f"{_PROMPTS} · Notice a child is struggling to get on with other children",
    ),
    _s(
        "game-argument",
        "Argument over a game",
        "peer-conflict",
        "middle",
        "Playground, a game of tag.",
        "\"He's cheating! I'm not playing with him ever again!\"",
        ("curiosity", "empathy"),
        "helps the child see the other child's point of view without blame",
        "That sounds so frustrating. I wonder what it was like for him too? Shall we think "
        "together about how to sort it out?",
        f"{_NOTICE} · Child struggles to manage friendships",
    ),
    _s(
        "group-work-walkout",
        "Walks out of group work",
        "peer-conflict",
        "adolescent",
        "Year 8 science practical.",
        '"They never listen to me. I\'m doing it on my own."',
        ("empathy", "curiosity"),
        "takes the young person's frustration seriously and offers a way back",
        "It's really frustrating when it feels like nobody's listening. What happened in the "
        "group? If you want, we can work out a way back in together.",
        f"{_NOTICE} · Child struggles to manage friendships",
    ),
    _s(
        "meltdown-classroom",
        "Meltdown in class",
        "dysregulated",
        "middle",
        "Year 3 classroom, after a change of plan.",
        'Screaming and throwing pencils: "I hate this! I hate you!"',
        ("empathy", "acceptance"),
        "stays calm, names the big feeling and offers to calm down together",
        "Oh my goodness, I can see you're really upset. That must be so hard, and it's okay to "
        "feel like this. Let's get calm together first, and then we'll sort it out.",
        f"{_PROMPTS} · Child becomes very dysregulated",
    ),
    _s(
        "toddler-tantrum",
        "Tantrum at home time",
        "dysregulated",
        "early",
        "Nursery, parents arriving.",
        'Lies on the floor crying: "No! Not going!"',
        ("empathy",),
        "short, warm words that name the feeling and stay close",
        "You're so cross. It's hard to stop playing. I'm here with you.",
        f"{_PROMPTS} · Child becomes very dysregulated",
    ),
    _s(
        "slammed-door",
        "Slammed door in the home",
        "dysregulated",
        "adolescent",
        "Children's home, evening, after a phone call.",
        '"Leave me alone! Just get out of my room!"',
        ("empathy", "acceptance"),
        "respects the young person's need for space while staying available",
        "I can tell that call really got to you. That sounds so painful, and it's okay to be "
        "upset. I'll give you some space. I'm just outside if you want me.",
        f"{_PROMPTS} · Child becomes very dysregulated",
    ),
    _s(
        "swearing-at-staff",
        "Swearing at a TA",
        "dysregulated",
        "adolescent",
        "Year 10 corridor.",
        '"This school is a joke. Get off my back!"',
        ("empathy", "curiosity"),
        "connects before correcting and wonders what is behind the anger",
        "Sounds like today's been really rough. I'm not here to have a go. Help me understand "
        "what's been happening, once you feel calmer.",
        f"{_PROMPTS} · Child becomes very dysregulated",
    ),
    _s(
        "worried-about-mum",
        "Worried about mum",
        "distressed",
        "middle",
        "Morning drop-off, Year 4.",
        'Quiet, clinging to the door: "What if Mum doesn\'t come back?"',
        ("empathy", "acceptance"),
        "takes the worry seriously without brushing it away",
        "That sounds like a really big worry. It's okay to feel like that. I'm right here with "
        "you, and we can think about it together.",
        f"{_NOTICE} · Child becomes distressed, worried or angry",
    ),
    _s(
        "exam-panic",
        "Panic before a test",
        "distressed",
        "adolescent",
        "Year 11, before a mock exam.",
        "\"I'm going to fail. I can't breathe.\"",
        ("empathy", "acceptance"),
        "names the panic, co-regulates and avoids 'don't worry'",
        "That sounds really scary. Let's breathe together for a minute. It's okay to feel "
        "like this, and I'm here.",
        f"{_NOTICE} · Child becomes distressed, worried or angry",
    ),
    _s(
        "new-school",
        "First day in a new school",
        "distressed",
        "middle",
        "A child who has just moved placement.",
        "Hides under the table and won't come out.",
        ("empathy", "playfulness"),
        "a gentle, light approach that invites without pressure",
        "New places can feel really scary. Ooh, Teddy's whispering that he'd like to make a den "
        "under there with us. Shall we? No rush.",
        f"{_NOTICE} · Child becomes distressed, worried or angry",
    ),
    _s(
        "shared-crisps",
        "Shares at snack time",
        "helpful",
        "middle",
        "Snack time, a child who usually struggles to share.",
        "Gives half their crisps to a friend who has none.",
        ("acceptance",),
        "notices the kindness and says it is who the child is, without a reward",
        "I noticed you shared your crisps with Leo. I know that isn't easy. That was really "
        "kind, you're a kind friend.",
        f"{_PROMPTS} · Child who struggles with relationships is helpful",
    ),
    _s(
        "helped-upset-friend",
        "Helps an upset friend",
        "helpful",
        "middle",
        "Playground.",
        "Sits with a crying classmate and fetches a grown-up.",
        ("acceptance",),
        "names how the child's action helped the other child",
        "I noticed you stayed with Priya when she was upset and then came to get me. That "
        "really helped her. You're a kind friend.",
        f"{_PROMPTS} · Child who struggles with relationships is helpful",
    ),
    _s(
        "waited-turn",
        "Waits their turn",
        "helpful",
        "early",
        "Sand tray, nursery.",
        "Waits for the spade instead of grabbing it.",
        ("acceptance",),
        "simple, warm noticing",
        "You waited for the spade, even though you really wanted it. You're such a kind friend to play with.",
        f"{_PROMPTS} · Child who struggles with relationships is helpful",
    ),
    _s(
        "stands-up-for-peer",
        "Stands up for a younger pupil",
        "helpful",
        "adolescent",
        "Year 9, bus queue.",
        "Tells older students to stop teasing a Year 7.",
        ("acceptance",),
        "recognises the young person's values without a prize",
        "I saw you stick up for that Year 7 earlier. That took guts, and it says a lot about "
        "the kind of person you are.",
        f"{_NOTICE} · Child who normally struggles manages well",
    ),
    _s(
        "ripped-worksheet",
        "Rips up a worksheet",
        "learning-task",
        "middle",
        "Year 5 maths, fractions.",
        "\"I'm stupid. I can't do any of this.\"",
        ("empathy", "acceptance"),
        "separates the struggle from the child's worth and offers help",
        "It's really frustrating when it feels too hard. Lots of people find fractions tricky, "
        "and not knowing is just where finding out starts. Can I help you work it out?",
        f"{_PROMPTS} · Child really struggles to engage with learning task",
    ),
    _s(
        "wont-start-writing",
        "Won't start writing",
        "learning-task",
        "middle",
        "Year 2 writing task.",
        'Sits with arms folded: "Don\'t know what to write."',
        ("empathy", "playfulness"),
        "makes a start feel safe and even fun",
        "Blank pages can feel a bit scary. Shall we have a go together? I bet we can think of "
        "a really silly first sentence.",
        f"{_PROMPTS} · Child really struggles to engage with learning task",
    ),
    _s(
        "afraid-to-read-aloud",
        "Afraid to read aloud",
        "learning-task",
        "adolescent",
        "Year 7 English.",
        '"I\'m not reading. Everyone will laugh."',
        ("empathy", "acceptance"),
        "respects the fear and offers a choice",
        "That makes sense, reading out loud can feel really exposing. You don't have to today. "
        "Want to read it to me first, just us?",
        f"{_PROMPTS} · Child really struggles to engage with learning task",
    ),
    _s(
        "lost-the-match",
        "Lost the match",
        "frustration",
        "middle",
        "After a football match at lunch.",
        'Throws the ball away: "It\'s not fair! We always lose!"',
        ("empathy",),
        "names the disappointment before anything else",
        "You really wanted to win. It's so disappointing when it doesn't go your way. I'm sorry.",
        f"{_NOTICE} · Child becomes distressed, worried or angry",
    ),
    _s(
        "cancelled-trip",
        "Trip cancelled",
        "frustration",
        "adolescent",
        "Children's home, a planned outing cancelled.",
        '"You lot always let me down."',
        ("empathy", "acceptance"),
        "accepts the feeling without defending the adults",
        "That's really disappointing, and it makes sense that you're angry with us. I'd feel "
        "let down too.",
        f"{_NOTICE} · Child becomes distressed, worried or angry",
    ),
    _s(
        "cant-solve-problem",
        "Stuck on a problem",
        "coping",
        "middle",
        "Year 6, a tricky puzzle.",
        "Starts poking other children's work.",
        ("empathy", "curiosity"),
        "notices the frustration and offers a way to try again",
        "I noticed that when the puzzle got hard, you got really cross. That's such a "
        "frustrating feeling. I wonder if it felt like you couldn't do it? Shall we try it this "
        "way together?",
        f"{_PROMPTS} · Supporting coping and problem solving strategies",
    ),
    _s(
        "friendship-fallout",
        "Friendship fallout",
        "coping",
        "adolescent",
        "Year 9, tutor time.",
        '"My friends have all blocked me. I don\'t even care."',
        ("empathy", "curiosity"),
        "stays curious and helps think of options",
        "That sounds really hard, even if part of you doesn't care. What's been happening? If "
        "you want, we could think of a few ways to handle it.",
        f"{_PROMPTS} · Supporting coping and problem solving strategies",
    ),
    _s(
        "parent-at-gate",
        "Parent at the gate",
        "parents",
        "middle",
        "Talking with a parent at pick-up about their child's struggles.",
        'Parent: "Has he been naughty again?"',
        ("acceptance",),
        "describes the struggle, not bad behaviour, and shares what helps",
        "He's found some things hard this week, especially when he thinks he can't do the work, "
        "and that's okay. Doing it together helps. It might help at home too.",
        f"{_PROMPTS} · Speaking with parents",
    ),
    _s(
        "keyworker-check-in",
        "Key adult check-in",
        "ongoing-support",
        "middle",
        "Weekly check-in with a key adult.",
        "\"Everything's rubbish. School's rubbish.\"",
        ("empathy", "curiosity"),
        "stays alongside and wonders what feels hardest",
        "Sounds like things feel really rubbish at the moment. I'm alongside you. What's been "
        "the hardest bit this week?",
        f"{_PROMPTS} · Ongoing support",
    ),
)

_ELEMENT_PRAISE = {
    "playfulness": "a light, playful touch that can help a child feel safe with you",
    "acceptance": "acceptance: the child can hear that their feelings and who they are are okay",
    "curiosity": "curiosity: you wonder about what is going on for them rather than judging",
    "empathy": "empathy: you name the feeling and show them they are not alone with it",
}
_ELEMENT_HINT = {
    "playfulness": "a light or playful note, for example a shared game or a gentle bit of fun",
    "acceptance": 'acceptance, for example "it\'s okay to feel like that" or "you\'re not in trouble"',
    "curiosity": 'curiosity, for example "I wonder what was going on for you?"',
    "empathy": 'empathy, for example "that sounds really hard" or "no wonder you\'re upset"',
}


def get_scenario(scenario_id: str) -> Scenario:
    for scenario in SCENARIOS:
        if scenario.id == scenario_id:
            return scenario
    raise KeyError(scenario_id)


def practice_feedback(scenario: Scenario, reply: str) -> Feedback:
    analysis = analyse(reply, age_stage=scenario.age_stage, situation=scenario.situation)
    missing = [name for name in scenario.looks_for if name not in analysis.present]
    messages: list[str] = []
    for name in analysis.present:
        messages.append(f"Your reply shows {_ELEMENT_PRAISE[name]}.")
    for flag in analysis.flags:
        messages.append(f'You might reconsider "{flag.span}". {flag.explanation}')
    for name in missing:
        messages.append(f"Here it could help to add {_ELEMENT_HINT[name]}.")
    if not messages:
        messages.append("Thank you for having a go. Try naming what the child might be feeling.")
    if not analysis.flags and not missing:
        messages.append("That reply fits this moment well.")
    return Feedback(
        scenario_id=scenario.id,
        showed=list(analysis.present),
        missing=missing,
        reconsider=list(analysis.flags),
        messages=messages,
        model_answer=scenario.model_answer,
        analysis=analysis,
    )
