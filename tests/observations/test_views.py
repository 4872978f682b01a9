"""The observation pages: quick log, one-tap positive, safeguarding, who sees what."""

from __future__ import annotations

import pytest
from django.core import mail
from django.urls import reverse
from django.utils import timezone
from django_scopes import scopes_disabled

from harbour.accounts.middleware import OTP_AT_KEY
from harbour.accounts.roles import Role
from harbour.audit.models import AuditEntry
from harbour.notifications.models import Notification
from harbour.observations import services
from harbour.observations.models import Observation, ObservationChild
from harbour.safeguarding.models import Concern
from tests.world import CANARY, without_random_tokens

LOG = "/observations/log/"


def observations(world):
    with scopes_disabled():
        return Observation.objects.filter(organisation=world.org_a).exclude(
            pk=world.observation_a.pk
        )


def test_the_quick_log_offers_the_adults_children(world, client_for) -> None:
    page = client_for(Role.STAFF).get(LOG)
    assert page.status_code == 200
    assert b"Ada Alder" in page.content
    assert b"Ben Birch" not in page.content, "staff only see their own children"
    assert b"Log it" in page.content and b"Positive moment" in page.content


def test_search_finds_a_child_by_name(world, client_for) -> None:
    page = client_for(Role.LEAD).get(LOG + "?q=birch")
    assert b"Ben Birch" in page.content


def test_a_minimal_post_logs_one_observation(world, client_for) -> None:
    response = client_for(Role.STAFF).post(
        LOG, {"children": [world.child_a.pk], "what_happened": "Ada seemed overwhelmed."}
    )
    assert response.status_code == 302
    (observation,) = observations(world)
    assert observation.what_happened == "Ada seemed overwhelmed."
    assert not observation.is_positive and not observation.safeguarding
    assert observation.recorded_by == world.user(Role.STAFF)
    with scopes_disabled():
        link = ObservationChild.objects.get(observation=observation)
    assert link.child_id == world.child_a.pk and link.role == "focus"


def test_only_child_and_what_happened_are_required(world, client_for) -> None:
    page = client_for(Role.STAFF).post(LOG, {"what_happened": ""})
    assert page.status_code == 200
    assert b"Choose the child" in page.content
    assert b"Write a few words" in page.content
    assert not observations(world).exists()


def test_a_positive_moment_takes_one_tap(world, client_for) -> None:
    client_for(Role.STAFF).post(
        LOG,
        {"children": [world.child_a.pk], "what_happened": "Waited for a turn.", "positive": "1"},
    )
    (observation,) = observations(world)
    assert observation.is_positive


def test_the_full_form_keeps_every_field_and_each_childs_part(world, client_for) -> None:
    client_for(Role.LEAD).post(
        LOG,
        {
            "children": [world.child_a.pk, world.child_a2.pk],
            f"role_{world.child_a2.pk}": "affected",
            "what_happened": "A push in the line.",
            "occurred_at": "2025-03-03T12:15",
            "setting": "lunch",
            "feelings": ["anger", "shame"],
            "intensity": "4",
            "needs": "Space and time",
            "responses": ["empathy", "co_regulation"],
            "how_responded": "I can see this is hard.",
            "outcome": "repaired",
        },
    )
    (observation,) = observations(world)
    assert observation.setting == "lunch" and observation.intensity == 4
    assert observation.feelings == ["anger", "shame"] and observation.outcome == "repaired"
    assert observation.occurred_at.isoformat() == "2025-03-03T12:15:00+00:00"
    with scopes_disabled():
        parts = dict(observation.links.values_list("child_id", "role"))
    # The role not chosen is "involved", never copied from another child.
    assert parts == {world.child_a.pk: "involved", world.child_a2.pk: "affected"}


def test_check_my_words_shows_the_coach_and_keeps_what_was_typed(world, client_for) -> None:
    page = client_for(Role.STAFF).post(
        LOG,
        {
            "children": [world.child_a.pk],
            "what_happened": "Kept this text",
            "how_responded": "Why did you do that? Look at me.",
            "check": "1",
        },
    )
    assert page.status_code == 200
    assert b"What your words convey" in page.content
    assert b"Kept this text" in page.content
    assert b"Why did you do that? Look at me." in page.content
    assert not observations(world).exists()


def test_a_child_the_adult_cannot_see_is_refused(world, client_for) -> None:
    page = client_for(Role.STAFF).post(LOG, {"children": [world.child_a2.pk], "what_happened": "x"})
    assert page.status_code == 200
    assert not observations(world).exists()
    page = client_for(Role.LEAD).post(LOG, {"children": [world.child_b.pk], "what_happened": "x"})
    assert not observations(world).exists()
    assert CANARY.encode() not in page.content


