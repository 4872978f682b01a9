"""The project's labelled corpus is big enough, covers every label and is well formed."""

import json
from collections import Counter

import pytest

from harbour.coach.corpus import CORPUS_DIR, SPLITS, load_split
from harbour.coach.labels import AGE_STAGES, ELEMENTS, FLAGS, SITUATIONS

MIN_PER_LABEL = 25


def test_the_corpus_has_at_least_600_utterances_with_200_held_out() -> None:
    train, test = load_split("train"), load_split("test")
    assert len(test) >= 200
    assert len(train) >= 400
    assert len(train) + len(test) >= 600


def test_every_element_and_flag_has_at_least_25_examples() -> None:
    counts: Counter[str] = Counter()
    for example in load_split("train") + load_split("test"):
        counts.update(example.labels)
    for label in (*ELEMENTS, *FLAGS):
        assert counts[label] >= MIN_PER_LABEL, label


def test_the_test_split_covers_every_label() -> None:
    counts: Counter[str] = Counter()
    for example in load_split("test"):
        counts.update(example.labels)
    assert all(counts[label] >= 5 for label in (*ELEMENTS, *FLAGS)), counts


@pytest.mark.parametrize("split", SPLITS)
def test_records_use_only_known_labels_and_context(split: str) -> None:
    with (CORPUS_DIR / f"{split}.jsonl").open(encoding="utf-8") as lines:
        for line in lines:
            record = json.loads(line)
            assert set(record) <= {"text", "elements", "flags", "situation", "age_stage"}
            assert record["text"].strip()
            assert set(record["elements"]) <= set(ELEMENTS)
            assert set(record["flags"]) <= set(FLAGS)
            assert record.get("situation", "peer-conflict") in SITUATIONS
            assert record.get("age_stage", "middle") in AGE_STAGES


def test_the_splits_name_every_corpus_file_once() -> None:
    assert sorted(SPLITS) == sorted(path.stem for path in CORPUS_DIR.glob("*.jsonl"))


def test_no_utterance_appears_in_two_splits() -> None:
    seen: dict[str, str] = {}
    for split in SPLITS:
        for example in load_split(split):
            key = example.text.strip().lower()
            assert key not in seen, f"{example.text!r} is in {seen.get(key)} and {split}"
            seen[key] = split


def test_the_labelling_guide_defines_every_label() -> None:
    guide = (CORPUS_DIR.parent / "LABELLING.md").read_text(encoding="utf-8")
    for label in (*ELEMENTS, *FLAGS):
        assert f"### {label}" in guide
