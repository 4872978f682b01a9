"""The guidance library in the database.

The YAML files in `content/` are the source of truth and are read straight into memory for
browsing and search (`library.py`, `search.py`). These tables mirror them so that other
records (plans, feedback, training) can point at an item or an intervention by a stable id,
and so an old record still resolves after the content moves on (retired items stay).
"""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils import timezone

from harbour.accounts.models import Membership, Organisation


class GuidanceItem(models.Model):
    item_id = models.CharField(max_length=120, unique=True)
    kind = models.CharField(max_length=40, db_index=True)
    title = models.CharField(max_length=300)
    text = models.TextField()
    age_stages = models.JSONField(default=list)
    situations = models.JSONField(default=list)
    source = models.CharField(max_length=300)
    retired = models.BooleanField(default=False)
    content_version = models.CharField(max_length=40)
    loaded_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["item_id"]

    def __str__(self) -> str:
        return self.item_id


# The eleven headings of the seed-000 template, in order.
INTERVENTION_SECTIONS: tuple[tuple[str, str], ...] = (
    ("introduction", "Introduction"),
    ("purpose", "Purpose of the intervention"),
    ("target_audience", "Target audience"),
    ("who_can_deliver", "Who can deliver the intervention"),
    ("session_structure", "Session structure"),
    ("frequency_duration", "Frequency and duration"),
    ("key_principles", "Key principles"),
    ("training_implementation", "Training and implementation"),
    ("evidence_outcomes", "Evidence and outcomes"),
    ("feedback", "Feedback"),
    ("further_information", "Further information and resources"),
)


class Intervention(models.Model):
    """An entry in the intervention catalogue, in the seed-000 template.

    Harbour's own entries (PACE first) have no organisation and come from the content files;
    an organisation's lead can add its own, which only that organisation sees.
    """

    organisation = models.ForeignKey(
        Organisation, null=True, blank=True, on_delete=models.CASCADE, related_name="+"
    )
    slug = models.SlugField(max_length=80)
    title = models.CharField(max_length=200)
    summary = models.TextField(blank=True)
    sections = models.JSONField(default=dict)  # section key -> text
    sources = models.JSONField(default=dict)  # section key -> seed citation (built-ins)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    created_at = models.DateTimeField(default=timezone.now)
    updated_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["organisation_id", "title"]
        constraints = [
            models.UniqueConstraint(fields=["organisation", "slug"], name="intervention_slug"),
            models.UniqueConstraint(
                fields=["slug"],
                condition=models.Q(organisation__isnull=True),
                name="builtin_intervention_slug",
            ),
        ]

    def __str__(self) -> str:
        return self.title

    @property
    def is_builtin(self) -> bool:
        return self.organisation_id is None

    def section_list(self) -> list[tuple[str, str, str, str]]:
        """(key, heading, text, source) in the template's order, empty sections included."""
        return [
            (key, heading, self.sections.get(key, ""), self.sources.get(key, ""))
            for key, heading in INTERVENTION_SECTIONS
        ]


class InterventionFeedback(models.Model):
    """A member of staff's rating and comment on an intervention they have used."""

    organisation = models.ForeignKey(Organisation, on_delete=models.CASCADE, related_name="+")
    intervention = models.ForeignKey(
        Intervention, on_delete=models.CASCADE, related_name="feedback"
    )
    membership = models.ForeignKey(Membership, on_delete=models.CASCADE, related_name="+")
    rating = models.PositiveSmallIntegerField()  # 1 (not helpful) .. 5 (very helpful)
    comment = models.TextField(blank=True)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["-created_at"]


class TrainingRecord(models.Model):
    """That a member of staff completed training, in an intervention or another course."""

    organisation = models.ForeignKey(Organisation, on_delete=models.CASCADE, related_name="+")
    membership = models.ForeignKey(
        Membership, on_delete=models.CASCADE, related_name="training_records"
    )
    intervention = models.ForeignKey(
        Intervention, null=True, blank=True, on_delete=models.SET_NULL, related_name="training"
    )
    course = models.CharField(max_length=200)
    completed_on = models.DateField()
    hours = models.DecimalField(max_digits=5, decimal_places=1, null=True, blank=True)
    provider = models.CharField(max_length=200, blank=True)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["-completed_on"]
