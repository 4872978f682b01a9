"""The insight page states a planted pattern with its counts, and nothing on noise."""

from __future__ import annotations

import datetime
import random

from django.utils import timezone
from django_scopes import scopes_disabled

from harbour.accounts.roles import Role
from harbour.observations import services


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
    assert text.count("<svg") == 5
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
        assert page.content.decode().count("<svg") == 5
