"""A child's chronology: everything that happened in their record, in one timeline.

Other apps plug in without changing this file: each registers a *source*, a function
that receives a `ChronologyQuery` and returns `ChronologyEntry` items, from its AppConfig
``ready()``::

    from harbour.observations.chronology import register

    @register("plan", "Plan changes")
    def plan_entries(query): ...

A source must make a fixed number of queries however many entries it returns (select and
prefetch what it shows): the chronology of a child with years of history has to stay
fast, and a test holds every registered source to that. The page shows the newest
entries a page at a time: a source returns at least the newest `query.limit` entries in
its range (`query.within(rows, field)` keeps a queryset to the range and
`query.newest(rows, field)` orders and cuts it), and `page()` merges
them and gives the cursor for the older ones. Sources that only describe
observations (`narrows=True`) honour the positive/difficult and setting filters; the
others are left out while those filters are on, since the filters do not apply to them.
"""

from __future__ import annotations

import datetime
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from typing import Any

from django.db.models import Count, OuterRef, Prefetch, QuerySet, Subquery
from django.db.models.functions import Coalesce
from django.urls import reverse
from django.utils import timezone

from harbour.accounts.models import Membership
from harbour.accounts.roles import SAFEGUARDING_ROLES
from harbour.audit.models import AuditEntry
from harbour.children.models import Child
from harbour.observations.models import ChildRole, Observation, ObservationChild
from harbour.observations.vocabulary import labels_for


@dataclass(frozen=True)
class ChronologyQuery:
    child: Child
    membership: Membership
    visible_child_ids: frozenset[int]
    start: datetime.date | None = None
    end: datetime.date | None = None
    tone: str = ""  # "", "positive" or "difficult"
    setting: str = ""  # a setting slug, or ""
    before: datetime.datetime | None = None  # only entries strictly older (a page's cursor)
    limit: int | None = None  # a source may stop after the newest `limit` entries
    # The organisation's setting labels (slug -> label), when the caller has read them.
    setting_labels: dict[str, str] | None = field(default=None, compare=False)

    @property
    def narrowed(self) -> bool:
        return bool(self.tone or self.setting)

    def bounds(self) -> tuple[datetime.datetime | None, datetime.datetime | None]:
        """The date range as aware datetimes: from the start of `start` to the end of `end`."""
        tz = timezone.get_current_timezone()
        low = (
            datetime.datetime.combine(self.start, datetime.time.min, tzinfo=tz)
            if self.start
            else None
        )
        high = (
            datetime.datetime.combine(
                self.end + datetime.timedelta(days=1), datetime.time.min, tzinfo=tz
            )
            if self.end
            else None
        )
        if self.before and (high is None or self.before < high):
            high = self.before
        return low, high

    def within(self, rows: QuerySet[Any], field: str) -> QuerySet[Any]:
        """`rows` whose moment `field` falls in the query's range (dates and page cursor)."""
        low, high = self.bounds()
        if low:
            rows = rows.filter(**{f"{field}__gte": low})
        if high:
            rows = rows.filter(**{f"{field}__lt": high})
        return rows

    def newest(self, rows: QuerySet[Any], field: str) -> QuerySet[Any]:
        """`rows` newest first by `field`, cut to the query's limit when it has one."""
        rows = rows.order_by(f"-{field}")
        return rows[: self.limit] if self.limit else rows


@dataclass(frozen=True)
class ChronologyEntry:
    when: datetime.datetime
    kind: str
    title: str
    summary: str = ""
    url: str = ""
    tone: str = ""  # "positive", "difficult" or ""
    by: str = ""
    details: tuple[tuple[str, str], ...] = field(default_factory=tuple)
    restricted: bool = False  # content withheld from this reader (need to know)


Source = Callable[[ChronologyQuery], Iterable[ChronologyEntry]]


@dataclass(frozen=True)
class _Registered:
    kind: str
    label: str
    source: Source
    narrows: bool


_SOURCES: dict[str, _Registered] = {}


