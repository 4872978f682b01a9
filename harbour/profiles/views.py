from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.views.decorators.http import require_http_methods, require_POST

from harbour.accounts.roles import Role
from harbour.audit.services import audit_record
from harbour.children.access import get_child_or_404, visible_children
from harbour.children.models import Child, Group
from harbour.core.charts import Chart, Series, bar_chart, heat_map, line_chart
from harbour.guidance.library import AGE_STAGE_TITLES, load_library
from harbour.profiles import factors as factor_lists
from harbour.profiles import services
from harbour.profiles.access import get_group_or_404, get_profile_or_404
from harbour.profiles.forms import (
    NOT_OBSERVED,
    FactorsForm,
    RatingForm,
    ResolveSignForm,
    ScreenForm,
    WarningSignForm,
    rating_field_name,
    scale_choices,
)
from harbour.profiles.frameworks import Framework, current_version, load_framework
from harbour.profiles.models import FactorRecord, Profile, WarningSignRecord
from harbour.profiles.reading import complete_profiles, framework_of, ratings_of, results_for
from harbour.profiles.scoring import ProfileResult, compare, domain_series
from harbour.profiles.suggest import guidance_for_domain


def _date(value: Any) -> str:
    return f"{value:%-d %b %Y}"


# --- One child's profiles ------------------------------------------------------------------


@require_http_methods(["GET"])
def child_profiles(request: HttpRequest, child_id: int) -> HttpResponse:
    child = get_child_or_404(request, child_id)
    profiles = Profile.objects.filter(organisation_id=child.organisation_id, child=child)
    drafts = profiles.filter(status=Profile.Status.DRAFT).order_by("-created_at")
    results = results_for(complete_profiles(child).select_related("child", "completed_by"))
    return render(
        request,
        "profiles/child.html",
        {
            "child": child,
            "drafts": drafts,
            "history": list(reversed(results)),
            "trend": _trend_charts(results),
            "can_rate": request.membership.role in _RATERS,  # type: ignore[attr-defined]
        },
    )


_RATERS = {Role.LEAD, Role.DESIGNATED, Role.STAFF}


def _trend_charts(results: list[tuple[Profile, ProfileResult]]) -> list[Chart]:
    """One small line chart per domain (small multiples read better than seven lines)."""
    if not results:
        return []
    framework = load_framework(current_version())
    slugs = [d.slug for d in framework.domains]
    for _profile, result in results:  # a domain only an older version had
        slugs += [d.domain.slug for d in result.domains if d.domain.slug not in slugs]
    series = domain_series([r for _p, r in results], slugs)
    labels = [f"{p.observed_on:%-d %b %y}" for p, _r in results]
    charts = []
    for slug in slugs:
        shown = framework.domain(slug) or next(
            r.domain(slug).domain for _p, r in results if r.domain(slug) is not None
        )
        charts.append(
            line_chart(
                labels,
                [Series(shown.short, series[slug])],
                title=f"{shown.title}: score over time",
                y_min=0,
                y_max=100,
                unit="%",
                decimals=0,
                width=340,
                height=190,
            )
        )
    return charts


@require_http_methods(["GET", "POST"])
def profile_new(request: HttpRequest, child_id: int) -> HttpResponse:
    child = get_child_or_404(request, child_id)
    framework = load_framework(current_version())
    form = RatingForm(
        request.POST or None,
        framework=framework,
        initial={"observed_on": timezone.localdate()},
    )
    if request.method == "POST" and form.is_valid():
        profile = services.profile_create(
            child=child,
            actor=request.user,  # type: ignore[arg-type]
            observed_on=form.cleaned_data["observed_on"],
            request=request,
        )
        return _save_ratings(request, profile, form)
    return _rating_page(request, child, framework, form, None, child.age_stage)


@require_http_methods(["GET", "POST"])
def profile_edit(request: HttpRequest, profile_id: int) -> HttpResponse:
    profile = get_profile_or_404(request, profile_id)
    if profile.is_complete or profile.kind != Profile.Kind.FULL:
        messages.info(request, "A finished profile stays as it was; start a new one to rate again.")
        return redirect("profiles:detail", profile_id=profile.pk)
    framework = framework_of(profile)
    initial: dict[str, Any] = {"observed_on": profile.observed_on, "notes": profile.notes}
    for item_id, value in ratings_of(profile).items():
        initial[rating_field_name(item_id)] = NOT_OBSERVED if value is None else str(value)
    form = RatingForm(request.POST or None, framework=framework, initial=initial)
    if request.method == "POST" and form.is_valid():
        if form.cleaned_data["observed_on"] != profile.observed_on:
            Profile.objects.filter(pk=profile.pk, organisation_id=profile.organisation_id).update(
                observed_on=form.cleaned_data["observed_on"]
            )
        return _save_ratings(request, profile, form)
    return _rating_page(request, profile.child, framework, form, profile, profile.age_stage)


