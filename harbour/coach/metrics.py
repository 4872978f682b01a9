"""Precision, recall and F1 per label, for the evaluation script and tests."""

from collections.abc import Iterable
from dataclasses import dataclass

from harbour.coach.labels import ELEMENTS, FLAGS


@dataclass(frozen=True, slots=True)
class LabelScore:
    label: str
    support: int
    precision: float
    recall: float
    f1: float


def score_labels(
    gold: Iterable[frozenset[str]], predicted: Iterable[frozenset[str]]
) -> list[LabelScore]:
    pairs = list(zip(gold, predicted, strict=True))
    scores = []
    for label in (*ELEMENTS, *FLAGS):
        true_pos = sum(1 for g, p in pairs if label in g and label in p)
        false_pos = sum(1 for g, p in pairs if label not in g and label in p)
        false_neg = sum(1 for g, p in pairs if label in g and label not in p)
        precision = true_pos / (true_pos + false_pos) if true_pos + false_pos else 0.0
        recall = true_pos / (true_pos + false_neg) if true_pos + false_neg else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        scores.append(LabelScore(label, true_pos + false_neg, precision, recall, f1))
    return scores


def macro_f1(scores: list[LabelScore]) -> float:
    """Mean F1 over the labels that occur in the gold data."""
    present = [score.f1 for score in scores if score.support]
    return sum(present) / len(present) if present else 0.0
