"""Raising a safeguarding concern, who hears of it, and who can read it."""

from __future__ import annotations

from django.core import mail
from django.test import TestCase
from django.urls import reverse
from django.utils import timezone
from django_scopes import scopes_disabled

from harbour.accounts.middleware import OTP_AT_KEY
from harbour.accounts.roles import Role
from harbour.audit.models import AuditEntry
from harbour.notifications.models import Notification
from harbour.safeguarding.models import Concern, ConcernAction
from tests.world import CANARY, make_member, signed_in_client


def fresh(client):
    """The session passed the second factor just now (the CP file needs a recent one)."""
    session = client.session
    session[OTP_AT_KEY] = timezone.now().timestamp()
    session.save()
    return client


def test_raising_a_concern_notifies_every_designated_member_with_no_name_or_content(
    world,
) -> None:
    with scopes_disabled():
        deputy = make_member(world.org_a, Role.DESIGNATED, "deputy@alder.example", "Deputy P")
    staff = signed_in_client(world.members[Role.STAFF])
    with TestCase.captureOnCommitCallbacks(execute=True):
        response = staff.post(
            "/safeguarding/raise/",
            {
                "child": world.child_a.pk,
                "summary": f"Ada said her uncle hurts her {CANARY}",
                "details": "In the library, after lunch.",
            },
        )
    assert response.status_code == 302 and response["Location"] == "/safeguarding/mine/"
    with scopes_disabled():
        concern = Concern.objects.filter(organisation=world.org_a).latest("id")
        notes = list(Notification.objects.filter(organisation=world.org_a))
    assert concern.child == world.child_a and concern.raised_by == world.user(Role.STAFF)
    assert {n.recipient_id for n in notes} == {world.members[Role.DESIGNATED].pk, deputy.pk}
    assert all(n.url == f"/safeguarding/concerns/{concern.pk}/" for n in notes)
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert set(message.to) == {"designated@alder.example", "deputy@alder.example"}
    for text in [message.subject, message.body, *(n.text for n in notes)]:
        for secret in (CANARY, "Ada", "Alder,", "uncle", "hurts", "library"):
            assert secret not in text


def test_the_reporter_sees_only_the_status_afterwards(world) -> None:
    staff = fresh(signed_in_client(world.members[Role.STAFF]))
    staff.post(
        "/safeguarding/raise/",
        {"child": world.child_a.pk, "summary": "Bruise on her arm, she said 'the door'"},
    )
    with scopes_disabled():
        concern = Concern.objects.filter(organisation=world.org_a).latest("id")
    assert staff.get(f"/safeguarding/concerns/{concern.pk}/").status_code == 403
    assert staff.get(f"/safeguarding/child/{world.child_a.pk}/").status_code == 403
    mine = staff.get("/safeguarding/mine/")
    assert mine.status_code == 200
    assert b"Open" in mine.content
    assert b"Bruise" not in mine.content and b"the door" not in mine.content
    # Nor does it reach them through the child's chronology.
    chronology = staff.get(f"/observations/child/{world.child_a.pk}/")
    assert b"Bruise" not in chronology.content
    assert b"Safeguarding concern (open)" not in chronology.content


def test_reading_a_concern_asks_for_a_recent_code_and_is_audited(world) -> None:
    designated = signed_in_client(world.members[Role.DESIGNATED])
    url = f"/safeguarding/concerns/{world.concern_a.pk}/"
    response = designated.get(url)
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("accounts:mfa_verify"))
    assert "reverify=1" in response["Location"]
    fresh(designated)
    response = designated.get(url)
    assert response.status_code == 200
    assert b"scared to go home" in response.content
    with scopes_disabled():
        assert AuditEntry.objects.filter(
            action="safeguarding.concern.viewed", object_id=str(world.concern_a.pk)
        ).exists()


def test_reverify_asks_for_a_code_even_in_a_verified_session(world) -> None:
    designated = signed_in_client(world.members[Role.DESIGNATED])
    verify = reverse("accounts:mfa_verify")
    page = designated.get(f"{verify}?next=/safeguarding/concerns/&reverify=1")
    assert page.status_code == 200
    assert b"fresh code" in page.content
    assert designated.get(f"{verify}?next=/").status_code == 302


def test_designated_staff_record_decisions_with_reasons_and_close(world) -> None:
    designated = fresh(signed_in_client(world.members[Role.DESIGNATED]))
    base = f"/safeguarding/concerns/{world.concern_a.pk}/"
    designated.post(base + "record/", {"action-kind": "decision", "action-text": "Refer to MASH"})
    with scopes_disabled():
        assert not ConcernAction.objects.filter(concern=world.concern_a).exists()
    designated.post(
        base + "record/",
        {
            "action-kind": "decision",
            "action-text": "Refer to MASH",
            "action-reasons": "A disclosure of harm.",
        },
    )
    designated.post(
        base + "record/",
        {
            "action-kind": "referral",
            "action-text": "Phoned",
            "action-referred_to": "MASH",
            "action-reference": "M-1",
        },
    )
    designated.post(base + "close/", {"close-reasons": "Children's social care lead the case."})
    with scopes_disabled():
        concern = Concern.objects.get(pk=world.concern_a.pk)
        kinds = list(concern.actions.values_list("kind", flat=True))
    assert concern.status == "closed" and concern.closed_at is not None
    assert kinds == ["decision", "referral", "closed"]


def test_a_safeguarding_tick_on_an_observation_raises_a_concern(world) -> None:
    from harbour.observations.services import observation_create

    with scopes_disabled():
        observation = observation_create(
            organisation=world.org_a,
            actor=world.user(Role.STAFF),
            children=[(world.child_a, "focus"), (world.child_a2, "witness")],
            data={"what_happened": "Ada flinched when touched.", "safeguarding": True},
        )
        concerns = list(Concern.objects.filter(observation=observation))
    assert [c.child_id for c in concerns] == [world.child_a.pk]
    assert concerns[0].details == "Ada flinched when touched."
    assert concerns[0].raised_by == world.user(Role.STAFF)


def test_the_cp_file_lists_concerns_for_designated_staff_only(world) -> None:
    url = f"/safeguarding/child/{world.child_a.pk}/"
    designated = fresh(signed_in_client(world.members[Role.DESIGNATED]))
    page = designated.get(url)
    assert page.status_code == 200 and b"scared to go home" in page.content
    with scopes_disabled():
        assert AuditEntry.objects.filter(
            action="safeguarding.cp_file.viewed", child_id=world.child_a.pk
        ).exists()
    outsider = fresh(signed_in_client(world.outsider))
    assert outsider.get(url).status_code == 404


def test_reading_the_list_of_concerns_is_audited(world) -> None:
    designated = signed_in_client(world.members[Role.DESIGNATED])
    page = designated.get("/safeguarding/concerns/")
    assert page.status_code == 200 and b"Ada" in page.content
    with scopes_disabled():
        (entry,) = AuditEntry.objects.filter(action="safeguarding.concerns.listed")
    assert entry.actor_id == world.user(Role.DESIGNATED).pk
    assert entry.organisation_id == world.org_a.pk and entry.child_id is None
