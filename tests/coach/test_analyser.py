"""The analyser scores well on held-out data and leaves hard negatives alone."""

import pytest

from harbour.coach.analyser import analyse, check
from harbour.coach.corpus import load_split
from harbour.coach.evaluate import score_split
from harbour.coach.labels import ELEMENTS
from harbour.coach.metrics import macro_f1

HARD_NEGATIVES = [
    # Academic why-questions.
    "Why do you think the character ran away?",
    "Why do you think the ice melted faster on the windowsill?",
    "Why did the Romans build straight roads? Have a look in your book.",
    "Can you tell me why you chose that answer? I'm interested in your method.",
    "Why is it important to check your working?",
    # Suggestions that start with why.
    "Why don't we go for a walk together?",
    "Why not try the blue one?",
    # Plain instructions.
    "Please put your coat on.",
    "Pens down, thank you.",
    "Line up by the door, quietly please.",
    "Look at the board, please.",
    "Have a look at page twelve.",
    "Everyone, eyes this way please.",
    # Praise of effort.
    "You kept going even when it was tricky, well done.",
    "Great effort today, you really stuck with it.",
    "Sticker for finishing your reading, well done!",
    # Genuine choices and routines.
    "You can choose the red pen or the blue pen.",
    "First shoes on, then we can go out to play.",
    "If you want, we can take a break and come back to it.",
    "I'm going to ring your mum later to tell her how well you did.",
    # Calm boundaries and reassurance.
    "I'm not angry.",
    "Let's calm down together.",
    "I can help you calm down, and then you can tell me what happened.",
    "Hitting isn't okay. I'm going to help keep everyone safe.",
    "You're not a bad kid.",
    "It's okay to cry.",
    # Neutral chat.
    "Did you have a nice weekend?",
    "What did you have for lunch?",
]


@pytest.mark.parametrize("text", HARD_NEGATIVES)
def test_hard_negatives_are_not_flagged(text: str) -> None:
    assert check(text).flags == []


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Why did you push her?", "why_demand"),
        ("Look at me when I'm talking to you.", "eye_contact_demand"),
        ("You're such a lazy boy.", "shaming"),
        ("If you don't sit down you'll miss break.", "threat"),
        ("Calm down!", "dismissing"),
        ("How many times have I told you?", "lecturing"),
        ("Everyone, look at what Jayden has done.", "public_correction"),
        ("Here's a sticker for sharing.", "reward_for_kindness"),
        ("Oh brilliant, well done, you've broken it.", "sarcasm"),
    ],
)
def test_each_flag_is_found_with_its_span(text: str, code: str) -> None:
    flags = [flag for flag in check(text).flags if flag.code == code]
    assert flags, text
    for flag in flags:
        assert text[flag.start : flag.end] == flag.span
        assert flag.explanation


def test_macro_f1_on_the_held_out_test_split_is_at_least_085() -> None:
    assert macro_f1(score_split(load_split("test"))) >= 0.85


def test_elements_are_scored_from_0_to_1_and_present_at_half() -> None:
    analysis = analyse("I can see you're really upset. I wonder what happened?")
    assert list(analysis.elements) == list(ELEMENTS)
    assert all(0.0 <= score <= 1.0 for score in analysis.elements.values())
    assert analysis.present == [name for name, s in analysis.elements.items() if s >= 0.5]
    assert {"empathy", "curiosity"} <= set(analysis.present)


def test_to_dict_keeps_the_field_order() -> None:
    data = analyse("Why did you hit him?").to_dict()
    assert list(data) == ["text", "elements", "flags", "suggestions"]
    assert list(data["flags"][0]) == ["code", "start", "end", "span", "explanation"]


def test_the_same_text_always_gives_the_same_answer() -> None:
    text = "I know you're upset but if you don't stop you'll go to the office."
    first = analyse(text, age_stage="middle", situation="dysregulated").to_dict()
    assert all(
        analyse(text, age_stage="middle", situation="dysregulated").to_dict() == first
        for _ in range(5)
    )


def test_unknown_age_stage_or_situation_is_refused() -> None:
    with pytest.raises(ValueError, match="age stage"):
        analyse("hello", age_stage="teen")
    with pytest.raises(ValueError, match="situation"):
        analyse("hello", situation="playground")


def test_empty_and_very_long_text_are_handled() -> None:
    assert analyse("").flags == []
    assert analyse("Calm down! " * 1000).flags
