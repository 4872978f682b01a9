"""Plan changes and reviews in the child's chronology (two queries, however many)."""

from __future__ import annotations

from django.urls import reverse

from harbour.observations.chronology import ChronologyEntry, ChronologyQuery, register
from harbour.plans.models import PlanReview, PlanVersion


@register("plan", "Support plan")
def plan_entries(query: ChronologyQuery) -> list[ChronologyEntry]:
    org, child_id = query.child.organisation_id, query.child.pk
    versions = query.within(
        PlanVersion.objects.filter(organisation_id=org, plan__child_id=child_id), "saved_at"
    )
    reviews = query.within(
        PlanReview.objects.filter(organisation_id=org, plan__child_id=child_id), "recorded_at"
    )
    url = reverse("plans:plan", kwargs={"child_id": child_id})
    found = [
        ChronologyEntry(
            when=v.saved_at,
            kind="plan",
            title="Support plan started"
            if v.number == 1
            else f"Support plan changed (version {v.number})",
            summary=v.note,
            url=f"{url}?version={v.number}",
            by=v.saved_by.full_name if v.saved_by else "",
        )
        for v in query.newest(
            versions.select_related("saved_by").only(
                "number", "saved_at", "note", "saved_by__full_name"
            ),
            "saved_at",
        )
    ]
    found += [
        ChronologyEntry(
            when=r.recorded_at,
            kind="plan",
            title=f"Support plan reviewed on {r.held_on:%-d %b %Y}",
            summary=r.what_changed,
            url=url,
            by=r.recorded_by.full_name if r.recorded_by else "",
        )
        for r in query.newest(reviews.select_related("recorded_by"), "recorded_at")
    ]
    return found
