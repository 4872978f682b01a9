"""Skills profiles, protective and risk factors, and warning signs.

Every table carries its organisation (so it can be scoped and, one day, sharded). Item
ids (skills, domains, factors, warning signs) are the guidance library's permanent ids;
what a profile's ids mean comes from the framework version stored on it.
"""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils import timezone
from django_scopes import ScopedManager

from harbour.accounts.models import Organisation
from harbour.children.models import AgeStage, Child


class Profile(models.Model):
    """One structured observation of a child's skills, made with one framework version."""

    class Status(models.TextChoices):
        DRAFT = "draft", "Draft"
        COMPLETE = "complete", "Complete"

    class Kind(models.TextChoices):
        FULL = "full", "Full profile"
        SCREEN = "screen", "Quick screen"

    organisation = models.ForeignKey(Organisation, on_delete=models.PROTECT, related_name="+")
    child = models.ForeignKey(Child, on_delete=models.CASCADE, related_name="profiles")
    framework_version = models.CharField(max_length=20)
    kind = models.CharField(max_length=10, choices=Kind.choices, default=Kind.FULL)
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.DRAFT)
    # The child's age stage when observed, so expectations shown later are the right ones.
    age_stage = models.CharField(max_length=12, choices=AgeStage.choices)
    observed_on = models.DateField(default=timezone.localdate)
    notes = models.TextField(blank=True)
    created_at = models.DateTimeField(default=timezone.now)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    completed_at = models.DateTimeField(null=True, blank=True)
    completed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    objects = ScopedManager(organisation="organisation")

    class Meta:
        ordering = ["observed_on", "id"]
        indexes = [models.Index(fields=["organisation", "child", "status", "observed_on"])]

    def __str__(self) -> str:
        return f"Profile of {self.observed_on:%d %b %Y}"

    @property
    def is_complete(self) -> bool:
        return self.status == self.Status.COMPLETE


class Rating(models.Model):
    """One rating in a profile: a skill id (or, in a quick screen, a domain id) and a value.

    `value` is a point on the framework's scale; NULL means "not observed".
    """

    organisation = models.ForeignKey(Organisation, on_delete=models.PROTECT, related_name="+")
    profile = models.ForeignKey(Profile, on_delete=models.CASCADE, related_name="ratings")
    item_id = models.CharField(max_length=120)
    value = models.SmallIntegerField(null=True, blank=True)

    objects = ScopedManager(organisation="organisation")

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["profile", "item_id"], name="rating_once_per_item")
        ]


class FactorRecord(models.Model):
    """A protective factor, risk factor or adverse childhood experience noted for a child.

    Safeguarding data: shown only to designated staff and the lead, and every read is
    audited. A factor that no longer applies is kept with present=False, so the history
    of when it was noted is not lost.
    """

    class Kind(models.TextChoices):
        PROTECTIVE = "protective", "Protective factor"
        RISK = "risk", "Risk factor"
        ACE = "ace", "Adverse childhood experience"

    organisation = models.ForeignKey(Organisation, on_delete=models.PROTECT, related_name="+")
    child = models.ForeignKey(Child, on_delete=models.CASCADE, related_name="factor_records")
    item_id = models.CharField(max_length=120)
    kind = models.CharField(max_length=12, choices=Kind.choices)
    present = models.BooleanField(default=True)
    noted_on = models.DateField(default=timezone.localdate)
    updated_at = models.DateTimeField(default=timezone.now)
    updated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )

    objects = ScopedManager(organisation="organisation")

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["child", "item_id"], name="factor_once_per_child")
        ]


class WarningSignRecord(models.Model):
    """A warning sign from the toolkit's list, seen on a date, and when it eased."""

    organisation = models.ForeignKey(Organisation, on_delete=models.PROTECT, related_name="+")
    child = models.ForeignKey(Child, on_delete=models.CASCADE, related_name="warning_signs")
    sign_id = models.CharField(max_length=120)
    observed_on = models.DateField()
    resolved_on = models.DateField(null=True, blank=True)
    note = models.CharField(max_length=300, blank=True)
    recorded_at = models.DateTimeField(default=timezone.now)
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )

    objects = ScopedManager(organisation="organisation")

    class Meta:
        ordering = ["-observed_on", "-id"]
