"""An observation's values as plain data, and its edit history in words.

Each edit stores the previous values (`ObservationRevision.data`, made by `snapshot`);
the history compares each stored version with the next one.
"""

from __future__ import annotations

import datetime
from collections.abc import Callable
from typing import Any

from django.utils import timezone

from harbour.observations.models import (
    ChildRole,
    Feeling,
    Observation,
    ObservationChild,
    Outcome,
    Response,
)

OBSERVATION_FIELDS = (
    "occurred_at",
    "setting",
    "what_happened",
    "feelings",
    "intensity",
    "needs",
    "responses",
    "how_responded",
    "outcome",
    "is_positive",
    "safeguarding",
)

FIELD_LABELS = {
    "occurred_at": "When",
    "setting": "Where",
    "what_happened": "What happened",
    "feelings": "May have felt",
    "intensity": "Intensity",
    "needs": "May have needed",
    "responses": "How the adult responded",
    "how_responded": "What the adult said or did",
    "outcome": "How it ended",
    "is_positive": "Positive moment",
    "safeguarding": "Safeguarding concern",
    "children": "Children",
}


def snapshot(observation: Observation, parts: dict[int, str] | None = None) -> dict[str, Any]:
    """The observation's values as plain JSON, with each child's part."""
    data: dict[str, Any] = {name: getattr(observation, name) for name in OBSERVATION_FIELDS}
    data["occurred_at"] = observation.occurred_at.isoformat()
    if parts is None:
        parts = dict(
            ObservationChild.objects.filter(
                organisation_id=observation.organisation_id, observation=observation
            ).values_list("child_id", "role")
        )
    data["children"] = {str(child_id): role for child_id, role in sorted(parts.items())}
    return data


def display(name: str, value: Any, labels: dict[str, str], names: dict[int, str]) -> str:
    """One stored value in words; children the reader may not see are "another child"."""
    if value in (None, "", [], {}):
        return "—"
    if name == "occurred_at":
        moment = timezone.localtime(datetime.datetime.fromisoformat(value))
        return f"{moment.day} {moment:%b %Y, %H:%M}"
    if name == "setting":
        return labels.get(value, value)
    if name == "feelings":
        return ", ".join(str(Feeling(v).label) for v in value if v in Feeling.values)
    if name == "responses":
        return ", ".join(str(Response(v).label) for v in value if v in Response.values)
    if name == "outcome":
        return str(Outcome(value).label) if value in Outcome.values else str(value)
    if name in ("is_positive", "safeguarding"):
        return "Yes" if value else "No"
    if name == "children":
        return ", ".join(
            f"{names.get(int(pk), 'another child')} ({ChildRole(role).label.lower()})"
            for pk, role in value.items()
        )
    return str(value)


def history(
    observation: Observation,
    *,
    labels: dict[str, str],
    names_for: Callable[[set[int]], dict[int, str]],
) -> list[dict[str, Any]]:
    """Each edit, newest first: who made it, when, and each changed value before and after."""
    revisions = list(observation.revisions.select_related("changed_by").order_by("version"))
    if not revisions:
        return []
    states = [r.data for r in revisions] + [snapshot(observation)]
    names = names_for({int(pk) for state in states for pk in state.get("children", {})})
    found = []
    for i, revision in enumerate(revisions):
        before, after = states[i], states[i + 1]
        found.append(
            {
                "version": revision.version + 1,
                "by": revision.changed_by.full_name if revision.changed_by else "someone",
                "at": revision.changed_at,
                "changes": [
                    (
                        label,
                        display(name, before.get(name), labels, names),
                        display(name, after.get(name), labels, names),
                    )
                    for name, label in FIELD_LABELS.items()
                    if before.get(name) != after.get(name)
                ],
            }
        )
    return list(reversed(found))
