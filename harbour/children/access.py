"""The one access path to children's records.

Every fetch of a child, or of anything hanging off a child, starts here: from the request's
organisation and the person's role in it. A child outside that answers 404, exactly as if it
did not exist, so another organisation's records can't even be confirmed.
"""

from __future__ import annotations

from django.db.models import Q, QuerySet
from django.http import Http404, HttpRequest
from django.utils import timezone

from harbour.accounts.models import Membership
from harbour.accounts.roles import Role
from harbour.children.models import Child


def visible_children(membership: Membership | None) -> QuerySet[Child]:
    """The children this membership may see the working record of."""
    if membership is None:
        return Child.objects.none()
    base = Child.objects.filter(organisation_id=membership.organisation_id)
    role = membership.role
    if role in (Role.LEAD, Role.DESIGNATED):
        return base
    if role == Role.STAFF:
        return base.filter(
            Q(key_adults__membership=membership) | Q(groups__staff=membership)
        ).distinct()
    if role == Role.PROFESSIONAL:
        return base.filter(
            shares__membership=membership, shares__expires_on__gte=timezone.localdate()
        ).distinct()
    if role == Role.PARENT:
        return base.filter(parent_links__membership=membership)
    if role == Role.YOUNG_PERSON:
        return base.filter(account_id=membership.user_id)
    return Child.objects.none()  # governors see aggregates only


def get_child_or_404(request: HttpRequest, child_id: int) -> Child:
    child = visible_children(getattr(request, "membership", None)).filter(pk=child_id).first()
    if child is None:
        raise Http404("No such child.")
    return child


def org_children(membership: Membership) -> QuerySet[Child]:
    """Every child of the organisation, for aggregates (counts, never names)."""
    return Child.objects.filter(organisation_id=membership.organisation_id)
