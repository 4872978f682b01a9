"""The second factor: who needs one, and whether this session has given it."""

from __future__ import annotations

from django.http import HttpRequest

from harbour.accounts.roles import MFA_EXEMPT_ROLES


def mfa_required(request: HttpRequest) -> bool:
    """Everyone needs a second factor unless every role they hold is exempt.

    A person with no membership at all still needs one: fail safe.
    """
    memberships = getattr(request, "memberships", [])
    if not memberships:
        return True
    return any(m.role not in MFA_EXEMPT_ROLES for m in memberships)


def mfa_satisfied(request: HttpRequest) -> bool:
    if not mfa_required(request):
        return True
    is_verified = getattr(request.user, "is_verified", None)
    return bool(is_verified and is_verified())
