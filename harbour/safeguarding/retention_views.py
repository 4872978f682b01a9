"""Retention reviews and legal holds, for designated staff and the lead.

Child-protection files are kept until the child's date of birth plus 25 years, then a
person reviews each one: keep it to a later date, or let it be destroyed securely. A legal
hold blocks destruction whatever the dates say. The rules are `harbour.safeguarding.
retention`; these pages show them and record the decisions through the services. The
overview also counts every other record type (plans, profiles, observations, ...) due now
and within a year; those are reviewed and destroyed by hand, not here.

Reading these pages is a read of safeguarding data (names, dates, reasons for holds): like
the CP file, it asks for a recent second factor and is audited every time. The child is
fetched through the organisation's access path first, so another organisation's child
answers 404 before anything else is said about it.
"""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.http import require_http_methods, require_POST

from harbour.children.models import Child
from harbour.safeguarding import retention, services
from harbour.safeguarding.access import get_cp_child_or_404, has_recent_second_factor, reverify
from harbour.safeguarding.forms import (
    DestroyForm,
    LegalHoldForm,
    LiftHoldForm,
    RetentionReviewForm,
)
from harbour.safeguarding.models import Concern, DestructionLog, LegalHold, RetentionReview
from harbour.safeguarding.reporting import (
    CP_FILE,
    retained_cp_file,
    retained_cp_files,
    retention_by_type,
)


def _record_label(record_type: str) -> str:
    rule = retention.RULES.get(record_type)
    return rule.label if rule else record_type


@require_http_methods(["GET"])
def overview(request: HttpRequest) -> HttpResponse:
    """Files due for review now, coming up within a year, cleared for destruction; every
    other record type's counts; holds; and the destruction log."""
    if not has_recent_second_factor(request):
        return reverify(request)
    organisation_id = request.membership.organisation_id  # type: ignore[attr-defined]
    today = timezone.localdate()
    files = retained_cp_files(organisation_id)
    children = {record.id: child for child, record in files}
    records = [record for _child, record in files]
    due = retention.due_for_review(records, today)
    upcoming = retention.coming_up(records, today, retention.anniversary(today, 1))
    cleared = sorted(
        (record for record in records if retention.can_destroy(record, today)[0]),
        key=lambda record: (retention.next_review(record), record.id),
    )
    cp_rule = retention.RULES[CP_FILE]
    record_types = [
        {"label": cp_rule.label, "due": len(due), "upcoming": len(upcoming), "rule": cp_rule.basis}
    ] + [
        {
            "label": report.summary.rule.label,
            "due": len(report.summary.due),
            "upcoming": report.summary.coming_up,
            "rule": report.summary.rule.basis,
            "not_kept": report.not_kept,
        }
        for report in retention_by_type(request.organisation, today)  # type: ignore[attr-defined]
    ]
    services.retention_overview_viewed(
        organisation=request.organisation,  # type: ignore[attr-defined]
        actor=request.user,  # type: ignore[arg-type]
        request=request,
    )
    return render(
        request,
        "safeguarding/retention.html",
        {
            "rule": cp_rule,
            "record_types": record_types,
            "file_count": len(records),
            "due": [(children[item.record.id], item) for item in due],
            "upcoming": [(children[item.record.id], item) for item in upcoming],
            "cleared": [(children[record.id], record) for record in cleared],
            "holds": LegalHold.objects.filter(
                organisation_id=organisation_id, lifted_at__isnull=True
            )
            .select_related("child")
            .order_by("placed_at", "id"),
            "destroyed": [
                (entry, _record_label(entry.record_type))
                for entry in DestructionLog.objects.filter(
                    organisation_id=organisation_id
                ).order_by("-destroyed_at", "-id")[:200]
            ],
        },
    )


@require_http_methods(["GET"])
def child_retention(request: HttpRequest, child_id: int) -> HttpResponse:
    child = get_cp_child_or_404(request, child_id)
    if not has_recent_second_factor(request):
        return reverify(request)
    return _child_page(request, child)


