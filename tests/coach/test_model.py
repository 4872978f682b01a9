"""The learned model (README, "Round 7") and how the analyser joins it to the rules."""

import hashlib
import re

import pytest

from harbour.coach import model
from harbour.coach.analyser import MODEL_FLAG_THRESHOLD, check, element_score
from harbour.coach.corpus import load_split
from harbour.coach.evaluate import model_only_labels, predict_labels, rules_only_labels
from harbour.coach.labels import ELEMENTS, FLAGS
from harbour.coach.metrics import macro_f1, score_labels


def test_the_shipped_weights_are_the_ones_model_md_describes() -> None:
    card = (model.MODEL_DIR / "MODEL.md").read_text(encoding="utf-8")
    digest = hashlib.sha256(model.WEIGHTS.read_bytes()).hexdigest()
    assert re.search(rf"sha256 `{digest}`", card), "retrained? update MODEL.md"
    # Small enough to ship in the repository and load in every web worker.
    assert model.WEIGHTS.stat().st_size < 30_000_000


def test_probabilities_cover_every_label_between_0_and_1_and_are_repeatable() -> None:
    text = "It sounds like today has been really hard."
    first = model.probabilities(text)
    model.clear_cache()
    again = model.probabilities(text)
    assert list(first) == [*ELEMENTS, *FLAGS]
    assert all(0.0 <= p <= 1.0 for p in first.values())
    assert first == again


def test_the_model_on_its_own_gets_plain_cases_right() -> None:
    # The rules find these too; here the model is asked without them.
    empathic = model.probabilities("It sounds like today has been really hard.")
    assert empathic["empathy"] >= 0.5
    threat = model.probabilities("If you carry on like this you'll lose your break.")
    assert threat["threat"] >= MODEL_FLAG_THRESHOLD
    plain = model.probabilities("Please put your coat on the peg.")
    assert max(plain.values()) < 0.5


def test_sentences_are_found_with_their_offsets() -> None:
    text = "Right.  Sit down please! Thank you"
    spans = model.sentences(text)
    assert [text[start:end] for start, end in spans] == ["Right.", "Sit down please!", "Thank you"]


def _fake(probabilities: dict[str, dict[str, float]]):  # type: ignore[no-untyped-def]
    def lookup(text: str) -> dict[str, float]:
        return {label: 0.0 for label in model.LABELS} | probabilities.get(text, {})

    return lookup


def test_a_flag_only_the_model_finds_is_shown_on_the_sentence_that_carries_it(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    whole = "Thanks for waiting. Lovely weather for ducks. See you at two."
    monkeypatch.setattr(
        model,
        "probabilities",
        _fake(
            {
                whole: {"sarcasm": 0.9, "empathy": 0.95},
                "Lovely weather for ducks.": {"sarcasm": 0.95},
                "Thanks for waiting.": {"sarcasm": 0.2},
            }
        ),
    )
    analysis = check(whole)
    assert [(flag.code, flag.span) for flag in analysis.flags] == [
        ("sarcasm", "Lovely weather for ducks.")
    ]
    assert analysis.flags[0].explanation
    # The rules see no empathy here; the model is sure of it.
    assert analysis.elements["empathy"] == element_score(0.0, 0.95)
    assert "empathy" in analysis.present


def test_below_the_threshold_the_model_adds_no_flag(monkeypatch: pytest.MonkeyPatch) -> None:
    text = "See you at two."
    monkeypatch.setattr(
        model, "probabilities", _fake({text: {"threat": MODEL_FLAG_THRESHOLD - 0.01}})
    )
    assert check(text).flags == []


def test_a_flag_the_rules_find_keeps_the_rules_span(monkeypatch: pytest.MonkeyPatch) -> None:
    text = "Hello there. Why did you push her?"
    monkeypatch.setattr(model, "probabilities", _fake({text: {"why_demand": 0.99}}))
    flags = check(text).flags
    assert [(flag.code, flag.span) for flag in flags] == [("why_demand", "Why did you push her")]


def test_empty_text_does_not_reach_the_model(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(text: str) -> dict[str, float]:
        raise AssertionError("the model was asked about an empty text")

    monkeypatch.setattr(model, "probabilities", refuse)
    assert check("   ").flags == []


def test_the_analyser_never_loses_a_flag_the_rules_find() -> None:
    for example in load_split("test"):
        flags = frozenset(FLAGS)
        assert rules_only_labels(example) & flags <= predict_labels(example), example.text


def test_the_two_together_are_at_least_as_good_as_either_alone_where_both_were_trained() -> None:
    # A guard on the join itself (the blind figures are in the README).
    examples = load_split("holdout6")
    gold = [e.labels for e in examples]
    scores = {
        name: macro_f1(score_labels(gold, [labels(e) for e in examples]))
        for name, labels in (
            ("both", predict_labels),
            ("rules", rules_only_labels),
            ("model", model_only_labels),
        )
    }
    assert scores["both"] >= max(scores["rules"], scores["model"]) - 0.01, scores


def test_a_text_gets_the_same_probabilities_alone_or_among_others() -> None:
    # The int8 model scales its activations per run; if texts were batched, a
    # text's answer would depend on its neighbours (it moved by up to 0.3).
    texts = [
        "Stop.",
        "Why on earth would you throw the paint pots at the wall, what were you thinking?",
        "It sounds like today has been really hard, and I'm here.",
        "Right, everyone look at what Kai's done to the display, honestly.",
    ]
    model.clear_cache()
    alone = [model.probabilities(text) for text in texts]
    model.clear_cache()
    model.prime(reversed(texts))
    assert [model.probabilities(text) for text in texts] == alone
