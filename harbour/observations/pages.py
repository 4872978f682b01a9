"""A child's chronology and the insight page (patterns and charts)."""

from __future__ import annotations

import datetime
from dataclasses import replace
from typing import Any

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils import timezone
from django.views.decorators.http import require_http_methods

from harbour.children.access import get_child_or_404, visible_children
from harbour.children.models import Child
from harbour.core import charts
from harbour.observations import chronology, patterns, vocabulary
from harbour.observations.models import FEELING_WORDS, POSITIVE_FEELINGS, ObservationChild

WINDOWS = {42: "6 weeks", 91: "3 months", 182: "6 months", 365: "12 months"}


def _date(value: str) -> datetime.date | None:
    try:
        return datetime.date.fromisoformat(value)
    except ValueError:
        return None


@require_http_methods(["GET"])
def chronology_page(request: HttpRequest, child_id: int) -> HttpResponse:
    membership = request.membership  # type: ignore[attr-defined]
    child = get_child_or_404(request, child_id)
    tone = request.GET.get("tone", "")
    setting = request.GET.get("setting", "")
    options = vocabulary.settings_for(child.organisation)
    start, end = _date(request.GET.get("from", "")), _date(request.GET.get("to", ""))
    # A child's history grows every year; the page opens on the last twelve months so it stays
    # quick to read and to load, and one link shows the whole history.
    windowed = start is None and end is None and request.GET.get("all") != "1"
    if windowed:
        start = timezone.localdate() - datetime.timedelta(days=365)
    query = chronology.ChronologyQuery(
        child=child,
        membership=membership,
        visible_child_ids=frozenset(visible_children(membership).values_list("id", flat=True)),
        start=start,
        end=end,
        tone=tone if tone in ("positive", "difficult") else "",
        setting=setting if setting in {o.slug for o in options} else "",
        before=_moment(request.GET.get("before", "")),
        setting_labels={o.slug: o.label for o in options},
    )
    known = dict(chronology.kinds())
    chosen = [k for k in request.GET.getlist("kind") if k in known]
    # A page at a time, newest first; "one page" shows the whole range at once, to print.
    whole = request.GET.get("whole") == "1"
    if whole:
        found, older = chronology.entries(query, chosen), None
    else:
        found, older = chronology.page(query, chosen)
    counts = None
    if not chosen or "observation" in chosen:
        counts = chronology.observation_counts(replace(query, before=None))
    here = request.GET.copy()
    for name in ("before", "whole"):
        here.pop(name, None)
    older_url = ""
    if older:
        here["before"] = older.isoformat()
        older_url = "?" + here.urlencode()
        here.pop("before")
    return render(
        request,
        "observations/chronology.html",
        {
            "child": child,
            "entries": found,
            "query": query,
            "kinds": list(known.items()),
            "chosen": chosen,
            "settings": options,
            "counts": counts,
            "printed_at": timezone.localtime(),
            "windowed": windowed,
            "whole": whole,
            "older_url": older_url,
            "newest_url": "?" + here.urlencode() if query.before else "",
            "whole_url": "?" + (here.urlencode() + "&" if here else "") + "whole=1",
            "page_size": chronology.PAGE_SIZE,
        },
    )


def _moment(value: str) -> datetime.datetime | None:
    """A page cursor from the query string: an ISO date and time with its offset, or None."""
    try:
        moment = datetime.datetime.fromisoformat(value)
    except ValueError:
        return None
    return moment if moment.tzinfo is not None else None


def _feeling(feelings: list[str]) -> str | None:
    """The first difficult feeling noted, in words ("worried"), or None.

    Positive feelings are left out: they are noted almost only for positive moments, so
    comparing them between difficult and calm moments would "find" what the adult chose
    when logging. A difficult feeling noted in a moment that went well still counts.
    """
    hard = [f for f in feelings or [] if f not in POSITIVE_FEELINGS]
    return FEELING_WORDS.get(hard[0]) if hard else None


def facts_for(child: Child, *, since: datetime.datetime) -> list[patterns.ObservationFact]:
    """What the statistics need about each of the child's live observations since `since`."""
    labels = vocabulary.labels_for(child.organisation)
    rows = ObservationChild.objects.filter(
        organisation_id=child.organisation_id,
        child_id=child.pk,
        observation__deleted_at__isnull=True,
        observation__occurred_at__gt=since,
    ).values_list(
        "observation__occurred_at",
        "observation__setting",
        "observation__is_positive",
        "observation__intensity",
        "observation__feelings",
    )
    return [
        patterns.ObservationFact(
            when=when,
            setting=labels.get(setting, setting.replace("-", " ")),
            difficult=not positive,
            intensity=intensity,
            feeling=_feeling(feelings),
        )
        for when, setting, positive, intensity, feelings in rows
    ]


def _series(rows: list[patterns.SummaryRow]) -> list[charts.Series]:
    # Positive first: the palette's first colour is the calm teal, its second the warm
    # orange that marks difficult moments in the chronology too.
    return [
        charts.Series("Positive", [r.calm for r in rows]),
        charts.Series("Difficult", [r.difficult for r in rows]),
    ]


def _by_month(facts: list[patterns.ObservationFact]) -> list[patterns.SummaryRow]:
    months: dict[datetime.date, list[patterns.ObservationFact]] = {}
    for fact in facts:
        local = timezone.localtime(fact.when)
        months.setdefault(local.date().replace(day=1), []).append(fact)
    rows = []
    if months:
        month, last = min(months), max(months)
        while month <= last:
            members = months.get(month, [])
            hard = [f for f in members if f.difficult]
            rated = [f.intensity for f in hard if f.intensity is not None]
            rows.append(
                patterns.SummaryRow(
                    key=month.isoformat(),
                    label=f"{month:%b %Y}",
                    moments=len(members),
                    difficult=len(hard),
                    calm=len(members) - len(hard),
                    mean_intensity=sum(rated) / len(rated) if rated else None,
                    rated=len(rated),
                )
            )
            month = (month + datetime.timedelta(days=32)).replace(day=1)
    return rows


