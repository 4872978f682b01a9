"""Notifications: a nudge to open Harbour, never the content itself.

A notification has no free text. Its words come from `kind` (see `TEXTS`), so it cannot
carry a child's name or what was written about them, whoever creates it: a phone's lock
screen or a shared inbox shows only that something is waiting.
"""

from __future__ import annotations

from django.db import models
from django.utils import timezone
from django_scopes import ScopedManager

from harbour.accounts.models import Membership, Organisation


class Kind(models.TextChoices):
    SAFEGUARDING_CONCERN = "safeguarding.concern", "Safeguarding concern"
    WANTS_TO_TALK = "checkin.wants_to_talk", "A child would like to talk"


# The only words a notification (and its email) can say.
TEXTS = {
    Kind.SAFEGUARDING_CONCERN: ("A safeguarding concern has been raised. Open Harbour to see it."),
    # Name-free on purpose: a lock screen must not say which child.
    Kind.WANTS_TO_TALK: (
        "Someone in your group would like to talk with you. Open Harbour to see who."
    ),
}


class Notification(models.Model):
    organisation = models.ForeignKey(Organisation, on_delete=models.CASCADE, related_name="+")
    recipient = models.ForeignKey(
        Membership, on_delete=models.CASCADE, related_name="notifications"
    )
    kind = models.CharField(max_length=40, choices=Kind.choices)
    url = models.CharField(max_length=200)  # a path inside Harbour, with ids only
    created_at = models.DateTimeField(default=timezone.now)
    read_at = models.DateTimeField(null=True, blank=True)

    objects = ScopedManager(organisation="organisation")

    class Meta:
        ordering = ["-created_at", "-id"]
        indexes = [models.Index(fields=["recipient", "read_at"])]

    @property
    def text(self) -> str:
        return TEXTS[Kind(self.kind)]
