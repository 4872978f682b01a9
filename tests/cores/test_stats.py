"""Outcome statistics: t quantiles against tables, hand-worked paired examples."""

from __future__ import annotations

import math
import random

import pytest
from hypothesis import given
from hypothesis import strategies as st

from harbour.reports.stats import (
    ChildPeriods,
    bootstrap_ci,
    cautions,
    describe,
    paired_summary,
    per_week,
    rate_change,
    regularized_beta,
    t_cdf,
    t_quantile,
)


@pytest.mark.parametrize(
    ("p", "df", "table"),
    [
        # Printed tables (3 decimals) and, in the comments, more digits from R's qt().
        (0.975, 1, 12.706),  # 12.7062047
        (0.975, 2, 4.303),  # 4.3026527
        (0.975, 4, 2.776),  # 2.7764451
        (0.975, 9, 2.262),  # 2.2621572
        (0.975, 29, 2.045),  # 2.0452296
        (0.975, 30, 2.042),  # 2.0422725
        (0.95, 1, 6.314),  # 6.3137515
        (0.995, 10, 3.169),  # 3.1692727
        (0.9, 5, 1.476),  # 1.4758840
        (0.999, 3, 10.215),  # 10.2145319
        (0.975, 1000, 1.962),  # 1.9623391
    ],
)
def test_t_quantile_matches_tables(p: float, df: int, table: float) -> None:
    assert t_quantile(p, df) == pytest.approx(table, abs=0.0005)


@pytest.mark.parametrize(
    ("p", "df", "precise"),
    [
        (0.975, 1, 12.706204736),
        (0.975, 9, 2.262157163),
        (0.975, 29, 2.045229642),
        (0.95, 1, 6.313751515),
    ],
)
def test_t_quantile_to_nine_figures(p: float, df: int, precise: float) -> None:
    assert t_quantile(p, df) == pytest.approx(precise, abs=1e-8)


def test_t_distribution_shape() -> None:
    assert t_cdf(0, 5) == 0.5
    assert t_quantile(0.5, 7) == 0.0
    assert t_quantile(0.025, 9) == pytest.approx(-2.262157163)
    # df = 1 is the Cauchy distribution: P(T <= t) = 1/2 + atan(t) / pi.
    for t in (-3.0, -0.5, 0.7, 4.0, 40.0):
        assert t_cdf(t, 1) == pytest.approx(0.5 + math.atan(t) / math.pi, abs=1e-12)
    # df = 2 has a closed form too: 1/2 + t / (2 sqrt(t^2 + 2)).
    for t in (-2.0, 0.3, 5.0):
        assert t_cdf(t, 2) == pytest.approx(0.5 + t / (2 * math.sqrt(t * t + 2)), abs=1e-12)
    # Very many degrees of freedom: the normal 97.5 % point, 1.959964.
    assert t_quantile(0.975, 10**7) == pytest.approx(1.959964, abs=1e-5)
    with pytest.raises(ValueError):
        t_quantile(1.0, 3)


def test_incomplete_beta_closed_forms() -> None:
    # I_x(1, 1) = x;  I_x(a, 1) = x^a;  I_x(1, b) = 1 - (1 - x)^b.
    for x in (0.0, 0.1, 0.5, 0.93, 1.0):
        assert regularized_beta(1, 1, x) == pytest.approx(x, abs=1e-14)
        assert regularized_beta(3.5, 1, x) == pytest.approx(x**3.5, abs=1e-14)
        assert regularized_beta(1, 4, x) == pytest.approx(1 - (1 - x) ** 4, abs=1e-14)


@given(st.floats(0.501, 0.9999), st.floats(1, 200))
def test_quantile_inverts_the_distribution(p: float, df: float) -> None:
    assert t_cdf(t_quantile(p, df), df) == pytest.approx(p, abs=1e-10)


