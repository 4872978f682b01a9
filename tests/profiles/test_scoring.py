"""The pure scoring rules, checked against hand-worked examples (no database)."""

from __future__ import annotations

import dataclasses
import shutil
from pathlib import Path

import pytest

from harbour.guidance.library import load_library
from harbour.profiles import frameworks
from harbour.profiles.frameworks import FRAMEWORK_DIR, current_version, load_framework
from harbour.profiles.scoring import as_phrase, compare, domain_series, score_profile
from harbour.profiles.suggest import STRATEGY_KINDS, guidance_for_domain

FEELINGS = (
    "skill.prosocial.regulate-emotions",
    "skill.resilient.regulate-emotions",
    "skill.prosocial.manage-frustration-delay",
    "skill.resilient.rest-and-replenish",
)
EMPATHY = (
    "skill.prosocial.aware-of-others",
    "skill.prosocial.empathy",
    "skill.prosocial.others-first",
)


@pytest.fixture
def v1():
    return load_framework("1")


def test_a_domain_score_is_the_mean_rating_over_the_top_of_the_scale(v1) -> None:
    # 3 + 2 + 1 = 6 over three rated skills: mean 2, score 2 / 3.
    result = score_profile(v1, dict(zip(FEELINGS, (3, 2, 1, None), strict=True)), name="Ada")
    feelings = result.domain("feelings")
    assert feelings.rated == 3
    assert feelings.mean == pytest.approx(2)
    assert feelings.score == pytest.approx(2 / 3)
    assert feelings.percent == 67
    assert feelings.band == "developing"


def test_not_observed_and_unrated_skills_are_left_out(v1) -> None:
    with_gaps = score_profile(v1, {FEELINGS[0]: 3, FEELINGS[1]: 3, FEELINGS[2]: None}, name="A")
    assert with_gaps.domain("feelings").score == pytest.approx(1.0)
    assert with_gaps.domain("feelings").rated == 2
    assert with_gaps.domain("empathy").score is None
    assert with_gaps.domain("empathy").band == "not-enough"


def test_one_rated_skill_is_shown_but_never_named(v1) -> None:
    result = score_profile(v1, {FEELINGS[0]: 0}, name="Ada")
    assert result.domain("feelings").score == 0
    assert result.domain("feelings").band == "not-enough"
    assert result.less_developed == ()


def test_a_domain_with_a_single_skill_is_named_once_that_skill_is_rated(v1) -> None:
    result = score_profile(v1, {"skill.resilient.seek-help": 0}, name="Ada")
    assert result.domain("trust").band == "less-developed"


def test_the_thresholds_are_inclusive(v1) -> None:
    # Feelings 3,3,2,1: mean 2.25 = 0.75 exactly -> strength.
    # Empathy 2,1,1: mean 4/3 = 0.444 -> developing; 1,1,2 the same; 1,1,1 -> 0.333.
    ratings = dict(zip(FEELINGS, (3, 3, 2, 1), strict=True))
    ratings |= dict(zip(EMPATHY, (1, 1, 1), strict=True))
    result = score_profile(v1, ratings, name="Ada")
    assert result.domain("feelings").band == "strength"
    assert result.domain("empathy").band == "less-developed"
    # 0.4 exactly: a five-skill domain rated 2, 1, 1, 1, 1 has mean 1.2 -> 0.4.
    relationships = [s.id for s in v1.domain("relationships").skills]
    result = score_profile(v1, dict(zip(relationships, (2, 1, 1, 1, 1), strict=True)), name="A")
    assert result.domain("relationships").score == pytest.approx(0.4)
    assert result.domain("relationships").band == "less-developed"


def test_strengths_and_less_developed_areas_are_named_in_words_from_the_data(v1) -> None:
    ratings = dict(zip(FEELINGS, (0, 1, 1, None), strict=True))
    ratings |= dict(zip(EMPATHY, (3, 3, 2), strict=True))
    result = score_profile(v1, ratings, name="Ada")
    [strength] = result.strengths
    assert strength.slug == "empathy"
    assert strength.lead == "Ada is usually able to:"
    # The skills rated at the domain's top rating, as phrases continuing the lead-in.
    assert strength.skills == (
        "be aware of other people's views and feelings",
        "recognise others' feelings and feel for them",
    )
    [less] = result.less_developed
    assert less.slug == "feelings"
    assert less.text.startswith("Ada is still building the ability to: identify, understand")
    assert "manage disappointment and frustration, and wait when needed" in less.skills


def test_the_wording_follows_the_framework_file_not_the_code(v1) -> None:
    wording = dict(v1.wording) | {"strength": "Look what {name} can do:"}
    other = dataclasses.replace(v1, wording=wording)
    result = score_profile(other, dict.fromkeys(EMPATHY, 3), name="Bo")
    assert result.strengths[0].lead == "Look what Bo can do:"


