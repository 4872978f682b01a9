"""Suggested strategies for a support plan: a pure function of profile, age and observations."""

from __future__ import annotations

from collections import Counter

from harbour.guidance.library import load_library
from harbour.plans.suggest import Moment, situations_from_moments, suggest_strategies

FRUSTRATION = "skill.prosocial.manage-frustration-delay"


def suggest(**kwargs):
    args = {
        "less_developed": [],
        "weak_skills": [],
        "age_stage": "middle",
        "observed_situations": Counter(),
        "library": load_library(),
    }
    return suggest_strategies(**{**args, **kwargs})


def situations(suggestion) -> tuple[str, ...]:
    return load_library().by_id[suggestion.item_id].situations


def test_a_child_weak_in_managing_frustration_gets_frustration_strategies_first() -> None:
    found = suggest(less_developed=["feelings"], weak_skills=[FRUSTRATION])
    assert found
    assert all("frustration" in situations(s) for s in found[:3])
    assert "less developed" in found[0].reasons[0]


def test_a_child_weak_in_peer_conflict_gets_different_strategies_first() -> None:
    conflict = suggest(
        less_developed=["relationships"], weak_skills=["skill.prosocial.manage-conflict"]
    )
    assert all("peer-conflict" in situations(s) for s in conflict[:3])
    assert conflict[0].item_id != suggest(weak_skills=[FRUSTRATION])[0].item_id


def test_the_age_stage_changes_the_set_and_every_item_fits_the_age() -> None:
    by_stage = {
        stage: suggest(less_developed=["feelings"], weak_skills=[FRUSTRATION], age_stage=stage)
        for stage in ("early", "middle", "adolescent")
    }
    library = load_library()
    for stage, found in by_stage.items():
        assert all(stage in library.by_id[s.item_id].age_stages for s in found)
    ids = {stage: {s.item_id for s in found} for stage, found in by_stage.items()}
    assert ids["early"] != ids["adolescent"]
    assert any(i.startswith("prompt.adapted.teen") for i in ids["adolescent"])


def test_observed_situations_bring_their_strategies_in() -> None:
    assert suggest() == []
    seen = situations_from_moments(
        [Moment(feelings=("anger",)), Moment(feelings=("frustration",)), Moment(role="involved")]
    )
    assert seen == Counter({"frustration": 2, "dysregulated": 1, "peer-conflict": 1})
    found = suggest(observed_situations=seen)
    assert found and "frustration" in situations(found[0])
    assert any("seen in observations" in r for r in found[0].reasons)


def test_positive_moments_do_not_count_as_difficulties() -> None:
    assert situations_from_moments([Moment(feelings=("anger",), positive=True)]) == Counter()
    assert situations_from_moments([Moment(role="helped", positive=True)]) == Counter(
        {"helpful": 1}
    )


def test_the_ranking_is_deterministic_and_never_suggests_a_dont() -> None:
    args = {"less_developed": ["coping", "empathy"], "weak_skills": [FRUSTRATION]}
    first, second = suggest(**args, limit=30), suggest(**args, limit=30)
    assert first == second
    library = load_library()
    assert all(library.by_id[s.item_id].polarity != "dont" for s in first)
    scores = [s.score for s in first]
    assert scores == sorted(scores, reverse=True)
