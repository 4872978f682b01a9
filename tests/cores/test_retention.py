"""Retention: review dates, due lists, destruction with holds, awkward birthdays."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from harbour.safeguarding.retention import (
    RULES,
    RetainedRecord,
    RetentionRule,
    anniversary,
    can_destroy,
    coming_up,
    due_for_review,
    next_review,
    review_date,
)

CP = "child_protection_file"


def cp_file(dob: date, id: str = "cp-1", **kw: object) -> RetainedRecord:
    return RetainedRecord(id=id, record_type=CP, date_of_birth=dob, **kw)  # type: ignore[arg-type]


def test_child_protection_file_is_reviewed_at_25() -> None:
    assert review_date(CP, date_of_birth=date(2010, 9, 3)) == date(2035, 9, 3)


def test_leap_day_birthdays_review_on_28_february() -> None:
    assert review_date(CP, date_of_birth=date(2008, 2, 29)) == date(2033, 2, 28)
    # 2008 + 76 = 2084 is a leap year: the real 29 February.
    assert anniversary(date(2008, 2, 29), 76) == date(2084, 2, 29)
    assert anniversary(date(2008, 2, 29), 25, leap_day="1 Mar") == date(2033, 3, 1)


def test_rules_counted_from_leaving_wait_until_the_record_closes() -> None:
    assert review_date("observation", date_of_birth=date(2012, 1, 1)) is None
    assert review_date(
        "observation", date_of_birth=date(2012, 1, 1), closed_on=date(2024, 7, 19)
    ) == date(2030, 7, 19)
    record = RetainedRecord("o-1", "observation", date(2012, 1, 1))
    assert due_for_review([record], date(2099, 1, 1)) == []
    allowed, reason = can_destroy(record, date(2099, 1, 1))
    assert not allowed and reason.startswith("The record is still open")


def test_other_record_types_have_rules_with_a_basis() -> None:
    assert review_date("ehcp_record", date_of_birth=date(2010, 5, 1)) == date(2041, 5, 1)
    assert review_date("childrens_home_case_record", date_of_birth=date(2010, 5, 1)) == date(
        2085, 5, 1
    )
    assert all(rule.basis and rule.years > 0 for rule in RULES.values())
    with pytest.raises(ValueError, match="no retention rule"):
        review_date("unknown", date_of_birth=date(2010, 5, 1))


def test_rules_are_configurable() -> None:
    local = {CP: RetentionRule(CP, "CP file", "birth", 30, "Our trust keeps them to 30.")}
    assert review_date(CP, date_of_birth=date(2010, 5, 1), rules=local) == date(2040, 5, 1)


def test_due_for_review_lists_oldest_first_and_skips_reviewed_ones() -> None:
    today = date(2034, 1, 1)
    older = cp_file(date(2000, 6, 1), id="a")
    newer = cp_file(date(2010, 6, 1), id="b")
    reviewed = cp_file(date(2001, 6, 1), id="c", reviewed_on=date(2026, 6, 1))
    kept = cp_file(
        date(2001, 6, 1), id="d", reviewed_on=date(2026, 6, 1), keep_until=date(2033, 1, 1)
    )
    held = cp_file(date(2002, 6, 1), id="e", legal_hold=True)
    due = due_for_review([newer, reviewed, kept, held, older], today)
    assert [item.record.id for item in due] == ["a", "e", "d"]
    assert [item.review_on for item in due] == [
        date(2025, 6, 1),
        date(2027, 6, 1),
        date(2033, 1, 1),
    ]
    assert [item.held for item in due] == [False, True, False]


def test_destruction_needs_the_date_a_review_and_no_hold() -> None:
    record = cp_file(date(2000, 6, 1))
    allowed, reason = can_destroy(record, date(2025, 5, 31))
    assert not allowed and reason.startswith("Keep until 1 June 2025.")
    allowed, reason = can_destroy(record, date(2025, 6, 1))
    assert not allowed and "A person must review the record" in reason
    reviewed = replace(record, reviewed_on=date(2025, 6, 2))
    allowed, reason = can_destroy(reviewed, date(2025, 6, 2))
    assert allowed and "destroyed securely" in reason
    allowed, reason = can_destroy(
        replace(reviewed, legal_hold=True, hold_reason="inquiry"), date(2090, 1, 1)
    )
    assert (
        not allowed
        and reason == "A legal hold is in place (inquiry): keep the record while it lasts."
    )


def test_a_review_can_keep_the_record_longer() -> None:
    record = cp_file(date(2000, 6, 1), reviewed_on=date(2025, 6, 3), keep_until=date(2030, 1, 1))
    assert next_review(record) == date(2030, 1, 1)
    assert not can_destroy(record, date(2029, 12, 31))[0]
    assert not can_destroy(record, date(2030, 1, 2))[0]  # needs a fresh review
    assert can_destroy(replace(record, reviewed_on=date(2030, 1, 2)), date(2030, 1, 2))[0]


def test_leap_day_child_is_never_destroyed_before_1_march() -> None:
    record = cp_file(date(2008, 2, 29), reviewed_on=date(2033, 2, 28))
    assert due_for_review([replace(record, reviewed_on=None)], date(2033, 2, 28))
    allowed, reason = can_destroy(record, date(2033, 2, 28))
    assert not allowed and reason.startswith("Keep until 1 March 2033.")
    assert can_destroy(record, date(2033, 3, 1))[0]


def test_dates_beyond_the_calendar_are_refused() -> None:
    with pytest.raises(ValueError, match="outside the calendar"):
        review_date(CP, date_of_birth=date(9990, 1, 1))


births = st.dates(min_value=date(1900, 1, 1), max_value=date(2100, 12, 31))
awkward = st.sampled_from(
    [
        date(2000, 2, 29),
        date(2004, 2, 29),
        date(1904, 2, 29),
        date(2011, 12, 31),
        date(2012, 1, 1),
        date(1900, 1, 1),
    ]
)
birth_rule_types = sorted(t for t, rule in RULES.items() if rule.anchor == "birth")


def birthday(dob: date, years: int) -> tuple[date, date]:
    """The earliest and latest reading of the child's birthday ``years`` on."""
    year = dob.year + years
    if (dob.month, dob.day) == (2, 29) and not (year % 4 == 0 and (year % 100 or year % 400 == 0)):
        return date(year, 2, 28), date(year, 3, 1)
    return dob.replace(year=year), dob.replace(year=year)


