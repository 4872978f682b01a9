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


REMINDER_SUBJECT = "Harbour: safeguarding items are waiting"


def send_safeguarding_reminders(*, today: datetime.date | None = None, link_base: str = "") -> int:
    """Email each designated member once a day when referrals or transfers are overdue.

    The email says how many items are waiting and links to Harbour; it never names a child or
    describes a concern, because email is read on shared screens and forwarded.
    """
    from django.conf import settings
    from django.core.mail import send_mail
    from django.urls import reverse
    from django.utils import timezone
    from django_scopes import scopes_disabled

    from harbour.accounts.models import Organisation
    from harbour.notifications.services import designated_recipients
    from harbour.safeguarding.models import SafeguardingReminder

    today = today or timezone.localdate()
    sent = 0
    with scopes_disabled():
        for organisation in Organisation.objects.all():
            waiting = safeguarding_reminders(organisation.pk, today)
            referrals, transfers = (
                len(waiting["overdue_referrals"]),
                len(waiting["overdue_transfers"]),
            )
            if not referrals and not transfers:
                continue
            already = set(
                SafeguardingReminder.objects.filter(
                    organisation=organisation, sent_on=today
                ).values_list("membership_id", flat=True)
            )
            for member in designated_recipients(organisation):
                if member.pk in already or not member.user.email:
                    continue
                body = (
                    f"In {organisation.name}, {referrals} referral(s) are past their timescale "
                    f"and {transfers} child-protection file(s) have no confirmation of receipt "
                    "after 5 school days.\n\nOpen Harbour to see them: "
                    f"{link_base}{reverse('core:home')}\n"
                )
                send_mail(REMINDER_SUBJECT, body, settings.DEFAULT_FROM_EMAIL, [member.user.email])
                SafeguardingReminder.objects.create(
                    organisation=organisation, membership=member, sent_on=today
                )
                sent += 1
    return sent
