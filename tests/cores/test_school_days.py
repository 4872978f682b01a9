"""School days for the child-protection file transfer (KCSIE: 5 school days)."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from harbour.safeguarding.school_days import (
    add_school_days,
    is_school_day,
    school_days_between,
    transfer_alert_due,
    transfer_deadline,
)

FRIDAY = date(2024, 3, 8)
days = st.dates(min_value=date(2020, 1, 1), max_value=date(2030, 12, 31))
holiday_sets = st.frozensets(days, max_size=40)


def test_a_friday_send_is_due_the_next_friday() -> None:
    assert transfer_deadline(FRIDAY) == date(2024, 3, 15)


def test_counting_skips_weekends_and_holidays() -> None:
    assert add_school_days(FRIDAY, 1) == date(2024, 3, 11)  # Monday
    assert add_school_days(FRIDAY, 0) == FRIDAY
    # Sent on the last day before Easter 2024 (Thursday 28 March), two weeks' holiday after it.
    easter = {date(2024, 3, 29) + timedelta(days=i) for i in range(17)}
    assert transfer_deadline(date(2024, 3, 28), easter) == date(2024, 4, 19)
    assert transfer_deadline(date(2024, 3, 9)) == date(2024, 3, 15)  # Saturday send
    with pytest.raises(ValueError):
        add_school_days(FRIDAY, -1)


def test_between_counts_after_a_up_to_b() -> None:
    assert school_days_between(FRIDAY, date(2024, 3, 15)) == 5
    assert school_days_between(FRIDAY, date(2024, 3, 17)) == 5  # the weekend adds nothing
    assert school_days_between(FRIDAY, FRIDAY) == 0
    assert school_days_between(date(2024, 3, 15), FRIDAY) == -5
    assert school_days_between(FRIDAY, date(2024, 3, 15), {date(2024, 3, 12)}) == 4


def test_the_alert_after_a_friday_send() -> None:
    assert not transfer_alert_due(FRIDAY, date(2024, 3, 15), confirmed=False)  # deadline day
    assert transfer_alert_due(FRIDAY, date(2024, 3, 16), confirmed=False)  # the day after
    assert transfer_alert_due(FRIDAY, date(2024, 3, 18), confirmed=False)
    assert not transfer_alert_due(FRIDAY, date(2024, 3, 18), confirmed=True)
    # A training day on Wednesday moves the deadline to Monday.
    inset = {date(2024, 3, 13)}
    assert transfer_deadline(FRIDAY, inset) == date(2024, 3, 18)
    assert not transfer_alert_due(FRIDAY, date(2024, 3, 18), confirmed=False, holidays=inset)


def brute_force_between(a: date, b: date, holidays: frozenset[date]) -> int:
    return sum(is_school_day(a + timedelta(days=i), holidays) for i in range(1, (b - a).days + 1))


@given(days, days, holiday_sets)
def test_between_matches_counting_day_by_day(a: date, b: date, holidays: frozenset[date]) -> None:
    if b >= a:
        assert school_days_between(a, b, holidays) == brute_force_between(a, b, holidays)
    else:
        assert school_days_between(a, b, holidays) == -brute_force_between(b, a, holidays)


@given(days, st.integers(0, 60), holiday_sets)
def test_adding_and_counting_agree(start: date, n: int, holidays: frozenset[date]) -> None:
    end = add_school_days(start, n, holidays=holidays)
    assert school_days_between(start, end, holidays) == n
    if n:
        assert is_school_day(end, holidays)
        assert school_days_between(start, end - timedelta(days=1), holidays) == n - 1


# Moved to that week's Friday rather than filtered: a filter drops 6 days in 7 and can
# trip Hypothesis's health check.
@given(days.map(lambda d: d + timedelta(days=(4 - d.weekday()) % 7)))
def test_every_friday_send_is_due_the_next_friday(friday: date) -> None:
    assert transfer_deadline(friday) == friday + timedelta(days=7)


@given(days, holiday_sets, days)
def test_holidays_only_ever_extend_the_deadline(
    sent: date, holidays: frozenset[date], extra: date
) -> None:
    without = transfer_deadline(sent, holidays)
    with_extra = transfer_deadline(sent, holidays | {extra})
    assert with_extra >= without
    if sent < extra <= without and is_school_day(extra, holidays):
        assert with_extra > without


@given(days, days, holiday_sets)
def test_never_alerts_once_confirmed(sent: date, today: date, holidays: frozenset[date]) -> None:
    assert not transfer_alert_due(sent, today, confirmed=True, holidays=holidays)


@given(days, days, st.integers(0, 400), holiday_sets)
def test_the_alert_is_monotone_in_today(
    sent: date, today: date, later: int, holidays: frozenset[date]
) -> None:
    if transfer_alert_due(sent, today, confirmed=False, holidays=holidays):
        assert transfer_alert_due(sent, today + timedelta(days=later), False, holidays)
    # It fires exactly when more than 5 school days have passed, or the deadline day is over.
    passed = school_days_between(sent, today, holidays)
    due = transfer_alert_due(sent, today, confirmed=False, holidays=holidays)
    if passed > 5:
        assert due
    if passed < 5:
        assert not due
