"""Skills profiles in a child's chronology: each finished profile or quick screen.

An entry says who made it, with which framework version, and how many strengths and
areas to develop it named (with the areas' short names). Protective and risk factors and
adverse childhood experiences are safeguarding data and never appear here, for anyone:
they have their own page for designated staff and the lead.

Two queries however many profiles: the profiles (with who completed them) and one for
all their ratings.
"""

from __future__ import annotations

from django.urls import reverse

from harbour.observations.chronology import ChronologyEntry, ChronologyQuery, register
from harbour.profiles.models import Profile
from harbour.profiles.reading import results_for
from harbour.profiles.scoring import ProfileResult


def _count(n: int, one: str, many: str) -> str:
    return f"{n} {one if n == 1 else many}"


def summary_of(result: ProfileResult) -> str:
    """'2 strengths, 1 area to develop': what the profile named, in a few words."""
    return (
        f"{_count(len(result.strengths), 'strength', 'strengths')}, "
        f"{_count(len(result.less_developed), 'area to develop', 'areas to develop')}"
    )


@register("profile", "Skills profiles")
def profile_entries(query: ChronologyQuery) -> list[ChronologyEntry]:
    rows = Profile.objects.filter(
        organisation_id=query.child.organisation_id,
        child_id=query.child.pk,
        status=Profile.Status.COMPLETE,
        completed_at__isnull=False,
    )
    rows = query.within(rows, "completed_at")
    profiles = list(
        query.newest(
            rows.select_related("completed_by").only(
                "organisation",
                "child",
                "framework_version",
                "kind",
                "observed_on",
                "completed_at",
                "completed_by__full_name",
            ),
            "completed_at",
        )
    )
    for profile in profiles:
        profile.child = query.child  # the scoring names the child; no query per profile
    found = []
    for profile, result in results_for(profiles):
        screen = profile.kind == Profile.Kind.SCREEN
        details = [("Framework", f"version {profile.framework_version}")]
        if result.strengths:
            details.append(
                ("Strengths", ", ".join(f.domain.domain.short for f in result.strengths))
            )
        if result.less_developed:
            details.append(
                ("To develop", ", ".join(f.domain.domain.short for f in result.less_developed))
            )
        found.append(
            ChronologyEntry(
                when=profile.completed_at,  # type: ignore[arg-type]
                kind="profile",
                title=f"{'Quick screen' if screen else 'Skills profile'} "
                f"of {profile.observed_on:%-d %b %Y}",
                summary=f"{summary_of(result)}.",
                url=reverse("profiles:detail", kwargs={"profile_id": profile.pk}),
                by=profile.completed_by.full_name if profile.completed_by else "",
                details=tuple(details),
            )
        )
    return found
