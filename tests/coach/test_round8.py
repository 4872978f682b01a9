"""Round 8 (README, "Round 8"): more writers, a calibrated join, and holdout8.

holdout8 was written by a helper who never saw the analyser, before round 8
changed anything; nobody working on the coach has read it. calib8 (another
writer) and holdout7 are where the join of rules and model was calibrated;
the model is trained on none of the three.
"""

import hashlib

from harbour.coach.analyser import ELEMENT_CUT, PRESENT_THRESHOLD, element_score
from harbour.coach.corpus import (
    CALIBRATION,
    CORPUS_DIR,
    HOLDOUT,
    HOLDOUT7,
    NEGATIVES8,
    NOT_TRAINED_ON,
    TRAIN8,
    TUNING_SPLITS,
    load_split,
    model_training_files,
    without_near_duplicates,
    word_overlap,
)
from harbour.coach.evaluate import evaluation_splits, main, predict_labels
from harbour.coach.labels import ELEMENTS, FLAGS
from harbour.coach.metrics import macro_f1, score_labels
from tests.coach.blind_sets import read_labelled_file

# Recorded when holdout8 was written, before it was first scored: the file
# must never change.
HOLDOUT8_SHA256 = "8b23f2d78fe356d5409c387cc2481736674e6a8f2bc31fb1fb7a816ee820f968"


def test_holdout8_is_the_file_that_was_written_blind() -> None:
    assert HOLDOUT == "holdout8"
    digest = hashlib.sha256((CORPUS_DIR / f"{HOLDOUT}.jsonl").read_bytes()).hexdigest()
    assert digest == HOLDOUT8_SHA256


def test_holdout8_is_valid_big_enough_covers_every_label_and_is_scored_last() -> None:
    assert HOLDOUT not in TUNING_SPLITS
    assert evaluation_splits()[-1] == HOLDOUT
    lines, counts, unlabelled = read_labelled_file(HOLDOUT)
    assert lines >= 300
    assert all(counts[label] >= 20 for label in (*ELEMENTS, *FLAGS)), counts
    assert unlabelled >= lines // 5
    assert len(load_split(HOLDOUT)) == lines


def test_the_errors_on_the_unread_sets_are_refused(capsys) -> None:  # type: ignore[no-untyped-def]
    for name in (HOLDOUT, HOLDOUT7):
        assert main(["--errors", name]) == 2
        assert "refusing" in capsys.readouterr().out


def test_the_model_is_never_trained_on_the_holdout_or_the_calibration_sets() -> None:
    assert set(NOT_TRAINED_ON) == {HOLDOUT, HOLDOUT7, CALIBRATION}
    files = model_training_files()
    assert not set(NOT_TRAINED_ON) & set(files)
    assert {*TRAIN8, *NEGATIVES8} <= set(files)


def test_the_calibration_set_covers_every_label() -> None:
    lines, counts, unlabelled = read_labelled_file(CALIBRATION)
    assert lines >= 300
    assert all(counts[label] >= 20 for label in (*ELEMENTS, *FLAGS)), counts
    assert unlabelled >= lines // 5


def test_the_round8_training_sets_are_dense_and_mostly_unlabelled() -> None:
    for name in TRAIN8:
        lines, counts, unlabelled = read_labelled_file(name)
        assert lines >= 500, name
        assert all(counts[label] >= 25 for label in (*ELEMENTS, *FLAGS)), (name, counts)
        assert unlabelled >= 0.33 * lines, name


def test_the_round8_benign_look_alikes_carry_no_flag() -> None:
    for name in NEGATIVES8:
        lines, counts, unlabelled = read_labelled_file(name)
        assert lines >= 350, name
        assert not any(counts[code] for code in FLAGS), (name, counts)
        assert unlabelled >= 0.9 * lines, name


def test_near_duplicates_of_a_guarded_set_are_left_out() -> None:
    guarded = load_split("fresh2")[:5]
    close = [guarded[0], *load_split("train")[:3]]
    kept = without_near_duplicates(close, guarded)
    assert guarded[0] not in kept and len(kept) == 3
    assert word_overlap("Look at me now.", "look at me NOW") == 1.0
    assert word_overlap("Look at me now.", "Shall we read?") == 0.0


def test_element_scores_put_the_calibrated_cut_at_one_half() -> None:
    assert element_score(0.0, 0.0) == 0.0
    assert element_score(1.0, 1.0) == 1.0
    # The rules and the model agreeing a little is not enough; either one
    # sure and the other leaning is.
    assert element_score(0.4, 0.3) < PRESENT_THRESHOLD
    assert element_score(0.9, 0.5) >= PRESENT_THRESHOLD
    # The mean of equal scores is that score.
    assert element_score(ELEMENT_CUT, ELEMENT_CUT) == PRESENT_THRESHOLD
    scores = [element_score(x / 20, x / 20) for x in range(21)]
    assert scores == sorted(scores)


def _macro(name: str) -> float:
    examples = load_split(name)
    return macro_f1(
        score_labels([e.labels for e in examples], [predict_labels(e) for e in examples])
    )


# Scored at the start of round 8 with the round-7 analyser (0.840; rules alone
# 0.759), then for each of the two analysers considered at the end (0.906, and
# 0.902 for the one shipped, chosen on the calibration sets; README). A
# regression guard under the shipped figure; never train or tune on holdout8.
HOLDOUT8_FLOOR = 0.89


def test_macro_f1_on_holdout8_stays_above_its_floor() -> None:
    assert _macro(HOLDOUT) >= HOLDOUT8_FLOOR


def test_the_calibrated_join_holds_on_the_calibration_sets() -> None:
    # The thresholds were chosen on these (calib8 0.890, holdout7 0.852).
    assert _macro(CALIBRATION) >= 0.87
    assert _macro(HOLDOUT7) >= 0.84
