"""`python -m harbour.coach.evaluate`: precision, recall and F1 per label.

Scores the analyser on every labelled file in ``corpus/`` except the training
split: the held-out test split, the fresh sets and the ``voices_*`` sets
written in real voices (counsellors, peer supporters, teachers, carers) plus
the final ``voices_holdout`` set. ``--union`` adds the union of the four
voices sets used for tuning, ``--errors NAME`` lists the mistakes on one set
(refused for the holdout unless ``--i-have-finished-tuning`` is given), and
``--compare`` also trains and scores the learned baseline, which is how the
method was chosen.
"""

import argparse
import sys

from harbour.coach import baseline
from harbour.coach.analyser import check
from harbour.coach.corpus import CORPUS_DIR, HOLDOUT, VOICES, Example, load_split
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


def evaluation_splits() -> list[str]:
    """Every corpus file but train: test first, the tuning-free holdout last."""
    names = sorted(path.stem for path in CORPUS_DIR.glob("*.jsonl") if path.stem != "train")
    ordered: list[str] = [n for n in ("test", "fresh", "fresh2") if n in names]
    ordered += [n for n in names if n not in ordered and n != HOLDOUT]
    return ordered + [n for n in names if n == HOLDOUT]


def voices_union() -> list[Example]:
    return [example for name in VOICES for example in load_split(name)]


def errors(examples: list[Example]) -> str:
    lines = []
    for example in examples:
        predicted = predict_labels(example)
        if predicted != example.labels:
            missed = sorted(example.labels - predicted)
            extra = sorted(predicted - example.labels)
            lines.append(f"missed={missed} extra={extra}  {example.text}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m harbour.coach.evaluate")
    parser.add_argument("--compare", action="store_true", help="also score the learned baseline")
    parser.add_argument("--union", action="store_true", help="also score the voices_* union")
    parser.add_argument("--errors", metavar="NAME", help="list the mistakes on one corpus file")
    parser.add_argument("--i-have-finished-tuning", action="store_true", help=argparse.SUPPRESS)
    options = parser.parse_args(argv)
    if options.errors:
        if options.errors == HOLDOUT and not options.i_have_finished_tuning:
            print("refusing: the holdout's errors are read only once tuning is over")
            return 2
        print(errors(load_split(options.errors)))
        return 0
    splits = evaluation_splits()
    for name in splits:
        examples = load_split(name)
        print(report(f"rules on {name} ({len(examples)} utterances)", score_split(examples)))
        print()
    if options.union:
        union = voices_union()
        print(report(f"rules on voices_* union ({len(union)} utterances)", score_split(union)))
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