def _save_ratings(request: HttpRequest, profile: Profile, form: RatingForm) -> HttpResponse:
    services.profile_rate(
        profile=profile,
        actor=request.user,  # type: ignore[arg-type]
        ratings=form.ratings(),
        notes=form.cleaned_data["notes"],
        request=request,
    )
    if request.POST.get("action") == "complete":
        try:
            services.profile_complete(profile=profile, actor=request.user, request=request)  # type: ignore[arg-type]
        except services.ProfileError as problem:
            messages.error(request, str(problem))
            return redirect("profiles:edit", profile_id=profile.pk)
        messages.success(request, "Profile finished. Here is what it shows.")
        return redirect("profiles:detail", profile_id=profile.pk)
    messages.success(request, "Saved as a draft. You can carry on later.")
    return redirect("profiles:edit", profile_id=profile.pk)


def _rating_page(
    request: HttpRequest,
    child: Child,
    framework: Framework,
    form: RatingForm,
    profile: Profile | None,
    age_stage: str,
) -> HttpResponse:
    choices = scale_choices(framework)
    domains = []
    for domain in framework.domains:
        skills = []
        for skill in domain.skills:
            field = form[rating_field_name(skill.id)]
            current = str(field.value()) if field.value() not in (None, "") else NOT_OBSERVED
            skills.append(
                {
                    "skill": skill,
                    "name": field.html_name,
                    "options": [
                        {
                            "value": value,
                            "label": label,
                            "id": f"{field.auto_id}_{value or 'no'}",
                            "checked": value == current,
                        }
                        for value, label in choices
                    ],
                }
            )
        domains.append(
            {"domain": domain, "expectation": domain.expectation(age_stage), "skills": skills}
        )
    return render(
        request,
        "profiles/rate.html",
        {
            "child": child,
            "profile": profile,
            "framework": framework,
            "form": form,
            "domains": domains,
            "age_stage_title": AGE_STAGE_TITLES.get(age_stage, ""),
        },
    )


def _profile_context(request: HttpRequest, profile: Profile) -> dict[str, Any]:
    [(_, result)] = results_for([profile])
    library = load_library()
    guidance = {
        finding.slug: guidance_for_domain(finding.slug, profile.age_stage, library, limit=4)
        for finding in result.less_developed
    }
    nameable = [d for d in result.domains if d.nameable]
    chart = bar_chart(
        [d.domain.short for d in nameable],
        [Series("Score", [d.percent for d in nameable])],
        title=f"{profile.child.first_name}'s domain scores, {_date(profile.observed_on)}",
        y_max=100,
        unit="%",
        decimals=0,
    )
    earlier = (
        complete_profiles(profile.child)
        .filter(observed_on__lte=profile.observed_on)
        .exclude(pk=profile.pk)
        .exclude(observed_on=profile.observed_on, id__gt=profile.pk)
        .last()
    )
    return {
        "child": profile.child,
        "profile": profile,
        "framework": result.framework,
        "result": result,
        "guidance": guidance,
        "chart": chart,
        "earlier": earlier if profile.is_complete else None,
        "age_stage_title": AGE_STAGE_TITLES.get(profile.age_stage, ""),
    }


@require_http_methods(["GET"])
def profile_detail(request: HttpRequest, profile_id: int) -> HttpResponse:
    profile = get_profile_or_404(request, profile_id)
    context = _profile_context(request, profile)
    context["can_rate"] = request.membership.role in _RATERS  # type: ignore[attr-defined]
    return render(request, "profiles/detail.html", context)


@require_http_methods(["GET"])
def profile_print(request: HttpRequest, profile_id: int) -> HttpResponse:
    profile = get_profile_or_404(request, profile_id)
    context = _profile_context(request, profile)
    context["printing"] = True
    return render(request, "profiles/print.html", context)


