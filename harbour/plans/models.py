"""Support plans: one per child, every saved change kept as a numbered version, and reviews.

A plan's words live in its versions (`PlanVersion.content`, see `harbour.plans.content`),
never on the plan row, so every version says exactly what the plan said then, who saved it
and when. The plan row holds only what is needed to find and schedule it.
"""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils import timezone
from django_scopes import ScopedManager

from harbour.accounts.models import Membership, Organisation
from harbour.children.models import Child


class Plan(models.Model):
    class Status(models.TextChoices):
        ACTIVE = "active", "Active"
        CLOSED = "closed", "Closed"

    organisation = models.ForeignKey(Organisation, on_delete=models.PROTECT, related_name="+")
    child = models.OneToOneField(Child, on_delete=models.CASCADE, related_name="plan")
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.ACTIVE)
    # Optimistic concurrency: a save names the version it started from.
    current_version = models.PositiveIntegerField(default=1)
    review_interval_days = models.PositiveSmallIntegerField(default=42)
    next_review_on = models.DateField()
    created_at = models.DateTimeField(default=timezone.now)
    updated_at = models.DateTimeField(default=timezone.now)

    objects = ScopedManager(organisation="organisation")

    class Meta:
        indexes = [models.Index(fields=["organisation", "status", "next_review_on"])]

    def __str__(self) -> str:
        return f"Support plan {self.pk}"

    def current(self) -> PlanVersion:
        return PlanVersion.objects.get(
            organisation_id=self.organisation_id, plan=self, number=self.current_version
        )


class PlanVersion(models.Model):
    organisation = models.ForeignKey(Organisation, on_delete=models.PROTECT, related_name="+")
    plan = models.ForeignKey(Plan, on_delete=models.CASCADE, related_name="versions")
    number = models.PositiveIntegerField()
    content = models.JSONField()
    note = models.CharField(max_length=200, blank=True)  # what changed, in a few words
    saved_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    saved_at = models.DateTimeField(default=timezone.now)

    objects = ScopedManager(organisation="organisation")

    class Meta:
        ordering = ["-number"]
        constraints = [models.UniqueConstraint(fields=["plan", "number"], name="plan_version_once")]


class PlanReview(models.Model):
    """A review meeting: progress per goal, what changed, who came, and everyone's views."""

    organisation = models.ForeignKey(Organisation, on_delete=models.PROTECT, related_name="+")
    plan = models.ForeignKey(Plan, on_delete=models.CASCADE, related_name="reviews")
    plan_version = models.PositiveIntegerField()  # the version that was reviewed
    held_on = models.DateField()
    attended = models.TextField(blank=True)
    goal_progress = models.JSONField(default=list)  # [{"goal": str, "rating": 1-4}]
    what_changed = models.TextField(blank=True)
    child_views = models.TextField(blank=True)
    parent_views = models.TextField(blank=True)
    next_review_on = models.DateField()
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    recorded_at = models.DateTimeField(default=timezone.now)

    objects = ScopedManager(organisation="organisation")

    class Meta:
        ordering = ["-held_on", "-id"]


class PlanReminder(models.Model):
    """A review reminder sent to one adult about one plan on one day, so the daily job
    never sends the same reminder twice."""

    organisation = models.ForeignKey(Organisation, on_delete=models.CASCADE, related_name="+")
    plan = models.ForeignKey(Plan, on_delete=models.CASCADE, related_name="reminders")
    membership = models.ForeignKey(Membership, on_delete=models.CASCADE, related_name="+")
    sent_on = models.DateField()

    objects = ScopedManager(organisation="organisation")

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["plan", "membership", "sent_on"], name="plan_reminder_once_a_day"
            )
        ]
