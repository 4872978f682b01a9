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
# read afterwards and tuned on in round 6, so spent), and the round-6 holdout,
# never tuned on.
VOICES: Final = ("voices_counsellor", "voices_peer", "voices_teacher", "voices_carer")
OLD_HOLDOUT: Final = "voices_holdout"
TUNE: Final = "tune3"
HOLDOUT3: Final = "holdout3"
HOLDOUT4: Final = "holdout4"
HOLDOUT5: Final = "holdout5"
HOLDOUT: Final = "holdout6"
# Everything the rules (and the optional booster) may be developed on.
TUNING_SPLITS: Final = ("train", "fresh", *VOICES, OLD_HOLDOUT, TUNE, HOLDOUT3, HOLDOUT4, HOLDOUT5)
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
