"""Safeguarding concerns and the child-protection (CP) file.

A concern belongs to one child and one organisation. What was written is for designated
staff and the lead only: the adult who raised it sees its status, never its content again.
Names of the people who wrote each entry are kept as text beside the link to their
account, so a file imported from another setting keeps its authors.
"""

from __future__ import annotations

import datetime

from django.conf import settings
from django.db import models
from django.utils import timezone
from django_scopes import ScopedManager

from harbour.accounts.models import Membership, Organisation
from harbour.children.models import Child


class Concern(models.Model):
    class Status(models.TextChoices):
        OPEN = "open", "Open"
        CLOSED = "closed", "Closed"

    organisation = models.ForeignKey(Organisation, on_delete=models.PROTECT, related_name="+")
    child = models.ForeignKey(Child, on_delete=models.PROTECT, related_name="concerns")
    raised_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    raised_by_name = models.CharField(max_length=200, blank=True)
    raised_at = models.DateTimeField(default=timezone.now)
    summary = models.CharField(max_length=200)
    details = models.TextField(blank=True)
    observation = models.ForeignKey(
        "observations.Observation",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.OPEN)
    closed_at = models.DateTimeField(null=True, blank=True)
    imported_from = models.CharField(max_length=200, blank=True)  # the sending setting

    objects = ScopedManager(organisation="organisation")

    class Meta:
        ordering = ["-raised_at", "-id"]
        indexes = [models.Index(fields=["organisation", "status"])]

    def __str__(self) -> str:
        return f"Concern {self.pk}"


class ConcernAction(models.Model):
    """A discussion, decision, action or external referral, with its reasons (KCSIE)."""

    class Kind(models.TextChoices):
        DISCUSSION = "discussion", "Discussion"
        DECISION = "decision", "Decision"
        ACTION = "action", "Action taken"
        REFERRAL = "referral", "External referral"
        CLOSED = "closed", "Closed"

    organisation = models.ForeignKey(Organisation, on_delete=models.PROTECT, related_name="+")
    concern = models.ForeignKey(Concern, on_delete=models.CASCADE, related_name="actions")
    kind = models.CharField(max_length=12, choices=Kind.choices)
    text = models.TextField()
    reasons = models.TextField(blank=True)
    referred_to = models.CharField(max_length=200, blank=True)  # e.g. the local MASH
    reference = models.CharField(max_length=100, blank=True)  # their reference number
    by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    by_name = models.CharField(max_length=200, blank=True)
    at = models.DateTimeField(default=timezone.now)

    objects = ScopedManager(organisation="organisation")

    class Meta:
        ordering = ["at", "id"]


class CPTransfer(models.Model):
    """A child-protection file sent to another setting, and whether receipt was confirmed."""

    organisation = models.ForeignKey(Organisation, on_delete=models.PROTECT, related_name="+")
    child = models.ForeignKey(Child, on_delete=models.PROTECT, related_name="cp_transfers")
    sent_on = models.DateField(default=timezone.localdate)
    sent_to = models.CharField(max_length=200)  # the receiving setting, in words
    sent_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    sent_by_name = models.CharField(max_length=200, blank=True)
    token = models.CharField(max_length=64, unique=True)  # in the bundle; names the transfer
    content_hash = models.CharField(max_length=64)
    # When the confirmation was recorded here; `confirmed_on` is the day the receiver
    # confirmed, which for a confirmation received outside Harbour may be earlier.
    confirmed_at = models.DateTimeField(null=True, blank=True)
    confirmed_on = models.DateField(null=True, blank=True)
    confirmed_by_name = models.CharField(max_length=200, blank=True)
    confirmed_by_organisation = models.CharField(max_length=200, blank=True)
    confirmed_how = models.CharField(max_length=200, blank=True)  # e.g. "secure email"
    # Who wrote the confirmation down here, when it came by other means (the sending DSL).
    confirmation_recorded_by_name = models.CharField(max_length=200, blank=True)

    objects = ScopedManager(organisation="organisation")

    class Meta:
        ordering = ["-sent_on", "-id"]

    @property
    def confirmed_day(self) -> datetime.date | None:
        if self.confirmed_on:
            return self.confirmed_on
        return timezone.localdate(self.confirmed_at) if self.confirmed_at else None


