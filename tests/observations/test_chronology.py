"""A child's chronology: every kind of entry in one timeline, filters, bounded queries."""

from __future__ import annotations

import datetime

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from django_scopes import scopes_disabled

from harbour.accounts.roles import Role
from harbour.children import services as child_services
from harbour.observations import chronology, services
from tests.world import page_queries


def log_many(world, count: int, *, start: int = 0) -> None:
    now = timezone.now()
    with scopes_disabled():
        for i in range(start, start + count):
            observation = services.observation_create(
                organisation=world.org_a,
                actor=world.user(Role.STAFF),
                children=[(world.child_a, "focus"), (world.child_a2, "affected")],
                data={
                    "what_happened": f"Moment {i}",
                    "occurred_at": now - datetime.timedelta(days=i, hours=1),
                    "setting": "lunch" if i % 2 else "classroom",
                    "is_positive": i % 3 == 0,
                    "feelings": ["anxiety"],
                    "responses": ["empathy"],
                },
            )
            if i % 10 == 0:
                services.observation_update(
                    observation=observation,
                    actor=None,
                    data={"intensity": 3},
                    expected_version=1,
                )


def count_queries(client, url: str) -> int:
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200
    return len(page_queries(captured))


def test_the_chronology_makes_the_same_number_of_queries_for_5_or_50_entries(
    world, client_for
) -> None:
    url = f"/observations/child/{world.child_a.pk}/"
    client = client_for(Role.STAFF)
    log_many(world, 5)
    few = count_queries(client, url)
    log_many(world, 45, start=5)
    many = count_queries(client, url)
    page = client.get(url)
    # 51 observations (50 + the world's own) and the world's skills profile: the newest 50
    # entries, then a link to the older ones.
    assert page.content.count(b'class="entry ') == 50
    assert page.content.count(b'class="entry profile') == 1
    assert page.context["older_url"]
    assert few == many, f"{few} queries for 5 observations but {many} for 50"


def test_the_chronology_pages_through_everything_once_newest_first(world, client_for) -> None:
    log_many(world, 120)
    client = client_for(Role.LEAD)
    url = f"/observations/child/{world.child_a.pk}/"
    with scopes_disabled():
        # Two moments logged at the very same time straddle the first page's end (the
        # world's own observation is the newest, then Moment 0 to 48 would fill the page):
        # both go to the second page together.
        from harbour.observations.models import Observation

        Observation.objects.filter(what_happened="Moment 49").update(
            occurred_at=Observation.objects.get(what_happened="Moment 48").occurred_at
        )
        newest = world.observation_a.what_happened
    first_page = client.get(url + "?kind=observation").context["entries"]
    assert [e.summary for e in first_page] == [newest] + [f"Moment {i}" for i in range(48)]
    seen: list[str] = []
    pages = 0
    next_url = url
    while next_url:
        response = client.get(next_url)
        assert response.status_code == 200
        found = response.context["entries"]
        assert len(found) <= chronology.PAGE_SIZE
        assert [e.when for e in found] == sorted((e.when for e in found), reverse=True)
        seen += [e.summary for e in found if e.kind == "observation"]
        older = response.context["older_url"]
        next_url = url + older if older else ""
        pages += 1
    assert pages == 3
    # Every observation in the last 12 months exactly once (the world's own is a year old).
    moments = [s for s in seen if s.startswith("Moment ")]
    assert sorted(moments) == sorted(f"Moment {i}" for i in range(120))
    # The counts cover the whole twelve months, not just the page shown.
    first = client.get(url)
    assert first.context["counts"] == {"positive": 40, "difficult": 81}
    # The whole range on one page, for printing.
    whole = client.get(url + "?whole=1")
    assert len(whole.context["entries"]) >= 120 and not whole.context["older_url"]
    assert b"Show every entry on one page" in first.content


