from __future__ import annotations

from collections import defaultdict
from typing import Any

from django.contrib import messages
from django.db.models import Avg, Count, Q
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.http import require_http_methods, require_POST

from harbour.guidance import services
from harbour.guidance.forms import FeedbackForm, InterventionForm, TrainedForm
from harbour.guidance.library import AGE_STAGES, load_library
from harbour.guidance.models import INTERVENTION_SECTIONS, Intervention, TrainingRecord
from harbour.guidance.search import best_situations, guess_age_stage, rank_texts, search

AGE_LABELS = {
    "early": "Early years (0–3)",
    "middle": "Middle childhood (3–10)",
    "adolescent": "Adolescence (11–18)",
}
FAMILY_TITLES = {
    "about": "About this guidance",
    "pace": "PACE",
    "development": "Development by age",
    "skills": "Prosocial and resilience skills",
    "factors": "Protective and risk factors",
    "notice-do": "What you notice, what you can do",
    "do-dont": "Do and don't",
    "prompts": "Things to say",
    "parents": "For parents and carers",
    "resilience": "Building resilience",
    "roles": "Roles and responsibilities",
    "ithrive": "I-THRIVE: levels of support",
    "services": "Local services and websites",
}


def _age(request: HttpRequest) -> str | None:
    value = request.GET.get("age", "")
    return value if value in AGE_STAGES else None


def _families() -> list[tuple[str, list[Any]]]:
    library = load_library()
    grouped: dict[str, list[Any]] = defaultdict(list)
    for key, item_list in library.lists.items():
        family = key.split(".", 1)[0]
        if family in FAMILY_TITLES and library.list_items(key):
            grouped[family].append(item_list)
    return [(FAMILY_TITLES[f], grouped[f]) for f in FAMILY_TITLES if grouped.get(f)]


@require_http_methods(["GET"])
def index(request: HttpRequest) -> HttpResponse:
    library = load_library()
    return render(
        request,
        "guidance/index.html",
        {
            "situations": list(library.situations.values()),
            "families": _families(),
            "ages": AGE_LABELS,
            "content_version": library.content_version,
        },
    )


@require_http_methods(["GET"])
def search_view(request: HttpRequest) -> HttpResponse:
    library = load_library()
    query = request.GET.get("q", "").strip()[:200]
    situation = request.GET.get("situation", "")
    situation = situation if situation in library.situations else None
    age = _age(request) or (guess_age_stage(query) if query else None)
    hits = search(query, library, situation=situation, age_stage=age, limit=30) if query else []
    pages = (
        [library.situations[slug] for slug, _score in best_situations(query, library)[:2]]
        if query
        else []
    )
    catalogue: list[Intervention] = []
    if query:
        # The catalogue (Harbour's own and the organisation's) changes as a lead adds to it,
        # so it is matched as it stands rather than indexed.
        entries = list(_visible_interventions(request).order_by("title"))
        docs = [(i.title, " ".join([i.summary, *map(str, i.sections.values())])) for i in entries]
        catalogue = [entries[n] for n in rank_texts(query, docs)]
    return render(
        request,
        "guidance/search.html",
        {
            "query": query,
            "hits": hits,
            "catalogue": catalogue,
            "pages": pages,
            "age": age,
            "ages": AGE_LABELS,
            "situation": situation,
            "situations": list(library.situations.values()),
        },
    )


@require_http_methods(["GET"])
def situation_view(request: HttpRequest, slug: str) -> HttpResponse:
    library = load_library()
    if slug not in library.situations:
        raise Http404("No such situation.")
    age = _age(request)
    guide = library.for_situation(slug, age)
    # Ordered for an adult who has a minute in a corridor: words and actions first, then
    # what to avoid; background reading is folded away below.
    sections = [
        ("say", "What you could say", guide.say, True),
        ("do", "What you can do", guide.do, True),
        ("avoid", "What to avoid", guide.avoid, True),
        ("notice", "What you might notice", guide.notice, False),
        ("understand", "What may be going on", guide.understand, False),
    ]
    return render(
        request,
        "guidance/situation.html",
        {
            "guide": guide,
            "situation": guide.situation,
            "sections": sections,
            "age": age,
            "ages": AGE_LABELS,
        },
    )


@require_http_methods(["GET"])
def item_view(request: HttpRequest, item_id: str) -> HttpResponse:
    library = load_library()
    item = library.by_id.get(item_id)
    if item is None:
        raise Http404("No such guidance item.")
    in_list = library.lists.get(item.seed_list)
    return render(
        request,
        "guidance/item.html",
        {
            "item": item,
            "in_list": in_list,
            "situations": [
                library.situations[s] for s in item.situations if s in library.situations
            ],
            "ages": AGE_LABELS,
        },
    )


