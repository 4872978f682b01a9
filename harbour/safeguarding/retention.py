"""How long records about a child are kept, when they are reviewed, and holds.

Every record type has one rule: a review date counted from the child's date of
birth or from the day the record was closed (the child left the setting). At
the review date a person looks at the record and either keeps it to a new date
or destroys it securely. Nothing here ever destroys anything by itself, and a
legal hold (for example an inquiry, litigation or a subject access request in
progress) blocks destruction whatever the dates say.

Default rules (``RULES``). They are a starting point, not legal advice: each
organisation sets its own in its records-management policy, so callers can pass
their own table.

==========================  =====================  ===========================================
record type                 review at              basis
==========================  =====================  ===========================================
child_protection_file       birth + 25 years       records-management guidance for schools
                                                   (IRMS toolkit): child-protection files are
                                                   kept until the child's date of birth + 25
                                                   years, then reviewed
safeguarding_concern        birth + 25 years       part of the child-protection file
ehcp_record                 birth + 31 years       EHC plans can run to age 25; 6 more years
                                                   for claims (Limitation Act 1980)
support_plan                birth + 25 years       SEN-related support record
profile                     birth + 25 years       SEN-related support record
observation                 closed + 6 years       local policy: day-to-day notes, kept 6 years
                                                   after the child leaves (Limitation Act 1980)
childrens_home_case_record  birth + 75 years       Children's Homes (England) Regulations 2015,
                                                   regulation 37: keep the case record until
                                                   the child's 75th birthday
==========================  =====================  ===========================================

29 February birthdays. In a year without 29 February, the anniversary is taken
as **28 February** for review dates, so a review is never late. English law
counts a leap-day child's birthday in other years from 1 March, so destruction
is never allowed before the **1 March** reading: review early, destroy never
early. For every other date of birth both readings are the same day.

A child's records of one type are reviewed together (``records_review_date``):
birth-anchored types need only the date of birth; observations count from the day
the child left, or from a later entry's date if one was written after that.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from typing import Literal

Anchor = Literal["birth", "closed"]


@dataclass(frozen=True)
class RetentionRule:
    record_type: str
    label: str
    anchor: Anchor  # counted from the date of birth, or from the date the record closed
    years: int
    basis: str


RULES: Mapping[str, RetentionRule] = {
    rule.record_type: rule
    for rule in (
        RetentionRule(
            "child_protection_file",
            "Child-protection file",
            "birth",
            25,
            "Child-protection files are kept until the child's date of birth plus 25 years, "
            "then reviewed (records-management guidance for schools).",
        ),
        RetentionRule(
            "safeguarding_concern",
            "Safeguarding concern",
            "birth",
            25,
            "Safeguarding concerns are part of the child-protection file, so they are kept "
            "for as long as the file: date of birth plus 25 years, then reviewed.",
        ),
        RetentionRule(
            "ehcp_record",
            "Education, health and care plan record",
            "birth",
            31,
            "An EHC plan can last until the young person is 25; 6 more years cover any claim "
            "(Limitation Act 1980): date of birth plus 31 years.",
        ),
        RetentionRule(
            "support_plan",
            "Support plan",
            "birth",
            25,
            "Support plans are part of the child's special educational needs record: date of "
            "birth plus 25 years, then reviewed.",
        ),
        RetentionRule(
            "profile",
            "Skills profile",
            "birth",
            25,
            "Profiles are part of the child's special educational needs record: date of birth "
            "plus 25 years, then reviewed.",
        ),
        RetentionRule(
            "observation",
            "Observation",
            "closed",
            6,
            "Day-to-day observations are kept for 6 years after the child leaves (local policy, "
            "in line with the Limitation Act 1980), then reviewed.",
        ),
        RetentionRule(
            "childrens_home_case_record",
            "Children's home case record",
            "birth",
            75,
            "A children's home keeps the child's case record until their 75th birthday "
            "(Children's Homes (England) Regulations 2015, regulation 37).",
        ),
    )
}


@dataclass(frozen=True)
class RetainedRecord:
    """What retention needs to know about one record."""

    id: str
    record_type: str
    date_of_birth: date
    closed_on: date | None = None  # the day the child left or the record was closed
    legal_hold: bool = False
    hold_reason: str | None = None
    reviewed_on: date | None = None  # the last review
    keep_until: date | None = None  # a review's decision to keep the record longer


@dataclass(frozen=True)
class DueRecord:
    record: RetainedRecord
    review_on: date
    held: bool  # a legal hold: review it, but it cannot be destroyed


def _plain(day: date) -> str:
    return f"{day.day} {day:%B %Y}"


def anniversary(
    start: date, years: int, *, leap_day: Literal["28 Feb", "1 Mar"] = "28 Feb"
) -> date:
    """The same day ``years`` later; 29 February becomes 28 February or 1 March."""
    year = start.year + years
    if not 1 <= year <= 9999:
        raise ValueError(f"{years} years from {_plain(start)} is outside the calendar.")
    try:
        return start.replace(year=year)
    except ValueError:  # 29 February in a year without one
        return date(year, 2, 28) if leap_day == "28 Feb" else date(year, 3, 1)


def _rule(record_type: str, rules: Mapping[str, RetentionRule]) -> RetentionRule:
    try:
        return rules[record_type]
    except KeyError:
        raise ValueError(f"There is no retention rule for {record_type!r}.") from None


def review_date(
    record_type: str,
    *,
    date_of_birth: date,
    closed_on: date | None = None,
    rules: Mapping[str, RetentionRule] = RULES,
) -> date | None:
    """When the record first comes up for review.

    ``None`` when the rule counts from the record's closing and it is still open:
    the retention period has not started yet.
    """
    rule = _rule(record_type, rules)
    if rule.anchor == "birth":
        return anniversary(date_of_birth, rule.years)
    return None if closed_on is None else anniversary(closed_on, rule.years)


def next_review(record: RetainedRecord, rules: Mapping[str, RetentionRule] = RULES) -> date | None:
    """The review date, moved later if a review decided to keep the record longer."""
    first = review_date(
        record.record_type,
        date_of_birth=record.date_of_birth,
        closed_on=record.closed_on,
        rules=rules,
    )
    if first is None:
        return None
    if record.keep_until is not None and record.keep_until > first:
        return record.keep_until
    return first


def _reviewed(record: RetainedRecord, review_on: date) -> bool:
    return record.reviewed_on is not None and record.reviewed_on >= review_on


def due_for_review(
    records: Iterable[RetainedRecord], today: date, rules: Mapping[str, RetentionRule] = RULES
) -> list[DueRecord]:
    """Records whose review date has come and that have not been reviewed since, oldest first."""
    due = []
    for record in records:
        review_on = next_review(record, rules)
        if review_on is not None and review_on <= today and not _reviewed(record, review_on):
            due.append(DueRecord(record, review_on, record.legal_hold))
    due.sort(key=lambda item: (item.review_on, item.record.id))
    return due


def coming_up(
    records: Iterable[RetainedRecord],
    today: date,
    until: date,
    rules: Mapping[str, RetentionRule] = RULES,
) -> list[DueRecord]:
    """Records whose review date falls after today and on or before ``until``, soonest first."""
    upcoming = []
    for record in records:
        review_on = next_review(record, rules)
        if review_on is not None and today < review_on <= until:
            upcoming.append(DueRecord(record, review_on, record.legal_hold))
    upcoming.sort(key=lambda item: (item.review_on, item.record.id))
    return upcoming


def can_destroy(
    record: RetainedRecord, today: date, rules: Mapping[str, RetentionRule] = RULES
) -> tuple[bool, str]:
    """Whether the record may now be destroyed, and the reason in plain words."""
    if record.legal_hold:
        held_for = f" ({record.hold_reason})" if record.hold_reason else ""
        return False, f"A legal hold is in place{held_for}: keep the record while it lasts."
    rule = _rule(record.record_type, rules)
    review_on = next_review(record, rules)
    if review_on is None:
        return False, (
            "The record is still open, so its retention period has not started. " + rule.basis
        )
    earliest = review_on
    if rule.anchor == "birth":
        earliest = max(earliest, anniversary(record.date_of_birth, rule.years, leap_day="1 Mar"))
    if today < earliest:
        return False, f"Keep until {_plain(earliest)}. {rule.basis}"
    if not _reviewed(record, review_on):
        return False, (
            f"The retention period ended on {_plain(review_on)}. A person must review the "
            "record before it is destroyed."
        )
    return True, (
        f"The retention period ended on {_plain(review_on)}, the record was reviewed on "
        f"{_plain(record.reviewed_on or review_on)}, and there is no legal hold: it can be "
        "destroyed securely."
    )


def closing_date(left_on: date | None, last_record_on: date | None = None) -> date | None:
    """When a child's records closed: the day they left, or a later entry's date.

    ``None`` while the child is still in the setting."""
    if left_on is None:
        return None
    return max(left_on, last_record_on) if last_record_on else left_on


def records_review_date(
    record_type: str,
    *,
    date_of_birth: date,
    left_on: date | None = None,
    last_record_on: date | None = None,
    rules: Mapping[str, RetentionRule] = RULES,
) -> date | None:
    """When a child's records of one type come up for review, by that type's rule.

    Counted from the date of birth (support plans, profiles, EHC plan records, case
    records, concerns): ``left_on`` and ``last_record_on`` do not matter. Counted from
    closing (observations): the period starts the day the child left, or on the last
    record's date if it was written later (a late entry gets its full period too). A
    child who has not left has no review date yet: ``None``.
    """
    return review_date(
        record_type,
        date_of_birth=date_of_birth,
        closed_on=closing_date(left_on, last_record_on),
        rules=rules,
    )


@dataclass(frozen=True)
class TypeSummary:
    """One record type in one organisation: what is due now and how many come up soon."""

    rule: RetentionRule
    due: list[DueRecord]
    coming_up: int  # reviews after today and within the next 12 months


def summarise(
    record_type: str,
    records: Iterable[RetainedRecord],
    today: date,
    rules: Mapping[str, RetentionRule] = RULES,
) -> TypeSummary:
    """Due now (oldest first) and the count coming up in the next 12 months."""
    rule = _rule(record_type, rules)
    records = [record for record in records if record.record_type == record_type]
    return TypeSummary(
        rule=rule,
        due=due_for_review(records, today, rules),
        coming_up=len(coming_up(records, today, anniversary(today, 1), rules)),
    )
