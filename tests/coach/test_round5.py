"""Round 5 (README, "Round 5"): the blind holdout5 set, and the general forms
added for sarcasm, shaming, threats, public correction, why-demands and the
elements, each with its hard negatives.

The example sentences here were written for these tests; none is taken
from holdout5 (blind in round 5, then read and tuned on in round 6)."""

import pytest

from harbour.coach.analyser import check
from harbour.coach.corpus import HOLDOUT, HOLDOUT4, HOLDOUT5, TUNING_SPLITS, load_split
from harbour.coach.evaluate import evaluation_splits, score_split
from harbour.coach.labels import ELEMENTS, FLAGS
from harbour.coach.metrics import macro_f1
from tests.coach.blind_sets import read_labelled_file

# holdout4 was blind in round 4 (0.760) and tuned on in round 5 (0.959), so
# it is a regression guard now. holdout5 was scored blind twice: 0.774 with
# the round-4 rules and 0.812 after round 5 (README); it was then read and
# tuned on in round 6 (0.979), so it is a regression guard too, and holdout6
# is the blind set (tests/coach/test_round6.py).
HOLDOUT4_FLOOR = 0.94
HOLDOUT5_FLOOR = 0.96


def test_holdout5_is_valid_big_enough_covers_every_label_and_is_now_spent() -> None:
    assert HOLDOUT5 == "holdout5" != HOLDOUT
    assert HOLDOUT4 in TUNING_SPLITS and HOLDOUT5 in TUNING_SPLITS and HOLDOUT not in TUNING_SPLITS
    assert evaluation_splits()[-1] == HOLDOUT
    lines, counts, unlabelled = read_labelled_file(HOLDOUT5)
    assert lines >= 200
    assert all(counts[label] >= 5 for label in (*ELEMENTS, *FLAGS)), counts
    # Dense in the labels that were weak on holdout4.
    weak = ("sarcasm", "shaming", "threat", "public_correction", "playfulness", "empathy")
    assert all(counts[label] >= 15 for label in weak), counts
    assert unlabelled >= lines // 8
    assert len(load_split(HOLDOUT5)) == lines


def test_macro_f1_on_holdout5_stays_above_its_raised_floor() -> None:
    assert macro_f1(score_split(load_split(HOLDOUT5))) >= HOLDOUT5_FLOOR


def test_macro_f1_on_holdout4_stays_above_its_raised_floor() -> None:
    assert macro_f1(score_split(load_split(HOLDOUT4))) >= HOLDOUT4_FLOOR


def test_why_do_you_think_you_did_it_is_a_why_demand_but_perspective_taking_is_not() -> None:
    assert "why_demand" in check("Why do you think you hit him?").flag_codes
    friend = check("Why do you think your friend was upset?")
    assert "why_demand" not in friend.flag_codes
    assert friend.flags == []
    assert "curiosity" in friend.present


FOUND = [
    # why-demands
    ("Why do you think you hit him?", "why_demand"),
    ("So why do you reckon you threw the chair?", "why_demand"),
    ("Why do you think you said that to her?", "why_demand"),
    ("Why is there paint all over the sink?", "why_demand"),
    ("Somebody's scribbled on the wall. Why would anyone do that?", "why_demand"),
    ("What's your excuse this time?", "why_demand"),
    # sarcasm: exaggerated mock praise and stock ironies
    ("Oh wow, you've tied one shoelace. Somebody call the papers.", "sarcasm"),
    ("Two words on the page. Steady on, don't wear yourself out.", "sarcasm"),
    ("You're a right comedian, you are.", "sarcasm"),
    ("If you're so clever, you can teach the lesson.", "sarcasm"),
    ("Take as long as you like, it's not like the rest of us have homes to go to.", "sarcasm"),
    ("Well, that's one way to ice a cake.", "sarcasm"),
    ("Charming. Lovely way to talk to your nan.", "sarcasm"),
    # shaming
    ("Your brother was swimming lengths at your age.", "shaming"),
    ("Your cousin's much more sensible than you.", "shaming"),
    ("Girls your age are holding down jobs, and you can't even make your bed.", "shaming"),
    ("You could moan for England, you could.", "shaming"),
    ("Why can't you just act like a normal kid?", "shaming"),
    ("This club isn't for people like you.", "shaming"),
    ("Stop being a proper diva about the costume.", "shaming"),
    ("Lazy, that's all it is.", "shaming"),
    ("After everything I've done for you, this is the thanks I get.", "shaming"),
    ("Keep that up and you'll be back on the baby books.", "shaming"),
    ("A three-year-old could cut neater than that.", "shaming"),
    # threats
    ("Tidy up now, or nobody's going on the trampoline.", "threat"),
    ("Learn the steps or someone else gets your place in the show.", "threat"),
    ("If you can't be bothered, I'll find people who want to play.", "threat"),
    ("Do you want me to ring your mum? Because I will.", "threat"),
    ("Swinging on that chair again means you're out of the lesson.", "threat"),
    ("Mr Hughes can deal with you after lunch.", "threat"),
    ("If you don't get in the car now, no tablet tonight.", "threat"),
    ("If this table can't stop chatting, nobody's having golden time.", "threat"),
    ("If you keep missing school, your dad could end up in court.", "threat"),
    # public correction
    ("You can all thank Harvey for losing your break.", "public_correction"),
    ("Group two, you've got Maya to thank for missing the film.", "public_correction"),
    (
        "Everyone look. This is what happens when you don't read the instructions.",
        "public_correction",
    ),
    ("This essay is a perfect example of how not to use quotes.", "public_correction"),
    ("Let's all have a look at Jack's book and see what's gone wrong.", "public_correction"),
    ("Sing it on your own so we can hear who's flat.", "public_correction"),
    # dismissing, eye contact, lecturing
    ("Less of the waterworks, back to your seat.", "dismissing"),
    ("Chin up, eyes on mine.", "eye_contact_demand"),
    ("Let me tell you something about honesty, young lady.", "lecturing"),
]


