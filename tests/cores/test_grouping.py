"""I-THRIVE grouping suggestions: each grouping, the risk override, monotonicity."""

from __future__ import annotations

import re
from dataclasses import replace

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from harbour.pathways.grouping import GROUPINGS, NeedEvidence, suggest_grouping

SEVEN_STRONG = {name: 0.8 for name in "abcdefg"}
SIGNS = [
    "frequent dysregulated emotional states",
    "struggles with friendships",
    "difficulty managing frustration",
    "difficulty trusting adults",
    "defensive use of language",
    "difficulty sharing and turn taking",
    "struggles to engage with learning",
    "easily overwhelmed by shame",
    "difficulty organising work",
    "highly distractible",
]


def with_less_developed(n: int) -> dict[str, float | None]:
    scores: dict[str, float | None] = dict(SEVEN_STRONG)
    for name in list(scores)[:n]:
        scores[name] = 0.2
    return scores


THRIVING_CHILD = NeedEvidence(
    domain_scores=SEVEN_STRONG,
    warning_signs=(),
    aces=0,
    risk_factors=(),
    difficult_recent=2,
    intensity_recent=2.0,
    difficult_previous=3,
)


def test_thriving_with_the_numbers_in_the_reasons() -> None:
    suggestion = suggest_grouping(THRIVING_CHILD)
    assert suggestion.grouping == "thriving"
    assert suggestion.label == "Thriving"
    assert suggestion.rule_ids == []
    assert "None of the 7 skill areas are less developed in the latest profile." in (
        suggestion.reasons
    )
    assert any(
        "2 difficult moments were logged" in r and "3 in the 6 weeks before" in r
        for r in suggestion.reasons
    )
    assert "professional judgement" in suggestion.disclaimer


def test_getting_advice() -> None:
    evidence = replace(
        THRIVING_CHILD, domain_scores=with_less_developed(1), warning_signs=SIGNS[:1]
    )
    suggestion = suggest_grouping(evidence)
    assert suggestion.grouping == "getting-advice"
    assert suggestion.label == "Getting advice and signposting"
    assert suggestion.rule_ids == ["P1", "W1"]
    assert suggestion.reasons[0] == "1 of 7 skill areas is less developed in the latest profile."
    assert f"1 warning sign is ticked: {SIGNS[0]}." in suggestion.reasons


def test_getting_help_from_the_profile() -> None:
    suggestion = suggest_grouping(replace(THRIVING_CHILD, domain_scores=with_less_developed(3)))
    assert suggestion.grouping == "getting-help"
    assert suggestion.rule_ids == ["P2"]
    assert suggestion.reasons[0] == "3 of 7 skill areas are less developed in the latest profile."


def test_getting_help_when_difficult_moments_double() -> None:
    evidence = replace(THRIVING_CHILD, difficult_recent=8, difficult_previous=3)
    suggestion = suggest_grouping(evidence)
    assert suggestion.grouping == "getting-help"
    assert suggestion.rule_ids == ["O3"]
    assert suggestion.reasons[0].startswith("8 difficult moments were logged in the last 6 weeks")
    assert "against 3 in the 6 weeks before" in suggestion.reasons[0]


def test_getting_more_help_when_several_areas_point_to_help() -> None:
    evidence = replace(
        THRIVING_CHILD,
        domain_scores=with_less_developed(4),
        warning_signs=SIGNS[:4],
        difficult_recent=14,
        intensity_recent=3.0,
        difficult_previous=10,
    )
    suggestion = suggest_grouping(evidence)
    assert suggestion.grouping == "getting-more-help"
    assert suggestion.rule_ids == ["P2", "W2", "O2", "C1"]
    assert suggestion.reasons[0] == (
        "3 areas each point to getting help (profile, warning signs, difficult moments); "
        "together they point to getting more help."
    )


def test_getting_more_help_for_frequent_intense_moments() -> None:
    evidence = replace(THRIVING_CHILD, difficult_recent=15, intensity_recent=4.2)
    suggestion = suggest_grouping(evidence)
    assert suggestion.grouping == "getting-more-help"
    assert "O4" in suggestion.rule_ids
    assert "(average intensity 4.2 out of 5)" in suggestion.reasons[0]


@pytest.mark.parametrize(
    ("flag", "rule", "text"),
    [
        ({"risk_to_self": True}, "R1", "A risk to the child's own safety is flagged."),
        ({"risk_to_others": True}, "R2", "A risk of harm to others is flagged."),
        ({"safeguarding_open": True}, "R3", "A safeguarding concern is open."),
        ({"open_safeguarding_concerns": 2}, "R3", "2 safeguarding concerns are open."),
    ],
)
def test_any_risk_indicator_means_risk_support_even_when_all_else_looks_well(
    flag: dict[str, object], rule: str, text: str
) -> None:
    suggestion = suggest_grouping(replace(THRIVING_CHILD, **flag))  # type: ignore[arg-type]
    assert suggestion.grouping == "getting-risk-support"
    assert suggestion.rule_ids == [rule]
    assert suggestion.reasons[0] == text


def test_missing_data_is_named_and_does_not_lower_the_suggestion() -> None:
    evidence = NeedEvidence(warning_signs=SIGNS[:3])
    suggestion = suggest_grouping(evidence)
    assert suggestion.grouping == "getting-help"
    assert "No profile yet, so skill areas are not part of this." in suggestion.reasons
    assert "Adverse childhood experiences (ACEs) are not recorded." in suggestion.reasons
    assert "No difficult moments were logged in the last 6 weeks." in suggestion.reasons


