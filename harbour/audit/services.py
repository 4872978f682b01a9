"""Writing the audit trail.

Called explicitly by every service that changes a child's record and by every view that
reads safeguarding data, in the same transaction as the change it describes.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from django.db import models
from django.http import HttpRequest

from harbour.audit.models import AuditEntry

MASK = "•••"
# Values of these fields are safe to keep in the trail; every other field's value is masked
# and only its name is kept, so the trail never becomes a second copy of sensitive data.
PLAIN_VALUE_FIELDS = frozenset(
    {
        "status",
        "role",
        "kind",
        "year_group",
        "is_active",
        "expires_on",
        "grouping",
        "version",
        "intensity",
        "setting",
        "review_due",
        "deleted",
        "is_positive",
    }
)


def masked_changes(
    before: Mapping[str, Any] | None,
    after: Mapping[str, Any],
    *,
    fields: Iterable[str] | None = None,
) -> dict[str, Any]:
    """Return {field: [old, new]} for fields that differ, masking sensitive values."""
    before = before or {}
    names = list(fields) if fields is not None else sorted(set(before) | set(after))
    result: dict[str, Any] = {}
    for name in names:
        old, new = before.get(name), after.get(name)
        if old == new:
            continue
        if name in PLAIN_VALUE_FIELDS:
            result[name] = [_plain(old), _plain(new)]
        else:
            result[name] = [MASK if old not in (None, "") else None, MASK]
    return result


def _plain(value: Any) -> Any:
    if value is None or isinstance(value, bool | int | float | str):
        return value
    return str(value)


def client_ip(request: HttpRequest | None) -> str | None:
    if request is None:
        return None
    return request.META.get("REMOTE_ADDR") or None


def audit_record(
    *,
    organisation: models.Model,
    actor: models.Model | None,
    action: str,
    obj: models.Model | None = None,
    child_id: int | None = None,
    changes: Mapping[str, Any] | None = None,
    request: HttpRequest | None = None,
) -> AuditEntry:
    """Append one entry. `action` is a dotted code such as ``child.updated``."""
    if "." not in action:
        raise ValueError(f"Audit action codes are dotted, like 'child.updated', not {action!r}.")
    return AuditEntry.objects.create(
        organisation=organisation,
        actor=actor if actor is not None and getattr(actor, "pk", None) else None,
        actor_label=str(actor) if actor is not None else "system",
        action=action,
        object_type=obj._meta.label_lower if obj is not None else "",
        object_id=str(obj.pk) if obj is not None else "",
        child_id=child_id,
        changes=dict(changes or {}),
        ip_address=client_ip(request),
    )
