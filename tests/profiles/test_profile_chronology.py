"""Skills profiles in the child's chronology: who, which version, what it named; never factors."""

from __future__ import annotations

import datetime
import re

from django.utils import timezone
from django_scopes import scopes_disabled

from harbour.accounts.roles import SAFEGUARDING_ROLES, Role
from harbour.guidance.library import load_library
from harbour.profiles import factors, services
from harbour.profiles.chronology import summary_of
from harbour.profiles.frameworks import load_framework
from harbour.profiles.models import Profile
from harbour.profiles.scoring import score_profile

ROLES_WHO_READ_CHRONOLOGIES = (Role.STAFF, Role.LEAD, Role.DESIGNATED, Role.PROFESSIONAL)


def chronology(client, world, query: str = "") -> list:
    response = client.get(f"/observations/child/{world.child_a.pk}/{query}")
    assert response.status_code == 200
    return [e for e in response.context["entries"] if e.kind == "profile"]


def finished_profile(world, ratings: dict[str, int | None], *, role: str = Role.STAFF):
    with scopes_disabled():
        actor = world.user(role)
        profile = services.profile_create(child=world.child_a, actor=actor)
        services.profile_rate(profile=profile, actor=actor, ratings=ratings)
        return services.profile_complete(profile=profile, actor=actor)


def by_domain(slug_values: dict[str, int]) -> dict[str, int | None]:
    framework = load_framework("1")
    ratings: dict[str, int | None] = {}
    for slug, value in slug_values.items():
        domain = framework.domain(slug)
        assert domain is not None
        ratings.update(dict.fromkeys((s.id for s in domain.skills), value))
    return ratings


def test_a_finished_profile_says_who_which_version_and_what_it_named(world, client_for) -> None:
    profile = finished_profile(
        world, by_domain({"feelings": 3, "empathy": 3, "trust": 0}), role=Role.LEAD
    )
    entries = chronology(client_for(Role.STAFF), world, "?kind=profile")
    # The world's own profile (everything "developing") and this one, newest first.
    assert len(entries) == 2
    entry = entries[0]
    assert entry.title == f"Skills profile of {profile.observed_on:%-d %b %Y}"
    assert entry.summary == "2 strengths, 1 area to develop."
    assert entry.by == "Lead Person"
    assert entry.url == f"/profiles/{profile.pk}/"
    assert dict(entry.details) == {
        "Framework": "version 1",
        "Strengths": "Feelings, Empathy",
        "To develop": "Trust and help",
    }
    assert entry.when == profile.completed_at
    page = client_for(Role.STAFF).get(f"/observations/child/{world.child_a.pk}/").content
    assert b"2 strengths, 1 area to develop." in page and b"Skills profiles" in page


def test_drafts_and_other_childrens_profiles_stay_out(world, client_for) -> None:
    from tests.world import make_profile

    with scopes_disabled():
        services.profile_create(child=world.child_a, actor=world.user(Role.STAFF))
        make_profile(world.child_a2, world.user(Role.STAFF), value=0)
    entries = chronology(client_for(Role.LEAD), world, "?kind=profile")
    assert [e.url for e in entries] == [f"/profiles/{world.profile_a.pk}/"]


def test_a_quick_screen_appears_as_a_quick_screen(world, client_for) -> None:
    with scopes_disabled():
        (screen,) = services.profiles_screen_group(
            organisation=world.org_a,
            actor=world.user(Role.STAFF),
            children=[world.child_a],
            ratings={world.child_a.pk: {"domain.feelings": 0, "domain.coping": 1}},
        )
    entry = chronology(client_for(Role.STAFF), world, "?kind=profile")[0]
    assert entry.title.startswith("Quick screen of ")
    assert entry.summary == "0 strengths, 2 areas to develop."
    assert entry.url == f"/profiles/{screen.pk}/"


def test_the_date_range_is_honoured(world, client_for) -> None:
    old = finished_profile(world, by_domain({"feelings": 1}))
    two_years_ago = timezone.now() - datetime.timedelta(days=730)
    with scopes_disabled():
        Profile.objects.filter(pk=old.pk).update(completed_at=two_years_ago)
    client = client_for(Role.LEAD)
    recent = {e.url for e in chronology(client, world, "?kind=profile")}
    assert f"/profiles/{old.pk}/" not in recent, "the page opens on the last twelve months"
    assert f"/profiles/{old.pk}/" in {e.url for e in chronology(client, world, "?all=1")}
    day = timezone.localtime(two_years_ago).date()
    only_then = chronology(client, world, f"?from={day}&to={day}")
    assert [e.url for e in only_then] == [f"/profiles/{old.pk}/"]
    before_then = chronology(client, world, f"?to={day - datetime.timedelta(days=1)}")
    assert before_then == []


def test_factors_and_aces_never_appear_in_the_chronology(world, client_for) -> None:
    library = load_library()
    every_factor = factors.factor_kinds(library)
    with scopes_disabled():
        services.factors_update(
            child=world.child_a, actor=world.user(Role.DESIGNATED), present=every_factor
        )
    # A factor may share a word with a skills domain ("Empathy"): that is the domain.
    domains = {name for d in load_framework("1").domains for name in (d.short, d.title)}
    titles = {library.by_id[item_id].title for item_id in every_factor} - domains
    assert len(titles) > 20
    for role in ROLES_WHO_READ_CHRONOLOGIES:
        client = client_for(role)
        entries = chronology(client, world)
        assert entries, role
        text = " ".join(
            f"{e.title} {e.summary} {' '.join(v for _k, v in e.details)}" for e in entries
        )
        leaked = sorted(t for t in titles if t in text)
        assert not leaked, f"{role} sees factors in the chronology: {leaked}"
        page = client.get(f"/observations/child/{world.child_a.pk}/").content.decode()
        for words in (r"Adverse childhood", r"\bACEs?\b", r"Protective factor", r"Risk factor"):
            assert not re.search(words, page), (role, words)
    assert set(SAFEGUARDING_ROLES) & set(ROLES_WHO_READ_CHRONOLOGIES)


def test_the_summary_counts_what_the_profile_named() -> None:
    framework = load_framework("1")
    one_each = score_profile(framework, by_domain({"feelings": 3, "trust": 0}), name="Ada")
    assert summary_of(one_each) == "1 strength, 1 area to develop"
    none = score_profile(framework, {}, name="Ada")
    assert summary_of(none) == "0 strengths, 0 areas to develop"
