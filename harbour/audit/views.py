from __future__ import annotations

import datetime

from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.views.decorators.http import require_http_methods

from harbour.audit.models import AuditEntry
from harbour.children.access import org_children


def _date(value: str) -> datetime.date | None:
    try:
        return datetime.date.fromisoformat(value)
    except ValueError:
        return None


@require_http_methods(["GET"])
def audit_list(request: HttpRequest) -> HttpResponse:
    """The organisation's audit trail, newest first, for its lead to browse and filter."""
    entries = AuditEntry.objects.filter(organisation=request.organisation)  # type: ignore[attr-defined]
    action = request.GET.get("action", "").strip()
    actor = request.GET.get("actor", "").strip()
    child = request.GET.get("child", "").strip()
    since = _date(request.GET.get("since", ""))
    until = _date(request.GET.get("until", ""))
    if action:
        entries = entries.filter(action__startswith=action)
    if actor:
        entries = entries.filter(actor_label__icontains=actor)
    if child.isdigit():
        entries = entries.filter(child_id=int(child))
    if since:
        entries = entries.filter(at__date__gte=since)
    if until:
        entries = entries.filter(at__date__lte=until)
    page = Paginator(entries, 50).get_page(request.GET.get("page"))
    # The lead sees every child of the organisation, so naming them here reveals nothing new.
    child_ids = {entry.child_id for entry in page if entry.child_id}
    names = {
        child.pk: child.display_name
        for child in org_children(request.membership).filter(pk__in=child_ids)  # type: ignore[attr-defined]
    }
    for entry in page:
        entry.child_name = names.get(entry.child_id, "")
    filters = request.GET.copy()
    filters.pop("page", None)
    return render(
        request,
        "audit/list.html",
        {
            "page": page,
            "action": action,
            "actor": actor,
            "child": child,
            "since": since or "",
            "until": until or "",
            "filters": filters.urlencode(),
        },
    )
