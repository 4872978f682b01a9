"""Pattern insight: exact tests, error control on null data, wording."""

from __future__ import annotations

import math
import random
from datetime import UTC, datetime, timedelta

import pytest

from harbour.observations.patterns import (
    DIMENSIONS,
    LONDON,
    METHOD,
    SETTING_PHRASES,
    TIME_BANDS,
    WEEKDAYS,
    ObservationFact,
    _opener,
    find_patterns,
    fisher_greater,
    holm_adjust,
    hypergeometric_upper_tail,
    summarise,
    time_band,
)

NOW = datetime(2024, 3, 15, 17, 0, tzinfo=UTC)  # a Friday, in GMT


def moment(
    days_ago: float, hour: int, setting: str, difficult: bool, **kw: object
) -> ObservationFact:
    when = (NOW - timedelta(days=days_ago)).replace(hour=hour, minute=15)
    return ObservationFact(when=when, setting=setting, difficult=difficult, **kw)  # type: ignore[arg-type]


def planted_lunch_pattern() -> list[ObservationFact]:
    """9 of 11 difficult moments at lunch, against 2 of 20 calm moments.

    Days are spread evenly over the six weeks and times are all mid-morning, so
    only the setting differs between difficult and calm moments.
    """
    facts = []
    settings_hard = ["lunch"] * 9 + ["classroom"] * 2
    settings_calm = ["lunch"] * 2 + ["classroom"] * 10 + ["playground"] * 8
    for i, setting in enumerate(settings_hard):
        facts.append(moment(1 + i * 3.5, 10, setting, True, intensity=3))
    for i, setting in enumerate(settings_calm):
        facts.append(moment(1.5 + i * 2, 10, setting, False))
    return facts


# --- the exact statistics --------------------------------------------------------


def test_fisher_lady_tasting_tea() -> None:
    # 8 cups, 4 with milk first, all 4 picked correctly: 1 way in C(8, 4) = 70.
    assert math.isclose(fisher_greater(4, 0, 0, 4), 1 / 70)
    # 3 of 4 correct: (C(4,3) x C(4,1) + 1) / 70 = 17 / 70 = 0.2429 (R: fisher.test, "greater").
    assert math.isclose(fisher_greater(3, 1, 1, 3), 17 / 70)


def test_fisher_for_the_planted_table() -> None:
    # P(X >= 9), X ~ Hypergeometric(31 moments, 11 difficult, 11 at lunch):
    # [C(11,9) C(20,2) + C(11,10) C(20,1) + C(11,11) C(20,0)] / C(31,11)
    # = (55 x 190 + 11 x 20 + 1) / 84,672,315 = 10,671 / 84,672,315 = 1.26e-4.
    assert math.comb(31, 11) == 84_672_315
    assert math.isclose(fisher_greater(9, 2, 2, 18), 10_671 / 84_672_315)


def test_tail_edges() -> None:
    assert hypergeometric_upper_tail(10, 5, 3, 0) == 1.0
    assert hypergeometric_upper_tail(10, 5, 3, 4) == 0.0
    # Everyone difficult: the category count is fixed, p = 1.
    assert fisher_greater(4, 0, 6, 0) == 1.0


def test_holm_adjustment_by_hand() -> None:
    # Sorted: 0.005 x 4 = 0.02; 0.01 x 3 = 0.03; 0.03 x 2 = 0.06; 0.04 x 1 = 0.04 -> 0.06.
    adjusted = holm_adjust([0.01, 0.04, 0.03, 0.005])
    assert adjusted == pytest.approx([0.03, 0.06, 0.06, 0.02])
    assert holm_adjust([]) == []
    assert holm_adjust([0.9, 0.8]) == [1.0, 1.0]


# --- finding patterns -----------------------------------------------------------


def test_a_planted_pattern_is_found_with_its_numbers() -> None:
    patterns = find_patterns(planted_lunch_pattern(), now=NOW)
    assert [p.category for p in patterns] == ["lunch"]
    (lunch,) = patterns
    assert lunch.dimension == "setting"
    assert lunch.statement == (
        "Over the last 6 weeks, 9 of 11 difficult moments were at lunch, "
        "against 2 of 20 calm moments."
    )
    assert (lunch.a, lunch.b, lunch.c, lunch.d) == (9, 2, 2, 18)
    # (9 / 11) / (2 / 20) = 0.818 / 0.1 = 8.18
    assert lunch.ratio == pytest.approx(8.1818, rel=1e-3)
    assert lunch.ratio_statement == (
        "Difficult moments were about 8.2 times as likely as calm moments to be at lunch."
    )
    assert lunch.p_value == pytest.approx(10_671 / 84_672_315)
    assert lunch.adjusted_p_value == pytest.approx(lunch.p_value * lunch.comparisons)
    assert lunch.adjusted_p_value < 0.05
    assert "Fisher" in lunch.method and "Holm" in lunch.method
    assert lunch.opener == (
        "I've noticed that things sometimes seem harder for you at lunch. "
        "I wonder what it's like for you at lunch?"
    )


