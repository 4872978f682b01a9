from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.db.models import Q
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.views.decorators.http import require_http_methods

from harbour.accounts.roles import SETTING_STAFF_ROLES
from harbour.children.access import get_child_or_404
from harbour.children.models import Child
from harbour.guidance.library import load_library
from harbour.guidance.models import Intervention
from harbour.plans import services
from harbour.plans.content import (
    PROGRESS_SCALE,
    default_review_days,
    draft_for,
    normalise,
    suggestions_for,
)
from harbour.plans.forms import PlanForm, ReviewForm
from harbour.plans.models import Plan, PlanReview, PlanVersion
from harbour.plans.pdf import render_pdf
from harbour.voices.reading import latest_parent_views


def _plan_of(child: Child) -> Plan | None:
    return Plan.objects.filter(organisation_id=child.organisation_id, child=child).first()


def _strategy_rows(content: dict[str, Any], suggestions: list[Any]) -> list[dict[str, Any]]:
    """One row per suggestion or chosen strategy: whether it is chosen and its words."""
    library = load_library()
    chosen = {s["item_id"]: s["text"] for s in content["strategies"] if s["item_id"]}
    picked = set(chosen)
    rows = []
    for s in suggestions:
        rows.append(
            {
                "item_id": s.item_id,
                "title": s.title,
                "kind": s.kind_label,
                "reasons": s.reasons,
                "text": chosen.pop(s.item_id, s.text),
                "checked": s.item_id in picked,
                "suggested": True,
            }
        )
    for item_id, text in chosen.items():  # chosen earlier, no longer among the top ones
        item = library.by_id.get(item_id)
        rows.append(
            {
                "item_id": item_id,
                "title": item.title if item else item_id,
                "kind": "",
                "reasons": (),
                "text": text,
                "checked": True,
                "suggested": False,
            }
        )
    return rows


def _intervention_choices(child: Child) -> list[tuple[int, str]]:
    """The catalogue this organisation sees: Harbour's own entries and its own."""
    visible = Intervention.objects.filter(
        Q(organisation__isnull=True) | Q(organisation_id=child.organisation_id)
    )
    return list(visible.order_by("title").values_list("pk", "title"))


def _ids(content: dict[str, Any]) -> set[str]:
    return {s["item_id"] for s in content["strategies"] if s["item_id"]}


@require_http_methods(["GET"])
def plan(request: HttpRequest, child_id: int) -> HttpResponse:
    child = get_child_or_404(request, child_id)
    found = _plan_of(child)
    context: dict[str, Any] = {
        "child": child,
        "plan": found,
        "can_edit": request.membership.role in SETTING_STAFF_ROLES,  # type: ignore[attr-defined]
        "today": timezone.localdate(),
    }
    if found is not None:
        versions = list(
            PlanVersion.objects.filter(organisation_id=child.organisation_id, plan=found)
            .select_related("saved_by")
            .defer("content")
        )
        wanted = request.GET.get("version", "")
        number = int(wanted) if wanted.isdigit() else found.current_version
        shown = (
            PlanVersion.objects.filter(
                organisation_id=child.organisation_id, plan=found, number=number
            )
            .select_related("saved_by")
            .first()
        )
        if shown is None:
            raise Http404("No such version.")
        context.update(
            versions=versions,
            shown=shown,
            content=normalise(shown.content),
            reviews=PlanReview.objects.filter(
                organisation_id=child.organisation_id, plan=found
            ).select_related("recorded_by"),
            scale=dict(PROGRESS_SCALE),
            # What parents and carers told us before the review. It belongs with the plan, so
            # it is read like the plan: writes are audited (parent.views.submitted), reads of
            # a plan are not; only safeguarding reads write an entry.
            parent_views=latest_parent_views(child),
        )
    return render(request, "plans/plan.html", context)


