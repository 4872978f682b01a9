"""The coach carries over to real voices: counsellors, peer supporters,
teachers and carers (corpus/voices_*.jsonl, README "Generalisation")."""

import json
from collections import Counter

import pytest

from harbour.coach.analyser import check
from harbour.coach.corpus import (
    CORPUS_DIR,
    HOLDOUT,
    HOLDOUT3,
    OLD_HOLDOUT,
    TUNE,
    VOICES,
    load_split,
)
from harbour.coach.evaluate import evaluation_splits, score_split, voices_union
from harbour.coach.labels import ELEMENTS, FLAGS
from harbour.coach.metrics import macro_f1
from harbour.coach.text import Expanded

# Floors a little under what the shipped rules score (README), so that a
# change which loses generalisation fails here rather than in the field.
VOICES_UNION_FLOOR = 0.95
# The round-2 holdout scored 0.693 blind; it has since been read (so it is a
# regression guard now, not a blind check) and scores 0.838 after round 3 and
# 0.918 after round 4.
OLD_HOLDOUT_FLOOR = 0.90


@pytest.mark.parametrize("name", [*VOICES, OLD_HOLDOUT, TUNE, HOLDOUT3, HOLDOUT])
def test_each_voices_file_is_valid_jsonl_with_known_labels(name: str) -> None:
    lines = (CORPUS_DIR / f"{name}.jsonl").read_text(encoding="utf-8").splitlines()
    for line in lines:
        record = json.loads(line)
        assert set(record) <= {"text", "elements", "flags", "situation", "age_stage"}
        assert 2 <= len(record["text"].split()) <= 60, record["text"]
        assert set(record["elements"]) <= set(ELEMENTS)
        assert set(record["flags"]) <= set(FLAGS)


def test_the_voices_sets_are_big_enough_and_cover_every_label() -> None:
    sizes = {name: len(load_split(name)) for name in VOICES}
    assert all(size >= 80 for size in sizes.values()), sizes
    assert sum(sizes.values()) >= 320
    assert len(load_split(OLD_HOLDOUT)) >= 100
    counts: Counter[str] = Counter()
    union = voices_union()
    for example in union:
        counts.update(example.labels)
    assert all(counts[label] >= 10 for label in (*ELEMENTS, *FLAGS)), counts
    # Plenty of utterances carry no flag at all, as real talk mostly does.
    assert sum(1 for example in union if not example.flags) >= len(union) // 2


def test_evaluate_reports_every_corpus_file_but_train_with_the_holdout_last() -> None:
    names = evaluation_splits()
    assert "train" not in names
    assert set(VOICES) <= set(names)
    assert names[-1] == HOLDOUT


def test_macro_f1_on_the_voices_union_stays_above_its_floor() -> None:
    assert macro_f1(score_split(voices_union())) >= VOICES_UNION_FLOOR


def test_macro_f1_on_the_round_2_holdout_stays_above_its_floor() -> None:
    assert macro_f1(score_split(load_split(OLD_HOLDOUT))) >= OLD_HOLDOUT_FLOOR


def test_text_speak_is_read_but_spans_point_at_what_was_typed() -> None:
    text = "omg ur such a brat, dont b like that"
    analysis = check(text)
    shaming = [flag for flag in analysis.flags if flag.code == "shaming"]
    assert shaming
    assert all(text[flag.start : flag.end] == flag.span for flag in analysis.flags)
    assert shaming[0].span.startswith("ur")


def test_expansion_maps_back_to_the_original_offsets() -> None:
    expanded = Expanded("u r not in trouble, im here")
    assert expanded.norm == "you are not in trouble, i'm here"
    start = expanded.norm.index("i'm")
    assert expanded.original_span(start, start + 3) == (20, 22)


GENERALISED_HARD_NEGATIVES = [
    "It sounds like a plan, let's do it.",
    "Thanks for coming today, I really enjoyed our chat.",
    "Brilliant, you remembered your PE kit!",
    "Well done for telling me you broke it, that was really honest.",
    "Great, you found your lost glove!",
    "Everyone, look at how beautifully Jess has laid out her work!",
    "Class, look at the board please.",
    "Who can tell me why leaves change colour?",
    "It's only a short walk to the park.",
    "If you finish your reading, you can have a sticker.",
    "If you want to, I'll get you a drink.",
    "She said you were being rude, but I wanted to hear from you.",
    "How come you're so quiet today? Is everything alright?",
    "You don't have to look at me, you can look away from me if that's easier.",
    "What kind of person do you want to be when you're older?",
    "When I was your age I was scared of the dark too.",
    "Bet you can't find five red things before I count to ten!",
    "u dont have to explain urself to me",
    "u say ur fine but u've not eaten all day, whats up?",
    "ur mum said she'll pick u up at 4",
]


@pytest.mark.parametrize("text", GENERALISED_HARD_NEGATIVES)
def test_general_forms_leave_their_hard_negatives_alone(text: str) -> None:
    assert check(text, learned=False).flags == []


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Everyone in the circle, look at Kai.", "public_correction"),
        ("Keep ignoring me and I'm telling your mum.", "threat"),
        ("wtf were u thinking", "why_demand"),
        ("Stop being such a misery.", "shaming"),
        ("Come on now, no need for tears.", "dismissing"),
        ("In life you'll find nobody gives second chances.", "lecturing"),
        ("If you let your brother have a go, I'll get you a pizza.", "reward_for_kindness"),
        ("Brilliant. Now we've lost the scissors too.", "sarcasm"),
        ("Don't you dare look away from me.", "eye_contact_demand"),
    ],
)
def test_general_forms_find_unfamiliar_wording(text: str, code: str) -> None:
    assert code in check(text).flag_codes, text


@pytest.mark.parametrize(
    ("text", "element"),
    [
        ("So it sounds like the move turned everything upside down for you.", "empathy"),
        ("That's a really lonely place to be.", "empathy"),
        ("You've got every right to feel hurt.", "acceptance"),
        ("One bad day doesn't change that.", "acceptance"),
        ("Can you say a bit more about that?", "curiosity"),
        ("race u to the gate, loser buys the chips", "playfulness"),
    ],
)
def test_reflective_structures_are_recognised(text: str, element: str) -> None:
    # The rules' forms; with the model joined some are weighed down (README, round 8).
    assert element in check(text, learned=False).present, text
