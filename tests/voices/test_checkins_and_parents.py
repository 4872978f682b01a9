"""A young person's own check-ins; trends for adults; parents see only their own child."""

from __future__ import annotations

import datetime
import re

from django.core import mail
from django.test import Client
from django.utils import timezone
from django_scopes import scopes_disabled

from harbour.accounts.models import Membership
from harbour.accounts.roles import Role
from harbour.children.models import ParentLink
from harbour.guidance.library import load_library
from harbour.plans.services import plan_create
from harbour.profiles.services import factors_update
from harbour.voices import services
from harbour.voices.models import CheckIn, ParentInvitation, ParentView
from tests.access.urls import all_routes, url_for
from tests.pdf import pdf_text
from tests.world import CANARY, without_random_tokens


def checkin(world, feeling=4, why="", days_ago=0, child=None):
    with scopes_disabled():
        c = services.checkin_create(
            child=child or world.child_a,
            feeling=feeling,
            why=why,
            via="kiosk",
            actor=world.user(Role.STAFF),
        )
        CheckIn.objects.filter(pk=c.pk).update(
            created_at=timezone.now() - datetime.timedelta(days=days_ago)
        )
    return c


def test_a_young_person_checks_in_from_their_home_page(world, client_for) -> None:
    client = client_for(Role.YOUNG_PERSON)
    home = client.get("/home/").content.decode()
    assert "How am I feeling?" in home and "trusted adult" in home
    response = client.post("/voices/me/", {"feeling": "5", "why": "Football", "wants_to_talk": ""})
    assert response.status_code == 302
    with scopes_disabled():
        mine = CheckIn.objects.get()
    assert (mine.child, mine.via, mine.wants_to_talk) == (world.child_a, "personal", False)
    assert "Football" in client.get("/voices/me/").content.decode()


def test_a_young_person_sees_only_their_own_check_ins(world, client_for) -> None:
    checkin(world, why="Ada's words")
    checkin(world, why="Ben's private words", child=world.child_a2)
    page = without_random_tokens(client_for(Role.YOUNG_PERSON).get("/voices/me/").content.decode())
    assert "Ada&#x27;s words" in page or "Ada's words" in page
    assert "Ben" not in page
    # and no child record or other child's check-ins
    assert (
        client_for(Role.YOUNG_PERSON)
        .get(f"/voices/children/{world.child_a2.pk}/checkins/")
        .status_code
        == 403
    )


def test_adults_see_trends_with_a_text_alternative(world, client_for) -> None:
    for days, feeling in ((20, 2), (13, 3), (6, 4), (0, 5)):
        checkin(world, feeling=feeling, days_ago=days)
    page = client_for(Role.STAFF).get(f"/voices/children/{world.child_a.pk}/checkins/")
    assert page.status_code == 200
    body = page.content.decode()
    assert "<svg" in body and "Show the numbers" in body
    assert (
        client_for(Role.LEAD).get(f"/voices/children/{world.child_b.pk}/checkins/").status_code
        == 404
    )


def test_a_key_adult_invites_a_parent_who_accepts_once(
    world, client_for, django_capture_on_commit_callbacks
) -> None:
    client = client_for(Role.STAFF)  # the key adult of child_a
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            f"/voices/children/{world.child_a.pk}/invite/", {"email": "Mum@Example.org"}
        )
    assert response.status_code == 302
    link = re.search(r"/voices/invitation/[\w-]+/", mail.outbox[0].body).group(0)
    with scopes_disabled():
        invitation = ParentInvitation.objects.get()
    assert (
        invitation.email == "mum@example.org" and link.split("/")[-2] not in invitation.token_hash
    )

    anonymous = Client()
    assert b"Welcome to Harbour" in anonymous.get(link).content
    form = {
        "full_name": "Maria Alder",
        "password": "a-long-new-pass-77",
        "password_again": "a-long-new-pass-77",
    }
    assert anonymous.post(link, form)["Location"] == "/accounts/login/"
    with scopes_disabled():
        membership = Membership.objects.get(user__email="mum@example.org")
        assert membership.role == Role.PARENT
        assert ParentLink.objects.filter(membership=membership, child=world.child_a).exists()
    again = anonymous.get(link).content.decode()
    assert "already been used" in again


