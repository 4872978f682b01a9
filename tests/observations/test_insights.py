"""The insight page states a planted pattern with its counts, and nothing on noise."""

from __future__ import annotations

import datetime
import random

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from django_scopes import scopes_disabled

from harbour.accounts.roles import Role
from harbour.observations import pages, patterns, services
from tests.world import page_queries


def plant(world, *, pattern: bool) -> None:
    rng = random.Random(7)
    tz = timezone.get_current_timezone()
    today = timezone.localdate()
    with scopes_disabled():
        for i in range(30):
            day = today - datetime.timedelta(days=1 + i)
            difficult = i % 3 != 0
            at_lunch = difficult if pattern else rng.random() < 0.3
            if i % 10 == 0 and pattern:
                at_lunch = not at_lunch  # not perfectly clean
            hour, minute = (12, 20) if at_lunch else (9 + rng.randrange(5), 10)
            services.observation_create(
                organisation=world.org_a,
                actor=world.user(Role.STAFF),
                children=[(world.child_a, "focus")],
                data={
                    "what_happened": "Seemed overwhelmed" if difficult else "Settled well",
                    "occurred_at": datetime.datetime.combine(
                        day, datetime.time(hour, minute), tzinfo=tz
                    ),
                    "setting": "lunch" if at_lunch else "classroom",
                    "is_positive": not difficult,
                    "intensity": 3 if difficult else None,
                },
            )


def test_a_planted_pattern_is_stated_with_method_counts_and_an_opener(world, client_for) -> None:
    plant(world, pattern=True)
    page = client_for(Role.STAFF).get(f"/observations/child/{world.child_a.pk}/insights/")
    text = page.content.decode()
    assert page.status_code == 200
    assert "difficult moments were at lunch" in text
    assert "The counts behind it" in text
    assert "Fisher" in text and "Holm-Bonferroni" in text
    assert "I wonder what it" in text
    # Counts and intensity over time, then where, time of day and weekday: each of those
    # three with the average intensity of its difficult moments beside the counts.
    assert text.count("<svg") == 8
    assert text.count('class="chart-subheading"') == 3
    assert "Show the numbers" in text


def test_without_a_pattern_it_says_so_rather_than_guess(world, client_for) -> None:
    plant(world, pattern=False)
    page = client_for(Role.LEAD).get(f"/observations/child/{world.child_a.pk}/insights/")
    text = page.content.decode()
    assert "The counts behind it" not in text
    assert "No clear pattern" in text or "Not enough logged yet" in text


def test_the_period_can_be_chosen(world, client_for) -> None:
    plant(world, pattern=True)
    client = client_for(Role.PROFESSIONAL)
    for window in (42, 91, 182, 365):
        page = client.get(f"/observations/child/{world.child_a.pk}/insights/?window={window}")
        assert page.status_code == 200
        assert page.content.decode().count("<svg") == 8


def _fact(day: int, hour: int, setting: str, intensity: int | None, *, difficult: bool = True):
    # 2 March 2026 was a Monday.
    when = datetime.datetime(2026, 3, day, hour, 15, tzinfo=timezone.get_current_timezone())
    return patterns.ObservationFact(
        when=when, setting=setting, difficult=difficult, intensity=intensity
    )


def _table(chart) -> dict[str, tuple[str, ...]]:
    return {row[0]: row[1:] for row in chart.rows}


def test_where_time_of_day_and_weekday_show_the_average_intensity_of_difficult_moments() -> None:
    facts = [
        _fact(2, 12, "Lunch", 4),  # Monday lunchtime
        _fact(2, 12, "Lunch", 2),  # Monday lunchtime
        _fact(3, 12, "Lunch", None),  # no intensity recorded: left out of the average
        _fact(4, 9, "Classroom", 1),  # Wednesday morning
        _fact(4, 9, "Classroom", 5, difficult=False),  # a calm moment never counts
    ]
    found = {
        heading: (counts, intensity)
        for heading, counts, intensity in pages.build_charts(facts, window_days=42)
    }
    _counts, where = found["Where"]
    assert where.headers == ("", "Average intensity", "Moments with an intensity")
    assert _table(where) == {"Lunch": ("3", "2"), "Classroom": ("1", "1")}
    assert "highest 3 (Lunch)" in where.summary
    _counts, day = found["Day of the week"]
    assert _table(day)["Monday"] == ("3", "2")
    assert _table(day)["Wednesday"] == ("1", "1")
    assert _table(day)["Tuesday"] == ("—", "0")
    assert ">Wed</text>" in day.svg and ">Wednesday</text>" not in day.svg
    _counts, time = found["Time of day"]
    assert _table(time)["Lunchtime"] == ("3", "2") and _table(time)["Morning"] == ("1", "1")
    over_time = found["How intense the difficult moments were"][0]
    assert over_time.headers[-1] == "Moments with an intensity"
    assert sum(int(row[-1]) for row in over_time.rows) == 3
    # Over time the counts and the intensity line stay one chart each.
    assert [i for _h, _c, i in pages.build_charts(facts, window_days=42)][:2] == [None, None]


def test_no_intensity_chart_when_no_difficult_moment_had_one() -> None:
    facts = [_fact(2, 12, "Lunch", None), _fact(3, 9, "Classroom", 4, difficult=False)]
    assert all(i is None for _h, _c, i in pages.build_charts(facts, window_days=42))


def test_the_other_settings_average_weighs_each_by_the_moments_with_an_intensity() -> None:
    facts = [_fact(2, 9, f"Room {n}", None) for n in range(5) for _ in range(4)]
    facts += [_fact(2, 9, "Hall", 5), _fact(2, 9, "Hall", None), _fact(2, 9, "Hall", None)]
    facts += [_fact(2, 9, "Yard", 1), _fact(2, 9, "Yard", 2)]
    (_h, _c, where) = next(c for c in pages.build_charts(facts, window_days=42) if c[0] == "Where")
    # Hall (one moment at 5) and Yard (two at 1 and 2) fall into "Other": (5 + 1 + 2) / 3.
    assert _table(where)["Other"] == ("2.7", "3")


def test_the_intensity_charts_add_no_queries(world, client_for) -> None:
    client = client_for(Role.STAFF)
    url = f"/observations/child/{world.child_a.pk}/insights/"
    plant(world, pattern=True)
    with CaptureQueriesContext(connection) as with_intensity:
        page = client.get(url)
    assert page.content.decode().count('class="chart-subheading"') == 3
    with scopes_disabled():
        from harbour.observations.models import Observation

        Observation.objects.update(intensity=None)
    with CaptureQueriesContext(connection) as without:
        page = client.get(url)
    assert "Average intensity of difficult moments by" not in page.content.decode()
    assert len(page_queries(with_intensity)) == len(page_queries(without))