def test_a_weekday_and_a_time_band_pattern() -> None:
    facts = []
    # 10 difficult moments: 8 on Mondays at 12:40, 2 on Wednesdays at 09:10.
    mondays = [NOW - timedelta(days=4 + 7 * w) for w in range(5)]  # Mondays
    for i in range(8):
        day = mondays[i % 5]
        facts.append(ObservationFact(day.replace(hour=12, minute=40), "classroom", True))
    for i in range(2):
        facts.append(
            ObservationFact((NOW - timedelta(days=2 + 7 * i)).replace(hour=9), "hall", True)
        )
    # 25 calm moments spread Tuesday to Friday, mornings and afternoons.
    for i in range(25):
        day = NOW - timedelta(days=(i % 4) + 7 * (i % 5))
        facts.append(ObservationFact(day.replace(hour=9 + 5 * (i % 2)), "classroom", False))
    found = {(p.dimension, p.category): p for p in find_patterns(facts, now=NOW)}
    assert ("weekday", "Monday") in found
    assert ("time_of_day", "lunchtime") in found
    monday = found[("weekday", "Monday")]
    assert monday.statement == (
        "Over the last 6 weeks, 8 of 10 difficult moments were on a Monday, "
        "against none of the 25 calm moments."
    )
    assert monday.ratio is None
    assert monday.opener.startswith("I've noticed that Mondays sometimes seem harder")
    assert "at lunchtime (12:00-13:30)" in found[("time_of_day", "lunchtime")].statement


def test_feeling_statements_say_what_was_compared() -> None:
    facts = [moment(1 + i, 10, "classroom", True, feeling="worried") for i in range(8)]
    facts += [moment(1.3 + i, 10, "classroom", True, feeling="cross") for i in range(2)]
    facts += [moment(1.6 + i, 10, "classroom", False, feeling="happy") for i in range(18)]
    facts += [moment(2.1 + i, 10, "classroom", False) for i in range(5)]  # no feeling noted
    (pattern,) = [p for p in find_patterns(facts, now=NOW) if p.dimension == "feeling"]
    assert pattern.statement == (
        "Over the last 6 weeks, a feeling was noted for 10 difficult moments and 18 calm "
        "moments: \u201cworried\u201d was noted for 8 of the difficult moments, against none "
        "of the calm moments."
    )
    assert "It's OK to feel worried" in pattern.opener


def test_moments_outside_the_window_are_ignored() -> None:
    old = [
        ObservationFact(f.when - timedelta(days=60), f.setting, f.difficult)
        for f in planted_lunch_pattern()
    ]
    assert find_patterns(old, now=NOW) == []
    assert find_patterns(old, now=NOW, window_days=120) != []
    assert find_patterns(old, now=NOW, window_days=120)[0].statement.startswith(
        "Over the last 120 days,"
    )


def test_small_numbers_give_nothing() -> None:
    # 7 difficult moments, all at lunch, and 30 calm ones elsewhere: striking, but too few.
    facts = [moment(1 + i * 5, 10, "lunch", True) for i in range(7)]
    facts += [moment(1 + i, 10, "classroom", False) for i in range(30)]
    assert find_patterns(facts, now=NOW) == []
    # 3 of 12 difficult moments in a place where no calm moment happened: fewer than 4.
    facts = [moment(1 + i * 3, 10, "library", True) for i in range(3)]
    facts += [moment(2 + i * 3, 10, "classroom", True) for i in range(9)]
    facts += [moment(1 + i, 10, "classroom", False) for i in range(30)]
    assert find_patterns(facts, now=NOW) == []
    assert find_patterns([], now=NOW) == []


def test_only_difficult_moments_give_nothing() -> None:
    facts = [moment(1 + i, 10, "lunch" if i % 2 else "hall", True) for i in range(30)]
    assert find_patterns(facts, now=NOW) == []


def _null_dataset(rng: random.Random) -> list[ObservationFact]:
    """A realistic child's six weeks where difficulty has nothing to do with anything."""
    size = rng.randint(20, 80)
    p_difficult = rng.uniform(0.25, 0.65)
    settings = ["classroom", "playground", "lunch", "corridor", "hall", "library"]
    setting_weights = [rng.uniform(0.2, 1.0) for _ in settings]
    hours = [8, 9, 10, 11, 12, 12, 13, 14, 15, 16]
    feelings = [None, None, "worried", "cross", "sad", "happy", "calm"]
    facts = []
    for _ in range(size):
        day = NOW - timedelta(days=rng.randrange(0, 41))
        while day.weekday() > 4:
            day -= timedelta(days=1)
        when = day.replace(hour=rng.choice(hours), minute=rng.randrange(60))
        facts.append(
            ObservationFact(
                when=when,
                setting=rng.choices(settings, setting_weights)[0],
                difficult=rng.random() < p_difficult,
                intensity=rng.randint(1, 5),
                feeling=rng.choice(feelings),
            )
        )
    return facts


def test_null_data_rarely_produces_any_statement() -> None:
    rng = random.Random(20240315)
    datasets = 1000
    with_statement = sum(bool(find_patterns(_null_dataset(rng), now=NOW)) for _ in range(datasets))
    rate = with_statement / datasets
    print(f"\nnull datasets with any statement: {with_statement}/{datasets} = {rate:.1%}")
    assert rate < 0.05


