"""Pattern insight over one child's observations: honest statements, or none.

A pattern is a plain sentence such as "Over the last 6 weeks, 9 of 11 difficult
moments were at lunch, against 2 of 20 calm moments", offered to the key adult
with a curious conversation opener for the child. It is only stated when the
numbers give clear evidence; on data with no real pattern the chance that
*any* sentence appears is held below 5 %.

Method
------
1. Window: moments logged in the last ``window_days`` days (default 42, six
   weeks) up to ``now``. Each is difficult or calm (a positive or settled moment).
2. Dimensions and their categories: the setting (as logged); the weekday; the
   time of day in local time (bands below); and the feeling noted, if any.
   Moments with no feeling noted are left out of the feeling comparison only.
   Who the adult was (``with_adult``) is deliberately never tested: it would
   point at colleagues and is tangled up with the timetable.
3. For each category, a 2 x 2 table: ``a`` difficult moments in the category,
   ``b`` calm moments in it, ``c`` difficult moments elsewhere, ``d`` calm elsewhere.
4. Test: Fisher's exact test, one-sided, for *over-representation* of the
   category among difficult moments (the hypergeometric probability of ``a`` or
   more). One-sided because the only sentence we ever say is "difficult moments
   happen more in this category"; the one-sided p-value is exactly the chance
   of a result this lopsided in that direction if difficulty had nothing to do
   with the category, so it is the honest error rate for that sentence, and it
   gives more power than spending half the error on a sentence we never say.
5. Which comparisons are made (decided from totals only, never from ``a``, so
   the choice cannot favour a finding): at least 8 difficult moments in the
   dimension, at least one calm moment, at least 4 moments in the category, and
   the most lopsided possible split of the category would reach p <= alpha
   (categories that could never count as evidence are not tested).
6. Multiple comparisons: every comparison made, over all categories of all
   dimensions, forms one family, adjusted with Holm-Bonferroni at ``alpha``
   (default 0.05). This bounds the family-wise error: on data with no pattern,
   the chance of stating anything at all stays at or below 5 %.
7. A sentence is stated when its Holm-adjusted p-value is at most ``alpha`` and
   at least 4 of the difficult moments fall in the category. Dropping findings
   after the test can only lower the error rate.

The ratio reported is the ratio of shares: (a / difficult moments) divided by
(b / calm moments), read as "difficult moments were about N times as likely as
calm moments to be at lunch". It is not given when no calm moment was there.

What a pattern is not: a cause, a diagnosis, or a judgement of anyone. Logging
itself varies (difficult moments are logged more readily than calm ones, and
some adults log more), so statements describe what was logged.

Time-of-day bands (local time): night 22:00-06:00, morning 06:00-10:30, late
morning 10:30-12:00, lunchtime 12:00-13:30, afternoon 13:30-15:30, after school
15:30-18:00, evening 18:00-22:00.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta, tzinfo
from typing import Literal
from zoneinfo import ZoneInfo

LONDON = ZoneInfo("Europe/London")

Dimension = Literal["setting", "weekday", "time_of_day", "feeling"]
DIMENSIONS: tuple[Dimension, ...] = ("setting", "weekday", "time_of_day", "feeling")
SummaryBy = Literal["setting", "weekday", "time_of_day", "feeling", "week"]

MIN_DIFFICULT_IN_DIMENSION = 8
MIN_MOMENTS_IN_CATEGORY = 4
MIN_DIFFICULT_IN_CATEGORY = 4

METHOD = (
    "How patterns are found. We look at the moments logged for this child in the chosen "
    "period and compare the difficult moments with the calm ones: where they happened, on "
    "which weekday, at what time of day, and which feeling was noted. For each place, day, "
    "time or feeling we ask how likely a split at least this uneven would be if difficult "
    "and calm moments were spread the same way (Fisher's exact test). Because many things "
    "are compared at once, we apply a stricter bar to every one of them (the Holm-Bonferroni "
    "correction), so that if there were no real pattern, the chance of showing you any "
    "statement at all would be under 5 in 100. We only say something when at least 8 "
    "difficult moments were logged and at least 4 of them fall in the place, day, time or "
    "feeling named. A pattern shows what was logged, not what caused it: it is a starting "
    "point for curious conversations with the child and the adults around them, never a "
    "judgement. No pattern shown does not mean there is none; there may not be enough "
    "moments logged yet to be sure."
)

# (start hour, start minute, key, phrase, hours) in order through the day.
TIME_BANDS: tuple[tuple[int, int, str, str, str], ...] = (
    (0, 0, "night", "at night", "22:00-06:00"),
    (6, 0, "morning", "in the morning", "06:00-10:30"),
    (10, 30, "late morning", "in the late morning", "10:30-12:00"),
    (12, 0, "lunchtime", "at lunchtime", "12:00-13:30"),
    (13, 30, "afternoon", "in the afternoon", "13:30-15:30"),
    (15, 30, "after school", "after school", "15:30-18:00"),
    (18, 0, "evening", "in the evening", "18:00-22:00"),
    (22, 0, "night", "at night", "22:00-06:00"),
)
BAND_ORDER = (
    "morning",
    "late morning",
    "lunchtime",
    "afternoon",
    "after school",
    "evening",
    "night",
)
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")

# How a setting reads after "were ..." and "what it's like for you ...".
# Anything not listed reads "in the <setting>", which suits most places.
SETTING_PHRASES: Mapping[str, str] = {
    "lunch": "at lunch",
    "lunchtime": "at lunchtime",
    "break": "at break time",
    "breaktime": "at break time",
    "break time": "at break time",
    "assembly": "in assembly",
    "pe": "in PE",
    "home": "at home",
    "bedtime": "at bedtime",
    "mealtime": "at mealtimes",
    "transition": "when moving from one place to another",
    "transport": "on the way to or from school",
    "school run": "on the way to or from school",
    "outside": "outside",
    "online": "online",
}


@dataclass(frozen=True)
class ObservationFact:
    """What the statistics need from one logged moment (no names, no free text)."""

    when: datetime
    setting: str
    difficult: bool
    intensity: int | None = None
    feeling: str | None = None
    with_adult: str | None = None

    def __post_init__(self) -> None:
        _require_aware(self.when, "when")
        if self.intensity is not None and not 1 <= self.intensity <= 5:
            raise ValueError("Intensity is from 1 to 5.")


@dataclass(frozen=True)
class Pattern:
    """One honest statement about where or when difficult moments cluster."""

    statement: str
    ratio_statement: str
    dimension: Dimension
    category: str
    a: int  # difficult moments in the category
    b: int  # calm moments in the category
    c: int  # difficult moments elsewhere
    d: int  # calm moments elsewhere
    ratio: float | None  # (a / (a + c)) / (b / (b + d)); None when b == 0
    p_value: float
    adjusted_p_value: float
    comparisons: int
    method: str
    opener: str


@dataclass(frozen=True)
class SummaryRow:
    """Counts for one bar of a chart; mean intensity is over difficult moments rated."""

    key: str
    label: str
    moments: int
    difficult: int
    calm: int
    mean_intensity: float | None
    rated: int = 0  # difficult moments with an intensity recorded (what the mean rests on)


def _require_aware(value: datetime, name: str) -> None:
    if value.tzinfo is None or value.utcoffset() is None:
        raise ValueError(f"{name} must be a timezone-aware datetime.")


def time_band(moment: datetime, tz: tzinfo = LONDON) -> str:
    """The time-of-day band of an aware datetime, in local time."""
    local = moment.astimezone(tz)
    minutes = local.hour * 60 + local.minute
    band = TIME_BANDS[0][2]
    for hour, minute, key, _phrase, _hours in TIME_BANDS:
        if minutes >= hour * 60 + minute:
            band = key
    return band


def _band_phrase(key: str) -> str:
    return next(phrase for _h, _m, k, phrase, _hours in TIME_BANDS if k == key)


def _band_hours(key: str) -> str:
    return next(hours for _h, _m, k, _phrase, hours in TIME_BANDS if k == key)


def _category(fact: ObservationFact, by: SummaryBy, tz: tzinfo) -> str | None:
    if by == "setting":
        return fact.setting.strip().lower() or None
    if by == "feeling":
        return (fact.feeling or "").strip().lower() or None
    local = fact.when.astimezone(tz)
    if by == "weekday":
        return WEEKDAYS[local.weekday()]
    if by == "time_of_day":
        return time_band(fact.when, tz)
    return (local.date() - timedelta(days=local.weekday())).isoformat()


# --- exact statistics -------------------------------------------------------


def hypergeometric_upper_tail(total: int, marked: int, drawn: int, at_least: int) -> float:
    """P(X >= at_least) for X ~ Hypergeometric(total, marked, drawn), computed exactly.

    This is the one-sided Fisher exact p-value for a 2 x 2 table with ``total``
    moments, ``marked`` difficult ones and ``drawn`` in the category.
    """
    low = max(0, drawn - (total - marked))
    high = min(drawn, marked)
    start = max(at_least, low)
    if start > high:
        return 0.0
    favourable = sum(
        math.comb(marked, x) * math.comb(total - marked, drawn - x) for x in range(start, high + 1)
    )
    return favourable / math.comb(total, drawn)


def fisher_greater(a: int, b: int, c: int, d: int) -> float:
    """One-sided Fisher exact p-value that ``a`` is larger than chance in [[a, b], [c, d]]."""
    return hypergeometric_upper_tail(a + b + c + d, a + c, a + b, a)


def holm_adjust(p_values: Sequence[float]) -> list[float]:
    """Holm-Bonferroni adjusted p-values (reject where adjusted <= alpha)."""
    m = len(p_values)
    order = sorted(range(m), key=lambda i: p_values[i])
    adjusted = [1.0] * m
    running = 0.0
    for rank, i in enumerate(order):
        running = max(running, min(1.0, (m - rank) * p_values[i]))
        adjusted[i] = running
    return adjusted


# --- wording ----------------------------------------------------------------


def _period(window_days: int) -> str:
    if window_days % 7 == 0:
        weeks = window_days // 7
        return "week" if weeks == 1 else f"{weeks} weeks"
    return "day" if window_days == 1 else f"{window_days} days"


def _times(ratio: float) -> str:
    text = f"{round(ratio)}" if ratio >= 10 else f"{ratio:.1f}".removesuffix(".0")
    return "twice" if text == "2" else f"{text} times"


def _where(dimension: Dimension, category: str, phrases: Mapping[str, str]) -> str:
    if dimension == "setting":
        return phrases.get(category, f"in the {category}")
    if dimension == "weekday":
        return f"on a {category}"
    if dimension == "time_of_day":
        return f"{_band_phrase(category)} ({_band_hours(category)})"
    return f"with the feeling \u201c{category}\u201d noted"


def _opener(dimension: Dimension, category: str, phrases: Mapping[str, str]) -> str:
    if dimension == "weekday":
        return (
            f"I've noticed that {category}s sometimes seem harder for you. "
            f"I wonder what {category}s are like for you?"
        )
    if dimension == "feeling":
        return (
            f"I've noticed that you might sometimes feel {category} when things get hard. "
            f"I wonder what that's like for you. It's OK to feel {category}, "
            "and I'm here to help."
        )
    where = (
        phrases.get(category, f"in the {category}")
        if dimension == "setting"
        else _band_phrase(category)
    )
    return (
        f"I've noticed that things sometimes seem harder for you {where}. "
        f"I wonder what it's like for you {where}?"
    )


# --- finding patterns ---------------------------------------------------------


@dataclass(frozen=True)
class _Comparison:
    dimension: Dimension
    category: str
    a: int
    b: int
    c: int
    d: int
    p_value: float


def _comparisons(facts: Sequence[ObservationFact], tz: tzinfo, alpha: float) -> list[_Comparison]:
    found: list[_Comparison] = []
    for dimension in DIMENSIONS:
        labelled = [
            (category, fact.difficult)
            for fact in facts
            if (category := _category(fact, dimension, tz)) is not None
        ]
        difficult = sum(1 for _category_, hard in labelled if hard)
        calm = len(labelled) - difficult
        if difficult < MIN_DIFFICULT_IN_DIMENSION or calm == 0:
            continue
        hard_counts = Counter(category for category, hard in labelled if hard)
        calm_counts = Counter(category for category, hard in labelled if not hard)
        for category in sorted(set(hard_counts) | set(calm_counts)):
            a, b = hard_counts[category], calm_counts[category]
            size = a + b
            if size < MIN_MOMENTS_IN_CATEGORY:
                continue
            best_possible = hypergeometric_upper_tail(
                len(labelled), difficult, size, min(size, difficult)
            )
            if best_possible > alpha:
                continue
            c, d = difficult - a, calm - b
            found.append(_Comparison(dimension, category, a, b, c, d, fisher_greater(a, b, c, d)))
    return found


def find_patterns(
    facts: Iterable[ObservationFact],
    *,
    now: datetime,
    window_days: int = 42,
    alpha: float = 0.05,
    tz: tzinfo = LONDON,
    setting_phrases: Mapping[str, str] | None = None,
) -> list[Pattern]:
    """Statements supported by the moments logged in the window, strongest first."""
    _require_aware(now, "now")
    if window_days < 1:
        raise ValueError("The window is at least one day.")
    if not 0 < alpha < 1:
        raise ValueError("alpha is between 0 and 1.")
    phrases = {**SETTING_PHRASES, **(setting_phrases or {})}
    start = now - timedelta(days=window_days)
    recent = [fact for fact in facts if start < fact.when <= now]
    comparisons = _comparisons(recent, tz, alpha)
    adjusted = holm_adjust([comparison.p_value for comparison in comparisons])
    period = _period(window_days)
    patterns: list[Pattern] = []
    for comparison, adjusted_p in zip(comparisons, adjusted, strict=True):
        a, b, c, d = comparison.a, comparison.b, comparison.c, comparison.d
        difficult, calm = a + c, b + d
        over_represented = a * calm > b * difficult
        if adjusted_p > alpha or a < MIN_DIFFICULT_IN_CATEGORY or not over_represented:
            continue
        dimension, category = comparison.dimension, comparison.category
        where = _where(dimension, category, phrases)
        calm_part = f"{b} of {calm} calm moments" if b else f"none of the {calm} calm moments"
        if dimension == "feeling":
            statement = (
                f"Over the last {period}, a feeling was noted for {difficult} difficult "
                f"moments and {calm} calm moments: \u201c{category}\u201d was noted for "
                f"{a} of the difficult moments, against {b or 'none'} of the calm moments."
            )
        else:
            statement = (
                f"Over the last {period}, {a} of {difficult} difficult moments were {where}, "
                f"against {calm_part}."
            )
        ratio = (a / difficult) / (b / calm) if b else None
        if dimension == "feeling":
            ratio_statement = (
                f"Difficult moments were about {_times(ratio)} as likely as calm moments "
                f"to have \u201c{category}\u201d noted."
                if ratio is not None
                else f"\u201c{category}\u201d was not noted for any calm moment."
            )
        else:
            ratio_statement = (
                f"Difficult moments were about {_times(ratio)} as likely as calm moments "
                f"to be {where}."
                if ratio is not None
                else f"None of the calm moments logged were {where}."
            )
        method = (
            f"One-sided Fisher's exact test, p = {comparison.p_value:.2g}; Holm-Bonferroni "
            f"across {len(comparisons)} comparisons, adjusted p = {adjusted_p:.2g} "
            f"(stated when at most {alpha:g})."
        )
        patterns.append(
            Pattern(
                statement=statement,
                ratio_statement=ratio_statement,
                dimension=dimension,
                category=category,
                a=a,
                b=b,
                c=c,
                d=d,
                ratio=ratio,
                p_value=comparison.p_value,
                adjusted_p_value=adjusted_p,
                comparisons=len(comparisons),
                method=method,
                opener=_opener(dimension, category, phrases),
            )
        )
    patterns.sort(key=lambda p: (p.adjusted_p_value, -(p.ratio or math.inf)))
    return patterns


# --- chart summaries ------------------------------------------------------------


def summarise(
    facts: Iterable[ObservationFact],
    *,
    by: SummaryBy,
    tz: tzinfo = LONDON,
    now: datetime | None = None,
    window_days: int | None = None,
) -> list[SummaryRow]:
    """Counts per setting, weekday, time band, feeling or week, ready for a chart.

    Weekdays run Monday to Friday (and the weekend when anything was logged then);
    time bands run through the day; weeks start on Monday and every week from the
    first moment to the last is present, empty weeks included. Settings and
    feelings come most frequent first.
    """
    chosen = list(facts)
    if window_days is not None:
        if now is None:
            raise ValueError("A window needs now.")
        _require_aware(now, "now")
        start = now - timedelta(days=window_days)
        chosen = [fact for fact in chosen if start < fact.when <= now]
    groups: dict[str, list[ObservationFact]] = {}
    for fact in chosen:
        key = _category(fact, by, tz)
        if key is not None:
            groups.setdefault(key, []).append(fact)

    if by == "weekday":
        keys = [day for day in WEEKDAYS if day in groups or WEEKDAYS.index(day) < 5]
    elif by == "time_of_day":
        keys = [band for band in BAND_ORDER if band in groups]
    elif by == "week":
        keys = []
        if groups:
            week = date.fromisoformat(min(groups))
            last = date.fromisoformat(max(groups))
            while week <= last:
                keys.append(week.isoformat())
                week += timedelta(days=7)
    else:
        keys = sorted(groups, key=lambda k: (-len(groups[k]), k))

    rows = []
    for key in keys:
        members = groups.get(key, [])
        difficult = [fact for fact in members if fact.difficult]
        rated = [fact.intensity for fact in difficult if fact.intensity is not None]
        rows.append(
            SummaryRow(
                key=key,
                label=_summary_label(by, key),
                moments=len(members),
                difficult=len(difficult),
                calm=len(members) - len(difficult),
                mean_intensity=sum(rated) / len(rated) if rated else None,
                rated=len(rated),
            )
        )
    return rows


def _summary_label(by: SummaryBy, key: str) -> str:
    if by == "week":
        start = date.fromisoformat(key)
        return f"w/c {start.day} {start:%b %Y}"
    if by == "time_of_day":
        return f"{key[0].upper()}{key[1:]} ({_band_hours(key)})"
    if by in ("setting", "feeling"):
        return key[0].upper() + key[1:]
    return key