def test_an_expired_link_is_explained_kindly(world) -> None:
    with scopes_disabled():
        _inv, token = services.parent_invitation_create(
            child=world.child_a, email="dad@example.org", actor=world.user(Role.LEAD)
        )
        ParentInvitation.objects.update(expires_at=timezone.now() - datetime.timedelta(minutes=1))
    page = Client().get(f"/voices/invitation/{token}/").content.decode()
    assert "expired" in page and "new link" in page


def test_a_staff_member_who_is_not_the_key_adult_cannot_invite(world, client_for) -> None:
    with scopes_disabled():
        world.group_a.staff.add(world.members[Role.STAFF])
        world.group_a.children.add(world.child_a2)
    response = client_for(Role.STAFF).get(f"/voices/children/{world.child_a2.pk}/invite/")
    assert response.status_code == 403


def test_a_parent_gives_views_on_their_own_child_only(world, client_for) -> None:
    client = client_for(Role.PARENT)
    page = client.get(f"/voices/family/{world.child_a.pk}/")
    assert page.status_code == 200 and b"Help sheet" in page.content
    response = client.post(
        f"/voices/family/{world.child_a.pk}/views/", {"going_well": "Reading together"}
    )
    assert response.status_code == 302
    with scopes_disabled():
        assert ParentView.objects.get().going_well == "Reading together"
    assert client.get(f"/voices/family/{world.child_a2.pk}/").status_code == 404
    assert (
        client.post(f"/voices/family/{world.child_a2.pk}/views/", {"worries": "x"}).status_code
        == 404
    )


def test_no_page_shows_a_parent_observations_factors_or_other_children(world, client_for) -> None:
    """Every URL in Harbour, opened by the parent: nothing beyond their child's summary."""
    checkin(world, why="Private check-in words")
    present = ["ace.loss-separation", "protective.family.warm-parents"]
    with scopes_disabled():
        factors_update(child=world.child_a, actor=world.user(Role.LEAD), present=present)
    factor_titles = [load_library().by_id[i].title for i in present]
    with scopes_disabled():
        # A plan, so the parent's help sheet is really printed and its text searched too.
        plan_create(
            child=world.child_a,
            actor=world.user(Role.STAFF),
            content={"goals": ["Ask for a break"]},
        )
    forbidden = ["Ben", "Birch", CANARY, "seemed overwhelmed", "Private check-in words"]
    client = client_for(Role.PARENT)
    leaks = []
    pdfs = []
    for route in all_routes():
        url = url_for(route, world)
        response = client.get(url, follow=True)
        if response.get("Content-Type", "").startswith("application/pdf"):
            body = pdf_text(response.content)  # the bytes are compressed: read the text
            pdfs.append(url)
            assert "Helping Ada at home" in body, url  # the text really was read
        else:
            body = without_random_tokens(response.content.decode())
        for text in forbidden + factor_titles:
            if text and text in body:
                leaks.append(f"{url}: {text!r}")
    assert not leaks, leaks
    assert f"/plans/children/{world.child_a.pk}/help-sheet.pdf" in pdfs


def test_a_young_person_adds_their_own_words_to_their_plan(world, client_for) -> None:
    from django_scopes import scopes_disabled

    from harbour.plans import services as plan_services
    from harbour.plans.content import draft_for

    with scopes_disabled():
        plan = plan_services.plan_create(
            child=world.child_a, actor=world.user(Role.LEAD), content=draft_for(world.child_a, [])
        )
    client = client_for(Role.YOUNG_PERSON)
    page = client.get("/voices/me/")
    assert b"Save my words" in page.content
    response = client.post(
        "/voices/me/my-words/", {"know_about_me": "I like maps.", "helps_me": "A quiet start."}
    )
    assert response.status_code == 302
    with scopes_disabled():
        plan.refresh_from_db()
        current = plan.current()
    assert current.number == 2
    assert current.content["child_voice"] == {
        "know_about_me": "I like maps.",
        "helps_me": "A quiet start.",
    }
    # Adults see the child's words on the plan.
    assert (
        b"I like maps." in client_for(Role.LEAD).get(f"/plans/children/{world.child_a.pk}/").content
    )
    # Other roles cannot post a child's words.
    assert client_for(Role.STAFF).post("/voices/me/my-words/", {"helps_me": "x"}).status_code == 403