def register(kind: str, label: str, *, narrows: bool = False) -> Callable[[Source], Source]:
    def decorate(source: Source) -> Source:
        _SOURCES[kind] = _Registered(kind, label, source, narrows)
        return source

    return decorate


def kinds() -> list[tuple[str, str]]:
    """(kind, label) of every registered source, in the order they were registered."""
    return [(r.kind, r.label) for r in _SOURCES.values()]


def entries(query: ChronologyQuery, only: Iterable[str] = ()) -> list[ChronologyEntry]:
    """Every entry from the chosen sources (all when `only` is empty), newest first."""
    wanted = set(only)
    found: list[ChronologyEntry] = []
    for registered in _SOURCES.values():
        if wanted and registered.kind not in wanted:
            continue
        if query.narrowed and not registered.narrows:
            continue
        found.extend(registered.source(query))
    return sorted(found, key=lambda e: e.when, reverse=True)


PAGE_SIZE = 50


def page(
    query: ChronologyQuery, only: Iterable[str] = (), size: int = PAGE_SIZE
) -> tuple[list[ChronologyEntry], datetime.datetime | None]:
    """The newest `size` entries, and the cursor for the older ones (None when none are left).

    Entries that share the cursor's moment are kept together on the next page, so moving
    from page to page never skips one.
    """
    found = entries(replace(query, limit=size + 1), only)
    if len(found) <= size:
        return found, None
    shown = found[:size]
    if found[size].when == shown[-1].when:
        kept = [e for e in shown if e.when != shown[-1].when]
        shown = kept or shown  # (more than a page at one moment: show the page as is)
    return shown, shown[-1].when


def observation_counts(query: ChronologyQuery) -> dict[str, int]:
    """How many difficult and positive moments the reader can see in the query's range."""
    links = _observation_rows(query)
    if query.membership.role not in SAFEGUARDING_ROLES:
        links = links.filter(observation__safeguarding=False)
    counts = {"difficult": 0, "positive": 0}
    for positive, n in links.values_list("observation__is_positive").annotate(n=Count("id")):
        counts["positive" if positive else "difficult"] += n
    return counts


# --- Observations ------------------------------------------------------------------------


def _observation_rows(query: ChronologyQuery) -> QuerySet[ObservationChild]:
    links = ObservationChild.objects.filter(
        organisation_id=query.child.organisation_id,
        child_id=query.child.pk,
        observation__deleted_at__isnull=True,
    )
    links = query.within(links, "observation__occurred_at")
    if query.tone:
        links = links.filter(observation__is_positive=query.tone == "positive")
    if query.setting:
        links = links.filter(observation__setting=query.setting)
    return links


def observation_links(query: ChronologyQuery) -> QuerySet[ObservationChild]:
    """The child's live observations in the query's range, with everything shown prefetched."""
    return (
        _observation_rows(query)
        .select_related("observation", "observation__recorded_by")
        .prefetch_related(
            Prefetch(
                "observation__links",
                queryset=ObservationChild.objects.filter(
                    organisation_id=query.child.organisation_id
                ).select_related("child"),
            )
        )
    )


def others_text(observation: Observation, child_id: int, visible: frozenset[int]) -> str:
    """The other children and their parts, naming only children the reader may see."""
    parts = []
    for link in observation.links.all():
        if link.child_id == child_id:
            continue
        name = link.child.display_name if link.child_id in visible else "another child"
        parts.append(f"{name} ({ChildRole(link.role).label.lower()})")
    return ", ".join(parts)


def _with_concern_ids(links: QuerySet[ObservationChild]) -> QuerySet[ObservationChild]:
    """Each link with `concern_id`: the concern its observation raised for this child (or,
    when this child was not the focus, for another child), in the same query."""
    from harbour.safeguarding.models import Concern

    raised = Concern.objects.filter(
        organisation_id=OuterRef("organisation_id"), observation_id=OuterRef("observation_id")
    ).order_by("pk")
    own = raised.filter(child_id=OuterRef("child_id"))
    return links.annotate(
        concern_id=Coalesce(Subquery(own.values("pk")[:1]), Subquery(raised.values("pk")[:1]))
    )


