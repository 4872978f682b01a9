"""Retention for every record type: review dates by each rule, and the per-type summary."""

from __future__ import annotations

import calendar
from datetime import date, timedelta

from hypothesis import given
from hypothesis import strategies as st

from harbour.safeguarding.retention import (
    RULES,
    RetainedRecord,
    anniversary,
    closing_date,
    next_review,
    records_review_date,
    summarise,
)

BIRTH_TYPES = sorted(t for t, rule in RULES.items() if rule.anchor == "birth")
births = st.dates(min_value=date(1920, 1, 1), max_value=date(2030, 12, 31))
leap_days = st.sampled_from([date(y, 2, 29) for y in range(1920, 2031, 4)])
days = st.dates(min_value=date(1990, 1, 1), max_value=date(2060, 12, 31))


def test_each_rule_gives_its_own_date() -> None:
    dob, left = date(2010, 9, 3), date(2027, 7, 20)
    assert records_review_date("support_plan", date_of_birth=dob) == date(2035, 9, 3)
    assert records_review_date("profile", date_of_birth=dob) == date(2035, 9, 3)
    assert records_review_date("ehcp_record", date_of_birth=dob) == date(2041, 9, 3)
    assert records_review_date("childrens_home_case_record", date_of_birth=dob) == date(2085, 9, 3)
    assert records_review_date("observation", date_of_birth=dob, left_on=left) == date(2033, 7, 20)


@given(record_type=st.sampled_from(BIRTH_TYPES), dob=births, left=st.none() | days)
def test_birth_rules_count_from_the_birthday_only(record_type, dob, left) -> None:
    years = RULES[record_type].years
    got = records_review_date(record_type, date_of_birth=dob, left_on=left, last_record_on=left)
    assert got == anniversary(dob, years)
    assert got.year == dob.year + years
    # Never later than the real birthday, and at most a day earlier (29 February).
    assert timedelta(0) <= anniversary(dob, years, leap_day="1 Mar") - got <= timedelta(days=1)


@given(record_type=st.sampled_from(BIRTH_TYPES), dob=leap_days)
def test_29_february_birthdays_are_reviewed_on_28_february_without_a_leap_day(
    record_type, dob
) -> None:
    year = dob.year + RULES[record_type].years
    got = records_review_date(record_type, date_of_birth=dob)
    assert got == (date(year, 2, 29) if calendar.isleap(year) else date(year, 2, 28))


@given(dob=births, last=st.none() | days)
def test_observations_have_no_date_while_the_child_is_still_here(dob, last) -> None:
    assert records_review_date("observation", date_of_birth=dob, last_record_on=last) is None
    assert closing_date(None, last) is None


@given(dob=births, left=days, last=st.none() | days)
def test_observations_are_reviewed_6_years_after_leaving_or_the_last_late_entry(
    dob, left, last
) -> None:
    got = records_review_date("observation", date_of_birth=dob, left_on=left, last_record_on=last)
    assert got is not None
    assert got == anniversary(max(left, last or left), 6)
    # No record is reviewed before 6 full years (28 Feb at the earliest for 29 Feb).
    for start in (left, last):
        if start is not None:
            assert got >= anniversary(start, 6)
            assert got >= start + timedelta(days=6 * 365)


def test_an_observation_left_on_29_february_is_reviewed_on_28_february() -> None:
    dob = date(2010, 5, 1)
    assert records_review_date("observation", date_of_birth=dob, left_on=date(2024, 2, 29)) == (
        date(2030, 2, 28)
    )


records = st.builds(
    RetainedRecord,
    id=st.uuids().map(str),
    record_type=st.just("profile"),
    date_of_birth=births,
    legal_hold=st.booleans(),
    reviewed_on=st.none() | days,
    keep_until=st.none() | days,
)


@given(items=st.lists(records, max_size=12), today=days)
def test_the_summary_lists_what_is_due_and_counts_the_next_12_months(items, today) -> None:
    summary = summarise("profile", items, today)
    assert summary.rule is RULES["profile"]
    due_ids = {item.record.id for item in summary.due}
    horizon = anniversary(today, 1)
    for record in items:
        review_on = next_review(record)
        assert review_on is not None
        reviewed = record.reviewed_on is not None and record.reviewed_on >= review_on
        assert (record.id in due_ids) == (review_on <= today and not reviewed)
    assert summary.coming_up == sum(today < next_review(r) <= horizon for r in items)  # type: ignore[operator]
    assert [i.review_on for i in summary.due] == sorted(i.review_on for i in summary.due)
    assert all(item.held == item.record.legal_hold for item in summary.due)


def test_a_held_record_is_still_listed_for_review() -> None:
    held = RetainedRecord("1", "support_plan", date(1990, 1, 1), legal_hold=True)
    [item] = summarise("support_plan", [held], date(2026, 1, 1)).due
    assert item.held and item.review_on == date(2015, 1, 1)


def test_the_summary_ignores_other_record_types() -> None:
    plan = RetainedRecord("1", "support_plan", date(1990, 1, 1))
    summary = summarise("profile", [plan], date(2026, 1, 1))
    assert summary.due == [] and summary.coming_up == 0
