"""Moving the child-protection file with the child, and the 5-school-day alert."""

from __future__ import annotations

import datetime
import hashlib
import io
import json
import zipfile

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone
from django_scopes import scopes_disabled

from harbour.accounts.roles import Role
from harbour.safeguarding import services
from harbour.safeguarding.bundle import BundleError, cp_chronology, parse_bundle
from harbour.safeguarding.models import CPImport, CPTransfer
from harbour.safeguarding.reminders import safeguarding_reminders
from tests.safeguarding.test_concerns import fresh
from tests.world import signed_in_client


def json_in(archive: bytes) -> bytes:
    with zipfile.ZipFile(io.BytesIO(archive)) as opened:
        (name,) = [n for n in opened.namelist() if n.endswith(".json")]
        return opened.read(name)


def readable(child):
    return [(e.when, e.kind, e.text, e.by, e.reasons) for e in cp_chronology(child)]


def test_a_file_exported_from_one_setting_imports_into_another_and_reads_the_same(world):
    child = world.child_a2  # no UPN: found in the other setting by names and date of birth
    with scopes_disabled():
        lead = world.user(Role.LEAD)
        first = services.concern_raise(
            organisation=world.org_a,
            actor=world.user(Role.STAFF),
            child=child,
            summary="Ben said he sleeps in the car",
            details="Told me at the gate.",
        )
        services.concern_action_record(
            concern=first, actor=lead, kind="discussion", text="Spoke with Ben's dad."
        )
        services.concern_action_record(
            concern=first,
            actor=lead,
            kind="referral",
            text="Referral made",
            referred_to="MASH",
            reference="M-77",
        )
        services.concern_close(concern=first, actor=lead, reasons="Social care lead.")
        services.concern_raise(organisation=world.org_a, actor=lead, child=child, summary="Later")
        before = readable(child)
    assert len(before) == 5

    sender = fresh(signed_in_client(world.members[Role.DESIGNATED]))
    response = sender.post(f"/safeguarding/child/{child.pk}/export/", {"sent_to": "B school"})
    assert response.status_code == 200
    assert response["Content-Type"] == "application/zip"
    assert response["Content-Disposition"].startswith("attachment;")
    assert response["Content-Disposition"].endswith('.zip"')
    document = json.loads(json_in(response.content))
    assert document["schema_version"] == 1 and document["description"]
    assert document["child"]["legal_last_name"] == "Birch"
    with scopes_disabled():
        assert CPTransfer.objects.filter(organisation=world.org_a).count() == 1

    receiver = fresh(signed_in_client(world.outsider))
    upload = SimpleUploadedFile("cp.zip", response.content, content_type="application/zip")
    imported = receiver.post("/safeguarding/import/", {"bundle": upload})
    assert imported.status_code == 302
    with scopes_disabled():
        received = CPImport.objects.get(organisation=world.org_b)
        assert received.child.organisation_id == world.org_b.pk
        assert received.child.legal_first_name == "Ben"
        assert readable(received.child) == before
        transfer = CPTransfer.objects.get(organisation=world.org_a)
        assert transfer.confirmed_at is None
    page = receiver.get(f"/safeguarding/child/{received.child_id}/")
    assert b"Ben said he sleeps in the car" in page.content

    receiver.post("/safeguarding/import/confirm/", {"received": received.pk})
    with scopes_disabled():
        transfer.refresh_from_db()
        assert transfer.confirmed_at is not None
        assert transfer.confirmed_by_organisation == world.org_b.name
    # The same file cannot be imported twice, as the .zip or as the JSON inside it.
    again = SimpleUploadedFile(
        "cp.json", json_in(response.content), content_type="application/json"
    )
    page = receiver.post("/safeguarding/import/", {"bundle": again})
    assert page.status_code == 200 and b"already been imported" in page.content


def test_an_imported_file_joins_the_same_child_found_by_upn(world):
    with scopes_disabled():
        _transfer, document = services.transfer_export(child=world.child_a, actor=None, sent_to="B")
        received = services.transfer_import(
            organisation=world.org_b, actor=world.outsider.user, document=document
        )
    assert received.child_id == world.child_b.pk  # same UPN


def test_a_changed_file_is_refused() -> None:
    with pytest.raises(BundleError):
        parse_bundle(b"not json")
    with pytest.raises(BundleError, match="changed or damaged"):
        parse_bundle(
            json.dumps(
                {
                    "format": "harbour.child-protection-file",
                    "schema_version": 1,
                    "content_hash": "0" * 64,
                }
            ).encode()
        )


