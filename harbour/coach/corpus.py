"""Loading the project's labelled corpus (see LABELLING.md)."""

import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Final

CORPUS_DIR: Final = Path(__file__).resolve().parent / "corpus"
# Sets written in real voices to measure generalisation (see README,
# "Generalisation"): the four tuned against in round 2, the round-2 holdout
# (scored blind once, then read, so no longer blind), the round-3 tuning set,
# the round-3 holdout (blind in round 3, read afterwards and tuned on in
# round 4, so spent), the round-4 holdout (blind in round 4, read afterwards
# and tuned on in round 5, so spent), the round-5 holdout (blind in round 5,
# read afterwards and tuned on in round 6, so spent), the round-6 holdout
# (blind in round 6, read afterwards; a development set for the learned model
# in round 7), the round-7 training sets written for the learned model, the
# round-7 holdout (written by someone else before round 7, scored, never read:
# a development set in round 8, its errors still unread), the round-8 training
# and calibration sets, and the round-8 holdout, written by someone else before
# round 8 and never read.
VOICES: Final = ("voices_counsellor", "voices_peer", "voices_teacher", "voices_carer")
OLD_HOLDOUT: Final = "voices_holdout"
TUNE: Final = "tune3"
HOLDOUT3: Final = "holdout3"
HOLDOUT4: Final = "holdout4"
HOLDOUT5: Final = "holdout5"
HOLDOUT6: Final = "holdout6"
TRAIN7: Final = ("train7a", "train7b")
# Round 7: benign look-alikes of every flag, so the model learns the difference.
NEGATIVES7: Final = ("negatives7a", "negatives7b", "negatives7c")
HOLDOUT7: Final = "holdout7"
TRAIN8: Final = ("train8a", "train8b", "train8c", "train8d", "train8e")
# Round 8: short benign lines with a flag's trigger words and no flag.
NEGATIVES8: Final = ("negatives8a", "negatives8b")
# Round 8: a set from another writer on which the model's thresholds are set.
CALIBRATION: Final = "calib8"
HOLDOUT: Final = "holdout8"
# Training lines this close to a holdout line (word Jaccard) are left out.
NEAR_DUPLICATE: Final = 0.5
# Everything the rules and the learned model may be developed on.
TUNING_SPLITS: Final = (
    "train",
    "fresh",
    *VOICES,
    OLD_HOLDOUT,
    TUNE,
    HOLDOUT3,
    HOLDOUT4,
    HOLDOUT5,
    HOLDOUT6,
    *TRAIN7,
    *NEGATIVES7,
    *TRAIN8,
    *NEGATIVES8,
    CALIBRATION,
)
# Every corpus file: the tuning sets and the four never tuned on.
SPLITS: Final = ("test", "fresh2", *TUNING_SPLITS, HOLDOUT7, HOLDOUT)


@dataclass(frozen=True, slots=True)
class Example:
    text: str
    elements: frozenset[str]
    flags: frozenset[str]
    situation: str | None = None
    age_stage: str | None = None

    @property
    def labels(self) -> frozenset[str]:
        return self.elements | self.flags


# The model is never trained on these: the blind holdout, and the two sets from
# writers it never saw on which the join with the rules is calibrated.
NOT_TRAINED_ON: Final = (HOLDOUT, HOLDOUT7, CALIBRATION)


def model_training_files(exclude: frozenset[str] = frozenset()) -> list[str]:
    """Every corpus file the learned model is trained on: all but
    ``NOT_TRAINED_ON`` and ``exclude`` (scripts/train_coach_model.py)."""
    names = sorted(path.stem for path in CORPUS_DIR.glob("*.jsonl"))
    return [name for name in names if name not in NOT_TRAINED_ON and name not in exclude]


def _words(text: str) -> frozenset[str]:
    return frozenset(re.findall(r"[a-z']+", text.lower()))


def _jaccard(a: frozenset[str], b: frozenset[str]) -> float:
    return len(a & b) / len(a | b) if a and b else 0.0


def word_overlap(first: str, second: str) -> float:
    """Shared words over all words of the two (Jaccard), from 0 to 1."""
    return _jaccard(_words(first), _words(second))


def without_near_duplicates(examples: list[Example], of: list[Example]) -> list[Example]:
    """``examples`` less any within ``NEAR_DUPLICATE`` word overlap of one in
    ``of``, so that a set scored blind is not learned by heart."""
    guarded = [_words(example.text) for example in of]
    kept = []
    for example in examples:
        words = _words(example.text)
        if all(_jaccard(words, other) < NEAR_DUPLICATE for other in guarded):
            kept.append(example)
    return kept


def load_split(name: str) -> list[Example]:
    path = CORPUS_DIR / f"{name}.jsonl"
    examples = []
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            if not line.strip():
                continue
            record = json.loads(line)
            examples.append(
                Example(
                    text=record["text"],
                    elements=frozenset(record.get("elements", [])),
                    flags=frozenset(record.get("flags", [])),
                    situation=record.get("situation"),
                    age_stage=record.get("age_stage"),
                )
            )
    return examples
