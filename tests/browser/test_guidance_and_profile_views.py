"""The guidance an adult reaches for in a hard moment (phone and desktop), and the profile
views a key adult and a class teacher use: the change over time, the group screening grid
and rating on a tablet. Every page passes axe-core with no serious or critical violations,
and each leaves a screenshot in artifacts/screenshots/ to look at."""

from __future__ import annotations

import datetime

import pytest
from django.utils import timezone
from django_scopes import scopes_disabled

from harbour.accounts.roles import Role
from harbour.profiles import services
from harbour.profiles.frameworks import load_framework
from harbour.profiles.models import Profile
from tests.browser.conftest import check_accessibility
from tests.browser.test_signin_journey import sign_in
from tests.world import build_world

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

SITUATION = "dysregulated"


@pytest.mark.parametrize("size", ["phone", "desktop"])
def test_an_adult_reads_the_guidance_for_a_situation(live_server, request, size) -> None:
    page = request.getfixturevalue(size)
    world = build_world()
    base = live_server.url
    sign_in(page, base, "staff@alder.example", world.user(Role.STAFF))
    page.goto(f"{base}/guidance/")
    assert page.get_by_role("heading", level=1).first.is_visible()
    check_accessibility(page, f"guidance-index-{size}")
    page.goto(f"{base}/guidance/situations/{SITUATION}/")
    assert page.get_by_role("heading", name="What you could say").is_visible()
    check_accessibility(page, f"guidance-situation-{size}")


def _ratings(by_slug: dict[str, int]) -> dict[str, int | None]:
    framework = load_framework("1")
    ratings: dict[str, int | None] = {}
    for domain in framework.domains:
        value = by_slug.get(domain.slug, 2)
        ratings.update(dict.fromkeys((s.id for s in domain.skills), value))
    return ratings


def _profile(child, actor, by_slug: dict[str, int], days_ago: int) -> Profile:
    profile = services.profile_create(
        child=child,
        actor=actor,
        observed_on=timezone.localdate() - datetime.timedelta(days=days_ago),
    )
    services.profile_rate(profile=profile, actor=actor, ratings=_ratings(by_slug))
    return services.profile_complete(profile=profile, actor=actor)


def test_a_key_adult_sees_change_over_time_and_a_teacher_the_group_grid(
    live_server, desktop
) -> None:
    world = build_world()
    staff = world.user(Role.STAFF)
    with scopes_disabled():
        Profile.objects.filter(pk=world.profile_a.pk).update(
            observed_on=timezone.localdate() - datetime.timedelta(days=240)
        )
        _profile(world.child_a, staff, {"feelings": 1, "trust": 0, "empathy": 3}, 120)
        latest = _profile(world.child_a, staff, {"feelings": 2, "trust": 1, "empathy": 3}, 5)
        world.group_a.children.add(world.child_a, world.child_a2)
        world.group_a.staff.add(world.members[Role.STAFF])
        services.profiles_screen_group(
            organisation=world.org_a,
            actor=staff,
            children=[world.child_a2],
            ratings={
                world.child_a2.pk: {
                    "domain.feelings": 0,
                    "domain.relationships": 1,
                    "domain.coping": 1,
                    "domain.trust": 2,
                    "domain.learning": 3,
                }
            },
        )
    base = live_server.url
    sign_in(desktop, base, "staff@alder.example", world.user(Role.STAFF))
    desktop.goto(f"{base}/profiles/{latest.pk}/compare/")
    assert desktop.locator("svg.chart").first.is_visible()
    check_accessibility(desktop, "profile-compare-desktop")
    desktop.goto(f"{base}/profiles/groups/{world.group_a.pk}/")
    assert desktop.locator("svg.heat-map").first.is_visible()
    assert desktop.get_by_text("Ben Birch").first.is_visible()
    check_accessibility(desktop, "profile-group-grid-desktop")


def test_a_key_adult_rates_a_profile_on_a_tablet(live_server, tablet) -> None:
    world = build_world()
    base = live_server.url
    sign_in(tablet, base, "staff@alder.example", world.user(Role.STAFF))
    tablet.goto(f"{base}/profiles/children/{world.child_a.pk}/new/")
    groups = tablet.locator(".segmented")
    assert groups.count() > 10
    # A few skills rated with a tap each, the way it is done between lessons.
    for i in range(4):
        groups.nth(i).locator("label").nth(i % 4).tap()
    check_accessibility(tablet, "profile-rate-tablet")


def test_a_key_adult_reads_the_charts_with_average_intensity(live_server, desktop) -> None:
    from tests.observations.test_insights import plant

    world = build_world()
    plant(world, pattern=True)
    base = live_server.url
    sign_in(desktop, base, "staff@alder.example", world.user(Role.STAFF))
    desktop.goto(f"{base}/observations/child/{world.child_a.pk}/insights/")
    assert desktop.locator(".chart-subheading").count() == 3
    check_accessibility(desktop, "insights-intensity-desktop")
