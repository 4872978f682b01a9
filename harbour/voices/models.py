"""A child's own voice: check-ins, and parents' invitations and views.

Every row belongs to one organisation and one child, like any other child record.
"""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils import timezone
from django_scopes import ScopedManager

from harbour.accounts.models import Membership, Organisation
from harbour.children.models import Child


class CheckIn(models.Model):
    """How a child felt at a moment, in their own words, and whether they want to talk."""

    class Via(models.TextChoices):
        KIOSK = "kiosk", "Class tablet"
        PERSONAL = "personal", "Own sign-in"

    organisation = models.ForeignKey(Organisation, on_delete=models.PROTECT, related_name="+")
    child = models.ForeignKey(Child, on_delete=models.CASCADE, related_name="checkins")
    feeling = models.PositiveSmallIntegerField()  # 1 (very sad) .. 5 (very happy)
    why = models.TextField(blank=True)
    wants_to_talk = models.BooleanField(default=False)
    via = models.CharField(max_length=10, choices=Via.choices)
    created_at = models.DateTimeField(default=timezone.now)

    objects = ScopedManager(organisation="organisation")

    class Meta:
        ordering = ["-created_at", "-id"]
        indexes = [models.Index(fields=["organisation", "child", "created_at"])]


class ParentInvitation(models.Model):
    """A one-time link for a parent or carer to make their account; only a hash is kept."""

    organisation = models.ForeignKey(Organisation, on_delete=models.CASCADE, related_name="+")
    child = models.ForeignKey(Child, on_delete=models.CASCADE, related_name="parent_invitations")
    email = models.EmailField()
    relationship = models.CharField(max_length=60, blank=True)
    token_hash = models.CharField(max_length=64, unique=True)
    expires_at = models.DateTimeField()
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(default=timezone.now)
    accepted_at = models.DateTimeField(null=True, blank=True)

    objects = ScopedManager(organisation="organisation")

    class Meta:
        ordering = ["-created_at"]

    @property
    def is_pending(self) -> bool:
        return self.accepted_at is None and self.expires_at > timezone.now()


class ParentView(models.Model):
    """A parent's or carer's views before a review of their child's plan."""

    organisation = models.ForeignKey(Organisation, on_delete=models.PROTECT, related_name="+")
    child = models.ForeignKey(Child, on_delete=models.CASCADE, related_name="parent_views")
    membership = models.ForeignKey(Membership, on_delete=models.CASCADE, related_name="+")
    going_well = models.TextField(blank=True)
    worries = models.TextField(blank=True)
    would_help = models.TextField(blank=True)
    created_at = models.DateTimeField(default=timezone.now)

    objects = ScopedManager(organisation="organisation")

    class Meta:
        ordering = ["-created_at"]
