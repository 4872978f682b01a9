from __future__ import annotations

from django.contrib import messages
from django.db.models import Prefetch, Q
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.views.decorators.http import require_http_methods, require_POST

from harbour.accounts.roles import Role
from harbour.children import services
from harbour.children.access import get_child_or_404, visible_children
from harbour.children.forms import ChildForm, KeyAdultForm, ShareForm
from harbour.children.models import ChildShare, Group, KeyAdult
from harbour.permissions import URL_ACCESS
from harbour.voices.reading import TREND_WEEKS, recent_checkins, weekly_checkin_chart


@require_http_methods(["GET"])
def child_list(request: HttpRequest) -> HttpResponse:
    children = visible_children(request.membership).prefetch_related(  # type: ignore[attr-defined]
        "groups",
        Prefetch("key_adults", queryset=KeyAdult.objects.select_related("membership__user")),
    )
    query = request.GET.get("q", "").strip()
    if query:
        children = children.filter(
            Q(legal_first_name__icontains=query)
            | Q(legal_last_name__icontains=query)
            | Q(preferred_name__icontains=query)
        )
    group_id = request.GET.get("group", "")
    if group_id.isdigit():
        children = children.filter(groups__id=int(group_id))
    # Current children by default; those who have left stay findable (their records are kept).
    status = request.GET.get("status", "")
    status = status if status in ("left", "all") else ""
    today = timezone.localdate()
    current = Q(left_on__isnull=True) | Q(left_on__gt=today)
    if status == "left":
        children = children.exclude(current)
    elif not status:
        children = children.filter(current)
    groups = Group.objects.filter(organisation=request.organisation)  # type: ignore[attr-defined]
    return render(
        request,
        "children/list.html",
        {
            "children": children,
            "groups": groups,
            "query": query,
            "group_id": group_id,
            "status": status,
        },
    )


@require_http_methods(["GET"])
def child_detail(request: HttpRequest, child_id: int) -> HttpResponse:
    child = get_child_or_404(request, child_id)
    key_adults = KeyAdult.objects.filter(child=child).select_related("membership__user")
    shares = ChildShare.objects.filter(child=child).select_related("membership__user")
    role = request.membership.role  # type: ignore[attr-defined]
    checkins_rule = URL_ACCESS.get("voices:child_checkins")
    checkin_chart = None
    if isinstance(checkins_rule, frozenset) and role in checkins_rule:
        # The last few weeks only, in one query; the check-ins page has the whole story.
        checkin_chart = weekly_checkin_chart(child, recent_checkins(child))
    return render(
        request,
        "children/detail.html",
        {
            "child": child,
            "key_adults": key_adults,
            "shares": shares,
            "groups": child.groups.all(),
            "checkin_chart": checkin_chart,
            "checkin_weeks": TREND_WEEKS,
        },
    )


@require_http_methods(["GET", "POST"])
def child_create(request: HttpRequest) -> HttpResponse:
    form = ChildForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        child = services.child_create(
            organisation=request.organisation,  # type: ignore[attr-defined]
            actor=request.user,
            data=form.cleaned_data,
            request=request,  # type: ignore[arg-type]
        )
        messages.success(request, f"{child.display_name} has been added.")
        return redirect("children:detail", child_id=child.pk)
    return render(request, "children/form.html", {"form": form, "child": None})


@require_http_methods(["GET", "POST"])
def child_edit(request: HttpRequest, child_id: int) -> HttpResponse:
    child = get_child_or_404(request, child_id)
    if request.method == "POST":
        form = ChildForm(request.POST)
        version = request.POST.get("version", "")
        if form.is_valid() and version.isdigit():
            try:
                services.child_update(
                    child=child,
                    actor=request.user,
                    data=form.cleaned_data,  # type: ignore[arg-type]
                    expected_version=int(version),
                    request=request,
                )
            except services.ConcurrentEditError as conflict:
                messages.error(
                    request,
                    "Someone else saved this record while you were editing. Their version is "
                    "shown below beside yours; check both, then save again.",
                )
                return render(
                    request,
                    "children/form.html",
                    {"form": form, "child": conflict.current, "conflict": conflict.current},
                    status=409,
                )
            messages.success(request, "Saved.")
            return redirect("children:detail", child_id=child.pk)
    else:
        form = ChildForm(initial={name: getattr(child, name) for name in services.CHILD_FIELDS})
    return render(request, "children/form.html", {"form": form, "child": child})


@require_http_methods(["GET", "POST"])
def key_adults(request: HttpRequest, child_id: int) -> HttpResponse:
    child = get_child_or_404(request, child_id)
    form = KeyAdultForm(request.POST or None, organisation_id=child.organisation_id)
    if request.method == "POST" and form.is_valid():
        services.key_adult_add(
            child=child,
            membership=form.cleaned_data["membership"],
            actor=request.user,
            request=request,  # type: ignore[arg-type]
        )
        messages.success(request, "Key adult added.")
        return redirect("children:detail", child_id=child.pk)
    current = KeyAdult.objects.filter(child=child).select_related("membership__user")
    return render(
        request, "children/key_adults.html", {"child": child, "form": form, "current": current}
    )


@require_POST
def key_adult_remove(request: HttpRequest, child_id: int, key_adult_id: int) -> HttpResponse:
    child = get_child_or_404(request, child_id)
    key_adult = KeyAdult.objects.filter(child=child, pk=key_adult_id).first()
    if key_adult is None:
        raise Http404("No such key adult.")
    services.key_adult_remove(key_adult=key_adult, actor=request.user, request=request)  # type: ignore[arg-type]
    messages.success(request, "Key adult removed.")
    return redirect("children:detail", child_id=child.pk)


@require_http_methods(["GET", "POST"])
def shares(request: HttpRequest, child_id: int) -> HttpResponse:
    child = get_child_or_404(request, child_id)
    form = ShareForm(request.POST or None, organisation_id=child.organisation_id)
    if request.method == "POST" and form.is_valid():
        services.child_share_create(
            child=child,
            membership=form.cleaned_data["membership"],
            expires_on=form.cleaned_data["expires_on"],
            reason=form.cleaned_data["reason"],
            actor=request.user,
            request=request,  # type: ignore[arg-type]
        )
        messages.success(request, "Shared. Access ends automatically on the date you chose.")
        return redirect("children:detail", child_id=child.pk)
    current = ChildShare.objects.filter(child=child).select_related("membership__user")
    return render(
        request,
        "children/shares.html",
        {"child": child, "form": form, "current": current, "roles": Role},
    )
