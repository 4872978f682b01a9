"""Round 7 (README, "Round 7"): the learned model's corpus and holdout7.

holdout7 was written by a helper who never saw the analyser, before round 7
changed anything; nobody working on the coach has read it. It was the blind
holdout of round 7; in round 8 it is a development set (scored, never read).
"""

from harbour.coach.corpus import (
    HOLDOUT,
    HOLDOUT7,
    NEGATIVES7,
    TRAIN7,
    TUNING_SPLITS,
    load_split,
    model_training_files,
)
from harbour.coach.evaluate import evaluation_splits, predict_labels
from harbour.coach.labels import ELEMENTS, FLAGS
from harbour.coach.metrics import macro_f1, score_labels
from tests.coach.blind_sets import read_labelled_file


def test_holdout7_is_valid_big_enough_and_covers_every_label() -> None:
    assert HOLDOUT7 == "holdout7" != HOLDOUT
    assert HOLDOUT7 not in TUNING_SPLITS
    assert evaluation_splits()[-1] == HOLDOUT
    lines, counts, unlabelled = read_labelled_file(HOLDOUT7)
    assert lines >= 250
    assert all(counts[label] >= 7 for label in (*ELEMENTS, *FLAGS)), counts
    assert unlabelled >= lines // 8
    assert len(load_split(HOLDOUT7)) == lines


def test_the_model_is_never_trained_on_the_holdout() -> None:
    files = model_training_files()
    assert HOLDOUT not in files
    assert {"train", "test", *TRAIN7, *NEGATIVES7} <= set(files)


def test_the_round7_training_sets_cover_every_label_widely() -> None:
    for name in TRAIN7:
        lines, counts, unlabelled = read_labelled_file(name)
        assert lines >= 550
        assert all(counts[label] >= 35 for label in (*ELEMENTS, *FLAGS)), (name, counts)
        assert unlabelled >= 80


def test_the_hard_negative_sets_carry_no_flag() -> None:
    for name in NEGATIVES7:
        lines, counts, _ = read_labelled_file(name)
        assert lines >= 200
        assert not any(counts[code] for code in FLAGS), (name, counts)


# holdout7 was scored once, at the end of round 7 (README): rules 0.739, the
# model alone 0.735, both 0.811. In round 8 it is one of the two sets the join
# was calibrated on (never trained on, its errors never read); see test_round8.
HOLDOUT7_FLOOR = 0.80


def test_macro_f1_on_holdout7_stays_above_its_floor() -> None:
    examples = load_split(HOLDOUT7)
    scores = score_labels([e.labels for e in examples], [predict_labels(e) for e in examples])
    assert macro_f1(scores) >= HOLDOUT7_FLOOR
