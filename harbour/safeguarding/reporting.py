"""Reading the database into the pure retention and transfer rules."""

from __future__ import annotations

import datetime
from collections.abc import Collection

from harbour.children.models import Child
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
