"""Round 6 (README, "Round 6"): the blind holdout6 set, and the general forms
added from holdout5's errors, each with its hard negatives.

The example sentences here were written for these tests; none is taken from
holdout5 or holdout6, and holdout6 is never tuned on."""

import pytest

from harbour.coach.analyser import check
from harbour.coach.corpus import HOLDOUT, HOLDOUT5, HOLDOUT6, TUNING_SPLITS, load_split
from harbour.coach.evaluate import evaluation_splits, score_split
from harbour.coach.labels import ELEMENTS, FLAGS
from harbour.coach.metrics import macro_f1
from tests.coach.blind_sets import read_labelled_file

# holdout6 was scored blind twice in round 6 (0.719, then 0.750 with the
# round-6 rules) and read afterwards; in round 7 it was the learned model's
# development set, and the shipped model is trained on it. A regression guard.
HOLDOUT6_FLOOR = 0.90


def test_holdout6_is_valid_big_enough_covers_every_label_and_is_now_spent() -> None:
    assert HOLDOUT6 == "holdout6" != HOLDOUT
    assert HOLDOUT5 in TUNING_SPLITS and HOLDOUT6 in TUNING_SPLITS
    assert evaluation_splits()[-1] == HOLDOUT
    lines, counts, unlabelled = read_labelled_file(HOLDOUT6)
    assert lines >= 200
    assert all(counts[label] >= 5 for label in (*ELEMENTS, *FLAGS)), counts
    # Dense in the labels that were weak on holdout5.
    weak = ("sarcasm", "shaming", "threat", "public_correction", "playfulness", "empathy")
    assert all(counts[label] >= 15 for label in weak), counts
    assert unlabelled >= lines // 8
    assert len(load_split(HOLDOUT6)) == lines


def test_macro_f1_on_holdout6_stays_above_its_floor() -> None:
    assert macro_f1(score_split(load_split(HOLDOUT6))) >= HOLDOUT6_FLOOR


FOUND = [
    # sarcasm
    ("Gorgeous. Just gorgeous. Glue on every chair.", "sarcasm"),
    ("Brilliant. Juice everywhere, and the mop's gone missing.", "sarcasm"),
    ("Great shot, Kai. Shame you were aiming at the other net.", "sarcasm"),
    ("Congratulations, first one to snap a ruler this term.", "sarcasm"),
    ("Real mature, slamming the door in your brother's face.", "sarcasm"),
    ("Yeah, because leaving it till Sunday night always works out.", "sarcasm"),
    ("Someone's a proper know-it-all today, aren't they?", "sarcasm"),
    ("The energy you've spent getting out of PE, you could have run a marathon.", "sarcasm"),
    ("Great idea, let's all just shout at once then.", "sarcasm"),
    ("Should we call the Louvre about your sketch?", "sarcasm"),
    # shaming
    ("A bit old for strops, aren't we?", "shaming"),
    ("I'd expect that from a toddler, not a big lad like you.", "shaming"),
    ("What a wimp, scared of a little spider.", "shaming"),
    ("Your brother's reading chapter books, and he's younger than you.", "shaming"),
    ("Nobody wants to play with someone who cheats all the time.", "shaming"),
    ("Nobody likes a show-off, Tom.", "shaming"),
    ("You've got the memory of a gnat, honestly.", "shaming"),
    ("Your dad would be so embarrassed if he saw this.", "shaming"),
    ("You couldn't find your way out of a paper bag.", "shaming"),
    ("Why can't you tidy up like Ben does?", "shaming"),
    ("Everyone, this is Mia, who can't be bothered to bring a pen.", "shaming"),
    # threat
    ("The next child I hear shouting gets a detention.", "threat"),
    ("Right, if you lot can't share it, the iPad's going away for everyone.", "threat"),
    ("One more wrapper on the floor and the whole dorm misses the film.", "threat"),
    ("If this group won't tidy up, nobody's going swimming.", "threat"),
    ("Push him again and you're off the pitch.", "threat"),
    ("Keep messing about and you won't be performing on Friday.", "threat"),
    ("Sort your attitude out, or Dad won't be driving you to the match.", "threat"),
    ("Back in line, or your name comes off the trip list.", "threat"),
    ("Carry on and I'll put your name on the behaviour log.", "threat"),
    # public correction
    ("Shall I show Tyler's text message to the whole class?", "public_correction"),
    ("Let's hear Sam read it out, since he was too busy chatting to follow.", "public_correction"),
    ("Jack has something to say to you all about the broken window.", "public_correction"),
    ("We're all still waiting on one particular boy, aren't we?", "public_correction"),
    ("Your name's going on the board so everyone knows who's on a warning.", "public_correction"),
    ("Boys, this is exactly what I don't want to see.", "public_correction"),
    # others
    ("Stop that whining, you're fine.", "dismissing"),
    ("Oh, you're not even hurt.", "dismissing"),
    ("Another award-winning performance over a lost sock.", "dismissing"),
    ("Come on, it's only a mock test.", "dismissing"),
    ("Don't you look away while I'm talking to you.", "eye_contact_demand"),
    ("Here's a certificate for being a good friend to Noor.", "reward_for_kindness"),
]


