"""Round 4 (README, "Round 4"): the blind holdout4 set, and the general forms
added for public correction, rewards for kindness, threats, shaming,
dismissing, sarcasm and why-demands, each with its hard negatives.

The example sentences here were written for these tests; none is taken
from holdout4, which is never tuned on."""

import pytest

from harbour.coach.analyser import analyse, check
from harbour.coach.corpus import HOLDOUT4, load_split
from harbour.coach.evaluate import evaluation_splits, score_split
from harbour.coach.labels import ELEMENTS, FLAGS
from harbour.coach.metrics import macro_f1
from harbour.coach.suggest import _flag_free
from tests.coach.blind_sets import read_labelled_file

# holdout4 was scored blind twice: 0.738 with the round-3 rules and 0.760 after
# round 4 (README). A regression guard a little under the achieved value; the
# set must never be tuned against.
HOLDOUT4_FLOOR = 0.74


def test_holdout4_is_valid_big_enough_and_covers_every_label() -> None:
    assert HOLDOUT4 == "holdout4"
    assert (
        evaluation_splits()[-1] != HOLDOUT4
    )  # spent: the current holdout (holdout6) is scored last
    lines, counts, unlabelled = read_labelled_file(HOLDOUT4)
    assert lines >= 200
    assert all(counts[label] >= 5 for label in (*ELEMENTS, *FLAGS)), counts
    assert unlabelled >= lines // 8
    assert len(load_split(HOLDOUT4)) == lines


def test_macro_f1_on_holdout4_stays_above_its_floor() -> None:
    assert macro_f1(score_split(load_split(HOLDOUT4))) >= HOLDOUT4_FLOOR


FOUND = [
    # public correction: the group told to look, work read out, blame on one child
    (
        "Read out what you put for number four so everyone knows not to do that.",
        "public_correction",
    ),
    (
        "Hands down. Everybody have a look at what Reece thinks counts as a full stop.",
        "public_correction",
    ),
    ("We're all stuck in here because Kayden decided to hide the ball.", "public_correction"),
    ("Watch Leo show you how not to hold a racket.", "public_correction"),
    ("Freya's got something to say to the class about the broken window.", "public_correction"),
    # reward for kindness: a kind act in the condition, a benefit in the result
    (
        "If you look after the new boy at break, you'll get an extra go on the iPad.",
        "reward_for_kindness",
    ),
    (
        "Whoever helps the little ones with their coats gets to choose the game.",
        "reward_for_kindness",
    ),
    ("You can have a biscuit if you let your brother have the swing.", "reward_for_kindness"),
    ("Help Gran carry the bags in and I'll give you a pound.", "reward_for_kindness"),
    # threat: a warning condition with an imposed consequence
    ("If I see that phone again you're spending lunch with me.", "threat"),
    ("If you can't be sensible, you can sit by the wall for the rest of PE.", "threat"),
    ("Walk properly or you'll be standing with me all break.", "threat"),
    ("Bed now, or I'm ringing your dad.", "threat"),
    ("If this carries on, we'll be talking to your mum about it.", "threat"),
    ("Stop that or you'll lose your Saturday money.", "threat"),
    # shaming
    ("Fifteen and still can't tie your own tie.", "shaming"),
    ("Don't use your dyslexia as an excuse.", "shaming"),
    ("My Reception class could cut that out neater.", "shaming"),
    ("You throw like a sack of potatoes.", "shaming"),
    ("You smashed the window. Proud of yourself?", "shaming"),
    ("Stop being such a know-it-all.", "shaming"),
    ("What have you been doing for two years in my lessons?", "shaming"),
    ("Carry on being lazy and see where it gets you.", "shaming"),
    # dismissing
    ("Stop the dramatics, it's a paper cut.", "dismissing"),
    ("Not another sob story, please.", "dismissing"),
    ("Don't start all that whinging again.", "dismissing"),
    ("You're making everything into a crisis.", "dismissing"),
    ("Big lads don't cry over football.", "dismissing"),
    ("It's a bad mark, nobody died.", "dismissing"),
    ("Don't get so wound up about it.", "dismissing"),
    ("Don't be so soft, it's only a bit of rain.", "dismissing"),
    # sarcasm
    ("You're always ill on a Monday. Funny that.", "sarcasm"),
    ("Fantastic, really fantastic, you've forgotten your kit again.", "sarcasm"),
    ("Lovely pass, straight to the opposition.", "sarcasm"),
    ("You kicked his bag across the room. Really mature.", "sarcasm"),
    ("So suddenly you can't hear me now that it's time to go.", "sarcasm"),
    ("thanks for the help 🙄", "sarcasm"),
    # why-demands
    ("What in the world possessed you to climb the fence?", "why_demand"),
    ("Explain to me what you think you were playing at.", "why_demand"),
    ("How come you didn't hand your homework in?", "why_demand"),
    ("Why've you thrown your coat on the floor again?", "why_demand"),
    ("Who hit him? Tell me now.", "why_demand"),
    ("How come you've been in the staff room again?", "why_demand"),
]


@pytest.mark.parametrize(("text", "code"), FOUND)
def test_round4_forms_are_found(text: str, code: str) -> None:
    assert code in check(text).flag_codes, text


