from __future__ import annotations

import datetime

from django.conf import settings
from django.db import models
from django.utils import timezone
from django_scopes import ScopedManager

from harbour.accounts.models import Membership, Organisation


class AgeStage(models.TextChoices):
    """The toolkit's three stages of development (seed 002)."""

    EARLY = "early", "Early years (0–3)"
    MIDDLE = "middle", "Middle childhood (3–10)"
    ADOLESCENT = "adolescent", "Adolescence (11–18)"


def age_on(date_of_birth: datetime.date, on: datetime.date) -> int:
    years = on.year - date_of_birth.year
    if (on.month, on.day) < (date_of_birth.month, date_of_birth.day):
        years -= 1
    return years


def age_stage_for(age: int) -> str:
    if age < 3:
        return AgeStage.EARLY
    if age <= 10:
        return AgeStage.MIDDLE
    return AgeStage.ADOLESCENT


class Group(models.Model):
    """A class, tutor group, house or caseload: the children an adult works with."""

    class Kind(models.TextChoices):
        CLASS = "class", "Class"
        TUTOR = "tutor", "Tutor group"
        HOUSE = "house", "House"
        CASELOAD = "caseload", "Caseload"

    organisation = models.ForeignKey(Organisation, on_delete=models.CASCADE, related_name="+")
    name = models.CharField(max_length=80)
    kind = models.CharField(max_length=20, choices=Kind.choices, default=Kind.CLASS)
    staff = models.ManyToManyField(Membership, blank=True, related_name="child_groups")

    objects = ScopedManager(organisation="organisation")

    class Meta:
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(fields=["organisation", "name"], name="group_name_unique")
        ]

    def __str__(self) -> str:
        return self.name


class Child(models.Model):
    organisation = models.ForeignKey(Organisation, on_delete=models.PROTECT, related_name="+")
    upn = models.CharField("UPN", max_length=13, blank=True)
    legal_first_name = models.CharField(max_length=100)
    legal_last_name = models.CharField(max_length=100)
    preferred_name = models.CharField(max_length=100, blank=True)
    date_of_birth = models.DateField()
    year_group = models.SmallIntegerField(
        null=True, blank=True, help_text="0 for Reception, 1–13 for Years 1–13."
    )
    placement_start = models.DateField(null=True, blank=True)
    left_on = models.DateField(null=True, blank=True)
    groups = models.ManyToManyField(Group, blank=True, related_name="children")
    # The safe place (safe haven) and, in the child's own words, what helps them calm.
    safe_place = models.CharField(max_length=200, blank=True)
    what_helps_me_calm = models.TextField(blank=True)
    # A young person's own sign-in, for check-ins and their views on their plan.
    account = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="child_records",
    )
    version = models.PositiveIntegerField(default=1)
    created_at = models.DateTimeField(default=timezone.now)
    updated_at = models.DateTimeField(default=timezone.now)

    objects = ScopedManager(organisation="organisation")

    class Meta:
        ordering = ["legal_last_name", "legal_first_name", "id"]
        constraints = [
            models.UniqueConstraint(
                fields=["organisation", "upn"],
                condition=~models.Q(upn=""),
                name="child_upn_unique_in_org",
            )
        ]
        indexes = [models.Index(fields=["organisation", "legal_last_name"])]

    def __str__(self) -> str:
        return self.display_name

    @property
    def first_name(self) -> str:
        return self.preferred_name or self.legal_first_name

    @property
    def display_name(self) -> str:
        return f"{self.first_name} {self.legal_last_name}"

    def age(self, on: datetime.date | None = None) -> int:
        return age_on(self.date_of_birth, on or timezone.localdate())

    @property
    def age_stage(self) -> str:
        return age_stage_for(self.age())

    @property
    def age_stage_label(self) -> str:
        return str(AgeStage(self.age_stage).label)

    @property
    def year_group_label(self) -> str:
        if self.year_group is None:
            return ""
        return "Reception" if self.year_group == 0 else f"Year {self.year_group}"


class KeyAdult(models.Model):
    """The trusted adult (the toolkit's secure base) a child can go to."""

    organisation = models.ForeignKey(Organisation, on_delete=models.CASCADE, related_name="+")
    child = models.ForeignKey(Child, on_delete=models.CASCADE, related_name="key_adults")
    membership = models.ForeignKey(Membership, on_delete=models.CASCADE, related_name="key_for")
    since = models.DateField(default=timezone.localdate)

    objects = ScopedManager(organisation="organisation")

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["child", "membership"], name="key_adult_once")
        ]


class ChildShare(models.Model):
    """A child shared with an external professional until a date."""

    organisation = models.ForeignKey(Organisation, on_delete=models.CASCADE, related_name="+")
    child = models.ForeignKey(Child, on_delete=models.CASCADE, related_name="shares")
    membership = models.ForeignKey(Membership, on_delete=models.CASCADE, related_name="shares")
    shared_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    reason = models.CharField(max_length=200, blank=True)
    expires_on = models.DateField()
    created_at = models.DateTimeField(default=timezone.now)

    objects = ScopedManager(organisation="organisation")


class ParentLink(models.Model):
    """A parent or carer's link to their own child."""

    organisation = models.ForeignKey(Organisation, on_delete=models.CASCADE, related_name="+")
    child = models.ForeignKey(Child, on_delete=models.CASCADE, related_name="parent_links")
    membership = models.ForeignKey(
        Membership, on_delete=models.CASCADE, related_name="parent_links"
    )
    relationship = models.CharField(max_length=60, blank=True)

    objects = ScopedManager(organisation="organisation")

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["child", "membership"], name="parent_link_once")
        ]
