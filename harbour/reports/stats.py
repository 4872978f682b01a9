"""Did things change for the children who had support? Paired before/after figures.

Each child contributes one pair: a measure before the support started and the
same measure after (a profile score, or difficult moments per week). The
analysis works on the per-child differences ``after - before``:

- ``n`` children, mean difference, standard deviation of the differences (with
  ``n - 1``), standard error ``sd / sqrt(n)``;
- a 95 % confidence interval ``mean +/- t * se`` with ``t`` the Student t
  quantile on ``n - 1`` degrees of freedom (implemented here: the t
  distribution function through the regularised incomplete beta function,
  evaluated by its continued fraction, and inverted by bisection);
- as an alternative that does not lean on the normal shape, a percentile
  bootstrap interval for the mean difference (seeded, so a report is
  reproducible); with fewer than about 15 children it tends to be too narrow,
  so the t interval is the main one;
- the effect size Cohen's d_z: mean difference divided by the standard deviation
  of the differences (about 0.2 small, 0.5 medium, 0.8 large, as rough labels);
- plain-language cautions: there is no comparison group, so the figures cannot
  say the support *caused* the change; children are often started on support
  when things are at their worst, and figures that start unusually bad tend to
  drift back towards usual on their own (regression to the mean); and small
  numbers give wide, unstable ranges.
"""

from __future__ import annotations

import math
import random
from collections.abc import Sequence
from dataclasses import dataclass

# --- the t distribution ---------------------------------------------------------

_EPS = 1e-15
_TINY = 1e-300


def _beta_continued_fraction(a: float, b: float, x: float) -> float:
    """Continued fraction for the incomplete beta function (modified Lentz method)."""
    qab, qap, qam = a + b, a + 1.0, a - 1.0
    c = 1.0
    d = 1.0 - qab * x / qap
    d = 1.0 / (d if abs(d) > _TINY else _TINY)
    h = d
    for m in range(1, 10_000):
        m2 = 2 * m
        for numerator in (
            m * (b - m) * x / ((qam + m2) * (a + m2)),
            -(a + m) * (qab + m) * x / ((a + m2) * (qap + m2)),
        ):
            d = 1.0 + numerator * d
            d = 1.0 / (d if abs(d) > _TINY else _TINY)
            c = 1.0 + numerator / c
            c = c if abs(c) > _TINY else _TINY
            step = d * c
            h *= step
        if abs(step - 1.0) < _EPS:
            return h
    raise ArithmeticError("The incomplete beta continued fraction did not converge.")


def regularized_beta(a: float, b: float, x: float) -> float:
    """I_x(a, b), the regularised incomplete beta function, for a, b > 0 and 0 <= x <= 1."""
    if a <= 0 or b <= 0:
        raise ValueError("a and b must be positive.")
    if x <= 0.0:
        return 0.0
    if x >= 1.0:
        return 1.0
    log_front = (
        math.lgamma(a + b) - math.lgamma(a) - math.lgamma(b) + a * math.log(x) + b * math.log1p(-x)
    )
    front = math.exp(log_front)
    # The continued fraction converges fast for x below (a + 1) / (a + b + 2); use symmetry above.
    if x < (a + 1.0) / (a + b + 2.0):
        return front * _beta_continued_fraction(a, b, x) / a
    return 1.0 - front * _beta_continued_fraction(b, a, 1.0 - x) / b


def t_cdf(t: float, df: float) -> float:
    """P(T <= t) for Student's t with ``df`` degrees of freedom."""
    if df <= 0:
        raise ValueError("Degrees of freedom must be positive.")
    if t == 0:
        return 0.5
    tail = 0.5 * regularized_beta(df / 2.0, 0.5, df / (df + t * t))
    return 1.0 - tail if t > 0 else tail


def t_quantile(p: float, df: float) -> float:
    """The t value with P(T <= t) = p, by bisection on ``t_cdf``."""
    if not 0.0 < p < 1.0:
        raise ValueError("p must be strictly between 0 and 1.")
    if p < 0.5:
        return -t_quantile(1.0 - p, df)
    if p == 0.5:
        return 0.0
    low, high = 0.0, 1.0
    while t_cdf(high, df) < p:
        low, high = high, high * 2.0
    for _ in range(200):
        middle = (low + high) / 2.0
        if t_cdf(middle, df) < p:
            low = middle
        else:
            high = middle
        if high - low <= 1e-12 * high:
            break
    return (low + high) / 2.0


# --- paired before/after ------------------------------------------------------------


@dataclass(frozen=True)
class PairedSummary:
    """Summary of per-child differences ``after - before``."""

    n: int
    mean_before: float
    mean_after: float
    mean_difference: float
    sd_difference: float | None  # None with fewer than 2 children
    standard_error: float | None
    confidence: float
    t_critical: float | None
    ci_low: float | None
    ci_high: float | None
    cohens_dz: float | None  # None when n < 2 or every child changed by the same amount


def _mean(values: Sequence[float]) -> float:
    return math.fsum(values) / len(values)


def _sd(values: Sequence[float]) -> float:
    centre = _mean(values)
    return math.sqrt(math.fsum((v - centre) ** 2 for v in values) / (len(values) - 1))


