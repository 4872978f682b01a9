from __future__ import annotations

from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.http import require_http_methods, require_POST

from harbour.notifications import services
from harbour.notifications.models import Notification


@require_http_methods(["GET"])
def notification_list(request: HttpRequest) -> HttpResponse:
    membership = request.membership  # type: ignore[attr-defined]
    notes = Notification.objects.filter(
        organisation_id=membership.organisation_id, recipient=membership
    )[:100]
    return render(request, "notifications/list.html", {"notes": notes})


@require_POST
def mark_all_read(request: HttpRequest) -> HttpResponse:
    services.notifications_mark_read(membership=request.membership)  # type: ignore[attr-defined]
    return redirect("notifications:list")
