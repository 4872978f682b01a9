"""Observation pages: the quick log, one observation, edit and delete, the lead's lists.

The chronology and insight pages are in `pages.py`.
"""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.db.models import Prefetch, Q
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.http import require_http_methods, require_POST

from harbour.accounts.models import Membership
from harbour.accounts.roles import Role
from harbour.children.access import visible_children
from harbour.children.models import Child
from harbour.coach.analyser import analyse
from harbour.coach.views import FLAG_LABELS
from harbour.observations import services, vocabulary
from harbour.observations.access import (
    can_change,
    can_read_content,
    get_observation_or_404,
    require_change,
)
from harbour.observations.forms import DATETIME_LOCAL, ObservationForm, SettingForm
from harbour.observations.history import history
from harbour.observations.models import (
    ChildRole,
    Observation,
    ObservationChild,
)
from harbour.safeguarding.access import has_recent_second_factor, reverify

MAX_CANDIDATES = 16


def _ids(values: list[str]) -> list[int]:
    return [int(v) for v in values if v.isdigit()]


def candidate_children(
    membership: Membership, *, query: str = "", first: list[int] | None = None
) -> list[Child]:
    """The children offered as big tick boxes: chosen ones, search results, then the
    children this adult logged most recently, then their key and class children."""
    visible = visible_children(membership)
    order: list[int] = list(first or [])
    if query:
        order += list(
            visible.filter(
                Q(legal_first_name__icontains=query)
                | Q(legal_last_name__icontains=query)
                | Q(preferred_name__icontains=query)
            ).values_list("id", flat=True)[:12]
        )
    recent = (
        ObservationChild.objects.filter(
            organisation_id=membership.organisation_id,
            observation__recorded_by_id=membership.user_id,
            observation__deleted_at__isnull=True,
        )
        .order_by("-observation__occurred_at")
        .values_list("child_id", flat=True)[:40]
    )
    order += list(dict.fromkeys(recent))[:6]
    order += list(
        visible.filter(Q(key_adults__membership=membership) | Q(groups__staff=membership))
        .values_list("id", flat=True)
        .distinct()[:12]
    )
    wanted = list(dict.fromkeys(order))[:MAX_CANDIDATES]
    found = {child.pk: child for child in visible.filter(pk__in=wanted)}
    return [found[pk] for pk in wanted if pk in found]


def _form_context(
    request: HttpRequest,
    form: ObservationForm,
    candidates: list[Child],
    roles: dict[int, str],
    **extra: Any,
) -> dict[str, Any]:
    chosen = {str(pk) for pk in (form["children"].value() or [])}
    return {
        "form": form,
        "candidates": candidates,
        "chosen": chosen,
        "roles": roles,
        "role_choices": ChildRole.choices,
        "query": request.GET.get("q", "").strip(),
        **extra,
    }


def _check_words(form: ObservationForm, candidates: list[Child]) -> Any:
    """The PACE coach's reading of "what I said or did", for the "Check my words" button."""
    text = (form.data.get("how_responded") or "").strip()
    if not text:
        return None
    chosen = set(_ids(form.data.getlist("children")))
    ages = [c.age_stage for c in candidates if c.pk in chosen]
    return analyse(text[:2000], age_stage=ages[0] if ages else None)


@require_http_methods(["GET", "POST"])
def quick_log(request: HttpRequest) -> HttpResponse:
    membership = request.membership  # type: ignore[attr-defined]
    organisation = request.organisation  # type: ignore[attr-defined]
    settings = vocabulary.settings_for(organisation)
    positive_mode = request.GET.get("positive") == "1"
    data = request.POST if request.method == "POST" else None
    first = _ids(data.getlist("children")) if data else _ids([request.GET.get("child", "")])
    candidates = candidate_children(
        membership, query=request.GET.get("q", "").strip()[:60], first=first
    )
    initial = {"children": first, "occurred_at": timezone.localtime().strftime(DATETIME_LOCAL)}
    form = ObservationForm(
        data, initial=initial, children=visible_children(membership), settings=settings
    )
    roles = {pk: data.get(f"role_{pk}", "") for pk in first} if data else {}
    if data is not None and data.get("check"):
        form.is_valid()
        context = _form_context(
            request,
            form,
            candidates,
            roles,
            checking=True,
            analysis=_check_words(form, candidates),
            flag_labels=FLAG_LABELS,
            positive_mode=positive_mode,
            open_more=True,
        )
        return render(request, "observations/log.html", context)
    if data is not None and form.is_valid():
        fields = form.observation_data()
        fields["is_positive"] = data.get("positive") == "1"
        observation = services.observation_create(
            organisation=organisation,
            actor=request.user,  # type: ignore[arg-type]
            children=form.roles(data),
            data=fields,
            request=request,
        )
        if observation.safeguarding:
            messages.success(
                request, "Logged, and passed to the designated safeguarding lead. Thank you."
            )
        elif observation.is_positive:
            messages.success(request, "Positive moment logged. Noticing and naming these matters.")
        else:
            messages.success(request, "Logged. Thank you for noticing.")
        return redirect("observations:log")
    context = _form_context(
        request,
        form,
        candidates,
        roles,
        positive_mode=positive_mode,
        open_more=bool(form.errors)
        and any(k != "children" and k != "what_happened" for k in form.errors),
    )
    return render(request, "observations/log.html", context)