def paired_summary(
    before: Sequence[float], after: Sequence[float], *, confidence: float = 0.95
) -> PairedSummary:
    """Mean change, its t confidence interval and Cohen's d_z for paired measures."""
    if len(before) != len(after):
        raise ValueError("Each child needs both a before and an after figure.")
    if not before:
        raise ValueError("There are no children to summarise.")
    if not 0.0 < confidence < 1.0:
        raise ValueError("confidence is between 0 and 1.")
    differences = [a - b for b, a in zip(before, after, strict=True)]
    n = len(differences)
    mean_difference = _mean(differences)
    sd: float | None = None
    se: float | None = None
    t_critical: float | None = None
    low: float | None = None
    high: float | None = None
    dz: float | None = None
    if n >= 2:
        sd = _sd(differences)
        se = sd / math.sqrt(n)
        t_critical = t_quantile(1.0 - (1.0 - confidence) / 2.0, n - 1)
        low, high = mean_difference - t_critical * se, mean_difference + t_critical * se
        dz = mean_difference / sd if sd > 0 else None
    return PairedSummary(
        n=n,
        mean_before=_mean(before),
        mean_after=_mean(after),
        mean_difference=mean_difference,
        sd_difference=sd,
        standard_error=se,
        confidence=confidence,
        t_critical=t_critical,
        ci_low=low,
        ci_high=high,
        cohens_dz=dz,
    )


def _percentile(ordered: Sequence[float], q: float) -> float:
    """Linear interpolation between order statistics (the usual 'type 7' definition)."""
    position = q * (len(ordered) - 1)
    below = math.floor(position)
    above = min(below + 1, len(ordered) - 1)
    return ordered[below] + (ordered[above] - ordered[below]) * (position - below)


def bootstrap_ci(
    differences: Sequence[float],
    *,
    confidence: float = 0.95,
    resamples: int = 10_000,
    seed: int = 0,
) -> tuple[float, float]:
    """Percentile bootstrap interval for the mean difference, reproducible from ``seed``."""
    if not differences:
        raise ValueError("There are no differences to resample.")
    rng = random.Random(seed)
    n = len(differences)
    means = sorted(math.fsum(rng.choices(differences, k=n)) / n for _ in range(resamples))
    tail = (1.0 - confidence) / 2.0
    return _percentile(means, tail), _percentile(means, 1.0 - tail)


# --- difficult moments per week ----------------------------------------------------------


@dataclass(frozen=True)
class ChildPeriods:
    """One child's difficult moments in the period before support and the period after."""

    before_count: int
    before_days: int
    after_count: int
    after_days: int


def per_week(count: int, days: int) -> float:
    if days <= 0:
        raise ValueError("A period lasts at least one day.")
    return count * 7.0 / days


def rate_change(children: Sequence[ChildPeriods], *, confidence: float = 0.95) -> PairedSummary:
    """Paired summary of difficult moments per week, after minus before (negative = fewer)."""
    before = [per_week(child.before_count, child.before_days) for child in children]
    after = [per_week(child.after_count, child.after_days) for child in children]
    return paired_summary(before, after, confidence=confidence)


# --- words ---------------------------------------------------------------------------------

SMALL_N = 10


def cautions(
    n: int,
    *,
    control_group: bool = False,
    started_when_struggling: bool = True,
    same_adults_rated: bool = True,
    ci: tuple[float | None, float | None] | None = None,
) -> list[str]:
    """Plain-language cautions to print beside the figures."""
    notes: list[str] = []
    if not control_group:
        notes.append(
            "There is no comparison group of similar children who did not have this support, "
            "so these figures cannot show that the support caused the change. Children grow, "
            "settle and have better and worse terms anyway."
        )
    if started_when_struggling:
        notes.append(
            "Children are often started on support when things are at their worst. Figures "
            "that start unusually low tend to move back towards the child's usual level on "
            "their own (regression to the mean), so some improvement is expected even "
            "without support."
        )
    if n < 2:
        notes.append(f"With {n} child{'' if n == 1 else 'ren'}, no range can be worked out.")
    elif n < SMALL_N:
        notes.append(
            f"With only {n} children the range is wide, and one child can change the picture a lot."
        )
    if same_adults_rated:
        notes.append(
            "The adults who gave the support also filled in the before and after figures, "
            "and hoping for progress can colour how things are seen."
        )
    if ci is not None and ci[0] is not None and ci[1] is not None and ci[0] <= 0 <= ci[1]:
        notes.append(
            "The range includes no change at all, so these figures do not show a clear change "
            "either way."
        )
    return notes


def describe(summary: PairedSummary, measure: str, *, decimals: int = 2) -> str:
    """One sentence such as 'Across 12 children, the score went up by 0.4 on average ...'."""
    change = summary.mean_difference
    direction = "went up" if change > 0 else "went down" if change < 0 else "did not change"
    amount = f" by {abs(change):.{decimals}f}" if change else ""
    sentence = (
        f"Across {summary.n} child{'' if summary.n == 1 else 'ren'}, {measure} {direction}"
        f"{amount} on average"
    )
    if summary.ci_low is not None and summary.ci_high is not None:
        sentence += (
            f" ({summary.confidence:.0%} range for the average change: "
            f"{summary.ci_low:+.{decimals}f} to {summary.ci_high:+.{decimals}f})"
        )
    return sentence + "."
