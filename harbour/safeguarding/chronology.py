"""Concerns in a child's general chronology: for designated staff and the lead only.

Even for them, the general chronology shows only that a concern was raised, with a link:
its content is read on the concern's own page, which asks for a recent second factor and
audits every read. Everyone else sees nothing of it here.
"""

from __future__ import annotations

from django.urls import reverse

from harbour.accounts.roles import SAFEGUARDING_ROLES
from harbour.observations.chronology import ChronologyEntry, ChronologyQuery, register
from harbour.safeguarding.models import Concern


@register("concern", "Safeguarding concerns")
def concern_entries(query: ChronologyQuery) -> list[ChronologyEntry]:
    if query.membership.role not in SAFEGUARDING_ROLES:
        return []
    concerns = Concern.objects.filter(
        organisation_id=query.child.organisation_id, child_id=query.child.pk
    )
    concerns = query.within(concerns, "raised_at")
    return [
        ChronologyEntry(
            when=c.raised_at,
            kind="concern",
            title=f"Safeguarding concern ({c.get_status_display().lower()})",
            summary="Open the concern to read it (recorded in the audit trail).",
            url=reverse("safeguarding:concern", kwargs={"concern_id": c.pk}),
            by=c.raised_by_name,
            restricted=True,
        )
        for c in query.newest(
            concerns.only("raised_at", "status", "raised_by_name", "pk"), "raised_at"
        )
    ]
