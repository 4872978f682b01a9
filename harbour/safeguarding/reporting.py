"""Reading the database into the pure retention and transfer rules."""

from __future__ import annotations

import datetime
from collections.abc import Collection
from dataclasses import dataclass

from django.db.models import Max
from django.utils import timezone

from harbour.accounts.models import Organisation
from harbour.children.models import Child
from harbour.observations.models import ObservationChild
from harbour.plans.models import Plan
from harbour.profiles.models import Profile
from harbour.safeguarding import retention
from harbour.safeguarding.models import (
    ClosurePeriod,
    Concern,
    CPTransfer,
    LegalHold,
    RetentionReview,
)
from harbour.safeguarding.school_days import transfer_alert_due, transfer_deadline

CP_FILE = "child_protection_file"
# Concerns are the CP file's contents: they are reviewed (and destroyed) with it.
REVIEWED_WITH_CP_FILE = "safeguarding_concern"
CASE_RECORD = "childrens_home_case_record"
# Every other record type in `retention.RULES`, in the order the report lists them.
OTHER_TYPES = ("support_plan", "profile", "observation", "ehcp_record", CASE_RECORD)


def _cp_record(
    child: Child, hold: LegalHold | None, review: RetentionReview | None
) -> retention.RetainedRecord:
    return retention.RetainedRecord(
        id=str(child.pk),
        record_type=CP_FILE,
        date_of_birth=child.date_of_birth,
        closed_on=child.left_on,
        legal_hold=hold is not None,
        hold_reason=hold.reason if hold else None,
        reviewed_on=review.reviewed_on if review else None,
        keep_until=review.keep_until if review else None,
    )


def retained_cp_file(child: Child) -> retention.RetainedRecord:
    hold = (
        LegalHold.objects.filter(
            organisation_id=child.organisation_id, child=child, lifted_at__isnull=True
        )
        .order_by("-placed_at")
        .first()
    )
    review = (
        RetentionReview.objects.filter(
            organisation_id=child.organisation_id, child=child, record_type=CP_FILE
        )
        .order_by("-reviewed_on", "-id")
        .first()
    )
    return _cp_record(child, hold, review)


def retained_cp_files(organisation_id: int) -> list[tuple[Child, retention.RetainedRecord]]:
    """Every child with a CP file (at least one concern) and its retention record.

    Three queries whatever the number of files: the children, their active holds and their
    reviews; the latest hold and review of each child win, as in `retained_cp_file`.
    """
    with_files = Concern.objects.filter(organisation_id=organisation_id).values("child_id")
    children = list(Child.objects.filter(organisation_id=organisation_id, pk__in=with_files))
    holds: dict[int, LegalHold] = {}
    for hold in LegalHold.objects.filter(
        organisation_id=organisation_id, lifted_at__isnull=True
    ).order_by("placed_at", "id"):
        holds[hold.child_id] = hold
    reviews: dict[int, RetentionReview] = {}
    for review in RetentionReview.objects.filter(
        organisation_id=organisation_id, record_type=CP_FILE
    ).order_by("reviewed_on", "id"):
        reviews[review.child_id] = review
    return [(c, _cp_record(c, holds.get(c.pk), reviews.get(c.pk))) for c in children]


@dataclass(frozen=True)
class TypeReport:
    """One record type's retention in one organisation (see `retention_by_type`)."""

    record_type: str
    summary: retention.TypeSummary
    # Set when the organisation keeps no records of this type in Harbour, and why.
    not_kept: str = ""


# (child id, date of birth, left on, last record's date or None)
_Facts = tuple[int, datetime.date, datetime.date | None, datetime.date | None]


def _facts(organisation: Organisation, record_type: str) -> list[_Facts] | str:
    """The facts each type's rule needs, one query per type; a string when the
    organisation keeps no records of the type in Harbour."""
    org_id = organisation.pk
    children = Child.objects.filter(organisation_id=org_id)
    fields = ("pk", "date_of_birth", "left_on")
    if record_type == "support_plan":
        plans = Plan.objects.filter(organisation_id=org_id).values("child_id")
        return [(*row, None) for row in children.filter(pk__in=plans).values_list(*fields)]
    if record_type == "profile":
        profiles = Profile.objects.filter(organisation_id=org_id).values("child_id")
        return [(*row, None) for row in children.filter(pk__in=profiles).values_list(*fields)]
    if record_type == "observation":
        rows = (
            ObservationChild.objects.filter(organisation_id=org_id)
            .values("child_id")
            .annotate(last=Max("observation__occurred_at"))
            .values_list("child_id", "child__date_of_birth", "child__left_on", "last")
        )
        return [(pk, dob, left, timezone.localdate(last)) for pk, dob, left, last in rows]
    if record_type == CASE_RECORD:
        if organisation.kind != Organisation.Kind.CHILDRENS_HOME:
            return "Children's homes only."
        return [(*row, None) for row in children.values_list(*fields)]
    if record_type == "ehcp_record":
        return "Harbour does not hold EHC plan records."
    raise ValueError(f"There is no report for {record_type!r}.")