@pytest.mark.parametrize(("text", "code"), FOUND)
def test_round6_forms_are_found(text: str, code: str) -> None:
    assert code in check(text).flag_codes, text


HARD_NEGATIVES = [
    "Lovely. Absolutely lovely singing, everyone.",
    "Brilliant. You put all the paints back on the shelf.",
    "Well done, first one to finish the cross-country!",
    "That was very grown-up, saying sorry to Leo.",
    "Yes, because it's raining we'll have PE inside.",
    "Somebody's had a haircut!",
    "Great idea, let's all try that.",
    "Should we ring the museum and ask about opening times?",
    "You're not too old for a cuddle, you know.",
    "You've got the patience of a saint.",
    "Your mum would be so proud of you.",
    "Some of us like ketchup and some of us like mayo.",
    "The next person to finish gets to choose the music.",
    "The whole team's running the relay on Saturday.",
    "If it doesn't stop raining, nobody's going outside, sorry folks.",
    "Put your coat on or you won't be warm enough.",
    "I'll put your name on the list for the trip.",
    "Shall I read out Kayla's lovely poem to the whole class?",
    "Let's hear from Oliver next.",
    "Evie has something to tell everyone about her new puppy.",
    "We're waiting for one person to bring the register back.",
    "It's only a practice test, so mistakes are fine.",
    "Don't fret if you can't finish it today.",
    "You can have a certificate for finishing your swimming badge.",
    "Let's all give Tom a round of applause for his brilliant goal.",
    "Let's all give Freya a big clap for her first swim.",
    "Everyone, this is Priya, who's joining us from today.",
    "Either you say sorry or you can explain yourself to Mrs Ali.",
    "You're alright, you're not in trouble.",
]


@pytest.mark.parametrize("text", HARD_NEGATIVES)
def test_round6_forms_leave_their_hard_negatives_alone(text: str) -> None:
    flags = set(check(text, learned=False).flag_codes)
    if text.startswith("Either"):
        # the punishing half of a choice is a threat, not a why-demand
        assert "why_demand" not in flags, text
    else:
        assert not flags, (text, flags)


ELEMENT_FORMS = [
    ("I'd want to scream too, honestly.", "empathy"),
    ("It felt like everyone was against you.", "empathy"),
    ("You're missing your nan a lot this week.", "empathy"),
    ("I'm really sorry your dog's not well.", "empathy"),
    ("You must have been so chuffed when you got picked.", "empathy"),
    ("You really wanted that part, and then they gave it to someone else.", "empathy"),
    ("It's been such a long day, hasn't it?", "empathy"),
    ("You look shattered, sweetheart.", "empathy"),
    ("That was so annoying, losing your place like that.", "empathy"),
    ("You tried so hard and it still didn't work. That stings.", "empathy"),
    ("Making mistakes is part of learning a new song.", "acceptance"),
    ("Throwing the tray wasn't okay, and I still like having you in my group.", "acceptance"),
    ("Feeling wobbly about it is fine in here.", "acceptance"),
    ("Whatever happens at the meeting, there's always a place for you here.", "acceptance"),
    ("Who wants to be the chef and tell me what to cook?", "playfulness"),
    ("Shall we make the paper planes fly all the way to the ceiling?", "playfulness"),
    ("Stomp like dinosaurs to the door, then freeze!", "playfulness"),
    ("Oh no, the crayons are having a disco in the box!", "playfulness"),
    ("My brain's gone all fuzzy, you'll have to help me.", "playfulness"),
    ("Captain Fluff the rabbit wants to say good morning.", "playfulness"),
    ("Let's think of a silly name for the class hamster.", "playfulness"),
    ("That's the tallest sandcastle I've ever seen and I love it.", "playfulness"),
    ("A unicorn or a very fluffy horse? Tell me everything.", "curiosity"),
]


@pytest.mark.parametrize(("text", "element"), ELEMENT_FORMS)
def test_round6_element_forms(text: str, element: str) -> None:
    # The rules' forms; with the model joined some are weighed down (README, round 8).
    assert check(text, learned=False).elements[element] >= 0.5, text


ELEMENT_NEGATIVES = [
    ("Everyone gets butterflies, so just get on with it.", "acceptance"),
    ("Maybe you were tired? Is that right?", "empathy"),
    ("I wonder what your hands are telling me when you flap like that?", "playfulness"),
    ("Mr Patel is on the gate this morning.", "playfulness"),
    ("Running is fine outside, but not in the corridor.", "acceptance"),
]


@pytest.mark.parametrize(("text", "element"), ELEMENT_NEGATIVES)
def test_round6_element_negatives(text: str, element: str) -> None:
    assert check(text, learned=False).elements[element] < 0.5, text
