from __future__ import annotations

from django.http import HttpRequest

from harbour.permissions import URL_ACCESS

# (url name, label) in the order they appear; each shows only to roles the table allows.
NAVIGATION = [
    ("core:home", "Home"),
    ("children:list", "Children"),
    ("observations:log", "Quick log"),
    ("profiles:groups", "Screening"),
    ("guidance:index", "Guidance"),
    ("staff:training", "Staff development"),
    ("safeguarding:list", "Concerns"),
    ("reports:dashboard", "Dashboard"),
    ("reports:governors", "Figures"),
    ("audit:list", "Audit trail"),
]


def harbour(request: HttpRequest) -> dict[str, object]:
    from harbour.accounts.mfa import mfa_satisfied

    if getattr(request, "user", None) is not None and not mfa_satisfied(request):
        # Between the password and the code: the header names no organisation, counts no
        # notifications and offers no navigation, since only the password is proven.
        return {
            "membership": None,
            "organisation": None,
            "memberships": [],
            "nav": [],
            "unread_notifications": 0,
        }
    membership = getattr(request, "membership", None)
    nav: list[tuple[str, str]] = []
    if membership is not None:
        for url_name, label in NAVIGATION:
            rule = URL_ACCESS.get(url_name)
            if isinstance(rule, frozenset) and membership.role in rule:
                nav.append((url_name, label))
    return {
        "membership": membership,
        "organisation": getattr(request, "organisation", None),
        "memberships": getattr(request, "memberships", []),
        "nav": nav,
        "unread_notifications": _unread_notifications(membership),
    }


def _unread_notifications(membership: object) -> int:
    from harbour.accounts.roles import Role
    from harbour.notifications.services import unread_count

    if membership is None or membership.role == Role.YOUNG_PERSON:  # type: ignore[attr-defined]
        return 0
    return unread_count(membership)  # type: ignore[arg-type]