def _top(rows: list[patterns.SummaryRow], keep: int) -> list[patterns.SummaryRow]:
    """The most frequent rows, then one "Other" row, so a phone-width chart stays legible."""
    if len(rows) <= keep + 1:
        return rows
    rest = rows[keep:]
    # Each mean weighs by the moments it rests on (those with an intensity recorded).
    rated = [(r.mean_intensity, r.rated) for r in rest if r.mean_intensity is not None]
    weight = sum(n for _m, n in rated)
    return [
        *rows[:keep],
        patterns.SummaryRow(
            key="other",
            label="Other",
            moments=sum(r.moments for r in rest),
            difficult=sum(r.difficult for r in rest),
            calm=sum(r.calm for r in rest),
            mean_intensity=sum(m * n for m, n in rated) / weight if weight else None,
            rated=weight,
        ),
    ]


def _intensity_chart(
    names: list[str],
    rows: list[patterns.SummaryRow],
    *,
    heading: str,
    width: int,
    axis_labels: list[str] | None,
) -> charts.Chart | None:
    """Average intensity of the difficult moments in each bar, when any had one recorded."""
    if not any(r.rated for r in rows):
        return None
    chart = charts.bar_chart(
        names,
        [charts.Series("Average intensity", [r.mean_intensity for r in rows])],
        title=f"Average intensity of difficult moments by {heading.lower()}, 1 to 5",
        y_max=5,
        decimals=1,
        width=width,
        height=190,
        axis_labels=axis_labels,
    )
    return _with_rated(chart, rows)


def _with_rated(chart: charts.Chart, rows: list[patterns.SummaryRow]) -> charts.Chart:
    # The table says how many moments each average rests on: one moment is not a pattern.
    return replace(
        chart,
        headers=(*chart.headers, "Moments with an intensity"),
        rows=tuple((*row, str(r.rated)) for row, r in zip(chart.rows, rows, strict=True)),
    )


def build_charts(
    facts: list[patterns.ObservationFact], *, window_days: int
) -> list[tuple[str, charts.Chart, charts.Chart | None]]:
    """(heading, counts chart, average intensity chart or None) for each card on the page."""
    if not facts:
        return []
    tz = timezone.get_current_timezone()
    if window_days <= 91:
        over_time = patterns.summarise(facts, by="week", tz=tz)
        labels = [f"{datetime.date.fromisoformat(r.key):%-d %b}" for r in over_time]
        per = "week (weeks start on Monday)"
    else:
        over_time = _by_month(facts)
        labels = [r.label for r in over_time]
        per = "month"
    size = {"width": 420, "height": 250}
    result = [
        (
            f"How many moments each {per}",
            charts.bar_chart(
                labels, _series(over_time), title=f"Moments logged each {per}", **size
            ),
            None,
        ),
        (
            "How intense the difficult moments were",
            _with_rated(
                charts.line_chart(
                    labels,
                    [charts.Series("Average intensity", [r.mean_intensity for r in over_time])],
                    title=f"Average intensity of difficult moments each {per}, 1 to 5",
                    y_min=0,
                    y_max=5,
                    **size,
                ),
                over_time,
            ),
            None,
        ),
    ]
    for by, heading in (
        ("setting", "Where"),
        ("time_of_day", "Time of day"),
        ("weekday", "Day of the week"),
    ):
        rows = patterns.summarise(facts, by=by, tz=tz)  # type: ignore[arg-type]
        if by == "setting":
            rows = _top(rows, 5)
        names = [r.key.capitalize() if by == "time_of_day" else r.label for r in rows]
        width = 480 if by == "setting" else 420
        # Seven day names do not fit under the bars at this width: "Mon" there, "Monday"
        # in the text alternative and the table.
        short = [name[:3] for name in names] if by == "weekday" else None
        result.append(
            (
                heading,
                charts.bar_chart(
                    names,
                    _series(rows),
                    title=f"Moments by {heading.lower()}",
                    width=width,
                    height=250,
                    axis_labels=short,
                ),
                _intensity_chart(names, rows, heading=heading, width=width, axis_labels=short),
            )
        )
    return result


def _p_text(value: float) -> str:
    return "less than 1 in 10,000" if value < 0.0001 else f"{value:.4f}"


@require_http_methods(["GET"])
def insights(request: HttpRequest, child_id: int) -> HttpResponse:
    child = get_child_or_404(request, child_id)
    raw = request.GET.get("window", "")
    window = int(raw) if raw.isdigit() and int(raw) in WINDOWS else 42
    now = timezone.now()
    facts = facts_for(child, since=now - datetime.timedelta(days=window))
    found = patterns.find_patterns(
        facts,
        now=now,
        window_days=window,
        tz=timezone.get_current_timezone(),
        setting_phrases=vocabulary.PHRASES,
    )
    difficult = sum(1 for f in facts if f.difficult)
    context: dict[str, Any] = {
        "child": child,
        "window": window,
        "windows": WINDOWS,
        "patterns": [(p, _p_text(p.adjusted_p_value)) for p in found],
        "method": patterns.METHOD,
        "moments": len(facts),
        "difficult": difficult,
        "calm": len(facts) - difficult,
        "enough": difficult >= patterns.MIN_DIFFICULT_IN_DIMENSION and len(facts) > difficult,
        "charts": build_charts(facts, window_days=window),
        "min_difficult": patterns.MIN_DIFFICULT_IN_DIMENSION,
    }
    return render(request, "observations/insights.html", context)