@require_http_methods(["GET"])
def profile_compare(request: HttpRequest, profile_id: int) -> HttpResponse:
    later = get_profile_or_404(request, profile_id)
    child = later.child
    others = list(complete_profiles(child).exclude(pk=later.pk))
    chosen = request.GET.get("with", "")
    earlier = None
    if chosen.isdigit():
        earlier = next((p for p in others if p.pk == int(chosen)), None)
        if earlier is None:
            raise Http404("No such profile for this child.")
    else:
        before = [p for p in others if (p.observed_on, p.pk) < (later.observed_on, later.pk)]
        earlier = before[-1] if before else None
    changes: tuple[Any, ...] = ()
    chart = None
    if earlier is not None:
        if (earlier.observed_on, earlier.pk) > (later.observed_on, later.pk):
            earlier, later = later, earlier
        [(_, old), (_, new)] = results_for([earlier, later])
        changes = compare(old, new, name=child.first_name, earlier_date=_date(earlier.observed_on))
        chart = bar_chart(
            [c.short for c in changes],
            [
                Series(_date(earlier.observed_on), [_pct(c.earlier) for c in changes]),
                Series(_date(later.observed_on), [_pct(c.later) for c in changes]),
            ],
            title=f"{child.first_name}'s domain scores, then and now",
            y_max=100,
            unit="%",
            decimals=0,
        )
    return render(
        request,
        "profiles/compare.html",
        {
            "child": child,
            "profile": later,
            "earlier": earlier,
            "later": later,
            "others": others,
            "changes": changes,
            "chart": chart,
            "trend": _trend_charts(results_for(complete_profiles(child))),
            "statement": framework_of(later).statement,
            "versions_differ": earlier is not None
            and earlier.framework_version != later.framework_version,
        },
    )


def _pct(score: float | None) -> float | None:
    return None if score is None else round(score * 100)


# --- Groups: the screening grid and the quick screen -------------------------------------


def _group_children(request: HttpRequest, group: Group) -> list[Child]:
    return list(
        visible_children(request.membership)  # type: ignore[attr-defined]
        .filter(groups=group)
        .order_by("legal_last_name", "legal_first_name", "id")
    )


@require_http_methods(["GET"])
def groups(request: HttpRequest) -> HttpResponse:
    membership = request.membership  # type: ignore[attr-defined]
    found = Group.objects.filter(organisation_id=membership.organisation_id)
    if membership.role == Role.STAFF:
        found = found.filter(staff=membership)
    return render(request, "profiles/groups.html", {"groups": found.order_by("name")})


@require_http_methods(["GET"])
def group_grid(request: HttpRequest, group_id: int) -> HttpResponse:
    group = get_group_or_404(request, group_id)
    children = _group_children(request, group)
    framework = load_framework(current_version())
    latest: dict[int, Profile] = {}
    for profile in (
        Profile.objects.filter(
            organisation_id=group.organisation_id,
            child__in=[c.pk for c in children],
            status=Profile.Status.COMPLETE,
        )
        .select_related("child")
        .order_by("observed_on", "id")
    ):
        latest[profile.child_id] = profile  # the last one wins: the latest
    results = dict((p.child_id, r) for p, r in results_for(latest.values()))
    rows, cells, texts, support, unprofiled = [], [], [], [], []
    for child in children:
        result = results.get(child.pk)
        if result is None:
            unprofiled.append(child)
            continue
        row_cells: list[float | None] = []
        row_text: list[str] = []
        for domain in framework.domains:
            score = result.domain(domain.slug)
            value = score.score if score is not None and score.nameable else None
            row_cells.append(value)
            row_text.append("—" if value is None else f"{round(value * 100)}%")
        rows.append(child.display_name)
        cells.append(row_cells)
        texts.append(row_text)
        if result.less_developed:
            support.append(
                {
                    "child": child,
                    "profile": latest[child.pk],
                    "areas": result.less_developed,
                }
            )
    support.sort(key=lambda s: (-len(s["areas"]), s["child"].display_name))
    grid = (
        heat_map(
            rows,
            [d.short for d in framework.domains],
            cells,
            title=f"{group.name}: domain scores from each child's latest profile",
            cell_text=texts,
        )
        if rows
        else None
    )
    return render(
        request,
        "profiles/group.html",
        {
            "group": group,
            "children": children,
            "grid": grid,
            "support": support,
            "unprofiled": unprofiled,
            "framework": framework,
            "latest": latest,
        },
    )


