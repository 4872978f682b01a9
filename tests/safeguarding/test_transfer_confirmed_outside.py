"""The receiving setting confirmed receipt outside Harbour: the sending DSL writes it down."""

from __future__ import annotations

import datetime

import pytest
from django.utils import timezone
from django_scopes import scopes_disabled

from harbour.accounts.roles import Role
from harbour.audit.models import AuditEntry
from harbour.safeguarding import services
from harbour.safeguarding.models import CPTransfer
from harbour.safeguarding.reporting import overdue_transfers
from tests.safeguarding.test_concerns import fresh
from tests.world import signed_in_client


def sent_long_ago(world) -> CPTransfer:
    with scopes_disabled():
        transfer, _document = services.transfer_export(
            child=world.child_a,
            actor=world.user(Role.DESIGNATED),
            sent_to="Kestrel Academy",
            sent_on=timezone.localdate() - datetime.timedelta(days=14),
        )
    return transfer


def overdue(world) -> list[int]:
    with scopes_disabled():
        return [t.pk for t in overdue_transfers(world.org_a.pk, timezone.localdate())]


def test_recording_a_confirmation_by_email_clears_the_overdue_alert(world) -> None:
    transfer = sent_long_ago(world)
    assert overdue(world) == [transfer.pk]
    designated = fresh(signed_in_client(world.members[Role.DESIGNATED]))
    url = f"/safeguarding/child/{world.child_a.pk}/"
    page = designated.get(url)
    assert b"They confirmed receipt another way" in page.content
    yesterday = timezone.localdate() - datetime.timedelta(days=1)
    prefix = f"confirm-{transfer.pk}-"
    response = designated.post(
        url + "confirm-receipt/",
        {
            "transfer": transfer.pk,
            prefix + "confirmed_by": "J Patel, DSL",
            prefix + "confirmed_on": yesterday.isoformat(),
            prefix + "how": "Secure email from their DSL",
        },
    )
    assert response.status_code == 302 and response["Location"] == url
    with scopes_disabled():
        transfer.refresh_from_db()
        entry = AuditEntry.objects.get(action="safeguarding.transfer.confirmed_outside")
    assert transfer.confirmed_at is not None and transfer.confirmed_on == yesterday
    assert transfer.confirmed_by_name == "J Patel, DSL"
    assert transfer.confirmed_by_organisation == "Kestrel Academy"
    assert transfer.confirmed_how == "Secure email from their DSL"
    assert transfer.confirmation_recorded_by_name == world.user(Role.DESIGNATED).full_name
    assert entry.child_id == world.child_a.pk and "Patel" not in str(entry.changes)
    assert overdue(world) == []
    page = designated.get(url)
    assert b"secure email from their dsl" in page.content
    assert b"They confirmed receipt another way" not in page.content


def test_a_confirmation_needs_who_when_and_how_and_a_fresh_code(world) -> None:
    transfer = sent_long_ago(world)
    url = f"/safeguarding/child/{world.child_a.pk}/confirm-receipt/"
    prefix = f"confirm-{transfer.pk}-"
    complete = {
        "transfer": transfer.pk,
        prefix + "confirmed_by": "J Patel",
        prefix + "confirmed_on": timezone.localdate().isoformat(),
        prefix + "how": "Phone call",
    }
    stale = signed_in_client(world.members[Role.DESIGNATED])
    assert "reverify=1" in stale.post(url, complete)["Location"]
    designated = fresh(stale)
    designated.post(url, {**complete, prefix + "how": ""})
    tomorrow = timezone.localdate() + datetime.timedelta(days=1)
    designated.post(url, {**complete, prefix + "confirmed_on": tomorrow.isoformat()})
    assert overdue(world) == [transfer.pk], "nothing recorded without how, or in the future"
    staff = fresh(signed_in_client(world.members[Role.STAFF]))
    assert staff.post(url, complete).status_code == 403
    outsider = fresh(signed_in_client(world.outsider))
    assert outsider.post(url, complete).status_code == 404
    assert overdue(world) == [transfer.pk]


def test_the_service_refuses_a_second_confirmation_and_a_day_before_sending(world) -> None:
    transfer = sent_long_ago(world)
    with scopes_disabled():
        with pytest.raises(ValueError, match="before the file was sent"):
            services.transfer_confirm_outside(
                transfer=transfer,
                actor=None,
                confirmed_by="J Patel",
                confirmed_on=transfer.sent_on - datetime.timedelta(days=1),
                how="Letter",
            )
        services.transfer_confirm_outside(
            transfer=transfer,
            actor=None,
            confirmed_by="J Patel",
            confirmed_on=timezone.localdate(),
            how="Letter",
        )
        with pytest.raises(ValueError, match="already been confirmed"):
            services.transfer_confirm_outside(
                transfer=transfer,
                actor=None,
                confirmed_by="Someone else",
                confirmed_on=timezone.localdate(),
                how="Phone",
            )