def _safeguarding_door(
    request: HttpRequest, observation: Observation, next_url: str | None = None
) -> HttpResponse | None:
    """A ticked observation's words are a concern's words: like a concern, reading them asks
    for a recent second factor (None when the reader may go on)."""
    if not observation.safeguarding or has_recent_second_factor(request):
        return None
    return reverify(request, next_url)


def _names(membership: Membership, child_ids: set[int]) -> dict[int, str]:
    """Names of the children the reader may see; others are "another child"."""
    visible = visible_children(membership).filter(pk__in=child_ids)
    return {child.pk: child.display_name for child in visible}


@require_http_methods(["GET"])
def detail(request: HttpRequest, observation_id: int) -> HttpResponse:
    membership = request.membership  # type: ignore[attr-defined]
    observation = get_observation_or_404(request, observation_id)
    readable = can_read_content(membership, observation)
    if readable and (door := _safeguarding_door(request, observation)):
        return door
    links = list(
        ObservationChild.objects.filter(
            organisation_id=observation.organisation_id, observation=observation
        ).select_related("child")
    )
    names = _names(membership, {link.child_id for link in links})
    labels = vocabulary.labels_for(request.organisation)  # type: ignore[attr-defined]
    concerns: list[Any] = []
    if readable and observation.safeguarding:
        from harbour.safeguarding.models import Concern

        services.observation_safeguarding_viewed(
            observation=observation,
            actor=request.user,  # type: ignore[arg-type]
            request=request,
        )
        concerns = list(
            Concern.objects.filter(
                organisation_id=observation.organisation_id, observation=observation
            ).select_related("child")
        )
    return render(
        request,
        "observations/detail.html",
        {
            "observation": observation,
            "readable": readable,
            "children": [
                (link.child_id, names.get(link.child_id), ChildRole(link.role).label)
                for link in links
            ],
            "setting_label": labels.get(observation.setting, observation.setting),
            "history": history(
                observation, labels=labels, names_for=lambda ids: _names(membership, ids)
            )
            if readable
            else [],
            "can_change": can_change(membership, observation),
            "is_lead": membership.role == Role.LEAD,
            "concerns": concerns,
        },
    )


@require_http_methods(["GET", "POST"])
def edit(request: HttpRequest, observation_id: int) -> HttpResponse:
    membership = request.membership  # type: ignore[attr-defined]
    observation = get_observation_or_404(request, observation_id)
    require_change(membership, observation)
    door = _safeguarding_door(
        request, observation, reverse("observations:edit", args=[observation.pk])
    )
    if door:
        return door
    if request.method == "GET" and observation.safeguarding:
        services.observation_safeguarding_viewed(
            observation=observation,
            actor=request.user,  # type: ignore[arg-type]
            request=request,
        )
    links = list(
        ObservationChild.objects.filter(
            organisation_id=observation.organisation_id, observation=observation
        )
    )
    current_roles = {link.child_id: link.role for link in links}
    data = request.POST if request.method == "POST" else None
    first = _ids(data.getlist("children")) if data else list(current_roles)
    candidates = candidate_children(
        membership,
        query=request.GET.get("q", "").strip()[:60],
        first=list(dict.fromkeys([*current_roles, *first])),
    )
    initial = {
        "children": list(current_roles),
        "what_happened": observation.what_happened,
        "occurred_at": timezone.localtime(observation.occurred_at).strftime(DATETIME_LOCAL),
        "setting": observation.setting,
        "feelings": observation.feelings,
        "intensity": observation.intensity,
        "needs": observation.needs,
        "responses": observation.responses,
        "how_responded": observation.how_responded,
        "outcome": observation.outcome,
        "safeguarding": observation.safeguarding,
        "is_positive": observation.is_positive,
    }
    form = ObservationForm(
        data,
        initial=initial,
        children=visible_children(membership),
        settings=vocabulary.settings_for(request.organisation),  # type: ignore[attr-defined]
        current_setting=observation.setting,
    )
    roles = {pk: data.get(f"role_{pk}", "") for pk in first} if data else current_roles
    extra: dict[str, Any] = {"observation": observation, "editing": True, "open_more": True}
    if data is not None and data.get("check"):
        form.is_valid()
        extra.update(
            checking=True, analysis=_check_words(form, candidates), flag_labels=FLAG_LABELS
        )
        return render(
            request,
            "observations/log.html",
            _form_context(request, form, candidates, roles, **extra),
        )
    version = data.get("version", "") if data else ""
    if data is not None and form.is_valid() and version.isdigit():
        fields = form.observation_data()
        fields["is_positive"] = bool(form.cleaned_data.get("is_positive"))
        # Children this reader cannot see keep their place: the form never showed them.
        hidden = [
            (link.child, link.role)
            for link in ObservationChild.objects.filter(
                organisation_id=observation.organisation_id, observation=observation
            )
            .exclude(child__in=visible_children(membership))
            .select_related("child")
        ]
        try:
            services.observation_update(
                observation=observation,
                actor=request.user,  # type: ignore[arg-type]
                data=fields,
                children=[*form.roles(data), *hidden],
                expected_version=int(version),
                request=request,
            )
        except services.ConcurrentEditError as conflict:
            messages.error(
                request,
                "Someone else saved this observation while you were editing. Their version "
                "is shown beside yours; check both, then save again.",
            )
            extra["conflict"] = conflict.current
            extra["observation"] = conflict.current
            return render(
                request,
                "observations/log.html",
                _form_context(request, form, candidates, roles, **extra),
                status=409,
            )
        messages.success(request, "Saved. The earlier version is kept in its history.")
        return redirect("observations:detail", observation_id=observation.pk)
    return render(
        request, "observations/log.html", _form_context(request, form, candidates, roles, **extra)
    )