def test_with_no_strength_the_top_domains_are_named_as_relative_strengths_ties_included(v1) -> None:
    # Feelings and empathy both score 2/3 (developing); relationships lower.
    ratings = dict(zip(FEELINGS, (2, 2, 2, 2), strict=True)) | dict.fromkeys(EMPATHY, 2)
    relationships = [s.id for s in v1.domain("relationships").skills]
    ratings |= dict.fromkeys(relationships, 1)
    result = score_profile(v1, ratings, name="Ada")
    assert [f.slug for f in result.strengths] == ["feelings", "empathy"]  # framework order
    assert all(f.domain.relative for f in result.strengths)
    assert result.strengths[0].lead.startswith("Ada's strongest area")
    assert result.domain("relationships").relative is False


def test_a_less_developed_domain_is_never_called_a_relative_strength(v1) -> None:
    result = score_profile(v1, dict.fromkeys(FEELINGS, 1), name="Ada")
    assert result.strengths == ()
    assert result.no_strengths.startswith("No area stands out")
    assert [f.slug for f in result.less_developed] == ["feelings"]


def test_less_developed_areas_are_listed_lowest_first(v1) -> None:
    ratings = dict.fromkeys(FEELINGS, 1) | dict.fromkeys(EMPATHY, 0)
    result = score_profile(v1, ratings, name="Ada")
    assert [f.slug for f in result.less_developed] == ["empathy", "feelings"]


def test_a_quick_screen_rates_whole_domains(v1) -> None:
    result = score_profile(v1, {"domain.feelings": 0, "domain.empathy": 3}, name="Ada")
    assert result.domain("feelings").screened
    assert result.domain("feelings").band == "less-developed"
    assert (
        result.strengths[0].lead
        == "In a quick screen, awareness of others and empathy looked like a strength for Ada."
    )
    assert result.less_developed[0].skills == ()


def test_comparison_names_the_direction_of_change(v1) -> None:
    earlier = score_profile(v1, dict.fromkeys(FEELINGS, 1) | dict.fromkeys(EMPATHY, 3), name="A")
    later = score_profile(
        v1, dict.fromkeys(FEELINGS, 2) | dict(zip(EMPATHY, (3, 3, 2), strict=True)), name="A"
    )
    changes = {c.slug: c for c in compare(earlier, later, name="Ada", earlier_date="1 Mar")}
    assert changes["feelings"].direction == "up"
    assert changes["feelings"].change_points == 33
    assert changes["feelings"].text == "More secure than on 1 Mar"
    assert changes["empathy"].direction == "down"  # 1.0 -> 0.889: 11 points
    assert changes["coping"].direction == "none"
    series = domain_series([earlier, later], ["feelings", "coping"])
    assert series == {"feelings": [33.3, 66.7], "coping": [None, None]}


def test_phrases_keep_acronyms() -> None:
    assert as_phrase("Share, co-operate and help") == "share, co-operate and help"
    assert as_phrase("ACEs matter") == "ACEs matter"


def test_guidance_for_a_domain_offers_strategies_for_its_situations_and_age() -> None:
    library = load_library()
    for domain in library.domains:
        for stage in ("early", "middle", "adolescent"):
            found = guidance_for_domain(domain.slug, stage, library)
            assert found.items, (domain.slug, stage)
            for item in found.items:
                assert item.kind in STRATEGY_KINDS
                assert item.polarity != "dont"
                assert stage in item.age_stages
                assert set(item.situations) & set(domain.item.situations)
    feelings = guidance_for_domain("feelings", "middle", library)
    assert [s.slug for s in feelings.situations] == ["dysregulated", "distressed", "frustration"]
    assert len({item.kind for item in feelings.items}) >= 3  # a mix: do, build, say
    with pytest.raises(KeyError):
        guidance_for_domain("no-such-domain", "middle", library)


def test_every_framework_on_disk_loads_and_new_profiles_use_the_newest(tmp_path: Path) -> None:
    for version in frameworks.available_versions():
        assert load_framework(version).version == version
    shutil.copy(FRAMEWORK_DIR / "v1.yaml", tmp_path / "v1.yaml")
    text = (FRAMEWORK_DIR / "v1.yaml").read_text().replace('version: "1"', 'version: "2"')
    (tmp_path / "v2.yaml").write_text(text.replace("label: Secure", "label: Usually"))
    assert current_version(tmp_path) == "2"
    assert load_framework("1", tmp_path).label_for(3) == "Secure"
    assert load_framework("2", tmp_path).label_for(3) == "Usually"


def test_a_framework_naming_an_unknown_skill_is_refused(tmp_path: Path) -> None:
    text = (
        (FRAMEWORK_DIR / "v1.yaml")
        .read_text()
        .replace("skill.resilient.gratitude", "skill.resilient.no-such-skill")
    )
    (tmp_path / "v1.yaml").write_text(text)
    with pytest.raises(frameworks.FrameworkError, match="no-such-skill"):
        load_framework("1", tmp_path)
