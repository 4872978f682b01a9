"""Writes of the reports app: only audit entries (downloads that name children; group figures)."""

from __future__ import annotations

from django.db import transaction
from django.http import HttpRequest

from harbour.accounts.models import Organisation, User
from harbour.audit.services import audit_record


def report_export_downloaded(
    *,
    organisation: Organisation,
    actor: User | None,
    figure: str,
    child_ids: list[int],
    request: HttpRequest | None = None,
) -> None:
    """A list of named children left Harbour as a file: that is a read of their data."""
    with transaction.atomic():
        for child_id in child_ids:  # one entry per child, so each child's trail shows it
            audit_record(
                organisation=organisation,
                actor=actor,
                action="reports.export.downloaded",
                child_id=child_id,
                changes={"figure": figure},
                request=request,
            )


def _group_report_audit(
    *,
    action: str,
    organisations: list[Organisation],
    actor: User | None,
    changes: dict[str, str],
    request: HttpRequest | None,
) -> None:
    with transaction.atomic():
        for organisation in organisations:  # each setting's own trail shows who looked
            audit_record(
                organisation=organisation,
                actor=actor,
                action=action,
                changes=changes,
                request=request,
            )


def group_report_viewed(
    *,
    organisations: list[Organisation],
    actor: User | None,
    group_slug: str,
    request: HttpRequest | None = None,
) -> None:
    """A group viewer saw the anonymised figures across these settings (no child named)."""
    _group_report_audit(
        action="reports.group.viewed",
        organisations=organisations,
        actor=actor,
        changes={"group": group_slug},
        request=request,
    )


def group_report_exported(
    *,
    organisations: list[Organisation],
    actor: User | None,
    group_slug: str,
    file_format: str,
    request: HttpRequest | None = None,
) -> None:
    """The anonymised figures across these settings left Harbour as a file."""
    _group_report_audit(
        action="reports.group.exported",
        organisations=organisations,
        actor=actor,
        changes={"group": group_slug, "format": file_format},
        request=request,
    )