@require_http_methods(["GET", "POST"])
def plan_edit(request: HttpRequest, child_id: int) -> HttpResponse:
    child = get_child_or_404(request, child_id)
    found = _plan_of(child)
    suggestions = suggestions_for(child)
    if found is None:
        base, content = 0, draft_for(child, suggestions)
        days = default_review_days(child.organisation)
    else:
        current = found.current()
        base, content, days = current.number, normalise(current.content), found.review_interval_days
    choices = _intervention_choices(child)
    form = PlanForm(
        request.POST or None,
        initial=PlanForm.initial_from(content, base_version=base, days=days),
        interventions=choices,
    )
    conflict = None
    rows = _strategy_rows(content, suggestions)
    if request.method == "POST" and form.is_valid():
        known = {s.item_id for s in suggestions} | _ids(content) | set(load_library().by_id)
        mine = form.content(request.POST, known)
        actor = request.user  # type: ignore[assignment]
        try:
            if form.cleaned_data["base_version"] == 0:
                services.plan_create(
                    child=child,
                    actor=actor,  # type: ignore[arg-type]
                    content=mine,
                    review_interval_days=form.cleaned_data["review_interval_days"],
                    request=request,
                )
            else:
                if found is None:
                    raise Http404("No such plan.")
                services.plan_save(
                    plan=found,
                    actor=actor,  # type: ignore[arg-type]
                    content=mine,
                    base_version=form.cleaned_data["base_version"],
                    review_interval_days=form.cleaned_data["review_interval_days"],
                    note=form.cleaned_data["note"],
                    request=request,
                )
        except services.PlanConflict as exc:
            # Keep every word the adult typed; show the colleague's version beside it and
            # let them merge by saving again on top of it.
            conflict = exc.current
            data = request.POST.copy()
            data["base_version"] = str(conflict.number)
            form = PlanForm(
                data,
                initial=PlanForm.initial_from(content, base_version=base, days=days),
                interventions=choices,
            )
            form.is_valid()
            rows = _strategy_rows(mine, suggestions)
            response = render(
                request,
                "plans/edit.html",
                {
                    "child": child,
                    "plan": found or _plan_of(child),
                    "form": form,
                    "rows": rows,
                    "conflict": conflict,
                    "theirs": normalise(conflict.content),
                    "mine": mine,
                },
                status=409,
            )
            return response
        messages.success(request, "Plan saved.")
        return redirect("plans:plan", child_id=child.pk)
    return render(
        request,
        "plans/edit.html",
        {"child": child, "plan": found, "form": form, "rows": rows, "conflict": None},
    )


@require_http_methods(["GET", "POST"])
def plan_review(request: HttpRequest, child_id: int) -> HttpResponse:
    child = get_child_or_404(request, child_id)
    found = _plan_of(child)
    if found is None:
        messages.info(request, "Write the plan first; then you can review it.")
        return redirect("plans:plan", child_id=child.pk)
    content = normalise(found.current().content)
    form = ReviewForm(
        request.POST or None,
        goals=content["goals"],
        initial={"held_on": timezone.localdate(), "attended": content["key_adults"]},
    )
    if request.method == "POST" and form.is_valid():
        services.plan_review_record(
            plan=found,
            actor=request.user,  # type: ignore[arg-type]
            held_on=form.cleaned_data["held_on"],
            attended=form.cleaned_data["attended"],
            goal_progress=form.goal_progress(),
            what_changed=form.cleaned_data["what_changed"],
            child_views=form.cleaned_data["child_views"],
            parent_views=form.cleaned_data["parent_views"],
            next_review_on=form.cleaned_data["next_review_on"],
            request=request,
        )
        messages.success(request, "Review recorded.")
        return redirect("plans:plan", child_id=child.pk)
    return render(
        request,
        "plans/review.html",
        {
            "child": child,
            "plan": found,
            "form": form,
            "parent_views": latest_parent_views(child),
        },
    )


@require_http_methods(["GET"])
def summary(request: HttpRequest, child_id: int) -> HttpResponse:
    """The plain summary a parent or carer sees: no observations, profiles or factors."""
    child = get_child_or_404(request, child_id)
    found = _plan_of(child)
    content = normalise(found.current().content) if found else None
    return render(
        request, "plans/summary.html", {"child": child, "plan": found, "content": content}
    )


def _pdf(request: HttpRequest, child_id: int, template: str, filename: str) -> HttpResponse:
    child = get_child_or_404(request, child_id)
    found = _plan_of(child)
    if found is None:
        messages.info(request, "There is no plan to print yet.")
        return redirect("plans:plan", child_id=child.pk)
    content = normalise(found.current().content)
    library = load_library()
    strategies = [
        {**s, "item": library.by_id.get(s["item_id"]) if s["item_id"] else None}
        for s in content["strategies"]
    ]
    # Appendix 2's tips for home, those about the situations this plan works on first.
    focus = {slug for s in strategies if s["item"] is not None for slug in s["item"].situations}
    tips = [t for t in library.of_kind("parent-tip") if t.applies_to(child.age_stage)]
    parent_tips = sorted(tips, key=lambda t: -len(focus & set(t.situations)))
    context = {
        "child": child,
        "plan": found,
        "version": found.current(),
        "content": content,
        "strategies": strategies,
        "parent_tips": parent_tips,
        "organisation": request.organisation,  # type: ignore[attr-defined]
        "today": timezone.localdate(),
        "at_setting": "at school" if child.organisation.kind == "school" else "here",
    }
    pdf = render_pdf(template, context)
    response = HttpResponse(pdf, content_type="application/pdf")
    response["Content-Disposition"] = f'inline; filename="{filename}-{child.pk}.pdf"'
    return response


@require_http_methods(["GET"])
def pdf_plan(request: HttpRequest, child_id: int) -> HttpResponse:
    return _pdf(request, child_id, "plans/pdf_plan.html", "support-plan")


@require_http_methods(["GET"])
def pdf_one_page(request: HttpRequest, child_id: int) -> HttpResponse:
    return _pdf(request, child_id, "plans/pdf_one_page.html", "one-page-profile")


@require_http_methods(["GET"])
def pdf_parents(request: HttpRequest, child_id: int) -> HttpResponse:
    return _pdf(request, child_id, "plans/pdf_parents.html", "help-sheet")