@pytest.mark.parametrize(("text", "code"), FOUND)
def test_round5_forms_are_found(text: str, code: str) -> None:
    assert code in check(text).flag_codes, text


HARD_NEGATIVES = [
    "Why do you think your friend was upset?",
    "Why do you think he was crying?",
    "Why do you think the character lied?",
    "Why is there water on the outside of the glass?",
    "Why would anyone build a castle on a hill?",
    "Your sister's picking you up at four.",
    "This one is easier than you think.",
    "Kids your age love this game, and you can join in whenever you like.",
    "You could sing for England, you've got a lovely voice.",
    "Treat everyone like a normal person, that's all I ask.",
    "Let me tell you about the trip tomorrow.",
    "Less of the noise please, everyone.",
    "If you don't finish it, no problem, we'll do it tomorrow.",
    "If you don't want to talk, nobody's going to make you.",
    "If it rains, nobody's going outside.",
    "Do you want me to ring your mum? She can pick you up if you're poorly.",
    "I'll find someone who can help you with that.",
    "Can we all thank Mia for tidying the library so nicely?",
    "Can everyone thank Ahmed for bringing in the cakes?",
    "You've got Ellie to thank for the extra play, she found the ball!",
    "This is what happens when you mix blue and yellow.",
    "Let's all have a look at Priya's lovely painting.",
    "That's one way to do it! Can anyone find another?",
    "Well, that's one way to solve it, let's see if there's another.",
    "Charming little village, isn't it?",
    "Don't wear yourself out before the race, pace it.",
    "Oh my word, you're a real comedian, that joke was brilliant!",
    "Ha, that was hilarious, do it again!",
    "The baby room is next door if you want to see your sister.",
    "Lazy Sunday mornings are the best.",
    "Say sorry to Zara when you're ready, and mean it.",
    "If you're kind to your cousin this weekend, I'll take you to the cinema.",
    "I'm going to sit here so nobody gets hurt.",
]


@pytest.mark.parametrize("text", HARD_NEGATIVES)
def test_round5_forms_leave_their_hard_negatives_alone(text: str) -> None:
    flags = set(check(text, learned=False).flag_codes)
    # A kind condition with a treat is a reward, never a threat.
    flags.discard("reward_for_kindness")
    assert flags == set(), text


@pytest.mark.parametrize(
    ("text", "element"),
    [
        ("I'm going to stay right here with you.", "empathy"),
        ("We'll get through this together, you and me.", "empathy"),
        ("I'd have been gutted too.", "empathy"),
        ("That gave you a proper fright, didn't it?", "empathy"),
        ("You really didn't like the hand dryer, did you?", "empathy"),
        ("These spellings are making you feel stuck.", "empathy"),
        ("It sounds like you've had a rough week.", "empathy"),
        ("It makes sense that you were scared.", "empathy"),
        ("Nothing you say is going to make me stop caring about you.", "acceptance"),
        ("Your feelings aren't too much for me.", "acceptance"),
        ("Wobbly notes are what practices are for.", "acceptance"),
        ("Lots of new Brownies feel homesick the first night.", "acceptance"),
        ("Shall we let Teddy have his medicine first?", "playfulness"),
        ("Oh no, the glue sticks have gone on strike!", "playfulness"),
        ("Have you brought your listening ears today?", "playfulness"),
        ("Waddle like a duck! Quack quack!", "playfulness"),
        ("Bad morning at home?", "curiosity"),
        ("Was it a sad feeling or a cross feeling?", "curiosity"),
    ],
)
def test_round5_element_forms(text: str, element: str) -> None:
    # The rules' forms; with the model joined some are weighed down (README, round 8).
    assert element in check(text, learned=False).present, text


@pytest.mark.parametrize(
    ("text", "element"),
    [
        ("What do you think happens to the ice when we heat it?", "curiosity"),
        ("What do you think the author wanted us to notice?", "curiosity"),
        ("I'm going to sit here so nobody gets hurt.", "empathy"),
        ("You've had a face like thunder since you got in. Bad day?", "curiosity"),
    ],
)
def test_round5_element_negatives(text: str, element: str) -> None:
    assert element not in check(text, learned=False).present, text
