"""The retention pages: review dates, legal holds and destroying a child-protection file."""

from __future__ import annotations

import datetime

from django.urls import reverse
from django.utils import timezone
from django_scopes import scopes_disabled

from harbour.accounts.roles import Role
from harbour.audit.models import AuditEntry
from harbour.children.models import Child
from harbour.safeguarding import services
from harbour.safeguarding.models import (
    Concern,
    ConcernAction,
    DestructionLog,
    LegalHold,
    RetentionReview,
)
from tests.safeguarding.test_concerns import fresh
from tests.world import signed_in_client

OVERVIEW = "/safeguarding/retention/"
CONFIRM = {"destroy-confirm": "on"}


def page(world) -> str:
    return f"/safeguarding/retention/child/{world.child_a.pk}/"


def designated(world):  # type: ignore[no-untyped-def]
    return fresh(signed_in_client(world.members[Role.DESIGNATED]))


def past_review_date(child: Child) -> None:
    """A former pupil now 36: the file's review date (their 25th birthday) has passed."""
    with scopes_disabled():
        Child.objects.filter(pk=child.pk).update(date_of_birth=datetime.date(1990, 3, 14))


def file_left(world) -> int:  # type: ignore[no-untyped-def]
    with scopes_disabled():
        return Concern.objects.filter(child=world.child_a).count()


def test_designated_staff_see_the_overview_and_it_is_audited(world) -> None:
    past_review_date(world.child_a2)
    with scopes_disabled():
        services.concern_raise(
            organisation=world.org_a, actor=None, child=world.child_a2, summary="Old worry"
        )
        services.legal_hold_place(
            child=world.child_a, actor=None, reason="Subject access request in progress"
        )
    response = designated(world).get(OVERVIEW)
    assert response.status_code == 200
    [(due_child, item)] = response.context["due"]
    assert due_child == world.child_a2 and item.review_on == datetime.date(2015, 3, 14)
    assert b"Subject access request in progress" in response.content
    assert b"date of birth plus 25 years" in response.content
    with scopes_disabled():
        assert AuditEntry.objects.filter(
            action="retention.overview.viewed", organisation=world.org_a
        ).exists()


def test_the_childs_page_shows_the_rule_and_review_date_and_is_audited(world) -> None:
    response = designated(world).get(page(world))
    assert response.status_code == 200
    first = response.context["first_review"]
    assert first == world.child_a.date_of_birth.replace(year=world.child_a.date_of_birth.year + 25)
    assert f"First review: {first.day} {first:%B %Y}".encode() in response.content
    assert b"can't be destroyed yet" in response.content
    with scopes_disabled():
        assert AuditEntry.objects.filter(
            action="retention.viewed", child_id=world.child_a.pk
        ).exists()


def test_the_pages_ask_for_a_fresh_code_first(world) -> None:
    stale = signed_in_client(world.members[Role.DESIGNATED])
    response = stale.get(page(world))
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("accounts:mfa_verify"))
    # A form sent with a stale code comes back to the page, never to the POST address.
    response = stale.post(page(world) + "hold/", {"hold-reason": "Inquiry"})
    assert response.status_code == 302 and "retention%2Fchild" in response["Location"]
    with scopes_disabled():
        assert not LegalHold.objects.filter(child=world.child_a).exists()


def test_staff_and_parents_are_refused(world) -> None:
    for role in (Role.STAFF, Role.PARENT):
        client = fresh(signed_in_client(world.members[role]))
        assert client.get(OVERVIEW).status_code == 403
        assert client.get(page(world)).status_code == 403
        assert client.post(page(world) + "hold/", {"hold-reason": "x"}).status_code == 403
    with scopes_disabled():
        assert not LegalHold.objects.filter(child=world.child_a).exists()


def test_another_organisations_child_is_not_found(world) -> None:
    outsider = fresh(signed_in_client(world.outsider))
    assert outsider.get(page(world)).status_code == 404
    assert outsider.post(page(world) + "hold/", {"hold-reason": "Inquiry"}).status_code == 404
    assert outsider.post(page(world) + "destroy/", CONFIRM).status_code == 404
    with scopes_disabled():
        assert not LegalHold.objects.filter(child=world.child_a).exists()
    assert file_left(world) == 1


def test_placing_and_lifting_a_hold_need_reasons_and_are_audited(world) -> None:
    client = designated(world)
    refused = client.post(page(world) + "hold/", {"hold-reason": "  "})
    assert refused.status_code == 200 and b"This field is required" in refused.content
    placed = client.post(page(world) + "hold/", {"hold-reason": "Claim against the school"})
    assert placed.status_code == 302 and placed["Location"] == page(world)
    with scopes_disabled():
        hold = LegalHold.objects.get(child=world.child_a)
        assert AuditEntry.objects.filter(
            action="safeguarding.legal_hold.placed", child_id=world.child_a.pk
        ).exists()
    assert b"Claim against the school" in client.get(page(world)).content

    lift = f"lift-{hold.pk}-reason"
    refused = client.post(page(world) + "lift/", {"hold": hold.pk, lift: ""})
    assert refused.status_code == 200 and b"This field is required" in refused.content
    with scopes_disabled():
        assert LegalHold.objects.get(pk=hold.pk).lifted_at is None

    lifted = client.post(page(world) + "lift/", {"hold": hold.pk, lift: "Claim settled"})
    assert lifted.status_code == 302
    with scopes_disabled():
        hold.refresh_from_db()
        assert hold.lifted_at is not None and hold.lift_reason == "Claim settled"
        assert AuditEntry.objects.filter(
            action="safeguarding.legal_hold.lifted", child_id=world.child_a.pk
        ).exists()
    again = client.post(page(world) + "lift/", {"hold": hold.pk, lift: "Twice"}, follow=True)
    assert b"already been lifted" in again.content
    with scopes_disabled():
        assert LegalHold.objects.get(pk=hold.pk).lift_reason == "Claim settled"


