"""Sending notifications: rows for the header's count, and a content-free email."""

from __future__ import annotations

import logging

from django.conf import settings
from django.core.mail import send_mail
from django.db import transaction
from django.utils import timezone

from harbour.accounts.models import Membership, Organisation
from harbour.accounts.roles import Role
from harbour.notifications.models import TEXTS, Kind, Notification

logger = logging.getLogger(__name__)

SUBJECTS = {
    Kind.SAFEGUARDING_CONCERN: "Harbour: a safeguarding concern has been raised",
    Kind.WANTS_TO_TALK: "Harbour: someone would like to talk with you",
}


def designated_recipients(organisation: Organisation) -> list[Membership]:
    """The designated staff; the lead when a setting has none, so a concern never goes nowhere."""
    active = Membership.objects.active().filter(organisation_id=organisation.pk)
    designated = list(active.filter(role=Role.DESIGNATED).select_related("user"))
    return designated or list(active.filter(role=Role.LEAD).select_related("user"))


def notify_designated(
    *, organisation: Organisation, kind: str, url: str, link_base: str = ""
) -> list[Notification]:
    """Notify every designated member, in Harbour and by email (sent once the change commits).

    `url` is a path such as /observations/12/; `link_base` (scheme and host) makes the
    email's link absolute when known.
    """
    text = TEXTS[Kind(kind)]
    recipients = designated_recipients(organisation)
    now = timezone.now()
    notes = Notification.objects.bulk_create(
        [
            Notification(organisation=organisation, recipient=m, kind=kind, url=url, created_at=now)
            for m in recipients
        ]
    )
    emails = [m.user.email for m in recipients if m.user.email]
    if emails:
        body = f"{text}\n\n{link_base}{url}\n\nYou are receiving this because you are designated staff at {organisation.name}."
        transaction.on_commit(lambda: _send(SUBJECTS[Kind(kind)], body, emails))
    return notes


def notify_members(
    *, organisation: Organisation, recipients: list[Membership], kind: str, url: str
) -> list[Notification]:
    """Notify chosen members (e.g. a child's key adults), in Harbour and by email."""
    text = TEXTS[Kind(kind)]
    now = timezone.now()
    notes = Notification.objects.bulk_create(
        [
            Notification(organisation=organisation, recipient=m, kind=kind, url=url, created_at=now)
            for m in recipients
        ]
    )
    emails = [m.user.email for m in recipients if m.user.email]
    if emails:
        body = f"{text}\n\nYou are receiving this from Harbour at {organisation.name}."
        transaction.on_commit(lambda: _send(SUBJECTS[Kind(kind)], body, emails))
    return notes


def _send(subject: str, body: str, emails: list[str]) -> None:
    # The notification in Harbour is already saved; a mail server being down must not turn
    # the adult's log into an error page, but it must not pass unnoticed either.
    try:
        send_mail(subject, body, settings.DEFAULT_FROM_EMAIL, emails)
    except Exception:
        logger.exception("Could not email a notification.")


def notifications_mark_read(*, membership: Membership) -> int:
    """Mark every unread notification of this person in this organisation as read."""
    return Notification.objects.filter(
        organisation_id=membership.organisation_id, recipient=membership, read_at__isnull=True
    ).update(read_at=timezone.now())


def unread_count(membership: Membership | None) -> int:
    if membership is None:
        return 0
    return Notification.objects.filter(
        organisation_id=membership.organisation_id, recipient=membership, read_at__isnull=True
    ).count()
