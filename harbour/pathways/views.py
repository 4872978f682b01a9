"""Level of support, the services directory and referrals.

Who sees what: designated staff and the lead see the suggestion with its reasons, decide,
and see the history with each rationale (the suggestion reads factors, ACEs, warning signs
and concerns, which are theirs only). Staff see the current level of support only. The
directory is for every adult who works with children; referrals are the designated staff's.
"""

from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.forms.models import model_to_dict
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.views.decorators.http import require_http_methods

from harbour.accounts.roles import SAFEGUARDING_ROLES
from harbour.children.access import get_child_or_404
from harbour.guidance.library import load_library
from harbour.pathways import services
from harbour.pathways.evidence import current_decision, need_evidence
from harbour.pathways.forms import DecisionForm, ReferralForm, ReferralUpdateForm, ServiceForm
from harbour.pathways.grouping import LABELS, suggest_grouping
from harbour.pathways.models import NeedDecision, Referral, Service


def _designated(request: HttpRequest) -> bool:
    return request.membership.role in SAFEGUARDING_ROLES  # type: ignore[attr-defined]


@require_http_methods(["GET", "POST"])
def need(request: HttpRequest, child_id: int) -> HttpResponse:
    child = get_child_or_404(request, child_id)
    decision = current_decision(child)
    context: dict[str, object] = {"child": child, "current": decision, "tab": "need"}
    if not _designated(request):
        if request.method == "POST":
            raise PermissionDenied("Designated staff and the lead decide the level of support.")
        return render(request, "pathways/need.html", context)
    suggestion = suggest_grouping(need_evidence(child))
    form = DecisionForm(request.POST or None, initial={"grouping": suggestion.grouping})
    if request.method == "POST" and form.is_valid():
        services.need_decide(
            child=child,
            actor=request.user,  # type: ignore[arg-type]
            grouping=form.cleaned_data["grouping"],
            rationale=form.cleaned_data["rationale"],
            suggestion=suggestion,
            request=request,
        )
        messages.success(request, "Decision recorded.")
        return redirect("pathways:need", child_id=child.pk)
    groupings = {g.slug: g for g in load_library().groupings}
    context.update(
        {
            "suggestion": suggestion,
            "form": form,
            "history": NeedDecision.objects.filter(
                organisation_id=child.organisation_id, child=child
            ),
            "grouping_text": groupings.get(suggestion.grouping),
            "matching_services": [
                s
                for s in Service.objects.filter(
                    organisation_id=child.organisation_id, is_active=True
                )
                if suggestion.grouping in s.groupings
            ],
            "referrals": Referral.objects.filter(
                organisation_id=child.organisation_id, child=child
            ).select_related("service"),
            "today": timezone.localdate(),
        }
    )
    return render(request, "pathways/need.html", context)


@require_http_methods(["GET"])
def directory(request: HttpRequest) -> HttpResponse:
    organisation = request.organisation  # type: ignore[attr-defined]
    services.services_seed(organisation=organisation, actor=request.user, request=request)  # type: ignore[arg-type]
    grouping = request.GET.get("grouping", "")
    rows = list(Service.objects.filter(organisation_id=organisation.pk, is_active=True))
    if grouping in LABELS:
        rows = [s for s in rows if grouping in s.groupings]
    return render(
        request,
        "pathways/directory.html",
        {
            "services": rows,
            "grouping": grouping,
            "labels": LABELS,
            "can_edit": _designated(request),
        },
    )


def _service_or_404(request: HttpRequest, service_id: int) -> Service:
    found = Service.objects.filter(
        organisation_id=request.membership.organisation_id,  # type: ignore[attr-defined]
        pk=service_id,
    ).first()
    if found is None:
        raise Http404("No such service.")
    return found


@require_http_methods(["GET", "POST"])
def service_edit(request: HttpRequest, service_id: int | None = None) -> HttpResponse:
    service = _service_or_404(request, service_id) if service_id is not None else None
    initial = model_to_dict(service, fields=list(services.SERVICE_FIELDS)) if service else {}
    form = ServiceForm(request.POST or None, initial=initial)
    if request.method == "POST" and form.is_valid():
        services.service_save(
            organisation=request.organisation,  # type: ignore[attr-defined]
            actor=request.user,  # type: ignore[arg-type]
            data={f: form.cleaned_data[f] for f in services.SERVICE_FIELDS},
            service=service,
            request=request,
        )
        messages.success(request, "Saved.")
        return redirect("pathways:directory")
    return render(request, "pathways/service_form.html", {"form": form, "service": service})


@require_http_methods(["GET"])
def referral_list(request: HttpRequest) -> HttpResponse:
    today = timezone.localdate()
    rows = list(
        Referral.objects.filter(
            organisation_id=request.membership.organisation_id  # type: ignore[attr-defined]
        ).select_related("child", "service")[:500]
    )
    rows.sort(key=lambda r: (not r.is_overdue(today), r.status in Referral.FINISHED, r.due_by))
    return render(request, "pathways/referrals.html", {"referrals": rows, "today": today})


@require_http_methods(["GET", "POST"])
def referral_create(request: HttpRequest, child_id: int) -> HttpResponse:
    child = get_child_or_404(request, child_id)
    services.services_seed(organisation=request.organisation, actor=request.user, request=request)  # type: ignore[attr-defined, arg-type]
    choices = Service.objects.filter(organisation_id=child.organisation_id, is_active=True)
    form = ReferralForm(
        request.POST or None, services=choices, initial={"sent_on": timezone.localdate()}
    )
    if request.method == "POST" and form.is_valid():
        services.referral_create(
            child=child,
            actor=request.user,  # type: ignore[arg-type]
            service=form.cleaned_data["service"],
            reason=form.cleaned_data["reason"],
            sent_on=form.cleaned_data["sent_on"],
            request=request,
        )
        messages.success(request, "Referral recorded.")
        return redirect("pathways:need", child_id=child.pk)
    return render(request, "pathways/referral_form.html", {"form": form, "child": child})


@require_http_methods(["GET", "POST"])
def referral_detail(request: HttpRequest, referral_id: int) -> HttpResponse:
    referral = (
        Referral.objects.filter(
            organisation_id=request.membership.organisation_id,  # type: ignore[attr-defined]
            pk=referral_id,
        )
        .select_related("child", "service")
        .first()
    )
    if referral is None:
        raise Http404("No such referral.")
    form = ReferralUpdateForm(request.POST or None, initial={"status": referral.status})
    if request.method == "POST" and form.is_valid():
        services.referral_update(
            referral=referral,
            actor=request.user,  # type: ignore[arg-type]
            request=request,
            **form.cleaned_data,
        )
        messages.success(request, "Referral updated.")
        return redirect("pathways:referral", referral_id=referral.pk)
    return render(
        request,
        "pathways/referral.html",
        {
            "referral": referral,
            "form": form,
            "updates": referral.updates.all(),
            "today": timezone.localdate(),
        },
    )
