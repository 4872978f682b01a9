"""Supporting the staff who do this work: reflective practice and private wellbeing.

Training records live in `harbour.guidance.models.TrainingRecord` (one register, shared
with the intervention catalogue); this app adds the register's pages and coverage.
"""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils import timezone

from harbour.accounts.models import Membership, Organisation


class ReflectiveSession(models.Model):
    """A reflective practice group: who came, what we talked about, what we'll try.

    About the adults' practice, so no child needs to be named.
    """

    organisation = models.ForeignKey(Organisation, on_delete=models.CASCADE, related_name="+")
    held_on = models.DateField()
    facilitator = models.ForeignKey(
        Membership, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    attendees = models.ManyToManyField(Membership, blank=True, related_name="reflective_sessions")
    themes = models.TextField()
    will_try = models.TextField(blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["-held_on", "-id"]


class WellbeingCheckIn(models.Model):
    """A member of staff's private check-in. Only they see it; the lead sees weekly counts."""

    organisation = models.ForeignKey(Organisation, on_delete=models.CASCADE, related_name="+")
    membership = models.ForeignKey(Membership, on_delete=models.CASCADE, related_name="+")
    score = models.PositiveSmallIntegerField()  # 1 (struggling) .. 5 (doing well)
    note = models.TextField(blank=True)  # private to the person
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["-created_at", "-id"]
        indexes = [models.Index(fields=["organisation", "created_at"])]
