"""What designated staff and the lead need to act on first: open concerns, overdue
referrals and CP files sent without confirmation of receipt after 5 school days.

Counts and dates only; the home page links to the audited pages for the rest.
"""

from __future__ import annotations

import datetime
from typing import Any

from harbour.pathways.models import Referral
from harbour.safeguarding.models import Concern
from harbour.safeguarding.reporting import overdue_transfers


def overdue_referrals(organisation_id: int, today: datetime.date) -> list[Referral]:
    return list(
        Referral.objects.filter(
            organisation_id=organisation_id, status__in=Referral.WAITING, due_by__lt=today
        )
        .select_related("child", "service")
        .order_by("due_by")[:50]
    )


def safeguarding_reminders(organisation_id: int, today: datetime.date) -> dict[str, Any]:
    return {
        "open_concerns": Concern.objects.filter(
            organisation_id=organisation_id, status=Concern.Status.OPEN
        ).count(),
        "overdue_referrals": overdue_referrals(organisation_id, today),
        "overdue_transfers": overdue_transfers(organisation_id, today),
    }
