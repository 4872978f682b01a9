"""Reading the database into the pure retention and transfer rules."""

from __future__ import annotations

import datetime

from django.db.models import QuerySet

from harbour.children.models import Child
from harbour.safeguarding import retention
from harbour.safeguarding.models import CPTransfer, LegalHold, RetentionReview
from harbour.safeguarding.school_days import transfer_alert_due, transfer_deadline


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
            organisation_id=child.organisation_id,
            child=child,
            record_type="child_protection_file",
        )
        .order_by("-reviewed_on", "-id")
        .first()
    )
    return retention.RetainedRecord(
        id=str(child.pk),
        record_type="child_protection_file",
        date_of_birth=child.date_of_birth,
        closed_on=child.left_on,
        legal_hold=hold is not None,
        hold_reason=hold.reason if hold else None,
        reviewed_on=review.reviewed_on if review else None,
        keep_until=review.keep_until if review else None,
    )


def overdue_transfers(organisation_id: int, today: datetime.date) -> list[CPTransfer]:
    """Files sent more than 5 school days ago whose receipt is not confirmed."""
    pending: QuerySet[CPTransfer] = CPTransfer.objects.filter(
        organisation_id=organisation_id, confirmed_at__isnull=True
    ).select_related("child")
    return [t for t in pending if transfer_alert_due(t.sent_on, today, confirmed=False)]


def deadline(transfer: CPTransfer) -> datetime.date:
    return transfer_deadline(transfer.sent_on)
