"""Fetching profiles and groups: always from the request's organisation and the children
the person may see, so anything else answers 404 (see harbour.children.access)."""

from __future__ import annotations

from django.http import Http404, HttpRequest

from harbour.children.access import visible_children
from harbour.children.models import Group
from harbour.profiles.models import Profile


def get_profile_or_404(request: HttpRequest, profile_id: int) -> Profile:
    membership = getattr(request, "membership", None)
    profile = (
        Profile.objects.filter(
            pk=profile_id,
            organisation_id=getattr(membership, "organisation_id", None),
            child__in=visible_children(membership),
        )
        .select_related("child", "created_by", "completed_by")
        .first()
    )
    if profile is None:
        raise Http404("No such profile.")
    return profile


def get_group_or_404(request: HttpRequest, group_id: int) -> Group:
    membership = getattr(request, "membership", None)
    group = Group.objects.filter(
        pk=group_id, organisation_id=getattr(membership, "organisation_id", None)
    ).first()
    if group is None:
        raise Http404("No such group.")
    return group