def test_a_safeguarding_tick_notifies_designated_staff_without_content(
    world, client_for, django_capture_on_commit_callbacks
) -> None:
    with django_capture_on_commit_callbacks(execute=True):
        client_for(Role.STAFF).post(
            LOG,
            {
                "children": [world.child_a.pk],
                "what_happened": "Ada said she is scared to go home.",
                "safeguarding": "on",
            },
        )
    (observation,) = observations(world)
    assert observation.safeguarding
    with scopes_disabled():
        (note,) = Notification.objects.filter(organisation=world.org_a)
    assert note.recipient == world.members[Role.DESIGNATED]
    assert len(mail.outbox) == 1
    designated = client_for(Role.DESIGNATED)
    for text in (mail.outbox[0].subject, mail.outbox[0].body, note.text):
        assert "Ada" not in text and "scared" not in text
    listing = designated.get("/notifications/")
    assert b"A safeguarding concern has been raised" in listing.content
    shown = without_random_tokens(listing.content.decode()).replace("Alder School", "")
    assert "Ada" not in shown
    assert b'class="count"' in designated.get("/home/").content


def fresh(client):
    """The session passed the second factor just now (safeguarding words need a recent one)."""
    session = client.session
    session[OTP_AT_KEY] = timezone.now().timestamp()
    session.save()
    return client


def worrying_observation(world):
    with scopes_disabled():
        return services.observation_create(
            organisation=world.org_a,
            actor=world.user(Role.STAFF),
            children=[(world.child_a, "focus")],
            data={"what_happened": "A worrying disclosure", "safeguarding": True},
        )


def test_safeguarding_content_is_for_lead_and_designated_and_every_read_is_audited(
    world, client_for
) -> None:
    observation = worrying_observation(world)
    url = f"/observations/{observation.pk}/"
    for role in (Role.STAFF, Role.PROFESSIONAL):
        page = fresh(client_for(role)).get(url)
        assert page.status_code == 200
        assert b"A worrying disclosure" not in page.content
        assert b"safeguarding lead" in page.content
    for role in (Role.LEAD, Role.DESIGNATED):
        page = fresh(client_for(role)).get(url)
        assert b"A worrying disclosure" in page.content
        assert b"/safeguarding/concerns/" in page.content, "links to the concern it raised"
    with scopes_disabled():
        reads = AuditEntry.objects.filter(
            action="observation.safeguarding.viewed", object_id=str(observation.pk)
        )
        assert sorted(r.actor_id for r in reads) == sorted(
            [world.user(Role.LEAD).pk, world.user(Role.DESIGNATED).pk]
        )
        assert all(r.child_id == world.child_a.pk for r in reads)


@pytest.mark.parametrize("page", ["", "edit/", "delete/"])
def test_a_safeguarding_observation_asks_designated_staff_for_a_fresh_code(
    world, client_for, page
) -> None:
    observation = worrying_observation(world)
    url = f"/observations/{observation.pk}/{page}"
    designated = client_for(Role.DESIGNATED)  # signed in with both factors, but not just now
    response = designated.get(url)
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("accounts:mfa_verify"))
    assert "reverify=1" in response["Location"]
    with scopes_disabled():
        assert not AuditEntry.objects.filter(action="observation.safeguarding.viewed").exists()
    response = fresh(designated).get(url)
    assert response.status_code == 200 and b"A worrying disclosure" in response.content
    # An ordinary observation needs no fresh code.
    assert (
        client_for(Role.DESIGNATED).get(f"/observations/{world.observation_a.pk}/").status_code
        == 200
    )


def test_the_chronology_never_shows_a_safeguarding_observations_words(world, client_for) -> None:
    observation = worrying_observation(world)
    with scopes_disabled():
        concern = Concern.objects.get(observation=observation)
    chronology_url = f"/observations/child/{world.child_a.pk}/"
    for role in (Role.STAFF, Role.PROFESSIONAL, Role.LEAD, Role.DESIGNATED):
        page = fresh(client_for(role)).get(chronology_url)
        assert b"A worrying disclosure" not in page.content, role
        assert b"A safeguarding concern was recorded" in page.content, role
        (entry,) = [e for e in page.context["entries"] if e.title.startswith("A safeguarding")]
        assert entry.restricted and entry.summary != observation.what_happened
        if role in (Role.LEAD, Role.DESIGNATED):
            # Read through the concern's page: fresh code, audited.
            assert entry.url == f"/safeguarding/concerns/{concern.pk}/"
        else:
            assert entry.url == ""
    with scopes_disabled():
        assert not AuditEntry.objects.filter(action="observation.safeguarding.viewed").exists()