class ClosurePeriod(models.Model):
    """Days the setting is closed (holidays, bank holidays, training days), first and last
    day included. They are not school days, so the 5 school days to confirm receipt of a
    CP file do not run through half-term (see `school_days`)."""

    organisation = models.ForeignKey(Organisation, on_delete=models.CASCADE, related_name="+")
    start = models.DateField()
    end = models.DateField()
    label = models.CharField(max_length=100)

    objects = ScopedManager(organisation="organisation")

    class Meta:
        ordering = ["start", "end", "id"]
        indexes = [models.Index(fields=["organisation", "end"])]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(end__gte=models.F("start")), name="closure_ends_after_start"
            )
        ]

    def __str__(self) -> str:
        return f"{self.label} ({self.start} to {self.end})"


class CPImport(models.Model):
    """A child-protection file received from another setting and imported here."""

    organisation = models.ForeignKey(Organisation, on_delete=models.PROTECT, related_name="+")
    child = models.ForeignKey(Child, on_delete=models.PROTECT, related_name="cp_imports")
    token = models.CharField(max_length=64)
    content_hash = models.CharField(max_length=64)
    sender_name = models.CharField(max_length=200)
    imported_at = models.DateTimeField(default=timezone.now)
    imported_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    confirmed_at = models.DateTimeField(null=True, blank=True)

    objects = ScopedManager(organisation="organisation")

    class Meta:
        ordering = ["-imported_at", "-id"]
        constraints = [
            models.UniqueConstraint(fields=["organisation", "token"], name="cp_import_once")
        ]


class LegalHold(models.Model):
    """Blocks destruction of a child's records (inquiry, litigation, subject access)."""

    organisation = models.ForeignKey(Organisation, on_delete=models.PROTECT, related_name="+")
    child = models.ForeignKey(Child, on_delete=models.PROTECT, related_name="legal_holds")
    reason = models.CharField(max_length=200)
    placed_at = models.DateTimeField(default=timezone.now)
    lifted_at = models.DateTimeField(null=True, blank=True)
    lift_reason = models.CharField(max_length=200, blank=True)

    objects = ScopedManager(organisation="organisation")


class RetentionReview(models.Model):
    """A person looked at a record at its review date: keep it longer, or destroy it."""

    organisation = models.ForeignKey(Organisation, on_delete=models.PROTECT, related_name="+")
    child = models.ForeignKey(Child, on_delete=models.PROTECT, related_name="retention_reviews")
    record_type = models.CharField(max_length=40)
    reviewed_on = models.DateField(default=timezone.localdate)
    keep_until = models.DateField(null=True, blank=True)
    reviewed_by_name = models.CharField(max_length=200, blank=True)

    objects = ScopedManager(organisation="organisation")

    class Meta:
        ordering = ["-reviewed_on", "-id"]


class DestructionLog(models.Model):
    """What was destroyed, when and why; no content, so the log itself is not a copy."""

    organisation = models.ForeignKey(Organisation, on_delete=models.PROTECT, related_name="+")
    record_type = models.CharField(max_length=40)
    record_ref = models.CharField(max_length=60)  # e.g. "child 12: 3 concerns"
    destroyed_at = models.DateTimeField(default=timezone.now)
    reason = models.TextField()

    objects = ScopedManager(organisation="organisation")


class SafeguardingReminder(models.Model):
    """A daily reminder email sent to one designated member, so a rerun sends nothing new."""

    organisation = models.ForeignKey(Organisation, on_delete=models.CASCADE, related_name="+")
    membership = models.ForeignKey(Membership, on_delete=models.CASCADE, related_name="+")
    sent_on = models.DateField()

    objects = ScopedManager(organisation="organisation")

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["membership", "sent_on"], name="safeguarding_reminder_once_a_day"
            )
        ]
