"""Levels of need (I-THRIVE groupings), the local services directory and referrals.

`NeedDecision` rows are never changed: each decision is a new row, so the history of a
child's level of support, and the suggestion each decision was made against, is kept.
"""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils import timezone
from django_scopes import ScopedManager

from harbour.accounts.models import Organisation
from harbour.children.models import Child
from harbour.pathways.grouping import GROUPINGS, LABELS

GROUPING_CHOICES = [(slug, LABELS[slug]) for slug in GROUPINGS]


class NeedDecision(models.Model):
    organisation = models.ForeignKey(Organisation, on_delete=models.PROTECT, related_name="+")
    child = models.ForeignKey(Child, on_delete=models.CASCADE, related_name="need_decisions")
    grouping = models.CharField(max_length=30, choices=GROUPING_CHOICES)
    rationale = models.TextField()
    suggested_grouping = models.CharField(max_length=30, choices=GROUPING_CHOICES, blank=True)
    suggested_reasons = models.JSONField(default=list, blank=True)  # the suggestion's words
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    decided_by_name = models.CharField(max_length=200, blank=True)
    decided_at = models.DateTimeField(default=timezone.now)

    objects = ScopedManager(organisation="organisation")

    class Meta:
        ordering = ["-decided_at", "-id"]
        indexes = [models.Index(fields=["organisation", "child", "-decided_at"])]


class Service(models.Model):
    """A local service in the organisation's directory (seeded from the guidance)."""

    organisation = models.ForeignKey(Organisation, on_delete=models.CASCADE, related_name="+")
    guidance_id = models.CharField(max_length=120, blank=True)  # the guidance item it came from
    name = models.CharField(max_length=200)
    offers = models.TextField(blank=True)
    groupings = models.JSONField(default=list, blank=True)  # grouping slugs
    how_to_refer = models.TextField(blank=True)
    contact = models.TextField(blank=True)
    website = models.URLField(blank=True)
    locality = models.CharField(max_length=120, blank=True)
    timescale_days = models.PositiveSmallIntegerField(
        default=20, help_text="Days to expect a reply to a referral."
    )
    is_active = models.BooleanField(default=True)

    objects = ScopedManager(organisation="organisation")

    class Meta:
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name

    @property
    def grouping_labels(self) -> list[str]:
        return [LABELS[g] for g in self.groupings if g in LABELS]


class Referral(models.Model):
    class Status(models.TextChoices):
        SENT = "sent", "Sent"
        ACKNOWLEDGED = "acknowledged", "Acknowledged"
        ACCEPTED = "accepted", "Accepted"
        DECLINED = "declined", "Declined"
        CLOSED = "closed", "Closed"

    # Waiting for the service to decide: overdue once past its timescale.
    WAITING = (Status.SENT, Status.ACKNOWLEDGED)
    FINISHED = (Status.DECLINED, Status.CLOSED)

    organisation = models.ForeignKey(Organisation, on_delete=models.PROTECT, related_name="+")
    child = models.ForeignKey(Child, on_delete=models.CASCADE, related_name="referrals")
    service = models.ForeignKey(Service, on_delete=models.PROTECT, related_name="referrals")
    sent_on = models.DateField(default=timezone.localdate)
    due_by = models.DateField()
    by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    by_name = models.CharField(max_length=200, blank=True)
    reason = models.TextField(blank=True)
    status = models.CharField(max_length=15, choices=Status.choices, default=Status.SENT)
    outcome = models.TextField(blank=True)
    updated_at = models.DateTimeField(default=timezone.now)

    objects = ScopedManager(organisation="organisation")

    class Meta:
        ordering = ["-sent_on", "-id"]

    def is_overdue(self, today: object) -> bool:
        return self.status in self.WAITING and self.due_by < today  # type: ignore[operator]


class ReferralUpdate(models.Model):
    """The status history of a referral."""

    organisation = models.ForeignKey(Organisation, on_delete=models.PROTECT, related_name="+")
    referral = models.ForeignKey(Referral, on_delete=models.CASCADE, related_name="updates")
    status = models.CharField(max_length=15, choices=Referral.Status.choices)
    note = models.TextField(blank=True)
    by_name = models.CharField(max_length=200, blank=True)
    at = models.DateTimeField(default=timezone.now)

    objects = ScopedManager(organisation="organisation")

    class Meta:
        ordering = ["at", "id"]