def test_a_cursor_that_is_not_a_moment_is_ignored(world, client_for) -> None:
    log_many(world, 3)
    client = client_for(Role.LEAD)
    url = f"/observations/child/{world.child_a.pk}/"
    for bad in ("yesterday", "2026-01-01", "2026-13-01T00:00:00%2B00:00"):
        response = client.get(url + "?before=" + bad)
        assert response.status_code == 200
        assert response.context["query"].before is None


def _grow_observations(world, n: int, start: int) -> None:
    log_many(world, n, start=start)


def _grow_record_changes(world, n: int, start: int) -> None:
    child = world.child_a
    for i in range(start, start + n):
        child_services.child_update(
            child=child,
            actor=world.user(Role.LEAD),
            data={"safe_place": f"Quiet room {i}"},
            expected_version=child.version,
        )


def _grow_plan(world, n: int, start: int) -> None:
    from harbour.plans import services as plans
    from harbour.plans.models import Plan

    lead = world.user(Role.LEAD)
    plan = Plan.objects.filter(child=world.child_a).first()
    if plan is None:
        plan = plans.plan_create(child=world.child_a, actor=lead, content={"goals": ["Wait"]})
    for i in range(start, start + n):
        plans.plan_save(
            plan=plan,
            actor=lead,
            content={"goals": [f"Goal {i}"]},
            base_version=plan.current_version,
            note=f"Change {i}",
        )
        plan.refresh_from_db()
        plans.plan_review_record(
            plan=plan,
            actor=lead,
            held_on=timezone.localdate(),
            attended="Key adult",
            goal_progress=[{"goal": f"Goal {i}", "rating": 3}],
            what_changed=f"Review {i}",
            child_views="",
            parent_views="",
        )


def _grow_concerns(world, n: int, start: int) -> None:
    from harbour.safeguarding import services as safeguarding

    for i in range(start, start + n):
        safeguarding.concern_raise(
            organisation=world.org_a,
            actor=world.user(Role.STAFF),
            child=world.child_a,
            summary=f"Worry {i}",
            notify=False,
        )


def _grow_need_decisions(world, n: int, start: int) -> None:
    from harbour.pathways import services as pathways

    for i in range(start, start + n):
        pathways.need_decide(
            child=world.child_a,
            actor=world.user(Role.DESIGNATED),
            grouping="getting-help",
            rationale=f"Reason {i}",
        )


def _grow_referrals(world, n: int, start: int) -> None:
    from harbour.pathways import services as pathways

    for i in range(start, start + n):
        pathways.referral_create(
            child=world.child_a,
            actor=world.user(Role.DESIGNATED),
            service=world.service_a,
            reason=f"Referral {i}",
            sent_on=timezone.localdate() - datetime.timedelta(days=i % 30),
        )


def _grow_profiles(world, n: int, start: int) -> None:
    from harbour.profiles import services as profiles
    from tests.world import make_profile

    for i in range(start, start + n):
        if i % 2:
            make_profile(world.child_a, world.user(Role.STAFF), value=i % 4)
        else:
            profiles.profiles_screen_group(
                organisation=world.org_a,
                actor=world.user(Role.STAFF),
                children=[world.child_a],
                ratings={world.child_a.pk: {"domain.feelings": 1, "domain.trust": 3}},
            )


# Each kind of entry grown with its own rows: a new source must add its own here.
GROW = {
    "observation": _grow_observations,
    "record": _grow_record_changes,
    "plan": _grow_plan,
    "concern": _grow_concerns,
    "need": _grow_need_decisions,
    "referral": _grow_referrals,
    "profile": _grow_profiles,
}