def test_a_moderate_real_pattern_is_usually_found() -> None:
    # Power check, not a guarantee: 40 moments, lunch makes a moment 4x as likely to be difficult.
    rng = random.Random(7)
    found = 0
    for _ in range(100):
        facts = []
        for _ in range(40):
            day = NOW - timedelta(days=rng.randrange(0, 41))
            setting = rng.choice(["lunch", "classroom", "classroom", "playground"])
            p = 0.8 if setting == "lunch" else 0.2
            facts.append(ObservationFact(day.replace(hour=10), setting, rng.random() < p))
        found += any(p.category == "lunch" for p in find_patterns(facts, now=NOW))
    print(f"\nmoderate lunch pattern found in {found}/100 datasets")
    assert found >= 50


# --- wording ------------------------------------------------------------------------


def test_openers_and_statements_never_ask_why() -> None:
    categories = {
        "setting": [*SETTING_PHRASES, "library", "sensory room"],
        "weekday": list(WEEKDAYS),
        "time_of_day": sorted({band[2] for band in TIME_BANDS}),
        "feeling": ["angry", "worried", "sad", "overwhelmed"],
    }
    for dimension in DIMENSIONS:
        for category in categories[dimension]:
            opener = _opener(dimension, category, SETTING_PHRASES)
            assert "why" not in opener.lower()
            assert opener.startswith("I've noticed")
            assert "I wonder" in opener
    for pattern in find_patterns(planted_lunch_pattern(), now=NOW):
        assert "why" not in (pattern.statement + pattern.ratio_statement).lower()
    assert "why" not in METHOD.lower()


def test_naive_datetimes_are_refused() -> None:
    with pytest.raises(ValueError, match="timezone-aware"):
        ObservationFact(datetime(2024, 1, 1, 12), "lunch", True)
    with pytest.raises(ValueError, match="timezone-aware"):
        find_patterns([], now=datetime(2024, 1, 1, 12))
    with pytest.raises(ValueError, match="1 to 5"):
        ObservationFact(NOW, "lunch", True, intensity=6)


def test_time_bands_use_local_time() -> None:
    # 11:30 UTC in July is 12:30 in London (BST): lunchtime.
    assert time_band(datetime(2024, 7, 1, 11, 30, tzinfo=UTC), LONDON) == "lunchtime"
    assert time_band(datetime(2024, 1, 8, 11, 30, tzinfo=UTC), LONDON) == "late morning"
    assert time_band(datetime(2024, 1, 8, 23, 0, tzinfo=UTC), LONDON) == "night"
    assert time_band(datetime(2024, 1, 8, 3, 0, tzinfo=UTC), LONDON) == "night"
    assert time_band(datetime(2024, 1, 8, 15, 30, tzinfo=UTC), LONDON) == "after school"


# --- summaries for charts --------------------------------------------------------------


def test_summary_by_setting_counts_and_mean_intensity() -> None:
    facts = [
        moment(1, 10, "lunch", True, intensity=4),
        moment(2, 10, "lunch", True, intensity=2),
        moment(3, 10, "lunch", True),
        moment(4, 10, "lunch", False),
        moment(5, 10, "Classroom", False),
    ]
    rows = summarise(facts, by="setting")
    assert [(r.key, r.moments, r.difficult, r.calm) for r in rows] == [
        ("lunch", 4, 3, 1),
        ("classroom", 1, 0, 1),
    ]
    assert rows[0].mean_intensity == 3.0  # (4 + 2) / 2: the unrated moment is left out
    assert rows[1].mean_intensity is None
    assert rows[1].label == "Classroom"


def test_summary_by_weekday_and_time_band_keep_their_order() -> None:
    facts = [moment(0, 16, "hall", True), moment(4, 9, "hall", False), moment(6, 12, "hall", True)]
    by_day = summarise(facts, by="weekday")
    assert [r.key for r in by_day] == [
        "Monday",
        "Tuesday",
        "Wednesday",
        "Thursday",
        "Friday",
        "Saturday",
    ]
    assert [r.moments for r in by_day] == [1, 0, 0, 0, 1, 1]
    by_band = summarise(facts, by="time_of_day")
    assert [r.key for r in by_band] == ["morning", "lunchtime", "after school"]
    assert by_band[1].label == "Lunchtime (12:00-13:30)"


def test_summary_by_week_includes_empty_weeks_and_respects_the_window() -> None:
    facts = [
        moment(0, 10, "hall", True),
        moment(21, 10, "hall", False),
        moment(90, 10, "hall", True),
    ]
    weeks = summarise(facts, by="week", now=NOW, window_days=42)
    assert [r.key for r in weeks] == ["2024-02-19", "2024-02-26", "2024-03-04", "2024-03-11"]
    assert [r.moments for r in weeks] == [1, 0, 0, 1]
    assert weeks[0].label == "w/c 19 Feb 2024"
    with pytest.raises(ValueError):
        summarise(facts, by="week", window_days=42)