def retention_by_type(organisation: Organisation, today: datetime.date) -> list[TypeReport]:
    """For each record type other than the CP file: the children whose records of that
    type are due for review now, and how many come up in the next 12 months.

    A bounded number of queries whatever the number of children: active holds, reviews,
    and one per record type. A legal hold covers all of a child's records. In a
    children's home everything about the child is part of the case record, so no other
    type comes up for review before the child's 75th birthday (regulation 37).
    """
    org_id = organisation.pk
    holds: dict[int, LegalHold] = {}
    for hold in LegalHold.objects.filter(organisation_id=org_id, lifted_at__isnull=True).order_by(
        "placed_at", "id"
    ):
        holds[hold.child_id] = hold
    reviews: dict[tuple[int, str], RetentionReview] = {}
    for review in RetentionReview.objects.filter(
        organisation_id=org_id, record_type__in=OTHER_TYPES
    ).order_by("reviewed_on", "id"):
        reviews[review.child_id, review.record_type] = review
    children_home = organisation.kind == Organisation.Kind.CHILDRENS_HOME
    reports = []
    for record_type in OTHER_TYPES:
        facts = _facts(organisation, record_type)
        if isinstance(facts, str):
            empty = retention.summarise(record_type, [], today)
            reports.append(TypeReport(record_type, empty, not_kept=facts))
            continue
        records = []
        for child_id, dob, left_on, last_on in facts:
            hold = holds.get(child_id)
            review = reviews.get((child_id, record_type))
            keep_until = review.keep_until if review else None
            if children_home and record_type != CASE_RECORD:
                case_record = retention.review_date(CASE_RECORD, date_of_birth=dob)
                keep_until = max(filter(None, (keep_until, case_record)))
            records.append(
                retention.RetainedRecord(
                    id=str(child_id),
                    record_type=record_type,
                    date_of_birth=dob,
                    closed_on=retention.closing_date(left_on, last_on),
                    legal_hold=hold is not None,
                    hold_reason=hold.reason if hold else None,
                    reviewed_on=review.reviewed_on if review else None,
                    keep_until=keep_until,
                )
            )
        reports.append(TypeReport(record_type, retention.summarise(record_type, records, today)))
    return reports


def closure_days(organisation_id: int, since: datetime.date) -> frozenset[datetime.date]:
    """Every day from `since` on that falls in one of the organisation's closure periods
    (one query; a period is at most a year long, see `services.closure_period_add`)."""
    days: set[datetime.date] = set()
    periods = ClosurePeriod.objects.filter(organisation_id=organisation_id, end__gte=since)
    for start, end in periods.values_list("start", "end"):
        day = max(start, since)
        while day <= end:
            days.add(day)
            day += datetime.timedelta(days=1)
    return frozenset(days)


def overdue_transfers(organisation_id: int, today: datetime.date) -> list[CPTransfer]:
    """Files sent more than 5 school days ago whose receipt is not confirmed. Days the
    setting is closed are not school days."""
    pending: list[CPTransfer] = list(
        CPTransfer.objects.filter(
            organisation_id=organisation_id, confirmed_at__isnull=True
        ).select_related("child")
    )
    if not pending:
        return []
    closed = closure_days(organisation_id, min(t.sent_on for t in pending))
    return [t for t in pending if transfer_alert_due(t.sent_on, today, False, closed)]


def deadline(
    transfer: CPTransfer, closed: Collection[datetime.date] | None = None
) -> datetime.date:
    """The last school day for confirmation of receipt (`closed`: the organisation's
    closure days from the day it was sent, when the caller has read them)."""
    if closed is None:
        closed = closure_days(transfer.organisation_id, transfer.sent_on)
    return transfer_deadline(transfer.sent_on, closed)