@require_http_methods(["GET", "POST"])
def delete(request: HttpRequest, observation_id: int) -> HttpResponse:
    membership = request.membership  # type: ignore[attr-defined]
    observation = get_observation_or_404(request, observation_id)
    require_change(membership, observation)
    door = _safeguarding_door(
        request, observation, reverse("observations:delete", args=[observation.pk])
    )
    if door:
        return door
    if request.method == "POST":
        services.observation_delete(
            observation=observation,
            actor=request.user,  # type: ignore[arg-type]
            request=request,
        )
        messages.success(
            request, "Deleted. The lead can still see it in the deleted observations list."
        )
        child = visible_children(membership).filter(observation_links__observation=observation)
        first = child.first()
        if first is not None:
            return redirect("observations:chronology", child_id=first.pk)
        return redirect("core:home")
    return render(request, "observations/delete.html", {"observation": observation})


@require_POST
def restore(request: HttpRequest, observation_id: int) -> HttpResponse:
    observation = get_observation_or_404(request, observation_id)
    if observation.is_deleted:
        services.observation_restore(
            observation=observation,
            actor=request.user,  # type: ignore[arg-type]
            request=request,
        )
        messages.success(request, "Restored.")
    return redirect("observations:detail", observation_id=observation.pk)


@require_http_methods(["GET"])
def deleted_list(request: HttpRequest) -> HttpResponse:
    organisation = request.organisation  # type: ignore[attr-defined]
    observations = (
        Observation.objects.filter(organisation_id=organisation.pk, deleted_at__isnull=False)
        .select_related("recorded_by", "deleted_by")
        .prefetch_related(
            Prefetch(
                "links",
                queryset=ObservationChild.objects.filter(
                    organisation_id=organisation.pk
                ).select_related("child"),
            )
        )
        .order_by("-deleted_at")[:200]
    )
    return render(request, "observations/deleted.html", {"observations": observations})


@require_http_methods(["GET", "POST"])
def settings_page(request: HttpRequest) -> HttpResponse:
    organisation = request.organisation  # type: ignore[attr-defined]
    form = SettingForm(request.POST if "label" in request.POST else None)
    if request.method == "POST":
        if form.is_valid():
            try:
                services.setting_create(
                    organisation=organisation,
                    actor=request.user,  # type: ignore[arg-type]
                    label=form.cleaned_data["label"],
                    request=request,
                )
            except ValueError as exc:
                messages.error(request, str(exc))
            else:
                messages.success(request, "Added.")
                return redirect("observations:settings")
        for action in ("hide", "show"):
            slug = request.POST.get(action, "")
            if slug:
                try:
                    services.setting_set_hidden(
                        organisation=organisation,
                        actor=request.user,  # type: ignore[arg-type]
                        slug=slug,
                        hidden=action == "hide",
                        request=request,
                    )
                except ValueError as exc:
                    messages.error(request, str(exc))
                return redirect("observations:settings")
    return render(
        request,
        "observations/settings.html",
        {"options": vocabulary.settings_for(organisation), "form": form},
    )