@require_http_methods(["GET", "POST"])
def group_screen(request: HttpRequest, group_id: int) -> HttpResponse:
    group = get_group_or_404(request, group_id)
    children = _group_children(request, group)
    framework = load_framework(current_version())
    form = ScreenForm(
        request.POST or None,
        framework=framework,
        children=children,
        initial={"observed_on": timezone.localdate()},
    )
    if request.method == "POST" and form.is_valid():
        created = services.profiles_screen_group(
            organisation=request.organisation,  # type: ignore[attr-defined]
            actor=request.user,  # type: ignore[arg-type]
            children=children,
            ratings=form.ratings(),
            observed_on=form.cleaned_data["observed_on"],
            request=request,
        )
        if created:
            messages.success(request, f"Quick screen saved for {len(created)} children.")
        else:
            messages.info(request, "Nothing was rated, so nothing was saved.")
        return redirect("profiles:group", group_id=group.pk)
    rows = [
        {
            "child": child,
            "fields": [form[ScreenForm.field_name(child, d.id)] for d in framework.domains],
        }
        for child in children
    ]
    return render(
        request,
        "profiles/screen.html",
        {"group": group, "form": form, "rows": rows, "framework": framework},
    )


# --- Protective and risk factors, ACEs and warning signs (designated staff and lead) -------


@require_http_methods(["GET", "POST"])
def child_factors(request: HttpRequest, child_id: int) -> HttpResponse:
    child = get_child_or_404(request, child_id)
    library = load_library()
    sections = factor_lists.FACTOR_SECTIONS
    all_items = [item for s in sections for item in factor_lists.section_items(s, library)]
    records = {r.item_id: r for r in FactorRecord.objects.filter(child=child)}
    if request.method == "POST":
        form = FactorsForm(request.POST, items=all_items)
        if form.is_valid():
            changed = services.factors_update(
                child=child,
                actor=request.user,  # type: ignore[arg-type]
                present=form.cleaned_data["present"],
                request=request,
            )
            messages.success(request, f"Saved ({changed} changed).")
        return redirect("profiles:factors", child_id=child.pk)
    # Every read of this page is safeguarding data and goes into the audit trail.
    audit_record(
        organisation=request.organisation,  # type: ignore[attr-defined]
        actor=request.user,  # type: ignore[arg-type]
        action="child.factors.viewed",
        child_id=child.pk,
        request=request,
    )
    checklists = [
        {
            "section": section,
            "items": [
                {"item": item, "record": records.get(item.id)}
                for item in factor_lists.section_items(section, library)
            ],
        }
        for section in sections
    ]
    ace_count = sum(1 for r in records.values() if r.present and r.kind == FactorRecord.Kind.ACE)
    signs = factor_lists.warning_signs(library)
    sign_titles = {item.id: item.title for item in signs}
    sign_records = list(WarningSignRecord.objects.filter(child=child))
    return render(
        request,
        "profiles/factors.html",
        {
            "child": child,
            "checklists": checklists,
            "counts": {
                kind: sum(1 for r in records.values() if r.present and r.kind == kind)
                for kind in FactorRecord.Kind.values
            },
            "ace_count": ace_count,
            "ace_total": len(library.list_items("factors.aces")),
            "ace_note": library.lists["factors.ace-figures"].intro,
            "signs": signs,
            "sign_records": [
                {"record": r, "title": sign_titles.get(r.sign_id, r.sign_id)} for r in sign_records
            ],
            "sign_form": WarningSignForm(
                signs=signs, initial={"observed_on": timezone.localdate()}
            ),
            "today": timezone.localdate(),
        },
    )


@require_POST
def warning_signs(request: HttpRequest, child_id: int) -> HttpResponse:
    child = get_child_or_404(request, child_id)
    signs = factor_lists.warning_signs(load_library())
    if "record" in request.POST:
        resolve = ResolveSignForm(request.POST)
        if resolve.is_valid():
            record = WarningSignRecord.objects.filter(
                child=child, pk=resolve.cleaned_data["record"]
            ).first()
            if record is None:
                raise Http404("No such record.")
            try:
                services.warning_sign_resolve(
                    record=record,
                    actor=request.user,  # type: ignore[arg-type]
                    resolved_on=resolve.cleaned_data["resolved_on"],
                    request=request,
                )
                messages.success(request, "Noted as eased.")
            except services.ProfileError as problem:
                messages.error(request, str(problem))
        else:
            messages.error(request, "Choose the date the sign eased (not in the future).")
        return redirect("profiles:factors", child_id=child.pk)
    form = WarningSignForm(request.POST, signs=signs)
    if form.is_valid():
        services.warning_sign_record(
            child=child,
            actor=request.user,  # type: ignore[arg-type]
            sign_id=form.cleaned_data["sign"],
            observed_on=form.cleaned_data["observed_on"],
            note=form.cleaned_data["note"],
            request=request,
        )
        messages.success(request, "Warning sign recorded.")
    else:
        messages.error(
            request, "Choose a warning sign and the date it was seen (not in the future)."
        )
    return redirect("profiles:factors", child_id=child.pk)
