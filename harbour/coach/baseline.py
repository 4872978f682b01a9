"""A learned baseline, kept so the choice of method can be re-measured.

Logistic regression on word unigrams and bigrams (optionally plus the rule
evidence as features), trained by plain SGD on ``train.jsonl``. It is *not*
used by the analyser: on held-out data it scored well below the rules, and
adding it to them made them worse (see README.md in this folder).
"""

import math
import random
import re
from collections.abc import Sequence

from harbour.coach.corpus import Example
from harbour.coach.labels import ELEMENTS, FLAGS
from harbour.coach.rules import evaluate_rules

LABELS = (*ELEMENTS, *FLAGS)
Weights = dict[str, dict[str, float]]


def features(text: str, situation: str | None, *, with_rules: bool) -> dict[str, float]:
    tokens = re.findall(r"[a-z']+|[?!]", text.lower())
    found = {f"w:{token}": 1.0 for token in tokens}
    found.update({f"b:{a}_{b}": 1.0 for a, b in zip(tokens, tokens[1:], strict=False)})
    if with_rules:
        evidence = evaluate_rules(text, situation)
        found.update({f"re:{name}": score for name, score in evidence.elements.items()})
        found.update({f"rf:{hit.code}": 1.0 for hit in evidence.flags})
    found["bias"] = 1.0
    return found


def probability(weights: dict[str, float], row: dict[str, float]) -> float:
    z = sum(weights.get(key, 0.0) * value for key, value in row.items())
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


def train(examples: Sequence[Example], *, with_rules: bool, epochs: int = 30) -> Weights:
    rows = [features(e.text, e.situation, with_rules=with_rules) for e in examples]
    weights: Weights = {label: {} for label in LABELS}
    order = list(range(len(rows)))
    shuffler = random.Random(0)  # fixed seed: the same weights on every run
    rate, decay = 0.3, 1e-3
    for _ in range(epochs):
        shuffler.shuffle(order)
        for index in order:
            row = rows[index]
            for label in LABELS:
                label_weights = weights[label]
                error = (label in examples[index].labels) - probability(label_weights, row)
                for key, value in row.items():
                    old = label_weights.get(key, 0.0)
                    label_weights[key] = old * (1 - rate * decay) + rate * error * value
    return weights


def predict(
    weights: Weights, text: str, situation: str | None, *, with_rules: bool
) -> frozenset[str]:
    row = features(text, situation, with_rules=with_rules)
    return frozenset(label for label in LABELS if probability(weights[label], row) >= 0.5)
