"""Copy the content files into the database (`harbour guidance load`).

Idempotent: items are matched by their stable id; an item that disappears from the files is
marked retired, never deleted, so records that cite it still resolve.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.db import transaction
from django.utils import timezone

from harbour.guidance.library import Library, load_library
from harbour.guidance.models import GuidanceItem, Intervention


@dataclass(frozen=True)
class LoadResult:
    version: str
    added: int
    updated: int
    retired: int
    interventions: int


def load_guidance(library: Library | None = None) -> LoadResult:
    library = library or load_library()
    now = timezone.now()
    with transaction.atomic():
        existing = {item.item_id: item for item in GuidanceItem.objects.all()}
        to_add, to_update = [], []
        for item in library.by_id.values():
            values = {
                "kind": item.kind,
                "title": item.title[:300],
                "text": item.text,
                "age_stages": list(item.age_stages),
                "situations": list(item.situations),
                "source": item.source[:300],
                "retired": item.retired,
                "content_version": library.content_version,
            }
            row = existing.pop(item.id, None)
            if row is None:
                to_add.append(GuidanceItem(item_id=item.id, loaded_at=now, **values))
            elif any(getattr(row, k) != v for k, v in values.items()):
                for key, value in values.items():
                    setattr(row, key, value)
                row.loaded_at = now
                to_update.append(row)
        GuidanceItem.objects.bulk_create(to_add)
        fields = [
            "kind",
            "title",
            "text",
            "age_stages",
            "situations",
            "source",
            "retired",
            "content_version",
            "loaded_at",
        ]
        GuidanceItem.objects.bulk_update(to_update, fields)
        gone = [row.pk for row in existing.values() if not row.retired]
        GuidanceItem.objects.filter(pk__in=gone).update(retired=True, loaded_at=now)

        for entry in library.interventions:
            Intervention.objects.update_or_create(
                organisation=None,
                slug=entry.slug,
                defaults={
                    "title": entry.title,
                    "summary": entry.summary,
                    "sections": {s.key: s.text for s in entry.sections},
                    "sources": {s.key: s.source for s in entry.sections},
                    "updated_at": now,
                },
            )
    return LoadResult(
        version=library.content_version,
        added=len(to_add),
        updated=len(to_update),
        retired=len(gone),
        interventions=len(library.interventions),
    )
