"""Who may read a concern, and the recent second-factor check for the CP file.

Concerns are read by designated staff and the lead only (the permission table keeps
everyone else out with 403); another organisation's concern answers 404. Opening a
concern, the child-protection chronology or an export also needs a second-factor check
within the last `RECENT_MFA_SECONDS`: a session left open on a shared computer must not
be enough to read a child-protection file.
"""

from __future__ import annotations

from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.urls import reverse
from django.utils import timezone
from django.utils.http import urlencode

from harbour.accounts.middleware import OTP_AT_KEY
from harbour.accounts.roles import SAFEGUARDING_ROLES
from harbour.children.access import get_child_or_404
from harbour.children.models import Child
from harbour.safeguarding.models import Concern

RECENT_MFA_SECONDS = 15 * 60


def get_concern_or_404(request: HttpRequest, concern_id: int) -> Concern:
    membership = getattr(request, "membership", None)
    if membership is None or membership.role not in SAFEGUARDING_ROLES:
        raise Http404("No such concern.")
    concern = (
        Concern.objects.filter(organisation_id=membership.organisation_id, pk=concern_id)
        .select_related("child")
        .first()
    )
    if concern is None:
        raise Http404("No such concern.")
    return concern


def get_cp_child_or_404(request: HttpRequest, child_id: int) -> Child:
    """A child whose child-protection file this person may open: 404 outside the
    organisation, 403 for a role that does not read CP files."""
    child = get_child_or_404(request, child_id)
    if request.membership.role not in SAFEGUARDING_ROLES:  # type: ignore[attr-defined]
        raise PermissionDenied("Child-protection files are for designated staff and the lead.")
    return child


def has_recent_second_factor(request: HttpRequest) -> bool:
    at = request.session.get(OTP_AT_KEY)
    return bool(at) and timezone.now().timestamp() - float(at) <= RECENT_MFA_SECONDS


def reverify(request: HttpRequest, next_url: str | None = None) -> HttpResponse:
    """Send the person to enter a fresh code, then back here (or to `next_url`: a form's
    POST address can't be returned to with a GET)."""
    query = urlencode({"next": next_url or request.get_full_path(), "reverify": "1"})
    return redirect(f"{reverse('accounts:mfa_verify')}?{query}")