def test_paired_summary_by_hand() -> None:
    before = [2, 4, 6, 8, 10]
    after = [3, 6, 6, 11, 14]
    # Differences: 1, 2, 0, 3, 4. Mean 10 / 5 = 2.
    # Deviations -1, 0, -2, 1, 2; squares 1 + 0 + 4 + 1 + 4 = 10; variance 10 / 4 = 2.5.
    # sd = sqrt(2.5) = 1.5811; se = 1.5811 / sqrt(5) = 0.7071 (= sqrt(0.5)).
    # t(0.975, 4) = 2.7764; half-width 2.7764 x 0.7071 = 1.9632; CI 0.0368 to 3.9632.
    # d_z = 2 / 1.5811 = 1.2649.
    s = paired_summary(before, after)
    assert s.n == 5
    assert (s.mean_before, s.mean_after, s.mean_difference) == (6.0, 8.0, 2.0)
    assert s.sd_difference == pytest.approx(math.sqrt(2.5))
    assert s.standard_error == pytest.approx(math.sqrt(0.5))
    assert s.t_critical == pytest.approx(2.776445105)
    assert s.ci_low == pytest.approx(2 - 2.776445105 * math.sqrt(0.5))
    assert s.ci_low == pytest.approx(0.0368, abs=1e-4)
    assert s.ci_high == pytest.approx(3.9632, abs=1e-4)
    assert s.cohens_dz == pytest.approx(1.2649, abs=1e-4)
    assert describe(s, "the score") == (
        "Across 5 children, the score went up by 2.00 on average "
        "(95% range for the average change: +0.04 to +3.96)."
    )


def test_paired_summary_edges() -> None:
    one = paired_summary([3.0], [5.0])
    assert one.mean_difference == 2.0
    assert one.ci_low is None and one.cohens_dz is None
    same = paired_summary([1, 2, 3], [2, 3, 4])  # everyone up by exactly 1
    assert same.sd_difference == 0 and same.cohens_dz is None
    assert same.ci_low == same.ci_high == 1.0
    with pytest.raises(ValueError):
        paired_summary([1, 2], [1])
    with pytest.raises(ValueError):
        paired_summary([], [])


def test_rates_per_week_by_hand() -> None:
    children = [
        # 12 moments in 42 days = 2.0 a week; 6 in 42 days = 1.0 a week: change -1.0
        ChildPeriods(before_count=12, before_days=42, after_count=6, after_days=42),
        # 7 in 28 days = 1.75 a week; 3 in 21 days = 1.0 a week: change -0.75
        ChildPeriods(before_count=7, before_days=28, after_count=3, after_days=21),
        # 2 in 14 days = 1.0 a week; 4 in 14 days = 2.0 a week: change +1.0
        ChildPeriods(before_count=2, before_days=14, after_count=4, after_days=14),
    ]
    s = rate_change(children)
    # Mean change (-1.0 - 0.75 + 1.0) / 3 = -0.25.
    assert s.mean_difference == pytest.approx(-0.25)
    assert s.mean_before == pytest.approx((2.0 + 1.75 + 1.0) / 3)
    assert per_week(3, 21) == 1.0
    with pytest.raises(ValueError):
        per_week(3, 0)


def test_bootstrap_is_seeded_and_sensible() -> None:
    rng = random.Random(1)
    differences = [rng.gauss(1.0, 2.0) for _ in range(30)]
    first = bootstrap_ci(differences, seed=42)
    assert first == bootstrap_ci(differences, seed=42)
    assert first != bootstrap_ci(differences, seed=43)
    t = paired_summary([0.0] * 30, differences)
    assert t.ci_low is not None and t.ci_high is not None
    # Two honest intervals for the same mean: close, and the bootstrap a little narrower.
    assert first[0] == pytest.approx(t.ci_low, abs=0.25)
    assert first[1] == pytest.approx(t.ci_high, abs=0.25)
    assert first[0] < t.mean_difference < first[1]
    assert bootstrap_ci([2.0, 2.0, 2.0]) == (2.0, 2.0)


def test_t_interval_covers_about_95_percent() -> None:
    # 2,000 seeded samples of 8 children from a known distribution: the interval should
    # contain the true mean change (0.5) in about 95 % of them.
    rng = random.Random(2024)
    hits = 0
    for _ in range(2000):
        differences = [rng.gauss(0.5, 1.0) for _ in range(8)]
        s = paired_summary([0.0] * 8, differences)
        assert s.ci_low is not None and s.ci_high is not None
        hits += s.ci_low <= 0.5 <= s.ci_high
    assert 0.935 <= hits / 2000 <= 0.965


def test_cautions_in_plain_words() -> None:
    notes = cautions(6, ci=(-0.2, 1.4))
    text = " ".join(notes)
    assert "no comparison group" in text
    assert "regression to the mean" in text
    assert "With only 6 children" in text
    assert "includes no change" in text
    assert "why" not in text.lower()
    assert (
        len(
            cautions(
                40,
                control_group=True,
                started_when_struggling=False,
                same_adults_rated=False,
                ci=(0.1, 0.5),
            )
        )
        == 0
    )
    assert "With 1 child, no range" in " ".join(cautions(1))
