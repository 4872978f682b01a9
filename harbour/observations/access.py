"""The one access path to observations, built on the children's one.

An observation is visible when any child it is about is visible to the person (see
`harbour.children.access.visible_children`); anything else answers 404. Deleted
observations are visible to the lead only. Safeguarding-ticked observations can be
found by everyone who sees the child, but their content is for lead and designated staff.
"""

from __future__ import annotations

from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpRequest

from harbour.accounts.models import Membership
from harbour.accounts.roles import SAFEGUARDING_ROLES, SETTING_STAFF_ROLES, Role
from harbour.children.access import visible_children
from harbour.observations.models import Observation


def get_observation_or_404(request: HttpRequest, observation_id: int) -> Observation:
    membership: Membership | None = getattr(request, "membership", None)
    if membership is None:
        raise Http404("No such observation.")
    found = Observation.objects.filter(
        organisation_id=membership.organisation_id,
        pk=observation_id,
        links__child__in=visible_children(membership),
    )
    if membership.role != Role.LEAD:
        found = found.filter(deleted_at__isnull=True)
    observation = found.select_related("recorded_by", "deleted_by").distinct().first()
    if observation is None:
        raise Http404("No such observation.")
    return observation


def can_read_content(membership: Membership, observation: Observation) -> bool:
    return not observation.safeguarding or membership.role in SAFEGUARDING_ROLES


def can_change(membership: Membership, observation: Observation) -> bool:
    """The adult who logged it, or lead and designated staff."""
    if membership.role not in SETTING_STAFF_ROLES or observation.is_deleted:
        return False
    if not can_read_content(membership, observation):
        return False
    return membership.role in SAFEGUARDING_ROLES or observation.recorded_by_id == membership.user_id


def require_change(membership: Membership, observation: Observation) -> None:
    if not can_change(membership, observation):
        raise PermissionDenied("Only the adult who logged this, or the leads, can change it.")
