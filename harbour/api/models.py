"""API tokens: one organisation each, with scopes; only a hash of the secret is kept."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils import timezone
from django_scopes import ScopedManager

from harbour.accounts.models import Organisation

ROSTER_READ = "roster:read"
OBSERVATIONS_READ = "observations:read"
OBSERVATIONS_WRITE = "observations:write"
AGGREGATES_READ = "aggregates:read"
REFERRALS_READ = "referrals:read"
SCOPES = {
    ROSTER_READ: (
        "Read the roster: children, their skills profiles and support plans "
        "(goals, strategies, interventions and reviews; not the child's or parents' own words)"
    ),
    # Observations are staff's own words about a moment, so a roster integration does not
    # get them unless the lead chooses to give them.
    OBSERVATIONS_READ: (
        "Read observations: what happened, feelings, how adults responded and outcomes "
        "(never safeguarding concerns)"
    ),
    OBSERVATIONS_WRITE: "Log observations",
    AGGREGATES_READ: "Read anonymised counts, small numbers hidden",
    REFERRALS_READ: (
        "Read referrals to services: which child, which service, status and dates "
        "(never the reason or the outcome notes)"
    ),
}


class ApiToken(models.Model):
    organisation = models.ForeignKey(Organisation, on_delete=models.CASCADE, related_name="+")
    name = models.CharField(max_length=80)
    prefix = models.CharField(max_length=12)  # shown in lists so a token can be recognised
    token_hash = models.CharField(max_length=64, unique=True)  # sha256 of the secret
    scopes = models.JSONField(default=list)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(default=timezone.now)
    last_used_at = models.DateTimeField(null=True, blank=True)
    revoked_at = models.DateTimeField(null=True, blank=True)
    expires_at = models.DateTimeField(null=True, blank=True)

    objects = ScopedManager(organisation="organisation")

    class Meta:
        ordering = ["-created_at", "-id"]

    def __str__(self) -> str:
        return f"API token {self.name}"

    def is_live(self, now: timezone.datetime | None = None) -> bool:
        now = now or timezone.now()
        if self.revoked_at is not None:
            return False
        return self.expires_at is None or self.expires_at > now
