"""Practice scenarios and the feedback an adult gets on a reply."""

from harbour.coach.analyser import check
from harbour.coach.labels import AGE_STAGES, ELEMENTS, SITUATIONS
from harbour.coach.scenarios import SCENARIOS, get_scenario, practice_feedback


def test_there_are_at_least_20_scenarios_with_valid_situations_and_ages() -> None:
    assert len(SCENARIOS) >= 20
    assert len({scenario.id for scenario in SCENARIOS}) == len(SCENARIOS)
    for scenario in SCENARIOS:
        assert scenario.situation in SITUATIONS
        assert scenario.age_stage in AGE_STAGES
        assert set(scenario.looks_for) <= set(ELEMENTS)
        assert scenario.source.startswith("002 ·")


def test_scenarios_cover_most_situations_and_every_age() -> None:
    assert len({scenario.situation for scenario in SCENARIOS}) >= 8
    assert {scenario.age_stage for scenario in SCENARIOS} == set(AGE_STAGES)


def test_each_model_answer_shows_what_its_scenario_looks_for() -> None:
    for scenario in SCENARIOS:
        analysis = check(scenario.model_answer, situation=scenario.situation)
        assert analysis.flags == [], scenario.id
        assert set(scenario.looks_for) <= set(analysis.present), scenario.id


def test_a_why_demand_reply_gets_kind_specific_feedback() -> None:
    scenario = get_scenario("pushed-in-line")
    feedback = practice_feedback(scenario, "Why did you push her? Say sorry.")
    assert [flag.code for flag in feedback.reconsider] == ["why_demand"]
    assert any("Why did you push her" in message for message in feedback.messages)
    assert set(feedback.missing) == {"empathy", "curiosity"}
    assert feedback.model_answer == scenario.model_answer


def test_a_good_reply_is_recognised() -> None:
    scenario = get_scenario("pushed-in-line")
    feedback = practice_feedback(scenario, "That looked really unfair. I wonder what happened?")
    assert feedback.reconsider == []
    assert {"empathy", "curiosity"} <= set(feedback.showed)
    assert feedback.messages[-1] == "That reply fits this moment well."
