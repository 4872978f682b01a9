"""Where adults meet the PACE coach: "check my words" and practice scenarios.

The analysis itself is pure Python (`analyser.py`); these views only collect the words and
show the result. Nothing typed here is stored.
"""

from __future__ import annotations

from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import render
from django.views.decorators.http import require_http_methods

from harbour.coach.analyser import analyse
from harbour.coach.reflect import MAX_REPLIES, group_reflection, split_replies
from harbour.coach.scenarios import SCENARIOS, get_scenario, practice_feedback
from harbour.guidance.library import AGE_STAGES, load_library

AGE_LABELS = {
    "early": "Early years (0–3)",
    "middle": "Middle childhood (3–10)",
    "adolescent": "Adolescence (11–18)",
}
FLAG_LABELS = {
    "why_demand": "Asking the child to explain why",
    "eye_contact_demand": "Demanding eye contact",
    "shaming": "Shaming or labelling",
    "threat": "A threat",
    "dismissing": "Dismissing the feeling",
    "lecturing": "Lecturing",
    "public_correction": "Correcting in front of others",
    "reward_for_kindness": "A reward for kindness",
    "sarcasm": "Sarcasm",
}
MAX_TEXT = 2000


@require_http_methods(["GET", "POST"])
def check(request: HttpRequest) -> HttpResponse:
    library = load_library()
    data = request.POST if request.method == "POST" else request.GET
    text = data.get("text", "").strip()[:MAX_TEXT]
    age = data.get("age", "")
    age = age if age in AGE_STAGES else None
    situation = data.get("situation", "")
    situation = situation if situation in library.situations else None
    analysis = analyse(text, age_stage=age, situation=situation) if text else None
    return render(
        request,
        "coach/check.html",
        {
            "text": text,
            "age": age,
            "situation": situation,
            "analysis": analysis,
            "ages": AGE_LABELS,
            "situations": list(library.situations.values()),
            "flag_labels": FLAG_LABELS,
        },
    )


@require_http_methods(["GET"])
def practice(request: HttpRequest) -> HttpResponse:
    library = load_library()
    return render(
        request,
        "coach/practice.html",
        {
            "scenarios": SCENARIOS,
            "ages": AGE_LABELS,
            "situations": library.situations,
        },
    )


@require_http_methods(["GET", "POST"])
def scenario(request: HttpRequest, scenario_id: str) -> HttpResponse:
    try:
        chosen = get_scenario(scenario_id)
    except (KeyError, ValueError) as exc:
        raise Http404("No such scenario.") from exc
    reply = request.POST.get("reply", "").strip()[:MAX_TEXT] if request.method == "POST" else ""
    feedback = practice_feedback(chosen, reply) if reply else None
    return render(
        request,
        "coach/scenario.html",
        {
            "scenario": chosen,
            "reply": reply,
            "feedback": feedback,
            "ages": AGE_LABELS,
            "situation": load_library().situations.get(chosen.situation),
            "flag_labels": FLAG_LABELS,
        },
    )


@require_http_methods(["GET", "POST"])
def reflect(request: HttpRequest) -> HttpResponse:
    """A facilitator's page for a reflective practice group. Nothing is stored."""
    data = request.POST if request.method == "POST" else request.GET
    scenario_id = data.get("scenario", SCENARIOS[0].id)
    try:
        chosen = get_scenario(scenario_id)
    except KeyError:
        chosen = SCENARIOS[0]
    raw = data.get("replies", "")[: MAX_TEXT * MAX_REPLIES] if request.method == "POST" else ""
    replies = split_replies(raw)
    reflection = group_reflection(chosen, replies) if replies else None
    return render(
        request,
        "coach/reflect.html",
        {
            "scenarios": SCENARIOS,
            "scenario": chosen,
            "raw": raw,
            "reflection": reflection,
            "ages": AGE_LABELS,
            "flag_labels": FLAG_LABELS,
            "max_replies": MAX_REPLIES,
        },
    )