@require_http_methods(["GET"])
def list_view(request: HttpRequest, key: str) -> HttpResponse:
    library = load_library()
    item_list = library.lists.get(key)
    if item_list is None:
        raise Http404("No such list.")
    return render(
        request,
        "guidance/list.html",
        {
            "list": item_list,
            "items": library.list_items(key),
            "ages": AGE_LABELS,
        },
    )


def _visible_interventions(request: HttpRequest) -> Any:
    return Intervention.objects.filter(
        Q(organisation__isnull=True) | Q(organisation=request.organisation)  # type: ignore[attr-defined]
    )


def _get_intervention_or_404(request: HttpRequest, intervention_id: int) -> Intervention:
    found = _visible_interventions(request).filter(pk=intervention_id).first()
    if found is None:
        raise Http404("No such intervention.")
    return found


@require_http_methods(["GET"])
def interventions(request: HttpRequest) -> HttpResponse:
    org = request.organisation  # type: ignore[attr-defined]
    entries = _visible_interventions(request).annotate(
        rating=Avg("feedback__rating", filter=Q(feedback__organisation=org)),
        ratings=Count("feedback", filter=Q(feedback__organisation=org), distinct=True),
        trained=Count("training", filter=Q(training__organisation=org), distinct=True),
    )
    return render(request, "guidance/interventions.html", {"interventions": entries})


@require_http_methods(["GET"])
def intervention_view(request: HttpRequest, intervention_id: int) -> HttpResponse:
    intervention = _get_intervention_or_404(request, intervention_id)
    org = request.organisation  # type: ignore[attr-defined]
    feedback = intervention.feedback.filter(organisation=org).select_related("membership__user")
    summary = feedback.aggregate(rating=Avg("rating"), count=Count("id"))
    trained = TrainingRecord.objects.filter(organisation=org, intervention=intervention)
    mine = trained.filter(membership=request.membership).first()  # type: ignore[attr-defined]
    return render(
        request,
        "guidance/intervention.html",
        {
            "intervention": intervention,
            "feedback": feedback[:50],
            "summary": summary,
            "trained_count": trained.count(),
            "my_training": mine,
            "feedback_form": FeedbackForm(),
            "trained_form": TrainedForm(),
        },
    )


@require_http_methods(["GET", "POST"])
def intervention_create(request: HttpRequest) -> HttpResponse:
    form = InterventionForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        intervention = services.intervention_create(
            organisation=request.organisation,  # type: ignore[attr-defined]
            actor=request.user,  # type: ignore[arg-type]
            title=form.cleaned_data["title"],
            summary=form.cleaned_data["summary"],
            sections={key: form.cleaned_data[key] for key, _ in INTERVENTION_SECTIONS},
            request=request,
        )
        messages.success(request, f"{intervention.title} is now in your catalogue.")
        return redirect("guidance:intervention", intervention_id=intervention.pk)
    return render(request, "guidance/intervention_form.html", {"form": form})


@require_POST
def intervention_feedback(request: HttpRequest, intervention_id: int) -> HttpResponse:
    intervention = _get_intervention_or_404(request, intervention_id)
    form = FeedbackForm(request.POST)
    if form.is_valid():
        services.intervention_feedback_create(
            intervention=intervention,
            membership=request.membership,  # type: ignore[attr-defined]
            rating=form.cleaned_data["rating"],
            comment=form.cleaned_data["comment"],
            request=request,
        )
        messages.success(request, "Thank you: your feedback is shared with colleagues.")
    else:
        messages.error(request, "Please choose how helpful it was, from 1 to 5.")
    return redirect("guidance:intervention", intervention_id=intervention.pk)


@require_POST
def intervention_trained(request: HttpRequest, intervention_id: int) -> HttpResponse:
    intervention = _get_intervention_or_404(request, intervention_id)
    form = TrainedForm(request.POST)
    if form.is_valid():
        services.training_record_create(
            membership=request.membership,  # type: ignore[attr-defined]
            intervention=intervention,
            course=intervention.title,
            completed_on=form.cleaned_data["completed_on"],
            hours=form.cleaned_data["hours"],
            provider=form.cleaned_data["provider"],
            request=request,
        )
        messages.success(request, "Your training is recorded.")
    else:
        messages.error(
            request, "Please give the date you completed the training (not in the future)."
        )
    return redirect("guidance:intervention", intervention_id=intervention.pk)
