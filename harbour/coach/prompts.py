"""The coach's library of helpful things to say, in Harbour's own words.

Faithful in meaning to seed 002's "Possible conversation prompts and helpful
things to say", "What do you notice / What can you do", the Do / Don't lists
and "Appendix 1: PACE model". Each prompt cites its source section.

Texts may hold ``{person}`` (someone the adult's sentence named, e.g. "Sam"
or "her"); a prompt with a slot is only used when the slot can be filled.
Age variants: ``early`` is shorter and simpler; ``adolescent`` is more
respectful and leaves the young person a choice.
"""

from dataclasses import dataclass, field
from typing import Final

_PEERS = "002 · Possible conversation prompts · Notice a child is struggling to get on with other children"
_DYSREGULATED = "002 · Possible conversation prompts · Child becomes very dysregulated"
_HELPFUL = "002 · Possible conversation prompts · Child who struggles with relationships is helpful"
_LEARNING = (
    "002 · Possible conversation prompts · Child really struggles to engage with learning task"
)
_COPING = "002 · Possible conversation prompts · Supporting coping and problem solving strategies"
_PARENTS = "002 · Possible conversation prompts · Speaking with parents"
_ONGOING = "002 · Possible conversation prompts · Ongoing support"
_DONT = "002 · Promoting resilience in schools · Don't"
_DO = "002 · Promoting resilience in schools · Do"
_APPENDIX = "002 · Appendix 1: PACE model"
_NOTICE = "002 · What do you notice / What can you do"
_PROSOCIAL = "002 · How to promote prosocial development in children"


@dataclass(frozen=True, slots=True)
class Prompt:
    text: str
    source: str
    by_age: dict[str, str] = field(default_factory=dict)

    def for_age(self, age_stage: str | None) -> str:
        return self.by_age.get(age_stage or "middle", self.text)

    def all_texts(self) -> list[str]:
        return [self.text, *self.by_age.values()]