def test_an_unconfirmed_transfer_alerts_the_sender_after_5_school_days(world, client_for):
    with scopes_disabled():
        transfer, _document = services.transfer_export(
            child=world.child_a,
            actor=world.user(Role.DESIGNATED),
            sent_to="Kestrel Academy",
            sent_on=timezone.localdate() - datetime.timedelta(days=10),
        )
        assert safeguarding_reminders(world.org_a.pk, timezone.localdate())["overdue_transfers"]
        recent, _ = services.transfer_export(
            child=world.child_a2, actor=None, sent_to="Elsewhere", sent_on=timezone.localdate()
        )
        overdue = safeguarding_reminders(world.org_a.pk, timezone.localdate())["overdue_transfers"]
        assert [t.pk for t in overdue] == [transfer.pk]
    home = client_for(Role.DESIGNATED).get(reverse("core:home"))
    assert b"CP files not confirmed after 5 school days" in home.content
    assert b"Kestrel Academy" in home.content


def test_the_retention_report_lists_due_files_and_destroys_only_reviewed_unheld_ones(world):
    import io

    from harbour.safeguarding.models import Concern, DestructionLog
    from harbour.safeguarding.retention import anniversary

    with scopes_disabled():
        child = world.child_a
        later = anniversary(child.date_of_birth, 26)
        out = io.StringIO()
        call_command("retention", "--organisation", "alder", "--today", str(later), stdout=out)
        assert f"child {child.pk}: review due" in out.getvalue()

        services.legal_hold_place(child=child, actor=None, reason="Inquiry")
        from harbour.safeguarding.models import RetentionReview

        RetentionReview.objects.create(
            organisation=world.org_a,
            child=child,
            record_type="child_protection_file",
            reviewed_on=later,
        )
        call_command(
            "retention", "--organisation", "alder", "--today", str(later), "--destroy", stdout=out
        )
        assert Concern.objects.filter(child=child).exists()  # held: kept

        from harbour.safeguarding.models import LegalHold

        LegalHold.objects.filter(child=child).update(lifted_at=timezone.now())
        call_command(
            "retention", "--organisation", "alder", "--today", str(later), "--destroy", stdout=out
        )
        assert not Concern.objects.filter(child=child).exists()
        log = DestructionLog.objects.get(organisation=world.org_a)
        assert log.record_type == "child_protection_file"


def test_the_download_holds_the_json_the_pdf_and_a_readme(world):
    from pypdf import PdfReader

    sender = fresh(signed_in_client(world.members[Role.DESIGNATED]))
    response = sender.post(
        f"/safeguarding/child/{world.child_a.pk}/export/", {"sent_to": "Kestrel Academy"}
    )
    with zipfile.ZipFile(io.BytesIO(response.content)) as archive:
        stem = f"cp-file-{world.child_a.pk}-{timezone.localdate():%Y%m%d}"
        assert sorted(archive.namelist()) == ["README.txt", f"{stem}.json", f"{stem}.pdf"]
        data, pdf = archive.read(f"{stem}.json"), archive.read(f"{stem}.pdf")
        readme = archive.read("README.txt").decode()
    assert json.loads(data)["transfer"]["sent_to"] == "Kestrel Academy"
    text = "".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)
    assert "scared to go home" in text and "Kestrel Academy" in text
    assert "to Kestrel Academy" in readme and "Confirm receipt" in readme
    assert hashlib.sha256(data).hexdigest() in readme
    assert hashlib.sha256(pdf).hexdigest() in readme
    assert "Ada" not in readme, "the note names no child"
    with scopes_disabled():
        assert CPTransfer.objects.filter(organisation=world.org_a).count() == 1


def test_a_zip_without_one_cp_file_or_too_large_is_refused() -> None:
    from harbour.safeguarding.bundle import MAX_JSON_BYTES

    def archive(files: dict[str, bytes]) -> bytes:
        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as made:
            for name, data in files.items():
                made.writestr(name, data)
        return buffer.getvalue()

    with pytest.raises(BundleError, match="does not hold one"):
        parse_bundle(archive({"README.txt": b"hello"}))
    with pytest.raises(BundleError, match="too large"):
        parse_bundle(archive({"cp.json": b" " * (MAX_JSON_BYTES + 10)}))
    with pytest.raises(BundleError, match="damaged"):
        parse_bundle(b"PK\x03\x04 not really a zip")


def test_a_password_protected_or_corrupt_zip_is_explained_not_a_crash() -> None:
    def stored(data: bytes) -> bytearray:
        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_STORED) as made:
            made.writestr("cp.json", data)
        return bytearray(buffer.getvalue())

    payload = b'{"format": "harbour-cp-file", "padding": "' + b"x" * 64 + b'"}'
    # Password-protected: the "encrypted" flag in both headers, as secure-email tools set it.
    locked = stored(payload)
    locked[6] |= 0x01  # local file header flags
    central = locked.rfind(b"PK\x01\x02")
    locked[central + 8] |= 0x01  # central directory flags
    with pytest.raises(BundleError, match="password-protected or damaged"):
        parse_bundle(bytes(locked))
    # Damaged: one byte of the member changed, so its checksum no longer matches.
    damaged = stored(payload)
    spot = damaged.find(b"xxxx")
    damaged[spot] = ord("y")
    with pytest.raises(BundleError, match="password-protected or damaged"):
        parse_bundle(bytes(damaged))