def _child_page(
    request: HttpRequest,
    child: Child,
    *,
    review_form: RetentionReviewForm | None = None,
    hold_form: LegalHoldForm | None = None,
    lift_forms: dict[int, LiftHoldForm] | None = None,
    destroy_form: DestroyForm | None = None,
) -> HttpResponse:
    """The child's retention page; a form that failed comes back bound, with its errors."""
    today = timezone.localdate()
    record = retained_cp_file(child)
    review_on = retention.next_review(record)
    allowed, why = retention.can_destroy(record, today)
    scope: dict[str, Any] = {"organisation_id": child.organisation_id, "child": child}
    holds = list(LegalHold.objects.filter(**scope).order_by("-placed_at", "-id"))
    lift_forms = lift_forms or {}
    services.retention_viewed(child=child, actor=request.user, request=request)  # type: ignore[arg-type]
    return render(
        request,
        "safeguarding/retention_child.html",
        {
            "child": child,
            "rule": retention.RULES[CP_FILE],
            "first_review": retention.review_date(
                CP_FILE, date_of_birth=child.date_of_birth, closed_on=child.left_on
            ),
            "review_on": review_on,
            # Due: the review date has come and nobody has reviewed it since. A review can
            # be recorded (or a decision changed) any time from the review date.
            "is_due": bool(retention.due_for_review([record], today)),
            "can_review": review_on is not None and review_on <= today,
            "concern_count": Concern.objects.filter(**scope).count(),
            "reviews": RetentionReview.objects.filter(**scope, record_type=CP_FILE),
            "active_holds": [
                (hold, lift_forms.get(hold.pk) or LiftHoldForm(prefix=f"lift-{hold.pk}"))
                for hold in holds
                if hold.lifted_at is None
            ],
            "lifted_holds": [hold for hold in holds if hold.lifted_at is not None],
            "can_destroy": allowed,
            "destroy_reason": why,
            "review_form": review_form
            or RetentionReviewForm(prefix="review", today=today, review_on=review_on),
            "hold_form": hold_form or LegalHoldForm(prefix="hold"),
            "destroy_form": destroy_form or DestroyForm(prefix="destroy"),
            "tab": "cp",
        },
    )


def _child_for_post(request: HttpRequest, child_id: int) -> tuple[Child, HttpResponse | None]:
    """The child, and a detour for a fresh code that comes back to the page, not the POST."""
    child = get_cp_child_or_404(request, child_id)
    if has_recent_second_factor(request):
        return child, None
    page = reverse("safeguarding:retention_child", kwargs={"child_id": child.pk})
    return child, reverify(request, next_url=page)


def _back(child: Child) -> HttpResponse:
    return redirect("safeguarding:retention_child", child_id=child.pk)


@require_POST
def review(request: HttpRequest, child_id: int) -> HttpResponse:
    child, detour = _child_for_post(request, child_id)
    if detour:
        return detour
    form = RetentionReviewForm(
        request.POST,
        prefix="review",
        today=timezone.localdate(),
        review_on=retention.next_review(retained_cp_file(child)),
    )
    if not form.is_valid():
        return _child_page(request, child, review_form=form)
    keep_until = form.cleaned_data["keep_until"]
    services.retention_review_record(
        child=child,
        actor=request.user,  # type: ignore[arg-type]
        record_type=CP_FILE,
        keep_until=keep_until,
        request=request,
    )
    if keep_until:
        messages.success(
            request, f"Review recorded: the file is kept until {keep_until.day} {keep_until:%B %Y}."
        )
    else:
        messages.success(request, "Review recorded: the file may now be destroyed.")
    return _back(child)


@require_POST
def hold_place(request: HttpRequest, child_id: int) -> HttpResponse:
    child, detour = _child_for_post(request, child_id)
    if detour:
        return detour
    form = LegalHoldForm(request.POST, prefix="hold")
    if form.is_valid():
        try:
            services.legal_hold_place(
                child=child,
                actor=request.user,  # type: ignore[arg-type]
                reason=form.cleaned_data["reason"],
                request=request,
            )
        except ValueError as error:
            form.add_error("reason", str(error))
        else:
            messages.success(request, "Legal hold placed: nothing in this file can be destroyed.")
            return _back(child)
    return _child_page(request, child, hold_form=form)


@require_POST
def hold_lift(request: HttpRequest, child_id: int) -> HttpResponse:
    child, detour = _child_for_post(request, child_id)
    if detour:
        return detour
    wanted = request.POST.get("hold", "")
    hold = LegalHold.objects.filter(
        organisation_id=child.organisation_id,
        child=child,
        pk=int(wanted) if wanted.isdigit() else 0,
    ).first()
    if hold is None:
        raise Http404("No such legal hold.")
    form = LiftHoldForm(request.POST, prefix=f"lift-{hold.pk}")
    if not form.is_valid():
        return _child_page(request, child, lift_forms={hold.pk: form})
    try:
        services.legal_hold_lift(
            hold=hold,
            actor=request.user,  # type: ignore[arg-type]
            reason=form.cleaned_data["reason"],
            request=request,
        )
    except ValueError as error:
        messages.error(request, str(error))
    else:
        messages.success(request, "Legal hold lifted. The usual retention dates apply again.")
    return _back(child)


@require_POST
def destroy(request: HttpRequest, child_id: int) -> HttpResponse:
    child, detour = _child_for_post(request, child_id)
    if detour:
        return detour
    if not Concern.objects.filter(organisation_id=child.organisation_id, child=child).exists():
        messages.error(request, "There is no child-protection file to destroy.")
        return _back(child)
    form = DestroyForm(request.POST, prefix="destroy")
    if form.is_valid():
        try:
            services.cp_file_destroy(
                child=child,
                actor=request.user,  # type: ignore[arg-type]
                request=request,
            )
        except ValueError as error:  # the rules do not allow it (yet): say why
            form.add_error(None, str(error))
        else:
            messages.success(
                request,
                f"{child.display_name}'s child-protection file was destroyed securely. "
                "The destruction log records what, when and why.",
            )
            return redirect("safeguarding:retention")
    return _child_page(request, child, destroy_form=form)