SITUATION_PROMPTS: Final[dict[str, list[Prompt]]] = {
    "peer-conflict": [
        Prompt(
            "I noticed that when you were playing with {person} you got cross. Shall we work "
            "out together what we can do to sort things out?",
            _PEERS,
            {
                "early": "Something happened with {person}. Let's sort it out together.",
                "adolescent": "Looked like things got heated with {person}. If you want, we can "
                "work out together how to sort it.",
            },
        ),
        Prompt(
            "I know sometimes things feel unfair. I can help you feel calmer, and then you can "
            "tell me what was hard.",
            _PEERS,
            {"early": "That felt unfair. I'm here. Let's get calm, then you can show me."},
        ),
        Prompt(
            "I wonder what it was like for them? Shall we think together about what went "
            "wrong, so we can find a way forward?",
            _PEERS,
            {
                "adolescent": "I wonder how it looked from their side too. Want to think it "
                "through together and find a way forward?",
            },
        ),
        Prompt(
            "I know it's hard to wait your turn when it feels like you never get one.",
            _PEERS,
            {"early": "Waiting is hard. I know."},
        ),
    ],
    "dysregulated": [
        Prompt(
            "Oh my goodness, I can see you're really upset. That must be so hard for you.",
            _DYSREGULATED,
            {
                "early": "Oh, you're so upset. That's hard. I'm here.",
                "adolescent": "I can see you're really upset. That sounds so hard.",
            },
        ),
        Prompt(
            "Let's get calm together first, and then we can work out what happened and sort "
            "it out together.",
            _DYSREGULATED,
            {
                "early": "Let's breathe together. Then we'll sort it out.",
                "adolescent": "Let's take a minute to get calmer first. Then, when you're "
                "ready, we can work out what happened together.",
            },
        ),
        Prompt(
            "No wonder you got upset, it's a lot to manage. I'm here with you, and I'll help "
            "sort it out.",
            _DYSREGULATED,
        ),
        Prompt(
            "Help me understand it from your side, once you feel calmer.",
            _DYSREGULATED,
            {"adolescent": "Once you feel calmer, I'd really like to hear it from your side."},
        ),
    ],
    "distressed": [
        Prompt(
            "I can see you're really worried. It's okay to feel like this, and I'm right "
            "here with you.",
            _DYSREGULATED,
            {
                "early": "You're worried. That's okay. I'm here.",
                "adolescent": "You seem really worried, and that makes sense. I'm around if "
                "you want to talk, or just sit for a bit.",
            },
        ),
        Prompt(
            "I have noticed it's very hard for you when things change. It can make you feel "
            "really worried. What would help right now?",
            _DYSREGULATED,
        ),
        Prompt(
            "I'm here to be alongside you. Let's work out together what would help.",
            _DYSREGULATED,
            {"early": "I'm with you. We'll work it out together."},
        ),
    ],
    "helpful": [
        Prompt(
            "I noticed how helpful you were to {person}. You're a kind, helpful friend.",
            _HELPFUL,
            {
                "early": "You helped {person}. That was kind!",
                "adolescent": "I saw you helping {person}. That was a really decent thing to "
                "do, and it made a difference.",
            },
        ),
        Prompt(
            "I noticed you listened to {person} when things were hard for them, and then you "
            "helped sort it out. That was really kind.",
            _HELPFUL,
        ),
        Prompt(
            "I noticed you shared what you had. I know that isn't easy when you worry there "
            "won't be enough. That was kind.",
            _HELPFUL,
            {"early": "You shared. That was kind."},
        ),
        Prompt(
            "I noticed you let others go first. You're getting so good at waiting now.",
            _HELPFUL,
        ),
    ],
    "learning-task": [
        Prompt(
            "I noticed that when this gets hard, you feel cross and want to give up. Can I "
            "help you work it out? Not understanding something is just the first step in "
            "finding out.",
            _LEARNING,
            {
                "early": "This is tricky! Shall we try it together?",
                "adolescent": "This bit's tough, and that's normal. Want to have a go at it "
                "together? Not getting it yet is just the first step.",
            },
        ),
        Prompt(
            "Lots of people don't know how to do something when they start. They find out, "
            "get help and work it out, and that can even be fun.",
            _LEARNING,
        ),
    ],
    "frustration": [
        Prompt(
            "I can see how much you wanted that. It's so disappointing when things don't go "
            "the way you hoped.",
            _NOTICE,
            {
                "early": "You really wanted that. It's so disappointing.",
                "adolescent": "That's really disappointing, I get it. It makes sense to feel "
                "fed up.",
            },
        ),
        Prompt(
            "It's hard when you think you can't do it. Let's sort it out together. Shall we "
            "try it this way, or this way?",
            _COPING,
        ),
    ],
    "coping": [
        Prompt(
            "It helps to be calm first, we think better. Let's do this first, and then we'll "
            "sort things out.",
            _COPING,
        ),
        Prompt(
            "Last time this was hard, you tried something and it helped. Maybe try that again?",
            _COPING,
            {"adolescent": "What helped last time this came up? Might be worth trying again."},
        ),
        Prompt(
            "When we can't see a way through, it can help to think of as many ideas as we can. "
            "Shall we make a list and try them out?",
            _COPING,
        ),
    ],
    "parents": [
        Prompt(
            "I've noticed your child finds it hard when they think they can't do something. "
            "It makes them upset and they want to give up. I've tried a way that helps. "
            "Maybe try it at home too?",
            _PARENTS,
        ),
        Prompt(
            "At school we're helping children grow their social skills and understanding. "
            "Would you like our advice leaflet, so you can see how we do it and support it "
            "at home?",
            _PARENTS,
        ),
    ],
    "ongoing-support": [
        Prompt(
            "I noticed you find some things at school hard. I'll be alongside you and help "
            "you manage them. We'll work out ways together to help you stay calm.",
            _ONGOING,
            {
                "early": "Some things are hard. I'll help you. We'll do it together.",
                "adolescent": "I know some parts of school are hard right now. I'm on your "
                "side, and we can work out together what would help.",
            },
        ),
    ],
}

