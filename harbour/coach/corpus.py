"""Loading the project's labelled corpus (see LABELLING.md)."""

import json
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
# in round 7), the round-7 training sets written for the learned model, and the
# round-7 holdout, written by someone else before round 7 and never read.
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
HOLDOUT: Final = "holdout7"
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
)
SPLITS: Final = (
    "train",
    "test",
    "fresh",
    "fresh2",
    *VOICES,
    OLD_HOLDOUT,
    TUNE,
    HOLDOUT3,
    HOLDOUT4,
    HOLDOUT5,
    HOLDOUT6,
    *TRAIN7,
    *NEGATIVES7,
    HOLDOUT,
)


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


def model_training_files(exclude: frozenset[str] = frozenset()) -> list[str]:
    """Every corpus file the learned model is trained on: all but the blind
    holdout and ``exclude`` (scripts/train_coach_model.py)."""
    names = sorted(path.stem for path in CORPUS_DIR.glob("*.jsonl"))
    return [name for name in names if name != HOLDOUT and name not in exclude]


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
