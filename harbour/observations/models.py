"""Observations: what an adult noticed, in the language of "behaviour is communication".

An observation can involve several children, each with their own part in it
(`ObservationChild.role`), so a child who was hurt is never labelled like the child who
was struggling. Edits keep the previous values (`ObservationRevision`); deleting only
marks the observation deleted, and the lead can see and restore it.
"""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils import timezone
from django_scopes import ScopedManager

from harbour.accounts.models import Organisation
from harbour.children.models import Child


class Feeling(models.TextChoices):
    """What the child may have felt: the guidance's feelings, then positive ones."""

    DISTRESS = "distress", "Distress"
    ANXIETY = "anxiety", "Anxiety or worry"
    ANGER = "anger", "Anger or rage"
    SHAME = "shame", "Shame"
    SADNESS = "sadness", "Sadness or grief"
    FEAR = "fear", "Fear"
    FRUSTRATION = "frustration", "Frustration"
    CALM = "calm", "Calm"
    HAPPY = "happy", "Happy"
    PROUD = "proud", "Proud"
    SAFE = "safe", "Safe and connected"


POSITIVE_FEELINGS = frozenset({Feeling.CALM, Feeling.HAPPY, Feeling.PROUD, Feeling.SAFE})
# How a feeling reads in a pattern sentence ("you might sometimes feel worried").
FEELING_WORDS = {
    Feeling.DISTRESS: "distressed",
    Feeling.ANXIETY: "worried",
    Feeling.ANGER: "angry",
    Feeling.SHAME: "ashamed",
    Feeling.SADNESS: "sad",
    Feeling.FEAR: "scared",
    Feeling.FRUSTRATION: "frustrated",
    Feeling.CALM: "calm",
    Feeling.HAPPY: "happy",
    Feeling.PROUD: "proud",
    Feeling.SAFE: "safe",
}


class Response(models.TextChoices):
    """How the adult responded: the PACE elements and two ways of being with the child."""

    PLAYFULNESS = "playfulness", "Playfulness"
    ACCEPTANCE = "acceptance", "Acceptance"
    CURIOSITY = "curiosity", "Curiosity"
    EMPATHY = "empathy", "Empathy"
    CO_REGULATION = "co_regulation", "Co-regulation (stayed calm alongside)"
    CONNECT_BEFORE_CORRECT = "connect_before_correct", "Connected before correcting"


class Outcome(models.TextChoices):
    CALMER = "calmer", "Calmer"
    REPAIRED = "repaired", "Repaired (we reconnected)"
    ESCALATED = "escalated", "Escalated"
    OTHER = "other", "Something else"


class ChildRole(models.TextChoices):
    """Each child's own part in what happened."""

    FOCUS = "focus", "Focus child"
    INVOLVED = "involved", "Involved"
    AFFECTED = "affected", "Affected by it"
    WITNESS = "witness", "Saw it happen"
    HELPED = "helped", "Helped or supported others"


class Observation(models.Model):
    organisation = models.ForeignKey(Organisation, on_delete=models.PROTECT, related_name="+")
    occurred_at = models.DateTimeField(default=timezone.now)
    setting = models.SlugField(max_length=60, blank=True)  # an ObservationSetting slug
    what_happened = models.TextField()
    feelings = models.JSONField(default=list, blank=True)  # Feeling values
    intensity = models.PositiveSmallIntegerField(null=True, blank=True)  # 1 to 5
    needs = models.TextField(blank=True)  # what the child may have needed or communicated
    responses = models.JSONField(default=list, blank=True)  # Response values
    how_responded = models.TextField(blank=True)
    outcome = models.CharField(max_length=20, choices=Outcome.choices, blank=True)
    is_positive = models.BooleanField(default=False)
    safeguarding = models.BooleanField(default=False)
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(default=timezone.now)
    updated_at = models.DateTimeField(default=timezone.now)
    version = models.PositiveIntegerField(default=1)
    deleted_at = models.DateTimeField(null=True, blank=True)
    deleted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    objects = ScopedManager(organisation="organisation")

    class Meta:
        ordering = ["-occurred_at", "-id"]
        indexes = [
            models.Index(fields=["organisation", "-occurred_at"]),
            models.Index(fields=["organisation", "recorded_by", "-occurred_at"]),
        ]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(intensity__isnull=True)
                | models.Q(intensity__gte=1, intensity__lte=5),
                name="observation_intensity_1_to_5",
            )
        ]

    def __str__(self) -> str:
        return f"Observation {self.pk} at {self.occurred_at:%Y-%m-%d %H:%M}"

    @property
    def is_deleted(self) -> bool:
        return self.deleted_at is not None

    @property
    def feeling_labels(self) -> list[str]:
        return [str(Feeling(f).label) for f in self.feelings if f in Feeling.values]

    @property
    def response_labels(self) -> list[str]:
        return [str(Response(r).label) for r in self.responses if r in Response.values]


class ObservationChild(models.Model):
    organisation = models.ForeignKey(Organisation, on_delete=models.PROTECT, related_name="+")
    observation = models.ForeignKey(Observation, on_delete=models.CASCADE, related_name="links")
    child = models.ForeignKey(Child, on_delete=models.PROTECT, related_name="observation_links")
    role = models.CharField(max_length=20, choices=ChildRole.choices, default=ChildRole.FOCUS)

    objects = ScopedManager(organisation="organisation")

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["observation", "child"], name="observation_child_once")
        ]
        indexes = [models.Index(fields=["organisation", "child"])]


class ObservationRevision(models.Model):
    """The values an observation had before one edit, and who changed them when."""

    organisation = models.ForeignKey(Organisation, on_delete=models.PROTECT, related_name="+")
    observation = models.ForeignKey(Observation, on_delete=models.CASCADE, related_name="revisions")
    version = models.PositiveIntegerField()  # the version these values were
    data = models.JSONField()
    changed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    changed_at = models.DateTimeField(default=timezone.now)

    objects = ScopedManager(organisation="organisation")

    class Meta:
        ordering = ["-version"]
        constraints = [
            models.UniqueConstraint(
                fields=["observation", "version"], name="observation_revision_once"
            )
        ]


class ObservationSetting(models.Model):
    """An organisation's own place or time of day, or a change to a default one.

    The defaults for each kind of organisation live in `harbour.observations.vocabulary`;
    a row here adds a setting or hides a default one, so nothing needs seeding.
    """

    organisation = models.ForeignKey(Organisation, on_delete=models.CASCADE, related_name="+")
    slug = models.SlugField(max_length=60)
    label = models.CharField(max_length=60)
    is_hidden = models.BooleanField(default=False)
    created_at = models.DateTimeField(default=timezone.now)

    objects = ScopedManager(organisation="organisation")

    class Meta:
        ordering = ["label"]
        constraints = [
            models.UniqueConstraint(
                fields=["organisation", "slug"], name="observation_setting_slug_unique"
            )
        ]

    def __str__(self) -> str:
        return self.label
