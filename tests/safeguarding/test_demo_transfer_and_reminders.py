"""The CP file between the demo's own settings, as PDF, and the daily reminder email."""

from __future__ import annotations

import datetime
import json

from django.core import mail
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone
from django_otp.plugins.otp_totp.models import TOTPDevice
from django_scopes import scopes_disabled

from harbour.accounts.middleware import AUTH_AT_KEY, ORG_KEY
from harbour.accounts.models import Membership
from harbour.accounts.roles import Role
from harbour.audit.models import AuditEntry
from harbour.safeguarding import services
from harbour.safeguarding.bundle import cp_chronology
from harbour.safeguarding.models import Concern, CPImport
from harbour.safeguarding.reminders import send_safeguarding_reminders
from tests.safeguarding.test_concerns import fresh
from tests.safeguarding.test_transfer import json_in


def _client_for(membership: Membership):  # type: ignore[no-untyped-def]
    from django.test import Client

    client = Client()
    client.force_login(membership.user)
    session = client.session
    session["otp_device_id"] = TOTPDevice.objects.get(user=membership.user).persistent_id
    session[AUTH_AT_KEY] = timezone.now().timestamp()
    session[ORG_KEY] = membership.organisation_id
    session.save()
    return fresh(client)


def test_a_demo_cp_file_moves_from_riverbend_to_kestrel_and_reads_the_same(db) -> None:
    from harbour.core.demo import build_demo
    from harbour.guidance.loading import load_guidance

    load_guidance()
    build_demo()
    with scopes_disabled():
        concern = Concern.objects.filter(organisation__slug="riverbend-primary").first()
        child = concern.child
        before = [(e.when, e.kind, e.text, e.by, e.reasons) for e in cp_chronology(child)]
        dsl = Membership.objects.get(
            user__email="dsl@riverbend.example", organisation__slug="riverbend-primary"
        )
        kestrel_dsl = Membership.objects.get(
            user__email="dsl@riverbend.example", organisation__slug="kestrel-academy"
        )
    assert before
    sender = _client_for(dsl)
    pdf = sender.get(f"/safeguarding/child/{child.pk}/cp-file.pdf")
    assert pdf.status_code == 200 and pdf.content.startswith(b"%PDF")
    exported = sender.post(f"/safeguarding/child/{child.pk}/export/", {"sent_to": "Kestrel"})
    document = json.loads(json_in(exported.content))
    assert document["child"]["legal_last_name"] == child.legal_last_name

    receiver = _client_for(kestrel_dsl)
    upload = SimpleUploadedFile("cp.zip", exported.content, content_type="application/zip")
    assert receiver.post("/safeguarding/import/", {"bundle": upload}).status_code == 302
    with scopes_disabled():
        received = CPImport.objects.filter(organisation__slug="kestrel-academy").latest("id")
        after = [(e.when, e.kind, e.text, e.by, e.reasons) for e in cp_chronology(received.child)]
        assert AuditEntry.objects.filter(
            action="safeguarding.cp_file.viewed", child_id=child.pk
        ).exists()
    assert after == before


def test_the_daily_reminder_is_content_free_and_sent_once(world) -> None:
    with scopes_disabled():
        concern = services.concern_raise(
            organisation=world.org_a,
            actor=world.user(Role.STAFF),
            child=world.child_a,
            summary="Ada mentioned something worrying at home",
        )
        services.transfer_export(
            child=world.child_a,
            actor=world.user(Role.DESIGNATED),
            sent_to="Elsewhere",
            sent_on=timezone.localdate() - datetime.timedelta(days=12),
        )
    mail.outbox.clear()
    assert send_safeguarding_reminders() >= 1
    message = mail.outbox[-1]
    assert world.members[Role.DESIGNATED].user.email in message.to
    for secret in ("Ada", "Ada Alder", "worrying", concern.summary):
        assert secret not in message.subject + message.body
    assert send_safeguarding_reminders() == 0  # already sent today
