"""Reading profiles back: ratings into the pure scoring, with the profile's own framework."""

from __future__ import annotations

from collections.abc import Iterable

from django.db.models import QuerySet

from harbour.children.models import Child
from harbour.profiles.frameworks import Framework, load_framework
from harbour.profiles.models import Profile, Rating
from harbour.profiles.scoring import ProfileResult, score_profile


def framework_of(profile: Profile) -> Framework:
    """The framework version the profile was made with, never the newest one."""
    return load_framework(profile.framework_version)


def ratings_of(profile: Profile) -> dict[str, int | None]:
    return dict(Rating.objects.filter(profile=profile).values_list("item_id", "value"))


def result_of(profile: Profile, ratings: dict[str, int | None] | None = None) -> ProfileResult:
    return score_profile(
        framework_of(profile),
        ratings if ratings is not None else ratings_of(profile),
        name=profile.child.first_name,
    )


def complete_profiles(child: Child) -> QuerySet[Profile]:
    return Profile.objects.filter(
        organisation_id=child.organisation_id, child=child, status=Profile.Status.COMPLETE
    ).order_by("observed_on", "id")


def results_for(profiles: Iterable[Profile]) -> list[tuple[Profile, ProfileResult]]:
    """Several profiles' results with one ratings query."""
    profiles = list(profiles)
    by_profile: dict[int, dict[str, int | None]] = {p.pk: {} for p in profiles}
    if profiles:
        rows = Rating.objects.filter(
            organisation_id=profiles[0].organisation_id, profile_id__in=list(by_profile)
        ).values_list("profile_id", "item_id", "value")
        for profile_id, item_id, value in rows:
            by_profile[profile_id][item_id] = value
    return [(p, result_of(p, by_profile[p.pk])) for p in profiles]
