"""`python -m harbour.coach.evaluate`: precision, recall and F1 per label.

Scores the analyser on the held-out test split and on the fresh set (written
last, in a different voice). ``--compare`` also trains and scores the learned
baseline, which is how the method was chosen.
"""

import argparse
import sys

from harbour.coach import baseline
from harbour.coach.analyser import check
from harbour.coach.corpus import CORPUS_DIR, Example, load_split
from harbour.coach.metrics import LabelScore, macro_f1, score_labels


def predict_labels(example: Example) -> frozenset[str]:
    analysis = check(example.text, situation=example.situation)
    return frozenset(analysis.present) | frozenset(analysis.flag_codes)


def score_split(examples: list[Example]) -> list[LabelScore]:
    return score_labels([e.labels for e in examples], [predict_labels(e) for e in examples])


def report(title: str, scores: list[LabelScore]) -> str:
    lines = [f"== {title}", f"{'label':<22}{'n':>5}{'P':>7}{'R':>7}{'F1':>7}"]
    for score in scores:
        lines.append(
            f"{score.label:<22}{score.support:>5}{score.precision:>7.2f}"
            f"{score.recall:>7.2f}{score.f1:>7.2f}"
        )
    lines.append(f"{'macro-F1':<22}{'':>5}{'':>7}{'':>7}{macro_f1(scores):>7.3f}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m harbour.coach.evaluate")
    parser.add_argument("--compare", action="store_true", help="also score the learned baseline")
    options = parser.parse_args(argv)
    splits = [
        name for name in ("test", "fresh", "fresh2") if (CORPUS_DIR / f"{name}.jsonl").exists()
    ]
    for name in splits:
        examples = load_split(name)
        print(report(f"rules on {name} ({len(examples)} utterances)", score_split(examples)))
        print()
    if options.compare:
        train = load_split("train")
        for with_rules in (False, True):
            weights = baseline.train(train, with_rules=with_rules)
            kind = "n-gram LR + rule features" if with_rules else "n-gram LR"
            for name in splits:
                examples = load_split(name)
                predicted = [
                    baseline.predict(weights, e.text, e.situation, with_rules=with_rules)
                    for e in examples
                ]
                scores = score_labels([e.labels for e in examples], predicted)
                print(f"{kind} on {name}: macro-F1 {macro_f1(scores):.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