# Better phrasings for each flag, used first when the adult's words carry it.
FLAG_PROMPTS: Final[dict[str, list[Prompt]]] = {
    "why_demand": [
        Prompt(
            "I noticed something happened with {person} just now. I wonder if something before "
            "that made you feel cross? I'm here to help you sort it out.",
            _DONT,
            {
                "early": "Something happened with {person}. You look upset. I'm here to help.",
                "adolescent": "Something clearly went on with {person}. I'm not here to have a "
                "go. When you're ready, I'd like to hear it from your side.",
            },
        ),
        Prompt(
            "I wonder what was going on for you just before that? I'm here to help you sort "
            "it out.",
            _APPENDIX + " · Curiosity",
            {
                "early": "Something happened. I'm here to help.",
                "adolescent": "I'm guessing a lot was going on before that. When you're ready, "
                "I'd like to understand it from your side.",
            },
        ),
    ],
    "eye_contact_demand": [
        Prompt(
            "You don't need to look at me. Let's sit side by side for a moment, and I'll tell "
            "you what I noticed.",
            _DONT,
            {"early": "Come and sit next to me. I'm here."},
        ),
    ],
    "shaming": [
        Prompt(
            "That was a hard moment, and it doesn't change how I see you. Let's think together "
            "about how to put it right.",
            _APPENDIX + " · Acceptance",
            {
                "early": "That was hard. I still care about you. Let's fix it together.",
                "adolescent": "That didn't go well, and it doesn't change what I think of you. "
                "Want to work out how to put it right?",
            },
        ),
    ],
    "threat": [
        Prompt(
            "I can see this feels hard right now. Let's take a breath together, and then we "
            "can work out what to do next.",
            _DO + " · connect before correct",
            {
                "early": "This is hard. Let's breathe together. I'll help you.",
                "adolescent": "I can see this is hard right now. Let's take a minute, and then "
                "work out together what happens next.",
            },
        ),
    ],
    "dismissing": [
        Prompt(
            "I can see you're really upset, and that's okay. I'm here with you. Let's get calm "
            "together, and then we can work out what to do.",
            _DYSREGULATED,
            {
                "early": "You're upset. That's okay. I'm here with you.",
                "adolescent": "I can see this has really got to you, and that makes sense. I'm "
                "here if you want to talk it through.",
            },
        ),
    ],
    "lecturing": [
        Prompt(
            "I know this keeps being tricky. What do you think would help next time? Let's "
            "work it out together.",
            _APPENDIX + " · Curiosity",
            {
                "adolescent": "This keeps coming up, and I'd like to help. What do you reckon "
                "would make it easier next time?"
            },
        ),
    ],
    "public_correction": [
        Prompt(
            "Can we have a quick chat, just you and me? I noticed things got tricky, and I'd "
            "like to help.",
            _DONT,
            {"adolescent": "Can I grab you for a minute, just us? I'd like to help sort this."},
        ),
    ],
    "reward_for_kindness": [
        Prompt(
            "I noticed you were kind to {person}. I could see it really helped. You're a kind "
            "friend.",
            _PROSOCIAL,
            {"early": "You were kind to {person}. That helped them!"},
        ),
        Prompt(
            "I noticed how kind you were just now. I could see it helped. You're a kind and "
            "thoughtful friend.",
            _PROSOCIAL,
        ),
    ],
    "sarcasm": [
        Prompt(
            "I noticed that didn't go to plan. That happens. Shall we sort it out together?",
            _APPENDIX + " · Playfulness",
            {
                "adolescent": "That didn't go to plan, did it. Happens to all of us. Shall we sort "
                "it?"
            },
        ),
    ],
}

# When a sentence has no situation, the flags hint at one.
SITUATION_FOR_FLAG: Final = {
    "why_demand": "peer-conflict",
    "eye_contact_demand": "dysregulated",
    "shaming": "dysregulated",
    "threat": "dysregulated",
    "dismissing": "distressed",
    "lecturing": "coping",
    "public_correction": "dysregulated",
    "reward_for_kindness": "helpful",
    "sarcasm": "coping",
}


def library() -> list[Prompt]:
    """Every prompt the coach can show, for tests and the guidance area."""
    prompts = [prompt for group in SITUATION_PROMPTS.values() for prompt in group]
    prompts += [prompt for group in FLAG_PROMPTS.values() for prompt in group]
    return prompts
