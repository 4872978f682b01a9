"""What a plan says, and where a new plan's first words come from.

A plan version's `content` is plain JSON with the keys in `FIELDS`. A new plan is pre-filled
from the child's latest complete profile (strengths, less-developed areas), their record
(key adults, safe place, what helps them calm), and the strategies suggested for them
(`harbour.plans.suggest`), which adults then choose, edit or add to.
"""

from __future__ import annotations

import datetime
from collections import Counter
from typing import Any

from django.utils import timezone

from harbour.accounts.models import Organisation
from harbour.children.models import Child, KeyAdult
from harbour.guidance.library import load_library
from harbour.observations.models import ObservationChild
from harbour.plans.suggest import Moment, Suggestion, situations_from_moments, suggest_strategies
from harbour.profiles.reading import complete_profiles, result_of

LIST_FIELDS = ("strengths", "areas", "goals")
TEXT_FIELDS = ("key_adults", "safe_place", "calming", "parent_voice")
OBSERVATION_WINDOW = datetime.timedelta(days=120)
WEAK_AT = 1  # a skill rated at or below this (of 3) is less developed
# Reviews every six weeks in schools; a children's home chooses per plan (four weeks to start).
DEFAULT_REVIEW_DAYS = {Organisation.Kind.SCHOOL: 42, Organisation.Kind.CHILDRENS_HOME: 28}
PROGRESS_SCALE = (
    (1, "Not started yet"),
    (2, "A little progress"),
    (3, "Good progress"),
    (4, "Achieved"),
)


def default_review_days(organisation: Organisation) -> int:
    return DEFAULT_REVIEW_DAYS.get(organisation.kind, 42)


def empty_content() -> dict[str, Any]:
    return {
        "strengths": [],
        "areas": [],
        "goals": [],
        "strategies": [],  # [{"item_id": str | None, "text": str, "from_suggestion": bool}]
        # Catalogue interventions used (Intervention ids); each starts on the day the first
        # version listing it was saved (harbour.reports.outcomes).
        "interventions": [],
        "key_adults": "",
        "safe_place": "",
        "calming": "",
        "child_voice": {"know_about_me": "", "helps_me": ""},
        "parent_voice": "",
    }


def normalise(content: dict[str, Any] | None) -> dict[str, Any]:
    """Every key present, in the expected shape, whatever an older version stored."""
    result = empty_content()
    content = content or {}
    for key in LIST_FIELDS:
        result[key] = [str(v).strip() for v in content.get(key) or [] if str(v).strip()]
    for key in TEXT_FIELDS:
        result[key] = str(content.get(key) or "").strip()
    voice = content.get("child_voice") or {}
    result["child_voice"] = {
        "know_about_me": str(voice.get("know_about_me") or "").strip(),
        "helps_me": str(voice.get("helps_me") or "").strip(),
    }
    strategies = []
    for row in content.get("strategies") or []:
        text = str(row.get("text") or "").strip()
        if text:
            item_id = row.get("item_id") or None
            strategies.append({"item_id": item_id, "text": text, "from_suggestion": bool(item_id)})
    result["strategies"] = strategies
    ids = [v for v in content.get("interventions") or [] if str(v).isdigit()]
    result["interventions"] = list(dict.fromkeys(int(v) for v in ids))
    return result


def profile_findings(child: Child) -> tuple[list[str], list[str], list[str], list[str]]:
    """(strength texts, less-developed texts, less-developed domain slugs, weak skill ids)."""
    latest = complete_profiles(child).last()
    if latest is None:
        return [], [], [], []
    result = result_of(latest)
    weak = [
        rating.skill.id
        for domain in result.domains
        for rating in domain.skills
        if rating.value is not None and rating.value <= WEAK_AT
    ]
    return (
        [f.text for f in result.strengths],
        [f.text for f in result.less_developed],
        [f.slug for f in result.less_developed],
        weak,
    )


def observed_situations(child: Child, today: datetime.date | None = None) -> Counter[str]:
    since = (today or timezone.localdate()) - OBSERVATION_WINDOW
    links = ObservationChild.objects.filter(
        organisation_id=child.organisation_id,
        child_id=child.pk,
        observation__deleted_at__isnull=True,
        observation__safeguarding=False,
        observation__occurred_at__date__gte=since,
    ).values_list("role", "observation__feelings", "observation__is_positive")
    return situations_from_moments(
        Moment(feelings=tuple(feelings or ()), role=role, positive=positive)
        for role, feelings, positive in links
    )


def suggestions_for(child: Child, *, limit: int = 8) -> list[Suggestion]:
    _strengths, _areas, slugs, weak = profile_findings(child)
    return suggest_strategies(
        less_developed=slugs,
        weak_skills=weak,
        age_stage=child.age_stage,
        observed_situations=observed_situations(child),
        library=load_library(),
        limit=limit,
    )


def draft_for(child: Child, suggestions: list[Suggestion]) -> dict[str, Any]:
    """A new plan's first words: nothing invented, everything from the record."""
    strengths, areas, _slugs, _weak = profile_findings(child)
    names = KeyAdult.objects.filter(organisation_id=child.organisation_id, child=child).values_list(
        "membership__user__full_name", flat=True
    )
    content = empty_content()
    content.update(
        strengths=strengths,
        areas=areas,
        strategies=[
            {"item_id": s.item_id, "text": s.text, "from_suggestion": True} for s in suggestions[:3]
        ],
        key_adults=", ".join(names),
        safe_place=child.safe_place,
        calming=child.what_helps_me_calm,
    )
    return content