HARD_NEGATIVES = [
    "Hold your painting up so we can all see it, it's gorgeous.",
    "Let's read out what you wrote for the poem, I loved it.",
    "Can everyone see what Jess has made? It's amazing.",
    "We're all here because we care about you.",
    "We're all a bit tired because it's been a long week.",
    "Everyone's waiting because the bus is late.",
    "Everyone, come and see what Ben's found in the garden!",
    "Watch Maya show you how to do a cartwheel, she's ace at it.",
    "Watch me show you how not to do it, then you can laugh at me.",
    "If you help Noah carry the logs, he'll be really grateful.",
    "If you share the crayons, everyone gets a turn.",
    "Whoever helps tidy up gets a big thank you from me.",
    "If you let Sam have a go, you'll get your turn after.",
    "If you let Ellie have a turn, you can have the next one.",
    "If you look after the hamster this weekend, you'll get to know him better.",
    "You'll get a sticker if you finish your reading.",
    "Help your brother with his shoes and then we can go to the park together.",
    "Mistakes are allowed in here. That's kind of the point.",
    "If you want to, you can sit with me at lunch.",
    "If you can't find your pencil, you can borrow mine.",
    "If you don't want to play, you can sit with me and read.",
    "If you feel sick again, you can go to the office and they'll call your mum.",
    "If you can't sit still, you can stand at the back, that's fine.",
    "If this carries on, we'll get you some extra help with it.",
    "Put your coat on or you'll be cold.",
    "Finish your toast or I'll eat it for you!",
    "Or I'll take you to the park instead, what do you fancy?",
    "You're ten and still growing, look at you!",
    "Sixteen and still learning new things every day, that's brilliant.",
    "My Year 7s found this really hard too.",
    "The Year 2s could do this with help, and so can you.",
    "What have you been doing all week? Anything fun?",
    "What have you been doing for the last two years? I'd love to hear about your old school.",
    "You swim like a fish!",
    "Let's pretend we're penguins and waddle to the door.",
    "Are you proud of yourself? You should be, that was amazing.",
    "Stop being such a good sport, let someone else win for once!",
    "Don't be such a stranger, come and see us.",
    "Disgusting! There's a slug in my lettuce.",
    "Big boys don't always feel brave, and that's okay.",
    "Nobody died in the story, it ends happily.",
    "Funny how things turn out sometimes.",
    "That was really mature of you to say sorry.",
    "Suddenly you're so tall! When did that happen?",
    "Brilliant, absolutely brilliant, you did it!",
    "Brilliant, you finally did the splits!",
    "Great save! Never mind about the one that went in.",
    "Nice try, so close, unlucky!",
    "Great pass, you found Jamal in space.",
    "What in the world is that noise? Is it a fox?",
    "Explain to me what you were doing in the experiment, step by step.",
    "Explain what you were thinking about when you drew this, I'm curious.",
    "How come you're so happy today?",
    "How come you didn't tell me it was your birthday? Are you okay?",
    "Tell me now if you need the toilet, before we set off.",
    "Why've you got such a big smile again?",
    "ok thanks 🙄 jk",
    "Right, get a move on, we're off to the park!",
    "It's grand to not know the answer, sure that's what we're here for.",
]


@pytest.mark.parametrize("text", HARD_NEGATIVES)
def test_round4_forms_leave_their_hard_negatives_alone(text: str) -> None:
    assert check(text, learned=False).flags == [], text


@pytest.mark.parametrize(
    ("text", "element"),
    [
        ("That's really common, it doesn't mean you can't do it.", "acceptance"),
        ("I get why you'd be cross about that.", "acceptance"),
        ("You can cry or not cry, both are fine.", "acceptance"),
        ("There are no silly questions in here.", "acceptance"),
        ("You didn't deserve any of that.", "acceptance"),
        ("I'd like to hear how the week went for you.", "curiosity"),
        ("Did something happen at lunch?", "curiosity"),
        ("What's spinning round in your head?", "curiosity"),
        ("wat happened?", "curiosity"),
        ("That must get so tiring.", "empathy"),
        ("Do you want some company for a bit?", "empathy"),
        ("You look soaked and fed up.", "empathy"),
        ("Oh no, the pancake's escaping!", "playfulness"),
    ],
)
def test_round4_element_forms(text: str, element: str) -> None:
    # The rules' forms; with the model joined some are weighed down (README, round 8).
    assert element in check(text, learned=False).present, text


@pytest.mark.parametrize(
    ("text", "element"),
    [
        ("Is it the green folder or the red one you want?", "curiosity"),
        ("Nobody's going to tell you off for what happened.", "curiosity"),
        ("Class, this is what happens when you don't listen.", "acceptance"),
        ("Oh sure, course you were just borrowing it. I totally believe you.", "acceptance"),
    ],
)
def test_round4_element_negatives(text: str, element: str) -> None:
    assert element not in check(text, learned=False).present, text


def test_a_sarcastic_utterance_carries_no_acceptance_curiosity_or_empathy() -> None:
    analysis = check("Oh brilliant, well done, you've knocked the paint over. Take your time.")
    assert "sarcasm" in analysis.flag_codes
    assert not {"acceptance", "curiosity", "empathy"} & set(analysis.present)


def test_suggestion_checks_are_cached_but_still_flag_free() -> None:
    result = analyse("Why did you push her?", age_stage="middle", situation="peer-conflict")
    assert result.suggestions
    for suggestion in result.suggestions:
        assert _flag_free(suggestion, "peer-conflict")
        assert check(suggestion, situation="peer-conflict").flags == []