def test_a_child_who_was_not_the_focus_links_to_the_concern_that_was_raised(
    world, client_for
) -> None:
    with scopes_disabled():
        observation = services.observation_create(
            organisation=world.org_a,
            actor=world.user(Role.STAFF),
            children=[(world.child_a, "focus"), (world.child_a2, "witness")],
            data={"what_happened": "Ben saw it happen", "safeguarding": True},
        )
        concern = Concern.objects.get(observation=observation)
    page = client_for(Role.DESIGNATED).get(f"/observations/child/{world.child_a2.pk}/")
    assert b"Ben saw it happen" not in page.content
    (entry,) = [e for e in page.context["entries"] if e.title.startswith("A safeguarding")]
    assert entry.url == f"/safeguarding/concerns/{concern.pk}/"


def test_professionals_read_but_cannot_log_or_edit(world, client_for) -> None:
    client = client_for(Role.PROFESSIONAL)
    url = f"/observations/{world.observation_a.pk}/"
    page = client.get(url)
    assert page.status_code == 200 and b"overwhelmed" in page.content
    assert b"/edit/" not in page.content
    assert client.get(LOG).status_code == 403
    assert client.post(url + "edit/", {"what_happened": "x"}).status_code == 403
    assert client.post(url + "delete/").status_code == 403


@pytest.mark.parametrize("role", [Role.PARENT, Role.GOVERNOR, Role.YOUNG_PERSON])
def test_parents_governors_and_young_people_never_see_observations(world, client_for, role):
    client = client_for(role)
    for url in (
        f"/observations/{world.observation_a.pk}/",
        f"/observations/child/{world.child_a.pk}/",
        f"/observations/child/{world.child_a.pk}/insights/",
        LOG,
    ):
        assert client.get(url).status_code == 403


def test_the_outsider_gets_404(world) -> None:
    from tests.world import signed_in_client

    outsider = signed_in_client(world.outsider)
    assert outsider.get(f"/observations/{world.observation_a.pk}/").status_code == 404
    assert outsider.get(f"/observations/{world.observation_a.pk}/edit/").status_code == 404
    assert outsider.post(f"/observations/{world.observation_a.pk}/delete/").status_code == 404
    assert outsider.get(f"/observations/child/{world.child_a.pk}/").status_code == 404


def test_staff_can_only_change_what_they_logged(world, client_for) -> None:
    with scopes_disabled():
        theirs = services.observation_create(
            organisation=world.org_a,
            actor=world.user(Role.LEAD),
            children=[(world.child_a, "focus")],
            data={"what_happened": "Logged by the lead"},
        )
    staff = client_for(Role.STAFF)
    assert staff.get(f"/observations/{theirs.pk}/edit/").status_code == 403
    assert staff.get(f"/observations/{world.observation_a.pk}/edit/").status_code == 200


def test_editing_keeps_history_and_shows_both_versions_on_a_clash(world, client_for) -> None:
    staff = client_for(Role.STAFF)
    url = f"/observations/{world.observation_a.pk}/edit/"
    form = {
        "children": [world.child_a.pk],
        "what_happened": "Ada seemed overwhelmed by the bell.",
        "version": "1",
    }
    assert staff.post(url, form).status_code == 302
    detail = staff.get(f"/observations/{world.observation_a.pk}/")
    assert b"Version 2" in detail.content
    assert b"Ada seemed overwhelmed when the bell rang." in detail.content  # the value before
    clash = client_for(Role.LEAD).post(url, {**form, "what_happened": "Another edit"})
    assert clash.status_code == 409
    assert b"Saved meanwhile by someone else" in clash.content
    assert b"Ada seemed overwhelmed by the bell." in clash.content  # theirs
    assert b"Another edit" in clash.content  # yours


def test_a_deleted_observation_is_seen_by_the_lead_only(world, client_for) -> None:
    url = f"/observations/{world.observation_a.pk}/"
    staff = client_for(Role.STAFF)
    assert staff.post(url + "delete/").status_code == 302
    assert staff.get(url).status_code == 404
    assert client_for(Role.DESIGNATED).get(url).status_code == 404
    chronology = staff.get(f"/observations/child/{world.child_a.pk}/")
    assert b"overwhelmed when the bell" not in chronology.content
    lead = client_for(Role.LEAD)
    listing = lead.get("/observations/deleted/")
    assert b"Staff Person" in listing.content and b"Ada Alder" in listing.content
    assert b"Deleted by Staff Person" in lead.get(url).content
    assert lead.post(url + "restore/").status_code == 302
    assert staff.get(url).status_code == 200


def test_the_lead_manages_the_places_list(world, client_for) -> None:
    lead = client_for(Role.LEAD)
    lead.post("/observations/settings/", {"label": "Forest school"})
    lead.post("/observations/settings/", {"hide": "assembly"})
    page = client_for(Role.STAFF).get(LOG)
    assert b"Forest school" in page.content
    assert b">Assembly<" not in page.content
    assert client_for(Role.STAFF).get("/observations/settings/").status_code == 403
