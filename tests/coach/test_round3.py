"""Round 3 (README, "Round 3"): the blind holdout3 set, the tune3 tuning set,
and the general forms added for shaming, threats, dismissing, sarcasm,
why-demands and acceptance, each with its hard negatives."""

import pytest

from harbour.coach.analyser import check
from harbour.coach.corpus import HOLDOUT, HOLDOUT3, TUNE, load_split
from harbour.coach.evaluate import evaluation_splits, score_split
from harbour.coach.labels import ELEMENTS, FLAGS
from harbour.coach.metrics import macro_f1
from tests.coach.blind_sets import read_labelled_file

# holdout3 was scored blind twice in round 3 (0.704 before, 0.780 after); it
# was then read and tuned on in round 4 (0.973 after), so this floor only
# guards against regressions now (README, "Round 4").
HOLDOUT3_FLOOR = 0.95
# tune3 was tuned on (0.951 after round 3, 0.967 after round 4); a regression guard.
TUNE3_FLOOR = 0.95


@pytest.mark.parametrize(("name", "minimum"), [(HOLDOUT3, 150), (TUNE, 400)])
def test_round3_sets_are_valid_big_enough_and_cover_every_label(name: str, minimum: int) -> None:
    lines, counts, unlabelled = read_labelled_file(name)
    assert lines >= minimum
    assert all(counts[label] >= 7 for label in (*ELEMENTS, *FLAGS)), counts
    # Real talk is mostly neither good nor bad PACE.
    assert unlabelled >= lines // 5


def test_the_current_blind_holdout_is_scored_last_and_its_errors_stay_locked() -> None:
    # holdout3 was blind in round 3; round 4 tuned on it, and holdout4 took its place.
    assert evaluation_splits()[-1] == HOLDOUT != HOLDOUT3


def test_macro_f1_on_holdout3_stays_above_its_floor() -> None:
    assert macro_f1(score_split(load_split(HOLDOUT3))) >= HOLDOUT3_FLOOR


def test_macro_f1_on_tune3_stays_above_its_floor() -> None:
    assert macro_f1(score_split(load_split(TUNE))) >= TUNE3_FLOOR


FOUND = [
    # shaming: comparisons, animals, collective insults, verdicts, generalisations
    ("You're as lazy as your brother.", "shaming"),
    ("You're just like your dad, always lying.", "shaming"),
    ("My gran could catch better than that.", "shaming"),
    ("You're chewing like a pig again.", "shaming"),
    ("You lot are an absolute disgrace.", "shaming"),
    ("I'm embarrassed to be seen with you.", "shaming"),
    ("Lazy lump, that's what you are.", "shaming"),
    ("Kids like you always end up excluded.", "shaming"),
    ("You'll never amount to anything.", "shaming"),
    ("I expected nothing else, to be fair.", "shaming"),
    ("Grow up, you're twelve, not two.", "shaming"),
    # threat: sanctions as what will happen, or tied to a condition
    ("You can kiss goodbye to the match on Saturday.", "threat"),
    ("You'll be sitting on your own at lunch if this carries on.", "threat"),
    ("You're grounded.", "threat"),
    ("Pocket money's gone if you speak to me like that again.", "threat"),
    ("You're on thin ice, walking on thin ice.", "threat"),
    # dismissing idioms
    ("Shake it off, you're fine.", "dismissing"),
    ("Suck it up, we've all done it.", "dismissing"),
    ("It could be worse.", "dismissing"),
    ("Quit whinging.", "dismissing"),
    # sarcasm: idioms, mock titles, mock politeness
    ("Yeah, and pigs might fly.", "sarcasm"),
    ("Would her majesty care to join us?", "sarcasm"),
    ("Am I boring you?", "sarcasm"),
    ("Don't strain yourself, will you.", "sarcasm"),
    ("Oh, here we go.", "sarcasm"),
    # why-demands
    ("Why've you pushed him over?", "why_demand"),
    ("Why is Maya's pencil case in the bin?", "why_demand"),
    ("What made you kick the door?", "why_demand"),
    # lecturing, public correction, reward for kindness
    ("In my day we did as we were told.", "lecturing"),
    ("We'd all be at lunch by now if Zak could sit still.", "public_correction"),
    ("Team points for helping Sam tidy up.", "reward_for_kindness"),
]


