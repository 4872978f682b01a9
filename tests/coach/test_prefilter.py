"""The rules' screen (``prefilter``): patterns that cannot match are skipped,
and skipping them never changes what the rules find."""

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from harbour.coach import prefilter, rules
from harbour.coach.analyser import check
from harbour.coach.corpus import TUNING_SPLITS, load_split
from harbour.coach.prefilter import Screen, required_pieces

TEXTS = [example.text for split in TUNING_SPLITS for example in load_split(split)]
WORDS = sorted({word for text in TEXTS for word in text.split()})
SITUATIONS = [None, "peer-conflict", "dysregulated", "learning-task", "distressed"]


def unscreened(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(Screen, "candidates", lambda self, lowered: self._all)


def evidence(text: str, situation: str | None) -> tuple[object, ...]:
    found = rules.evaluate_rules(text, situation)
    return (found.flags, found.elements, found.cue_ids)


@pytest.mark.parametrize(
    ("expression", "pieces"),
    [
        (r"\bwhy on earth\b", ("why on earth",)),
        (r"\b(?:lazy|selfish) (?:boy|girl)\b", ("lazy", "selfish")),
        (r"\b(?:you|u) (?:always|never) (?:ruin|spoil)", ("always", "never")),
        (r"(?:\s+\S+){0,3}?\blast warning\b", ("last warning",)),
        (r"\bgo(?:od)+ job\b", (" job",)),
    ],
)
def test_pieces_are_literal_text_every_match_must_contain(
    expression: str, pieces: tuple[str, ...]
) -> None:
    pattern = re.compile(expression, re.IGNORECASE)
    assert required_pieces(pattern) == pieces


@pytest.mark.parametrize(
    "expression",
    [
        r"\b(?:very )?\w+ing\b",  # nothing literal is certain
        r"\b(?:stop|x)\b",  # a one-letter branch could match almost anything
        r"(?:why|(?:how come)?) you",  # a branch that may be empty
    ],
)
def test_patterns_with_nothing_certain_are_always_run(expression: str) -> None:
    pattern = re.compile(expression, re.IGNORECASE)
    pieces = required_pieces(pattern)
    if pieces is None:
        return
    # If anything is required, every match found must contain it.
    for text in ("you", "why you", "running", "x", "stop", "very  nothing"):
        for match in pattern.finditer(text):
            assert any(piece in match.group().lower() for piece in pieces)


def test_the_screen_skips_patterns_whose_pieces_are_absent() -> None:
    patterns = [re.compile(e, re.IGNORECASE) for e in (r"\blast warning\b", r"\w+", r"\bsticker")]
    screen = Screen(patterns)
    assert screen.candidates("this is your last warning") == (0, 1)
    assert screen.candidates("a sticker for you") == (1, 2)
    # Outside ASCII every pattern runs.
    assert screen.candidates("\u017fticker") == (0, 1, 2)
    # Two-letter pieces are looked for too, and a piece is found anywhere in
    # the text, not only where a word starts.
    short = Screen([re.compile(r"\bok\b", re.IGNORECASE), re.compile("arning", re.IGNORECASE)])
    assert short.candidates("ok then") == (0,)
    assert short.candidates("a warning") == (1,)
    assert short.candidates("nothing here") == ()


def test_every_rule_has_a_screen_or_is_always_run() -> None:
    # The screen is only worth having if most patterns can be skipped.
    flag_pieces = [required_pieces(p.pattern) for p in rules.FLAG_PATTERNS]
    assert sum(p is not None for p in flag_pieces) >= 0.9 * len(flag_pieces)


def test_screening_changes_nothing_on_the_whole_tuning_corpus(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    cases = [(text, SITUATIONS[i % len(SITUATIONS)]) for i, text in enumerate(TEXTS)]
    screened = [evidence(text, situation) for text, situation in cases]
    unscreened(monkeypatch)
    assert [evidence(text, situation) for text, situation in cases] == screened


@settings(max_examples=300, deadline=None)
@given(
    words=st.lists(st.sampled_from(WORDS), min_size=1, max_size=30),
    situation=st.sampled_from(SITUATIONS),
    shout=st.booleans(),
)
def test_screening_changes_nothing_on_shuffled_corpus_words(
    words: list[str], situation: str | None, shout: bool
) -> None:
    text = " ".join(words)
    if shout:
        text = text.upper()
    screened = evidence(text, situation)
    with pytest.MonkeyPatch.context() as patch:
        unscreened(patch)
        assert evidence(text, situation) == screened


@pytest.mark.parametrize(
    "text",
    [
        "\u0130nstead, why did you push her?",  # lower-cases to two characters
        "WHY DID YOU PUSH HER? \u0130\u0130",
        "\u017ftop crying, it's nothing.",
    ],
)
def test_letters_that_change_length_or_fold_oddly_are_handled(text: str) -> None:
    analysis = check(text, situation="peer-conflict", learned=False)
    for flag in analysis.flags:
        assert text[flag.start : flag.end] == flag.span
        assert 0 <= flag.start < flag.end <= len(text)
    assert prefilter.Screen([re.compile("x")]).candidates(text.lower()) == (0,)