def test_an_explicit_less_developed_count_is_used() -> None:
    evidence = NeedEvidence(domain_scores={"a": None, "b": 0.9}, less_developed=2)
    suggestion = suggest_grouping(evidence)
    assert suggestion.reasons[0] == "2 of 2 skill areas are less developed in the latest profile."
    assert suggestion.grouping == "getting-help"


def test_support_steps_down_one_level_at_a_time() -> None:
    evidence = replace(THRIVING_CHILD, current_grouping="getting-risk-support")
    suggestion = suggest_grouping(evidence)
    assert suggestion.grouping == "getting-more-help"
    assert suggestion.change == "down"
    assert suggestion.rule_ids == ["G1"]
    assert suggestion.reasons[0].startswith("Currently getting risk support; the evidence alone")
    assert suggest_grouping(replace(THRIVING_CHILD, current_grouping="thriving")).change == "same"
    up = suggest_grouping(replace(THRIVING_CHILD, current_grouping="thriving", risk_to_self=True))
    assert up.change == "up"


def test_unknown_grouping_and_negative_counts_are_refused() -> None:
    with pytest.raises(ValueError):
        NeedEvidence(current_grouping="fine")
    with pytest.raises(ValueError):
        NeedEvidence(difficult_recent=-1)


# --- properties -----------------------------------------------------------------------

scores = st.none() | st.floats(0, 1, allow_nan=False)
rarely = st.sampled_from(range(20)).map(
    lambda n: n == 7
)  # risk flags: mostly off, so other rules matter
profiles = st.none() | st.dictionaries(st.sampled_from("abcdefg"), scores, min_size=1)
evidence_strategy = st.builds(
    NeedEvidence,
    domain_scores=profiles,
    warning_signs=st.lists(st.sampled_from(SIGNS), unique=True, max_size=4),
    aces=st.none() | st.integers(0, 4),
    risk_factors=st.lists(st.sampled_from("abcdef"), unique=True, max_size=3),
    difficult_recent=st.integers(0, 16),
    intensity_recent=st.none() | st.floats(1, 5),
    difficult_previous=st.none() | st.integers(0, 30),
    open_safeguarding_concerns=rarely.map(int),
    risk_to_self=rarely,
    risk_to_others=rarely,
    safeguarding_open=rarely,
    current_grouping=st.none() | st.none() | st.sampled_from(GROUPINGS),
)


@st.composite
def more_need(draw: st.DrawFn, base: NeedEvidence) -> NeedEvidence:
    """The same child with extra evidence of need (never less)."""
    profile = base.domain_scores
    if profile is None:
        new_profile = draw(profiles)
    else:
        new_profile = dict(profile)
        for name, score in profile.items():
            if score is None:
                new_profile[name] = draw(st.none() | st.floats(0, 0.49))
            else:
                new_profile[name] = draw(st.floats(0, score))
        for name in set("abcdefg") - set(profile):
            if draw(st.booleans()):
                new_profile[name] = draw(st.floats(0, 0.49))
    extra_signs = draw(st.lists(st.sampled_from(SIGNS), unique=True))
    extra_factors = draw(st.lists(st.sampled_from("abcdef"), unique=True))
    intensity = base.intensity_recent
    return replace(
        base,
        domain_scores=new_profile,
        warning_signs=[
            *base.warning_signs,
            *(s for s in extra_signs if s not in base.warning_signs),
        ],
        aces=draw(st.integers(base.aces or 0, 10)) if draw(st.booleans()) else base.aces,
        risk_factors=[
            *base.risk_factors,
            *(f for f in extra_factors if f not in base.risk_factors),
        ],
        difficult_recent=base.difficult_recent + draw(st.integers(0, 20)),
        intensity_recent=draw(st.floats(intensity if intensity is not None else 1, 5)),
        difficult_previous=(
            draw(st.integers(0, 30)) if base.difficult_previous is None else base.difficult_previous
        )
        if draw(st.booleans())
        else base.difficult_previous,
        open_safeguarding_concerns=base.open_safeguarding_concerns + draw(rarely),
        risk_to_self=base.risk_to_self or draw(rarely),
        risk_to_others=base.risk_to_others or draw(rarely),
        safeguarding_open=base.safeguarding_open or draw(rarely),
    )


@settings(max_examples=300)
@given(evidence_strategy, st.data())
def test_more_evidence_of_need_never_lowers_the_suggestion(
    base: NeedEvidence, data: st.DataObject
) -> None:
    more = data.draw(more_need(base))
    before = GROUPINGS.index(suggest_grouping(base).grouping)
    after = GROUPINGS.index(suggest_grouping(more).grouping)
    assert after >= before


@given(evidence_strategy)
def test_risk_evidence_always_gives_risk_support(evidence: NeedEvidence) -> None:
    suggestion = suggest_grouping(evidence)
    risky = (
        evidence.risk_to_self
        or evidence.risk_to_others
        or evidence.safeguarding_open
        or evidence.open_safeguarding_concerns > 0
    )
    # Only risk evidence leads to risk support; stepping down from it lands one level below.
    assert (suggestion.grouping == "getting-risk-support") == risky


@given(evidence_strategy)
def test_reasons_are_never_empty_and_cite_numbers(evidence: NeedEvidence) -> None:
    suggestion = suggest_grouping(evidence)
    assert suggestion.reasons
    assert suggestion.grouping in GROUPINGS
    assert any(re.search(r"\d", reason) for reason in suggestion.reasons)
    assert all("why" not in reason.lower() for reason in suggestion.reasons)
    assert suggest_grouping(evidence) == suggestion  # deterministic