@pytest.mark.parametrize(("text", "code"), FOUND)
def test_general_forms_find_new_wording(text: str, code: str) -> None:
    assert code in check(text).flag_codes, text


HARD_NEGATIVES = [
    "You're as tall as your brother now!",
    "You're just like your mum, so good at drawing.",
    "Your sister loved this book and I think you will too.",
    "Your brother's picking you up, and you've got swimming after.",
    "What's it like for you when your brother gets to go home and you don't?",
    "Eat your dinner like a dinosaur, ROAR!",
    "Who ate my chips, you cheeky monkey?",
    "You lot are amazing, honestly.",
    "I'm not ashamed of you, not one bit.",
    "Kids like you make this job worth it.",
    "You'll never guess what happened at lunch!",
    "You've always been the kind one.",
    "You're the reason I love coming to work.",
    "What kind of example could we use for the story?",
    "I've never met a child so brave.",
    "Grow up to be whatever you want.",
    "You can forget about the spelling test now, it's over.",
    "You'll be in Mrs Khan's class next year.",
    "You're in the team for Saturday, well done!",
    "If you want, we can call your mum together.",
    "I'm going to ring your mum tonight to tell her how well you did.",
    "I'll be having a word with your mum about the trip money.",
    "I'm warning you, this joke is terrible.",
    "Shake it off like a wet dog, go on, wiggle!",
    "Try not to think about the test till Monday, and get some rest.",
    "At least you've got your coat, it's freezing.",
    "Don't think about it too hard, just pick one.",
    "It could be worse weather for sports day.",
    "It doesn't matter which pen you use.",
    "Here we go, gloves on and off we go.",
    "As if by magic, the sun came out.",
    "Sure, you can have the last biscuit.",
    "Would you mind passing the glue?",
    "Carry on with your reading, I'll come round.",
    "That went really well, didn't it? I'm proud of you.",
    "Congratulations, you've passed your swimming test!",
    "Great job, you've finished the whole page!",
    "Mr Perfect is the name of the book we're reading.",
    "Your majesty, your carriage awaits!",
    "Why is Ollie's coat so sparkly?",
    "What made you so happy today?",
    "What made you choose the blue paint?",
    "Explain why the ice melted.",
    "Why've they closed the pool?",
    "Why's your face so sad, pet?",
    "Good morning, everyone, listen to Maya's poem, it's lovely.",
    "Whoever finishes their reading gets a sticker.",
    "House points for the best handwriting this week.",
]


@pytest.mark.parametrize("text", HARD_NEGATIVES)
def test_general_forms_leave_hard_negatives_alone(text: str) -> None:
    assert check(text, learned=False).flags == [], (text, check(text, learned=False).flag_codes)


@pytest.mark.parametrize(
    ("text", "element"),
    [
        ("You're allowed to feel fed up about it.", "acceptance"),
        ("You don't have to be okay today.", "acceptance"),
        ("Whatever you're feeling is welcome.", "acceptance"),
        ("There's room for all of it in here.", "acceptance"),
        ("You belong here.", "acceptance"),
        ("You're welcome here whatever mood you're in.", "acceptance"),
        ("You're not the first to find it hard.", "acceptance"),
        ("I'm on your side, whatever happens.", "acceptance"),
        ("Being angry doesn't make you a bad person.", "acceptance"),
        ("What went through your head when the bell went?", "curiosity"),
        ("Where in your body do you notice the worry?", "curiosity"),
        ("You must have been so scared.", "empathy"),
        ("It hurts when friends fall out.", "empathy"),
        ("Oh no, my glove's gone on holiday again!", "playfulness"),
    ],
)
def test_round3_element_forms_are_recognised(text: str, element: str) -> None:
    assert element in check(text).present, text


@pytest.mark.parametrize(
    ("text", "element"),
    [
        ("You're allowed to go to the toilet without asking.", "acceptance"),
        ("You're welcome to borrow a pen.", "acceptance"),
        ("You belong in the blue group for phonics now.", "acceptance"),
        ("Can you count how many chairs we need?", "acceptance"),
        ("There's room for two more on the bench.", "acceptance"),
        ("Thanks for letting me know.", "acceptance"),
    ],
)
def test_round3_element_forms_leave_hard_negatives_alone(text: str, element: str) -> None:
    assert element not in check(text, learned=False).present, text