def test_every_registered_source_makes_a_bounded_number_of_queries(world) -> None:
    assert {kind for kind, _label in chronology.kinds()} == set(GROW), (
        "every registered source needs a way to grow its own rows in this test"
    )
    with scopes_disabled():
        for kind, _label in chronology.kinds():
            for limit in (None, chronology.PAGE_SIZE + 1):
                query = chronology.ChronologyQuery(
                    child=world.child_a,
                    membership=world.members[Role.LEAD],
                    visible_child_ids=frozenset({world.child_a.pk, world.child_a2.pk}),
                    limit=limit,
                )
                with CaptureQueriesContext(connection) as few:
                    shown_few = chronology.entries(query, [kind])
                GROW[kind](world, 2 if limit else 12, 100 + len(shown_few))
                with CaptureQueriesContext(connection) as many:
                    shown_many = chronology.entries(query, [kind])
                assert len(shown_many) > len(shown_few), f"{kind}: the rows grown are not shown"
                assert len(few.captured_queries) == len(many.captured_queries), (
                    f"{kind}: {len(few.captured_queries)} queries for {len(shown_few)} entries "
                    f"but {len(many.captured_queries)} for {len(shown_many)}"
                )


def test_the_chronology_shows_observations_and_record_changes_and_filters(
    world, client_for
) -> None:
    log_many(world, 6)
    with scopes_disabled():
        child_services.child_update(
            child=world.child_a,
            actor=world.user(Role.LEAD),
            data={"safe_place": "The library"},
            expected_version=world.child_a.version,
        )
    client = client_for(Role.LEAD)
    url = f"/observations/child/{world.child_a.pk}/"
    page = client.get(url).content
    assert b"Moment 5" in page and b"Details changed" in page and b"safe place" in page
    assert b"The library" not in page, "record changes show field names, not values"
    assert b"Ben Birch (affected by it)" in page
    positive = client.get(url + "?tone=positive").content
    assert b"Moment 3" in positive and b"Moment 5" not in positive
    assert b"Details changed" not in positive
    lunch = client.get(url + "?setting=lunch").content
    assert b"Moment 5" in lunch and b"Moment 4" not in lunch
    records = client.get(url + "?kind=record").content
    assert b"Details changed" in records and b"Moment 5" not in records
    today = timezone.localdate()
    recent = client.get(url + f"?from={today - datetime.timedelta(days=2)}").content
    assert b"Moment 1" in recent and b"Moment 4" not in recent


def test_other_children_are_named_only_for_readers_who_may_see_them(world, client_for) -> None:
    log_many(world, 1)
    page = client_for(Role.STAFF).get(f"/observations/child/{world.child_a.pk}/").content
    assert b"Ben Birch" not in page
    assert b"another child (affected by it)" in page


def test_the_page_is_printable(world, client_for) -> None:
    page = client_for(Role.LEAD).get(f"/observations/child/{world.child_a.pk}/").content
    assert b'class="print-only"' in page and b"harbour/print.js" in page


def test_another_app_can_register_a_source(world, client_for, monkeypatch) -> None:
    monkeypatch.setattr(chronology, "_SOURCES", dict(chronology._SOURCES))

    @chronology.register("plan", "Plan changes")
    def plans(query):
        return [
            chronology.ChronologyEntry(
                when=timezone.now(), kind="plan", title="Support plan reviewed"
            )
        ]

    page = client_for(Role.LEAD).get(f"/observations/child/{world.child_a.pk}/").content
    assert b"Support plan reviewed" in page and b"Plan changes" in page


def test_the_chronology_opens_on_the_last_twelve_months_with_a_link_to_all(world, client_for):
    from harbour.observations.models import Observation

    with scopes_disabled():
        Observation.objects.filter(pk=world.observation_a.pk).update(
            occurred_at=timezone.now() - datetime.timedelta(days=500)
        )
    client = client_for(Role.LEAD)
    page = client.get(f"/observations/child/{world.child_a.pk}/")
    assert page.context["windowed"] is True
    mine = f"/observations/{world.observation_a.pk}/"
    assert not any(e.url.endswith(mine) for e in page.context["entries"])
    assert b"Show the whole history" in page.content
    everything = client.get(f"/observations/child/{world.child_a.pk}/?all=1")
    assert any(e.url.endswith(mine) for e in everything.context["entries"])