def test_a_file_is_not_destroyed_before_its_review_date(world) -> None:
    response = designated(world).post(page(world) + "destroy/", CONFIRM)
    assert response.status_code == 200
    assert b"Keep until" in response.content
    assert file_left(world) == 1
    with scopes_disabled():
        assert not DestructionLog.objects.exists()


def test_a_review_is_refused_before_the_review_date(world) -> None:
    response = designated(world).post(page(world) + "review/", {"review-decision": "destroy"})
    assert response.status_code == 200 and b"not due for review yet" in response.content
    with scopes_disabled():
        assert not RetentionReview.objects.filter(child=world.child_a).exists()


def test_a_file_past_its_date_is_destroyed_only_after_a_review(world) -> None:
    past_review_date(world.child_a)
    client = designated(world)
    assert client.get(page(world)).context["is_due"] is True
    response = client.post(page(world) + "destroy/", CONFIRM)
    assert b"must review the record" in response.content
    assert file_left(world) == 1


def test_a_legal_hold_blocks_destruction_of_a_reviewed_file(world) -> None:
    past_review_date(world.child_a)
    client = designated(world)
    client.post(page(world) + "review/", {"review-decision": "destroy"})
    with scopes_disabled():
        services.legal_hold_place(child=world.child_a, actor=None, reason="Public inquiry")
    response = client.post(page(world) + "destroy/", CONFIRM)
    assert response.status_code == 200
    assert b"A legal hold is in place (Public inquiry)" in response.content
    assert file_left(world) == 1


def test_destroying_needs_the_confirmation_ticked(world) -> None:
    past_review_date(world.child_a)
    client = designated(world)
    client.post(page(world) + "review/", {"review-decision": "destroy"})
    response = client.post(page(world) + "destroy/", {})
    assert response.status_code == 200
    assert "Tick “I have checked this file may be destroyed”" in response.content.decode()
    assert file_left(world) == 1
    with scopes_disabled():
        assert not DestructionLog.objects.exists()


def test_a_reviewed_file_past_its_date_with_no_hold_is_destroyed_and_logged(world) -> None:
    past_review_date(world.child_a)
    client = designated(world)
    with scopes_disabled():
        hold = services.legal_hold_place(child=world.child_a, actor=None, reason="Inquiry")
        services.legal_hold_lift(hold=hold, actor=None, reason="Inquiry closed")
    reviewed = client.post(page(world) + "review/", {"review-decision": "destroy"})
    assert reviewed.status_code == 302
    assert client.get(page(world)).context["is_due"] is False  # reviewed: no longer waiting
    response = client.post(page(world) + "destroy/", CONFIRM)
    assert response.status_code == 302 and response["Location"] == OVERVIEW
    assert file_left(world) == 0
    with scopes_disabled():
        assert not ConcernAction.objects.filter(concern__child=world.child_a).exists()
        log = DestructionLog.objects.get(organisation=world.org_a)
        assert log.record_ref == f"child {world.child_a.pk}: 1 concern(s)"
        assert AuditEntry.objects.filter(
            action="retention.destroyed", child_id=world.child_a.pk
        ).exists()
    overview = client.get(OVERVIEW)
    assert log.reason.encode() in overview.content
    assert b"scared to go home" not in overview.content


def test_a_review_can_keep_the_file_to_a_later_date(world) -> None:
    past_review_date(world.child_a)
    client = designated(world)
    today = timezone.localdate()
    refused = client.post(
        page(world) + "review/", {"review-decision": "keep", "review-keep_until": str(today)}
    )
    assert b"Choose a date after today" in refused.content
    later = today + datetime.timedelta(days=90)
    kept = client.post(
        page(world) + "review/", {"review-decision": "keep", "review-keep_until": str(later)}
    )
    assert kept.status_code == 302
    with scopes_disabled():
        assert RetentionReview.objects.get(child=world.child_a).keep_until == later
    overview = client.get(OVERVIEW).context
    assert overview["due"] == []
    assert [(child, item.review_on) for child, item in overview["upcoming"]] == [
        (world.child_a, later)
    ]


def test_the_demo_shows_a_hold_a_coming_review_and_a_reviewed_file(db) -> None:
    from harbour.accounts.models import Membership
    from harbour.core.demo import build_demo
    from harbour.guidance.loading import load_guidance
    from tests.safeguarding.test_demo_transfer_and_reminders import _client_for

    load_guidance()
    build_demo()
    build_demo()  # a second run adds nothing
    with scopes_disabled():
        dsl = Membership.objects.get(
            user__email="dsl@riverbend.example", organisation__slug="riverbend-primary"
        )
        assert LegalHold.objects.filter(organisation=dsl.organisation).count() == 1
    overview = _client_for(dsl).get(OVERVIEW).context
    assert [child.legal_first_name for child, _item in overview["upcoming"]] == ["Jordan"]
    assert [child.legal_first_name for child, _record in overview["cleared"]] == ["Casey"]
    assert [hold.reason for hold in overview["holds"]] == [
        "Subject access request from a parent in progress"
    ]