@given(births | awkward, st.sampled_from(birth_rule_types))
def test_review_is_on_the_birthday_and_never_before_it(dob: date, record_type: str) -> None:
    years = RULES[record_type].years
    review = review_date(record_type, date_of_birth=dob)
    assert review is not None
    earliest, latest = birthday(dob, years)
    assert review == earliest  # 28 February for leap-day children in other years
    assert earliest <= review <= latest
    record = RetainedRecord("r", record_type, dob)
    assert due_for_review([record], review - timedelta(days=1)) == []
    assert [item.review_on for item in due_for_review([record], review)] == [review]


@given(births | awkward, st.integers(-400, 40_000), st.booleans(), st.booleans())
def test_nothing_is_destroyable_early_or_under_a_hold(
    dob: date, offset: int, reviewed: bool, hold: bool
) -> None:
    _earliest, latest = birthday(dob, 25)
    today = dob + timedelta(days=offset)
    record = cp_file(dob, reviewed_on=today if reviewed else None, legal_hold=hold)
    allowed, reason = can_destroy(record, today)
    assert reason
    if allowed:
        assert today >= latest and reviewed and not hold
    if reviewed and not hold and today >= latest:
        assert allowed


@given(births, st.integers(0, 40_000), st.integers(0, 400))
def test_once_destroyable_it_stays_destroyable(dob: date, offset: int, later: int) -> None:
    review = review_date(CP, date_of_birth=dob)
    assert review is not None
    record = cp_file(dob, reviewed_on=review + timedelta(days=1))
    today = dob + timedelta(days=offset)
    if can_destroy(record, today)[0]:
        assert can_destroy(record, today + timedelta(days=later))[0]


def test_coming_up_lists_reviews_after_today_up_to_a_date_soonest_first() -> None:
    today = date(2030, 1, 1)
    due_now = cp_file(date(2004, 12, 31), id="now")  # review 31 Dec 2029: due, not coming up
    soon = cp_file(date(2005, 3, 1), id="soon")
    later = cp_file(date(2005, 1, 2), id="later", keep_until=date(2030, 12, 31))
    too_far = cp_file(date(2006, 1, 2), id="far")
    found = coming_up([due_now, soon, later, too_far], today, date(2030, 12, 31))
    assert [(item.record.id, item.review_on) for item in found] == [
        ("soon", date(2030, 3, 1)),
        ("later", date(2030, 12, 31)),  # a review's keep-until date moves the next review
    ]