def _safeguarding_entry(link: ObservationChild, by: str, sees: bool) -> ChronologyEntry:
    # A ticked observation has become a concern: its words are read on the concern's page
    # (fresh code, audited), never in the general chronology, whoever is reading it.
    obs = link.observation
    url = ""
    if sees:
        concern_id = getattr(link, "concern_id", None)
        url = (
            reverse("safeguarding:concern", kwargs={"concern_id": concern_id})
            if concern_id
            else reverse("observations:detail", kwargs={"observation_id": obs.pk})
        )
    return ChronologyEntry(
        when=obs.occurred_at,
        kind="observation",
        title="A safeguarding concern was recorded",
        summary="Open it to read it (asks for a fresh code; recorded in the audit trail)."
        if sees
        else "Shared with the designated safeguarding lead.",
        url=url,
        by=by,
        restricted=True,
    )


@register("observation", "Observations", narrows=True)
def observation_entries(query: ChronologyQuery) -> list[ChronologyEntry]:
    labels = query.setting_labels
    if labels is None:
        labels = labels_for(query.child.organisation)
    sees_safeguarding = query.membership.role in SAFEGUARDING_ROLES
    links = observation_links(query)
    if sees_safeguarding:
        links = _with_concern_ids(links)
    found = []
    for link in query.newest(links, "observation__occurred_at"):
        obs = link.observation
        url = reverse("observations:detail", kwargs={"observation_id": obs.pk})
        tone = "positive" if obs.is_positive else "difficult"
        by = obs.recorded_by.full_name if obs.recorded_by else ""
        if obs.safeguarding:
            found.append(_safeguarding_entry(link, by, sees_safeguarding))
            continue
        details: list[tuple[str, str]] = []
        if link.role != ChildRole.FOCUS:
            details.append(("Their part", str(ChildRole(link.role).label)))
        others = others_text(obs, query.child.pk, query.visible_child_ids)
        if others:
            details.append(("Also involved", others))
        if obs.feelings:
            details.append(("May have felt", ", ".join(obs.feeling_labels)))
        if obs.intensity:
            details.append(("Intensity", f"{obs.intensity} of 5"))
        if obs.needs:
            details.append(("May have needed", obs.needs))
        if obs.responses:
            details.append(("Adult's response", ", ".join(obs.response_labels)))
        if obs.outcome:
            details.append(("How it ended", obs.get_outcome_display()))
        where = labels.get(obs.setting, obs.setting.replace("-", " ").capitalize())
        title = "Positive moment" if obs.is_positive else "Difficult moment"
        found.append(
            ChronologyEntry(
                when=obs.occurred_at,
                kind="observation",
                title=f"{title}{f' · {where}' if obs.setting else ''}",
                summary=obs.what_happened,
                url=url,
                tone=tone,
                by=by,
                details=tuple(details),
            )
        )
    return found


# --- Changes to the child's record, from the audit trail ---------------------------------

RECORD_ACTIONS = {
    "child.created": "Added to Harbour",
    "child.imported": "Details updated from the school's records",
    "child.updated": "Details changed",
    "child.key_adult.added": "Key adult added",
    "child.key_adult.removed": "Key adult removed",
    "child.share.created": "Shared with a professional",
}


@register("record", "Record changes")
def record_entries(query: ChronologyQuery) -> list[ChronologyEntry]:
    trail = AuditEntry.objects.filter(
        organisation_id=query.child.organisation_id,
        child_id=query.child.pk,
        action__in=list(RECORD_ACTIONS),
    )
    trail = query.within(trail, "at")
    found = []
    for entry in query.newest(trail.only("at", "action", "actor_label", "changes"), "at"):
        changed = ", ".join(name.replace("_", " ") for name in sorted(entry.changes or {}))
        found.append(
            ChronologyEntry(
                when=entry.at,
                kind="record",
                title=RECORD_ACTIONS[entry.action],
                summary=f"Changed: {changed}."
                if changed and entry.action != "child.created"
                else "",
                by=entry.actor_label,
            )
        )
    return found
