"""Reading a holdout or tuning file for the round tests: each record checked, labels counted."""

import json
from collections import Counter

from harbour.coach.corpus import CORPUS_DIR
from harbour.coach.labels import ELEMENTS, FLAGS


def read_labelled_file(name: str) -> tuple[int, Counter[str], int]:
    """(lines, label counts, unlabelled lines) of corpus file `name`; every record has
    words and holds only the known keys and labels (asserted)."""
    lines = (CORPUS_DIR / f"{name}.jsonl").read_text(encoding="utf-8").splitlines()
    counts: Counter[str] = Counter()
    unlabelled = 0
    for line in lines:
        record = json.loads(line)
        assert set(record) <= {"text", "elements", "flags", "situation", "age_stage"}
        assert record["text"].strip()
        assert set(record["elements"]) <= set(ELEMENTS)
        assert set(record["flags"]) <= set(FLAGS)
        counts.update(record["elements"] + record["flags"])
        unlabelled += not record["elements"] and not record["flags"]
    return len(lines), counts, unlabelled
